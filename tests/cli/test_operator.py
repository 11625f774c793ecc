"""The clerk (经办人) is named on what is recorded, not only the computer's login."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.cli.main import main
from app.store.db import DATABASE_NAME


def test_the_operator_is_recorded_with_the_delivery_and_the_trail(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert main(["--data", str(data), "--operator", "张三", "receive", "--unit", "西安市数据局",
                 "--at", "2025-10-20 09:00"]) == 0
    conn = sqlite3.connect(data / DATABASE_NAME)
    actors = {row[0] for row in conn.execute("SELECT actor FROM audit WHERE seq > 1")}
    clerks = [row[0] for row in conn.execute("SELECT after FROM audit WHERE action LIKE "
                                             "'delivery.%'")]
    conn.close()
    assert actors and all(actor.startswith("张三（") for actor in actors)  # with the login
    assert any('"clerk":"张三"' in (after or "") for after in clerks)  # as printed


def test_at_a_named_desk_the_receipt_and_the_trail_say_which(tmp_path: Path,
                                                             monkeypatch) -> None:
    import pymupdf

    monkeypatch.setenv("INTAKE_DESK", "收件台2")
    data = tmp_path / "data"
    assert main(["--data", str(data), "--operator", "李四", "receive", "--unit", "宝鸡市数据局",
                 "--at", "2025-10-20 09:00"]) == 0
    slip = tmp_path / "receipt.pdf"
    assert main(["--data", str(data), "receipt", "SJBZ-2025-0001", "--pdf", str(slip)]) == 0
    with pymupdf.open(slip) as pdf:
        assert "李四（收件台2）" in pdf[0].get_text()
    conn = sqlite3.connect(data / DATABASE_NAME)
    actors = {row[0] for row in conn.execute("SELECT actor FROM audit WHERE seq > 1")}
    conn.close()
    assert actors and all(actor.endswith("@ 收件台2") for actor in actors)
