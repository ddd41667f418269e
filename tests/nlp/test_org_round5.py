"""Organisation failure kinds of outlets new to the real-text set (issue 14, round 5): bare
levels placed by the page address, the province of a provincial body's site, local forms of
youth, elderly and women's bodies.

Sentences are written for these tests, not copied from any page; addresses are invented in the
form portals and provincial sites use.
"""

from __future__ import annotations

from baochi.nlp import analyse, paper_province, places

from tests.nlp.mention_support import organisation_rows

PUB = "2024-05-10T08:00:00+07:00"


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [name for _, name in organisation_rows(text, pub, source)]


# ------------------------------------------------------------ places from the page address

def test_a_city_portal_headline_names_the_ward_of_a_bare_level():
    # the portal names the city; the headline's words, the ward
    page = "https://longxuyen.angiang.gov.vn/phuong-my-hoa-trao-qua-cho-ho-ngheo"
    assert places.address_units(page, "An Giang") == (
        ("phường", "Mỹ Hòa"), ("thành phố", "Long Xuyên"))
    assert names("Sáng 5-3, Hội Phụ nữ phường phối hợp Đoàn phường trao 30 suất quà.",
                 page) == ["Hội Liên hiệp Phụ nữ phường Mỹ Hòa",
                           "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Mỹ Hòa"]


def test_a_headline_naming_no_unit_leaves_the_portal_alone():
    page = "https://longxuyen.angiang.gov.vn/trao-qua-cho-ho-ngheo"
    assert places.address_units(page, "An Giang") == (("thành phố", "Long Xuyên"),)
    assert names("Hội Phụ nữ phường trao 30 suất quà.", page) == []


def test_a_provincial_body_site_is_its_province_not_a_namesake_district():
    # huyện Quảng Ninh is a district of Quảng Bình; the Youth Union's site is Quảng Ninh's
    assert paper_province("https://tinhdoanquangninh.vn/tin-tuc/abc") == "Quảng Ninh"
    assert paper_province("https://hoinongdanhatinh.vn/abc") == "Hà Tĩnh"
    # a district's own site still names its district's province
    assert paper_province("https://hiephoanet.vn/abc") == "Bắc Giang"
    page = "https://tinhdoanquangninh.vn/huyen-doan-tien-yen-ra-quan-don-ve-sinh"
    assert names("Sáng 2/3, Huyện đoàn phối hợp Đồn Biên phòng Hoành Mô ra quân.", page) == [
        "Huyện đoàn Tiên Yên", "Đồn Biên phòng Hoành Mô"]


# ------------------------------------------------------------ the Youth Federation at its levels

def test_a_congress_of_delegates_names_its_association():
    # "đại biểu" before a body is a deputy's title, except in "Đại hội đại biểu …"
    assert names("Đại hội đại biểu Hội LHTN Việt Nam xã Thạch Kim diễn ra sáng nay.") == [
        "Hội Liên hiệp Thanh niên Việt Nam xã Thạch Kim"]
    assert names("Bà là đại biểu Quốc hội khóa XV.") == []


def test_an_association_followed_by_its_levels_is_no_one_body():
    assert names("Đại hội đại biểu Hội LHTN Việt Nam cấp cơ sở hoàn thành đúng hạn.") == []
    assert names("Hội Nông dân Việt Nam các cấp tổ chức tập huấn.") == []
    assert names("Hội LHTN Việt Nam phát động cuộc thi.") == ["Hội Liên hiệp Thanh niên Việt Nam"]


def test_the_youth_federation_executive_is_its_ui_ban_hoi():
    assert names("Ủy ban Hội xã Thạch Kim và Ủy ban Hội LHTN Việt Nam huyện Can Lộc họp; "
                 "Ban Thư ký Ủy ban Hội LHTN Việt Nam tỉnh chỉ đạo.") == [
        "Ủy ban Hội Liên hiệp Thanh niên Việt Nam xã Thạch Kim",
        "Ủy ban Hội Liên hiệp Thanh niên Việt Nam huyện Can Lộc",
        "Ban Thư ký Ủy ban Hội Liên hiệp Thanh niên Việt Nam tỉnh Hà Tĩnh"]
    # another association's executive is its Ban Chấp hành: "Ủy ban Hội" needs a level
    assert names("Ủy ban Hội Chữ thập đỏ tỉnh họp.") == ["Hội Chữ thập đỏ tỉnh Hà Tĩnh"]


def test_a_commune_name_of_three_syllables_is_read_whole():
    # underthesea ends a word after "An Phú"; "An Phú Trung" is a commune of the country
    assert names("Ủy ban Hội xã An Phú Trung tổ chức đại hội.", None) == [
        "Ủy ban Hội Liên hiệp Thanh niên Việt Nam xã An Phú Trung"]


# ------------------------------------------------------------ local written forms

