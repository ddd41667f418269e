"""Round 28 (fixer F47): campaign classes and traps, longer catalogue wordings, dates counted
from an anniversary, lunar days, bracketed years and lunar glosses.

Sentences are written for the tests in the form the press uses (no press text)."""

from __future__ import annotations

import pytest

from tests.nlp.mention_support import campaign_names, campaign_rows, date_rows

PUB = "2024-05-10"


# --- campaigns: a plural programme head is a class ---------------------------------------------

def test_plural_national_target_programmes_are_a_class() -> None:
    text = "Xã đã hoàn thành các chương trình mục tiêu quốc gia về xây dựng nông thôn mới trong năm."
    assert campaign_names(text, PUB) == []
    text = "Huyện đẩy mạnh những chương trình mục tiêu quốc gia về giảm nghèo bền vững."
    assert campaign_names(text, PUB) == []


def test_one_national_target_programme_still_counts() -> None:
    text = "Huyện tập trung thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới."
    assert campaign_names(text, PUB) == ["Chương trình mục tiêu quốc gia xây dựng nông thôn mới"]


# --- campaigns: words between a trigger and its quoted name -------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("Ngày 5/4, Huyện đoàn Tây Sơn phát động chương trình truyền thông “Vì một Tây Sơn xanh”.",
     "Vì một Tây Sơn xanh"),
    ("Tỉnh đoàn khởi động chiến dịch truyền thông đa nền tảng “Tuổi trẻ sống xanh” trong toàn tỉnh.",
     "Tuổi trẻ sống xanh"),
])
def test_a_communication_drive_names_its_quote(text: str, name: str) -> None:
    assert campaign_names(text, PUB) == [name]


def test_an_art_programme_stays_an_event() -> None:
    text = "Tối 12/5, huyện tổ chức chương trình nghệ thuật “Khúc ca mùa hạ” tại quảng trường."
    assert campaign_names(text, PUB) == []


# --- campaigns: catalogue names in lower case, in a quoted speech, longer wordings --------------

def test_border_spring_drive_in_lower_case_after_its_trigger() -> None:
    text = "Đoàn viên huyện tổ chức chiến dịch xuân biên giới, trao 300 suất quà cho hộ nghèo."
    assert campaign_rows(text, PUB) == [("xuân biên giới", "Xuân biên giới")]


@pytest.mark.parametrize("text", [
    "“Sáng nào tôi cũng quét sân, giữ vườn gọn và làm tốt phong trào 5 không, 3 sạch của chi hội”"
    " - chị Hoa chia sẻ.",
    "“Sáng nào tôi cũng quét sân, giữ vườn gọn và làm tốt phong trào 5 không, 3 sạch của chi hội”,"
    " bà Lan cho biết.",
])
def test_a_trigger_in_a_speech_before_its_speaker_cites_the_movement(text: str) -> None:
    assert campaign_names(text, PUB) == ["Xây dựng gia đình 5 không, 3 sạch"]


def test_a_quoted_name_not_a_speech_still_is_no_citation_inside() -> None:
    # the quote is a campaign's own name: the trigger inside it names nothing more
    text = "Hội phát động “Phong trào phụ nữ giữ nhà sạch” trong toàn huyện."
    assert "Xây dựng gia đình 5 không, 3 sạch" not in campaign_names(text, PUB)


def test_longer_official_wordings_of_the_womens_union_drives() -> None:
    text = ("Hội triển khai các cuộc vận động “Xây dựng, sửa chữa nhà mái ấm tình thương”, “Rèn luyện"
            " phẩm chất đạo đức: tự tin, tự trọng, trung hậu, đảm đang” trong hội viên.")
    assert campaign_names(text, PUB) == ["Xây dựng mái ấm tình thương",
                                         "Tự tin - tự trọng - trung hậu - đảm đang"]


@pytest.mark.parametrize("text", [
    "Hội triển khai các cuộc vận động “Xây dựng mái ấm tình thương”, Xây dựng gia đình 5 không, 3 sạch.",
    "Hội triển khai các cuộc vận động “Xây dựng mái ấm tình thương”, Xây dựng “Gia đình 5 không 3 sạch”.",
])
def test_a_capitalised_catalogue_name_listed_after_a_quoted_one(text: str) -> None:
    assert campaign_names(text, PUB) == ["Xây dựng mái ấm tình thương", "Xây dựng gia đình 5 không, 3 sạch"]


# --- campaign traps: a steering board's remit, a festival's initials ----------------------------

