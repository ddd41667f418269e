"""CPU placement (crawler/placement.py): the crawl's thread on one CPU, its parse workers on the
others, the crawl's CPUs given back when it ends, and no placement where it cannot help."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest
from baochi.crawler import placement
from baochi.crawler.parsing import PageParser, parser_options
from baochi.crawler.sources import get_source
from scrapy.settings import Settings

TWO_CPUS = pytest.mark.skipif(not placement.supported() or len(os.sched_getaffinity(0)) < 2,
                              reason="needs two CPUs and sched_setaffinity")


def test_plan_keeps_the_current_cpu_for_the_crawl_and_gives_the_rest_to_workers() -> None:
    assert placement.plan({0, 1, 2, 3}, 2) == placement.Placement(2, frozenset({0, 1, 3}))
    assert placement.plan({4, 5}, None) == placement.Placement(4, frozenset({5}))  # unknown: the lowest
    assert placement.plan({4, 5}, 0) == placement.Placement(4, frozenset({5}))  # not allowed: the lowest
    assert placement.plan({3}, 3) is None  # one CPU: nothing to place


def test_current_cpu_reads_field_39_after_a_name_with_spaces(tmp_path: Path) -> None:
    stat = tmp_path / "stat"
    fields = ["S"] + [str(n) for n in range(4, 39)] + ["7"] + ["0"] * 13
    stat.write_text("1234 (a (weird) name) " + " ".join(fields) + "\n", encoding="ascii")
    assert placement.current_cpu(stat) == 7
    stat.write_text("1234 (short) S 1 2\n", encoding="ascii")
    assert placement.current_cpu(stat) is None
    assert placement.current_cpu(tmp_path / "missing") is None
    assert placement.current_cpu() in os.sched_getaffinity(0)  # this thread, on this machine


def test_mode_is_auto_unless_turned_off_and_refuses_other_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(placement.SETTING, raising=False)
    assert placement.mode(Settings()) == "auto"
    assert placement.mode(Settings({placement.SETTING: "OFF"})) == "off"
    monkeypatch.setenv(placement.SETTING, "off")
    assert placement.mode(Settings()) == "off"
    with pytest.raises(ValueError, match="auto, off"):
        placement.mode(Settings({placement.SETTING: "pin"}))


@TWO_CPUS
def test_placed_pins_this_thread_tells_the_workers_and_restores_after() -> None:
    before = os.sched_getaffinity(0)
    settings = Settings({placement.SETTING: "auto"})
    with placement.placed(settings, workers=1, frontier=False) as placed:
        assert placed is not None
        assert os.sched_getaffinity(0) == {placed.reactor}
        assert parser_options(settings)[3] == placed.workers == frozenset(before - {placed.reactor})
    assert os.sched_getaffinity(0) == before
    with pytest.raises(RuntimeError), placement.placed(settings, workers=1, frontier=False):
        raise RuntimeError("the crawl failed")
    assert os.sched_getaffinity(0) == before  # given back on failure too


@TWO_CPUS
@pytest.mark.parametrize(("setting", "workers", "frontier"), [("off", 1, False), ("auto", 0, False),
                                                              ("auto", 1, True)])
def test_no_placement_when_off_without_workers_or_with_a_frontier(setting: str, workers: int,
                                                                   frontier: bool) -> None:
    before = os.sched_getaffinity(0)
    settings = Settings({placement.SETTING: setting})
    with placement.placed(settings, workers=workers, frontier=frontier) as placed:
        assert placed is None and os.sched_getaffinity(0) == before
        assert parser_options(settings)[3] is None


@TWO_CPUS
def test_a_worker_runs_on_the_cpus_it_is_given() -> None:
    cpus = frozenset({max(os.sched_getaffinity(0))})

    async def affinity() -> set[int]:
        parser = PageParser(get_source("baothanhhoa"), 1, cpus=cpus)
        try:
            await parser.ready()
            [pid] = parser.worker_pids()
            return os.sched_getaffinity(pid)
        finally:
            parser.close()

    assert asyncio.run(affinity()) == set(cpus)


@TWO_CPUS
def test_a_crawl_keeps_its_thread_on_one_cpu_and_its_worker_on_the_others(tmp_path: Path) -> None:
    """`baochi crawl` as an operator runs it: while it crawls (a slowed site keeps it going), its
    main thread has one CPU and its parse worker the others; the crawl completes as without."""
    import subprocess
    import sys
    import time

    import psutil
    from baochi.crawler.sample_site import generate_site, serve

    from tests.conftest import REPO

    generate_site(tmp_path / "sample", n_articles=24)
    seen: list[tuple[set[int], list[set[int]]]] = []
    with serve(tmp_path / "sample" / "site", delay=0.05) as site:
        proc = subprocess.Popen(
            [sys.executable, "-m", "baochi.pipeline", "crawl", "baothanhhoa", "--base-url", site.base_url,
             "--no-throttle", "--db", str(tmp_path / "baochi.duckdb")],
            cwd=REPO, env={**os.environ, "BAOCHI_DATA_DIR": str(tmp_path / "data"),
                           placement.SETTING: "auto"},
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        crawl = psutil.Process(proc.pid)
        while proc.poll() is None:
            try:
                workers = [c.cpu_affinity() for c in crawl.children() if "spawn" in " ".join(c.cmdline())]
                seen.append((set(crawl.cpu_affinity()), [set(w) for w in workers]))
            except psutil.Error:
                pass
            time.sleep(0.02)
        out, err = proc.communicate()
    assert proc.returncode == 0, err[-2000:]
    placed = [(main, workers) for main, workers in seen if len(main) == 1 and workers]
    assert placed, seen[:5]
    main, workers = placed[-1]
    assert all(w == set(os.sched_getaffinity(0)) - main for w in workers)
