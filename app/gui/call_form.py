"""A call's rules in a form: what it is and when it ends, what each case must hold, how its
records are numbered (with a preview), and the severity of each finding. The register checks
the whole and says what is wrong; the form stays open until it is right."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.details import FIELD_NAMES
from app.core.findings import CATALOGUE
from app.core.rules import DEFAULT_NUMBERS, SUMMARY_FIELDS, CallRules
from app.gui.lang import core_lang
from app.services.call_records import CallChanges, proof_of, split_words

LEVELS = ("", "error", "warning", "info")
ZONES = (("Asia/Shanghai", QT_TRANSLATE_NOOP("CallForm", "Beijing time")),
         ("Asia/Urumqi", QT_TRANSLATE_NOOP("CallForm", "Urumqi time")),
         ("Asia/Hong_Kong", QT_TRANSLATE_NOOP("CallForm", "Hong Kong time")),
         ("Asia/Macau", QT_TRANSLATE_NOOP("CallForm", "Macao time")))


def pattern_of(template: str) -> str:
    """SJBZ-{year}-{number:04d} as a clerk writes it: SJBZ-YYYY-####."""
    def digits(match: re.Match[str]) -> str:
        return "#" * int(match.group(1) or 1)
    return re.sub(r"\{number(?::0?(\d+)d)?\}", digits, template.replace("{year}", "YYYY"))


def template_of(pattern: str) -> str:
    """The clerk's SJBZ-YYYY-#### as the register keeps it; braces typed are no fields."""
    text = pattern.strip().replace("{", "{{").replace("}", "}}").replace("YYYY", "{year}")
    return re.sub(r"#+", lambda m: f"{{number:0{len(m.group(0))}d}}", text, count=1)


