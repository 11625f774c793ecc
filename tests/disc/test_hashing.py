"""One pass over the image gives the image's digest and every file's, whatever the layout."""

from __future__ import annotations

import hashlib
import io
import random

import pytest

from app.core.entities import DiscFile
from app.core.progress import CancelToken
from app.disc.hashing import hash_image, sm3_available
from app.documents.formats import sniff
from app.errors import Cancelled


def _image_with_files(seed: int) -> tuple[bytes, list[DiscFile], dict[str, bytes]]:
    rng = random.Random(seed)
    image = bytearray(rng.randbytes(300_000))
    files, contents = [], {}
    for index in range(25):
        pieces = rng.choice([1, 1, 2, 3])
        extents, body = [], b""
        cursor = rng.randrange(0, 250_000)
        for _ in range(pieces):
            length = rng.randrange(0, 9000)
            if cursor + length > len(image):
                break
            extents.append((cursor, length))
            body += bytes(image[cursor:cursor + length])
            cursor += length + rng.randrange(0, 4000)
        name = f"/f{index}"
        files.append(DiscFile(path=name, size=len(body), extents=extents))
        contents[name] = body
    # a file whose pieces come in reverse disc order, as a fragmented UDF file may
    files.append(DiscFile(path="/scattered", size=3000, extents=[(200_000, 1000), (10, 2000)]))
    contents["/scattered"] = bytes(image[200_000:201_000]) + bytes(image[10:2010])
    return bytes(image), files, contents


@pytest.mark.parametrize("chunk", [4096, 65_536, 1 << 22])
def test_every_file_and_the_image_hash_right_at_any_chunk_size(chunk: int) -> None:
    image, files, contents = _image_with_files(chunk)
    result = hash_image(io.BytesIO(image), len(image), files, chunk=chunk)
    assert result.sha256 == hashlib.sha256(image).hexdigest()
    for f in files:
        assert f.sha256 == hashlib.sha256(contents[f.path]).hexdigest(), f.path
        assert f.bytes_read == f.size
        assert result.kinds[id(f)] == sniff(contents[f.path][:512], f.size)


@pytest.mark.parametrize("window", [65_536, 1 << 24])
def test_a_mapped_image_file_hashes_the_same(tmp_path, window: int) -> None:
    image, files, contents = _image_with_files(window)
    path = tmp_path / "image.iso"
    path.write_bytes(image)
    with open(path, "rb", buffering=0) as fp:
        result = hash_image(fp, len(image), files, window=window)
    assert result.sha256 == hashlib.sha256(image).hexdigest()
    for f in files:
        assert f.sha256 == hashlib.sha256(contents[f.path]).hexdigest(), f.path


def test_files_past_the_end_are_incomplete_not_wrong() -> None:
    image = bytes(range(256)) * 40  # 10,240 bytes
    inside = DiscFile(path="/in", size=1000, extents=[(0, 1000)])
    across = DiscFile(path="/across", size=4000, extents=[(9000, 4000)])
    beyond = DiscFile(path="/beyond", size=100, extents=[(20_000, 100)])
    hash_image(io.BytesIO(image), len(image), [inside, across, beyond], chunk=4096)
    assert inside.complete and inside.sha256 == hashlib.sha256(image[:1000]).hexdigest()
    assert across.bytes_read == 1240 and across.sha256 is None and not across.complete
    assert beyond.bytes_read == 0 and beyond.sha256 is None


@pytest.mark.skipif(not sm3_available(), reason="this OpenSSL has no SM3")
def test_sm3_on_request() -> None:
    image = b"\x5a" * 100_000
    f = DiscFile(path="/a", size=50_000, extents=[(1000, 50_000)])
    result = hash_image(io.BytesIO(image), len(image), [f], sm3=True)
    assert result.sm3 == hashlib.new("sm3", image).hexdigest()
    assert f.sm3 == hashlib.new("sm3", image[1000:51_000]).hexdigest()


def test_progress_rises_to_the_total_and_cancel_stops_the_pass() -> None:
    image = bytes(1 << 20)
    seen: list[tuple[int, int]] = []
    hash_image(io.BytesIO(image), len(image), [],
               progress=lambda done, total, stage: seen.append((done, total)), chunk=65_536)
    assert seen[0][0] == 0 and seen[-1] == (len(image), len(image))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    token = CancelToken()

    def cancel_midway(done: int, total: int, stage: str) -> None:
        if done > total // 2:
            token.cancel()

    with pytest.raises(Cancelled):
        hash_image(io.BytesIO(image), len(image), [], progress=cancel_midway, cancel=token,
                   chunk=65_536)
