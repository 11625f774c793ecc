-- The register: what arrived, when, from whom, what the checks found, and who waived what.
-- Times are ISO 8601 with their offset (the call's deadline is in Asia/Shanghai).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE calls (
    id          INTEGER PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,          -- e.g. shaanxi-2025-data-annotation
    title       TEXT NOT NULL,
    rules       TEXT NOT NULL,                 -- the call definition as JSON (quota, deadline…)
    receipt_format TEXT NOT NULL DEFAULT 'SJBZ-{year}-{number:04d}',
    disc_format TEXT NOT NULL DEFAULT 'GP-{year}-{number:04d}',
    created_at  TEXT NOT NULL
);

-- Per call, the last number handed out of each series; numbers are never reused or skipped.
CREATE TABLE counters (
    call_id INTEGER NOT NULL REFERENCES calls(id),
    series  TEXT NOT NULL CHECK (series IN ('receipt', 'disc')),
    last    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (call_id, series)
);

CREATE TABLE units (
    id      INTEGER PRIMARY KEY,
    call_id INTEGER NOT NULL REFERENCES calls(id),
    name    TEXT NOT NULL,
    UNIQUE (call_id, name)
);

CREATE TABLE deliveries (
    id              INTEGER PRIMARY KEY,
    unit_id         INTEGER NOT NULL REFERENCES units(id),
    receipt_number  TEXT NOT NULL UNIQUE,
    received_at     TEXT NOT NULL,
    deliverer       TEXT NOT NULL DEFAULT '',
    deliverer_phone TEXT NOT NULL DEFAULT '',
    method          TEXT NOT NULL DEFAULT 'hand' CHECK (method IN ('hand', 'post', 'courier')),
    tracking_number TEXT NOT NULL DEFAULT '',
    clerk           TEXT NOT NULL,
    summary_paper   INTEGER NOT NULL DEFAULT 0,   -- the stamped paper summary table received
    note            TEXT NOT NULL DEFAULT ''
);

CREATE TABLE discs (
    id           INTEGER PRIMARY KEY,
    delivery_id  INTEGER NOT NULL REFERENCES deliveries(id),
    disc_number  TEXT NOT NULL UNIQUE,
    label        TEXT NOT NULL DEFAULT '',
    source       TEXT NOT NULL DEFAULT '',
    image_path   TEXT,                          -- relative to the archive folder
    sha256       TEXT,
    verdict      TEXT,
    report       TEXT,                          -- the JSON report of spec/report.md
    added_at     TEXT NOT NULL
);

CREATE TABLE disc_files (
    disc_id INTEGER NOT NULL REFERENCES discs(id),
    path    TEXT NOT NULL,
    size    INTEGER NOT NULL,
    sha256  TEXT,
    role    TEXT,
    case_no INTEGER,
    PRIMARY KEY (disc_id, path)
);
CREATE INDEX disc_files_sha256 ON disc_files(sha256);

CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES units(id),
    disc_id     INTEGER REFERENCES discs(id),
    rec_order   INTEGER,
    name        TEXT NOT NULL,
    applicant   TEXT NOT NULL DEFAULT '',
    direction   TEXT NOT NULL DEFAULT '',
    contact     TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE paper_copies (
    id          INTEGER PRIMARY KEY,
    delivery_id INTEGER NOT NULL REFERENCES deliveries(id),
    case_id     INTEGER REFERENCES cases(id),
    case_name   TEXT NOT NULL,
    required    INTEGER NOT NULL,
    received    INTEGER NOT NULL,
    stamped     INTEGER NOT NULL
);

CREATE TABLE findings (
    id         INTEGER PRIMARY KEY,
    unit_id    INTEGER NOT NULL REFERENCES units(id),
    disc_id    INTEGER REFERENCES discs(id),
    delivery_id INTEGER REFERENCES deliveries(id),
    code       TEXT NOT NULL,
    severity   TEXT NOT NULL,
    path       TEXT,
    detail     TEXT NOT NULL DEFAULT '',
    params     TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE waivers (
    finding_id INTEGER PRIMARY KEY REFERENCES findings(id),
    reason     TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    waived_by  TEXT NOT NULL,
    waived_at  TEXT NOT NULL
);

CREATE TABLE emails (
    id          INTEGER PRIMARY KEY,
    unit_id     INTEGER NOT NULL REFERENCES units(id),
    received_at TEXT NOT NULL,
    subject     TEXT NOT NULL DEFAULT ''
);

-- Append-only: every change, chained with HMAC-SHA256 under a key kept outside the database.
CREATE TABLE audit (
    seq     INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    actor   TEXT NOT NULL,
    action  TEXT NOT NULL,
    entity  TEXT NOT NULL,
    before  TEXT,
    after   TEXT,
    mac     TEXT NOT NULL
);
