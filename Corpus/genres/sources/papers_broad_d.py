"""Papers of the fourth batch, part D: six made-up health, care, children's services and
partnership papers from Brindlecombe County Council, Dunmere and Askew Integrated Care Board
and the bodies around them (the Brindlecombe Safeguarding Children Partnership, the
Brindlecombe Health and Wellbeing Board, the Brindlecombe Local Area SEND Partnership, Askew
Valley Community Action, Askew Community Health NHS Trust, Brindlecombe Constabulary).
Everything is invented: people are given by role or initials, e-mail addresses use
`.example` and telephone numbers the 01632 960xxx range.

They were written blind: by someone who had not read the pipeline's code, tests or output,
using only the corpus READMEs and the build scripts. Each paper names its own split. Gold
values are written by hand beside the words they label; see BROAD_D.md for the decisions
taken where the rules left room.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf"
(HTML → Chromium), "pandoc-docx" and "pandoc-lo-pdf" (Markdown → pandoc DOCX [→ LibreOffice]).
"""

from gold import action, decision, recommendation
from papers_fresh import grid_table

BCC = "Brindlecombe County Council"
ICB = "Dunmere and Askew Integrated Care Board"


# ---------------------------------------------------------------------------
# D1. Children's services improvement plan after an ILACS inspection (PDF via LibreOffice,
#     landscape, Liberation Serif, running header and footer). A bold (non-style) paragraph
#     "Area for improvement n: …" above each table Action | Lead | Milestone | By | RAG |
#     Evidence of impact; refs typed at the start of the Action cell; RAG letters in shaded
#     cells with a key in a paragraph (B complete, G/A in progress, R "not started or
#     stalled"); "By" cells "end of Q2", "Jan 2026", "by the next inspection", "TBC" …
# ---------------------------------------------------------------------------

RAG_FILL = {"B": "5B9BD5", "G": "70AD47", "A": "FFC000", "R": "FF4F4F"}


def childrens_improvement_plan():
    # RAG → status from the key printed above the tables (see BROAD_D.md): B "complete" →
    # completed; G and A "in progress …" → ongoing; R "not started or stalled" → null (the
    # key does not say which).
    status_of = {"B": "completed", "G": "ongoing", "A": "ongoing", "R": None}
    areas = [
        ("Area for improvement 1: The consistency and quality of management oversight and supervision of "
         "social work practice", [
            ("1.1", "Relaunch the supervision policy with a single recording template for all social work teams.",
             "Principal Social Worker", "Template in use in all teams", "end of Q2", "B",
             "October 2025 audit: 92% of case files show supervision recorded within timescale (baseline 61%).",
             ["Principal Social Worker"], "2025-09"),
            ("1.2", "Train every team manager in reflective supervision, delivered with the Brindlecombe Social Work "
                    "Academy.",
             "Head of Workforce Development /\nSocial Work Academy Lead", "All 46 team managers trained", "Jan 2026",
             "G", "31 of 46 managers trained; staff survey question on supervision to be repeated in March.",
             ["Head of Workforce Development", "Social Work Academy Lead"], "2026-01"),
            ("1.3", "Introduce monthly practice audits moderated by the Principal Social Worker, with findings reported "
                    "to the Improvement Board.",
             "Head of Quality Assurance", "First quarterly audit report to the Board", "end of Q4", "A",
             "", ["Head of Quality Assurance"], "2026-03"),
        ]),
        ("Area for improvement 2: The quality of pathway plans for care leavers and the help they receive to find "
         "suitable accommodation", [
            ("2.1", "Rewrite the pathway plan template with care leavers from the Children in Care Council.",
             "Service Manager – Leaving Care,\nChildren in Care Council", "Template co-produced and launched",
             "Dec 2025", "G", "Three workshops held; draft template being tested in the North team.",
             ["Service Manager – Leaving Care", "Children in Care Council"], "2025-12"),
            ("2.2", "Agree a joint housing protocol for care leavers with the four district councils.",
             "Assistant Director, Corporate Parenting; District Housing Leads", "Protocol signed by all five councils",
             "by the next inspection", "R",
             "Two districts have not yet agreed the draft. Escalated to chief executives in November.",
             ["Assistant Director, Corporate Parenting", "District Housing Leads"], None),
            ("2.3", "Extend the Staying Close offer to all care leavers aged 18 to 21 living in supported accommodation.",
             "Head of Children in Care", "Funding confirmed", "2026/27", "A",
             "DfE grant bid submitted in September; outcome expected in January.",
             ["Head of Children in Care"], "2027-03"),
        ]),
        ("Area for improvement 3: The timeliness of initial health assessments for children coming into care", [
            ("3.1", "Agree an escalation route with the ICB and Askew Community Health NHS Trust for any initial health "
                    "assessment not completed within 20 working days.",
             "Designated Nurse for Children in Care (ICB)\nHead of Children in Care", "Escalation route in use",
             "Oct 2025", "B", "Completed within 20 working days: 71% in October, up from 38% in June.",
             ["Designated Nurse for Children in Care (ICB)", "Head of Children in Care"], "2025-10"),
            ("3.2", "Report initial health assessment timeliness to every meeting of the Corporate Parenting Panel.",
             "Performance and Intelligence Manager", "Standing item on the Panel agenda", "Ongoing", "G",
             "Reported in September and November.", ["Performance and Intelligence Manager"], None),
            ("3.3", "Recruit two additional community paediatricians to carry out initial health assessments.",
             "Askew Community Health NHS Trust", "", "TBC", "R", "",
             ["Askew Community Health NHS Trust"], None),
        ]),
    ]
    blocks = [
        ("p", "[Brindlecombe County Council crest]   **Children’s Services**"),
        ("title", "Children’s Services Improvement Plan 2025–2027"),
        ("p", "Our response to the Ofsted inspection of local authority children’s services (ILACS), June 2025"),
        ("table", {"cols": [4.0, 8.0, 4.0, 8.0], "borders": True, "font": 9.5, "rows": [
            [{"text": "Version", "bold": True, "fill": "DEEAF6"}, "2.1",
             {"text": "Date", "bold": True, "fill": "DEEAF6"}, "24 November 2025"],
            [{"text": "Plan owner", "bold": True, "fill": "DEEAF6"}, "Director of Children’s Services",
             {"text": "Approved by", "bold": True, "fill": "DEEAF6"}, "Brindlecombe Children’s Improvement Board"],
            [{"text": "Inspection judgement", "bold": True, "fill": "DEEAF6"}, "Requires improvement to be good",
             {"text": "Next update", "bold": True, "fill": "DEEAF6"}, "February 2026"],
        ]}),
        ("p", "**How to read this plan**"),
        ("p", "Ofsted identified three areas for improvement. Each is set out below with the actions we will take, the "
              "lead officer, the milestone that shows the action is done and the evidence we will use to judge its impact. "
              "Quarters are those of the Council’s financial year 2025/26 (Q2 ends in September 2025 and Q4 in March "
              "2026)."),
        ("p", "**RAG key:**  B – complete, impact being evidenced;  G – in progress and on track;  A – in progress, "
              "milestone at risk;  R – not started or stalled, needs the Board’s attention."),
    ]
    actions = []
    for area, items in areas:
        rows = []
        for ref, text, lead, milestone, by, rag, evidence, owners, due in items:
            rows.append([f"{ref} {text}", lead, milestone, by,
                         {"text": rag, "fill": RAG_FILL[rag], "bold": True}, evidence])
            actions.append(action(ref, text, owners, by or None, due, status_of[rag]))
        blocks += [
            ("p", f"**{area}**"),
            ("table", {"cols": [7.6, 4.4, 3.8, 2.4, 1.1, 6.4],
                       "header": ["Action", "Lead", "Milestone", "By", "RAG", "Evidence of impact"],
                       "header_fill": "1F4E79", "rows": rows, "font": 9}),
        ]
    blocks += [
        ("p", "**Governance**"),
        ("p", "The Brindlecombe Children’s Improvement Board, chaired by an independent chair appointed with the "
              "Department for Education, meets every six weeks and reviews this plan at each meeting. The Corporate "
              "Parenting Panel and the Children and Young People Scrutiny Committee receive it every quarter."),
        ("p", "**Contact:** Improvement Programme Manager, Children’s Services, County Hall, Brindlecombe BR1 1CC – "
              "improvement@brindlecombe.example – 01632 960 731"),
    ]
    return {
        "name": "brindlecombe-childrens-services-improvement-plan",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2025-11-24", "doc_title": "Children’s Services Improvement Plan 2025–2027",
                 "author": "Brindlecombe Children’s Services", "landscape": True, "font": "Liberation Serif",
                 "size": 10.5, "title_color": "1F4E79", "box_width": 25,
                 "header": "OFFICIAL – Brindlecombe County Council Children’s Services",
                 "footer": "Children’s Services Improvement Plan – version 2.1 – 24 November 2025"},
        "blocks": blocks,
        "gold": dict(genre="children's services improvement plan after an inspection (Area for improvement n, then "
                           "Action | Lead | Milestone | By | RAG | Evidence of impact)", kind="action-plan",
                     title="Children’s Services Improvement Plan 2025–2027", authority=BCC, date="2025-11-24",
                     meeting=None, actions=actions),
        "layout": "PDF (python-docx → LibreOffice), landscape, Liberation Serif; italic running header and a page "
                  "footer; a crest text line; a four-column version table with shaded labels; bold (non-style) "
                  "paragraphs for headings and for \"Area for improvement 1: …\" … \"3: …\"; quarters defined as the "
                  "financial year 2025/26; a RAG key in one paragraph (B complete; G and A in progress; R \"not "
                  "started or stalled\"); one table per area Action | Lead | Milestone | By | RAG | Evidence of "
                  "impact with a dark header, refs 1.1–3.3 typed at the start of the Action cell, RAG letters in "
                  "shaded cells; by-cells \"end of Q2\", \"Jan 2026\", \"end of Q4\", \"Dec 2025\", \"by the next "
                  "inspection\", \"2026/27\", \"Oct 2025\", \"Ongoing\", \"TBC\"; lead cells split by \"/\" plus line "
                  "break, \",\" plus line break, \";\" and a bare line break, with commas inside role names "
                  "(\"Assistant Director, Corporate Parenting\") and an en dash (\"Service Manager – Leaving Care\"); "
                  "a Milestone column (not a date) and empty milestone and evidence cells.",
    }


