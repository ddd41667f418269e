"""An anniversary counted without its year gives the article's year (round 22). Sentences and
addresses written for these tests."""

from __future__ import annotations

import pytest
from baochi.nlp import analyse
from baochi.nlp.dates.anniversaries import anniversary_year, plain


def first_date(text: str, address: str) -> tuple[str | None, str]:
    d = analyse(text, None, address).dates[0]
    return d.date_start, d.granularity


def test_the_count_in_the_text_gives_the_year():
    text = "Sáng 17/11, huyện tổ chức lễ kỷ niệm 85 năm ngày thành lập Mặt trận dân tộc thống nhất Việt Nam."
    assert first_date(text, "https://example.vn/bai-viet-88906.html") == ("2015-11-17", "day")


def test_the_count_in_the_address_gives_the_year():
    address = "https://example.vn/duy-xuyen-ky-niem-88-nam-thanh-lap-hoi-nong-dan-viet-nam-3087613.html"
    assert first_date("Tối 10.10, huyện tổ chức lễ mít tinh.", address) == ("2018-10-10", "day")


@pytest.mark.parametrize("text, year", [
    ("nhân kỷ niệm 132 năm ngày sinh chủ tịch hồ chí minh", 2022),
    ("chào mừng 75 năm ngày truyền thống công an nhân dân", 2020),
    ("kỷ niệm 93 năm ngày thành lập đoàn", 2024),
])
def test_known_foundings(text, year):
    assert anniversary_year(text, None, 2026) == year


@pytest.mark.parametrize("text", [
    "kỷ niệm 20 năm ngày thành lập câu lạc bộ",  # a founding nobody lists
    "kỷ niệm 85 năm ngày thành lập mặt trận tổ quốc việt nam và 50 năm ngày thành lập đoàn",
    "kỷ niệm 120 năm ngày thành lập đảng",  # a year after this one
])
def test_no_year_without_one_known_founding(text):  # unknown, two that disagree, a future one
    assert anniversary_year(text, None, 2026) is None


def test_a_date_without_any_count_keeps_no_year():
    assert first_date("Chiều 5/6, tỉnh đoàn tổ chức lễ.", "https://example.vn/a-1.html") == (None, "day")


def test_plain_words_are_how_an_address_writes_them():
    assert plain("Hội Nông dân Đắk Lắk") == "hoi nong dan dak lak"
