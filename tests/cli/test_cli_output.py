"""The command line's output ends cleanly whatever happens to it: a reader that stops early,
an output file in a folder that does not exist, a console that cannot show a name."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent


def _intake(*args: str, **options: object) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), **options.pop("env", {})}  # type: ignore[dict-item]
    return subprocess.Popen([sys.executable, "-m", "app.cli", *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, **options)  # type: ignore[call-overload]


def _many_files(folder: Path) -> Path:
    for index in range(3000):
        (folder / f"案例{index:04d}.txt").write_bytes(b"x")
    return folder


def test_a_reader_that_stops_early_is_no_error(tmp_path: Path) -> None:
    (tmp_path / "disc").mkdir()
    disc = _many_files(tmp_path / "disc")
    process = _intake("inspect", "--json", "-", str(disc))
    assert process.stdout is not None and process.stderr is not None
    process.stdout.read(100)
    process.stdout.close()  # `| head -c 100`
    code = process.wait(timeout=60)
    errors = process.stderr.read().decode()
    process.stderr.close()
    assert code == 0 and "Traceback" not in errors, errors


def test_an_output_file_in_a_missing_folder_is_named(tmp_path: Path) -> None:
    disc = tmp_path / "disc"
    disc.mkdir()
    (disc / "a.txt").write_bytes(b"x")
    target = tmp_path / "no" / "such" / "report.json"
    process = _intake("--lang", "zh_CN", "inspect", "--json", str(target), str(disc))
    _, errors = process.communicate(timeout=60)
    text = errors.decode()
    assert process.returncode == 3 and "Traceback" not in text
    assert str(target.parent) in text and "无法" in text


def test_a_name_the_console_cannot_show_does_not_end_the_run(tmp_path: Path) -> None:
    disc = tmp_path / "disc"
    disc.mkdir()
    (disc / "申报书\u20ac\U0001f600.docx").write_bytes(b"PK\x03\x04")
    process = _intake("inspect", str(disc), env={"PYTHONIOENCODING": "gbk"})
    _, errors = process.communicate(timeout=60)
    assert process.returncode in (0, 10, 20), errors.decode("gbk", "replace")
    assert "Traceback" not in errors.decode("gbk", "replace")


def test_argparse_speaks_the_clerks_language(tmp_path: Path) -> None:
    process = _intake("--lang", "zh_CN", "inspect")
    _, errors = process.communicate(timeout=60)
    text = errors.decode()
    assert process.returncode == 2
    assert text.startswith("用法：") and "缺少必需的参数：source" in text
