"""Campaign failure kinds of round 16 (batch 14 of real press, issue 14), one test each.

Every sentence here was written for these tests (no press text).
"""

from __future__ import annotations

from tests.nlp.mention_support import campaign_readers

names, surfaces = campaign_readers("2024-05-20T08:00:00+07:00")


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


def test_a_month_named_by_its_cause_in_the_press_s_initials_and_its_occasion():
    assert names("Trường phát động tháng ATGT năm học 2024 - 2025.") == ["Tháng an toàn giao thông"]
    assert names("Công ty hưởng ứng tháng ATVSLĐ năm nay.") == [
        "Tháng hành động về an toàn, vệ sinh lao động"]
    # the occasion after the name is its edition; a variant wording of a catalogue month is it
    assert names("Huyện phát động Tháng cao điểm ATGT dịp Tết.") == ["Tháng cao điểm an toàn giao thông"]
    assert names("Thành phố tổ chức Tháng cao điểm an toàn thực phẩm Tết Nguyên đán Giáp Thìn "
                 "2024.") == ["Tháng hành động vì an toàn thực phẩm"]
    # another disease is another month
    assert names("Huyện hưởng ứng Tháng hành động quốc gia phòng chống lao năm nay.") == [
        "Tháng hành động quốc gia phòng chống lao"]


def test_a_quoted_month_named_by_its_cause_is_the_whole_quote():
    assert names("Nhà trường tổ chức hoạt động “Tháng an toàn giao thông cho học sinh đến trường” "
                 "trong tuần đầu.") == ["Tháng an toàn giao thông cho học sinh đến trường"]
    assert names("Trường tổ chức hoạt động “Tháng an toàn giao thông” cho học sinh.") \
        == ["Tháng an toàn giao thông"]


def test_the_theme_after_a_dash_in_a_quoted_month_is_not_its_name():
    assert names("Trường hưởng ứng “Tháng an toàn giao thông - Vì sự an toàn của học sinh” trong "
                 "tháng 9.") == ["Tháng an toàn giao thông"]


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


def test_a_day_named_campaign_with_its_figure_and_no_name_across_a_comma():
    assert names("Đoàn viên tham gia “Ngày thứ 7 tình nguyện” tại khu phố.") == ["Ngày thứ Bảy tình nguyện"]
    assert names("Đoàn viên tham gia ngày Thứ bảy tình nguyện tại khu phố.") == ["Ngày thứ Bảy tình nguyện"]
    # the words across a comma, or running into a longer word, are no name
    assert names("Vào ngày thứ bảy, tình nguyện viên dọn rác.") == []
    assert names("Vào ngày thứ bảy tình nguyện viên dọn rác.") == []
    assert names("Ngày chủ nhật, xanh mát cả con đường.") == []


# ---------------------------------------------------------------- a movement's aim before its quote

def test_a_movement_s_aim_between_its_trigger_and_its_quoted_name():
    assert names("Hưởng ứng phong trào phát động xây dựng trường học “Xanh – Sạch – Đẹp” của ngành, "
                 "nhà trường trồng thêm cây.") == ["Xanh - Sạch - Đẹp"]
    assert names("Hội phát động cuộc vận động rèn luyện phẩm chất đạo đức “Tự tin – tự trọng – "
                 "trung hậu – đảm đang” trong hội viên.") == ["Tự tin - tự trọng - trung hậu - đảm đang"]
    # a clause between them is no aim: the quote is a saying
    assert names("Phong trào đã giúp nhiều hộ gia đình có cuộc sống “ấm no, hạnh phúc”.") == []


def test_the_four_qualities_campaign_in_its_spellings():
    expected = ["Tự tin - tự trọng - trung hậu - đảm đang"]
    assert names("Hội phát động cuộc vận động “Tự tin, tự trọng, trung hậu, đảm đang”.") == expected
    assert names("Hội phát động cuộc vận động “Tự tin – Tự trọng – Trung hậu – Đảm đang”.") == expected
    assert names("Hội phát động cuộc vận động “Phụ nữ tự tin, tự trọng, trung hậu, đảm đang”.") \
        == expected
    # the qualities themselves, quoted or not, without a trigger: a motto
    assert names("Chị em luôn rèn luyện phẩm chất “Tự tin, tự trọng, trung hậu, đảm đang”.") == []
    assert names("Phụ nữ xã luôn tự tin, tự trọng, trung hậu, đảm đang trong công việc.") == []


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


def test_the_lifelong_learning_movement_and_its_successor_with_units():
    assert names("Huyện đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng "
                 "giai đoạn 2021-2030.") == ["Học tập suốt đời trong gia đình, dòng họ, cộng đồng"]
    assert names("Huyện đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng họ, cộng đồng, "
                 "đơn vị giai đoạn 2021-2030.") == [
        "Học tập suốt đời trong gia đình, dòng họ, cộng đồng, đơn vị"]
    # a clause after the comma is no aim of the name; a name that lists nothing takes none
    assert names("Qua phong trào Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh, quê "
                 "hương đổi mới.") == ["Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"]
    assert names("Qua phong trào “Chung sức xây dựng nông thôn mới, quê hương đổi mới”, xã đạt "
                 "chuẩn.") == ["Chung sức xây dựng nông thôn mới"]


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


