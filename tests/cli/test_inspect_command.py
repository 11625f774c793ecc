"""`intake inspect` as a clerk or another tool uses it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from images import genisoimage, sha256, write_tree

from app.cli.main import main

FILES = {"申报书（可编辑版）.docx": b"PK\x03\x04" + bytes(500),
         "盖章版.pdf": b"%PDF-1.7\n" + bytes(900)}


def test_json_report_has_the_contract_keys(tmp_path: Path, capsys) -> None:
    image = genisoimage(tmp_path / "d.iso", write_tree(tmp_path / "t", FILES), "-J", "-R",
                        "-V", "XIAN")
    out = tmp_path / "report.json"
    assert main(["inspect", str(image), "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert {"schema", "tool", "source", "volume", "readable", "files", "problems"} <= set(report)
    read_seconds = report["source"].pop("read_seconds")  # a key added to the contract
    assert isinstance(read_seconds, float) and read_seconds >= 0
    assert report["source"] == {"kind": "iso", "path": str(image),
                                "size": image.stat().st_size,
                                "sha256": sha256(image.read_bytes())}
    assert report["volume"]["label"] == "XIAN"
    assert report["volume"]["filesystems"] == ["iso9660", "joliet", "rockridge"]
    assert report["readable"] is True
    files = {f["path"]: f for f in report["files"]}
    assert files["/盖章版.pdf"]["sha256"] == sha256(FILES["盖章版.pdf"])
    assert files["/盖章版.pdf"]["type"] == "pdf"
    assert files["/申报书（可编辑版）.docx"]["size"] == 504
    assert report["problems"] == []
    table = capsys.readouterr().out
    assert "/盖章版.pdf" in table and "Readable: readable" in table


def test_chinese_is_the_default_language(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.delenv("INTAKE_LANG")
    image = genisoimage(tmp_path / "d.iso", write_tree(tmp_path / "t", FILES), "-J", "-R")
    assert main(["inspect", str(image)]) == 0
    out = capsys.readouterr().out
    assert "卷标" in out and "文件系统" in out and "可读" in out


def test_unreadable_disc_exits_30_with_the_finding(tmp_path: Path, capsys) -> None:
    junk = tmp_path / "junk.iso"
    junk.write_bytes(b"\x00" * 100_000)
    out = tmp_path / "r.json"
    assert main(["inspect", str(junk), "--json", str(out)]) == 30
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["readable"] is False
    assert [p["code"] for p in report["problems"]] == ["image_unreadable"]
    # The clerk reads what is wrong, not the report's internal code for it.
    shown = capsys.readouterr().out
    assert "no ISO9660 or UDF volume descriptor at sector 16" in shown
    assert "image_unreadable" not in shown


def test_missing_source_is_a_usage_error_naming_it(tmp_path: Path, capsys) -> None:
    assert main(["inspect", str(tmp_path / "nope.iso")]) == 2
    assert "nope.iso" in capsys.readouterr().err


def test_the_installed_command_runs(tmp_path: Path) -> None:
    image = genisoimage(tmp_path / "d.iso", write_tree(tmp_path / "t", FILES), "-J")
    done = subprocess.run([sys.executable, "-m", "app", "inspect", str(image), "--json", "-"],
                          capture_output=True, text=True, encoding="utf-8", check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["readable"] is True
