"""Organisation failure kinds of round 9 (issue 14): a unit of a district youth union named with
the catalogue's name of the union at that level, the people's police as a force in its
anniversary, and a school's own units written bare or with their school.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2024-05-10T08:00:00+07:00"


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [name for _, name in organisation_rows(text, pub, source)]


# ------------------------------------------------ a unit of a body named by level

def test_board_of_a_district_youth_union_takes_the_catalogue_name_of_the_union():
    found = names("Ban Chấp hành Đoàn thanh niên huyện Cẩm Xuyên đã ra quân dọn vệ sinh.")
    assert found == ["Ban Chấp hành Huyện đoàn Cẩm Xuyên"]


def test_board_of_a_commune_youth_union_keeps_the_full_name():
    # the catalogue names the union by its level only for a province, district or town
    found = names("Ban Chấp hành Đoàn Thanh niên xã Kỳ Tiến họp phiên đầu tiên.")
    assert found == ["Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Kỳ Tiến"]


# ------------------------------------------------ national forces in their anniversary

def test_police_force_in_its_anniversary_with_or_without_luc_luong():
    assert names("Nhân kỷ niệm Ngày truyền thống lực lượng CAND (19/8), lãnh đạo huyện đến "
                 "thăm cán bộ, chiến sĩ.") == ["Công an nhân dân Việt Nam"]
    assert names("Hướng tới 80 năm Ngày thành lập lực lượng Công an nhân dân, đơn vị tổ chức "
                 "hội thao.") == ["Công an nhân dân Việt Nam"]
    assert names("Chào mừng ngày truyền thống Công an nhân dân Việt Nam, Công an tỉnh trao "
                 "quà.") == ["Công an nhân dân Việt Nam", "Công an tỉnh Hà Tĩnh"]


def test_police_of_a_province_or_district_stays_that_police():
    assert names("Công an huyện Kỳ Anh phối hợp với Công an tỉnh tuần tra.") == [
        "Công an huyện Kỳ Anh", "Công an tỉnh Hà Tĩnh"]
    # the paper of the police is a paper, not the force
    assert names("Báo Công an nhân dân đưa tin về hội nghị.") == ["Báo Công an nhân dân"]


# ------------------------------------------------ a school's own units

def test_bare_board_of_principals_is_the_school_the_paragraph_names():
    found = names("Với sự ủng hộ của Ban giám hiệu nhà trường, Liên đội Trường THCS Kỳ Trinh đã "
                  "tổ chức ngày hội đọc sách.")
    assert found == ["Ban Giám hiệu Trường Trung học cơ sở Kỳ Trinh",
                     "Liên đội Trường Trung học cơ sở Kỳ Trinh"]


def test_command_of_the_pioneer_unit_written_bare():
    found = names("Liên đội Trường Tiểu học Thạch Trung tổ chức đại hội; Ban chỉ huy Liên đội "
                  "nhiệm kỳ mới ra mắt.")
    assert "Ban chỉ huy Liên đội Trường Tiểu học Thạch Trung" in found


def test_boards_of_several_schools_or_of_no_known_school_are_none():
    assert names("Ban giám hiệu các trường trên địa bàn huyện đã dự họp.") == []
    # no school named and no school's site: whose board is unknown
    assert names("Đại diện Ban giám hiệu nhà trường phát biểu khai mạc.") == []


def test_youth_union_written_in_full_before_its_school_is_one_body():
    found = names("Đại diện Đoàn Thanh niên Cộng sản Hồ Chí Minh Trường THPT Nghèn phát biểu "
                  "hưởng ứng.")
    # one name however the union is written (GUIDE, round 10): "Đoàn Thanh niên" + the school
    assert found == ["Đoàn Thanh niên Trường Trung học phổ thông Nghèn"]
    assert names("Đoàn trường THPT Nghèn ra quân tình nguyện.") == [
        "Đoàn Thanh niên Trường Trung học phổ thông Nghèn"]


# ------------------------------------------------ a list led by a body with its unit

def test_bare_bodies_listed_after_a_districts_body_are_that_districts():
    found = names("Hội LHPN huyện Kỳ Anh, Hội Nông dân và Hội Cựu chiến binh đã trao 50 suất quà.")
    assert found == ["Hội Liên hiệp Phụ nữ huyện Kỳ Anh", "Hội Nông dân huyện Kỳ Anh",
                     "Hội Cựu chiến binh huyện Kỳ Anh"]


def test_bare_bodies_listed_after_a_provincial_body_stay_unread():
    # beside a province's body a bare mass organisation may be the national one (precision)
    assert names("UBND tỉnh, Hội Nông dân và Hội Cựu chiến binh đã trao quà.") == [
        "Ủy ban nhân dân tỉnh Hà Tĩnh"]
    # a body with its own name keeps it
    assert names("Hội LHPN xã Kỳ Tiến và Hội Nông dân Việt Nam cùng dự.") == [
        "Hội Liên hiệp Phụ nữ xã Kỳ Tiến", "Hội Nông dân Việt Nam"]


# ------------------------------------------------ the border guard as a province's partner

def test_bare_border_guard_partnering_a_provinces_body_is_its_command():
    found = names("Hội LHPN tỉnh đã phối hợp với Bộ đội Biên phòng tổ chức chương trình tặng quà "
                  "cho các xã biên giới.", pub="2023-01-15T08:00:00+07:00")
    assert found == ["Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh"]
    # since the mid-2025 reorganisation the same partner is the board of the military command
    found = names("Hội LHPN tỉnh phối hợp với Bộ đội Biên phòng tặng quà.",
                  pub="2026-01-15T08:00:00+07:00")
    assert found[-1] == "Ban Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh"


def test_border_guard_as_the_force_or_beside_a_commune_stays_national():
    assert names("Cán bộ, chiến sĩ Bộ đội Biên phòng luôn gắn bó với đồng bào.") == [
        "Bộ đội Biên phòng Việt Nam"]
    assert names("Hội Nông dân xã Kỳ Tiến phối hợp với BĐBP trao quà.") == [
        "Hội Nông dân xã Kỳ Tiến", "Bộ đội Biên phòng Việt Nam"]


# ------------------------------------------------ national bodies in the Party's and State's list

def test_mass_organisations_listed_after_the_party_and_the_state_are_national():
    found = names("Món quà thể hiện sự quan tâm của Đảng, Nhà nước, Mặt trận Tổ quốc, Hội Chữ thập "
                  "đỏ và cả cộng đồng đối với hộ nghèo.")
    assert found == ["Mặt trận Tổ quốc Việt Nam", "Hội Chữ thập đỏ Việt Nam"]


def test_bodies_with_their_level_or_levels_in_that_list_are_not_national():
    assert names("Sự quan tâm của Đảng, Nhà nước và Hội Nông dân các cấp.") == []
    assert names("Đảng, Nhà nước, Hội Nông dân tỉnh cùng chăm lo cho hội viên.") == [
        "Hội Nông dân tỉnh Hà Tĩnh"]


# ------------------------------------------------ a youth union's own site

def test_bare_youth_union_on_a_district_unions_site_is_that_union():
    site = "https://huyendoanhungha.vn/tin-tuc/ngay-chu-nhat-xanh-9/"
    assert names("Hưởng ứng chương trình do Đoàn thanh niên tổ chức, đoàn viên dọn vệ sinh "
                 "đường làng.", source=site) == ["Huyện đoàn Hưng Hà"]
    # the communes' unions and the movement at large are not the site's union
    assert names("Tổ chức Đoàn thanh niên các xã ra quân.", source=site) == []


def test_bare_youth_union_elsewhere_stays_unread():
    assert names("Hưởng ứng chương trình do Đoàn thanh niên tổ chức, đoàn viên dọn vệ sinh.",
                 source="https://baothaibinh.com.vn/tin-tuc/1/bai-2") == []


# ------------------------------------------------ a border post's number code

def test_border_posts_number_code_is_no_part_of_its_name():
    found = names("Ủy ban MTTQ xã phối hợp với Đồn biên phòng 655 Cầu Treo trao quà; kinh phí do "
                  "Đồn Biên phòng 655 ủng hộ.")
    assert found[-2:] == ["Đồn Biên phòng Cầu Treo", "Đồn Biên phòng Cầu Treo"]


def test_a_number_alone_names_no_known_post():
    # a code no name in the paragraph explains stays as written
    assert names("Đồn Biên phòng 655 tặng quà cho học sinh.") == ["Đồn Biên phòng 655"]


def test_hospital_of_blood_transfusion_is_read_to_its_end():
    found = names("Nhân viên khoa đã qua Bệnh viện Truyền máu Huyết học hiến máu cứu người.")
    assert found == ["Bệnh viện Truyền máu Huyết học"]


# ------------------------------------------------ a military region written without its number

def test_bare_region_after_a_numbered_one_is_that_region():
    found = names("Đoàn công tác của Bộ Tư lệnh Quân khu 4 do Thiếu tướng Nguyễn Văn A, Chính ủy "
                  "Quân khu dẫn đầu đã thăm Bảo tàng Quân khu.")
    assert found == ["Bộ Tư lệnh Quân khu 4", "Bộ Tư lệnh Quân khu 4", "Bảo tàng Quân khu 4"]


def test_bare_region_with_no_or_two_numbered_regions_is_not_read():
    assert names("Chính ủy Quân khu phát biểu tại hội nghị.") == []
    found = names("Bộ Tư lệnh Quân khu 4 và Bộ Tư lệnh Quân khu 5 ký kết; Chính ủy Quân khu "
                  "phát biểu.")
    assert found == ["Bộ Tư lệnh Quân khu 4", "Bộ Tư lệnh Quân khu 5"]


# ------------------------------------------------ a commune's union written level-first

def test_commune_union_written_level_first_without_a_name():
    found = names("Sáng 5/6, tại UBND xã Kỳ Tiến, xã Đoàn đã tổ chức lễ ra quân tình nguyện hè.")
    assert found == ["Ủy ban nhân dân xã Kỳ Tiến",
                     "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Kỳ Tiến"]


def test_commune_named_doan_ket_stays_a_commune():
    assert names("Hội Nông dân xã Đoàn Kết trao quà cho hội viên.") == ["Hội Nông dân xã Đoàn Kết"]


# ------------------------------------------------ a council named after its committees

def test_council_after_its_committees_counts_and_a_document_code_does_not():
    found = names("Dự phiên họp có lãnh đạo các ban HĐND tỉnh và đại diện UBND tỉnh.")
    assert found == ["Hội đồng nhân dân tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Tĩnh"]
    assert names("Sửa đổi Nghị quyết 10/2016/NQ-HĐND tỉnh về phân cấp nguồn thu.") == []
    # the associations of several communes stay a grouping
    assert names("Các Hội Người cao tuổi xã đã tổ chức mừng thọ.") == []


# ------------------------------------------------ an armed unit written with its arm

def test_armed_unit_written_with_its_arm_is_the_unit_by_number():
    found = names("Hội LHPN xã phối hợp với Lữ đoàn xe tăng 203 và Trung đoàn pháo binh 368.")
    assert found[-2:] == ["Lữ đoàn 203", "Trung đoàn 368"]
    # an arm with no number names no unit
    assert names("Các chiến sĩ pháo binh và xe tăng diễn tập.") == []


# ------------------------------------------------ an enumeration of bodies and their figures

def test_bare_bodies_in_an_enumeration_opened_by_a_districts_body():
    found = names("Cụ thể: Hội Liên hiệp phụ nữ huyện Kỳ Anh huy động 4 tỷ đồng; Hội Nông dân hơn "
                  "2 tỷ đồng; Huyện đoàn 1 tỷ đồng; Hội Cựu chiến binh hơn 2 tỷ đồng.")
    assert found == ["Hội Liên hiệp Phụ nữ huyện Kỳ Anh", "Hội Nông dân huyện Kỳ Anh",
                     "Huyện đoàn Kỳ Anh", "Hội Cựu chiến binh huyện Kỳ Anh"]


def test_enumeration_whose_item_opens_with_no_body_places_nothing():
    found = names("Kết quả: Hội LHPN huyện Kỳ Anh huy động 4 tỷ đồng; người dân gửi 3 tỷ đồng; "
                  "Hội Nông dân 2 tỷ đồng.")
    assert found == ["Hội Liên hiệp Phụ nữ huyện Kỳ Anh"]
