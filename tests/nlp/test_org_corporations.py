"""The State's and the largest equitised corporations named by their short forms alone (issue 14,
round 19): national bodies with no level, by the catalogue's inventory. Sentences are written
for these tests, not copied from any page."""

from __future__ import annotations

from tests.nlp.mention_support import organisation_rows


def names(text: str) -> list[str]:
    return [name for _, name in organisation_rows(text, "2024-01-26", "baonghean")]


def test_a_corporation_written_by_its_short_form_is_the_corporation() -> None:
    assert names("Tỉnh đoàn phối hợp cùng SABECO trao quà Tết cho chiến sĩ.") == [
        "Tỉnh đoàn Nghệ An", "Tổng công ty Cổ phần Bia - Rượu - Nước giải khát Sài Gòn"]
    assert names("EVNSPC và Vinamilk trao học bổng cho học sinh nghèo.") == [
        "Tổng công ty Điện lực miền Nam", "Công ty Cổ phần Sữa Việt Nam"]


def test_a_province_s_company_under_a_corporation_stays_itself() -> None:
    assert names("Công ty Điện lực Nghệ An thuộc EVNNPC phát động thi đua.") == [
        "Công ty Điện lực Nghệ An", "Tổng công ty Điện lực miền Bắc"]
