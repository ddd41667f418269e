"""One body written once for several places (round 21, 2026-12-07): the places listed right after
a body each stand for the same body at that place. Sentences written for these tests."""

from __future__ import annotations

from baochi.nlp import analyse

PUB = "2023-05-10T08:00:00+07:00"


def found(text: str, source: str | None = "baoyenbai") -> list[tuple[str, str]]:
    return [(o.surface, o.name) for o in analyse(text, PUB, source).organisations]


def names(text: str, source: str | None = "baoyenbai") -> list[str]:
    return [name for _surface, name in found(text, source)]


def test_levels_going_down_after_a_body_of_the_province():
    text = ("Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh, huyện Văn Chấn và xã Sơn Thịnh trao nhà đại "
            "đoàn kết cho một hộ nghèo.")
    assert found(text) == [
        ("Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Yên Bái"),
        ("huyện Văn Chấn", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Văn Chấn"),
        ("xã Sơn Thịnh", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Sơn Thịnh"),
    ]
    text = "Hội LHPN tỉnh, huyện Lục Yên trao quà cho phụ nữ khó khăn."
    assert names(text) == ["Hội Liên hiệp Phụ nữ tỉnh Yên Bái", "Hội Liên hiệp Phụ nữ huyện Lục Yên"]


def test_a_plural_level_and_its_names_after_a_body():
    text = ("Hội Chữ thập đỏ tỉnh, các huyện Văn Chấn, Trạm Tấu và Lục Yên đã trao 300 suất quà "
            "cho người nghèo.")
    assert names(text) == [
        "Hội Chữ thập đỏ tỉnh Yên Bái", "Hội Chữ thập đỏ huyện Văn Chấn",
        "Hội Chữ thập đỏ huyện Trạm Tấu", "Hội Chữ thập đỏ huyện Lục Yên",
    ]


def test_numbered_urban_districts_after_a_list_of_the_citys_bodies():
    text = ("Sáng nay, Liên đoàn Lao động Thành phố Hồ Chí Minh, Công đoàn Viên chức Thành phố, "
            "Quận 3, 8, 10 cùng tặng quà cho công nhân.")
    got = names(text, None)
    assert "Liên đoàn Lao động quận 3" in got
    assert "Liên đoàn Lao động quận 8" in got
    assert "Liên đoàn Lao động quận 10" in got


def test_an_address_going_up_is_no_body():
    # "xã A, huyện B" is the commune's address: no district's committee
    text = "UBND xã Sơn Thịnh, huyện Văn Chấn tổ chức lễ ra quân."
    assert not any("Văn Chấn" in n and n.startswith("Ủy ban nhân dân huyện") for n in names(text))


def test_a_level_without_a_name_ends_the_list():
    text = "Hội LHPN tỉnh, các huyện, thị xã đã trao 200 suất quà."
    assert names(text) == ["Hội Liên hiệp Phụ nữ tỉnh Yên Bái"]
    text = "Hội Nông dân các cấp, các huyện tổ chức tập huấn."
    assert not any("huyện" in n for n in names(text))


def test_places_of_residence_or_scope_are_no_bodies():
    text = "Hội viên phụ nữ trên địa bàn huyện Lục Yên, xã Minh Xuân tham gia ngày hội."
    assert not any("Lục Yên" in n or "Minh Xuân" in n for n in names(text))
    text = "Hội LHPN tỉnh tổ chức hội thi tại huyện Lục Yên, xã Minh Xuân."
    assert names(text) == ["Hội Liên hiệp Phụ nữ tỉnh Yên Bái"]


def test_offices_of_a_person_and_a_list_of_party_and_state_bodies():
    text = "Ông Hoàng Văn Nam, Chủ tịch UBND huyện Lục Yên, xã Minh Xuân phát biểu."
    assert not any("Minh Xuân" in n for n in names(text))
    # the commune after "Huyện ủy, UBND huyện A": which body is not said
    text = "Lãnh đạo Huyện ủy, UBND huyện Lục Yên, xã Minh Xuân dự lễ khánh thành."
    assert not any("Minh Xuân" in n for n in names(text))


def test_a_list_after_a_national_body_or_a_non_body_noun():
    text = "Bộ Y tế, tỉnh Lào Cai và tỉnh Hà Giang ký kết hợp tác."
    assert not any(n.startswith("Bộ Y tế ") for n in names(text))
    text = "Năm nay các xã Minh Xuân, Khánh Hòa đạt chuẩn nông thôn mới."
    assert names(text) == []


def test_a_department_of_the_province_has_no_district_namesake():
    text = "Sở Y tế tỉnh, huyện Lục Yên kiểm tra an toàn thực phẩm."
    assert not any("Lục Yên" in n for n in names(text))


def test_a_number_with_a_measure_ends_the_list():
    text = "UBND Quận 3, 6 tháng đầu năm đã giải ngân hết vốn."
    assert not any(n.endswith("quận 6") for n in names(text, None))


def test_a_capitalised_word_after_the_place_is_a_name_going_on():
    text = "Hội LHPN tỉnh, huyện Lục Yên Nguyễn Thị Hoa phát biểu."
    assert not any("Lục Yên" in n for n in names(text))


def test_a_district_after_a_body_written_with_its_province_is_where_it_acts():
    text = "UBND tỉnh Yên Bái, huyện Lục Yên tổ chức lễ phát động."
    assert not any("Lục Yên" in n for n in names(text))


def test_places_of_the_same_level_after_a_body_with_its_place():
    text = "Hội Nông dân xã Minh Xuân và xã Khánh Hòa ký giao ước thi đua."
    assert names(text) == ["Hội Nông dân xã Minh Xuân", "Hội Nông dân xã Khánh Hòa"]


def test_a_bare_board_at_a_place_after_the_paragraphs_board_named_with_its_task():
    text = ("BCĐ Hiến máu tình nguyện tỉnh phối hợp BCĐ thị xã Nghĩa Lộ, các huyện Văn Chấn, "
            "Trạm Tấu và Trường Cao đẳng Yên Bái tổ chức ngày hội.")
    assert names(text)[:4] == [
        "Ban Chỉ đạo Hiến máu tình nguyện tỉnh Yên Bái",
        "Ban Chỉ đạo Hiến máu tình nguyện thị xã Nghĩa Lộ",
        "Ban Chỉ đạo Hiến máu tình nguyện huyện Văn Chấn",
        "Ban Chỉ đạo Hiến máu tình nguyện huyện Trạm Tấu",
    ]


def test_a_bare_board_with_no_one_board_named_before_is_not_named():
    text = ("BCĐ Hiến máu tình nguyện tỉnh và BCĐ Phòng chống thiên tai tỉnh phối hợp BCĐ huyện "
            "Văn Chấn tổ chức diễn tập.")
    assert not any("Văn Chấn" in n for n in names(text))
    text = "BCĐ huyện Văn Chấn, xã Sơn Thịnh tổ chức diễn tập."
    assert not any("Hiến máu" in n for n in names(text))


def test_a_body_without_its_place_and_its_places_in_brackets():
    text = "Huyện có 3 Hội Nông dân (xã Minh Xuân, xã Khánh Hòa và xã Tân Lĩnh) đạt danh hiệu."
    assert names(text) == ["Hội Nông dân xã Minh Xuân", "Hội Nông dân xã Khánh Hòa",
                           "Hội Nông dân xã Tân Lĩnh"]
    text = "Thị xã Nghĩa Lộ có 2 Hội Khuyến học cơ sở (phường Tân An và phường Pú Trạng) thí điểm."
    assert "Hội Khuyến học phường Pú Trạng" in names(text)


def test_a_bracket_holding_more_than_places_is_no_list():
    text = "Hội Nông dân (xã Minh Xuân, nơi có nhiều hộ nghèo) tổ chức tập huấn."
    assert not any("Minh Xuân" in n for n in names(text))


def test_names_listed_bare_after_a_neighbouring_countrys_unit():
    text = "Đoàn làm việc với Ủy ban chính quyền tỉnh Salavan, Champasak và Sekong về hợp tác."
    assert names(text, "baoquangtri.vn") == [
        "Ủy ban chính quyền tỉnh Salavan", "Ủy ban chính quyền tỉnh Champasak",
        "Ủy ban chính quyền tỉnh Sekong"]
    text = "Đoàn làm việc với Ủy ban chính quyền tỉnh Salavan và Nguyễn Văn Hùng, phó chủ tịch."
    assert names(text, "baoquangtri.vn") == ["Ủy ban chính quyền tỉnh Salavan"]


def test_the_reading_kept_at_the_bodys_end_names_the_places():
    text = "Văn phòng UBND tỉnh, huyện Lục Yên tổ chức hội nghị."
    assert names(text) == ["Văn phòng Ủy ban nhân dân tỉnh Yên Bái",
                           "Văn phòng Ủy ban nhân dân huyện Lục Yên"]


def test_numbers_listed_after_a_numbered_ward():
    assert names("UBND phường 5, 6 và 7 tổ chức ra quân.", None) == [
        "Ủy ban nhân dân phường 5", "Ủy ban nhân dân phường 6", "Ủy ban nhân dân phường 7"]
    assert names("UBND phường 5, 6 tháng đầu năm giải ngân hết vốn.", None) == [
        "Ủy ban nhân dân phường 5"]
