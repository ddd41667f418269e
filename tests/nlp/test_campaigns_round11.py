"""Campaign failure kinds of real-text round 11 (issue 14: the kinds held-out batch 10 showed,
its new outlets now dev). Every sentence here was written for these tests (no press text). Each
test is one kind — initials bracketed inside a name, a short form apposed in brackets, a lead
word repeated before each listed name, initials after a trigger, a resolution's title, a name's
scope, the "học tập, làm theo" frame with a comma — plus the forms around each that must keep
working.
"""

from __future__ import annotations

from tests.nlp.mention_support import campaign_rows

PUB = "2024-06-12T08:00:00+07:00"
SUMMER = "Thanh niên tình nguyện hè"
P1719 = ("Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số "
         "và miền núi")
ANTQ = "Toàn dân bảo vệ an ninh Tổ quốc"
FAMILIES = "Xây dựng gia đình 5 không, 3 sạch"
HCM = "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"


def camps(text: str, pub: str | None = PUB) -> list[tuple[str, str]]:
    return campaign_rows(text, pub)


def names(text: str, pub: str | None = PUB) -> list[str]:
    return [n for _s, n in camps(text, pub)]


def test_initials_bracketed_inside_a_name_keep_the_longer_name():
    assert camps("Sáng 5/6, Huyện đoàn ra quân Chiến dịch Thanh niên tình nguyện (TNTN) hè năm 2024.") == [
        ("Thanh niên tình nguyện (TNTN) hè", SUMMER)]
    # initials closing the name, and the plain name, are what they were
    assert names("Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện hè (TNTN hè) tại xã Tân Lập.") == [SUMMER]
    assert names("Xã đoàn ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024.") == [SUMMER]
    # a bracket that is not the initials of the words before it is no part of the name
    assert names("Đoàn viên tham gia Chiến dịch Thanh niên tình nguyện (HN) tại thôn 3.") == [
        "Thanh niên tình nguyện"]


def test_a_short_form_apposed_in_brackets_is_the_same_mention():
    assert names("Tỉnh triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào "
                 "dân tộc thiểu số và miền núi giai đoạn 2021 - 2030 (gọi tắt là Chương trình MTQG 1719) "
                 "trên địa bàn.") == [P1719]
    assert names("Hội triển khai cuộc vận động “Xây dựng gia đình 5 không, 3 sạch” (gọi tắt là cuộc vận "
                 "động 5 không 3 sạch) tới các chi hội.") == [FAMILIES]
    assert names("Công an xã đẩy mạnh phong trào Toàn dân bảo vệ an ninh Tổ quốc (phong trào TDBVANTQ) "
                 "trong năm 2024.") == [ANTQ]
    # another campaign in a bracket that adds to the first is still counted
    assert names("Xã thực hiện phong trào “Dân vận khéo” (và phong trào “Ngày Chủ nhật xanh”) năm 2024.") == [
        "Dân vận khéo", "Ngày Chủ nhật xanh"]
    # the same short form used later in the paragraph is a later mention
    assert names("Huyện thực hiện phong trào Toàn dân bảo vệ an ninh Tổ quốc (TDBVANTQ). Phong trào "
                 "TDBVANTQ có 40 mô hình.") == [ANTQ, ANTQ]


def test_a_lead_word_repeated_before_each_listed_name():
    want = ["Mùa hè xanh", "Hoa phượng đỏ", "Kỳ nghỉ hồng"]
    assert names("Tỉnh đoàn phát động các chiến dịch tình nguyện hè. Chiến dịch: tình nguyện Mùa hè xanh, "
                 "tình nguyện Hoa phượng đỏ, tình nguyện Kỳ nghỉ hồng.") == want
    assert names("Năm nay có các chiến dịch: tình nguyện Mùa hè xanh, tình nguyện Hoa phượng đỏ và tình "
                 "nguyện Kỳ nghỉ hồng.") == want
    assert names("Tỉnh đoàn triển khai chiến dịch tình nguyện Mùa hè xanh, Hoa phượng đỏ, Kỳ nghỉ hồng.") == want


def test_initials_after_a_trigger_end_before_the_next_capital():
    assert camps("Hội tiếp tục đẩy mạnh phong trào ND SXKDG Các cấp hội đã giúp 200 hộ thoát nghèo.") == [
        ("ND SXKDG", "Nông dân sản xuất, kinh doanh giỏi")]
    assert camps("Công an xã đẩy mạnh phong trào TDBVANTQ Năm 2024 xã có 12 mô hình tự quản.") == [
        ("TDBVANTQ", ANTQ)]
    # words that run on into a longer catalogue name still belong to it
    assert names("Xã đẩy mạnh phong trào TDĐKXDĐSVH Khu dân cư ngày càng đi vào chiều sâu.") == [
        "Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"]
    # a capitalised name that is no initials is read as before
    assert names("Các cấp hội đẩy mạnh phong trào CCB Gương mẫu trong năm 2024.") == ["Cựu chiến binh gương mẫu"]


