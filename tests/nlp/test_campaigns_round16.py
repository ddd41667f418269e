"""Campaign failure kinds of round 16 (batch 14 of real press, issue 14), one test each.

Every sentence here was written for these tests (no press text).
"""

from __future__ import annotations

from tests.nlp.mention_support import campaign_names, campaign_surfaces

PUB = "2024-05-20T08:00:00+07:00"


def names(text, pub=PUB, source=None):
    return campaign_names(text, pub, source)


def surfaces(text, pub=PUB, source=None):
    return campaign_surfaces(text, pub, source)


# ---------------------------------------------------------------- months named by their cause

def test_a_month_of_action_named_by_its_cause_in_lower_case():
    assert names("Trường tổ chức lễ phát động tháng an toàn giao thông năm học 2024 - 2025.") \
        == ["Tháng an toàn giao thông"]
    assert names("Trong tháng an toàn giao thông, các em được học luật.") == ["Tháng an toàn giao thông"]
    assert names("Xã hưởng ứng tháng cao điểm an toàn giao thông dịp Tết.") \
        == ["Tháng cao điểm an toàn giao thông"]
    assert names("Các cơ sở hưởng ứng tháng hành động quốc gia về dân số.") \
        == ["Tháng hành động quốc gia về dân số"]
    # the catalogue's month in its short wording
    assert names("Công ty hưởng ứng tháng an toàn, vệ sinh lao động năm nay.") \
        == ["Tháng hành động về an toàn, vệ sinh lao động"]


def test_a_quoted_month_named_by_its_cause_is_the_whole_quote():
    assert names("Nhà trường tổ chức hoạt động “Tháng an toàn giao thông cho học sinh đến trường” "
                 "trong tuần đầu.") == ["Tháng an toàn giao thông cho học sinh đến trường"]
    assert names("Trường tổ chức hoạt động “Tháng an toàn giao thông” cho học sinh.") \
        == ["Tháng an toàn giao thông"]


def test_a_span_of_time_or_a_fund_is_no_month_of_action():
    assert names("Sau 1 tháng an toàn, bệnh nhân được xuất viện.") == []
    assert names("Suốt ba tháng an toàn giao thông được giữ vững.") == []
    assert names("Trong tháng, an toàn giao thông được bảo đảm.") == []
    assert names("Các tháng an toàn giao thông trước đây đều có kết quả tốt.") == []
    assert names("Quỹ “Tháng an toàn giao thông” trao học bổng cho học sinh.") == []


# ---------------------------------------------------------------- a campaign named as a day

def test_a_day_named_campaign_with_its_day_word_in_lower_case():
    assert names("Các chi đoàn tham gia các hoạt động ngày “Chủ nhật xanh” trên toàn địa bàn.") \
        == ["Ngày Chủ nhật xanh"]
    assert names("Đoàn viên tham gia ngày Chủ nhật xanh ở khu phố.") == ["Ngày Chủ nhật xanh"]
    assert names("Đoàn viên hăng hái tham gia ngày “Thứ bảy tình nguyện” ở khu phố.") \
        == ["Ngày thứ Bảy tình nguyện"]
    # an ordinary Sunday is none, nor a fund
    assert names("Các chi đoàn dọn vệ sinh vào ngày chủ nhật đầu tháng.") == []
    assert names("Quỹ ngày “Vì người nghèo” được trao cho các hộ.") == []


# ---------------------------------------------------------------- a movement's aim before its quote

def test_a_movement_s_aim_between_its_trigger_and_its_quoted_name():
    assert names("Hưởng ứng phong trào phát động xây dựng trường học “Xanh – Sạch – Đẹp” của ngành, "
                 "nhà trường trồng thêm cây.") == ["Xanh - Sạch - Đẹp"]
    assert names("Hội phát động cuộc vận động rèn luyện phẩm chất đạo đức “Tự tin – tự trọng – "
                 "trung hậu – đảm đang” trong hội viên.") == ["Tự tin – tự trọng – trung hậu – đảm đang"]
    # a clause between them is no aim: the quote is a saying
    assert names("Phong trào đã giúp nhiều hộ gia đình có cuộc sống “ấm no, hạnh phúc”.") == []


def test_a_motto_recurring_after_a_place_s_noun_is_the_standard():
    text = ("Bệnh viện hưởng ứng phong trào xây dựng bệnh viện “Xanh-Sạch-Đẹp” của ngành. Các khoa "
            "giữ gìn vệ sinh và xây dựng khuôn viên “Xanh-Sạch-Đẹp”.")
    assert surfaces(text) == ["Xanh-Sạch-Đẹp"]
    # cited by a preposition it is the movement again
    assert names("Phong trào “Xanh - Sạch - Đẹp” được các trường hưởng ứng. Nhờ “Xanh - Sạch - "
                 "Đẹp”, sân trường luôn sạch.") == ["Xanh - Sạch - Đẹp", "Xanh - Sạch - Đẹp"]


# ---------------------------------------------------------------- a longer name than the catalogue's

def test_a_catalogue_name_with_short_aims_of_its_own_is_another_movement():
    assert names("Ủy ban thực hiện phong trào “Xây dựng nông thôn mới, đô thị văn minh, sống tốt "
                 "đời, đẹp đạo” trong giáo dân.") == [
        "Xây dựng nông thôn mới, đô thị văn minh, sống tốt đời, đẹp đạo"]
    # the catalogue's own longer wording, or a clause after the name, keeps the catalogue's
    assert names("Hội phát động phong trào “Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết "
                 "giúp nhau làm giàu” trong hội viên.") == ["Nông dân sản xuất, kinh doanh giỏi"]
    assert names("Chi hội thực hiện cuộc vận động “Xây dựng gia đình 5 không, 3 sạch, gắn với xây "
                 "dựng nông thôn mới” ở thôn.") == ["Xây dựng gia đình 5 không, 3 sạch"]


# ---------------------------------------------------------------- a trigger inside a document's title

def test_a_movement_named_with_its_trigger_inside_a_document_s_subject():
    assert names("Tỉnh ban hành Kế hoạch số 12/KH-UBND về “Đẩy mạnh phong trào học tập suốt đời "
                 "trong gia đình, dòng họ, cộng đồng đến năm 2030”.") == [
        "Học tập suốt đời trong gia đình, dòng họ, cộng đồng"]
    assert names("Chỉ thị số 12-CT/TU về “Tăng cường cuộc vận động Người Việt Nam ưu tiên dùng "
                 "hàng Việt Nam” được triển khai.") == ["Người Việt Nam ưu tiên dùng hàng Việt Nam"]
    # the emulation movement in general, or a subject without a trigger, names none
    assert names("Kế hoạch số 20/KH-UBND về “Tiếp tục thực hiện phong trào thi đua yêu nước trong "
                 "tình hình mới” được ban hành.") == []
    assert names("Nghị quyết số 15 về “Nâng cao chất lượng các phong trào thi đua giai đoạn 2021-"
                 "2025” đã được ban hành.") == []
