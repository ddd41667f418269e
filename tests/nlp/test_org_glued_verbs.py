"""A verb the word segmenter glues to the proper name before it is not part of the name
(round 21). Sentences written for these tests."""

from __future__ import annotations

import pytest
from baochi.nlp import analyse


def names(text: str) -> list[str]:
    return [o.name for o in analyse(text, "2023-05-20", "baoquangbinh").organisations]


@pytest.mark.parametrize("text, name", [
    ("Trường Tiểu học Nắng Mai trao 40 suất quà cho học sinh.", "Trường Tiểu học Nắng Mai"),
    ("Trường Tiểu học Hoa Mai tặng 40 suất quà.", "Trường Tiểu học Hoa Mai"),
])
def test_a_glued_verb_ends_the_name(text, name):
    assert names(text) == [name]


def test_the_second_syllable_of_a_word_in_a_name_is_still_read():
    assert names("Ban Tuyên giáo và Dân vận Đảng ủy Chính phủ ban hành hướng dẫn.") == [
        "Ban Tuyên giáo và Dân vận Đảng ủy Chính phủ"]
