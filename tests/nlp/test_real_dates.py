"""Date forms of real provincial press (issue 14) and the on-demand word segmentation.

Every sentence here is written for the test (no press text): each one carries a form that
real papers use and that the date rules once resolved wrongly or missed.
"""

from __future__ import annotations

import pytest
from baochi.nlp import analyse
from baochi.nlp.tokens import build

from tests.nlp.mention_support import DateRow, date_rows, date_starts


def _dates(text: str, pub: str | None = "2024-07-20") -> list[DateRow]:
    return date_rows(text, pub)


# ------------------------------------------------------------ word segmentation on demand

_PARAGRAPHS = (
    "Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết.\n"
    "Các đại biểu thảo luận sôi nổi về phong trào sản xuất, kinh doanh giỏi.\n"
    "\n"
    "Trường Trung học phổ thông Lê Lợi đón nhận Huân chương Lao động hạng Ba."
)


def _eager_bounds(text: str) -> tuple[set[int], set[int]]:
    view = build(text)
    return set(view.word_starts), set(view.word_ends)  # iteration segments every paragraph


def test_word_bounds_do_not_depend_on_the_order_paragraphs_are_asked_in() -> None:
    starts, ends = _eager_bounds(_PARAGRAPHS)
    assert starts and ends
    n = len(_PARAGRAPHS)
    for order in (range(n + 1), range(n, -1, -1)):
        view = build(_PARAGRAPHS)
        got_starts = {p for p in order if p in view.word_starts}
        view = build(_PARAGRAPHS)
        got_ends = {p for p in order if p in view.word_ends}
        assert (got_starts, got_ends) == (starts, ends)


def test_a_paragraph_is_segmented_only_when_asked_about() -> None:
    view = build(_PARAGRAPHS)
    last = _PARAGRAPHS.rindex("Trường")
    assert last in view.word_starts  # the third paragraph only
    assert view.word_starts.positions and min(view.word_starts.positions) >= last
    assert 0 in view.word_starts  # now the first one too
    assert len(view.word_starts) == len(_eager_bounds(_PARAGRAPHS)[0])


def test_word_bounds_answer_false_between_paragraphs_and_for_non_offsets() -> None:
    view = build(_PARAGRAPHS)
    blank = _PARAGRAPHS.index("\n\n") + 1
    assert blank not in view.word_starts
    assert "5" not in view.word_starts
    assert -1 not in view.word_ends and len(_PARAGRAPHS) + 5 not in view.word_ends


# ------------------------------------------------------------ date forms of real press

PUB = "2024-07-20"  # a Saturday


@pytest.mark.parametrize(("text", "pub", "want"), [
    # a relative day and its date written side by side are one mention, valued by the date
    ("Hôm nay, 15/3/2026, cử tri cả tỉnh đi bầu cử.", None,
     [("Hôm nay, 15/3/2026", "2026-03-15", "2026-03-15", "day")]),
    ("Giám đốc Sở chủ trì buổi họp báo chiều nay 19/7.", PUB,
     [("chiều nay 19/7", "2024-07-19", "2024-07-19", "day")]),
    ("Sáng nay, thứ Bảy (20/7), đại hội khai mạc.", PUB,
     [("Sáng nay, thứ Bảy (20/7)", "2024-07-20", "2024-07-20", "day")]),
    ("Sáng nay (20.7), hơn 300 đoàn viên ra quân.", PUB,
     [("Sáng nay (20.7)", "2024-07-20", "2024-07-20", "day")]),
    # a date glossed with its lunar day-month is one mention, valued by the solar date
    ("Ngày 12/1 (tức ngày 2/12 âm lịch), đoàn đến thăm bà con vùng cao.", "2024-01-12",
     [("Ngày 12/1 (tức ngày 2/12 âm lịch)", "2024-01-12", "2024-01-12", "day")]),
    ("Ngày 20/7/2024, tức ngày 15/6 năm Giáp Thìn, bà con làm lễ cầu mùa.", PUB,
     [("Ngày 20/7/2024, tức ngày 15/6", "2024-07-20", "2024-07-20", "day")]),
])
def test_apposed_and_glossed_dates_are_one_mention(text: str, pub: str | None, want: list) -> None:
    assert _dates(text, pub) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Trong 2 ngày 10 và 11-7, Hội LHPN tỉnh tổ chức lớp tập huấn.",
     [("ngày 10 và 11-7", "2024-07-10", "2024-07-11", "range")]),
    ("Sáng 9, 10.7, đoàn kiểm tra làm việc tại các xã.",
     [("Sáng 9, 10.7", "2024-07-09", "2024-07-10", "range")]),
    ("Trong tháng 7 và 8, huyện mở 10 lớp dạy bơi cho trẻ em.",
     [("tháng 7 và 8", "2024-07-01", "2024-08-31", "range")]),
    ("Tháng 6-8/2023, huyện mở 10 lớp dạy nghề.",
     [("Tháng 6-8/2023", "2023-06-01", "2023-08-31", "range")]),
    ("Các tháng 5, 6, 7 năm nay mưa nhiều.",
     [("tháng 5, 6, 7 năm nay", "2024-05-01", "2024-07-31", "range")]),
    ("Từ tháng 3/2019 đến tháng 5/2021, dự án hỗ trợ 200 hộ.",
     [("Từ tháng 3/2019 đến tháng 5/2021", "2019-03-01", "2021-05-31", "range")]),
])
def test_joined_days_and_months(text: str, want: list) -> None:
    assert _dates(text) == want


