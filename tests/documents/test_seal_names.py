"""Whose seal it is: the name round a seal's rim read and checked against the names expected.

Seals are drawn as a stamp is engraved (tests/scanlab/seal_ink.py: each character upright
towards the rim) and pressed on a scanned page; real imprints come from ../shared/realdata.
The figures over many seals and captures are bench/seal_names.py's."""

from __future__ import annotations

import numpy as np
import pytest
import submissions as S
from scanlab.real_pages import available, real_page

from app.documents.ocr.ctc import NEVER, spelled, spot
from app.documents.ocr.recognizer import compress, recognizer
from app.documents.pdf import analyse_scan
from app.documents.seals.seal_names import judge_name

APPLICANT = "西安智驰数标科技有限公司"
STRANGER = "宝鸡高新技术产业开发区管理委员会"


def readings(data: bytes) -> list:
    scan = analyse_scan(data, crops=False, names=True)
    assert scan.seal_pages or scan.doubt_pages
    return [r for seal in scan.seals + scan.doubts for r in seal.readings]


def test_the_name_round_a_seal_is_its_units_and_no_other() -> None:
    found = readings(S.named_scan_pdf(APPLICANT, 1))
    assert judge_name(found, [APPLICANT]).matched == APPLICANT
    other = judge_name(found, [STRANGER])
    assert other.matched is None and other.other  # read clearly: another unit's seal
    assert "智驰" in other.read


def test_a_seal_turned_any_way_reads_the_same() -> None:
    for angle in (0.0, 135.0, 250.0):
        found = readings(S.named_scan_pdf(APPLICANT, 1, angle=angle))
        assert judge_name(found, [STRANGER, APPLICANT]).matched == APPLICANT, angle


def test_a_word_changed_in_the_name_is_not_the_same_unit() -> None:
    found = readings(S.named_scan_pdf(APPLICANT, 1))
    assert judge_name(found, ["西安智驰信息技术研究院"]).matched is None


def test_a_grey_scans_ring_is_read_too() -> None:
    scan = analyse_scan(S.named_scan_pdf(APPLICANT, 1, grey=True), crops=False, names=True)
    assert scan.grayscale and not scan.seal_pages and scan.doubt_pages == [1]
    found = [r for seal in scan.doubts for r in seal.readings]
    assert judge_name(found, [APPLICANT]).matched == APPLICANT


def test_nothing_is_read_where_names_are_not_asked_for() -> None:
    scan = analyse_scan(S.named_scan_pdf(APPLICANT, 1), crops=False, names=False)
    assert scan.seal_pages == [1] and not any(seal.readings for seal in scan.seals)


def test_a_string_scores_where_the_frames_spell_it_and_nowhere_else() -> None:
    reader = recognizer()
    assert reader is not None
    symbols = spelled("数据局", reader.index)
    frames = np.full((12, len(reader.table)), 1e-6, np.float32)
    frames[:, 0] = 1.0  # blank everywhere but where the word is
    for frame, symbol in zip((4, 6, 8), symbols, strict=True):
        frames[frame, 0], frames[frame, symbol] = 1e-6, 1.0
    reading = compress(frames / frames.sum(axis=1, keepdims=True), reader.table)
    assert reading.text == "数据局"
    assert spot(reading, symbols) > -0.1
    assert spot(reading, spelled("数字局", reader.index)) < -3
    assert spot(reading, spelled("数据局" * 5, reader.index)) == NEVER  # longer than the line


@pytest.mark.skipif(not available(), reason="../shared/realdata is not here")
@pytest.mark.parametrize("ink,name", [("zd_gz", "北京中导开源科技有限公司"),
                                      ("sz_e", "江苏视准医疗器械有限公司")])
def test_a_real_seals_name_is_accepted_and_a_strangers_refused(ink: str, name: str) -> None:
    page = real_page(7, "seal", "flatbed_300", ink)
    found = readings(page.data)
    assert judge_name(found, [STRANGER, name]).matched == name
    assert judge_name(found, [STRANGER, APPLICANT]).matched is None


def test_a_body_whose_name_differs_by_one_word_is_not_taken_for_the_expected_one() -> None:
    """宝鸡市数据局's seal is not 宝鸡县数据局's, though five of six characters agree: where the
    seal clearly shows 市, a name with 县 there is refused (and the right one still accepted)."""
    found = readings(S.named_scan_pdf("宝鸡市数据局", 1))
    assert judge_name(found, ["宝鸡市数据局"]).matched == "宝鸡市数据局"
    for near in ("宝鸡县数据局", "宝鸡市数字局", "西安市数据局"):
        assert judge_name(found, [near]).matched is None, near


def test_a_seal_sharing_only_the_words_of_its_kind_is_not_the_expected_units() -> None:
    """Half of 北京中导开源科技有限公司 is 科技有限公司: a seal of 陕西星图数据科技有限公司
    shows that half clearly, and is still not that company's."""
    found = readings(S.named_scan_pdf("陕西星图数据科技有限公司", 1))
    assert judge_name(found, ["陕西星图数据科技有限公司"]).matched == "陕西星图数据科技有限公司"
    assert judge_name(found, ["北京中导开源科技有限公司"]).matched is None


def test_a_clear_seal_of_a_unit_named_one_word_apart_is_another_units() -> None:
    """A seal clearly reading 陕西某某科技有限公司 on the application of 陕西乙科技有限公司 is
    another unit's seal (盖章单位与申报单位不一致), not merely a name not read."""
    found = readings(S.named_scan_pdf("陕西某某科技有限公司", 1))
    verdict = judge_name(found, ["陕西乙科技有限公司"])
    assert verdict.matched is None and verdict.other
    assert "某某" in verdict.read
