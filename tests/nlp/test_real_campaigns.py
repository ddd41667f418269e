"""Campaign failure kinds seen on real provincial press (issue 14), one test each.

Every sentence here was written for these tests (no press text). Each kind is general: variant
wordings of catalogue names, acronyms made from a name's syllables, editions, named days and
months, programmes, provincial insertions, and the quoted names that are never campaigns.
"""

from __future__ import annotations

import pytest
from baochi.nlp import analyse, campaigns

PUB = "2024-05-20T08:00:00+07:00"


def camps(text, pub=PUB, source="baohatinh"):
    return [(c.surface, c.name) for c in analyse(text, pub, source).campaigns]


def ids(text, pub=PUB, source="baohatinh"):
    return [c.campaign_id for c in analyse(text, pub, source).campaigns]


def names(text):
    return [n for _s, n in camps(text)]


# ---------------------------------------------------------------- variant wordings (fuzzy)

def test_a_variant_wording_after_a_trigger_is_the_catalogue_campaign():
    exact = ids("Xã hưởng ứng phong trào “Cả nước chung tay vì người nghèo - Không để ai bị bỏ "
                "lại phía sau”.")
    variant = ids("Xã hưởng ứng phong trào “Cả nước chung tay vì người nghèo – Không ai bị bỏ "
                  "lại phía sau” trong năm.")
    assert exact == variant == ["ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau"]


@pytest.mark.parametrize("text, name", [
    # another campaign's subject or actor: near-misses that must not be merged
    ("Đơn vị phát động phong trào “Công an chung tay vì người nghèo”.",
     "Công an chung tay vì người nghèo"),
    ("Hội triển khai cuộc vận động “Xây dựng gia đình 5 không, 4 sạch”.",
     "Xây dựng gia đình 5 không, 4 sạch"),
    ("Huyện phát động Tháng hành động “Vì an toàn giao thông”.",
     "Tháng hành động Vì an toàn giao thông"),
])
def test_near_misses_that_are_other_campaigns_are_not_merged(text, name):
    assert names(text) == [name]


def test_fuzzy_matching_has_a_floor_and_needs_a_single_best_entry():
    assert campaigns.canonical("Công an chung tay vì người nghèo", True)[2] is False
    # short names are never matched loosely ("Thanh niên tình nguyện" vs "… hè")
    assert campaigns.canonical("Thanh niên tình nguyện đông", True)[2] is False
    assert campaigns.canonical("Cả nước chung tay vì người nghèo, không ai bị bỏ lại phía sau",
                               True)[0] == ("Cả nước chung tay vì người nghèo - Không để ai bị "
                                            "bỏ lại phía sau")


def test_a_quoted_variant_without_a_trigger_is_not_matched_loosely():
    assert camps("Ông nhắc lại: “Cả nước chung tay vì người nghèo, không ai bị bỏ lại "
                 "phía sau”.") == []


# ---------------------------------------------------------------- the "học tập và làm theo" frame

@pytest.mark.parametrize("text", [
    "Chi bộ đẩy mạnh việc học tập và làm theo tấm gương đạo đức Hồ Chí Minh trong đảng viên.",
    "Năm qua, việc học tập và làm theo tư tưởng đạo đức, phong cách Hồ Chí Minh có nhiều "
    "chuyển biến.",
    "Đoàn viên gắn nhiệm vụ chuyên môn với học tập và làm theo tư tưởng, tấm gương đạo đức, "
    "phong cách Hồ Chí Minh.",
])
def test_the_frame_names_the_campaign_without_a_trigger(text):
    assert ids(text) == ["hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh"]


@pytest.mark.parametrize("text", [
    "Học sinh thi đua học tập và làm theo 5 điều Bác Hồ dạy.",
    "Cán bộ tích cực học tập và làm theo phong cách của Bác là gần dân.",
    "Thực hiện Chỉ thị 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách "
    "Hồ Chí Minh, chi bộ họp.",
])
def test_the_frame_without_the_campaigns_wording_or_as_a_document_subject(text):
    assert camps(text) == []


# ---------------------------------------------------------------- acronyms from the catalogue

def test_acronyms_are_made_from_the_syllables_of_catalogue_names():
    forms = campaigns._acronym_forms("Toàn dân bảo vệ an ninh Tổ quốc")
    assert "tdbvantq" in forms and "toàn dân bảo vệ antq" in forms
    # a tail never splits a word, nor opens with a function word
    assert "tháng hành động vì an ttp" not in campaigns._acronym_forms(
        "Tháng hành động vì an toàn thực phẩm")
    assert campaigns._acronym_forms("Xây dựng gia đình 5 không, 3 sạch") == []


@pytest.mark.parametrize("text, name", [
    ("Xã tổ chức điểm Ngày hội TDBVANTQ tại thôn Đông.", "Toàn dân bảo vệ an ninh Tổ quốc"),
    ("Khu dân cư đẩy mạnh phong trào Toàn dân bảo vệ ANTQ.",
     "Toàn dân bảo vệ an ninh Tổ quốc"),
    ("Phong trào TDĐKXDĐSVH được triển khai sâu rộng ở cơ sở.",
     "Toàn dân đoàn kết xây dựng đời sống văn hóa"),
])
def test_campaigns_written_as_acronyms(text, name):
    assert names(text) == [name]


# ---------------------------------------------------------------- named days, boards

def test_an_unquoted_named_day_of_a_campaign_cites_it():
    assert names("Xã tổ chức ngày hội Toàn dân bảo vệ an ninh Tổ quốc năm 2024.") == [
        "Toàn dân bảo vệ an ninh Tổ quốc"]
    assert camps("Thôn tổ chức Ngày hội Đại đoàn kết toàn dân tộc.") == []


