"""Re-checking an archived disc: is its image still the one received, and if not, which files
of which case changed or went missing."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from app.core.progress import CancelToken, ProgressSink, no_progress
from app.disc.sources import read_source
from app.errors import RegisterError
from app.services.register import Register

State = Literal["changed", "missing", "added"]


@dataclass(frozen=True)
class FileChange:
    path: str
    case: int | None  # 1-based index into the disc's cases
    state: State


@dataclass
class FixityResult:
    disc_number: str
    image: str
    image_present: bool
    image_matches: bool | None  # None for a folder source: only its files can be compared
    files_checked: int = 0
    changes: list[FileChange] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return self.image_present and self.image_matches is not False and not self.changes

    def by_case(self) -> dict[int | None, list[FileChange]]:
        grouped: dict[int | None, list[FileChange]] = {}
        for change in self.changes:
            grouped.setdefault(change.case, []).append(change)
        return grouped


def recheck(reg: Register, disc_number: str, *, progress: ProgressSink = no_progress,
            cancel: CancelToken | None = None) -> FixityResult:
    row = reg.conn.execute("SELECT id, image_path, sha256 FROM discs WHERE disc_number = ?",
                           (disc_number.strip(),)).fetchone()
    if row is None:
        raise RegisterError("disc_unknown", disc=disc_number)
    stored = {r["path"]: (r["sha256"], r["case_no"]) for r in reg.conn.execute(
        "SELECT path, sha256, case_no FROM disc_files WHERE disc_id = ?", (row["id"],))}
    path = reg.archive.resolve(row["image_path"])
    result = FixityResult(disc_number.strip(), row["image_path"], path.exists(), None)
    if result.image_present:
        reading = read_source(path, progress=progress, cancel=cancel or CancelToken())
        if row["sha256"]:
            result.image_matches = reading.source.sha256 == row["sha256"]
        now = {f.path: f.sha256 for f in reading.files}
    else:
        now = {}
    result.files_checked = len(stored)
    for file_path, (sha256, case) in sorted(stored.items()):
        container = file_path.split("!", 1)[0]  # a member follows the archive that holds it
        if container not in now:
            result.changes.append(FileChange(file_path, case, "missing"))
        elif (now[container] != sha256 if container == file_path
              else now[container] != stored.get(container, (None,))[0]):
            result.changes.append(FileChange(file_path, case, "changed"))
    result.changes.extend(FileChange(p, None, "added") for p in sorted(now) if p not in stored)
    reg.note("disc.fixity", f"disc:{result.disc_number}", after={
        "intact": result.intact, "image_present": result.image_present,
        "image_matches": result.image_matches,
        "changes": [[c.path, c.state] for c in result.changes][:200]})
    return result
