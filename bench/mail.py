"""Benchmark: a unit's e-mail (issue 20).

Five cases' documents (docx and 12-page scans, about 30 MB as base64) in one saved .eml:
`intake email import` (reads the mail, writes the attachments out, checks them as a disc,
archives the mail, records it) against `intake verify` of the same files lying loose in a
folder, same run: what the mail costs on top of the checks. Prints time (median of --runs),
peak memory and the ratio.

Usage: python bench/mail.py [--work DIR] [--runs 3]
"""

from __future__ import annotations

import argparse
import shlex
from pathlib import Path

from archives import ROOT, run  # the same timing and peak-memory harness
from own_register import own_register


def build(work: Path) -> tuple[Path, Path]:
    import maillab as M
    import submissions as S

    saved, loose = work / "mail" / "unit.eml", work / "mail" / "loose"
    if not saved.exists():
        files = {}
        for n in range(1, 6):
            files[f"{n}-案例{n}-可编辑版.docx"] = S.docx(f"案例{n}")
            files[f"{n}-案例{n}-盖章版.pdf"] = S.scan_pdf(12)
        for name, data in files.items():
            (loose / name).parent.mkdir(parents=True, exist_ok=True)
            (loose / name).write_bytes(data)
        saved.write_bytes(M.eml("西安市数据局+数据标注优秀案例", files,
                                sent=M.at("2025-10-21 09:00")))
    return saved, loose


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "work")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    saved, loose = build(args.work)
    intake = shlex.join(own_register(args.work / "mail-data"))
    ours, our_peak = run(f"{intake} email import '{saved}' --unit 西安市数据局", args.runs)
    base, base_peak = run(f"{intake} verify '{loose}'", args.runs)
    size = saved.stat().st_size / 1e6
    print(f"mail of {size:.0f} MB, 5 cases: email import {ours:.2f} s, peak {our_peak} MB; "
          f"verify of the loose files {base:.2f} s, peak {base_peak} MB; "
          f"ratio {ours / base:.2f}")


if __name__ == "__main__":
    main()
