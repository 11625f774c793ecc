"""Findings from what the documents showed: per case (both versions there, the scan really a
stamped scan) and for the disc as a whole (programs, autorun, archives, copies, the table)."""

from __future__ import annotations

from collections import defaultdict

from app.core.entities import SummaryTable
from app.core.findings import Finding
from app.core.linking import CaseLink, Item, Linking
from app.core.normalise import comparable
from app.core.roles import IMAGE_TYPES
from app.core.rules import CallRules
from app.documents.office import LEGACY_TYPES
from app.documents.office_pictures import PICTURES_IN_WORD
from app.documents.pdf import ScanAnalysis
from app.documents.seals.seal_names import fit
from app.services.reviews import FileReview
from app.services.seal_naming import CaseSeals
from app.services.summary_source import SummaryAttempt

# A cover names another case when nearly all of that name is found on it, well (ctc.spot),
# and hardly half of this case's own name is.
OTHER_TITLE = 0.8
OTHER_TITLE_SCORE = -2.5
OWN_TITLE_BELOW = 0.5
RIVAL_SHARE = 0.6
MAX_TITLE_RIVALS = 20
PAGE_RATIO_LOW = 0.6  # a scan this much shorter than the editable version lacks pages
PAGE_RATIO_HIGH = 3.0
PAGE_DIFF_MIN = 3


def check_cases(linking: Linking, reviews: dict[str, FileReview],
                table: SummaryTable | None, call: CallRules,
                seal_names: list[CaseSeals] | None = None) -> list[list[Finding]]:
    """One list of findings per case, in the order of linking.cases; `seal_names` says
    whose seals each case's scan bears (seal_naming.py)."""
    named = seal_names or [CaseSeals()] * len(linking.cases)
    found = [_check_case(case, reviews, table, call, seals)
             for case, seals in zip(linking.cases, named, strict=True)]
    for case, own in zip(linking.cases, found, strict=True):
        own.extend(_other_case(case, linking.cases, reviews))
    return found


def _other_case(case: CaseLink, cases: list[CaseLink], reviews: dict[str, FileReview]
                ) -> list[Finding]:
    """The scan's cover names another case of the disc, clearly, and not this one: a scan put
    in the wrong folder (scan_other_case, naming which)."""
    scans = case.paths["scan"]
    scan = reviews[scans[0]].scan if scans and scans[0] in reviews else None
    if scan is None or not scan.titles or not case.name:
        return []
    own = fit(scan.titles, case.name)
    if own.found >= OWN_TITLE_BELOW:
        return []
    # Only names most of whose characters the cover's plain reading shows are scored (a set
    # test per case, not a CTC pass), and no more than MAX_TITLE_RIVALS: a disc of thousands
    # of cases costs no quadratic time.
    seen = set("".join(reading.text for reading in scan.titles))
    rivals = [other for other in cases if other is not case and other.name
              and len(set(other.name) & seen) >= RIVAL_SHARE * len(set(other.name))]
    for other in rivals[:MAX_TITLE_RIVALS]:
        found = fit(scan.titles, other.name)
        if found.found >= OTHER_TITLE and found.score >= OTHER_TITLE_SCORE \
                and not found.contradicted:
            label = other.name if other.order is None else f"{other.order}. {other.name}"
            return [Finding("scan_other_case", scans[0], label,
                            {"other": other.name,
                             **({} if other.order is None else {"order": other.order})})]
    return []


def _check_case(case: CaseLink, reviews: dict[str, FileReview], table: SummaryTable | None,
                call: CallRules, seals: CaseSeals) -> list[Finding]:
    found: list[Finding] = []
    label = case.name or (f"#{case.order}" if case.order is not None else "")
    if table is not None and case.row is None:
        found.append(Finding("case_not_in_summary", case.where or None, label))
    if case.row is not None and not case.all_paths:
        found.append(Finding("case_not_on_disc", None, label, {"order": case.order}))
        return found
    editable, scans = case.paths["editable"], case.paths["scan"]
    if call.requires_editable and not editable:
        found.append(Finding("missing_editable", None, label))
    editable_pages = None
    for path in editable:
        office = reviews[path].office if path in reviews else None
        if path in reviews and reviews[path].incomplete:
            continue  # the reading's file_unreadable, on this case, says what is wrong
        if path in reviews and reviews[path].error:
            found.append(_unreadable(path, reviews[path]))
        elif office is not None and office.problem:
            found.append(Finding(office.problem, path, office.reason, {"why": office.reason}))
        elif office is not None and office.pages:
            editable_pages = office.pages
        if office is not None and office.format in LEGACY_TYPES:
            found.append(Finding("editable_legacy_format", path))
    if call.requires_scan and not scans:
        found.append(Finding("missing_scan", None, label))
    if scans:
        found.extend(_check_scan(scans, reviews, editable_pages, seals))
    names = [path.rsplit("/", 1)[-1] for path in case.all_paths]
    for proof in call.proofs:
        if not any(proof.named_in(name) for name in names):
            found.append(Finding("proof_missing", None, f"{label}: {proof.name}",
                                 {"case": label, "proof": proof.name}))
    return found


