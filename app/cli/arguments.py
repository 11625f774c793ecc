"""Arguments every disc command takes the same way."""

from __future__ import annotations

import argparse

from app.cli.text import translate


def add_source_and_report(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "source", help=translate("cli", "ISO image, optical drive device or mounted folder"))
    parser.add_argument(
        "--json", metavar="FILE",
        help=translate("cli", "also write the JSON report (- for standard output)"))
