"""Findings about the names on a disc: encodings, 8.3 forms, cut Joliet names, deep paths."""

from __future__ import annotations

from app.core.entities import DiscFile
from app.core.findings import Finding
from app.disc.merge import primary_name
from app.disc.names import (
    ISO_DEPTH_LIMIT,
    VISIBLE_PATH_LIMIT,
    hidden_characters,
    looks_joliet_truncated,
    separators_in,
    visible_path,
)
from app.disc.namespaces import NamespaceEntry


def name_findings(trees: dict[str, list[NamespaceEntry]], files: list[DiscFile],
                  filesystems: list[str], iso_level: int) -> list[Finding]:
    findings: list[Finding] = []
    primary = trees.get("iso9660", [])
    encodings = sorted({e.name_encoding for e in primary if e.name_encoding})
    if encodings:
        only_iso = filesystems == ["iso9660"]
        # With no other file system the decoded ISO9660 name is the one shown, so name a file.
        example = next((e.names["iso9660"] for e in primary if e.name_encoding), None)
        detail = f"ISO9660 names in {', '.join(encodings)}"
        if not only_iso:
            detail += "; the other file systems' names are shown"
        findings.append(Finding("nonstandard_name_encoding",
                                path=example if only_iso else None, detail=detail))

    if _only_iso_names_shown(primary, filesystems, encodings, iso_level):
        findings.append(Finding("names_8_3_only", detail=f"{len(primary)} files",
                                params={"files": len(primary)}))
    findings.extend(_what_names_hide(files))

    for f in files:
        joliet = f.names.get("joliet")
        if joliet is None:
            continue
        full = f.names.get("rockridge")
        if looks_joliet_truncated(joliet.rsplit("/", 1)[-1],
                                  full.rsplit("/", 1)[-1] if full else None):
            detail = f"Joliet: {joliet.rsplit('/', 1)[-1]}"
            if full:
                detail += "; the Rock Ridge name is shown"
            findings.append(Finding("joliet_name_truncated", path=f.path, detail=detail))

    deep = [e for e in primary if e.relocated or e.iso_depth > ISO_DEPTH_LIMIT]
    long_paths = [f for f in files if len(f.path) > VISIBLE_PATH_LIMIT]
    if deep:
        findings.append(Finding("path_too_deep",
                                path=_visible_for(deep[0], files),
                                detail=f"{len(deep)} files below directory level "
                                f"{ISO_DEPTH_LIMIT} (relocated in ISO9660)",
                                params={"files": len(deep), "level": ISO_DEPTH_LIMIT}))
    for f in long_paths:
        findings.append(Finding("path_too_deep", path=f.path,
                                detail=f"path of {len(f.path)} characters",
                                params={"length": len(f.path)}))
    return findings


def _only_iso_names_shown(primary: list[NamespaceEntry], filesystems: list[str],
                          encodings: list[str], iso_level: int) -> bool:
    """Windows reads neither Rock Ridge nor GBK-free ISO9660 names as anything but 8.3 upper
    case: without Joliet or UDF, the Chinese names are not what the clerk will see."""
    if not primary or encodings or "joliet" in filesystems or "udf" in filesystems:
        return False
    if iso_level == 1:
        return True
    return any(e.names.get("rockridge", "").rsplit("/", 1)[-1]
               != e.names["iso9660"].rsplit("/", 1)[-1] for e in primary
               if "rockridge" in e.names)


def _what_names_hide(files: list[DiscFile]) -> list[Finding]:
    """Names drawn other than they are, links with no data, files stored compressed."""
    findings = []
    for f in files:
        hidden = hidden_characters(primary_name(f.names))
        if hidden:
            findings.append(Finding("suspicious_name", path=f.path,
                                    detail=f"holds {', '.join(hidden)}, written <U+…> in the name",
                                    params={"characters": hidden}))
        separators = separators_in(f.path)
        if separators:
            findings.append(Finding("suspicious_name", path=f.path,
                                    detail=f"a name holds {', '.join(separators)}",
                                    params={"separators": separators}))
        if f.link is not None:
            target = visible_path(f.link)
            findings.append(Finding("symlink_present", path=f.path,
                                    detail=f"points to {target}", params={"target": target}))
        if f.zisofs_size is not None:
            findings.append(Finding("file_compressed_zisofs", path=f.path,
                                    detail=f"{f.zisofs_size} bytes uncompressed",
                                    params={"size": f.zisofs_size}))
    return findings


def _visible_for(entry: NamespaceEntry, files: list[DiscFile]) -> str | None:
    iso_path = entry.names.get("iso9660")
    return next((f.path for f in files if f.names.get("iso9660") == iso_path), iso_path)
