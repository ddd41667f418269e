"""The generic profile on page layouts written for these tests in the shapes Vietnamese CMSs use:
a table-layout portal (ASP.NET era), an author block that also holds the dateline, a lead that
opens with the outlet's tag, and an update time beside the publication day."""

from __future__ import annotations

import pytest
from baochi.crawler.extract.article import parse_article
from baochi.crawler.extract.generic import dateline_text, strip_outlet_tag
from baochi.crawler.sources import generic_source

URL = "https://tinhx.example.vn/tin-tuc/hoi-nghi-tong-ket-123456.html"
PARAGRAPHS = [
    "Sáng 5/12, Ban Thi đua - Khen thưởng tỉnh tổ chức hội nghị tổng kết công tác thi đua năm nay.",
    "Các đại biểu đã thảo luận về những kết quả nổi bật và những hạn chế cần khắc phục trong năm tới.",
    "Hội nghị cũng đề ra các chỉ tiêu cụ thể cho từng ngành, từng địa phương trong thời gian tới.",
]
BODY = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)


def parse(html: str) -> dict:
    return parse_article(html, URL, generic_source(URL)).to_dict()


def _table_portal(date_cell: str, body: str = BODY) -> str:
    return (
        "<html><head><title>Cổng thông tin điện tử huyện Y</title></head><body>"
        "<table><tr><td class='ContentTitle'>Hội nghị tổng kết công tác thi đua năm 2026</td></tr>"
        f"<tr><td class='ContentDate'>{date_cell}</td></tr>"
        "<tr><td class='ContentSummary'>Ngày 5/12, huyện Y tổng kết công tác thi đua năm 2026.</td></tr>"
        f"<tr><td class='ContentDetail'>{body}</td></tr></table></body></html>"
    )


def test_an_article_held_in_a_layout_table_cell_is_read():
    record = parse(_table_portal("Ngày đăng: 05/12/2026"))
    assert record["body_status"] == "ok"
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert record["extraction"]["body"] == "generic:paragraphs"


def test_class_names_match_whatever_their_case():
    record = parse(_table_portal("Ngày đăng: 05/12/2026"))
    assert record["title"] == "Hội nghị tổng kết công tác thi đua năm 2026"
    assert record["lead"] == "Ngày 5/12, huyện Y tổng kết công tác thi đua năm 2026."
    assert record["published_at"] == "2026-12-05T00:00:00+07:00"


def test_a_data_table_inside_the_body_stays_out_of_it():
    table = ("<table><tr><td><p>Đơn vị được khen thưởng trong năm</p></td><td><p>Số lượng tập thể và cá nhân</p>"
             "</td></tr></table>")
    record = parse("<html><body><h1>Hội nghị tổng kết công tác thi đua năm 2026</h1>"
                   f"<div class='noi-dung'>{BODY}{table}</div></body></html>")
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_the_update_time_is_not_the_publication_time():
    record = parse(_table_portal("Ngày đăng: 05/12/2026 | Cập nhật: 14:30 06/12/2026 | Lượt xem: 120"))
    assert record["published_at"] == "2026-12-05T00:00:00+07:00"
    assert record["published_precision"] == "day"


def test_an_update_element_yields_to_the_publication_dateline():
    html = ("<html><body><h1>Hội nghị tổng kết công tác thi đua năm 2026</h1>"
            "<span class='date-update'>Cập nhật 07/12/2026 09:15</span>"
            "<span class='post-date'>05/12/2026 14:30</span>"
            f"<div class='noi-dung'>{BODY}</div></body></html>")
    assert parse(html)["published_at"] == "2026-12-05T14:30:00+07:00"


def test_an_update_time_alone_is_still_evidence():
    html = ("<html><body><h1>Hội nghị tổng kết công tác thi đua năm 2026</h1>"
            "<span class='date'>Cập nhật lúc 14:30 ngày 05/12/2026</span>"
            f"<div class='noi-dung'>{BODY}</div></body></html>")
    assert parse(html)["published_at"] == "2026-12-05T14:30:00+07:00"


