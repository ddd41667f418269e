"""Evaluation of ``baochi.nlp.analyse`` against the project's gold set.

    python -m baochi.nlp.evaluate [PATH] [--no-baseline] [--errors]
    python -m baochi.nlp.evaluate --manifest SAMPLE_SITE/manifest.json   # the sample site as gold
    python -m baochi.nlp.evaluate --pin      # re-pin nlp/gold/floors.json after a reviewed change
    python -m baochi.nlp.evaluate --real DIR # real press paragraphs (labels in nlp/gold/real/)

Scores per type, micro-averaged over all sentences:

* campaigns: a prediction is correct when its span is exactly a gold span and its
  ``campaign_id`` equals ``slug(gold name)``;
* organisations: exact span and ``organisation_id == slug(gold name)``;
* dates: exact span and the same ``date_start``, ``date_end`` and ``granularity``;
  ``resolution`` is the share of span-matched dates whose values are right.

The baseline is underthesea's bundled ``ner`` (CRF): its ORG entities scored by exact span
against the gold organisations (it gives no canonical name, so only the span can be right; our
span-only figure is printed beside it). It tags most bodies as LOC, so ORG|LOC is shown too.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from baochi.nlp import analyse, nfc, slug

GOLD_PATH = Path(__file__).parent / "gold" / "sentences.jsonl"
FLOORS_PATH = Path(__file__).parent / "gold" / "floors.json"
TYPES = ("campaigns", "organisations", "dates")
TOLERANCE = 0.02


def gold_sha256(path: str | Path | None = None) -> str:
    """sha256 of the gold file's bytes: the floors hold only for the file they were pinned on."""
    return hashlib.sha256(Path(path or GOLD_PATH).read_bytes()).hexdigest()


def pinned_scores(report: dict) -> dict:
    """The figures the CI gate holds: P, R, F1 per type and the date resolution."""
    scores = {kind: {m: round(report[kind][m], 4) for m in ("precision", "recall", "f1")}
              for kind in TYPES}
    scores["date_resolution"] = round(report["date_resolution"], 4)
    return scores


# where the real-text paragraphs are looked for by the gate (the labels are packaged)
REAL_TEXT_DIR = Path(__file__).resolve().parent.parent / "data" / "real-text"


def real_floor_scores(real: dict) -> dict:
    """P, R, F1 per split and kind of an ``evaluate_real`` report, for the gate."""
    return {split: {kind: {m: round(real[split][kind][m], 4) for m in ("precision", "recall", "f1")}
                    for kind in TYPES}
            for split in real if split not in ("joined", "complete")}


def present_ids(real_dir: str | Path, labels: str | Path | None = None) -> list[str]:
    """Ids of the label rows whose paragraph is in ``real_dir`` (hash checked), in id order."""
    from baochi.nlp import real_text

    joined = real_text.join(real_text.load_labels(labels), real_text.load_texts(real_dir))
    return sorted(label["id"] for label, _text in joined.items)


