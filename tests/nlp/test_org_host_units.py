"""A unit written right before the institution, enterprise or body it belongs to is one body,
the unit of that host (round 21, ``pass_host_units``): the unit as written, then the host's
canonical name; a bare "Đoàn" before an enterprise is its Youth Union.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

import pytest

from tests.nlp.mention_support import organisation_rows

PUB = "2020-07-09T08:00:00+07:00"


def names(text: str, source: str | None = "baovinhlong") -> list[str]:
    return [name for _, name in organisation_rows(text, PUB, source)]


# ------------------------------------------------------------------ a unit before its host

@pytest.mark.parametrize(("text", "expected"), [
    ("Trung tâm Huyết học Bệnh viện Thống Nhất nhận thêm 300 túi máu.",
     "Trung tâm Huyết học Bệnh viện Thống Nhất"),
    ("Khoa Hồi sức tích cực Bệnh viện Đa khoa tỉnh vừa cứu một bệnh nhân.",
     "Khoa Hồi sức tích cực Bệnh viện Đa khoa tỉnh Vĩnh Long"),
    ("Khoa Huyết học- Truyền máu Bệnh viện Đa khoa tỉnh kêu gọi hiến máu.",
     "Khoa Huyết học - Truyền máu Bệnh viện Đa khoa tỉnh Vĩnh Long"),
    ("Ban Quản lý dự án Công ty Điện lực Vĩnh Long họp với các nhà thầu.",
     "Ban Quản lý dự án Công ty Điện lực Vĩnh Long"),
    ("Phân xưởng Cơ khí Nhà máy Đường Trà Vinh vừa lắp thêm máy mới.",
     "Phân xưởng Cơ khí Nhà máy Đường Trà Vinh"),
    ("Đội sinh viên tình nguyện Trường Đại học Cần Thơ về với bà con vùng sâu.",
     "Đội sinh viên tình nguyện Trường Đại học Cần Thơ"),
    ("Hội đồng Đội Trường Tiểu học Tân Quới tổ chức hội trại.",
     "Hội đồng Đội Trường Tiểu học Tân Quới"),
])
def test_a_unit_before_its_host_is_one_body(text: str, expected: str) -> None:
    assert names(text) == [expected]


def test_a_bare_youth_union_before_an_enterprise_is_its_youth_union() -> None:
    assert names("Đoàn Tập đoàn Dầu khí Quốc gia Việt Nam trao 50 suất học bổng.") == [
        "Đoàn Thanh niên Tập đoàn Dầu khí Việt Nam"]  # the catalogue's name


# ------------------------------------------------------------------------------ kept right

def test_a_unit_after_thuoc_is_left_to_its_pass() -> None:
    assert names("Khoa Nhi thuộc Bệnh viện Đa khoa tỉnh khám cho 200 trẻ.") == [
        "Khoa Nhi thuộc Bệnh viện Đa khoa tỉnh Vĩnh Long"]


def test_two_bodies_joined_are_two() -> None:
    got = names("Hội đồng Đội huyện Long Hồ và Trường Tiểu học Phú Quới tổ chức hội trại.")
    assert "Trường Tiểu học Phú Quới" in got
    assert not any(n.startswith("Hội đồng Đội Trường") for n in got)
    got = names("Trung tâm Y tế huyện Mang Thít phối hợp với Bệnh viện Đa khoa tỉnh khám bệnh.")
    assert "Bệnh viện Đa khoa tỉnh Vĩnh Long" in got
    assert not any("Mang Thít Bệnh viện" in n for n in got)


@pytest.mark.parametrize("text", [
    "Các khoa Bệnh viện Đa khoa tỉnh tham gia hội thi.",
    "Các Khoa Bệnh viện Đa khoa tỉnh tham gia hội thi.",
    "Đội ngũ Bệnh viện Đa khoa tỉnh luôn tận tâm.",
    "Cuộc họp diễn ra ở phòng họp Bệnh viện Đa khoa tỉnh.",
    "Đội tuyển Bệnh viện Đa khoa tỉnh đoạt giải nhất hội thao.",
    "Đội văn nghệ Bệnh viện Đa khoa tỉnh biểu diễn phục vụ bệnh nhân.",
])
def test_a_plural_or_a_common_noun_is_no_unit(text: str) -> None:
    assert names(text) == ["Bệnh viện Đa khoa tỉnh Vĩnh Long"]


def test_a_station_with_a_place_of_its_own_is_its_own_body() -> None:
    assert names("Trạm Y tế xã Tân Hạnh Trung tâm Y tế huyện Long Hồ tiêm vắc xin.") == [
        "Trạm Y tế xã Tân Hạnh", "Trung tâm Y tế huyện Long Hồ"]


def test_a_working_party_is_no_union() -> None:
    got = names("Đoàn công tác Tập đoàn Dầu khí Quốc gia Việt Nam thăm bà con.")
    assert not any(n.startswith("Đoàn") for n in got)


# ------------------------------------------- schools and universities written by their type

def test_schools_listed_by_their_type_after_a_school_are_schools() -> None:
    assert names("Trường THCS Tân Quới, THCS Hòa Ninh và THPT Phú Quới tham gia hội thao.") == [
        "Trường Trung học cơ sở Tân Quới", "Trường Trung học cơ sở Hòa Ninh",
        "Trường Trung học phổ thông Phú Quới"]


def test_schools_listed_by_their_type_after_a_plural_are_schools() -> None:
    assert names("Huyện đoàn Long Hồ trao sân chơi cho các trường: Tiểu học Tân Quới và THCS "
                 "Hòa Ninh.") == [
        "Huyện đoàn Long Hồ", "Trường Tiểu học Tân Quới", "Trường Trung học cơ sở Hòa Ninh"]


def test_a_plural_of_schools_without_names_is_none() -> None:
    assert names("Các trường Tiểu học trên địa bàn đều tham gia.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("ĐH Tây Đô và ĐH Sư phạm kỹ thuật Vĩnh Long tuyển sinh thêm ngành mới.",
     ["Trường Đại học Tây Đô", "Trường Đại học Sư phạm kỹ thuật Vĩnh Long"]),
    ("Sinh viên Trường ĐH Cần Thơ nhận học bổng.", ["Trường Đại học Cần Thơ"]),
    ("Giảng viên ĐH Huế về thăm trường cũ.", ["Đại học Huế"]),
])
def test_a_university_written_short_is_the_university(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "ĐH Đoàn các cấp diễn ra sôi nổi trong tháng 5.",
    "ĐH Hội Nông dân xã Tân Quới thành công tốt đẹp.",
    "Đại hội điểm đã diễn ra, các ĐH Chi bộ sẽ hoàn thành trong tháng 6.",
])
def test_a_congress_written_short_is_no_university(text: str) -> None:
    assert not any("Đại học" in n for n in names(text))


# ---------------------------------------------------------------------------- welfare homes

def test_welfare_homes_by_their_own_heads_are_bodies() -> None:
    assert names("Đoàn trao 100 phần quà tại Cô nhi viện Thiên Phước và Mái ấm Hướng Dương.") \
        == ["Cô nhi viện Thiên Phước", "Mái ấm Hướng Dương"]
    assert names("Nhà mở An Bình đón thêm 20 em.") == ["Nhà mở An Bình"]
    assert names("Hội trao quà tại Trung tâm Bảo trợ trẻ em Phước Lộc.") == [
        "Trung tâm Bảo trợ trẻ em Phước Lộc"]
    assert names("Hội thăm Cơ sở Bảo trợ xã hội Hoa Mai.") == ["Cơ sở Bảo trợ xã hội Hoa Mai"]
    assert names("Công tác bảo trợ xã hội được quan tâm.") == []


@pytest.mark.parametrize("text", [
    "Công đoàn bàn giao 3 Mái ấm Công đoàn cho đoàn viên khó khăn.",
    "Hội vận động xây Mái ấm Hoa Sen cho hội viên nghèo.",
    "Các em sống trong mái ấm tình thương của xóm.",
    "Mái ấm Tình thương được trao cho gia đình bà Lan.",
])
def test_houses_given_under_a_programme_are_no_home(text: str) -> None:
    assert not any(n.startswith("Mái ấm") for n in names(text))
