"""Named crash points for the kill-and-resume tests.

`BAOCHI_FAULT=<name>` makes the process SIGKILL itself when it reaches the point `<name>`
(for example `load:committed`: the transaction is committed, the staging file not yet moved).
These are the windows a timed kill rarely hits and where a resume bug would hide. Unset, a
point costs one dictionary lookup.
"""

from __future__ import annotations

import os
import signal


def crash_point(name: str) -> None:
    if os.environ.get("BAOCHI_FAULT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