def _unreadable(path: str, review: FileReview) -> Finding:
    return Finding("file_unreadable", path, review.error, {"why": review.error})


def _check_scan(scans: list[str], reviews: dict[str, FileReview],
                editable_pages: int | None, seals: CaseSeals) -> list[Finding]:
    found: list[Finding] = []
    analyses = []
    for path in scans:
        review = reviews.get(path)
        scan = review.scan if review else None
        if review is not None and review.error:
            found.append(_unreadable(path, review))
            continue
        if scan is None:
            continue
        if scan.encrypted:
            found.append(Finding("scan_encrypted", path))
            continue
        if not scan.opened or not scan.judged:  # nothing of it could be looked at
            why = scan.error if scan.error in ("page_too_large", "damaged") else (
                "no_pages" if scan.opened and not scan.pages else "damaged")
            found.append(Finding("scan_corrupt", path, why, {"why": why}))
            continue
        if scan.error in ("page_too_large", "page_damaged"):  # judged up to that page
            found.append(Finding("scan_corrupt", path, scan.error, {"why": scan.error}))
        if scan.judged < scan.pages and not scan.error:
            found.append(Finding("scan_too_many_pages", path, f"{scan.judged} / {scan.pages}",
                                 {"pages": scan.pages, "judged": scan.judged}))
        if scan.restricted:
            found.append(Finding("pdf_restricted", path))
        if scan.repaired:
            found.append(Finding("pdf_repaired", path))
        if review is not None and review.signed:
            found.append(Finding("ofd_signed", path))
        analyses.append((path, scan, review is not None and review.signed))
    if not analyses:
        return found
    images = [path for path, scan, _ in analyses
              if scan.format in IMAGE_TYPES or scan.format == PICTURES_IN_WORD]
    pages = sum(scan.pages for _, scan, _ in analyses)
    if images and len(images) == len(analyses):
        in_word = any(scan.format == PICTURES_IN_WORD for _, scan, _ in analyses)
        found.append(Finding("scan_as_images", images[0],
                             f"{len(images)} image files, {pages} pages",
                             {"count": len(images), "pages": pages,
                              **({"why": "in_word"} if in_word else {})}))
    signed = any(s for _, _, s in analyses)
    main_path = analyses[0][0]
    stamped = [path for path, scan, _ in analyses if scan.seal_pages]
    if seals.grey_pages:  # a grey ring that bears an expected name is a seal
        stamped.append(seals.path)
    # A typed document carrying an electronic seal is legally stamped, not a Word export.
    electronic = [(path, scan) for path, scan, _ in analyses
                  if scan.typed and (scan.electronic_seals or scan.signed)]
    typed = [path for path, scan, _ in analyses if scan.typed]
    if electronic:
        path, scan = electronic[0]
        pages_shown = sorted({s.page for s in scan.electronic_seals})
        found.append(Finding("scan_electronic_seal", path, "",
                             {"pages": pages_shown} if pages_shown else {}))
    elif typed:
        found.append(Finding("scan_not_scanned", typed[0]))
    elif not stamped and not signed:
        found.extend(_unstamped(analyses, main_path, pages))
    if seals.grey_pages and all(scan.grayscale for _, scan, _ in analyses):
        found.append(Finding("scan_grayscale", main_path))  # stamped, but judged by its name
    if stamped and seals.expected:
        found.extend(_seal_names(seals, stamped[0]))
    # Shorter by two pages and well under the editable's count: pages were left out (only the
    # seal page of a 3-page form scanned); longer only by far (attachments scanned with it).
    if editable_pages and pages and (
            (pages < PAGE_RATIO_LOW * editable_pages and editable_pages - pages >= 2)
            or (pages > PAGE_RATIO_HIGH * editable_pages
                and pages - editable_pages >= PAGE_DIFF_MIN)):
        found.append(Finding("scan_page_mismatch", main_path, f"{pages} / {editable_pages}",
                             {"scan": pages, "editable": editable_pages}))
    return found


def _seal_names(seals: CaseSeals, path: str) -> list[Finding]:
    """Whose seal: another unit's, or no name read (a match needs no finding)."""
    if seals.matched:
        return []
    if seals.other:
        expected = "、".join(seals.expected)
        return [Finding("scan_seal_other_unit", seals.path or path,
                        f"{seals.other} ≠ {expected}",
                        {"read": seals.other, "expected": expected, "page": seals.other_page})]
    return [Finding("scan_seal_name_unread", path)]


