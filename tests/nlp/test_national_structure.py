"""The State's central structure as the provincial press names it (round 18): the National
Assembly's committees, general departments, national and regional steering committees, the
academies, the national universities, the army's and police's central bodies. Sentences are
written for these tests."""

from __future__ import annotations

import pytest
from baochi.nlp import analyse

PUB = "2021-05-12T08:00:00+07:00"


def rows(text: str, source: str | None = "baohatinh") -> list[tuple[str, str]]:
    return [(o.surface, o.name) for o in analyse(text, PUB, source).organisations]


@pytest.mark.parametrize("written, name", [
    ("Ủy ban Văn hóa, Giáo dục của Quốc hội", "Ủy ban Văn hóa, Giáo dục của Quốc hội"),
    ("Tổng cục Dân số - KHHGĐ", "Tổng cục Dân số - Kế hoạch hóa gia đình"),
    ("Tổng cục Thể dục thể thao", "Tổng cục Thể dục thể thao"),
    ("Ủy ban ATGT Quốc gia", "Ủy ban An toàn giao thông Quốc gia"),
    ("Ban Chỉ đạo Tây Nguyên", "Ban Chỉ đạo Tây Nguyên"),
    ("Viện Hàn lâm KHXH Việt Nam", "Viện Hàn lâm Khoa học xã hội Việt Nam"),
    ("Bộ Tư lệnh Cảnh sát cơ động", "Bộ Tư lệnh Cảnh sát cơ động"),
    ("ĐHQG-HCM", "Đại học Quốc gia Thành phố Hồ Chí Minh"),
])
def test_a_central_body_is_read_whole_with_its_canonical_name(written, name):
    assert rows(f"Sáng nay, {written} tổ chức hội nghị triển khai nhiệm vụ.") == [(written, name)]


def test_a_universitys_youth_union_is_the_universitys():
    assert rows("Đoàn Thanh niên ĐHQG Hà Nội ra quân chiến dịch.") == [
        ("Đoàn Thanh niên ĐHQG Hà Nội", "Đoàn Thanh niên Đại học Quốc gia Hà Nội")]
