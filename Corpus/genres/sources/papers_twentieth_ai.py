"""Papers of the twentieth batch, part AI ("adult social care and public health"): six made-up papers
from two invented places:

  Wyndlow – Wyndlow County Council (Cabinet, Adult Social Care and Health Scrutiny Committee, its
    Director of Public Health) and the Wyndlow Health and Wellbeing Board;
  Tallowfield – Tallowfield Metropolitan Borough Council (Cabinet, Health Scrutiny Panel), Tallowfield
    Healthwatch and NHS Tallowfield Place (the borough's place partnership, part of an integrated care
    board that is not named).

The genre: the papers councils write about adult social care and the public's health – an improvement
plan progress report after the regulator's assessment of the council's adult social care duties, a
Director of Public Health's annual report with recommendations for partners at the end of each chapter,
a scrutiny panel's review of hospital discharge with the Cabinet Member's response, the minutes of a
Health and Wellbeing Board that approves a joint strategy, a Healthwatch report on home care with the
council's response, and a market position statement's data chapter that holds nothing to find.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every premises, street, provider, figure and score is made up.
The Care Quality Commission is named as the national regulator it is; what it is said to have found here
is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_twentieth_aj.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, the headers and gold decisions of parts Y
and AG and their first-contact sections, the DPH annual report, Healthwatch and CQC rules, second
renditions, rebuilding, the closing gold decisions), `Corpus/gold/README.md`,
`Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`, and for conventions and helpers the
writer part of `papers_ninth_m.py`, `FarHWriter` in `papers_far_h.py`, `grid_table` in
`papers_fresh.py` and `papers_nineteenth_ag.py` (module layout), and the decisions and actions of one
earlier gold file (westshire-health-and-wellbeing-board-minutes.json). Each paper names its own split. Every
gold value is written by hand beside the words it labels; the part AI notes record the choices where
the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AI1 wyndlow-adult-social-care-improvement-plan-progress-report-2026 – tune – lo-pdf
  AI2 wyndlow-director-of-public-health-annual-report-2025 – unseen – chromium-pdf
  AI3 tallowfield-health-scrutiny-panel-hospital-discharge-review – tune – pandoc-lo-pdf
  AI4 wyndlow-health-and-wellbeing-board-minutes-march-2026 – unseen – docx
  AI5 tallowfield-healthwatch-home-care-report-2026 – unseen – pandoc-docx
  AI6 tallowfield-market-position-statement-data-chapter-2026 – tune – docx (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

WYNDLOW = "Wyndlow County Council"
TALLOWFIELD = "Tallowfield Metropolitan Borough Council"
PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="E4E4E4"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AI1. Adult social care assessment improvement plan: progress report to the Adult Social Care and
#      Health Scrutiny Committee (python-docx → LibreOffice, landscape, NinthMWriter). A boxed
#      "Members are asked to note …" recommendation, the regulator's scores by theme and quality
#      statement (not items), a waiting-list table (not items), next steps without owners, then the
#      plan: theme rows merged across, quality statement cells merged down, refs, leads, milestones,
#      measures, an update and a RAG letter whose key is printed above the table.
# ---------------------------------------------------------------------------


def wyndlow_asc_improvement_plan():
    title = "Adult Social Care Assessment: Improvement Plan Progress Report"
    plum = "5B2C6F"
    cover = ("Members are asked to note the progress made on the Adult Social Care Improvement Plan set out in "
             "Appendix A and to identify any actions on which the Committee would like a more detailed report "
             "at a future meeting.")
    rag_fill = {"B": "9DC3E6", "G": "A9D18E", "A": "FFD966", "R": "F4B183"}
    rag_status = {"B": "completed", "G": "ongoing", "A": "ongoing", "R": "not-started"}
    t1 = "Theme 1: Working with people"
    t2 = "Theme 2: Providing support"
    t3 = "Theme 3: How the local authority ensures safety within the system"
    t4 = "Theme 4: Leadership"
    hao, psw, hqp = ("Head of Adult Social Care Operations", "Principal Social Worker",
                     "Head of Quality and Practice")
    hca, dph, hsa = ("Head of Commissioning (Adults)", "Director of Public Health", "Head of Safeguarding Adults")
    pim = "Performance and Intelligence Manager"
    # (ref, theme, quality statement, action, lead cell, owners, milestone cell, due, measure, update, RAG)
    acts = [
        ("1.1", t1, "Assessing needs",
         "Clear the waiting list for Care Act assessments of people assessed as medium or low priority, using "
         "a dedicated assessment team for six months.",
         f"{hao} /\n{psw}", [hao, psw], "September 2026", "2026-09",
         "No one waiting more than 28 days for an assessment",
         "Assessment team in post since January 2026. Waiting list down from 1,142 to 684 people.", "G"),
        ("1.2", t1, "Assessing needs",
         "Introduce a strengths-based assessment form and case recording guidance, with training for all "
         "practitioners.",
         hqp, [hqp], "Q1 2026/27", "2026-06",
         "Audit shows 80% of assessments rated good or better",
         "Form went live on 2 March 2026. 212 of 260 practitioners trained.", "G"),
        ("1.3", t1, "Supporting people to live healthier lives",
         "Give every person who contacts the front door information about prevention services in their own "
         "area, including the Wyndlow Wellbeing Directory.",
         "Customer Contact Manager; Wyndlow Connect (VCS partner)",
         ["Customer Contact Manager", "Wyndlow Connect (VCS partner)"], "Dec 2025", "2025-12",
         "Fewer repeat contacts within 90 days",
         "Directory links added to all front door scripts and letters in November 2025.", "B"),
        ("1.4", t1, "Equity in experience and outcomes",
         "Record ethnicity, sexual orientation and preferred language for everyone receiving care and support, "
         "and report outcomes by these groups every quarter.",
         f"{pim}, with the Equality and Inclusion Team", [pim, "Equality and Inclusion Team"],
         "31/03/2027", "2027-03-31",
         "Recording above 90% for each field",
         "Case management system fields changed; recording is 61% for ethnicity and 24% for sexual "
         "orientation.", "A"),
        ("2.1", t2, "Care provision, integration and continuity",
         "Recommission home care on a zoned basis so that every part of the county, including the Wyndlow "
         "Hills, has a contracted provider.",
         hca, [hca], "2026/27", "2027-03",
         "No package waiting more than 7 days to start",
         "Market engagement complete. Tender to be published in July 2026.", "G"),
        ("2.2", t2, "Care provision, integration and continuity",
         "Open 24 additional extra care flats with Marlbrook District Council at the former Kiln Lane depot.",
         f"{hca} /\nMarlbrook District Council Housing", [hca, "Marlbrook District Council Housing"],
         "March 2027", "2027-03",
         "24 flats occupied",
         "Planning permission granted but the contractor went into administration in February 2026.", "A"),
        ("2.3", t2, "Partnerships and communities",
         "Agree a joint carers’ strategy with the Wyndlow Carers Trust and NHS partners, including a new offer of "
         "carers’ breaks.",
         "Head of Commissioning (Adults);\nWyndlow Carers Trust", [hca, "Wyndlow Carers Trust"],
         "Ongoing", None,
         "Carers’ survey satisfaction above the England average", "", "R"),
        ("3.1", t3, "Safe pathways, systems and transitions",
         "Set up a joint transitions panel with Children’s Services for young people with care needs from the "
         "age of 14.",
         "Head of Adult Social Care Operations / Head of SEND", [hao, "Head of SEND"], "Sept 2026", "2026-09",
         "Every young person known to the panel by age 16",
         "Terms of reference agreed. First panel due in June 2026.", "G"),
        ("3.2", t3, "Safeguarding",
         "Reduce the time taken to complete section 42 safeguarding enquiries and tell the person who raised the "
         "concern what happened.",
         f"{hsa}, with Wyndlow Safeguarding Adults Board", [hsa, "Wyndlow Safeguarding Adults Board"],
         "Q3 2026/27", "2026-12",
         "80% of enquiries completed within 60 days",
         "Completed within 60 days: 58% in Q3 2025/26, 66% in Q4.", "A"),
        ("4.1", t4, "Governance, management and sustainability",
         "Publish a quarterly adult social care performance report to the Cabinet Member and this Committee.",
         pim, [pim], "June 2026", "2026-06",
         "Report published every quarter",
         "", "R"),
        ("4.2", t4, "Learning, improvement and innovation",
         "Set up a Lived Experience Panel of people who use services and carers to co-produce changes to "
         "services.",
         f"{psw}\nCo-production Lead", [psw, "Co-production Lead"], "January 2026", "2026-01",
         "Panel meets every two months",
         "Panel of 14 members first met on 20 January 2026.", "B"),
        ("4.3", t4, "Learning, improvement and innovation",
         "Review the Public Health grant’s contribution to prevention services for adults and agree priorities "
         "with Adult Social Care.",
         dph, [dph], "TBC", None,
         "Joint prevention priorities agreed",
         "Waiting for the 2026/27 grant allocation.", "R"),
    ]
    rows = []
    for theme in (t1, t2, t3, t4):
        rows.append([{"text": theme, "bold": True, "fill": "E8DDEE", "span": 8}] + ["<"] * 7)
        theme_acts = [a for a in acts if a[1] == theme]
        seen = {}
        for a in theme_acts:
            seen[a[2]] = seen.get(a[2], 0) + 1
        done = set()
        for a in theme_acts:
            if a[2] in done:
                qs = "^"
            else:
                qs = {"text": a[2], "bold": True, "vspan": seen[a[2]]}
                done.add(a[2])
            rows.append([{"text": a[0], "bold": True}, qs, a[3], a[4], a[6], a[8], a[9],
                         {"text": a[10], "bold": True, "fill": rag_fill[a[10]]}])
    blocks = [
        ("p", f"<<{plum}|**WYNDLOW COUNTY COUNCIL**>>"),
        ("p", "**Adult Social Care and Health Scrutiny Committee**"),
        ("p", "**Thursday 16 April 2026 – Agenda item 7**"),
        ("title", title),
        ("table", {"cols": [4.8, 20.9], "font": 9.5, "borders": False, "rows": [
            [{"text": "Report of:", "bold": True}, "Director of Adult Social Care"],
            [{"text": "Cabinet Member:", "bold": True}, "Cabinet Member for Adult Social Care"],
            [{"text": "Divisions affected:", "bold": True}, "All"],
            [{"text": "Contact:", "bold": True},
             "Head of Quality and Practice – ascimprovement@wyndlow.example – 01632 960 412"],
        ]}),
        ("box", [("p", f"<<{plum}|**Recommendation**>>"), ("p", cover)]),
        ("ph", 12, f"<<{plum}|1.\tPurpose of the report>>"),
        ("pn", "1.1\tThe Care Quality Commission (CQC) assessed how the Council meets its duties under Part 1 of "
               "the Care Act 2014 between March and June 2025 and published its report on 9 October 2025. The "
               "Council was rated Requires improvement overall."),
        ("pn", "1.2\tCabinet approved an improvement plan in response on 18 November 2025. This report sets out "
               "progress at 31 March 2026, the first quarter in which every action has had a lead and a "
               "milestone."),
        ("ph", 12, f"<<{plum}|2.\tThe CQC assessment>>"),
        ("pn", "2.1\tThe CQC scored each of the nine quality statements from 1 (evidence shows significant "
               "shortfalls) to 4 (evidence shows an exceptional standard). Table 1 shows the scores."),
        ("p", "**Table 1: CQC scores by theme and quality statement**"),
        ("table", {"cols": [8.2, 11.0, 2.6], "font": 9, "header_fill": "D9C6E3",
                   "header": ["Theme", "Quality statement", "Score"],
                   "rows": [
                       [{"text": "Working with people", "vspan": 3}, "Assessing needs", "2"],
                       ["^", "Supporting people to live healthier lives", "3"],
                       ["^", "Equity in experience and outcomes", "2"],
                       [{"text": "Providing support", "vspan": 2}, "Care provision, integration and continuity", "2"],
                       ["^", "Partnerships and communities", "3"],
                       [{"text": "Ensuring safety within the system", "vspan": 2},
                        "Safe pathways, systems and transitions", "2"],
                       ["^", "Safeguarding", "2"],
                       [{"text": "Leadership", "vspan": 2}, "Governance, management and sustainability", "2"],
                       ["^", "Learning, improvement and innovation", "3"],
                       [{"text": "Overall", "bold": True}, {"text": "Requires improvement (score 52%)", "bold": True},
                        {"text": "–", "bold": True}],
                   ]}),
        ("pn", "2.2\tThe CQC found strong partnerships with the voluntary sector and a positive culture among "
               "staff. It found that people waited too long for assessments and for home care in rural areas, "
               "that carers did not always get an assessment of their own, and that the Council could not show "
               "whether outcomes differed between groups of people. It said that the Council should make sure "
               "the learning from safeguarding enquiries reaches front-line staff."),
        ("ph", 12, f"<<{plum}|3.\tProgress at 31 March 2026>>"),
        ("pn", "3.1\tOf the 12 actions in the plan, 2 are complete (blue), 4 are on track (green), 3 have slipped "
               "(amber) and 3 have not started (red). The amber and red actions are explained in the update "
               "column of Appendix A."),
        ("pn", "3.2\tThe waiting list for Care Act assessments is the area the CQC and this Committee have been "
               "most concerned about. Table 2 shows the position at the end of each quarter."),
        ("p", "**Table 2: People waiting for a Care Act assessment**"),
        ("table", {"cols": [6.0, 4.0, 4.0, 4.0, 4.0], "font": 9, "header_fill": "D9C6E3",
                   "header": ["", "Q2 2025/26", "Q3 2025/26", "Q4 2025/26", "Change"],
                   "rows": [
                       ["High priority", "96", "71", "52", "−46%"],
                       ["Medium priority", "688", "602", "431", "−37%"],
                       ["Low priority", "358", "287", "201", "−44%"],
                       [{"text": "Total", "bold": True}, {"text": "1,142", "bold": True},
                        {"text": "960", "bold": True}, {"text": "684", "bold": True}, {"text": "−40%", "bold": True}],
                   ]}),
        ("pn", "3.3\tThe median wait for a home care package to start in the Wyndlow Hills was 19 days in March "
               "2026, against 6 days in the rest of the county. Action 2.1 is intended to close this gap."),
        ("ph", 12, f"<<{plum}|4.\tNext steps>>"),
        ("pn", "4.1\tThe Improvement Board, chaired by the Director of Adult Social Care, will continue to meet "
               "monthly. Over the next quarter it will:"),
        ("list", "bullet", 1, [
            "agree a recovery plan for the extra care scheme at Kiln Lane;",
            "look again at how carers’ assessments are offered at the front door; and",
            "prepare for the CQC’s follow-up monitoring call in the autumn.",
        ]),
        ("ph", 12, f"<<{plum}|5.\tFinancial implications>>"),
        ("pn", "5.1\tThe temporary assessment team costs £410,000 for six months and is funded from the Adult "
               "Social Care Transformation Reserve. The other actions are met from existing budgets."),
        ("pn", "5.2\tBackground papers: CQC local authority assessment report, Wyndlow County Council, 9 October "
               "2025; Cabinet report, Adult Social Care Improvement Plan, 18 November 2025."),
        ("break",),
        ("ph", 14, f"<<{plum}|Appendix A: Adult Social Care Improvement Plan – position at 31 March 2026>>"),
        ("p", "**RAG key:** B = Complete; G = In progress and on track; A = In progress, milestone at risk; "
              "R = Not started"),
        ("table", {"cols": [1.1, 2.9, 5.6, 3.6, 2.1, 3.7, 5.3, 1.4], "font": 8, "header_fill": "C9B3D6",
                   "header": ["Ref", "Quality statement", "Action", "Lead", "Milestone", "Measure of success",
                              "Update (March 2026)", "RAG"],
                   "rows": rows}),
    ]
    actions = [action(a[0], a[3], a[5], a[6], a[7], rag_status[a[10]]) for a in acts]
    return {
        "name": "wyndlow-adult-social-care-improvement-plan-progress-report-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-04-06", "doc_title": title, "author": "Adult Social Care", "ninth_m": True,
                 "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10, "title_size": 16,
                 "title_color": plum, "box_width": 25.7,
                 "m_header": ("Wyndlow County Council – Adult Social Care and Health Scrutiny Committee",
                              "16 April 2026 – Item 7"),
                 "m_footer": ("Adult Social Care Improvement Plan – progress report", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="adult social care improvement plan after the regulator's assessment, progress report to "
                           "a scrutiny committee: a boxed covering recommendation, scores and waiting-list tables, and "
                           "the plan by theme and quality statement with leads, milestones, measures, updates and RAG",
                     kind="action-plan", title=title, authority=WYNDLOW, date="2026-04-16",
                     meeting="Adult Social Care and Health Scrutiny Committee",
                     recommendations=[recommendation(None, cover, verb="NOTE", addressee="Members")],
                     actions=actions),
        "layout": "PDF (python-docx → LibreOffice), landscape (Letter), Liberation Sans 10 pt, an italic running header (council and committee | date and item) and footer (report | \"Page X of Y\"), rows that may not split; 5 pages. A plum bold capitals council line, bold committee and date lines, the plum title, a borderless details table (Report of / Cabinet Member / Divisions affected / Contact), a one-cell box \"Recommendation\" with one \"Members are asked to note … and to identify …\" sentence; plum bold headings that are not styles over typed 1.1–5.2 hanging paragraphs; a CQC scores table Theme | Quality statement | Score with theme cells merged down and a bold overall row, and a waiting-list table with a bold total row (not items); \"It said that the Council should make sure …\" (the regulator's finding, not an item); next-steps bullets without owners (not items). After a page break, Appendix A: a bold \"RAG key:\" line (B = Complete; G = In progress and on track; A = In progress, milestone at risk; R = Not started) and an 8 pt table Ref | Quality statement | Action | Lead | Milestone | Measure of success | Update (March 2026) | RAG with a plum header, four theme rows merged across all eight columns and quality statement cells merged down over their actions (the last one runs over a page break, so row 4.3 stands alone on page 5 under an empty merged cell); refs 1.1–1.4, 2.1–2.3, 3.1–3.2, 4.1–4.3; leads split by \"/\" plus line break, \";\" (with and without a line break), \", with\" and a bare line break; milestones \"September 2026\", \"Q1 2026/27\", \"Dec 2025\", \"31/03/2027\", \"2026/27\", \"March 2027\", \"Ongoing\", \"Sept 2026\", \"Q3 2026/27\", \"June 2026\", \"January 2026\", \"TBC\"; RAG letters in shaded cells; two empty updates.",
    }


# ---------------------------------------------------------------------------
# AI2. Director of Public Health's annual report (HTML → Chromium, CSS page-margin boxes). Chapters on
#      housing and health, each ending in a box of recommendations numbered on across chapters, each
#      followed by a bold "This recommendation is for:" line; a housing figures table (not items); a
#      closing chapter with a table of progress on the previous report's recommendations, whose status
#      words come from a key printed above it.
# ---------------------------------------------------------------------------


def wyndlow_dph_annual_report():
    title = "Healthy Homes, Healthy Lives"
    teal = "0E6E6E"
    ph, icb = "Wyndlow County Council (Public Health)", "NHS Wyndlow Integrated Care Board"
    dbc = "district and borough councils"
    c2 = "2. Cold, damp and mould"
    c3 = "3. Falls, adaptations and staying at home"
    c4 = "4. Housing, homelessness and mental health"
    # (number, chapter, text, verb, addressee, "for" line, owners)
    recs = [
        ("1", c2, "Every home visited by a council, NHS or fire service officer between October and March should be "
                  "checked for cold and damp, with a referral to Warm Homes Wyndlow where it is needed.",
         None, None, "Wyndlow County Council; NHS Wyndlow Integrated Care Board; Wyndlow Fire and Rescue Service",
         [WYNDLOW, icb, "Wyndlow Fire and Rescue Service"]),
        ("2", c2, "District and borough councils should take enforcement action wherever a private landlord has not "
                  "dealt with a report of damp and mould within 28 days.", "TAKE", "District and borough councils",
         "Marlbrook District Council, Hendle Borough Council, Wyndlow Vale District Council",
         ["Marlbrook District Council", "Hendle Borough Council", "Wyndlow Vale District Council"]),
        ("3", c3, "Extend the Safe at Home falls prevention service to everyone aged 65 and over who leaves hospital "
                  "after a fall, so that they are offered a home hazard check within 14 days.", "EXTEND", None,
         f"{ph}; {icb}", [ph, icb]),
        ("4", c3, "The Wyndlow Home Improvement Agency and district councils should halve the average time from "
                  "referral to completion of a Disabled Facilities Grant adaptation, from 41 weeks to 20 weeks.",
         "HALVE", "Wyndlow Home Improvement Agency and district councils",
         "Wyndlow Home Improvement Agency / district and borough councils",
         ["Wyndlow Home Improvement Agency", dbc]),
        ("5", c4, "Ask about housing in every assessment carried out by the community mental health teams, and refer "
                  "anyone at risk of losing their home to their district council’s housing options team.", "ASK",
         None, "Wyndlow Partnership NHS Foundation Trust", ["Wyndlow Partnership NHS Foundation Trust"]),
        ("6", c4, "The Health and Wellbeing Board should ask each district and borough council to report once a year "
                  "on the health of households living in temporary accommodation.", "ASK",
         "Health and Wellbeing Board", "Wyndlow Health and Wellbeing Board", ["Wyndlow Health and Wellbeing Board"]),
        ("7", c4, "Commission a review of the health needs of people sleeping rough or living in supported housing, "
                  "to inform the 2027 Joint Strategic Needs Assessment.", "COMMISSION", None,
         f"{ph}, with {dbc}", [ph, dbc]),
    ]

    def rec_box(chapter):
        inner = [("h", 3, "My recommendations")]
        for r in recs:
            if r[1] == chapter:
                inner.append(("p", f"**Recommendation {r[0]}.** {r[2]}"))
                inner.append(("p", f"**This recommendation is for:** {r[5]}"))
        return ("box", inner)

    prog_status = {"Done": "completed", "Under way": "ongoing", "Not yet started": "not-started"}
    # (no., text, verb, addressee, led-by cell, owners, what has happened, progress word)
    prog = [
        ("1", "Secondary schools should name a mental health lead trained in the Wyndlow Thrive approach.", "NAME",
         "Secondary schools", "Wyndlow County Council Education; Wyndlow Mind",
         ["Wyndlow County Council Education", "Wyndlow Mind"],
         "47 of the 52 secondary schools have a trained lead. The other five have leads booked on the January "
         "2026 course.", "Under way"),
        ("2", "Double the number of people supported to stop smoking in the county’s most deprived "
              "neighbourhoods.", "DOUBLE", None, ph, [ph],
         "2,310 people in these neighbourhoods set a quit date with the service in 2024/25, against 1,120 in "
         "2023/24.", "Done"),
        ("3", "The ICB should invite every eligible adult to an NHS Health Check by text message.", "INVITE", "ICB",
         f"{icb} /\nGP practices", [icb, "GP practices"],
         "A pilot in 14 practices began in September 2025 and will be evaluated in March 2026.", "Under way"),
        ("4", "Adopt a Healthy Weight Declaration in every district and borough council.", "ADOPT", None,
         "District and borough councils", ["District and borough councils"],
         "Two councils have discussed the Declaration at a committee; none has adopted it yet.", "Not yet started"),
    ]
    prog_rows = [[r[0], r[1], r[4], r[6], {"text": r[7], "bold": True}] for r in prog]

    blocks = [
        ("p", f"<<{teal}|**WYNDLOW COUNTY COUNCIL · DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2025**>>"),
        ("title", title),
        ("p", "**The independent annual report of the Director of Public Health for Wyndlow**"),
        ("p", "Published November 2025"),
        ("h", 2, "Contents"),
        ("list", "1.", 1, ["Homes and health in Wyndlow", "Cold, damp and mould",
                           "Falls, adaptations and staying at home", "Housing, homelessness and mental health",
                           "Progress on my 2024 recommendations"]),
        ("h", 2, "Foreword"),
        ("p", "Every Director of Public Health has a duty to write an independent report on the health of the people "
              "they serve. This year I have chosen to write about our homes. Most of us spend more than two thirds "
              "of our lives at home, and older people and young children spend more still. A warm, dry, safe and "
              "settled home is one of the foundations of good health; a cold, damp, unsafe or insecure one can "
              "undo much of what the NHS and social care do for people."),
        ("p", "Wyndlow has some of the oldest housing in the region, a large private rented sector in its market "
              "towns and many homes in the Wyndlow Hills that are not on the gas network. Housing is the business "
              "of the district and borough councils, housing associations and landlords, but its effects on health "
              "land on everyone. My recommendations are therefore addressed to a wide range of partners."),
        ("p", "I am grateful to the residents, housing officers, occupational therapists, firefighters and "
              "voluntary groups who gave their time to this report."),
        ("p", "**Dr R.K., Director of Public Health**"),
        ("h", 2, "About this report"),
        ("p", "My report makes seven recommendations, at the end of chapters 2, 3 and 4. Each one says who it is "
              "for. Chapter 5 reports on what has happened to the recommendations I made in my 2024 report, "
              "Growing Up Well in Wyndlow. The figures in this report are the latest available in September 2025."),
        ("break",),
        ("h", 2, "1. Homes and health in Wyndlow"),
        ("p", "There are about 262,000 homes in Wyndlow. Two thirds are owner-occupied, 16% are rented from a "
              "housing association or council and 18% are rented privately, up from 13% in 2011. A third of homes "
              "were built before 1945."),
        ("p", "**Table 1: Housing in Wyndlow and England**"),
        ("table", {"cols": [9.0, 3.2, 3.2], "font": 9.5, "header_fill": "CFE6E6",
                   "header": ["Indicator", "Wyndlow", "England"],
                   "rows": [
                       ["Homes built before 1945", "34%", "21%"],
                       ["Homes with an energy rating of E, F or G", "29%", "19%"],
                       ["Households in fuel poverty (2023)", "14.8%", "13.1%"],
                       ["Homes not connected to mains gas", "22%", "14%"],
                       ["Households in temporary accommodation (per 1,000)", "1.9", "4.6"],
                       ["Emergency hospital admissions for falls, aged 65+ (per 100,000)", "2,214", "1,984"],
                   ]}),
        ("p", "The gap between the Wyndlow Hills and the rest of the county is wide. In the Hills, four in ten "
              "homes have an energy rating of E or below, and the winter rise in deaths among people aged 85 and "
              "over has been higher than the county average in six of the last eight winters."),
        ("break",),
        ("h", 2, "2. Cold, damp and mould"),
        ("p", "Living in a cold home raises blood pressure and the risk of heart attack and stroke, and makes "
              "asthma and chronic obstructive pulmonary disease worse. Damp and mould are linked to respiratory "
              "infections and asthma in children. In a survey for this report, 1 in 9 private tenants in Wyndlow "
              "said that their home had mould in more than one room."),
        ("p", "Warm Homes Wyndlow, the county’s energy advice and grants service, helped 3,140 households in "
              "2024/25. Most were referred by their GP practice or found the service themselves; very few were "
              "referred by the officers who visit homes for other reasons."),
        ("p", "“The mould came back every time we painted over it. My youngest was on inhalers by the time she was "
              "two.” – a tenant in Marlbrook"),
        rec_box(c2),
        ("break",),
        ("h", 2, "3. Falls, adaptations and staying at home"),
        ("p", "Falls are the most common reason for an older person to be admitted to hospital in an emergency. In "
              "2024/25 there were 3,310 such admissions in Wyndlow, and a third of people who broke a hip did not "
              "return to the home they lived in before."),
        ("p", "Simple changes to the home – grab rails, better lighting, removing trip hazards – prevent falls. "
              "Larger adaptations are paid for through Disabled Facilities Grants, administered by the district and "
              "borough councils with the Wyndlow Home Improvement Agency. The average time from referral to "
              "completion was 41 weeks in 2024/25, and some people died or moved into a care home while waiting."),
        ("p", "The Safe at Home service, run by Wyndlow Fire and Rescue Service and funded by the Public Health "
              "grant, carried out 2,860 home safety and hazard checks in 2024/25. It is offered to people aged 75 "
              "and over, but not to younger people who have already fallen."),
        rec_box(c3),
        ("break",),
        ("h", 2, "4. Housing, homelessness and mental health"),
        ("p", "Losing a home, or living with the threat of losing it, is harmful to mental health, and poor mental "
              "health makes it harder to keep a home. In 2024/25, 31% of households owed a homelessness duty by "
              "the district and borough councils had a member with a mental health need, up from 24% in 2021/22."),
        ("p", "The number of households in temporary accommodation in Wyndlow is low compared with England, but "
              "has doubled in three years. Little is known about the health of the people living in it. In 2023 "
              "the national Homelessness and Health Review recommended that local areas collect this information; "
              "no council in Wyndlow yet does so."),
        ("p", "People sleeping rough die on average 30 years earlier than the general population. The last "
              "assessment of their health needs in Wyndlow was carried out in 2017."),
        rec_box(c4),
        ("break",),
        ("h", 2, "5. Progress on my 2024 recommendations"),
        ("p", "My 2024 report, Growing Up Well in Wyndlow, made four recommendations. The table shows what has "
              "happened since. Progress is described as **Done** (the recommendation has been carried out), "
              "**Under way** (work has started and is continuing) or **Not yet started**."),
        ("table", {"cols": [1.0, 6.2, 3.6, 5.6, 2.2], "font": 9, "header_fill": "CFE6E6",
                   "header": ["No.", "What I recommended in 2024", "Led by", "What has happened", "Progress"],
                   "rows": prog_rows}),
        ("h", 2, "Acknowledgements and contact"),
        ("p", "This report was written by the Public Health team of Wyndlow County Council with help from the "
              "Wyndlow Public Health Intelligence Unit, Warm Homes Wyndlow, Wyndlow Fire and Rescue Service and the "
              "housing teams of the district and borough councils. It is available in other formats on request."),
        ("p", "Public Health, Wyndlow County Council, County Hall, Wyndlow WY1 2PH – publichealth@wyndlow.example – "
              "01632 960 430"),
    ]
    css = ("@page { margin: 18mm 17mm 18mm 17mm; "
           "@top-right { content: \"Director of Public Health Annual Report 2025\"; font-family: 'Liberation Serif', "
           "serif; font-size: 8pt; font-style: italic; color: #0E6E6E; } "
           "@bottom-left { content: \"Healthy Homes, Healthy Lives\"; font-family: 'Liberation Serif', serif; "
           "font-size: 8pt; color: #555555; } "
           "@bottom-right { content: counter(page); font-family: 'Liberation Serif', serif; font-size: 8pt; "
           "color: #555555; } }\n"
           "h1.title { font-size: 26pt; margin: 10pt 0 6pt 0; }\n"
           "h2 { color: #0E6E6E; font-size: 14pt; page-break-after: avoid; margin-top: 16pt; }\n"
           "h3 { color: #0E6E6E; margin-top: 2pt; }\n"
           "div.box { border: none; border-left: 4pt solid #0E6E6E; background: #EEF6F6; padding: 6pt 10pt; "
           "page-break-inside: avoid; }\n")
    recommendations = [recommendation(r[0], r[2], verb=r[3], addressee=r[4], theme=r[1], owners=r[6])
                       for r in recs]
    recommendations += [recommendation(r[0], r[1], verb=r[2], addressee=r[3],
                                       theme="5. Progress on my 2024 recommendations", owners=r[5],
                                       status=prog_status[r[7]], progress=r[6]) for r in prog]
    return {
        "name": "wyndlow-director-of-public-health-annual-report-2025",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Director of Public Health Annual Report 2025: " + title, "ninth_m": True,
                 "m_css": css, "css_font": "'Liberation Serif', serif", "size": 10.5, "title_color": teal},
        "blocks": blocks,
        "gold": dict(genre="a Director of Public Health's independent annual report on housing and health: chapters "
                           "ending in boxed recommendations with \"This recommendation is for:\" lines, and a table of "
                           "progress on the previous report's recommendations",
                     kind="needs-assessment", title=title, authority=WYNDLOW, date="2025-11", meeting=None,
                     recommendations=recommendations),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Serif 10.5 pt, CSS page-margin boxes (an italic teal running header top right, the report's title bottom left and a bare page number bottom right); 6 pages, chapters 2–5 each starting on a new page. A teal capitals kicker line, the large title, a bold subtitle, \"Published November 2025\", an HTML-numbered contents list, a foreword signed by the Director in bold initials, \"About this report\" (counts the recommendations). Chapter 1: a housing figures table with a teal header (not items). Chapters 2–4: prose, a quote, \"In 2023 the national Homelessness and Health Review recommended that …\" (not an item), and at each chapter's end a box with a teal left rule headed \"My recommendations\" (h3): bold \"Recommendation N.\" labels numbered on across chapters (1–2, 3–4, 5–7), each followed by a bold \"This recommendation is for:\" paragraph (owners split by \";\", \",\" and \"/\", bracketed qualifiers, \", with\"); imperatives, three \"… should …\" sentences (district councils, the Agency and district councils together, the Board) and one passive. Chapter 5: a key in prose (bold Done / Under way / Not yet started) and a table No. | What I recommended in 2024 | Led by | What has happened | Progress (bold words), led-by cells split by \";\" and \"/\" plus line break. Acknowledgements and a contact line.",
    }


# ---------------------------------------------------------------------------
# AI3. Health Scrutiny Panel review of hospital discharge, brought to Cabinet with the Cabinet Member's
#      response (Markdown → pandoc DOCX → LibreOffice). A line block front sheet, one covering "That
#      Cabinet notes … and agrees …" paragraph, the Chair's foreword, findings under three Heading 3
#      themes with bold "Recommendation N:" paragraphs numbered on across them, a delays pipe table and
#      the Panel's membership (not items); after a page break, Appendix A: grid tables No. | Cabinet
#      Member's response | Decision | Lead officer | Target date that does not restate the
#      recommendations.
# ---------------------------------------------------------------------------


def tallowfield_discharge_review():
    title = "Getting Home Safely: Scrutiny Review of Hospital Discharge and Intermediate Care"
    cover = ("That Cabinet notes the Health Scrutiny Panel’s review of hospital discharge and intermediate care and "
             "agrees the Cabinet Member’s response to each of the Panel’s eight recommendations, set out in "
             "Appendix A.")
    t1, t2, t3 = "Leaving hospital on time", "Reablement and intermediate care", "Carers and information"
    cm = "Cabinet Member for Adult Social Care and Health"
    hub = "Transfer of Care Hub Manager"
    # (no., theme, text, verb, addressee, response, accepted cell, decision, lead cell, owners,
    #  target cell, due, status)
    recs = [
        ("1", t1, "NHS Tallowfield Place should publish every month the number of patients in Tallowfield General "
                  "Hospital who no longer meet the criteria to reside, with the reasons for their delay.", "PUBLISH",
         "NHS Tallowfield Place",
         "The Place Director has agreed to publish the figures on the NHS Tallowfield Place website, using the "
         "same categories as the national daily return, and to include them in the quarterly Better Care Fund "
         "report to the Health and Wellbeing Board.", "Accepted", "accepted",
         "Place Director (NHS Tallowfield Place)", ["Place Director (NHS Tallowfield Place)"], "October 2026",
         "2026-10", None),
        ("2", t1, "Extend the opening hours of the Transfer of Care Hub to include Saturdays and Sundays.", "EXTEND",
         None,
         "The Hub will open on Saturdays from November 2026, funded from the Better Care Fund discharge grant. "
         "Sunday opening will be considered after six months, when the effect of Saturday opening is known.",
         "Partially accepted", "partially-accepted", f"Head of Hospital Social Work / {hub}",
         ["Head of Hospital Social Work", hub], "Q3 2026/27", "2026-12", None),
        ("3", t1, "Agree a single discharge letter for patients and their families, written in plain English, "
                  "saying who to contact in the first week at home.", "AGREE", None,
         "A draft letter has been tested with Tallowfield Healthwatch’s readers’ panel and will be used on every "
         "adult ward.", "Accepted", "accepted",
         "Tallowfield General Hospital NHS Foundation Trust; Tallowfield Healthwatch",
         ["Tallowfield General Hospital NHS Foundation Trust", "Tallowfield Healthwatch"], "From September 2026",
         "2026-09", None),
        ("4", t2, "The Council should increase the capacity of the Home First reablement service so that no one waits "
                  "in hospital for more than two days for reablement to start.", "INCREASE", "Council",
         "Twelve more reablement support workers were recruited in April 2026. Reablement now starts within two "
         "days of the person being ready to leave hospital for 88% of people.", "Accepted", "accepted",
         "Head of Reablement", ["Head of Reablement"], "Complete", None, "completed"),
        ("5", t2, "Review the use of the 20 intermediate care beds at Beechcroft House, which were on average only "
                  "71% occupied in 2025/26.", "REVIEW", None,
         "The review will be carried out jointly with NHS Tallowfield Place and will look at referral criteria, "
         "therapy input and the location of the beds. Its findings will go to the Health and Wellbeing Board.",
         "Accepted", "accepted", "Head of Commissioning (Adults), with NHS Tallowfield Place",
         ["Head of Commissioning (Adults)", "NHS Tallowfield Place"], "31 March 2027", "2027-03-31", None),
        ("6", t2, "The Cabinet Member for Adult Social Care and Health should press the integrated care board to fund "
                  "the therapy posts in the intermediate care team permanently.", "PRESS", cm,
         "The Cabinet Member shares the Panel’s concern, but the posts are funded through the Better Care Fund, "
         "which the Council and the integrated care board agree jointly. The Cabinet Member will raise the "
         "posts when the 2027/28 plan is negotiated rather than make a separate approach now.", "Not accepted", "rejected",
         "N/A", [], "N/A", None, None),
        ("7", t3, "Carers should be identified, and offered a carer’s assessment, before the person they care for "
                  "leaves hospital.", None, None,
         "The Hub will add a question about carers to its discharge checklist, and Tallowfield Carers Centre will "
         "base a worker at the hospital two days a week, funded by the Carers Support Grant.", "Accepted", "accepted",
         f"{hub}; Tallowfield Carers Centre", [hub, "Tallowfield Carers Centre"], "2026/27", "2027-03", None),
        ("8", t3, "Report progress on these recommendations to the Panel in six months’ time.", "REPORT", None,
         "A progress report will be taken to the Panel’s meeting in January 2027.", "Accepted", "accepted",
         "Director of Adult Social Care", ["Director of Adult Social Care"], "January 2027", "2027-01", None),
    ]

    def recs_for(theme):
        return [f"**Recommendation {r[0]}:** {r[2]}" for r in recs if r[1] == theme]

    md = [
        "**TALLOWFIELD METROPOLITAN BOROUGH COUNCIL**",
        "| **Report to:** Cabinet\n"
        "| **Date of meeting:** 23 June 2026\n"
        "| **Report of:** Chair of the Health Scrutiny Panel\n"
        "| **Cabinet Member:** Cabinet Member for Adult Social Care and Health\n"
        "| **Wards:** All\n"
        "| **Key decision:** No",
        f"# {title}",
        "## 1. Summary",
        "1.1 The Health Scrutiny Panel reviewed how people leave Tallowfield General Hospital and the support they "
        "get in the weeks afterwards. The review ran from October 2025 to March 2026 and its final report was "
        "agreed by the Panel on 14 April 2026.",
        "1.2 The Panel makes eight recommendations to the Council, NHS Tallowfield Place and the hospital trust. "
        "The Cabinet Member for Adult Social Care and Health has responded to each of them; the responses are in "
        "Appendix A. Six are accepted, one is accepted in part and one is not accepted.",
        "## 2. Recommendation",
        cover,
        "## 3. Chair’s foreword",
        "Every winter we hear that the hospital is full and that people who are well enough to go home cannot "
        "leave. Behind the figures are older people losing their strength in a hospital bed and families who "
        "do not know what happens next. We wanted to understand why this happens in Tallowfield and what the "
        "Council and its partners can do about it.",
        "We are grateful to everyone who gave evidence, and in particular to the patients and carers who told us "
        "their stories. Our recommendations are practical and most can be carried out within a year.",
        "*Cllr M.O., Chair of the Health Scrutiny Panel*",
        "## 4. How we carried out the review",
        "4.1 The Panel held four evidence sessions and visited the Transfer of Care Hub and Beechcroft House. It "
        "heard from the Director of Adult Social Care, the Head of Hospital Social Work, the Place Director of NHS "
        "Tallowfield Place, the Chief Operating Officer of Tallowfield General Hospital NHS Foundation Trust, "
        "Tallowfield Healthwatch, Tallowfield Carers Centre and two home care providers.",
        "4.2 Members of the Panel for the review: Cllr M.O. (Chair), Cllr S.P. (Vice-Chair), Cllr A.D., Cllr F.H., "
        "Cllr J.K. and Cllr T.W. The Panel was supported by the Scrutiny Officer.",
        "## 5. What we found and what we recommend",
        "5.1 Tallowfield General Hospital has 540 adult beds. On an average day in 2025/26, 68 of them were "
        "occupied by people who no longer needed to be in hospital. Table 1 shows the main reasons.",
        "**Table 1: Patients in hospital who no longer met the criteria to reside, average per day, 2025/26**",
        "| Main reason for delay | Patients | Share |\n"
        "|:------------------------------------------------------------|----------:|----------:|\n"
        "| Waiting for reablement or home care to start | 24 | 35% |\n"
        "| Waiting for an intermediate care or care home bed | 19 | 28% |\n"
        "| Waiting for an assessment | 11 | 16% |\n"
        "| Waiting for equipment or adaptations | 6 | 9% |\n"
        "| Patient or family choice | 5 | 7% |\n"
        "| Other | 3 | 4% |\n"
        "| **Total** | **68** | **100%** |",
        f"### {t1}",
        "5.2 The Transfer of Care Hub brings together hospital social workers, discharge nurses and therapists in "
        "one team. It works Monday to Friday. The Panel heard that discharges at weekends are a third of those on "
        "weekdays, and that Monday mornings begin with a backlog.",
        "5.3 Patients and carers told us that they were often given several leaflets on the day they left and did "
        "not know whom to ring when things went wrong. NHS England recommends that every patient is given a "
        "discharge summary they can understand; the Panel heard that this does not yet happen consistently.",
        *recs_for(t1),
        f"### {t2}",
        "5.4 The Home First reablement service helps people regain their independence in their own homes for up to "
        "six weeks. Eight in ten people who complete reablement need no further care, or less care than before. "
        "When the Panel began its review, people were waiting an average of five days in hospital for reablement "
        "to start.",
        "5.5 Beechcroft House has 20 intermediate care beds for people who need more rehabilitation before going "
        "home. The Panel found that the beds were often empty while other patients waited in hospital, because the "
        "referral criteria were narrow and the therapy posts were funded only year by year.",
        *recs_for(t2),
        f"### {t3}",
        "5.6 About one in four older patients leaving hospital relies on an unpaid carer. Carers told the Panel that "
        "they were rarely asked whether they could cope, and that they heard about the Carers Centre only by "
        "chance.",
        *recs_for(t3),
        "## 6. Financial and legal implications",
        "6.1 The costs of the accepted recommendations are met from the Better Care Fund and existing budgets, as "
        "set out in Appendix A. There are no legal implications arising from this report.",
        "**Contact:** Scrutiny Officer, Tallowfield Town Hall – scrutiny@tallowfield.example – 01632 960 527",
        PAGE_BREAK_MD,
        "## Appendix A: Cabinet Member’s response to the Panel’s recommendations",
        "The Panel’s recommendations are set out in section 5 of the report and are not repeated here.",
    ]
    for theme in (t1, t2, t3):
        if theme != t1:
            md.append(PAGE_BREAK_MD)
        md.append(f"### {theme}")
        md.append(grid_table([6, 33, 14, 23, 16],
                             ["No.", "Cabinet Member’s response", "Decision", "Lead officer", "Target date"],
                             [[r[0], r[5], r[6], r[8], r[10]] for r in recs if r[1] == theme]))
    recommendations = [recommendation(None, cover, verb="NOTES", addressee="Cabinet")]
    recommendations += [recommendation(r[0], r[2], verb=r[3], addressee=r[4], theme=r[1], owners=r[9], due=r[11],
                                       timeframe=None if r[10] in ("N/A", "Complete") else r[10], status=r[12],
                                       response=r[5], decision=r[7]) for r in recs]
    return {
        "name": "tallowfield-health-scrutiny-panel-hospital-discharge-review",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-06-12"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a health scrutiny panel's review of hospital discharge brought to Cabinet with the Cabinet "
                           "Member's response: a covering recommendation, recommendations under theme headings and "
                           "a response table keyed by number",
                     kind="scrutiny-report", title=title, authority=TALLOWFIELD, date="2026-06-23", meeting="Cabinet",
                     recommendations=recommendations),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles; 7 pages. A bold capitals council line, a line block with bold labels (Report to / Date of meeting / Report of / Cabinet Member / Wards / Key decision), the H1 title; Heading 2 sections with typed 1.1 … 6.1 paragraphs; \"2. Recommendation\" with one unnumbered \"That Cabinet notes … and agrees …\" paragraph; a Chair's foreword signed in italics; the Panel's membership with councillors' initials; a delays pipe table with a bold total row; findings under three Heading 3 themes, \"NHS England recommends that …\" (not an item), and bold \"Recommendation N:\" paragraphs numbered on across the themes (1–3, 4–6, 7–8): imperatives, three \"… should …\" sentences (NHS Tallowfield Place, the Council, the Cabinet Member) and one passive. After a raw page break, Appendix A: a line saying the recommendations are not repeated, then three grid tables No. | Cabinet Member's response | Decision | Lead officer | Target date under the same Heading 3 themes, each after its own page break; decisions \"Accepted\", \"Partially accepted\", \"Not accepted\"; leads with a bracketed body, \"/\", \";\", \", with\" and \"N/A\"; target dates \"October 2026\", \"Q3 2026/27\", \"From September 2026\", \"Complete\", \"31 March 2027\", \"N/A\", \"2026/27\", \"January 2027\".",
    }


# ---------------------------------------------------------------------------
# AI4. Health and Wellbeing Board minutes (python-docx DOCX, NinthMWriter) in the NHS-style table
#      layout: a membership table, then one table Minute | Item | Lead, each item a row whose middle
#      cell holds the bold title, the discussion, "Resolved:" lines (one sentence, or "The Board:" over
#      typed (i)–(iii) parts, or typed (1)/(2) sentences) and a bold "ACTION:" line whose owners are in
#      the Lead cell of the same row.
# ---------------------------------------------------------------------------


def wyndlow_hwb_minutes():
    title = "Wyndlow Health and Wellbeing Board"
    board = "Wyndlow Health and Wellbeing Board"
    green = "2E6B30"
    decisions, actions, rows = [], [], []

    def item(ref, heading, paras, lead=""):
        blocks = [("p", f"**{heading}**")]
        for para in paras:
            if isinstance(para, tuple):
                blocks.append(para)
            else:
                blocks.append(("p", para))
        rows.append([{"text": ref, "bold": True}, {"blocks": blocks}, lead])

    def resolved_one(ref, text):
        decisions.append(decision(ref, None, text, board))
        return f"**Resolved:** {text}"

    def act(ref, text, owners, timeframe=None, due=None):
        actions.append(action(None, text, owners, timeframe, due, None))
        return f"**ACTION:** {text}"

    item("HWB 26/09", "Welcome and apologies", [
        "The Chair welcomed members, including C.R. attending for the first time as the voluntary sector "
        "representative. Apologies were received from the Chief Executive of Wyndlow Partnership NHS Foundation "
        "Trust (substitute: Director of Operations, P.G.) and from the Police and Crime Commissioner."])
    item("HWB 26/10", "Declarations of interest", [
        "Cllr E.W. declared that she is a trustee of Wyndlow Connect, which is named in item HWB 26/12. There "
        "were no other declarations."])
    item("HWB 26/11", "Minutes of the last meeting and action log", [
        resolved_one("HWB 26/11", "The minutes of the meeting held on 4 December 2025 were approved as a correct "
                                  "record."),
        "All actions on the log were complete except HWB 25/38 (carers’ data sharing agreement), which is "
        "carried forward to June."])
    strategy_parts = [
        ("i", "approved the Joint Local Health and Wellbeing Strategy 2026–2031 for publication;"),
        ("ii", "agreed that the Board’s priorities for the first two years are a good start in life, healthy "
               "homes and ageing well; and"),
        ("iii", "asked each partner organisation to set out, at the September meeting, how its own plans for "
                "2026/27 support the Strategy."),
    ]
    for number, text in strategy_parts:
        decisions.append(decision("HWB 26/12", number, text, board))
    item("HWB 26/12", "Joint Local Health and Wellbeing Strategy 2026–2031", [
        "The Director of Public Health presented the final Strategy, revised after the public consultation "
        "that closed on 30 January 2026. 1,214 people and 37 organisations had responded; most supported the "
        "draft priorities, and many asked for a stronger focus on housing, which had been added as a priority.",
        "Members welcomed the Strategy. The Vice-Chair asked that the measures of success be reported once a "
        "year rather than at every meeting, which was agreed. Healthwatch Wyndlow asked that the easy read "
        "version be tested with people with a learning disability before publication.",
        "**Resolved:** The Board:",
        *[("pn", f"({n})\t{t}") for n, t in strategy_parts],
        act("HWB 26/12", "Publish the Strategy and an easy read summary on the Board’s web pages by 30 April 2026.",
            ["DPH", "Comms"], "by 30 April 2026", "2026-04-30"),
    ], "DPH /\nComms")
    item("HWB 26/13", "Adult social care assessment: improvement plan", [
        "The Director of Adult Social Care summarised the Care Quality Commission’s assessment, published in "
        "October 2025, and progress on the improvement plan, which the Adult Social Care and Health Scrutiny "
        "Committee would consider in April. The waiting list for assessments had fallen by 40% since September.",
        "Members asked about the delay to the Kiln Lane extra care scheme and about support for carers. The "
        "Board noted the report.",
        act("HWB 26/13", "Circulate the CQC report and the full improvement plan to Board members.", ["DASC"]),
    ], "DASC")
    item("HWB 26/14", "Director of Public Health Annual Report 2025: Healthy Homes, Healthy Lives", [
        "The Director of Public Health presented her annual report. Members discussed the length of time taken "
        "to complete Disabled Facilities Grant adaptations and the growth in temporary accommodation. The "
        "district councils’ representative said that the councils would welcome the chance to report to the "
        "Board on the health of households in temporary accommodation.",
        resolved_one("HWB 26/14", "The Board endorsed the seven recommendations of the report and agreed to receive "
                                  "a report on progress in November 2026."),
        act("HWB 26/14", "Add an annual report on the health of households in temporary accommodation to the "
                         "Board’s forward plan.", ["KM", "Democratic Services"]),
    ], "KM /\nDemocratic Services")
    bcf_parts = [
        ("1", "The Board noted the Better Care Fund quarter 3 return for 2025/26, submitted on 6 February 2026."),
        ("2", "Authority was delegated to the Director of Adult Social Care and the ICB Place Director, in "
              "consultation with the Chair, to agree the Better Care Fund plan for 2026/27 for submission by the "
              "national deadline."),
    ]
    for number, text in bcf_parts:
        decisions.append(decision("HWB 26/15", number, text, board))
    item("HWB 26/15", "Better Care Fund", [
        "The Head of Integrated Commissioning reported that spending was on plan and that the discharge metrics "
        "had improved in quarter 3. National guidance for 2026/27 was expected in April, with a short deadline "
        "for plans.",
        "**Resolved:**",
        *[("pn", f"({n})\t{t}") for n, t in bcf_parts],
        act("HWB 26/15", "Circulate the agreed 2026/27 plan to Board members by the next meeting.",
            ["DASC", "ICB Place Director"], "by the next meeting", None),
    ], "DASC / ICB Place Director")
    item("HWB 26/16", "Healthwatch Wyndlow: what people told us in 2025", [
        "L.F. presented Healthwatch Wyndlow’s summary of what people had told it in 2025. Access to NHS "
        "dentistry remained the most common concern. L.F. offered to bring the findings of its review of "
        "community pharmacy services to a future meeting. The Board noted the report."])
    item("HWB 26/17", "Forward plan", [
        resolved_one("HWB 26/17", "The forward plan was agreed, with the addition of the item at minute HWB 26/14."),
        act("HWB 26/17", "Send suggestions for the July development session to Democratic Services by 15 May "
                         "2026.", ["All members"], "by 15 May 2026", "2026-05-15"),
    ], "All members")
    item("HWB 26/18", "Date of next meeting", [
        "Thursday 11 June 2026 at 2.00 pm, Council Chamber, County Hall, Wyndlow."])

    # Decisions in the order printed: 26/11, 26/12 (i)–(iii), 26/14, 26/15 (1)–(2), 26/17.
    order = ["HWB 26/11", "HWB 26/12", "HWB 26/14", "HWB 26/15", "HWB 26/17"]
    decisions.sort(key=lambda d: order.index(d["item"]))
    blocks = [
        ("p", f"<<{green}|**WYNDLOW COUNTY COUNCIL**>>"),
        ("title", title),
        ("p", "**Minutes of the meeting held on Thursday 12 March 2026 at 2.00 pm in the Council Chamber, County "
              "Hall, Wyndlow**"),
        ("table", {"cols": [5.0, 12.0], "font": 9.5, "borders": False, "rows": [
            [{"text": "Members present", "bold": True},
             "Cllr H.B. (Chair, Leader of the Council); J.T. (Vice-Chair, Chief Executive, NHS Wyndlow Integrated "
             "Care Board); Cllr N.G. (Cabinet Member for Adult Social Care); Cllr P.L. (Cabinet Member for "
             "Children’s Services); Cllr E.W. (district and borough councils); R.K. (Director of Public Health); "
             "D.M. (Director of Adult Social Care); S.A. (Director of Children’s Services); L.F. (Healthwatch "
             "Wyndlow); C.R. (Wyndlow Connect); P.G. (Wyndlow Partnership NHS Foundation Trust, substitute)"],
            [{"text": "In attendance", "bold": True},
             "K.M. (Head of Public Health Intelligence); B.O. (Head of Integrated Commissioning); ICB Place "
             "Director; A.J. (Democratic Services Officer)"],
            [{"text": "Apologies", "bold": True},
             "Chief Executive, Wyndlow Partnership NHS Foundation Trust; Police and Crime Commissioner"],
        ]}),
        ("table", {"cols": [2.4, 11.6, 3.0], "font": 10, "header_fill": "D5E8D4",
                   "header": ["Minute", "Item", "Lead"], "rows": rows}),
        ("p", "The meeting closed at 4.05 pm."),
        ("p", "Chair: ………………………………………………   Date: ……………………"),
    ]
    return {
        "name": "wyndlow-health-and-wellbeing-board-minutes-march-2026",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-03-19", "doc_title": "Wyndlow Health and Wellbeing Board – minutes 12 March 2026",
                 "author": "Democratic Services", "ninth_m": True, "font": "Liberation Serif", "size": 10.5,
                 "title_size": 17, "title_color": green,
                 "m_header": ("Wyndlow Health and Wellbeing Board – 12 March 2026", "Draft minutes"),
                 "m_footer": ("Subject to approval at the next meeting", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="Health and Wellbeing Board minutes in a Minute | Item | Lead table, with \"Resolved:\" "
                           "lines and parts and \"ACTION:\" lines whose owners are in the Lead column",
                     kind="minutes", title=title, authority=WYNDLOW, date="2026-03-12", meeting=board,
                     decisions=decisions, actions=actions),
        "layout": "DOCX (python-docx), portrait (Letter), Liberation Serif 10.5 pt, an italic running header (board and date | \"Draft minutes\") and footer (\"Subject to approval at the next meeting\" | \"Page X of Y\"); 2 pages in a scratch LibreOffice conversion. A green bold capitals council line, the green title (the Board's name), a bold \"Minutes of the meeting held on …\" line, a borderless attendance table (Members present / In attendance / Apologies; initials and roles, not items). Then one table Minute | Item | Lead with a green header: refs \"HWB 26/09\" … \"HWB 26/18\" in bold, each Item cell a bold title over paragraphs; \"**Resolved:** The minutes … were approved …\" (one sentence, no \"that\"), \"**Resolved:** The Board:\" over typed (i)–(iii) hanging paragraphs with past-tense verbs (\";\", \"; and\"), a bare \"**Resolved:**\" over typed (1)/(2) whole sentences (one passive delegation); bold \"**ACTION:**\" lines in the imperative with no owner in the line, the owners in the row's Lead cell (\"DPH /⏎Comms\", \"KM /⏎Democratic Services\", \"DASC / ICB Place Director\", \"DASC\", \"All members\"), dates \"by 30 April 2026\", \"by the next meeting\", \"by 15 May 2026\" or none; \"The Board noted …\" items, a declaration, an offer by Healthwatch to bring findings (not items); closing time and a signature line.",
    }


# ---------------------------------------------------------------------------
# AI5. Healthwatch report on home care with the Council's response (Markdown → pandoc DOCX). A brand
#      line, an italic publication line, a headerless details grid table, findings with a survey pipe
#      table and block-quoted comments (not items); recommendations as pandoc-numbered lists under three
#      Heading 3 themes, the numbering carried on (1–2, 3–5, 6–7); then the Council's response, one
#      Heading 3 per recommendation with a paragraph opening with a bold decision and bold "Lead:" and
#      "Timescale:" lines.
# ---------------------------------------------------------------------------


def tallowfield_healthwatch_home_care():
    title = "Care at Home: What People Told Us About Home Care in Tallowfield"
    hca, qat = "Head of Commissioning (Adults)", "Quality Assurance Team"
    t1, t2, t3 = "Visit times", "Continuity and communication", "Complaints and feedback"
    # (no., theme, text, verb, addressee, short title, response, decision, lead cell, owners,
    #  timescale cell, due, status)
    recs = [
        ("1", t1, "Home care providers should agree a visit window of no more than 30 minutes with each person and "
                  "tell them when their care worker is going to be late.", "AGREE", "Home care providers",
         "visit windows",
         "**Accepted.** The new home care contracts that start in October 2026 will require providers to agree a "
         "visit window of no more than 30 minutes and to telephone the person when a visit will be more than 15 "
         "minutes late. Until then we have asked providers to do this voluntarily.", "accepted",
         hca, [hca], "October 2026", "2026-10", None),
        ("2", t1, "The Council should pay providers for the time care workers spend travelling between visits, so "
                  "that visits are not cut short.", "PAY", "Council", "travel time",
         "**Partly accepted.** The new contracts will pay an hourly rate that includes an allowance for travel, "
         "rather than paying for travel time separately. We will check after six months whether visits are still "
         "being cut short.", "partially-accepted",
         f"{hca}; Finance Business Partner", [hca, "Finance Business Partner"], "April 2027", "2027-04", None),
        ("3", t2, "Give every person a named care worker or a small team, and tell them in advance who will be "
                  "visiting each week.", "GIVE", None, "named care workers",
         "**Accepted.** Providers will give each person a weekly rota from June 2026. Named workers or teams will be "
         "a requirement of the new contracts.", "accepted",
         f"Tallowfield Home Care Providers’ Forum, with the {qat}",
         ["Tallowfield Home Care Providers’ Forum", qat], "Q1 2026/27", "2026-06", None),
        ("4", t2, "Make sure that care workers can communicate with the people they support, including by matching "
                  "workers who speak the person’s first language where this is possible.", "MAKE", None,
         "language and communication",
         "**Accepted.** Providers will record each person’s preferred language in their care plan, and our "
         "quality visits will check that it is being met.", "accepted",
         qat, [qat], "Ongoing", None, None),
        ("5", t2, "People who receive home care should be asked how their care is going at least every three months, "
                  "not only at their annual review.", None, None, "regular check-ins",
         "**Accepted.** Since January 2026 the reviewing team has telephoned everyone receiving home care every "
         "three months.", "accepted",
         "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"], "Complete", None,
         "completed"),
        ("6", t3, "Publish one simple leaflet explaining how to complain about home care to the provider, to the "
                  "Council and to the Local Government and Social Care Ombudsman.", "PUBLISH", None,
         "a complaints leaflet",
         "**Accepted.** We will write the leaflet with Tallowfield Healthwatch and test it with people who use "
         "home care before it is sent out.", "accepted",
         "Customer Relations Manager / Tallowfield Healthwatch",
         ["Customer Relations Manager", "Tallowfield Healthwatch"], "March 2026", "2026-03", None),
        ("7", t3, "The Council should report every year to the Health Scrutiny Panel on the complaints it receives "
                  "about home care and what has changed as a result.", "REPORT", "Council", "reporting complaints",
         "**Not accepted.** Complaints about adult social care, including home care, are already reported every "
         "year in the Council’s annual complaints report, which the Health Scrutiny Panel can ask to receive. We "
         "do not think a separate report is needed.", "rejected",
         "N/A", [], "N/A", None, None),
    ]

    def rec_list(theme):
        return "\n".join(f"{r[0]}. {r[2]}" for r in recs if r[1] == theme)

    md = [
        "**tallowfield healthwatch**",
        f"# {title}",
        "*Report published 2 February 2026*",
        grid_table([34, 50], None, [
            ["**Engagement period**", "September to November 2025"],
            ["**People we heard from**", "186 (142 people receiving home care and 44 family carers)"],
            ["**How we heard from them**", "Survey (paper and online), 23 home visits, 4 group sessions"],
            ["**Report shared with**", "Tallowfield Metropolitan Borough Council; NHS Tallowfield Place; Care "
                                       "Quality Commission; Healthwatch England"],
        ]),
        "## About us",
        "Tallowfield Healthwatch is the independent champion for people who use health and social care services in "
        "Tallowfield. We listen to what people like about services and what could be improved, and we share their "
        "views with the organisations that run and pay for those services.",
        "## Why we looked at home care",
        "About 1,900 people in Tallowfield receive home care arranged by Tallowfield Metropolitan Borough Council, "
        "from 17 contracted providers. Home care was the social care service people contacted us about most in "
        "2024/25, and the Council told us that it would be recommissioning home care in 2026. We wanted people’s "
        "experiences to shape the new contracts.",
        "## What we did",
        "We ran a survey, visited 23 people at home with their permission and held group sessions with the "
        "Tallowfield Carers Centre, the Over 50s Forum, the Deaf Community Association and a Punjabi-speaking "
        "women’s group. We also spoke to managers of six home care providers.",
        "## What people told us",
        "Most people were positive about their care workers. 81% of people who answered our survey said their "
        "care workers were kind and treated them with respect. People were much less positive about the times of "
        "their visits and about knowing who would come.",
        "**Table 1: Survey results (142 people receiving home care)**",
        "| Question | Agree | Disagree | Not sure |\n"
        "|:------------------------------------------------------------|---------:|---------:|---------:|\n"
        "| My care workers are kind and respectful | 81% | 7% | 12% |\n"
        "| My visits happen at the time agreed | 38% | 49% | 13% |\n"
        "| I know who will be visiting me | 41% | 52% | 7% |\n"
        "| My care workers have enough time | 46% | 44% | 10% |\n"
        "| I would know how to complain | 33% | 39% | 28% |",
        f"### {t1}",
        "Half of the people we surveyed said that visits did not happen at the agreed time. Some said that their "
        "morning visit could come at any time between 7 am and 11 am. Several people said care workers were "
        "always rushing because they were not paid for the time spent travelling.",
        "> “I sit waiting in my dressing gown not knowing if they’ll come at eight or half ten.”",
        f"### {t2}",
        "People who saw the same care workers most of the time were much more satisfied. People whose first "
        "language was not English, and Deaf people, told us that communication with care workers was often "
        "difficult. Several people said that no one had asked them about their care since their last annual "
        "review.",
        "> “I had eleven different carers in one week. I had to explain everything every time.”",
        f"### {t3}",
        "Only a third of people would know how to complain. Some were worried that complaining would affect their "
        "care. One provider manager told us that their own quality team had recommended that complaints "
        "information is given out at every review, and that this had helped.",
        "## Our recommendations",
        "We make seven recommendations to Tallowfield Metropolitan Borough Council, which commissions home care in "
        "the borough, and to the home care providers it contracts with.",
        f"### {t1}",
        rec_list(t1),
        f"### {t2}",
        rec_list(t2),
        f"### {t3}",
        rec_list(t3),
        PAGE_BREAK_MD,
        "## Response from Tallowfield Metropolitan Borough Council",
        "We shared a draft of this report with the Council on 5 January 2026. The Director of Adult Social Care "
        "replied on behalf of the Council and its contracted providers on 23 January 2026. We have printed the "
        "response as we received it.",
    ]
    for r in recs:
        md += [f"### Recommendation {r[0]}: {r[5]}", r[6],
               f"**Lead:** {r[8]}\\\n**Timescale:** {r[10]}"]
    md += [
        "## What happens next",
        "We will ask the Council for an update on each recommendation in August 2026 and publish it on our "
        "website. We will also share this report with the Health Scrutiny Panel.",
        "## Thank you",
        "Thank you to everyone who shared their experiences with us, and to the providers who helped us reach "
        "people receiving care.",
        "*Tallowfield Healthwatch, Unit 4, Canal Wharf, Tallowfield TW2 6HW – info@tallowfieldhealthwatch.example "
        "– 01632 960 588*",
    ]
    recommendations = [recommendation(r[0], r[2], verb=r[3], addressee=r[4], theme=r[1], owners=r[9], due=r[11],
                                      timeframe=None if r[10] in ("N/A", "Complete") else r[10], status=r[12],
                                      response=r[6], decision=r[7]) for r in recs]
    return {
        "name": "tallowfield-healthwatch-home-care-report-2026",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-02-02"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a local Healthwatch report on people's experiences of home care, with recommendations to "
                           "the commissioning council and providers and the council's response to each",
                     kind="scrutiny-report", title=title, authority=TALLOWFIELD, date="2026-02-02", meeting=None,
                     recommendations=recommendations),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; 5 pages in a scratch LibreOffice conversion. A lower-case bold brand line, the H1, an italic \"Report published\" line, a headerless grid table of engagement details with bold labels; Heading 2 sections (About us / Why we looked at home care / What we did / What people told us) with a survey pipe table and block-quoted comments under three Heading 3 themes; \"their own quality team had recommended that …\" (not an item). \"Our recommendations\": a sentence naming the Council and providers, then three Heading 3 themes over pandoc-numbered lists that carry the numbering on (1–2, 3–5, 6–7): three \"… should …\" sentences (providers, the Council twice), three imperatives and one passive. After a raw page break, the Council's response: one Heading 3 \"Recommendation N: short title\" per recommendation, a paragraph opening with a bold decision (\"Accepted.\", \"Partly accepted.\", \"Not accepted.\"), then bold \"Lead:\" and \"Timescale:\" lines joined by a hard line break; leads with \";\", \", with the\", \"/\" and \"N/A\"; timescales \"October 2026\", \"April 2027\", \"Q1 2026/27\", \"Ongoing\", \"Complete\", \"March 2026\", \"N/A\". What happens next, thanks, an italic contact line.",
    }


# ---------------------------------------------------------------------------
# AI6. Market position statement, the data chapter (python-docx DOCX, NinthMWriter): population,
#      demand, care home and home care supply, fee rates and workforce tables with horizontal rules
#      only, "What this means for providers" bullets and a pointer to the commissioning intentions in
#      another chapter. Nothing to find.
# ---------------------------------------------------------------------------


def tallowfield_mps_data_chapter():
    title = "Adult Social Care Market Position Statement 2026–2029"
    navy = "1F3864"

    def tbl(cols, header, rows, font=9):
        return ("table", {"cols": cols, "font": font, "rules": True, "header": header, "header_fill": "DCE3EF",
                          "rows": rows})

    def total(cells):
        return [{"text": c, "bold": True} for c in cells]

    blocks = [
        ("p", f"<<{navy}|**TALLOWFIELD METROPOLITAN BOROUGH COUNCIL · ADULT SOCIAL CARE COMMISSIONING**>>"),
        ("title", title),
        ("ph", 14, f"<<{navy}|Chapter 2: Demand and supply – the data>>"),
        ("p", "**Version 1.0 – published May 2026**"),
        ("p", "This chapter brings together the data we hold about the people who use adult social care in "
              "Tallowfield, the services they use and the providers who deliver them. It is published for providers, "
              "people thinking of setting up a service and our partners, to help them plan. Our commissioning "
              "intentions – what we plan to buy, and when – are in Chapter 4, and the support we offer providers "
              "is in Chapter 5."),
        ("p", "Figures are for 2025/26 unless stated. Small numbers have been rounded."),
        ("ph", 12, f"<<{navy}|2.1\tOur population>>"),
        ("p", "Tallowfield has about 318,000 residents. The number of people aged 65 and over is projected to grow "
              "by 14% between 2025 and 2035, and the number aged 85 and over by 31%. Working-age adults with a "
              "learning disability or autism are living longer, and more young people with complex needs are moving "
              "into adult services each year."),
        ("p", "**Table 2.1: Population projections, Tallowfield**"),
        tbl([6.5, 3.0, 3.0, 3.0, 2.5], ["Age group", "2025", "2030", "2035", "Change 2025–35"], [
            ["18–64", "188,400", "187,900", "186,200", "−1%"],
            ["65–74", "29,800", "32,600", "33,900", "+14%"],
            ["75–84", "19,700", "21,900", "22,100", "+12%"],
            ["85 and over", "7,100", "8,100", "9,300", "+31%"],
            total(["All adults", "245,000", "250,500", "251,500", "+3%"]),
        ]),
        ("ph", 12, f"<<{navy}|2.2\tPeople we support>>"),
        ("p", "At 31 March 2026, 4,860 people were receiving long-term support arranged by the Council. Table 2.2 "
              "shows the type of support by age group."),
        ("p", "**Table 2.2: People receiving long-term support at 31 March 2026**"),
        tbl([6.5, 3.0, 3.0, 3.0, 2.5], ["Type of support", "Aged 18–64", "Aged 65+", "Total", "Change on 2024/25"], [
            ["Home care", "410", "1,490", "1,900", "+6%"],
            ["Direct payments", "610", "220", "830", "+3%"],
            ["Supported living", "540", "30", "570", "+8%"],
            ["Extra care housing", "20", "190", "210", "+2%"],
            ["Residential care", "140", "760", "900", "−3%"],
            ["Nursing care", "30", "420", "450", "+1%"],
            total(["Total", "1,750", "3,110", "4,860", "+3%"]),
        ]),
        ("p", "New requests for support from people aged 65 and over rose by 9% in 2025/26, mostly from people "
              "leaving hospital. About 55% of requests resulted in short-term support such as reablement, "
              "equipment or information and advice rather than a long-term service."),
        ("ph", 12, f"<<{navy}|2.3\tCare homes>>"),
        ("p", "There are 41 care homes for older people in Tallowfield with 1,730 registered beds, and 12 homes for "
              "working-age adults with 164 beds. The Council buys about 60% of older people’s beds; the rest are "
              "bought by people paying for themselves and by NHS Tallowfield Place."),
        ("p", "**Table 2.3: Care homes for older people**"),
        tbl([6.5, 2.6, 2.6, 3.0, 3.3], ["Type", "Homes", "Beds", "Occupancy", "Rated Good or Outstanding"], [
            ["Residential", "26", "980", "91%", "22 of 26"],
            ["Residential (dementia)", "7", "310", "95%", "5 of 7"],
            ["Nursing (including dementia nursing)", "8", "440", "94%", "5 of 8"],
            total(["All", "41", "1,730", "93%", "32 of 41"]),
        ]),
        ("p", "Occupancy of nursing and dementia beds has been above 94% for two years. Two homes with 61 beds "
              "between them closed in 2025/26; one new 66-bed nursing home opened in Marsh Lane in January 2026."),
        ("ph", 12, f"<<{navy}|2.4\tHome care>>"),
        ("p", "The Council commissions about 24,600 hours of home care a week from 17 contracted providers, and a "
              "further 2,100 hours from providers outside the contract. Table 2.4 shows the position by area."),
        ("p", "**Table 2.4: Home care by area, March 2026**"),
        tbl([5.0, 3.2, 3.2, 3.6, 3.0], ["Area", "Hours a week", "People", "Median wait to start (days)",
                                        "Providers active"], [
            ["Tallowfield town centre", "7,900", "610", "3", "14"],
            ["North (Ashby Moor, Kelham)", "6,300", "480", "9", "8"],
            ["South (Canal Side, Priory)", "6,800", "520", "4", "12"],
            ["East (Wend Valley villages)", "3,600", "290", "16", "5"],
            total(["Tallowfield", "24,600", "1,900", "5", "17"]),
        ]),
        ("ph", 12, f"<<{navy}|2.5\tFees>>"),
        ("p", "The Council’s standard rates for 2026/27 were set in March 2026 after consultation with providers. "
              "Rates for people with higher needs are agreed individually."),
        ("p", "**Table 2.5: Standard fee rates**"),
        tbl([9.0, 3.5, 3.5, 2.3], ["Service", "2025/26", "2026/27", "Increase"], [
            ["Home care (per hour)", "£24.10", "£25.90", "7.5%"],
            ["Residential care (per week)", "£812", "£866", "6.7%"],
            ["Residential dementia care (per week)", "£868", "£926", "6.7%"],
            ["Nursing care, excluding NHS-funded nursing care (per week)", "£884", "£944", "6.8%"],
            ["Supported living (per hour)", "£23.20", "£24.90", "7.3%"],
        ]),
        ("ph", 12, f"<<{navy}|2.6\tThe workforce>>"),
        ("p", "About 7,400 people work in adult social care in Tallowfield, three quarters of them in care homes "
              "and home care. Vacancy and turnover rates have fallen since 2023 but remain above the regional "
              "average."),
        ("p", "**Table 2.6: Workforce indicators (independent sector)**"),
        tbl([8.0, 3.0, 3.0, 3.0], ["Indicator", "2023/24", "2024/25", "2025/26"], [
            ["Vacancy rate", "11.2%", "9.6%", "8.4%"],
            ["Staff turnover rate", "31%", "28%", "26%"],
            ["Care workers on zero-hours contracts", "44%", "41%", "38%"],
            ["Median hourly pay, care worker", "£11.10", "£11.90", "£12.60"],
            ["Recruited from overseas (new starters)", "21%", "27%", "14%"],
        ]),
        ("ph", 12, f"<<{navy}|2.7\tWhat this means for providers>>"),
        ("p", "In summary, the data show:"),
        ("list", "bullet", 1, [
            "demand for nursing and dementia care beds is close to the number of beds available, and is expected "
            "to grow faster than any other type of care home place;",
            "demand for residential care without nursing is flat, and some homes have vacancies;",
            "home care in the east of the borough is hard to arrange quickly, with waits three times the "
            "borough median;",
            "the number of young adults with complex needs moving into adult services is rising, especially for "
            "supported living; and",
            "fewer new care workers are being recruited from overseas, so local recruitment matters more.",
        ]),
        ("p", "Chapter 4 sets out what the Council intends to commission in response, and Chapter 5 describes the "
              "help available to providers with recruitment, training and quality."),
        ("p", "**Sources:** Office for National Statistics 2022-based subnational population projections; Council "
              "case management system; Care Quality Commission register, April 2026; Adult Social Care Workforce "
              "Data Set, 2025/26; provider survey, February 2026."),
        ("p", "Questions about this chapter: Commissioning Intelligence Team, Tallowfield Town Hall – "
              "marketposition@tallowfield.example – 01632 960 541"),
    ]
    return {
        "name": "tallowfield-market-position-statement-data-chapter-2026",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-05-11", "doc_title": title + " – Chapter 2", "author": "Commissioning Intelligence",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 18,
                 "title_color": navy,
                 "m_header": ("Tallowfield Adult Social Care Market Position Statement 2026–2029",
                              "Chapter 2: Demand and supply"),
                 "m_footer": ("Version 1.0 – May 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="the data chapter of an adult social care market position statement: population, demand, "
                           "care home, home care, fee and workforce tables and messages for providers; nothing to find",
                     kind="other", title=title, authority=TALLOWFIELD, date="2026-05", meeting=None),
        "layout": "DOCX (python-docx), portrait (Letter), Liberation Sans 10 pt, an italic running header (statement | chapter) and footer (version | \"Page X of Y\"), rows that may not split; 4 pages in a scratch LibreOffice conversion. A navy capitals council and service line, the navy title, a bold \"Chapter 2: Demand and supply – the data\" heading and a version line; an introduction saying the chapter is published to help providers plan and that the commissioning intentions are in Chapter 4; navy bold headings that are not styles (2.1–2.7, tab after the number); six tables with horizontal rules only and a pale blue header (population projections, people supported, care homes, home care by area, fee rates, workforce), four with a bold total row; \"What this means for providers\" bullets stating what the data show (no owners, no dates); a sources line and a contact line. Nothing to find.",
    }


PAPERS = [wyndlow_asc_improvement_plan, wyndlow_dph_annual_report, tallowfield_discharge_review, wyndlow_hwb_minutes,
          tallowfield_healthwatch_home_care, tallowfield_mps_data_chapter]