def test_a_list_of_months_is_not_a_count() -> None:
    assert _dates("Trong tháng 7 và 8 hộ được hỗ trợ làm nhà.") == [
        ("tháng 7", "2024-07-01", "2024-07-31", "month")]
    assert _dates("Tháng 7, 8 người được khen thưởng.") == [
        ("Tháng 7", "2024-07-01", "2024-07-31", "month")]


@pytest.mark.parametrize(("text", "want"), [
    ("Trong các năm 2019, 2020 và 2021, xã đều đạt chuẩn.",
     [("năm 2019", "2019-01-01", "2019-12-31", "year"), ("2020", "2020-01-01", "2020-12-31", "year"),
      ("2021", "2021-01-01", "2021-12-31", "year")]),
    ("Các năm 2018 - 2022, sản lượng tăng đều.",
     [("Các năm 2018 - 2022", "2018-01-01", "2022-12-31", "range")]),
    ("Kế hoạch phát triển kinh tế - xã hội 5 năm 2021-2025.",
     [("năm 2021-2025", "2021-01-01", "2025-12-31", "range")]),
    ("Năm 2023, 2.400 hộ thoát nghèo.", [("Năm 2023", "2023-01-01", "2023-12-31", "year")]),
])
def test_lists_and_ranges_of_years(text: str, want: list) -> None:
    assert _dates(text) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Thứ Bảy vừa qua, hơn 500 đoàn viên ra quân.", [("Thứ Bảy", "2024-07-13", "2024-07-13", "day")]),
    ("Thứ Năm tới, hội nghị khai mạc.", [("Thứ Năm", "2024-07-25", "2024-07-25", "day")]),
    ("Thứ Hai tuần trước, UBND huyện họp.", [("Thứ Hai", "2024-07-08", "2024-07-08", "day")]),
    ("Chủ nhật tuần này, đoàn viên ra quân.", [("Chủ nhật", "2024-07-21", "2024-07-21", "day")]),
    ("Vào các ngày thứ Bảy, Chủ nhật hằng tuần, đoàn viên dọn vệ sinh.", []),
    ("Người dân quét dọn đường làng vào thứ 7 hoặc Chủ nhật.", []),
    ("Mỗi Chủ nhật, chi đoàn trồng thêm cây xanh.", []),
])
def test_weekdays_with_their_qualifier_and_recurring_weekdays(text: str, want: list) -> None:
    assert _dates(text) == want


@pytest.mark.parametrize(("text", "pub", "want"), [
    ("Năm vừa qua, tỉnh đạt nhiều kết quả.", "2026-02-02", [("Năm vừa qua", "2025-01-01", "2025-12-31", "year")]),
    ("Năm vừa qua, tỉnh đạt nhiều kết quả.", "2025-12-20", [("Năm vừa qua", "2025-01-01", "2025-12-31", "year")]),
    ("Tháng vừa qua có 3 vụ cháy rừng.", PUB, [("Tháng vừa qua", "2024-06-01", "2024-06-30", "month")]),
    ("Tuần vừa qua, toàn tỉnh có 20 ca sốt xuất huyết.", PUB,
     [("Tuần vừa qua", "2024-07-13", "2024-07-19", "range")]),
    # "năm qua" is the year the paragraph writes about, else no date
    ("Năm 2018, huyện trồng 500 ha rừng. Năm qua cũng có 300 hộ thoát nghèo.", None,
     [("Năm 2018", "2018-01-01", "2018-12-31", "year"), ("Năm qua", "2018-01-01", "2018-12-31", "year")]),
    ("Năm qua, phong trào thu hút đông đảo người dân.", PUB, []),
    # durations are not dates
    ("5 năm qua, 3 tháng trước và hai tuần trước, xã đều ra quân.", PUB, []),
    ("Những năm qua, huyện luôn quan tâm công tác này.", PUB, []),
])
def test_relative_years_months_weeks(text: str, pub: str | None, want: list) -> None:
    assert _dates(text, pub) == want


@pytest.mark.parametrize(("text", "pub", "want"), [
    ("Từ đầu tháng 7 đến nay, huyện tiếp nhận 200 hồ sơ.", PUB,
     [("Từ đầu tháng 7 đến nay", "2024-07-01", "2024-07-20", "range")]),
    ("Từ tháng 9 đến nay, xã vận động được 2 tỷ đồng.", PUB,
     [("Từ tháng 9 đến nay", "2023-09-01", "2024-07-20", "range")]),
    ("Từ tháng 9 đến nay, xã vận động được 2 tỷ đồng.", None,
     [("Từ tháng 9 đến nay", None, None, "range")]),
    ("Từ nay đến cuối năm, tỉnh phấn đấu giải ngân hết vốn.", PUB,
     [("Từ nay đến cuối năm", "2024-07-20", "2024-12-31", "range")]),
    ("Từ nay đến hết năm, huyện tập trung giải ngân.", None, [("Từ nay đến hết năm", None, None, "range")]),
])
def test_ranges_to_and_from_the_publication_date(text: str, pub: str | None, want: list) -> None:
    assert _dates(text, pub) == want