def test_dateline_text_reads_the_part_before_the_update_label():
    assert dateline_text("Ngày đăng: 05/12/2026 | Cập nhật: 14:30 06/12/2026") == ("05/12/2026", "day")
    assert dateline_text("Cập nhật: 14:30 06/12/2026") == ("06/12/2026 14:30", "minute")
    assert dateline_text("05/12/2026 08:00 (cập nhật 10:00)") == ("05/12/2026 08:00", "minute")


def test_an_author_block_holding_the_dateline_gives_the_name():
    html = ("<html><body><h1>Hội nghị tổng kết công tác thi đua năm 2026</h1>"
            "<div class='author-wrap'><div class='author-name'><a href='/tac-gia/a.htm'><b>Hoàng Anh</b></a></div>"
            "<time class='author-time' datetime='2026-12-05 14:30'>Thứ sáu, 05/12/2026 - 14:30</time></div>"
            f"<div class='noi-dung'>{BODY}</div></body></html>")
    record = parse(html)
    assert record["author"] == "Hoàng Anh"
    assert record["published_at"] == "2026-12-05T14:30:00+07:00"


def test_the_outlets_tag_opening_a_lead_is_dropped():
    html = ("<html><body><h1>Hội nghị tổng kết công tác thi đua năm 2026</h1>"
            "<h2 class='sapo'>(Tin tỉnh X) - Ngày 5/12, tỉnh X tổng kết công tác thi đua năm 2026.</h2>"
            f"<div class='noi-dung'>{BODY}</div></body></html>")
    record = parse(html)
    assert record["lead"] == "Ngày 5/12, tỉnh X tổng kết công tác thi đua năm 2026."


def test_outlet_tags_in_their_usual_forms_and_what_is_no_tag():
    for tagged in ("(Báo X) - Sáng nay", "(PLO)- Sáng nay", "TTO - Sáng nay", "VOV.VN - Sáng nay",
                   "GD&TĐ - Sáng nay", "Tinhx.vn – Sáng nay"):
        assert strip_outlet_tag(tagged) == "Sáng nay", tagged
    for plain in ("COVID-19 - dịch bệnh đã qua", "Chiều - tối nay trời mưa", "Sáng 5/12 - tại hội trường",
                  "UBND tỉnh - cơ quan chủ trì"):
        assert strip_outlet_tag(plain) == plain


def _page_with(body_html: str) -> str:
    return ("<html><body><h1>Hội nghị tổng kết công tác thi đua năm 2026</h1>"
            f"{body_html}<div class='tin-lien-quan'><div><p>Tin khác: hội nghị cán bộ chủ chốt của tỉnh diễn ra "
            "trong hai ngày với nhiều nội dung.</p></div></div></body></html>")


def test_paragraphs_wrapped_one_by_one_add_up_to_the_body():
    wrapped = "".join(f"<div class='para'><p>{p}</p></div>" for p in PARAGRAPHS)
    record = parse(_page_with(f"<div class='content'>{wrapped}<div class='ads'>Quảng cáo</div></div>"))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert record["extraction"]["body"] == "generic:paragraphs"


def test_paragraphs_written_as_divs_and_their_signature():
    divs = "".join(f"<div style='text-align: justify;'>{p}</div>" for p in PARAGRAPHS)
    record = parse(_page_with(f"<div class='news-content'>{divs}<div style='text-align: right;'>"
                              "<strong>Minh Anh</strong></div></div>"))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert record["author"] == "Minh Anh" and record["extraction"]["author"] == "generic:signature"


def test_paragraphs_cut_by_line_breaks_and_a_closing_byline():
    lines = "<br><br>".join(PARAGRAPHS)
    record = parse(_page_with(f"<div class='noidung'>{lines}<br><br><b>Minh Anh</b></div>"))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert record["author"] == "Minh Anh"
    record = parse(_page_with(f"<div class='noidung'>{lines}<br>Bài và ảnh: Lê Hợi</div>"))
    assert record["body"] == "\n\n".join(PARAGRAPHS) and record["author"] == "Lê Hợi"


