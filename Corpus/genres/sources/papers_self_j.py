"""Papers of the seventh batch, part J ("assessments and audits"): six made-up papers that assess
or audit and then commit to actions or make recommendations, from two invented authorities,
Vellacombe District Council and Harrowmoor County Council (with the Harrowmoor Safeguarding
Children Partnership, Harrowmoor Voluntary Action, the Harrowmoor Local Area SEND Partnership and
NHS Harrowmoor Integrated Care Board). Everything is invented: people are given by role or
initials, e-mail addresses use `.example` and telephone numbers the 01632 960xxx range; every
figure, firm and place is made up.

They were written blind: by someone who had not read the pipeline's code, tests, output or
benchmarks and had not run it, using only the corpus READMEs, the published SET framework, the
seed texts and the build scripts and paper definitions in this folder (not papers_self_i.py).
Each paper names its own split. Gold values are written by hand beside the words they label; the
"Assessment papers, part J" section of Corpus/genres/README.md records the decisions taken where
the rules left room.

Two of the papers are self-assessments against frameworks that are not the SET (Section 11 of the
Children Act 2004, a voluntary-sector Compact); their gold therefore has no `domains` or
`questions` (those are for SET domains and questions only), but it does hold `evidence`, one item
per bullet or paragraph under an "Evidence" label, with `domain` null and no `tags`.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf"
(HTML → Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (pandoc DOCX →
LibreOffice). The lo-pdf papers set meta "far_h" and "cant_split" so that papers_far_h's DOCX
writer keeps every table row on one page (render.py itself is not edited).
"""

import papers_far_h  # noqa: F401  (installs the DOCX writer that honours "cant_split")
from gold import action, evidence, recommendation
from papers_fresh import grid_table

VDC = "Vellacombe District Council"
HCC = "Harrowmoor County Council"

GREEN, AMBER, RED, GREY = "C6EFCE", "FFEB9C", "FFC7CE", "E7E6E6"


def label(text, fill=GREY):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# J1. Section 11 safeguarding self-assessment return (DOCX, python-docx): a district council's
#     return to the county's safeguarding children partnership. A shaded-label details table, a
#     RAG key, one bordered form table per standard 1–8 (What the standard expects / Our
#     self-rating as a shaded word / Evidence as bullets, plain paragraphs or a numbered list
#     inside the cell / Where we need to improve), then an improvement plan No. | Action |
#     Standard | Lead | Target date | Status with a status key, numbers 1–3, 5–9 (4 withdrawn).
#     Not a SET paper: no domains or questions; evidence items with domain null.
# ---------------------------------------------------------------------------

RAG_FILL = {"Green": GREEN, "Amber": AMBER, "Red": RED}


