"""Docs that cannot drift: every analyst command written in README.md and docs/analytics.md
runs, as written, against the demo warehouse, and its output is checked (shape and a known
value). A command added to the docs without a check here fails `test_every_documented_command_is_checked`.

Known values are chosen to hold whatever the NLP version: article totals per period (the demo
site is generated from a fixed seed), names from the catalogues, row counts of the exports.
The Python snippets run too, and the pandas one must give local (Asia/Ho_Chi_Minh) instants.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO
from tests.pipeline.analytics_support import demo_warehouse

pytestmark = pytest.mark.slow  # about 40 commands, a CLI process each

DOCS = ("README.md", "docs/analytics.md")
ANALYST = {"trends", "sql", "export", "report", "articles", "campaign", "organisation", "notebooks"}


def documented_commands() -> list[list[str]]:
    """Each analyst command of the docs as its argument words, without the `baochi` itself."""
    found: list[list[str]] = []
    for doc in DOCS:
        for block in re.findall(r"```sh\n(.*?)```", (REPO / doc).read_text("utf-8"), re.S):
            for line in re.sub(r"\\\n\s*", " ", block).splitlines():  # continuation lines joined
                match = re.match(r"\s*(?:\.venv/bin/)?baochi\s+(\S+)", line)
                if not match or match.group(1) not in ANALYST:
                    continue
                words = shlex.split(line, comments=True)
                if len(words) > 1 and words[1] in ANALYST and words[1:] not in found:
                    found.append(words[1:])
    return found


def _csv(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "CSV files get a BOM"
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))


def _xlsx_header(path: Path) -> list:
    import openpyxl

    return [c.value for c in openpyxl.load_workbook(path).active[1]]


Check = Callable[[str, str, Path], None]


def _has(*texts: str) -> Check:
    def check(out: str, err: str, cwd: Path) -> None:
        for text in texts:
            assert text in out, text
    return check


def _coverage_csv(out: str, err: str, cwd: Path) -> None:
    rows = _csv(cwd / "coverage.csv")
    assert rows[0]["period_start"] == "2024-07-01" and rows[0]["articles_in_period"] == "15"
    assert len({r["period_start"] for r in rows}) == 28  # July 2024 … October 2026, zero months kept


def _found_xlsx(out: str, err: str, cwd: Path) -> None:
    assert _xlsx_header(next(cwd.glob("*.xlsx")))[:4] == ["published_at", "source_id", "title", "url"]


def _parquet_rows(name: str, expected: Callable[[int], bool]) -> Check:
    def check(out: str, err: str, cwd: Path) -> None:
        n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{cwd / name}')").fetchall()[0][0]
        assert expected(n), n
    return check


def _export(relation: str, rows: Callable[[int], bool]) -> Check:
    def check(out: str, err: str, cwd: Path) -> None:
        done = json.loads(out)
        assert done["relation"] == relation and rows(done["rows"]) and (cwd / done["path"]).exists()
        if done["format"] == "csv":
            assert len(_csv(cwd / done["path"])) == done["rows"]
        if done["format"] == "json":
            first = json.loads((cwd / done["path"]).read_text("utf-8").splitlines()[0])
            assert first.get("published_at") is None or first["published_at"].endswith("+07:00")
    return check


def _report(folder: str, *texts: str) -> Check:
    def check(out: str, err: str, cwd: Path) -> None:
        page = cwd / folder / "baochi-report.html"
        assert out.strip().endswith("baochi-report.html") and page.exists()
        text = page.read_text("utf-8")
        for t in texts:
            assert t in text, t
        assert any((cwd / folder / "campaigns").glob("*.html"))
    return check


def _exact_range(out: str, err: str, cwd: Path) -> None:
    rows = json.loads(out)
    by_month = {r["period_start"]: (r["articles_in_period"], r["partial"]) for r in rows}
    assert by_month == {"2025-01-01": (8, True), "2025-02-01": (3, True)}  # days inside only
    assert len(rows) == 6


def _ubnd_by_source(out: str, err: str, cwd: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(out)))
    assert {r["source_id"] for r in rows} == {"baothanhhoa"}
    assert {r["articles_in_period"] for r in rows} == {"70", "130", "120"}
    assert "matched" in err and "Ủy ban nhân dân tỉnh Thanh Hóa" in err


def _organisation_json(out: str, err: str, cwd: Path) -> None:
    data = json.loads(out)
    assert data["summary"]["organisation_name"] == "Ủy ban nhân dân tỉnh Thanh Hóa"
    assert data["summary"]["first_seen_at"].endswith("+07:00") and data["articles"][0]["url"].startswith("http://127.0.0.1:")


def _notebooks(out: str, err: str, cwd: Path) -> None:
    assert out.count("(ok)") == 2
    import nbformat

    executed = nbformat.read(next((cwd / "notebooks-run").glob("campaign_coverage.ipynb")), as_version=4)
    assert any(c.outputs for c in executed.cells if c.cell_type == "code")


CHECKS: dict[str, Check] = {
    "trends campaigns --by month --format csv --out coverage.csv": _coverage_csv,
    "trends campaigns --by month --top 10 --format csv --out coverage.csv": _coverage_csv,
    "--match nông thôn mới --match người nghèo --by quarter": _has(
        "Chung sức xây dựng nông thôn mới", "Cả nước chung tay vì người nghèo", " 45 │", " 25 │"),
    "articles nong thon moi --source baothanhhoa --limit 5": _has("baothanhhoa", "http://127.0.0.1:", "nong thon moi"),
    "articles nong thon moi --since 2026-01-01 --limit 5": _has("2026-", "http://127.0.0.1:"),
    "campaign Chung sức xây dựng nông thôn mới": _has(
        "Chung sức xây dựng nông thôn mới", "Articles per month", "Organisations named in the same articles",
        "Latest articles", "2024-07"),
    "sql SELECT campaign_name, articles, first_seen_at, peak_month FROM campaign_timeline": _has("campaign_name", "peak_month"),
    "sql SELECT * FROM campaign_timeline ORDER BY articles DESC LIMIT 10": _has("campaign_kind", "months_with_c"),
    "report": _report("data/reports", "gained coverage in Q4 2026"),
    "report --out reports/": _report("reports", "gained coverage in Q4 2026"),
    "report --campaign": _report("reports-h1", "gained coverage in Q2 2025", "2025-01-01 to 2025-06-30"),
    "trends organisations --by quarter --since 2025-01-01 --source baothanhhoa": _has("2025-01-01", "Ủy ban nhân dân tỉnh Thanh Hóa", " 39 │"),
    "trends organisations --by quarter --top 5": _has("2025-01-01", "Ủy ban nhân dân tỉnh Thanh Hóa", " 39 │"),
    "--by week --match nông thôn mới": _has("2024-07-01", "Chung sức xây dựng nông thôn mới"),
    "--match NTM --match vì người nghèo --by-source --by year": _has("baothanhhoa", " 70 │", " 130 │", " 120 │"),
    "OR người nghèo --since 2026-01-01 --format xlsx": _found_xlsx,
    "organisation UBND --latest 3": _has("Ủy ban nhân dân tỉnh Thanh Hóa (UBND)", "Campaigns named in the same articles"),
    "FROM campaign_organisations ORDER BY articles DESC LIMIT 20 --format json":
        lambda out, err, cwd: (lambda rows: (len(rows) == 20) or pytest.fail("20 rows"))(json.loads(out)),
    "export articles --format parquet --out export/articles": _export("articles", lambda n: n == 320),
    "export campaign_coverage --format csv --out coverage_all.csv": _export("campaign_coverage", lambda n: n > 0),
    "export campaign_coverage --format csv --out campaign_coverage.csv": _export("campaign_coverage", lambda n: n > 0),
    "export article_entities --format json": _export("article_entities", lambda n: n > 0),
    "export campaign_timeline --format xlsx": _export("campaign_timeline", lambda n: n > 0),
    "notebooks --out notebooks-run/": _notebooks,
    "trends organisations --match UBND --by year --by-source --format csv": _ubnd_by_source,
    "--since 2025-01-15 --until 2025-02-10 --by month --top 3 --format json": _exact_range,
    "NOT \"Ninh Bình\"": lambda out, err, cwd: (lambda rows: rows and all(r["url"] for r in rows) or pytest.fail("rows"))(
        _csv(cwd / "found.csv")),
    "--campaign NTM --organisation Hội Nông dân --format xlsx": _found_xlsx,
    "organisation UBND tỉnh Thanh Hóa --format json": _organisation_json,
    "--by year --top 0 --format parquet --out years.parquet": _parquet_rows("years.parquet", lambda n: n > 0 and n % 3 == 0),
    "--by quarter --format xlsx --out coverage.xlsx":
        lambda out, err, cwd: _xlsx_header(cwd / "coverage.xlsx")[0] == "period_start" or pytest.fail("header"),
    "entity_type = 'date' --format parquet": _parquet_rows("dates.parquet", lambda n: n > 0),
    "read_parquet('export/articles/**/*.parquet'": _has("baothanhhoa", "320"),
}

# commands that read what an earlier documented command wrote
SETUP = {"export/articles/**/*.parquet": ["export", "articles", "--format", "parquet", "--out", "export/articles"]}


def _check_for(words: list[str]) -> Check | None:
    """The check whose key is the longest part of the command (a bare word: the whole command)."""
    command = " ".join(words)
    hits = [(len(key), check) for key, check in CHECKS.items()
            if (key == command if re.fullmatch(r"[a-z]+", key) else key in command)]
    return max(hits, key=lambda h: h[0])[1] if hits else None


def test_every_documented_command_is_checked() -> None:
    commands = documented_commands()
    assert len(commands) >= 25
    assert [" ".join(c) for c in commands if _check_for(c) is None] == []


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    return demo_warehouse(tmp_path_factory)


@pytest.mark.parametrize("words", documented_commands(), ids=" ".join)
def test_documented_command_runs_as_written(words: list[str], demo: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    for name in ("baochi.duckdb", "baochi.read.duckdb"):
        if (demo.parent / name).exists():
            shutil.copyfile(demo.parent / name, data / name)
    env = {**os.environ, "BAOCHI_DB": str(data / "baochi.duckdb"), "COLUMNS": "160"}
    for needle, setup in SETUP.items():
        if needle in " ".join(words):
            first = subprocess.run([sys.executable, "-m", "baochi.pipeline", *setup], capture_output=True, text=True,
                                   cwd=tmp_path, env=env, timeout=600)
            assert first.returncode == 0, first.stderr[-2000:]
    done = subprocess.run([sys.executable, "-m", "baochi.pipeline", *words], capture_output=True, text=True,
                          cwd=tmp_path, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    check = _check_for(words)
    assert check is not None
    check(done.stdout, done.stderr, tmp_path)


PANDAS = re.compile(r"```python\n(.*?)```", re.S)


def test_python_snippets_run_and_give_local_times(demo: Path, tmp_path: Path) -> None:
    snippets = [s for doc in DOCS for s in PANDAS.findall((REPO / doc).read_text("utf-8"))
                if "data/baochi.read.duckdb" in s and "duckdb.connect" in s]
    assert snippets
    (tmp_path / "data").mkdir()
    shutil.copyfile(demo.parent / "baochi.read.duckdb", tmp_path / "data" / "baochi.read.duckdb")
    for snippet in snippets:
        namespace: dict = {}
        cwd = Path.cwd()
        os.chdir(tmp_path)
        try:
            exec(compile(snippet, "<docs>", "exec"), namespace)  # noqa: S102 — our own docs
        finally:
            os.chdir(cwd)
        frames = [v for v in namespace.values() if hasattr(v, "select_dtypes")]
        for frame in frames:
            for column in frame.select_dtypes(include=["datetimetz"]).columns:
                assert str(frame[column].dt.tz) == "Asia/Ho_Chi_Minh", (column, snippet)
        namespace.get("con") and namespace["con"].close()
    readme = next(s for s in snippets if "latest = " in s)
    assert "SET TimeZone = 'Asia/Ho_Chi_Minh'" in readme
