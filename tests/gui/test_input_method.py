"""Chinese input on Kylin/UOS: fcitx asked for without its Qt plugin is reached as ibus."""

from __future__ import annotations

from pathlib import Path

from app.gui.input_method import choose_input_method


def _plugins(tmp_path: Path, *names: str) -> Path:
    folder = tmp_path / "platforminputcontexts"
    folder.mkdir(parents=True)
    for name in names:
        (folder / name).write_bytes(b"")
    return tmp_path


def test_fcitx_without_its_plugin_is_reached_through_ibus(tmp_path: Path) -> None:
    wheel = _plugins(tmp_path, "libibusplatforminputcontextplugin.so",
                     "libcomposeplatforminputcontextplugin.so")
    choice = choose_input_method({"QT_IM_MODULE": "fcitx"}, wheel)
    assert (choice.module, choice.note) == ("ibus", "ibus_for_fcitx")
    by_modifiers = choose_input_method({"XMODIFIERS": "@im=fcitx"}, wheel)
    assert by_modifiers.module == "ibus"
    assert choose_input_method({"QT_IM_MODULE": "ibus"}, wheel).module is None
    assert choose_input_method({}, wheel).module is None
    assert choose_input_method({"QT_IM_MODULE": "fcitx"}, wheel, linux=False).module is None


def test_a_shipped_fcitx_plugin_is_used(tmp_path: Path) -> None:
    bundle = _plugins(tmp_path, "libfcitx5platforminputcontextplugin.so",
                      "libibusplatforminputcontextplugin.so")
    assert choose_input_method({"QT_IM_MODULE": "fcitx"}, bundle).module == "fcitx"
    bare = choose_input_method({"QT_IM_MODULE": "fcitx"}, _plugins(tmp_path / "x"))
    assert (bare.module, bare.note) == (None, "no_fcitx_plugin")
