"""Date forms of real-text round 17 (batch 15, issue 14). Sentences written for the test (not
press text): a weekday word ending a proper name, a year in a veterans' association's name, an
event's edition year after a slash."""

from __future__ import annotations

from tests.nlp.mention_support import DateRow, Published, date_rows


def dates(text: str, pub: Published = "2024-05-10", source: str | None = None) -> list[DateRow]:
    return date_rows(text, pub, source)


def test_a_weekday_word_ending_a_proper_name_is_its_ordinal() -> None:
    assert dates("Chính quyền nhập vùng này vào Đạo Quan binh thứ Ba để cai quản.") == []
    assert dates("Lênin lập Quốc tế Cộng sản, tức Quốc tế thứ Ba, để lãnh đạo phong trào.") == []


def test_a_weekday_after_a_part_of_day_or_with_its_week_stays_a_day() -> None:
    assert dates("Sáng thứ Tư, đoàn công tác đến xã.") == [
        ("thứ Tư", "2024-05-08", "2024-05-08", "day")]
    assert dates("Đoàn kiểm tra làm việc với UBND xã hôm thứ Năm.") == [
        ("thứ Năm", "2024-05-09", "2024-05-09", "day")]
    assert dates("Hội nghị diễn ra vào chiều Thứ Sáu tại hội trường.") == [
        ("Thứ Sáu", "2024-05-10", "2024-05-10", "day")]
    # a qualifier of the week says the weekday even after a person's name
    assert dates("Ông Nguyễn Văn An thứ Hai tuần trước đã đến thăm.") == [
        ("thứ Hai", "2024-04-29", "2024-04-29", "day")]


def test_a_year_in_a_veterans_association_name_before_its_bare_level() -> None:
    assert dates("Hội Cựu chiến binh Điện Biên Phủ năm 1954 của huyện thăm hỏi hội viên.") == []
    assert dates("Hội chiến sĩ Thành cổ năm 1972 của tỉnh khởi công nhà tặng hội viên.") == []
    # a work year written so is a date (a year long past only is a name's)
    assert dates("Hội Nông dân xã triển khai nhiệm vụ năm 2024 của xã.") == [
        ("năm 2024", "2024-01-01", "2024-12-31", "year")]


def test_an_edition_year_after_a_slash_dates_the_event_and_its_days() -> None:
    assert dates("- Chiều 16/5, khai mạc Giải bóng chuyền nông dân huyện lần thứ 12/2022. Lãnh đạo "
                 "huyện đến dự.", None) == [
        ("Chiều 16/5", "2022-05-16", "2022-05-16", "day"),
        ("2022", "2022-01-01", "2022-12-31", "year")]
    assert dates("Giải cờ tướng lần thứ 9-2021.", None) == [("2021", "2021-01-01", "2021-12-31", "year")]
    # a decimal after it is no year
    assert dates("Giải lần thứ 5/2023.5 điểm", None) == []


def test_a_cms_time_stamp_in_the_page_name_gives_an_undated_page_its_year() -> None:
    text = "Chiều 16/5, Hội Nông dân huyện tổ chức hội nghị."
    for address in ("https://baoabc.vn/hoi-nghi-nong-dan-20230516143512087.htm",
                    "https://baoabc.vn/video/hoi-nghi-nong-dan-v20230516143512087.htm",
                    "https://baoabc.vn/hoi-nghi/d20230516143512.htm"):
        assert dates(text, None, address) == [("Chiều 16/5", "2023-05-16", "2023-05-16", "day")]
    # an article number is no stamp (no valid month, day, hour and minute after the year)
    assert dates(text, None, "https://baoabc.vn/hoi-nghi-nong-dan-20231234567890.htm") == [
        ("Chiều 16/5", None, None, "day")]


def test_a_short_stamp_after_a_prefix_closing_the_page_name_gives_its_year() -> None:
    text = "Tối 27-1, công đoàn trao quà cho công nhân."
    assert dates(text, None, "https://baoabc.vn/trao-qua-cong-nhan-196240127205603994.htm") == [
        ("Tối 27-1", "2024-01-27", "2024-01-27", "day")]
    # an article number of fifteen digits that reads as no stamp gives none
    assert dates(text, None, "https://baoabc.vn/trao-qua-cong-nhan-123451399999999.htm") == [
        ("Tối 27-1", None, None, "day")]


def test_a_relative_day_and_its_date_written_with_a_space_only_are_one_day() -> None:
    assert dates("Sáng nay 12-1, hội tổ chức chương trình Tết Nhân ái xuân Quý Mão 2023.", None) == [
        ("Sáng nay 12-1", "2023-01-12", "2023-01-12", "day"),
        ("xuân Quý Mão 2023", "2023-01-01", "2023-12-31", "year")]
    assert dates("Sáng nay 12-1, hội tổ chức chương trình.", "2023-01-12") == [
        ("Sáng nay 12-1", "2023-01-12", "2023-01-12", "day")]
    # a count after it, no punctuation: the relative day alone
    assert dates("Sáng nay 2-3 đoàn khách đến thăm.", "2023-01-12") == [
        ("Sáng nay", "2023-01-12", "2023-01-12", "day")]


def test_an_anniversary_counted_before_its_event_s_date_gives_the_article_its_year() -> None:
    assert dates("Sáng 2/9, xã tổ chức lễ kỷ niệm 78 năm Quốc khánh 2/9/1945.", None) == [
        ("Sáng 2/9", "2023-09-02", "2023-09-02", "day"),
        ("2/9/1945", "1945-09-02", "1945-09-02", "day")]
    assert dates("Sáng 10/3, xã tổ chức kỷ niệm 50 năm giải phóng huyện (năm 1975).", None)[0] == (
        "Sáng 10/3", "2025-03-10", "2025-03-10", "day")
    # a range's end is the anniversary's year already (not counted again)
    assert dates("Sáng 26/3, xã kỷ niệm 92 năm Ngày thành lập Đoàn (26/3/1931 - 26/3/2023).",
                 None)[0] == ("Sáng 26/3", "2023-03-26", "2023-03-26", "day")


def test_an_edition_year_the_passes_read_dates_an_undated_paragraph_s_days() -> None:
    assert dates("Chiều 16/5, giải bóng đá mini mùa giải 2023 khai mạc.", None) == [
        ("Chiều 16/5", "2023-05-16", "2023-05-16", "day"),
        ("2023", "2023-01-01", "2023-12-31", "year")]
    assert dates("Ngày 14/5, đoàn viên ra quân chiến dịch Mùa hè xanh 2023.", None)[0] == (
        "Ngày 14/5", "2023-05-14", "2023-05-14", "day")
    # two editions' years: none of them
    assert dates("Ngày 16/5, khai mạc Giải Việt dã 2024 và Giải đua thuyền 2023.", None)[0] == (
        "Ngày 16/5", None, None, "day")
