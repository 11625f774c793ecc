"""python -m app.cli: the command line only (the bundle's console exe starts here)."""

from app.cli.main import run

run()
