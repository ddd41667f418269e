"""Campaign failure kinds of real-text round 25 (issue 14: fresh dev batches 37 to 40). Every
sentence here was written for these tests (no press text). Each test is one kind — a variant that
changes a content word is another name, a programme's lunar-year edition and its horizon are no
part of its name, a people's movement written with its own place where the nation stands, a
qualifying phrase inserted after a movement's people, the national day of a movement of the whole
people, a short name with one mark typed wrong — plus the forms around each that must keep
working.
"""

from __future__ import annotations

from baochi.nlp.campaigns import variants
from baochi.nlp.campaigns.catalogue import campaign_key, index

from tests.nlp.mention_support import campaign_rows

PUB = "2024-03-12T08:00:00+07:00"

BORDER_SPRING = "Xuân Biên phòng ấm lòng dân bản"
OCOP = "Chương trình Mỗi xã một sản phẩm"
YOUTH_WORDS = "Tuổi trẻ Việt Nam học tập và làm theo lời Bác"
NTM = "Chung sức xây dựng nông thôn mới"
VETERANS = "Cựu chiến binh giúp nhau làm kinh tế"
WOMEN = "Phụ nữ giúp nhau phát triển kinh tế"
BLOOD = "Hiến máu tình nguyện"


def camps(text: str, pub: str | None = PUB) -> list[tuple[str, str]]:
    return campaign_rows(text, pub)


def names(text: str, pub: str | None = PUB) -> list[str]:
    return [n for _s, n in camps(text, pub)]


# 1. a variant that changes a content word names another programme ------------------------------

def test_a_variant_with_another_content_word_is_its_own_name():
    # "dân biển" (the people of the sea) is not "dân bản" (the village's): its own programme
    assert names("Đồn Biên phòng cửa biển phối hợp tổ chức chương trình “Xuân Biên phòng - Ấm "
                 "lòng dân biển” tại xã ven biển.") == ["Xuân Biên phòng - Ấm lòng dân biển"]
    assert names("Hội Phụ nữ tham gia chương trình “Xuân biên phòng ấm lòng dân biển” năm nay.") == [
        "Xuân biên phòng ấm lòng dân biển"]


def test_real_spelling_variants_of_a_catalogue_name_still_merge():
    # dashes, case and tone placement
    assert names("Bộ đội Biên phòng tỉnh tổ chức chương trình “Xuân Biên phòng - Ấm lòng dân bản” "
                 "ở các xã biên giới.") == [BORDER_SPRING]
    # a word written without its marks
    assert names("Đồn tổ chức chương trình “Xuân Biên phòng ấm lòng dân ban” cho bà con.") == [
        BORDER_SPRING]


def test_the_content_word_check_itself():
    idx = index()
    sea = campaign_key("Xuân Biên phòng ấm lòng dân biển")
    assert variants._other_word(sea.split(), tuple(campaign_key(BORDER_SPRING).split()))
    # marks only, one letter, one word run together, a small function word for another
    assert not variants._other_word(["dận", "vận"], ("dân", "vận"))
    assert not variants._other_word(["hội", "liêp", "hiệp"], ("hội", "liên", "hiệp"))
    assert not variants._other_word(["ngày", "chủnhật", "xanh"], ("ngày", "chủ", "nhật", "xanh"))
    assert not variants._other_word(["tết", "vì", "em"], ("tết", "cho", "em"))
    # neither the close-spelling nor the variant-wording reading merges another word
    k = campaign_key("Xuân Biên phòng ấm lòng dân biển")
    assert variants._close_spelling(k, idx) is None
    assert variants._fuzzy_entry(k, idx) is None


# 2. a programme's lunar-year edition is no part of its name ----------------------------------------

def test_a_programme_named_with_its_lunar_spring_drops_the_edition():
    assert names("Quỹ nhận hơn 800 triệu đồng từ chương trình Tết Khuyến học Xuân Giáp Thìn năm "
                 "2024 của tỉnh.") == ["Tết Khuyến học"]
    assert names("Hội tổng kết chương trình “Tết Khuyến học Xuân Quý Mão” của tỉnh.") == ["Tết Khuyến học"]
    # the spring alone, with no year after it
    assert variants.canonical("Tết Khuyến học Xuân Bính Ngọ")[0] == "Tết Khuyến học"
    # a catalogue programme with its spring is the catalogue's
    assert variants.canonical("Tết Sum vầy Xuân Giáp Thìn")[0] == "Tết Sum vầy"


def test_a_lunar_spring_that_is_the_whole_name_stays():
    # no name left before the spring: nothing to drop it from
    assert variants.clean_name("Xuân Giáp Thìn") == "Xuân Giáp Thìn"


# 6. a programme's period and horizon are no part of its name -----------------------------------

