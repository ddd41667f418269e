"""Campaign failure kinds of real-text round 26 (issue 14: fresh dev batches 41 to 44). Every
sentence here was written for these tests (no press text). Each test is one kind — the people a
movement is named for described as households, a quoted peak day named by its aim, a catalogue
programme named as a day after "chương trình" with its theme quoted after it, a catalogue
programme after "chương trình" and a gift-giving activity — plus the forms around each that must
keep working.
"""

from __future__ import annotations

from tests.nlp.mention_support import campaign_rows

PUB = "2024-03-12T08:00:00+07:00"

FARMERS = "Nông dân sản xuất, kinh doanh giỏi"
RED_SUNDAY = "Ngày Chủ nhật đỏ"
KIND_TET = "Tết Nhân ái"
GREEN_SUNDAY = "Ngày Chủ nhật xanh"


def camps(text: str, pub: str | None = PUB) -> list[tuple[str, str]]:
    return campaign_rows(text, pub)


def names(text: str, pub: str | None = PUB) -> list[str]:
    return [n for _s, n in camps(text, pub)]


# 1. households of the people a movement is named for ---------------------------------------------

def test_households_named_like_the_movement_are_no_later_mention():
    text = ("Hội Nông dân xã sơ kết phong trào Nông dân sản xuất kinh doanh giỏi vào tháng 6. "
            "Nhờ vay vốn, các hộ nông dân sản xuất kinh doanh giỏi vừa mua thêm máy cày. "
            "Ba hội viên nông dân sản xuất kinh doanh giỏi được mời chia sẻ kinh nghiệm.")
    assert names(text) == [FARMERS]


def test_the_movement_repeated_in_lower_case_still_counts():
    # the same words cited as the movement again (not after a household's noun) are a mention
    text = ("Hội Nông dân xã sơ kết phong trào Nông dân sản xuất kinh doanh giỏi vào tháng 6. "
            "Hội tiếp tục đẩy mạnh nông dân sản xuất kinh doanh giỏi trong năm tới.")
    assert names(text) == [FARMERS, FARMERS]


def test_supporting_the_movement_is_no_household():
    # "ủng hộ" is a verb of support, not a household
    text = ("Hội Nông dân xã sơ kết phong trào Nông dân sản xuất kinh doanh giỏi vào tháng 6. "
            "Nhiều doanh nghiệp ủng hộ nông dân sản xuất kinh doanh giỏi bằng vốn vay.")
    assert names(text) == [FARMERS, FARMERS]


# 2. a quoted peak day named by its aim -------------------------------------------------------------

def test_a_quoted_peak_day_is_a_campaign():
    rows = camps("Sáng 5/8, chi đoàn các trường cùng ra quân “Ngày cao điểm tuổi trẻ bảo vệ môi "
                 "trường” tại các xã.")
    assert [s for s, _n in rows] == ["Ngày cao điểm tuổi trẻ bảo vệ môi trường"]


def test_a_peak_day_listed_with_a_catalogue_day_ends_before_it():
    rows = camps("Các chi đoàn ra quân “Ngày cao điểm dọn dẹp đường làng và Ngày Chủ nhật xanh "
                 "lần thứ III năm 2024” với nhiều hoạt động.")
    assert [n for _s, n in rows] == ["Ngày cao điểm dọn dẹp đường làng", GREEN_SUNDAY]


def test_the_peak_day_of_another_campaign_names_that_one():
    assert names("Thanh niên ra quân “Ngày cao điểm của Chiến dịch tình nguyện hè” tại xã.") == []
    assert "Ngày cao điểm Chiến dịch" not in " ".join(
        names("Thanh niên ra quân “Ngày cao điểm Chiến dịch tình nguyện hè” tại xã."))


# 3. a catalogue programme named as a day after "chương trình" ---------------------------------------

def test_a_programme_named_as_a_day_with_its_theme_quoted_after():
    rows = camps("Sinh viên trường tham gia chương trình ngày Chủ nhật đỏ “Giọt máu sẻ chia” từ sáng "
                 "sớm.")
    assert rows == [("ngày Chủ nhật đỏ", RED_SUNDAY)]


def test_the_programme_quoted_after_its_trigger():
    assert names("Năm nay, chương trình “Ngày Chủ nhật đỏ” thu hút hơn 300 đoàn viên.") == [
        RED_SUNDAY]


def test_the_blood_festival_quoted_alone_stays_an_event():
    assert names("Ngày hội hiến máu “Chủ nhật đỏ” năm nay thu được 500 đơn vị máu.") == []


def test_a_lower_case_subject_before_a_quote_is_no_name():
    # the words in lower case say what the quoted programme is about; the quote is its name
    assert names("Tỉnh đoàn phát động chương trình hiến máu tình nguyện “Hành trình Đỏ” năm "
                 "2024.") == ["Hành trình Đỏ"]


# 4. a catalogue programme after "chương trình" and a gift-giving activity ------------------------------

def test_gifts_of_a_catalogue_programme():
    rows = camps("Đoàn phường có chương trình tặng quà Tết nhân ái cho 40 hộ khó khăn vào cuối "
                 "tuần.")
    assert rows == [("Tết nhân ái", KIND_TET)]


def test_gifts_for_tet_alone_name_no_programme():
    assert names("Bệnh viện tổ chức chương trình trao quà Tết cho bệnh nhân khó khăn.") == []
    assert names("Xã tổ chức chương trình tặng quà Tết Nguyên đán cho hộ nghèo.") == []


def test_the_title_at_its_levels_is_no_later_mention():
    text = ("Chi hội vận động hội viên theo phong trào nông dân sản xuất - kinh doanh giỏi; ba người "
            "được bình xét nông dân sản xuất - kinh doanh giỏi cấp huyện trong quý.")
    assert names(text) == [FARMERS]
