"""`baochi catalogue candidates` on a real warehouse file, run as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from baochi import nlp
from baochi.pipeline.warehouse.connect import connect

BAOCHI = Path(sys.executable).parent / "baochi"

ARTICLES = [
    ("baohatinh:1", "2024-03-02 08:00:00+07",
     "Hội phát động phong trào “Vườn cây nghĩa tình”.",
     "Hội Người khuyết tật huyện Can Lộc phối hợp với UBND tỉnh tặng quà."),
    ("baohatinh:2", "2024-04-10 08:00:00+07",
     "Xã hưởng ứng phong trào “Vườn cây nghĩa tình”.",
     "Phong trào “Dân vận khéo” lan tỏa; Hội Người khuyết tật huyện Can Lộc ra mắt."),
    ("baohatinh:3", "2023-01-05 08:00:00+07",
     "Chiến dịch “Ánh sáng làng quê” khởi động.", "UBND tỉnh chỉ đạo."),
]


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("wh") / "baochi.duckdb"
    con = connect(db)
    try:
        con.execute("INSERT INTO sources (source_id, name, province, base_url) VALUES "
                    "('baohatinh', 'Báo Hà Tĩnh', 'Hà Tĩnh', 'http://127.0.0.1/')")
        for aid, published, title, body in ARTICLES:
            con.execute(
                "INSERT INTO articles (article_id, source_id, source_article_id, url, title, body,"
                " published_at, body_status, content_hash, first_seen_at, fetched_at)"
                " VALUES (?, 'baohatinh', ?, ?, ?, ?, ?::TIMESTAMPTZ, 'ok', ?, now(), now())",
                [aid, aid.split(":")[1], f"http://127.0.0.1/{aid}", title, body, published, aid])
    finally:
        con.close()
    return db


def run(db: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(BAOCHI), "catalogue", "candidates", "--db", str(db), *args],
                          capture_output=True, text=True, timeout=120)


def test_unplaced_names_are_exposed_outside_the_analyse_contract():
    a = nlp.analyse("Hội phát động phong trào “Vườn cây nghĩa tình”.", None, "baohatinh")
    assert [(u.kind, u.name) for u in a.unplaced] == [("campaign", "Vườn cây nghĩa tình")]
    assert "unplaced" not in a.to_dict()
    # a catalogued name is placed
    assert nlp.analyse("Phong trào “Dân vận khéo” lan tỏa.").unplaced == ()


def test_counts_and_example_articles(warehouse):
    r = run(warehouse, "--format", "json")
    assert r.returncode == 0, r.stderr
    rows = {(x["kind"], x["name"]): x for x in json.loads(r.stdout)}
    camp = rows[("campaign", "Vườn cây nghĩa tình")]
    assert (camp["mentions"], camp["articles"]) == (2, 2)
    assert set(camp["example_articles"].split()) == {"baohatinh:1", "baohatinh:2"}
    body = rows[("organisation", "Hội Người khuyết tật huyện Can Lộc")]
    assert body["articles"] == 2
    assert ("campaign", "Dân vận khéo") not in rows
    assert "3 articles read" in r.stderr


def test_since_and_kind_filter(warehouse):
    r = run(warehouse, "--format", "json", "--since", "2024-01-01", "--kind", "campaign")
    names = [x["name"] for x in json.loads(r.stdout)]
    assert names == ["Vườn cây nghĩa tình"]  # "Ánh sáng làng quê" is from 2023


def test_nothing_to_list_is_exit_1_and_bad_kind_exit_2(warehouse, tmp_path):
    assert run(warehouse, "--since", "2030-01-01").returncode == 1
    assert run(warehouse, "--kind", "people").returncode == 2
    assert run(tmp_path / "none.duckdb").returncode == 3