def test_a_contest_about_a_document_keeps_the_trigger_in_its_subject_out():
    assert names("Cuộc thi tìm hiểu Kế hoạch 12/KH-UBND về “Đẩy mạnh phong trào học tập suốt đời "
                 "trong gia đình, dòng họ, cộng đồng” kết thúc.") == []
    # a purpose between them: the document's own subject again
    assert names("Cuộc thi nhằm tuyên truyền Kế hoạch 12/KH-UBND về “Đẩy mạnh phong trào học tập "
                 "suốt đời trong gia đình, dòng họ, cộng đồng”.") == [
        "Học tập suốt đời trong gia đình, dòng họ, cộng đồng"]


# ---------------------------------------------------------------- drives named by their greetings

def test_a_drive_named_by_parallel_greetings():
    assert names("Đơn vị phát động đợt thi đua cao điểm mừng Đảng, mừng Xuân năm 2024.") \
        == ["Mừng Đảng, mừng Xuân"]
    assert names("Huyện phát động Tháng cao điểm mừng Đảng, mừng Xuân năm 2024.") \
        == ["Tháng cao điểm mừng Đảng, mừng Xuân"]
    # one greeting is the emulation's purpose; a plural trigger is a class; a show is an event
    assert names("Đơn vị phát động đợt thi đua chào mừng Đại hội Đảng bộ tỉnh.") == []
    assert names("Các đợt thi đua mừng Đảng, mừng Xuân đã kết thúc.") == []
    assert names("Chương trình nghệ thuật mừng Đảng, mừng Xuân diễn ra tối nay.") == []
    assert names("Hội thi đua tài mừng Đảng, mừng Xuân khai mạc.") == []


def test_a_national_week_in_lower_case():
    assert names("Xã phát động tuần lễ quốc gia nước sạch và vệ sinh môi trường.") == [
        "Tuần lễ quốc gia nước sạch và vệ sinh môi trường"]
    # one week, one id, with or without "về"
    assert names("Xã hưởng ứng tuần lễ quốc gia về nước sạch và vệ sinh môi trường năm nay.") == [
        "Tuần lễ quốc gia nước sạch và vệ sinh môi trường"]
    # a catalogued week keeps the catalogue's name
    assert names("Công ty hưởng ứng tuần lễ quốc gia an toàn vệ sinh lao động - phòng chống cháy "
                 "nổ.") == ["Tuần lễ Quốc gia An toàn, vệ sinh lao động - Phòng chống cháy nổ"]


# ---------------------------------------------------------------- traps, written variants

TRAPS = [
    # funds
    "Hội trao 50 suất học bổng từ Quỹ “Vì người nghèo” của xã.",
    "Xã vận động ủng hộ quỹ \"Vì người nghèo\" được 50 triệu đồng.",
    "QUỸ “VÌ NGƯỜI NGHÈO” TRAO 100 CĂN NHÀ.",
    "Quỹ “Tháng an toàn giao thông” trao học bổng cho học sinh.",
    "Quỹ ngày “Chủ nhật xanh” được lập từ phế liệu.",
    # prizes and contests
    "Tỉnh trao Giải thưởng “Chung sức xây dựng nông thôn mới” cho 10 tập thể.",
    "Giải báo chí về “Chung sức xây dựng nông thôn mới” năm 2024 được trao.",
    "Giải “Tháng an toàn giao thông” được trao cho lớp 5A.",
    "Giải bóng đá “Mùa hè xanh” khai mạc sáng nay.",
    "Cuộc thi trực tuyến tìm hiểu về “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
    "Minh” thu hút 2.000 lượt.",
    "Hội thi \"Tháng an toàn giao thông\" dành cho học sinh khối 5.",
    "Cuộc thi sáng tác ca khúc về “Mùa hè xanh” đã có 40 tác phẩm.",
    "Hội thi tìm hiểu Quyết định về “Đẩy mạnh phong trào học tập suốt đời trong gia đình, dòng "
    "họ, cộng đồng giai đoạn 2021-2030” diễn ra sôi nổi.",
    # slogans, themes, messages, models
    "Với khẩu hiệu “Mùa hè xanh”, các đội hình ra quân.",
    "Khẩu hiệu “Tháng an toàn giao thông - Vì sự an toàn của mọi người” được căng ở cổng trường.",
    "Với chủ đề: “Tết trồng cây đời đời nhớ ơn Bác Hồ”, lễ mít tinh diễn ra tại xã.",
    "Với chủ đề “Tháng an toàn giao thông cho học sinh”, trường tổ chức chào cờ.",
    "Với thông điệp “Ngày Chủ nhật xanh”, các em dọn vệ sinh.",
    "Thông điệp “Xanh-Sạch-Đẹp” được in trên áo.",
    "Mô hình “Tháng an toàn giao thông” ở trường được nhân rộng.",
    "Xã ra mắt mô hình mang tên “Ngày Chủ nhật xanh”.",
    "Tiêu chí “Xanh - Sạch - Đẹp” được đưa vào hương ước.",
    "Tủ sách “Tự tin – tự trọng – trung hậu – đảm đang” ra mắt.",
    # a leader's words
    "Bác Hồ dạy: “Dân vận khéo thì việc gì cũng thành công”.",
    "Lời Bác “Thi đua là yêu nước, yêu nước thì phải thi đua” luôn được khắc ghi.",
    "Chủ tịch nước nói: “Hãy chung tay hưởng ứng tháng an toàn giao thông”.",
    "Bà nói: “Phụ nữ phải tự tin, tự trọng, trung hậu, đảm đang”.",
]


def test_funds_prizes_contests_slogans_models_and_sayings_are_no_campaigns():
    for text in TRAPS:
        assert names(text) == [], text
