"""Run the disc reader over structurally damaged images and tally what it made of them.

Each case: a seed image, one to three mutations, then `read_source` under a 10 s alarm. The
tally says how each case ended (files listed, nothing listed, wholly unreadable, timed out,
crashed), the slowest case, the process's peak memory, findings whose words leak Python, and,
where 7-Zip is installed, how many images 7-Zip still lists that we declare wholly unreadable
(the measure issue 16 set: under 10 %).

Usage (from the repository root):
  PYTHONPATH=tests:. python -m disclab.fuzz --cases 300 --seed 1 [--keep DIR] [--no-oracle]
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

from app.core.entities import DiscReading
from app.disc.sources import read_source
from app.errors import IntakeError
from app.services.ingest import add_disc
from app.services.register import Register
from app.services.verify import verify
from disclab.mutations import mutate
from disclab.seeds import build_seeds
from disclab.structures import locate

TIME_BOUND = 10
# What must never reach the clerk: exception names, tracebacks, reprs of bytes or objects.
LEAK = re.compile(r"[A-Z][A-Za-z]+(Error|Exception)\b|Traceback|<class |\\x[0-9a-f]{2}|b'")


def peak_mb() -> float:
    """This process's own peak resident memory. ru_maxrss would do, but Linux carries the
    peak of the process that forked us across exec (a test session's, hundreds of MB)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Expired(Exception):
    pass


def _expire(signum: int, frame: Any) -> None:
    raise Expired


def seven_zip_files(image: Path) -> dict[str, int] | None:
    """The files 7-Zip lists in the image, path -> size (None when 7-Zip is not installed)."""
    tool = shutil.which("7z")
    if tool is None:
        return None
    try:
        done = subprocess.run([tool, "l", "-slt", str(image)], capture_output=True,
                              timeout=30, check=False)
    except subprocess.TimeoutExpired:
        return {}
    listing = done.stdout.decode("utf-8", errors="replace").split("\n----------\n", 1)[-1]
    files: dict[str, int] = {}
    for block in listing.split("\n\n"):
        fields = dict(line.split(" = ", 1) for line in block.splitlines() if " = " in line)
        # 7-Zip names an entry it cannot place after the image itself; no file has that name.
        if fields.get("Folder") == "-" and fields.get("Path") != image.stem:
            size = fields.get("Size", "")
            files["/" + fields.get("Path", "")] = int(size) if size.isdigit() else -1
    return files


def seven_zip_lists(image: Path) -> int | None:
    """How many files 7-Zip lists in the image (None when 7-Zip is not installed)."""
    files = seven_zip_files(image)
    return None if files is None else len(files)


class Adding:
    """Each image added as a unit's disc to a register of the pass's own, as `intake disc add`
    does (with --unusable when it holds no disc's contents, as a clerk confirms); every
    ROUND cases the register's trail and records are verified and a fresh one started, so the
    archive of images stays small."""

    ROUND = 500

    def __init__(self, work: Path) -> None:
        self.work = work
        self.round = 0
        self.added = 0
        self.refused: Counter[str] = Counter()
        self.broken: list[str] = []  # rounds whose register did not verify
        self.reg: Register | None = None

    def _register(self) -> Register:
        if self.reg is None:
            data = self.work / f"register-{self.round}"
            shutil.rmtree(data, ignore_errors=True)
            data.mkdir(parents=True)
            key = data / "fuzz.key"
            key.write_text(os.urandom(32).hex() + "\n", encoding="ascii")
            os.environ["INTAKE_KEY_FILE"] = str(key)
            self.reg = Register(data)
            self.reg.__enter__()
        return self.reg

    def __call__(self, image: Path, case: int) -> DiscReading:
        reg = self._register()
        try:
            result = add_disc(reg, image, f"单位{case % 40}", again=True)
        except IntakeError as refused:
            self.refused[getattr(refused, "code", type(refused).__name__)] += 1
            result = add_disc(reg, image, f"单位{case % 40}", again=True, unusable=True)
        self.added += 1
        if self.added % self.ROUND == 0:
            self.close()
        return result.verification.reading

    def close(self) -> None:
        if self.reg is None:
            return
        check = self.reg.verify_audit()
        discs = self.reg.conn.execute("SELECT count(*) FROM discs").fetchone()[0]
        if not check.intact or check.records or discs != self.added - self.round * self.ROUND:
            self.broken.append(f"round {self.round}: {check.reason} {check.records[:3]} "
                               f"{discs} discs")
        self.reg.__exit__(None, None, None)
        shutil.rmtree(self.reg.data_dir, ignore_errors=True)
        self.reg = None
        self.round += 1


def run(cases: int, seed: int, work: Path, *, oracle: bool = True,
        keep: Path | None = None, through: str = "read") -> dict[str, Any]:
    """`through`: "read" lists and hashes each image (read_source); "verify" runs the whole
    check on it (documents, archives, the summary table, the linking), as `intake verify`;
    "add" records it in a register as `intake disc add` (see Adding)."""
    seeds = build_seeds(work / "seeds")
    structures = {name: locate(data) for name, data in seeds.items()}
    names = sorted(seeds)
    rng = random.Random(seed)
    outcomes: Counter[str] = Counter()
    unreadable_but_listed: Counter[str] = Counter()
    nothing_but_listed: Counter[str] = Counter()
    fewer = 0  # cases where 7-Zip lists more files than we do
    sizes_differ = 0  # cases where a path both list has another size for 7-Zip
    peers_list = 0
    crashes: list[str] = []
    leaks: list[str] = []
    silent: list[str] = []
    growth: list[str] = []  # cases that raised the peak memory by more than 20 MB
    peak_seen = peak_mb()
    slowest = (0.0, "")
    target = work / "case.iso"
    adding = Adding(work) if through == "add" else None
    signal.signal(signal.SIGALRM, _expire)
    for case in range(cases):
        name = names[case % len(names)]
        image, kind = mutate(seeds[name], structures[name], rng)
        target.write_bytes(image)
        label = f"{case}:{name}:{kind}"
        started = time.monotonic()
        signal.alarm(TIME_BOUND)
        try:
            if adding is not None:
                reading = adding(target, case)
            else:
                reading = verify(target).reading if through == "verify" else read_source(target)
        except Expired:
            outcomes["timeout"] += 1
            crashes.append(f"{label}: no result within {TIME_BOUND} s")
            continue
        except Exception:
            outcomes["crash"] += 1
            crashes.append(f"{label}: {traceback.format_exc(limit=-3)}")
            continue
        finally:
            signal.alarm(0)
        seconds = time.monotonic() - started
        grown = peak_mb()
        if grown > peak_seen + 20:
            growth.append(f"{label}: peak {grown:.0f} MB")
        peak_seen = max(peak_seen, grown)
        if seconds > slowest[0]:
            slowest = (seconds, label)
        for finding in reading.findings:
            for text in (finding.detail, finding.detail_text("zh")):
                if LEAK.search(text):
                    leaks.append(f"{label}: {finding.code}: {text}")
        if reading.readable is False:
            outcome = "unreadable"
        else:
            outcome = "listed" if reading.files else "nothing listed"
        if outcome != "listed" and not any(
                f.severity.value == "error" or f.params.get("read") is False
                for f in reading.findings):
            silent.append(label)  # a disc shown empty must say why
        outcomes[outcome] += 1
        if oracle:
            peer_files = seven_zip_files(target) or {}
            peer = len(peer_files)
            ours = {f.path: f.size for f in reading.files}
            differing = [p for p, size in peer_files.items() if p in ours and ours[p] != size]
            sizes_differ += bool(differing)
            if differing and keep is not None:
                keep.mkdir(parents=True, exist_ok=True)
                shutil.copy(target, keep / f"size-{case}-{name}-{kind}.iso")
            if peer:
                peers_list += 1
                fewer += peer > len(reading.files)
                if keep is not None and peer > len(reading.files):
                    keep.mkdir(parents=True, exist_ok=True)
                    shutil.copy(target, keep / f"fewer-{case}-{name}-{kind}.iso")
                if outcome == "nothing listed":
                    nothing_but_listed[kind] += 1
                if outcome == "unreadable":
                    unreadable_but_listed[kind] += 1
                    if keep is not None:
                        keep.mkdir(parents=True, exist_ok=True)
                        shutil.copy(target, keep / f"{case}-{name}-{kind}.iso")
    if adding is not None:
        adding.close()
    peak = peak_mb()
    added = {} if adding is None else {
        "added": adding.added, "refused_then_added": dict(adding.refused),
        "registers_not_intact": adding.broken}
    return {**added,
        "cases": cases, "seed": seed, "outcomes": dict(outcomes),
        "slowest_seconds": round(slowest[0], 3), "slowest_case": slowest[1],
        "peak_rss_mb": round(peak, 1), "memory_growth": growth[:10],
        "crashes": crashes[:10], "crash_count": len(crashes),
        "leaks": leaks[:10], "leak_count": len(leaks),
        "silent_empty": silent[:10], "silent_empty_count": len(silent),
        "peers_list": peers_list if oracle else None,
        "unreadable_where_peers_list": sum(unreadable_but_listed.values()) if oracle else None,
        "unreadable_where_peers_list_by_kind": dict(unreadable_but_listed.most_common()),
        "nothing_listed_where_peers_list": dict(nothing_but_listed.most_common()),
        "fewer_files_than_peers": fewer if oracle else None,
        "size_differs_from_peers": sizes_differ if oracle else None,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path)
    parser.add_argument("--keep", type=Path, help="keep images peers list and we do not")
    parser.add_argument("--no-oracle", action="store_true")
    parser.add_argument("--through", choices=("read", "verify", "add"), default="read")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="disc-fuzz-") as scratch:
        work = args.work or Path(scratch)
        summary = run(args.cases, args.seed, work, oracle=not args.no_oracle, keep=args.keep,
                      through=args.through)
    json.dump(summary, sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
