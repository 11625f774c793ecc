"""The e-mailed materials held against the disc's: first by content (the same digest is the
same file, whatever its name), then by case and role through the same linking as the disc
(the editable version of case 2 in the mail against the editable version of case 2 on the
disc). What is left is missing from the mail, or only in the mail."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.core.delivery_checks import Keyed
from app.core.findings import Finding
from app.core.normalise import comparable

COMPARED_ROLES = ("editable", "scan", "proof", "summary")


@dataclass(frozen=True)
class Material:
    path: str
    sha256: str
    role: str
    case: str  # the case's name, or "" for the summary table
    order: int | None
    modified: str | None  # ISO time: the file's own date where it has one
    sealed: bool | None  # scans: a seal was found in the case's scan

    @property
    def slot(self) -> tuple[str, str]:
        """Where it belongs: its case (by name) and its role."""
        return comparable(self.case), self.role


def materials(report: dict[str, Any]) -> list[Material]:
    """The compared materials of a checked disc or mail, from its JSON report."""
    cases = report.get("cases") or []
    found = []
    for entry in report.get("files") or []:
        role = entry.get("role") or "other"
        if role not in COMPARED_ROLES or not entry.get("sha256"):
            continue
        index = entry.get("case")
        case = cases[index - 1] if isinstance(index, int) and 0 < index <= len(cases) else {}
        scan = case.get("scan") or {}
        sealed = bool(scan.get("seal_pages")) if role == "scan" and case else None
        found.append(Material(entry["path"], entry["sha256"], role,
                              "" if role == "summary" else case.get("name") or "",
                              case.get("order"), entry.get("modified"), sealed))
    return found


def digests(report: dict[str, Any]) -> set[str]:
    """Every file's digest in a report, whatever role its own linking gave it: a mail that
    carries the disc's files flat (three 营业执照复印件.pdf side by side) has them all, even
    where it cannot say whose each one is."""
    return {str(e["sha256"]) for e in report.get("files") or [] if e.get("sha256")}


def compare(mail: list[Material], disc: list[Material],
            mail_digests: set[str] | None = None) -> list[Keyed]:
    """`mail_digests`: every file's digest in the mail (digests()), for the content match;
    by default the compared materials' own."""
    mailed = {m.sha256 for m in mail} | (mail_digests or set())
    on_disc = {m.sha256 for m in disc}
    left_mail = [m for m in mail if m.sha256 not in on_disc]
    left_disc = [m for m in disc if m.sha256 not in mailed]
    by_slot = {m.slot: m for m in left_disc}
    found: list[Keyed] = []
    paired = set()
    for item in left_mail:
        other = by_slot.get(item.slot)
        if other is None:
            found.append(_keyed("email_extra_material", item))
            continue
        paired.add(other.slot)
        found.append(_keyed("email_attachment_differs", item, _difference(item, other)))
    for item in left_disc:
        if item.slot not in paired:
            found.append(_keyed("email_attachment_missing", item))
    return found


def _keyed(code: str, item: Material, extra: dict[str, Any] | None = None) -> Keyed:
    case = item.case or "-"
    params: dict[str, Any] = {"case": item.case, "order": item.order, "role": item.role,
                              **(extra or {})}
    role_zh, role_en = _ROLE_WORDS.get(item.role, ("材料", "material "))
    what_zh = (f"案例“{item.case}”的{role_zh}" if item.case else role_zh)
    what_en = (f"{role_en}of case “{item.case}”" if item.case else role_en.strip())
    if code == "email_attachment_differs":
        newer = {"mail": ("，邮件中的较新", ", the mailed one is newer"),
                 "disc": ("，光盘中的较新", ", the disc's is newer")}.get(params["newer"])
        sealed = {"mail": ("，仅邮件中的见印章", ", only the mailed one has a seal"),
                  "disc": ("，仅光盘中的见印章", ", only the disc's has a seal")}.get(
            params["sealed"])
        what_zh += "".join(w[0] for w in (newer, sealed) if w)
        what_en += "".join(w[1] for w in (newer, sealed) if w)
    params.update(what_zh=what_zh, what_en=what_en)
    return Keyed(f"{code}:{case}:{item.role}", Finding(code, item.path, what_en, params))


def _difference(mailed: Material, disc: Material) -> dict[str, Any]:
    """Which one is newer by the files' own dates, and which one has the seal."""
    newer = ""
    if mailed.modified and disc.modified and mailed.modified != disc.modified:
        newer = "mail" if mailed.modified > disc.modified else "disc"
    sealed = ""
    if mailed.sealed is not None and disc.sealed is not None and mailed.sealed != disc.sealed:
        sealed = "mail" if mailed.sealed else "disc"
    return {"newer": newer, "sealed": sealed, "disc_path": disc.path}


def case_line(findings: list[Finding], case_name: str, order: int | None, *,
              mails: int, compared: bool, lang: str = "zh", head: bool = True) -> str:
    """电子邮件：一致 / 不一致（…）/ 未收到 — a case's line on the verification sheet
    (`head=False`: without 电子邮件：, for a column that says it)."""
    zh = lang.startswith("zh")
    head_text = ("电子邮件：" if zh else "E-mail: ") if head else ""
    if mails == 0:
        return head_text + ("未收到" if zh else "not received")
    if not compared:
        return head_text + ("已收到，未核对" if zh else "received, not compared")
    own = [f for f in findings if f.code in MAIL_CASE_CODES
           and (comparable(str(f.params.get("case") or "")) == comparable(case_name)
                or (order is not None and f.params.get("order") == order))]
    if not own:
        return head_text + ("一致" if zh else "same as the disc")
    words = [_ROLE_WORDS.get(f.params.get("role", ""), ("材料", "material"))[0 if zh else 1]
             + _CODE_WORDS[f.code][0 if zh else 1] for f in own]
    return head_text + ("不一致（" + "；".join(words) + "）" if zh
                        else "differs (" + "; ".join(words) + ")")


MAIL_CASE_CODES = ("email_attachment_missing", "email_attachment_differs",
                   "email_extra_material")
_ROLE_WORDS = {"editable": ("可编辑版", "editable version "), "scan": ("盖章版", "stamped scan "),
               "proof": ("证明材料", "proof "), "summary": ("汇总表", "summary table ")}
_CODE_WORDS = {"email_attachment_missing": ("未随邮件报送", "not in the mail"),
               "email_attachment_differs": ("内容不同", "differs"),
               "email_extra_material": ("仅邮件中有", "only in the mail")}
