"""The calls the program knows: the built-in one ships in resources/calls/ as data."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from app.core.rules import CallRules
from app.paths import resource_dir

BUILTIN_CALL_ID = "shaanxi-2025-data-annotation"


def load_call(path: Path) -> CallRules:
    with open(path, encoding="utf-8") as stream:
        return CallRules.from_mapping(json.load(stream))


def call_path(call_id: str) -> Path:
    return resource_dir() / "calls" / f"{call_id}.json"


@lru_cache(maxsize=1)
def builtin_call() -> CallRules:
    return load_call(call_path(BUILTIN_CALL_ID))
