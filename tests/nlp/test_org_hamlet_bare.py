"""Branches of a hamlet written bare (issue 14, round 19): a women's union or youth cell written
with its hamlet's level word only ("Hội Phụ nữ thôn") and a Party cell named by its secretary's
title ("Bí thư Chi bộ", "Phó Bí thư chi bộ, Trưởng thôn …") are the branches of the hamlet the
paragraph names — before them, or the hamlet the secretary also heads. With no hamlet named, or
a person's name after "trưởng thôn", nothing is read.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2021-05-10"


def rows(text: str, source: str = "baoyenbai") -> list[tuple[str, str]]:
    return organisation_rows(text, PUB, source)


def test_a_branch_written_with_its_level_word_is_the_hamlet_s_named_before() -> None:
    assert rows("Về thôn Khe Mơ, xã Hưng Thịnh, hai bên đường là hoa do Hội Phụ nữ thôn trồng.") \
        == [("Hội Phụ nữ thôn", "Chi hội Phụ nữ thôn Khe Mơ xã Hưng Thịnh")]
    assert rows("Tại bản Nà Khà, xã Tú Lệ, Chi đoàn bản ra quân dọn vệ sinh.") \
        == [("Chi đoàn bản", "Chi đoàn bản Nà Khà xã Tú Lệ")]


def test_a_cell_named_by_its_secretary_s_title_is_the_hamlet_s() -> None:
    assert rows("Đến thôn Đồng Tâm, xã Minh Xuân, Bí thư Chi bộ kiêm trưởng thôn Hoàng Văn Hải "
                "dẫn chúng tôi đi thăm.") == [("Chi bộ", "Chi bộ thôn Đồng Tâm xã Minh Xuân")]
    assert rows("Anh làm việc ở UBND xã Minh Xuân và là Phó Bí thư chi bộ, Trưởng thôn Làng Mới 2.") \
        == [("UBND xã Minh Xuân", "Ủy ban nhân dân xã Minh Xuân"),
            ("chi bộ", "Chi bộ thôn Làng Mới 2 xã Minh Xuân")]


def test_no_hamlet_named_or_a_person_after_the_title_reads_nothing() -> None:
    assert rows("Bí thư Chi bộ, trưởng thôn Nguyễn Văn An cho biết thêm.") == []
    assert rows("Hội Phụ nữ thôn tổ chức họp bàn việc làm đường.") == []
    # another level word than the hamlet's names no branch of it
    assert rows("Về xóm Bãi, Chi đoàn thôn ra quân.") == []


def test_the_front_s_work_board_written_bare_is_the_hamlet_s() -> None:
    assert rows("Sáng 15/11, tại khu dân cư thôn Tân Lập, xã Hòa Bình, Ban công tác mặt trận và "
                "nhân dân thôn tổ chức ngày hội.") \
        == [("Ban công tác mặt trận", "Ban Công tác Mặt trận thôn Tân Lập xã Hòa Bình")]
    assert rows("Ban Công tác Mặt trận các khu dân cư đã vào cuộc.") == []
