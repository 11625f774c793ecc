"""What one unit delivers, built in code: its disc as an ISO image, with the summary table,
and per case the editable version and the stamped scan."""

from __future__ import annotations

from pathlib import Path

import submissions as S
from images import pycdlib_hybrid

from app.demo.materials import scan_pdf

SUMMARY = "附件2：数据标注优秀案例申报汇总表.xlsx"


def case_names(unit: str, count: int) -> list[str]:
    return [f"{unit}数据标注案例{n}" for n in range(1, count + 1)]


def disc_files(unit: str, names: list[str], *, without_scan: tuple[int, ...] = (),
               half_sealed: tuple[int, ...] = (), pages: int = 2) -> dict[str, bytes]:
    rows = [(order, name, f"{unit}下属某科技有限公司{order}", "行业应用深化", "张三",
             "13800000000") for order, name in enumerate(names, start=1)]
    files = {SUMMARY: S.summary_xlsx(rows, unit=unit)}
    for order, name in enumerate(names, start=1):
        files[f"{order}-{name}/{name}-可编辑版.docx"] = S.docx(name)
        if order in half_sealed:  # a seal that took ink on one side only
            files[f"{order}-{name}/{name}-盖章版.pdf"] = scan_pdf(pages, half=True, mark=(
                f"{unit.encode('utf-8').hex()[:24]}-{order}"), seal_name=rows[order - 1][2])
        elif order not in without_scan:
            files[f"{order}-{name}/{name}-盖章版.pdf"] = S.scan_pdf(
                pages, mark=f"{unit.encode('utf-8').hex()[:24]}-{order}",
                seal_name=rows[order - 1][2])
    return files


def disc_image(out: Path, unit: str, names: list[str], **options: object) -> Path:
    return pycdlib_hybrid(out, disc_files(unit, names, **options))  # type: ignore[arg-type]
