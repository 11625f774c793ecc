"""Benchmark: imaging a disc from its drive against `dd bs=1M` of the same source, same run.

The source is a 1 GB image with 300 files (bench/ingest.py builds it), attached to a read-only
loop device where the machine allows (root and losetup), else read as a file. Our pass copies,
digests the image and every file and makes the copy durable; dd only copies, so it is timed
both plain and with conv=fsync. When the page cache can be dropped, every run reads cold.

Two speeds of source: the loop device as fast as it goes (the pass is then bound by the CPU:
two SHA-256 streams over every byte), and, where the blkio cgroup can throttle the device, at
--drive-speed MB/s, which is still faster than any optical drive (BD 12x reads about 54 MB/s,
DVD 16x about 22 MB/s): the speed the pass meets at the desk.

Usage: python bench/imaging.py [--work DIR] [--gigabytes 1.0] [--runs 3] [--drive-speed 100]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from ingest import build_big, warm  # noqa: E402

from app.disc.drives.block_source import FileSource  # noqa: E402
from app.disc.drives.imaging import image_disc, map_path_for  # noqa: E402


@contextlib.contextmanager
def drive(image: Path) -> Iterator[tuple[str, str]]:
    """(path, what it is): a loop device over the image, or the image itself."""
    if os.geteuid() == 0 and shutil.which("losetup"):
        made = subprocess.run(["losetup", "--find", "--show", "--read-only", str(image)],
                              capture_output=True, text=True)
        if made.returncode == 0:
            device = made.stdout.strip()
            try:
                yield device, f"loop device {device}"
            finally:
                subprocess.run(["losetup", "--detach", device], check=False)
            return
    yield str(image), "image file (no loop device here)"


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


BLKIO = Path("/sys/fs/cgroup/blkio")


@contextlib.contextmanager
def throttled(device: str, bytes_per_second: int) -> Iterator[bool]:
    """This process (and the dd it starts) in a blkio cgroup that caps reads of the device."""
    group = BLKIO / "intake-bench"
    try:
        group.mkdir(exist_ok=True)
        numbers = os.stat(device).st_rdev
        (group / "blkio.throttle.read_bps_device").write_text(
            f"{os.major(numbers)}:{os.minor(numbers)} {bytes_per_second}\n")
        (group / "cgroup.procs").write_text(f"{os.getpid()}\n")
    except OSError:
        yield False
        return
    try:
        yield True
    finally:
        (BLKIO / "cgroup.procs").write_text(f"{os.getpid()}\n")
        with contextlib.suppress(OSError):
            group.rmdir()


def prepare(source: str, cold: bool, out: Path) -> None:
    out.unlink(missing_ok=True)
    map_path_for(out).unlink(missing_ok=True)
    if not cold:
        warm(Path(source))


def ours(source: str, out: Path) -> float:
    started = time.perf_counter()
    with FileSource(source) as disc:
        imaged = image_disc(disc, out)
    elapsed = time.perf_counter() - started
    assert not imaged.bad and imaged.structure.files, "the copy must be whole and listed"
    return elapsed


def dd(source: str, out: Path, *extra: str) -> float:
    started = time.perf_counter()
    subprocess.run(["dd", f"if={source}", f"of={out}", "bs=1M", *extra], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def measure(source: str, out: Path, runs: int, cold: bool) -> dict[str, float]:
    times: dict[str, list[float]] = {"ours": [], "dd": [], "dd_fsync": []}
    for _ in range(runs):
        for name, run in (("dd", lambda: dd(source, out)),
                          ("dd_fsync", lambda: dd(source, out, "conv=fsync")),
                          ("ours", lambda: ours(source, out))):
            prepare(source, cold, out)
            if cold:
                drop_caches()
            times[name].append(run())
    out.unlink(missing_ok=True)
    map_path_for(out).unlink(missing_ok=True)
    return {name: statistics.median(values) for name, values in times.items()}


def show(title: str, size: int, median: dict[str, float]) -> None:
    print(title)
    for name, label in (("dd", "dd bs=1M"), ("dd_fsync", "dd bs=1M conv=fsync"),
                        ("ours", "intake imaging (copy + image and file SHA-256 + fsync)")):
        print(f"  {label:56s} {median[name]:7.3f} s  ({size / median[name] / 1e6:7.1f} MB/s)")
    print(f"  speed ratio, ours / dd:             {median['dd'] / median['ours']:.2f}")
    print(f"  speed ratio, ours / dd conv=fsync:  {median['dd_fsync'] / median['ours']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--work", type=Path, default=ROOT / "bench" / "work")
    parser.add_argument("--gigabytes", type=float, default=1.0)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--drive-speed", type=float, default=100.0, help="MB/s")
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    image = build_big(args.work, args.gigabytes)
    size = image.stat().st_size
    out = args.work / "imaged.iso"
    with drive(image) as (source, what):
        cold = drop_caches()
        print(f"source: {what}, {size / 1e9:.2f} GB, "
              f"{'cold reads (page cache dropped before each run)' if cold else 'warm cache'}")
        show("as fast as the source goes:", size, measure(source, out, args.runs, cold))
        if source.startswith("/dev/"):
            speed = int(args.drive_speed * 1e6)
            with throttled(source, speed) as applied:
                if applied:
                    show(f"source throttled to {args.drive_speed:g} MB/s (a fast optical drive):",
                         size, measure(source, out, max(1, args.runs - 1), cold))
                else:
                    print("(no blkio cgroup here: the drive-speed comparison is skipped)")


if __name__ == "__main__":
    main()
