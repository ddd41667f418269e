"""The install is decided by the repository's files alone: these checks fail CI with a clear
message when pyproject.toml and the locks drift apart, instead of a newcomer's `make demo`
failing on a machine we never saw."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]
RELOCK = "run 'make lock' and commit requirements.lock"


def _pins(lock: Path) -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes) for every `name==version` entry of a lock."""
    pins: dict[str, tuple[str, int]] = {}
    current = None
    for line in lock.read_text("utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s\\;]+)", line)
        if match:
            current = canonicalize_name(match.group(1))
            pins[current] = (match.group(2), 0)
        elif current and line.strip().startswith("--hash=sha256:"):
            version, count = pins[current]
            pins[current] = (version, count + 1)
    return pins


def _pyproject() -> dict:
    return tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))


def _required() -> list[Requirement]:
    project = _pyproject()["project"]
    lines = list(project["dependencies"])
    for extra in project.get("optional-dependencies", {}).values():
        lines.extend(extra)
    return [Requirement(line) for line in lines]


@pytest.mark.parametrize("lock", ["requirements.lock", "requirements-bootstrap.lock"])
def test_every_pin_has_a_hash_and_no_address(lock: str) -> None:
    path = REPO / lock
    pins = _pins(path)
    assert pins, f"{lock} pins nothing"
    unhashed = sorted(name for name, (_, hashes) in pins.items() if hashes == 0)
    assert not unhashed, f"{lock}: no --hash for {unhashed}; {RELOCK}"
    text = path.read_text("utf-8")
    assert "://" not in text, f"{lock} records a download address; compile it without index URLs"
    assert not re.search(r"^\s*-(-index-url|-extra-index-url|-find-links|i|f)\b", text, re.M)


def test_lock_satisfies_every_requirement_of_pyproject() -> None:
    pins = _pins(REPO / "requirements.lock")
    problems = []
    for requirement in _required():
        name = canonicalize_name(requirement.name)
        if name not in pins:
            problems.append(f"{requirement} is not in the lock")
        elif not requirement.specifier.contains(pins[name][0], prereleases=True):
            problems.append(f"{requirement} but the lock pins {name}=={pins[name][0]}")
    assert not problems, "; ".join(problems) + f" — {RELOCK}"


def test_bootstrap_lock_pins_the_installer() -> None:
    pins = _pins(REPO / "requirements-bootstrap.lock")
    assert "pip" in pins, "requirements-bootstrap.lock must pin pip: the venv's bundled pip mis-resolves extras"
    major = int(pins["pip"][0].split(".")[0])
    assert major >= 25, "pip before 25 ignores a pinned version for requirements with extras"


def test_makefile_installs_the_bootstrap_lock_first() -> None:
    recipe = (REPO / "Makefile").read_text("utf-8")
    bootstrap = recipe.index("-r requirements-bootstrap.lock")
    main = recipe.index("-r requirements.lock")
    assert bootstrap < main
    assert "--require-hashes" in recipe[recipe.rfind("\n", 0, bootstrap):bootstrap]


def test_every_package_folder_is_installed_under_the_namespace() -> None:
    """A package folder missing from pyproject's list would be absent from a built wheel."""
    listed = set(_pyproject()["tool"]["setuptools"]["packages"])
    found = {
        "baochi." + ".".join(init.parent.relative_to(REPO).parts)
        for top in ("crawler", "nlp", "pipeline")
        for init in (REPO / top).rglob("__init__.py")
    }
    assert found - listed == set(), f"add to [tool.setuptools] packages: {sorted(found - listed)}"
    assert listed - found == set(), f"listed but not a package: {sorted(listed - found)}"


def test_the_namespace_does_not_install_bare_top_level_names(tmp_path: Path) -> None:
    """From another folder, `pipeline` and `nlp` must not resolve to this project."""
    import subprocess

    probe = (
        "import importlib.util, baochi.pipeline, baochi.nlp, baochi.crawler;"
        "print(*[importlib.util.find_spec(n) is None for n in ('pipeline', 'nlp', 'crawler')])"
    )
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "True", "True"], out.stdout