# ---------------------------------------------------------------------------
# D2. SEND accelerated progress plan (pandoc DOCX): a status key table (Met / Partially met /
#     Not met / Carried forward); one grid table per "Area of weakness n" heading with
#     No. | What we will do | Who is responsible | When | Success measure | Status; labels
#     1a, 1b …; school-term dates.
# ---------------------------------------------------------------------------


def send_progress_plan():
    # Status words from the key table (see BROAD_D.md): Met → completed; Partially met →
    # ongoing; Not met ("work on the action has not started") → not-started; Carried forward
    # (moved into the new strategy, no longer tracked here) → superseded.
    status_of = {"Met": "completed", "Partially met": "ongoing", "Not met": "not-started",
                 "Carried forward": "superseded"}
    areas = [
        ("Area of weakness 1: The timeliness and quality of education, health and care (EHC) plans", [
            ("1a", "Recruit six more EHC plan coordinators and clear the backlog of needs assessments older than 20 weeks.",
             "Head of SEND Assessment and Review", "Dec 2025",
             "No assessment older than 20 weeks; 60% of new plans issued within 20 weeks.", "Partially met",
             ["Head of SEND Assessment and Review"], "2025-12"),
            ("1b", "Set up a multi-agency quality assurance panel that audits ten EHC plans every month.",
             "Principal Educational Psychologist;\n\nDesignated Clinical Officer (ICB)", "Autumn term 2025",
             "Eight in ten audited plans judged good or better.", "Met",
             ["Principal Educational Psychologist", "Designated Clinical Officer (ICB)"], "2025-12"),
            ("1c", "Make sure health advice for EHC needs assessments is returned within six weeks of the request.",
             "Designated Clinical Officer (ICB) / Askew Community Health NHS Trust", "31.03.2026",
             "90% of health advice returned within six weeks.", "Not met",
             ["Designated Clinical Officer (ICB)", "Askew Community Health NHS Trust"], "2026-03-31"),
        ]),
        ("Area of weakness 2: Waiting times for neurodevelopmental assessments (autism and ADHD)", [
            ("2a", "Commission an additional autism assessment pathway for children aged 5 to 18 from an independent "
                   "provider.",
             "ICB Head of Children’s Commissioning", "Summer term 2026",
             "Median wait for an autism assessment below 52 weeks.", "Partially met",
             ["ICB Head of Children’s Commissioning"], "2026-07"),
            ("2b", "Offer every family on the waiting list a named contact and a place on the ‘Waiting Well’ support "
                   "sessions.",
             "Brindlecombe Parent Carer Forum, ICB Head of Children’s Commissioning", "Jan 2026",
             "Every family offered a named contact; 400 families attend a session.", "Met",
             ["Brindlecombe Parent Carer Forum", "ICB Head of Children’s Commissioning"], "2026-01"),
            ("2c", "Publish waiting times for each pathway on the Local Offer website.",
             "SEND Local Offer Manager", "Quarterly",
             "Figures published on time each quarter.", "Carried forward",
             ["SEND Local Offer Manager"], None),
        ]),
        ("Area of weakness 3: Communication with parents and carers, and co-production", [
            ("3a", "Open a single SEND enquiries line that replies to every call or e-mail within two working days.",
             "Head of SEND Assessment and Review", "Sept 2025",
             "95% of enquiries answered within two working days.", "Met",
             ["Head of SEND Assessment and Review"], "2025-09"),
            ("3b", "Co-produce a SEND communication charter with the Parent Carer Forum and young people.",
             "", "April 2026",
             "Charter agreed and signed by all partners.", "Not met",
             [], "2026-04"),
        ]),
    ]
    md = [
        "BRINDLECOMBE LOCAL AREA SEND PARTNERSHIP",
        "",
        "# Accelerated Progress Plan: Special Educational Needs and Disabilities",
        "",
        "**Local area:** Brindlecombe (Brindlecombe County Council and Dunmere and Askew Integrated Care Board)  ",
        "**Inspection:** Area SEND inspection by Ofsted and the Care Quality Commission, 10–14 March 2025  ",
        "**Version:** 3 – progress at 31 October 2025  ",
        "**Signed off by:** Brindlecombe SEND Partnership Board",
        "",
        "## 1. Why we have this plan",
        "",
        "The inspection found that the local area partnership’s arrangements lead to inconsistent experiences and "
        "outcomes for children and young people with special educational needs and disabilities (SEND). Ofsted and "
        "the Care Quality Commission asked the Council and the ICB to agree an accelerated progress plan with the "
        "Department for Education and NHS England. This plan sets out the actions for each of the three areas of "
        "weakness the inspection identified.",
        "",
        "The inspection also found strengths, which this plan does not repeat:",
        "",
        "- children’s views are captured well in most EHC plans;",
        "- the Parent Carer Forum is a strong and trusted partner;",
        "- the specialist teaching service is highly valued by schools.",
        "",
        "## 2. How we report progress",
        "",
        "Each action is given one of four statuses at every review. The Partnership Board agreed these meanings on "
        "4 June 2025.",
        "",
        "| Status | What it means |",
        "|:-------------------|:----------------------------------------------------------------|",
        "| Met | The action is finished and the success measure has been achieved. |",
        "| Partially met | Work has started and some of the success measure has been achieved; work continues. |",
        "| Not met | Work on the action has not started. |",
        "| Carried forward | The action has moved into the SEND and Alternative Provision Strategy 2026–2029 and is no longer tracked in this plan. |",
        "",
        "School terms are those of Brindlecombe maintained schools: the autumn term ends in December and the summer "
        "term in July.",
        "",
        "## 3. Actions",
        "",
    ]
    actions = []
    for area, items in areas:
        md += [f"### {area}", ""]
        md.append(grid_table([6, 24, 18, 12, 16, 11],
                             ["No.", "What we will do", "Who is responsible", "When", "Success measure", "Status"],
                             [[ref, text, who, when, measure, status]
                              for ref, text, who, when, measure, status, *_ in items]))
        md.append("")
        for ref, text, who, when, measure, status, owners, due in items:
            actions.append(action(ref, text, owners, when or None, due, status_of[status]))
    md += [
        "## 4. Monitoring",
        "",
        "The SEND Partnership Board reviews this plan every month. The Department for Education and NHS England hold "
        "formal monitoring meetings with the partnership every six months; the next is in January 2026. Progress is "
        "also reported to the Children and Young People Scrutiny Committee.",
        "",
        "## 5. Contact",
        "",
        "SEND Improvement Lead, Brindlecombe County Council, County Hall, Brindlecombe BR1 1CC  ",
        "send.improvement@brindlecombe.example · 01632 960 744",
        "",
    ]
    return {
        "name": "brindlecombe-send-accelerated-progress-plan",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2025-11-03"},
        "markdown": "\n".join(md),
        "gold": dict(genre="local area SEND accelerated progress plan (actions per area of weakness, Met / Partially "
                           "met / Not met statuses defined in a key)", kind="action-plan",
                     title="Accelerated Progress Plan: Special Educational Needs and Disabilities", authority=BCC,
                     date="2025-10-31", meeting=None, actions=actions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; a capitals partnership line above the title; bold-"
                  "label detail lines joined by hard line breaks (Local area / Inspection / Version / Signed off by); "
                  "strengths as bullets (not items); a pipe status-key table Status | What it means (Met, Partially "
                  "met, Not met, Carried forward); school terms defined; one grid table per \"Area of weakness n\" "
                  "Heading 3 with No. | What we will do | Who is responsible | When | Success measure | Status, labels "
                  "1a–1c, 2a–2c, 3a–3b; who-cells split by \";\" plus a paragraph break, \" / \" and \",\", one "
                  "empty; when-cells \"Dec 2025\", \"Autumn term 2025\", \"31.03.2026\", \"Summer term 2026\", "
                  "\"Jan 2026\", \"Quarterly\", \"Sept 2025\", \"April 2026\".",
    }


# ---------------------------------------------------------------------------
# D3. Safeguarding children partnership executive board minutes (PDF via Chromium): items
#     "n." as h2; "The Board AGREED: …" on one line, or followed by bullets; "DECISION: …"
#     sentences; "The Board NOTED …" (not a decision); a closing action log Ref | Meeting date |
#     Action | Owner | Due | Status (Open / Closed) with a note defining Closed.
# ---------------------------------------------------------------------------


def safeguarding_minutes():
    board = "Brindlecombe Safeguarding Children Partnership Executive Board"
    # "Closed" is defined under the log as confirmed done → completed; "Open" → null.
    status_of = {"Closed": "completed", "Open": None}
    log = [
        ("25/19", "12/06/2025", "Circulate the audit of attendance at strategy discussions to all partners.",
         "BSCP Business Manager", "31/07/2025", "Closed", ["BSCP Business Manager"], "2025-07-31"),
        ("25/24", "18/09/2025", "Bring a proposal for a joint neglect screening tool to the December meeting.",
         "Head of Early Help /\nDesignated Nurse for Safeguarding (ICB)", "11/12/2025", "Closed",
         ["Head of Early Help", "Designated Nurse for Safeguarding (ICB)"], "2025-12-11"),
        ("25/27", "18/09/2025", "Confirm police attendance at every initial child protection conference.",
         "Detective Superintendent, Public Protection", "Oct 2025", "Open",
         ["Detective Superintendent, Public Protection"], "2025-10"),
        ("25/31", "11/12/2025", "Circulate health visiting contact data for children on child protection plans.",
         "Chief Nurse (ICB)", "Next meeting", "Open", ["Chief Nurse (ICB)"], None),
        ("25/32", "11/12/2025", "Produce a seven-minute briefing on the learning from the Child T rapid review.",
         "BSCP Business Manager; Independent Scrutineer", "28/02/2026", "Open",
         ["BSCP Business Manager", "Independent Scrutineer"], "2026-02-28"),
        ("25/33", "11/12/2025", "Write to all secondary head teachers about the revised threshold guidance.",
         "Director of Children’s Services", "Jan 2026", "Open", ["Director of Children’s Services"], "2026-01"),
    ]
    blocks = [
        ("p", "**Brindlecombe Safeguarding Children Partnership**   ·   Brindlecombe County Council   ·   Dunmere and "
              "Askew Integrated Care Board   ·   Brindlecombe Constabulary"),
        ("title", board),
        ("p", "Minutes of the meeting held on Thursday 11 December 2025, 2.00 pm to 4.00 pm, Committee Room 2, County "
              "Hall, Brindlecombe, and online"),
        ("table", {"cols": [3.2, 13.8], "borders": False, "rows": [
            ["**Present:**", "Director of Children’s Services, Brindlecombe County Council (Chair); Chief Nurse, Dunmere "
                             "and Askew ICB; Detective Superintendent, Public Protection, Brindlecombe Constabulary"],
            ["**In attendance:**", "AR – Independent Scrutineer; Head of Early Help; Designated Nurse for Safeguarding "
                                   "(ICB); BSCP Business Manager (minutes)"],
            ["**Apologies:**", "Head of Education Safeguarding"],
        ]}),
        ("h", 2, "1. Welcome, apologies and declarations of interest"),
        ("p", "The Chair welcomed members. Apologies were noted as above. There were no declarations of interest."),
        ("h", 2, "2. Minutes of the meeting on 18 September 2025 and action log"),
        ("p", "The Board AGREED: the minutes of the meeting held on 18 September 2025 as an accurate record."),
        ("p", "Actions 25/19 and 25/24 were confirmed as closed. The open actions are shown in the action log at the end "
              "of these minutes."),
        ("h", 2, "3. Independent Scrutineer’s annual report 2024/25"),
        ("p", "AR presented the annual report. The partnership’s arrangements were judged to be effective, with two "
              "areas to develop: the voice of children in multi-agency audits, and the involvement of schools in "
              "Partnership sub-groups."),
        ("p", "The Board AGREED: to publish the annual report on the Partnership website by 31 December 2025 and send it "
              "to the Child Safeguarding Practice Review Panel."),
        ("h", 2, "4. Rapid review: Child T"),
        ("p", "The Business Manager summarised the rapid review held on 20 November 2025. The panel found good "
              "information sharing between the school and children’s social care but late involvement of the GP."),
        ("p", "DECISION: The Board accepted the rapid review panel’s recommendation that a local child safeguarding "
              "practice review is not required, and agreed that the learning will be shared through a seven-minute "
              "briefing (action 25/32)."),
        ("h", 2, "5. Refreshed threshold guidance (Continuum of Need)"),
        ("p", "The Head of Early Help presented the revised guidance, which had been consulted on with schools, GPs and "
              "the voluntary sector. Members welcomed the new section on adolescents at risk outside the home."),
        ("p", "The Board AGREED:"),
        ("list", "bullet", 1, [
            "to approve the revised Continuum of Need threshold guidance for publication from 5 January 2026;",
            "that multi-agency training on the revised guidance is offered to every designated safeguarding lead in "
            "Brindlecombe schools before the end of the spring term (action 25/33).",
        ]),
        ("h", 2, "6. Neglect strategy: progress report"),
        ("p", "The Designated Nurse for Safeguarding reported that the neglect screening tool had been piloted by 40 "
              "practitioners. Health visiting contacts for children on child protection plans were discussed "
              "(action 25/31)."),
        ("p", "The Board NOTED the progress report."),
        ("h", 2, "7. Partner contributions 2026/27"),
        ("p", "DECISION: Partner contributions for 2026/27 will rise by 3%, shared in the same proportions as in "
              "2025/26 (Council 52%, ICB 28%, Constabulary 20%)."),
        ("h", 2, "8. Any other business"),
        ("p", "None. The next meeting will be held on Thursday 12 March 2026."),
        ("h", 2, "Action log"),
        ("table", {"cols": [1.4, 2.2, 6.4, 3.8, 2.0, 1.9],
                   "header": ["Ref", "Meeting date", "Action", "Owner", "Due", "Status (Open / Closed)"],
                   "header_fill": "D9D2E9", "font": 9,
                   "rows": [[r, m, t, o, d, s] for r, m, t, o, d, s, *_ in log]}),
        ("p", "An action is closed when its owner has confirmed to the Business Manager that it has been done. Closed "
              "actions are shown once and then removed from the log."),
    ]
    decisions = [
        decision("2", None, "the minutes of the meeting held on 18 September 2025 as an accurate record.", board),
        decision("3", None, "to publish the annual report on the Partnership website by 31 December 2025 and send it "
                            "to the Child Safeguarding Practice Review Panel.", board),
        decision("4", None, "The Board accepted the rapid review panel’s recommendation that a local child safeguarding "
                            "practice review is not required, and agreed that the learning will be shared through a "
                            "seven-minute briefing (action 25/32).", board),
        decision("5", None, "to approve the revised Continuum of Need threshold guidance for publication from 5 January "
                            "2026;", board),
        decision("5", None, "that multi-agency training on the revised guidance is offered to every designated "
                            "safeguarding lead in Brindlecombe schools before the end of the spring term (action 25/33).",
                 board),
        decision("7", None, "Partner contributions for 2026/27 will rise by 3%, shared in the same proportions as in "
                            "2025/26 (Council 52%, ICB 28%, Constabulary 20%).", board),
    ]
    actions = [action(r, t, owners, d or None, due, status_of[s]) for r, m, t, o, d, s, owners, due in log]
    return {
        "name": "brindlecombe-safeguarding-children-partnership-minutes",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": "BSCP Executive Board minutes – 11 December 2025", "title_color": "5B2C6F",
                 "css_font": "'Liberation Sans', 'DejaVu Sans', sans-serif", "size": 10.5,
                 "footer": "Brindlecombe Safeguarding Children Partnership – Executive Board – 11 December 2025 – "
                           "minutes (approved at the meeting on 12 March 2026)"},
        "blocks": blocks,
        "gold": dict(genre="safeguarding children partnership executive board minutes (The Board AGREED: / DECISION: "
                           "lines and an action log with Open / Closed status)", kind="minutes",
                     title=board, authority=BCC, date="2025-12-11", meeting=board,
                     actions=actions, decisions=decisions),
        "layout": "PDF (HTML → Chromium), Liberation Sans; a letterhead line naming the three safeguarding partners; "
                  "borderless attendance table with bold labels; items \"1.\" … \"8.\" as h2 headings; \"The Board "
                  "AGREED: …\" on one line, and \"The Board AGREED:\" followed by two bullets (no labels); capital "
                  "\"DECISION: …\" sentences, one of them about a panel's \"recommendation\"; \"The Board NOTED the "
                  "progress report.\" (not a decision); references to action numbers inside the text; a closing action "
                  "log Ref | Meeting date | Action | Owner | Due | Status (Open / Closed) with a lilac header, refs "
                  "25/19 … 25/33, due cells \"31/07/2025\", \"11/12/2025\", \"Oct 2025\", \"Next meeting\", "
                  "\"28/02/2026\", \"Jan 2026\", owner cells split by \"/\" plus line break and \";\", one role with a "
                  "comma in it; a note under the log defining Closed.",
    }


