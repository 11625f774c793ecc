"""Mails as Chinese offices really send them, built in code: .eml with Python's email package
(GBK encoded-words, RFC 2231 names, encoded-words inside the filename parameter as Outlook and
Foxmail write them, raw 8-bit GBK names, a Received chain, a forwarded mail), and Outlook .msg
files written as MS-OXMSG compound files (mini stream and all) by a small writer here."""

from __future__ import annotations

import base64
import datetime as dt
import email.utils
import struct
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.message import MIMEMessage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


def at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=SHANGHAI)


def _attach(message: MIMEMultipart, name: str, data: bytes, style: str) -> None:
    part = MIMEBase("application", "octet-stream")
    part.set_payload(base64.b64encode(data).decode("ascii"))
    part["Content-Transfer-Encoding"] = "base64"
    if style == "rfc2231":
        part.add_header("Content-Disposition", "attachment", filename=("gbk", "", name))
    elif style == "encoded_word":  # not what the RFC says, what Outlook and Foxmail write
        word = Header(name, "gbk").encode()
        part["Content-Disposition"] = f'attachment; filename="{word}"'
    elif style == "raw_gbk":  # the name's bytes in GBK, unannounced; replaced below
        part["Content-Disposition"] = f'attachment; filename="RAWGBK{len(message.get_payload())}"'
    else:
        part.add_header("Content-Disposition", "attachment", filename=name)
    message.attach(part)


def eml(subject: str, attachments: dict[str, bytes] | list[tuple[str, bytes]], *,
        sent: dt.datetime,
        sender: str = "xa@example.gov.cn", to: str = "sjbz@example.gov.cn",
        hops: tuple[dt.datetime, ...] = (), style: str = "rfc2231", body: str = "材料见附件。",
        forwarded: bytes | None = None) -> bytes:
    """A mail with GBK encoded-word subject; `hops`: Received times, the first server first.
    `attachments` as a list may name several files alike, as a mail can."""
    message = MIMEMultipart()
    message["Subject"] = Header(subject, "gbk").encode()
    message["From"] = email.utils.formataddr((str(Header("经办人", "gbk")), sender))
    message["To"] = to
    message["Date"] = email.utils.format_datetime(sent)
    for hop in reversed(hops):  # the newest hop stands on top
        message["Received"] = (f"from mx{hop.minute}.example.gov.cn by mail.example.gov.cn; "
                               f"{email.utils.format_datetime(hop)}")
    message.attach(MIMEText(body, "plain", "gbk"))
    names = {}
    for name, data in attachments.items() if isinstance(attachments, dict) else attachments:
        names[f"RAWGBK{len(message.get_payload())}"] = name
        _attach(message, name, data, style)
    if forwarded is not None:
        message.attach(MIMEMessage(email.message_from_bytes(forwarded)))
    raw = message.as_bytes()
    if style == "raw_gbk":
        for placeholder, name in names.items():
            raw = raw.replace(placeholder.encode("ascii") + b'"', name.encode("gbk") + b'"')
    return raw


# ---- Outlook .msg -------------------------------------------------------------------------

_FREE, _END, _FAT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
_NONE = 0xFFFFFFFF


class _Node:
    def __init__(self, name: str, data: bytes | None = None) -> None:
        self.name, self.data = name, data
        self.kids: list[_Node] = []

    def storage(self, name: str) -> _Node:
        node = _Node(name)
        self.kids.append(node)
        return node

    def stream(self, name: str, data: bytes) -> None:
        self.kids.append(_Node(name, data))


def _text(node: _Node, prop: int, value: str) -> None:
    node.stream(f"__substg1.0_{prop:04X}001F", value.encode("utf-16-le"))


def _properties(node: _Node, header: int, fixed: dict[int, tuple[int, bytes]]) -> None:
    entries = b"".join(struct.pack("<II", (prop << 16) | kind, 6) + value.ljust(8, b"\x00")
                       for prop, (kind, value) in fixed.items())
    node.stream("__properties_version1.0", b"\x00" * header + entries)