@pytest.mark.parametrize(("text", "pub", "want"), [
    ("Trong quí I năm nay, kim ngạch xuất khẩu tăng 12%.", PUB,
     [("quí I năm nay", "2024-01-01", "2024-03-31", "quarter")]),
    ("Quí II/2023, doanh thu tăng mạnh.", PUB, [("Quí II/2023", "2023-04-01", "2023-06-30", "quarter")]),
    # lunar months: the lunar year nearest publication, as solar days
    ("Ngay từ tháng Giêng, nông dân đã xuống đồng.", "2024-03-01",
     [("tháng Giêng", "2024-02-10", "2024-03-09", "month")]),
    ("Vào tháng Chạp, bà con tất bật chuẩn bị đón Tết.", "2024-01-20",
     [("tháng Chạp", "2024-01-11", "2024-02-09", "month")]),
    ("Lễ hội diễn ra vào rằm tháng Giêng.", "2024-03-01", []),
    # a spring or named month with its year
    ("Đoàn viên hân hoan chào Xuân mới 2024.", None, [("Xuân mới 2024", "2024-01-01", "2024-12-31", "year")]),
    ("Số báo Xuân Giáp Thìn 2024 có nhiều bài hay.", None,
     [("Xuân Giáp Thìn 2024", "2024-01-01", "2024-12-31", "year")]),
    ("Nông dân ra quân sản xuất vụ Xuân 2024.", None, []),
    ("Tháng Thanh niên 2023 có nhiều hoạt động ý nghĩa.", None, [("2023", "2023-01-01", "2023-12-31", "year")]),
    # a quoted edition right after its trigger is that year too (GUIDE; round 8, the labels of
    # batch 7: "Chiến dịch “Mùa hè xanh 2017”"); a quote holding two editions is not read
    ("Tỉnh đoàn khởi động chương trình “Xuân tình nguyện 2025”.", None,
     [("2025", "2025-01-01", "2025-12-31", "year")]),
])
def test_quarters_lunar_months_and_edition_years(text: str, pub: str | None, want: list) -> None:
    assert _dates(text, pub) == want


@pytest.mark.parametrize(("text", "want"), [
    # the school year named in the article places a month without a year
    ("Giữa tháng Tám, học sinh tựu trường năm học mới 2017 – 2018.",
     [("Giữa tháng Tám", "2017-08-01", "2017-08-31", "month")]),
    ("Tháng 3, học sinh năm học 2017-2018 thi học kỳ.", [("Tháng 3", "2018-03-01", "2018-03-31", "month")]),
    # a congress dated only by its term is held in the term's first year (GUIDE, round 9)
    ("Ngày 30/8, Hội LHPN huyện tổ chức Đại hội lần thứ X, nhiệm kỳ 2021 - 2026.",
     [("Ngày 30/8", "2021-08-30", "2021-08-30", "day"), ("nhiệm kỳ 2021 - 2026", "2021-01-01", "2026-12-31", "range")]),
    # a holiday as the subject of the sentence is not a date; with a comma it opens the news;
    # a holiday's own day is a date only as the occasion of the news (round 5)
    ("2/9 lại đến, người dân nô nức treo cờ.", []),
    ("Nhân ngày Phụ nữ Việt Nam (20-10), hội gặp mặt hội viên trang trọng năm 2020.",
     [("(20-10)", "2020-10-20", "2020-10-20", "day"), ("năm 2020", "2020-01-01", "2020-12-31", "year")]),
    ("ngày Phụ nữ Việt Nam (20-10) được tổ chức trang trọng năm 2020.",
     [("năm 2020", "2020-01-01", "2020-12-31", "year")]),
])
def test_without_a_publication_date(text: str, want: list) -> None:
    assert _dates(text, None) == want


@pytest.mark.parametrize(("text", "want"), [
    # a byline stamp with its time zone is page metadata
    ("Thứ Năm, 18/07/2024, 08:11 [GMT+7]", []),
    ("07:45 GMT+7, Thứ Sáu, 19/7/2024 Hội Nông dân tỉnh tổng kết phong trào.", []),
    # a holiday period written with a dash, and two holidays of the current year
    ("Dịp 30/4 - 1/5, tỉnh đón hơn 200.000 lượt khách.", [("30/4 - 1/5", "2024-04-30", "2024-05-01", "range")]),
    ("Dịp nghỉ lễ 30/4 và 1/5 năm nay, lượng khách tăng.",
     [("30/4", "2024-04-30", "2024-04-30", "day"), ("1/5", "2024-05-01", "2024-05-01", "day"),
      ("năm nay", "2024-01-01", "2024-12-31", "year")]),
    ("Tỷ lệ từ 1/3 - 1/2 số hộ tham gia.", []),
    # a campaign with its edition year, unquoted; a count after "chương trình" is no year
    ("Chiến dịch Giờ Trái đất 2024 thu hút hàng nghìn người.", [("2024", "2024-01-01", "2024-12-31", "year")]),
    ("Tỉnh triển khai chương trình hỗ trợ 2024 hộ nghèo.", []),
    # a duration before "năm trước"
    ("Gần 80 năm trước, Bác Hồ về thăm quê.", []),
])
def test_stamps_holiday_periods_and_edition_years(text: str, want: list) -> None:
    assert _dates(text, "2024-07-20") == want


