"""Organisation failure kind of round 18: State and public institutions named by a head word
the reader did not know (State farms and forestries, forest boards, workshops, art troupes,
cultural houses, national parks and nature reserves acting), associations whose field holds a
lower-case pair joined by "và", and a higher school's fields going on over "và".

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from baochi.nlp import analyse

from tests.nlp.mention_support import organisation_rows

PUB = "2021-03-15T08:00:00+07:00"


def rows(text: str, source: str | None = "baohatinh", pub: str | None = PUB
         ) -> list[tuple[str, str]]:
    return organisation_rows(text, pub, source)


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [name for _, name in rows(text, source, pub)]


# ------------------------------------------------ State farms and forestries

def test_state_farm_and_forestry_by_their_proper_name():
    assert rows("Nông trường Phúc Trạch bàn giao đất cho xã.") == [
        ("Nông trường Phúc Trạch", "Nông trường Phúc Trạch")]
    assert names("Lâm trường quốc doanh Kỳ Sơn được thành lập năm 1978.") == [
        "Lâm trường quốc doanh Kỳ Sơn"]
    assert names("Năm đó, Nông trường 20-4 có hơn 300 công nhân.") == ["Nông trường 20-4"]


def test_a_farm_in_lower_case_or_without_a_name_is_no_body():
    assert names("Các nông trường cao su đều thua lỗ.") == []
    assert names("Nông trường cao su của tỉnh bị giải thể.") == []


def test_forest_protection_and_special_use_boards():
    assert rows("Ban Quản lý rừng phòng hộ Sông Tiêm phối hợp tuần tra.") == [
        ("Ban Quản lý rừng phòng hộ Sông Tiêm", "Ban Quản lý rừng phòng hộ Sông Tiêm")]
    assert names("Ban quản lý rừng đặc dụng huyện Mường Nhé tổ chức trồng cây.",
                 source="baodienbienphu") == ["Ban quản lý rừng đặc dụng huyện Mường Nhé"]
    assert names("BQL rừng phòng hộ Nam Cát Tiên ký kết với các hộ dân.",
                 source="baodongnai") == ["Ban Quản lý rừng phòng hộ Nam Cát Tiên"]


def test_forest_company_stays_read():
    assert names("Công ty Lâm nghiệp Cẩm Xuyên trồng mới 200 ha.") == [
        "Công ty Lâm nghiệp Cẩm Xuyên"]


# ------------------------------------------------ workshops

def test_workshop_with_its_trade_and_name():
    assert rows("Xưởng may Thạch Hà trao 50 suất quà.") == [
        ("Xưởng may Thạch Hà", "Xưởng may Thạch Hà")]
    assert names("Xưởng Cơ khí Trường Xuân nhận thêm lao động.") == ["Xưởng Cơ khí Trường Xuân"]


def test_workshop_as_a_common_noun_is_no_body():
    assert names("Anh mở nhà xưởng chế biến gỗ ở thôn Bắc.") == []
    assert names("Xưởng cơ khí của hợp tác xã được mở rộng.") == []
    assert names("Đoàn đến thăm xưởng may Kỳ Anh.") == []


# ------------------------------------------------ art troupes and theatres

def test_art_troupe_with_its_level():
    assert rows("Đoàn Ca múa dân tộc tỉnh biểu diễn phục vụ bà con.") == [
        ("Đoàn Ca múa dân tộc tỉnh", "Đoàn Ca múa dân tộc tỉnh Hà Tĩnh")]
    assert names("Đoàn Chèo Hưng Yên công diễn vở mới.", source="baohungyen") == [
        "Đoàn Chèo Hưng Yên"]


def test_theatre_named_by_its_art():
    assert names("Nhà hát Dân ca Nghệ Tĩnh dàn dựng chương trình.") == [
        "Nhà hát Dân ca Nghệ Tĩnh"]


def test_troupe_words_without_a_name_or_of_another_province():
    assert names("Đoàn nghệ thuật đã biểu diễn ba đêm.") == []
    assert names("Đoàn nghệ thuật tỉnh bạn sang giao lưu.") == []


# ------------------------------------------------ cultural houses

def test_cultural_house_of_a_people_acting():
    assert rows("Cung Văn hóa Lao động tỉnh phối hợp tổ chức liên hoan.") == [
        ("Cung Văn hóa Lao động tỉnh", "Cung Văn hóa Lao động tỉnh Hà Tĩnh")]
    assert names("Nhà Văn hóa Lao động tỉnh vừa tổ chức lớp năng khiếu hè.",
                 source="baoquangbinh") == ["Nhà Văn hóa Lao động tỉnh Quảng Bình"]
    assert names("Chương trình do Nhà văn hóa Sinh viên thành phố tổ chức.",
                 source="baodanang") == ["Nhà Văn hóa Sinh viên thành phố Đà Nẵng"]


def test_cultural_house_of_a_people_as_a_venue_is_the_institution_hosting():
    """Round 25: the GUIDE's host institution, as "tại Nhà Thiếu nhi X" is labelled."""
    assert names("Hội nghị diễn ra tại Cung Văn hóa Lao động tỉnh.") == [
        "Cung Văn hóa Lao động tỉnh Hà Tĩnh"]
    assert names("Sáng 3-3, tại Nhà Văn hoá Lao động tỉnh, Hội Nông dân tỉnh tổ chức hội nghị."
                 ) == ["Nhà Văn hóa Lao động tỉnh Hà Tĩnh", "Hội Nông dân tỉnh Hà Tĩnh"]


