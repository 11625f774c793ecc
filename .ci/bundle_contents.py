"""What a frozen bundle carries besides Python and the wheels, checked against the rules of
build.spec: no library the desk provides itself (.ci/host_libraries.txt: display, fonts,
session bus, printing, the C++ runtime) and nothing that reaches a network (QtNetwork).

Usage: python .ci/bundle_contents.py BUNDLE_DIR   (exit 1 listing what should not be there)
"""

from __future__ import annotations

import argparse
import fnmatch
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def host_patterns(path: Path = ROOT / ".ci" / "host_libraries.txt") -> list[str]:
    """The file-name patterns of the libraries a desk provides (one per line, # comments)."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text().splitlines())
    return [line for line in lines if line]


def is_host_library(name: str, patterns: list[str]) -> bool:
    stem = name.split(".so", 1)[0]
    return any(fnmatch.fnmatchcase(stem, pattern) for pattern in patterns)


def _is_elf(path: Path) -> bool:
    with open(path, "rb") as stream:
        return stream.read(4) == b"\x7fELF"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle", type=Path)
    args = parser.parse_args()
    patterns = host_patterns()
    files = [p for p in sorted(args.bundle.rglob("*")) if p.is_file() and not p.is_symlink()]
    elves = [p for p in files if _is_elf(p)]
    # Libraries from the build machine land at the top of _internal (a wheel's stay in its
    # package folder): only there is a desk's library out of place.
    internal = args.bundle / "_internal"
    loose = sorted(p.name for p in elves if p.parent == internal)
    wrong = [p for p in elves if p.parent == internal and is_host_library(p.name, patterns)]
    wrong += [p for p in files if "QtNetwork" in p.name or "libQt6Network" in p.name]
    print(f"{len(elves)} ELF files; outside any package folder: {', '.join(loose) or 'none'}")
    for path in wrong:
        print(f"should not be in the bundle: {path.relative_to(args.bundle)}", file=sys.stderr)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
