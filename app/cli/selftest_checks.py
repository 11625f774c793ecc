"""`intake selftest`: does this installation (or frozen bundle) have every part it needs?
Each part is tried for real, in a scratch folder: a register made and migrated, a disc image
burnt and read back, a PDF rendered, a stamped scan's seal found, a workbook written and read,
the font and the keyring."""

from __future__ import annotations

import io
import logging
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import keyring
import numpy as np
import openpyxl
import pymupdf

from app.demo.burn import write_iso
from app.demo.materials import scan_pdf, summary_xlsx
from app.disc.sources import read_source
from app.documents.pdf import analyse_scan
from app.reports.fonts import cjk_font_bytes
from app.services.register import Register
from app.store.db import migrations, schema_version
from app.store.secrets import use_platform_keyring


@dataclass(frozen=True)
class Part:
    name: str
    ok: bool
    detail: str
    seconds: float


def _database(work: Path) -> str:
    with Register(work / "register") as reg:
        version = schema_version(reg.conn)
    wanted = len(migrations())
    if version != wanted:
        raise RuntimeError(f"schema {version}, expected {wanted}")
    return f"SQLite, schema {version}"


def _keyring(_work: Path) -> str:
    use_platform_keyring()
    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if "fail" in name.lower() or "null" in name.lower():
        raise RuntimeError(f"{name}: no keyring; the key file fallback is needed")
    return name


def _fonts(_work: Path) -> str:
    data = cjk_font_bytes()
    font = pymupdf.Font(fontbuffer=data)
    if not font.has_glyph(ord("收")):
        raise RuntimeError("the CJK font lacks Chinese glyphs")
    return f"{font.name}, {len(data) // 1024} KiB"


def _pycdlib(work: Path) -> str:
    image = write_iso(work / "probe.iso", {"案例/申报书.docx": b"PK" + bytes(100)}, label="PROBE")
    reading = read_source(image)
    names = [f.path for f in reading.files]
    if names != ["/案例/申报书.docx"]:
        raise RuntimeError(f"read back {names}")
    return "ISO 9660 + Joliet + Rock Ridge + UDF written and read"


def _pymupdf(_work: Path) -> str:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "selftest")
    pixmap = page.get_pixmap(dpi=50)
    return f"PyMuPDF {pymupdf.VersionBind}, page rendered {pixmap.width}×{pixmap.height}"


def _seals(_work: Path) -> str:
    scan = analyse_scan(scan_pdf(1))
    if scan.seal_pages != [1]:
        raise RuntimeError(f"a stamped page read as {scan.seal_pages or 'unstamped'}")
    return f"numpy {np.__version__}, the seal on a scanned page found"


def _ocr(_work: Path) -> str:
    """ONNX Runtime and the recogniser's model must ride along: a printed line read back."""
    from app.documents.ocr.recognizer import recognizer

    reader = recognizer()
    if reader is None:
        raise RuntimeError("the text recogniser did not load (errors.log says why)")
    line = "西安智驰数标科技有限公司"
    doc = pymupdf.open()
    page = doc.new_page(width=260, height=40)
    page.insert_font(fontname="cjk", fontbuffer=cjk_font_bytes())
    page.insert_text((8, 28), line, fontname="cjk", fontsize=20)
    pixmap = page.get_pixmap(dpi=96, colorspace=pymupdf.csGRAY)
    grey = np.frombuffer(pixmap.samples, np.uint8).reshape(pixmap.height, pixmap.width)
    read = reader.read(1.0 - grey.astype(np.float32) / 255).text
    if read != line:
        raise RuntimeError(f"a printed line read as {read!r}")
    import onnxruntime

    return f"ONNX Runtime {onnxruntime.__version__}, a printed line read back"


def _openpyxl(_work: Path) -> str:
    data = summary_xlsx([(1, "案例", "单位", "技术研发创新", "张三", "13800000000")])
    book = openpyxl.load_workbook(io.BytesIO(data))
    if book.active is None or book.active.max_row < 5:
        raise RuntimeError("the workbook did not read back")
    return f"openpyxl {openpyxl.__version__}"


def _archives(_work: Path) -> str:
    """py7zr's compiled codecs (PPMd, BCJ, ...) must ride along in the bundle."""
    import py7zr
    import rarfile

    from app.documents.archives.reading import list_archive, unpack

    for filters in ([{"id": py7zr.FILTER_LZMA2}], [{"id": py7zr.FILTER_PPMD}],
                    [{"id": py7zr.FILTER_X86}, {"id": py7zr.FILTER_LZMA2}]):
        buffer = io.BytesIO()
        with py7zr.SevenZipFile(buffer, "w", filters=filters) as archive:
            archive.writestr("申报书" * 200, "案例/申报书.txt")
        listing = list_archive(buffer, "7z")
        got: list[bytes] = []
        unpack(buffer, listing, lambda _member, got=got: _Keep(got))
        if got != [("申报书" * 200).encode()]:
            raise RuntimeError(f"a 7z with {filters[0]['id']:#x} did not read back")
    return f"py7zr {py7zr.__version__} (LZMA2, PPMd, BCJ), rarfile {rarfile.__version__}"


class _Keep:
    def __init__(self, got: list[bytes]) -> None:
        self.got, self.data = got, b""

    def write(self, data: bytes) -> None:
        self.data += data

    def close(self) -> None:
        self.got.append(self.data)

    def fail(self, why: str) -> None:
        raise RuntimeError(why)


CHECKS: tuple[tuple[str, Callable[[Path], str]], ...] = (
    ("database", _database), ("keyring", _keyring), ("fonts", _fonts),
    ("pycdlib", _pycdlib), ("pymupdf", _pymupdf), ("seals", _seals), ("ocr", _ocr),
    ("openpyxl", _openpyxl), ("archives", _archives))


def run_checks(extra: tuple[tuple[str, Callable[[Path], str]], ...] = ()) -> list[Part]:
    parts = []
    with tempfile.TemporaryDirectory(prefix="intake-selftest-") as scratch:
        for name, check in (*CHECKS, *extra):
            started = time.monotonic()
            try:
                detail, ok = check(Path(scratch)), True
            except RuntimeError as exc:  # our check's own words on what is missing
                detail, ok = str(exc), False
            except Exception:  # a missing part is the answer, not a crash
                logging.getLogger(__name__).error("selftest part %s failed", name,
                                                  exc_info=True)
                detail, ok = "failed; errors.log says why", False
            parts.append(Part(name, ok, detail, round(time.monotonic() - started, 3)))
    return parts
