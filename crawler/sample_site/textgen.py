"""Assemble synthetic article text while recording every mention's exact offsets.

A `Builder` accumulates one field (title, lead or one body paragraph); slots append text and,
for mentions, a record with start/end into that string. Capitalisation at a sentence start is
applied after assembly at recorded positions (one character, same length), so offsets never
move. Surfaces are read back from the final string, which makes `surface == text[start:end]`
hold by construction.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from baochi.crawler.sample_site import dates as D
from baochi.crawler.sample_site import templates as T
from baochi.crawler.sample_site import vocab as V

SLOT = re.compile(r"\{(\w+)(?::(\w+))?\}")
MENTION_TYPES = ("campaigns", "organisations", "dates", "honours", "documents")
# the date expressions a template may ask for ({date:KIND}); each has a Composer._date_KIND
_DATE_KINDS = frozenset({"event", "day", "upcoming", "fullday", "month", "quarter", "half",
                         "year", "year_next", "plan_year", "yrange", "drange"})


class Builder:
    def __init__(self) -> None:
        self._parts: list[str] = []
        self._n = 0
        self._caps: list[int] = []
        self.mentions: list[tuple[str, int, int, dict]] = []

    @property
    def pos(self) -> int:
        return self._n

    def add(self, text: str) -> None:
        self._parts.append(text)
        self._n += len(text)

    def mark(self, mtype: str, surface: str, **attrs: object) -> None:
        start = self._n
        self.add(surface)
        self.mentions.append((mtype, start, self._n, attrs))

    def close(self, mtype: str, start: int, **attrs: object) -> None:
        self.mentions.append((mtype, start, self._n, attrs))

    def cap_at(self, pos: int) -> None:
        self._caps.append(pos)

    def text(self) -> str:
        chars = list("".join(self._parts))
        for pos in self._caps:
            if pos < len(chars):
                chars[pos] = chars[pos].upper()
        return "".join(chars)


@dataclass
class Field:
    text: str
    mentions: list[tuple[str, int, int, dict]]


@dataclass
class Ctx:
    rng: random.Random
    pub: datetime
    category: str
    main_campaign: V.Campaign | None
    main_org: V.Org
    event_day: date
    pool: list[V.Campaign]
    introduced: list[V.Campaign] = field(default_factory=list)  # in the current field
    orgs_seen: set[str] = field(default_factory=set)
    in_title: bool = False

    @property
    def today(self) -> date:
        return self.pub.date()


def lower_first(s: str) -> str:
    return s[:1].lower() + s[1:]


class Composer:
    """Fills templates for one article."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.rng = ctx.rng

    # ---- public ---------------------------------------------------------------------------
    def fill(self, template: str, *, reset: bool = True) -> Field:
        """Fill one template; `reset=False` keeps campaigns introduced earlier in the field."""
        b = Builder()
        if reset:
            self.ctx.introduced = []
        last = 0
        for m in SLOT.finditer(template):
            b.add(template[last:m.start()])
            name, arg = m.group(1), m.group(2)
            if name[0].isupper():
                b.cap_at(b.pos)
            getattr(self, "slot_" + name.lower())(b, arg)
            last = m.end()
        b.add(template[last:])
        text = b.text()
        assert text == unicodedata.normalize("NFC", text)
        assert "  " not in text and text == text.strip(), text
        return Field(text, b.mentions)

    # ---- quoting ---------------------------------------------------------------------------
    def _quotes(self) -> tuple[str, str]:
        r = self.rng.random()
        if r < 0.75:
            return "“", "”"
        if r < 0.92:
            return '"', '"'
        return '"', "”"  # mixed: straight opening, curly closing

    def _quoted(self, b: Builder, inner: str, mtype: str | None = None, **attrs: object) -> None:
        left, right = self._quotes()
        b.add(left)
        if mtype:
            b.mark(mtype, inner, **attrs)
        else:
            b.add(inner)
        b.add(right)

    # ---- campaigns -------------------------------------------------------------------------
    def _campaign_attrs(self, c: V.Campaign) -> dict:
        return {"name": c.name, "kind": c.kind, "catalogued": c.catalogued}

    def _variant(self, c: V.Campaign) -> str:
        variants, weights = c.all_variants()
        surface = self.rng.choices(variants, weights)[0]
        r = self.rng.random()
        if c.thi_dua_prefix and surface == c.name and r < 0.12:
            return "Thi đua " + lower_first(surface)
        if r > 0.9 and not surface.startswith(("Thanh Hóa", "Cả nước")):
            return lower_first(surface)
        return surface

    def _pick_campaign(self, arg: str | None) -> V.Campaign:
        ctx = self.ctx
        if (arg != "other" and ctx.main_campaign is not None
                and (ctx.main_campaign not in ctx.introduced or self.rng.random() < 0.3)):
            return ctx.main_campaign
        choices = [c for c in ctx.pool if c is not ctx.main_campaign] or list(V.CAMPAIGNS)
        return self.rng.choice(choices)

    def _emit_campaign(self, b: Builder, c: V.Campaign) -> None:
        rng = self.rng
        attrs = self._campaign_attrs(c)
        space = "" if rng.random() < 0.03 else " "
        if c.kind == V.KIND_THD and c.name.startswith("Tháng hành động"):
            self._quoted(b, self._variant(c), "campaigns", **attrs)
        elif c.kind == V.KIND_THD:
            b.add("Tháng hành động" + space)
            self._quoted(b, self._variant(c), "campaigns", **attrs)
        elif c.partial_quote and rng.random() < 0.3:
            head, tail = c.partial_quote
            b.add(f"{c.kind} {head}{space}")
            self._quoted(b, tail, "campaigns", **attrs)
        else:
            trigger = c.kind
            if c.kind == V.KIND_CD and rng.random() < 0.2:
                trigger += " tình nguyện"
            b.add(trigger + space)
            self._quoted(b, self._variant(c), "campaigns", **attrs)
        self.ctx.introduced.append(c)

    def slot_camp(self, b: Builder, arg: str | None) -> None:
        self._emit_campaign(b, self._pick_campaign(arg))

    def slot_campref(self, b: Builder, arg: str | None) -> None:
        """A later reference: the quoted name without a trigger (only after an introduction)."""
        known = self.ctx.introduced
        if not known:
            self.slot_camp(b, None)
            return
        c = self.rng.choice(known)
        self._quoted(b, self._variant(c), "campaigns", **self._campaign_attrs(c))

    def slot_camplist(self, b: Builder, arg: str | None) -> None:
        rng = self.rng
        main = self.ctx.main_campaign
        kinds = list(V.KIND_PLURAL)
        weights = [6, 2, 1, 1]
        kind = main.kind if main is not None and main.kind in kinds and rng.random() < 0.7 \
            else rng.choices(kinds, weights)[0]
        same = [c for c in V.CAMPAIGNS if c.kind == kind]
        n = min(len(same), rng.randint(2, 4))
        chosen = rng.sample(same, n)
        if main is not None and main.kind == kind and main not in chosen:
            chosen[0] = main
        b.add(V.KIND_PLURAL[kind] + rng.choice((" như ", " như ", ": ", " ")))
        left, right = self._quotes()
        for i, c in enumerate(chosen):
            if i:
                b.add(", ")
            b.add(left)
            b.mark("campaigns", self._variant(c), **self._campaign_attrs(c))
            b.add(right)
            self.ctx.introduced.append(c)
        if rng.random() < 0.5:
            b.add("...")

    # ---- organisations ---------------------------------------------------------------------
    def _org_for(self, arg: str | None) -> tuple[V.Org | None, str | None, str | None]:
        """Returns (catalogue org, or None with an explicit canonical name and surface)."""
        ctx = self.ctx
        if arg is None or arg == "main":
            org = ctx.main_org
        elif arg == "any":
            options = [o for o in V.ORGS if o is not ctx.main_org and o.key not in ("bct", "vpdp")]
            org = self.rng.choice(options)
        elif arg == "district":
            if ctx.today < V.DISTRICTS_UNTIL:
                d = self.rng.choice(V.DISTRICTS)
                if self.rng.random() < 0.6:
                    return None, f"Ủy ban nhân dân huyện {d}", f"UBND huyện {d}"
                return None, f"Huyện ủy {d}", f"Huyện ủy {d}"
            org = V.ORG_BY_KEY["ubnd"]
        else:
            org = V.ORG_BY_KEY[arg]
        if org.until is not None and ctx.today >= org.until:
            org = V.ORG_BY_KEY["ubnd"]
        return org, None, None

    def _org_surface(self, org: V.Org) -> str:
        rng, ctx = self.rng, self.ctx
        first = org.key not in ctx.orgs_seen
        ctx.orgs_seen.add(org.key)
        if ctx.in_title:
            return rng.choice(org.plain)
        if first and org.define and rng.random() < 0.75:
            return rng.choice(org.define)
        if not first and org.reuse and rng.random() < 0.75:
            return rng.choice(org.reuse)
        return rng.choice(org.plain)

    def _emit_org(self, b: Builder, arg: str | None) -> None:
        org, name, surface = self._org_for(arg)
        if org is None:
            acronym = "UBND" if name and name.startswith("Ủy ban nhân dân") else None
            b.mark("organisations", surface or "", name=name, acronym=acronym)
            return
        b.mark("organisations", self._org_surface(org), name=org.name, acronym=org.acronym)

    def slot_org(self, b: Builder, arg: str | None) -> None:
        self._emit_org(b, arg)

    def slot_role(self, b: Builder, arg: str | None) -> None:
        title, key = self.rng.choice(V.ROLES_ORG)
        b.add(f"đồng chí {self.rng.choice(V.OFFICIALS)}, {title} ")
        self._emit_org(b, key)

    def slot_official(self, b: Builder, arg: str | None) -> None:
        b.add(self.rng.choice(V.OFFICIALS))

    # ---- dates -----------------------------------------------------------------------------
    def _date(self, arg: str) -> D.DateExpr:
        kind = "half" if arg == "half_next" else arg
        make = getattr(self, f"_date_{kind}", None) if kind in _DATE_KINDS else None
        if make is None:
            raise ValueError(arg)
        return make(arg)

    def _date_event(self, arg: str) -> D.DateExpr:
        today, parts = self.ctx.today, None
        if self.ctx.event_day == today:  # never "tối" of a day for a morning article
            parts = tuple(p for p, h in (("sáng", 5), ("trưa", 12), ("chiều", 17))
                          if self.ctx.pub.hour >= h) or ("sáng",)
        return D.day_expr(self.rng, today, self.ctx.event_day, with_part=True, parts=parts)

    def _date_day(self, arg: str) -> D.DateExpr:
        rng, today = self.rng, self.ctx.today
        d = today - timedelta(days=rng.choice((1, 1, 2, 3, 5, 8, 12, 15, 20, 26, 33)))
        return D.day_expr(rng, today, d, with_part=rng.random() < 0.3)

    def _date_upcoming(self, arg: str) -> D.DateExpr:
        rng, today = self.rng, self.ctx.today
        d = today + timedelta(days=rng.randint(3, 30))
        return D.day_expr(rng, today, d, with_part=rng.random() < 0.3)

    def _date_fullday(self, arg: str) -> D.DateExpr:
        return D.full_day_expr(self.rng, self.ctx.today - timedelta(days=self.rng.randint(40, 1500)))

    def _date_month(self, arg: str) -> D.DateExpr:
        return D.month_expr(self.rng, self.ctx.today, self.rng.choice((-4, -3, -2, -1, -1, 0, 0, -14)))

    def _date_quarter(self, arg: str) -> D.DateExpr:
        today = self.ctx.today
        q, year = (today.month - 1) // 3 + 1, today.year
        if self.rng.random() < 0.6:  # the quarter just ended
            q -= 1
            if q == 0:
                q, year = 4, year - 1
        return D.quarter_expr(self.rng, year, q)

    def _date_half(self, arg: str) -> D.DateExpr:
        today = self.ctx.today
        second_half = today.month >= 7
        if arg == "half":
            year, first = (today.year, True) if second_half else (today.year - 1, False)
        else:
            year, first = (today.year, False) if second_half else (today.year, True)
        return D.half_expr(self.rng, today, year, first)

    def _date_year(self, arg: str) -> D.DateExpr:
        today = self.ctx.today
        return D.year_expr(self.rng, today, today.year if self.rng.random() < 0.8 else today.year - 1)

    def _date_year_next(self, arg: str) -> D.DateExpr:
        today = self.ctx.today
        return D.year_expr(self.rng, today, today.year + (1 if today.month >= 9 else 0))

    def _date_plan_year(self, arg: str) -> D.DateExpr:
        today = self.ctx.today
        return D.year_expr(self.rng, today, 2025 if today.year <= 2025 else 2030)

    def _date_yrange(self, arg: str) -> D.DateExpr:
        return D.years_range_expr(self.rng, self.ctx.today)

    def _date_drange(self, arg: str) -> D.DateExpr:
        return D.days_range_expr(self.rng, self.ctx.today)

    def slot_date(self, b: Builder, arg: str | None) -> None:
        kind = (arg or "day").removesuffix("_cap")
        expr = self._date(kind)
        b.mark("dates", expr.surface, **expr.attrs())

    # ---- honours, documents, traps ---------------------------------------------------------
    def slot_honour(self, b: Builder, arg: str | None) -> None:
        quoted = arg == "quoted" or (arg is None and self.rng.random() < 0.5)
        if quoted:
            name = self.rng.choice(V.HONOURS_QUOTED)
            b.add("danh hiệu ")
            self._quoted(b, name, "honours", name=name)
        else:
            name = self.rng.choice(V.HONOURS_PLAIN)
            b.mark("honours", name, name=name)

    def slot_doc(self, b: Builder, arg: str | None) -> None:
        kind, number, issuer_key, subject, quoted = self.rng.choice(V.DOCUMENTS)
        start = b.pos
        short = self.rng.random() < 0.3
        b.add(f"{kind} {number}" if short else f"{kind} số {number}")
        issuer = None
        if issuer_key is not None:
            issuer = V.ORG_BY_KEY[issuer_key].name
            b.add(" của ")
            self._emit_org(b, issuer_key)
        b.add(" về ")
        if quoted:
            self._quoted(b, subject)
        else:
            b.add(subject)
        b.close("documents", start, kind=kind, number=number, issuer=issuer, subject=subject)

    def _trap(self, b: Builder, words: tuple[str, ...]) -> None:
        self._quoted(b, self.rng.choice(words))

    def slot_slogan(self, b: Builder, arg: str | None) -> None:
        self._trap(b, V.SLOGANS)

    def slot_product(self, b: Builder, arg: str | None) -> None:
        self._trap(b, V.PRODUCTS)

    def slot_contest(self, b: Builder, arg: str | None) -> None:
        self._trap(b, V.CONTESTS)

    def slot_fund(self, b: Builder, arg: str | None) -> None:
        self._trap(b, V.FUNDS)

    # ---- plain vocabulary ------------------------------------------------------------------
    def slot_place(self, b: Builder, arg: str | None) -> None:
        places = V.PLACES_OLD if self.ctx.today < V.DISTRICTS_UNTIL else V.PLACES_NEW
        b.add(self.rng.choice(places))

    def slot_village(self, b: Builder, arg: str | None) -> None:
        b.add(self.rng.choice(V.VILLAGES))

    def slot_topic(self, b: Builder, arg: str | None) -> None:
        b.add(self.rng.choice(V.TOPICS[self.ctx.category]))

    def slot_people(self, b: Builder, arg: str | None) -> None:
        b.add(self.rng.choice(V.PEOPLE))

    def slot_event(self, b: Builder, arg: str | None) -> None:
        b.add(self.rng.choice(V.EVENTS))

    def slot_small(self, b: Builder, arg: str | None) -> None:
        b.add(str(self.rng.randint(3, 45)))

    def slot_years(self, b: Builder, arg: str | None) -> None:
        b.add(str(self.rng.randint(2, 10)))

    def slot_n(self, b: Builder, arg: str | None) -> None:
        b.add(f"{self.rng.randint(120, 9800):,}".replace(",", "."))

    def slot_lowpct(self, b: Builder, arg: str | None) -> None:
        b.add(f"{self.rng.randint(0, 5)},{self.rng.randint(1, 9)}%")

    def slot_pct(self, b: Builder, arg: str | None) -> None:
        b.add(f"{self.rng.randint(2, 97)},{self.rng.randint(1, 9)}%")

    def slot_money(self, b: Builder, arg: str | None) -> None:
        b.add(f"{self.rng.randint(2, 480)},{self.rng.randint(1, 9)} tỷ đồng")


