# Two commands on a fresh machine with Python 3.11 and make:
#   make demo   install into .venv from the lock, then run the whole job on the sample site
#   make test   install into .venv from the lock, then run the whole test suite (what CI runs)
# For contributors:
#   make check  lint, type check and the fast tests (not marked slow or browser), on both cores
#   make lock   re-pin requirements.lock and requirements-bootstrap.lock after editing pyproject.toml
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install system-packages demo test check lint typecheck bench lock clean

# The venv's bundled pip (23.2.1 with Python 3.11.7) picks the newest release for a requirement
# with extras even when the lock pins it, so the first thing installed is a pinned, hash-checked
# pip; everything after that is decided by the lock alone.
$(STAMP): requirements.lock requirements-bootstrap.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "error: $(PYTHON) not found; install Python 3.11 or run 'make PYTHON=python3 ...'"; exit 2; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps -r requirements-bootstrap.lock
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	@touch $(STAMP)

install: $(STAMP) system-packages

# Chromium (render mode, report screenshots) and redis-server (shared crawl frontier) come from
# Debian. As root with apt-get they are installed here, so `make test` runs what CI runs;
# otherwise one line says how, and the tests that need them are skipped with that reason.
system-packages:
	@missing=""; \
	[ -x /usr/bin/chromium ] || missing="$$missing chromium"; \
	command -v redis-server >/dev/null 2>&1 || missing="$$missing redis-server"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else \
	    echo "note: missing Debian packages:$$missing -- run 'sudo apt-get install -y$$missing' or their tests are skipped"; \
	  fi; \
	fi

demo: install
	$(BIN)/baochi demo

test: install
	$(BIN)/python -m pytest

check: install
	$(BIN)/ruff check .
	$(BIN)/mypy
	$(BIN)/python -m pytest -m "not slow and not browser" -q -n 2 --dist loadfile

lint: install
	$(BIN)/ruff check .

typecheck: install
	$(BIN)/mypy

bench: install
	$(BIN)/python -m benchmarks.run

lock: install
	$(BIN)/uv pip compile requirements-bootstrap.in --generate-hashes --python-version 3.11 -o requirements-bootstrap.lock
	$(BIN)/uv pip compile pyproject.toml --extra dev --extra scale --generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
