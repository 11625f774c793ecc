"""The verdict of ../shared/spec/findings.md: the worst severity decides."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Literal

from app.core.findings import Finding, Severity

Verdict = Literal["accept", "accept_with_notes", "return_for_correction", "unreadable"]
VERDICTS: tuple[Verdict, ...] = ("accept", "accept_with_notes", "return_for_correction",
                                 "unreadable")
VERDICT_TEXT = {
    "accept": ("合格", "Accept"),
    "accept_with_notes": ("合格（有提示）", "Accept with notes"),
    "return_for_correction": ("需退回补正", "Return for correction"),
    "unreadable": ("光盘无法读取", "The disc cannot be read"),
}


def verdict(findings: Iterable[Finding], *, readable: bool | str = True) -> Verdict:
    if readable is False:
        return "unreadable"
    worst = max((f.severity.rank for f in findings), default=-1)
    if worst >= Severity.ERROR.rank:
        return "return_for_correction"
    if worst >= Severity.WARNING.rank:
        return "accept_with_notes"
    return "accept"


def verdict_text(value: Verdict, lang: str = "zh") -> str:
    zh, en = VERDICT_TEXT[value]
    return zh if lang.startswith("zh") else en


def standing_text(value: Verdict | None, delivered: bool, lang: str = "zh", *,
                  by_mail: bool = False) -> str:
    """A unit's standing: its verdict once a disc was read; before that, awaiting its disc
    (the paper alone decides nothing), delivered by e-mail only, or not delivered."""
    if value is not None:
        return verdict_text(value, lang)
    zh, en = (("待核验光盘", "awaiting its disc") if delivered else
              ("已送达（邮件）", "delivered by e-mail") if by_mail else
              ("未送达", "not delivered"))
    return zh if lang.startswith("zh") else en
