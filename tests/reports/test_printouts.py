"""The printouts a clerk files and both sides sign: every field printouts.md names is on the
page, in Chinese; the font travels with the file; long tables go on with their header; the
verification code tells a genuine, current printout from a changed, foreign or outdated one."""

from __future__ import annotations

import datetime as dt
import json
import re
import sqlite3
from pathlib import Path

import pymupdf
import pytest
from deliveries import case_names, disc_image

from app.core.findings import CATALOGUE
from app.core.inspection import CheckItem
from app.errors import RegisterError
from app.reports.return_notice import NoticeItem, ReturnNotice, render_notice
from app.reports.stamp import Stamp
from app.reports.verification_sheet import DiscSheet, ManifestLine, render_sheet
from app.services.corrections import void_delivery
from app.services.ingest import add_disc
from app.services.intake import Delivery, receive, record_paper, record_summary_paper
from app.services.printing import check_printout, make
from app.services.printout_codes import essentials, make_code
from app.services.printouts import receipt_slip
from app.services.register import Register
from app.store.audit import clerk
from app.store.db import DATABASE_NAME

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
XIAN = "西安市数据局"


@pytest.fixture
def reg(hermetic: Path) -> Register:
    with Register(hermetic) as register:
        yield register


@pytest.fixture
def delivered(reg: Register, tmp_path: Path) -> dict[str, str]:
    """西安 delivers by courier before the deadline: 3 cases, the scan of case 2 missing,
    paper for cases 1 and 3 (case 3 one copy short)."""
    receipt = receive(reg, Delivery(XIAN, dt.datetime(2025, 10, 20, 10, 30, tzinfo=SHANGHAI),
                                    deliverer="李四", phone="13900000000", method="courier",
                                    tracking="SF1234567890", note="光盘外盒破损"))
    image = disc_image(tmp_path / "xian.iso", XIAN, case_names(XIAN, 3), without_scan=(2,))
    disc = add_disc(reg, image, XIAN)
    record_paper(reg, XIAN, "1", 2, 2)
    record_paper(reg, XIAN, "3", 1, 1)
    return {"receipt": receipt.number, "disc": disc.disc_number}


def text_of(pdf: bytes) -> list[str]:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [page.get_text() for page in doc]


def flat(text: str) -> str:
    """The page's text without the line breaks a cell's wrapping put in."""
    return re.sub(r"\s+", "", text)


def test_the_sheet_shows_every_field_of_the_spec(reg: Register,
                                                  delivered: dict[str, str]) -> None:
    made = make(reg, "sheet", delivered["disc"])
    pages = text_of(made.pdf)
    whole = flat("".join(pages))
    row = reg.conn.execute("SELECT sha256, report FROM discs").fetchone()
    report = json.loads(row["report"])
    expected = [
        "数据标注优秀案例申报材料光盘核验单",
        "收件编号", delivered["receipt"], "载体编号", delivered["disc"], "推荐单位", XIAN,
        "送件人", "李四", "联系电话", "13900000000", "收到时间", "2025年10月20日10:30（北京时间）",
        "截止前送达",
        "光盘卷标", report["volume"]["label"], "载体类型", "镜像文件", "文件系统", "ISO9660",
        "Joliet", "UDF", "区段数", "容量/已用", "GB", "文件数", "读取用时", "不可读扇区",
        "镜像摘要", f"SHA-256：{row['sha256']}",
        "顺序", "案例名称/申报单位/方向", "可编辑版", "盖章版", "纸质版", "印章",
        "西安市数据局数据标注案例1", "西安市数据局下属某科技有限公司1", "行业应用深化",
        "格式DOCX", "可打开：是", "扫描件：是",
        "印章：西安市数据局下属某科技有限公司1（第1页）", "应收2实收2",
        "应收2实收1", "缺少盖章版扫描件",
        "检验项目", "读取情况", "可编辑版齐全", "盖章版齐全", "格式合规", "加密/压缩",
        "多余文件", "病毒检测", "未检测", "载体外观", "通过", "不通过",
        "问题清单", "案例2：西安市数据局数据标注案例2",
        "结论", "需退回补正", "备注", "光盘外盒破损", "经办人", clerk(), "核验人（签字）",
        "快递（单号SF1234567890），无送件人当面签字", "日期",
        "附件：光盘文件清单", "摘要算法：SHA-256", "相对路径", "大小（字节）", "用途",
        f"核验码{made.code}", "打印时间",
    ]
    missing = [field for field in expected if flat(field) not in whole]
    assert not missing, whole[whole.find("印章："):][:80]
    # The courier signs nothing; and a clerk and a deliverer read no internal code.
    assert "送件人（签字）" not in whole
    assert not [code for code in CATALOGUE if code in whole]
    for path in (f["path"] for f in report["files"]):
        assert flat(path) in whole, path
    for number, page in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {len(pages)} 页" in page
        assert delivered["receipt"] in page and made.code in page


