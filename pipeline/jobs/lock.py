"""One nightly run at a time: an OS lock on `<data>/baochi.lock`, held for the run's life.

`fcntl.flock` belongs to the open file, so the kernel releases it when the process dies —
however it dies (kill -9 included). A stale lock file therefore never blocks the next run; the
PID written inside is only there to name the holder in the "already running" message. The
file is never deleted: deleting it would let a second process lock a fresh inode while the
first still holds the old one.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from baochi.pipeline.errors import CannotRun


class AlreadyRunning(CannotRun):
    """Another process holds the nightly lock."""


class LockUnavailable(CannotRun):
    """The lock file cannot be created or opened (bad path, permissions)."""


def _holder(fd: int) -> str:
    try:
        text = os.pread(fd, 64, 0).decode("ascii", "replace").strip()
    except OSError:
        return ""
    return text if text.isdigit() else ""


@contextmanager
def run_lock(path: Path) -> Iterator[int]:
    """Hold the lock at `path` for the `with` block; raise AlreadyRunning at once if taken.

    The descriptor is close-on-exec (Python's default), so child processes (crawls) do not
    inherit it: they are tied to the holder by a parent-death signal instead.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise LockUnavailable(f"cannot open the lock file {path}: {exc.strerror or exc}") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = _holder(fd)
            who = f" (pid {pid})" if pid else ""
            raise AlreadyRunning(
                f"another baochi nightly is already running{who} on {path.parent}; "
                "this run exits without doing anything"
            ) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        yield fd
    finally:
        os.close(fd)  # closing the last descriptor releases the flock
