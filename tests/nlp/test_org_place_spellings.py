"""Places as the gazetteer spells them (issue 14, fixer brief F28): a district written with
marks left out takes the gazetteer's spelling and its province, a province written with its
initials ("tỉnh TT Huế") is that province, and a place at a name's end is never cut inside by
the word limit ("… Ngoại ngữ - Tin học Thành phố Hồ Chí Minh").

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from baochi.nlp import analyse, places

PUB = "2024-05-10T08:00:00+07:00"


def rows(text: str, source: str | None = "https://baodaklak.vn/tin-tuc/a.html",
         pub: str | None = PUB) -> list[tuple[str, str | None]]:
    """(canonical name, province) of every organisation mention."""
    return [(o.name, o.province) for o in analyse(text, pub, source).organisations]


# ------------------------------------------------ a district written with marks left out

def test_district_without_its_marks_takes_the_gazetteer_spelling():
    assert rows("Hội Cựu chiến binh huyện Lăk trao quà cho hội viên.") == [
        ("Hội Cựu chiến binh huyện Lắk", "Đắk Lắk")]
    assert rows("Hội Nông dân huyện M'Drak phối hợp với Hội LHPN huyện Krông Pak.") == [
        ("Hội Nông dân huyện M'Đrắk", "Đắk Lắk"),
        ("Hội Liên hiệp Phụ nữ huyện Krông Pắc", "Đắk Lắk")]
    # the apostrophe written as a space
    assert rows("Đại diện Hội Nông dân huyện M Đrăk dự hội nghị.") == [
        ("Hội Nông dân huyện M'Đrắk", "Đắk Lắk")]


def test_committee_and_later_bare_levels_take_the_same_spelling():
    assert rows("Huyện ủy Lăk chỉ đạo, UBND huyện và Hội Nông dân huyện triển khai kế hoạch.") == [
        ("Huyện ủy Lắk", "Đắk Lắk"), ("Ủy ban nhân dân huyện Lắk", "Đắk Lắk"),
        ("Hội Nông dân huyện Lắk", "Đắk Lắk")]


def test_district_without_its_marks_gets_its_province_on_a_paper_naming_none():
    assert rows("Huyện Đoàn M'Drak trao học bổng cho học sinh nghèo.", source=None) == [
        ("Huyện đoàn M'Đrắk", "Đắk Lắk")]
    assert rows("Hội Nông dân huyện Krông Ana tổ chức hội nghị.", source=None) == [
        ("Hội Nông dân huyện Krông Ana", "Đắk Lắk")]


def test_district_written_in_another_official_spelling_stays_as_written():
    # the Highlands' "Đắk" is "Đăk" in Kon Tum and "Đak" in Gia Lai; "Krông Ana" has the
    # package's "Krông A Na" marks, spaced otherwise; "Mù Cang Chải" is the official name
    assert rows("Hội LHPN huyện Đăk Glei và UBND huyện Đak Pơ ký kết giao ước thi đua.",
                source=None) == [("Hội Liên hiệp Phụ nữ huyện Đăk Glei", "Kon Tum"),
                                 ("Ủy ban nhân dân huyện Đak Pơ", "Gia Lai")]
    assert rows("Ủy ban MTTQ huyện Đắk Glong trao quà.", source=None) == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đắk Glong", "Đắk Nông")]
    assert rows("Huyện đoàn Mù Cang Chải ra quân.", source=None) == [
        ("Huyện đoàn Mù Cang Chải", "Yên Bái")]


def test_a_district_name_with_other_marks_is_not_another_district():
    assert places.district_spelling("Kim Đồng", "Hưng Yên") == ("Kim Đồng", "Hưng Yên")
    assert places.district_spelling("Kim Dong", "Hưng Yên") == ("Kim Động", "Hưng Yên")
    assert places.district_spelling("Sê Pôn", None) is None


def test_province_without_its_marks_takes_the_gazetteer_spelling():
    assert rows("Ủy ban nhân dân tỉnh Dak Lak ban hành kế hoạch.", source=None) == [
        ("Ủy ban nhân dân tỉnh Đắk Lắk", "Đắk Lắk")]
    assert places.province_spelling("Thua Thien Hue") == "Thừa Thiên Huế"


# ------------------------------------------------ a province written with its initials

def test_province_written_with_initials_and_its_last_name():
    assert rows("UBMTTQ Việt Nam tỉnh TT Huế phát động ủng hộ người nghèo.", source=None,
                pub=None) == [
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thừa Thiên Huế", "Thừa Thiên Huế")]
    assert rows("Hội Nhà văn T.T.Huế và Sở VH-TT tỉnh TT. Huế tổ chức hội thảo.",
                source=None) == [
        ("Hội Nhà văn tỉnh Thừa Thiên Huế", "Thừa Thiên Huế"),
        ("Sở Văn hóa và Thể thao tỉnh Thừa Thiên Huế", "Thừa Thiên Huế")]
    assert rows("Hội Nông dân tỉnh BR - VT và Tỉnh đoàn BRVT phối hợp.", source=None) == [
        ("Hội Nông dân tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Tỉnh đoàn Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu")]


def test_dotted_initials_alone_in_a_credit_name_no_province():
    # "Ảnh: T.T.Huế" is a byline as much as the province: a bare "tỉnh" is not placed by it
    assert rows("Đoàn công tác làm việc với UBND tỉnh. Ảnh: T.T.Huế",
                source="https://dantri.com.vn/a.htm") == [("Ủy ban nhân dân tỉnh", None)]


# ------------------------------------------------ a place at a name's end is read whole

def test_name_with_a_dash_ending_in_a_city_is_not_cut_inside_the_city():
    src = "https://baotayninh.vn/a.html"
    assert [n for n, _ in rows("Năm nay Trường đại học Ngoại ngữ - Tin học Thành phố Hồ Chí Minh "
                               "mở thêm hai ngành đào tạo.", source=src)] == [
        "Trường đại học Ngoại ngữ - Tin học Thành phố Hồ Chí Minh"]
    assert [n for n, _ in rows("Sinh viên Trường Đại học Sư phạm Kỹ thuật - Công nghệ Thành phố "
                               "Hồ Chí Minh tham gia.", source=src)] == [
        "Trường Đại học Sư phạm Kỹ thuật - Công nghệ Thành phố Hồ Chí Minh"]
    assert [n for n, _ in rows("Sinh viên Trường Cao đẳng Văn hóa - Nghệ thuật Bà Rịa - Vũng Tàu "
                               "biểu diễn.", source=src)] == [
        "Trường Cao đẳng Văn hóa - Nghệ thuật Bà Rịa - Vũng Tàu"]
    assert [n for n, _ in rows("Sinh viên Trường Cao đẳng Văn hóa - Nghệ thuật Du lịch Thành phố "
                               "Đà Nẵng biểu diễn.", source=src)] == [
        "Trường Cao đẳng Văn hóa - Nghệ thuật Du lịch Thành phố Đà Nẵng"]
