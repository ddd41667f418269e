"""A merged paper's older pages (issue 14, round 19): after 2025 one paper's site holds the pages
of the papers of the provinces merged into its province. A bare "tỉnh" on a page dated before
the merger (or undated) is the province the page's own units point to: a district, a district's
body named by the district alone, a province's seat, or a commune of a name only that province
had. A unit several of the merged provinces had says nothing; after the merger the paper's
province holds.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from baochi.nlp import places

from tests.nlp.mention_support import organisation_rows

CA_MAU_PAGE = "https://baocamau.vn/mot-bai-viet-a12345.html"


def names(text: str, pub: str | None = None, source: str = CA_MAU_PAGE) -> list[str]:
    return [name for _, name in organisation_rows(text, pub, source)]


def test_a_commune_only_the_absorbed_province_had_names_it():
    # xã Vĩnh Trạch Đông was Bạc Liêu's only; Bạc Liêu joined Cà Mau in 2025
    assert places.legacy_commune_provinces("xã", "Vĩnh Trạch Đông") == {"Bạc Liêu"}
    assert names("Ban Chỉ huy Quân sự tỉnh trao quà cho các hộ ở xã Vĩnh Trạch Đông.") \
        == ["Bộ Chỉ huy Quân sự tỉnh Bạc Liêu"]


def test_the_absorbed_province_s_seat_names_it():
    assert names("Tỉnh đoàn tổ chức ngày hội tại TP. Bạc Liêu.", pub="2019-03-26") \
        == ["Tỉnh đoàn Bạc Liêu"]
    assert names("Tỉnh đoàn tổ chức ngày hội tại thành phố Cà Mau.", pub="2019-03-26") \
        == ["Tỉnh đoàn Cà Mau"]


def test_a_district_body_named_by_the_district_names_its_province():
    assert names("Đoàn khối các cơ quan tỉnh hỗ trợ 20 triệu đồng, Huyện đoàn Đông Hải hỗ trợ "
                 "5 triệu đồng.") == ["Đoàn Khối các cơ quan tỉnh Bạc Liêu", "Huyện đoàn Đông Hải"]


def test_units_of_both_provinces_leave_the_paper_s_province():
    assert names("UBND tỉnh khen thưởng thành phố Cà Mau và huyện Đông Hải.") \
        == ["Ủy ban nhân dân tỉnh Cà Mau"]


def test_a_commune_name_both_provinces_had_says_nothing():
    # Tuyên Quang and Hà Giang both had a xã Tân Thành; only Hà Giang a xã Lũng Cú
    assert {"Tuyên Quang", "Hà Giang"} <= places.legacy_commune_provinces("xã", "Tân Thành")
    assert names("UBND tỉnh khen thưởng xã Tân Thành.", source="baotuyenquang") \
        == ["Ủy ban nhân dân tỉnh Tuyên Quang"]
    assert names("UBND tỉnh khen thưởng xã Lũng Cú.", source="baotuyenquang") \
        == ["Ủy ban nhân dân tỉnh Hà Giang"]


def test_after_the_merger_the_paper_s_province_holds():
    assert names("Bộ Chỉ huy Quân sự tỉnh trao quà cho các hộ ở xã Vĩnh Trạch Đông cũ.",
                 pub="2025-10-02") == ["Bộ Chỉ huy Quân sự tỉnh Cà Mau"]
