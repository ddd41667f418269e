"""underthesea sentences and words, aligned to character offsets of the NFC text.

The extractors work on a ``TextView``: the NFC text plus two same-length companions (``tn``:
one tone placement, case kept; ``fold``: the same, lower-cased), so a regular expression run on a
companion yields offsets valid in the NFC text. Sentences come from underthesea's
``sent_tokenize`` (run per paragraph), words from ``word_tokenize`` (once per paragraph, without
token normalisation so every syllable is a substring of the text; a paragraph is segmented only
when an extractor first asks about a word boundary inside it, see ``WordBounds``). The
syllables of those words form a spaCy ``Doc`` (one token per letter/digit run of the folded text, punctuation dropped;
underthesea's words never split a syllable, so these are the words' syllables) that ``PhraseMatcher`` uses for punctuation-insensitive catalogue matching.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from baochi.nlp.normalise import lower_same_length, same_length_fold, tone_normalise
from spacy.tokens import Doc
from spacy.vocab import Vocab
from underthesea import sent_tokenize, word_tokenize

VOCAB = Vocab()
OTHER = "\u2060"  # the token of every syllable outside the catalogue vocabulary

# characters underthesea cannot take (surrogates, controls); replaced by a space, same length
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_PARAGRAPH = re.compile(r"[^\n\r\u2028\u2029]+")
_SYLLABLE = re.compile(r"[^\W_]+")
_MAX_CHUNK = 3000  # longer "sentences" (garbage, lists) are segmented in chunks


@dataclass(slots=True)
class TextView:
    text: str
    tn: str
    fold: str
    sentence_starts: list[int]
    sentence_spans: list[tuple[int, int]]
    word_starts: WordBounds
    word_ends: WordBounds
    syllable_spans: list[tuple[int, int]]
    syllable_words: list[str]
    doc: Doc

    def sentence_of(self, offset: int) -> int:
        return max(0, bisect_right(self.sentence_starts, offset) - 1)

    def syllable_index_at(self, offset: int) -> int:
        """Index of the first syllable starting at or after ``offset``."""
        lo, hi = 0, len(self.syllable_spans)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.syllable_spans[mid][0] < offset:
                lo = mid + 1
            else:
                hi = mid
        return lo


def _sentences(safe: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for para in _PARAGRAPH.finditer(safe):
        ptext = para.group(0)
        if not ptext.strip():
            continue
        base = para.start()
        cursor = 0
        for sent in sent_tokenize(ptext):
            sent = sent.strip()
            if not sent:
                continue
            pos = ptext.find(sent, cursor)
            if pos < 0:  # should not happen; fall back to the rest of the paragraph
                pos = cursor
                while pos < len(ptext) and ptext[pos].isspace():
                    pos += 1
                spans.append((base + pos, base + len(ptext.rstrip())))
                cursor = len(ptext)
                break
            spans.append((base + pos, base + pos + len(sent)))
            cursor = pos + len(sent)
        if cursor < len(ptext) and ptext[cursor:].strip():
            rest = len(ptext) - len(ptext[cursor:].lstrip())
            spans.append((base + rest, base + len(ptext.rstrip())))
    return spans


def _chunks(safe: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= _MAX_CHUNK:
        return [(start, end)]
    out = []
    while start < end:
        stop = min(end, start + _MAX_CHUNK)
        if stop < end:
            space = safe.rfind(" ", start + _MAX_CHUNK // 2, stop)
            if space > start:
                stop = space
        out.append((start, stop))
        start = stop
    return out


class _Segmentation:
    """underthesea's words of the text, segmented one paragraph at a time on first use.

    ``word_tokenize`` is by far the dearest step of ``analyse``, and the extractors ask about
    word boundaries only around some candidates (a capitalised name's end, a lower-case syllable
    inside a name), so most paragraphs are never segmented. A paragraph is segmented exactly as
    a whole-text pass would (one ``word_tokenize`` call per paragraph, long ones in chunks), so
    the answers do not depend on which paragraphs were asked about first.
    """

    __slots__ = ("_safe", "_para_starts", "_para_ends", "_done", "starts", "ends")

    def __init__(self, safe: str) -> None:
        self._safe = safe
        spans = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(safe)]
        self._para_starts = [a for a, _ in spans]
        self._para_ends = [b for _, b in spans]
        self._done = [False] * len(spans)
        self.starts = WordBounds(self, set())
        self.ends = WordBounds(self, set())

    def ensure(self, pos: int) -> None:
        """Segment the paragraph that holds ``pos`` (its end included), once."""
        i = bisect_right(self._para_starts, pos) - 1
        if i < 0 or self._done[i] or pos > self._para_ends[i]:
            return
        self._done[i] = True
        safe = self._safe
        starts, ends = self.starts.positions, self.ends.positions
        for c_start, c_end in _chunks(safe, self._para_starts[i], self._para_ends[i]):
            chunk = safe[c_start:c_end]
            if chunk.strip():
                _segment_chunk(chunk, c_start, starts, ends)

    def ensure_all(self) -> None:
        """Segment every paragraph (for a caller that lists the boundaries)."""
        for i, start in enumerate(self._para_starts):
            if not self._done[i]:
                self.ensure(start)


class WordBounds:
    """Offsets where an underthesea word starts (or ends); ``pos in bounds`` segments the
    paragraph holding ``pos`` when it has not been segmented yet."""

    __slots__ = ("_segmentation", "positions")

    def __init__(self, segmentation: _Segmentation, positions: set[int]) -> None:
        self._segmentation = segmentation
        self.positions = positions

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int):
            return False
        self._segmentation.ensure(pos)
        return pos in self.positions

    def __iter__(self) -> Iterator[int]:
        self._segmentation.ensure_all()
        return iter(sorted(self.positions))

    def __len__(self) -> int:
        self._segmentation.ensure_all()
        return len(self.positions)


def _segment_chunk(chunk: str, base: int, starts: set[int], ends: set[int]) -> None:
    """Add the start and end offsets (``base`` + offset in ``chunk``) of ``chunk``'s words."""
    cursor = 0
    for token in word_tokenize(chunk, use_token_normalize=False):
        if " " in token:
            parts = token.split(" ")
            first = chunk.find(parts[0], cursor)
            if first < 0:
                continue
            last = chunk.find(parts[-1], first + len(parts[0]))
            if last < 0:
                continue
            end = last + len(parts[-1])
        else:
            first = chunk.find(token, cursor)
            if first < 0:
                continue
            end = first + len(token)
        starts.add(base + first)
        ends.add(base + end)
        cursor = end


