"""Fields by ranked evidence on pages whose markup the registry does not describe."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from baochi.crawler.extract.article import parse_article, precision_of
from baochi.crawler.extract.generic import byline_name, dateline_text
from baochi.crawler.sample_site.unseen import VARIANTS, generate_unseen
from baochi.crawler.sources import generic_source, get_source

from tests.crawler.test_unseen_sites import field_checks

BASE = "http://127.0.0.1:8"


@pytest.fixture(scope="module", params=VARIANTS)
def parsed(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(f"evidence-{request.param}")
    manifest = json.loads(generate_unseen(out, request.param).read_text("utf-8"))
    source = get_source("baothanhhoa")
    pairs = []
    for article in manifest["articles"]:
        page = Path(out / "site" / article["paths"]["new"].lstrip("/")).read_text("utf-8")
        page = page.replace("__BASE_URL__", BASE)
        pairs.append((parse_article(page, BASE + article["paths"]["old"], source).to_dict(), article))
    return request.param, pairs


def test_every_field_right_on_unseen_markup(parsed) -> None:
    variant, pairs = parsed
    for record, article in pairs:
        checks = field_checks(record, article)
        assert all(checks.values()), (variant, article["id"], checks, record["extraction"])


def test_time_beats_a_date_only_source(parsed) -> None:
    variant, pairs = parsed
    for record, _ in pairs:
        assert record["published_precision"] in ("minute", "second"), record["extraction"]
        # variant b carries a date-only JSON-LD, variant c a date-only article:published_time
        assert record["extraction"]["published_at"] not in ("metadata:json-ld", "metadata")


def test_site_name_never_author_and_home_never_category(parsed) -> None:
    _, pairs = parsed
    for record, _ in pairs:
        assert record["author"] != "Báo Thanh Hóa"
        assert record["category"] != "Trang chủ"


def test_layers_are_recorded(parsed) -> None:
    variant, pairs = parsed
    layers = {r["extraction"]["body"] for r, a in pairs if a["body"]}
    assert layers == {"generic:paragraphs"}
    if variant == "c":
        missing = [r for r, a in pairs if not a["body"]]
        assert missing and all(r["body"] is None and r["body_status"] == "missing" for r in missing)
        assert {r["extraction"]["published_at"] for r, _ in pairs} == {"metadata:microdata"}


def test_page_without_body_does_not_take_teasers() -> None:
    teasers = "".join(
        f'<li><a href="/a-{i}00001.htm">Tiêu đề bài số {i} về nông thôn mới</a>'
        f"<p>Đoạn giới thiệu dài của bài số {i}, nói về phong trào thi đua yêu nước của tỉnh nhà trong năm qua.</p></li>"
        for i in range(6))
    page = (f"<html><head><title>Ảnh</title></head><body><h1>Phóng sự ảnh</h1>"
            f'<div class="gallery"><img src="/a.jpg"></div><ul class="more">{teasers}</ul></body></html>')
    record = parse_article(page, BASE + "/phong-su-anh-123456.htm", get_source("baothanhhoa"))
    assert record.body is None and record.body_status == "missing"


@pytest.mark.parametrize(("text", "name"), [
    ("Bài và ảnh: Lê Hợi", "Lê Hợi"), ("Bài, ảnh: Thùy Linh", "Thùy Linh"), ("Theo TTXVN", "TTXVN"),
    ("Bài: Minh Hằng.", "Minh Hằng"), ("Tin, ảnh: Đình Giang", "Đình Giang"), ("Tác giả: Lê Phượng", "Lê Phượng"),
    ("Theo kế hoạch, tỉnh sẽ hoàn thành 30 xã nông thôn mới trong năm nay và những năm sau nữa", None),
])
def test_byline_forms(text: str, name: str | None) -> None:
    assert byline_name(text) == name


@pytest.mark.parametrize(("text", "expected"), [
    ("Thứ Hai, 03/03/2025 - 08:15", ("03/03/2025 08:15", "minute")),
    ("08:15 | 3/3/2025", ("03/03/2025 08:15", "minute")),
    ("Cập nhật: 12/03/2025 lúc 07:05:09", ("12/03/2025 07:05:09", "second")),
    ("12/03/2025", ("12/03/2025", "day")),
    ("Thứ Tư, ngày 12 tháng 3 năm 2025, 08:15", ("12/03/2025 08:15", "minute")),
    ("2025-03-12 08:15", ("12/03/2025 08:15", "minute")),
    ("12/03/2025 3:20 PM", ("12/03/2025 15:20", "minute")),
    ("12/03/2025 3:20:11 CH", ("12/03/2025 15:20:11", "second")),
    ("12:05 AM, 12/03/2025", ("12/03/2025 00:05", "minute")),
    ("15h20 chiều 12/3/2025", ("12/03/2025 15:20", "minute")),
    ("Ngày 12/03/2025 lúc 8 giờ 15", ("12/03/2025 08:15", "minute")),
    ("12 tháng 3, 2025 lúc 3:20 CH", ("12/03/2025 15:20", "minute")),
    ("12 Tháng Ba, 2025", ("12/03/2025", "day")),  # WordPress in Vietnamese: "j F, Y"
    ("Tháng Mười Hai 5, 2025 lúc 9:05 SA", ("05/12/2025 09:05", "minute")),  # "F j, Y"
    ("Tháng Mười 5, 2025", ("05/10/2025", "day")),
    ("còn 3 giờ 20 phút", None),
])
def test_datelines(text: str, expected: tuple[str, str] | None) -> None:
    assert dateline_text(text) == expected


def test_precision() -> None:
    assert precision_of("2025-03-12") == "day"
    assert precision_of("2025-03-12T08:15") == "minute"
    assert precision_of("2025-03-12T08:15:00+07:00") == "second"


def test_logo_h1_is_not_the_title() -> None:
    paras = "".join(f"<p>Đoạn văn số {i} của bài báo, đủ dài để là thân bài thật sự của trang này.</p>" for i in range(5))
    page = ('<html><body><header><h1 class="logo"><a href="/">Báo Thanh Hóa</a></h1></header>'
            f'<h1 class="tieu-de">Tiêu đề thật của bài</h1><div class="noi-dung">{paras}</div></body></html>')
    record = parse_article(page, BASE + "/bai-viet-123456.htm", get_source("baothanhhoa"))
    assert record.title == "Tiêu đề thật của bài" and record.extraction["title"] == "generic:h1"


def _portal_page(first: str, byline: str) -> str:
    """A page of a CMS without a lead field: the sapo as a bold first paragraph, the account
    that posted in the author slot, the reporter's name signed at the end; short enough (under
    800 characters) that its container, holding the byline's link, once counted as a teaser."""
    paras = "".join(f"<p>Đoạn thân bài số {i} kể lại diễn biến của hội nghị và các ý kiến phát biểu.</p>"
                    for i in range(3))
    return ('<html><head><title>Tin</title></head><body><article><h1 class="entry-title">Hội nghị sơ kết</h1>'
            f'<span class="byline">bởi <span class="author vcard"><a href="/author/x/">{byline}</a></span></span>'
            f'<div class="entry-content">{first}{paras}'
            '<p style="text-align: right;"><strong>Minh Tuấn</strong></p></div></article></body></html>')


