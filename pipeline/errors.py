"""One exception base and one table from failures to the documented exit codes.

The command line, the nightly and the crawl worker all answer "which exit code?" here, so a new
failure gets its code in one place and every command reports it the same way. `baochi.crawler`
and `baochi.nlp` never import the pipeline, so their few exceptions are mapped here by type.
"""

from __future__ import annotations

import errno
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    FAILURES = 1  # finished, but some items failed (counted in the output and in runs)
    USAGE = 2  # the input is wrong: options, names, files the user gave
    CANNOT_RUN = 3  # the environment is wrong: locked, busy, not writable, disk full


EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_CANNOT_RUN = (int(code) for code in ExitCode)

# Environmental OS errors: the same command succeeds once the operator fixes the machine.
ENVIRONMENTAL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EIO, errno.EROFS, errno.EACCES, errno.EPERM})


class BaochiError(Exception):
    """Base of every failure the project reports to a user; the message is one line naming the
    problem and the fix."""

    exit_code: ExitCode = ExitCode.CANNOT_RUN


class UsageError(BaochiError, ValueError):
    """Input that cannot work: unknown names, options that exclude each other."""

    exit_code = ExitCode.USAGE


class CannotRun(BaochiError, RuntimeError):
    """The environment stops the run: a lock held, a database busy, a path not writable."""

    exit_code = ExitCode.CANNOT_RUN


def exit_code_for(exc: BaseException) -> ExitCode | None:
    """The exit code of a known failure, or None for a bug (shown with its traceback)."""
    if isinstance(exc, BaochiError):
        return exc.exit_code
    from baochi.crawler.sources import RegistryError

    if isinstance(exc, RegistryError):
        return ExitCode.USAGE
    if isinstance(exc, OSError) and (exc.errno in ENVIRONMENTAL_ERRNOS or isinstance(exc, PermissionError)):
        return ExitCode.CANNOT_RUN
    return None


def one_line(exc: BaseException) -> str:
    """The first line of a message; OS errors name the path and the cause."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f" {exc.filename}" if exc.filename else ""
        return f"cannot write or read{where}: {exc.strerror}"
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
