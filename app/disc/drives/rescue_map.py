"""Which bytes of a disc have been copied, which failed and which are still to try.

The map is kept on disk in GNU ddrescue's mapfile format, so an interrupted imaging run resumes
where it stopped and the map can be opened with the tools people already know (ddrescueview).
States: '?' not tried yet, '*' failed in a large read (to be retried in small reads),
'-' unreadable after the retries, '+' copied.
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass
from pathlib import Path

NOT_TRIED = "?"
RETRY = "*"
BAD = "-"
DONE = "+"
STATES = (NOT_TRIED, RETRY, BAD, DONE)


@dataclass(frozen=True)
class Span:
    start: int
    length: int
    state: str

    @property
    def end(self) -> int:
        return self.start + self.length


class MapFormatError(ValueError):
    pass


class RescueMap:
    """Spans covering [0, size) in order, neighbours of one state merged."""

    def __init__(self, size: int, spans: list[Span] | None = None) -> None:
        self.size = size
        self._spans = spans if spans is not None else ([Span(0, size, NOT_TRIED)] if size else [])
        self._starts = [s.start for s in self._spans]

    @property
    def spans(self) -> list[Span]:
        return list(self._spans)

    def of_state(self, state: str) -> list[Span]:
        return [s for s in self._spans if s.state == state]

    def count(self, state: str) -> int:
        return sum(s.length for s in self._spans if s.state == state)

    def state_at(self, offset: int) -> Span:
        return self._spans[bisect.bisect_right(self._starts, offset) - 1]

    def all_done_between(self, start: int, end: int) -> bool:
        at = start
        while at < end:
            span = self.state_at(at)
            if span.state != DONE:
                return False
            at = span.end
        return True

    def mark(self, start: int, length: int, state: str) -> None:
        end = min(start + length, self.size)
        if start >= end:
            return
        kept: list[Span] = []
        for span in self._spans:
            if span.end <= start or span.start >= end:
                kept.append(span)
                continue
            if span.start < start:
                kept.append(Span(span.start, start - span.start, span.state))
            if span.end > end:
                kept.append(Span(end, span.end - end, span.state))
        kept.append(Span(start, end - start, state))
        kept.sort(key=lambda s: s.start)
        merged: list[Span] = []
        for span in kept:
            if merged and merged[-1].state == span.state and merged[-1].end == span.start:
                merged[-1] = Span(merged[-1].start, merged[-1].length + span.length, span.state)
            else:
                merged.append(span)
        self._spans = merged
        self._starts = [s.start for s in merged]

    # ---- the mapfile ----------------------------------------------------------------------

    def text(self, position: int) -> str:
        lines = ["# Mapfile. Created by Intake Desk (GNU ddrescue format)",
                 "# current_pos  current_status  current_pass",
                 f"0x{position:08X}     ?               1",
                 "#      pos        size  status"]
        lines += [f"0x{s.start:08X}  0x{s.length:08X}  {s.state}" for s in self._spans]
        return "\n".join(lines) + "\n"

    def save(self, path: Path, position: int = 0) -> None:
        """Written aside and renamed, so a crash leaves the old map or the new one."""
        temporary = path.with_name(path.name + ".new")
        with open(temporary, "w", encoding="ascii") as stream:
            stream.write(self.text(position))
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)

    @classmethod
    def parse(cls, text: str, size: int) -> RescueMap:
        spans: list[Span] = []
        status_line_seen = False
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split()
            if not status_line_seen:
                status_line_seen = True  # current position and pass: we start over anyway
                continue
            try:
                start, length, state = int(parts[0], 0), int(parts[1], 0), parts[2]
            except (IndexError, ValueError) as exc:
                raise MapFormatError(line) from exc
            # ddrescue's other states (non-trimmed, non-scraped) are all "try again in small reads".
            state = state if state in STATES else RETRY
            if spans and spans[-1].end != start:
                raise MapFormatError(f"gap before 0x{start:X}")
            spans.append(Span(start, length, state))
        if not spans or spans[0].start != 0 or spans[-1].end != size:
            raise MapFormatError("the map does not cover the source")
        result = cls(size, [])
        for span in spans:
            result.mark(span.start, span.length, span.state)
        return result

    @classmethod
    def load_or_new(cls, path: Path, size: int) -> RescueMap:
        """The map of an earlier run over the same source, or a fresh one."""
        try:
            return cls.parse(path.read_text(encoding="ascii"), size)
        except (OSError, UnicodeDecodeError, MapFormatError):
            return cls(size)
