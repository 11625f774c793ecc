"""A unit's e-mail imported into the register: the saved mail read (.eml or .msg), its
attachments checked like a disc (the same roles, linking, seal check and table reading, also
inside zip/7z/RAR), the mail kept in the archive with its digest, and its record written with
what was found, to be held against the unit's disc whenever the unit is shown."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.progress import CancelToken, ProgressSink, no_progress
from app.documents.dates import document_date
from app.documents.ole2 import MAGIC as OLE2_MAGIC
from app.errors import RegisterError
from app.mail.message import MAX_MAIL, Mail, read_eml
from app.mail.outlook import read_msg
from app.mail.tnef import expand_tnef
from app.services.disc_report import verification_report
from app.services.register import Register, ensure_unit, now
from app.services.verify import verify
from app.store.archive import MAILS_DIR
from app.store.durable import read_bounded, write_durably
from app.store.file_names import safe_part
from app.store.leftovers import temp_prefix


@dataclass(frozen=True)
class MailImported:
    unit: str
    subject: str
    sent: dt.datetime | None
    attachments: int
    report: dict[str, Any]


def read_mail_file(path: Path) -> tuple[bytes, Mail]:
    """The saved mail's bytes and what it says; a clear error when it is none."""
    data = read_bounded(path, MAX_MAIL, "mail_unreadable")
    mail = read_msg(data) if data.startswith(OLE2_MAGIC) else read_eml(data)
    expand_tnef(mail)
    if "damaged" in mail.problems:  # parts nested thousands deep, and the like
        raise RegisterError("mail_unreadable", path=str(path), reason="damaged")
    if not (mail.subject or mail.sender or mail.attachments):
        raise RegisterError("mail_unreadable", path=str(path), reason="no_headers")
    return data, mail


def safe_names(names: list[str]) -> list[str]:
    """Attachment names as files of one folder: no folders, no device or control characters,
    not too long, each once."""
    taken: set[str] = set()
    result = []
    for number, name in enumerate(names, start=1):
        clean = safe_part(name.replace("\\", "/").rsplit("/", 1)[-1], f"attachment-{number}")
        stem, dot, suffix = clean.rpartition(".")
        candidate, again = clean, 2
        while candidate.lower() in taken:
            candidate = f"{stem} ({again}).{suffix}" if dot else f"{clean} ({again})"
            again += 1
        taken.add(candidate.lower())
        result.append(candidate)
    return result


def check_mail(mail: Mail, *, call: Any, unit: str, progress: ProgressSink = no_progress,
               cancel: CancelToken | None = None) -> dict[str, Any]:
    """The mail's envelope and its attachments' checks, as they are stored. The attachments
    are written to a private temporary folder (nothing in them is ever opened or run) with the
    documents' own dates, and checked there as a disc folder is."""
    with tempfile.TemporaryDirectory(prefix=temp_prefix("mail")) as work:
        folder = Path(work) / "attachments"
        folder.mkdir()
        dated: dict[str, str] = {}
        for name, attachment in zip(safe_names([a.name for a in mail.attachments]),
                                    mail.attachments, strict=True):
            target = folder / name
            target.write_bytes(attachment.data)
            own = document_date(attachment.data)
            if own is not None:
                dated["/" + name] = own.isoformat()
        v = verify(folder, call=call, unit=unit, progress=progress, cancel=cancel)
        report = verification_report(v)
    for entry in report.get("files", []):
        entry.pop("extents", None)
        # The time of writing it here says nothing; only a document's own date does.
        entry["modified"] = dated.get(entry["path"])
    report["source"] = {"kind": "mail"}
    return {"subject": mail.subject, "sender": mail.sender, "recipients": mail.recipients,
            "date": _iso(mail.date), "first_hop": _iso(mail.first_hop), "links": mail.links,
            "problems": mail.problems, "attachments": [a.name for a in mail.attachments],
            "check": report}


def import_mail(reg: Register, path: Path, unit: str, *, progress: ProgressSink = no_progress,
                cancel: CancelToken | None = None) -> MailImported:
    call_id, call = reg.call()
    data, mail = read_mail_file(path)
    report = check_mail(mail, call=call, unit=unit.strip(), progress=progress, cancel=cancel)
    digest = hashlib.sha256(data).hexdigest()
    suffix = ".msg" if data.startswith(OLE2_MAGIC) else ".eml"
    kept = reg.archive.root / MAILS_DIR / f"{digest}{suffix}"
    kept.parent.mkdir(parents=True, exist_ok=True)
    if not kept.exists():
        write_durably(kept, data)
    sent = mail.sent or dt.datetime.now(call.zone)
    with reg.changes() as change:
        unit_id = ensure_unit(change, call_id, unit)
        change.conn.execute(
            "INSERT INTO emails(unit_id, received_at, subject, sender, sent_at, first_hop_at, "
            "recipients, file_path, sha256, report, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (unit_id, sent.isoformat(), mail.subject, mail.sender, _iso(mail.date),
             _iso(mail.first_hop), json.dumps(mail.recipients, ensure_ascii=False),
             reg.archive.relative(kept), digest, json.dumps(report, ensure_ascii=False), now()))
        change.log("email.import", f"unit:{unit_id}", after={
            "unit": unit.strip(), "file": str(path), "sha256": digest,
            "subject": mail.subject, "sender": mail.sender, "sent": _iso(mail.sent),
            "attachments": report["attachments"]})
    return MailImported(unit.strip(), mail.subject, mail.sent, len(mail.attachments), report)


def _iso(when: dt.datetime | None) -> str | None:
    return when.isoformat() if when is not None else None
