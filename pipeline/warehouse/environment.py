"""Telling the environment's faults from the data's.

A load or NLP stage can fail because of what it was given (a line that is not JSON, a time
that is not a time) or because of where it runs (the disk is full, the device returns I/O
errors, the database is busy, the run was interrupted). Only the first kind may move data
(a bad line goes to `rejected/` with its reason). The second kind must leave every staging
file where it was: the same load, run again once the fault is cleared, loads everything.

DuckDB reports operating-system failures inside its own exception types, with the system's
message (`strerror`) in the text, so the classification reads both the errno of Python's
`OSError` and the wording of DuckDB's errors.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import duckdb
from baochi.pipeline.errors import BaochiError, CannotRun

# (errno, words DuckDB puts in its message, cause shown to the operator, fix shown to them)
_CAUSES: tuple[tuple[int, str, str, str], ...] = (
    (errno.ENOSPC, "no space left on device", "no space left on device",
     "free disk space in the data directory"),
    (errno.EDQUOT, "disk quota exceeded", "disk quota exceeded", "free space or raise the quota"),
    (errno.EIO, "input/output error", "I/O error", "check the disk (dmesg, SMART)"),
    (errno.EROFS, "read-only file system", "the file system is read-only",
     "remount the data directory read-write"),
    (errno.EACCES, "permission denied", "permission denied",
     "give this user write access to the data directory"),
    (errno.EPERM, "operation not permitted", "operation not permitted",
     "give this user write access to the data directory"),
    (errno.EMFILE, "too many open files", "too many open files", "raise the open-file limit (ulimit -n)"),
)


class EnvironmentFault(CannotRun):
    """The environment, not the data, stopped a stage; nothing was moved or quarantined.
    Exit code 3 (`CannotRun`).

    `str()` is the one line an operator reads: what happened, that the staging files are
    kept, and what to do.
    """

    def __init__(self, stage: str, cause: str, fix: str, detail: str = "") -> None:
        self.stage, self.cause, self.fix, self.detail = stage, cause, fix, detail
        self.result: Any = None  # what the stage finished before the fault (a LoadResult)
        kept = "staging files are kept" if stage == "load" else "nothing was lost"
        where = f" ({detail})" if detail else ""
        super().__init__(f"{stage} stopped: {cause}{where}; {kept}; {fix}, then run it again")


def environment_cause(exc: BaseException) -> tuple[str, str] | None:
    """(cause, fix) when `exc` is a fault of the environment; None when it is not one."""
    if isinstance(exc, KeyboardInterrupt | duckdb.InterruptException):
        return "interrupted", "let it finish"
    if isinstance(exc, MemoryError | duckdb.OutOfMemoryException):
        return "out of memory", "free memory"
    if isinstance(exc, OSError) and exc.errno is not None:
        for code, _words, cause, fix in _CAUSES:
            if exc.errno == code:
                return cause, fix
        return f"operating-system error ({exc.strerror or exc.errno})", "check the data directory"
    text = str(exc).lower()
    if isinstance(exc, duckdb.Error):
        for _code, words, cause, fix in _CAUSES:
            if words in text:
                return cause, fix
        if isinstance(exc, duckdb.FatalException) or "invalidated" in text:
            return "the database stopped after a write failure", "check free space and the disk"
        if isinstance(exc, duckdb.IOException) and ("could not write" in text or "could not open" in text
                                                     or "could not set lock" in text):
            return "the database file could not be written", "check free space and permissions"
    if isinstance(exc, OSError):
        return "operating-system error", "check the data directory"
    return None


def root_cause(exc: BaseException) -> tuple[BaseException, tuple[str, str]] | None:
    """The first exception in the chain that is a fault of the environment.

    A failed COMMIT has already ended its transaction, so a ROLLBACK in an `except` block
    raises "no transaction is active" with the real cause (no space) as its context.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        found = environment_cause(current)
        if found is not None:
            return current, found
        current = current.__cause__ or current.__context__
    return None


def as_environment_fault(stage: str, exc: BaseException) -> EnvironmentFault | None:
    """`exc` as an `EnvironmentFault` of `stage`; None when it is not one, or when it is already
    a failure with its own one-line message (database busy, directory unusable)."""
    if isinstance(exc, BaochiError):
        return exc if isinstance(exc, EnvironmentFault) else None
    root = root_cause(exc)
    if root is None:
        return None
    exc, found = root
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return EnvironmentFault(stage, found[0], found[1], first[:200] if found[0] != "interrupted" else "")


@contextmanager
def environment_faults(stage: str) -> Iterator[None]:
    """Re-raise a fault of the environment met inside the block as `EnvironmentFault`."""
    try:
        yield
    except BaochiError:
        raise
    except Exception as exc:
        fault = as_environment_fault(stage, exc)
        if fault is None:
            raise
        raise fault from exc
