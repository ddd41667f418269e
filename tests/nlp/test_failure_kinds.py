"""Failure kinds of issue 14, one test each (sentences written for these tests, not press text).

Each kind is a pass of its extractor (``PASSES``); a new kind is a new pass here.
"""

from __future__ import annotations

from datetime import date

import pytest
from baochi.nlp import analyse, campaigns, dates, organisations, places

from tests.nlp.mention_support import date_rows, organisation_rows

PUB = "2024-05-20T08:00:00+07:00"


def camps(text, pub=PUB, source="baohatinh"):
    return [(c.surface, c.name, c.kind) for c in analyse(text, pub, source).campaigns]


def orgs(text, pub=PUB, source="baohatinh"):
    return organisation_rows(text, pub, source)


def dts(text, pub=PUB, source="baohatinh"):
    return date_rows(text, pub, source)


def test_extraction_is_ordered_passes():
    for module in (campaigns, organisations, dates):
        assert len(module.PASSES) >= 4
        assert all(callable(p) and p.__doc__ for p in module.PASSES)
    assert len(dates.PASSES) >= 10


# ---------------------------------------------------------------- places (vietnam-provinces)

def test_places_come_from_the_package_with_the_2025_changes_beside_it():
    assert len(places.current_provinces()) == 34
    assert len(places.provinces()) == 64  # 63 earlier provinces and Huế
    assert places.successor("Hà Giang") == "Tuyên Quang"
    assert places.successor("Hà Giang", date(2025, 6, 30)) == "Hà Giang"
    assert places.successor("Bà Rịa - Vũng Tàu") == "Thành phố Hồ Chí Minh"
    assert places.provinces()["Kon Tum"].valid_to == date(2025, 6, 30)
    assert places.successor("Nghệ An", date(2026, 1, 1)) == "Nghệ An"
    assert "Can Lộc" in places.districts()


# ---------------------------------------------------------------- campaigns

def test_named_period_with_its_quoted_name_is_one_campaign():
    assert camps("Huyện phát động Tháng cao điểm “Vì trẻ em vùng cao” năm 2024.") == [
        ("Tháng cao điểm “Vì trẻ em vùng cao”", "Tháng cao điểm Vì trẻ em vùng cao",
         "tháng hành động")]
    assert [c[1] for c in camps("Tổ chức tháng hành động “Nói không với rác thải”.")] == [
        "Tháng hành động Nói không với rác thải"]


def test_month_named_by_a_proper_name_stops_at_its_capitalised_words():
    assert [c[1] for c in camps("Tháng Thanh niên diễn ra từ ngày 1/3 đến ngày 31/3.")] == [
        "Tháng Thanh niên"]


def test_a_quotation_opening_with_a_month_name_is_not_the_name():
    text = ("Bà A nói: “Tháng Nhân đạo bắt đầu từ ngày 1/5. Chủ đề năm nay là an toàn”, "
            "hội sẽ vận động thêm.")
    assert all("bắt đầu" not in c[1] for c in camps(text))


@pytest.mark.parametrize("text, name", [
    ("Huyện đã giải ngân vốn Chương trình MTQG giảm nghèo bền vững.",
     "Chương trình mục tiêu quốc gia giảm nghèo bền vững"),
    ("Kết quả thực hiện chương trình mục tiêu quốc gia xây dựng NTM được đánh giá cao.",
     "Chương trình mục tiêu quốc gia xây dựng nông thôn mới"),
    ("Nguồn vốn Chương trình MTQG 1719 được phân bổ sớm.",
     "Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu "
     "số và miền núi"),
])
def test_national_target_programmes_without_quotes(text, name):
    assert [(c[1], c[2]) for c in camps(text)] == [(name, "chương trình")]


def test_abbreviated_words_inside_known_names():
    assert [c[1] for c in camps("Hưởng ứng phong trào nông dân thi đua SXKD giỏi, hội ra quân.")
            ] == ["Nông dân sản xuất, kinh doanh giỏi"]
    assert [c[1] for c in camps("Lễ phát động Tháng hành động vì ATTP năm 2024.")] == [
        "Tháng hành động vì an toàn thực phẩm"]


