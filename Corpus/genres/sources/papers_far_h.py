"""Papers of the sixth batch, part H: six made-up health, care and partnership papers from
Wyvernshire County Council (with the Wyvernshire Health and Wellbeing Board and the Wyvernshire
Community Safety Partnership), Healthwatch Wyvernshire and Silverbeck Integrated Care Board.
Everything is invented: people are given by role or initials, e-mail addresses use `.example`
and telephone numbers the 01632 960xxx range; every figure is made up.

They were written blind: by someone who had not read the pipeline's code, tests, output or
benchmarks and had not run it, using only the corpus READMEs and the build scripts and paper
definitions in this folder. Each paper names its own split. Gold values are written by hand
beside the words they label; the "Far papers, part H" section of Corpus/genres/README.md records the decisions taken where the rules left room.

Two papers need DOCX layouts render.py cannot make (white label text on NHS-blue cover cells,
rows that may not split across pages, and Word sections set in two columns). This module wraps
`render.to_docx` when it is imported: a paper whose meta carries "far_h" is written by the
FarHWriter below (a subclass of render.DocxWriter), every other paper goes to the wrapped
function unchanged (render.py itself is not edited).

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf"
(HTML → Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (pandoc DOCX →
LibreOffice).
"""

import copy as _copy

import render as _render
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import RGBColor
from gold import action, decision, recommendation
from papers_fresh import grid_table

WCC = "Wyvernshire County Council"
ICB = "Silverbeck Integrated Care Board"
NHS_BLUE = "005EB8"


# ---------------------------------------------------------------------------
# DOCX writer with the few extra layouts these papers need.
# ---------------------------------------------------------------------------


class FarHWriter(_render.DocxWriter):
    """render.DocxWriter plus: a ("cols", n) block that starts a continuous section set in n
    columns; white text in NHS-blue cells; rows that may not break across pages."""

    def blocks(self, blocks, container=None):
        for block in blocks:
            if block[0] == "cols":
                self.columns(block[1])
            else:
                super().blocks([block], container)

    def columns(self, number):
        section = self.doc.add_section(WD_SECTION.CONTINUOUS)
        cols = section._sectPr.find(qn("w:cols"))
        if cols is None:
            cols = parse_xml(f'<w:cols {nsdecls("w")}/>')
            section._sectPr.append(cols)
        cols.set(qn("w:num"), str(number))
        cols.set(qn("w:space"), "567")

    def finish(self):
        body = self.doc.element.body
        final = body.find(qn("w:sectPr"))
        refs = [el for el in final if el.tag in (qn("w:headerReference"), qn("w:footerReference"))]
        for sect in body.iter(qn("w:sectPr")):
            if sect is final:
                continue
            for ref in reversed(refs):
                sect.insert(0, _copy.deepcopy(ref))
        for table in self.doc.tables:
            for row in table.rows:
                if self.meta.get("cant_split"):
                    row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
                for cell in row.cells:
                    shd = cell._tc.tcPr.find(qn("w:shd")) if cell._tc.tcPr is not None else None
                    if shd is not None and shd.get(qn("w:fill")) == NHS_BLUE:
                        for paragraph in cell.paragraphs:
                            for run in paragraph.runs:
                                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


_wrapped_to_docx = _render.to_docx


def _to_docx(meta, blocks, path):
    if not meta.get("far_h"):
        return _wrapped_to_docx(meta, blocks, path)
    writer = FarHWriter(meta)
    writer.blocks(blocks)
    writer.finish()
    writer.save(path)
    return None


_render.to_docx = _to_docx


# ---------------------------------------------------------------------------
# H1. Health and Wellbeing Board report (DOCX, python-docx), Better Care Fund plan:
#     NHS-style cover table with white bold labels on NHS-blue cells; its "Recommendations"
#     cell holds "The Board is recommended to:" and typed (i)–(iv) lines (tab after the
#     label); typed 1.1 … 7.3 body paragraphs, one "Officers recommend that …" (not an item);
#     a funding table and a metrics table with undefined RAG letters (not items); a risks table
#     whose mitigations are not actions; "8. Recommendations – as set out on the cover sheet".
# ---------------------------------------------------------------------------


