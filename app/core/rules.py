"""A call's rules as data: quota, directions, required contents, deadline, severities.

The built-in 2025 Shaanxi call lives in resources/calls/ as JSON; the next call is a new file,
not new code. This module only turns such a mapping into a checked record.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import string
from dataclasses import dataclass, field, replace
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.core.findings import CATALOGUE, Finding, Severity
from app.core.normalise import comparable

SUMMARY_FIELDS = ("order", "name", "applicant", "direction", "contact", "phone")
NUMBER_FIELDS = {"year", "number"}
_TYPED_TIME = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                         r"(?:\s*[T ]?\s*(\d{1,2})\s*[:：时点]\s*(\d{1,2})?\s*分?)?")
_DIRECTION_PREFIX = re.compile(
    r"^(?:[一二三四五六七八九十]是|第?[0-9一二三四五六七八九十]{1,2}[.、:)]|\([0-9一二三四五六七八九十]{1,2}\))")
DEFAULT_NUMBERS = {"receipt": "SJBZ-{year}-{number:04d}", "disc": "GP-{year}-{number:04d}"}


def _number_format(call_id: object, series: str, template: str) -> str:
    """A numbering template, refused at load time rather than at the first delivery."""
    names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
    if not names <= NUMBER_FIELDS or "number" not in names:
        raise ValueError(f"call {call_id}: the {series} number format {template!r} may use "
                         "{year} and must use {number}")
    template.format(year=2025, number=1)
    return template


def _zoned(text: str | None, zone: ZoneInfo) -> dt.datetime | None:
    """A time of the call's definition; without an offset it is meant in the call's zone."""
    if not text:
        return None
    when = dt.datetime.fromisoformat(text)
    return when if when.tzinfo is not None else when.replace(tzinfo=zone)


@dataclass(frozen=True)
class Proof:
    """A material the call requires in every case besides the two versions (营业执照复印件),
    and the words in a file's name that recognise it."""

    name: str
    words: tuple[str, ...]

    def named_in(self, file_name: str) -> bool:
        text = comparable(file_name)
        return any(comparable(word) in text for word in self.words if word)


def _proofs(call_id: object, items: Any) -> tuple[Proof, ...]:
    proofs = []
    for item in items or ():
        name = str(item.get("name", "")).strip() if isinstance(item, dict) else ""
        if not name:
            raise ValueError(f"call {call_id}: a required proof without a name")
        words = tuple(str(w).strip() for w in item.get("words") or (name,) if str(w).strip())
        proofs.append(Proof(name, words or (name,)))
    return tuple(proofs)


def _columns(call_id: object, mapping: Any) -> dict[str, tuple[str, ...]]:
    """The call's own words for the summary table's columns, tried before the usual ones."""
    columns = {str(k): tuple(str(w) for w in v if str(w).strip())
               for k, v in (mapping or {}).items()}
    unknown = set(columns) - set(SUMMARY_FIELDS)
    if unknown:
        raise ValueError(f"call {call_id}: unknown columns {sorted(unknown)}")
    return columns