def test_weak_trigger_takes_a_catalogue_name_right_after_it():
    assert [c[1] for c in camps("Đoàn triển khai Chương trình Tiếp sức mùa thi năm nay.")] == [
        "Tiếp sức mùa thi"]
    assert camps("Chương trình Giao lưu văn nghệ diễn ra tối qua.") == []


def test_quoted_fund_contest_model_never_campaigns_even_when_named_as_one():
    text = ("Hưởng ứng phong trào “Vì người nghèo”, xã vận động ủng hộ Quỹ “Vì người nghèo” "
            "và xây dựng mô hình “Vì người nghèo” ở thôn.")
    assert [c[0] for c in camps(text)] == ["Vì người nghèo"]
    text = ("Phong trào thi đua “Dân vận khéo” lan tỏa; hội thi “Dân vận khéo” thu hút 20 đội.")
    assert [c[0] for c in camps(text)] == ["Dân vận khéo"]


# ---------------------------------------------------------------- organisations

@pytest.mark.parametrize("written", ["Đài PT-TH", "Đài PT&TH", "Đài PTTH"])
def test_press_outlets_with_abbreviated_fields(written):
    assert orgs(f"{written} tỉnh phát sóng trực tiếp lễ hội.") == [
        (f"{written} tỉnh", "Đài Phát thanh và Truyền hình Hà Tĩnh")]
    # one id however the station is written
    assert orgs("Đài Phát thanh và Truyền hình Hà Tĩnh đưa tin.")[0][1] == \
        "Đài Phát thanh và Truyền hình Hà Tĩnh"


def test_inventory_generated_by_structure():
    assert orgs("Ban Kinh tế TƯ và Ban Đối ngoại Trung ương làm việc với tỉnh.") == [
        ("Ban Kinh tế TƯ", "Ban Kinh tế Trung ương"),
        ("Ban Đối ngoại Trung ương", "Ban Đối ngoại Trung ương")]
    assert orgs("Thực hiện kết luận của T.Ư Đảng, huyện rà soát.") == [
        ("T.Ư Đảng", "Ban Chấp hành Trung ương Đảng")]
    assert orgs("Ban Kinh tế Tỉnh ủy chủ trì hội thảo.") == [
        ("Ban Kinh tế Tỉnh ủy", "Ban Kinh tế Tỉnh ủy Hà Tĩnh")]


@pytest.mark.parametrize("text, name", [
    ("BCH Trung ương Hội LHPN Việt Nam họp phiên thứ 5.",
     "Ban Chấp hành Trung ương Hội Liên hiệp Phụ nữ Việt Nam"),
    ("Ban Thường vụ TƯ Hội Nông dân Việt Nam trao cờ thi đua.",
     "Ban Thường vụ Trung ương Hội Nông dân Việt Nam"),
])
def test_central_organ_belongs_to_the_organisation_after_it(text, name):
    assert [n for _s, n in orgs(text)] == [name]


def test_standing_unit_of_a_body():
    assert orgs("Thường trực HĐND huyện Can Lộc giám sát tại xã.") == [
        ("Thường trực HĐND huyện Can Lộc", "Thường trực Hội đồng nhân dân huyện Can Lộc")]


def test_schools_spelled_out_so_variants_are_one_body():
    a = orgs("Trường THPT Nguyễn Du đạt chuẩn quốc gia.")
    b = orgs("Trường Trung học phổ thông Nguyễn Du đạt chuẩn quốc gia.")
    assert a[0][1] == b[0][1] == "Trường Trung học phổ thông Nguyễn Du"
    assert orgs("Trường TH-THCS Sơn Kim khai giảng.")[0][1] == \
        "Trường Tiểu học và Trung học cơ sở Sơn Kim"


def test_units_named_by_number_or_club():
    assert [n for _s, n in orgs("Sư đoàn 312 tổ chức diễn tập.")] == ["Sư đoàn 312"]


