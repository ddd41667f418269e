"""Date forms of real-text round 8 (issue 14: the miss kinds of held-out batch 7, now dev, and
campaign batch 17). Sentences written for the test (not press text): crop seasons with their
years, vague parts of months in a range, a lunar gloss after "nhằm", an edition year inside a
quoted name or after an ordinal, a press credit's day, page stamps merged into a line, a dotted
range glossing a period, a lower-case named day as the occasion, "24 tháng 3" as no month, the
lunar new year enjoyed."""

from __future__ import annotations

from tests.nlp.mention_support import DateRow, Published, date_rows


def dates(text: str, pub: Published = "2024-05-10") -> list[DateRow]:
    return date_rows(text, pub)


def test_crop_season_with_its_years_is_no_date():
    assert dates("Toàn huyện gieo cấy vụ Đông Xuân năm 2023 – 2024 được 9 nghìn ha.") == []
    assert dates("Nông dân thu hoạch vụ lúa Hè Thu năm 2023 sớm hơn mọi năm.") == []
    assert dates("Vụ Mùa 2023 - 2024, xã chuyển đổi 20 ha sang trồng rau.") == []
    # a year after something else that is called "vụ" (a case) is still a year
    assert dates("Cơ quan điều tra khởi tố vụ án năm 2023 về tội lừa đảo.") == [
        ("năm 2023", "2023-01-01", "2023-12-31", "year")]
    assert dates("Giai đoạn 2021 - 2025, huyện xây 12 trường học.") == [
        ("Giai đoạn 2021 - 2025", "2021-01-01", "2025-12-31", "range")]


def test_vague_parts_of_months_in_a_range():
    assert dates("Từ trung tuần tháng 10 đến hết tháng 12/2023, các xã ra quân làm đường.") == [
        ("Từ trung tuần tháng 10 đến hết tháng 12/2023", "2023-10-01", "2023-12-31", "range")]
    assert dates("Từ thượng tuần tháng 3 đến hạ tuần tháng 4, đoàn viên trồng cây.", "2022-02-01") == [
        ("Từ thượng tuần tháng 3 đến hạ tuần tháng 4", "2022-03-01", "2022-04-30", "range")]


def test_lunar_gloss_after_nham_is_one_mention():
    assert dates("Ngày 10/2/2024 (nhằm ngày 1/1 âm lịch), người dân đi lễ chùa.") == [
        ("Ngày 10/2/2024 (nhằm ngày 1/1 âm lịch)", "2024-02-10", "2024-02-10", "day")]
    assert dates("Ngày 25/1/2020, nhằm ngày 1/1 âm lịch, xã tổ chức hội làng.") == [
        ("Ngày 25/1/2020, nhằm ngày 1/1 âm lịch", "2020-01-25", "2020-01-25", "day")]


def test_edition_year_inside_a_quoted_name_or_after_an_ordinal():
    assert dates("Sinh viên lên đường tham gia Chiến dịch “Mùa hè xanh 2018” tại xã biên giới.", None) == [
        ("2018", "2018-01-01", "2018-12-31", "year")]
    assert dates("Hội tổ chức chương trình “Xuân ấm áp 2022” cho hộ nghèo.", None) == [
        ("2022", "2022-01-01", "2022-12-31", "year")]
    assert dates("Phóng sự dự Liên hoan Phát thanh toàn tỉnh lần thứ 15-2021 của nhóm phóng viên.", None) == [
        ("2021", "2021-01-01", "2021-12-31", "year")]
    # a title's year and a quote holding two editions are left alone
    assert dates("Ông được trao danh hiệu “Nông dân xuất sắc 2021” của tỉnh.", None) == []
    assert dates("Đoàn ra quân chương trình “Mùa đông ấm 2022 - Xuân yêu thương 2023”.", None) == []


def test_press_credit_day():
    assert dates("Giá cà phê tăng mạnh trong tuần (TTXVN/VietnamPlus.vn 22/9)", "2022-09-22") == [
        ("22/9", "2022-09-22", "2022-09-22", "day")]
    assert dates("Giá cà phê tăng mạnh trong tuần (Theo baotintuc.vn 21/9)", "2022-09-22") == [
        ("21/9", "2022-09-21", "2022-09-21", "day")]
    # a share in brackets is no day
    assert dates("Tỷ lệ hộ nghèo giảm mạnh (còn 1/3)", "2022-09-22") == []