@pytest.mark.parametrize(("text", "pub", "want"), [
    # the sentence's own earlier year, when the year nearest the page's date would be later
    ("Ngày 10-12, Bộ Chỉ huy quân sự tỉnh gặp mặt già làng tiêu biểu năm 2013.", "2019-10-19",
     [("Ngày 10-12", "2013-12-10", "2013-12-10", "day"), ("năm 2013", "2013-01-01", "2013-12-31", "year")]),
    # … not when the nearest year is already past, nor for history, documents or other clauses
    ("Ngày 20/11, trường tổ chức lễ kỷ niệm, năm 2018 trường đạt chuẩn quốc gia.", "2024-04-06",
     [("Ngày 20/11", "2023-11-20", "2023-11-20", "day"), ("năm 2018", "2018-01-01", "2018-12-31", "year")]),
    ("Ngày 10/12, huyện sơ kết Nghị quyết số 12 năm 2019.", "2024-10-06",
     [("Ngày 10/12", "2024-12-10", "2024-12-10", "day"), ("năm 2019", "2019-01-01", "2019-12-31", "year")]),
    ("Ngày 10/12 tới, tỉnh kỷ niệm; Đảng bộ tỉnh thành lập năm 2016.", "2024-10-06",
     [("Ngày 10/12", "2024-12-10", "2024-12-10", "day"), ("năm 2016", "2016-01-01", "2016-12-31", "year")]),
])
def test_a_sentence_about_an_earlier_year(text: str, pub: str, want: list) -> None:
    assert _dates(text, pub) == want


@pytest.mark.parametrize(("text", "want"), [
    ("19/07/2024 - 18:11 Huyện tuyên dương 33 tập thể. Ngày 18/7, huyện tổng kết.",
     [("Ngày 18/7", "2024-07-18", "2024-07-18", "day")]),
    ("Sáng sớm nay, lũ trên sông Lô vẫn lên.", [("Sáng sớm nay", "2024-07-20", "2024-07-20", "day")]),
    ("Sáng sớm 19/7, đoàn xuất phát.", [("Sáng sớm 19/7", "2024-07-19", "2024-07-19", "day")]),
])
def test_stamp_with_a_dash_and_early_morning(text: str, want: list) -> None:
    assert _dates(text, "2024-07-20") == want


@pytest.mark.parametrize(("text", "pub", "want"), [
    ("Từ năm 2016 đến hết năm 2020, toàn tỉnh xây 500 nhà.", PUB,
     [("Từ năm 2016 đến hết năm 2020", "2016-01-01", "2020-12-31", "range")]),
    ("Từ năm 2021 tính đến hết năm 2023, huyện giải ngân 300 tỷ đồng.", PUB,
     [("Từ năm 2021 tính đến hết năm 2023", "2021-01-01", "2023-12-31", "range")]),
    ("Từ 2016 - 2020, huyện xây 30 cầu.", PUB, [("Từ 2016 - 2020", "2016-01-01", "2020-12-31", "range")]),
    ("Giai đoạn 2021 - nay, tỉnh xây 1.000 nhà.", PUB,
     [("Giai đoạn 2021 - nay", "2021-01-01", "2024-07-20", "range")]),
    ("Từ 2020 đến nay, huyện xây 30 cầu.", None, [("Từ 2020 đến nay", "2020-01-01", None, "range")]),
    ("Trong năm 2023 đến nay, tỉnh mở 20 lớp.", PUB, [("năm 2023 đến nay", "2023-01-01", "2024-07-20", "range")]),
    ("Từ đầu năm 2023 đến hết tháng 6, tỉnh thu 5.000 tỷ đồng.", PUB,
     [("Từ đầu năm 2023 đến hết tháng 6", "2023-01-01", "2023-06-30", "range")]),
    ("Từ đầu năm đến hết tháng 6, tỉnh thu 5.000 tỷ đồng.", PUB,
     [("Từ đầu năm đến hết tháng 6", "2024-01-01", "2024-06-30", "range")]),
    # a year and a target in one sentence stay two years; a count is no range
    ("Năm 2023, đến năm 2025 tỉnh phấn đấu về đích.", PUB,
     [("Năm 2023", "2023-01-01", "2023-12-31", "year"), ("năm 2025", "2025-01-01", "2025-12-31", "year")]),
    ("Mỗi buổi có từ 1950 đến 2000 người tham gia.", PUB, []),
])
def test_ranges_of_years(text: str, pub: str | None, want: list) -> None:
    assert _dates(text, pub) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Từ ngày 12.5 đến 15.5, tỉnh tổ chức tuần lễ văn hóa.",
     [("Từ ngày 12.5 đến 15.5", "2024-05-12", "2024-05-15", "range")]),
    ("Từ 12.5 đến hết 15.6.2023, huyện ra quân.", [("Từ 12.5 đến hết 15.6.2023", "2023-05-12", "2023-06-15", "range")]),
    ("Sáng nay 20.7, hội nghị diễn ra.", [("Sáng nay 20.7", "2024-07-20", "2024-07-20", "day")]),
    ("Hôm qua, 19.7, trời nắng gắt.", [("Hôm qua, 19.7", "2024-07-19", "2024-07-19", "day")]),
    ("Đến 30.6, toàn tỉnh có 500 hộ thoát nghèo.", [("30.6", "2024-06-30", "2024-06-30", "day")]),
    # dotted numbers that are quantities
    ("Năng suất đạt từ 12.5 đến 15.5 tạ/ha, giá từ 2.5 đến 3.5 USD.", []),
    ("Giá trị đạt 12.5 tỷ đồng, tăng 12.5%, đến 3.5 triệu đồng.", []),
])
def test_dotted_day_months(text: str, want: list) -> None:
    assert _dates(text, "2024-07-20") == want


