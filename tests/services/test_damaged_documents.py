"""Damaged documents of every kind: each gets a finding naming it, and the rest of the disc is
still checked. Seeded byte damage, so a failure can be replayed."""

from __future__ import annotations

import os
import random
from pathlib import Path

import pytest
import submissions as S
from images import write_tree

from app.services.verify import verify

NAME = "智能医疗影像标注平台"
OTHER = "工业质检数据标注实践"
ROWS = [(1, NAME, "陕西甲科技有限公司", "行业应用深化", "张三", "13800000000"),
        (2, OTHER, "陕西乙科技有限公司", "技术研发创新", "李四", "13900000000")]


def _damage(data: bytes, rng: random.Random) -> bytes:
    how = rng.choice(("cut", "flip", "zero"))
    if how == "cut":
        return data[: rng.randrange(1, max(2, len(data)))]
    out = bytearray(data)
    for _ in range(rng.choice((1, 10, 100))):
        at = rng.randrange(len(out))
        out[at] = 0 if how == "zero" else rng.randrange(256)
    return bytes(out)


@pytest.mark.parametrize("seed", range(int(os.environ.get("FUZZ_DOCUMENTS", "10"))))
def test_every_damaged_document_is_named_and_the_rest_still_checked(tmp_path: Path,
                                                                    seed: int) -> None:
    rng = random.Random(seed)
    damaged = {
        "汇总表.xlsx": S.summary_xlsx(ROWS),
        f"1-{NAME}/{NAME}.docx": S.docx(NAME),
        f"1-{NAME}/{NAME}-盖章版.pdf": S.scan_pdf(2, seal_name=ROWS[0][2]),
        f"1-{NAME}/证明材料.ofd": S.ofd(),
        f"1-{NAME}/附件.zip": S.zip_of({"a.docx": S.docx(NAME)}),
    }
    victim = rng.choice(sorted(damaged))
    files = dict(damaged)
    files[victim] = _damage(damaged[victim], rng)
    files[f"2-{OTHER}/{OTHER}.docx"] = S.docx(OTHER)
    files[f"2-{OTHER}/{OTHER}-盖章版.pdf"] = S.scan_pdf(2, seal_name=ROWS[1][2])
    result = verify(write_tree(tmp_path / "disc", files))
    assert result.verdict in ("accept", "accept_with_notes", "return_for_correction")
    # The untouched case is still fully checked.
    other = next(c for c in result.linking.cases if c.name == OTHER)
    index = result.linking.cases.index(other)
    assert other.paths["editable"] and other.paths["scan"]
    assert result.case_findings[index] == [] or result.table is None
    # Nothing about the damaged file escapes as an exception; when a parser failed on it,
    # some finding names it (or, for the table, says it cannot be read).
    named = {f.path for f in result.findings if f.path}
    if victim.endswith(".xlsx") and result.table is None:
        assert {"summary_unreadable", "summary_missing"} & {f.code for f in result.findings}
    review = result.reviews.get("/" + victim)
    if review is not None and (review.error or (review.office and not review.office.valid)
                               or (review.scan and not review.scan.opened)):
        assert "/" + victim in named
