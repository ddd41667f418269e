"""The collector's settings while a crawl runs (crawler/collector.py): tuned inside the crawl,
the interpreter's own after it (also when the crawl raises), nothing touched when turned off."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from baochi.crawler import collector
from scrapy.settings import Settings


def test_mode_is_on_unless_turned_off_and_refuses_other_words(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(collector.SETTING, raising=False)
    assert collector.mode(Settings()) == "on"
    assert collector.mode(Settings({collector.SETTING: " OFF "})) == "off"
    monkeypatch.setenv(collector.SETTING, "off")
    assert collector.mode(Settings()) == "off"
    with pytest.raises(ValueError, match="BAOCHI_GC_TUNING must be one of on, off"):
        collector.mode(Settings({collector.SETTING: "fast"}))


def test_tuned_freezes_what_exists_and_raises_the_youngest_threshold_then_restores() -> None:
    before = gc.get_threshold()
    assert gc.get_freeze_count() == 0
    kept = [object() for _ in range(10)]  # noqa: F841 (alive before the block: frozen inside it)
    with collector.tuned(Settings()) as did:
        assert did is True
        assert gc.get_threshold() == (max(before[0], collector.GEN0_THRESHOLD), *before[1:])
        assert gc.get_freeze_count() > 1000  # the modules this process loaded
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_tuned_restores_after_an_exception_and_keeps_other_frozen_objects() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError, match="the crawl broke"), collector.tuned(Settings()):
        raise RuntimeError("the crawl broke")
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
    gc.freeze()  # somebody else froze first: theirs stay frozen after the crawl
    try:
        frozen = gc.get_freeze_count()
        with collector.tuned(Settings()):
            assert gc.get_threshold()[0] == max(before[0], collector.GEN0_THRESHOLD)
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_off_changes_nothing() -> None:
    before = gc.get_threshold()
    with collector.tuned(Settings({collector.SETTING: "off"})) as did:
        assert did is False
        assert gc.get_threshold() == before and gc.get_freeze_count() == 0


PROBE = textwrap.dedent('''
    import gc, json, sys
    from pathlib import Path
    from scrapy import signals
    from baochi.crawler.run import crawl
    from baochi.crawler.sample_site import generate_site, serve

    seen = {}

    class Probe:
        """What the collector looks like while the spider runs."""
        def __init__(self, crawler):
            crawler.signals.connect(self.opened, signals.spider_opened)
        @classmethod
        def from_crawler(cls, crawler):
            return cls(crawler)
        def opened(self, spider):
            seen["threshold"], seen["frozen"] = list(gc.get_threshold()), gc.get_freeze_count()

    root = Path(sys.argv[1])
    generate_site(root / "sample", n_articles=6)
    with serve(root / "sample" / "site") as site:
        result = crawl("baothanhhoa", root / "data", base_url=site.base_url, throttle=False,
                       settings={"EXTENSIONS": {"__main__.Probe": 0}})
    print(json.dumps({"during": seen, "after": [list(gc.get_threshold()), gc.get_freeze_count()],
                      "staged": result.staged}))
''')


@pytest.mark.parametrize("tuning", ["on", "off"])
def test_a_crawl_runs_tuned_and_gives_the_defaults_back(tmp_path: Path, tuning: str) -> None:
    done = subprocess.run([sys.executable, "-c", PROBE, str(tmp_path)], capture_output=True, text=True,
                          timeout=300, env={**os.environ, collector.SETTING: tuning,
                                            "BAOCHI_SCRAPY_LOG_LEVEL": "WARNING"})
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout.strip().splitlines()[-1])
    defaults = list(gc.get_threshold())
    assert out["staged"] == 6
    if tuning == "on":
        assert out["during"]["threshold"][0] == max(defaults[0], collector.GEN0_THRESHOLD)
        assert out["during"]["frozen"] > 1000
    else:
        assert out["during"] == {"threshold": defaults, "frozen": 0}
    assert out["after"] == [defaults, 0]
