"""A UDF volume found and listed: its anchor, descriptors and partitions, then its files."""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from typing import BinaryIO

from app.disc.descriptors import SECTOR, anchor_at, decode_dstring, find_anchor
from app.disc.namespaces import NamespaceEntry
from app.disc.udf.blocks import TAG_FSD, Blocks, UdfError, tag
from app.disc.udf.entries import walk
from app.disc.udf.partitions import install_maps, volume_descriptors


@dataclass
class UdfVolume:
    label: str
    revision: str  # "2.01"
    entries: list[NamespaceEntry]
    partition: str  # physical | sparable | virtual | metadata
    closed: bool = True  # a VAT disc that was not closed still has its session open
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, LOST_... / UNWRITTEN)


def read_udf(fp: BinaryIO, size: int) -> UdfVolume:
    """List a UDF volume's files; UdfError when its structures cannot be followed."""
    blocks = Blocks(fp, size)
    anchor = find_anchor(fp, size)
    if anchor is None:
        raise UdfError("no anchor volume descriptor (sector 256 or the end)")
    logical, partitions = volume_descriptors(blocks, anchor)
    if struct.unpack_from("<I", logical, 212)[0] != SECTOR:
        raise UdfError("logical block size is not 2048")
    label = decode_dstring(logical[84:212])
    revision = struct.unpack_from("<H", logical, 216 + 24)[0]
    partition = install_maps(blocks, logical, partitions)
    closed = partition != "virtual" or _closed(blocks)
    fsd_block, fsd_ref = struct.unpack_from("<IH", logical, 252)
    fsd = blocks.sector(blocks.block(fsd_ref, fsd_block))
    tag(fsd, (TAG_FSD,))
    root_block, root_ref = struct.unpack_from("<IH", fsd, 404)
    entries, problems = walk(blocks, (root_ref, root_block))
    return UdfVolume(label=label, revision=f"{revision >> 8:x}.{revision & 0xFF:02x}",
                     entries=entries, partition=partition, closed=closed, problems=problems)


def _closed(blocks: Blocks) -> bool:
    """A VAT disc is closed when a second anchor was written at its end."""
    last = blocks.size // SECTOR - 1
    return any(anchor_at(blocks.fp, at) is not None for at in (last, last - 256))