def build(text_nfc: str, vocabulary: frozenset[str] = frozenset()) -> TextView:
    """Segment ``text_nfc`` (already NFC) once: sentences, syllables and the Doc; words on
    demand, a paragraph at a time (``WordBounds``).

    The Doc's tokens are the folded syllables found in ``vocabulary`` (the catalogue's) and
    ``OTHER`` for the rest: phrase matching is unchanged, and spaCy's string store stays bounded
    however many names and numbers a corpus holds.
    """
    safe = _UNSAFE.sub(" ", text_nfc)
    tn = tone_normalise(text_nfc)
    fold = lower_same_length(tn)
    if len(tn) != len(text_nfc) or len(fold) != len(text_nfc):  # defensive: never misalign
        tn = text_nfc
        fold = same_length_fold(text_nfc) if len(same_length_fold(text_nfc)) == len(
            text_nfc) else text_nfc
    sentence_spans = _sentences(safe)
    segmentation = _Segmentation(safe)
    syllables = [(m.start(), m.end()) for m in _SYLLABLE.finditer(fold)]
    words = [fold[a:b] for a, b in syllables]
    doc = Doc(VOCAB, words=[w if w in vocabulary else OTHER for w in words])
    return TextView(
        text=text_nfc,
        tn=tn,
        fold=fold,
        sentence_starts=[a for a, _ in sentence_spans] or [0],
        sentence_spans=sentence_spans,
        word_starts=segmentation.starts,
        word_ends=segmentation.ends,
        syllable_spans=syllables,
        syllable_words=words,
        doc=doc,
    )


def pattern_doc(phrase_fold: str) -> Doc:
    """Doc of the syllables of an already folded phrase (punctuation dropped)."""
    return Doc(VOCAB, words=_SYLLABLE.findall(phrase_fold))


def syllable_key(text_fold: str) -> str:
    return " ".join(_SYLLABLE.findall(text_fold))
