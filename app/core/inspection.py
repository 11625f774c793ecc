"""The check items of a disc-verification sheet (检验项目), after the handover forms of Chinese
archival practice: which findings make each item fail. Items nothing checks say so."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from app.core.findings import Finding

Words = tuple[str, str]
Result = Literal["pass", "fail", "unchecked"]


@dataclass(frozen=True)
class CheckItem:
    name: Words
    result: Result
    note: Words = ("", "")


_ITEMS: tuple[tuple[Words, frozenset[str]], ...] = (
    (("读取情况", "Readability"),
     frozenset({"image_unreadable", "image_truncated", "bad_sectors", "file_unreadable",
                "directory_damaged"})),
    (("可编辑版齐全", "Editable versions complete"),
     frozenset({"missing_editable", "editable_empty", "editable_corrupt", "case_not_on_disc"})),
    (("盖章版齐全", "Stamped scans complete"),
     frozenset({"missing_scan", "scan_unstamped", "scan_not_scanned", "case_not_on_disc"})),
    (("格式合规", "Formats as required"),
     frozenset({"extension_mismatch", "scan_as_images", "summary_legacy_format",
                "summary_missing", "summary_unreadable", "names_8_3_only", "suspicious_name"})),
    (("加密/压缩", "Encryption/compression"),
     frozenset({"scan_encrypted", "materials_in_zip", "materials_in_rar", "archive_unsafe",
                "archive_encrypted", "archive_member_not_extracted", "file_compressed_zisofs"})),
    (("多余文件", "Extra files"),
     frozenset({"unmatched_file", "executable_present", "autorun_present", "superseded_file",
                "shortcut_present", "office_temp_file", "system_file"})),
)
VIRUS_SCAN: Words = ("病毒检测", "Virus scan")
CARRIER: Words = ("载体外观", "Carrier condition")


def inspection_items(findings: Iterable[Finding], *, readable: bool | str) -> list[CheckItem]:
    """Open findings decide; a waived one does not make its item fail."""
    kinds = {f.code: f.kind for f in findings}
    items = []
    for name, failing in _ITEMS:
        if readable is False and name != _ITEMS[0][0]:
            items.append(CheckItem(name, "unchecked"))
            continue
        hit = [kinds[code] for code in sorted(kinds.keys() & failing)]
        items.append(CheckItem(name, "fail" if hit else "pass",
                               ("；".join(k.zh for k in hit), "; ".join(k.en for k in hit))))
    items.append(CheckItem(VIRUS_SCAN, "unchecked",
                           ("本程序不做病毒检测", "not done by this program")))
    items.append(CheckItem(CARRIER, "unchecked", ("□完好  □划痕  □破损  □标签缺失（核验人勾选）",
                                                  "□ intact  □ scratched  □ broken  □ unlabelled")))
    return items
