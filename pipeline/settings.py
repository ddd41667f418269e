"""The pipeline's settings: every `BAOCHI_*` environment variable it reads, read once.

`get_settings()` reads the environment the first time it is called and returns the same frozen
`Settings` afterwards, so a command sees one consistent configuration however many modules ask.
A value that cannot be read stops the command with exit 3 and one line naming the variable.

| variable | default | meaning |
| --- | --- | --- |
| `BAOCHI_DB` | `data/baochi.duckdb` | the warehouse file; its folder is the data directory (`--db` wins) |
| `BAOCHI_KEEP_LOADED_DAYS` | 30 | days loaded staging files stay in `loaded/` (0 keeps them) |
| `BAOCHI_KEEP_REJECTED_DAYS` | 90 | days quarantined lines and damaged files stay in `rejected/` (0 keeps them) |
| `BAOCHI_KEEP_RAW_DAYS` | 365 | days gzip raw HTML stays in `raw/` (0 keeps it) |
| `BAOCHI_NLP_MAX_CHARS` | 60000 | longer article texts are an NLP failure `TooLong` instead of a stall |

The crawler reads its own variables through Scrapy's settings module (`baochi.crawler.settings`);
docs/operations.md lists every variable of both sides.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from baochi.pipeline.errors import BaochiError, ExitCode

DEFAULT_DB = Path("data") / "baochi.duckdb"
DEFAULT_LOADED_DAYS = 30.0
DEFAULT_REJECTED_DAYS = 90.0
DEFAULT_RAW_DAYS = 365.0
DEFAULT_NLP_MAX_CHARS = 60_000


class SettingsError(BaochiError, ValueError):
    """An environment variable holds a value the pipeline cannot use."""

    exit_code = ExitCode.CANNOT_RUN


def _text(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name)
    return value.strip() if value and value.strip() else None


def _number(env: Mapping[str, str], name: str, default: float, kind: type[float] | type[int], least: float,
            what: str, bound: str) -> float:
    value = _text(env, name)
    if value is None:
        return default
    try:
        number = kind(value)
    except ValueError:
        raise SettingsError(f"{name}={value!r} is not {what}") from None
    if number < least:
        raise SettingsError(f"{name}={value!r} must be {bound}")
    return number


def _days(env: Mapping[str, str], name: str, default: float) -> float:
    return _number(env, name, default, float, 0, "a number of days", "0 (keep forever) or more days")


def _positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    return int(_number(env, name, default, int, 1, "a whole number", "1 or more"))


@dataclass(frozen=True)
class Settings:
    db: Path = DEFAULT_DB
    keep_loaded_days: float = DEFAULT_LOADED_DAYS
    keep_rejected_days: float = DEFAULT_REJECTED_DAYS
    keep_raw_days: float = DEFAULT_RAW_DAYS
    nlp_max_chars: int = DEFAULT_NLP_MAX_CHARS

    @classmethod
    def from_environ(cls, env: Mapping[str, str]) -> Settings:
        """Settings from `env` (the process environment for `get_settings`)."""
        db = _text(env, "BAOCHI_DB")
        return cls(
            db=Path(db) if db else DEFAULT_DB,
            keep_loaded_days=_days(env, "BAOCHI_KEEP_LOADED_DAYS", DEFAULT_LOADED_DAYS),
            keep_rejected_days=_days(env, "BAOCHI_KEEP_REJECTED_DAYS", DEFAULT_REJECTED_DAYS),
            keep_raw_days=_days(env, "BAOCHI_KEEP_RAW_DAYS", DEFAULT_RAW_DAYS),
            nlp_max_chars=_positive_int(env, "BAOCHI_NLP_MAX_CHARS", DEFAULT_NLP_MAX_CHARS),
        )


@cache
def get_settings() -> Settings:
    """The process's settings, read from the environment on the first call."""
    return Settings.from_environ(os.environ)


def reload_settings() -> Settings:
    """Read the environment again (tests that change it, a long-lived process told to)."""
    get_settings.cache_clear()
    return get_settings()