def test_the_page_address_gives_the_year_when_nothing_else_does() -> None:
    url = "https://example.vn/ra-quan-chien-dich-tinh-nguyen-he-nam-2021-123456.html"
    got = date_rows("Chiến dịch tình nguyện hè năm nay có 5 hoạt động.", None, url)
    assert [row[:2] for row in got] == [("năm nay", "2021-01-01")]
    # the text's own year wins; a target year or a query string in the address is none
    assert date_starts("Năm 2019, năm nay và ngày 5/3.", None, url) == [
        "2019-01-01", "2019-01-01", "2019-03-05"]
    for other in ("https://example.vn/dinh-huong-den-nam-2030-123.html",
                  "https://example.vn/xa-hoi.html?page=2021", "baothanhhoa"):
        assert date_starts("Năm nay có 5 hoạt động.", None, other) == [None]


@pytest.mark.parametrize(("text", "want"), [
    ("Trong quý III và IV, tỉnh tập trung giải ngân.",
     [("quý III", "2024-07-01", "2024-09-30", "quarter"), ("IV", "2024-10-01", "2024-12-31", "quarter")]),
    ("Quý I và quý II năm 2023, sản lượng giảm.",
     [("Quý I", "2023-01-01", "2023-03-31", "quarter"), ("II năm 2023", "2023-04-01", "2023-06-30", "quarter")]),
    # a day-month said to come or to have passed
    ("Ngày 1/7 tới đây, chính quyền hai cấp vận hành.", [("Ngày 1/7", "2025-07-01", "2025-07-01", "day")]),
    ("Ngày 20/12 vừa qua, đoàn đến thăm.", [("Ngày 20/12", "2023-12-20", "2023-12-20", "day")]),
])
def test_quarter_lists_and_days_to_come_or_past(text: str, want: list) -> None:
    assert _dates(text, "2024-07-22") == want


def test_crop_seasons_are_not_dates() -> None:
    assert _dates("Nông dân gieo cấy vụ Hè 2024, vụ Đông Xuân 2024 và vụ Xuân 2024.") == []
    assert _dates("Chiến dịch Thanh niên tình nguyện Hè 2024 khởi động.") == [
        ("2024", "2024-01-01", "2024-12-31", "year")]


@pytest.mark.parametrize(("text", "pub", "want"), [
    # "hôm nay" after a content word is "nowadays"; a clause opening, a time word or an event's
    # verb make it the day
    ("Thế hệ trẻ hôm nay tiếp nối truyền thống cha anh.", PUB, []),
    ("Đất nước trong thời kỳ đổi mới và hội nhập hôm nay.", PUB, []),
    ("Hội nghị khai mạc hôm nay tại tỉnh.", PUB, [("hôm nay", "2024-07-20", "2024-07-20", "day")]),
    ("Từ hôm nay, quy định mới có hiệu lực.", PUB, [("hôm nay", "2024-07-20", "2024-07-20", "day")]),
    # a bracketed day-month opening a paragraph dates it
    ("(19/7) Đồng chí Bí thư Tỉnh ủy đến thăm giáo xứ.", PUB, [("(19/7)", "2024-07-19", "2024-07-19", "day")]),
    # a named day counted in years or spoken of for its meaning is the holiday
    ("Hoạt động chào mừng kỷ niệm 114 năm Ngày Quốc tế Phụ nữ 8/3 (1910 – 2024).", PUB,
     [("1910 – 2024", "1910-01-01", "2024-12-31", "range")]),
    ("Các đại biểu ôn lại ý nghĩa lịch sử ngày Quốc tế Phụ nữ 8/3.", PUB, []),
    # a recurring day or month is every year's, never a date of the text (GUIDE.md), even in an
    # article written a week before this year's occurrence or on the day itself
    ("Ngày Quốc tế Gia đình được tổ chức vào ngày 15/5 hàng năm.", None, []),
    ("Ngày Quốc tế Gia đình được tổ chức vào ngày 15/5 hàng năm.", PUB, []),
    ("Ngày 27/7 hằng năm, huyện tổ chức lễ thắp nến tri ân.", PUB, []),
    ("Ngày 20/7 hằng năm, xã tổ chức lễ dâng hương.", PUB, []),
    ("Tháng 7 hằng năm, đoàn viên ra quân làm đường giao thông.", PUB, []),
    ("Làng mở hội ngày 6/6 âm lịch hằng năm; mỗi năm vào ngày 10 tháng 3 âm lịch, dòng họ giỗ tổ.",
     PUB, []),
    # Christmas with its year
    ("Bà con chuẩn bị đón lễ Noel 2023 và Giáng sinh năm 2024; mùa Noel ấm áp.", PUB,
     [("lễ Noel 2023", "2023-12-25", "2023-12-25", "day"),
      ("Giáng sinh năm 2024", "2024-12-25", "2024-12-25", "day")]),
])
def test_today_nowadays_holidays_and_recurring_days(text: str, pub: str | None, want: list) -> None:
    assert _dates(text, pub) == want


