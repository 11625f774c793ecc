"""Screenshots of every page of the window, on the demo data, for docs/screenshots/.

Run under Xvfb so fonts and styles are those of a real desktop:
  xvfb-run -a -s "-screen 0 1366x768x24" env QT_QPA_PLATFORM=xcb INTAKE_LANG=zh_CN \
      .venv/bin/python docs/gui_pictures.py
"""

from __future__ import annotations

import datetime as dt
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
    window.showMaximized()  # as a clerk first sees it, on the screen Xvfb was given
    window.setGeometry(app.primaryScreen().availableGeometry())  # Xvfb has no window manager

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
        if name == "overview":
            window.open_unit("西安市数据局")  # its e-mail was read: mail beside disc
            settle(ms=600)  # type: ignore[operator]
            window.unit_view.grab().save(str(OUT / "1b-unit-view.png"))
            window.unit_view.close()
            renamed(window, settle)
            calls(window, settle)
        if name == "disc-check":
            doubtful(window, settle)
            damaged(window, settle, work)
            archives(window, settle, work)
            file_dialog(window, settle)
    register_away(window, settle)
    window.close()
    app.quit()
    return 0


def register_away(window: object, settle: object) -> None:
    """The banner a desk shows while the shared register's server cannot be reached (said
    as the store says it; the window clears it at its next successful look)."""
    from app.errors import RegisterUnavailable

    window.show_page(1)  # type: ignore[attr-defined]
    window.deliveries.unit.lineEdit().insert("汉中市数据局")  # type: ignore[attr-defined]
    window.desk._register_lost(RegisterUnavailable(  # type: ignore[attr-defined]
        server="10.0.0.5:5432/register", outcome="nothing"))
    settle(ms=300)  # type: ignore[operator]
    window.grab().save(str(OUT / "2b-register-away.png"))  # type: ignore[attr-defined]
    print(OUT / "2b-register-away.png")


def calls(window: object, settle: object) -> None:
    """The next call made as a copy of this one, its form, then the overview in it; the window
    then goes back to the demo's own call for the pages after."""
    window.open_calls()  # type: ignore[attr-defined]
    dialog = window.calls  # type: ignore[attr-defined]
    settle(ms=600)  # type: ignore[operator]
    dialog.table.selectRow(0)
    dialog.grab().save(str(OUT / "1c-calls.png"))
    dialog.new()
    settle(lambda: dialog.form is not None)  # type: ignore[operator]
    form = dialog.form
    form.code.setText("city-2026")
    form.title.setText("2026年西安市数据标注典型场景征集")
    form.deadline.setText("2026-03-31 17:00")
    form.max_cases.setValue(3)
    form.directions.setPlainText("智能制造\n智慧医疗\n城市治理")
    settle(ms=300)  # type: ignore[operator]
    form.grab().save(str(OUT / "1d-call-form.png"))
    from PySide6.QtWidgets import QTabWidget

    form.findChild(QTabWidget).setCurrentIndex(1)  # what each case must hold
    settle(ms=300)  # type: ignore[operator]
    form.grab().save(str(OUT / "1d-call-form-materials.png"))
    form.accept()
    settle(lambda: not window.desk.busy)  # type: ignore[attr-defined, operator]
    settle(lambda: dialog.table.rowCount() == 2)  # type: ignore[operator]
    dialog.table.selectRow(1)
    dialog.use()
    settle(lambda: not window.desk.busy)  # type: ignore[attr-defined, operator]
    dialog.close()
    settle(ms=600)  # type: ignore[operator]
    window.grab().save(str(OUT / "1e-overview-new-call.png"))  # type: ignore[attr-defined]
    dialog.table.selectRow(0)
    dialog.use()  # back to the demo's call for the other pages
    settle(lambda: not window.desk.busy)  # type: ignore[attr-defined, operator]
    settle(ms=600)  # type: ignore[operator]


