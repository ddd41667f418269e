"""Campaign failure kinds of real-text round 19 (issue 14). Every sentence here was written for
these tests (no press text): a policy or principle quoted after "chủ trương" is a motto, not a
campaign, while a campaign launched or carried out keeps its name."""

from __future__ import annotations

from tests.nlp.mention_support import campaign_rows

PUB = "2024-05-10T08:00:00+07:00"


def names(text: str, pub: str | None = PUB) -> list[str]:
    return [n for _s, n in campaign_rows(text, pub)]


def test_a_quote_after_chu_truong_is_a_principle() -> None:
    assert names("Chiến dịch thực hiện theo chủ trương “3 cùng”: cùng ăn, cùng ở, cùng làm.") == []
    assert names("Xã thực hiện tốt chủ trương “Nhà nước và nhân dân cùng làm” khi làm đường.") == []


def test_a_campaign_around_it_keeps_its_name() -> None:
    assert names("Theo chủ trương của tỉnh, huyện phát động phong trào “Toàn dân đoàn kết xây "
                 "dựng đời sống văn hóa”.") == ["Toàn dân đoàn kết xây dựng đời sống văn hóa"]


def test_a_quote_after_vai_tro_is_the_role_lived_up_to() -> None:
    assert names("Hội viên luôn phát huy vai trò “Tuổi cao - gương sáng” ở khu dân cư.") == []
    assert names("Hội viên hưởng ứng phong trào “Tuổi cao - gương sáng” do Trung ương Hội phát "
                 "động.") == ["Tuổi cao - Gương sáng"]
    assert names("Phát huy vai trò của hội viên trong phong trào “Toàn dân đoàn kết xây dựng đời "
                 "sống văn hóa”.") == ["Toàn dân đoàn kết xây dựng đời sống văn hóa"]
