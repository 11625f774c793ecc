"""Whose seals a case's scan bears: each seal's reading checked against the names expected.

Derived once per case when a disc is verified (verify.py) and kept with the verification, so
that the findings, the disc report, the window and the sheet all say the same: which expected
name a seal bears and on which page, what another unit's seal says, or that no name could be
read. On a greyscale scan no ring is a seal by colour; a ring whose name is an expected one is.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.entities import SummaryRow, SummaryTable
from app.core.normalise import comparable
from app.documents.pdf import PageSeal, ScanAnalysis
from app.documents.seals.seal_names import NameVerdict, judge_name


@dataclass(frozen=True)
class CaseSeals:
    expected: tuple[str, ...] = ()  # the names checked against (applicant, recommending unit)
    matched: str = ""  # the expected name a seal bears
    page: int = 0  # where (counted through the case's scan files), 0 when none matched
    path: str = ""  # the scan file of that seal, or of the other unit's
    other: str = ""  # what another unit's seal says, when one was read clearly
    other_page: int = 0
    read: bool = False  # some seal's name was read at all
    grey_pages: tuple[int, ...] = ()  # grey rings that bear an expected name: seals


def expected_names(row: SummaryRow | None, table: SummaryTable | None,
                   unit: str | None) -> tuple[str, ...]:
    """The applicant's name and the recommending unit's (the table's 推荐单位 line, and the
    unit that delivered), each once; none for a case whose applicant is not known (not in
    the table, or its 申报单位 left blank): its seal may well be the applicant's."""
    if row is None or not row.applicant.strip():
        return ()
    names: list[str] = []
    for name in (row.applicant, table.unit if table else "", unit or ""):
        name = name.strip()
        if name and all(comparable(name) != comparable(n) for n in names):
            names.append(name)
    return tuple(names)


def name_case_seals(scans: list[tuple[str, ScanAnalysis]], expected: tuple[str, ...]
                    ) -> CaseSeals:
    """The verdict on the seals of a case's scan files (in order)."""
    if not expected:
        return CaseSeals()
    matched: tuple[str, int, str] | None = None
    other: tuple[str, int, str] | None = None
    grey: list[int] = []
    read = False
    offset = 0
    for path, scan in scans:
        ink = [s for s in scan.seals if not s.electronic]
        rings = scan.doubts if scan.grayscale else []
        for seal, is_grey in [(s, False) for s in ink] + [(s, True) for s in rings]:
            verdict = _judge(seal, expected)
            if verdict is None:
                continue
            read = True
            page = offset + seal.page
            if verdict.matched:
                if is_grey:
                    grey.append(page)
                if matched is None:
                    matched = (verdict.matched, page, path)
            elif verdict.other and other is None and not is_grey:
                other = (verdict.read, page, path)
        offset += scan.pages
    name, page, path = matched or ("", 0, "")
    return CaseSeals(expected, name, page, path or (other[2] if other else ""),
                     other[0] if other and not matched else "",
                     other[1] if other and not matched else 0, read,
                     tuple(sorted(set(grey))))


def _judge(seal: PageSeal, expected: tuple[str, ...]) -> NameVerdict | None:
    if not seal.readings:
        return None
    return judge_name(list(seal.readings), list(expected))
