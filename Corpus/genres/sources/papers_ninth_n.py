"""Papers of the ninth batch, part N ("health and care partnership"): six made-up papers that
partnership managers and voluntary-sector engagement leads in health and care hold, from two
invented places. In Fernmouth: Fernmouth Council (a unitary council), the Fernmouth Health and
Wellbeing Board, Fernmouth Hospitals NHS Foundation Trust, Fernmouth Community Health Services,
Healthwatch Fernmouth and Fernmouth CVS. In Stallow: Stallow County Council (with its Health
Overview and Scrutiny Committee), NHS Stallow Integrated Care Board (whose area also takes in
Fernmouth, as its "Fernmouth place") and its South Stallow Place Committee, Stallow Carers Centre,
Healthwatch Stallow and the Stallow Stroke Survivors Group. Everything is invented: people are
given by role or initials, e-mail addresses use `.example` and telephone numbers the 01632 960xxx
range; every figure, firm, group and place is made up.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks) and without running it, using only the corpus READMEs, the gold files, the seed texts
and the build scripts and paper definitions in this folder (not papers_ninth_m.py). Each paper
names its own split. Every gold value is written by hand beside the words it labels; the "Health
and care papers, part N" notes record the choices where the rules left room.

Coloured words. render.py cannot colour a word, and the brief allowed no edit to it, so this module
wraps `render.to_docx` and `render.to_html` when it is imported. In a paper whose meta carries
"ninth_n", a span written "{%RRGGBB:words%}" is set in that colour (a coloured run in the DOCX, a
coloured <span> in the HTML; bold marks go inside); the DOCX writer is papers_far_h's (so meta
"cant_split" keeps table rows on one page), and meta "ninth_n_css" adds CSS to the HTML. Every other
paper goes to the wrapped functions unchanged.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (pandoc DOCX → LibreOffice).
"""

import re as _re

import papers_far_h as _far_h
import render as _render
from gold import action, decision, recommendation
from papers_fresh import grid_table

FERNMOUTH = "Fernmouth Council"
STALLOW = "Stallow County Council"
STALLOW_ICB = "NHS Stallow Integrated Care Board"

# ---------------------------------------------------------------------------
# Coloured words ("{%RRGGBB:words%}") for papers whose meta carries "ninth_n".
# ---------------------------------------------------------------------------

COLOUR_RE = _re.compile(r"\{%([0-9A-Fa-f]{6}):(.+?)%\}")


class NinthNWriter(_far_h.FarHWriter):
    """papers_far_h's writer, plus coloured spans written {%RRGGBB:words%}."""

    @staticmethod
    def fill(paragraph, text, bold=False, size=None, color=None):
        _render.fill_coloured(paragraph, text, COLOUR_RE, bold, size, color)


_wrapped_to_docx = _render.to_docx
_wrapped_to_html = _render.to_html


def _to_docx(meta, blocks, path):
    if not meta.get("ninth_n"):
        return _wrapped_to_docx(meta, blocks, path)
    writer = NinthNWriter(meta)
    writer.blocks(blocks)
    writer.finish()
    writer.save(path)
    return None


def _to_html(meta, blocks, path):
    result = _wrapped_to_html(meta, blocks, path)
    if meta.get("ninth_n"):
        with open(path, encoding="utf-8") as handle:
            page = handle.read()
        page = _render.colour_spans_html(page, COLOUR_RE)
        if meta.get("ninth_n_css"):
            page = page.replace("</style>", meta["ninth_n_css"] + "</style>", 1)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(page)
    return result


_render.to_docx = _to_docx
_render.to_html = _to_html


def label(text, fill="E7E6E6"):
    return {"text": text, "bold": True, "fill": fill}


PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


# ---------------------------------------------------------------------------
# N1. Health and Wellbeing Board action tracker (python-docx → LibreOffice, landscape, Arial
#     Narrow, running header and page footer, rows that may not split). Borderless front lines, a
#     bold "Recommendation:" sentence, a RAG key in one paragraph, and one tracker table
#     Ref | Action | Owner | Due | RAG | Last updated, with a row per meeting merged across the
#     table, RAG letters coloured in shaded cells (one blank), and dated "last updated" notes.
# ---------------------------------------------------------------------------

RAG_LOOK = {
    "C": ("BDD7EE", "1F4E79"),
    "G": ("C6EFCE", "006100"),
    "A": ("FFEB9C", "9C5700"),
    "R": ("FFC7CE", "9C0006"),
    "N": (None, "595959"),
    "": (None, None),
}
# The tracker's own key: C complete; G and A in progress; R overdue (says nothing of whether work
# has started); N not yet started; blank = no update yet.
TRACKER_STATUS = {"C": "completed", "G": "ongoing", "A": "ongoing", "R": None, "N": "not-started", "": None}


