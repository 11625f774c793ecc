"""Multi-volume archives as units make them: 7-Zip's split files (案例.7z.001, .002 …, also
.zip.001), which are one archive cut in pieces, and WinRAR's volumes (案例.part1.rar,
.part2.rar …, or the old way 案例.rar, .r00, .r01 …), each with headers of its own, whose
members run on into the next.

A split set is read as one stream over its pieces in order (disc.seekable.JoinedStream); a set
with a piece missing cannot be opened, and the disc's finding names what is missing."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

_SPLIT = re.compile(r"^(?P<base>.+\.(?P<kind>7z|zip))\.(?P<number>\d{3})$", re.IGNORECASE)
_RAR_PART = re.compile(r"^(?P<base>.+)\.part(?P<number>\d{1,4})\.rar$", re.IGNORECASE)
_RAR_OLD = re.compile(r"^(?P<base>.+)\.r(?P<number>\d{2,3})$", re.IGNORECASE)  # .r00 is the 2nd
MAX_VOLUMES = 999


@dataclass
class VolumeSet:
    base: str  # the set's path without its volume number: /案例/申报材料.7z
    kind: str  # 7z | zip: split pieces of one archive; rar: volumes
    paths: list[str] = field(default_factory=list)  # the volumes present, in order
    missing: list[int] = field(default_factory=list)  # volume numbers absent before the last

    @property
    def split(self) -> bool:
        return self.kind in ("7z", "zip")


def volume_of(path: str) -> tuple[str, str, int] | None:
    """(set, kind, number) when the file's name is a volume's: 案例.7z.002 -> 2."""
    folder, _, name = path.rpartition("/")
    found = _SPLIT.match(name)
    if found is not None:
        return f"{folder}/{found['base']}", found["kind"].lower(), int(found["number"])
    found = _RAR_PART.match(name)
    if found is not None:
        return f"{folder}/{found['base']}.rar", "rar", int(found["number"])
    found = _RAR_OLD.match(name)
    if found is not None:
        return f"{folder}/{found['base']}.rar", "rar", int(found["number"]) + 2
    return None


def volume_sets(paths: Sequence[str]) -> list[VolumeSet]:
    """The sets the paths hold, each with its volumes in order and the numbers missing (a
    split set starts at 001, RAR volumes at part1). A lone .7z.001 is a set of one."""
    found: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    for path in paths:
        volume = volume_of(path)
        if volume is not None and 0 < volume[2] <= MAX_VOLUMES:
            found[volume[0], volume[1]][volume[2]] = path
    by_lower = {path.lower(): path for path in paths}
    for (base, kind), numbered in found.items():  # the old way, the first volume is plain .rar
        first = by_lower.get(base.lower())
        if kind == "rar" and 1 not in numbered and first is not None:
            numbered[1] = first
    sets = []
    for (base, kind), numbered in sorted(found.items()):
        last = max(numbered)
        sets.append(VolumeSet(base, kind, [numbered[n] for n in sorted(numbered)],
                              [n for n in range(1, last + 1) if n not in numbered]))
    return sets
