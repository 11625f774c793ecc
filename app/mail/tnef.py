"""winmail.dat (TNEF): Outlook sends the attachments inside it to clients that are not
Outlook. Unpacked with tnefparse; a file it cannot unpack stays as it came."""

from __future__ import annotations

import logging

from tnefparse import TNEF

from app.mail.message import MAX_PARTS, Attachment, Mail, raw_text

MAX_TNEF = 128 << 20
# The library copies the rest of the file for every record it reads: a file of millions of
# tiny records would take hours. Real ones hold a few dozen records per attachment.
MAX_RECORDS = 20_000
logging.getLogger("tnefparse").setLevel(logging.ERROR)  # its warnings are not the clerk's


def is_tnef(name: str, data: bytes) -> bool:
    return name.lower() == "winmail.dat" or data[:4] == b"\x78\x9f\x3e\x22"


def unpack_tnef(data: bytes) -> list[Attachment] | None:
    """The files inside (none: a winmail.dat that carries only the message's formatted body),
    or None when it cannot be unpacked."""
    if len(data) > MAX_TNEF or _records(data) > MAX_RECORDS:
        return None
    try:
        parsed = TNEF(data, do_checksum=False)
    except Exception:  # a hostile file breaks this parser in many ways
        return None
    found = []
    for number, attachment in enumerate(parsed.attachments[:MAX_PARTS], start=1):
        found.append(Attachment(_name(attachment) or f"attachment-{number}",
                                bytes(attachment.data or b"")))
    if not found and not _whole(parsed):
        return None  # cut short before any attachment: not known to hold none
    return found


def _whole(parsed: object) -> bool:
    """Whether the parser read the file to its end with a message in it (a body-only
    winmail.dat has its message class and body, and no attachment records)."""
    return bool(getattr(parsed, "msgprops", None) or getattr(parsed, "body", None)
                or getattr(parsed, "htmlbody", None) or getattr(parsed, "rtfbody", None))


def _records(data: bytes) -> int:
    """How many records the file holds, counted by their headers (level, id, type, length),
    up to one more than the bound."""
    offset, count = 6, 0
    while offset + 11 <= len(data) and count <= MAX_RECORDS:
        length = int.from_bytes(data[offset + 5:offset + 9], "little")
        offset += 11 + length
        count += 1
    return count


def _name(attachment: object) -> str:
    try:
        return str(attachment.long_filename()).strip("\x00")  # type: ignore[attr-defined]
    except (UnicodeDecodeError, AttributeError, ValueError):
        # The library reads an 8-bit title as UTF-8; Chinese Outlook writes it in GBK.
        title = getattr(attachment, "_name", b"")
        return raw_text(title).strip("\x00") if isinstance(title, bytes) else ""


def expand_tnef(mail: Mail) -> None:
    """Each winmail.dat replaced by the files inside it (one that holds only the message's
    body goes: it is no attachment); one that cannot be unpacked stays, and the mail says
    so."""
    kept: list[Attachment] = []
    for attachment in mail.attachments:
        inside = unpack_tnef(attachment.data) if is_tnef(attachment.name, attachment.data) \
            else None
        if inside is None:
            if is_tnef(attachment.name, attachment.data):
                mail.problems.append("tnef")
            kept.append(attachment)
        else:
            kept.extend(inside)
    mail.attachments = kept[:MAX_PARTS]
