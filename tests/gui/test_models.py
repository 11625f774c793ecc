"""The table models and the case filter, tested without any widget."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from app.core.findings import Finding
from app.gui.models.cases import CaseFilter, CasesModel
from app.gui.models.deliveries import DeliveriesModel
from app.gui.models.findings import FindingsModel
from app.gui.models.rows import ROW_ROLE, SORT_ROLE
from app.services.case_list import CaseLine
from app.services.desk_view import DeliveryRow
from app.services.intake import Waiver
from app.services.standing import SealState
from app.services.status import DeliveryLine, Shown

ZONE = dt.timezone(dt.timedelta(hours=8))


def line(unit: str, index: int, *, scan: bool = True, seal: bool = True, paper: int = 2,
         direction: str = "行业应用深化") -> CaseLine:
    findings = [] if scan else [Shown(f"D:{index}", Finding("missing_scan"), case=index)]
    return CaseLine(unit, "SJBZ-2025-GP001", index, index, f"案例{index}", "某公司", direction,
                    editable_paths=["/a.docx"], scan_paths=["/a.pdf"] if scan else [],
                    seal_pages=[1] if scan and seal else [], paper=paper, findings=findings,
                    seal=SealState("found", (1,)) if scan and seal else
                    SealState("none" if scan else "no_scan"))


def shown_column(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_cases_show_clear_marks_and_filter_by_what_is_missing(qapp) -> None:
    model = CasesModel(paper_copies=2)
    model.set_rows([line("西安市数据局", 1), line("西安市数据局", 2, scan=False),
                    line("宝鸡市数据局", 1, seal=False, paper=1, direction="技术研发创新")])
    assert shown_column(model, 6) == ["✓", "✗", "✓"]
    assert shown_column(model, 7) == ["red seal seen (page 1)", "—", "not found"]
    assert shown_column(model, 8) == ["2/2", "2/2", "1/2"]
    assert model.data(model.index(1, 10)) == "Stamped scan missing"
    assert model.data(model.index(1, 6), Qt.ItemDataRole.ForegroundRole) is not None
    proxy = CaseFilter()
    proxy.setSourceModel(model)
    proxy.set(lacking="scan")
    assert proxy.rowCount() == 1
    proxy.set(lacking="seal")
    assert proxy.data(proxy.index(0, 0), ROW_ROLE).unit == "宝鸡市数据局"
    proxy.set(lacking="paper", unit="西安市数据局")
    assert proxy.rowCount() == 0
    proxy.set(lacking="", unit="", direction="技术研发创新")
    assert proxy.rowCount() == 1
    proxy.set(direction="", verdict="return_for_correction")
    assert [proxy.data(proxy.index(r, 2)) for r in range(proxy.rowCount())] == ["案例2"]
    proxy.set(verdict="", text="宝鸡")
    assert proxy.rowCount() == 1


def test_deliveries_say_late_and_sort_by_time(qapp) -> None:
    early = DeliveryLine("SJBZ-2025-0001", dt.datetime(2025, 10, 20, 9, 40, tzinfo=ZONE), "hand",
                         "李明", True, False)
    late = DeliveryLine("SJBZ-2025-0002", dt.datetime(2025, 10, 25, 9, 0, tzinfo=ZONE),
                        "courier", "王五", False, True, tracking="SF1")
    model = DeliveriesModel()
    model.set_rows([DeliveryRow("甲", late, ("SJBZ-2025-GP001",), "accept"),
                    DeliveryRow("乙", early, (), None)])
    assert model.data(model.index(0, 2)) == "2025-10-25 09:00 (late)"
    assert model.data(model.index(0, 3)) == "by courier"
    assert model.data(model.index(1, 7)) == "—"
    assert model.data(model.index(0, 2), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(1, 2), Qt.ItemDataRole.ForegroundRole) is None
    assert model.data(model.index(0, 0), SORT_ROLE) == "SJBZ-2025-0002"


def test_findings_show_their_waiver(qapp) -> None:
    waiver = Waiver("k", "scan_unstamped", "经核实", "clerk", "2025-10-21T10:00:00+08:00")
    model = FindingsModel()
    model.set_rows([Shown("k", Finding("scan_unstamped", "/1/a.pdf"), waiver, "D", 1),
                    Shown("m", Finding("missing_scan"), None, "D", 2)])
    assert shown_column(model, 0) == ["Error", "Error"]
    assert model.data(model.index(0, 5)) == "waived: 经核实 (clerk, 2025-10-21 10:00)"
    assert model.data(model.index(1, 5)) == ""
    assert model.data(model.index(0, 2)) == "1"