@pytest.mark.parametrize("text", [
    "Thành viên Ban Chỉ đạo thực hiện phong trào Toàn dân bảo vệ ANTQ Trung ương dự lễ.",
    "Ban Chỉ đạo phòng, chống tội phạm và xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc "
    "huyện Can Lộc họp.",
    "Ông là Phó Cục trưởng Cục Xây dựng phong trào Toàn dân bảo vệ an ninh Tổ quốc.",
])
def test_a_campaign_inside_a_boards_name_is_not_a_mention(text):
    assert camps(text) == []


def test_a_board_that_launches_a_campaign_does_not_hide_it():
    assert names("Ban Chỉ đạo huyện đã phát động phong trào “Dân vận khéo” ở các xã.") == [
        "Dân vận khéo"]


# ---------------------------------------------------------------- named months

def test_a_bare_action_month_stands_for_the_one_its_sentence_is_about():
    assert names("Tháng hành động năm nay tập trung phòng, chống đuối nước cho trẻ em.") == [
        "Tháng hành động vì trẻ em"]
    # two subjects, or none: no name
    assert camps("Tháng hành động năm nay nói về trẻ em và an toàn thực phẩm.") == []
    assert camps("Tháng hành động mang nhiều thông điệp ý nghĩa.") == []


def test_a_month_named_inside_a_quotation_and_after_a_theme_word():
    text = ("Hội tặng quà trong chương trình hoạt động của Tháng nhân đạo. Bà B nói: “Tháng "
            "Nhân đạo kéo dài một tháng. Chủ đề của Tháng Nhân đạo năm nay là “Sẻ chia yêu "
            "thương” để mọi người cùng tham gia.")
    assert names(text) == ["Tháng Nhân đạo"] * 3


# ---------------------------------------------------------------- editions

def test_two_editions_named_together_are_two_campaigns():
    found = analyse("Tỉnh đoàn ra quân chương trình \"Tình nguyện mùa đông 2024 - Xuân tình "
                    "nguyện 2025\" tại xã.", PUB, "baohatinh").campaigns
    assert [c.name for c in found] == ["Tình nguyện mùa đông", "Xuân tình nguyện"]
    assert [c.campaign_id for c in found][1] == ids("Ra quân chiến dịch Xuân tình nguyện.")[0]
    assert names("Ra quân chiến dịch “Tình nguyện mùa đông – Xuân tình nguyện”.") == [
        "Tình nguyện mùa đông", "Xuân tình nguyện"]


@pytest.mark.parametrize("text", [
    "Sinh viên tham gia chiến dịch “Xuân tình nguyện lần thứ 10 – năm 2024”.",
    "Sinh viên tham gia chiến dịch Xuân tình nguyện năm 2024.",
    "Sinh viên tham gia chiến dịch “Xuân tình nguyện”.",
])
def test_edition_words_are_stripped_for_the_id(text):
    assert ids(text) == ["xuan-tinh-nguyen"]


def test_an_unknown_campaign_keeps_one_id_across_editions():
    assert ids("Đoàn phát động chiến dịch “Mùa đông ấm áp 2024”.") == \
        ids("Đoàn phát động chiến dịch “Mùa đông ấm áp”.") == ["mua-dong-am-ap"]


# ---------------------------------------------------------------- programmes and places

def test_a_programme_with_a_misspelt_subject_after_its_head():
    assert ids("Sau 10 năm thực hiện Chương trình MTQG về dựng NTM, huyện đổi mới.") == \
        ids("Huyện thực hiện Chương trình MTQG về xây dựng nông thôn mới.") == \
        ["chuong-trinh-muc-tieu-quoc-gia-xay-dung-nong-thon-moi"]
    assert camps("Các Chương trình MTQG được triển khai đồng bộ.") == []


def test_a_province_inserted_into_an_unquoted_national_name():
    assert names("Sức lan tỏa của phong trào nông dân Hà Tĩnh thi đua sản xuất, kinh doanh "
                 "giỏi trong năm qua.") == ["Nông dân sản xuất, kinh doanh giỏi"]


# ---------------------------------------------------------------- never campaigns

def test_a_list_of_funds_is_funds_even_when_one_name_is_a_campaign():
    text = ("Hưởng ứng phong trào “Đền ơn đáp nghĩa”, xã vận động ủng hộ các quỹ “Vì người "
            "nghèo”, “Đền ơn đáp nghĩa” và “Khuyến học”.")
    assert [(s, a) for s, a in ((c.surface, c.start) for c in analyse(text, PUB).campaigns)] \
        == [("Đền ơn đáp nghĩa", 22)]


@pytest.mark.parametrize("text", [
    "Các mô hình, điển hình “Dân vận khéo” được nhân rộng ở các xã.",
    "Hội phát động thi đua với phương châm “Dân vận khéo” trong toàn hội.",
    "Đơn vị làm việc với thông điệp “Vì người nghèo” suốt năm.",
    "Chủ đề của hội nghị năm nay là “Dân vận khéo”.",
    "Đoàn triển khai công trình “Thắp sáng đường quê” và phần việc “Mùa hè xanh” ở thôn.",
    "Hội biểu dương các điển hình “Dân vận khéo” năm 2024.",
    "Cuộc thi trực tuyến tìm hiểu về “Toàn dân bảo vệ an ninh Tổ quốc” thu hút 5.000 lượt.",
])
def test_quoted_names_after_trap_words_are_never_campaigns(text):
    assert camps(text) == []


def test_a_one_off_event_called_chuong_trinh_is_not_a_campaign():
    assert camps("Công đoàn tổ chức chương trình “Phiên chợ nghĩa tình” cho công nhân.") == []
    assert names("Công đoàn tổ chức chương trình “Tết sum vầy” cho công nhân.") == [
        "Tết Sum vầy"]  # the catalogue's programme (round 5)


# ---------------------------------------------------------------- more forms of real press