def test_a_resolutions_title_keeps_its_years_and_a_names_scope_is_dropped():
    title = "Thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025"
    assert names(f"Tỉnh phát động phong trào thi đua “{title}” trong toàn tỉnh.") == [title]
    # an ordinary quoted name still loses its edition
    assert names("Hội phát động phong trào “Phụ nữ làm kinh tế giỏi giai đoạn 2021 - 2025” tới chi hội.") == [
        "Phụ nữ làm kinh tế giỏi"]
    # the scope of a name goes with its edition
    assert names("Hội đẩy mạnh phong trào “Người cao tuổi tham gia bảo vệ môi trường trên địa bàn huyện "
                 "giai đoạn 2020 - 2025” ở các chi hội.") == ["Người cao tuổi tham gia bảo vệ môi trường"]
    assert names("Hội đẩy mạnh phong trào “Người cao tuổi tham gia bảo vệ môi trường trên địa bàn tỉnh”.") == [
        "Người cao tuổi tham gia bảo vệ môi trường"]


def test_the_learning_frame_written_with_a_comma():
    assert names("Hội nghị tuyên dương 50 điển hình tiên tiến trong học tập, làm theo tư tưởng, đạo đức, "
                 "phong cách Hồ Chí Minh năm 2024.") == [HCM]
    assert names("Chi bộ đẩy mạnh học tập, làm theo tấm gương đạo đức Hồ Chí Minh trong đảng viên.") == [HCM]
    # the frame with "và" is what it was; a learning that is no campaign names none
    assert names("Huyện biểu dương 30 tập thể điển hình trong học tập và làm theo tấm gương đạo đức Hồ Chí "
                 "Minh.") == [HCM]
    assert names("Học sinh thi đua học tập, làm theo lời thầy cô dặn.") == []


def test_a_named_emulation_drive_is_a_campaign():
    assert camps("Ủy ban MTTQ tỉnh phát động đợt thi đua đặc biệt “Chào mừng Đại hội đại biểu MTTQ Việt Nam "
                 "tỉnh lần thứ XV” tới các cấp mặt trận.") == [
        ("Chào mừng Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XV",
         "Chào mừng Đại hội đại biểu MTTQ Việt Nam tỉnh lần thứ XV")]
    # a drive without a name is none
    assert names("Ủy ban MTTQ tỉnh phát động đợt thi đua đặc biệt tới các cấp mặt trận.") == []


def test_a_programme_with_instalments_is_a_show():
    # a series' instalment right after the quote: a show or meeting series, not a drive
    assert names("Chương trình “Cà phê doanh nhân” kỳ 5 bàn về xuất khẩu nông sản.") == []
    assert names("Chương trình “Tiếng hát học đường” mùa 2 tìm ra quán quân.") == []
    assert names("Chương trình “Gặp gỡ doanh nghiệp” năm 2024 thu hút 100 doanh nghiệp.") == []
    # a drive with its edition year, or an ordinal edition, is still a drive
    assert names("Hội phát động chương trình “Áo ấm cho em” năm 2024 tới các chi hội.") == ["Áo ấm cho em"]
    assert names("Tỉnh đoàn tổ chức chương trình “Xuân yêu thương” lần thứ 5 tại xã Tân Lập.") == [
        "Xuân yêu thương"]


def test_a_promotion_or_a_wartime_battle_named_as_a_campaign_is_none():
    assert names("Chiến dịch quảng bá “Du lịch Hà Giang mùa hoa” thu hút 10.000 lượt khách.") == []
    assert names("Sở tổ chức chương trình xúc tiến “Nông sản sạch vào siêu thị” cho 30 hợp tác xã.") == []
    assert names("Chiến dịch “Chiến thắng Đường 9 - Nam Lào” năm 1971 là mốc son lịch sử.") == []
    assert names("Cựu chiến binh kể về Chiến dịch Tây Nguyên 1975 cho học sinh.") == []
    # the youth campaigns are no battles
    assert names("Chiến dịch “Mùa hè xanh 2017” ra quân tại 5 xã.") == ["Mùa hè xanh"]
    assert names("Xã đoàn ra quân Chiến dịch Thanh niên tình nguyện hè năm 2024.") == [SUMMER]


