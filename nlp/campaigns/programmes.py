"""National target programmes after their certain head ("Chương trình MTQG …"): a
misspelt or reworded subject, and the subjects listed after one head.
"""

from __future__ import annotations

import re

from baochi.nlp.campaigns.candidates import _Ctx
from baochi.nlp.campaigns.reading import _CLAUSE_END
from baochi.nlp.campaigns.variants import canonical

_PROGRAMME_HEAD = re.compile(
    r"(?<![^\W_])(?:chương\s+trình\s+mục\s+tiêu\s+quốc\s+gia(?:\s*\(mtqg\))?|"
    r"chương\s+trình\s+mtqg|ct\s*mtqg)(?![^\W_])")


def _pass_programme_heads(ctx: _Ctx) -> None:
    """A national target programme whose subject is misspelt or reworded ("Chương trình MTQG
    về dựng NTM"): the head is certain, the subject is matched with ``fuzzy`` up to a word the
    catalogue's subjects end with, longest first."""
    view, fold = ctx.view, ctx.view.fold
    if "mtqg" not in fold and "mục tiêu quốc gia" not in fold:
        return
    for m in _PROGRAMME_HEAD.finditer(fold):
        a = m.start()
        if _programme_list(ctx, m.end()) or ctx.catalogue_at(a) or ctx.no_go.overlaps(a, m.end()):
            continue
        stop = _CLAUSE_END.search(ctx.text, m.end(), m.end() + 120)
        limit = stop.start() if stop else m.end() + 120
        i = view.syllable_index_at(m.end())
        ends = [b for (_s, b), w in zip(view.syllable_spans[i:i + 14],
                                        view.syllable_words[i:i + 14], strict=False)
                if b <= limit and w in ctx.idx.by_last]
        for b in reversed(ends):
            _name, kind, catalogued = canonical(ctx.text[a:b], True)
            if catalogued and kind == "chương trình":
                ctx.add(a, b, ctx.text[a:b], kind, 1, fuzzy=True)
                break


# the items of a list: runs of words between commas, semicolons and "và"
_LIST_PARTS = re.compile(r"[^\W_](?:[^,;]*?[^\W_])??(?=\s*(?:[,;]|\svà\s|$))")


_AND = re.compile(r"(?:và\s+)?")


_LIST_INTRO = re.compile(r"\s*(?:(?:gồm|là)\s*)?:\s*|\s+gồm\s+(?:có\s+)?")


def _programme_list(ctx: _Ctx, p: int) -> bool:
    """Programmes listed after one head ("3 Chương trình MTQG: xây dựng nông thôn mới, giảm
    nghèo bền vững và …"): each subject is its programme; True when the head opens a list."""
    intro = _LIST_INTRO.match(ctx.text, p)
    if intro is None:
        return False
    stop = _CLAUSE_END.search(ctx.text, intro.end(), intro.end() + 300)
    limit = stop.start() if stop else min(len(ctx.text), intro.end() + 300)
    for item in _LIST_PARTS.finditer(ctx.text, intro.end(), limit):
        a, b = item.start(), item.end()
        joined = _AND.match(ctx.text, a)  # always matches: the "và " is optional
        a += joined.end() - a if joined else 0
        name = f"Chương trình mục tiêu quốc gia {ctx.text[a:b]}"
        _name, kind, catalogued = canonical(name, True)
        if catalogued and kind == "chương trình" and not ctx.no_go.overlaps(a, b):
            ctx.add(a, b, name, kind, 2, fuzzy=True)
    return True


# a programme's subject defined as one ("Xác định xây dựng nông thôn mới là chương trình mục tiêu quốc
# gia rất quan trọng"): the subject written before "là (một) chương trình MTQG" is that programme,
# also defined as a campaign of the whole people after what else it is ("xây dựng NTM
# là nhiệm vụ trọng tâm, …, là cuộc vận động lớn, toàn diện"; a task alone defines none)
_DEFINED_AS_PROGRAMME = re.compile(
    r"\s+là\s+(?:một\s+)?(?:chương\s+trình\s+mục\s+tiêu\s+quốc\s+gia|chương\s+trình\s+mtqg|ctmtqg)"
    r"(?![^\W_])"
    r"|\s+là\s+(?:[^.;:!?“”\"]{0,160}?,\s*là\s+)?(?:một\s+)?cuộc\s+vận\s+động\s+(?:lớn|rộng\s+lớn|toàn\s+dân)"
    r"(?![^\W_])")


_NAMING_VERB = re.compile(r"(?<![^\W_])(?:gọi|tắt)$")


def _pass_defined_programmes(ctx: _Ctx) -> None:
    """A national target programme's subject followed by "là chương trình mục tiêu quốc gia"
    names the programme, as "chương trình" before it does."""
    view, fold = ctx.view, ctx.view.fold
    if " là chương trình" not in fold and " là một chương trình" not in fold and " là ctmtqg" not in fold \
            and "là cuộc vận động" not in fold and "là một cuộc vận động" not in fold:
        return
    for m in _DEFINED_AS_PROGRAMME.finditer(fold):
        b = m.start()
        if _NAMING_VERB.search(fold, max(0, b - 12), b):
            continue  # "(gọi tắt là Chương trình MTQG …)": a short name given, no subject defined
        i = view.syllable_index_at(max(0, b - 1))
        for j in range(max(0, i - 12), i + 1):
            a = view.syllable_spans[j][0]
            if a not in view.word_starts:
                continue  # "Xác định xây dựng …": the subject opens on a word, not inside one
            _name, kind, catalogued = canonical(f"Chương trình mục tiêu quốc gia {ctx.text[a:b]}", False)
            if catalogued and kind == "chương trình" and not ctx.no_go.overlaps(a, b):
                ctx.add(a, b, f"Chương trình mục tiêu quốc gia {ctx.text[a:b]}", kind, 1)
                break


# numbered programmes listed after one head ("chương trình 134, 135", "các Chương trình 134 và
# 30a"): the numbers after the first are programmes too
_NUMBERED_LIST = re.compile(
    r"(?<![^\W_])chương\s+trình\s+\d+[a-z]?(?![^\W_])(?P<rest>(?:\s*(?:,|và|,\s*và)\s*\d+[a-z]?(?![^\W_]))+)")
_LISTED_NUMBER = re.compile(r"\d+[a-z]?(?![^\W_])")


def _pass_numbered_programmes(ctx: _Ctx) -> None:
    """Each further number of a numbered list after one "chương trình" is its catalogued
    programme ("chương trình 134, 135": Chương trình 135 too)."""
    fold = ctx.view.fold
    if "chương trình" not in fold:
        return
    for m in _NUMBERED_LIST.finditer(fold):
        for n in _LISTED_NUMBER.finditer(fold, m.start("rest"), m.end("rest")):
            a, b = n.start(), n.end()
            name = f"Chương trình {ctx.text[a:b]}"
            _name, kind, catalogued = canonical(name, True)
            if catalogued and kind == "chương trình" and not ctx.no_go.overlaps(a, b):
                ctx.add(a, b, name, kind, 2)