def section_11_return():
    # standards: (number, title, expects, rating, evidence style, [evidence], improve)
    standards = [
        ("1", "Senior leadership and commitment to safeguarding",
         "Senior managers and elected members show a clear commitment to safeguarding, with a named senior lead, "
         "and safeguarding is reflected in the organisation’s plans.", "Green", "bullet", [
             "The Chief Executive is the named senior officer accountable for safeguarding and chairs the Corporate "
             "Safeguarding Group, which met four times in 2024/25.",
             "The Portfolio Holder for Communities is the member champion for safeguarding and reports to Cabinet "
             "once a year.",
             "Safeguarding is a commitment in the Council Plan 2024–2028 and appears on the corporate risk register, "
             "which the Audit and Governance Committee reviews every quarter.",
         ], "No further action identified."),
        ("2", "Clear lines of accountability",
         "There are clear lines of accountability for safeguarding, and staff know who the designated safeguarding "
         "officers are.", "Green", "bullet", [
             "Five designated safeguarding officers cover every service; their names and photographs are on the staff "
             "intranet and on posters in each Council building.",
             "Job descriptions for managers include a safeguarding responsibility.",
             "All 37 safeguarding referrals made by staff in 2024/25 were logged and reviewed by a designated "
             "safeguarding officer within one working day.",
         ], "No further action identified."),
        ("3", "Safeguarding policy and procedures",
         "The organisation has a safeguarding policy that is up to date, consistent with the Partnership’s "
         "procedures and known to staff, contractors and volunteers.", "Amber", "bullet", [
             "The Corporate Safeguarding Policy was approved by Cabinet in March 2023 and is due for review in March "
             "2026.",
             "The policy links to the Partnership’s online procedures and includes the referral pathway to the "
             "Harrowmoor Children’s Front Door.",
             "A staff survey in June 2025 found that 81% of staff knew how to find the policy, compared with 64% in "
             "2023.",
         ], "The policy does not yet reflect the Partnership’s revised threshold document (April 2025) or the "
            "statutory taxi and private hire vehicle standards. See action 1."),
        ("4", "Listening to children and young people",
         "Services are shaped by the views of children and young people, and children know how to raise a concern.",
         "Amber", "p", [
             "The Vellacombe Youth Council, supported by the Council’s Community Development team, meets monthly and "
             "was consulted on the play areas strategy in 2024.",
             "Young people sat on the interview panel for the new Leisure Development Officer in January 2025.",
         ], "We do not yet ask children how safe they feel when they use Council services, and there is no "
            "child-friendly version of our safeguarding statement. See actions 2 and 3."),
        ("5", "Safeguarding training",
         "Staff, elected members and volunteers receive safeguarding training suited to their role, with regular "
         "refreshers.", "Amber", "bullet", [
             "Level 1 safeguarding e-learning is part of induction; 88% of staff have completed it in the last three "
             "years.",
             "All five designated safeguarding officers completed the Partnership’s Level 3 course between 2023 and "
             "2025.",
             "Taxi and private hire drivers must complete child sexual exploitation awareness training before a "
             "licence is granted or renewed.",
             "Only 19 of the 36 elected members have completed safeguarding training since the May 2023 elections.",
         ], "Training for members, and refresher training for staff, are not yet mandatory. See action 5."),
        ("6", "Safer recruitment and managing allegations",
         "Safer recruitment practice is followed for every role that involves work with children, and allegations "
         "against staff are managed under the Partnership’s procedure.", "Red", "1.", [
             "The Recruitment and Selection Policy requires an enhanced DBS check for every post that involves "
             "regulated activity with children.",
             "An HR audit in July 2025 found that 14 of the 52 staff in eligible roles had a DBS check more than three "
             "years old, against the Council’s three-year renewal rule.",
             "The Monitoring Officer manages allegations against staff under the Partnership’s procedure and "
             "consulted the Local Authority Designated Officer on two cases in 2024/25.",
         ], "DBS renewals have fallen behind. See action 6."),
        ("7", "Working with other agencies",
         "The organisation works with partners to safeguard children, including through its contracts.", "Green",
         "bullet", [
             "The Council is represented on the Partnership’s District Safeguarding Forum and on the Harrowmoor "
             "Exploitation Panel.",
             "The Community Safety Team shares intelligence on child exploitation with Harrowmoor Police through the "
             "Vellacombe Community Safety Partnership.",
             "The leisure management contract requires the contractor to follow the Council’s safeguarding policy.",
         ], "The leisure contract does not name a safeguarding contact or require the contractor to report concerns "
            "to the Council. See action 7."),
        ("8", "Information sharing",
         "Staff understand when and how to share information to safeguard a child, and agreements are in place with "
         "partners.", "Amber", "bullet", [
             "Staff use the Partnership’s information sharing guidance, which is linked from the safeguarding policy.",
             "The Council signed the Harrowmoor multi-agency information sharing protocol in 2022.",
         ], "There is no agreement covering the Council’s new place in the Harrowmoor early help hub. See action 8."),
    ]
    # plan rows: (No., action, standard, lead cell, owners, target date, due, status word)
    plan = [
        ("1", "Revise the Corporate Safeguarding Policy to reflect the Partnership’s revised threshold document and "
              "the statutory taxi and private hire vehicle standards.", "3", "Corporate Safeguarding Lead",
         ["Corporate Safeguarding Lead"], "31/12/2025", "2025-12-31", "Complete"),
        ("2", "Publish a child-friendly version of the Council’s safeguarding statement on the website and in the "
              "leisure centres.", "4", "Communications Manager /\nCorporate Safeguarding Lead",
         ["Communications Manager", "Corporate Safeguarding Lead"], "March 2026", "2026-03", "In progress"),
        ("3", "Ask the Vellacombe Youth Council to run a survey of how safe young people feel when they use Council "
              "services, and report the results to the Corporate Safeguarding Group.", "4",
         "Community Development Manager", ["Community Development Manager"], "Q4 2025/26", "2026-03", "Not started"),
        ("5", "Make safeguarding training mandatory for all elected members and introduce a three-yearly refresher "
              "for staff.", "5", "HR Manager; Democratic Services Manager",
         ["HR Manager", "Democratic Services Manager"], "By end of January 2026", "2026-01", "In progress"),
        ("6", "Renew every enhanced DBS check that is more than three years old, and set up a monthly report of "
              "checks due for renewal.", "6", "HR Manager", ["HR Manager"], "31 October 2025", "2025-10-31",
         "Overdue"),
        ("7", "Add a named safeguarding contact and a duty to report concerns to the Council to the leisure "
              "management contract.", "7", "Head of Leisure and Culture\nMoorside Active Ltd (leisure contractor)",
         ["Head of Leisure and Culture", "Moorside Active Ltd (leisure contractor)"],
         "At contract variation (April 2026)", "2026-04", "Not started"),
        ("8", "Agree an information sharing agreement with Harrowmoor County Council Children’s Services for the "
              "early help hub.", "8", "Data Protection Officer, with Legal Services",
         ["Data Protection Officer", "Legal Services"], "", None, "In progress"),
        ("9", "Report progress on this plan to the Corporate Safeguarding Group at each meeting.", "All",
         "Corporate Safeguarding Lead", ["Corporate Safeguarding Lead"], "Quarterly", None, "Ongoing"),
    ]
    status_of = {"Complete": "completed", "In progress": "ongoing", "Not started": "not-started", "Overdue": None,
                 "Ongoing": "ongoing"}
    status_fill = {"Complete": GREEN, "In progress": AMBER, "Not started": "FFFFFF", "Overdue": RED,
                   "Ongoing": "DDEBF7"}

    blocks = [
        ("p", "**HARROWMOOR SAFEGUARDING CHILDREN PARTNERSHIP**"),
        ("title", "Section 11 Self-Assessment Return 2025"),
        ("p", "Children Act 2004, section 11 – organisation return and improvement plan"),
        ("table", {"cols": [3.6, 5.0, 3.6, 4.8], "font": 9.5, "rows": [
            [label("Organisation"), VDC, label("Sector"), "District council"],
            [label("Completed by"), "Corporate Safeguarding Lead", label("Senior sign-off"), "Chief Executive"],
            [label("Date submitted"), "30 September 2025", label("Updated after challenge panel"), "12 November 2025"],
            [label("Contact"), "safeguarding@vellacombe.example", label("Telephone"), "01632 960 218"],
        ]}),
        ("h", 1, "About this return"),
        ("p", "Section 11 of the Children Act 2004 requires named organisations, including district councils, to make "
              "arrangements to ensure that their functions are discharged having regard to the need to safeguard and "
              "promote the welfare of children. Every two years the Harrowmoor Safeguarding Children Partnership asks "
              "each organisation to assess itself against the eight standards below and to send an improvement plan "
              "with its return."),
        ("p", "Each standard is rated using the key below. Organisations should give the evidence on which the rating "
              "is based and say where they need to improve. Returns are tested at a challenge panel of the "
              "Partnership’s Quality Assurance Group; this version includes the changes agreed at the panel on "
              "4 November 2025."),
        ("table", {"cols": [2.4, 14.6], "font": 9.5, "rows": [
            [{"text": "Green", "bold": True, "fill": GREEN},
             "The standard is fully met and there is evidence that it works in practice."],
            [{"text": "Amber", "bold": True, "fill": AMBER},
             "The standard is partly met; further work is needed and is in the improvement plan."],
            [{"text": "Red", "bold": True, "fill": RED},
             "The standard is not met, or there is not enough evidence to show that it is met."],
        ]}),
        ("h", 1, "Part 1: Self-assessment against the standards"),
    ]
    gold_evidence = []
    for number, title, expects, rating, style, items, improve in standards:
        if style == "p":
            evidence_blocks = [("p", text) for text in items]
        else:
            evidence_blocks = [("list", style, 1, items)]
        blocks.append(("table", {"cols": [4.2, 12.8], "font": 10, "rows": [
            [{"text": f"Standard {number}: {title}", "span": 2, "bold": True, "fill": "D9E1F2"}, "<"],
            [label("What the standard expects"), expects],
            [label("Our self-rating"), {"text": rating, "bold": True, "fill": RAG_FILL[rating]}],
            [label("Evidence"), {"blocks": evidence_blocks}],
            [label("Where we need to improve"), improve],
        ]}))
        gold_evidence += [evidence(text) for text in items]

    rows, actions = [], []
    for number, text, standard, lead, owners, target, due, word in plan:
        rows.append([number, text, standard, lead, target, {"text": word, "fill": status_fill[word]}])
        actions.append(action(number, text, owners, target or None, due, status_of[word]))
    blocks += [
        ("break",),
        ("h", 1, "Part 2: Improvement plan"),
        ("p", "Status key: **Complete** – the action is finished. **In progress** – work has started. **Not started** "
              "– work has not begun. **Overdue** – the target date has passed and the action is not complete. "
              "**Ongoing** – a regular task with no end date."),
        ("table", {"cols": [1.2, 6.5, 2.2, 3.6, 2.6, 2.0],
                   "header": ["No.", "Action", "Standard", "Lead", "Target date", "Status"],
                   "header_fill": "B4C6E7", "font": 9.5, "rows": rows}),
        ("p", "Action 4 (a separate survey of young people who use the leisure centres) was withdrawn at the challenge "
              "panel on 4 November 2025, because action 3 covers the same ground."),
        ("h", 1, "Part 3: Declaration"),
        ("p", "I confirm that this return gives an accurate account of the Council’s safeguarding arrangements and "
              "that the improvement plan has been agreed by the Corporate Leadership Team."),
        ("table", {"cols": [3.0, 14.0], "borders": False, "rows": [
            [{"text": "Signed:", "bold": True}, "Chief Executive, Vellacombe District Council"],
            [{"text": "Date:", "bold": True}, "30 September 2025"],
        ]}),
        ("p", "For the Partnership’s use: return considered by the challenge panel on 4 November 2025 – accepted with "
              "one change (action 4 withdrawn). Next return due September 2027."),
    ]
    title = "Section 11 Self-Assessment Return 2025"
    return {
        "name": "vellacombe-section-11-safeguarding-self-assessment-2025",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2025-11-12", "doc_title": title, "author": "Vellacombe District Council",
                 "font": "Gill Sans MT", "size": 10.5, "title_color": "1F3864",
                 "header": "Harrowmoor SCP – Section 11 return – Vellacombe District Council",
                 "footer": "OFFICIAL – Section 11 return 2025 – version 2, 12 November 2025"},
        "blocks": blocks,
        "gold": dict(genre="Section 11 safeguarding self-assessment return: standards 1–8 with a RAG self-rating and "
                           "evidence, and an improvement plan No. | Action | Standard | Lead | Target date | Status",
                     kind="self-evaluation", title=title, authority=VDC, date="2025-11-12", meeting=None,
                     evidence=gold_evidence, actions=actions),
        "layout": "DOCX (python-docx), Gill Sans MT (falls back), italic running header and a page footer; a bold "
                  "capitals partnership line above the title; a four-column details table with grey labels "
                  "(Organisation / Sector / Completed by / Senior sign-off / Date submitted / Updated after challenge "
                  "panel / Contact / Telephone); a headerless RAG key table (Green / Amber / Red shaded); one bordered "
                  "form table per standard 1–8, its blue title row merged across both columns, rows What the "
                  "standard expects / Our self-rating (the word in a shaded cell) / Evidence / Where we need to "
                  "improve; the evidence is Word bullets inside the cell, plain paragraphs (standard 4) or a "
                  "Word-numbered 1.–3. list (standard 6); after a page break, a status key in one bold-led paragraph "
                  "and the plan No. | Action | Standard | Lead | Target date | Status with a pale blue header, "
                  "numbers 1–3, 5–9 (4 withdrawn, with a note), statuses as words in shaded cells (Complete, In "
                  "progress, Not started, Overdue, Ongoing); lead cells split by \"/\" plus line break, \";\", a bare "
                  "line break and \", with\"; target dates \"31/12/2025\", \"March 2026\", \"Q4 2025/26\", \"By end of "
                  "January 2026\", \"31 October 2025\", \"At contract variation (April 2026)\", one empty, "
                  "\"Quarterly\"; a declaration with a borderless signature table.",
    }


# ---------------------------------------------------------------------------
# J2. External auditor's annual report on value for money (HTML → Chromium): an invented audit
#     firm's report on the district council. A coloured summary table of the three reporting
#     criteria (not items), findings prose with a "CIPFA recommends that …" sentence (not an
#     item), two "Key recommendation n" two-column tables (Recommendation / Significant weakness
#     / Why it matters / Management comments / Responsible officer / Target date), an
#     improvement recommendations table IR1–IR5 with management responses, and a table of
#     progress on the previous year's three recommendations with an assessment key.
# ---------------------------------------------------------------------------

TEAL = "DCEBEC"


