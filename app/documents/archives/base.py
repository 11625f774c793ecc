"""What an archive's reader gives and takes, apart from the readers themselves: a listing
and its members, the sink a member is unpacked into, and the pump that fills it. The readers
(zip_reader, seven_zip, rar) and reading.py, which chooses among them, both build on
this module, which imports none of them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

CHUNK = 1 << 20


@dataclass(slots=True)
class Member:
    path: str  # inside the archive, "/"-separated, no leading "/"
    size: int  # as the archive declares it
    packed: int = 0
    encrypted: bool = False
    extractable: bool = True  # False: listed, but nothing that ships can unpack it
    modified: datetime | None = None
    key: Any = field(default=None, repr=False)  # the reader's own handle of the member


@dataclass
class ArchiveListing:
    kind: str  # zip | rar | 7z
    members: list[Member] = field(default_factory=list)
    listed: bool = False
    gbk_names: bool = False
    names_hidden: bool = False  # the names themselves are encrypted: nothing can be seen
    unsafe: str = ""  # why the archive was refused: members | path | total | ratio
    unsafe_params: dict[str, object] = field(default_factory=dict)
    damaged: bool = False  # it could not be listed at all

    @property
    def encrypted(self) -> bool:
        return self.names_hidden or any(m.encrypted for m in self.members)

    @property
    def locked(self) -> list[Member]:
        """Members listed whose content cannot be had: a password, or no extractor."""
        return [m for m in self.members if m.encrypted or not m.extractable]


class MemberSink(Protocol):
    def write(self, data: bytes) -> None:
        """Raises MemberTooLarge past the member's cap."""

    def close(self) -> None: ...

    def fail(self, why: str) -> None:
        """The member could not be unpacked: damaged | too_large | encrypted."""


class MemberTooLarge(Exception):
    pass


OpenSink = Callable[[Member], MemberSink]


def pump(chunks: Callable[[int], bytes], sink: MemberSink) -> None:
    """Copy a member's stream into its sink, chunk by chunk; the reader's own errors are the
    caller's to name."""
    try:
        while data := chunks(CHUNK):
            sink.write(data)
    except MemberTooLarge:
        sink.fail("too_large")
        return
    sink.close()
