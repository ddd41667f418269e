"""Bodies listed by dashes after a Party committee named by its level (issue 14, round 19):
"Thành ủy – HĐND – UBND" with no level written after the list names the city's council and
committee, as "Đảng ủy – HĐND – UBND xã X" names the commune's. Sentences are written for these
tests, not copied from any page."""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows


def rows(text: str) -> list[tuple[str, str]]:
    return organisation_rows(text, "2022-05-25", "baolaichau")


def test_bare_bodies_after_a_city_committee_are_the_city_s() -> None:
    assert rows("Dự có Phó Bí thư Thành ủy Sơn Tây; lãnh đạo Thành ủy - HĐND - UBND và các "
                "phòng, ban.") == [
        ("Thành ủy Sơn Tây", "Thành ủy Sơn Tây"), ("Thành ủy", "Thành ủy Sơn Tây"),
        ("HĐND", "Hội đồng nhân dân thành phố Sơn Tây"),
        ("UBND", "Ủy ban nhân dân thành phố Sơn Tây")]


def test_bare_bodies_after_the_provincial_committee_are_the_province_s() -> None:
    assert rows("Dự lễ có lãnh đạo Tỉnh ủy – HĐND – UBND.") == [
        ("Tỉnh ủy", "Tỉnh ủy Lai Châu"), ("HĐND", "Hội đồng nhân dân tỉnh Lai Châu"),
        ("UBND", "Ủy ban nhân dân tỉnh Lai Châu")]


def test_a_comma_still_lists_bodies_of_other_units() -> None:
    assert rows("Dự lễ có lãnh đạo Huyện ủy Tam Đường, UBND các xã.") == [
        ("Huyện ủy Tam Đường", "Huyện ủy Tam Đường")]
