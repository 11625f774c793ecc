"""Verify one disc: read it, open what needs opening, find the summary table, tie files to
cases, and judge. The one use-case the GUI and `intake verify` share.

Never raises for a problem in the submission: every parser's failure on a file becomes a finding
naming that file, and the rest of the disc is still checked.
"""

from __future__ import annotations

import contextlib
import os
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from app.core.entities import DiscFile, DiscReading, SummaryTable
from app.core.findings import Finding
from app.core.linking import Item, Linking, link
from app.core.progress import CancelToken, ProgressSink, no_progress
from app.core.roles import (
    IMAGE_TYPES,
    WORKBOOK_TYPES,
    base_role,
)
from app.core.rules import CallRules
from app.core.summary_checks import check_summary
from app.core.verdict import Verdict, verdict
from app.disc.content import ContentReader, FileTooLarge
from app.disc.sources import read_source
from app.documents.formats import file_type, package_type, sniff
from app.documents.ofd import analyse_ofd
from app.documents.office import check_office
from app.documents.office_pictures import PICTURES_IN_WORD, pictures_as_pdf
from app.documents.pdf import ScanAnalysis, analyse_scan
from app.services.calls import builtin_call
from app.services.case_checks import check_cases, check_disc_files
from app.services.members import MemberStore, expand_archives
from app.services.reviews import FileReview
from app.services.seal_naming import CaseSeals, expected_names, name_case_seals
from app.services.summary_source import SummaryAttempt, load_summary
from app.table.summary import Words


@dataclass
class Verification:
    reading: DiscReading
    call: CallRules
    items: list[Item]
    table: SummaryTable | None
    linking: Linking
    reviews: dict[str, FileReview]
    findings: list[Finding]
    case_findings: list[list[Finding]]
    verdict: Verdict
    unit: str | None = None
    members: dict[str, str] = field(default_factory=dict)  # member path -> archive path
    unchecked: set[str] = field(default_factory=set)  # members listed, content not to be had
    seal_names: list[CaseSeals] = field(default_factory=list)  # per case: whose seals

    def scans_of(self, index: int) -> list[ScanAnalysis]:
        """What the case's scan files showed, in order; files that gave nothing are left out."""
        return [review.scan for path in self.linking.cases[index].paths["scan"]
                if (review := self.reviews.get(path)) is not None and review.scan is not None]

    def scan_pages(self, index: int) -> tuple[int, list[int]]:
        """The case's scan pages and the pages with a seal, counted through its scan files in
        order as if they were bound together (loose JPG pages are one page each)."""
        total, sealed = 0, []
        for scan in self.scans_of(index):
            sealed.extend(total + page for page in scan.seal_pages)
            total += scan.pages
        if index < len(self.seal_names):  # grey rings that bear an expected name
            sealed = sorted({*sealed, *self.seal_names[index].grey_pages})
        return total, sealed


class _Bytes:
    """Bytes of disc files and of the archive members kept for the checks."""

    def __init__(self, reader: ContentReader, files: dict[str, DiscFile],
                 members: MemberStore) -> None:
        self.reader = reader
        self.files = files
        self.members = members

    def get(self, path: str) -> bytes:
        if path in self.members.kept:
            copy = self.members.kept[path]
            if copy is None:  # too large to open, or of a kind no check opens
                raise FileTooLarge(path)
            return copy.read_bytes()
        return self.reader.read(self.files[path])

    def open(self, path: str) -> BinaryIO:
        return self.reader.open(self.files[path])

    def fetch(self, path: str, review: FileReview) -> bytes | None:
        """The bytes, or None with the reason kept on the review (the source failed, or the
        file is too large to open)."""
        if path in self.members.locked:
            return None  # the archive's finding says why its content cannot be had
        try:
            return self.get(path)
        except OSError:
            review.error = "read_failed"
        except FileTooLarge:
            review.error = "too_large"
        return None