def test_a_page_of_teaser_blocks_has_no_body():
    teasers = "".join(
        f"<div class='box'><a href='/tin-{i}-1234{i}.html'>Tiêu đề bài số {i} về hội nghị tổng kết</a> "
        f"Tóm tắt bài số {i}: các đại biểu thảo luận về kết quả công tác thi đua năm qua.</div>" for i in range(6))
    record = parse(f"<html><body><h1>Tin tức</h1><div class='list'>{teasers}</div></body></html>")
    assert record["body_status"] != "ok", record["body"]


def _with_description(meta: str, visible: str) -> dict:
    return parse(f'<html><head><meta name="description" content="{meta}"></head><body>'
                 f"<h1>Hội nghị tổng kết công tác thi đua năm 2026</h1><p class='sapo'>{visible}</p>"
                 f"<div class='noi-dung'>{BODY}</div></body></html>")


def test_a_description_cut_short_gives_way_to_the_visible_lead():
    whole = "Ngày 5/12, tỉnh X tổng kết công tác thi đua năm 2026 và phát động thi đua năm 2027."
    record = _with_description("Ngày 5/12, tỉnh X tổng kết công tác thi đua năm...", whole)
    assert record["lead"] == whole and record["extraction"]["lead"] == "generic:[class*=sapo i]"
    assert _with_description("Ngày 5/12, tỉnh X tổng kết", "(Báo X) - " + whole)["lead"] == whole


def test_a_description_of_its_own_stays_the_lead():
    record = _with_description("Tổng kết công tác thi đua năm 2026 tại tỉnh X.",
                               "Ngày 5/12, tỉnh X tổng kết công tác thi đua năm 2026.")
    assert record["lead"] == "Tổng kết công tác thi đua năm 2026 tại tỉnh X."
    assert record["extraction"]["lead"] == "metadata"


def _webforms_page(body: str) -> str:
    """An ASP.NET WebForms page: one server form around the whole page, as on many provincial
    portals and older papers (a SharePoint-style detail block, an `h2` headline)."""
    return ("<html><head><title>Cổng thông tin điện tử tỉnh X</title></head><body><form id='aspnetForm' method='post'>"
            "<div class='BreadCrumb'><a href='/'>Trang chủ</a> &gt; <a href='/tin-tuc/thi-dua'>Thi đua khen thưởng</a></div>"
            "<div class='ms-rtestate-field'><h2 class='title-news'>Hội nghị tổng kết công tác thi đua năm 2026</h2>"
            f"<div class='date-news'>05/12/2026 14:20</div><div class='content-news'>{body}</div></div>"
            "</form></body></html>")


def test_the_one_form_of_a_webforms_page_is_no_chrome():
    record = parse(_webforms_page(BODY + "<p align='right'><b>Minh Hoàng</b></p>"))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert record["extraction"]["body"] == "generic:paragraphs"
    assert record["author"] == "Minh Hoàng" and record["extraction"]["author"] == "generic:signature"
    assert record["category"] == "Thi đua khen thưởng"


def test_a_comment_form_stays_out_of_the_body():
    comment = ("<form class='binh-chon' action='/gui'><p>Ý kiến của bạn đọc về bài viết này xin gửi về tòa soạn.</p>"
               "<textarea name='c'></textarea></form>")
    record = parse(_page_with(f"<div class='noi-dung'>{BODY}{comment}</div>"))
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_body_in_a_story_body_block_is_the_body_and_story_teasers_are_not():
    teasers = "".join(f"<div class='story'><a href='/tin-{i}.html'>Bài {i}</a><p>Tóm tắt bài số {i} về công tác "
                      "thi đua khen thưởng của các địa phương trong tỉnh năm nay.</p></div>" for i in range(8))
    record = parse(_page_with(f"<div class='story-body'>{BODY}</div><div class='stories'>{teasers}</div>"))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert record["extraction"]["body"] == "generic:paragraphs"


