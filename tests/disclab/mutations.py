"""Structure-aware damage: each mutation aims at one structure of a disc image and breaks it the
way bad burners, scratched discs and hostile files do.

Every mutation takes the image, what `locate` found in it, and a random source, and returns the
damaged image and a short name for the kind of damage (for the tallies)."""

from __future__ import annotations

import binascii
import random
import struct
from collections.abc import Callable

from disclab.structures import SECTOR, Structures

Mutation = Callable[[bytearray, Structures, random.Random], str]


def _both(data: bytearray, at: int, value: int) -> None:
    """A both-byte-order 32-bit field, written consistently (so only its meaning is wrong)."""
    struct.pack_into("<I", data, at, value & 0xFFFFFFFF)
    struct.pack_into(">I", data, at + 4, value & 0xFFFFFFFF)


def _odd_number(rng: random.Random, data: bytearray, near: int = 0) -> int:
    return rng.choice([0, 1, near, near + 1, len(data) // SECTOR - 1, len(data) // SECTOR,
                       len(data) // SECTOR + 1000, 0x7FFFFFFF, 0xFFFFFFFF,
                       rng.randrange(0, max(1, len(data) // SECTOR * 2))])


def seal(data: bytearray, at: int) -> None:
    """Give a UDF tag a checksum and CRC that hold again, so readers look past the tag."""
    crc_length = min(struct.unpack_from("<H", data, at + 10)[0], len(data) - at - 16)
    body = bytes(data[at + 16:at + 16 + crc_length])
    struct.pack_into("<H", data, at + 8, binascii.crc_hqx(body, 0))
    data[at + 4] = sum(data[at + i] for i in range(16) if i != 4) & 0xFF


def space_size(data: bytearray, found: Structures, rng: random.Random) -> str:
    if not found.descriptors:
        return udf_volume(data, found, rng)
    sector = rng.choice(found.descriptors)
    _both(data, sector * SECTOR + 80, rng.choice([0, 0, 1, 16, 17, 0xFFFFFFFF,
                                                  rng.randrange(1 << 32)]))
    return "space_size"


def descriptor_field(data: bytearray, found: Structures, rng: random.Random) -> str:
    if not found.descriptors:
        return udf_volume(data, found, rng)
    base = rng.choice(found.descriptors) * SECTOR
    choice = rng.randrange(6)
    if choice == 0:
        struct.pack_into("<H", data, base + 128, rng.choice([0, 1, 512, 4096, 0xFFFF]))
        return "block_size"
    if choice == 1:
        _both(data, base + 156 + 2, _odd_number(rng, data))
        return "root_extent"
    if choice == 2:
        _both(data, base + 156 + 10, rng.choice([0, 1, 34, 1 << 30, 0xFFFFFFFF]))
        return "root_length"
    if choice == 3:
        data[base + 156] = rng.choice([0, 1, 33, 255])
        return "root_record_length"
    if choice == 4:
        data[base] = rng.choice([0, 1, 2, 3, 255])
        return "descriptor_type"
    _both(data, base + 132, rng.choice([0, 1, 0xFFFFFFFF, rng.randrange(1 << 20)]))
    return "path_table_size"


def path_table(data: bytearray, found: Structures, rng: random.Random) -> str:
    if not found.path_tables:
        return descriptor_field(data, found, rng)
    at, length = rng.choice(found.path_tables)
    choice = rng.randrange(3)
    if choice == 0:
        data[at:at + length] = bytes(length)
    elif choice == 1:
        data[at:at + length] = bytes(rng.randrange(256) for _ in range(length))
    else:
        for _ in range(rng.randint(1, 4)):
            data[at + rng.randrange(max(1, length))] = rng.randrange(256)
    return "path_table"


def record_field(data: bytearray, found: Structures, rng: random.Random) -> str:
    if not found.records:
        return flip(data, found, rng)
    at = rng.choice(found.records)
    choice = rng.randrange(6)
    if choice == 0:
        data[at] = rng.choice([0, 1, 33, 34, 255, rng.randrange(256)])
        return "record_length"
    if choice == 1:
        _both(data, at + 10, rng.choice([0, 1 << 31, 0xFFFFFFFF, rng.randrange(1 << 32)]))
        return "record_data_length"
    if choice == 2:
        data[at + 32] = rng.choice([0, 1, 2, 255, (data[at] - 33) % 256, (data[at] - 32) % 256])
        return "record_name_length"
    if choice == 3:
        data[at + 25] ^= rng.choice([0x02, 0x80, 0x04, 0x01])
        return "record_flags"
    if choice == 4:
        _both(data, at + 2, _odd_number(rng, data))
        return "record_extent"
    data[at + 33:at + 33 + 2] = rng.choice([b"\x00\x00", b"\xff\xfe", b"\xd8\x00", b"\x7f\x7f"])
    return "record_name_bytes"


def directory_loop(data: bytearray, found: Structures, rng: random.Random) -> str:
    if not found.dir_records or not found.directories:
        return record_field(data, found, rng)
    at = rng.choice(found.dir_records)
    target, length = rng.choice(found.directories)
    _both(data, at + 2, target // SECTOR)
    if rng.random() < 0.5:
        _both(data, at + 10, length)
    return "directory_loop"


def directory_bytes(data: bytearray, found: Structures, rng: random.Random) -> str:
    if not found.directories:
        return flip(data, found, rng)
    at, length = rng.choice(found.directories)
    for _ in range(rng.choice([1, 1, 2, 8])):
        data[at + rng.randrange(max(1, length))] = rng.randrange(256)
    return "directory_byte"


def susp_entry(data: bytearray, found: Structures, rng: random.Random) -> str:
    if not found.susp:
        return record_field(data, found, rng)
    at = rng.choice(found.susp)
    choice = rng.randrange(5)
    if choice == 0:
        data[at + 2] = rng.choice([0, 1, 3, 255])
        return "susp_length"
    if choice == 1:
        data[at:at + 2] = rng.choice([b"ZF", b"CE", b"SL", b"NM", b"ST", b"XX", b"\x00\x00"])
        return "susp_signature"
    if choice == 2:
        data[at + 4] = rng.randrange(256)
        return "susp_flags"
    # A continuation area: looping back to itself, or past the end of the image.
    data[at:at + 4] = b"CE\x1c\x01"
    block, offset = divmod(at, SECTOR)
    if choice == 3:
        _both(data, at + 4, block)
        _both(data, at + 12, offset)
    else:
        _both(data, at + 4, _odd_number(rng, data))
        _both(data, at + 12, rng.choice([0, 2047, 4096]))
    _both(data, at + 20, rng.choice([28, 2048, 0xFFFFFFFF]))
    return "susp_continuation"


def udf_entry(data: bytearray, found: Structures, rng: random.Random) -> str:
    entries = found.of("fe") + found.of("efe")
    if not entries:
        return flip(data, found, rng)
    at = rng.choice(entries)
    extended = struct.unpack_from("<H", data, at)[0] == 266
    lengths_at = 208 if extended else 168  # extended attributes' length, then descriptors'
    ad_at = lengths_at + 8 + struct.unpack_from("<I", data, at + lengths_at)[0]
    if ad_at > SECTOR - 16:
        return flip(data, found, rng)
    choice = rng.randrange(6)
    kind = "udf_entry"
    if choice == 0:  # allocation descriptors: huge, looping, past the end
        count = min(200, (SECTOR - ad_at) // 8)
        lengths = rng.choice([0x3FFFF800, 0x7FFFF800, 0xFFFFF800])
        location = struct.unpack_from("<I", data, at + 12)[0]
        ads = b"".join(struct.pack("<II", lengths, rng.choice([location, i, 1 << 31]))
                       for i in range(count))
        data[at + ad_at:at + ad_at + len(ads)] = ads
        struct.pack_into("<I", data, at + lengths_at + 4, len(ads))
        struct.pack_into("<H", data, at + 34, struct.unpack_from("<H", data, at + 34)[0] & ~7)
        kind = "udf_huge_ads"
    elif choice == 1:  # the next extent of descriptors is the entry itself
        struct.pack_into("<II", data, at + ad_at, (3 << 30) | SECTOR,
                         struct.unpack_from("<I", data, at + 12)[0])
        kind = "udf_ad_loop"
    elif choice == 2:  # an indirect entry pointing at itself
        struct.pack_into("<H", data, at, 259)
        struct.pack_into("<IIH", data, at + 36, SECTOR, struct.unpack_from("<I", data, at + 12)[0],
                         0)
        kind = "udf_indirect_loop"
    elif choice == 3:
        struct.pack_into("<Q", data, at + 56, rng.choice([0, 1 << 40, (1 << 64) - 1]))
        kind = "udf_information_length"
    elif choice == 4:
        data[at + 27] = rng.choice([0, 4, 5, 12, 248, 250])
        kind = "udf_file_type"
    else:
        struct.pack_into("<H", data, at + 34, rng.randrange(1 << 16))
        kind = "udf_icb_flags"
    if rng.random() < 0.8:
        seal(data, at)
    return kind


def udf_identifier(data: bytearray, found: Structures, rng: random.Random) -> str:
    identifiers = found.of("fid")
    if not identifiers:
        return udf_entry(data, found, rng)
    at = rng.choice(identifiers)
    choice = rng.randrange(4)
    if choice == 0:  # point at a directory's own entry, or any entry: ICB loops
        targets = found.of("fe") + found.of("efe")
        if targets:
            struct.pack_into("<I", data, at + 24, rng.choice(targets) // SECTOR)
        kind = "udf_icb_loop"
    elif choice == 1:
        data[at + 19] = rng.choice([0, 1, 255])
        kind = "udf_name_length"
    elif choice == 2:
        struct.pack_into("<H", data, at + 36, rng.choice([0xFFFF, 2048, 3]))
        kind = "udf_use_length"
    else:
        data[at + 18] ^= rng.choice([0x02, 0x04, 0x08])
        kind = "udf_characteristics"
    if rng.random() < 0.8:
        seal(data, at)
    return kind


def udf_volume(data: bytearray, found: Structures, rng: random.Random) -> str:
    candidates = found.of("lvd") + found.of("pd") + found.of("avdp") + found.of("fsd")
    if not candidates:
        return flip(data, found, rng)
    at = rng.choice(candidates)
    field_at = rng.choice([16, 20, 24, 188, 192, 212, 252, 264, 268, 404, 440])
    struct.pack_into("<I", data, at + field_at, rng.choice([0, 1, 0xFFFFFFFF,
                                                            rng.randrange(1 << 32)]))
    if rng.random() < 0.8:
        seal(data, at)
    return "udf_volume"


def truncate(data: bytearray, found: Structures, rng: random.Random) -> str:
    points = [s * SECTOR for s in found.descriptors] + [a for a, _ in found.directories] + [
        a for a, _ in found.path_tables] + [rng.randrange(len(data))]
    cut = rng.choice(points) + rng.choice([0, 1, 100, SECTOR])
    del data[min(cut, len(data)):]
    return "truncate"


def zero_sector(data: bytearray, found: Structures, rng: random.Random) -> str:
    sectors = found.descriptors + [a // SECTOR for a, _ in found.directories] + [
        a // SECTOR for a, _ in found.path_tables] + [
        a // SECTOR for name in ("fe", "fid", "lvd", "fsd") for a in found.of(name)]
    if not sectors:
        return flip(data, found, rng)
    sector = rng.choice(sectors)
    data[sector * SECTOR:(sector + 1) * SECTOR] = bytes(SECTOR)
    return "zero_sector"


def flip(data: bytearray, found: Structures, rng: random.Random) -> str:
    hot = min(len(data), 80 * SECTOR)
    for _ in range(rng.randint(1, 40)):
        at = rng.randrange(16 * SECTOR, hot) if hot > 16 * SECTOR else rng.randrange(len(data))
        data[at] = rng.randrange(256)
    return "flip"


MUTATIONS: tuple[tuple[Mutation, int], ...] = (
    (space_size, 3), (descriptor_field, 4), (path_table, 4), (record_field, 8),
    (directory_loop, 4), (directory_bytes, 6), (susp_entry, 6), (udf_entry, 6),
    (udf_identifier, 4), (udf_volume, 3), (truncate, 4), (zero_sector, 3), (flip, 3),
)


def mutate(image: bytes, found: Structures, rng: random.Random) -> tuple[bytes, str]:
    """One to three mutations of the image."""
    data = bytearray(image)
    kinds = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        mutation = rng.choices([m for m, _ in MUTATIONS], [w for _, w in MUTATIONS])[0]
        kinds.append(mutation(data, found, rng))
        if mutation is truncate:
            break  # the other structures' offsets may now lie past the end
    return bytes(data), "+".join(kinds)
