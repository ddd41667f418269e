"""Item pipeline that writes staging files: `<data>/staging/<run_id>-<seq>.jsonl.gz`.

One line per `baochi.crawler.contract.StagedArticle`, checked against the contract first (a
record that breaks it raises `InvalidRecord`, counted as `failed`).

Each batch is written as `.part`, fsynced and renamed, so a file without `.part` is always
complete; a run killed mid-batch loses only the unfinished batch, whose articles are not
known yet and are fetched again by the next run. Raw HTML goes to `<data>/raw/<source>/`.
"""

from __future__ import annotations

import gzip
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from baochi.crawler.contract import Outcome, StagedArticle, record_outcome
from scrapy import Spider
from scrapy.crawler import Crawler


def _fsync(part: Path) -> None:
    with open(part, "rb") as handle:
        os.fsync(handle.fileno())


def rename_synced(part: Path, final: Path) -> None:
    os.replace(part, final)
    dir_fd = os.open(final.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


def write_raw_html(data_dir: Path, source_id: str, article_id: str, body: bytes, *,
                   compressed: bool = False) -> Path:
    """`<data>/raw/<source>/<id>.html.gz`, written as `.part` and renamed."""
    folder = data_dir / "raw" / source_id
    if not folder.is_dir():
        folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"{article_id}.html.gz"
    part = folder / f"{article_id}.html.gz.part"
    part.write_bytes(body if compressed else gzip.compress(body, compresslevel=3, mtime=0))
    os.replace(part, final)
    return final


# Sent (keyword `path`, the complete and fsynced `.part` file) just before a batch is renamed
# into place, so a shared frontier can publish its ids first: a worker killed after the rename
# but before publishing would leave a committed batch other machines do not know and would
# stage again. Killed between publishing and the rename, the batch stays a `.part` that the
# frontier marked, and that machine's next crawl renames it (`frontier.promote_marked`).
batch_committing = object()
# Sent (keyword `path`) the moment a batch file is renamed into place.
batch_committed = object()


class StagingWriter:
    """Writes article records in batches of complete, atomically renamed files."""

    def __init__(self, staging_dir: Path, run_id: str, batch_size: int = 500,
                 on_commit: Callable[[Path], Any] | None = None,
                 before_commit: Callable[[Path], Any] | None = None) -> None:
        self.on_commit = on_commit
        self.before_commit = before_commit
        self.staging_dir = staging_dir
        self.run_id = run_id
        self.batch_size = batch_size
        self.files: list[Path] = []
        self.records = 0
        self._seq = 0
        self._handle: Any = None  # the part file, binary
        self._stream: gzip.GzipFile | None = None  # the open gzip member plain lines go into
        self._part: Path | None = None
        self._in_batch = 0

    def _open(self) -> None:
        self.staging_dir.mkdir(parents=True, exist_ok=True)
        self._seq += 1
        self._part = self.staging_dir / f"{self.run_id}-{self._seq:04d}.jsonl.gz.part"
        self._handle = open(self._part, "wb")  # noqa: SIM115 (spans many writes)
        self._stream = None
        self._in_batch = 0

    def write(self, record: dict[str, Any] | StagedArticle) -> None:
        """A record compressed beside its parse (`staged_gz`) is appended as its own gzip
        member; other lines go into one member, ended before such an append."""
        member = record.staged_gz if isinstance(record, StagedArticle) else None
        line = b""
        if member is None:
            text = record.to_json() if isinstance(record, StagedArticle) else json.dumps(
                record, ensure_ascii=False, sort_keys=True)
            line = text.encode("utf-8") + b"\n"  # a lone surrogate fails here, before anything is written
        if self._handle is None:
            self._open()
        if member is not None:
            self._end_stream()
            self._handle.write(member)
        else:
            if self._stream is None:
                self._stream = gzip.GzipFile(fileobj=self._handle, mode="wb", compresslevel=6, mtime=0)
            self._stream.write(line)
        self._in_batch += 1
        self.records += 1
        if self._in_batch >= self.batch_size:
            self.flush()

    def _end_stream(self) -> None:
        if self._stream is not None:
            self._stream.close()  # writes the member's trailer; the part file stays open
            self._stream = None

    def flush(self) -> None:
        if self._handle is None or self._part is None:
            return
        self._end_stream()
        self._handle.close()
        final = self._part.with_name(self._part.name.removesuffix(".part"))
        _fsync(self._part)
        if self.before_commit is not None:
            self.before_commit(self._part)
        rename_synced(self._part, final)
        self.files.append(final)
        self._handle = None
        self._part = None
        if self.on_commit is not None:
            self.on_commit(final)


class StagingPipeline:
    def __init__(self, data_dir: Path, batch_size: int, keep_raw: bool, crawler: Crawler) -> None:
        self.data_dir = data_dir
        self.batch_size = batch_size
        self.keep_raw = keep_raw
        self.crawler = crawler
        self.writer: StagingWriter | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StagingPipeline:
        settings = crawler.settings
        return cls(
            Path(settings.get("BAOCHI_DATA_DIR", "data")),
            settings.getint("BAOCHI_STAGING_BATCH", 500),
            settings.getbool("BAOCHI_KEEP_RAW_HTML", True),
            crawler,
        )

    def open_spider(self, spider: Spider | None = None) -> None:
        spider = spider or self.crawler.spider
        self.writer = StagingWriter(
            self.data_dir / "staging", str(getattr(spider, "run_id", "run")), self.batch_size,
            on_commit=lambda path: self.crawler.signals.send_catch_log(batch_committed, path=path),
            before_commit=lambda path: self.crawler.signals.send_catch_log(batch_committing, path=path),
        )

    async def process_item(self, item: StagedArticle) -> StagedArticle:
        assert self.writer is not None
        if item.staged_gz is None:  # changed since the parse worker checked it
            item.check()
        raw, item.raw_gz = item.raw_gz, None
        part, item.raw_part = item.raw_part, None
        if part:
            # The record is staged only after its raw file: written by the parse worker
            # (crawler/parsing.py) under a part name, renamed into place here.
            os.replace(part, os.path.join(os.path.dirname(part), f"{item.source_article_id}.html.gz"))
        elif self.keep_raw and raw:
            write_raw_html(self.data_dir, item.source_id, item.source_article_id, raw, compressed=True)
        self.writer.write(item)
        record_outcome(self.crawler.stats, Outcome.STAGED)
        self.crawler.stats.inc_value(f"baochi/body_status/{item.body_status}")
        return item

    def close_spider(self, spider: Spider | None = None) -> None:
        if self.writer is not None:
            self.writer.flush()
            self.crawler.stats.set_value(
                "baochi/staging_files", [str(p) for p in self.writer.files]
            )
