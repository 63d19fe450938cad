"""Papers of the third batch, part B: six made-up health, partnership and voluntary-sector
papers from Marrowfield County Council, Pellbridge and Crane Integrated Care Board and the
bodies around them (Marrowfield Community Safety Partnership, Voluntary Action Marrowfield,
Healthwatch Marrowfield, Pellbridge and Crane Hospitals NHS Trust). Everything is invented:
people are given by role or initials, e-mail addresses use `.example` and telephone numbers
the 01632 960xxx range.

They were written blind: by someone who had not read the pipeline's code, tests or output,
using only the corpus READMEs and the build scripts. Each paper names its own split. Gold
values are written by hand beside the words they label; see WIDER_B.md for the decisions
taken where the rules left room.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf"
(HTML → Chromium), "pandoc-docx" and "pandoc-lo-pdf" (Markdown → pandoc DOCX [→ LibreOffice]).
"""

from gold import action, recommendation
from papers_fresh import grid_table

MCC = "Marrowfield County Council"
ICB = "Pellbridge and Crane Integrated Care Board"


# ---------------------------------------------------------------------------
# B1. Community safety partnership delivery plan (DOCX, landscape): No. | Action | Lead
#     agency | Partners | Target date | RAG | Progress. The RAG cell is EMPTY and shaded
#     only; a key of coloured boxes gives each colour a meaning (some of them statuses).
#     Numbering by priority P1.1 … with P1.3 removed; a document-control table.
# ---------------------------------------------------------------------------

CSP_BLUE, CSP_GREEN, CSP_AMBER, CSP_RED, CSP_GREY = "2E75B6", "00B050", "FFC000", "FF0000", "A6A6A6"


def csp_plan():
    # RAG colour → status, as the key printed above the table defines it (see WIDER_B.md):
    # blue "Complete" → completed; green / amber "In progress …" → ongoing; red "Off track …"
    # says nothing about whether work has started → null; unshaded "Not yet started" →
    # not-started; grey "Closed – replaced by other work" → superseded.
    status_of = {CSP_BLUE: "completed", CSP_GREEN: "ongoing", CSP_AMBER: "ongoing", CSP_RED: None,
                 None: "not-started", CSP_GREY: "superseded"}
    priorities = [
        ("Priority 1 – Serious violence and knife crime", [
            ("P1.1", "Refresh the Serious Violence Duty strategic needs assessment and publish a local response strategy.",
             "Community Safety Team (MCC)", "Marrowfield Police; Youth Justice Service; Pellbridge and Crane ICB",
             "31/03/26", CSP_GREEN, "Data collection finished in October. Draft strategy to the Strategy Group in February 2026.",
             ["Community Safety Team (MCC)"], "2026-03-31"),
            ("P1.2", "Deliver knife crime education sessions in every secondary school in the county.",
             "Youth Justice Service /\nMarrowfield Police Schools Team", "Secondary schools; Marrowfield Youth Alliance",
             "Summer 2026", CSP_AMBER, "22 of 31 schools booked. Two academy trusts have not yet replied; the CSP Manager has written to both.",
             ["Youth Justice Service", "Marrowfield Police Schools Team"], "2026-08"),
            ("P1.4", "Install knife surrender bins at four more sites agreed with local members.",
             "Marrowfield Police", "MCC Highways, parish councils",
             "Mar-26", CSP_BLUE, "All four bins in place by 14 November 2025; 61 weapons surrendered in the first month.",
             ["Marrowfield Police"], "2026-03"),
        ]),
        ("Priority 2 – Domestic abuse and violence against women and girls", [
            ("P2.1", "Commission an independent domestic violence advisor (IDVA) service for the Crane Valley, including a health-based IDVA at Pellbridge General Hospital.",
             "MCC Commissioning, Pellbridge and Crane ICB", "Marrowfield Women’s Aid",
             "Q3 2025-26", CSP_BLUE, "Contract awarded; service started on 1 October 2025.",
             ["MCC Commissioning", "Pellbridge and Crane ICB"], "2025-12"),
            ("P2.2", "Launch a ‘Safe Spaces’ scheme with pharmacies and licensed premises in the night-time economy.",
             "Licensing Team\nMarrowfield Business Improvement District", "Marrowfield Police",
             "From Jan 2026", None, "Scheme design agreed; launch planned for January 2026.",
             ["Licensing Team", "Marrowfield Business Improvement District"], "2026-01"),
            ("P2.3", "Train 200 frontline staff across the partnership to recognise coercive and controlling behaviour.",
             "Domestic Abuse Partnership Coordinator", "All partners",
             "Ongoing", CSP_GREEN, "134 staff trained so far, including 40 GP practice staff.",
             ["Domestic Abuse Partnership Coordinator"], None),
        ]),
        ("Priority 3 – Anti-social behaviour and neighbourhood confidence", [
            ("P3.1", "Agree one ASB case review (Community Trigger) procedure for all partners and publish it on each partner’s website.",
             "ASB Coordinator; Marrowfield Homes", "Marrowfield Police",
             "Sept 2026", CSP_RED, "Work stalled while Marrowfield Homes restructures its tenancy team. Escalated to the Strategy Group in November.",
             ["ASB Coordinator", "Marrowfield Homes"], "2026-09"),
            ("P3.2", "Set up a youth diversion project at Pellbridge skate park on Friday evenings.",
             "Youth Services", "",
             "", CSP_GREY, "Replaced by the Youth Alliance’s year-round detached youth work (see P1.2).",
             ["Youth Services"], None),
            ("P3.3", "Run a residents’ confidence survey and report the results to the Police and Crime Panel.",
             "Office of the Police and Crime Commissioner", "Community Safety Team (MCC)",
             "End Q4", CSP_GREEN, "Survey closed 30 November with 2,412 responses; analysis under way.",
             ["Office of the Police and Crime Commissioner"], "2026-03"),
        ]),
    ]
    rows, actions = [], []
    for priority, items in priorities:
        rows.append([{"text": priority, "span": 7, "fill": "E4DFEC", "bold": True}] + ["<"] * 6)
        for ref, text, lead, partners, target, fill, progress, owners, due in items:
            rows.append([{"text": ref, "bold": True}, text, lead, partners, target,
                         {"text": "", "fill": fill} if fill else "", progress])
            actions.append(action(ref, text, owners, target or None, due, status_of[fill]))
    key_rows = [
        [{"text": "", "fill": CSP_BLUE}, "Complete"],
        [{"text": "", "fill": CSP_GREEN}, "In progress – on track"],
        [{"text": "", "fill": CSP_AMBER}, "In progress – some slippage, recovery plan in place"],
        [{"text": "", "fill": CSP_RED}, "Off track – significant risk that the action will not be delivered"],
        ["", "Not yet started"],
        [{"text": "", "fill": CSP_GREY}, "Closed – replaced by other work"],
    ]
    blocks = [
        ("p", "[Marrowfield Community Safety Partnership logo]   Safer Marrowfield – working together"),
        ("title", "Safer Marrowfield Delivery Plan 2025/26"),
        ("p", "Year 1 of the Community Safety Partnership Plan 2025–2028"),
        ("table", {"cols": [5.0, 9.0], "borders": True, "rows": [
            [{"text": "Version", "bold": True, "fill": "F2F2F2"}, "1.3"],
            [{"text": "Date", "bold": True, "fill": "F2F2F2"}, "December 2025"],
            [{"text": "Owner", "bold": True, "fill": "F2F2F2"}, "Community Safety Partnership Manager"],
            [{"text": "Approved by", "bold": True, "fill": "F2F2F2"}, "Marrowfield CSP Strategy Group"],
            [{"text": "Next review", "bold": True, "fill": "F2F2F2"}, "March 2026"],
        ]}),
        ("h", 1, "About this plan"),
        ("p", "Marrowfield Community Safety Partnership brings together Marrowfield County Council, Marrowfield Police, "
              "Marrowfield Fire and Rescue Service, the Probation Service, Pellbridge and Crane Integrated Care Board and "
              "the Office of the Police and Crime Commissioner. The Partnership Plan 2025–2028 has three priorities:"),
        ("list", "1.", 1, [
            "Serious violence and knife crime",
            "Domestic abuse and violence against women and girls",
            "Anti-social behaviour and neighbourhood confidence",
        ]),
        ("p", "This delivery plan lists what partners will do in 2025/26. The lead agency is accountable for each action; "
              "partners contribute. Progress is updated every quarter by the CSP Manager. This version shows the position "
              "at 30 November 2025."),
        ("h", 2, "RAG key"),
        ("table", {"cols": [1.4, 11.0], "borders": True, "rows": key_rows}),
        ("h", 1, "Delivery plan"),
        ("table", {"cols": [1.3, 7.0, 3.6, 3.6, 2.2, 1.4, 6.6],
                   "header": ["No.", "Action", "Lead agency", "Partners", "Target date", "RAG", "Progress"],
                   "header_fill": "B1A0C7", "rows": rows, "font": 9}),
        ("p", "P1.3 (joint weapons sweeps in parks) was moved to Marrowfield Police’s neighbourhood policing plan at "
              "version 1.2 and is no longer reported here."),
        ("h", 2, "Contact"),
        ("p", "Community Safety Partnership Manager, Marrowfield County Council, County Hall, Marrowfield MF1 1AA"),
        ("p", "csp@marrowfield.example   |   01632 960 118"),
    ]
    return {
        "name": "marrowfield-community-safety-delivery-plan",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2025-12-04", "doc_title": "Safer Marrowfield Delivery Plan 2025/26",
                 "author": "Marrowfield CSP", "landscape": True, "font": "Calibri", "size": 10.5,
                 "title_color": "5F497A", "box_width": 25, "header": "OFFICIAL",
                 "footer": "Safer Marrowfield Delivery Plan 2025/26 – version 1.3 – OFFICIAL"},
        "blocks": blocks,
        "gold": dict(genre="community safety partnership delivery plan (No. | Action | Lead agency | Partners | "
                           "Target date | RAG | Progress) with RAG as cell shading only", kind="action-plan",
                     title="Safer Marrowfield Delivery Plan 2025/26", authority=MCC, date="2025-12",
                     meeting=None, actions=actions),
        "layout": "DOCX, landscape, Calibri; \"OFFICIAL\" page header and a footer; a text line in place of the logo; "
                  "a shaded-label document-control table (Version / Date / Owner / Approved by / Next review); a "
                  "Word-numbered list of the three priorities (not items); a RAG key of six coloured boxes (one "
                  "unshaded) with meanings, only some of them statuses; one table No. | Action | "
                  "Lead agency | Partners | Target date | RAG | Progress with priority rows merged across seven "
                  "columns, refs P1.1, P1.2, P1.4, P2.1–P2.3, P3.1–P3.3 (P1.3 moved out, with a note), RAG cells "
                  "empty and shaded only; lead cells split by \"/\" plus line break, a line break, \",\" and \";\"; "
                  "a Partners column (not owners) and one empty Partners cell; target dates \"31/03/26\", \"Summer "
                  "2026\", \"Mar-26\", \"Q3 2025-26\", \"From Jan 2026\", \"Ongoing\", \"Sept 2026\", \"End Q4\" "
                  "and one empty.",
    }