def test_district_named_like_a_province_resolves_to_its_own_province():
    # "huyện Kỳ Anh" is in Hà Tĩnh whatever paper writes it
    r = analyse("UBND huyện Kỳ Anh ký kết hợp tác.", PUB, "baothanhhoa")
    assert [(o.name, o.province) for o in r.organisations] == [
        ("Ủy ban nhân dân huyện Kỳ Anh", "Hà Tĩnh")]


# ---------------------------------------------------------------- dates

def test_year_written_elsewhere_when_there_is_no_publication_date():
    assert dts("Năm 2019, hội nghị tổng kết. Sáng 12/4, đoàn đến thăm.", pub=None) == [
        ("Năm 2019", "2019-01-01", "2019-12-31", "year"),
        ("Sáng 12/4", "2019-04-12", "2019-04-12", "day")]
    # a target year is not the year of the article
    assert dts("Sáng 12/4, tỉnh đặt mục tiêu từ nay đến năm 2030 trồng 1 triệu cây.", pub=None)[0] \
        == ("Sáng 12/4", None, None, "day")
    # with a publication date, the nearest year still decides
    assert dts("Năm 2019 là mốc. Sáng 12/4, đoàn đến.", pub="2024-04-20")[1] == (
        "Sáng 12/4", "2024-04-12", "2024-04-12", "day")


def test_ranges_to_the_publication_date_or_a_year_end():
    assert dts("Từ tháng 3/2023 đến nay, xã đã làm 40 km đường.") == [
        ("Từ tháng 3/2023 đến nay", "2023-03-01", "2024-05-20", "range")]
    assert dts("Từ nay đến hết năm 2025, huyện phấn đấu có 10 xã đạt chuẩn.") == [
        ("Từ nay đến hết năm 2025", "2024-05-20", "2025-12-31", "range")]
    # a total at a date is that year
    assert dts("Tính đến hết năm 2023, toàn tỉnh có 300 xã đạt chuẩn.") == [
        ("năm 2023", "2023-01-01", "2023-12-31", "year")]


def test_month_words_and_month_ranges():
    assert dts("Tháng Mười Hai năm 2023, hội tổ chức đại hội.") == [
        ("Tháng Mười Hai năm 2023", "2023-12-01", "2023-12-31", "month")]
    assert dts("Vào tháng Năm, lúa chín.", pub="2024-03-01") == [
        ("tháng Năm", "2024-05-01", "2024-05-31", "month")]
    assert dts("Cách mạng Tháng Tám thành công.") == []
    assert dts("Từ giữa tháng 4 đến giữa tháng 5, đoàn làm việc.") == [
        ("Từ giữa tháng 4 đến giữa tháng 5", "2024-04-01", "2024-05-31", "range")]


def test_hour_level_relatives_and_bare_weekdays():
    # published on Monday 20 May 2024
    assert dts("Cách đây 2 giờ, 3 giờ trước và sáng nay.")[1:] == [
        ("3 giờ trước", "2024-05-20", "2024-05-20", "day"),
        ("sáng nay", "2024-05-20", "2024-05-20", "day")]
    assert dts("Thứ Bảy vừa qua, đoàn đến; Chủ nhật họp; thứ Tư sẽ khởi công.") == [
        ("Thứ Bảy", "2024-05-18", "2024-05-18", "day"),
        ("Chủ nhật", "2024-05-19", "2024-05-19", "day"),
        ("thứ Tư", "2024-05-22", "2024-05-22", "day")]
    assert dts("Đây là lần thứ hai tổ chức.") == []
    assert dts("Phong trào “Chủ nhật vì cộng đồng” lan rộng.") == []  # a name, not a day


