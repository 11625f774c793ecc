"""Files a unit did not mean to send: a blank document Explorer's New menu left at the root
(a real one saved by WPS) is no case; it is an unmatched file, and the disc's cases are the
table's."""

from __future__ import annotations

from pathlib import Path

from deliveries import case_names, disc_files
from realdata import real_file

from app.services.verify import verify

XIAN = "西安市数据局"


def test_a_blank_new_wps_document_is_no_case(tmp_path: Path) -> None:
    files = disc_files(XIAN, case_names(XIAN, 3))
    files["新建 WPS文字 文档.wps"] = real_file("wps/新建 WPS文字 文档.wps").read_bytes()
    for path, data in files.items():
        target = tmp_path / "disc" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    result = verify(tmp_path / "disc", unit=XIAN)
    assert len(result.linking.cases) == 3
    stray = [f for f in result.findings if f.path == "/新建 WPS文字 文档.wps"]
    assert [f.code for f in stray] == ["unmatched_file"]
    assert not any(f.code == "missing_scan" for own in result.case_findings for f in own)
