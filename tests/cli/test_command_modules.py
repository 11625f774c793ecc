"""The command line loads only the module of the command being run: the map it goes by must
name every command each module registers."""

from __future__ import annotations

import argparse
import importlib
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
