"""What the window shows of the register at one moment, read in one go off the GUI thread:
the call's status, every delivery newest first, every case, and the counts on the Overview."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from app.services.call_records import CallRow, list_calls
from app.services.case_list import CaseLine, call_cases
from app.services.register import Register
from app.services.status import CallStatus, DeliveryLine, call_status


@dataclass(frozen=True)
class DeliveryRow:
    unit: str
    line: DeliveryLine
    discs: tuple[str, ...]
    verdict: str | None  # the unit's


@dataclass
class DeskView:
    status: CallStatus
    deliveries: list[DeliveryRow]
    cases: list[CaseLine]
    calls: list[CallRow]  # every call of the register, for switching between them
    closed: bool = False  # the call shown is closed: nothing more is recorded in it

    @property
    def expected(self) -> int:
        return sum(1 for u in self.status.units if u.expected)

    @property
    def delivered(self) -> int:
        return sum(1 for u in self.status.units if u.arrived)

    @property
    def waiting(self) -> list[str]:
        """Units expected that have not delivered anything yet."""
        return [u.name for u in self.status.units if u.expected and not u.arrived]

    @property
    def late(self) -> int:
        return sum(1 for u in self.status.units if u.late)

    @property
    def verdicts(self) -> Counter[str]:
        return Counter(u.verdict for u in self.status.units if u.verdict is not None)

    def time_left(self, now: dt.datetime | None = None) -> dt.timedelta | None:
        """Until the deadline (negative once it has passed); None for a call without one."""
        deadline = self.status.call.deadline
        if deadline is None:
            return None
        return deadline - (now or dt.datetime.now(self.status.call.zone))


def desk_view(reg: Register) -> DeskView:
    status = call_status(reg)
    rows = [DeliveryRow(unit.name, line,
                        tuple(d.number for d in unit.discs if d.receipt == line.receipt),
                        unit.verdict)
            for unit in status.units for line in unit.deliveries]
    rows.sort(key=lambda r: r.line.received_at, reverse=True)
    calls = list_calls(reg)
    shown = reg.call_row()["code"]
    return DeskView(status, rows, call_cases(reg, status), calls,
                    any(c.closed for c in calls if c.code == shown))