def auditors_annual_report():
    theme_key = "Key recommendations"
    theme_ir = "Improvement recommendations"
    theme_prev = "Progress on previous recommendations"
    # key recommendations: (n, recommendation, verb, weakness, why, response, decision, officer cell, owners,
    #                       target, due)
    keys = [
        ("1", "The Council should agree a savings programme that closes the budget gap for 2026/27 and 2027/28, with "
              "each saving assigned to a named officer and its delivery monitored monthly by the Corporate Leadership "
              "Team.", "AGREE",
         "Financial sustainability. The Council has relied on general reserves to balance its budget for two years "
         "and has not identified savings to close more than half of the 2026/27 budget gap.",
         "If the gap is not closed, general reserves would fall below the minimum level of £2.0 million set by the "
         "Chief Finance Officer during 2026/27.",
         "Agreed. Cabinet approved savings of £1.1 million in October 2025, and a further £0.9 million of proposals "
         "will be put to Council with the 2026/27 budget in February 2026.", "accepted",
         "Chief Finance Officer (Section 151 Officer)", ["Chief Finance Officer (Section 151 Officer)"],
         "February 2026 (budget setting)", "2026-02"),
        ("2", "The Council should put in place a complete contract register and contract management arrangements for "
              "all contracts over £25,000, and report compliance with the Contract Procedure Rules to the Audit and "
              "Governance Committee twice a year.", "PUT",
         "Governance. Contracts worth £1.4 million were extended without the approval required by the Contract "
         "Procedure Rules, and the Council does not know whether other contracts have been extended in the same way.",
         "Without a register the Council cannot show that it is getting value for money from its contracts or that "
         "it is complying with procurement law.",
         "Management accept this recommendation. The Procurement Manager will complete the register by March 2026 "
         "and the first compliance report will go to the Committee in June 2026.", "accepted",
         "Head of Legal and Democratic Services /\nProcurement Manager",
         ["Head of Legal and Democratic Services", "Procurement Manager"], "30 June 2026", "2026-06-30"),
    ]
    # improvement recommendations: (ref, criterion, text, verb, response, decision, officer cell, owners, target,
    #                               timeframe, due)
    improvements = [
        ("IR1", "Financial sustainability",
         "Align the capital programme with the medium-term financial strategy and show the revenue cost of borrowing "
         "for each scheme in the capital strategy.", "ALIGN",
         "Agreed. The 2026/27 capital strategy will include this information.", "accepted",
         "Chief Finance Officer", ["Chief Finance Officer"], "Q4 2025/26", "Q4 2025/26", "2026-03"),
        ("IR2", "Governance",
         "Update the risk management strategy so that the Council’s appetite for risk is stated for each strategic "
         "risk.", "UPDATE",
         "Agreed in part. We will state the risk appetite for the eight strategic risks; operational risks will "
         "continue to be managed by services without a stated appetite.", "partially-accepted",
         "Head of Finance;\nCorporate Risk Officer", ["Head of Finance", "Corporate Risk Officer"], "March 2026",
         "March 2026", "2026-03"),
        ("IR3", "Governance",
         "Publish changes to members’ registers of interests on the Council’s website within 28 days.", "PUBLISH",
         "Not agreed. Registers are already updated within 28 days; the delay found in the audit was caused by a "
         "website fault, which has been fixed.", "rejected",
         "Monitoring Officer", ["Monitoring Officer"], "N/A", None, None),
        ("IR4", "Economy, efficiency and effectiveness",
         "Set performance targets for the waste and recycling contract for 2026/27 and report performance against "
         "them to Cabinet each quarter.", "SET",
         "A performance framework for the contract, including targets, will be reported to Cabinet in January 2026.",
         None, "Head of Environmental Services", ["Head of Environmental Services"], "January 2026", "January 2026",
         "2026-01"),
        ("IR5", "Economy, efficiency and effectiveness",
         "Review the recovery of housing benefit overpayments, concentrating on debt that is more than two years "
         "old.", "REVIEW",
         "Agreed. The review will be carried out by the revenues and benefits shared service with Harrowmoor County "
         "Council’s counter fraud team.", "accepted",
         "Revenues and Benefits Manager\nShared Service Head of Operations",
         ["Revenues and Benefits Manager", "Shared Service Head of Operations"], "By September 2026",
         "By September 2026", "2026-09"),
    ]
    # previous recommendations: (n, text, verb, progress, assessment word, fill, status)
    previous = [
        ("1", "Produce a reserves strategy that links the level of each earmarked reserve to the risk it covers.",
         "PRODUCE", "A reserves strategy was approved by Council in February 2025.", "Implemented", "C6EFCE",
         "completed"),
        ("2", "Develop a savings programme for 2025/26 onwards, with savings profiled by year.", "DEVELOP",
         "Savings of £1.1 million were approved in October 2025; further proposals are being developed (see key "
         "recommendation 1).", "Partly implemented", "FFEB9C", "ongoing"),
        ("3", "Agree a data quality policy for the performance information reported to Cabinet.", "AGREE",
         "No progress. The work has been deferred until the new performance system is in place in 2026.",
         "Not implemented", "FFC7CE", "not-started"),
    ]
    recs = []
    blocks = [
        ("p", "**Pemberton Quayle LLP** – Public Sector Audit"),
        ("title", "Auditor’s Annual Report 2024/25: Vellacombe District Council"),
        ("p", "Year ended 31 March 2025 – issued November 2025"),
        ("p", "This report is addressed to the Council. It will be presented to the Audit and Governance Committee "
              "on 27 November 2025 and published on the Council’s website with the audited statement of accounts."),
        ("h", 2, "1. Executive summary"),
        ("p", "Under the Code of Audit Practice we must be satisfied that the Council has made proper arrangements "
              "for securing economy, efficiency and effectiveness in its use of resources (value for money). This "
              "report sets out our findings for 2024/25 under the three reporting criteria, and our opinion on the "
              "financial statements."),
        ("p", "We issued an unqualified opinion on the Council’s 2024/25 financial statements on 14 November 2025."),
        ("table", {"cols": [5.2, 5.6, 5.6], "header": ["Reporting criterion", "2023/24 findings", "2024/25 findings"],
                   "header_fill": "9FCBCF", "font": 9, "rows": [
            ["Financial sustainability",
             {"text": "No significant weakness; improvement recommendation made", "fill": "FFEB9C"},
             {"text": "Significant weakness identified; key recommendation made", "fill": "FFC7CE"}],
            ["Governance", {"text": "No significant weakness", "fill": "C6EFCE"},
             {"text": "Significant weakness identified; key recommendation made", "fill": "FFC7CE"}],
            ["Improving economy, efficiency and effectiveness",
             {"text": "No significant weakness; improvement recommendations made", "fill": "FFEB9C"},
             {"text": "No significant weakness; improvement recommendations made", "fill": "FFEB9C"}],
        ]}),
        ("p", "We make two key recommendations and five improvement recommendations. Key recommendations are made "
              "where we have found a significant weakness in arrangements; improvement recommendations help the "
              "Council to strengthen arrangements that are not significantly weak. Management’s responses are "
              "included with each recommendation."),
        ("h", 2, "2. Our findings"),
        ("h", 3, "Financial sustainability"),
        ("p", "The Council reported an underspend of £0.2 million against its 2024/25 net revenue budget of £18.6 "
              "million, but only after using £1.9 million of general reserves, which now stand at £3.1 million, or "
              "17% of the net budget. The medium-term financial strategy approved in February 2025 forecasts a "
              "cumulative budget gap of £3.4 million by 2027/28, and savings have been identified for less than half "
              "of the 2026/27 gap."),
        ("p", "CIPFA recommends that councils explain the level of their reserves by reference to the risks they "
              "face. The Council’s reserves strategy now does this (see section 5)."),
        ("h", 3, "Governance"),
        ("p", "Two contracts, for grounds maintenance and vehicle hire, worth £1.4 million in total, were extended in "
              "2024/25 without a waiver under the Contract Procedure Rules and were not reported to members. The "
              "Council does not keep a complete contract register, so it could not tell us whether other contracts "
              "had been extended in the same way. Risk management and internal audit arrangements are otherwise "
              "sound, and the Head of Internal Audit gave a ‘reasonable’ annual opinion for 2024/25."),
        ("h", 3, "Improving economy, efficiency and effectiveness"),
        ("p", "The new waste and recycling contract started in April 2025. Performance information is reported to "
              "Cabinet, but the contract has no agreed targets for its first year. Housing benefit overpayment debt "
              "older than two years has grown from £288,000 to £412,000. We have not found a significant weakness in "
              "these arrangements."),
        ("h", 2, "3. " + theme_key),
    ]
    for n, text, verb, weakness, why, response, decision, officer, owners, target, due in keys:
        blocks.append(("table", {"cols": [4.4, 12.0], "font": 9.5, "rows": [
            [{"text": f"Key recommendation {n}", "span": 2, "bold": True, "fill": "9FCBCF"}, "<"],
            [label("Recommendation", TEAL), {"text": text, "bold": True}],
            [label("Significant weakness identified", TEAL), weakness],
            [label("Why it matters", TEAL), why],
            [label("Management comments", TEAL), response],
            [label("Responsible officer", TEAL), officer],
            [label("Target date", TEAL), target],
        ]}))
        recs.append(recommendation(n, text, verb=verb, addressee="Council", theme=theme_key, owners=owners, due=due,
                                   timeframe=target, response=response, decision=decision))
    rows = []
    for ref, criterion, text, verb, response, decision, officer, owners, target, timeframe, due in improvements:
        rows.append([{"text": ref, "bold": True}, criterion, text, response, officer, target])
        recs.append(recommendation(ref, text, verb=verb, theme=theme_ir, owners=owners, due=due,
                                   timeframe=timeframe, response=response, decision=decision))
    blocks += [
        ("break",),
        ("h", 2, "4. " + theme_ir),
        ("p", "The table sets out our improvement recommendations and management’s responses to them."),
        ("table", {"cols": [1.2, 2.6, 4.6, 4.6, 2.6, 1.9],
                   "header": ["Ref", "Criterion", "Recommendation", "Management response", "Responsible officer",
                              "Target date"],
                   "header_fill": "9FCBCF", "font": 8.8, "rows": rows}),
    ]
    rows = []
    for n, text, verb, progress, word, fill, status in previous:
        rows.append([n, text, "Improvement", progress, {"text": word, "fill": fill, "bold": True}])
        recs.append(recommendation(n, text, verb=verb, theme=theme_prev, status=status, progress=progress))
    blocks += [
        ("h", 2, "5. " + theme_prev),
        ("p", "We made three recommendations in our 2023/24 report. We assess progress using these terms: "
              "**Implemented** – the recommendation has been fully put into effect; **Partly implemented** – work "
              "has started and is continuing; **Not implemented** – no work has started."),
        ("table", {"cols": [1.0, 5.6, 2.2, 5.4, 2.4],
                   "header": ["No.", "2023/24 recommendation", "Type", "Progress reported by management",
                              "Our assessment"],
                   "header_fill": "9FCBCF", "font": 8.8, "rows": rows}),
        ("h", 2, "6. Audit fees"),
        ("table", {"cols": [8.0, 3.5, 3.5], "header": ["Fee", "2023/24", "2024/25"], "header_fill": "9FCBCF",
                   "font": 9, "rows": [
            ["Scale fee set by Public Sector Audit Appointments", "£112,400", "£118,020"],
            ["Additional fee: value for money work on contracts", "–", "£6,500"],
            [{"text": "Total", "bold": True}, {"text": "£112,400", "bold": True}, {"text": "£124,520", "bold": True}],
        ]}),
        ("p", "Engagement Lead: T.R., Pemberton Quayle LLP, 4 Quay Street, Harrowmoor HM1 4QS – "
              "audit.vellacombe@pembertonquayle.example – 01632 960 730."),
    ]
    title = "Auditor’s Annual Report 2024/25: Vellacombe District Council"
    return {
        "name": "vellacombe-auditors-annual-report-2024-25",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "css_font": "'DejaVu Serif', serif", "size": 9.8, "title_color": "00535E",
                 "footer": "Pemberton Quayle LLP – Auditor’s Annual Report 2024/25 – Vellacombe District Council"},
        "blocks": blocks,
        "gold": dict(genre="External auditor's annual report (value for money) with key and improvement "
                           "recommendations, management responses, responsible officers and target dates, and "
                           "progress on the previous year's recommendations",
                     kind="scrutiny-report", title=title, authority=VDC, date="2025-11", meeting=None,
                     recommendations=recs),
        "layout": "PDF (HTML → Chromium), DejaVu Serif 9.8 pt; a bold firm line above a teal title, a year line and "
                  "an addressee paragraph; a summary table of the three reporting criteria with findings in red, "
                  "amber and green cells (not items); findings under h3 criterion headings, one \"CIPFA recommends "
                  "that …\" sentence (not an item); under \"3. Key recommendations\" two headerless two-column tables, "
                  "a teal title row \"Key recommendation n\" merged across, label cells shaded (Recommendation in bold "
                  "/ Significant weakness identified / Why it matters / Management comments / Responsible officer / "
                  "Target date); \"4. Improvement recommendations\" as a table Ref | Criterion | Recommendation | "
                  "Management response | Responsible officer | Target date, refs IR1–IR5 in bold; responses \"Agreed.\", "
                  "\"Management accept this recommendation.\", \"Agreed in part.\", \"Not agreed.\" and one that "
                  "states no decision; officer cells split by \"/\" plus line break, \";\" plus line break and a bare "
                  "line break; target dates \"February 2026 (budget setting)\", \"30 June 2026\", \"Q4 2025/26\", "
                  "\"March 2026\", \"N/A\", \"January 2026\", \"By September 2026\"; \"5. Progress on previous "
                  "recommendations\" with an assessment key in one paragraph and a table No. | 2023/24 "
                  "recommendation | Type | Progress reported by management | Our assessment (Implemented / Partly "
                  "implemented / Not implemented in bold in shaded cells); an audit fees table with a bold total row; "
                  "a contact line and a closing footer line.",
    }