def hwb_bcf_report():
    board = "Health and Wellbeing Board"
    recs = [
        ("i", "approve the Wyvernshire Better Care Fund Plan 2026/27 set out in Appendix 1, including the pooled "
              "budget of £96.4 million;", "APPROVE"),
        ("ii", "note the performance at Quarter 3 2025/26 against the four national Better Care Fund metrics, set "
               "out in section 4;", "NOTE"),
        ("iii", "agree that the review of intermediate care beds reports its findings to the Board in September "
                "2026; and", "AGREE"),
        ("iv", "delegate authority to the Director of Adult Social Care and the ICB Director of Place (Wyvernshire), "
               "in consultation with the Chair of the Board, to approve the final submission to NHS England by 31 "
               "March 2026.", "DELEGATE"),
    ]
    label = lambda text: {"text": text, "bold": True, "fill": NHS_BLUE}
    rec_cell = {"blocks": [("p", "**The Board is recommended to:**")]
                + [("p", f"({n})\t{text}") for n, text, verb in recs]}
    blocks = [
        ("p", "**Wyvernshire Health and Wellbeing Board**"),
        ("table", {"cols": [4.6, 12.4], "rows": [
            [label("Meeting"), "Health and Wellbeing Board (meeting in public)"],
            [label("Date of meeting"), "Wednesday 11 March 2026"],
            [label("Agenda item"), "7"],
            [label("Report title"), "Better Care Fund Plan 2026/27"],
            [label("Report of"), "Director of Adult Social Care, Wyvernshire County Council\n"
                                 "Director of Place (Wyvernshire), Silverbeck Integrated Care Board"],
            [label("Report author"), "BCF Programme Manager – bcf@wyvernshire.example – 01632 960 412"],
            [label("Purpose"), "For decision"],
            [label("Previously considered by"), "Wyvernshire Joint Commissioning Board, 12 February 2026"],
            [label("Joint Health and Wellbeing Strategy priority"), "Priority 3: Living and ageing well"],
            [label("Exempt information"), "None"],
            [label("Recommendations"), rec_cell],
        ]}),
        ("title", "Better Care Fund Plan 2026/27"),
        ("h", 1, "1. Purpose of the report"),
        ("p", "1.1\tThis report asks the Board to approve the Better Care Fund (BCF) Plan for 2026/27, which must be "
              "agreed by the Health and Wellbeing Board before it is submitted to NHS England."),
        ("p", "1.2\tIt also reports performance at Quarter 3 of 2025/26, the last quarter for which national data "
              "are available."),
        ("h", 1, "2. Background"),
        ("p", "2.1\tThe Better Care Fund is a pooled budget held by Wyvernshire County Council and Silverbeck "
              "Integrated Care Board under a section 75 agreement. It pays for community health services, "
              "reablement, disabled facilities grants, carers’ support and hospital discharge schemes."),
        ("p", "2.2\tThe national policy framework for 2026/27 was published on 14 January 2026. It keeps the two "
              "national objectives of the previous year – to support people to remain independent at home and to "
              "help people leave hospital when they are ready – and reduces the national metrics from five to four."),
        ("p", "2.3\tThe plan was developed by the Joint Commissioning Board, with the five district councils (for "
              "disabled facilities grants) and Wyvernshire Carers Hub."),
        ("h", 1, "3. The plan for 2026/27"),
        ("p", "3.1\tThe pooled budget for 2026/27 is £96.4 million, an increase of 4.1% on 2025/26. The table shows "
              "the main areas of spend."),
        ("table", {"cols": [8.5, 3.5, 3.5], "header": ["Area of spend", "2025/26 £000", "2026/27 £000"],
                   "header_fill": "D9E2F3", "font": 9.5, "rows": [
            ["Community health services (ICB minimum contribution)", "38,210", "39,760"],
            ["Adult social care services (protected from ICB contribution)", "21,430", "22,300"],
            ["Reablement and intermediate care", "12,880", "13,420"],
            ["Disabled facilities grants (passed to district councils)", "7,940", "8,120"],
            ["Carers’ support", "2,310", "2,460"],
            ["Discharge Fund", "9,810", "10,340"],
            [{"text": "Total", "bold": True}, {"text": "92,580", "bold": True}, {"text": "96,400", "bold": True}],
        ]}),
        ("p", "3.2\tThe largest change is in the Discharge Fund, where the uplift of £0.53 million will pay for a "
              "seven-day discharge-to-assess team at Silverbeck General Hospital. Officers recommend that the rest of "
              "the Discharge Fund stays with the schemes that were funded in 2025/26, because the evaluation of "
              "those schemes will not be complete until June 2026."),
        ("p", "3.3\tThe plan also continues the falls response service and the housing adaptations fast track, which "
              "the Board reviewed in November 2025."),
        ("h", 1, "4. Performance at Quarter 3 2025/26"),
        ("p", "4.1\tPerformance against the national metrics is summarised below. The ratings are those used in "
              "the national return."),
        ("table", {"cols": [7.5, 2.6, 2.6, 2.6, 1.7],
                   "header": ["Metric", "Plan Q3", "Actual Q3", "England Q3", "Rating"],
                   "header_fill": "D9E2F3", "font": 9.5, "rows": [
            ["Emergency admissions per 100,000 people aged 65 and over", "1,460", "1,512", "1,498",
             {"text": "A", "fill": "FFD966"}],
            ["People discharged to their usual place of residence", "92.5%", "93.1%", "92.8%",
             {"text": "G", "fill": "A9D08E"}],
            ["Permanent admissions to care homes, aged 65 and over, per 100,000", "540", "612", "566",
             {"text": "R", "fill": "F4B183"}],
            ["Discharges on or before the discharge ready date", "84%", "85%", "83%",
             {"text": "G", "fill": "A9D08E"}],
        ]}),
        ("p", "4.2\tAdmissions to care homes remain above plan. A deep dive by the Joint Commissioning Board found that "
              "a third of the admissions followed a hospital stay of more than 21 days."),
        ("h", 1, "5. Risks"),
        ("table", {"cols": [6.0, 8.0, 3.0], "header": ["Risk", "Mitigation", "Rating"],
                   "header_fill": "D9E2F3", "font": 9.5, "rows": [
            ["Demand for home care after discharge rises faster than the plan assumes",
             "Monthly review of discharge activity by the Joint Commissioning Board; contingency of £0.4 million",
             "Medium"],
            ["District councils cannot spend the full disabled facilities grant",
             "Quarterly returns; unspent grant can be moved between districts by agreement", "Low"],
        ]}),
        ("h", 1, "6. Implications"),
        ("p", "6.1\t**Financial:** the plan is funded within the budgets agreed by the County Council in February 2026 "
              "and by the ICB Board in its 2026/27 financial plan."),
        ("p", "6.2\t**Legal:** the section 75 agreement will be varied to reflect the 2026/27 plan."),
        ("p", "6.3\t**Equality:** an equality impact assessment has been completed; no adverse impact was found."),
        ("h", 1, "7. Consultation"),
        ("p", "7.1\tThe plan was shared with the district councils, Wyvernshire Carers Hub and Healthwatch Wyvernshire "
              "in February 2026."),
        ("h", 1, "8. Recommendations"),
        ("p", "8.1\tAs set out on the cover sheet."),
        ("h", 1, "Appendices and background papers"),
        ("p", "Appendix 1 – Wyvernshire Better Care Fund Plan 2026/27 (narrative and planning template)"),
        ("p", "Background paper – Better Care Fund policy framework 2026/27 (published 14 January 2026)"),
        ("p", "Contact: BCF Programme Manager, County Hall, Wyvern Bridge WY1 1AA – bcf@wyvernshire.example – "
              "01632 960 412"),
    ]
    gold_recs = [recommendation(n, text, verb=verb, addressee="Board") for n, text, verb in recs]
    return {
        "name": "wyvernshire-hwb-better-care-fund-plan-2026-27",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-03-02", "doc_title": "Better Care Fund Plan 2026/27", "far_h": True,
                 "font": "Arial", "size": 11, "header": "Wyvernshire Health and Wellbeing Board – 11 March 2026",
                 "footer": "Better Care Fund Plan 2026/27 – Agenda item 7"},
        "blocks": blocks,
        "gold": dict(genre="Health and Wellbeing Board report with an NHS-style cover table whose Recommendations "
                           "cell holds \"The Board is recommended to:\" and typed (i)–(iv)",
                     kind="committee-report", title="Better Care Fund Plan 2026/27", authority=WCC,
                     date="2026-03-11", meeting=board, recommendations=gold_recs),
        "layout": "DOCX (python-docx), Arial, Word heading styles, italic running header and a page footer; a bold "
                  "board line; an NHS-style two-column cover table whose label cells are NHS blue with white bold "
                  "text (Meeting / Date of meeting / Agenda item / Report title / Report of / Report author / Purpose / "
                  "Previously considered by / Strategy priority / Exempt information / Recommendations); the "
                  "Recommendations cell holds \"The Board is recommended to:\" and typed (i)–(iv) lines (tab after the "
                  "label, lower-case verbs, \"; and\"); typed 1.1–8.1 paragraphs, one \"Officers recommend that …\" "
                  "(not an item); a funding table with a bold total row and a metrics table with shaded, undefined RAG "
                  "letters (not items); a risks table with mitigations (not actions); \"8.1 As set out on the cover "
                  "sheet.\"; a contact line.",
    }


# ---------------------------------------------------------------------------
# H2. Community Safety Partnership plan (HTML → Chromium, landscape): the table
#     Priority | Objective | Action | Lead agency | Target | RAG; priority rows merged across
#     all six columns and shaded; refs 1.1 … in the Priority column; Objective cells merged
#     down over their actions; RAG as letters in shaded cells, with a key table above.
# ---------------------------------------------------------------------------

RAG_FILL = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "F4B183", "N": None}
RAG_STATUS = {"B": "completed", "G": "ongoing", "A": "ongoing", "R": None, "N": "not-started"}


