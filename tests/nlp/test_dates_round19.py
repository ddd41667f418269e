"""Date forms of real-text round 19 (issue 14). Sentences written for the test (not press text):
an anniversary's span from its founding day to a bare year, a year before a comma and a clause
of its own ("…, đến nay đã …"), the review of a year named after a longer description of the
work reviewed."""

from __future__ import annotations

from tests.nlp.mention_support import DateRow, Published, date_rows


def dates(text: str, pub: Published = "2024-05-10", source: str | None = None) -> list[DateRow]:
    return date_rows(text, pub, source)


def test_an_anniversary_span_from_a_day_to_a_bare_year_is_one_range() -> None:
    assert dates("Huyện tổ chức kỷ niệm Ngày thành lập Hội Nông dân (14.10.1930 – 2020).") == [
        ("14.10.1930 – 2020", "1930-10-14", "2020-12-31", "range")]
    assert dates("Lễ kỷ niệm Ngày thành lập Đoàn (26/3/1931 - 2021) diễn ra tại xã.") == [
        ("26/3/1931 - 2021", "1931-03-26", "2021-12-31", "range")]


def test_its_founding_year_does_not_date_an_undated_article() -> None:
    # the span runs to the year the article is written in: a day-month takes that year
    assert dates("Sáng 13.10, xã tổ chức kỷ niệm Ngày thành lập Hội (14.10.1930 – 2020).",
                 pub=None) == [
        ("Sáng 13.10", "2020-10-13", "2020-10-13", "day"),
        ("14.10.1930 – 2020", "1930-10-14", "2020-12-31", "range")]


def test_a_year_before_a_comma_and_a_clause_of_its_own_is_no_range_to_now() -> None:
    assert dates("Chi hội được thành lập từ năm 1975, đến nay đã gần 50 năm hoạt động.") == [
        ("năm 1975", "1975-01-01", "1975-12-31", "year")]
    assert dates("Câu lạc bộ ra đời từ năm 2010, đến nay vẫn duy trì sinh hoạt đều đặn.") == [
        ("năm 2010", "2010-01-01", "2010-12-31", "year")]
    # without a clause of its own the comma still joins a range to now
    assert dates("Từ năm 2015, đến nay xã xây được 20 căn nhà.") == [
        ("Từ năm 2015, đến nay", "2015-01-01", "2024-05-10", "range")]


def test_a_year_s_review_after_a_long_description_turns_into_the_next_year() -> None:
    assert dates("Sáng 12-1, Hội Cựu chiến binh huyện tổng kết công tác hội và phong trào cựu "
                 "chiến binh năm 2019.", pub=None) == [
        ("Sáng 12-1", "2020-01-12", "2020-01-12", "day"),
        ("năm 2019", "2019-01-01", "2019-12-31", "year")]


def test_an_edition_year_closing_a_quoted_programme_after_its_kind() -> None:
    assert dates("Đoàn trường tổ chức Chương trình tình nguyện “Xuân ấm áp - Tết sẻ chia 2024” tại "
                 "xã.") == [("2024", "2024-01-01", "2024-12-31", "year")]
    # after a theme or a title the quote is no edition of its own
    assert dates("Chương trình với chủ đề “Xuân sẻ chia 2024” diễn ra tại xã.") == []


def test_a_strategy_s_horizon_year_without_nam_is_a_year() -> None:
    assert dates("Nghị quyết về phát triển nông nghiệp đến năm 2030, tầm nhìn 2050 được triển "
                 "khai.") == [("năm 2030", "2030-01-01", "2030-12-31", "year"),
                             ("2050", "2050-01-01", "2050-12-31", "year")]
    assert dates("Quy hoạch giai đoạn 2021 - 2030, định hướng đến 2045 đã được phê duyệt.") == [
        ("giai đoạn 2021 - 2030", "2021-01-01", "2030-12-31", "range"),
        ("2045", "2045-01-01", "2045-12-31", "year")]


def test_a_period_s_typo_and_a_term_written_short() -> None:
    assert dates("Tổng kết phong trào gia đoạn 2019-2024.") == [
        ("gia đoạn 2019-2024", "2019-01-01", "2024-12-31", "range")]
    assert dates("Thi đua chào mừng bầu cử đại biểu HĐND các cấp NK 2021 – 2026.") == [
        ("NK 2021 – 2026", "2021-01-01", "2026-12-31", "range")]
    assert dates("Gia đoạn này còn khó khăn.") == []


def test_from_a_year_to_a_full_date_is_one_range() -> None:
    assert dates("Tờ báo phát hành từ năm 1947 đến ngày 30-5-1950 thì đổi tên.") == [
        ("từ năm 1947 đến ngày 30-5-1950", "1947-01-01", "1950-05-30", "range")]


def test_a_page_stamp_glued_to_the_lead_is_metadata_and_dates_an_undated_page() -> None:
    assert dates("12/05/2022Sáng 11/5, Hội Nông dân tỉnh tổ chức hội nghị.", pub=None) == [
        ("Sáng 11/5", "2022-05-11", "2022-05-11", "day")]


def test_an_edition_numbered_in_roman_figures_with_its_year() -> None:
    assert dates("Xã tổ chức lễ biểu dương gia đình hiếu học lần I- 2019.", pub=None) == [
        ("2019", "2019-01-01", "2019-12-31", "year")]


def test_den_hom_nay_opening_its_clause_is_as_of_now() -> None:
    assert dates("Đến hôm nay, sau 40 năm xây dựng, huyện đã đổi thay.", pub="2015-03-16") == []
    assert dates("Từ hôm qua đến hôm nay, đoàn đã thăm 5 xã.", pub="2015-03-16") == [
        ("hôm qua", "2015-03-15", "2015-03-15", "day"), ("hôm nay", "2015-03-16", "2015-03-16", "day")]
