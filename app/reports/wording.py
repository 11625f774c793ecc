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
TRAIL_AT: Words = ("登记簿位置", "Register entry")
CODE: Words = ("核验码", "Verification code")
DATE: Words = ("日期", "Date")


def yes_no(value: bool | None, lang: str) -> str:
    if value is None:
        return "—"
    return pick(YES if value else NO, lang)


# A case's seal (app/services/standing.py derives which), the same words on every paper.
SEAL_WORDS: dict[str, Words] = {
    "found": ("见红色印章（第{pages}页）", "red seal seen (page {pages})"),
    "found_grey": ("有章（灰度，已识别单位名，第{pages}页）",
                   "seal (greyscale; its unit's name read, page {pages})"),
    "electronic": ("电子签章", "electronic seal"),
    "unsure": ("待人工确认（第{pages}页）", "to be checked by a person (page {pages})"),
    "checked_stamped": ("有章（人工确认）", "seal (confirmed by a person)"),
    "checked_unstamped": ("无章（人工确认）", "no seal (confirmed by a person)"),
    "none": ("未检出", "not found"),
    "unknown": ("无法判断", "cannot tell"),
    "no_scan": ("", ""),
}


NAMED: Words = ("{name}（第{page}页）", "{name} (page {page})")
NAMED_GREY: Words = ("{name}（第{page}页，灰度扫描）", "{name} (page {page}, greyscale scan)")


def seal_words(kind: str, pages: list[int] | tuple[int, ...], lang: str, name: str = "",
               name_page: int = 0) -> str:
    """How a case's seal is put on every paper and screen; with the name a seal was read to
    bear, that name and its page (印章：西安智驰数标科技有限公司（第2页）)."""
    if name and kind in ("found", "found_grey", "checked_stamped"):
        named = pick(NAMED_GREY if kind == "found_grey" else NAMED, lang)
        return named.format(name=name, page=name_page) if name_page else name
    text = pick(SEAL_WORDS[kind], lang)
    if "{pages}" in text and not pages:  # an electronic seal or a doubt without a page
        text = text.split("（")[0].split(" (")[0]
    return text.format(pages=("、" if lang.startswith("zh") else ", ").join(map(str, pages)))
