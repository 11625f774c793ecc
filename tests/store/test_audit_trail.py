"""The register's audit trail: every kind of tampering with the database file is caught."""

from __future__ import annotations

import shutil
import sqlite3
import threading
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from deliveries import case_names, disc_image
from threads import at_once

from app import APP_ID
from app.cli.main import main
from app.errors import AuditKeyMissing, AuditKeyUnavailable
from app.services.register import Register
from app.store.db import DATABASE_NAME, migrations, schema_version


def filled(data: Path, changes: int = 5, first: int = 0) -> Path:
    with Register(data) as reg:
        reg.ensure_builtin_call()
        for n in range(first, first + changes):
            with reg.change("unit.create", f"unit:{n}", after={"name": f"单位{n}"}) as conn:
                conn.execute("INSERT INTO units(call_id, name) VALUES (1, ?)", (f"单位{n}",))
    return data / DATABASE_NAME


def tamper(db: Path, *statements: str) -> None:
    conn = sqlite3.connect(db)  # the way anyone holding the file would do it
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


def audit_verify(data: Path, capsys) -> tuple[int, str]:
    code = main(["--data", str(data), "audit", "verify"])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_a_new_register_has_the_builtin_call_and_an_intact_trail(tmp_path: Path,
                                                                   capsys) -> None:
    db = filled(tmp_path / "data")
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT code FROM calls").fetchall() == [
        ("shaanxi-2025-data-annotation",)]
    assert schema_version(conn) == len(migrations())
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()
    assert audit_verify(tmp_path / "data", capsys) == (0, "Audit trail intact: 6 entries.\n")


@pytest.mark.parametrize(("kind", "statements", "entry"), [
    ("edited", ["UPDATE audit SET after = '{\"name\":\"别的单位\"}' WHERE seq = 3"], 3),
    ("re-sealed by guess", ["UPDATE audit SET actor = 'admin' WHERE seq = 2"], 2),
    ("deleted in the middle", ["DELETE FROM audit WHERE seq = 4"], 4),
    ("deleted at the end", ["DELETE FROM audit WHERE seq = 6"], 6),
    ("inserted", ["INSERT INTO audit VALUES (7, '2026-01-01', 'x', 'unit.delete', 'unit:1', "
                  "NULL, NULL, 'ab', NULL, NULL)"], 7),
    ("reordered", ["UPDATE audit SET seq = 100 WHERE seq = 2",
                   "UPDATE audit SET seq = 2 WHERE seq = 3",
                   "UPDATE audit SET seq = 3 WHERE seq = 100"], 2),
    ("head removed", ["DELETE FROM meta WHERE key = 'audit_head'"], 6),
    ("emptied", ["DELETE FROM audit"], None),
])
def test_every_kind_of_tampering_is_named(tmp_path: Path, capsys, kind: str,
                                          statements: list[str], entry: int | None) -> None:
    db = filled(tmp_path / "data")
    tamper(db, *statements)
    code, text = audit_verify(tmp_path / "data", capsys)
    assert code == 1, kind
    assert "tampered" in text
    if entry is not None:
        assert f"entry {entry}:" in text, text


def test_without_a_keyring_the_clerk_is_told_and_can_use_a_key_file(tmp_path: Path,
                                                                      capsys) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with Register(tmp_path / "data") as reg, pytest.raises(AuditKeyUnavailable):
        reg.ensure_builtin_call()
    assert main(["--data", str(tmp_path / "data"), "audit", "verify"]) == 3
    assert "audit make-keyfile" in capsys.readouterr().err
    assert main(["--data", str(tmp_path / "data"), "audit", "make-keyfile"]) == 0
    assert "keep it apart" in capsys.readouterr().err
    key_file = tmp_path / "data" / "audit.key"
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    filled(tmp_path / "data")
    assert audit_verify(tmp_path / "data", capsys)[0] == 0


