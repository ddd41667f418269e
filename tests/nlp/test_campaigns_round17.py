"""Campaign failure kinds of round 17 (batch 15 of real press, issue 14), one test each.

Every sentence here was written for these tests (no press text).
"""

from __future__ import annotations

from tests.nlp.mention_support import campaign_readers

names, surfaces = campaign_readers("2024-05-20T08:00:00+07:00")


def test_a_peoples_group_before_a_national_aim_names_its_own_movement():
    assert names("Hội đẩy mạnh phong trào “Phụ nữ Hà Giang chung sức xây dựng nông thôn mới”.") \
        == ["Phụ nữ Hà Giang chung sức xây dựng nông thôn mới"]
    assert names("Hội đẩy mạnh phong trào “Nông dân Hà Giang chung sức xây dựng nông thôn mới”.") \
        == ["Nông dân Hà Giang chung sức xây dựng nông thôn mới"]


def test_a_province_alone_before_a_national_aim_is_the_national_movement():
    assert names("Tỉnh đẩy mạnh phong trào “Hà Giang chung sức xây dựng nông thôn mới”.") \
        == ["Chung sức xây dựng nông thôn mới"]
    assert names("Xã hưởng ứng phong trào “Toàn dân chung sức xây dựng nông thôn mới”.") \
        == ["Chung sức xây dựng nông thôn mới"]


def test_a_name_whose_quote_opens_inside_it_keeps_its_closing_quote():
    assert surfaces("Lễ phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” diễn ra tại xã.") \
        == ["Tết trồng cây “Đời đời nhớ ơn Bác Hồ”"]
    assert surfaces("Xã phát động Tháng cao điểm “Vì người nghèo” năm 2024.") \
        == ["Tháng cao điểm “Vì người nghèo”"]


def test_a_battle_whose_unquoted_name_runs_into_its_clause_is_no_campaign():
    assert names("Chiến dịch Điện Biên Phủ kết thúc thắng lợi.") == []
    assert names("Chiến dịch Hồ Chí Minh lịch sử giành thắng lợi.") == []
    assert names("Trong chiến dịch Tây Nguyên, đơn vị lập công lớn.") == []
    # a campaign of volunteers after the same trigger still is one
    assert names("Tỉnh đoàn phát động Chiến dịch Mùa hè xanh năm 2024.") == ["Mùa hè xanh"]


def test_an_unquoted_name_stops_before_a_time_or_outcome_of_its_clause():
    assert names("Phong trào Tuổi trẻ chung tay vì cộng đồng cuối năm nay có 300 đoàn viên.") \
        == ["Tuổi trẻ chung tay vì cộng đồng"]
    assert names("Phong trào Thanh niên xung kích bảo vệ môi trường giành nhiều giải thưởng.") \
        == ["Thanh niên xung kích bảo vệ môi trường"]
