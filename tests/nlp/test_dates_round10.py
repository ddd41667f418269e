"""Date failure kinds of real-text round 10 (issue 14: the date misses of held-out batch 9, now
dev). Every sentence here was written for these tests (no press text). Each test is one kind — a
relative day and its date joined by a dash or a comma, a standing text's date that is no year of
the article, a history's bracketed span that runs to the article's year — plus the forms around
each that must keep working.
"""

from __future__ import annotations

from tests.nlp.mention_support import date_rows

PUB = "2021-11-26T08:00:00+07:00"


def days(text: str, pub: str | None = None) -> list[tuple[str, str | None]]:
    return [(s, a) for s, a, _b, _g in date_rows(text, pub)]


def test_a_relative_day_and_its_date_joined_by_a_dash_or_a_comma_are_one_day():
    # the written date wins over the page's date, which may be a later listing
    assert days("Sáng nay - 18/11, Hội Nông dân huyện khai mạc lớp tập huấn kỹ thuật.", PUB) == [
        ("Sáng nay - 18/11", "2021-11-18")]
    assert days("Chiều nay, 9-11, xã tổ chức lễ ra mắt câu lạc bộ.", PUB) == [("Chiều nay, 9-11", "2021-11-09")]
    assert days("Hôm nay – 20/11, thầy trò nhà trường gặp mặt thân mật.", PUB) == [
        ("Hôm nay – 20/11", "2021-11-20")]
    # undated: the year the text gives (here the congress's term), else none
    assert days("Sáng nay - 14/10, Đại hội đại biểu Đảng bộ huyện lần thứ XXII, nhiệm kỳ 2020 - 2025 khai mạc.") == [
        ("Sáng nay - 14/10", "2020-10-14"), ("nhiệm kỳ 2020 - 2025", "2020-01-01")]
    assert days("Sáng nay - 14/10, hội nghị sơ kết diễn ra tại hội trường xã.") == [("Sáng nay - 14/10", None)]
    # a relative day alone, or with a count after the dash, is what it was
    assert days("Sáng nay, đoàn công tác đến thăm xã.", PUB) == [("Sáng nay", "2021-11-26")]
    assert days("Sáng nay, 2-3 đoàn khách đến thăm xã.", PUB) == [("Sáng nay", "2021-11-26")]


def test_a_standing_texts_date_is_no_year_of_the_article():
    # a directive or resolution is cited for years: its date does not date an undated article's days
    assert days("Ngày 12-5, huyện sơ kết việc thực hiện Chỉ thị số 05-CT/TW ngày 15-5-2016 của Bộ Chính trị.") == [
        ("Ngày 12-5", None), ("ngày 15-5-2016", "2016-05-15")]
    assert days("Sáng 3/4, tỉnh tổng kết Nghị quyết số 26-NQ/TW ngày 5/8/2008 về nông nghiệp, nông dân.") == [
        ("Sáng 3/4", None), ("ngày 5/8/2008", "2008-08-05")]
    # a plan's date, issued for the work at hand, still gives the year
    assert days("Thực hiện Kế hoạch số 37-KH/ĐTN ngày 27/02/2024, sáng 15/3 Đoàn trường ra quân.") == [
        ("ngày 27/02/2024", "2024-02-27"), ("sáng 15/3", "2024-03-15")]
    # and a year written on its own still counts
    assert days("Ngày 12-5-2023, huyện sơ kết Chỉ thị số 05-CT/TW ngày 15-5-2016; ngày 20-5, các xã sơ kết.") == [
        ("Ngày 12-5-2023", "2023-05-12"), ("ngày 15-5-2016", "2016-05-15"), ("ngày 20-5", "2023-05-20")]


def test_a_history_span_in_brackets_runs_to_the_articles_year():
    assert days("Sáng 14/3, Hội Nông dân huyện ra mắt cuốn sách “Lịch sử phong trào nông dân huyện "
                "(1930 - 2024)”.") == [("Sáng 14/3", "2024-03-14"), ("1930 - 2024", "1930-01-01")]
    # a short span is a plan or a term, not a history to the present
    assert days("Sáng 14/3, huyện triển khai Đề án phát triển du lịch (2021 - 2030).") == [
        ("Sáng 14/3", None), ("2021 - 2030", "2021-01-01")]


def test_a_term_written_with_ki_is_a_term():
    assert days("Các liên đội lập công trình măng non chào mừng Đại hội Đoàn các cấp, nhiệm kì 2022 - 2027.") == [
        ("nhiệm kì 2022 - 2027", "2022-01-01")]
    # and dates a congress's day as "nhiệm kỳ" does
    assert days("Sáng 9/10, Đại hội đại biểu Hội Nông dân huyện lần thứ X, nhiệm kì 2023 - 2028 khai mạc.") == [
        ("Sáng 9/10", "2023-10-09"), ("nhiệm kì 2023 - 2028", "2023-01-01")]


def test_a_year_of_birth_written_sn():
    assert days("Tiêu biểu là hội viên Lê Văn Tám (SN 1958, thôn 3) có trang trại 3 ha.") == [("SN 1958", "1958-01-01")]
    assert days("Hộ ông Tư (SN: 1970) vay 50 triệu đồng.") == [("SN: 1970", "1970-01-01")]
    # not inside another word or a code
    assert days("Mã số thuế SNX 2019 của doanh nghiệp được cấp lại.") == []


def test_a_month_of_this_year_in_an_undated_article_takes_its_year():
    # the year the article makes clear (here a year it writes), as a bare "năm nay" does
    assert days("Cuộc thi năm 2013 được triển khai từ tháng 7 năm nay, thu hút 3.000 lượt thi.") == [
        ("năm 2013", "2013-01-01"), ("tháng 7 năm nay", "2013-07-01")]
    # with a page date, that date's year; "năm ngoái" needs the page date
    assert days("Từ tháng 7 năm nay, xã áp dụng quy trình mới.", PUB) == [("tháng 7 năm nay", "2021-07-01")]
    assert days("Năm 2013, xã làm lại tuyến đường hỏng từ tháng 7 năm ngoái.") == [
        ("Năm 2013", "2013-01-01"), ("tháng 7 năm ngoái", None)]


def test_a_month_said_to_be_an_occasion_is_every_years():
    assert days("Bí thư Tỉnh đoàn cho biết tháng 3 là dịp để tuổi trẻ hành động, cống hiến.", PUB) == []
    assert days("Với nông dân, tháng 5 vốn là mùa gặt.", PUB) == []
    # the month of this year's work, or a month with its year, is a date
    assert days("Tháng 3 là tháng cao điểm của đợt kiểm tra.", PUB)[0][0] == "Tháng 3"
    assert days("Tháng 3/2021 là dịp để tuổi trẻ hành động.", PUB) == [("Tháng 3/2021", "2021-03-01")]


def test_a_day_and_month_written_without_their_slash():
    assert days("Ngày 2310/2023, Hội Phụ nữ xã gắn biển cho 20 hộ.") == [("Ngày 2310/2023", "2023-10-23")]
    assert days("Sáng ngày 110/2023, xã họp dân.") == [("Sáng ngày 110/2023", "2023-10-01")]
    # two splits make a date, or none does: left
    assert days("Ngày 112/2023 xã họp dân.") == []
    assert days("Ngày 3210/2023 xã họp dân.") == []
