"""Campaign failure kinds of real-text round 13 (issue 14: the kinds held-out batch 12 showed):
a national target programme's subject cut short after the programme's full head. Every sentence
here was written for these tests (no press text).
"""

from __future__ import annotations

from tests.nlp.mention_support import campaign_names, campaign_rows

PUB = "2024-06-12T08:00:00+07:00"
PROGRAMME = "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"


def names(text: str) -> list[str]:
    return campaign_names(text, PUB)


def test_programme_subject_cut_short_after_the_full_head():
    assert campaign_rows("Hội viên góp sức vào Chương trình mục tiêu quốc gia xây dựng nông thôn "
                         "cùng chính quyền xã.", PUB) == [
        ("Chương trình mục tiêu quốc gia xây dựng nông thôn", PROGRAMME)]
    assert names("Huyện triển khai Chương trình MTQG xây dựng nông thôn trong năm nay.") == [
        PROGRAMME]


def test_programme_written_whole_keeps_its_span():
    assert campaign_rows("Xã hoàn thành Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
                         "sớm một năm.", PUB) == [
        ("Chương trình mục tiêu quốc gia xây dựng nông thôn mới", PROGRAMME)]


def test_cut_subject_not_read_after_a_bare_programme_word():
    assert names("Chương trình xây dựng nông thôn của xã có năm hạng mục.") == []
