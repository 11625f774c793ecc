"""ECMA-119 directory record dates (seven bytes: years since 1900 .. a zone in 15 minutes)."""

from __future__ import annotations

import struct
from datetime import datetime, timedelta, timezone


def record_date(raw: bytes) -> datetime | None:
    if len(raw) < 7 or not raw[1]:
        return None
    years, month, day, hour, minute, second, offset = struct.unpack("<6Bb", raw[:7])
    try:
        return datetime(1900 + years, month, day, hour, minute, second,
                        tzinfo=timezone(timedelta(minutes=15 * offset)))
    except (ValueError, OverflowError):
        return None
