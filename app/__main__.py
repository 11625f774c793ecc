"""python -m app: the window without arguments, the command line with a subcommand."""

from __future__ import annotations

import sys


def main() -> int:
    if len(sys.argv) > 1:
        from app.cli.main import main as cli_main
        from app.console import ensure_streams
        from app.paths import default_data_dir

        ensure_streams(default_data_dir())  # the window's .exe has no console of its own
        return cli_main(sys.argv[1:])
    from app.gui.application import main as gui_main

    return gui_main(sys.argv)


if __name__ == "__main__":
    sys.exit(main())