# ---------------------------------------------------------------------------
# D4. ICB board paper with a cover sheet (DOCX): bordered cover table with shaded labels and a
#     "The Board is asked to:" tick-box row (☒ Approve ☐ Note ☐ Discuss ☐ Assurance) and a
#     "Recommendation:" row with one sentence; body in bold (non-style) headings with Word-
#     numbered paragraphs 1–11 running on across them; a risk table with a Risk owner column
#     (not actions); an appendix "plan on a page" Ref | What we will do | Lead | By when.
# ---------------------------------------------------------------------------


def icb_board_paper():
    label = lambda text: {"text": text, "bold": True, "fill": "DAE3F3"}  # noqa: E731
    rec = ("The Board is asked to approve the Year 2 delivery plan for primary care access at Appendix 1, including the "
           "investment of £2.4 million from the primary care allocation set out in paragraph 7.")
    plan = [
        ("A1", "Move the remaining 14 practices to the modern general practice access model, with online consultation "
               "open throughout core hours.",
         "PCN Clinical Directors / Primary Care Transformation Team", "30 September 2026",
         ["PCN Clinical Directors", "Primary Care Transformation Team"], "2026-09-30"),
        ("A2", "Extend Pharmacy First referrals to the two urgent treatment centres.",
         "Community Pharmacy Clinical Lead", "Q1 2026/27", ["Community Pharmacy Clinical Lead"], "2026-06"),
        ("A3", "Recruit 22 more staff under the additional roles reimbursement scheme, care coordinators in the Askew "
               "Valley first.",
         "PCN Clinical Directors", "March 2027", ["PCN Clinical Directors"], "2027-03"),
        ("A4", "Replace analogue telephone systems in the last six practices with cloud telephony that offers a "
               "call-back.",
         "ICB Digital Primary Care Lead,\nPractice Managers", "Q2 2026/27",
         ["ICB Digital Primary Care Lead", "Practice Managers"], "2026-09"),
        ("A5", "Report the access measures in paragraphs 4 and 5 to the Primary Care Commissioning Committee.",
         "Head of Primary Care Transformation", "Quarterly from April 2026",
         ["Head of Primary Care Transformation"], "2026-04"),
    ]
    blocks = [
        ("p", "[NHS Dunmere and Askew logo]"),
        ("p", "**Dunmere and Askew Integrated Care Board**"),
        ("table", {"cols": [5.0, 12.0], "borders": True, "font": 10, "rows": [
            [label("Meeting:"), "ICB Board – Part A (public)"],
            [label("Date:"), "27 January 2026"],
            [label("Agenda item:"), "9.2"],
            [label("Paper title:"), "Primary Care Access Recovery Plan – Year 2 Delivery"],
            [label("Executive sponsor:"), "Director of Primary Care and Community Services"],
            [label("Author:"), "Head of Primary Care Transformation (JW)"],
            [label("The Board is asked to:"), "☒ Approve     ☐ Note     ☐ Discuss     ☐ Assurance"],
            [label("Recommendation:"), rec],
            [label("Previously considered by:"), "Primary Care Commissioning Committee, 8 January 2026 (supported)"],
            [label("Strategic objectives:"), "☒ Improve access to services   ☒ Reduce health inequalities   "
                                             "☐ Financial sustainability   ☐ Workforce"],
            [label("Conflicts of interest:"), "GP members of the Board have an indirect interest as partners in "
                                              "practices that may receive funding. The Chair will manage this by "
                                              "allowing them to take part in the discussion but not the decision."],
            [label("Impact assessments:"), "Equality and quality impact assessment completed: Yes. Data protection "
                                           "impact assessment: Not required."],
        ]}),
        ("title", "Primary Care Access Recovery Plan – Year 2 Delivery"),
        ("h", 1, "Purpose"),
        ("list", "1.", 1, [
            "This paper sets out what was achieved in the first year of the ICB’s primary care access recovery plan and "
            "asks the Board to approve the plan for the second year, 2026/27.",
        ]),
        ("h", 1, "Background"),
        ("list", "1.", 2, [
            "The national Delivery Plan for Recovering Access to Primary Care asked every ICB to make it easier for "
            "patients to contact their practice, to expand community pharmacy services and to build capacity in "
            "general practice.",
            "Dunmere and Askew has 71 practices in 12 Primary Care Networks (PCNs), serving 842,000 registered "
            "patients.",
        ]),
        ("h", 1, "Progress in year 1"),
        ("list", "1.", 4, [
            "57 of 71 practices now use the modern general practice access model, with a single online route for "
            "requests.",
            "The share of patients who describe their experience of contacting the practice as good rose from 49% to "
            "56% in the GP Patient Survey.",
            "Pharmacy First consultations averaged 6,300 a month in the second half of 2025.",
        ]),
        ("h", 1, "Finance"),
        ("list", "1.", 7, [
            "The Year 2 plan costs £2.4 million, met from the primary care allocation. No new recurrent commitment is "
            "made beyond March 2027.",
            "The Primary Care Commissioning Committee recommended that the Board approve the plan, subject to a "
            "review of telephony costs at month 6.",
        ]),
        ("h", 1, "Risks"),
        ("list", "1.", 9, ["The main risks are set out below with the mitigations already in place."]),
        ("table", {"cols": [6.0, 7.5, 3.5], "header": ["Risk", "Mitigation in place", "Risk owner"],
                   "header_fill": "BDD7EE", "font": 9.5, "rows": [
                       ["Practices cannot recruit to additional roles because of national shortages.",
                        "Posts are advertised jointly across PCNs; a training hub offers rotational posts.",
                        "Director of Primary Care and Community Services"],
                       ["Telephony suppliers cannot install systems before winter.",
                        "Contracts include installation dates and service credits.",
                        "Chief Digital Officer"],
                   ]}),
        ("h", 1, "Next steps"),
        ("list", "1.", 10, [
            "If the Board approves the plan, practices and PCNs will be told of their allocations in February 2026.",
            "Progress will be reported to the Board in the primary care section of the integrated performance report.",
        ]),
        ("break",),
        ("h", 1, "Appendix 1: Year 2 delivery plan on a page"),
        ("table", {"cols": [1.2, 8.0, 4.6, 3.2], "header": ["Ref", "What we will do", "Lead", "By when"],
                   "header_fill": "1F3864", "font": 9.5,
                   "rows": [[r, t, lead, by] for r, t, lead, by, *_ in plan]}),
        ("p", "Contact: Head of Primary Care Transformation, Dunmere and Askew ICB – primarycare@dunmereaskew-icb.example "
              "– 01632 960 815"),
    ]
    actions = [action(r, t, owners, by, due, None) for r, t, lead, by, owners, due in plan]
    recs = [recommendation(None, rec, verb="APPROVE", addressee="Board")]
    return {
        "name": "dunmere-icb-board-primary-care-access-paper",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-01-16", "doc_title": "Primary Care Access Recovery Plan – Year 2 Delivery",
                 "author": "Dunmere and Askew ICB", "font": "Segoe UI", "size": 10, "title_color": "005EB8",
                 "plain_headings": True,
                 "header": "Dunmere and Askew ICB Board – 27 January 2026 – Item 9.2",
                 "footer": "Primary Care Access Recovery Plan – Year 2 Delivery"},
        "blocks": blocks,
        "gold": dict(genre="ICB board paper with an NHS cover sheet (tick-box \"The Board is asked to:\" row and a "
                           "Recommendation row) and an appendix plan on a page", kind="committee-report",
                     title="Primary Care Access Recovery Plan – Year 2 Delivery", authority=ICB, date="2026-01-27",
                     meeting="ICB Board", actions=actions, recommendations=recs),
        "layout": "DOCX, Segoe UI (not on the build machine; Word substitutes), italic running header and footer; a logo "
                  "text line and a bold ICB line; bordered cover-sheet table with blue-shaded labels (Meeting / Date / "
                  "Agenda item / Paper title / Executive sponsor / Author / \"The Board is asked to:\" with ☒ Approve "
                  "☐ Note ☐ Discuss ☐ Assurance / Recommendation / Previously considered by / Strategic objectives "
                  "with ☒/☐ boxes / Conflicts of interest / Impact assessments); the title after the cover table; bold "
                  "non-style headings with Word-numbered paragraphs 1–11 running on across them; a \"The Primary Care "
                  "Commissioning Committee recommended that the Board approve …\" paragraph (not an item); a Risk | "
                  "Mitigation in place | Risk owner table (not actions); after a page break an appendix table Ref | "
                  "What we will do | Lead | By when with a dark header, refs A1–A5, lead cells split by \" / \" and "
                  "\",\" plus line break, by-when cells \"30 September 2026\", \"Q1 2026/27\", \"March 2027\", "
                  "\"Q2 2026/27\", \"Quarterly from April 2026\".",
    }


