"""Score ``analyse`` on real press paragraphs whose text lives outside the repository.

Press text may not enter the repository, so the real-text development set is split in two:

* labels, committed in ``nlp/gold/real/labels.jsonl``: one line per paragraph with its page
  address, a locating offset, the sha256 of the NFC paragraph text (utf-8) and the mentions
  (surfaces, offsets and resolved values; see ``nlp/gold/real/GUIDE.md``);
* texts, in a local folder (``data/real-text/`` by default) holding ``paragraphs.jsonl``, one
  ``{"sha256", "url", "text"}`` per line, retrieved by whoever runs the evaluation.

``join`` pairs the two by hash and says what is missing or altered; ``score`` runs an
``analyse``-like function over the joined paragraphs and reports precision, recall and F1:

* campaigns match on the canonical name's key (``normalise.key``);
* organisations match on the canonical name's key;
* dates match on the exact ``(date_start, date_end, granularity)``;

each within one paragraph, as multisets (two gold mentions of one campaign need two predicted
mentions). Spans are not part of the match: span conventions (inside or around quotes) differ
between labellers, the resolved value is what a trend counts. A predicted campaign whose span
overlaps a labelled ``not_campaigns`` span (a fund, contest, slogan, model …) is counted
separately as ``not_campaigns_emitted``; it is also a false positive.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from baochi.nlp.normalise import key, nfc

LABELS_PATH = Path(__file__).parent / "gold" / "real" / "labels.jsonl"
TEXTS_FILE = "paragraphs.jsonl"
KINDS = ("campaigns", "organisations", "dates")
REQUIRED = ("id", "url", "sha256", "campaigns", "organisations", "dates")

__all__ = [
    "LABELS_PATH", "TEXTS_FILE", "KINDS", "Joined", "TextsMissing", "sha256_text",
    "load_labels", "load_texts", "join", "score", "mention_key", "paper_of", "outlet_of",
    "match_mentions", "overlaps", "prf", "as_dict",
]


class TextsMissing(FileNotFoundError):
    """The text folder (or its paragraphs file) is not there: the labels cannot be scored."""


def sha256_text(text: str) -> str:
    """Hash of the NFC text as utf-8: the same paragraph hashes the same however it was typed."""
    return hashlib.sha256(nfc(text).encode("utf-8")).hexdigest()


def load_labels(path: str | Path | None = None) -> list[dict]:
    """Read the labels file (one JSON object a line); a line without a required key is an error."""
    p = Path(path) if path is not None else LABELS_PATH
    rows: list[dict] = []
    with p.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            missing = [k for k in REQUIRED if k not in row]
            if missing:
                raise ValueError(f"{p}:{n}: label without {', '.join(missing)}")
            rows.append(row)
    return rows


def load_texts(directory: str | Path) -> dict[str, str]:
    """Texts of the folder's ``paragraphs.jsonl`` by the sha256 each line declares.

    The declared hash is kept as the key even when the text no longer matches it, so that
    ``join`` can report the mismatch instead of silently losing the paragraph.
    """
    d = Path(directory)
    f = d / TEXTS_FILE
    if not d.is_dir():
        raise TextsMissing(
            f"real-text folder {d} does not exist: retrieve the paragraphs named in the labels "
            f"(see nlp/gold/real/GUIDE.md) into {d / TEXTS_FILE}")
    if not f.is_file():
        raise TextsMissing(
            f"{f} is missing: the real-text folder needs a {TEXTS_FILE} of "
            '{"sha256", "url", "text"} lines (see nlp/gold/real/GUIDE.md)')
    texts: dict[str, str] = {}
    with f.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            if "sha256" not in row or "text" not in row:
                raise ValueError(f"{f}:{n}: a line needs sha256 and text")
            texts[row["sha256"]] = row["text"]
    return texts


@dataclass
class Joined:
    """Labels paired with their texts, and what could not be paired."""

    items: list[tuple[dict, str]] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)      # label ids with no text
    mismatched: list[str] = field(default_factory=list)   # label ids whose text hashes otherwise

    @property
    def complete(self) -> bool:
        return not self.missing and not self.mismatched

    def summary(self) -> str:
        return (f"{len(self.items)} paragraphs joined, {len(self.missing)} without text, "
                f"{len(self.mismatched)} with a text whose hash does not match")


def join(labels: Iterable[dict], texts: dict[str, str]) -> Joined:
    """Pair each label with the text of its hash; report labels without a text or a bad hash."""
    out = Joined()
    for label in labels:
        text = texts.get(label["sha256"])
        if text is None:
            out.missing.append(label["id"])
        elif sha256_text(text) != label["sha256"]:
            out.mismatched.append(label["id"])
        else:
            out.items.append((label, nfc(text)))
    return out


def mention_key(kind: str, mention: dict) -> tuple:
    """What a mention of ``kind`` is compared on (see the module docstring)."""
    if kind == "dates":
        return (mention.get("date_start"), mention.get("date_end"), mention.get("granularity"))
    return (key(mention["name"]),)


def paper_of(label: dict) -> str | None:
    """What ``analyse`` is told about the paper: its registry source id, else the page address.

    The pipeline passes a registered paper's source id (whose province the registry knows);
    for a paper outside the registry the page address is what names it ("baolaichau.vn" →
    Lai Châu), as the labelling rule "a bare tỉnh is the paper's province" presumes.
    """
    return label.get("source") or label.get("url")


def outlet_of(label: dict) -> str:
    """The outlet a paragraph was published by (its `paper`, else its address's host): the unit
    the confidence intervals resample (baochi.nlp.confidence)."""
    if label.get("paper"):
        return str(label["paper"])
    return urlsplit(str(label.get("url") or "")).netloc or str(label.get("id"))


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "predicted": n_pred, "gold": n_gold,
            "precision": p, "recall": r, "f1": f1}


def overlaps(a: dict, b: dict) -> bool:
    return a["start"] < b["end"] and b["start"] < a["end"]


def match_mentions(gold: list[dict], pred: list[dict], kind: str) -> tuple[int, list[dict], list[dict]]:
    """Multiset match on the compare key; a gold mention prefers a prediction overlapping it."""
    unused = list(pred)
    missed: list[dict] = []
    tp = 0
    for g in gold:
        k = mention_key(kind, g)
        same = [p for p in unused if mention_key(kind, p) == k]
        if not same:
            missed.append(g)
            continue
        near = [p for p in same if "start" in g and "start" in p and overlaps(g, p)]
        unused.remove((near or same)[0])
        tp += 1
    return tp, unused, missed


def as_dict(result: Any) -> dict:
    """An ``Analysis`` or its dict, as a dict: what an ``analyse``-like function gave."""
    return result.to_dict() if hasattr(result, "to_dict") else dict(result)


def score(joined: Joined, analyse_fn: Callable[..., Any], split: str | None = None) -> dict:
    """P/R/F1 per kind over the joined paragraphs (only ``split`` when given).

    ``analyse_fn(text, published_at=…, source=…)`` returns an ``Analysis`` or its dict. The
    report also holds ``not_campaigns_emitted`` and ``errors`` (one entry per false positive
    or miss: label id, kind, ``fp``/``fn``, surface and compare key) for error analysis.
    """
    counts = {kind: [0, 0, 0] for kind in KINDS}  # tp, predicted, gold
    per_paragraph: dict[str, list[tuple[str, tuple[int, int, int]]]] = {kind: [] for kind in KINDS}
    traps = 0
    errors: list[dict] = []
    n = 0
    for label, text in joined.items:
        if split is not None and label.get("split") != split:
            continue
        n += 1
        result = as_dict(analyse_fn(text, published_at=label.get("published_at"),
                                     source=paper_of(label)))
        for kind in KINDS:
            gold = label.get(kind, [])
            pred = result.get(kind, [])
            tp, fps, fns = match_mentions(gold, pred, kind)
            c = counts[kind]
            c[0] += tp
            c[1] += len(pred)
            c[2] += len(gold)
            per_paragraph[kind].append((outlet_of(label), (tp, len(pred), len(gold))))
            for tag, ms in (("fp", fps), ("fn", fns)):
                errors.extend({"id": label["id"], "kind": kind, "error": tag,
                               "surface": m.get("surface"), "key": list(mention_key(kind, m))}
                              for m in ms)
        for p in result.get("campaigns", []):
            if any(overlaps(p, t) for t in label.get("not_campaigns", [])):
                traps += 1
    report: dict[str, Any] = {kind: prf(*counts[kind]) for kind in KINDS}
    report.update({"paragraphs": n, "split": split, "not_campaigns_emitted": traps,
                   "errors": errors, "paragraph_counts": per_paragraph})
    return report