# ---------------------------------------------------------------------------
# B2. JSNA chapter (pandoc → LibreOffice PDF): key findings (a pandoc-numbered list, not
#     items), data tables, quotes; recommendations "R1." … "R9." typed in bold at the start of
#     paragraphs under "Recommendations for commissioners / for primary care / for Marrowfield
#     County Council" (R8 merged into R2); "… should …" sentences and imperatives.
# ---------------------------------------------------------------------------


def jsna_chapter():
    groups = [
        ("Recommendations for commissioners", ["commissioners"], [
            ("R1", "Commissioners should fund the NHS Health Check outreach programme in the ten most deprived neighbourhoods for a further three years.",
             "FUND", "Commissioners"),
            ("R2", "Commissioners should make blood pressure checks available in every community pharmacy, including in the evenings and at weekends.",
             "MAKE", "Commissioners"),
            ("R3", "Jointly commission a digital weight management service that keeps a face-to-face option for people who are not online.",
             "COMMISSION", None),
        ]),
        ("Recommendations for primary care", ["primary care"], [
            ("R4", "Practices should use the CVDPREVENT audit tool to find patients with high blood pressure who are not being treated.",
             "USE", "Practices"),
            ("R5", "Primary Care Networks should run a lipid clinic at least once a month, with clinical pharmacists prescribing.",
             "RUN", "Primary Care Networks"),
            ("R6", "People with a severe mental illness should be offered a full cardiovascular risk check every year.",
             None, None),
        ]),
        ("Recommendations for Marrowfield County Council", ["Marrowfield County Council"], [
            ("R7", "Extend ‘Marrowfield Moves’ to the four districts it does not yet cover, working with Voluntary Action Marrowfield.",
             "EXTEND", None),
            ("R9", "The Council should adopt a healthy food standard for all catering contracts it lets from April 2026.",
             "ADOPT", "Council"),
        ]),
    ]
    md = [
        "MARROWFIELD JOINT STRATEGIC NEEDS ASSESSMENT",
        "",
        "# Chapter 6: Cardiovascular Disease",
        "",
        "| | |",
        "|:--------------------|:---------------------------------------------|",
        "| Chapter lead | Consultant in Public Health (Healthcare Public Health) |",
        "| Published | October 2025 |",
        "| Next review | October 2027 |",
        "| Produced for | Marrowfield Health and Wellbeing Board, with Pellbridge and Crane Integrated Care Board |",
        "",
        "## 1. Introduction",
        "",
        "This chapter of the Joint Strategic Needs Assessment (JSNA) describes cardiovascular disease (CVD) in "
        "Marrowfield: heart disease, stroke and the conditions that lead to them, such as high blood pressure and "
        "high cholesterol. It was written by Marrowfield County Council’s Public Health Intelligence Team with "
        "clinicians from Pellbridge and Crane Integrated Care Board.",
        "",
        "## 2. Key findings",
        "",
        "1. CVD causes one in four deaths in Marrowfield and is the largest single cause of the gap in life "
        "expectancy between the most and least deprived areas.",
        "2. An estimated 31,000 adults have high blood pressure that has not been diagnosed.",
        "3. Only 58% of people with diagnosed high blood pressure are treated to target, against 65% in England.",
        "4. Uptake of the NHS Health Check fell to 34% in 2024/25 and is lowest in the Crane Valley.",
        "5. People with a severe mental illness die of CVD on average 15 years earlier than the rest of the "
        "population.",
        "",
        "## 3. The numbers",
        "",
        "Table 1: Prevalence of CVD risk factors, 2024/25",
        "",
        "| Measure | Marrowfield | England |",
        "|:---------------------------------------|:-------------|:-----------|",
        "| Hypertension (recorded, all ages) | 15.1% | 14.8% |",
        "| Coronary heart disease | 3.4% | 3.0% |",
        "| Stroke and transient ischaemic attack | 2.1% | 1.9% |",
        "| Adults who smoke | 13.2% | 11.6% |",
        "",
        "Table 2: NHS Health Check, 2022/23 to 2024/25",
        "",
        "| Year | Invited | Received | Uptake |",
        "|:----------|:--------|:---------|:-------|",
        "| 2022/23 | 21,460 | 8,155 | 38% |",
        "| 2023/24 | 22,010 | 7,925 | 36% |",
        "| 2024/25 | 22,380 | 7,610 | 34% |",
        "",
        "NICE recommends that adults aged 40 to 74 are offered an NHS Health Check every five years. Marrowfield "
        "invites about a fifth of the eligible population each year.",
        "",
        "## 4. What residents told us",
        "",
        "We held six focus groups with 52 residents, three of them with the Crane Valley Black and Minority Ethnic "
        "Forum.",
        "",
        "> “I only found out my blood pressure was high when I went to the chemist for something else.”",
        "",
        "> “The health check letter looked like a bill, so I put it in the drawer.”",
        "",
        "## 5. Recommendations",
        "",
        "The recommendations below were agreed by the Health and Wellbeing Board Steering Group on 16 September "
        "2025. They are numbered R1 to R9 across the chapter so that progress can be tracked; R8 was merged into R2 "
        "during consultation.",
        "",
    ]
    recs = []
    for heading, owners, items in groups:
        md += [f"### {heading}", ""]
        for number, text, verb, addressee in items:
            md += [f"**{number}.** {text}", ""]
            recs.append(recommendation(number, text, verb=verb, addressee=addressee, theme=heading, owners=owners))
    md += [
        "## 6. What is already in place",
        "",
        "| Service | Provider | Coverage |",
        "|:---------------------------------|:---------------------------------|:---------------------|",
        "| NHS Health Check | GP practices | All 62 practices |",
        "| Community blood pressure checks | Community pharmacies | 71 of 104 pharmacies |",
        "| Cardiac rehabilitation | Pellbridge and Crane Hospitals NHS Trust | Two sites |",
        "",
        "## 7. Related chapters",
        "",
        "- Chapter 3: Tobacco and smoking",
        "- Chapter 5: Healthy weight",
        "- Chapter 9: Mental health and wellbeing",
        "",
        "## Contact",
        "",
        "Public Health Intelligence Team, Marrowfield County Council, County Hall, Marrowfield MF1 1AA. "
        "E-mail: jsna@marrowfield.example. Telephone: 01632 960 214.",
        "",
        "## Appendix A: Data sources",
        "",
        "1. Quality and Outcomes Framework (QOF), 2024/25.",
        "2. Office for Health Improvement and Disparities, cardiovascular disease profile.",
        "3. Local NHS Health Check returns, 2022/23 to 2024/25.",
        "",
    ]
    return {
        "name": "marrowfield-jsna-cardiovascular-disease-chapter",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2025-10-06"},
        "markdown": "\n".join(md),
        "gold": dict(genre="JSNA chapter with R-numbered recommendations grouped by audience", kind="needs-assessment",
                     title="Chapter 6: Cardiovascular Disease", authority=MCC, date="2025-10", meeting=None,
                     recommendations=recs),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles; a capitals line above the title; a "
                  "headerless details table (Chapter lead / Published / Next review / Produced for); key findings "
                  "as a pandoc-numbered 1.–5. list and two figures tables (not items); block-quoted resident "
                  "quotes; under \"5. Recommendations\" three Heading 3 groups \"Recommendations for commissioners\" "
                  "/ \"… for primary care\" / \"… for Marrowfield County Council\" with typed bold \"R1.\" … \"R9.\" "
                  "paragraphs numbered on across them (R8 merged into R2); four \"X should V …\" sentences, one "
                  "passive, three imperatives (one opening with an adverb, \"Jointly commission …\"), one with a "
                  "date in its own words; a \"NICE recommends that …\" body sentence, a services table, related-"
                  "chapter bullets and a numbered data-sources appendix (not items).",
    }


