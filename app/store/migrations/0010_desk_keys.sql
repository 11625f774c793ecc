-- Each desk of a shared register signs its own audit entries with its own Ed25519 key: the
-- public keys are registered here by the database's owner (`intake db trust-desk`), the desks
-- may only read them. An entry records which desk's key signed it.
CREATE TABLE desk_keys (
    desk        TEXT PRIMARY KEY,
    public_key  TEXT NOT NULL,
    added_at    TEXT NOT NULL
);

ALTER TABLE audit ADD COLUMN signer TEXT;
ALTER TABLE audit ADD COLUMN signature TEXT;
