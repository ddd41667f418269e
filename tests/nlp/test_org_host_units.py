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
])
def test_a_plural_or_a_common_noun_is_no_unit(text: str) -> None:
    assert names(text) == ["Bệnh viện Đa khoa tỉnh Vĩnh Long"]


def test_a_station_with_a_place_of_its_own_is_its_own_body() -> None:
    assert names("Trạm Y tế xã Tân Hạnh Trung tâm Y tế huyện Long Hồ tiêm vắc xin.") == [
        "Trạm Y tế xã Tân Hạnh", "Trung tâm Y tế huyện Long Hồ"]


def test_a_working_party_is_no_union() -> None:
    got = names("Đoàn công tác Tập đoàn Dầu khí Quốc gia Việt Nam thăm bà con.")
    assert not any(n.startswith("Đoàn") for n in got)