def _in_body(*parts: str) -> dict:
    return parse(_page_with(f"<div class='detail-content'>{''.join(parts)}</div>"))


def _p(i: int) -> str:
    return f"<p>{PARAGRAPHS[i]}</p>"


def test_pointers_to_other_articles_inside_the_body_are_left_out():
    pointers = ("<p><strong>Xem thêm:</strong> <a href='/x-1.html'>Tỉnh phát động phong trào thi đua</a></p>",
                "<p>&gt;&gt; <a href='/x-2.html'>Lễ phát động thi đua năm 2026</a></p>",
                "<p><a href='/x-3.html'>Huyện Y tổng kết phong trào thi đua</a></p>",
                "<p><strong>Tin liên quan:</strong></p>")
    record = _in_body(_p(0), pointers[0], pointers[1], _p(1), pointers[2], _p(2), pointers[3])
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_a_sentence_holding_a_link_stays_in_the_body():
    linked = ("<p>Toàn văn <a href='/van-ban.html'>Kế hoạch thi đua năm 2026 của UBND tỉnh đã được đăng tải "
              "trên cổng thông tin điện tử</a>.</p>")
    record = _in_body(_p(0), linked, _p(1), _p(2))
    assert "Kế hoạch thi đua năm 2026" in record["body"]


def test_captions_written_as_italic_paragraphs_or_picture_tables_are_captions():
    centred = ("<p style='text-align:center'><img src='a.jpg'></p>"
               "<p style='text-align:center'><em>Đồng chí Nguyễn Văn A phát biểu tại hội nghị.</em></p>")
    holding = "<p><img src='b.jpg'><br><em>Quang cảnh hội nghị. Ảnh: Lê Hợi</em></p>"
    table = ("<table class='image center'><tr><td><img src='c.jpg'></td></tr>"
             "<tr><td>Các đại biểu dự hội nghị tổng kết.</td></tr></table>")
    record = _in_body(_p(0), centred, _p(1), holding, table, _p(2))
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    assert record["captions"] == ["Các đại biểu dự hội nghị tổng kết.", "Đồng chí Nguyễn Văn A phát biểu tại hội nghị.",
                                  "Quang cảnh hội nghị. Ảnh: Lê Hợi"]


def test_an_italic_paragraph_that_is_no_caption_stays_in_the_body():
    quote = "<p><em>“Thi đua là yêu nước, yêu nước thì phải thi đua” là lời dạy mà mỗi cán bộ luôn ghi nhớ.</em></p>"
    record = _in_body(_p(0), quote, _p(1), _p(2))
    assert "là lời dạy mà mỗi cán bộ" in record["body"] and record["captions"] == []


def test_the_writer_signs_before_the_source_line():
    closing = ("<p style='text-align:right'><strong>Minh Anh</strong></p>"
               "<p style='text-align:right'><em>(Nguồn: Báo Nhân Dân)</em></p>")
    record = _in_body(_p(0), _p(1), _p(2), closing)
    assert record["body"] == "\n\n".join(PARAGRAPHS) and record["author"] == "Minh Anh"
    record = _in_body(_p(0), _p(1), _p(2), "<p style='text-align:right'><em>(Nguồn: Báo Nhân Dân)</em></p>")
    assert record["body"] == "\n\n".join(PARAGRAPHS) and record["author"] == "Báo Nhân Dân"


