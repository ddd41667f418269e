"""Campaign kinds of round 18 (issue 14): a capitalised "Tháng" right before a quoted name is a
named month (one campaign); a quoted name a family or clan "is recognised with" is a title, not
a campaign. Sentences are written for these tests."""

from __future__ import annotations

from baochi.nlp import analyse

PUB = "2018-06-10T08:00:00+07:00"


def campaigns(text: str) -> list[tuple[str, str, str]]:
    return [(c.surface, c.campaign_id, c.kind) for c in analyse(text, PUB, "baotiengiang").campaigns]


def test_a_month_named_by_its_quote_is_one_campaign():
    assert campaigns("Tỉnh đoàn ra quân Tháng “Thanh niên tình nguyện hè” năm 2018.") == [
        ("Tháng “Thanh niên tình nguyện hè”", "thang-thanh-nien-tinh-nguyen-he", "tháng hành động")]
    # a quote in lower case after "Tháng" is a figure of speech, no month of action
    assert campaigns("Tháng “vàng” của du lịch biển đã đến.") == []


def test_a_title_recognised_is_no_campaign():
    text = ("Sau 5 năm thực hiện phong trào xây dựng “Gia đình học tập”, “Dòng họ học tập”, "
            "toàn huyện có 1.594 gia đình được công nhận “Gia đình học tập”, 3 dòng họ được "
            "công nhận “Dòng họ học tập”.")
    found = campaigns(text)
    assert [c[0] for c in found] == ["Gia đình học tập", "Dòng họ học tập"]
    assert all(text.index(c[0]) < text.index("công nhận") for c in found)


def test_a_named_week_without_le_and_with_its_occasion():
    assert campaigns("Ủy ban MTTQ tỉnh phát động Tuần cao điểm tết vì người nghèo năm 2022.") == [
        ("Tuần cao điểm tết vì người nghèo", "tuan-cao-diem-tet-vi-nguoi-ngheo", "tháng hành động")]
    # a week of jabs is no campaign week: no cause after it
    assert campaigns("Trong tuần qua, tuần cao điểm tiêm chủng đã kết thúc.") == []


def test_an_unquoted_name_ends_before_a_comma_and_a_level():
    assert campaigns("Hưởng ứng tuần lễ hành động vì trẻ em, huyện tổ chức nhiều hoạt động.") == [
        ("tuần lễ hành động vì trẻ em", "tuan-le-hanh-dong-vi-tre-em", "tháng hành động")]
