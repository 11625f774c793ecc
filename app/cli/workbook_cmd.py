"""`intake export CALL --xlsx FILE` and `intake import FILE`: the master workbook."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from app.cli.register_access import open_register
from app.cli.text import translate


def register(commands: Any) -> None:
    out = commands.add_parser(
        "export", help=translate("cli", "write the master workbook of a call, with its cases' "
                                        "files beside it"))
    out.add_argument("call", metavar="CALL",
                     help=translate("cli", "the call, e.g. shaanxi-2025-data-annotation"))
    out.add_argument("--xlsx", metavar="FILE", required=True,
                     help=translate("cli", "where to write the workbook"))
    out.add_argument("--no-files", action="store_true",
                     help=translate("cli", "do not copy the cases' files out"))
    out.set_defaults(handler=run_export)
    back = commands.add_parser(
        "import", help=translate("cli", "take back the remarks written in a master workbook"))
    back.add_argument("xlsx", metavar="FILE")
    back.set_defaults(handler=run_import)


def run_export(args: argparse.Namespace) -> int:
    from app.services.workbook import export_workbook  # openpyxl loads only when run

    with open_register(args) as reg:
        result = export_workbook(reg, args.call, Path(args.xlsx), copy_files=not args.no_files)
    print(translate("cli", "Wrote {path}: {units} units, {cases} cases, {files} files.").format(
        path=result.workbook, units=result.units, cases=result.cases, files=result.files))
    if result.folder is not None:
        print(translate("cli", "Copied {count} files of the cases to {folder}.").format(
            count=result.copied, folder=result.folder))
    for missing in result.missing:
        print(translate("cli", "Not copied (missing or changed in the archive): {file}")
              .format(file=missing))
    return 1 if result.missing else 0


def run_import(args: argparse.Namespace) -> int:
    from app.services.workbook import import_workbook

    with open_register(args) as reg:
        result = import_workbook(reg, Path(args.xlsx))
    if not result.changed:
        print(translate("cli", "Nothing to take back: the register already holds what the "
                               "workbook says."))
    for _kind, key, column, old, new in result.changed:
        print(translate("cli", "{key}: {column} “{old}” → “{new}”").format(
            key=key, column=column, old=old, new=new))
    for sheet, key, column in result.ignored:
        print(translate("cli", "Not taken ({sheet}, {key}, {column}): it is a fact of the "
                               "register, not a remark.").format(
            sheet=sheet, key=key, column=column))
    for sheet, key in result.unknown:
        print(translate("cli", "Not taken ({sheet}, {key}): no such row in the register.")
              .format(sheet=sheet, key=key))
    return 0
