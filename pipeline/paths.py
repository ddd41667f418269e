"""Where a run reads and writes: everything lives in the folder that holds the database.

`--db SOMEDIR/baochi.duckdb` (or BAOCHI_DB) therefore isolates a whole run — staging, raw
HTML, reports and locks included — which is what tests and parallel experiments rely on.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from baochi.pipeline.settings import DEFAULT_DB, get_settings

__all__ = ["DEFAULT_DB", "DataPaths", "resolve_paths"]


@dataclass(frozen=True)
class DataPaths:
    db: Path

    @property
    def data_dir(self) -> Path:
        return self.db.parent

    @property
    def staging(self) -> Path:
        return self.data_dir / "staging"

    @property
    def loaded(self) -> Path:
        return self.data_dir / "loaded"

    @property
    def raw(self) -> Path:
        return self.data_dir / "raw"

    @property
    def reports(self) -> Path:
        return self.data_dir / "reports"

    @property
    def sample_site(self) -> Path:
        return self.data_dir / "sample_site"

    @property
    def lock(self) -> Path:
        return self.data_dir / "baochi.lock"


def resolve_paths(db: str | Path | None = None) -> DataPaths:
    """`--db` wins over BAOCHI_DB, which wins over ./data/baochi.duckdb."""
    chosen = Path(db) if db else get_settings().db
    return DataPaths(db=chosen.expanduser().resolve())
