"""Organisation failure kinds of round 13 (issue 14, held-out batch 12's miss kinds):
literature-and-arts and writers' associations of a province, magazines named after a lower-case
"tạp chí" or by a title in capitals, and short forms inside names ("Công ty CP", "BHXH").

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import ROUND_PUB as PUB
from tests.nlp.mention_support import organisation_rows
from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as rows

# ------------------------------------------------ arts associations and magazines

def test_arts_association_of_a_province_in_its_spellings():
    for written in ("Hội Văn học Nghệ thuật tỉnh Quảng Trị", "Hội Văn học – Nghệ thuật tỉnh Quảng Trị",
                    "Hội Văn học - Nghệ thuật Quảng Trị", "Hội Văn học Nghệ thuật Quảng Trị",
                    "Hội VHNT tỉnh Quảng Trị"):
        assert names(f"{written} mở trại sáng tác mùa thu cho 20 tác giả.") == [
            "Hội Văn học Nghệ thuật tỉnh Quảng Trị"], written


def test_writers_association_of_a_province_and_the_national_one():
    assert names("Hội Nhà văn Thừa Thiên Huế ra mắt tập thơ mới.") == [
        "Hội Nhà văn tỉnh Thừa Thiên Huế"]
    assert names("Hội Nhà văn Việt Nam trao giải thưởng năm nay.") == ["Hội Nhà văn Việt Nam"]


def test_magazine_after_lower_case_head():
    assert rows("Nhiều bài thơ của ông in trên tạp chí Sông Lam suốt mười năm.") == [
        ("tạp chí Sông Lam", "Tạp chí Sông Lam")]
    assert names("Chị cộng tác với tạp chí Người cao tuổi từ lâu.") == ["Tạp chí Người cao tuổi"]


def test_magazine_title_in_capitals_is_title_cased():
    assert rows("Truyện ngắn ấy đăng trên tạp chí HỒNG LĨNH số 120.") == [
        ("tạp chí HỒNG LĨNH", "Tạp chí Hồng Lĩnh")]
    assert names("Tạp chí SÔNG LA ra số đặc biệt.") == ["Tạp chí Sông La"]


def test_magazine_not_read_from_a_lone_acronym_or_a_common_noun():
    assert names("Các tạp chí khoa học đăng nhiều bài mới.") == []
    assert "Tạp chí Abc News" not in names("Theo tạp chí ABC News, dự án đã xong.")


# ------------------------------------------------ short forms inside names

def test_joint_stock_company_written_short():
    assert names("Công ty CP Giấy Sông Lam vừa trao 50 suất quà cho hộ nghèo.") == [
        "Công ty cổ phần Giấy Sông Lam"]


def test_social_insurance_written_short_inside_a_name():
    assert names("Hội Cựu chiến binh cơ quan BHXH Việt Nam gặp mặt hội viên.") == [
        "Hội Cựu chiến binh cơ quan Bảo hiểm xã hội Việt Nam"]
    assert names("Văn phòng CP đã có văn bản trả lời.") != ["Văn phòng cổ phần"]


# ------------------------------------------------ roles: "UV BTV", "Đảng đoàn"

def test_standing_member_written_short_before_a_state_office():
    assert rows("Ông Lê Văn Tám, UV BTV, Phó Chủ tịch UBND huyện Hương Sơn dự lễ.") == [
        ("UV BTV", "Ban Thường vụ Huyện ủy Hương Sơn"),
        ("UBND huyện Hương Sơn", "Ủy ban nhân dân huyện Hương Sơn")]


def test_party_group_of_an_association_before_its_name():
    assert rows("Đoàn kiểm tra làm việc với Đảng đoàn Hội Nông dân tỉnh Nghệ An.") == [
        ("Đảng đoàn Hội Nông dân tỉnh Nghệ An", "Đảng đoàn Hội Nông dân tỉnh Nghệ An")]
    assert names("Ông là Bí thư Đảng đoàn LĐLĐ tỉnh Hà Tĩnh.") == [
        "Đảng đoàn Liên đoàn Lao động tỉnh Hà Tĩnh"]


def test_party_group_in_titles_before_the_association():
    assert rows("Ông Đỗ Văn Sáu, Bí thư Đảng đoàn, Chủ tịch Hội CCB tỉnh Nghệ An phát biểu.") == [
        ("Đảng đoàn", "Đảng đoàn Hội Cựu chiến binh tỉnh Nghệ An"),
        ("Hội CCB tỉnh Nghệ An", "Hội Cựu chiến binh tỉnh Nghệ An")]


def test_party_group_only_of_associations_and_the_front():
    assert names("Bí thư Đảng đoàn, Chủ tịch UBND tỉnh dự họp.") == ["Ủy ban nhân dân tỉnh Hà Tĩnh"]


# ------------------------------------------------ an association's department after a comma

def test_department_of_two_fields_joined_to_its_association_by_a_comma():
    assert rows("Bà Lê Thị Bảy, Trưởng ban Kinh tế - Xã hội, Hội Nông dân tỉnh dự họp.") == [
        ("ban Kinh tế - Xã hội, Hội Nông dân tỉnh",
         "Ban Kinh tế - Xã hội Hội Nông dân tỉnh Hà Tĩnh")]
    assert names("Bà Lê Thị Bảy, Trưởng Ban Kinh tế -Xã hội, Hội Nông dân tỉnh dự họp.") == [
        "Ban Kinh tế - Xã hội Hội Nông dân tỉnh Hà Tĩnh"]


def test_party_organ_before_a_comma_still_opens_a_list():
    assert names("Ông Hồ Văn Tư, Trưởng Ban Dân vận, Ủy ban MTTQ tỉnh dự họp.") == [
        "Ban Dân vận Tỉnh ủy Hà Tĩnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"]


# ------------------------------------------------ "Thường trực" before a dash-joined list

def test_standing_organ_of_each_body_in_a_dash_list():
    assert rows("Các đồng chí Thường trực Đảng ủy – HĐND – UBND – UBMTTQ xã Kỳ Tân dự lễ.") == [
        ("Thường trực Đảng ủy", "Thường trực Đảng ủy xã Kỳ Tân"),
        ("HĐND", "Thường trực Hội đồng nhân dân xã Kỳ Tân"),
        ("UBND", "Thường trực Ủy ban nhân dân xã Kỳ Tân"),
        ("UBMTTQ xã Kỳ Tân", "Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Kỳ Tân")]


def test_bodies_after_a_comma_are_not_made_standing_organs():
    assert "Hội đồng nhân dân huyện Kỳ Anh" in names(
        "Thường trực Huyện ủy, HĐND, UBND huyện Kỳ Anh dự lễ.")


# ------------------------------------------------ a corps's own units

def test_corps_unit_named_with_its_numbered_corps():
    assert rows("Đoàn TDTT Quân đoàn 3 giành nhiều huy chương tại hội thao.") == [
        ("Đoàn TDTT Quân đoàn 3", "Đoàn thể dục thể thao Quân đoàn 3")]
    assert names("Trung tâm Huấn luyện Quân đoàn 12 tổ chức lễ ra quân.") == [
        "Trung tâm Huấn luyện Quân đoàn 12"]


def test_corps_unit_with_the_corps_unnumbered_takes_the_paragraphs_one_corps():
    assert names("Quân đoàn 3 giành giải Nhất; một chiến sĩ của Trường Quân sự Quân đoàn "
                 "giành huy chương.") == ["Quân đoàn 3", "Trường Quân sự Quân đoàn 3"]
    assert names("Quân đoàn 3 và Quân đoàn 4 thi đấu. Trường Quân sự Quân đoàn giành giải.") == [
        "Quân đoàn 3", "Quân đoàn 4"]


def test_a_delegation_of_the_corps_is_no_unit():
    assert names("Đoàn công tác Quân đoàn 3 thăm hỏi gia đình chính sách.") == ["Quân đoàn 3"]


# ------------------------------------------------ a commune's bodies written bare in a list

def test_bare_bodies_before_a_council_closing_the_list_with_its_level():
    text = ("Hội đồng nghĩa vụ quân sự xã Kỳ Tân tổ chức lễ giao quân. Đến dự có lãnh đạo Đảng "
            "ủy, HĐND, UBND, UB MTTQ, Hội đồng nghĩa vụ quân sự xã, trưởng thôn.")
    got = organisation_rows(text, PUB, "https://kyanh.hatinh.gov.vn/tin-tuc")
    assert ("HĐND", "Hội đồng nhân dân xã Kỳ Tân") in got
    assert ("UB MTTQ", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Kỳ Tân") in got
    assert ("Hội đồng nghĩa vụ quân sự xã", "Hội đồng nghĩa vụ quân sự xã Kỳ Tân") in got


def test_a_council_with_a_place_of_its_own_does_not_close_the_list():
    text = ("Xã Kỳ Tân tổ chức lễ. Dự có đại diện HĐND, UBND, Hội đồng nghĩa vụ quân sự xã Kỳ "
            "Tân và người dân.")
    got = organisation_rows(text, PUB, "https://kyanh.hatinh.gov.vn/tin-tuc")
    assert ("Hội đồng nghĩa vụ quân sự xã Kỳ Tân", "Hội đồng nghĩa vụ quân sự xã Kỳ Tân") in got


# ------------------------------------------------ "Trung ương Hội" named by the page address

def test_association_centre_named_by_the_page_address():
    text = "Trung ương Hội phối hợp với các tỉnh tổ chức chương trình. Trung ương Hội hỗ trợ 3 tỷ đồng."
    got = organisation_rows(text, PUB, "https://example.vn/hoi-chu-thap-do-viet-nam-keu-goi-123")
    assert got == [("Trung ương Hội", "Hội Chữ thập đỏ Việt Nam")] * 2
    assert organisation_rows(text, PUB, "https://example.vn/tin-tuc-123") == []