def renamed(window: object, settle: object) -> None:
    """A unit logged under a mistyped name, put right from its view: the question, then the
    view under the right name."""
    from PySide6.QtWidgets import QInputDialog

    from app.services.corrections import rename_unit
    from app.services.intake import Delivery, receive

    desk = window.desk  # type: ignore[attr-defined]
    arrived = dt.datetime(2025, 10, 24, 16, 10, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    desk.run(lambda reg, _p, _c: receive(reg, Delivery("铜川数据局", arrived, note="代送")),
             writes=True)
    settle(lambda: not desk.busy)  # type: ignore[operator]
    window.open_unit("铜川数据局")  # type: ignore[attr-defined]
    view = window.unit_view  # type: ignore[attr-defined]
    settle(ms=600)  # type: ignore[operator]
    ask = QInputDialog(view)
    ask.setWindowTitle(view.tr("Rename or merge the unit"))
    ask.setLabelText(view.tr("The right name of “{unit}”. If it is the name of another unit of "
                             "the call, the two are merged into that one.").format(
                                 unit="铜川数据局"))
    ask.setTextValue("铜川市数据局")
    ask.show()
    settle(ms=400)  # type: ignore[operator]
    ask.grab().save(str(OUT / "1f-unit-rename.png"))
    ask.close()
    desk.run(lambda reg, _p, _c: rename_unit(reg, "铜川数据局", "铜川市数据局"), writes=True)
    settle(lambda: not desk.busy)  # type: ignore[operator]
    view.unit = "铜川市数据局"
    view.setWindowTitle(view.unit)
    view.heading.setText(view.unit)
    view.refresh()
    settle(ms=600)  # type: ignore[operator]
    view.grab().save(str(OUT / "1g-unit-view-renamed.png"))
    view.close()


def file_dialog(window: object, settle: object) -> None:
    """The dialog a clerk opens an image with, in the window's language."""
    from PySide6.QtWidgets import QFileDialog

    page = window.disc_check  # type: ignore[attr-defined]
    dialog = QFileDialog(page, page.tr("Open disc image"), str(ROOT / "docs"),
                         page.tr("Disc images (*.iso *.img *.udf);;All files (*)"))
    dialog.show()
    settle(ms=600)  # type: ignore[operator]
    dialog.grab().save(str(OUT / "3f-file-dialog.png"))
    dialog.close()


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
    page.problems.view_selected_finding()
    settle(lambda: page.viewer is not None and page.viewer.isVisible())  # type: ignore[operator]
    settle(ms=600)  # type: ignore[operator]
    page.viewer.grab().save(str(OUT / "3c-scan-viewer-seal-doubt.png"))
    page.viewer.close()


def damaged_disc(work: Path) -> Path:
    """A disc as a failing burner leaves it: one case's directory record points back at the
    root, and a file's name hides an .exe behind a right-to-left mark."""
    import struct

    from app.demo.burn import write_iso
    from app.demo.materials import docx, scan_pdf

    files = {"宝鸡市数据局/01-工业质检标注/申报书（可编辑版）.docx": docx("工业质检标注"),
             "宝鸡市数据局/01-工业质检标注/申报书（盖章版）.pdf": scan_pdf(),
             "宝鸡市数据局/02-农业遥感标注/申报书（可编辑版）.docx": docx("农业遥感标注"),
             "宝鸡市数据局/02-农业遥感标注/申报书（盖章版）.pdf": scan_pdf(),
             "宝鸡市数据局/说明\u202excod.exe": b"MZ" + bytes(200)}
    image = write_iso(work / "damaged.iso", files, udf=False)
    data = bytearray(image.read_bytes())
    for descriptor in (16, 17):  # in both trees, case 02's directory points at its parent
        base = descriptor * 2048
        root = struct.unpack_from("<I", data, base + 158)[0]
        unit = next(at for at in _records(data, root) if data[at + 25] & 2)
        unit_dir = struct.unpack_from("<I", data, unit + 2)[0]
        case = [at for at in _records(data, unit_dir) if data[at + 25] & 2][1]
        struct.pack_into("<I", data, case + 2, unit_dir)
        struct.pack_into(">I", data, case + 6, unit_dir)
    image.write_bytes(bytes(data))
    return image


def archives(window: object, settle: object, work: Path) -> None:
    """A disc whose cases are packed: a 7z opened and checked, a compressed RAR listed and
    tied to its case but not unpacked, a shortcut beside them."""
    import io

    import py7zr

    sys.path.insert(0, str(ROOT / "tests"))
    import archivelab

    from app.demo.burn import write_iso
    from app.demo.materials import docx, scan_pdf

    packed = io.BytesIO()
    with py7zr.SevenZipFile(packed, "w") as archive:
        archive.writestr(docx("工业质检标注"), "01-工业质检标注/申报书（可编辑版）.docx")
        archive.writestr(scan_pdf(), "01-工业质检标注/申报书（盖章版）.pdf")
    rar = archivelab.rar5({"02-农业遥感标注/申报书（可编辑版）.docx": docx("农业遥感标注"),
                           "02-农业遥感标注/申报书（盖章版）.pdf": scan_pdf()}, compressed=True)
    files = {"汉中市数据局/案例一.7z": packed.getvalue(), "汉中市数据局/案例二.rar": rar,
             "汉中市数据局/申报书（盖章版）.pdf - 快捷方式.lnk": b"L\0\0\0" + bytes(72)}
    image = write_iso(work / "packed.iso", files, udf=False)
    page = window.disc_check  # type: ignore[attr-defined]
    page.start_reading(str(image), unit="")
    settle(lambda: not window.desk.busy and page.result is not None  # type: ignore[operator]
           and page.result.reading.source.path.endswith("packed.iso"))
    settle(ms=600)  # type: ignore[operator]
    window.grab().save(str(OUT / "3e-disc-check-archives.png"))  # type: ignore[attr-defined]


def _records(data: bytearray, sector: int) -> list[int]:
    found, at = [], sector * 2048
    while data[at]:
        if data[at + 33:at + 33 + data[at + 32]] not in (b"\x00", b"\x01"):
            found.append(at)
        at += data[at]
    return found


def damaged(window: object, settle: object, work: Path) -> None:
    """A damaged disc checked without recording it: what could not be listed is named."""
    page = window.disc_check  # type: ignore[attr-defined]
    page.start_reading(str(damaged_disc(work)), unit="")
    settle(lambda: not window.desk.busy and page.result is not None  # type: ignore[operator]
           and page.result.reading.source.path.endswith("damaged.iso"))
    settle(ms=600)  # type: ignore[operator]
    window.grab().save(str(OUT / "3d-disc-check-damaged-disc.png"))  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
