"""A saved e-mail (.eml, RFC 822 as Foxmail, Thunderbird, Outlook and government web mail
export it) read into what the intake desk needs: who sent it, when, its subject, its attached
files and the download links that stand in for "large attachments".

Chinese mail is decoded as it is really written, not only as the RFCs say: encoded-words and
RFC 2231 names in GBK/GB2312/GB18030 (read as GB18030, the superset the senders' clients
really use), names in raw 8-bit GBK, encoded-words inside a filename parameter, nested
messages (a forwarded mail with the materials), base64 and quoted-printable parts."""

from __future__ import annotations

import datetime as dt
import email
import email.message
import email.parser
import email.policy
import email.utils
import re
from dataclasses import dataclass, field
from email.header import decode_header
from pathlib import Path

MAX_MAIL = 256 << 20  # bytes of one saved mail; past this it is refused, not read
MAX_PARTS = 2000
MAX_BODY = 1 << 20  # characters of text searched for download links
_GB = {"gb2312", "gbk", "gb18030", "x-gbk", "euc-cn", "cp936", "hz-gb-2312"}


@dataclass
class Attachment:
    name: str
    data: bytes


@dataclass
class Mail:
    subject: str = ""
    sender: str = ""
    recipients: list[str] = field(default_factory=list)
    date: dt.datetime | None = None  # the Date header: when the sender's client says it sent
    first_hop: dt.datetime | None = None  # the oldest Received: when a server first took it
    attachments: list[Attachment] = field(default_factory=list)
    links: list[str] = field(default_factory=list)  # large-attachment download links
    body: str = ""
    problems: list[str] = field(default_factory=list)  # "damaged", "too_many_parts", …

    @property
    def sent(self) -> dt.datetime | None:
        """When it left: the first server's time when there is one (a client's clock can be
        wrong or set on purpose), else the Date header."""
        return self.first_hop or self.date


def charset_of(name: str | None) -> str:
    """A declared charset as Python should decode it: the GB family as GB18030."""
    label = (name or "").strip().lower()
    if label in _GB:
        return "gb18030"
    return label or "utf-8"


def raw_text(data: bytes) -> str:
    """Bytes of unknown encoding (an 8-bit header): UTF-8 if it is, else GB18030."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def header_text(value: object) -> str:
    """A header's words: encoded-words decoded with their charset, raw 8-bit bytes guessed."""
    if value is None:
        return ""
    text = str(value)
    if any("\udc80" <= ch <= "\udcff" for ch in text):  # 8-bit bytes the parser kept
        text = raw_text(text.encode("ascii", errors="surrogateescape"))
    parts = []
    try:
        pieces = decode_header(text)
    except (ValueError, LookupError):
        return text
    for chunk, charset in pieces:
        if isinstance(chunk, bytes):
            try:
                parts.append(chunk.decode(charset_of(charset), errors="replace"))
            except LookupError:
                parts.append(raw_text(chunk))
        else:
            parts.append(chunk)
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def when(value: object) -> dt.datetime | None:
    try:
        parsed = email.utils.parsedate_to_datetime(header_text(value))
    except (TypeError, ValueError, IndexError):
        return None
    return parsed if parsed.tzinfo is not None else None  # a time without a zone says nothing


def first_hop(message: email.message.Message) -> dt.datetime | None:
    """The time the oldest Received header gives (headers are added on top, hop by hop)."""
    received = message.get_all("Received") or []
    for header in reversed(received):
        stamp = str(header).rsplit(";", 1)
        if len(stamp) == 2:
            found = when(stamp[1])
            if found is not None:
                return found
    return None


def addresses(message: email.message.Message, *names: str) -> list[str]:
    values = [header_text(v) for name in names for v in message.get_all(name) or []]
    return [f"{n} <{a}>" if n else a for n, a in email.utils.getaddresses(values) if a]


def read_eml(data: bytes) -> Mail:
    """The mail in a saved .eml; what cannot be read is left out and named in `problems`."""
    mail = Mail()
    if len(data) > MAX_MAIL:
        mail.problems.append("too_large")
        return mail
    try:
        message = email.message_from_bytes(data)
        read_headers(message, mail)
        read_parts(message, mail)
    except RecursionError:  # parts nested thousands deep: what was read so far stays
        mail.problems.append("damaged")
    return mail


