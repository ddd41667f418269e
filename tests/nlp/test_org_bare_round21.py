"""Bodies written bare after their full name (round 21, 2026-12-07): a lone "Hội" after the
one association of the paragraph, and more. Sentences written for these tests."""

from __future__ import annotations

from baochi.nlp import analyse

PUB = "2023-05-10T08:00:00+07:00"


def found(text: str, source: str | None = "baoyenbai") -> list[tuple[str, str]]:
    return [(o.surface, o.name) for o in analyse(text, PUB, source).organisations]


def lone(text: str, source: str | None = "baoyenbai") -> list[str]:
    return [name for surface, name in found(text, source) if surface == "Hội"]


FARMERS = "Hội Nông dân xã Minh Quân"


def test_a_lone_association_at_a_sentences_start_is_the_one_named_before():
    text = ("Năm qua, Hội Nông dân xã Minh Quân có nhiều đổi mới. Hội đã thành lập ba tổ hợp tác "
            "trồng chè và vận động hội viên góp vốn.")
    assert lone(text) == [FARMERS]
    # after a clause's comma, before an adverb
    text = ("Hội Nông dân xã Minh Quân tổ chức hội thi. Bên cạnh đó, Hội còn trao 20 suất quà "
            "cho hội viên nghèo.")
    assert lone(text) == [FARMERS]


def test_a_lone_association_as_a_party_after_a_function_word():
    text = ("Hội Nông dân xã Minh Quân vừa nhận cờ thi đua, ghi nhận sự đóng góp của các chi hội "
            "vào sự phát triển của Hội.")
    assert lone(text) == [FARMERS]
    text = "Hội Nông dân xã Minh Quân đã tổng kết các mô hình do Hội phát động trong năm."
    assert lone(text) == [FARMERS]
    # after a chair's title, before the chair's words
    text = ("Hội Nông dân xã Minh Quân vừa tổng kết năm 2023. Ông Lò Văn Páo, Chủ tịch Hội cho "
            "biết hội viên đã góp 2 tỷ đồng.")
    assert lone(text) == [FARMERS]


def test_no_lone_association_before_the_full_name_or_without_one():
    # before the full name: the organisation at large, not labelled
    assert lone("Hội đã vận động hội viên góp vốn. Hội Nông dân xã Minh Quân cho biết …") == []
    # no association named in full
    assert lone("Năm qua, Hội đã vận động hội viên góp 50 triệu đồng làm đường.") == []


def test_no_lone_association_when_two_share_the_bare_form():
    text = ("Hội Nông dân xã Minh Quân phối hợp với Hội LHPN xã Minh Quân tổ chức tập huấn. Hội "
            "đã mời cán bộ kỹ thuật hướng dẫn.")
    assert lone(text) == []
    # a grouping of associations the paragraph writes: no one reading
    text = ("Hội Nông dân xã Minh Quân và các cấp Hội Phụ nữ huyện Trấn Yên tổ chức tập huấn. Hội "
            "đã mời cán bộ kỹ thuật hướng dẫn.")
    assert lone(text) == []


def test_no_lone_association_inside_a_word_a_grouping_or_an_activity():
    text = ("Hội Nông dân xã Minh Quân tổ chức Hội nghị tổng kết công tác Hội năm 2023; các cấp "
            "Hội đã vận động hội viên tham gia, góp phần xây dựng tổ chức Hội vững mạnh.")
    assert lone(text) == []
    text = ("Hội Nông dân xã Minh Quân tổ chức Hội thảo về chuyển đổi số. Cán bộ Đoàn, Hội, Đội "
            "cùng tham dự; cán bộ Hội được tập huấn.")
    assert lone(text) == []
    # the name run on in lower case: a body of its own, not the one named before
    text = ("Hội Nông dân xã Minh Quân vừa tổng kết. Hội nông dân các cấp đã đóng góp 2 tỷ đồng.")
    assert lone(text) == []