def test_a_bold_first_paragraph_is_the_lead_and_the_posting_account_no_author() -> None:
    sapo = "Chiều 9-7, Hội Nông dân huyện tổ chức hội nghị sơ kết phong trào thi đua 6 tháng đầu năm."
    record = parse_article(_portal_page(f"<p><span><strong>{sapo}</strong></span></p>", "admin"),
                           "https://portal.example.vn/hoi-nghi-so-ket-123.html", get_source("baothanhhoa"))
    assert record.lead == sapo and record.extraction["lead"] == "generic:bold-first-paragraph"
    assert record.body is not None and record.body.startswith("Đoạn thân bài số 0") and sapo not in record.body
    assert record.author == "Minh Tuấn" and record.extraction["author"] == "generic:signature"


@pytest.mark.parametrize("account", ["admin", "Quản trị viên", "btv_tuan"])
def test_cms_accounts_are_not_bylines(account: str) -> None:
    record = parse_article(_portal_page("", account), "https://portal.example.vn/a-123.html", get_source("baothanhhoa"))
    assert record.author == "Minh Tuấn"


def test_a_partly_bold_first_paragraph_stays_in_the_body() -> None:
    first = "<p><strong>Chiều 9-7,</strong> Hội Nông dân huyện tổ chức hội nghị sơ kết phong trào thi đua.</p>"
    record = parse_article(_portal_page(first, "Lê Hà"), "https://portal.example.vn/a-123.html",
                           get_source("baothanhhoa"))
    assert record.lead is None and record.body is not None and record.body.startswith("Chiều 9-7,")
    assert record.author == "Lê Hà"


