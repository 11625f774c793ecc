"""Saved mails read as Chinese offices write them: every way a GBK name is sent, the Received
chain's first hop, a forwarded mail, large-attachment links, Outlook .msg; and damaged or
foreign files refused with a reason."""

from __future__ import annotations

from pathlib import Path

import maillab as M
import pytest
import submissions as S
from realdata import real_file

from app.errors import RegisterError
from app.mail.message import read_eml
from app.mail.outlook import read_msg
from app.services.mail_import import read_mail_file, safe_names

FILES = {"1-智慧交通数据标注实践-盖章版.pdf": S.scan_pdf(1, mark="a"),
         "附件2：数据标注优秀案例申报汇总表.xlsx": b"PK\x03\x04" + b"x" * 6000}


@pytest.mark.parametrize("style", ["rfc2231", "encoded_word", "raw_gbk", "plain"])
def test_gbk_names_are_read_however_the_client_wrote_them(style: str) -> None:
    raw = M.eml("西安市数据局+数据标注优秀案例", FILES, sent=M.at("2025-10-24 17:40"),
                hops=(M.at("2025-10-24 17:41"), M.at("2025-10-24 17:43")), style=style)
    mail = read_eml(raw)
    assert [a.name for a in mail.attachments] == list(FILES)
    assert [a.data for a in mail.attachments] == list(FILES.values())
    assert mail.subject == "西安市数据局+数据标注优秀案例"
    assert mail.sender == "经办人 <xa@example.gov.cn>"
    assert mail.recipients == ["sjbz@example.gov.cn"]
    assert mail.first_hop == M.at("2025-10-24 17:41")  # the oldest Received, not the last
    assert mail.sent == M.at("2025-10-24 17:41")


def test_a_forwarded_mail_brings_its_attachments() -> None:
    inner = M.eml("宝鸡市数据局+数据标注优秀案例", {"2-案例二-盖章版.pdf": b"%PDF-1.4 two"},
                  sent=M.at("2025-10-23 09:00"))
    raw = M.eml("转发：宝鸡市数据局+数据标注优秀案例", FILES, sent=M.at("2025-10-23 10:00"),
                forwarded=inner)
    names = [a.name for a in read_eml(raw).attachments]
    assert names == [*FILES, "2-案例二-盖章版.pdf"]


def test_large_attachment_links_are_found_in_the_body() -> None:
    body = ("您好，材料较大，已通过超大附件发送：\n"
            "https://wx.mail.qq.com/ftn/download?func=3&k=abc123 （30天内有效）\n"
            "另见单位主页 https://www.example.gov.cn/")
    raw = M.eml("西安市数据局+数据标注优秀案例", {}, sent=M.at("2025-10-24 10:00"), body=body)
    links = read_eml(raw).links
    assert links[0] == "https://wx.mail.qq.com/ftn/download?func=3&k=abc123"
    plain = M.eml("西安市数据局+数据标注优秀案例", FILES, sent=M.at("2025-10-24 10:00"),
                  body="单位主页 https://www.example.gov.cn/")
    assert read_eml(plain).links == []  # an ordinary link carries no material


def test_an_outlook_msg_is_read_with_its_attached_mail() -> None:
    raw = M.msg("咸阳市数据局+数据标注优秀案例", FILES, sent=M.at("2025-10-24 16:00"),
                hops=(M.at("2025-10-24 16:01"),),
                embedded={"3-案例三-盖章版.pdf": b"%PDF-1.4 " + b"3" * 5000})
    mail = read_msg(raw)
    assert mail.subject == "咸阳市数据局+数据标注优秀案例"
    assert mail.sender == "经办人 <xa@example.gov.cn>"
    assert mail.recipients == ["sjbz@example.gov.cn"]
    assert mail.date == M.at("2025-10-24 16:00") and mail.first_hop == M.at("2025-10-24 16:01")
    assert [a.name for a in mail.attachments] == [*FILES, "3-案例三-盖章版.pdf"]
    assert mail.attachments[1].data == FILES["附件2：数据标注优秀案例申报汇总表.xlsx"]


