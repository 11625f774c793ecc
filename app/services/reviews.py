"""What opening one file showed, whichever documents module opened it."""

from __future__ import annotations

from dataclasses import dataclass

from app.documents.archives.base import ArchiveListing
from app.documents.office import OfficeCheck
from app.documents.pdf import ScanAnalysis


@dataclass
class FileReview:
    office: OfficeCheck | None = None
    scan: ScanAnalysis | None = None
    signed: bool = False  # an OFD's electronic signature
    archive: ArchiveListing | None = None
    error: str = ""  # the bytes could not be had at all
    # The disc holds only part of the file (an image cut short): the reading's file_unreadable
    # says so, and what is there is not judged as if it were the whole file.
    incomplete: bool = False