def hwb_action_tracker():
    # meetings: (heading, [(ref, action, owner cell, owners, due cell, due, rag, last updated)])
    meetings = [
        ("Actions agreed on 16 July 2025", [
            ("HWB/25/09", "Bring a report on the uptake of NHS Health Checks in the five most deprived wards, with a "
                          "plan to close the gap.",
             "Director of Public Health", ["Director of Public Health"],
             "Revised: June 2026 (was November 2025)", "2026-06", "A",
             "06/03/26 – GP data extract delayed by the change of clinical system supplier. Report now planned for "
             "the June Board."),
            ("HWB/25/11", "Agree a shared definition of ‘health inequalities’ for use in all Board strategies.",
             "Board Policy Officer /\nHead of Public Health Intelligence",
             ["Board Policy Officer", "Head of Public Health Intelligence"],
             "17/09/2025", "2025-09-17", "C",
             "06/03/26 – Definition agreed in September and used in the draft strategy refresh."),
        ]),
        ("Actions agreed on 17 September 2025", [
            ("HWB/25/17", "Write to the ICB asking for a named Fernmouth lead for the review of children’s community "
                          "nursing.",
             "Chair", ["Chair"], "Oct-25", "2025-10", "C",
             "11/11/25 – Letter sent 3 October; the ICB named its Head of Children’s Commissioning on 28 October."),
            ("HWB/25/19", "Map the voluntary sector organisations funded to deliver social prescribing and share the "
                          "map with Board members.",
             "Fernmouth CVS,\nICB Fernmouth Place Team", ["Fernmouth CVS", "ICB Fernmouth Place Team"],
             "31 December 2025", "2025-12-31", "R",
             "06/03/26 – No update received since 19 November. Chair to raise with the owners."),
            ("HWB/25/20", "Add a health impact check to the planning validation checklist for developments of more "
                          "than 100 homes.",
             "Head of Planning Policy, Fernmouth Council", ["Head of Planning Policy, Fernmouth Council"],
             "Q4 2025/26", "2026-03", "G",
             "04/03/26 – Draft checklist discussed with the developers’ forum on 12 February; comments being "
             "worked through."),
        ]),
        ("Actions agreed on 26 November 2025", [
            ("HWB/25/26", "Publish a supplementary statement to the Pharmaceutical Needs Assessment after the closure "
                          "of two pharmacies in Eastgate.",
             "Director of Public Health", ["Director of Public Health"], "Jan-26", "2026-01", "C",
             "20/01/26 – Published on 14 January 2026."),
            ("HWB/25/27", "Bring the Better Care Fund end-of-year report for 2025/26 to the Board.",
             "Director of Adult Social Care;\nICB Director of Place (Fernmouth)",
             ["Director of Adult Social Care", "ICB Director of Place (Fernmouth)"],
             "June 2026 Board", "2026-06", "N",
             "06/03/26 – Not due to start until the year-end figures are available in April."),
            ("HWB/25/28", "Set up a task group of Board members to review the priorities of the Joint Health and "
                          "Wellbeing Strategy.",
             "Vice-Chair and Healthwatch Fernmouth", ["Vice-Chair", "Healthwatch Fernmouth"],
             "Ongoing", None, "G",
             "05/03/26 – Task group met on 9 December and 3 February; it will report to the Board in June."),
        ]),
        ("Actions agreed on 21 January 2026", [
            ("HWB/26/02", "Circulate the Fernmouth Tobacco Control Alliance annual report to Board members.",
             "Director of Public Health", ["Director of Public Health"], "Next meeting", None, "",
             ""),
            ("HWB/26/03", "Work with Healthwatch Fernmouth on an engagement plan for the new integrated neighbourhood "
                          "teams.",
             "ICB Director of Place (Fernmouth) /\nHealthwatch Fernmouth",
             ["ICB Director of Place (Fernmouth)", "Healthwatch Fernmouth"], "Q1 2026/27", "2026-06", "G",
             "02/03/26 – First workshop with residents held on 26 February in Eastgate."),
            ("HWB/26/05", "Send the Board’s response to the ICB consultation on the review of community beds.",
             "Chair / Director of Adult Social Care", ["Chair", "Director of Adult Social Care"],
             "13/02/2026", "2026-02-13", "C",
             "12/02/26 – Response sent; a copy is attached to the Chair’s report."),
            ("HWB/26/06", "Present the draft Fernmouth Suicide Prevention Plan 2026–2029 to the Board for sign-off.",
             "Consultant in Public Health (Mental Health)", ["Consultant in Public Health (Mental Health)"],
             "", None, "N",
             "06/03/26 – Date to be set once the refreshed national strategy is published."),
        ]),
    ]
    rows, actions = [], []
    for heading, items in meetings:
        rows.append([{"text": heading, "span": 6, "bold": True, "fill": "DEEAF6"}, "<", "<", "<", "<", "<"])
        for ref, text, owner, owners, due_cell, due, rag, note in items:
            fill, colour = RAG_LOOK[rag]
            rag_cell = {"text": f"{{%{colour}:{rag}%}}" if rag else "", "bold": True}
            if fill:
                rag_cell["fill"] = fill
            rows.append([ref, text, owner, due_cell, rag_cell, note])
            actions.append(action(ref, text, owners, due_cell or None, due, TRACKER_STATUS[rag]))
    rec = ("The Board is asked to note the progress made on the actions below and to agree that the actions rated C "
           "are closed.")
    blocks = [
        ("p", "**FERNMOUTH HEALTH AND WELLBEING BOARD**"),
        ("table", {"cols": [4.2, 12.0], "borders": False, "rows": [
            [{"text": "Meeting:", "bold": True}, "Health and Wellbeing Board, Wednesday 18 March 2026"],
            [{"text": "Agenda item:", "bold": True}, "4"],
            [{"text": "Report of:", "bold": True}, "Board Policy Officer, on behalf of the Chair"],
            [{"text": "Tracker updated:", "bold": True}, "6 March 2026"],
        ]}),
        ("title", "Board Action Tracker – March 2026"),
        ("p", "This tracker lists the actions the Board has agreed at its meetings since July 2025 that were still open "
              "at its last meeting, with the latest update from each owner. Actions reported as complete at the "
              "January meeting have been removed, so the references are not continuous."),
        ("p", "**Recommendation:** " + rec),
        ("p", "**RAG key:** C = complete (to be closed at this meeting); G = in progress and on track; A = in progress, "
              "but the due date has moved (revised date shown); R = overdue – no update received or no revised date "
              "agreed; N = not yet started. A blank RAG cell means the owner has not yet given an update."),
        ("table", {"cols": [2.4, 7.0, 5.2, 3.2, 1.2, 6.7], "font": 9, "header_fill": "1F4E79",
                   "header": [{"text": "{%FFFFFF:Ref%}"}, {"text": "{%FFFFFF:Action%}"},
                              {"text": "{%FFFFFF:Owner%}"}, {"text": "{%FFFFFF:Due%}"},
                              {"text": "{%FFFFFF:RAG%}"}, {"text": "{%FFFFFF:Last updated%}"}],
                   "rows": rows}),
        ("h", 2, "Looking ahead"),
        ("p", "Items already expected at the June 2026 meeting: the Joint Health and Wellbeing Strategy refresh, the "
              "Better Care Fund end-of-year report and the annual report of the Fernmouth Safeguarding Adults Board. "
              "Board members can suggest other items to the Board Policy Officer."),
        ("p", "Contact: Board Policy Officer, Fernmouth Council, Civic Centre, Fernmouth FM1 2QT – "
              "hwb@fernmouth.example – 01632 960 214"),
    ]
    return {
        "name": "fernmouth-hwb-action-tracker-march-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-06", "doc_title": "Board Action Tracker – March 2026", "ninth_n": True,
                 "cant_split": True, "landscape": True, "font": "Arial Narrow", "size": 10,
                 "title_color": "1F4E79", "title_size": 17,
                 "header": "Fernmouth Health and Wellbeing Board – 18 March 2026 – Item 4",
                 "footer": "Board Action Tracker – updated 6 March 2026"},
        "blocks": blocks,
        "gold": dict(genre="Health and Wellbeing Board action tracker with RAG letters and dated \"last updated\" "
                           "notes", kind="tracker", title="Board Action Tracker – March 2026", authority=FERNMOUTH,
                     date="2026-03-18", meeting="Health and Wellbeing Board",
                     recommendations=[recommendation(None, rec, verb="NOTE", addressee="Board")],
                     actions=actions),
        "layout": "PDF (python-docx → LibreOffice), landscape, Arial Narrow 10 pt (Liberation Sans Narrow), italic "
                  "running header and a page footer, rows that may not split. A bold capitals board line; borderless "
                  "front lines with bold labels (Meeting / Agenda item / Report of / Tracker updated) above a blue "
                  "title; a bold-led \"Recommendation:\" sentence (\"The Board is asked to note … and to agree …\"); "
                  "a RAG key in one bold-led paragraph (C / G / A / R / N and blank); one 9 pt table Ref | Action | "
                  "Owner | Due | RAG | Last updated with a dark blue header in white words, a pale blue row per "
                  "meeting merged across six columns, refs HWB/25/09 … HWB/26/06 with gaps, RAG letters coloured in "
                  "shaded cells (N unshaded, one blank), \"last updated\" notes opening with a dd/mm/yy date, one "
                  "empty; owners split by \"/\" plus line break, \",\" plus line break, \";\" plus line break, \" / "
                  "\" and \"and\" between two parties, one \"post, body\" owner; due cells \"Revised: June 2026 (was "
                  "November 2025)\", \"17/09/2025\", \"Oct-25\", \"31 December 2025\", \"Q4 2025/26\", \"Jan-26\", "
                  "\"June 2026 Board\", \"Ongoing\", \"Next meeting\", \"Q1 2026/27\", \"13/02/2026\" and one empty; "
                  "a \"Looking ahead\" paragraph and a contact line.",
    }



# ---------------------------------------------------------------------------
# N2. Carers strategy Year 1 action plan (HTML → Chromium, A4 portrait, DejaVu Sans): a capitals
#     partners line, a purple title, plan years defined; a figures table and the five promises as
#     a numbered list (not items); one table per promise whose header is "We will …" | Who will
#     lead | When | How we will know, the commitments written as the rest of a "We will …"
#     sentence (lower-case, no refs, no status); a signatures table and a contact line.
# ---------------------------------------------------------------------------


