"""The command line starts without the NLP stack, and the NLP stack leaves logging alone.

underthesea's import installs a root log handler; when a command line that crawls had imported
it (through a module under baochi.nlp), `baochi crawl` printed Scrapy's whole INFO log on
standard error at its WARNING level.
"""

from __future__ import annotations

import subprocess
import sys


def _python(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_command_line_does_not_import_the_nlp_stack():
    out = _python("import sys, baochi.pipeline.cli.app; "
                  "print(sorted(m for m in sys.modules if m.startswith(('underthesea', 'baochi.nlp'))))")
    assert out == "[]"


def test_importing_the_nlp_stack_adds_no_root_log_handler():
    out = _python("import logging, baochi.nlp; print(len(logging.root.handlers))")
    assert out == "0"


def test_a_users_own_root_handler_is_kept():
    out = _python("import logging; logging.basicConfig(format='%(levelname)s %(message)s'); "
                  "import baochi.nlp; print(len(logging.root.handlers))")
    assert out == "1"


def test_the_label_commands_defaults_are_the_modules():
    import baochi.pipeline.cli.app  # noqa: F401  (registers the command modules)
    from baochi.nlp import real_labels
    from baochi.pipeline.cli.commands import text

    assert (text.TEXTS_DIR, text.LABELS_FILE) == (real_labels.TEXTS_DIR, real_labels.LABELS_FILE)
