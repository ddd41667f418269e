"""A loopback news site in WordPress's shapes, as many district and association papers run:
articles at dated permalinks with a slug and no number (`/2026/11/05/hoi-nghi-…/`), category
listings `/chuyen-muc/<slug>/` paginated `/page/N/`, date archives (`/2026/11/`), tag pages, and
the theme's markup (`entry-title`, `time.entry-date`, `vcard` author, `entry-content`)."""

from __future__ import annotations

from tests.crawler.loopback import LoopbackSite

CATEGORIES = {"thoi-su": "Thời sự", "kinh-te": "Kinh tế"}
PER_PAGE = 4
WORDS = ("hoi nghi tong ket phong trao thi dua", "le phat dong thang hanh dong vi an toan thuc pham",
         "dai hoi hoi nong dan xa", "trao qua cho ho ngheo dip tet", "hoi thao phat trien kinh te tap the")


def _slug(n: int) -> str:
    return f"{WORDS[n % len(WORDS)].replace(' ', '-')}-lan-thu-{n}"


# 9 articles a category, each with its day of November 2026
ARTICLES = {cat: [(_slug(10 * k + i), 1 + (10 * k + i) % 28) for i in range(9)] for k, cat in enumerate(CATEGORIES)}


def path_of(slug: str, day: int) -> str:
    return f"/2026/11/{day:02d}/{slug}/"


def title_of(slug: str) -> str:
    return "Tin: " + slug.replace("-", " ").capitalize()


def _page(body: str, title: str) -> str:
    menu = "".join(f"<li class='menu-item'><a href='/chuyen-muc/{c}/'>{n}</a></li>" for c, n in CATEGORIES.items())
    return (f"<!DOCTYPE html><html lang='vi'><head><meta charset='UTF-8'><title>{title} – Tin huyện X</title>"
            "<link rel='alternate' type='application/rss+xml' href='/feed/'></head>"
            f"<body class='wp-theme'><header class='site-header'><nav class='main-navigation'><ul>{menu}</ul></nav>"
            f"</header><div id='primary' class='content-area'><main id='main'>{body}</main></div>"
            "<aside class='widget-area'><section class='widget widget_archive'><a href='/2026/11/'>Tháng Mười Một 2026</a>"
            "</section><section class='widget widget_tag_cloud'><a href='/tag/thi-dua/'>thi đua</a></section></aside>"
            "<footer class='site-footer'>Tin huyện X – chạy trên WordPress</footer></body></html>")


def _article(cat: str, slug: str, day: int) -> str:
    paragraphs = "".join(
        f"<p>Đoạn {i}: các đại biểu thảo luận về kết quả phong trào thi đua yêu nước và những nhiệm vụ "
        "trọng tâm trong thời gian tới của huyện, với nhiều ý kiến tâm huyết.</p>" for i in range(1, 4))
    return _page(
        f"<article class='post type-post status-publish'><header class='entry-header'>"
        f"<h1 class='entry-title'>{title_of(slug)}</h1><div class='entry-meta'><span class='posted-on'>"
        f"<time class='entry-date published' datetime='2026-11-{day:02d}T09:15:00+07:00'>{day:02d}/11/2026</time>"
        "</span> <span class='byline'>bởi <span class='author vcard'><a class='url fn n' href='/author/thu-trang/'>"
        "Thu Trang</a></span></span></div></header>"
        f"<div class='entry-content'>{paragraphs}</div><footer class='entry-footer'><span class='cat-links'>"
        f"<a href='/chuyen-muc/{cat}/' rel='category tag'>{CATEGORIES[cat]}</a></span></footer></article>"
        "<div id='comments' class='comments-area'><div id='respond'><h3>Trả lời</h3><form action='/wp-comments-post.php'>"
        "<textarea name='comment'></textarea></form></div></div>", title_of(slug))


def _listing(cat: str, page: int) -> str | None:
    items = ARTICLES[cat][(page - 1) * PER_PAGE: page * PER_PAGE]
    if not items:
        return None
    posts = "".join(f"<article class='post'><h2 class='entry-title'><a href='{path_of(s, d)}'>{title_of(s)}</a></h2>"
                    f"<a href='/2026/11/{d:02d}/'>{d:02d}/11/2026</a></article>" for s, d in items)
    nav = f"<a class='next page-numbers' href='/chuyen-muc/{cat}/page/{page + 1}/'>Trang sau</a>" \
        if page * PER_PAGE < len(ARTICLES[cat]) else ""
    return _page(f"<h1 class='page-title'>{CATEGORIES[cat]}</h1>{posts}<nav class='pagination'>{nav}</nav>",
                 CATEGORIES[cat])


def _answer(path: str) -> tuple[int, str]:
    parts = [p for p in path.split("/") if p]
    if path == "/":
        latest = [(c, *ARTICLES[c][0]) for c in CATEGORIES]
        return 200, _page("".join(f"<h2 class='entry-title'><a href='{path_of(s, d)}'>{title_of(s)}</a></h2>"
                                  for _, s, d in latest), "Trang chủ")
    if len(parts) >= 2 and parts[0] == "chuyen-muc" and parts[1] in CATEGORIES:
        page = int(parts[3]) if len(parts) == 4 and parts[2] == "page" and parts[3].isdigit() else 1
        body = _listing(parts[1], page)
        return (200, body) if body else (404, "")
    for cat, items in ARTICLES.items():
        for slug, day in items:
            if path == path_of(slug, day):
                return 200, _article(cat, slug, day)
    return 404, ""


def _served(path: str, _query: str) -> tuple[int, str, str]:
    if path == "/robots.txt":
        return 200, "User-agent: *\nDisallow: /wp-admin/\n", "text/plain"
    code, body = _answer(path)
    return code, body or "<html><body>Không tìm thấy trang</body></html>", "text/html"


class WordPressSite(LoopbackSite):
    """Serves the site on 127.0.0.1 and records every request's path."""

    def __init__(self) -> None:
        super().__init__(_served)