def test_a_district_health_centre_written_with_its_initials():
    assert names("Bác sĩ TTYT huyện Can Lộc khám cho 200 người cao tuổi.") == [
        "Trung tâm Y tế huyện Can Lộc"]
    page = "https://canloc.hatinh.gov.vn/tin-tuc/kham-suc-khoe-nguoi-cao-tuoi"
    assert names("Bác sĩ của TTYT huyện khám cho 200 người cao tuổi.", page) == [
        "Trung tâm Y tế huyện Can Lộc"]


def test_bodies_in_the_plural_before_a_list_of_communes():
    assert names("Tiêu biểu là các Hội Người cao tuổi xã Thạch Kim, Thạch Châu và Thạch Mỹ.") == [
        "Hội Người cao tuổi xã Thạch Kim", "Hội Người cao tuổi xã Thạch Châu",
        "Hội Người cao tuổi xã Thạch Mỹ"]
    # without the plural too, a commune's name after the comma is the same body of that commune
    # (round 8: "Hội LHPN xã Hòa An, Hòa Thắng đạt giải"); a name after it that is no commune is
    # never a unit
    assert names("Hội Người cao tuổi xã Thạch Kim, Thạch Châu tham gia.") == [
        "Hội Người cao tuổi xã Thạch Kim", "Hội Người cao tuổi xã Thạch Châu"]
    assert names("Các Hội Nông dân xã Thạch Kim, Nguyễn Văn Hòa và Lê Văn Tám dự.") == [
        "Hội Nông dân xã Thạch Kim"]


def test_a_commune_youth_union_written_like_a_district_one():
    assert names("Huyện đoàn chọn Xã đoàn Thạch Kim và Phường đoàn Bắc Hà làm điểm.") == [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Thạch Kim",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh phường Bắc Hà"]
    assert names("Nhân dân xã đoàn kết giúp nhau.") == []


def test_the_police_written_as_initials_with_its_level():
    assert names("Lãnh đạo CATP Hà Nội và CAH Can Lộc dự hội nghị.") == [
        "Công an thành phố Hà Nội", "Công an huyện Can Lộc"]
    # the initials alone name no unit
    assert names("CATP vào cuộc điều tra.") == []


def test_a_border_control_station_in_lower_case():
    assert names("Tại Trạm kiểm soát Biên phòng Cầu Treo, đơn vị trao 50 suất quà.") == [
        "Trạm kiểm soát Biên phòng Cầu Treo"]


# ------------------------------------------------------------ a school's own site

def test_a_school_site_named_after_its_commune_names_its_bare_units():
    site = "http://hatinh.edu.vn/ththachkim/_content/tintuc/detail/123.html"
    assert places.school_site(site, "Hà Tĩnh") == "Trường Tiểu học Thạch Kim"
    assert names("Cuối tháng 3, liên đội phát động thu gom giấy vụn; các thầy cô trong Chi "
                 "đoàn giáo viên cùng tham gia.", site) == [
        "Liên đội Trường Tiểu học Thạch Kim",
        "Chi đoàn giáo viên Trường Tiểu học Thạch Kim"]


def test_a_school_site_named_after_a_person_or_no_school_names_nothing():
    # a person's name cannot be given its diacritics from the address
    assert places.school_site("https://c1nguyenduhongson.pgdhuongson.edu.vn/x", "Hà Tĩnh") is None
    # a paper's section is no school
    assert places.school_site("https://baohatinh.vn/ththachkim/x", "Hà Tĩnh") is None
    assert names("Toàn liên đội hưởng ứng phong trào.", "https://baohatinh.vn/x/y") == []


# ------------------------------------------------------------ a district from its communes

def test_a_bare_city_body_takes_the_city_holding_the_communes_named():
    text = ("Mô hình được nhân rộng ở phường Nghĩa Lộ và xã Nghĩa Hà. Bên cạnh đó, Công an "
            "thành phố phối hợp tuyên truyền.")
    assert places.district_of_communes(
        [("phường", "Nghĩa Lộ"), ("xã", "Nghĩa Hà")], "Quảng Ngãi") == ("thành phố", "Quảng Ngãi")
    assert names(text, "baoquangngai") == ["Công an thành phố Quảng Ngãi"]


def test_communes_of_several_districts_or_unknown_place_nothing():
    # "Nghĩa Lộ" is a ward of Quảng Ngãi's city, no district's: a bare "UBND huyện" stays
    # unplaced (and unemitted); a name no commune of the province has places nothing
    assert names("Ở phường Nghĩa Lộ, UBND huyện đã chỉ đạo.", "baoquangngai") == []
    assert places.district_of_communes([("xã", "Không Có Thật")], "Quảng Ngãi") is None


# ------------------------------------------------------------ a province from a district's city

def test_a_district_level_city_names_its_province_when_nothing_else_does():
    # an association's national site gives no province; "TP Phú Quốc" is a city of one
    # province only, so "Tỉnh Hội" on the elderly's site is that province's association
    site = "https://ngaymoionline.com.vn/tin-tuc-abc-123.html"
    a = analyse("Dịp này, Tỉnh Hội tặng 10 suất quà; Ủy ban MTTQ TP Phú Quốc vận động thêm.",
                PUB, site)
    assert a.province == "Kiên Giang"
    assert [o.name for o in a.organisations] == [
        "Hội Người cao tuổi tỉnh Kiên Giang",
        "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Phú Quốc"]


