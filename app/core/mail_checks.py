"""What is wrong with a unit's e-mail, worked out afresh whenever the unit is shown (a newer
disc changes what the mail is held against): sent late, a subject that does not follow the
call's pattern or names another unit, material only as a download link, and the mailed
materials against the disc's — or, with no disc yet, the mail's own checks as a disc's."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from app.core.delivery_checks import Keyed
from app.core.findings import Finding, Severity
from app.core.mail_compare import compare, digests, materials
from app.core.normalise import comparable
from app.core.rules import CallRules

_SEPARATORS = re.compile(r"[\s+＋\-—_·・、，,.。:：|｜/\\（）()【】\[\]“”\"'《》<>]")


def _bare(text: str) -> str:
    return _SEPARATORS.sub("", comparable(text))


def subject_problem(subject: str, pattern: str, unit: str, others: list[str]
                    ) -> dict[str, str] | None:
    """Why a subject does not do: it names another unit, or lacks what the pattern asks."""
    if not pattern:
        return None
    try:
        expected = pattern.format(unit=unit)
    except (KeyError, IndexError, ValueError):
        expected = pattern
    words = _bare(subject)
    if _bare(unit) not in words:
        other = next((o for o in others if _bare(o) and _bare(o) in words), None)
        if other is not None:
            return {"subject": subject, "other": other}
    if _bare(expected) in words:
        return None
    return {"subject": subject, "expected": expected}


def mail_findings(call: CallRules, unit: str, others: list[str], mail: dict[str, Any],
                  sent: dt.datetime | None, disc_report: dict[str, Any] | None) -> list[Keyed]:
    """`mail`: the stored report of the unit's newest imported mail; `disc_report`: its
    newest disc's, if any."""
    found: list[Keyed] = []
    if sent is not None and call.deadline is not None and call.is_late(sent):
        found.append(Keyed("email_late", Finding(
            "email_late", None, call.shown(sent),
            {"sent": call.shown(sent), "deadline": call.shown(call.deadline)})))
    problem = subject_problem(mail.get("subject") or "", call.email_subject, unit, others)
    if problem is not None:
        found.append(Keyed("email_subject_mismatch", Finding(
            "email_subject_mismatch", None, problem["subject"], problem)))
    for number, link in enumerate(mail.get("links") or [], start=1):
        found.append(Keyed(f"email_link_only:{number}", Finding(
            "email_link_only", None, link, {"link": link})))
    check = mail.get("check") or {}
    if disc_report is not None:
        found.extend(compare(materials(check), materials(disc_report), digests(check)))
    else:  # nothing to hold it against yet: the mail is checked as a disc would be
        found.extend(_own(check))
    return [Keyed(k.key, call.apply(k.finding), k.case) for k in found]


def _own(check: dict[str, Any]) -> list[Keyed]:
    """The mail's own findings (its report lists the cases' among them)."""
    keyed = []
    for entry in check.get("problems") or []:
        finding = Finding(entry["code"], entry.get("path"), entry.get("detail") or "",
                          params=dict(entry.get("params") or {}),
                          level=Severity(entry["severity"]))
        keyed.append(Keyed(f"email:{finding.code}:{finding.path or finding.detail or '-'}",
                           finding))
    return list({k.key: k for k in keyed}.values())