@pytest.mark.parametrize(("text", "want"), [
    # lunar days and months with the month written out are converted, never read as solar
    ("Năm nay vào ngày 1 tháng 12 âm lịch, làng mở hội.", [
        ("Năm nay", "2024-01-01", "2024-12-31", "year"),
        ("ngày 1 tháng 12 âm lịch", "2024-01-11", "2024-01-11", "day")]),
    ("Lễ hội diễn ra vào mùng 10 tháng 3 âm lịch.", [("mùng 10 tháng 3 âm lịch", "2024-04-18", "2024-04-18", "day")]),
    ("Lễ hội từ ngày 16 - 18 tháng 2 âm lịch.", [("từ ngày 16 - 18 tháng 2 âm lịch", "2024-03-25", "2024-03-27", "range")]),
    ("Tháng 7 âm lịch, nhiều gia đình làm lễ.", [("Tháng 7 âm lịch", "2023-08-16", "2023-09-14", "month")]),
    # solar days of one month with the month written out
    ("Lễ hội được tổ chức từ ngày 25 - 27 tháng 02.", [("từ ngày 25 - 27 tháng 02", "2024-02-25", "2024-02-27", "range")]),
    ("Hội thao diễn ra ngày 9 và 10 tháng 7 năm 2023.", [("ngày 9 và 10 tháng 7 năm 2023", "2023-07-09", "2023-07-10", "range")]),
])
def test_days_and_months_with_the_month_written_out(text: str, want: list) -> None:
    assert _dates(text, "2024-01-05") == want


@pytest.mark.parametrize(("text", "pub", "url", "want"), [
    # a month-year in the text is the article's year
    ("Sáng 24/02, UBND tỉnh họp phiên thường kỳ tháng 02/2021 và bàn nhiệm vụ tháng 03.", None, None,
     [("Sáng 24/02", "2021-02-24", "2021-02-24", "day"), ("tháng 02/2021", "2021-02-01", "2021-02-28", "month"),
      ("tháng 03", "2021-03-01", "2021-03-31", "month")]),
    # the school year wins over the page address; an encoded address is read decoded
    ("Chào mừng năm học mới 2022- 2023, sáng ngày 5/9, học sinh dự lễ khai giảng.", None,
     "https://xa.gov.vn/tin/KHAI%20GIẢNG%20NĂM%20HỌC%20MỚI%202022-2023/title/123",
     [("sáng ngày 5/9", "2022-09-05", "2022-09-05", "day")]),
    # a half written before its year in one sentence of an undated article
    ("Sơ kết 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2021.", None, None,
     [("6 tháng đầu năm", "2021-01-01", "2021-06-30", "half"), ("6 tháng cuối năm 2021", "2021-07-01", "2021-12-31", "half")]),
    ("Từ tháng 1/2016 - 3/2020, dự án hỗ trợ 300 hộ.", None, None,
     [("Từ tháng 1/2016 - 3/2020", "2016-01-01", "2020-03-31", "range")]),
    ("Tính đến hết quý vừa qua, dư nợ đạt 1.000 tỷ đồng.", "2024-07-20", None,
     [("quý vừa qua", "2024-04-01", "2024-06-30", "quarter")]),
    ("Tỷ lệ học sinh giỏi năm sau đều cao hơn năm trước.", "2024-07-20", None, []),
])
def test_year_hints_relative_quarters_and_comparisons(text: str, pub: str | None, url: str | None,
                                                      want: list) -> None:
    assert date_rows(text, pub, url) == want


def test_dotted_day_months_after_more_cues() -> None:
    assert _dates("Hôm 12.5, đoàn đến thăm; từ 15.5, quy định có hiệu lực.", "2024-05-20") == [
        ("12.5", "2024-05-12", "2024-05-12", "day"), ("15.5", "2024-05-15", "2024-05-15", "day")]
    assert _dates("Giá tăng từ 2.5 triệu lên 3.5 triệu sau 1.5 năm.", "2024-05-20") == []


