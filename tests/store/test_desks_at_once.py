"""Several desks on one register at the same moment: four processes each record 50
deliveries and 10 discs at once. Afterwards the numbers are contiguous and unique, the
counters equal the records, the audit chain verifies and no record is lost — on PostgreSQL
(an office's shared register) and on SQLite alike."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

from deliveries import case_names, disc_image

from app.services.register import Register
from app.store.db import database_id, open_register_database
from app.store.secrets import make_key_file

ROOT = Path(__file__).resolve().parents[2]
DESKS, DELIVERIES, DISC_EVERY = 4, 50, 5

WORKER = """
import sys, time
from pathlib import Path
from app.services.ingest import add_disc
from app.services.intake import Delivery, receive
from app.services.register import Register
data, image, desk, start = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4])
while not start.exists():
    time.sleep(0.01)
with Register(data) as reg:
    for n in range({deliveries}):
        receive(reg, Delivery(f"单位{{desk}}"))
        if n % {every} == {every} - 1:
            add_disc(reg, image, f"单位{{desk}}", again=True)
"""


def test_four_desks_at_once_keep_one_register(engine: str, hermetic: Path,
                                              tmp_path: Path) -> None:
    conn = open_register_database(hermetic)
    make_key_file(database_id(conn), hermetic)  # the desks share the data folder's key file
    conn.close()
    with Register(hermetic) as reg:
        reg.call()  # the built-in call made once, before the desks start
    image = disc_image(tmp_path / "disc.iso", "单位", case_names("单位", 1))
    start = tmp_path / "start"
    script = WORKER.format(deliveries=DELIVERIES, every=DISC_EVERY)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests")])}
    desks = [subprocess.Popen([sys.executable, "-c", script, str(hermetic), str(image),
                               str(desk), str(start)], env=env, cwd=ROOT,
                              stderr=subprocess.PIPE, text=True)
             for desk in range(DESKS)]
    time.sleep(1.0)  # every desk has its register open and waits at the line
    start.write_text("go")
    for desk in desks:
        _, err = desk.communicate(timeout=600)
        assert desk.returncode == 0, err
    discs = DESKS * DELIVERIES // DISC_EVERY
    with Register(hermetic) as reg:
        receipts = [r[0] for r in reg.conn.execute("SELECT receipt_number FROM deliveries")]
        numbers = [r[0] for r in reg.conn.execute("SELECT disc_number FROM discs")]
        counters = dict(reg.conn.execute("SELECT series, last FROM counters").fetchall())
        check = reg.verify_audit()
    assert sorted(int(re.sub(r"\D", "", r)[4:]) for r in receipts) == list(
        range(1, DESKS * DELIVERIES + 1))
    assert sorted(int(n.rsplit("GP", 1)[1]) for n in numbers) == list(range(1, discs + 1))
    assert counters == {"receipt": DESKS * DELIVERIES, "disc": discs}
    assert check.intact, check
    archived = sorted(p.name for p in (hermetic / "archive" / "discs").iterdir())
    assert archived == sorted(f"{n}.iso" for n in numbers)  # no orphan, none missing
