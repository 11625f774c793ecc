"""Benchmark: deliveries per second on one register from 1 and 4 desks at once (issue 22),
on SQLite in a shared data folder and on PostgreSQL (a throwaway server started here, on a
Unix socket). Each desk is its own process recording --deliveries receipts; the figure is
all receipts over the wall time from the start signal to the last desk's end.

Usage: python bench/desks.py [--deliveries 100]
Needs PostgreSQL's server binaries (Debian: postgresql).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

WORKER = """
import sys, time
from pathlib import Path
from app.services.intake import Delivery, receive
from app.services.register import Register
data, desk, start, count = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
with Register(data) as reg:
    reg.call()
    while not start.exists():
        time.sleep(0.002)
    for n in range(count):
        receive(reg, Delivery(f"单位{desk}"))
"""


def run(desks: int, count: int, url: str | None) -> float:
    from app.services.register import Register
    from app.store.db import database_id, open_register_database
    from app.store.secrets import make_key_file

    work = Path(tempfile.mkdtemp(prefix="intake-desks-"))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "INTAKE_DATA": str(work)}
    env.pop("INTAKE_DB", None)
    if url:
        env["INTAKE_DB"] = os.environ["INTAKE_DB"] = url
    else:
        os.environ.pop("INTAKE_DB", None)
    conn = open_register_database(work)
    make_key_file(database_id(conn), work)
    conn.close()
    with Register(work) as reg:
        reg.call()
    start = work / "start"
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, str(work), str(d), str(start),
                               str(count)], env=env, cwd=ROOT) for d in range(desks)]
    time.sleep(1.5)
    began = time.perf_counter()
    start.write_text("go")
    for proc in procs:
        assert proc.wait() == 0
    return desks * count / (time.perf_counter() - began)


def main() -> None:
    import pgserver

    parser = argparse.ArgumentParser()
    parser.add_argument("--deliveries", type=int, default=100)
    args = parser.parse_args()
    server = pgserver.Server()
    try:
        for desks in (1, 4):
            lite = run(desks, args.deliveries, None)
            shared = run(desks, args.deliveries, server.new_database())
            print(f"{desks} desk(s): SQLite {lite:.1f} deliveries/s, PostgreSQL {shared:.1f} "
                  f"deliveries/s, ratio {shared / lite:.2f}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
