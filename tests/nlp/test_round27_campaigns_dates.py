"""Round 27 (fixer F44): campaign traps and canonical names, dates that did not resolve.

Sentences are written for the tests in the form the press uses (no press text)."""

from __future__ import annotations

import pytest
from baochi.nlp.campaigns import canonical

from tests.nlp.mention_support import campaign_names, campaign_rows, date_rows

PUB = "2024-05-10"


# --- traps: a broadcast programme or its episode, a prize programme, a document's title ---------

@pytest.mark.parametrize("text", [
    # an episode's number closing an unquoted programme's name
    "Khán giả cổ vũ các đội tại Chương trình Bạn của nhà nông số 3 do Đài tỉnh thực hiện ở xã Tân Phú.",
    "Chương trình Góc nhìn nông thôn kỳ 5 được ghi hình tại huyện Đông Hưng.",
    # a game show or a broadcast playground is a show, not a drive
    "Một phần thi của Chương trình Sân chơi Nhà nông vui khỏe do Đài tỉnh thực hiện đã thu hút người xem.",
    "Các đội tham gia chương trình “Sân chơi nông dân trẻ” tại nhà văn hóa huyện.",
])
def test_a_show_or_its_episode_is_no_campaign(text: str) -> None:
    assert campaign_names(text, PUB) == []


@pytest.mark.parametrize("text", [
    "Tỉnh có 8 đơn vị đoạt giải tại lễ trao giải thưởng chương trình “Nông sản sạch vươn xa năm 2023”.",
    "Ban tổ chức công bố giải thưởng của chương trình “Sản phẩm xanh miền núi” tại Hà Nội.",
])
def test_a_prize_programme_is_no_campaign(text: str) -> None:
    assert campaign_names(text, PUB) == []


def test_a_drive_with_its_prizes_elsewhere_still_counts() -> None:
    # the prize word is not right before the trigger: the programme is a drive
    text = "Huyện đoàn triển khai chương trình “Tết Sum vầy” và trao giải cho các đội xuất sắc."
    assert campaign_names(text, PUB) == ["Tết Sum vầy"]


MOVEMENT = "Cả nước chung tay xóa nhà tạm, nhà dột nát"


@pytest.mark.parametrize("text", [
    "Huyện phát động phong trào thi đua “Xóa nhà tạm, nhà dột nát”; xã đã ban hành Đề án triển khai "
    "xóa nhà tạm, nhà dột nát trên địa bàn năm 2025.",
    "Huyện phát động phong trào thi đua “Xóa nhà tạm, nhà dột nát”; xã ban hành Kế hoạch số "
    "12/KH-UBND thực hiện xóa nhà tạm, nhà dột nát trong năm 2025.",
])
def test_a_document_titled_with_a_movements_words_is_no_later_mention(text: str) -> None:
    assert campaign_names(text, PUB) == [MOVEMENT]


def test_a_lower_case_repeat_outside_a_title_still_counts() -> None:
    text = ("Huyện phát động phong trào thi đua “Xóa nhà tạm, nhà dột nát”; đến nay, việc xóa nhà "
            "tạm, nhà dột nát đã hoàn thành ở 5 xã.")
    assert campaign_names(text, PUB) == [MOVEMENT] * 2


# --- canonical names -----------------------------------------------------------------------------

@pytest.mark.parametrize(("surface", "name"), [
    # a theme after a dash typed without spaces
    ("Tết sum vầy-Xuân ấm áp tình thân", "Tết Sum vầy"),
    # one short activity before a catalogue programme, with or without spaces around the dash
    ("Tư vấn-tiếp sức mùa thi", "Tiếp sức mùa thi"),
    ("Tư vấn - Tiếp sức mùa thi", "Tiếp sức mùa thi"),
    # the mid-autumn programme with its year's theme
    ("Trung thu cho em - Đèn lồng sáng mãi", "Trung thu cho em"),
])
def test_a_programme_with_its_tagline_is_the_programme(surface: str, name: str) -> None:
    assert canonical(surface, True)[:1] == (name,) and canonical(surface, True)[2]


@pytest.mark.parametrize("surface", [
    # a seasonal greeting before a catalogue name is a name of its own
    "Xuân đoàn kết-Tết yêu thương",
    "Xuân gắn kết - Tết yêu thương",
    # a lead of three syllables is no activity
    "Ngày hội lớn-tiếp sức mùa thi",
])
def test_a_longer_name_before_a_catalogue_name_is_kept(surface: str) -> None:
    assert not canonical(surface, True)[2]


