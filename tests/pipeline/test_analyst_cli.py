"""Issue 17 as an analyst meets it: honest filters, comparison, search, profile pages, Excel
and BOM, one-line errors — the CLI as a subprocess on the hand-made warehouse (known numbers)."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
from pathlib import Path

import duckdb
import pytest

from tests.pipeline.analytics_support import baochi, tiny_warehouse


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    db = tiny_warehouse(tmp_path_factory.mktemp("tiny") / "baochi.duckdb")
    con = duckdb.connect(str(db))  # a registered paper never crawled
    con.execute("INSERT INTO sources VALUES ('othernews', 'Other News', 'Nghệ An', 'http://127.0.0.1')")
    con.close()
    return db


def run(tiny: Path, *args: str):
    return baochi(*args, "--db", str(tiny), env={**os.environ, "COLUMNS": "200"})


def test_wrong_source_is_an_error_not_an_empty_table(tiny: Path) -> None:
    typo = run(tiny, "trends", "--source", "papr")
    assert typo.returncode == 2 and typo.stdout == ""
    assert "unknown source 'papr'" in typo.stderr and "did you mean paper" in typo.stderr
    assert len(typo.stderr.strip().splitlines()) == 1
    case = run(tiny, "trends", "--source", "PAPER", "--format", "csv")
    assert case.returncode == 0 and "'PAPER' is paper" in case.stderr and case.stdout.count("\n") == 7
    never = run(tiny, "trends", "--source", "othernews")
    assert never.returncode == 1 and "registered but has no articles yet" in never.stderr


def test_match_resolves_acronyms_accents_and_says_what_it_matched(tiny: Path) -> None:
    acronym = run(tiny, "trends", "organisations", "--match", "ĐTN", "--by", "year", "--format", "json")
    assert acronym.returncode == 0, acronym.stderr
    assert "matched 1 organisation: Đoàn Thanh niên" in acronym.stderr
    assert [r["articles"] for r in json.loads(acronym.stdout)] == [2]
    nothing = run(tiny, "trends", "--match", "zzz")
    assert nothing.returncode == 1 and nothing.stdout == ""
    assert nothing.stderr.strip().count("\n") == 0 and "no campaign in the warehouse matches 'zzz'" in nothing.stderr


def test_two_campaigns_side_by_side_with_share(tiny: Path) -> None:
    done = run(tiny, "trends", "--match", "xanh sach dep", "--match", "DUONG", "--by", "quarter", "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [(r["campaign_id"], r["articles"], r["articles_in_period"]) for r in rows] == [
        ("green", "3", "6"), ("roads", "1", "6")]
    assert float(rows[0]["share_of_articles"]) == pytest.approx(0.5)
    table = run(tiny, "trends", "--match", "xanh", "--match", "duong", "--by", "quarter")
    header = table.stdout.splitlines()[1]
    assert "Xanh sạch đẹp" in header and "Đường đẹp" in header and "3 (50%)" in table.stdout


def test_since_until_count_only_days_inside_and_mark_partial(tiny: Path) -> None:
    done = run(tiny, "trends", "--since", "2024-01-10", "--until", "2024-03-05", "--by", "month", "--format", "json")
    assert done.returncode == 0, done.stderr
    got = [(r["period_start"], r["campaign_id"], r["articles"], r["articles_in_period"], r["partial"])
           for r in json.loads(done.stdout)]
    assert got == [  # January counts Jan 20 and Jan 31 only; March only March 1st
        ("2024-01-01", "green", 1, 2, True), ("2024-01-01", "roads", 1, 2, True),
        ("2024-02-01", "green", 0, 0, False), ("2024-02-01", "roads", 0, 0, False),
        ("2024-03-01", "green", 0, 1, True), ("2024-03-01", "roads", 0, 1, True),
    ]
    empty = run(tiny, "trends", "--since", "2030-01-01", "--until", "2030-02-01")
    assert empty.returncode == 1 and "no dated article in the range" in empty.stderr


def test_by_source_splits_by_paper(tiny: Path) -> None:
    done = run(tiny, "trends", "--by-source", "--by", "year", "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert {r["source_id"] for r in rows} == {"paper"} and rows[0]["articles"] == "3"


def test_articles_keyword_campaign_and_formats(tiny: Path, tmp_path: Path) -> None:
    either = run(tiny, "articles", '"title 3" OR "TITLE 5"', "--format", "json")
    assert either.returncode == 0, either.stderr
    rows = json.loads(either.stdout)
    assert [r["article_id"] for r in rows] == ["paper:5", "paper:3"]
    assert rows[0]["published_at"] == "2024-03-10T09:00:00+07:00" and rows[0]["url"] == "http://127.0.0.1/5.htm"
    assert "“title 5”" in rows[0]["matched"].lower()
    excluded = run(tiny, "articles", "title", "NOT", "3", "--format", "csv")
    assert excluded.returncode == 0 and "paper:3" not in excluded.stdout and excluded.stdout.count("paper:") == 6
    green = run(tiny, "articles", "--campaign", "xanh sạch", "--until", "2024-01-31", "--format", "csv")
    assert green.returncode == 0, green.stderr
    lines = list(csv.DictReader(io.StringIO(green.stdout)))
    assert [r["article_id"] for r in lines] == ["paper:2", "paper:1"]
    assert "Xanh sạch đẹp ← “phong trào Xanh sạch đẹp”" in lines[0]["matched"]
    none = run(tiny, "articles", "nothing-like-this")
    assert none.returncode == 1 and none.stdout == "" and "no article matches" in none.stderr


def test_articles_as_excel_parquet_and_csv(tiny: Path, tmp_path: Path) -> None:
    for fmt in ("xlsx", "parquet", "csv"):
        target = tmp_path / f"found.{fmt}"
        assert run(tiny, "articles", "--campaign", "green", "--format", fmt, "--out", str(target)).returncode == 0
    import openpyxl

    sheet = openpyxl.load_workbook(tmp_path / "found.xlsx").active
    assert [c.value for c in sheet[1]][:4] == ["published_at", "source_id", "title", "url"]
    assert str(sheet["A2"].value) == "2024-03-10 09:00:00"  # local time, not UTC
    assert (tmp_path / "found.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_campaign_and_organisation_pages(tiny: Path) -> None:
    page = run(tiny, "campaign", "xanh sach dep")
    assert page.returncode == 0, page.stderr
    for expected in ("Xanh sạch đẹp", "4 articles", "2024-01", "Đoàn Thanh niên", "http://127.0.0.1/5.htm"):
        assert expected in page.stdout, expected
    data = json.loads(run(tiny, "organisation", "ĐTN", "--format", "json").stdout)
    assert data["summary"]["articles"] == 2 and data["summary"]["first_seen_at"].endswith("+07:00")
    assert {r["campaign_name"] for r in data["with"]} == {"Xanh sạch đẹp", "Đường đẹp"}
    unknown = run(tiny, "campaign", "no such thing")
    assert unknown.returncode == 1 and "no campaign in the warehouse matches" in unknown.stderr


def test_csv_bom_by_default_for_files_only(tiny: Path, tmp_path: Path) -> None:
    with_bom, without = tmp_path / "a.csv", tmp_path / "b.csv"
    assert run(tiny, "trends", "--format", "csv", "--out", str(with_bom)).returncode == 0
    assert run(tiny, "trends", "--format", "csv", "--out", str(without), "--no-bom").returncode == 0
    assert with_bom.read_bytes().startswith(b"\xef\xbb\xbfperiod_start,")
    assert without.read_bytes().startswith(b"period_start,")
    assert not run(tiny, "trends", "--format", "csv").stdout.startswith("\ufeff")
    assert run(tiny, "trends", "--format", "xlsx").returncode == 2


def test_sql_error_keeps_duckdbs_hint(tiny: Path) -> None:
    done = run(tiny, "sql", "SELECT * FROM campaign_timelin")
    assert done.returncode == 2 and "Did you mean" in done.stderr and "campaign_timeline" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_export_xlsx_local_times_and_progress(tiny: Path, tmp_path: Path) -> None:
    from baochi.pipeline.warehouse.export import export_relation

    copy = tmp_path / "db" / "baochi.duckdb"
    copy.parent.mkdir()
    shutil.copyfile(tiny, copy)
    con = duckdb.connect(str(copy), read_only=True)
    seen: list[tuple[int, int]] = []
    try:
        done = export_relation(con, "articles", "json", tmp_path / "a.jsonl", progress=lambda d, t: seen.append((d, t)))
        export_relation(con, "articles", "xlsx", tmp_path / "a.xlsx")
    finally:
        con.close()
    assert done["rows"] == 7 and seen[0] == (0, 7) and seen[-1] == (7, 7)
    first = json.loads((tmp_path / "a.jsonl").read_text("utf-8").splitlines()[0])
    assert first["published_at"].endswith("+07:00")
    typo = baochi("export", "campaign_timelin", "--format", "csv", "--out", str(tmp_path / "x.csv"), "--db", str(copy))
    assert typo.returncode == 2 and "did you mean campaign_timeline" in typo.stderr