def csp_plan():
    # priorities: (title, [(objective, [(ref, action, lead cell, owners, target, due, rag)])])
    priorities = [
        ("Priority 1: Tackle violence against women and girls", [
            ("Increase confidence to report domestic abuse", [
                ("1.1", "Launch a county-wide domestic abuse awareness campaign aimed at victims aged 60 and over.",
                 "Wyvernshire County Council / Office of the Police and Crime Commissioner",
                 ["Wyvernshire County Council", "Office of the Police and Crime Commissioner"], "Nov-25", "2025-11",
                 "B"),
                ("1.2", "Train 400 frontline staff in the domestic abuse risk identification checklist.",
                 "Wyvernshire Police;\nSilverbeck ICB", ["Wyvernshire Police", "Silverbeck ICB"], "Q4 2025/26",
                 "2026-03", "G"),
            ]),
            ("Make the night-time economy safer for women", [
                ("1.3", "Extend the Safe Space scheme to licensed venues in Carrick Magna and Wyvern Bridge.",
                 "District councils (licensing)", ["District councils (licensing)"], "Summer 2026", "2026-08", "A"),
            ]),
        ]),
        ("Priority 2: Reduce serious violence and exploitation", [
            ("Understand the causes of serious violence", [
                ("2.1", "Publish the refreshed serious violence strategic needs assessment.",
                 "Wyvernshire County Council (Public Health)", ["Wyvernshire County Council (Public Health)"],
                 "31/01/2026", "2026-01-31", "B"),
            ]),
            ("Protect young people from knife crime and exploitation", [
                ("2.2", "Deliver knife crime education sessions in every secondary school in the county.",
                 "Wyvernshire Police\nYouth Justice Service", ["Wyvernshire Police", "Youth Justice Service"],
                 "July 2026", "2026-07", "G"),
                ("2.3", "Set up a multi-agency child exploitation hub at Wyvern Bridge police station.",
                 "Wyvernshire Police and Wyvernshire County Council Children’s Services",
                 ["Wyvernshire Police", "Wyvernshire County Council Children’s Services"], "Q2 2026/27", "2026-09",
                 "R"),
                ("2.4", "Recommission the adult drug and alcohol treatment service with an outreach offer for people "
                        "leaving prison.",
                 "Wyvernshire County Council Public Health", ["Wyvernshire County Council Public Health"], "", None,
                 "N"),
            ]),
        ]),
        ("Priority 3: Tackle anti-social behaviour and neighbourhood crime", [
            ("Respond consistently to anti-social behaviour", [
                ("3.1", "Agree a single ASB case review (Community Trigger) procedure for all five district councils.",
                 "District councils / Wyvernshire Police", ["District councils", "Wyvernshire Police"], "Sept 2025",
                 "2025-09", "B"),
                ("3.2", "Roll out the rural crime alert messaging service to every parish council.",
                 "Wyvernshire Police Rural Crime Team", ["Wyvernshire Police Rural Crime Team"], "Ongoing", None, "G"),
            ]),
            ("Reduce repeat victimisation", [
                ("3.3", "Fund target-hardening works for repeat victims of burglary.",
                 "Office of the Police and Crime Commissioner", ["Office of the Police and Crime Commissioner"],
                 "By March 2026", "2026-03", "A"),
                ("3.4", "Map deliberate fire-setting hotspots and agree joint patrols with housing providers.",
                 "Wyvernshire Fire and Rescue Service; Housing providers",
                 ["Wyvernshire Fire and Rescue Service", "Housing providers"], "Q1 2026/27", "2026-06", "N"),
            ]),
        ]),
    ]
    rows, actions = [], []
    for title, objectives in priorities:
        rows.append([{"text": title, "span": 6, "bold": True, "fill": "D5C8E4"}, "<", "<", "<", "<", "<"])
        for objective, items in objectives:
            for i, (ref, text, lead, owners, target, due, rag) in enumerate(items):
                obj_cell = {"text": objective, "vspan": len(items)} if i == 0 else "^"
                rows.append([ref, obj_cell, text, lead, target,
                             {"text": rag, "fill": RAG_FILL[rag], "bold": True}])
                actions.append(action(ref, text, owners, target or None, due, RAG_STATUS[rag]))
    blocks = [
        ("p", "**WYVERNSHIRE COMMUNITY SAFETY PARTNERSHIP**"),
        ("title", "Community Safety Partnership Plan 2025–2028: Year 1 Delivery Plan"),
        ("p", "Updated: 14 January 2026 (position at the end of Quarter 3 2025/26) – for the Partnership Board "
              "meeting on 28 January 2026"),
        ("h", 2, "About this plan"),
        ("p", "The Wyvernshire Community Safety Partnership brings together the statutory partners under the Crime "
              "and Disorder Act 1998: Wyvernshire County Council, the five district councils, Wyvernshire Police, "
              "Wyvernshire Fire and Rescue Service, the Probation Service and Silverbeck Integrated Care Board. The "
              "Office of the Police and Crime Commissioner attends as a funding partner."),
        ("p", "Our three-year plan was agreed in April 2025 after the annual strategic assessment. This delivery plan "
              "sets out what partners will do in the first year. The lead agency for each action is accountable to "
              "the Partnership Board for delivering it; other partners contribute."),
        ("h", 2, "What the strategic assessment told us"),
        ("table", {"cols": [9, 3.5, 3.5, 3.5], "header": ["Crime type (Wyvernshire)", "2023/24", "2024/25",
                                                          "Change"],
                   "header_fill": "D5C8E4", "font": 9.5, "rows": [
            ["Domestic abuse-related crimes", "7,412", "7,906", "+6.7%"],
            ["Violence with injury", "3,288", "3,105", "−5.6%"],
            ["Possession of a bladed article", "312", "351", "+12.5%"],
            ["Residential burglary", "1,940", "1,702", "−12.3%"],
            ["Anti-social behaviour incidents", "11,560", "10,980", "−5.0%"],
        ]}),
        ("h", 2, "RAG key"),
        ("table", {"cols": [1.2, 12], "font": 9.5, "rows": [
            [{"text": "B", "fill": RAG_FILL["B"], "bold": True}, "Complete"],
            [{"text": "G", "fill": RAG_FILL["G"], "bold": True}, "In progress – on track"],
            [{"text": "A", "fill": RAG_FILL["A"], "bold": True},
             "In progress – some slippage, with a recovery plan agreed by the lead agency"],
            [{"text": "R", "fill": RAG_FILL["R"], "bold": True},
             "Off track – the target will not be met without help from the Partnership Board"],
            [{"text": "N", "bold": True}, "Not yet started (the action is not yet due to begin)"],
        ]}),
        ("break",),
        ("h", 2, "Year 1 delivery plan"),
        ("table", {"cols": [1.7, 5.0, 8.0, 5.2, 2.5, 1.4],
                   "header": ["Priority", "Objective", "Action", "Lead agency", "Target", "RAG"],
                   "header_fill": "B4A7D6", "font": 9.5, "rows": rows}),
        ("h", 2, "How progress is reported"),
        ("p", "Lead agencies update the plan each quarter. Actions rated R are reported by exception to the "
              "Partnership Board, which may agree extra resources or a revised target. Actions that are complete "
              "stay in the plan until the end of the year."),
        ("p", "Contact: Community Safety Partnership Manager, Wyvernshire County Council, County Hall, Wyvern Bridge "
              "WY1 1AA – csp@wyvernshire.example – 01632 960 455."),
    ]
    return {
        "name": "wyvernshire-community-safety-partnership-delivery-plan",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Community Safety Partnership Plan 2025–2028: Year 1 Delivery Plan", "landscape": True,
                 "css_font": "'Liberation Sans', Arial, sans-serif", "size": 10, "title_color": "4B2E6F",
                 "footer": "Wyvernshire Community Safety Partnership – Year 1 Delivery Plan – updated 14 January 2026"},
        "blocks": blocks,
        "gold": dict(genre="Community safety partnership delivery plan with priority rows across the table and RAG "
                           "letters in shaded cells", kind="action-plan",
                     title="Community Safety Partnership Plan 2025–2028: Year 1 Delivery Plan", authority=WCC,
                     date="2026-01-14", meeting=None, actions=actions),
        "layout": "PDF (render.py HTML → Chromium), landscape, Liberation Sans 10 pt; a bold capitals partnership line "
                  "above a purple title; an \"Updated:\" line; a figures table with a lilac header (not items); a "
                  "headerless RAG key table of five shaded letters (B / G / A / R / N, N unshaded) with meanings; "
                  "after a page break, one plan table Priority | Objective | Action | Lead agency | Target | RAG with "
                  "a dark purple header, priority rows merged across all six columns in lilac, refs 1.1–3.4 in the "
                  "Priority column, Objective cells merged down over their actions, RAG as bold letters in shaded "
                  "cells; lead cells split by \"/\", \";\" plus a line break, a bare line break and \"and\" between two "
                  "bodies; targets \"Nov-25\", \"Q4 2025/26\", \"Summer 2026\", \"31/01/2026\", \"July 2026\", "
                  "\"Q2 2026/27\", one empty, \"Sept 2025\", \"Ongoing\", \"By March 2026\", \"Q1 2026/27\"; a "
                  "contact line and a closing footer line.",
    }