def test_an_advertising_block_inside_the_body_is_left_out():
    ad = "<div class='ads-inread'><p>Quảng cáo: mua sắm ưu đãi lớn nhất năm cho mọi gia đình Việt Nam.</p></div>"
    assert _in_body(_p(0), ad, _p(1), _p(2))["body"] == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(("closing", "author"), [
    ("<p>MINH ANH</p>", "MINH ANH"), ("<p>Minh Anh</p>", "Minh Anh"), ("<p>Q.H</p>", "Q.H"), ("<p>PV</p>", "PV"),
    ("<p>Nhóm PV</p>", "Nhóm PV"), ("<p>Lê Hợi (TTXVN)</p>", "Lê Hợi (TTXVN)"),
    ("<p>Minh Anh - Hồng Nhung</p>", "Minh Anh - Hồng Nhung"), ("<p><em>Lê Hợi</em></p>", "Lê Hợi"),
])
def test_a_closing_line_of_names_alone_signs_the_article(closing: str, author: str):
    record = _in_body(_p(0), _p(1), _p(2), closing)
    assert record["body"] == "\n\n".join(PARAGRAPHS) and record["author"] == author


@pytest.mark.parametrize("closing", [
    "<p>HẾT</p>", "<p>Tóm lại</p>", "<p>(Còn nữa)</p>", "<p>Xin trân trọng cảm ơn!</p>",
    "<p>Năm 2026 tỉnh phấn đấu có thêm 20 xã đạt chuẩn</p>",
])
def test_a_closing_line_that_is_no_name_is_no_signature(closing: str):
    record = _in_body(_p(0), _p(1), _p(2), closing)
    assert record["author"] is None


@pytest.mark.parametrize("tag", ["span", "em", "strong"])
def test_a_paragraph_nested_a_thousand_levels_deep_does_not_stop_the_parse(tag: str):
    deep = f"<{tag}>" * 1500 + "Ảnh chụp hội nghị" + f"</{tag}>" * 1500
    record = _in_body(f"<p><strong>{'<b>' * 1500}{PARAGRAPHS[0]}{'</b>' * 1500}</strong></p>",
                      f"<p><img src='a.jpg'>{deep}</p>", _p(1), _p(2))
    assert record["body_status"] == "ok" and PARAGRAPHS[2] in record["body"]


def _headed(header: str, after_body: str = "") -> dict:
    return parse("<html><body><nav><a href='/'>Trang chủ</a></nav><div class='main'>"
                 f"<h1>Hội nghị tổng kết công tác thi đua năm 2026</h1>{header}<div class='wrap'>{BODY}{after_body}</div>"
                 "</div><footer><p>Bản quyền thuộc về Báo tỉnh X, 05/01/2020 08:00</p></footer></body></html>")


def test_a_day_and_a_time_in_sibling_elements_are_one_dateline():
    record = _headed("<div class='art-info'><span class='art-date'>05/12/2026</span> "
                     "<span class='art-time'>14:20</span></div>")
    assert record["published_at"] == "2026-12-05T14:20:00+07:00" and record["published_precision"] == "minute"


def test_a_dateline_without_classes_under_the_headline_is_read():
    record = _headed("<div class='info'><span>14:20</span> | <span>Thứ bảy, 05/12/2026</span></div>")
    assert record["published_at"] == "2026-12-05T14:20:00+07:00"
    assert record["extraction"]["published_at"] == "generic:near-title"


def test_a_byline_under_the_headline_is_the_author():
    record = _headed("<div><span>Bài và ảnh: Lê Hợi</span> - <span>14:20 05/12/2026</span></div>")
    assert record["author"] == "Lê Hợi" and record["published_at"] == "2026-12-05T14:20:00+07:00"
    record = parse("<html><body><article><header><h1>Hội nghị tổng kết công tác thi đua năm 2026</h1>"
                   "<p class='posted'>Đăng ngày 05/12/2026 lúc 14:20 bởi Lê Hợi</p></header>"
                   f"<section class='body'>{BODY}</section></article></body></html>")
    assert record["author"] == "Lê Hợi" and record["extraction"]["author"] == "generic:near-title"
    assert record["published_at"] == "2026-12-05T14:20:00+07:00"
    record = _headed("<div class='submitted'>Gửi bởi Trần Văn Bình vào T7, 05/12/2026 - 08:15</div>")
    assert record["author"] == "Trần Văn Bình" and record["published_at"] == "2026-12-05T08:15:00+07:00"