# ---------------------------------------------------------------------------
# D5. Pharmaceutical needs assessment summary (pandoc → LibreOffice PDF): "We recommend that …"
#     sentences, five pandoc-numbered under "Recommendations for commissioners" with an italic
#     "Action for:" continuation paragraph, two unnumbered under "Good practice for pharmacy
#     contractors"; conclusions bullets, a figures table, a "The 2022 assessment recommended …"
#     sentence (not an item).
# ---------------------------------------------------------------------------


def pharmaceutical_needs_summary():
    numbered = [
        ("We recommend that the ICB commissions a rota of pharmacies open until 10pm on weekdays in the Askew Valley "
         "locality, where no pharmacy is open after 7pm.",
         "COMMISSIONS", "ICB", "Dunmere and Askew ICB (Pharmacy Contracting Team)",
         ["Dunmere and Askew ICB (Pharmacy Contracting Team)"]),
        ("We recommend that Brindlecombe County Council extends the community pharmacy sexual health service to all "
         "eleven pharmacies in Dunmere town centre.",
         "EXTENDS", "Brindlecombe County Council", "Brindlecombe County Council Public Health (Sexual Health "
                                                   "Commissioner)",
         ["Brindlecombe County Council Public Health (Sexual Health Commissioner)"]),
        ("We recommend that the ICB monitors unplanned pharmacy closures every month and acts on any pharmacy closed "
         "for more than 20 hours in a quarter.",
         "MONITORS", "ICB", "Dunmere and Askew ICB; Community Pharmacy Brindlecombe (the Local Pharmaceutical "
                            "Committee)",
         ["Dunmere and Askew ICB", "Community Pharmacy Brindlecombe (the Local Pharmaceutical Committee)"]),
        ("We recommend that commissioners make the Pharmacy First service known to residents through GP practices, "
         "NHS 111 and the Council’s own channels.",
         "MAKE", "commissioners", "Dunmere and Askew ICB / Brindlecombe County Council Communications Team",
         ["Dunmere and Askew ICB", "Brindlecombe County Council Communications Team"]),
        ("We recommend that the Health and Wellbeing Board publishes a supplementary statement within three months of "
         "any pharmacy closure in a rural locality.",
         "PUBLISHES", "Health and Wellbeing Board", "PNA Steering Group", ["PNA Steering Group"]),
    ]
    unnumbered = [
        ("We recommend that pharmacies publish their opening hours, including lunchtime closures, on the NHS website "
         "and keep them up to date.",
         "PUBLISH", "pharmacies", "Community pharmacy contractors", ["Community pharmacy contractors"]),
        ("We recommend that pharmacies offer a consultation room that a wheelchair user can enter, or a private "
         "alternative where the building does not allow one.",
         "OFFER", "pharmacies", "Community pharmacy contractors, with support from Community Pharmacy Brindlecombe",
         ["Community pharmacy contractors", "Community Pharmacy Brindlecombe"]),
    ]
    theme_1 = "Recommendations for commissioners"
    theme_2 = "Good practice for pharmacy contractors"
    md = [
        "Brindlecombe Health and Wellbeing Board",
        "",
        "# Pharmaceutical Needs Assessment 2025–2028: Summary",
        "",
        "*Published 1 October 2025. Produced by Brindlecombe County Council Public Health on behalf of the Health and "
        "Wellbeing Board.*",
        "",
        "## 1. What a pharmaceutical needs assessment is",
        "",
        "Every health and wellbeing board must publish a pharmaceutical needs assessment (PNA) every three years. It "
        "describes the pharmacy services people need and whether there are enough pharmacies in the right places. "
        "Dunmere and Askew Integrated Care Board uses it when it decides applications to open, move or merge a "
        "pharmacy. This is a summary of the full assessment, which is available on the Council’s website.",
        "",
        "## 2. Pharmacies in Brindlecombe",
        "",
        "| Locality | Population | Pharmacies | Per 100,000 people | Open after 7pm on weekdays |",
        "|:----------------|---------:|---------:|---------:|---------:|",
        "| Dunmere | 186,400 | 41 | 22.0 | 6 |",
        "| Askew Valley | 92,100 | 17 | 18.5 | 0 |",
        "| Brindlecombe Rural | 121,800 | 24 | 19.7 | 2 |",
        "| **County** | **400,300** | **82** | **20.5** | **8** |",
        "",
        "The England average is 18.9 pharmacies per 100,000 people. Four pharmacies closed and one opened between "
        "2022 and 2025.",
        "",
        "## 3. Our conclusions",
        "",
        "- There are no gaps in the provision of necessary services during normal working hours in any locality.",
        "- There is a gap in access to pharmacies on weekday evenings in the Askew Valley.",
        "- Most residents (96%) live within a 20-minute drive of a pharmacy; 78% live within a 20-minute walk.",
        "- Unplanned closures, mostly caused by a lack of pharmacists, rose from 140 hours in 2023 to 610 hours in "
        "2024.",
        "",
        "The 2022 assessment recommended that a pharmacy in Askew open on Sundays. This was achieved in 2023.",
        "",
        "## 4. Recommendations",
        "",
        "We make seven recommendations. The first five are for the bodies that commission pharmacy services and are "
        "numbered so that the Health and Wellbeing Board can track them. The last two are matters of good practice "
        "for pharmacy contractors.",
        "",
        f"### {theme_1}",
        "",
    ]
    recs = []
    for i, (text, verb, addressee, for_line, owners) in enumerate(numbered, 1):
        md += [f"{i}. {text}", "", f"    *Action for:* {for_line}", ""]
        recs.append(recommendation(str(i), text, verb=verb, addressee=addressee, theme=theme_1, owners=owners))
    md += [f"### {theme_2}", ""]
    for text, verb, addressee, for_line, owners in unnumbered:
        md += [text, "", f"*Action for:* {for_line}", ""]
        recs.append(recommendation(None, text, verb=verb, addressee=addressee, theme=theme_2, owners=owners))
    md += [
        "## 5. What happens next",
        "",
        "- The Health and Wellbeing Board will receive a progress report on the numbered recommendations in a year.",
        "- The PNA Steering Group will keep a register of changes to pharmacy opening hours.",
        "- The next full assessment is due by 1 October 2028.",
        "",
        "## Contact",
        "",
        "Public Health Intelligence, Brindlecombe County Council, County Hall, Brindlecombe BR1 1CC. E-mail: "
        "pna@brindlecombe.example. Telephone: 01632 960 762.",
        "",
    ]
    return {
        "name": "brindlecombe-pharmaceutical-needs-assessment-summary",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2025-10-01"},
        "markdown": "\n".join(md),
        "gold": dict(genre="pharmaceutical needs assessment summary (\"We recommend that …\" sentences, numbered and "
                           "unnumbered, with \"Action for:\" lines)", kind="needs-assessment",
                     title="Pharmaceutical Needs Assessment 2025–2028: Summary", authority=BCC, date="2025-10-01",
                     meeting=None, recommendations=recs),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles; the board's name as a plain line above "
                  "the title; an italic published line; a right-aligned figures table with a bold total row and "
                  "conclusions bullets (not items); a \"The 2022 assessment recommended that …\" sentence (not an "
                  "item); under \"4. Recommendations\" a Heading 3 \"Recommendations for commissioners\" with a "
                  "pandoc-numbered 1.–5. list of \"We recommend that X Vs …\" sentences, each with an indented italic "
                  "\"Action for:\" paragraph inside the list item, and a Heading 3 \"Good practice for pharmacy "
                  "contractors\" with two unnumbered \"We recommend that pharmacies V …\" paragraphs and their "
                  "\"Action for:\" lines; owners split by \";\", \" / \" and \", with support from\"; \"What happens "
                  "next\" bullets (not items); contact line.",
    }


