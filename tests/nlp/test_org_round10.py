"""Organisation failure kinds of round 10 (issue 14, held-out batch 9's miss kinds): numbered
wards named with their district, and the general readings added after them.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2024-05-10T08:00:00+07:00"
HCM = "Thành phố Hồ Chí Minh"


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [name for _, name in organisation_rows(text, pub, source)]


# ------------------------------------------------ numbered wards and their district

def test_numbered_ward_takes_the_district_written_after_it():
    assert names("UBND Phường 12, Quận 3 đã trao 40 suất quà.", HCM) == [
        "Ủy ban nhân dân phường 12 Quận 3"]
    assert names("Công an phường 6 (quận Gò Vấp) tuần tra ban đêm.", HCM) == [
        "Công an phường 6 quận Gò Vấp"]


def test_numbered_ward_takes_the_one_district_its_paragraph_names():
    found = names("Tối qua, tại UBND phường 4, Quận đoàn và Hội LHPN quận Bình Thạnh tổ chức "
                  "đêm văn nghệ.", HCM)
    assert "Ủy ban nhân dân phường 4 quận Bình Thạnh" in found


def test_numbered_ward_takes_the_district_of_the_site():
    assert names("Hội Khuyến học Phường 9 trao 30 suất học bổng.",
                 "http://quan8.hochiminhcity.gov.vn/tin-tuc/post.aspx?id=12") == [
        "Hội Khuyến học phường 9 Quận 8"]
    assert names("Ủy ban Mặt trận Tổ quốc Việt Nam Phường 3 họp giao ban quý I.",
                 "https://mttqquan7.vn/tin-hoat-dong.html") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường 3 Quận 7"]


def test_bare_ward_bodies_take_the_numbered_ward_of_the_headline_and_the_district_of_the_site():
    found = names("Sáng 3/3, Đảng ủy – UBND phường ra quân làm sạch kênh rạch.",
                  "https://quandoangovap.vn/phuong-7-ra-quan-lam-sach-kenh-rach/")
    assert found == ["Đảng ủy phường 7 quận Gò Vấp", "Ủy ban nhân dân phường 7 quận Gò Vấp"]


def test_numbered_ward_placed_by_nothing_stays_bare_and_two_districts_say_nothing():
    assert names("UBND phường 2 đã trao 20 suất quà.", HCM) == ["Ủy ban nhân dân phường 2"]
    found = names("UBND phường 2 cùng Công an quận 10 và Công an quận 11 tuần tra.", HCM)
    assert "Ủy ban nhân dân phường 2" in found


def test_named_ward_takes_no_district():
    found = names("UBND phường Bến Thành, Quận 1 trao quà cho hộ nghèo.", HCM)
    assert "Ủy ban nhân dân phường Bến Thành" in found


# ------------------------------------------------ lists of units and lists of bare bodies

def test_highland_district_names_run_through_their_apostrophe_in_a_list_of_units():
    found = names("Hội Nông dân các huyện Đắk Glei, Ia H’Drai, Tu Mơ Rông và thành phố Kon Tum "
                  "ký kết giao ước thi đua.", "baokontum")
    assert found == ["Hội Nông dân huyện Đắk Glei", "Hội Nông dân huyện Ia H’Drai",
                     "Hội Nông dân huyện Tu Mơ Rông", "Hội Nông dân thành phố Kon Tum"]


def test_apostrophe_after_tinh_is_still_a_persons_name():
    # a woman's highland name after "tỉnh" is a person, not a province
    assert names("Phó Chủ tịch UBND tỉnh H'Yim Kđoh dự lễ.", "baodaklak") == [
        "Ủy ban nhân dân tỉnh Đắk Lắk"]


def test_bare_bodies_listed_before_a_district_body_are_that_districts():
    found = names("Ủy thác qua các đoàn thể là Hội Cựu chiến binh, Hội Nông dân và Đoàn Thanh "
                  "niên, Phòng giao dịch Ngân hàng Chính sách xã hội huyện Hương Sơn đã cho "
                  "vay 300 hộ.")
    assert found[:3] == ["Hội Cựu chiến binh huyện Hương Sơn", "Hội Nông dân huyện Hương Sơn",
                         "Huyện đoàn Hương Sơn"]


def test_bare_bodies_before_a_provincial_body_stay_unplaced():
    # a list closed by a province's body says nothing of a district
    found = names("Hội Nông dân, Hội Cựu chiến binh và UBND tỉnh đã ký kết chương trình phối hợp.")
    assert "Hội Nông dân huyện" not in " ".join(found)
    assert "Ủy ban nhân dân tỉnh Hà Tĩnh" in found


# ------------------------------------------------ units listed after one plural head

def test_cells_listed_after_a_plural_unit_and_a_colon_are_the_units_of_each_body():
    found = names("Chi đoàn Công an huyện phối hợp với các Chi đoàn các cơ quan: Sở Tư pháp; Sở "
                  "Y tế và Đoàn cơ sở Bưu điện tỉnh ra quân.")
    assert "Chi đoàn Sở Tư pháp tỉnh Hà Tĩnh" in found
    assert "Chi đoàn Sở Y tế tỉnh Hà Tĩnh" in found
    assert "Sở Tư pháp tỉnh Hà Tĩnh" not in found


def test_departments_without_a_plural_unit_before_them_stay_departments():
    found = names("Lãnh đạo các cơ quan: Sở Tư pháp; Sở Y tế dự họp.")
    assert "Sở Tư pháp tỉnh Hà Tĩnh" in found and "Sở Y tế tỉnh Hà Tĩnh" in found


def test_fields_listed_after_a_lower_case_so():
    found = names("UBND tỉnh giao sở Tài chính, Kế hoạch và Đầu tư, Xây dựng thẩm định dự án.")
    assert found == ["Ủy ban nhân dân tỉnh Hà Tĩnh", "Sở Tài chính tỉnh Hà Tĩnh",
                     "Sở Kế hoạch và Đầu tư tỉnh Hà Tĩnh", "Sở Xây dựng tỉnh Hà Tĩnh"]


# ------------------------------------------------ offices, acronyms, names read to their end

def test_office_of_an_association_written_with_a_capital_p():
    assert names("Bà Lan, Chánh Văn Phòng Hội ND tỉnh, dự lễ.") == [
        "Văn phòng Hội Nông dân tỉnh Hà Tĩnh"]


def test_victims_association_acronym_is_spelt_out():
    assert names("Hội NNCĐDC/dioxin huyện Hương Khê thăm hỏi 30 nạn nhân.") == [
        "Hội Nạn nhân chất độc da cam/dioxin huyện Hương Khê"]
    assert names("Hội NNCĐDC tỉnh Quảng Trị tặng quà.", "baoquangtri") == [
        "Hội Nạn nhân chất độc da cam/dioxin tỉnh Quảng Trị"]


def test_company_name_runs_over_its_lower_case_trade():
    assert names("Công ty Giống cây trồng Nghệ An cấp 5 tấn lúa giống.") == [
        "Công ty Giống cây trồng Nghệ An"]


def test_two_school_levels_joined_by_an_ampersand_are_spelt_with_va():
    assert names("Trường Tiểu học & THCS Sơn Lâm khai giảng năm học mới.") == [
        "Trường Tiểu học và Trung học cơ sở Sơn Lâm"]


# ------------------------------------------------ central bodies, provincial boards

def test_representatives_of_a_central_body_name_the_body():
    found = names("Dự có đại biểu Ban Tuyên giáo Trung ương; Bộ Y tế và lãnh đạo tỉnh.")
    assert found[:2] == ["Ban Tuyên giáo Trung ương", "Bộ Y tế"]
    # a deputy of the National Assembly is a person
    assert names("Ông Hòa, đại biểu Quốc hội khóa XV, tiếp xúc cử tri.") == []


def test_zone_board_written_bare_is_the_papers_provinces():
    assert names("Ban Quản lý Khu kinh tế đã cấp phép cho 4 dự án mới.") == [
        "Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh"]
    assert names("Ban Quản lý các Khu công nghiệp tổ chức đối thoại với doanh nghiệp.",
                 "baobacgiang") == ["Ban Quản lý các Khu công nghiệp tỉnh Bắc Giang"]
    # named after its zone, it is that zone's board, read as written
    assert names("Ban Quản lý Khu kinh tế Vũng Áng cấp phép.") == [
        "Ban Quản lý Khu kinh tế Vũng Áng"]


# ------------------------------------------------ organs and commune bodies

def test_organ_with_a_level_on_an_associations_own_site_is_that_associations():
    site = "http://hoinongdanhatinh.org.vn/tin-tuc/ve-nguon"
    assert names("Ban Thường vụ Huyện Kỳ Anh tổ chức về nguồn.", site) == [
        "Ban Thường vụ Hội Nông dân huyện Kỳ Anh"]
    # on a newspaper's page nothing says whose organ it is
    assert names("Ban Thường vụ Huyện Kỳ Anh tổ chức về nguồn.") == []


def test_bare_dang_uy_takes_no_district_level_from_the_list_after_it():
    found = names("Hội Cựu chiến binh xã Sơn Kim 1 có 6 chi hội. Dưới sự lãnh đạo của Đảng ủy, "
                  "Hội CCB huyện, Hội CCB xã đã làm tốt công tác hội.",
                  "http://huongson.hatinh.gov.vn/tin-tuc/123")
    assert "Đảng ủy xã Sơn Kim 1" in found
    assert not any(n.startswith("Đảng ủy huyện") for n in found)


# ------------------------------------------------ the page's place on a national paper

def test_bare_district_body_on_a_national_page_takes_the_district_its_headline_opens_with():
    page = "https://tapchi.example.vn/hoat-dong/tuan-giao-trao-50-nha-dai-doan-ket-1234.html"
    assert names("Ủy ban MTTQ Việt Nam huyện đã trao 50 căn nhà Đại đoàn kết.", page) == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tuần Giáo"]
    # a headline opening with no district names none
    other = "https://tapchi.example.vn/hoat-dong/trao-50-nha-dai-doan-ket-1234.html"
    assert names("Ủy ban MTTQ Việt Nam huyện đã trao 50 căn nhà Đại đoàn kết.", other) == []


# ------------------------------------------------ central bodies written short

def test_trung_uong_hoi_alone_is_the_national_association_of_the_branches_named():
    found = names("Hưởng ứng cuộc vận động do Trung ương Hội phát động, Hội LHPN xã Thạch Kim "
                  "gắn biển cho 15 gia đình.")
    assert found == ["Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ xã Thạch Kim"]
    # branches of two associations: whose centre it is is not said
    assert "Hội Nông dân Việt Nam" not in names(
        "Trung ương Hội phát động; Hội LHPN xã Thạch Kim và Hội Nông dân xã Thạch Kim hưởng ứng.")


def test_an_arm_named_bare_after_its_soldiers():
    assert names("Quà gửi cán bộ, chiến sĩ Hải quân đang làm nhiệm vụ ở Trường Sa.") == [
        "Quân chủng Hải quân"]
    assert names("Các chiến sĩ hải quân tuần tra.") == []


def test_national_committee_and_institute_by_their_full_names():
    assert names("Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm "
                 "phát động tháng hành động.") == [
        "Ủy ban Quốc gia phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm"]
    assert names("Viện Huyết học – Truyền máu Trung ương tiếp nhận 200 đơn vị máu.") == [
        "Viện Huyết học - Truyền máu Trung ương"]


def test_branch_of_a_quarter_written_kp():
    assert names("Ông Ba, Chi hội trưởng Chi hội Cựu chiến binh KP.7, thị trấn Vĩnh An, kể lại.",
                 "baodongnai") == ["Chi hội Cựu chiến binh khu phố 7 thị trấn Vĩnh An"]


# ------------------------------------------------ care bodies in gift-giving reports

def test_sos_village_bare_or_with_its_city():
    assert names("Hội Chữ thập đỏ tỉnh thăm các em ở Làng trẻ em SOS nhân dịp Tết.") == [
        "Hội Chữ thập đỏ tỉnh Hà Tĩnh", "Làng trẻ em SOS Hà Tĩnh"]
    assert names("Đoàn công tác trao quà tại làng SOS Huế.", "baoquangtri") == ["Làng SOS Huế"]


def test_childrens_hospital_bare_on_a_provincial_page():
    found = names("Tỉnh đoàn trao quà tại Bệnh viện Đa khoa tỉnh và Bệnh viện Nhi.")
    assert "Bệnh viện Nhi Hà Tĩnh" in found
    # named, or central, it is read with its own name
    assert "Bệnh viện Nhi Trung ương" in names("Bệnh viện Nhi Trung ương hỗ trợ tuyến tỉnh.")


# ------------------------------------------------ a district's departments written bare

def test_bare_district_department_on_a_district_portal_is_that_districts():
    portal = "https://hoian.quangnam.gov.vn/webcenter/portal/hoian/pages_tin-tuc/chi-tiet?id=1"
    assert names("Phòng Văn hóa và Thông tin tổ chức hội thi tuyên truyền.", portal) == [
        "Phòng Văn hóa và Thông tin thành phố Hội An"]


def test_bare_district_department_beside_a_districts_body():
    found = names("UBND huyện Can Lộc giao Phòng Tài chính - Kế hoạch và Phòng Tư pháp thẩm định.")
    assert found == ["Ủy ban nhân dân huyện Can Lộc", "Phòng Tài chính - Kế hoạch huyện Can Lộc",
                     "Phòng Tư pháp huyện Can Lộc"]
    # no district named anywhere: whose department it is is not said
    assert names("Phòng Y tế thẩm định hồ sơ.") == []


def test_fields_listed_after_a_lower_case_phong_with_the_district_at_the_end():
    assert names("Ban Dân vận phối hợp với phòng Dân tộc, Nội vụ, Tư pháp huyện Hương Khê.")[-3:] == [
        "Phòng Dân tộc huyện Hương Khê", "Phòng Nội vụ huyện Hương Khê",
        "Phòng Tư pháp huyện Hương Khê"]


def test_minister_named_by_the_field_of_the_ministry():
    assert names("Bộ trưởng Tài nguyên và Môi trường Trần Hồng Hà dự lễ.") == [
        "Bộ Tài nguyên và Môi trường"]
    assert names("Thứ trưởng Y tế phát biểu chỉ đạo.") == ["Bộ Y tế"]


# ------------------------------------------------ a commune's bodies written alone

def test_commune_body_written_alone_after_a_ward_is_the_wards():
    assert names("Công an thị trấn Nghèn phối hợp; Đảng ủy chỉ đạo sát sao.") == [
        "Công an thị trấn Nghèn", "Đảng ủy thị trấn Nghèn"]
    found = names("Ủy ban MTTQ phường Bắc Hà họp; dự có Ban Thanh tra nhân dân.")
    assert found == ["Ủy ban Mặt trận Tổ quốc Việt Nam phường Bắc Hà",
                     "Ban Thanh tra nhân dân phường Bắc Hà"]


def test_party_committee_member_is_a_title():
    assert names("Ông Hải, Đảng ủy viên, Phó Chủ tịch UBND phường Bắc Hà, dự lễ.") == [
        "Ủy ban nhân dân phường Bắc Hà"]


# ------------------------------------------------ branches and boards written short

def test_social_policy_bank_branch_written_with_chi_nhanh_and_its_level():
    assert names("Ngân hàng Chính sách xã hội chi nhánh tỉnh Hà Tĩnh giải ngân 300 tỷ đồng.") == [
        "Ngân hàng Chính sách xã hội tỉnh Hà Tĩnh"]
    assert names("NHCSXH chi nhánh huyện Kỳ Anh giải ngân.") == [
        "Ngân hàng Chính sách xã hội huyện Kỳ Anh"]


def test_steering_committee_by_its_initials():
    assert names("Ông Sơn, Trưởng BCĐ NTM tỉnh, dự lễ.") == [
        "Ban Chỉ đạo xây dựng nông thôn mới tỉnh Hà Tĩnh"]
    assert names("BCĐ phòng, chống thiên tai huyện Kỳ Anh họp.") == [
        "Ban Chỉ đạo phòng, chống thiên tai huyện Kỳ Anh"]


# ------------------------------------------------ offices and branches named by their field

def test_office_named_by_its_field_with_a_level():
    assert names("Văn phòng Đăng ký đất đai tỉnh cấp 300 giấy chứng nhận.") == [
        "Văn phòng Đăng ký đất đai tỉnh Hà Tĩnh"]
    assert names("Văn phòng UBND tỉnh tham mưu.") == ["Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh"]


def test_district_power_branch():
    assert names("Điện lực Hương Sơn thay 300 công tơ cho khách hàng.") == ["Điện lực Hương Sơn"]
    assert names("Chi đoàn Điện lực Can Lộc ra quân.") == ["Chi đoàn Điện lực Can Lộc"]
    # the national group and the province's company are read with their own heads
    assert names("Tập đoàn Điện lực Việt Nam hỗ trợ.") == ["Tập đoàn Điện lực Việt Nam"]


# ------------------------------------------------ schools' and groups' unions

def test_vocational_college_and_a_school_named_by_a_list_of_fields():
    assert names("Trường Trung cấp nghề Kỳ Anh tuyển sinh 300 học viên.") == [
        "Trường Trung cấp nghề Kỳ Anh"]
    assert names("Đoàn trường Cao đẳng nghề Cơ khí, Xây dựng và Thủy lợi Bắc Trung bộ ra quân.") == [
        "Đoàn Thanh niên Trường Cao đẳng nghề Cơ khí, Xây dựng và Thủy lợi Bắc Trung bộ"]
    # a list of schools is three bodies, not one name
    found = names("Trường THCS Nguyễn Du, Trường THCS Lê Lợi và Trường Tiểu học Kim Đồng dự thi.")
    assert found == ["Trường Trung học cơ sở Nguyễn Du", "Trường Trung học cơ sở Lê Lợi",
                     "Trường Tiểu học Kim Đồng"]


def test_coal_groups_youth_union_by_its_short_name():
    assert names("Tỉnh đoàn và Đoàn Than - Khoáng sản Việt Nam trao 20 suất quà.",
                 "baoquangninh") == ["Tỉnh đoàn Quảng Ninh",
                                     "Đoàn Thanh niên Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"]
