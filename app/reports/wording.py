"""Printouts are official Chinese forms; their wording is kept here in both languages, as the
findings catalogue keeps its texts, so that printouts need no Qt."""

from __future__ import annotations

Words = tuple[str, str]  # (Simplified Chinese, English)


def pick(words: Words, lang: str) -> str:
    return words[0] if lang.startswith("zh") else words[1]


YES: Words = ("是", "yes")
NO: Words = ("否", "no")
PAGE_OF: Words = ("第 {page} 页 共 {pages} 页", "Page {page} of {pages}")
RECEIPT_NO: Words = ("收件编号", "Receipt no.")
MADE_AT: Words = ("打印时间", "Printed")
CODE: Words = ("核验码", "Verification code")
DATE: Words = ("日期", "Date")


def yes_no(value: bool | None, lang: str) -> str:
    if value is None:
        return "—"
    return pick(YES if value else NO, lang)
