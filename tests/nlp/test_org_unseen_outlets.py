"""Organisation failure kinds of outlets new to the real-text set (issue 14, round 4): commune
and school portals, district youth sites, the local abbreviations of provincial press.

Sentences are written for these tests, not copied from any page; portal addresses are invented
in the form government and school portals use.
"""

from __future__ import annotations

from baochi.nlp import analyse, paper_province, places

from tests.nlp.mention_support import organisation_rows

PUB = "2024-05-10T08:00:00+07:00"


def orgs(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[tuple[str, str]]:
    return organisation_rows(text, pub, source)


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [name for _, name in organisation_rows(text, pub, source)]


# ------------------------------------------------------------ local abbreviations

def test_abbreviations_of_mass_organisations_with_their_level():
    assert names("Chiều qua, HND huyện Can Lộc và HLHPN xã Thạch Kim họp bàn.") == [
        "Hội Nông dân huyện Can Lộc", "Hội Liên hiệp Phụ nữ xã Thạch Kim"]
    assert names("Hội cựu thanh niên xung phong huyện Can Lộc và Hội Cựu TNXP tỉnh trao quà.") == [
        "Hội Cựu thanh niên xung phong huyện Can Lộc", "Hội Cựu thanh niên xung phong tỉnh Hà Tĩnh"]
    assert names("BCH Quân sự huyện Can Lộc huấn luyện dân quân.") == [
        "Ban Chỉ huy Quân sự huyện Can Lộc"]


def test_a_bare_abbreviation_without_level_is_no_body():
    # "HND" alone is not placed: a body type needs its level
    assert names("Các hộ HND tham gia đều đặn.") == []


def test_party_organs_written_as_initials_before_their_committee():
    assert names("BDV Huyện ủy Can Lộc phối hợp với BTG Tỉnh ủy tổ chức hội nghị.") == [
        "Ban Dân vận Huyện ủy Can Lộc", "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh"]
    # since 2025 the two boards are one: Ban Tuyên giáo và Dân vận
    assert names("BTGDV Tỉnh ủy và Ban TG&DV Huyện ủy Can Lộc chủ trì.", pub="2025-09-01") == [
        "Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh", "Ban Tuyên giáo và Dân vận Huyện ủy Can Lộc"]


def test_organs_of_a_commune_party_committee_written_as_initials():
    text = "Dự có ông Lê Văn Bình, Chủ nhiệm UBKT Đảng ủy xã Thạch Kim, và các đồng chí BTV Đảng ủy xã."
    assert names(text) == ["Ủy ban Kiểm tra Đảng ủy xã Thạch Kim",
                           "Ban Thường vụ Đảng ủy xã Thạch Kim"]
    # the initials alone name nothing
    assert names("Ông Bình là UBKT của tỉnh.") == []


def test_central_front_committee_and_friendship_union_short_forms():
    assert names("UBTƯ MTTQ Việt Nam phát động tháng cao điểm.") == [
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]
    assert orgs("Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) trao học bổng; VUFO cảm ơn.") == [
        ("Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO)", "Liên hiệp các tổ chức hữu nghị Việt Nam"),
        ("VUFO", "Liên hiệp các tổ chức hữu nghị Việt Nam")]


def test_pioneer_council_at_every_level_in_any_case():
    assert names("Các em hưởng ứng phong trào do Hội đồng Đội huyện Can Lộc phát động.") == [
        "Hội đồng Đội huyện Can Lộc"]
    # a district youth site: its district is in its address; the level is title-cased
    assert names("Phong trào do Hội đồng Đội Huyện phát động.",
                 "http://tuoitrecanloc.vn/tin-tuc/phong-trao-ke-hoach-nho-1.html") == [
        "Hội đồng Đội huyện Can Lộc"]
    assert names("Hội đồng Đội Trung ương khen thưởng.") == ["Hội đồng Đội Trung ương"]


# ------------------------------------------------------------ schools and their units

def test_kindergartens_written_short():
    assert names("Trường MN Hoa Sen khai giảng năm học mới.") == ["Trường Mầm non Hoa Sen"]


def test_a_school_unit_written_with_the_school_type_but_without_truong():
    assert names("Liên đội THCS Lê Lợi phát động phong trào Kế hoạch nhỏ.") == [
        "Liên đội Trường Trung học cơ sở Lê Lợi"]
    assert names("Các em đội viên của Liên Đội Tiểu học Hòa Bình tham gia.") == [
        "Liên đội Trường Tiểu học Hòa Bình"]


def test_a_school_unit_written_with_its_school_in_any_case():
    assert names("Chi bộ Trường Tiểu học Thạch Kim và chi đoàn trường THPT Can Lộc họp.") == [
        "Chi bộ Trường Tiểu học Thạch Kim", "Chi đoàn Trường Trung học phổ thông Can Lộc"]


def test_a_bare_lien_doi_is_the_one_school_the_paragraph_names():
    text = ("Liên đội Tiểu học Hòa Bình phát động phong trào; toàn liên đội hưởng ứng và "
            "liên đội đã thu gom 200 kg giấy.")
    assert names(text) == ["Liên đội Trường Tiểu học Hòa Bình"] * 3
    # two schools named: the bare unit is neither
    two = "Trường THCS Lê Lợi và Trường THCS Lê Lai thi đua; liên đội đã về đích."
    assert names(two) == ["Trường Trung học cơ sở Lê Lợi", "Trường Trung học cơ sở Lê Lai"]


# ------------------------------------------------------------ grass-roots branches

def test_branches_of_a_hamlet_are_bodies_in_the_commune_named_before():
    text = ("Hội Nông dân xã Thạch Kim phát động; Chi đoàn thôn Phú Lợi, Chi bộ thôn Phú Lợi và "
            "Chi hội Phụ nữ thôn Đông Hà hưởng ứng.")
    assert names(text) == ["Hội Nông dân xã Thạch Kim", "Chi đoàn thôn Phú Lợi xã Thạch Kim",
                           "Chi bộ thôn Phú Lợi xã Thạch Kim",
                           "Chi hội Phụ nữ thôn Đông Hà xã Thạch Kim"]


def test_a_branch_without_its_organisation_is_the_one_named_before_it():
    text = ("Hội CCB phường Nam Hà khởi công nhà cho một hội viên của Chi hội khu phố 4.")
    assert names(text) == ["Hội Cựu chiến binh phường Nam Hà",
                           "Chi hội Cựu chiến binh khu phố 4 phường Nam Hà"]


def test_a_branch_word_without_its_hamlet_names_no_body():
    # "52 chi hội … khu phố": a count of branches, not one branch
    assert names("Hội CCB phường Nam Hà ra mắt 52 Chi hội Khu phố.") == [
        "Hội Cựu chiến binh phường Nam Hà"]
    assert names("Hội ra mắt Chi hội Cựu chiến binh 52 khu phố.") == []


# ------------------------------------------------------------ commune portals

def test_a_commune_portal_named_by_its_commune_alone():
    url = "https://thachkim.gov.vn/tin-tuc/hoi-nghi-so-ket-1.html"
    assert places.gov_portal(url) == ("Hà Tĩnh", (("xã", "Thạch Kim"),))
    assert paper_province(url) == "Hà Tĩnh"
    assert names("UBND Xã và Hội Nông dân xã tổ chức hội nghị sơ kết.", url) == [
        "Ủy ban nhân dân xã Thạch Kim", "Hội Nông dân xã Thạch Kim"]
    # a short label is a ministry's initials more often than a commune
    assert places.gov_portal("https://moh.gov.vn/tin-tuc") == (None, ())


def test_a_commune_label_wins_over_a_district_spelt_inside_it():
    # "binhhunghoaa" holds "unghoa" (Ứng Hòa, Hà Nội) but is exactly one ward's name
    assert places.gov_portal("https://binhhunghoaa.gov.vn/tin-tuc/1") == (
        "Thành phố Hồ Chí Minh", (("phường", "Bình Hưng Hòa A"),))


def test_a_portal_province_label_wins_over_a_district_its_commune_label_spells():
    url = "https://hadong.haiphong.gov.vn/tin-tuc/dai-hoi-1"
    assert paper_province(url) == "Hải Phòng"
    assert names("Phó Chủ tịch HND thành phố dự đại hội.", url) == [
        "Hội Nông dân thành phố Hải Phòng"]


def test_units_listed_before_a_body_awaiting_its_place_take_its_place():
    url = "https://thachkim.gov.vn/tin-tuc/dai-hoi-cuu-chien-binh-1.html"
    text = "Dự có các đồng chí trong Ban Thường vụ, Ban Chấp hành Hội Cựu chiến binh Xã."
    assert names(text, url) == ["Ban Thường vụ Hội Cựu chiến binh xã Thạch Kim",
                                "Ban Chấp hành Hội Cựu chiến binh xã Thạch Kim"]
    # no commune known anywhere: neither is emitted half-named
    assert names(text, None) == []


# ------------------------------------------------------------ names follow the article's date

def test_a_province_border_guard_is_the_board_of_its_military_command_since_mid_2025():
    text = "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị phối hợp với BĐBP tỉnh Nghệ An tuần tra."
    assert names(text, None, "2026-01-20") == [
        "Ban Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị", "Ban Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An"]
    assert names(text, None, "2024-03-01") == [
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Nghệ An"]
    # an undated article keeps the name written; the force itself is never renamed
    assert names(text, None, None)[0] == "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"
    assert names("Cán bộ, chiến sĩ BĐBP tham gia.", None, "2026-01-20") == [
        "Bộ đội Biên phòng Việt Nam"]


# ------------------------------------------------------------ bare levels and numbered units

def test_a_paragraph_opening_with_its_unit_places_a_later_bare_level():
    assert names("Huyện Can Lộc có 20 xã. Năm nay, UBND huyện đã chỉ đạo quyết liệt.") == [
        "Ủy ban nhân dân huyện Can Lộc"]
    assert names("Xã Thạch Kim có 5 thôn. Đảng ủy xã chỉ đạo, Hội Nông dân xã phát động.") == [
        "Đảng ủy xã Thạch Kim", "Hội Nông dân xã Thạch Kim"]


def test_a_numbered_team_written_before_its_parent_is_one_body():
    text = "Đội Quản lý thị trường số 3 thuộc Chi cục Quản lý thị trường tỉnh kiểm tra cửa hàng."
    assert orgs(text) == [(
        "Đội Quản lý thị trường số 3 thuộc Chi cục Quản lý thị trường tỉnh",
        "Đội Quản lý thị trường số 3 thuộc Chi cục Quản lý thị trường tỉnh Hà Tĩnh")]
    assert names("Đội Cảnh sát giao thông số 2 Công an tỉnh tuần tra.") == [
        "Đội Cảnh sát giao thông số 2 Công an tỉnh Hà Tĩnh"]
    # the parent alone is its own mention
    assert names("Chi cục QLTT tỉnh Nghệ An kiểm tra 30 cơ sở.") == [
        "Chi cục Quản lý thị trường tỉnh Nghệ An"]


def test_border_companies_and_stations_named_by_a_name_or_number():
    assert names("Đại đội Biên phòng 321 và Trạm Công an Na Mèo tuần tra.") == [
        "Đại đội Biên phòng 321", "Trạm Công an Na Mèo"]
    # a company named by its number only belongs to a unit the text does not name
    assert names("Đại đội 2 huấn luyện dân quân.") == []


# ------------------------------------------------------------ national forces

def test_a_national_name_written_out_to_viet_nam_in_lower_case_is_the_body():
    assert names("Kỷ niệm ngày thành lập quân đội nhân dân Việt Nam.") == [
        "Quân đội nhân dân Việt Nam"]
    # a lower-case phrase without it names no body
    assert names("Lực lượng cảnh sát biển tuần tra trên vùng biển.") == []


def test_the_youth_union_of_a_national_force_is_one_body():
    assert orgs("Đại hội đoàn TNCS Hồ Chí Minh Cảnh sát biển Việt Nam lần thứ V khai mạc.") == [
        ("đoàn TNCS Hồ Chí Minh Cảnh sát biển Việt Nam",
         "Đoàn Thanh niên Cộng sản Hồ Chí Minh Cảnh sát biển Việt Nam")]
    assert names("Các lực lượng Cảnh sát biển Việt Nam tuần tra.") == ["Cảnh sát biển Việt Nam"]


# ------------------------------------------------------------ an association's organs and branches

def test_organs_of_an_association_written_with_a_bare_hoi():
    text = "Hội Nông dân xã Thạch Kim vừa đại hội; Ban Chấp hành Hội gồm 25 đồng chí, BTV Hội 5."
    assert names(text) == ["Hội Nông dân xã Thạch Kim", "Ban Chấp hành Hội Nông dân xã Thạch Kim",
                           "Ban Thường vụ Hội Nông dân xã Thạch Kim"]
    # with no association before it, a bare "Hội" names none
    assert names("Ban chấp hành Hội gồm 25 đồng chí.") == []


def test_a_branch_named_by_its_own_name_or_number_after_its_association():
    text = ("Hội CCB xã Thạch Kim có 6 chi hội; Chi hội Đông Hà thuộc xã Thạch Kim và Chi hội 4 "
            "được khen.")
    assert names(text) == ["Hội Cựu chiến binh xã Thạch Kim",
                           "Chi hội Cựu chiến binh Đông Hà xã Thạch Kim",
                           "Chi hội Cựu chiến binh số 4 xã Thạch Kim"]
    # after a district's association and placed elsewhere: a charity of its own name
    assert names("Hội LHPN huyện Can Lộc và Chi hội Thiện Tâm ở Hà Nội trao nhà.") == [
        "Hội Liên hiệp Phụ nữ huyện Can Lộc", "Chi hội Thiện Tâm"]


def test_a_council_written_before_its_body_is_that_body_s_council():
    text = ("Bộ Chỉ huy Quân sự (CHQS) tỉnh Nghệ An phát động thi đua; Chủ tịch Hội đồng Thi đua - "
            "Khen thưởng Bộ CHQS tỉnh chủ trì.")
    assert names(text, None) == ["Bộ Chỉ huy Quân sự tỉnh Nghệ An",
                                 "Hội đồng Thi đua - Khen thưởng Bộ Chỉ huy Quân sự tỉnh Nghệ An"]


def test_a_district_merged_before_the_package_keeps_its_level_and_site():
    assert places.district_level("Cửa Lò", "Nghệ An") == "thị xã"
    assert paper_province("https://cualo.vn/tin-tuc/1") == "Nghệ An"
    assert names("Hội Chữ thập đỏ Cửa Lò có 240 hội viên.", "https://cualo.vn/tin-tuc/1") == [
        "Hội Chữ thập đỏ thị xã Cửa Lò"]


def test_a_bare_body_working_with_a_partner_written_after_it_takes_the_partner_s_level():
    text = ("Tại nhà văn hóa phường Nam Hà, Ban chỉ huy quân sự phối hợp với Đoàn thanh niên phường "
            "tổ chức hội diễn.")
    assert names(text) == ["Ban Chỉ huy Quân sự phường Nam Hà",
                           "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Nam Hà"]
    # the partner's level alone, with no ward named anywhere: neither body is placed
    assert names("Ban chỉ huy quân sự phối hợp với Đoàn thanh niên phường tổ chức hội diễn.") == []
    # a provincial partner does not make a bare association the province's
    assert names("Hội Chữ thập đỏ phối hợp với UBND tỉnh trao quà.") == [
        "Ủy ban nhân dân tỉnh Hà Tĩnh"]


def test_va_between_two_fields_of_a_company_name_joins_them():
    assert names("Công ty TNHH Đầu tư và Du lịch Minh Phương tài trợ 50 suất quà.") == [
        "Công ty TNHH Đầu tư và Du lịch Minh Phương"]
    # between two bodies it is a list
    assert names("Trường THCS Lê Lợi và Trường THCS Lê Lai thi đua.") == [
        "Trường Trung học cơ sở Lê Lợi", "Trường Trung học cơ sở Lê Lai"]
    assert names("Công ty Dịch vụ Hồng Lĩnh và Công an tỉnh ký kết.") == [
        "Công ty Dịch vụ Hồng Lĩnh", "Công an tỉnh Hà Tĩnh"]


def test_a_commune_youth_union_written_with_its_level_first():
    assert orgs("Phường Đoàn An Phú ra quân; Ban Thường vụ xã Đoàn Thạch Kim dự lễ.") == [
        ("Phường Đoàn An Phú", "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường An Phú"),
        ("Ban Thường vụ xã Đoàn Thạch Kim",
         "Ban Thường vụ Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Thạch Kim")]
    # a commune whose name begins with "Đoàn" is that commune
    assert places.is_commune_name("Đoàn Kết")
    assert names("Đoàn công tác về xã Đoàn Kết thăm hỏi.") == []


def test_a_body_named_in_a_law_s_title_is_the_law():
    text = "Căn cứ Luật Tổ chức Chính phủ và Luật Công an nhân dân, Chính phủ ban hành nghị định."
    found = analyse(text, PUB, None).organisations
    # only the Government issuing the decree, not the one in the law's title
    assert [(o.name, o.start) for o in found] == [("Chính phủ", text.rindex("Chính phủ"))]


def test_the_truong_son_veterans_association_at_every_level():
    assert names("Hội truyền thống Trường Sơn đường Hồ Chí Minh huyện Can Lộc gặp mặt.") == [
        "Hội Truyền thống Trường Sơn - Đường Hồ Chí Minh huyện Can Lộc"]


def test_a_department_with_its_parent_in_brackets_is_a_body_of_that_parent():
    text = "Khoa Nhi (Bệnh viện Đa khoa tỉnh) và Phòng Công tác xã hội (Bệnh viện Đa khoa tỉnh) trao quà."
    assert names(text) == ["Khoa Nhi Bệnh viện Đa khoa tỉnh Hà Tĩnh",
                           "Bệnh viện Đa khoa tỉnh Hà Tĩnh",
                           "Phòng Công tác xã hội Bệnh viện Đa khoa tỉnh Hà Tĩnh",
                           "Bệnh viện Đa khoa tỉnh Hà Tĩnh"]
    # a post with a name of its own is named alone; its parent is its own mention
    assert names("Đồn Biên phòng Cầu Treo (Bộ Chỉ huy BĐBP tỉnh) tuần tra.") == [
        "Đồn Biên phòng Cầu Treo", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh"]


def test_a_club_named_by_lower_case_lexicon_words_before_its_place():
    assert names("CLB bác sĩ tình nguyện Hải Phòng khám bệnh miễn phí.") == [
        "Câu lạc bộ bác sĩ tình nguyện Hải Phòng"]


def test_tinh_hoi_on_a_mass_organisation_s_own_site_is_its_provincial_branch():
    site = "https://cuutnxpvietnam.org.vn/tinh-hoi-gap-mat-1/"
    assert names("Ban Thường vụ Tỉnh hội Nghệ An gặp mặt hội viên.", site) == [
        "Ban Thường vụ Hội Cựu thanh niên xung phong tỉnh Nghệ An"]
    assert names("Tỉnh Hội tặng 6 suất quà.", "https://hoinongdanhatinh.vn/tin-tuc/1") == [
        "Hội Nông dân tỉnh Hà Tĩnh"]
    # on a paper's site it names nothing without an association before it
    assert names("Tỉnh Hội tặng 6 suất quà.") == []
    # a name of its own after it
    assert names("Tỉnh hội Phật giáo tặng quà.", site) == []
