"""Installed without make (a wheel, `pip install .`), the program still has its calls and its
Chinese: the compiled catalogue is part of the tree and of the package."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def test_the_committed_catalogue_is_the_compiled_ts(tmp_path: Path) -> None:
    compiled = tmp_path / "fresh.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ROOT / "resources/translations/intake_zh_CN.ts"),
                    "-qm", str(compiled)], check=True)
    shipped = ROOT / "resources/translations/intake_zh_CN.qm"
    assert shipped.read_bytes() == compiled.read_bytes(), "run make update-translations"


def test_a_wheel_carries_the_calls_and_the_chinese(tmp_path: Path) -> None:
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--no-build-isolation", "-w", str(tmp_path / "wheel"), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next((tmp_path / "wheel").glob("intake_desk-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "app/resources/translations/intake_zh_CN.qm" in names
    assert "app/resources/calls/shaanxi-2025-data-annotation.json" in names
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    probe = ("from PySide6.QtCore import QCoreApplication; "
             "from app.gui.i18n import install_translations; "
             "from app.paths import resource_dir; from app.services.calls import builtin_call; "
             "app = QCoreApplication([]); "
             "print(resource_dir(), install_translations(app, 'zh_CN'), builtin_call().id)")
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, check=True,
                         capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(target)}).stdout.split()
    assert out[0] == str(target / "app" / "resources")
    assert out[1] == "True" and out[2].startswith("shaanxi")
