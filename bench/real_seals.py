"""Benchmark: the seal check on pages stamped with real seal imprints (issue 31).

Pages are made with tests/scanlab/real_pages.py from the imprints in ../shared/realdata/seals
(read from there), in five captures: flatbed 150-200 dpi, flatbed 300 dpi, phone photo, phone
photo with a strong colour cast and moiré, photocopy (grey). Per capture: page-level recall and
precision of "has a seal" over the pages the check answers (found / none), the share it is not
sure about, and what riding-seal slices alone and the real red distractors give. Grey pages
are reported apart (colour evidence is gone there: issue 32 reads the seal's name instead).

With --names, pages are judged as a disc's check judges them since issue 32: a ring on a grey
page whose name is the applicant's (the imprint's real name, SOURCES.md) or the recommending
unit's is a seal; pages with no named seal are checked against a stranger's name.

Usage: python bench/real_seals.py [--per-capture 60] [--seed 31] [--failures] [--names]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from scanlab.real_pages import CAPTURES, GROUPS, available, real_page  # noqa: E402
from seal_names import REAL_NAMES  # noqa: E402

from app.documents.pdf import analyse_scan  # noqa: E402
from app.services.seal_naming import name_case_seals  # noqa: E402

EXPECTED_UNIT = "西安市数据局"  # the recommending unit, expected beside the applicant
STRANGER = "陕西星图数据科技有限公司"  # the applicant of a page that bears no named seal


def answer(page, names: bool = False) -> str:
    """found / doubt / none for the page; with `names`, as a disc's check decides it (issue
    32): a grey page's ring that bears an expected name is a seal."""
    scan = analyse_scan(page.data, page.file_type, crops=False, names=names)
    if 1 in scan.seal_pages:
        return "found"
    if names and scan.grayscale:
        applicant = REAL_NAMES.get(page.ink, STRANGER) if page.group == "seal" else STRANGER
        named = name_case_seals([("scan.pdf", scan)], (applicant, EXPECTED_UNIT))
        if 1 in named.grey_pages:
            return "found"
    return "doubt" if 1 in scan.doubt_pages else "none"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-capture", type=int, default=60)
    parser.add_argument("--seed", type=int, default=31)
    parser.add_argument("--failures", action="store_true")
    parser.add_argument("--names", action="store_true",
                        help="read seals' names as a disc's check does (grey rings by name)")
    args = parser.parse_args()
    if not available():
        print("../shared/realdata/seals is not here")
        return 2
    rng = random.Random(args.seed)
    tally: dict[str, Counter[str]] = defaultdict(Counter)
    failures = []
    started = time.monotonic()
    for capture in CAPTURES:
        for number in range(args.per_capture):
            group = GROUPS[number % len(GROUPS)]
            seed = rng.randrange(1 << 30)
            page = real_page(seed, group, capture)
            said = answer(page, args.names)
            key = f"{capture}/{'stamped' if page.stamped else 'unstamped'}"
            tally[key][said] += 1
            tally[f"{capture}/{group}"][said] += 1
            wrong = (page.stamped and said != "found") or (not page.stamped and said == "found")
            if wrong:
                failures.append(f"{capture} {group} {page.ink} seed={seed}: {said}")
    print(f"{'capture':18} {'recall':>7} {'precision':>9} {'not sure':>9} {'pages':>6}")
    overall: Counter[str] = Counter()
    for capture in CAPTURES:
        yes, no = tally[f"{capture}/stamped"], tally[f"{capture}/unstamped"]
        answered_yes = yes["found"] + yes["none"]
        found_false = no["found"]
        recall = yes["found"] / answered_yes if answered_yes else float("nan")
        precision = yes["found"] / (yes["found"] + found_false) if yes["found"] + found_false \
            else float("nan")
        unsure = (yes["doubt"] + no["doubt"]) / max(1, sum(yes.values()) + sum(no.values()))
        print(f"{capture:18} {recall:7.2f} {precision:9.2f} {unsure:9.1%} "
              f"{sum(yes.values()) + sum(no.values()):6d}")
        if capture != "photocopy":
            overall.update({"tp": yes["found"], "fn": yes["none"], "fp": found_false,
                            "doubt": yes["doubt"] + no["doubt"],
                            "pages": sum(yes.values()) + sum(no.values())})
    print(f"{'colour captures':18} {overall['tp'] / max(1, overall['tp'] + overall['fn']):7.2f} "
          f"{overall['tp'] / max(1, overall['tp'] + overall['fp']):9.2f} "
          f"{overall['doubt'] / max(1, overall['pages']):9.1%} {overall['pages']:6d}")
    print("by group (found / doubt / none):")
    for capture in CAPTURES:
        parts = [f"{g} {tally[f'{capture}/{g}']['found']}/{tally[f'{capture}/{g}']['doubt']}/"
                 f"{tally[f'{capture}/{g}']['none']}" for g in sorted(set(GROUPS))]
        print(f"  {capture:18} " + "  ".join(parts))
    print(f"{time.monotonic() - started:.0f} s")
    if args.failures:
        print("\n".join(failures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