def test_a_quote_that_opens_with_its_trigger_word_is_the_campaign():
    assert names("Hội gắn thi đua với “Phong trào Hội viên giúp nhau làm kinh tế giỏi” ở "
                 "các chi hội.") == ["Hội viên giúp nhau làm kinh tế giỏi"]
    assert camps("Ông nói: “Phong trào phải đi vào thực chất, không chạy theo số lượng”.") == []


def test_catalogue_named_months_in_lower_case_and_bare_months_by_subject():
    assert names("Xã hưởng ứng tháng hành động vì an toàn thực phẩm năm 2024.") == [
        "Tháng hành động vì an toàn thực phẩm"]
    assert names("Tháng hành động kéo dài một tháng nhằm phòng, chống HIV/AIDS ở cộng đồng.") \
        == ["Tháng hành động quốc gia phòng, chống HIV/AIDS"]


def test_a_month_after_a_quoted_theme_is_not_part_of_the_theme():
    assert names("Với chủ đề “Tuổi trẻ xung kích”, Tháng thanh niên năm nay có nhiều hoạt "
                 "động.") == ["Tháng Thanh niên"]


@pytest.mark.parametrize("text", [
    "Tỉnh tặng quà người từng tham gia chiến dịch Điện Biên Phủ.",
    "Cựu chiến binh kể về Chiến dịch Hồ Chí Minh lịch sử.",
    "Ông từng tham gia Chiến dịch Biên giới năm 1950.",
    "Ông tham gia Chiến dịch Biên giới Thu Đông 1950.",
    "Cựu chiến binh kể về Chiến dịch Huế - Đà Nẵng năm 1975.",
])
def test_military_campaigns_named_by_a_place_or_front_are_not_movements(text):
    assert camps(text) == []


def test_unquoted_catalogue_names_listed_after_one_trigger():
    assert names("Đồn trao quà cho các cháu trong Chương trình Nâng bước em tới trường, Con "
                 "nuôi Đồn Biên phòng ở xã.") == ["Nâng bước em tới trường",
                                                  "Con nuôi Đồn Biên phòng"]


def test_a_launching_verb_names_the_catalogue_campaign_in_any_case():
    assert names("Huyện đoàn phát động tết Trồng cây Xuân Giáp Thìn 2024.") == [
        "Tết trồng cây đời đời nhớ ơn Bác Hồ"]
    assert names("Hưởng ứng Chiến dịch làm cho thế giới sạch hơn, xã ra quân dọn rác.") == [
        "Làm cho thế giới sạch hơn"]


def test_a_saying_built_on_a_campaign_name_is_not_a_mention():
    text = ("Phong trào thi đua “Dân vận khéo” lan tỏa ở xã. Bác dạy: “Dân vận khéo thì việc "
            "gì cũng thành công”.")
    assert [c.start for c in analyse(text, PUB).campaigns] == [text.index("Dân vận khéo")]
    # the name with its edition in the quote is still a mention
    assert len(camps("Phong trào thi đua “Dân vận khéo” lan tỏa; “Dân vận khéo” năm 2024 có "
                     "300 mô hình.")) == 2
    assert camps("Các em hưởng ứng: “Mùa hè xanh là mùa của tuổi trẻ”.") == []


def test_a_name_led_by_a_number_word_may_have_two_words():
    assert names("Hội phát động phong trào Hai giỏi trong hội viên.") == ["Hai giỏi"]
    assert camps("Phong trào Năm nay có nhiều đổi mới.") == []


def test_an_unquoted_name_keeps_a_hyphenated_word():
    assert names("Phong trào Toàn dân chung tay phòng, chống dịch Covid-19 được phát động.") == [
        "Toàn dân chung tay phòng, chống dịch Covid-19"]


def test_numbered_national_programmes_but_not_the_office_that_runs_them():
    assert names("Xã được đầu tư từ Chương trình 135 và chương trình 30a.") == [
        "Chương trình 135", "Chương trình 30a"]
    assert camps("Văn phòng Điều phối Chương trình 135 Trung ương làm việc với tỉnh.") == []


@pytest.mark.parametrize("text", [
    "Quân và dân ta làm nên Chiến dịch “Điện Biên Phủ trên không” lừng lẫy.",
    "Tiết mục “Mùa hè xanh” đoạt giải Nhất hội diễn.",
    "Phim tài liệu “Mùa hè xanh” được trình chiếu ở nhà văn hóa.",
    "Tọa đàm “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh” thu hút 200 đại biểu.",
    "Trường tổ chức Cuộc thi “Tìm hiểu phong trào Toàn dân bảo vệ an ninh Tổ quốc”.",
])
def test_works_battles_and_events_named_like_campaigns(text):
    assert camps(text) == []


def test_programmes_listed_after_one_head():
    assert names("Tỉnh triển khai 3 Chương trình MTQG: xây dựng nông thôn mới, giảm nghèo bền "
                 "vững và phát triển KT-XH vùng đồng bào DTTS.") == [
        "Chương trình mục tiêu quốc gia xây dựng nông thôn mới",
        "Chương trình mục tiêu quốc gia giảm nghèo bền vững",
        "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc "
        "thiểu số và miền núi"]
    assert camps("Kết quả 3 chương trình mục tiêu quốc gia được báo cáo tại kỳ họp.") == []


def test_a_named_peak_of_emulation():
    assert names("Thị xã phát động thi đua cao điểm “100 ngày đêm” chào mừng Đại hội.") == [
        "100 ngày đêm"]