_PARAGRAPHS = "".join(f"<p>Đoạn số {i} kể lại hội nghị sơ kết và các ý kiến đóng góp của đại biểu dự họp.</p>"
                      for i in range(5))


def test_a_joomla_page_microdata_title_and_section_no_site_blurb_no_super_user() -> None:
    page = ('<html><head><title>Ra quân</title><meta name="description" content="Trang thông tin điện tử xã Quảng Phú">'
            '<meta name="author" content="Super User"></head><body><div class="item-page">'
            '<h2 itemprop="headline"><a href="/tin-tuc/12-ra-quan">Ra quân Chiến dịch hè năm 2024</a></h2>'
            '<dd class="createdby" itemprop="author">Viết bởi <span itemprop="name">Super User</span></dd>'
            '<dd class="category-name">Chuyên mục: <a href="/tin-tuc" itemprop="genre">Tin tức</a></dd>'
            f'<div itemprop="articleBody">{_PARAGRAPHS}</div></div></body></html>')
    url = "https://xa.example.gov.vn/tin-tuc/12-ra-quan"
    record = parse_article(page, url, generic_source(url))
    assert (record.title, record.extraction["title"]) == ("Ra quân Chiến dịch hè năm 2024", "metadata")
    assert (record.category, record.extraction["category"]) == ("Tin tức", "metadata")
    assert record.lead is None and record.author is None


@pytest.mark.parametrize(("title_tag", "title"), [
    ("Hội nghị sơ kết phong trào thi đua - Cổng thông tin điện tử xã Quảng Phú", "Hội nghị sơ kết phong trào thi đua"),
    ("Hội nghị sơ kết | Báo Thanh Hóa", "Hội nghị sơ kết"),
    ("Thanh Hóa - điểm đến của mùa hè", "Thanh Hóa - điểm đến của mùa hè"),
])
def test_the_title_tag_is_the_last_resort_without_the_site_name(title_tag: str, title: str) -> None:
    page = f'<html><head><title>{title_tag}</title></head><body><div class="nd">{_PARAGRAPHS}</div></body></html>'
    record = parse_article(page, "https://x.example.vn/a-1.html", get_source("baothanhhoa"))
    assert (record.title, record.extraction["title"]) == (title, "generic:title-tag")


def test_a_portal_page_without_h1_takes_its_title_element_never_the_site_name() -> None:
    url = "https://tinh.example.gov.vn/tin-tuc-su-kien/ubnd-tinh-hop-phien-thuong-ky-12345"
    page = ('<html><head><title>Cổng thông tin điện tử tỉnh</title></head><body>'
            '<div class="other"><ul><li><a class="title-news" href="/a-11111">Tin khác số một của trang</a></li></ul></div>'
            '<div class="title-news-detail">UBND tỉnh họp phiên thường kỳ tháng 7</div>'
            f'<div class="content-news-detail">{_PARAGRAPHS}</div></body></html>')
    record = parse_article(page, url, generic_source(url))
    assert record.title == "UBND tỉnh họp phiên thường kỳ tháng 7" and record.source_article_id == "12345"
    untitled = parse_article(page.replace('<div class="title-news-detail">UBND tỉnh họp phiên thường kỳ tháng 7</div>', ""),
                             url, generic_source(url))
    assert untitled.title is None  # the <title> is the portal's own name


