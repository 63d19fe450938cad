"""Papers of the tenth batch, part P ("scrutiny in practice"): six made-up papers that a council
scrutiny officer handles, from two invented authorities. Quarrowby City Council is a unitary city
council with a Leader and Cabinet, an Overview and Scrutiny Management Committee and scrutiny panels
(Communities; Economy and Skills; Housing; Environment). Hallowmere County Council is a county council
with a Cabinet and a Corporate Overview and Scrutiny Committee, and it hosts the Hallowmere and
Quarrowby Joint Health Scrutiny Committee, which the two councils set up to scrutinise NHS Hallowmere
and Quarrowby Integrated Care Board and the NHS trusts serving both areas. Hallowmere Community
Action, Quarrowby Council for Voluntary Service, Hallowmere Hospitals NHS Foundation Trust, East Moors
Ambulance Service, Healthwatch Hallowmere and Healthwatch Quarrowby, Quarrowby College, Quarrowby
Wildlife Trust, Quarrowby Street Pastors and every person, place and figure are invented too. People
are given by role or initials, e-mail addresses use `.example` and telephone numbers the 01632 960xxx
range.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks) and without running it, using only the corpus READMEs, the seeds' README and seed 004, and
the build scripts and some paper definitions in this folder (not papers_tenth_o.py, written at the same
time by someone else). Each paper names its own split. Every gold value is written by hand beside the words it
labels; the "Scrutiny in practice, part P" notes record the choices where the rules left room.

Extra layouts. render.py cannot number minute headings with one Word list that runs through a
document, and the brief allowed no edit to it, so this module wraps `render.to_docx` and
`render.to_html` when it is imported. A paper whose meta carries "tenth_p" is written by TenthPWriter,
a subclass of papers_ninth_m.NinthMWriter (so "pr", "ph", "pn", "rules", "m_header"/"m_footer",
"<<RRGGBB|words>>" and meta "cant_split" work as described there), which adds:

  ("mh", text)        a bold minute heading numbered by one Word list for the whole document,
                      starting at meta "mh_start" (the number is Word numbering, not typed text)
  table "keep_spans"  rows whose first cell spans the whole table (group rows) are kept with the
                      row after them (keep-with-next on their paragraphs)

The HTML wrapper (meta "tenth_p") turns "<<RRGGBB|words>>" into coloured spans and appends meta
"p_css" to the page's style sheet. Every other paper goes to the wrapped functions unchanged.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import re as _re

import papers_ninth_m as _ninth_m
import render as _render
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt
from gold import action, decision, recommendation
from papers_fresh import grid_table

QUARROWBY = "Quarrowby City Council"
HALLOWMERE = "Hallowmere County Council"

PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


# ---------------------------------------------------------------------------
# DOCX writer and HTML wrapper for papers whose meta carries "tenth_p".
# ---------------------------------------------------------------------------


class TenthPWriter(_ninth_m.NinthMWriter):
    """papers_ninth_m's writer plus minute headings numbered by one Word list."""

    def __init__(self, meta):
        super().__init__(meta)
        self.minute_num = None

    def minute_list(self):
        if self.minute_num is None:
            aid = self.next_abstract
            self.next_abstract += 1
            start = self.meta.get("mh_start", 1)
            xml = (
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                f'<w:nsid w:val="{0x6B000000 + aid:08X}"/><w:multiLevelType w:val="singleLevel"/>'
                f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="decimal"/>'
                f'<w:suff w:val="tab"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="709"/></w:tabs><w:ind w:left="709" w:hanging="709"/></w:pPr>'
                f'<w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>'
            )
            first_num = self.numbering.find(qn("w:num"))
            element = parse_xml(xml)
            if first_num is not None:
                first_num.addprevious(element)
            else:
                self.numbering.append(element)
            self.minute_num = self.next_num
            self.next_num += 1
            self.numbering.append(parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{self.minute_num}"><w:abstractNumId w:val="{aid}"/></w:num>'))
        return self.minute_num

    def table(self, spec, container):
        result = super().table(spec, container)
        if spec.get("keep_spans"):
            table = (container if container is not None else self.doc).tables[-1]
            ncols = len(spec["cols"])
            for row in table.rows:
                span = row._tr.tc_lst[0].tcPr.find(qn("w:gridSpan")) if row._tr.tc_lst[0].tcPr is not None else None
                if span is not None and int(span.get(qn("w:val"))) == ncols:
                    for paragraph in row.cells[0].paragraphs:
                        paragraph.paragraph_format.keep_with_next = True
        return result

    def blocks(self, blocks, container=None):
        for block in blocks:
            if block[0] == "mh":
                target = container or self.doc
                p = target.add_paragraph()
                p._p.get_or_add_pPr().insert(0, parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{self.minute_list()}"/></w:numPr>'))
                p.paragraph_format.space_before = Pt(12)
                p.paragraph_format.keep_with_next = True
                self.fill(p, block[1], bold=True)
            else:
                super().blocks([block], container)


_wrapped_to_docx = _render.to_docx
_wrapped_to_html = _render.to_html


def _to_docx(meta, blocks, path):
    if not meta.get("tenth_p"):
        return _wrapped_to_docx(meta, blocks, path)
    writer = TenthPWriter(meta)
    writer.blocks(blocks)
    writer.finish()
    writer.save(path)
    return None


def _to_html(meta, blocks, path):
    result = _wrapped_to_html(meta, blocks, path)
    if not meta.get("tenth_p"):
        return result
    with open(path, encoding="utf-8") as handle:
        page = handle.read()
    page = _re.sub(r"&lt;&lt;([0-9A-Fa-f]{6})\|(.+?)&gt;&gt;",
                   lambda m: f'<span style="color:#{m.group(1)}">{m.group(2)}</span>', page)
    if meta.get("p_css"):
        page = page.replace("</style>", meta["p_css"] + "</style>", 1)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(page)
    return None


_render.to_docx = _to_docx
_render.to_html = _to_html


def label(text, fill="E7E6E6"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# P1. Scrutiny review scoping document (DOCX, pandoc from Markdown, pandoc's styles). A bold
#     capitals council line and an italic committee line; the H1 is the form's name ("Scrutiny
#     Review: Scoping Document"); a headerless grid table of bold-labelled fields (Review title /
#     Type of review / Committee / Task group / Co-opted member / Cabinet Member / Lead director /
#     Scrutiny officer / Version / Date issued); terms of reference as a pandoc-numbered 1.–5. list
#     under "The task group will:" (lower-case verbs, "; and" – the trap: they read like "That
#     Cabinet:" items); key lines of enquiry a)–f) as questions; out-of-scope bullets; a witnesses
#     pipe table, a timetable pipe table, outcome bullets, a risks table whose "How it will be
#     managed" cells name officers, "Hallowmere Community Action recommended that …" (reported),
#     "The Head of Procurement will provide the spend data by 16 February 2026" (prose); an italic
#     approval line after a horizontal rule; a contact line. Nothing to find.
# ---------------------------------------------------------------------------


def hallowmere_review_scope():
    review_title = "Commissioning from the Voluntary, Community and Social Enterprise Sector"
    fields = grid_table([20, 58], None, [
        ["**Review title**", review_title],
        ["**Type of review**", "Task and finish group (four meetings)"],
        ["**Committee**", "Corporate Overview and Scrutiny Committee"],
        ["**Task group**", "Councillors A.B. (Chair), C.D., E.F., G.H. and J.K."],
        ["**Co-opted member**", "Chief Executive, Hallowmere Community Action (non-voting)"],
        ["**Cabinet Member**", "Cabinet Member for Communities and Partnerships"],
        ["**Lead director**", "Director of Strategy and Communities"],
        ["**Scrutiny officer**", "Senior Scrutiny Officer"],
        ["**Version**", "2 – as agreed by the Committee, with one added line of enquiry (f)"],
        ["**Date issued**", "9 February 2026"],
    ])
    md = [
        "**HALLOWMERE COUNTY COUNCIL**",
        "*Corporate Overview and Scrutiny Committee*",
        "# Scrutiny Review: Scoping Document",
        fields,
        "## 1. Why we are doing this review",
        "The Council spends about £14.6 million a year with voluntary, community and social enterprise (VCSE) "
        "organisations, through 212 grants and contracts. Most of this money pays for services to adults, children "
        "and families that the Council would otherwise have to provide itself.",
        "At the VCSE Assembly in October 2025, organisations told the Council that one-year funding, late payment "
        "and heavy monitoring make it hard for them to plan, keep staff and bid for other money. Hallowmere "
        "Community Action’s 2025 State of the Sector survey found that 38% of organisations had waited more than "
        "60 days for at least one payment from the Council.",
        "The Committee agreed at its meeting on 20 November 2025 to set up a task and finish group to look at how "
        "the Council commissions from the sector. At that meeting Hallowmere Community Action recommended that the "
        "review should look at grants as well as contracts, and the Committee agreed.",
        "## 2. Terms of reference",
        "The task group will:",
        "1. examine how the Council decides whether to fund VCSE organisations by grant or by contract, and how "
        "long its agreements run;\n"
        "2. compare the Council’s approach with that of two other county councils and of NHS Hallowmere and "
        "Quarrowby Integrated Care Board;\n"
        "3. hear from VCSE organisations of different sizes, including small groups that hold no contracts;\n"
        "4. consider whether the Council’s monitoring and payment arrangements are proportionate; and\n"
        "5. make recommendations to Cabinet and, where appropriate, to the Integrated Care Board.",
        "## 3. Key lines of enquiry",
        "a) How much does the Council spend with the sector, with whom, and for how long?\n"
        "b) What share of the Council’s funding goes to organisations with an income under £250,000?\n"
        "c) How are organisations involved in designing the services they are later asked to bid for?\n"
        "d) Does the Council’s monitoring ask for more information than it uses?\n"
        "e) How does the Council take account of social value and of the sector’s ability to bring in other "
        "funding?\n"
        "f) Are invoices from VCSE organisations paid within 30 days, and if not, why not?",
        "## 4. Outside the scope of the review",
        "- individual funding decisions and live procurements;\n"
        "- the Council’s support for town and parish councils; and\n"
        "- NHS contracts that the Council does not manage.",
        "## 5. Evidence",
        "### Witnesses",
        "| Witness | Why we want to hear from them | Meeting |\n"
        "|---|---|---|\n"
        "| Director of Strategy and Communities; Head of Procurement | The Council’s approach and spend | 1 |\n"
        "| Hallowmere Community Action | The sector’s view and the State of the Sector survey | 2 |\n"
        "| Three VCSE organisations (one large, two small) | Experience of bidding, monitoring and payment | 2 |\n"
        "| Scrutiny officers from two other county councils | How others commission from the sector | 3 |\n"
        "| ICB Head of Community Partnerships | The ICB’s grants and its VCSE Alliance | 3 |",
        "### Documents",
        "- the Council’s Contract Procedure Rules and Social Value Policy (2024);\n"
        "- grant and contract spend data for 2023/24 and 2024/25;\n"
        "- Hallowmere Community Action’s State of the Sector report 2025.",
        "A short survey of VCSE organisations, run with Hallowmere Community Action, will be open from 23 February "
        "to 13 March 2026.",
        "## 6. Timetable",
        "| Meeting | Date | Focus |\n"
        "|---|---|---|\n"
        "| 1 | 24 February 2026 | The Council’s approach and spend |\n"
        "| 2 | 17 March 2026 (6.00 pm) | The sector’s experience |\n"
        "| 3 | 14 April 2026 | Other councils and the ICB |\n"
        "| 4 | 12 May 2026 | Findings and draft recommendations |",
        "The task group’s final report will go to the Committee on 11 June 2026 and then to Cabinet on 14 July "
        "2026. Cabinet will be asked to respond within two months.",
        "## 7. What a good outcome would look like",
        "- VCSE organisations can plan for more than one year at a time;\n"
        "- small groups find it easier to apply for Council funding;\n"
        "- monitoring asks only for information the Council uses; and\n"
        "- the sector is paid on time.",
        "It is too early to say what the task group will recommend. Members expect to make a small number of "
        "practical recommendations, most of them for Cabinet.",
        "## 8. Risks",
        "| Risk | How it will be managed |\n"
        "|---|---|\n"
        "| Organisations are reluctant to criticise a funder | The survey is anonymous, and Hallowmere Community "
        "Action will collect views on the group’s behalf. |\n"
        "| Spend data is incomplete | The Head of Procurement will check the data against the payments system "
        "before the first meeting. |\n"
        "| The review overlaps with the ICB’s review of its own VCSE grants | The ICB Head of Community "
        "Partnerships will attend meeting 3, and findings will be shared. |",
        "## 9. Equalities",
        "Many small VCSE organisations are led by, and serve, people with protected characteristics. The task "
        "group will invite groups working with disabled people, older people and minority ethnic communities, and "
        "will hold meeting 2 in the early evening so that volunteers can attend.",
        "## 10. Support",
        "The Senior Scrutiny Officer will support the task group. The Head of Procurement will provide the spend "
        "data by 16 February 2026.",
        "* * *",
        "*This scope was agreed by the Corporate Overview and Scrutiny Committee on 5 February 2026 (minute 57).*",
        "Contact: Senior Scrutiny Officer, County Hall, Hallowmere HW1 2QT – scrutiny@hallowmere.example – "
        "01632 960 718",
    ]
    return {
        "name": "hallowmere-scrutiny-review-scope-vcse-commissioning",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2026-02-09"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="scrutiny review scoping document (terms of reference, key lines of enquiry, witnesses, "
                           "timetable); nothing to find",
                     kind="other", title=review_title, authority=HALLOWMERE, date="2026-02-09", meeting=None),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals council line and an italic committee "
                  "line; the H1 is the form's name (\"Scrutiny Review: Scoping Document\"); a headerless grid table "
                  "of bold-labelled fields (Review title / Type of review / Committee / Task group / Co-opted member / "
                  "Cabinet Member / Lead director / Scrutiny officer / Version / Date issued). Terms of reference as "
                  "a pandoc-numbered 1.–5. list under \"The task group will:\" (lower-case verbs, \";\" and \"; "
                  "and\", the last \"make recommendations to Cabinet …\"); key lines of enquiry a)–f) as questions; "
                  "out-of-scope bullets; a witnesses pipe table and a timetable pipe table; outcome bullets; a risks "
                  "pipe table whose \"How it will be managed\" cells name officers; \"Hallowmere Community Action "
                  "recommended that …\" (reported history) and \"The Head of Procurement will provide the spend data "
                  "by 16 February 2026\" (prose); an italic approval line after a horizontal rule; a contact line. "
                  "Nothing to find.",
    }


# ---------------------------------------------------------------------------
# P2. Scrutiny review final report (PDF, HTML → Chromium, Liberation Sans 10 pt, CSS page-margin
#     boxes). A front table, a "Recommendation to the Committee" box, a foreword, evidence sections
#     with typed paragraph numbers, figures tables and quotes, "Conclusions" sub-headings, and
#     recommendations 1–8 in tinted call-out boxes labelled "Recommendation n (to …)" – addressed to
#     Cabinet, Cabinet Members, the ICB, the CVS, a Cabinet Member and the CVS together, and the
#     Committee; a closing "Summary of recommendations" table No. | Recommendation | For | Suggested
#     timescale repeating the texts word for word.
# ---------------------------------------------------------------------------


def quarrowby_final_report():
    title = "Stronger Together: Community Centres and Grants to the Voluntary and Community Sector"
    osmc = "Overview and Scrutiny Management Committee"
    covering = ("That the Overview and Scrutiny Management Committee endorses this report and refers recommendations 1 "
                "to 8 to the Cabinet and to the other bodies named in them.")
    t3, t4, t5, t6 = ("Community centres", "Grants to voluntary and community groups",
                      "Volunteers and the capacity of small groups", "Keeping track")
    cm_comm = "Cabinet Member for Communities and Neighbourhoods"
    cvs = "Quarrowby Council for Voluntary Service"
    icb = "NHS Hallowmere and Quarrowby Integrated Care Board"
    # (number, "to" words as printed in the box label, text, verb, addressee, theme, owners (For column),
    #  For cell as printed, timescale as printed, due)
    recs = [
        ("1", "the Cabinet",
         "That the Council offers the community associations that manage its community centres leases of at least "
         "25 years, so that they can bid for capital funding from other sources.",
         "OFFERS", "Council", t3, ["Cabinet"], "Cabinet", "From April 2026", "2026-04"),
        ("2", f"the {cm_comm}",
         "The community asset transfer policy should be reviewed with the Voluntary Sector Forum by December 2026, "
         "so that the Council meets the cost of condition surveys and legal fees for groups taking on a building.",
         None, None, t3, [cm_comm], cm_comm, "By December 2026", "2026-12"),
        ("3", f"the {cm_comm}",
         "The Council should make three-year grants the norm in the Community Grants Programme from April 2027, "
         "with a single short monitoring return each year.",
         "MAKE", "Council", t4, [cm_comm], cm_comm, "April 2027", "2027-04"),
        ("4", "the Cabinet Member for Finance and Resources",
         "Pay invoices from voluntary and community organisations within 14 days, and report the Council’s "
         "performance to the Panel every quarter.",
         "PAY", None, t4, ["Cabinet Member for Finance and Resources"], "Cabinet Member for Finance and Resources",
         "Q1 2026/27", "2026-06"),
        ("5", icb,
         "That the ICB agrees with the Council a single application and monitoring process for grants to voluntary "
         "groups that run health and wellbeing projects.",
         "AGREES", "ICB", t4, [icb], icb, "2026/27", "2027-03"),
        ("6", cvs,
         "Quarrowby Council for Voluntary Service should set up a volunteer passport, recognised by every community "
         "centre in the city, so that volunteers do not have to repeat the same training and checks.",
         "SET", cvs, t5, [cvs], cvs, "Autumn 2026", "2026-11"),
        ("7", f"the {cm_comm} and {cvs}",
         "Agree a Quarrowby Compact between the Council and the voluntary and community sector by March 2027, "
         "setting out how the Council will consult the sector, share information with it and fund it.",
         "AGREE", None, t5, [cm_comm, cvs], f"{cm_comm} /\n{cvs}", "March 2027", "2027-03"),
        ("8", f"the {osmc}",
         "That the Panel reviews progress on these recommendations in twelve months’ time, and invites back the "
         "groups that gave evidence.",
         "REVIEWS", "Panel", t6, [osmc], osmc, "In 12 months (March 2027)", "2027-03"),
    ]
    teal, tint = "1B6F6A", "E6F2F1"

    def rec_box(n):
        number, to, text = recs[n - 1][0], recs[n - 1][1], recs[n - 1][2]
        return ("box", [("p", f"<<{teal}|**Recommendation {number}**>> (to {to})"), ("p", text)])

    blocks = [
        ("p", "<<" + teal + "|**QUARROWBY CITY COUNCIL**>> · Overview and Scrutiny"),
        ("title", title),
        ("p", "Final report of the Communities Scrutiny Panel · March 2026"),
        ("table", {"cols": [4.2, 12.8], "font": 9.5, "rows": [
            [label("Report to"), osmc],
            [label("Date of meeting"), "24 March 2026"],
            [label("Agenda item"), "7"],
            [label("Panel chair"), "Councillor D.F."],
            [label("Lead officer"), "Scrutiny Policy Officer (Communities)"],
            [label("Cabinet Member"), cm_comm],
        ]}),
        ("box", [("p", "**Recommendation to the Committee**"), ("p", covering)]),
        ("h", 2, "Chair’s foreword"),
        ("p", "Quarrowby’s community centres and the groups that use them are where much of the city’s volunteering "
              "happens. During this review we met people who run lunch clubs, food pantries, toddler groups and "
              "advice sessions on shoestring budgets, often in buildings that need work the groups cannot pay for."),
        ("p", "The Council has been a good friend to the sector, but the way it funds groups has not kept pace. "
              "One-year grants, slow payment and long monitoring forms take volunteers away from the work that "
              "matters. Our recommendations are practical, and most cost little."),
        ("p", "Councillor D.F., Chair of the Communities Scrutiny Panel"),
        ("h", 2, "1. Summary"),
        ("p", "1.1 Quarrowby has 31 community centres. The Council owns 24 of them, and 19 of those are run by "
              "volunteer community associations under leases or licences, most of which end within five years."),
        ("p", "1.2 The Council gave £1.36 million in grants to voluntary and community groups in 2024/25, through "
              "the Community Grants Programme and ward budgets. Almost all grants are for one year."),
        ("p", "1.3 The Panel makes eight recommendations. Four are for the Cabinet or a Cabinet Member, one is for "
              "NHS Hallowmere and Quarrowby Integrated Care Board, one is for Quarrowby Council for Voluntary "
              "Service, one is for a Cabinet Member and the CVS together, and one is for the Committee."),
        ("h", 2, "2. How we carried out the review"),
        ("p", "2.1 The Panel’s members were Councillors D.F. (Chair), K.R., L.S., M.T. and N.V. The Chief Officer of "
              "Quarrowby Council for Voluntary Service took part as a non-voting co-opted member."),
        ("p", "2.2 The Panel held three evidence sessions:"),
        ("table", {"cols": [3.2, 5.0, 8.8], "font": 9.5, "header_fill": tint,
                   "header": ["Date", "Session", "Witnesses"], "rows": [
            ["8 October 2025", "The Council’s buildings and grants", "Head of Communities; Head of Estates; "
                                                                     "Grants Officer"],
            ["5 November 2025", "Community associations", "Five community associations; Quarrowby Council for "
                                                          "Voluntary Service"],
            ["3 December 2025", "Partners", "ICB Head of Community Partnerships; two grant-making trusts"],
        ]}),
        ("p", "2.3 Members visited eight community centres, and 143 groups answered an online survey between October "
              "and November 2025."),
        ("h", 2, f"3. {t3}"),
        ("p", "3.1 The condition surveys carried out in 2024 found that 11 of the Council-owned centres need work "
              "costing more than £100,000 in the next five years. Roofs, heating and accessible toilets are the "
              "most common needs."),
        ("p", "3.2 Community associations told us that external funders such as the National Lottery and landfill "
              "communities funds will not give capital grants for a building unless the group holds a lease of at "
              "least 25 years."),
        ("table", {"cols": [6.0, 3.6, 3.6, 3.8], "font": 9.5, "header_fill": tint,
                   "header": ["Centres owned by the Council", "Number", "Lease ends by 2031", "Needing work over "
                                                                                          "£100,000"],
                   "rows": [
                       ["Run by a community association", "19", "14", "9"],
                       ["Run by the Council", "5", "–", "2"],
                       ["**Total**", "**24**", "**14**", "**11**"],
                   ]}),
        ("p", "3.3 “We raised £40,000 for a new roof and then found we couldn’t spend it, because our licence only "
              "runs for three years.” – Secretary of a community association"),
        ("p", "3.4 Several associations recommended that the Council takes back the two centres it transferred in "
              "2014, which their trustees can no longer manage. The Head of Estates explained that both groups are "
              "now in talks with the Council about this."),
        ("p", "3.5 The Council’s community asset transfer policy dates from 2013. It expects groups to pay for their "
              "own condition surveys and legal fees, which can cost £6,000 or more."),
        ("h", 3, "Conclusions"),
        ("p", "3.6 The Panel concludes that short leases are the single biggest obstacle to investment in community "
              "centres, and that the asset transfer policy puts off the small groups it was meant to help."),
        rec_box(1),
        rec_box(2),
        ("h", 2, f"4. {t4}"),
        ("p", "4.1 In 2024/25 the Council made 188 grants. 171 were for one year, and the average grant was £7,240."),
        ("table", {"cols": [5.0, 4.0, 4.0, 4.0], "font": 9.5, "header_fill": tint,
                   "header": ["Grants", "2022/23", "2023/24", "2024/25"], "rows": [
                       ["Number of grants", "164", "179", "188"],
                       ["Total value", "£1.19m", "£1.28m", "£1.36m"],
                       ["Grants for more than one year", "12", "15", "17"],
                   ]}),
        ("p", "4.2 Quarrowby Council for Voluntary Service told us that groups spend on average 11 hours completing "
              "each monitoring return, and that many returns ask for the same information twice."),
        ("p", "4.3 The Council’s target is to pay invoices within 30 days. In 2024/25 it paid 71% of invoices from "
              "voluntary and community organisations on time, against 89% for all suppliers."),
        ("p", "4.4 The National Lottery Community Fund’s guidance recommends that funders offer multi-year grants "
              "wherever they can. The ICB already makes two-year grants through its Health Inequalities Fund, but "
              "groups have to apply to it and to the Council separately."),
        ("h", 3, "Conclusions"),
        ("p", "4.5 One-year grants and slow payment push risk onto the groups least able to carry it. A shared "
              "process with the ICB would save time on both sides."),
        rec_box(3),
        rec_box(4),
        rec_box(5),
        ("h", 2, f"5. {t5}"),
        ("p", "5.1 Two thirds of the groups that answered the survey have no paid staff. Many volunteers give time "
              "to more than one group and repeat the same safeguarding and food hygiene training for each."),
        ("p", "5.2 Small groups asked for:"),
        ("list", "bullet", 1, [
            "one training record that every centre accepts;",
            "help with policies and insurance; and",
            "a named contact at the Council.",
        ]),
        ("p", "5.3 Quarrowby has never had a Compact between the Council and the sector. Groups said that they often "
              "hear about changes to Council services too late to respond."),
        ("h", 3, "Conclusions"),
        ("p", "5.4 The Panel concludes that the sector’s capacity depends on volunteers’ time, and that both the "
              "Council and the CVS can do more to protect it."),
        rec_box(6),
        rec_box(7),
        ("h", 2, f"6. {t6}"),
        ("p", "6.1 The Panel wants to see what difference its recommendations make to the groups that took part."),
        rec_box(8),
        ("h", 2, "7. Summary of recommendations"),
        ("table", {"cols": [1.3, 8.9, 4.0, 2.8], "font": 9, "header_fill": tint,
                   "header": ["No.", "Recommendation", "For", "Suggested timescale"],
                   "rows": [[r[0], r[2], r[7], r[8]] for r in recs]}),
        ("h", 2, "8. Next steps"),
        ("p", "8.1 If the Committee endorses the report, Cabinet will be asked to respond to recommendations 1 to 4 "
              "within two months. The ICB and Quarrowby Council for Voluntary Service will be asked to respond by 30 "
              "June 2026."),
        ("p", "Contact: Scrutiny Policy Officer (Communities), Civic Centre, Guildhall Square, Quarrowby QY1 1AA – "
              "scrutiny@quarrowby.example – 01632 960 244"),
    ]
    css = ("@page { margin: 20mm 17mm 18mm 17mm; "
           "@top-left { content: \"Quarrowby City Council – Communities Scrutiny Panel\"; font-family: 'Liberation "
           "Sans', sans-serif; font-size: 8pt; color: #1B6F6A; } "
           "@top-right { content: \"Final report – March 2026\"; font-family: 'Liberation Sans', sans-serif; "
           "font-size: 8pt; color: #1B6F6A; } "
           "@bottom-right { content: counter(page); font-family: 'Liberation Sans', sans-serif; font-size: 8pt; } }\n"
           "div.box { border: none; border-left: 4pt solid #1B6F6A; background: #E6F2F1; padding: 6pt 9pt; "
           "page-break-inside: avoid; }\n"
           "h2 { color: #1B6F6A; page-break-after: avoid; }\nh3 { page-break-after: avoid; }\n")
    gold_recs = [recommendation(None, covering, verb="ENDORSES", addressee=osmc)]
    gold_recs += [recommendation(r[0], r[2], verb=r[3], addressee=r[4], theme=r[5], owners=r[6], timeframe=r[8],
                                 due=r[9]) for r in recs]
    return {
        "name": "quarrowby-communities-scrutiny-panel-final-report-community-centres",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "tenth_p": True, "p_css": css, "css_font": "'Liberation Sans', sans-serif",
                 "size": 10, "title_color": teal},
        "blocks": blocks,
        "gold": dict(genre="scrutiny review final report with evidence sections, conclusions and recommendations "
                           "labelled \"Recommendation n (to …)\" for different bodies",
                     kind="scrutiny-report", title=title, authority=QUARROWBY, date="2026-03-24", meeting=osmc,
                     recommendations=gold_recs),
        "layout": "PDF (HTML → Chromium), Liberation Sans 10 pt, CSS page-margin boxes (a teal running header with "
                  "the Panel on the left and \"Final report – March 2026\" on the right, page numbers at the foot). "
                  "A teal capitals council line, the title, a \"Final report of …\" line and a bordered front table "
                  "with grey labels (Report to / Date of meeting / Agenda item / Panel chair / Lead officer / Cabinet "
                  "Member). A tinted \"Recommendation to the Committee\" box holding one \"That the Overview and "
                  "Scrutiny Management Committee endorses …\" sentence; a signed Chair's foreword; typed 1.1–8.1 "
                  "paragraphs; a sessions table, two figures tables with a tinted header (one with a bold total row) "
                  "and a quote (not items); \"Several associations recommended that …\" and \"The National "
                  "Lottery Community Fund’s guidance recommends that …\" (not items); a bulleted list of what small "
                  "groups asked for (not items); \"Conclusions\" h3 sub-headings with \"The Panel concludes that "
                  "…\" paragraphs (not items). Recommendations 1–8, numbered on across the four evidence sections, "
                  "each in a tinted call-out box with a teal left rule: a bold teal \"Recommendation n\" followed by "
                  "\"(to the Cabinet)\", \"(to the Cabinet Member for …)\", \"(to NHS Hallowmere and Quarrowby "
                  "Integrated Care Board)\", \"(to Quarrowby Council for Voluntary Service)\", \"(to the Cabinet "
                  "Member for … and Quarrowby Council for Voluntary Service)\" or \"(to the Overview and Scrutiny "
                  "Management Committee)\", then the text: two \"That X Vs …\", two \"X should V …\" (one passive), "
                  "two imperatives, one \"That the Panel reviews …\". A closing \"7. Summary of recommendations\" "
                  "table No. | Recommendation | For | Suggested timescale repeats the texts word for word, with For "
                  "cells (one split by \"/\" plus a line break) and timescales \"From April 2026\", \"By December "
                  "2026\", \"April 2027\", \"Q1 2026/27\", \"2026/27\", \"Autumn 2026\", \"March 2027\", \"In 12 "
                  "months (March 2027)\". Next steps and a contact line.",
    }


# ---------------------------------------------------------------------------
# P3. Executive response written as a letter from the Leader (PDF, Markdown → pandoc DOCX →
#     LibreOffice, pandoc's styles). Sender, addressee and reference line blocks, "Dear Councillor
#     P.W.,", a bold subject line, then each recommendation as a bold "Recommendation n" paragraph,
#     the recommendation quoted in an italic block quote, and the response in prose: "Recommendation
#     1 is accepted.", "I am pleased to accept recommendation 2.", "Recommendation 3 is accepted in
#     part." (two paragraphs), "Recommendations 4 and 5 are accepted." (one answer for two quoted
#     recommendations), "Cabinet does not accept recommendation 6.", "Recommendation 7 is noted.",
#     "Recommendation 8 is accepted, …"; closing, signature and cc lines.
# ---------------------------------------------------------------------------


def quarrowby_leader_letter():
    subject = "Cabinet’s response to the Economy and Skills Scrutiny Panel’s review of the night-time economy"
    r = {
        "1": "That the Council applies for Purple Flag accreditation for the city centre by the end of 2026.",
        "2": "Extend the Safe Space at St Mary’s Church to Thursday nights during university term time.",
        "3": "Review taxi rank provision in Bridge Street and Market Square, including a marshalled rank on Friday "
             "and Saturday nights.",
        "4": "Publish a night-time economy strategy, with an action plan, by March 2027.",
        "5": "Appoint a night-time economy champion from among the members of the Cabinet, supported by a named "
             "link officer.",
        "6": "That the Council reduces the late night refreshment licence fee for venues that join the Best Bar "
             "None scheme.",
        "7": "Ask the bus operators to run later services on the three busiest routes on Friday and Saturday "
             "nights.",
        "8": "That the Panel receives a report on progress with these recommendations in twelve months.",
    }
    resp = {
        "1": ["Recommendation 1 is accepted. The City Centre Partnership has already begun the self-assessment, and "
              "we expect to submit the application in October 2026. The Business Improvement District has offered "
              "to meet half of the assessment fee."],
        "2": ["I am pleased to accept recommendation 2. The Safe Space is run by Quarrowby Street Pastors with "
              "funding from the Police and Crime Commissioner. The Council will fund the extra night from the "
              "community safety budget from October 2026, provided that enough volunteers come forward."],
        "3": ["Recommendation 3 is accepted in part. We will review the ranks in Bridge Street and Market Square as "
              "part of the city centre transport plan, which will go out to consultation in the summer.",
              "We cannot, however, pay for rank marshals from the Council’s budget. I have asked the Business "
              "Improvement District whether it would fund a pilot on Saturday nights before Christmas."],
        "45": ["Recommendations 4 and 5 are accepted. The Cabinet Member for Economy and Culture will be the "
               "night-time economy champion, and the Head of City Centre Management will be her link officer. "
               "Together they will prepare the strategy with businesses, the Police, the two universities and "
               "residents, and the draft will come to the Panel before Cabinet adopts it."],
        "6": ["Cabinet does not accept recommendation 6. Fees for late night refreshment licences are set nationally "
              "by regulations, and the Council has no power to reduce them for individual venues. We will continue "
              "to promote Best Bar None through the Licensing Service and Pubwatch."],
        "7": ["Recommendation 7 is noted. Bus services in Quarrowby are run commercially, and their timetables are "
              "a matter for the operators. I have written to both operators to pass on the Panel’s view, and I will "
              "share their replies with you."],
        "8": ["Recommendation 8 is accepted, and officers will report to the Panel in March 2027."],
    }

    def rec(n):
        return [f"**Recommendation {n}**", f"> *{r[n]}*"]

    md = [
        "**Quarrowby City Council**",
        "| Office of the Leader of the Council\n"
        "| Civic Centre, Guildhall Square, Quarrowby QY1 1AA\n"
        "| leader@quarrowby.example · 01632 960 210",
        "| Councillor P.W.\n"
        "| Chair, Economy and Skills Scrutiny Panel\n"
        "| Quarrowby City Council\n"
        "| Civic Centre",
        "| Our ref: LDR/26/014\n"
        "| 16 March 2026",
        "Dear Councillor P.W.,",
        f"**{subject}**",
        "Thank you for the Panel’s report, *After Dark: Quarrowby’s Night-Time Economy*, which the Overview and "
        "Scrutiny Management Committee endorsed on 20 January 2026 and referred to Cabinet. Cabinet considered the "
        "report on 10 March 2026 and agreed the response that I set out below. I have taken the Panel’s eight "
        "recommendations in turn and quoted each one as the Panel wrote it.",
        "The Panel heard from more than forty businesses, residents and partners, and its report gives a fair "
        "picture of a part of the city’s economy that employs some 6,000 people. Cabinet welcomes it.",
    ]
    md += rec("1") + resp["1"]
    md += rec("2") + resp["2"]
    md += rec("3") + resp["3"]
    md += rec("4") + rec("5") + resp["45"]
    md += rec("6") + resp["6"]
    md += rec("7") + resp["7"]
    md += rec("8") + resp["8"]
    md += [
        "I would like to thank you and the members of the Panel for your work. I am copying this letter to the "
        "Chair of the Overview and Scrutiny Management Committee, and it will be published with the Committee’s "
        "papers for its meeting on 21 April 2026.",
        "Yours sincerely,",
        "| Councillor S.K.\n"
        "| Leader of the Council",
        "*cc: Chair, Overview and Scrutiny Management Committee; Cabinet Member for Economy and Culture; Director of "
        "Place; Scrutiny Policy Officer*",
    ]

    def rr(n, verb, addressee, key, decision_word):
        return recommendation(n, r[n], verb=verb, addressee=addressee, response=" ".join(resp[key]),
                              decision=decision_word)

    recs = [
        rr("1", "APPLIES", "Council", "1", "accepted"),
        rr("2", "EXTEND", None, "2", "accepted"),
        rr("3", "REVIEW", None, "3", "partially-accepted"),
        rr("4", "PUBLISH", None, "45", "accepted"),
        rr("5", "APPOINT", None, "45", "accepted"),
        rr("6", "REDUCES", "Council", "6", "rejected"),
        rr("7", "ASK", None, "7", None),
        rr("8", "RECEIVES", "Panel", "8", "accepted"),
    ]
    return {
        "name": "quarrowby-leader-letter-response-night-time-economy-review",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-03-16"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="executive response written as a letter from the Leader, quoting each scrutiny "
                           "recommendation and answering it in prose",
                     kind="executive-response", title=subject, authority=QUARROWBY, date="2026-03-16", meeting=None,
                     recommendations=recs),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold \"Quarrowby City Council\" "
                  "line, then three line blocks (the Leader's office, address and contacts; the addressee; \"Our "
                  "ref:\" and the date), \"Dear Councillor P.W.,\" and the subject as a bold paragraph. Two opening "
                  "paragraphs. Each recommendation is a bold \"Recommendation n\" paragraph followed by the "
                  "recommendation quoted in an italic block quote, then the response in prose: \"Recommendation 1 is "
                  "accepted.\", \"I am pleased to accept recommendation 2.\", \"Recommendation 3 is accepted in "
                  "part.\" (two paragraphs), recommendations 4 and 5 quoted one after the other and answered "
                  "together (\"Recommendations 4 and 5 are accepted.\"), \"Cabinet does not accept recommendation "
                  "6.\", \"Recommendation 7 is noted.\", \"Recommendation 8 is accepted, and …\". Two \"That the "
                  "Council …\" / \"That the Panel …\" recommendations, the rest imperatives. Responses name "
                  "officers and months in their own words; there is no lead or timescale label. A closing "
                  "paragraph, \"Yours sincerely,\", a signature line block and an italic cc line.",
    }


# ---------------------------------------------------------------------------
# P4. Scrutiny recommendations monitoring report (PDF, python-docx → LibreOffice, landscape,
#     Liberation Sans 10 pt, italic running header with "Page X of Y", footer, rows that may not
#     split). Borderless front table; "2. Recommendations" / "That the Committee:" with a Word-numbered
#     (a)–(c) list; an explanation that the scrutiny assessment (not the service's own) is the one
#     the Committee confirms; a summary counts table; a status key table; after a page break, the
#     tracker Ref | Recommendation | Cabinet response | Lead | Target date | Progress update | Service
#     assessment | Scrutiny assessment, with each review as a shaded row merged across the table.
# ---------------------------------------------------------------------------


def quarrowby_monitoring_report():
    title = "Scrutiny Recommendations Monitoring Report – Quarter 4 2025/26"
    osmc = "Overview and Scrutiny Management Committee"
    covering = [
        ("a", "notes the progress made on the 13 scrutiny recommendations in Appendix 1;", "NOTES"),
        ("b", "confirms the scrutiny assessment of each recommendation, and agrees that the five recommendations "
              "assessed as Implemented or Superseded are signed off and removed from the tracker; and", "CONFIRMS"),
        ("c", "invites the Cabinet Member for Housing and Homelessness to the Committee’s meeting on 16 June 2026 to "
              "explain the delays to recommendations TA4 and TA6.", "INVITES"),
    ]
    look = {
        "Implemented": ("C6EFCE", "006100", "completed"),
        "Partly implemented": ("FFEB9C", "7F6000", "ongoing"),
        "Not implemented": ("FFC7CE", "9C0006", "not-started"),
        "Superseded": ("D9D9D9", "404040", "superseded"),
        "Not yet due": (None, "000000", None),
    }
    ta = "Temporary Accommodation (Housing Scrutiny Panel, 2024/25)"
    al = "Adult Learning and Skills (Economy and Skills Scrutiny Panel, 2024/25)"
    hv = "Highway Verges and Biodiversity (Environment Scrutiny Panel, 2025/26)"
    # (ref, theme, text, verb, addressee, cabinet response, decision, lead cell, owners, target cell,
    #  timeframe, due, progress, service assessment, scrutiny assessment)
    rows = [
        ("TA1", ta, "Set a target to end the use of bed and breakfast accommodation for families for longer than six "
                    "weeks, except in emergencies.", "SET", None, "Accepted", "accepted",
         "Head of Housing Options", ["Head of Housing Options"], "31/03/2026", "31/03/2026", "2026-03-31",
         "No family has been in bed and breakfast for more than six weeks since November 2025. The target is now in "
         "the Housing Service Plan.", "Implemented", "Implemented"),
        ("TA2", ta, "Buy or lease at least 40 more homes for use as temporary accommodation by March 2027.", "BUY",
         None, "Accepted", "accepted", "Head of Housing Options /\nHead of Estates",
         ["Head of Housing Options", "Head of Estates"], "March 2027", "March 2027", "2027-03",
         "24 homes bought so far with the Local Authority Housing Fund; a further 9 are under offer.",
         "Partly implemented", "Partly implemented"),
        ("TA4", ta, "Give every household placed outside the city a named caseworker and weekly contact.", "GIVE",
         None, "Accepted in part", "partially-accepted", "Housing Options Manager", ["Housing Options Manager"],
         "Revised: Dec 2026\n(was June 2025)", "Revised: Dec 2026 (was June 2025)", "2026-12",
         "Named caseworkers are in place. Weekly contact is not possible with current staffing; a business case for "
         "two more caseworkers goes to the Housing Board in May 2026.", "Partly implemented", "Partly implemented"),
        ("TA5", ta, "Publish the Council’s standards for temporary accommodation and inspect every self-contained "
                    "unit once a year.", "PUBLISH", None, "Accepted", "accepted",
         "Private Sector Housing Manager", ["Private Sector Housing Manager"], "Sept 2025", "Sept 2025", "2025-09",
         "Standards published in August 2025. Annual inspections were replaced by risk-based inspections under the "
         "Private Sector Housing Enforcement Policy agreed by Cabinet on 14 October 2025.", "Implemented",
         "Superseded"),
        ("TA6", ta, "Review the housing allocation scheme so that time spent in temporary accommodation counts "
                    "towards priority for social housing.", "REVIEW", None, "Accepted", "accepted",
         "Head of Housing Options", ["Head of Housing Options"], "Q1 2026/27", "Q1 2026/27", "2026-06",
         "The review of the allocation scheme has been put back until after the elections in May 2026.",
         "Not yet due", "Not implemented"),
        ("AL1", al, "That the Cabinet Member for Skills asks the adult learning service to offer evening classes in "
                    "English for speakers of other languages at three community hubs.", "ASKS",
         "Cabinet Member for Skills", "Accepted", "accepted", "Adult Learning Manager", ["Adult Learning Manager"],
         "January 2026", "January 2026", "2026-01",
         "Evening ESOL classes began at the Northgate, Fenside and Marsh Lane hubs in January 2026; 86 learners "
         "have enrolled.", "Implemented", "Implemented"),
        ("AL2", al, "Agree a shared skills action plan with Quarrowby College and Jobcentre Plus.", "AGREE", None,
         "Accepted", "accepted", "Head of Economic Development,\nQuarrowby College",
         ["Head of Economic Development", "Quarrowby College"], "Spring 2026", "Spring 2026", "2026-05",
         "Plan drafted with the College; Jobcentre Plus has not yet signed up to it.", "Partly implemented",
         "Partly implemented"),
        ("AL3", al, "Publish an annual report on adult learning outcomes, including the number of learners who find "
                    "work.", "PUBLISH", None, "Accepted in part", "partially-accepted", "Adult Learning Manager",
         ["Adult Learning Manager"], "Q2 2026/27", "Q2 2026/27", "2026-09", None, "Not yet due", "Not yet due"),
        ("AL4", al, "Fund free childcare places for parents attending adult learning courses.", "FUND", None,
         "Not accepted", "rejected", "–", [], "N/A", None, None,
         "Cabinet did not accept this recommendation because of its cost. The Committee asked to keep it on the "
         "tracker until the 2026/27 budget was set; the budget makes no provision for it.", "Not implemented",
         "Not implemented"),
        ("HV1", hv, "Cut 30 per cent of the Council’s urban grass verges no more than twice a year, so that "
                    "wildflowers can grow.", "CUT", None, "Accepted", "accepted",
         "Head of Highways Operations /\nParks and Green Spaces Manager",
         ["Head of Highways Operations", "Parks and Green Spaces Manager"], "Ongoing", "Ongoing", None,
         "Twice-yearly cutting was introduced on 31% of urban verges in 2025 and will continue.", "Implemented",
         "Implemented"),
        ("HV2", hv, "Put up signs explaining the reduced cutting on each verge managed for wildlife.", "PUT", None,
         "Accepted", "accepted", "Communications Team; Head of Highways Operations",
         ["Communications Team", "Head of Highways Operations"], "End of June 2026", "End of June 2026", "2026-06",
         "Sign design agreed and 40 of 120 signs installed. (Recommendation HV4, a web map of managed verges, was "
         "merged into this one.)", "Partly implemented", "Partly implemented"),
        ("HV3", hv, "Ask Quarrowby Wildlife Trust to survey the managed verges each summer and report the results "
                    "to the Environment Scrutiny Panel.", "ASK", None, "Accepted", "accepted",
         "Parks and Green Spaces Manager, with Quarrowby Wildlife Trust",
         ["Parks and Green Spaces Manager", "Quarrowby Wildlife Trust"], "Summer 2026", "Summer 2026", "2026-08",
         "The 2026 survey has been agreed and funded.", "Partly implemented", "Not yet due"),
        ("HV5", hv, "Stop using glyphosate on highway verges by April 2026.", "STOP", None, "Accepted", "accepted",
         "Head of Highways Operations", ["Head of Highways Operations"], "01.04.2026", "01.04.2026", "2026-04-01",
         "Glyphosate has not been used on verges since March 2026; the Integrated Weed Management Policy now "
         "covers this.", "Implemented", "Implemented"),
    ]

    def service_cell(word):
        return word

    def scrutiny_cell(word):
        fill, colour, _ = look[word]
        cell = {"text": f"<<{colour}|**{word}**>>"}
        if fill:
            cell["fill"] = fill
        return cell

    table_rows = []
    current = None
    for row in rows:
        if row[1] != current:
            current = row[1]
            table_rows.append([{"text": f"**{current}**", "span": 8, "fill": "DDE7F0"}] + ["<"] * 7)
        table_rows.append([row[0], row[2], row[5], row[7], row[9], row[12] or "", service_cell(row[13]),
                           scrutiny_cell(row[14])])

    blocks = [
        ("p", "**QUARROWBY CITY COUNCIL**"),
        ("table", {"cols": [4.0, 8.0, 3.6, 8.0], "borders": False, "font": 10, "rows": [
            ["**Report to:**", osmc, "**Date:**", "21 April 2026"],
            ["**Report of:**", "Head of Democratic and Scrutiny Services", "**Agenda item:**", "8"],
            ["**Wards:**", "All", "**Exempt:**", "No"],
        ]}),
        ("title", title),
        ("h", 2, "1. Purpose of the report"),
        ("p", "1.1 This report sets out progress on the scrutiny recommendations that Cabinet has responded to and "
              "that have not yet been signed off by the Committee. It covers three reviews and the quarter to 31 "
              "March 2026."),
        ("h", 2, "2. Recommendations"),
        ("p", "That the Committee:"),
        ("list", "(a)", 1, [text for _, text, _ in covering]),
        ("h", 2, "3. How recommendations are monitored"),
        ("p", "3.1 When Cabinet has responded to a review, each accepted recommendation is given a lead and a target "
              "date. Every quarter the lead gives a progress update and a service assessment. The scrutiny officer "
              "then checks the update and gives a scrutiny assessment."),
        ("p", "3.2 The two assessments use the same key. **Where they differ, the scrutiny assessment is the one the "
              "Committee is asked to confirm, and it is the one used in the summary below and for sign-off.** They "
              "differ this quarter for TA5, TA6 and HV3."),
        ("p", "3.3 Recommendations that were not accepted stay on the tracker only if the Committee has asked for "
              "that. Recommendation TA3 was signed off in January 2026."),
        ("h", 2, "4. Summary"),
        ("table", {"cols": [8.6, 2.2, 2.6, 3.0, 3.0, 2.4, 2.4], "font": 9.5, "header_fill": "D9D9D9",
                   "header": ["Review", "Open", "Implemented", "Partly implemented", "Not implemented",
                              "Superseded", "Not yet due"],
                   "rows": [
                       ["Temporary Accommodation", "5", "1", "2", "1", "1", "0"],
                       ["Adult Learning and Skills", "4", "1", "1", "1", "0", "1"],
                       ["Highway Verges and Biodiversity", "4", "2", "1", "0", "0", "1"],
                       ["**Total**", "**13**", "**4**", "**4**", "**2**", "**1**", "**2**"],
                   ]}),
        ("h", 2, "5. Matters for the Committee’s attention"),
        ("p", "5.1 **TA4 and TA6.** Weekly contact with households placed outside the city depends on the business "
              "case going to the Housing Board in May. The Head of Housing Options recommends that TA6 be closed "
              "because a new allocation scheme will be consulted on later in 2026; the scrutiny officer does not "
              "agree, as no work on the review has started."),
        ("p", "5.2 **TA5.** The service assessed TA5 as Implemented. The standards have been published, but annual "
              "inspections were replaced by risk-based inspections, so the scrutiny assessment is Superseded."),
        ("p", "5.3 **AL4.** The recommendation was not accepted, and the 2026/27 budget makes no provision for it. "
              "The Committee may wish to remove it from the tracker."),
        ("h", 2, "6. Implications"),
        ("p", "6.1 There are no financial or legal implications arising directly from this report."),
        ("p", "**Contact:** Scrutiny Officer, Civic Centre, Guildhall Square, Quarrowby QY1 1AA – "
              "scrutiny@quarrowby.example – 01632 960 247"),
        ("break",),
        ("h", 2, "Appendix 1: Recommendations tracker at 31 March 2026"),
        ("table", {"cols": [3.8, 20.0], "borders": True, "font": 8.5, "rows": [
            [label("Key", "F2F2F2"),
             "**Implemented** – the recommendation has been carried out in full.  **Partly implemented** – part of "
             "it has been carried out and work on the rest is under way.  **Not implemented** – work on the "
             "recommendation has not started.  **Superseded** – overtaken by other decisions or work, so no longer "
             "needed as written.  **Not yet due** – the target date has not been reached and no assessment is "
             "made."],
        ]}),
        ("table", {"cols": [1.3, 5.4, 2.1, 3.2, 2.3, 6.1, 2.4, 2.9], "font": 8.5, "header_fill": "1F3864",
                   "keep_spans": True,
                   "header": ["<<FFFFFF|Ref>>", "<<FFFFFF|Recommendation>>", "<<FFFFFF|Cabinet response>>",
                              "<<FFFFFF|Lead>>", "<<FFFFFF|Target date>>", "<<FFFFFF|Progress update>>",
                              "<<FFFFFF|Service assessment>>", "<<FFFFFF|Scrutiny assessment>>"],
                   "rows": table_rows}),
        ("p", "TA3 was signed off in January 2026. HV4 was merged into HV2 when Cabinet responded."),
    ]
    gold_recs = [recommendation(n, text, verb=verb, addressee="Committee") for n, text, verb in covering]
    for row in rows:
        gold_recs.append(recommendation(
            row[0], row[2], verb=row[3], addressee=row[4], theme=row[1], owners=row[8], timeframe=row[10],
            due=row[11], status=look[row[14]][2], response=None, decision=row[6], progress=row[12]))
    return {
        "name": "quarrowby-scrutiny-recommendations-monitoring-report-q4-2025-26",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-04-10", "doc_title": title, "author": "Democratic and Scrutiny Services",
                 "tenth_p": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 17, "title_color": "1F3864",
                 "m_header": ("Quarrowby City Council – Overview and Scrutiny Management Committee – 21 April 2026",
                              "Page {PAGE} of {NUMPAGES}"),
                 "m_footer": ("Scrutiny recommendations monitoring – Quarter 4 2025/26", "")},
        "blocks": blocks,
        "gold": dict(genre="scrutiny recommendations monitoring report whose tracker gives a service assessment "
                           "and a scrutiny assessment (Implemented / Partly implemented / Not implemented / "
                           "Superseded / Not yet due)",
                     kind="tracker", title=title, authority=QUARROWBY, date="2026-04-21", meeting=osmc,
                     recommendations=gold_recs),
        "layout": "PDF (python-docx → LibreOffice), A4 landscape, Liberation Sans 10 pt, an italic running header "
                  "with the council, committee and date and \"Page X of Y\" fields, an italic footer line, rows that "
                  "may not split. A bold capitals council line and a borderless four-column front table with bold "
                  "labels (Report to / Date / Report of / Agenda item / Wards / Exempt), the navy title. \"2. "
                  "Recommendations\" with \"That the Committee:\" and a Word-numbered (a)–(c) list (notes / "
                  "confirms … and agrees … / invites; \"; and\"). Section 3 says in bold that where the service "
                  "assessment and the scrutiny assessment differ, the scrutiny assessment is the one the Committee "
                  "confirms. A summary counts table with a grey header and a bold total row; \"The Head of Housing "
                  "Options recommends that TA6 be closed …\" (not an item). After a page break, a one-row key table "
                  "(Implemented / Partly implemented / Not implemented / Superseded / Not yet due, defined in bold-led "
                  "sentences) and the tracker Ref | Recommendation | Cabinet response | Lead | Target date | Progress "
                  "update | Service assessment | Scrutiny assessment, 8.5 pt, with a navy header in white text "
                  "repeated on each page and each review as a pale blue row merged across all eight columns and kept "
                  "with the row after it. Refs "
                  "TA1, TA2, TA4–TA6, AL1–AL4, HV1–HV3, HV5 (TA3 signed off, HV4 merged; a note under the table). "
                  "Cabinet responses Accepted / Accepted in part / Not accepted as plain words. Service assessments "
                  "plain; scrutiny assessments bold coloured words in shaded cells (Not yet due unshaded); the two "
                  "differ for TA5 (Implemented / Superseded), TA6 (Not yet due / Not implemented) and HV3 (Partly "
                  "implemented / Not yet due). Lead cells split by \"/\" plus a line break, \",\" plus a line break, "
                  "\";\" and \", with\"; one \"–\". Target dates \"31/03/2026\", \"March 2027\", \"Revised: Dec 2026 "
                  "(was June 2025)\", \"Sept 2025\", \"Q1 2026/27\", \"January 2026\", \"Spring 2026\", \"Q2 "
                  "2026/27\", \"N/A\", \"Ongoing\", \"End of June 2026\", \"Summer 2026\", \"01.04.2026\". One "
                  "empty progress cell.",
    }


