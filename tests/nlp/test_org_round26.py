"""Organisation failure kinds of round 26 (issue 14, fixer F40): a newsroom's desk written before
its outlet with a comma, a department's fields joined by "&" or by commas, a national body's
"Việt Nam" written "VN" (also after "T.Ư"), the Front's central committee written in one run of
initials, an airport by its name, an association named by three fields listed with a comma and
"và", a township written "TT." before its name, and the Youth Union's grass-roots organisation
named by its commune ("Đoàn cơ sở xã X"); also a nursing home of war invalids ("Khu điều dưỡng
thương binh X").

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as orgs

# ------------------------------------------------ a newsroom's desk, a comma, its outlet

def test_a_newsroom_desk_before_a_national_station_after_a_comma_is_one_body():
    assert orgs("Sáng 12/3, phóng viên Ban Thời sự, Đài Tiếng nói Việt Nam làm việc với "
                "huyện.") == [("Ban Thời sự, Đài Tiếng nói Việt Nam",
                              "Ban Thời sự Đài Tiếng nói Việt Nam")]
    assert names("Nhóm phóng viên Phòng Chuyên đề, Báo Hà Tĩnh về thăm xã.") == [
        "Phòng Chuyên đề Báo Hà Tĩnh"]


def test_a_party_organ_before_a_paper_after_a_comma_opens_a_list():
    assert "Báo Hà Tĩnh" in names("Đại diện Ban Tuyên giáo, Báo Hà Tĩnh dự buổi lễ.")


# ------------------------------------------------ fields joined by "&", dashes written as commas

def test_a_department_with_its_fields_joined_by_an_ampersand():
    assert orgs("Hội hoạt động dưới sự quản lý của Sở Tài nguyên & Môi trường.") == [
        ("Sở Tài nguyên & Môi trường", "Sở Tài nguyên và Môi trường tỉnh Hà Tĩnh")]


def test_a_department_whose_dash_is_written_as_a_comma_in_lower_case():
    assert names("Hội phối hợp với Sở lao động, thương binh và xã hội trao quà.") == [
        "Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh"]


# ------------------------------------------------ national bodies: "VN", "T.Ư", joined initials

def test_a_national_body_with_vn_for_viet_nam_also_after_central():
    assert names("Anh Lê Văn Bình, Phó Chủ tịch T.Ư Hội Liên hiệp thanh niên VN, dự lễ.") == [
        "Hội Liên hiệp Thanh niên Việt Nam"]
    assert names("Hội Liên hiệp Thanh niên VN phát động cuộc thi.") == [
        "Hội Liên hiệp Thanh niên Việt Nam"]


def test_the_fronts_central_committee_in_one_run_of_initials():
    assert names("Bà Trần Thị Hoa, Phó Chủ tịch UBTƯMTTQ Việt Nam, dự hội nghị.") == [
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"]


# ------------------------------------------------ an airport by its name

def test_an_airport_is_named_by_its_own_name():
    assert names("Hội Chữ thập đỏ huyện phối hợp Cảng hàng không quốc tế Vinh trao quà.",
                 source="baonghean")[-1] == "Cảng hàng không quốc tế Vinh"
    assert names("Năm nay, Cảng hàng không Đồng Hới đón hơn một triệu lượt khách.",
                 source="baoquangbinh") == ["Cảng hàng không Đồng Hới"]


def test_airports_written_as_a_kind_are_no_body():
    assert names("Các cảng hàng không quốc tế đều đông khách dịp Tết.") == []


# ------------------------------------------------ three fields with a comma and "và"

def test_an_association_named_by_three_fields_before_its_province():
    assert names("Ông Phan Văn Hùng, Phó Chủ tịch Hội Bảo trợ bệnh nhân nghèo, người khuyết tật "
                 "và trẻ mồ côi tỉnh Hà Tĩnh, trao học bổng.") == [
        "Hội Bảo trợ bệnh nhân nghèo, người khuyết tật và trẻ mồ côi tỉnh Hà Tĩnh"]


# ------------------------------------------------ "TT." for a township

def test_a_township_written_tt_dot():
    assert names("Sáng 2/4, UBND TT.Thạch Hà tổ chức lễ ra quân.") == [
        "Ủy ban nhân dân thị trấn Thạch Hà"]
    assert names("Đoàn Thanh niên TT. Thạch Hà trao 20 suất quà.") == [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh thị trấn Thạch Hà"]


# ------------------------------------------------ the Youth Union's grass-roots organisation

def test_a_grassroots_youth_union_named_by_its_commune_or_township():
    assert names("Đoàn cơ sở TT.Thạch Hà tặng 10 suất học bổng.") == [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh thị trấn Thạch Hà"]
    assert names("Đoàn cơ sở xã Thạch Kênh ra quân làm đường.") == [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Thạch Kênh"]


def test_a_grassroots_youth_union_of_an_agency_keeps_its_own_name():
    assert names("Đoàn cơ sở Bệnh viện đa khoa tỉnh hiến máu.") == [
        "Đoàn cơ sở Bệnh viện Đa khoa tỉnh Hà Tĩnh"]


# ------------------------------------------------ a nursing home of war invalids

def test_a_nursing_home_of_war_invalids_with_its_kind_in_lower_case():
    assert names("Đoàn thanh niên đến thăm Khu điều dưỡng thương binh Thạch Hà.") == [
        "Khu điều dưỡng thương binh Thạch Hà"]
    assert names("Các khu điều dưỡng thương binh đều được nâng cấp.") == []
