"""The window's program given a command with no console at all (a Windows GUI .exe started
from a shortcut or the Run box): the output goes to a file in the data folder, not to an
error nobody sees."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_a_command_without_any_console_writes_its_output_to_a_file(tmp_path: Path) -> None:
    script = ("import sys\n"
              "sys.stdout = None\n"
              "sys.stderr = None\n"
              "sys.argv = ['intake-desk', '--help']\n"
              "from app.__main__ import main\n"
              "code = main()\n"
              f"open({str(tmp_path / 'code')!r}, 'w').write(str(code))\n")
    env = {**os.environ, "INTAKE_DATA": str(tmp_path / "data"), "INTAKE_LANG": "en",
           "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "code").read_text() == "0"
    written = (tmp_path / "data" / "intake-desk-output.txt").read_text(encoding="utf-8")
    assert "usage: intake" in written
