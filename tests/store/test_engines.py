"""The register's own rules on both engines: SQLite in the data folder and a shared
PostgreSQL database. Numbers run on without gaps, a failed record gives its number back, the
audit chain and the seal over the records verify, and an edit made beside the program is
found."""

from __future__ import annotations

from pathlib import Path

import pytest
from deliveries import case_names, disc_image

from app.errors import RegisterError
from app.services.ingest import add_disc
from app.services.intake import Delivery, receive, record_paper
from app.services.register import Register
from app.services.status import call_status, waive_finding


def test_the_register_keeps_its_rules_on_each_engine(engine: str, hermetic: Path,
                                                     tmp_path: Path) -> None:
    with Register(hermetic) as reg:
        numbers = [receive(reg, Delivery(f"单位{n}")).number for n in range(1, 4)]
        assert numbers == ["SJBZ-2025-0001", "SJBZ-2025-0002", "SJBZ-2025-0003"]
        with pytest.raises(RegisterError):
            receive(reg, Delivery("单位4", method="pigeon"))
        assert receive(reg, Delivery("单位4")).number == "SJBZ-2025-0004"
        image = disc_image(tmp_path / "d.iso", "单位1", case_names("单位1", 2))
        done = add_disc(reg, image, "单位1")
        assert done.disc_number == "SJBZ-2025-GP001"
        record_paper(reg, "单位1", "1", 2, 2)
        unit = call_status(reg).unit("单位1")
        assert [d.number for d in unit.discs] == ["SJBZ-2025-GP001"]
        waive_finding(reg, "单位1", unit.findings[0].key, "经核实")
        check = reg.verify_audit()
        assert check.intact, (check, engine)
        reg.conn.execute("UPDATE deliveries SET deliverer = '改过' WHERE receipt_number = ?",
                         ("SJBZ-2025-0002",))
        assert reg.verify_audit().records == ["table deliveries was changed outside Intake Desk"]


def test_a_desks_register_moves_up_to_postgresql(pg_server, hermetic: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 capsys) -> None:
    from app.cli.main import main

    with Register(hermetic) as reg:
        for n in range(1, 4):
            receive(reg, Delivery(f"单位{n}"))
        add_disc(reg, disc_image(tmp_path / "d.iso", "单位1", case_names("单位1", 2)), "单位1")
        before = call_status(reg)
    url = pg_server.new_database()
    assert main(["--data", str(hermetic), "db", "copy", "--to", url]) == 0
    assert "verifies on the copy" in capsys.readouterr().out
    assert main(["--data", str(hermetic), "db", "copy", "--to", url]) == 2  # not empty now
    monkeypatch.setenv("INTAKE_DB", url)
    with Register(hermetic) as shared:
        assert shared.verify_audit().intact
        after = call_status(shared)
        assert [(u.name, [d.number for d in u.discs]) for u in after.units] == [
            (u.name, [d.number for d in u.discs]) for u in before.units]
        assert receive(shared, Delivery("单位9")).number == "SJBZ-2025-0004"  # runs on


def test_desks_share_an_archive_folder_beside_their_own_data(hermetic: Path, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    shared = tmp_path / "share" / "archive"
    monkeypatch.setenv("INTAKE_ARCHIVE", str(shared))
    with Register(hermetic) as reg:
        receive(reg, Delivery("单位1"))
        done = add_disc(reg, disc_image(tmp_path / "d.iso", "单位1", case_names("单位1", 1)),
                        "单位1")
        assert shared in done.image.parents
        assert reg.verify_audit().intact


def test_a_register_moved_up_with_its_archive_verifies_at_a_second_desk(
        pg_server, hermetic: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys) -> None:
    """The copied discs were "tampered with" at every other desk: their images stayed in the
    first desk's data folder. `db copy --archive` puts them in the shared folder, checked."""
    from app.cli.main import main

    with Register(hermetic) as reg:
        receive(reg, Delivery("单位1"))
        add_disc(reg, disc_image(tmp_path / "d.iso", "单位1", case_names("单位1", 2)), "单位1")
        key = reg.key()
    url, shared = pg_server.new_database(), tmp_path / "共享归档"
    (shared / "别的").mkdir(parents=True)
    assert main(["--data", str(hermetic), "db", "copy", "--to", url, "--archive",
                 str(shared)]) == 2  # a folder in use: nothing copied, not even the register
    (shared / "别的").rmdir()
    assert main(["--data", str(hermetic), "db", "copy", "--to", url, "--archive",
                 str(shared)]) == 0
    assert "every disc and mail the register names is there" in capsys.readouterr().out
    second = tmp_path / "desk2"
    second.mkdir()
    (second / "audit.key").write_text(key.hex() + "\n", encoding="ascii")
    monkeypatch.setenv("INTAKE_KEY_FILE", str(second / "audit.key"))
    monkeypatch.setenv("INTAKE_DB", url)
    monkeypatch.setenv("INTAKE_ARCHIVE", str(shared))
    with Register(second) as desk2:
        check = desk2.verify_audit()
        assert check.intact and check.records == []
        assert [d.number for d in call_status(desk2).unit("单位1").discs] == ["SJBZ-2025-GP001"]
