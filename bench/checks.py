"""Benchmark: the checks of a disc, against what they cannot avoid.

1. Seal analysis per A4 scan page (render + red mask + ring search) against rendering the same
   page at the same resolution alone, same run. Goal: at most 80 ms per page, aim 40.
2. A whole 5-case disc, each case a .docx and a 30-page colour scan (150 scan pages), verified
   end to end (`intake verify --json` in a fresh process) against `openssl dgst -sha256` of the
   same image. Goal: under 15 s.

Usage: python bench/checks.py [--work DIR] [--runs 3]
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

from app.documents.pdf import RENDER_DPI, analyse_scan  # noqa: E402

NAMES = ["智能医疗影像标注平台", "工业质检数据标注实践", "文旅大模型语料建设", "人才实训基地共建",
         "标注质量标准研制"]


def per_page(runs: int) -> None:
    pages = 20
    scan = S.scan_pdf(pages, seal_pages=tuple(range(1, pages + 1, 3)), dpi=200, quality=75,
                      grain=True)

    def render_only() -> None:
        with pymupdf.open("pdf", scan) as doc:
            for page in doc:
                page.get_pixmap(dpi=RENDER_DPI, colorspace=pymupdf.csRGB, alpha=False)

    def analyse() -> None:
        result = analyse_scan(scan)
        assert len(result.seal_pages) == 7, result.seal_pages

    def timed(job: object) -> float:
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            job()  # type: ignore[operator]
            times.append(time.perf_counter() - started)
        return statistics.median(times) / pages * 1000

    base = timed(render_only)
    full = timed(analyse)
    kib = len(scan) / pages / 1024
    print(f"scan pages: A4 colour JPEG at 200 dpi with paper grain, {kib:.0f} KiB per page, "
          f"{pages} pages, 7 with a seal")
    print(f"render alone at {RENDER_DPI} dpi      {base:6.1f} ms/page")
    print(f"seal analysis (render + checks + crops) {full:6.1f} ms/page   "
          f"(goal <= 80, aim 40)")
    print(f"analysis over render alone          {full - base:6.1f} ms/page   ratio "
          f"{full / base:.2f}")


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
    command = [sys.executable, "-m", "app", "verify", str(image), "--json", str(report),
               "--quiet"]

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
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--fresh", action="store_true", help="rebuild the disc image")
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    if args.fresh:
        shutil.rmtree(work / "five-cases.iso", ignore_errors=True)
    per_page(args.runs)
    whole_disc(work, args.runs)


if __name__ == "__main__":
    main()