# ---------------------------------------------------------------------------
# H3. Adult social care improvement plan after a CQC assessment (python-docx → LibreOffice,
#     landscape): Theme | Area for improvement | Action | Owner | Timescale | Progress with the
#     Theme and Area cells merged down; no action refs; progress words with notes, defined in
#     a key; rows that may not split, so the table breaks between rows across pages.
# ---------------------------------------------------------------------------


def asc_improvement_plan():
    status_of = {"Complete": "completed", "On track": "ongoing", "Delayed": "ongoing", "Not started": "not-started",
                 "": None}
    # themes: (theme, [(area, [(action, owner cell, owners, timescale, due, progress word, note)])])
    themes = [
        ("Working with people", [
            ("People wait too long for a Care Act assessment, and are not told how long they will wait.", [
                ("Clear the backlog of people waiting more than 28 days for an assessment, using a dedicated "
                 "assessment team.", "Head of Assessment and Care Management",
                 ["Head of Assessment and Care Management"], "31 March 2026", "2026-03-31", "On track",
                 "waiting list down from 1,140 in August to 610 in January."),
                ("Introduce a weekly waiting-list review so that people at the highest risk are contacted within five "
                 "working days.", "Principal Social Worker /\nHead of Assessment and Care Management",
                 ["Principal Social Worker", "Head of Assessment and Care Management"], "Oct 2025", "2025-10",
                 "Complete", "in place since 6 October 2025."),
                ("Publish waiting times for assessments on the Council’s website every month.",
                 "Head of Performance and Intelligence", ["Head of Performance and Intelligence"], "Jan 2026",
                 "2026-01", "Delayed", "the web pages will go live with the new website in March 2026."),
            ]),
            ("Unpaid carers are not always offered a carer’s assessment.", [
                ("Commission an independent carers’ assessment service from the voluntary sector.",
                 "Head of Commissioning (Adults); Wyvernshire Carers Hub",
                 ["Head of Commissioning (Adults)", "Wyvernshire Carers Hub"], "Q1 2026/27", "2026-06", "On track",
                 "tender closes 27 February 2026."),
                ("Add a carer’s assessment prompt to every adult social care assessment form.", "Systems Lead",
                 ["Systems Lead"], "December 2025", "2025-12", "Complete", ""),
            ]),
        ]),
        ("Providing support", [
            ("There are too few home care hours in rural areas, and people wait in hospital for care to start.", [
                ("Pilot a rural home care zone with guaranteed hours for providers in the north of the county.",
                 "Head of Commissioning (Adults)", ["Head of Commissioning (Adults)"], "Pilot from April 2026",
                 "2026-04", "Not started", "provider engagement event held on 20 January 2026."),
                ("Agree a joint approach with Silverbeck ICB to recruit care workers through a shared health and care "
                 "jobs portal.", "Director of Adult Social Care and Silverbeck ICB Chief People Officer",
                 ["Director of Adult Social Care", "Silverbeck ICB Chief People Officer"], "2026/27", "2027-03",
                 "On track", ""),
            ]),
            ("Planning for young people moving from children’s services starts too late.", [
                ("Start transition planning for every young person with care needs at the age of 14, in line with the "
                 "Preparing for Adulthood protocol.", "Head of Preparing for Adulthood\nHead of SEND",
                 ["Head of Preparing for Adulthood", "Head of SEND"], "September 2026", "2026-09", "On track",
                 "protocol agreed by both directorates in December 2025."),
            ]),
        ]),
        ("How the local authority ensures safety within the system", [
            ("Safeguarding enquiries are not always completed on time.", [
                ("Set a 28-day standard for completing section 42 enquiries and report performance to the Safeguarding "
                 "Adults Board.", "Head of Safeguarding Adults", ["Head of Safeguarding Adults"], "Nov 2025",
                 "2025-11", "Complete", "first report to the Board on 9 December 2025."),
                ("Audit 40 closed safeguarding cases each quarter and share the learning with all teams.",
                 "Principal Social Worker", ["Principal Social Worker"], "Quarterly", None, "On track", ""),
            ]),
        ]),
        ("Leadership", [
            ("Performance information is not used well enough to plan improvement.", [
                ("Create an adult social care performance dashboard for the Cabinet Member and senior leaders.",
                 "Head of Performance and Intelligence", ["Head of Performance and Intelligence"], "Q4 2025/26",
                 "2026-03", "Delayed", "data warehouse migration has moved to February 2026."),
                ("Hold a co-production event with people who draw on care and support to review this plan.",
                 "Director of Adult Social Care, with Wyvernshire Disability Forum",
                 ["Director of Adult Social Care", "Wyvernshire Disability Forum"], "", None, "", ""),
            ]),
        ]),
    ]
    fills = {"Complete": "BDD7EE", "On track": "C6E0B4", "Delayed": "FFE699", "Not started": "EDEDED", "": None}
    rows, actions = [], []
    for theme, areas in themes:
        span = sum(len(items) for area, items in areas)
        first_theme = True
        for area, items in areas:
            for i, (text, owner, owners, timescale, due, word, note) in enumerate(items):
                theme_cell = {"text": theme, "vspan": span, "bold": True, "fill": "F2F2F2"} if first_theme else "^"
                first_theme = False
                area_cell = {"text": area, "vspan": len(items)} if i == 0 else "^"
                progress = word + (" – " + note if note else "")
                progress_cell = {"text": progress, "fill": fills[word]} if fills[word] else progress
                rows.append([theme_cell, area_cell, text, owner, timescale, progress_cell])
                actions.append(action(None, text, owners, timescale or None, due, status_of[word]))
    blocks = [
        ("p", "**WYVERNSHIRE COUNTY COUNCIL – ADULT SOCIAL CARE**"),
        ("title", "Adult Social Care Improvement Plan"),
        ("p", "Our response to the Care Quality Commission’s assessment of Wyvernshire County Council’s adult social "
              "care duties under the Care Act 2014"),
        ("table", {"cols": [4.0, 8.5, 4.0, 8.5], "font": 9.5, "rows": [
            [{"text": "Version", "bold": True, "fill": "D9D9D9"}, "3.0",
             {"text": "Updated", "bold": True, "fill": "D9D9D9"}, "2 February 2026"],
            [{"text": "Plan owner", "bold": True, "fill": "D9D9D9"}, "Director of Adult Social Care",
             {"text": "Overseen by", "bold": True, "fill": "D9D9D9"}, "Adult Social Care Improvement Board"],
            [{"text": "CQC rating", "bold": True, "fill": "D9D9D9"}, "Requires improvement (published 9 September 2025)",
             {"text": "Next update", "bold": True, "fill": "D9D9D9"}, "May 2026"],
        ]}),
        ("h", 2, "1. Introduction"),
        ("p", "CQC assessed how well Wyvernshire County Council meets its duties under Part 1 of the Care Act 2014 "
              "between March and June 2025. The final report gave an overall rating of Requires improvement, with "
              "an indicative score of 2 in each of the four themes."),
        ("p", "CQC found many strengths. In its report it said:"),
        ("p", "“People told us that staff were kind and that once they received support it made a real difference to "
              "their lives. Partnership working with the voluntary sector was a clear strength.”"),
        ("p", "This plan sets out how we will act on the areas for improvement in the report. Cabinet agreed the plan "
              "on 21 October 2025 and the Adults and Health Scrutiny Committee reviews it every six months."),
        ("h", 2, "2. What CQC said we do well"),
        ("list", "bullet", 1, [
            "Information and advice through the Wyvernshire Connect website and the community hubs.",
            "Reablement: 84% of people were still at home 91 days after leaving hospital.",
            "Strong relationships with the voluntary and community sector.",
        ]),
        ("h", 2, "3. Progress key"),
        ("p", "**Complete** – the action has been carried out. **On track** – work has started and is on schedule. "
              "**Delayed** – work has started but is behind the timescale. **Not started** – work has not begun. "
              "Actions added since the last update have no progress entry yet."),
        ("h", 2, "4. Improvement plan"),
        ("table", {"cols": [3.2, 5.0, 6.4, 4.0, 2.6, 4.4],
                   "header": ["Theme", "Area for improvement", "Action", "Owner", "Timescale", "Progress"],
                   "header_fill": "B4C6E7", "font": 9.5, "rows": rows}),
        ("h", 2, "5. Governance"),
        ("p", "The Adult Social Care Improvement Board, chaired by the Director of Adult Social Care, meets monthly and "
              "reviews every delayed action. Members of the Board include the Cabinet Member for Adult Social Care, "
              "Healthwatch Wyvernshire and the ICB Director of Place (Wyvernshire)."),
        ("p", "For more information contact the Adult Social Care Improvement Lead – asc.improvement@wyvernshire.example "
              "– 01632 960 468."),
    ]
    return {
        "name": "wyvernshire-adult-social-care-improvement-plan",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-02", "doc_title": "Adult Social Care Improvement Plan", "far_h": True,
                 "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "header": "OFFICIAL", "footer": "Wyvernshire County Council – Adult Social Care Improvement Plan "
                                                 "v3.0"},
        "blocks": blocks,
        "gold": dict(genre="Adult social care improvement plan after a CQC assessment, grouped by theme: Theme | Area "
                           "for improvement | Action | Owner | Timescale | Progress", kind="action-plan",
                     title="Adult Social Care Improvement Plan", authority=WCC, date="2026-02-02", meeting=None,
                     actions=actions),
        "layout": "PDF (python-docx → LibreOffice), landscape, Liberation Sans 10 pt, italic \"OFFICIAL\" running "
                  "header and a page footer; a bold capitals council line, the title and a subtitle; a four-column "
                  "version table with grey labels; a quoted CQC sentence and strengths bullets (not items); a progress "
                  "key in one bold-led paragraph; one 9.5 pt table Theme | Area for improvement | "
                  "Action | Owner | Timescale | Progress with a pale blue header repeated on each page, starting on page 1, Theme cells merged "
                  "down over the theme's rows (grey, bold) and Area cells merged down over their actions; no refs; "
                  "rows may not split, so the table breaks between rows across pages; progress as a word, an en dash "
                  "and a note, in shaded cells (Complete / On track / Delayed / Not started), one empty; owners split "
                  "by \"/\" plus a line break, \";\", a bare line break, \"and\" between two posts and \", with\"; "
                  "timescales \"31 March 2026\", \"Oct 2025\", \"Jan 2026\", \"Q1 2026/27\", \"December 2025\", "
                  "\"Pilot from April 2026\", \"2026/27\", \"September 2026\", \"Nov 2025\", \"Quarterly\", "
                  "\"Q4 2025/26\", one empty.",
    }


