"""Text analysis commands: `analyse`, `eval` and `eval label` (labels of real paragraphs, their
agreement and adjudication)."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any

import typer
from baochi.pipeline.cli.app import (
    EXIT_FAILURES,
    EXIT_OK,
    EXIT_USAGE,
    DebugOption,
    fail,
    handles_errors,
)
from typer.core import TyperArgument, TyperGroup

# The defaults of baochi.nlp.real_labels, written here: importing anything under baochi.nlp when
# the command line starts would load underthesea, whose import installs a root log handler
# (logging.basicConfig) that turns every command's quiet logging into Scrapy's INFO chatter.
TEXTS_DIR = Path("data/real-text")
LABELS_FILE = Path("nlp/gold/real/labels.jsonl")


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


class _EvalGroup(TyperGroup):
    """`baochi eval [GOLD] [options]` scores; `baochi eval label …` makes the labels it scores.

    The scorer's optional GOLD argument would take the word `label` as a gold file, so a first
    word naming a subcommand goes to that subcommand before the scorer's arguments are parsed
    (`--` ends the scorer's options; the empty GOLD is never used: the callback returns). Options
    may follow GOLD (`baochi eval GOLD --errors`) as they could before `eval` had subcommands.
    """

    allow_interspersed_args = True

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # ctx: typer's own click Context
        if args and args[0] in self.commands:
            return super().parse_args(ctx, ["", "--", *args])
        return super().parse_args(ctx, args)

    def get_params(self, ctx: Any) -> list[Any]:
        """GOLD is no part of a subcommand's path: its usage reads `baochi eval label build`."""
        params = super().get_params(ctx)
        if ctx.command is self:
            return params
        return [p for p in params if not isinstance(p, TyperArgument)]


@handles_errors
def evaluate(
    ctx: typer.Context,
    gold: Annotated[str | None, typer.Argument(help="Gold set (JSON lines); default: the packaged nlp/gold/sentences.jsonl.")] = None,
    manifest: Annotated[str | None, typer.Option(help="Score a sample site's manifest.json instead of a gold set.")] = None,
    real: Annotated[str | None, typer.Option("--real", help="Score the real-text labels (nlp/gold/real/labels.jsonl) against the paragraphs in this folder (its paragraphs.jsonl), per split and kind; exit 2 when the folder or file is absent.")] = None,
    labels: Annotated[str | None, typer.Option("--labels", help="With --real: your own labels (JSON lines, nlp/README.md 'Measuring the extractor on your own corpus') instead of the packaged ones.")] = None,
    errors: Annotated[bool, typer.Option("--errors", help="List every wrong or missed span.")] = False,
    no_baseline: Annotated[bool, typer.Option("--no-baseline", help="Skip underthesea's NER baseline (slow).")] = False,
    debug: DebugOption = False,
) -> None:
    """Precision, recall and F1 per mention type on a gold set, beside underthesea's NER."""
    if ctx.invoked_subcommand is not None:
        return
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


TextsOption = Annotated[Path, typer.Option("--texts", help="Labelling folder: pages/*.txt, ann/*.txt, splits.json (outside git: it holds press text).")]


@handles_errors
def label_draft(
    pagefile: Annotated[Path, typer.Argument(help="A page file (pages/*.txt format); a bare name is looked up in TEXTS/pages.")],
    texts: TextsOption = TEXTS_DIR,
    debug: DebugOption = False,
) -> None:
    """Print what the extractor finds in each paragraph of a page file, as annotation lines to correct."""
    from baochi.nlp.real_labels import LabelError, draft, read_page_file

    path = pagefile if pagefile.exists() or pagefile.parent != Path() else texts / "pages" / pagefile
    if not path.is_file():
        raise fail(f"page file {pagefile} not found (nor {texts / 'pages' / pagefile.name})", EXIT_USAGE)
    try:
        pages = read_page_file(path)
    except LabelError as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    for line in draft(pages):
        sys.stdout.write(line + "\n")


@handles_errors
def label_build(
    texts: TextsOption = TEXTS_DIR,
    labels: Annotated[Path, typer.Option("--labels", help="Labels file to write; the ids already in it stay with their paragraphs.")] = LABELS_FILE,
    debug: DebugOption = False,
) -> None:
    """Build the labels file and TEXTS/paragraphs.jsonl from pages/ and ann/ (exit 2 on a bad line)."""
    from baochi.nlp.real_labels import LabelError, build, summary

    try:
        rows = build(texts, labels)
    except LabelError as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    sys.stdout.write(summary(rows) + "\n")


def _labels_of(path: Path) -> list[dict]:
    from baochi.nlp.real_text import load_labels

    if not path.is_file():
        raise fail(f"labels file {path} not found", EXIT_USAGE)
    try:
        return load_labels(path)
    except ValueError as exc:
        raise fail(str(exc), EXIT_USAGE) from None


@handles_errors
def label_agree(
    reference: Annotated[Path, typer.Argument(help="One labelling (a labels file, JSON lines).")],
    other: Annotated[Path, typer.Argument(help="Another labelling of the same paragraphs, made independently.")],
    differences: Annotated[bool, typer.Option("--differences", help="List every mention one side has and the other lacks.")] = False,
    debug: DebugOption = False,
) -> None:
    """How far two labellings of the same paragraphs agree, per kind: the ceiling of any score against one labeller."""
    from baochi.nlp.agreement import compare, report_lines

    result = compare(_labels_of(reference), _labels_of(other))
    if not result.paragraphs:
        raise fail(f"{reference} and {other} label no paragraph in common (they match by sha256)", EXIT_USAGE)
    for line in report_lines(result, show_differences=differences):
        sys.stdout.write(line + "\n")


@handles_errors
def label_sheet(
    out: Annotated[Path, typer.Argument(help="New labelling folder for the adjudicator: pages/ and splits.json copied, ann/sheet.txt written.")],
    labels: Annotated[list[Path], typer.Option("--labels", help="A labelling to adjudicate (repeat for each; the first decides which paragraphs).")],
    texts: TextsOption = TEXTS_DIR,
    extractor: Annotated[bool, typer.Option("--extractor", help="Add the extractor's output as one more labelling.")] = False,
    debug: DebugOption = False,
) -> None:
    """Write an adjudication sheet: every candidate mention once, with how many labellings gave it, never which."""
    import shutil

    from baochi.nlp.agreement import adjudication_sheet, extractor_rows, unplaceable
    from baochi.nlp.real_labels import LabelError, read_pages
    from baochi.nlp.real_text import TextsMissing, load_texts

    if (out / "ann").exists() and any((out / "ann").iterdir()):
        raise fail(f"{out / 'ann'} already holds annotations: not overwritten (adjudication in progress?)", EXIT_USAGE)
    sets = [_labels_of(path) for path in labels]
    if not sets:
        raise fail("give at least one --labels file", EXIT_USAGE)
    try:
        paragraphs = load_texts(texts)
        pages = read_pages(texts)
    except (TextsMissing, LabelError) as exc:
        raise fail(str(exc), EXIT_USAGE) from None
    if extractor:
        sets.append(extractor_rows(sets[0], paragraphs))
    (out / "ann").mkdir(parents=True, exist_ok=True)
    shutil.copytree(texts / "pages", out / "pages", dirs_exist_ok=True)
    if (texts / "splits.json").is_file():
        shutil.copy2(texts / "splits.json", out / "splits.json")
    lines = list(adjudication_sheet(sets, paragraphs, pages))
    (out / "ann" / "sheet.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    left_out = unplaceable(sets[0], paragraphs, pages)
    if left_out:
        sys.stderr.write(f"{len(left_out)} labelled paragraphs left out of the sheet: no text in "
                         f"{texts / 'paragraphs.jsonl'} or no page in {texts / 'pages'} "
                         f"({', '.join(left_out[:5])}{' …' if len(left_out) > 5 else ''})\n")
    disputed = sum(1 for line in lines if line.startswith("# ?"))
    agreed = sum(1 for line in lines if line.startswith("# ="))
    sys.stdout.write(f"{out / 'ann' / 'sheet.txt'}: {sum(1 for line in lines if line.startswith('@ '))} paragraphs, "
                     f"{agreed} mentions unanimous, {disputed} disputed ({len(sets)} labellings)\n")


def register(app: typer.Typer) -> None:
    app.command()(analyse)
    group = typer.Typer(cls=_EvalGroup, invoke_without_command=True)
    group.callback()(evaluate)
    label = typer.Typer(help="Label real paragraphs: draft from the extractor, then build the labels file.",
                        no_args_is_help=True)
    label.command("draft")(label_draft)
    label.command("build")(label_build)
    label.command("agree")(label_agree)
    label.command("sheet")(label_sheet)
    group.add_typer(label, name="label")
    app.add_typer(group, name="eval")
