"""Extraction health per source and the markup-drift check."""

from __future__ import annotations

from baochi.crawler.health import extraction_health, health_summary, layer_family, markup_drift


def records(n: int, body_layer: str, *, with_author: int | None = None, source: str = "baothanhhoa") -> list[dict]:
    out = []
    for i in range(n):
        out.append({
            "source_id": source, "title": "T", "lead": "L", "body": "B", "body_status": "ok",
            "author": "A" if with_author is None or i < with_author else None,
            "category": "Thời sự", "published_at": "2025-01-01T08:00:00+07:00",
            "extraction": {"title": "selector:h1", "lead": "metadata", "body": body_layer,
                           "author": "selector:.a", "category": "url", "published_at": "metadata:json-ld"},
        })
    return out


def test_shares_and_layer_mix() -> None:
    recs = records(19, "selector:.detail-content") + records(1, "fallback:trafilatura")
    recs[0]["body_status"] = "encoded"
    health = extraction_health(recs)["baothanhhoa"]
    assert health["articles"] == 20
    assert health["fields"]["body"] == 0.95 and health["fields"]["title"] == 1.0
    assert health["layers"]["body"] == {"selector": 0.9, "fallback": 0.05}
    assert layer_family("render+decoder:e1") == "render" and layer_family(None) == "missing"


def test_sharp_drop_is_drift_and_names_source_and_field() -> None:
    before = [extraction_health(records(40, "selector:.detail-content")) for _ in range(3)]
    now = extraction_health(records(36, "generic:paragraphs") + records(4, "selector:.detail-content"))
    assert markup_drift(now, before) == ["markup drift: baothanhhoa body from selector 100% → 10%"]
    lost = extraction_health(records(40, "selector:.x", with_author=4))
    assert markup_drift(lost, before) == ["markup drift: baothanhhoa author found in 100% → 10% of articles"]


def test_no_drift_when_steady_small_or_new() -> None:
    before = [extraction_health(records(40, "selector:.detail-content"))]
    assert markup_drift(extraction_health(records(40, "selector:.detail-content")), before) == []
    assert markup_drift(extraction_health(records(5, "generic:paragraphs")), before) == []
    assert markup_drift(extraction_health(records(40, "generic:paragraphs", source="baonew")), before) == []
    assert markup_drift(extraction_health(records(40, "generic:paragraphs")), []) == []


def test_summary_line() -> None:
    health = extraction_health(records(19, "selector:.detail-content") + records(1, "fallback:trafilatura"))
    line = health_summary(health["baothanhhoa"])
    assert line.startswith("title 100% (selector 100%) lead 100% (metadata 100%) body 100% (selector 95%, fallback 5%)")
