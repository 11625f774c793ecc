"""The disc page's two lists: the cases as the check tied them (editable version, scan and its
pages, the seal with its picture, problems) and the disc's files as a tree with their roles."""

from __future__ import annotations

import base64
import html

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.core.entities import DiscReading, filesystems_text
from app.core.sizes import human_size
from app.documents.pdf import PageSeal
from app.gui.lang import SEVERITY_COLOURS, core_lang
from app.gui.widgets import fit_columns, read_only
from app.services.seal_naming import CaseSeals
from app.services.standing import SealState
from app.services.status import Shown
from app.services.verify import Verification

SEAL_ICON = QSize(44, 44)  # small enough for five cases in view on a 1366x768 screen
SEAL_HOVER = 300  # px: the seal as large as the clerk needs to read its words


def seal_hover(png: bytes, caption: str) -> str:
    """The seal's picture large, for the pointer resting on its thumbnail."""
    data = base64.b64encode(png).decode("ascii")
    width = min(SEAL_HOVER, QImage.fromData(png, "PNG").width() or SEAL_HOVER)  # never blown up
    return (f'<img src="data:image/png;base64,{data}" width="{width}"><br>'
            f"{html.escape(caption)}")


class CasesTable(QTableWidget):
    """One row per case; the seal column shows the seal found (or the ring in doubt), and a
    person's answer once one was given."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        read_only(self)
        self.setHorizontalHeaderLabels([
            self.tr("Order"), self.tr("Case"), self.tr("Applicant"), self.tr("Editable version"),
            self.tr("Stamped scan"), self.tr("Seal"), self.tr("Problems")])
        self.setIconSize(SEAL_ICON)
        self.verticalHeader().setDefaultSectionSize(SEAL_ICON.height() + 6)

    def show(self, v: Verification) -> None:
        lang = core_lang()
        self.setRowCount(len(v.linking.cases))
        for row, case in enumerate(v.linking.cases):
            editable = case.paths["editable"]
            scans = case.paths["scan"]
            pages, seal_pages = v.scan_pages(row)
            packed = bool(scans) and all(path in v.unchecked for path in scans)
            scans_read = v.scans_of(row)
            seals = [seal for scan in scans_read for seal in scan.seals]
            doubts = [seal for scan in scans_read for seal in scan.doubts]
            pictures = [seal.crop_png for seal in seals + doubts if seal.crop_png]
            problems = v.case_findings[row]
            cells = [
                "—" if case.order is None else str(case.order),
                case.name or "—",
                case.row.applicant if case.row else self.tr("(not in the summary table)"),
                "✓ " + editable[0].rsplit("/", 1)[-1] if editable else "✗ " + self.tr("missing"),
                self._scan_text(bool(scans), packed, pages),
                ("? " + self.tr("not checked: not unpacked") if packed
                 else self._seal_text(seal_pages, seals, doubts, bool(scans),
                                      v.seal_names[row] if row < len(v.seal_names) else None)),
                "；".join(f.text(lang) for f in problems) or self.tr("none"),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 5 and pictures:
                    picture = QPixmap()
                    picture.loadFromData(pictures[0], "PNG")
                    item.setIcon(QIcon(picture))
                    item.setToolTip(seal_hover(pictures[0], text))
                if text.startswith("✗"):
                    item.setForeground(SEVERITY_COLOURS["error"])
                if text.startswith("?"):
                    item.setForeground(SEVERITY_COLOURS["warning"])
                if column == 6 and problems:
                    worst = max(problems, key=lambda f: f.severity.rank)
                    item.setForeground(SEVERITY_COLOURS[worst.severity.value])
                    item.setToolTip("\n".join(f.text(lang) for f in problems))
                self.setItem(row, column, item)
        fit_columns(self)

    def _scan_text(self, present: bool, packed: bool, pages: int) -> str:
        if not present:
            return "✗ " + self.tr("missing")
        if packed:
            return "✓ " + self.tr("packed")
        if not pages:  # encrypted or damaged: there, but nobody can look at it
            return "✗ " + self.tr("cannot be opened")
        return self.tr("✓ {pages} pages").format(pages=pages)

    def show_seal_checks(self, findings: list[Shown]) -> None:
        """A person's answer on a doubtful seal stands in the case's row, as on every paper."""
        for shown in findings:
            check, row = shown.seal_check, (shown.case or 0) - 1
            item = self.item(row, 5) if check is not None and row >= 0 else None
            if item is None or check is None:
                continue
            state = SealState("checked_stamped" if check.stamped else "checked_unstamped",
                              by=check.checked_by)
            item.setText(("✓ " if check.stamped else "✗ ") + state.words(core_lang())
                         + f" · {check.checked_by}")
            item.setForeground(SEVERITY_COLOURS["error"] if not check.stamped
                               else self.palette().text().color())

    def _seal_text(self, seal_pages: list[int], seals: list[PageSeal], doubts: list[PageSeal],
                   has_scan: bool, named: CaseSeals | None) -> str:
        if seal_pages and named is not None and named.matched:  # whose seal, and where
            return self.tr("{name}, page {page}").format(name=named.matched, page=named.page)
        if seal_pages and all(seal.electronic for seal in seals):
            return self.tr("electronic seal, page {pages}").format(
                pages=", ".join(map(str, seal_pages)))
        if seal_pages:
            return self.tr("page {pages}").format(pages=", ".join(map(str, seal_pages)))
        if doubts:
            return "? " + self.tr("not sure, page {pages}: look").format(
                pages=", ".join(str(p) for p in sorted({d.page for d in doubts})))
        return "✗ " + self.tr("not found") if has_scan else "—"



class FilesTree(QTreeWidget):
    """The disc's files in their folders, with the role and case the check gave each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Case"),
                              self.tr("Size"), self.tr("Type"), "SHA-256"])
        self.setAlternatingRowColors(True)

    def _role_text(self, role: str) -> str:
        return {"editable": self.tr("editable version"), "scan": self.tr("stamped scan"),
                "proof": self.tr("proof"), "summary": self.tr("summary table"),
                "summary_scan": self.tr("summary table scan"), "archive": self.tr("archive"),
                "executable": self.tr("program"), "autorun": self.tr("autorun"),
                "shortcut": self.tr("shortcut"),
                "junk": self.tr("junk"), "note": self.tr("read-me note"),
                "superseded": self.tr("superseded"), "document": self.tr("other document"),
                "other": self.tr("other")}.get(role, role)

    def show(self, v: Verification) -> None:
        self.clear()
        folders: dict[str, QTreeWidgetItem] = {}

        def folder(path: str) -> QTreeWidgetItem | None:
            if path in ("", "/"):
                return None
            if path not in folders:
                parent_path, name = path.rsplit("/", 1)
                node = QTreeWidgetItem([name + "/"])
                parent = folder(parent_path)
                if parent is None:
                    self.addTopLevelItem(node)
                else:
                    parent.addChild(node)
                folders[path] = node
            return folders[path]

        for item in v.items:
            role = v.linking.roles.get(item.path, "other")
            index = v.linking.case_of.get(item.path)
            parent_path, name = item.path.rsplit("/", 1) if "/" in item.path else ("", item.path)
            node = QTreeWidgetItem([name, self._role_text(role),
                                    "" if index is None else str(index + 1),
                                    human_size(item.size), item.type or "",
                                    item.sha256 or self.tr("incomplete")])
            node.setData(0, Qt.ItemDataRole.UserRole, item.path)
            node.setToolTip(0, item.path)
            node.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            parent = folder(parent_path)
            if parent is None:
                self.addTopLevelItem(node)
            else:
                parent.addChild(node)
        self.expandAll()
        for column in range(self.columnCount() - 1):
            self.resizeColumnToContents(column)
            self.setColumnWidth(column, min(self.columnWidth(column), 360))