def has_campaign_slot(template: str) -> bool:
    return "{camp" in template.lower()


def compose_article(rng: random.Random, pub: datetime, category: str) -> dict:
    """Title, lead, body paragraphs and captions with their mentions."""
    today = pub.date()
    campaign_free = rng.random() < 0.15
    pool = [c for c in V.CAMPAIGNS if category in c.categories]
    main = None if campaign_free else rng.choice(pool)
    orgs = [o for o in V.ORGS if category in o.categories and (o.until is None or today < o.until)]
    main_org = rng.choice(orgs + [V.ORG_BY_KEY["ubnd"]])
    event_day = today - timedelta(days=rng.choice((0, 0, 0, 1, 1, 1, 2, 3, 5)))
    if event_day == today and pub.hour < 9:
        event_day -= timedelta(days=1)
    ctx = Ctx(rng, pub, category, main, main_org, event_day, pool)
    comp = Composer(ctx)

    def pick(templates: tuple[str, ...], k: int = 1) -> list[str]:
        usable = [t for t in templates if not (campaign_free and has_campaign_slot(t))]
        return rng.sample(usable, k)

    ctx.in_title = True
    title = comp.fill(pick(T.TITLES)[0])
    ctx.in_title = False
    ctx.orgs_seen = set()
    lead = comp.fill(pick(T.LEADS)[0])

    n_paras = rng.randint(4, 9)
    n_middle = n_paras - 2
    body_templates = pick(T.OPENINGS) + pick(T.MIDDLES, n_middle + 4) + pick(T.CLOSINGS)
    # group middle sentences into paragraphs of 1-3 sentences, but keep paragraph count
    middles = body_templates[1:-1]
    paragraphs_t: list[list[str]] = [[body_templates[0]]]
    for i in range(n_middle):
        paragraphs_t.append([middles[i]])
    for extra in middles[n_middle:]:
        paragraphs_t[rng.randint(0, len(paragraphs_t) - 1)].append(extra)
    paragraphs_t.append([body_templates[-1]])

    # one field, built sentence by sentence so campaign introductions carry across paragraphs
    paragraphs: list[str] = []
    body_mentions: list[tuple[str, int, int, dict]] = []
    offset = 0
    ctx.introduced = []
    for sentences in paragraphs_t:
        parts: list[str] = []
        for sentence in sentences:
            f = comp.fill(sentence, reset=False)
            base = offset + sum(len(p) + 1 for p in parts)
            body_mentions.extend((t, s + base, e + base, a) for t, s, e, a in f.mentions)
            parts.append(f.text)
        para = " ".join(parts)
        paragraphs.append(para)
        offset += len(para) + 2
    body = "\n\n".join(paragraphs)

    captions = [comp.fill(t).text for t in rng.sample(T.CAPTIONS, rng.randint(1, 3))]
    return {
        "title": title,
        "lead": lead,
        "paragraphs": paragraphs,
        "body": Field(body, body_mentions),
        "captions": captions,
    }


def mentions_json(fields: dict[str, Field]) -> dict[str, list[dict]]:
    """Manifest form: grouped by type, each with field/start/end/surface plus attributes."""
    out: dict[str, list[dict]] = {t: [] for t in MENTION_TYPES}
    for fname, f in fields.items():
        for mtype, start, end, attrs in sorted(f.mentions, key=lambda m: (m[1], m[2])):
            record = {"field": fname, "start": start, "end": end, "surface": f.text[start:end]}
            record.update(attrs)
            out[mtype].append(record)
    return out
