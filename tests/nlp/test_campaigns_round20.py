"""Campaign forms of round 20 (2026-12-07). Sentences written for these tests."""

from __future__ import annotations

import pytest
from baochi.nlp import analyse

PUB = "2023-03-10T08:00:00+07:00"


def found(text: str) -> list[tuple[str, str]]:
    return [(c.name, c.kind) for c in analyse(text, PUB, "baoquangbinh").campaigns]


@pytest.mark.parametrize("text, name", [
    ("Các đoàn xã đồng loạt ra quân cao điểm “Tình nguyện hỗ trợ người dân làm thủ tục trực "
     "tuyến” vào ngày 18/3.", "Tình nguyện hỗ trợ người dân làm thủ tục trực tuyến"),
    ("Đợt cao điểm “Chung tay phòng chống dịch” diễn ra từ ngày 1/3.",
     "Chung tay phòng chống dịch"),
])
def test_a_peak_drive_by_its_quoted_name(text, name):
    assert found(text) == [(name, "đợt thi đua")]


def test_a_peak_without_a_drive_word_before_it_is_no_trigger():
    assert found("Thời điểm cao điểm “mùa mưa bão” cần chú ý an toàn.") == []


def test_the_security_movement_by_its_earlier_name():
    assert found("Xã đẩy mạnh phong trào quần chúng bảo vệ an ninh Tổ quốc ở khu dân cư.") == [
        ("Toàn dân bảo vệ an ninh Tổ quốc", "phong trào")]


@pytest.mark.parametrize("text", [
    "Thực hiện Chỉ thị 03/CT-TW ngày 14-5-2011 của Bộ Chính trị về tiếp tục đẩy mạnh việc học tập "
    "và làm theo tấm gương đạo đức Hồ Chí Minh, Đảng bộ đã làm tốt.",
    "Huyện sơ kết Chỉ thị số 05 của Bộ Chính trị về “Đẩy mạnh học tập và làm theo tư tưởng, đạo "
    "đức, phong cách Hồ Chí Minh” trong cán bộ.",
])
def test_a_directives_subject_stays_the_documents(text):
    # the seed article's contract (../shared/reference/seed-article.md), whatever the verbs
    # written before the campaign's wording
    assert found(text) == []


@pytest.mark.parametrize("text", [
    "Hội Chữ thập đỏ xã họp mặt, tổng kết hoạt động phong trào Hội Chữ thập đỏ năm 2022.",
    "Những năm qua, phong trào Hội Nông dân huyện có nhiều chuyển biến.",
    "Phong trào Đoàn và thanh thiếu nhi của tỉnh phát triển mạnh.",
])
def test_a_trigger_before_an_organisation_names_no_movement(text):
    assert found(text) == []


def test_a_movement_whose_name_opens_like_a_head_word_is_still_read():
    assert found("Phong trào Đoàn kết giúp nhau làm kinh tế được nhân rộng.") == [
        ("Đoàn kết giúp nhau làm kinh tế", "phong trào")]


def test_a_national_target_programme_without_quoc_gia():
    assert found("Góp phần thực hiện tiêu chí nhà ở trong chương trình mục tiêu xây dựng nông "
                 "thôn mới, huyện đã làm tốt.") == [
        ("Chương trình mục tiêu quốc gia xây dựng nông thôn mới", "chương trình")]
