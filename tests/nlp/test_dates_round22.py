"""Date forms of round 22 (2026-12-07): a gloss in brackets inside a range, a crop year, the
year a figure is compared with. Sentences written for these tests."""

from __future__ import annotations

from baochi.nlp import analyse


def dates(text: str, published: str | None) -> list[tuple[str, str | None, str | None, str]]:
    return [(d.surface, d.date_start, d.date_end, d.granularity)
            for d in analyse(text, published, "baohaugiang").dates]


def test_a_day_glossed_in_brackets_inside_a_range_is_one_range():
    text = ("Hai tuần cao điểm từ ngày 8/5 (Ngày Chữ thập đỏ quốc tế) đến ngày 19/5 (Ngày sinh "
            "Chủ tịch Hồ Chí Minh).")
    assert dates(text, "2019-05-20") == [
        ("từ ngày 8/5 (Ngày Chữ thập đỏ quốc tế) đến ngày 19/5", "2019-05-08", "2019-05-19",
         "range")]


def test_a_bracket_with_a_number_is_no_gloss():
    text = "Từ ngày 8/5 (lần 2) đến ngày 19/5, hội tổ chức hiến máu."
    assert ("từ ngày 8/5 (lần 2) đến ngày 19/5".lower()
            not in [d[0].lower() for d in dates(text, "2019-05-20")])


def test_a_crop_year_is_no_date():
    assert dates("Niên vụ năm 2021 – 2022, toàn tỉnh có hơn 2.000 ha cam.", None) == []


def test_nam_qua_is_not_the_year_a_figure_is_compared_with():
    text = "Năm qua, toàn tỉnh có 56.538 hộ đạt tiêu chí, tăng trên 1.400 hộ so năm 2016."
    assert dates(text, "2018-01-12") == [("năm 2016", "2016-01-01", "2016-12-31", "year")]


def test_nam_qua_is_still_the_year_the_paragraph_writes():
    text = "Năm 2018, hội phát triển 300 hội viên. Năm qua, hội đã làm tốt công tác."
    assert [d[0] for d in dates(text, "2019-01-12")] == ["Năm 2018", "Năm qua"]
    assert dates(text, "2019-01-12")[1][1] == "2018-01-01"


def test_the_same_period_of_the_year_before_is_a_baseline_not_a_date():
    text = "Tổng đàn gia súc tăng 1.685 con so với cùng kỳ năm trước. Năm trước, huyện trồng 100 ha."
    assert [d[0] for d in dates(text, "2018-02-14")] == ["Năm trước"]


def test_all_of_the_units_is_a_share_not_a_day():
    assert dates("Gần 80 thí sinh đến từ 7/7 cơ sở hội phụ nữ tranh tài.", "2019-07-10") == []
    assert dates("Từ 12/9 huyện triển khai đợt tiêm.", "2019-09-20")[0][1] == "2019-09-12"
