"""Text analysis commands: `analyse`."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from typing import Annotated

import typer
from baochi.pipeline.cli.app import (
    EXIT_FAILURES,
    EXIT_OK,
    EXIT_USAGE,
    DebugOption,
    fail,
    handles_errors,
)


@handles_errors
def analyse(
    published_at: Annotated[str | None, typer.Option(help="Publication time (ISO 8601) to resolve dates against.")] = None,
    source: Annotated[str | None, typer.Option(help="Source id; fills the province of a bare 'tỉnh'.")] = None,
    jsonl: Annotated[bool, typer.Option("--jsonl", help='Read lines of {"id", "text", "published_at", "source"}; write one result per line.')] = False,
    debug: DebugOption = False,
) -> None:
    """Analyse text from stdin and print campaigns, organisations, dates, honours, documents as JSON."""
    from baochi import nlp

    if published_at is not None:
        try:
            datetime.fromisoformat(published_at)
        except ValueError:
            raise typer.BadParameter(f"{published_at!r} is not an ISO 8601 time", param_hint="--published-at") from None
    if not jsonl:
        text = sys.stdin.read()
        result = nlp.analyse(text, published_at, source).to_dict()
        sys.stdout.write(json.dumps(result, ensure_ascii=False, indent=2) + "\n")
        return
    failures = 0
    for number, line in enumerate(sys.stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            result = nlp.analyse(
                item.get("text") or "", item.get("published_at") or published_at,
                item.get("source") or source,
            ).to_dict()
            result = {"id": item.get("id"), **result}
        except (ValueError, AttributeError) as exc:
            failures += 1
            result = {"id": None, "error": f"line {number}: {exc}"}
        sys.stdout.write(json.dumps(result, ensure_ascii=False) + "\n")
    raise typer.Exit(EXIT_FAILURES if failures else EXIT_OK)

@handles_errors
def evaluate(
    gold: Annotated[str | None, typer.Argument(help="Gold set (JSON lines); default: the packaged nlp/gold/sentences.jsonl.")] = None,
    manifest: Annotated[str | None, typer.Option(help="Score a sample site's manifest.json instead of a gold set.")] = None,
    real: Annotated[str | None, typer.Option("--real", help="Score the real-text labels (nlp/gold/real/labels.jsonl) against the paragraphs in this folder (its paragraphs.jsonl), per split and kind; exit 2 when the folder or file is absent.")] = None,
    labels: Annotated[str | None, typer.Option("--labels", help="With --real: your own labels (JSON lines, nlp/README.md 'Measuring the extractor on your own corpus') instead of the packaged ones.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List every wrong or missed span.")] = False,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="Skip underthesea's NER baseline (slow).")] = False,
    debug: DebugOption = False,
) -> None:
    """Precision, recall and F1 per mention type on a gold set, beside underthesea's NER."""
    from baochi.nlp.evaluate import main as evaluate_main

    argv = [gold] if gold else []
    if manifest:
        argv += ["--manifest", manifest]
    if real:
        argv += ["--real", real]
    elif labels:
        raise fail("--labels goes with --real FOLDER (the folder of the labelled paragraphs)", EXIT_USAGE)
    if labels:
        argv += ["--labels", labels]
    if errors:
        argv.append("--errors")
    if no_baseline:
        argv.append("--no-baseline")
    raise typer.Exit(evaluate_main(argv))


def register(app: typer.Typer) -> None:
    app.command()(analyse)
    app.command("eval")(evaluate)