def test_page_stamps_merged_into_a_line_are_no_dates():
    assert dates("HỘI NÔNG DÂN XÃ TỔ CHỨC HỘI NGHỊ ĐIỂM Ngày cập nhật 26/11/2021", "2021-11-26") == []
    assert dates("Thái Bình: Tổng kết phong trào nông dân 10:15 20/05/2023 (Mặt trận) -Chiều 18/5, "
                 "Ủy ban MTTQ tỉnh tổ chức hội nghị.", "2023-05-20") == [
        ("Chiều 18/5", "2023-05-18", "2023-05-18", "day")]


def test_dotted_range_glossing_a_period_and_a_lower_case_occasion():
    text = ("Trong những ngày đầu tháng sáu vừa qua (01.06 - 04.06), câu lạc bộ tổ chức chương "
            "trình “Vui hè 2019” cho thiếu nhi. Chương trình diễn ra nhân dịp ngày quốc tế thiếu "
            "nhi 01.06, các em được tặng quà.")
    assert dates(text, None) == [
        ("01.06 - 04.06", "2019-06-01", "2019-06-04", "range"),
        ("2019", "2019-01-01", "2019-12-31", "year"),
        ("01.06", "2019-06-01", "2019-06-01", "day")]
    # after a bare "nhân" a lower-case named day is the occasion of a campaign, not the event's day
    assert dates("Diễu hành cổ động tuyên truyền phòng chống lao nhân ngày thế giới chống lao 24/3",
                 "2021-03-19") == []
    # measurements in brackets are no range
    assert dates("Điểm trung bình (3.5 - 4.5) đạt yêu cầu.") == []


def test_day_number_before_thang_is_no_month():
    assert dates("Trạm y tế mít tinh nhân ngày Thế giới chống lao 24 tháng 3 tại huyện.") == []
    assert dates("Trong tháng 3, trạm y tế tổ chức mít tinh.", "2021-03-19") == [
        ("tháng 3", "2021-03-01", "2021-03-31", "month")]


def test_lunar_new_year_enjoyed_is_no_date():
    assert dates("Đoàn trao 200 phần quà để bà con vui Tết Tân Sửu đầm ấm.", None) == []
    assert dates("Nhiều gia đình về quê ăn Tết Giáp Thìn cùng cha mẹ.", None) == []
    # the occasion of the news stays a date (null without a publication date)
    assert dates("Dịp Tết Tân Sửu, đoàn trao 200 phần quà.", None) == [
        ("Tết Tân Sửu", None, None, "day")]


def test_lunar_new_year_with_its_number_gives_the_year():
    # an undated paragraph: "Tết Nguyên đán 2023" is one of its years, so 1 January turns to it
    assert dates("Tối 1/1, hội trao 8 suất quà cho trẻ em được đỡ đầu năm 2022 và 60 suất quà "
                 "cho phụ nữ nhân dịp Tết Nguyên đán 2023.", None) == [
        ("Tối 1/1", "2023-01-01", "2023-01-01", "day"),
        ("năm 2022", "2022-01-01", "2022-12-31", "year"),
        ("Tết Nguyên đán 2023", "2023-01-22", "2023-01-22", "day")]


def test_headline_closing_with_its_stamp():
    assert dates("Đài mang tết sớm đến đồng bào nghèo miền núi tỉnh Quảng Nam 05/01/2025 18:19",
                 "2025-01-05") == []
    # a day written with "ngày" before a clock time stays a date
    assert dates("Hội nghị bế mạc ngày 05/01/2025 17:30", "2025-01-05") == [
        ("ngày 05/01/2025", "2025-01-05", "2025-01-05", "day")]


def test_year_inside_an_associations_name_is_no_date():
    text = ("Sáng 13/12, Hội Cựu chiến sĩ Trường Sơn năm 1968 tỉnh Hà Tĩnh tổ chức đại hội và kỷ niệm "
            "10 năm ngày thành lập Hội (12/12/2014 – 12/12/2024).")
    assert dates(text, None) == [
        ("Sáng 13/12", "2024-12-13", "2024-12-13", "day"),
        ("12/12/2014 – 12/12/2024", "2014-12-12", "2024-12-12", "range")]
    # an event called "Hội nghị", or a clause with its verb, keeps the year
    assert dates("Hội nghị tổng kết công tác năm 2023 tỉnh Nghệ An diễn ra hôm qua.", None) == [
        ("năm 2023", "2023-01-01", "2023-12-31", "year"), ("hôm qua", None, None, "day")]
    assert dates("Hội Nông dân tổ chức tổng kết năm 2023 tỉnh Nghệ An.", None) == [
        ("năm 2023", "2023-01-01", "2023-12-31", "year")]

