"""Movements cited inside a document's quoted subject with their own trigger: the subject of a
decision, plan or directive ("Quyết định … về “Đẩy mạnh phong trào học tập suốt đời trong gia
đình, dòng họ, cộng đồng, đơn vị giai đoạn 2021-2030”") is no campaign itself (``documents``), but
a singular "phong trào (thi đua)" or "cuộc vận động" written inside it names one, as it does
unquoted ("… về nâng cao hiệu quả phong trào thi đua “Dân vận khéo”"). The name runs from the
trigger to the document's scope ("giai đoạn …", "đến năm …", "năm …") or the end of the subject;
a catalogue name there is the catalogue's campaign. A subject without a trigger stays the
document's, even a catalogue name whole ("Nghị quyết … về “Chung sức xây dựng nông thôn mới”",
``tests/nlp/test_extractors.py``), and so does any subject a contest or prize is about ("Cuộc thi
tìm hiểu Kế hoạch … về “…”").
"""

from __future__ import annotations

import re

from baochi.nlp.campaigns.candidates import _Ctx
from baochi.nlp.campaigns.frames import _CONTEST_BEFORE
from baochi.nlp.campaigns.variants import canonical

_TITLE_TRIGGER = re.compile(
    r"(?<![^\W_])(?<!các\s)(?<!những\s)(?P<t>phong\s+trào(?:\s+thi\s+đua)?|cuộc\s+vận\s+động)\s+"
    r"(?=[^\W\d_])")
# the document's scope after the name: its years or period
_SCOPE = re.compile(r"\s*,?\s+(?:trong\s+)?(?:giai\s+đoạn|đến\s+năm|năm|thời\s+kỳ|nhiệm\s+kỳ|"
                    r"trên\s+địa\s+bàn)(?![^\W_])|\s*,?\s+\d")
# the emulation movement in general ("phong trào thi đua yêu nước trong tình hình mới"), no name
_GENERIC_LEAD = re.compile(r"(?:yêu\s+nước|thi\s+đua|khen\s+thưởng)(?![^\W_])")
# a contest or prize earlier in the clause, about the document ("Cuộc thi tìm hiểu Chỉ thị 05-CT/TW
# về “…”"): the quote is the contest's subject — unless a purpose comes between ("Cuộc thi nhằm
# đẩy mạnh tuyên truyền việc thực hiện Chỉ thị … về “…”": the document is the campaign's)
_CONTEST_CLAUSE = re.compile(r"(?<![^\W_])(?:(?:cuộc|hội)\s+thi(?!\s+đua)|giải\s+thưởng)(?![^\W_])"
                             r"(?:(?!\snhằm\s|\sđể\s)[^.;!?“”\"]){0,100}$")
_NAME_CHARS = re.compile(r"[^\W\d_]+(?:,?\s+[^\W\d_]+)*")


def _pass_titled_movements(ctx: _Ctx) -> None:
    """A singular trigger inside a document's quoted subject and the name after it."""
    if not ctx.subjects:
        return
    text, fold = ctx.text, ctx.view.fold
    for q in ctx.quotes:
        if (q.start, q.end) not in ctx.subjects \
                or _CONTEST_BEFORE.search(fold, max(0, q.open_start - 90), q.open_start) \
                or _CONTEST_CLAUSE.search(fold, max(0, q.open_start - 120), q.open_start):
            continue  # "Hội thi tìm hiểu Quyết định về “…”": the contest's subject
        for t in _TITLE_TRIGGER.finditer(fold, q.start, q.end):
            a = t.end()
            hit = ctx.catalogue_at(a)
            kind = "cuộc vận động" if t.group("t").startswith("cuộc") else "phong trào"
            scope = _SCOPE.search(fold, a, q.end)
            end = scope.start() if scope else q.end
            name = _NAME_CHARS.match(text, a, end)
            whole = name is not None and name.end() == len(text[:end].rstrip(" ,"))
            if hit and hit[0] <= q.end and not (
                    whole and name is not None and name.end() > hit[0]
                    and not canonical(text[a:name.end()], True)[2]):
                # the catalogue's name, unless short aims of its own follow it to the scope
                # ("… cộng đồng, đơn vị giai đoạn …": another movement, ``variants._longer_aim``)
                ctx.add(a, hit[0], text[a:hit[0]], hit[1].kind, 3, fuzzy=True)
                continue
            if name is None or not whole:
                continue
            words = text[a:name.end()].split()
            if 3 <= len(words) <= 20 and text[a].islower() \
                    and not _GENERIC_LEAD.match(fold, a):
                ctx.add(a, name.end(), text[a:name.end()], kind, 3, fuzzy=True)
