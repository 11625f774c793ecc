"""Benchmark: materials packed in archives (issue 17).

1. A folder disc holding one zip with a 1 GiB member that deflates about 190-fold (the case
   that cost 2.2 GB before): `intake verify` against `unzip -p | sha256sum` (unpacks and
   digests, checks nothing), same run.
2. Five cases' documents (docx and 12-page scans) packed in a 7z: `intake verify` against
   `intake verify` of the same files lying loose on the disc, same run: what the archive
   costs on top of the checks.
Prints time (median of --runs), peak memory (ru_maxrss of the child), and the ratio.

Usage: python bench/archives.py [--work DIR] [--runs 3]
Needs unzip and 7z (p7zip-full / 7zip) to build the material.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "services")]


_PEAK = ("import resource, subprocess, sys; subprocess.run(sys.argv[1], shell=True, "
         "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
         "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def run(cmd: str, runs: int) -> tuple[float, int]:
    """Median seconds and the peak resident memory (MB) of a shell command: each run in a
    fresh parent, since a process's children's peak only ever grows."""
    times, peak = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _PEAK, cmd], capture_output=True,
                             text=True, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        times.append(time.perf_counter() - started)
        peak = max(peak, int(out.stdout.split()[-1]) // 1024)
    return statistics.median(times), peak


def build(work: Path) -> tuple[Path, Path]:
    import archivelab
    import submissions as S
    from test_archives_on_disc import _bomb_like_zip

    big = work / "big"
    if not (big / "材料.zip").exists():
        big.mkdir(parents=True, exist_ok=True)
        _bomb_like_zip(big / "材料.zip", 1 << 30)
    cases = work / "cases"
    if not (cases / "申报材料.7z").exists():
        cases.mkdir(parents=True, exist_ok=True)
        files = {}
        for n in range(1, 6):
            files[f"{n}-案例{n}/案例{n}-可编辑版.docx"] = S.docx(f"案例{n}")
            files[f"{n}-案例{n}/案例{n}-盖章版.pdf"] = S.scan_pdf(12)
        (cases / "申报材料.7z").write_bytes(archivelab.seven_zip(files))
        for name, data in files.items():
            target = work / "loose" / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    return big, cases


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "work")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    big, cases = build(args.work)
    intake = f"'{sys.executable}' -m app.cli --data '{args.work / 'data'}' verify"
    for name, folder, baseline in (
            ("1 GiB zip member", big, f"unzip -p '{big}/材料.zip' | sha256sum"),
            ("7z, 5 cases", cases, f"{intake} '{args.work / 'loose'}'")):
        ours, our_peak = run(f"{intake} '{folder}'", args.runs)
        base, base_peak = run(baseline, args.runs)
        print(f"{name}: intake verify {ours:.2f} s, peak {our_peak} MB; baseline "
              f"{base:.2f} s, peak {base_peak} MB; ratio {ours / base:.2f}")


if __name__ == "__main__":
    main()