# ---------------------------------------------------------------------------
# J3. Housing Ombudsman complaint handling code self-assessment (python-docx → LibreOffice):
#     a district council's report to its Housing Services Committee. A borderless front table,
#     "The Committee is recommended to:" with a Word-numbered (a)–(d) list, typed 1.1 … body
#     paragraphs (one "The Ombudsman recommends that …", not an item) and a compliance figures
#     table; Appendix A, the self-assessment table Provision | Code requirement | Comply? |
#     Evidence | Commentary / action to be taken (Yes / No in shaded cells; not items, the
#     paper is a committee report); Appendix B, the improvement actions No. | Provision |
#     Action | Responsible officer | Target date | Status, numbered 1–4, 6, 7 (5 merged).
# ---------------------------------------------------------------------------


def housing_complaints_self_assessment():
    committee = "Housing Services Committee"
    recs = [
        ("a", "note the outcome of the self-assessment against the Housing Ombudsman’s Complaint Handling Code in "
              "Appendix A, which finds the Council compliant with 34 of the 39 provisions assessed;", "NOTE"),
        ("b", "approve the improvement actions in Appendix B;", "APPROVE"),
        ("c", "agree that the self-assessment is published on the Council’s website and submitted to the Housing "
              "Ombudsman with the annual complaints performance report; and", "AGREE"),
        ("d", "confirm the Chair of the Committee as the Member Responsible for Complaints.", "CONFIRM"),
    ]
    # Appendix A rows: (provision, requirement, comply, evidence, commentary)
    assessment = [
        ("1.1", "The landlord uses the Code’s definition of a complaint in its policy and in practice.", "No",
         "Complaints policy (2023), section 2", "The policy still refers to ‘informal complaints’. Action 1."),
        ("1.3", "A resident does not have to use the word ‘complaint’ for it to be treated as one.", "Yes",
         "Staff guidance, page 4; contact centre scripts", "Compliant."),
        ("3.1", "The complaints policy is easy to find and is available in accessible formats.", "No",
         "Website complaints page; no easy read or translated versions", "Action 2."),
        ("3.4", "Complaints can be made by telephone, in writing, in person, by e-mail and online.", "Yes",
         "Contact centre scripts; online form", "Compliant."),
        ("4.1", "The landlord has a named complaints officer with access to staff at all levels.", "Yes",
         "Complaints and Feedback Manager in post since 2021", "Compliant."),
        ("5.4", "Stage 1 complaints are acknowledged within five working days.", "Yes",
         "2024/25: 96% acknowledged within five working days", "Compliant."),
        ("5.8", "The resident is told, with reasons, when a stage 1 response will take longer than ten working days.",
         "No", "Housing management system audit, September 2025",
         "Extension letters are not sent consistently. Action 3."),
        ("6.1", "Stage 2 responses are given by a person who was not involved in the stage 1 response.", "No",
         "Sample of 20 stage 2 complaints", "3 of the 20 were reviewed by the manager of the service complained "
                                            "about. Action 4."),
        ("6.6", "Stage 2 responses are sent within 20 working days of acknowledgement.", "Yes",
         "2024/25: 91% within 20 working days", "Compliant; see also action 4."),
        ("7.3", "The landlord reports learning from complaints to its governing body.", "No",
         "Annual complaints report only", "Action 6 (reports every six months)."),
        ("9.2", "The governing body appoints a Member Responsible for Complaints.", "Yes",
         "Committee resolution, 9 December 2025", "Compliant since December 2025 (action 7 complete)."),
    ]
    # Appendix B rows: (No., provision, action, officer cell, owners, target, due, status word)
    plan = [
        ("1", "1.1", "Replace the term ‘informal complaint’ in the complaints policy and staff guidance with the Code’s "
                     "definition of a complaint.", "Complaints and Feedback Manager",
         ["Complaints and Feedback Manager"], "31/01/2026", "2026-01-31", "In progress"),
        ("2", "3.1", "Publish the complaints policy in easy read and in the five community languages most often "
                     "requested.", "Complaints and Feedback Manager /\nCommunications Team",
         ["Complaints and Feedback Manager", "Communications Team"], "April 2026", "2026-04", ""),
        ("3", "5.8", "Set up the housing management system to send an extension letter when a stage 1 response will "
                     "take longer than ten working days.", "Head of ICT;\nHousing Systems Officer",
         ["Head of ICT", "Housing Systems Officer"], "Q1 2026/27", "2026-06", "Not started"),
        ("4", "6.1, 6.6", "Move stage 2 reviews to the Complaints and Feedback Manager’s team, so that no manager "
                          "reviews a complaint about their own service.", "Head of Housing Management",
         ["Head of Housing Management"], "End of June 2026", "2026-06", "In progress"),
        ("6", "7.3", "Report complaints performance and the learning from complaints to this Committee every six "
                     "months.", "Head of Housing Management\nComplaints and Feedback Manager",
         ["Head of Housing Management", "Complaints and Feedback Manager"], "Six-monthly from July 2026", "2026-07",
         "Not started"),
        ("7", "9.2", "Appoint a Member Responsible for Complaints and add the role to the Constitution.",
         "Monitoring Officer", ["Monitoring Officer"], "December 2025", "2025-12", "Complete"),
    ]
    status_of = {"Complete": "completed", "In progress": "ongoing", "Not started": "not-started", "": None}
    comply_fill = {"Yes": "D8E4BC", "No": "F2DCDB"}
    title = "Housing Ombudsman Complaint Handling Code: Annual Self-Assessment 2025/26"
    blocks = [
        ("p", "**VELLACOMBE DISTRICT COUNCIL**"),
        ("table", {"cols": [4.0, 13.0], "borders": False, "font": 10, "rows": [
            [{"text": "Report to:", "bold": True}, committee],
            [{"text": "Date:", "bold": True}, "22 January 2026"],
            [{"text": "Agenda item:", "bold": True}, "9"],
            [{"text": "Report of:", "bold": True}, "Head of Housing Management"],
            [{"text": "Member Responsible for Complaints:", "bold": True}, "Chair of the Housing Services Committee"],
            [{"text": "Wards:", "bold": True}, "All"],
            [{"text": "Key decision:", "bold": True}, "No"],
            [{"text": "Exempt:", "bold": True}, "No"],
        ]}),
        ("title", title),
        ("h", 1, "1. Summary"),
        ("p", "1.1\tThe Council, as a landlord of 4,870 homes, must assess itself each year against the Housing "
              "Ombudsman’s Complaint Handling Code, publish the self-assessment and report it to its governing body. "
              "This report presents the self-assessment for 2025/26 and the actions needed where the Council does not "
              "yet comply."),
        ("h", 1, "2. Recommendations"),
        ("p", "**The Committee is recommended to:**"),
        ("list", "(a)", 1, [text for n, text, verb in recs]),
        ("h", 1, "3. Background"),
        ("p", "3.1\tThe Code became statutory on 1 April 2024. It sets out a two-stage complaints process, time limits "
              "for each stage and what landlords must do to learn from complaints. The Ombudsman may issue a "
              "complaint handling failure order where a landlord does not follow it."),
        ("p", "3.2\tThe Ombudsman recommends that landlords also review their self-assessment after any significant "
              "restructure or change to their complaints procedure. No such change has taken place since the last "
              "self-assessment in January 2025."),
        ("p", "3.3\tThe self-assessment was completed by the Complaints and Feedback Manager and checked by Internal "
              "Audit, who tested the evidence for a sample of ten provisions."),
        ("h", 1, "4. Findings"),
        ("p", "4.1\tThe Council complies with 34 of the 39 provisions assessed, compared with 31 in January 2025. The "
              "table summarises the result by section of the Code."),
        ("table", {"cols": [8.0, 3.0, 3.0, 3.0], "header": ["Section of the Code", "Provisions", "Compliant",
                                                            "Not compliant"],
                   "header_fill": "DDD9C4", "font": 9.5, "rows": [
            ["1–2 Definitions and exclusions", "6", "5", "1"],
            ["3–4 Accessibility and the complaint handling team", "9", "8", "1"],
            ["5 The complaint handling process (stage 1)", "10", "9", "1"],
            ["6 Stage 2", "7", "6", "1"],
            ["7–9 Putting things right, learning and governance", "7", "6", "1"],
            [{"text": "Total", "bold": True}, {"text": "39", "bold": True}, {"text": "34", "bold": True},
             {"text": "5", "bold": True}],
        ]}),
        ("p", "4.2\tThe five provisions that are not met, and the actions proposed, are set out in Appendices A and B. "
              "The most significant is provision 6.1: in three of twenty stage 2 complaints sampled, the review was "
              "carried out by the manager of the service complained about."),
        ("h", 1, "5. Complaints performance 2024/25"),
        ("p", "5.1\tThe Council received 412 stage 1 complaints and 58 stage 2 complaints about its housing services "
              "in 2024/25. Repairs accounted for 46% of stage 1 complaints. The Ombudsman made four determinations, "
              "with maladministration found in one case about damp and mould."),
        ("h", 1, "6. Implications"),
        ("p", "6.1\t**Financial:** the actions in Appendix B can be met from existing budgets, except the system change "
              "in action 3, which will cost about £6,000 from the housing ICT budget."),
        ("p", "6.2\t**Legal:** as a social landlord the Council must follow the Code, which requires the "
              "self-assessment to be published and reported to the governing body each year."),
        ("p", "Contact: Complaints and Feedback Manager – complaints@vellacombe.example – 01632 960 241"),
        ("break",),
        ("h", 1, "Appendix A – Self-assessment against the Complaint Handling Code"),
        ("p", "Provisions are numbered as in the Code. This appendix shows the provisions that were not met in January "
              "2025 or are not met now, and a sample of those met; the full table of 39 provisions is published on the "
              "Council’s website."),
        ("table", {"cols": [1.9, 4.7, 1.8, 4.0, 4.6],
                   "header": ["Provision", "Code requirement", "Comply?", "Evidence",
                              "Commentary / action to be taken"],
                   "header_fill": "DDD9C4", "font": 8.5,
                   "rows": [[prov, req, {"text": yes, "bold": True, "fill": comply_fill[yes]}, ev, comment]
                            for prov, req, yes, ev, comment in assessment]}),
        ("break",),
        ("h", 1, "Appendix B – Improvement actions"),
        ("p", "Action 5 (training for stage 2 reviewers) has been merged into action 4, so the numbering has a gap."),
    ]
    rows, actions = [], []
    for number, provision, text, officer, owners, target, due, word in plan:
        rows.append([number, provision, text, officer, target, word])
        actions.append(action(number, text, owners, target or None, due, status_of[word]))
    blocks += [
        ("table", {"cols": [1.0, 2.0, 6.0, 3.6, 2.4, 2.0],
                   "header": ["No.", "Provision", "Action", "Responsible officer", "Target date", "Status"],
                   "header_fill": "DDD9C4", "font": 9, "rows": rows}),
    ]
    return {
        "name": "vellacombe-housing-complaint-handling-code-self-assessment",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-12", "doc_title": title, "author": "Vellacombe District Council",
                 "far_h": True, "cant_split": True, "font": "Liberation Sans", "size": 10.5,
                 "footer": "Housing Services Committee – 22 January 2026 – Item 9"},
        "blocks": blocks,
        "gold": dict(genre="Housing Ombudsman complaint handling code self-assessment reported to a committee, with "
                           "\"The Committee is recommended to:\" (a)–(d) and an appendix of improvement actions",
                     kind="committee-report", title=title, authority=VDC, date="2026-01-22", meeting=committee,
                     recommendations=[recommendation(n, text, verb=verb, addressee="Committee")
                                      for n, text, verb in recs],
                     actions=actions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10.5 pt, Word heading styles, page footer; a bold "
                  "capitals council line and a borderless front table with bold labels (Report to / Date / Agenda "
                  "item / Report of / Member Responsible for Complaints / Wards / Key decision / Exempt) above the "
                  "title; typed 1.1–6.2 paragraphs (tab after the number); \"2. Recommendations\" with a bold \"The "
                  "Committee is recommended to:\" and a Word-numbered (a)–(d) list (lower-case verbs, \"; and\"); "
                  "\"3.2 The Ombudsman recommends that …\" (not an item); a compliance figures table with a bold total "
                  "row; after a page break, Appendix A Provision | Code requirement | Comply? | Evidence | Commentary / "
                  "action to be taken, 8.5 pt, Yes / No in bold in green and pink cells, commentary cells citing "
                  "action numbers (not items); after another page break, Appendix B No. | Provision | Action | "
                  "Responsible officer | Target date | Status, numbered 1–4, 6, 7 (5 merged, with a note), officer "
                  "cells split by \"/\" plus line break, \";\" plus line break and a bare line break, target dates "
                  "\"31/01/2026\", \"April 2026\", \"Q1 2026/27\", \"End of June 2026\", \"Six-monthly from July "
                  "2026\", \"December 2025\", statuses as plain words (In progress, Not started, Complete) and one "
                  "empty; rows may not split across pages.",
    }