def test_a_movement_inside_a_steering_boards_name_is_no_campaign() -> None:
    text = ("Ngày 5-9, Ban Chỉ đạo phòng-chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân"
            " bảo vệ an ninh Tổ quốc xã Ia Bă họp triển khai nhiệm vụ.")
    assert campaign_names(text, PUB) == []


def test_the_movement_outside_a_board_still_counts() -> None:
    text = "Xã Ia Bă đẩy mạnh xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc."
    assert campaign_names(text, PUB) == ["Toàn dân bảo vệ an ninh Tổ quốc"]


def test_a_festival_named_after_a_movement_with_initials_is_an_event() -> None:
    text = ("Tại Ngày hội Hiến máu tình nguyện (HMTN) năm 2024 do UBND phường Hải Châu tổ chức,"
            " người dân đã hiến 300 đơn vị máu.")
    assert campaign_names(text, PUB) == []


def test_the_movement_with_its_initials_still_counts() -> None:
    text = "Phong trào Hiến máu tình nguyện (HMTN) ngày càng lan tỏa trong tỉnh."
    assert campaign_names(text, PUB) == ["Hiến máu tình nguyện"]


# --- dates ---------------------------------------------------------------------------------------

def test_an_anniversary_of_war_invalids_day_spelt_sy_gives_the_year() -> None:
    text = "Nhân kỷ niệm 72 năm Ngày Thương binh - Liệt sỹ, tối 22/7, tỉnh tổ chức chương trình nghệ thuật."
    assert date_rows(text, None) == [("tối 22/7", "2019-07-22", "2019-07-22", "day")]


def test_a_day_of_the_last_lunar_month_without_am_lich() -> None:
    text = "Tại đồn biên phòng, vào chiều 26 tháng Chạp, cán bộ chiến sỹ đã gói bánh chưng cùng người dân."
    assert date_rows(text, "2024-02-08") == [("chiều 26 tháng Chạp", "2024-02-05", "2024-02-05", "day")]
    # undated: no lunar year to convert in
    assert date_rows(text, None) == []


def test_lunar_days_that_recur_or_list_are_not_read() -> None:
    assert date_rows("Lễ hội diễn ra vào mùng 6 và 7 tháng Giêng hàng năm.", "2024-02-08") == []


def test_a_slash_joins_an_anniversarys_two_dates() -> None:
    text = "Huyện đoàn tổ chức kỷ niệm 86 năm ngày thành lập Đoàn (26-3-1931/26-3-2017)."
    assert date_rows(text, "2017-03-22") == [
        ("26-3-1931/26-3-2017", "1931-03-26", "2017-03-26", "range")]


def test_a_mistyped_century_is_read_by_the_anniversarys_count() -> None:
    text = "Huyện đoàn tổ chức kỷ niệm 86 năm ngày thành lập Đoàn (26-3-2031/26-3-2017)."
    assert date_rows(text, "2017-03-22") == [
        ("26-3-2031/26-3-2017", "1931-03-26", "2017-03-26", "range")]
    # a count that does not fix it only in the century: no range
    wrong = "Huyện đoàn tổ chức kỷ niệm 85 năm ngày thành lập Đoàn (26-3-2031/26-3-2017)."
    assert all(row[3] != "range" for row in date_rows(wrong, "2017-03-22"))


@pytest.mark.parametrize(("text", "year"), [
    ("Nhân chứng lịch sử trận chiến bảo vệ đảo Gạc Ma (1988), ông A được bà con biết đến.", "1988"),
    ("Ông từng tham gia chiến dịch Hồ Chí Minh (1975) và nhiều trận đánh khác.", "1975"),
])
def test_a_bracketed_year_after_a_battle(text: str, year: str) -> None:
    assert date_rows(text, None) == [(year, f"{year}-01-01", f"{year}-12-31", "year")]


def test_a_bracketed_number_after_a_person_is_no_event_year() -> None:
    assert date_rows("Ông Nguyễn Văn A (1960) là hội viên tiêu biểu.", None) == []


def test_a_lunar_gloss_with_its_number_before_tet_is_one_mention() -> None:
    text = "Chiều ngày 02-02 (tức ngày 28 tết Kỷ Hợi 2019), chi đoàn trao quà cho thanh niên."
    assert date_rows(text, "2019-02-02") == [
        ("Chiều ngày 02-02 (tức ngày 28 tết Kỷ Hợi 2019)", "2019-02-02", "2019-02-02", "day")]
