"""A branch of a mass organisation, the Party, the Youth Union or a trade union written right
before the unit it belongs to is one body, the branch of that unit (round 19,
``pass_unit_branches``): its head spelt out without the national name's "Việt Nam", then the
unit's canonical name.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2024-05-10T08:00:00+07:00"


def orgs(text: str, source: str | None = "baohatinh") -> list[tuple[str, str]]:
    return organisation_rows(text, PUB, source)


def names(text: str, source: str | None = "baohatinh") -> list[str]:
    return [name for _, name in organisation_rows(text, PUB, source)]


# ------------------------------------------------------------ the national name before a unit

def test_a_national_name_before_a_unit_is_the_branch_of_that_unit():
    assert orgs("Hội Cựu chiến binh Việt Nam Đài Phát thanh và Truyền hình tỉnh tổ chức gặp "
                "mặt hội viên.") == [
        ("Hội Cựu chiến binh Việt Nam Đài Phát thanh và Truyền hình tỉnh",
         "Hội Cựu chiến binh Đài Phát thanh và Truyền hình Hà Tĩnh")]
    assert names("Sáng nay, Công đoàn Việt Nam Sở Tài chính tổ chức hội thao.") == [
        "Công đoàn Sở Tài chính tỉnh Hà Tĩnh"]


def test_a_national_bodys_founding_day_before_an_actor_is_the_national_body():
    assert names("Kỷ niệm 35 năm Ngày thành lập Hội Cựu chiến binh Việt Nam Bộ Chỉ huy Quân sự "
                 "tỉnh tổ chức gặp mặt.") == [
        "Hội Cựu chiến binh Việt Nam", "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"]
    assert names("Nhân kỷ niệm ngày truyền thống Hội Phụ nữ Việt Nam Công an tỉnh trao quà.") \
        == ["Hội Liên hiệp Phụ nữ Việt Nam", "Công an tỉnh Hà Tĩnh"]


def test_the_national_body_alone_stays_the_national_body():
    assert names("Phó Chủ tịch Hội Cựu chiến binh Việt Nam Nguyễn Văn Hùng dự buổi lễ.") == [
        "Hội Cựu chiến binh Việt Nam"]
    assert names("Hội Cựu chiến binh Việt Nam và Đài Phát thanh và Truyền hình tỉnh ký kết "
                 "phối hợp.") == [
        "Hội Cựu chiến binh Việt Nam", "Đài Phát thanh và Truyền hình Hà Tĩnh"]


# ------------------------------------------------------------ heads the unit readers missed

def test_association_branches_at_agencies_companies_schools_and_hospitals():
    assert names("Hội CCB Công ty Cổ phần Cao su Bình Long thăm hỏi hội viên.") == [
        "Hội Cựu chiến binh Công ty Cổ phần Cao su Bình Long"]
    assert names("Hội LHPN Công an tỉnh trao quà cho trẻ em.") == [
        "Hội Liên hiệp Phụ nữ Công an tỉnh Hà Tĩnh"]
    assert names("Hội Chữ thập đỏ Bệnh viện Đa khoa tỉnh vận động hiến máu.") == [
        "Hội Chữ thập đỏ Bệnh viện Đa khoa tỉnh Hà Tĩnh"]
    assert names("Hội Khuyến học Trường THPT Phan Đình Phùng trao học bổng.") == [
        "Hội Khuyến học Trường Trung học phổ thông Phan Đình Phùng"]


def test_an_association_branch_at_a_newspaper_or_an_agency():
    assert orgs("Chi hội Nhà báo Báo Hà Tĩnh tổ chức tọa đàm.") == [
        ("Chi hội Nhà báo Báo Hà Tĩnh", "Chi hội Nhà báo Báo Hà Tĩnh")]
    assert names("Chi hội Luật gia Sở Tư pháp tổ chức tuyên truyền pháp luật.") == [
        "Chi hội Luật gia Sở Tư pháp tỉnh Hà Tĩnh"]


def test_a_branch_takes_the_best_reading_of_its_unit():
    # the office read with its parent from the catalogue, not as written
    assert names("Đoàn Thanh niên Văn phòng UBND tỉnh ra quân.") == [
        "Đoàn Thanh niên Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh"]
    assert names("Chi hội Nhà báo Văn phòng UBND tỉnh họp.") == [
        "Chi hội Nhà báo Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh"]


def test_youth_branches_written_short_or_as_a_joint_branch():
    assert orgs("Đoàn TN Bộ Chỉ huy Quân sự tỉnh ra quân dọn vệ sinh.") == [
        ("Đoàn TN Bộ Chỉ huy Quân sự tỉnh", "Đoàn Thanh niên Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh")]
    assert orgs("Liên chi đoàn Sở Nông nghiệp và Phát triển nông thôn ra quân.") == [
        ("Liên chi đoàn Sở Nông nghiệp và Phát triển nông thôn",
         "Liên chi đoàn Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh")]
    assert names("Liên chi đoàn Công ty Cổ phần Cấp nước Hà Tĩnh ra quân.") == [
        "Liên chi đoàn Công ty Cổ phần Cấp nước Hà Tĩnh"]


def test_a_branch_of_a_bodys_office_is_one_body_whatever_the_body():
    assert orgs("Chi bộ cơ quan Ủy ban MTTQ tỉnh tổ chức sinh hoạt chuyên đề.") == [
        ("Chi bộ cơ quan Ủy ban MTTQ tỉnh",
         "Chi bộ cơ quan Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh")]
    assert names("Công đoàn cơ quan Huyện ủy Can Lộc tổ chức hội thao.") == [
        "Công đoàn cơ quan Huyện ủy Can Lộc"]
    assert names("Chi đoàn cơ quan Hội Nông dân tỉnh ra quân.") == [
        "Chi đoàn cơ quan Hội Nông dân tỉnh Hà Tĩnh"]
    assert names("Hội Cựu chiến binh cơ quan Bảo hiểm xã hội tỉnh thăm hỏi hội viên.") == [
        "Hội Cựu chiến binh cơ quan Bảo hiểm xã hội tỉnh Hà Tĩnh"]


def test_a_branch_head_written_in_lower_case():
    assert orgs("Các đội thi của hội phụ nữ Công an huyện Can Lộc tranh tài.") == [
        ("hội phụ nữ Công an huyện Can Lộc", "Hội Phụ nữ Công an huyện Can Lộc")]
    assert names("Đại diện hội cựu chiến binh Công ty Cổ phần Cao su Bình Long phát biểu.") == [
        "Hội Cựu chiến binh Công ty Cổ phần Cao su Bình Long"]


def test_an_organ_written_before_a_branch_is_the_organ_of_that_branch():
    assert names("Ban Thường vụ Hội CCB Sở Tài chính họp phiên thường kỳ.") == [
        "Ban Thường vụ Hội Cựu chiến binh Sở Tài chính tỉnh Hà Tĩnh"]


def test_branches_other_passes_read_stay_as_they_were():
    assert names("Hội Phụ nữ Công an huyện Can Lộc tổ chức gặp mặt.") == [
        "Hội Phụ nữ Công an huyện Can Lộc"]
    # (compared in lower case: the catalogue decides how the corporation is capitalised)
    assert [n.lower() for n in names("Chi đoàn Sở Y tế và Công đoàn Tổng công ty Điện lực miền "
                                     "Trung ra quân.")] == [
        "chi đoàn sở y tế tỉnh hà tĩnh", "công đoàn tổng công ty điện lực miền trung"]


# ------------------------------------------------------------ zones and joint ventures

def test_a_union_of_an_industrial_park_or_economic_zone():
    assert names("Công đoàn Khu công nghiệp Vũng Áng phát động thi đua.") == [
        "Công đoàn Khu công nghiệp Vũng Áng"]
    assert orgs("Công đoàn KCN Tân Bình và Công đoàn Khu kinh tế Đông Nam ký kết.") == [
        ("Công đoàn KCN Tân Bình", "Công đoàn Khu công nghiệp Tân Bình"),
        ("Công đoàn Khu kinh tế Đông Nam", "Công đoàn Khu kinh tế Đông Nam")]


def test_an_organ_of_a_zones_union():
    assert names("Ban Chấp hành Công đoàn Khu kinh tế Vũng Áng họp phiên thứ nhất.") == [
        "Ban Chấp hành Công đoàn Khu kinh tế Vũng Áng"]


def test_a_zone_alone_is_a_place():
    assert names("Công nhân làm việc tại Khu công nghiệp Vũng Áng được tặng quà.") == []


def test_a_joint_venture_and_its_union():
    assert orgs("Công đoàn Liên doanh Việt – Nga Vietsovpetro trao học bổng.") == [
        ("Công đoàn Liên doanh Việt – Nga Vietsovpetro",
         "Công đoàn Liên doanh Việt - Nga Vietsovpetro")]
    assert names("Liên doanh Việt – Lào Sepon mở rộng sản xuất.") == [
        "Liên doanh Việt - Lào Sepon"]
    assert names("Liên doanh với các đối tác giúp hợp tác xã mở rộng sản xuất.") == []
    # a joint venture that is a word of a company's name is that company's
    assert orgs("Công đoàn Công ty TNHH Liên doanh Vina Korea trao quà.") == [
        ("Công đoàn Công ty TNHH Liên doanh Vina Korea",
         "Công đoàn Công ty TNHH Liên doanh Vina Korea")]


# ------------------------------------------------------------ a branch shared by two agencies

def test_a_branch_of_two_agencies_joined_by_a_dash_is_one_body_of_their_level():
    assert orgs("Chi đoàn Tòa án - Viện Kiểm sát huyện Can Lộc tổ chức Đại hội.") == [
        ("Chi đoàn Tòa án - Viện Kiểm sát huyện Can Lộc",
         "Chi đoàn Tòa án - Viện Kiểm sát huyện Can Lộc")]
    # the level's place named before it
    assert orgs("Huyện đoàn Can Lộc chọn Chi đoàn Thuế- Kho bạc huyện tổ chức Đại hội điểm.") == [
        ("Huyện đoàn Can Lộc", "Huyện đoàn Can Lộc"),
        ("Chi đoàn Thuế- Kho bạc huyện", "Chi đoàn Thuế - Kho bạc huyện Can Lộc")]
    assert names("Chi bộ TAND - VKSND huyện Can Lộc ra quân.") == [
        "Chi bộ Tòa án nhân dân - Viện Kiểm sát nhân dân huyện Can Lộc"]


# ------------------------------------------------------------ a department and its unit in brackets

def test_a_branch_of_a_department_with_its_unit_in_brackets_is_one_body():
    assert orgs("Chi đoàn Phòng Kỹ thuật nghiệp vụ (Công an tỉnh) trao quà.") == [
        ("Chi đoàn Phòng Kỹ thuật nghiệp vụ (Công an tỉnh)",
         "Chi đoàn Phòng Kỹ thuật nghiệp vụ Công an tỉnh Hà Tĩnh")]
    assert names("Chi đoàn Phòng chính trị (Bộ CHQS tỉnh) tổ chức tọa đàm.") == [
        "Chi đoàn Phòng Chính trị Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"]


def test_a_department_written_in_lower_case_in_brackets_and_a_name_read_over_a_comma():
    assert names("Chi đoàn phòng Tham mưu (Bộ CHQS tỉnh) tổ chức tọa đàm.") == [
        "Chi đoàn Phòng Tham mưu Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"]
    # a name read over a comma and a known body is no unit of a branch
    assert names("Chi đoàn Phòng Tham mưu, Bộ CHQS tỉnh tổ chức tọa đàm.") == [
        "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"]


def test_a_department_without_a_branch_keeps_its_parent_as_a_mention():
    assert names("Khoa Nhi (Bệnh viện Đa khoa tỉnh) trao quà.") == [
        "Khoa Nhi Bệnh viện Đa khoa tỉnh Hà Tĩnh", "Bệnh viện Đa khoa tỉnh Hà Tĩnh"]


# ------------------------------------------------------------ a field pair joined by an en dash

def test_a_centre_of_two_fields_joined_by_an_en_dash():
    assert orgs("Tại Trung tâm Văn hóa – thể thao huyện Can Lộc diễn ra giải bóng đá.") == [
        ("Trung tâm Văn hóa – thể thao huyện Can Lộc",
         "Trung tâm Văn hóa - thể thao huyện Can Lộc")]
    assert names("Trung tâm Văn hóa – thông tin thị xã Hồng Lĩnh tổ chức triển lãm.") == [
        "Trung tâm Văn hóa - thông tin thị xã Hồng Lĩnh"]


def test_two_bodies_joined_by_an_en_dash_stay_two():
    assert names("Hội Nông dân – Hội Phụ nữ huyện Can Lộc tổ chức hội thi.") == [
        "Hội Nông dân huyện Can Lộc", "Hội Liên hiệp Phụ nữ huyện Can Lộc"]


# ------------------------------------------------------------ what is not joined

def test_a_branch_parted_from_a_body_by_a_list_is_no_branch_of_it():
    assert names("Hội Nông dân tỉnh và Sở Nông nghiệp và Phát triển nông thôn phối hợp tập "
                 "huấn.") == [
        "Hội Nông dân tỉnh Hà Tĩnh", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Tĩnh"]
    assert names("Đoàn Thanh niên, Công an tỉnh cùng tham gia.") == [
        "Tỉnh đoàn Hà Tĩnh", "Công an tỉnh Hà Tĩnh"]


def test_a_branch_head_joined_by_a_dash_to_another_mass_organisation_lists_the_two():
    assert names("Hội Cựu chiến binh – Hội Nông dân xã Thạch Kim tổ chức hội thi.") == [
        "Hội Cựu chiến binh xã Thạch Kim", "Hội Nông dân xã Thạch Kim"]
    # joined so to a unit it is that unit's, as a department is joined to its parent
    assert names("Đoàn Thanh niên - Công an tỉnh ra quân hỗ trợ người dân.") == [
        "Đoàn Thanh niên Công an tỉnh Hà Tĩnh"]
    assert names("Phòng Thời sự - Đài Phát thanh và Truyền hình tỉnh thực hiện.") == [
        "Phòng Thời sự Đài Phát thanh và Truyền hình Hà Tĩnh"]


def test_a_branch_before_a_place_or_a_person_and_a_working_party():
    assert names("Hội Phụ nữ xã Thạch Kim tổ chức tập huấn.") == [
        "Hội Liên hiệp Phụ nữ xã Thạch Kim"]
    assert names("Chủ tịch Hội Nông dân Trần Văn Nam dự lễ.") == []
    assert names("Đoàn công tác của Sở Y tế đến thăm bệnh nhân.") == ["Sở Y tế tỉnh Hà Tĩnh"]