def test_a_hamlets_cultural_house_as_a_venue_stays_a_building():
    assert names("Hội nghị diễn ra tại nhà văn hóa thôn Trung Lương.") == []
    assert names("Lớp học mở tại Nhà văn hóa xã Cẩm Bình.") == []


def test_a_hamlets_cultural_house_is_no_body():
    assert names("Nhà văn hóa thôn Tân Phú được khánh thành.") == []
    assert names("Người dân góp công xây nhà văn hóa xóm.") == []


def test_childrens_palace_as_the_childrens_house():
    assert names("Cung Thiếu nhi Hải Phòng khai giảng lớp hè.", source="baohaiphong") == [
        "Cung Thiếu nhi Hải Phòng"]


def test_theatre_by_a_proper_name_only_when_it_acts():
    assert names("Nhà hát Lớn Hải Phòng tổ chức đêm nhạc.", source="baohaiphong") == [
        "Nhà hát Lớn Hải Phòng"]
    assert names("Trong khuôn viên Nhà hát Lớn Hải Phòng có nhiều cây cổ thụ.",
                 source="baohaiphong") == []


# ------------------------------------------------ national parks and nature reserves

def test_park_and_reserve_acting():
    assert rows("Vườn quốc gia Pù Mát vừa thả 12 cá thể rùa về rừng.", source="baonghean") == [
        ("Vườn quốc gia Pù Mát", "Vườn quốc gia Pù Mát")]
    assert names("Khu bảo tồn thiên nhiên Kẻ Gỗ phối hợp với Công an huyện Cẩm Xuyên tuần "
                 "tra.") == ["Khu bảo tồn thiên nhiên Kẻ Gỗ", "Công an huyện Cẩm Xuyên"]
    assert names("Giám đốc VQG Bạch Mã cho biết đàn voọc tăng lên.", source="baothuathienhue") \
        == ["Vườn quốc gia Bạch Mã"]


def test_park_and_reserve_as_a_place_are_no_body():
    assert names("Du khách đến Vườn quốc gia Pù Mát ngày càng đông.", source="baonghean") == []
    assert names("Vườn quốc gia Pù Mát có diện tích hơn 94.000 ha.", source="baonghean") == []
    assert names("Đàn voọc sống trong Khu bảo tồn thiên nhiên Kẻ Gỗ.") == []


def test_the_board_of_a_park_is_read_whole():
    assert names("Ban Quản lý Vườn quốc gia Vũ Quang ra quân bảo vệ rừng.") == [
        "Ban Quản lý Vườn quốc gia Vũ Quang"]


# ------------------------------------------------ associations with a lower-case pair

def test_association_with_a_pair_of_qualifiers():
    assert rows("Hội Doanh nghiệp nhỏ và vừa huyện Đức Thọ ra mắt.") == [
        ("Hội Doanh nghiệp nhỏ và vừa huyện Đức Thọ",
         "Hội Doanh nghiệp nhỏ và vừa huyện Đức Thọ")]
    assert names("Hiệp hội Doanh nghiệp vừa và nhỏ tỉnh kết nạp 20 hội viên.",
                 source="baoquangtri") == ["Hiệp hội Doanh nghiệp vừa và nhỏ tỉnh Quảng Trị"]


def test_a_clause_pair_is_no_field():
    assert names("Hội Nông dân đã và đang xã hội hóa nguồn vốn.") == []


# ------------------------------------------------ a higher school's fields over "và"

