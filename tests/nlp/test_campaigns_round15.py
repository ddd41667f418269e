"""Campaign failure kinds of round 15 (batch 13 of real press, issue 14), one test each.

Every sentence here was written for these tests (no press text).
"""

from __future__ import annotations

from tests.nlp.mention_support import campaign_readers

names, surfaces = campaign_readers("2024-05-20T08:00:00+07:00")


# ---------------------------------------------------------------- counted criteria

def test_another_counted_criterion_is_another_campaign():
    # "5 có" is not "5 không": the thing a number counts changed
    assert names("Chi hội vận động hội viên thực hiện cuộc vận động “Xây dựng gia đình 5 có, "
                 "3 sạch” ở khu dân cư.") == ["Xây dựng gia đình 5 có, 3 sạch"]
    # a spelling of the catalogue name itself is still that campaign
    assert names("Chi hội thực hiện cuộc vận động “Xây dựng gia đình 5 không 3 sạch” ở khu dân "
                 "cư.") == ["Xây dựng gia đình 5 không, 3 sạch"]


def test_the_criteria_of_a_household_quoted_are_a_standard():
    assert names("Chi hội hướng dẫn các tiêu chí xây dựng gia đình “5 không 3 sạch”, “5 có, 3 "
                 "sạch” cho hội viên.") == []
    assert names("Xã đưa tiêu chuẩn hộ gia đình “5 không, 3 sạch” vào hương ước.") == []
    # cited with its trigger it still counts
    assert names("Chi hội đẩy mạnh cuộc vận động “Xây dựng gia đình 5 không, 3 sạch” trong năm "
                 "nay.") == ["Xây dựng gia đình 5 không, 3 sạch"]


# ---------------------------------------------------------------- funds, awards

def test_money_raised_for_a_quoted_name_is_the_fund():
    assert names("Các em thu nhặt giấy vụn, chai nhựa để gây quỹ “Kế hoạch nhỏ” của liên "
                 "đội.") == []
    # the money or goods it collected, named by the movement's words
    assert names("Liên đội trích số tiền “Kế hoạch nhỏ” để mua sách cho thư viện.") == []
    assert names("Chi đội dùng nguồn quỹ “Kế hoạch nhỏ” tặng quà bạn khó khăn.") == []
    assert names("Liên đội phát động phong trào “Kế hoạch nhỏ” trong toàn trường.") == ["Kế hoạch nhỏ"]
    # a drive named in the clause keeps its quoted name
    assert names("Hội phát động chiến dịch quyên góp gây quỹ “Ấm áp vùng cao” trong tháng "
                 "này.") == ["Ấm áp vùng cao"]


def test_an_award_named_with_a_movement_s_words_is_the_award():
    assert names("Trung đoàn được tặng Huy chương Quân kỳ Quyết thắng và cờ thi đua Quyết thắng "
                 "của Quân khu.") == []
    assert names("Đơn vị được nhận Cờ Quyết thắng vì thành tích huấn luyện.") == []
    assert names("Bộ chỉ huy phát động phong trào thi đua Quyết thắng trong toàn lực lượng.") \
        == ["Thi đua Quyết thắng"]


def test_a_trigger_s_initials_run_into_a_campaign_s():
    assert names("Khen thưởng các tập thể tiêu biểu trong PTTĐQT năm 2023.") == ["Thi đua Quyết thắng"]
    assert names("Xã làm tốt PTTDBVANTQ ở các thôn.") == ["Toàn dân bảo vệ an ninh Tổ quốc"]
    # an unknown word of capitals, or a short one, is none
    assert names("Trường THPT và PTNT cùng ký kết, PTDTBT được khen.") == []


# ---------------------------------------------------------------- named months, quotes

def test_a_bare_month_of_action_pointing_back_is_no_new_mention():
    text = ("Tháng hành động quốc gia phòng, chống HIV/AIDS được tổ chức hằng năm. Tháng hành "
            "động này thu hút đông đảo người dân tham gia phòng, chống HIV/AIDS.")
    assert names(text) == ["Tháng hành động quốc gia phòng, chống HIV/AIDS"]


def test_a_quote_opening_with_its_trigger_and_all_the_people():
    assert names("Huyện tiếp tục đẩy mạnh “Phong trào toàn dân tham gia giữ gìn vệ sinh môi "
                 "trường tại khu dân cư”.") == [
        "Toàn dân tham gia giữ gìn vệ sinh môi trường tại khu dân cư"]


# ---------------------------------------------------------------- lists parted by semicolons

def test_items_parted_by_semicolons_after_a_trigger_and_a_colon():
    text = ("Huyện đoàn triển khai các phong trào: Tuổi trẻ xung kích, sáng tạo bảo vệ môi "
            "trường biển; đồng hành với thanh niên lập thân, lập nghiệp; tổ chức hội trại cho "
            "thiếu nhi.")
    assert names(text) == ["Tuổi trẻ xung kích, sáng tạo bảo vệ môi trường biển",
                           "Bốn đồng hành với thanh niên lập thân, lập nghiệp"]
    # clauses parted by semicolons are no names
    assert names("Trong phong trào: các chi đoàn đã ra quân dọn vệ sinh; đoàn viên được tập "
                 "huấn kỹ năng.") == []



def test_a_catalogue_name_written_without_its_count():
    from baochi.nlp.campaigns import canonical
    assert canonical("đồng hành với thanh niên lập thân, lập nghiệp")[0] == \
        "Bốn đồng hành với thanh niên lập thân, lập nghiệp"
    # a short name is not lengthened by a count
    assert canonical("Xung kích")[2] is False


def test_a_movement_s_words_as_the_subject_of_what_a_practice_is():
    text = ("Hội nghị sơ kết cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” diễn ra "
            "sáng nay; lãnh đạo Sở cho rằng người Việt Nam ưu tiên dùng hàng Việt Nam chính là "
            "cách hỗ trợ doanh nghiệp trong nước.")
    assert names(text) == ["Người Việt Nam ưu tiên dùng hàng Việt Nam"]
    # the words repeated as what is done still cite it
    assert len(names("Hội nghị sơ kết cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” "
                     "diễn ra sáng nay; các cấp tiếp tục thực hiện người Việt Nam ưu tiên dùng "
                     "hàng Việt Nam trong năm tới.")) == 2


def test_a_count_written_as_a_figure_before_a_catalogue_name():
    from baochi.nlp.campaigns import canonical
    assert canonical("4 đồng hành với thanh niên lập thân, lập nghiệp")[0] == \
        "Bốn đồng hành với thanh niên lập thân, lập nghiệp"
    assert canonical("3 sẵn sàng")[0] == "Ba sẵn sàng"


def test_the_community_a_movement_of_all_the_people_works_in():
    assert names("Xã phát động phong trào toàn dân giữ gìn vệ sinh môi trường ở khu dân cư trong "
                 "dịp Tết.") == ["Toàn dân giữ gìn vệ sinh môi trường ở khu dân cư"]
    # a named place after it is where, not part of the name
    assert names("Xã phát động phong trào toàn dân giữ gìn vệ sinh môi trường tại xã Hòa "
                 "Bình.") == ["Toàn dân giữ gìn vệ sinh môi trường"]


def test_what_the_movements_did_parted_by_semicolons_is_no_list_of_names():
    assert names("Kết quả các phong trào: Hội viên đóng góp ngày công; Xây dựng nhà nhân "
                 "ái.") == []
    assert names("Nội dung chiến dịch: Sửa chữa đường giao thông; Tặng quà gia đình chính "
                 "sách.") == []
