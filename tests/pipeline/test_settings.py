"""The pipeline's settings: read once, checked, and every BAOCHI_ variable documented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from baochi.pipeline.errors import ExitCode, exit_code_for
from baochi.pipeline.settings import DEFAULT_DB, Settings, SettingsError, get_settings

REPO = Path(__file__).resolve().parents[2]
NAME = re.compile(r"\bBAOCHI_[A-Z0-9]+(?:_[A-Z0-9]+)*\b(?!_)")


def _python(code: str, **env: str) -> str:
    """Standard output of `code` in a fresh interpreter with only these variables set."""
    result = subprocess.run([sys.executable, "-c", code], env={"PATH": "/usr/bin:/bin", **env},
                            capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_defaults_without_variables() -> None:
    assert Settings.from_environ({}) == Settings()
    assert Settings().db == DEFAULT_DB and Settings().keep_raw_days == 365


def test_values_are_read_and_checked() -> None:
    env = {"BAOCHI_DB": "/srv/x/baochi.duckdb", "BAOCHI_KEEP_LOADED_DAYS": "7.5",
           "BAOCHI_KEEP_RAW_DAYS": "0", "BAOCHI_NLP_MAX_CHARS": "1000", "BAOCHI_KEEP_REJECTED_DAYS": " "}
    settings = Settings.from_environ(env)
    assert settings.db == Path("/srv/x/baochi.duckdb")
    assert (settings.keep_loaded_days, settings.keep_rejected_days, settings.keep_raw_days) == (7.5, 90, 0)
    assert settings.nlp_max_chars == 1000
    for name, value in (("BAOCHI_KEEP_RAW_DAYS", "-1"), ("BAOCHI_KEEP_LOADED_DAYS", "a week"),
                        ("BAOCHI_NLP_MAX_CHARS", "many"), ("BAOCHI_NLP_MAX_CHARS", "0")):
        with pytest.raises(SettingsError, match=name) as caught:
            Settings.from_environ({name: value})
        assert exit_code_for(caught.value) == ExitCode.CANNOT_RUN


def test_read_once_per_process() -> None:
    code = (
        "import os\n"
        "from baochi.pipeline.paths import resolve_paths\n"
        "first = resolve_paths().db\n"
        "os.environ['BAOCHI_DB'] = '/elsewhere/b.duckdb'\n"
        "assert resolve_paths().db == first, resolve_paths().db\n"
        "from baochi.pipeline.settings import reload_settings\n"
        "assert str(reload_settings().db) == '/elsewhere/b.duckdb'\n"
        "print(first)\n"
    )
    assert _python(code, BAOCHI_DB="/first/a.duckdb").strip() == "/first/a.duckdb"
    assert get_settings() is get_settings()


def test_a_bad_value_stops_a_command_with_exit_3(tmp_path: Path) -> None:
    baochi = Path(sys.executable).with_name("baochi")
    result = subprocess.run([str(baochi), "runs"], env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                            "BAOCHI_DB": str(tmp_path / "b.duckdb"), "BAOCHI_KEEP_RAW_DAYS": "forever"},
                            capture_output=True, text=True, check=False, cwd=tmp_path)
    assert result.returncode == 3, result.stderr
    assert "BAOCHI_KEEP_RAW_DAYS" in result.stderr


def _names_in(paths: list[Path]) -> set[str]:
    found: set[str] = set()
    for path in paths:
        found |= set(NAME.findall(path.read_text(encoding="utf-8")))
    return found


def test_operations_doc_lists_every_variable_in_the_code() -> None:
    code = [p for folder in ("crawler", "nlp", "pipeline", "benchmarks", "tests")
            for p in (REPO / folder).rglob("*.py")]
    code += [REPO / "crawler" / "settings.py"]
    used = _names_in(code)
    doc = (REPO / "docs" / "operations.md").read_text(encoding="utf-8")
    section = doc.split("## Environment variables", 1)[1].split("\n## ", 1)[0]
    documented = set(NAME.findall(section))
    assert used >= {"BAOCHI_DB", "BAOCHI_CONTACT", "BAOCHI_KEEP_RAW_DAYS"}, "the scan finds the code's names"
    assert not used - documented, f"add to docs/operations.md 'Environment variables': {sorted(used - documented)}"
    assert not documented - used, f"documented but no longer in the code: {sorted(documented - used)}"


def test_nlp_stage_takes_its_limit_from_the_settings() -> None:
    code = (
        "from baochi.pipeline.jobs.process import ArticleText, analyse_article\n"
        "r = analyse_article(ArticleText('a', 's', 't', None, 'x' * 200, None), '0')\n"
        "print(r.status, r.error)\n"
    )
    shown = _python(code, BAOCHI_NLP_MAX_CHARS="100")
    assert shown.startswith("failed TooLong: 203 characters, more than the 100 "), shown
