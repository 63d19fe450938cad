"""Papers of the fifteenth batch, part Y ("agenda packs and long papers"): six made-up papers of the kinds users hold
that are hardest to read: files that hold several papers, and long papers whose items sit deep inside.
They come from two invented authorities: Wendlebury District Council (a shire district with a Cabinet,
an Overview and Scrutiny Committee and a Licensing Committee) and Saltcombe Unitary Council (with the
Saltcombe Health and Wellbeing Board, the Saltcombe Children's Partnership, a Children and Young People
Scrutiny Panel and NHS Saltcombe Integrated Care Board). Wendmoor Leisure Trust, Wendlebury Surfacing
Ltd, Saltcombe Mind, Saltcombe Community Health NHS Trust and every person, place and figure are
invented. People are given by role or initials, e-mail addresses use `.example` and telephone numbers
the 01632 960xxx range.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks, the top-level README or any .build folder) and without running it or swift. The writer
read only Corpus/genres/README.md (introduction, layout tables, gold decisions, "Rebuilding", "Second
renditions"), Corpus/gold/README.md, Corpus/gold/real/README.md, build.py, render.py, gold.py and, for
conventions and helpers, papers_ninth_m.py (its NinthMWriter and HTML wrapper, and the Rookham
reports pack), papers_fresh.py (grid_table) and papers_thirteenth_u.py (module layout and a pandoc
paper); not papers_fifteenth_z.py, written at the same time by someone else. Nothing was run on the
papers but `build.py --only wendlebury-,saltcombe-` (and `--check-only`), pdftotext, pdfinfo, pdftoppm
(to look at every page) and a scratch LibreOffice conversion of the three DOCX files in /tmp. Each
paper names its own split (3 tune, 3 unseen). Every gold value is written by hand beside the words it
labels; the "Agenda packs and long papers, part Y" notes record the choices where the rules left room.

The papers (name – split – format – layout):

  Y1. wendlebury-cabinet-public-reports-pack-17-march-2026 – tune – lo-pdf: a Cabinet public reports
      pack of 9 pages with a running header and "Page X of Y" footer: the agenda front sheet, the
      minutes of the previous meeting (RESOLVED items, "RECOMMENDED to Council that:" parts, a noted
      item), and two officer reports each with its own front sheet and recommendations (a Word-numbered
      (1)–(3) list under "That Cabinet:"; typed 2.1–2.3 paragraphs, one passive), each with an
      appendix table (not items).
  Y2. saltcombe-children-emotional-wellbeing-needs-assessment-2026 – unseen – chromium-pdf: a 13-page
      JSNA chapter, every section on a new page; key findings and priorities in the executive summary
      and "priorities for the system" in section 7 (not items); the eight recommendations only in
      section 8 under three theme headings with "Who:" lines; an appendix action plan Ref | Rec |
      Action | Lead | By when | Status.
  Y3. wendlebury-overview-and-scrutiny-annual-report-2025-26 – tune – pandoc-lo-pdf: a scrutiny annual
      report to Council; one "1.1 That Council notes …" recommendation; this year's reviews and their
      recommendations in prose and bullets (not items); progress on last year's recommendations in
      three grid tables (No. | Recommendation | Lead | Status | Update) under review headings, with a
      status key.
  Y4. wendlebury-cabinet-decisions-sheet-14-april-2026 – unseen – docx: a Cabinet decisions sheet, one
      block per agenda item (a bold heading and a grey-label table: Portfolio / Key decision / Decision
      / Reasons / Alternatives / Declarations / Call-in); "Cabinet RESOLVED to:" (a)–(c), "Cabinet
      RECOMMENDS to Council that …", "Cabinet approved …", "Cabinet agreed:" (i)–(iii), and a noted
      item; no decision references.
  Y5. saltcombe-executive-response-school-attendance-review – unseen – pandoc-docx: a long executive
      response to a scrutiny panel review; a covering "That Cabinet approves …" recommendation; each of
      seven recommendations as a Heading 2 and a block quote, followed by Heading 3 labels "The
      Executive’s response" (two or three paragraphs), "Decision", "Lead officer" and "Timescale".
  Y6. saltcombe-health-and-wellbeing-board-forward-plan-2026-27 – tune – docx: a Health and Wellbeing
      Board forward plan (landscape; meetings merged down over their items, "To approve …" purposes,
      development sessions, items to be scheduled); nothing to find.

The python-docx papers use papers_ninth_m's writer (meta "ninth_m": running headers and footers with
"Page X of Y" fields, "pr", "ph" and "pn" blocks, coloured words, rows that may not split with meta
"cant_split"); the Chromium paper uses its HTML wrapper (meta "m_css" for CSS page-margin boxes); the
pandoc papers use papers_fresh.grid_table. This module adds no writer.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML → Chromium),
"pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

WENDLEBURY = "Wendlebury District Council"
SALTCOMBE = "Saltcombe Unitary Council"

PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="DDE5D0"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# Y1. Cabinet public reports pack (PDF via LibreOffice, Liberation Sans 10.5 pt, an italic running
#     header with the council, committee and date and "Public reports pack", and an italic footer with
#     "Page X of Y" fields). Agenda front sheet; the minutes of the previous meeting (RESOLVED items,
#     "RECOMMENDED to Council that:" parts, a noted item); two officer reports, each after a page
#     break with its own front sheet and recommendations (a Word-numbered (1)–(3) list under "That
#     Cabinet:", typed 2.1–2.3 paragraphs with one passive), each with an appendix table.
# ---------------------------------------------------------------------------


def wendlebury_cabinet_pack():
    green = "DDE5D0"
    meeting_date = "Tuesday, 17 March 2026 at 6.30 pm"

    agenda = [
        ["1", "**Apologies for absence**", ""],
        ["2", "**Declarations of interest**\nMembers are reminded to declare any disclosable pecuniary interest or "
              "other registrable interest in any item of business.", ""],
        ["3", "**Minutes**\nTo confirm the minutes of the meeting of the Cabinet held on 17 February 2026 "
              "(attached).", "PAGES_MIN"],
        ["4", "**Public participation**\nQuestions and statements from members of the public, notified in "
              "accordance with the Council’s procedure rules (up to 15 minutes).", ""],
        ["5", "**Matters referred from the Overview and Scrutiny Committee**\nNone at the time of publication.", ""],
        ["6", "**Homelessness and Rough Sleeping Strategy 2026–2031**\nKey decision. To consider the report of "
              "the Director of Housing and Communities.", "PAGES_A"],
        ["7", "**Hackney Carriage and Private Hire Licence Fees 2026/27**\nTo consider the report of the Head of "
              "Regulatory Services.", "PAGES_B"],
        ["8", "**Urgent business**\nAny other item which the Chair decides is urgent.", ""],
    ]

    front = [
        ("pr", "**Public Document Pack**"),
        ("p", "<<4F6228|**WENDLEBURY DISTRICT COUNCIL**>>"),
        ("title", "Cabinet"),
        ("p", f"**{meeting_date}**"),
        ("p", "The Council Chamber, Wendlebury House, Market Street, Wendlebury WB4 2DX"),
        ("table", {"cols": [3.4, 13.6], "borders": False, "rows": [
            [{"text": "Membership:", "bold": True},
             "Councillors P.A. (Leader of the Council, Chair), R.D. (Deputy Leader; Finance and Assets), "
             "S.H. (Housing and Communities), T.M. (Planning and Economy), V.N. (Environment and Climate) and "
             "W.O. (Regulatory Services and Licensing)"],
            [{"text": "Contact:", "bold": True},
             "Committee Services – 01632 960 615 – committee.services@wendlebury.example"],
            [{"text": "Date published:", "bold": True}, "Monday, 9 March 2026"],
        ]}),
        ("p", "This meeting is open to the public and will be recorded and published on the Council’s website. "
              "Anyone wishing to ask a question or make a statement must give notice to Committee Services by "
              "noon on Thursday, 12 March 2026."),
        ("ph", 14, "Agenda"),
        ("table", {"cols": [1.3, 13.2, 2.5], "borders": False, "header_fill": green,
                   "header": ["No.", "Item", "Page"], "rows": agenda}),
        ("p", "**Information for members of the public**"),
        ("p", "Reports on this agenda marked as key decisions appear in the Council’s Forward Plan. Decisions of "
              "the Cabinet may be called in by the Overview and Scrutiny Committee within five working days of "
              "the publication of the decisions sheet. The decisions sheet for this meeting will be published on "
              "Thursday, 19 March 2026."),
        ("p", "Fire exits are at the back of the Chamber and beside the Members’ Room. In the event of an alarm "
              "please leave by the nearest exit and assemble in the Market Street car park."),
        ("p", "Chief Executive, Wendlebury House, Wendlebury"),
    ]

    # ---- Minutes of 17 February 2026 (agenda item 3) ----
    # decision gold: (minute, part label, text as printed after the stem)
    min_61 = ("the minutes of the meeting of the Cabinet held on 20 January 2026 be confirmed as a correct record "
              "and signed by the Chair.")
    min_63 = [
        ("a", "the net General Fund revenue budget for 2026/27 of £16.84 million, set out in Appendix A to the "
              "report, be approved;"),
        ("b", "the Wendlebury District Council element of the Council Tax for a Band D property be increased by "
              "£5.85 (2.99%) to £201.42 for 2026/27; and"),
        ("c", "the Capital Strategy and capital programme 2026/27 to 2028/29 of £11.3 million be approved."),
    ]
    min_65 = [
        ("1", "approves the Wendlebury Local Plan Review: Issues and Options document for public consultation "
              "under Regulation 18 for a period of eight weeks from 9 March 2026;"),
        ("2", "delegates authority to the Head of Planning Policy, in consultation with the Portfolio Holder for "
              "Planning and Economy, to make minor changes to the document before it is published."),
    ]
    min_66 = ("the community grants for 2026/27 totalling £148,500, set out in Appendix 1 to the report, be "
              "awarded to the 23 organisations named in it.")

    minutes = [
        ("break",),
        ("pr", "**Agenda Item 3**"),
        ("p", "<<4F6228|**WENDLEBURY DISTRICT COUNCIL**>>"),
        ("ph", 16, "CABINET"),
        ("p", "Minutes of the meeting held on Tuesday, 17 February 2026 at 6.30 pm in the Council Chamber, "
              "Wendlebury House"),
        ("p", "**Present:** Councillors P.A. (Chair), R.D., S.H., T.M., V.N. and W.O."),
        ("p", "**Also present:** Councillor Y.Z. (Chair of the Overview and Scrutiny Committee) and Councillor "
              "B.C. (Leader of the Opposition)"),
        ("p", "**Officers:** Chief Executive, Director of Finance (section 151 officer), Director of Housing and "
              "Communities, Head of Planning Policy, Monitoring Officer and Committee Services Officer"),
        ("ph", 11, "CAB/61\tMINUTES"),
        ("p", f"**RESOLVED** that {min_61}"),
        ("ph", 11, "CAB/62\tDECLARATIONS OF INTEREST"),
        ("p", "Councillor V.N. declared a registrable interest in minute CAB/66 as a trustee of Wendlebury "
              "Community Transport, one of the organisations recommended for a grant, and left the meeting for "
              "that item."),
        ("ph", 11, "CAB/63\tBUDGET 2026/27 AND MEDIUM TERM FINANCIAL STRATEGY"),
        ("p", "The Portfolio Holder for Finance and Assets introduced the report. The budget included savings of "
              "£0.62 million, mainly from the new waste collection rounds and the move to a shared legal service, "
              "and used £0.4 million of the Financial Resilience Reserve. The Director of Finance confirmed, as "
              "the section 151 officer, that the estimates were robust and the reserves adequate."),
        ("p", "In answer to a question from the Chair of the Overview and Scrutiny Committee, the Portfolio Holder "
              "explained that the Committee’s recommendation to protect the rural bus subsidy had been accepted and "
              "was included in the budget at £38,000."),
        ("p", "**RECOMMENDED to Council that:**"),
    ] + [("pn", f"({n})\t{text}") for n, text in min_63] + [
        ("ph", 11, "CAB/64\tCORPORATE PERFORMANCE REPORT – QUARTER 3 2025/26"),
        ("p", "The Cabinet considered the performance report for October to December 2025. Of the 28 indicators, "
              "19 were on target, five were slightly below target and four were off target. The Portfolio Holder "
              "for Housing and Communities said that the number of households in bed and breakfast had fallen to "
              "11, the lowest for two years, and agreed to circulate the figures for each ward to all members."),
        ("p", "The Cabinet noted the performance report."),
        ("ph", 11, "CAB/65\tLOCAL PLAN REVIEW – ISSUES AND OPTIONS CONSULTATION"),
        ("p", "The Portfolio Holder for Planning and Economy presented the Issues and Options document, which sets "
              "out four ways of meeting the district’s housing need of 612 homes a year to 2043. Members discussed "
              "the options for a new settlement at Harnham Cross and the protection of the Wend Valley."),
        ("p", "**RESOLVED:** That Cabinet:"),
    ] + [("pn", f"{n}.\t{text}") for n, text in min_65] + [
        ("ph", 11, "CAB/66\tCOMMUNITY GRANTS 2026/27"),
        ("p", "The Cabinet considered the recommendations of the Community Grants Panel. Forty-one applications "
              "had been received, asking for £296,000 in total. The Overview and Scrutiny Committee had "
              "recommended that the Panel publish its scoring criteria; the Portfolio Holder confirmed they would "
              "be published with the 2027/28 round."),
        ("p", f"**RESOLVED** that {min_66}"),
        ("p", "The meeting ended at 8.12 pm."),
        ("p", "Chair ........................................"),
    ]

    # ---- Report A: Homelessness strategy (agenda item 6) ----
    recs_a = [
        ("1", "approves the Homelessness and Rough Sleeping Strategy 2026–2031 at Appendix 1;", "APPROVES"),
        ("2", "agrees the action plan for the first two years of the Strategy at Appendix 2, to be monitored by "
              "the Overview and Scrutiny Committee every six months; and", "AGREES"),
        ("3", "delegates authority to the Director of Housing and Communities, in consultation with the Portfolio "
              "Holder for Housing and Communities, to make minor amendments to the Strategy before it is "
              "published.", "DELEGATES"),
    ]
    report_a = [
        ("break",),
        ("pr", "**Agenda Item 6**"),
        ("table", {"cols": [4.4, 12.6], "rows": [
            [label("Report to:"), "Cabinet"],
            [label("Date of meeting:"), "17 March 2026"],
            [label("Report of:"), "Director of Housing and Communities"],
            [label("Portfolio Holder:"), "Councillor S.H., Housing and Communities"],
            [label("Key decision:"), "Yes – Forward Plan reference WDC/KD/2026/04"],
            [label("Wards affected:"), "All"],
            [label("Exempt information:"), "None"],
        ]}),
        ("ph", 15, "Homelessness and Rough Sleeping Strategy 2026–2031"),
        ("h", 2, "1. Purpose of the report"),
        ("pn", "1.1\tEvery housing authority must publish a homelessness strategy, based on a review of "
               "homelessness in its area, at least every five years. The Council’s current strategy ends in March "
               "2026. This report presents the new strategy for approval, together with the review that informs "
               "it and an action plan for its first two years."),
        ("h", 2, "2. Recommendations"),
        ("p", "That Cabinet:"),
        ("list", "(1)", 1, [text for _, text, _ in recs_a]),
        ("h", 2, "3. Reasons for the recommendations"),
        ("pn", "3.1\tThe Strategy meets the Council’s duty under the Homelessness Act 2002 and sets out how the "
               "Council and its partners will prevent homelessness, end the use of bed and breakfast for families "
               "and make rough sleeping rare, brief and non-recurring."),
        ("h", 2, "4. Background and the homelessness review"),
        ("pn", "4.1\tThe review, carried out between June and November 2025, looked at five years of case data, "
               "the views of 212 people who had used the housing options service and the views of 31 partner "
               "organisations. Its main figures are set out below."),
        ("table", {"cols": [7.4, 3.2, 3.2, 3.2], "font": 9.5, "header_fill": green,
                   "header": ["Measure", "2020/21", "2022/23", "2024/25"],
                   "rows": [["Households owed a prevention duty", "412", "468", "531"],
                            ["Households owed a relief duty", "288", "301", "356"],
                            ["Prevention cases ending in a home kept or found", "61%", "58%", "55%"],
                            ["Households in temporary accommodation (31 March)", "46", "63", "84"],
                            ["of which families in bed and breakfast", "3", "9", "14"],
                            ["People seen sleeping rough (annual count)", "7", "5", "9"]]}),
        ("pn", "4.2\tThe main causes of homelessness are the end of a private tenancy (38% of cases in 2024/25), "
               "family or friends no longer able to accommodate (24%) and domestic abuse (13%). The share caused "
               "by the end of a private tenancy has risen from 27% in 2020/21, as landlords leave the market or "
               "sell."),
        ("pn", "4.3\tThe cost of temporary accommodation to the General Fund has risen from £0.21 million in "
               "2020/21 to £0.78 million in 2024/25. Most of the increase is in nightly-paid accommodation outside "
               "the district, which is also the accommodation that families find hardest to live in."),
        ("pn", "4.4\tPeople who had used the service said that they valued the help of their caseworker but found "
               "it hard to get through on the telephone and were often told too late what the Council could do "
               "for them. Partners asked for earlier referrals and for a single point of contact for each case."),
        ("h", 2, "5. The Strategy"),
        ("pn", "5.1\tThe Strategy has four priorities: preventing homelessness earlier; increasing the supply of "
               "settled and temporary homes the Council can use; supporting people with complex needs; and "
               "working better with partners. Each priority has measurable targets for 2031, listed in Appendix 1."),
        ("pn", "5.2\tThe Strategy’s priorities are not themselves decisions; the actions that put them into effect "
               "are in the action plan at Appendix 2, which the Overview and Scrutiny Committee will monitor."),
        ("pn", "5.3\tThe Overview and Scrutiny Committee considered the draft Strategy on 3 March 2026 and "
               "recommended that the action plan include a target for the time taken to make a first contact with "
               "a household threatened with homelessness. The target (two working days) has been added as action "
               "A1.2."),
        ("h", 2, "6. Consultation"),
        ("pn", "6.1\tThe draft Strategy was published for comment from 1 December 2025 to 26 January 2026. "
               "Ninety-four responses were received. Most supported the priorities; the most common concern was "
               "the shortage of one-bedroom homes for single people under 35."),
        ("h", 2, "7. Alternative options considered"),
        ("pn", "7.1\tTo roll forward the current strategy for a further year. This was rejected because the "
               "review found that the causes of homelessness in the district have changed, and because the "
               "Council would then be in breach of its duty to publish a strategy every five years."),
        ("h", 2, "8. Financial implications"),
        ("pn", "8.1\tThe action plan for 2026/27 and 2027/28 can be delivered within the housing budget and the "
               "Homelessness Prevention Grant (£0.43 million in 2026/27). The purchase of up to 12 homes for use as "
               "temporary accommodation (action A2.1) was approved in the capital programme in February 2026."),
        ("h", 2, "9. Legal, equality and climate implications"),
        ("pn", "9.1\tThe Strategy meets the requirements of sections 1 to 3 of the Homelessness Act 2002. An "
               "equality impact assessment found that it will benefit women fleeing domestic abuse, young people "
               "and disabled people most. There are no significant climate implications."),
        ("p", "**Contact officer:** Housing Options Manager – housing.options@wendlebury.example – 01632 960 628"),
        ("p", "**Appendices:** Appendix 1 – Homelessness and Rough Sleeping Strategy 2026–2031 (published on the "
              "Council’s website); Appendix 2 – Action plan 2026–2028 (published on the "
              "Council’s website); Appendix 3 – Targets for 2031 (below)."),
        ("ph", 12, "Appendix 3 – Targets for 2031"),
        ("table", {"cols": [9.4, 2.6, 2.6, 2.4], "font": 9, "header_fill": green,
                   "header": ["Priority and measure", "2024/25", "Target 2031", "Trend"],
                   "rows": [[{"text": "**Preventing homelessness earlier**", "span": 4, "fill": "F2F2F2"}, "<", "<", "<"],
                            ["Prevention cases ending in a home kept or found", "55%", "70%", "Worse"],
                            ["Households first contacted within two working days", "62%", "90%", "New"],
                            [{"text": "**More homes the Council can use**", "span": 4, "fill": "F2F2F2"}, "<", "<", "<"],
                            ["Families in bed and breakfast for more than six weeks", "6", "0", "Worse"],
                            ["Private lettings secured through the landlord scheme", "18", "40 a year", "Better"],
                            [{"text": "**Supporting people with complex needs**", "span": 4, "fill": "F2F2F2"}, "<", "<", "<"],
                            ["People seen sleeping rough (annual count)", "9", "0", "Worse"],
                            ["Housing First tenancies sustained for 12 months", "–", "80%", "New"]]}),
        ("p", "Progress against these targets will be reported to the Overview and Scrutiny Committee every six "
              "months, starting in October 2026."),
    ]

    # ---- Report B: taxi fees (agenda item 7) ----
    recs_b = [
        ("2.1", "That Cabinet approves the hackney carriage and private hire licence fees for 2026/27 set out in "
                "Appendix A, to take effect from 1 April 2026.", "APPROVES", "Cabinet"),
        ("2.2", "That the fees for vehicle licences be reviewed again in 2026/27 once the costs of the new "
                "vehicle testing contract are known.", None, None),
        ("2.3", "That Cabinet notes the comments of the Licensing Committee set out in section 6.", "NOTES",
         "Cabinet"),
    ]
    report_b = [
        ("break",),
        ("pr", "**Agenda Item 7**"),
        ("p", "<<4F6228|**WENDLEBURY DISTRICT COUNCIL**>>"),
        ("p", "**Report to:** Cabinet\u2003\u2003**Date:** 17 March 2026"),
        ("p", "**Report of:** Head of Regulatory Services"),
        ("p", "**Portfolio Holder:** Councillor W.O., Regulatory Services and Licensing"),
        ("p", "**Key decision:** No\u2003\u2003**Wards:** All\u2003\u2003**Status:** Open"),
        ("ph", 15, "HACKNEY CARRIAGE AND PRIVATE HIRE LICENCE FEES 2026/27"),
        ("p", "**1. PURPOSE**"),
        ("pn", "1.1\tThe Council may charge fees for taxi and private hire licences that recover the reasonable "
               "cost of administering and enforcing the licensing regime, but may not make a profit. This report "
               "sets out the proposed fees for 2026/27."),
        ("p", "**2. RECOMMENDATIONS**"),
    ] + [("pn", f"{n}\t{text}") for n, text, _, _ in recs_b] + [
        ("p", "**3. BACKGROUND**"),
        ("pn", "3.1\tThe Council licenses 164 hackney carriages, 231 private hire vehicles, 512 drivers and 19 "
               "private hire operators. Fees were last increased in April 2024."),
        ("pn", "3.2\tThe licensing account for 2024/25 showed a deficit of £21,400, mainly because of the cost of "
               "enforcement at night and the new online application system. The proposed fees would recover this "
               "deficit over three years, as the law allows."),
        ("p", "**4. PROPOSED FEES**"),
        ("pn", "4.1\tMost fees would rise by 6%. The driver’s licence fee for three years would rise from £225 to "
               "£239. The fee for a wheelchair-accessible hackney carriage would not rise, to encourage more "
               "accessible vehicles."),
        ("p", "**5. CONSULTATION**"),
        ("pn", "5.1\tThe proposed vehicle fees were advertised in the local newspaper and at the Council’s offices "
               "on 8 January 2026, as section 70 of the Local Government (Miscellaneous Provisions) Act 1976 "
               "requires. Two objections were received, both from the Wendlebury Taxi Association, which asked for "
               "the increase to be phased over two years."),
        ("p", "**6. COMMENTS OF THE LICENSING COMMITTEE**"),
        ("pn", "6.1\tThe Licensing Committee considered the proposals on 24 February 2026. The Committee "
               "recommended that the fee for wheelchair-accessible vehicles be frozen for a further two years and "
               "asked officers to report on the cost of night-time enforcement. Officers will report to the "
               "Committee in September 2026."),
        ("p", "**7. OPTIONS CONSIDERED**"),
        ("pn", "7.1\tTo phase the increase over two years, as the Taxi Association asked. This was not proposed, "
               "because the deficit would then take five years to recover and the cost would fall on council "
               "tax payers."),
        ("p", "**8. IMPLICATIONS**"),
        ("pn", "8.1\tFinancial: the fees would raise an estimated £196,000 in 2026/27. Legal: the Council must "
               "consider any objections before the vehicle fees take effect. Equality: no adverse impact was "
               "found."),
        ("p", "**Contact officer:** Licensing Manager – licensing@wendlebury.example – 01632 960 641"),
        ("p", "**APPENDIX A – PROPOSED FEES 2026/27**"),
        ("table", {"cols": [9.0, 2.6, 2.6, 2.8], "font": 9.5, "header_fill": green,
                   "header": ["Licence", "2025/26", "2026/27", "Change"],
                   "rows": [["Hackney carriage driver (3 years)", "£225", "£239", "6%"],
                            ["Private hire driver (3 years)", "£225", "£239", "6%"],
                            ["Hackney carriage vehicle (1 year)", "£262", "£278", "6%"],
                            ["Wheelchair-accessible hackney carriage vehicle (1 year)", "£262", "£262", "0%"],
                            ["Private hire vehicle (1 year)", "£248", "£263", "6%"],
                            ["Private hire operator (5 years, up to 5 vehicles)", "£610", "£647", "6%"],
                            ["Private hire operator (5 years, more than 5 vehicles)", "£980", "£1,039", "6%"],
                            ["Replacement badge or plate", "£18", "£19", "6%"]]}),
    ]

    for row in agenda:
        row[2] = {"PAGES_MIN": "3 – 4", "PAGES_A": "5 – 7", "PAGES_B": "8 – 9"}.get(row[2], row[2])

    blocks = front + minutes + report_a + report_b
    decisions = ([decision("CAB/61", None, min_61, "Cabinet")]
                 + [decision("CAB/63", n, text, "Cabinet") for n, text in min_63]
                 + [decision("CAB/65", n, text, "Cabinet") for n, text in min_65]
                 + [decision("CAB/66", None, min_66, "Cabinet")])
    recommendations = ([recommendation(n, text, verb=verb, addressee="Cabinet") for n, text, verb in recs_a]
                       + [recommendation(n, text, verb=verb, addressee=addr) for n, text, verb, addr in recs_b])
    return {
        "name": "wendlebury-cabinet-public-reports-pack-17-march-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-09", "doc_title": "Cabinet – 17 March 2026 – Public reports pack",
                 "author": "Committee Services", "ninth_m": True, "cant_split": True,
                 "font": "Liberation Sans", "size": 10.5, "title_size": 26, "title_color": "4F6228",
                 "m_header": ("Wendlebury District Council – Cabinet – 17 March 2026", "Public reports pack"),
                 "m_footer": ("", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="district council Cabinet public reports pack: agenda front sheet, minutes of the previous "
                           "meeting (RESOLVED items) and two officer reports, each with its own front sheet and "
                           "recommendations",
                     kind="committee-report", title="Cabinet", authority=WENDLEBURY, date="2026-03-17",
                     meeting="Cabinet", recommendations=recommendations, decisions=decisions),
        "layout": (
            'PDF (python-docx → LibreOffice), Liberation Sans 10.5 pt, an italic running header (council – Cabinet – date | "Public reports pack") and an italic footer with "Page X of Y" fields, rows that may not split; 9 pages. **Agenda front sheet**: a right-aligned "Public Document Pack" line, a green capitals council line, a large green "Cabinet", the meeting line, a borderless details table (Membership / Contact / Date published), an "Agenda" heading and an agenda table No. | Item | Page with a green header and no borders (bold item titles over "To confirm …" / "To consider …" lines, not items; pages 3 – 4, 5 – 7, 8 – 9), public information paragraphs. **Minutes of 17 February 2026** (agenda item 3, after a page break): council line, "CABINET", Present / Also present / Officers lines; minute headings "CAB/61" … "CAB/66" as bold capital paragraphs with a tab; "**RESOLVED** that …" on one line (CAB/61, CAB/66), "**RECOMMENDED to Council that:**" over typed (a)–(c) hanging paragraphs (";", "; and"), "**RESOLVED:** That Cabinet:" over typed 1./2. paragraphs; a declaration; "The Cabinet noted the performance report." and an undertaking to circulate figures (not items); "the Committee’s recommendation to protect the rural bus subsidy" and "The Overview and Scrutiny Committee had recommended that …" (not items). **Report A** (item 6): a bordered green-label front table (Report to / Date of meeting / Report of / Portfolio Holder / Key decision: "Yes – Forward Plan reference WDC/KD/2026/04" / Wards / Exempt), the title, Word heading styles over typed 1.1–9.1 hanging paragraphs, "2. Recommendations" with "That Cabinet:" and a Word-numbered (1)–(3) list (lower-case verbs, ";", "; and"), a figures table, "5.3 The Overview and Scrutiny Committee … recommended that …" (not an item), and Appendix 3, a targets table with priority rows merged across (not items). **Report B** (item 7): green council line, bold label lines with em-space gaps, a capitals title, bold capital headings that are not styles, "2. RECOMMENDATIONS" with typed 2.1–2.3 "That …" hanging paragraphs (2.2 passive), "6.1 The Committee recommended that …" (not an item) and an Appendix A fees table.'),
    }


# ---------------------------------------------------------------------------
# Y2. Children and young people's emotional wellbeing needs assessment (PDF via Chromium, Liberation
#     Serif 10.5 pt, CSS page-margin boxes: a running header with the short title and "Page n of m"
#     at the foot; 13 pages). Every section starts on a new page. Numbered key findings and bulleted
#     priorities in the executive summary (not items); figures tables; quotes; "priorities for the
#     system" in section 7 (not items); the recommendations only in section 8, under three h3 themes,
#     as HTML-numbered lists whose numbering continues (start values) each followed by a bold "Who:"
#     line; next steps bullets; Appendix A action plan Ref | Rec | Action | Lead | By when | Status.
# ---------------------------------------------------------------------------


def saltcombe_emotional_wellbeing_needs_assessment():
    title = "Children and Young People’s Emotional Wellbeing and Mental Health Needs Assessment 2026"
    teal = "D5E8E6"
    icb = "NHS Saltcombe Integrated Care Board"
    trust = "Saltcombe Community Health NHS Trust"
    ph = "Saltcombe Unitary Council (Public Health)"
    # (number, theme, text, verb, addressee, who line as printed, owners)
    themes = ["Prevention and early help", "Access to support", "Knowing more and working together"]
    recs = [
        ("1", themes[0], "Extend the Mental Health Support Teams to every secondary school and to the 12 primary "
                         "schools with the highest rates of persistent absence by September 2027.", "EXTEND", None,
         f"{icb}; Saltcombe Unitary Council (Education)", [icb, "Saltcombe Unitary Council (Education)"]),
        ("2", themes[0], "Schools and colleges should adopt the whole-school approach to wellbeing set out in the "
                         "Saltcombe Healthy Schools framework, with a named senior mental health lead in every "
                         "setting.", "ADOPT", "Schools and colleges",
         "Schools and colleges / Saltcombe Children’s Partnership",
         ["Schools and colleges", "Saltcombe Children’s Partnership"]),
        ("3", themes[0], "Commission a peer support and online counselling offer for young people aged 11 to 25, "
                         "open in the evenings and at weekends.", "COMMISSION", None, ph, [ph]),
        ("4", themes[1], "Replace the separate referral routes into children’s mental health services with a "
                         "single point of access, staffed by health, social care and voluntary sector "
                         "practitioners.", "REPLACE", None, f"{icb}; {trust}", [icb, trust]),
        ("5", themes[1], "Waiting times for a first appointment with the community CAMHS service should be "
                         "published every month, by team and by age group.", None, None, trust, [trust]),
        ("6", themes[1], "Set up a crisis café for young people in Saltcombe town centre, with a safe space open "
                         "until midnight on Fridays and Saturdays.", "SET", None, f"{ph} / {icb}", [ph, icb]),
        ("7", themes[2], "Collect and share data on the emotional wellbeing of children in care, young carers and "
                         "young people who identify as LGBTQ+, through the next Saltcombe Schools Health Survey.",
         "COLLECT", None, ph, [ph]),
        ("8", themes[2], "The Health and Wellbeing Board should receive a report on progress against these "
                         "recommendations every year, starting in January 2027.", "RECEIVE",
         "Health and Wellbeing Board", "Saltcombe Health and Wellbeing Board", ["Saltcombe Health and Wellbeing Board"]),
    ]
    # (ref, rec, action, lead cell, owners, by when cell, timeframe, due, status cell, status)
    plan = [
        ("A1.1", "1", "Agree with the Department for Education and NHS England the funding for two further Mental "
                      "Health Support Teams from September 2026", "ICB Director of Children’s Commissioning",
         ["ICB Director of Children’s Commissioning"], "September 2026", "September 2026", "2026-09",
         "In progress", "ongoing"),
        ("A1.2", "2", "Publish the refreshed Saltcombe Healthy Schools framework and offer training to every "
                      "senior mental health lead", "Head of Education Inclusion /\nHealthy Schools Lead",
         ["Head of Education Inclusion", "Healthy Schools Lead"], "Q2 2026/27", "Q2 2026/27", "2026-09",
         "Not started", "not-started"),
        ("A1.3", "3", "Re-procure the online counselling contract with an evening and weekend service",
         "Public Health Commissioning Manager", ["Public Health Commissioning Manager"], "1 April 2027",
         "1 April 2027", "2027-04-01", "Not started", "not-started"),
        ("A2.1", "4", "Design the single point of access with young people, parents and practitioners",
         "ICB Director of Children’s Commissioning;\nSaltcombe Mind",
         ["ICB Director of Children’s Commissioning", "Saltcombe Mind"], "December 2026", "December 2026",
         "2026-12", "In progress", "ongoing"),
        ("A2.2", "5", "Add community CAMHS waiting times to the monthly performance report on the Trust’s website",
         "Head of Performance, Saltcombe Community Health NHS Trust",
         ["Head of Performance", "Saltcombe Community Health NHS Trust"], "March 2026", "March 2026", "2026-03",
         "Complete", "completed"),
        ("A2.3", "6", "Find a town centre venue for the crisis café and agree its running costs for two years",
         "Public Health Commissioning Manager", ["Public Health Commissioning Manager"], "2026/27", "2026/27",
         "2027-03", "Not started", "not-started"),
        ("A3.1", "7", "Add questions on care experience, caring, sexual orientation and gender identity to the "
                      "2027 Schools Health Survey", "Public Health Intelligence Manager",
         ["Public Health Intelligence Manager"], "", None, None, "In progress", "ongoing"),
        ("A3.2", "8", "Add an annual progress report on this needs assessment to the Board’s forward plan",
         "Health and Wellbeing Board Manager", ["Health and Wellbeing Board Manager"], "Ongoing", "Ongoing", None,
         "Deferred – the Board is agreeing a new forward plan in June 2026", "deferred"),
    ]
    status_fill = {"In progress": "FFF2CC", "Not started": "F2F2F2", "Complete": "E2EFDA"}

    def section(heading):
        return [("break",), ("h", 1, heading)]

    blocks = [
        ("p", "<<1F6F6A|**SALTCOMBE UNITARY COUNCIL · PUBLIC HEALTH**>>"),
        ("title", title),
        ("p", "Joint Strategic Needs Assessment chapter, prepared for the Saltcombe Health and Wellbeing Board and the "
              "Saltcombe Children’s Partnership"),
        ("p", "**Published January 2026**"),
        ("table", {"cols": [4.0, 13.0], "borders": False, "rows": [
            ["**Lead author**", "Consultant in Public Health (Children and Young People)"],
            ["**Contact**", "jsna@saltcombe.example – 01632 960 752"],
            ["**Review date**", "January 2029"],
            ["**Status**", "Final – endorsed by the Children’s Partnership on 9 December 2025"],
        ]}),
        ("h", 2, "Contents"),
        ("list", "1.", 1, ["Introduction and scope", "Our population", "How many children and young people need "
                           "support", "Services and how they are used", "What children and young people told us",
                           "Inequalities and groups at higher risk", "Gaps and priorities for the system",
                           "Recommendations", "Next steps"]),
        ("p", "Appendix A – Action plan 2026–2028. Appendix B – Data sources and glossary."),
        ("break",),
        ("h", 1, "Executive summary"),
        ("p", "One in five children and young people in Saltcombe aged 8 to 25 is likely to have a mental health "
              "condition, and far more say that they often feel anxious or low. Demand for help has grown faster "
              "than the services that give it. This needs assessment brings together what the data, services and "
              "young people themselves tell us, so that the Health and Wellbeing Board and the Children’s "
              "Partnership can decide where to act first."),
        ("h", 2, "Key findings"),
        ("list", "1.", 1, [
            "An estimated 9,400 children and young people aged 8 to 25 in Saltcombe have a probable mental health "
            "condition, up from 6,900 in 2017.",
            "Referrals to community CAMHS rose by 48% between 2019/20 and 2024/25; the median wait for a first "
            "appointment is now 19 weeks.",
            "Hospital admissions for self-harm among 10 to 24 year olds are 31% above the England average, and "
            "highest in the Harbour and Northgate wards.",
            "Persistent absence from school is closely linked to anxiety: headteachers reported that it was a factor "
            "in two thirds of their persistently absent pupils.",
            "Children in care, young carers and LGBTQ+ young people report much poorer wellbeing, but the data on "
            "them is thin.",
            "Young people want help sooner, closer to home and outside school hours, and they want to tell their "
            "story once.",
        ]),
        ("h", 2, "Our priorities"),
        ("p", "The Children’s Partnership has used these findings to set three priorities for the next three years:"),
        ("list", "bullet", 1, ["helping children and young people earlier, in schools and communities;",
                               "making support easier to reach and quicker to start; and",
                               "understanding the needs of the groups we know least about."]),
        ("p", "The recommendations that follow from the findings are set out in section 8, and the actions agreed so "
              "far in Appendix A."),
    ]
    blocks += section("1. Introduction and scope")
    blocks += [
        ("p", "1.1 A needs assessment describes the health needs of a population, the services that meet them and "
              "the gaps between the two. This chapter of the Saltcombe Joint Strategic Needs Assessment covers the "
              "emotional wellbeing and mental health of children and young people aged 0 to 25. It replaces the "
              "chapter published in 2021."),
        ("p", "1.2 It covers the whole of Saltcombe, a unitary authority of 268,000 people with one large town, "
              "three market towns and a rural hinterland. Mental health services for adults aged 26 and over, and "
              "perinatal mental health services, are covered in other chapters."),
        ("p", "1.3 The assessment was overseen by a steering group of the Council’s public health, education and "
              "children’s social care teams, the Integrated Care Board, the Community Health Trust, Saltcombe Mind, "
              "two headteachers and two members of the Saltcombe Youth Council. It used national prevalence "
              "surveys, local service data for 2019/20 to 2024/25, the 2025 Saltcombe Schools Health Survey (6,812 "
              "pupils) and conversations with 143 children, young people and parents."),
        ("p", "1.4 Numbers in this chapter are rounded. Where local data is not available we have applied national "
              "rates to Saltcombe’s population, and say so."),
    ]
    blocks += section("2. Our population")
    blocks += [
        ("p", "2.1 There are 71,300 children and young people aged 0 to 25 in Saltcombe, 26.6% of the population. "
              "The number aged 11 to 18 is expected to rise by 6% by 2030 and then fall."),
        ("table", {"cols": [7.0, 3.3, 3.3, 3.4], "font": 9.5, "header_fill": teal,
                   "header": ["Age group", "Number (2024)", "Share of population", "Change to 2030"],
                   "rows": [["0 to 4", "13,100", "4.9%", "–4%"], ["5 to 10", "17,600", "6.6%", "–3%"],
                            ["11 to 18", "23,900", "8.9%", "+6%"], ["19 to 25", "16,700", "6.2%", "+2%"],
                            ["**All aged 0 to 25**", "**71,300**", "**26.6%**", "**+1%**"]]}),
        ("p", "2.2 One child in five (19.8%) lives in relative poverty after housing costs, rising to more than one in "
              "three in the Harbour, Northgate and Quayside wards. Twelve per cent of pupils are from Black, Asian or "
              "other minority ethnic groups, twice the share of ten years ago."),
        ("p", "2.3 There are 412 children in the Council’s care, 1,960 children in need and an estimated 3,100 young "
              "carers, of whom 740 are known to the young carers service. Some 2,350 pupils have an education, "
              "health and care plan, and 5,800 receive special educational needs support."),
    ]
    blocks += section("3. How many children and young people need support")
    blocks += [
        ("p", "3.1 Applying the rates from the national survey of children’s mental health to Saltcombe’s population "
              "gives the estimates below. The rise since 2017 is seen in every age group but is largest among young "
              "women aged 17 to 25."),
        ("table", {"cols": [6.2, 3.6, 3.6, 3.6], "font": 9.5, "header_fill": teal,
                   "header": ["Age group", "Rate (national)", "Estimated number", "Estimate in 2017"],
                   "rows": [["8 to 16", "20.3%", "4,700", "3,300"], ["17 to 19", "23.3%", "1,900", "1,400"],
                            ["20 to 25", "21.7%", "2,800", "2,200"], ["**8 to 25**", "–", "**9,400**", "**6,900**"]]}),
        ("p", "3.2 In the 2025 Schools Health Survey, 38% of pupils in Year 10 said they often or always felt anxious, "
              "compared with 27% in 2019. Twenty-two per cent of Year 10 girls said they had hurt themselves on "
              "purpose in the last year."),
        ("p", "3.3 There were 412 hospital admissions for self-harm among 10 to 24 year olds in 2024/25, a rate of "
              "612 per 100,000, against 467 for England. Admissions are concentrated among young women and in the "
              "three wards with the highest deprivation."),
        ("p", "3.4 Between 2020 and 2024, 11 young people aged under 25 in Saltcombe died by suicide. Each death was "
              "reviewed by the Child Death Overview Panel or the suicide prevention partnership; the common themes "
              "were the move from school to college, exam pressure and contact with several services that did not "
              "share information."),
    ]
    blocks += section("4. Services and how they are used")
    blocks += [
        ("p", "4.1 Support is offered at four levels: universal help in schools and communities; early help from "
              "Mental Health Support Teams, school counsellors and the voluntary sector; community CAMHS; and "
              "specialist and inpatient care commissioned by NHS England."),
        ("table", {"cols": [6.8, 3.4, 3.4, 3.4], "font": 9.5, "header_fill": teal,
                   "header": ["Service", "Referrals 2019/20", "Referrals 2024/25", "Median wait 2024/25"],
                   "rows": [["Mental Health Support Teams (14 schools)", "–", "1,210", "4 weeks"],
                            ["School counselling (Council-funded)", "880", "1,140", "6 weeks"],
                            ["Online counselling (ages 11 to 25)", "1,050", "2,390", "2 days"],
                            ["Community CAMHS", "2,140", "3,170", "19 weeks"],
                            ["Eating disorders service", "96", "188", "3 weeks (urgent)"],
                            ["Saltcombe Mind youth service", "420", "690", "5 weeks"]]}),
        ("p", "4.2 Mental Health Support Teams now cover 14 of the 22 secondary schools and none of the primary "
              "schools. Schools without a team rely on counselling they buy themselves, which varies widely in "
              "amount and quality."),
        ("p", "4.3 There are four routes into community CAMHS (from GPs, schools, social care and self-referral) and "
              "three into voluntary sector services. Forty-one per cent of referrals to CAMHS in 2024/25 were "
              "redirected elsewhere, and families told us they were passed between services."),
        ("p", "4.4 Out of hours, the only option for a young person in crisis is the hospital emergency department or "
              "the adult crisis line. In 2024/25, 318 young people under 18 attended the emergency department with a "
              "mental health need, 61% of them between 6 pm and 2 am."),
    ]
    blocks += section("5. What children and young people told us")
    blocks += [
        ("p", "5.1 We spoke with 143 children, young people and parents in 17 groups and interviews between May and "
              "September 2025, with the help of the Saltcombe Youth Council and Saltcombe Mind. These are some of the "
              "things they said."),
        ("list", "bullet", 1, [
            "“I waited eight months and when I finally got seen I was better, but only because I’d left sixth form.”",
            "“School was the only place anyone noticed. The counsellor was amazing but she was only in on Tuesdays.”",
            "“I had to tell my story to five different people. By the fifth I just said I was fine.”",
            "“There’s nowhere to go at night. The only place open is A&E, and that’s not somewhere you want to be.”",
            "“As a carer for my mum I don’t fit in any of the boxes. Nobody asks.”",
        ]),
        ("p", "5.2 Young people were clear that they wanted to be asked what help they needed, to be able to get help "
              "online and in person, and to be told honestly how long they would wait. Parents asked for advice "
              "while they waited."),
    ]
    blocks += section("6. Inequalities and groups at higher risk")
    blocks += [
        ("p", "6.1 The table shows the share of Year 8 and Year 10 pupils with low wellbeing scores in the 2025 "
              "Schools Health Survey, by group."),
        ("table", {"cols": [8.8, 4.1, 4.1], "font": 9.5, "header_fill": teal,
                   "header": ["Group", "Low wellbeing score", "All pupils"],
                   "rows": [["Young carers", "41%", "24%"], ["Pupils who identify as LGBTQ+", "52%", "24%"],
                            ["Pupils eligible for free school meals", "33%", "24%"],
                            ["Pupils with special educational needs", "35%", "24%"],
                            ["Children in care (small sample, 46 pupils)", "48%", "24%"]]}),
        ("p", "6.2 Children in care are about four times as likely as other children to have a mental health "
              "condition. In Saltcombe 39% of children in care had a Strengths and Difficulties score of concern in "
              "2024/25, but fewer than half of them were in contact with a mental health service."),
        ("p", "6.3 The survey does not ask pupils whether they are in care or whether they are carers; these "
              "figures come from a question about who they live with and from a one-off module in 2025. Without "
              "better data, services cannot show whether they reach these groups."),
    ]
    blocks += section("7. Gaps and priorities for the system")
    blocks += [
        ("p", "7.1 Bringing the evidence together, the steering group identified these gaps:"),
        ("list", "bullet", 1, [
            "early help in schools is uneven, and absent in primary schools;",
            "waits for community CAMHS are long and families are not told how long they will be;",
            "there is no safe place for young people in crisis outside office hours;",
            "referral routes are confusing and young people repeat their story; and",
            "the needs of children in care, young carers and LGBTQ+ young people are not measured.",
        ]),
        ("p", "7.2 The steering group’s priorities for the system, in order, are: more help in schools; a single way "
              "in; support out of hours; and better data. These priorities were endorsed by the Children’s "
              "Partnership in December 2025 and shape the recommendations in section 8."),
        ("p", "7.3 Saltcombe Mind’s own review of its youth service, published in 2025, recommended that voluntary "
              "sector services share one waiting list with CAMHS. The steering group supports this and has reflected "
              "it in recommendation 4."),
    ]
    blocks += section("8. Recommendations")
    blocks += [("p", "The recommendations are grouped under the three priorities of the Children’s Partnership. "
                     "Each says who should act.")]
    theme = None
    for n, th, text, _, _, who, _ in recs:
        if th != theme:
            blocks.append(("h", 3, th))
            theme = th
        blocks.append(("list", "1.", int(n), [text]))
        blocks.append(("p", f"**Who:** {who}"))
    blocks += section("9. Next steps")
    blocks += [
        ("p", "This needs assessment will be presented to the Health and Wellbeing Board on 11 February 2026. After "
              "that:"),
        ("list", "bullet", 1, [
            "the Children’s Partnership will turn the recommendations into its delivery plan for 2026 to 2029;",
            "the ICB will use the findings in its commissioning intentions for 2026/27;",
            "the summary will be published in a version written with and for young people; and",
            "the chapter will be refreshed when the 2027 Schools Health Survey results are available.",
        ]),
        ("break",),
        ("h", 1, "Appendix A – Action plan 2026–2028"),
        ("p", "The actions below were agreed by the steering group in December 2025. Status is as at 31 December "
              "2025: Complete; In progress; Not started; Deferred (with the reason)."),
        ("table", {"cols": [1.4, 1.1, 6.2, 3.6, 2.2, 2.5], "font": 9, "header_fill": teal,
                   "header": ["Ref", "Rec", "Action", "Lead", "By when", "Status"],
                   "rows": [[ref, rec, act, lead, when,
                             {"text": st, "fill": status_fill[st]} if st in status_fill else st]
                            for ref, rec, act, lead, _, when, _, _, st, _ in plan]}),
        ("break",),
        ("h", 1, "Appendix B – Data sources and glossary"),
        ("list", "bullet", 1, [
            "Mental Health of Children and Young People in England survey, 2017 and 2023 waves (national rates).",
            "Saltcombe Schools Health Survey 2019 and 2025 (6,812 pupils in Years 6, 8 and 10 in 2025).",
            "Community CAMHS, Mental Health Support Team and counselling service data, 2019/20 to 2024/25.",
            "Hospital Episode Statistics for admissions for self-harm, 2024/25.",
            "Office for National Statistics mid-year population estimates, 2024.",
        ]),
        ("p", "**CAMHS** – children and young people’s mental health services. **Mental Health Support Team** – a "
              "team of NHS practitioners working in a group of schools to give early help. **Persistent absence** – "
              "missing 10% or more of school sessions."),
    ]
    css = ("@page { margin: 20mm 17mm 18mm 17mm; "
           "@top-right { content: \"Saltcombe JSNA – Children and young people’s emotional wellbeing 2026\"; "
           "font-family: 'Liberation Serif', serif; font-size: 8pt; font-style: italic; color: #1F6F6A; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Serif', serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 22pt; margin-top: 40pt; } h1 { color: #1F6F6A; } h3 { color: #1F6F6A; }\n")
    recommendations = [recommendation(n, text, verb=verb, addressee=addr, theme=th, owners=owners)
                       for n, th, text, verb, addr, _, owners in recs]
    actions = [action(ref, act, owners, tf, due, status)
               for ref, _, act, _, owners, _, tf, due, _, status in plan]
    return {
        "name": "saltcombe-children-emotional-wellbeing-needs-assessment-2026",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Serif', serif", "size": 10.5, "title_color": "1F6F6A"},
        "blocks": blocks,
        "gold": dict(genre="unitary council JSNA chapter on children and young people's emotional wellbeing and mental "
                           "health: long needs assessment with key findings and priorities (not items), "
                           "recommendations deep inside under theme headings with Who: lines, and an appendix action "
                           "plan",
                     kind="needs-assessment", title=title, authority=SALTCOMBE, date="2026-01", meeting=None,
                     recommendations=recommendations, actions=actions),
        "layout": (
            'PDF (HTML → Chromium), Liberation Serif 10.5 pt, CSS page-margin boxes (an italic teal running header top right and "Page n of m" bottom right); 13 pages, every section starting on a new page. A teal capitals kicker line ("SALTCOMBE UNITARY COUNCIL · PUBLIC HEALTH"), the large title, a subtitle, "Published January 2026", a borderless details table (Lead author / Contact / Review date / Status) and an HTML-numbered contents list. Executive summary: HTML-numbered "Key findings" 1.–6. and "Our priorities" bullets (not items). Sections 1–7 with typed 1.1 … 7.3 paragraphs, five figures tables with a teal header, quotes as bullets, gap bullets and "priorities for the system" (not items), "Saltcombe Mind’s own review … recommended that …" (not an item). Section 8 (page 10): three h3 theme headings over one-item HTML lists numbered 1–8 (start values continue the numbering), each followed by a bold "Who:" line (owners split by ";" and "/", bracketed qualifiers); imperatives, two "… should …" sentences (one naming the Board) and one passive. Section 9: next steps bullets (no owners). Appendix A: a 9 pt action plan Ref | Rec | Action | Lead | By when | Status with a teal header, refs A1.1–A3.2, leads split by "/" plus line break, ";" plus line break and "post, body", By when "September 2026", "Q2 2026/27", "1 April 2027", "December 2026", "March 2026", "2026/27", "Ongoing" and one empty, statuses as words in shaded cells (In progress, Not started, Complete, "Deferred – …"); a status key in the line above. Appendix B: sources and glossary.'),
    }


# ---------------------------------------------------------------------------
# Y3. Overview and Scrutiny annual report to Council (PDF via pandoc DOCX → LibreOffice, pandoc's
#     styles). A line block of report details, one "1.1 That Council notes …" recommendation, a
#     foreword that counts recommendations, a numbers pipe table, this year's reviews summarised in
#     prose with "Its main recommendations were:" bullets (not items), a call-in, and "6. Progress on
#     the 2024/25 recommendations": a status key and one grid table per review under a Heading 3
#     (No. | Recommendation | Lead | Target | Status | Update); the work programme as bullets.
# ---------------------------------------------------------------------------


def wendlebury_scrutiny_annual_report():
    title = "Overview and Scrutiny Annual Report 2025/26"
    covering = ("That Council notes the Overview and Scrutiny Annual Report 2025/26 and the progress made on the "
                "recommendations of the 2024/25 reviews set out in section 6.")
    status_of = {"Complete": "completed", "Started": "ongoing", "Not started": "not-started",
                 "Deferred": "deferred"}
    # review heading → rows: (no., recommendation, verb, addressee, lead, owners, target, due, status word, update)
    reviews = [
        ("Review of Leisure Centre Provision (2024/25)", [
            ("1", "Cabinet should extend the concessionary membership scheme to carers and care leavers.", "EXTEND",
             "Cabinet", "Head of Leisure and Culture", ["Head of Leisure and Culture"], "April 2025", "2025-04",
             "Complete", "Scheme extended from 1 April 2025; 214 carers and 31 care leavers have joined."),
            ("2", "Publish an annual report on the use of each leisure centre by age group and postcode.", "PUBLISH",
             None, "Leisure Contract Manager", ["Leisure Contract Manager"], "Q3 2025/26", "2025-12", "Started",
             "First report drafted; the operator has not yet supplied the Hillbrook figures."),
            ("3", "Investigate whether a swimming pool can be provided at Harnham Cross as part of the new "
                  "settlement.", "INVESTIGATE", None,
             "Head of Planning Policy / Head of Leisure and Culture",
             ["Head of Planning Policy", "Head of Leisure and Culture"], "2026/27", "2027-03", "Not started",
             "Depends on the Local Plan Review; to be considered at the next stage of the plan."),
        ]),
        ("Task and Finish Group on Fly-tipping (2024/25)", [
            ("4", "Install mobile CCTV cameras at the ten worst fly-tipping sites.", "INSTALL", None,
             "Environmental Enforcement Manager", ["Environmental Enforcement Manager"], "September 2025", "2025-09",
             "Complete", "Twelve cameras installed; 38 fixed penalty notices issued since October 2025."),
            ("5", "The Council should offer a free bulky waste collection once a year to households receiving "
                  "council tax support.", "OFFER", "Council", "Head of Waste Services", ["Head of Waste Services"],
             "April 2026", "2026-04", "Deferred",
             "Put back to 2027/28 because of the cost (£64,000 a year); Cabinet will look at it again in the "
             "2027/28 budget."),
            ("6", "Work with parish councils to hold four community clean-up days a year.", "WORK", None,
             "Head of Waste Services; Wendlebury Association of Local Councils",
             ["Head of Waste Services", "Wendlebury Association of Local Councils"], "Ongoing", None,
             "Started", "Six clean-up days held with 11 parishes since July 2025."),
        ]),
        ("Scrutiny Review of Council Tax Support (2024/25)", [
            ("7", "Simplify the council tax support application form and test it with claimants before it is "
                  "introduced.", "SIMPLIFY", None, "Revenues and Benefits Manager", ["Revenues and Benefits Manager"],
             "31/03/2026", "2026-03-31", "Complete", ""),
        ]),
    ]
    md = [
        "**WENDLEBURY DISTRICT COUNCIL**",
        "| Report to: Council\n| Date of meeting: 15 July 2026\n| Agenda item: 9\n"
        "| Report of: Chair of the Overview and Scrutiny Committee\n| Lead officer: Scrutiny and Democracy Officer",
        f"# {title}",
        "## 1. Recommendation",
        f"1.1 {covering}",
        "## 2. Foreword from the Chair",
        "This has been a busy year for scrutiny in Wendlebury. The Committee met nine times, held two full reviews "
        "and a task and finish group, and looked at eleven Cabinet decisions before they were taken. We made 14 "
        "recommendations to Cabinet this year, and Cabinet accepted 11 of them in full and two in part.",
        "I am particularly pleased that our recommendation on rural bus subsidies was accepted in the 2026/27 "
        "budget. I would like to thank the members of the Committee, the officers who supported us and the many "
        "residents, parish councils and community groups who gave us their time.",
        "*Councillor Y.Z., Chair of the Overview and Scrutiny Committee*",
        "## 3. Scrutiny in numbers",
        "| Measure | 2024/25 | 2025/26 |\n|:---|---:|---:|\n| Committee meetings | 8 | 9 |\n"
        "| Reviews and task and finish groups | 3 | 3 |\n| Recommendations made to Cabinet | 7 | 14 |\n"
        "| Accepted in full | 5 | 11 |\n| Accepted in part | 1 | 2 |\n| Not accepted | 1 | 1 |\n"
        "| Call-ins considered | 1 | 1 |",
        "## 4. This year’s reviews",
        "### Rural Transport Review",
        "The Committee looked at how people without a car reach work, health appointments and the market towns. "
        "It heard from bus operators, Wendlebury Community Transport, the County Council as transport authority and "
        "41 residents at three drop-in sessions. Its main recommendations were:",
        "- that the Council keeps its rural bus subsidy at £38,000 in 2026/27;\n"
        "- that a demand-responsive bus is tested in the villages north of the Wend; and\n"
        "- that bus timetables are shown at every parish council noticeboard.",
        "Cabinet accepted the first and third recommendations on 17 February 2026 and accepted the second in part, "
        "agreeing to seek external funding for a trial.",
        "### Housing Standards in the Private Rented Sector",
        "The review followed the national attention given to damp and mould. It found that the Council inspected "
        "212 private rented homes in 2024/25, and that most complaints came from tenants of a small number of "
        "landlords. The review recommended that the Council consider a selective licensing scheme for the Northgate "
        "area of Wendlebury town. Cabinet did not accept this recommendation, because the evidence did not yet meet "
        "the legal test, but agreed to review the evidence in 2027.",
        "### Task and Finish Group on Youth Provision",
        "Four members met young people at youth clubs in Wendlebury, Colmstead and Harnham. The group recommended "
        "more youth work in the market towns and a single online guide to activities. Cabinet will respond to its "
        "report in September 2026.",
        "## 5. Call-in and pre-decision scrutiny",
        "One Cabinet decision was called in: the decision of 20 January 2026 to close the Colmstead public toilets. "
        "The Committee recommended that Cabinet reconsider the decision in the light of the parish council’s offer "
        "to share the running costs. Cabinet reconsidered it on 17 February 2026 and agreed to keep the toilets open "
        "with the parish council’s contribution.",
        "The Committee also considered the draft budget, the Local Plan Review Issues and Options document and the "
        "draft Homelessness and Rough Sleeping Strategy before Cabinet decided on them.",
        PAGE_BREAK_MD,
        "## 6. Progress on the 2024/25 recommendations",
        "Each year the Committee checks what has happened to the recommendations of the previous year’s reviews "
        "that Cabinet accepted. The tables below show progress at the end of June 2026, as reported by the lead "
        "officers.",
        "**Status key:** Complete – the recommendation has been carried out. Started – work has started and is "
        "continuing. Not started – work has not yet started. Deferred – Cabinet has put the recommendation back "
        "to a later year.",
    ]
    g_recs = [recommendation("1.1", covering, verb="NOTES", addressee="Council")]
    for heading, rows in reviews:
        if heading.startswith("Task and Finish"):
            md.append(PAGE_BREAK_MD)
        md.append(f"### {heading}")
        md.append(grid_table([8, 33, 24, 17, 29], ["No.", "Recommendation", "Lead", "Status", "Update"],
                             [[n, text, lead, st, upd] for n, text, _, _, lead, _, _, _, st, upd in rows]))
        for n, text, verb, addr, _, owners, target, due, st, upd in rows:
            g_recs.append(recommendation(n, text, verb=verb, addressee=addr, theme=heading, owners=owners, due=None,
                                         timeframe=None, status=status_of[st], progress=upd or None))
    md += [
        "The one 2024/25 recommendation that Cabinet did not accept (a review of garden waste charges) is not "
        "followed up.",
        "## 7. Work programme for 2026/27",
        "The Committee agreed its work programme on 16 June 2026. It will include:",
        "- a review of the Council’s response to the climate emergency;\n"
        "- the performance of the new waste collection rounds;\n"
        "- a task and finish group on access to GP surgeries in the market towns; and\n"
        "- pre-decision scrutiny of the Local Plan Review before the Regulation 19 consultation.",
        "## 8. Background papers and contact",
        "Minutes and reports of the Overview and Scrutiny Committee, 2025/26. Contact: Scrutiny and Democracy "
        "Officer – scrutiny@wendlebury.example – 01632 960 619.",
    ]
    return {
        "name": "wendlebury-overview-and-scrutiny-annual-report-2025-26",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-07-06"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="district council Overview and Scrutiny annual report to Council: one covering "
                           "recommendation, prose summaries of this year's reviews and their recommendations (not "
                           "items), and tables of progress on last year's recommendations with a status key",
                     kind="committee-report", title=title, authority=WENDLEBURY, date="2026-07-15", meeting="Council",
                     recommendations=g_recs),
        "layout": (
            'PDF (Markdown → pandoc DOCX → LibreOffice), pandoc’s styles; 5 pages. A bold capitals council line, a line block (Report to / Date of meeting / Agenda item / Report of / Lead officer), the H1 title; "1. Recommendation" with the typed "1.1 That Council notes …" paragraph; a foreword counting recommendations, signed by the Chair in italics; a "Scrutiny in numbers" pipe table; "4. This year’s reviews" with three Heading 3 reviews in prose, one with "Its main recommendations were:" and three "that …" bullets, "The review recommended that …", "The group recommended …" (not items); a call-in section with "The Committee recommended that Cabinet reconsider …" (not an item). After a page break, "6. Progress on the 2024/25 recommendations": a bold-led status key paragraph (Complete / Started / Not started / Deferred) and three grid tables No. | Recommendation | Lead | Status | Update, one per review under a Heading 3 ("Review of Leisure Centre Provision (2024/25)" …), the second and third after another page break; leads split by "/" and ";", one empty Update; a prose mention of the unaccepted recommendation; the work programme as bullets; a contact line.'),
    }


# ---------------------------------------------------------------------------
# Y4. Cabinet decisions sheet (DOCX, python-docx, Liberation Sans 10.5 pt, an italic running header
#     and a footer with "Page X of Y" fields). A right-aligned publication line, a council line, the
#     title, a meeting line, a call-in paragraph and a Present line; one block per agenda item: a bold
#     item heading and a bordered two-column table (Portfolio / Key decision / Decision / Reasons /
#     Alternative options considered / Declarations of interest / Call-in). Decisions are written
#     "Cabinet RESOLVED to:" with typed (a)–(c), "Cabinet RECOMMENDS to Council that …", "Cabinet
#     approved …" and "Cabinet agreed:" with typed (i)–(iii); one item is only "noted". No decision
#     references are printed.
# ---------------------------------------------------------------------------


def wendlebury_cabinet_decisions_sheet():
    title = "Cabinet – Decisions Sheet"
    grey = "E7E6E6"
    d5 = [
        ("a", "extend the leisure management contract with Wendmoor Leisure Trust for two years from 1 October 2026, "
              "as clause 4.2 of the contract allows;"),
        ("b", "delegate authority to the Director of Communities, in consultation with the Portfolio Holder for "
              "Housing and Communities, to agree the management fee for the extension within the budget set out in "
              "paragraph 6.1 of the report; and"),
        ("c", "note the findings of the leisure facilities condition survey and ask officers to bring a report on "
              "the future of Colmstead Pool to Cabinet by December 2026."),
    ]
    d7 = ("Cabinet RECOMMENDS to Council that a council tax premium of 100% be charged on homes that have been empty "
          "and substantially unfurnished for one year or more, from 1 April 2027.")
    d8 = ("Cabinet approved the award of grants totalling £212,000 from the Community Infrastructure Fund to the six "
          "parish projects listed in Appendix A to the report.")
    d9 = [
        ("i", "to award the contract for resurfacing the Market Street car park to Wendlebury Surfacing Ltd, the "
              "lowest compliant tender, at a cost of £186,400;"),
        ("ii", "to close the car park from 4 May to 22 May 2026 while the work is carried out; and"),
        ("iii", "that the decision is urgent and is not subject to call-in, the Chair of the Overview and Scrutiny "
                "Committee having agreed under rule 16 of the Scrutiny Procedure Rules."),
    ]

    def block(heading, rows):
        return [("ph", 12, heading),
                ("table", {"cols": [4.4, 12.6], "rows": [[label(k, grey), v] for k, v in rows]})]

    blocks = [
        ("pr", "Published: Thursday, 16 April 2026"),
        ("p", "<<4F6228|**WENDLEBURY DISTRICT COUNCIL**>>"),
        ("title", title),
        ("p", "**Meeting held on Tuesday, 14 April 2026 at 6.30 pm, Council Chamber, Wendlebury House**"),
        ("p", "This sheet records the decisions taken by the Cabinet. The minutes of the meeting will follow. "
              "Decisions other than recommendations to Council and urgent decisions will take effect at 5 pm on "
              "Thursday, 23 April 2026, unless five members of the Overview and Scrutiny Committee call them in "
              "before then. Call-in requests should be sent to committee.services@wendlebury.example."),
        ("p", "**Present:** Councillors P.A. (Chair), R.D., S.H., T.M. and W.O. **Apologies:** Councillor V.N."),
    ]
    blocks += block("Item 5 – Leisure Management Contract: Extension", [
        ("Portfolio", "Housing and Communities"),
        ("Key decision", "Yes – Forward Plan reference WDC/KD/2026/07"),
        ("Decision", "Cabinet RESOLVED to:\n" + "\n".join(f"({n}) {t}" for n, t in d5)),
        ("Reasons", "The extension keeps the three leisure centres open while the Council decides the long-term "
                    "future of its leisure facilities. The Trust has met all its performance targets for the last "
                    "three years."),
        ("Alternative options considered", "To re-tender the contract from October 2026. Rejected because the "
                                           "market is uncertain and a new contract would cost an estimated "
                                           "£140,000 a year more."),
        ("Declarations of interest", "None"),
        ("Call-in", "Subject to call-in"),
    ])
    blocks += block("Item 6 – Climate Action Plan: Annual Progress Report", [
        ("Portfolio", "Environment and Climate"),
        ("Key decision", "No"),
        ("Outcome", "Cabinet noted the report. No decision was required."),
        ("Call-in", "Not applicable"),
    ])
    blocks += block("Item 7 – Council Tax Premium on Long-Term Empty Homes", [
        ("Portfolio", "Finance and Assets"),
        ("Key decision", "Yes – Forward Plan reference WDC/KD/2026/09"),
        ("Decision", d7),
        ("Reasons", "There are 318 homes in the district that have been empty for more than a year. The premium "
                    "is intended to bring them back into use and would raise about £170,000 a year, of which the "
                    "Council keeps 11%."),
        ("Alternative options considered", "To keep the premium only for homes empty for two years or more. "
                                           "Rejected because it would leave 142 homes outside the scheme."),
        ("Declarations of interest", "None"),
        ("Call-in", "Not subject to call-in: a recommendation to Council, which will decide it on 30 April 2026."),
    ])
    blocks += block("Item 8 – Community Infrastructure Fund: Grants 2026/27", [
        ("Portfolio", "Planning and Economy"),
        ("Key decision", "No"),
        ("Decision", d8),
        ("Reasons", "The six projects scored highest against the Fund’s criteria and have match funding in place."),
        ("Alternative options considered", "To fund all eleven eligible applications in part. Rejected because "
                                           "none of the projects could then go ahead."),
        ("Declarations of interest", "Councillor T.M. declared a non-registrable interest as a member of Harnham "
                                     "Parish Council and did not vote on this item."),
        ("Call-in", "Subject to call-in"),
    ])
    blocks += block("Item 9 – Urgent Item: Market Street Car Park Resurfacing", [
        ("Portfolio", "Finance and Assets"),
        ("Key decision", "No"),
        ("Decision", "Cabinet agreed:\n" + "\n".join(f"({n}) {t}" for n, t in d9)),
        ("Reasons", "The surface of the car park failed its safety inspection in March 2026. The work must be done "
                    "before the summer season, and waiting for the call-in period would push it into June."),
        ("Alternative options considered", "Temporary repairs only. Rejected on safety grounds."),
        ("Declarations of interest", "None"),
        ("Call-in", "Call-in waived (urgent decision)."),
    ])
    blocks += [
        ("p", "**Contact:** Committee Services – committee.services@wendlebury.example – 01632 960 615"),
    ]
    date = "2026-04-14"
    decisions = ([decision("5", n, t, "Cabinet", date=date, kind="decision") for n, t in d5]
                 + [decision("7", None, d7, "Cabinet", date=date, kind="decision"),
                    decision("8", None, d8, "Cabinet", date=date, kind="decision")]
                 + [decision("9", n, t, "Cabinet", date=date, kind="decision") for n, t in d9])
    return {
        "name": "wendlebury-cabinet-decisions-sheet-14-april-2026",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-04-16", "doc_title": title, "author": "Committee Services", "ninth_m": True,
                 "cant_split": True, "font": "Liberation Sans", "size": 10.5, "title_size": 20,
                 "title_color": "4F6228",
                 "m_header": ("Wendlebury District Council", "Cabinet decisions – 14 April 2026"),
                 "m_footer": ("Decisions sheet", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="district council Cabinet decisions sheet: one block per agenda item with the decision, "
                           "reasons, alternatives and call-in",
                     kind="decision", title=title, authority=WENDLEBURY, date=date, meeting="Cabinet",
                     decisions=decisions),
        "layout": (
            'DOCX (python-docx), Liberation Sans 10.5 pt, an italic running header (council | "Cabinet decisions – 14 April 2026") and an italic footer with "Page X of Y" fields, rows that may not split; 2 pages. A right-aligned "Published:" line, a green capitals council line, the green title, a bold meeting line, a call-in paragraph with the deadline and a Present / Apologies line. Five items, each a bold "Item N – Title" paragraph (not a heading style) over a bordered two-column table with grey bold labels: Portfolio / Key decision ("Yes – Forward Plan reference WDC/KD/2026/07") / Decision / Reasons / Alternative options considered / Declarations of interest / Call-in. Decision cells: "Cabinet RESOLVED to:" over typed "(a) …"–"(c) …" lines (";", "; and"), "Cabinet RECOMMENDS to Council that …", "Cabinet approved …", and an urgent "Cabinet agreed:" over typed "(i) to …", "(ii) to …", "(iii) that the decision is urgent …" with call-in waived; item 6 has only an "Outcome: Cabinet noted the report. No decision was required." row. No decision references are printed.'),
    }


# ---------------------------------------------------------------------------
# Y5. Executive response to a scrutiny review (DOCX, pandoc from Markdown, pandoc's styles). A bold
#     council line, a details line block, the H1 title, "2. Recommendation" with one "That Cabinet
#     approves …" sentence, background with the Panel's findings (not items); "4. The Executive's
#     response": one Heading 2 per recommendation ("Recommendation N"), the recommendation as a block
#     quote, then Heading 3 labels "The Executive’s response" (two or three paragraphs), "Decision",
#     "Lead officer" and "Timescale", each over its own paragraph.
# ---------------------------------------------------------------------------


def saltcombe_executive_response_school_attendance():
    title = "Executive Response to the Children and Young People Scrutiny Panel Review of School Attendance"
    covering = ("That Cabinet approves the responses to the seven recommendations of the Children and Young People "
                "Scrutiny Panel set out in section 4 and asks officers to report progress to the Panel in January "
                "2027.")
    dec_of = {"Accepted": "accepted", "Partially accepted": "partially-accepted", "Rejected": "rejected"}
    # (number, text, verb, addressee, [response paragraphs], decision word, lead, owners, timescale, tf, due, status)
    recs = [
        ("1", "The Council should fund an attendance support worker in each of the four school clusters with the "
              "highest rates of persistent absence.", "FUND", "Council",
         ["The Executive agrees that the greatest need is concentrated in four of the eleven school clusters: "
          "Harbour, Northgate, Quayside and Eastcliff. Persistent absence in those clusters was 27% in 2024/25, "
          "against 17% in the rest of Saltcombe.",
          "Four attendance support workers will be funded for two years from the Education Improvement Reserve, at "
          "a cost of £168,000 a year. They will work with families before absence becomes persistent and will be "
          "managed by the Education Welfare Service.",
          "The posts will be evaluated in the summer of 2028 before any decision on permanent funding."],
         "Accepted", "Head of Education Inclusion", ["Head of Education Inclusion"], "September 2026",
         "September 2026", "2026-09", None),
        ("2", "Publish attendance data for every school in Saltcombe each term, including the rate of persistent "
              "absence for pupils with special educational needs.", "PUBLISH", None,
         ["The Council will publish attendance data for every school each term on the Saltcombe Data Observatory, "
          "including the rates for pupils with special educational needs support and with education, health and "
          "care plans.",
          "Where a group in a school has fewer than ten pupils the figure will not be published, so that "
          "individual children cannot be identified. This is why the recommendation is accepted in part."],
         "Partially accepted", "Head of Education Inclusion / Data and Insight Manager",
         ["Head of Education Inclusion", "Data and Insight Manager"], "From September 2026", "From September 2026",
         "2026-09", None),
        ("3", "Schools should be offered a model policy on reduced timetables, agreed with headteachers, that limits "
              "their use to six weeks.", None, None,
         ["Reduced timetables can help a pupil return to school, but the Panel heard that some pupils had been on "
          "them for more than a term. The Executive agrees that a model policy would help.",
          "A model policy will be drafted with the primary and secondary headteachers’ associations and offered to "
          "all schools and academies. The six-week limit will be the default, with any extension agreed by the "
          "Education Welfare Service."],
         "Accepted", "Principal Education Welfare Officer", ["Principal Education Welfare Officer"], "Q3 2026/27",
         "Q3 2026/27", "2026-12", None),
        ("4", "The Cabinet Member for Children and Education should write to the Department for Education asking for "
              "the school transport eligibility rules to take account of attendance.", "WRITE",
         "Cabinet Member for Children and Education",
         ["The Executive shares the Panel’s concern about pupils who live just inside the statutory walking "
          "distance. However, the Department has recently consulted on the transport guidance and the Council "
          "responded to that consultation in March 2026, making the same point.",
          "A further letter is not thought likely to change the rules. The Council will instead review its own "
          "discretionary transport policy as part of the 2027/28 budget."],
         "Rejected", "N/A", [], "N/A", None, None, None),
        ("5", "Ask the Saltcombe Children’s Partnership to make school attendance one of its priorities for 2026 to "
              "2029 and to report on it to the Panel each year.", "ASK", None,
         ["The Children’s Partnership agreed on 4 June 2026 to include school attendance in its plan for 2026 to "
          "2029, under its priority of helping children and young people earlier.",
          "The Partnership Manager will report to the Panel on progress each July, starting in July 2026."],
         "Accepted", "Director of Children’s Services, with the Children’s Partnership Manager",
         ["Director of Children’s Services", "Children’s Partnership Manager"], "July 2026, then annually",
         "July 2026, then annually", "2026-07", None),
        ("6", "Extend the family support service to offer home visits to every family whose child’s attendance falls "
              "below 80%.", "EXTEND", None,
         ["About 1,900 pupils had attendance below 80% in 2024/25. The family support service does not have the "
          "capacity to visit every family, and many are already known to schools or other services.",
          "The service will offer a home visit to every family whose child’s attendance falls below 80% and who is "
          "not already working with another service. It will be funded within the early help budget from April "
          "2027.",
          "The Panel’s wider aim is supported, and the Executive will look again at capacity when the attendance "
          "support workers are in post."],
         "Partially accepted", "Head of Early Help", ["Head of Early Help"], "April 2027", "April 2027", "2027-04",
         None),
        ("7", "Review the use of fixed penalty notices for absence, to make sure they are used only after support "
              "has been offered.", "REVIEW", None,
         ["The review was carried out in May 2026. It found that support had been offered before every notice "
          "issued since January 2026, and the Council’s code of conduct for notices has been updated to make this "
          "a requirement."],
         "Accepted", "Principal Education Welfare Officer", ["Principal Education Welfare Officer"], "Complete", None,
         None, "completed"),
    ]
    md = [
        "**SALTCOMBE UNITARY COUNCIL**",
        "| Report to: Cabinet\n| Date: 23 June 2026\n| Report of: Director of Children’s Services\n"
        "| Cabinet Member: Cabinet Member for Children and Education\n| Key decision: No\n| Wards affected: All",
        f"# {title}",
        "## 1. Purpose of the report",
        "The Children and Young People Scrutiny Panel carried out a review of school attendance between October "
        "2025 and March 2026 and made seven recommendations to Cabinet. The Panel’s report was received by Cabinet "
        "on 21 April 2026. The Council’s constitution requires Cabinet to respond within two months. This report "
        "sets out the proposed response.",
        "## 2. Recommendation",
        covering,
        "## 3. Background",
        "Attendance at Saltcombe schools has not recovered to the levels seen before 2020. In 2024/25 the overall "
        "absence rate was 7.4% and 21% of pupils were persistently absent, missing one school day in ten or more.",
        "| Measure | 2018/19 | 2024/25 |\n|:---|---:|---:|\n| Overall absence (primary) | 4.1% | 5.6% |\n"
        "| Overall absence (secondary) | 5.7% | 9.3% |\n| Persistent absence (all pupils) | 11% | 21% |\n"
        "| Persistent absence (pupils with an EHC plan) | 22% | 38% |",
        "The Panel took evidence from headteachers, the Education Welfare Service, parents, young people and the "
        "voluntary sector. Its main findings were that anxiety is now the most common reason given for persistent "
        "absence, that support is offered too late, and that families find the system of fines confusing. "
        "Headteachers told the Panel that reduced timetables were sometimes used for too long. The Panel "
        "recommended a mix of early help, better data and clearer rules.",
        "Of the seven recommendations, four are accepted, two are partially accepted and one is rejected. The "
        "responses have been discussed with the Chair of the Panel.",
        "## 4. The Executive’s response",
    ]
    g_recs = [recommendation(None, covering, verb="APPROVES", addressee="Cabinet")]
    for n, text, verb, addr, paras, word, lead, owners, timescale, tf, due, status in recs:
        md += [f"## Recommendation {n}", f"> {text}", "### The Executive’s response"] + paras
        md += ["### Decision", word, "### Lead officer", lead, "### Timescale", timescale]
        g_recs.append(recommendation(n, text, verb=verb, addressee=addr, owners=owners, due=due, timeframe=tf,
                                     status=status, response=" ".join(paras), decision=dec_of[word]))
    md += [
        "## 5. Financial implications",
        "The attendance support workers (recommendation 1) will cost £336,000 over two years, met from the Education "
        "Improvement Reserve. The other responses can be met from existing budgets.",
        "## 6. Legal implications",
        "Parents have a legal duty to ensure that their children of compulsory school age receive a suitable "
        "education. The Council’s duties in relation to attendance are set out in the statutory guidance on working "
        "together to improve school attendance.",
        "## 7. Contact",
        "Head of Education Inclusion – education.inclusion@saltcombe.example – 01632 960 778",
    ]
    return {
        "name": "saltcombe-executive-response-school-attendance-review",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-06-12"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="unitary council executive response to a scrutiny panel review of school attendance: each "
                           "recommendation followed by response paragraphs, decision, lead officer and timescale under "
                           "their own headings",
                     kind="executive-response", title=title, authority=SALTCOMBE, date="2026-06-23", meeting="Cabinet",
                     recommendations=g_recs),
        "layout": (
            'DOCX (pandoc from Markdown), pandoc’s styles; 6 pages in a scratch LibreOffice conversion. A bold capitals council line, a line block (Report to / Date / Report of / Cabinet Member / Key decision / Wards affected), the H1 title; "2. Recommendation" with one unnumbered "That Cabinet approves …" paragraph; background with an absence pipe table and the Panel’s findings in prose ("The Panel recommended a mix of …", not an item). "4. The Executive’s response": seven Heading 2 "Recommendation N" sections, each with the recommendation as a block quote and then Heading 3 labels over plain paragraphs: "The Executive’s response" (one to three paragraphs), "Decision" (Accepted / Partially accepted / Rejected), "Lead officer" ("… / …", "…, with the …", "N/A") and "Timescale" ("September 2026", "From September 2026", "Q3 2026/27", "N/A", "July 2026, then annually", "April 2027", "Complete"). Recommendations: two "… should …" sentences naming a body, one passive, four imperatives. Financial and legal implications and a contact line.'),
    }


# ---------------------------------------------------------------------------
# Y6. Health and Wellbeing Board forward plan (DOCX, python-docx, landscape, Liberation Sans Narrow 10
#     pt, italic running header and a footer with page fields). Nothing to find: meetings with their
#     items, purposes ("To approve …", "To agree …"), leads and types; development sessions; items to be
#     scheduled; a note that actions are tracked in a separate log.
# ---------------------------------------------------------------------------


def saltcombe_hwb_forward_plan():
    title = "Health and Wellbeing Board Forward Plan 2026/27"
    lilac = "E4DFEC"

    def meeting(date_text, items):
        rows = []
        for i, (item, purpose, lead, kind) in enumerate(items):
            first = {"text": f"**{date_text}**", "vspan": len(items)} if i == 0 else "^"
            rows.append([first, item, purpose, lead, kind])
        return rows

    rows = (meeting("15 July 2026", [
                ("Joint Local Health and Wellbeing Strategy: annual report", "To consider progress in the first year "
                 "of the Strategy and the priorities for 2026/27", "Director of Public Health", "For assurance"),
                ("Better Care Fund: year-end report 2025/26", "To note the year-end return submitted to NHS England "
                 "in May", "Head of Integrated Commissioning /\nICB Place Director", "For information"),
                ("Pharmaceutical Needs Assessment 2027", "To approve the timetable and steering group for the next "
                 "assessment", "Consultant in Public Health", "For decision"),
            ])
            + meeting("14 October 2026", [
                ("Children and young people’s emotional wellbeing", "To receive the first progress report on the "
                 "needs assessment published in January 2026", "Consultant in Public Health (Children and Young "
                 "People)", "For assurance"),
                ("Saltcombe Safeguarding Adults Board annual report", "To receive the annual report", "Independent "
                 "Chair of the Safeguarding Adults Board", "For information"),
                ("Winter plan 2026/27", "To agree the joint winter communications", "ICB Place Director",
                 "For decision"),
            ])
            + meeting("20 January 2027", [
                ("Better Care Fund plan 2027/28", "To agree the plan before submission", "Head of Integrated "
                 "Commissioning", "For decision"),
                ("Healthwatch Saltcombe: what people told us", "To hear the findings of Healthwatch’s visits to GP "
                 "practices", "Healthwatch Saltcombe Manager", "For information"),
                ("Tobacco control", "TBC", "TBC", "For assurance"),
            ])
            + meeting("21 April 2027", [
                ("Joint Strategic Needs Assessment: work programme 2027/28", "To approve the chapters to be refreshed",
                 "Public Health Intelligence Manager", "For decision"),
                ("Children’s Partnership annual report", "To receive the report", "Children’s Partnership Manager",
                 "For information"),
            ]))
    blocks = [
        ("p", "<<5B3A87|**SALTCOMBE UNITARY COUNCIL**>>"),
        ("p", "Saltcombe Health and Wellbeing Board"),
        ("title", title),
        ("p", "**Updated: 2 June 2026**"),
        ("p", "This forward plan lists the items the Board expects to consider at its meetings in 2026/27. It is "
              "published for information and updated after each meeting. Items may move between meetings. Board "
              "members who want an item added should contact the Health and Wellbeing Board Manager."),
        ("table", {"cols": [3.0, 6.6, 8.4, 5.2, 2.6], "font": 9.5, "header_fill": lilac,
                   "header": ["Meeting", "Item", "Purpose", "Lead", "Type"], "rows": rows}),
        ("ph", 12, "Development sessions"),
        ("p", "The Board holds informal development sessions, which are not meetings in public and make no decisions."),
        ("table", {"cols": [3.0, 12.0, 10.8], "font": 9.5, "header_fill": lilac,
                   "header": ["Date", "Topic", "Facilitated by"],
                   "rows": [["9 September 2026", "Prevention at neighbourhood level: what the data shows",
                             "Public Health Intelligence Manager"],
                            ["3 March 2027", "Review of the Board’s effectiveness", "Saltcombe Council for "
                                                                                    "Voluntary Service"]]}),
        ("ph", 12, "Items to be scheduled"),
        ("list", "bullet", 1, [
            "Suicide prevention strategy refresh (expected early 2027).",
            "Joint review of hospital discharge arrangements with adult social care.",
            "Housing and health: report from the Strategic Housing Partnership.",
        ]),
        ("p", "Actions agreed at Board meetings are recorded in the minutes and tracked in the Board’s action log, "
              "which is published with each agenda. The recommendations of the needs assessments listed above are "
              "followed up in their own progress reports."),
        ("p", "**Contact:** Health and Wellbeing Board Manager – hwb@saltcombe.example – 01632 960 790"),
    ]
    return {
        "name": "saltcombe-health-and-wellbeing-board-forward-plan-2026-27",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-06-02", "doc_title": title, "author": "Health and Wellbeing Board Manager",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans Narrow",
                 "size": 10, "title_size": 18, "title_color": "5B3A87",
                 "m_header": ("Saltcombe Health and Wellbeing Board", "Forward plan 2026/27"),
                 "m_footer": ("Updated 2 June 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="Health and Wellbeing Board forward plan (nothing to find)", kind="other", title=title,
                     authority=SALTCOMBE, date="2026-06-02", meeting=None),
        "layout": (
            'DOCX (python-docx), landscape, Liberation Sans Narrow 10 pt, an italic running header and an italic footer with "Updated 2 June 2026" and "Page X of Y" fields, rows that may not split; 2 pages. A purple capitals council line, the Board’s name, the purple title and a bold "Updated:" line; an introduction saying the plan is published for information; a 9.5 pt table Meeting | Item | Purpose | Lead | Type with a lilac header, each meeting date merged down over its items, "To approve …" / "To agree …" / "To note …" purposes, leads split by "/" plus line break, "TBC" cells and types For decision / For assurance / For information; a development sessions table; "Items to be scheduled" bullets; a note that actions are tracked in the action log; a contact line. Nothing to find.'),
    }


PAPERS = [
    wendlebury_cabinet_pack,
    saltcombe_emotional_wellbeing_needs_assessment,
    wendlebury_scrutiny_annual_report,
    wendlebury_cabinet_decisions_sheet,
    saltcombe_executive_response_school_attendance,
    saltcombe_hwb_forward_plan,
]
