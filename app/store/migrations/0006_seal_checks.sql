-- A person's look at a scan the program was not sure about (scan_seal_uncertain): "stamped"
-- clears the finding, "not stamped" turns it into scan_unstamped. One decision per finding;
-- a later look replaces it, and the audit trail keeps both.
CREATE TABLE seal_checks (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES units(id),
    finding_key TEXT NOT NULL,
    stamped     INTEGER NOT NULL CHECK (stamped IN (0, 1)),
    checked_by  TEXT NOT NULL,
    checked_at  TEXT NOT NULL,
    UNIQUE (unit_id, finding_key)
);