def carers_action_plan():
    purple = "5B2C6F"
    # promises: (heading, colour, header fill, what carers told us, quote,
    #            [(commitment, lead cell, owners, when cell, due, how we will know)])
    promises = [
        ("Promise 1: Carers are identified early and recognised", "5B2C6F", "E8DDF0",
         "Most carers told us it took them more than two years to realise they were a carer, and that nobody asked.",
         "“It was the pharmacist who first said the word ‘carer’ to me. I had been looking after Mum for four "
         "years.” – carer, Eastbury",
         [("add a question about caring to the new patient registration form used by every GP practice in Stallow.",
           "NHS Stallow ICB (Primary Care)", ["NHS Stallow ICB (Primary Care)"], "Sept 2026", "2026-09",
           "Carers on GP carers registers rise from 9,800 to 13,000."),
          ("train reception and care navigation staff in every Primary Care Network to recognise carers and refer "
           "them for support.",
           "Stallow Carers Centre /\nPrimary Care Networks", ["Stallow Carers Centre", "Primary Care Networks"],
           "Year 1", "2027-03", "All 14 Primary Care Networks have trained staff."),
          ("run a county-wide campaign in Carers Week so that more people see themselves as carers.",
           "Stallow County Council Communications and Stallow Carers Centre",
           ["Stallow County Council Communications", "Stallow Carers Centre"],
           "Carers Week (June 2026)", "2026-06", "New registrations with Stallow Carers Centre in June and July.")]),
        ("Promise 2: Carers get the right information and advice at the right time", "1F6F78", "D5E8EA",
         "Carers said information is spread across too many websites and leaflets, and is hard to find when things "
         "change quickly.", None,
         [("publish one carers’ guide, in print and online, with easy read and translated versions.",
           "Stallow Carers Centre", ["Stallow Carers Centre"], "31/10/2026", "2026-10-31",
           "Guide published; feedback from the carers’ reading panel."),
          ("offer every carer a carer’s assessment of their own when the person they care for has a social care "
           "assessment.",
           "Stallow County Council Adult Social Care", ["Stallow County Council Adult Social Care"],
           "From April 2026", "2026-04", "Carers’ assessments rise from 2,310 to 3,000 a year.")]),
        ("Promise 3: Carers can have a life alongside caring", "2E6B30", "DDEEDD",
         "Breaks were the thing carers asked for most, but many said the breaks on offer did not fit their lives.",
         "“I don’t need a week away. I need Tuesday afternoons.” – carer, Moreton Stallow",
         [("increase the number of carers who receive a funded short break from 640 to 800 a year.",
           "Stallow County Council Commissioning;\nStallow Carers Centre",
           ["Stallow County Council Commissioning", "Stallow Carers Centre"], "By March 2027", "2027-03",
           "800 carers receive a funded break in 2026/27."),
          ("test a flexible carer break voucher that carers can spend with local providers.",
           "Stallow County Council Commissioning", ["Stallow County Council Commissioning"],
           "Pilot Q2–Q3 2026/27", "2026-12", "Evaluation of the pilot reported to the Partnership Board."),
          ("extend the sitting service run by village care groups to the three rural districts.",
           "Stallow Community Foundation, with Stallow Carers Centre",
           ["Stallow Community Foundation", "Stallow Carers Centre"], "2026/27", "2027-03",
           "Sitting service available in every district.")]),
        ("Promise 4: Carers look after their own health and wellbeing", "9C3D10", "F6E0D5",
         "Half of the carers who answered our survey said their own health had got worse in the last year.", None,
         [("offer every carer on a GP carers register an annual health check and a flu vaccination.",
           "NHS Stallow ICB", ["NHS Stallow ICB"], "Winter 2026/27", "2027-02",
           "Flu vaccination uptake among registered carers of 70% or more."),
          ("give carers faster access to Stallow Talking Therapies.",
           "Stallow Talking Therapies\nNHS Stallow ICB", ["Stallow Talking Therapies", "NHS Stallow ICB"],
           "Q1 2026/27", "2026-06", "Carers referred are seen within four weeks.")]),
        ("Promise 5: Young carers and working carers are supported", "1F4E79", "DEEAF6",
         "Young carers told us teachers often did not know about their caring role. Working carers told us they "
         "had given up work or cut their hours.", None,
         [("make sure every secondary school in Stallow has a named young carers lead.",
           "Stallow Young Carers Service, Stallow County Council Education",
           ["Stallow Young Carers Service", "Stallow County Council Education"], "Spring 2027", "2027-05",
           "All 38 secondary schools have a named lead."),
          ("become Carer Confident employers and share what we learn with other local employers.",
           "All three partners", ["All three partners"], "Ongoing", None,
           "Each partner reaches the Carer Confident ‘Active’ level."),
          ("set up a young adult carers group (ages 16 to 25) in each of the four main towns.",
           "", [], "TBC", None, "")]),
    ]
    blocks = [
        ("p", "**STALLOW COUNTY COUNCIL · NHS STALLOW INTEGRATED CARE BOARD · STALLOW CARERS CENTRE**"),
        ("title", "Stallow Carers Strategy 2026–2029: Year 1 Action Plan"),
        ("p", "Published February 2026. Year 1 of the strategy runs from April 2026 to March 2027."),
        ("h", 2, "About this plan"),
        ("p", "Our carers strategy was written with 312 carers, young carers and former carers, who told us what "
              "matters to them through a survey, nine listening events and the Carers Partnership Board. It makes "
              "five promises. This plan sets out what the three partners will do in the first year to keep them."),
        ("p", "Each promise has a table showing what we will do, who will lead the work, when it will be done and how "
              "we will know it has made a difference. The lead partner is accountable to the Stallow Carers "
              "Partnership Board for its commitments; other partners help."),
        ("h", 2, "Carers in Stallow"),
        ("table", {"cols": [11, 4], "header": ["", "Number"], "header_fill": "E8DDF0", "font": 9.5, "rows": [
            ["People providing unpaid care (2021 Census)", "61,400"],
            ["Carers registered with Stallow Carers Centre (March 2025)", "14,950"],
            ["Carers on GP carers registers", "9,800"],
            ["Carers’ assessments completed in 2024/25", "2,310"],
            ["Carers who received a funded short break in 2024/25", "640"],
            ["Young carers known to schools", "1,120"],
        ]}),
        ("h", 2, "Our five promises"),
        ("list", "1.", 1, [
            "Carers are identified early and recognised.",
            "Carers get the right information and advice at the right time.",
            "Carers can have a life alongside caring.",
            "Carers look after their own health and wellbeing.",
            "Young carers and working carers are supported.",
        ]),
    ]
    actions = []
    for heading, colour, fill, told, quote, items in promises:
        blocks.append(("h", 2, f"{{%{colour}:{heading}%}}"))
        blocks.append(("p", "**What carers told us:** " + told))
        if quote:
            blocks.append(("p", quote))
        rows = [[text, lead, when, know] for text, lead, owners, when, due, know in items]
        blocks.append(("table", {"cols": [7.0, 5.2, 2.5, 4.3], "font": 9.5, "header_fill": fill,
                                 "header": ["We will …", "Who will lead", "When", "How we will know"],
                                 "rows": rows}))
        actions += [action(None, text, owners, when or None, due, None)
                    for text, lead, owners, when, due, know in items]
    blocks += [
        ("h", 2, "Checking our progress"),
        ("p", "The Stallow Carers Partnership Board, which is chaired by a carer, will check progress on this plan "
              "every quarter. We will publish a short report on what has been done in Carers Week 2027, and agree "
              "the Year 2 plan with carers before April 2027."),
        ("p", "**Signed on behalf of the partners**"),
        ("table", {"cols": [6, 6, 6], "borders": False, "rows": [
            ["Cabinet Member for Adult Social Care, Stallow County Council",
             "Chief Executive, NHS Stallow Integrated Care Board", "Chief Executive, Stallow Carers Centre"],
        ]}),
        ("p", "Contact: Carers Strategy Lead, Stallow County Council, County Hall, Stallow ST1 4AB – "
              "carers@stallow.example – 01632 960 533. Carers can call Stallow Carers Centre free on 01632 960 500."),
    ]
    css = ("th { color: #222222; }\nh2 { page-break-after: avoid; }\n"
           "@page { @bottom-right { content: \"Stallow Carers Strategy – Year 1 Action Plan · page \" counter(page); "
           "font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #666666; } }\n")
    return {
        "name": "stallow-carers-strategy-year-1-action-plan",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Stallow Carers Strategy 2026–2029: Year 1 Action Plan", "ninth_n": True,
                 "ninth_n_css": css, "css_font": "'DejaVu Sans', sans-serif", "size": 10, "title_color": purple},
        "blocks": blocks,
        "gold": dict(genre="carers strategy action plan whose commitments complete a \"We will …\" column header",
                     kind="action-plan", title="Stallow Carers Strategy 2026–2029: Year 1 Action Plan",
                     authority=STALLOW, date="2026-02", meeting=None, actions=actions),
        "layout": "PDF (HTML → Chromium), A4 portrait, DejaVu Sans 10 pt, a page footer in a CSS margin box. A bold "
                  "capitals line naming the three partners, a purple title and a \"Published February 2026\" line "
                  "that defines Year 1 (April 2026 to March 2027); a figures table and a numbered list of the five "
                  "promises (not items); per promise a coloured h2, a bold-led \"What carers told us:\" paragraph, "
                  "sometimes a quote, and a table We will … | Who will lead | When | How we will know with a pale "
                  "header in the promise's colour; the commitments are written as the rest of the header's sentence "
                  "(lower-case verbs, no refs, no status column); lead cells split by \"/\" plus line break, \";\" "
                  "plus line break, a bare line break, \",\" between two bodies, \", with\" and \"and\" between two "
                  "bodies, one \"All three partners\" and one empty; When cells \"Sept 2026\", \"Year 1\", \"Carers "
                  "Week (June 2026)\", \"31/10/2026\", \"From April 2026\", \"By March 2027\", \"Pilot Q2–Q3 "
                  "2026/27\", \"2026/27\", \"Winter 2026/27\", \"Q1 2026/27\", \"Spring 2027\", \"Ongoing\", \"TBC\"; "
                  "a progress paragraph, a borderless signatures table and a contact line.",
    }


# ---------------------------------------------------------------------------
# N3. Health Overview and Scrutiny Committee's formal response to an ICB consultation (Markdown →
#     pandoc DOCX → LibreOffice), pandoc's styles. A capitals council line and committee line, a
#     line block (To / Agreed by the Committee / Issued / Contact); typed 1.1 … 6.2 paragraphs; an
#     options pipe table; findings with bold lead words; "The clinical senate recommended that …"
#     (not an item); "The Committee recommends that NHS Stallow ICB:" over Heading 3 themes with
#     pandoc lists numbered on across them (1–3, 4–5, 6–8), then "The Committee also recommends
#     that Stallow County Council:" with item 9; next steps and an annex of evidence (not items).
# ---------------------------------------------------------------------------


