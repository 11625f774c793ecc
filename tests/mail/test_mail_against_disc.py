"""A unit's e-mail held against its disc through the command line: only what really differs
is named, late and misaddressed mails are found, a mail alone is checked like a disc, and the
verification sheet says per case whether the mail agrees."""

from __future__ import annotations

import json
from pathlib import Path

import maillab as M
import pymupdf
import pytest
import submissions as S
from deliveries import case_names, disc_files
from images import pycdlib_hybrid

from app.cli.main import main

UNIT = "西安市数据局"
SUBJECT = f"{UNIT}+数据标注优秀案例"


def intake(data: Path, *args: str) -> int:
    return main(["--data", str(data), *args])


def ok(data: Path, *args: str) -> None:
    assert intake(data, *args) == 0, args


@pytest.fixture
def day(hermetic: Path, tmp_path: Path) -> dict[str, bytes]:
    """The unit delivered and its disc is read; what the disc holds, by file name."""
    files = disc_files(UNIT, case_names(UNIT, 3))
    image = pycdlib_hybrid(tmp_path / "disc.iso", files)
    ok(hermetic, "receive", "--unit", UNIT, "--at", "2025-10-22 10:00")
    assert intake(hermetic, "disc", "add", str(image), "--unit", UNIT, "--quiet") in (0, 10)
    return {path.rsplit("/", 1)[-1]: data for path, data in files.items()}


def mail_findings(data: Path, capsys, mail: bytes, name: str = "mail.eml") -> list[dict]:
    path = data.parent / name
    path.write_bytes(mail)
    capsys.readouterr()
    ok(data, "email", "import", str(path), "--unit", UNIT, "--json", "-")
    return json.loads(capsys.readouterr().out)["findings"]


def test_a_newer_scan_in_the_mail_is_named_for_its_case_only(
        hermetic: Path, day: dict[str, bytes], capsys) -> None:
    mailed = dict(day)
    scan = next(name for name in mailed if "案例2-盖章版" in name)
    mailed[scan] = S.scan_pdf(2, mark="rescanned")
    found = mail_findings(hermetic, capsys, M.eml(SUBJECT, mailed, sent=M.at(
        "2025-10-21 16:00"), hops=(M.at("2025-10-21 16:00"),), style="encoded_word"))
    assert [(f["code"], f["params"]["case"], f["params"]["role"]) for f in found] == [
        ("email_attachment_differs", f"{UNIT}数据标注案例2", "scan")]
    capsys.readouterr()
    ok(hermetic, "status", "--unit", UNIT)
    assert "email_attachment_differs" in capsys.readouterr().out
    sheet = hermetic.parent / "sheet.pdf"
    ok(hermetic, "--lang", "zh_CN", "sheet", "SJBZ-2025-GP001", "--pdf", str(sheet))
    with pymupdf.open(sheet) as pdf:
        text = "".join(page.get_text() for page in pdf).replace("\n", "")
    assert text.count("电子邮件：一致") == 2
    assert "电子邮件：不一致（盖章版内容不同）" in text


def test_a_mail_sent_late_and_naming_another_unit(hermetic: Path, day: dict[str, bytes],
                                                  capsys) -> None:
    ok(hermetic, "unit", "add", "宝鸡市数据局")
    found = mail_findings(hermetic, capsys, M.eml(
        "宝鸡市数据局+数据标注优秀案例", day, sent=M.at("2025-10-24 17:58"),
        hops=(M.at("2025-10-24 18:03"),), style="raw_gbk"))
    codes = {f["code"]: f for f in found}
    assert set(codes) == {"email_late", "email_subject_mismatch"}
    assert codes["email_late"]["params"]["sent"] == "2025-10-24 18:03"  # the server's time
    assert codes["email_subject_mismatch"]["params"]["other"] == "宝鸡市数据局"


def test_material_missing_from_the_mail_or_only_linked(hermetic: Path, day: dict[str, bytes],
                                                       capsys) -> None:
    mailed = {k: v for k, v in day.items() if "案例3" not in k}
    body = "案例3材料较大，已用超大附件发送：https://wx.mail.qq.com/ftn/download?k=9f3"
    found = mail_findings(hermetic, capsys, M.eml(SUBJECT, mailed, sent=M.at(
        "2025-10-21 16:00"), body=body))
    codes = sorted((f["code"], f["params"].get("role", "")) for f in found)
    assert codes == [("email_attachment_missing", "editable"),
                     ("email_attachment_missing", "scan"), ("email_link_only", "")]