def rows_sha256(ids: list[str], labels: str | Path | None = None) -> str:
    """sha256 of the label rows ``ids`` (canonical JSON, id order): the real floors hold for
    these rows as they were labelled when pinned. Rows added later do not touch it; a pinned
    row corrected or removed does (a missing id hashes as a missing line)."""
    from baochi.nlp import real_text

    by_id = {row["id"]: row for row in real_text.load_labels(labels)}
    lines = [json.dumps(by_id.get(i), ensure_ascii=False, sort_keys=True) for i in sorted(ids)]
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def pin_floors(report: dict | None = None, path: str | Path | None = None,
               real_dir: str | Path | None = REAL_TEXT_DIR) -> dict:
    """Write the floors file from a fresh evaluation of the packaged gold set, and of the
    real-text label rows whose paragraphs are in ``real_dir``.

    The real floors are pinned on those rows only (their ids and a hash of their labels are
    recorded): a folder holding part of the set can pin, labels added afterwards (a new batch)
    leave the pin valid, and the gate runs wherever those paragraphs are present."""
    from baochi.nlp import real_text

    report = report if report is not None else evaluate(baseline=False)
    floors: dict = {
        "gold_file": GOLD_PATH.name,
        "gold_sha256": gold_sha256(),
        "sentences": report["sentences"],
        "tolerance": TOLERANCE,
        "scores": pinned_scores(report),
    }
    if real_dir is not None and (Path(real_dir) / real_text.TEXTS_FILE).is_file():
        ids = present_ids(real_dir)
        if ids:
            real = evaluate_real(real_dir, only_ids=ids)
            floors["real"] = {"rows": len(ids), "rows_sha256": rows_sha256(ids), "ids": ids,
                              "scores": real_floor_scores(real)}
    Path(path or FLOORS_PATH).write_text(
        json.dumps(floors, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return floors


def load_floors(path: str | Path | None = None) -> dict:
    with open(path or FLOORS_PATH, encoding="utf-8") as fh:
        return json.load(fh)


def below_real_floors(real: dict, floors: dict) -> list[str]:
    """Every pinned real-text figure the report falls below by more than the tolerance."""
    tol = floors["tolerance"]
    now = real_floor_scores(real)
    drops = []
    for split, kinds in floors["real"]["scores"].items():
        for kind, metrics in kinds.items():
            for metric, value in metrics.items():
                got = now.get(split, {}).get(kind, {}).get(metric, 0.0)
                if got < value - tol - 1e-9:
                    drops.append(f"real {split}.{kind}.{metric}: {got:.4f} < {value:.4f} - {tol}")
    return drops


def below_floors(report: dict, floors: dict) -> list[str]:
    """Every pinned figure the report falls below by more than the tolerance."""
    tol = floors["tolerance"]
    now = pinned_scores(report)
    drops = []
    for name, pinned in floors["scores"].items():
        if isinstance(pinned, dict):
            for metric, value in pinned.items():
                if now[name][metric] < value - tol - 1e-9:
                    drops.append(f"{name}.{metric}: {now[name][metric]:.4f} < {value:.4f} - {tol}")
        elif now[name] < pinned - tol - 1e-9:
            drops.append(f"{name}: {now[name]:.4f} < {pinned:.4f} - {tol}")
    return drops


def _prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "predicted": n_pred, "gold": n_gold, "precision": p, "recall": r, "f1": f}


def load_gold(path: str | Path | None = None) -> list[dict]:
    with open(path or GOLD_PATH, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _gold_keys(row: dict, kind: str) -> set[tuple]:
    out: set[tuple] = set()
    for g in row[kind]:
        if kind == "dates":
            out.add((g["start"], g["end"], g["date_start"], g["date_end"], g["granularity"]))
        else:
            out.add((g["start"], g["end"], slug(g["name"])))
    return out


def _pred_keys(result: dict, kind: str) -> set[tuple]:
    out: set[tuple] = set()
    for m in result[kind]:
        if kind == "dates":
            out.add((m["start"], m["end"], m["date_start"], m["date_end"], m["granularity"]))
        elif kind == "campaigns":
            out.add((m["start"], m["end"], m["campaign_id"]))
        else:
            out.add((m["start"], m["end"], m["organisation_id"]))
    return out


def ner_org_spans(text: str, labels: tuple[str, ...] = ("ORG",)) -> set[tuple[int, int]]:
    """Entities of underthesea's bundled NER with one of ``labels``, as character spans."""
    from underthesea import ner

    spans: set[tuple[int, int]] = set()
    cursor = 0
    current: list[int] | None = None
    for word, _pos, _chunk, tag in ner(text):
        first = word.split(" ")[0]
        start = text.find(first, cursor)
        if start < 0:
            continue
        last = word.split(" ")[-1]
        end = text.find(last, start) + len(last)
        cursor = end
        if tag[:2] == "B-" and tag[2:] in labels:
            if current:
                spans.add((current[0], current[1]))
            current = [start, end]
        elif tag[:2] == "I-" and tag[2:] in labels and current:
            current[1] = end
        else:
            if current:
                spans.add((current[0], current[1]))
            current = None
    if current:
        spans.add((current[0], current[1]))
    return spans


def evaluate(path: str | Path | None = None, baseline: bool = True,
             errors: list | None = None, rows: list[dict] | None = None) -> dict:
    """Precision, recall and F1 per type (and the NER baseline for organisations)."""
    rows = rows if rows is not None else load_gold(path)
    counts = {k: [0, 0, 0] for k in TYPES}  # tp, predicted, gold
    span_only = [0, 0, 0]
    date_span_tp = 0
    date_value_tp = 0
    ner_counts = [0, 0, 0]
    ner_loose = [0, 0, 0]
    for row in rows:
        text = nfc(row["text"])
        result = analyse(text, row.get("published_at"), row.get("source")).to_dict()
        for kind in TYPES:
            gold = _gold_keys(row, kind)
            pred = _pred_keys(result, kind)
            counts[kind][0] += len(gold & pred)
            counts[kind][1] += len(pred)
            counts[kind][2] += len(gold)
            if errors is not None:
                for miss in sorted(gold - pred):
                    errors.append((row["id"], kind, "missed", miss, text[miss[0]:miss[1]]))
                for extra in sorted(pred - gold):
                    errors.append((row["id"], kind, "spurious", extra, text[extra[0]:extra[1]]))
        gold_spans = {(g["start"], g["end"]) for g in row["organisations"]}
        pred_spans = {(m["start"], m["end"]) for m in result["organisations"]}
        span_only[0] += len(gold_spans & pred_spans)
        span_only[1] += len(pred_spans)
        span_only[2] += len(gold_spans)
        gold_dates = {(g["start"], g["end"]): g for g in row["dates"]}
        for m in result["dates"]:
            g = gold_dates.get((m["start"], m["end"]))
            if g is None:
                continue
            date_span_tp += 1
            if (g["date_start"], g["date_end"], g["granularity"]) == (
                m["date_start"], m["date_end"], m["granularity"]
            ):
                date_value_tp += 1
        if baseline:
            ner_spans = ner_org_spans(text)
            ner_counts[0] += len(ner_spans & gold_spans)
            ner_counts[1] += len(ner_spans)
            ner_counts[2] += len(gold_spans)
            loose = ner_org_spans(text, ("ORG", "LOC"))
            ner_loose[0] += len(loose & gold_spans)
            ner_loose[1] += len(loose)
            ner_loose[2] += len(gold_spans)
    report: dict = {kind: _prf(*counts[kind]) for kind in TYPES}
    report["organisations_span_only"] = _prf(*span_only)
    report["date_resolution"] = date_value_tp / date_span_tp if date_span_tp else 1.0
    report["sentences"] = len(rows)
    if baseline:
        report["baseline_ner_organisations"] = _prf(*ner_counts)
        report["baseline_ner_org_or_loc"] = _prf(*ner_loose)
    return report


def evaluate_real(directory: str | Path, labels: str | Path | None = None,
                  only_ids: list[str] | None = None) -> dict:
    """Scores on the real-text labels whose paragraphs are in ``directory``, per split;
    ``only_ids``: those label rows only (the gate's pinned rows).

    Raises ``baochi.nlp.real_text.TextsMissing`` when the folder or its paragraphs file is absent.
    """
    from baochi.nlp import real_text

    texts = real_text.load_texts(directory)
    rows = real_text.load_labels(labels)
    if only_ids is not None:
        wanted = set(only_ids)
        rows = [row for row in rows if row["id"] in wanted]
    joined = real_text.join(rows, texts)
    # the source is what the crawler would pass: the paper's id, here its page address when the
    # label names no registered source (a paper is often named after its province)
    address = {text: lab.get("url") for lab, text in joined.items}

    def run(text: str, published_at: str | None = None, source: str | None = None):
        return analyse(text, published_at, source or address.get(text))

    splits = sorted({lab.get("split") or "dev" for lab, _t in joined.items})
    report: dict = {"joined": joined.summary(), "complete": joined.complete,
                    "all": real_text.score(joined, run)}
    for split in splits:
        report[split] = real_text.score(joined, run, split=split)
    return report


def print_real(report: dict, show_errors: bool = False) -> None:
    """The scores per split and kind, each F1 with its 95 % interval when outlets are drawn
    again (baochi.nlp.confidence: paragraphs of one outlet are not independent)."""
    from baochi.nlp.confidence import f1_interval

    print(f"real-text paragraphs: {report['joined']}")
    splits = [k for k in report if k not in ("joined", "complete")]
    w = max(9, *(len(s) + 1 for s in splits))  # "heldout-pages" needs more than "heldout"
    print(f"{'split':<{w}}{'type':<15}{'P':>7}{'R':>7}{'F1':>7}  {'F1 95% CI, by outlet':<21}"
          f"{'tp':>6}{'pred':>6}{'gold':>6}{'n':>6}{'outlets':>8}")
    for split in splits:
        r = report[split]
        for kind in TYPES:
            x = r[kind]
            interval = f1_interval(r.get("paragraph_counts", {}).get(kind, []))
            print(f"{split:<{w}}{kind:<15}{x['precision']:>7.3f}{x['recall']:>7.3f}{x['f1']:>7.3f}  "
                  f"{str(interval):<21}{x['tp']:>6}{x['predicted']:>6}{x['gold']:>6}"
                  f"{r['paragraphs']:>6}{interval.clusters:>8}")
        print(f"{split:<{w}}{'not-campaigns emitted as campaigns':<36}{r['not_campaigns_emitted']:>6}")
    if show_errors:
        print("\nerrors (dev split):")
        for e in report.get("dev", report["all"])["errors"]:
            print("  ", e["id"], e["kind"], e["error"], e["surface"], e["key"])


def manifest_rows(path: str | Path) -> list[dict]:
    """Gold rows (one per article field) from a sample-site ``manifest.json``.

    The sample site's generator records every mention it writes; reading its manifest (JSON
    only: ``nlp`` never imports ``crawler``) gives a second gold set, written by other code.
    """
    with open(path, encoding="utf-8") as fh:
        manifest = json.load(fh)
    source = manifest.get("source")
    rows = []
    for art in manifest.get("articles", []):
        for field in ("title", "lead", "body"):
            text = art.get(field) or ""
            row = {"id": f"{art['id']}:{field}", "text": text,
                   "published_at": art.get("published_at"), "source": source,
                   "campaigns": [], "organisations": [], "dates": []}
            for kind in TYPES:
                for m in art.get("mentions", {}).get(kind, []):
                    if m.get("field") == field:
                        row[kind].append(m)
            rows.append(row)
    return rows


def _main_real(argv: list[str], show_errors: bool) -> int:
    """`--real FOLDER [--labels FILE] [--pin] [--errors]`: score (or pin) the real-text labels."""
    from baochi.nlp.real_text import TextsMissing

    i = argv.index("--real")
    if i + 1 >= len(argv):
        print("error: --real needs a folder", file=sys.stderr)
        return 2
    if "--pin" in argv and "--labels" not in argv:  # pin on that folder's paragraphs, never ignore --pin
        floors = pin_floors(real_dir=argv[i + 1])
        print(f"pinned {FLOORS_PATH} (gold sha256 {floors['gold_sha256'][:12]}…, "
              f"real-text {'pinned' if 'real' in floors else 'absent: not pinned'})")
        return 0
    labels = None
    if "--labels" in argv:  # a researcher's own labels of their own corpus
        j = argv.index("--labels")
        if j + 1 >= len(argv):
            print("error: --labels needs a JSON-lines file", file=sys.stderr)
            return 2
        labels = argv[j + 1]
        if not Path(labels).is_file():
            print(f"error: no labels file {labels}", file=sys.stderr)
            return 2
    try:
        real = evaluate_real(argv[i + 1], labels)
    except TextsMissing as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print_real(real, show_errors)
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    baseline = "--no-baseline" not in argv
    show_errors = "--errors" in argv
    if "--real" in argv:
        return _main_real(argv, show_errors)
    if "--pin" in argv:
        floors = pin_floors()
        print(f"pinned {FLOORS_PATH} (gold sha256 {floors['gold_sha256'][:12]}…)")
        print(json.dumps(floors["scores"], indent=2))
        return 0
    manifest = None
    if "--manifest" in argv:
        i = argv.index("--manifest")
        manifest = argv[i + 1]
        del argv[i:i + 2]
    paths = [a for a in argv if not a.startswith("--")]
    errors: list | None = [] if show_errors else None
    rows = manifest_rows(manifest) if manifest else None
    report = evaluate(paths[0] if paths else None, baseline=baseline, errors=errors, rows=rows)
    print(f"gold sentences: {report['sentences']}")
    print(f"{'type':<34}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'pred':>6}{'gold':>6}")
    table = [("campaigns (span + id)", "campaigns"),
            ("organisations (span + id)", "organisations"),
            ("organisations (span only)", "organisations_span_only"),
            ("dates (span + value)", "dates")]
    if baseline:
        table.append(("baseline: underthesea ner ORG", "baseline_ner_organisations"))
        table.append(("baseline: underthesea ner ORG|LOC", "baseline_ner_org_or_loc"))
    for label, k in table:
        r = report[k]
        print(f"{label:<34}{r['precision']:>7.3f}{r['recall']:>7.3f}{r['f1']:>7.3f}"
              f"{r['tp']:>6}{r['predicted']:>6}{r['gold']:>6}")
    print(f"date resolution (values right among span-matched dates): "
          f"{report['date_resolution']:.3f}")
    if errors:
        print("\nerrors:")
        for e in errors:
            print("  ", *e)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
