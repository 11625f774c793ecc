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


def _imports_at_run_time(path: Path, modules: set[str]) -> set[str]:
    """The app modules a module imports when it runs (at its top or inside a function), not
    those named for type checkers only (under `if TYPE_CHECKING:`)."""
    import ast

    tree = ast.parse(path.read_text(encoding="utf-8"))
    hidden: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            hidden.update(id(inner) for inner in ast.walk(node))
    found = set()
    for node in ast.walk(tree):
        if id(node) in hidden:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("app"):
            for alias in node.names:
                inner = f"{node.module}.{alias.name}"
                found.add(inner if inner in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("app"))
    return found & modules


def test_no_two_modules_import_each_other_in_a_circle() -> None:
    """A circle means neither module can be understood, moved or tested without the other."""
    paths = {}
    for path in (ROOT / "app").rglob("*.py"):
        parts = path.relative_to(ROOT).with_suffix("").parts
        paths[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph = {name: _imports_at_run_time(path, set(paths)) for name, path in paths.items()}
    circles = []
    for start in graph:  # a depth-first search for a way back to `start`
        stack, seen = [(start, (start,))], set()
        while stack:
            here, way = stack.pop()
            for there in graph[here]:
                if there == start and len(way) > 1:
                    circles.append(way)
                elif there not in seen and there != start:
                    seen.add(there)
                    stack.append((there, (*way, there)))
    assert not circles, circles[:3]


def test_the_architecture_map_names_every_package_and_long_modules_say_why() -> None:
    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    start = text.index("```\n")
    map_and_note = text[start:text.index("nothing below the front ends", start)]
    packages = sorted(p.parent for p in (ROOT / "app").rglob("__init__.py")
                      if p.parent != ROOT / "app")
    unnamed = [str(p.relative_to(ROOT)) for p in packages if f"{p.name}/" not in map_and_note]
    assert unnamed == []
    long_silent = []
    for path in (ROOT / "app").rglob("*.py"):
        source = path.read_text(encoding="utf-8")
        if source.count("\n") > 420 and "Longer than our modules' 400 lines" not in source[:2000]:
            long_silent.append(str(path.relative_to(ROOT)))
    assert long_silent == []
