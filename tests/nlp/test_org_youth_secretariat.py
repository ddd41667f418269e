"""The Youth Union's Secretariat written as a member's title (issue 14, GUIDE settled at the
fourth sitting of 2026-12-07): "Bí thư (thứ nhất | thường trực) (BCH) Trung ương Đoàn" before a
name is one mention from "Bí thư", named "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí
Minh", as "Bí thư Trung ương Đảng" is the Party's Secretariat; the central body written alone
stays the central body.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

import pytest

from tests.nlp.mention_support import round_rows as orgs

SECRETARIAT = "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"
CENTRE = "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"


@pytest.mark.parametrize(("text", "surface"), [
    ("Anh Hoàng Văn Tư, Bí thư Trung ương Đoàn, tặng quà cho đội hình tình nguyện.",
     "Bí thư Trung ương Đoàn"),
    ("Chị Đặng Thị Năm, Bí thư T.Ư Đoàn, thăm các em thiếu nhi vùng cao.",
     "Bí thư T.Ư Đoàn"),
    ("Anh Phan Văn Sáu, Bí thư thường trực BCH T.Ư Đoàn, dự lễ ra quân.",
     "Bí thư thường trực BCH T.Ư Đoàn"),
    ("Anh Lý Văn Bảy, Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh, dự đại hội.",
     "Bí thư thứ nhất Trung ương Đoàn TNCS Hồ Chí Minh"),
    ("Chị Mai Thị Tám, Bí thư TW Đoàn, khen ngợi các tình nguyện viên.", "Bí thư TW Đoàn"),
])
def test_a_secretary_of_the_youth_unions_centre_is_its_secretariat(text: str,
                                                                     surface: str) -> None:
    assert orgs(text) == [(surface, SECRETARIAT)]


@pytest.mark.parametrize("text", [
    "Trung ương Đoàn phát động chiến dịch tình nguyện mùa hè.",
    "Năm nay, Trung ương Đoàn tặng bằng khen cho 20 tập thể.",
])
def test_the_youth_unions_centre_alone_stays_the_centre(text: str) -> None:
    assert orgs(text) == [("Trung ương Đoàn", CENTRE)]


def test_a_deputy_secretary_is_not_read_as_the_secretariat() -> None:
    assert orgs("Anh Võ Văn Chín, Phó Bí thư Trung ương Đoàn, phát biểu.") == [
        ("Trung ương Đoàn", CENTRE)]


def test_the_secretariat_written_as_a_body_stays_one_body() -> None:
    assert orgs("Năm 2012, Ban Bí thư Trung ương Đoàn phát động phong trào thanh niên tình "
                "nguyện.") == [("Ban Bí thư Trung ương Đoàn", SECRETARIAT)]
