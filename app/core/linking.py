"""Tie every file to a case, and every case to its row in the summary table.

A file finds its case through, in order of trust: the folder it lies in, its own name, the case
name written inside the editable version, and the recommendation number in front of its name.
Names are compared after folding width, brackets, quotes and the words that say what kind of
file it is; a close but unequal name still matches, with a lower score the window shows.
Files that look like an application but match no row form the disc's own cases (those the table
does not list); whatever is left is unmatched.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from app.core.entities import SummaryRow, SummaryTable
from app.core.findings import Finding
from app.core.normalise import comparable, plain
from app.core.roles import (
    EDITABLE_TYPES,
    IMAGE_TYPES,
    bare_order,
    base_role,
    case_words,
    is_copy,
    is_draft,
    page_words,
    says_correction,
    says_proof,
    says_scan,
    stem,
)

MIN_SCORE = 0.6
FUZZY_FLOOR = 0.72
# How far a match through each kind of evidence is trusted.
TRUST = {"folder": 1.0, "file": 1.0, "inner": 0.95, "beside": 0.7, "order": 0.6}
CASE_ROLES = ("editable", "scan", "proof")


@dataclass
class Item:
    """A file as the linker sees it (a disc file or a member of an archive)."""

    path: str
    type: str | None
    size: int = 0
    sha256: str | None = None
    modified: datetime | None = None
    inner_name: str | None = None  # the case name the editable version itself states
    blank: bool = False  # an office document with no text in it (Explorer's 新建 … 文档)
    pictures: bool = False  # a Word file that is pictures with hardly any text (photos pasted)


@dataclass
class CaseLink:
    order: int | None
    name: str
    row: SummaryRow | None = None  # None for a case found on the disc but not in the table
    paths: dict[str, list[str]] = field(default_factory=lambda: {r: [] for r in CASE_ROLES})
    scores: dict[str, float] = field(default_factory=dict)  # path -> how sure the tie is
    evidence: dict[str, str] = field(default_factory=dict)  # path -> folder|file|inner|order
    where: str = ""  # the folder or file that stands for a case not in the table

    @property
    def all_paths(self) -> list[str]:
        return [p for role in CASE_ROLES for p in self.paths[role]]


@dataclass
class Linking:
    cases: list[CaseLink]
    roles: dict[str, str]
    case_of: dict[str, int]  # path -> index into cases
    findings: list[Finding]


def _score(text: str, wanted: str) -> float:
    """How well a name taken from a file names the wanted case (both comparable())."""
    if not text or not wanted:
        return 0.0
    if text == wanted:
        return 1.0
    short, long_ = sorted((text, wanted), key=len)
    if len(short) >= 4 and short in long_ and len(short) * 2 >= len(long_):
        return 0.9
    ratio = difflib.SequenceMatcher(None, text, wanted, autojunk=False).ratio()
    return ratio * 0.9 if ratio >= FUZZY_FLOOR else 0.0


def _evidence(item: Item) -> list[tuple[str, str, str]]:
    """(kind, raw text, comparable text) of every name that may say which case a file is."""
    parts = item.path.replace("!/", "/").strip("/").split("/")
    found = []
    for folder in parts[:-1]:
        words = case_words(stem(folder) if folder.lower().endswith((".zip", ".rar", ".7z"))
                           else folder)
        found.append(("folder", words, comparable(words)))
    words = _name_words(item)
    found.append(("file", words, comparable(words)))
    if item.inner_name:
        found.append(("inner", item.inner_name, comparable(case_words(item.inner_name))))
    return found


def _name_words(item: Item) -> str:
    name = stem(item.path)
    return page_words(name) if item.type in IMAGE_TYPES else case_words(name)


def _best_row(item: Item, rows: list[SummaryRow], wanted: list[str]
              ) -> tuple[int, float, str, str] | None:
    """Index of the row the file belongs to, the score, the evidence kind and its text;
    `wanted` holds each row's name in comparable form."""
    best: tuple[int, float, str, str] | None = None
    for kind, raw, text in _evidence(item):
        for index, target in enumerate(wanted):
            score = _score(text, target) * TRUST[kind]
            if score >= MIN_SCORE and (best is None or score > best[1]):
                best = (index, score, kind, raw)
    if best is None:
        number = _order_number(item)
        matches = [i for i, row in enumerate(rows) if number is not None and row.order == number]
        if len(matches) == 1:
            best = (matches[0], TRUST["order"], "order", str(number))
    return best


def _order_number(item: Item) -> int | None:
    """The recommendation number a file or its folder carries, when that is all it carries: a
    folder '3-文旅…' that names another case than row 3 says nothing about row 3."""
    parts = item.path.replace("!/", "/").strip("/").split("/")
    for part in reversed(parts):
        number = bare_order(stem(part) if part is parts[-1] else part)
        if number is not None:
            return number
    return None


