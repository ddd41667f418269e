"""Helpers for the chaos tests: a small tmpfs really filled, staging files, the CLI as a process."""

from __future__ import annotations

import gzip
import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import REPO

SENTENCE = ("Sáng 9-7, Ban Thi đua - Khen thưởng tỉnh Thanh Hóa phát động phong trào thi đua yêu nước"
            " năm 2025 với các xã, phường, đơn vị trên địa bàn tỉnh")
WORDS = SENTENCE.split()


def staged_record(number: int, rng: random.Random, **changes: object) -> dict:
    """A sound staged article of about 2.5 KB (varied text, so it does not compress away)."""
    body = " ".join(rng.choice(WORDS) for _ in range(500))
    record = {
        "source_id": "baothanhhoa", "source_article_id": str(number),
        "url": f"http://127.0.0.1/tin-{number}.htm", "canonical_url": None,
        "title": f"Tin số {number}", "lead": "Sáng 9-7, hội nghị.", "body": body, "author": "Tố Phương",
        "category": "Thời sự", "category_slug": "thoi-su", "published_at": "2025-07-09T16:45:00+07:00",
        "body_status": "ok", "extraction": {"title": "selector:h1"}, "content_hash": f"h{number}-{len(body)}",
        "fetched_at": "2025-07-10T00:00:00+00:00", "run_id": "chaos",
    }
    record.update(changes)
    return record


def write_lines(path: Path, lines: list[bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(path, "wb") as handle:
        handle.write(b"".join(lines))
    return path


def line(record: dict) -> bytes:
    return (json.dumps(record, ensure_ascii=False) + "\n").encode()


def baochi(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "baochi.pipeline", *args], capture_output=True, text=True,
                          cwd=REPO, timeout=timeout)


def error_lines(stderr: str) -> list[str]:
    return [text for text in stderr.splitlines() if text.strip()]


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 24 MB tmpfs of our own (CI runs as root); skipped where mounting is not allowed."""
    folder = tmp_path / "tmpfs"
    folder.mkdir()
    try:
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=24m", "tmpfs", str(folder)],
                              capture_output=True, text=True, timeout=30)
    except OSError as exc:
        pytest.skip(f"cannot run mount ({exc}); the disk-full tests need a tmpfs they can fill")
    if done.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here ({done.stderr.strip()}); "
                    "the disk-full tests need root (CI runs them)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=30)


def fill(folder: Path, leave: int = 0) -> Path:
    """Fill the file system of `folder` until only `leave` bytes are free (0: until ENOSPC)."""
    filler = folder / "filler.bin"
    stats = os.statvfs(folder)
    target = max(0, stats.f_bavail * stats.f_frsize - leave)
    chunk = b"\0" * (1 << 20)
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        written = 0
        while written < target:
            written += os.write(fd, chunk[: min(len(chunk), target - written)])
        while leave == 0:  # the last pages: until the kernel refuses
            os.write(fd, chunk[:4096])
    except OSError:
        pass
    finally:
        os.close(fd)
    return filler
