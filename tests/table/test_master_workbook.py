"""The master workbook the experts start from: it opens (in LibreOffice too), every case links
to its files as received, the columns people fill in are limited, and reading it back changes
nothing unless someone wrote a remark."""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import subprocess
from pathlib import Path

import openpyxl
import pytest
from deliveries import case_names, disc_image

from app.cli.main import main
from app.errors import RegisterError
from app.services.ingest import add_disc
from app.services.register import Register
from app.services.workbook import CASES, FILES, UNITS, export_workbook, import_workbook
from app.store.state_seal import check

SHANGHAI = dt.timezone(dt.timedelta(hours=8))
CALL = "shaanxi-2025-data-annotation"
UNITS_DELIVERING = {"西安市数据局": 3, "宝鸡市数据局": 2}


@pytest.fixture
def reg(hermetic: Path, tmp_path: Path) -> Register:
    with Register(hermetic) as register:
        for unit, count in UNITS_DELIVERING.items():
            image = disc_image(tmp_path / f"{unit}.iso", unit, case_names(unit, count),
                               without_scan=(2,) if count == 3 else ())
            add_disc(register, image, unit,
                     received_at=dt.datetime(2025, 10, 22, 9, tzinfo=SHANGHAI))
        yield register


def audit_size(reg: Register) -> int:
    return int(reg.conn.execute("SELECT count(*) FROM audit").fetchone()[0])


def test_units_cases_files_with_links_filters_and_lists(reg: Register, tmp_path: Path) -> None:
    target = tmp_path / "out" / "数据标注优秀案例汇总.xlsx"
    target.parent.mkdir()
    result = export_workbook(reg, CALL, target)
    assert (result.units, result.cases) == (2, 5) and not result.missing
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [UNITS, CASES, FILES]
    cases = book[CASES]
    header = [c.value for c in cases[1]]
    assert header[:6] == ["编号", "推荐单位", "推荐顺序", "案例名称", "申报单位", "申报方向"]
    for ws in book.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    name_col = header.index("案例名称") + 1
    width = cases.column_dimensions[openpyxl.utils.get_column_letter(name_col)].width
    assert width >= 2 * len("西安市数据局数据标注案例1") - 2  # Chinese characters are wide
    rows = {r[0].value: r for r in cases.iter_rows(min_row=2)}
    case2 = rows["SJBZ-2025-GP001#2"]
    assert case2[header.index("盖章版")].value == "否"
    assert "缺少盖章版扫描件" in case2[header.index("问题")].value
    linked = 0
    for row in cases.iter_rows(min_row=2):
        for column in ("可编辑版文件", "盖章版文件"):
            cell = row[header.index(column)]
            if cell.hyperlink is None:
                continue
            file = target.parent / cell.hyperlink.target
            assert file.is_file(), cell.hyperlink.target
            linked += 1
    assert linked == 9  # 5 editable versions and 4 scans
    copied = [row for row in book[FILES].iter_rows(min_row=2) if row[2].hyperlink is not None]
    assert len(copied) == 11  # the 9 case files and the two summary tables
    for row in copied:
        data = (target.parent / row[2].hyperlink.target).read_bytes()
        assert hashlib.sha256(data).hexdigest() == row[7].value
    ranges = {str(v.sqref): v for v in cases.data_validations.dataValidation}
    review = openpyxl.utils.get_column_letter(header.index("初审意见") + 1)
    assert any(k.startswith(f"{review}2") and v.type == "list" and "推荐" in v.formula1
               for k, v in ranges.items())
    remark = openpyxl.utils.get_column_letter(header.index("备注") + 1)
    assert any(k.startswith(f"{remark}2") and v.type == "textLength" for k, v in ranges.items())


def test_reading_an_unchanged_workbook_back_changes_nothing(reg: Register,
                                                             tmp_path: Path) -> None:
    target = tmp_path / "汇总.xlsx"
    export_workbook(reg, CALL, target, copy_files=False)
    before = (audit_size(reg), reg.conn.execute("SELECT value FROM meta WHERE key = "
                                                "'state_seal'").fetchone()[0])
    result = import_workbook(reg, target)
    assert not result.changed and not result.ignored and not result.unknown
    assert (audit_size(reg), reg.conn.execute("SELECT value FROM meta WHERE key = "
                                              "'state_seal'").fetchone()[0]) == before


def test_remarks_come_back_facts_do_not(reg: Register, tmp_path: Path) -> None:
    target = tmp_path / "汇总.xlsx"
    export_workbook(reg, CALL, target, copy_files=False)
    book = openpyxl.load_workbook(target)
    cases = book[CASES]
    header = [c.value for c in cases[1]]
    first = cases[2]
    first[header.index("初审意见")].value = "推荐"
    first[header.index("备注")].value = "材料齐全，建议进入专家评审"
    first[header.index("案例名称")].value = "改过的名称"
    book.save(target)
    result = import_workbook(reg, target)
    assert [(c[2], c[4]) for c in result.changed] == [("初审意见", "推荐"),
                                                      ("备注", "材料齐全，建议进入专家评审")]
    assert result.ignored == [(CASES, first[0].value, "案例名称")]
    assert reg.conn.execute("SELECT action FROM audit ORDER BY seq DESC").fetchone()[0] == \
        "workbook.import"
    assert check(reg.conn, reg.key()) == []  # the remarks are sealed with the records
    again = tmp_path / "again.xlsx"
    export_workbook(reg, CALL, again, copy_files=False)
    row = openpyxl.load_workbook(again)[CASES][2]
    assert row[header.index("初审意见")].value == "推荐"
    assert row[header.index("案例名称")].value != "改过的名称"
    assert not import_workbook(reg, again).changed


def test_a_file_that_is_not_a_workbook_is_named(reg: Register, tmp_path: Path) -> None:
    bad = tmp_path / "汇总.xlsx"
    bad.write_bytes(b"not a workbook")
    with pytest.raises(RegisterError) as raised:
        import_workbook(reg, bad)
    assert raised.value.code == "workbook_unreadable" and raised.value.params["path"] == str(bad)


@pytest.mark.skipif(shutil.which("soffice") is None,
                    reason="LibreOffice is not installed (.ci/run installs it)")
def test_libreoffice_opens_the_workbook(reg: Register, hermetic: Path, tmp_path: Path) -> None:
    target = tmp_path / "汇总.xlsx"
    reg.close()
    assert main(["--data", str(hermetic), "export", CALL, "--xlsx", str(target)]) == 0
    out = tmp_path / "converted"
    done = subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "ods", "--outdir", str(out), str(target)],
        capture_output=True, text=True, timeout=180, check=False)
    assert done.returncode == 0, done.stderr
    assert (out / "汇总.ods").stat().st_size > 5000
