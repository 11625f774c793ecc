"""A fault of ours inside a page's seal check must not pass for a damaged page: the page is
still reported (the rest of the disc is checked), and the fault goes to errors.log."""

from __future__ import annotations

from pathlib import Path

import pytest
from deliveries import case_names, disc_image

from app.cli.main import main
from app.documents.seals import page as seal_page
from app.store.fault_log import LOG_NAME


def test_a_fault_in_the_seal_check_is_logged_not_hidden(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    image = disc_image(tmp_path / "x.iso", "西安市数据局", case_names("西安市数据局", 1))

    said = "西安市数据局 13800000000"  # what an exception's message may carry

    def broken(*_args: object, **_kwargs: object) -> None:
        raise TypeError(said)

    monkeypatch.setattr(seal_page, "examine", broken)
    data = tmp_path / "data"
    code = main(["--data", str(data), "verify", "--quiet", "--json", str(tmp_path / "r.json"),
                 str(image)])
    assert code in (0, 10, 20)  # the disc was checked to the end
    log = (data / LOG_NAME).read_text(encoding="utf-8")
    assert "TypeError" in log and "look_at" in log  # its kind and where, for support
    assert said not in log  # the message may name a unit: never written
