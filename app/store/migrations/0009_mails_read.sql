-- An e-mail is read, not only noted: when it was sent (its Date) and first taken by a server
-- (the oldest Received), who it went to, the saved mail kept in the archive with its digest,
-- and what was found in it (its materials and their checks, as JSON) to hold against the disc.
ALTER TABLE emails ADD COLUMN sent_at TEXT;
ALTER TABLE emails ADD COLUMN first_hop_at TEXT;
ALTER TABLE emails ADD COLUMN recipients TEXT NOT NULL DEFAULT '';
ALTER TABLE emails ADD COLUMN file_path TEXT;
ALTER TABLE emails ADD COLUMN sha256 TEXT;
ALTER TABLE emails ADD COLUMN report TEXT;
ALTER TABLE emails ADD COLUMN imported_at TEXT;