# ---------------------------------------------------------------------------
# J4. Voluntary sector Compact annual review (Markdown → pandoc DOCX): the County Council and its
#     CVS review the Compact together. A capitals masthead naming both, a pipe rating key, five
#     commitments under Heading 3 with a bold "Our rating:" line, a bold "Evidence" line and a
#     bullet list, a block-quoted survey comment and a "What we will do" line (not items); a
#     joint action plan grid table No. | What we will do | Council lead | HVA lead | By when |
#     Status, with a lead in each organisation (owners are both cells), "–" and empty cells.
#     Not a SET paper: no domains or questions; evidence items with domain null.
# ---------------------------------------------------------------------------


def compact_annual_review():
    # commitments: (heading, rating, [evidence bullets], quote or None, what we will do)
    commitments = [
        ("Commitment 1: Involving the sector in decisions", "Partly kept", [
            "The Council ran 14 public consultations in 2024/25; 11 of them lasted the 12 weeks the Compact asks for.",
            "Harrowmoor Voluntary Action nominated sector representatives to the Health and Wellbeing Board and the "
            "Community Safety Partnership.",
            "Only 38% of the organisations that answered our survey said they had been asked for their views before a "
            "decision that affected them.",
        ], "We heard about the changes to the library opening hours from the local paper.", "actions 1 and 2."),
        ("Commitment 2: Funding and commissioning", "Not kept", [
            "Grant agreements for 2024/25 were issued on average seven weeks after the start of the financial year.",
            "Nine of the 26 grants were for one year only, although the Compact asks for three-year funding where "
            "possible.",
            "Small organisations told us the commissioning portal was hard to use; 12 did not bid for contracts they "
            "had wanted to bid for.",
        ], "We had to give two staff notice in March because we did not know whether our grant would continue.",
         "actions 3 and 4."),
        ("Commitment 3: Sharing information", "Partly kept", [
            "The Council’s monthly Community Bulletin reaches 1,140 organisations.",
            "Harrowmoor Voluntary Action shares the results of its State of the Sector survey with the Council’s "
            "directors every year.",
        ], None, "action 5."),
        ("Commitment 4: Volunteering and community buildings", "Kept", [
            "The community asset transfer policy was used to transfer two community centres to local groups in "
            "2024/25.",
            "The joint volunteer passport scheme has 412 registered volunteers, against a target of 300.",
        ], None, "no new action; we will keep the current arrangements."),
        ("Commitment 5: Making the Compact work", "Partly kept", [
            "The Compact Steering Group met three times out of the four meetings planned.",
            "Compact awareness training was given to 46 Council commissioners and 31 trustees of voluntary "
            "organisations.",
        ], None, "actions 6 and 7."),
    ]
    # plan rows: (No., text, council lead, hva lead, owners, by when, due, status word)
    plan = [
        ("1", "Publish a forward plan of consultations every quarter, so that groups know what is coming.",
         "Head of Policy and Engagement", "–", ["Head of Policy and Engagement"], "September 2025", "2025-09",
         "Under way"),
        ("2", "Set up a sector reference group that the Council asks for views at the start of any major service "
              "change.", "Head of Policy and Engagement", "HVA Chief Executive",
         ["Head of Policy and Engagement", "HVA Chief Executive"], "Q3 2025/26", "2025-12", "Not started"),
        ("3", "Issue grant agreements before 1 April each year and offer three-year agreements for all grants over "
              "£10,000.", "Head of Commissioning\n\nGrants Officer", "–", ["Head of Commissioning", "Grants Officer"],
         "By March 2026", "2026-03", "Under way"),
        ("4", "Run four commissioning surgeries a year for small organisations, with help to use the portal.",
         "Procurement Manager", "HVA Development Officer", ["Procurement Manager", "HVA Development Officer"],
         "Every quarter", None, "Not started"),
        ("5", "Add a sector news section, edited by Harrowmoor Voluntary Action, to the Council’s Community Bulletin.",
         "Communications Manager", "HVA Communications Officer",
         ["Communications Manager", "HVA Communications Officer"], "31 December 2025", "2025-12-31", "Done"),
        ("6", "Agree a timetable of four Steering Group meetings a year and publish the papers online.",
         "Compact Steering Group (joint)", "", ["Compact Steering Group (joint)"], "July 2025", "2025-07", "Done"),
        ("7", "Refresh the Compact awareness training and make it part of the induction of new commissioners.",
         "Head of HR / Head of Commissioning", "HVA Training Manager",
         ["Head of HR", "Head of Commissioning", "HVA Training Manager"], "Spring 2026", "2026-05", "Not started"),
    ]
    status_of = {"Done": "completed", "Under way": "ongoing", "Not started": "not-started"}
    title = "Harrowmoor Compact Annual Review 2024/25"
    md = [
        "**HARROWMOOR COUNTY COUNCIL \\| HARROWMOOR VOLUNTARY ACTION**",
        f"# {title}",
        "*Published July 2025 by Harrowmoor County Council and Harrowmoor Voluntary Action (HVA). Agreed by the "
        "Compact Steering Group on 24 June 2025.*",
        "## Foreword",
        "The Harrowmoor Compact sets out how the County Council and the voluntary and community sector will work "
        "together. This is our third annual review, and the first that we have written jointly. It is honest about "
        "where we have fallen short, especially on funding, and it sets out what each of us will do about it in "
        "2025/26.",
        "| *Leader of Harrowmoor County Council*\n| *Chair, Harrowmoor Voluntary Action*",
        "## How we carried out the review",
        "Between March and May 2025 we surveyed 83 voluntary and community organisations, held two workshops in "
        "Harrow Cross and Moorbridge, and looked at the Council’s records of consultations and grants. The Compact "
        "Steering Group then rated each of the five Compact commitments together, using the key below.",
        "| Rating | What it means |\n|---|---|\n"
        "| Kept | Both partners did what the commitment says, with few exceptions. |\n"
        "| Partly kept | Some of the commitment was met, but there are clear gaps. |\n"
        "| Not kept | The commitment was not met in most cases. |",
        "## What we found",
    ]
    gold_evidence = []
    for heading, rating, items, quote, todo in commitments:
        md.append(f"### {heading}")
        md.append(f"**Our rating: {rating}**")
        md.append("**Evidence**")
        md.append("\n".join(f"- {item}" for item in items))
        gold_evidence += [evidence(item) for item in items]
        if quote:
            md.append(f"> “{quote}” – survey response")
        md.append(f"**What we will do:** {todo}")
    md += [
        "## Joint action plan 2025/26",
        "Each action has a lead in each organisation, except where the table shows ‘–’. The status is the position at "
        "the Steering Group meeting on 24 June 2025: **Done**, **Under way** or **Not started**.",
    ]
    rows, actions = [], []
    for number, text, council, hva, owners, when, due, word in plan:
        rows.append([number, text, council, hva, when, word])
        actions.append(action(number, text, owners, when, due, status_of[word]))
    md.append(grid_table([7, 32, 20, 18, 14, 12],
                         ["No.", "What we will do", "Council lead", "HVA lead", "By when", "Status"], rows))
    md += [
        "## Contact",
        "Compact Steering Group, c/o Harrowmoor Voluntary Action, 12 Market Street, Harrow Cross HM2 3LP – "
        "compact@harrowmoorva.example – 01632 960 655",
    ]
    return {
        "name": "harrowmoor-compact-annual-review-2024-25",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2025-07-01"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Voluntary sector Compact annual review by the council and its CVS together, with ratings "
                           "and evidence for five commitments and a joint action plan led by both organisations",
                     kind="self-evaluation", title=title, authority=HCC, date="2025-07", meeting=None,
                     evidence=gold_evidence, actions=actions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; a bold capitals masthead naming the County Council "
                  "and the CVS; an italic publication line; a foreword signed in an italic line block; a pipe rating "
                  "key (Kept / Partly kept / Not kept); five Heading 3 commitments, each with a bold \"Our rating: "
                  "…\" line, a bold \"Evidence\" line followed by a bullet list, a block-quoted survey comment (two "
                  "of them) and a bold-led \"What we will do:\" line naming action numbers (not items); a joint action "
                  "plan grid table No. | What we will do | Council lead | HVA lead | By when | Status, leads in both "
                  "organisation columns, \"–\" for none, one empty HVA cell, a Council cell of two paragraphs and one "
                  "with \" / \"; by-when cells \"September 2025\", \"Q3 2025/26\", \"By March 2026\", \"Every "
                  "quarter\", \"31 December 2025\", \"July 2025\", \"Spring 2026\"; statuses Done / Under way / Not "
                  "started, defined in the line above the table; a contact line.",
    }


