-- A digest of each disc's manifest, cases and findings, written at ingest and covered by the
-- seal over the records (store/state_seal.py).
ALTER TABLE discs ADD COLUMN contents_digest TEXT NOT NULL DEFAULT '';