def test_lines_under_the_headline_end_where_the_body_starts():
    """A date inside the body or the footer is no dateline, and a sentence opening with
    "Theo" is no byline."""
    record = _headed("<p>Theo Ban Thi đua</p>", after_body="<p>Ngày 01/01/2026 08:00 tỉnh đã phát động thi đua.</p>")
    assert record["published_at"] is None or record["extraction"]["published_at"] != "generic:near-title"
    assert record["author"] is None


LEAD = "Ngày 5/12, tỉnh X tổng kết công tác thi đua năm 2026 và triển khai nhiệm vụ năm 2027 với nhiều chỉ tiêu mới."


@pytest.mark.parametrize(("markup", "layer"), [
    (f"<h2>{LEAD}</h2><div class='content'>{BODY}</div>", "generic:h2"),
    (f"<div class='content'><h2>{LEAD}</h2>{BODY}</div>", "generic:h2"),
    (f"<div class='intro'>{LEAD}</div><div class='content'>{BODY}</div>", "generic:[class*=intro i]"),
    (f"<p class='chapeau'>{LEAD}</p><div class='content'>{BODY}</div>", "generic:[class*=chapeau i]"),
])
def test_a_lead_printed_as_a_heading_or_an_intro_is_the_lead(markup: str, layer: str):
    record = parse(f"<html><body><h1>Hội nghị tổng kết công tác thi đua năm 2026</h1>{markup}</body></html>")
    assert record["lead"] == LEAD and record["extraction"]["lead"] == layer
    assert record["body"] == "\n\n".join(PARAGRAPHS)


def test_an_intertitle_after_the_first_paragraph_is_no_lead():
    intertitle = "<h2>Nhiều kết quả nổi bật trong phong trào thi đua yêu nước của các địa phương trong tỉnh năm nay</h2>"
    record = parse("<html><body><h1>Hội nghị tổng kết công tác thi đua năm 2026</h1>"
                   f"<div class='content'><p>{PARAGRAPHS[0]}</p>{intertitle}<p>{PARAGRAPHS[1]}</p>"
                   f"<p>{PARAGRAPHS[2]}</p></div></body></html>")
    assert record["lead"] is None or "Nhiều kết quả" not in record["lead"]


def test_a_comment_among_the_body_paragraphs_of_a_papers_selector_is_no_crash():
    from baochi.crawler.extract.generic import body_paragraphs
    from lxml import html as lxml_html

    block = lxml_html.fromstring(f"<div><p>{PARAGRAPHS[0]}</p><!-- quảng cáo --><p>{PARAGRAPHS[1]}</p></div>")
    nodes = [(node, "chữ") for node in block]  # a selector that matched the comment too
    kept, captions = body_paragraphs(nodes, [])
    assert len(kept) == 3 and captions == []


def test_lines_under_the_headline_of_a_page_nested_thousands_deep_are_read_in_bounded_time(monkeypatch):
    """The lines under the headline are read from at most a few hundred elements, each read no
    further than its first few hundred: a hostile page nested 3,000 levels deep parses as fast as
    a plain one (it took 2 s a page while each line's whole text was joined)."""
    from baochi.crawler.extract.generic import heading
    from parsel import Selector

    deep = "<div>" * 3000 + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>" * 3000
    sel = Selector(text=f"<html><body><h1>Hội nghị tổng kết công tác thi đua năm 2026</h1>{deep}</body></html>")
    read = []
    real = heading.short_text
    monkeypatch.setattr(heading, "short_text", lambda node, cap: read.append(node) or real(node, cap))
    heading.near_title(sel)
    assert len(read) <= heading._NEAR_TITLE_NODES
    assert real(sel.root, 200) is None


