"""Damaged images of every kind (tests/disclab: descriptors, path tables, directory records and
loops, Rock Ridge continuation loops, UDF entry, identifier and allocation loops, huge extents,
odd UCS-2, cuts): each case ends in a reading within 10 s, never a traceback, in bounded
memory, and a disc 7-Zip still lists is not declared wholly unreadable.

The run is a child process, so its peak memory is the reader's and not the test session's."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MEMORY_BOUND_MB = 500


@contextmanager
def time_bound(seconds: float):
    if not hasattr(signal, "setitimer"):  # Windows: the caller's own checks still hold
        yield
        return

    def expire(signum, frame):
        raise TimeoutError(f"no result within {seconds} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def fuzz(cases: int, seed: int, work: Path, *more: str) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "tests"), str(ROOT)])}
    done = subprocess.run([sys.executable, "-m", "disclab.fuzz", "--cases", str(cases),
                           "--seed", str(seed), "--work", str(work), *more],
                          capture_output=True, text=True, env=env, check=True, cwd=ROOT)
    return json.loads(done.stdout)


def assert_sound(summary: dict) -> None:
    assert summary["crash_count"] == 0, summary["crashes"]
    assert summary["outcomes"].get("timeout", 0) == 0
    assert summary["slowest_seconds"] < 10
    assert summary["peak_rss_mb"] < MEMORY_BOUND_MB
    assert summary["leak_count"] == 0, summary["leaks"]
    # A disc shown with nothing on it says why, but for damage that looks like an honest
    # empty directory (a file marked deleted, a length of zero).
    assert summary["silent_empty_count"] <= summary["cases"] * 0.02, summary["silent_empty"]
    if summary["peers_list"] is not None:
        assert summary["unreadable_where_peers_list"] <= summary["peers_list"] * 0.10


needs_7z = pytest.mark.skipif(shutil.which("7z") is None, reason=".ci/run installs p7zip")


@needs_7z
def test_three_hundred_damaged_images(tmp_path: Path) -> None:
    summary = fuzz(300, seed=20251024, work=tmp_path)
    assert_sound(summary)
    assert summary["outcomes"]["listed"] > 200


@needs_7z
@pytest.mark.slow
def test_five_thousand_damaged_images(tmp_path: Path) -> None:
    summary = fuzz(5000, seed=926, work=tmp_path)
    assert_sound(summary)


@needs_7z
def test_the_cases_a_fuzz_pass_found_stay_fixed(tmp_path: Path) -> None:
    """Seed 2029, case 1135: a UDF descriptor sent pycdlib to seek before the image's start
    (OSError EINVAL, exit 70). The pass up to it is the reproducer."""
    summary = fuzz(1136, seed=2029, work=tmp_path)
    assert summary["crash_count"] == 0, summary["crashes"]


def test_the_cases_an_add_pass_found_stay_fixed(tmp_path: Path) -> None:
    """Seed 2031 through `disc add`, cases 200 (our UDF reader) and 247 (pycdlib's, a hybrid):
    a UDF information length of 2**64 - 1 was kept as the file's size and overflowed the
    register's integer column (exit 70)."""
    summary = fuzz(248, 2031, tmp_path, "--through", "add", "--no-oracle")
    assert summary["crash_count"] == 0, summary["crashes"]


def test_damaged_images_are_recorded_whole_or_not_at_all(tmp_path: Path) -> None:
    """`disc add` of damaged images: each is recorded (those with no disc's contents once the
    clerk confirms it), never a traceback, and the registers they went into verify: every disc
    counted, the trail intact, every archived image as recorded."""
    summary = fuzz(240, 2032, tmp_path, "--through", "add", "--no-oracle")
    assert_sound(summary)
    assert summary["added"] == 240 and summary["registers_not_intact"] == []
