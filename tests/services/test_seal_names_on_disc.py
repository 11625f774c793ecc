"""The seal's name on a disc: a scan stamped by another company is said on its own case, the
name a seal bears is what the report, the window and the sheet show, and a greyscale scan whose
ring bears the applicant's name is stamped."""

from __future__ import annotations

from pathlib import Path

import submissions as S
from test_verify_disc import NAMES, case_codes, check, rows

from app.core.details import detail_text
from app.services.disc_report import verification_report
from app.services.standing import seal_state

TABLE = "附件2：数据标注优秀案例申报汇总表.xlsx"
APPLICANTS = [row[2] for row in rows()]  # 陕西某某0科技有限公司, …
STRANGER = "宝鸡智联数据服务有限公司"


def disc(seal_names: list[str], grey: bool = False) -> dict[str, bytes]:
    files = {TABLE: S.summary_xlsx(rows())}
    for order, (name, seal) in enumerate(zip(NAMES, seal_names, strict=True), start=1):
        files[f"{order}-{name}/{name}-可编辑版.docx"] = S.docx(name)
        files[f"{order}-{name}/{name}-盖章版.pdf"] = S.named_scan_pdf(seal, 2, grey=grey)
    return files


def test_another_companys_seal_is_said_on_its_case_only(tmp_path: Path) -> None:
    result, _ = check(tmp_path, disc([APPLICANTS[0], STRANGER, APPLICANTS[2]]))
    assert "scan_seal_other_unit" not in case_codes(result, 0)
    assert "scan_seal_other_unit" in case_codes(result, 1)
    assert "scan_seal_other_unit" not in case_codes(result, 2)
    other = next(f for f in result.case_findings[1] if f.code == "scan_seal_other_unit")
    said = detail_text(other.code, other.params, other.detail, "zh_CN")
    assert "宝鸡智联" in said and APPLICANTS[1] in said and "第1页" in said
    report = verification_report(result)
    first = report["cases"][0]["scan"]
    assert first["seal_name"] == APPLICANTS[0] and first["seal_name_page"] == 1
    words = seal_state(first, []).words("zh_CN")
    assert words == f"{APPLICANTS[0]}（第1页）"


def test_the_recommending_units_seal_is_no_strangers(tmp_path: Path) -> None:
    """The table's 推荐单位 (西安市数据局) may stamp the application as well as the applicant."""
    result, _ = check(tmp_path, disc(["西安市数据局", APPLICANTS[1], APPLICANTS[2]]))
    assert "scan_seal_other_unit" not in case_codes(result, 0)
    assert verification_report(result)["cases"][0]["scan"]["seal_name"] == "西安市数据局"


def test_a_grey_scan_whose_ring_bears_the_applicants_name_is_stamped(tmp_path: Path) -> None:
    result, _ = check(tmp_path, disc(APPLICANTS, grey=True))
    for index in range(3):
        codes = case_codes(result, index)
        assert "scan_grayscale" in codes and "scan_seal_uncertain" not in codes, codes
        assert "scan_unstamped" not in codes
    scan = verification_report(result)["cases"][0]["scan"]
    state = seal_state(scan, [])
    assert state.kind == "found_grey" and state.stamped
    assert state.words("zh_CN") == f"{APPLICANTS[0]}（第1页，灰度扫描）"


def test_a_scan_swapped_between_two_cases_is_said_on_both(tmp_path: Path) -> None:
    files = {TABLE: S.summary_xlsx(rows())}
    covers = [NAMES[1], NAMES[0], NAMES[2]]  # the first two cases' scans swapped
    for order, (name, cover) in enumerate(zip(NAMES, covers, strict=True), start=1):
        files[f"{order}-{name}/{name}-可编辑版.docx"] = S.docx(name)
        files[f"{order}-{name}/{name}-盖章版.pdf"] = S.named_scan_pdf(
            APPLICANTS[order - 1], 2, cover=cover)
    result, _ = check(tmp_path, files)
    assert "scan_other_case" in case_codes(result, 0)
    assert "scan_other_case" in case_codes(result, 1)
    assert "scan_other_case" not in case_codes(result, 2)
    said = next(f for f in result.case_findings[0] if f.code == "scan_other_case")
    assert detail_text(said.code, said.params, said.detail, "zh_CN") == (
        f"扫描件标题为另一案例：2.{NAMES[1]}")