# ---------------------------------------------------------------------------
# H4. Healthwatch letter responding to a consultation (Markdown → pandoc DOCX → LibreOffice):
#     letterhead and address line blocks, a bold subject line, numbered paragraphs 1–14 as
#     pandoc lists that restart at the right number after bold subheadings; five paragraphs
#     with "We recommend that …" (one mid-sentence "… and we recommend that …"), among
#     paragraphs that report others' recommendations (not items); an annex figures table.
# ---------------------------------------------------------------------------


def healthwatch_letter():
    title = ("Consultation on the future of day opportunities for adults with a learning disability – response "
             "from Healthwatch Wyvernshire")
    # (number, theme, paragraph, recommendation text or None, verb, addressee)
    paras = [
        ("1", None, "Thank you for the opportunity to respond to the Council's consultation on the future of day "
                    "opportunities for adults with a learning disability, which ran from 5 January to 16 February "
                    "2026. This letter is our formal response.", None, None, None),
        ("2", None, "Healthwatch Wyvernshire is the independent champion for people who use health and social care "
                    "services in the county. Our role, and our right to have our views considered, are set out in "
                    "the Health and Social Care Act 2012.", None, None, None),
        ("3", "How we gathered views", "Between 12 January and 9 February 2026 we heard from 164 people: 71 people "
              "who use day services, 58 family carers and 35 members of staff. We held six listening events, ran an "
              "easy read survey and visited four of the seven day centres. A summary of what we heard is in the "
              "annex.", None, None, None),
        ("4", "How we gathered views", "We were helped by Wyvernshire Self Advocacy Network, whose members "
              "co-facilitated every listening event.", None, None, None),
        ("5", "The proposed hub model", "Most people understood why the Council wants to change the way day "
              "opportunities are provided, and many welcomed the idea of more activities in the community. However, "
              "61% of the people who use day services told us they were worried about losing contact with friends.",
         None, None, None),
        ("6", "The proposed hub model", "The consultation document says that officers recommend Option B, which "
              "would close three centres and create two community hubs. It does not explain how the savings of £1.1 "
              "million a year were calculated, or what they depend on.", None, None, None),
        ("7", "The proposed hub model", None,
         "We recommend that the Council publishes the full financial case for Option B before Cabinet makes its "
         "decision.", "PUBLISHES", "Council"),
        ("8", "The proposed hub model", None,
         "We recommend that the Council completes a review of the care and support plan of every person who uses a "
         "centre before that centre closes, and agrees a new place with them and their family.",
         "COMPLETES", "Council"),
        ("9", "Transport", "Transport was the issue raised most often. Carers told us that journeys of more than an "
              "hour each way would be too long for people with complex needs, and that some people become anxious "
              "when a driver they do not know arrives.", None, None, None),
        ("10", "Transport", None,
         "We recommend that the Council sets a maximum journey time of 45 minutes each way and publishes a "
         "transport plan for each hub. Journey times should be reviewed with families three months after each hub "
         "opens.", "SETS", "Council"),
        ("11", "Carers", "In our 2024 report on short breaks we recommended that the Council reviews its offer of "
              "breaks for carers. We are pleased that this work has now started.", None, None, None),
        ("12", "Carers", None,
         "We recommend that carers are offered a carer's assessment before any change is made to the day service of "
         "the person they care for.", None, None),
        ("13", "Carers", "Healthwatch England has recommended that councils involve carers in designing day "
               "opportunities from the start. We agree, and ",
         "we recommend that Wyvernshire County Council sets up a co-design group of people who use day services and "
         "carers to help plan the hubs.", "SETS", "Wyvernshire County Council"),
        ("14", "Next steps", "We would be grateful for a written response to our recommendations by 20 March 2026, "
               "before the Cabinet meeting on 24 March 2026. We will publish this letter and your response on our "
               "website.", None, None, None),
    ]
    md = [
        "**healthwatch** Wyvernshire",
        "| Unit 4, The Maltings, Carrick Magna WY4 2DL\n"
        "| 01632 960 377 \\| enquiries@healthwatchwyvernshire.example",
        "| Our ref: HWW/CON/26/02\n| 20 February 2026",
        "| Director of Adult Social Care\n| Wyvernshire County Council\n| County Hall\n| Wyvern Bridge WY1 1AA",
        "Dear Director,",
        f"**{title}**",
    ]
    current = None
    recs = []
    for number, theme, body, rec, verb, addressee in paras:
        if theme != current and theme is not None:
            md.append(f"**{theme}**")
            current = theme
        text = (body or "") + (rec or "")
        md.append(f"{number}. {text}")
        if rec:
            recs.append(recommendation(number, rec, verb=verb, addressee=addressee, theme=theme))
    md += [
        "Yours sincerely,",
        "| *Signed*\n| Chief Executive, Healthwatch Wyvernshire",
        "cc: Cabinet Member for Adult Social Care; Chair, Adults and Health Scrutiny Committee; ICB Director of "
        "Place (Wyvernshire)",
        "## Annex: what people told us",
        "| Question (easy read survey and events) | Yes | No | Not sure |\n|---|--:|--:|--:|\n"
        "| I like going to my day centre | 118 | 9 | 11 |\n"
        "| I am worried about the changes | 97 | 21 | 20 |\n"
        "| I would try activities in the community | 64 | 38 | 36 |\n"
        "| My journey to the centre is too long now | 29 | 92 | 17 |",
        "Figures are counts of people who answered each question (138 people answered at least one).",
        "What people said:",
        "> \"The centre is where my friends are. I don't want to lose them.\" – person who uses a day service",
        "> \"My son can manage forty minutes in the bus. After that it is not fair on him or the driver.\" – "
        "family carer",
    ]
    return {
        "name": "wyvernshire-healthwatch-day-opportunities-consultation-response",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-02-20"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Healthwatch letter responding to a council consultation, with \"We recommend that …\" in "
                           "numbered paragraphs", kind="scrutiny-report", title=title, authority=WCC,
                     date="2026-02-20", meeting=None, recommendations=recs),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles; a lower-case brand line for the logo; "
                  "sender and addressee address line blocks, a date, a reference and \"Dear Director,\"; the subject "
                  "as a bold paragraph (the title); numbered paragraphs 1–14 as pandoc lists that restart at the next "
                  "number after each bold subheading (How we gathered views / The proposed hub model / Transport / "
                  "Carers / Next steps); five recommendations in paragraphs 7, 8, 10, 12, 13: four open \"We "
                  "recommend that …\" (one of two sentences, one passive), the fifth is the end of a sentence "
                  "(\"We agree, and we recommend that …\"); paragraphs reporting others' recommendations (\"officers "
                  "recommend Option B\", \"In our 2024 report … we recommended that …\", \"Healthwatch England has "
                  "recommended that …\") and a request for a response by a date (not items); signature and cc lines; "
                  "an annex with a pipe figures table and block-quoted comments.",
    }