# ---------------------------------------------------------------------------
# B3. Voluntary and community sector Compact action plan (PDF via Chromium, landscape):
#     What we will do | Who | By when | How we will know; refs typed in bold inside the first
#     cell; commitment rows merged across; the status word is the last line of the "How we
#     will know" cell ("✓ Done", "Under way", "Not started", "Paused", "Dropped").
# ---------------------------------------------------------------------------


def compact_plan():
    status_of = {"✓ Done": "completed", "Under way": "ongoing", "Not started": "not-started",
                 "Paused": "deferred", "Dropped": "superseded"}
    commitments = [
        ("Commitment 1: Fair funding and commissioning", [
            ("1.1", "Publish a single calendar of grant and contract opportunities from the Council and the ICB, updated every month.",
             "MCC Commissioning /\nICB Contracts Team", "Within 6 months",
             "Calendar live on the VAM website; number of opportunities listed each quarter.", "✓ Done",
             ["MCC Commissioning", "ICB Contracts Team"], "2026-03"),
            ("1.2", "Give VCS organisations at least 12 weeks’ notice of any change to grant funding, as the Compact funding code requires.",
             "All Compact partners", "Ongoing",
             "No complaints about short notice reach the Compact Steering Group.", "Under way",
             ["All Compact partners"], None),
            ("1.3", "Move grants of under £50,000 onto three-year agreements where the funding allows.",
             "MCC Head of Commissioning\nICB Head of Partnerships", "Q1 26/27",
             "Share of small grants on multi-year agreements, reported each year.", "Not started",
             ["MCC Head of Commissioning", "ICB Head of Partnerships"], "2026-06"),
        ]),
        ("Commitment 2: Involvement in decisions", [
            ("2.1", "Involve VCS representatives in designing consultations, not only in responding to them.",
             "Policy and Engagement Team (MCC); VAM Policy Officer", "Spring 2026",
             "VCS members sit on the design group for every major consultation.", "Under way",
             ["Policy and Engagement Team (MCC)", "VAM Policy Officer"], "2026-05"),
            ("2.2", "Hold a Compact conference for all partners.",
             "Voluntary Action Marrowfield", "Every year",
             "Conference held; at least 80 organisations attend.", "✓ Done",
             ["Voluntary Action Marrowfield"], None),
        ]),
        ("Commitment 3: Volunteering and the workforce", [
            ("3.1", "Set up a shared volunteer passport so that DBS checks and training can be carried from one organisation to another.",
             "VAM Volunteering Lead, ICB People Directorate", "Year 2",
             "Passport in use by 20 organisations.", "Paused",
             ["VAM Volunteering Lead", "ICB People Directorate"], "2027-09"),
            ("3.2", "Open the Council’s staff training courses to VCS staff and volunteers free of charge.",
             "MCC Learning and Development", "Autumn 2026",
             "Number of VCS places taken up.", "Dropped",
             ["MCC Learning and Development"], "2026-11"),
            ("3.3", "Launch a system learning hub open to staff of statutory and VCS organisations alike.",
             "ICB People Directorate", "Q3 25/26",
             "Hub launched; VCS share of registered users.", "✓ Done",
             ["ICB People Directorate"], "2025-12"),
        ]),
        ("Commitment 4: Keeping the Compact alive", [
            ("4.1", "Report progress on this action plan to the Marrowfield Health and Wellbeing Board twice a year.",
             "Compact Steering Group", "By March 2026",
             "Reports received in September and March.", "Under way",
             ["Compact Steering Group"], "2026-03"),
            ("4.2", "Review the Compact itself with partners and residents.",
             "", "2026/27",
             "Revised Compact signed by all partners.", "Not started",
             [], "2027-03"),
        ]),
    ]
    rows, actions = [], []
    for commitment, items in commitments:
        rows.append([{"text": commitment, "span": 4, "fill": "D8E4BC", "bold": True}, "<", "<", "<"])
        for ref, text, who, when, measure, status, owners, due in items:
            rows.append([f"**{ref}** {text}", who, when, f"{measure}\n**{status}**"])
            actions.append(action(ref, text, owners, when or None, due, status_of[status]))
    blocks = [
        ("p", "MARROWFIELD COMPACT  ·  Marrowfield County Council  ·  Pellbridge and Crane Integrated Care Board  ·  "
              "Voluntary Action Marrowfield"),
        ("title", "Marrowfield Compact Action Plan 2025–2027"),
        ("p", "Version 2 – progress at January 2026"),
        ("h", 2, "Why we have a Compact"),
        ("p", "The Marrowfield Compact is an agreement between Marrowfield County Council, Pellbridge and Crane "
              "Integrated Care Board and the county’s voluntary and community sector (VCS), represented by Voluntary "
              "Action Marrowfield (VAM). It was signed on 1 October 2025. This plan sets out what the partners will do "
              "in its first two years."),
        ("p", "Timescales run from the date the Compact was signed. Year 1 is October 2025 to September 2026 and "
              "Year 2 is October 2026 to September 2027."),
        ("p", "**Where we are:** the last line of each row shows progress. ✓ Done – completed. Under way – started and "
              "on course. Not started. Paused – on hold until funding is confirmed. Dropped – replaced by other work."),
        ("table", {"cols": [10.5, 5.0, 3.0, 7.0],
                   "header": ["What we will do", "Who", "By when", "How we will know"],
                   "header_fill": "C4D79B", "rows": rows, "font": 9.5}),
        ("p", "3.2 was dropped in December 2025 because the ICB’s system learning hub (3.3) now offers the same courses."),
        ("h", 2, "Get in touch"),
        ("p", "Compact Development Officer, Voluntary Action Marrowfield, 14 Chandlers Row, Pellbridge PB2 4QT – "
              "compact@vamarrowfield.example – 01632 960 487"),
    ]
    return {
        "name": "marrowfield-vcs-compact-action-plan",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Marrowfield Compact Action Plan", "title_color": "4F6228",
                 "css_font": "'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif", "size": 10, "landscape": True,
                 "footer": "Marrowfield Compact Action Plan 2025–2027 · Version 2 · January 2026"},
        "blocks": blocks,
        "gold": dict(genre="voluntary and community sector Compact action plan (What we will do | Who | By when | "
                           "How we will know)", kind="action-plan",
                     title="Marrowfield Compact Action Plan 2025–2027", authority=MCC, date="2026-01",
                     meeting=None, actions=actions),
        "layout": "PDF (HTML → Chromium), landscape, DejaVu Sans Condensed; a masthead line naming the three "
                  "signatories; plan years defined from the signing date (Year 1 = October 2025 to September "
                  "2026); a progress key in a bold-led paragraph; one table What we will do | Who | By when | How we "
                  "will know with commitment rows merged across four columns, refs 1.1–4.2 typed in bold at the "
                  "start of the first cell, and the status word (\"✓ Done\", \"Under way\", \"Not started\", "
                  "\"Paused\", \"Dropped\") in bold as the last line of the How we will know cell; by-when cells "
                  "\"Within 6 months\", \"Ongoing\", \"Q1 26/27\", \"Spring 2026\", \"Every year\", \"Year 2\", "
                  "\"Autumn 2026\", \"Q3 25/26\", \"By March 2026\", \"2026/27\"; Who cells split by \"/\" plus "
                  "line break, a line break, \";\" and \",\", one \"All Compact partners\" and one empty.",
    }


