"""Benchmark: reading the name round a seal (issue 32): the right name accepted, wrong ones refused.

Two sets of stamped pages, each in the capture kinds a desk receives:
* drawn seals with known names (tests/scanlab: round and oval, 25-60 mm, faint and speckled
  ink, over text, pairs of seals), from the page corpus of bench/seals.py;
* real imprints (../shared/realdata/seals, names as its SOURCES.md gives them), composited by
  tests/scanlab/real_pages.py (flatbed 150-300 dpi, phone, phone with cast and moiré,
  photocopy).
For every seal the check found (its own ring: on a page of several seals, the ring centred
on it; "found" counts the seals it found), its readings are scored
(app/documents/seals/seal_names.py) against its own name and against wrong ones: the other
units' names, and near misses (one word of the right name changed). Printed per capture
kind: right names accepted, other units' names refused, the accuracy (the mean of the two),
near misses refused, the accuracy with the near misses among the wrong names, the rate at
which a page of seals bearing the expected names would be called another unit's, and the cost
of a reading beside the cost of finding the seal. Imprints no person can read at the source
are counted apart ("illegible").

Usage: python bench/seal_names.py [--pages 120] [--per-ink 4] [--seed 32] [--scores FILE]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from scanlab.corpus import corpus, make_page  # noqa: E402
from scanlab.real_pages import CAPTURES, available, real_page  # noqa: E402
from scanlab.seal_ink import UNITS  # noqa: E402

from app.documents.pdf import analyse_scan  # noqa: E402
from app.documents.seals.seal_names import judge_name  # noqa: E402

# The real imprints whose full name is known (SOURCES.md; the rest are cut or unnamed there).
REAL_NAMES = {
    "zd_gz": "北京中导开源科技有限公司", "zd_cw": "北京中导开源科技有限公司",
    "sz_e": "江苏视准医疗器械有限公司", "sz_ht_e": "江苏视准医疗器械有限公司",
    "sz_date": "江苏视准医疗器械有限公司", "sz_text": "江苏视准医疗器械有限公司",
    "sz_f4a": "江苏视准医疗器械有限公司", "sy": "北京尚医联合文化传播有限公司",
    "hd_gsj": "北京市工商行政管理局海淀分局", "wh_sj": "武汉市市场监督管理局",
    "rx_yj": "容县应急管理局", "ty_xx": "太原孤残儿童特殊教育学校",
    "gqt": "共青团上海市委员会", "rjx_oval": "天津瑞佳讯贸易有限公司",
}
# Imprints whose name a person cannot read at the source either (SOURCES.md): text blurred by
# the uploader (ty_xx), a low-resolution scan under a signature (rx_yj), a faint phone photo
# (gqt). Their seals are counted apart: "not read" is the right answer there.
ILLEGIBLE = {"ty_xx", "rx_yj", "gqt"}
OTHERS = [*UNITS, *REAL_NAMES.values(), "西安智驰数标科技有限公司", "陕西省数据和政务服务局",
          "宝鸡高新技术产业开发区管理委员会", "北京中科开源信息技术有限公司"]
SWAPS = [("北京", "天津"), ("江苏", "浙江"), ("陕西", "山西"), ("科技", "信息"),
         ("有限公司", "研究院"),
         ("数据", "数字"), ("市", "县"), ("管理局", "服务中心"), ("医疗器械", "医药科技")]


def wrong_names(right: str, rng: random.Random) -> tuple[list[str], list[str]]:
    """Three other units' names, and up to two near misses of the right one."""
    others = [name for name in dict.fromkeys(OTHERS) if name != right]
    near = [right.replace(old, new, 1) for old, new in SWAPS if old in right]
    return rng.sample(others, 3), near[:2]


def drawn_seals(count: int, seed: int):
    for spec in corpus(count, seed):
        if spec.seals == 0 or spec.edge_cut:
            continue
        page = make_page(spec)
        # 100 dpi apart: the accuracy goal (issue 32) is for scans at 150-300 dpi.
        kind = ("photocopy" if page.truth.grey else "phone" if spec.capture.mode == "phone"
                else "flatbed_300" if spec.dpi >= 300 else "flatbed_100" if spec.dpi < 150
                else "flatbed")
        seals = [(s.unit, (s.x_mm, s.y_mm, max(s.width_mm, s.height_mm)))
                 for s in page.truth.seals if s.visible >= 0.95]
        if seals:
            yield kind, page.data, page.file_type, seals


