"""Organisation failure kinds of ordinary provincial reporting (issue 14, round 8): bare levels
whose place only the page gives (a station named by its initials, a city's portal, a district
youth union's site), student and youth units, company names read to their true end, a unit
joined to its parent by a dash.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from baochi.nlp import paper_province, places

from tests.nlp.mention_support import organisation_rows

PUB = "2024-05-10T08:00:00+07:00"


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [name for _, name in organisation_rows(text, pub, source)]


# ------------------------------------------------------------ the page gives the place

def test_station_named_by_its_initials_places_a_bare_province():
    found = names("Ông Trần Văn B, Trưởng Ban Dân vận Tỉnh ủy, đã phát biểu tại buổi lễ.",
                  source="https://thdt.vn/tin-tuc/le-ra-quan.html")
    assert found == ["Ban Dân vận Tỉnh ủy Đồng Tháp"]
    assert paper_province("https://www.thvl.vn/mot-bai-viet") == "Vĩnh Long"


def test_city_police_paper_is_not_a_province_of_its_own():
    # a city's police paper reports from every province: its address places nothing
    assert paper_province("https://cadn.com.vn/print/mot-tin-post1.html") is None


def test_city_portal_labelled_only_by_its_level_is_the_province_seat():
    address = "https://thanhpho.tayninh.gov.vn/vi/news/van-hoa/bai-viet-12.html"
    assert places.gov_portal(address) == ("Tây Ninh", (("thành phố", "Tây Ninh"),))
    found = names("Ban CHQS Thành phố và UBND Thành phố đã đến thăm gia đình chính sách.",
                  source=address)
    assert found == ["Ban Chỉ huy Quân sự thành phố Tây Ninh", "Ủy ban nhân dân thành phố Tây Ninh"]


def test_party_portal_is_read_like_a_state_portal():
    assert paper_province("https://tuyengiao.hungyen.dcs.vn/tin/bai-1.html") == "Hưng Yên"
    assert paper_province("https://quan4.hochiminhcity.gov.vn/tin/bai-1.html") \
        == "Thành phố Hồ Chí Minh"


def test_district_site_is_the_district_its_host_ends_with():
    # "huyendoanhungha" also holds "doanhung" (Đoan Hùng) across its two words
    assert places.host_district("huyendoanhungha") == ("Hưng Hà", "Thái Bình")
    found = names("Ban chấp hành Đoàn thanh niên huyện phối hợp với Ban chỉ huy quân sự tổ chức "
                  "ngày chủ nhật xanh.", source="https://huyendoanhungha.vn/tin/bai-9/")
    # the union's board takes the catalogue's name of a district's union (GUIDE, round 9)
    assert found == ["Ban Chấp hành Huyện đoàn Hưng Hà", "Ban Chỉ huy Quân sự huyện Hưng Hà"]


# ------------------------------------------------------------ student and youth units

def test_lower_case_district_youth_union_with_its_name():
    found = names("Hơn 50 đoàn viên của các cơ sở trực thuộc quận đoàn Ninh Kiều và huyện đoàn "
                  "Phong Điền đã tham gia.", source="baocantho")
    assert found == ["Quận đoàn Ninh Kiều", "Huyện đoàn Phong Điền"]


def test_lower_case_youth_committee_without_a_name_is_a_word():
    assert names("Các anh chị trong huyện đoàn đã về thăm.", source="baocantho") == []


def test_student_chapter_named_by_its_home_place():
    found = names("Các chiến sĩ tình nguyện của chi hội sinh viên Phong Điền đã về xã vùng sâu.",
                  source="baocantho")
    assert found == ["Chi hội sinh viên Phong Điền"]


def test_student_chapter_at_a_university_is_one_body():
    found = names("Chiến dịch do Liên chi hội sinh viên Hậu Giang tại Trường Đại học Cần Thơ tổ "
                  "chức.", source="baocantho")
    assert found == ["Liên Chi hội sinh viên Hậu Giang Trường Đại học Cần Thơ"]


# ------------------------------------------------------------ names read to their true end

def test_lottery_company_runs_to_its_province():
    found = names("Công ty TNHH MTV Xổ số kiến thiết Bến Tre đã tài trợ 10 căn nhà.",
                  source="baodongkhoi")
    assert found == ["Công ty TNHH MTV Xổ số kiến thiết Bến Tre"]


def test_unit_joined_to_its_parent_by_a_dash():
    found = names("Nhóm phóng viên Phòng Biên tập - Đài PT-TH Hà Tĩnh đoạt giải A.")
    assert found == ["Phòng Biên tập Đài Phát thanh và Truyền hình Hà Tĩnh"]


# ------------------------------------------------------------ batch 16: council and Party reporting

def test_member_title_written_short_names_the_standing_committee():
    assert names("Ông Lê Văn C, UVTV Tỉnh ủy, Giám đốc Sở Y tế, dự hội nghị.") \
        == ["Ban Thường vụ Tỉnh ủy Hà Tĩnh", "Sở Y tế tỉnh Hà Tĩnh"]
    assert names("Bà Võ Thị D, Ủy viên Thường vụ Huyện ủy Can Lộc, phát biểu.") \
        == ["Ban Thường vụ Huyện ủy Can Lộc"]


def test_departments_listed_after_one_head():
    assert names("Lãnh đạo Sở: Nội vụ, Tư pháp và Xây dựng báo cáo tại phiên họp.") \
        == ["Sở Nội vụ tỉnh Hà Tĩnh", "Sở Tư pháp tỉnh Hà Tĩnh", "Sở Xây dựng tỉnh Hà Tĩnh"]
    assert names("Đại diện các Sở Y tế, Tài chính tỉnh Quảng Bình cùng dự.") \
        == ["Sở Y tế tỉnh Quảng Bình", "Sở Tài chính tỉnh Quảng Bình"]
    assert names("Bộ Công an, Quốc phòng đã phối hợp chặt chẽ.") \
        == ["Bộ Công an", "Bộ Quốc phòng"]


def test_one_department_is_no_list():
    assert names("Sở Tài chính và các đơn vị liên quan đã thống nhất.") \
        == ["Sở Tài chính tỉnh Hà Tĩnh"]


def test_units_after_a_colon_share_the_body():
    assert names("Hội Cựu chiến binh các huyện: Hương Sơn, Đức Thọ đã trao quà.") \
        == ["Hội Cựu chiến binh huyện Hương Sơn", "Hội Cựu chiến binh huyện Đức Thọ"]


def test_level_after_a_list_closed_by_mass_organisations():
    assert names("Ban Thường trực Ủy ban MTTQVN và các đoàn thể chính trị xã hội tỉnh giám sát "
                 "việc thực hiện.") == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"]


def test_council_deputies_are_people_but_their_group_names_the_council():
    assert names("Các vị đại biểu HĐND tỉnh đã chất vấn nhiều vấn đề.") == []
    assert names("Tổ đại biểu HĐND tỉnh tiếp xúc cử tri xã Kỳ Hoa.") \
        == ["Hội đồng nhân dân tỉnh Hà Tĩnh"]


def test_family_name_before_a_head_is_a_person():
    assert names("Phó Chủ tịch UBND tỉnh Trần Hội Anh đề nghị các sở khẩn trương.") \
        == ["Ủy ban nhân dân tỉnh Hà Tĩnh"]


def test_national_body_before_its_levels_in_brackets_is_a_grouping():
    assert names("Các hội được sắp xếp vào trực thuộc Mặt trận Tổ quốc Việt Nam (cấp tỉnh, cấp "
                 "xã) từ tháng 7.") == []


def test_bank_branch_on_a_provincial_page_is_that_province():
    assert names("Đến nay, chi nhánh NHCSXH đã giải ngân cho 12 hộ.", source="baonghean") \
        == ["Ngân hàng Chính sách xã hội tỉnh Nghệ An"]
    # a national paper's branch names no province
    assert names("Đến nay, chi nhánh NHCSXH đã giải ngân cho 12 hộ.", source=None) \
        == ["Ngân hàng Chính sách xã hội"]


def test_a_second_province_written_bare_after_and():
    assert names("Đại hội MTTQ Việt Nam tỉnh Nghệ An và Hà Tĩnh khai mạc cùng ngày.", source=None) \
        == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"]


# ------------------------------------------------------------ the place a page or a credit gives

def test_district_of_a_province_merged_into_the_papers_names_that_province():
    # huyện Mèo Vạc was Hà Giang's; Hà Giang joined Tuyên Quang in 2025
    found = names("Đồng chí Lục Văn G, Phó Chủ tịch UBND tỉnh, làm việc tại huyện Mèo Vạc.",
                  source="baotuyenquang", pub="2024-11-02")
    assert found == ["Ủy ban nhân dân tỉnh Hà Giang"]
    assert names("Phó Chủ tịch UBND tỉnh làm việc tại huyện Sơn Dương.", source="baotuyenquang",
                 pub="2024-11-02") == ["Ủy ban nhân dân tỉnh Tuyên Quang"]


def test_after_the_merger_the_paper_s_province_holds():
    assert names("Phó Chủ tịch UBND tỉnh làm việc tại huyện Mèo Vạc cũ.", source="baotuyenquang",
                 pub="2025-09-02") == ["Ủy ban nhân dân tỉnh Tuyên Quang"]


def test_highland_personal_name_after_tinh_is_no_province():
    assert names("Chủ tịch UBND tỉnh Y Bhăm Êban phát biểu.", source="baodaklak") \
        == ["Ủy ban nhân dân tỉnh Đắk Lắk"]
    assert names("Phó Chủ tịch HĐND tỉnh H'Linh Niê dự lễ.", source="baodaklak") \
        == ["Hội đồng nhân dân tỉnh Đắk Lắk"]


def test_portal_in_a_credit_names_the_portal_and_the_province():
    found = names("Lãnh đạo Tỉnh ủy, UBND tỉnh thăm hộ nghèo (Ảnh: Minh Anh/gialai.gov.vn).",
                  source="https://thoidai.com.vn/mot-bai-1.html")
    assert found == ["Tỉnh ủy Gia Lai", "Ủy ban nhân dân tỉnh Gia Lai",
                     "Cổng Thông tin điện tử tỉnh Gia Lai"]


def test_national_outlets_by_their_short_names_but_not_their_dateline_tag():
    assert names("Theo VOV, chương trình đã trao 300 suất quà.", source=None) \
        == ["Đài Tiếng nói Việt Nam"]
    assert names("VOV.VN - Sáng 3/4, UBND tỉnh Nghệ An họp báo.", source=None) \
        == ["Ủy ban nhân dân tỉnh Nghệ An"]
    assert names("(VOH) – Sáng nay, đoàn đến thăm các hộ nghèo.", source=None) == []
    assert names("Tại buổi lễ, VOV Tây Nguyên trao 40 suất học bổng.", source=None) \
        == ["Cơ quan thường trú khu vực Tây Nguyên Đài Tiếng nói Việt Nam"]
    assert names("(TTXVN/Vietnamplus.vn 3/5)", source=None) \
        == ["Thông tấn xã Việt Nam", "VietnamPlus"]


def test_short_form_in_brackets_after_its_body_is_one_mention():
    found = names("Cơ quan Thường trú khu vực miền Trung - Đài Tiếng nói Việt Nam (VOV miền Trung) "
                  "trao quà.", source=None)
    assert [n.lower() for n in found] == ["cơ quan thường trú khu vực miền trung đài tiếng nói việt nam"]


# ------------------------------------------------------------ names read whole

def test_lower_case_fields_of_centres_and_hospitals():
    assert names("Lễ ra quân diễn ra tại Trung tâm thanh thiếu nhi tỉnh Quảng Bình.",
                 source="baoquangbinh") == ["Trung tâm thanh thiếu nhi tỉnh Quảng Bình"]
    assert names("Đoàn đến thăm Bệnh viện Đa khoa khu vực miền núi phía Tây Thanh Hóa.",
                 source="baothanhhoa") \
        == ["Bệnh viện Đa khoa khu vực miền núi phía Tây Thanh Hóa"]


def test_company_name_with_a_dot_and_its_branch():
    assert names("Chương trình được Công ty cổ phần công nghệ H.Tech chi nhánh Huế tài trợ.",
                 source="baothuathienhue") == ["Công ty cổ phần công nghệ H.Tech chi nhánh Huế"]


def test_hometown_association_without_where_its_members_live():
    assert names("Hội đồng hương Đức Thọ cùng đoàn công tác trao 20 suất quà.") \
        == ["Hội đồng hương Đức Thọ"]


def test_party_organ_with_its_committee_in_lower_case():
    assert names("Bà Lê Thị M, Trưởng ban Tuyên giáo tỉnh ủy, phát biểu.", source="baothanhhoa") \
        == ["Ban Tuyên giáo Tỉnh ủy Thanh Hóa"]
    assert names("Các đồng chí trong tỉnh ủy đã về dự.", source="baothanhhoa") == []


def test_body_named_after_a_quoted_campaign_written_again_short():
    found = names("Ban Chỉ đạo phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” tỉnh họp; "
                  "các thành viên Ban Chỉ đạo phong trào đều có mặt.")
    assert found == ["Ban Chỉ đạo phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa tỉnh Hà Tĩnh"] * 2


def test_central_party_committees_of_2025_and_congress_subcommittees():
    assert names("Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương đã họp.",
                 source=None) == ["Ban Thường vụ Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương"]
    assert names("Ông Lê Văn N, Phó Bí thư Đảng ủy Chính phủ, dự hội nghị.", source=None) \
        == ["Đảng ủy Chính phủ"]
    assert names("Ông Trần Văn P, Ủy viên Bộ Chính trị, Thường trực Tiểu ban Văn kiện Đại hội XIV "
                 "của Đảng, phát biểu.", source=None) \
        == ["Bộ Chính trị", "Tiểu ban Văn kiện Đại hội XIV của Đảng"]


def test_subcommittee_of_a_province():
    assert names("Tiểu ban Y tế - Môi trường tỉnh đã kiểm tra các điểm đón tiếp.") \
        == ["Tiểu ban Y tế - Môi trường tỉnh Hà Tĩnh"]


# ------------------------------------------------------------ batch 16b: youth unions and communes

def test_bloc_youth_union_takes_the_district_named_before_it():
    assert names("Huyện đoàn Lộc Hà tổ chức ngày hội; đoàn viên Đoàn khối cơ quan huyện tham gia.") \
        == ["Huyện đoàn Lộc Hà", "Đoàn Khối cơ quan huyện Lộc Hà"]


def test_district_youth_union_written_level_first():
    found = names("Dự lễ có đồng chí Lê Thị Q, Phó Bí thư huyện Đoàn, và lãnh đạo UBND huyện "
                  "Hương Khê.")
    assert found == ["Huyện đoàn Hương Khê", "Ủy ban nhân dân huyện Hương Khê"]
    assert names("Đồng chí Trần Văn R, Bí thư tỉnh Đoàn, phát biểu.") == ["Tỉnh đoàn Hà Tĩnh"]
    # a district named "Đoàn …" is no union
    assert names("Hội nghị diễn ra tại huyện Đoàn Hùng.", source="baophutho") == []


def test_communes_listed_after_a_body_of_the_first():
    assert names("Hội Nông dân xã Thạch Kênh, Thạch Liên đạt giải ba.") \
        == ["Hội Nông dân xã Thạch Kênh", "Hội Nông dân xã Thạch Liên"]
    # after a commune, a district's bare name is where it is
    assert names("Hội Nông dân xã Thạch Kênh, Thạch Hà đạt giải ba.") == ["Hội Nông dân xã Thạch Kênh"]


def test_citadel_veterans_association_and_a_workers_centre():
    assert names("Hội Chiến sĩ thành cổ Quảng Trị năm 1972 tỉnh Hà Tĩnh gặp mặt.") \
        == ["Hội Chiến sĩ thành cổ Quảng Trị năm 1972 tỉnh Hà Tĩnh"]
    assert names("Chợ Tết diễn ra tại Trung tâm văn hóa lao động tỉnh Đồng Nai.", source="baodongnai") \
        == ["Trung tâm văn hóa lao động tỉnh Đồng Nai"]


def test_school_in_a_big_city_written_with_tp_dot():
    assert names("Sinh viên Trường Đại học Y Dược TP.HCM về xã tình nguyện.", source=None) \
        == ["Trường Đại học Y Dược thành phố Hồ Chí Minh"]


def test_faculty_joined_to_its_school_by_a_comma():
    assert names("Đoàn Khoa Luật, Trường Đại học Cần Thơ tổ chức hiến máu.", source="baocantho") \
        == ["Đoàn Khoa Luật Trường Đại học Cần Thơ"]
    # a list of faculties stays a list
    assert names("Khoa Luật, Khoa Kinh tế đã tổ chức hội thảo.", source="baocantho") == []


def test_central_steering_committee_named_by_its_task():
    assert names("Theo Ban chỉ đạo Trung ương về phòng, chống thiên tai, đến nay đã có 12 tỉnh "
                 "hoàn thành.", source=None) \
        == ["Ban Chỉ đạo Trung ương về phòng, chống thiên tai"]
    assert names("Ban Chỉ đạo Trung ương về sắp xếp đơn vị hành chính đề nghị các tỉnh khẩn trương.",
                 source=None) == ["Ban Chỉ đạo Trung ương về sắp xếp đơn vị hành chính"]


def test_national_committee_for_the_elderly():
    assert names("Ủy ban Quốc gia về người cao tuổi đã tổng kết năm.", source=None) \
        == ["Ủy ban Quốc gia về người cao tuổi Việt Nam"]


def test_board_named_by_its_task_and_its_province_s_bare_name():
    assert names("Ban vận động “Ngày vì người nghèo” Quảng Bình đã trao 200 suất quà.", source=None) \
        == ["Ban Vận động Ngày vì người nghèo tỉnh Quảng Bình"]
    assert names("Ban Chỉ đạo phòng, chống Covid-19 Hà Nội họp khẩn.", source=None) \
        == ["Ban Chỉ đạo phòng, chống Covid-19 thành phố Hà Nội"]