# ---------------------------------------------------------------------------
# J5. Local area SEND self-evaluation summary (Markdown → pandoc DOCX → LibreOffice): a county
#     council and ICB partnership's summary for families. Overall view in prose; four areas under
#     Heading 2, each a three-column grid table What we know | What we are doing | How we will
#     know with bullet lists inside the cells (not items: findings and intentions without owners);
#     a status key and school terms defined in paragraphs; the priority actions grid table Ref |
#     Action | Owner(s) | By | Status, refs P1–P7. No "Evidence" heading, so no evidence items.
# ---------------------------------------------------------------------------


def send_self_evaluation_summary():
    areas = [
        ("1. Identifying needs early", [
            "Early years settings value the Inclusion Team: 92% rated its advice as good or very good in 2025.",
            "Waits for a neurodevelopmental assessment are too long: the median wait was 61 weeks in December 2025.",
            "Requests for an EHC needs assessment rose by 18% in 2025.",
        ], [
            "Opening a second neurodevelopmental assessment hub in Moorbridge.",
            "Training early years practitioners in the graduated approach.",
        ], [
            "The median wait falls below 40 weeks by March 2027.",
            "More needs are identified before children start school.",
        ]),
        ("2. Assessing needs and planning support", [
            "58% of new EHC plans were issued within 20 weeks in 2025, compared with 50% nationally.",
            "Annual reviews are often late, and families tell us that plans are not updated when needs change.",
        ], [
            "A dedicated annual review team started work in September 2025.",
            "A multi-agency panel checks the quality of a sample of plans every month.",
        ], [
            "90% of annual reviews are completed on time.",
            "Families rate their child’s plan as good in our audit.",
        ]),
        ("3. Preparing for adulthood", [
            "Only 41% of young people with an EHC plan are in education, training or paid work at the age of 19.",
            "Moving to adult health services is planned too late for young people with complex health needs.",
        ], [
            "Supported internships with the County Council and Harrowmoor General Hospital.",
            "A transition clinic for young people aged 16 to 18 with complex health needs.",
        ], [
            "There are 30 supported internship places by September 2026.",
        ]),
        ("4. Working with children, young people and families", [
            "Harrowmoor Parent Carer Forum co-chairs the SEND Partnership Board.",
            "Only 46% of parents in our 2025 survey said they trusted the partnership to act on their views.",
        ], [
            "Publishing a ‘You said, we did’ report after each Partnership Board meeting.",
        ], [
            "Trust in the partnership rises above 60% in the 2027 survey.",
        ]),
    ]
    # actions: (ref, text, owner cell, owners, by, due, status word)
    plan = [
        ("P1", "Open the Moorbridge neurodevelopmental assessment hub and publish waiting times every month.",
         "ICB Head of Children’s Commissioning /\n\nHarrowmoor Community Health Trust",
         ["ICB Head of Children’s Commissioning", "Harrowmoor Community Health Trust"], "Spring term 2026", "2026-03",
         "On track"),
        ("P2", "Clear the backlog of 310 overdue annual reviews of EHC plans.", "Head of SEND Assessment",
         ["Head of SEND Assessment"], "31/03/2026", "2026-03-31", "At risk"),
        ("P3", "Agree a joint commissioning plan for speech and language therapy in schools.",
         "Director of Education and Skills\n\nICB Director of Children’s Services",
         ["Director of Education and Skills", "ICB Director of Children’s Services"], "Sept 2026", "2026-09",
         "Not started"),
        ("P4", "Create 30 supported internship places with local employers.",
         "Preparing for Adulthood Lead; Harrowmoor Chamber of Commerce",
         ["Preparing for Adulthood Lead", "Harrowmoor Chamber of Commerce"], "Summer term 2026", "2026-07",
         "On track"),
        ("P5", "Train 120 early years practitioners in the graduated approach.", "Early Years Inclusion Manager",
         ["Early Years Inclusion Manager"], "", None, "Complete"),
        ("P6", "Co-produce a new Local Offer website with children, young people and families.",
         "Harrowmoor Parent Carer Forum and Head of SEND Strategy",
         ["Harrowmoor Parent Carer Forum", "Head of SEND Strategy"], "Dec 2026", "2026-12", "Not started"),
        ("P7", "Report progress on these actions to the SEND Partnership Board at every meeting.",
         "SEND Partnership Board Manager", ["SEND Partnership Board Manager"], "Ongoing", None, "On track"),
    ]
    status_of = {"Complete": "completed", "On track": "ongoing", "At risk": "ongoing", "Not started": "not-started"}
    title = "Local Area SEND Self-Evaluation: Summary"
    md = [
        "HARROWMOOR LOCAL AREA SEND PARTNERSHIP",
        f"# {title}",
        "*Harrowmoor County Council and NHS Harrowmoor Integrated Care Board – January 2026*",
        "## About this summary",
        "This is a summary of our full self-evaluation of how well the local area partnership meets the needs of "
        "children and young people aged 0 to 25 with special educational needs and disabilities (SEND). It is written "
        "for families, schools and partners. We update it every six months; the next update is due in July 2026.",
        "## Our overall view",
        "We think that the partnership’s arrangements lead to inconsistent experiences and outcomes for children and "
        "young people with SEND. Some services are strong, and families speak highly of our early years support, but "
        "too many families wait too long for an assessment, and too few young people are well prepared for adult "
        "life.",
        "For each of the four areas below we say what we know about how well we are doing, what we are doing about "
        "it and how we will know that it has worked.",
    ]
    for heading, know, doing, how in areas:
        md.append(f"## {heading}")
        cells = ["\n\n".join(f"- {line}" for line in column) for column in (know, doing, how)]
        md.append(grid_table([36, 30, 30], ["What we know", "What we are doing", "How we will know"], [cells]))
    md += [
        "## Our priority actions for 2026",
        "Status key: **Complete** – the action is finished; **On track** – work has started and is on schedule; **At "
        "risk** – work has started but may not be finished by the date shown; **Not started** – work has not begun.",
        "School terms: the autumn term ends in December, the spring term in March and the summer term in July.",
    ]
    rows, actions = [], []
    for ref, text, owner, owners, by, due, word in plan:
        rows.append([ref, text, owner, by, word])
        actions.append(action(ref, text, owners, by or None, due, status_of[word]))
    md.append(grid_table([6, 30, 25, 18, 14], ["Ref", "Action", "Owner(s)", "By", "Status"], rows))
    md += [
        "## Tell us what you think",
        "The SEND Partnership Board will discuss this summary on 4 February 2026. You can comment on it through "
        "Harrowmoor Parent Carer Forum or by contacting the SEND Partnership Manager, County Hall, Harrowmoor HM1 1HC "
        "– send.partnership@harrowmoor.example – 01632 960 690.",
    ]
    return {
        "name": "harrowmoor-local-area-send-self-evaluation-summary",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-01-19"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Local area SEND self-evaluation summary (What we know / What we are doing / How we will "
                           "know) with priority actions and owners",
                     kind="self-evaluation", title=title, authority=HCC, date="2026-01", meeting=None,
                     actions=actions),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's default styles; a capitals partnership line "
                  "above the title and an italic line naming the council and the ICB with the month; \"About this "
                  "summary\" and \"Our overall view\" in prose; four Heading 2 areas, each a three-column grid table "
                  "What we know | What we are doing | How we will know with bullet lists inside the cells (findings, "
                  "intentions and measures without owners or dates; not items); a status key (Complete / On track / "
                  "At risk / Not started) in a bold-led paragraph and a line defining the ends of the school terms; "
                  "the priority actions grid table Ref | Action | Owner(s) | By | Status, refs P1–P7, owner cells "
                  "split by \"/\" plus a paragraph break, a paragraph break, \";\" and \"and\" between two parties; "
                  "by cells \"Spring term 2026\", \"31/03/2026\", \"Sept 2026\", \"Summer term 2026\", one empty, "
                  "\"Dec 2026\", \"Ongoing\"; a contact paragraph.",
    }