def test_college_and_university_fields_over_and():
    assert names("Trường Cao đẳng Kỹ thuật và Công nghệ tỉnh tuyển sinh 500 chỉ tiêu.") == [
        "Trường Cao đẳng Kỹ thuật và Công nghệ tỉnh Hà Tĩnh"]
    assert names("Trường Đại học Kinh tế và Quản trị Kinh doanh ký kết hợp tác.",
                 source="baothainguyen") == [
        "Trường Đại học Kinh tế và Quản trị Kinh doanh"]
    assert names("Học viện Chính trị và Hành chính khu vực tổ chức khai giảng.") == [
        "Học viện Chính trị và Hành chính"]


def test_two_schools_or_a_school_and_another_body_stay_two():
    assert names("Trường Cao đẳng Y tế và Bệnh viện Đa khoa tỉnh ký kết.") == [
        "Trường Cao đẳng Y tế", "Bệnh viện Đa khoa tỉnh Hà Tĩnh"]
    assert "Trường Đại học Vinh và Hà Tĩnh" not in names(
        "Trường Đại học Vinh và Hà Tĩnh cùng tổ chức hội thảo.")


def test_fields_joined_with_and_already_read_stay_right():
    assert names("Trung tâm Văn hóa và Truyền thông huyện Hương Khê tổ chức giải.") == [
        "Trung tâm Văn hóa và Truyền thông huyện Hương Khê"]
    assert names("Công ty TNHH Xây dựng và Thương mại Minh Anh tặng quà.") == [
        "Công ty TNHH Xây dựng và Thương mại Minh Anh"]


# ------------------------------------------------ persons and lists around the heads

def test_a_holders_name_after_the_institution_is_no_part_of_it():
    assert names("Giám đốc Vườn quốc gia Cát Bà Phạm Văn Lực cho biết đàn voọc tăng.",
                 source="baohaiphong") == ["Vườn quốc gia Cát Bà"]
    assert names("Nông trường Lê Lợi tổ chức trồng cây.") == ["Nông trường Lê Lợi"]


def test_a_farms_worker_and_a_workshops_head_are_persons():
    assert names("Nông trường viên Trần Văn Sáu kể lại những năm khai hoang.") == []
    assert names("Xưởng trưởng Đặng Văn Hòa cho biết đơn hàng tăng.") == []


def test_a_park_in_a_list_of_acting_bodies():
    assert "Khu bảo tồn thiên nhiên Kẻ Gỗ" in names(
        "Công an huyện Cẩm Xuyên, Khu bảo tồn thiên nhiên Kẻ Gỗ và Đồn Biên phòng Cẩm Nhượng "
        "phối hợp tuần tra.")
    assert "Vườn quốc gia Vũ Quang" not in names(
        "Đồn Biên phòng Sơn Kim và Vườn quốc gia Vũ Quang là hai điểm đến quen thuộc.")
    # two hosts of one event, a school and a cultural house: both institutions (round 25)
    assert names("Tại Trường THCS Kỳ Lạc và Nhà Văn hóa Lao động tỉnh diễn ra hội thi.") == [
        "Trường Trung học cơ sở Kỳ Lạc", "Nhà Văn hóa Lao động tỉnh Hà Tĩnh"]


# ------------------------------------------------ the SME associations written short

def test_sme_associations_written_short_are_spelt_out():
    assert rows("Hội DNNVV huyện Nghi Xuân tổ chức gặp mặt doanh nhân.") == [
        ("Hội DNNVV huyện Nghi Xuân", "Hội Doanh nghiệp nhỏ và vừa huyện Nghi Xuân")]
    assert names("Hiệp hội DNNVV tỉnh kết nạp thêm hội viên.", source="baobinhduong") == [
        "Hiệp hội Doanh nghiệp nhỏ và vừa tỉnh Bình Dương"]


def test_the_national_sme_association_stays_national():
    assert names("Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam kiến nghị giảm thuế.") == [
        "Hiệp hội Doanh nghiệp nhỏ và vừa Việt Nam"]


# ------------------------------------------------ schools by what they train, publishers,
# port authorities, youth volunteer forces

def test_schools_named_by_what_they_train():
    assert rows("Trường Quân sự tỉnh khai giảng khóa đào tạo chỉ huy trưởng.") == [
        ("Trường Quân sự tỉnh", "Trường Quân sự tỉnh Hà Tĩnh")]
    assert names("Trường Sĩ quan Chính trị tuyển sinh năm nay.") == [
        "Trường Sĩ quan Chính trị"]
    assert names("Trường Phổ thông Năng khiếu thể thao tỉnh đón học sinh mới.",
                 source="baothanhhoa") == [
        "Trường Phổ thông Năng khiếu thể thao tỉnh Thanh Hóa"]


