"""Organisation failure kinds of round 17 (issue 14): two blocs' Party committees under one
"Đảng ủy" and one level, a general school named after its city or town written short, the
liaison board of a home-town association, a religious house's managing board and a pagoda
named with its city after it.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2023-05-10T08:00:00+07:00"


def rows(text: str, source: str | None = "baohanam", pub: str | None = PUB) -> list[tuple[str, str]]:
    return organisation_rows(text, pub, source)


def names(text: str, source: str | None = "baohanam", pub: str | None = PUB) -> list[str]:
    return [name for _, name in rows(text, source, pub)]


# ------------------------------------------------ Party committees of blocs

def test_two_blocs_under_one_party_committee_and_one_level():
    assert rows("Hội nghị có đại diện Đảng ủy Khối các cơ quan, Khối doanh nghiệp tỉnh và các "
                "sở, ngành.") == [
        ("Đảng ủy Khối các cơ quan", "Đảng ủy Khối các cơ quan tỉnh Hà Nam"),
        ("Khối doanh nghiệp tỉnh", "Đảng ủy Khối doanh nghiệp tỉnh Hà Nam")]
    assert names("Lãnh đạo Đảng ủy Khối Cơ quan và Khối Doanh nghiệp huyện Kim Bảng cùng dự.") == [
        "Đảng ủy Khối Cơ quan huyện Kim Bảng", "Đảng ủy Khối Doanh nghiệp huyện Kim Bảng"]


def test_business_bloc_committee_in_lower_case():
    assert names("Đảng ủy Khối doanh nghiệp tỉnh Nghệ An tổ chức hội nghị giao ban.") == [
        "Đảng ủy Khối doanh nghiệp tỉnh Nghệ An"]


def test_a_bloc_without_its_party_committee_is_nothing():
    assert names("Cán bộ khối doanh nghiệp tỉnh tham gia hội thao.") == []


# ------------------------------------------------ schools named after their city or town

def test_school_named_after_its_city_written_short():
    assert rows("Buổi lễ diễn ra tại Trường THPT TP. Long Xuyên, do Thành đoàn tổ chức.",
                "baoangiang")[0] == ("Trường THPT TP. Long Xuyên",
                                     "Trường Trung học phổ thông Thành phố Long Xuyên")
    assert names("Trường THCS TX Hương Trà tổ chức lễ khai giảng.", "baothuathienhue") == [
        "Trường Trung học cơ sở Thị xã Hương Trà"]


def test_university_keeps_its_city_as_the_place_after_its_name():
    assert names("Sinh viên Trường Đại học Kinh tế TP. Hồ Chí Minh tham gia.", None) == [
        "Trường Đại học Kinh tế thành phố Hồ Chí Minh"]


# ------------------------------------------------ home-town associations

def test_liaison_board_of_a_home_town_association():
    assert rows("Ban liên lạc Hội đồng hương Nghệ An tại Hà Nội trao học bổng cho sinh viên.",
                "baonghean") == [("Ban liên lạc Hội đồng hương Nghệ An tại Hà Nội",
                                  "Ban Liên lạc Hội đồng hương Nghệ An tại Hà Nội")]


# ------------------------------------------------ religious bodies

def test_managing_board_of_a_religious_house():
    assert names("Ủy ban MTTQ tỉnh phối hợp với Ban Trị sự Đình thần Phú Mỹ trao quà cho hộ "
                 "nghèo.", "baodongnai") == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai",
                                              "Ban Trị sự Đình thần Phú Mỹ"]


def test_buddhist_board_stays_the_church_board():
    assert names("Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh tổ chức lễ.", "baodongnai") == [
        "Ban Trị sự Giáo hội Phật giáo Việt Nam tỉnh Đồng Nai"]


def test_pagoda_acting_with_its_city_after_its_name():
    assert names("Chùa Bửu Long TP. Biên Hòa đã trao 200 suất quà cho người nghèo.",
                 "baodongnai") == ["Chùa Bửu Long"]


def test_pagoda_visited_with_its_city_is_a_place():
    assert names("Đoàn đến thăm chùa Long Ẩn TP. Biên Hòa và dâng hương.", "baodongnai") == []


# ------------------------------------------------ associations written with "của <level>"

def test_association_with_its_level_after_cua():
    assert names("Hội Cựu TNXP của tỉnh vừa khánh thành nhà tình nghĩa.", "baonamdinh") == [
        "Hội Cựu thanh niên xung phong tỉnh Nam Định"]
    assert names("Hội Cựu TNXP của huyện Hải Hậu tổ chức gặp mặt.", "baonamdinh") == [
        "Hội Cựu thanh niên xung phong huyện Hải Hậu"]


def test_veterans_association_named_with_its_year():
    assert rows("Hội Chiến sĩ thành cổ Quảng Trị năm 1972 của tỉnh trao quà cho hội viên.",
                "baothaibinh") == [("Hội Chiến sĩ thành cổ Quảng Trị năm 1972 của tỉnh",
                                    "Hội Chiến sĩ thành cổ Quảng Trị năm 1972 tỉnh Thái Bình")]


# ------------------------------------------------ clubs named with their unit's level

def test_club_field_in_lower_case_up_to_its_level_and_its_bare_repeat():
    assert rows("CLB Cờ tướng cao tuổi tỉnh Thanh Hóa tổ chức giải. CLB đã có 80 hội viên.",
                "baothanhhoa") == [
        ("CLB Cờ tướng cao tuổi tỉnh Thanh Hóa", "Câu lạc bộ Cờ tướng cao tuổi tỉnh Thanh Hóa"),
        ("CLB", "Câu lạc bộ Cờ tướng cao tuổi tỉnh Thanh Hóa")]


def test_club_bare_after_a_word_of_its_own_or_a_grouping_is_not_repeated():
    assert names("CLB Dưỡng sinh phường Đông Sơn ra mắt. Các CLB khác cũng tham gia.",
                 "baothanhhoa") == ["Câu lạc bộ Dưỡng sinh phường Đông Sơn"]


def test_two_clubs_share_the_bare_head_so_it_names_neither():
    assert names("CLB Thơ xã Minh Hòa và CLB Dưỡng sinh xã Minh Hòa họp. CLB có 20 người.",
                 "baothanhhoa") == ["Câu lạc bộ Thơ xã Minh Hòa",
                                    "Câu lạc bộ Dưỡng sinh xã Minh Hòa"]


def test_club_field_stops_at_a_clause():
    assert names("Các thành viên CLB Thơ được tặng quà tại xã Định Hòa.", "baothanhhoa") == [
        "Câu lạc bộ Thơ"]


# ------------------------------------------------ associations named by a lower-case field

def test_association_named_by_its_field_in_lower_case():
    assert rows("Hội bảo trợ bệnh nhân nghèo tỉnh trao 50 suất quà.", "baothanhhoa") == [
        ("Hội bảo trợ bệnh nhân nghèo tỉnh", "Hội Bảo trợ bệnh nhân nghèo tỉnh Thanh Hóa")]
    assert names("Hội nạn nhân chất độc da cam/dioxin huyện Nga Sơn thăm hội viên.",
                 "baothanhhoa") == ["Hội Nạn nhân chất độc da cam/dioxin huyện Nga Sơn"]


def test_an_event_opened_by_hoi_is_no_association():
    assert names("Hội thi văn nghệ tỉnh diễn ra sôi nổi.", "baothanhhoa") == []


# ------------------------------------------------ a city of the province written bare

def test_city_body_written_bare_after_the_city_is_named():
    assert names("Tại TP. Sầm Sơn, Thành ủy, UBND Thành phố đã chỉ đạo các phòng, ban ra quân.",
                 "baothanhhoa") == ["Thành ủy Sầm Sơn", "Ủy ban nhân dân thành phố Sầm Sơn"]
    assert names("Về thành phố Bỉm Sơn, UBND thành phố giao các phường rà soát.",
                 "baothanhhoa") == ["Ủy ban nhân dân thành phố Bỉm Sơn"]


def test_city_body_with_no_city_named_is_not_emitted():
    assert names("UBND thành phố giao các phường rà soát.", "baothanhhoa") == []


# ------------------------------------------------ a hamlet's Front work board and its commune

def test_front_work_board_of_a_numbered_residential_area():
    assert names("Ban Công tác Mặt trận khu dân cư số 5 phường Quảng Thắng ra mắt mô hình mới.",
                 "baothanhhoa") == ["Ban Công tác Mặt trận khu dân cư số 5 phường Quảng Thắng"]


def test_front_work_board_takes_the_one_commune_named_after_it():
    assert names("Ban Công tác Mặt trận thôn Đông Hòa tổ chức ngày hội. Ủy ban MTTQ xã Quảng "
                 "Phú tới dự.", "baothanhhoa") == [
        "Ban Công tác Mặt trận thôn Đông Hòa xã Quảng Phú",
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã Quảng Phú"]


def test_front_work_board_with_two_communes_after_it_takes_neither():
    assert names("Ban Công tác Mặt trận thôn Đông Hòa tổ chức ngày hội; xã Quảng Phú và xã Quảng "
                 "Tâm cùng dự.", "baothanhhoa") == ["Ban Công tác Mặt trận thôn Đông Hòa"]


# ------------------------------------------------ commands of the army's arms

def test_commands_of_arms_and_guard_forces():
    assert names("Bộ Tư lệnh Công binh phối hợp với Bộ Tư lệnh Thông tin liên lạc tổ chức "
                 "diễn tập.", "baokhanhhoa") == ["Bộ Tư lệnh Công binh",
                                                  "Bộ Tư lệnh Thông tin liên lạc"]
    assert names("Đại diện Bộ Tư lệnh Phòng không - Không quân trao quà.", "baokhanhhoa") == [
        "Quân chủng Phòng không - Không quân"]
    assert names("Binh chủng Hóa học tổ chức hội thao.", "baokhanhhoa") == ["Bộ Tư lệnh Hóa học"]


# ------------------------------------------------ a body's guest house

def test_guest_house_of_a_national_office_named_as_written():
    assert rows("Hội nghị diễn ra tại Nhà khách Văn phòng Trung ương Đảng.", "baothanhhoa") == [
        ("Nhà khách Văn phòng Trung ương Đảng", "Nhà khách Văn phòng Trung ương Đảng")]


def test_guest_house_of_a_provincial_body_takes_its_place():
    assert names("Đoàn công tác nghỉ tại Nhà khách Tỉnh ủy.", "baothanhhoa") == [
        "Nhà khách Tỉnh ủy Thanh Hóa"]
    assert names("Đoàn công tác nghỉ tại Nhà khách UBND huyện Nga Sơn.", "baothanhhoa") == [
        "Nhà khách Ủy ban nhân dân huyện Nga Sơn"]


# ------------------------------------------------ the committee of a named prize

def test_committee_or_council_of_a_named_prize():
    assert rows("Giải thưởng do Ủy Ban Giải thưởng Sao Mai và Hội LHPN tỉnh trao tặng.",
                "baovinhlong")[0] == ("Ủy Ban Giải thưởng Sao Mai", "Ủy ban Giải thưởng Sao Mai")
    assert names("Hội đồng Giải thưởng Tạ Quang Bửu công bố kết quả.", "baovinhlong") == [
        "Hội đồng Giải thưởng Tạ Quang Bửu"]


def test_a_prize_alone_is_no_body():
    assert names("Chị được trao Giải thưởng Sao Mai năm nay.", "baovinhlong") == []


# ------------------------------------------------ a school's site under its education office

def test_education_office_label_with_dao_tao_names_its_district():
    from baochi.nlp import places

    assert places.gov_portal("http://thxyz.pgddttuyduc.edu.vn/tin-tuc/a.html") == (
        "Đắk Nông", (("huyện", "Tuy Đức"),))
    assert names("Công đoàn nhà trường về LĐLĐ huyện dự lễ phát động.",
                 "http://thxyz.pgddttuyduc.edu.vn/tin-tuc/a.html") == [
        "Liên đoàn Lao động huyện Tuy Đức"]


# ------------------------------------------------ a department of a central office

def test_department_of_a_central_office_written_before_it():
    assert names("Cục Quản trị T.78 Văn phòng Trung ương Đảng tổ chức hội nghị.",
                 "baothanhhoa") == ["Cục Quản trị T.78 Văn phòng Trung ương Đảng"]
    assert names("Vụ Địa phương II Văn phòng Trung ương Đảng làm việc với tỉnh.",
                 "baothanhhoa") == ["Vụ Địa phương II Văn phòng Trung ương Đảng"]


def test_a_department_in_a_clause_before_an_office_is_not_its_unit():
    assert "Văn phòng Chính phủ" in names("Vụ Tổng hợp đã làm việc với Văn phòng Chính phủ.",
                                           "baothanhhoa")


def test_pagoda_name_opening_with_a_marked_capital():
    assert names("Chùa Ấn Quang vừa trao 100 suất quà cho hộ nghèo.", "baodongnai") == [
        "Chùa Ấn Quang"]
    assert names("Quà do chùa Long Ẩn TP. Biên Hòa trao tặng.", "baodongnai") == ["Chùa Long Ẩn"]


def test_home_town_association_of_a_place_opening_with_a_marked_capital():
    assert names("Hội đồng hương Ý Yên tại Hà Nội tổ chức gặp mặt.", "baonamdinh") == [
        "Hội đồng hương Ý Yên tại Hà Nội"]
    assert names("Ban Trị sự Ấn Quang Tự trao quà cho hộ nghèo.", "baodongnai") == [
        "Ban Trị sự Ấn Quang Tự"]
