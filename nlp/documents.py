"""Documents: Chỉ thị / Nghị quyết / Kế hoạch / Quyết định / Luật / Thông tư / Nghị định …

A document needs a number ("Chỉ thị 05", "số 125/KH-UBND", "05-CT/TW") or a subject after "về";
"của <issuer>" is read from the organisation mentions. Its quoted subject ("về “Đẩy mạnh học tập
và làm theo …”") is returned as ``subject`` and is not a campaign mention (see the campaigns package, nlp/campaigns/).
"""

from __future__ import annotations

import re

from baochi.nlp.model import DocumentMention, OrganisationMention
from baochi.nlp.quotes import Quote
from baochi.nlp.tokens import TextView

_KINDS = (
    "Nghị quyết liên tịch|Thông tư liên tịch|Chương trình hành động|Chỉ thị|Nghị quyết|Kế hoạch|"
    "Quyết định|Luật|Thông tư|Nghị định|Công văn|Hướng dẫn|Kết luận|Quy định|Thông báo|Đề án|"
    "Công điện|Pháp lệnh"
)
_DOC = re.compile(
    rf"(?<![^\W_])(?P<kind>{_KINDS})(?![^\W_])"
    r"(?:\s+(?:số\s+)?(?P<num>\d{1,5}(?:[/\-][0-9A-ZĐa-zđ&]+)*))?"
    r"(?:\s*,?\s+ngày\s+\d{1,2}\s*[/\-.]\s*\d{1,2}\s*[/\-.]\s*\d{4})?",
    re.IGNORECASE,
)
_LAW_NAME = re.compile(r"\s+(?P<name>[A-ZĐÀ-Ỹ][^\s,.;:()“”\"]*(?:(?:,\s+|\s+)(?!năm\b|số\b|được\b|đã\b|và\b|có\b|của\b|quy\b|về\b|do\b)[^\s,.;:()“”\"]+){0,6})")
_OF = re.compile(r"\s+của\s+")
_ABOUT = re.compile(r"\s+về\s+(?:việc\s+)?")
_CLAUSE_END = re.compile(r"[.;:!?()\n]|,\s+(?:góp|nhằm|đồng\s+thời|gắn|tạo)|\s+(?:gắn\s+với|nhằm|để)\s")


def extract(view: TextView, orgs: list[OrganisationMention], quotes: list[Quote]
            ) -> list[DocumentMention]:
    text, tn = view.text, view.tn
    org_at = {o.start: o for o in orgs}
    quote_at = {q.open_start: q for q in quotes}
    out: list[DocumentMention] = []
    for m in _DOC.finditer(tn):
        kind_s = m.group("kind")
        capital = text[m.start()].isupper()
        num = m.group("num")
        end = m.end()
        name = None
        if num is None and kind_s.lower() == "luật" and capital:
            ln = _LAW_NAME.match(text, end)
            if ln:
                name = ln.group("name")
                end = ln.end()
        issuer = None
        o = _OF.match(tn, end)
        if o and o.end() in org_at:
            org = org_at[o.end()]
            issuer = org.name
            end = org.end
        subject = None
        a = _ABOUT.match(tn, end)
        if a:
            pos = a.end()
            q = quote_at.get(pos)
            if q:
                subject = text[q.start:q.end]
                end = q.close_end
            elif num or issuer:
                stop = _CLAUSE_END.search(text, pos, min(len(text), pos + 200))
                stop_at = stop.start() if stop else min(len(text), pos + 200)
                if stop_at - pos >= 3:
                    subject = text[pos:stop_at].strip()
                    end = pos + len(text[pos:stop_at].rstrip())
        if not (num or subject or name or (issuer and capital)):
            continue
        if not capital and not num:
            continue
        number = num
        if name and not number:
            number = None
        out.append(DocumentMention(
            surface=text[m.start():end], start=m.start(), end=end,
            sentence=view.sentence_of(m.start()), kind=kind_s.lower(), number=number,
            issuer=issuer, subject=subject if subject else (name if name else None),
        ))
    return out