def test_a_plural_trigger_whose_list_opens_with_an_unquoted_item():
    assert names("Hội tập trung vào các phong trào thi đua giúp nhau giảm nghèo; “Phụ nữ Kỳ "
                 "Anh sáng tạo, hội nhập” và “Mẹ đỡ đầu” ở cơ sở.") == [
        "Phụ nữ Kỳ Anh sáng tạo, hội nhập", "Mẹ đỡ đầu"]
    # a single trigger, or a list item that is a fund, names nothing this way
    assert camps("Hội tập trung vào phong trào thi đua giúp nhau giảm nghèo; “Mẹ đỡ đầu” "
                 "được nhân rộng.") == []
    assert camps("Hội hưởng ứng các phong trào thi đua, ủng hộ Quỹ “Mẹ đỡ đầu”.") == []


def test_a_place_between_the_trigger_and_the_quote():
    assert names("Hội phát động phong trào thi đua của phụ nữ Hà Tĩnh “Phụ nữ năng động, sáng "
                 "tạo, hội nhập”.") == ["Phụ nữ năng động, sáng tạo, hội nhập"]


def test_a_drive_named_without_quotes_after_chuong_trinh():
    assert names("Thực hiện Chương trình Caravan ánh sáng yêu thương của Hội đồng hương, "
                 "huyện mổ mắt miễn phí.") == ["Caravan ánh sáng yêu thương"]


@pytest.mark.parametrize("text", [
    "Chương trình Giao lưu văn nghệ diễn ra tối qua.",
    "Tỉnh ủy ban hành Chương trình Hành động thực hiện Nghị quyết số 12.",
    "Đại diện Chương trình Phát triển Liên hợp quốc dự họp.",
    "Học sinh học theo Chương trình Giáo dục phổ thông mới.",
])
def test_plans_curricula_bodies_and_events_called_chuong_trinh(text):
    assert camps(text) == []


def test_cung_joins_a_name_unless_it_opens_cung_voi():
    assert names("Gia đình nhận quà từ chương trình Sát cánh cùng người lao động của Đài.") \
        == ["Sát cánh cùng người lao động"]
    assert names("Đoàn viên tham gia phong trào Mùa đông ấm áp cùng với các chi đoàn.") == [
        "Mùa đông ấm áp"]


def test_named_weeks_like_named_months():
    assert names("Chị em hưởng ứng Tuần lễ Áo dài do Hội phát động.") == ["Tuần lễ Áo dài"]
    assert names("Thiết thực hưởng ứng tuần lễ hành động vì người khuyết tật, vừa qua, hội "
                 "trao quà.") == ["Tuần lễ hành động vì người khuyết tật"]
    assert camps("Tuần lễ Văn hóa - Du lịch diễn ra tại thành phố.") == []


def test_a_movement_named_for_all_its_people_in_lower_case():
    assert names("Hội làm nòng cốt trong phong trào toàn dân chăm sóc, phụng dưỡng và phát huy "
                 "vai trò người cao tuổi là nhiệm vụ lâu dài.") == [
        "Toàn dân chăm sóc, phụng dưỡng và phát huy vai trò người cao tuổi"]


def test_an_intro_of_the_trigger_before_a_quote_after_a_weak_trigger():
    assert names("Thông qua chương trình thi đua yêu nước “Tuổi cao gương sáng vì quê hương”, "
                 "hội viên đóng góp nhiều.") == ["Tuổi cao gương sáng vì quê hương"]


def test_a_fundraising_campaign_is_not_a_fund():
    assert names("Chiến dịch quyên góp gây quỹ “Đồng hành cùng học sinh vùng lũ” được phát "
                 "động.") == ["Đồng hành cùng học sinh vùng lũ"]


def test_names_inside_a_board_or_a_quoted_theme_are_not_mentions():
    text = ("Ban chỉ huy chiến dịch tình nguyện Mùa hè xanh quận tổ chức ngày cao điểm "
            "chiến sĩ Mùa hè xanh với chủ đề “Mùa hè xanh vì trẻ em vùng cao”.")
    assert [c.start for c in analyse(text, PUB).campaigns] == [text.index("Mùa hè xanh với")]
    assert camps("Ban chỉ đạo Tháng thanh niên huyện họp.") == []


def test_an_unquoted_drive_needs_a_clear_end():
    # no organiser, place, time or punctuation after the words: the name's end is unknown
    assert camps("Chương trình Ánh sáng học đường Tiếp bước em tới lớp trao hai trăm suất "
                 "quà cho học sinh nghèo vùng cao biên giới phía bắc") == []


def test_a_verb_of_the_campaigns_own_name_before_its_lower_case_core():
    assert names("Hội viên chung tay hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo.") == [
        "Cả nước chung tay xóa nhà tạm, nhà dột nát"]
    assert camps("Huyện hoàn thành xóa nhà tạm, nhà dột nát cho 300 hộ.") == []


def test_xa_hoi_in_a_boards_remit_is_not_a_commune():
    assert names("Ban Chỉ đạo phòng, chống tệ nạn xã hội và xây dựng phong trào toàn dân bảo "
                 "vệ an ninh Tổ quốc huyện tổ chức Ngày hội “Toàn dân bảo vệ an ninh Tổ quốc”.") \
        == ["Toàn dân bảo vệ an ninh Tổ quốc"]


@pytest.mark.parametrize("trap", [
    "Quỹ", "cuộc thi", "hội thi", "giải", "chủ đề", "khẩu hiệu", "mô hình", "danh hiệu",
    "đề án", "dự án", "với phương châm", "với thông điệp",
])
def test_trap_words_hold_even_when_the_name_is_a_campaign_elsewhere(trap):
    text = (f"Xã đẩy mạnh phong trào “Đền ơn đáp nghĩa”. Năm nay, {trap} “Đền ơn đáp nghĩa” "
            "được nhiều người biết đến.")
    assert [c.start for c in analyse(text, PUB).campaigns] == [text.index("Đền ơn")]


