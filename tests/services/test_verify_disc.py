"""Whole discs as units really deliver them, each with the findings and the verdict a careful
clerk would give. Most are folders (what a mounted disc looks like); the ones where the burner
matters are real ISO images."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import submissions as S
from images import genisoimage, pycdlib_hybrid, write_tree

from app.services.verify import Verification, verify

NAMES = ["智能医疗影像标注平台", "工业质检数据标注实践", "文旅大模型语料建设"]


def rows(names: list[str] = NAMES, orders: list[int] | None = None) -> list[tuple]:
    orders = orders or list(range(1, len(names) + 1))
    return [(o, n, f"陕西某某{i}科技有限公司", "行业应用深化", "张三", "13800000000")
            for i, (o, n) in enumerate(zip(orders, names, strict=True))]


def good_disc(names: list[str] = NAMES) -> dict[str, bytes]:
    files = {"附件2：数据标注优秀案例申报汇总表.xlsx": S.summary_xlsx(rows(names))}
    for order, name in enumerate(names, start=1):
        files[f"{order}-{name}/{name}-可编辑版.docx"] = S.docx(name)
        files[f"{order}-{name}/{name}-盖章版.pdf"] = S.scan_pdf(3)
    return files


def check(tmp_path: Path, files: dict[str, bytes], **options: object) -> tuple[Verification,
                                                                               list[str]]:
    result = verify(write_tree(tmp_path / "disc", files), **options)  # type: ignore[arg-type]
    return result, sorted({f.code for f in result.findings})


def case_codes(result: Verification, index: int) -> list[str]:
    return sorted(f.code for f in result.case_findings[index])


def test_a_good_hybrid_disc_is_accepted(tmp_path: Path) -> None:
    image = pycdlib_hybrid(tmp_path / "good.iso", good_disc())
    result = verify(image)
    assert result.verdict == "accept", [f.code for f in result.findings]
    assert [c.order for c in result.linking.cases] == [1, 2, 3]
    for case in result.linking.cases:
        assert len(case.paths["editable"]) == 1 and len(case.paths["scan"]) == 1
        scan = result.reviews[case.paths["scan"][0]].scan
        assert scan is not None and scan.seal_pages == [1]
    assert result.linking.roles["/附件2：数据标注优秀案例申报汇总表.xlsx"] == "summary"


def test_a_scan_that_is_no_pdf_at_all(tmp_path: Path) -> None:
    files = good_disc()
    files[f"1-{NAMES[0]}/{NAMES[0]}-盖章版.pdf"] = bytes(range(256)) * 40
    result, _ = check(tmp_path, files)
    assert case_codes(result, 0) == ["scan_corrupt"]


def test_a_case_without_its_scan_is_returned(tmp_path: Path) -> None:
    files = good_disc()
    del files[f"2-{NAMES[1]}/{NAMES[1]}-盖章版.pdf"]
    result, _ = check(tmp_path, files)
    assert case_codes(result, 1) == ["missing_scan"]
    assert result.verdict == "return_for_correction"


def test_a_word_export_posing_as_the_scan(tmp_path: Path) -> None:
    files = good_disc()
    files[f"1-{NAMES[0]}/{NAMES[0]}-盖章版.pdf"] = S.text_pdf(3, letterhead=True)
    result, _ = check(tmp_path, files)
    assert case_codes(result, 0) == ["scan_not_scanned"]
    assert result.verdict == "return_for_correction"


def test_scans_without_a_seal_and_grey_scans(tmp_path: Path) -> None:
    files = good_disc()
    files[f"1-{NAMES[0]}/{NAMES[0]}-盖章版.pdf"] = S.scan_pdf(3, seal_pages=(),
                                                            letterhead_pages=(1,))
    files[f"2-{NAMES[1]}/{NAMES[1]}-盖章版.pdf"] = S.scan_pdf(3, grey=True)
    files[f"3-{NAMES[2]}/{NAMES[2]}-盖章版.pdf"] = S.scan_pdf(3, grey=True,
                                                            seal_name="汉中云帆信息技术有限公司")
    result, _ = check(tmp_path, files)
    assert case_codes(result, 0) == ["scan_unstamped"]
    # Grey: no seal can be judged by colour; a ring whose name is the applicant's is a seal
    # (the scan stays a grey one), another ring is pointed out for a person to look at.
    assert case_codes(result, 1) == ["scan_grayscale"]
    assert result.scan_pages(1) == (3, [1])
    assert case_codes(result, 2) == ["scan_grayscale", "scan_seal_uncertain"]
    doubt = next(f for f in result.case_findings[2] if f.code == "scan_seal_uncertain")
    assert doubt.params["pages"] == [1]
    assert result.verdict == "return_for_correction"


def test_a_scan_behind_a_password(tmp_path: Path) -> None:
    files = good_disc()
    locked = pymupdf.open("pdf", S.scan_pdf(2)).tobytes(
        encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="123456", owner_pw="x")
    restricted = pymupdf.open("pdf", S.scan_pdf(2)).tobytes(
        encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="x", permissions=0)
    files[f"1-{NAMES[0]}/{NAMES[0]}-盖章版.pdf"] = locked
    files[f"2-{NAMES[1]}/{NAMES[1]}-盖章版.pdf"] = restricted
    result, _ = check(tmp_path, files)
    assert case_codes(result, 0) == ["scan_encrypted"]
    assert case_codes(result, 1) == ["pdf_restricted"]


def test_empty_and_broken_editable_versions(tmp_path: Path) -> None:
    files = good_disc()
    files[f"1-{NAMES[0]}/{NAMES[0]}-可编辑版.docx"] = b""
    files[f"2-{NAMES[1]}/{NAMES[1]}-可编辑版.docx"] = S.docx(NAMES[1])[:900]
    files[f"3-{NAMES[2]}/{NAMES[2]}-可编辑版.doc"] = S.legacy_doc()
    del files[f"3-{NAMES[2]}/{NAMES[2]}-可编辑版.docx"]
    result, _ = check(tmp_path, files)
    assert case_codes(result, 0) == ["editable_empty"]
    assert case_codes(result, 1) == ["editable_corrupt"]
    assert case_codes(result, 2) == ["editable_legacy_format"]
    assert result.verdict == "return_for_correction"


def test_materials_in_a_zip_with_gbk_names_are_checked_inside(tmp_path: Path) -> None:
    inner = {k: v for k, v in good_disc().items() if not k.endswith(".xlsx")}
    files = {"汇总表.xlsx": S.summary_xlsx(rows()), "申报材料.zip": S.zip_of(inner, gbk=True)}
    result, codes = check(tmp_path, files)
    assert codes == ["archive_gbk_names", "materials_in_zip"]
    assert result.verdict == "accept_with_notes"
    first = result.linking.cases[0].paths["editable"][0]
    assert first == f"/申报材料.zip!/1-{NAMES[0]}/{NAMES[0]}-可编辑版.docx"


def test_a_rar_damaged_past_its_signature_is_named(tmp_path: Path) -> None:
    files = {"汇总表.xlsx": S.summary_xlsx(rows()), "申报材料.rar": b"Rar!\x1a\x07\x00" + b"x" * 99}
    result, _ = check(tmp_path, files)
    damaged = next(f for f in result.findings if f.code == "file_unreadable")
    assert damaged.path == "/申报材料.rar" and damaged.params == {"why": "archive_damaged"}
    assert all(case_codes(result, i) == ["case_not_on_disc"] for i in range(3))


def test_six_cases_and_a_repeated_order(tmp_path: Path) -> None:
    names = [*NAMES, "人才实训基地共建", "标注质量标准研制", "乡村振兴标注产业园"]
    files = good_disc(names)
    files["附件2：数据标注优秀案例申报汇总表.xlsx"] = S.summary_xlsx(
        rows(names, orders=[1, 2, 2, 3, 4, 5]))
    result, codes = check(tmp_path, files)
    assert {"summary_over_limit", "summary_duplicate_order"} <= set(codes)
    assert len(result.linking.cases) == 6


def test_names_differing_by_bracket_width_or_quotes_still_tie(tmp_path: Path) -> None:
    files = good_disc(["医疗影像标注平台(一期)", *NAMES[1:]])
    files["附件2：数据标注优秀案例申报汇总表.xlsx"] = S.summary_xlsx(
        rows(["《医疗影像标注平台（一期）》", *NAMES[1:]]))
    result, codes = check(tmp_path, files)
    assert codes == ["summary_name_mismatch"]
    assert result.verdict == "accept_with_notes"
    assert len(result.linking.cases) == 3 and result.linking.cases[0].paths["scan"]


def test_scans_as_loose_jpg_pages(tmp_path: Path) -> None:
    files = good_disc()
    del files[f"1-{NAMES[0]}/{NAMES[0]}-盖章版.pdf"]
    for page in (1, 2, 3):
        files[f"1-{NAMES[0]}/扫描件-{page}.jpg"] = S.scan_image(seal=page == 3)
    result, _ = check(tmp_path, files)
    assert case_codes(result, 0) == ["scan_as_images"]
    assert len(result.linking.cases[0].paths["scan"]) == 3
    assert result.verdict == "accept_with_notes"


def test_autorun_programs_lock_files_and_system_files(tmp_path: Path) -> None:
    files = good_disc()
    files["autorun.inf"] = b"[autorun]\r\nopen=setup.exe\r\n"
    files["setup.exe"] = b"MZ" + b"\0" * 500
    files[f"1-{NAMES[0]}/~${NAMES[0]}-可编辑版.docx"] = b"\x05lock"
    files["Thumbs.db"] = S.ole2({"Catalog": b"x"})
    result, codes = check(tmp_path, files)
    assert codes == ["autorun_present", "executable_present", "office_temp_file", "system_file"]
    assert result.verdict == "return_for_correction"
    assert result.linking.roles["/setup.exe"] == "executable"


def test_duplicates_and_a_correction_beside_the_old_file(tmp_path: Path) -> None:
    files = good_disc()
    folder = f"1-{NAMES[0]}"
    files[f"{folder}/{NAMES[0]}-可编辑版 - 副本.docx"] = files[f"{folder}/{NAMES[0]}-可编辑版.docx"]
    files[f"{folder}/{NAMES[0]}-盖章版（更正）.pdf"] = S.scan_pdf(4)
    result, codes = check(tmp_path, files)
    assert codes == ["duplicate_file", "superseded_file"]
    case = result.linking.cases[0]
    assert case.paths["scan"] == [f"/{folder}/{NAMES[0]}-盖章版（更正）.pdf"]
    assert result.linking.roles[f"/{folder}/{NAMES[0]}-盖章版.pdf"] == "superseded"


def test_cases_missing_from_the_disc_or_from_the_table(tmp_path: Path) -> None:
    files = good_disc()
    files["附件2：数据标注优秀案例申报汇总表.xlsx"] = S.summary_xlsx(
        rows([*NAMES[:2], "未送达的案例名称"]))
    result, _ = check(tmp_path, files)
    assert case_codes(result, 2) == ["case_not_on_disc"]
    extra = result.linking.cases[3]
    assert extra.row is None and case_codes(result, 3) == ["case_not_in_summary"]
    assert extra.where == f"/3-{NAMES[2]}"


def test_no_summary_table_and_an_old_xls_one(tmp_path: Path) -> None:
    files = good_disc()
    del files["附件2：数据标注优秀案例申报汇总表.xlsx"]
    result, codes = check(tmp_path, files)
    assert codes == ["summary_missing"] and len(result.linking.cases) == 3
    files["汇总表.xls"] = S.ole2({"Workbook": b"\x09\x08"})
    result, codes = check(tmp_path / "2", files)
    assert codes == ["summary_legacy_format", "summary_unreadable"]


def test_a_table_given_separately_and_the_unit_that_delivered(tmp_path: Path) -> None:
    files = good_disc()
    table = tmp_path / "table.xlsx"
    table.write_bytes(files.pop("附件2：数据标注优秀案例申报汇总表.xlsx"))
    result, codes = check(tmp_path, files, table=table, unit="宝鸡市数据局")
    assert codes == ["disc_unit_mismatch"] and result.table is not None
    result, codes = check(tmp_path / "2", files, table=table, unit="西安市数据局")
    assert codes == [] and result.verdict == "accept"


def test_an_8_3_disc_ties_files_by_the_name_inside_the_application(tmp_path: Path) -> None:
    tree = write_tree(tmp_path / "tree", {
        "HZB.XLSX": S.summary_xlsx(rows()),
        **{f"CASE{n}/SBS.DOCX": S.docx(name) for n, name in enumerate(NAMES, start=1)},
        **{f"CASE{n}/SCAN.PDF": S.scan_pdf(2) for n in range(1, 4)},
    })
    result = verify(genisoimage(tmp_path / "plain.iso", tree))
    codes = sorted({f.code for f in result.findings})
    assert "names_8_3_only" in codes and "unmatched_file" not in codes
    assert "case_not_in_summary" not in codes and "missing_scan" not in codes
    assert "editable_legacy_format" not in codes  # SBS.DOC is a .docx under an 8.3 name
    assert result.linking.cases[1].evidence["/CASE2/SBS.DOC"] == "inner"  # .DOCX cut to 8.3
    assert result.linking.cases[1].evidence["/CASE2/SCAN.PDF"] == "beside"


def test_an_ofd_scan_with_an_electronic_signature(tmp_path: Path) -> None:
    files = good_disc()
    del files[f"1-{NAMES[0]}/{NAMES[0]}-盖章版.pdf"]
    files[f"1-{NAMES[0]}/{NAMES[0]}-盖章版.ofd"] = S.ofd(signed=True, seal=False)
    # The OFD is one page: so is the form it signs (a 3-page form would lack two pages).
    editable = next(p for p in files if p.startswith("1-") and p.endswith(".docx"))
    files[editable] = S.docx(NAMES[0], pages=1)
    result, _ = check(tmp_path, files)
    assert case_codes(result, 0) == ["ofd_signed"]
    assert result.verdict == "accept"


def test_an_unreadable_image_has_its_own_verdict(tmp_path: Path) -> None:
    image = tmp_path / "blank.iso"
    image.write_bytes(b"\0" * 40 * 2048)
    result = verify(image)
    assert result.verdict == "unreadable"