def hosc_stroke_response():
    title = "Improving stroke care in Stallow: response of the Health Overview and Scrutiny Committee"
    icb = "NHS Stallow ICB"
    # themes: (theme, stem or None, addressee, [(number, text, verb)])
    themes = [
        ("Travel and access", None, icb, [
            ("1", "publishes, before it makes its decision, the modelled ambulance journey times to the hyperacute "
                  "stroke unit for each postcode district in the east of the county;", "PUBLISHES"),
            ("2", "agrees with Stallow and Coast Ambulance Service NHS Trust the extra ambulance hours needed to keep "
                  "journey times within 60 minutes, and reports the agreed figure to the Committee;", "AGREES"),
            ("3", "funds the travel costs of close relatives who live more than 25 miles from Stallow Royal Hospital "
                  "while a patient is in the hyperacute unit;", "FUNDS"),
        ]),
        ("Rehabilitation after stroke", None, icb, [
            ("4", "commissions early supported discharge and community stroke rehabilitation seven days a week across "
                  "the whole county before the new model starts;", "COMMISSIONS"),
            ("5", "includes voluntary sector stroke support, such as the Stallow Stroke Survivors Group’s peer support "
                  "groups, in the rehabilitation pathway, with funding agreed for three years;", "INCLUDES"),
        ]),
        ("Workforce and implementation", None, icb, [
            ("6", "publishes a workforce plan showing how the additional stroke consultants, specialist nurses and "
                  "therapists will be recruited and trained;", "PUBLISHES"),
            ("7", "keeps the hyperacute unit at Eastbury General Hospital open until the new unit at Stallow Royal "
                  "Hospital has met the national door-to-needle standard for three months in a row; and", "KEEPS"),
            ("8", "reports to the Committee on the new model six months and twelve months after it begins.",
             "REPORTS"),
        ]),
        ("Community transport", "**The Committee also recommends that Stallow County Council:**",
         "Stallow County Council", [
             ("9", "works with the ICB to extend the Stallow Connect community transport scheme to outpatient and "
                   "rehabilitation appointments at Stallow Royal Hospital.", "WORKS"),
         ]),
    ]
    options = "\n".join([
        "| Option | What it would mean | The ICB’s view |",
        "|:-----------|:-------------------------------------------|:---------------------------|",
        "| A | One hyperacute stroke unit at Stallow Royal Hospital; acute stroke units at Stallow Royal and "
        "Eastbury General | Preferred option |",
        "| B | Keep hyperacute care at both hospitals (as now) | Not sustainable: neither unit can be staffed "
        "seven days a week |",
        "| C | One hyperacute stroke unit at Eastbury General Hospital | Longer journeys for most of the "
        "population |",
        "",
        ": Table 1 – the options in the consultation",
    ])
    md = [
        "**STALLOW COUNTY COUNCIL**",
        "Health Overview and Scrutiny Committee",
        f"# {title}",
        "| **To:** Chief Executive, NHS Stallow Integrated Care Board\n"
        "| **Agreed by the Committee:** 9 March 2026\n"
        "| **Issued:** 11 March 2026\n"
        "| **Contact:** Scrutiny Officer (Health), hosc@stallow.example, 01632 960 618",
        "## 1. Summary",
        "1.1 NHS Stallow Integrated Care Board (the ICB) consulted from 1 December 2025 to 13 March 2026 on changing "
        "where hyperacute and acute stroke care is provided in Stallow. This is the formal response of the "
        "Committee, which the ICB must consult on any substantial change to health services in the county.",
        "1.2 The Committee supports the case for a single hyperacute stroke unit. It is not yet satisfied that the "
        "proposals will work for people in the east of the county, who would travel further. It makes nine "
        "recommendations, set out in section 5. If the ICB's response to them is satisfactory, the Committee does "
        "not intend to ask the Secretary of State to intervene.",
        "## 2. How we considered the proposals",
        "2.1 The Committee held evidence sessions on 15 December 2025 and 9 February 2026. We heard from:",
        "- the ICB's Medical Director and Director of Strategy;",
        "- Stallow and Coast Ambulance Service NHS Trust;",
        "- the stroke teams at Stallow Royal Hospital and Eastbury General Hospital;",
        "- Healthwatch Stallow, which ran eight public events during the consultation; and",
        "- the Stallow Stroke Survivors Group and carers of stroke survivors.",
        "2.2 A task group of four members of the Committee (Councillors A.R. (Chair), B.K., M.O. and P.S.) visited "
        "both stroke units in January 2026.",
        "## 3. The proposals",
        "3.1 The consultation set out three options. The ICB prefers Option A.",
        options,
        "3.2 The regional clinical senate reviewed the options in October 2025. It recommended that the ICB adopt "
        "Option A, provided that ambulance journey times from the east of the county are kept within 60 minutes.",
        "## 4. What we found",
        "4.1 **The clinical case.** We accept the evidence that people do better when they are treated in a unit "
        "that sees at least 600 stroke patients a year and is staffed by specialists around the clock. Neither "
        "hospital can do that today.",
        "4.2 **Travel times.** For most residents the journey would be shorter or the same. For about 38,000 people "
        "in the east of the county it would be 20 to 35 minutes longer. The ICB has not published its journey-time "
        "modelling for these areas.",
        "4.3 **Ambulance capacity.** The ambulance service told us it would need about 9,000 extra ambulance hours a "
        "year to carry patients the longer distances. This has not yet been agreed or funded.",
        "4.4 **Rehabilitation.** Early supported discharge is available only on weekdays, and only in the west of "
        "the county. Stroke survivors told us the support they got after leaving hospital mattered as much as the "
        "first days of treatment.",
        "4.5 **Workforce.** The new model needs four more stroke consultants and 22 more specialist nurses. Both "
        "hospitals have struggled to recruit to these posts.",
        "4.6 **Engagement.** Healthwatch Stallow told us that the consultation reached far fewer people in the east "
        "of the county, and that its events there were the best attended.",
        "## 5. Our recommendations",
        "**The Committee recommends that NHS Stallow ICB:**",
    ]
    recs = []
    for theme, stem, addressee, items in themes:
        md.append(f"### {theme}")
        if stem:
            md.append(stem)
        md.append("\n".join(f"{n}. {text}" for n, text, verb in items))
        recs += [recommendation(n, text, verb=verb, addressee=addressee, theme=theme) for n, text, verb in items]
    md += [
        "## 6. Next steps",
        "6.1 We ask the ICB to respond in writing to each recommendation by 10 April 2026, and to attend the "
        "Committee's meeting on 18 May 2026, before the ICB Board makes its decision.",
        "6.2 This response will be published on the Council's website with the Committee's papers.",
        "**Chair, Health Overview and Scrutiny Committee**",
        "## Annex: evidence received",
        "- ICB consultation document, *Improving stroke care in Stallow* (December 2025) and its pre-consultation "
        "business case",
        "- Clinical senate report (October 2025)",
        "- Stallow and Coast Ambulance Service NHS Trust, written evidence (January 2026)",
        "- Healthwatch Stallow, *What people told us about stroke services* (February 2026)",
        "- Stallow Stroke Survivors Group, written submission and survey of 146 members (January 2026)",
    ]
    return {
        "name": "stallow-hosc-response-stroke-services-consultation",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-03-11"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="health overview and scrutiny committee's formal response to an NHS consultation, with "
                           "numbered recommendations to the ICB", kind="scrutiny-report", title=title,
                     authority=STALLOW, date="2026-03-11", meeting=None, recommendations=recs),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold capitals council line and a "
                  "committee line above the H1; a line block with bold labels (To / Agreed by the Committee / "
                  "Issued / Contact); typed 1.1–6.2 paragraphs; a witnesses bullet list; an options pipe table with "
                  "a caption; \"3.2 … It recommended that the ICB adopt Option A …\" (the clinical senate's, not an "
                  "item); findings with bold lead words; under \"5. Our recommendations\" the bold stem \"The "
                  "Committee recommends that NHS Stallow ICB:\" and Heading 3 themes (Travel and access / "
                  "Rehabilitation after stroke / Workforce and implementation) with pandoc lists numbered on across "
                  "them (1–3, 4–5, 6–8; lower-case verbs, \";\" and \"; and\"), then a Heading 3 \"Community "
                  "transport\" with a second bold stem \"The Committee also recommends that Stallow County "
                  "Council:\" and item 9; a request for a response by a date and a signature line; an annex "
                  "listing the evidence (not items).",
    }



# ---------------------------------------------------------------------------
# N4. ICB place committee minutes (Markdown → pandoc DOCX), pandoc's styles. A bold ICB line over the
#     H1 committee name; attendance as a pandoc definition list; Heading 2 minute titles "SSPC 26/01 –
#     …"; bold "Decision:" paragraphs whose sentence names the Committee ("The Committee APPROVED …",
#     one passive "… were APPROVED …"), one "Decisions: The Committee:" with typed (a)–(c) parts;
#     "The Committee NOTED …" (not a decision), a Chair's undertaking and "(Action SSPC/26/01)"
#     references (not items); after a page break an action log grid table with a status key.
# ---------------------------------------------------------------------------


