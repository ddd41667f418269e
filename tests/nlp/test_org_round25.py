"""Organisation failure kinds of round 25 (issue 14): a labour federation's cultural centre
named as the institution that hosts an event, against a commune's cultural house (a building);
units named one by one after a plural head, each a body.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names


def test_a_labour_cultural_centre_hosting_an_event_is_an_institution():
    assert names("Chiều 3/6, hội nghị tổng kết diễn ra tại Nhà Văn hóa Lao động tỉnh.") == [
        "Nhà Văn hóa Lao động tỉnh Hà Tĩnh"]
    assert names("Liên hoan văn nghệ công nhân khai mạc tại Nhà văn hoá Lao động tỉnh "
                 "Quảng Ngãi.") == ["Nhà Văn hóa Lao động tỉnh Quảng Ngãi"]
    # written without its level: the labour federation's house of the paper's province
    assert names("Sáng 19/6, tại Nhà văn hóa Lao động, công nhân dự lễ tuyên dương.",
                 "baoquangbinh") == ["Nhà Văn hóa Lao động tỉnh Quảng Bình"]
    assert names("Đêm nhạc diễn ra tại Cung văn hoá lao động tỉnh.") == [
        "Cung Văn hóa Lao động tỉnh Hà Tĩnh"]


def test_a_communes_cultural_house_stays_a_building():
    assert names("Buổi tập huấn được tổ chức tại nhà văn hóa xã Thạch Hạ.") == []
    assert names("Người dân góp công xây dựng Nhà văn hóa thôn Đông Lộc.") == []


def test_units_named_one_by_one_after_a_plural_head_are_each_a_body():
    assert names("Đại diện Hội Chữ thập đỏ các huyện Can Lộc, Hương Khê và Kỳ Anh cùng dự.") == [
        "Hội Chữ thập đỏ huyện Can Lộc", "Hội Chữ thập đỏ huyện Hương Khê",
        "Hội Chữ thập đỏ huyện Kỳ Anh"]


def test_units_only_counted_under_a_plural_head_are_a_grouping():
    assert names("Hội LHPN 9 huyện, thị xã, thành phố đã trao 200 suất quà.") == []
