"""A body written again by its head word alone after its full name in the same paragraph (read
after the resolver, over the chosen mentions): a steering or organising board ("Ban Chỉ đạo
tổng kết … Chỉ thị số … Trên cơ sở đó, Ban Chỉ đạo …"), a State group ("EVN … nhiệm vụ của Tập
đoàn"), a guild hall ("Hội quán X … Hội quán đã …"), a bank's transaction office ("Phòng giao
dịch Ngân hàng … huyện X … gửi tại Phòng giao dịch"): the one body of the paragraph with that head, where the sentence makes it an actor or a
party (after a function word, a title, a mark or at a sentence's start), never before a name, a
level or a grouping, nor when two bodies of the paragraph have that head. A lone "Hội" is the
one association of the paragraph named in full before it (GUIDE), read more narrowly
(``lone_association_repeats``): at a sentence's or clause's start or after a function word or a
chair's title, and before a verb or a mark ("… Hội Nông dân xã X … . Hội đã xây dựng …",
"sự phát triển của Hội."); never where the paragraph writes another association, a grouping
or the mass organisations at large ("Đoàn, Hội"), nor as the first syllable of a word ("Hội
nghị", "Hội thảo") or of a name written in lower case ("Hội nông dân các cấp"). The Party committee of a national association whose secretary chairs it ("Bí thư Đảng ủy,
Chủ tịch Hội Luật gia Việt Nam") is that association's."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from baochi.nlp.catalogues import load
from baochi.nlp.organisations.candidates import Cand
from baochi.nlp.tokens import TextView

# head word written bare -> the heads of the names it stands for
_HEADS = {"Ban Chỉ đạo": ("Ban Chỉ đạo ",), "Ban chỉ đạo": ("Ban Chỉ đạo ",),
          "Ban Tổ chức": ("Ban Tổ chức ",), "Tập đoàn": ("Tập đoàn ",),
          "Hội quán": ("Hội quán ",), "Phòng giao dịch": ("Phòng giao dịch ",)}
_BARE = re.compile(r"(?<![^\W_])(?P<head>Ban\s+[Cc]hỉ\s+đạo|Ban\s+Tổ\s+chức|Tập\s+đoàn|Hội\s+quán|"
                   r"Phòng\s+giao\s+dịch)(?![^\W_])")
_BEFORE = re.compile(
    r"(?:(?<![^\W_])(?:(?i:do|để|của|với|và|cho|cùng|từ|tại|là|thuộc|giúp|theo|phối\s+hợp)|"
    r"Trưởng|Phó\s+Trưởng|Chủ\s+tịch|Phó\s+Chủ\s+tịch|Tổng\s+Giám\s+đốc|lãnh\s+đạo|đại\s+diện|"
    r"thành\s+viên|hội\s+viên|anh\s+chị|cán\s+bộ|đồng\s+chí)|[,.;:(\-–“\"])\s+$|^\s*$")
# what a bare head may not run into: a name, a number, a quote, a level, a grouping, an event's
# second word ("Hội nghị", "Hội thi"), a word that makes the head a common noun
_AFTER_NOT = re.compile(
    r"\s*[“\"(\d]|\s+(?:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]|(?:tỉnh|thành\s+phố|TP|huyện|"
    r"thị\s+xã|quận|xã|phường|thị\s+trấn|các|cấp|cơ\s+sở|nghị|thi|thao|diễn|chợ|trại|giảng|khỏe|"
    r"khoẻ|đồng|viên|quán|họp|ngộ|làng|xuân|hoa|sách|báo|chỉ\s+đạo|liên\s+ngành|trưởng|"
    r"này|đó|kia|nào|mới|tỉnh|mình|ta)(?![^\W_]))")


@cache
def _group_sites() -> dict[str, str]:
    """Host label -> State group, of the groups' own sites (``[names] group_sites``)."""
    return dict(load("organisations").get("names", {}).get("group_sites", {}))


def _site_group(address: str | None) -> str | None:
    host = (address or "").strip().lower().split("://", 1)[-1].split("/", 1)[0]
    return _group_sites().get(host.removeprefix("www.").split(".", 1)[0]) if host else None


