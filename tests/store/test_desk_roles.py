"""Least privilege on the shared register: IT sets it up once as the owner, each desk logs in
with a role of its own that can record but never change or remove an entry of the audit
trail, and a desk cannot run migrations."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest

from app.cli.main import main
from app.errors import RegisterError
from app.services.intake import Delivery, receive
from app.services.register import Register


def _database(url: str) -> str:
    return url.split("?")[0].rsplit("/", 1)[1]


def test_a_desks_role_records_but_cannot_rewrite_the_trail(
        pg_server, hermetic: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    owner = pg_server.new_database()
    assert main(["--db", owner, "db", "setup"]) == 0
    assert main(["--db", owner, "db", "add-desk", "desk1"]) == 0
    desk_url = capsys.readouterr().out.strip().splitlines()[-1]
    assert desk_url.startswith("postgresql://desk_desk1:")
    monkeypatch.setenv("INTAKE_DB", desk_url)
    with Register(hermetic) as reg:
        assert receive(reg, Delivery("西安市数据局")).number == "SJBZ-2025-0001"
        assert reg.verify_audit().intact
    with psycopg.connect(desk_url, autocommit=True) as desk:
        assert desk.execute("SELECT current_user").fetchone()[0] == "desk_desk1"
        for statement in ("UPDATE audit SET actor = 'someone else'", "DELETE FROM audit",
                          "TRUNCATE audit", "DELETE FROM printouts"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                desk.execute(statement)
    # Even the owner, short of dropping the trigger first:
    with psycopg.connect(owner, autocommit=True) as it, pytest.raises(
            psycopg.errors.InsufficientPrivilege, match="append-only"):
        it.execute("UPDATE audit SET actor = 'someone else'")


def test_a_desk_cannot_make_or_upgrade_the_register(pg_server, hermetic: Path,
                                                    monkeypatch: pytest.MonkeyPatch,
                                                    capsys) -> None:
    first = pg_server.new_database()
    assert main(["--db", first, "db", "setup"]) == 0
    assert main(["--db", first, "db", "add-desk", "desk2"]) == 0
    desk_url = capsys.readouterr().out.strip().splitlines()[-1]
    empty = pg_server.new_database()  # a database nobody has set up
    monkeypatch.setenv("INTAKE_DB", desk_url.replace(f"/{_database(first)}?",
                                                     f"/{_database(empty)}?"))
    with pytest.raises(RegisterError) as refused:
        Register(hermetic)
    assert refused.value.code == "db_needs_setup"
