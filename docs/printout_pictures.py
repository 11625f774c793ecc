"""Render every printout of a small example register to PNGs in docs/printouts/ (run from the
repository root: .venv/bin/python docs/printout_pictures.py). The pictures are looked at before
a change to app/reports is committed."""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

import keyring
import pymupdf

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from conftest import MemoryKeyring  # noqa: E402
from deliveries import case_names, disc_image  # noqa: E402

from app.services.ingest import add_disc  # noqa: E402
from app.services.intake import Delivery, receive, record_paper  # noqa: E402
from app.services.printing import make  # noqa: E402
from app.services.register import Register  # noqa: E402

OUT = ROOT / "docs" / "printouts"
UNIT = "西安市数据局"


def main() -> None:
    keyring.set_keyring(MemoryKeyring())
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as temp, Register(Path(temp) / "data") as reg:
        shanghai = dt.timezone(dt.timedelta(hours=8))
        receipt = receive(reg, Delivery(UNIT, dt.datetime(2025, 10, 20, 10, 30, tzinfo=shanghai),
                                        deliverer="李四", phone="13900000000", method="courier",
                                        tracking="SF1234567890"))
        image = disc_image(Path(temp) / "xian.iso", UNIT, case_names(UNIT, 3),
                           without_scan=(2,))
        disc = add_disc(reg, image, UNIT)
        record_paper(reg, UNIT, "1", 2, 2)
        record_paper(reg, UNIT, "3", 1, 1)
        for kind, subject in (("sheet", disc.disc_number), ("receipt", receipt.number),
                              ("notice", receipt.number)):
            made = make(reg, kind, subject)
            with pymupdf.open(stream=made.pdf, filetype="pdf") as doc:
                for number, page in enumerate(doc, start=1):
                    page.get_pixmap(dpi=100).save(OUT / f"{kind}-{number}.png")
                    print(OUT / f"{kind}-{number}.png")


if __name__ == "__main__":
    main()
