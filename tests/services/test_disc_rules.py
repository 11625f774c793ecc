"""The rules a clerk applies to what is on a disc: the table's directions and names, shortcuts,
an unreadable disc's one finding, a work folder burnt as it was, a multi-page TIFF scan."""

from __future__ import annotations

import io
from pathlib import Path

import submissions as S
from PIL import Image
from test_verify_disc import NAMES, case_codes, check, good_disc, rows

from app.core.details import detail_text
from app.services.verify import verify

TABLE = "附件2：数据标注优秀案例申报汇总表.xlsx"


def test_a_shortened_direction_is_named_with_the_one_it_probably_means(tmp_path: Path) -> None:
    files = good_disc()
    table = rows()
    table[0] = (*table[0][:3], "行业应用", *table[0][4:])
    table[1] = (*table[1][:3], "二是技术研发创新方向", *table[1][4:])
    files[TABLE] = S.summary_xlsx(table)
    result, codes = check(tmp_path, files)
    assert codes == ["summary_direction_invalid"]
    finding = next(f for f in result.findings if f.code == "summary_direction_invalid")
    assert finding.params["likely"] == "行业应用深化"
    assert detail_text(finding.code, finding.params, finding.detail, "zh_CN") == \
        f"第{finding.params['row']}行：“行业应用”，应为“行业应用深化”？"


def test_file_names_holding_the_case_name_with_words_around_it_match(tmp_path: Path) -> None:
    files = {TABLE: S.summary_xlsx(rows())}
    for order, name in enumerate(NAMES, start=1):
        folder = f"{order}-陕西某某{order}科技有限公司-{name}"
        files[f"{folder}/陕西某某科技有限公司{name}申报书（可编辑版）.docx"] = S.docx(name)
        files[f"{folder}/{name}盖章版扫描件.pdf"] = S.scan_pdf(3)
    result, codes = check(tmp_path, files)
    assert codes == [], [(f.code, f.detail) for f in result.findings]
    assert result.verdict == "accept"


def test_a_shortcut_is_a_warning_not_a_program(tmp_path: Path) -> None:
    files = good_disc()
    files[f"1-{NAMES[0]}/{NAMES[0]}-盖章版.pdf - 快捷方式.lnk"] = (
        b"L\x00\x00\x00\x01\x14\x02\x00" + bytes(68))
    files["申报系统.url"] = b"[InternetShortcut]\r\nURL=http://example.invalid/\r\n"
    result, codes = check(tmp_path, files)
    assert codes == ["shortcut_present"]
    assert len([f for f in result.findings if f.code == "shortcut_present"]) == 2
    assert result.verdict == "accept_with_notes"


def test_an_unreadable_disc_says_only_that(tmp_path: Path) -> None:
    image = tmp_path / "blank.iso"
    image.write_bytes(bytes(40 * 2048))
    table = tmp_path / "table.xlsx"
    table.write_bytes(S.summary_xlsx(rows()))
    result = verify(image, table=table)
    assert result.verdict == "unreadable"
    assert [f.code for f in result.findings] == ["image_unreadable"]
    assert all(own == [] for own in result.case_findings)


def test_a_work_folder_burnt_as_it_was_makes_one_case_per_case(tmp_path: Path) -> None:
    top = "工作/2025年/数据局通知/申报材料/推荐材料/最终提交/我单位"
    files: dict[str, bytes] = {}
    for name in NAMES[:2]:
        case = f"{top}/{name}"
        files[f"{case}/可编辑版/{name}申报书.docx"] = S.docx(name)
        files[f"{case}/盖章版/{name}-盖章版.pdf"] = S.scan_pdf(3)
        files[f"{case}/草稿/{name}申报书-初稿.docx"] = S.docx(name)
        files[f"{case}/旧版本/{name}申报书v1.docx"] = S.docx(name)
        files[f"{case}/旧版本/{name}-盖章版-第一次.pdf"] = S.scan_pdf(3)
    result, codes = check(tmp_path, files)
    cases = result.linking.cases
    assert sorted(c.name for c in cases) == sorted(NAMES[:2])
    for case in cases:
        assert [p.rsplit("/", 2)[-2] for p in case.paths["editable"]] == ["可编辑版"]
        assert [p.rsplit("/", 2)[-2] for p in case.paths["scan"]] == ["盖章版"]
    superseded = [f for f in result.findings if f.code == "superseded_file"]
    assert len(superseded) == 6
    assert "summary_missing" in codes and "case_not_in_summary" not in codes


def test_a_multi_page_tiff_scan_is_described_by_its_pages(tmp_path: Path) -> None:
    files = good_disc()
    del files[f"1-{NAMES[0]}/{NAMES[0]}-盖章版.pdf"]
    pages = [Image.open(io.BytesIO(S.scan_image(seal=n == 2))) for n in range(3)]
    buffer = io.BytesIO()
    pages[0].save(buffer, "TIFF", save_all=True, append_images=pages[1:],
                  compression="tiff_lzw")
    files[f"1-{NAMES[0]}/{NAMES[0]}-盖章版.tif"] = buffer.getvalue()
    result, _ = check(tmp_path, files)
    assert case_codes(result, 0) == ["scan_as_images"]
    finding = result.case_findings[0][0]
    assert detail_text(finding.code, finding.params, finding.detail, "zh_CN") == \
        "1个图片文件，共3页"
