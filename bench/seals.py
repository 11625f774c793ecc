"""Benchmark: is the seal check right on pages as ugly as the ones units send?

Generates (once, cached under bench/work/seal-pages/) a labelled corpus of scanned pages with
tests/scanlab: seals faint, uneven, rotated, round and oval, 25-60 mm, one to four on a page,
touching or overlapping and over text, cut by the page edge; red letterheads, red text, red
borders, logos, pen marks and approval stamps without a seal; paper tone, dust, streaks,
binding shadow, skew, blur, colour fringes; JPEG 35-90 with 4:2:0 chroma, PNG, TIFF; phone
photographs; greyscale and black-and-white pages. Each page knows where its seals are.

Prints, for colour pages, page-level recall and precision of "has a seal" over the pages the
detector answers (found / none), the share it is not sure about, and false seals on
letterhead pages; for grey pages, how often a ring is reported; and the time per page of the
whole scan check (analyse_scan) against PyMuPDF rendering the same pages at 100 dpi, measured
in the same run.

Usage: python bench/seals.py [--pages 420] [--seed 2025] [--work DIR] [--failures] [--stages]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import pymupdf  # noqa: E402
from scanlab.corpus import corpus, make_page  # noqa: E402

from app.documents.pdf import analyse_scan  # noqa: E402

SUFFIX = {"pdf": "pdf", "jpg": "jpg", "png": "png", "tiff": "tif"}


def build(work: Path, count: int, seed: int) -> list[tuple[Path, dict]]:
    """The corpus's files and truths, made where missing."""
    work.mkdir(parents=True, exist_ok=True)
    pages = []
    made = 0
    started = time.perf_counter()
    for index, spec in enumerate(corpus(count, seed)):
        truth_file = work / f"{index:04d}.json"
        if truth_file.exists():
            truth = json.loads(truth_file.read_text())
            pages.append((work / truth["file"], truth))
            continue
        page = make_page(spec)
        name = f"{index:04d}.{SUFFIX[page.file_type]}"
        (work / name).write_bytes(page.data)
        truth = {"file": name, "type": page.file_type, "group": spec.group,
                 "stamped": page.truth.stamped, "grey": page.truth.grey,
                 "conditions": page.truth.conditions, "red": page.truth.red,
                 "seals": [vars(s) | {"x_mm": float(s.x_mm), "y_mm": float(s.y_mm),
                                      "width_mm": float(s.width_mm),
                                      "height_mm": float(s.height_mm)}
                           for s in page.truth.seals]}
        truth_file.write_text(json.dumps(truth, ensure_ascii=False))
        pages.append((work / name, truth))
        made += 1
        if made % 20 == 0:
            print(f"  made {made} pages ({time.perf_counter() - started:.0f} s)", flush=True)
    return pages


def outcome(data: bytes, file_type: str) -> tuple[str, float]:
    started = time.perf_counter()
    scan = analyse_scan(data, file_type, crops=True)
    spent = time.perf_counter() - started
    if scan.seal_pages:
        return "found", spent
    return ("unsure" if scan.doubts else "none"), spent


def render_100dpi(data: bytes, file_type: str) -> float:
    started = time.perf_counter()
    with pymupdf.open(stream=data, filetype=file_type) as doc:
        for page in doc:
            page.get_pixmap(dpi=100)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=420)
    parser.add_argument("--seed", type=int, default=2025)
    parser.add_argument("--work", default=str(ROOT / "bench" / "work" / "seal-pages"))
    parser.add_argument("--failures", action="store_true", help="list the pages it got wrong")
    parser.add_argument("--stages", action="store_true",
                        help="where the time goes on the 150 dpi PDF pages, stage by stage")
    args = parser.parse_args()
    pages = build(Path(args.work) / f"{args.pages}-{args.seed}", args.pages, args.seed)
    if args.stages:
        stages([path.read_bytes() for path, truth in pages
                if "150dpi" in truth["conditions"] and truth["type"] == "pdf"])
        return
    colour: Counter[tuple[object, str]] = Counter()
    groups: dict[str, Counter[tuple[object, str]]] = defaultdict(Counter)
    grey: Counter[tuple[object, str]] = Counter()
    ours, base, at150 = [], [], []
    failures = []
    for path, truth in pages:
        data = path.read_bytes()
        said, spent = outcome(data, truth["type"])
        key = (truth["stamped"], said)
        (grey if truth["grey"] else colour)[key] += 1
        groups["grey" if truth["grey"] else truth["group"]][key] += 1
        baseline = render_100dpi(data, truth["type"])
        ours.append(spent)
        base.append(baseline)
        if "150dpi" in truth["conditions"] and truth["type"] == "pdf":
            at150.append((spent, baseline))
        wrong = (truth["stamped"] is True and said != "found") or (
            truth["stamped"] is False and said != "none")
        if wrong and not truth["grey"]:
            failures.append((path.name, truth["group"], truth["stamped"], said,
                             " ".join(truth["conditions"][1:])))
    report(colour, groups, grey, ours, base, at150)
    if args.failures:
        for failure in failures:
            print(*failure)