def msg(subject: str, attachments: dict[str, bytes], *, sent: dt.datetime,
        sender: str = "xa@example.gov.cn", hops: tuple[dt.datetime, ...] = (),
        body: str = "材料见附件。", embedded: dict[str, bytes] | None = None) -> bytes:
    """An Outlook .msg: subject, sender, recipient, transport headers with the Received chain,
    submit time, body and attachments (and a mail attached to it with its own)."""
    root = _Node("Root Entry")
    _text(root, 0x0037, subject)
    _text(root, 0x5D01, sender)
    _text(root, 0x0C1A, "经办人")
    _text(root, 0x1000, body)
    received = "".join(f"Received: from mx by mail.example.gov.cn; "
                       f"{email.utils.format_datetime(hop)}\r\n" for hop in reversed(hops))
    _text(root, 0x007D, received + f"Date: {email.utils.format_datetime(sent)}\r\n"
                                   "To: sjbz@example.gov.cn\r\n")
    ticks = int((sent - dt.datetime(1601, 1, 1, tzinfo=dt.timezone.utc)).total_seconds()
                * 10_000_000)
    _properties(root, 32, {0x0039: (0x0040, struct.pack("<Q", ticks)),
                           0x3FFD: (0x0003, struct.pack("<I", 936))})
    recipient = root.storage("__recip_version1.0_#00000000")
    _text(recipient, 0x39FE, "sjbz@example.gov.cn")
    _properties(recipient, 8, {})
    _add_attachments(root, attachments, 0)
    if embedded is not None:
        holder = root.storage(f"__attach_version1.0_#{len(attachments):08X}")
        _properties(holder, 8, {})
        inner = holder.storage("__substg1.0_3701000D")
        _text(inner, 0x0037, "转发：" + subject)
        _properties(inner, 24, {})
        _add_attachments(inner, embedded, 0)
    return _compound(root)


def _add_attachments(node: _Node, attachments: dict[str, bytes], first: int) -> None:
    for index, (name, data) in enumerate(attachments.items(), start=first):
        holder = node.storage(f"__attach_version1.0_#{index:08X}")
        _text(holder, 0x3707, name)
        holder.stream("__substg1.0_37010102", data)
        _properties(holder, 8, {})