# ---------------------------------------------------------------------------
# P5. Overview and scrutiny committee minutes (DOCX, python-docx, Georgia 10.5 pt (falls back),
#     italic running header with "Page X of Y" and a footer). Minute headings in bold capitals,
#     numbered 52.–60. by ONE Word list that runs through the document (the numbers are not typed).
#     "RESOLVED – That Cabinet be recommended to:" with a Word-numbered (a)–(d) list; "RESOLVED –
#     That (1) … ; and (2) …" in one paragraph; "RESOLVED – That:" with typed (i)–(iii) hanging
#     paragraphs; a call-in referred back "for the following reasons:" with reason bullets; a lost
#     motion; an undertaking; a closing "Schedule of actions" table No. | Minute | Action |
#     Officer(s) | By.
# ---------------------------------------------------------------------------


def hallowmere_scrutiny_minutes():
    body = "Corporate Overview and Scrutiny Committee"
    d54 = ("the minutes of the meeting held on 11 December 2025 be confirmed as a correct record and signed by the "
           "Chair.")
    d55 = [
        ("a", "keep the mobile library service on the seven rural routes listed in Appendix 2 until the community "
              "library pilots have been evaluated;"),
        ("b", "publish the opening hours proposed for each library at least eight weeks before any change takes "
              "effect;"),
        ("c", "ask the Director of Strategy and Communities to agree a volunteer charter with Hallowmere Community "
              "Action before volunteers are recruited for the community-managed libraries; and"),
        ("d", "report the results of the consultation, library by library, to this Committee before the strategy "
              "is adopted."),
    ]
    d56 = [
        ("1", "Cabinet be recommended to ask the Cabinet Member for Finance to publish, with the final budget, an "
              "equality impact assessment of each saving over £250,000; and"),
        ("2", "the Committee’s other comments on the budget, as summarised above, be reported to Cabinet on 17 "
              "February 2026."),
    ]
    d57 = [
        ("i", "the scope of the review, as set out in the report, be agreed, with the addition of a key line of "
              "enquiry on the payment of invoices within 30 days;"),
        ("ii", "Councillors A.B., C.D., E.F., G.H. and J.K. be appointed to the task group, with Councillor A.B. as "
               "its Chair; and"),
        ("iii", "the Chief Executive of Hallowmere Community Action be invited to join the task group as a "
                "non-voting co-opted member."),
    ]
    d58 = ("the decision be referred back to the Cabinet Member for Highways for reconsideration, for the following "
           "reasons:")
    d60 = ("the work programme be agreed, with the addition of an item on winter gritting routes at the meeting on "
           "23 April 2026.")

    blocks = [
        ("p", "**HALLOWMERE COUNTY COUNCIL**"),
        ("title", body),
        ("p", "Minutes of the meeting held in the Council Chamber, County Hall, Hallowmere on Thursday 5 February "
              "2026 at 10.00 am"),
        ("p", "**Present:** Councillor R.S. (Chair); Councillors A.B., C.D., E.F., G.H., J.K., M.O. (Vice-Chair), "
              "N.P. (substitute for L.M.), T.U. and W.Y."),
        ("p", "**Also present:** Councillor F.J. (Cabinet Member for Communities and Partnerships), Councillor H.K. "
              "(Cabinet Member for Finance) and Councillor Q.R. (Cabinet Member for Highways)"),
        ("p", "**Officers:** Director of Strategy and Communities, Director of Finance, Head of Libraries, Head of "
              "Parking Services, Senior Scrutiny Officer and Democratic Services Officer"),
        ("mh", "APOLOGIES AND SUBSTITUTES"),
        ("p", "Apologies were received from Councillor L.M. Councillor N.P. attended as her substitute."),
        ("mh", "DECLARATIONS OF INTEREST"),
        ("p", "Councillor C.D. declared a non-registrable interest in minute 57 as a trustee of Hallowmere Community "
              "Action. She took part in the discussion but not in the vote on that item."),
        ("mh", "MINUTES"),
        ("p", f"**RESOLVED –** That {d54}"),
        ("mh", "DRAFT LIBRARIES STRATEGY 2026–2031 (PRE-DECISION SCRUTINY)"),
        ("p", "The Cabinet Member for Communities and Partnerships introduced the draft strategy, which Cabinet will "
              "consider on 17 February 2026. It proposes that eight of the county’s 27 libraries become "
              "community-managed, that opening hours are reduced at six others and that the mobile library is "
              "replaced by a home delivery service."),
        ("p", "Members asked how many people use the mobile library. The Head of Libraries said that it makes about "
              "9,400 visits a year on seven routes, mostly to older people in villages without a bus service. "
              "Members were concerned that the home delivery service would not reach people who do not yet know "
              "about it, and that volunteers had not been asked whether they could run eight libraries."),
        ("p", "**RESOLVED –** That Cabinet be recommended to:"),
        ("list", "(a)", 1, [text for _, text in d55]),
        ("mh", "REVENUE BUDGET 2026/27 AND MEDIUM TERM FINANCIAL PLAN"),
        ("p", "The Cabinet Member for Finance and the Director of Finance presented the draft budget. It closes a gap "
              "of £18.7 million with savings of £11.2 million and a council tax increase of 4.99%, including the "
              "adult social care precept."),
        ("p", "Members commented on the savings in adult social care, the reduction in the highways verge-cutting "
              "budget and the use of reserves. Councillor G.H. moved, and Councillor E.F. seconded, that Cabinet be "
              "recommended to reverse the reduction in the verge-cutting budget. On being put to the vote the "
              "motion was LOST (4 for, 6 against)."),
        ("p", "**RESOLVED –** That (1) " + d56[0][1] + " (2) " + d56[1][1]),
        ("mh", "SCRUTINY REVIEW: COMMISSIONING FROM THE VCSE SECTOR – DRAFT SCOPE"),
        ("p", "The Senior Scrutiny Officer presented the draft scope for the task and finish review agreed in "
              "November. Members asked that the review should also look at how quickly the Council pays invoices "
              "from voluntary organisations."),
        ("p", "**RESOLVED –** That:"),
    ] + [("pn", f"({n})\t{text}") for n, text in d57] + [
        ("mh", "CALL-IN: RESIDENTS’ PARKING SCHEME, ST ANNE’S, HALLOWMERE"),
        ("p", "The Committee considered the call-in, by five members, of the decision of the Cabinet Member for "
              "Highways of 19 January 2026 to introduce a residents’ parking scheme in the St Anne’s area. The lead "
              "member for the call-in and the Cabinet Member for Highways addressed the Committee, and the Head of "
              "Parking Services answered questions."),
        ("p", f"**RESOLVED –** That {d58}"),
        ("list", "bullet", 1, [
            "the consultation did not include the businesses on Station Parade, which will lose on-street parking; "
            "and",
            "the decision report did not set out the cost of permits for carers visiting residents.",
        ]),
        ("mh", "CABINET MEMBER FOR COMMUNITIES AND PARTNERSHIPS – QUESTION AND ANSWER SESSION"),
        ("p", "The Cabinet Member answered members’ questions on the community safety partnership, the VCSE grants "
              "programme and the use of council buildings by voluntary groups. She undertook to send members a list "
              "of the community buildings leased to voluntary groups at less than the market rent. The Chair thanked "
              "the Cabinet Member for her answers."),
        ("mh", "WORK PROGRAMME"),
        ("p", "The Committee considered its work programme for the rest of 2025/26."),
        ("p", f"**RESOLVED –** That {d60}"),
        ("p", "The meeting closed at 1.05 pm."),
        ("p", "Chair ……………………………………………"),
        ("ph", 11, "Schedule of actions"),
        ("table", {"cols": [1.1, 1.9, 7.2, 4.2, 2.6], "font": 9.5, "header_fill": "DCE9E0",
                   "header": ["No.", "Minute", "Action", "Officer(s)", "By"], "rows": [
            ["A1", "55", "Send members the consultation responses for each library.", "Head of Libraries",
             "20/02/2026"],
            ["A2", "56", "Circulate the breakdown of the £3.4 million savings in adult social care.",
             "Director of Finance /\nHead of Adult Social Care Finance", "Before Cabinet (17 Feb)"],
            ["A3", "57", "Arrange the first meeting of the task group and send members the final scope.",
             "Senior Scrutiny Officer", "9 February 2026"],
            ["A4", "58", "Report the outcome of the reconsideration to the Committee.",
             "Cabinet Member for Highways, Head of Parking Services", "Next meeting"],
            ["A5", "59", "Send members the list of community buildings leased to voluntary groups at less than the "
                         "market rent.", "Head of Estates; Property Services", ""],
            ["A6", "60", "Invite the Head of Highways Operations to the April meeting.", "Senior Scrutiny Officer",
             "Mar-26"],
        ]}),
    ]
    decisions = [decision("54", None, d54, body)]
    decisions += [decision("55", n, text, body) for n, text in d55]
    decisions += [decision("56", n, text, body) for n, text in d56]
    decisions += [decision("57", n, text, body) for n, text in d57]
    decisions += [decision("58", None, d58, body), decision("60", None, d60, body)]
    actions = [
        action("A1", "Send members the consultation responses for each library.", ["Head of Libraries"],
               "20/02/2026", "2026-02-20", None),
        action("A2", "Circulate the breakdown of the £3.4 million savings in adult social care.",
               ["Director of Finance", "Head of Adult Social Care Finance"], "Before Cabinet (17 Feb)", "2026-02-17",
               None),
        action("A3", "Arrange the first meeting of the task group and send members the final scope.",
               ["Senior Scrutiny Officer"], "9 February 2026", "2026-02-09", None),
        action("A4", "Report the outcome of the reconsideration to the Committee.",
               ["Cabinet Member for Highways", "Head of Parking Services"], "Next meeting", None, None),
        action("A5", "Send members the list of community buildings leased to voluntary groups at less than the "
                     "market rent.", ["Head of Estates", "Property Services"], None, None, None),
        action("A6", "Invite the Head of Highways Operations to the April meeting.", ["Senior Scrutiny Officer"],
               "Mar-26", "2026-03", None),
    ]
    return {
        "name": "hallowmere-overview-and-scrutiny-committee-minutes-february-2026",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-02-10", "doc_title": f"{body} – minutes – 5 February 2026",
                 "author": "Democratic Services", "tenth_p": True, "cant_split": True, "mh_start": 52,
                 "font": "Georgia", "size": 10.5, "title_size": 20, "title_color": "2E5E3E",
                 "m_header": ("Hallowmere County Council – Corporate Overview and Scrutiny Committee – 5 February "
                              "2026", "Page {PAGE} of {NUMPAGES}"),
                 "m_footer": ("Minutes are subject to confirmation at the next meeting", "")},
        "blocks": blocks,
        "gold": dict(genre="overview and scrutiny committee minutes in which the committee recommends to Cabinet "
                           "(\"RESOLVED – That Cabinet be recommended to: …\"), with Word-numbered minute headings "
                           "and a schedule of actions",
                     kind="minutes", title=body, authority=HALLOWMERE, date="2026-02-05", meeting=body,
                     decisions=decisions, actions=actions),
        "layout": "DOCX (python-docx), Georgia 10.5 pt (falls back), an italic running header with the council, "
                  "committee and date and \"Page X of Y\" fields, an italic footer line. A bold capitals letterhead, "
                  "a large green title, a \"Minutes of the meeting …\" line and bold-led Present / Also present / "
                  "Officers paragraphs (not items). Minute headings are bold capitals numbered 52.–60. by one Word "
                  "list that runs through the document (start value 52, tab after the number): the minute numbers "
                  "are not typed text. \"**RESOLVED –** That …\" on one line (minutes 54, 58, 60); \"RESOLVED – "
                  "That Cabinet be recommended to:\" with a Word-numbered (a)–(d) list (lower-case verbs, \"; "
                  "and\"); \"RESOLVED – That (1) Cabinet be recommended to ask …; and (2) the Committee’s other "
                  "comments … be reported …\" in one paragraph; \"RESOLVED – That:\" with typed (i)–(iii) hanging "
                  "paragraphs; a call-in \"referred back … for the following reasons:\" followed by two reason "
                  "bullets (not decisions); a motion LOST on a vote, a declaration, a Cabinet Member's undertaking "
                  "(not items); a closing bold \"Schedule of actions\" table No. | Minute | Action | Officer(s) | "
                  "By with a green-grey header, refs A1–A6, officers split by \"/\" plus a line break, \",\" and "
                  "\";\", By cells \"20/02/2026\", \"Before Cabinet (17 Feb)\", \"9 February 2026\", \"Next "
                  "meeting\", one empty, \"Mar-26\".",
    }


