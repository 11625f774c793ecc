"""What is wrong with a summary table as such: quota, orders, directions, empty fields."""

from __future__ import annotations

from collections import defaultdict

from app.core.details import FIELD_NAMES
from app.core.entities import SummaryTable
from app.core.findings import Finding
from app.core.rules import CallRules


def check_summary(table: SummaryTable, call: CallRules) -> list[Finding]:
    where = table.path
    findings: list[Finding] = []
    rows = table.rows
    if len(rows) > call.max_cases:
        findings.append(Finding("summary_over_limit", where, f"{len(rows)} > {call.max_cases}",
                                {"count": len(rows), "quota": call.max_cases}))
    if not table.order_column:
        findings.append(Finding("summary_no_order_column", where))
    by_order: dict[int, list[int]] = defaultdict(list)
    for row in rows:
        if row.order is not None:
            by_order[row.order].append(row.row)
    for order, sheet_rows in sorted(by_order.items()):
        if len(sheet_rows) > 1:
            findings.append(Finding(
                "summary_duplicate_order", where,
                f"{order}: rows {', '.join(map(str, sheet_rows))}",
                {"order": order, "rows": sheet_rows}))
    orders = sorted(by_order)
    if orders and orders != list(range(1, len(orders) + 1)):
        findings.append(Finding("summary_order_gap", where, ", ".join(map(str, orders)),
                                {"orders": orders}))
    for row in table.withdrawn:
        findings.append(Finding("summary_row_withdrawn", where, f"row {row.row}: {row.name}",
                                {"row": row.row, "name": row.name}))
    for row in rows:
        if row.hidden:
            findings.append(Finding("summary_row_hidden", where, f"row {row.row}: {row.name}",
                                    {"row": row.row, "name": row.name}))
        missing = [name for name in call.required_fields if not row.value(name)]
        if table.order_column and row.order is None:
            missing.insert(0, "order")
        if missing:
            labels = ", ".join(FIELD_NAMES[name][1] for name in missing)
            findings.append(Finding("summary_field_missing", where, f"row {row.row}: {labels}",
                                    {"row": row.row, "fields": missing}))
        if row.direction and call.direction(row.direction) is None:
            params: dict[str, object] = {"row": row.row, "direction": row.direction}
            likely = call.likely_direction(row.direction)
            if likely is not None:
                params["likely"] = likely
            findings.append(Finding("summary_direction_invalid", where,
                                    f"row {row.row}: {row.direction}", params))
    return findings
