"""Campaign mentions (phong trào thi đua, cuộc vận động, chiến dịch …) and their canonical names.

Layers, precise first (each is a pass of ``PASSES``):

1. a trigger word ("phong trào (thi đua)", "cuộc vận động", "chiến dịch", "đợt thi đua", "thi
   đua cao điểm"; and, only right before a quote, "thi đua", "chương trình", "Tháng hành động")
   followed, within a short bridge of lower-case words ("như", "là", "của tỉnh", "của phụ nữ Hà
   Tĩnh", ":" …), by one quoted name or a list of quoted names joined by commas, "và", "…"; when
   the quote covers only the end of the name (cuộc vận động xây dựng gia đình “5 không, 3
   sạch”), or only its start (phong trào thi đua “Chung sức” xây dựng nông thôn mới), the span
   is the quoted text and the name is the catalogue's whole; two editions named together
   ("Tình nguyện mùa đông 2025 - Xuân tình nguyện 2026") are two campaigns; a plural trigger
   whose list opens with an unquoted item ("các phong trào thi đua …; “…”") takes the quotes;
2. a trigger followed by an unquoted catalogue name (also with a province inserted: "phong
   trào nông dân Nghệ An thi đua …", after lower-case words and a colon: "chiến dịch tình
   nguyện: Mùa hè xanh, …", and the catalogue names listed after it), by a movement
   named for all its people ("phong trào toàn dân chăm sóc …"), by a people's catalogue
   movement written without its people in a paragraph that names them ("phong trào thi đua
   sản xuất kinh doanh giỏi" beside "hội viên nông dân"), or by an unquoted capitalised
   name up to the clause boundary (a name led by a number word may have two words: "Hai
   giỏi"); after "Chương trình" an unquoted drive needs a clear end ("… của …"; its spring
   edition is dropped: "Trao quà Tết - Kết nối yêu thương Xuân Ất Tỵ 2025"); round 8: a
   movement of all the people without "Toàn dân"/"Cả nước" ("phong trào bảo vệ ANTQ"), a
   programme's bare subject after a singular "phong trào" (the emulation movement the
   catalogue's ``movements`` names: "phong trào xây dựng nông thôn mới"), "Chiến dịch Hè" alone,
   a mistyped short form ("“CBB gương mẫu”", ``variants._initials_typo``), a catalogue programme
   in lower case after "chương trình" ("con nuôi biên phòng"), "Cuộc vận động Quỹ “X”" (campaign
   X), a programme named for an honour's holders ("“Tri ân mẹ Việt Nam anh hùng”"); round 9:
   "cuộc vận động" before a programme's bare subject is the movement of that kind ("cuộc vận động
   xây dựng nông thôn mới": the Front's campaign);
3. a quoted catalogue name without a trigger; "Tháng …" names with a capitalised "Tháng"
   (Tháng Công nhân), quoted or up to the clause boundary — a month written in words ("Tháng
   Tám") is not one; catalogue named months and weeks in any case; a bare "Tháng hành động" is
   the named month its sentence is about (its subject: "trẻ em", "an toàn thực phẩm" …);
4. distinctive catalogue names (``anywhere = true``) written with a capital; catalogue names
   after a launching verb ("phát động tết Trồng cây") or an appeal ("lời kêu gọi Tết trồng cây"); the named day of a campaign ("ngày hội
   Toàn dân bảo vệ an ninh Tổ quốc", "Ngày hội TDBVANTQ", also named for its participants:
   "Ngày hội Chiến sỹ Hoa phượng đỏ", "Ngày hội Em làm kế hoạch nhỏ"); the frame "học tập và làm theo …
   Hồ Chí Minh"; a quote opening with its trigger (“Phong trào X”, in lower case when listed
   beside another such quote); programmes after the MTQG head, also listed ("3 Chương trình
   MTQG: …, … và …") or misspelt; a capitalised catalogue name followed by its own initials
   in brackets ("… (TDĐKXDĐSVH)", the bracketed short form being part of that mention);
   quoted names given as examples of several programmes ("những chương trình, hoạt động
   tiêu biểu như “A”, phong trào “B” …"), unless the words before "như" name shows;
5. later references: any name found by 1–4 appearing again (capitalised or quoted; in lower
   case too when it repeats word for word a mention of four or more syllables); a catalogue
   name shortened after its full mention to its trigger and last words ("Chiến dịch Thanh niên
   tình nguyện hè … Chiến dịch tình nguyện Hè").
6. drives named in lower case: after a trigger when the clause names their launcher
   ("chương trình xóa nhà dột nát do Hội CCB tỉnh phát động"), a fundraising programme named by
   its purpose ("Chương trình vận động hỗ trợ xây trường học cho …"); a lower-case quoted named
   month ("“tháng hành động vì …”"); a capitalised week after a launching verb ("phát động
   Tháng Công nhân và Tuần lễ Thanh niên công nhân"); a quoted name its launcher follows,
   whatever word comes before it ("chuỗi hoạt động “Tết Nhân ái” do Trung ương Hội … phát động");
   a named month of action in lower case and unquoted ("tháng hành động phòng chống lao");
   round 10: a capitalised catalogue name listed beside a name already read ("các đội hình tình
   nguyện Tiếp sức mùa thi, Mùa hè Xanh, Hoa phượng Đỏ, …", ``_pass_listed_beside``);
   round 11: initials bracketed inside a name ("Chiến dịch Thanh niên tình nguyện (TNTN) hè"),
   listed names with the lead word repeated ("tình nguyện Mùa hè xanh, tình nguyện Hoa phượng
   đỏ"), initials alone after a trigger ("phong trào ND SXKDG Các cấp hội …"), a programme named
   unquoted before its quoted theme, "Chiền dịch" typed a tone mark off; a bracket restating the
   name just read ("(gọi tắt là …)", "(phong trào TDBVANTQ)") is that mention, not a second one
   (``resolve._without_appositions``); round 12: a bare "Tháng hành động" whose subject is
   written only inside a body's name ("… Ủy ban Quốc gia phòng, chống AIDS …") names none; a
   catalogue name whose last word opens a run of one-word qualities joined by dashes is a longer
   name of its own ("phong trào Ngày Chủ nhật Xanh - Sạch - Đẹp", ``after_trigger._RUN_ON``; no
   theme after a dash either, ``variants._SLOGAN_RUN``);
   the whole people written before a national movement that names none ("Toàn dân chung sức xây
   dựng NTM", ``variants._people_lead_stripped``); a distinctive catalogue campaign quoted whole as a
   turnout's theme ("ra quân … với chủ đề “Ngày chủ nhật xanh”", ``frames.turnout_theme``); a
   distinctive programme of three syllables in lower case after "chương trình" ("chương trình mùa
   hè xanh"); an ordinal edition without "thứ" inside the quotes ("“Tết Sum vầy lần II”"); a
   catalogue name written partly in the press's initials ("Chiến dịch TNTN hè", "XDGĐ 5 không, 3
   sạch", "Xây dựng THTT, HSTC": ``variants._mixed_initials_entry``, the reading run on past the
   initials by ``after_trigger.initials_run_on``); a long lower-case name after a capitalised
   singular "Cuộc vận động"/"Phong trào" inside a sentence, up to the clause's end ("… gắn với Cuộc
   vận động làm thay đổi nếp nghĩ cách làm của …;", ``triggers._lower_name_after_capital_trigger``).

Never campaigns: quoted text after "Quỹ", "giải thưởng", "cuộc thi", "hội thi", "danh hiệu",
"chủ đề", "khẩu hiệu", "mô hình", "điển hình", "đề án", "dự án", "công trình", "phương châm",
"thông điệp", a market or stall ("phiên chợ “…”", "gian hàng “…”"), a team's own name right after
"đội hình", films, songs … (also the later items of a list after one, and a theme given
after "là"), even when the same words are a campaign elsewhere in the article; a saying that
opens with a campaign's name (“Dân vận khéo thì việc gì cũng thành công”) or holds it inside
a clause (“Mùa xuân là Tết trồng cây, làm cho …”, ``frames._inside_saying``); a standard quoted
after "tiêu chuẩn", "đạt chuẩn", "tiêu chí" ("gia đình đạt tiêu chuẩn “5 không 3 sạch”"); a quote
or name right after a thing's noun — a group, publication, page, place, object, letter, class,
token of honour ("tủ sách “Kế hoạch nhỏ”", "nhóm Zalo “Mùa hè xanh”", ``frames._NAMED_THING``),
round 10; a slogan of
three or more short words quoted without a trigger (đường thôn “Xanh - Sạch - Đẹp”); honours; the
subject of a document ("Chỉ thị 05 … về “…”"); anything inside an organisation or a board's
name ("Ban Chỉ đạo … phong trào …", "Văn phòng Điều phối chương trình …", "Ban vận động
“Ngày vì người nghèo” Hà Tĩnh") or inside a quoted fund, theme or slogan; a battle ("chiến
dịch Điện Biên Phủ"); an event called "chương trình" ("chương trình “Phiên chợ …”", a show
of one evening, an honouring ceremony "Tôn vinh …", a charity run or walk "Chạy …", "Đi bộ
…", a fun day, festival night, gala or contest round, a programme broadcast, staged, honouring
someone or held in the evening named before it, a children's programme with its edition year
"“Sắc màu tuổi thơ 2017”"); a quote after "chủ đề/thông điệp (của) <trigger>" (the theme of that
campaign); a "Ngày hội" named after a campaign that has no
day of its own (``Entry.day``); the peak month of another campaign ("Tháng cao điểm của Chiến
dịch"); round 11: a programme with an instalment after its name ("“…” kỳ 5", "mùa 2"), a
promotion ("chiến dịch quảng bá", "xúc tiến"), a "chiến dịch" named by its victory or with a year
of the wars, a quoted event before its launcher ("“Đêm hội trăng rằm” do … phát động"), a month
of trade or of a faith ("Tháng Khuyến mại …", "Tháng Ăn chay"), a quote after a vehicle, a garden
or a shop, a contest called a programme ("“…” năm thứ 24", "… quán quân"), a call for works
("cuộc vận động sáng tác …"); a quote opening with its own trigger is no later item of a theme's
list. The fund, contest, prize, title, theme, slogan and model frames are checked once more
for every candidate of passes 3–5 (``_TRAP_BEFORE``), whichever pass read it. A model or award title that cites a campaign with its trigger
("Khu dân cư thực hiện tốt cuộc vận động “…”") does count as a mention of that campaign. Round 12:
a study theme after "chuyên đề" ("chuyên đề năm 2015 Học tập và làm theo tấm gương …", a trap frame
of ``_TRAP_BEFORE``); a programme held on the day its sentence opens with for a holiday named
after it ("Sáng 13/02, … tổ chức chương trình “…” nhân dịp Tết …", ``frames.one_day_for_an_occasion``, quoted or not;
a catalogue programme keeps its gift days); an activity's theme after "với nội dung"; a catalogue
name quoted as a quality people show ("luôn “Tuổi cao, gương sáng”", "cũng như “…”",
``quoted._QUALITY_BEFORE``); a study session's, seminar's or conference's title in the learning frame's
words ("đợt sinh hoạt chính trị “Học tập và làm theo …”", "tọa đàm Học tập và làm theo …", "chủ đề …
là Học tập …": the frame pass checks the blockers when the frame is capitalised).

Canonical names: the catalogue's (case, tone placement, punctuation, quotes, dash style and a
leading "Thi đua" are ignored, a province name inserted into a national name and an edition —
"năm 2020", "Hè 2025", "lần thứ 12", "giai đoạn 2021-2025", "học kỳ I" — are dropped, a close
spelling of the same length, word count and numbers is accepted, the year's theme written
after a dash is dropped: "Tết Sum vầy - Xuân ơn Đảng"; the press's initials of a name or of its
last words are the name: "TDBVANTQ", "Toàn dân bảo vệ ANTQ"); for names read after a trigger
or in a frame, a variant wording of one catalogue name (``_fuzzy_entry``: a word added,
dropped or changed, with a floor; a near-miss that is another campaign is not merged).
Unknown names keep their cleaned surface without the edition, so one campaign keeps one id.

Round 14: a movement named by the titled units it builds, unquoted after a singular trigger
("phong trào xây dựng Gia đình hiếu học, Dòng họ hiếu học, Khu dân cư khuyến học",
``triggers._titles_after_verb``: two titles or more, no body's name); a short form bracketed
after a name that spells only its last words ("… xây dựng Nông thôn mới (NTM)": the standard, not
the programme) is no later mention (``references._tail_initials``); a programme one is at ("tại
Chương trình “…” 2022 vừa được tổ chức") is a gathering unless the catalogue knows it; a
programme's subject defined as a campaign of the whole people ("xây dựng NTM là nhiệm vụ trọng
tâm, …, là cuộc vận động lớn") names the programme; a movement named by its aim in parallel
phrases closed by one quality word ("phong trào thi đua tuần học tốt, giờ học tốt",
``triggers._parallel_aim``); catalogue: the Red Cross's "Tết Nhân ái".

Round 15: a variant wording whose changed word is what a number counts is another campaign
("5 có, 3 sạch" is not "5 không, 3 sạch", ``variants._fuzzy_score``); a household's or place's
criteria quoted after "tiêu chí/tiêu chuẩn (xây dựng) gia đình …" are a standard
(``frames._TRAP_BEFORE``); a quote right after "gây quỹ" is the fund the money goes to unless a
drive's trigger opens the clause (``frames.raised_for_fund``); a medal, flag or banner of honour
named with a movement's words ("Huy chương Quân kỳ Quyết thắng", "cờ thi đua Quyết thắng") is the
award, and so is the money or goods a drive raised ("số tiền/nguồn quỹ/phế liệu “Kế hoạch nhỏ”")
(``frames._NAMED_THING``; a trigger that closes an honour's name reads nothing); a trigger's
initials run into a catalogue short form ("PTTĐQT", ``catalogued._pass_trigger_initials``); a
bare "Tháng hành động này/đó" points back and is no mention (``months._POINTED_BACK``); a quote
opening with its trigger and "toàn dân/cả nước" in lower case is a movement of all the people;
a trigger and a colon opening items parted by semicolons ("các phong trào: A, b; c; …"): each
item to its semicolon is a campaign when catalogued or capitalised without a clause's words, up
to the first that is neither, only after a plural trigger or a pair of kinds and not after what
the movements did ("Kết quả các phong trào: …"), no figure in an item
(``triggers._semicolon_list``); a catalogue name written without the
count it opens with ("đồng hành với thanh niên …" for "Bốn đồng hành …", ``variants._counted_entry``)
or with that count as a figure ("4 đồng hành …", "3 sẵn sàng"); a movement's words repeated in lower case as the subject of what a practice is ("…
chính là giải pháp …") are no later mention (``references._PRACTICE_DEFINED``); the community
a movement of all the people works in, after its aim ("… tại cộng đồng dân cư", "… ở khu dân
cư"), is part of its name (``triggers._AMONG_THE_PEOPLE``; a named place after it is not).

Round 16: a named month of action called by its cause, in any case, quoted or not ("tháng an toàn
giao thông", "Tháng cao điểm an toàn giao thông", "tháng hành động quốc gia về dân số", "hoạt động
“Tháng an toàn giao thông cho học sinh đến trường”": the whole quote), not after a number or
"các", also in the press's initials ("tháng ATGT"), the occasion after a month's name its edition
("Tháng cao điểm ATGT dịp Tết", ``months._OCCASION_TAIL``) and a capitalised named month's variant
wording the catalogue month (``fuzzy``) (``months._pass_cause_months``); a catalogue campaign named as a day written with "ngày" in
lower case and the rest capitalised or quoted ("ngày “Chủ nhật xanh”"; never across a comma or
into a longer word, "ngày Thứ bảy, tình nguyện viên", ``catalogued._pass_day_named_entries``; a
distinctive name across a comma is none in ``_pass_anywhere`` either: "Ngày chủ nhật, xanh mát
…"); catalogue: "Ngày thứ 7 tình nguyện"; a movement's aim between its trigger and its quoted name,
up to eight lower-case syllables opening with a verb of building, training or doing ("phong trào
phát động xây dựng bệnh viện “Xanh-Sạch-Đẹp”", "cuộc vận động rèn luyện phẩm chất đạo đức “…”",
``triggers._AIM_BRIDGE``); a motto recurring after a place's noun is the standard, no later mention
(``references._CITED_BEFORE``: a preposition or launching verb still cites it); a catalogue name
followed by short aims of its own after a comma is another movement, named as written, unless
the catalogue knows that longer wording ("…, đô thị văn minh, sống tốt đời, đẹp đạo",
``variants._longer_aim``: the name must list its aims with commas and each added item be
parallel, no longer than its last; unquoted, only up to the name's period, "… cộng đồng, đơn vị
giai đoạn 2021-2030", ``after_trigger._AIMS_RUN_ON``); catalogue: "Học tập suốt đời trong gia
đình, dòng họ, cộng đồng"; a singular trigger inside a document's quoted subject names a movement,
up to the document's scope ("về “Đẩy mạnh phong trào học tập suốt đời … giai đoạn 2021-2030”",
``titled``; a subject without a trigger stays the document's, and a contest's subject the
contest's); a drive named by two to four parallel
greetings after its trigger, unquoted ("đợt thi đua cao điểm mừng Đảng, mừng Xuân", "Tháng cao điểm mừng Đảng, mừng Xuân", ``drives``; one
greeting is a purpose); the national week in lower case ("tuần lễ quốc gia nước sạch …"); a
prize named by its field is a contest frame ("Giải báo chí về “…”",
``frames._CONTEST_BEFORE``).

Round 25: a close spelling or variant wording that replaces a content word by another is no
spelling of the catalogue name ("… ấm lòng dân biển" is not "… dân bản": the programme is named as
written; marks, one letter, two words run together and small function words are still spellings,
``variants._other_word``), and a short name with one syllable's marks typed wrong is
(``variants._marks_typo``); a programme's horizon and a lunar year's spring are editions
("… giai đoạn 2018-2020, định hướng đến năm 2030", "Tết Khuyến học Xuân Ất Tỵ"); a national
people's movement written with a place and its level where "Việt Nam" stands is the national one
(``variants._place_for_nation``; catalogue: "Tuổi trẻ Việt Nam học tập và làm theo lời Bác"); a
qualifying phrase inserted after a people's movement's people, up to eight syllables, before the
whole rest of its name (``after_trigger._catalogue_with_insert``); "Ngày toàn dân <catalogue
movement>" cites the movement (``catalogued._people_days``).

Round 26: a lower-case repeat of a movement's words after the people it is named for ("các hộ
nông dân sản xuất kinh doanh giỏi", "hội viên …") or before the title's levels ("… giỏi các
cấp", "cấp huyện") is those people or the title, no later mention (``references._PEOPLE_BEFORE``,
``references._LEVELS_AFTER``); a quoted peak day named by its aim ("ra quân “Ngày cao điểm tuổi
trẻ bảo vệ môi trường”") is a campaign, up to the next capitalised name listed in its quote
(``months._pass_peak_days``; the peak day of another campaign is not); a catalogue programme
named with capitals after "chương trình" keeps its name when a quoted theme follows ("chương
trình ngày Chủ nhật đỏ “…”"), and is read after a gift-giving activity ("chương trình tặng quà
Tết Nhân ái", ``after_trigger._GIFT_ACTIVITY``); catalogue: "Ngày Chủ nhật đỏ" (no bare "Chủ
nhật đỏ": "ngày hội hiến máu “Chủ nhật đỏ”" is a festival).

Layout: an ordered list of small passes (``PASSES``) over one candidate type (``_Cand`` in
``candidates``) and one resolver (``resolve``), so that a new failure kind is a new pass with
its own test. ``catalogue``: the catalogue index (keys, the press's short forms, the
PhraseMatcher); ``variants``: matching a name as written to a catalogue entry and the canonical
name; ``reading``: where an unquoted name ends; ``frames``: the frames that make a name
something else (funds, contests, boards, events, battles); ``triggers`` and
``after_trigger``, ``months``, ``catalogued``, ``quoted``, ``programmes``, ``launched``: the
passes; ``references``: later mentions of the names found.
"""