def place_committee_minutes():
    committee = "South Stallow Place Committee"
    # minutes: (item, title, paragraphs, [(number, decision text)]); a paragraph may hold a decision
    # line written "**Decision:** …".
    minutes = [
        ("SSPC 26/01", "Welcome, apologies and quoracy", [
            "The Chair welcomed members and the three members of the public present. Apologies were noted as above. "
            "The meeting was quorate."], []),
        ("SSPC 26/02", "Declarations of interest", [
            "Dr S.A. declared an interest in item SSPC 26/06 as a GP partner at Eastbury Health Centre, where the "
            "proposed hub would be based. It was agreed that Dr S.A. would answer questions on the proposal but "
            "leave the meeting before the decision."], []),
        ("SSPC 26/03", "Minutes of the last meeting and action log", [
            "**Decision:** The minutes of the meeting held on 20 November 2025 were APPROVED as a correct record.",
            "The Committee went through the action log, which is set out at the end of these minutes as updated "
            "after this meeting. Action SSPC/25/31 was closed. The Place Director explained that the frailty audit "
            "results (SSPC/25/27) were waiting for sign-off by the Trust's clinical audit committee."],
         [(None, "The minutes of the meeting held on 20 November 2025 were APPROVED as a correct record.")]),
        ("SSPC 26/04", "Place Director's report", [
            "The Place Director introduced her report, which covered the new integrated neighbourhood team in "
            "Moreton Stallow, the outcome of the dental access pilot and the ICB's operating plan timetable. Members "
            "asked about recruitment to the neighbourhood team and the gap in dental access in the rural east.",
            "The Committee NOTED the report."], []),
        ("SSPC 26/05", "Winter pressures and hospital discharge in South Stallow", [
            "The Chief Operating Officer, Eastbury General Hospital, reported that the hospital had been at its "
            "highest escalation level on 11 days in December and January. On average 64 patients a day were in "
            "hospital with no criteria to reside, against a target of 45. The Director of Adult Social Care "
            "described the extra home care hours bought with the winter fund.",
            "Members asked to see the daily discharge figures while the pressure lasted (Action SSPC/26/01). The "
            "Chair said that she would write to the Chief Executive of Eastbury General Hospital to thank staff for "
            "their work over the holiday period.",
            "The Committee NOTED the position and the actions being taken."], []),
        ("SSPC 26/06", "Same Day Access Hub, Eastbury – business case", [
            "The ICB Head of Primary Care presented the business case for a Same Day Access Hub at Eastbury Health "
            "Centre. The hub would see patients with urgent same-day needs from the six practices in the Eastbury "
            "and Rural Primary Care Network, from 8am to 8pm on weekdays and 9am to 5pm at weekends. It is expected "
            "to free 1,900 practice appointments a month and reduce attendances at the Eastbury minor injuries unit.",
            "Voluntary Action South Stallow asked that patients without transport were considered. Dr S.A. left the "
            "meeting before the decision.",
            "**Decisions:** The Committee:",
            "\\(a) APPROVED the business case for a Same Day Access Hub at Eastbury Health Centre, at a recurrent "
            "cost of £612,000 a year from 2026/27;",
            "\\(b) AGREED that the hub is evaluated after twelve months of operation, with the evaluation reported to "
            "the Committee; and",
            "\\(c) RECOMMENDED to the ICB Finance and Investment Committee that the capital cost of £180,000 is met "
            "from the 2026/27 primary care capital allocation.",
            "Dr S.A. returned to the meeting."],
         [("a", "APPROVED the business case for a Same Day Access Hub at Eastbury Health Centre, at a recurrent cost "
                "of £612,000 a year from 2026/27;"),
          ("b", "AGREED that the hub is evaluated after twelve months of operation, with the evaluation reported to "
                "the Committee; and"),
          ("c", "RECOMMENDED to the ICB Finance and Investment Committee that the capital cost of £180,000 is met "
                "from the 2026/27 primary care capital allocation.")]),
        ("SSPC 26/07", "Integrated community equipment service", [
            "The Director of Adult Social Care explained that the joint contract for community equipment ends on 31 "
            "March 2026 and that a new joint procurement with Stallow County Council could not be completed in "
            "time. The contract allows one extension of up to twelve months.",
            "**Decision:** The Committee APPROVED a twelve-month extension of the integrated community equipment "
            "service contract with Stallow Equipment Partnership Ltd to 31 March 2027, under the option in the "
            "contract."],
         [(None, "The Committee APPROVED a twelve-month extension of the integrated community equipment service "
                 "contract with Stallow Equipment Partnership Ltd to 31 March 2027, under the option in the "
                 "contract.")]),
        ("SSPC 26/08", "Healthwatch Stallow: access to GP appointments", [
            "The Chief Executive of Healthwatch Stallow presented the report, based on 1,240 survey responses. It "
            "recommended that practices offer a telephone call-back instead of asking patients to ring again at "
            "8am, and that online booking is explained in community languages.",
            "The Committee thanked Healthwatch Stallow for its report. The Place Director said the ICB would respond "
            "in writing to its recommendations (Action SSPC/26/03)."], []),
        ("SSPC 26/09", "Chair's action", [
            "On 8 January 2026, after consulting the Vice-Chair, the Chair had approved the South Stallow bid to the "
            "ICB's winter funding call because the deadline fell between meetings.",
            "**Decision:** The Committee RATIFIED the Chair's action of 8 January 2026 approving the South Stallow "
            "bid to the ICB's winter funding call."],
         [(None, "The Committee RATIFIED the Chair's action of 8 January 2026 approving the South Stallow bid to the "
                 "ICB's winter funding call.")]),
        ("SSPC 26/10", "Place risk register", [
            "The Place Business Manager presented the register. Members discussed the growing number of home care "
            "providers in the east of the county that had handed back packages of care.",
            "**Decision:** The Committee AGREED to add a new risk on the sustainability of home care providers in "
            "the east of the county to the place risk register."],
         [(None, "The Committee AGREED to add a new risk on the sustainability of home care providers in the east of "
                 "the county to the place risk register.")]),
        ("SSPC 26/11", "Any other business and date of next meeting", [
            "There was no other business. The next meeting will be held on Thursday 19 March 2026 at 2.00pm."], []),
    ]
    md = [
        "**NHS Stallow Integrated Care Board**",
        f"# {committee}",
        "Minutes of the meeting held in public on Thursday 22 January 2026 at 2.00pm in Committee Room 2, County "
        "Hall, Stallow, and online",
        "Voting members present\n\n"
        ":   Independent Chair (J.H.)\n\n"
        ":   ICB Place Director, South Stallow (R.N.)\n\n"
        ":   ICB Head of Primary Care (L.M.)\n\n"
        ":   Director of Adult Social Care, Stallow County Council (T.W.)\n\n"
        ":   Chief Operating Officer, Eastbury General Hospital (K.D.)\n\n"
        ":   Clinical Director, Eastbury and Rural Primary Care Network (Dr S.A.)",
        "In attendance\n\n"
        ":   Chief Officer, Voluntary Action South Stallow (F.O.)\n\n"
        ":   Chief Executive, Healthwatch Stallow (item SSPC 26/08)\n\n"
        ":   Place Business Manager (minutes)",
        "Apologies\n\n"
        ":   Vice-Chair (Public Health Consultant, Stallow County Council); Head of Urgent Care",
    ]
    decisions = []
    for item, title, paras, parts in minutes:
        md.append(f"## {item} – {title}")
        md += paras
        decisions += [decision(item, number, text, committee) for number, text in parts]
    # log: (ref, raised, item, action, lead cell, owners, due cell, due, status word, status); the date
    # raised and the item are kept here for reference only and are not printed.
    log = [
        ("SSPC/25/27", "18/09/2025", "25/44", "Share the results of the South Stallow frailty audit with the "
         "Primary Care Networks.", "Clinical Lead for Frailty", ["Clinical Lead for Frailty"], "Nov 2025",
         "2025-11", "Overdue", None),
        ("SSPC/25/31", "20/11/2025", "25/58", "Publish the opening hours of the Eastbury minor injuries unit over "
         "the Christmas period.", "Head of Urgent Care", ["Head of Urgent Care"], "19/12/2025", "2025-12-19",
         "Complete", "completed"),
        ("SSPC/25/33", "20/11/2025", "25/60", "Agree a joint approach to carers' assessments when patients are "
         "discharged from hospital.",
         "Place Director /\n\nHead of Adult Social Care (South), Stallow County Council",
         ["Place Director", "Head of Adult Social Care (South), Stallow County Council"], "March 2026", "2026-03",
         "On track", "ongoing"),
        ("SSPC/26/01", "22/01/2026", "26/05", "Circulate the daily discharge figures for Eastbury General Hospital "
         "to members each week.",
         "Head of Urgent Care; Discharge Lead, Eastbury General Hospital",
         ["Head of Urgent Care", "Discharge Lead, Eastbury General Hospital"], "Weekly to 31 March 2026",
         "2026-03-31", "New", None),
        ("SSPC/26/02", "22/01/2026", "26/06", "Send the Committee's recommendation on the hub's capital cost to the "
         "ICB Finance and Investment Committee.", "Place Director", ["Place Director"], "By 05/02/26",
         "2026-02-05", "New", None),
        ("SSPC/26/03", "22/01/2026", "26/08", "Respond in writing to the recommendations in the Healthwatch Stallow "
         "report on access to GP appointments.", "Head of Primary Care and Place Director",
         ["Head of Primary Care", "Place Director"], "Next meeting", None, "New", None),
        ("SSPC/26/04", "22/01/2026", "26/10", "Add the home care sustainability risk to the place risk register.",
         "Place Business Manager", ["Place Business Manager"], "", None, "Complete", "completed"),
    ]
    md += [
        "Signed (Chair): ..............................   Date: ..................",
        PAGE_BREAK_MD,
        "## Action log (updated after the meeting)",
        grid_table([13, 38, 27, 17, 15],
                   ["Action no.", "Action", "Lead", "Due date", "Status"],
                   [[ref, text, lead, due_cell, word]
                    for ref, raised, item, text, lead, owners, due_cell, due, word, status in log]),
        "*Status:* **Complete** – done and confirmed by the lead; **On track** – work is under way and expected by "
        "the due date; **Overdue** – the due date has passed; **New** – agreed at this meeting. Complete actions are "
        "removed after the next meeting.",
    ]
    actions = [action(ref, text, owners, due_cell or None, due, status)
               for ref, raised, item, text, lead, owners, due_cell, due, word, status in log]
    return {
        "name": "stallow-icb-south-stallow-place-committee-minutes-january-2026",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-01-29"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="ICB place committee minutes with \"Decision:\" lines and an action log", kind="minutes",
                     title=committee, authority=STALLOW_ICB, date="2026-01-22", meeting=committee,
                     decisions=decisions, actions=actions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold ICB line above the H1 committee name and a "
                  "\"Minutes of the meeting held in public …\" line; attendance as a pandoc definition list (Voting "
                  "members present / In attendance / Apologies; roles and initials, not items); Heading 2 minute "
                  "titles \"SSPC 26/01 – …\"; bold \"Decision:\" paragraphs with a whole sentence (\"The Committee "
                  "APPROVED …\", \"… RATIFIED …\", \"… AGREED to …\", one passive \"The minutes … were APPROVED …\"), "
                  "and one bold \"Decisions: The Committee:\" followed by typed (a)–(c) paragraphs (escaped so pandoc "
                  "makes no list; past-tense capital verbs, one RECOMMENDED to another committee, \"; and\"); "
                  "\"The Committee NOTED …\" lines, a declaration, a Chair's undertaking to write, a Healthwatch "
                  "report's recommendations in prose and \"(Action SSPC/26/01)\" references (not items); a "
                  "signature line; after a page break a grid-table action log Action no. | Action | Lead | Due "
                  "date | Status with an italic status key below (Complete / On track / Overdue / New); "
                  "leads split by \"/\" plus a paragraph break, \";\" and \"and\" between two posts, with commas "
                  "inside two posts; due dates \"Nov 2025\", \"19/12/2025\", \"March 2026\", \"Weekly to 31 March "
                  "2026\", \"By 05/02/26\", \"Next meeting\" and one empty.",
    }


