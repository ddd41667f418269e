"""Operator logs: one line per event on stderr, plain text or JSON (`--log-json`).

Under systemd, stderr goes to the journal; under cron, the recipe redirects it to a log file.
Structured fields travel in `extra={"fields": {...}}` so both formats carry the same facts.
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime
from typing import Any

LOGGER_NAME = "baochi"


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, msg, then the event's fields."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, tz=UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        data.update(getattr(record, "fields", None) or {})
        if record.exc_info:
            data["traceback"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """`2026-11-02T01:00:03Z INFO load done new=12 updated=1` — grep-friendly key=value."""

    def format(self, record: logging.LogRecord) -> str:
        stamp = datetime.fromtimestamp(record.created, tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        fields = getattr(record, "fields", None) or {}
        tail = " ".join(
            f"{k}={json.dumps(v, ensure_ascii=False) if isinstance(v, dict | list) else v}"
            for k, v in fields.items()
        )
        line = f"{stamp} {record.levelname} {record.getMessage()}"
        line = f"{line} {tail}" if tail else line
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


def setup_logging(json_lines: bool = False, level: int = logging.INFO) -> logging.Logger:
    """Configure the `baochi` logger to write to stderr (idempotent: replaces its handlers)."""
    logger = logging.getLogger(LOGGER_NAME)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if json_lines else TextFormatter())
    logger.addHandler(handler)
    logger.setLevel(level)
    logger.propagate = False
    return logger


def log_event(logger: logging.Logger, level: int, message: str, **fields: Any) -> None:
    logger.log(level, message, extra={"fields": fields})