def bare_head_repeats(view: TextView, chosen: list[Cand],
                      address: str | None = None) -> list[Cand]:
    """``chosen`` with the bare heads of its bodies added (module docstring); on a State
    group's own site (``address``) a bare "Tập đoàn" is that group. Work: one scan for the
    heads, in paragraphs that name such a body or on such a site."""
    chosen = lone_association_repeats(view, chosen)
    text = view.text
    if not any(c.name.startswith(("Ban Chỉ đạo ", "Ban Tổ chức ", "Tập đoàn ", "Hội quán ",
                                  "Phòng giao dịch ")) for c in chosen) \
            and _site_group(address) is None:
        return chosen
    taken = [(c.start, c.end) for c in chosen]
    added: list[Cand] = []
    for m in _BARE.finditer(text):
        head = re.sub(r"\s+", " ", m.group("head"))
        if any(a < m.end() and m.start() < b for a, b in taken) \
                or _AFTER_NOT.match(text, m.end()) \
                or _BEFORE.search(text, max(0, m.start() - 24), m.start()) is None:
            continue
        prefixes = _HEADS[head if head in _HEADS else head[:4] + head[4:].capitalize()]
        earlier = [c for c in chosen if c.end <= m.start() and c.name.startswith(prefixes)]
        if not earlier and head == "Tập đoàn" and (group := _site_group(address)) is not None:
            # a group's own site ("evn.com.vn"): its bare "Tập đoàn" is that group (GUIDE)
            added.append(Cand(m.start(), m.end(), group, None, None, "doanh nghiệp", 1))
            taken.append((m.start(), m.end()))
            continue
        if len({c.name for c in earlier}) != 1:
            continue
        added.append(replace(earlier[0], start=m.start(), end=m.end(), acronym=None))
        taken.append((m.start(), m.end()))
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen


_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ"
# a lone "Hội": the word alone, not a name's first word ("Hội An", "Hội LHPN")
_LONE = re.compile(rf"(?<![^\W_])Hội(?![^\W_])(?!\s*[{_UPPER}&(\d])")
# an association's name ("Hội Nông dân …", never "Hội đồng …") inside a chosen name
_ASSOCIATION_IN_NAME = re.compile(rf"(?<![^\W_])Hội [{_UPPER}]")
# another association written in the text (a grouping "các cấp Hội Phụ nữ huyện", an
# association named in lower case "Hội nông dân các cấp")
_ANY_ASSOCIATION = re.compile(
    rf"(?<![^\W_])Hội\s+(?:[{_UPPER}]|(?:nông|phụ|người|khuyến|cựu|chữ|liên|luật|văn|nhà|"
    r"doanh|sinh|nạn|thanh|bảo|làm|cha|đông|y|khoa|kế|giáo|người)(?![^\W_]))")
# the rest of a grouping of the associations of OTHER places ("Hội Nông dân các tỉnh bạn",
# "Hội Phụ nữ các huyện khác"): a partner of the one association, never the lone "Hội" itself
_OTHER_PLACES = re.compile(
    r"[^\W\d]*(?:\s+[^\W\d\s]+){0,3}?\s+(?:các\s+)?(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|"
    r"phường|địa\s+phương)\s+(?:bạn|khác|lân\s+cận)(?![^\W_])")
# before a lone "Hội" that the sentence makes an actor or a party: a sentence's or clause's
# start, a function word, a chair's title
_LONE_BEFORE = re.compile(
    r"(?:(?:^|[.!?…;:,]|\.\.\.)\s*|(?<![^\W_])(?:do|của|với|cho|cùng|giúp|thuộc|"
    r"[Cc]hủ\s+tịch|Phó\s+[Cc]hủ\s+tịch|[Ll]ãnh\s+đạo|[Đđ]ại\s+diện|Thường\s+trực)\s+)$")
