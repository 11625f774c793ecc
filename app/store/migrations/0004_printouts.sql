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