# ---------------------------------------------------------------------------
# P6. Joint health scrutiny committee report: work programme and recommendations tracker (PDF,
#     python-docx → LibreOffice, Liberation Serif 10.5 pt, italic running header with "Page X of Y",
#     footer, rows that may not split). A two-line committee masthead, a grey-label front table, the
#     title, a boxed "The Joint Committee is recommended to:" with a Word-numbered 1.–4. list; typed
#     1.1–5.1 paragraphs; Appendix A work programme table (not items); Appendix B "Recommendations
#     tracker" with a status key and columns Ref | Meeting and topic | Recommendation | To | Response
#     | Update (March 2026) | Status, the meeting cell merged down over its rows.
# ---------------------------------------------------------------------------


def hallowmere_jhsc_work_programme():
    title = "Work Programme 2026/27 and Recommendations Tracker"
    jhsc = "Hallowmere and Quarrowby Joint Health Scrutiny Committee"
    icb = "NHS Hallowmere and Quarrowby ICB"
    trust = "Hallowmere Hospitals NHS Foundation Trust"
    covering = [
        ("1", "agree the draft work programme for 2026/27 at Appendix A, subject to any changes members wish to "
              "make;", "AGREE"),
        ("2", "note the responses received from NHS bodies and the two councils to the Joint Committee’s "
              "recommendations, as set out in the tracker at Appendix B;", "NOTE"),
        ("3", "agree that the four recommendations shown as Complete or Not accepted are removed from the tracker; "
              "and", "AGREE"),
        ("4", "ask NHS Hallowmere and Quarrowby Integrated Care Board to respond by 30 April 2026 to the two "
              "recommendations that are still awaiting a response.", "ASK"),
    ]
    status_look = {
        "Complete": ("E2EFDA", "375623", "completed"),
        "In progress": ("FFF2CC", "7F6000", "ongoing"),
        "Awaiting response": (None, "C00000", None),
        "Not accepted": ("EDEDED", "404040", None),
    }
    m1 = ("17 June 2025", "Stroke services")
    m2 = ("14 October 2025", "Access to GP appointments")
    m3 = ("9 December 2025", "Winter pressures and hospital discharge")
    # (ref, meeting, text, verb, addressee, To cell, owners, response, decision, update, status)
    rows = [
        ("2025/01", m1, "That the ICB publishes the travel time analysis for each proposed hyper-acute stroke unit "
                        "site, by ward, before the public consultation begins.", "PUBLISHES", "ICB",
         icb, [icb], "Accepted. The analysis was published with the consultation documents on 1 September 2025.",
         "accepted", "Published; no further action.", "Complete"),
        ("2025/02", m1, f"That the ICB and {trust} agree with East Moors Ambulance Service how patients from the "
                        "eastern villages will be taken to the nearest hyper-acute stroke unit.", "AGREE",
         f"ICB and {trust}", f"{icb} /\n{trust}", [icb, trust],
         "Accepted in part. A protocol will be agreed with East Moors Ambulance Service; the second ambulance "
         "service named in the Committee’s minute does not serve the eastern villages.", "partially-accepted",
         "Draft protocol being tested; sign-off expected in May 2026.", "In progress"),
        ("2025/03", m1, "Hold at least two public consultation events in each district of Hallowmere and in "
                        "Quarrowby.", "HOLD", None, icb, [icb], "Accepted.", "accepted",
         "Fourteen events were held between September and November 2025.", "Complete"),
        ("2025/07", m2, "Report to the Joint Committee in six months on the number of practices offering online "
                        "booking for routine appointments.", "REPORT", None, icb, [icb],
         "The ICB accepts this recommendation and will report in April 2026.", "accepted",
         "On the agenda for 22 April 2026.", "In progress"),
        ("2025/08", m2, "Work with Healthwatch Hallowmere and Healthwatch Quarrowby to survey patients who do not "
                        "use online services.", "WORK", None,
         f"{icb}; Healthwatch Hallowmere; Healthwatch Quarrowby",
         [icb, "Healthwatch Hallowmere", "Healthwatch Quarrowby"], None, None,
         "Response requested again on 3 February 2026.", "Awaiting response"),
        ("2025/09", m2, "That the ICB funds the extended access hubs in Quarrowby until March 2027.", "FUNDS", "ICB",
         icb, [icb], "The ICB does not accept this recommendation. Extended access is now part of practices’ core "
                     "contract, and the ICB cannot fund the hubs in addition.", "rejected",
         "The Joint Committee discussed the response on 9 December 2025.", "Not accepted"),
        ("2025/11", m3, "That Quarrowby City Council and Hallowmere County Council report their hospital discharge "
                        "figures to the Joint Committee every quarter.", "REPORT",
         "Quarrowby City Council and Hallowmere County Council", "Quarrowby City Council,\nHallowmere County Council",
         ["Quarrowby City Council", "Hallowmere County Council"],
         "Discharge figures will be included in the councils’ quarterly performance reports from April 2026.", None,
         "First report due on 22 April 2026.", "In progress"),
        ("2025/12", m3, "Publish a summary of the lessons learned from winter 2025/26 by June 2026.", "PUBLISH", None,
         icb, [icb], None, None, "Response requested by 30 April 2026.", "Awaiting response"),
        ("2025/13", m3, f"That {trust} opens the 12 extra winter beds at Hallowmere General Hospital by 1 January "
                        "2026.", "OPENS", trust, trust, [trust], "Accepted.", "accepted",
         "All 12 beds were open from 15 December 2025.", "Complete"),
    ]

    def status_cell(word):
        fill, colour, _ = status_look[word]
        cell = {"text": f"<<{colour}|**{word}**>>"}
        if fill:
            cell["fill"] = fill
        return cell

    table_rows = []
    for i, row in enumerate(rows):
        meeting = row[1]
        first = i == 0 or rows[i - 1][1] != meeting
        if first:
            span = sum(1 for other in rows if other[1] == meeting)
            meeting_cell = {"text": f"**{meeting[0]}**\n{meeting[1]}", "vspan": span, "fill": "F2F2F2"}
        else:
            meeting_cell = "^"
        table_rows.append([row[0], meeting_cell, row[2], row[5], row[7] or "", row[9], status_cell(row[10])])

    grey = "E7E6E6"
    blocks = [
        ("p", "**HALLOWMERE AND QUARROWBY JOINT HEALTH SCRUTINY COMMITTEE**"),
        ("p", "Hosted by Hallowmere County Council on behalf of Hallowmere County Council and Quarrowby City Council"),
        ("table", {"cols": [4.2, 12.8], "font": 10, "rows": [
            [label("Meeting", grey), jhsc],
            [label("Date", grey), "Wednesday 18 March 2026, 2.00 pm"],
            [label("Venue", grey), "Committee Room 1, County Hall, Hallowmere"],
            [label("Agenda item", grey), "9"],
            [label("Report of", grey), "Joint Committee Scrutiny Officer (Hallowmere County Council)"],
            [label("Exempt", grey), "No"],
        ]}),
        ("title", title),
        ("box", [("p", "**Recommendations**"), ("p", "The Joint Committee is recommended to:"),
                 ("list", "1.", 1, [text for _, text, _ in covering])]),
        ("ph", 12, "1. Background"),
        ("p", "1.1 The two councils set up the Joint Committee in 2019 to respond to NHS proposals for substantial "
              "changes to services that affect both areas, and to scrutinise the Integrated Care Board and the "
              "trusts serving both populations. It has six members from each council."),
        ("p", "1.2 The Joint Committee agrees its work programme each March. It makes recommendations to NHS bodies "
              "and to the two councils, and it keeps track of the responses in the tracker at Appendix B."),
        ("ph", 12, "2. Work programme 2026/27"),
        ("p", "2.1 The draft programme at Appendix A was drawn up with the chair and vice-chair, the ICB and the "
              "two Healthwatch organisations. It leaves one meeting free for urgent items."),
        ("p", "2.2 Healthwatch Hallowmere recommended that the Joint Committee looks at access to NHS dentistry, "
              "which has been raised with it more than any other subject this year. The draft programme includes "
              "dentistry in September 2026."),
        ("ph", 12, "3. Recommendations tracker"),
        ("p", "3.1 The tracker lists the recommendations the Joint Committee has made since June 2025 that have not "
              "been removed, with the response of the body they were made to and an update from the scrutiny "
              "officer. The status key is printed above the tracker."),
        ("p", "3.2 Four recommendations are shown as Complete or Not accepted and can be removed. Two, both made to "
              "the ICB, are still awaiting a response: 2025/08 (a survey with the two Healthwatch organisations) and "
              "2025/12 (lessons from the winter)."),
        ("p", "3.3 The ICB has asked that its responses be read alongside its Joint Forward Plan 2026–2031, which "
              "will come to the Joint Committee in July."),
        ("ph", 12, "4. Financial and legal implications"),
        ("p", "4.1 There are no financial implications. The Joint Committee’s powers come from the Local Authority "
              "(Public Health, Health and Wellbeing Boards and Health Scrutiny) Regulations 2013."),
        ("ph", 12, "5. Background papers"),
        ("p", "5.1 Minutes of the Joint Committee, 17 June 2025, 14 October 2025 and 9 December 2025."),
        ("p", "**Contact:** Joint Committee Scrutiny Officer, County Hall, Hallowmere HW1 2QT – "
              "jhsc@hallowmere.example – 01632 960 731"),
        ("break",),
        ("ph", 12, "Appendix A: Draft work programme 2026/27"),
        ("table", {"cols": [3.0, 5.2, 4.6, 4.2], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Meeting", "Topic", "Purpose", "NHS lead / witnesses"], "rows": [
            ["22 April 2026", "GP access: online booking", "Response to recommendation 2025/07", "ICB Director of "
                                                                                                 "Primary Care"],
            ["", "Hospital discharge figures", "First quarterly report (2025/11)", "Directors of Adult Social Care"],
            ["15 July 2026", "Joint Forward Plan 2026–2031", "Comment on the refreshed plan", "ICB Chief Executive"],
            ["23 September 2026", "NHS dentistry", "Access, waiting times and the recovery plan", "ICB Head of "
                                                                                               "Dental "
                                                                                               "Commissioning; "
                                                                                               "Healthwatch"],
            ["25 November 2026", "Stroke services", "Progress one year after the consultation closed", "ICB; "
                                                                                                   + trust],
            ["3 February 2027", "Mental health crisis care", "TBC", "TBC"],
            ["March 2027", "Urgent items", "Held free", ""],
        ]}),
        ("break",),
        ("ph", 12, "Appendix B: Recommendations tracker"),
        ("p", "**Status:** <<375623|**Complete**>> – the body has done what was recommended. "
              "<<7F6000|**In progress**>> – the body has accepted the recommendation and work is under way. "
              "<<C00000|**Awaiting response**>> – no response has been received. "
              "<<404040|**Not accepted**>> – the body has declined to act on the recommendation."),
        ("p", "Recommendations 2025/04 to 2025/06 and 2025/10 were removed from the tracker on 9 December 2025."),
        ("table", {"cols": [1.5, 2.1, 3.8, 2.3, 3.4, 2.2, 1.7], "font": 8, "header_fill": "1F3864",
                   "header": ["<<FFFFFF|Ref>>", "<<FFFFFF|Meeting and topic>>", "<<FFFFFF|Recommendation>>",
                              "<<FFFFFF|To>>", "<<FFFFFF|Response>>", "<<FFFFFF|Update (March 2026)>>",
                              "<<FFFFFF|Status>>"],
                   "rows": table_rows}),
    ]
    gold_recs = [recommendation(n, text, verb=verb, addressee="Joint Committee") for n, text, verb in covering]
    for row in rows:
        gold_recs.append(recommendation(
            row[0], row[2], verb=row[3], addressee=row[4], theme=row[1][1], owners=row[6],
            status=status_look[row[10]][2], response=row[7], decision=row[8], progress=row[9]))
    return {
        "name": "hallowmere-quarrowby-joint-health-scrutiny-work-programme-and-tracker",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-09", "doc_title": title, "author": "Joint Committee Scrutiny Officer",
                 "tenth_p": True, "cant_split": True, "font": "Liberation Serif", "size": 10.5, "title_size": 17,
                 "title_color": "1F3864",
                 "m_header": ("Hallowmere and Quarrowby Joint Health Scrutiny Committee – 18 March 2026",
                              "Page {PAGE} of {NUMPAGES}"),
                 "m_footer": ("Agenda item 9 – Work programme and recommendations tracker", "")},
        "blocks": blocks,
        "gold": dict(genre="joint health scrutiny committee report on its work programme, with a recommendations "
                           "tracker appendix (responses of NHS bodies and councils, update and status)",
                     kind="committee-report", title=title, authority=HALLOWMERE, date="2026-03-18", meeting=jhsc,
                     recommendations=gold_recs),
        "layout": "PDF (python-docx → LibreOffice), Liberation Serif 10.5 pt, an italic running header with the "
                  "committee and date and \"Page X of Y\" fields, an italic footer line, rows that may not split. A "
                  "bold capitals masthead naming the joint committee and a \"Hosted by Hallowmere County Council "
                  "…\" line; a bordered front table with grey labels (Meeting / Date / Venue / Agenda item / Report "
                  "of / Exempt); the navy title; a one-cell box with a bold \"Recommendations\" line, \"The Joint "
                  "Committee is recommended to:\" and a Word-numbered 1.–4. list (lower-case verbs, \"; and\", one "
                  "with \"by 30 April 2026\" in its words). Bold non-style headings with typed 1.1–5.1 paragraphs, "
                  "\"2.2 Healthwatch Hallowmere recommended that …\" (not an item). After a page break, Appendix A, "
                  "the draft work programme (Meeting | Topic | Purpose | NHS lead / witnesses, an empty meeting "
                  "cell, \"TBC\" cells; not items). After another page break, Appendix B: a status key paragraph "
                  "with coloured bold words (Complete / In progress / Awaiting response / Not accepted) and the "
                  "tracker Ref | Meeting and topic | Recommendation | To | Response | Update (March 2026) | Status, "
                  "8 pt, navy header in white text, the meeting cell (bold date, topic on the next line, grey) "
                  "merged down over its rows, refs 2025/01–03, 07–09, 11–13 (a note above the table explains the gaps); To cells "
                  "split by \"/\" plus a line break, \";\" and \",\" plus a line break; responses opening "
                  "\"Accepted.\", \"Accepted in part.\", \"The ICB accepts …\", \"The ICB does not accept …\", a "
                  "description with no acceptance, and two empty; statuses as bold coloured words in shaded cells "
                  "(Awaiting response unshaded).",
    }


PAPERS = [
    hallowmere_review_scope,
    quarrowby_final_report,
    quarrowby_leader_letter,
    quarrowby_monitoring_report,
    hallowmere_scrutiny_minutes,
    hallowmere_jhsc_work_programme,
]