def test_seal_crops_sit_beside_the_cases_whose_scan_has_a_seal(reg: Register,
                                                               delivered: dict[str, str]) -> None:
    made = make(reg, "sheet", delivered["disc"])
    with pymupdf.open(stream=made.pdf, filetype="pdf") as doc:
        pictures = doc[0].get_image_info()
        seal_column_left = doc[0].search_for("印章")[-1].x0 - 30
    assert len(pictures) == 2  # cases 1 and 3; case 2 has no scan
    assert all(info["bbox"][0] > seal_column_left for info in pictures)


def test_the_font_is_embedded_subset_and_a_one_page_printout_is_small(
        reg: Register, delivered: dict[str, str]) -> None:
    slip = make(reg, "receipt", delivered["receipt"])
    sheet = make(reg, "sheet", delivered["disc"])
    for pdf in (slip.pdf, sheet.pdf):
        with pymupdf.open(stream=pdf, filetype="pdf") as doc:
            fonts = {f[0]: f for page in doc for f in page.get_fonts()}
            assert fonts
            for xref, font in fonts.items():
                assert re.match(r"[A-Z]{6}\+", font[3]), font  # a subset's tag
                _, ext, _, content = doc.extract_font(xref)
                assert ext in ("ttf", "cff", "otf") and len(content) > 1000  # embedded
    assert len(slip.pdf) < 100 * 1024
    assert len(sheet.pdf) < 100 * 1024 * 3  # three pages, two seal pictures


def test_a_500_file_manifest_goes_on_over_pages_with_its_header(tmp_path: Path) -> None:
    manifest = [ManifestLine(f"/案例{i % 5 + 1}/附件/第{i}号佐证材料_扫描.pdf", 1000 + i, "pdf",
                             "proof", i % 5 + 1, f"{i:064x}") for i in range(500)]
    sheet = DiscSheet(
        title="数据标注优秀案例申报材料光盘核验单", receipt="SJBZ-2025-0009",
        disc_number="SJBZ-2025-GP009", unit=XIAN, deliverer="", phone="", received_at="",
        on_time=None, label="CASES", raw_labels="", carrier="镜像文件", filesystems="ISO9660",
        sessions=1, capacity=700_000_000, used=500_000, file_count=500, sha256="0" * 64,
        sm3="", read_seconds=1.5, bad_sectors=0, bad_files=[], cases=[],
        checks=[CheckItem(("读取情况", "Readability"), "pass")], findings=[],
        verdict="合格", manifest=manifest)
    pdf = render_sheet(sheet, Stamp("SJBZ-2025-0009", dt.datetime(2025, 10, 24, 9, 0), "CODE"))
    pages = text_of(pdf)
    first = next(n for n, p in enumerate(pages) if "附件：光盘文件清单" in p)
    annex = pages[first:]
    assert len(annex) >= 10
    assert all("文件清单（续）" in page for page in annex[1:])
    for page in annex:
        assert "相对路径" in page and "SHA-256" in page and "用途" in page
    whole = flat("".join(pages))
    assert all(flat(line.path) in whole for line in manifest)
    assert all(f"第 {n} 页 共 {len(pages)} 页" in pages[n - 1] for n in range(1, len(pages) + 1))


