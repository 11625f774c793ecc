"""Chinese input on Kylin and UOS: their desks type Chinese through fcitx (fcitx5 on newer
systems, fcitx 4 on Kylin V10), and Qt finds it through a plugin the PySide6 wheels do not
carry. fcitx5 also answers as ibus, whose plugin they do carry; so where fcitx is asked for
and its plugin is missing, the program talks to it as ibus, and Settings says so."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

IM_ENV = "QT_IM_MODULE"


@dataclass(frozen=True)
class InputChoice:
    module: str | None  # what QT_IM_MODULE is set to; None: left as it was
    note: str  # "": nothing to say; "ibus_for_fcitx"; "no_fcitx_plugin"


def _plugins(plugin_dir: Path) -> set[str]:
    folder = plugin_dir / "platforminputcontexts"
    return {p.name for p in folder.iterdir()} if folder.is_dir() else set()


def choose_input_method(env: Mapping[str, str], plugin_dir: Path, *,
                        linux: bool = True) -> InputChoice:
    if not linux:
        return InputChoice(None, "")
    wanted = (env.get(IM_ENV) or "").lower()
    modifiers = (env.get("XMODIFIERS") or "").lower()
    fcitx = wanted.startswith("fcitx") or (not wanted and "@im=fcitx" in modifiers)
    if not fcitx:
        return InputChoice(None, "")
    plugins = _plugins(plugin_dir)
    if any("fcitx" in name for name in plugins):
        return InputChoice("fcitx5" if wanted == "fcitx5" else "fcitx", "")
    if any("ibus" in name for name in plugins):
        return InputChoice("ibus", "ibus_for_fcitx")
    return InputChoice(None, "no_fcitx_plugin")


def apply_input_method(plugin_dir: Path) -> InputChoice:
    """Before the QApplication is made: set QT_IM_MODULE as chosen."""
    choice = choose_input_method(os.environ, plugin_dir, linux=sys.platform.startswith("linux"))
    if choice.module is not None:
        os.environ[IM_ENV] = choice.module
    return choice
