"""How far two labellings of the same paragraphs agree, and a sheet to settle where they differ.

A score against one person's labels mixes the extractor's errors with the labeller's: two
careful people following ``nlp/gold/real/GUIDE.md`` do not write the same canonical name, date
period or campaign boundary every time. Before a figure on real text is trusted, the same
paragraphs are labelled twice, independently, and

* ``compare`` scores one labelling against the other with the extractor's own scorer (the same
  compare keys and multiset match as ``baochi.nlp.real_text.score``): the agreement F1 per
  kind is the ceiling any extractor can be measured to with one labeller's gold, and the
  disagreements are sorted into *value* (both labelled a mention at overlapping spans but
  resolved it differently: another canonical name, another period) and *presence* (one of
  them labelled a mention the other did not);
* ``adjudication_sheet`` writes every labelling — the extractor's output may be one — as one
  annotation file (the format ``baochi.nlp.real_labels.build`` reads) in which each candidate
  mention carries only how many of the labellings gave it, never which: a third person deletes
  the wrong lines, adds what all missed, and ``build`` turns the sheet into the adjudicated
  labels, against which the extractor and each labeller are scored alike.

The sheet hides who proposed a line so that the adjudicator judges the mention, not its
source; the count stays so that unanimous lines can be skimmed.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from baochi.nlp.real_labels import paragraphs
from baochi.nlp.real_text import (
    KINDS,
    as_dict,
    match_mentions,
    mention_key,
    outlet_of,
    overlaps,
    prf,
)

__all__ = ["Agreement", "compare", "extractor_rows", "adjudication_sheet", "unplaceable",
           "PREFIX_MIN"]

PREFIX_MIN = 40  # characters of a paragraph's opening that name it on its `@` line, at least


@dataclass
class Agreement:
    """``other`` scored against ``reference``, per kind, over the paragraphs both labelled."""

    paragraphs: int
    only_reference: int  # paragraphs the other labelling lacks
    only_other: int
    scores: dict[str, dict] = field(default_factory=dict)
    value: dict[str, int] = field(default_factory=dict)      # overlapping spans, other value
    presence: dict[str, list[int]] = field(default_factory=dict)  # [reference only, other only]
    paragraph_counts: dict[str, list[tuple[str, tuple[int, int, int]]]] = field(default_factory=dict)
    differences: list[dict] = field(default_factory=list)


def _pair_values(missed: list[dict], extra: list[dict]) -> tuple[int, list[dict], list[dict]]:
    """Mentions both sides labelled at overlapping spans but resolved otherwise: a value
    disagreement counts once, not as one miss plus one extra."""
    left = list(extra)
    alone: list[dict] = []
    pairs = 0
    for m in missed:
        near = [e for e in left if "start" in m and "start" in e and overlaps(m, e)]
        if near:
            left.remove(near[0])
            pairs += 1
        else:
            alone.append(m)
    return pairs, alone, left


def compare(reference: Iterable[dict], other: Iterable[dict]) -> Agreement:
    """``other`` against ``reference`` (label rows, matched by paragraph hash). F1 does not
    depend on which is the reference; precision and recall swap."""
    ref = {row["sha256"]: row for row in reference}
    oth = {row["sha256"]: row for row in other}
    both = [sha for sha in ref if sha in oth]
    out = Agreement(paragraphs=len(both), only_reference=len(set(ref) - set(oth)),
                    only_other=len(set(oth) - set(ref)))
    counts = {kind: [0, 0, 0] for kind in KINDS}
    for kind in KINDS:
        out.value[kind] = 0
        out.presence[kind] = [0, 0]
        out.paragraph_counts[kind] = []
    for sha in both:
        r, o = ref[sha], oth[sha]
        for kind in KINDS:
            gold, pred = r.get(kind, []), o.get(kind, [])
            tp, extra, missed = match_mentions(gold, pred, kind)
            c = counts[kind]
            c[0], c[1], c[2] = c[0] + tp, c[1] + len(pred), c[2] + len(gold)
            out.paragraph_counts[kind].append((outlet_of(r), (tp, len(pred), len(gold))))
            pairs, alone_ref, alone_oth = _pair_values(missed, extra)
            out.value[kind] += pairs
            out.presence[kind][0] += len(alone_ref)
            out.presence[kind][1] += len(alone_oth)
            for side, ms in (("reference", missed), ("other", extra)):
                out.differences.extend(
                    {"id": r.get("id"), "kind": kind, "side": side, "surface": m.get("surface"),
                     "key": list(mention_key(kind, m))} for m in ms)
    out.scores = {kind: prf(*counts[kind]) for kind in KINDS}
    return out


def extractor_rows(rows: Iterable[dict], texts: dict[str, str], analyse_fn: Any = None) -> list[dict]:
    """The extractor's output on labelled paragraphs, shaped like label rows (so it can be
    compared and adjudicated like a labelling). ``texts``: paragraph text by hash."""
    from baochi.nlp import analyse
    from baochi.nlp.real_text import paper_of

    run = analyse_fn or analyse
    out = []
    for row in rows:
        text = texts.get(row["sha256"])
        if text is None:
            continue
        found = as_dict(run(text, published_at=row.get("published_at"), source=paper_of(row)))
        out.append({**{k: v for k, v in row.items() if k not in KINDS + ("not_campaigns",)},
                    **{kind: found.get(kind, []) for kind in KINDS}})
    return out


def _occurrence(text: str, surface: str, start: int) -> str:
    """``surface`` as an annotation line names it: ``surface#n`` when it is not the first."""
    n, at = 0, text.find(surface)
    while at != -1 and at < start:
        n += 1
        at = text.find(surface, at + 1)
    return surface if n == 0 else f"{surface}#{n + 1}"


