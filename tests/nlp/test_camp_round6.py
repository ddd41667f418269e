"""Campaign failure kinds of real-text round 6 (issue 14: campaign batch 15, provincial papers'
own reporting). Every sentence here was written for these tests (no press text). Each test is one
kind — the short form provincial papers give the youth summer campaign, the former name of the
month of food safety, a bare "Tháng hành động" whose sentence names only "thực phẩm", a kind of
drive written after another kind (a class) — plus the forms around each that must keep working.
"""

from __future__ import annotations

import pytest

from tests.nlp.mention_support import campaign_rows

PUB = "2024-07-20T08:00:00+07:00"


def camps(text: str, pub: str | None = PUB) -> list[tuple[str, str]]:
    return campaign_rows(text, pub)


def names(text: str, pub: str | None = PUB) -> list[str]:
    return [n for _s, n in camps(text, pub)]


# ------------------------------------------------------- the youth summer campaign, shortened

@pytest.mark.parametrize("text", [
    "Sáng 14/7, Huyện đoàn tổ chức lễ ra quân Chiến dịch tình nguyện hè năm 2024 tại xã biên giới.",
    "Bí thư Tỉnh đoàn trao cờ cho các đội hình tham gia Chiến dịch tình nguyện Hè 2024.",
    "Hơn 3.000 đoàn viên tham gia chiến dịch tình nguyện hè của tỉnh trong tháng 7.",
])
def test_short_summer_campaign_is_the_catalogue_campaign(text):
    assert names(text) == ["Thanh niên tình nguyện hè"]


def test_full_summer_campaign_name_unchanged():
    assert names("Tỉnh đoàn phát động Chiến dịch Thanh niên tình nguyện hè năm 2024 tại thành phố.") \
        == ["Thanh niên tình nguyện hè"]


@pytest.mark.parametrize("text", [
    "Các chương trình, chiến dịch tình nguyện hè năm nay tập trung về vùng sâu, vùng xa.",
    "Chương trình, chiến dịch tình nguyện hè của thành phố có năm nội dung lớn.",
    "Các phong trào và chiến dịch tình nguyện hè được duy trì ở mọi cơ sở Đoàn.",
    "Thanh niên tham gia hoạt động tình nguyện hè ở khu dân cư.",
])
def test_a_kind_of_drive_or_no_trigger_names_no_campaign(text):
    # a drive written after another kind of drive is the class; without a trigger, nothing
    assert names(text) == []


def test_named_summer_campaigns_after_a_pair_still_read():
    # a capitalised or quoted name after the pair is still a campaign
    assert names("Các chương trình, chiến dịch “Mùa hè xanh”, “Hoa phượng đỏ” ra quân đồng loạt.") \
        == ["Mùa hè xanh", "Hoa phượng đỏ"]


# ------------------------------------------------------------ the month of food safety

def test_former_name_of_food_safety_month():
    text = "Huyện tổ chức lễ phát động Tháng Hành động vì chất lượng vệ sinh an toàn thực phẩm"
    assert camps(text, None) == [("Tháng Hành động vì chất lượng vệ sinh an toàn thực phẩm",
                                  "Tháng hành động vì an toàn thực phẩm")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trong Tháng hành động, đoàn liên ngành kiểm tra 40 cơ sở kinh doanh thực phẩm.",
     ["Tháng hành động vì an toàn thực phẩm"]),
    ("Trong Tháng hành động, các xã tặng quà cho trẻ em có hoàn cảnh khó khăn.",
     ["Tháng hành động vì trẻ em"]),
    ("Trong Tháng hành động, các đoàn kiểm tra làm việc tại 12 xã.", []),
])
def test_bare_month_of_action_by_its_subject(text, expected):
    assert names(text) == expected


# ------------------------------------------------- a movement's title in an honouring congress

def test_honouring_congress_of_a_movements_people_is_no_later_mention():
    text = ("Huyện khen thưởng 40 hội viên tiêu biểu trong phong trào nông dân sản xuất, kinh doanh "
            "giỏi giai đoạn 2020 – 2023 và cử 20 đại biểu dự Đại hội Tuyên dương nông dân sản xuất, "
            "kinh doanh giỏi cấp tỉnh.")
    assert names(text) == ["Nông dân sản xuất, kinh doanh giỏi"]
    # a plain repeat of the name still counts
    text = ("Phong trào nông dân sản xuất, kinh doanh giỏi lan rộng; năm nay có thêm 300 hộ tham gia "
            "nông dân sản xuất, kinh doanh giỏi.")
    assert names(text) == ["Nông dân sản xuất, kinh doanh giỏi", "Nông dân sản xuất, kinh doanh giỏi"]
