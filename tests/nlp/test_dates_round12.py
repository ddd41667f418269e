"""Date failure kinds of real-text round 12 (issue 14: the kinds held-out batch 11 showed, its new
outlets now dev). Every sentence here was written for these tests (no press text). Each test is
one kind — "thứ Ba" counting a sitting, a bare year closing a year's theme or a call-up, a quarter
whose "quý" is mistyped — plus the forms around each that must keep working.
"""

from __future__ import annotations

from tests.nlp.mention_support import date_rows

PUB = "2024-06-12T08:00:00+07:00"


def dates(text: str, pub: str | None = None) -> list[tuple[str, str | None, str | None, str]]:
    return date_rows(text, pub)


def test_thu_ba_after_a_counted_noun_is_an_ordinal():
    assert dates("HĐND tỉnh khai mạc Kỳ họp thứ Ba vào ngày 29-9.", PUB) == [
        ("ngày 29-9", "2024-09-29", "2024-09-29", "day")]
    assert dates("Phiên họp thứ Năm của Ủy ban bàn về ngân sách; sinh viên năm thứ Ba tham gia.", PUB) == []
    assert dates("Hội nghị thứ Hai của Ban Chấp hành khóa mới diễn ra tại tỉnh.", PUB) == []
    # a weekday written for its day is still a day
    assert dates("Sáng thứ Ba, HĐND tỉnh khai mạc kỳ họp thứ Bảy.", PUB) == [
        ("thứ Ba", "2024-06-11", "2024-06-11", "day")]
    assert dates("Vào thứ Bảy tuần này, Đoàn tổ chức ra quân.", PUB) == [
        ("thứ Bảy", "2024-06-15", "2024-06-15", "day")]


def test_a_bare_year_closing_a_years_theme():
    assert dates("Hội thực hiện chủ đề năm An toàn cho phụ nữ và trẻ em 2020 với nhiều hoạt động.") == [
        ("2020", "2020-01-01", "2020-12-31", "year")]
    assert dates("Năm Dân vận khéo 2021 được các cấp triển khai sâu rộng.") == [
        ("2021", "2021-01-01", "2021-12-31", "year")]
    # a count after the number, or a lower-case clause before it, is no year
    assert dates("Trong năm Hội đã giúp 2020 hộ thoát nghèo.") == []
    assert dates("Cả năm hội giúp được 2020 hội viên vay vốn.") == []
    assert dates("Trong năm Hội vận động 2020 hội viên tham gia bảo hiểm.") == []
    assert dates("Trong năm Hội đã giải ngân được 2021.") == []


def test_a_bare_year_after_a_theme_word_or_a_programmes_closing_quote():
    assert dates("Tỉnh triển khai chủ đề 2024 “Năm chuyển đổi số” tới các cơ quan.") == [
        ("2024", "2024-01-01", "2024-12-31", "year")]
    assert dates("Đồn tổ chức chương trình “Xuân ấm biên cương” 2025 tại xã.") == [
        ("2025", "2025-01-01", "2025-12-31", "year")]
    assert dates("Hội thực hiện chủ đề “Năm an toàn cho phụ nữ và trẻ em” 2020 với nhiều hoạt động.") == [
        ("2020", "2020-01-01", "2020-12-31", "year")]
    # a count after the closing quote is none
    assert dates("Chương trình “Áo ấm cho em” 2025 suất quà được trao.") == []


def test_a_bare_year_after_a_call_up_word():
    assert dates("Huyện khởi công nhà tình nghĩa cho gia đình thanh niên lên đường nhập ngũ 2025 tại ấp 9.") == [
        ("2025", "2025-01-01", "2025-12-31", "year")]
    assert dates("Lễ giao nhận quân 2024 diễn ra trang trọng tại huyện.") == [
        ("2024", "2024-01-01", "2024-12-31", "year")]
    # with "năm" the year rule reads it; a count after the number is none
    assert dates("Thanh niên nhập ngũ năm 2025 được tặng quà.") == [
        ("năm 2025", "2025-01-01", "2025-12-31", "year")]
    assert dates("Huyện có 120 thanh niên nhập ngũ 2025 người.") == []
    # a training year after its turnout, not before a count
    assert dates("Huyện tổ chức lễ ra quân huấn luyện 2025 tại thao trường.") == [
        ("2025", "2025-01-01", "2025-12-31", "year")]
    assert dates("Trung tâm huấn luyện 2025 chiến sĩ mới trong năm.") == []


def test_a_quarter_whose_quy_is_mistyped():
    assert dates("Trong quá 1/2020, hội đã phát động chương trình tiết kiệm.") == [
        ("quá 1/2020", "2020-01-01", "2020-03-31", "quarter")]
    assert dates("Đến hết quy IV/2021 và qúy 2 năm 2022, hội giải ngân 3 tỷ đồng.") == [
        ("quy IV/2021", "2021-10-01", "2021-12-31", "quarter"),
        ("qúy 2 năm 2022", "2022-04-01", "2022-06-30", "quarter")]
    assert dates("Đến hết qúi 3/2021, hội giải ngân 3 tỷ đồng.") == [
        ("qúi 3/2021", "2021-07-01", "2021-09-30", "quarter")]
    # "quá" before a share is a share, "qua" a word of its own
    assert dates("Tính qua 1/2020 hộ dân được hỗ trợ.") == []
    assert dates("Số hộ khá chiếm quá 1/2 số hộ của xã.") == []
    assert dates("Trong quý I/2020, hội giúp 20 hội viên.") == [
        ("quý I/2020", "2020-01-01", "2020-03-31", "quarter")]