def test_damaged_and_foreign_files_are_refused_with_the_file_named(tmp_path: Path) -> None:
    whole = M.msg("咸阳市数据局+数据标注优秀案例", FILES, sent=M.at("2025-10-24 16:00"))
    cut = tmp_path / "cut.msg"
    cut.write_bytes(whole[:1500])
    assert "damaged" in read_msg(cut.read_bytes()).problems
    with pytest.raises(RegisterError) as refused:
        read_mail_file(cut)
    assert refused.value.params["path"] == str(cut)
    photo = tmp_path / "photo.eml"
    photo.write_bytes(b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40)
    with pytest.raises(RegisterError):
        read_mail_file(photo)


def test_attachment_names_become_safe_file_names() -> None:
    names = safe_names(["../../etc/passwd", "a.pdf", "A.pdf", "con:x?.pdf", "", "a" * 300])
    assert names[0] == "passwd" and names[1:3] == ["a.pdf", "A (2).pdf"]
    assert "/" not in "".join(names) and ":" not in names[3] and "?" not in names[3]
    assert names[4] == "attachment-5" and len(names[5]) <= 200


def test_winmail_dat_gives_up_the_files_inside(tmp_path: Path) -> None:
    raw = M.eml("渭南市数据局+数据标注优秀案例", {"winmail.dat": M.winmail(FILES)},
                sent=M.at("2025-10-22 11:00"), style="plain")
    saved = tmp_path / "outlook.eml"
    saved.write_bytes(raw)
    _, mail = read_mail_file(saved)
    assert [a.name for a in mail.attachments] == list(FILES)
    assert [a.data for a in mail.attachments] == list(FILES.values())
    broken = tmp_path / "broken.eml"
    broken.write_bytes(M.eml("渭南市数据局+数据标注优秀案例",
                             {"winmail.dat": M.winmail(FILES)[:40]},
                             sent=M.at("2025-10-22 11:00"), style="plain"))
    _, mail = read_mail_file(broken)
    assert "tnef" in mail.problems and [a.name for a in mail.attachments] == ["winmail.dat"]


def test_parts_nested_thousands_deep_end_as_a_damaged_mail_not_a_crash(tmp_path: Path) -> None:
    depth = 5000
    head = "".join(f'Content-Type: multipart/mixed; boundary="b{n}"\n\n--b{n}\n'
                   for n in range(depth))
    raw = ("Subject: x\nFrom: a@example.cn\n" + head + "\nbody\n").encode("ascii")
    mail = read_eml(raw)
    assert "damaged" in mail.problems  # said, not raised: the file gets a clear refusal
    saved = tmp_path / "deep.eml"
    saved.write_bytes(raw)
    with pytest.raises(RegisterError) as refused:  # "damaged", not "no mail headers"
        read_mail_file(saved)
    assert refused.value.params["reason"] == "damaged"


def test_a_winmail_dat_of_countless_tiny_records_is_left_as_it_came() -> None:
    import struct

    from app.mail.message import Attachment, Mail
    from app.mail.tnef import expand_tnef

    tiny = struct.pack("<BHHI", 1, 0x8000, 0x0001, 0) + b"\x00\x00"
    hostile = struct.pack("<IH", 0x223E9F78, 1) + tiny * 200_000
    mail = Mail(attachments=[Attachment("winmail.dat", hostile)])
    expand_tnef(mail)  # at once, not after the library copies 2 MB 200,000 times
    assert "tnef" in mail.problems and len(mail.attachments) == 1


def test_a_winmail_dat_holding_only_the_body_is_no_attachment() -> None:
    """Outlook's winmail.dat of a mail with no files (MimeKit's Ukrainian sample, a real
    Outlook mail): it carries the formatted body, not a file the unit sent."""
    _, mail = read_mail_file(real_file("mails/mails/mimekit-tnef-ukr.eml"))
    assert mail.attachments == [] and "tnef" not in mail.problems
