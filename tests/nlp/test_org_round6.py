"""Organisation failure kinds of outlets nobody had fitted to (issue 14, round 6): bodies inside
the page's own school, hospital or health centre written without its name, the Party
Secretariat, sub-bodies of national bodies, city-level union bodies and distributive lists, fund
boards and credit funds.

Sentences are written for these tests, not copied from any page; site addresses are invented in
the form school and hospital sites use.
"""

from __future__ import annotations

from baochi.nlp import places

from tests.nlp.mention_support import organisation_rows

PUB = "2024-05-10T08:00:00+07:00"


def orgs(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[tuple[str, str]]:
    return organisation_rows(text, pub, source)


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [name for _, name in organisation_rows(text, pub, source)]


# ------------------------------------------------------------ units of the page's own unit

def test_sites_of_kindergartens_numbered_schools_and_health_bodies():
    assert places.school_site("https://mnducgiang.longbien.edu.vn/tin-tuc/a", "Hà Nội") == \
        "Trường Mầm non Đức Giang"
    assert places.school_site("http://thso2namhoa.donghy.edu.vn/tin/b", "Thái Nguyên") == \
        "Trường Tiểu học số 2 Nam Hòa"
    assert places.health_site("http://trungtamyteanthi.vn/hoat-dong/c", "Hưng Yên") == \
        "Trung tâm Y tế huyện Ân Thi"
    assert places.health_site("https://bvdktuthainguyen.gov.vn/article/d", "Thái Nguyên") == \
        "Bệnh viện Đa khoa Trung ương Thái Nguyên"
    assert places.health_site("https://bvdkphutho.vn/tin/e", "Phú Thọ") == \
        "Bệnh viện Đa khoa tỉnh Phú Thọ"
    # a hospital named otherwise, or a province that is a city: not read
    assert places.health_site("http://benhvienninhphuoc.vn/tin/f", "Ninh Thuận") is None
    assert places.health_site("https://bvdkhanoi.vn/tin/g", "Hà Nội") is None


def test_bare_units_on_a_school_site_are_the_school_s():
    site = "https://mnducgiang.longbien.edu.vn/hoat-dong/tang-qua"
    assert orgs("Công đoàn Nhà trường trao quà; Công đoàn cảm ơn các thầy cô.", site) == [
        ("Công đoàn Nhà trường", "Công đoàn Trường Mầm non Đức Giang"),
        ("Công đoàn", "Công đoàn Trường Mầm non Đức Giang")]
    assert orgs("Bí thư Chi bộ nhà trường dự buổi sinh hoạt của Chi đoàn.", site) == [
        ("Chi bộ nhà trường", "Chi bộ Trường Mầm non Đức Giang"),
        ("Chi đoàn", "Chi đoàn Trường Mầm non Đức Giang")]


def test_bare_units_on_a_health_centre_or_hospital_site():
    centre = "http://trungtamyteanthi.vn/hoat-dong/trung-thu"
    assert names("Công đoàn cơ sở Trung tâm Y tế cùng Đoàn Thanh niên cơ quan tổ chức đêm hội.",
                 centre) == ["Công đoàn cơ sở Trung tâm Y tế huyện Ân Thi",
                             "Đoàn Thanh niên Trung tâm Y tế huyện Ân Thi"]
    hospital = "https://bvdktuthainguyen.gov.vn/article/ket-nap"
    assert names("Đoàn Thanh niên Bệnh viện giới thiệu 5 đoàn viên ưu tú.", hospital) == [
        "Đoàn Thanh niên Bệnh viện Đa khoa Trung ương Thái Nguyên"]
    # a hospital's Youth Union written on a school's site is not the school's
    assert names("Đoàn Thanh niên Bệnh viện đến thăm.",
                 "https://mnducgiang.longbien.edu.vn/a/b") == []


def test_bare_units_take_the_one_school_the_paragraph_names():
    assert orgs("Nhà trường giao Chi đoàn cùng Liên đội Trường Tiểu học Hòa Phong tổ chức hội "
                "thi; sáng nay trường Hòa Phong trao giải.", None) == [
        ("Chi đoàn", "Chi đoàn Trường Tiểu học Hòa Phong"),
        ("Liên đội Trường Tiểu học Hòa Phong", "Liên đội Trường Tiểu học Hòa Phong"),
        ("trường Hòa Phong", "Trường Tiểu học Hòa Phong")]
    # a grass-roots union named again by its initials
    assert names("CĐCS Trường Mầm non Sao Mai tổ chức bữa cơm cho đoàn viên CĐCS.", None) == [
        "Công đoàn cơ sở Trường Mầm non Sao Mai", "Công đoàn cơ sở Trường Mầm non Sao Mai"]


def test_bare_units_stay_unread_without_exactly_one_owner_or_when_generic():
    # two schools: whose branch it is cannot be known
    assert names("Trường THCS Lê Lợi và Trường THCS Quang Trung phối hợp Chi đoàn tổ chức.",
                 None) == ["Trường Trung học cơ sở Lê Lợi", "Trường Trung học cơ sở Quang Trung"]
    # no school at all, or plural and generic uses
    assert names("Chi đoàn tổ chức dọn vệ sinh đường làng.", None) == []
    assert names("Trường THCS Lê Lợi vận động các chi đoàn và tổ chức Công đoàn tham gia.",
                 None) == ["Trường Trung học cơ sở Lê Lợi"]
    # a bare trade union beside a school on a newspaper's page is the movement as well
    assert names("Trường THCS Lê Lợi phối hợp Công đoàn tặng quà.", None) == [
        "Trường Trung học cơ sở Lê Lợi"]


def test_a_teachers_branch_written_before_its_school_is_one_body():
    assert names("Chi đoàn Giáo viên trường tiểu học Sao Mai dâng hoa tại Bảo tàng Hồ Chí Minh.",
                 None) == ["Chi đoàn Giáo viên Trường tiểu học Sao Mai", "Bảo tàng Hồ Chí Minh"]


# ------------------------------------------------------------ the Party Secretariat

def test_the_secretariat_and_its_standing_member():
    assert names("Ban Bí thư yêu cầu các cấp ủy thực hiện nghiêm.", None) == [
        "Ban Bí thư Trung ương Đảng"]
    assert orgs("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư Nguyễn Văn A ký Chỉ thị.", None) == [
        ("Bộ Chính trị", "Bộ Chính trị"), ("Ban Bí thư", "Ban Bí thư Trung ương Đảng")]
    # the Youth Union's secretariat stays its own
    assert names("Ban Bí thư Trung ương Đoàn vừa họp.", None) == [
        "Ban Bí thư Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"]


# ------------------------------------------------------------ funds and their boards

def test_a_people_s_credit_fund_is_an_organisation():
    assert names("Quỹ tín dụng nhân dân Hòa Bình và QTDND xã Quỳnh Hưng tăng vốn điều lệ.") == [
        "Quỹ tín dụng nhân dân Hòa Bình", "Quỹ tín dụng nhân dân xã Quỳnh Hưng"]
    assert names("Quỹ tín dụng Nguyễn Trãi khai trương trụ sở mới.") == [
        "Quỹ tín dụng Nguyễn Trãi"]
    # the system of such funds is no body
    assert names("Hệ thống QTDND phát triển ổn định; các Quỹ tín dụng nhân dân đều có lãi.") == []


def test_a_support_fund_is_not_an_organisation_its_board_is():
    assert names("Quỹ Hỗ trợ nông dân (HTND) tỉnh Hà Tĩnh cho vay 12 dự án.") == []
    assert orgs("Ban điều hành Quỹ Hỗ trợ nông dân (HTND) tỉnh Hà Tĩnh giải ngân dự án.") == [
        ("Ban điều hành Quỹ Hỗ trợ nông dân (HTND) tỉnh Hà Tĩnh",
         "Ban Điều hành Quỹ Hỗ trợ nông dân tỉnh Hà Tĩnh")]
    # a board defining the acronym of its own name stays a definition of the board
    assert names("Ban Thi đua - Khen thưởng (TĐKT) tỉnh họp; Ban TĐKT tỉnh báo cáo.") == [
        "Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh", "Ban Thi đua - Khen thưởng tỉnh Hà Tĩnh"]


# ------------------------------------------------------------ sub-bodies and bloc unions

def test_a_bare_presidium_belongs_to_the_federation_of_the_next_title():
    assert names("Ông A, Ủy viên Đoàn Chủ tịch, Chủ nhiệm Ủy ban kiểm tra Tổng Liên đoàn lao "
                 "động Việt Nam trao quà.", None) == [
        "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam",
        "Ủy ban Kiểm tra Tổng Liên đoàn Lao động Việt Nam"]
    assert names("Bà B, Ủy viên Đoàn Chủ tịch, Phó Chủ tịch Hội LHPN Việt Nam dự.", None) == [
        "Đoàn Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam"]
    # a provincial title after it, or a congress's presidium: no federation named
    assert names("Ông C, Ủy viên Đoàn Chủ tịch, Chủ tịch Ủy ban MTTQ tỉnh dự.") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"]
    assert names("Đoàn Chủ tịch, Ban Thư ký đại hội điều hành phiên họp của Hội Nông dân Việt "
                 "Nam.", None) == ["Hội Nông dân Việt Nam"]


def test_youth_and_trade_unions_of_a_bloc():
    assert names("Đoàn Thanh niên khối doanh nghiệp tỉnh và Đoàn khối các cơ quan tỉnh phối hợp "
                 "với Công đoàn Khối Doanh nghiệp huyện Can Lộc.") == [
        "Đoàn Thanh niên Khối Doanh nghiệp tỉnh Hà Tĩnh", "Đoàn Khối các cơ quan tỉnh Hà Tĩnh",
        "Công đoàn Khối Doanh nghiệp huyện Can Lộc"]
    # without a level the bloc is not placed: nothing read
    assert names("Đoàn khối các cơ quan phát động phong trào.") == []


def test_city_level_union_bodies_written_with_a_capitalised_level():
    assert names("Liên đoàn Lao động Thành phố Hồ Chí Minh, Công đoàn các khu chế xuất và công "
                 "nghiệp Thành phố, Công đoàn Viên chức Thành phố tặng quà.", None) == [
        "Liên đoàn Lao động thành phố Hồ Chí Minh",
        "Công đoàn các khu chế xuất và công nghiệp thành phố Hồ Chí Minh",
        "Công đoàn Viên chức thành phố Hồ Chí Minh"]
    assert names("Hội Nông dân Thành phố Hà Tĩnh và Công đoàn Viên chức tỉnh dự.") == [
        "Hội Nông dân thành phố Hà Tĩnh", "Công đoàn Viên chức tỉnh Hà Tĩnh"]


# ------------------------------------------------------------ lists, commune unions, companies

def test_the_front_listed_with_the_political_organisations_of_a_level():
    assert names("Dự có lãnh đạo Ủy ban Mặt trận Tổ quốc, các tổ chức chính trị - xã hội tỉnh; "
                 "lãnh đạo các sở.") == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"]
    # one joint congress of the Front and the organisations: no body
    assert names("Chào mừng Đại hội MTTQ và các tổ chức chính trị - xã hội tỉnh.") == []


def test_a_commune_trade_union_written_short():
    assert names("Giáo viên cùng CĐ xã Thạch Kim dự ngày hội của CĐ huyện Can Lộc.") == [
        "Công đoàn xã Thạch Kim", "Liên đoàn Lao động huyện Can Lộc"]
    # a college written short is no union
    assert names("Sinh viên các trường CĐ, ĐH trên địa bàn tỉnh tham gia.") == []


def test_companies_with_their_legal_form_and_a_lower_case_trade():
    assert names("Công ty TNHH một thành viên dầu khí Sông Lam và Doanh nghiệp tư nhân Hòa An "
                 "trao quà; Công ty cổ phần mật ong Thạch Hà tài trợ.") == [
        "Công ty TNHH một thành viên dầu khí Sông Lam", "Doanh nghiệp tư nhân Hòa An",
        "Công ty cổ phần mật ong Thạch Hà"]
    # a legal form with no name after its trade is no company
    assert names("Công ty cổ phần đã tặng quà cho các hộ nghèo.") == []


def test_departments_of_the_one_hospital_or_health_centre():
    assert orgs("Về phía phòng Công tác xã hội thì đã kêu gọi 20 phần quà trao tại Bệnh viện "
                "tỉnh.") == [
        ("phòng Công tác xã hội", "Phòng Công tác xã hội Bệnh viện Đa khoa tỉnh Hà Tĩnh"),
        ("Bệnh viện tỉnh", "Bệnh viện Đa khoa tỉnh Hà Tĩnh")]
    assert names("Hội Chữ thập đỏ tỉnh, Khoa Huyết học- Truyền máu (Bệnh viện Đa khoa tỉnh) tổ "
                 "chức hiến máu.") == [
        "Hội Chữ thập đỏ tỉnh Hà Tĩnh", "Khoa Huyết học - Truyền máu Bệnh viện Đa khoa tỉnh Hà Tĩnh",
        "Bệnh viện Đa khoa tỉnh Hà Tĩnh"]
    assert names("Mũ bảo hộ được tặng cho Khoa Cấp cứu, Khoa Khám bệnh.",
                 "http://trungtamyteanthi.vn/tin/a") == [
        "Khoa Cấp cứu Trung tâm Y tế huyện Ân Thi", "Khoa Khám bệnh Trung tâm Y tế huyện Ân Thi"]
    # a university's faculty, or a district's office: not a hospital's department
    assert names("Trường Đại học Hà Tĩnh có Khoa Sư phạm và Phòng Đào tạo.") == [
        "Trường Đại học Hà Tĩnh"]
    assert names("Phòng Nội vụ tham mưu cho Bệnh viện tỉnh và Bệnh viện Nhi tỉnh.") == [
        "Bệnh viện Đa khoa tỉnh Hà Tĩnh", "Bệnh viện Nhi tỉnh Hà Tĩnh"]


def test_the_local_body_named_earlier_with_its_unit():
    assert orgs("Hội nông dân xã Thạch Kim tổ chức đại hội; đông đảo hội viên Hội nông dân địa "
                "phương tham dự.") == [
        ("Hội nông dân xã Thạch Kim", "Hội Nông dân xã Thạch Kim"),
        ("Hội nông dân địa phương", "Hội Nông dân xã Thạch Kim")]
    # no unit named before it, or two: not read
    assert names("Hội nông dân địa phương hỗ trợ bà con; Hội Nông dân xã Thạch Kim tham gia.") == [
        "Hội Nông dân xã Thạch Kim"]
    assert names("Hội Nông dân xã Thạch Kim, Hội Nông dân xã Thạch Long và các hội viên Hội Nông "
                 "dân địa phương dự.") == ["Hội Nông dân xã Thạch Kim", "Hội Nông dân xã Thạch Long"]


def test_a_boarding_school_joined_to_its_level_by_a_dash():
    assert names("Giải Ba – Trường PTDTNT–THCS Đồng Phú.", None) == [
        "Trường Phổ thông dân tộc nội trú - Trung học cơ sở Đồng Phú"]
    assert names("Giải Ba – Trường PTDTNT - THCS Đồng Phú.", None) == [
        "Trường Phổ thông dân tộc nội trú - Trung học cơ sở Đồng Phú"]


def test_a_youth_branch_in_lower_case_before_its_parent_body():
    assert names("Bác sĩ A, Bí thư chi đoàn thanh niên Trung tâm Y tế huyện Can Lộc, cho biết.") \
        == ["Chi đoàn Thanh niên Trung tâm Y tế huyện Can Lộc"]


def test_schools_named_by_the_older_names_of_their_level():
    assert names("Năm 1966, trường cấp 3 Hồng Lĩnh (nay là trường THPT Hồng Lĩnh) thành lập.",
                 None) == ["Trường Trung học phổ thông Hồng Lĩnh",
                           "Trường Trung học phổ thông Hồng Lĩnh"]
    assert names("Học sinh trường cấp II Thạch Kim và các trường cấp 1 trong huyện dự.", None) == [
        "Trường Trung học cơ sở Thạch Kim"]


def test_international_organisations_and_the_funds_that_are_one():
    assert names("Tổ chức Y tế Thế giới (WHO) và Quỹ Nhi đồng Liên hợp quốc (UNICEF) hỗ trợ; "
                 "đại diện WHO, UNICEF dự.", None) == [
        "Tổ chức Y tế Thế giới", "Quỹ Nhi đồng Liên hợp quốc", "Tổ chức Y tế Thế giới",
        "Quỹ Nhi đồng Liên hợp quốc"]
    assert names("Quỹ Tiền tệ Quốc tế (IMF) dự báo; Quỹ Khuyến học tỉnh (QKH) trao quà.") == [
        "Quỹ Tiền tệ Quốc tế"]


def test_a_department_goes_only_to_a_hospital_the_catalogue_or_the_site_names():
    # the hospital read from the text is another one (and cut): the department is not given to it
    assert "Khoa Xét nghiệm Bệnh viện Truyền" not in " ".join(names(
        "Nhân viên của khoa Xét nghiệm cũng đã chủ động qua Bệnh viện Truyền máu Huyết học hiến "
        "máu.", None))
    assert names("Khoa Xét nghiệm cũng đã chủ động hiến máu.",
                 "https://bvdktuthainguyen.gov.vn/article/x") == [
        "Khoa Xét nghiệm Bệnh viện Đa khoa Trung ương Thái Nguyên"]


def test_a_pioneer_unit_written_with_the_pioneers_name_before_its_school():
    assert names("Liên Đội TNTP Hồ Chí Minh trường TH Hùng Vương chỉ đạo đại hội các chi đội.",
                 None) == ["Liên đội Trường Tiểu học Hùng Vương"]
    # the Pioneers in their own anniversary stay a mention of their own
    assert names("Kỷ niệm ngày thành lập Đội TNTP Hồ Chí Minh, Liên đội Trường TH Hùng Vương tổ "
                 "chức.", None) == ["Đội Thiếu niên Tiền phong Hồ Chí Minh",
                                    "Liên đội Trường Tiểu học Hùng Vương"]


def test_a_brand_s_grass_roots_union_and_lower_case_health_fields():
    assert names("Hưởng ứng ngày hiến máu của Công đoàn cơ sở THACO, CĐCS VSIP cũng tham gia.") \
        == ["Công đoàn cơ sở THACO", "Công đoàn cơ sở VSIP"]
    assert names("Trung tâm kiểm soát bệnh tật tỉnh Vĩnh Phúc phối hợp tổ chức.", None) == [
        "Trung tâm kiểm soát bệnh tật tỉnh Vĩnh Phúc"]