# ---------------------------------------------------------------------------
# J6. Scrutiny improvement review (python-docx → LibreOffice), Liberation Serif, bold non-style
#     headings: a cross-party working group's self-evaluation of the county council's overview
#     and scrutiny function, reported to County Council. A four-column front table with shaded
#     labels; "County Council is asked to:" with typed (i)–(iii); a self-evaluation table of six
#     characteristics rated Established / Developing / Not yet in place in shaded cells (not
#     items); typed 4.1–4.5 findings, one "Several Cabinet Members recommended that …" (not an
#     item); recommendations R1–R8 as bold-labelled typed paragraphs under theme sub-headings;
#     an action plan Rec | Ref | Action | Lead | By when | Status with the Rec cell merged down
#     over its actions, refs 1.1 … 8.1 (no 6.x; R6 is served by 5.2).
# ---------------------------------------------------------------------------


def scrutiny_improvement_review():
    council = "County Council"
    covering = [
        ("i", "endorse the findings of the Working Group’s self-evaluation of overview and scrutiny in section 4;",
         "ENDORSE"),
        ("ii", "agree recommendations R1 to R8 in section 5; and", "AGREE"),
        ("iii", "ask the Scrutiny Management Board to monitor the action plan in Appendix 1 and to report progress to "
                "County Council in December 2026.", "ASK"),
    ]
    # recommendations: (theme, number, text, verb, addressee)
    recs = [
        ("Planning the work programme", "R1",
         "That the Scrutiny Management Board agrees a single scrutiny work programme each June, with topics chosen "
         "against published criteria.", "AGREES", "Scrutiny Management Board"),
        ("Planning the work programme", "R2",
         "Scrutiny committees should limit their agendas to no more than four substantive items at each meeting.",
         "LIMIT", "Scrutiny committees"),
        ("Holding the executive to account", "R3",
         "That Cabinet Members attend the relevant scrutiny committee at least twice a year to answer questions "
         "about their portfolio.", "ATTEND", "Cabinet Members"),
        ("Holding the executive to account", "R4",
         "Introduce a protocol, agreed by the Leader and the Chair of the Scrutiny Management Board, that sets out "
         "how Cabinet will respond to scrutiny recommendations within two months.", "INTRODUCE", None),
        ("Skills and support", "R5",
         "Provide a scrutiny induction programme for all members after the May 2027 elections, and questioning "
         "skills training every year.", "PROVIDE", None),
        ("Skills and support", "R6", "Scrutiny chairs and vice-chairs should be offered one-to-one coaching.", None,
         None),
        ("Involving the public", "R7",
         "That the Council webcasts every scrutiny committee meeting and publishes a plain English summary of each "
         "scrutiny review.", "WEBCASTS", "Council"),
        ("Resources", "R8",
         "Create a scrutiny officer team of three posts, funded from the democratic services budget.", "CREATE",
         None),
    ]
    # action plan: (rec, [(ref, action, lead cell, owners, by when, due, status word)])
    plan = [
        ("R1", [
            ("1.1", "Agree criteria for choosing work programme topics, based on public interest, impact and "
                    "performance.", "Scrutiny Manager /\nChair of the Scrutiny Management Board",
             ["Scrutiny Manager", "Chair of the Scrutiny Management Board"], "February 2026", "2026-02",
             "In progress"),
            ("1.2", "Hold a joint work programming session of all scrutiny committees each June.",
             "Head of Democratic Services", ["Head of Democratic Services"], "June 2026", "2026-06", "Not started"),
        ]),
        ("R2", [
            ("2.1", "Move routine performance reports to the members’ information bulletin.", "Head of Performance",
             ["Head of Performance"], "From January 2026", "2026-01", "Complete"),
        ]),
        ("R3", [
            ("3.1", "Publish a timetable of Cabinet Member attendance at each scrutiny committee.", "Scrutiny Manager",
             ["Scrutiny Manager"], "31/03/2026", "2026-03-31", "Not started"),
        ]),
        ("R4", [
            ("4.1", "Agree an executive–scrutiny protocol setting out how and when Cabinet responds to scrutiny "
                    "recommendations.", "Leader of the Council and Chair of the Scrutiny Management Board",
             ["Leader of the Council", "Chair of the Scrutiny Management Board"], "Q1 2026/27", "2026-06",
             "In progress"),
            ("4.2", "Record the date of every Cabinet response in the recommendations tracker and report late "
                    "responses to the Scrutiny Management Board.", "Scrutiny Manager", ["Scrutiny Manager"],
             "Ongoing", None, "In progress"),
        ]),
        ("R5", [
            ("5.1", "Design a scrutiny induction programme for new members after the May 2027 elections.",
             "Member Development Officer;\nHR Learning and Development",
             ["Member Development Officer", "HR Learning and Development"], "May 2027", "2027-05", "Not started"),
            ("5.2", "Offer one-to-one coaching to every scrutiny chair and vice-chair.",
             "Head of Democratic Services\nIndependent governance adviser",
             ["Head of Democratic Services", "Independent governance adviser"], "", None, ""),
        ]),
        ("R7", [
            ("7.1", "Webcast all scrutiny committee meetings from the Council Chamber.", "Head of ICT", ["Head of ICT"],
             "Spring 2026", "2026-05", "On hold – awaiting the 2026/27 budget decision"),
            ("7.2", "Publish a plain English summary of every scrutiny review.",
             "Scrutiny Manager /\nCommunications Manager", ["Scrutiny Manager", "Communications Manager"],
             "From April 2026", "2026-04", "Not started"),
        ]),
        ("R8", [
            ("8.1", "Include the cost of two additional scrutiny officer posts in the 2026/27 budget proposals.",
             "Chief Finance Officer", ["Chief Finance Officer"], "February 2026", "2026-02", "Complete"),
        ]),
    ]
    status_of = {"Complete": "completed", "In progress": "ongoing", "Not started": "not-started",
                 "On hold – awaiting the 2026/27 budget decision": "deferred", "": None}
    rating_fill = {"Established": GREEN, "Developing": AMBER, "Not yet in place": RED}
    title = "Scrutiny Improvement Review 2025: Report of the Scrutiny Improvement Working Group"
    lab = lambda text: label(text, "DEEAF6")
    blocks = [
        ("p", "**HARROWMOOR COUNTY COUNCIL**"),
        ("table", {"cols": [3.2, 5.3, 3.2, 5.3], "font": 10, "rows": [
            [lab("Meeting"), council, lab("Date"), "11 December 2025"],
            [lab("Agenda item"), "12", lab("Report of"), "Chair of the Scrutiny Management Board"],
            [lab("Lead officer"), "Head of Democratic Services", lab("Key decision"), "No"],
            [lab("Wards"), "All", lab("Exempt"), "No"],
        ]}),
        ("title", title),
        ("h", 2, "1. Recommendations"),
        ("p", "County Council is asked to:"),
    ]
    blocks += [("p", f"({n})\t{text}") for n, text, verb in covering]
    blocks += [
        ("h", 2, "2. Background"),
        ("p", "2.1\tIn March 2025 the Scrutiny Management Board set up a cross-party working group of six councillors to "
              "review how well overview and scrutiny works at Harrowmoor County Council, three years after the "
              "committee structure was changed."),
        ("p", "2.2\tThe Working Group met seven times between April and October 2025, supported by the Head of "
              "Democratic Services and an independent governance adviser."),
        ("h", 2, "3. How we evaluated ourselves"),
        ("p", "3.1\tWe used a self-evaluation framework of six characteristics of effective scrutiny, adapted from "
              "national good practice. For each characteristic we looked at the evidence and agreed a rating: "
              "Established, Developing or Not yet in place. The evidence included a survey of all 63 councillors "
              "(41 replied), interviews with eight Cabinet Members and senior officers, observation of nine committee "
              "meetings and a review of the recommendations made since 2022."),
        ("table", {"cols": [5.2, 2.8, 9.0], "header": ["Characteristic", "Our rating", "Summary of what we found"],
                   "header_fill": "BDD7EE", "font": 9.5, "rows": [
            [f"{i}. {c}", {"text": r, "bold": True, "fill": rating_fill[r]}, f] for i, (c, r, f) in enumerate([
                ("Scrutiny has a clear role and is valued across the Council", "Developing",
                 "Councillors value scrutiny, but only 44% of Cabinet Members said it had changed a decision in the "
                 "last year."),
                ("The work programme is focused on what matters most", "Not yet in place",
                 "Each committee sets its own programme; agendas are long and dominated by performance reports."),
                ("The executive is held to account", "Developing",
                 "Cabinet Members attend when invited, but responses to recommendations are often late."),
                ("Councillors have the skills and support they need", "Developing",
                 "Training is offered at induction only, and one scrutiny officer supports four committees."),
                ("The public’s voice is heard", "Not yet in place",
                 "Only two of 38 meetings in 2024/25 heard from members of the public or community groups."),
                ("Scrutiny makes a difference", "Established",
                 "71% of recommendations made since 2022 were accepted, and the review of school transport saved "
                 "£240,000."),
            ], start=1)]}),
        ("h", 2, "4. What we found"),
        ("p", "4.1\tScrutiny at Harrowmoor has real strengths. Its reviews of school transport and of adult social care "
              "charging led to changes that saved money and improved services, and most of its recommendations are "
              "accepted."),
        ("p", "4.2\tBut the four scrutiny committees plan their work separately. In 2024/25 they considered 61 "
              "performance reports and held only three reviews. Agendas of eight or nine items were common, and "
              "meetings often ran for more than three hours."),
        ("p", "4.3\tCabinet took an average of four months to respond to scrutiny recommendations, and three responses "
              "from 2024 have still not been given."),
        ("p", "4.4\tSeveral Cabinet Members recommended that scrutiny spends less time on routine performance reports "
              "and more on policy development before decisions are made. We agree."),
        ("p", "4.5\tCouncillors told us they want more training, especially in questioning skills, and more officer "
              "support for reviews. One scrutiny officer currently supports all four committees."),
        ("h", 2, "5. Our recommendations"),
    ]
    current = None
    gold_recs = [recommendation(n, text, verb=verb, addressee=council) for n, text, verb in covering]
    for theme, number, text, verb, addressee in recs:
        if theme != current:
            blocks.append(("h", 3, theme))
            current = theme
        blocks.append(("p", f"**{number}**\t{text}"))
        gold_recs.append(recommendation(number, text, verb=verb, addressee=addressee, theme=theme))
    blocks += [
        ("h", 2, "6. Implications"),
        ("p", "6.1\t**Financial:** recommendation R8 would cost about £96,000 a year. Webcasting (R7) would need "
              "equipment costing about £35,000. Both are included in the budget proposals for 2026/27."),
        ("p", "6.2\t**Legal:** the recommendations are consistent with the Council’s Constitution and the statutory "
              "guidance on overview and scrutiny. R4 would need a change to the Constitution."),
        ("p", "Contact: Head of Democratic Services – democracy@harrowmoor.example – 01632 960 611"),
        ("break",),
        ("h", 2, "Appendix 1 – Action plan"),
        ("p", "Status: **Complete**; **In progress**; **Not started**; **On hold** – waiting for a decision before "
              "work can start. R6 has no separate action: it is met by action 5.2."),
    ]
    rows, actions = [], []
    for rec, items in plan:
        for i, (ref, text, lead, owners, when, due, word) in enumerate(items):
            rec_cell = {"text": rec, "bold": True, "vspan": len(items)} if i == 0 else "^"
            if i == 0 and len(items) == 1:
                rec_cell = {"text": rec, "bold": True}
            rows.append([rec_cell, ref, text, lead, when, word])
            actions.append(action(ref, text, owners, when or None, due, status_of[word]))
    blocks.append(("table", {"cols": [1.2, 1.1, 6.2, 3.9, 2.3, 2.3],
                             "header": ["Rec", "Ref", "Action", "Lead", "By when", "Status"],
                             "header_fill": "BDD7EE", "font": 9, "rows": rows}))
    return {
        "name": "harrowmoor-scrutiny-improvement-review-2025",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2025-12-01", "doc_title": "Scrutiny Improvement Review 2025",
                 "author": "Harrowmoor County Council", "far_h": True, "cant_split": True,
                 "font": "Liberation Serif", "size": 11, "plain_headings": True, "title_size": 16,
                 "footer": "County Council – 11 December 2025 – Scrutiny Improvement Review"},
        "blocks": blocks,
        "gold": dict(genre="Scrutiny function's own self-evaluation and improvement review, reported to Council, with "
                           "recommendations R1–R8 and an action plan",
                     kind="scrutiny-report", title=title, authority=HCC, date="2025-12-11", meeting=council,
                     recommendations=gold_recs, actions=actions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Serif 11 pt, bold non-style headings, page footer; a "
                  "bold capitals council line and a four-column front table with blue-shaded labels (Meeting / Date / "
                  "Agenda item / Report of / Lead officer / Key decision / Wards / Exempt) above the title; \"1. "
                  "Recommendations\" with \"County Council is asked to:\" and typed (i)–(iii) lines (tab after the "
                  "label, lower-case verbs, \"; and\"); typed 2.1–6.2 paragraphs; a self-evaluation table "
                  "Characteristic | Our rating | Summary of what we found with Established / Developing / Not yet in "
                  "place in bold in shaded cells (not items); \"4.4 Several Cabinet Members recommended that …\" (not "
                  "an item); recommendations R1–R8 as bold-labelled typed paragraphs (tab after the label) under five "
                  "theme sub-headings: \"That X Vs …\", \"X should V …\", imperatives and one passive; after a page "
                  "break, the action plan Rec | Ref | Action | Lead | By when | Status with a blue header, the Rec "
                  "cell merged down over its actions, refs 1.1–8.1 with no 6.x (explained in a note); lead cells "
                  "split by \"/\" plus line break, \";\" plus line break, a bare line break and \"and\" between two "
                  "posts; by-when cells \"February 2026\", \"June 2026\", \"From January 2026\", \"31/03/2026\", "
                  "\"Q1 2026/27\", \"Ongoing\", \"May 2027\", one empty, \"Spring 2026\", \"From April 2026\"; "
                  "statuses Complete, In progress, Not started, \"On hold – awaiting …\" and one empty, defined in a "
                  "key line; rows may not split across pages.",
    }


PAPERS = [section_11_return, auditors_annual_report, housing_complaints_self_assessment,
          compact_annual_review, send_self_evaluation_summary, scrutiny_improvement_review]
