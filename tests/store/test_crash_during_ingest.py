"""Power cut in the middle of adding a disc: the process is killed (SIGKILL) at random moments
of `intake disc add`, again and again on the same register. After every kill the database
passes its integrity check, no half-made record is visible, the audit trail verifies, and the
same command run again completes."""

from __future__ import annotations

import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from deliveries import case_names, disc_files
from images import pycdlib_hybrid

from app.services.register import Register
from app.store.archive import STAGING_DIR
from app.store.db import open_register_database

ROOT = Path(__file__).resolve().parents[2]
RUNS = int(os.environ.get("CRASH_RUNS", "30"))
UNITS = ["西安市数据局", "宝鸡市数据局", "咸阳市数据局"]


def command(data: Path, image: Path, unit: str) -> list[str]:
    # The same image again and again, on purpose: --again.
    return [sys.executable, "-m", "app", "--data", str(data), "disc", "add", str(image),
            "--unit", unit, "--at", "2025-10-22 10:00", "--quiet", "--again"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


_CHECKED: dict[Path, str] = {}  # images already hashed, to keep 30 rounds quick


def check_register(data: Path) -> int:
    """Every invariant a clerk relies on; returns the number of discs recorded."""
    conn = open_register_database(data)
    try:
        if isinstance(conn, sqlite3.Connection):
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        discs = conn.execute("SELECT id, disc_number, image_path, sha256, file_count "
                             "FROM discs ORDER BY id").fetchall()
        for disc_id, number, image, digest, count in discs:
            path = data / "archive" / image
            assert path.is_file(), f"{number}: recorded without its image"
            if _CHECKED.get(path) != digest:
                assert sha256(path) == digest, f"{number}: image differs from its record"
                _CHECKED[path] = digest
            files = conn.execute("SELECT count(*) FROM disc_files WHERE disc_id = ?",
                                 (disc_id,)).fetchone()[0]
            assert files == count, f"{number}: {files} of {count} files recorded"
            assert conn.execute("SELECT count(*) FROM cases WHERE disc_id = ?",
                                (disc_id,)).fetchone()[0] == 3
        numbers = [row[1] for row in discs]
        assert numbers == [f"SJBZ-2025-GP{n:03d}" for n in range(1, len(discs) + 1)]
        counters = dict(conn.execute("SELECT series, last FROM counters").fetchall())
        deliveries = conn.execute("SELECT count(*) FROM deliveries").fetchone()[0]
        assert counters == {"disc": len(discs), "receipt": deliveries}
        actions = dict(conn.execute("SELECT action, count(*) FROM audit GROUP BY action")
                       .fetchall())
        assert actions.get("disc.add", 0) == len(discs)
        assert actions.get("delivery.receive", 0) == deliveries
        kept = sorted(p.name for p in (data / "archive" / "discs").iterdir()) \
            if (data / "archive" / "discs").is_dir() else []
        placed_unrecorded = set(kept) - {Path(row[2]).name for row in discs}
        # A kill between placing the image and recording it may leave that one image, at the
        # next number, until the next disc is added (which sweeps it away).
        assert placed_unrecorded <= {f"SJBZ-2025-GP{len(discs) + 1:03d}.iso"}, kept
    finally:
        conn.close()
    with Register(data) as reg:
        chain = reg.verify_audit()
    assert chain.intact, chain.reason
    return len(discs)


@pytest.fixture
def image(tmp_path: Path) -> Path:
    files = disc_files(UNITS[0], case_names(UNITS[0], 3))
    # Bulk that makes the copy into the archive take a while, as a real disc's would.
    files["3-附件/演示视频.mp4"] = random.Random(7).randbytes(24 << 20)
    return pycdlib_hybrid(tmp_path / "disc.iso", files)


def test_killing_the_ingest_at_random_moments_never_half_records_a_disc(
        engine: str, tmp_path: Path, image: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = RUNS if engine == "sqlite" else min(RUNS, 24)  # a kill past the commit: ~0.2 % none
    monkeypatch.setenv("INTAKE_KEY_FILE", str(tmp_path / "audit.key"))  # shared with children
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))  # the children's temporary folders, watched
    data = tmp_path / "data"
    staging = data / "archive" / STAGING_DIR
    assert subprocess.run([sys.executable, "-m", "app", "--data", str(data), "audit",
                           "make-keyfile"], capture_output=True, cwd=ROOT).returncode == 0
    start = time.monotonic()
    first = subprocess.run(command(data, image, UNITS[0]), capture_output=True, cwd=ROOT)
    duration = time.monotonic() - start
    assert first.returncode in (0, 10), first.stderr
    recorded = check_register(data)
    assert recorded == 1
    chance = random.Random(int(os.environ.get("CRASH_SEED", "2025")))
    recorded_when_killed = 0
    for run in range(runs):
        unit = UNITS[run % len(UNITS)]
        before = recorded  # checked at the end of the last round: nothing ran since
        child = subprocess.Popen(command(data, image, unit), cwd=ROOT,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(chance.uniform(0.15, 1.25) * duration)  # some past the commit, on any engine
        child.send_signal(signal.SIGKILL)
        child.wait()
        after = check_register(data)
        assert after in (before, before + 1)
        recorded_when_killed += after - before
        again = subprocess.run(command(data, image, unit), capture_output=True, cwd=ROOT)
        assert again.returncode in (0, 10), again.stderr.decode(errors="replace")
        recorded = check_register(data)
        assert recorded == after + 1
        # Nothing the killed run left stays behind once the next one has run.
        assert not list(staging.glob("*")), list(staging.glob("*"))
        assert not [p for p in temp.iterdir() if p.name.startswith("intake-")]
    assert recorded == 1 + runs + recorded_when_killed
    # Some kills must land before the commit and some after, or the test proved little.
    assert 0 < recorded_when_killed < runs, recorded_when_killed
