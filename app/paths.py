"""Where the program keeps its data, and where its own resources are (also when frozen)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from app import APP_ID

DATA_ENV = "INTAKE_DATA"


def resource_dir() -> Path:
    """resources/ inside a PyInstaller bundle, inside the installed package (app/resources, see
    setup.py), or at the top of the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    installed = Path(__file__).resolve().parent / "resources"
    return installed if installed.is_dir() else installed.parent.parent / "resources"


def default_data_dir() -> Path:
    """The user's data folder: %LOCALAPPDATA% on Windows, XDG data home elsewhere."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
        return Path(base) / APP_ID
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_ID


def config_dir() -> Path:
    """The user's own configuration folder (%APPDATA% on Windows, XDG config home elsewhere):
    apart from the data folder, so a copy of the data folder does not carry what is kept here."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / APP_ID
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / APP_ID


def ensure_data_dir(path: Path | None = None) -> Path:
    target = path or default_data_dir()
    target.mkdir(parents=True, exist_ok=True)
    return target