# after it: a mark, or a verb or an adverb of the clause it is the subject of
_LONE_AFTER = re.compile(
    r"\s*(?:[.,;:!?)…]|$)|\s+(?:đã|đang|sẽ|còn|luôn|cũng|vẫn|tiếp\s+tục|thường\s+xuyên|"
    r"tự|chủ\s+động|tích\s+cực|phối\s+hợp|triển\s+khai|tổ\s+chức|phát\s+động|vận\s+động|"
    r"ra\s+mắt|thực\s+hiện|chăm\s+lo|quan\s+tâm|trao|tặng|hỗ\s+trợ|duy\s+trì|kết\s+nạp|"
    r"xây\s+dựng|nhận|đề\s+ra|đề\s+xuất|kiến\s+nghị|tham\s+gia|tập\s+hợp|làm|mở|"
    r"phát\s+huy|đẩy\s+mạnh|góp\s+phần|giới\s+thiệu|ký\s+kết|thành\s+lập|chỉ\s+đạo|"
    # a chair's words ("Chủ tịch Hội cho biết"): the association is a party
    r"cho\s+biết|chia\s+sẻ|phát\s+biểu|nhấn\s+mạnh|khẳng\s+định|thông\s+tin)"
    r"(?![^\W_])")
# the mass organisations at large written side by side ("cán bộ Đoàn, Hội, Đội")
_UNIONS_SIDE_BY_SIDE = re.compile(r"(?:Đoàn|Đội|Hội)\s*(?:[,\-–/]|và)\s*$")
_UNIONS_NEXT = re.compile(r"\s*(?:[,\-–/]|và)\s*(?:Đoàn|Đội)(?![^\W_])")


def lone_association_repeats(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """A lone "Hội" after the one association the paragraph names in full (module docstring):
    that association again. Work: a substring test, then one scan of the lone word in
    paragraphs naming exactly one association."""
    text = view.text
    if "Hội" not in text:
        return chosen
    names = {c.name for c in chosen if _ASSOCIATION_IN_NAME.search(c.name)}
    full = [c for c in chosen if c.name.startswith("Hội ") and _ASSOCIATION_IN_NAME.match(c.name)]
    if len({c.name for c in full}) != 1 \
            or any(n[n.find("Hội "):] != full[0].name for n in names):
        return chosen
    first = full[0]
    spans = [(c.start, c.end) for c in chosen]
    if any(not any(a <= m.start() < b for a, b in spans)
           and _OTHER_PLACES.match(text, m.end()) is None
           for m in _ANY_ASSOCIATION.finditer(text)):
        return chosen  # another association, or a grouping, written in the paragraph
    added: list[Cand] = []
    for m in _LONE.finditer(text, first.end):
        at, end = m.start(), m.end()
        if any(a < end and at < b for a, b in spans) \
                or _LONE_BEFORE.search(text[max(0, at - 24):at]) is None \
                or _LONE_AFTER.match(text, end) is None \
                or _UNIONS_SIDE_BY_SIDE.search(text[max(0, at - 8):at]) \
                or _UNIONS_NEXT.match(text, end):
            continue
        added.append(replace(first, start=at, end=end, acronym=None))
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen


_ASSOCIATION_SECRETARY = re.compile(
    r"(?<![^\W_])Bí\s+thư\s+(?P<unit>Đảng\s+ủy|Đảng\s+đoàn),\s+(?:Phó\s+)?Chủ\s+tịch\s+")


def association_committees(view: TextView, chosen: list[Cand]) -> list[Cand]:
    """"Bí thư Đảng ủy, Chủ tịch Hội X Việt Nam": the national association's Party committee."""
    text = view.text
    if "Bí thư" not in text:
        return chosen
    added: list[Cand] = []
    for m in _ASSOCIATION_SECRETARY.finditer(text):
        body = next((c for c in chosen if c.start == m.end()), None)
        if body is None or body.province is not None or not body.name.startswith("Hội ") \
                or any(c.start <= m.start("unit") < c.end for c in chosen):
            continue
        unit = re.sub(r"\s+", " ", m.group("unit"))
        added.append(replace(body, start=m.start("unit"), end=m.end("unit"),
                             name=f"{unit} {body.name}", acronym=None, kind="đảng"))
    return sorted([*chosen, *added], key=lambda c: c.start) if added else chosen