def stages(pages: list[bytes]) -> None:
    """Milliseconds a page in each stage of the seal check (the stages' own functions timed
    where the check calls them), after one warm-up pass."""
    from app.documents.seals import examine as seals
    from app.documents.seals import page as page_seals

    spent: dict[str, float] = defaultdict(float)

    def timed(module: object, name: str, label: str) -> None:
        inner = getattr(module, name)

        def wrapper(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[label] += time.perf_counter() - started
        setattr(module, name, wrapper)

    for module, name, label in (
            (pymupdf.Page, "get_pixmap", "render"), (seals, "red_level", "redness"),
            (seals, "candidates", "candidates"), (seals, "hypotheses", "ring hypotheses"),
            (seals, "fit_rings", "fits"), (seals, "measure", "measures"),
            (page_seals, "examine", "seal search in all")):
        timed(module, name, label)
    for data in pages:
        analyse_scan(data, "pdf", crops=True)
    spent.clear()
    started = time.perf_counter()
    for data in pages:
        analyse_scan(data, "pdf", crops=True)
    whole = time.perf_counter() - started
    print(f"{len(pages)} A4 PDF pages at 150 dpi: scan check {whole / len(pages) * 1000:.1f} "
          "ms a page, of which")
    for label, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {label:20s} {seconds / len(pages) * 1000:5.1f} ms")


def report(colour: Counter, groups: dict, grey: Counter, ours: list[float], base: list[float],
           at150: list[tuple[float, float]]) -> None:
    found_true = colour[(True, "found")]
    missed = colour[(True, "none")]
    found_false = colour[(False, "found")]
    unsure = sum(v for (_, said), v in colour.items() if said == "unsure")
    total = sum(colour.values())
    print(f"colour pages: {total}  (stamped {sum(v for (t, _), v in colour.items() if t is True)}"
          f", unstamped {sum(v for (t, _), v in colour.items() if t is False)}, seal cut "
          f"too far to count {sum(v for (t, _), v in colour.items() if t is None)})")
    recall = found_true / max(1, found_true + missed)
    precision = found_true / max(1, found_true + found_false)
    print(f"  recall    {recall:.3f}  ({found_true} of {found_true + missed} answered stamped "
          f"pages found)")
    print(f"  precision {precision:.3f}  ({found_false} unstamped pages called stamped)")
    print(f"  not sure  {unsure / max(1, total):.3f}  ({unsure} pages)")
    letterhead = groups.get("letterhead", Counter())
    print(f"  letterhead pages called stamped: {letterhead[(False, 'found')]} of "
          f"{sum(letterhead.values())}")
    for group, counts in sorted(groups.items()):
        cells = ", ".join(f"{'stamped' if t else 'none' if t is False else 'cut'}->{said} {n}"
                          for (t, said), n in sorted(counts.items(), key=str))
        print(f"    {group:10s} {cells}")
    rings = sum(v for (t, said), v in grey.items() if t and said == "unsure")
    false_rings = sum(v for (t, said), v in grey.items() if t is False and said == "unsure")
    print(f"grey and black-and-white pages: {sum(grey.values())}; a ring reported on {rings} of "
          f"{sum(v for (t, _), v in grey.items() if t)} stamped, on {false_rings} of "
          f"{sum(v for (t, _), v in grey.items() if t is False)} unstamped")
    print(f"time per page, all pages: scan check {statistics.mean(ours) * 1000:.1f} ms, "
          f"PyMuPDF render at 100 dpi {statistics.mean(base) * 1000:.1f} ms, ratio "
          f"{sum(ours) / sum(base):.2f}")
    if at150:
        check = sum(o for o, _ in at150) / len(at150) * 1000
        render = sum(b for _, b in at150) / len(at150) * 1000
        print(f"time per page, {len(at150)} A4 PDF pages at 150 dpi: scan check {check:.1f} ms "
              f"(goal <= 40), render at 100 dpi {render:.1f} ms, ratio {check / render:.2f} "
              f"(goal <= 0.5)")


if __name__ == "__main__":
    main()
