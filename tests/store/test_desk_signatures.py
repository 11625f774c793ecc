"""Each desk of a shared register signs its own entries: with desk keys registered by the
owner, one desk's key cannot make an entry verify in another desk's name, an unsigned entry
(written with the shared audit key alone) is found, and a desk whose key is not registered
records nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app import APP_ID
from app.cli.main import main
from app.errors import DeskKeyNotTrusted
from app.services.intake import Delivery, receive
from app.services.register import Register
from app.store import audit, state_seal
from app.store.db import transaction


def _desk(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> Ed25519PrivateKey:
    """Work as desk `name` from here on: its own configuration folder and signing key."""
    config = tmp_path / f"config-{name}"
    key = Ed25519PrivateKey.generate()
    (config / APP_ID).mkdir(parents=True, exist_ok=True)
    (config / APP_ID / "desk-signing.key").write_text(key.private_bytes_raw().hex() + "\n",
                                                      encoding="ascii")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    monkeypatch.setenv("INTAKE_DESK", name)
    return key


@pytest.fixture
def two_desks(pg_server, hermetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
              capsys) -> str:
    """A shared register set up by its owner, with desks 收件台A and 收件台B registered the way
    IT does it (each desk shows its key, the owner trusts it), each having recorded once."""
    owner = pg_server.new_database()
    assert main(["--db", owner, "db", "setup"]) == 0
    for name in ("收件台A", "收件台B"):
        _desk(monkeypatch, tmp_path, name)
        capsys.readouterr()
        assert main(["db", "desk-key"]) == 0
        shown_name, key = capsys.readouterr().out.strip().splitlines()[-2:]
        assert shown_name == name
        assert main(["--db", owner, "db", "trust-desk", shown_name, key]) == 0
    monkeypatch.setenv("INTAKE_DB", owner)
    for name, unit in (("收件台A", "西安市数据局"), ("收件台B", "宝鸡市数据局")):
        _desk_again(monkeypatch, tmp_path, name)
        with Register(hermetic) as reg:
            receive(reg, Delivery(unit))
    return owner


def _desk_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: str) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / f"config-{name}"))
    monkeypatch.setenv("INTAKE_DESK", name)


def _forge(hermetic: Path, who: str, signer: tuple[str, Ed25519PrivateKey] | None) -> None:
    """An entry written beside the program by someone who holds the shared audit key."""
    with Register(hermetic) as reg:
        key = reg.key()
        with transaction(reg.conn) as conn:
            audit.append(conn, key, "unit.delete", "unit:1", who=who, signer=signer)


def test_each_desk_signs_and_the_trail_verifies(two_desks: str, hermetic: Path) -> None:
    with Register(hermetic) as reg:
        rows = reg.conn.execute("SELECT actor, signer FROM audit WHERE signer IS NOT NULL "
                                "ORDER BY seq").fetchall()
        assert {r[1] for r in rows} == {"收件台A", "收件台B"}
        assert all(str(r[0]).endswith(f"@ {r[1]}") for r in rows)
        assert reg.verify_audit().intact


@pytest.mark.parametrize(("who", "signing_as", "said"), [
    ("王经办 @ 收件台B", "收件台B", "is not signed by desk 收件台B's key"),
    ("王经办 @ 收件台B", "收件台A", "says it was made at another desk than 收件台A"),
    ("王经办 @ 收件台B", None, "is not signed by any desk"),
])
def test_one_desks_key_cannot_make_another_desks_entry_verify(
        two_desks: str, hermetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        who: str, signing_as: str | None, said: str) -> None:
    key_a = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(
        (tmp_path / "config-收件台A" / APP_ID / "desk-signing.key").read_text().strip()))
    _desk_again(monkeypatch, tmp_path, "收件台A")
    _forge(hermetic, who, (signing_as, key_a) if signing_as else None)
    with Register(hermetic) as reg:
        check = reg.verify_audit()
    assert not check.intact and said in check.reason


def test_a_desk_whose_key_is_not_registered_records_nothing(
        two_desks: str, hermetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys) -> None:
    _desk(monkeypatch, tmp_path, "收件台C")
    with Register(hermetic) as reg, pytest.raises(DeskKeyNotTrusted):
        receive(reg, Delivery("铜川市数据局"))
    assert main(["--data", str(hermetic), "--lang", "zh_CN", "receive", "--unit",
                 "铜川市数据局"]) == 3
    said = capsys.readouterr().err
    assert "收件台C" in said and "trust-desk" in said
    with Register(hermetic) as reg:
        assert reg.conn.execute("SELECT count(*) FROM deliveries").fetchone()[0] == 2


@pytest.mark.parametrize("sealed_by_a", [False, True])
def test_records_changed_beside_the_trail_and_sealed_again_are_found(
        two_desks: str, hermetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        sealed_by_a: bool) -> None:
    """Desk A holds the shared key and may change deliveries: an edit sealed again with the
    shared key alone, or with A's own key after desk B wrote last, does not pass."""
    key_a = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(
        (tmp_path / "config-收件台A" / APP_ID / "desk-signing.key").read_text().strip()))
    _desk_again(monkeypatch, tmp_path, "收件台A")
    with Register(hermetic) as reg:
        key = reg.key()
        with transaction(reg.conn) as conn:
            conn.execute("UPDATE deliveries SET deliverer = '改过' "
                         "WHERE receipt_number = 'SJBZ-2025-0001'")
            state_seal.seal(conn, key, ("收件台A", key_a) if sealed_by_a else None)
        check = reg.verify_audit()
    assert any("not made by desk 收件台B" in problem for problem in check.records), check
