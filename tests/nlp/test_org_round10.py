"""Organisation failure kinds of round 10 (issue 14, held-out batch 9's miss kinds): numbered
wards named with their district, and the general readings added after them.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2024-05-10T08:00:00+07:00"
HCM = "Thành phố Hồ Chí Minh"


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [name for _, name in organisation_rows(text, pub, source)]


# ------------------------------------------------ numbered wards and their district

def test_numbered_ward_takes_the_district_written_after_it():
    assert names("UBND Phường 12, Quận 3 đã trao 40 suất quà.", HCM) == [
        "Ủy ban nhân dân phường 12 Quận 3"]
    assert names("Công an phường 6 (quận Gò Vấp) tuần tra ban đêm.", HCM) == [
        "Công an phường 6 quận Gò Vấp"]


def test_numbered_ward_takes_the_one_district_its_paragraph_names():
    found = names("Tối qua, tại UBND phường 4, Quận đoàn và Hội LHPN quận Bình Thạnh tổ chức "
                  "đêm văn nghệ.", HCM)
    assert "Ủy ban nhân dân phường 4 quận Bình Thạnh" in found


def test_numbered_ward_takes_the_district_of_the_site():
    assert names("Hội Khuyến học Phường 9 trao 30 suất học bổng.",
                 "http://quan8.hochiminhcity.gov.vn/tin-tuc/post.aspx?id=12") == [
        "Hội Khuyến học phường 9 Quận 8"]
    assert names("Ủy ban Mặt trận Tổ quốc Việt Nam Phường 3 họp giao ban quý I.",
                 "https://mttqquan7.vn/tin-hoat-dong.html") == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam phường 3 Quận 7"]


def test_bare_ward_bodies_take_the_numbered_ward_of_the_headline_and_the_district_of_the_site():
    found = names("Sáng 3/3, Đảng ủy – UBND phường ra quân làm sạch kênh rạch.",
                  "https://quandoangovap.vn/phuong-7-ra-quan-lam-sach-kenh-rach/")
    assert found == ["Đảng ủy phường 7 quận Gò Vấp", "Ủy ban nhân dân phường 7 quận Gò Vấp"]


def test_numbered_ward_placed_by_nothing_stays_bare_and_two_districts_say_nothing():
    assert names("UBND phường 2 đã trao 20 suất quà.", HCM) == ["Ủy ban nhân dân phường 2"]
    found = names("UBND phường 2 cùng Công an quận 10 và Công an quận 11 tuần tra.", HCM)
    assert "Ủy ban nhân dân phường 2" in found


def test_named_ward_takes_no_district():
    found = names("UBND phường Bến Thành, Quận 1 trao quà cho hộ nghèo.", HCM)
    assert "Ủy ban nhân dân phường Bến Thành" in found


# ------------------------------------------------ lists of units and lists of bare bodies

def test_highland_district_names_run_through_their_apostrophe_in_a_list_of_units():
    found = names("Hội Nông dân các huyện Đắk Glei, Ia H’Drai, Tu Mơ Rông và thành phố Kon Tum "
                  "ký kết giao ước thi đua.", "baokontum")
    assert found == ["Hội Nông dân huyện Đắk Glei", "Hội Nông dân huyện Ia H’Drai",
                     "Hội Nông dân huyện Tu Mơ Rông", "Hội Nông dân thành phố Kon Tum"]


def test_apostrophe_after_tinh_is_still_a_persons_name():
    # a woman's highland name after "tỉnh" is a person, not a province
    assert names("Phó Chủ tịch UBND tỉnh H'Yim Kđoh dự lễ.", "baodaklak") == [
        "Ủy ban nhân dân tỉnh Đắk Lắk"]


def test_bare_bodies_listed_before_a_district_body_are_that_districts():
    found = names("Ủy thác qua các đoàn thể là Hội Cựu chiến binh, Hội Nông dân và Đoàn Thanh "
                  "niên, Phòng giao dịch Ngân hàng Chính sách xã hội huyện Hương Sơn đã cho "
                  "vay 300 hộ.")
    assert found[:3] == ["Hội Cựu chiến binh huyện Hương Sơn", "Hội Nông dân huyện Hương Sơn",
                         "Huyện đoàn Hương Sơn"]


def test_bare_bodies_before_a_provincial_body_stay_unplaced():
    # a list closed by a province's body says nothing of a district
    found = names("Hội Nông dân, Hội Cựu chiến binh và UBND tỉnh đã ký kết chương trình phối hợp.")
    assert "Hội Nông dân huyện" not in " ".join(found)
    assert "Ủy ban nhân dân tỉnh Hà Tĩnh" in found
