"""The shared register's server going away is told plainly and loses nothing: a command ends
with the clerk's words and exit 3, no traceback; a transaction cut in the middle leaves no
trace; the next action after the server is back works on, with numbers that run on."""

from __future__ import annotations

from pathlib import Path

import pgserver
import pytest

from app.cli.main import main
from app.errors import RegisterUnavailable
from app.services.intake import Delivery, receive
from app.services.register import Register


@pytest.fixture
def server(own_pg_server: pgserver.Server) -> pgserver.Server:
    return own_pg_server


def _deliveries(url: str) -> list[str]:
    import psycopg

    with psycopg.connect(url) as conn:
        return [r[0] for r in conn.execute(
            "SELECT receipt_number FROM deliveries ORDER BY id").fetchall()]


def test_a_command_while_the_server_is_down_says_so_and_records_nothing(
        server: pgserver.Server, hermetic: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    url = server.new_database()
    monkeypatch.setenv("INTAKE_DB", url)
    assert main(["--data", str(hermetic), "receive", "--unit", "西安市数据局"]) == 0
    server.halt()
    capsys.readouterr()
    assert main(["--data", str(hermetic), "--lang", "zh_CN", "receive", "--unit",
                 "宝鸡市数据局"]) == 3
    said = capsys.readouterr().err
    assert "共享登记库暂时无法连接" in said and "本次未登记任何内容" in said
    assert server.root.name in said  # which server: its address, never a password
    assert not any(word in said for word in ("Traceback", "psycopg", "sqlite3", "Error"))
    server.start()
    assert main(["--data", str(hermetic), "receive", "--unit", "宝鸡市数据局"]) == 0
    assert _deliveries(url) == ["SJBZ-2025-0001", "SJBZ-2025-0002"]


def test_a_record_cut_off_in_the_middle_leaves_nothing_and_the_desk_works_on(
        server: pgserver.Server, hermetic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = server.new_database()
    monkeypatch.setenv("INTAKE_DB", url)
    with Register(hermetic) as reg:
        receive(reg, Delivery("西安市数据局"))
        with pytest.raises(RegisterUnavailable) as cut, reg.changes() as change:
            change.conn.execute("UPDATE units SET name = name")
            server.halt()  # the server goes between two statements of one record
            change.conn.execute("UPDATE units SET name = name")
        assert cut.value.params["outcome"] == "nothing"
        server.start()
        # The same open register: its next action reconnects, and numbers run on.
        assert receive(reg, Delivery("宝鸡市数据局")).number == "SJBZ-2025-0002"
        assert reg.verify_audit().intact
    assert _deliveries(url) == ["SJBZ-2025-0001", "SJBZ-2025-0002"]


def test_a_server_restarted_while_the_desk_was_idle_is_not_an_outage(
        server: pgserver.Server, hermetic: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("INTAKE_DB", server.new_database())
    with Register(hermetic) as reg:
        receive(reg, Delivery("西安市数据局"))
        server.halt()
        server.start()  # the desk's connection is dead, and nobody has told it yet
        assert receive(reg, Delivery("宝鸡市数据局")).number == "SJBZ-2025-0002"
