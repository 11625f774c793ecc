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
        if name == "disc-check":
            doubtful(window, settle)
    window.close()
    app.quit()
    return 0


def doubtful(window: object, settle: object) -> None:
    """The disc with a seal the program is not sure of: the problem chosen, then the scan."""
    page = window.disc_check  # type: ignore[attr-defined]
    xian = next(d for d in window.desk.view.deliveries  # type: ignore[attr-defined]
                if d.unit == "西安市数据局")
    window.open_disc(xian.discs[0])  # type: ignore[attr-defined]
    settle(lambda: not window.desk.busy and page.result is not None)  # type: ignore[operator]
    codes = [s.finding.code for s in page.findings_model.rows]
    page.findings.selectRow(codes.index("scan_seal_uncertain"))
    settle(ms=600)  # type: ignore[operator]
    window.grab().save(str(OUT / "3b-disc-check-seal-doubt.png"))  # type: ignore[attr-defined]
    page.view_selected_finding()
    settle(lambda: page.viewer is not None and page.viewer.isVisible())  # type: ignore[operator]
    settle(ms=600)  # type: ignore[operator]
    page.viewer.grab().save(str(OUT / "3c-scan-viewer-seal-doubt.png"))
    page.viewer.close()


if __name__ == "__main__":
    sys.exit(main())