def test_a_programme_with_its_period_and_horizon_is_the_catalogue_programme():
    assert names("Huyện có 40 sản phẩm đạt sao nhờ Chương trình “mỗi xã một sản phẩm (OCOP) giai "
                 "đoạn 2021 - 2025, định hướng đến năm 2030”.") == [OCOP]
    assert variants.canonical("Mỗi xã một sản phẩm giai đoạn 2021-2025, tầm nhìn đến năm 2030")[0] == OCOP
    # an uncatalogued programme keeps its words without the horizon
    assert variants.clean_name("Phát triển du lịch cộng đồng giai đoạn 2021 - 2025, định hướng "
                               "đến năm 2030") == "Phát triển du lịch cộng đồng"


# 3. a national movement written with its own place where the nation stands ----------------------

def test_a_place_in_the_place_of_viet_nam_is_the_national_movement():
    assert names("Phong trào “Tuổi trẻ thành phố Bảo Lộc học tập và làm theo lời Bác” được Thành "
                 "đoàn duy trì nhiều năm.") == [YOUTH_WORDS]
    assert names("Đoàn viên tích cực hưởng ứng phong trào “Tuổi trẻ Lâm Đồng học tập và làm theo "
                 "lời Bác”.") == [YOUTH_WORDS]
    assert names("Cuộc vận động “Tuổi trẻ Việt Nam học tập và làm theo lời Bác” do Trung ương "
                 "Đoàn khởi xướng.") == [YOUTH_WORDS]
    # "Cả nước" written as a district: the national emulation movement, as before
    assert names("Huyện đẩy mạnh phong trào “Đức Trọng chung sức xây dựng nông thôn mới”.") == [NTM]


def test_a_group_with_its_place_is_still_the_group():
    # a women's movement of one province names no national one without a group
    assert variants.canonical("Phụ nữ tỉnh Lâm Đồng chung sức xây dựng nông thôn mới")[2] is False


# 4. a qualifying phrase inserted after a movement's people ---------------------------------------

def test_words_inserted_after_the_people_of_a_movement():
    assert names("Hội huyện đẩy mạnh phong trào cựu chiến binh phát huy bản chất bộ đội Cụ Hồ giúp "
                 "nhau làm kinh tế, vươn lên khá giả.") == [VETERANS]
    assert names("Hội duy trì phong trào phụ nữ các dân tộc giúp nhau phát triển kinh tế.") == [WOMEN]
    # a long name: its whole rest after the inserted words
    assert names("Phong trào phụ nữ vùng cao tích cực học tập, lao động sáng tạo, xây dựng gia đình "
                 "hạnh phúc được các chi hội hưởng ứng.") == [
        "Phụ nữ tích cực học tập, lao động sáng tạo, xây dựng gia đình hạnh phúc"]
    # the name right after the people, as before
    assert names("Hội đẩy mạnh phong trào cựu chiến binh giúp nhau làm kinh tế.") == [VETERANS]


def test_an_inserted_phrase_that_is_a_second_item_or_a_class_names_none():
    # after a plural trigger the movements are a class
    assert names("Các phong trào cựu chiến binh phát huy truyền thống giúp nhau làm kinh tế, được "
                 "các chi hội duy trì.") == []
    # "và" opens a second item: the first movement only
    assert names("Phong trào cựu chiến binh gương mẫu và giúp nhau làm kinh tế được đẩy mạnh.") == [
        "Cựu chiến binh gương mẫu"]
    # after a comma the rest is another item of a list of aims, not the name resumed
    assert names("Hội phát động phong trào nông dân giữ gìn vệ sinh môi trường, sản xuất kinh doanh "
                 "giỏi trong toàn huyện.") == []
    # the rest of the name must close where a name surely ends, not run into more words
    assert names("Phong trào cựu chiến binh năng động giúp nhau làm kinh tế hộ gia đình phát triển.") == []


# 5. the national day of a movement of the whole people -----------------------------------------

def test_the_national_day_of_the_whole_people_cites_the_movement():
    assert camps("Dịp Ngày toàn dân hiến máu tình nguyện năm nay, câu lạc bộ kết nạp thêm 20 thành "
                 "viên.") == [("toàn dân hiến máu tình nguyện", BLOOD)]
    # the movement written with a capital and no "toàn dân"
    assert names("Hưởng ứng Ngày toàn dân Hiến máu tình nguyện, trường tổ chức buổi hiến máu.") == [BLOOD]


def test_a_day_named_for_what_no_catalogue_movement_is_names_none():
    assert names("Nhân Ngày toàn dân đọc sách, thư viện trưng bày 500 đầu sách.") == []


# a short catalogue name with one syllable's marks typed wrong ------------------------------------

def test_a_short_name_with_a_mark_typed_wrong():
    assert names("Hội Nông dân xã hưởng ứng “Dận vận khéo”, vận động bà con hiến đất làm "
                 "đường.") == ["Dân vận khéo"]
    assert variants.canonical("Dân vặn khéo")[0] == "Dân vận khéo"
    # two syllables or fewer are never read so; nor a key whose letters differ
    assert variants._marks_typo("dân vận", index()) is None
    assert variants._marks_typo("dân vận khó", index()) is None
