"""In Chinese, the dialogs Qt draws itself read Chinese too, where the clerk chooses a file."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QLabel

from app.gui.application import create_application
from app.gui.i18n import install_translations


def test_the_file_dialog_has_no_english_left(qtbot, hermetic: Path, tmp_path: Path) -> None:
    app = create_application()
    install_translations(app, "zh_CN")
    try:
        (tmp_path / "discs").mkdir()
        dialog = QFileDialog(None, "打开光盘镜像", str(tmp_path), "光盘镜像 (*.iso)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert labels and not [t for t in labels if re.search("[A-Za-z]{3}", t)], labels
        kind = QCoreApplication.translate("QAbstractFileIconProvider", "Folder")
        assert kind == "文件夹"
    finally:
        install_translations(app, "en")
