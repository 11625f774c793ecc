"""`intake backup` and `intake restore`: a consistent copy with a manifest, checked whole
before anything is put back; the register that was there is kept aside."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from deliveries import case_names, disc_image

from app.cli.main import main
from app.store.db import DATABASE_NAME

UNIT = "西安市数据局"


def run(data: Path, *args: str) -> int:
    return main(["--data", str(data), *args])


def filled(data: Path, tmp_path: Path) -> None:
    assert run(data, "receive", "--unit", UNIT, "--at", "2025-10-20 09:30",
               "--summary-paper") == 0
    image = disc_image(tmp_path / "x.iso", UNIT, case_names(UNIT, 2))
    assert run(data, "disc", "add", str(image), "--unit", UNIT, "--quiet") == 0


def units(data: Path) -> list[str]:
    conn = sqlite3.connect(data / DATABASE_NAME)
    names = [row[0] for row in conn.execute("SELECT name FROM units ORDER BY id")]
    conn.close()
    return names


def test_a_backup_restores_the_register_and_its_archive(hermetic: Path, tmp_path: Path,
                                                        capsys) -> None:
    filled(hermetic, tmp_path)
    dest = tmp_path / "backup"
    assert run(hermetic, "backup", str(dest)) == 0
    manifest = json.loads((dest / "MANIFEST.json").read_text(encoding="utf-8"))
    assert {e["path"] for e in manifest["files"]} == {
        DATABASE_NAME, "archive/discs/SJBZ-2025-GP001.iso"}
    assert not (dest / "audit.key").exists()
    # Work goes on after the backup, then the backup is put back.
    assert run(hermetic, "receive", "--unit", "宝鸡市数据局", "--at", "2025-10-21 10:00") == 0
    capsys.readouterr()
    assert run(hermetic, "restore", str(dest)) == 0
    out = capsys.readouterr().out
    assert "replaced-" in out
    assert units(hermetic) == [UNIT]
    assert (hermetic / "archive/discs/SJBZ-2025-GP001.iso").is_file()
    kept = next(hermetic.glob("replaced-*"))
    assert units(kept) == [UNIT, "宝鸡市数据局"]  # the register it replaced, kept whole
    assert run(hermetic, "audit", "verify") == 0
    assert run(hermetic, "disc", "check", "SJBZ-2025-GP001") == 0


def test_a_damaged_backup_is_refused_naming_the_file(hermetic: Path, tmp_path: Path,
                                                     capsys) -> None:
    filled(hermetic, tmp_path)
    dest = tmp_path / "backup"
    assert run(hermetic, "backup", str(dest)) == 0
    image = dest / "archive/discs/SJBZ-2025-GP001.iso"
    data = bytearray(image.read_bytes())
    data[40_000] ^= 1
    image.write_bytes(bytes(data))
    before = (hermetic / DATABASE_NAME).read_bytes()
    capsys.readouterr()
    assert run(hermetic, "restore", str(dest)) == 2
    assert "archive/discs/SJBZ-2025-GP001.iso" in capsys.readouterr().err
    assert (hermetic / DATABASE_NAME).read_bytes() == before
    assert not list(hermetic.glob("replaced-*"))


def test_a_backup_needs_an_empty_folder_and_a_restore_needs_a_manifest(
        hermetic: Path, tmp_path: Path, capsys) -> None:
    filled(hermetic, tmp_path)
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("x", encoding="utf-8")
    assert run(hermetic, "backup", str(busy)) == 2
    assert run(hermetic, "restore", str(busy)) == 2
    err = capsys.readouterr().err
    assert str(busy) in err and "MANIFEST.json" in err
