"""Organisation failure kinds seen on real provincial press (issue 14, round 3).

Sentences are written for these tests, not copied from any paper; page addresses are invented
in the form provincial papers use (the headline's words in the path).
"""

from __future__ import annotations

from baochi.nlp import analyse, places

PUB = "2021-06-10T08:00:00+07:00"


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [o.name for o in analyse(text, pub, source).organisations]


# ------------------------------------------------------------ the place of a bare level body

def test_district_levels_come_from_the_package():
    assert places.district_level("Tiên Phước", "Quảng Nam") == "huyện"
    assert places.district_level("Hương Trà", "Huế") == "thị xã"
    assert places.covered_provinces("Tây Ninh") == ("Tây Ninh", "Long An")


def test_address_names_the_district_and_commune_of_the_headline():
    url = "https://baolongan.vn/xa-long-an-huyen-can-giuoc-ra-quan-don-ve-sinh-a100.html"
    assert places.address_units(url, "Long An") == (("huyện", "Cần Giuộc"), ("xã", "Long An"))
    # a district may stand alone at the head of the slug; a commune needs its level word
    url = "https://baotravinh.vn/xa-hoi/cang-long-trao-qua-cho-ho-ngheo-123.html"
    assert places.address_units(url, "Trà Vinh") == (("huyện", "Càng Long"),)
    # two districts of one level in the headline say nothing
    url = "https://baotravinh.vn/xa-hoi/cang-long-va-tieu-can-trao-qua-123.html"
    assert places.address_units(url, "Trà Vinh") == ()
    # a commune of the units in force since 2025 (the paper's old province's successor)
    url = "https://baobariavungtau.com.vn/xa-hoi/202507/xa-kim-long-ra-mat-to-an-ninh-1/"
    assert places.address_units(url, "Bà Rịa - Vũng Tàu") == (("xã", "Kim Long"),)
    assert places.address_units("baohatinh", "Hà Tĩnh") == ()


def test_bare_level_body_takes_the_unit_of_the_headline():
    url = "https://baolongan.vn/can-giuoc-tang-qua-nguoi-ngheo-a200.html"
    got = names("Dịp này, UBND huyện đã trao 50 suất quà cho các hộ khó khăn.", url)
    assert got == ["Ủy ban nhân dân huyện Cần Giuộc"]
    url = "https://baolongan.vn/xa-long-an-huyen-can-giuoc-ra-quan-a201.html"
    got = names("Hội Khuyến học xã trao 20 suất học bổng; UBND xã tặng giấy khen.", url)
    assert got == ["Hội Khuyến học xã Long An", "Ủy ban nhân dân xã Long An"]
    # a unit named in the text wins over the headline
    got = names("UBND xã Phước Lý và Hội Nông dân xã cùng ra quân.", url)
    assert got == ["Ủy ban nhân dân xã Phước Lý", "Hội Nông dân xã Phước Lý"]
    # an address naming no unit leaves the level bare
    got = names("UBND huyện đã trao 50 suất quà.", "https://baolongan.vn/trao-qua-a3.html")
    assert got == ["Ủy ban nhân dân huyện"]


def test_bare_level_body_takes_the_one_unit_named_later_or_without_its_level():
    got = names("Hội Nông dân huyện đã phối hợp tổ chức hội thảo tại huyện Can Lộc.")
    assert got == ["Hội Nông dân huyện Can Lộc"]
    got = names("Tại Hiệp Đức, Hội CTĐ huyện trao 30 suất quà.", "baoquangnam.vn")
    assert got == ["Hội Chữ thập đỏ huyện Hiệp Đức"]
    # two districts named: no guess
    got = names("Tại Hiệp Đức và Tiên Phước, Hội CTĐ huyện trao 30 suất quà.", "baoquangnam.vn")
    assert got == ["Hội Chữ thập đỏ huyện"]
