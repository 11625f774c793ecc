"""How register commands find their data folder and parse what the clerk types."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import RegisterError
from app.paths import default_data_dir

if TYPE_CHECKING:  # the register and its rules load when a command opens it, not for --help
    from app.core.rules import CallRules
    from app.services.register import Register


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data) if getattr(args, "data", None) else default_data_dir()


def open_register(args: argparse.Namespace) -> Register:
    from app.services.register import Register

    return Register(data_dir(args), getattr(args, "call", None))


def call_rules(args: argparse.Namespace) -> CallRules | None:
    """The rules a check without a record uses: the named or current call of the register
    when there is one (nothing is written), else the built-in call (None)."""
    from app.store.db import DATABASE_NAME

    if not getattr(args, "call", None) and not (data_dir(args) / DATABASE_NAME).exists():
        return None
    with open_register(args) as reg:
        return reg.call()[1]


def when(call: CallRules, text: str | None) -> dt.datetime | None:
    """A time as typed ('2025-10-24 17:30', in the call's time zone unless it says otherwise);
    None for now."""
    if not text:
        return None
    try:
        return call.local_time(text)
    except ValueError as exc:
        raise RegisterError("time_invalid", text=text) from exc
