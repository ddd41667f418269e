"""Date forms of real provincial press (issue 14) and the on-demand word segmentation.

Every sentence here is written for the test (no press text): each one carries a form that
real papers use and that the date rules once resolved wrongly or missed.
"""

from __future__ import annotations

from baochi.nlp import analyse
from baochi.nlp.tokens import build


def _dates(text: str, pub: str | None = "2024-07-20") -> list[tuple[str, str | None, str | None, str]]:
    return [(d["surface"], d["date_start"], d["date_end"], d["granularity"])
            for d in analyse(text, pub).to_dict()["dates"]]


# ------------------------------------------------------------ word segmentation on demand

_PARAGRAPHS = (
    "Sáng 5/3, Hội Nông dân tỉnh tổ chức hội nghị tổng kết.\n"
    "Các đại biểu thảo luận sôi nổi về phong trào sản xuất, kinh doanh giỏi.\n"
    "\n"
    "Trường Trung học phổ thông Lê Lợi đón nhận Huân chương Lao động hạng Ba."
)


def _eager_bounds(text: str) -> tuple[set[int], set[int]]:
    view = build(text)
    return set(view.word_starts), set(view.word_ends)  # iteration segments every paragraph


def test_word_bounds_do_not_depend_on_the_order_paragraphs_are_asked_in() -> None:
    starts, ends = _eager_bounds(_PARAGRAPHS)
    assert starts and ends
    n = len(_PARAGRAPHS)
    for order in (range(n + 1), range(n, -1, -1)):
        view = build(_PARAGRAPHS)
        got_starts = {p for p in order if p in view.word_starts}
        view = build(_PARAGRAPHS)
        got_ends = {p for p in order if p in view.word_ends}
        assert (got_starts, got_ends) == (starts, ends)


def test_a_paragraph_is_segmented_only_when_asked_about() -> None:
    view = build(_PARAGRAPHS)
    last = _PARAGRAPHS.rindex("Trường")
    assert last in view.word_starts  # the third paragraph only
    assert view.word_starts.positions and min(view.word_starts.positions) >= last
    assert 0 in view.word_starts  # now the first one too
    assert len(view.word_starts) == len(_eager_bounds(_PARAGRAPHS)[0])


def test_word_bounds_answer_false_between_paragraphs_and_for_non_offsets() -> None:
    view = build(_PARAGRAPHS)
    blank = _PARAGRAPHS.index("\n\n") + 1
    assert blank not in view.word_starts
    assert "5" not in view.word_starts
    assert -1 not in view.word_ends and len(_PARAGRAPHS) + 5 not in view.word_ends
