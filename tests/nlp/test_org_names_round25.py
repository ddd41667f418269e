"""Organisation failure kinds of round 25 (issue 14, fixer F37): associations and clubs named
with a place written without its level word, an association's qualifier and the city its
members live in, a catalogue association's short form before "Việt Nam", a name ending in
"Quốc gia", a cooperative's trade written with a dash and "&", a cooperative "named" by the
country alone, a standing organ of a widened meeting ("Ban Chấp hành mở rộng"), a private
enterprise named by its trade in lower case, a prize's selection council, and the associations
the catalogue did not know (families of fallen soldiers, victims of Agent Orange).

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as orgs

# ------------------------------------------------ a place without its level ends the name

def test_an_association_named_by_its_field_and_a_bare_province():
    assert orgs("Hội Nuôi ong Khánh Hòa mở lớp tập huấn cho 60 hội viên.") == [
        ("Hội Nuôi ong Khánh Hòa", "Hội Nuôi ong Khánh Hòa")]
    assert names("Ông Lê Văn An, Chủ tịch Hội Thiện nguyện Ánh Dương Bình Định, trao quà.") == [
        "Hội Thiện nguyện Ánh Dương Bình Định"]


def test_a_trade_association_may_open_its_field_in_lower_case():
    assert names("Hội chợ có 30 gian hàng của Hiệp hội ngành gỗ Nghệ An.",
                 source="baonghean") == ["Hiệp hội ngành gỗ Nghệ An"]


def test_a_catalogue_association_with_a_bare_province_keeps_its_level():
    # the mass organisation is the province's association, named by its level (GUIDE)
    assert names("Hội Nông dân Hà Tĩnh phối hợp mở lớp tập huấn.") == [
        "Hội Nông dân tỉnh Hà Tĩnh"]


def test_a_place_named_with_hoi_is_no_association():
    assert names("Du khách đến phố cổ Hội An Quảng Nam ngày càng đông.",
                 source="baoquangnam") == []


def test_an_event_or_a_hall_is_no_association_of_a_province():
    assert names("Hội Xuân Nghệ An năm nay thu hút đông du khách.", source="baonghean") == []
    assert names("Hội thi Tiếng hát Quảng Bình diễn ra sôi nổi.", source="baoquangbinh") == []


def test_a_province_inside_a_longer_name_does_not_end_it():
    # "… Quảng Trị năm 1972 tỉnh X": the province is a word of the veterans' association's name
    assert "Hội Chiến sĩ thành cổ Quảng Trị" not in names(
        "Hội Chiến sĩ thành cổ Quảng Trị năm 1972 tỉnh Hà Tĩnh gặp mặt truyền thống.")


def test_a_club_named_by_a_brand_and_its_province_or_city():
    assert orgs("CLB Trái tim ấm Kon Tum vừa tổ chức ngày hội hiến máu.",
                source="baokontum") == [("CLB Trái tim ấm Kon Tum", "Câu lạc bộ Trái tim ấm Kon Tum")]
    assert names("Máu được trao cho Câu lạc bộ Giọt hồng Buôn Ma Thuột.",
                 source="baodaklak") == ["Câu lạc bộ Giọt hồng Buôn Ma Thuột"]


# ------------------------------------------------ an association's qualifier and its city

def test_an_association_named_with_its_qualifier_and_the_city_of_its_members():
    text = "Sáng 3-2, Hội Chiến sĩ bảo vệ cầu Hàm Rồng 1965 tại Hà Nội gặp mặt hội viên."
    assert names(text, source=None) == ["Hội Chiến sĩ bảo vệ cầu Hàm Rồng 1965 tại Hà Nội"]
    # a verb of a clause before "tại" ends the name: no association of the city
    assert "tại" not in " ".join(names(
        "Hội Chiến sĩ Trường Sơn tổ chức gặp mặt tại Hà Nội.", source=None))


def test_no_city_association_over_a_level_or_a_clause():
    assert names("Hội Nông dân tỉnh tổ chức hội nghị tại Hà Nội.", source="baohatinh") == [
        "Hội Nông dân tỉnh Hà Tĩnh"]


# ------------------------------------------------ short forms inside a known association's name

def test_a_catalogue_association_written_short_before_viet_nam_is_the_national_one():
    text = "Các tham luận gửi đại hội toàn quốc Hội ND Việt Nam được biên tập thành sách."
    assert orgs(text) == [("Hội ND Việt Nam", "Hội Nông dân Việt Nam")]


def test_an_acronym_in_brackets_inside_a_national_association_name():
    text = "Tham luận gửi đại hội toàn quốc Hội Cựu chiến binh (CCB) Việt Nam được chọn đăng."
    assert names(text) == ["Hội Cựu chiến binh Việt Nam"]


def test_the_families_of_fallen_soldiers_association_written_short():
    text = "Hội HTGĐLS tỉnh nhận 200 cuốn sổ tay từ Hội Hỗ trợ gia đình liệt sĩ Việt Nam."
    assert names(text) == ["Hội Hỗ trợ gia đình liệt sĩ tỉnh Hà Tĩnh",
                           "Hội Hỗ trợ gia đình liệt sĩ Việt Nam"]


def test_the_agent_orange_association_with_its_slash_spaced():
    assert names("Hội nạn nhân chất độc da cam/ dioxin VN khen thưởng 12 tập thể.") == [
        "Hội Nạn nhân chất độc da cam/dioxin Việt Nam"]
    assert names("Hội NNCĐDC/dioxin tỉnh trao 40 suất quà.") == [
        "Hội Nạn nhân chất độc da cam/dioxin tỉnh Hà Tĩnh"]


# ------------------------------------------------ "Quốc gia" closing a name

def test_a_national_centre_name_ends_in_quoc_gia():
    assert names("Triển lãm mở tại Trung tâm Hội nghị Quốc gia từ thứ Hai.") == [
        "Trung tâm Hội nghị Quốc gia"]


# ------------------------------------------------ cooperatives

def test_a_cooperative_trade_written_with_a_dash_and_an_ampersand():
    assert orgs("Hợp tác xã Nông - lâm nghiệp & dịch vụ tổng hợp Sơn Kim được tặng máy "
                "sấy.") == [("Hợp tác xã Nông - lâm nghiệp & dịch vụ tổng hợp Sơn Kim",
                             "Hợp tác xã Nông - lâm nghiệp và dịch vụ tổng hợp Sơn Kim")]


def test_the_countrys_cooperatives_are_a_sector_not_a_body():
    assert names("Liên minh HTX tỉnh mở tọa đàm chào mừng Ngày Hợp tác xã (HTX) Việt "
                 "Nam.") == ["Liên minh Hợp tác xã tỉnh Hà Tĩnh"]
    assert names("Kỷ niệm Ngày Hợp tác xã Việt Nam, các đơn vị tổ chức hội chợ.") == []
    # the alliance written in full is a body
    assert names("Liên minh Hợp tác xã Việt Nam khen thưởng 20 hợp tác xã.") == [
        "Liên minh Hợp tác xã Việt Nam"]


# ------------------------------------------------ an organ of a widened meeting

def test_the_standing_organ_of_a_widened_meeting_is_the_body_s_own():
    assert orgs("Ban Chấp hành mở rộng Hội Cựu chiến binh huyện Kỳ Anh thông qua kế hoạch "
                "năm.") == [
        ("Ban Chấp hành mở rộng Hội Cựu chiến binh huyện Kỳ Anh",
         "Ban Chấp hành Hội Cựu chiến binh huyện Kỳ Anh")]
    assert names("Hội nghị BCH mở rộng Hội Nông dân huyện Can Lộc bàn nhiệm vụ.") == [
        "Ban Chấp hành Hội Nông dân huyện Can Lộc"]


# ------------------------------------------------ a private enterprise by its trade

def test_a_private_enterprise_named_by_its_trade_in_lower_case():
    assert names("Năm nay doanh nghiệp tư nhân khách sạn Biển Xanh ủng hộ 50 triệu đồng xây "
                 "nhà.") == ["Doanh nghiệp tư nhân khách sạn Biển Xanh"]


def test_private_enterprises_as_a_class_are_none():
    assert names("Các doanh nghiệp tư nhân khách sạn Biển Xanh tặng quà.") == []
    assert names("Nhiều doanh nghiệp tư nhân vận tải tỉnh Hà Tĩnh đóng góp.") == []


# ------------------------------------------------ a prize's selection council

def test_a_prize_selection_council_and_its_bare_repeat():
    text = ("Trung ương Đoàn họp Hội đồng xét chọn giải thưởng Sao Tháng Giêng. Sau hai vòng "
            "chấm, Hội đồng xét chọn công bố 40 sinh viên được nhận giải.")
    got = names(text)
    assert got.count("Hội đồng xét chọn giải thưởng Sao Tháng Giêng") == 2


# ------------------------------------------------ a catalogue head mistyped by one letter

def test_a_long_catalogue_name_mistyped_by_one_letter_before_its_acronym():
    assert names("Hội Liên hiêp Phụ nữ (LHPN) huyện Kỳ Anh trao 30 suất quà.") == [
        "Hội Liên hiệp Phụ nữ huyện Kỳ Anh"]
    # its standing organ written before it is composed as with the right spelling
    assert names("Ban Thường vụ Hội Liêp hiệp Phụ nữ (LHPN) tỉnh họp phiên thường kỳ.") == [
        "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh"]


def test_a_short_name_one_letter_off_is_not_corrected():
    assert "Hội Nông dân tỉnh Hà Tĩnh" not in names("Hội Nông dâu (ND) tỉnh trao quà.")


# ------------------------------------------------ more names of associations, clubs and branches

def test_an_association_in_sentence_case_with_a_bare_province():
    assert names("Hội doanh nhân cựu chiến binh Quảng Bình ủng hộ 30 triệu đồng.",
                 source="baoquangbinh") == ["Hội Doanh nhân cựu chiến binh Quảng Bình"]
    # a catalogue association so written keeps its level
    assert names("Hội người cao tuổi Hà Tĩnh mở lớp dưỡng sinh.") == [
        "Hội Người cao tuổi tỉnh Hà Tĩnh"]


def test_a_club_in_sentence_case_with_a_bare_place():
    assert names("Đoàn viên của CLB leo núi thiện nguyện Hà Tĩnh, CLB Trái tim hồng cùng dọn "
                 "rác.") == ["Câu lạc bộ leo núi thiện nguyện Hà Tĩnh", "Câu lạc bộ Trái tim hồng"]


def test_a_branch_after_a_dash_is_named_without_it():
    assert names("Lễ ra quân diễn ra tại Bảo tàng Quang Trung - Chi nhánh Quy Nhơn.",
                 source="baobinhdinh") == ["Bảo tàng Quang Trung Chi nhánh Quy Nhơn"]


def test_a_year_of_the_standing_name_after_the_acronym():
    text = ("Hội Cựu thanh niên xung phong Đường 20 (CTNXPĐ20) năm 1968 tỉnh Quảng Bình họp "
            "mặt truyền thống.")
    assert names(text, source="baoquangbinh") == [
        "Hội Cựu thanh niên xung phong Đường 20 năm 1968 tỉnh Quảng Bình"]


def test_a_labour_cultural_house_in_sentence_case_before_its_level():
    assert names("Buổi mít tinh được tổ chức tại Nhà Văn hóa lao động tỉnh sáng chủ nhật.") == [
        "Nhà Văn hóa Lao động tỉnh Hà Tĩnh"]
    assert names("Các nhà văn hóa lao động tỉnh được sửa chữa.") == []


def test_a_club_written_short_before_a_bare_level_takes_the_unit_named_before():
    got = names("Tại huyện Hương Khê, Huyện đoàn và CLB TNTN huyện ra quân dọn vệ sinh.")
    assert "Câu lạc bộ thanh niên tình nguyện huyện Hương Khê" in got


def test_a_bare_provincial_association_on_a_page_whose_address_names_it():
    text = "Dịp Tết, Tỉnh hội đã trao 300 suất quà cho hội viên khó khăn."
    page = "https://baohatinh.vn/giao-duc/hoi-khuyen-hoc-trao-qua-tet-cho-hoi-vien-1234.html"
    assert names(text, source=page) == ["Hội Khuyến học tỉnh Hà Tĩnh"]
    # an address that names no association leaves it alone
    assert names(text, source="https://baohatinh.vn/xa-hoi/trao-qua-tet-1234.html") == []


# ------------------------------------------------ a college named in sentence case by its fields

def test_a_college_named_by_lower_case_fields_and_its_faculty():
    assert names("Em theo học Trường Cao đẳng nghề cơ khí, xây dựng và nông lâm (Hà Tĩnh).") == [
        "Trường Cao đẳng nghề cơ khí, xây dựng và nông lâm"]
    assert names("Ông là giảng viên Khoa Sửa chữa ô tô, Trường Cao đẳng nghề cơ khí, xây dựng "
                 "và nông lâm (Hà Tĩnh).") == [
        "Khoa Sửa chữa ô tô Trường Cao đẳng nghề cơ khí, xây dựng và nông lâm"]


def test_no_college_of_one_field_or_before_a_clause():
    assert names("Trường Cao đẳng nghề công nghệ đã tuyển sinh.") == []
    assert names("Trường Cao đẳng nghề cơ khí và xây dựng tuyển 300 học viên.") == []


def test_units_counted_after_a_head_are_no_body():
    assert names("Dự lễ có bí thư chi bộ và Chi hội 05 thôn trên địa bàn xã Kỳ Tân.") == []
