from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def hermetic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data folder and a fixed language; never the user's settings."""
    data = tmp_path / "data"
    monkeypatch.setenv("INTAKE_DATA", str(data))
    monkeypatch.setenv("INTAKE_LANG", "en")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return data


@pytest.fixture(autouse=True, scope="session")
def one_application(qapp):
    """One QApplication for the whole run: the CLI reuses whatever instance exists, and the
    window tests need a QApplication, not the QCoreApplication the CLI would make."""
    return qapp
