"""Papers of the eleventh batch, part Q ("decisions, call-ins and motions"): six made-up papers by
which two invented councils decide and are held to account. Thistlecombe District Council is a shire
district with a Leader and Cabinet, Portfolio Holders, an Overview and Scrutiny Committee and a Planning
Committee. Kelverton Metropolitan Borough Council is a metropolitan borough with a Leader and Cabinet,
Cabinet Members, scrutiny boards (a Scrutiny Co-ordination Board and four themed boards) and a Council
meeting that debates motions. Ridgeway Developments Ltd, the Thistlecombe Heritage Trust, Citizens
Advice Thistlecombe, Kelverton Citizens Advice and every person, place and figure are invented too;
other councils are named only by their kind ("the county council"). People are given by role or
initials, e-mail addresses use `.example` and telephone numbers the 01632 960xxx range.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks) and without running it, using only the corpus READMEs, the seeds' README and the build
scripts and some paper definitions in this folder (not papers_eleventh_r.py, written at the same time
by someone else). Each paper names its own split. Every gold value is written by hand beside the words
it labels; the "Decisions, call-ins and motions, part Q" notes record the choices where the rules left
room.

The papers (name – split – format – layout):

  Q1. thistlecombe-cabinet-council-tax-support-scheme-2026-27 – tune – lo-pdf: a district Cabinet
      report; a grey-label front table, a shaded one-cell "RECOMMENDATION(S)" box on page 1 holding two
      groups, "Cabinet is asked to RECOMMEND to Council that:" (items 1–2) and "Cabinet is asked to
      RESOLVE to:" (items 3–5, one Word list that starts at 3); "REASON(S) FOR RECOMMENDATION(S)" and
      "ALTERNATIVE OPTIONS CONSIDERED" under it; bold capital non-style headings with typed 1.1 …
      paragraphs; caseload, consultation and cost tables; reported recommendations of Citizens Advice
      and of the Overview and Scrutiny Committee (not items); the same five items repeated word for word
      under "11. RECOMMENDATIONS"; a borderless contact table.
  Q2. kelverton-record-of-executive-decisions-january-2026 – unseen – docx: a record of executive
      decisions, landscape; Part 1 one register table of the Cabinet's decisions (Decision no. | Item
      and subject | Decision | Reasons and alternative options rejected | Call-in) with "Cabinet
      RESOLVED that:" (a)–(c), "Cabinet RECOMMENDS to Council that …", a deferral, a noted report with
      no reference, an urgent decision with call-in waived and "Cabinet agreed:" (i)–(iii) "to …";
      Part 2 a table of two individual Cabinet Members' decisions with their own decision makers and
      dates.
  Q3. thistlecombe-overview-scrutiny-call-in-old-market-hall – unseen – pandoc-lo-pdf: a call-in
      report to the Overview and Scrutiny Committee; a line block front; one "2.1 That the Committee
      considers …" recommendation; the called-in Cabinet resolution quoted in a block quote; a grid
      table Reason for the call-in | Response of the Portfolio Holder; Options A–C as bold-led
      paragraphs; after a page break an addendum with the draft minute OS/58 (a lost motion, "RESOLVED
      – That:" with typed (1)/(2), the Committee's concerns as bullets, one "Action:" line).
  Q4. kelverton-council-minutes-march-2026 – tune – chromium-pdf: Council minutes with CSS page-margin
      boxes; attendance as a borderless grid of initials; minute headings "CL 87" … "CL 97" (h2 with a
      rule); public questions with supplementaries, a petition, two recommendations from Cabinet under
      (a)/(b) sub-headings, a notice of motion with an amendment (LOST) and the substantive motion
      (CARRIED) followed by "Resolved – That this Council:" (1)–(3), a second motion LOST, members'
      questions with an undertaking, appointments.
  Q5. thistlecombe-portfolio-holder-decision-tree-strategy – tune – pandoc-docx: a Portfolio Holder
      decision notice with no tables in its decision part; numbered Heading 2 sections (Decision maker /
      Subject / Key decision with a Forward Plan ref. / Report considered / Decision / Reasons /
      Alternative options (a numbered list) / Consultation (a pipe table) / Declarations / Publication
      and call-in / Signature); "I have decided:" followed by a pandoc (i)–(iv) list of "to …" items.
  Q6. kelverton-call-in-and-urgency-annual-report-2025 – unseen – lo-pdf: an information report to the
      Scrutiny Co-ordination Board with nothing to find: a cover panel whose "Decision sought" row says
      none is sought; tables of the year's call-ins (outcomes "Referred back", "No further action" …),
      urgent decisions and key decisions; a quoted Cabinet resolution; "The Centre for Governance and
      Scrutiny recommends that …"; next-step bullets without owners.

The DOCX papers written with python-docx use papers_ninth_m's writer (meta "ninth_m": running headers
with "Page X of Y" fields, "ph" and "pn" blocks, rows that may not split with meta "cant_split"), and
the Chromium paper its HTML wrapper (meta "m_css"). This module adds no writer of its own.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

THISTLECOMBE = "Thistlecombe District Council"
KELVERTON = "Kelverton Metropolitan Borough Council"

PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="E2E2E2"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# Q1. District Cabinet report (PDF, python-docx → LibreOffice, Liberation Sans 10.5 pt, italic running
#     header with "Page X of Y"). A shaded RECOMMENDATION(S) box on page 1 with two groups ("to
#     RECOMMEND to Council that:" 1–2, "to RESOLVE to:" 3–5), reasons and alternatives under it, the
#     same five items repeated word for word in section 11.
# ---------------------------------------------------------------------------


def thistlecombe_cabinet_report():
    title = "Local Council Tax Support Scheme 2026/27 and Discretionary Hardship Fund"
    to_council = [
        ("1", "the Local Council Tax Support Scheme 2026/27 set out at Appendix A be adopted, raising the maximum "
              "award for working-age households from 80% to 85% of their council tax liability; and"),
        ("2", "the income bands in the scheme be increased by 3.8% from 1 April 2026, in line with the September "
              "2025 Consumer Prices Index."),
    ]
    resolve = [
        ("3", "approve a Discretionary Hardship Fund of £120,000 for 2026/27, to be met from the Council Tax "
              "Support Reserve;", "APPROVE"),
        ("4", "delegate authority to the Head of Revenues and Benefits, in consultation with the Portfolio Holder "
              "for Finance and Assets, to approve the Discretionary Hardship Fund Policy and to make minor changes "
              "to it during the year; and", "DELEGATE"),
        ("5", "note the results of the public consultation summarised in section 6 and Appendix B.", "NOTE"),
    ]

    def rec_blocks():
        return [
            ("p", "**Cabinet is asked to RECOMMEND to Council that:**"),
            ("list", "1.", 1, [text for _, text in to_council]),
            ("p", "**Cabinet is asked to RESOLVE to:**"),
            ("list", "1.", 3, [text for _, text, _ in resolve]),
        ]

    pn = lambda text: ("pn", text)
    ph = lambda text: ("ph", 11, text)
    blocks = [
        ("p", "**THISTLECOMBE DISTRICT COUNCIL**"),
        ("table", {"cols": [4.6, 12.4], "font": 10, "rows": [
            [label("Report to"), "Cabinet"],
            [label("Date of meeting"), "Tuesday 10 February 2026"],
            [label("Agenda item"), "8"],
            [label("Report of"), "Head of Revenues and Benefits"],
            [label("Portfolio Holder"), "Councillor M.H., Portfolio Holder for Finance and Assets"],
            [label("Key decision"), "Yes"],
            [label("Forward Plan reference"), "FP 2025/38"],
            [label("Wards affected"), "All wards"],
            [label("Report status"), "Open – no exempt information"],
        ]}),
        ("title", title),
        ("ph", 11, "PURPOSE OF THE REPORT"),
        ("p", "To set out the proposed Local Council Tax Support Scheme for 2026/27, which must be agreed by full "
              "Council, and to seek Cabinet’s approval for a Discretionary Hardship Fund for the same year."),
        ("table", {"cols": [17], "rows": [[{"fill": "FFF2CC", "blocks": [
            ("p", "**RECOMMENDATION(S)**"),
        ] + rec_blocks()}]]}),
        ph("REASON(S) FOR RECOMMENDATION(S)"),
        ("p", "The Council must consider each year whether to revise its council tax support scheme, and any "
              "revised scheme must be adopted by full Council by 11 March before the year it applies to. Raising "
              "the maximum award to 85% reverses most of the cut made in 2023 and responds to the rise in council "
              "tax arrears among low-income working households. A hardship fund lets the Council help households "
              "that the scheme’s fixed rules do not reach."),
        ph("ALTERNATIVE OPTIONS CONSIDERED"),
        ("p", "**Make no change to the scheme.** Rejected: the maximum award would stay at 80% and the income bands "
              "would fall further behind prices, so that some households would lose support without any change "
              "in their circumstances."),
        ("p", "**Raise the maximum award to 100%.** Rejected: this would cost about £1.5 million a year more than "
              "the present scheme, of which the Council’s share would be about £135,000, and the major preceptors "
              "did not support it."),
        ph("1. INTRODUCTION"),
        pn("1.1\tSince April 2013 each billing authority has been required to run its own scheme to reduce the "
           "council tax of people on low incomes. The scheme for pension-age households is set nationally; the "
           "scheme for working-age households is set by the Council."),
        pn("1.2\tThistlecombe’s scheme has been a banded income scheme since April 2023. Working-age households "
           "receive a percentage of their council tax liability according to their weekly income, up to a "
           "maximum of 80%. Households with a disabled member, a carer or a child under five are protected and "
           "can receive up to 100%."),
        ph("2. THE CURRENT SCHEME"),
        pn("2.1\tAt 31 December 2025, 6,499 households received council tax support:"),
        ("table", {"cols": [9.5, 3.5, 4.0], "font": 9.5, "header_fill": "D9D9D9",
                   "header": ["Group", "Households", "Average weekly award"], "rows": [
            ["Pension age", "2,914", "£22.41"],
            ["Working age – protected (disabled, carers, children under 5)", "1,208", "£19.87"],
            ["Working age – other", "2,377", "£15.12"],
            [{"text": "Total", "bold": True}, {"text": "6,499", "bold": True}, {"text": "£19.27", "bold": True}],
        ]}),
        pn("2.2\tCollection of council tax from working-age households receiving support has fallen from 91.4% "
           "in 2022/23 to 86.9% in 2024/25. In 2024/25 the Council issued 1,142 summonses to households receiving "
           "support, at a cost to them of £84 each in court costs."),
        ph("3. PROPOSED CHANGES FOR 2026/27"),
        pn("3.1\tIt is proposed that the maximum award for working-age households who are not protected is raised "
           "from 80% to 85%. A household in the lowest income band would pay £5.48 a week less in 2026/27 than "
           "under the present scheme, on a Band A property."),
        pn("3.2\tIt is also proposed that the income bands are uprated by 3.8%, the Consumer Prices Index for "
           "September 2025, so that households whose income rises with prices do not move into a lower band."),
        pn("3.3\tNo other change is proposed. The protection for disabled people, carers and families with a child "
           "under five stays as it is, as does the disregard of child maintenance and Carer’s Allowance."),
        ph("4. COST OF THE SCHEME"),
        pn("4.1\tThe cost of council tax support is shared between the Council and the bodies that precept on the "
           "collection fund, in proportion to their share of the council tax. The estimated cost of the proposed "
           "scheme is:"),
        ("table", {"cols": [6.1, 2.6, 2.9, 2.9, 2.5], "font": 9.5, "header_fill": "D9D9D9",
                   "header": ["Preceptor", "Share of council tax", "2025/26 scheme (80%) £000",
                              "2026/27 scheme (85%) £000", "Increase £000"], "rows": [
            ["The county council", "72.4%", "4,510", "4,866", "356"],
            ["Police and Crime Commissioner", "12.1%", "754", "813", "59"],
            ["Fire authority", "4.3%", "268", "289", "21"],
            ["Thistlecombe District Council", "8.9%", "554", "598", "44"],
            ["Town and parish councils", "2.3%", "143", "155", "12"],
            [{"text": "Total", "bold": True}, {"text": "100%", "bold": True}, {"text": "6,229", "bold": True},
             {"text": "6,721", "bold": True}, {"text": "492", "bold": True}],
        ]}),
        pn("4.2\tThe county council, the Police and Crime Commissioner and the fire authority were consulted on the "
           "proposals in October 2025. All three accepted the 85% option; the county council did not support a "
           "higher figure."),
        ph("5. DISCRETIONARY HARDSHIP FUND"),
        pn("5.1\tThe Council can reduce any person’s council tax under section 13A(1)(c) of the Local Government "
           "Finance Act 1992. It is proposed to set aside £120,000 in 2026/27 for households in severe hardship, "
           "for example after a sudden loss of income, with awards decided by the Revenues and Benefits Service "
           "under a written policy."),
        pn("5.2\tThe Council Tax Support Reserve stood at £312,000 on 31 March 2025. The fund would be met from "
           "this reserve, so it would not add to the budget gap for 2026/27."),
        ph("6. CONSULTATION"),
        pn("6.1\tA public consultation ran from 8 October to 19 November 2025. It was promoted on the Council’s "
           "website, in council tax bills’ inserts and through Citizens Advice Thistlecombe and the district’s "
           "food banks. There were 412 responses."),
        ("table", {"cols": [7.5, 2.2, 2.4, 2.4, 2.5], "font": 9.5, "header_fill": "D9D9D9",
                   "header": ["Proposal", "Agree", "Disagree", "Don’t know", "Responses"], "rows": [
            ["Raise the maximum award to 85%", "61%", "27%", "12%", "409"],
            ["Uprate the income bands by CPI", "74%", "14%", "12%", "401"],
            ["Set up a hardship fund of £120,000", "80%", "9%", "11%", "405"],
        ]}),
        pn("6.2\tCitizens Advice Thistlecombe recommended that the Council also removes the minimum award of £5 a "
           "week, so that households just above the income limit receive some help. This has not been taken "
           "forward, because it would cost about £60,000 a year and the Council’s share would not be met from "
           "savings elsewhere in the scheme."),
        ph("7. OVERVIEW AND SCRUTINY COMMITTEE"),
        pn("7.1\tThe Overview and Scrutiny Committee considered the draft proposals on 27 January 2026. It "
           "supported the 85% maximum award and the hardship fund, and recommended that Cabinet consider raising "
           "the maximum award to 90% from April 2027, once the effect of this year’s change on collection is "
           "known. Officers will report on this in the review of the 2027/28 scheme."),
        ph("8. FINANCIAL IMPLICATIONS"),
        pn("8.1\tThe Council’s share of the increased cost of the scheme is £44,000 in 2026/27. This has been "
           "included in the draft budget for 2026/27 that Cabinet considered on 13 January 2026. The hardship "
           "fund will be met from the Council Tax Support Reserve, as set out in paragraph 5.2."),
        ph("9. LEGAL IMPLICATIONS"),
        pn("9.1\tSchedule 1A to the Local Government Finance Act 1992 requires the Council to consider each "
           "financial year whether to revise its scheme, to consult the major preceptors and the public before "
           "doing so, and to make any revision by 11 March. Adopting the scheme is a function of full Council "
           "and cannot be delegated."),
        ph("10. EQUALITIES AND RISK"),
        pn("10.1\tAn equality impact assessment is attached at Appendix C. The proposed changes help all "
           "working-age households receiving support and do not reduce any award. The main risk is that the "
           "number of claims rises faster than forecast; the caseload will be reported quarterly to Cabinet in "
           "the finance monitoring report."),
        ph("11. RECOMMENDATIONS"),
        ("p", "As set out on the front page of this report:"),
    ] + rec_blocks() + [
        ph("BACKGROUND PAPERS"),
        ("p", "Local Government Finance Act 1992, Schedule 1A; consultation responses (held by the Revenues and "
              "Benefits Service)."),
        ph("APPENDICES"),
        ("p", "Appendix A – Local Council Tax Support Scheme 2026/27"),
        ("p", "Appendix B – Consultation report"),
        ("p", "Appendix C – Equality impact assessment"),
        ("table", {"cols": [4.0, 13.0], "borders": False, "font": 10, "rows": [
            [{"text": "Contact officer:", "bold": True}, "Head of Revenues and Benefits"],
            [{"text": "Telephone:", "bold": True}, "01632 960 331"],
            [{"text": "E-mail:", "bold": True}, "revenues@thistlecombe.example"],
            [{"text": "Address:", "bold": True}, "Thistlecombe District Council, Council Offices, Abbey Road, "
                                                  "Thistlecombe TC1 4AB"],
        ]}),
    ]
    recs = [recommendation(n, text, verb="RECOMMEND", addressee="Cabinet") for n, text in to_council]
    recs += [recommendation(n, text, verb=verb, addressee="Cabinet") for n, text, verb in resolve]
    return {
        "name": "thistlecombe-cabinet-council-tax-support-scheme-2026-27",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-30", "doc_title": title, "author": "Revenues and Benefits",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10.5,
                 "title_size": 17, "title_color": "1F4E3D",
                 "m_header": ("Thistlecombe District Council – Cabinet – 10 February 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="district Cabinet report with a RECOMMENDATION(S) box on the front page holding "
                           "recommendations to Council and resolutions for Cabinet, reasons and alternative "
                           "options, repeated at the end",
                     kind="committee-report", title=title, authority=THISTLECOMBE, date="2026-02-10",
                     meeting="Cabinet", decision_number="FP 2025/38", recommendations=recs),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10.5 pt, an italic running header with \"Page X "
                  "of Y\" fields, rows that may not split; 4 pages. A bold capitals council line, a bordered "
                  "front table with grey bold labels (Report to / Date of meeting / Agenda item / Report of / "
                  "Portfolio Holder / Key decision / Forward Plan reference / Wards affected / Report status) above "
                  "a green title; a capitals PURPOSE line; a shaded one-cell box \"RECOMMENDATION(S)\" with two "
                  "bold stems, \"Cabinet is asked to RECOMMEND to Council that:\" over a Word-numbered 1.–2. list "
                  "of passive \"… be adopted / be increased\" clauses and \"Cabinet is asked to RESOLVE to:\" over "
                  "a second Word list starting at 3 (approve / delegate / note, \";\" and \"; and\"); \"REASON(S) "
                  "FOR RECOMMENDATION(S)\" and \"ALTERNATIVE OPTIONS CONSIDERED\" (bold-led options) under the "
                  "box; bold capital non-style headings and typed 1.1–10.1 hanging paragraphs; a caseload table, "
                  "a cost-sharing table by preceptor and a consultation table with bold total rows; \"Citizens "
                  "Advice Thistlecombe recommended that …\" and the Overview and Scrutiny Committee's "
                  "\"recommended that Cabinet consider …\" (not items); \"11. RECOMMENDATIONS\" repeating both "
                  "lists word for word; background papers, appendices and a borderless contact table.",
    }


# ---------------------------------------------------------------------------
# Q2. Record of executive decisions (DOCX, python-docx, landscape, Arial 9.5 pt, running header with
#     "Page X of Y"). Part 1: one register table of the Cabinet's decisions of 21 January 2026, each row
#     with its own reference; Part 2: a table of two individual Cabinet Members' decisions.
# ---------------------------------------------------------------------------


def kelverton_record_of_decisions():
    title = "Record of Executive Decisions"
    meeting_date = "2026-01-21"
    d07 = [
        ("a", "the full business case for the redevelopment of Kelverton Bus Station, at a total cost of £18.6 "
              "million, be approved;"),
        ("b", "the Director of Regeneration be authorised to award the construction contract to the preferred "
              "bidder named in the exempt appendix, within the approved budget; and"),
        ("c", "the Director of Finance be authorised to accept the City Region Transport Fund grant of £14.2 "
              "million and to sign the grant agreement."),
    ]
    d08 = ("Cabinet RECOMMENDS to Council that the Housing Revenue Account budget for 2026/27 set out in Appendix 1 "
           "be approved, including an increase of 4.8% in social rents from 6 April 2026.")
    d09 = ("Cabinet DEFERRED consideration of this item to its meeting on 18 February 2026, so that the Department "
           "for Education’s confirmation of the 2026/27 school condition allocation can be reflected in the "
           "programme.")
    d10 = ("Cabinet approved the Household Support Fund allocation policy for 2026/27 set out in Appendix A, with "
           "£1.1 million for free school meal holiday vouchers and £0.9 million for the open application scheme "
           "run by Kelverton Citizens Advice.")
    d11 = [
        ("i", "to declare the former Marlow Road depot, shown edged red on the plan at Appendix 1, surplus to the "
              "Council’s requirements;"),
        ("ii", "to sell the land by informal tender, with a minimum price as set out in the exempt appendix; and"),
        ("iii", "to ring-fence the capital receipt to the Kelverton Bus Station scheme."),
    ]
    cm1_maker = "Councillor F.G., Cabinet Member for Neighbourhoods and Environment"
    cm1 = ("To increase the charge for the collection of up to three bulky items from £24 to £27 from 1 April "
           "2026, and to keep the reduced charge of £12 for households receiving council tax support.")
    cm2_maker = "Councillor H.J., Cabinet Member for Children and Families"
    cm2 = ("To award short breaks grants totalling £286,000 for 2026/27 to the seven organisations listed in the "
           "decision report, each for one year with an option to extend for a second year.")

    cab_rows = [
        [{"text": "CAB/26/07", "bold": True},
         "Item 6\n**Kelverton Bus Station Redevelopment – Full Business Case**\nKey decision (Forward Plan ref. "
         "K/2025/061)\nReport of the Director of Regeneration",
         "Cabinet RESOLVED that:\n" + "\n".join(f"({n}) {t}" for n, t in d07),
         "The bus station is at the end of its working life and does not meet accessibility standards. The "
         "business case shows a benefit to cost ratio of 2.4, and the grant must be committed by 31 March 2026.\n"
         "Rejected: refurbishing the existing building (it would still not meet accessibility standards and "
         "would need replacing within 15 years); doing nothing (the grant would be lost).",
         "Yes"],
        [{"text": "CAB/26/08", "bold": True},
         "Item 7\n**Housing Revenue Account Budget and Rent Setting 2026/27**\nBudget framework\nReport of the "
         "Director of Housing",
         d08,
         "The HRA must set a balanced budget. The rent increase is the maximum allowed by the Rent Standard (CPI "
         "plus 1%) and pays for the stock condition programme.\nRejected: a lower increase of 2.7% (it would "
         "remove £1.9 million from the repairs programme).",
         "No – recommendation to Council (4 March 2026)"],
        [{"text": "CAB/26/09", "bold": True},
         "Item 8\n**Schools Capital Programme 2026/27**\nKey decision (Forward Plan ref. K/2025/066)\nReport of "
         "the Director of Children’s Services",
         d09,
         "The allocation, expected in December, had not been received by the date of the meeting.",
         "No – procedural"],
        [{"text": "–"},
         "Item 9\n**Corporate Performance Report, Quarter 3 2025/26**\nReport of the Chief Executive",
         "Cabinet noted the report and the actions being taken on the three indicators rated red. No decision "
         "was taken.",
         "–",
         "N/A"],
        [{"text": "CAB/26/10", "bold": True},
         "Item 10\n**Household Support Fund 2026/27 – Allocation Policy**\nUrgent key decision (General Exception "
         "notice published 12 January 2026)\nReport of the Director of Finance",
         d10,
         "The Fund must be spent between 1 April 2026 and 31 March 2027, and vouchers for the Easter holidays "
         "must be issued by 20 March 2026.\nRejected: spending all of the Fund through the open application "
         "scheme (families already known to schools would have to apply).",
         "No – urgent. The Chair of the Scrutiny Co-ordination Board agreed on 19 January 2026 that call-in "
         "should not apply (Scrutiny Procedure Rule 17)."],
        [{"text": "CAB/26/11", "bold": True},
         "Item 12 (Part B – exempt appendix)\n**Disposal of Land at Marlow Road Depot**\nKey decision (Forward "
         "Plan ref. K/2025/070)\nReport of the Director of Regeneration",
         "Cabinet agreed:\n" + "\n".join(f"({n}) {t}" for n, t in d11),
         "The depot has been empty since the service moved to Foundry Lane in 2024 and costs £38,000 a year to "
         "secure.\nRejected: a sale by auction (lower expected price); keeping the land for a future depot (no "
         "service need).",
         "Yes"],
    ]
    cm_rows = [
        [{"text": "CMD/26/03", "bold": True}, cm1_maker + "\n16 January 2026",
         "**Bulky Waste Collection Charges 2026/27**", cm1,
         "The charge has not changed since 2023 and no longer covers the cost of a collection (£31).", "Yes"],
        [{"text": "CMD/26/04", "bold": True}, cm2_maker + "\n20 January 2026",
         "**Short Breaks Grants to Voluntary Organisations 2026/27**", cm2,
         "The grants fund the short breaks the Council must provide for disabled children under the Children "
         "Act 1989. The seven organisations scored highest in the open grant round.", "Yes"],
    ]
    blocks = [
        ("p", "**KELVERTON METROPOLITAN BOROUGH COUNCIL**"),
        ("p", "Democratic Services, Town Hall, Market Street, Kelverton KV1 1TH"),
        ("title", title),
        ("p", "Decisions taken by the Cabinet on Wednesday 21 January 2026, and by individual Cabinet Members from "
              "16 to 20 January 2026"),
        ("table", {"cols": [4.5, 8.3, 4.5, 8.4], "font": 9.5, "rows": [
            [label("Date published"), "Friday 23 January 2026", label("Call-in deadline"),
             "5.00 pm, Friday 30 January 2026"],
            [label("Decisions may be implemented from"), "9.00 am, Monday 2 February 2026, unless called in",
             label("Enquiries"), "Democratic Services – 01632 960 552 – democratic.services@kelverton.example"],
        ]}),
        ("p", "Under Scrutiny Procedure Rule 15, any five non-executive members, or the Chair of a scrutiny board "
              "and one other member, may call in a decision marked “Yes” in the Call-in column by giving notice to "
              "the Monitoring Officer before the deadline, stating their reasons. Recommendations to Council and "
              "urgent decisions cannot be called in. Exempt appendices are not published."),
        ("h", 1, "Part 1 – Decisions of the Cabinet, 21 January 2026"),
        ("p", "**Present:** Councillor A.K. (Leader, in the Chair); Councillors B.D. (Deputy Leader), F.G., H.J., "
              "L.N., P.R., S.T. and W.Y.   **Also present:** Councillor R.L. (Leader of the Opposition)   "
              "**Declarations of interest:** Councillor S.T. declared an interest in item 10 as a trustee of "
              "Kelverton Citizens Advice and did not take part in that item."),
        ("table", {"cols": [2.3, 4.9, 8.4, 7.3, 2.8], "font": 9, "header_fill": "D5DCE4",
                   "header": ["Decision no.", "Item and subject", "Decision", "Reasons and alternative options "
                              "rejected", "Call-in"],
                   "rows": cab_rows}),
        ("h", 1, "Part 2 – Decisions of individual Cabinet Members"),
        ("p", "Each decision was taken after considering a written report, which is published with the decision on "
              "the Council’s website. No conflicts of interest were declared and no dispensations were granted."),
        ("table", {"cols": [2.3, 4.6, 4.4, 6.6, 5.3, 2.5], "font": 9, "header_fill": "D5DCE4",
                   "header": ["Decision no.", "Decision maker and date", "Subject", "Decision", "Reasons",
                              "Call-in"],
                   "rows": cm_rows}),
        ("p", "Signed: Head of Democratic Services, for the Proper Officer – 23 January 2026"),
        ("p", "If you need this record in another format, please contact Democratic Services on 01632 960 552."),
    ]
    decisions = [decision("6", "CAB/26/07", t, "Cabinet", date=meeting_date, kind="decision") for _, t in d07]
    decisions += [decision("7", "CAB/26/08", d08, "Cabinet", date=meeting_date, kind="decision"),
                  decision("8", "CAB/26/09", d09, "Cabinet", date=meeting_date, kind="decision"),
                  decision("10", "CAB/26/10", d10, "Cabinet", date=meeting_date, kind="decision")]
    decisions += [decision("12", "CAB/26/11", t, "Cabinet", date=meeting_date, kind="decision") for _, t in d11]
    decisions += [decision(None, "CMD/26/03", cm1, cm1_maker, date="2026-01-16", kind="decision"),
                  decision(None, "CMD/26/04", cm2, cm2_maker, date="2026-01-20", kind="decision")]
    return {
        "name": "kelverton-record-of-executive-decisions-january-2026",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-01-23", "doc_title": title, "author": "Democratic Services",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Arial", "size": 10, "title_size": 18,
                 "title_color": "1F3864",
                 "m_header": ("Kelverton Metropolitan Borough Council – Record of Executive Decisions",
                              "Page {PAGE} of {NUMPAGES}"),
                 "m_footer": ("Published 23 January 2026 – call-in deadline 5.00 pm, 30 January 2026", "")},
        "blocks": blocks,
        "gold": dict(genre="record of executive decisions: the Cabinet's decisions of one meeting in a register "
                           "table with references, reasons and call-in, and two individual Cabinet Members' "
                           "decisions",
                     kind="decision", title=title, authority=KELVERTON, date="2026-01-23", meeting=None,
                     decisions=decisions),
        "layout": "DOCX (python-docx), A4 landscape, Arial 10 pt (falls back), an italic running header with \"Page "
                  "X of Y\" fields and an italic footer line. A bold capitals council line and an address line, the "
                  "navy title and a line naming the decision dates; a four-column details table with grey labels "
                  "(Date published / Call-in deadline / Decisions may be implemented from / Enquiries); a paragraph "
                  "on call-in; Heading 1 \"Part 1 – Decisions of the Cabinet, 21 January 2026\" with a one-paragraph "
                  "Present / Also present / Declarations line; one 9 pt register table Decision no. | Item and "
                  "subject | Decision | Reasons and alternative options rejected | Call-in with a blue-grey header: "
                  "CAB/26/07 \"Cabinet RESOLVED that:\" over typed (a)–(c) paragraphs inside the cell, CAB/26/08 "
                  "\"Cabinet RECOMMENDS to Council that … be approved …\" (not subject to call-in), CAB/26/09 "
                  "\"Cabinet DEFERRED consideration …\", a row with \"–\" for a noted report (\"No decision was "
                  "taken.\"), CAB/26/10 an urgent \"Cabinet approved …\" with call-in waived, CAB/26/11 \"Cabinet "
                  "agreed:\" over typed (i)–(iii) \"to …\" paragraphs; Heading 1 \"Part 2 – Decisions of individual "
                  "Cabinet Members\" with a table Decision no. | Decision maker and date | Subject | Decision | "
                  "Reasons | Call-in, two rows \"To increase …\" / \"To award …\" with their own decision makers "
                  "(\"Councillor F.G., Cabinet Member for …\") and dates; a signature line and an accessibility "
                  "line.",
    }


# ---------------------------------------------------------------------------
# Q3. Call-in report to the Overview and Scrutiny Committee (PDF, Markdown → pandoc DOCX → LibreOffice,
#     pandoc's styles). One "2.1 That the Committee considers …" recommendation; the called-in Cabinet
#     resolution quoted; reasons and responses in a grid table; options A–C; after a page break the
#     draft minute OS/58 with the Committee's resolution (1)/(2), its concerns and one "Action:" line.
# ---------------------------------------------------------------------------


def thistlecombe_call_in_report():
    title = "Call-in: Sale of the Old Market Hall, Thistlecombe"
    osc = "Overview and Scrutiny Committee"
    rec = ("That the Committee considers the call-in of the Cabinet decision on the sale of the Old Market Hall and "
           "decides which of the options in section 6 to take.")
    res = [
        ("1", "the Cabinet decision of 13 January 2026 on the sale of the Old Market Hall (minute CAB/25/96) be "
              "referred back to Cabinet for reconsideration; and"),
        ("2", "Cabinet be asked, before it reconsiders the decision, to obtain an independent valuation of the hall "
              "in its present condition and to report whether the building should be offered on the open "
              "market."),
    ]
    act = ("Democratic Services Manager to send the referral and the Committee’s concerns to the Leader by 29 "
           "January 2026.")
    reasons = grid_table([32, 40], ["Reason given for the call-in", "Response of the Portfolio Holder for Finance "
                                    "and Assets"], [
        ["1. The hall was not marketed openly. Only two offers were sought, and community groups were not told "
         "that it was for sale.",
         "The hall was offered to the three parties that had asked about it in the last two years. Open marketing "
         "would have delayed the sale by at least four months and added holding costs of about £18,000."],
        ["2. The price is below the 2023 valuation of £455,000, and no up-to-date valuation was reported to "
         "Cabinet.",
         "The 2023 valuation assumed that the roof had been repaired. The Council’s agent advised in December 2025 "
         "that £410,000 is the best price reasonably obtainable for the building in its present condition."],
        ["3. The Thistlecombe Heritage Trust had the hall listed as an asset of community value in 2022, and the "
         "report did not say whether the listing is still in force.",
         "The listing ended in June 2025 and was not renewed. The Trust was told of this at the time, and the "
         "Cabinet report should have said so."],
    ])
    md = [
        "**THISTLECOMBE DISTRICT COUNCIL**",
        "| **Meeting:** Overview and Scrutiny Committee\n"
        "| **Date:** Tuesday 27 January 2026 at 6.00 pm, Council Chamber, Council Offices, Abbey Road\n"
        "| **Agenda item:** 5\n"
        "| **Report of:** Democratic Services Manager and Monitoring Officer\n"
        "| **Decision called in:** Cabinet minute CAB/25/96, 13 January 2026 (key decision, Forward Plan ref. "
        "FP 2025/31)\n"
        "| **Ward:** Abbey\n"
        "| **Exempt:** No (the Cabinet report’s Appendix 2 is exempt and is not reproduced)",
        f"# {title}",
        "## 1. Purpose of the report",
        "1.1 Four members of the Council have called in the Cabinet’s decision of 13 January 2026 to sell the Old "
        "Market Hall, Thistlecombe, to Ridgeway Developments Ltd. This report sets out the decision, the reasons "
        "given for the call-in and the options open to the Committee.",
        "1.2 The decision cannot be implemented until the Committee has considered the call-in.",
        "## 2. Recommendation",
        f"2.1 {rec}",
        "## 3. The decision called in",
        "3.1 On 13 January 2026 Cabinet considered a report of the Head of Property and Economic Development on the "
        "future of the Old Market Hall, a Grade II listed building that has been empty since the Council’s "
        "customer service centre moved in 2021. Cabinet resolved as follows (minute CAB/25/96):",
        "> **RESOLVED** – That:\n>\n"
        "> \\(a) the Old Market Hall, Thistlecombe, be sold to Ridgeway Developments Ltd for £410,000, subject to "
        "contract; and\n>\n"
        "> \\(b) the Head of Property and Economic Development be authorised to agree the final terms of the sale, "
        "including an overage clause.",
        "3.2 The decision was published on 15 January 2026. On 21 January 2026 the Monitoring Officer received a "
        "request signed by Councillors R.B., C.E., D.L. and S.P. to call it in. The Monitoring Officer found the "
        "request valid under Overview and Scrutiny Procedure Rule 12, which needs the signatures of at least three "
        "members.",
        "## 4. Reasons for the call-in",
        "4.1 The members gave three reasons. The Portfolio Holder for Finance and Assets has responded to each, and "
        "both are set out below as they were given.",
        reasons,
        "## 5. How the Committee will consider the call-in",
        "- the lead member for the call-in, Councillor R.B., will explain the reasons for it (up to 10 minutes);\n"
        "- the Portfolio Holder for Finance and Assets will respond (up to 10 minutes);\n"
        "- members may ask questions of both, and of the Head of Property and Economic Development; and\n"
        "- the Committee will then debate the call-in and decide what to do.",
        "## 6. Options open to the Committee",
        "6.1 Having considered the call-in, the Committee may:",
        "**Option A – take no further action.** The decision takes effect on the date of the meeting and may be "
        "implemented at once.",
        "**Option B – refer the decision back to Cabinet** for reconsideration, setting out the nature of its "
        "concerns. Cabinet must reconsider the decision within 15 working days, and may confirm it, change it or "
        "take a different decision.",
        "**Option C – refer the matter to full Council**, if the Committee considers that the decision is contrary "
        "to the Council’s budget or policy framework. The Monitoring Officer’s advice is that the decision is "
        "within the framework, so this option is not open to the Committee on the present facts.",
        "6.2 The Head of Property and Economic Development recommends that the sale goes ahead without delay, as "
        "the buyer’s offer is open only until 28 February 2026. The Committee is not bound by that advice.",
        "## 7. Financial implications",
        "7.1 The sale would produce a capital receipt of £410,000, which the Capital Strategy assumes will be "
        "received in 2025/26. Keeping the hall costs the Council about £4,500 a month in insurance, security and "
        "business rates.",
        "## 8. Legal implications",
        "8.1 Section 123 of the Local Government Act 1972 requires the Council to obtain the best consideration "
        "reasonably obtainable when it disposes of land, unless it has consent to do otherwise. The Council’s "
        "Property Procedure Rules say that land worth more than £100,000 should normally be marketed openly, but "
        "allow Cabinet to agree a sale to a single party where it gives its reasons.",
        "## 9. Background papers",
        "Report to Cabinet, 13 January 2026, “Future of the Old Market Hall”; call-in notice dated 21 January "
        "2026; Overview and Scrutiny Procedure Rules (Part 4 of the Constitution).",
        "Contact: Democratic Services Manager – 01632 960 317 – democracy@thistlecombe.example",
        PAGE_BREAK_MD,
        "# Addendum: extract from the draft minutes",
        "*Overview and Scrutiny Committee, Tuesday 27 January 2026. These minutes are subject to approval at the "
        "Committee’s next meeting.*",
        "**Present:** Councillor K.V. (Chair); Councillors G.O. (Vice-Chair), R.B., C.E., D.L., T.A., N.F., S.P. "
        "and Y.U.\\\n**Also present:** Councillor M.H. (Portfolio Holder for Finance and Assets)\\\n"
        "**Officers:** Head of Property and Economic Development, Monitoring Officer, Democratic Services Manager",
        "### OS/58 Call-in: Sale of the Old Market Hall, Thistlecombe",
        "Councillors R.B., S.P. and C.E. declared that they were members of the Thistlecombe Heritage Trust. The "
        "Monitoring Officer advised that this was not a disclosable pecuniary interest and they remained in the "
        "meeting.",
        "Councillor R.B. explained the reasons for the call-in. The Portfolio Holder for Finance and Assets "
        "responded. In answer to questions, the Head of Property and Economic Development said that the agent’s "
        "advice of December 2025 was a letter, not a formal valuation, and that the hall had not been offered to "
        "the Heritage Trust because it had not asked about it.",
        "Councillor T.A. moved, and Councillor G.O. seconded, that the Committee take no further action. On being "
        "put to the vote the motion was LOST (3 for, 5 against, 1 abstention).",
        "Councillor C.E. then moved Option B, which was seconded by Councillor D.L. and carried (5 for, 3 against, 1 "
        "abstention). It was therefore",
        "**RESOLVED** – That:",
        f"\\({res[0][0]}) {res[0][1]}",
        f"\\({res[1][0]}) {res[1][1]}",
        "The Committee’s concerns, to be set out in the referral, are that:",
        "- no formal valuation of the hall in its present condition was before Cabinet;\n"
        "- the Property Procedure Rules expect open marketing, and the report gave no reason for not doing so; and\n"
        "- the report did not tell Cabinet that the asset of community value listing had ended.",
        f"**Action:** {act}",
        "The Leader has confirmed that Cabinet will reconsider the decision at its meeting on 10 February 2026.",
    ]
    return {
        "name": "thistlecombe-overview-scrutiny-call-in-old-market-hall",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-01-28"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="call-in report to an overview and scrutiny committee, with the options open to the "
                           "committee and an addendum of the draft minute recording its choice",
                     kind="committee-report", title=title, authority=THISTLECOMBE, date="2026-01-27", meeting=osc,
                     recommendations=[recommendation("2.1", rec, verb="CONSIDERS", addressee="Committee")],
                     decisions=[decision("OS/58", n, t, osc) for n, t in res],
                     actions=[action(None, act, ["Democratic Services Manager"], "by 29 January 2026",
                                     "2026-01-29", None)]),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles; 4 pages. A bold capitals council line "
                  "and a line block of bold-labelled details (Meeting / Date / Agenda item / Report of / Decision "
                  "called in / Ward / Exempt) above the H1; numbered Heading 2 sections with typed 1.1 … paragraphs; "
                  "\"2. Recommendation\" with one \"2.1 That the Committee considers … and decides which of the "
                  "options in section 6 to take.\"; the called-in Cabinet resolution quoted in a block quote "
                  "(\"RESOLVED – That:\" with escaped (a)/(b); not items); a grid table Reason given for the call-in "
                  "| Response of the Portfolio Holder (reasons typed 1.–3.; not items); procedure bullets; bold-led "
                  "\"Option A – take no further action.\" / \"Option B – refer the decision back to Cabinet\" / "
                  "\"Option C – refer the matter to full Council\" paragraphs and \"6.2 The Head of Property and "
                  "Economic Development recommends that …\" (not items); implications, background papers and a "
                  "contact line. After a raw page break, an H1 \"Addendum: extract from the draft minutes\", an "
                  "italic status line, Present / Also present / Officers joined by hard line breaks, a Heading 3 "
                  "\"OS/58 Call-in: …\", a declaration, a motion to take no further action LOST on a vote, "
                  "\"RESOLVED – That:\" then typed (1)/(2) paragraphs (escaped, \"; and\"), the Committee's concerns "
                  "as bullets (not items), a bold \"Action:\" line with \"by 29 January 2026\", and a closing line.",
    }


# ---------------------------------------------------------------------------
# Q4. Council minutes (PDF, HTML → Chromium, Liberation Sans 10 pt, CSS page-margin boxes). Minute
#     headings "CL 87" … "CL 97"; public questions, a petition, recommendations from Cabinet under
#     (a)/(b) sub-headings, a notice of motion with an amendment LOST and the substantive motion CARRIED
#     ("Resolved – That this Council:" (1)–(3)), a second motion LOST, members' questions, appointments.
# ---------------------------------------------------------------------------


def kelverton_council_minutes():
    body = "Council"
    d89 = ("the minutes of the meeting of the Council held on 28 January 2026 be approved as a correct record and "
           "signed by the Mayor.")
    d92 = ("the petition be referred to the Cabinet Member for Highways and Transport, who will reply to the lead "
           "petitioner within 28 days and report the outcome to the Environment and Communities Scrutiny Board.")
    d93a = ("the Housing Revenue Account budget for 2026/27 set out in Appendix 1 to the Cabinet report be approved, "
            "including an increase of 4.8% in social rents from 6 April 2026.")
    d93b = "the Pay Policy Statement 2026/27 be approved and published on the Council’s website by 31 March 2026."
    d94 = [
        ("1", "notes that vehicles parked on pavements block the way for wheelchair users, people with pushchairs "
              "and blind and partially sighted people, and that the Council received 1,284 complaints about "
              "pavement parking in 2025;"),
        ("2", "asks the Cabinet Member for Highways and Transport to bring a report to Cabinet by September 2026 on "
              "the use of the Council’s powers to restrict pavement parking in the ten streets with the most "
              "complaints; and"),
        ("3", "asks the Leader to write to the Secretary of State for Transport asking for the powers promised in "
              "2020 to enforce against unnecessary obstruction of the pavement."),
    ]
    d97 = ("Councillor N.E. replace Councillor R.L. on the Planning and Highways Committee, and Councillor R.L. be "
           "appointed to the Children’s Scrutiny Board, for the rest of the municipal year.")

    motion1 = [
        ("p", "**Motion as moved by Councillor P.W. and seconded by Councillor G.C.**"),
        ("p", "“This Council notes that vehicles parked on pavements block the way for wheelchair users, people with "
              "pushchairs and blind and partially sighted people, and that the Council received 1,284 complaints "
              "about pavement parking in 2025."),
        ("p", "This Council asks the Cabinet Member for Highways and Transport to bring a report to Cabinet by "
              "September 2026 on the use of the Council’s powers to restrict pavement parking in the ten streets "
              "with the most complaints."),
        ("p", "This Council asks the Leader to write to the Secretary of State for Transport asking for the powers "
              "promised in 2020 to enforce against unnecessary obstruction of the pavement.”"),
    ]
    amendment = [
        ("p", "**Amendment moved by Councillor R.L. and seconded by Councillor N.E.**"),
        ("p", "“In the second paragraph, delete ‘by September 2026’ and insert ‘by June 2026’, and after ‘with the "
              "most complaints’ insert ‘, together with a costed plan to introduce a borough-wide ban on pavement "
              "parking from April 2027’.”"),
    ]
    motion2 = [
        ("p", "**Motion moved by Councillor D.H. and seconded by Councillor M.S.**"),
        ("p", "“This Council regrets the withdrawal of the evening bus services on routes 14 and 27 in January "
              "2026, and asks Cabinet to use £250,000 from the Transport Reserve to restore them until March "
              "2027.”"),
    ]
    attendance = {"cols": [3, 3, 3, 3, 3, 3], "borders": False, "font": 9, "rows": [
        ["A.B.", "A.K.", "B.D.", "B.F.", "C.J.", "D.H."],
        ["E.P.", "F.G.", "G.C.", "G.W.", "H.J.", "H.T."],
        ["J.A.", "J.M.", "K.L.", "K.S.", "L.N.", "L.R."],
        ["M.A.", "M.S.", "N.E.", "N.O.", "P.R.", "P.W."],
        ["R.A.", "R.L.", "S.M.", "S.T.", "T.C.", "W.Y."],
        ["and 36 others", "", "", "", "", ""],
    ]}
    blocks = [
        ("p", "**KELVERTON METROPOLITAN BOROUGH COUNCIL**"),
        ("title", body),
        ("p", "Minutes of the meeting of the Council held in the Council Chamber, Town Hall, Kelverton, on "
              "Wednesday 4 March 2026 at 6.30 pm"),
        ("p", "**Present:** The Mayor (Councillor E.M.) in the Chair; the Deputy Mayor (Councillor J.O.); and "
              "Councillors:"),
        ("table", attendance),
        ("p", "**Officers:** Chief Executive; Director of Finance; Director of Housing; Monitoring Officer; Head "
              "of Democratic Services"),
        ("h", 2, "CL 87\u2003Apologies for absence"),
        ("p", "Apologies were received from Councillors B.R., F.N. and T.W."),
        ("h", 2, "CL 88\u2003Declarations of interest"),
        ("p", "Councillor S.T. declared an other registrable interest in minute CL 95 as a trustee of a community "
              "transport charity. He remained in the Chamber but did not vote on that item. No other interests "
              "were declared."),
        ("h", 2, "CL 89\u2003Minutes"),
        ("p", f"**Resolved** – That {d89}"),
        ("h", 2, "CL 90\u2003Mayor’s announcements"),
        ("p", "The Mayor thanked the volunteers of the Kelverton Winter Night Shelter, which had provided 1,906 bed "
              "spaces between November and February, and announced that her charity ball on 14 February had raised "
              "£11,420 for the shelter and for Kelverton Young Carers."),
        ("h", 2, "CL 91\u2003Questions from the public (Council Procedure Rule 11)"),
        ("p", "**Question 1 – from Mr D.F. to the Cabinet Member for Highways and Transport**"),
        ("p", "“Since the Council resurfaced Albion Street in October, cars have parked on both pavements and my "
              "wife cannot get her wheelchair to the bus stop. What will the Council do about it?”"),
        ("p", "**Answer:** The Cabinet Member said that officers had visited Albion Street on 24 February and that "
              "the street would be considered for double yellow lines in the next traffic regulation order, to be "
              "advertised in May. Enforcement officers would also visit weekly until then."),
        ("p", "**Supplementary question:** Mr D.F. asked whether the residents would be consulted. The Cabinet "
              "Member confirmed that every household in the street would receive a letter."),
        ("p", "**Question 2 – from Ms R.A. to the Cabinet Member for Culture and Leisure**"),
        ("p", "“Why has Northgate Library closed on Saturday afternoons, when that is the only time many working "
              "parents can visit?”"),
        ("p", "**Answer:** The Cabinet Member said that the change had been made in January because of two staff "
              "vacancies, and that Saturday afternoon opening would return once the posts were filled. She "
              "undertook to send Ms R.A. a written reply with the date."),
        ("h", 2, "CL 92\u2003Petitions"),
        ("p", "Ms K.Y. presented a petition of 1,146 signatures asking the Council to introduce a 20 mph limit on "
              "Moor Lane, outside Moor Lane Primary School. Under the Petition Scheme a petition of more than 1,000 "
              "signatures is referred to the relevant Cabinet Member."),
        ("p", f"**Resolved** – That {d92}"),
        ("h", 2, "CL 93\u2003Recommendations from Cabinet"),
        ("h", 3, "(a) Housing Revenue Account Budget and Rent Setting 2026/27 (Cabinet, 21 January 2026, decision "
                 "CAB/26/08)"),
        ("p", "Moved by Councillor B.D. (Deputy Leader) and seconded by Councillor L.N. A recorded vote was not "
              "required. On being put to the vote the recommendation was carried (For 44, Against 17, "
              "Abstentions 1), and it was"),
        ("p", f"**Resolved** – That {d93a}"),
        ("h", 3, "(b) Pay Policy Statement 2026/27 (Cabinet, 18 February 2026)"),
        ("p", "Moved by the Leader and seconded by Councillor B.D. The Chief Executive and the directors named in "
              "the statement left the Chamber for this item. The recommendation was carried unanimously, and it "
              "was"),
        ("p", f"**Resolved** – That {d93b}"),
        ("h", 2, "CL 94\u2003Notice of motion 1 – Pavement parking (Council Procedure Rule 13)"),
        ("box", motion1),
        ("p", "Councillor P.W. spoke to the motion. An amendment was then moved:"),
        ("box", amendment),
        ("p", "Councillor P.W. said that she did not accept the amendment, because a costed plan for a "
              "borough-wide ban could not be prepared by June. After debate, the amendment was put to the vote and "
              "was **LOST** (For 19, Against 41, Abstentions 2)."),
        ("p", "The motion as moved was then put to the vote and was **CARRIED** (For 43, Against 0, Abstentions "
              "19), and it was"),
        ("p", "**Resolved** – That this Council:"),
        ("list", "(1)", 1, [text for _, text in d94]),
        ("h", 2, "CL 95\u2003Notice of motion 2 – Evening bus services"),
        ("box", motion2),
        ("p", "The Cabinet Member for Highways and Transport said that the Transport Reserve was committed to the "
              "bus station scheme and that the Council was bidding for the City Region’s bus service improvement "
              "fund for both routes. After debate the motion was put to the vote and was **LOST** (For 20, "
              "Against 40, Abstentions 2)."),
        ("h", 2, "CL 96\u2003Questions from members to Cabinet Members (Council Procedure Rule 12)"),
        ("p", "**Councillor A.B. to the Leader:** “How many of the 214 executive decisions taken in 2025 were "
              "called in, and how many were changed as a result?”"),
        ("p", "**Answer:** The Leader said that six decisions had been called in, two had been referred back and "
              "one had been changed. The annual report on call-in would go to the Scrutiny Co-ordination Board on "
              "19 March."),
        ("p", "**Councillor K.S. to the Cabinet Member for Children and Families:** “What is the waiting time for "
              "an education, health and care needs assessment?”"),
        ("p", "**Answer:** The Cabinet Member said that 61% of assessments had been completed within 20 weeks in "
              "the year to January, against 48% a year earlier. She undertook to send Councillor K.S. the figures "
              "for each month by 18 March 2026."),
        ("h", 2, "CL 97\u2003Appointments to committees"),
        ("p", "Council considered changes to committee memberships notified by the Leader of the Opposition."),
        ("p", f"**Resolved** – That {d97}"),
        ("p", "The meeting closed at 9.12 pm."),
        ("p", "Mayor ……………………………………………"),
    ]
    css = ("@page { margin: 20mm 17mm 20mm 17mm; "
           "@top-left { content: \"Kelverton Metropolitan Borough Council\"; font-family: 'Liberation Sans', "
           "sans-serif; font-size: 8pt; color: #6B2C5F; } "
           "@top-right { content: \"Council – 4 March 2026 – draft minutes\"; font-family: 'Liberation Sans', "
           "sans-serif; font-size: 8pt; color: #6B2C5F; } "
           "@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); font-family: 'Liberation "
           "Sans', sans-serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 22pt; margin-bottom: 2pt; }\n"
           "h2 { font-size: 11pt; color: #6B2C5F; border-bottom: 0.8pt solid #6B2C5F; padding-bottom: 1pt; "
           "page-break-after: avoid; }\n"
           "h3 { font-size: 10pt; font-style: italic; page-break-after: avoid; }\n"
           "p, li { break-inside: avoid; page-break-inside: avoid; }\n"
           "div.box { border: 0.6pt solid #999999; background: #F5F0F4; margin-left: 12pt; margin-right: 12pt; }\n")
    decisions = [decision("CL 89", None, d89, body), decision("CL 92", None, d92, body),
                 decision("CL 93", None, d93a, body), decision("CL 93", None, d93b, body)]
    decisions += [decision("CL 94", n, t, body) for n, t in d94]
    decisions += [decision("CL 97", None, d97, body)]
    return {
        "name": "kelverton-council-minutes-march-2026",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Council – minutes – 4 March 2026", "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Sans', sans-serif", "size": 10, "title_color": "6B2C5F"},
        "blocks": blocks,
        "gold": dict(genre="Council minutes with public questions, a petition, recommendations from Cabinet, a "
                           "notice of motion with an amendment (lost) and the substantive motion (carried), a "
                           "motion lost, members' questions and appointments",
                     kind="minutes", title=body, authority=KELVERTON, date="2026-03-04", meeting=body,
                     decisions=decisions),
        "layout": "PDF (HTML → Chromium), Liberation Sans 10 pt, CSS page-margin boxes (the council on the left and "
                  "\"Council – 4 March 2026 – draft minutes\" on the right at the top, \"Page n of m\" at the foot); "
                  "4 pages. A bold capitals council line, a large plum \"Council\" title, a \"Minutes of the meeting "
                  "…\" line; \"Present:\" with the Mayor and Deputy Mayor and a borderless six-column grid of "
                  "councillors' initials (with \"and 36 others\"), an Officers line (not items). Minute headings "
                  "\"CL 87\" … \"CL 97\" as h2 with a plum rule (an em space between number and title). "
                  "Resolutions as \"**Resolved** – That …\" on one line (CL 89, 92, 97); CL 93 has two italic h3 "
                  "sub-headings (a)/(b) for two recommendations from Cabinet, each moved, voted and \"Resolved – "
                  "That … be approved …\"; CL 94 quotes the motion as moved in a tinted box, an amendment in a second "
                  "box (LOST, For 19, Against 41), the motion CARRIED and \"Resolved – That this Council:\" with an "
                  "HTML (1)–(3) list (notes / asks / asks, \";\" and \"; and\"); CL 95 a second motion in a box, "
                  "LOST; public questions with answers and a supplementary, a petition, members' questions with two "
                  "undertakings to reply, the Mayor's announcements and a declaration (not items); closing time and "
                  "a signature line.",
    }


# ---------------------------------------------------------------------------
# Q5. Portfolio Holder decision notice (DOCX, pandoc from Markdown, pandoc's styles). Numbered Heading 2
#     sections, no form table; "I have decided:" followed by a pandoc (i)–(iv) list of "to …" items; a
#     Forward Plan ref. in the Key decision section beside the notice's own reference.
# ---------------------------------------------------------------------------


def thistlecombe_portfolio_holder_decision():
    subject = ("Tree and Woodland Strategy 2026–2036 and Community Tree Planting Grants")
    ref = "PHD/ENV/26/02"
    maker = "Councillor J.W., Portfolio Holder for Environment and Climate"
    date = "2026-02-03"
    parts = [
        ("i", "to adopt the Thistlecombe Tree and Woodland Strategy 2026–2036 set out at Appendix 1 to the report;"),
        ("ii", "to set a target of planting 20,000 trees on Council land by March 2031, and to report progress "
               "against it each year to the Overview and Scrutiny Committee;"),
        ("iii", "to establish a Community Tree Planting Grant of up to £1,500 for each application, with a budget "
                "of £45,000 over 2026/27 and 2027/28 met from the Climate Change Reserve; and"),
        ("iv", "to authorise the Head of Environmental Services to decide grant applications and to make minor "
               "changes to the grant criteria."),
    ]
    consultation = ("| Theme | No. | What people said | Change made to the strategy |\n"
                    "|--------------------|------:|--------------------------|--------------------------|\n"
                    "| Planting targets | 96 | Most supported a target; 31 asked for a higher one | Target kept at "
                    "20,000, with a review in 2028 |\n"
                    "| Street trees | 74 | Concern about roots lifting pavements and about leaf fall | Species "
                    "list revised; root barriers in all new pits |\n"
                    "| Existing woodland | 58 | Ancient woodland at Coppice Hill needs active management | New "
                    "action 4.3 added |\n"
                    "| Community involvement | 41 | Parish councils and schools want to plant on their own land | "
                    "Grant scheme widened to schools |\n"
                    "| **Total** | **269** | | |")
    md = [
        "**THISTLECOMBE DISTRICT COUNCIL**",
        "# Portfolio Holder Decision Notice",
        "*Executive decision taken by an individual Portfolio Holder under Part 3 of the Constitution "
        "(Executive Procedure Rule 9)*",
        f"**Decision reference:** {ref}",
        "## 1. Decision maker",
        maker,
        "## 2. Subject",
        subject,
        "## 3. Key decision",
        "Yes. The decision affects all wards. It was included in the Forward Plan published on 2 January 2026 "
        "(ref. FP 2025/44).",
        "## 4. Report considered",
        "Report of the Head of Environmental Services, “Tree and Woodland Strategy 2026–2036”, dated 22 January "
        "2026, with Appendix 1 (the strategy), Appendix 2 (consultation report) and Appendix 3 (equality impact "
        "assessment).",
        "## 5. Decision",
        "Having considered the report, the consultation responses and the comments of the Overview and Scrutiny "
        "Committee, I have decided:",
        "\n".join(f"({n}) {text}" for n, text in parts),
        "## 6. Reasons for the decision",
        "The Council declared a climate emergency in 2019 and committed to increase tree cover in the district from "
        "9% to 12% by 2040. The district has lost an estimated 3,100 trees to ash dieback since 2018, most of them "
        "beside roads and in hedgerows. The strategy sets out how the Council will manage the 41,000 trees on its "
        "own land, replace those it loses and help others to plant.",
        "The grants will let parish councils, schools and community groups plant on land the Council does not "
        "own, where about two-thirds of the opportunities for new planting are.",
        "## 7. Alternative options considered and rejected",
        "1. Adopting the strategy without a planting target. Rejected because residents, and the Overview and "
        "Scrutiny Committee, wanted a measure the Council can be held to.\n"
        "2. Running the grant scheme through the county council’s tree fund. Rejected because that fund does not "
        "pay for planting in schools.\n"
        "3. Delaying the strategy until the national tree strategy refresh is published. Rejected because no date "
        "has been given and the planting season for 2026/27 would be lost.",
        "## 8. Consultation",
        "A public consultation ran from 15 September to 10 November 2025. There were 269 responses, summarised "
        "below by theme.",
        consultation,
        "The Overview and Scrutiny Committee considered the draft strategy on 13 January 2026 and recommended that "
        "the planting target be raised to 25,000 trees. I have not accepted this, because the Council’s own land "
        "can take about 20,000 new trees by 2031 without losing open space, but the target will be reviewed in "
        "2028. Ward members were sent the draft strategy on 5 January 2026; no objections were received.",
        "## 9. Financial implications",
        "The grants (£45,000) will be met from the Climate Change Reserve, which holds £212,000. The planting on "
        "Council land will be paid for from the grounds maintenance budget and from the national Urban Tree "
        "Challenge Fund, for which a bid of £96,000 was made in December 2025.",
        "## 10. Declarations of interest",
        "Conflicts of interest declared by the decision maker or any member consulted: none.\\\n"
        "Dispensations granted: none.",
        "## 11. Publication and call-in",
        "**Date of decision:** 3 February 2026\\\n"
        "**Date published:** 4 February 2026\\\n"
        "**Call-in expires:** 5.00 pm on Wednesday 11 February 2026\\\n"
        "**Implementation:** from 12 February 2026, unless the decision is called in",
        "## 12. Signature",
        "Signed: J.W. (Councillor), Portfolio Holder for Environment and Climate – 3 February 2026\\\n"
        "Proper Officer: Democratic Services Manager – 4 February 2026",
        "Contact: Head of Environmental Services – 01632 960 348 – environment@thistlecombe.example",
    ]
    decisions = [decision(None, ref, text, maker, date=date, kind="decision") for _, text in parts]
    return {
        "name": "thistlecombe-portfolio-holder-decision-tree-strategy",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2026-02-04"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Portfolio Holder decision notice (an individual executive member's delegated "
                           "decision, with reasons, alternatives, consultation and call-in)",
                     kind="decision", title=subject, authority=THISTLECOMBE, date=date, meeting=None,
                     decision_number=ref, decisions=decisions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals council line, the H1 \"Portfolio "
                  "Holder Decision Notice\" (the form's name), an italic line on the power used and a bold-led "
                  "\"Decision reference: PHD/ENV/26/02\" line. Numbered Heading 2 sections 1–12 with the fields as "
                  "plain paragraphs (no form table): Decision maker / Subject / Key decision (\"Yes … Forward Plan "
                  "… (ref. FP 2025/44)\") / Report considered / Decision (\"… I have decided:\" then a pandoc (i)–(iv) "
                  "list of lower-case \"to …\" items, \";\" and \"; and\") / Reasons / Alternative options (a "
                  "pandoc 1.–3. list; not items) / Consultation (a pipe table Theme | No. | What people said | "
                  "Change made with a bold total row, and the Overview and Scrutiny Committee's \"recommended that "
                  "the planting target be raised …\", not accepted; not items) / Financial implications / "
                  "Declarations / Publication and call-in (bold-led lines joined by hard line breaks) / Signature; "
                  "a contact line.",
    }


# ---------------------------------------------------------------------------
# Q6. Information report with nothing to find (PDF, python-docx → LibreOffice, DejaVu Serif 10 pt,
#     italic running header with "Page X of Y", footer, rows that may not split). A cover panel whose
#     "Decision sought" row says none is sought; call-ins, urgent decisions and key decisions tables; a
#     quoted Cabinet resolution; a body paragraph reporting another body's recommendation; next steps.
# ---------------------------------------------------------------------------


def kelverton_call_in_annual_report():
    title = "Call-in, Urgency and Key Decisions: Annual Report 2025"
    board = "Scrutiny Co-ordination Board"
    head = "3B3B6D"
    pn = lambda text: ("pn", text)
    ph = lambda text: ("ph", 11, text)
    lab = lambda text: {"text": text, "bold": True, "fill": "E4E4EE"}
    blocks = [
        ("p", "**KELVERTON METROPOLITAN BOROUGH COUNCIL**"),
        ("table", {"cols": [5.0, 12.0], "font": 9.5, "rows": [
            [{"text": "REPORT TO THE SCRUTINY CO-ORDINATION BOARD", "bold": True, "fill": "C9C9DD", "span": 2}, "<"],
            [lab("Date of meeting"), "Thursday 19 March 2026"],
            [lab("Agenda item"), "7"],
            [lab("Report of"), "Monitoring Officer and Head of Democratic Services"],
            [lab("Period covered"), "1 January to 31 December 2025"],
            [lab("Decision sought"), "None. This report is for information only and does not ask the Board to "
                                     "make a decision."],
            [lab("Exempt"), "No"],
        ]}),
        ("title", title),
        ph("1.  SUMMARY"),
        pn("1.1\tThe Constitution asks the Monitoring Officer to report each year on how the executive has used its "
           "powers to take key decisions, the call-in procedure and the urgency procedures. This report covers the "
           "calendar year 2025."),
        pn("1.2\tIn 2025 the executive took 214 decisions: 96 by Cabinet, 103 by individual Cabinet Members and 15 "
           "by officers exercising executive powers that must be recorded. Of these, 71 were key decisions. Six "
           "decisions were called in, and three key decisions were taken under the urgency procedures."),
        ph("2.  HOW CALL-IN WORKS"),
        pn("2.1\tAny five non-executive members, or the Chair of a scrutiny board and one other member, may call in "
           "an executive decision within five working days of its publication. The relevant scrutiny board must "
           "meet within ten working days. It may take no further action, refer the decision back to the decision "
           "maker with its concerns, or, if it considers the decision to be outside the budget or policy "
           "framework, refer it to Council."),
        pn("2.2\tA decision cannot be called in if it is a recommendation to Council, or if the Chair of the "
           "Scrutiny Co-ordination Board agrees that any delay would seriously prejudice the Council’s or the "
           "public’s interests (Scrutiny Procedure Rule 17)."),
        ph("3.  CALL-INS IN 2025"),
        ("table", {"cols": [1.9, 4.0, 3.6, 3.2, 4.3], "font": 8.5, "header_fill": "C9C9DD",
                   "header": ["Ref.", "Decision called in", "Decision maker and date", "Scrutiny board",
                              "Outcome"], "rows": [
            ["CI/25/01", "Closure of Ashgrove Day Centre", "Cabinet, 12 February 2025", "Adults and Health",
             "Referred back. Cabinet confirmed the decision on 12 March 2025, with a later closure date."],
            ["CI/25/02", "Residents’ parking scheme, Hill Top", "Cabinet Member for Highways and Transport, 3 April "
             "2025", "Environment and Communities", "No further action."],
            ["CI/25/03", "Award of the leisure management contract", "Cabinet, 18 June 2025", "Co-ordination",
             "Invalid: the request was received after the deadline."],
            ["CI/25/04", "Home to school transport policy 2025/26", "Cabinet Member for Children and Families, 14 "
             "July 2025", "Children’s", "Referred back. The decision was amended to keep free transport for "
             "post-16 students with special educational needs."],
            ["CI/25/05", "Sale of 14–16 Bridge Street", "Cabinet, 8 October 2025", "Co-ordination",
             "Withdrawn by the signatories before the meeting."],
            ["CI/25/06", "Garden waste charge 2026/27", "Cabinet, 12 November 2025", "Environment and Communities",
             "Referred to Council as outside the budget framework. Council took no action on 26 November 2025."],
        ]}),
        pn("3.1\tOf the five valid call-ins that were heard or referred, two were referred back to the decision "
           "maker. In the Ashgrove case, Cabinet RESOLVED on 12 March 2025 that the decision to close the centre be "
           "confirmed, with the closure date moved to 30 September 2025 so that every user could be offered a "
           "place elsewhere. In the school transport case the Cabinet Member changed her decision."),
        pn("3.2\tThe referral of the garden waste charge to Council (CI/25/06) was the first since 2019. Council "
           "accepted the Director of Finance’s advice that the charge was within the budget framework approved in "
           "February 2025."),
        ph("4.  URGENT DECISIONS"),
        pn("4.1\tA key decision that is not on the Forward Plan 28 days in advance may be taken under the General "
           "Exception rule, after notice to the Chair of the Scrutiny Co-ordination Board, or, where even that is "
           "impracticable, under the Special Urgency rule with the Chair’s agreement. Three decisions were taken in "
           "this way in 2025:"),
        ("table", {"cols": [2.6, 6.3, 3.6, 4.5], "font": 8.5, "header_fill": "C9C9DD",
                   "header": ["Date", "Decision", "Decision maker", "Procedure"], "rows": [
            ["5 March 2025", "Acceptance of a £2.3 million Warm Homes grant", "Cabinet", "General Exception"],
            ["9 July 2025", "Emergency repairs to the Town Hall roof (£640,000)", "Leader", "Special Urgency, "
             "call-in waived"],
            ["17 December 2025", "Winter night shelter contract variation", "Cabinet Member for Housing",
             "General Exception"],
        ]}),
        ph("5.  KEY DECISIONS AND THE FORWARD PLAN"),
        ("table", {"cols": [4.0, 4.0, 4.5, 4.5], "font": 8.5, "header_fill": "C9C9DD",
                   "header": ["Quarter (2025)", "Key decisions taken", "On the Forward Plan 28 days before",
                              "Taken under urgency"], "rows": [
            ["January – March", "19", "18", "1"],
            ["April – June", "17", "17", "0"],
            ["July – September", "16", "15", "1"],
            ["October – December", "19", "18", "1"],
            [{"text": "Total", "bold": True}, {"text": "71", "bold": True}, {"text": "68", "bold": True},
             {"text": "3", "bold": True}],
        ]}),
        pn("5.1\tSixty-eight of the 71 key decisions (96%) were on the Forward Plan at least 28 days before they "
           "were taken, compared with 91% in 2024."),
        ph("6.  OBSERVATIONS"),
        pn("6.1\tCall-in has been used sparingly and, in two cases, to good effect. But three of the six requests "
           "came in the last hours of the call-in period, and one was made too late to be valid."),
        pn("6.2\tThe Centre for Governance and Scrutiny recommends that councils publish a plain-English guide to "
           "call-in and hold an annual session for members on how to use it. Kelverton has neither at present."),
        pn("6.3\tThe Monitoring Officer intends to propose, in the annual review of the Constitution, that the "
           "call-in period runs from the day after publication rather than the day of publication. That review "
           "will go to the Standards and Governance Committee in June 2026 and then to Council."),
        ph("7.  NEXT STEPS"),
        ("list", "bullet", 1, [
            "publish a plain-English guide to call-in on the members’ intranet;",
            "include call-in and urgency in the members’ induction programme after the May 2026 elections; and",
            "report again on the year 2026 in March 2027.",
        ]),
        ph("8.  BACKGROUND PAPERS"),
        ("p", "Records of executive decisions, 2025; call-in notices and scrutiny board minutes; the Constitution, "
              "Part 4 (Scrutiny Procedure Rules and Access to Information Procedure Rules)."),
        ("table", {"cols": [4.0, 13.0], "borders": False, "font": 9.5, "rows": [
            [{"text": "Contact officers:", "bold": True}, "Monitoring Officer; Head of Democratic Services"],
            [{"text": "Telephone:", "bold": True}, "01632 960 552"],
            [{"text": "E-mail:", "bold": True}, "democratic.services@kelverton.example"],
        ]}),
    ]
    return {
        "name": "kelverton-call-in-and-urgency-annual-report-2025",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-10", "doc_title": title, "author": "Democratic Services",
                 "ninth_m": True, "cant_split": True, "font": "DejaVu Serif", "size": 10, "title_size": 16,
                 "title_color": head,
                 "m_header": ("Kelverton MBC – Scrutiny Co-ordination Board – 19 March 2026",
                              "Page {PAGE} of {NUMPAGES}"),
                 "m_footer": ("For information – no decision is sought", "")},
        "blocks": blocks,
        "gold": dict(genre="annual information report on call-in, urgency and key decisions to a scrutiny board; "
                           "no decision sought, nothing to find",
                     kind="other", title=title, authority=KELVERTON, date="2026-03-19", meeting=board),
        "layout": "PDF (python-docx → LibreOffice), DejaVu Serif 10 pt, an italic running header with \"Page X of "
                  "Y\" fields and an italic footer line (\"For information – no decision is sought\"), rows that "
                  "may not split; 3 pages. A bold capitals council line; a cover panel table whose first row, "
                  "shaded and merged across, reads \"REPORT TO THE SCRUTINY CO-ORDINATION BOARD\", then "
                  "lavender-labelled rows (Date of meeting / Agenda item / Report of / Period covered / Decision "
                  "sought: \"None. This report is for information only …\" / Exempt); a navy title; bold capital "
                  "non-style headings and typed 1.1–6.3 hanging paragraphs; an 8.5 pt call-ins table Ref. | "
                  "Decision called in | Decision maker and date | Scrutiny board | Outcome (\"Referred back …\", "
                  "\"No further action.\", \"Invalid …\", \"Withdrawn …\", \"Referred to Council …\"); a quoted "
                  "\"Cabinet RESOLVED on 12 March 2025 that …\" inside 3.1; an urgent decisions table and a key "
                  "decisions table with a bold total row; \"The Centre for Governance and Scrutiny recommends that "
                  "…\" and the Monitoring Officer's intended proposal (not items); three next-step bullets without "
                  "owners; background papers and a borderless contact table. Nothing to find.",
    }


PAPERS = [
    thistlecombe_cabinet_report,
    kelverton_record_of_decisions,
    thistlecombe_call_in_report,
    kelverton_council_minutes,
    thistlecombe_portfolio_holder_decision,
    kelverton_call_in_annual_report,
]
