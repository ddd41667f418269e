"""Organisation failure kinds of round 15 (issue 14, batch 13 of outlets new to the set): names
written in capitals, the Secretariat named by its members' title, bodies missing from the
catalogue.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import round_names as names
from tests.nlp.mention_support import round_rows as rows

# ------------------------------------------------ names written in capitals


def test_school_unit_in_a_heading_written_in_capitals():
    assert rows("LIÊN ĐỘI TIỂU HỌC ĐÔNG BA TÍCH CỰC THU GOM GIẤY VỤN NĂM HỌC 2024 - 2025",
                source=None) == [("LIÊN ĐỘI TIỂU HỌC ĐÔNG BA",
                                  "Liên đội Trường Tiểu học Đông Ba")]


def test_branch_of_a_school_written_in_capitals_keeps_its_acronyms():
    assert names("HOẠT ĐỘNG CỦA CHI ĐOÀN TRƯỜNG PT DTBT THCS NẬM KHĂN CHÀO MỪNG NGÀY 26/3",
                 source=None) == [
        "Chi đoàn Trường Phổ thông dân tộc bán trú Trung học cơ sở Nậm Khăn"]


def test_communes_body_in_capitals_is_named_in_title_case():
    assert rows("HỘI NÔNG DÂN XÃ ĐỨC LẠC TỔ CHỨC HỘI NGHỊ TỔNG KẾT NĂM 2023") == [
        ("HỘI NÔNG DÂN XÃ ĐỨC LẠC", "Hội Nông dân xã Đức Lạc")]
    assert names("UBND HUYỆN ĐỨC THỌ HỌP BÁO QUÝ I") == ["Ủy ban nhân dân huyện Đức Thọ"]


def test_capitals_with_no_body_give_nothing():
    assert names("NGÀY HỘI VĂN HÓA CÁC DÂN TỘC NĂM 2024 DIỄN RA SÔI NỔI") == []


# ------------------------------------------------ the Secretariat by its members' title


def test_secretary_of_the_central_committee_is_a_member_of_the_secretariat():
    assert rows("Dự lễ có đồng chí Trần Văn Bình, Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, "
                "Trưởng Ban Tuyên giáo Trung ương.") == [
        ("Bộ Chính trị", "Bộ Chính trị"),
        ("Bí thư Trung ương Đảng", "Ban Bí thư Trung ương Đảng"),
        ("Ban Tuyên giáo Trung ương", "Ban Tuyên giáo Trung ương")]


def test_general_secretary_title_stays_the_central_committee():
    assert rows("Đồng chí Trần Văn Bình, Tổng Bí thư Trung ương Đảng, gửi thư chúc mừng.") == [
        ("Trung ương Đảng", "Ban Chấp hành Trung ương Đảng")]


# ------------------------------------------------ bodies the catalogue lacked


def test_national_bodies_named_by_their_field():
    assert names("Phó Thủ tướng, Trưởng Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp "
                 "tác xã chủ trì phiên họp.") == [
        "Ban Chỉ đạo đổi mới, phát triển kinh tế tập thể, hợp tác xã"]
    assert names("Ông từng là Chủ nhiệm Ủy ban Thanh niên Việt Nam.") == [
        "Ủy ban Thanh niên Việt Nam"]


def test_labour_department_initials_without_ampersand():
    assert names("Đoàn viên Sở LĐ-TBXH tỉnh Hà Tĩnh ra quân dọn vệ sinh.") == [
        "Sở Lao động - Thương binh và Xã hội tỉnh Hà Tĩnh"]