def test_a_day_said_to_recur_before_it() -> None:
    text = "Ngày hội được tổ chức hàng năm vào ngày 18/11 tại khu dân cư."
    assert _dates(text, "2023-09-13") == []
    assert _dates(text, "2023-11-15") == []  # three days before it: still every year's day


def test_a_vague_start_of_a_year_range() -> None:
    assert _dates("Từ cuối năm 2023 đến nay, giá lúa tăng; từ giữa năm 2021 đến năm 2022 giảm.") == [
        ("Từ cuối năm 2023 đến nay", "2023-01-01", "2024-07-20", "range"),
        ("từ giữa năm 2021 đến năm 2022", "2021-01-01", "2022-12-31", "range")]
    assert _dates("Đến nay, xã có 300 hộ; từ đó đến nay không có vụ cháy.") == []


def test_a_year_then_a_count_is_no_list_of_years() -> None:
    assert _dates("Năm 2023, 2024 học sinh đạt giải.") == [("Năm 2023", "2023-01-01", "2023-12-31", "year")]
    assert _dates("Năm 2016 và 2017 tỉnh đều đạt.") == [
        ("Năm 2016", "2016-01-01", "2016-12-31", "year"), ("2017", "2017-01-01", "2017-12-31", "year")]


def test_quantities_that_look_like_ranges_of_years_or_months() -> None:
    assert _dates("Giá từ 1990 - 2000 đồng/kg; mỗi tháng 1-2 tuần; từ 2-3 tuần.") == []


def test_a_month_word_with_a_bare_year() -> None:
    assert _dates("Tháng Tám 2023, huyện tổ chức; Cách mạng Tháng Tám 1945 thành công.") == [
        ("Tháng Tám 2023", "2023-08-01", "2023-08-31", "month")]


def test_a_month_in_a_sentence_about_an_earlier_year() -> None:
    assert _dates("Tháng 10, Hội Nông dân huyện tổng kết phong trào năm 2019.", "2021-07-20") == [
        ("Tháng 10", "2019-10-01", "2019-10-31", "month"), ("năm 2019", "2019-01-01", "2019-12-31", "year")]
    assert _dates("Tháng 5, huyện tổng kết phong trào năm 2019.", "2021-07-20") == [
        ("Tháng 5", "2021-05-01", "2021-05-31", "month"), ("năm 2019", "2019-01-01", "2019-12-31", "year")]


@pytest.mark.parametrize("pub", ["0001-01-01", "9999-12-31", "1900-01-01", "2100-12-31"])
def test_absurd_or_extreme_page_dates_never_crash(pub: str) -> None:
    text = ("Năm ngoái, thứ Bảy vừa qua, quý vừa qua, tháng vừa qua, tuần tới, ngày 31/12 vừa qua, "
            "từ tháng 9 đến nay, tháng Giêng, tháng Chạp, quý IV năm tới, Tết Giáp Thìn, ngày 15/2 âm lịch.")
    got = analyse(text, pub).to_dict()["dates"]
    assert got and all(d["granularity"] for d in got)
    if pub[:4] in ("0001", "9999"):  # no publication date to resolve against: relatives are null
        assert all(d["date_start"] is None for d in got if d["surface"].lower().startswith("năm ngoái"))


def test_a_lunar_festival_named_by_its_month_word() -> None:
    assert _dates("Rằm tháng Bảy năm nay rơi vào ngày 18/8; bảy năm nay, xã không có vụ cháy.",
                  "2024-08-20") == [("năm nay", "2024-01-01", "2024-12-31", "year"),
                                    ("ngày 18/8", "2024-08-18", "2024-08-18", "day")]


def test_fractions_after_a_cue_are_shares() -> None:
    assert _dates("Tỷ lệ này chiếm đến 1/3 số hộ; có tới 2/3 diện tích bị ngập; giảm đến 1/2 so với cùng kỳ.") == []
    assert _dates("Từ 1/3 đến 1/2 số hộ đã tham gia; đến 30/6, xã hoàn thành.") == [
        ("30/6", "2024-06-30", "2024-06-30", "day")]


@pytest.mark.parametrize(("text", "pub", "want"), [
    ("Quỹ đánh giá kết quả 9 tháng của năm 2021 và kế hoạch năm 2021.", "2021-10-10",
     [("9 tháng của năm 2021", "2021-01-01", "2021-09-30", "range"), ("năm 2021", "2021-01-01", "2021-12-31", "year")]),
    ("Đại hội dự kiến diễn ra trong hai ngày 9 - 10.12.2021.", None,
     [("ngày 9 - 10.12.2021", "2021-12-09", "2021-12-10", "range")]),
    # a crop season's year is the article's year (not a date itself)
    ("Ra quân sản xuất vụ Xuân 2023, chiều ngày 10/1, Hội Nông dân huyện tổ chức hội thi.", None,
     [("chiều ngày 10/1", "2023-01-10", "2023-01-10", "day")]),
])
def test_months_of_a_year_dotted_day_ranges_and_crop_years(text: str, pub: str | None, want: list) -> None:
    assert _dates(text, pub) == want


