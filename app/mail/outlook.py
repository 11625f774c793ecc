"""A mail Outlook saved as .msg (MS-OXMSG): a compound file, read with olefile, holding the
message's MAPI properties as streams. Only what the intake desk needs is read: subject,
sender, recipients, the transport headers (Date and the Received chain), the submit time,
the body (for download links) and the attachments, also those of an attached mail."""

from __future__ import annotations

import datetime as dt
import email
import struct

import olefile

from app.mail.message import (
    MAX_MAIL,
    MAX_PARTS,
    Attachment,
    Mail,
    download_links,
    first_hop,
    raw_text,
    read_headers,
)

MAX_DEPTH = 3  # mails attached to mails attached to the mail
_SUBJECT, _TRANSPORT, _BODY, _HTML = 0x0037, 0x007D, 0x1000, 0x1013
_SENDER_SMTP, _SENDER_ADDRESS, _SENDER_NAME = 0x5D01, 0x0C1F, 0x0C1A
_RECIP_SMTP, _RECIP_ADDRESS, _RECIP_NAME = 0x39FE, 0x3003, 0x3001
_SUBMIT_TIME, _CODEPAGE = 0x0039, 0x3FFD
_LONG_NAME, _SHORT_NAME, _DISPLAY_NAME, _DATA = 0x3707, 0x3704, 0x3001, 0x3701
_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc)
_CODEPAGES = {936: "gb18030", 54936: "gb18030", 65001: "utf-8", 1252: "cp1252", 950: "big5"}


class _Storage:
    """One message (or attachment, or recipient) storage of the compound file."""

    def __init__(self, ole: olefile.OleFileIO, path: list[str], codepage: str,
                 entries: list[list[str]]) -> None:
        self.ole, self.path, self.codepage = ole, path, codepage
        self.entries = entries  # the whole directory, listed once per file

    def stream(self, name: str) -> bytes | None:
        entry = [*self.path, name]
        if not self.ole.exists("/".join(entry)):
            return None
        with self.ole.openstream(entry) as stream:
            return bytes(stream.read(MAX_MAIL))

    def text(self, prop: int) -> str:
        wide = self.stream(f"__substg1.0_{prop:04X}001F")
        if wide is not None:
            return wide.decode("utf-16-le", errors="replace").rstrip("\x00")
        narrow = self.stream(f"__substg1.0_{prop:04X}001E")
        if narrow is None:
            return ""
        narrow = narrow.rstrip(b"\x00")
        return narrow.decode(self.codepage, errors="replace") if self.codepage else \
            raw_text(narrow)

    def binary(self, prop: int) -> bytes | None:
        return self.stream(f"__substg1.0_{prop:04X}0102")

    def fixed(self, header: int) -> dict[int, bytes]:
        """The fixed-size properties (times, numbers): property id -> its 8 value bytes."""
        data = self.stream("__properties_version1.0") or b""
        values = {}
        for offset in range(header, len(data) - 15, 16):
            tag, _flags = struct.unpack_from("<II", data, offset)
            values[tag >> 16] = data[offset + 8:offset + 16]
        return values

    def children(self, prefix: str) -> list[list[str]]:
        depth = len(self.path) + 1
        found = {tuple(entry[:depth]) for entry in self.entries
                 if len(entry) >= depth and entry[:len(self.path)] == self.path
                 and entry[len(self.path)].lower().startswith(prefix)}
        return [list(entry) for entry in sorted(found)]


def read_msg(data: bytes) -> Mail:
    mail = Mail()
    if len(data) > MAX_MAIL:
        mail.problems.append("too_large")
        return mail
    try:
        ole = olefile.OleFileIO(data)
    except (OSError, ValueError, struct.error, IndexError):
        mail.problems.append("damaged")
        return mail
    try:
        entries = ole.listdir(streams=True, storages=True)
        _read_message(ole, [], mail, depth=0, entries=entries)
    except (OSError, ValueError, struct.error, IndexError, KeyError):
        mail.problems.append("damaged")  # what was read so far stays
    finally:
        ole.close()
    return mail


def _codepage(storage: _Storage, header: int) -> str:
    value = storage.fixed(header).get(_CODEPAGE)
    number = struct.unpack("<I", value[:4])[0] if value else 0
    return _CODEPAGES.get(number, "")


def _read_message(ole: olefile.OleFileIO, path: list[str], mail: Mail, *, depth: int,
                  entries: list[list[str]]) -> None:
    header = 32 if depth == 0 else 24  # the top message's property header is longer
    storage = _Storage(ole, path, "", entries)
    storage.codepage = _codepage(storage, header)
    if depth == 0:
        _read_envelope(storage, header, mail)
    for attachment in storage.children("__attach_version1.0_#"):
        if len(mail.attachments) >= MAX_PARTS:
            mail.problems.append("too_many_parts")
            return
        _read_attachment(storage, attachment, mail, depth=depth)


def _read_envelope(storage: _Storage, header: int, mail: Mail) -> None:
    headers = storage.text(_TRANSPORT)
    if headers:
        read_headers(email.message_from_string(headers), mail)
    mail.subject = storage.text(_SUBJECT) or mail.subject
    address = storage.text(_SENDER_SMTP) or storage.text(_SENDER_ADDRESS)
    name = storage.text(_SENDER_NAME)
    if address:
        mail.sender = f"{name} <{address}>" if name and name != address else address
    if not mail.recipients:
        for recipient in storage.children("__recip_version1.0_#"):
            one = _Storage(storage.ole, recipient, storage.codepage, storage.entries)
            address = one.text(_RECIP_SMTP) or one.text(_RECIP_ADDRESS)
            if address:
                name = one.text(_RECIP_NAME)
                mail.recipients.append(f"{name} <{address}>" if name and name != address
                                       else address)
    submitted = storage.fixed(header).get(_SUBMIT_TIME)
    if mail.date is None and submitted:
        ticks = struct.unpack("<Q", submitted)[0]
        if 0 < ticks < 0x7FFFFFFFFFFFFFFF:
            mail.date = _EPOCH + dt.timedelta(microseconds=ticks // 10)
    if headers and mail.first_hop is None:
        mail.first_hop = first_hop(email.message_from_string(headers))
    html = storage.binary(_HTML) or b""
    mail.body = storage.text(_BODY) + "\n" + raw_text(html)
    mail.links = download_links(mail.body)


def _read_attachment(message: _Storage, path: list[str], mail: Mail, *, depth: int) -> None:
    ole = message.ole
    storage = _Storage(ole, path, message.codepage, message.entries)
    embedded = [*path, f"__substg1.0_{_DATA:04X}000D"]
    if ole.exists("/".join(embedded)):  # a mail attached to the mail: its files count too
        if depth + 1 <= MAX_DEPTH:
            _read_message(ole, embedded, mail, depth=depth + 1, entries=message.entries)
        else:
            mail.problems.append("too_deep")
        return
    data = storage.binary(_DATA)
    if data is None:
        return
    name = storage.text(_LONG_NAME) or storage.text(_SHORT_NAME) or storage.text(_DISPLAY_NAME)
    mail.attachments.append(Attachment(name or f"attachment-{len(mail.attachments) + 1}", data))
