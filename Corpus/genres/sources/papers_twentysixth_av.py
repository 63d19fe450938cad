"""Papers of the twenty-sixth batch, part AV ("committee reports"): six made-up papers from two invented
places:

  Kelsmere – Kelsmere City Council (Cabinet, Council, its Audit Committee, its Licensing and Regulatory
    Committee and its Health and Wellbeing Board);
  Pemberdale – Pemberdale District Council (Executive, Council, the Planning Policy Working Group and its
    Communities Committee).

The genre: the ordinary reports officers write for a decision-making meeting – a front sheet or header
block, a summary, the recommendations, then background, options, consultation, implications, appendices
and background papers – with the recommendations in different places and shapes: a Cabinet key decision on
fees and charges with options rejected, a report to Council whose recommendations are the Executive's, a
planning policy working group's consultation outcome report, an audit committee's annual internal audit
plan (a summary box with the asks, repeated at the end), a Health and Wellbeing Board report that asks the
Board to endorse a declaration and agree partners' actions, and an information report to a communities
committee that asks nothing (nothing to find).

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every ward, street, premises, firm, group and figure is made up.
National bodies and laws (the Local Government Act 2000, the Global Internal Audit Standards, the Town and
Country Planning (Local Planning) (England) Regulations 2012) are named as what they are.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and without
reading papers_twentysixth_au.py (written at the same time by someone else). Read: `Corpus/genres/README.md`
(introduction, first layout table, recent parts' sections and first contact, second renditions, rebuilding,
the closing gold decisions), `Corpus/gold/README.md`, `Corpus/gold/real/README.md`, `build.py`,
`render.py`, `gold.py`, and for conventions and helpers the writer part of `papers_ninth_m.py`,
`grid_table` in `papers_fresh.py` and `papers_twentysecond_am.py` for module layout. Each paper names its
own split. Every gold value is written by hand beside the words it labels; the part AV notes record the
choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the pandoc
papers use papers_fresh.grid_table.

The papers (name – split – format):

  AV1 kelsmere-cabinet-fees-and-charges-2026-27 – tune – lo-pdf
  AV2 pemberdale-council-constitution-changes-recommended-by-executive – unseen – pandoc-docx
  AV3 pemberdale-planning-policy-working-group-affordable-housing-spd-consultation – tune – chromium-pdf
  AV4 kelsmere-audit-committee-internal-audit-plan-2026-27 – tune – docx
  AV5 kelsmere-health-and-wellbeing-board-healthy-weight-declaration – unseen – pandoc-lo-pdf
  AV6 pemberdale-communities-committee-community-grants-information-report – unseen – lo-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, recommendation
from papers_fresh import grid_table
from papers_ninth_m import PAGE_BREAK_MD

KELSMERE = "Kelsmere City Council"
PEMBERDALE = "Pemberdale District Council"


def label(text, fill="E2E2E2"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AV1. Report to Kelsmere City Council's Cabinet asking for a key decision on the fees and charges
#      schedule for 2026/27 (python-docx → LibreOffice, NinthMWriter, portrait). A bordered front table with
#      shaded labels, "1. Recommendations" with "RECOMMENDED that Cabinet:" over a Word-numbered (1)–(4)
#      list, reasons, typed 2.1 … hanging paragraphs, an options-rejected table (not items), implications
#      and an Appendix A fees table (not items).
# ---------------------------------------------------------------------------


def kelsmere_fees_and_charges():
    title = "Fees and Charges 2026/27"
    navy = "1F3864"
    # (number, text, verb)
    recs = [
        ("1", "approves the schedule of fees and charges for 2026/27 set out in Appendix A, to take effect from "
              "1 April 2026 unless the schedule states another date;", "APPROVES"),
        ("2", "approves a freeze for 2026/27 on the charges for the Kelsmere Leisure Pass concession, allotment "
              "plots and the Lifeline community alarm service;", "APPROVES"),
        ("3", "delegates authority to the Director of Finance and Resources, in consultation with the Cabinet "
              "Member for Finance and Corporate Services, to vary any charge in the schedule during 2026/27 "
              "where a change in the law or in the cost of providing the service requires it; and",
         "DELEGATES"),
        ("4", "notes that fees set by statute, and the licensing fees that are for the Licensing and Regulatory "
              "Committee to set, are not part of this decision.", "NOTES"),
    ]
    fees = [
        ["Bereavement services", "Adult burial, new grave (resident)", "£1,120.00", "£1,176.00", "5.0%"],
        ["Bereavement services", "Cremation (adult, 10.00 am slot)", "£895.00", "£940.00", "5.0%"],
        ["Garden waste", "Annual subscription, one bin", "£52.00", "£56.00", "7.7%"],
        ["Garden waste", "Second and further bins", "£38.00", "£42.00", "10.5%"],
        ["Parking", "Long-stay car parks, all day", "£6.20", "£6.50", "4.8%"],
        ["Parking", "Residents’ permit (first vehicle)", "£45.00", "£48.00", "6.7%"],
        ["Pest control", "Rats and mice, up to three visits", "£78.00", "£82.00", "5.1%"],
        ["Building control", "Site inspection (per visit, non-statutory)", "£96.00", "£100.00", "4.2%"],
        ["Allotments", "Full plot, annual rent", "£64.00", "£64.00", "0.0%"],
        ["Lifeline alarms", "Monitoring, per week", "£4.85", "£4.85", "0.0%"],
        ["Leisure", "Kelsmere Leisure Pass concession, per month", "£12.00", "£12.00", "0.0%"],
    ]
    blocks = [
        ("pr", "**Agenda Item 8**"),
        ("p", f"<<{navy}|**KELSMERE CITY COUNCIL**>>"),
        ("table", {"cols": [5.0, 12.0], "font": 9.5, "rows": [
            [label("Report to"), "Cabinet"],
            [label("Date of meeting"), "11 February 2026"],
            [label("Report of"), "Director of Finance and Resources (Section 151 Officer)"],
            [label("Cabinet Member"), "Cabinet Member for Finance and Corporate Services"],
            [label("Key decision"), "Yes – Forward Plan reference KCC/KD/2026/007"],
            [label("Wards affected"), "All wards"],
            [label("Exempt information"), "None"],
            [label("Contact officer"), "Corporate Finance Manager – finance.team@kelsmere.example – "
                                       "01632 960 514"],
        ]}),
        ("title", title),
        ("ph", 12, f"<<{navy}|Summary>>"),
        ("p", "The Council reviews its discretionary fees and charges every year as part of setting the budget. "
              "This report proposes the schedule for 2026/27. Most charges rise in line with the cost of "
              "providing the service, which has gone up by between 4% and 6% since last year; a small number "
              "rise by more so that the service covers its costs, and three charges that mainly affect "
              "residents on low incomes are frozen. The proposals would raise about £612,000 more than the "
              "2025/26 charges, which is already assumed in the draft budget for 2026/27."),
        ("ph", 12, f"<<{navy}|1. Recommendations>>"),
        ("p", "RECOMMENDED that Cabinet:"),
        ("list", "(1)", 1, [r[1] for r in recs]),
        ("ph", 11, f"<<{navy}|Reasons for the recommendations>>"),
        ("p", "To set charges that recover the cost of discretionary services where it is fair to do so, to "
              "protect residents on low incomes from increases in services they rely on, and to allow the "
              "income assumed in the 2026/27 budget to be collected from 1 April 2026."),
        ("ph", 12, f"<<{navy}|2. Background>>"),
        ("pn", "2.1\tThe Council charges for more than 300 services that it is allowed, but not required, to "
               "provide, under section 93 of the Local Government Act 2003 and other powers. The Charging "
               "Policy agreed by Cabinet in 2023 says that charges should recover the full cost of the service "
               "unless Cabinet decides to support a service for a stated reason."),
        ("pn", "2.2\tIn 2025/26 discretionary charges are expected to raise £9.84 million, about 11% of the "
               "Council’s net budget. Income from garden waste and parking is on target; income from "
               "bereavement services is £96,000 below target because of competition from a private crematorium "
               "that opened at Hollin Gate in 2024."),
        ("pn", "2.3\tService managers have reviewed each charge against the cost of providing the service, "
               "the charges of neighbouring councils and private providers, and demand. The main proposed "
               "changes are listed in Appendix A; the full schedule is published with the agenda."),
        ("ph", 12, f"<<{navy}|3. Proposals>>"),
        ("pn", "3.1\t**General increase.** Most charges rise by 5%, rounded to a convenient figure, in line "
               "with the increase in pay and contract costs."),
        ("pn", "3.2\t**Garden waste.** The subscription rises from £52 to £56 and the charge for further bins "
               "from £38 to £42, so that the service covers the cost of a fourth collection round needed for "
               "the growth in subscribers (now 31,400)."),
        ("pn", "3.3\t**Charges frozen.** The Kelsmere Leisure Pass concession, allotment rents and Lifeline "
               "alarm monitoring stay at their 2025/26 levels. About 70% of Lifeline users receive a means-tested "
               "benefit, and the Allotments Forum has asked for a freeze while the water supply works at three "
               "sites are completed."),
        ("pn", "3.4\t**Bereavement services.** The Bereavement Services Review Group recommended that cremation "
               "fees be held at the 2025/26 level to compete with the private crematorium. Officers have not "
               "followed that advice, because the Council’s fee remains £115 below the private provider’s and "
               "a freeze would cost about £52,000 a year; instead a discounted early-morning slot (£720) will be "
               "offered from 1 April 2026."),
        ("ph", 12, f"<<{navy}|4. Options considered and rejected>>"),
        ("table", {"cols": [5.5, 11.5], "font": 9.5, "header_fill": "D9E2F3",
                   "header": ["Option", "Reason rejected"],
                   "rows": [
                       ["Increase every charge by 5%", "Would raise a similar sum but would not let garden "
                        "waste and building control cover their costs, and would raise charges for services "
                        "that residents on low incomes rely on."],
                       ["Freeze all charges for a year", "Would leave a gap of about £612,000 in the 2026/27 "
                        "budget, which would have to be met by reducing services."],
                       ["Recover the full cost of every service", "Would raise the Lifeline charge by about 40% "
                        "and allotment rents by about 25%, which the Council’s equality assessment found "
                        "would fall hardest on older and disabled residents."],
                   ]}),
        ("ph", 12, f"<<{navy}|5. Consultation>>"),
        ("pn", "5.1\tService users were consulted on the garden waste and allotments proposals in November and "
               "December 2025 (1,212 responses). The Resources Scrutiny Committee considered the draft "
               "proposals on 20 January 2026 and made no comments beyond asking for the early-morning "
               "cremation slot to be publicised widely."),
        ("ph", 12, f"<<{navy}|6. Implications>>"),
        ("pn", "6.1\t**Financial.** The proposals raise an estimated £612,000 more in 2026/27 than the current "
               "charges would. The figure is included in the draft budget that Cabinet will recommend to "
               "Council on 26 February 2026."),
        ("pn", "6.2\t**Legal.** Charges for discretionary services may not, taken together, exceed the cost of "
               "providing them. The review has been checked against that limit. Statutory fees are not affected."),
        ("pn", "6.3\t**Equalities.** An equality impact assessment has been completed and is available on "
               "request. The freezes in recommendation (2) are the main mitigation."),
        ("pn", "6.4\t**Climate.** No direct implications. The garden waste round will use one of the Council’s "
               "electric refuse vehicles."),
        ("ph", 12, f"<<{navy}|7. Appendices and background papers>>"),
        ("p", "Appendix A – Main changes to fees and charges 2026/27."),
        ("p", "Background papers: Charging Policy (Cabinet, 14 June 2023); full schedule of fees and charges "
              "2026/27; equality impact assessment."),
        ("break",),
        ("ph", 13, f"<<{navy}|Appendix A – Main changes to fees and charges 2026/27>>"),
        ("p", "Charges include VAT where it applies. All charges take effect from 1 April 2026 except "
              "garden waste, which takes effect for subscriptions renewing on or after 1 March 2026."),
        ("table", {"cols": [3.6, 6.4, 2.4, 2.4, 2.2], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Service", "Charge", "2025/26", "2026/27", "Change"],
                   "rows": fees}),
    ]
    return {
        "name": "kelsmere-cabinet-fees-and-charges-2026-27",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-02", "doc_title": title, "author": "Corporate Finance Manager",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 18, "title_color": navy,
                 "m_header": ("Kelsmere City Council – Cabinet – 11 February 2026", "Agenda Item 8"),
                 "m_footer": ("Fees and Charges 2026/27", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="report to a city council's Cabinet asking for a key decision on the fees and charges "
                           "schedule, with \"RECOMMENDED that Cabinet:\" over a Word-numbered (1)–(4) list and a "
                           "table of options considered and rejected",
                     kind="committee-report", title=title, authority=KELSMERE, date="2026-02-11",
                     meeting="Cabinet", decision_number="KCC/KD/2026/007",
                     recommendations=[recommendation(r[0], r[1], verb=r[2], addressee="Cabinet") for r in recs]),
        "layout": ("PDF (python-docx → LibreOffice), Liberation Sans 10 pt, NinthMWriter: an italic running header "
                   "(council – Cabinet – date | \"Agenda Item 8\") and footer (title | \"Page X of Y\"), rows that may not "
                   "split; 4 pages. A right-aligned bold \"Agenda Item 8\", a navy bold capitals council line, a bordered "
                   "front table with grey bold labels (Report to / Date of meeting / Report of / Cabinet Member / Key "
                   "decision \"Yes – Forward Plan reference KCC/KD/2026/007\" / Wards affected / Exempt information / "
                   "Contact officer), the navy title; navy bold headings that are not styles; a summary; \"1. "
                   "Recommendations\" with \"RECOMMENDED that Cabinet:\" over a Word-numbered (1)–(4) list (lower-case "
                   "verbs approves / approves / delegates / notes, \";\" and \"; and\"); a bold \"Reasons for the "
                   "recommendations\" paragraph; typed hanging 2.1–6.4 paragraphs with bold lead words, one \"The "
                   "Bereavement Services Review Group recommended that …\" that officers did not follow (not an item); an"
                   " Option | Reason rejected table with a blue header (not items); consultation, implications "
                   "(financial, legal, equalities, climate), appendices and background papers; after a page break, "
                   "Appendix A: a fees table Service | Charge | 2025/26 | 2026/27 | Change (not items)."),
    }


# ---------------------------------------------------------------------------
# AV2. Report to Pemberdale District Council's Council on changes to the Constitution, recommended by the
#      Executive (Markdown → pandoc DOCX). A headerless details grid table; "2. Recommendations from the
#      Executive" with "The Executive … RECOMMENDS that Council:" over a pandoc (1)–(4) list; a "For
#      information, the Executive also RESOLVED …" paragraph (not an item); a table of the main changes
#      (not items); implications; background papers.
# ---------------------------------------------------------------------------


def pemberdale_constitution_changes():
    title = "Changes to the Constitution: Officer Scheme of Delegation and Call-in"
    recs = [
        ("1", "approves the revised Officer Scheme of Delegation at Appendix 1, to take effect from 1 April 2026;",
         "APPROVES"),
        ("2", "amends the Overview and Scrutiny Procedure Rules so that a decision of the Executive may be "
              "called in by three members of the Overview and Scrutiny Committee, drawn from at least two "
              "political groups, instead of by five members;", "AMENDS"),
        ("3", "adopts the Protocol on Member and Officer Relations at Appendix 2; and", "ADOPTS"),
        ("4", "authorises the Monitoring Officer to make any consequential changes to the Constitution, "
              "including to paragraph numbering and cross-references, and to publish the updated Constitution "
              "on the Council’s website.", "AUTHORISES"),
    ]
    front = grid_table([26, 58], None, [
        ["**Meeting**", "Council"],
        ["**Date**", "25 February 2026"],
        ["**Agenda item**", "11"],
        ["**Report of**", "Monitoring Officer"],
        ["**Previously considered by**", "Constitution Review Group, 13 January 2026; Executive, 3 February "
                                         "2026 (minute EX/86)"],
        ["**Wards**", "Not ward specific"],
        ["**Contact**", "Democratic Services Manager – democratic.services@pemberdale.example – 01632 960 427"],
    ])
    changes = grid_table([22, 31, 31], ["Part of the Constitution", "Now", "Proposed"], [
        ["Part 3, Officer Scheme of Delegation", "Lists delegations to 41 named posts, several of which no "
         "longer exist", "General delegation to the Chief Executive and each Director, who may authorise "
         "other officers in writing; register of authorisations published"],
        ["Part 3, planning applications", "Applications called in by a ward member go to Planning Committee "
         "without a reason", "A ward member’s request must give material planning reasons within 21 days"],
        ["Part 4, Overview and Scrutiny Procedure Rules", "Call-in needs five members of the Committee", "Call-in "
         "needs three members of the Committee from at least two political groups"],
        ["Part 5, Codes and Protocols", "Member and Officer Relations Protocol last revised 2014", "New protocol "
         "(Appendix 2), including social media and the role of the Independent Person"],
    ])
    md = [
        "**PEMBERDALE DISTRICT COUNCIL**",
        front,
        f"# {title}",
        "## 1. Purpose of the report",
        "1.1 This report asks Council to agree changes to the Constitution that only Council can make: a "
        "revised Officer Scheme of Delegation, a change to the call-in rules and a new protocol on relations "
        "between members and officers. The changes were drafted by the cross-party Constitution Review Group "
        "and considered by the Executive on 3 February 2026, which recommends them to Council.",
        "## 2. Recommendations from the Executive",
        "The Executive considered this report at its meeting on 3 February 2026 and RECOMMENDS that Council:",
        "\n".join(f"({r[0]}) {r[1]}" for r in recs),
        "For information, the Executive also RESOLVED, under its own powers, to ask the Monitoring Officer to "
        "arrange training on the revised scheme for all members and managers before 1 April 2026.",
        "## 3. Background",
        "3.1 The Constitution was last reviewed in full in 2019. Since then the Council has restructured its "
        "management twice, and the Officer Scheme of Delegation still names posts that no longer exist. "
        "Internal audit reported in 2025 that two planning enforcement notices had been signed by an officer "
        "whose delegation could not be traced.",
        "3.2 The Constitution Review Group met four times between September 2025 and January 2026. Its members "
        "are two members from each political group and the Chair of the Standards Committee.",
        "## 4. The main changes",
        "4.1 The table below summarises the main changes. The full text is in Appendices 1 and 2.",
        changes,
        "4.2 **Call-in.** At present five of the eleven members of the Overview and Scrutiny Committee must "
        "sign a call-in request. No decision has been called in since 2021, and members of the smaller groups "
        "told the Review Group that the threshold is too high for them to reach. The Review Group considered "
        "a threshold of two members but agreed that three members from at least two groups would stop the "
        "process being used by one group alone.",
        "4.3 **Member and officer relations.** The new protocol replaces the 2014 protocol. It sets out how "
        "members should raise concerns about an officer, what officers can and cannot do during an election "
        "period, and how both should use social media.",
        "## 5. Options considered",
        "5.1 The Review Group considered leaving the call-in threshold unchanged. The Standards Committee’s "
        "Independent Person recommended that any change be reviewed after a year, and the Monitoring Officer "
        "will report on the use of call-in in the annual scrutiny report for 2026/27.",
        "## 6. Implications",
        "6.1 **Financial.** None beyond officer time, which is met from existing budgets.",
        "6.2 **Legal.** Council must agree changes to the Overview and Scrutiny Procedure Rules and to the "
        "Officer Scheme of Delegation for non-executive functions under the Local Government Act 2000 and the "
        "Local Authorities (Functions and Responsibilities) (England) Regulations 2000. The revised scheme has "
        "been checked against those regulations.",
        "6.3 **Equalities.** None identified. The protocol includes a commitment to make reasonable adjustments "
        "for members and officers.",
        "6.4 **Climate.** None.",
        "## 7. Appendices",
        "Appendix 1 – Officer Scheme of Delegation (revised). Appendix 2 – Protocol on Member and Officer "
        "Relations.",
        "## 8. Background papers",
        "Report to the Executive, 3 February 2026: Constitution Review. Notes of the Constitution Review Group, "
        "September 2025 to January 2026.",
    ]
    return {
        "name": "pemberdale-council-constitution-changes-recommended-by-executive",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-02-13"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="report to a district council's Council on changes to the Constitution, with the "
                           "recommendations set out as the Executive's (\"The Executive … RECOMMENDS that "
                           "Council:\" over a (1)–(4) list)",
                     kind="committee-report", title=title, authority=PEMBERDALE, date="2026-02-25",
                     meeting="Council",
                     recommendations=[recommendation(r[0], r[1], verb=r[2], addressee="Council") for r in recs]),
        "layout": ("DOCX (pandoc from Markdown), pandoc's styles, no running header; 3 pages in a scratch LibreOffice "
                   "conversion. A bold capitals council line, a headerless grid table with bold labels (Meeting / Date /"
                   " Agenda item / Report of / Previously considered by / Wards / Contact), the H1 title; Heading 2 "
                   "sections with typed 1.1 … 6.4 paragraphs; \"2. Recommendations from the Executive\" with \"The "
                   "Executive considered this report at its meeting on 3 February 2026 and RECOMMENDS that Council:\" "
                   "over a pandoc (1)–(4) list (Word numbering \"(1)\"; lower-case verbs approves / amends / adopts / "
                   "authorises; \";\" and \"; and\"); a \"For information, the Executive also RESOLVED, under its own powers,"
                   " to …\" paragraph (not an item); a grid table Part of the Constitution | Now | Proposed (not items); "
                   "\"The Standards Committee’s Independent Person recommended that …\" (not an item); implications, "
                   "appendices, background papers."),
    }


# ---------------------------------------------------------------------------
# AV3. Report to Pemberdale's Planning Policy Working Group on the consultation on a draft Affordable
#      Housing SPD (HTML → Chromium, A4, CSS page-margin boxes). Bold label lines, a shaded summary box
#      whose recommendations are "That the Working Group:" over an (a)–(c) list, consultation figures and a
#      table of main issues with officer responses (not items), next steps.
# ---------------------------------------------------------------------------


def pemberdale_affordable_housing_spd():
    title = "Draft Affordable Housing Supplementary Planning Document: Outcome of Consultation"
    teal = "00605A"
    recs = [
        ("a", "notes the 58 responses received to the consultation on the draft Affordable Housing "
              "Supplementary Planning Document, summarised in section 3 and Appendix A;", "NOTES"),
        ("b", "agrees the officer responses to the issues raised and the changes to the draft document set out "
              "in Appendix B; and", "AGREES"),
        ("c", "recommends to the Executive that the Affordable Housing Supplementary Planning Document, as "
              "amended by Appendix B, be adopted.", "RECOMMENDS"),
    ]
    issues = [
        ["Site size threshold (10 or more homes)", "17", "Several residents and two parish councils asked for a "
         "lower threshold. The threshold is set by Local Plan Policy H5 and national policy; an SPD cannot "
         "change it.", "No change"],
        ["Off-site contributions: the formula", "9", "Developers said the formula double-counts land value. The "
         "worked example contained an error, now corrected.", "Paragraph 6.4 and worked example revised"],
        ["Tenure mix (70% social rent)", "8", "Registered providers supported the mix; two developers asked "
         "for more shared ownership. The mix reflects the Housing Needs Assessment 2024.", "No change"],
        ["First Homes", "6", "Asked how the 25% First Homes requirement applies. Guidance added.",
         "New paragraph 5.7"],
        ["Viability assessments", "11", "Asked that viability assessments be published in full. The Council "
         "already publishes them, with commercially sensitive parts removed where justified.",
         "Paragraph 8.2 clarified"],
        ["Design and integration", "7", "Asked that affordable homes be indistinguishable from market homes and "
         "spread through the site.", "Paragraph 7.1 strengthened"],
    ]
    blocks = [
        ("p", f"<<{teal}|**PEMBERDALE DISTRICT COUNCIL**>>"),
        ("p", "**Report to:** Planning Policy Working Group"),
        ("p", "**Date:** 4 March 2026"),
        ("p", "**Report of:** Planning Policy Manager"),
        ("p", "**Portfolio Holder:** Executive Member for Planning and Housing"),
        ("p", "**Wards:** All"),
        ("p", "**Status:** Open – for recommendation to the Executive"),
        ("title", title),
        ("box", [
            ("p", "**Summary**"),
            ("p", "The draft Affordable Housing Supplementary Planning Document (SPD) explains how Local Plan "
                  "Policy H5 will be applied: the number and type of affordable homes expected on sites of 10 or "
                  "more homes, how off-site contributions are worked out, and what the Council expects when a "
                  "developer says a scheme is not viable. It was published for consultation for six weeks from "
                  "6 November to 18 December 2025. This report summarises the responses and proposes the changes "
                  "to be made before the SPD is adopted."),
            ("p", "**Recommendations**"),
            ("p", "That the Working Group:"),
            ("list", "(a)", 1, [r[1] for r in recs]),
        ]),
        ("h", 2, "1. Background"),
        ("p", "1.1 The Pemberdale Local Plan 2021–2038 was adopted in July 2024. Policy H5 requires 30% of "
              "homes on sites of 10 or more dwellings to be affordable, with a tenure mix to be set out in an SPD. "
              "Until the SPD is adopted, officers have relied on the 2016 guidance, which refers to a superseded "
              "plan and national policy."),
        ("p", "1.2 An SPD does not form part of the development plan and cannot introduce new policy, but it is "
              "a material consideration in deciding planning applications. The Town and Country Planning (Local "
              "Planning) (England) Regulations 2012 require the Council to consult on a draft SPD and to publish "
              "a statement of the main issues raised and how they have been addressed."),
        ("h", 2, "2. How we consulted"),
        ("p", "2.1 The draft SPD was published on the Council’s consultation portal and in the Council offices "
              "at Abbey Yard. The Council e-mailed or wrote to the 1,140 people and organisations on the Local "
              "Plan consultation database, including every parish council, the registered providers that work in "
              "the district and the developers and agents active in it. Officers presented the draft to the "
              "Pemberdale Developers’ Forum on 20 November 2025 and to the Parish Councils’ Liaison Meeting on "
              "26 November 2025."),
        ("h", 2, "3. Who responded and what they said"),
        ("p", "3.1 There were 58 responses, making 121 separate comments."),
        ("table", {"cols": [9.0, 3.0, 3.0], "font": 9.5, "header_fill": "D5ECEA",
                   "header": ["Respondent", "Responses", "Comments"],
                   "rows": [
                       ["Residents", "22", "31"],
                       ["Parish and town councils", "11", "24"],
                       ["Developers, landowners and agents", "13", "43"],
                       ["Registered providers", "5", "12"],
                       ["Statutory bodies and neighbouring councils", "4", "6"],
                       ["Community and voluntary groups", "3", "5"],
                       [{"text": "Total", "bold": True}, {"text": "58", "bold": True},
                        {"text": "121", "bold": True}],
                   ]}),
        ("p", "3.2 Most respondents supported the aim of the SPD. The main issues raised, the number of "
              "respondents who raised each, the officer response and the change proposed are set out below. "
              "Every comment, with its response, is in Appendix A."),
        ("table", {"cols": [4.0, 1.9, 7.6, 3.5], "font": 9, "header_fill": "D5ECEA",
                   "header": ["Issue", "Raised by", "Officer response", "Change proposed"],
                   "rows": issues}),
        ("p", "3.3 The Home Builders’ representative recommended that the Council delay adoption until the "
              "government’s review of developer contributions is complete. Officers do not consider this "
              "necessary: the SPD can be revised if national policy changes, and delay would leave applications "
              "to be decided against the 2016 guidance."),
        ("p", "3.4 Two parish councils (Saltley Parva and Old Wenning) asked that affordable homes on rural "
              "sites be offered first to people with a local connection. This is already the Council’s "
              "practice under the Allocations Policy, and a cross-reference has been added at paragraph 5.3."),
        ("h", 2, "4. Next steps"),
        ("p", "4.1 If the Working Group agrees, the amended SPD will go to the Executive on 24 March 2026 with a "
              "recommendation that it be adopted. The adoption statement and the consultation statement would "
              "then be published, and the SPD would apply to applications decided from the date of adoption."),
        ("h", 2, "5. Implications"),
        ("p", "5.1 **Financial.** The cost of the consultation (£1,900) was met from the Local Plan budget. Clearer "
              "guidance on off-site contributions is expected to speed up section 106 negotiations."),
        ("p", "5.2 **Legal.** The consultation met the 2012 Regulations and the Statement of Community "
              "Involvement. A strategic environmental assessment screening found that a full assessment is not "
              "needed."),
        ("p", "5.3 **Equalities.** An equality impact assessment found a positive impact for households on lower "
              "incomes, younger people and disabled people (through the accessible homes requirement)."),
        ("p", "5.4 **Climate.** The SPD expects affordable homes to meet the same energy standards as market "
              "homes, as Local Plan Policy CC2 requires."),
        ("h", 2, "6. Appendices and background papers"),
        ("p", "Appendix A – Schedule of consultation responses and officer responses. Appendix B – Proposed "
              "changes to the draft SPD."),
        ("p", "Background papers: Pemberdale Local Plan 2021–2038; Housing Needs Assessment 2024; Statement of "
              "Community Involvement 2023."),
        ("p", "Contact: Planning Policy Manager – planning.policy@pemberdale.example – 01632 960 683"),
    ]
    css = ("@page { margin: 20mm 17mm 18mm 17mm; "
           "@top-left { content: \"Pemberdale District Council – Planning Policy Working Group – 4 March 2026\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; font-style: italic; color: #555555; } "
           "@bottom-left { content: \"Affordable Housing SPD – consultation outcome\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 16pt; margin: 8pt 0 8pt 0; }\n"
           "h2 { color: #00605A; font-size: 12pt; page-break-after: avoid; }\n"
           "p, li, table { break-inside: avoid; }\n"
           "div.box { border: 1pt solid #00605A; background: #EEF7F6; }\n")
    return {
        "name": "pemberdale-planning-policy-working-group-affordable-housing-spd-consultation",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "css_font": "'Liberation Sans', sans-serif",
                 "size": 10, "title_color": teal},
        "blocks": blocks,
        "gold": dict(genre="report to a district council's planning policy working group on the outcome of "
                           "consultation on a draft supplementary planning document, with a boxed summary and "
                           "\"That the Working Group:\" over an (a)–(c) list",
                     kind="committee-report", title=title, authority=PEMBERDALE, date="2026-03-04",
                     meeting="Planning Policy Working Group",
                     recommendations=[recommendation(r[0], r[1], verb=r[2], addressee="Working Group")
                                      for r in recs]),
        "layout": ("PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (council, group and"
                   " date top left in italics; a footer line and \"Page n of m\"); 3 pages. A teal bold capitals council "
                   "line, bold-led label lines (Report to / Date / Report of / Portfolio Holder / Wards / Status), the "
                   "teal title; a teal-bordered shaded box with a summary and \"Recommendations\" / \"That the Working "
                   "Group:\" over an HTML (a)–(c) list (notes / agrees / recommends to the Executive that … be adopted; "
                   "\";\" and \"; and\"); teal h2 sections with typed 1.1 … 5.4 paragraphs; a respondents table with a bold "
                   "total row and an Issue | Raised by | Officer response | Change proposed table (not items); \"The Home"
                   " Builders’ representative recommended that …\" (not an item); next steps; implications; appendices "
                   "and background papers; a contact line."),
    }


# ---------------------------------------------------------------------------
# AV4. Report to Kelsmere's Audit Committee on the Internal Audit Plan 2026/27 and Charter (python-docx
#      DOCX, NinthMWriter). A ruled details table, a one-cell box "Recommendations" with "The Audit
#      Committee is asked to:" over a Word-numbered a)–c) list, typed 1.1 … paragraphs, a plan table by
#      directorate (not items), resources, and a closing "8. Recommendations" that repeats the asks in
#      shorter words (listed once, from the box).
# ---------------------------------------------------------------------------


def kelsmere_internal_audit_plan():
    title = "Internal Audit Plan 2026/27 and Internal Audit Charter"
    green = "385723"
    recs = [
        ("a", "note the risk assessment and consultation on which the Internal Audit Plan 2026/27 is based;",
         "NOTE"),
        ("b", "approve the Internal Audit Plan 2026/27 at Appendix A, including the 1,180 days of audit work it "
              "sets out; and", "APPROVE"),
        ("c", "approve the revised Internal Audit Charter at Appendix B, which brings the Charter into line "
              "with the Global Internal Audit Standards in the UK public sector.", "APPROVE"),
    ]
    plan = [
        ("Finance and Resources", "Payroll and pensions (key financial system)", "20", "Q2"),
        ("Finance and Resources", "Council Tax and business rates (key financial system)", "25", "Q3"),
        ("Finance and Resources", "Procurement Act 2023 readiness and contract management", "18", "Q1"),
        ("Finance and Resources", "Cyber security: backup and recovery", "15", "Q2"),
        ("Housing and Communities", "Temporary accommodation: placements and payments", "20", "Q1"),
        ("Housing and Communities", "Housing repairs contract: variations", "15", "Q3"),
        ("Place", "Capital programme: Riverside Quarter regeneration", "20", "Q2"),
        ("Place", "Car parking income", "10", "Q4"),
        ("People", "Direct payments (adults)", "18", "Q3"),
        ("People", "Schools: themed review of school funds", "22", "Q4"),
        ("Corporate", "Risk management framework", "10", "Q1"),
        ("Corporate", "Follow-up of agreed actions", "30", "Q1–Q4"),
    ]
    rows, directorate = [], None
    for d, area, days, quarter in plan:
        if d != directorate:
            directorate = d
            rows.append([{"text": d, "bold": True, "fill": "E2EFD9", "span": 3}, "<", "<"])
        rows.append([area, days, quarter])
    blocks = [
        ("p", f"<<{green}|**KELSMERE CITY COUNCIL**>>"),
        ("ph", 11, "Audit Committee – 18 March 2026 – Item 6"),
        ("title", title),
        ("table", {"cols": [4.2, 12.8], "rules": True, "rows": [
            [{"text": "Report of", "bold": True}, "Head of Internal Audit"],
            [{"text": "Purpose", "bold": True}, "For decision"],
            [{"text": "Key decision", "bold": True}, "No"],
            [{"text": "Wards", "bold": True}, "Not applicable"],
            [{"text": "Contact", "bold": True}, "Head of Internal Audit – internal.audit@kelsmere.example – "
                                                "01632 960 358"],
        ]}),
        ("box", [
            ("p", f"<<{green}|**Recommendations**>>"),
            ("p", "The Audit Committee is asked to:"),
            ("list", "a)", 1, [r[1] for r in recs]),
        ]),
        ("h", 1, "1. Introduction"),
        ("pn", "1.1\tThe Accounts and Audit Regulations 2015 require the Council to have an effective internal "
               "audit service. The Global Internal Audit Standards, which apply in the UK public sector from "
               "1 April 2025, require the Head of Internal Audit to prepare a risk-based plan each year and to "
               "have it approved by the Audit Committee, as the Council’s board for these purposes."),
        ("pn", "1.2\tThe plan provides the basis for the Head of Internal Audit’s annual opinion on the "
               "Council’s framework of governance, risk management and internal control, which is reported to "
               "this Committee each July."),
        ("h", 1, "2. How the plan was prepared"),
        ("pn", "2.1\tThe plan draws on the corporate and directorate risk registers, the Council Plan, the "
               "results of last year’s audits, the external auditor’s findings and discussions with each "
               "Director and with the Chief Executive. The draft was shared with the Chair of this Committee in "
               "February 2026."),
        ("pn", "2.2\tEach possible audit was scored for risk, materiality and the time since it was last "
               "audited. The plan includes all areas with a high score and a proportion of those with a medium "
               "score; the rest are listed in Appendix A as reserve audits."),
        ("h", 1, "3. The plan for 2026/27"),
        ("pn", "3.1\tThe main audits in the plan are shown below by directorate, with the days allocated and "
               "the quarter in which each is expected to start. Appendix A gives the full plan, including work "
               "for the Kelsmere Housing Company and grant certification."),
        ("table", {"cols": [11.0, 2.5, 3.5], "font": 9.5, "header_fill": "A9D08E",
                   "header": ["Audit", "Days", "Quarter"],
                   "rows": rows}),
        ("pn", "3.2\tThe plan is flexible. Changes during the year will be agreed with the Director of Finance "
               "and Resources and reported to the Committee in the quarterly progress reports."),
        ("h", 1, "4. Resources"),
        ("pn", "4.1\tThe service has 6.4 full-time equivalent staff, giving 1,180 productive days after leave, "
               "training and management. One auditor post has been vacant since October 2025; the vacant days "
               "will be bought in from the Wenning Audit Partnership under the existing framework agreement."),
        ("pn", "4.2\tThe Head of Internal Audit considers the resources sufficient to give an annual opinion. "
               "If the vacancy is not filled by September 2026, the Committee will be told in the progress "
               "report."),
        ("h", 1, "5. Internal Audit Charter"),
        ("pn", "5.1\tThe Charter sets out the purpose, authority and responsibilities of internal audit. The "
               "revised Charter adds the Committee’s role in approving the internal audit mandate, the "
               "arrangements for an external quality assessment every five years and the safeguards when the "
               "Head of Internal Audit has other responsibilities (in Kelsmere, for risk management)."),
        ("pn", "5.2\tThe external quality assessment in 2024 concluded that the service generally conforms to "
               "the standards. The assessor recommended that the Charter say more about how the Head of Internal "
               "Audit reports to the Committee without management present; section 4 of the revised Charter "
               "does so."),
        ("h", 1, "6. Implications"),
        ("pn", "6.1\t**Financial.** The plan will be delivered within the internal audit budget of £412,000 for "
               "2026/27, including £38,000 for bought-in days."),
        ("pn", "6.2\t**Legal.** The plan and Charter help the Council to meet regulation 5 of the Accounts and "
               "Audit Regulations 2015."),
        ("pn", "6.3\t**Equalities and climate.** None directly. The plan includes a review of the Council’s "
               "progress against its climate action plan in the reserve list."),
        ("h", 1, "7. Appendices"),
        ("p", "Appendix A – Internal Audit Plan 2026/27. Appendix B – Internal Audit Charter (revised March 2026)."),
        ("h", 1, "8. Recommendations"),
        ("p", "That the Committee notes the basis of the plan and approves the Internal Audit Plan 2026/27 and the "
              "revised Internal Audit Charter."),
    ]
    return {
        "name": "kelsmere-audit-committee-internal-audit-plan-2026-27",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-03-06", "doc_title": title, "author": "Head of Internal Audit",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Serif", "size": 11,
                 "title_size": 17, "title_color": green,
                 "m_header": ("Kelsmere City Council", "Audit Committee – 18 March 2026"),
                 "m_footer": ("Internal Audit Plan 2026/27", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="report to a city council's Audit Committee on the annual internal audit plan and "
                           "charter, with a boxed \"The Audit Committee is asked to:\" a)–c) list repeated in "
                           "shorter words at the end",
                     kind="committee-report", title=title, authority=KELSMERE, date="2026-03-18",
                     meeting="Audit Committee",
                     recommendations=[recommendation(r[0], r[1], verb=r[2], addressee="Audit Committee")
                                      for r in recs]),
        "layout": ("DOCX (python-docx), Liberation Serif 11 pt, NinthMWriter: an italic running header (council | "
                   "committee and date) and footer (title | \"Page X of Y\"), rows that may not split; 3 pages in a "
                   "scratch LibreOffice conversion. A green bold capitals council line, a bold committee / date / item "
                   "line, the green title, a details table with horizontal rules only (Report of / Purpose: For decision"
                   " / Key decision / Wards / Contact); a one-cell bordered box with a green bold \"Recommendations\" and "
                   "\"The Audit Committee is asked to:\" over a Word-numbered a)–c) list (note / approve / approve; \";\" "
                   "and \"; and\"); Word Heading 1 sections with typed hanging 1.1–6.3 paragraphs; a plan table Audit | "
                   "Days | Quarter with a green header and directorate rows merged across three columns (not items); "
                   "\"The assessor recommended that …\" (not an item); a closing \"8. Recommendations\" that repeats the "
                   "asks as one shorter \"That the Committee notes … and approves …\" sentence (listed once, from the "
                   "box)."),
    }


# ---------------------------------------------------------------------------
# AV5. Report to Kelsmere's Health and Wellbeing Board asking it to endorse a Healthy Weight Declaration
#      and agree partners' actions (Markdown → pandoc DOCX → LibreOffice). A line block front, "1.
#      Recommendations" with "The Board is asked to:" over a pandoc 1.–4. list, figures table (not items),
#      and, after a page break, "Appendix 2" as a grid table No. | Action | Lead | By when (the actions).
# ---------------------------------------------------------------------------


def kelsmere_healthy_weight():
    title = "Kelsmere Healthy Weight Declaration and Whole-Systems Approach"
    dph = "Director of Public Health"
    recs = [
        ("1", "endorse the Kelsmere Healthy Weight Declaration at Appendix 1 and recommend that each partner "
              "organisation signs it;", "ENDORSE"),
        ("2", "agree the partnership actions for 2026/27 set out in Appendix 2, with the leads and dates "
              "shown;", "AGREE"),
        ("3", "ask each member organisation to name a senior lead for healthy weight by 30 April 2026; and",
         "ASK"),
        ("4", "agree to receive a progress report at its meeting in October 2026.", "AGREE"),
    ]
    # (no., action, lead cell, owners, by when, due)
    acts = [
        ("1", "Adopt a healthier food advertising policy for advertising sites on Council land and bus "
              "shelters.", "Head of Communications (KCC)", ["Head of Communications (KCC)"], "September 2026",
         "2026-09"),
        ("2", "Prepare planning guidance to limit new hot food takeaways within 400 metres of secondary "
              "schools.", "Planning Policy Manager (KCC) / Director of Public Health",
         ["Planning Policy Manager (KCC)", dph], "March 2027", "2027-03"),
        ("3", "Offer brief training on raising the issue of weight to staff in GP practices, health visiting "
              "and school nursing.", "Kelsmere Place Partnership; Kelsmere Community Health Services",
         ["Kelsmere Place Partnership", "Kelsmere Community Health Services"], "Q3 2026/27", "2026-12"),
        ("4", "Review the food and drink sold in the Council’s leisure centres and the hospital’s public "
              "restaurants against the healthier catering standard.", "Kelsmere Leisure Trust, Kelsmere "
              "Hospitals NHS Trust", ["Kelsmere Leisure Trust", "Kelsmere Hospitals NHS Trust"], "31 December 2026",
         "2026-12-31"),
        ("5", "Extend the free holiday activities and food programme to the Easter and October holidays in "
              "the four wards with the highest rates of child obesity.", "Head of Early Help (KCC)",
         ["Head of Early Help (KCC)"], "2026/27", "2027-03"),
        ("6", "Set up a healthy weight network of partners and community groups, meeting quarterly, to share "
              "data and plan joint work.", dph, [dph], "Ongoing", None),
    ]
    figures = grid_table([46, 12, 12, 12], ["Indicator (2024/25)", "Kelsmere", "Region", "England"], [
        ["Reception children overweight or obese", "23.9%", "22.4%", "22.1%"],
        ["Year 6 children overweight or obese", "39.8%", "36.9%", "35.8%"],
        ["Adults overweight or obese", "66.2%", "64.8%", "64.5%"],
        ["Adults physically active (150+ minutes a week)", "61.0%", "66.3%", "67.1%"],
    ])
    actions_table = grid_table([6, 40, 24, 14], ["No.", "Action", "Lead", "By when"],
                               [[a[0], a[1], a[2], a[4]] for a in acts])
    md = [
        "**KELSMERE HEALTH AND WELLBEING BOARD**",
        "| **Report to:** Health and Wellbeing Board\n"
        "| **Date of meeting:** 19 March 2026\n"
        "| **Agenda item:** 7\n"
        "| **Report of:** Director of Public Health, Kelsmere City Council\n"
        "| **Purpose:** For decision\n"
        "| **Contact:** Consultant in Public Health – public.health@kelsmere.example – 01632 960 772",
        f"# {title}",
        "## 1. Recommendations",
        "The Board is asked to:",
        "\n".join(f"{r[0]}. {r[1]}" for r in recs),
        "## 2. Summary",
        "2.1 Almost two in five children in Kelsmere are overweight or obese by the time they leave primary "
        "school, and the gap between the most and least deprived wards has widened since 2019. The Board's "
        "Joint Health and Wellbeing Strategy makes healthy weight one of its four priorities. This report asks "
        "the Board to endorse a local Healthy Weight Declaration and to agree a first set of actions that "
        "partners will take together.",
        "## 3. Background",
        "3.1 The figures below compare Kelsmere with the region and England.",
        figures,
        "3.2 Obesity has many causes, from the food available near where people live and work to income, "
        "sleep and mental health. Evidence from councils that have taken a whole-systems approach shows that no "
        "single service can change the trend, but that partners acting together on the places and settings "
        "they control can make a difference over five to ten years.",
        "3.3 In October 2025 the Board held a development session on healthy weight with 46 people from the "
        "Council, the NHS, schools, the leisure trust and community groups. The session mapped what affects "
        "weight in Kelsmere and what partners can change. This report draws on that work.",
        "## 4. The Healthy Weight Declaration",
        "4.1 The Declaration (Appendix 1) is a set of 14 commitments that an organisation makes when it signs. "
        "They include promoting healthy food and drink in its own buildings and events, using its planning, "
        "licensing and advertising powers, and supporting its staff to be active. It is adapted from "
        "declarations used elsewhere in England, and the Council's Cabinet is expected to sign it in April.",
        "## 5. Engagement",
        "5.1 Parents at four children's centres and 212 secondary pupils were asked what would help them eat "
        "well and be more active. They asked for cheaper healthy food near schools, safer walking and cycling "
        "routes, and free activities in the holidays. Healthwatch Kelsmere recommended that the Board involve "
        "young people in checking progress, and the Youth Council will be invited to the network.",
        "## 6. Partnership actions",
        "6.1 Appendix 2 sets out six actions for 2026/27 that partners at the development session offered to "
        "lead. They were chosen because each uses something a partner already controls (land, planning, "
        "catering, staff training, holiday provision) and can start without new money. Each lead will report "
        "through the healthy weight network, and the network will propose further actions for 2027/28.",
        "## 7. Implications",
        "7.1 **Financial.** The actions will be met from existing budgets and the public health grant. The "
        "holiday activities in action 5 will use £64,000 of the Household Support allocation.",
        "7.2 **Legal.** Planning guidance on hot food takeaways (action 2) must be prepared and consulted on "
        "under planning law before it can be used in deciding applications.",
        "7.3 **Equalities.** The actions focus on the wards with the highest rates of obesity, which are also "
        "among the most deprived, to narrow the gap.",
        "7.4 **Climate.** More walking and cycling and less car use for short journeys would also cut carbon "
        "emissions.",
        "## 8. Background papers",
        "Joint Health and Wellbeing Strategy 2024–2029; notes of the Board's development session, 16 October 2025.",
        PAGE_BREAK_MD,
        "## Appendix 2: Partnership actions 2026/27",
        "KCC = Kelsmere City Council. Dates are the date by which the action will be complete.",
        actions_table,
        "Appendix 1 (the Kelsmere Healthy Weight Declaration) is published with the agenda as a separate "
        "document.",
    ]
    return {
        "name": "kelsmere-health-and-wellbeing-board-healthy-weight-declaration",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-03-09"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="report to a Health and Wellbeing Board asking it to endorse a healthy weight "
                           "declaration and agree partners' actions, with \"The Board is asked to:\" over a 1.–4. "
                           "list and an action table No. | Action | Lead | By when",
                     kind="committee-report", title=title, authority=KELSMERE, date="2026-03-19",
                     meeting="Health and Wellbeing Board",
                     recommendations=[recommendation(r[0], r[1], verb=r[2], addressee="Board") for r in recs],
                     actions=[action(a[0], a[1], a[3], a[4], a[5], None) for a in acts]),
        "layout": ("PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header; 4 pages. A bold "
                   "capitals board line, a line block with bold labels (Report to / Date of meeting / Agenda item / "
                   "Report of / Purpose: For decision / Contact), the H1 title; Heading 2 sections with typed 2.1 … 7.4 "
                   "paragraphs; \"1. Recommendations\" with \"The Board is asked to:\" over a pandoc 1.–4. list (endorse … "
                   "and recommend … / agree / ask / agree; \";\" and \"; and\"); an indicators grid table (not items); "
                   "\"Healthwatch Kelsmere recommended that …\" (not an item); after a raw page break, \"Appendix 2: "
                   "Partnership actions 2026/27\": a key line (KCC = Kelsmere City Council) and a grid table No. | Action"
                   " | Lead | By when, rows 1–6, leads split by \" / \", \"; \" and \", \", with \"(KCC)\" qualifiers; By when "
                   "\"September 2026\", \"March 2027\", \"Q3 2026/27\", \"31 December 2026\", \"2026/27\", \"Ongoing\"; no status "
                   "column."),
    }


# ---------------------------------------------------------------------------
# AV6. Information report to Pemberdale's Communities Committee on the community grants scheme for
#      2025/26 (python-docx → LibreOffice, NinthMWriter). A front panel whose "Decision sought" row says
#      none is sought, figures tables, outcomes, a funder's evaluation that "recommended that …", next steps
#      without owners. Nothing to find.
# ---------------------------------------------------------------------------


def pemberdale_community_grants():
    title = "Community Grants Scheme 2025/26: Annual Update"
    plum = "5B2C6F"
    lilac = "E4DFEC"
    blocks = [
        ("p", f"<<{plum}|**PEMBERDALE DISTRICT COUNCIL**>>"),
        ("table", {"cols": [4.6, 12.4], "font": 9.5, "rows": [
            [{"text": "INFORMATION REPORT TO THE COMMUNITIES COMMITTEE", "bold": True, "fill": "C9BFDA",
              "span": 2}, "<"],
            [label("Date of meeting", lilac), "10 March 2026"],
            [label("Agenda item", lilac), "9"],
            [label("Report of", lilac), "Community Development Manager"],
            [label("Decision sought", lilac), "None. This report is provided for information only and does not "
                                               "require a decision by the Committee."],
            [label("Wards", lilac), "All"],
        ]}),
        ("title", title),
        ("ph", 12, f"<<{plum}|1. Purpose>>"),
        ("pn", "1.1\tThis report updates members on the Community Grants Scheme in 2025/26: the grants made, "
               "the groups funded and what the grants achieved. It was requested by the Committee when it "
               "agreed the scheme’s criteria in March 2025."),
        ("ph", 12, f"<<{plum}|2. The scheme>>"),
        ("pn", "2.1\tThe scheme has a budget of £120,000 a year, funded from the Council’s revenue budget "
               "(£90,000) and the Pemberdale Wind Farm community benefit fund (£30,000). It offers small grants "
               "of up to £1,500 and project grants of £1,501 to £10,000 to voluntary and community groups, "
               "parish councils and community interest companies working in the district."),
        ("pn", "2.2\tApplications are assessed by officers against the published criteria and decided by the "
               "Community Development Manager under delegated powers, after consulting the Chair of the "
               "Committee on project grants. Small grants are open all year; project grants have two rounds, "
               "in May and October."),
        ("ph", 12, f"<<{plum}|3. Grants made in 2025/26>>"),
        ("pn", "3.1\tBy 28 February 2026 the scheme had received 94 applications and made 61 grants. The table "
               "shows them by type and by the scheme’s three priorities."),
        ("table", {"cols": [6.8, 2.4, 2.4, 2.6, 2.8], "font": 9.5, "header_fill": "C9BFDA",
                   "header": ["Priority", "Small grants", "Project grants", "Total grants", "Amount (£)"],
                   "rows": [
                       ["Tackling loneliness and isolation", "14", "5", "19", "38,740"],
                       ["Healthy and active communities", "17", "4", "21", "36,215"],
                       ["Cost of living and local food", "15", "6", "21", "41,380"],
                       [{"text": "Total", "bold": True}, {"text": "46", "bold": True},
                        {"text": "15", "bold": True}, {"text": "61", "bold": True},
                        {"text": "116,335", "bold": True}],
                   ]}),
        ("pn", "3.2\tThe remaining £3,665 is committed to small grants expected before 31 March 2026. Of the 33 "
               "applications not funded, 19 did not meet the criteria (most were for running costs of a "
               "national charity), 9 were withdrawn and 5 were referred to other funds."),
        ("pn", "3.3\tGrants reached every ward. The largest project grants were:"),
        ("table", {"cols": [5.4, 7.6, 2.0, 2.0], "rules": True, "font": 9.5,
                   "header": ["Group", "Project", "Ward", "Grant (£)"],
                   "rows": [
                       ["Old Wenning Community Pantry", "Chilled storage and a second weekly session", "Wenning",
                        "9,800"],
                       ["Abbey Yard Men’s Shed", "Workshop fit-out and tools", "Abbey", "8,250"],
                       ["Saltley Parva Village Hall", "Warm-space heating and accessible toilet", "Saltley",
                        "7,400"],
                       ["Pemberdale Walking Football", "Pitch hire and coaching for over-50s teams", "Castle",
                        "4,960"],
                   ]}),
        ("ph", 12, f"<<{plum}|4. What the grants achieved>>"),
        ("pn", "4.1\tGroups report at the end of their project. The 38 reports received so far say the grants "
               "supported about 4,300 people and 610 volunteers. Examples include:"),
        ("list", "bullet", 1, [
            "the Community Pantry now serves 140 households a week, up from 85, with fresh food from two local "
            "farms;",
            "the Men’s Shed has 37 regular members, more than half of whom were referred by GPs or social "
            "prescribers; and",
            "eleven warm spaces opened on at least two days a week from November to February.",
        ]),
        ("pn", "4.2\tThe Pemberdale Community Foundation, which evaluated the scheme for the wind farm fund, "
               "recommended that the Council simplify the end-of-grant report for small grants. The form was "
               "shortened to one page in January 2026."),
        ("ph", 12, f"<<{plum}|5. Next steps>>"),
        ("list", "bullet", 1, [
            "The 2026/27 scheme opens on 1 April 2026 with the same criteria and budget.",
            "The first project grant round closes on 29 May 2026.",
            "A full report on outcomes for 2025/26 will be published on the Council’s website in the summer.",
        ]),
        ("ph", 12, f"<<{plum}|6. Implications>>"),
        ("pn", "6.1\t**Financial.** The scheme is within budget. **Legal.** Grants are made under the general "
               "power of competence and each is subject to a grant agreement. **Equalities.** Monitoring shows "
               "that 42% of grants went to groups led by or mainly serving older people, and 18% to groups "
               "serving disabled people. **Climate.** Five grants included energy efficiency works to community "
               "buildings."),
        ("ph", 12, f"<<{plum}|7. Background papers>>"),
        ("p", "Communities Committee, 11 March 2025: Community Grants Scheme – criteria for 2025/26."),
        ("p", "Contact: Community Development Manager – community.grants@pemberdale.example – 01632 960 219"),
    ]
    return {
        "name": "pemberdale-communities-committee-community-grants-information-report",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-27", "doc_title": title, "author": "Community Development Manager",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 17, "title_color": plum,
                 "m_header": ("Pemberdale District Council", "Communities Committee – 10 March 2026 – Item 9"),
                 "m_footer": ("For information", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="information report to a district council's communities committee on its community "
                           "grants scheme, which asks for no decision (nothing to find)",
                     kind="other", title=title, authority=PEMBERDALE, date="2026-03-10",
                     meeting="Communities Committee"),
        "layout": ("PDF (python-docx → LibreOffice), Liberation Sans 10 pt, NinthMWriter: an italic running header "
                   "(council | committee, date and item) and footer (\"For information\" | \"Page X of Y\"), rows that may "
                   "not split; 2 pages. A plum bold capitals council line, a bordered front panel with a shaded row "
                   "merged across (\"INFORMATION REPORT TO THE COMMUNITIES COMMITTEE\") and lilac labels (Date of meeting "
                   "/ Agenda item / Report of / Decision sought: \"None. This report is provided for information only and"
                   " does not require a decision by the Committee.\" / Wards), the plum title; plum bold headings that "
                   "are not styles over typed hanging 1.1–6.1 paragraphs; a grants table by priority with a bold total "
                   "row and a ruled table of the largest grants that runs over the page with its header repeated (not "
                   "items); outcome bullets; \"The Pemberdale Community Foundation … recommended that …\" (already done; "
                   "not an item); \"Next steps\" bullets with dates and no owners (not actions); implications in one "
                   "paragraph; background papers and a contact line. Nothing to find."),
    }


PAPERS = [kelsmere_fees_and_charges, pemberdale_constitution_changes, pemberdale_affordable_housing_spd,
          kelsmere_internal_audit_plan, kelsmere_healthy_weight, pemberdale_community_grants]
