"""Materials packed in archives are checked exactly like files on the disc: the cases inside
are found, their scans looked at for seals; a password or a RAR nobody here can unpack is
said once, on the archive, and its cases are still tied to the table."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import archivelab as A
import pytest
import submissions as S
from images import pycdlib_hybrid
from test_verify_disc import NAMES, case_codes, check, rows

from app.core.details import detail_text
from app.services.verify import Verification, verify

TABLE = "附件2：数据标注优秀案例申报汇总表.xlsx"


def materials(sealed: bool = True) -> dict[str, bytes]:
    files = {}
    for order, name in enumerate(NAMES, start=1):
        files[f"{order}-{name}/{name}-可编辑版.docx"] = S.docx(name)
        files[f"{order}-{name}/{name}-盖章版.pdf"] = S.scan_pdf(
            3, seal_pages=(1,) if sealed else ())
    return files


def disc_with(archive_name: str, archive: bytes) -> dict[str, bytes]:
    return {TABLE: S.summary_xlsx(rows()), archive_name: archive}


def shown(result: Verification) -> list[str]:
    return [detail_text(f.code, f.params, f.detail, "zh_CN") for f in result.findings]


def no_internals(result: Verification) -> None:
    for text in shown(result):
        assert not re.search(r"<|Error|Traceback|ZipInfo|RarInfo|\bb'", text), text


@pytest.mark.parametrize("kind", ["7z", "rar4", "rar5"])
def test_cases_inside_7z_and_stored_rar_are_checked_like_files(tmp_path: Path,
                                                               kind: str) -> None:
    files = materials()
    files[f"2-{NAMES[1]}/{NAMES[1]}-盖章版.pdf"] = S.scan_pdf(3, seal_pages=())
    maker = {"7z": A.seven_zip, "rar4": A.rar4, "rar5": A.rar5}[kind]
    suffix = "7z" if kind == "7z" else "rar"
    result, codes = check(tmp_path, disc_with(f"申报材料.{suffix}", maker(files)))
    assert codes == ["materials_in_rar", "scan_unstamped"]
    assert [len(c.paths["scan"]) for c in result.linking.cases] == [1, 1, 1]
    assert case_codes(result, 0) == [] and case_codes(result, 1) == ["scan_unstamped"]
    assert result.verdict == "return_for_correction"
    assert shown(result)[0] == "压缩包内6个文件"


def test_a_compressed_rar_is_listed_and_tied_but_not_guessed_at(tmp_path: Path) -> None:
    result, codes = check(tmp_path, disc_with("申报材料.rar", A.rar5(materials(),
                                                                   compressed=True)))
    assert codes == ["archive_member_not_extracted", "materials_in_rar"]
    assert all(len(c.paths["editable"]) == 1 and len(c.paths["scan"]) == 1
               for c in result.linking.cases)
    assert result.verdict == "accept_with_notes"
    assert {p for c in result.linking.cases for p in c.paths["scan"]} <= result.unchecked
    finding = next(f for f in result.findings if f.code == "archive_member_not_extracted")
    assert "6个文件为RAR压缩存储" in detail_text(finding.code, finding.params, "", "zh_CN")


def test_a_password_zip_lists_its_cases_and_says_it_is_locked(tmp_path: Path) -> None:
    data = bytearray(S.zip_of(materials()))
    # Mark every member encrypted, as WinZip/7-Zip's ZipCrypto does (flag bit 0).
    for header in (b"PK\x03\x04", b"PK\x01\x02"):
        at = data.find(header)
        while at >= 0:
            flag_at = at + (6 if header == b"PK\x03\x04" else 8)
            data[flag_at] |= 0x1
            at = data.find(header, at + 4)
    result, codes = check(tmp_path, disc_with("申报材料.zip", bytes(data)))
    assert codes == ["archive_encrypted", "materials_in_zip"]
    assert all(c.all_paths for c in result.linking.cases)
    assert result.verdict == "return_for_correction"
    assert "6个文件设有密码" in shown(result)
    no_internals(result)


def test_a_7z_with_encrypted_names_shows_nothing_inside(tmp_path: Path) -> None:
    archive = A.seven_zip(materials(), password="2025", hide_names=True)
    result, codes = check(tmp_path, disc_with("申报材料.7z", archive))
    assert "archive_encrypted" in codes
    assert "连文件名也已加密，压缩包内的任何文件都无法看到" in shown(result)
    no_internals(result)


def test_an_archive_inside_an_archive_is_opened_once_more(tmp_path: Path) -> None:
    files = materials()
    inner = A.seven_zip({k: v for k, v in files.items() if k.startswith("3-")})
    outer = {k: v for k, v in files.items() if not k.startswith("3-")}
    outer["第三个案例.7z"] = inner
    result, codes = check(tmp_path, disc_with("申报材料.zip", S.zip_of(outer)))
    assert codes == ["materials_in_rar", "materials_in_zip"]
    assert all(len(c.paths["scan"]) == 1 for c in result.linking.cases)
    assert result.verdict == "accept_with_notes"


def test_archives_on_an_iso_are_read_where_they_lie(tmp_path: Path) -> None:
    image = pycdlib_hybrid(tmp_path / "disc.iso", disc_with("申报材料.rar", A.rar4(materials())))
    result = verify(image)
    assert sorted({f.code for f in result.findings}) == ["materials_in_rar"]
    assert all(len(c.paths["scan"]) == 1 for c in result.linking.cases)


def test_a_damaged_member_is_named_and_the_rest_checked(tmp_path: Path) -> None:
    data = bytearray(A.rar5(materials()))
    start = data.find(b"%PDF")
    data[start + 2000] ^= 0xFF
    result, _ = check(tmp_path, disc_with("申报材料.rar", bytes(data)))
    damaged = [f for f in result.findings if f.code == "file_unreadable"]
    assert len(damaged) == 1 and damaged[0].path.startswith("/申报材料.rar!/1-")
    assert detail_text("file_unreadable", damaged[0].params, "", "zh_CN") == \
        "压缩包内该文件已损坏，无法解压"
    assert len(result.linking.cases[1].paths["scan"]) == 1
    no_internals(result)


_MEMORY_PROBE = """
import sys
from app.services.verify import verify
result = verify(sys.argv[1])
codes = sorted({f.code for f in result.findings})
peak = next(int(line.split()[1]) for line in open("/proc/self/status")
            if line.startswith("VmHWM"))
