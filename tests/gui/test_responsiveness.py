"""The window never freezes: while a 200 MB disc image is read, hashed, checked, archived and
recorded, the GUI thread keeps answering (its timer keeps ticking). How long the longest stall
is depends on the machine's load, so it is measured in bench/gui_stall.py, not asserted here."""

from __future__ import annotations

import time
from pathlib import Path

from conftest import idle
from PySide6.QtCore import QTimer

from app.demo.burn import write_iso
from app.demo.season import DemoUnit, disc_files
from app.gui.main_window import MainWindow

BIG = 200 << 20
UNIT = "商洛市数据局"


def big_image(tmp_path: Path) -> Path:
    """Two cases and a 200 MB video of the annotation work beside them."""
    video = tmp_path / "video.bin"
    with open(video, "wb") as out:
        block = bytes(range(256)) * 4096
        for _ in range(BIG // len(block)):
            out.write(block)
    files: dict[str, bytes | Path] = {**disc_files(DemoUnit(UNIT, 2)), "标注过程录像.mp4": video}
    image = write_iso(tmp_path / "big.iso", files, label="BIG")
    video.unlink()
    return image


def test_the_window_answers_while_a_200_mb_disc_is_checked(window: MainWindow, qtbot,
                                                            tmp_path: Path) -> None:
    image = big_image(tmp_path)
    assert image.stat().st_size > BIG
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    window.disc_check.unit.setCurrentText(UNIT)
    timer.start()
    started = time.perf_counter()
    window.disc_check.start_reading(str(image))
    idle(qtbot, window, timeout=180_000)
    timer.stop()
    took = time.perf_counter() - started
    assert window.disc_check.disc_number is not None
    # The work ran off the GUI thread: the window kept answering all through it.
    assert len(ticks) >= 10, f"{len(ticks)} ticks in {took:.1f} s"
    during = [t for t in ticks if t < started + took * 0.9]
    assert during, "the GUI thread did not answer while the disc was read"