class DiscSummary(QGroupBox):
    """The disc's particulars, two pairs a line: three lines, so the cases get the room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Disc"), parent)
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        self.labels: dict[str, QLabel] = {}
        for number, (key, title) in enumerate((
                ("disc", self.tr("Disc number")), ("label", self.tr("Disc label")),
                ("readable", self.tr("Readable")), ("source", self.tr("Source")),
                ("filesystems", self.tr("File systems")), ("sha256", self.tr("Image SHA-256")))):
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = value
            row, column = number % 3, 2 * (number // 3)
            grid.addWidget(QLabel(title), row, column)
            grid.addWidget(value, row, column + 1)

    def show(self, reading: DiscReading, disc_number: str | None, unit: str) -> None:
        volume = reading.volume
        readable = {True: self.tr("readable"), "partial": self.tr("partly readable"),
                    False: self.tr("unreadable")}[reading.readable]
        values = {
            "disc": f"{disc_number}  ({unit})" if disc_number else self.tr("not recorded"),
            "source": f"{reading.source.path}  ({human_size(reading.source.size)})",
            "label": volume.label if volume and volume.label else "—",
            "filesystems": filesystems_text(volume.filesystems) if volume and volume.filesystems
            else "—",
            "readable": readable,
            "sha256": reading.source.sha256 or "—",
        }
        for key, value in values.items():
            self.labels[key].setText(value)
