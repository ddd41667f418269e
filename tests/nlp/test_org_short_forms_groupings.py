"""Organisation failure kinds of round 24 (issue 14): short forms of words spelt out inside
names (a district's radio station, a council's boards, the youth month's steering board), a
council's board written with its council in brackets, and groupings that are no body (a level
written after a union, a plural before a head, units counted and listed under one head).

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as orgs

# ------------------------------------------------ short forms spelt out inside names

def test_a_district_radio_station_written_short_is_spelt_out():
    assert names("Đài TT-TH huyện Hương Sơn phát 120 bản tin mỗi năm.") == [
        "Đài Truyền thanh - Truyền hình huyện Hương Sơn"]
    # with spaces around the dash, as names are often written
    assert names("Đài TT - TH huyện Can Lộc được đầu tư thiết bị mới.") == [
        "Đài Truyền thanh - Truyền hình huyện Can Lộc"]


def test_a_council_board_written_short_is_spelt_out():
    assert names("Ban KT-NS HĐND tỉnh giám sát việc thu ngân sách.") == [
        "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Hà Tĩnh"]
    assert names("Ban VH-XH HĐND tỉnh khảo sát các trường học.") == [
        "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Hà Tĩnh"]
    assert names("Ban KT-XH Hội Nông dân tỉnh hướng dẫn hội viên vay vốn.") == [
        "Ban Kinh tế - Xã hội Hội Nông dân tỉnh Hà Tĩnh"]


def test_a_joined_short_form_is_read_whole_never_in_part():
    # the longer joined form is spelt out whole ("VH-XH&DT"), never its first pieces alone
    assert names("Ban VH-XH&DT HĐND tỉnh làm việc với huyện.") == [
        "Ban Văn hóa - Xã hội và Dân tộc Hội đồng nhân dân tỉnh Hà Tĩnh"]


def test_the_youth_month_steering_board_written_short():
    assert names("BCĐ TTN tỉnh ra quân làm sạch bãi biển.") == [
        "Ban Chỉ đạo Tháng Thanh niên tỉnh Hà Tĩnh"]


# ------------------------------------------------ a council's board with its council in brackets

def test_a_council_board_with_its_council_in_brackets_is_one_body():
    found = orgs("Đoàn công tác của Ban VH-XH&DT (HĐND tỉnh) do ông Trần Văn An, Phó Ban "
                 "VH-XH&DT làm trưởng đoàn đã khảo sát tại huyện.")
    assert found == [
        ("Ban VH-XH&DT (HĐND tỉnh)", "Ban Văn hóa - Xã hội và Dân tộc Hội đồng nhân dân tỉnh Hà Tĩnh"),
        ("Ban VH-XH&DT", "Ban Văn hóa - Xã hội và Dân tộc Hội đồng nhân dân tỉnh Hà Tĩnh")]
    assert names("Ban Pháp chế (HĐND tỉnh) giám sát công tác cải cách hành chính.") == [
        "Ban Pháp chế Hội đồng nhân dân tỉnh Hà Tĩnh"]


def test_a_party_committee_board_with_its_committee_in_brackets_is_one_body():
    assert orgs("Ban Tuyên giáo (Tỉnh ủy) chủ trì hội nghị; Trưởng Ban Tuyên giáo cho biết "
                "sẽ tổng kết.") == [
        ("Ban Tuyên giáo (Tỉnh ủy)", "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh"),
        ("Ban Tuyên giáo", "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh")]


def test_a_board_with_its_own_short_form_in_brackets_is_not_read_with_a_parent():
    assert names("Ban Chỉ huy Quân sự (BCHQS) huyện Can Lộc tổ chức huấn luyện.") == [
        "Ban Chỉ huy Quân sự huyện Can Lộc"]


def test_a_board_written_again_before_a_name_or_level_is_not_the_same_board():
    assert names("Ban Pháp chế (HĐND tỉnh) và Ban Pháp chế Sở Tư pháp cùng dự.") == [
        "Ban Pháp chế Hội đồng nhân dân tỉnh Hà Tĩnh", "Ban Pháp chế Sở Tư pháp tỉnh Hà Tĩnh"]


def test_a_hospital_department_keeps_its_parent_as_a_mention():
    # unchanged: a department named by its field, its hospital in brackets, is two mentions
    assert names("Khoa Nhi (Bệnh viện Đa khoa tỉnh) trao quà.") == [
        "Khoa Nhi Bệnh viện Đa khoa tỉnh Hà Tĩnh", "Bệnh viện Đa khoa tỉnh Hà Tĩnh"]


# ------------------------------------------------ groupings that are no body

def test_a_union_written_with_a_level_and_no_place_is_a_grouping():
    assert names("Theo hướng dẫn, Hội LHPN cấp tỉnh chọn mô hình phù hợp.") == []
    assert names("Hội Chữ thập đỏ hai cấp tỉnh và huyện tặng 50 suất quà.") == []
    # a secondary school's name holds "Trung cấp": no level
    assert names("Trường Trung cấp Y tế tỉnh khai giảng năm học mới.") == [
        "Trường Trung cấp Y tế tỉnh Hà Tĩnh"]


def test_a_numbered_board_at_every_level_is_a_grouping():
    assert names("Ban Chỉ đạo (BCĐ) 138 các cấp của tỉnh đã quan tâm chỉ đạo.") == []


def test_a_plural_before_a_lower_case_head_is_a_grouping():
    assert names("Đại diện các tạp chí miền Trung cùng văn nghệ sĩ tham dự.") == []


def test_a_plural_before_a_capitalised_union_or_schools_still_names_each():
    # "các Hội … xã A, B" names each commune's union; schools after "các trường" each school
    assert names("Tiêu biểu là các Hội Cựu chiến binh xã Thạch Kim và Thạch Châu.") == [
        "Hội Cựu chiến binh xã Thạch Kim", "Hội Cựu chiến binh xã Thạch Châu"]
    assert names("Hội tặng sách cho các trường THCS Phan Huy Chú và Nguyễn Trãi.") == [
        "Trường Trung học cơ sở Phan Huy Chú", "Trường Trung học cơ sở Nguyễn Trãi"]


def test_a_list_place_after_a_plural_level_stays_a_body_of_the_list():
    # "các huyện A, B" after a board named in full: each district's board (pass_place_lists)
    assert names("BCĐ Hiến máu tình nguyện tỉnh Nghệ An phối hợp BCĐ thị xã Cửa Lò, các huyện "
                 "Nam Đàn, Thanh Chương tổ chức lễ phát động.") == [
        "Ban Chỉ đạo Hiến máu tình nguyện tỉnh Nghệ An",
        "Ban Chỉ đạo Hiến máu tình nguyện thị xã Cửa Lò",
        "Ban Chỉ đạo Hiến máu tình nguyện huyện Nam Đàn",
        "Ban Chỉ đạo Hiến máu tình nguyện huyện Thanh Chương"]


def test_units_counted_and_listed_under_one_lower_case_head_are_a_grouping():
    assert names("Đường tuần tra thuộc 3 đồn biên phòng Cầu Treo, Sơn Hồng, Nam Sơn được "
                 "khởi công.") == []
    # one post named before another body, or a post written without a count, is a body
    assert names("Hội tặng quà 2 đồn biên phòng Cầu Treo và UBND xã Sơn Kim 1.") == [
        "Đồn biên phòng Cầu Treo", "Ủy ban nhân dân xã Sơn Kim 1"]
    assert names("Hội đến thăm đồn biên phòng Cầu Treo, đồn biên phòng Sơn Hồng.") == [
        "Đồn biên phòng Cầu Treo", "Đồn biên phòng Sơn Hồng"]