from __future__ import annotations

from collections.abc import Callable

from baochi.nlp.campaigns.candidates import _Ctx
from baochi.nlp.campaigns.catalogue import Entry as Entry
from baochi.nlp.campaigns.catalogue import Index as Index
from baochi.nlp.campaigns.catalogue import _acronym_forms as _acronym_forms
from baochi.nlp.campaigns.catalogue import campaign_key as campaign_key
from baochi.nlp.campaigns.catalogue import index as index
from baochi.nlp.campaigns.catalogued import (
    _pass_anywhere,
    _pass_campaign_days,
    _pass_day_named_entries,
    _pass_defined_names,
    _pass_frames,
    _pass_launches,
    _pass_listed_beside,
    _pass_lower_lists,
    _pass_trigger_initials,
)
from baochi.nlp.campaigns.drives import _pass_greeting_drives
from baochi.nlp.campaigns.frames import _blocked_before
from baochi.nlp.campaigns.launched import (
    _pass_fundraising_drives,
    _pass_launched_names,
    _pass_quoted_launched,
)
from baochi.nlp.campaigns.months import (
    _pass_bare_periods,
    _pass_catalogue_months,
    _pass_cause_months,
    _pass_launched_weeks,
    _pass_lower_action_months,
    _pass_month_campaigns,
    _pass_named_periods,
    _pass_named_weeks,
    _pass_peak_days,
    _pass_quoted_months,
)
from baochi.nlp.campaigns.programmes import (
    _pass_defined_programmes,
    _pass_numbered_programmes,
    _pass_programme_heads,
)
from baochi.nlp.campaigns.quoted import (
    _pass_programme_examples,
    _pass_quoted_catalogue,
    _pass_quotes_with_their_trigger,
)
from baochi.nlp.campaigns.resolve import _resolve
from baochi.nlp.campaigns.titled import _pass_titled_movements
from baochi.nlp.campaigns.triggers import _pass_triggers
from baochi.nlp.campaigns.variants import _fuzzy_entry as _fuzzy_entry
from baochi.nlp.campaigns.variants import canonical as canonical
from baochi.nlp.campaigns.variants import clean_name as clean_name
from baochi.nlp.model import CampaignMention, Unplaced
from baochi.nlp.quotes import Quote
from baochi.nlp.spans import SpanSet
from baochi.nlp.tokens import TextView