def test_a_zip_with_gbk_names_and_an_outlook_msg_are_the_same_materials(
        hermetic: Path, day: dict[str, bytes], capsys) -> None:
    packed = {"全部材料.zip": S.zip_of(day, gbk=True)}
    found = mail_findings(hermetic, capsys, M.eml(SUBJECT, packed, sent=M.at(
        "2025-10-21 16:00")))
    assert found == []  # every file found inside the zip, by its content
    found = mail_findings(hermetic, capsys, M.msg(SUBJECT, day, sent=M.at("2025-10-21 16:00")),
                          "mail.msg")
    assert found == []


def test_a_mail_before_the_disc_is_checked_like_a_disc(hermetic: Path, capsys) -> None:
    files = disc_files(UNIT, case_names(UNIT, 2), without_scan=(2,))
    ok(hermetic, "receive", "--unit", UNIT, "--at", "2025-10-22 10:00")
    found = mail_findings(hermetic, capsys, M.eml(
        SUBJECT, {k.rsplit("/", 1)[-1]: v for k, v in files.items()},
        sent=M.at("2025-10-21 16:00")))
    assert [f["code"] for f in found] == ["missing_scan"]
    assert found[0]["key"].startswith("email:")


def test_a_file_that_is_no_mail_is_a_clear_error(hermetic: Path, capsys) -> None:
    bad = hermetic.parent / "scan.eml"
    bad.write_bytes(b"%PDF-1.4\n" + b"\x00" * 100)
    capsys.readouterr()
    assert intake(hermetic, "email", "import", str(bad), "--unit", UNIT) == 2
    err = capsys.readouterr().err
    assert "scan.eml" in err and "Traceback" not in err


def test_the_archived_mail_is_backed_up_and_its_loss_is_found(
        hermetic: Path, day: dict[str, bytes], capsys) -> None:
    from app.services.backup import backup
    from app.services.register import Register

    mail_findings(hermetic, capsys, M.eml(SUBJECT, day, sent=M.at("2025-10-21 16:00")))
    kept = list((hermetic / "archive" / "mails").glob("*.eml"))
    assert len(kept) == 1
    with Register(hermetic) as reg:
        copy = backup(reg, hermetic.parent / "backup")
        assert any(p.parent.name == "mails" for p in (copy.folder / "archive").rglob("*"))
        kept[0].unlink()
        assert any("archived mail" in p for p in reg.verify_audit().records)


def test_an_undated_mail_is_not_late_for_being_read_late(hermetic: Path, capsys,
                                                        day: dict[str, bytes]) -> None:
    """No Date and no Received: when it was sent is unknown; reading it after the deadline
    makes it no late mail."""
    mail = M.eml(SUBJECT, {"附件.txt": b"x"}, sent=M.at("2025-10-21 16:00"))
    undated = b"\n".join(line for line in mail.split(b"\n")
                         if not line.startswith((b"Date:", b"Received:")))
    found = mail_findings(hermetic, capsys, undated)
    assert "email_late" not in [f["code"] for f in found]


def test_a_mail_with_every_file_flat_misses_nothing(hermetic: Path, tmp_path: Path,
                                                    capsys) -> None:
    """Three cases each with its own 营业执照复印件.pdf on the disc; the mail carries every file
    flat, the three licences under one name. Every byte is there: matched by content first,
    nothing is "missing from the e-mail"."""
    files = disc_files(UNIT, case_names(UNIT, 3))
    for order, name in enumerate(case_names(UNIT, 3), start=1):
        files[f"{order}-{name}/营业执照复印件.pdf"] = S.scan_pdf(1, mark=f"licence-{order}")
    ok(hermetic, "receive", "--unit", UNIT, "--at", "2025-10-22 10:00")
    image = pycdlib_hybrid(tmp_path / "disc.iso", files)
    assert intake(hermetic, "disc", "add", str(image), "--unit", UNIT, "--quiet") in (0, 10)
    flat = [(path.rsplit("/", 1)[-1], data) for path, data in files.items()]
    raw = M.eml(SUBJECT, flat, sent=M.at("2025-10-21 16:00"), style="plain")
    found = mail_findings(hermetic, capsys, raw)
    assert [f["code"] for f in found if f["code"].startswith("email_attachment")] == []
