"""Organisation failure kinds of round 28 (issue 14, fixer F45): structure. A bare "tỉnh" on the
paper of a city that was a province until it was renamed (the province's body, the word "tỉnh"
saying the level); districts listed bare after a district's body (each that body there); the
associations of former members named by a pair of provinces joined by a dash (one body); a
steering board written bare after the one board the paragraph names in full (that board); a
Hmong person's name after "tỉnh" (no place).

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as orgs

HUE = "https://baothuathienhue.vn/tin-tuc/1.htm"

# ------------------------------------------------ a bare "tỉnh" on a renamed city's paper


def test_a_bare_province_on_the_paper_of_a_city_renamed_is_the_former_province():
    assert names("Năm nay, Hội Nông dân tỉnh đã phối hợp với các huyện tổ chức hội thi.",
                 source=HUE, pub=None) == ["Hội Nông dân tỉnh Thừa Thiên Huế"]


def test_the_province_called_home_on_that_paper_is_the_former_province_too():
    assert names("Sáng nay, Hội Khuyến học tỉnh nhà trao quà cho học sinh.",
                 source=HUE, pub=None) == ["Hội Khuyến học tỉnh Thừa Thiên Huế"]


def test_a_bare_province_on_a_city_paper_that_was_a_city_before_is_unchanged():
    # Đà Nẵng absorbed a province in 2025 but was a city before: its own body
    assert names("Sáng nay, Hội Khuyến học tỉnh trao quà cho học sinh.",
                 source="https://baodanang.vn/tin/1.htm", pub=None) == [
        "Hội Khuyến học thành phố Đà Nẵng"]


# ------------------------------------------------ districts listed bare after a district's body


def test_districts_listed_bare_after_a_districts_union_are_each_that_union():
    assert orgs("Vòng chung kết có 4 đội gồm HND huyện Hoằng Hóa, Triệu Sơn, Quảng Xương và "
                "Yên Định.", source="baothanhhoa") == [
        ("HND huyện Hoằng Hóa", "Hội Nông dân huyện Hoằng Hóa"),
        ("Triệu Sơn", "Hội Nông dân huyện Triệu Sơn"),
        ("Quảng Xương", "Hội Nông dân huyện Quảng Xương"),
        ("Yên Định", "Hội Nông dân huyện Yên Định")]


def test_a_province_after_a_districts_body_is_its_address_not_a_list():
    assert names("Hội Nông dân huyện Hoằng Hóa, Thanh Hóa vừa tổ chức hội nghị.",
                 source="baothanhhoa") == ["Hội Nông dân huyện Hoằng Hóa"]


def test_a_name_no_district_has_ends_the_list():
    assert names("Hội Nông dân huyện Triệu Sơn, Nguyễn Văn Bình cho biết.",
                 source="baothanhhoa") == ["Hội Nông dân huyện Triệu Sơn"]


# ------------------------------------------------ a pair of provinces in a veterans' body


def test_a_former_youth_volunteers_association_of_two_provinces_is_one_body():
    assert orgs("Hôm qua, Hội Cựu thanh niên xung phong tỉnh Gia Lai - Hà Nội đã tặng quà.",
                source="baogialai") == [
        ("Hội Cựu thanh niên xung phong tỉnh Gia Lai - Hà Nội",
         "Hội Cựu thanh niên xung phong tỉnh Gia Lai - Hà Nội")]


def test_its_liaison_board_written_without_the_level_keeps_the_pair():
    assert names("Ông A, Trưởng Ban liên lạc Hội Cựu chiến binh Gia Lai - Hà Nội, phát biểu.",
                 source="baogialai")[-1].lower() == \
        "ban liên lạc hội cựu chiến binh gia lai - hà nội"


def test_a_union_of_one_province_then_a_dash_and_another_is_no_pair():
    assert "Hội Nông dân tỉnh Gia Lai" in names(
        "Hội Nông dân tỉnh Gia Lai - Bình Định ký kết giao ước thi đua.", source="baogialai")


# ------------------------------------------------ a steering board written bare


def test_a_bare_steering_board_after_the_one_named_in_full_is_that_board():
    assert orgs("Sáng 5-6, Thường trực Ban chỉ đạo vận động hiến máu tình nguyện huyện Phú Giáo "
                "tổ chức ngày hội. Tại buổi lễ, Ban chỉ đạo đã vận động 120 người tham gia.",
                source="baobinhduong")[-1] == (
        "Ban chỉ đạo", "Ban chỉ đạo vận động hiến máu tình nguyện huyện Phú Giáo")


def test_the_board_initials_defined_in_brackets_and_written_again():
    rows = orgs("Ông B, Trưởng Ban chỉ đạo (BCĐ) phòng, chống thiên tai huyện Phú Giáo chủ trì "
                "cuộc họp BCĐ để triển khai kế hoạch.", source="baobinhduong")
    assert rows[-1][0] == "BCĐ"
    assert rows[-1][1].lower() == rows[-2][1].lower()


def test_a_bare_board_with_two_boards_named_is_left():
    rows = orgs("Ban chỉ đạo phòng, chống thiên tai huyện Phú Giáo và Ban chỉ đạo an toàn giao "
                "thông huyện Phú Giáo cùng họp. Ban chỉ đạo đã thống nhất kế hoạch.",
                source="baobinhduong")
    boards = {n for s, n in rows if s != "Ban chỉ đạo"}
    assert len(boards) == 2
    assert not [n for s, n in rows if s == "Ban chỉ đạo" and n in boards]


# ------------------------------------------------ a person's name after "tỉnh"


def test_a_hmong_name_after_the_province_level_is_a_person():
    assert names("Chủ tịch Ủy ban Mặt trận Tổ quốc tỉnh Sùng A Páo dự lễ.",
                 source="baoyenbai") == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái"]


# ------------------------------------------------ a congress's executive committee, its host


def test_a_bare_executive_committee_at_the_congress_of_one_union_is_that_unions():
    assert orgs("Bầu 31 người vào Ban Chấp hành khóa mới - Sáng nay diễn ra Đại hội đại biểu "
                "Hội Nông dân tỉnh Quảng Nam lần thứ X.", source="baoquangnam") == [
        ("Ban Chấp hành", "Ban Chấp hành Hội Nông dân tỉnh Quảng Nam"),
        ("Hội Nông dân tỉnh Quảng Nam", "Hội Nông dân tỉnh Quảng Nam")]


def test_a_committee_of_another_body_named_after_it_is_left():
    assert names("Đại hội đại biểu Hội Nông dân tỉnh Quảng Nam lần thứ X nghe Ban Chấp hành "
                 "Đảng bộ tỉnh chỉ đạo.", source="baoquangnam")[-1] == \
        "Ban Chấp hành Đảng bộ tỉnh Quảng Nam"


def test_the_youth_union_whose_congress_a_communes_union_holds_is_that_union():
    assert orgs("Ngày 12.3, Xã đoàn Mỹ Hòa Hưng, TP.Long Xuyên tổ chức Đại hội đại biểu Đoàn "
                "TNCS Hồ Chí Minh nhiệm kỳ 2022 - 2027.", source="baoangiang")[-1] == (
        "Đoàn TNCS Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Mỹ Hòa Hưng")


def test_the_youth_union_at_large_in_a_congress_without_its_host_stays_national():
    assert names("Đại hội đại biểu toàn quốc Đoàn TNCS Hồ Chí Minh lần thứ XII khai mạc.",
                 source="baoangiang") == ["Đoàn Thanh niên Cộng sản Hồ Chí Minh"]


# ------------------------------------------------ a seat written once after two associations


def test_the_seat_after_a_hometown_association_and_a_club_is_each_ones():
    assert names("Đây là chương trình của Hội đồng hương tỉnh Quảng Trị và CLB doanh nhân "
                 "Quảng Trị tại TP. Hồ Chí Minh nhằm hỗ trợ người nghèo.",
                 source="baoquangtri") == [
        "Hội đồng hương tỉnh Quảng Trị tại Thành phố Hồ Chí Minh",
        "Câu lạc bộ doanh nhân Quảng Trị tại Thành phố Hồ Chí Minh"]


# ------------------------------------------------ groupings written in lower case


def test_the_grassroots_unions_of_a_district_are_no_one_body():
    assert names("Các cơ sở đoàn huyện Gia Lộc đã làm 9 công trình thanh niên.",
                 source="baohaiduong") == []


def test_the_districts_youth_union_written_alone_is_still_read():
    assert names("Đoàn huyện Gia Lộc đã làm 9 công trình thanh niên.",
                 source="baohaiduong") == ["Huyện đoàn Gia Lộc"]


def test_pioneer_units_counted_in_lower_case_are_no_one_body():
    assert names("Tỉnh đoàn tặng bằng khen 3 liên đội nhà trường; tặng cờ cho Liên đội Trường "
                 "Tiểu học Gia Xuyên.", source="baohaiduong") == [
        "Tỉnh đoàn Hải Dương", "Liên đội Trường Tiểu học Gia Xuyên"]


def test_schools_counted_then_named_are_each_read():
    assert "Trường Trung học cơ sở Lê Lợi" in names(
        "Huyện có 2 trường THCS Lê Lợi và Trần Phú đạt chuẩn.", source="baohaiduong")


# ------------------------------------------------ border commands, youth volunteer units


def test_the_party_committee_of_a_renamed_border_command_takes_the_new_name():
    assert names("Đại tá Trần Văn B, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh Lạng Sơn "
                 "cho biết.", source="baolangson", pub="2026-02-10")[:2] == [
        "Đảng ủy Ban Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn",
        "Ban Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn"]


def test_the_border_force_written_bare_after_the_provinces_command_is_that_command():
    assert orgs("Dịp này, Ban Chỉ huy BĐBP tỉnh Lạng Sơn trao 50 suất quà. Lực lượng Biên phòng "
                "còn khám bệnh cho người dân.", source="baolangson", pub="2026-02-10") == [
        ("Ban Chỉ huy BĐBP tỉnh Lạng Sơn", "Ban Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn"),
        ("Lực lượng Biên phòng", "Ban Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn")]


def test_the_border_force_with_no_provinces_command_named_is_left():
    assert "Ban Chỉ huy Bộ đội Biên phòng tỉnh Lạng Sơn" not in names(
        "Lực lượng Biên phòng còn khám bệnh cho người dân.", source="baolangson",
        pub="2026-02-10")


def test_a_unit_of_the_provinces_youth_volunteer_force_named_by_its_work():
    assert orgs("Đội TNXP tỉnh cùng Đội xe tình nguyện TNXP chở nước sạch về xã. Đội xe tình "
                "nguyện TNXP tỉnh còn sửa đường.", source="baobinhduong") == [
        ("Đội TNXP tỉnh", "Đội Thanh niên xung phong tỉnh Bình Dương"),
        ("Đội xe tình nguyện TNXP", "Đội xe tình nguyện Thanh niên xung phong tỉnh Bình Dương"),
        ("Đội xe tình nguyện TNXP tỉnh",
         "Đội xe tình nguyện Thanh niên xung phong tỉnh Bình Dương")]


def test_such_a_unit_without_level_or_provincial_force_is_not_read():
    assert names("Đội xe tình nguyện TNXP trao gạo cho người dân.", source="baobinhduong") == []


# ------------------------------------------------ the whole organisation, then its unit


def test_the_youth_union_at_large_then_a_districts_union_shares_no_place():
    assert orgs("Noi gương Đoàn thanh niên Cộng sản Hồ Chí Minh, Đoàn thanh niên huyện Bù Đăng "
                "với 18 cơ sở đoàn đã làm nhiều việc tốt.",
                source="baobinhphuoc") == [
        ("Đoàn thanh niên Cộng sản Hồ Chí Minh", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"),
        ("Đoàn thanh niên huyện Bù Đăng", "Huyện đoàn Bù Đăng")]


def test_a_list_of_bodies_still_shares_the_place_written_once():
    assert names("Huyện ủy, HĐND, UBND huyện Lộc Ninh dự lễ.", source="baobinhphuoc") == [
        "Huyện ủy Lộc Ninh", "Hội đồng nhân dân huyện Lộc Ninh", "Ủy ban nhân dân huyện Lộc Ninh"]


# ------------------------------------------------ the Women's Union written short again


def test_the_womens_union_written_short_after_its_full_name_is_that_union():
    assert orgs("Đại hội đại biểu Hội Liên hiệp Phụ nữ tỉnh Hà Giang lần thứ XVII có 250 đại biểu "
                "đại diện cho hội viên Hội phụ nữ trong tỉnh.", source="baohagiang") == [
        ("Hội Liên hiệp Phụ nữ tỉnh Hà Giang", "Hội Liên hiệp Phụ nữ tỉnh Hà Giang"),
        ("Hội phụ nữ", "Hội Liên hiệp Phụ nữ tỉnh Hà Giang")]


def test_the_womens_unions_at_every_level_are_no_repeat():
    assert names("Hội Liên hiệp Phụ nữ tỉnh Hà Giang chỉ đạo Hội phụ nữ các cấp ra quân.",
                 source="baohagiang") == ["Hội Liên hiệp Phụ nữ tỉnh Hà Giang"]