def verify(source: str | os.PathLike[str], *, table: str | os.PathLike[str] | None = None,
           unit: str | None = None, call: CallRules | None = None,
           progress: ProgressSink = no_progress, cancel: CancelToken | None = None,
           moves: Mapping[str, int] | None = None, image_to: Path | None = None,
           copy_to: Path | None = None) -> Verification:
    """image_to: where a drive is imaged; copy_to: where an image file is copied in the same
    read (see read_source)."""
    cancel = cancel or CancelToken()
    call = call or builtin_call()
    reading = read_source(source, progress=progress, cancel=cancel, image_to=image_to,
                          copy_to=copy_to)
    return verify_reading(reading, table=table, unit=unit, call=call, progress=progress,
                          cancel=cancel, moves=moves)


# A file the disc could not give in full is its case's problem: the sheet shows it there. So
# is a summary row's own problem (its direction, an empty field, a hidden row), and an archive's
# when what it holds is one case's materials.
DAMAGED_FILE = ("bad_sectors", "file_unreadable")
ROW_FINDINGS = ("summary_direction_invalid", "summary_field_missing", "summary_row_hidden")
ARCHIVE_FINDINGS = ("archive_encrypted", "archive_unsafe", "archive_member_not_extracted",
                    "materials_in_zip", "materials_in_rar", "archive_gbk_names",
                    "archive_multivolume")


def _to_cases(findings: list[Finding], linking: Linking,
              case_findings: list[list[Finding]]) -> list[Finding]:
    """Move each finding that concerns one case to that case; the rest stay the disc's."""
    case_of = {path: index for index, case in enumerate(linking.cases)
               for paths in case.paths.values() for path in paths}
    of_row = {case.row.row: index for index, case in enumerate(linking.cases)
              if case.row is not None}
    holders: dict[str, set[int]] = defaultdict(set)  # archive -> the cases its members feed
    for path, index in case_of.items():
        if "!/" in path:
            holders[path.split("!/", 1)[0]].add(index)
    of_archive = {path: next(iter(cases)) for path, cases in holders.items() if len(cases) == 1}
    kept = []
    for finding in findings:
        index = None
        if finding.code in DAMAGED_FILE:
            index = case_of.get(finding.path or "")
        elif finding.code in ROW_FINDINGS:
            index = of_row.get(finding.params.get("row", -1))
        elif finding.code in ARCHIVE_FINDINGS:
            index = of_archive.get(finding.path or "")
        if index is None:
            kept.append(finding)
        else:
            case_findings[index].append(finding)
    return kept


def verify_reading(reading: DiscReading, *, table: str | os.PathLike[str] | None = None,
                   unit: str | None = None, call: CallRules, progress: ProgressSink = no_progress,
                   cancel: CancelToken | None = None, moves: Mapping[str, int] | None = None
                   ) -> Verification:
    """`moves`: files the clerk tied to another case of the table (path -> row index)."""
    cancel = cancel or CancelToken()
    findings = list(reading.findings)
    reviews: dict[str, FileReview] = {}
    files = {f.path: f for f in reading.files}
    items = [Item(f.path, f.type, f.size, f.sha256, f.modified) for f in reading.files]
    store = MemberStore()
    with ContentReader(reading) as reader, contextlib.closing(store):
        content = _Bytes(reader, files, store)
        _refine_packages(items, content)
        items.extend(expand_archives(items, content.open, store, reviews, findings))
        by_path = {item.path: item for item in items}
        _review_editables(items, content, reviews)
        attempt = _find_summary(items, content, table, call.columns)
        linking = link(items, attempt.table, attempt.path if table is None else None, moves)
        scans = [p for case in linking.cases for p in case.paths["scan"]]
        for done, path in enumerate(scans):
            progress(done, len(scans), "check")
            cancel.raise_if_cancelled()
            reviews.setdefault(path, FileReview())
            _review_scan(by_path[path], content, reviews[path], cancel)
        progress(len(scans), len(scans), "check")
    findings.extend(attempt.findings)
    if attempt.table is not None:
        findings.extend(check_summary(attempt.table, call))
    findings.extend(linking.findings)
    findings.extend(check_disc_files(items, linking, reviews, attempt, unit, call))
    seal_names = [name_case_seals(
        [(path, reviews[path].scan) for path in case.paths["scan"]
         if path in reviews and reviews[path].scan is not None],
        expected_names(case.row, attempt.table, unit)) for case in linking.cases]
    case_findings = check_cases(linking, reviews, attempt.table, call, seal_names)
    findings = _to_cases(findings, linking, case_findings)
    for own in case_findings:
        findings.extend(own)
    if reading.readable is False:
        # Nothing could be listed: a missing table or case follows from that alone, and would
        # only crowd the sheet the unit signs.
        findings = list(reading.findings)
        case_findings = [[] for _ in case_findings]
    findings = [call.apply(f) for f in findings]
    case_findings = [[call.apply(f) for f in own] for own in case_findings]
    return Verification(
        reading=reading, call=call, items=items, table=attempt.table, linking=linking,
        reviews=reviews, findings=findings, case_findings=case_findings,
        verdict=verdict(findings, readable=reading.readable), unit=unit, seal_names=seal_names,
        members=dict(store.archive_of), unchecked=set(store.locked),
    )