@pytest.mark.parametrize("text", [
    "Xã đẩy mạnh phong trào Toàn dân bảo vệ ANTQ.",
    "Xã tổ chức Ngày hội TDBVANTQ.",
    "Xã đẩy mạnh phong trào toàn dân bảo vệ an ninh Tổ quốc.",
    "Xã đẩy mạnh phong trào “Toàn dân tham gia bảo vệ an ninh Tổ quốc”.",
    "Xã đẩy mạnh phong trào “Toàn dân bảo vệ an ninh Tổ quốc” năm 2024.",
    "Xã đẩy mạnh phong trào “Toàn dân bảo vệ an ninh Tổ quốc năm 2024”.",
    "Xã đẩy mạnh phong trào toàn dân Hà Tĩnh bảo vệ an ninh Tổ quốc.",
])
def test_one_campaign_id_across_spellings(text):
    assert ids(text) == ["toan-dan-bao-ve-an-ninh-to-quoc"]


def test_a_variant_quoted_after_a_launching_verb():
    assert ids("Xã hưởng ứng “Cả nước chung tay vì người nghèo, không ai bị bỏ lại phía sau” "
               "bằng nhiều việc làm.") == [
        "ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau"]


def test_a_plural_trigger_before_a_lower_case_name_is_a_class():
    assert camps("Hội viên tham gia các phong trào thi đua dạy tốt, học tốt.") == []
    assert names("Hội viên tham gia phong trào thi đua dạy tốt, học tốt.") == ["Dạy tốt, học tốt"]


@pytest.mark.parametrize("text, name", [
    ("Thực hiện chương trình mỗi xã một sản phẩm (OCOP), huyện có 40 sản phẩm.",
     "Chương trình Mỗi xã một sản phẩm"),
    ("Đoàn viên ra quân Ngày Chủ nhật xanh ở các tuyến phố.", "Ngày Chủ nhật xanh"),
    ("Đơn vị thực hiện Cuộc vận động Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ "
     "đội Cụ Hồ trong năm.", "Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ"),
])
def test_national_drives_of_the_catalogue(text, name):
    assert names(text) == [name]
    assert camps("Huyện có 40 sản phẩm OCOP đạt 3 sao.") == []


def test_an_unquoted_name_after_a_trigger_ends_at_a_function_word():
    assert names("Đơn vị thực hiện Cuộc vận động Nêu cao truyền thống, xứng danh người chiến sĩ "
                 "trong năm.") == ["Nêu cao truyền thống, xứng danh người chiến sĩ"]


def test_the_youth_form_of_the_frame_is_the_youth_campaign():
    youth = "tuoi-tre-viet-nam-hoc-tap-va-lam-theo-tu-tuong-dao-duc-phong-cach-ho-chi-minh"
    assert ids("Đoàn đẩy mạnh việc Tuổi trẻ Việt Nam học tập và làm theo tư tưởng, đạo đức, "
               "phong cách Hồ Chí Minh.") == [youth]
    assert ids("Tuổi trẻ Hà Tĩnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh "
               "đạt nhiều kết quả.") == [youth]


def test_titles_named_like_campaigns_are_honours():
    a = analyse("Đơn vị được tặng danh hiệu “Đơn vị Quyết thắng”; phong trào “Thi đua Quyết "
                "thắng” lan tỏa.", PUB)
    assert [c.name for c in a.campaigns] == ["Thi đua Quyết thắng"]
    assert [h.name for h in a.honours] == ["Đơn vị Quyết thắng"]


def test_two_unquoted_editions_joined_by_a_dash():
    assert names("Tỉnh đoàn ra quân chiến dịch Tình nguyện mùa đông 2025 – Xuân tình nguyện 2026 "
                 "tại xã.") == ["Tình nguyện mùa đông", "Xuân tình nguyện"]


def test_a_quote_left_open_does_not_swallow_the_next_one():
    from baochi.nlp.quotes import find_quotes
    text = "Bà nói: “Tháng Nhân đạo bắt đầu hôm nay. Chủ đề năm nay là “Sẻ chia yêu thương” nhé."
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["Sẻ chia yêu thương"]
    text = "phong trào “Dân vận khéo“ và „Mùa hè xanh“ lan tỏa."
    assert [text[q.start:q.end] for q in find_quotes(text)] == ["Dân vận khéo", "Mùa hè xanh"]


def test_a_name_cut_inside_a_word_at_the_length_limit_is_no_name():
    assert camps("Đơn vị thực hiện Cuộc vận động Nêu cao truyền thống rèn luyện bản lĩnh, xứng "
                 "danh người chiến sĩ trong năm.") == []


def test_a_catalogue_name_with_a_word_dropped_is_never_another_campaign():
    idx = campaigns.index()
    for entry in {e.name: e for e in idx.by_key.values()}.values():
        k = campaigns.campaign_key(entry.name)
        tokens = k.split()
        if len(tokens) < 7:
            continue
        for i in range(len(tokens)):
            variant = " ".join(tokens[:i] + tokens[i + 1:])
            if variant in idx.by_key:
                continue
            found = campaigns._fuzzy_entry(variant, idx)
            assert found is None or found.name == entry.name, (k, variant, found)


def test_a_long_catalogue_name_with_more_words_after_it():
    assert names("Hội phát động phong trào “Nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết "
                 "giúp nhau làm giàu” trong hội viên.") == ["Nông dân sản xuất, kinh doanh giỏi"]
    # the longer catalogue name wins over the one it opens with
    assert names("Xã triển khai cuộc vận động “Toàn dân đoàn kết xây dựng đời sống văn hóa ở "
                 "khu dân cư”.") == ["Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư"]
    # short names are not extended ("Thanh niên tình nguyện" is not "… hè")
    assert campaigns.canonical("Thanh niên tình nguyện mùa đông ấm áp", True)[2] is False


