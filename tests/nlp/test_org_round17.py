"""Organisation failure kinds of round 17 (issue 14): two blocs' Party committees under one
"Đảng ủy" and one level, a general school named after its city or town written short, the
liaison board of a home-town association, a religious house's managing board and a pagoda
named with its city after it.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2023-05-10T08:00:00+07:00"


def rows(text: str, source: str | None = "baohanam", pub: str | None = PUB) -> list[tuple[str, str]]:
    return organisation_rows(text, pub, source)


def names(text: str, source: str | None = "baohanam", pub: str | None = PUB) -> list[str]:
    return [name for _, name in rows(text, source, pub)]


# ------------------------------------------------ Party committees of blocs

def test_two_blocs_under_one_party_committee_and_one_level():
    assert rows("Hội nghị có đại diện Đảng ủy Khối các cơ quan, Khối doanh nghiệp tỉnh và các "
                "sở, ngành.") == [
        ("Đảng ủy Khối các cơ quan", "Đảng ủy Khối các cơ quan tỉnh Hà Nam"),
        ("Khối doanh nghiệp tỉnh", "Đảng ủy Khối doanh nghiệp tỉnh Hà Nam")]
    assert names("Lãnh đạo Đảng ủy Khối Cơ quan và Khối Doanh nghiệp huyện Kim Bảng cùng dự.") == [
        "Đảng ủy Khối Cơ quan huyện Kim Bảng", "Đảng ủy Khối Doanh nghiệp huyện Kim Bảng"]


def test_business_bloc_committee_in_lower_case():
    assert names("Đảng ủy Khối doanh nghiệp tỉnh Nghệ An tổ chức hội nghị giao ban.") == [
        "Đảng ủy Khối doanh nghiệp tỉnh Nghệ An"]


def test_a_bloc_without_its_party_committee_is_nothing():
    assert names("Cán bộ khối doanh nghiệp tỉnh tham gia hội thao.") == []


# ------------------------------------------------ schools named after their city or town

def test_school_named_after_its_city_written_short():
    assert rows("Buổi lễ diễn ra tại Trường THPT TP. Long Xuyên, do Thành đoàn tổ chức.",
                "baoangiang")[0] == ("Trường THPT TP. Long Xuyên",
                                     "Trường Trung học phổ thông Thành phố Long Xuyên")
    assert names("Trường THCS TX Hương Trà tổ chức lễ khai giảng.", "baothuathienhue") == [
        "Trường Trung học cơ sở Thị xã Hương Trà"]


def test_university_keeps_its_city_as_the_place_after_its_name():
    assert names("Sinh viên Trường Đại học Kinh tế TP. Hồ Chí Minh tham gia.", None) == [
        "Trường Đại học Kinh tế thành phố Hồ Chí Minh"]


# ------------------------------------------------ home-town associations

def test_liaison_board_of_a_home_town_association():
    assert rows("Ban liên lạc Hội đồng hương Nghệ An tại Hà Nội trao học bổng cho sinh viên.",
                "baonghean") == [("Ban liên lạc Hội đồng hương Nghệ An tại Hà Nội",
                                  "Ban Liên lạc Hội đồng hương Nghệ An tại Hà Nội")]


# ------------------------------------------------ religious bodies

def test_managing_board_of_a_religious_house():
    assert names("Ủy ban MTTQ tỉnh phối hợp với Ban Trị sự Đình thần Phú Mỹ trao quà cho hộ "
                 "nghèo.", "baodongnai") == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai",
                                              "Ban Trị sự Đình thần Phú Mỹ"]


def test_buddhist_board_stays_the_church_board():
    assert names("Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh tổ chức lễ.", "baodongnai") == [
        "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Đồng Nai"]


def test_pagoda_acting_with_its_city_after_its_name():
    assert names("Chùa Bửu Long TP. Biên Hòa đã trao 200 suất quà cho người nghèo.",
                 "baodongnai") == ["Chùa Bửu Long"]


def test_pagoda_visited_with_its_city_is_a_place():
    assert names("Đoàn đến thăm chùa Long Ẩn TP. Biên Hòa và dâng hương.", "baodongnai") == []


# ------------------------------------------------ associations written with "của <level>"

def test_association_with_its_level_after_cua():
    assert names("Hội Cựu TNXP của tỉnh vừa khánh thành nhà tình nghĩa.", "baonamdinh") == [
        "Hội Cựu thanh niên xung phong tỉnh Nam Định"]
    assert names("Hội Cựu TNXP của huyện Hải Hậu tổ chức gặp mặt.", "baonamdinh") == [
        "Hội Cựu thanh niên xung phong huyện Hải Hậu"]


def test_veterans_association_named_with_its_year():
    assert rows("Hội Chiến sĩ thành cổ Quảng Trị năm 1972 của tỉnh trao quà cho hội viên.",
                "baothaibinh") == [("Hội Chiến sĩ thành cổ Quảng Trị năm 1972 của tỉnh",
                                    "Hội Chiến sĩ thành cổ Quảng Trị năm 1972 tỉnh Thái Bình")]
