"""Children die with their parent: a killed nightly must not leave crawls or NLP workers behind.

A kill -9 cannot be caught, so the parent cannot clean up: instead each child asks the kernel
(Linux `prctl(PR_SET_PDEATHSIG)`) to send it SIGKILL when its parent goes. Without this, an
orphaned crawl would keep writing staging files next to the following run, and idle
ProcessPoolExecutor workers would wait on their queue forever. Elsewhere it is a no-op.
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
from collections.abc import Callable

_PR_SET_PDEATHSIG = 1


def die_with_parent(parent_pid: int | None = None) -> None:
    """Ask for SIGKILL when the parent dies; exit now if it already has (fork/exec race)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    except (OSError, AttributeError):
        return
    if parent_pid is not None and os.getppid() != parent_pid:
        os._exit(1)


def preexec_die_with_parent() -> Callable[[], None]:
    """A `preexec_fn` for subprocess.Popen, bound to the calling process's pid."""
    parent = os.getpid()

    def _preexec() -> None:
        die_with_parent(parent)

    return _preexec


def exit_when_process_dies(pid: int) -> None:
    """Exit this process as soon as process `pid` is gone (a pool worker watching the run).

    Forkserver pool workers are children of the fork server, not of the run, so a parent-death
    signal would wait for the fork server — which itself waits for the workers. A daemon thread
    blocked on a pidfd (Linux ≥ 5.3; polling elsewhere) breaks that circle.
    """
    import select
    import threading
    import time

    def _watch() -> None:
        try:
            fd = os.pidfd_open(pid)
        except (AttributeError, OSError):
            fd = None
        if fd is not None:
            select.select([fd], [], [])
            os._exit(1)
        while True:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:
                pass
            time.sleep(1.0)

    threading.Thread(target=_watch, name=f"watch-{pid}", daemon=True).start()
