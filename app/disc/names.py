"""File names as burners write them: ISO9660 identifiers, GBK bytes, 8.3 forms, Joliet limits."""

from __future__ import annotations

import re
import unicodedata

_VERSION = re.compile(rb";\d*$")
_EIGHT_THREE = re.compile(r"^[A-Z0-9_]{1,8}(\.[A-Z0-9_]{0,3})?$")
_DIR_EIGHT = re.compile(r"^[A-Z0-9_]{1,8}$")
JOLIET_LIMIT = 64
# A path longer than this cannot be copied off the disc with Explorer's defaults (MAX_PATH 260,
# less a drive letter and a destination folder).
VISIBLE_PATH_LIMIT = 200
ISO_DEPTH_LIMIT = 8


def strip_iso_version(raw: bytes) -> bytes:
    """'ABC.DOC;1' -> 'ABC.DOC', and the lone trailing dot of 'README.;1' goes too."""
    name = _VERSION.sub(b"", raw)
    if name.endswith(b".") and len(name) > 1:
        name = name[:-1]
    return name


def decode_iso_name(raw: bytes) -> tuple[str, str | None]:
    """Decode an ISO9660 identifier; the second value names a non-standard encoding if one was
    needed. Chinese Windows reads these bytes in its ANSI code page (GBK), which is why old
    burners wrote them so; UTF-8 comes from Linux tools."""
    try:
        return raw.decode("ascii"), None
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("gb18030"), "gbk"
    except UnicodeDecodeError:
        return raw.decode("gb18030", errors="replace"), "gbk"


def is_eight_three(name: str, is_dir: bool = False) -> bool:
    return bool((_DIR_EIGHT if is_dir else _EIGHT_THREE).match(name))


def looks_joliet_truncated(joliet_name: str, full_name: str | None) -> bool:
    """Joliet allows 64 UCS-2 characters; burners cut longer names there (some at 103)."""
    if full_name is not None and full_name != joliet_name:
        return len(full_name) > len(joliet_name) and len(joliet_name) >= JOLIET_LIMIT
    return len(joliet_name) in (JOLIET_LIMIT, 103) and full_name is None


# Characters that change how a name is drawn without being seen: controls, format characters
# (bidi overrides, zero-width ones), surrogates, line separators and noncharacters.
_HIDDEN_CATEGORIES = frozenset(("Cc", "Cf", "Cs", "Zl", "Zp"))


def _hidden(char: str) -> bool:
    code = ord(char)
    if code < 0x80:
        return code < 0x20 or code == 0x7F
    return (unicodedata.category(char) in _HIDDEN_CATEGORIES
            or 0xFDD0 <= code <= 0xFDEF or code & 0xFFFE == 0xFFFE)


def hidden_characters(text: str) -> list[str]:
    """'U+202E' for each distinct hidden character, in order of appearance."""
    if text.isprintable():  # false for every hidden category (and a few harmless spaces)
        return []
    return list(dict.fromkeys(f"U+{ord(c):04X}" for c in text if _hidden(c)))


# A name may not hold what separates names: "a/b" would be listed as a file in a folder "a"
# that is not there, "..\\x.pdf" reads as a way out of the disc to any unpacking tool.
_SEPARATORS = {"/": "<U+002F>", "\\": "<U+005C>"}
SEPARATOR_ESCAPES = (*_SEPARATORS.values(), "<U+002E>")


def shown_component(name: str) -> str:
    """One name of a tree as it is listed: a separator inside it, or a name that is only dots,
    written out as <U+002F> (never a folder that is not there)."""
    if name in (".", ".."):
        return "<U+002E>" * len(name)
    if "/" in name or "\\" in name:
        return "".join(_SEPARATORS.get(c, c) for c in name)
    return name


def separators_in(path: str) -> list[str]:
    """'U+002F' for each kind of separator a listed path holds inside a name."""
    return [escape.strip("<>") for escape in SEPARATOR_ESCAPES if escape in path]


def visible_path(path: str) -> str:
    """The path with every hidden character written out as <U+202E>: '<' and '>' cannot be
    part of a Windows name, so the escape is never mistaken for the name itself."""
    if path.isprintable():
        return path
    return "".join(f"<U+{ord(c):04X}>" if _hidden(c) else c for c in path)
