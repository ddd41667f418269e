"""Campaign and date failure kinds of real-text round 9 (issue 14: campaign batch 18 and the GUIDE's
rule on congresses dated by their term). Every sentence here was written for these tests (no press
text). Each test is one kind — a quoted name after "phiên chợ" (an event), a quoted drive its
launcher follows, the Front's campaign written "cuộc vận động xây dựng nông thôn mới", a named
month of action in lower case, a congress's day dated by its term, a day-month with its year
after "năm" — plus the forms around each that must keep working.
"""

from __future__ import annotations

from tests.nlp.mention_support import campaign_rows, date_rows

PUB = "2024-05-10T08:00:00+07:00"


def camps(text: str, pub: str | None = PUB) -> list[tuple[str, str]]:
    return campaign_rows(text, pub)


def names(text: str, pub: str | None = PUB) -> list[str]:
    return [n for _s, n in camps(text, pub)]


def days(text: str, pub: str | None = None) -> list[tuple[str, str | None]]:
    return [(s, a) for s, a, _b, _g in date_rows(text, pub)]


def test_a_market_named_like_a_programme_is_an_event():
    assert names("Chương trình “Ấm áp mùa xuân” năm nay trao 300 suất quà; 200 suất khác được trao qua "
                 "phiên chợ “Ấm áp mùa xuân” của Hội Chữ thập đỏ huyện.") == ["Ấm áp mùa xuân"]
    assert names("Tham gia phiên chợ “Xuân sẻ chia”, bà con được khám bệnh miễn phí.") == []
    assert names("Người dân mua hàng tại các gian hàng “Tết đủ đầy” bằng phiếu được tặng.") == []


def test_a_quoted_drive_its_launcher_follows():
    assert camps("Buổi lễ nằm trong chuỗi hoạt động “Xuân ấm vùng cao” do Tỉnh đoàn Lào Cai phát động "
                 "từ đầu tháng Chạp.") == [("Xuân ấm vùng cao", "Xuân ấm vùng cao")]
    # a contest, a theme or a race launched the same way stays what it is
    assert names("Cuộc thi “Tìm hiểu lịch sử Đảng bộ huyện” do Ban Tuyên giáo Huyện ủy phát động.") == []
    assert names("Các cơ sở hội hưởng ứng chủ đề “Phụ nữ tự tin, sáng tạo” do Trung ương Hội phát động.") == []
    assert names("Giải chạy “Vì trái tim trẻ thơ” do Báo Bình Phước phát động thu hút hàng nghìn người.") == []


def test_the_fronts_drive_for_new_countryside_in_lower_case():
    assert names("Xã biểu dương 20 hộ tiêu biểu trong thực hiện cuộc vận động xây dựng nông thôn mới.") == [
        "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]
    # the singular movement stays the emulation movement; a plural is a class
    assert names("Bà con hăng hái tham gia phong trào xây dựng nông thôn mới ở thôn.") == [
        "Chung sức xây dựng nông thôn mới"]
    assert names("Các cuộc vận động xây dựng nông thôn mới được lồng ghép ở khu dân cư.") == []


def test_a_named_month_of_action_in_lower_case():
    assert camps("Trạm y tế tổ chức mít tinh tuyên truyền tháng hành động phòng chống sốt xuất huyết nhân "
                 "dịp đầu mùa mưa.") == [("tháng hành động phòng chống sốt xuất huyết",
                                          "Tháng hành động phòng chống sốt xuất huyết")]
    assert names("Hưởng ứng tháng hành động phòng, chống tai nạn thương tích, nhà trường tổ chức tọa đàm.") == [
        "Tháng hành động phòng, chống tai nạn thương tích"]
    assert names("Những tháng hành động phòng chống ma túy đã được tổ chức nhiều năm.") == []


def test_a_congress_dated_only_by_its_term():
    # a Party, Front or association congress opens its term: its first year
    assert days("Sáng 12/10, Đại hội đại biểu Đảng bộ huyện Yên Thành lần thứ XXV, nhiệm kỳ 2020 - 2025 "
                "khai mạc.") == [("Sáng 12/10", "2020-10-12"), ("nhiệm kỳ 2020 - 2025", "2020-01-01")]
    assert days("Ngày 5/7, Hội Nông dân xã Tân Phú tổ chức Đại hội đại biểu lần thứ IX, nhiệm kỳ 2023 – 2028.") == [
        ("Ngày 5/7", "2023-07-05"), ("nhiệm kỳ 2023 – 2028", "2023-01-01")]
    # an emulation congress reviews its term: its last year
    assert days("Sáng 20/9, Đại hội Thi đua yêu nước huyện Cam Lộ lần thứ V, giai đoạn 2020 - 2025 diễn ra.") == [
        ("Sáng 20/9", "2025-09-20"), ("giai đoạn 2020 - 2025", "2020-01-01")]
    # an event welcoming a congress may fall in another year; a year the text writes wins
    assert days("Tối 3/11, đêm văn nghệ chào mừng Đại hội Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030 "
                "diễn ra tại quảng trường.") == [("Tối 3/11", None), ("nhiệm kỳ 2025 - 2030", "2025-01-01")]
    assert days("Ngày 14/12/2024, Đại hội đại biểu Hội Cựu chiến binh xã lần thứ VII, nhiệm kỳ 2024 - 2029 "
                "bế mạc.")[0] == ("Ngày 14/12/2024", "2024-12-14")
    # a publication date decides as before
    assert days("Sáng 12/10, Đại hội Đảng bộ huyện lần thứ XXV, nhiệm kỳ 2020 - 2025 khai mạc.",
                "2020-10-12")[0] == ("Sáng 12/10", "2020-10-12")


def test_a_day_month_with_its_year_after_nam():
    assert date_rows("Lễ mít tinh hưởng ứng Ngày Thế giới phòng chống AIDS 1-12 năm 2022 diễn ra tại xã.",
                     "2022-12-02") == [("1-12 năm 2022", "2022-12-01", "2022-12-01", "day")]
    assert date_rows("Buổi lễ được tổ chức vào ngày 2-9 năm 2021 tại nhà văn hóa.", None) == [
        ("ngày 2-9 năm 2021", "2021-09-02", "2021-09-02", "day")]
    # the holiday's own day without a year is still no date; a period's first year is not the day's
    assert date_rows("Chào mừng Ngày Nhà giáo Việt Nam 20/11, trường tổ chức hội diễn.", "2022-11-18") == []
    assert [r[0] for r in date_rows("Ngày 5/9 năm học 2023 - 2024 bắt đầu.", "2023-09-05")][0] == "Ngày 5/9"


def test_a_team_named_in_quotes_is_no_campaign():
    assert names("Dịp này, Huyện đoàn ra mắt đội hình “Chuyển đổi số cộng đồng” giúp người cao tuổi.") == []
    # the same words after a trigger, and a team of a campaign named with words between, still count
    assert names("Huyện đoàn phát động phong trào “Chuyển đổi số cộng đồng” trong đoàn viên.") == [
        "Chuyển đổi số cộng đồng"]
    assert names("Các đội hình tình nguyện “Mùa hè xanh” đã lên đường về các xã.") == ["Mùa hè xanh"]
