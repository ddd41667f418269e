"""Build real-text labels from stored page copies and plain-text annotations (issue 14).

``baochi.nlp.real_text`` scores labels against paragraphs; this module makes the labels. It is
in the package, not beside the press texts, so that a researcher measuring the extractor on
their own corpus labels it with the tool the project's labellers use (``baochi eval label``,
``nlp/README.md`` "Measuring the extractor on your own corpus"), by the same rules.

A labelling folder (``data/real-text`` by default, never committed: it holds press text) has

* ``pages/*.txt`` — stored copies of pages, one block a page::

      === https://paper.example/article
      paper: Báo Quảng Bình
      kind: provincial
      province: Quảng Bình
      source: baoquangbinh
      published_at: 2015-06-22
      ---
      the page text, one paragraph a line

  (``source`` and ``published_at`` may be left out or written ``-``);
* ``ann/*.txt`` — the labels, written by hand, one paragraph after another::

      @ https://paper.example/article | the first words of the paragraph
      C surface | name | kind
      O surface | name | acronym or - | province or -
      D surface | date_start | date_end | granularity
      N surface | why

  (``#`` starts a comment line; ``surface#2`` is the surface's second occurrence in the
  paragraph). Offsets are computed from the surfaces, never typed: counting characters by hand
  is how spans go wrong;
* ``splits.json`` — ``{paper: "dev" | "heldout"}``, the split of each paper (splits go by paper,
  so no held-out paper has a dev paragraph); without the file every paragraph is ``dev``.

``draft`` prints what ``analyse`` finds in each paragraph of a page file in the annotation
format, for the labeller to correct; ``build`` turns pages + annotations into the labels file and
``paragraphs.jsonl`` (the texts ``baochi eval --real`` joins by hash).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from baochi.nlp.normalise import nfc
from baochi.nlp.real_text import TEXTS_FILE, paper_of

TEXTS_DIR = Path("data/real-text")
LABELS_FILE = Path("nlp/gold/real/labels.jsonl")
SPLITS_FILE = "splits.json"
MIN_PARAGRAPH = 80  # shorter lines are headlines and bylines (GUIDE.md "Paragraphs"): not drafted
PAGE_KEYS = frozenset({"paper", "kind", "province", "source", "published_at"})
KINDS = ("campaigns", "organisations", "dates", "not_campaigns")

__all__ = [
    "TEXTS_DIR", "LABELS_FILE", "LabelError", "Page", "read_page_file", "read_pages",
    "paragraphs", "draft", "locate", "known_ids", "build", "summary",
]

_NTH = re.compile(r"(.*)#(\d+)")


class LabelError(ValueError):
    """A page or annotation that cannot be built; the message names the file and line."""


@dataclass(frozen=True)
class Page:
    """One stored page: its address, what the header says of the paper, and its text."""

    url: str
    paper: str
    kind: str
    province: str | None = None
    source: str | None = None
    published_at: str | None = None
    text: str = field(default="", repr=False)


def _blank(value: str) -> str | None:
    """``-``, ``null`` or nothing written for an optional value is no value."""
    return None if value in ("-", "", "null") else value


def _page(block: str, where: str) -> Page:
    head, _, body = block.partition("\n---\n")
    lines = head.split("\n")
    url = lines[0].strip()
    meta: dict[str, str | None] = {}
    for line in lines[1:]:
        if not line.strip():
            continue
        name, _, value = line.partition(":")
        name = name.strip()
        if name not in PAGE_KEYS:
            raise LabelError(f"{where}: page {url}: unknown header {name!r} "
                             f"(one of {', '.join(sorted(PAGE_KEYS))})")
        meta[name] = _blank(value.strip())
    paper, kind = meta.get("paper"), meta.get("kind")
    if not paper or not kind:
        raise LabelError(f"{where}: page {url} needs a 'paper:' and a 'kind:' line")
    return Page(url=url, paper=paper, kind=kind, province=meta.get("province"),
                source=meta.get("source"), published_at=meta.get("published_at"),
                text=body.rstrip("\n"))


def read_page_file(path: str | Path) -> list[Page]:
    """The pages of one page file, in order (NFC, so hashes do not depend on how it was typed)."""
    p = Path(path)
    raw = nfc(p.read_text(encoding="utf-8"))
    return [_page(block.removeprefix("=== "), p.name)
            for block in raw.split("\n=== ") if block.strip()]


def read_pages(directory: str | Path) -> dict[str, Page]:
    """Every page of ``DIR/pages/*.txt`` by address; one address stored twice is an error
    (its paragraphs could be labelled from two different copies)."""
    folder = Path(directory) / "pages"
    if not folder.is_dir():
        raise LabelError(f"{folder} does not exist: the labelling folder needs pages/*.txt")
    pages: dict[str, Page] = {}
    for f in sorted(folder.glob("*.txt")):
        for page in read_page_file(f):
            if page.url in pages:
                raise LabelError(f"{f.name}: duplicate page {page.url}")
            pages[page.url] = page
    return pages


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) of each non-blank line: a paragraph is one line of the page text."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            yield pos, line
        pos += len(line) + 1


def _draft_page(page: Page, analyse_fn: Callable[..., Any]) -> Iterator[str]:
    source = paper_of({"source": page.source, "url": page.url})
    for _, para in paragraphs(page.text):
        if len(para) < MIN_PARAGRAPH:
            continue
        result = analyse_fn(para, published_at=page.published_at, source=source)
        a = result.to_dict() if hasattr(result, "to_dict") else dict(result)
        yield f"@ {page.url} | {para[:40]}"
        yield f"# {para}"
        for c in a["campaigns"]:
            yield f"C {c['surface']} | {c['name']} | {c['kind']}"
        for o in a["organisations"]:
            yield f"O {o['surface']} | {o['name']} | {o['acronym'] or '-'} | {o['province'] or '-'}"
        for d in a["dates"]:
            yield (f"D {d['surface']} | {d['date_start'] or '-'} | {d['date_end'] or '-'} | "
                   f"{d['granularity']}")
        yield ""


def draft(pages: Iterable[Page], analyse_fn: Callable[..., Any] | None = None) -> Iterator[str]:
    """Lines of an annotation file holding what ``analyse_fn`` (default ``analyse``) finds.

    Each paragraph of at least ``MIN_PARAGRAPH`` characters gets its ``@`` line, its text as a
    comment and one line per mention, analysed as ``baochi eval --real`` will analyse it (page
    date, and the source id or else the page address), so the draft shows what the scorer sees.
    A value the extractor leaves open is written ``-``, which ``build`` reads as null.
    """
    if analyse_fn is None:
        from baochi.nlp import analyse

        analyse_fn = analyse
    for page in pages:
        yield from _draft_page(page, analyse_fn)


def locate(text: str, surface: str) -> tuple[str, int, int]:
    """(surface, start, end) of ``surface`` in ``text``; ``surface#n`` is its n-th occurrence."""
    m = _NTH.fullmatch(surface)
    nth = 1
    if m:
        surface, nth = m.group(1), int(m.group(2))
    start = -1
    for _ in range(nth):
        start = text.find(surface, start + 1)
        if start < 0:
            raise LabelError(f"surface {surface!r} (#{nth}) not in paragraph: {text[:60]}")
    return surface, start, start + len(surface)


def known_ids(labels_path: str | Path) -> dict[str, str]:
    """Ids already given, by paragraph hash, read from the labels file about to be rewritten.

    A row keeps its id when an annotation file is added before it: positional ids renumbered
    every later row whenever a batch went into a lower-numbered file.
    """
    p = Path(labels_path)
    known: dict[str, str] = {}
    if p.exists():
        for line in p.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                known[row["sha256"]] = row["id"]
    return known


def _mention(tag: str, parts: list[str], text: str) -> tuple[str, dict]:
    """The list a tag line goes to and its mention, offsets computed from the surface."""
    surface, start, end = locate(text, parts[0])
    span: dict[str, Any] = {"surface": surface, "start": start, "end": end}
    need = {"C": 3, "O": 4, "D": 4, "N": 2}.get(tag)
    if need is None:
        raise LabelError(f"unknown tag {tag!r} (C, O, D, N or @)")
    if len(parts) < need:
        raise LabelError(f"a {tag} line needs {need} fields separated by ' | ', got {len(parts)}")
    if tag == "C":
        return "campaigns", {**span, "name": parts[1], "kind": parts[2]}
    if tag == "O":
        return "organisations", {**span, "name": parts[1], "acronym": _blank(parts[2]),
                                 "province": _blank(parts[3])}
    if tag == "D":
        return "dates", {**span, "date_start": _blank(parts[1]), "date_end": _blank(parts[2]),
                         "granularity": parts[3]}
    return "not_campaigns", {**span, "why": parts[1]}


@dataclass
class _Build:
    """What the annotation files have given so far."""

    pages: dict[str, Page]
    splits: dict[str, str] | None
    known: dict[str, str]
    next_id: int
    labels: list[dict] = field(default_factory=list)
    texts: list[dict] = field(default_factory=list)
    seen: set[str] = field(default_factory=set)
    text: str | None = None  # the paragraph the tag lines are about

    def paragraph(self, rest: str) -> None:
        """An ``@ URL | prefix`` line: the one paragraph of the page starting with the prefix."""
        url, _, prefix = rest.partition(" | ")
        url = url.strip()
        page = self.pages.get(url)
        if page is None:
            raise LabelError(f"page {url} is not in pages/")
        hits = [(o, p) for o, p in paragraphs(page.text) if p.startswith(prefix)]
        if len(hits) != 1:
            raise LabelError(f"prefix {prefix!r} matches {len(hits)} paragraphs")
        offset, para = hits[0]
        digest = hashlib.sha256(para.encode()).hexdigest()
        if digest in self.seen:
            raise LabelError("duplicate paragraph")
        self.seen.add(digest)
        if digest not in self.known:
            self.known[digest], self.next_id = f"real-{self.next_id:04d}", self.next_id + 1
        self.labels.append({
            "id": self.known[digest], "url": url, "paper": page.paper, "paper_kind": page.kind,
            "province": page.province, "source": page.source, "published_at": page.published_at,
            "offset": offset, "sha256": digest, "length": len(para), "split": self.split(page),
            "campaigns": [], "organisations": [], "dates": [], "not_campaigns": []})
        self.texts.append({"sha256": digest, "url": url, "text": para})
        self.text = para

    def split(self, page: Page) -> str:
        if self.splits is None:
            return "dev"
        if page.paper not in self.splits:
            raise LabelError(f"paper {page.paper!r} has no split in {SPLITS_FILE}")
        return self.splits[page.paper]

    def line(self, line: str) -> None:
        if line.startswith("@ "):
            self.paragraph(line[2:])
            return
        if self.text is None:
            raise LabelError("a mention before any '@ URL | prefix' line")
        kind, mention = _mention(line[0], [p.strip() for p in line[2:].split(" | ")], self.text)
        self.labels[-1][kind].append(mention)


def _read_splits(directory: Path) -> dict[str, str] | None:
    f = directory / SPLITS_FILE
    return json.loads(f.read_text(encoding="utf-8")) if f.exists() else None


def build(texts_dir: str | Path = TEXTS_DIR, labels_path: str | Path = LABELS_FILE) -> list[dict]:
    """Labels of every ``ann/*.txt`` (files in name order), written to ``labels_path``, and
    their texts to ``texts_dir/paragraphs.jsonl``; returns the label rows.

    Ids stay with their paragraph (``known_ids``); a new paragraph gets the next free number.
    Nothing is written when a line fails: the error names the file and line.
    """
    directory, out = Path(texts_dir), Path(labels_path)
    known = known_ids(out)
    state = _Build(pages=read_pages(directory), splits=_read_splits(directory), known=known,
                   next_id=max((int(i.split("-")[1]) for i in known.values()), default=0) + 1)
    folder = directory / "ann"
    if not folder.is_dir():
        raise LabelError(f"{folder} does not exist: the labelling folder needs ann/*.txt")
    for f in sorted(folder.glob("*.txt")):
        state.text = None
        for n, raw in enumerate(f.read_text(encoding="utf-8").split("\n"), 1):
            line = nfc(raw.rstrip())
            if not line or line.startswith("#"):
                continue
            try:
                state.line(line)
            except LabelError as exc:
                raise LabelError(f"{f.name}:{n}: {exc}") from None
    for row in state.labels:
        for kind in KINDS:
            row[kind].sort(key=lambda m: m["start"])
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(_jsonl(state.labels), encoding="utf-8")
    (directory / TEXTS_FILE).write_text(_jsonl(state.texts), encoding="utf-8")
    return state.labels


def _jsonl(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def summary(rows: list[dict]) -> str:
    """Paragraphs per dev paper, the held-out split only as totals, then the totals: what a
    build added at a glance. Held-out outlets are not named: whoever fixes rules while reading
    this must not learn which outlets the held-out figures come from (their hosts, stations or
    provinces would invite knowledge fitted to them)."""
    per_paper = Counter((r["split"], r["paper"]) for r in rows if r["split"] != "heldout")
    lines = [f"{s:8} {k:3} {p}" for (s, p), k in sorted(per_paper.items())]
    held = [r for r in rows if r["split"] == "heldout"]
    if held:
        lines.append(f"heldout  {len(held)} paragraphs from {len({r['paper'] for r in held})} outlets (not named)")
    splits = ", ".join(f"{s} {k}" for s, k in sorted(Counter(r["split"] for r in rows).items()))
    lines.append(f"{len(rows)} paragraphs, {len({r['paper'] for r in rows})} papers ({splits})")
    return "\n".join(lines)