def test_a_failed_change_leaves_neither_record_nor_entry(tmp_path: Path) -> None:
    db = filled(tmp_path / "data", changes=1)
    with Register(tmp_path / "data") as reg:
        with pytest.raises(sqlite3.IntegrityError), \
                reg.change("unit.create", "unit:x", after={}) as conn:
            conn.execute("INSERT INTO units(call_id, name) VALUES (999, 'x')")  # no such call
        assert reg.verify_audit().entries == 2
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM units").fetchone()[0] == 1
    conn.close()


@pytest.fixture
def season_register(tmp_path: Path) -> Path:
    data = tmp_path / "data"
    image = disc_image(tmp_path / "x.iso", "西安市数据局", case_names("西安市数据局", 2),
                       without_scan=(2,))
    assert main(["--data", str(data), "receive", "--unit", "西安市数据局", "--at",
                 "2025-10-24 18:30"]) == 0
    assert main(["--data", str(data), "disc", "add", str(image), "--unit", "西安市数据局",
                 "--quiet"]) == 20
    assert main(["--data", str(data), "waive", "--unit", "西安市数据局", "1", "--reason",
                 "经同意"]) == 0
    return data


@pytest.mark.parametrize(("kind", "statement", "named"), [
    ("a delivery's time moved before the deadline",
     "UPDATE deliveries SET received_at = '2025-10-24T17:00:00+08:00'", "table deliveries"),
    ("a waiver removed", "DELETE FROM waivers", "table waivers"),
    ("a file taken off a disc's manifest",
     "DELETE FROM disc_files WHERE path LIKE '%盖章版%'", "disc SJBZ-2025-GP001"),
    ("a finding made milder", "UPDATE findings SET severity = 'info'", "disc SJBZ-2025-GP001"),
    ("a disc's verdict changed", "UPDATE discs SET verdict = 'accept'", "table discs"),
    ("the seal rewritten", "UPDATE meta SET value = replace(value, 'a', 'b') "
     "WHERE key = 'state_seal'", "seal of the records"),
])
def test_records_changed_beside_the_program_are_named(season_register: Path, capsys,
                                                      kind: str, statement: str,
                                                      named: str) -> None:
    assert audit_verify(season_register, capsys)[0] == 0
    tamper(season_register / DATABASE_NAME, statement)
    code, text = audit_verify(season_register, capsys)
    assert code == 1, kind
    assert named in text, text


def test_a_later_change_does_not_seal_over_an_earlier_edit(season_register: Path,
                                                           capsys) -> None:
    tamper(season_register / DATABASE_NAME,
           "UPDATE deliveries SET received_at = '2025-10-24T17:00:00+08:00'")
    assert main(["--data", str(season_register), "email", "--unit", "西安市数据局"]) == 0
    code, text = audit_verify(season_register, capsys)
    assert code == 1
    assert "found at" in text and "table deliveries" in text


def test_a_register_from_another_machine_is_not_given_a_new_key(tmp_path: Path,
                                                                memory_keyring) -> None:
    filled(tmp_path / "data", changes=1)
    memory_keyring.secrets.clear()  # the keyring of a machine that never saw this register
    with Register(tmp_path / "data") as reg:
        with pytest.raises(AuditKeyMissing), reg.change("unit.create", "unit:y", after={}):
            pass
        assert reg.conn.execute("SELECT count(*) FROM audit").fetchone()[0] == 2
    assert memory_keyring.secrets == {}


def test_a_new_register_used_by_two_threads_at_once_keeps_one_key_and_one_call(
        tmp_path: Path) -> None:
    """The window reads a new register while a job writes to it: one audit key, one built-in
    call, and a trail that verifies."""
    folder = tmp_path / "new"

    def first_use(together: threading.Barrier) -> None:
        with Register(folder) as reg:
            together.wait(timeout=60)  # all look for the call before any has made it
            reg.call()

    assert at_once(first_use) == []
    with Register(folder) as reg:
        assert reg.conn.execute("SELECT count(*) FROM calls").fetchone()[0] == 1
        check = reg.verify_audit()
        assert check.first_bad is None and not check.reason and check.records == []


