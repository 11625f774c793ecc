"""Open the summary table (附件2), from the disc or from a file the clerk gives, and say what
stands in the way of reading it."""

from __future__ import annotations

from dataclasses import dataclass, field

from app.core.entities import SummaryTable
from app.core.findings import Finding
from app.table.grid import TableUnreadable, read_grids
from app.table.summary import Words, parse_summary

LEGACY_TYPES = ("xls", "et", "ole2")


@dataclass
class SummaryAttempt:
    path: str | None  # the file tried (None: no workbook anywhere)
    table: SummaryTable | None = None
    error: str = ""  # why the file did not give a table
    findings: list[Finding] = field(default_factory=list)


def load_summary(data: bytes, kind: str, path: str, *, strict: bool = False,
                 own: Words | None = None) -> SummaryAttempt:
    """Read a workbook as the summary table. `strict`: the file is only a guess (its name does
    not say 汇总表), so a failure is no finding, just no table."""
    attempt = SummaryAttempt(path=path)
    if kind in LEGACY_TYPES and not strict:
        attempt.findings.append(Finding("summary_legacy_format", path, kind))
    try:
        sheets = read_grids(data, "xls" if kind in LEGACY_TYPES else kind)
    except TableUnreadable as unread:
        attempt.error = unread.why  # the library's message is for us, not the clerk
        return attempt
    attempt.table = parse_summary(sheets, path, own)
    if attempt.table is None:
        attempt.error = "no_header"
    elif kind in LEGACY_TYPES and strict:
        attempt.findings.append(Finding("summary_legacy_format", path, kind))
    if strict and attempt.table is None:
        attempt.error = ""
    return attempt
