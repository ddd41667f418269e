"""Pass: charity groups and clubs named by a quoted name where the sentence makes them an actor
or a party ("do Câu lạc bộ “…” quyên góp", "Hội CTĐ tỉnh và Câu lạc bộ “…” (Hà Nội) đã đến
thăm", "từ tổ chức thiện nguyện “…”"): one body each, named by its head and its name without the
quotes. A quoted club is also the name of a model or a contest's theme ("Hội Phụ nữ xã A, B
duy trì Câu lạc bộ “…”", "hội thi Câu lạc bộ “…”", GUIDE): a club or a bare group is read only
as the actor or party (a function word before it, a bracketed place or an action after it),
never after the words that make it a model, and a charity group (``tổ chức``/``nhóm thiện
nguyện``) wherever it is written. A club written with its hamlet ("CLB “…” thôn 6") has a place
of its own: a body wherever it is written, named with its hamlet and the commune the paragraph
(or the page) names for it."""

from __future__ import annotations

import re

from baochi.nlp.organisations.bodies import Body
from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.placing import read_place

_GROUP = re.compile(
    r"(?<![^\W_])(?P<head>Câu\s+lạc\s+bộ|CLB|[Nn]hóm(?P<charity1>\s+(?:thiện\s+nguyện|từ\s+thiện))?|"
    r"[Tt]ổ\s+chức\s+(?P<charity2>thiện\s+nguyện|từ\s+thiện)|"
    # a charity party visiting ("Đoàn từ thiện “…” trao quà")
    r"[Đđ]oàn\s+(?P<charity3>thiện\s+nguyện|từ\s+thiện))"
    r"\s*[“\"](?P<name>[^“”\"\n]{3,80}?)[”\"]")
# the club or group as an actor or a party: a function word before it (a club opening its
# sentence may be a model described: "Câu lạc bộ “Nông dân sản xuất giỏi” của xã có …")
_ACTOR_BEFORE = re.compile(r"(?<![^\W_])(?:do|của|và|với|cùng|từ|bởi)\s+$")
# … or a bracketed place or an action after it
_ACTOR_AFTER = re.compile(r"\s*(?:\([^()\n]{2,30}\)|(?:đã|vừa|đến|tổ\s+chức|trao|tặng|quyên\s+góp|"
                          r"phối\s+hợp|hỗ\s+trợ|ủng\s+hộ|thăm)(?![^\W_]))")
# words that make a quoted club a model, a contest's theme or a thing being set up
_MODEL_BEFORE = re.compile(r"(?<![^\W_])(?:mô\s+hình|duy\s+trì|thành\s+lập|ra\s+mắt|xây\s+dựng|"
                           r"nhân\s+rộng|hội\s+thi|cuộc\s+thi)(?![^\W_])", re.I)
# a plural right before it: clubs of that name in several places ("các Câu lạc bộ “…”")
_PLURAL_BEFORE = re.compile(r"(?<![^\W_])(?:các|những|nhiều|mỗi)\s+$", re.I)
# … or after it, a club being set up ("Câu lạc bộ “…” vừa được ra mắt tại thôn X")
_SET_UP_AFTER = re.compile(r"\s*(?:(?:vừa|đã|mới)\s+)?(?:được\s+)?(?:ra\s+mắt|thành\s+lập)(?![^\W_])")
_HEADS = {"câu lạc bộ": "Câu lạc bộ", "clb": "Câu lạc bộ", "nhóm": "Nhóm"}
# a hamlet right after the quoted name: the club's own place ("CLB “…” thôn 6", "… ấp Tân Lợi")
_HAMLET_AFTER = re.compile(
    r"\s+(?P<hamlet>(?:thôn|ấp|bản|xóm|buôn|làng|khu\s+phố|tổ\s+dân\s+phố)\s+"
    r"(?:\d+[A-Za-z]?|(?-i:[A-ZĐ])[^\W\d_]*(?:\s+(?-i:[A-ZĐ])[^\W\d_]*){0,3}))(?![^\W_])")


def pass_quoted_groups(ctx: Ctx) -> None:
    """Clubs and charity groups of a quoted name (module docstring)."""
    text = ctx.text
    if "“" not in text and '"' not in text:
        return
    if "lạc bộ" not in text and "CLB" not in text and "hóm" not in text \
            and "thiện" not in text:  # "từ thiện", "thiện nguyện": the charity groups
        return
    for m in _GROUP.finditer(text):
        charity = m.group("charity1") or m.group("charity2") or m.group("charity3")
        name = re.sub(r"\s+", " ", m.group("name")).strip()
        if not name or not name[0].isupper():
            continue
        if _MODEL_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or _PLURAL_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                or _SET_UP_AFTER.match(text, m.end()):
            continue
        hamlet = None if charity else _HAMLET_AFTER.match(text, m.end())
        if not charity and hamlet is None \
                and not (_ACTOR_BEFORE.search(text, max(0, m.start() - 12), m.start())
                         or _ACTOR_AFTER.match(text, m.end())):
            continue
        head = re.sub(r"\s+", " ", m.group("head"))
        head = head[0].upper() + head[1:] if charity else _HEADS[head.lower()]
        if hamlet is not None:
            _hamlet_club(ctx, m.start(), hamlet, f"{head} {name}")
            continue
        ctx.add(m.start(), m.end(), f"{head} {name}", None, None, "đơn vị", 2, known=False)


def _hamlet_club(ctx: Ctx, start: int, hamlet: re.Match, club: str) -> None:
    """A club with its hamlet: the hamlet's commune written right after it, else the one the
    resolver finds for a commune's body written without its place (earlier text, the page)."""
    name = club + " " + re.sub(r"\s+", " ", hamlet.group("hamlet"))
    body = Body(name, None, "đơn vị", "")
    place = read_place(ctx.view, hamlet.end(), ctx.cat, ctx.source_province,
                       allow_bare_province=False)
    if place is not None and place.place and place.level in ("xã", "phường", "thị trấn"):
        ctx.add(start, hamlet.end(), f"{name} {place.level} {place.place}", None,
                place.province, "đơn vị", 2, known=False)
        return
    ctx.cands.append(Cand(start, hamlet.end(), name, None, ctx.source_province, "đơn vị", 2, body,
                          "xã", None, known=False))
