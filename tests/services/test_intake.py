"""The register at work: receipts and disc numbers, deadlines, paper, waivers, duplicates
between units, re-checking archived discs."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from deliveries import case_names, disc_image

from app.errors import RegisterError
from app.services.case_list import call_cases
from app.services.fixity import recheck
from app.services.ingest import add_disc
from app.services.intake import Delivery, receive, record_email, record_paper
from app.services.register import Register
from app.services.status import call_status, check_seal_finding, waive_finding
from app.store.db import DATABASE_NAME

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
XIAN = "西安市数据局"
BAOJI = "宝鸡市数据局"


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


@pytest.fixture
def reg(hermetic: Path) -> Register:
    with Register(hermetic) as register:
        yield register


def codes(reg: Register, unit: str) -> list[str]:
    return sorted(s.finding.code for s in call_status(reg).unit(unit).findings if s.open)


def test_receipt_numbers_run_on_without_gaps_even_when_a_record_fails(reg: Register) -> None:
    first = receive(reg, Delivery(XIAN, at("2025-10-20T09:00")))
    with pytest.raises(RegisterError):
        receive(reg, Delivery(BAOJI, at("2025-10-20T09:05"), method="pigeon"))
    second = receive(reg, Delivery(BAOJI, at("2025-10-20T09:10")))
    assert (first.number, second.number) == ("SJBZ-2025-0001", "SJBZ-2025-0002")


def test_the_deadline_is_six_pm_in_shanghai_whatever_the_clock_says(reg: Register) -> None:
    on_time = receive(reg, Delivery("A", at("2025-10-24T18:00")))
    late = receive(reg, Delivery("B", at("2025-10-24T18:01")))
    # 10:30 UTC is 18:30 in Xi'an.
    utc = receive(reg, Delivery("C", dt.datetime(2025, 10, 24, 10, 30, tzinfo=dt.timezone.utc)))
    assert (on_time.late, late.late, utc.late) == (False, True, True)
    assert "late_delivery" not in codes(reg, "A")
    assert "late_delivery" in codes(reg, "B")


def test_what_a_paper_only_delivery_still_lacks(reg: Register) -> None:
    receive(reg, Delivery(XIAN, at("2025-10-22T10:00")))
    record_paper(reg, XIAN, "1", 2, 2)
    record_paper(reg, XIAN, "2", 1, 1)
    record_paper(reg, XIAN, "3", 2, 1)
    assert codes(reg, XIAN) == ["disc_missing", "email_missing", "paper_copies_short",
                                "paper_unstamped", "summary_paper_missing"]
    status = call_status(reg).unit(XIAN)
    short = [s for s in status.findings if s.finding.code == "paper_copies_short"]
    assert [s.finding.params["case"] for s in short] == ["2"]
    record_email(reg, XIAN, at("2025-10-22T11:00"), subject=f"{XIAN}+数据标注优秀案例")
    assert "email_missing" not in codes(reg, XIAN)


def test_a_disc_arrives_alone_and_is_archived_under_its_number(reg: Register,
                                                               tmp_path: Path) -> None:
    image = disc_image(tmp_path / "xian.iso", XIAN, case_names(XIAN, 3))
    result = add_disc(reg, image, XIAN, received_at=at("2025-10-23T15:00"))
    assert result.disc_number == "SJBZ-2025-GP001"
    assert result.receipt == "SJBZ-2025-0001"  # the delivery was opened for it
    assert result.image.name == "SJBZ-2025-GP001.iso"
    assert result.image.read_bytes() == image.read_bytes()
    status = call_status(reg).unit(XIAN)
    assert [c.order for c in status.cases] == [1, 2, 3]
    assert status.discs[0].checked_verdict == "accept"
    # The disc is fine; the paper and the stamped summary table are still owed.
    assert codes(reg, XIAN) == ["email_missing", "paper_copies_short", "paper_copies_short",
                                "paper_copies_short", "summary_paper_missing"]
    record_paper(reg, XIAN, "*", 2, 2)
    assert codes(reg, XIAN) == ["email_missing", "summary_paper_missing"]


def test_a_waiver_needs_a_reason_and_changes_the_verdict(reg: Register,
                                                         tmp_path: Path) -> None:
    receive(reg, Delivery(XIAN, at("2025-10-24T18:20"), summary_paper=True))
    record_paper(reg, XIAN, "*", 2, 2)
    record_email(reg, XIAN, at("2025-10-24T10:00"))
    add_disc(reg, disc_image(tmp_path / "x.iso", XIAN, case_names(XIAN, 2)), XIAN)
    assert call_status(reg).unit(XIAN).verdict == "return_for_correction"
    with pytest.raises(RegisterError):
        waive_finding(reg, XIAN, "late_delivery:SJBZ-2025-0001", "  ")
    shown, waiver = waive_finding(reg, XIAN, "late_delivery:SJBZ-2025-0001",
                                  "交通管制，经处长同意接收")
    assert shown.finding.code == "late_delivery" and waiver.reason.startswith("交通管制")
    status = call_status(reg).unit(XIAN)
    assert status.verdict == "accept"
    assert [s.waiver.reason for s in status.findings if s.waiver] == ["交通管制，经处长同意接收"]
    with pytest.raises(RegisterError):
        waive_finding(reg, XIAN, "late_delivery:SJBZ-2025-0001", "again")
    entry = reg.conn.execute("SELECT action, after FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
    assert entry[0] == "finding.waive" and "交通管制" in entry[1]


def test_a_person_says_whether_a_doubtful_scan_is_stamped(reg: Register,
                                                         tmp_path: Path) -> None:
    receive(reg, Delivery(XIAN, at("2025-10-24T10:20"), summary_paper=True))
    record_paper(reg, XIAN, "*", 2, 2)
    record_email(reg, XIAN, at("2025-10-24T10:00"))
    add_disc(reg, disc_image(tmp_path / "x.iso", XIAN, case_names(XIAN, 2), half_sealed=(2,)),
             XIAN)
    unit = call_status(reg).unit(XIAN)
    doubt = next(s for s in unit.findings if s.finding.code == "scan_seal_uncertain")
    assert doubt.finding.severity.value == "warning" and doubt.case == 2
    assert doubt.finding.params["pages"] == [1] and doubt.finding.params["regions"]
    assert unit.verdict == "accept_with_notes"  # a doubt is no reason to send the disc back
    with pytest.raises(RegisterError):  # only a doubt can be answered this way
        check_seal_finding(reg, XIAN, "late_delivery:SJBZ-2025-0001", stamped=True)
    check_seal_finding(reg, XIAN, doubt.key, stamped=False)
    unit = call_status(reg).unit(XIAN)
    looked = next(s for s in unit.findings if s.key == doubt.key)
    assert looked.finding.code == "scan_unstamped" and looked.seal_check is not None
    assert unit.verdict == "return_for_correction"
    # A second look (the clerk found the seal after all) replaces the first; both are kept.
    check_seal_finding(reg, XIAN, doubt.key, stamped=True)
    unit = call_status(reg).unit(XIAN)
    looked = next(s for s in unit.findings if s.key == doubt.key)
    assert looked.finding.code == "scan_seal_uncertain" and not looked.open
    assert unit.verdict == "accept"
    trail = [tuple(r) for r in reg.conn.execute(
        "SELECT action, json_extract(after, '$.stamped') FROM audit WHERE action = 'seal.check' "
        "ORDER BY seq")]
    assert trail == [("seal.check", 0), ("seal.check", 1)]


def test_the_same_scan_from_two_units_is_flagged_on_both(reg: Register, tmp_path: Path) -> None:
    image = disc_image(tmp_path / "shared.iso", XIAN, case_names(XIAN, 1))
    add_disc(reg, image, XIAN)
    second = add_disc(reg, image, BAOJI, again=True)  # the very same image: on purpose
    assert "cross_unit_duplicate" in {k.finding.code for k in second.findings}
    for unit, other in ((XIAN, BAOJI), (BAOJI, XIAN)):
        dupes = [s.finding for s in call_status(reg).unit(unit).findings
                 if s.finding.code == "cross_unit_duplicate"]
        assert dupes and all(f.params["unit"] == other for f in dupes)


def test_a_disc_that_cannot_be_read_is_recorded_only_when_the_clerk_says_so(
        reg: Register, tmp_path: Path) -> None:
    junk = tmp_path / "junk.iso"
    junk.write_bytes(b"\x00" * 100_000)
    with pytest.raises(RegisterError) as refused:  # a wrong file chosen: no number, no unit
        add_disc(reg, junk, XIAN)
    assert refused.value.code == "source_not_a_disc"
    assert reg.conn.execute("SELECT count(*) FROM units").fetchone()[0] == 0
    assert not list(reg.archive.staging.glob("*"))
    result = add_disc(reg, junk, XIAN, unusable=True)
    assert result.verdict == "unreadable"
    assert call_status(reg).unit(XIAN).verdict == "unreadable"


def test_fixity_names_the_case_whose_file_changed_in_the_archive(reg: Register,
                                                                 tmp_path: Path) -> None:
    result = add_disc(reg, disc_image(tmp_path / "x.iso", XIAN, case_names(XIAN, 2)), XIAN)
    assert recheck(reg, result.disc_number).intact
    scan = next(f for f in result.verification.reading.files if f.path.endswith("2-盖章版.pdf"))
    offset = scan.extents[0][0] + 500
    data = bytearray(result.image.read_bytes())
    data[offset] ^= 0xFF
    result.image.write_bytes(bytes(data))
    check = recheck(reg, result.disc_number)
    assert not check.intact and check.image_matches is False
    assert [(c.path, c.case, c.state) for c in check.changes] == [(scan.path, 2, "changed")]
    result.image.unlink()
    gone = recheck(reg, result.disc_number)
    assert not gone.image_present and {c.state for c in gone.changes} == {"missing"}
    actions = [r[0] for r in reg.conn.execute("SELECT action FROM audit")]
    assert actions.count("disc.fixity") == 3


def test_a_second_disc_from_the_same_unit_replaces_the_first(reg: Register,
                                                              tmp_path: Path) -> None:
    add_disc(reg, disc_image(tmp_path / "a.iso", XIAN, case_names(XIAN, 2), without_scan=(2,)),
             XIAN)
    assert "missing_scan" in codes(reg, XIAN)
    add_disc(reg, disc_image(tmp_path / "b.iso", XIAN, case_names(XIAN, 2)), XIAN)
    status = call_status(reg).unit(XIAN)
    assert [d.number for d in status.discs] == ["SJBZ-2025-GP001", "SJBZ-2025-GP002"]
    assert status.discs[0].verdict == "return_for_correction"
    assert "missing_scan" not in codes(reg, XIAN)


def test_nothing_of_a_disc_is_recorded_when_its_transaction_fails(reg: Register,
                                                                  tmp_path: Path,
                                                                  monkeypatch) -> None:
    image = disc_image(tmp_path / "x.iso", XIAN, case_names(XIAN, 1))
    import app.services.ingest as ingest

    def broken(*args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(ingest, "cross_unit_duplicates", broken)
    with pytest.raises(sqlite3.OperationalError):
        add_disc(reg, image, XIAN)
    assert reg.conn.execute("SELECT count(*) FROM discs").fetchone()[0] == 0
    assert reg.conn.execute("SELECT count(*) FROM deliveries").fetchone()[0] == 0
    assert not any((reg.data_dir / "archive" / "discs").glob("*"))
    monkeypatch.undo()
    assert add_disc(reg, image, XIAN).disc_number == "SJBZ-2025-GP001"
    assert reg.verify_audit().intact
    assert (reg.data_dir / DATABASE_NAME).exists()


def test_a_case_short_of_paper_reads_so_in_its_own_row(reg: Register, tmp_path: Path) -> None:
    """案例汇总 and the workbook: the case whose paper is short is to be returned, like its
    unit, not 合格 beside a red 1/2."""
    receive(reg, Delivery(XIAN, dt.datetime(2025, 10, 20, 9, 0, tzinfo=SHANGHAI)))
    add_disc(reg, disc_image(tmp_path / "x.iso", XIAN, case_names(XIAN, 2)), XIAN)
    record_paper(reg, XIAN, "1", 2, 2)
    record_paper(reg, XIAN, "2", 1, 1)
    lines = {line.order: line for line in call_cases(reg, call_status(reg))}
    assert lines[1].verdict == "accept"
    assert lines[2].verdict == "return_for_correction"
    assert [f.code for f in lines[2].problems] == ["paper_copies_short"]
