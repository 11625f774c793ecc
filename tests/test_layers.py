"""Qt stays in the front ends: everything else imports with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _modules_outside_front_ends() -> list[str]:
    names = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts
        if parts[1:2] and parts[1] in ("gui", "cli"):
            continue
        if parts[-1] == "__main__":
            continue
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_core_imports_without_pyside6() -> None:
    modules = _modules_outside_front_ends()
    assert "app.disc.volume" in modules
    script = (
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'PySide6' or name.startswith('PySide6.'):\n"
        "            raise ImportError('PySide6 is blocked outside app/gui and app/cli')\n"
        "sys.meta_path.insert(0, Block())\n"
        f"for name in {modules!r}:\n"
        "    __import__(name)\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stderr


def test_the_cli_uses_qtcore_only() -> None:
    for path in (ROOT / "app" / "cli").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "QtWidgets" not in text and "QtGui" not in text, path
