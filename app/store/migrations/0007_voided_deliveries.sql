-- A delivery logged by mistake is voided, never deleted: its receipt number stays used (numbers
-- are never reused or skipped) and shows as voided, with when, by whom and why.
ALTER TABLE deliveries ADD COLUMN voided_at TEXT;
ALTER TABLE deliveries ADD COLUMN voided_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE deliveries ADD COLUMN voided_by TEXT NOT NULL DEFAULT '';
