"""Build ``sentences.jsonl`` from the marked-up ``sentences.txt`` (offsets computed, not typed).

    python -m baochi.nlp.gold.build          # rewrites nlp/gold/sentences.jsonl

Mark syntax: see the header of sentences.txt. Offsets are into the NFC text without marks.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from baochi.nlp.normalise import nfc

HERE = Path(__file__).parent
MARK = re.compile(r"\[(?P<type>[COD]): (?P<surface>[^\[\]]+?)(?: => (?P<value>[^\[\]]+))?\]")


def parse_line(line: str) -> dict:
    ident, published, source, marked = (part.strip() for part in line.split(" | ", 3))
    marked = nfc(marked)
    text_parts: list[str] = []
    pos = 0
    out: dict = {"id": ident, "text": "", "published_at": None if published == "-" else published,
                 "source": None if source == "-" else source,
                 "campaigns": [], "organisations": [], "dates": []}
    last = 0
    for m in MARK.finditer(marked):
        text_parts.append(marked[last:m.start()])
        pos += m.start() - last
        surface = m.group("surface")
        start, end = pos, pos + len(surface)
        text_parts.append(surface)
        pos = end
        last = m.end()
        kind, value = m.group("type"), m.group("value")
        if kind == "C":
            out["campaigns"].append({"start": start, "end": end, "name": value or surface})
        elif kind == "O":
            out["organisations"].append({"start": start, "end": end, "name": value or surface})
        else:
            if not value:
                raise ValueError(f"{ident}: date without value: {surface}")
            ds, de, gran = value.split()
            out["dates"].append({"start": start, "end": end,
                                 "date_start": None if ds == "-" else ds,
                                 "date_end": None if de == "-" else de, "granularity": gran})
    text_parts.append(marked[last:])
    out["text"] = "".join(text_parts)
    if "[" in out["text"] and re.search(r"\[[COD]:", out["text"]):
        raise ValueError(f"{ident}: unparsed mark")
    return out


def build(src: Path = HERE / "sentences.txt", dst: Path = HERE / "sentences.jsonl") -> int:
    rows = []
    seen = set()
    for raw in src.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        row = parse_line(raw)
        if row["id"] in seen:
            raise ValueError(f"duplicate id {row['id']}")
        seen.add(row["id"])
        for group in ("campaigns", "organisations", "dates"):
            for span in row[group]:
                assert row["text"][span["start"]:span["end"]], row["id"]
        rows.append(row)
    with dst.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


if __name__ == "__main__":
    n = build()
    print(f"{n} sentences", file=sys.stderr)
