"""Findings as lines of terminal text, in the clerk's language."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from app.cli.text import tr
from app.core.translation import QT_TRANSLATE_NOOP, language

if TYPE_CHECKING:  # loaded when the command runs, not for `intake --help`
    from app.core.findings import Finding

_SEVERITY = {
    "error": QT_TRANSLATE_NOOP("cli", "error"),
    "warning": QT_TRANSLATE_NOOP("cli", "warning"),
    "info": QT_TRANSLATE_NOOP("cli", "note"),
}


def output_language() -> str:
    """'zh' or 'en': the catalogue's texts follow the language the translations were set to."""
    return "zh" if language().startswith("zh") else "en"


def finding_lines(findings: Iterable[Finding], indent: str = "  ") -> list[str]:
    lang = output_language()
    lines = []
    for finding in findings:
        where = f" — {finding.path}" if finding.path else ""
        particulars = finding.detail_text(lang)
        detail = f" ({particulars})" if particulars else ""
        severity = tr(_SEVERITY[finding.severity.value])
        lines.append(f"{indent}[{severity}] {finding.text(lang)}{where}{detail}")
    return lines
