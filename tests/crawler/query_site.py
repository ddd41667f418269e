"""A loopback portal that addresses its pages by query string, as ASP.NET and SharePoint portals
of provinces and districts do: `/tin-tuc/danh-sach.aspx?cat=1&page=2` lists,
`/tin-tuc/chi-tiet.aspx?id=1001` is an article, and the whole page sits in one server form."""

from __future__ import annotations

from urllib.parse import parse_qs

from tests.crawler.loopback import LoopbackSite

CATEGORIES = {"1": "Thời sự", "2": "Kinh tế"}
PER_PAGE = 4
IDS = {cat: [1000 + 20 * int(cat) + i for i in range(10)] for cat in CATEGORIES}  # 10 articles a category


def title_of(article_id: int) -> str:
    return f"Hội nghị tổng kết phong trào thi đua số {article_id} của tỉnh"


def _form(body: str) -> str:
    return ("<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'><title>Cổng thông tin điện tử tỉnh X</title>"
            "</head><body><form method='post' action='./' id='aspnetForm'>"
            "<input type='hidden' name='__VIEWSTATE' value='/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAmYPZBYC'>"
            "<div class='TopMenu'><a href='/'>Trang chủ</a> "
            + " ".join(f"<a href='/tin-tuc/danh-sach.aspx?cat={c}'>{n}</a>" for c, n in CATEGORIES.items())
            + f"</div>{body}<div class='Footer'>Cổng thông tin điện tử tỉnh X</div></form></body></html>")


def _article(article_id: int) -> str:
    cat = next(c for c, ids in IDS.items() if article_id in ids)
    day = 1 + article_id % 28
    paragraphs = "".join(
        f"<p>Đoạn {i} của bài {article_id}: các đại biểu thảo luận về kết quả phong trào thi đua yêu nước "
        "và những nhiệm vụ trọng tâm trong thời gian tới của toàn tỉnh.</p>" for i in range(1, 4))
    return _form(
        f"<div class='BreadCrumb'><a href='/'>Trang chủ</a> &gt; <a href='/tin-tuc/danh-sach.aspx?cat={cat}'>"
        f"{CATEGORIES[cat]}</a></div><div class='ms-rtestate-field'><h2 class='title-news'>{title_of(article_id)}</h2>"
        f"<div class='date-news'>{day:02d}/11/2026 08:30</div><div class='summary-news'>Tóm tắt bài {article_id} "
        f"về phong trào thi đua của tỉnh.</div><div class='content-news'>{paragraphs}"
        "<p align='right'><b>Minh Hoàng</b></p></div></div>")


def _listing(cat: str, page: int) -> str:
    ids = IDS[cat][(page - 1) * PER_PAGE: page * PER_PAGE]
    rows = "".join(f"<tr><td class='ListTitle'><a href='/tin-tuc/chi-tiet.aspx?id={i}'>{title_of(i)}</a></td></tr>"
                   for i in ids)
    pages = (len(IDS[cat]) + PER_PAGE - 1) // PER_PAGE
    paging = " ".join(f"<b>{n}</b>" if n == page else f"<a href='/tin-tuc/danh-sach.aspx?cat={cat}&amp;page={n}'>{n}</a>"
                      for n in range(1, pages + 1))
    return _form(f"<h1>{CATEGORIES[cat]}</h1><table class='NewsList'>{rows}</table><div class='Paging'>{paging}</div>")


def _answer(path: str, query_string: str) -> tuple[int, str, str]:
    query = {k: v[0] for k, v in parse_qs(query_string).items()}
    if path == "/robots.txt":
        return 200, "User-agent: *\nAllow: /\n", "text/plain"
    if path == "/":
        latest = [IDS["1"][0], IDS["2"][0]]
        return 200, _form("".join(f"<div class='HotNews'><a href='/tin-tuc/chi-tiet.aspx?id={i}'>"
                                  f"{title_of(i)}</a></div>" for i in latest)), "text/html"
    if path == "/tin-tuc/danh-sach.aspx" and query.get("cat") in CATEGORIES:
        return 200, _listing(query["cat"], int(query.get("page", "1"))), "text/html"
    if path == "/tin-tuc/chi-tiet.aspx" and query.get("id", "").isdigit() \
            and any(int(query["id"]) in ids for ids in IDS.values()):
        return 200, _article(int(query["id"])), "text/html"
    return 404, "<html><body>Không tìm thấy trang</body></html>", "text/html"


class QuerySite(LoopbackSite):
    """Serves the portal on 127.0.0.1 and records every request's path and query."""

    def __init__(self) -> None:
        super().__init__(_answer)
