"""设置: the call's rules as the program applies them, where the data is kept, where the audit
key is kept (and the documented fallback when there is no keyring), the language, the demo."""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.findings import CATALOGUE
from app.core.progress import CancelToken, ProgressSink
from app.gui.desk import Desk
from app.gui.i18n import (
    keep_setting,
    save_language,
    saved_language,
    saved_operator,
    saved_setting,
    use_operator,
)
from app.services.desk_view import DeskView
from app.services.register import Register
from app.store.archive import ARCHIVE_ENV
from app.store.audit import DESK_ENV
from app.store.audit import desk as desk_name
from app.store.db import DB_ENV, database_id, database_url, shown_address
from app.store.desk_keys import own_public_key
from app.store.secrets import key_place, make_key_file


def _selectable(text: str = "—") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(label.textInteractionFlags().TextSelectableByMouse)
    return label


class SettingsPage(QWidget):
    demoRequested = Signal()
    demoLeft = Signal()

    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.rules: dict[str, QLabel] = {}
        rules = QFormLayout()
        for key, title in (("title", self.tr("Call")), ("issuer", self.tr("Issued by")),
                           ("deadline", self.tr("Deadline")),
                           ("quota", self.tr("Cases per unit at most")),
                           ("copies", self.tr("Paper copies per case")),
                           ("requires", self.tr("Each case needs")),
                           ("directions", self.tr("Directions")),
                           ("severities", self.tr("Severities changed by this call"))):
            self.rules[key] = _selectable()
            rules.addRow(title, self.rules[key])
        rules_box = QGroupBox(self.tr("The call's rules"))
        rules_box.setLayout(rules)

        self.folder = _selectable()
        self.key = _selectable()
        self.key_button = QPushButton(self.tr("Keep the key in a file…"))
        self.key_button.setVisible(False)
        self.key_button.clicked.connect(self.make_key_file)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key, 1)
        key_row.addWidget(self.key_button)
        self.database = QLineEdit(saved_setting("database"))
        self.database.setPlaceholderText(self.tr(
            "empty: this desk's own register; postgresql://user@server/register: the office's"))
        self.database.editingFinished.connect(self._database_chosen)
        self.desk_name = QLineEdit(saved_setting("desk"))
        self.desk_name.setPlaceholderText(self.tr("e.g. 收件台1 (empty: the computer's name)"))
        self.desk_name.setMaximumWidth(240)
        self.desk_name.editingFinished.connect(
            lambda: keep_setting("desk", self.desk_name.text()))
        data = QFormLayout()
        data.addRow(self.tr("Data folder"), self.folder)
        data.addRow(self.tr("Audit key"), key_row)
        data.addRow(self.tr("Register"), self.database)
        data.addRow(self.tr("This desk"), self.desk_name)
        self.archive = QLineEdit(saved_setting("archive"))
        self.archive.setPlaceholderText(self.tr(
            "empty: the data folder's archive; a shared folder every desk sees (SMB/NFS)"))
        self.archive.editingFinished.connect(
            lambda: keep_setting("archive", self.archive.text()))
        data.addRow(self.tr("Disc archive"), self.archive)
        # On a shared register IT registers each desk's public key (db trust-desk): shown here
        # to be copied, never the private key.
        self.signing_key = _selectable()
        self.signing_key.setVisible(database_url() is not None)
        data.addRow(self.tr("This desk's signing key"), self.signing_key)
        if database_url() is None:
            data.labelForField(self.signing_key).setVisible(False)
        for field, key, env in ((self.database, "database", DB_ENV),
                                (self.desk_name, "desk", DESK_ENV),
                                (self.archive, "archive", ARCHIVE_ENV)):
            self._show_environment(field, key, env)
        data_box = QGroupBox(self.tr("Records"))
        data_box.setLayout(data)

        self.language = QComboBox()
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(0, self.language.findData(saved_language())))
        self.language.setMaximumWidth(240)
        self.language.currentIndexChanged.connect(self.language_chosen)
        self.demo_load = QPushButton(self.tr("Load the demo…"))
        self.demo_load.clicked.connect(self.demoRequested)
        self.demo_leave = QPushButton(self.tr("Leave the demo"))
        self.demo_leave.clicked.connect(self.demoLeft)
        self.operator = QLineEdit(saved_operator())
        self.operator.setPlaceholderText(self.tr("the clerk's name, printed on receipts"))
        self.operator.setMaximumWidth(240)
        self.operator.editingFinished.connect(
            lambda: use_operator(self.operator.text(), save=True))
        other = QFormLayout()
        other.addRow(self.tr("&Operator (经办人)"), self.operator)
        other.addRow(self.tr("Language"), self.language)
        self.input_note = _selectable(self._input_text())
        other.addRow(self.tr("Chinese input"), self.input_note)
        demo_row = QHBoxLayout()
        demo_row.addWidget(self.demo_load)
        demo_row.addWidget(self.demo_leave)
        demo_row.addStretch(1)
        other.addRow(self.tr("Demo"), demo_row)
        other_box = QGroupBox(self.tr("This program"))
        other_box.setLayout(other)

        layout = QVBoxLayout(self)
        layout.addWidget(rules_box)
        layout.addWidget(data_box)
        layout.addWidget(other_box)
        layout.addStretch(1)
        desk.viewChanged.connect(self.update_view)
        desk.failed.connect(lambda _text: self.check_key())

    def _show_environment(self, field: QLineEdit, key: str, env: str) -> None:
        """A value the program was started with (INTAKE_DB, INTAKE_DESK, INTAKE_ARCHIVE)
        rules over Settings: shown as it is in force, and not editable here."""
        value = os.environ.get(env, "").strip()
        if not value or value == saved_setting(key).strip():
            return
        field.setText(shown_address(value) if key == "database" else value)
        field.setReadOnly(True)
        field.setToolTip(self.tr(
            "Set where the program was started (environment variable {name}); it applies "
            "while the program runs and cannot be changed here.").format(name=env))

    def _database_chosen(self) -> None:
        url = self.database.text().strip()
        if url == saved_setting("database") or self.database.isReadOnly():
            return
        if url and not url.startswith(("postgresql://", "postgres://")):
            QMessageBox.warning(self, self.tr("Register"), self.tr(
                "Write the shared register's address as postgresql://user@server/name."))
            return
        keep_setting("database", url)
        QMessageBox.information(self, self.tr("Register"), self.tr(
            "The program works on this register from its next start. Its password is kept in "
            "this computer's keyring: intake db password {url}").format(url=url or "—"))

    def _input_text(self) -> str:
        note = QApplication.instance().property("input_note") if QApplication.instance() \
            else ""
        return {
            "ibus_for_fcitx": self.tr(
                "fcitx is reached through its ibus interface (fcitx5 offers one). If no Chinese "
                "can be typed (fcitx 4 on Kylin V10), install fcitx5, or start the program with "
                "QT_IM_MODULE=ibus under an ibus input method."),
            "no_fcitx_plugin": self.tr(
                "This program carries no fcitx plugin, and fcitx was asked for: Chinese may not "
                "be typed. Use fcitx5 (it answers as ibus) or ibus."),
        }.get(str(note or ""), self.tr("as the system provides"))

    def update_view(self, view: DeskView) -> None:
        call = view.status.call
        lang = "zh" if self.language.currentData() == "zh_CN" else "en"
        deadline = call.written(call.deadline, lang) if call.deadline else "—"
        needs = [text for wanted, text in (
            (call.requires_editable, self.tr("an editable version")),
            (call.requires_scan, self.tr("a stamped scan")),
            (call.requires_summary, self.tr("a row in the summary table"))) if wanted]
        needs += [proof.name for proof in call.proofs]
        levels = {"error": self.tr("error"), "warning": self.tr("warning"),
                  "info": self.tr("note")}
        values = {"title": call.title_text(lang), "issuer": call.issuer,
                  "deadline": deadline, "quota": str(call.max_cases),
                  "copies": str(call.paper_copies), "requires": "、".join(needs) or "—",
                  "directions": "、".join(call.directions) or "—",
                  "severities": "、".join(
                      f"{CATALOGUE[code].zh if lang == 'zh' else CATALOGUE[code].en} → "
                      f"{levels[level.value]}" for code, level in call.severities.items())
                  or self.tr("none")}
        for key, value in values.items():
            self.rules[key].setText(value)
        self.check_key()

    def check_key(self) -> None:
        folder = self.desk.data_dir
        demo = self.tr(" (demo data)") if self.desk.demo else ""
        self.folder.setText(f"{folder}{demo}")
        self.demo_load.setVisible(not self.desk.demo)
        self.demo_leave.setVisible(self.desk.demo)

        def work(reg: Register, _p: ProgressSink, _c: CancelToken) -> tuple[str, str]:
            return key_place(database_id(reg.conn), folder)

        self.desk.run(work, self.show_key, on_error=lambda e: self.show_key(("unavailable",
                                                                               str(e))))
        if database_url() is not None:
            self.desk.run(lambda _r, _p, _c: own_public_key(), self._show_signing_key,
                          on_error=lambda _e: self.signing_key.setText("—"))

    def _show_signing_key(self, key: str) -> None:
        self.signing_key.setText(self.tr(
            "{desk}: {key} — IT registers it for this desk (intake db trust-desk).").format(
            desk=desk_name(), key=key))

    def show_key(self, place: tuple[str, str]) -> None:
        kind, detail = place
        texts = {
            "file": self.tr("in the key file {detail}. Keep it apart from backups of the data "
                            "folder."),
            "keyring": self.tr("in the system keyring ({detail})."),
            "missing": self.tr("not found in the keyring ({detail}): put this register's key "
                               "file in place, or restore the keyring."),
            "unavailable": self.tr("no keyring is available ({detail}). Records cannot be "
                                   "sealed until the key is kept somewhere: use the keyring, "
                                   "or keep the key in a file (documented fallback)."),
        }
        self.key.setText(texts[kind].format(detail=detail))
        self.key_button.setVisible(kind in ("unavailable",))

    def make_key_file(self) -> None:
        folder = self.desk.data_dir
        answer = QMessageBox.question(self, self.tr("Keep the key in a file"), self.tr(
            "The audit key will be written to a file in {folder}, readable by you only. "
            "Anyone who has it can forge the audit trail: keep backups of the data folder "
            "apart from it. Go on?").format(folder=folder))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.desk.run(lambda reg, _p, _c: make_key_file(database_id(reg.conn), folder),
                      lambda _path: self.desk.refresh(), parent=self)

    def language_chosen(self) -> None:
        save_language(self.language.currentData())
        QMessageBox.information(self, self.tr("Language"), self.tr(
            "The new language is used from the next start of the program."))
