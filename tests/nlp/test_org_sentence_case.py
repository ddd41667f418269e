"""Organisation failure kinds of round 24 (F31): bodies whose name is written in sentence case
after its head (only the name's first word capitalised, or none), a sub-unit written with its
parent and a comma, "mặt trận" in lower case as a front of work, and "Trung ương Hội" before
any written form of a mass organisation.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2021-03-15T08:00:00+07:00"


def rows(text: str, source: str | None = "baohatinh", pub: str | None = PUB
         ) -> list[tuple[str, str]]:
    return organisation_rows(text, pub, source)


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [name for _, name in rows(text, source, pub)]


# ------------------------------------------------ "mặt trận" in lower case

def test_a_front_of_work_in_lower_case_is_no_front_committee():
    assert names("Các đội hình sẽ làm nhiệm vụ tại mặt trận các xã: Sơn Kim, huyện Hương Sơn; "
                 "Kỳ Tân, huyện Kỳ Anh.") == []
    assert names("Đoàn đã trao 500 cây xanh cho mặt trận xã Sơn Kim, huyện Hương Sơn.") == []
    assert names("Nhà báo là chiến sĩ trên mặt trận tư tưởng của Đảng.") == []


def test_the_front_committee_capitalised_or_in_full_is_still_read():
    assert names("Mặt trận xã Sơn Kim tổ chức ngày hội đại đoàn kết.") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã Sơn Kim"]
    assert names("Ủy ban mặt trận tổ quốc xã Sơn Kim tổ chức ngày hội.") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam xã Sơn Kim"]


# ------------------------------------------------ "Trung ương Hội" + any form of the association

def test_the_centre_of_an_association_in_any_written_form_is_the_national_body():
    assert names("Hưởng ứng cuộc thi do Trung ương Hội phụ nữ phát động, chi hội đã tham gia.",
                 source="baokhanhhoa") == ["Hội Liên hiệp Phụ nữ Việt Nam"]
    assert names("Chương trình do Trung ương Hội Phụ nữ khởi xướng từ năm 2018.",
                 source="baokhanhhoa") == ["Hội Liên hiệp Phụ nữ Việt Nam"]
    assert names("Ủy viên Ban Chấp hành Trung ương Hội Phụ nữ dự hội nghị.",
                 source="baokhanhhoa") == [
        "Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam"]


# ------------------------------------------------ sentence-case units and institutions

def test_a_hospital_department_in_lower_case_before_its_hospital_is_one_body():
    assert names("Buổi hiến máu diễn ra tại Khoa huyết học Bệnh viện Đa khoa tỉnh, thu được "
                 "200 đơn vị máu.") == ["Khoa huyết học Bệnh viện Đa khoa tỉnh Hà Tĩnh"]
    assert names("Số máu được chuyển về Trung tâm Truyền máu huyết học Bệnh viện Bạch Mai.") == [
        "Trung tâm Truyền máu huyết học Bệnh viện Bạch Mai"]


def test_a_militia_unit_in_sentence_case_with_its_commune():
    assert names("Năm 1967, Đại đội dân quân phòng không xã Thạch Đài bắn rơi một máy bay.") == [
        "Đại đội dân quân phòng không xã Thạch Đài"]
    assert names("Trung đội dân quân cơ động xã Thạch Đài ra quân huấn luyện.") == [
        "Trung đội dân quân cơ động xã Thạch Đài"]


def test_a_platoon_by_its_number_alone_or_a_platoon_leader_is_no_body():
    assert names("Trung đội 3 tham gia diễn tập phòng thủ.") == []
    assert names("Trung đội trưởng Lê Văn Hùng cho biết đơn vị đã sẵn sàng.") == []


def test_a_centre_named_by_its_aim_in_sentence_case():
    assert names("Trung tâm Nâng cao dân trí (Hội Khuyến học Việt Nam) cùng Hội Khuyến học tỉnh "
                 "vừa trao 50 suất học bổng.", source="baonamdinh") == [
        "Trung tâm Nâng cao dân trí", "Hội Khuyến học Việt Nam", "Hội Khuyến học tỉnh Nam Định"]


# ------------------------------------------------ liaison boards

def test_a_liaison_board_of_people_in_lower_case_with_its_commune():
    assert names("Sáng 2.9, Ban liên lạc cựu cán bộ kháng chiến xã Kỳ Tân, huyện Kỳ Anh đã gặp "
                 "mặt truyền thống.") == ["Ban liên lạc cựu cán bộ kháng chiến xã Kỳ Tân"]
    assert names("Ban liên lạc cựu tù chính trị tỉnh thăm hỏi các hội viên.") == [
        "Ban liên lạc cựu tù chính trị tỉnh Hà Tĩnh"]


def test_a_liaison_board_acting_is_no_name():
    assert names("Ban liên lạc kết nối với xã Kỳ Tân xây dựng nhà tình nghĩa.") == []


def test_a_liaison_board_of_a_hometown():
    assert rows("Ban Liên lạc cán bộ quê hương Hương Khê phối hợp với Ban CHQS huyện Hương Khê "
                "trao nhà.")[0] == ("Ban Liên lạc cán bộ quê hương Hương Khê",
                                    "Ban Liên lạc cán bộ quê hương Hương Khê")
    assert names("Đồng chí Nguyễn Văn Bình thay mặt BLL Hội Cán bộ Hà Tĩnh tại Hà Nội trao quà.") \
        == ["Ban Liên lạc Hội Cán bộ Hà Tĩnh tại Hà Nội"]
    assert names("Hội Cán bộ Hà Tĩnh đã trao quà cho học sinh.") == []


def test_a_veterans_liaison_board_of_a_regiment_of_a_division():
    assert names("Hội phối hợp Ban liên lạc Cựu chiến binh Trung đoàn 48, Sư đoàn 320 quy tập "
                 "hài cốt liệt sĩ.", source="baobinhphuoc") == [
        "Ban liên lạc Cựu chiến binh Trung đoàn 48 Sư đoàn 320"]
    assert names("Ban liên lạc cựu chiến binh Sư đoàn 312 tổ chức gặp mặt.") == [
        "Ban liên lạc cựu chiến binh Sư đoàn 312"]


# ------------------------------------------------ a unit and its parent joined by a comma

def test_a_numbered_unit_then_its_higher_formation_after_a_comma_is_one_body():
    assert names("Đại diện Lữ đoàn 162, Vùng 4 Hải quân đến thăm nhà trường.") == [
        "Lữ đoàn 162 Vùng 4 Hải quân"]
    assert names("Lữ đoàn 162 Vùng 4 Hải quân đến thăm nhà trường.") == [
        "Lữ đoàn 162 Vùng 4 Hải quân"]
    assert names("Tiểu đoàn 4, Trung đoàn 48 tham gia tìm kiếm cứu nạn.") == [
        "Tiểu đoàn 4 Trung đoàn 48"]


def test_units_of_one_echelon_listed_or_a_lower_unit_after_are_separate_bodies():
    assert names("Trung đoàn 48, Trung đoàn 64, Sư đoàn 320 tham gia diễn tập.") == [
        "Trung đoàn 48", "Trung đoàn 64", "Sư đoàn 320"]
    assert names("Sư đoàn 320, Trung đoàn 48 tham gia diễn tập.") == [
        "Sư đoàn 320", "Trung đoàn 48"]


def test_a_branch_written_after_its_academy_and_a_comma():
    assert names("Sinh viên Học viện Hành chính Quốc gia, Phân viện miền Trung tình nguyện tại "
                 "xã Kỳ Tân.") == ["Phân viện miền Trung Học viện Hành chính Quốc gia"]
    assert names("Trường Đại học Thủy lợi, Phân hiệu tại TP.HCM cử 30 sinh viên tham gia.") == [
        "Phân hiệu Trường Đại học Thủy lợi tại Thành phố Hồ Chí Minh"]


# ------------------------------------------------ councils and boards named by their task

def test_a_council_named_by_its_task_at_the_centre():
    assert names("Tỉnh đề nghị Hội đồng thẩm định Trung ương xét công nhận huyện Can Lộc.") == [
        "Hội đồng thẩm định Trung ương"]
    assert names("Hội đồng quản trị của các tổng công ty Trung ương họp phiên đầu năm.") == []


def test_a_programme_s_organising_board_in_sentence_case_with_its_edition():
    assert names("Đoàn viên hưởng ứng lời kêu gọi của Ban tổ chức chương trình “Giọt máu hồng” "
                 "năm 2019, hiến 300 đơn vị máu.") == [
        "Ban Tổ chức chương trình Giọt máu hồng năm 2019"]


# ------------------------------------------------ a command's department, a region as a territory

def test_a_command_s_department_with_its_head_in_lower_case():
    assert names("Bộ CHQS tỉnh đã bàn giao nhà cho thượng úy Lê Văn Hải, nhân viên phòng Hậu cần, "
                 "ở xã Kỳ Tân.") == ["Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh",
                                     "Phòng Hậu cần Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh"]


def test_a_department_then_a_clause_after_a_comma_is_no_longer_name():
    assert "Phòng Hậu cần, ở xã Kỳ Tân" not in names(
        "Bộ CHQS tỉnh trao quà cho thượng úy Lê Văn Hải, nhân viên Phòng Hậu cần, ở xã Kỳ Tân.")


def test_a_military_region_named_as_the_land_of_its_provinces_is_no_command():
    assert names("Hội đã xác minh 20 hồ sơ liệt sĩ ở các tỉnh thuộc Quân khu 5, Quân khu 7.") == []
    assert names("Các địa phương trên địa bàn Quân khu 4 chủ động phòng, chống bão.") == []
    assert names("Bộ Tư lệnh Quân khu 4 và Quân khu 5 phối hợp tìm kiếm.") == [
        "Bộ Tư lệnh Quân khu 4", "Bộ Tư lệnh Quân khu 5"]