def test_another_registers_key_writes_nothing_and_is_not_called_tampering(
        tmp_path: Path, memory_keyring, capsys) -> None:
    filled(tmp_path / "data", changes=2)
    ours = dict(memory_keyring.secrets)
    filled(tmp_path / "other", changes=1)
    theirs = next(v for k, v in memory_keyring.secrets.items() if k not in ours)
    for entry in ours:  # this desk's keyring now holds another register's key
        memory_keyring.secrets[entry] = theirs
    before = sqlite3.connect(tmp_path / "data" / DATABASE_NAME).execute(
        "SELECT count(*) FROM audit").fetchone()[0]
    code = main(["--data", str(tmp_path / "data"), "unit", "add", "新单位"])
    assert code == 3 and "not this register's" in capsys.readouterr().err
    after = sqlite3.connect(tmp_path / "data" / DATABASE_NAME).execute(
        "SELECT count(*) FROM audit").fetchone()[0]
    assert after == before  # nothing written, the chain not poisoned
    code, text = audit_verify(tmp_path / "data", capsys)
    assert code != 0 and "not proof of tampering" in text and "tampered" not in text
    memory_keyring.secrets.update(ours)
    assert audit_verify(tmp_path / "data", capsys)[0] == 0


def test_a_deleted_archived_image_is_found(season_register: Path, capsys) -> None:
    images = list((season_register / "archive").rglob("*.iso"))
    assert len(images) == 1
    images[0].unlink()
    code, text = audit_verify(season_register, capsys)
    assert code != 0 and "is missing" in text


def test_an_older_copy_of_the_database_put_back_is_found(tmp_path: Path, capsys) -> None:
    db = filled(tmp_path / "data", changes=2)
    old = tmp_path / "old.sqlite3"
    old.write_bytes(db.read_bytes())
    filled(tmp_path / "data", changes=2, first=2)  # two more units, then the old copy back
    for extra in db.parent.glob(db.name + "-*"):
        extra.unlink()
    db.write_bytes(old.read_bytes())
    code, text = audit_verify(tmp_path / "data", capsys)
    assert code != 0 and "older copy" in text
    filled(tmp_path / "data", changes=1, first=2)  # writing on does not hide it
    code, text = audit_verify(tmp_path / "data", capsys)
    assert code != 0 and "older copy" in text


def test_a_copy_of_the_whole_data_folder_put_back_is_found(tmp_path: Path, capsys) -> None:
    """The anchor lived beside the key file in the data folder: a copy of the folder put back
    brought its older anchor with it, and the roll-back passed. It now lives in the user's
    configuration folder and the keyring, which a copy of the data folder does not reach."""
    data = tmp_path / "data"
    assert main(["--data", str(data), "audit", "make-keyfile"]) == 0
    filled(data, changes=2)
    copy = tmp_path / "copy"
    shutil.copytree(data, copy)
    filled(data, changes=2, first=2)
    shutil.rmtree(data)
    shutil.copytree(copy, data)  # the folder as it was, key file and all
    code, text = audit_verify(data, capsys)
    assert code != 0 and "older copy" in text


def test_a_desk_whose_anchor_is_gone_is_told_so(tmp_path: Path, memory_keyring,
                                                capsys) -> None:
    data = tmp_path / "data"
    filled(data, changes=2)
    assert audit_verify(data, capsys)[0] == 0
    shutil.rmtree(tmp_path / "config" / APP_ID / "anchors")
    memory_keyring.secrets = {k: v for k, v in memory_keyring.secrets.items()
                              if "audit-anchor" not in k[1]}
    code, text = audit_verify(data, capsys)
    assert code != 0 and "anchor is gone" in text
