"""The real files in ../shared/realdata (beside the checkout, as CI has it): read from there,
never copied into the repository. A test that needs one is skipped where it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "realdata"


def real_file(relative: str) -> Path:
    path = ROOT / relative
    if not path.is_file():
        pytest.skip(f"{relative} is not in ../shared/realdata here")
    return path