def _unstamped(analyses: list[tuple[str, ScanAnalysis, bool]], main_path: str,
               pages: int) -> list[Finding]:
    """No seal found: not sure (rings a person must look at), grey, or unstamped."""
    found: list[Finding] = []
    doubts = [(path, scan) for path, scan, _ in analyses if scan.doubts]
    if all(scan.grayscale for _, scan, _ in analyses):
        found.append(Finding("scan_grayscale", main_path))
    elif not doubts:
        return [Finding("scan_unstamped", main_path, f"{pages} pages", {"pages": pages})]
    if doubts:
        path, scan = doubts[0]
        found.append(Finding("scan_seal_uncertain", path, "", {
            "pages": scan.doubt_pages,
            "regions": [{"page": d.page, "box": d.mark.box()} for d in scan.doubts[:8]]}))
    return found


def check_disc_files(items: list[Item], linking: Linking, reviews: dict[str, FileReview],
                     summary: SummaryAttempt, unit: str | None, call: CallRules
                     ) -> list[Finding]:
    found: list[Finding] = []
    for item in items:
        role = linking.roles.get(item.path)
        name = item.path.rsplit("/", 1)[-1].lower()
        if role == "autorun":
            found.append(Finding("autorun_present", item.path))
        elif role == "executable":
            found.append(Finding("executable_present", item.path, item.type or ""))
        elif role == "shortcut":
            found.append(Finding("shortcut_present", item.path))
        elif role == "junk":
            code = "office_temp_file" if name.startswith("~$") else "system_file"
            found.append(Finding(code, item.path))
        review = reviews.get(item.path)
        if review is not None and review.archive is not None:
            found.extend(_archive_findings(item, review))
    found.extend(_duplicates(items, linking))
    if summary.table is None:
        if summary.path is not None and summary.error:
            found.append(Finding("summary_unreadable", summary.path, summary.error,
                                 {"why": summary.error}))
        elif call.requires_summary:
            found.append(Finding("summary_missing"))
        if len(linking.cases) > call.max_cases:  # no table to count in: the cases on the disc
            found.append(Finding("summary_over_limit", None,
                                 f"{len(linking.cases)} > {call.max_cases}",
                                 {"count": len(linking.cases), "quota": call.max_cases}))
    elif unit and summary.table.unit and not _same_unit(unit, summary.table.unit):
        found.append(Finding("disc_unit_mismatch", summary.table.path,
                             f"{summary.table.unit} ≠ {unit}",
                             {"table": summary.table.unit, "deliverer": unit}))
    return found


def _archive_findings(item: Item, review: FileReview) -> list[Finding]:
    listing = review.archive
    assert listing is not None
    if listing.names_hidden:
        return [Finding("archive_encrypted", item.path, "", {"why": "names_hidden"})]
    if listing.damaged:
        return [Finding("file_unreadable", item.path, "", {"why": "archive_damaged"})]
    if listing.unsafe:
        return [Finding("archive_unsafe", item.path, listing.unsafe,
                        {"why": listing.unsafe, **listing.unsafe_params})]
    members = len(listing.members)
    code = "materials_in_zip" if listing.kind == "zip" else "materials_in_rar"
    found = [Finding(code, item.path, f"{members} files", {"members": members})]
    if listing.gbk_names:
        found.append(Finding("archive_gbk_names", item.path))
    encrypted = [m for m in listing.members if m.encrypted]
    if encrypted:
        found.append(Finding("archive_encrypted", item.path, f"{len(encrypted)} files",
                             {"members": len(encrypted)}))
    stuck = [m for m in listing.members if not m.extractable and not m.encrypted]
    if stuck:
        found.append(Finding("archive_member_not_extracted", item.path, f"{len(stuck)} files",
                             {"members": len(stuck), "kind": listing.kind}))
    return found


def _duplicates(items: list[Item], linking: Linking) -> list[Finding]:
    by_digest: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        if item.sha256 and item.size > 0 and linking.roles.get(item.path) != "junk":
            by_digest[item.sha256].append(item)
    found = []
    for copies in by_digest.values():
        if len(copies) < 2:
            continue
        first, *others = sorted(copies, key=lambda i: (len(i.path), i.path))
        for other in others:
            found.append(Finding("duplicate_file", other.path, f"= {first.path}",
                                 {"same_as": first.path}))
    return found


def _same_unit(deliverer: str, declared: str) -> bool:
    a, b = comparable(deliverer), comparable(declared)
    return bool(a and b) and (a in b or b in a)
