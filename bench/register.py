"""Benchmark: adding a disc to the register (`intake disc add`: the whole check, the copy of the
image into the archive, the transaction), against the least any program must do with the same
image in the same run: hash it (`openssl dgst -sha256`) and copy it (`cp`), and the same with
the copy flushed to disk (`sync FILE`), as ours is before its record is committed.

The disc is a real submission (5 cases, summary table, scans with seals) plus bulk (a video of
the project, as units often add) so that the image is big enough for the copy to matter.

Usage: python bench/register.py [--work DIR] [--megabytes 600] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from deliveries import case_names, disc_files  # noqa: E402
from images import pycdlib_hybrid  # noqa: E402

UNIT = "西安市数据局"


def build(work: Path, megabytes: int) -> Path:
    image = work / f"disc-{megabytes}m.iso"
    if not image.exists():
        files = disc_files(UNIT, case_names(UNIT, 5), pages=3)
        files["5-附件/项目演示视频.mp4"] = os.urandom(megabytes << 20)
        pycdlib_hybrid(image, files)
    return image


def timed(make_cmd: object, runs: int, work: Path) -> float:
    times = []
    for run in range(runs):
        target = work / f"run-{run}"
        shutil.rmtree(target, ignore_errors=True)
        commands = make_cmd(target)  # type: ignore[operator]
        started = time.perf_counter()
        for command in commands:
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=ENV)
        times.append(time.perf_counter() - started)
        shutil.rmtree(target, ignore_errors=True)
    return statistics.median(times)


def image_reads(command: list[str], image: Path, work: Path) -> int | None:
    """Bytes of the image the command reads (read calls) or maps (mmap), counted by strace;
    None where strace is not installed."""
    strace = shutil.which("strace")
    if strace is None:
        return None
    log = work / "strace.txt"
    subprocess.run([strace, "-f", "-y", "-qq", "-o", str(log), "-e",
                    "trace=read,pread64,readv,preadv,mmap", *command],
                   check=True, stdout=subprocess.DEVNULL, env=ENV)
    name = f"<{image.resolve()}>"
    total = 0
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if name not in line:
            continue
        call = line.split(None, 1)[-1]
        if call.startswith("mmap("):
            total += int(call.split(",")[1])
        elif "=" in call:
            result = call.rsplit("=", 1)[1].split()[0]
            total += int(result) if result.lstrip("-").isdigit() and int(result) > 0 else 0
    return total


ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", INTAKE_LANG="en", PYTHONPATH=str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path)
    parser.add_argument("--megabytes", type=int, default=600)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="intake-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    image = build(work, args.megabytes)
    ENV["INTAKE_KEY_FILE"] = str(work / "bench.key")
    key = work / "bench.key"
    if not key.exists():
        key.write_text(os.urandom(32).hex() + "\n", encoding="ascii")
    size = image.stat().st_size

    def intake(target: Path) -> list[list[str]]:
        return [[sys.executable, "-m", "app", "--data", str(target), "disc", "add", str(image),
                 "--unit", UNIT, "--at", "2025-10-22 10:00", "--quiet"]]

    def baseline(target: Path) -> list[list[str]]:
        target.mkdir(parents=True)
        return [["openssl", "dgst", "-sha256", str(image)], ["cp", str(image), str(target)]]

    def durable(target: Path) -> list[list[str]]:  # the copy made to survive a power cut
        return [*baseline(target), ["sync", str(target / image.name)]]

    with open(image, "rb") as fp:  # both sides start from a warm page cache
        while fp.read(8 << 20):
            pass
    ours = timed(intake, args.runs, work)
    floor = timed(baseline, args.runs, work)
    synced = timed(durable, args.runs, work)
    print(f"image                      {size / (1 << 20):8.1f} MiB, 5 cases, 15 scan pages")
    print(f"intake disc add            {ours:8.3f} s  (check + archive copy + transaction)")
    print(f"openssl dgst + cp          {floor:8.3f} s")
    print(f"openssl dgst + cp + sync   {synced:8.3f} s  (the copy on disk, as ours is)")
    print(f"ratio disc add / baseline  {ours / floor:8.2f}")
    print(f"ratio disc add / synced    {ours / synced:8.2f}")
    target = work / "traced"
    shutil.rmtree(target, ignore_errors=True)
    read = image_reads(intake(target)[0], image, work)
    shutil.rmtree(target, ignore_errors=True)
    if read is not None:
        print(f"image bytes read by disc add per image byte  {read / size:6.3f}  "
              "(read calls and mapped windows, counted by strace)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
