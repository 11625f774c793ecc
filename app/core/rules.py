"""A call's rules as data: quota, directions, required contents, deadline, severities.

The built-in 2025 Shaanxi call lives in resources/calls/ as JSON; the next call is a new file,
not new code. This module only turns such a mapping into a checked record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from typing import Any

from app.core.findings import CATALOGUE, Finding, Severity
from app.core.normalise import comparable

SUMMARY_FIELDS = ("order", "name", "applicant", "direction", "contact", "phone")


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
        return cls(
            id=str(data["id"]), title=dict(data.get("title", {})),
            deadline=dt.datetime.fromisoformat(deadline) if deadline else None,
            paper_copies=int(data.get("paper_copies", 2)),
            max_cases=int(data.get("max_cases", 5)),
            directions=tuple(data.get("directions", ())),
            required_fields=fields,
            requires_editable=bool(requires.get("editable", True)),
            requires_scan=bool(requires.get("scan", True)),
            requires_summary=bool(requires.get("summary", True)),
            severities=severities, issuer=str(data.get("issuer", "")),
        )

    def direction(self, text: str) -> str | None:
        """The call's direction a cell means: exact, or written with a prefix such as 一是/1."""
        if not self.directions:
            return text or None
        wanted = comparable(text)
        if not wanted:
            return None
        for direction in self.directions:
            canonical = comparable(direction)
            if canonical in wanted or (len(wanted) >= 4 and wanted in canonical):
                return direction
        return None

    def apply(self, finding: Finding) -> Finding:
        """The finding with this call's severity for its code."""
        level = self.severities.get(finding.code)
        return finding if level is None else replace(finding, level=level)
