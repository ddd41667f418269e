"""Each extractor on hand-written sentences (not from the gold set)."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from baochi.nlp import analyse, publication_date, slug
from baochi.nlp.campaigns import canonical

PUB = "2021-05-10T08:00:00+07:00"


def names(result, kind="campaigns"):
    return [m.name for m in getattr(result, kind)]


# ---------------------------------------------------------------- campaigns

def test_quoted_list_after_one_trigger():
    r = analyse("Các phong trào như “Dạy tốt, học tốt”, \"Mùa hè xanh” và ‘Dân vận khéo’ đều tốt.")
    assert names(r) == ["Dạy tốt, học tốt", "Mùa hè xanh", "Dân vận khéo"]
    assert [c.kind for c in r.campaigns] == ["phong trào thi đua", "chiến dịch",
                                             "phong trào thi đua"]


def test_unknown_quoted_campaign_keeps_its_name():
    r = analyse("Xã phát động phong trào “Xanh hóa bờ đê” trong toàn dân.")
    (c,) = r.campaigns
    assert c.name == "Xanh hóa bờ đê" and c.kind == "phong trào" and c.campaign_id == "xanh-hoa-bo-de"


def test_canonicalisation_ignores_leading_thi_dua_case_punctuation_quotes_dashes():
    ids = {
        slug(canonical(s)[0])
        for s in [
            "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau",
            "cả nước chung tay vì người nghèo, không để ai bị bỏ lại phía sau",
            "Cả nước chung tay vì người nghèo – Không để ai bị bỏ lại phía sau",
            "“Cả nước chung tay vì người nghèo”",
            "Thi đua cả nước chung tay vì người nghèo",
            "Nghệ An chung tay vì người nghèo",
        ]
    }
    assert ids == {"ca-nuoc-chung-tay-vi-nguoi-ngheo-khong-de-ai-bi-bo-lai-phia-sau"}


def test_unquoted_name_after_trigger_and_later_reference():
    r = analyse("Huyện phát động phong trào Góp đá xây làng được nhân dân hưởng ứng. "
                "Nhờ Góp đá xây làng, nhiều tuyến đường được mở rộng.")
    assert [c.surface for c in r.campaigns] == ["Góp đá xây làng", "Góp đá xây làng"]
    assert r.campaigns[1].sentence == 1


def test_generic_phrases_are_not_campaigns():
    r = analyse("Các phong trào thi đua thường xuyên, phong trào thi đua theo đợt, theo chuyên đề "
                "và các phong trào thi đua sôi nổi, thiết thực được duy trì.")
    assert r.campaigns == ()


def test_traps_fund_slogan_contest_honour_document():
    text = ("Quỹ “Vì người nghèo” tiếp nhận 2 tỷ đồng. Cuộc thi “Chung sức xây dựng nông thôn mới” "
            "có 300 bài. Khẩu hiệu “Sống, chiến đấu, lao động và học tập” được treo. Bà được phong "
            "tặng danh hiệu “Bà Mẹ Việt Nam Anh hùng”. Nghị quyết số 12-NQ/TU của Tỉnh ủy về "
            "“Chung sức xây dựng nông thôn mới” được ban hành.")
    r = analyse(text, PUB, "baothanhhoa")
    assert r.campaigns == ()
    assert names(r, "honours") == ["Bà Mẹ Việt Nam Anh hùng"]
    (doc,) = r.documents
    assert (doc.kind, doc.number, doc.issuer) == ("nghị quyết", "12-NQ/TU", "Tỉnh ủy Thanh Hóa")
    assert doc.subject == "Chung sức xây dựng nông thôn mới"


def test_organisation_name_containing_a_campaign_word_is_not_a_campaign():
    r = analyse("Văn phòng Điều phối chương trình xây dựng nông thôn mới tỉnh cho biết.",
                PUB, "baonghean")
    assert r.campaigns == ()
    assert names(r, "organisations") == [
        "Văn phòng Điều phối chương trình xây dựng nông thôn mới tỉnh Nghệ An"]


# ---------------------------------------------------------------- organisations

def test_acronym_definition_and_reuse_and_activity():
    text = ("Hội Cựu chiến binh (CCB) huyện Đức Thọ tổ chức đại hội. Hội CCB huyện đã có "
            "nhiều đóng góp. Công tác TĐKT và phong trào CCB được chú trọng.")
    r = analyse(text, PUB, "baohatinh")
    assert [(o.surface, o.name) for o in r.organisations] == [
        ("Hội Cựu chiến binh (CCB) huyện Đức Thọ", "Hội Cựu chiến binh huyện Đức Thọ"),
        ("Hội CCB huyện", "Hội Cựu chiến binh huyện Đức Thọ"),
    ]


def test_article_acronym_wins_over_catalogue():
    # "BCT" is "Bộ Chính trị" in the catalogue; here the article defines it
    text = "Ban Công tác Tết (BCT) tỉnh họp. BCT tỉnh yêu cầu bảo đảm an toàn."
    r = analyse(text, PUB, "baoninhbinh")
    assert names(r, "organisations") == ["Ban Công tác Tết tỉnh Ninh Bình"] * 2


def test_bare_province_and_levels():
    r = analyse("UBND tỉnh, HĐND tỉnh ta, Tỉnh ủy, Sở Y tế và UBND huyện Thọ Xuân đã họp.",
                PUB, "baothanhhoa")
    assert names(r, "organisations") == [
        "Ủy ban nhân dân tỉnh Thanh Hóa", "Hội đồng nhân dân tỉnh Thanh Hóa", "Tỉnh ủy Thanh Hóa",
        "Sở Y tế tỉnh Thanh Hóa", "Ủy ban nhân dân huyện Thọ Xuân"]
    assert {o.province for o in r.organisations} == {"Thanh Hóa"}
    assert analyse("Tỉnh ta và tỉnh nhà.", PUB, "baothanhhoa").organisations == ()


def test_no_source_takes_the_province_of_the_text_or_none():
    # issue 14: a paper outside the registry; the paragraph names its province
    r = analyse("UBND tỉnh Nghệ An và Sở Y tế đã họp.")
    assert names(r, "organisations") == ["Ủy ban nhân dân tỉnh Nghệ An", "Sở Y tế tỉnh Nghệ An"]
    assert r.province_found_by == "text"
    r = analyse("UBND tỉnh và Sở Y tế đã họp.")
    assert names(r, "organisations") == ["Ủy ban nhân dân tỉnh", "Sở Y tế"]


def test_district_of_another_province_is_read_by_level():
    r = analyse("UBND huyện Quảng Ninh (Quảng Bình) và UBND tỉnh Quảng Ninh.", PUB, "baoquangninh")
    assert [(o.name, o.province) for o in r.organisations] == [
        ("Ủy ban nhân dân huyện Quảng Ninh", "Quảng Bình"),
        ("Ủy ban nhân dân tỉnh Quảng Ninh", "Quảng Ninh"),
    ]


def test_national_bodies_and_person_title():
    r = analyse("Bộ Chính trị, Bộ NN&PTNT và Thủ tướng Chính phủ đã chỉ đạo; Cờ thi đua của Chính phủ.")
    assert names(r, "organisations") == [
        "Bộ Chính trị", "Bộ Nông nghiệp và Phát triển nông thôn", "Chính phủ", "Chính phủ"]
    assert all(o.province is None for o in r.organisations)


# ---------------------------------------------------------------- dates

def dates(text, pub=PUB):
    return [(d.surface, d.date_start, d.date_end, d.granularity, d.part_of_day)
            for d in analyse(text, pub).dates]


def test_day_month_forms_and_part_of_day():
    assert dates("Chiều 9-7, Sáng 12/3 và Tối 28- 4 có mưa.", "2020-07-10") == [
        ("Chiều 9-7", "2020-07-09", "2020-07-09", "day", "chiều"),
        ("Sáng 12/3", "2020-03-12", "2020-03-12", "day", "sáng"),
        ("Tối 28- 4", "2020-04-28", "2020-04-28", "day", "tối"),
    ]


def test_nearest_year_across_new_year():
    assert dates("Ngày 30/12, hội nghị diễn ra.", "2021-01-04")[0][1] == "2020-12-30"
    assert dates("Ngày 2/1, giải chạy diễn ra.", "2020-12-29")[0][1] == "2021-01-02"


def test_explicit_and_written_dates():
    assert dates("ngày 15/3/2025 và ngày 9 tháng 7 năm 2020") == [
        ("ngày 15/3/2025", "2025-03-15", "2025-03-15", "day", None),
        ("ngày 9 tháng 7 năm 2020", "2020-07-09", "2020-07-09", "day", None),
    ]


def test_joined_days_and_ranges():
    assert dates("diễn ra 9 & 10/9; ngày 9, 10/9; từ 17/10 đến 18/11/2012; "
                 "(20-10-1930 - 20-10-2015)", "2020-09-12") == [
        ("9 & 10/9", "2020-09-09", "2020-09-10", "range", None),
        ("ngày 9, 10/9", "2020-09-09", "2020-09-10", "range", None),
        ("từ 17/10 đến 18/11/2012", "2012-10-17", "2012-11-18", "range", None),
        ("20-10-1930 - 20-10-2015", "1930-10-20", "2015-10-20", "range", None),
    ]


def test_relative_dates_need_a_publication_date():
    text = "Hôm nay, hôm qua, chiều qua, tuần qua, tháng trước, Sáng nay (10/10)."
    got = dates(text, "2020-10-10T07:00:00+07:00")
    assert got == [
        ("Hôm nay", "2020-10-10", "2020-10-10", "day", None),
        ("hôm qua", "2020-10-09", "2020-10-09", "day", None),
        ("chiều qua", "2020-10-09", "2020-10-09", "day", "chiều"),
        ("tuần qua", "2020-10-03", "2020-10-09", "range", None),
        ("tháng trước", "2020-09-01", "2020-09-30", "month", None),
        ("Sáng nay (10/10)", "2020-10-10", "2020-10-10", "day", "sáng"),
    ]
    unresolved = dates(text, None)
    assert [d[0] for d in unresolved] == [d[0] for d in got]
    assert all(d[1] is None and d[2] is None for d in unresolved[:5])


def test_periods():
    got = dates("6 tháng đầu năm. 6 tháng cuối năm 2020. Quý I/2025. Quý III năm 2025. Tháng 7. "
                "Tháng 7/2025. Năm 2025. Giai đoạn 2021-2025. Nhiệm kỳ 2020-2025.", "2020-07-10")
    assert [(d[0], d[1], d[2], d[3]) for d in got] == [
        ("6 tháng đầu năm", "2020-01-01", "2020-06-30", "half"),
        ("6 tháng cuối năm 2020", "2020-07-01", "2020-12-31", "half"),
        ("Quý I/2025", "2025-01-01", "2025-03-31", "quarter"),
        ("Quý III năm 2025", "2025-07-01", "2025-09-30", "quarter"),
        ("Tháng 7", "2020-07-01", "2020-07-31", "month"),
        ("Tháng 7/2025", "2025-07-01", "2025-07-31", "month"),
        ("Năm 2025", "2025-01-01", "2025-12-31", "year"),
        ("Giai đoạn 2021-2025", "2021-01-01", "2025-12-31", "range"),
        ("Nhiệm kỳ 2020-2025", "2020-01-01", "2025-12-31", "range"),
    ]


def test_half_year_context():
    # a year written on its own in the sentence wins; one inside another period does not
    assert dates("Năm 2019, 6 tháng đầu năm tăng 5%.", "2021-03-01")[1][1:3] == (
        "2019-01-01", "2019-06-30")
    got = dates("Đánh giá 6 tháng cuối năm 2024 và thống nhất nhiệm vụ 6 tháng đầu năm.",
                "2025-01-08")
    assert got[1][:3] == ("6 tháng đầu năm", "2025-01-01", "2025-06-30")


def test_relative_words_in_slogans_and_figurative_today():
    assert dates("Với thông điệp “Sống xanh vì ngày mai”, thôn Đông Hòa hôm nay đã đổi thay.",
                 "2024-08-05") == []


def test_weekday_and_absurd_values():
    assert dates("Sáng thứ Hai, 6/7 khai mạc.", "2020-07-07")[0][:2] == (
        "Sáng thứ Hai, 6/7", "2020-07-06")
    assert dates("Tỷ lệ 32/13 và 31/2/2020 không phải ngày; thắng 2-1; 1/3 số hộ.") == []


def test_publication_date_conversions():
    assert publication_date("2020-07-09T20:00:00+00:00") == date(2020, 7, 10)  # 03:00 local
    assert publication_date(datetime(2020, 7, 9, 23, 30)) == date(2020, 7, 9)  # naive = local
    aware = datetime(2020, 7, 9, 18, 0, tzinfo=timezone(timedelta(hours=-2)))
    assert publication_date(aware) == date(2020, 7, 10)
    assert publication_date(date(2020, 7, 9)) == date(2020, 7, 9)
    assert publication_date("2020-07-09") == date(2020, 7, 9)
    assert publication_date("not a date") is None and publication_date(None) is None


def test_named_institutions_and_task_boards():
    r = analyse("Trường THPT Phan Đình Phùng và Bệnh viện Đa khoa tỉnh phối hợp với Ban Chỉ đạo "
                "phòng, chống dịch huyện Nghi Xuân.", PUB, "baohatinh")
    assert names(r, "organisations") == [
        "Trường Trung học phổ thông Phan Đình Phùng", "Bệnh viện Đa khoa tỉnh Hà Tĩnh",
        "Ban Chỉ đạo phòng, chống dịch huyện Nghi Xuân"]


def test_roles_are_not_bodies():
    r = analyse("Thủ tướng Chính phủ và các đại biểu Quốc hội đã dự; Quốc hội thông qua luật.")
    assert [o.surface for o in r.organisations] == ["Chính phủ", "Quốc hội"]  # the body in a role counts


def test_fuzzy_match_only_for_typos():
    assert canonical("Chung sức xây dựng nông thông mới")[0] == "Chung sức xây dựng nông thôn mới"
    assert canonical("Thanh niên tình nguyện hè")[0] == "Thanh niên tình nguyện hè"


def test_since_until_now():
    assert dates("Từ ngày 15/8 đến nay, đã xử lý 35 vụ.", "2025-08-19") == [
        ("Từ ngày 15/8 đến nay", "2025-08-15", "2025-08-19", "range", None)]
    assert dates("Từ ngày 15/8 đến nay, đã xử lý 35 vụ.", None) == [
        ("Từ ngày 15/8 đến nay", None, None, "range", None)]


def test_blocker_does_not_reach_over_a_verb():
    r = analyse("Hội nghị triển khai Tháng hành động vì an toàn thực phẩm. "
                "Hội nghị “Chung sức xây dựng nông thôn mới” bàn giải pháp.")
    assert [c.surface for c in r.campaigns] == ["Tháng hành động vì an toàn thực phẩm"]
