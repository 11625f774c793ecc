"""A desk without a keyring can still be given the shared register's password: `db password`
says which standard PostgreSQL ways remain, instead of ending in an internal error."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.backends.fail

from app.cli.main import main


def test_without_a_keyring_the_password_command_names_the_other_ways(
        memory_keyring, hermetic: Path, monkeypatch, capsys) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())  # memory_keyring puts its own back
    monkeypatch.setattr("getpass.getpass", lambda _prompt="": "s3cret")
    assert main(["--data", str(hermetic), "--lang", "zh_CN", "db", "password",
                 "postgresql://desk1@10.0.0.5/register"]) == 3
    said = capsys.readouterr().err
    assert ".pgpass" in said and "PGPASSWORD" in said
    assert "Traceback" not in said and "s3cret" not in said