# ---------------------------------------------------------------------------
# H5. ICB board minutes (Markdown → pandoc DOCX): "The Board RESOLVED to APPROVE …" items, one
#     "The Board RESOLVED to:" with typed (a)/(b) parts, "The Board NOTED …" and "RECEIVED"
#     items (not decisions); an action log grid table at the end with a status note.
# ---------------------------------------------------------------------------


def icb_board_minutes():
    board = "ICB Board"
    # minutes: (item, title, paragraphs, [(number, decision text)])
    minutes = [
        ("ICB 26/01", "Welcome, apologies and quoracy", [
            "The Chair welcomed members and the public. Apologies were received from the Non-Executive Member "
            "(People) and the Partner Member (Local Authorities), who was represented by the Director of Adult Social "
            "Care, Wyvernshire County Council. The meeting was quorate."], []),
        ("ICB 26/02", "Declarations of interest", [
            "The Partner Member (Primary Care) declared an interest in item ICB 26/08 as a partner in a practice that "
            "would refer patients to the Community Diagnostic Centre. The Chair agreed that the member could take part "
            "in the discussion but not in the decision."], []),
        ("ICB 26/03", "Minutes of the previous meeting", [
            "The Board RESOLVED to APPROVE the minutes of the meeting held on 4 December 2025 as an accurate record."],
         [(None, "to APPROVE the minutes of the meeting held on 4 December 2025 as an accurate record.")]),
        ("ICB 26/04", "Action log and matters arising", [
            "The Board reviewed the action log, which is attached to these minutes. Action BA/25/38 was confirmed as "
            "closed. The Director of Corporate Governance explained that the review of committee terms of reference "
            "(BA/25/41) had been delayed to take account of national guidance."], []),
        ("ICB 26/05", "Chief Executive's report", [
            "The Chief Executive highlighted the ICB's response to the national operating framework, the appointment "
            "of a new Chief Nursing Officer from 1 April 2026 and the outcome of the resident doctors' industrial "
            "action in January. Members asked about the effect on elective waiting lists.",
            "The Board NOTED the report."], []),
        ("ICB 26/06", "Urgent and emergency care: winter position", [
            "The Chief Operating Officer presented the winter position. Ambulance handover times at Silverbeck General "
            "Hospital had improved, with 71% of handovers within 45 minutes in January, but corridor care had been used "
            "on 19 days. The Non-Executive Member (Quality) asked for the findings of the corridor care audit to be "
            "shared with the Quality Committee (action BA/26/01).",
            "The Board RESOLVED to NOTE the urgent and emergency care position and the actions being taken to end "
            "corridor care by the end of March 2026."],
         [(None, "to NOTE the urgent and emergency care position and the actions being taken to end corridor care by "
                 "the end of March 2026.")]),
        ("ICB 26/07", "Joint Forward Plan 2026/27 to 2030/31", [
            "The Director of Strategy presented the draft refreshed Joint Forward Plan, developed with the two "
            "Health and Wellbeing Boards and the provider collaborative. Members welcomed the stronger focus on "
            "prevention and asked that the engagement plan be published promptly (action BA/26/02).",
            "The Board RESOLVED to:",
            "\\(a) APPROVE the draft Joint Forward Plan 2026/27 to 2030/31 for engagement with partners and the "
            "public; and",
            "\\(b) DELEGATE to the Chief Executive, in consultation with the Chair, the approval of minor changes "
            "before the plan is published on 31 March 2026."],
         [("a", "APPROVE the draft Joint Forward Plan 2026/27 to 2030/31 for engagement with partners and the "
                "public; and"),
          ("b", "DELEGATE to the Chief Executive, in consultation with the Chair, the approval of minor changes before "
                "the plan is published on 31 March 2026.")]),
        ("ICB 26/08", "Community Diagnostic Centre: full business case", [
            "The Chief Finance Officer presented the full business case for a Community Diagnostic Centre at the "
            "Carrick Magna health campus, with CT, MRI and endoscopy. The Finance and Performance Committee had "
            "reviewed the case on 22 January 2026 and recommended it to the Board. Members discussed the workforce "
            "risk and asked for quarterly progress reports (action BA/26/03).",
            "Having considered the confidential appendix, the Board RESOLVED to APPROVE the full business case for the "
            "Silverbeck Community Diagnostic Centre at a capital cost of £14.2 million, subject to NHS England "
            "approval. The Partner Member (Primary Care) did not take part in the decision."],
         [(None, "to APPROVE the full business case for the Silverbeck Community Diagnostic Centre at a capital cost "
                 "of £14.2 million, subject to NHS England approval.")]),
        ("ICB 26/09", "Personal health budgets policy", [
            "The Director of Nursing and Quality presented the revised policy, which brings continuing healthcare and "
            "section 117 aftercare personal health budgets under one policy.",
            "The Board RESOLVED to ADOPT the Personal Health Budgets Policy (version 2.0) with effect from 1 April "
            "2026."],
         [(None, "to ADOPT the Personal Health Budgets Policy (version 2.0) with effect from 1 April 2026.")]),
        ("ICB 26/10", "Board Assurance Framework", [
            "The Director of Corporate Governance presented the quarterly update. Two new strategic risks were "
            "proposed: SR11 (financial recovery in 2026/27) and SR12 (cyber security of shared care records).",
            "The Board RESOLVED to APPROVE the revised risk scores and to NOTE the two new strategic risks added to the "
            "Board Assurance Framework."],
         [(None, "to APPROVE the revised risk scores and to NOTE the two new strategic risks added to the Board "
                 "Assurance Framework.")]),
        ("ICB 26/11", "Committee escalation reports", [
            "The Board RECEIVED the escalation reports of the Quality Committee, the Finance and Performance Committee "
            "and the Audit and Risk Committee. The Chair of the Audit and Risk Committee reported that the internal "
            "audit of continuing healthcare had given reasonable assurance."], []),
        ("ICB 26/12", "Any other business", [
            "There was no other business. The next meeting in public will be held on Thursday 2 April 2026."], []),
    ]
    md = [
        "**NHS Silverbeck Integrated Care Board**",
        f"# {board}",
        "Minutes of the meeting held in public on Thursday 5 February 2026 at 10:00, Boardroom, Silverbeck House, "
        "Carrick Magna",
        "**Members present:** Chair (R.T.); Chief Executive (A.M.); Chief Finance Officer (J.O.); Chief Operating "
        "Officer (D.K.); Director of Nursing and Quality (S.B.); Chief Medical Officer (H.L.); Non-Executive Member "
        "(Quality) (F.N.); Non-Executive Member (Audit) (C.W.); Partner Member (Trusts) (M.E.); Partner Member "
        "(Primary Care) (Dr G.P.)",
        "**In attendance:** Director of Strategy; Director of Corporate Governance; Director of Adult Social Care, "
        "Wyvernshire County Council (for the Partner Member (Local Authorities)); Board Secretary (minutes)",
        "**Apologies:** Non-Executive Member (People); Partner Member (Local Authorities)",
    ]
    decisions = []
    for item, title, paras, parts in minutes:
        md.append(f"**{item}  {title}**")
        md += paras
        decisions += [decision(item, number, text, board) for number, text in parts]
    log = [
        ("BA/25/38", "02/10/2025", "ICB 25/61", "Circulate the dental access recovery trajectory to Board members.",
         "Director of Primary Care", ["Director of Primary Care"], "December 2025", "2025-12", "Closed", "completed"),
        ("BA/25/40", "04/12/2025", "ICB 25/74", "Bring a report on the outcome of the winter vaccination campaign to "
         "the Board.", "Director of Public Health (Wyvernshire) / Director of Nursing and Quality",
         ["Director of Public Health (Wyvernshire)", "Director of Nursing and Quality"], "Board, April 2026",
         "2026-04", "Open", "ongoing"),
        ("BA/25/41", "04/12/2025", "ICB 25/77", "Review the Board's committee terms of reference against the national "
         "model ICB blueprint.", "Director of Corporate Governance", ["Director of Corporate Governance"],
         "31/03/2026", "2026-03-31", "Open – due date revised from February 2026", "ongoing"),
        ("BA/26/01", "05/02/2026", "ICB 26/06", "Share the findings of the corridor care audit with the Quality "
         "Committee.", "Director of Nursing and Quality", ["Director of Nursing and Quality"], "March 2026",
         "2026-03", "New", None),
        ("BA/26/02", "05/02/2026", "ICB 26/07", "Publish the engagement plan for the Joint Forward Plan on the ICB "
         "website.", "Director of Strategy;\n\nHead of Communications and Engagement",
         ["Director of Strategy", "Head of Communications and Engagement"], "16/02/2026", "2026-02-16", "New", None),
        ("BA/26/03", "05/02/2026", "ICB 26/08", "Report progress on the Community Diagnostic Centre to the Finance and "
         "Performance Committee every quarter.", "Chief Finance Officer and Director of Estates",
         ["Chief Finance Officer", "Director of Estates"], "Quarterly from June 2026", "2026-06", "New", None),
    ]
    md += [
        "Signed (Chair) .................................... Date ....................",
        '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```',
        "## Board action log (public)",
        grid_table([12, 12, 34, 26, 14, 16],
                   ["Ref", "Minute", "Action", "Owner", "Due", "Status"],
                   [[ref, minute, text, owner, due_text, word]
                    for ref, raised, minute, text, owner, owners, due_text, due, word, status in log]),
        "Status: **Closed** – completed and confirmed by the owner (closed actions are removed after they have been "
        "reported once); **Open** – work is under way; **New** – agreed at this meeting.",
    ]
    actions = [action(ref, text, owners, due_text, due, status)
               for ref, raised, minute, text, owner, owners, due_text, due, word, status in log]
    return {
        "name": "silverbeck-icb-board-minutes-february-2026",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-02-12"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="ICB board minutes with \"The Board RESOLVED to APPROVE …\" items and an action log",
                     kind="minutes", title=board, authority=ICB, date="2026-02-05", meeting=board,
                     decisions=decisions, actions=actions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; a bold NHS ICB line above the H1 \"ICB Board\"; a "
                  "\"Minutes of the meeting held in public …\" line; bold-led Members present / In attendance / "
                  "Apologies paragraphs with roles and initials (not items); minute titles as bold paragraphs "
                  "\"ICB 26/01  …\" (not heading styles); \"The Board RESOLVED to APPROVE …\" / \"to NOTE …\" / "
                  "\"to ADOPT …\" sentences on their own or at the end of a paragraph (\"Having considered …, the "
                  "Board RESOLVED to APPROVE …\"), one \"The Board RESOLVED to:\" with typed (a)/(b) parts (escaped so "
                  "pandoc makes no list); \"The Board NOTED the report.\", \"The Board RECEIVED …\", a declaration "
                  "of interest and \"(action BA/26/01)\" references (not items); a signature line; after a page "
                  "break a grid-table action log Ref | Minute | Action | Owner | Due | Status with a "
                  "status note below; owners split by \"/\", \";\" plus a paragraph break and \"and\" between two "
                  "posts; due \"December 2025\", \"Board, April 2026\", \"31/03/2026\", \"March 2026\", "
                  "\"16/02/2026\", \"Quarterly from June 2026\".",
    }


