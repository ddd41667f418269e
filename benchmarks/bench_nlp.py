"""Cost of ``baochi.nlp.analyse`` relative to bare ``underthesea.word_tokenize`` on the same texts.

    python benchmarks/bench_nlp.py [--texts FILE.jsonl] [-n 200] [--repeat 5] [--max-ratio 1.4]

Texts: ``--texts`` reads JSON lines with a ``text`` field (``published_at``/``source`` used when
present; e.g. a staging file or an export of articles); without it, press-like articles are
assembled from the NLP gold sentences (8–14 sentences each, shuffled with a fixed seed) plus the
seed article. Both timings are taken in the same process, interleaved, and the best of
``--repeat`` rounds is kept. The ratio is of CPU time (wall-clock ratio printed too), so other
processes on a busy machine disturb it little. Target: ratio ≤ 1.4 (issue 14).

``analyse`` segments words (underthesea) only in the paragraphs where an extractor asks about a
word boundary (``baochi.nlp.tokens.WordBounds``), so the ratio depends on the texts: about a
quarter of real provincial paragraphs need it. Measure on your own texts with ``--texts`` (e.g.
``data/real-text/paragraphs.jsonl``) as well as on the default press-like articles.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def synthetic_articles(n: int) -> list[dict]:
    from baochi.nlp.evaluate import load_gold

    rows = load_gold()
    rng = random.Random(20200710)
    seed = ROOT / "tests" / "nlp" / "fixtures" / "seed_article.txt"
    out: list[dict] = []
    if seed.exists():
        lines = seed.read_text(encoding="utf-8").splitlines(keepends=True)
        out.append({"text": "".join(x for x in lines if not x.startswith("#")),
                    "published_at": "2020-07-10T08:00:00+07:00", "source": "baothanhhoa"})
    while len(out) < n:
        k = rng.randint(8, 14)
        picked = rng.sample(rows, k)
        paragraphs, para = [], []
        for row in picked:
            para.append(row["text"])
            if len(para) >= rng.randint(2, 4):
                paragraphs.append(" ".join(para))
                para = []
        if para:
            paragraphs.append(" ".join(para))
        out.append({"text": "\n".join(paragraphs), "published_at": picked[0]["published_at"],
                    "source": picked[0]["source"]})
    return out[:n]


def read_texts(path: str, n: int) -> list[dict]:
    out = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                row = json.loads(line)
                text = row.get("text") or "\n".join(
                    str(row.get(f) or "") for f in ("title", "lead", "body"))
                out.append({"text": text, "published_at": row.get("published_at"),
                            "source": row.get("source") or row.get("source_id")})
            if len(out) >= n:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--texts", help="JSON lines with a text field")
    ap.add_argument("-n", "--size", dest="n", type=int, default=None, help="number of texts (default 200)")
    ap.add_argument("--json", action="store_true", help="print the runner's result rows as JSON lines")
    ap.add_argument("--repeat", type=int, default=5, help="rounds; the best is kept")
    ap.add_argument("--max-ratio", type=float, default=None,
                    help="exit 1 when the ratio is above this")
    args = ap.parse_args(argv)
    args.n = args.n or 200

    from baochi import nlp
    from underthesea import word_tokenize

    texts = read_texts(args.texts, args.n) if args.texts else synthetic_articles(args.n)
    if args.json:
        for item in rows_for(measure(texts, args.repeat), len(texts)):
            print(json.dumps(item, ensure_ascii=False))
        return 0
    chars = sum(len(t["text"]) for t in texts)
    # warm up both (model loading, catalogue caches)
    word_tokenize(texts[0]["text"])
    nlp.analyse(texts[0]["text"], texts[0]["published_at"], texts[0]["source"])

    # CPU time of this process (what the work costs) and wall time (what a user waits); the
    # ratio uses CPU time, which other processes on a busy machine disturb much less
    best = {"wt": [float("inf")] * 2, "an": [float("inf")] * 2}

    def clock() -> tuple[float, float]:
        return time.process_time(), time.perf_counter()

    for _ in range(args.repeat):
        for label in ("wt", "an"):
            c0, w0 = clock()
            if label == "wt":
                for t in texts:
                    word_tokenize(t["text"])
            else:
                for t in texts:
                    nlp.analyse(t["text"], t["published_at"], t["source"])
            c1, w1 = clock()
            best[label] = [min(best[label][0], c1 - c0), min(best[label][1], w1 - w0)]
    (cpu_wt, wall_wt), (cpu_an, wall_an) = best["wt"], best["an"]
    ratio = cpu_an / cpu_wt
    n = len(texts)
    print(f"texts: {n} ({chars} characters), nlp {nlp.NLP_VERSION}, best of {args.repeat}")
    print(f"underthesea.word_tokenize: cpu {cpu_wt:7.3f} s ({cpu_wt / n * 1000:6.2f} ms/text)"
          f"  wall {wall_wt:7.3f} s")
    print(f"baochi.nlp.analyse:               cpu {cpu_an:7.3f} s ({cpu_an / n * 1000:6.2f} ms/text)"
          f"  wall {wall_an:7.3f} s")
    print(f"wall-clock ratio: {wall_an / wall_wt:.2f}")
    print(f"ratio analyse / word_tokenize: {ratio:.2f}  (CPU time; target <= 1.4)")
    if args.max_ratio is not None and ratio > args.max_ratio:
        return 1
    return 0


def measure(texts: list[dict], repeat: int) -> tuple[float, float, float, float]:
    """Best-of-`repeat` CPU and wall seconds: (word_tokenize cpu, wall, analyse cpu, wall)."""
    from baochi import nlp
    from underthesea import word_tokenize

    word_tokenize(texts[0]["text"])
    nlp.analyse(texts[0]["text"], texts[0]["published_at"], texts[0]["source"])
    best = {"wt": [float("inf")] * 2, "an": [float("inf")] * 2}
    for _ in range(repeat):
        for label in ("wt", "an"):
            c0, w0 = time.process_time(), time.perf_counter()
            for t in texts:
                if label == "wt":
                    word_tokenize(t["text"])
                else:
                    nlp.analyse(t["text"], t["published_at"], t["source"])
            c1, w1 = time.process_time(), time.perf_counter()
            best[label] = [min(best[label][0], c1 - c0), min(best[label][1], w1 - w0)]
    return best["wt"][0], best["wt"][1], best["an"][0], best["an"][1]


def rows_for(timings: tuple[float, float, float, float], n: int) -> list[dict]:
    cpu_wt, _, cpu_an, _ = timings
    return [{"figure": f"nlp: analyse vs word_tokenize, {n} texts (CPU time)",
             "ours": cpu_an / n * 1000, "baseline": cpu_wt / n * 1000, "unit": "ms/text",
             "ratio": cpu_an / cpu_wt, "target": "≤ 1.4"}]


def run(size: int | None = None) -> list[dict]:
    texts = synthetic_articles(size or 200)
    return rows_for(measure(texts, 3), len(texts))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
