-- Every printout the program made: what it showed (its essential fields) and its verification
-- code, so a presented paper can be told genuine, changed or superseded.
CREATE TABLE printouts (
    id             INTEGER PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN ('sheet', 'receipt', 'notice')),
    subject        TEXT NOT NULL,               -- the disc number (sheet) or the receipt number
    receipt_number TEXT NOT NULL,
    code           TEXT NOT NULL,
    content        TEXT NOT NULL,               -- canonical JSON of the essential fields
    made_at        TEXT NOT NULL,
    made_by        TEXT NOT NULL
);
CREATE INDEX printouts_receipt ON printouts(receipt_number);

-- What the clerk writes in the master workbook's own columns (remarks, first review), kept
-- so that a workbook exported again shows it and importing it back changes nothing.
CREATE TABLE remarks (
    id         INTEGER PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('unit', 'case')),
    subject    TEXT NOT NULL,                  -- the unit's name, or DISC#CASE
    field      TEXT NOT NULL,
    value      TEXT NOT NULL,
    changed_at TEXT NOT NULL,
    changed_by TEXT NOT NULL,
    UNIQUE (kind, subject, field)
);
