"""Pages typed with look-alike letters (an Icelandic eth "Ð" for "Đ", as legacy-encoding
conversions leave it) are read as Vietnamese, and their surfaces stay as written."""

from __future__ import annotations

import pytest
from baochi.nlp import analyse
from baochi.nlp.normalise import key, reading_form, slug

SENTENCES = [
    "Sáng 12-3, Ban Thường vụ Tỉnh đoàn Đắk Lắk phát động phong trào “Tuổi trẻ sáng tạo” năm 2024.",
    "Đảng ủy xã Đông Hòa và Hội Liên hiệp Phụ nữ huyện Cờ Đỏ tổng kết cuộc vận động “Toàn dân "
    "đoàn kết xây dựng nông thôn mới, đô thị văn minh” ngày 20/11/2023.",
    "Ngày 5/9, Đoàn Thanh niên Cộng sản Hồ Chí Minh thành phố Đà Nẵng ra quân Chiến dịch "
    "“Mùa hè xanh” với hơn 2.000 đoàn viên.",
]


def _eth(text: str) -> str:
    return text.replace("Đ", "\u00d0").replace("đ", "\u00f0")


def _read(result, kind: str) -> list[tuple]:
    out = []
    for m in getattr(result, kind):
        d = m.to_dict()
        d.pop("surface")
        out.append(tuple(sorted((k, str(v)) for k, v in d.items())))
    return out


@pytest.mark.parametrize("sentence", SENTENCES)
def test_an_eth_page_reads_as_the_same_page_with_its_surfaces_as_written(sentence):
    plain, typed = analyse(sentence, "2024-03-12"), analyse(_eth(sentence), "2024-03-12")
    assert plain.organisations or plain.campaigns  # the sentence does hold mentions
    for kind in ("campaigns", "organisations", "dates", "honours", "documents"):
        assert _read(typed, kind) == _read(plain, kind), kind
        for m in getattr(typed, kind):
            assert m.surface == _eth(sentence)[m.start:m.end]
    assert typed.province == plain.province


def test_the_comparison_key_and_id_read_the_look_alikes():
    assert key("huyện Cờ \u00d0ỏ") == key("Huyện Cờ Đỏ")
    assert slug("\u00d0oàn Thanh niên") == slug("Đoàn Thanh niên") == "doan-thanh-nien"
    assert key("\u0189ảng") == key("đảng")


def test_the_reading_keeps_length_and_the_text_itself_when_nothing_looks_alike():
    text = "Ðảng bộ xã ðã"
    assert reading_form(text) == "Đảng bộ xã đã" and len(reading_form(text)) == len(text)
    plain = "Đảng bộ xã đã"
    assert reading_form(plain) is plain


def test_a_level_written_with_dotted_initials_reads_as_its_short_form():
    text = "Hội Cựu chiến binh T.P Sông Công và Hội Nông dân T.X Phổ Yên trao quà."
    assert len(reading_form(text)) == len(text)
    rows = [(o.surface, o.name) for o in analyse(text, "2019-05-02", "baothainguyen").organisations]
    assert rows == [("Hội Cựu chiến binh T.P Sông Công", "Hội Cựu chiến binh thành phố Sông Công"),
                    ("Hội Nông dân T.X Phổ Yên", "Hội Nông dân thị xã Phổ Yên")]
    # a person's initial before a name is no level
    assert reading_form("Ông Nguyễn Văn T. Phong phát biểu.") == "Ông Nguyễn Văn T. Phong phát biểu."


def test_an_apostrophe_inside_a_highlands_name_however_typed():
    # "’" or "'", the letter after it in either case: one place, one comparison key
    assert key("Huyện đoàn M’Đrắk") == key("Huyện Đoàn M'Đrắk")
    assert key("Đắk R’lấp") == key("Đắk R'Lấp")
    assert key("‘Tuổi trẻ’ sáng tạo") == key("Tuổi trẻ sáng tạo")  # quotes still dropped
    for text in ("Huyện đoàn Đắk R’lấp tổ chức hội trại.", "UBND huyện Đắk R'lấp trao quà."):
        found = analyse(text, "2019-05-02", "baodaknong").organisations
        assert len(found) == 1 and key(found[0].name).endswith("đắk r'lấp")
        assert found[0].surface == text[found[0].start:found[0].end]
