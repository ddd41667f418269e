"""Organisation failure kinds of round 27 (issue 14, fixer F43): named local bodies — a firm's
whole legal name over the brand inside it, a group by its brand, a club of a body or of a place
(its name a lower-case phrase, "TPHCM" spelt out), the farmers' "hội quán" named before the word
and its bare repeat, a bank's branch written "chi nhánh", the farmers' union's trade groups
("Tổ hội nghề nghiệp …"), departments written with "&", brands with their province ("Bảo Việt
X"), and a tier of levels ("Hội Phụ nữ cấp cơ sở huyện X") that is a grouping, not a body.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as orgs

# ------------------------------------------------ firms by their legal name, groups by brand


def test_a_company_legal_name_wins_over_the_brand_inside_it():
    got = orgs("Các phần quà do Công ty TNHH MTV Petrolimex Hà Tĩnh và Công ty CP Thủy sản Kỳ "
               "Anh hỗ trợ.")
    assert got == [("Công ty TNHH MTV Petrolimex Hà Tĩnh", "Công ty TNHH MTV Petrolimex Hà Tĩnh"),
                   ("Công ty CP Thủy sản Kỳ Anh", "Công ty cổ phần Thủy sản Kỳ Anh")]


def test_the_brand_and_province_alone_is_still_the_branch():
    assert names("Viettel Hà Tĩnh và Petrolimex Hà Tĩnh trao quà cho hộ nghèo.") == [
        "Viettel Hà Tĩnh", "Petrolimex Hà Tĩnh"]


def test_a_group_by_its_capitalised_brand():
    assert names("Tập Đoàn Hoa Sen Xanh Hi-Tech tài trợ chương trình.") == [
        "Tập đoàn Hoa Sen Xanh Hi-Tech"]
    assert names("Tập đoàn Điện lực Việt Nam trao quà.") == ["Tập đoàn Điện lực Việt Nam"]


def test_brands_named_with_their_province():
    assert names("Bảo Việt Hà Tĩnh và Toyota Hà Tĩnh trao 50 suất quà.") == [
        "Bảo Việt Hà Tĩnh", "Toyota Hà Tĩnh"]


def test_an_international_ngo_country_office():
    assert names("Dự án do ChildFund Việt Nam tài trợ được UBND huyện Kỳ Anh nghiệm thu.") == [
        "ChildFund Việt Nam", "Ủy ban nhân dân huyện Kỳ Anh"]


def test_a_bank_branch_written_in_lower_case_is_one_body():
    assert orgs("Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Kỳ Anh hỗ trợ 20 triệu "
                "đồng.") == [
        ("Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Kỳ Anh",
         "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam Chi nhánh Kỳ Anh")]


# ------------------------------------------------ clubs


def test_a_club_written_before_the_body_that_runs_it_is_one_body():
    assert orgs("CLB Thầy thuốc trẻ Sở Y tế Hà Tĩnh khám bệnh cho người dân.") == [
        ("CLB Thầy thuốc trẻ Sở Y tế Hà Tĩnh", "Câu lạc bộ Thầy thuốc trẻ Sở Y tế tỉnh Hà Tĩnh")]


def test_a_club_named_by_a_lower_case_phrase_and_its_place():
    assert names("Câu lạc bộ nghĩa tình huyện Kỳ Anh vừa trao 30 chiếc xe đạp cho học "
                 "sinh.") == ["Câu lạc bộ Nghĩa tình huyện Kỳ Anh"]


def test_a_club_as_a_model_is_no_body():
    assert names("Hội duy trì mô hình Câu lạc bộ nuôi con khỏe huyện Kỳ Anh.") == []


def test_a_club_named_by_a_date_with_the_city_short_is_spelt_out():
    assert names("Năm nay, Câu lạc bộ 8/3 TPHCM trao 200 phần quà.") == [
        "Câu lạc bộ 8/3 Thành phố Hồ Chí Minh"]


# ------------------------------------------------ hội quán, trade groups


def test_a_clubhouse_named_before_the_word_and_its_bare_repeat():
    assert orgs("Sáng nay, Mỹ Hiệp Hội quán tổ chức hội thảo về lúa. Hội quán hiện thu hút 30 "
                "nông dân.", source="baodongthap") == [("Mỹ Hiệp Hội quán", "Mỹ Hiệp Hội quán"),
                                          ("Hội quán", "Mỹ Hiệp Hội quán")]


def test_a_bare_clubhouse_with_no_name_in_the_paragraph_is_not_labelled():
    assert names("Đây là Hội quán thứ 3 của xã.", source="baodongthap") == []


def test_a_trade_group_of_the_farmers_union_and_its_bare_repeat():
    assert orgs("Tổ hội nghề nghiệp nuôi ong lấy mật Sơn Kim vừa nhận vốn vay. Nhờ vậy, Tổ hội "
                "nghề nghiệp mở rộng đàn ong.") == [
        ("Tổ hội nghề nghiệp nuôi ong lấy mật Sơn Kim",
         "Tổ hội nghề nghiệp nuôi ong lấy mật Sơn Kim"),
        ("Tổ hội nghề nghiệp", "Tổ hội nghề nghiệp nuôi ong lấy mật Sơn Kim")]


def test_trade_groups_in_the_plural_are_a_grouping():
    assert names("Các Tổ hội nghề nghiệp trồng chè Sơn Kim hoạt động hiệu quả.") == []


# ------------------------------------------------ departments, hospitals, tiers


def test_departments_written_with_an_ampersand():
    assert names("Sở Văn hóa thể thao & Du lịch và Đài Phát thanh & Truyền hình tỉnh cùng "
                 "tổ chức giải chạy.") == ["Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh",
                                 "Đài Phát thanh và Truyền hình Hà Tĩnh"]


def test_a_hospital_named_by_friendship_in_lower_case():
    assert names("Bác sĩ Bệnh viện hữu nghị Việt Đức khám bệnh cho người dân.") == [
        "Bệnh viện hữu nghị Việt Đức"]


def test_a_tier_of_a_union_levels_is_no_body():
    assert names("Năm 2026, đại hội Hội Phụ nữ cấp cơ sở huyện Kỳ Anh đều tổ chức trước tháng "
                 "6.") == []


def test_a_centre_named_by_fields_listed_with_commas():
    assert orgs("Sáng 3/4, Trung tâm văn hóa, thể thao, thanh thiếu niên tỉnh khai mạc giải "
                "bóng chuyền.", source="baonamdinh")[0] == (
        "Trung tâm văn hóa, thể thao, thanh thiếu niên tỉnh",
        "Trung tâm Văn hóa, Thể thao, Thanh thiếu niên tỉnh Nam Định")


def test_a_centre_and_a_hospital_listed_with_a_comma_stay_two_bodies():
    assert names("Trung tâm y tế, bệnh viện huyện Ý Yên tham gia.", source="baonamdinh") == [
        "Trung tâm Y tế huyện Ý Yên", "Bệnh viện Đa khoa huyện Ý Yên"]


def test_a_friendship_association_abroad_with_its_seat():
    assert names("Hội Hữu nghị Hàn - Việt tại tỉnh Gyeonggi tặng 100 suất học bổng.",
                 source="baokontum") == ["Hội Hữu nghị Hàn - Việt tại tỉnh Gyeonggi"]
    assert names("Hội Hữu nghị Việt - Nhật tỉnh tổ chức gặp mặt.", source="baokontum") == [
        "Hội Hữu nghị Việt - Nhật tỉnh Kon Tum"]


def test_a_shop_by_its_trade_and_name_with_its_branch_in_brackets():
    assert orgs("Cơ sở bánh mì Hoa Mai (chi nhánh Đồng Xoài) góp 5 triệu đồng vào quỹ.",
                source="baobinhphuoc") == [
        ("Cơ sở bánh mì Hoa Mai (chi nhánh Đồng Xoài)", "Cơ sở bánh mì Hoa Mai chi nhánh Đồng Xoài")]
    assert names("Hội phối hợp cơ sở bánh mì Hoa Mai trao quà.", source="baobinhphuoc") == [
        "Cơ sở bánh mì Hoa Mai"]


def test_facilities_and_grass_roots_units_are_no_shops():
    assert names("Hội nâng cấp cơ sở vật chất Trường Tiểu học Tân Phú.",
                 source="baobinhphuoc") == ["Trường Tiểu học Tân Phú"]
    assert names("Công đoàn cơ sở cơ quan Hội LHPN tỉnh tham gia.", source="baobinhphuoc") == [
        "Công đoàn cơ sở cơ quan Hội Liên hiệp Phụ nữ tỉnh Bình Phước"]
