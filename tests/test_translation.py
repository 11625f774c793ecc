"""The command line's words come from the compiled catalogue read without Qt: every message
reads as Qt's own translator reads it, and the language saved by the window is found where
the window's QSettings wrote it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator

from app.core.desk_settings import _from_ini
from app.core.qm import read_qm
from app.core.translation import language, translate, use_language

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "intake_zh_CN.ts"
QM = ROOT / "resources" / "translations" / "intake_zh_CN.qm"


def test_every_message_reads_as_qts_own_translator_reads_it() -> None:
    qt = QTranslator()
    assert qt.load(str(QM))
    ours = read_qm(QM)
    compared = 0
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or ""
            expected = qt.translate(name, source, comment or None)
            got = ours.get((name, source, comment), "")
            assert got == expected, (name, source)
            compared += 1
    assert compared > 800


def test_the_catalogue_follows_the_language_chosen() -> None:
    try:
        assert use_language("zh_CN") and language() == "zh_CN"
        assert translate("cli", "Cancelled.") != "Cancelled."
        assert translate("cli", "a text the catalogue lacks") == "a text the catalogue lacks"
        assert use_language("en") and translate("cli", "Cancelled.") == "Cancelled."
    finally:
        use_language("en")


def test_a_damaged_or_foreign_catalogue_gives_no_translations(tmp_path: Path) -> None:
    whole = QM.read_bytes()
    for name, data in (("cut.qm", whole[:len(whole) // 2]), ("foreign.qm", b"PK\x03\x04" * 9),
                       ("empty.qm", b"")):
        path = tmp_path / name
        path.write_bytes(data)
        assert isinstance(read_qm(path), dict)  # never an exception
    assert read_qm(tmp_path / "foreign.qm") == {}


@pytest.mark.parametrize("value", ["en", "张三（收件）", "a, b", " leading space", 'say "yes"',
                                   r"C:\Users\clerk\archive", "@at the start",
                                   "postgresql://desk1@10.0.0.5/intake", "tab\there"])
def test_a_setting_reads_as_the_window_wrote_it(tmp_path: Path, value: str) -> None:
    path = tmp_path / "settings.conf"
    settings = QSettings(str(path), QSettings.Format.IniFormat)  # the window's format on Linux
    settings.setValue("operator", value)
    settings.setValue("other/operator", "not this one")
    settings.sync()
    assert _from_ini(path, "operator") == value
