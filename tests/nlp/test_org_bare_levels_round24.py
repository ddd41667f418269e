"""A district's or commune's body written with its level only ("Huyện ủy", "HĐND huyện", "MTTQ
huyện", "UBND xã") whose place the paragraph writes later or in brackets, or the page address
names (round 24, fixer F34). Sentences written for these tests."""

from __future__ import annotations

from baochi.nlp import analyse

PUB = "2023-05-10T08:00:00+07:00"


def found(text: str, source: str | None = "baolaichau") -> list[tuple[str, str]]:
    return [(o.surface, o.name) for o in analyse(text, PUB, source).organisations]


def names(text: str, source: str | None = "baolaichau") -> list[str]:
    return [name for _surface, name in found(text, source)]


def test_one_persons_titles_take_the_place_written_after_the_last():
    # the paragraph names other districts too: the place is the one the titles write
    text = ("Dự buổi lễ có bà Lò Thị Hoa – Phó Bí thư Thường trực Huyện ủy, Chủ tịch HĐND huyện, "
            "Chủ tịch danh dự Hội Chữ thập đỏ huyện Than Uyên; ông Vàng A Sử – Phó Chủ tịch UBND "
            "tỉnh cùng đại diện Hội Chữ thập đỏ các huyện Sìn Hồ, Phong Thổ.")
    assert found(text)[:4] == [
        ("Huyện ủy", "Huyện ủy Than Uyên"),
        ("HĐND huyện", "Hội đồng nhân dân huyện Than Uyên"),
        ("Hội Chữ thập đỏ huyện Than Uyên", "Hội Chữ thập đỏ huyện Than Uyên"),
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh Lai Châu"),
    ]
    # a standing chair's title, then the commune's bodies; another commune named later
    text = ("Ông Lò Văn Páo, Bí thư Đảng ủy, Chủ tịch thường trực UBND xã, Chủ tịch Hội Cựu chiến "
            "binh xã Mường Kim cho biết xã đã giúp xã Phúc Than 20 tấn gạo.")
    assert "Ủy ban nhân dân xã Mường Kim" in names(text)


def test_a_chain_whose_place_opens_a_list_of_places_gives_none():
    # the last body's place is one of several districts: the bare levels take none of them
    text = ("Dự buổi lễ có bà Lò Thị Hoa – Phó Bí thư Huyện ủy, Chủ tịch HĐND huyện, Chủ tịch Hội "
            "Chữ thập đỏ huyện Than Uyên, huyện Tân Uyên.")
    got = names(text)
    assert "Huyện ủy Than Uyên" not in got
    assert "Hội đồng nhân dân huyện Than Uyên" not in got
    # another level's place is not the chain's
    text = "Ông Lò Văn Páo, Chủ tịch HĐND huyện, Chủ tịch Hội Nông dân xã Mường Kim dự lễ."
    assert "Hội đồng nhân dân huyện Mường Kim" not in names(text)


def test_a_title_chain_broken_by_another_person_is_no_chain():
    # the semicolon closes the first person's titles: the district named after the second
    # person's body is the one unit the paragraph names (the resolver's rule), not the chain's
    text = ("Ông Lò Văn Páo – Chủ tịch HĐND huyện; ông Vàng A Sử – Phó Chủ tịch UBND xã, Chủ tịch "
            "Hội Nông dân xã Mường Kim dự.")
    got = names(text)
    assert "Hội Nông dân xã Mường Kim" in got
    assert "Ủy ban nhân dân xã Mường Kim" in got


def test_a_unit_named_in_brackets_places_a_later_bare_level():
    text = ("Gia đình bà Lò Thị Hoa (bản Nà Khương, xã Mường Kim, huyện Than Uyên) được UBND xã "
            "hỗ trợ 40 triệu đồng làm nhà.")
    assert ("UBND xã", "Ủy ban nhân dân xã Mường Kim") in found(text)
    # the district too
    text = "Hộ ông Lò Văn Páo (huyện Than Uyên) được Hội Nông dân huyện hỗ trợ vốn."
    assert ("Hội Nông dân huyện", "Hội Nông dân huyện Than Uyên") in found(text)


def test_an_address_district_raised_since_keeps_the_level_written():
    # Kinh Môn was a district (huyện) before it became a town: a page whose headline opens with
    # it, on its province's paper, places a bare "MTTQ huyện" there
    text = "Năm 2011, MTTQ huyện dự kiến hỗ trợ xây mới 20 nhà đại đoàn kết cho hộ nghèo."
    for address in ("https://baohaiduong.vn/kinh-mon-ho-tro-xay-nha-123.html",
                    "https://baohaiduong.vn/huyen-kinh-mon-ho-tro-xay-nha-123.html"):
        assert names(text, address) == ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Kinh Môn"]
    # the town's body written as the town's is the town's, as before
    assert names("UBND thị xã hỗ trợ 20 nhà.",
                 "https://baohaiduong.vn/kinh-mon-ho-tro-xay-nha-123.html") \
        == ["Ủy ban nhân dân thị xã Kinh Môn"]


def test_an_address_district_raised_since_is_not_taken_against_the_text():
    text = "Năm 2011, MTTQ huyện dự kiến hỗ trợ xây mới 20 nhà đại đoàn kết cho hộ nghèo."
    # the address writes the town's level: a district's body is not the town's
    assert names(text, "https://baohaiduong.vn/thi-xa-kinh-mon-ho-tro-xay-nha-123.html") == []
    # the text names a district of its own: the address's town is no rival of it
    text = "Năm 2011, MTTQ huyện đã hỗ trợ nhân dân huyện Thanh Hà xây mới 20 nhà đại đoàn kết."
    assert "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Kinh Môn" not in names(
        text, "https://baohaiduong.vn/kinh-mon-ho-tro-xay-nha-123.html")
