"""Numbered migrations: applied in order, each whole or not at all, with a copy made first."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import pytest
from threads import at_once

from app.store import db as store_db
from app.store.db import DATABASE_NAME, migrations, open_database, schema_version

CURRENT = len(migrations())
NEXT = CURRENT + 1


def with_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sql: str) -> None:
    folder = tmp_path / "migrations"
    shutil.copytree(store_db.MIGRATIONS, folder)
    (folder / f"{NEXT:04d}_next.sql").write_text(sql, encoding="utf-8")
    monkeypatch.setattr(store_db, "MIGRATIONS", folder)


def test_an_upgrade_keeps_a_copy_of_the_old_register(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "data" / DATABASE_NAME
    conn = open_database(path)
    conn.execute("INSERT INTO meta(key, value) VALUES ('marker', 'old')")
    conn.close()
    with_migration(tmp_path, monkeypatch, "ALTER TABLE units ADD COLUMN region TEXT;")
    conn = open_database(path)
    assert schema_version(conn) == NEXT
    conn.close()
    copies = list(path.parent.glob(f"register.before-v{NEXT}.*.sqlite3"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert schema_version(old) == CURRENT
    assert old.execute("SELECT value FROM meta WHERE key='marker'").fetchone() == ("old",)
    old.close()


def test_a_failing_migration_changes_nothing(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "data" / DATABASE_NAME
    open_database(path).close()
    with_migration(tmp_path, monkeypatch,
                   "ALTER TABLE units ADD COLUMN region TEXT;\nTHIS IS NOT SQL;")
    with pytest.raises(sqlite3.OperationalError):
        open_database(path)
    conn = sqlite3.connect(path)
    assert schema_version(conn) == CURRENT
    columns = [row[1] for row in conn.execute("PRAGMA table_info(units)")]
    assert "region" not in columns
    conn.close()


def test_a_first_version_register_is_brought_up_to_date_with_its_records(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = tmp_path / "first"
    first.mkdir()
    shutil.copy(store_db.MIGRATIONS / "0001_register.sql", first)
    path = tmp_path / "data" / DATABASE_NAME
    with monkeypatch.context() as patch:
        patch.setattr(store_db, "MIGRATIONS", first)
        conn = open_database(path)
        conn.execute("INSERT INTO calls(code, title, rules, created_at) "
                     "VALUES ('c', 't', '{}', 'now')")
        conn.execute("INSERT INTO units(call_id, name) VALUES (1, '西安市数据局')")
        conn.close()
    conn = open_database(path)
    assert schema_version(conn) == CURRENT
    assert [tuple(r) for r in conn.execute("SELECT name, expected FROM units")] == [
        ("西安市数据局", 0)]
    assert "contents_digest" in [row[1] for row in conn.execute("PRAGMA table_info(discs)")]
    conn.close()
    assert list(path.parent.glob("register.before-v*.sqlite3"))


def test_two_openers_of_a_new_register_do_not_both_migrate_it(tmp_path: Path) -> None:
    """The window reads the register while a job opens it too: both must get it whole."""
    path = tmp_path / "new.sqlite3"
    versions: list[int] = []

    def opener(_: threading.Barrier) -> None:
        conn = open_database(path)
        versions.append(schema_version(conn))
        conn.close()

    assert at_once(opener) == []
    assert versions == [len(migrations())] * 4


def test_a_sealed_register_upgraded_by_a_migration_is_not_called_tampered(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hermetic: Path) -> None:
    from app.services.intake import Delivery, receive
    from app.services.register import Register

    with Register(hermetic) as reg:
        receive(reg, Delivery("西安市数据局"))
    with_migration(tmp_path, monkeypatch,
                   "ALTER TABLE units ADD COLUMN region TEXT NOT NULL DEFAULT '陕西';")
    with Register(hermetic) as reg:
        assert reg.verify_audit().records == []
        receive(reg, Delivery("宝鸡市数据局"))
        assert reg.verify_audit().records == []
        reg.conn.execute("UPDATE units SET region = '甘肃' WHERE name = '宝鸡市数据局'")
        assert reg.verify_audit().records == ["table units was changed outside Intake Desk"]


def test_a_seal_made_before_columns_were_added_still_holds(hermetic: Path) -> None:
    """Registers sealed before the seal named its columns (and before migrations 7 and 8 added
    some) are checked on the columns they had."""
    import json

    from app.services.intake import Delivery, receive
    from app.services.register import Register
    from app.store import state_seal

    with Register(hermetic) as reg:
        receive(reg, Delivery("西安市数据局"))
        key = reg.key()
        tables = {}
        for table in state_seal.SEALED_TABLES:
            older = [c for c in state_seal.columns_of(reg.conn, table)
                     if c not in state_seal.ADDED_LATER.get(table, ())]
            tables[table] = state_seal.table_digest(reg.conn, table, older)
        old_seal = {"tables": tables, "mac": state_seal._mac(key, tables)}
        reg.conn.execute("UPDATE meta SET value = ? WHERE key = ?",
                         (json.dumps(old_seal), state_seal.STATE_KEY))
        assert reg.verify_audit().records == []
        reg.conn.execute("UPDATE deliveries SET deliverer = '改过'")
        assert reg.verify_audit().records == [
            "table deliveries was changed outside Intake Desk"]
