"""Damaged images of every kind: each case ends in a reading (files or a finding), quickly,
and never in a traceback."""

from __future__ import annotations

import random
import signal
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from images import (
    disc_multisession,
    genisoimage,
    pycdlib_hybrid,
    strip_iso9660,
    udf_to_vat,
    write_tree,
)

from app.core.entities import DiscReading
from app.disc.sources import read_source

FILES = {"西安/申报书.docx": b"PK\x03\x04" + bytes(3000),
         "西安/盖章版.pdf": b"%PDF-1.7\n" + bytes(5000),
         "汇总表.xlsx": b"PK\x03\x04" + bytes(700), "a/b/c/d/e/f/g/h/i/深.txt": b"deep"}
TIME_BOUND = 10.0


@contextmanager
def time_bound(seconds: float):
    if not hasattr(signal, "setitimer"):  # Windows: the elapsed-time assertion still holds
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


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> dict[str, bytes]:
    work = tmp_path_factory.mktemp("fuzz-seeds")
    tree = write_tree(work / "tree", FILES)
    second = write_tree(work / "tree2", {"更正.docx": b"PK\x03\x04" + bytes(100)})
    return {
        "joliet_rr": genisoimage(work / "jr.iso", tree, "-J", "-R").read_bytes(),
        "plain": genisoimage(work / "p.iso", write_tree(work / "t3", {"A.TXT": b"x" * 3000}))
        .read_bytes(),
        "udf_hybrid": pycdlib_hybrid(work / "u.iso", {"申报书.docx": bytes(2000),
                                                       "盖章版.pdf": bytes(4000)}).read_bytes(),
        "udf_only": strip_iso9660(pycdlib_hybrid(work / "o.iso", {"a.pdf": bytes(100)}))
        .read_bytes(),
        "udf_vat": udf_to_vat(strip_iso9660(genisoimage(
            work / "v.iso", write_tree(work / "t4", {"申报书.docx": bytes(5000)}), "-udf")))
        .read_bytes(),
        "multisession": disc_multisession(work / "m.iso", [tree, second], gap=64).read_bytes(),
    }


def mutate(image: bytes, rng: random.Random) -> bytes:
    data = bytearray(image)
    kind = rng.choice(["flip", "flip", "flip", "zero", "truncate", "splice"])
    # The volume descriptors, path tables and directories sit in the first sectors; damage
    # there is what tests the parsers (damage in file data only changes digests).
    hot = min(len(data), 80 * 2048)
    if kind == "flip":
        for _ in range(rng.randint(1, 40)):
            at = rng.randrange(16 * 2048, hot) if rng.random() < 0.9 else rng.randrange(len(data))
            data[at] = rng.randrange(256)
    elif kind == "zero":
        start = rng.randrange(16, max(17, hot // 2048)) * 2048
        data[start:start + 2048 * rng.randint(1, 4)] = bytes(2048 * rng.randint(1, 4))[
            : len(data[start:start + 2048 * 4])]
    elif kind == "truncate":
        data = data[: rng.randrange(0, len(data))]
    else:
        at = rng.randrange(16 * 2048, hot)
        source = rng.randrange(0, len(data) - 64)
        data[at:at + 64] = data[source:source + 64]
    return bytes(data)


def run_cases(seeds: dict[str, bytes], tmp_path: Path, count: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    outcomes = {"files": 0, "finding": 0}
    target = tmp_path / "case.iso"
    names = sorted(seeds)
    for case in range(count):
        name = names[case % len(names)]
        target.write_bytes(mutate(seeds[name], rng))
        started = time.monotonic()
        with time_bound(TIME_BOUND):
            reading = read_source(target)
        assert isinstance(reading, DiscReading), (name, case)
        assert time.monotonic() - started < TIME_BOUND
        # a manifest (possibly empty: a damaged root directory lists nothing) or a finding
        assert reading.volume is not None or reading.findings, (name, case)
        for f in reading.files:
            assert f.path.startswith("/")
            assert f.complete == (f.sha256 is not None)
        outcomes["files" if reading.files else "finding"] += 1
    return outcomes


def test_three_hundred_damaged_images(seeds: dict[str, bytes], tmp_path: Path) -> None:
    outcomes = run_cases(seeds, tmp_path, 300, seed=20251024)
    assert outcomes["files"] > 50 and outcomes["finding"] > 10


@pytest.mark.slow
def test_five_thousand_damaged_images(seeds: dict[str, bytes], tmp_path: Path) -> None:
    run_cases(seeds, tmp_path, 5000, seed=926)