print(peak // 1024, ",".join(codes), max(item.size for item in result.items))
"""


def _bomb_like_zip(path: Path, size: int) -> None:
    """One member of `size` bytes that deflates about 190-fold: text with a little noise."""
    block = bytearray(b"A" * (1 << 20))
    rng = 12345
    for at in range(0, len(block), 800):
        rng = (rng * 1103515245 + 12345) & 0x7FFFFFFF
        block[at] = 32 + rng % 90
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive, \
            archive.open("案例/big.dat", "w", force_zip64=True) as member:
        for _ in range(size >> 20):
            member.write(bytes(block))


def test_a_1_gib_member_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    folder = tmp_path / "disc"
    folder.mkdir()
    _bomb_like_zip(folder / "材料.zip", 1 << 30)
    packed = (folder / "材料.zip").stat().st_size
    assert 150 < (1 << 30) / packed < 260
    probe = subprocess.run([sys.executable, "-c", _MEMORY_PROBE, str(folder)],
                           capture_output=True, text=True, check=True,
                           env={**os.environ, "PYTHONPATH": str(Path.cwd())})
    peak_mb, codes, largest = probe.stdout.split()
    assert int(largest) == 1 << 30  # read to the end and digested
    assert int(peak_mb) < 300, probe.stdout
    assert "materials_in_zip" in codes



@pytest.mark.parametrize("kind", ["zip", "rar5"])
def test_an_archive_whose_first_member_is_a_pdf_is_an_archive(tmp_path: Path, kind: str) -> None:
    """Stored, the first member's %PDF- header lies within the archive's first kilobyte: the
    archive is still an archive, and the document and the program after the scan are seen."""
    name = NAMES[0]
    inside = {f"{name}-盖章版.pdf": S.scan_pdf(2, seal_pages=(1,)),
              f"{name}-可编辑版.doc": S.docx(name), "setup.exe": b"MZ" + bytes(200)}
    if kind == "zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as out:
            for member, data in inside.items():
                out.writestr(member, data)
        packed, suffix = buffer.getvalue(), "zip"
    else:
        packed, suffix = A.rar5(inside), "rar"
    assert b"%PDF-" in packed[:1024]
    files = {TABLE: S.summary_xlsx(rows()[:1]), f"1-{name}/{name}-材料.{suffix}": packed}
    result, codes = check(tmp_path, files)
    archive = next(i for i in result.items if i.path.endswith(f"材料.{suffix}"))
    assert archive.type == ("zip" if kind == "zip" else "rar")
    inner = [i.path for i in result.items if "!" in i.path]
    assert any(p.endswith("setup.exe") for p in inner) and any(p.endswith(".doc") for p in inner)
    assert "executable_present" in codes and f"materials_in_{suffix}" in codes


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
        for member, data in files.items():
            out.writestr(member, data)
    return buffer.getvalue()


def test_members_sharing_one_run_of_data_are_a_bomb_not_files(tmp_path: Path) -> None:
    """The "better zip bomb": the central directory sends several members to one run of
    compressed data, so a few KB expand once per member."""
    packed = bytearray(_zip({"a.pdf": bytes(100_000), "b.pdf": bytes(100_000)}))
    central = packed.rindex(b"PK\x01\x02")  # b.pdf's entry: point it at a.pdf's data
    packed[central + 42:central + 46] = (0).to_bytes(4, "little")
    files = {TABLE: S.summary_xlsx(rows()[:1]), "附件.zip": bytes(packed)}
    result, codes = check(tmp_path, files)
    assert "archive_unsafe" in codes
    unsafe = next(f for f in result.findings if f.code == "archive_unsafe")
    assert unsafe.params["why"] == "overlap" and "压缩炸弹" in shown(result)[
        result.findings.index(unsafe)]
    assert not [i for i in result.items if "!" in i.path]


def test_the_disc_has_one_budget_for_all_its_archives(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("app.services.members.MAX_SOURCE_BYTES", 1 << 20)  # 1 MiB, for speed
    noise = os.urandom(400_000)  # does not deflate: each archive really holds 400 KB
    files = {TABLE: S.summary_xlsx(rows()[:1])}
    for n in range(4):
        files[f"附件{n}.zip"] = _zip({f"材料{n}.pdf": noise})
    result, _ = check(tmp_path, files)
    refused = [f.path for f in result.findings if f.code == "archive_unsafe"
               and f.params.get("why") == "source_budget"]
    expanded = {i.path.split("!")[0] for i in result.items if "!" in i.path}
    assert len(expanded) == 2 and len(refused) == 2  # 2 x 400 KB fit in 1 MiB, then no more


def test_the_disc_has_one_clock_for_all_its_archives(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Bytes and members are not the only cost: past the disc's time for expanding, the
    archives not yet expanded are refused by name, and the rest of the disc is still checked."""
    monkeypatch.setattr("app.services.members.MAX_SOURCE_SECONDS", 0.0)
    files = {TABLE: S.summary_xlsx(rows()[:1]), "附件.zip": _zip({"材料.pdf": S.scan_pdf(1)})}
    result, codes = check(tmp_path, files)
    unsafe = [f for f in result.findings if f.code == "archive_unsafe"]
    assert [(f.path, f.params["why"]) for f in unsafe] == [("/附件.zip", "source_time")]
    assert "用时超出上限" in shown(result)[result.findings.index(unsafe[0])]
    assert not [i for i in result.items if "!" in i.path]
    assert "summary_missing" not in codes