def test_a_programme_named_unquoted_before_its_quoted_theme():
    assert camps("Hội tổ chức Chương trình Tết Nhân ái “Xuân yêu thương” cho 100 hộ nghèo.") == [
        ("Tết Nhân ái", "Tết Nhân ái")]
    # a plan, a curriculum or a show before a quote is still none
    assert names("Trường tổ chức Chương trình Giáo dục Kỹ năng “An toàn mùa hè” cho học sinh.") == []
    assert names("Tối 5/6, Đoàn tổ chức Chương trình Ca Nhạc Đường Phố “Giai điệu mùa hè”.") == []


def test_a_trigger_typed_a_tone_mark_off():
    assert names("Sáng 5/6, xã Đoàn ra quân Chiền dịch Thanh niên tình nguyện hè năm 2024.") == [SUMMER]
    assert names("Đoàn trường ra quân chiến dich tình nguyện Mùa hè xanh tại xã Tân Lập.") == ["Mùa hè xanh"]
    # other words written like it stay words
    assert names("Ông Chiến dịch tài liệu sang tiếng Anh cho đoàn khách.") == []


def test_a_quoted_event_its_launcher_follows_is_no_drive():
    # an evening, a festival night, a fair or a contest named in quotes before "do … phát động"
    assert names("Tổ chức “Đêm hội trăng rằm” do Đoàn phường phát động thu hút 300 em nhỏ.") == []
    assert names("“Hội chợ việc làm thanh niên” do Tỉnh đoàn phát động thu hút 40 doanh nghiệp.") == []
    # a drive its launcher follows is still one (round 9)
    assert names("Chuỗi hoạt động “Tết Nhân ái” do Trung ương Hội Chữ thập đỏ phát động đã trao 500 suất quà.") == [
        "Tết Nhân ái"]


def test_a_month_of_trade_or_of_a_faith_is_no_campaign():
    assert names("Tháng Khuyến mại Hà Nội năm 2024 thu hút 500 doanh nghiệp tham gia.") == []
    assert names("Tháng Ưu đãi tri ân khách hàng của ngân hàng kéo dài đến cuối tháng 6.") == []
    assert names("Tháng Ăn chay của người Hồi giáo bắt đầu từ tuần trước.") == []
    # the months of the movements are what they were
    assert names("Tỉnh đoàn phát động Tháng Thanh niên năm 2024 tại xã Tân Lập.") == ["Tháng Thanh niên"]
    assert names("Công đoàn ngành hưởng ứng Tháng Công nhân năm 2024.") == ["Tháng Công nhân"]


def test_a_quote_after_a_vehicle_a_garden_or_a_shop_names_that_thing():
    assert names("Xe lưu động “Tiếp sức mùa thi” đưa đón thí sinh về điểm thi.") == []
    assert names("Vườn hoa “Thanh niên tình nguyện” được khánh thành sáng nay.") == []
    assert names("Quán cà phê “Mùa hè xanh” của nhóm sinh viên mở cửa từ 7 giờ.") == []
    # the campaign cited by its trigger beside such a thing still counts
    assert names("Đội xe của chiến dịch “Tiếp sức mùa thi” đưa đón thí sinh.") == ["Tiếp sức mùa thi"]


def test_a_contest_called_a_programme_or_a_call_for_works_is_no_drive():
    assert names("Chương trình “Đường lên đỉnh Olympia” năm thứ 24 có 4 thí sinh vào chung kết.") == []
    assert names("Chương trình “Sao Mai điểm hẹn” tìm ra quán quân năm 2024.") == []
    assert names("Cuộc vận động sáng tác văn học “Vì an ninh Tổ quốc” nhận 300 tác phẩm.") == []
    # a drive that helps candidates is still a drive
    assert names("Chương trình “Tiếp sức đến trường” hỗ trợ 30 thí sinh nghèo nhập học.") == [
        "Tiếp sức đến trường"]
    assert names("Chương trình “Tiếp sức mùa thi” năm nay đã hỗ trợ 5.000 thí sinh.") == ["Tiếp sức mùa thi"]


def test_a_quote_opening_with_its_trigger_after_a_theme_names_itself():
    month = "Tháng hành động vì an toàn thực phẩm"
    assert names("Với chủ đề “Bảo đảm an toàn thực phẩm trong tình hình mới”, “Tháng hành động vì an toàn "
                 "thực phẩm” năm nay tập trung tuyên truyền.") == [month]
    # further themes or funds of a list stay theirs
    assert names("Hội vận động ủng hộ các quỹ “Vì người nghèo”, “Đền ơn đáp nghĩa” trong hội viên.") == []
