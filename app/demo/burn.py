"""Burning a disc image in code: the layout Windows' own burning and ImgBurn produce, for the
demo's deliveries (and the tests' discs)."""

from __future__ import annotations

import io
from collections.abc import Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import BinaryIO

import pycdlib


def write_iso(out: Path, files: Mapping[str, bytes | Path], *, label: str = "SJBZ2025",
              udf: bool = True, rock_ridge: bool = True, joliet: bool = True) -> Path:
    """The layout Windows' own burning and ImgBurn produce: ISO9660 + Joliet (+ RR) + UDF.
    ISO9660 names are 8.3 forms made up here, as burners do. A file given as a Path is
    streamed from there (a large video need not be held in memory)."""
    with ExitStack() as opened:
        return _write(out, files, opened, label=label, udf=udf, rock_ridge=rock_ridge,
                      joliet=joliet)


def _write(out: Path, files: Mapping[str, bytes | Path], opened: ExitStack, *, label: str,
           udf: bool, rock_ridge: bool, joliet: bool) -> Path:
    iso = pycdlib.PyCdlib()
    iso.new(interchange_level=1, vol_ident=label, joliet=3 if joliet else None,
            rock_ridge="1.09" if rock_ridge else None, udf="2.60" if udf else None)
    made_dirs: set[str] = set()
    counter = 0
    dir_names: dict[str, str] = {"": ""}
    for rel in sorted(files):
        parts = rel.split("/")
        for depth in range(1, len(parts)):
            parent = "/".join(parts[:depth])
            if parent in made_dirs:
                continue
            counter += 1
            iso_dir = f"{dir_names['/'.join(parts[:depth - 1])]}/D{counter:05d}"
            dir_names[parent] = iso_dir
            iso.add_directory(iso_dir, rr_name=parts[depth - 1] if rock_ridge else None,
                              joliet_path="/" + parent if joliet else None,
                              udf_path="/" + parent if udf else None)
            made_dirs.add(parent)
        counter += 1
        data = files[rel]
        iso_path = f"{dir_names['/'.join(parts[:-1])]}/F{counter:05d}.;1"
        if isinstance(data, Path):
            # Closed by the ExitStack once the image is written.
            stream: BinaryIO = opened.enter_context(open(data, "rb"))  # noqa: SIM115
        else:
            stream = io.BytesIO(data)
        size = data.stat().st_size if isinstance(data, Path) else len(data)
        iso.add_fp(stream, size, iso_path,
                   rr_name=parts[-1] if rock_ridge else None,
                   joliet_path="/" + rel if joliet else None,
                   udf_path="/" + rel if udf else None)
    iso.write(str(out))
    iso.close()
    return out
