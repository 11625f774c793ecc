"""Benchmark: reading a submission image, against tools that only hash or only list.

1. A >= 1 GB image with a few hundred files: `intake inspect --json` (volume, every file's
   SHA-256, the image's SHA-256) against `openssl dgst -sha256` of the same image, same run.
2. A 20,000-file image: listing it (open + every name and extent) against `7z l` and
   `isoinfo -l`, same run.
3. A 100,000-file image (a data-annotation sample set): listed and hashed (`read_source`),
   its time and peak memory (goal < 300 MB).

Usage: python bench/ingest.py [--work DIR] [--gigabytes 1.0] [--runs 3]
Needs genisoimage, openssl, 7z (p7zip-full) and isoinfo (genisoimage).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def warm(path: Path) -> None:
    with open(path, "rb") as fp:
        while fp.read(8 << 20):
            pass


def build_big(work: Path, gigabytes: float) -> Path:
    image = work / f"big-{gigabytes:g}g.iso"
    if image.exists():
        return image
    tree = work / "big-tree"
    shutil.rmtree(tree, ignore_errors=True)
    total = int(gigabytes * (1 << 30))
    count = 300
    for index in range(count):
        folder = tree / f"{index // 5 + 1:02d}-案例{index // 5 + 1}"
        folder.mkdir(parents=True, exist_ok=True)
        size = total // count + (index % 7) * 4099
        (folder / f"材料{index:03d}（盖章版）.pdf").write_bytes(os.urandom(size))
    subprocess.run(["genisoimage", "-quiet", "-J", "-R", "-o", str(image), str(tree)],
                   check=True)
    shutil.rmtree(tree)
    return image


def build_many(work: Path, count: int = 20_000) -> Path:
    image = work / f"many-{count // 1000}k.iso"
    if image.exists():
        return image
    tree = work / "many-tree"
    shutil.rmtree(tree, ignore_errors=True)
    for index in range(count):
        folder = tree / f"单位{index // 200:03d}"
        if index % 200 == 0:
            folder.mkdir(parents=True)
        (folder / f"案例材料{index:05d}.txt").write_bytes(b"x" * (100 + index % 300))
    subprocess.run(["genisoimage", "-quiet", "-J", "-R", "-o", str(image), str(tree)],
                   check=True)
    shutil.rmtree(tree)
    return image


READ_WHOLE = (
    "import sys, time\n"
    "from app.disc.sources import read_source\n"
    "started = time.perf_counter()\n"
    "reading = read_source(sys.argv[1])\n"
    "took = time.perf_counter() - started\n"
    "assert len(reading.files) == int(sys.argv[2]), len(reading.files)\n"
    "peak = next(l for l in open('/proc/self/status') if l.startswith('VmHWM'))\n"
    "print(f'{took:.3f} {int(peak.split()[1]) / 1024:.1f} {reading.volume.read_by}')\n"
)
LIST_ONLY = (
    "import os, sys\n"
    "from app.disc.volume import read_volume\n"
    "fp = open(sys.argv[1], 'rb', buffering=0)\n"
    "files = read_volume(fp, os.fstat(fp.fileno()).st_size).files\n"
    "assert len(files) == int(sys.argv[2]), len(files)\n"
)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "work")
    parser.add_argument("--gigabytes", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    python = sys.executable
    env_note = f"{os.cpu_count()} cores, Python {sys.version.split()[0]}"

    big = build_big(args.work, args.gigabytes)
    warm(big)
    report = args.work / "big.json"
    openssl = timed(["openssl", "dgst", "-sha256", str(big)], args.runs)
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    inspect = timed([python, "-m", "app", "inspect", str(big), "--json", str(report),
                     "--quiet"], args.runs)
    peak_mib = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    size_gb = big.stat().st_size / 1e9
    print(f"# {env_note}; page cache warm; median of {args.runs} runs")
    print(f"image: {big.name}, {size_gb:.3f} GB, 300 files")
    print(f"openssl dgst -sha256      {openssl:7.3f} s  ({size_gb / openssl:.2f} GB/s)")
    print(f"intake inspect --json     {inspect:7.3f} s  ({size_gb / inspect:.2f} GB/s)")
    print(f"ratio inspect/openssl     {inspect / openssl:7.2f}   (goal <= 1.3, aim 1.1)")
    print(f"peak memory of inspect    {peak_mib:7.1f} MiB (goal < 200)")

    many = build_many(args.work)
    warm(many)
    listing = timed([python, "-c", LIST_ONLY, str(many), "20000"], args.runs)
    startup = timed([python, "-c", "import app.disc.volume"], args.runs)
    whole = timed([python, "-m", "app", "inspect", str(many), "--json",
                   str(args.work / "many.json"), "--quiet"], args.runs)
    seven = timed(["7z", "l", str(many)], args.runs)
    isoinfo = timed(["isoinfo", "-R", "-l", "-i", str(many)], args.runs)
    print(f"image: {many.name}, {many.stat().st_size / 1e6:.1f} MB, 20,000 files "
          "(Joliet + Rock Ridge)")
    print(f"list (open + names + extents) {listing - startup:6.3f} s  "
          f"(process {listing:.3f} s less {startup:.3f} s interpreter start; goal < 1.5)")
    print(f"intake inspect --json (all)   {whole:6.3f} s")
    print(f"7z l                          {seven:6.3f} s  ratio list/7z {listing / seven:.1f}")
    print(f"isoinfo -R -l                 {isoinfo:6.3f} s  ratio list/isoinfo "
          f"{listing / isoinfo:.1f}")

    huge = build_many(args.work, 100_000)
    warm(huge)
    done = subprocess.run([python, "-c", READ_WHOLE, str(huge), "100000"], check=True,
                          capture_output=True, text=True)
    took, peak, reader = done.stdout.split()
    print(f"image: {huge.name}, {huge.stat().st_size / 1e6:.1f} MB, 100,000 files "
          "(Joliet + Rock Ridge)")
    print(f"listed and hashed (read_source) {float(took):6.3f} s, peak memory {peak} MiB "
          f"(goal < 300), listed by {reader}")
    return 0


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