def test_trung_thu_cho_em_is_the_programme_in_a_sentence() -> None:
    text = ("Huyện đoàn phối hợp với câu lạc bộ thiện nguyện tổ chức tại xã chương trình “Trung thu cho "
            "em - Đèn lồng sáng mãi”. Tại chương trình, 500 phần quà đã được trao cho các em.")
    assert campaign_names(text, PUB) == ["Trung thu cho em"]


def test_a_movement_cited_inside_a_speech_after_a_colon() -> None:
    text = ("Chủ tịch Hội Nông dân xã cho biết: “Năm qua, xã đã đẩy mạnh phong trào nông dân thi đua "
            "sản xuất, kinh doanh giỏi, giúp nhau làm giàu. Nhiều hộ đã thoát nghèo.”")
    assert campaign_names(text, PUB) == ["Nông dân sản xuất, kinh doanh giỏi"]


def test_a_movement_cited_inside_a_meetings_quoted_title() -> None:
    text = ("Nhân dịp “Hội nghị tổng kết phong trào Nông dân thi đua sản xuất, kinh doanh giỏi tỉnh lần "
            "thứ V”, công ty đã tài trợ 100 triệu đồng.")
    assert campaign_names(text, PUB) == ["Nông dân sản xuất, kinh doanh giỏi"]


def test_a_trigger_opening_a_quoted_name_still_names_nothing_more() -> None:
    # the quote is the name itself, not a speech or a title: read once
    rows = campaign_rows("Hội phát động “Phong trào Nông dân thi đua sản xuất, kinh doanh giỏi”.", PUB)
    assert [n for _s, n in rows] == ["Nông dân sản xuất, kinh doanh giỏi"]


# --- dates ---------------------------------------------------------------------------------------

def test_a_bare_year_after_a_day_month_in_a_dateline() -> None:
    assert date_rows("Sáng 12/4 2022 Huyện đoàn tổ chức ra quân tình nguyện.", None) == [
        ("Sáng 12/4 2022", "2022-04-12", "2022-04-12", "day")]


@pytest.mark.parametrize("text", [
    "Ngày 12/4 2022 người đã tham gia hiến máu.",  # a count, not a year
    "Ngày 12/4 2022 - 2023 là đợt cao điểm.",  # a period's first year
])
def test_a_bare_number_after_a_day_month_is_no_year(text: str) -> None:
    assert date_rows(text, None)[0][:2] == ("Ngày 12/4", None)


def test_a_december_day_before_the_named_tet_is_the_year_before() -> None:
    text = "Nhân dịp Tết Nguyên đán Giáp Thìn năm 2024, chiều 27.12, lãnh đạo tỉnh đến thăm, tặng quà."
    assert date_rows(text, None) == [
        ("Tết Nguyên đán Giáp Thìn năm 2024", "2024-02-10", "2024-02-10", "day"),
        ("chiều 27.12", "2023-12-27", "2023-12-27", "day")]


def test_a_january_day_before_the_named_tet_keeps_its_year() -> None:
    text = "Nhân dịp Tết Nguyên đán năm 2024, sáng 25/1, lãnh đạo tỉnh đến thăm, tặng quà."
    assert [r[1] for r in date_rows(text, None)] == ["2024-02-10", "2024-01-25"]


def test_old_year_before_the_named_new_year() -> None:
    text = "Nhân dịp năm mới 2024, lãnh đạo huyện chia sẻ về kết quả trong năm cũ."
    assert date_rows(text, None) == [
        ("năm mới 2024", "2024-01-01", "2024-12-31", "year"),
        ("năm cũ", "2023-01-01", "2023-12-31", "year")]


@pytest.mark.parametrize(("pub", "year"), [("2024-02-05", "2023"), ("2023-12-28", "2023")])
def test_old_year_at_the_turn_of_a_dated_page(pub: str, year: str) -> None:
    assert date_rows("Tiễn năm cũ, bà con trong xóm quây quần gói bánh.", pub) == [
        ("năm cũ", f"{year}-01-01", f"{year}-12-31", "year")]


def test_old_year_away_from_the_turn_is_no_date() -> None:
    assert date_rows("Những khó khăn của năm cũ vẫn còn.", "2024-06-08") == []
