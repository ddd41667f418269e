"""Organisation kinds of real-text round 19 (issue 14, held-out batches 22 and 23 after their
sealed measurement). Sentences are written for these tests, not copied from any page: a district
the administrative package names with its level in brackets ("Long Mỹ (Huyện)"), a caption's
person in capitals after a bare level, a foreign State's organs, the regional universities and a
university's branch campus."""

from __future__ import annotations

from baochi.nlp import places

from tests.nlp.mention_support import organisation_rows


def rows(text: str, source: str = "baohaugiang", pub: str = "2022-11-10") -> list[tuple[str, str]]:
    return organisation_rows(text, pub, source)


def test_a_district_the_package_tells_apart_by_level_is_named_without_it() -> None:
    assert places.district_of_communes([("xã", "Vĩnh Thuận Đông")], "Hậu Giang") \
        == ("huyện", "Long Mỹ")
    assert rows("MTTQ huyện khởi công nhà đại đoàn kết cho hộ nghèo ở xã Vĩnh Thuận Đông.") \
        == [("MTTQ huyện", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Long Mỹ")]
    assert places.district_level("Long Mỹ", "Hậu Giang") == "huyện"


def test_a_person_in_capitals_after_a_title_and_a_bare_level_is_no_place() -> None:
    assert rows("Chủ tịch UBND huyện LÊ MINH TÂM phát biểu tại lễ kỷ niệm ở huyện Bến Cầu.",
                source="baotayninh") == [("UBND huyện", "Ủy ban nhân dân huyện Bến Cầu")]
    # a district in capitals stays a district
    assert rows("Chủ tịch UBND huyện BẾN CẦU phát biểu.", source="baotayninh") == [
        ("UBND huyện BẾN CẦU", "Ủy ban nhân dân huyện Bến Cầu")]


def test_a_foreign_state_s_government_and_parliament() -> None:
    assert rows("Dự án do Chính phủ Úc tài trợ; Chính phủ đã phê duyệt chủ trương.") == [
        ("Chính phủ Úc", "Chính phủ Úc"), ("Chính phủ", "Chính phủ")]
    assert rows("Đoàn đại biểu Quốc hội Lào thăm tỉnh.") == [("Quốc hội Lào", "Quốc hội Lào")]


def test_a_regional_university_and_a_branch_campus() -> None:
    assert rows("Đại học Đà Nẵng ký kết hợp tác với tỉnh.") == [
        ("Đại học Đà Nẵng", "Đại học Đà Nẵng")]
    assert rows("Đoàn Thanh niên Phân hiệu ĐH Huế tại Quảng Trị ra quân tình nguyện.") == [
        ("Đoàn Thanh niên Phân hiệu ĐH Huế tại Quảng Trị",
         "Đoàn Thanh niên Phân hiệu Đại học Huế tại Quảng Trị")]
    assert rows("Phân hiệu Trường Đại học Lâm nghiệp tại Đồng Nai tuyển sinh.") == [
        ("Phân hiệu Trường Đại học Lâm nghiệp tại Đồng Nai",
         "Phân hiệu Trường Đại học Lâm nghiệp tại Đồng Nai")]
