"""Words of Qt's own file dialog that Qt's Chinese catalogue (qtbase_zh_CN) lacks in the Qt
we ship: our catalogue carries them under Qt's contexts, so the dialog reads Chinese whole.
Nothing imports this module; the catalogue tools read it."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_WORDS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),
)
