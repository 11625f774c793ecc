"""Screenshots of every page of the window, on the demo data, for docs/screenshots/.

Run under Xvfb so fonts and styles are those of a real desktop:
  xvfb-run -a -s "-screen 0 1400x950x24" env QT_QPA_PLATFORM=xcb INTAKE_LANG=zh_CN \
      .venv/bin/python docs/gui_pictures.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "docs" / "screenshots"
PAGES = ("overview", "deliveries", "disc-check", "cases", "printing", "settings")


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="intake-shots-"))
    os.environ["INTAKE_DATA"] = str(work / "data")
    os.environ.setdefault("XDG_CONFIG_HOME", str(work / "config"))
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    from app.gui.application import create_application
    from app.gui.main_window import MainWindow

    app = create_application(["intake-desk"])
    window = MainWindow()
    window.resize(1360, 900)
    window.show()

    def settle(condition: object = None, ms: int = 120_000) -> None:
        loop = QEventLoop()
        timer = QTimer()
        timer.timeout.connect(lambda: (condition is None or condition()) and loop.quit())
        timer.start(100)
        QTimer.singleShot(ms, loop.quit)
        loop.exec()
        for _ in range(20):
            QCoreApplication.processEvents()

    window.load_demo_data()
    settle(lambda: not window.desk.busy and window.desk.view is not None
           and bool(window.desk.view.deliveries))
    OUT.mkdir(parents=True, exist_ok=True)
    first_disc = window.desk.view.deliveries[-1].discs[0]
    troubled = window.desk.view.deliveries[1].discs[0]  # a disc with problems to show
    for number, name in enumerate(PAGES):
        window.show_page(number)
        if name == "disc-check":
            window.open_disc(troubled)
            settle(lambda: not window.desk.busy and window.disc_check.result is not None)
        if name == "printing":
            window.printing.choose("sheet", first_disc)
            window.printing.make_printout()
            settle(lambda: not window.desk.busy and window.printing.made is not None)
        settle(ms=600)
        window.grab().save(str(OUT / f"{number + 1}-{name}.png"))
        print(OUT / f"{number + 1}-{name}.png")
    window.close()
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