def test_the_receipt_slip_twice_on_a_page_with_a_qr_code(reg: Register,
                                                           delivered: dict[str, str]) -> None:
    made = make(reg, "receipt", delivered["receipt"])
    pages = text_of(made.pdf)
    assert len(pages) == 1
    text = flat(pages[0])
    for field in ("数据标注优秀案例申报材料收件回执", "存根", "回执（交送件人）", "收件编号",
                  delivered["receipt"], "推荐单位", XIAN, "送件人", "李四13900000000",
                  "收到时间", "2025年10月20日10:30（北京时间）", "截止前送达", "送达方式",
                  "快递（单号SF1234567890）",
                  "收件人", "电子光盘", delivered["disc"], "盖章汇总表", "未收到",
                  "纸质版（案例）", "应收（份）", "实收（份）", "已盖章（份）",
                  "收件人（签字）", "送件人（签字）", "沿此线裁开", made.code):
        assert flat(field) in text, field
    assert text.count(flat(delivered["receipt"])) == 3  # both slips, the footer
    assert text.count(made.code) == 3  # each slip carries the code once it is cut off
    with pymupdf.open(stream=made.pdf, filetype="pdf") as doc:
        black = [d for d in doc[0].get_drawings() if d.get("fill") == (0.0, 0.0, 0.0)]
        width = doc[0].rect.width
    qr_squares = [d for d in black if d["rect"].x0 > width * 0.75]
    assert len(qr_squares) >= 2  # one QR code per slip, drawn as vector squares


def test_the_return_notice_names_each_error_what_to_supply_and_by_when(
        reg: Register, delivered: dict[str, str]) -> None:
    made = make(reg, "notice", delivered["receipt"])
    text = flat("".join(text_of(made.pdf)))
    for field in ("数据标注优秀案例申报材料退回补正通知", f"{XIAN}：", delivered["receipt"],
                  "缺少盖章版扫描件", "案例2：西安市数据局数据标注案例2",
                  "补交该案例加盖公章的申报书扫描件（PDF）", "纸质版份数不足",
                  "补交纸质版至规定份数",
                  "未收到盖章纸质汇总表", "补交加盖公章的纸质汇总表",
                  "请于______年____月____日____时前",  # no date set by the call: written in
                  "陕西省数据和政务服务局", "经办人（签字）", made.code):
        assert flat(field) in text, field
    # Two cases short of paper are one thing to supply, with both cases named.
    assert text.count("纸质版份数不足") == 1
    assert flat("案例2：收到0份") in text and flat("案例3：收到1份") in text
    pages = text_of(made.pdf)
    closing = next(p for p in pages if "补正时请携带本通知" in flat(p))
    assert "经办人（签字）" in flat(closing)  # the signatures are not left alone on a page
    dated = ReturnNotice("退回补正通知", "数据标注优秀案例", XIAN, "SJBZ-2025-0001",
                         "2025-10-20 10:30", [NoticeItem("缺少盖章版扫描件", "案例2", "补交")],
                         deadline="2025-10-31 18:00")
    text = flat("".join(text_of(render_notice(dated, Stamp("SJBZ-2025-0001",
                                                            dt.datetime(2025, 10, 21), "C")))))
    assert flat("请于 2025-10-31 18:00 前") in text


def test_no_notice_for_a_unit_that_needs_no_correction(reg: Register, tmp_path: Path) -> None:
    image = disc_image(tmp_path / "ok.iso", XIAN, case_names(XIAN, 1))
    disc = add_disc(reg, image, XIAN, received_at=dt.datetime(2025, 10, 20, tzinfo=SHANGHAI))
    record_paper(reg, XIAN, "1", 2, 2)
    record_summary_paper(reg, XIAN)
    with pytest.raises(RegisterError) as raised:
        make(reg, "notice", disc.receipt)
    assert raised.value.code == "notice_not_needed"