@pytest.mark.parametrize("text, name", [
    ("Xã thực hiện cuộc vận động TDĐKXDNTM, ĐTVM có hiệu quả.",
     "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"),
    ("Hội triển khai Cuộc vận động NVNƯTDHVN trong hội viên.",
     "Người Việt Nam ưu tiên dùng hàng Việt Nam"),
])
def test_names_abbreviated_whole_or_part_by_part(text, name):
    assert names(text) == [name]


def test_short_forms_in_an_unknown_name_are_written_out_once_certain():
    assert names("Đẩy mạnh phong trào CCB tham gia giữ gìn an ninh thôn xóm.") == [
        "Cựu chiến binh tham gia giữ gìn an ninh thôn xóm"]
    assert names("Hội thực hiện phong trào “CCB gương mẫu” năm 2024.") == [
        "Cựu chiến binh gương mẫu"]
    # a short form that stands for two phrases stays as written
    assert campaigns.clean_name("Chung tay vì VSATTP") == "Chung tay vì VSATTP"


def test_a_contest_about_a_campaign_named_with_its_trigger_cites_it():
    assert names("Cuộc thi tìm hiểu về phong trào “Toàn dân bảo vệ an ninh Tổ quốc” thu hút "
                 "5.000 lượt.") == ["Toàn dân bảo vệ an ninh Tổ quốc"]


def test_a_show_of_one_evening_called_chuong_trinh_is_an_event():
    assert camps("Chương trình “Sẻ chia yêu thương” được truyền hình trực tiếp trên sóng Đài "
                 "tỉnh.") == []
    assert camps("Chương trình “Sẻ chia yêu thương” diễn ra tối 20/1 tại nhà văn hóa.") == []
    assert names("Huyện đoàn triển khai chương trình “Sẻ chia yêu thương” tại 10 xã.") == [
        "Sẻ chia yêu thương"]


def test_movements_of_the_mass_organisations_in_lower_case_after_a_trigger():
    assert names("Hội đẩy mạnh phong trào phụ nữ giúp nhau phát triển kinh tế gia đình.") == [
        "Phụ nữ giúp nhau phát triển kinh tế"]
    assert camps("Nhân dân luôn giữ đạo lý uống nước nhớ nguồn.") == []


def test_the_articles_own_short_form_of_a_campaign_names_it_again():
    text = ("Huyện phát động phong trào thi đua “Mỗi nhà một cây xanh” (MNMCX) năm 2024. Sau một "
            "năm, phong trào MNMCX lan tỏa; 200 mô hình MNMCX ra đời.")
    found = analyse(text, PUB).campaigns
    assert [c.surface for c in found] == ["Mỗi nhà một cây xanh", "MNMCX"]
    assert len({c.campaign_id for c in found}) == 1


def test_drives_introduced_by_their_kind_of_work():
    assert names("Đoàn tổ chức chương trình tình nguyện “Ấm áp vùng cao” tại xã.") == [
        "Ấm áp vùng cao"]
    assert names("Mặt trận phát động đợt vận động “Chung tay cùng đồng bào vùng lũ” trong tháng "
                 "10.") == ["Chung tay cùng đồng bào vùng lũ"]
    assert camps("Tỉnh ủy ban hành chương trình hành động “Đột phá chuyển đổi số”.") == []


# ---------------------------------------------------------------- round 2 (campaign batch 6)

def test_a_quoted_campaign_inside_a_boards_name_is_not_a_mention():
    assert camps("Ban vận động “Ngày vì người nghèo” Quảng Trị đã kêu gọi doanh nghiệp ủng hộ.") \
        == []
    assert camps("Ban Chỉ đạo “Tháng Nhân đạo” của huyện họp phiên đầu tiên.") == []
    # the same name launched by the board is a mention
    assert names("Ban vận động đã phát động cuộc vận động “Ngày vì người nghèo” trong tháng 10.") \
        == ["Ngày vì người nghèo"]


def test_a_trap_frame_blocks_a_name_whichever_pass_read_it():
    # a frame, a named week and a campaign day after a model, contest or prize word
    assert camps("Xã xây dựng mô hình học tập và làm theo tấm gương đạo đức Hồ Chí Minh ở thôn.") \
        == []
    assert camps("Trường tổ chức cuộc thi tuần lễ hành động vì trẻ em cho học sinh khối 5.") == []
    # "chủ đề của" a named month talks about the month itself
    assert names("Tháng Nhân đạo bắt đầu từ 1/5. Chủ đề của Tháng Nhân đạo năm nay là hiến máu.") \
        == ["Tháng Nhân đạo", "Tháng Nhân đạo"]


def test_an_unquoted_list_after_a_trigger_and_a_colon():
    assert names("Hè này có chương trình Tiếp sức mùa thi và chiến dịch tình nguyện: Mùa hè xanh, "
                 "Hoa phượng đỏ, Kỳ nghỉ hồng.") == [
        "Tiếp sức mùa thi", "Mùa hè xanh", "Hoa phượng đỏ", "Kỳ nghỉ hồng"]


def test_listed_quotes_that_open_with_their_trigger_in_lower_case():
    assert names("Hội có ba phong trào lớn, gồm “Phong trào hội viên thi đua làm kinh tế giỏi”; "
                 "“Phong trào hội viên xanh hóa đồi trọc” và “Phong trào hội viên giữ gìn an ninh "
                 "thôn xóm”.") == [
        "Hội viên thi đua làm kinh tế giỏi", "Hội viên xanh hóa đồi trọc",
        "Hội viên giữ gìn an ninh thôn xóm"]
    # alone and in lower case, a quote opening with "phong trào" may be a saying
    assert camps("Ông nói: “Phong trào phải đi vào chiều sâu”.") == []


