"""Associations written with their field's initials ("Hội KH tỉnh", "Hội SVVN"): the press
writes most of them so, and the catalogue derives the form from each association's name
(organisations/bodies.py `_association_initials`). Sentences are written for these tests."""

from __future__ import annotations

from baochi.nlp import analyse

PUB = "2020-07-09T08:00:00+07:00"


def rows(text: str, source: str | None = "baohatinh") -> list[tuple[str, str]]:
    return [(o.surface, o.name) for o in analyse(text, PUB, source).organisations]


def test_an_association_by_its_fields_initials_with_a_level():
    assert rows("Hội KH tỉnh trao 100 suất học bổng cho học sinh nghèo.") == [
        ("Hội KH tỉnh", "Hội Khuyến học tỉnh Hà Tĩnh")]
    assert rows("Hội SVVN tỉnh và Hội DN huyện Can Lộc phối hợp tổ chức.") == [
        ("Hội SVVN tỉnh", "Hội Sinh viên Việt Nam tỉnh Hà Tĩnh"),
        ("Hội DN huyện Can Lộc", "Hội Doanh nghiệp huyện Can Lộc")]


def test_with_viet_nam_it_is_the_national_association():
    assert rows("Hội KH Việt Nam phát động tháng khuyến học.", None) == [
        ("Hội KH Việt Nam", "Hội Khuyến học Việt Nam")]


def test_councils_are_not_associations():
    # "Hội đồng …" is a council: no "Hội ĐND" or "Hội ĐĐ" form is derived from it
    assert rows("Hội ĐĐ huyện họp.") == []


def test_a_body_named_with_viet_nam_written_short_then_vn():
    assert rows("Hội LHTN VN huyện Can Lộc tổ chức hội trại.") == [
        ("Hội LHTN VN huyện Can Lộc", "Hội Liên hiệp Thanh niên Việt Nam huyện Can Lộc")]