def test_year_ranges_in_brackets_and_dotted_days():
    assert dts("Kỷ niệm 95 năm thành lập Đảng (1930 - 2025).") == [
        ("1930 - 2025", "1930-01-01", "2025-12-31", "range")]
    assert dts("Sáng 11.3, hội nghị khai mạc; ngày 14.9.2023 bế mạc.", pub="2024-03-12") == [
        ("Sáng 11.3", "2024-03-11", "2024-03-11", "day"),
        ("ngày 14.9.2023", "2023-09-14", "2023-09-14", "day")]
    assert dts("Giá tăng 1.5 lần.") == []
    assert dts("Chào năm mới 2026 với nhiều hy vọng.") == [
        ("năm mới 2026", "2026-01-01", "2026-12-31", "year")]


# ---------------------------------------------------------------- the article's province

def test_province_from_the_paper_address_and_the_page_address():
    r = analyse("UBND tỉnh tặng bằng khen.", None, "https://baoquangbinh.vn/xa-hoi/123")
    assert (r.province, r.province_found_by) == ("Quảng Bình", "paper")
    r = analyse("UBND tỉnh tặng bằng khen.", None, "https://news.example.vn/long-an-trao-thuong")
    assert (r.province, r.province_found_by) == ("Long An", "address")
    assert r.organisations[0].name == "Ủy ban nhân dân tỉnh Long An"
    r = analyse("UBND tỉnh tặng bằng khen.", None, "https://news.example.vn/ha-noi-va-hai-phong")
    assert r.province is None
    r = analyse("Tỉnh Đoàn trao quà.", None, "https://news.example.vn/tuoi-tre-quang-ninh-ra-quan")
    assert (r.province, r.province_found_by) == ("Quảng Ninh", "address")


def test_bare_city_level_in_a_centrally_run_city():
    text = ("Thành đoàn thành phố Hồ Chí Minh và Hội Sinh viên Việt Nam thành phố ra quân; "
            "Thành ủy chỉ đạo.")
    names = [o.name for o in analyse(text, None, None).organisations]
    assert names == ["Thành đoàn Thành phố Hồ Chí Minh",
                     "Hội Sinh viên Việt Nam thành phố Hồ Chí Minh",
                     "Thành ủy Thành phố Hồ Chí Minh"]


def test_member_titles_lower_case_heads_and_dashed_lists():
    assert orgs("Ông A, Tỉnh ủy viên, Giám đốc Sở Y tế, phát biểu.") == [
        ("Sở Y tế", "Sở Y tế tỉnh Hà Tĩnh")]
    assert orgs("Thay mặt đoàn ĐBQH tỉnh, bà B phát biểu.") == [
        ("đoàn ĐBQH tỉnh", "Đoàn đại biểu Quốc hội tỉnh Hà Tĩnh")]
    assert orgs("Lãnh đạo ban Tuyên giáo Tỉnh ủy dự.")[0][1] == "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh"
    assert [n for _s, n in orgs("Tỉnh ủy – HĐND – UBND tỉnh Quảng Trị gửi thư chúc mừng.")] == [
        "Tỉnh ủy Quảng Trị", "Hội đồng nhân dân tỉnh Quảng Trị", "Ủy ban nhân dân tỉnh Quảng Trị"]


def test_standing_deputy_is_a_title_not_a_unit():
    assert orgs("Ông C, Phó Bí thư Thường trực Tỉnh ủy, dự lễ.") == [
        ("Tỉnh ủy", "Tỉnh ủy Hà Tĩnh")]


def test_national_association_with_a_province_after_it_is_its_branch():
    assert orgs("Hội Sinh viên Việt Nam TP.HCM ra quân.", source=None) == [
        ("Hội Sinh viên Việt Nam TP.HCM", "Hội Sinh viên Việt Nam thành phố Hồ Chí Minh")]
    # a branch of an association the catalogue holds by level is that body, named without
    # "Việt Nam" as the labels name it (as "Hội LHPN Việt Nam tỉnh Long An" is "Hội LHPN tỉnh")
    assert orgs("Hội Cựu Thanh niên xung phong Việt Nam tỉnh Quảng Trị họp.", source=None) == [
        ("Hội Cựu Thanh niên xung phong Việt Nam tỉnh Quảng Trị",
         "Hội Cựu thanh niên xung phong tỉnh Quảng Trị")]


