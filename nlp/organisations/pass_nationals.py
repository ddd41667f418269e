"""Passes: national bodies named by their sector ("Công đoàn Giáo dục Việt Nam", "Tập đoàn Dầu
khí Việt Nam", "Giáo hội Công giáo Việt Nam"), their short form defined inside the name ("Công
đoàn Y tế (CĐYT) Việt Nam … CĐYT Việt Nam"), and the central organs of a national association
written with a bare "Hội" ("Ban Chấp hành Trung ương Hội", "T.Ư Hội"): the association the
paragraph names, never the Party's Central Committee."""

from __future__ import annotations

import re

from baochi.nlp.organisations.candidates import Cand, Ctx
from baochi.nlp.organisations.names import CLAUSE_WORDS, NOT_IN_NAME, TITLE_WORDS, lexicon_run
from baochi.nlp.organisations.words import skey

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
# a second body inside what looked like one name ("Công đoàn Dệt may và Công đoàn Da giày Việt
# Nam"): the name is the second one's only
_NEXT_BODY = re.compile(r"(?:,|\s(?:và|cùng|với))\s+(?:Công\s+đoàn|Tập\s+đoàn|Tổng\s+công\s+ty|"
                        r"Giáo\s+hội|Hội|Liên|Ban|Sở|Bộ|Ủy|Trung\s+tâm)(?![^\W_])")
# lower-case words a sector's name never holds: a clause ran up to "Việt Nam" ("Tập đoàn Samsung
# đầu tư vào Việt Nam")
_NOT_FIELD = frozenset(("vào", "ra", "tại", "ở", "với", "cho", "của", "từ", "đến", "tới", "trên",
                        "trong", "sang", "về", "qua", "khắp", "toàn", "đã", "đang", "sẽ", "được",
                        "bị", "là", "có", "những", "nhiều", "mọi"))


def _field_words(topic: str) -> bool:
    """Whether a sector's topic reads as a field: its lower-case runs hold no clause word, and
    a run of four syllables or more is a lexicon phrase."""
    run: list[str] = []
    for word in [*re.findall(r"[^\W\d_]+", topic), "X"]:
        if word[0].islower() and word != "và":
            if word in _NOT_FIELD:
                return False
            run.append(word)
            continue
        if len(run) >= 4 and not lexicon_run(run):
            return False
        run = []
    return True


_SECTOR_HINTS = ("Công đoàn", "Tập đoàn", "Tổng công ty", "Giáo hội", "Hội thánh", "Hội Thánh")


def pass_sector_nationals(ctx: Ctx) -> None:
    """National bodies named by their sector and "Việt Nam" (``_SECTOR_NATIONAL``); an acronym
    defined inside the name names the body again where it is written with "Việt Nam"."""
    text = ctx.text
    if "Việt Nam" not in text or not any(h in text for h in _SECTOR_HINTS):
        return
    pos = 0
    while (m := _SECTOR_NATIONAL.search(text, pos)) is not None:
        pos = m.end("head")  # a rejected reading may hold the next body
        topic = m.group("topic")
        if NOT_IN_NAME.search(topic) or CLAUSE_WORDS.search(topic.replace(" và ", " ")) \
                or TITLE_WORDS.search(topic) or _NEXT_BODY.search(topic) \
                or not _field_words(topic):
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
# khóa IV", "Ban Thường vụ Trung ương Hội", its standing unit "Thường trực T.Ư Hội", not a
# standing deputy's title "Phó Chủ tịch Thường trực"), or the association's centre ("T.Ư Hội
# phát động");
# a capitalised word after "Hội" names the association itself, read by pass_central_organs
_CENTRE = r"(?:Trung\s+ương|TƯ|T\.Ư|TW)"
_ASSOCIATION_ORGAN = re.compile(
    r"(?<![^\W_])(?:(?P<organ>Ban\s+Chấp\s+hành|BCH|Ban\s+Thường\s+vụ|BTV|Ban\s+Thường\s+trực|"
    r"Đoàn\s+Chủ\s+tịch|(?<!Ban )(?<!Phó Chủ tịch )(?<!Chủ tịch )(?<!Phó Bí thư )Thường\s+trực)\s+)?"
    + _CENTRE + r"\s+(?P<hoi>Hội)(?![^\W_])(?!\s+" + _CAP + r")"
    r"(?!\s+(?:nghị|thi|thao|diễn|chợ|trại|giảng|đồng)(?![^\W_]))")