def real_seals(per_ink: int, seed: int):
    rng = random.Random(seed)
    for capture in CAPTURES:
        for ink, name in REAL_NAMES.items():
            for _ in range(per_ink):
                page = real_page(rng.randrange(1 << 30), "seal", capture, ink)
                kind = f"{capture} (illegible)" if ink in ILLEGIBLE else capture
                yield kind, page.data, page.file_type, [(name, None)]


def readings_of(scan, where) -> list:
    """The readings of the ring the check found on the seal at `where` (centre x, y and size
    in mm; None: the page's only seal, whatever ring was found)."""
    marks = scan.seals + scan.doubts
    if where is not None:
        x, y, size = where
        marks = [m for m in marks if abs(m.mark.x_mm + m.mark.width_mm / 2 - x) < size / 3
                 and abs(m.mark.y_mm + m.mark.height_mm / 2 - y) < size / 3]
    return [r for m in marks for r in m.readings]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=120)
    parser.add_argument("--per-ink", type=int, default=4)
    parser.add_argument("--seed", type=int, default=32)
    parser.add_argument("--scores", help="write every reading's scores here (JSON lines)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tally: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    costs: dict[str, list[float]] = defaultdict(list)
    out = open(args.scores, "w", encoding="utf-8") if args.scores else None  # noqa: SIM115
    sources = [("drawn", drawn_seals(args.pages, args.seed))]
    if available():
        sources.append(("real", real_seals(args.per_ink, args.seed)))
    for origin, pages in sources:
        for capture, data, file_type, seals in pages:
            names = [name for name, _ in seals]
            started = time.perf_counter()
            plain = analyse_scan(data, file_type, crops=False, names=False)
            costs["find"].append(time.perf_counter() - started)
            started = time.perf_counter()
            scan = analyse_scan(data, file_type, crops=False, names=True)
            readings = [r for s in scan.seals + scan.doubts for r in s.readings]
            costs["find+read"].append(time.perf_counter() - started)
            costs["readings"].append(sum(bool(s.readings) for s in scan.seals + scan.doubts))
            del plain
            key = f"{origin}/{capture}"
            # The page's own units are the names expected: a seal of one of them is no other
            # unit's.
            tally[key]["other unit (false)"] += bool(readings) and judge_name(readings,
                                                                              names).other
            tally[key]["pages"] += bool(readings)
            for right, where in seals:
                tally[key]["seals"] += 1
                own = readings_of(scan, where)  # this seal's ring, not its neighbour's
                if not own:
                    tally[key]["not found"] += 1
                    continue
                tally[key]["right accepted"] += judge_name(own, [right]).matched == right
                others, near = wrong_names(right, rng)
                for wrong in others:
                    tally[key]["wrong tried"] += 1
                    tally[key]["wrong refused"] += judge_name(own, [wrong]).matched is None
                for wrong in near:
                    tally[key]["near tried"] += 1
                    tally[key]["near refused"] += judge_name(own, [wrong]).matched is None
                if out:
                    out.write(json.dumps({"key": key, "right": right,
                                          "read": [r.text for r in readings]},
                                         ensure_ascii=False) + "\n")
    print(f"{'set/capture':32} {'seals':>5} {'found':>5} {'right ok':>8} {'other refused':>13} "
          f"{'accuracy':>8} {'near refused':>12} {'with near':>9} {'false other':>11}")
    for key in sorted(tally):
        t = tally[key]
        found = t["seals"] - t["not found"]
        right = t["right accepted"] / max(found, 1)
        wrong = t["wrong refused"] / max(t["wrong tried"], 1)
        # Each right name weighs as much as the wrong names tried against it.
        accuracy = (right + wrong) / 2
        near = t["near refused"] / max(t["near tried"], 1)
        # The same with the near misses among the wrong names tried.
        refused = (t["wrong refused"] + t["near refused"]) / max(t["wrong tried"]
                                                               + t["near tried"], 1)
        print(f"{key:32} {t['seals']:5d} {found:5d} {right:8.3f} {wrong:13.3f} {accuracy:8.3f} "
              f"{near:12.3f} {(right + refused) / 2:9.3f} "
              f"{t['other unit (false)'] / max(t['pages'], 1):11.3f}")
    pages = len(costs["find"])
    find, both = sum(costs["find"]), sum(costs["find+read"])
    read = sum(costs["readings"])
    print(f"\n{pages} pages, {read} readings: finding seals {find / pages * 1000:.0f} ms a page; "
          f"reading their names adds {(both - find) / max(read, 1) * 1000:.0f} ms a seal "
          f"(ratio find+read / find {both / find:.2f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