# ---------------------------------------------------------------------------
# B4. Health overview and scrutiny committee tracker (PDF via LibreOffice, landscape,
#     Liberation Sans Narrow): Date of meeting | Recommendation | Response from the Trust/ICB |
#     Status; date cells merged down over each meeting's rows; long responses so rows run
#     over a page; a status key table; a covering "That the Committee notes …" recommendation.
# ---------------------------------------------------------------------------


def hosc_tracker():
    # Status key → status (see WIDER_B.md): Implemented → completed; Partially implemented (part
    # done, the rest under way) → ongoing; Ongoing → ongoing; Not implemented (the body has
    # decided not to act) → null; Closed (overtaken by other work) → superseded.
    status_of = {"Implemented": "completed", "Partially implemented": "ongoing", "Ongoing": "ongoing",
                 "Not implemented": None, "Closed": "superseded", "": None}
    meetings = [
        ("12 March 2025", "Stroke rehabilitation", [
            ("That the ICB reports back to the Committee within six months on waiting times for community stroke rehabilitation in the Crane Valley.",
             "The ICB accepts this recommendation. A report was presented to the Committee on 17 September 2025. It "
             "showed that the median wait for community stroke rehabilitation in the Crane Valley had fallen from 19 "
             "working days in January 2025 to 11 working days in August 2025, after two additional therapists were "
             "recruited and the early supported discharge team began taking referrals at weekends.",
             "Implemented", "REPORTS", "ICB", "accepted"),
            ("That Pellbridge and Crane Hospitals NHS Trust publishes the staffing levels of its stroke wards every quarter.",
             "The Trust accepts this recommendation in part. Nurse staffing for the hyper-acute stroke unit has been "
             "published in the quarterly quality report to the Trust Board since June 2025. Ward-level figures for the "
             "two stroke rehabilitation wards depend on the new electronic rostering system, which goes live in March "
             "2026; they will be added to the quality report from the first quarter of 2026/27. The Trust’s Chief Nurse will attend the Committee in July 2026 to present the first full set "
             "of figures and to explain how the wards compare with the national stroke guidelines.",
             "Partially implemented", "PUBLISHES", "Pellbridge and Crane Hospitals NHS Trust", "partially-accepted"),
        ]),
        ("2 July 2025", "Children and young people’s mental health", [
            ("The ICB to set out a plan to reduce the wait for a first CAMHS appointment to 18 weeks.",
             "A recovery plan was agreed by the ICB’s Quality and Performance Committee in October 2025. It has three "
             "parts: a single point of access for all referrals from schools and GPs, run with Marrowfield County "
             "Council’s early help service; an extra £1.2 million a year for the CAMHS provider to recruit eight "
             "clinicians; and weekly validation of the waiting list so that children who no longer need the service "
             "are discharged promptly. The median wait for a first appointment was 31 weeks in December 2025, down from "
             "38 weeks in June 2025. The plan expects the 18-week standard to be met for new referrals by March 2027. "
             "Progress is reported to the Committee every six months; the next report is due in July 2026, when the "
             "Committee will also hear from young people who use the service through Healthwatch Marrowfield.",
             "Ongoing", "SET", "ICB", None),
            ("Provide the Committee with the number of children waiting more than a year for an autism assessment, by district.",
             "Figures by district were circulated to Members on 8 August 2025 and are attached as Appendix B to this "
             "report.",
             "Implemented", "PROVIDE", None, None),
            ("That the ICB commissions a mental health support team in every secondary school in Marrowfield by September 2026.",
             "The ICB does not accept this recommendation. National funding for mental health support teams covers 62% "
             "of pupils in Marrowfield. The ICB cannot fund teams for the remaining schools from its own allocation in "
             "2025/26 or 2026/27 without reducing other children’s services. It will bid for the next national wave "
             "and has asked NHS England to prioritise the Crane Valley.",
             "Not implemented", "COMMISSIONS", "ICB", "rejected"),
        ]),
        ("15 October 2025", "Winter planning and NHS 111", [
            ("The Trust to report ambulance handover delays at Pellbridge General Hospital to each meeting of the Committee.",
             "Accepted. Handover times, by hour of arrival, are included in the Committee’s performance pack from the "
             "January 2026 meeting onwards.",
             "Implemented", "REPORT", "Trust", "accepted"),
            ("That the ICB consults the Committee before any change to the opening hours of the Crane Valley urgent treatment centre.",
             "The ICB agrees. No change to the opening hours is proposed for 2025/26. Any proposal in future would come "
             "to the Committee before public consultation begins.",
             "Ongoing", "CONSULTS", "ICB", "accepted"),
            ("Review the NHS 111 call-back times for people aged over 75 and report the findings to the Committee.",
             "This has been overtaken by the regional review of NHS 111 clinical assessment announced in November 2025. The Committee agreed on 3 December 2025 to close this "
             "recommendation and to receive the regional review when it is published.",
             "Closed", "REVIEW", None, None),
        ]),
        ("3 December 2025", "Dementia support", [
            ("That the ICB works with the Council on one directory of dementia support.",
             "The ICB accepts this recommendation. At present families are given up to four different leaflets and "
             "lists, depending on whether they are told of the diagnosis by their GP, the memory assessment service or "
             "a hospital ward. The ICB’s dementia lead and the County Council’s adult social care information team will "
             "combine them into a single directory, in print and on the Marrowfield Connect website, covering memory "
             "cafés, carers’ support groups, respite, day opportunities, legal and financial advice and the dementia "
             "advisers run by the voluntary sector. Healthwatch Marrowfield has offered to test the draft with a group "
             "of carers before it is published. The directory will be reviewed every six months so that groups which "
             "close or change their meeting place are taken out promptly, and every GP practice, pharmacy and library "
             "in the county will be sent printed copies. The ICB will report back when the directory is published.",
             "", "WORKS", "ICB", "accepted"),
        ]),
    ]
    rows, recs = [], []
    for date, topic, items in meetings:
        for i, (text, response, status, verb, addressee, decided) in enumerate(items):
            first = {"text": f"{date}\n({topic})", "vspan": len(items)} if i == 0 else "^"
            rows.append([first, text, response, status])
            recs.append(recommendation(None, text, verb=verb, addressee=addressee, theme=topic,
                                       status=status_of[status], response=response, decision=decided, progress=None))
    cover = ("That the Committee notes the responses and progress set out in Appendix A and agrees to remove from "
             "the tracker the recommendations marked Implemented or Closed.")
    recs.insert(0, recommendation(None, cover, verb="NOTES", addressee="Committee"))
    blocks = [
        ("p", "MARROWFIELD COUNTY COUNCIL"),
        ("table", {"cols": [5.0, 20.7], "borders": False, "rows": [
            [{"text": "Report to:", "bold": True}, "Health Overview and Scrutiny Committee"],
            [{"text": "Date:", "bold": True}, "21 January 2026"],
            [{"text": "Agenda item:", "bold": True}, "8"],
            [{"text": "Report of:", "bold": True}, "Health Scrutiny Officer"],
            [{"text": "Subject:", "bold": True}, "Health Scrutiny Recommendations Tracker"],
        ]}),
        ("title", "Health Scrutiny Recommendations Tracker"),
        ("h", 2, "Recommendation"),
        ("p", cover),
        ("h", 2, "1. Background"),
        ("p", "1.1 The Committee makes recommendations to Pellbridge and Crane Integrated Care Board (the ICB) and to "
              "Pellbridge and Crane Hospitals NHS Trust (the Trust) after each themed item. Appendix A shows the "
              "recommendations made since March 2025, the written response from the Trust or the ICB, and the status "
              "agreed with them."),
        ("p", "1.2 The status column uses the following key."),
        ("table", {"cols": [5.0, 15.0], "header": ["Status", "Meaning"], "header_fill": "D9D9D9", "rows": [
            ["Implemented", "The recommendation has been carried out in full."],
            ["Partially implemented", "Part of the recommendation has been carried out and work on the rest is under way."],
            ["Ongoing", "Work is under way."],
            ["Not implemented", "The Trust or the ICB has decided not to carry out the recommendation."],
            ["Closed", "No longer monitored because it has been overtaken by other work."],
        ], "font": 9.5}),
        ("p", "1.3 A recommendation made at the last meeting has no status until the Committee has considered the "
              "response. Members may wish to invite the Trust or the ICB to a future meeting to discuss any response."),
        ("h", 2, "Appendix A – Recommendations tracker"),
        ("table", {"cols": [3.2, 7.0, 12.0, 3.5],
                   "header": ["Date of meeting", "Recommendation", "Response from the Trust/ICB", "Status"],
                   "header_fill": "BFBFBF", "rows": rows, "font": 10, "repeat_header": False}),
        ("p", "Appendix B (autism assessment waits by district) is published separately."),
        ("p", "Contact: Health Scrutiny Officer, healthscrutiny@marrowfield.example, 01632 960 356"),
    ]
    return {
        "name": "marrowfield-hosc-recommendations-tracker",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-12", "doc_title": "Health scrutiny recommendations tracker",
                 "author": "Democratic Services", "landscape": True, "font": "Liberation Sans Narrow", "size": 10.5,
                 "plain_headings": True, "box_width": 25},
        "blocks": blocks,
        "gold": dict(genre="health overview and scrutiny committee recommendation tracker (Date of meeting | "
                           "Recommendation | Response from the Trust/ICB | Status)", kind="tracker",
                     title="Health Scrutiny Recommendations Tracker", authority=MCC, date="2026-01-21",
                     meeting="Health Overview and Scrutiny Committee", recommendations=recs),
        "layout": "PDF (python-docx → LibreOffice), landscape, Liberation Sans Narrow; no running header or "
                  "footer and no repeated table header (they would cut into the split row's text); borderless front-sheet table (Report to / Date / Agenda item / Report of / Subject) "
                  "before the title; a covering \"That the Committee notes … and agrees …\" recommendation; a "
                  "grey-headed status key table (Implemented / Partially implemented / Ongoing / Not implemented / "
                  "Closed); straight after it the tracker Date of meeting | Recommendation | Response from the "
                  "Trust/ICB | Status, 10 pt, with the date cell (and the topic in brackets) merged down over each "
                  "meeting's rows; no numbers, owners or dates; recommendations as \"That the ICB reports …\", "
                  "\"The Trust to report …\" and imperatives; long responses; the first meeting's merged group "
                  "moves whole to page 2 and the last row (3 December 2025, Status cell blank) runs from page 2 "
                  "onto page 3, its response split between them; "
                  "responses that open \"The ICB accepts …\", \"… accepts this recommendation in part\", \"… does "
                  "not accept …\", \"Accepted.\", \"The ICB agrees.\" or say nothing about acceptance.",
    }


