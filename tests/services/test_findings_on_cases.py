"""Each finding on the case it concerns, as the sheet prints them per case: a direction
outside the call's list on its row's case, an archive holding one case's materials (a RAR4 of
WinRAR 3's kind, an encrypted zip) on that case."""

from __future__ import annotations

from pathlib import Path

import archivelab as A
import submissions as S
from deliveries import case_names, disc_files

from app.services.verify import verify

XIAN = "西安市数据局"
NAMES = case_names(XIAN, 2)


def _checked(tmp_path: Path, files: dict[str, bytes]):
    for path, data in files.items():
        target = tmp_path / "disc" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return verify(tmp_path / "disc", unit=XIAN)


def _codes(findings) -> list[str]:
    return sorted(f.code for f in findings)


def test_a_direction_outside_the_list_is_its_cases(tmp_path: Path) -> None:
    files = disc_files(XIAN, NAMES)
    rows = [(1, NAMES[0], "某公司", "行业应用深化", "张三", "13800000000"),
            (2, NAMES[1], "某公司", "元宇宙", "李四", "13800000001")]
    files[next(p for p in files if p.endswith(".xlsx"))] = S.summary_xlsx(rows, unit=XIAN)
    result = _checked(tmp_path, files)
    assert "summary_direction_invalid" in _codes(result.case_findings[1])
    assert "summary_direction_invalid" not in _codes(result.case_findings[0])


def test_an_archive_holding_one_case_is_that_cases(tmp_path: Path) -> None:
    files = disc_files(XIAN, NAMES)
    second = {p: files.pop(p) for p in list(files) if p.startswith("2-")}
    files[f"2-{NAMES[1]}.rar"] = A.rar4(second, compressed=True)
    result = _checked(tmp_path, files)
    assert {"materials_in_rar", "archive_member_not_extracted"} <= set(
        _codes(result.case_findings[1]))
    assert not _codes(result.case_findings[0])


def test_a_split_7z_is_read_whole_and_a_missing_piece_is_named(tmp_path: Path) -> None:
    """案例2's materials in a .7z that 7-Zip split in three: the pieces are one archive, its
    case is on the disc; with the second piece gone, the set says which is missing."""
    files = disc_files(XIAN, NAMES)
    second = {p: files.pop(p) for p in list(files) if p.startswith("2-")}
    pieces = A.seven_zip_volumes(second, volume_kib=8)
    assert len(pieces) >= 3
    whole = dict(files, **{f"2-材料/{name}": data for name, data in pieces.items()})
    result = _checked(tmp_path / "whole", whole)
    codes = [f.code for f in result.findings]
    assert "case_not_on_disc" not in codes and "unmatched_file" not in codes
    assert "materials_in_zip" in _codes(result.case_findings[1]) or \
        "materials_in_rar" in _codes(result.case_findings[1])
    gone = {p: d for p, d in whole.items() if not p.endswith(".7z.002")}
    result = _checked(tmp_path / "gone", gone)
    [multi] = [f for f in result.findings if f.code == "archive_multivolume"]
    assert multi.params["missing"] == [2] and multi.path.endswith("材料.7z.001")


def test_rar_volumes_are_one_set_listed_from_the_first(tmp_path: Path) -> None:
    files = disc_files(XIAN, NAMES)
    second = {p: files.pop(p) for p in list(files) if p.startswith("2-")}
    files["2-材料.part1.rar"] = A.rar5(second)
    files["2-材料.part2.rar"] = A.rar5({"续.txt": b"continued"})
    result = _checked(tmp_path, files)
    codes = [f.code for f in result.findings]
    assert "case_not_on_disc" not in codes
    assert not [f for f in result.findings if f.code == "unmatched_file"
                and f.path.endswith(".part2.rar")]
    del files["2-材料.part1.rar"]
    result = _checked(tmp_path / "gone", files)
    [multi] = [f for f in result.findings if f.code == "archive_multivolume"]
    assert multi.params["missing"] == [1]


def test_a_real_rar_volume_set_is_listed_whole_under_either_naming(tmp_path: Path) -> None:
    """WinRAR's volumes are not archives of their own: a file begun in the first runs on into
    the second, so the first alone cannot be opened. Each volume is listed as far as it goes
    and the set is one archive of case 2 (named .part1.rar … or, the old way, .rar, .r00 …)."""
    for new_names, names in ((True, ("2-材料.part1.rar", "2-材料.part2.rar")),
                             (False, ("2-材料.rar", "2-材料.r00"))):
        files = disc_files(XIAN, NAMES)
        second = {p: files.pop(p) for p in list(files) if p.startswith("2-")}
        for name, volume in zip(names, A.rar4_volumes(second, new_names=new_names), strict=True):
            files[name] = volume
        result = _checked(tmp_path / str(new_names), files)
        codes = [f.code for f in result.findings]
        assert "case_not_on_disc" not in codes and "unmatched_file" not in codes, codes
        assert "file_unreadable" not in codes and "archive_multivolume" not in codes, codes
        assert "materials_in_rar" in _codes(result.case_findings[1])
        [listed] = [f for f in result.case_findings[1] if f.code == "materials_in_rar"]
        assert listed.params["members"] == len(second)


def test_a_scan_of_the_seal_page_alone_is_short_of_pages(tmp_path: Path) -> None:
    """A 1-page scan of a 3-page form (only the page with the seal scanned): the difference
    of two pages is the form's main part, not a layout's whim."""
    files = disc_files(XIAN, NAMES)
    scan = next(p for p in files if p.startswith("2-") and p.endswith(".pdf"))
    files[scan] = S.scan_pdf(1, seal_pages=(1,))
    result = _checked(tmp_path, files)
    [short] = [f for f in result.case_findings[1] if f.code == "scan_page_mismatch"]
    assert short.params == {"scan": 1, "editable": 3}
    assert "scan_page_mismatch" not in _codes(result.case_findings[0])  # 2 pages of 3: fine


def _photos_in_word(scan: bytes) -> bytes:
    """A .docx as a unit makes it when it photographs the stamped pages and pastes them in:
    no text, one picture per page."""
    import io
    import zipfile

    import pymupdf

    out = io.BytesIO()
    with pymupdf.open("pdf", scan) as pdf, zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://'
                         'schemas.openxmlformats.org/package/2006/content-types"/>')
        package.writestr("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="'
                         'http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                         '<w:body><w:p/></w:body></w:document>')
        for number, page in enumerate(pdf, start=1):
            package.writestr(f"word/media/image{number}.jpeg",
                             page.get_pixmap(dpi=100).tobytes("jpeg", jpg_quality=80))
    return out.getvalue()


def test_stamped_pages_photographed_into_word_are_the_scan(tmp_path: Path) -> None:
    """Taken for a second editable version, the case lacked its scan; it is the scan, made
    of pictures, and its seal is looked for on them."""
    files = disc_files(XIAN, NAMES)
    scan = next(p for p in files if p.startswith("2-") and p.endswith(".pdf"))
    files[scan[:-4] + ".docx"] = _photos_in_word(files.pop(scan))
    result = _checked(tmp_path, files)
    codes = _codes(result.case_findings[1])
    assert "missing_scan" not in codes and "scan_unstamped" not in codes
    [images] = [f for f in result.case_findings[1] if f.code == "scan_as_images"]
    assert images.params["why"] == "in_word" and images.params["pages"] == 2