def test_the_long_mountains_and_islands_are_no_school():
    assert not any(n.startswith("Trường") for n in names(
        "Đường Trường Sơn và quần đảo Trường Sa được nhắc đến trong hội thi."))


def test_publishers_by_their_name():
    assert rows("Nhà xuất bản Trẻ phát hành bộ truyện mới.") == [
        ("Nhà xuất bản Trẻ", "Nhà xuất bản Trẻ")]
    assert names("Cuốn sách do NXB Chính trị quốc gia Sự thật ấn hành năm 2020.") == [
        "Nhà xuất bản Chính trị quốc gia Sự thật"]


def test_port_authority_and_youth_volunteer_forces():
    assert names("Cảng vụ Hàng hải Quảng Ninh tăng cường kiểm tra.", source="baoquangninh") == [
        "Cảng vụ Hàng hải Quảng Ninh"]
    assert names("Tổng đội TNXP tỉnh ra quân làm đường.", source="baolaocai") == [
        "Tổng đội Thanh niên xung phong tỉnh Lào Cai"]
    assert names("Ông từng là đội viên thanh niên xung phong.") == []


# ------------------------------------------------ an enterprise's trade in lower case

def test_enterprise_trade_goes_on_in_lower_case_before_its_place_name():
    assert names("Nhà máy Chế biến gỗ Nghệ An khánh thành dây chuyền mới.",
                 source="baonghean") == ["Nhà máy Chế biến gỗ Nghệ An"]
    assert names("Xí nghiệp Khai thác thủy lợi Cẩm Xuyên nạo vét kênh.") == [
        "Xí nghiệp Khai thác thủy lợi Cẩm Xuyên"]


def test_a_verb_and_its_object_are_no_trade():
    assert names("Nhà máy Thủy điện phát điện dịp Tết.") == ["Nhà máy Thủy điện"]
    assert names("Công ty Xây dựng tặng quà Trường Tiểu học Kỳ Tân.")[0] == "Công ty Xây dựng"


def test_a_school_or_troupe_of_an_armed_body_is_left_to_the_unit_readers():
    assert not any(n.startswith(("Trường Quân sự Quân khu", "Đoàn Văn công Quân khu")) for n in
                   names("Đoàn Văn công Quân khu 4 biểu diễn tại Trường Quân sự Quân khu 4."))


# ------------------------------------------------ pharmacies and clinics

def test_pharmacies_and_clinics_by_their_name():
    assert names("Nhà thuốc Minh Châu tặng 200 hộp khẩu trang.") == ["Nhà thuốc Minh Châu"]
    assert names("Phòng khám đa khoa khu vực Kỳ Phong khám cho 300 người.") == [
        "Phòng khám đa khoa khu vực Kỳ Phong"]


def test_a_pharmacy_or_clinic_as_a_common_noun_is_no_body():
    assert names("Nhà thuốc tây trong huyện đều được kiểm tra.") == []
    assert names("Phòng khám của trạm y tế luôn quá tải.") == []


def test_a_parks_ranger_unit_is_one_body_wherever_written():
    assert rows("Hạt Kiểm lâm Vườn quốc gia Pù Mát bắt giữ hai đối tượng.", source="baonghean") \
        == [("Hạt Kiểm lâm Vườn quốc gia Pù Mát", "Hạt Kiểm lâm Vườn quốc gia Pù Mát")]
    assert names("Đoàn công tác làm việc tại Hạt Kiểm lâm VQG Pù Mát.", source="baonghean") == [
        "Hạt Kiểm lâm Vườn quốc gia Pù Mát"]


def test_a_groups_trades_go_on_over_va_and_a_capitalised_trade():
    # round 18 (lead): as a higher school's fields do
    text = "Tổng công ty Phân bón và Hóa chất Dầu khí trao 200 suất quà."
    assert [(o.surface, o.name) for o in analyse(text, "2021-05-12", "baobinhduong").organisations] == [
        ("Tổng công ty Phân bón và Hóa chất Dầu khí", "Tổng công ty Phân bón và Hóa chất Dầu khí")]
    # "và" then another body's head: two bodies
    text = "Công ty TNHH Xây dựng Minh Phát và Hội Nông dân tỉnh phối hợp."
    assert [o.name for o in analyse(text, "2021-05-12", "baobinhduong").organisations] == [
        "Công ty TNHH Xây dựng Minh Phát", "Hội Nông dân tỉnh Bình Dương"]