def test_acronym_defined_inside_a_national_name():
    assert orgs("Kỷ niệm ngày thành lập Hội Liên hiệp Phụ nữ (LHPN) Việt Nam.") == [
        ("Hội Liên hiệp Phụ nữ (LHPN) Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam")]


def test_xa_hoi_is_a_word_not_the_commune_level():
    names = [n for _s, n in orgs("Ban Chỉ đạo phòng, chống tệ nạn xã hội huyện Can Lộc họp.")]
    assert names == ["Ban Chỉ đạo phòng, chống tệ nạn xã hội huyện Can Lộc"]


def test_acronym_of_the_last_words_is_not_the_body():
    text = ("Trung tâm Hỗ trợ thanh niên công nhân (TNCN) tỉnh khai trương. "
            "Nhiều TNCN đến dự.")
    assert [s for s, _n in orgs(text)] == ["Trung tâm Hỗ trợ thanh niên công nhân (TNCN) tỉnh"]


def test_person_after_a_province_level_is_not_a_place():
    assert orgs("Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu.") == [
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh Hà Tĩnh")]
    # a foreign province is read as written
    assert orgs("UBND tỉnh Xiêng Khoảng thăm Hà Tĩnh.")[0][1] == \
        "Ủy ban nhân dân tỉnh Xiêng Khoảng"
    # a title inside what looks like a name splits it
    assert [s for s, _n in orgs("Trưởng Ban Tuyên giáo Tỉnh ủy - Chủ tịch Hội Nhà báo tỉnh "
                                 "dự lễ.")] == ["Ban Tuyên giáo Tỉnh ủy", "Hội Nhà báo tỉnh"]


# ------------------------------------------------------------- round 2 (second dev batch)

def test_province_written_with_another_dash_or_tone_is_still_the_province():
    assert places.province_of_form("Bà Rịa – Vũng Tàu") == "Bà Rịa - Vũng Tàu"
    assert places.province_of_form("Thanh Hoá") == "Thanh Hóa"
    assert places.province_of_form("Xiêng Khoảng") is None
    # an article naming a province with an en dash is read, not a crash
    a = analyse("Sáng 3-4, Bộ Chỉ huy BĐBP Bà Rịa – Vũng Tàu tổ chức hội nghị.", PUB, None)
    assert a.province == "Bà Rịa - Vũng Tàu"


def test_full_dates_joined_by_a_bare_dash_are_one_range():
    assert dts("Kỷ niệm 60 năm Chiến thắng (7/5/1964-7/5/2024) được tổ chức trọng thể.") == [
        ("7/5/1964-7/5/2024", "1964-05-07", "2024-05-07", "range")]


def test_a_time_stamp_opening_the_paragraph_is_not_a_date():
    assert dts("08:15 12/03/2024 Sáng 11-3, xã Kỳ Bắc ra quân làm đường.") == [
        ("Sáng 11-3", "2024-03-11", "2024-03-11", "day")]


def test_a_centrally_run_city_is_not_named_as_a_tinh():
    assert orgs("Ông Lê Văn Bình, Phó Trưởng Đoàn đại biểu Quốc hội Cần Thơ phát biểu.",
                source=None) == [("Đoàn đại biểu Quốc hội Cần Thơ",
                                  "Đoàn đại biểu Quốc hội thành phố Cần Thơ")]


def test_a_body_read_up_to_an_ellipsis_ends_before_it():
    found = orgs("Lãnh đạo UBND xã Kỳ Bắc; Đồn Biên phòng Kỳ Anh… cùng dự.")
    assert ("Đồn Biên phòng Kỳ Anh", "Đồn Biên phòng Kỳ Anh") in found


def test_a_district_anywhere_in_the_country_resolves_to_its_province():
    # vietnamadminunits' pre-2025 districts, not only the registered papers' provinces
    assert places.districts()["Đà Bắc"] == ("Hòa Bình",)
    assert "Long An" in places.districts()["Châu Thành"]  # a name several provinces had
    assert [(o.name, o.province) for o in analyse("Huyện ủy Chiêm Hóa họp.", PUB, None)
            .organisations] == [("Huyện ủy Chiêm Hóa", "Tuyên Quang")]


def test_a_level_without_its_name_takes_the_district_named_before():
    found = orgs("Lễ trao nhà diễn ra tại huyện Mộ Đức. Lãnh đạo Ủy ban MTTQ Việt Nam huyện "
                 "cùng dự.", source=None)
    assert found == [("Ủy ban MTTQ Việt Nam huyện",
                      "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Mộ Đức")]


def test_national_programmes_in_their_abbreviated_and_bracketed_forms():
    for text in ("Tỉnh triển khai CTMTQG giảm nghèo bền vững hiệu quả.",
                 "Chương trình mục tiêu quốc gia (MTQG) xây dựng nông thôn mới đạt kết quả."):
        assert [n for _s, n, _k in camps(text)] == [
            "Chương trình mục tiêu quốc gia " + ("giảm nghèo bền vững" if "giảm" in text
                                                  else "xây dựng nông thôn mới")]


def test_press_abbreviation_inside_a_quoted_catalogue_name():
    assert [n for _s, n, _k in camps("Xã đẩy mạnh phong trào “Toàn dân đoàn kết xây dựng "
                                     "ĐSVH” ở khu dân cư.")] == [
        "Toàn dân đoàn kết xây dựng đời sống văn hóa"]


def test_youth_pioneers_by_their_usual_abbreviation():
    assert orgs("Kỷ niệm ngày thành lập Đội TNTP Hồ Chí Minh.") == [
        ("Đội TNTP Hồ Chí Minh", "Đội Thiếu niên Tiền phong Hồ Chí Minh")]


def test_a_national_association_with_a_level_is_the_local_body_when_there_is_one():
    assert orgs("Hội Liên hiệp Phụ nữ Việt Nam tỉnh Quảng Trị tặng quà.", source=None) == [
        ("Hội Liên hiệp Phụ nữ Việt Nam tỉnh Quảng Trị", "Hội Liên hiệp Phụ nữ tỉnh Quảng Trị")]
    # without a local body in the catalogue the branch keeps the national name
    assert orgs("Hội Sinh viên Việt Nam tỉnh Quảng Trị ra quân.", source=None)[0][1] == \
        "Hội Sinh viên Việt Nam tỉnh Quảng Trị"


def test_the_body_own_short_form_in_brackets_is_part_of_the_mention():
    assert orgs("Bộ Chỉ huy Bộ đội biên phòng (BĐBP) tỉnh tổng kết năm.") == [
        ("Bộ Chỉ huy Bộ đội biên phòng (BĐBP) tỉnh",
         "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Tĩnh")]


def test_a_reused_acronym_followed_by_viet_nam_is_the_national_body():
    found = orgs("Hội Liên hiệp Phụ nữ (LHPN) tỉnh kỷ niệm ngày thành lập Hội LHPN Việt Nam.")
    assert found == [("Hội Liên hiệp Phụ nữ (LHPN) tỉnh", "Hội Liên hiệp Phụ nữ tỉnh Hà Tĩnh"),
                     ("Hội LHPN Việt Nam", "Hội Liên hiệp Phụ nữ Việt Nam")]


def test_national_branches_listed_share_the_place_written_after_the_last():
    found = orgs("Hội LHTN Việt Nam, Hội Sinh viên Việt Nam tỉnh Quảng Trị phối hợp.",
                 source=None)
    assert [n for _s, n in found] == ["Hội Liên hiệp Thanh niên Việt Nam tỉnh Quảng Trị",
                                      "Hội Sinh viên Việt Nam tỉnh Quảng Trị"]
    # a central body listed before a provincial one stays central
    assert [n for _s, n in orgs("Trung ương Hội LHPN Việt Nam, Hội LHPN tỉnh Quảng Trị "
                                "tặng quà.", source=None)] == [
        "Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ tỉnh Quảng Trị"]


def test_ethnic_boarding_schools_written_short_and_factories():
    assert orgs("Bếp ăn tại Trường Phổ thông DTBT THCS Nậm Cha được khánh thành.") == [
        ("Trường Phổ thông DTBT THCS Nậm Cha",
         "Trường Phổ thông dân tộc bán trú Trung học cơ sở Nậm Cha")]
    assert orgs("Công nhân Nhà máy Xi măng Nghi Sơn nghỉ lễ.")[0][1] == "Nhà máy Xi măng Nghi Sơn"


def test_a_quoted_catalogue_name_with_its_edition_year_is_the_campaign():
    text = "Đơn vị tổng kết phong trào “Thi đua Quyết thắng năm 2023”."
    assert [n for _s, n, _k in camps(text)] == ["Thi đua Quyết thắng"]
    assert ("năm 2023", "2023-01-01", "2023-12-31", "year") in dts(text)


def test_tháng_hành_động_followed_by_a_clause_is_no_name():
    assert camps("Tháng hành động truyền đi nhiều thông điệp ý nghĩa.") == []
    assert [n for _s, n, _k in camps("Huyện phát động Tháng hành động vì trẻ em.")] == [
        "Tháng hành động vì trẻ em"]


def test_without_a_publication_date_a_day_month_takes_the_year_of_the_full_dates():
    # the year the article's full dates write most (2024 twice, 1954 and 1969 once)
    assert dts("Ngày 3-4, đơn vị phát động thi đua chào mừng 70 năm Chiến thắng "
               "(7/5/1954-7/5/2024), 55 năm Di chúc (2/9/1969-2/9/2024).", pub=None) == [
        ("Ngày 3-4", "2024-04-03", "2024-04-03", "day"),
        ("7/5/1954-7/5/2024", "1954-05-07", "2024-05-07", "range"),
        ("2/9/1969-2/9/2024", "1969-09-02", "2024-09-02", "range")]


def test_a_count_range_is_not_a_day_month():
    assert dts("Mỗi thôn lắp từ 2-3 kẻng, thôn nhỏ từ 1- 2 kẻng.") == []


def test_periods_from_a_dotted_day_to_now_and_from_now_to_a_day():
    assert dts("Từ ngày 1.8 đến nay, các cơ sở Đoàn ra quân.", pub="2024-08-20") == [
        ("Từ ngày 1.8 đến nay", "2024-08-01", "2024-08-20", "range")]
    assert dts("Đợt thi đua kéo dài từ nay đến ngày 31/8/2024.", pub="2024-06-01") == [
        ("từ nay đến ngày 31/8/2024", "2024-06-01", "2024-08-31", "range")]


def test_a_month_range_whose_end_is_written_month_dot_year():
    assert dts("Chiến dịch diễn ra từ tháng 6 đến 8.2024 tại các xã.") == [
        ("từ tháng 6 đến 8.2024", "2024-06-01", "2024-08-31", "range")]


def test_a_summer_edition_year_is_a_year():
    assert dts("Tỉnh đoàn ra quân Chiến dịch Thanh niên tình nguyện Hè 2024.", pub=None) == [
        ("2024", "2024-01-01", "2024-12-31", "year")]


def test_a_steering_board_with_its_short_name_in_brackets():
    found = orgs("Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội (Ban Chỉ đạo 138) huyện "
                 "Kỳ Anh họp.")
    assert found == [("Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội (Ban Chỉ đạo 138) "
                      "huyện Kỳ Anh",
                      "Ban Chỉ đạo phòng, chống tội phạm và tệ nạn xã hội huyện Kỳ Anh")]


def test_the_named_day_of_a_catalogue_campaign_cites_it():
    assert [n for _s, n, _k in camps("Xã tổ chức Ngày hội “Toàn dân bảo vệ an ninh Tổ quốc”.")] \
        == ["Toàn dân bảo vệ an ninh Tổ quốc"]
    assert camps("Xã tổ chức Ngày hội “Hoa sen tuổi thơ” cho thiếu nhi.") == []