def _refine_packages(items: list[Item], content: _Bytes) -> None:
    for item in items:
        if item.type in ("ooxml", "zip", "odf"):
            try:
                with content.open(item.path) as stream:
                    kind = package_type(stream)
            except OSError:
                continue
            if kind is not None:
                item.type = kind


def _review_editables(items: list[Item], content: _Bytes, reviews: dict[str, FileReview]) -> None:
    for item in items:
        if base_role(item.path, item.type) != "editable":
            continue
        review = reviews.setdefault(item.path, FileReview())
        on_disc = content.files.get(item.path)
        if on_disc is not None and not on_disc.complete:
            review.incomplete = True  # not "empty" or "damaged": its data is missing
            continue
        data = content.fetch(item.path, review)
        if data is None:
            continue
        review.office = check_office(data, item.type or "")
        item.inner_name = review.office.case_name
        item.blank = review.office.blank
        item.pictures = review.office.pictures > 0 and (review.office.text_chars or 0) < 200


def _review_scan(item: Item, content: _Bytes, review: FileReview, cancel: CancelToken
                 ) -> None:
    data = content.fetch(item.path, review)
    if data is None:
        return
    if item.type == "ofd":
        review.scan, review.signed = analyse_ofd(data)
    elif item.type == "pdf" or item.type in IMAGE_TYPES:
        review.scan = analyse_scan(data, item.type or "pdf", names=True, cancel=cancel)
    elif item.type == "docx" and item.pictures:  # photos of the stamped pages, pasted in
        pages = pictures_as_pdf(data)
        review.scan = (analyse_scan(pages, "pdf", names=True, cancel=cancel)
                       if pages is not None else ScanAnalysis(format="docx", error="damaged"))
        review.scan.format = PICTURES_IN_WORD
    else:  # named .pdf/.jpg, but the content is something else or nothing known
        review.scan = ScanAnalysis(format=item.type or "unknown",
                                   error="not_scan")


def _find_summary(items: list[Item], content: _Bytes,
                  given: str | os.PathLike[str] | None, own: Words) -> SummaryAttempt:
    if given is not None:
        path = Path(given)
        try:
            data = path.read_bytes()
        except OSError:
            return SummaryAttempt(path=str(path), error="read_failed")
        kind = file_type(path.name, sniff(data[:512], len(data)))
        return load_summary(data, kind, str(path), own=own)
    workbooks = [i for i in items if i.type in WORKBOOK_TYPES]
    workbooks.sort(key=lambda i: (base_role(i.path, i.type) != "summary", i.path))
    first_failure: SummaryAttempt | None = None
    for item in workbooks:
        named = base_role(item.path, item.type) == "summary"
        try:
            data = content.get(item.path)
        except (OSError, FileTooLarge):
            attempt = SummaryAttempt(path=item.path, error="read_failed")
        else:
            attempt = load_summary(data, item.type or "", item.path, strict=not named,
                                   own=own)
        if attempt.table is not None:
            return attempt
        if named and first_failure is None:
            first_failure = attempt
    return first_failure or SummaryAttempt(path=None)