def _yoast_page(author: dict) -> str:
    """A WordPress page with an SEO plugin's JSON-LD graph: the article, the person and the
    publisher as separate nodes that refer to each other by `@id`."""
    url = "https://baotinhx.vn/thoi-su/hoi-nghi-tong-ket-123456.html"
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "NewsArticle", "@id": url + "#article", "headline": "Hội nghị tổng kết công tác thi đua năm 2026",
         "datePublished": "2026-12-05T07:20:00+00:00", "author": author,
         "publisher": {"@id": "https://baotinhx.vn/#organization"}},
        {"@type": "Person", "@id": "https://baotinhx.vn/#/schema/person/abc", "name": "Ngọc Lan"},
        {"@type": "Organization", "@id": "https://baotinhx.vn/#organization", "name": "Báo Tỉnh X"}]}
    paragraphs = "".join(f"<p>Đoạn {i}: các đại biểu thảo luận về kết quả phong trào thi đua yêu nước năm nay.</p>"
                         for i in range(4))
    return (f"<html><head><script type='application/ld+json'>{json.dumps(graph, ensure_ascii=False)}</script></head>"
            f"<body><h1>Hội nghị tổng kết công tác thi đua năm 2026</h1><div class='entry-content'>{paragraphs}</div>"
            "</body></html>")


def test_an_author_named_by_reference_in_a_json_ld_graph_is_read() -> None:
    url = "https://baotinhx.vn/thoi-su/hoi-nghi-tong-ket-123456.html"
    record = parse_article(_yoast_page({"@id": "https://baotinhx.vn/#/schema/person/abc"}), url,
                           generic_source(url)).to_dict()
    assert record["author"] == "Ngọc Lan" and record["extraction"]["author"] == "metadata"
    assert record["published_at"] == "2026-12-05T14:20:00+07:00"
    # the publisher, also by reference, is the site's name: never the author
    record = parse_article(_yoast_page({"@id": "https://baotinhx.vn/#organization"}), url, generic_source(url)).to_dict()
    assert record["author"] is None


def _next_page(state: object, meta: str = "") -> str:
    paragraphs = "".join(f"<p>Đoạn {i}: các đại biểu thảo luận về kết quả phong trào thi đua yêu nước và những "
                         "nhiệm vụ trọng tâm trong thời gian tới của toàn tỉnh.</p>" for i in range(3))
    return (f"<html><head><meta property='og:title' content='Hội nghị tổng kết thi đua năm 2026'>{meta}</head><body>"
            "<div id='__next'><h1 class='article_title__a9'>Hội nghị tổng kết thi đua năm 2026</h1>"
            f"<div class='article_info__b2'><span>Hà Phương</span></div><div class='article_content__d4'>{paragraphs}</div>"
            f"</div><script id='__NEXT_DATA__' type='application/json'>{json.dumps(state, ensure_ascii=False)}</script>"
            "</body></html>")


def test_a_next_js_pages_author_and_section_are_read_from_its_own_article_in_the_page_state() -> None:
    related = [{"title": f"Tin khác {i}", "author": {"name": "Người Khác"}, "category": {"name": "Thể thao"}}
               for i in range(3)]
    state = {"props": {"pageProps": {"related": related, "article": {
        "title": "Hội nghị tổng kết thi đua năm 2026", "author": {"name": "Hà Phương"},
        "category": {"name": "Chính trị", "slug": "chinh-tri"}}}}}
    url = "https://tinmoi.example.vn/hoi-nghi-tong-ket-123456.html"
    record = parse_article(_next_page(state), url, generic_source(url))
    assert (record.author, record.category) == ("Hà Phương", "Chính trị")
    assert record.extraction["author"] == record.extraction["category"] == "metadata"
    # declared metadata still wins; the state only fills what nothing declared
    declared = parse_article(_next_page(state, "<meta name='author' content='Minh Anh'>"), url, generic_source(url))
    assert (declared.author, declared.category) == ("Minh Anh", "Chính trị")
    # a state holding only other articles lends nothing
    others = {"props": {"pageProps": {"related": related}}}
    assert parse_article(_next_page(others), url, generic_source(url)).category is None


def test_a_hostile_page_state_costs_nothing() -> None:
    url = "https://tinmoi.example.vn/hoi-nghi-tong-ket-123456.html"
    deep = "[" * 100_000 + "]" * 100_000
    page = _next_page({}).replace("<script id='__NEXT_DATA__' type='application/json'>{}</script>",
                                  f"<script id='__NEXT_DATA__' type='application/json'>{deep}</script>")
    wide = _next_page({"items": [{"title": str(i), "author": "X"} for i in range(50_000)]})
    for html in (page, wide, _next_page({}).replace("{}</script>", "{not json</script>")):
        record = parse_article(html, url, generic_source(url))
        assert record.title == "Hội nghị tổng kết thi đua năm 2026" and record.category is None