def test_a_city_written_by_its_initials_is_the_one_place_of_the_province():
    text = "Sáng 14-5, Hội LHPN TP.TDM tổ chức đối thoại giữa lãnh đạo Thành ủy TDM với hội viên."
    assert found(text, "https://baobinhduong.vn/xa-hoi/doi-thoai") == [
        ("Hội LHPN TP.TDM", "Hội Liên hiệp Phụ nữ thành phố Thủ Dầu Một"),
        ("Thành ủy TDM", "Thành ủy Thủ Dầu Một")]
    # on another province's paper: only when the paragraph names the place in full
    assert found("Hội LHPN TP.TDM tổ chức đối thoại với hội viên.") == [
        ("Hội LHPN TP.TDM", "Hội Liên hiệp Phụ nữ thành phố TDM")]
    assert found("Đoàn công tác thăm thành phố Thủ Dầu Một. Hội LHPN TP.TDM đã tặng quà.")[-1] \
        == ("Hội LHPN TP.TDM", "Hội Liên hiệp Phụ nữ thành phố Thủ Dầu Một")
    # two places of the province share the initials (Yên Bái, Yên Bình): left as written
    assert found("Hội LHPN TP.YB tổ chức đối thoại với lãnh đạo Thành ủy YB.") == [
        ("Hội LHPN TP.YB", "Hội Liên hiệp Phụ nữ thành phố YB"), ("Thành ủy YB", "Thành ủy YB")]


def test_a_bare_level_inside_quoted_speech_is_a_mention():
    # a quoted passage of sentences is someone's words, not a title: its bare level takes the
    # one commune the paragraph names, as outside quotes
    text = ("Chị Lò Thị Mai cho biết: “Các hội viên được hỗ trợ đều do chi hội bình xét. Kinh phí "
            "do Hội LHPN xã vận động nhà hảo tâm.” Chị Mai là Chủ tịch Hội LHPN xã Minh Quân.")
    assert found(text) == [("Hội LHPN xã", "Hội Liên hiệp Phụ nữ xã Minh Quân"),
                           ("Hội LHPN xã Minh Quân", "Hội Liên hiệp Phụ nữ xã Minh Quân")]
    # a quoted title stays a title
    assert found("Xã Minh Quân phát động cuộc thi “Tìm hiểu về Hội LHPN xã” năm 2023.") == []


def test_a_bare_level_before_a_persons_name_of_four_syllables():
    # the title stands far before the level, the holder's name has four syllables: the body is
    # the bare level's, its place the one the paper or the paragraph gives
    text = ("Dự lễ có bà Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam huyện Trần Thị Ngọc Ánh. "
            "Huyện Trấn Yên có 20 xã.")
    assert found(text) == [("Ủy ban MTTQ Việt Nam huyện",
                            "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Trấn Yên")]
    # a commune named like a person stays the commune
    text = "Ông Phó Chủ tịch Thường trực UBND phường Lê Hồng Phong cho biết phường có 5 tổ dân phố."
    assert [name for _s, name in found(text)] == ["Ủy ban nhân dân phường Lê Hồng Phong"]


def test_a_district_written_bare_takes_the_level_the_paragraph_writes_for_it():
    # a text of the years before the district became a town writes its level itself
    quang_nam = "https://baoquangnam.vn/xa-hoi/trao-bo-giong"
    text = "Hội Nông dân Điện Bàn vừa trao 30 con bò giống cho hội viên nghèo của huyện Điện Bàn."
    assert found(text, quang_nam) == [("Hội Nông dân Điện Bàn", "Hội Nông dân huyện Điện Bàn")]
    # written nowhere, or with two levels: the gazetteer's level
    assert found("Hội Nông dân Điện Bàn vừa trao 30 con bò giống cho hội viên nghèo.",
                 quang_nam) == [("Hội Nông dân Điện Bàn", "Hội Nông dân thị xã Điện Bàn")]


def test_a_districts_association_written_huyen_hoi_after_its_abbreviated_name():
    # the association first read twice (spelt out and as written) is still one association
    text = ("Hội LHPN huyện Trấn Yên tặng 40 suất quà cho trẻ em mồ côi do Huyện Hội nhận đỡ đầu.")
    assert found(text)[-1] == ("Huyện Hội", "Hội Liên hiệp Phụ nữ huyện Trấn Yên")
    # two districts' associations before it: no one reading
    text = ("Hội LHPN huyện Trấn Yên và Hội Nông dân huyện Văn Yên trao quà; Huyện Hội cũng hỗ trợ.")
    assert [s for s, _n in found(text)] == ["Hội LHPN huyện Trấn Yên", "Hội Nông dân huyện Văn Yên"]