class CallForm(QDialog):
    """`mapping`: the call as it stands (or the one copied); `code_free`: the code is typed
    (a new call) rather than shown."""

    def __init__(self, mapping: dict[str, Any], *, code_free: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Call for submissions"))
        self.lang = core_lang()
        self.code = QLineEdit(str(mapping.get("id", "")))
        self.code.setReadOnly(not code_free)
        self.code.setPlaceholderText(self.tr("may stay empty: one is made from the year"))
        title = mapping.get("title") or {}
        self.title = QLineEdit(title.get("zh", ""))
        self.subject = QLineEdit((mapping.get("subject") or {}).get("zh", ""))
        self.subject.setPlaceholderText(self.tr("as the forms' titles name it; empty: the "
                                                "title"))
        self.issuer = QLineEdit(str(mapping.get("issuer", "")))
        zone = str(mapping.get("time_zone", "Asia/Shanghai"))
        deadline = mapping.get("deadline")
        shown = CallRules.from_mapping({"id": "-", "time_zone": zone})
        self.deadline = QLineEdit(
            shown.shown(dt.datetime.fromisoformat(deadline)) if deadline else "")
        self.deadline.setPlaceholderText("2026-03-31 17:00")
        self.zone = QComboBox()  # named as people name them, not "Asia/Shanghai"
        for name, text in ZONES:
            self.zone.addItem(self.tr(text), name)
        if self.zone.findData(zone) < 0:
            self.zone.addItem(zone, zone)  # a call made elsewhere keeps its zone
        self.zone.setCurrentIndex(self.zone.findData(zone))
        self.max_cases = _spin(1, int(mapping.get("max_cases", 5)))
        self.paper_copies = _spin(0, int(mapping.get("paper_copies", 2)))
        self.directions = QPlainTextEdit("\n".join(mapping.get("directions") or []))
        self.directions.setPlaceholderText(self.tr("one direction per line; none: any"))
        self.email_subject = QLineEdit(str(mapping.get("email_subject", "")))
        self.email_subject.setPlaceholderText("{unit}+数据标注优秀案例")

        requires = mapping.get("requires") or {}
        self.requires = {key: QCheckBox(text) for key, text in (
            ("editable", self.tr("an editable version")),
            ("scan", self.tr("a stamped scan")),
            ("summary", self.tr("a row in the summary table (附件2)")))}
        for key, box in self.requires.items():
            box.setChecked(bool(requires.get(key, True)))
        wanted = set(mapping.get("required_fields") or ("name", "applicant", "direction"))
        self.fields = {name: QCheckBox(FIELD_NAMES[name][0 if self.lang == "zh" else 1])
                       for name in SUMMARY_FIELDS if name != "order"}
        for name, box in self.fields.items():
            box.setChecked(name in wanted)
        self.proofs = QPlainTextEdit("\n".join(
            f"{p['name']}：{'，'.join(p.get('words') or [])}"
            for p in mapping.get("proofs") or []))
        self.proofs.setPlaceholderText(self.tr("one per line: name：words in its file name, e.g. "
                                               "营业执照复印件：营业执照，执照"))
        self.columns = QPlainTextEdit("\n".join(
            f"{FIELD_NAMES[k][0]}：{'，'.join(v)}" for k, v in
            (mapping.get("columns") or {}).items() if k in FIELD_NAMES))
        self.columns.setPlaceholderText(self.tr("the call's own column names, e.g. "
                                                "申报单位：填报单位"))

        numbers = {**DEFAULT_NUMBERS, **(mapping.get("numbers") or {})}
        # Numbers as offices write them on their forms: YYYY the year, # one digit.
        self.receipt_format = QLineEdit(pattern_of(numbers["receipt"]))
        self.disc_format = QLineEdit(pattern_of(numbers["disc"]))
        for field in (self.receipt_format, self.disc_format):
            field.setToolTip(self.tr("YYYY stands for the year, each # for a digit of the "
                                     "running number: SJBZ-YYYY-#### gives SJBZ-2026-0001."))
        self.preview = QLabel()
        for field in (self.receipt_format, self.disc_format, self.deadline):
            field.textChanged.connect(self._preview)
        self.zone.currentIndexChanged.connect(self._preview)

        self.severities = QTableWidget(len(CATALOGUE), 2)
        self.severities.setHorizontalHeaderLabels([self.tr("Problem"), self.tr("Severity")])
        self.severities.verticalHeader().setVisible(False)
        chosen = mapping.get("severities") or {}
        level_words = {"": self.tr("as usual"), "error": self.tr("error"),
                       "warning": self.tr("warning"), "info": self.tr("note")}
        self.level_boxes: dict[str, QComboBox] = {}
        for row, (code, kind) in enumerate(CATALOGUE.items()):
            item = QTableWidgetItem(kind.zh if self.lang == "zh" else kind.en)
            item.setToolTip(code)
            self.severities.setItem(row, 0, item)
            box = QComboBox()
            for level in LEVELS:
                usual = f" ({level_words[kind.severity.value]})" if not level else ""
                box.addItem(level_words[level] + usual, level)
            box.setCurrentIndex(LEVELS.index(chosen.get(code, "")))
            self.level_boxes[code] = box
            self.severities.setCellWidget(row, 1, box)
        self.severities.resizeColumnsToContents()
        self.severities.horizontalHeader().setStretchLastSection(True)

        tabs = QTabWidget()
        tabs.addTab(_form((self.tr("Code"), self.code), (self.tr("Title"), self.title),
                          (self.tr("What is submitted"), self.subject),
                          (self.tr("Issued by"), self.issuer),
                          (self.tr("Deadline"), self.deadline),
                          (self.tr("Time zone"), self.zone),
                          (self.tr("Cases per unit at most"), self.max_cases),
                          (self.tr("Paper copies per case"), self.paper_copies),
                          (self.tr("Directions"), self.directions),
                          (self.tr("E-mail subject"), self.email_subject)),
                    self.tr("The call"))
        tabs.addTab(_form((self.tr("Each case needs"), _column(*self.requires.values())),
                          (self.tr("Proofs each case needs"), self.proofs),
                          (self.tr("Summary table: required fields"),
                           _column(*self.fields.values())),
                          (self.tr("Summary table: column names"), self.columns)),
                    self.tr("Materials"))
        tabs.addTab(_form((self.tr("Receipt numbers"), self.receipt_format),
                          (self.tr("Disc numbers"), self.disc_format),
                          (self.tr("The first ones"), self.preview)),
                    self.tr("Numbers"))
        tabs.addTab(self.severities, self.tr("Severities"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.resize(720, 560)
        self._preview()

    def _preview(self) -> None:
        """The first receipt and disc numbers as the formats give them, or what is wrong."""
        try:
            rules = CallRules.from_mapping({
                "id": "-", "time_zone": self.zone.currentData(),
                "numbers": self.numbers()})
            year = _year(self.deadline.text(), rules)
            texts = [rules.numbers[s].format(year=year, number=1) for s in ("receipt", "disc")]
            self.preview.setText(self.tr("receipt {receipt}, disc {disc}").format(
                receipt=texts[0], disc=texts[1]))
            self.preview.setStyleSheet("")
        except (ValueError, KeyError, IndexError):
            self.preview.setText(self.tr("These cannot number anything: write # for each digit "
                                         "of the number (and YYYY for the year), e.g. "
                                         "SJBZ-YYYY-####."))
            self.preview.setStyleSheet("color: #b3261e;")

    def numbers(self) -> dict[str, str]:
        return {"receipt": template_of(self.receipt_format.text()),
                "disc": template_of(self.disc_format.text())}

    def changes(self) -> CallChanges:
        return CallChanges(
            title=self.title.text(), subject=self.subject.text(), issuer=self.issuer.text(),
            deadline=self.deadline.text(), time_zone=self.zone.currentData(),
            max_cases=self.max_cases.value(), paper_copies=self.paper_copies.value(),
            directions=self.directions.toPlainText().splitlines(),
            proofs=[p for p in map(proof_of, self.proofs.toPlainText().splitlines()) if p],
            requires={key: box.isChecked() for key, box in self.requires.items()},
            required_fields=[name for name, box in self.fields.items() if box.isChecked()],
            columns=_columns(self.columns.toPlainText()),
            email_subject=self.email_subject.text(),
            numbers=self.numbers(),
            severities={code: box.currentData() for code, box in self.level_boxes.items()
                        if box.currentData()})


def _spin(least: int, value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(least, 999)
    spin.setValue(max(least, value))
    return spin


def _form(*rows: tuple[str, QWidget]) -> QWidget:
    page = QWidget()
    form = QFormLayout(page)
    for text, field in rows:
        form.addRow(text, field)
    return page


def _column(*boxes: QWidget) -> QWidget:
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for box in boxes:
        layout.addWidget(box)
    return holder


def _year(typed: str, rules: CallRules) -> int:
    try:
        return rules.local_time(typed).year if typed.strip() else rules.year
    except ValueError:
        return rules.year


def _columns(text: str) -> dict[str, list[str]]:
    """申报单位：填报单位 — a field named in Chinese or English, then the call's words."""
    by_name = {word: key for key, names in FIELD_NAMES.items() for word in (key, *names)}
    found: dict[str, list[str]] = {}
    for line in text.splitlines():
        name, _, words = line.replace("：", ":").partition(":")
        key = by_name.get(name.strip())
        if key is not None and split_words(words):
            found[key] = split_words(words)
    return found