@pytest.mark.parametrize(("text", "want"), [
    ("Ngày 11/12, Cuộc chạy vì trẻ em Hà Nội 2016 đã diễn ra.",
     [("Ngày 11/12", "2016-12-11", "2016-12-11", "day"), ("2016", "2016-01-01", "2016-12-31", "year")]),
    ("Liên hoan các đội tuyên truyền lưu động tỉnh Quảng Ninh 2016 thành công.",
     [("2016", "2016-01-01", "2016-12-31", "year")]),
    ("Hội thi Tin học trẻ 2016 người tham gia; giải ngân 2016 tỷ đồng.", []),
])
def test_an_event_with_its_edition_year(text: str, want: list) -> None:
    assert _dates(text, "2016-12-12") == want


@pytest.mark.parametrize(("text", "want"), [
    # a year's turn: the review of one year and the plan of the next, equally written
    ("Chiều nay (7/1), UBND tỉnh tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022.",
     [("Chiều nay (7/1)", "2022-01-07", "2022-01-07", "day"), ("năm 2021", "2021-01-01", "2021-12-31", "year"),
      ("năm 2022", "2022-01-01", "2022-12-31", "year")]),
    ("Ngày 20/12, UBND tỉnh tổng kết công tác năm 2021, triển khai nhiệm vụ năm 2022.",
     [("Ngày 20/12", "2021-12-20", "2021-12-20", "day"), ("năm 2021", "2021-01-01", "2021-12-31", "year"),
      ("năm 2022", "2022-01-01", "2022-12-31", "year")]),
    # a season named with its year
    ("Trước mùa huấn luyện 2021, Bộ CHQS tỉnh tổ chức giao lưu; mùa vụ 2021 tấn lúa.",
     [("2021", "2021-01-01", "2021-12-31", "year")]),
])
def test_a_years_turn_and_season_years(text: str, want: list) -> None:
    assert _dates(text, None) == want


@pytest.mark.parametrize(("text", "pub", "want"), [
    # "N tháng năm YYYY" (without "đầu") is the reporting period from January, as "N tháng đầu năm"
    ("Kết quả 9 tháng năm 2023 cho thấy kim ngạch tăng 12%.", "2023-10-02",
     [("9 tháng năm 2023", "2023-01-01", "2023-09-30", "range")]),
    ("Sơ kết 6 tháng năm 2022 và bàn nhiệm vụ quý III.", "2022-07-08",
     [("6 tháng năm 2022", "2022-01-01", "2022-06-30", "half"), ("quý III", "2022-07-01", "2022-09-30", "quarter")]),
    ("Trong 3 tháng năm 2021, xã cấp 40 sổ hộ nghèo.", None,
     [("3 tháng năm 2021", "2021-01-01", "2021-03-31", "quarter")]),
    ("Chín tháng năm 2020, huyện thu ngân sách 90 tỷ đồng.", None,
     [("Chín tháng năm 2020", "2020-01-01", "2020-09-30", "range")]),
    # twelve months are the whole year: only "năm 2022" is read
    ("Tổng kết 12 tháng năm 2022 của ngành điện.", None, [("năm 2022", "2022-01-01", "2022-12-31", "year")]),
])
def test_months_of_a_year_without_dau_are_its_first_months(text: str, pub: str | None, want: list) -> None:
    assert _dates(text, pub) == want


@pytest.mark.parametrize(("text", "pub", "want"), [
    # a date and its lunar gloss after "tức" are one mention, whatever the gloss's form (GUIDE.md)
    ("Ngày 10/2 (tức mùng 1 Tết Giáp Thìn), bà con đi lễ chùa.", "2024-02-12",
     [("Ngày 10/2 (tức mùng 1 Tết Giáp Thìn)", "2024-02-10", "2024-02-10", "day")]),
    ("Sáng 14/2/2024, tức mùng 5 Tết Giáp Thìn, huyện ra quân trồng cây.", None,
     [("Sáng 14/2/2024, tức mùng 5 Tết Giáp Thìn", "2024-02-14", "2024-02-14", "day")]),
    ("Ngày 29/1/2025 (tức Tết Nguyên đán Ất Tỵ), xã treo cờ.", "2025-01-25",
     [("Ngày 29/1/2025 (tức Tết Nguyên đán Ất Tỵ)", "2025-01-29", "2025-01-29", "day")]),
    # a Tết day that is no gloss stays a mention of its own
    ("Ngày 2/2, xã gặp mặt; mùng 5 Tết Ất Tỵ, huyện ra quân.", "2025-02-03",
     [("Ngày 2/2", "2025-02-02", "2025-02-02", "day"), ("mùng 5 Tết Ất Tỵ", "2025-02-02", "2025-02-02", "day")]),
])
def test_a_date_with_its_tet_gloss_is_one_mention(text: str, pub: str | None, want: list) -> None:
    assert _dates(text, pub) == want
