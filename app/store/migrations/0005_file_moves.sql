-- Files the clerk tied to another case than the linker guessed. Kept so that every later
-- check of the archived disc (a fixity re-check, another move) keeps the clerk's decision.
CREATE TABLE file_moves (
    id         INTEGER PRIMARY KEY,
    disc_id    INTEGER NOT NULL REFERENCES discs(id),
    path       TEXT NOT NULL,
    case_index INTEGER NOT NULL,                -- the summary table's row, from 0
    moved_at   TEXT NOT NULL,
    moved_by   TEXT NOT NULL,
    UNIQUE (disc_id, path)
);