def test_an_honouring_ceremony_called_chuong_trinh_is_an_event():
    assert camps("Hai em được tuyên dương tại chương trình Tôn vinh thầy thuốc trẻ lần thứ 3.") == []
    assert camps("Tối 5/5, Sở tổ chức chương trình “Tự hào tuổi trẻ miền biển” tại quảng trường.") \
        == []


def test_the_national_safety_week_with_its_abbreviations():
    found = names("Tuần lễ quốc gia ATVSLĐ – PCCN lần thứ 20 năm 2018 khai mạc tại Bình Dương; "
                  "tỉnh hưởng ứng Tuần lễ Quốc gia An toàn, vệ sinh lao động và phòng chống cháy "
                  "nổ bằng 30 hoạt động.")
    assert found == ["Tuần lễ Quốc gia An toàn, vệ sinh lao động - Phòng chống cháy nổ"] * 2
    assert names("Xã hưởng ứng cuộc vận động “Học tập tấm gương đạo đức Hồ Chí Minh” từ 2007.") == [
        "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"]


def test_a_charity_run_or_walk_called_chuong_trinh_is_an_event():
    assert camps("Sáng 23-11 sẽ diễn ra Chương trình “Chạy bộ vì người bệnh” nhằm gây quỹ.") == []
    assert camps("Các đại sứ của chương trình Chạy vì trái tim 2019 đã có mặt từ sớm.") == []
    assert camps("Hơn 5.000 người tham gia chương trình Đi bộ từ thiện lần thứ 8.") == []


def test_a_catalogue_movement_with_its_own_initials_needs_no_trigger():
    found = analyse("Toàn dân đoàn kết xây dựng đời sống văn hoá (TDĐKXDĐSVH) trở thành nếp "
                    "sống ở thôn. Năm nay, TDĐKXDĐSVH tiếp tục được đẩy mạnh.", PUB).campaigns
    # the bracketed short form belongs to the first mention; its later use is a second one
    assert [c.surface for c in found] == [
        "Toàn dân đoàn kết xây dựng đời sống văn hoá", "TDĐKXDĐSVH"]
    assert found[1].start > 60  # the later one
    assert {c.name for c in found} == {"Toàn dân đoàn kết xây dựng đời sống văn hóa"}
    # brackets that are not the name's initials name nothing
    assert camps("Toàn dân đoàn kết xây dựng đời sống văn hóa (TP) là điều ai cũng muốn.") == []


def test_a_year_between_a_trap_word_and_its_quote_keeps_the_trap():
    assert camps("Đội tuyên truyền với chủ đề năm 2024 “Chung tay vì người nghèo - Không để ai "
                 "bị bỏ lại phía sau” đã đến 10 xã.") == []
    # after a trigger the year is the campaign's edition, as before
    assert names("Huyện hưởng ứng phong trào thi đua năm 2024 “Chung tay vì người nghèo - Không "
                 "để ai bị bỏ lại phía sau”.") == [
        "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"]


def test_an_unquoted_name_ends_before_the_verb_of_its_clause():
    assert names("Phong trào Sạch làng đẹp ruộng thu hút 2.000 hội viên tham gia.") == [
        "Sạch làng đẹp ruộng"]
    assert names("Năm qua, phong trào Thắp sáng đường quê đạt nhiều kết quả.") == [
        "Thắp sáng đường quê"]
    assert names("Sau 5 năm, phong trào Ngõ phố bình yên trở thành nếp sống của khu dân cư.") == [
        "Ngõ phố bình yên"]


def test_national_weeks_of_action():
    # any "Tuần lễ quốc gia …", up to its edition, date or verb
    assert names("Tỉnh phát động Tuần lễ quốc gia nước sạch và vệ sinh môi trường năm 2024.") == [
        "Tuần lễ quốc gia nước sạch và vệ sinh môi trường"]
    # the catalogued ones in any case; other capitalised weeks may be festivals
    assert names("Huyện mít tinh hưởng ứng tuần lễ Biển và Hải đảo Việt Nam năm 2024.") == [
        "Tuần lễ Biển và Hải đảo Việt Nam"]
    assert names("Trường hưởng ứng Tuần lễ Học tập suốt đời với nhiều hoạt động.") == [
        "Tuần lễ hưởng ứng học tập suốt đời"]
    # a week of the calendar, and a week inside a board's name, are none
    assert camps("Trong tuần lễ đầu tiên của tháng, xã đã xong. Tuần lễ này rất bận.") == []
    assert camps("Ban chỉ đạo Tuần lễ Biển và Hải đảo Việt Nam của tỉnh đã họp.") == []


def test_a_programme_answered_or_carried_out_is_a_drive_even_when_named_like_a_show() -> None:
    """One answers or carries out a drive, never a show; a quoted 'Văn nghệ …' is as often a
    long-running programme as a show, while an unquoted 'chương trình văn nghệ' stays a show."""
    from baochi.nlp import analyse

    def names(text: str) -> list[str]:
        return [c["name"] for c in analyse(text, published_at="2025-06-01").to_dict()["campaigns"]]

    assert names("Đoàn viên hưởng ứng chương trình “Giao lưu đọc sách mỗi ngày” tại các xã.") == [
        "Giao lưu đọc sách mỗi ngày"]
    assert names("Dấu ấn chương trình “Văn nghệ quê hương về cơ sở” ở vùng cao.") == [
        "Văn nghệ quê hương về cơ sở"]
    assert names("Tối 12/5, chương trình “Giao lưu đọc sách mỗi ngày” diễn ra tại nhà văn hóa.") == []
    assert names("Sau lễ là chương trình văn nghệ đặc sắc chào mừng Đại hội.") == []


# ---------------------------------------------------------------- round 3: spellings and weeks

