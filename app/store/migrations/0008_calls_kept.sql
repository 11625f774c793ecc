-- Calls are records the office keeps: one is current (what every desk works on unless told
-- otherwise), and a closed call is kept for the record but takes no more changes. Registers
-- made before held only the built-in call: it stays current, with all their records.
ALTER TABLE calls ADD COLUMN closed_at TEXT;
ALTER TABLE calls ADD COLUMN current INTEGER NOT NULL DEFAULT 0 CHECK (current IN (0, 1));
CREATE UNIQUE INDEX calls_one_current ON calls(current) WHERE current = 1;
UPDATE calls SET current = 1 WHERE id = (SELECT min(id) FROM calls);