# ---------------------------------------------------------------------------
# B5. Healthwatch enter and view report (DOCX made by pandoc): visit details grid table,
#     findings bullets, a pandoc-numbered recommendations list, then a provider response grid
#     table whose Recommendation column holds only "n – short title".
# ---------------------------------------------------------------------------


def healthwatch_report():
    recs_in = [
        ("1", "Make sure every patient has a working call bell within reach, and check this at every intentional rounding.",
         "MAKE", None,
         "1 – Call bells",
         "Agreed. Call bell checks were added to the intentional rounding chart on 1 November 2025 and are audited "
         "each week by the Ward Manager.",
         "Ward Manager", "Completed",
         dict(owners=["Ward Manager"], due=None, timeframe=None, status="completed", decision="accepted")),
        ("2", "Offer patients help to clean their hands before every meal.",
         "OFFER", None,
         "2 – Hand hygiene at mealtimes",
         "Agreed. Hand wipes are now given out with every meal tray, and volunteers help patients who need it at "
         "lunchtime.",
         "Matron / Ward Manager", "Immediate",
         dict(owners=["Matron", "Ward Manager"], due=None, timeframe="Immediate", status=None, decision="accepted")),
        ("3", "The Trust should review noise on the ward at night, including the closing of bins and the volume of staff conversations.",
         "REVIEW", "Trust",
         "3 – Noise at night",
         "Partly agreed. Soft-close lids will be fitted to all bins. A night-time noise audit in November 2025 found "
         "that equipment alarms, not staff conversations, were the main source of noise; alarm settings are being "
         "reviewed with the medical devices team.",
         "Matron;\n\nEstates Manager", "31 March 2026",
         dict(owners=["Matron", "Estates Manager"], due="2026-03-31", timeframe="31 March 2026", status=None,
              decision="partially-accepted")),
        ("4", "Replace the ward clocks and whiteboards with ones that show the day and the date in large print.",
         "REPLACE", None,
         "4 – Clocks and whiteboards",
         "Agreed. Dementia-friendly clocks have been ordered for all six bays and the day room.",
         "Estates Manager", "End of January 2026",
         dict(owners=["Estates Manager"], due="2026-01", timeframe="End of January 2026", status=None,
              decision="accepted")),
        ("5", "Give carers written information about visiting times and about their right to stay with a patient who has dementia.",
         "GIVE", None,
         "5 – Information for carers",
         "Not agreed at this time. The Trust is replacing all ward leaflets with a single visiting guide in 2026/27 "
         "and will cover carers’ rights in that guide rather than produce a separate leaflet for Ward 7.",
         "Head of Patient Experience", "N/A",
         dict(owners=["Head of Patient Experience"], due=None, timeframe=None, status=None, decision="rejected")),
        ("6", "Tell patients and their families the expected date of discharge at least 48 hours before it.",
         "TELL", None,
         "6 – Expected date of discharge",
         "The ward already records an expected date of discharge for every patient. From February 2026 the date will "
         "also be written on the bedside whiteboard and discussed at the daily board round.",
         "Discharge Coordinator, Ward Manager", "Q4 2025/26",
         dict(owners=["Discharge Coordinator", "Ward Manager"], due="2026-03", timeframe="Q4 2025/26", status=None,
              decision=None)),
    ]
    details = grid_table([30, 62], None, [
        ["**Service visited**", "Ward 7 (Older People’s Medicine), Pellbridge General Hospital"],
        ["**Provider**", "Pellbridge and Crane Hospitals NHS Trust"],
        ["**Date and time of visit**", "14 October 2025, 10:00 to 13:30"],
        ["**Type of visit**", "Announced"],
        ["**Authorised representatives**", "JK, RP and AM (Healthwatch Marrowfield volunteers), with the Engagement "
                                            "Officer"],
        ["**Report published**", "5 January 2026"],
    ])
    responses = grid_table([22, 44, 18, 14], ["Recommendation", "Provider response", "Action owner", "By when"],
                           [[r[4], r[5], r[6], r[7]] for r in recs_in])
    md = [
        "healthwatch Marrowfield",
        "",
        "# Enter and View Report: Ward 7, Pellbridge General Hospital",
        "",
        details,
        "",
        "## About Enter and View",
        "",
        "Healthwatch Marrowfield is the independent champion for people who use health and social care services in "
        "Marrowfield. Local Healthwatch has a legal power to visit health and care services and see them in action. "
        "This is called Enter and View. Our authorised representatives are trained volunteers and staff with DBS "
        "checks.",
        "",
        "This report describes what we saw and heard on the day of our visit. It is not a full inspection, and it "
        "only reflects the experience of the people we spoke to.",
        "",
        "## Summary",
        "",
        "We spoke to 14 patients, 5 relatives and 9 staff. Patients were very positive about the kindness of the staff. "
        "Some aspects of the ward environment and of communication about discharge could be improved.",
        "",
        "### What worked well",
        "",
        "- Every patient we spoke to said staff treated them with dignity and respect.",
        "- The day room was used for group activities twice a day.",
        "- Menus were available in large print and with pictures.",
        "",
        "### What could be better",
        "",
        "- Three patients could not reach their call bell.",
        "- Several patients said the ward was noisy at night.",
        "- Relatives did not always know when their family member was likely to go home.",
        "",
        "## Recommendations",
        "",
        "We make six recommendations. We asked the Trust to respond to each of them.",
        "",
    ]
    for number, text, *_ in recs_in:
        md.append(f"{number}. {text}")
    md += [
        "",
        "## Response from the provider",
        "",
        "We shared a draft of this report with the Trust on 6 November 2025. The Trust’s response, received on 12 "
        "December 2025, is set out below as it was given to us.",
        "",
        responses,
        "",
        "## Next steps",
        "",
        "We will share this report with the Care Quality Commission, Pellbridge and Crane Integrated Care Board and "
        "Marrowfield County Council’s Health Overview and Scrutiny Committee. We plan to revisit Ward 7 in spring 2026.",
        "",
        "## Acknowledgements",
        "",
        "We thank the patients, relatives and staff of Ward 7 for welcoming us.",
        "",
        "## Contact us",
        "",
        "Healthwatch Marrowfield, Unit 3, The Old Tannery, Pellbridge PB1 6HX",
        "",
        "Telephone: 01632 960 331",
        "",
        "E-mail: info@healthwatchmarrowfield.example",
        "",
    ]
    gold_recs = []
    for number, text, verb, addressee, _, response, _, _, g in recs_in:
        gold_recs.append(recommendation(number, text, verb=verb, addressee=addressee, owners=g["owners"],
                                        due=g["due"], timeframe=g["timeframe"], status=g["status"],
                                        response=response, decision=g["decision"]))
    return {
        "name": "marrowfield-healthwatch-enter-and-view-ward-7",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-01-05"},
        "markdown": "\n".join(md),
        "gold": dict(genre="Healthwatch enter and view report with a provider response table", kind="scrutiny-report",
                     title="Enter and View Report: Ward 7, Pellbridge General Hospital", authority=None,
                     date="2026-01-05", meeting=None, recommendations=gold_recs),
        "layout": "DOCX (pandoc from Markdown); a lower-case brand line for the logo; a headerless visit-details "
                  "grid table with bold labels; \"What worked well\" / \"What could be better\" bullets (not items); "
                  "\"We make six recommendations.\" then a "
                  "pandoc-numbered 1.–6. list (imperatives and one \"The Trust should review …\"); a provider "
                  "response grid table Recommendation | Provider response | Action owner | By when whose first "
                  "column holds only \"n – short title\"; responses opening \"Agreed.\", \"Partly agreed.\", \"Not "
                  "agreed at this time.\" or none; owners split by \"/\", \",\" and \";\" plus a paragraph break; "
                  "by-when cells \"Completed\", \"Immediate\", \"31 March 2026\", \"End of January 2026\", \"N/A\", "
                  "\"Q4 2025/26\"; next steps, acknowledgements and a contact block (not items).",
    }


