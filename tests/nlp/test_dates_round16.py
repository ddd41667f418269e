"""Date forms of real-text round 16 (batch 14, issue 14). Sentences written for the test (not
press text): a day written with a two-digit year."""

from __future__ import annotations

from tests.nlp.mention_support import DateRow, Published, date_rows


def dates(text: str, pub: Published = "2024-05-20", source: str | None = None) -> list[DateRow]:
    return date_rows(text, pub, source)


def test_a_day_with_a_two_digit_year() -> None:
    assert dates("Trong ngày 26/07/20, các chi đoàn ra quân.") == [
        ("ngày 26/07/20", "2020-07-26", "2020-07-26", "day")]
    assert dates("Sáng 3.5.21, hội nghị diễn ra.") == [
        ("Sáng 3.5.21", "2021-05-03", "2021-05-03", "day")]
    assert dates("Chiều ngày 5/1/24 đoàn công tác về xã.") == [
        ("Chiều ngày 5/1/24", "2024-01-05", "2024-01-05", "day")]
    # without a page date, a year of this century still
    assert dates("Trong ngày 26/07/20, các chi đoàn ra quân.", None) == [
        ("ngày 26/07/20", "2020-07-26", "2020-07-26", "day")]


def test_a_two_digit_year_needs_a_cue_and_no_later_year() -> None:
    # a score or code without "ngày", a part of day or a weekday is no date
    assert dates("Tỷ số 12/10/15 được ghi nhận.") == []
    # after the page's year: not this century's year the text can mean
    assert dates("Ngày 26/07/29 hội nghị diễn ra.") == []
    # a four-digit year is the usual day
    assert dates("Ngày 26/07/2020, các chi đoàn ra quân.") == [
        ("Ngày 26/07/2020", "2020-07-26", "2020-07-26", "day")]
