"""Text as people type it, made comparable: full/half width, brackets, quotes, spaces.

Units write the same case name as 《某某平台（一期）》 in the table and 某某平台(一期) in the file
name; both must compare equal, while the difference itself is still worth a warning.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans("", "", "《》〈〉「」『』“”‘’\"'`·")
_BRACKETS = str.maketrans({"[": "(", "]": ")", "{": "(", "}": ")", "【": "(", "】": ")",
                           "〔": "(", "〕": ")", "［": "(", "］": ")"})
_SPACE = re.compile(r"\s+")
# A line break typed inside a cell (Alt+Enter) beside a Chinese character wraps the text; it is
# no space between words (西安智驰数标⏎科技有限公司 is one name).
_CJK = "\u2e80-\u9fff\uf900-\ufaff"
_WRAP = re.compile(rf"(?:(?<=[{_CJK}])[ \t]*[\r\n]+\s*|\s*[\r\n]+[ \t]*(?=[{_CJK}]))")
_CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
              "十": 10}


def plain(text: str) -> str:
    """Width-folded, trimmed, inner runs of spaces kept as one: what a cell 'says'."""
    return _SPACE.sub(" ", _WRAP.sub("", unicodedata.normalize("NFKC", text))).strip()


def comparable(text: str) -> str:
    """The form two spellings of one name share: no spaces, no quotes, one kind of bracket."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_BRACKETS)
    return _SPACE.sub("", folded).lower()


def small_number(text: object) -> int | None:
    """1, '1', '1.0', '01', '第1', '一', '（二）': the recommendation orders people write."""
    if isinstance(text, bool):
        return None
    if isinstance(text, int):
        return text
    if isinstance(text, float):
        return int(text) if text.is_integer() else None
    cleaned = comparable(str(text)).strip("()第名位.、")
    if cleaned.endswith(".0"):
        cleaned = cleaned[:-2]
    if cleaned.isdigit():
        return int(cleaned)
    return _CN_DIGITS.get(cleaned)