def test_a_plain_source_line_after_the_writer_leaves_the_body():
    record = _in_body(_p(0), _p(1), _p(2), "<p>Minh Anh</p>", "<p><em>(Nguồn: Báo Tin tức)</em></p>")
    assert record["body"] == "\n\n".join(PARAGRAPHS) and record["author"] == "Minh Anh"
    record = _in_body(_p(0), _p(1), _p(2), "<p>Theo kế hoạch, tỉnh sẽ tổng kết phong trào thi đua vào tháng 12 tới.</p>")
    assert "Theo kế hoạch" in record["body"]


# ------------------------------------------------- forms probed in the sixth sitting (issue 15)

def test_an_update_written_before_the_publication_label_is_not_the_publication_time():
    record = _headed("<div class='meta'>Cập nhật: 06/12/2026 09:00 | Đăng: 05/12/2026 14:20</div>")
    assert record["published_at"] == "2026-12-05T14:20:00+07:00"
    assert dateline_text("Cập nhật: 06/12/2026 09:00 | Đăng: 05/12/2026 14:20") == ("05/12/2026 14:20", "minute")
    # an update alone is still read when it is all the page says
    assert dateline_text("Cập nhật lúc 09:00 06/12/2026") == ("06/12/2026 09:00", "minute")


def test_a_microformat_abbr_gives_its_iso_title():
    record = _headed("<abbr class='published' title='2026-12-05T14:20:00+07:00'>5 tháng 12</abbr>")
    assert record["published_at"] == "2026-12-05T14:20:00+07:00"


def test_the_articles_own_address_element_names_its_author_and_the_footers_does_not():
    page = ("<html><body><article><h1>Hội nghị tổng kết công tác thi đua năm 2026</h1>"
            f"<div class='date'>05/12/2026 14:20</div><div class='content'>{BODY}</div><address>Minh Hoàng</address>"
            "</article><footer><address>Báo tỉnh X, 12 Lê Lợi</address></footer></body></html>")
    assert parse(page)["author"] == "Minh Hoàng"
    no_author = page.replace("<address>Minh Hoàng</address>", "")
    assert parse(no_author)["author"] is None


def test_a_pictures_description_and_other_articles_teasers_are_no_lead():
    picture = ("<table class='image'><tr><td><img src='a.jpg'></td></tr><tr><td class='image_desc'>Quang cảnh "
               "hội nghị tổng kết. Ảnh: PV</td></tr></table>")
    related = ("<div class='box-related'><ul><li><a href='/tin-khac-555551.htm'>Tin khác</a><p class='desc'>Mô tả "
               "một tin khác, một câu dài để trông như đoạn dẫn của một bài khác.</p></li></ul></div>")
    record = parse(_page_with(f"<div class='detail-content'>{_p(0)}{picture}{_p(1)}{_p(2)}</div>{related}"))
    assert record["lead"] is None and record["captions"] == ["Quang cảnh hội nghị tổng kết. Ảnh: PV"]
    assert record["body"] == "\n\n".join(PARAGRAPHS)
    # a lead in a page laid out in one big table (with its picture) is still the lead
    assert parse(_table_portal("Ngày đăng: 05/12/2026", BODY + "<img src='b.jpg'>"))["lead"] == (
        "Ngày 5/12, huyện Y tổng kết công tác thi đua năm 2026.")


def test_a_labelled_byline_opening_the_body_is_its_author():
    record = _in_body("<p><em>Bài và ảnh: Lê Hợi</em></p>", _p(0), _p(1), _p(2))
    assert record["author"] == "Lê Hợi" and record["body"] == "\n\n".join(PARAGRAPHS)
    # an opening sentence that starts "Theo …" is the body's
    theo = "<p>Theo báo cáo của UBND tỉnh: năm nay toàn tỉnh có 120 tập thể được khen.</p>"
    assert _in_body(theo, _p(0), _p(1))["body"].startswith("Theo báo cáo")
