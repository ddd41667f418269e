"""Organisation failure kinds of round 24 (issue 14): religious bodies (the Sangha's boards
written "GHPG VN", the Hòa Hảo church's boards, a pagoda named in its abbot's role or as a
lineage's founding temple), a province's paper written bare before its station ("Báo và Đài
PT-TH X"), a standing deputy's title before a central commission, a hamlet's Front board in
its head's title, magazines grouped by region, and the army and the youth volunteer force
named as forces.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as rows

# ------------------------------------------------ religious bodies

def test_sangha_board_written_with_its_initials_and_a_spaced_vn():
    board = "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Đắk Lắk"
    assert names("Thượng tọa Thích Minh Tâm, Phó Ban trị sự GHPG VN tỉnh Đắk Lắk phát biểu.",
                 "baodaklak") == [board]
    assert names("Đại diện Ban Trị sự GHPG tỉnh Đắk Lắk trao quà.", "baodaklak") == [board]
    assert names("Đại diện GHPG VN dự hội nghị.") == ["Giáo hội Phật giáo Việt Nam"]


def test_hoa_hao_boards_are_their_church_bodies_not_the_sangha():
    assert names("Ban Trị sự Phật giáo Hòa Hảo tỉnh An Giang trao 500 phần quà.",
                 "baoangiang") == ["Ban Trị sự Phật giáo Hòa Hảo tỉnh An Giang"]
    assert names("Ban đại diện Phật giáo Hòa Hảo tỉnh Bình Định thăm hộ nghèo.",
                 "baoangiang") == ["Ban Đại diện Phật giáo Hòa Hảo tỉnh Bình Định"]
    assert names("Ban Đại diện PGHH huyện Chợ Mới trao quà.", "baoangiang") == [
        "Ban Đại diện Phật giáo Hòa Hảo huyện Chợ Mới"]


def test_a_pagoda_named_in_its_abbots_role_is_a_body():
    assert names("Đại đức Thích Minh Trí, trụ trì chùa Phước Long, dự buổi lễ.") == [
        "Chùa Phước Long"]
    assert names("Sư cô Thích Nữ Diệu Hạnh – Phó Trụ trì Tịnh xá Ngọc Liên cùng đại diện "
                 "Hội Chữ thập đỏ tỉnh dự lễ.") == [
        "Tịnh xá Ngọc Liên", "Hội Chữ thập đỏ tỉnh Hà Tĩnh"]
    assert names("Tăng ni phật tử chùa Phước Long ủng hộ 20 triệu đồng.") == [
        "Chùa Phước Long"]


def test_a_pagoda_as_a_place_stays_no_body():
    assert names("Lễ dâng hương được tổ chức tại chùa Phước Long.") == []
    assert names("Du khách tham quan chùa Phước Long và tịnh xá Ngọc Liên.") == []


def test_a_lineages_founding_temple_is_named_with_its_title():
    assert rows("Hội Chữ thập đỏ huyện Vũ Quang và tổ đình chùa Hương Tích tổ chức chuyến đi "
                "thiện nguyện.") == [
        ("Hội Chữ thập đỏ huyện Vũ Quang", "Hội Chữ thập đỏ huyện Vũ Quang"),
        ("tổ đình chùa Hương Tích", "Tổ đình chùa Hương Tích")]
    assert names("Món quà là tấm lòng của tăng ni phật tử của tổ đình chùa Hương Tích.") == [
        "Tổ đình chùa Hương Tích"]


# ------------------------------------------------ a paper written bare before its station

def test_paper_and_station_written_with_one_place_are_two_bodies():
    assert rows("Đại diện Báo và Đài PT-TH Đồng Tháp dự buổi lễ.", "baodongthap") == [
        ("Báo", "Báo Đồng Tháp"),
        ("Đài PT-TH Đồng Tháp", "Đài Phát thanh và Truyền hình Đồng Tháp")]
    assert names("Chúc tập thể Báo và Đài phát thanh truyền hình Bến Tre mạnh khỏe.",
                 "baodongthap") == ["Báo Bến Tre", "Đài Phát thanh và Truyền hình Bến Tre"]
    assert names("Lãnh đạo Báo, Đài PT-TH tỉnh dự lễ.", "baodongthap") == [
        "Báo Đồng Tháp", "Đài Phát thanh và Truyền hình Đồng Tháp"]


def test_merged_paper_and_station_stay_one_body():
    assert names("Báo và Phát thanh, Truyền hình Quảng Trị ra mắt.", "baoquangtri") == [
        "Báo và Phát thanh, Truyền hình Quảng Trị"]


def test_a_city_whose_paper_is_not_named_by_it_gets_no_paper():
    assert names("Đại diện Báo và Đài Phát thanh và Truyền hình Hà Nội dự lễ.", None) == [
        "Đài Phát thanh và Truyền hình Hà Nội"]


# ------------------------------------------------ standing titles before a central commission

def test_a_standing_deputy_chairs_title_before_the_central_commission():
    assert names("Ông Nguyễn Văn A, nguyên Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra Trung "
                 "ương, dự buổi lễ.") == ["Ủy ban Kiểm tra Trung ương"]
    assert names("Ông Nguyễn Văn A, Phó Chủ nhiệm Thường trực UBKT Trung ương, dự buổi lễ.") \
        == ["Ủy ban Kiểm tra Trung ương"]
    assert names("Ông Nguyễn Văn A, Phó Trưởng ban Thường trực Ban Tuyên giáo Trung ương, dự "
                 "buổi lễ.") == ["Ban Tuyên giáo Trung ương"]


def test_the_commissions_standing_organ_and_a_committees_commission_are_unchanged():
    assert names("Thường trực Ủy ban Kiểm tra Trung ương làm việc với tỉnh.") == [
        "Thường trực Ủy ban Kiểm tra Trung ương"]
    assert names("Ông Nguyễn Văn A, Chủ nhiệm UBKT Huyện ủy Kỳ Anh, phát biểu.") == [
        "Ủy ban Kiểm tra Huyện ủy Kỳ Anh"]


# ------------------------------------------------ a hamlet's Front board in its head's title

def test_a_hamlets_front_board_after_its_heads_title_in_lower_case():
    assert names("Ông Lò Văn A, Trưởng ban Công tác Mặt trận bản Nà Sang, xã Hồ Bốn, chia sẻ "
                 "kinh nghiệm.", "baoyenbai") == [
        "Ban Công tác Mặt trận bản Nà Sang xã Hồ Bốn"]


# ------------------------------------------------ magazines

def test_magazines_grouped_by_region_are_no_magazine():
    assert names("Đại diện các tạp chí Bắc miền Trung dự lễ kỷ niệm.") == []
    assert names("Bài thơ in trên tạp chí Sông Hương.") == ["Tạp chí Sông Hương"]


# ------------------------------------------------ national forces named as forces

def test_the_army_named_bare_after_its_people_is_the_peoples_army():
    army = "Quân đội nhân dân Việt Nam"
    assert names("Tỉnh đón đoàn cán bộ cao cấp Quân đội về thăm quê.") == [army]
    assert names("Cán bộ, chiến sĩ Quân đội và Công an luôn sẵn sàng.") == [army]


def test_the_army_as_a_word_of_another_name_or_another_countrys_army_is_not():
    assert names("Ban Thanh niên Quân đội phối hợp tổ chức.") == ["Ban Thanh niên Quân đội"]
    assert names("Hợp tác giữa lực lượng Quân đội hai nước được tăng cường.") == []
    assert names("Cán bộ quân đội nghỉ hưu sinh hoạt tại khu dân cư.") == []


def test_the_youth_volunteer_force_as_a_force():
    force = "Thanh niên xung phong Việt Nam"
    assert rows("Hội Cựu TNXP huyện Can Lộc kỷ niệm ngày truyền thống của lực lượng TNXP Việt "
                "Nam anh hùng.") == [
        ("Hội Cựu TNXP huyện Can Lộc", "Hội Cựu thanh niên xung phong huyện Can Lộc"),
        ("lực lượng TNXP Việt Nam", force)]
    assert names("Qua ba thời kỳ kháng chiến, lực lượng TNXP đã không ngừng trưởng thành.") == [
        force]
    assert names("Kỷ niệm 75 năm Ngày truyền thống Thanh niên xung phong Việt Nam.") == [force]


def test_youth_volunteers_as_people_or_a_provinces_force_are_not_the_force():
    assert names("Các thế hệ TNXP Việt Nam gặp mặt ôn lại kỷ niệm.") == []
    assert names("Hơn 200 cựu TNXP được tặng quà.") == []
    assert "Thanh niên xung phong Việt Nam" not in names(
        "Lực lượng TNXP tỉnh Hà Tĩnh tham gia làm đường.")