def link(items: list[Item], table: SummaryTable | None, summary_path: str | None = None,
         moves: Mapping[str, int] | None = None) -> Linking:
    """`moves` are the clerk's corrections: a file (by path) that belongs to the case of the
    table's row at that index, whatever its name says."""
    moves = moves or {}
    roles = {item.path: base_role(item.path, item.type) for item in items}
    if summary_path is not None:
        roles[summary_path] = "summary"
    rows = table.rows if table is not None else []
    cases = [CaseLink(order=row.order, name=row.name, row=row) for row in rows]
    wanted = [comparable(case_words(row.name)) for row in rows]
    placed: dict[str, int] = {}
    raw_names: dict[int, list[tuple[str, str]]] = defaultdict(list)
    loose: list[Item] = []
    for item in items:
        if roles[item.path] not in ("editable", "document", "other", "note"):
            continue
        if 0 <= moves.get(item.path, -1) < len(rows):
            placed[item.path] = moves[item.path]
            cases[moves[item.path]].scores[item.path] = 1.0
            cases[moves[item.path]].evidence[item.path] = "clerk"
            continue
        best = _best_row(item, rows, wanted) if rows else None
        if best is None:
            if roles[item.path] in ("editable", "document"):
                loose.append(item)
            continue
        index, score, kind, raw = best
        placed[item.path] = index
        cases[index].scores[item.path] = round(score, 2)
        cases[index].evidence[item.path] = kind
        if kind in ("folder", "file"):
            raw_names[index].append((kind, raw))
    loose = _place_beside(loose, placed, cases)
    groups, unmatched = _group_loose(loose)
    for group_name, members in groups:
        case = CaseLink(order=None, name=group_name, where=_common_place(members))
        cases.append(case)
        for item in members:
            placed[item.path] = len(cases) - 1
            case.scores[item.path] = 1.0 if rows == [] else 0.0
            case.evidence[item.path] = "disc"
    by_path = {item.path: item for item in items}
    findings: list[Finding] = []
    stray = {item.path for item in unmatched}
    for item in items:
        if item.path not in placed and (item.path in stray or roles[item.path] == "other"):
            findings.append(Finding("unmatched_file", item.path))
    for index, case in enumerate(cases):
        members = [by_path[p] for p, i in placed.items() if i == index]
        _assign_roles(case, members, roles, findings)
    case_of = {p: i for i, case in enumerate(cases) for p in case.all_paths}
    case_of.update({p: i for p, i in placed.items() if p not in case_of})
    findings.extend(_name_mismatches(cases, raw_names, table))
    if table is None:
        for case in cases:
            case.order = None
    return Linking(cases=cases, roles=roles, case_of=case_of, findings=findings)


def _place_beside(loose: list[Item], placed: dict[str, int], cases: list[CaseLink]
                  ) -> list[Item]:
    """A file that names no case (a scan called F00002.PDF on a disc burnt with 8.3 names)
    belongs with the case whose files share its folder, when they all point at one case."""
    by_folder: dict[str, set[int]] = defaultdict(set)
    for path, index in placed.items():
        by_folder[_folder(path)].add(index)
    still = []
    for item in loose:
        owners = by_folder.get(_folder(item.path), set())
        if _folder(item.path) in ("", "/") or len(owners) != 1:
            still.append(item)
            continue
        index = next(iter(owners))
        placed[item.path] = index
        cases[index].scores[item.path] = TRUST["beside"]
        cases[index].evidence[item.path] = "beside"
    return still


def _group_loose(items: list[Item]) -> tuple[list[tuple[str, list[Item]]], list[Item]]:
    """Files that match no row, gathered into the cases they plainly form: one per case folder
    (the highest folder whose files hold one case's editable version, drafts and old versions
    aside), else one per case name taken from the file name. A group of proofs alone (a
    licence, a screenshot) is no case, nor is a document with no text in it (one made by the
    New menu and left there): those files stay unmatched."""
    case_folders = _case_folders(items)
    groups: dict[str, list[Item]] = defaultdict(list)
    names: dict[str, str] = {}
    for item in items:
        folder = case_folders.get(item.path)
        if folder is not None:
            key = "dir:" + folder
            name = _folder_name(item, folder, items)
        else:
            name = _name_words(item) or (item.inner_name or stem(item.path))
            key = "name:" + comparable(name)
        groups[key].append(item)
        names.setdefault(key, name)
    result, unmatched = [], []
    for key, members in groups.items():
        if all(m.type not in EDITABLE_TYPES and says_proof(m.path) for m in members) \
                or all(m.blank for m in members):  # a blank 新建 WPS文字 文档.wps is no case
            unmatched.extend(members)
            continue
        inner = next((m.inner_name for m in members if m.inner_name), None)
        result.append((inner if key.startswith("name:") and inner else names[key], members))
    return result, unmatched


def _case_folders(items: list[Item]) -> dict[str, str]:
    """path -> the folder that is its case: a work folder burnt as it was holds each case
    several levels down, with its scan in a sub-folder and drafts beside it. A folder is a
    case's when every editable version below it (drafts not counted) is that one case's; the
    highest such folder is taken. Files under a folder holding several cases get none."""
    editables: dict[str, set[str]] = defaultdict(set)  # folder -> case keys below it
    for item in items:
        if base_role(item.path, item.type) != "editable" or is_draft(item.path):
            continue
        key = comparable(case_words(stem(item.path))) or "@" + _folder(item.path)
        for folder in _ancestors(item.path):
            editables[folder].add(key)
    found = {}
    for item in items:
        chosen = None
        for folder in _ancestors(item.path):  # the file's own folder first, then upwards
            below = editables.get(folder, set())
            if len(below) > 1:
                break
            if below:
                chosen = folder
        if chosen is not None:
            found[item.path] = chosen
    return found