@dataclass(frozen=True)
class CallRules:
    id: str
    title: dict[str, str]
    deadline: dt.datetime | None = None
    paper_copies: int = 2
    max_cases: int = 5
    directions: tuple[str, ...] = ()
    required_fields: tuple[str, ...] = ("name", "applicant", "direction")
    requires_editable: bool = True
    requires_scan: bool = True
    requires_summary: bool = True
    severities: dict[str, Severity] = field(default_factory=dict)
    issuer: str = ""
    time_zone: str = "Asia/Shanghai"
    numbers: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_NUMBERS))
    subject: dict[str, str] = field(default_factory=dict)  # what is submitted, for form titles
    correction_deadline: dt.datetime | None = None  # by when a returned delivery must be fixed
    proofs: tuple[Proof, ...] = ()
    columns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    email_subject: str = ""  # "{unit}+数据标注优秀案例"

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> CallRules:
        requires = data.get("requires", {})
        severities = {}
        for code, level in data.get("severities", {}).items():
            if code not in CATALOGUE:
                raise ValueError(f"call {data.get('id')}: unknown finding code {code!r}")
            severities[code] = Severity(level)
        fields = tuple(data.get("required_fields", cls.required_fields))
        unknown = set(fields) - set(SUMMARY_FIELDS)
        if unknown:
            raise ValueError(f"call {data.get('id')}: unknown fields {sorted(unknown)}")
        deadline = data.get("deadline")
        time_zone = str(data.get("time_zone", cls.time_zone))
        try:
            zone = ZoneInfo(time_zone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"call {data.get('id')}: unknown time zone {time_zone!r}") from exc
        when = _zoned(deadline, zone)
        numbers = dict(DEFAULT_NUMBERS)
        numbers.update(data.get("numbers", {}))
        numbers = {series: _number_format(data.get("id"), series, numbers[series])
                   for series in DEFAULT_NUMBERS}
        return cls(
            id=str(data["id"]), title=dict(data.get("title", {})),
            deadline=when,
            paper_copies=int(data.get("paper_copies", 2)),
            max_cases=int(data.get("max_cases", 5)),
            directions=tuple(data.get("directions", ())),
            required_fields=fields,
            requires_editable=bool(requires.get("editable", True)),
            requires_scan=bool(requires.get("scan", True)),
            requires_summary=bool(requires.get("summary", True)),
            severities=severities, issuer=str(data.get("issuer", "")),
            time_zone=time_zone, numbers=numbers, subject=dict(data.get("subject", {})),
            correction_deadline=_zoned(data.get("correction_deadline"), zone),
            proofs=_proofs(data.get("id"), data.get("proofs")),
            columns=_columns(data.get("id"), data.get("columns")),
            email_subject=str(data.get("email_subject", "")),
        )

    def title_text(self, lang: str = "zh") -> str:
        """The call's title in the language asked for, else in Chinese."""
        key = "zh" if lang.startswith("zh") else "en"
        return self.title.get(key) or self.title.get("zh") or self.id

    def subject_text(self, lang: str = "zh") -> str:
        """What the call collects, as form titles name it: 数据标注优秀案例 (a call that does not
        say gives its title)."""
        key = "zh" if lang.startswith("zh") else "en"
        return self.subject.get(key) or self.subject.get("zh") or self.title_text(lang)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def year(self) -> int:
        """The call's year, for its receipt and disc numbers."""
        if self.deadline is not None:
            return self.deadline.astimezone(self.zone).year
        return dt.datetime.now(self.zone).year

    def number(self, series: str, number: int) -> str:
        """Receipt or disc number `number` in this call's format, e.g. SJBZ-2025-0001."""
        return self.numbers[series].format(year=self.year, number=number)

    def local_time(self, text: str) -> dt.datetime:
        """A time the clerk typed: with an offset as given, without one in the call's zone.
        Besides ISO 8601 it takes what people write: 2025/10/24 9:05, 2025年10月24日 17时30分."""
        match = _TYPED_TIME.fullmatch(text.strip())
        if match:
            year, month, day, hour, minute = (int(v) if v else 0 for v in match.groups())
            return dt.datetime(year, month, day, hour, minute, tzinfo=self.zone)
        when = dt.datetime.fromisoformat(text.strip().replace(" ", "T", 1))
        return when if when.tzinfo is not None else when.replace(tzinfo=self.zone)

    def shown(self, when: dt.datetime) -> str:
        """A time as the clerk reads it: minutes, in the call's zone."""
        return when.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")

    def zone_name(self, lang: str = "zh") -> str:
        """The call's zone as people name it: 北京时间 for China's, else its identifier."""
        if self.time_zone in ("Asia/Shanghai", "Asia/Chongqing", "PRC"):
            return "北京时间" if lang.startswith("zh") else "Beijing time"
        return self.time_zone

    def written(self, when: dt.datetime, lang: str = "zh") -> str:
        """A time as it is written on paper: 2025年10月24日 18:00（北京时间）."""
        local = when.astimezone(self.zone)
        if lang.startswith("zh"):
            return (f"{local.year}年{local.month}月{local.day}日 {local:%H:%M}"
                    f"（{self.zone_name(lang)}）")
        return f"{local:%Y-%m-%d %H:%M} ({self.zone_name(lang)})"

    def is_late(self, when: dt.datetime) -> bool:
        return self.deadline is not None and when > self.deadline

    def direction(self, text: str) -> str | None:
        """The call's direction a cell names: exactly, give or take a numbering prefix (一是,
        1., （一）) and the word 方向 after it. An abbreviation is not a direction: the table
        is the unit's signed declaration."""
        if not self.directions:
            return text or None
        wanted = _direction_words(text)
        return next((d for d in self.directions if _direction_words(d) == wanted), None) \
            if wanted else None

    def likely_direction(self, text: str) -> str | None:
        """The direction a wrong cell most probably means, to name it to the clerk."""
        wanted = _direction_words(text)
        if not wanted or not self.directions:
            return None
        scored = []
        for direction in self.directions:
            canonical = _direction_words(direction)
            shared = canonical in wanted or wanted in canonical
            ratio = difflib.SequenceMatcher(None, wanted, canonical, autojunk=False).ratio()
            scored.append((shared, ratio, direction))
        shared, ratio, best = max(scored)
        return best if shared or ratio >= 0.5 else None

    def apply(self, finding: Finding) -> Finding:
        """The finding with this call's severity for its code."""
        level = self.severities.get(finding.code)
        return finding if level is None else replace(finding, level=level)


def _direction_words(text: str) -> str:
    words = _DIRECTION_PREFIX.sub("", comparable(text))
    return words.removesuffix("方向").removesuffix("类")