# ---------------------------------------------------------------------------
# N5. Public health commissioning intentions (DOCX, python-docx), Century Gothic (falls back), bold
#     non-style headings, italic running header and a page footer. A bordered front table with pale
#     teal labels; a box "What the Board is asked to do" with "The Board is asked to:" and three Word
#     bullets; typed 1.1 … 6.3 paragraphs, one "Officers recommend that …" and a Healthwatch report's
#     recommendation (not items); a grant figures table; the commissioning intentions table with a
#     Lead commissioner and a Timing column (not items); market engagement bullets and a risks table.
# ---------------------------------------------------------------------------


def commissioning_intentions():
    teal = "DAEEF3"
    asks = [
        ("endorse the public health commissioning intentions for 2026/27 set out in section 4;", "ENDORSE"),
        ("note that the integrated sexual health service will be recommissioned jointly with Stallow County Council, "
         "with a new contract from 1 April 2027; and", "NOTE"),
        ("agree that the Director of Public Health brings the findings of the review of healthy weight services to "
         "the Board in October 2026.", "AGREE"),
    ]
    intentions = [
        ["Integrated sexual health service", "Fernmouth Hospitals NHS Foundation Trust", "31 Mar 2027", "2,840",
         "Recommission jointly with Stallow County Council (Stallow to lead the procurement)",
         "Tender Q2 2026/27; new contract from 1 April 2027", "Public Health Commissioning Manager"],
        ["Adult drug and alcohol treatment", "Harbourside Recovery Partnership (charity)", "30 Sep 2026", "3,410",
         "Extend for two years under the option in the contract", "Decision by June 2026",
         "Consultant in Public Health (Substance Misuse)"],
        ["Healthy weight services (adults and families)", "Three providers", "31 Mar 2026", "390",
         "Interim 12-month contracts while the services are reviewed", "Review reports October 2026",
         "Public Health Commissioning Manager"],
        ["Stop smoking service", "In-house", "–", "520", "No change; add a vape swap scheme for adult smokers",
         "From April 2026", "Tobacco Control Lead"],
        ["NHS Health Checks", "GP practices", "31 Mar 2026", "610",
         "Re-let on a new specification with outreach checks in the five most deprived wards", "From 1 April 2026",
         "Public Health Commissioning Manager"],
        ["0–19 public health nursing (health visiting and school nursing)", "Fernmouth Community Health Services",
         "31 Mar 2028", "6,950", "No change in 2026/27; begin market engagement", "Q4 2026/27",
         "Head of Children’s Public Health Commissioning"],
        ["Oral health promotion", "Fernmouth Community Health Services", "31 Mar 2026", "95",
         "Decommission; fold into the 0–19 service specification", "31 March 2026",
         "Head of Children’s Public Health Commissioning"],
    ]
    blocks = [
        ("p", "**Fernmouth Council**"),
        ("p", "Public Health"),
        ("table", {"cols": [4.5, 12.5], "rows": [
            [label("Report to", teal), "Health and Wellbeing Board"],
            [label("Date of meeting", teal), "18 March 2026"],
            [label("Agenda item", teal), "7"],
            [label("Report title", teal), "Public Health Commissioning Intentions 2026/27"],
            [label("Report of", teal), "Director of Public Health"],
            [label("Lead officer", teal), "Public Health Commissioning Manager – publichealth@fernmouth.example – "
                                          "01632 960 287"],
            [label("Purpose", teal), "For endorsement"],
            [label("Key decision", teal), "No. The contract decisions that follow from these intentions will be key "
                                          "decisions of Cabinet (Forward Plan refs. FC/KD/26/14 and FC/KD/26/15)."],
        ]}),
        ("title", "Public Health Commissioning Intentions 2026/27"),
        ("box", [("p", "**What the Board is asked to do**"),
                 ("p", "The Board is asked to:"),
                 ("list", "bullet", 1, [text for text, verb in asks])]),
        ("h", 2, "1. Purpose"),
        ("p", "1.1\tThis report tells the Board, providers and the public what the Council intends to commission with "
              "the Public Health Grant in 2026/27, and which contracts will be extended, retendered or ended. "
              "Publishing our intentions early gives providers, including voluntary and community organisations, "
              "time to prepare."),
        ("h", 2, "2. The Public Health Grant"),
        ("p", "2.1\tThe Council’s Public Health Grant for 2026/27 is £24.6 million, an increase of 3.1% on 2025/26. "
              "The grant is ring-fenced and must be spent on the public health functions set out in its conditions."),
        ("table", {"cols": [9.5, 3.5, 3.5], "header": ["Area of spend", "2025/26 (£000)", "2026/27 (£000)"],
                   "header_fill": teal, "font": 9.5, "rows": [
            ["Sexual health", "2,790", "2,840"],
            ["Drug and alcohol treatment and recovery", "3,350", "3,410"],
            ["0–19 public health nursing", "6,810", "6,950"],
            ["Health improvement (smoking, weight, NHS Health Checks)", "1,480", "1,520"],
            ["Wider determinants and other programmes", "9,430", "9,880"],
            [{"text": "Total", "bold": True}, {"text": "23,860", "bold": True}, {"text": "24,600", "bold": True}],
        ]}),
        ("h", 2, "3. What we have learned"),
        ("p", "3.1\tThe Joint Strategic Needs Assessment shows that smoking in pregnancy and excess weight in children "
              "in Year 6 remain above the regional average, and that the gap in healthy life expectancy between the "
              "most and least deprived wards has widened to 17.4 years."),
        ("p", "3.2\tProviders and service users were asked for their views between October and December 2025. 214 "
              "people responded, and 31 providers took part in two workshops."),
        ("p", "3.3\tHealthwatch Fernmouth’s 2025 report on sexual health services recommended that the Council offers "
              "online testing kits to young people aged 16 and 17. This has been included in the specification for "
              "the new joint service."),
        ("p", "3.4\tOfficers recommend that the stop smoking service stays in-house, because its quit rate (58%) is "
              "one of the highest in the region and the service is closely linked with the Council’s trading "
              "standards team."),
        ("h", 2, "4. Commissioning intentions for 2026/27"),
        ("p", "4.1\tThe table below sets out our intention for each of the main public health contracts. The "
              "timings are our current plans and may change; providers will be told of any change."),
        ("table", {"cols": [2.5, 2.3, 1.9, 1.7, 3.3, 2.0, 3.3], "font": 8.5, "header_fill": teal,
                   "header": ["Service", "Current provider", "Contract ends", "Annual value (£000)",
                              "Intention for 2026/27", "Timing", "Lead commissioner"],
                   "rows": intentions}),
        ("p", "4.2\tThe joint sexual health procurement will be run by Stallow County Council under a section 75 "
              "partnership agreement. Each council will keep its own budget and its own contract management."),
        ("h", 2, "5. Market engagement"),
        ("p", "5.1\tWe will hold the following events for providers. Details will be published on the Council’s "
              "procurement portal."),
        ("list", "bullet", 1, [
            "a joint provider event with Stallow County Council for the sexual health tender in May 2026;",
            "a workshop on the healthy weight review for voluntary and community groups in July 2026; and",
            "early market engagement on 0–19 public health nursing from January 2027.",
        ]),
        ("h", 2, "6. Implications"),
        ("p", "6.1\t**Financial:** the intentions are affordable within the 2026/27 grant. The extension of the drug "
              "and alcohol contract is within the price agreed at the original tender."),
        ("p", "6.2\t**Legal:** the procurements will follow the Procurement Act 2023 and the Health Care Services "
              "(Provider Selection Regime) Regulations 2023 where they apply."),
        ("p", "6.3\t**Equality:** an equality impact assessment will be completed for each service before a "
              "contract decision is made."),
        ("h", 2, "7. Risks"),
        ("table", {"cols": [8.5, 8.5], "header": ["Risk", "How it is managed"], "header_fill": teal, "font": 9.5,
                   "rows": [
            ["Few providers bid for the joint sexual health contract", "Early market engagement; a contract length "
             "of five years plus two"],
            ["Grant conditions change for 2027/28", "Contracts include a break clause at the end of each year"],
            ["Interim healthy weight contracts end before the review is complete",
             "The review timetable allows three months before the interim contracts end"],
        ]}),
        ("p", "**Background papers:** Fernmouth Joint Strategic Needs Assessment 2025; Public Health Grant "
              "determination 2026/27."),
        ("p", "**Contact:** Public Health Commissioning Manager, Fernmouth Council, Civic Centre, Fernmouth FM1 2QT – "
              "publichealth@fernmouth.example – 01632 960 287"),
    ]
    return {
        "name": "fernmouth-public-health-commissioning-intentions-2026-27",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-03-06", "doc_title": "Public Health Commissioning Intentions 2026/27",
                 "ninth_n": True, "font": "Century Gothic", "size": 10.5, "plain_headings": True,
                 "title_size": 16, "title_color": "215967",
                 "header": "Fernmouth Council – Health and Wellbeing Board – 18 March 2026",
                 "footer": "Public Health Commissioning Intentions 2026/27"},
        "blocks": blocks,
        "gold": dict(genre="public health commissioning intentions paper to the Health and Wellbeing Board, with an "
                           "intentions table (lead commissioner and timing) that is not items",
                     kind="committee-report", title="Public Health Commissioning Intentions 2026/27",
                     authority=FERNMOUTH, date="2026-03-18", meeting="Health and Wellbeing Board",
                     decision_number=None,
                     recommendations=[recommendation(None, text, verb=verb, addressee="Board")
                                      for text, verb in asks]),
        "layout": "DOCX (python-docx), Century Gothic 10.5 pt (falls back), bold non-style headings, italic running "
                  "header and a page footer. A bold council line and a \"Public Health\" line; a bordered front table "
                  "with pale teal labels (Report to / Date of meeting / Agenda item / Report title / Report of / Lead "
                  "officer / Purpose / Key decision – \"No\", naming two Cabinet forward plan refs.) above a teal "
                  "title; a one-cell box with a bold \"What the Board is asked to do\", \"The Board is asked to:\" and "
                  "three Word bullets (lower-case verbs, \";\" and \"; and\"); typed 1.1–6.3 paragraphs (tab after the "
                  "number), one \"Officers recommend that …\" and one reporting a Healthwatch report's "
                  "recommendation (not items); a grant table with a bold total row; an 8.5 pt intentions table "
                  "Service | Current provider | Contract ends | Annual value (£000) | Intention for 2026/27 | Timing | "
                  "Lead commissioner (not items); market engagement bullets with months and no owners; a risks "
                  "table; background papers and contact lines.",
    }


