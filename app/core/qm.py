"""A reader of Qt's compiled translation files (.qm), so the command line can speak Chinese
without loading QtCore (which cost every command a fifth of a second before it said a word).

The file is a 16-byte magic number and blocks of (tag, 32-bit big-endian length, data). The
messages block holds one record per message, a run of tagged fields ended by the end tag: the
translation in UTF-16 (big-endian), and the context, source text and comment in UTF-8 (lrelease
keeps them unless told to strip them, which our build never does). A numerus message carries
one translation per plural form: Chinese has one, and the first is taken.
"""

from __future__ import annotations

from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
MESSAGES = 0x69
END, TRANSLATION, OBSOLETE1, SOURCE, CONTEXT, COMMENT = 1, 3, 5, 6, 7, 8
NO_TEXT = 0xFFFFFFFF
MAX_BYTES = 16 << 20  # ours is 90 KB; anything far larger is not our catalogue

Key = tuple[str, str, str]  # context, source text, comment (disambiguation)


def read_qm(path: Path) -> dict[Key, str]:
    """The translations in a .qm file, by (context, source, comment); empty when the file is
    not a .qm or holds no source texts. Damage ends the reading where it begins."""
    data = path.read_bytes()[:MAX_BYTES]
    if not data.startswith(MAGIC):
        return {}
    at = len(MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], int.from_bytes(data[at + 1:at + 5], "big")
        block = data[at + 5:at + 5 + length]
        if tag == MESSAGES:
            return _messages(block)
        at += 5 + length
    return {}


def _messages(block: bytes) -> dict[Key, str]:
    found: dict[Key, str] = {}
    fields: dict[int, bytes] = {}
    at = 0
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == END:
            if TRANSLATION in fields and SOURCE in fields:
                context, source, comment = (fields.get(part, b"").decode("utf-8", "replace")
                                            for part in (CONTEXT, SOURCE, COMMENT))
                found[context, source, comment] = fields[TRANSLATION].decode("utf-16-be",
                                                                             "replace")
            fields = {}
            continue
        if tag == OBSOLETE1:
            at += 4
            continue
        if tag not in (TRANSLATION, SOURCE, CONTEXT, COMMENT) or at + 4 > len(block):
            break  # a field this reader does not know: its length cannot be trusted
        length = int.from_bytes(block[at:at + 4], "big")
        at += 4
        if length == NO_TEXT:
            continue
        value = block[at:at + length]
        at += length
        if tag != TRANSLATION or TRANSLATION not in fields:  # the first plural form
            fields[tag] = value
    return found