PASSES: tuple[Callable[[_Ctx], None], ...] = (
    _pass_named_periods,
    _pass_triggers,
    _pass_quoted_catalogue,
    _pass_month_campaigns,
    _pass_anywhere,
    _pass_campaign_days,
    _pass_day_named_entries,
    _pass_catalogue_months,
    _pass_launches,
    _pass_named_weeks,
    _pass_quotes_with_their_trigger,
    _pass_frames,
    _pass_programme_heads,
    _pass_defined_programmes,
    _pass_numbered_programmes,
    _pass_bare_periods,
    _pass_defined_names,
    _pass_programme_examples,
    _pass_launched_names,
    _pass_quoted_months,
    _pass_fundraising_drives,
    _pass_launched_weeks,
    _pass_quoted_launched,
    _pass_lower_action_months,
    _pass_cause_months,
    _pass_listed_beside,
    _pass_lower_lists,
    _pass_trigger_initials,
    _pass_titled_movements,
    _pass_greeting_drives,
    _pass_peak_days,
)


def extract(view: TextView, quotes: list[Quote], blocked: list[tuple[int, int]],
            orgs: list[tuple[int, int]], honours: list[tuple[int, int]] | tuple = (),
            unplaced: list[Unplaced] | None = None) -> list[CampaignMention]:
    """``blocked``: quoted document subjects; ``orgs``: organisation spans; ``honours``: titles
    and awards — nothing inside them is a campaign except a name cited with its trigger
    ("danh hiệu “Khu dân cư thực hiện tốt cuộc vận động …”")."""
    idx = index()
    cat_matches: dict[int, list[tuple[int, int, int]]] = {}
    for label, s, e in idx.matcher(view.doc):
        cat_matches.setdefault(s, []).append((e, label, s))
    quotes_sorted = sorted(quotes, key=lambda q: q.open_start)
    ctx = _Ctx(
        view, idx, cat_matches, quotes_sorted, [q.open_start for q in quotes_sorted],
        SpanSet(list(blocked) + list(orgs) + list(honours)), SpanSet(list(blocked) + list(orgs)),
        SpanSet(list(honours)), SpanSet([(q.start, q.end) for q in quotes]),
        SpanSet([(q.start, q.end) for q in quotes_sorted if _blocked_before(view, q.open_start)]),
        subjects=frozenset(blocked),
    )
    for run in PASSES:
        run(ctx)
    return _resolve(ctx, unplaced)
