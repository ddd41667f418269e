"""Organisation forms of round 20 (2026-12-07). Sentences written for these tests."""

from __future__ import annotations

from baochi.nlp import analyse

PUB = "2021-06-10T08:00:00+07:00"


def found(text: str, source: str | None = "baoyenbai") -> list[tuple[str, str]]:
    return [(o.surface, o.name) for o in analyse(text, PUB, source).organisations]


def test_the_womens_union_by_its_three_letters():
    # "HPN" is written for the Women's Union as "HND" is for the Farmers' Union
    assert found("Bà Lò Thị Hoa, Chủ tịch HPN xã Hưng Khánh cho biết chị em đã góp 20 triệu đồng.") \
        == [("HPN xã Hưng Khánh", "Hội Liên hiệp Phụ nữ xã Hưng Khánh")]
    # a bare level with no place named anywhere is left out, as any bare level is
    assert found("HPN huyện đã trao 30 suất quà cho hội viên nghèo.", source=None) == []
