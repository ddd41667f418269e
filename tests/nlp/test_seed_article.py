"""The seed article (reference/seed-article.md) yields exactly what that page lists."""

from __future__ import annotations

from collections import Counter

import pytest
from baochi.nlp import analyse, nfc, slug

PUBLISHED = "2020-07-10T08:00:00+07:00"


@pytest.fixture(scope="module")
def result(seed_text):
    return analyse(seed_text, PUBLISHED, "baothanhhoa")


def test_exactly_the_four_campaigns(result):
    names = [c.name for c in result.campaigns]
    assert names == [
        "Chung sức xây dựng nông thôn mới",
        "Doanh nghiệp Việt Nam hội nhập và phát triển",
        "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
        "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
    ]
    assert {c.kind for c in result.campaigns} == {"phong trào thi đua"}
    comma_form = result.campaigns[2]
    assert comma_form.surface == "Cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau"
    assert comma_form.campaign_id == slug(
        "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"
    )


def test_traps_are_not_campaigns(result):
    surfaces = " | ".join(c.surface for c in result.campaigns)
    assert "Bà Mẹ" not in surfaces
    assert "Đẩy mạnh học tập" not in surfaces
    assert "thường xuyên" not in surfaces and "sôi nổi" not in surfaces


def test_honours_and_document(result):
    assert [h.name for h in result.honours] == ["Bà Mẹ Việt Nam Anh hùng", "Huân chương Độc lập"]
    assert [h.surface for h in result.honours] == ["Bà Mẹ Việt Nam Anh hùng", "Huân chương độc lập"]
    (doc,) = result.documents
    assert doc.kind == "chỉ thị"
    assert doc.number == "05"
    assert doc.issuer == "Bộ Chính trị"
    assert doc.subject == "Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"


def test_organisations(result):
    scored = [o for o in result.organisations if o.name != "Trung ương"]
    counts = Counter(o.name for o in scored)
    assert counts == {"Ban Thi đua - Khen thưởng tỉnh Thanh Hóa": 4, "Bộ Chính trị": 1}
    ban = [o for o in scored if o.acronym == "TĐKT"]
    assert [o.surface for o in ban] == [
        "Ban Thi đua - Khen thưởng (TĐKT) tỉnh Thanh Hóa", "Ban TĐKT tỉnh", "Ban TĐKT tỉnh",
        "Ban TĐKT tỉnh",
    ]
    assert {o.province for o in ban} == {"Thanh Hóa"}
    assert {o.organisation_id for o in ban} == {"ban-thi-dua-khen-thuong-tinh-thanh-hoa"}


def test_activity_tdkt_is_not_an_organisation(result, seed_text):
    text = nfc(seed_text)
    for o in result.organisations:
        assert text[o.start:o.end].startswith(("Ban", "Bộ"))


def test_dates(result):
    got = [(d.surface, d.date_start, d.date_end, d.granularity, d.part_of_day) for d in result.dates]
    assert got == [
        ("Chiều 9-7", "2020-07-09", "2020-07-09", "day", "chiều"),
        ("6 tháng đầu năm", "2020-01-01", "2020-06-30", "half", None),
        ("6 tháng cuối năm 2020", "2020-07-01", "2020-12-31", "half", None),
        ("6 tháng đầu năm 2020", "2020-01-01", "2020-06-30", "half", None),
        ("6 tháng cuối năm", "2020-07-01", "2020-12-31", "half", None),
    ]


def test_offsets_and_sentences(result, seed_text):
    text = nfc(seed_text)
    for group in (result.campaigns, result.organisations, result.dates, result.honours,
                  result.documents):
        for m in group:
            assert text[m.start:m.end] == m.surface
            assert m.sentence >= 0
    # the four campaigns are in one sentence, the document in a later one
    assert len({c.sentence for c in result.campaigns}) == 1
    assert result.documents[0].sentence > result.campaigns[0].sentence


def test_per_field_analysis_gives_the_same_campaigns(seed_text):
    paragraphs = [p for p in seed_text.split("\n") if p.strip()]
    title, lead, body = paragraphs[0], paragraphs[1], "\n".join(paragraphs[2:])
    names = []
    for field in (title, lead, body):
        names += [c.campaign_id for c in analyse(field, PUBLISHED, "baothanhhoa").campaigns]
    whole = [c.campaign_id for c in analyse(seed_text, PUBLISHED, "baothanhhoa").campaigns]
    assert names == whole
