"""Passes: national bodies named by their sector ("Công đoàn Giáo dục Việt Nam", "Tập đoàn Dầu
khí Việt Nam", "Giáo hội Công giáo Việt Nam"), their short form defined inside the name ("Công
đoàn Y tế (CĐYT) Việt Nam … CĐYT Việt Nam"), and the central organs of a national association
written with a bare "Hội" ("Ban Chấp hành Trung ương Hội", "T.Ư Hội"): the association the
paragraph names, never the Party's Central Committee."""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.names import CLAUSE_WORDS, NOT_IN_NAME, TITLE_WORDS

_CAP = "(?-i:[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])"
_LEVEL_WORD = (r"(?:tỉnh|huyện|[Tt]hành\s+phố|thị\s+xã|quận|xã|phường|thị\s+trấn|TP|các|cấp)"
               r"(?![^\W_])")

# a national body named by its sector, up to "Việt Nam": the trade union of a sector, a State
# economic group or corporation, a church; an acronym of the words before "Việt Nam" may stand
# in brackets before it ("Công đoàn Giáo dục (CĐGD) Việt Nam")
_SECTOR_NATIONAL = re.compile(
    r"(?<![^\W_])(?P<head>Công\s+đoàn|Tập\s+đoàn|Tổng\s+công\s+ty|Giáo\s+hội|Hội\s+[Tt]hánh)"
    r"(?P<topic>\s+" + _CAP + r"[^\W\d_]*(?:(?:,?\s+|\s*[-–]\s*|\s*&\s*)(?!" + _LEVEL_WORD
    + r"|Việt\s+Nam)[^\W\d_]+){0,7}?)"
    r"(?:\s+\((?P<acr>" + _CAP + r"[A-ZĐ&.\-]{1,9})\))?\s+Việt\s+Nam(?![^\W_])"
    r"(?!\s+" + _LEVEL_WORD + r")")
_KINDS = {"công đoàn": "đoàn thể", "tập đoàn": "doanh nghiệp", "tổng công ty": "doanh nghiệp",
          "giáo hội": "tôn giáo", "hội thánh": "tôn giáo"}
_SECTOR_HINTS = ("Công đoàn", "Tập đoàn", "Tổng công ty", "Giáo hội", "Hội thánh", "Hội Thánh")


def pass_sector_nationals(ctx: Ctx) -> None:
    """National bodies named by their sector and "Việt Nam" (``_SECTOR_NATIONAL``); an acronym
    defined inside the name names the body again where it is written with "Việt Nam"."""
    text = ctx.text
    if "Việt Nam" not in text or not any(h in text for h in _SECTOR_HINTS):
        return
    for m in _SECTOR_NATIONAL.finditer(text):
        topic = m.group("topic")
        if NOT_IN_NAME.search(topic) or CLAUSE_WORDS.search(topic.replace(" và ", " ")) \
                or TITLE_WORDS.search(topic):
            continue
        head = re.sub(r"\s+", " ", m.group("head"))
        head = "Hội thánh" if head.lower() == "hội thánh" else head
        name = re.sub(r"\s*[-–]\s*", " - ", re.sub(r"\s+", " ", f"{head}{topic} Việt Nam"))
        kind = _KINDS[head.lower()]
        ctx.add(m.start(), m.end(), name, None, None, kind, 1, known=False)
        acr = m.group("acr")
        if acr:
            for r in re.finditer(r"(?<![^\W_])" + re.escape(acr) + r"\s+Việt\s+Nam(?![^\W_])",
                                 text):
                if r.start() != m.start("acr"):
                    ctx.add(r.start(), r.end(), name, acr, None, kind, 3, known=False)


# a central organ of an association written with its head word alone ("Ban Chấp hành T.Ư Hội
# khóa IV", "Ban Thường vụ Trung ương Hội"), or the association's centre ("T.Ư Hội phát động");
# a capitalised word after "Hội" names the association itself, read by pass_central_organs
_CENTRE = r"(?:Trung\s+ương|TƯ|T\.Ư|TW)"
_ASSOCIATION_ORGAN = re.compile(
    r"(?<![^\W_])(?:(?P<organ>Ban\s+Chấp\s+hành|BCH|Ban\s+Thường\s+vụ|BTV|Ban\s+Thường\s+trực|"
    r"Đoàn\s+Chủ\s+tịch)\s+)?" + _CENTRE + r"\s+(?P<hoi>Hội)(?![^\W_])(?!\s+" + _CAP + r")"
    r"(?!\s+(?:nghị|thi|thao|diễn|chợ|trại|giảng|đồng)(?![^\W_]))")
