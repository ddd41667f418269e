"""Campaign forms of round 21 (2026-12-07): catalogue names in lower case, a clause after a
comma, the frame "học và làm theo", programmes every province reports. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from baochi.nlp import analyse

PUB = "2023-03-10T08:00:00+07:00"


def found(text: str) -> list[str]:
    return [c.name for c in analyse(text, PUB, "baoquangbinh").campaigns]


def test_three_catalogue_campaigns_in_lower_case_are_a_list_of_campaigns():
    text = ("Đoàn viên nhận các phần việc như tiếp sức mùa thi, mùa hè xanh, hoa phượng đỏ, "
            "hành quân xanh trong dịp hè.")
    assert found(text) == ["Tiếp sức mùa thi", "Mùa hè xanh", "Hoa phượng đỏ", "Hành quân xanh"]


def test_two_in_lower_case_count_after_a_word_that_opens_examples():
    assert found("Các chiến dịch gồm mùa hè xanh và hoa phượng đỏ được triển khai sớm.") == [
        "Mùa hè xanh", "Hoa phượng đỏ"]


@pytest.mark.parametrize("text", [
    "Các em được nghỉ một mùa hè xanh và hoa phượng đỏ rực sân trường.",  # no cue, two items
    "Quỹ mùa hè xanh, hoa phượng đỏ nhận thêm 20 triệu đồng.",  # a fund before two
    "Cả xóm trồng thêm hoa phượng đỏ.",  # one name in lower case is the words of a sentence
])
def test_lower_case_words_that_are_no_list_of_campaigns(text):
    assert found(text) == []


def test_a_name_with_no_other_sense_counts_in_lower_case():
    assert found("Năm nay hơn 300 đoàn viên tham gia tiếp sức mùa thi tại các điểm thi.") == [
        "Tiếp sức mùa thi"]


@pytest.mark.parametrize("text, name", [
    ("Nằm trong chương trình Xuân yêu thương, nhiều hoạt động ý nghĩa được thực hiện.",
     "Xuân yêu thương"),
    ("Trong chương trình Tết quân - dân, đơn vị tặng 50 suất quà.", "Tết quân - dân"),
    ("Hưởng ứng phong trào Sạch làng, đẹp ruộng, các hộ dân dọn vệ sinh đường làng.",
     "Sạch làng, đẹp ruộng"),
])
def test_a_clause_after_a_comma_is_no_second_half_of_the_name(text, name):
    assert found(text) == [name]


def test_the_frame_written_hoc_va_lam_theo():
    text = ("Hội gắn các phong trào thi đua với học và làm theo tư tưởng, đạo đức, phong cách Hồ "
            "Chí Minh.")
    assert found(text) == ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"]


def test_learning_and_doing_as_bac_ho_taught_is_no_frame():
    assert found("Các em chăm học và làm theo lời Bác Hồ dạy.") == []


def test_the_armed_forces_new_year_programme_counts_after_its_trigger_only():
    assert found("Lễ tổng kết Tết Quân - Dân năm 2025 diễn ra tại xã.") == []


@pytest.mark.parametrize("text, name", [
    ("Tuần lễ áo xanh thanh niên Việt Nam do Tỉnh đoàn phát động.",
     "Tuần lễ áo xanh thanh niên Việt Nam"),
    ("Nhờ cuộc vận động xây dựng mái ấm tình thương của Hội, chị đã có nhà mới.",
     "Xây dựng mái ấm tình thương"),
])
def test_programmes_every_province_reports(text, name):
    assert found(text) == [name]


@pytest.mark.parametrize("text", [
    "Hội trao Mái ấm tình thương cho hộ nghèo.",
    "Doanh nghiệp tài trợ 13 “Mái ấm tình thương” cho 13 tỉnh.",  # the houses, quoted
])
def test_the_houses_of_the_drive_are_no_mention_of_it(text):
    assert found(text) == []


def test_a_tree_planting_drive_under_its_own_quoted_name_is_not_the_new_year_festival():
    assert found("Ngày 17-5, Hội phát động ra quân “Trồng cây đời đời nhớ ơn Bác Hồ”.") == [
        "Trồng cây đời đời nhớ ơn Bác Hồ"]
    assert found("Huyện phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Quý Mão.") == [
        "Tết trồng cây đời đời nhớ ơn Bác Hồ"]


@pytest.mark.parametrize("text, name", [
    ("Huyện đã hỗ trợ 120 hộ làm nhà theo Chương trình 167 của Chính phủ.", "Chương trình 167"),
    ("Vốn Chương trình 30a được phân bổ cho các huyện nghèo.", "Chương trình 30a"),
])
def test_the_governments_numbered_programmes(text, name):
    assert found(text) == [name]


def test_a_broadcasters_numbered_channel_is_no_programme():
    assert found("Chương trình 2 của đài phát sóng lúc 20 giờ.") == []


@pytest.mark.parametrize("text", [
    "Tiên phong trong học và làm theo Bác, trưởng bản luôn tích cực tuyên truyền.",
    "Những cá nhân tiêu biểu trong học tập và làm theo Bác được tuyên dương.",
])
def test_the_frame_with_bac_alone(text):
    assert found(text) == ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"]


def test_doing_as_bacs_words_say_is_no_frame():
    assert found("Thanh niên Nam Bộ trong việc học tập và làm theo lời Bác.") == []


@pytest.mark.parametrize("text, names", [
    ("Giọt hồng là chủ đề của chương trình hiến máu tình nguyện “Hành trình Đỏ” lần thứ VI.",
     ["Hành trình Đỏ"]),
    ("Huyện đẩy mạnh phong trào hiến máu tình nguyện “Giọt máu nghĩa tình” trong thanh niên.",
     ["Giọt máu nghĩa tình"]),
    ("Huyện đẩy mạnh phong trào hiến máu tình nguyện trong thanh niên.", ["Hiến máu tình nguyện"]),
])
def test_catalogue_words_before_a_quoted_name_say_what_it_is_about(text, names):
    assert found(text) == names


@pytest.mark.parametrize("text", [
    "Hội viên tham gia cuộc vận động “Làm thay đổi nếp nghĩ, cách làm của ĐBDTTS, làm cho ĐBDTTS "
    "vươn lên thoát nghèo bền vững”.",
    "Hội viên tham gia cuộc vận động “Làm thay đổi nếp nghĩ, cách làm của đồng bào DTTS, làm cho "
    "đồng bào DTTS vươn lên thoát nghèo bền vững”.",
])
def test_the_ethnic_minorities_drive_under_its_short_forms(text):
    assert found(text) == ["Làm thay đổi nếp nghĩ, cách làm của đồng bào dân tộc thiểu số, làm "
                           "cho đồng bào dân tộc thiểu số vươn lên thoát nghèo bền vững"]


def test_a_movement_after_thi_dua_as_a_verb():
    text = "Công nhân đang ra sức thi đua lao động giỏi, lao động sáng tạo, đóng góp cho doanh nghiệp."
    assert found(text) == ["Lao động giỏi, lao động sáng tạo"]


def test_kinds_of_emulation_in_a_list_are_a_class():
    text = ("Hưởng ứng các phong trào thi đua lao động sản xuất, thi đua lao động giỏi - lao động "
            "sáng tạo đã góp phần hoàn thành chỉ tiêu.")
    assert found(text) == []