def test_a_bracketed_short_form_inside_an_unquoted_name_is_not_part_of_it():
    # the press defines the initials of the words before the bracket, mid-name
    assert names("Hội tổng kết phong trào nông dân sản xuất, kinh doanh (SXKD) giỏi năm 2024.") == [
        "Nông dân sản xuất, kinh doanh giỏi"]
    # a bracket that is not those initials (a place, a body) does not let a name through it
    assert camps("Hội tổng kết phong trào nông dân sản xuất (Hà Tĩnh) giỏi trong năm.") == []


def test_figures_and_number_words_mixed_in_one_name_are_one_spelling():
    assert names("Chị em hăng hái tham gia cuộc vận động “5 không, ba sạch” ở thôn.") == [
        "Xây dựng gia đình 5 không, 3 sạch"]
    assert names("Chị em hăng hái tham gia cuộc vận động “năm không, 3 sạch” ở thôn.") == [
        "Xây dựng gia đình 5 không, 3 sạch"]
    # another count is another name, not a spelling of the catalogue's
    assert names("Chị em hăng hái tham gia cuộc vận động “5 không, bốn sạch” ở thôn.") != [
        "Xây dựng gia đình 5 không, 3 sạch"]


def test_a_quoted_national_week_in_a_list_after_an_answering_verb():
    assert names("Các chi hội hưởng ứng “Tuần lễ quốc gia về nước sạch và vệ sinh môi trường”, "
                 "“Chiến dịch làm cho thế giới sạch hơn” trong tháng.") == [
        "Tuần lễ quốc gia nước sạch và vệ sinh môi trường", "Làm cho thế giới sạch hơn"]
    # a fund or contest named after the week stays a trap
    assert camps("Xã ủng hộ Quỹ “Tuần lễ quốc gia về nước sạch” số tiền lớn.") == []


def test_short_forms_of_catalogued_month_and_summer_campaign():
    assert names("Công ty phát động Tháng an toàn, vệ sinh lao động kết hợp Tháng Công nhân.") == [
        "Tháng hành động về an toàn, vệ sinh lao động", "Tháng Công nhân"]
    # "các chương trình, chiến dịch tình nguyện hè" is the season's drives in general, not one
    assert camps("Thành phố tổng kết các chương trình, chiến dịch tình nguyện hè năm nay.") == []


def test_a_lower_case_repeat_of_a_long_catalogue_name_the_article_made():
    text = ("Phường sôi nổi ngày chủ nhật xanh cuối tuần. Sáng nay, các chi đoàn tổ chức "
            "Chương trình “Ngày Chủ nhật xanh” tại các tuyến phố.")
    assert names(text) == ["Ngày Chủ nhật xanh", "Ngày Chủ nhật xanh"]
    # on its own, the lower-case phrase is not enough
    assert camps("Phường sôi nổi ngày chủ nhật xanh cuối tuần.") == []
    # nor is a lower-case repeat inside a fund
    assert names("Xã lập quỹ ngày chủ nhật xanh. Đoàn viên hưởng ứng “Ngày Chủ nhật xanh” "
                 "tại các tuyến phố.") == ["Ngày Chủ nhật xanh"]


def test_quoted_examples_of_several_programmes_are_drives():
    assert names("Đó là những chương trình, hoạt động nổi bật như “Vì một thành phố xanh”, "
                 "phong trào “Nói không với túi ni lông” đã lan tỏa.") == [
        "Vì một thành phố xanh", "Nói không với túi ni lông"]
    assert names("Hội triển khai các chương trình như “Mái ấm cho em”, “Áo ấm mùa đông”.") == [
        "Mái ấm cho em", "Áo ấm mùa đông"]
    # shows given as examples are not drives
    assert camps("Đoàn dàn dựng những chương trình nghệ thuật như “Mừng Đảng, mừng Xuân”.") == []
    assert camps("Các chương trình như “Đêm hội trăng rằm” thu hút nhiều em nhỏ.") == []
    # nor a fund given as an example
    assert camps("Các chương trình như quỹ “Tiếp sức đến trường” đã giúp nhiều em.") == []


# ---------------------------------------------------------------- round 24 (batches 33-36)

def test_an_umbrella_movement_before_a_quoted_edition_is_that_edition():
    assert names("Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện “Mùa hè xanh” năm 2024.") == [
        "Mùa hè xanh"]
    # named apart, each is a campaign; another movement before a quote keeps its own mention
    assert names("Phong trào Thanh niên tình nguyện và chiến dịch “Mùa hè xanh” lan tỏa.") == [
        "Thanh niên tình nguyện", "Mùa hè xanh"]
    assert len(names("Cuộc vận động Toàn dân đoàn kết xây dựng đời sống văn hóa “Ngày vì người "
                     "nghèo” được hưởng ứng.")) == 2


def test_the_learning_movement_by_its_first_word_after_a_trigger():
    assert names("Dòng họ đẩy mạnh phong trào khuyến học trong con cháu.") == [
        "Khuyến học, khuyến tài, xây dựng xã hội học tập"]
    assert names("Hội Khuyến học huyện trao 30 suất quà.") == []  # the association, no movement


def test_a_scholarship_named_after_a_movement_is_no_campaign():
    assert names("Hội trao học bổng “Tiếp sức đến trường” cho 20 học sinh.") == []
    assert names("Hưởng ứng phong trào “Tiếp sức đến trường”, hội trao 20 suất.") == [
        "Tiếp sức đến trường"]


def test_what_a_launch_ceremony_launches_is_the_campaign_in_any_case():
    assert names("Huyện đoàn tổ chức lễ phát động toàn dân hiến máu tình nguyện đợt 2.") == [
        "Hiến máu tình nguyện"]
    assert names("Xã tổ chức lễ ra quân mùa hè xanh năm 2024.") == ["Mùa hè xanh"]
    # the activity itself, with no launch, is no mention of the movement
    assert names("Đoàn viên tham gia hiến máu tình nguyện tại trường.") == []
