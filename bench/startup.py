"""Benchmark: starting the program until its window is shown (the issue's aim: under 1.5 s),
and until the register's first view has reached the pages; against the least any PySide6
program pays in the same run: starting Python, importing QtWidgets and showing an empty window.
And the command line's start (issue 33): `intake --help` and `intake status` (on the register
the window runs made) against `python -c pass`, run in turn, each a fresh process.

Each run is a fresh process (what a clerk's double-click costs), on a fresh data folder for the
first run (the register is created and migrated) and the same folder after that.

Usage: python bench/startup.py [--runs 5] [--platform offscreen]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication(sys.argv)
w = QWidget(); w.resize(1280, 860); w.show(); app.processEvents()
print("shown", time.time())
"""

OURS = """
import sys, time
sys.path.insert(0, {root!r})
from PySide6.QtCore import QTimer
from app.gui.application import create_application
app = create_application(sys.argv)
from app.gui.main_window import MainWindow
w = MainWindow(); w.show(); app.processEvents()
print("shown", time.time(), flush=True)
def arrived(_view):
    print("view", time.time(), flush=True)
    app.quit()
w.desk.viewChanged.connect(arrived)
w.desk.failed.connect(lambda text: (print("failed", text), app.quit()))
QTimer.singleShot(30000, app.quit)
app.exec()
"""


def run(script: str, env: dict[str, str]) -> dict[str, float]:
    started = time.time()
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                         text=True, check=True).stdout
    marks = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0] in ("shown", "view"):
            marks[parts[0]] = float(parts[1]) - started
    return marks


def command_seconds(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, *argv], env=env, capture_output=True, check=True)
    return time.perf_counter() - started


def command_line(env: dict[str, str], runs: int) -> None:
    commands = {"python -c pass": ["-c", "pass"], "intake --help": ["-m", "app", "--help"],
                "intake status": ["-m", "app", "status"]}
    times: dict[str, list[float]] = {name: [] for name in commands}
    for argv in commands.values():
        command_seconds(argv, env)  # not counted: the first run compiles what it imports
    for _ in range(runs):  # in turn, so that a drift of the machine's speed hits all alike
        for name, argv in commands.items():
            times[name].append(command_seconds(argv, env))
    base = statistics.median(times["python -c pass"])
    print(f"command line, {runs} runs each in turn, medians")
    for name, values in times.items():
        print(f"  {name:30} {statistics.median(values):6.3f} s  "
              f"(x{statistics.median(values) / base:.2f})")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="intake-startup-") as work:
        # As an installed program runs: from compiled bytecode (pip and the bundle compile it;
        # a shell that sets PYTHONDONTWRITEBYTECODE would time compiling the sources instead).
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "INTAKE_DATA": work + "/data",
               "INTAKE_KEY_FILE": work + "/audit.key", "XDG_CONFIG_HOME": work + "/config",
               "INTAKE_LANG": "zh_CN", "PYTHONPYCACHEPREFIX": work + "/bytecode"}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        Path(work, "audit.key").write_text(os.urandom(32).hex() + "\n", encoding="ascii")
        bare = [run(BARE, env)["shown"] for _ in range(args.runs)]
        ours = [run(OURS.format(root=str(ROOT)), env) for _ in range(args.runs)]
        command_line({**env, "PYTHONPATH": str(ROOT)}, max(args.runs, 10))
    shown = [m["shown"] for m in ours]
    view = [m["view"] for m in ours if "view" in m]
    base = statistics.median(bare)
    print(f"platform {args.platform}, {args.runs} runs, medians (first run made the register)")
    print(f"  bare PySide6 window shown      {base:6.3f} s")
    print(f"  Intake Desk window shown       {statistics.median(shown):6.3f} s  "
          f"(x{statistics.median(shown) / base:.2f}; first run {shown[0]:.3f} s)")
    if view:
        print(f"  register view on the pages     {statistics.median(view):6.3f} s  "
              f"(x{statistics.median(view) / base:.2f}; first run {view[0]:.3f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