def test_a_code_is_genuine_and_current_until_the_register_changes(
        reg: Register, delivered: dict[str, str]) -> None:
    sheet = make(reg, "sheet", delivered["disc"])
    again = make(reg, "sheet", delivered["disc"])
    assert again.code == sheet.code and not again.new  # the same facts, the same code
    assert check_printout(reg, delivered["receipt"], sheet.code.lower().replace("-", " ")
                          ).state == "current"
    record_paper(reg, XIAN, "3", 1, 1)  # the missing copy arrives: the sheet's paper changes
    old = check_printout(reg, delivered["receipt"], sheet.code)
    assert old.state == "superseded" and old.genuine and old.newer == []
    newer = make(reg, "sheet", delivered["disc"])
    assert newer.code != sheet.code
    assert [c for c, _ in check_printout(reg, delivered["receipt"], sheet.code).newer] == \
        [newer.code]
    assert check_printout(reg, delivered["receipt"], newer.code).state == "current"


def test_a_changed_field_or_a_code_from_another_register_is_rejected(
        reg: Register, delivered: dict[str, str], tmp_path: Path) -> None:
    slip = make(reg, "receipt", delivered["receipt"])
    # A slip whose receipt number was changed on paper:
    assert check_printout(reg, "SJBZ-2025-0002", slip.code).state == "unknown"
    # A code made over changed facts (the deliverer's name altered) is not one we made:
    model = receipt_slip(reg, delivered["receipt"])
    model.deliverer = "王五"
    forged = make_code(reg.key(), "receipt", {**essentials(model), "lang": "zh"})
    assert check_printout(reg, delivered["receipt"], forged).state == "unknown"
    # The same facts in another register (another key) give another code:
    with Register(tmp_path / "other") as other:
        receive(other, Delivery(XIAN, dt.datetime(2025, 10, 20, 10, 30, tzinfo=SHANGHAI),
                                deliverer="李四", phone="13900000000", method="courier",
                                tracking="SF1234567890"))
        foreign = make(other, "receipt", delivered["receipt"])
    assert foreign.code != slip.code
    assert check_printout(reg, delivered["receipt"], foreign.code).state == "unknown"
    # The record of a printout edited beside the program:
    reg.close()
    with sqlite3.connect(reg.data_dir / DATABASE_NAME) as conn:
        content = json.loads(conn.execute("SELECT content FROM printouts WHERE code = ?",
                                          (slip.code,)).fetchone()[0])
        content["deliverer"] = "王五"
        conn.execute("UPDATE printouts SET content = ? WHERE code = ?",
                     (json.dumps(content, ensure_ascii=False), slip.code))
    with Register(reg.data_dir) as reopened:
        assert check_printout(reopened, delivered["receipt"], slip.code).state == "altered"


def test_the_sheet_says_who_looked_at_a_seal_the_program_was_unsure_of(
        reg: Register, tmp_path: Path) -> None:
    from app.services.status import call_status, check_seal_finding

    receive(reg, Delivery(XIAN, dt.datetime(2025, 10, 20, 10, 30, tzinfo=SHANGHAI)))
    image = disc_image(tmp_path / "half.iso", XIAN, case_names(XIAN, 2), half_sealed=(1,))
    disc = add_disc(reg, image, XIAN).disc_number
    before = flat("".join(text_of(make(reg, "sheet", disc).pdf)))
    assert "印章：待人工确认（第1页）" in before and "程序无法确认是否盖章" in before
    doubt = next(s for s in call_status(reg).unit(XIAN).findings
                 if s.finding.code == "scan_seal_uncertain")
    check_seal_finding(reg, XIAN, doubt.key, stamped=True)
    after = flat("".join(text_of(make(reg, "sheet", disc).pdf)))
    assert "印章：有章（人工确认）" in after and "人工确认有章（" in after


def test_a_voided_deliverys_receipt_says_it_is_void(reg: Register,
                                                    delivered: dict[str, str]) -> None:
    void_delivery(reg, delivered["receipt"], "误登记")
    text = flat("".join(text_of(make(reg, "receipt", delivered["receipt"]).pdf)))
    assert "（已作废）" in text and "本次收件已作废：误登记" in text