def _compound(root: _Node) -> bytes:
    """A version 3 compound file (512-byte sectors; streams under 4096 bytes in the mini
    stream), its siblings chained through right-sibling links."""
    nodes: list[_Node] = []

    def number(node: _Node) -> None:
        nodes.append(node)
        for kid in node.kids:
            number(kid)

    number(root)
    ids = {id(node): index for index, node in enumerate(nodes)}
    mini, big = bytearray(), bytearray()
    starts: dict[int, tuple[int, int]] = {}  # node -> (start, size), mini or big by size
    mini_fat: list[int] = []
    big_chains: list[tuple[int, int]] = []  # (first sector relative to big, sectors)
    for node in nodes:
        if node.data is None:
            continue
        if len(node.data) < 4096:
            first = len(mini) // 64
            count = max(1, -(-len(node.data) // 64))
            mini += node.data.ljust(count * 64, b"\x00")
            mini_fat += [first + i + 1 for i in range(count - 1)] + [_END]
            starts[id(node)] = (first, len(node.data))
        else:
            first = len(big) // 512
            count = -(-len(node.data) // 512)
            big += node.data.ljust(count * 512, b"\x00")
            big_chains.append((first, count))
            starts[id(node)] = (first, len(node.data))
    mini_fat_bytes = b"".join(struct.pack("<I", v) for v in mini_fat)
    mini_fat_sectors = -(-len(mini_fat_bytes) // 512) if mini_fat else 0
    mini_sectors = -(-len(mini) // 512)
    dir_sectors = -(-len(nodes) * 128 // 512)
    big_sectors = len(big) // 512
    rest = dir_sectors + mini_fat_sectors + mini_sectors + big_sectors
    fat_sectors = 1
    while fat_sectors * 128 < fat_sectors + rest:
        fat_sectors += 1
    dir_at = fat_sectors
    mini_fat_at = dir_at + dir_sectors
    mini_at = mini_fat_at + mini_fat_sectors
    big_at = mini_at + mini_sectors
    fat = [_FAT] * fat_sectors

    def chain(count: int) -> None:
        start = len(fat)
        fat.extend(start + i + 1 for i in range(count - 1))
        fat.append(_END)

    chain(dir_sectors)
    if mini_fat_sectors:
        chain(mini_fat_sectors)
    if mini_sectors:
        chain(mini_sectors)
    for _first, count in big_chains:
        chain(count)
    fat += [_FREE] * (fat_sectors * 128 - len(fat))

    def entry(node: _Node, index: int) -> bytes:
        name = node.name.encode("utf-16-le") + b"\x00\x00"
        kind = 5 if index == 0 else (1 if node.data is None else 2)
        child = ids[id(node.kids[0])] if node.kids else _NONE
        parent = next((n for n in nodes if node in n.kids), None)
        right = _NONE
        if parent is not None:
            siblings = parent.kids
            place = siblings.index(node)
            right = ids[id(siblings[place + 1])] if place + 1 < len(siblings) else _NONE
        if index == 0:
            start, size = (mini_at if mini_sectors else _END), len(mini)
        elif node.data is None:
            start, size = 0, 0
        else:
            first, size = starts[id(node)]
            start = first if size < 4096 else big_at + first
        return (name.ljust(64, b"\x00") + struct.pack("<HBB", len(name), kind, 1)
                + struct.pack("<III", _NONE, right, child) + b"\x00" * 16
                + struct.pack("<I", 0) + b"\x00" * 16 + struct.pack("<IQ", start, size))

    directory = b"".join(entry(node, i) for i, node in enumerate(nodes))
    directory = directory.ljust(dir_sectors * 512, b"\x00")
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\x00" * 6
              + struct.pack("<IIIIIIIII", 0, fat_sectors, dir_at, 0, 4096,
                            mini_fat_at if mini_fat_sectors else _END, mini_fat_sectors,
                            _END, 0)
              + b"".join(struct.pack("<I", i) for i in range(fat_sectors))
              + b"\xff\xff\xff\xff" * (109 - fat_sectors))
    fat_bytes = b"".join(struct.pack("<I", v) for v in fat)
    return (header + fat_bytes + directory + mini_fat_bytes.ljust(mini_fat_sectors * 512,
                                                                  b"\xff")
            + bytes(mini).ljust(mini_sectors * 512, b"\x00") + bytes(big))


__all__ = ["Message", "at", "eml", "msg"]


def winmail(files: dict[str, bytes]) -> bytes:
    """winmail.dat as Chinese Outlook writes it: TNEF, titles in GBK (code page 936)."""
    def record(level: int, attribute: int, kind: int, data: bytes) -> bytes:
        return (struct.pack("<BHHI", level, attribute, kind, len(data)) + data
                + struct.pack("<H", sum(data) & 0xFFFF))

    out = struct.pack("<IH", 0x223E9F78, 0x0101)
    out += record(1, 0x9006, 0x0009, struct.pack("<I", 0x00010000))  # TNEF version
    out += record(1, 0x9007, 0x0006, struct.pack("<II", 936, 0))  # OEM code page
    for name, data in files.items():
        out += record(2, 0x9002, 0x0006, b"\x01\x00" + b"\xff" * 12)  # a new attachment
        out += record(2, 0x8010, 0x0001, name.encode("gbk") + b"\x00")
        out += record(2, 0x800F, 0x0006, data)
    return out
