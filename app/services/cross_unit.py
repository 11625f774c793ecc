"""Files one unit delivered that another unit of the same call also delivered, byte for byte.
Its own module: the status of the call needs it, and must not load the disc checks with it."""

from __future__ import annotations

import sqlite3

from app.core.delivery_checks import Keyed
from app.core.findings import Finding

# Roles whose files say something about a case; a shared Thumbs.db or empty file does not.
MATERIAL_ROLES = ("editable", "scan", "proof", "summary", "summary_scan", "archive")


def cross_unit_duplicates(conn: sqlite3.Connection, disc_id: int) -> list[Keyed]:
    """Files of this disc that another unit of the same call also delivered, byte for byte."""
    rows = conn.execute(
        f"""SELECT mine.path, other_disc.disc_number AS disc, other_unit.name AS unit,
                   theirs.path AS other_path, this_disc.disc_number AS this_disc
            FROM disc_files mine
            JOIN discs this_disc ON this_disc.id = mine.disc_id
            JOIN deliveries this_delivery ON this_delivery.id = this_disc.delivery_id
            JOIN units this_unit ON this_unit.id = this_delivery.unit_id
            JOIN disc_files theirs ON theirs.sha256 = mine.sha256
            JOIN discs other_disc ON other_disc.id = theirs.disc_id
            JOIN deliveries other_delivery ON other_delivery.id = other_disc.delivery_id
            JOIN units other_unit ON other_unit.id = other_delivery.unit_id
            WHERE mine.disc_id = ? AND mine.size > 0
              AND mine.role IN ({",".join("?" * len(MATERIAL_ROLES))})
              AND other_unit.id != this_unit.id AND other_unit.call_id = this_unit.call_id
              AND other_delivery.voided_at IS NULL
            ORDER BY mine.path, other_disc.id, theirs.path""",
        (disc_id, *MATERIAL_ROLES)).fetchall()
    found: dict[str, Keyed] = {}
    for row in rows:
        if row["path"] in found:
            continue  # one finding per file, naming the first unit that delivered it
        params = {"unit": row["unit"], "disc": row["disc"], "other_path": row["other_path"]}
        found[row["path"]] = Keyed(f"{row['this_disc']}:cross_unit_duplicate:{row['path']}",
                                   Finding("cross_unit_duplicate", row["path"], params=params))
    return list(found.values())