def _ancestors(path: str) -> list[str]:
    """The folders a path lies in, innermost first; the disc's root is no case."""
    lead = "/" if path.startswith("/") else ""
    parts = path.strip("/").split("/")[:-1]
    return [lead + "/".join(parts[:depth]) for depth in range(len(parts), 0, -1)]


def _folder_name(item: Item, case_folder: str, items: list[Item]) -> str:
    """The case's name from its folders: the editable's own folder first, up to the case
    folder, skipping folders named only for a kind of file (可编辑版, 盖章版)."""
    editable = next((m for m in items if base_role(m.path, m.type) == "editable"
                     and not is_draft(m.path) and m.path.startswith(case_folder + "/")), item)
    for folder in _ancestors(editable.path):
        words = case_words(folder.rsplit("/", 1)[-1].replace("!", ""))
        if words:
            return words
        if folder == case_folder:
            break
    return _name_words(editable) or case_folder


def _folder(path: str) -> str:
    return path.rsplit("/", 1)[0]


def _common_place(items: list[Item]) -> str:
    folders = {_folder(item.path) for item in items}
    if len(folders) == 1 and len(items) > 1 and next(iter(folders)) not in ("", "/"):
        return next(iter(folders))
    return items[0].path


def _assign_roles(case: CaseLink, members: list[Item], roles: dict[str, str],
                  findings: list[Finding]) -> None:
    # The stamped pages photographed and pasted into a Word file named …盖章版 are the scan.
    photographed = [m for m in members if roles[m.path] == "editable" and m.pictures
                    and says_scan(m.path.rsplit("/", 1)[-1])]
    editable = [m for m in members if roles[m.path] == "editable" and m not in photographed]
    documents = [m for m in members if roles[m.path] == "document"] + photographed
    scans = [m for m in documents if says_scan(m.path.rsplit("/", 1)[-1])]
    plain_docs = [m for m in documents
                  if m not in scans and not says_proof(m.path.rsplit("/", 1)[-1])]
    if not scans:
        # No file says it is the stamped scan: an unlabelled PDF/OFD is; loose pages are
        # the scan only when nothing better exists.
        scans = [m for m in plain_docs if m.type not in IMAGE_TYPES] or \
            [m for m in plain_docs if m.type in IMAGE_TYPES]
    for role, chosen in (("editable", editable), ("scan", scans)):
        current = _drop_superseded(chosen, findings)
        for m in chosen:
            roles[m.path] = role if m in current else "superseded"
        case.paths[role] = [m.path for m in current]
    for m in documents:
        if roles[m.path] == "document":
            roles[m.path] = "proof"
            case.paths["proof"].append(m.path)


def _drop_superseded(items: list[Item], findings: list[Finding]) -> list[Item]:
    """Of several files of one role, those a correction replaced: '…更正版' beside the old one,
    'x (1)' beside 'x', drafts and old versions beside the final file. Kept: the corrected
    ones (or, without markers, all)."""
    if len(items) < 2:
        return items
    drafts = [m for m in items if is_draft(m.path)]
    if drafts and len(drafts) < len(items):
        final = [m for m in items if m not in drafts]
        for m in drafts:
            findings.append(Finding("superseded_file", m.path, f"→ {final[0].path}",
                                    {"replaced_by": final[0].path}))
        items = final
        if len(items) < 2:
            return items
    corrected = [m for m in items if says_correction(m.path)]
    if corrected and len(corrected) < len(items):
        newest = max(corrected, key=lambda m: (m.modified or datetime.min, m.path))
        old = [m for m in items if m not in corrected]
        for m in old:
            findings.append(Finding("superseded_file", m.path, f"→ {newest.path}",
                                    {"replaced_by": newest.path}))
        return corrected
    copies = [m for m in items if is_copy(m.path)]
    originals = {comparable(case_words(stem(m.path))) for m in items if m not in copies}
    kept = [m for m in items if m not in copies
            or comparable(case_words(stem(m.path))) not in originals]
    return kept or items


def _name_mismatches(cases: list[CaseLink], raw_names: dict[int, list[tuple[str, str]]],
                     table: SummaryTable | None) -> list[Finding]:
    findings = []
    for index, names in raw_names.items():
        row = cases[index].row
        if row is None:
            continue
        declared = plain(row.name)
        spelled = {plain(raw) for _, raw in names if raw}
        # The name written out in full, with the applicant or 申报书/盖章版 around it, is the
        # same name: only a name spelt differently is worth the unit's attention.
        if spelled and not any(declared in name for name in spelled):
            shown = sorted(spelled)[0]
            findings.append(Finding("summary_name_mismatch", table.path if table else None,
                                    f"{declared} ≠ {shown}",
                                    {"order": row.order, "table": declared, "file": shown}))
    return findings
