-- Intake: findings get a stable key so a waiver outlives the re-computing of the findings it
-- waives (delivery findings are worked out afresh from the register whenever it is shown), and
-- expected units can be listed before anything arrives.

ALTER TABLE findings ADD COLUMN case_no INTEGER;       -- 1-based index into the disc's cases
ALTER TABLE findings ADD COLUMN key TEXT NOT NULL DEFAULT '';
CREATE INDEX findings_disc ON findings(disc_id);

-- 0001 keyed waivers by finding id; nothing wrote them yet.
DROP TABLE waivers;
CREATE TABLE waivers (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES units(id),
    finding_key TEXT NOT NULL,
    code        TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    waived_by   TEXT NOT NULL,
    waived_at   TEXT NOT NULL,
    UNIQUE (unit_id, finding_key)
);

ALTER TABLE units ADD COLUMN expected INTEGER NOT NULL DEFAULT 0;  -- listed before delivery
ALTER TABLE paper_copies ADD COLUMN recorded_at TEXT NOT NULL DEFAULT '';
ALTER TABLE emails ADD COLUMN sender TEXT NOT NULL DEFAULT '';
ALTER TABLE discs ADD COLUMN file_count INTEGER NOT NULL DEFAULT 0;
CREATE INDEX discs_delivery ON discs(delivery_id);
CREATE INDEX deliveries_unit ON deliveries(unit_id);
