"""`intake selftest` tries every part for real, the text recogniser included, and says what is
missing in words, not in an exception's class name."""

from __future__ import annotations

from app.cli.main import main


def test_selftest_reads_a_printed_line_and_names_no_exception(capsys) -> None:
    code = main(["selftest"])
    out = capsys.readouterr().out
    lines = {line.split()[1]: line for line in out.splitlines() if line[:4] in ("OK  ", "WARN",
                                                                                   "FAIL")}
    assert lines["ocr"].startswith("OK") and "a printed line read back" in lines["ocr"]
    assert lines["seals"].startswith("OK")
    assert "Error" not in out and "Exception" not in out
    assert code == 0