# ---------------------------------------------------------------------------
# H6. JSNA summary (python-docx → LibreOffice): a capitals kicker and title; a shaded one-cell
#     "Key recommendations" box with a Word-numbered 1.–6. list, full width; then Word sections
#     set in two columns with "Key facts" bullets, narrative sections, a quote and a "Gaps"
#     section (not items); then a full-width figures table, "The 2022 JSNA recommended …"
#     (not an item), "What happens next" and a contact block.
# ---------------------------------------------------------------------------


def jsna_summary():
    title = "Adult Mental Health and Wellbeing"
    recs = [
        ("Commission a single point of access for adult mental health support that people can contact without a GP "
         "referral.", "COMMISSION", None),
        ("Silverbeck ICB should extend the employment advice service in talking therapies to every primary care "
         "network in Wyvernshire.", "EXTEND", "Silverbeck ICB"),
        ("Wyvernshire County Council and Silverbeck ICB should agree a joint suicide prevention plan for men in "
         "mid-life, working with the Community Safety Partnership.", "AGREE",
         "Wyvernshire County Council and Silverbeck ICB"),
        ("People who are discharged from inpatient mental health care should be contacted within 72 hours.", None,
         None),
        ("Employers in the Wyvernshire Business Health Network should adopt the Thriving at Work standards.", "ADOPT",
         "Employers in the Wyvernshire Business Health Network"),
        ("Improve the recording of ethnicity and sexual orientation in mental health service data, so that gaps in "
         "access can be measured.", "IMPROVE", None),
    ]
    box = {"blocks": [("p", "**Key recommendations**"),
                      ("list", "1.", 1, [text for text, verb, addressee in recs])], "fill": "E2EFDA"}
    blocks = [
        ("p", "**WYVERNSHIRE JOINT STRATEGIC NEEDS ASSESSMENT 2026**"),
        ("title", title),
        ("p", "Summary – published April 2026. Produced by Public Health, Wyvernshire County Council, for the "
              "Wyvernshire Health and Wellbeing Board."),
        ("table", {"cols": [17], "rows": [[box]], "borders": True}),
        ("cols", 2),
        ("h", 2, "Key facts"),
        ("list", "bullet", 1, [
            "An estimated 71,000 adults in Wyvernshire (17.9%) have a common mental health problem such as anxiety "
            "or depression.",
            "4,380 adults are on GP registers for a severe mental illness (0.93% of patients).",
            "There were 68 deaths by suicide in 2022–2024; three in four were men.",
            "Emergency admissions for self-harm are 22% above the England rate.",
            "Only 48% of people referred to talking therapies finished a course of treatment.",
        ]),
        ("h", 2, "Who is most at risk"),
        ("p", "Poor mental health is more common among people who are out of work, people in debt, carers, people "
              "with a long-term physical condition and LGBT+ adults. Rates of depression in the most deprived fifth of "
              "neighbourhoods are almost twice those in the least deprived fifth."),
        ("p", "Men aged 40 to 59 account for the largest share of suicides. Many had been in contact with their GP in "
              "the year before they died, but few were known to mental health services."),
        ("h", 2, "Services and how they are used"),
        ("p", "Talking therapies received 19,400 referrals in 2024/25. Waits for a first appointment average 5 weeks "
              "but rise to 14 weeks for some therapies. Community mental health teams for adults were brought together "
              "in five locality hubs in 2024."),
        ("p", "The crisis line run by the mental health trust took 31,000 calls in 2024/25. Only 58% of people "
              "discharged from inpatient care were followed up within 72 hours, against a national expectation of "
              "80%."),
        ("h", 2, "What people told us"),
        ("p", "We spoke to 212 residents and 40 staff for this assessment. People said that services were hard to "
              "find and that they had to tell their story many times."),
        ("p", "“I was passed from the GP to the crisis line to the hospital and back again. Nobody joined it up.” – "
              "resident, Wyvern Bridge"),
        ("h", 2, "Gaps"),
        ("list", "bullet", 1, [
            "We do not have reliable local data on the mental health of people from minority ethnic groups.",
            "There is no agreed pathway for adults with both a mental health problem and drug or alcohol use.",
            "The number of people waiting for treatment after an assessment is not reported across services.",
            "Little is known about the mental health of older carers in rural areas.",
        ]),
        ("cols", 1),
        ("h", 2, "Trends at a glance"),
        ("table", {"cols": [8.0, 3.0, 3.0, 3.0], "header": ["Indicator", "2019/20", "2024/25", "England 2024/25"],
                   "header_fill": "A9D08E", "font": 9.5, "rows": [
            ["Adults with depression (GP recorded, %)", "10.8", "13.9", "13.2"],
            ["Emergency admissions for self-harm per 100,000", "176", "201", "165"],
            ["Suicide rate per 100,000 (three-year average)", "11.2", "12.4", "10.7"],
            ["Talking therapies: finished treatment (%)", "52", "48", "51"],
        ]}),
        ("h", 2, "What happened to the 2022 recommendations"),
        ("p", "The 2022 JSNA recommended that mental health support teams be placed in every secondary school. This "
              "has been done in 41 of the county’s 46 secondary schools, and is reported in the children and young "
              "people’s JSNA chapter."),
        ("h", 2, "What happens next"),
        ("p", "The Health and Wellbeing Board will consider this summary at its meeting on 21 May 2026. The full "
              "chapter, with data tables and references, is on the Wyvernshire Insight website."),
        ("p", "Contact: Public Health Intelligence Team, Wyvernshire County Council, County Hall, Wyvern Bridge WY1 "
              "1AA – jsna@wyvernshire.example – 01632 960 491"),
    ]
    gold_recs = [recommendation(str(i), text, verb=verb, addressee=addressee)
                 for i, (text, verb, addressee) in enumerate(recs, 1)]
    return {
        "name": "wyvernshire-jsna-adult-mental-health-summary",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-04-08", "doc_title": "JSNA 2026 – Adult Mental Health and Wellbeing – Summary",
                 "far_h": True, "font": "DejaVu Serif", "size": 10, "title_size": 20, "title_color": "385723",
                 "footer": "Wyvernshire JSNA 2026 – Adult Mental Health and Wellbeing (summary)"},
        "blocks": blocks,
        "gold": dict(genre="JSNA summary with a Key recommendations box, and Key facts and Gaps sections set in two "
                           "columns", kind="needs-assessment", title=title, authority=WCC, date="2026-04",
                     meeting=None, recommendations=gold_recs),
        "layout": "PDF (python-docx → LibreOffice), DejaVu Serif 10 pt, Word heading styles, page footer; a bold "
                  "capitals kicker line, a green title and a \"published April 2026\" line; a full-width shaded "
                  "one-cell box \"Key recommendations\" with a Word-numbered 1.–6. list (an imperative, three \"X "
                  "should V …\" with one \"A and B\" subject, one passive, one imperative); then a continuous Word "
                  "section in two columns with \"Key facts\" figure bullets, narrative sections, a quote and a "
                  "\"Gaps\" bullet list (not items); then a one-column section with a green-headed figures table, "
                  "\"The 2022 JSNA recommended that …\" (not an item), \"What happens next\" and a contact line.",
    }


PAPERS = [hwb_bcf_report, csp_plan, asc_improvement_plan, healthwatch_letter, icb_board_minutes, jsna_summary]
