"""The highest GLIBC_x.y (and GLIBCXX_3.4.z) symbol version any ELF file under a folder needs:
a bundle starts only on systems whose glibc (and libstdc++, which the bundle leaves to the
system as manylinux wheels do) is at least that. Reads each file's .gnu.version_r (the versions
it needs from each library) itself, so no binutils are needed.

Usage: python .ci/glibc_ceiling.py DIR [--max 2.36] [--max-glibcxx 3.4.25]
  (exit 1 above either, listing the files)
"""

from __future__ import annotations

import argparse
import re
import struct
import sys
from pathlib import Path

SHT_GNU_VERNEED = 0x6FFFFFFE
_VERSION = re.compile(rb"^(GLIBC|GLIBCXX)_(\d+)\.(\d+)(?:\.(\d+))?$")


def needed_glibc(data: bytes, library: str = "GLIBC") -> tuple[int, ...] | None:
    """The highest GLIBC_ (or GLIBCXX_) version the ELF image needs, or None (not ELF, or
    needs none)."""
    if data[:4] != b"\x7fELF" or len(data) < 64:
        return None
    wide, order = data[4] == 2, "<" if data[5] == 1 else ">"
    if wide:
        shoff, = struct.unpack_from(order + "Q", data, 0x28)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x3A)
    else:
        shoff, = struct.unpack_from(order + "I", data, 0x20)
        shentsize, shnum = struct.unpack_from(order + "HH", data, 0x2E)
    sections = []
    for index in range(min(shnum, 4096)):
        at = shoff + index * shentsize
        if at + shentsize > len(data):
            return None
        if wide:
            _, kind, _, _, offset, size, link, info = struct.unpack_from(
                order + "IIQQQQII", data, at)
        else:
            _, kind, _, _, offset, size, link, info = struct.unpack_from(
                order + "IIIIIIII", data, at)
        sections.append((kind, offset, size, link, info))
    best: tuple[int, ...] | None = None
    for kind, offset, _size, link, count in sections:
        if kind != SHT_GNU_VERNEED or link >= len(sections):
            continue
        strings = sections[link][1]
        entry = offset
        for _ in range(min(count, 1024)):
            _, aux_count, _, aux, following = struct.unpack_from(order + "HHIII", data, entry)
            at = entry + aux
            for _ in range(min(aux_count, 1024)):
                _, _, _, name, nxt = struct.unpack_from(order + "IHHII", data, at)
                end = data.find(b"\0", strings + name)
                found = _VERSION.match(data[strings + name:end])
                if found and found[1].decode() == library:
                    version = tuple(int(v) for v in found.groups()[1:] if v is not None)
                    best = version if best is None or version > best else best
                if not nxt:
                    break
                at += nxt
            if not following:
                break
            entry += following
    return best


def _ceiling(folder: Path, library: str, limit: str | None) -> bool:
    """Print the ceiling for one library's versions; False above the limit."""
    needs: dict[Path, tuple[int, ...]] = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as stream:
                if stream.read(4) != b"\x7fELF":
                    continue
            version = needed_glibc(path.read_bytes(), library)
            if version is not None:
                needs[path] = version
    if not needs:
        print(f"no ELF file needs {library}")
        return True
    ceiling = max(needs.values())
    text = ".".join(map(str, ceiling))
    print(f"{library} ceiling of {folder}: {text} ({len(needs)} ELF files)")
    for path, version in sorted(needs.items(), key=lambda item: item[1], reverse=True)[:8]:
        print(f"  {'.'.join(map(str, version))}  {path.relative_to(folder)}")
    if limit and ceiling > tuple(int(v) for v in limit.split(".")):
        print(f"the bundle needs {library} {text}, above the documented {limit}",
              file=sys.stderr)
        return False
    return True


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", type=Path)
    parser.add_argument("--max", help="fail above this glibc version, e.g. 2.36")
    parser.add_argument("--max-glibcxx", help="fail above this libstdc++ version, e.g. 3.4.25")
    args = parser.parse_args()
    glibc = _ceiling(args.folder, "GLIBC", args.max)
    glibcxx = _ceiling(args.folder, "GLIBCXX", args.max_glibcxx)
    return 0 if glibc and glibcxx else 1


if __name__ == "__main__":
    sys.exit(main())
