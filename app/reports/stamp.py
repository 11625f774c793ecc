"""What every page of a printout carries at its foot: the receipt number, the page of the page
count, when it was printed and where the register's trail stood, and the verification code."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.reports.layout import Footer
from app.reports.wording import CODE, MADE_AT, PAGE_OF, RECEIPT_NO, TRAIL_AT, pick


@dataclass(frozen=True)
class Stamp:
    receipt: str
    made_at: datetime  # in the call's time zone
    code: str
    # Where the register's trail stood when this was printed ("57-3FA2B9C0": entry and the
    # start of its seal): a register put back past it no longer holds that entry.
    trail: str = ""

    def footer(self, lang: str) -> Footer:
        return Footer(
            left=f"{pick(RECEIPT_NO, lang)} {self.receipt}",
            right=f"{pick(CODE, lang)} {self.code}",
            centre=lambda page, pages: pick(PAGE_OF, lang).format(page=page, pages=pages),
            below=self.made_line(lang))

    def made_line(self, lang: str) -> str:
        line = f"{pick(MADE_AT, lang)} {self.made_at:%Y-%m-%d %H:%M}"
        return f"{line}    {pick(TRAIL_AT, lang)} {self.trail}" if self.trail else line

    def code_line(self, lang: str) -> str:
        return f"{pick(CODE, lang)} {self.code}    {self.made_line(lang)}"
