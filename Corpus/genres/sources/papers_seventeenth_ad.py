"""Papers of the seventeenth batch, part AD ("plans, trackers and progress reports of partnerships"):
six made-up papers of the kind partnerships keep to say what they will do, who leads, by when and how
far they have got, from two invented places:

  Coldwater   – Coldwater District Council (a shire district), which hosts the Coldwater Community
    Safety Partnership (its Partnership Strategic Board and subgroups), and Coldwater Voluntary Action,
    the district's council for voluntary service (a charity);
  Westerleigh – Westerleigh City Council (a unitary city council with a Health and Care Scrutiny
    Committee); the Westerleigh Integrated Care Partnership (with NHS Westerleigh Integrated Care Board
    and Westerleigh Community Health NHS Trust); the Westerleigh Safeguarding Children Partnership
    (the council, the ICB and Westerleigh Police); the Westerleigh VCSE Network.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every premises, street, service and figure is made up.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, and without running it or using git. Read:
`Corpus/genres/README.md` (introduction, first layout table, the headers of parts Y, Z, AA and AB and
their first-contact sections, the rulings on DHR/SAR action plans, trackers, CSP plans and status keys
found with grep, "Second renditions", "Rebuilding" and the closing gold decisions),
`Corpus/gold/README.md`, `Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`, and for
conventions and helpers the writer part of `papers_ninth_m.py`, `FarHWriter` in `papers_far_h.py`,
`grid_table` in `papers_fresh.py` and `papers_sixteenth_ab.py` (module layout). Not
`papers_seventeenth_ac.py`, written at the same time by someone else. Each paper names its own split.
Every gold value is written by hand beside the words it labels; the part AD notes record the choices
where the rules left room.

The python-docx papers set meta "ninth_m" and are written by papers_ninth_m.NinthMWriter (running
header and footer with "Page X of Y" fields, coloured words, rows that may not split). The Chromium
paper uses papers_ninth_m's HTML wrapper (meta "m_css" for CSS page-margin boxes); the pandoc papers
use papers_fresh.grid_table.

The papers (name – split – format – layout):

  AD1 coldwater-community-safety-partnership-delivery-plan-2026-27 – tune – docx: a CSP delivery plan
      at its Quarter 1 update, landscape, priorities as shaded rows merged across the table, actions
      1.1, 1.2, 1.4, 2.1–2.3, 3.1, 3.2, 3.4 with partners (bodies) as leads, quarters as dates and a
      status key.
  AD2 westerleigh-safeguarding-children-partnership-cspr-child-k-action-plan – unseen – lo-pdf: a
      child safeguarding practice review action plan, landscape, each recommendation merged down over
      its actions, lead agency, target date, progress and a RAG word in a shaded cell with a key.
  AD3 westerleigh-integrated-care-partnership-progress-report-q1-2026-27 – tune – chromium-pdf: a
      quarterly progress report to the ICP Board in prose and tables "What we said we would do | Lead |
      By | What we have done | RAG", one covering ask, measures and counts tables (not items).
  AD4 westerleigh-health-and-care-scrutiny-recommendations-tracker-october-2026 – unseen – pandoc-docx:
      the scrutiny recommendations tracker the ICP keeps for the City Council's Health and Care
      Scrutiny Committee, three reviews, response / lead / due / update / status, with Closed,
      Superseded and Overdue rows.
  AD5 coldwater-voluntary-action-you-said-we-did-we-will-2026 – unseen – pandoc-lo-pdf: a CVS's
      "You said, we did, we will" paper after its member survey: a You said | We did table (not items)
      and a table of commitments with Who and By when.
  AD6 coldwater-community-safety-partnership-terms-of-reference-2026 – tune – lo-pdf: the CSP's terms
      of reference and membership, with a membership table, a meetings table and subgroups; nothing
      to find.
Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, recommendation
from papers_fresh import grid_table

COLDWATER_DC = "Coldwater District Council"
WESTERLEIGH_CC = "Westerleigh City Council"


# Section breaks for the pandoc tracker (AD4): raw OpenXML paragraphs whose sectPr ends the section before
# them, so that the tracker tables sit in a landscape section between two portrait ones (US Letter, as
# pandoc's reference document). Pandoc passes `{=openxml}` blocks through unchanged.
SECTION_PORTRAIT_MD = ('```{=openxml}\n<w:p><w:pPr><w:sectPr><w:pgSz w:w="12240" w:h="15840"/>'
                       '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" '
                       'w:footer="720" w:gutter="0"/></w:sectPr></w:pPr></w:p>\n```')
SECTION_LANDSCAPE_MD = ('```{=openxml}\n<w:p><w:pPr><w:sectPr><w:pgSz w:w="15840" w:h="12240" '
                        'w:orient="landscape"/><w:pgMar w:top="1080" w:right="1080" w:bottom="1080" '
                        'w:left="1080" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:pPr></w:p>\n```')


def label(text, fill="D9D9D9"):
    return {"text": text, "bold": True, "fill": fill}


PAPERS = []


# ---------------------------------------------------------------------------
# AD1. Community safety partnership delivery plan, Quarter 1 update (DOCX, python-docx, NinthMWriter),
#      A4 landscape, Liberation Sans 10 pt with a 9 pt table. A four-column version table; the three
#      priorities as a Word-numbered list (not items); a headerless status key with shaded words; one
#      table Ref | Action | Lead partner(s) | Supporting partners | By | Status | Quarter 1 update with
#      each priority as a shaded row merged across all seven columns; refs 1.1, 1.2, 1.4, 2.1–2.3, 3.1,
#      3.2, 3.4 (notes on 1.3 and 3.3 under the table); a measures table (not items).
# ---------------------------------------------------------------------------


def coldwater_csp_delivery_plan():
    title = "Safer Coldwater Partnership Plan 2026 to 2029: Delivery Plan 2026/27"
    navy = "1F4E79"
    fills = {"Complete": "BDD7EE", "On track": "C6EFCE", "Slipped": "FFEB9C", "Not started": "FFC7CE",
             "Not yet due": "EDEDED"}
    # status words → gold status, from the key printed above the table (see the part AD notes)
    status_of = {"Complete": "completed", "On track": "ongoing", "Slipped": "ongoing",
                 "Not started": "not-started", "Not yet due": "not-started"}
    priorities = [
        ("Priority 1: Safer streets – anti-social behaviour in the town centre and the Riverside estate", [
            ("1.1", "Hold a monthly multi-agency problem-solving meeting for the town centre, working from one "
                    "shared list of hotspots and repeat locations.",
             "Coldwater District Council (Community Safety) /\nColdwater Neighbourhood Policing Team",
             ["Coldwater District Council (Community Safety)", "Coldwater Neighbourhood Policing Team"],
             "Coldwater Homes; Town Centre Business Group", "Ongoing", "Ongoing", None, "On track",
             "Meetings held on 14 April, 12 May and 9 June. Hotspot list now shared on the partnership’s "
             "secure site."),
            ("1.2", "Extend the Safer Nights scheme to the four late-opening premises on Quay Street.",
             "Coldwater District Council (Licensing)", ["Coldwater District Council (Licensing)"],
             "Coldwater Neighbourhood Policing Team", "Q2 2026/27", "Q2 2026/27", "2026-09", "Complete",
             "All four premises signed up in May. First joint patrol on 6 June."),
            ("1.4", "Train housing officers to issue Community Protection Warnings, so that warnings can be "
                    "given on the day of a visit.",
             "Coldwater Homes and Coldwater District Council (Community Safety)",
             ["Coldwater Homes", "Coldwater District Council (Community Safety)"],
             "", "Q3 2026/27", "Q3 2026/27", "2026-12", "Not yet due", ""),
        ]),
        ("Priority 2: Protecting people from harm – domestic abuse and exploitation", [
            ("2.1", "Recommission the domestic abuse outreach service from 1 October 2026, with a children’s "
                    "worker in the new contract.",
             "Coldwater District Council (Housing)", ["Coldwater District Council (Housing)"],
             "Coldwater Domestic Abuse Forum", "1 October 2026", "1 October 2026", "2026-10-01", "On track",
             "Tender closed 20 June; six bids received. Award planned for late July."),
            ("2.2", "Train 120 frontline staff across the partnership to recognise coercive control and to "
                    "make a referral.",
             "Coldwater Domestic Abuse Forum", ["Coldwater Domestic Abuse Forum"],
             "All partners", "Q4 2026/27", "Q4 2026/27", "2027-03", "Slipped",
             "48 staff trained. The trainer post is vacant until August, so the last two courses move to "
             "January."),
            ("2.3", "Agree a single referral pathway for young people at risk of criminal exploitation, "
                    "used by schools, the police and youth services.",
             "Youth Justice Service /\nColdwater Neighbourhood Policing Team",
             ["Youth Justice Service", "Coldwater Neighbourhood Policing Team"],
             "Secondary schools; Coldwater Youth Service", "September 2026", "September 2026", "2026-09",
             "On track", "Draft pathway tested with two schools in June."),
        ]),
        ("Priority 3: Reducing reoffending and drug-related harm", [
            ("3.1", "Open a weekly drop-in at the Coldwater Hub for people leaving prison, with housing, "
                    "benefits and treatment advice in one place.",
             "Probation Service (Coldwater);\nColdwater District Council (Housing)",
             ["Probation Service (Coldwater)", "Coldwater District Council (Housing)"],
             "Coldwater Recovery Service; Jobcentre", "Q2 2026/27", "Q2 2026/27", "2026-09", "Not started",
             "Room at the Hub agreed. Start held back until the Probation housing worker is in post."),
            ("3.2", "Publish a drug-related harm profile for the district, drawing on treatment, police and "
                    "hospital data.",
             "Coldwater Drug and Alcohol Partnership", ["Coldwater Drug and Alcohol Partnership"],
             "Coldwater Neighbourhood Policing Team", "Q4 2026/27 (revised from Q2)",
             "Q4 2026/27 (revised from Q2)", "2027-03", "Slipped",
             "Hospital data sharing agreement still awaited. Revised date agreed by the Board in April."),
            ("3.4", "Run two days of action against county lines drug dealing at Coldwater and Millbeck "
                    "stations.",
             "Coldwater Neighbourhood Policing Team", ["Coldwater Neighbourhood Policing Team"],
             "Coldwater District Council (Community Safety); rail partners", "", None, None, "On track",
             "First day of action held on 19 June: four arrests, 31 people spoken to."),
        ]),
    ]
    rows = []
    actions = []
    for heading, items in priorities:
        rows.append([{"text": heading, "bold": True, "fill": "DEEAF6", "span": 7}] + ["<"] * 6)
        for ref, text, lead_cell, owners, partners, by_cell, timeframe, due, word, update in items:
            rows.append([ref, text, lead_cell, partners, by_cell,
                         {"text": f"**{word}**", "fill": fills[word]}, update])
            actions.append(action(ref, text, owners, timeframe, due, status_of[word]))
    key = [[{"text": "**Complete**", "fill": fills["Complete"]}, "The action has been done.",
            {"text": "**On track**", "fill": fills["On track"]}, "Work is under way and should meet its date."],
           [{"text": "**Slipped**", "fill": fills["Slipped"]}, "Work is under way but will miss its date.",
            {"text": "**Not started**", "fill": fills["Not started"]}, "Work should have begun but has not."],
           [{"text": "**Not yet due**", "fill": fills["Not yet due"]},
            "Work has not begun because it is planned for a later quarter.", "", ""]]
    measures = [
        ["Anti-social behaviour incidents reported to the police, town centre", "1,412 (2025/26)",
         "Reduce by 10% by March 2029", "338 in Q1 (Q1 2025/26: 371)"],
        ["Repeat victims of domestic abuse referred to MARAC", "29% (2025/26)", "Below 25%", "27%"],
        ["Young people referred through the exploitation pathway", "New measure", "Baseline in 2026/27",
         "Pathway not yet live"],
        ["People leaving prison with settled accommodation on release", "54% (2025/26)", "65% by March 2028",
         "57%"],
    ]
    blocks = [
        ("ph", 12, f"<<{navy}|COLDWATER COMMUNITY SAFETY PARTNERSHIP>>"),
        ("p", "<<595959|Coldwater District Council · Coldwater Neighbourhood Policing Team · Coldwater Fire "
              "Station · Probation Service (Coldwater) · NHS partners · Coldwater Voluntary Action>>"),
        ("title", title),
        ("p", "**Quarter 1 update (April to June 2026)**"),
        ("table", {"cols": [3.6, 8.6, 3.6, 8.6], "font": 9, "rows": [
            [label("Version"), "1.2 (Quarter 1 update)", label("Updated"), "14 July 2026"],
            [label("Plan owner"), "Community Safety Partnership Manager", label("Reported to"),
             "Partnership Strategic Board, 23 July 2026"],
            [label("Contact"), "safer@coldwater.example – 01632 960 341", label("Next update"),
             "October 2026 (Quarter 2)"],
        ]}),
        ("ph", 11, "About this plan"),
        ("p", "The Safer Coldwater Partnership Plan 2026 to 2029 sets three priorities, chosen from the strategic "
              "assessment agreed by the Partnership Strategic Board in January 2026:"),
        ("list", "1.", 1, ["Safer streets: tackling anti-social behaviour in the town centre and on the Riverside "
                           "estate.",
                           "Protecting people from harm: domestic abuse and the exploitation of young people.",
                           "Reducing reoffending and drug-related harm."]),
        ("p", "This delivery plan lists what partners will do in 2026/27. Each action has a lead partner, which "
              "answers to the Board for it; supporting partners are named where they have agreed to help. "
              "Dates are quarters of the financial year 2026/27 (Q1 is April to June 2026, Q4 is January to "
              "March 2027) unless a month or date is given. The Board reviews the plan every quarter."),
        ("ph", 11, "Status key"),
        ("table", {"cols": [3.0, 8.7, 3.0, 8.7], "font": 9, "rows": key}),
        ("break",),
        ("ph", 11, "Actions for 2026/27"),
        ("table", {"cols": [1.2, 6.4, 4.4, 3.6, 2.4, 2.2, 5.4], "font": 9, "header_fill": "BDD7EE",
                   "header": ["Ref", "Action", "Lead partner(s)", "Supporting partners", "By", "Status",
                              "Quarter 1 update"], "rows": rows}),
        ("p", "<<595959|Action 1.3 (upgrading the town centre CCTV cameras) has moved to the District Council’s "
              "capital programme and is no longer tracked here. Action 3.3 was merged into action 3.2 when the "
              "plan was agreed.>>"),
        ("ph", 11, "How we will know it is working"),
        ("table", {"cols": [9.0, 3.6, 5.0, 5.0], "font": 9, "header_fill": "BDD7EE",
                   "header": ["Measure", "Baseline", "Ambition", "Quarter 1 2026/27"], "rows": measures}),
        ("p", "<<595959|Figures for Quarter 1 are provisional. Sources: police recorded incidents; MARAC "
              "records; Probation Service accommodation data.>>"),
    ]
    return {
        "name": "coldwater-community-safety-partnership-delivery-plan-2026-27",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-07-14", "doc_title": title, "author": "Community Safety Partnership Manager",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 16, "title_color": navy, "box_width": 25,
                 "m_header": ("Coldwater Community Safety Partnership", "Delivery Plan 2026/27 – Quarter 1 update"),
                 "m_footer": ("Version 1.2 – 14 July 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="community safety partnership delivery plan with priorities, numbered actions, lead "
                           "partners, quarters as dates and a status key (Quarter 1 update)",
                     kind="action-plan", title=title, authority=COLDWATER_DC, date="2026-07-14", meeting=None,
                     actions=actions),
        "layout": "DOCX (python-docx), A4 landscape, Liberation Sans 10 pt, an italic running header (partnership; "
                  "\"Delivery Plan 2026/27 – Quarter 1 update\") and footer (version and date; \"Page X of Y\"), rows "
                  "that may not split. A navy capitals partnership line, a grey line of partners, the navy title and "
                  "a bold update line; a four-column version table with grey labels; the three priorities as a "
                  "Word-numbered 1.–3. list (not items); a paragraph defining the quarters; a headerless status key "
                  "table with shaded bold words (Complete / On track / Slipped / Not started / Not yet due). After "
                  "a page break, one 9 pt table Ref | Action | Lead partner(s) | Supporting partners | By | Status | "
                  "Quarter 1 update with a blue header, each priority a shaded bold row merged across all seven "
                  "columns; refs 1.1, 1.2, 1.4, 2.1–2.3, 3.1, 3.2, 3.4 (a grey note on 1.3 and 3.3 under the "
                  "table); lead partners are bodies, split by \"/\" plus line break, \";\" plus line break and "
                  "\"and\" between two bodies, with bracketed teams; a Supporting partners column (not owners), one "
                  "empty; By cells \"Ongoing\", \"Q2 2026/27\", \"Q3 2026/27\", \"1 October 2026\", \"Q4 2026/27\", "
                  "\"September 2026\", \"Q4 2026/27 (revised from Q2)\" and one empty; status words bold in shaded "
                  "cells; one empty update. A measures table (not items) and a grey sources line.",
    }


PAPERS.append(coldwater_csp_delivery_plan)


# ---------------------------------------------------------------------------
# AD2. Child safeguarding practice review action plan (python-docx → LibreOffice, NinthMWriter), A4
#      landscape, Liberation Sans 10 pt with an 8.5 pt table. A details table; the review's key learning
#      as bullets (not items); a RAG key paragraph with coloured bold words; one table No. |
#      Recommendation | Ref | Action | Lead agency | Target date | Progress (September 2026) | RAG, the
#      number and recommendation cells merged down over their actions, RAG as words in shaded cells.
# ---------------------------------------------------------------------------


def westerleigh_cspr_action_plan():
    title = "Child Safeguarding Practice Review: Child K – Multi-agency Action Plan"
    plum = "5B2C6F"
    rag_fill = {"Blue": "9DC3E6", "Green": "A9D08E", "Amber": "FFD966", "Red": "F4B183"}
    # RAG word → gold status, from the key above the table
    rag_status = {"Blue": "completed", "Green": "ongoing", "Amber": "ongoing", "Red": "not-started"}
    # (number, recommendation text, verb, addressee, [actions])
    # action: (ref, text, lead cell, owners, target cell, timeframe, due, progress, rag)
    recs = [
        ("1", "The WSCP should seek assurance that health visitors and GP practices tell each other within five "
              "working days when a child under two misses a health appointment.", "SEEK", "WSCP", [
            ("1.1", "Agree a protocol for the 0–19 service and GP practices to notify each other of missed "
                    "appointments for children under two.",
             "Westerleigh Community Health NHS Trust /\nNHS Westerleigh Integrated Care Board",
             ["Westerleigh Community Health NHS Trust", "NHS Westerleigh Integrated Care Board"],
             "31/03/2026", "31/03/2026", "2026-03-31",
             "Protocol signed off by the Health Safeguarding Group on 18 March 2026 and in use since April. "
             "Spot check in June found it used in 9 of 10 cases.", "Blue"),
            ("1.2", "Audit 40 records of children under two who missed two or more appointments, to test whether "
                    "the protocol is being followed.",
             "NHS Westerleigh Integrated Care Board", ["NHS Westerleigh Integrated Care Board"],
             "September 2026", "September 2026", "2026-09",
             "Audit started in July; 26 of 40 records reviewed. Findings to the subgroup in October.", "Amber"),
        ]),
        ("2", "Westerleigh City Council Children’s Services to review how early help assessments record the views "
              "of fathers and other men in the household.", "REVIEW",
         "Westerleigh City Council Children’s Services", [
            ("2.1", "Add a required section on fathers and other adults in the household to the early help "
                    "assessment form.",
             "Westerleigh City Council (Early Help)", ["Westerleigh City Council (Early Help)"],
             "Jan-26", "Jan-26", "2026-01",
             "New form live on the case recording system from 12 January 2026.", "Blue"),
            ("2.2", "Deliver a briefing on working with fathers to every early help and social work team.",
             "Westerleigh City Council (Children’s Social Care)\nWSCP Training Coordinator",
             ["Westerleigh City Council (Children’s Social Care)", "WSCP Training Coordinator"],
             "Q2 2026/27", "Q2 2026/27", "2026-09",
             "11 of 14 teams briefed. The remaining three are booked for September.", "Green"),
            ("2.3", "Repeat the audit of early help assessments six months after the new form went live.",
             "WSCP Business Unit", ["WSCP Business Unit"],
             "October 2026", "October 2026", "2026-10",
             "Not started. Audit tool agreed; sample to be drawn in October.", "Red"),
        ]),
        ("3", "Partner agencies should make sure that practitioners understand the effect of a parent’s poor mental "
              "health on a baby, and know when to escalate their concerns.", "MAKE", "Partner agencies", [
            ("3.1", "Add a session on parental mental health and infants to the WSCP multi-agency neglect "
                    "training.",
             "WSCP Training Coordinator;\nWesterleigh Perinatal Mental Health Service",
             ["WSCP Training Coordinator", "Westerleigh Perinatal Mental Health Service"],
             "December 2026", "December 2026", "2026-12",
             "Session drafted with the perinatal team; first course on 8 October.", "Green"),
            ("3.2", "Publish a seven-minute briefing on the review for all partner agencies.",
             "WSCP Business Unit", ["WSCP Business Unit"], "April 2026", "April 2026", "2026-04",
             "Published on 2 April 2026 and discussed at all agency safeguarding leads’ meetings.", "Blue"),
        ]),
        ("4", "The WSCP Executive should ask the housing providers in the city to agree how they will share "
              "information when a family with a child under five is moved in an emergency.", "ASK",
         "WSCP Executive", [
            ("4.1", "Agree an information sharing agreement with the three largest housing providers in the "
                    "city.",
             "Westerleigh City Council (Housing Options)", ["Westerleigh City Council (Housing Options)"],
             "Q3 2026/27", "Q3 2026/27", "2026-12",
             "Two providers have signed. The third is taking legal advice.", "Amber"),
            ("4.2", "Invite a housing provider representative to join the Learning and Improvement Subgroup.",
             "WSCP Business Unit", ["WSCP Business Unit"], "TBC", "TBC", None, "", "Red"),
        ]),
    ]
    rows, recommendations, actions = [], [], []
    for number, text, verb, addressee, items in recs:
        recommendations.append(recommendation(number, text, verb=verb, addressee=addressee))
        for i, (ref, atext, lead, owners, target, timeframe, due, progress, rag) in enumerate(items):
            if i == 0:
                head = [{"text": f"**{number}**", "vspan": len(items)},
                        {"text": text, "vspan": len(items)}]
            else:
                head = ["^", "^"]
            rows.append(head + [ref, atext, lead, target, progress,
                                {"text": f"**{rag}**", "fill": rag_fill[rag]}])
            actions.append(action(ref, atext, owners, timeframe, due, rag_status[rag]))
    blocks = [
        ("ph", 12, f"<<{plum}|WESTERLEIGH SAFEGUARDING CHILDREN PARTNERSHIP>>"),
        ("p", "<<595959|Westerleigh City Council · NHS Westerleigh Integrated Care Board · Westerleigh Police>>"),
        ("title", title),
        ("table", {"cols": [4.0, 8.4, 4.0, 8.4], "font": 9, "rows": [
            [label("Review"), "Local child safeguarding practice review: Child K", label("Review published"),
             "12 March 2026"],
            [label("Plan owner"), "WSCP Business Manager", label("Monitored by"),
             "Learning and Improvement Subgroup"],
            [label("Version"), "4 – updated 2 September 2026", label("Next update"), "December 2026"],
        ]}),
        ("ph", 11, "Background"),
        ("p", "Child K was 14 months old when he was admitted to hospital in May 2025 with injuries and signs of "
              "long-standing neglect. The family had moved three times in a year, twice in an emergency, and "
              "several appointments with the health visitor and the GP practice had been missed. The WSCP "
              "commissioned a local child safeguarding practice review, which the WSCP Executive accepted in "
              "full on 26 February 2026. The review made four recommendations. The partners agreed the actions "
              "below to meet them; single-agency actions are tracked by each agency and are not repeated here."),
        ("p", "**What the review found**"),
        ("list", "bullet", 1, [
            "Missed appointments were seen by each service on its own; nobody put them together.",
            "The father lived in the household for most of the period but was not spoken to by any agency.",
            "Practitioners saw the mother’s low mood but did not ask what it meant for the baby.",
            "When the family moved in an emergency, records did not follow them for up to six weeks.",
        ]),
        ("p", "**RAG key:** <<2E75B6|**Blue**>> – complete, and evidence seen by the subgroup; "
              "<<548235|**Green**>> – in progress and on track; <<BF8F00|**Amber**>> – in progress but at risk of "
              "missing the target date; <<C55A11|**Red**>> – not yet started."),
        ("break",),
        ("table", {"cols": [0.9, 5.0, 1.0, 5.0, 3.6, 2.0, 5.6, 1.5], "font": 8.5, "header_fill": "E4DFEC",
                   "header": ["No.", "Recommendation", "Ref", "Action", "Lead agency", "Target date",
                              "Progress (September 2026)", "RAG"], "rows": rows}),
        ("p", "Signed off by the WSCP Executive on 2 April 2026. Progress is reported to every meeting of the "
              "Learning and Improvement Subgroup and twice a year to the WSCP Executive."),
        ("p", "<<595959|Contact: WSCP Business Unit – wscp@westerleigh.example – 01632 960 417>>"),
    ]
    return {
        "name": "westerleigh-safeguarding-children-partnership-cspr-child-k-action-plan",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-09-02", "doc_title": title, "author": "WSCP Business Manager",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 15, "title_color": plum, "box_width": 25,
                 "m_header": ("Westerleigh Safeguarding Children Partnership", "OFFICIAL"),
                 "m_footer": ("CSPR Child K action plan – version 4 – 2 September 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="child safeguarding practice review multi-agency action plan: recommendations with "
                           "their actions, lead agency, target date, progress and RAG",
                     kind="action-plan", title=title, authority=WESTERLEIGH_CC, date="2026-09-02", meeting=None,
                     recommendations=recommendations, actions=actions),
        "layout": "PDF (python-docx → LibreOffice), A4 landscape, Liberation Sans 10 pt with an 8.5 pt table, an "
                  "italic running header (partnership; \"OFFICIAL\") and footer (plan, version and date; \"Page X of "
                  "Y\"), rows that may not split. A plum capitals partnership line, a grey line naming the three "
                  "safeguarding partners, the plum title; a four-column details table with grey labels (Review / "
                  "Review published / Plan owner / Monitored by / Version / Next update); background in prose; "
                  "\"What the review found\" bullets (not items); a bold-led RAG key paragraph with coloured bold "
                  "words (Blue complete / Green on track / Amber at risk / Red not yet started). After a page "
                  "break, one table No. | Recommendation | Ref | Action | Lead agency | Target date | Progress "
                  "(September 2026) | RAG with a lilac header: recommendations 1–4 (\"The WSCP should …\", \"X to "
                  "V …\", \"Partner agencies should …\", \"The WSCP Executive should …\") with the number and "
                  "recommendation cells merged down over their two or three actions (refs 1.1–4.2); lead cells "
                  "split by \"/\" plus line break, a bare line break and \";\" plus line break, with bracketed "
                  "teams; target dates \"31/03/2026\", \"September 2026\", \"Jan-26\", \"Q2 2026/27\", \"October "
                  "2026\", \"December 2026\", \"April 2026\", \"Q3 2026/27\", \"TBC\"; progress notes, one empty; "
                  "RAG words bold in shaded cells. A sign-off line and a grey contact line (not items).",
    }


PAPERS.append(westerleigh_cspr_action_plan)


# ---------------------------------------------------------------------------
# AD3. Integrated care partnership quarterly progress report (HTML → Chromium, A4 portrait, Liberation
#      Sans 10 pt, CSS page-margin boxes). A borderless details table; one covering ask of the Board; a
#      counts table (not items); per ambition an h3, a paragraph and a table Ref | What we said we would
#      do | Lead | By | What we have done | RAG (RAG words in shaded cells, one empty Lead); changes to
#      the plan in prose; quotes; a measures table; next quarter bullets (not items).
# ---------------------------------------------------------------------------


def westerleigh_icp_progress_report():
    meeting = "Integrated Care Partnership Board"
    title = "Integrated Care Strategy: Quarterly Progress Report, Quarter 1 2026/27"
    teal = "0F6E6E"
    rag_fill = {"Complete": "BDD7EE", "Green": "C6E0B4", "Amber": "FFE699", "Red": "F8CBAD"}
    rag_status = {"Complete": "completed", "Green": "ongoing", "Amber": "ongoing", "Red": "not-started"}
    ask = ("The Partnership Board is asked to note the progress made in Quarter 1 and to agree the two changes to "
           "the delivery plan set out in section 5.")
    # (ambition heading, paragraph, [(ref, said, lead cell, owners, by cell, timeframe, due, done, rag)])
    ambitions = [
        ("Ambition 1: Start well",
         "Family hubs are now open in all six localities. Work on speech and language support has been slower "
         "than planned because no partner has yet agreed to lead it.",
         [("SW1", "Offer every family a named health visiting contact for the first year of their child’s life.",
           "Westerleigh Community Health NHS Trust", ["Westerleigh Community Health NHS Trust"],
           "March 2027", "March 2027", "2027-03",
           "Named contacts are in place in four of the six localities. The other two start in October.", "Green"),
          ("SW2", "Open family hubs in the two remaining localities, Northgate and Harbour.",
           "Westerleigh City Council (Early Help)", ["Westerleigh City Council (Early Help)"],
           "Q2 2026/27", "Q2 2026/27", "2026-09",
           "Both hubs are open: Northgate from 1 June and Harbour from 29 June.", "Complete"),
          ("SW3", "Agree a shared approach to speech and language support in early years settings.",
           "", [], "2026/27", "2026/27", "2027-03",
           "A workshop with 23 settings was held in June. A lead partner has still to be agreed.", "Amber")]),
        ("Ambition 2: Live well",
         "The NHS Health Check programme in the ten priority neighbourhoods is ahead of target. Mental health "
         "support in schools has grown, but funding for the last four schools is not yet confirmed.",
         [("LW1", "Run a targeted NHS Health Check programme in the ten neighbourhoods with the highest rates of "
                  "heart disease.",
           "Westerleigh City Council (Public Health) /\nPrimary care networks",
           ["Westerleigh City Council (Public Health)", "Primary care networks"],
           "March 2027", "March 2027", "2027-03",
           "1,930 checks were completed in the quarter, against a target of 1,500.", "Green"),
          ("LW2", "Commission a community-led weight management offer, designed with local groups.",
           "NHS Westerleigh Integrated Care Board;\nWesterleigh VCSE Network",
           ["NHS Westerleigh Integrated Care Board", "Westerleigh VCSE Network"],
           "Q3 2026/27", "Q3 2026/27", "2026-12",
           "The specification was written with 14 Network members. Procurement starts in October.", "Green"),
          ("LW4", "Give every secondary school in the city access to a mental health support team.",
           "NHS Westerleigh Integrated Care Board", ["NHS Westerleigh Integrated Care Board"],
           "September 2026", "September 2026", "2026-09",
           "Teams now cover 17 of the 21 schools. Funding for the other four is not yet confirmed.", "Amber")]),
        ("Ambition 3: Age well",
         "Reviews of care and support plans continue to improve. The falls response service has not started: "
         "its business case goes to the ICB in October.",
         [("AW1", "Set up a falls response service run jointly by the ambulance service and community health "
                  "teams.",
           "Westerleigh Community Health NHS Trust", ["Westerleigh Community Health NHS Trust"],
           "December 2026", "December 2026", "2026-12",
           "Not started. The business case goes to the ICB’s Finance and Investment Committee in October.", "Red"),
          ("AW2", "Raise to 80% the share of people whose care and support plan is reviewed within 12 months.",
           "Westerleigh City Council (Adult Social Care)", ["Westerleigh City Council (Adult Social Care)"],
           "March 2027", "March 2027", "2027-03", "72% at the end of June, up from 68% in March.", "Green"),
          ("AW3", "Train 200 volunteers as dementia friends through the Network’s good neighbour schemes.",
           "Westerleigh VCSE Network", ["Westerleigh VCSE Network"], "Ongoing", "Ongoing", None,
           "64 volunteers trained so far.", "Green")]),
    ]
    actions = []
    progress_blocks = [
        ("p", "**RAG key.** Complete – the action has been delivered. Green – work is under way and on track. "
              "Amber – work is under way but behind plan. Red – work has not yet started."),
    ]
    for heading, para, items in ambitions:
        rows = []
        for ref, said, lead, owners, by, timeframe, due, done, rag in items:
            rows.append([ref, said, lead, by, done, {"text": f"**{rag}**", "fill": rag_fill[rag]}])
            actions.append(action(ref, said, owners, timeframe, due, rag_status[rag]))
        progress_blocks += [
            ("h", 3, heading),
            ("p", para),
            ("table", {"cols": [1.1, 4.6, 3.3, 1.9, 4.6, 1.7], "font": 8.5, "header_fill": "D9EAEA",
                       "header": ["Ref", "What we said we would do", "Lead", "By", "What we have done", "RAG"],
                       "rows": rows}),
        ]
    blocks = [
        ("p", f"<<{teal}|**WESTERLEIGH INTEGRATED CARE PARTNERSHIP**>>"),
        ("p", "<<5A5A5A|A joint committee of Westerleigh City Council and NHS Westerleigh Integrated Care Board>>"),
        ("table", {"cols": [3.4, 13.6], "font": 9.5, "borders": False, "rows": [
            ["**Meeting:**", meeting],
            ["**Date:**", "Thursday 17 September 2026"],
            ["**Agenda item:**", "7"],
            ["**Report of:**", "ICP Strategy and Partnerships Lead"],
            ["**Contact:**", "icp@westerleigh.example – 01632 960 583"],
            ["**Status:**", "Public"],
        ]}),
        ("title", title),
        ("h", 2, "1. Purpose"),
        ("p", "This report tells the Board how partners are getting on with the actions in the first year of the "
              "Integrated Care Strategy delivery plan, which the Board agreed in March 2026. It covers April to "
              "June 2026. Reports come to every Board meeting."),
        ("h", 2, "2. Recommendation"),
        ("p", ask),
        ("h", 2, "3. Summary"),
        ("p", "Of the nine actions due to be under way or finished by the end of the quarter, one is complete, "
              "five are on track, two are behind plan and one has not started. The delivery plan has 14 actions "
              "in all; the other five do not start until 2027."),
        ("table", {"cols": [4.0, 3.0], "font": 9, "header_fill": "D9EAEA", "header": ["RAG", "Actions"],
                   "rows": [["Complete", "1"], ["Green", "5"], ["Amber", "2"], ["Red", "1"],
                            [{"text": "Total", "bold": True}, {"text": "9", "bold": True}]]}),
        ("h", 2, "4. Progress by ambition"),
    ] + progress_blocks + [
        ("h", 2, "5. Changes to the delivery plan"),
        ("p", "5.1 Action LW3 (a smoking cessation offer in the emergency department) was finished in March 2026, "
              "a year early, and has been taken out of the plan. The Board noted this at its June meeting."),
        ("p", "5.2 Two changes need the Board’s agreement. First, the ICB has asked that the date for action LW4 "
              "moves from September 2026 to March 2027, to allow the funding for the last four schools to be "
              "found in next year’s budget. Second, partners propose that the City Council’s Early Years Service "
              "leads action SW3, with the Trust’s speech and language therapists."),
        ("h", 2, "6. What people told us"),
        ("list", "bullet", 1, [
            "“The hub in Northgate is the first place I’ve been where nobody sent me somewhere else.” – parent, "
            "Northgate family hub",
            "“My check found my blood pressure was high. I’d not been to the doctor in ten years.” – resident, "
            "Eastfield health check event",
        ]),
        ("h", 2, "7. Measures"),
        ("table", {"cols": [8.0, 3.0, 3.0, 3.0], "font": 9, "header_fill": "D9EAEA",
                   "header": ["Measure", "Baseline", "Quarter 1", "Direction"],
                   "rows": [["Children ready for school at the end of Reception", "63% (2025)", "–",
                             "Annual measure"],
                            ["Adults with hypertension diagnosed, priority neighbourhoods", "11.2%", "11.9%",
                             "Improving"],
                            ["Emergency admissions after a fall, people aged 65 and over (per 100,000)",
                             "2,140", "2,205", "Worse"],
                            ["Care and support plans reviewed within 12 months", "68%", "72%", "Improving"]]}),
        ("h", 2, "8. Next quarter"),
        ("list", "bullet", 1, [
            "Procurement of the weight management offer starts.",
            "The falls response business case goes to the ICB.",
            "The first annual review of the Integrated Care Strategy begins, with a workshop for Board members in "
            "November.",
        ]),
        ("p", "**Background papers:** Westerleigh Integrated Care Strategy 2026 to 2031 and its delivery plan "
              "2026/27, agreed by the Board on 19 March 2026."),
    ]
    css = ("@page { margin: 20mm 16mm 18mm 16mm; "
           "@top-left { content: \"Westerleigh Integrated Care Partnership Board – 17 September 2026\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; font-style: italic; color: #555555; } "
           "@top-right { content: \"Agenda item 7\"; font-family: 'Liberation Sans', sans-serif; "
           "font-size: 7.5pt; font-style: italic; color: #555555; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } }\n"
           "h1.title { font-size: 16pt; }\n"
           "h2 { color: #0F6E6E; font-size: 12pt; }\n"
           "h3 { color: #0F6E6E; font-size: 10.5pt; }\n"
           "h2, h3 { break-after: avoid; }\n"
           "p, li { break-inside: avoid; }\n"
           "th { color: #0F3F3F; }\n")
    return {
        "name": "westerleigh-integrated-care-partnership-progress-report-q1-2026-27",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Sans', sans-serif", "size": 10, "title_color": teal},
        "blocks": blocks,
        "gold": dict(genre="integrated care partnership quarterly progress report on the strategy's delivery plan, "
                           "with a covering ask and What we said we would do | What we have done | RAG tables",
                     kind="action-plan", title=title, authority=WESTERLEIGH_CC, date="2026-09-17", meeting=meeting,
                     recommendations=[recommendation(None, ask, verb="NOTE", addressee="Partnership Board")],
                     actions=actions),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (an italic "
                  "running header with the Board and date on the left and \"Agenda item 7\" on the right; \"Page n "
                  "of m\" bottom right). A teal capitals partnership line and a grey line saying whose joint committee "
                  "it is; a borderless details table with bold labels (Meeting / Date / Agenda item / Report of / "
                  "Contact / Status); the teal title; h2 sections 1–8; \"2. Recommendation\" with one \"The "
                  "Partnership Board is asked to note … and to agree …\" sentence; a summary and a RAG counts table "
                  "(not items); a bold-led RAG key paragraph (Complete / Green / Amber / Red); three h3 ambitions, "
                  "each with a paragraph and an 8.5 pt table Ref | What we said we would do | Lead | By | What we "
                  "have done | RAG with a pale teal header; refs SW1–SW3, LW1, LW2, LW4, AW1–AW3; leads split by "
                  "\"/\" plus line break and \";\" plus line break, bracketed services, one empty; By \"March "
                  "2027\", \"Q2 2026/27\", \"2026/27\", \"Q3 2026/27\", \"September 2026\", \"December 2026\", "
                  "\"Ongoing\"; RAG words bold in shaded cells. Changes to the plan in typed 5.1/5.2 prose (a "
                  "completed action removed, two proposed changes; not items), quotes as bullets, a measures table "
                  "and next-quarter bullets without owners (not items), a background papers line.",
    }


PAPERS.append(westerleigh_icp_progress_report)


# ---------------------------------------------------------------------------
# AD4. Scrutiny recommendations tracker kept by the integrated care partnership for the City Council's
#      Health and Care Scrutiny Committee (Markdown → pandoc DOCX, pandoc's styles). A line block of
#      front lines; one covering "That the Committee notes … and agrees …"; a status key pipe table; a
#      counts pipe table (not items); one grid table per review (Heading 3) Ref | Recommendation |
#      Response | Lead | Due | Update (September 2026) | Status, with Closed, Superseded and Overdue rows.
# ---------------------------------------------------------------------------


def westerleigh_scrutiny_tracker():
    meeting = "Health and Care Scrutiny Committee"
    title = "Scrutiny Recommendations Tracker: October 2026"
    covering = ("That the Committee notes the progress recorded in the tracker and agrees that the three "
                "recommendations marked Closed are removed from it.")
    status_of = {"Closed": "completed", "Complete": "completed", "On track": "ongoing", "Overdue": None,
                 "Superseded": "superseded", "Not started": "not-started"}
    # review heading → rows:
    # (ref, text, verb, addressee, response, decision, lead cell, owners, due cell, timeframe, due, update, status)
    reviews = [
        ("Review of Access to GP Appointments (reported to Cabinet, March 2025)", [
            ("GP1", "That the ICB publishes each month, for every GP practice in the city, the number of "
                    "appointments offered per 1,000 patients.", "PUBLISHES", "ICB",
             "Accepted. Practice-level figures have been on the ICB website since June 2025.", "accepted",
             "ICB Director of Primary Care", ["ICB Director of Primary Care"], "June 2025", "June 2025", "2025-06",
             "Published every month since June 2025. The Committee reviewed the figures in March 2026.", "Closed"),
            ("GP2", "The ICB should work with practices to make online booking available at every practice in "
                    "the city.", "WORK", "ICB",
             "Accepted. The ICB will fund the move to cloud telephony and online booking.", "accepted",
             "ICB Director of Primary Care /\n\nDigital Programme Lead",
             ["ICB Director of Primary Care", "Digital Programme Lead"], "March 2026", "March 2026", "2026-03",
             "19 of 22 practices now offer online booking. The other three will move when their telephone "
             "contracts end in December 2026.", "Overdue"),
            ("GP3", "Review the patient transport available to people who cannot reach the extended access hub "
                    "at Kingsmead.", "REVIEW", None,
             "Accepted in part. The ICB will review transport to the hub, but not the wider non-emergency "
             "patient transport contract, which is let regionally.", "partially-accepted",
             "ICB Head of Primary Care Contracts; Westerleigh VCSE Network",
             ["ICB Head of Primary Care Contracts", "Westerleigh VCSE Network"], "December 2025",
             "December 2025", "2025-12",
             "A community transport pilot ran from October 2025 to March 2026 and is now funded for a further "
             "year. Evaluation sent to members in April 2026.", "Closed"),
            ("GP4", "That a single telephone number for urgent same-day appointments be introduced across the "
                    "city.", None, None,
             "Not accepted. Practices are independent contractors and each runs its own telephone system. The "
             "ICB is funding cloud telephony instead (see GP2).", "rejected",
             "N/A", [], "N/A", None, None,
             "Overtaken by the national requirement for all practices to move to cloud telephony by March "
             "2027.", "Superseded"),
        ]),
        ("Review of Hospital Discharge and Reablement (reported to Cabinet, October 2025)", [
            ("HD1", "The Council should agree with the ICB a joint target for the share of people who go home "
                    "from hospital with reablement support.", "AGREE", "Council",
             "Accepted. A joint target of 70% was agreed by the Better Care Fund Board in January 2026.",
             "accepted", "Director of Adult Social Care", ["Director of Adult Social Care"], "January 2026",
             "January 2026", "2026-01",
             "Target agreed and written into the Better Care Fund plan for 2026/27.", "Closed"),
            ("HD2", "Publish a weekly count of people waiting in hospital for a package of care.", "PUBLISH",
             None, "Accepted.", "accepted",
             "ICB Director of Urgent and Emergency Care /\n\nDirector of Adult Social Care",
             ["ICB Director of Urgent and Emergency Care", "Director of Adult Social Care"],
             "Revised: December 2026 (was June 2026)", "Revised: December 2026 (was June 2026)", "2026-12",
             "Counts are collected every week but cannot yet be published by ward. The new reporting system "
             "goes live in November.", "On track"),
            ("HD3", "That the Council recruits 30 more reablement workers by March 2026.", "RECRUITS",
             "Council",
             "Accepted in part. The Council will recruit 20 workers from its own budget and will bid for funding "
             "for a further 10.", "partially-accepted",
             "Head of Reablement", ["Head of Reablement"], "March 2026", "March 2026", "2026-03",
             "17 of the 20 funded posts are filled. The bid for the other 10 was not successful.", "Overdue"),
        ]),
        ("Review of Children’s Mental Health Waiting Times (reported to Cabinet, February 2026)", [
            ("CM1", "The ICB should set a maximum wait of 18 weeks from referral to treatment for children’s "
                    "mental health services.", "SET", "ICB",
             "Accepted. The 18-week standard is in the Trust’s contract from April 2026.", "accepted",
             "ICB Director for Children and Young People", ["ICB Director for Children and Young People"],
             "April 2026", "April 2026", "2026-04",
             "In the contract from 1 April 2026. The average wait in July was 21 weeks.", "Complete"),
            ("CM2", "Offer support to families while their child is on the waiting list.", "OFFER", None,
             "Accepted. Network members will run a waiting well service with the Trust.", "accepted",
             "Westerleigh VCSE Network /\n\nWesterleigh Community Health NHS Trust",
             ["Westerleigh VCSE Network", "Westerleigh Community Health NHS Trust"], "Q3 2026/27",
             "Q3 2026/27", "2026-12",
             "Service specification agreed in August. The service starts in November.", "On track"),
            ("CM3", "Report waiting times to the Committee every six months, by age group and ethnicity.",
             "REPORT", None, "Accepted.", "accepted",
             "ICB Director for Children and Young People", ["ICB Director for Children and Young People"],
             "Ongoing", "Ongoing", None, "", "Not started"),
        ]),
    ]
    recommendations = [recommendation(None, covering, verb="NOTES", addressee="Committee")]
    md = [
        "**WESTERLEIGH CITY COUNCIL**",
        "*Health and Care Scrutiny Committee*",
        f"# {title}",
        "| **Meeting:** Health and Care Scrutiny Committee\n"
        "| **Date:** Tuesday 6 October 2026\n"
        "| **Agenda item:** 9\n"
        "| **Report of:** Westerleigh Integrated Care Partnership Manager\n"
        "| **Tracker updated:** 25 September 2026\n"
        "| **Wards:** All",
        "## 1. Recommendation",
        covering,
        "## 2. About the tracker",
        "The Committee’s recommendations on health and care are followed up through this tracker. Because most "
        "of them are for the NHS as well as the Council, the Westerleigh Integrated Care Partnership keeps the "
        "tracker for the Committee and asks each lead for an update before every meeting. It holds every "
        "recommendation from the last three reviews that has not yet been removed.",
        "Recommendations are removed once the Committee has agreed that they are Closed. A recommendation that "
        "is Superseded stays on the tracker for one more meeting so that members can see why.",
        "Healthwatch Westerleigh’s report on GP access (May 2026) recommended that practices publish how long "
        "callers wait for the telephone to be answered. That recommendation is for the ICB and practices and "
        "is not tracked here; the Committee may wish to add it to its work programme.",
        "## 3. Status key",
        "| Status | What it means |\n"
        "|---|---|\n"
        "| Complete | The lead has sent evidence that the recommendation has been carried out; the Committee has "
        "not yet signed it off. |\n"
        "| Closed | Carried out and signed off by the Committee; to be removed from the tracker after this "
        "meeting. |\n"
        "| On track | Work is under way and is expected to finish by the due date. |\n"
        "| Overdue | The due date has passed and the work is not finished. |\n"
        "| Superseded | Overtaken by later national or local changes; no longer being taken forward. |\n"
        "| Not started | Work has not begun. |",
        "## 4. Summary",
        "| Status | Number |\n"
        "|---|---:|\n"
        "| Closed | 3 |\n"
        "| Complete | 1 |\n"
        "| On track | 2 |\n"
        "| Overdue | 2 |\n"
        "| Superseded | 1 |\n"
        "| Not started | 1 |\n"
        "| **Total** | **10** |",
        SECTION_PORTRAIT_MD,
        "## 5. The tracker",
    ]
    for heading, rows in reviews:
        md.append(f"### {heading}")
        table_rows = []
        for (ref, text, verb, addressee, response, decided, lead, owners, due_cell, timeframe, due, update,
             word) in rows:
            table_rows.append([ref, text, response, lead, due_cell, update, word])
            recommendations.append(recommendation(
                ref, text, verb=verb, addressee=addressee, theme=heading, owners=owners, due=due,
                timeframe=timeframe, status=status_of[word], response=response, decision=decided,
                progress=update or None))
        md.append(grid_table([8, 28, 25, 21, 16, 25, 17],
                             ["Ref", "Recommendation", "Response", "Lead", "Due", "Update (September 2026)",
                              "Status"], table_rows))
    md += [
        SECTION_LANDSCAPE_MD,
        "## 6. Next steps",
        "The next update will come to the Committee on 19 January 2027. Leads of overdue recommendations have been "
        "asked to attend that meeting if their recommendation is still overdue.",
        "**Contact:** Integrated Care Partnership Manager – icp@westerleigh.example – 01632 960 586",
    ]
    return {
        "name": "westerleigh-health-and-care-scrutiny-recommendations-tracker-october-2026",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-09-25"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="scrutiny recommendations tracker kept by an integrated care partnership for a council "
                           "scrutiny committee: several reviews, response, lead, due, update and status",
                     kind="tracker", title=title, authority=WESTERLEIGH_CC, date="2026-10-06", meeting=meeting,
                     recommendations=recommendations),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles, no running header or page numbers. A bold capitals "
                  "council line and an italic committee line above the H1; a line block of bold-labelled front "
                  "lines (Meeting / Date / Agenda item / Report of / Tracker updated / Wards); \"1. "
                  "Recommendation\" with one \"That the Committee notes … and agrees …\" paragraph; how the "
                  "tracker is kept, with \"Healthwatch Westerleigh’s report … recommended that …\" (reported, not "
                  "an item); a status key pipe table (Complete / Closed / On track / Overdue / Superseded / Not "
                  "started); a counts pipe table (not items); one seven-column grid table per review under a "
                  "Heading 3 with the review and when it was reported, Ref | Recommendation | Response | Lead | "
                  "Due | Update (September 2026) | Status, refs GP1–GP4, HD1–HD3, CM1–CM3; recommendations as "
                  "\"That the ICB publishes …\", \"The ICB should …\", \"The Council should …\", imperatives and "
                  "one passive; responses opening \"Accepted.\", \"Accepted in part.\", \"Not accepted.\" (two "
                  "only \"Accepted.\"); leads split by \"/\" plus a paragraph break and \";\", one \"N/A\"; due "
                  "cells \"June 2025\", \"March 2026\", \"December 2025\", \"N/A\", \"January 2026\", \"Revised: "
                  "December 2026 (was June 2026)\", \"April 2026\", \"Q3 2026/27\", \"Ongoing\"; one empty update; "
                  "next steps and a contact line (not items).",
    }


PAPERS.append(westerleigh_scrutiny_tracker)


# ---------------------------------------------------------------------------
# AD5. CVS "You said, we did, we will" paper (Markdown → pandoc DOCX → LibreOffice, pandoc's styles). A
#      brand line and strapline above the H1; a survey figures pipe table (not items); a You said | We
#      did grid table (last year's work, not items); the commitments grid table No. | We will | Who | By
#      when (actions); "What we cannot do" in prose; a contact block.
# ---------------------------------------------------------------------------


def coldwater_cvs_you_said_we_did():
    title = "You Said, We Did, We Will"
    # (no., we will, who cell, owners, by when cell, timeframe, due)
    commitments = [
        ("1", "Run a funding fair with at least ten local and national funders, with one-to-one slots for small "
              "groups.", "Funding Adviser", ["Funding Adviser"], "October 2026", "October 2026", "2026-10"),
        ("2", "Publish a plain English guide to the District Council’s community grants, with examples of bids "
              "that succeeded.", "Funding Adviser / Communications Officer",
         ["Funding Adviser", "Communications Officer"], "September 2026", "September 2026", "2026-09"),
        ("3", "Set up a volunteer passport, so that volunteers trained by one group do not have to repeat the "
              "same training for another.",
         "Volunteering Manager and Coldwater District Council (Communities Team)",
         ["Volunteering Manager", "Coldwater District Council (Communities Team)"], "March 2027", "March 2027",
         "2027-03"),
        ("4", "Hold network meetings in Millbeck and in the villages as well as in Coldwater town, at least twice "
              "a year in each.", "Networks Officer", ["Networks Officer"], "Ongoing", "Ongoing", None),
        ("5", "Ask the District Council for a seat for the voluntary sector on the Community Safety Partnership’s "
              "Strategic Board.", "Chief Officer", ["Chief Officer"], "Q2 2026/27", "Q2 2026/27", "2026-09"),
        ("6", "Offer free safeguarding training for trustees twice a year.", "Training Coordinator",
         ["Training Coordinator"], "", None, None),
        ("7", "Review our membership fees, with a free tier for groups whose income is under £5,000 a year.",
         "Chief Officer;\n\nBoard of Trustees", ["Chief Officer", "Board of Trustees"], "31 January 2027",
         "31 January 2027", "2027-01-31"),
    ]
    we_did = [
        ["Funding information is hard to find and comes too late.",
         "We started a fortnightly funding bulletin in May 2025. It now goes to 390 groups, and 41 groups told us "
         "it led to a bid."],
        ["You want more help to recruit volunteers, especially younger people.",
         "We ran four volunteer fairs, two of them at Coldwater College, and placed 212 new volunteers."],
        ["Our events are always in Coldwater town and at times that suit paid staff.",
         "We moved half of our network meetings to evenings. Attendance from groups with no paid staff rose "
         "from 9 to 23 a meeting."],
        ["The District Council does not hear the sector’s views before it decides things.",
         "We now meet the Council’s Communities Team every quarter and sent a joint response to its grants "
         "review in January 2026."],
        ["Training is too expensive for small groups.",
         "We made our governance and first aid courses free for groups with an income under £10,000."],
    ]
    md = [
        "**COLDWATER VOLUNTARY ACTION**",
        "*Supporting voluntary and community groups across Coldwater district*",
        f"# {title}",
        "*What our members told us in the 2026 survey, what we did about last year’s survey, and what we will do "
        "next*",
        "Published June 2026",
        "## About this paper",
        "Every spring we ask our member groups how well we support them. This year 148 of our 412 member groups "
        "answered the survey, which ran from 2 to 27 March 2026, and 31 people came to our two listening events "
        "in Coldwater and Millbeck. Thank you to everyone who took part.",
        "This paper sets out what you told us, what we did after last year’s survey, and what we will do in "
        "2026/27. It was discussed by our Board of Trustees on 9 June 2026.",
        "## What you told us",
        "Share of groups who agree or strongly agree with each statement:",
        "| Statement | 2025 | 2026 |\n"
        "|--------------------------------------------------|----------:|----------:|\n"
        "| Coldwater Voluntary Action understands the needs of my group | 71% | 78% |\n"
        "| I know where to find funding information | 48% | 66% |\n"
        "| I can get to CVA events at times that suit me | 39% | 52% |\n"
        "| The sector’s voice is heard by the District Council | 22% | 31% |\n"
        "| Our volunteers’ training is recognised by other groups | – | 18% |",
        "The biggest concerns this year were funding (named by 61% of groups), finding and keeping volunteers "
        "(54%) and the cost of premises (37%). Groups in the villages were less likely than groups in town to "
        "say they could get to our events.",
        papers_ninth_m.PAGE_BREAK_MD,
        "## You said, we did",
        "Last year you told us five things. This is what we did about them.",
        grid_table([36, 56], ["You said", "We did"], we_did),
        "## What we cannot do",
        "Some of you asked us to fund groups directly or to run services ourselves. We are not a funder and do "
        "not compete with our members for contracts. We will keep pointing groups to funders and helping them "
        "to bid, and we will tell the District Council and the Integrated Care Board what you told us about the "
        "cost of premises.",
        papers_ninth_m.PAGE_BREAK_MD,
        "## We will: our commitments for 2026/27",
        "These are our commitments for the year. Each has a lead on our staff team, and some are shared with "
        "partners. We will report progress at our annual general meeting in November and in next year’s paper.",
        grid_table([6, 45, 26, 17], ["No.", "We will", "Who", "By when"],
                   [[n, text, who, by] for n, text, who, _, by, _, _ in commitments]),
        "## Get in touch",
        "| Coldwater Voluntary Action, The Old Library, 14 Mill Lane, Coldwater CW4 2LN\n"
        "| hello@coldwatercva.example – 01632 960 274\n"
        "| Registered charity number 1099999",
    ]
    actions = [action(n, text, owners, timeframe, due, None)
               for n, text, _, owners, _, timeframe, due in commitments]
    return {
        "name": "coldwater-voluntary-action-you-said-we-did-we-will-2026",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-06-15"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="CVS 'You said, we did, we will' paper after its member survey, with a table of "
                           "commitments with leads and dates",
                     kind="action-plan", title=title, authority=None, date="2026-06", meeting=None,
                     actions=actions),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header or page numbers. "
                  "A bold capitals brand line and an italic strapline above the H1, an italic subtitle and a "
                  "\"Published June 2026\" line; Heading 2 sections; a survey pipe table with two percentage "
                  "columns (not items); a You said | We did grid table of last year's five points (past work, "
                  "not items); \"We will: our commitments for 2026/27\" with a grid table No. | We will | Who | By "
                  "when, commitments 1–7, Who cells split by \"/\", by \"and\" between a post and a body and by "
                  "\";\" plus a paragraph break; By when \"October 2026\", \"September 2026\", \"March 2027\", "
                  "\"Ongoing\", \"Q2 2026/27\", one empty, \"31 January 2027\"; \"What we cannot do\" in prose "
                  "and a contact line block (not items).",
    }


PAPERS.append(coldwater_cvs_you_said_we_did)


# ---------------------------------------------------------------------------
# AD6. Community safety partnership terms of reference and membership (python-docx → LibreOffice,
#      NinthMWriter), A4 portrait, Liberation Serif 11 pt. Typed 1.1 … hanging paragraphs under bold
#      non-style headings; the Board's role as bullets; a membership table; meetings and subgroups
#      tables; a version history table. Nothing to find.
# ---------------------------------------------------------------------------


def coldwater_csp_terms_of_reference():
    title = "Terms of Reference and Membership"
    navy = "1F4E79"
    head = "DEEAF6"
    members = [
        ["Coldwater District Council", "Director of Communities (Chair)", "Community Safety Partnership Manager",
         "Responsible authority"],
        ["Coldwater Neighbourhood Policing Team", "Neighbourhood Inspector (Vice-Chair)", "Sergeant, Town Centre "
         "team", "Responsible authority"],
        ["Fire and Rescue Service", "Station Manager, Coldwater Fire Station", "Watch Manager", "Responsible "
         "authority"],
        ["Probation Service (Coldwater)", "Head of Probation Delivery Unit", "Senior Probation Officer",
         "Responsible authority"],
        ["NHS Integrated Care Board", "Designated Safeguarding Lead (Adults)", "Named GP for Safeguarding",
         "Responsible authority"],
        ["Coldwater Homes", "Director of Housing Services", "Tenancy Sustainment Manager", "Co-opted"],
        ["Coldwater Voluntary Action", "Chief Officer", "Networks Officer", "Co-opted"],
        ["Office of the Police and Crime Commissioner", "Partnerships Manager", "–", "Adviser"],
        ["Youth Justice Service", "Youth Justice Service Manager", "Team Leader", "Co-opted"],
    ]
    meetings = [
        ["23 July 2026", "Council Offices, Mill Lane", "Delivery plan: Quarter 1 update; domestic abuse needs "
         "assessment"],
        ["22 October 2026", "Coldwater Fire Station", "Delivery plan: Quarter 2 update; serious violence duty "
         "annual statement"],
        ["21 January 2027", "Council Offices, Mill Lane", "Strategic assessment 2027; delivery plan: Quarter 3 "
         "update"],
        ["22 April 2027", "Coldwater Hub, Station Road", "Delivery plan 2027/28; review of these terms of "
         "reference"],
    ]
    subgroups = [
        ["Anti-Social Behaviour Problem-Solving Group", "Community Safety Partnership Manager", "Monthly",
         "Every Board meeting"],
        ["Domestic Abuse Forum", "Chief Officer, Coldwater Women’s Aid", "Every two months", "Every Board meeting"],
        ["Reducing Reoffending Group", "Head of Probation Delivery Unit", "Quarterly", "Twice a year"],
        ["Drug and Alcohol Partnership", "Commissioning Manager, Public Health", "Quarterly", "Twice a year"],
    ]
    versions = [
        ["1.0", "March 2022", "First terms of reference after the merger of the two district partnerships",
         "Partnership Strategic Board"],
        ["2.0", "April 2024", "Serious violence duty added; Youth Justice Service co-opted",
         "Partnership Strategic Board"],
        ["3.0", "22 April 2026", "Coldwater Voluntary Action co-opted; quorum changed to four responsible "
         "authorities; subgroups updated", "Partnership Strategic Board"],
    ]
    blocks = [
        ("ph", 12, f"<<{navy}|COLDWATER COMMUNITY SAFETY PARTNERSHIP>>"),
        ("p", "<<595959|Partnership Strategic Board>>"),
        ("title", title),
        ("p", "**Version 3.0 · Agreed 22 April 2026 · Next review April 2027**"),
        ("ph", 11, "1.\tPurpose"),
        ("pn", "1.1\tThe Coldwater Community Safety Partnership brings together the organisations that share a "
               "legal duty to work together to reduce crime and disorder, anti-social behaviour, reoffending and "
               "the misuse of drugs and alcohol in Coldwater district, and the partners who help them."),
        ("pn", "1.2\tThe Partnership Strategic Board (“the Board”) is the Partnership’s decision-making body. "
               "Coldwater District Council hosts the Partnership and employs its support team."),
        ("ph", 11, "2.\tLegal basis"),
        ("pn", "2.1\tThe Partnership meets the requirements of sections 5 to 7 of the Crime and Disorder Act 1998 "
               "and the regulations made under it. The responsible authorities are named in the membership table "
               "in section 4. The Board also acts as the local partnership for the serious violence duty."),
        ("ph", 11, "3.\tRole of the Board"),
        ("p", "The Board’s role is to:"),
        ("list", "bullet", 1, [
            "prepare a strategic assessment of crime and disorder in the district each year;",
            "set and publish a partnership plan every three years, with a delivery plan each year;",
            "oversee the delivery plan and receive a progress report each quarter;",
            "commission domestic homicide reviews when the criteria are met, and oversee the action plans that "
            "follow them;",
            "consult the public and report to the District Council’s Overview and Scrutiny Committee once a year; "
            "and",
            "share information between partners in line with the Coldwater information sharing agreement.",
        ]),
        ("ph", 11, "4.\tMembership"),
        ("pn", "4.1\tEach organisation names a member and a deputy. Members must be senior enough to commit their "
               "organisation’s resources. Co-opted members and advisers take part in discussion but do not count "
               "towards the quorum."),
        ("table", {"cols": [4.6, 4.6, 4.2, 3.6], "font": 9.5, "header_fill": head,
                   "header": ["Organisation", "Member", "Deputy", "Type of member"], "rows": members}),
        ("ph", 11, "5.\tChair and Vice-Chair"),
        ("pn", "5.1\tThe Board elects a Chair and a Vice-Chair from among the members from responsible authorities, "
               "for two years. The Chair and Vice-Chair come from different organisations. For 2026 to 2028 they "
               "are the District Council’s Director of Communities and the Neighbourhood Inspector."),
        ("ph", 11, "6.\tQuorum and decisions"),
        ("pn", "6.1\tA meeting is quorate when members or deputies from four responsible authorities are present."),
        ("pn", "6.2\tThe Board aims to reach decisions by agreement. Where it cannot, a decision needs the agreement "
               "of a majority of the responsible authorities present. Decisions that commit an organisation’s "
               "budget are subject to that organisation’s own approval."),
        ("ph", 11, "7.\tMeetings in 2026/27"),
        ("pn", "7.1\tThe Board meets four times a year, in public session for the first part of each meeting. "
               "Papers are published five working days before each meeting."),
        ("table", {"cols": [3.4, 5.0, 8.6], "font": 9.5, "header_fill": head,
                   "header": ["Date", "Venue", "Main business"], "rows": meetings}),
        ("ph", 11, "8.\tSubgroups"),
        ("table", {"cols": [5.4, 5.0, 3.0, 3.6], "font": 9.5, "header_fill": head,
                   "header": ["Subgroup", "Chaired by", "Meets", "Reports to the Board"], "rows": subgroups}),
        ("ph", 11, "9.\tInformation sharing and confidentiality"),
        ("pn", "9.1\tPersonal information is shared only under the Coldwater information sharing agreement. Items "
               "about individuals, live investigations or reviews not yet published are taken in private "
               "session, and their papers are marked OFFICIAL-SENSITIVE."),
        ("ph", 11, "10.\tConflicts of interest"),
        ("pn", "10.1\tMembers declare any interest at the start of each meeting. A member whose organisation is "
               "bidding for a contract the Board is discussing leaves the meeting for that item."),
        ("ph", 11, "11.\tReview"),
        ("pn", "11.1\tThese terms of reference are reviewed every year. The next review is due in April 2027."),
        ("ph", 11, "Version history"),
        ("table", {"cols": [1.8, 2.6, 8.4, 4.2], "font": 9, "header_fill": head,
                   "header": ["Version", "Date", "Changes", "Agreed by"], "rows": versions}),
        ("p", "<<595959|Contact: Community Safety Partnership Manager, Coldwater District Council, Council Offices, "
              "Mill Lane, Coldwater CW4 1AA – safer@coldwater.example – 01632 960 341>>"),
    ]
    return {
        "name": "coldwater-community-safety-partnership-terms-of-reference-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-04-22", "doc_title": title, "author": "Community Safety Partnership Manager",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Serif", "size": 11, "title_size": 18,
                 "title_color": navy, "box_width": 17,
                 "m_header": ("Coldwater Community Safety Partnership", "Terms of Reference – version 3.0"),
                 "m_footer": ("Agreed 22 April 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="community safety partnership terms of reference and membership (nothing to find)",
                     kind="other", title=title, authority=COLDWATER_DC, date="2026-04-22", meeting=None),
        "layout": "PDF (python-docx → LibreOffice), A4 portrait, Liberation Serif 11 pt, an italic running header "
                  "(partnership; \"Terms of Reference – version 3.0\") and footer (\"Agreed 22 April 2026\"; \"Page "
                  "X of Y\"), rows that may not split. A navy capitals partnership line, a grey board line, the navy "
                  "title and a bold version line; bold non-style headings \"1.⇥Purpose\" … \"11.⇥Review\" over "
                  "typed 1.1 … 11.1 hanging paragraphs; the Board's role as Word bullets (\";\", \"; and\"); a "
                  "membership table Organisation | Member | Deputy | Type of member with a pale blue header; a "
                  "meetings table Date | Venue | Main business; a subgroups table; a version history table; a grey "
                  "contact line. Nothing to find.",
    }


PAPERS.append(coldwater_csp_terms_of_reference)
