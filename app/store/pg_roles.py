"""Least privilege on a shared PostgreSQL register. IT runs `db setup` once as the database's
owner (and again after an upgrade: migrations run only as the owner); it makes one group role
for the desks, and `db add-desk` a login role per desk in that group.

A desk may read everything and insert records; it may change only what the program itself
changes (a delivery corrected, a unit renamed, a disc's files moved to another case), and never
change or remove an entry of the audit trail, a printout record or a remark: those grants are
not given, and a trigger refuses UPDATE, DELETE and TRUNCATE of the trail to everyone but a
superuser who drops it first."""

from __future__ import annotations

import re
import secrets
from typing import Any
from urllib.parse import quote, urlsplit, urlunsplit

from app.errors import RegisterError

DESK_GROUP = "intake_desk"
DESK_NAME = re.compile(r"^[A-Za-z0-9_]{1,40}$")
# Tables whose rows the program changes after writing them, and those it removes rows from.
CHANGED = ("calls", "counters", "units", "deliveries", "discs", "paper_copies", "meta",
           "file_moves", "waivers", "seal_checks", "cases", "findings", "emails")
REMOVED = ("units", "waivers", "seal_checks", "cases", "findings", "disc_files")
APPEND_ONLY = "audit"
READ_ONLY = ("schema_version", "desk_keys")  # the owner's alone: migrations, desks' keys

_GUARD = f"""
CREATE OR REPLACE FUNCTION intake_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER IF EXISTS intake_append_only ON {APPEND_ONLY};
CREATE TRIGGER intake_append_only BEFORE UPDATE OR DELETE ON {APPEND_ONLY}
    FOR EACH ROW EXECUTE FUNCTION intake_append_only();
DROP TRIGGER IF EXISTS intake_append_only_truncate ON {APPEND_ONLY};
CREATE TRIGGER intake_append_only_truncate BEFORE TRUNCATE ON {APPEND_ONLY}
    FOR EACH STATEMENT EXECUTE FUNCTION intake_append_only();
"""


def set_up(conn: Any) -> list[str]:
    """The desks' group role and its grants on every table, and the trail's guard. Idempotent:
    run again after an upgrade's migrations. Returns the tables granted."""
    raw = conn.native()
    with raw.transaction():
        exists = raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s",
                             (DESK_GROUP,)).fetchone()
        if not exists:
            raw.execute(f"CREATE ROLE {DESK_GROUP} NOLOGIN")
        tables = [str(r[0]) for r in raw.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() "
            "ORDER BY tablename")]
        schema = str(raw.execute("SELECT current_schema()").fetchone()[0])
        raw.execute(f'REVOKE ALL ON ALL TABLES IN SCHEMA "{schema}" FROM {DESK_GROUP}')
        for table in tables:
            rights = ["SELECT"]
            if table not in READ_ONLY:
                rights.append("INSERT")
            if table in CHANGED:
                rights.append("UPDATE")
            if table in REMOVED:
                rights.append("DELETE")
            raw.execute(f'GRANT {", ".join(rights)} ON "{table}" TO {DESK_GROUP}')
        raw.execute(f'GRANT USAGE ON ALL SEQUENCES IN SCHEMA "{schema}" TO {DESK_GROUP}')
        raw.execute(_GUARD)
    return tables


def add_desk(conn: Any, url: str, name: str) -> str:
    """A login role for one desk in the desks' group, with a new random password; returns the
    desk's connection address (password in it: give it to that desk only)."""
    if not DESK_NAME.match(name):
        raise RegisterError("desk_name_invalid", name=name)
    role = f"desk_{name.lower()}"
    password = secrets.token_urlsafe(24)
    raw = conn.native()
    with raw.transaction():
        if raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (DESK_GROUP,)).fetchone() \
                is None:
            raise RegisterError("db_needs_setup")
        exists = raw.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        raw.execute(f"{verb} ROLE {role} LOGIN PASSWORD %s".replace("%s", _literal(password)))
        raw.execute(f"GRANT {DESK_GROUP} TO {role}")
    parts = urlsplit(url)
    host = parts.netloc.rsplit("@", 1)[-1]
    return urlunsplit(parts._replace(netloc=f"{role}:{quote(password, safe='')}@{host}"))


def _literal(text: str) -> str:
    """A string literal for a statement that takes no parameters (CREATE ROLE … PASSWORD);
    the password is our own token_urlsafe, letters, digits, - and _ only."""
    if not re.fullmatch(r"[A-Za-z0-9_-]+", text):
        raise ValueError("not a token")
    return f"'{text}'"