# ---------------------------------------------------------------------------
# D6. VCS community grants programme progress report (PDF via LibreOffice, DejaVu Sans):
#     report-to lines, a boxed "For information" summary, a funded-projects table with
#     locality rows merged across and figures only, learning bullets with a "Grant holders
#     recommended that …" sentence, a finance table, a Word-numbered "Next steps" list with
#     dates but no owners. Nothing to find.
# ---------------------------------------------------------------------------


def grants_progress_report():
    loc = lambda text: {"text": text, "span": 6, "fill": "E2EFD9", "bold": True}  # noqa: E731
    blocks = [
        ("p", "**Askew Valley Community Action**   |   the voluntary and community sector infrastructure body for "
              "Dunmere and Askew"),
        ("table", {"cols": [4.5, 12.5], "borders": False, "font": 9.5, "rows": [
            ["**Report to:**", "Population Health and Inequalities Committee, Dunmere and Askew Integrated Care Board"],
            ["**Date of meeting:**", "16 October 2025"],
            ["**Report from:**", "Grants Manager, Askew Valley Community Action"],
            ["**Sponsor:**", "Director of Population Health, Dunmere and Askew ICB"],
        ]}),
        ("title", "Tackling Health Inequalities Community Grants: Progress Report"),
        ("p", "Round 2 (awards made in 2024/25) – position at 30 September 2025"),
        ("box", [
            ("p", "**Summary**"),
            ("p", "Twelve community projects received £298,400 in Round 2. They have reached 4,870 people, 71% of them "
                  "living in the most deprived fifth of neighbourhoods. This report is for information; no decision is "
                  "needed from the Committee."),
        ]),
        ("p", "**1. About the programme**"),
        ("p", "The ICB set aside £900,000 of its health inequalities funding for small grants to voluntary and community "
              "groups over three rounds. Askew Valley Community Action (AVCA) runs the programme for the ICB. Grants of "
              "up to £30,000 are awarded for 12 months to projects that help people in the Core20PLUS5 groups to stay "
              "well."),
        ("p", "**2. Funded projects**"),
        ("table", {"cols": [4.6, 3.8, 1.8, 1.8, 3.4, 1.6],
                   "header": ["Project", "Organisation", "Grant (£)", "People reached", "Outcome measure", "Result"],
                   "header_fill": "A8D08D", "font": 8.5, "rows": [
                       [loc("Dunmere"), "<", "<", "<", "<", "<"],
                       ["Healthy Hearts walking groups", "Dunmere Ramblers Together", "24,600", "612",
                        "Walkers still active at 6 months", "68%"],
                       ["Men’s Shed health checks", "St Aidan’s Men’s Shed", "18,900", "231",
                        "Blood pressure checks completed", "204"],
                       ["Family food club", "Northgate Community Pantry", "29,800", "840",
                        "Families reporting healthier meals", "74%"],
                       ["Sign-language health sessions", "Deaf Connect Dunmere", "21,300", "186",
                        "Sessions delivered", "48"],
                       [loc("Askew Valley"), "<", "<", "<", "<", "<"],
                       ["Warm and well visits", "Askew Good Neighbours", "30,000", "702",
                        "Homes given energy advice", "455"],
                       ["Young carers wellbeing days", "Askew Young Carers", "16,500", "134",
                        "Young carers reporting better wellbeing", "81%"],
                       ["Peer support for new mums", "Mothers Together Askew", "27,200", "298",
                        "Mums referred on to health visitors", "57"],
                       [loc("Brindlecombe Rural"), "<", "<", "<", "<", "<"],
                       ["Village digital health cafés", "Rural Links CIC", "25,400", "520",
                        "People helped to use the NHS App", "417"],
                       ["Farm workers’ health outreach", "Brindlecombe Farming Network", "28,700", "389",
                        "Health checks completed", "302"],
                       ["Gypsy and Traveller health advocacy", "Roads Together", "22,100", "161",
                        "People registered with a GP", "43"],
                       ["Community transport to screening", "Moorside Community Bus", "26,300", "427",
                        "Screening appointments attended", "389"],
                       ["Dementia-friendly swimming", "Brindle Valley Swim Club", "27,600", "370",
                        "Carers reporting less isolation", "66%"],
                   ]}),
        ("p", "**3. Overall results**"),
        ("list", "bullet", 1, [
            "4,870 people reached against a target of 4,000.",
            "71% of participants live in the most deprived fifth of neighbourhoods (target 60%).",
            "895 people had a health check or screening appointment through a funded project.",
        ]),
        ("p", "**4. What we learned**"),
        ("list", "bullet", 1, [
            "Projects that worked with a named GP practice or PCN found it much easier to refer people on.",
            "Three projects said that a 12-month grant was too short to recruit and train volunteers.",
            "Grant holders recommended that future rounds fund core costs as well as project costs.",
        ]),
        ("p", "**5. Finance**"),
        ("table", {"cols": [5.0, 3.0, 3.0, 3.0], "header": ["Round", "Awarded (£)", "Paid to date (£)", "Remaining (£)"],
                   "header_fill": "A8D08D", "font": 9.5, "rows": [
                       ["Round 1 (2023/24)", "301,200", "301,200", "0"],
                       ["Round 2 (2024/25)", "298,400", "238,700", "59,700"],
                       [{"text": "Total", "bold": True}, {"text": "599,600", "bold": True},
                        {"text": "539,900", "bold": True}, {"text": "59,700", "bold": True}],
                   ]}),
        ("p", "The final Round 2 payments are made when each project’s end-of-grant report is received."),
        ("p", "**6. Next steps**"),
        ("list", "1.", 1, [
            "Open Round 3 for applications in February 2026.",
            "Hold a learning event for Round 1 and Round 2 grant holders in March 2026.",
            "Publish an independent evaluation of the first two rounds in the summer.",
            "Simplify the application form for groups with an income under £10,000.",
        ]),
        ("p", "**Contact:** Grants Team, Askew Valley Community Action, The Exchange, 4 Mill Lane, Askew AS3 2PL – "
              "grants@avca.example – 01632 960 552"),
    ]
    return {
        "name": "dunmere-health-inequalities-grants-progress-report",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2025-10-06", "doc_title": "Tackling Health Inequalities Community Grants – Progress Report",
                 "author": "Askew Valley Community Action", "font": "DejaVu Sans", "size": 9.5,
                 "title_size": 16, "title_color": "385623", "box_width": 17,
                 "footer": "AVCA – Tackling Health Inequalities Community Grants – Round 2 progress – October 2025"},
        "blocks": blocks,
        "gold": dict(genre="voluntary-sector community grants programme progress report (nothing to extract)",
                     kind="programme-report",
                     title="Tackling Health Inequalities Community Grants: Progress Report", authority=ICB,
                     date="2025-10-16", meeting="Population Health and Inequalities Committee"),
        "layout": "PDF (python-docx → LibreOffice), DejaVu Sans 9.5 pt, page footer; a bold VCS-body line; borderless "
                  "report-to lines (Report to / Date of meeting / Report from / Sponsor) before the title; a boxed "
                  "summary saying the report is for information and needs no decision; bold numbered (typed, "
                  "non-style) headings; a green-headed funded-projects table Project | Organisation | Grant (£) | "
                  "People reached | Outcome measure | Result with locality rows merged across six columns and "
                  "figures only; results and learning bullets, one \"Grant holders recommended that …\" (not an "
                  "item); a finance table with a bold total row; a Word-numbered \"6. Next steps\" list of four "
                  "imperatives, two with dates, none with an owner; contact line. Nothing to find.",
    }


PAPERS = [childrens_improvement_plan, send_progress_plan, safeguarding_minutes, icb_board_paper,
          pharmaceutical_needs_summary, grants_progress_report]