HEAD_BYTES = 64 * 1024  # enough for any mail's headers: the attachments are not read


def subject_of(path: Path) -> str:
    """A saved .eml's subject, read from its head only (for guessing whose mail was dropped);
    empty when it cannot be had."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(HEAD_BYTES)
    except OSError:
        return ""
    message = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head)
    return header_text(message.get("Subject", ""))


def read_headers(message: email.message.Message, mail: Mail) -> None:
    mail.subject = header_text(message.get("Subject"))
    senders = addresses(message, "From")
    mail.sender = senders[0] if senders else header_text(message.get("From"))
    mail.recipients = addresses(message, "To", "Cc")
    mail.date = when(message.get("Date"))
    mail.first_hop = first_hop(message)


def read_parts(message: email.message.Message, mail: Mail) -> None:
    bodies: list[str] = []
    for count, part in enumerate(message.walk()):
        if count >= MAX_PARTS:
            mail.problems.append("too_many_parts")
            break
        if part.is_multipart():
            continue
        name = part_name(part)
        kind = part.get_content_type()
        if name is None and kind in ("text/plain", "text/html"):
            bodies.append(_text_of(part))
            continue
        payload = part.get_payload(decode=True)
        if isinstance(payload, bytes) and (name or payload):
            mail.attachments.append(Attachment(name or f"part-{count}", payload))
    mail.body = "\n".join(bodies)[:MAX_BODY]
    mail.links = download_links(mail.body)


_RAW_NAME = re.compile(r'(?:file)?name\s*=\s*"([^"]*)"|(?:file)?name\s*=\s*([^;\s]+)', re.I)


def _raw_name(part: email.message.Message) -> str | None:
    """A name written in 8-bit bytes (GBK, unannounced): read from the raw header, since the
    parser's own reading turns those bytes into replacement marks."""
    for header, value in part.raw_items():
        if header.lower() not in ("content-disposition", "content-type"):
            continue
        if not any("\udc80" <= ch <= "\udcff" for ch in str(value)):
            continue
        match = _RAW_NAME.search(str(value))
        if match:
            return raw_text((match.group(1) or match.group(2)).encode(
                "ascii", errors="surrogateescape"))
    return None


def part_name(part: email.message.Message) -> str | None:
    """The attachment's file name: RFC 2231 (filename*=), an encoded-word in the parameter
    (Outlook, Foxmail), raw GBK bytes, or the older name= of Content-Type."""
    raw = _raw_name(part)
    if raw:
        return raw
    name = part.get_filename() or part.get_param("name")
    if isinstance(name, tuple):  # an RFC 2231 value get_param left undecoded
        name = email.utils.collapse_rfc2231_value(name)
    if not name:
        return None
    return header_text(name) or None


def _text_of(part: email.message.Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset()
    if charset is None:
        return raw_text(payload[:MAX_BODY * 4])
    try:
        return payload[:MAX_BODY * 4].decode(charset_of(charset), errors="replace")
    except LookupError:
        return raw_text(payload[:MAX_BODY * 4])


# What web mail writes for a file too large to attach: a link, with words around it.
_LINK_WORDS = ("超大附件", "大附件", "文件中转站", "附件下载", "云附件", "large attachment",
               "下载链接", "网盘")
_LINK_HOSTS = ("ftn.qq.com", "ftnexs", "mail.qq.com/cgi-bin/ftn", "dashi.163.com",
               "mail.163.com/large", "cloud.189.cn", "pan.baidu.com", "aliyundrive.com",
               "cowork", "wx.mail.qq.com/ftn")
_URL = re.compile(r"https?://[^\s\"'<>)）]+", re.IGNORECASE)


def download_links(body: str) -> list[str]:
    """Links that carry material instead of an attachment: a known large-attachment host, or
    any link when the text says it is a large attachment."""
    lowered = body.lower()
    worded = any(word in lowered for word in _LINK_WORDS)
    found = []
    for match in _URL.finditer(body):
        url = match.group(0).rstrip(".,;，。；")
        if worded or any(host in url.lower() for host in _LINK_HOSTS):
            found.append(url)
    return list(dict.fromkeys(found))[:50]
