"""Organisation failure kinds of round 9 (issue 14): a unit of a district youth union named with
the catalogue's name of the union at that level, the people's police as a force in its
anniversary, and a school's own units written bare or with their school.

Sentences are written for these tests, not copied from any page.
"""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows

PUB = "2024-05-10T08:00:00+07:00"


def names(text: str, source: str | None = "baohatinh", pub: str | None = PUB) -> list[str]:
    return [name for _, name in organisation_rows(text, pub, source)]


# ------------------------------------------------ a unit of a body named by level

def test_board_of_a_district_youth_union_takes_the_catalogue_name_of_the_union():
    found = names("Ban Chấp hành Đoàn thanh niên huyện Cẩm Xuyên đã ra quân dọn vệ sinh.")
    assert found == ["Ban Chấp hành Huyện đoàn Cẩm Xuyên"]


def test_board_of_a_commune_youth_union_keeps_the_full_name():
    # the catalogue names the union by its level only for a province, district or town
    found = names("Ban Chấp hành Đoàn Thanh niên xã Kỳ Tiến họp phiên đầu tiên.")
    assert found == ["Ban Chấp hành Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Kỳ Tiến"]


# ------------------------------------------------ national forces in their anniversary

def test_police_force_in_its_anniversary_with_or_without_luc_luong():
    assert names("Nhân kỷ niệm Ngày truyền thống lực lượng CAND (19/8), lãnh đạo huyện đến "
                 "thăm cán bộ, chiến sĩ.") == ["Công an nhân dân Việt Nam"]
    assert names("Hướng tới 80 năm Ngày thành lập lực lượng Công an nhân dân, đơn vị tổ chức "
                 "hội thao.") == ["Công an nhân dân Việt Nam"]
    assert names("Chào mừng ngày truyền thống Công an nhân dân Việt Nam, Công an tỉnh trao "
                 "quà.") == ["Công an nhân dân Việt Nam", "Công an tỉnh Hà Tĩnh"]


def test_police_of_a_province_or_district_stays_that_police():
    assert names("Công an huyện Kỳ Anh phối hợp với Công an tỉnh tuần tra.") == [
        "Công an huyện Kỳ Anh", "Công an tỉnh Hà Tĩnh"]
    # the paper of the police is a paper, not the force
    assert names("Báo Công an nhân dân đưa tin về hội nghị.") == ["Báo Công an nhân dân"]