# ---------------------------------------------------------------------------
# N6. Hospital discharge improvement plan of a joint council / NHS group (python-docx → LibreOffice,
#     portrait, Liberation Serif, italic running header and page footer, rows that may not split).
#     A capitals partners line, a version table, a box "For the Urgent and Emergency Care Delivery
#     Board" with "The Board is asked to:" and a Word-numbered i.–iii. list; a metrics table (not
#     items); quarters defined; a status key in one paragraph; one table per workstream (Ref |
#     Milestone | Owner | Due | Status | Comment) under a bold workstream line and a "Workstream
#     leads:" line (not owners); refs HF1–HF3, TC1–TC3, VS1–VS3, DF1, DF2, DF4 (DF3 moved out);
#     coloured status words; a risks table and a funding table (not items).
# ---------------------------------------------------------------------------

DISCHARGE_WORD = {
    "Delivered": ("1F4E79", "completed"),
    "On track": ("2E7D32", "ongoing"),
    "At risk": ("B26A00", "ongoing"),
    "Off track": ("C00000", "ongoing"),
    "Not started": ("7F7F7F", "not-started"),
    "Paused": ("7030A0", "deferred"),
}


def discharge_plan():
    board_asks = [
        ("i", "approve the refreshed plan and its revised trajectory for patients with no criteria to reside;",
         "APPROVE"),
        ("ii", "note that two milestones are off track and the recovery actions agreed by the Group; and", "NOTE"),
        ("iii", "agree that the Group reports to the Board every two months until the end of March 2026.", "AGREE"),
    ]
    # workstreams: (title, leads line, [(ref, milestone, owner cell, owners, due cell, due, status word, comment)])
    workstreams = [
        ("Workstream 1 – Home First (discharge to assess)",
         "Director of Adult Social Care, Fernmouth Council; Deputy Chief Operating Officer, Fernmouth Hospitals NHS FT",
         [("HF1", "Increase pathway 1 (home with support) discharges to 65 a week by adding eight posts to the "
                  "reablement team.", "Head of Reablement", ["Head of Reablement"], "end of Q3", "2025-12",
           "At risk", "Five of the eight posts filled."),
          ("HF2", "Commission 12 discharge-to-assess beds in independent care homes for people on pathway 3.",
           "Head of Commissioning (Adults) /\nICB Fernmouth Place Team",
           ["Head of Commissioning (Adults)", "ICB Fernmouth Place Team"], "Nov 25", "2025-11", "Delivered", ""),
          ("HF3", "Carry out assessments for long-term care in the person’s own home or in a care home, not on the "
                  "ward.", "Head of Hospital Social Work", ["Head of Hospital Social Work"], "end of Q4", "2026-03",
           "Not started", "Starts once HF1 is complete.")]),
        ("Workstream 2 – Transfer of Care Hub",
         "Chief Operating Officer, Fernmouth Hospitals NHS FT",
         [("TC1", "Bring the hospital discharge team, hospital social workers and therapists together in one "
                  "Transfer of Care Hub at Fernmouth General Hospital.",
           "Transfer of Care Hub Manager;\nHead of Hospital Social Work",
           ["Transfer of Care Hub Manager", "Head of Hospital Social Work"], "31.10.25", "2025-10-31", "Delivered",
           "Hub opened on 20 October."),
          ("TC2", "Open the Transfer of Care Hub seven days a week, from 8am to 8pm.", "Transfer of Care Hub Manager",
           ["Transfer of Care Hub Manager"], "From 1 December 2025", "2025-12-01", "On track", ""),
          ("TC3", "Use one electronic referral form for every patient leaving hospital on pathways 1 to 3.",
           "Clinical Systems Lead (Trust)",
           ["Clinical Systems Lead (Trust)"], "Q1 2026/27", "2026-06", "Off track",
           "Supplier delay; recovery plan agreed on 11 November.")]),
        ("Workstream 3 – Voluntary and community sector support",
         "Chief Executive, Fernmouth CVS",
         [("VS1", "Extend the Home from Hospital settling-in service to evenings and weekends.", "Fernmouth CVS",
           ["Fernmouth CVS"], "Winter 2025/26", "2026-02", "On track", ""),
          ("VS2", "Give the voluntary sector hospital navigators a place at the Transfer of Care Hub’s daily board "
                  "round.", "Fernmouth CVS and Transfer of Care Hub Manager",
           ["Fernmouth CVS", "Transfer of Care Hub Manager"], "Dec 2025", "2025-12", "Delivered", ""),
          ("VS3", "Fund a carers’ discharge support worker based at Fernmouth General Hospital.", "", [], "TBC", None,
           "Paused", "Until the Better Care Fund allocation for 2026/27 is confirmed.")]),
        ("Workstream 4 – Data and flow",
         "Director of Performance, NHS Stallow ICB (Fernmouth place)",
         [("DF1", "Publish a daily discharge dashboard that all four partners can see.",
           "Performance Manager, ICB", ["Performance Manager, ICB"], "end of Q2",
           "2025-09", "Delivered", ""),
          ("DF2", "Agree one definition of a delayed discharge and report delays in the same way across health and "
                  "social care.", "Head of Performance (ICB)\nBI Manager (Council)",
           ["Head of Performance (ICB)", "BI Manager (Council)"], "end of Q3", "2025-12",
           "Off track", "Definition goes to the Group on 9 December."),
          ("DF4", "Review every delay of more than 14 days at a weekly multi-agency panel.",
           "Discharge Lead Nurse / Head of Hospital Social Work", ["Discharge Lead Nurse", "Head of Hospital Social Work"],
           "Weekly", None, "On track", "")]),
    ]
    blocks = [
        ("p", "**FERNMOUTH COUNCIL · FERNMOUTH HOSPITALS NHS FOUNDATION TRUST · NHS STALLOW ICB (FERNMOUTH PLACE) · "
              "FERNMOUTH COMMUNITY HEALTH SERVICES**"),
        ("title", "Fernmouth Hospital Discharge Improvement Plan 2025/26"),
        ("p", "Fernmouth Discharge Improvement Group"),
        ("table", {"cols": [2.6, 5.9, 2.6, 5.9], "font": 9.5, "rows": [
            [label("Version"), "3 (refreshed)", label("Plan owner"), "Fernmouth Discharge Improvement Group"],
            [label("Date"), "14 November 2025", label("Reports to"),
             "Fernmouth Urgent and Emergency Care Delivery Board"],
            [label("Next review"), "February 2026", label("Status"), "Draft for Board approval"],
        ]}),
        ("box", [("p", "**For the Urgent and Emergency Care Delivery Board, 2 December 2025**"),
                 ("p", "The Board is asked to:"),
                 ("list", "i.", 1, [text for n, text, verb in board_asks])]),
        ("h", 1, "1. Why we need to improve"),
        ("p", "Too many people stay in Fernmouth General Hospital after they are well enough to leave. Long stays "
              "harm older people’s strength and independence, and they take beds that people waiting in the "
              "emergency department need. The Group’s aim is to halve the number of patients with no criteria to "
              "reside by the end of March 2026."),
        ("table", {"cols": [7.4, 3.2, 3.2, 3.2], "font": 9.5, "header_fill": "D9E2F3",
                   "header": ["Measure", "Baseline (Sept 2025)", "Latest (Oct 2025)", "Target (March 2026)"],
                   "rows": [
            ["Patients with no criteria to reside (daily average)", "96", "88", "48"],
            ["Average delay for those patients (days)", "8.2", "7.6", "4.0"],
            ["Discharges before midday", "14%", "17%", "33%"],
            ["People still at home 91 days after reablement", "79%", "81%", "85%"],
        ]}),
        ("h", 1, "2. How the plan works"),
        ("p", "The plan has four workstreams. Each workstream has a lead from the Group, and each milestone has an "
              "owner who reports progress to the Group every two weeks. Milestones are due by the end of the quarter "
              "shown; quarters are those of the 2025/26 financial year unless another year is given."),
        ("p", "**Status key:** Delivered – the milestone has been met; On track – work has started and the milestone "
              "is expected on time; At risk – work has started but the due date may be missed; Off track – work has "
              "started but the due date will be missed, and a recovery action has been agreed; Not started – work "
              "has not begun; Paused – work has stopped until a decision or funding is in place."),
        ("break",),
        ("h", 1, "3. Workstreams and milestones"),
    ]
    actions = []
    for title, leads, items in workstreams:
        blocks.append(("h", 2, title))
        lead_line = ("Workstream leads: " if ";" in leads else "Workstream lead: ") + leads
        rows = [[{"text": lead_line, "span": 6, "fill": "F2F2F2"}, "<", "<", "<", "<", "<"]]
        for ref, text, owner, owners, due_cell, due, word, comment in items:
            colour, status = DISCHARGE_WORD[word]
            rows.append([ref, text, owner, due_cell, {"text": f"{{%{colour}:**{word}**%}}"}, comment])
            actions.append(action(ref, text, owners, due_cell or None, due, status))
        blocks.append(("table", {"cols": [1.1, 4.8, 4.8, 2.1, 1.7, 2.5], "font": 9, "header_fill": "D9E2F3",
                                 "header": ["Ref", "Milestone", "Owner", "Due", "Status", "Comment"],
                                 "rows": rows}))
    blocks += [
        ("p", "DF3 (a discharge lounge at Fernmouth General Hospital) has moved to the Trust’s winter plan and is no "
              "longer tracked here."),
        ("h", 1, "4. Risks"),
        ("table", {"cols": [6.0, 7.4, 3.6], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Risk", "Mitigation", "Risk owner"], "rows": [
            ["Reablement vacancies are not filled before winter", "Agency staff funded from the discharge fund until "
             "March 2026", "Head of Reablement"],
            ["Care home beds for people with dementia are not available", "Joint market position statement; higher "
             "rate agreed for complex needs", "Head of Commissioning (Adults)"],
            ["Norovirus closes wards and stops discharges to care homes", "Infection control plan agreed with care "
             "homes", "Director of Infection Prevention and Control"],
        ]}),
        ("h", 1, "5. Funding"),
        ("table", {"cols": [9.0, 4.0, 4.0], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Source", "2025/26 (£000)", "Spent to October (£000)"], "rows": [
            ["Better Care Fund – discharge funding (Council)", "2,140", "1,205"],
            ["Better Care Fund – discharge funding (ICB)", "3,260", "1,870"],
            ["Trust winter funding", "900", "0"],
            [{"text": "Total", "bold": True}, {"text": "6,300", "bold": True}, {"text": "3,075", "bold": True}],
        ]}),
        ("p", "Contact: Better Care Fund and Discharge Programme Manager, Fernmouth Council, Civic Centre, Fernmouth "
              "FM1 2QT – discharge@fernmouth.example – 01632 960 246"),
    ]
    return {
        "name": "fernmouth-hospital-discharge-improvement-plan-2025-26",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2025-11-14", "doc_title": "Fernmouth Hospital Discharge Improvement Plan 2025/26",
                 "ninth_n": True, "cant_split": True, "font": "Liberation Serif", "size": 10.5, "title_size": 18,
                 "title_color": "1F3864",
                 "header": "Fernmouth Discharge Improvement Group – OFFICIAL",
                 "footer": "Discharge Improvement Plan 2025/26 – version 3"},
        "blocks": blocks,
        "gold": dict(genre="hospital discharge improvement plan of a joint council and NHS group, with workstreams, "
                           "milestones and a covering box for the urgent and emergency care board",
                     kind="action-plan", title="Fernmouth Hospital Discharge Improvement Plan 2025/26",
                     authority=FERNMOUTH, date="2025-12-02", meeting="Urgent and Emergency Care Delivery Board",
                     recommendations=[recommendation(n, text, verb=verb, addressee="Board")
                                      for n, text, verb in board_asks],
                     actions=actions),
        "layout": "PDF (python-docx → LibreOffice), A4 portrait, Liberation Serif 10.5 pt, Word heading styles, "
                  "italic running header and a page footer, rows that may not split. A bold capitals line naming the "
                  "four partners, a dark blue title and a group line; a four-column version table with grey labels "
                  "(Version / Plan owner / Date / Reports to / Next review / Status); a one-cell box \"For the Urgent "
                  "and Emergency Care Delivery Board, 2 December 2025\" with \"The Board is asked to:\" and a "
                  "Word-numbered i.–iii. list (lower-case verbs, \"; and\"); a metrics table (not items); quarters "
                  "defined as those of 2025/26; a status key in one bold-led paragraph (Delivered / On track / At risk "
                  "/ Off track / Not started / Paused); after a page break, per workstream a Heading 2 and a 9 pt "
                  "table Ref | Milestone | Owner | Due | Status | Comment with a pale blue header, whose first row "
                  "is a grey \"Workstream lead(s): …\" row merged across the six columns (not owners); refs HF1–HF3, TC1–TC3, VS1–VS3, DF1, DF2, DF4 (DF3 moved out, with a note); status "
                  "words bold and coloured; owners split by \"/\" plus line break, \";\" plus line break, a bare "
                  "line break, \" / \" and \"and\" between two parties, with \"post, body\" owners kept whole and "
                  "one empty; due cells \"end of Q3\", \"Nov 25\", \"end of Q4\", \"31.10.25\", \"From 1 December "
                  "2025\", \"Q1 2026/27\", \"Winter 2025/26\", \"Dec 2025\", \"TBC\", \"end of Q2\", \"Weekly\"; a "
                  "risks table with risk owners (not actions), a funding table with a bold total row and a contact "
                  "line.",
    }


PAPERS = [
    hwb_action_tracker,
    carers_action_plan,
    hosc_stroke_response,
    place_committee_minutes,
    commissioning_intentions,
    discharge_plan,
]
