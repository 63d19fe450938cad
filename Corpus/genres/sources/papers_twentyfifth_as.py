"""Papers of the twenty-fifth batch, part AS ("self-evaluations and self-assessments"): six made-up
papers in which a council, a partnership or the voluntary sector rates itself against a framework,
from two invented places:

  Briarwood – Briarwood County Council (adult social care, children's services), the Briarwood
    Safeguarding Children Partnership (which runs the Section 11 audit) and the Briarwood Children's
    Partnership with the Briarwood VCFS Children's Network;
  Moorcastle – Moorcastle Borough Council (an Overview and Scrutiny Committee that is also its crime
    and disorder committee), the Moorcastle Community Safety Partnership, Moorcastle Voluntary Action
    (the borough's CVS), the Moorcastle Children and Young People's Partnership and the Moorcastle
    Compact between the Council and the voluntary sector.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every premises, street, group and figure is made up. The
Care Quality Commission, the Children Act 2004 and the Crime and Disorder Act 1998 are named as what
they are; what they are said to have done here is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_twentyfifth_at.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, the sections of parts I, J, O, U, AR,
second renditions, rebuilding, the closing gold decisions), `Corpus/gold/README.md`,
`Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`, and for conventions and helpers the
writer part of `papers_ninth_m.py`, `grid_table` in `papers_fresh.py`, `papers_twentysecond_am.py`,
and the self-evaluation papers of `papers_self_i.py` / `papers_self_j.py` (for the SET question ids
and how domains, questions, ratings, evidence and areas for development are labelled). Each paper
names its own split. Every gold value is written by hand beside the words it labels; the part AS
notes record the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AS1 briarwood-section-11-safeguarding-self-assessment-return-2026 – tune – lo-pdf
  AS2 briarwood-adult-social-care-self-assessment-2026 – unseen – chromium-pdf
  AS3 moorcastle-childrens-partnership-vcs-engagement-toolkit-2026 – tune – pandoc-docx (SET, scores 1–4)
  AS4 briarwood-childrens-partnership-vcfs-engagement-self-evaluation-2026 – unseen – docx (SET)
  AS5 moorcastle-scrutiny-community-safety-partnership-self-assessment-2025-26 – unseen – pandoc-lo-pdf
  AS6 moorcastle-compact-self-assessment-guidance-and-template-2026 – tune – lo-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, domain, evidence, question, recommendation
from papers_fresh import grid_table

BRIARWOOD = "Briarwood County Council"
MOORCASTLE = "Moorcastle Borough Council"


def label(text, fill="E7E6E6"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AS1. Section 11 audit return to the Briarwood Safeguarding Children Partnership, completed by the
#      County Council's Adults, Health and Communities Directorate (python-docx → LibreOffice,
#      landscape, NinthMWriter, rows that may not split). A details table, a rating key, then ONE
#      table: Std | Standard | Rating (Fully met / Partially met / Not met in shaded cells) | Evidence
#      (bullets in the cell) | Improvement action (the action, then "Lead:" and "By:" lines, or "None
#      required."). A summary line, next steps and a declaration.
# ---------------------------------------------------------------------------


def briarwood_section_11():
    title = "Section 11 Safeguarding Self-Assessment Return 2025/26"
    navy = "1F3864"
    fills = {"Fully met": "C6E0B4", "Partially met": "FFE699", "Not met": "F4B084"}
    # (no., standard, rating, [evidence], [(action, lead cell, owners, by cell, due)])
    standards = [
        ("1", "Senior management have a clear commitment to the importance of safeguarding and promoting "
              "the welfare of children", "Fully met", [
            "The Executive Director of Adults, Health and Communities is the directorate’s named senior lead "
            "for safeguarding children and reports to the Corporate Leadership Team twice a year.",
            "Safeguarding is a standing item at the directorate management team; the minutes for 2025 show "
            "it was discussed at 11 of 12 meetings.",
        ], []),
        ("2", "There is a clear statement of the organisation’s responsibilities towards children, available "
              "to all staff", "Fully met", [
            "The Corporate Safeguarding Policy was revised in June 2025 and is on the staff intranet and in "
            "every induction pack.",
            "A one-page summary for providers was added to the standard terms for commissioned services in "
            "October 2025.",
        ], []),
        ("3", "There is a clear line of accountability for work on safeguarding children", "Partially met", [
            "Each service has a designated safeguarding lead, but three of the eleven posts were vacant or "
            "covered on an interim basis when this return was completed.",
            "The list of designated leads on the intranet was last updated in March 2025.",
        ], [
            ("Fill the three vacant designated safeguarding lead posts and publish an updated list of leads "
             "every quarter.", "Head of Quality and Safeguarding (Adults)",
             ["Head of Quality and Safeguarding (Adults)"], "30 June 2026", "2026-06-30"),
        ]),
        ("4", "Service development takes account of the need to safeguard children and is informed, where "
              "appropriate, by the views of children and families", "Not met", [
            "Adult social care assessments and reviews do not routinely ask whether the person has children "
            "living with them or caring for them.",
            "No young carers were consulted on the 2025 redesign of the carers’ support service, which "
            "includes assessments for carers aged 16 and 17.",
        ], [
            ("Add a ‘think family’ question on children in the household to the adult social care assessment "
             "and review forms.", "Principal Social Worker (Adults) /\nCase Management System Lead",
             ["Principal Social Worker (Adults)", "Case Management System Lead"], "September 2026", "2026-09"),
            ("Involve young carers in the review of the carers’ support service through the Briarwood Young "
             "Carers Forum.", "Carers Commissioning Manager;\nBriarwood Young Carers Forum",
             ["Carers Commissioning Manager", "Briarwood Young Carers Forum"], "Q3 2026/27", "2026-12"),
        ]),
        ("5", "Staff receive training on safeguarding children appropriate to their role", "Partially met", [
            "87% of directorate staff have completed the level 1 safeguarding e-learning in the last three "
            "years, against a target of 95%.",
            "72% of social workers and occupational therapists have completed level 3 multi-agency training.",
        ], [
            ("Send service managers a list each month of staff whose safeguarding training is out of date, "
             "until completion reaches 95%.", "Head of Workforce Development", ["Head of Workforce Development"],
             "Monthly from April 2026", "2026-04"),
        ]),
        ("6", "Safer recruitment practice and the management of allegations against staff", "Fully met", [
            "Every post in regulated activity with children requires an enhanced DBS check with a barred list "
            "check, renewed every three years.",
            "Two allegations were referred to the Local Authority Designated Officer in 2025, both within one "
            "working day.",
        ], []),
        ("7", "Effective inter-agency working and information sharing to safeguard children", "Partially met", [
            "Adult social care staff attended 94% of the child protection conferences they were invited to "
            "in 2025.",
            "An audit of 30 cases of adults with parental responsibility found that children’s social care was "
            "told of a relevant risk in 24 cases; in 6 the information was not shared or was shared late.",
        ], [
            ("Repeat the audit of information sharing with children’s social care on 30 cases and report the "
             "findings to the Partnership’s Quality and Performance Group.",
             "Head of Quality and Safeguarding (Adults)", ["Head of Quality and Safeguarding (Adults)"],
             "Q2 2026/27", "2026-09"),
        ]),
        ("8", "Staff have supervision and support to safeguard children effectively", "Partially met", [
            "The supervision policy requires safeguarding to be discussed at every supervision; an audit of 40 "
            "supervision records found it recorded in 29.",
        ], [
            ("Make safeguarding children a required field in the supervision record template, and re-audit 40 "
             "records.", "Principal Social Worker (Adults)", ["Principal Social Worker (Adults)"],
             "31 October 2026", "2026-10-31"),
        ]),
    ]
    rows = []
    gold_evidence, gold_actions = [], []
    for no, std, rating, ev, acts in standards:
        if acts:
            # a line break inside the lead is written as its own paragraph
            act_blocks = []
            for i, (text, lead, _, by, _) in enumerate(acts):
                if i:
                    act_blocks.append(("p", ""))
                act_blocks.append(("p", text))
                lead_lines = lead.split("\n")
                act_blocks.append(("p", "**Lead:** " + lead_lines[0]))
                act_blocks += [("p", line) for line in lead_lines[1:]]
                act_blocks.append(("p", "**By:** " + by))
            act_cell = {"blocks": act_blocks}
        else:
            act_cell = "None required."
        rows.append([{"text": no, "bold": True}, std,
                     {"text": rating, "bold": True, "fill": fills[rating]},
                     {"blocks": [("list", "bullet", 1, ev)]}, act_cell])
        gold_evidence += [evidence(e) for e in ev]
        gold_actions += [action(None, text, owners, by, due, None) for text, _, owners, by, due in acts]
    blocks = [
        ("p", f"<<{navy}|**BRIARWOOD SAFEGUARDING CHILDREN PARTNERSHIP**>>"),
        ("p", "Section 11 audit of arrangements to safeguard and promote the welfare of children "
              "(Children Act 2004, section 11)"),
        ("title", title),
        ("table", {"cols": [5.0, 7.0, 5.0, 6.9], "rows": [
            [label("Organisation"), "Briarwood County Council", label("Directorate"),
             "Adults, Health and Communities"],
            [label("Services covered"), "Adult social care; public health; libraries; trading standards",
             label("Completed by"), "Head of Quality and Safeguarding (Adults)"],
            [label("Signed off by"), "Executive Director of Adults, Health and Communities",
             label("Date submitted"), "27 February 2026"],
            [label("Contact"), "s11.returns@briarwood.example", label("Telephone"), "01632 960318"],
        ]}),
        ("ph", 11, f"<<{navy}|How we have rated ourselves>>"),
        ("p", "The Partnership asks each organisation to rate itself against the eight standards. "
              "**Fully met** – the standard is met in every service and we can show it; **Partially met** – "
              "the standard is met in some services, or we cannot yet show it; **Not met** – the standard is "
              "not met, or there are significant gaps. Where a standard is not fully met, the improvement "
              "action, its lead and its date are given in the last column."),
        ("p", "Of the eight standards we rate three as fully met, four as partially met and one as not met."),
        ("table", {"cols": [1.0, 4.6, 2.2, 9.0, 7.1], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Std", "Standard", "Rating", "Evidence", "Improvement action"], "rows": rows}),
        ("ph", 11, f"<<{navy}|Next steps>>"),
        ("p", "This return will be discussed at the Partnership’s Section 11 challenge panel on 24 March "
              "2026. The directorate will report progress on its improvement actions in the six-month update "
              "requested by the Partnership in October 2026."),
        ("ph", 11, f"<<{navy}|Declaration>>"),
        ("p", "I confirm that this return is an accurate account of the directorate’s safeguarding "
              "arrangements and that the improvement actions have been agreed by the directorate management "
              "team."),
        ("table", {"cols": [6.0, 9.0, 3.0, 5.9], "borders": False, "rows": [
            [{"text": "Signed:", "bold": True}, "........................................",
             {"text": "Date:", "bold": True}, "27 February 2026"],
            [{"text": "Name and role:", "bold": True}, "Executive Director of Adults, Health and Communities",
             "", ""],
        ]}),
    ]
    return {
        "name": "briarwood-section-11-safeguarding-self-assessment-return-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-27", "doc_title": title, "author": "Head of Quality and Safeguarding (Adults)",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 9.5,
                 "title_size": 16, "title_color": navy,
                 "m_header": ("Briarwood Safeguarding Children Partnership – Section 11 audit 2025/26",
                              "Briarwood County Council – Adults, Health and Communities"),
                 "m_footer": ("OFFICIAL", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="Section 11 safeguarding self-assessment return from a county council directorate to "
                           "the local safeguarding children partnership: eight standards in one table, each with a "
                           "met / partially met / not met rating, evidence bullets and an improvement action with "
                           "Lead and By lines in the same row",
                     kind="self-evaluation", title=title, authority=BRIARWOOD, date="2026-02-27", meeting=None,
                     evidence=gold_evidence, actions=gold_actions),
        "layout": "PDF (python-docx → LibreOffice), landscape (Letter), Liberation Sans 9.5 pt, an italic running "
                  "header (partnership and audit | council and directorate) and footer (\"OFFICIAL\" | \"Page X of "
                  "Y\"), rows that may not split. A navy bold capitals partnership line, a line citing section 11, "
                  "the navy title, a four-column details table with grey labels (Organisation / Directorate / "
                  "Services covered / Completed by / Signed off by / Date submitted / Contact / Telephone); a "
                  "rating key in one paragraph with bold words and a count line; ONE 9 pt table Std | Standard | "
                  "Rating | Evidence | Improvement action with a blue header: ratings Fully met / Partially met / "
                  "Not met in bold in green, yellow and orange cells; evidence as Word bullets inside the cell; "
                  "the action cell holds the action, a bold \"Lead:\" line and a bold \"By:\" line (standard 4 has "
                  "two actions separated by an empty line; two lead cells carry a second lead on its own line "
                  "after \"/\" or \";\"), or \"None required.\"; by-dates \"30 June 2026\", \"September 2026\", "
                  "\"Q3 2026/27\", \"Monthly from April 2026\", \"Q2 2026/27\", \"31 October 2026\"; next steps, a "
                  "declaration and a borderless signature table.",
    }


# ---------------------------------------------------------------------------
# AS2. Briarwood County Council's adult social care self-assessment, written for its Care Quality
#      Commission local authority assessment (HTML → Chromium, A4, CSS page-margin boxes). A version
#      line, a scoring key (the framework's four points), an at-a-glance table of the nine quality
#      statements with the Council's own scores (not items), then four themes, each with a score line,
#      "What we do well" and "What we need to improve" bullets (not items) and "Evidence" bullets; a
#      closing "Our next steps" table Ref | What we will do | Lead | By | Status with a status key.
# ---------------------------------------------------------------------------


def briarwood_asc_self_assessment():
    title = "Adult Social Care Self-Assessment 2026"
    plum = "5B2C6F"
    glance = [
        ("Working with people", [("Assessing needs", "2"), ("Supporting people to live healthier lives", "3"),
                                 ("Equity in experience and outcomes", "2")]),
        ("Providing support", [("Care provision, integration and continuity", "3"),
                               ("Partnerships and communities", "3")]),
        ("How we ensure safety", [("Safeguarding", "2"), ("Safe systems, pathways and transitions", "2")]),
        ("Leadership", [("Governance, management and sustainability", "3"),
                        ("Learning, improvement and innovation", "3")]),
    ]
    rows = []
    for theme, statements in glance:
        for i, (statement, score) in enumerate(statements):
            first = {"text": theme, "bold": True, "vspan": len(statements)} if i == 0 else "^"
            rows.append([first, statement, {"text": score, "bold": True}])
    # (theme heading, score line, [well], [improve], [evidence])
    themes = [
        ("Theme 1: Working with people", "Our score for this theme: 2 – some shortfalls", [
            "People tell us that our social workers listen and that their assessments reflect what matters to "
            "them.",
            "Our community-led support ‘talking points’ in nine libraries and community centres mean most "
            "people get advice without waiting for a formal assessment.",
        ], [
            "Too many people wait too long for a Care Act assessment, particularly in the east of the county.",
            "Carers’ assessments are not offered consistently, and fewer carers receive a direct payment than "
            "in similar councils.",
        ], [
            "On 31 January 2026, 412 people were waiting for a Care Act assessment; 188 of them had waited more "
            "than 28 days.",
            "In the 2024/25 Adult Social Care Survey, 67% of people who use services said they had as much "
            "control over their daily life as they wanted.",
            "Talking points saw 3,940 people in 2025; 61% left with advice or equipment and needed nothing "
            "further.",
        ]),
        ("Theme 2: Providing support", "Our score for this theme: 3 – good", [
            "The home care market is stable: there were no hand-backs of packages in 2025 and we have no "
            "waiting list for home care.",
            "Our reablement service helps most people it supports to stay at home without ongoing care.",
        ], [
            "There is not enough extra care housing in the north of the county.",
            "Too few services are co-produced with the people who use them.",
        ], [
            "82% of people aged 65 and over were still at home 91 days after leaving hospital into reablement "
            "in 2024/25.",
            "Our market position statement, refreshed in November 2025, shows 96% of home care and 91% of care "
            "home places are rated good or outstanding.",
        ]),
        ("Theme 3: How we ensure safety", "Our score for this theme: 2 – some shortfalls", [
            "The Briarwood Safeguarding Adults Board has a clear strategic plan and strong multi-agency "
            "attendance.",
            "Our Multi-Agency Safeguarding Hub screens every safeguarding concern on the day it is received.",
        ], [
            "Decisions on whether a concern needs a section 42 enquiry take too long.",
            "Young people with care needs move to adult services without a plan agreed early enough.",
        ], [
            "In 2025, 71% of decisions on section 42 enquiries were made within two working days, against "
            "our standard of 90%.",
            "A Safeguarding Adults Board audit of 25 transitions cases in September 2025 found a plan agreed "
            "before the young person’s 17th birthday in 11 cases.",
        ]),
        ("Theme 4: Leadership", "Our score for this theme: 3 – good", [
            "Leaders are visible and staff say they feel supported: 81% would recommend the Council as a place "
            "to work.",
            "The adult social care budget was balanced in 2024/25 and is forecast to be balanced in 2025/26.",
        ], [
            "We need to use the experience of people who draw on care more directly in our decisions.",
        ], [
            "Social worker vacancies fell from 18% in March 2024 to 9% in December 2025.",
            "The Principal Social Worker’s 2025 practice audit rated 78% of the 120 cases audited good or "
            "better.",
        ]),
    ]
    # (ref, text, lead cell, owners, by, due, status)
    steps = [
        ("NS1", "Reduce the number of people waiting more than 28 days for a Care Act assessment to fewer than "
                "100.", "Head of Assessment and Care Management", ["Head of Assessment and Care Management"],
         "September 2026", "2026-09", "Under way"),
        ("NS2", "Offer every carer known to us a carer’s assessment, and double the number of carers with a "
                "direct payment.", "Head of Assessment and Care Management /\nBriarwood Carers’ Centre",
         ["Head of Assessment and Care Management", "Briarwood Carers’ Centre"], "31 March 2027", "2027-03-31",
         "Not started"),
        ("NS3", "Open a second extra care housing scheme in the north of the county.", "Head of Commissioning",
         ["Head of Commissioning"], "2027/28", "2028-03", "Under way"),
        ("NS4", "Set up a co-production group of people who draw on care and carers to work with us on service "
                "changes.", "Director of Adult Social Care; Healthwatch Briarwood",
         ["Director of Adult Social Care", "Healthwatch Briarwood"], "Q1 2026/27", "2026-06", "Under way"),
        ("NS5", "Make 90% of decisions on section 42 enquiries within two working days.", "Head of Adult "
                "Safeguarding", ["Head of Adult Safeguarding"], "December 2026", "2026-12", "Not started"),
        ("NS6", "Agree a joint preparing for adulthood protocol with children’s services for young people from "
                "age 14.", "Head of Preparing for Adulthood, with Children’s Services",
         ["Head of Preparing for Adulthood", "Children’s Services"], "January 2026", "2026-01", "Complete"),
        ("NS7", "Report progress on this self-assessment to the Adult Social Care and Health Scrutiny Committee.",
         "Director of Adult Social Care", ["Director of Adult Social Care"], "Every six months", None,
         "Under way"),
    ]
    statuses = {"Complete": "completed", "Under way": "ongoing", "Not started": "not-started"}
    blocks = [
        ("p", f"<<{plum}|**BRIARWOOD COUNTY COUNCIL**>>"),
        ("p", "Adults, Health and Communities"),
        ("title", title),
        ("p", "**How well are we meeting our duties under the Care Act 2014? Our own view, prepared for our "
              "Care Quality Commission assessment**"),
        ("p", "Version 2.1 – March 2026 – agreed by the Adult Social Care Leadership Team"),
        ("h", 2, "1. About this self-assessment"),
        ("p", "This is our honest view of how well we support adults and carers in Briarwood. It follows the "
              "four themes and nine quality statements of the Care Quality Commission’s assessment framework "
              "for local authorities. We wrote it with our staff, our partners in the NHS and the voluntary "
              "sector, and the Briarwood Carers’ Centre, and we will update it every six months."),
        ("p", "We have scored ourselves using the framework’s four-point scale: **4** – evidence shows an "
              "exceptional standard; **3** – evidence shows a good standard; **2** – evidence shows some "
              "shortfalls; **1** – evidence shows significant shortfalls."),
        ("h", 2, "2. Our scores at a glance"),
        ("table", {"cols": [4.2, 9.6, 2.8], "font": 9.5, "header_fill": "E4D7EA",
                   "header": ["Theme", "Quality statement", "Our score"], "rows": rows}),
        ("h", 2, "3. What we found"),
    ]
    gold_evidence = []
    for heading, score, well, improve, ev in themes:
        blocks += [
            ("h", 3, heading),
            ("p", f"<<{plum}|**{score}**>>"),
            ("p", "**What we do well**"),
            ("list", "bullet", 1, well),
            ("p", "**What we need to improve**"),
            ("list", "bullet", 1, improve),
            ("p", "**Evidence**"),
            ("list", "bullet", 1, ev),
        ]
        gold_evidence += [evidence(e) for e in ev]
    blocks += [
        ("h", 2, "4. Our next steps"),
        ("p", "The actions below are our improvement priorities for 2026/27. They are monitored monthly by the "
              "Adult Social Care Leadership Team. **Status:** Complete – the action is done; Under way – work "
              "has started; Not started – the work is planned but has not begun."),
        ("table", {"cols": [1.4, 7.0, 4.6, 2.8, 2.4], "font": 9, "header_fill": "E4D7EA",
                   "header": ["Ref", "What we will do", "Lead", "By", "Status"],
                   "rows": [[{"text": r, "bold": True}, t, lead, by, s] for r, t, lead, _, by, _, s in steps]}),
        ("h", 2, "5. Contact"),
        ("p", "Head of Quality and Practice, Adults, Health and Communities, Briarwood County Council, County "
              "Hall, Mercer Street, Briarwood BW1 4QT – asc.selfassessment@briarwood.example – 01632 960427"),
    ]
    css = ("@page { margin: 20mm 17mm 18mm 17mm; "
           "@top-left { content: \"Briarwood County Council\"; font-family: 'Liberation Sans', sans-serif; "
           "font-size: 8pt; font-style: italic; color: #5B2C6F; } "
           "@top-right { content: \"Adult Social Care Self-Assessment – March 2026\"; font-family: "
           "'Liberation Sans', sans-serif; font-size: 8pt; font-style: italic; color: #5B2C6F; } "
           "@bottom-center { content: counter(page); font-family: 'Liberation Sans', sans-serif; "
           "font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 20pt; margin: 4pt 0 6pt 0; }\n"
           "h2 { color: #5B2C6F; font-size: 13pt; page-break-after: avoid; }\n"
           "h3 { font-size: 11.5pt; background: #F3EDF6; padding: 3pt 5pt; page-break-after: avoid; }\n"
           "ul { margin: 0 0 6pt 0; padding-left: 20pt; }\n")
    return {
        "name": "briarwood-adult-social-care-self-assessment-2026",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "css_font": "'Liberation Sans', sans-serif",
                 "size": 10, "title_color": plum},
        "blocks": blocks,
        "gold": dict(genre="a county council's adult social care self-assessment for its Care Quality Commission "
                           "assessment: four themes with the council's own score, what it does well, what it "
                           "needs to improve and evidence bullets, and a next steps table with leads, dates and "
                           "statuses",
                     kind="self-evaluation", title=title, authority=BRIARWOOD, date="2026-03", meeting=None,
                     evidence=gold_evidence,
                     actions=[action(r, t, owners, by, due, statuses[s]) for r, t, _, owners, by, due, s in steps]),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (an italic plum "
                  "running header with the council on the left and the title and month on the right; the page "
                  "number centred at the foot). A plum bold capitals council line, a directorate line, the plum "
                  "title, a bold strapline and a version line (\"Version 2.1 – March 2026 – agreed by …\"); plum "
                  "h2 sections; a scoring key in one paragraph with bold numbers 4–1; an at-a-glance table Theme | "
                  "Quality statement | Our score with the theme cell merged down (scores 2 and 3; not items); four "
                  "h3 themes on a pale band, each with a bold plum \"Our score for this theme: …\" line and bold "
                  "\"What we do well\", \"What we need to improve\" and \"Evidence\" lines over bullet lists; "
                  "\"4. Our next steps\" with a status key in the paragraph above a 9 pt table Ref | "
                  "What we will do | Lead | By | Status (NS1–NS7; leads split by \"/\" plus line break, \";\" and "
                  "\", with\"; by \"September 2026\", \"31 March 2027\", \"2027/28\", \"Q1 2026/27\", \"December "
                  "2026\", \"January 2026\", \"Every six months\"; statuses Complete / Under way / Not started); a "
                  "contact line.",
    }


# ---------------------------------------------------------------------------
# AS3. Moorcastle Children and Young People's Partnership's VCS engagement self-assessment toolkit,
#      completed by the Partnership Board (Markdown → pandoc DOCX). The SET questions (close variants)
#      scored 1–4; a pipe score key that maps each score to a SET level; per domain a grid table
#      No. | Question | Score | Evidence (paragraphs in the cell), a bold "Domain average" line and an
#      "Agreed actions" grid table Ref | Action | Lead | By.
# ---------------------------------------------------------------------------


def moorcastle_set_toolkit():
    title = "Working with the Voluntary and Community Sector: Self-Assessment Toolkit 2026"
    level = {"4": "green", "3": "green", "2": "amber", "1": "red"}
    # (domain id, heading line, heading, average line, rating,
    #  [(no., question, SET id, score, [(evidence, tags)])],
    #  [(ref, action, lead cell, owners, by, due, tags)])
    domains = [
        ("governance", "Domain 1: Inter-agency governance", "Inter-agency governance", "2.3 (Amber)", "amber", [
            ("1.1", "To what extent does the Partnership ensure sustained and meaningful engagement of the "
                    "voluntary and community sector (VCS)?", "GOV-1", "3", [
                ("Moorcastle Voluntary Action (MVA) nominates two members of the Partnership Board and chairs "
                 "the Early Help Sub-Group.", ["GOV-1"]),
                ("VCS members attended 7 of the 8 Board meetings in 2025, and a VCS item is on every agenda.",
                 ["GOV-1"]),
            ]),
            ("1.2", "How does the Partnership ensure that the diversity of the sector is represented in setting "
                    "the vision and priorities of the Children and Young People’s Plan?", "GOV-2", "2", [
                ("The VCS members of the Board come from larger charities; groups led by and working with Black, "
                 "Asian and minority ethnic communities took no part in the 2025 priority-setting events.",
                 ["GOV-2"]),
            ]),
            ("1.3", "How does the Partnership ensure that VCS organisations are involved in developing shared "
                    "values and a shared ethos around working practices?", "GOV-3", "2", [
                ("The Moorcastle Compact was renewed in 2024, but its code for children’s services has not been "
                 "reviewed since 2019.", ["GOV-3"]),
            ]),
        ], [
            ("G1", "Hold two priority-setting sessions a year with groups led by and working with Black, Asian and "
                   "minority ethnic communities.", "MVA Chief Officer / Partnership Manager",
             ["MVA Chief Officer", "Partnership Manager"], "October 2026", "2026-10", ["GOV-2"]),
            ("G2", "Review the children’s services code of the Moorcastle Compact with MVA members.",
             "Partnership Manager; MVA Policy Officer", ["Partnership Manager", "MVA Policy Officer"],
             "Q3 2026/27", "2026-12", ["GOV-3"]),
        ]),
        ("strategy", "Domain 2: Integrated strategy", "Integrated strategy", "2.3 (Amber)", "amber", [
            ("2.1", "How has the sector been involved in shaping the commissioning strategy?", "STR-1", "2", [
                ("MVA took part in the market engagement day for the family support framework in June 2025.",
                 ["STR-1"]),
                ("Providers told us that the six-week tender window for the framework was too short for small "
                 "groups to form consortia.", ["STR-1", "DEL-2"]),
            ]),
            ("2.2", "How has the VCS been involved in updating the Children and Young People’s Plan, through both "
                    "the needs analysis and resources mapping?", "STR-2", "3", [
                ("MVA ran four of the twelve listening events that informed the needs analysis for the "
                 "2025–2028 Plan.", ["STR-2"]),
            ]),
            ("2.3", "How is the sector engaged in local safeguarding children developments?", "STR-3", "3", [
                ("The VCS has a seat on the Executive of the Moorcastle Safeguarding Children Partnership and on "
                 "its Learning and Improvement Group.", ["STR-3"]),
                ("MVA’s safeguarding helpline answered 118 queries from small groups in 2025.", ["STR-3"]),
            ]),
            ("2.4", "What role has the VCS had in developing a shared workforce strategy?", "STR-4", "1", [
                ("The sector was not involved in writing the children’s workforce strategy, and the Board could "
                 "not say how many VCS staff take up the multi-agency training offer.", ["STR-4"]),
            ]),
        ], [
            ("S1", "Publish commissioning intentions for children’s services at least six months before each "
                   "tender.", "Head of Children’s Commissioning", ["Head of Children’s Commissioning"],
             "From April 2026", "2026-04", ["STR-1"]),
            ("S2", "Record VCS staff in the multi-agency training records and report their take-up to the Board "
                   "each year.", "Workforce Development Manager,\n\nMVA Training Lead",
             ["Workforce Development Manager", "MVA Training Lead"], "December 2026", "2026-12", ["STR-4"]),
        ]),
        ("processes", "Domain 3: Integrated processes", "Integrated processes", "2.3 (Amber)", "amber", [
            ("3.1", "What has been the sector’s role in developing and putting into practice the early help "
                    "assessment?", "PRO-1", "3", [
                ("Nineteen VCS organisations can start an early help assessment, and they started 164 of the "
                 "1,032 assessments in 2025.", ["PRO-1"]),
            ]),
            ("3.2", "Are information-sharing agreements in place, and do they include the VCS?", "PRO-2", "2", [
                ("The Partnership’s information-sharing agreement was opened to VCS organisations in 2024, but "
                 "only 11 have signed it.", ["PRO-2"]),
            ]),
            ("3.3", "What part has the sector played in developing a performance and quality assurance framework "
                    "for the Children and Young People’s Plan?", "PRO-3", "2", [
                ("VCS providers report every quarter against the Plan’s outcome measures, but the sector has no "
                 "place on the Performance and Quality Assurance Group.", ["PRO-3"]),
            ]),
        ], [
            ("P1", "Run three briefings on the information-sharing agreement for VCS organisations and invite them "
                   "to sign it.", "Information Governance Manager / MVA", ["Information Governance Manager", "MVA"],
             "June 2026", "2026-06", ["PRO-2"]),
            ("P2", "Invite a VCS representative to join the Performance and Quality Assurance Group.",
             "Chair of the Performance and Quality Assurance Group",
             ["Chair of the Performance and Quality Assurance Group"], "April 2026", "2026-04", ["PRO-3"]),
        ]),
        ("delivery", "Domain 4: Integrated front-line delivery", "Integrated front-line delivery", "3.0 (Green)",
         "green", [
            ("4.1", "How does the Partnership actively encourage the sector to play a role in delivering "
                    "integrated services for children and families?", "DEL-1", "4", [
                ("VCS organisations run three of the borough’s five family hubs and deliver the holiday "
                 "activities and food programme.", ["DEL-1"]),
            ]),
            ("4.2", "What action does the Partnership take to support the VCS to improve the sustainability of "
                    "its services?", "DEL-2", "2", [
                ("Most grants to VCS children’s services are still for one year at a time.", ["DEL-2"]),
                ("MVA’s funding advice service supported 42 children’s and youth groups in 2025.", ["DEL-2"]),
            ]),
            ("4.3", "What has been the role of the sector in locality working and the development of "
                    "neighbourhood networks?", "DEL-3", "3", [
                ("Each of the three family hub networks has a VCS co-chair.", ["DEL-3"]),
            ]),
        ], [
            ("D1", "Move VCS grants for children’s services of more than £20,000 to three-year agreements.",
             "Head of Children’s Commissioning", ["Head of Children’s Commissioning"], "April 2027", "2027-04",
             ["DEL-2"]),
            ("D2", "Publish funding opportunities for children’s and youth groups in the monthly MVA bulletin.",
             "MVA Funding Adviser", ["MVA Funding Adviser"], "Ongoing", None, ["DEL-2"]),
        ]),
    ]
    md = [
        "**MOORCASTLE CHILDREN AND YOUNG PEOPLE’S PARTNERSHIP**",
        "Moorcastle Borough Council and Moorcastle Voluntary Action",
        f"# {title}",
        "*Completed by the Partnership Board at its self-assessment workshop on 22 January 2026*",
        "## How the toolkit works",
        "The toolkit asks the thirteen questions of the voluntary and community sector engagement framework "
        "in four domains. Board members scored each question together at the workshop, after reading the "
        "evidence gathered by the Partnership Manager and MVA. Where members disagreed, the Board agreed a "
        "score by discussion. Each domain ends with the actions the Board agreed.",
        "| Score | What it means | Level |\n|---|---|---|\n"
        "| 4 | Best practice: well established and making a difference | Green |\n"
        "| 3 | Good practice: in place and working, with room to improve | Green |\n"
        "| 2 | Meets minimum standards: started but not yet consistent | Amber |\n"
        "| 1 | Needs significant improvement, or not known | Red |",
        "The domain average is the mean of the question scores: 2.5 and above is Green, from 1.5 up to 2.5 is "
        "Amber and below 1.5 is Red.",
    ]
    g_domains, g_questions, g_evidence, g_actions = [], [], [], []
    for dom, line, heading, average, rating, questions, acts in domains:
        rows = []
        for no, text, set_id, score, ev in questions:
            rows.append([no, text, score, "\n\n".join(e for e, _ in ev)])
            g_questions.append(question(dom, no, text, set_id, level[score], score))
            g_evidence += [evidence(e, dom, tags) for e, tags in ev]
        md += [f"## {line}", grid_table([7, 32, 10, 52], ["No.", "Question", "Score", "Evidence"], rows),
               f"**Domain average: {average}**", "**Agreed actions**",
               grid_table([6, 48, 26, 17], ["Ref", "Action", "Lead", "By"],
                          [[r, t, lead, by] for r, t, lead, _, by, _, _ in acts])]
        g_domains.append(domain(dom, heading, rating))
        g_actions += [action(r, t, owners, by, due, None, domain=dom, tags=tags)
                      for r, t, _, owners, by, due, tags in acts]
    md += [
        "## Overall",
        "**Overall average: 2.46 (Amber)**",
        "The Board’s view is that the sector is well involved in front-line delivery and in safeguarding, but "
        "that the Partnership has more to do to reach smaller and community-led groups, to involve the sector "
        "in workforce planning and to give VCS organisations longer funding.",
        "## What happens next",
        "The agreed actions will be added to the Partnership’s delivery plan and reviewed by the Board in July "
        "2026. The toolkit will be completed again in January 2027.",
        "Contact: Partnership Manager, Moorcastle Borough Council, Town Hall, Castle Square, Moorcastle MC1 2AB "
        "– cyp.partnership@moorcastle.example – 01632 960562",
    ]
    return {
        "name": "moorcastle-childrens-partnership-vcs-engagement-toolkit-2026",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2026-01-29"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a children and young people's partnership board's VCS engagement self-assessment "
                           "toolkit: the thirteen SET questions scored 1–4 with a key that maps scores to "
                           "levels, evidence in the table, a domain average line and agreed actions per domain",
                     kind="self-evaluation", title=title, authority=MOORCASTLE, date="2026-01-22", meeting=None,
                     domains=g_domains, questions=g_questions, evidence=g_evidence, actions=g_actions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals partnership line, a line naming the "
                  "Council and MVA, the H1 title, an italic line with the workshop date; \"How the toolkit works\" "
                  "with a pipe score key Score | What it means | Level (4 and 3 Green, 2 Amber, 1 Red) and a line "
                  "defining the domain average bands. Four Heading 2 domains \"Domain n: …\", each a grid table "
                  "No. | Question | Score | Evidence (labels 1.1–4.3, scores as bare digits, evidence as one or "
                  "two paragraphs in the cell), a bold \"Domain average: 2.3 (Amber)\" line and a bold \"Agreed "
                  "actions\" line over a grid table Ref | Action | Lead | By (G1–G2, S1–S2, P1–P2, D1–D2; leads "
                  "split by \" / \", \"; \" and \",\" plus a paragraph break; by \"October 2026\", \"Q3 2026/27\", "
                  "\"From April 2026\", \"December 2026\", \"June 2026\", \"April 2026\", \"April 2027\", "
                  "\"Ongoing\"). An overall average line, what happens next and a contact line.",
    }


# ---------------------------------------------------------------------------
# AS4. Briarwood Children's Partnership's self-evaluation of its work with the voluntary, community
#      and faith sector (VCFS) against the SET (python-docx DOCX, NinthMWriter, portrait). Four parts
#      (A–D) as Heading 1, each question a bold paragraph with its label ("A1") and a coloured "Level:"
#      line, then a two-column table with a shaded header Evidence | Areas for development, bullets in
#      both cells (or "None at this stage."); a bold "Overall level for Part A: …" line closes each part.
# ---------------------------------------------------------------------------


def briarwood_set_2026():
    title = "Working Together: Voluntary, Community and Faith Sector Engagement Self-Evaluation 2026"
    teal = "00606B"
    words = {"green": "Green – good to best practice", "amber": "Amber – meets minimum standards",
             "red": "Red – needs significant improvement"}
    colours = {"green": "3A7D22", "amber": "B36B00", "red": "C00000"}
    # (domain id, H1 text, heading, overall rating, intro,
    #  [(label, question, SET id, rating, [(evidence, tags)], [(area, tags)])])
    parts = [
        ("governance", "Part A – Governance", "Governance", "amber",
         "How the Partnership involves the sector in its decisions.", [
            ("A1", "To what extent does the Partnership ensure sustained and meaningful engagement of the "
                   "voluntary, community and faith sector (VCFS)?", "GOV-1", "amber", [
                ("Two VCFS representatives, elected by the Briarwood VCFS Children’s Network, sit on the "
                 "Partnership Board.", ["GOV-1"]),
                ("The representatives’ reports back to the Network are not published, and Network members say "
                 "they rarely hear what the Board decided.", ["GOV-1"]),
            ], [
                ("Publish a short note to the Network after every Board meeting.", ["GOV-1"]),
            ]),
            ("A2", "How does the Partnership ensure diversity of representation from the sector in the vision "
                   "and priorities for the Children and Young People’s Plan?", "GOV-2", "red", [
                ("The Network has 64 members; none is a faith group or a group led by disabled people.", ["GOV-2"]),
            ], [
                ("Agree with the Briarwood Faith Forum how faith groups wish to be represented.", ["GOV-2"]),
                ("Offer travel costs and meeting support to small groups that take part in Partnership events.",
                 ["GOV-2"]),
            ]),
            ("A3", "How does the Partnership ensure that VCFS organisations are involved in developing shared "
                   "values and a shared ethos around working practices?", "GOV-3", "green", [
                ("The Partnership’s practice principles were written in 2025 by a working group with four VCFS "
                 "members, and are used in joint induction for new staff.", ["GOV-3", "STR-4"]),
            ], []),
        ]),
        ("strategy", "Part B – Strategy", "Strategy", "amber",
         "How the sector helps to shape what the Partnership plans and buys.", [
            ("B1", "How has the sector been involved in shaping the commissioning strategy?", "STR-1", "amber", [
                ("The sector was consulted on the 2025–2028 commissioning strategy through an online survey, "
                 "which had 31 responses.", ["STR-1"]),
            ], [
                ("Hold a commissioning intentions event in each district before the next strategy is drafted.",
                 ["STR-1"]),
            ]),
            ("B2", "How has the VCFS been involved in updating the Children and Young People’s Plan, through both "
                   "the needs analysis and resources mapping?", "STR-2", "amber", [
                ("Data from youth clubs and food banks was included in the 2025 needs analysis.", ["STR-2"]),
                ("No mapping of the sector’s resources has been done since 2021.", ["STR-2"]),
            ], [
                ("Refresh the directory of VCFS services for children and families and use it to map resources.",
                 ["STR-2"]),
            ]),
            ("B3", "How is the sector engaged in local safeguarding children developments?", "STR-3", "green", [
                ("The Briarwood Safeguarding Children Partnership has a VCFS member on its Executive Group and "
                 "runs a VCFS safeguarding forum every quarter.", ["STR-3"]),
            ], []),
            ("B4", "What role has the VCFS had in developing a shared workforce strategy?", "STR-4", "red", [
                ("The sector had no part in writing the 2024 children’s workforce strategy.", ["STR-4"]),
            ], [
                ("Include VCFS staff and volunteers in the refresh of the children’s workforce strategy in "
                 "2026.", ["STR-4"]),
            ]),
        ]),
        ("processes", "Part C – Processes", "Processes", "amber",
         "How the sector takes part in shared assessment, information sharing and quality assurance.", [
            ("C1", "What has been the sector’s role in the development and implementation of early help "
                   "assessments?", "PRO-1", "amber", [
                ("VCFS lead practitioners hold 9% of open early help assessments.", ["PRO-1"]),
                ("VCFS staff cannot see the early help module of the case recording system.", ["PRO-1", "PRO-2"]),
            ], [
                ("Give trained VCFS lead practitioners read access to the early help module.", ["PRO-1", "PRO-2"]),
            ]),
            ("C2", "Are information-sharing protocols in place, and do these include the VCFS?", "PRO-2", "green", [
                ("The Briarwood information-sharing protocol has been signed by 88 VCFS organisations.", ["PRO-2"]),
            ], []),
            ("C3", "What level of involvement has the sector had in developing a performance and quality "
                   "assurance framework for the Children and Young People’s Plan?", "PRO-3", "amber", [
                ("The sector contributed case studies to the Plan’s annual report but had no part in choosing "
                 "its outcome measures.", ["PRO-3"]),
            ], [
                ("Invite the Network to nominate a member of the Performance Sub-Group.", ["PRO-3"]),
            ]),
        ]),
        ("delivery", "Part D – Delivery", "Delivery", "green",
         "How the sector delivers services for children and families with the Partnership.", [
            ("D1", "How does the Partnership actively encourage the sector to play a role in the delivery of "
                   "integrated children’s services?", "DEL-1", "green", [
                ("VCFS organisations deliver 41% of the early help services commissioned by the County Council.",
                 ["DEL-1"]),
            ], []),
            ("D2", "What action does the Partnership take to support the VCFS to improve the sustainability of "
                   "its services?", "DEL-2", "amber", [
                ("Family support contracts now run for three years, with an option to extend by two.", ["DEL-2"]),
                ("Grants under £15,000 are still awarded one year at a time.", ["DEL-2"]),
            ], [
                ("Move grants under £15,000 to two-year awards from April 2027.", ["DEL-2"]),
            ]),
            ("D3", "What has been the role of the sector in locality working and the development of district "
                   "and neighbourhood networks?", "DEL-3", "green", [
                ("Each of the five district early help partnerships is co-chaired by a VCFS member.", ["DEL-3"]),
            ], []),
        ]),
    ]
    blocks = [
        ("p", f"<<{teal}|**BRIARWOOD CHILDREN’S PARTNERSHIP**>>"),
        ("p", "Briarwood County Council · Briarwood VCFS Children’s Network · NHS Briarwood · Briarwood "
              "Constabulary"),
        ("title", title),
        ("p", "Agreed by the Children’s Partnership Executive on 4 February 2026"),
        ("h", 1, "Introduction"),
        ("p", "Every two years the Partnership looks at how well it works with the voluntary, community and "
              "faith sector, using the thirteen questions of the self-evaluation framework. This year the "
              "evidence was gathered by the Partnership’s Strategic Manager and the Network’s coordinator, and "
              "the levels were agreed at a joint session of the Executive and the Network on 15 January 2026."),
        ("p", "Each question is given one of three levels: **Green** – good to best practice; **Amber** – meets "
              "minimum standards; **Red** – needs significant improvement. Areas for development are carried "
              "into the Partnership’s delivery plan for 2026/27."),
    ]
    g_domains, g_questions, g_evidence, g_actions = [], [], [], []
    for i, (dom, h1, heading, overall, intro, questions) in enumerate(parts):
        blocks += [("h", 1, h1), ("p", intro)]
        for lab, text, set_id, rating, ev, areas in questions:
            blocks += [
                ("ph", 10, f"{lab}  {text}"),
                ("ph", 10, f"Level: <<{colours[rating]}|{words[rating]}>>"),
                ("table", {"cols": [8.5, 8.5], "header_fill": "D5ECEE", "font": 9.5,
                           "header": ["Evidence", "Areas for development"],
                           "rows": [[{"blocks": [("list", "bullet", 1, [e for e, _ in ev])]},
                                     {"blocks": [("list", "bullet", 1, [a for a, _ in areas])]} if areas
                                     else "None at this stage."]]}),
            ]
            g_questions.append(question(dom, lab, text, set_id, rating, words[rating]))
            g_evidence += [evidence(e, dom, tags) for e, tags in ev]
            g_actions += [action(None, a, [], None, None, None, kind="area-for-development", domain=dom,
                                 tags=tags) for a, tags in areas]
        blocks.append(("p", f"**Overall level for {h1.split(' – ')[0]}: {overall.capitalize()}**"))
        g_domains.append(domain(dom, heading, overall))
    blocks += [
        ("h", 1, "What happens next"),
        ("p", "The areas for development will be turned into actions, with leads and dates, in the Partnership’s "
              "delivery plan for 2026/27, which the Board will agree in April 2026. The Network will report on "
              "progress to its members at its annual meeting in October 2026."),
        ("p", "Contact: Strategic Manager, Briarwood Children’s Partnership, County Hall, Mercer Street, Briarwood "
              "BW1 4QT – childrens.partnership@briarwood.example – 01632 960455"),
    ]
    return {
        "name": "briarwood-childrens-partnership-vcfs-engagement-self-evaluation-2026",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-02-04", "doc_title": title, "author": "Strategic Manager, Children’s Partnership",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 17,
                 "title_color": teal,
                 "m_header": ("Briarwood Children’s Partnership", "VCFS Engagement Self-Evaluation 2026"),
                 "m_footer": ("Agreed 4 February 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a children's partnership's SET self-evaluation of its work with the voluntary, "
                           "community and faith sector: each question with a Level line and a two-column "
                           "Evidence | Areas for development table, an overall level per part",
                     kind="self-evaluation", title=title, authority=BRIARWOOD, date="2026-02-04", meeting=None,
                     domains=g_domains, questions=g_questions, evidence=g_evidence, actions=g_actions),
        "layout": "DOCX (python-docx), portrait (Letter), Liberation Sans 10 pt, an italic running header "
                  "(partnership | title) and footer (agreement date | \"Page X of Y\"), rows that may not split. "
                  "A teal bold capitals partnership line, a partners line, the teal title, an agreement line; "
                  "Heading 1 \"Introduction\" with a level key in one paragraph; four Heading 1 parts \"Part A – "
                  "Governance\" … \"Part D – Delivery\" with an intro line; every "
                  "question a bold paragraph with its label and two spaces (\"A1  To what extent …?\"), a bold \"Level:\" "
                  "line whose words are coloured (\"Green – good to best practice\", \"Amber – meets "
                  "minimum standards\", \"Red – needs significant improvement\"), and a two-column table with a "
                  "pale teal header Evidence | Areas for development, Word bullets in both cells or \"None at this "
                  "stage.\"; a bold \"Overall level for Part A: Amber\" line closes each part; what happens next "
                  "and a contact line.",
    }


# ---------------------------------------------------------------------------
# AS5. Report to Moorcastle Borough Council's Overview and Scrutiny Committee (sitting as the crime and
#      disorder committee) presenting the Moorcastle Community Safety Partnership's self-assessment
#      (Markdown → pandoc DOCX → LibreOffice). A line block of details, "That the Committee:" over a
#      pandoc (a)–(c) list, the self-assessment as narrative under five Heading 3 domains, each with a
#      bold "Self-assessed rating:" line (no table), implications, and after a page break Appendix A,
#      the improvement actions as a grid table No. | Improvement action | Lead | Target date.
# ---------------------------------------------------------------------------


def moorcastle_csp_self_assessment_report():
    title = "Moorcastle Community Safety Partnership: Self-Assessment 2025/26"
    committee = "Overview and Scrutiny Committee"
    recs = [
        ("a", "notes the Moorcastle Community Safety Partnership’s self-assessment for 2025/26 and the ratings "
              "it has given itself;", "NOTES"),
        ("b", "agrees the improvement actions set out in Appendix A; and", "AGREES"),
        ("c", "asks the Partnership to report progress on the improvement actions to the Committee in October "
              "2026.", "ASKS"),
    ]
    # (no., text, lead cell, owners, target, due)
    acts = [
        ("1", "Publish a strategic assessment of crime and disorder by the end of June each year, using police, "
              "council, health and fire service data.", "Community Safety Partnership Manager /\n\nCommunity "
                                                         "Safety Analyst",
         ["Community Safety Partnership Manager", "Community Safety Analyst"], "30 June 2026", "2026-06-30"),
        ("2", "Agree a data-sharing agreement with the emergency department at Moorcastle General Hospital on "
              "assault injuries.", "Public Health Lead; Community Safety Partnership Manager",
         ["Public Health Lead", "Community Safety Partnership Manager"], "September 2026", "2026-09"),
        ("3", "Set up a residents’ panel on community safety, meeting at least three times a year.",
         "Community Engagement Officer, with Moorcastle Voluntary Action",
         ["Community Engagement Officer", "Moorcastle Voluntary Action"], "Q2 2026/27", "2026-09"),
        ("4", "Replace the activity counts in the Partnership plan with an outcome measure for each of the three "
              "priorities.", "Performance and Intelligence Manager", ["Performance and Intelligence Manager"],
         "April 2026", "2026-04"),
        ("5", "Complete the two outstanding domestic homicide review action plans and report their closure to "
              "the Partnership Board.", "Domestic Abuse Coordinator", ["Domestic Abuse Coordinator"],
         "31 December 2026", "2026-12-31"),
        ("6", "Hold a partnership development session each year to review this self-assessment.",
         "Chair of the Community Safety Partnership", ["Chair of the Community Safety Partnership"],
         "Annually from January 2027", "2027-01"),
    ]
    domains = [
        ("4.1 Leadership and governance", "Good",
         "The Partnership Board meets every quarter and is well attended by all five responsible authorities. "
         "Its terms of reference and membership were reviewed in 2025, and the Chair rotates between the "
         "Council and the police every two years. Members told us that the Board spends too long on updates and "
         "too little on problems that need more than one agency to solve."),
        ("4.2 Understanding crime and disorder", "Requires improvement",
         "The Partnership has not published a full strategic assessment since 2023, and the current priorities "
         "rest on police data alone. Health data on violence, and the fire service’s data on deliberate fires, "
         "are not yet used. The new Community Safety Analyst post, filled in December 2025, gives the "
         "Partnership the capacity to put this right."),
        ("4.3 Working with communities", "Good",
         "Neighbourhood walkabouts in the six priority wards, run with Moorcastle Voluntary Action and the "
         "housing associations, reached over 900 residents in 2025. The annual residents’ survey shows that 71% "
         "feel safe in their area after dark, up from 64% in 2023. There is, however, no standing way for "
         "residents to hold the Partnership to account between surveys."),
        ("4.4 Delivering on priorities", "Requires improvement",
         "Anti-social behaviour reports fell by 12% in 2025 and the town centre public spaces protection order "
         "has been renewed. But the Partnership plan counts activity (meetings held, leaflets given out) rather "
         "than results, so it is hard to say whether the three priorities are being met. Two domestic homicide "
         "review action plans remain open more than two years after the reviews were published."),
        ("4.5 Learning and improvement", "Good",
         "The Partnership took part in a peer challenge with a neighbouring partnership in 2025 and has acted on "
         "most of its findings. Learning from domestic homicide reviews is shared through briefings to front-line "
         "staff, which 480 people attended in 2025."),
    ]
    md = [
        "**MOORCASTLE BOROUGH COUNCIL**",
        f"# {title}",
        "| **Report to:** Overview and Scrutiny Committee (sitting as the Crime and Disorder Committee)\n"
        "| **Date:** 17 March 2026\n"
        "| **Agenda item:** 7\n"
        "| **Report of:** Community Safety Partnership Manager\n"
        "| **Portfolio:** Cabinet Member for Communities and Neighbourhoods\n"
        "| **Wards:** All",
        "## 1. Purpose of the report",
        "1.1 To present the Moorcastle Community Safety Partnership’s self-assessment for 2025/26 and the "
        "improvement actions that the Partnership Board agreed on 24 February 2026.",
        "## 2. Recommendations",
        "That the Committee:",
    ] + [f"({n}) {t}" for n, t, _ in recs] + [
        "## 3. Background",
        "3.1 Under the Crime and Disorder Act 1998 the Council, the police, the fire and rescue service, the "
        "probation service and the integrated care board must work together to reduce crime and disorder in "
        "Moorcastle. The Committee is the Council’s crime and disorder committee and scrutinises the "
        "Partnership’s work once a year.",
        "3.2 In 2024 the Committee asked the Partnership to assess itself against a clear framework. The "
        "Partnership used five domains and a four-point scale: Outstanding, Good, Requires improvement and "
        "Inadequate. Each domain was rated at a workshop of Board members, with evidence gathered by officers. "
        "The Partnership rates itself Good in three domains and Requires improvement in two.",
        "## 4. The Partnership’s self-assessment",
    ]
    for heading, rating, text in domains:
        md += [f"### {heading}", f"**Self-assessed rating: {rating}**", text]
    md += [
        "## 5. Financial implications",
        "5.1 The improvement actions will be met from the Partnership’s existing budget of £186,000 for 2026/27 "
        "and from the Community Safety Analyst post already funded by the Council.",
        "## 6. Legal implications",
        "6.1 The Partnership must prepare a strategic assessment and a partnership plan each year. Action 1 in "
        "Appendix A brings the Partnership back into line with that duty.",
        "## 7. Equality implications",
        "7.1 The residents’ panel (action 3) will be recruited to reflect the borough’s population, with "
        "support from Moorcastle Voluntary Action for groups who are seldom heard.",
        "**Background papers:** Overview and Scrutiny Committee, 19 March 2025, minute 48 (Community Safety "
        "Partnership annual report).",
        "**Contact:** Community Safety Partnership Manager – community.safety@moorcastle.example – 01632 960613",
        papers_ninth_m.PAGE_BREAK_MD,
        "## Appendix A: Improvement actions 2026/27",
        "Agreed by the Partnership Board on 24 February 2026.",
        grid_table([6, 44, 28, 18], ["No.", "Improvement action", "Lead", "Target date"],
                   [[n, t, lead, target] for n, t, lead, _, target, _ in acts]),
    ]
    return {
        "name": "moorcastle-scrutiny-community-safety-partnership-self-assessment-2025-26",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-03-06"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a borough council's report to its overview and scrutiny (crime and disorder) committee "
                           "presenting the community safety partnership's self-assessment: narrative domains each "
                           "with a rating line, \"That the Committee:\" (a)–(c), and an appendix of improvement "
                           "actions",
                     kind="committee-report", title=title, authority=MOORCASTLE, date="2026-03-17",
                     meeting=committee,
                     recommendations=[recommendation(n, t, verb=v, addressee="Committee") for n, t, v in recs],
                     actions=[action(n, t, owners, target, due, None) for n, t, _, owners, target, due in acts]),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header or page numbers. "
                  "A bold capitals council line, the H1 title, a line block of bold-labelled details (Report to / "
                  "Date / Agenda item / Report of / Portfolio / Wards); Heading 2 sections with typed 1.1–7.1 "
                  "paragraphs; \"That the Committee:\" over a pandoc (a)–(c) list (Word numbering; \"notes\", "
                  "\"agrees\", \"asks\", \"; and\"); the self-assessment as five Heading 3 domains \"4.1 Leadership "
                  "and governance\" … each with a bold \"Self-assessed rating: Good\" / \"Requires improvement\" line "
                  "and a narrative paragraph (no table; the gaps it names are not items); implications, background "
                  "papers and a contact line; after a page break, Appendix A as a grid table No. | Improvement "
                  "action | Lead | Target date (1–6; leads split by \"/\" plus a paragraph break, \";\" and \", "
                  "with\"; dates \"30 June 2026\", \"September 2026\", \"Q2 2026/27\", \"April 2026\", \"31 December "
                  "2026\", \"Annually from January 2027\").",
    }


# ---------------------------------------------------------------------------
# AS6. The Moorcastle Compact's self-assessment guidance and blank template, sent to council services and
#      voluntary organisations before the annual Compact review (python-docx → LibreOffice, portrait,
#      NinthMWriter). Guidance on who completes it, a rating key, a timetable, and a blank form table for
#      each of the five commitments. Nothing to find: nobody has rated anything yet, and the blank "What
#      you will do" boxes hold no actions.
# ---------------------------------------------------------------------------


def moorcastle_compact_template():
    title = "Compact Self-Assessment 2026: Guidance and Template"
    green = "2E6B30"
    commitments = [
        ("1", "Involvement in policy and decisions",
         "The Council will involve voluntary and community organisations early in decisions that affect them "
         "and the people they serve, and give at least twelve weeks for formal consultations."),
        ("2", "Fair and open funding",
         "The Council will give at least three months’ notice of changes to funding, pay grants on time and ask "
         "only for monitoring that is proportionate to the amount awarded."),
        ("3", "Representation",
         "Voluntary organisations will make sure that those who speak for the sector in partnerships are "
         "chosen openly and report back to the organisations they represent."),
        ("4", "Working together on services",
         "Both partners will share information about the needs of the people they serve and plan services "
         "together where they can."),
        ("5", "Equality and diversity",
         "Both partners will take account of the needs of groups who are seldom heard, and make it easy for "
         "small and community-led groups to take part."),
    ]
    blank = {"text": ""}
    blocks = [
        ("p", f"<<{green}|**THE MOORCASTLE COMPACT**>>"),
        ("p", "Moorcastle Borough Council and Moorcastle Voluntary Action, on behalf of the voluntary and "
              "community sector"),
        ("title", title),
        ("p", "Issued January 2026 by the Compact Steering Group"),
        ("ph", 12, f"<<{green}|1. What this self-assessment is for>>"),
        ("p", "Each year the Council and the voluntary and community sector look at how well the five "
              "commitments of the Moorcastle Compact have been kept. The annual review is built from "
              "self-assessments completed by council services and by voluntary organisations. This note "
              "explains how to complete yours. It does not itself assess anyone."),
        ("ph", 12, f"<<{green}|2. Who should complete it>>"),
        ("list", "bullet", 1, [
            "Every council service that funds, commissions or works regularly with voluntary and community "
            "organisations.",
            "Every voluntary or community organisation that received more than £5,000 from the Council in "
            "2025/26, or that sits on a Council partnership.",
            "Any other organisation that wishes to take part – all returns are welcome.",
        ]),
        ("ph", 12, f"<<{green}|3. How to rate each commitment>>"),
        ("p", "For each commitment, choose the rating that best describes your experience over the last twelve "
              "months, and give the evidence for it. Please be honest: the review is about improving how we "
              "work together, not about blame."),
        ("table", {"cols": [3.2, 13.8], "font": 9.5, "header_fill": "D8E8D0",
                   "header": ["Rating", "Use this rating when …"],
                   "rows": [
                       [{"text": "Met", "bold": True}, "the commitment was kept in almost every case and you can "
                                                       "give examples."],
                       [{"text": "Partly met", "bold": True}, "the commitment was kept in some cases but not in "
                                                              "others, or only recently."],
                       [{"text": "Not met", "bold": True}, "the commitment was rarely or never kept."],
                       [{"text": "Don’t know", "bold": True}, "you have had no dealings that test this "
                                                              "commitment."],
                   ]}),
        ("p", "Under “What you will do”, say what your own organisation or service could do differently next "
              "year. You do not have to fill it in, and nobody will be held to it unless it is agreed later in "
              "the review."),
        ("ph", 12, f"<<{green}|4. Timetable>>"),
        ("table", {"cols": [4.5, 12.5], "font": 9.5, "header_fill": "D8E8D0", "header": ["When", "What happens"],
                   "rows": [
                       ["26 January 2026", "Guidance and template sent out"],
                       ["10 February 2026", "Drop-in help session, Moorcastle Voluntary Action, 2.00–4.00 pm"],
                       ["13 March 2026", "Closing date for returns"],
                       ["April 2026", "Compact Steering Group reads the returns"],
                       ["June 2026", "Annual Compact review published"],
                   ]}),
        ("ph", 12, f"<<{green}|5. How to send your return>>"),
        ("p", "Send the completed template to compact@moorcastle.example, or post it to Moorcastle Voluntary "
              "Action, 14 Tanner’s Yard, Moorcastle MC2 5HD. Returns from voluntary organisations are seen only "
              "by Moorcastle Voluntary Action, which will share a summary with the Steering Group without naming "
              "anyone. If you need help, or the template in another format, call 01632 960781."),
        ("ph", 12, f"<<{green}|6. Questions people ask>>"),
        ("p", "**Do we have to take part?** No, but the review is only as good as the returns it is based on. Last "
              "year 46 organisations and 12 council services took part."),
        ("p", "**Will our return be published?** No. The annual review reports what returns said overall and "
              "quotes them only without names."),
        ("p", "**What if our experience differs between council services?** Say so in the evidence box, naming "
              "the services, or complete one template for each service you deal with most."),
        ("break",),
        ("ph", 14, f"<<{green}|Self-assessment template>>"),
        ("table", {"cols": [5.0, 12.0], "rows": [
            [label("Organisation or service", "D8E8D0"), blank],
            [label("Completed by (role)", "D8E8D0"), blank],
            [label("Date", "D8E8D0"), blank],
        ]}),
    ]
    for no, name, says in commitments:
        if no == "4":
            blocks.append(("break",))
        blocks.append(("table", {"cols": [5.0, 12.0], "rows": [
            [{"text": f"Commitment {no}: {name}", "bold": True, "fill": "D8E8D0", "span": 2}, "<"],
            [label("What the commitment says", "F2F2F2"), says],
            [label("Your rating", "F2F2F2"), "Met  /  Partly met  /  Not met  /  Don’t know   (delete as "
                                             "appropriate)"],
            [label("Evidence for your rating", "F2F2F2"), "\n\n"],
            [label("What you will do", "F2F2F2"), "\n"],
        ]}))
    blocks += [
        ("p", "Thank you for taking part. Please keep a copy of your return."),
    ]
    return {
        "name": "moorcastle-compact-self-assessment-guidance-and-template-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-26", "doc_title": title, "author": "Compact Steering Group",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 17,
                 "title_color": green,
                 "m_header": ("The Moorcastle Compact", "Self-assessment 2026 – guidance and template"),
                 "m_footer": ("Issued January 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="the guidance and blank template sent out before a council–voluntary sector Compact "
                           "self-assessment: who completes it, a rating key, a timetable and an empty form per "
                           "commitment; nothing to find",
                     kind="other", title=title, authority=MOORCASTLE, date="2026-01", meeting=None),
        "layout": "PDF (python-docx → LibreOffice), portrait (Letter), Liberation Sans 10 pt, an italic running header "
                  "(Compact | \"Self-assessment 2026 – guidance and template\") and footer (\"Issued January 2026\" | "
                  "\"Page X of Y\"), rows that may not split. A green bold capitals Compact line, a partners line, "
                  "the green title and an issue line; green bold numbered headings that are not styles; a bulleted "
                  "list of who should complete it; a rating key table Rating | Use this rating when … (Met / Partly "
                  "met / Not met / Don’t know); a paragraph on the optional \"What you will do\" box; a timetable "
                  "table When | What happens (dates without owners); how to send a return; three bold-led questions "
                  "and answers; after a page break, the "
                  "blank template: a details table with empty cells and five form tables, one per commitment (a "
                  "green title row merged across, then What the commitment says / Your rating \"Met / Partly met / "
                  "Not met / Don’t know (delete as appropriate)\" / Evidence for your rating (empty) / What you will "
                  "do (empty)), commitments 4 and 5 after a page break. Nothing to find.",
    }


PAPERS = [
    briarwood_section_11,
    briarwood_asc_self_assessment,
    moorcastle_set_toolkit,
    briarwood_set_2026,
    moorcastle_csp_self_assessment_report,
    moorcastle_compact_template,
]
