"""Organisation failure kinds of outlets new to the real-text set (issue 14, round 5): bare
levels placed by the page address, the province of a provincial body's site, local forms of
youth, elderly and women's bodies.

Sentences are written for these tests, not copied from any page; addresses are invented in the
form portals and provincial sites use.
"""

from __future__ import annotations

from baochi.nlp import analyse, paper_province, places

PUB = "2024-05-10T08:00:00+07:00"


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [o.name for o in analyse(text, pub, source).organisations]


# ------------------------------------------------------------ places from the page address

def test_a_city_portal_headline_names_the_ward_of_a_bare_level():
    # the portal names the city; the headline's words, the ward
    page = "https://longxuyen.angiang.gov.vn/phuong-my-hoa-trao-qua-cho-ho-ngheo"
    assert places.address_units(page, "An Giang") == (
        ("phường", "Mỹ Hòa"), ("thành phố", "Long Xuyên"))
    assert names("Sáng 5-3, Hội Phụ nữ phường phối hợp Đoàn phường trao 30 suất quà.",
                 page) == ["Hội Liên hiệp Phụ nữ phường Mỹ Hòa",
                           "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Mỹ Hòa"]


def test_a_headline_naming_no_unit_leaves_the_portal_alone():
    page = "https://longxuyen.angiang.gov.vn/trao-qua-cho-ho-ngheo"
    assert places.address_units(page, "An Giang") == (("thành phố", "Long Xuyên"),)
    assert names("Hội Phụ nữ phường trao 30 suất quà.", page) == []


def test_a_provincial_body_site_is_its_province_not_a_namesake_district():
    # huyện Quảng Ninh is a district of Quảng Bình; the Youth Union's site is Quảng Ninh's
    assert paper_province("https://tinhdoanquangninh.vn/tin-tuc/abc") == "Quảng Ninh"
    assert paper_province("https://hoinongdanhatinh.vn/abc") == "Hà Tĩnh"
    # a district's own site still names its district's province
    assert paper_province("https://hiephoanet.vn/abc") == "Bắc Giang"
    page = "https://tinhdoanquangninh.vn/huyen-doan-tien-yen-ra-quan-don-ve-sinh"
    assert names("Sáng 2/3, Huyện đoàn phối hợp Đồn Biên phòng Hoành Mô ra quân.", page) == [
        "Huyện đoàn Tiên Yên", "Đồn Biên phòng Hoành Mô"]
