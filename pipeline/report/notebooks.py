"""Run the analyst notebooks headless and save executed copies an analyst can open.

`jupyter-execute` runs a notebook and throws the outputs away; analysts want the charts and
tables. Each notebook of `notebooks/` runs top to bottom in a kernel that is this interpreter
(a kernel spec written to a temporary JUPYTER_PATH, so no kernel has to be installed and no
stray user-level `python3` is picked), with `BAOCHI_DB` set to the warehouse asked for; the
executed copy, outputs included, is written to `<out>/<name>.ipynb` — also when a cell fails,
so the error shows where it happened.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parents[2] / "notebooks"
KERNEL = "baochi-venv"
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class Executed:
    name: str
    path: Path
    ok: bool
    error: str = ""


def available() -> list[Path]:
    return sorted(NOTEBOOKS.glob("*.ipynb"))


def run_notebooks(db: Path, out_dir: Path, names: list[str] | None = None, *, timeout: int = 600) -> list[Executed]:
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    chosen = available()
    if names:
        wanted = {n.removesuffix(".ipynb") for n in names}
        unknown = wanted - {p.stem for p in chosen}
        if unknown:
            raise ValueError(f"no notebook named {', '.join(sorted(unknown))}; there are: "
                             + ", ".join(p.stem for p in chosen))
        chosen = [p for p in chosen if p.stem in wanted]
    out_dir.mkdir(parents=True, exist_ok=True)
    results = []
    old = {k: os.environ.get(k) for k in ("BAOCHI_DB", "JUPYTER_PATH")}
    with tempfile.TemporaryDirectory(prefix="baochi-kernel-") as home:
        spec = Path(home) / "kernels" / KERNEL
        spec.mkdir(parents=True)
        (spec / "kernel.json").write_text(json.dumps({
            "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
            "display_name": "baochi (venv)", "language": "python",
        }), "utf-8")
        os.environ["BAOCHI_DB"] = str(db.resolve())
        os.environ["JUPYTER_PATH"] = home
        try:
            for path in chosen:
                notebook = nbformat.read(path, as_version=4)
                client = NotebookClient(notebook, kernel_name=KERNEL, timeout=timeout,
                                        resources={"metadata": {"path": str(NOTEBOOKS)}})
                error = ""
                try:
                    client.execute()
                except CellExecutionError as exc:
                    lines = _ANSI.sub("", str(exc)).strip().splitlines()
                    error = lines[-1] if lines else type(exc).__name__
                target = out_dir / path.name
                partial = target.with_name(f".{target.name}.partial")
                nbformat.write(notebook, partial)
                partial.replace(target)
                results.append(Executed(path.stem, target, not error, error))
        finally:
            for key, value in old.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    return results
