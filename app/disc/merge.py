"""One file per file a clerk sees, from the trees that name it (UDF, Joliet, ISO9660 with Rock
Ridge): a file's data is where its names meet."""

from __future__ import annotations

from typing import Any

from app.core.entities import NAMESPACES, DiscFile
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


def merge_namespaces(trees: dict[str, list[NamespaceEntry]]) -> list[DiscFile]:
    """One DiscFile per file, whichever trees name it.

    A file's data is where its names meet: entries of different trees with the same first
    extent are one file. Hard links (two names, one extent, in one tree) stay two files, paired
    across trees in path order. Empty files have no extent and are paired by path.
    """
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
    lead_tree = order[0] if order else ""
    for key, group in groups.items():
        if isinstance(key, tuple) and len(order) > 1 and _tree_of(group[0]) != lead_tree:
            # Windows would not show it: an empty file only the fallback names list, whose
            # other names we could not pair.
            continue
        files.extend(_disc_file(parts) for parts in _rows(group, order))
    files.sort(key=lambda f: f.path)
    return files
