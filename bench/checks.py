"""Benchmark: the checks of a disc, against what they cannot avoid.

1. The scan check per A4 page (analyse_scan: the page's inventory, the seal search at the
   page's own analysis resolution, a seal picture) on a stamped application scanned at
   150 dpi as offices scan it (tests/scanlab: a cover and a last page with two seals each,
   body pages between), against PyMuPDF rendering the same pages at 100 dpi, same run.
   Goal: at most 40 ms per page and at most 0.5 x the render.
2. A whole 5-case disc, each case a .docx and a 30-page colour scan (150 scan pages), verified
   end to end (`intake verify --json` in a fresh process) against `openssl dgst -sha256` of the
   same image. Goal: under 15 s.

Usage: python bench/checks.py [--work DIR] [--runs 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import pymupdf  # noqa: E402
import submissions as S  # noqa: E402
from images import pycdlib_hybrid  # noqa: E402
from own_register import own_register  # noqa: E402
from scanlab.documents import application_pages, application_pdf  # noqa: E402

from app.documents.ocr.page_lines import read_title_lines  # noqa: E402
from app.documents.ocr.recognizer import recognizer  # noqa: E402
from app.documents.pdf import analyse_scan  # noqa: E402
from app.documents.seals.name_band import read_seal_name  # noqa: E402

NAMES = ["智能医疗影像标注平台", "工业质检数据标注实践", "文旅大模型语料建设", "人才实训基地共建",
         "标注质量标准研制"]


def per_page(work: Path, runs: int) -> None:
    pages = 16
    cached = work / "application-150dpi.pdf"
    if not cached.exists():
        cached.write_bytes(application_pdf(application_pages(7, pages), dpi=150, quality=45))
    scan = cached.read_bytes()

    def render_100dpi() -> None:
        with pymupdf.open("pdf", scan) as doc:
            for page in doc:
                page.get_pixmap(dpi=100)

    def check() -> None:
        result = analyse_scan(scan)
        assert result.seal_pages == [1, pages], result.seal_pages

    def timed(job: object) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            job()  # type: ignore[operator]
            times.append(time.perf_counter() - started)
        return statistics.median(times) / pages * 1000

    def check_named() -> None:  # as a disc's check runs it: each seal's name and the cover read
        result = analyse_scan(scan, names=True)
        assert all(seal.readings for seal in result.seals) and result.titles

    base = timed(render_100dpi)
    full = timed(check)
    named = timed(check_named)
    per_seal, per_cover = ocr_costs(scan, runs)
    kib = len(scan) / pages / 1024
    print(f"scan: a stamped application, {pages} A4 pages scanned at 150 dpi, JPEG q45 4:2:0, "
          f"{kib:.0f} KiB per page; seals on pages 1 and {pages}")
    print(f"render alone at 100 dpi          {base:6.1f} ms/page")
    print(f"scan check (analyse_scan)        {full:6.1f} ms/page   (goal <= 40)")
    print(f"check over render at 100 dpi     ratio {full / base:.2f}   (goal <= 0.5)")
    print(f"scan check with names read       {named:6.1f} ms/page   (goal <= 40)")
    print(f"OCR: one seal's name {per_seal:5.1f} ms (two readings); the cover's lines "
          f"{per_cover:5.1f} ms")


def ocr_costs(scan: bytes, runs: int) -> tuple[float, float]:
    """Milliseconds to read one seal's name, and the first page's title lines (medians)."""
    marks = [(seal.page, seal.mark) for seal in analyse_scan(scan).seals]
    seal_times, cover_times = [], []
    with pymupdf.open("pdf", scan) as doc:
        recognizer()  # loaded once per process, not per seal
        for _ in range(runs):
            for page, mark in marks:
                started = time.perf_counter()
                read_seal_name(doc[page - 1], mark, False)
                seal_times.append(time.perf_counter() - started)
            started = time.perf_counter()
            read_title_lines(doc[0])
            cover_times.append(time.perf_counter() - started)
    return statistics.median(seal_times) * 1000, statistics.median(cover_times) * 1000


def whole_disc(work: Path, runs: int) -> None:
    image = work / "five-cases.iso"
    if not image.exists():
        rows = [(i, n, f"陕西某某{i}科技有限公司", "行业应用深化", "张三", "13800000000")
                for i, n in enumerate(NAMES, start=1)]
        files = {"附件2 汇总表.xlsx": S.summary_xlsx(rows)}
        for order, name in enumerate(NAMES, start=1):
            files[f"{order}-{name}/{name}-可编辑版.docx"] = S.docx(name, pages=30)
            files[f"{order}-{name}/{name}-盖章版.pdf"] = S.scan_pdf(
                30, seal_pages=(1, 30), dpi=200, quality=75, grain=True)
        pycdlib_hybrid(image, files)
    size = image.stat().st_size
    report = work / "five-cases.json"
    command = [*own_register(work / "checks-data"), "verify", str(image), "--json",
               str(report), "--quiet"]

    def timed(cmd: list[str], ok: tuple[int, ...]) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            done = subprocess.run(cmd, cwd=ROOT, stdout=subprocess.DEVNULL,
                                  stderr=subprocess.PIPE, check=False)
            if done.returncode not in ok:
                raise SystemExit(done.stderr.decode())
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    base = timed(["openssl", "dgst", "-sha256", str(image)], (0,))
    full = timed(command, (0, 10))
    print(f"image: {image.name}, {size / 1e6:.1f} MB, 5 cases, 150 scan pages")
    print(f"openssl dgst -sha256          {base:6.2f} s")
    print(f"intake verify --json          {full:6.2f} s   (goal < 15 s)   ratio {full / base:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", default=str(ROOT / "bench" / "work"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="rebuild the disc image")
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    if args.fresh:
        shutil.rmtree(work / "five-cases.iso", ignore_errors=True)
    per_page(work, args.runs)
    whole_disc(work, args.runs)


if __name__ == "__main__":
    main()
