"""A case's seal and a finding's settlement, derived once from the disc's report and what people
recorded (seal checks, waivers), so that the window, the sheet, the notice, the workbook and
`intake status` say the same thing: a seal confirmed by a person is 有章（人工确认） everywhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal

from app.core.rules import CallRules
from app.reports.wording import seal_words
from app.services.status import Shown

SealKind = Literal["found", "found_grey", "electronic", "unsure", "checked_stamped",
                   "checked_unstamped", "none", "unknown", "no_scan"]


@dataclass(frozen=True)
class SealState:
    kind: SealKind
    pages: tuple[int, ...] = ()
    by: str = ""  # who looked, for a person's answer
    at: dt.datetime | None = None
    name: str = ""  # the expected name a seal was read to bear
    name_page: int = 0

    @property
    def stamped(self) -> bool | None:
        """True: a seal is there (seen or confirmed); False: none; None: nobody can say yet."""
        if self.kind in ("found", "found_grey", "electronic", "checked_stamped"):
            return True
        if self.kind in ("none", "checked_unstamped"):
            return False
        return None

    def words(self, lang: str = "zh") -> str:
        return seal_words(self.kind, self.pages, lang, self.name, self.name_page)


def seal_state(scan: dict[str, Any], own: Sequence[Shown]) -> SealState:
    """`scan`: the case's scan as the disc report holds it; `own`: the case's findings."""
    if not scan.get("present", bool(scan.get("paths"))):
        return SealState("no_scan")
    pages = tuple(scan.get("seal_pages") or ()) or tuple(
        sorted({int(d["page"]) for d in scan.get("doubts") or [] if "page" in d}))
    checks = [s.seal_check for s in own if s.seal_check is not None]
    if checks:
        check = checks[-1]
        kind: SealKind = "checked_stamped" if check.stamped else "checked_unstamped"
        return SealState(kind, pages, check.checked_by, stored_time(check.checked_at))
    if scan.get("electronic_seal"):
        return SealState("electronic", pages)
    if scan.get("seal_pages"):
        return SealState("found_grey" if scan.get("grey_named") else "found", pages,
                         name=scan.get("seal_name") or "",
                         name_page=int(scan.get("seal_name_page") or 0))
    codes = {s.finding.code for s in own}
    if "scan_seal_uncertain" in codes:
        return SealState("unsure", pages)
    if "scan_grayscale" in codes or not scan.get("image_only"):
        return SealState("unknown")
    return SealState("none")


def stored_time(text: str) -> dt.datetime | None:
    """A time the register stored (UTC, ISO 8601); None when there is none or it is garbled."""
    try:
        return dt.datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def settled_text(shown: Shown, call: CallRules, lang: str = "zh") -> str:
    """How a person settled a finding, with who and when in the call's zone: "已豁免：理由
    （张三，2025-10-24 18:14）" or "人工确认有章（张三，…）"; empty while it is open."""
    zh = lang.startswith("zh")
    if shown.seal_check is not None:
        check = shown.seal_check
        what = (("人工确认有章", "seal confirmed by a person") if check.stamped
                else ("人工确认无章", "no seal, confirmed by a person"))
        return f"{what[0 if zh else 1]}{_by(check.checked_by, check.checked_at, call, zh)}"
    if shown.waiver is not None:
        waiver = shown.waiver
        head = f"已豁免：{waiver.reason}" if zh else f"waived: {waiver.reason}"
        return head + _by(waiver.waived_by, waiver.waived_at, call, zh)
    return ""


def _by(who: str, stored: str, call: CallRules, zh: bool) -> str:
    when = stored_time(stored)
    parts = [p for p in (who, call.shown(when) if when else "") if p]
    if not parts:
        return ""
    return f"（{'，'.join(parts)}）" if zh else f" ({', '.join(parts)})"