def _line(kind: str, text: str, m: dict) -> str:
    surface = _occurrence(text, m["surface"], m["start"])
    if kind == "campaigns":
        fields = [surface, m["name"], m.get("kind") or "-"]
        tag = "C"
    elif kind == "organisations":
        fields = [surface, m["name"], m.get("acronym") or "-", m.get("province") or "-"]
        tag = "O"
    elif kind == "dates":
        fields = [surface, m.get("date_start") or "-", m.get("date_end") or "-", m["granularity"]]
        tag = "D"
    else:
        fields = [surface, m.get("why") or "-"]
        tag = "N"
    return f"{tag} " + " | ".join(fields)


def _prefix(text: str, siblings: Sequence[str]) -> str:
    """The shortest opening of ``text`` (ending at a word, ``PREFIX_MIN`` characters at least)
    that no other paragraph of the page starts with."""
    cut = PREFIX_MIN
    while cut < len(text):
        space = text.find(" ", cut)
        head = text if space == -1 else text[:space]
        if sum(1 for s in siblings if s.startswith(head)) <= 1:
            return head
        cut = len(head) + 1
    return text


def unplaceable(rows: Iterable[dict], texts: dict[str, str], pages: dict[str, Any]) -> list[str]:
    """Ids of the label rows a sheet leaves out: no text of their hash, or no page of their
    address in the folder."""
    return [row.get("id", row["sha256"]) for row in rows
            if row["sha256"] not in texts or row["url"] not in pages]


def adjudication_sheet(labellings: Sequence[Iterable[dict]], texts: dict[str, str],
                       pages: dict[str, Any]) -> Iterator[str]:
    """Annotation lines for every paragraph the first labelling has: each candidate mention
    once with a ``# n/N`` comment before it (how many of the N labellings gave it), unanimous
    ones marked ``=``; not-campaigns are voted on by the labellings that have them (the
    extractor's rows have none). ``pages``: ``baochi.nlp.real_labels.read_pages`` of the folder, to
    write each paragraph's ``@ URL | prefix`` line."""
    sets = [{row["sha256"]: row for row in rows} for rows in labellings]
    for sha, row in sets[0].items():
        text, page = texts.get(sha), pages.get(row["url"])
        if text is None or page is None:
            continue  # no line ``build`` could place (``unplaceable`` counts them)
        yield f"@ {row['url']} | {_prefix(text, [p for _o, p in paragraphs(page.text)])}"
        for kind in (*KINDS, "not_campaigns"):
            # the extractor labels no not-campaigns: only labellings that do vote on them
            voters = [s for s in sets if kind in (s.get(sha) or {})]
            total = len(voters)
            candidates: dict[tuple, list] = {}
            for s in voters:
                mine: dict[tuple, int] = {}
                for m in s[sha].get(kind, []):
                    k = (mention_key(kind, m) if kind != "not_campaigns"
                         else (m["start"], m["end"]))
                    mine[k] = mine.get(k, 0) + 1
                    slot = candidates.setdefault(k, [])
                    if len(slot) < mine[k]:
                        slot.append([m, 0])
                    slot[mine[k] - 1][1] += 1
            lines = [(m["start"], votes, _line(kind, text, m))
                     for slot in candidates.values() for m, votes in slot]
            for _start, votes, line in sorted(lines):
                mark = "=" if votes == total else "?"
                yield f"# {mark} {votes}/{total}"
                yield line
        yield ""


def report_lines(agreement: Agreement, show_differences: bool = False) -> Iterator[str]:
    """The agreement as a table: P/R/F1 of the other labelling against the reference per kind,
    F1's 95 % interval when outlets are drawn again, and the disagreements by sort."""
    from baochi.nlp.confidence import f1_interval

    a = agreement
    yield (f"paragraphs labelled by both: {a.paragraphs} (reference only: {a.only_reference}, "
           f"other only: {a.only_other})")
    yield (f"{'type':<15}{'P':>7}{'R':>7}{'F1':>7}  {'F1 95% CI, by outlet':<21}"
           f"{'agree':>6}{'other':>6}{'ref':>6}{'value':>7}{'ref-only':>9}{'other-only':>11}")
    for kind in KINDS:
        x = a.scores[kind]
        interval = f1_interval(a.paragraph_counts[kind])
        yield (f"{kind:<15}{x['precision']:>7.3f}{x['recall']:>7.3f}{x['f1']:>7.3f}  "
               f"{str(interval):<21}{x['tp']:>6}{x['predicted']:>6}{x['gold']:>6}"
               f"{a.value[kind]:>7}{a.presence[kind][0]:>9}{a.presence[kind][1]:>11}")
    if show_differences:
        yield ""
        yield "differences (mentions one side has and the other lacks):"
        for d in a.differences:
            yield f"  {d['id']} {d['kind']} {d['side']}-only {d['surface']!r} {d['key']}"
