"""The command line loads only the module of the command being run: the map it goes by must
name every command each module registers."""

from __future__ import annotations

import argparse
import importlib
import os
import subprocess
import sys
from pathlib import Path

from app.cli.main import COMMAND_MODULES

ROOT = Path(__file__).resolve().parents[2]


def test_every_module_registers_the_commands_the_map_gives_it() -> None:
    for name, words in COMMAND_MODULES.items():
        parser = argparse.ArgumentParser()
        commands = parser.add_subparsers(dest="command")
        importlib.import_module(f"app.cli.{name}").register(commands)
        assert tuple(commands.choices) == words, name


def test_inspect_does_not_load_the_document_checks() -> None:
    script = ("import sys, contextlib, io\n"
              "from app.cli.main import main\n"
              "with contextlib.redirect_stdout(io.StringIO()):\n"
              "    main(['inspect', '--help'])\n"
              "print(sorted(m for m in sys.modules if m.split('.')[0] in "
              "('fitz', 'pymupdf', 'numpy', 'openpyxl', 'app')))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, check=True)
    loaded = done.stdout
    for heavy in ("'pymupdf'", "'numpy'", "'openpyxl'", "'app.services.verify'"):
        assert heavy not in loaded
    assert "'app.cli.inspect_cmd'" in loaded and "'app.cli.verify_cmd'" not in loaded


def _loaded_by(argv: list[str], env: dict[str, str] | None = None) -> set[str]:
    script = ("import sys, contextlib, io\n"
              "from app.cli.main import main\n"
              "with contextlib.redirect_stdout(io.StringIO()):\n"
              f"    main({argv!r})\n"
              "print('\\n'.join(sorted({m.split('.')[0] for m in sys.modules})))\n")
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, check=True, env=env)
    return set(done.stdout.split())


def test_the_command_lines_help_loads_no_heavy_library() -> None:
    """Scripts call `intake` once per unit: its start must not pay for Qt (the translations
    are read from the .qm without it), PyMuPDF, openpyxl, numpy or the PostgreSQL driver."""
    for argv in (["--help"], ["status", "--help"], ["verify", "--help"]):
        loaded = _loaded_by(argv)
        for heavy in ("PySide6", "shiboken6", "pymupdf", "fitz", "numpy", "openpyxl",
                      "psycopg"):
            assert heavy not in loaded, (argv, heavy)


def test_the_command_line_speaks_the_language_settings_saved(tmp_path: Path) -> None:
    """Without --lang or INTAKE_LANG the command line follows the window's Settings, read
    without Qt from where the window's QSettings wrote them."""
    from PySide6.QtCore import QSettings

    from app import APP_ID, ORG_NAME

    env = {k: v for k, v in os.environ.items() if k != "INTAKE_LANG"}
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    settings = QSettings(str(tmp_path / "config" / ORG_NAME / f"{APP_ID}.conf"),
                         QSettings.Format.IniFormat)
    for language, heading in (("en", "Intake Desk command line"), ("zh_CN", "收件核验台命令行")):
        settings.setValue("language", language)
        settings.sync()
        done = subprocess.run([sys.executable, "-m", "app", "--help"], cwd=ROOT, env=env,
                              capture_output=True, text=True, encoding="utf-8", check=False)
        assert heading in done.stdout, (language, done.stdout[:200])


def test_reading_the_register_with_its_key_in_a_file_loads_no_keyring(hermetic: Path) -> None:
    """`intake status`, which scripts run once per unit, only reads: on a desk whose audit key
    is in a file it must not pay for the keyring library and its Secret Service backend."""
    env = {**os.environ, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    subprocess.run([sys.executable, "-m", "app", "audit", "make-keyfile"], cwd=ROOT, env=env,
                   capture_output=True, check=True)
    subprocess.run([sys.executable, "-m", "app", "receive", "--unit", "单位1"], cwd=ROOT, env=env,
                   capture_output=True, check=True)
    loaded = _loaded_by(["status"], env)
    assert "keyring" not in loaded and "secretstorage" not in loaded
    assert "keyring" in _loaded_by(["receive", "--unit", "单位2"], env)  # a write signs