_ORGANS = {"bch": "Ban Chấp hành", "btv": "Ban Thường vụ"}
# organs listed before it share its "Trung ương Hội" ("Đảng đoàn, Ban Thường vụ, Ban Chấp hành
# Trung ương Hội"): the association's Party group, its standing committee
_LISTED_ORGAN = re.compile(r"(?<![^\W_])(?P<organ>Đảng\s+đoàn|Ban\s+Thường\s+vụ|BTV|"
                           r"Ban\s+Thường\s+trực)\s*,\s*$")


def _national_association(ctx: Ctx) -> str | None:
    """The one national association the paragraph names (read by the passes before)."""
    names = {c.name for c in ctx.cands if c.province is None and c.name.startswith("Hội ")
             and c.name.endswith(" Việt Nam") and " Trung ương " not in c.name}
    names = {n for n in names if not any(o != n and o.endswith(" " + n) for o in names)}
    return names.pop() if len(names) == 1 else None


def pass_association_centre_organs(ctx: Ctx) -> None:
    """"Ban Chấp hành Trung ương Hội" (``_ASSOCIATION_ORGAN``) is the central organ of the
    national association the paragraph names; with no such association (or two) it names no
    body the text makes clear, and the Party's Central Committee is not read from it either."""
    text = ctx.text
    if "Hội" not in text or not any(w in text for w in ("Trung ương", "TƯ", "T.Ư", "TW")):
        return
    assoc: str | None = None
    asked = False
    for m in _ASSOCIATION_ORGAN.finditer(text):
        if not asked:
            assoc, asked = _national_association(ctx), True
        organ_w = m.group("organ")
        organ = _ORGANS.get(organ_w.lower(), re.sub(r"\s+", " ", organ_w)) if organ_w else None
        if assoc is None:
            # no one association named: the Party's "Ban Chấp hành Trung ương" is not read
            # there either (a bare "T.Ư Hội" is left to the page's other readings)
            if organ is not None:
                ctx.cands.append(Cand(m.start(), m.end(), "", None, None, None, 5,
                                      needs_place=True))
            continue
        name = f"{organ} Trung ương {assoc}" if organ else assoc
        ctx.add(m.start(), m.end(), name, None, None, "đoàn thể", 5, known=False)
        if organ is None:
            continue
        pos = m.start()
        while (listed := _LISTED_ORGAN.search(text, max(0, pos - 24), pos)) is not None:
            word = re.sub(r"\s+", " ", listed.group("organ"))
            word = _ORGANS.get(word.lower(), word)
            other = f"Đảng đoàn {assoc}" if word == "Đảng đoàn" else f"{word} Trung ương {assoc}"
            ctx.add(listed.start("organ"), listed.end("organ"), other, None, None, "đoàn thể", 5,
                    known=False)
            pos = listed.start()


_SUFFIX_DASH = re.compile(r"[^\W_]\s*[-–]\s*$")


def pass_group_suffixes(ctx: Ctx) -> None:
    """A group's short form ending a subsidiary's name ("Công ty Than Mạo Khê - TKV") or opening
    a province's branch ("Petrolimex Nghệ An") is a word of that name: the group's reading there
    is dropped where a reading of the subsidiary or branch holds it (work: the one-word national
    readings)."""
    text = ctx.text
    drop = [c for c in ctx.cands
            if c.known and c.province is None and " " not in text[c.start:c.end]
            and ((_SUFFIX_DASH.search(text, max(0, c.start - 4), c.start)
                  and any(o.end == c.end and o.start < c.start - 2 for o in ctx.cands))
                 # or opening a province's branch named by it ("Petrolimex Nghệ An")
                 or any(o.start == c.start and o.end > c.end and o.province is not None
                        for o in ctx.cands))]
    if drop:
        ctx.cands[:] = [c for c in ctx.cands if not any(c is d for d in drop)]