def test_a_city_named_after_its_province_is_counted_once_as_the_province():
    site = "https://ngaymoionline.com.vn/tin-tuc-abc-124.html"
    a = analyse("Ủy ban MTTQ thành phố Hà Tĩnh và UBND TP Phú Quốc ký kết hợp tác.", PUB, site)
    assert a.province == "Hà Tĩnh"


# ------------------------------------------------------------ a neighbouring country's units

def test_a_lao_administration_is_named_with_its_level_and_no_province_of_ours():
    a = analyse("Đồn Biên phòng phối hợp UBCQ huyện Sê Pôn và Ủy ban chính quyền tỉnh Hủa Phăn "
                "(Lào) trao quà.", PUB, "baoquangtri")
    found = [(o.name, o.province) for o in a.organisations if "chính quyền" in o.name]
    assert found == [("Ủy ban chính quyền huyện Sê Pôn", None),
                     ("Ủy ban chính quyền tỉnh Hủa Phăn", None)]
    # the commune's "Đảng ủy, chính quyền" is no body
    assert names("Đảng ủy, chính quyền xã Thạch Kim vào cuộc.") == ["Đảng ủy xã Thạch Kim"]


# ------------------------------------------------------------ a list closed by a generic group

def test_a_list_of_bodies_closed_by_the_unit_s_associations_shares_its_level():
    assert names("Dự lễ có thường trực HĐND, UBND, Ban chỉ huy quân sự, các hội đoàn thể chính "
                 "trị – xã hội phường Bắc Hà.") == [
        "Hội đồng nhân dân phường Bắc Hà", "Ủy ban nhân dân phường Bắc Hà",
        "Ban Chỉ huy Quân sự phường Bắc Hà"]
    # the ward named nowhere: the bodies are left, not guessed
    assert names("Dự lễ có HĐND, UBND, các hội đoàn thể phường.") == []


# ------------------------------------------------------------ a national body's anniversary

def test_a_national_organisation_in_its_founding_anniversary_without_its_full_name():
    assert names("Kỷ niệm 90 năm thành lập Đoàn TNCS (26/3/1931 – 26/3/2021), trường ra quân.") == [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh"]
    assert names("Họp mặt kỷ niệm ngày thành lập Hội Liên hiệp Phụ nữ, 20/10.") == [
        "Hội Liên hiệp Phụ nữ Việt Nam"]


def test_a_founding_that_is_no_anniversary_or_a_bare_doan_names_nothing():
    assert names("Quyết định thành lập Hội Nông dân, tỉnh đã giao nhiệm vụ.") == []
    assert names("Ngày thành lập Đoàn kiểm tra liên ngành được công bố.") == []
    # the occasion's name, as the synthetic gold reads it
    assert names("Trường tổ chức lễ kỷ niệm ngày thành lập Đoàn.") == []


# ------------------------------------------------------------ lists of units of mixed levels

def test_a_list_of_urban_districts_closed_by_a_city_of_its_own_level():
    assert names("Công an các quận 3, 4, Phú Nhuận cùng thành phố Thủ Đức ký kế hoạch phối hợp.",
                 "https://thanhnien.vn/tphcm-abc.htm") == [
        "Công an quận 3", "Công an quận 4", "Công an quận Phú Nhuận",
        "Công an thành phố Thủ Đức"]


def test_a_body_after_a_list_of_communes_is_no_commune():
    assert names("UBND các xã Thạch Kim, Thạch Châu và Hội Nông dân huyện Can Lộc họp.") == [
        "Ủy ban nhân dân xã Thạch Kim", "Ủy ban nhân dân xã Thạch Châu",
        "Hội Nông dân huyện Can Lộc"]


# ------------------------------------------------------------ grass-roots branches

def test_a_branch_inside_its_head_s_title_with_its_commune_after_it():
    assert names("Trao nhà cho ông Lê Văn B - Chi hội trưởng CCB thôn Phú Lợi, xã Thạch Kim.") == [
        "Chi hội Cựu chiến binh thôn Phú Lợi xã Thạch Kim"]
    assert names("Chi đoàn thôn Trung Hòa, xã Thạch Châu ra quân dọn vệ sinh.") == [
        "Chi đoàn thôn Trung Hòa xã Thạch Châu"]
    # a head named by a person is no branch
    assert names("Chi hội trưởng Nguyễn Văn A phát biểu.") == []


def test_a_list_closed_by_the_unit_s_branches_of_government():
    assert names("Tại xã Thạch Kim, dự lễ có Đảng ủy, Ủy ban Nhân dân, các ngành của xã.") == [
        "Đảng ủy xã Thạch Kim", "Ủy ban nhân dân xã Thạch Kim"]
    # "của" before anything but a level stays a clause
    assert names("Dự lễ có UBND, các ngành của địa phương.") == []