_ORGANS = {"bch": "Ban Chấp hành", "btv": "Ban Thường vụ"}
# organs listed before it share its "Trung ương Hội" ("Đảng đoàn, Ban Thường vụ, Ban Chấp hành
# Trung ương Hội"): the association's Party group, its standing committee
_LISTED_ORGAN = re.compile(r"(?<![^\W_])(?P<organ>Đảng\s+đoàn|Ban\s+Thường\s+vụ|BTV|"
                           r"Ban\s+Thường\s+trực)\s*,\s*$")


_BRANCH_OF = re.compile(r"^(?P<body>Hội .+?) (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) ")


def _national_association(ctx: Ctx) -> str | None:
    """The one national association the paragraph names (read by the passes before)."""
    best: dict[tuple[int, int], Cand] = {}
    for c in ctx.cands:  # one reading per written span: the best ("Hội NCT" spelt out)
        if (c.start, c.end) not in best or c.priority > best[(c.start, c.end)].priority:
            best[(c.start, c.end)] = c
    names = {c.name for c in best.values() if c.province is None and c.name.startswith("Hội ")
             and c.name.endswith(" Việt Nam") and " Trung ương " not in c.name}
    names = {n for n in names if not any(o != n and o.endswith(" " + n) for o in names)}
    if not names:
        # only a branch named ("Hội Nông dân tỉnh X … Ban Chấp hành Trung ương Hội"): the
        # national association of that branch, when the catalogue holds it
        for c in best.values():
            m = _BRANCH_OF.match(c.name)
            national = ctx.cat.by_key.get(skey(m.group("body") + " Việt Nam")) if m else None
            if national is not None and national.national:
                names.add(national.name)
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


# a national organisation written bare where nothing else can be meant: "<org> ta" ("Đoàn ta
# ngày một trưởng thành": our Union), or its founding anniversary with its founding day written
# as the occasion's day ("ngày thành lập Đoàn 26/3", "… Đội 15-5"); a bare "ngày thành lập
# Đoàn" alone, or with its years in brackets ("(26/3/1931 - 26/3/2019)"), is the occasion; the
# Party written bare ("của Đảng", "Đảng ta") is labelled nowhere in the set and is not read
_OURS = re.compile(r"(?<![^\W_])(?P<org>Đoàn|Đội)\s+ta(?![^\W_])")
_FOUNDED_ON = re.compile(
    r"(?<![^\W_])(?:ngày|năm)\s+thành\s+lập\s+(?:(?P<doan>Đoàn)(?=\s+26\s*[-–/.]\s*0?3(?!\d))|"
    r"(?P<doi>Đội)(?=\s+15\s*[-–/.]\s*0?5(?!\d)))")
_NATIONALS = {"Đoàn": ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "đoàn thể"),
              "Đội": ("Đội Thiếu niên Tiền phong Hồ Chí Minh", "đoàn thể")}


def pass_our_organisations(ctx: Ctx) -> None:
    """"Đoàn ta", "ngày thành lập Đoàn 26/3": the national organisation (``_OURS``,
    ``_FOUNDED_ON``), one mention of its bare word."""
    text = ctx.text
    if " ta" not in text and "thành lập" not in text:
        return
    found = [(m.start("org"), m.end("org"), m.group("org")) for m in _OURS.finditer(text)]
    found += [(m.start(g), m.end(g), m.group(g)) for m in _FOUNDED_ON.finditer(text)
              for g in ("doan", "doi") if m.group(g)]
    for start, end, org in found:
        name, kind = _NATIONALS[org]
        ctx.add(start, end, name, None, None, kind, 2)


# a bare "Trung ương" as the actor of a Party decision ("các văn kiện của Trung ương trình Đại
# hội", "Trung ương đã ban hành Nghị quyết …"): the Party's Central Committee; after a function
# word or a mark only (a body's name ending "Trung ương" is read by the catalogue), never a level
# ("cấp Trung ương", "từ Trung ương đến địa phương")
_CENTRE_ACTS = re.compile(
    r"(?:(?<=\bcủa\s)|(?<=\bdo\s)|(?<=\bvà\s)|(?<=[,.;:]\s)|^)Trung\s+ương"
    r"(?=\s+(?:đã\s+|vừa\s+|sẽ\s+)?(?:ban\s+hành|trình|quyết\s+định|thông\s+qua|kết\s+luận|"
    r"chỉ\s+đạo|xác\s+định|đề\s+ra)(?![^\W_]))")


def pass_central_committee_acts(ctx: Ctx) -> None:
    """"… của Trung ương trình Đại hội" (``_CENTRE_ACTS``): the Party's Central Committee."""
    if "Trung ương" not in ctx.text:
        return
    for m in _CENTRE_ACTS.finditer(ctx.text):
        ctx.add(m.start(), m.end(), "Ban Chấp hành Trung ương Đảng", None, None, "đảng", 1)
