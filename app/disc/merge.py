"""One file per file a clerk sees, from the trees that name it (UDF, Joliet, ISO9660 with Rock
Ridge): a file's data is where its names meet."""

from __future__ import annotations

from typing import Any

from app.core.entities import NAMESPACES, DiscFile
from app.core.findings import Finding
from app.disc.names import looks_joliet_truncated, visible_path
from app.disc.namespaces import NamespaceEntry


def primary_name(names: dict[str, str]) -> str:
    joliet = names.get("joliet")
    rr = names.get("rockridge")
    if "udf" in names:
        return names["udf"]
    if joliet is not None:
        if rr is not None and looks_joliet_truncated(joliet.rsplit("/", 1)[-1],
                                                     rr.rsplit("/", 1)[-1]):
            return rr
        return joliet
    for namespace in NAMESPACES:
        if namespace in names:
            return names[namespace]
    return "/"


def _clip(extents: list[tuple[int, int]], size: int) -> list[tuple[int, int]]:
    clipped, left = [], size
    for offset, length in extents:
        if left <= 0:
            break
        take = min(length, left)
        clipped.append((offset, take))
        left -= take
    return clipped


def _path_of(entry: NamespaceEntry) -> str:
    return next(iter(entry.names.values()))


def _tree_of(entry: NamespaceEntry) -> str:
    return next(iter(entry.names))  # its own tree's name comes first


def _rows(group: list[NamespaceEntry], order: list[str]) -> list[list[NamespaceEntry]]:
    """The files of one group: one entry of each tree per file."""
    trees = [_tree_of(e) for e in group]
    if len(set(trees)) == len(trees):
        return [group]  # the usual case: one name per tree
    lists = [[e for e, tree in zip(group, trees, strict=True) if tree == ns] for ns in order]
    lists = [entries for entries in lists if entries]
    for entries in lists:
        entries.sort(key=_path_of)
    return [[entries[i] for entries in lists if i < len(entries)]
            for i in range(max(len(entries) for entries in lists))]


def _disc_file(parts: list[NamespaceEntry]) -> DiscFile:
    names: dict[str, str] = {}
    for part in parts:
        names.update(part.names)
    lead = parts[0]
    extents = lead.extents
    if sum(length for _, length in extents) != lead.size:
        extents = _clip(extents, lead.size)
    return DiscFile(
        path=visible_path(primary_name(names)), size=lead.size, extents=extents, names=names,
        modified=lead.modified(),
        link=next((p.link for p in parts if p.link is not None), None),
        zisofs_size=next((p.zisofs_size for p in parts if p.zisofs_size is not None), None))


def merge_namespaces(trees: dict[str, list[NamespaceEntry]],
                     findings: list[Finding] | None = None, *,
                     lead_whole: bool = True) -> list[DiscFile]:
    """One DiscFile per file, whichever trees name it, as Windows shows it.

    A file's data is where its names meet: entries of different trees with the same first
    extent are one file. Hard links (two names, one extent, in one tree) stay two files, paired
    across trees in path order. Empty files have no extent and are paired by path.

    The tree Windows reads (UDF, else Joliet, else ISO9660) decides: where another tree gives
    the same file another size, or has a file of its own at a path that tree shows, what Windows
    shows is judged and `tree_mismatch` names both (`lead_whole`: that tree was read whole; a
    damaged one's lost files are said by their own finding). Two files shown at one path are
    both kept (the second as "<2>") with a finding each: a manifest never loses one silently.
    """
    said = findings if findings is not None else []
    order = [ns for ns in ("udf", "joliet", "iso9660") if ns in trees]
    groups: dict[Any, list[NamespaceEntry]] = {}
    for namespace in order:
        for entry in trees[namespace]:
            if entry.extents:
                key: Any = entry.extents[0][0]
            else:
                key = ("empty", (entry.names.get("rockridge") or _path_of(entry)).casefold())
            group = groups.get(key)
            if group is None:
                groups[key] = [entry]
            else:
                group.append(entry)

    files: list[DiscFile] = []
    hidden: list[DiscFile] = []
    lead_tree = order[0] if order else ""
    for key, group in groups.items():
        shown = _tree_of(group[0]) == lead_tree or len(order) < 2
        if isinstance(key, tuple) and not shown:
            # Windows would not show it: an empty file only the fallback names list, whose
            # other names we could not pair.
            continue
        for parts in _rows(group, order):
            made = _disc_file(parts)
            other = next((p.size for p in parts[1:] if p.size != parts[0].size), None)
            if shown and other is not None:
                said.append(_mismatch(made.path, made.size, other))
            (files if shown else hidden).append(made)
    files.extend(_unless_shadowed(hidden, files, said, lead_whole))
    files.sort(key=lambda f: f.path)
    return _one_row_per_path(files, said)


FILESYSTEM_WORDS = {"iso9660": "ISO9660", "joliet": "Joliet", "udf": "UDF"}


def _mismatch(path: str, shown: int, other: int) -> Finding:
    return Finding("tree_mismatch", path, f"{shown} / {other} bytes",
                   {"shown": shown, "other": other})


def _unless_shadowed(hidden: list[DiscFile], shown: list[DiscFile],
                     said: list[Finding], lead_whole: bool) -> list[DiscFile]:
    """Files only a fallback tree lists: where the tree Windows reads shows another file at
    that path, that one is judged and the difference said; otherwise the file is kept (a
    damaged Joliet tree may have lost it) and said to be one Windows does not show."""
    at = {f.path.casefold(): f for f in shown}
    kept = []
    for candidate in hidden:
        visible = at.get(candidate.path.casefold())
        if visible is None:
            kept.append(candidate)
            if not lead_whole:  # the lost directories' finding says it already
                continue
            only = next(iter(candidate.names), "")
            said.append(Finding("tree_mismatch", candidate.path, f"only in {only}",
                                {"only_in": FILESYSTEM_WORDS.get(only, only)}))
        else:
            said.append(_mismatch(visible.path, visible.size, candidate.size))
    return kept


def _one_row_per_path(files: list[DiscFile], said: list[Finding]) -> list[DiscFile]:
    keys = [f.path.casefold() for f in files]  # taken before any is renamed
    seen: dict[str, int] = {}
    for f, key in zip(files, keys, strict=True):
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            f.path = f"{f.path}<{seen[key]}>"  # '<' and '>' are in no Windows name
    for f, key in zip(files, keys, strict=True):
        if seen[key] > 1:
            said.append(Finding("suspicious_name", f.path, "another file has the same name",
                                {"same_name": seen[key]}))
    return files