# ---------------------------------------------------------------------------
# B6. ICB Board finance report (PDF via Chromium, serif): NHS cover sheet with a
#     "Recommendation:" row that says none is needed; figures tables; risks with mitigations
#     but no owners; "Actions to recover the position" bullets without owners or dates;
#     a "NHS England recommends …" body sentence. Nothing to find.
# ---------------------------------------------------------------------------


def finance_report():
    label = lambda text: {"text": text, "bold": True, "fill": "DCE6F2"}  # noqa: E731
    blocks = [
        ("p", "**Pellbridge and Crane Integrated Care Board**"),
        ("p", "Board meeting held in public"),
        ("table", {"cols": [5.0, 12.0], "rows": [
            [label("Meeting:"), "ICB Board"],
            [label("Date:"), "29 January 2026"],
            [label("Agenda item:"), "12"],
            [label("Report title:"), "Finance Report – Month 9 2025/26"],
            [label("Executive lead:"), "Chief Finance Officer"],
            [label("Report author:"), "Deputy Director of Financial Planning"],
            [label("Purpose:"), "Decision ☐   Approval ☐   Assurance ☐   Information ☒"],
            [label("Recommendation:"), "Not applicable. The report is provided for information and no decision is "
                                       "required of the Board."],
            [label("Previously considered by:"), "Finance and Investment Committee, 20 January 2026"],
            [label("Conflicts of interest:"), "None identified"],
        ]}),
        ("title", "Finance Report – Month 9 2025/26"),
        ("h", 2, "1. Summary"),
        ("p", "1.1 At the end of December 2025 (month 9) the ICB reports a year-to-date deficit of £4.1 million against a "
              "planned deficit of £3.8 million, an adverse variance of £0.3 million. The forecast for the year remains "
              "break-even, in line with the plan agreed with NHS England."),
        ("p", "1.2 The Pellbridge and Crane system (the ICB and its two NHS trusts) reports a year-to-date deficit of "
              "£11.6 million against a plan of £9.9 million."),
        ("table", {"cols": [6.0, 2.6, 2.6, 2.6, 2.6], "header_fill": "BDD7EE", "font": 9.5,
                   "header": ["£ million", "Plan YTD", "Actual YTD", "Variance YTD", "Forecast variance"], "rows": [
                       ["Acute services", "412.6", "415.9", "(3.3)", "(2.1)"],
                       ["Mental health services", "98.4", "99.0", "(0.6)", "(0.4)"],
                       ["Community services", "71.2", "70.8", "0.4", "0.5"],
                       ["Primary care and prescribing", "133.5", "136.1", "(2.6)", "(3.0)"],
                       ["Continuing healthcare", "52.7", "51.9", "0.8", "1.1"],
                       ["Running costs", "14.1", "12.4", "1.7", "2.3"],
                       ["Reserves and contingency", "3.5", "0.2", "3.3", "1.6"],
                       [{"text": "Total", "bold": True}, {"text": "786.0", "bold": True}, {"text": "786.3", "bold": True},
                        {"text": "(0.3)", "bold": True}, {"text": "0.0", "bold": True}],
                   ]}),
        ("p", "Figures in brackets are adverse. Totals may not add because of rounding."),
        ("h", 2, "2. Efficiency programme"),
        ("p", "2.1 The ICB’s efficiency target for 2025/26 is £21.4 million. £14.9 million has been delivered to date, "
              "of which £3.2 million is non-recurrent."),
        ("table", {"cols": [7.0, 2.6, 2.6, 1.8], "header_fill": "BDD7EE", "font": 9.5,
                   "header": ["Scheme", "Plan £m", "Delivered £m", "RAG"], "rows": [
                       ["Medicines optimisation", "6.8", "4.1", "A"],
                       ["Continuing healthcare reviews", "5.2", "4.6", "G"],
                       ["Running cost reduction", "3.9", "3.9", "G"],
                       ["Outpatient transformation", "5.5", "2.3", "R"],
                   ]}),
        ("h", 2, "3. Risks"),
        ("table", {"cols": [6.0, 2.2, 8.8], "header_fill": "BDD7EE", "font": 9.5,
                   "header": ["Risk", "Value £m", "Mitigation"], "rows": [
                       ["Prescribing costs continue to grow faster than planned", "2.4",
                        "Switching programme for high-cost drugs; price reductions expected from category M in January"],
                       ["Independent sector activity above contract levels", "1.8",
                        "Activity caps agreed with providers from December"],
                       ["Industrial action in the acute trusts", "1.1", "National funding expected to cover most costs"],
                   ]}),
        ("p", "3.1 NHS England recommends that systems hold a contingency of at least 0.5% of their allocation. The "
              "ICB’s remaining contingency is £1.6 million, about 0.2%."),
        ("h", 2, "4. Actions to recover the position"),
        ("list", "bullet", 1, [
            "The vacancy control panel continues to review every non-clinical post before it is advertised.",
            "Continuing healthcare reviews planned for 2026/27 are being brought forward where possible.",
            "Discretionary spending on training, travel and consultancy remains paused.",
        ]),
        ("h", 2, "5. Capital"),
        ("p", "5.1 The system capital allocation for 2025/26 is £38.2 million. £22.7 million has been spent to date and "
              "the full allocation is forecast to be used."),
        ("h", 2, "6. Assurance"),
        ("p", "6.1 The Finance and Investment Committee reviewed this report on 20 January 2026 and took limited "
              "assurance on delivery of the forecast, because of the prescribing and outpatient risks described above. "
              "The month 10 position will be reported to the Board in March 2026."),
        ("p", "Deputy Director of Financial Planning – finance@pellbridgecrane-icb.example – 01632 960 672"),
    ]
    return {
        "name": "pellbridge-icb-board-finance-report-month-9",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": "ICB Board – Finance Report Month 9", "title_color": "1F4E79",
                 "css_font": "'DejaVu Serif', serif", "size": 10,
                 "footer": "Pellbridge and Crane ICB Board – 29 January 2026 – Item 12 – Finance Report Month 9"},
        "blocks": blocks,
        "gold": dict(genre="ICB board finance report with an NHS cover sheet (nothing to extract)", kind="other",
                     title="Finance Report – Month 9 2025/26", authority=ICB, date="2026-01-29",
                     meeting="ICB Board"),
        "layout": "PDF (HTML → Chromium), DejaVu Serif; NHS cover-sheet table with shaded labels before the title "
                  "(Meeting / Date / Agenda item / Purpose with ☐/☒ boxes / Previously considered by) whose "
                  "\"Recommendation:\" row says \"Not applicable … no decision is required\"; typed 1.1–6.1 "
                  "paragraphs; a finance table with bracketed adverse figures, an efficiency table with undefined "
                  "RAG letters and a Risk | Value | Mitigation table without owners; \"Actions to recover the "
                  "position\" bullets without owners or dates; a \"NHS England recommends that …\" sentence; "
                  "nothing to extract.",
    }


PAPERS = [csp_plan, jsna_chapter, compact_plan, hosc_tracker, healthwatch_report, finance_report]
