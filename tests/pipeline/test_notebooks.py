"""The analyst notebooks run top to bottom against the demo warehouse in a real Jupyter kernel.

The kernel is this interpreter (`sys.executable -m ipykernel_launcher`), declared in a kernel
spec written to a temporary JUPYTER_PATH, so the test uses the project's venv even on a fresh
machine where no kernel was ever installed, and never a stray user-level `python3` spec.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from tests.conftest import REPO
from tests.pipeline.analytics_support import demo_warehouse

pytestmark = pytest.mark.slow

NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
KERNEL = "baochi-test-python"


@pytest.fixture(scope="module")
def kernel_env(tmp_path_factory, monkeypatch_module) -> str:
    spec = tmp_path_factory.mktemp("jupyter") / "kernels" / KERNEL
    spec.mkdir(parents=True)
    (spec / "kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "baochi (test)", "language": "python",
    }))
    monkeypatch_module.setenv("JUPYTER_PATH", str(spec.parent.parent))
    return KERNEL


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_there_are_the_two_notebooks() -> None:
    assert {p.name for p in NOTEBOOKS} >= {"campaign_coverage.ipynb", "sql_cookbook.ipynb"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_outputs_are_not_committed(path: Path) -> None:
    notebook = nbformat.read(path, as_version=4)
    nbformat.validate(notebook)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, f"{path.name}: strip outputs"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs_top_to_bottom(path: Path, kernel_env: str, tmp_path_factory, monkeypatch_module) -> None:
    db = demo_warehouse(tmp_path_factory)
    monkeypatch_module.setenv("BAOCHI_DB", str(db))
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, kernel_name=kernel_env, timeout=120,
                            resources={"metadata": {"path": str(REPO / "notebooks")}})
    client.execute()  # raises CellExecutionError, with the cell and traceback, on any failure
    outputs = [o for c in notebook.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    assert any(o.output_type in ("execute_result", "display_data") for o in outputs)
    text = json.dumps([o.get("text", "") for o in outputs])
    assert "baochi.read.duckdb" in text  # read the snapshot, not the writer's file
