"""Plain records shared by the layers: what a disc is and what is on it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from app.core.findings import Finding

SourceKind = Literal["iso", "device", "folder"]
Readable = Literal[True, False, "partial"]

# The namespaces in the order Windows prefers them when it shows a disc.
NAMESPACES = ("udf", "joliet", "rockridge", "iso9660")
FILESYSTEM_NAMES = {"iso9660": "ISO9660", "joliet": "Joliet", "rockridge": "Rock Ridge",
                    "udf": "UDF"}


def filesystems_text(filesystems: list[str]) -> str:
    """How people write the file-system names: 'ISO9660, Joliet, Rock Ridge'."""
    return ", ".join(FILESYSTEM_NAMES.get(f, f) for f in filesystems)


@dataclass
class SourceInfo:
    kind: SourceKind
    path: str
    size: int
    sha256: str | None = None
    sm3: str | None = None
    read_seconds: float | None = None  # the sheet says how long reading the disc took


@dataclass
class VolumeInfo:
    label: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    filesystems: list[str] = field(default_factory=list)
    iso_level: int | None = None
    sessions: int = 1
    declared_size: int = 0  # bytes the file system claims
    block_size: int = 2048
    read_by: str = ""  # "pycdlib", or "intake" where our own walker listed the trees


@dataclass(slots=True)
class DiscFile:
    """One file as the clerk sees it, with its names in every namespace that lists it."""

    path: str  # the name Windows shows, "/"-separated, starting with "/"
    size: int
    extents: list[tuple[int, int]] = field(default_factory=list)  # (byte offset, length)
    names: dict[str, str] = field(default_factory=dict)
    modified: datetime | None = None
    local_path: str | None = None  # where a folder source keeps it
    sha256: str | None = None
    sm3: str | None = None
    bytes_read: int | None = None
    type: str | None = None  # what the content is, sniffed from its first bytes
    link: str | None = None  # a symbolic link's target: the disc holds no data for it
    zisofs_size: int | None = None  # stored zisofs-compressed; its size once uncompressed

    @property
    def name(self) -> str:
        return self.path.rsplit("/", 1)[-1]

    @property
    def complete(self) -> bool:
        return self.bytes_read is None or self.bytes_read >= self.size


@dataclass
class DiscReading:
    """Everything read off one source: the volume, its files and the problems seen."""

    source: SourceInfo
    volume: VolumeInfo | None
    files: list[DiscFile] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    image_path: str | None = None  # where a drive's copy is, when the source is the drive

    @property
    def data_path(self) -> str:
        """Where the disc's bytes are read from after the first pass: never the drive again."""
        return self.image_path or self.source.path

    @property
    def readable(self) -> Readable:
        codes = {f.code for f in self.findings}
        if "image_unreadable" in codes:
            return False
        if codes & {"image_truncated", "bad_sectors", "file_unreadable", "directory_damaged"}:
            return "partial"
        if any(f.code == "udf_only" and f.params.get("read") is False for f in self.findings):
            return "partial"  # an empty disc is readable; one whose UDF we cannot follow is not
        return True


@dataclass
class SummaryRow:
    """One case as the unit's summary table (附件2) declares it."""

    order: int | None  # the recommendation order as written; may repeat when the table is wrong
    name: str
    applicant: str = ""
    direction: str = ""
    contact: str = ""
    phone: str = ""
    row: int = 0  # 1-based row in the sheet, for the clerk to find it
    order_text: str = ""
    hidden: bool = False  # the row is hidden in the sheet: counted, and flagged for a person

    def value(self, field_name: str) -> str:
        if field_name == "order":
            return self.order_text
        return str(getattr(self, field_name))


@dataclass
class SummaryTable:
    path: str | None  # where on the disc, or the file given separately
    sheet: str
    header_row: int  # 1-based
    rows: list[SummaryRow] = field(default_factory=list)
    unit: str = ""  # the 推荐单位（盖章） line above the header
    date: str = ""  # the 填表日期 line
    order_column: bool = True  # False: the row number (序号) stands for the order
    # Rows struck through (字体删除线): cases the unit withdrew, not counted.
    withdrawn: list[SummaryRow] = field(default_factory=list)
