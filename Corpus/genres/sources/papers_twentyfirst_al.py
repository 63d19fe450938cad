"""Papers of the twenty-first batch, part AL ("governance, standards and the workforce"): six made-up
papers that councils write about their own governance, standards of conduct and staff, from two
invented places:

  Quarndale – Quarndale Borough Council (Council, Cabinet, Standards Committee, Constitution Working
    Group, Employment Committee);
  Thrushcombe – Thrushcombe County Council (County Council, Audit and Governance Committee, People and
    Resources Scrutiny Committee).

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every parish, firm, street, figure and case is made up (the
auditor Pellow Hartley LLP too).

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_twentyfirst_ak.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, the headers of parts K, Y, Z and AH and
their gold decisions, the first-contact sections, "Second renditions", "Rebuilding" and the closing
gold decisions), `Corpus/gold/README.md`, `Corpus/gold/real/README.md`, `build.py`, `render.py`,
`gold.py`, and for conventions and helpers the writer part of `papers_ninth_m.py`, `FarHWriter` in
`papers_far_h.py`, `grid_table` in `papers_fresh.py` and `papers_eighteenth_ae.py` (module layout).
Each paper names its own split. Every gold value is written by hand beside the words it labels; the
part AL notes record the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AL1 thrushcombe-annual-governance-statement-2025-26 – tune – lo-pdf
  AL2 quarndale-standards-committee-annual-report-2025-26 – unseen – pandoc-lo-pdf
  AL3 quarndale-constitution-working-group-report-to-council-march-2026 – tune – docx
  AL4 thrushcombe-staff-survey-action-plan-progress-report-october-2026 – unseen – chromium-pdf
  AL5 quarndale-employment-committee-minutes-february-2026 – unseen – pandoc-docx
  AL6 thrushcombe-members-allowances-scheme-2026-27 – tune – lo-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

QUARNDALE = "Quarndale Borough Council"
THRUSHCOMBE = "Thrushcombe County Council"
PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="E4E9EE"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AL1. Annual Governance Statement 2025/26 (python-docx → LibreOffice), Liberation Sans 10 pt, italic
#      running header and footer with "Page X of Y": last year's significant governance issues
#      followed up in a table with progress (status words opening the cell, a key below), and this
#      year's issues with their actions (issue cells merged down, no progress column).
# ---------------------------------------------------------------------------


def thrushcombe_ags():
    title = "Annual Governance Statement 2025/26"
    navy = "1F3864"
    s151 = "Director of Resources (s151 Officer)"
    ad_hr = "Assistant Director, Human Resources"
    # Last year's issues: (no., issue, action, officer cell, owners, target cell, due, progress cell, status)
    last_year = [
        ("1", "Contract management: the contract register was incomplete and 14% of spend with suppliers over "
              "£25,000 was not covered by a contract.",
         "Complete the contract register and introduce a quarterly check of spend without a contract, reported "
         "to the Corporate Leadership Team.",
         "Head of Procurement", ["Head of Procurement"], "31 December 2025", "2025-12-31",
         "<<2E7D32|**Complete**>> – the register was completed in October 2025; spend without a contract fell to "
         "3% in Quarter 4.", "completed"),
        ("2", "Information governance: 38% of staff had not completed the mandatory data protection training.",
         "Make data protection training a condition of network access and report completion rates to the Audit "
         "and Governance Committee twice a year.",
         "Senior Information Risk Owner /\nHead of ICT", ["Senior Information Risk Owner", "Head of ICT"],
         "Sept 2025", "2025-09",
         "<<2E7D32|**Complete**>> – completion reached 96% in June 2026.", "completed"),
        ("3", "Financial sustainability: the medium-term financial strategy relied on £11.2 million of savings "
              "that had not yet been identified.",
         "Identify and agree savings proposals to balance the 2026/27 budget and set out a plan for 2027/28 to "
         "2028/29.",
         s151, [s151], "February 2026 (budget setting)", "2026-02",
         "<<C55A11|**Partly complete**>> – the 2026/27 budget was balanced in February 2026; the gap for 2027/28 "
         "onwards remains. Carried forward as issue 1 in section 6.", "superseded"),
        ("4", "Children’s services: the Ofsted inspection of March 2024 judged services to children in need of "
              "help and protection to require improvement.",
         "Deliver the children’s services improvement plan and report progress to the Children’s Improvement "
         "Board every month.",
         "Director of Children’s Services", ["Director of Children’s Services"], "2025/26", "2026-03",
         "<<C55A11|**In progress**>> – 41 of the plan’s 52 actions are complete; the Improvement Board continues "
         "to meet monthly.", "ongoing"),
    ]
    # This year's issues: (issue text, [(ref, action, officer cell, owners, target cell, due)])
    this_year = [
        ("Medium-term financial sustainability: a gap of £18.4 million over 2027/28 and 2028/29 remains after "
         "the 2026/27 budget.", [
             ("1.1", "Agree a savings and income programme for 2027/28 and 2028/29, with a named lead for each "
                     "proposal.", s151, [s151], "February 2027 (budget setting)", "2027-02"),
             ("1.2", "Review the level of general and earmarked reserves against the Council’s risk-assessed "
                     "minimum and report the outcome to the Audit and Governance Committee.",
              f"{s151};\nHead of Finance", [s151, "Head of Finance"], "30/11/2026", "2026-11-30"),
         ]),
        ("Workforce capacity: vacancy rates of 19% in adult social work and 23% in highways engineering, and a "
         "growing reliance on agency staff.", [
             ("2.1", "Complete the review of market supplements for hard-to-fill posts and report the outcome to "
                     "the People and Resources Scrutiny Committee.", ad_hr, [ad_hr], "Q3 2026/27", "2026-12"),
             ("2.2", "Launch a social work apprenticeship scheme with 12 places a year.",
              f"Director of Adult Social Care /\n{ad_hr}", ["Director of Adult Social Care", ad_hr],
              "September 2026", "2026-09"),
         ]),
        ("Decision records: a sample of 40 officer decisions found 9 with no published record, as the "
         "Constitution requires.", [
             ("3.1", "Introduce an online form for recording officer decisions that publishes the record "
                     "automatically.", "Monitoring Officer", ["Monitoring Officer"], "31 October 2026",
              "2026-10-31"),
             ("3.2", "Brief all Assistant Directors and Heads of Service on when and how officer decisions must "
                     "be recorded.", "Monitoring Officer, Democratic Services Manager",
              ["Monitoring Officer", "Democratic Services Manager"], "December 2026", "2026-12"),
         ]),
        ("Cyber security: the annual health check found two high-risk vulnerabilities in legacy systems that "
         "are no longer supported.", [
             ("4.1", "Replace or isolate the two legacy systems identified in the health check.", "Head of ICT",
              ["Head of ICT"], "2026/27", "2027-03"),
         ]),
    ]

    principles = [
        ("A", "Behaving with integrity, demonstrating strong commitment to ethical values, and respecting the "
              "rule of law"),
        ("B", "Ensuring openness and comprehensive stakeholder engagement"),
        ("C", "Defining outcomes in terms of sustainable economic, social and environmental benefits"),
        ("D", "Determining the interventions necessary to optimise the achievement of the intended outcomes"),
        ("E", "Developing the entity’s capacity, including the capability of its leadership and the individuals "
              "within it"),
        ("F", "Managing risks and performance through robust internal control and strong public financial "
              "management"),
        ("G", "Implementing good practices in transparency, reporting and audit to deliver effective "
              "accountability"),
    ]

    blocks = [
        ("p", f"<<{navy}|**THRUSHCOMBE COUNTY COUNCIL**>>"),
        ("title", title),
        ("p", "Approved by the Audit and Governance Committee on 22 July 2026"),
        ("h", 1, "1. Scope of responsibility"),
        ("p", "Thrushcombe County Council is responsible for making sure that its business is conducted in "
              "accordance with the law and proper standards, that public money is safeguarded and properly "
              "accounted for, and that it is used economically, efficiently and effectively. The Council also "
              "has a duty under the Local Government Act 1999 to make arrangements to secure continuous "
              "improvement in the way in which its functions are exercised."),
        ("p", "In discharging this responsibility the Council is responsible for putting in place proper "
              "arrangements for the governance of its affairs, which include arrangements for the management of "
              "risk. The Council has adopted a Local Code of Corporate Governance consistent with the principles "
              "of the CIPFA/SOLACE framework Delivering Good Governance in Local Government (2016). This "
              "statement explains how the Council has complied with the Local Code and meets the requirements "
              "of regulation 6(1)(b) of the Accounts and Audit Regulations 2015."),
        ("h", 1, "2. The governance framework"),
        ("p", "The governance framework comprises the systems, processes, culture and values by which the "
              "Council is directed and controlled, and through which it accounts to, engages with and leads its "
              "communities. The Local Code is built on the seven principles below."),
        ("table", {"cols": [1.2, 15.8], "font": 9.5, "header_fill": "DCE3EE",
                   "header": ["", "Principle of good governance"],
                   "rows": [[{"text": f"<<{navy}|**{k}**>>"}, v] for k, v in principles]}),
        ("p", "The key elements of the framework in 2025/26 were the Constitution (revised in May 2025), the "
              "Council Plan 2025–2029, the Medium-Term Financial Strategy, the Member and Officer Codes of "
              "Conduct, the risk management framework, the Anti-Fraud and Corruption Strategy, the "
              "whistleblowing policy and the complaints procedure."),
        ("h", 1, "3. Review of effectiveness"),
        ("p", "The Council reviews the effectiveness of its governance framework at least once a year. The "
              "review is informed by the work of the Corporate Leadership Team, by assurance statements signed "
              "by each Director, by the Head of Internal Audit’s annual report and opinion, by the comments of "
              "the external auditor and by the reports of other review agencies and inspectorates."),
        ("table", {"cols": [5.5, 11.5], "font": 9.5, "header_fill": "DCE3EE",
                   "header": ["Source of assurance", "What it told us in 2025/26"],
                   "rows": [
                       ["Head of Internal Audit opinion",
                        "Reasonable assurance on the framework of governance, risk management and control. Of 46 "
                        "audits completed, 3 gave limited assurance (payroll overtime, fleet fuel cards and "
                        "schools’ procurement) and none gave no assurance."],
                       ["External auditor (Pellow Hartley LLP)",
                        "An unqualified opinion on the 2024/25 accounts. The auditor’s annual report found no "
                        "significant weakness in the Council’s arrangements for value for money and made two "
                        "improvement recommendations, on savings planning and on the contract register."],
                       ["Directors’ assurance statements",
                        "All seven statements were returned. Two Directors reported difficulties in recruiting "
                        "to professional posts (see issue 2 in section 6)."],
                       ["Audit and Governance Committee",
                        "Met six times. Its annual report to County Council in April 2026 found that the "
                        "Committee had fulfilled its terms of reference."],
                       ["Monitoring Officer",
                        "No finding of maladministration by the Ombudsman in 2025/26. Nine officer decisions "
                        "were found to lack a published record (see issue 3 in section 6)."],
                   ]}),
        ("p", "The Head of Internal Audit’s three limited assurance reports have each been followed up. The "
              "payroll overtime audit recommended that overtime claims over 20 hours a month be approved by a "
              "Head of Service; this was put in place in April 2026 and is not a significant governance issue."),
        ("h", 1, "4. Opinion on the governance arrangements"),
        ("p", "We are satisfied that, in 2025/26, the Council’s governance arrangements were fit for purpose and "
              "operated in accordance with the Local Code, except for the matters set out in section 6."),
        ("h", 1, "5. Progress on the significant governance issues reported in 2024/25"),
        ("p", "The 2024/25 statement reported four significant governance issues. The table below gives the "
              "action agreed for each and the progress made by 30 June 2026."),
        ("table", {"cols": [1.0, 3.9, 4.3, 2.6, 2.2, 3.0], "font": 8.5, "header_fill": "DCE3EE",
                   "header": ["No.", "Issue reported in 2024/25", "Action agreed", "Responsible officer",
                              "Target date", "Progress at 30 June 2026"],
                   "rows": [[r[0], r[1], r[2], r[3], r[5], r[7]] for r in last_year]}),
        ("p", "Progress key: **Complete** – the action has been finished; **In progress** – work is under way; "
              "**Partly complete** – part of the action has been delivered and the rest is reported as set out "
              "in the cell; **Not started** – work has not begun."),
        ("h", 1, "6. Significant governance issues 2025/26"),
        ("p", "The review of effectiveness identified the four issues below. The Corporate Leadership Team will "
              "monitor the actions every quarter and the Audit and Governance Committee will receive a progress "
              "report in January 2027."),
    ]
    rows = []
    for issue, acts in this_year:
        for i, a in enumerate(acts):
            issue_cell = {"text": issue, "vspan": len(acts)} if i == 0 else "^"
            rows.append([a[0], issue_cell, a[1], a[2], a[4]])
    blocks += [
        ("table", {"cols": [1.1, 4.6, 5.2, 3.3, 2.8], "font": 8.5, "header_fill": "DCE3EE",
                   "header": ["Ref", "Significant governance issue", "Action", "Responsible officer",
                              "Target date"],
                   "rows": rows}),
        ("h", 1, "7. Conclusion"),
        ("p", "We propose over the coming year to take the steps set out in section 6 to address the matters "
              "identified and to further enhance our governance arrangements. We are satisfied that these steps "
              "will address the need for improvement identified in our review of effectiveness and we will "
              "monitor their implementation and operation as part of our next annual review."),
        ("table", {"cols": [8.5, 8.5], "borders": False, "rows": [
            ["Signed:\n\nLeader of the Council\nDate: 22 July 2026",
             "Signed:\n\nChief Executive\nDate: 22 July 2026"],
        ]}),
    ]
    actions = [action(r[0], r[2], r[4], r[5], r[6], r[8]) for r in last_year]
    for _, acts in this_year:
        actions += [action(a[0], a[1], a[3], a[4], a[5], None) for a in acts]
    return {
        "name": "thrushcombe-annual-governance-statement-2025-26",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-07-22", "doc_title": title, "author": "Corporate Governance Team",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 20,
                 "title_color": navy,
                 "m_header": ("Thrushcombe County Council", "Annual Governance Statement 2025/26"),
                 "m_footer": ("Approved by the Audit and Governance Committee, 22 July 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="annual governance statement with last year's significant governance issues "
                           "followed up (progress and status) and this year's issues with actions, officers and "
                           "target dates",
                     kind="self-evaluation", title=title, authority=THRUSHCOMBE, date="2026-07-22",
                     meeting=None, actions=actions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10 pt, Word heading styles, an italic running "
                  "header (council | title) and footer (approval line | \"Page X of Y\"), rows that may not "
                  "split. A navy capitals council line, the navy title and an approval line; sections 1–7 in "
                  "prose; a principles table A–G (not items); a sources-of-assurance table (not items) and a "
                  "paragraph on an internal audit recommendation already in place (not an item). Section 5: No. | "
                  "Issue reported in 2024/25 | Action agreed | Responsible officer | Target date | Progress at 30 "
                  "June 2026, rows 1–4, the progress cell opening with a coloured bold status word (Complete, "
                  "Partly complete … \"Carried forward as issue 1 in section 6.\", In progress), a key below. "
                  "Section 6: Ref | Significant governance issue | Action | Responsible officer | Target date, "
                  "refs 1.1–4.1, each issue cell merged down over its actions, no progress column. Officers split "
                  "by \"/\" plus line break, \";\" plus line break and \",\" between two posts; one post with a "
                  "comma inside (\"Assistant Director, Human Resources\"). Targets \"31 December 2025\", \"Sept "
                  "2025\", \"February 2026 (budget setting)\", \"2025/26\", \"February 2027 (budget setting)\", "
                  "\"30/11/2026\", \"Q3 2026/27\", \"September 2026\", \"31 October 2026\", \"December 2026\", "
                  "\"2026/27\". A conclusion and a borderless signature table.",
    }


# ---------------------------------------------------------------------------
# AL2. Standards Committee annual report to Council (Markdown → pandoc DOCX → LibreOffice): the
#      Committee's recommendations to Council as a pandoc (a)–(e) list under "The Standards Committee
#      RECOMMENDS that Council:", complaint figures, a hearing reported in prose, and a table of the
#      main changes to the Code (not items).
# ---------------------------------------------------------------------------


def quarndale_standards_annual_report():
    title = "Standards Committee Annual Report 2025/26"
    # (letter, text, verb)
    recs = [
        ("a", "notes the Standards Committee’s annual report for 2025/26, including the summary of complaints in "
              "section 5;", "NOTES"),
        ("b", "adopts the revised Members’ Code of Conduct at Appendix A, to take effect from 1 September 2026;",
         "ADOPTS"),
        ("c", "agrees that every councillor must complete training on the Code of Conduct within six months of "
              "election, and that a councillor who has not done so may not sit on the Planning Committee or the "
              "Licensing Committee;", "AGREES"),
        ("d", "asks the Monitoring Officer to write to the clerks of the 11 parish and town councils in the "
              "borough, inviting them to adopt the revised Code; and", "ASKS"),
        ("e", "appoints R.T. as an Independent Person for a further term of four years from 1 October 2026.",
         "APPOINTS"),
    ]
    md = [
        "**QUARNDALE BOROUGH COUNCIL**",
        "| **Report to:** Council\n"
        "| **Date of meeting:** 16 July 2026\n"
        "| **Agenda item:** 11\n"
        "| **Report of:** Chair of the Standards Committee and the Monitoring Officer\n"
        "| **Contact:** Monitoring Officer – standards@quarndale.example – 01632 960 318",
        f"# {title}",
        "## 1. Purpose of the report",
        "1.1 The Standards Committee reports to Council once a year on its work and on the complaints made "
        "under the Members’ Code of Conduct. This report covers the year from 1 April 2025 to 31 March 2026 "
        "and was agreed by the Committee on 24 June 2026.",
        "## 2. Recommendations",
        "The Standards Committee RECOMMENDS that Council:",
        "\n".join(f"({n}) {text}" for n, text, _ in recs),
        "## 3. Foreword by the Chair of the Standards Committee",
        "This has been a busy year for the Committee. We received more complaints than in any year since "
        "2019, most of them about what councillors have said on social media, and for the first time in four "
        "years a complaint went to a full hearing. The great majority of councillors in the borough and its "
        "parishes meet the high standards the public expect of them, and I thank the Independent Persons and "
        "the Monitoring Officer’s team for the care they have taken with every complaint.",
        "We have also finished our review of the Code of Conduct, which now says much more about behaviour "
        "online and about bullying and harassment. I hope that Council and every parish and town council will "
        "adopt it.",
        "*Councillor M.W., Chair of the Standards Committee*",
        "## 4. The Committee’s work in 2025/26",
        "4.1 The Committee met five times. Besides the review of the Code it considered:",
        "- the Monitoring Officer’s quarterly reports on complaints;\n"
        "- the annual review of the registers of members’ interests and of gifts and hospitality;\n"
        "- the protocol on relations between members and officers, which was updated in November 2025; and\n"
        "- the arrangements for the dispensations that allow members with an interest to take part in the "
        "budget meeting.",
        "4.2 The Committee reviewed the Code against the Local Government Association’s model code and the "
        "guidance it published in 2025. The Independent Persons recommended that the Code should say more about "
        "conduct on social media, and the revised Code does so. The main changes are summarised in Appendix A.",
        "## 5. Complaints about councillors",
        "5.1 The Monitoring Officer received 31 complaints in 2025/26 (22 in 2024/25). Fourteen were about "
        "borough councillors and seventeen about parish or town councillors. The table shows what happened to "
        "them.",
        "| Outcome | Borough | Parish and town | Total |\n"
        "|:-------------------------------------------------|-----------:|-----------:|---------:|\n"
        "| No further action after initial assessment | 8 | 9 | 17 |\n"
        "| Resolved informally (apology, training) | 4 | 5 | 9 |\n"
        "| Investigated – no breach found | 1 | 1 | 2 |\n"
        "| Investigated – breach found, referred to a hearing | 0 | 1 | 1 |\n"
        "| Still being assessed at 31 March 2026 | 1 | 1 | 2 |\n"
        "| **Total** | **14** | **17** | **31** |",
        "5.2 Nineteen of the complaints came from members of the public, eight from other councillors and four "
        "from officers. Twelve were about posts on social media. The Monitoring Officer completed the initial "
        "assessment within 20 working days in 26 cases (target: all cases).",
        "## 6. Hearing",
        "6.1 On 12 February 2026 a Hearing Sub-Committee considered an investigation report about a member of "
        "Hollins Bridge Parish Council, who had sent abusive messages to the parish clerk. Having heard the "
        "Independent Person, the Sub-Committee found that the councillor had failed to treat the clerk with "
        "respect and had bullied her, and decided to censure the councillor and to ask the parish council to "
        "remove him from its staffing committee for six months. The parish council did so on 3 March 2026. The "
        "decision notice is published on the Council’s website.",
        "## 7. Registers of interests, gifts and hospitality",
        "7.1 All 42 borough councillors updated their register of interests within 28 days of a change, as the "
        "Code requires. Councillors registered 37 gifts and items of hospitality worth more than £50, most of "
        "them invitations to civic and charity events.",
        "7.2 The Monitoring Officer granted 12 dispensations, all of them to allow members who are council "
        "tenants or hold allotments to speak and vote on the budget.",
        "## 8. Looking ahead",
        "8.1 In 2026/27 the Committee expects to:",
        "- run training sessions on the revised Code for borough and parish councillors;\n"
        "- review the procedure for dealing with complaints, including the timescales; and\n"
        "- consider how the Council supports councillors who are themselves the target of abuse.",
        "## 9. Implications",
        "**Financial.** The cost of the external investigation in 2025/26 was £6,800, met from the legal "
        "services budget. Training on the revised Code will be met from the member development budget.",
        "**Legal.** Council must adopt a code of conduct under section 27 of the Localism Act 2011 and may "
        "revise it at any time. Parish and town councils may adopt the Council’s code or their own. The "
        "appointment of an Independent Person must be approved by a majority of the members of the Council.",
        "**Background papers.** Minutes of the Standards Committee, 24 June 2026.",
        PAGE_BREAK_MD,
        "## Appendix A – Main changes in the revised Members’ Code of Conduct",
        grid_table([14, 30, 34],
                   ["Paragraph", "Current Code (2021)", "Revised Code (2026)"],
                   [["1 (Respect)", "Members must treat others with respect.",
                     "Members must treat others with respect, including in what they post or share online, "
                     "whether or not they say they are acting as a councillor."],
                    ["3 (Bullying and harassment)", "Members must not bully any person.",
                     "Adds a definition of harassment and examples of bullying, taken from the model code "
                     "guidance."],
                    ["6 (Use of position)", "No change.", "No change."],
                    ["9 (Gifts and hospitality)", "Register gifts and hospitality over £50 within 28 days.",
                     "Register gifts and hospitality over £50 within 28 days, and any offer over £50 that is "
                     "declined."],
                    ["12 (Training)", "No paragraph.",
                     "New paragraph: members must take part in training on the Code offered by the Council."]]),
    ]
    return {
        "name": "quarndale-standards-committee-annual-report-2025-26",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-07-03"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="standards committee annual report to Council on code of conduct complaints, with the "
                           "committee's recommendations to Council",
                     kind="committee-report", title=title, authority=QUARNDALE, date="2026-07-16",
                     meeting="Council",
                     recommendations=[recommendation(n, text, verb=verb, addressee="Council")
                                      for n, text, verb in recs]),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header or page numbers. "
                  "A bold capitals council line, a line block with bold labels (Report to / Date of meeting / "
                  "Agenda item / Report of / Contact), the H1 title; Heading 2 sections 1–9 with typed 1.1 … 8.1 "
                  "paragraphs; \"2. Recommendations\" with the plain stem \"The Standards Committee RECOMMENDS that "
                  "Council:\" and a pandoc (a)–(e) list (lower-case verbs, \";\", \"; and\"); a Chair's foreword "
                  "signed in italics; bullets of the year's work; \"The Independent Persons recommended that …\" "
                  "(not an item); a right-aligned complaints pipe table with a bold total row; a hearing reported "
                  "in prose (\"found that … and decided to censure …\", another body's decisions, not items); "
                  "looking-ahead bullets without owners; bold-led implications. After a raw page break, Appendix "
                  "A: a grid table Paragraph | Current Code (2021) | Revised Code (2026) (not items).",
    }


# ---------------------------------------------------------------------------
# AL3. Constitution Working Group report to Council (DOCX, python-docx), Liberation Serif 11 pt, italic
#      running header and footer with "Page X of Y": a bordered front table, "It is RECOMMENDED that
#      Council:" over a Word-numbered (1)–(6) list, typed 2.1 … paragraphs (one "recommends instead
#      that …", not an item), and a landscape-free table of proposed changes Ref | Part / Article |
#      Current | Proposed | Reason (not items).
# ---------------------------------------------------------------------------


def quarndale_constitution_review():
    title = "Review of the Constitution 2025/26 – Report of the Constitution Working Group"
    plum = "5B2C6F"
    # (number, text, verb)
    recs = [
        ("1", "adopts the changes to the Constitution set out in Appendix 1, to take effect from the Annual "
              "Meeting of Council on 20 May 2026;", "ADOPTS"),
        ("2", "increases the membership of the Overview and Scrutiny Committee from 9 to 11 members, with seats "
              "allocated to political groups in accordance with the rules on political balance;", "INCREASES"),
        ("3", "agrees that public questions at Council must be received by 12 noon on the fourth working day "
              "before the meeting;", "AGREES"),
        ("4", "authorises the Monitoring Officer to make any consequential and minor changes to the Constitution "
              "that are needed to give effect to these decisions;", "AUTHORISES"),
        ("5", "asks the Working Group to review the Officer Scheme of Delegation and to report to Council by "
              "March 2027; and", "ASKS"),
        ("6", "notes the work of the Working Group in 2025/26.", "NOTES"),
    ]
    changes = [
        ("C1", "Part 4, Council Procedure Rule 9 (public questions)",
         "Questions must be received by 12 noon three clear working days before the meeting.",
         "Questions must be received by 12 noon on the fourth working day before the meeting.",
         "Gives officers time to prepare full answers; the present deadline often falls on a bank holiday."),
        ("C2", "Part 3, Article 6 (Overview and Scrutiny Committee)", "9 members.", "11 members.",
         "Allows the Committee to run two task groups at once without the same members sitting on both."),
        ("C3", "Part 4, Council Procedure Rule 14 (motions)",
         "No more than two motions on notice from each group at each meeting.",
         "No more than two motions on notice from each group at each meeting, and no more than six in all.",
         "Three meetings in 2025 ran past 10.30 pm and business was deferred."),
        ("C4", "Part 3, Article 10 (Standards Committee)",
         "Two co-opted independent members, without a vote.", "No change.",
         "The Group considered giving co-opted members a vote; the law does not allow it."),
        ("C5", "Part 4, Access to Information Procedure Rule 15 (key decisions)",
         "A key decision is one that involves spending or savings of £250,000 or more.",
         "A key decision is one that involves spending or savings of £350,000 or more.",
         "The threshold has not changed since 2012; £350,000 is what £250,000 was then, allowing for "
         "inflation."),
        ("C6", "Part 5, Protocol on Member and Officer Relations", "Last revised in 2018.",
         "Replaced by the protocol agreed by the Standards Committee in November 2025.",
         "Brings the protocol into line with the revised Members’ Code of Conduct."),
    ]
    blocks = [
        ("pr", "**Agenda Item 9**"),
        ("p", f"<<{plum}|**QUARNDALE BOROUGH COUNCIL**>>"),
        ("table", {"cols": [4.2, 12.8], "rows": [
            [label("Meeting:"), "Council"],
            [label("Date:"), "25 March 2026"],
            [label("Report of:"), "Chair of the Constitution Working Group and the Monitoring Officer"],
            [label("Key decision:"), "No"],
            [label("Wards affected:"), "All"],
            [label("Exempt:"), "No"],
            [label("Contact:"), "Democratic Services Manager – 01632 960 327 – democracy@quarndale.example"],
        ]}),
        ("title", title),
        ("h", 1, "1. Recommendations"),
        ("p", "It is **RECOMMENDED** that Council:"),
        ("list", "(1)", 1, [text for _, text, _ in recs]),
        ("h", 1, "2. Background"),
        ("pn", "2.1\tCouncil set up the Constitution Working Group in May 2025 to review the Constitution, which "
               "had last been revised as a whole in 2019. The Group has five members: Councillors J.P. (Chair), "
               "A.K., H.L., S.O. and D.V. It met six times between July 2025 and February 2026."),
        ("pn", "2.2\tThe Group asked every councillor for views and received 17 replies. It also looked at the "
               "constitutions of four neighbouring councils and at the guidance of the Centre for Governance and "
               "Scrutiny."),
        ("h", 1, "3. The Group’s findings"),
        ("pn", "3.1\tMost of the Constitution works well. The changes the Group proposes are set out in Appendix "
               "1 and are mostly small. The three that matter most are explained below."),
        ("h", 2, "Public questions"),
        ("pn", "3.2\tAt five of the eleven Council meetings in 2025 written answers to public questions could "
               "not be given at the meeting, because the questions arrived too late for officers to research "
               "them. A deadline of the fourth working day before the meeting would allow full answers."),
        ("h", 2, "Overview and Scrutiny Committee"),
        ("pn", "3.3\tThe Committee’s nine members also make up its task groups. In 2025/26 two task groups could "
               "not run at the same time. Two more members would allow them to."),
        ("h", 2, "Motions on notice"),
        ("pn", "3.4\tSome members asked for motions to be limited to one from each group. The Group does not "
               "support this, and recommends instead that a limit of six motions in all be set, with the "
               "Mayor deciding the order in which they are taken."),
        ("h", 2, "Matters the Group did not change"),
        ("pn", "3.5\tThe Group considered whether the co-opted members of the Standards Committee should have a "
               "vote. Section 13 of the Local Government and Housing Act 1989 does not allow this, so no change "
               "is proposed."),
        ("h", 1, "4. Next steps"),
        ("pn", "4.1\tIf Council agrees, the Monitoring Officer will publish the revised Constitution on the "
               "Council’s website before the Annual Meeting. The Group will then turn to the Officer Scheme of "
               "Delegation, which has not been reviewed since 2017."),
        ("h", 1, "5. Implications"),
        ("pn", "5.1\t**Financial.** Two more members of the Overview and Scrutiny Committee will not change the "
               "cost of the members’ allowances scheme, as no special responsibility allowance is paid to "
               "ordinary members of the Committee."),
        ("pn", "5.2\t**Legal.** Changes to the Constitution are for Council to make. The Monitoring Officer must "
               "keep the Constitution up to date under section 9P of the Local Government Act 2000."),
        ("pn", "5.3\t**Equalities.** None of the changes affects any group with a protected characteristic "
               "differently from others."),
        ("h", 1, "6. Background papers"),
        ("pn", "6.1\tNotes of the meetings of the Constitution Working Group, July 2025 to February 2026."),
        ("break",),
        ("h", 1, "Appendix 1 – Proposed changes to the Constitution"),
        ("table", {"cols": [1.1, 3.4, 3.9, 4.1, 4.5], "font": 9, "header_fill": "E6DDEB",
                   "header": ["Ref", "Part / Article", "Current", "Proposed", "Reason"],
                   "rows": [list(c) for c in changes]}),
    ]
    return {
        "name": "quarndale-constitution-working-group-report-to-council-march-2026",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-03-13", "doc_title": title, "author": "Democratic Services",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Serif", "size": 11, "title_size": 16,
                 "title_color": plum,
                 "m_header": ("Quarndale Borough Council – Council – 25 March 2026", "Agenda Item 9"),
                 "m_footer": ("Review of the Constitution 2025/26", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="constitution review working group report to Council with numbered recommendations "
                           "and a table of proposed changes (current | proposed | reason)",
                     kind="committee-report", title=title, authority=QUARNDALE, date="2026-03-25",
                     meeting="Council",
                     recommendations=[recommendation(n, text, verb=verb, addressee="Council")
                                      for n, text, verb in recs]),
        "layout": "DOCX (python-docx), Liberation Serif 11 pt, an italic running header (council – Council – date | "
                  "\"Agenda Item 9\") and footer (title | \"Page X of Y\"), rows that may not split. A right-aligned "
                  "bold \"Agenda Item 9\", a plum capitals council line, a bordered front table with shaded bold "
                  "labels (Meeting / Date / Report of / Key decision / Wards affected / Exempt / Contact), the plum "
                  "title; Word heading styles; \"1. Recommendations\" with \"It is **RECOMMENDED** that Council:\" "
                  "over a Word-numbered (1)–(6) list (lower-case verbs, \";\", \"; and\"); typed 2.1–6.1 hanging "
                  "paragraphs under Heading 2 topics, one \"The Group does not support this, and recommends "
                  "instead that …\" (not an item); bold-led implications. After a page break, Appendix 1: a 9 pt "
                  "table Ref | Part / Article | Current | Proposed | Reason with a lilac header, C1–C6 (the "
                  "changes recommendation (1) adopts; not items).",
    }


# ---------------------------------------------------------------------------
# AL4. Staff survey action plan progress report to the People and Resources Scrutiny Committee (HTML →
#      Chromium), Liberation Sans 10 pt, CSS page-margin boxes: covering "The Committee is asked to:"
#      with an HTML-numbered 1.–3. list, survey results (not items), and Appendix 1, the corporate
#      action plan with theme rows merged across and RAG letters in shaded cells defined by a key.
# ---------------------------------------------------------------------------


def thrushcombe_staff_survey_progress():
    title = "Staff Survey 2025: Corporate Action Plan Progress Report"
    teal = "0F5E66"
    rag_fill = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "F4B084"}
    rag_status = {"B": "completed", "G": "ongoing", "A": "ongoing", "R": "not-started"}
    # (number, text, verb)
    recs = [
        ("1", "note the progress made on the corporate staff survey action plan, set out in Appendix 1;", "NOTE"),
        ("2", "comment on the questions proposed for the 2026 pulse survey in section 5; and", "COMMENT"),
        ("3", "agree to receive a further progress report in April 2027.", "AGREE"),
    ]
    ad_hr = "Assistant Director, Human Resources"
    # (theme, [(ref, action, lead cell, owners, target cell, timeframe, due, rag, update)])
    plan = [
        ("Wellbeing and workload", [
            ("W1", "Add a conversation about workload to every one-to-one meeting, using new guidance for "
                   "managers.", "Head of Organisational Development", ["Head of Organisational Development"],
             "March 2026", "March 2026", "2026-03", "B",
             "Guidance issued in January 2026; 71% of staff in the pulse check said workload had been discussed."),
            ("W2", "Extend the Employee Assistance Programme contract to include face-to-face counselling.",
             "HR Business Partner (Adults) /\nProcurement Manager",
             ["HR Business Partner (Adults)", "Procurement Manager"], "30/09/2026", "30/09/2026", "2026-09-30",
             "A", "Contract variation agreed; the provider is still recruiting counsellors in the north of the "
                  "county."),
        ]),
        ("Leadership and communication", [
            ("L1", "Hold open sessions for all staff with the Chief Executive and the Corporate Leadership Team, "
                   "in person and online.", "Chief Executive;\nHead of Communications",
             ["Chief Executive", "Head of Communications"], "Quarterly from January 2026",
             "Quarterly from January 2026", "2026-01", "G",
             "Three sessions held (January, April and July 2026), with 1,140 staff taking part in all."),
            ("L2", "Publish a “You said, we did” summary on the intranet after each survey.",
             "Head of Communications", ["Head of Communications"], "Ongoing", "Ongoing", None, "G",
             "Summary of the 2025 survey published in December 2025."),
        ]),
        ("Career development", [
            ("C1", "Launch a development programme for first-line managers, with 60 places in its first year.",
             "Head of Organisational Development", ["Head of Organisational Development"], "Q4 2025/26",
             "Q4 2025/26", "2026-03", "B", "First cohort of 30 started in February 2026; second cohort in "
                                           "September."),
            ("C2", "Publish career pathways for social work, highways and finance roles.", ad_hr, [ad_hr],
             "December 2026", "December 2026", "2026-12", "R",
             "Held back until the review of market supplements is finished."),
        ]),
        ("Fairness and inclusion", [
            ("F1", "Set up staff networks for disabled staff and for carers, each with a sponsor from the "
                   "Corporate Leadership Team.", "Equality and Inclusion Lead", ["Equality and Inclusion Lead"],
             "July 2026", "July 2026", "2026-07", "B", "Both networks launched in June 2026."),
            ("F2", "Publish the ethnicity pay gap alongside the gender pay gap.",
             "Head of HR Operations /\nPayroll Manager", ["Head of HR Operations", "Payroll Manager"],
             "31/03/2027", "31/03/2027", "2027-03-31", "R", ""),
            ("F3", "Remove the requirement for a degree from job profiles where the job does not need one.",
             "Recruitment Manager", ["Recruitment Manager"], "", None, None, "A",
             "140 job profiles being reviewed; 46 changed so far."),
        ]),
    ]
    results = [
        ["I would recommend Thrushcombe County Council as a place to work", "58%", "63%", "+5"],
        ["My workload is manageable most of the time", "49%", "52%", "+3"],
        ["I have confidence in the decisions made by senior leaders", "37%", "45%", "+8"],
        ["I have had a useful conversation about my development in the last year", "55%", "54%", "–1"],
        ["I feel able to be myself at work", "71%", "74%", "+3"],
        ["I believe action will be taken as a result of this survey", "29%", "38%", "+9"],
    ]
    rows = []
    for theme, acts in plan:
        rows.append([{"text": f"**{theme}**", "span": 6, "fill": "E3EFF0"}, "<", "<", "<", "<", "<"])
        for a in acts:
            rows.append([{"text": a[0], "bold": True}, a[1], a[2], a[4],
                         {"text": a[7], "bold": True, "fill": rag_fill[a[7]]}, a[8]])
    blocks = [
        ("p", f"<<{teal}|**THRUSHCOMBE COUNTY COUNCIL**>>"),
        ("p", "People and Resources Scrutiny Committee – 8 October 2026 – Agenda item 7"),
        ("title", title),
        ("table", {"cols": [4, 13], "borders": False, "rows": [
            [{"text": "Report of", "bold": True}, "Director of People and Change"],
            [{"text": "Cabinet Member", "bold": True}, "Cabinet Member for Resources and Corporate Services"],
            [{"text": "Contact", "bold": True},
             "Head of Organisational Development – 01632 960 571 – od.team@thrushcombe.example"],
        ]}),
        ("h", 2, "1. Recommendations"),
        ("p", "The Committee is asked to:"),
        ("list", "1.", 1, [text for _, text, _ in recs]),
        ("h", 2, "2. Summary"),
        ("p", "The Council’s all-staff survey ran from 15 September to 17 October 2025. 4,212 of the Council’s "
              "6,980 staff (60%) took part, compared with 52% in 2023. Results improved on 31 of the 40 "
              "questions. The corporate action plan agreed by the Corporate Leadership Team in December 2025 "
              "has nine actions; three are complete, four are in progress and two have not started."),
        ("h", 2, "3. What staff told us"),
        ("p", "The table shows the questions most closely linked to the action plan, as the percentage of staff "
              "who agreed."),
        ("table", {"cols": [10.0, 2.3, 2.3, 2.4], "font": 9.5, "header_fill": "CFE3E5",
                   "header": ["Question", "2023", "2025", "Change (points)"], "rows": results}),
        ("p", "Staff were most positive about their immediate manager and their team, and least positive about "
              "pay, workload in front-line services and whether the survey would lead to change. Free-text "
              "comments raised three themes again and again:"),
        ("list", "bullet", 1, [
            "caseloads in adult social care and children’s services, and the time spent on recording;",
            "the lack of a clear route to promotion outside management roles; and",
            "the state of some depots and offices, particularly the Eastgate highways depot.",
        ]),
        ("h", 2, "4. Progress on the action plan"),
        ("p", "Appendix 1 sets out progress on each action at 15 September 2026. Directorates have their own "
              "action plans for the issues that are specific to them; these are reported to directorate "
              "management teams and are not included here."),
        ("p", "Two actions have not started. The career pathways (C2) are being held back until the review of "
              "market supplements is finished, so that the pathways and pay fit together. The ethnicity pay gap "
              "(F2) depends on 34% of staff who have not yet told us their ethnicity; a campaign to improve this "
              "will run in November."),
        ("h", 2, "5. The 2026 pulse survey"),
        ("p", "A short pulse survey will run in November 2026. It is proposed to repeat the six questions in "
              "section 3 and to add two new ones: “I know where to go for support with my mental health” and "
              "“I can see how my job could develop over the next three years”. Members’ views on the questions "
              "are welcome."),
        ("h", 2, "6. Implications"),
        ("p", "**Financial.** The actions are funded from the corporate training budget and the HR budget. The "
              "face-to-face counselling (W2) adds £18,000 a year to the Employee Assistance Programme contract."),
        ("p", "**Equalities.** Results are analysed by protected characteristic where at least ten staff answered. "
              "Disabled staff were 9 points less likely than others to say their workload was manageable."),
        ("break",),
        ("h", 2, "Appendix 1 – Corporate staff survey action plan: progress at 15 September 2026"),
        ("p", "RAG key: **B** = Complete; **G** = In progress and on track; **A** = In progress but behind "
              "schedule; **R** = Not started."),
        ("table", {"cols": [1.1, 5.4, 3.4, 2.3, 1.0, 4.8], "font": 8.5, "header_fill": "CFE3E5",
                   "header": ["Ref", "Action", "Lead", "Target date", "RAG", "Progress update"],
                   "rows": rows}),
    ]
    css = ("@page { margin: 16mm 15mm 17mm 15mm; "
           "@top-right { content: \"People and Resources Scrutiny Committee – 8 October 2026\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; font-style: italic; color: #555555; } "
           "@bottom-left { content: \"Thrushcombe County Council – Staff Survey 2025 progress report\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } }\n"
           "h1.title { font-size: 17pt; margin: 4pt 0 10pt 0; }\n"
           f"h2 {{ color: #{teal}; border-bottom: 0.8pt solid #{teal}; page-break-after: avoid; }}\n"
           "td p { margin-bottom: 3pt; }\n")
    actions = [action(a[0], a[1], a[3], a[5], a[6], rag_status[a[7]]) for _, acts in plan for a in acts]
    return {
        "name": "thrushcombe-staff-survey-action-plan-progress-report-october-2026",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Sans', sans-serif", "size": 10, "title_color": teal},
        "blocks": blocks,
        "gold": dict(genre="staff survey corporate action plan progress report to a scrutiny committee, with "
                           "covering recommendations and the plan (action, lead, target date, RAG with a key)",
                     kind="action-plan", title=title, authority=THRUSHCOMBE, date="2026-10-08",
                     meeting="People and Resources Scrutiny Committee",
                     recommendations=[recommendation(n, text, verb=verb, addressee="Committee")
                                      for n, text, verb in recs],
                     actions=actions),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (committee and "
                  "date top right in italics, a footer line and \"Page n of m\"). A teal capitals council line, "
                  "a committee / date / item line, the title, a borderless details table (Report of / Cabinet "
                  "Member / Contact); teal h2 sections with rules; \"The Committee is asked to:\" over an "
                  "HTML-numbered 1.–3. list (lower-case verbs, \";\", \"; and\"); a survey results table with a "
                  "teal header (not items); comment themes as bullets (not items); prose on progress and on the "
                  "pulse survey. After a page break, Appendix 1: a RAG key line and an 8.5 pt table Ref | Action | "
                  "Lead | Target date | RAG | Progress update with theme rows merged across all six columns, refs "
                  "W1–F3, RAG letters in blue / green / amber / red cells, leads split by \"/\" plus line break "
                  "and \";\" plus line break, one post with a comma inside; targets \"March 2026\", \"30/09/2026\", "
                  "\"Quarterly from January 2026\", \"Ongoing\", \"Q4 2025/26\", \"December 2026\", \"July 2026\", "
                  "\"31/03/2027\" and one empty; one empty progress update.",
    }


# ---------------------------------------------------------------------------
# AL5. Employment Committee minutes (Markdown → pandoc DOCX): Heading 2 minutes EC/23 … EC/30 with
#      "RESOLVED – That …" on one line, "RECOMMENDED to Council – That …", "RESOLVED – That the
#      Committee:" over a pandoc (1)–(3) list, a noted item, "Action:" lines in bold, and an exempt
#      item after the exclusion resolution.
# ---------------------------------------------------------------------------


def quarndale_employment_committee_minutes():
    maker = "Employment Committee"
    d_minutes = "the minutes of the meeting held on 4 November 2025 be approved as a correct record and signed by the Chair."
    d_pay = ("the Pay Policy Statement 2026/27 at Appendix A to the report be approved and published on the "
             "Council’s website by 31 March 2026.")
    d_structure = [
        ("1", "approves the deletion of the post of Director of Regeneration and the creation of the post of "
              "Director of Place on grade CO2, with effect from 1 April 2026;"),
        ("2", "agrees that the post of Director of Place be advertised externally; and"),
        ("3", "appoints an Appointments Panel of five members, namely the Leader of the Council, the Deputy "
              "Leader and Councillors B.E., K.S. and T.Y., to shortlist and interview candidates and to make the "
              "appointment."),
    ]
    d_hybrid = ("the Hybrid Working Policy attached at Appendix B to the report be adopted with effect from 1 March "
                "2026, subject to the deletion of paragraph 6.3.")
    d_exclude = ("the press and public be excluded from the meeting for the following item of business, on the "
                 "grounds that it involves the likely disclosure of exempt information as defined in paragraph 1 "
                 "of Part 1 of Schedule 12A to the Local Government Act 1972.")
    d_appeal = ("the request from employee reference 4471 for the early release of pension benefits on the "
                "grounds of the efficiency of the service be refused.")
    act_policy = "Head of HR and OD to send the adopted Hybrid Working Policy to all staff by 27 February 2026."
    act_depots = ("HR Business Partner (Place) to bring the sickness absence figures for the waste and recycling "
                  "service, broken down by depot, by the next meeting.")
    md = [
        "**QUARNDALE BOROUGH COUNCIL**",
        "# Employment Committee",
        "Minutes of the meeting held on Tuesday 3 February 2026 at 6.00 pm in Committee Room 2, Quarndale Town "
        "Hall, Market Place, Quarndale",
        "**Present:** Councillor G.N. (Chair); Councillors B.E. (Vice-Chair), C.F., K.S., P.U. and T.Y.",
        "**Officers:** Chief Executive; Head of HR and OD; HR Business Partner (Place); Principal Lawyer "
        "(Employment); Democratic Services Officer",
        "## EC/23 Apologies for absence and substitutions",
        "Apologies were received from Councillor L.R. Councillor P.U. attended as substitute.",
        "## EC/24 Declarations of interest",
        "Councillor C.F. declared an other registrable interest in minute EC/28 as a member of the UNISON trade "
        "union, and remained in the meeting.",
        "## EC/25 Minutes of the previous meeting",
        f"**RESOLVED** – That {d_minutes}",
        "## EC/26 Pay Policy Statement 2026/27",
        "The Head of HR and OD presented the draft Pay Policy Statement for 2026/27, which the Council must "
        "approve and publish before 1 April each year under section 38 of the Localism Act 2011. The ratio "
        "between the pay of the Chief Executive and the median pay of the Council’s workforce was 6.1 to 1 "
        "(6.3 to 1 in 2025/26). The statement assumed a pay award of 3% from 1 April 2026, subject to national "
        "negotiations.",
        "In answer to questions, the Head of HR and OD confirmed that the Council had paid the real Living Wage "
        "since 2023 and that no officer had received a severance payment of more than £100,000 in 2025/26.",
        f"**RECOMMENDED to Council** – That {d_pay}",
        "## EC/27 Senior management structure",
        "The Chief Executive presented a report proposing that the post of Director of Regeneration, vacant "
        "since October 2025, be replaced by a Director of Place responsible for regeneration, planning and "
        "housing. The change would save £38,000 a year. Staff and the trade unions had been consulted and no "
        "objections had been received.",
        "Members asked whether the post could be filled internally. The Chief Executive said that an internal "
        "candidate could apply but that an external search was likely to give a wider field.",
        "**RESOLVED** – That the Committee:",
        "\n".join(f"({n}) {text}" for n, text in d_structure),
        "## EC/28 Hybrid Working Policy",
        "The Head of HR and OD presented the revised Hybrid Working Policy, which had been agreed with the trade "
        "unions. Members were concerned that paragraph 6.3, which would let managers require staff to attend "
        "the office at one day’s notice, was unfair to staff with caring responsibilities.",
        f"**RESOLVED** – That {d_hybrid}",
        f"**Action:** {act_policy}",
        "## EC/29 Sickness absence – quarter 3 2025/26",
        "The HR Business Partner (Place) reported that sickness absence had averaged 9.4 days per full-time "
        "employee over the last twelve months, against a target of 8.5 days. Absence in the waste and "
        "recycling service was 16.2 days, mostly because of musculoskeletal injuries. Members asked whether the "
        "figures differed between the two depots.",
        "The Committee noted the report.",
        f"**Action:** {act_depots}",
        "## EC/30 Exclusion of the press and public",
        f"**RESOLVED** – That {d_exclude}",
        "## EC/31 Appeal against a decision on early release of pension (exempt)",
        "The Committee considered an appeal against a decision not to release pension benefits early, "
        "together with the business case prepared by the Head of HR and OD. The employee and their trade "
        "union representative attended and spoke.",
        f"**RESOLVED** – That {d_appeal}",
        "The meeting ended at 7.42 pm.",
        "*Chair*",
    ]
    decisions = [
        decision("EC/25", None, d_minutes, maker),
        decision("EC/26", None, d_pay, maker),
    ]
    decisions += [decision("EC/27", n, text, maker) for n, text in d_structure]
    decisions += [
        decision("EC/28", None, d_hybrid, maker),
        decision("EC/30", None, d_exclude, maker),
        decision("EC/31", None, d_appeal, maker),
    ]
    actions = [
        action(None, act_policy, ["Head of HR and OD"], "by 27 February 2026", "2026-02-27", None),
        action(None, act_depots, ["HR Business Partner (Place)"], "by the next meeting", None, None),
    ]
    return {
        "name": "quarndale-employment-committee-minutes-february-2026",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-02-10"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="employment committee minutes with resolutions (pay policy recommended to Council, a "
                           "senior restructure, a policy, an exempt pension appeal) and \"Action:\" lines",
                     kind="minutes", title="Employment Committee", authority=QUARNDALE, date="2026-02-03",
                     meeting="Employment Committee", decisions=decisions, actions=actions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles, no running header. A bold capitals council line, "
                  "the H1 \"Employment Committee\", a minutes-of-the-meeting line, bold-led Present and Officers "
                  "paragraphs (not items); Heading 2 minutes \"EC/23 …\" to \"EC/31 …\"; bold \"RESOLVED\" – "
                  "\"That …\" on one line (EC/25, 28, 30, 31); \"**RECOMMENDED to Council** – That …\" (EC/26); "
                  "\"**RESOLVED** – That the Committee:\" over a pandoc (1)–(3) list (\";\", \"; and\") (EC/27); "
                  "bold \"Action:\" lines with an owner post and \"by 27 February 2026\" / \"by the next "
                  "meeting\"; \"The Committee noted the report.\" (EC/29, not an item); a declaration, questions "
                  "and answers in prose; an exempt appeal decided after the exclusion resolution; closing time "
                  "and an italic Chair line.",
    }


# ---------------------------------------------------------------------------
# AL6. Members' Allowances Scheme 2026/27 – the published schedule (python-docx → LibreOffice),
#      Liberation Sans 10 pt, running header and footer with "Page X of Y": basic allowance, special
#      responsibility allowances by band, co-optees, travel and subsistence rates, carers' allowance,
#      claims rules and a note of the Independent Remuneration Panel. Nothing to find.
# ---------------------------------------------------------------------------


def thrushcombe_allowances_scheme():
    title = "Members’ Allowances Scheme 2026/27"
    green = "2F5233"
    sra = [
        ["Leader of the Council", "1", "3.0 × basic", "£40,086", "1"],
        ["Deputy Leader of the Council", "2", "2.0 × basic", "£26,724", "1"],
        ["Cabinet Member", "3", "1.6 × basic", "£21,379", "7"],
        ["Chair of the Audit and Governance Committee", "4", "0.75 × basic", "£10,022", "1"],
        ["Chair of a scrutiny committee", "4", "0.75 × basic", "£10,022", "4"],
        ["Chair of the Planning and Regulatory Committee", "4", "0.75 × basic", "£10,022", "1"],
        ["Leader of the largest opposition group", "4", "0.75 × basic", "£10,022", "1"],
        ["Leader of any other opposition group of at least 5 members", "5", "0.3 × basic", "£4,009", "2"],
        ["Vice-chair of a scrutiny committee", "5", "0.3 × basic", "£4,009", "4"],
        ["Chair of the County Council", "–", "(civic allowance)", "£9,500", "1"],
        ["Vice-Chair of the County Council", "–", "(civic allowance)", "£3,200", "1"],
    ]
    travel = [
        ["Car – first 10,000 miles in the year", "45p a mile"],
        ["Car – each mile over 10,000 in the year", "25p a mile"],
        ["Motorcycle", "24p a mile"],
        ["Bicycle", "20p a mile"],
        ["Each passenger who is a member or officer on council business", "5p a mile"],
        ["Public transport", "Actual fare (standard class)"],
        ["Taxi", "Actual fare, where no public transport is reasonably available or on medical grounds"],
    ]
    subsistence = [
        ["Breakfast (away from home before 7.00 am)", "£7.50"],
        ["Lunch (away from home for more than 4 hours over 12 noon to 2.00 pm)", "£10.00"],
        ["Evening meal (returning home after 8.00 pm)", "£18.50"],
        ["Overnight stay outside London (bed and breakfast)", "Actual cost up to £110.00"],
        ["Overnight stay in London (bed and breakfast)", "Actual cost up to £160.00"],
    ]
    blocks = [
        ("p", f"<<{green}|**THRUSHCOMBE COUNTY COUNCIL**>>"),
        ("title", title),
        ("p", "Made under the Local Authorities (Members’ Allowances) (England) Regulations 2003"),
        ("table", {"cols": [4.5, 12.5], "borders": False, "rows": [
            [{"text": "Adopted by", "bold": True}, "County Council, 19 February 2026"],
            [{"text": "Applies from", "bold": True}, "1 April 2026 to 31 March 2027"],
            [{"text": "Published", "bold": True}, "4 March 2026"],
        ]}),
        ("h", 1, "1. Introduction"),
        ("pn", "1.1\tThis scheme sets out the allowances that members of Thrushcombe County Council may receive "
               "in the year from 1 April 2026. The County Council adopted it on 19 February 2026, having had "
               "regard to the report of the Independent Remuneration Panel for Thrushcombe dated 14 January "
               "2026."),
        ("pn", "1.2\tThe basic allowance and the special responsibility allowances are increased each year on 1 "
               "April by the same percentage as the national pay award for local government officers at spinal "
               "column point 43. The amounts below include the increase of 2.8% for 2026."),
        ("h", 1, "2. Basic allowance"),
        ("pn", "2.1\tEach of the 63 members of the County Council is entitled to a basic allowance of **£13,362** "
               "a year, paid in twelve equal monthly instalments. It is intended to recognise the time members "
               "give to their work, including attending meetings and dealing with residents, and the incidental "
               "costs of being a councillor, such as the use of their homes."),
        ("h", 1, "3. Special responsibility allowances"),
        ("pn", "3.1\tA special responsibility allowance is paid to members who hold the posts below. The amount "
               "is a multiple of the basic allowance."),
        ("table", {"cols": [7.0, 1.4, 3.0, 3.0, 2.6], "font": 9.5, "header_fill": "DDE8DE",
                   "header": ["Post", "Band", "Multiple", "Amount a year", "Number of posts"],
                   "rows": sra}),
        ("pn", "3.2\tA member may receive only one special responsibility allowance, the higher if they hold two "
               "posts. The civic allowances of the Chair and Vice-Chair of the County Council are not special "
               "responsibility allowances and may be received in addition to one."),
        ("pn", "3.3\tIf a member holds a post for part of the year, the allowance is paid for that part only."),
        ("h", 1, "4. Co-opted and independent members"),
        ("pn", "4.1\tThe independent member of the Audit and Governance Committee receives a co-optees’ allowance "
               "of **£1,250** a year. The two Independent Persons appointed under the Localism Act 2011 receive "
               "**£150** for each meeting or hearing they attend and **£75** for each complaint on which they are "
               "consulted."),
        ("h", 1, "5. Travel and subsistence"),
        ("pn", "5.1\tMembers may claim travel and subsistence costs for the approved duties listed in Schedule 2 "
               "of the full scheme, at the rates below. Journeys between a member’s home and County Hall are "
               "approved duties."),
        ("table", {"cols": [11.0, 6.0], "font": 9.5, "header_fill": "DDE8DE",
                   "header": ["Travel", "Rate"], "rows": travel}),
        ("table", {"cols": [11.0, 6.0], "font": 9.5, "header_fill": "DDE8DE",
                   "header": ["Subsistence", "Maximum amount"], "rows": subsistence}),
        ("h", 1, "6. Dependants’ carers’ allowance"),
        ("pn", "6.1\tMembers may claim the actual cost of care for a child under 16 or a dependent adult while "
               "they carry out an approved duty, up to **£12.60** an hour (the real Living Wage plus 5%), or the "
               "actual cost of professional care where that is needed. Care may not be provided by a member of "
               "the member’s household."),
        ("h", 1, "7. Claims and payment"),
        ("pn", "7.1\tClaims for travel, subsistence and carers’ allowance are made through the members’ portal "
               "within two months of the duty. Claims made later will be paid only in exceptional circumstances, "
               "at the discretion of the Monitoring Officer."),
        ("pn", "7.2\tA member may give notice in writing to the Head of Democratic Services that they wish to "
               "forgo all or part of any allowance."),
        ("pn", "7.3\tAllowances are taxable and are paid through the Council’s payroll. Members are not eligible "
               "to join the Local Government Pension Scheme."),
        ("h", 1, "8. Publication"),
        ("pn", "8.1\tThe amounts paid to each member under this scheme in 2025/26 will be published on the "
               "Council’s website by 30 June 2026, as the Regulations require."),
        ("pn", "8.2\tEnquiries: Head of Democratic Services, County Hall, Thrushcombe TC1 2HQ – 01632 960 604 – "
               "member.services@thrushcombe.example"),
    ]
    return {
        "name": "thrushcombe-members-allowances-scheme-2026-27",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-04", "doc_title": title, "author": "Democratic Services",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 18,
                 "title_color": green,
                 "m_header": ("Thrushcombe County Council", "Members’ Allowances Scheme 2026/27"),
                 "m_footer": ("Published 4 March 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="members' allowances scheme as published: schedule of allowances and rates, claims "
                           "rules; nothing to find",
                     kind="other", title=title, authority=THRUSHCOMBE, date="2026-03-04", meeting=None),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10 pt, an italic running header (council | "
                  "title) and footer (publication date | \"Page X of Y\"), rows that may not split. A green "
                  "capitals council line, the green title, the regulations line, a borderless details table "
                  "(Adopted by / Applies from / Published); Word heading styles over typed 1.1–8.2 hanging "
                  "paragraphs with bold amounts; a special responsibility allowances table Post | Band | Multiple "
                  "| Amount a year | Number of posts with a pale green header; travel and subsistence rate tables; "
                  "rules on claims, forgoing allowances and publication (\"will be published … by 30 June 2026\", "
                  "a duty, not an action); an enquiries line. Nothing to find.",
    }


PAPERS = [thrushcombe_ags, quarndale_standards_annual_report, quarndale_constitution_review,
          thrushcombe_staff_survey_progress, quarndale_employment_committee_minutes, thrushcombe_allowances_scheme]