def test_a_branch_of_a_khu_vuc_quarter_with_its_ward_written_after_it():
    # the delta's wards are divided into "khu vực" as others' into "khu phố"
    text = ("Bà Lê Thị Hoa được bầu làm Chi hội trưởng Chi hội Phụ nữ khu vực Bình An, phường "
            "Vĩnh Phú, thị xã Long Mỹ.")
    assert found(text, "https://baohaugiang.com.vn/hoat-dong/chi-hoi") == [
        ("Chi hội Phụ nữ khu vực Bình An", "Chi hội Phụ nữ khu vực Bình An phường Vĩnh Phú")]
    # "khu vực" after another word is the common noun
    assert found("Hội viên khu vực Bình An đã góp 5 triệu đồng.",
                 "https://baohaugiang.com.vn/hoat-dong/chi-hoi") == []


def test_a_party_cell_named_by_its_secretarys_title_before_a_verb_of_saying():
    text = "Về thôn Khe Lóng, xã Minh Quân, ông Lò Văn Páo, Bí thư Chi bộ cho biết thôn có 120 hộ."
    assert found(text) == [("Chi bộ", "Chi bộ thôn Khe Lóng xã Minh Quân")]
    # a cell named after its own unit is that unit's; with no hamlet named, nothing
    text = ("Về thôn Khe Lóng, xã Minh Quân, ông Lò Văn Páo, Bí thư Chi bộ Công ty Chè Minh Quân "
            "cho biết thôn có 120 hộ.")
    assert [n for _s, n in found(text)] == ["Chi bộ Công ty Chè Minh Quân"]
    assert found("Ông Lò Văn Páo, Bí thư Chi bộ cho biết chi bộ có 30 đảng viên.") == []


def test_a_club_written_again_by_its_other_head():
    text = "Câu lạc bộ Võ thuật xã Minh Quân ra mắt năm 2020. Đến nay, CLB đã có 40 hội viên."
    assert found(text)[-1] == ("CLB", "Câu lạc bộ Võ thuật xã Minh Quân")
    # two clubs with a level: the bare head names neither
    text = ("Câu lạc bộ Võ thuật xã Minh Quân và CLB Dưỡng sinh xã Minh Quân ra mắt. Đến nay, "
            "CLB đã có 40 hội viên.")
    assert [s for s, _n in found(text)] == ["Câu lạc bộ Võ thuật xã Minh Quân",
                                            "CLB Dưỡng sinh xã Minh Quân"]


def test_a_bare_communes_body_takes_the_commune_the_headline_writes_without_its_level():
    text = "Chị Mai cho biết nhờ Hội phụ nữ xã giúp vay vốn, gia đình chị đã nuôi thêm 200 con gà."
    page = "https://baoyenbai.com.vn/12/300001/Phu-nu-Che-Cu-Nha-nuoi-ga-den.aspx"
    assert found(text, page) == [("Hội phụ nữ xã", "Hội Liên hiệp Phụ nữ xã Chế Cu Nha")]
    # a headline naming no commune of the province: the bare level is left out
    page = "https://baoyenbai.com.vn/12/300001/Phu-nu-vung-cao-nuoi-ga-den.aspx"
    assert found(text, page) == []


def test_a_guild_hall_written_again_by_its_head():
    page = "https://baodongthap.vn/xa-hoi/hoi-quan"
    text = "Hội quán Nông dân ấp Tân Lợi được thành lập năm 2020. Hội quán đã tổ chức 12 buổi sinh hoạt."
    assert found(text, page)[-1] == ("Hội quán", "Hội quán Nông dân ấp Tân Lợi")
    # two halls: neither; a hall's model ("Mô hình Hội quán"): no actor
    text = ("Hội quán Nông dân ấp Tân Lợi và Hội quán Phụ nữ ấp Phú Hòa ra mắt. Hội quán đã tổ "
            "chức 12 buổi sinh hoạt.")
    assert [s for s, _n in found(text, page)] == ["Hội quán Nông dân ấp Tân Lợi",
                                                  "Hội quán Phụ nữ ấp Phú Hòa"]
    text = "Hội quán Nông dân ấp Tân Lợi ra mắt năm 2020. Mô hình Hội quán đã được nhân rộng."
    assert [s for s, _n in found(text, page)] == ["Hội quán Nông dân ấp Tân Lợi"]
