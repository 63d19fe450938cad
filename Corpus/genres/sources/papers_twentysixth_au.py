"""Papers of the twenty-sixth batch, part AU ("scrutiny reports and the executive's responses"): six
made-up papers from two invented places:

  Wexcombe – Wexcombe County Council (a county council with a Cabinet and Cabinet Members, a Children and
    Families Select Committee and an Adult Social Care and Health Scrutiny Committee, which set up task
    and finish groups), with the Wexcombe Housing Partnership, the Wexcombe Carers Centre, Wexcombe
    Community Action and NHS Wexcombe Integrated Care Board around it;
  Halsworth – Halsworth Borough Council (an Executive led by the Leader, an Overview and Scrutiny
    Committee with panels), and partners that answer its scrutiny: Halsworth and Vale Hospitals NHS
    Foundation Trust and the police.

The genre: the two sides of a scrutiny review – a select committee task and finish group's report with
numbered recommendations (and one the committee makes to itself), a Cabinet's formal response report
with its appended response table, a response written as a letter from the Leader, an NHS trust's
response to the scrutiny committee's recommendations, a scrutiny committee's twelve-month report on the
implementation of an earlier review's recommendations, and a review's call for evidence (nothing to
find).

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every street, site, firm, charity, scheme and figure is made
up.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output, fuzz or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_twentysixth_av.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, recent parts' sections and first contact,
second renditions, rebuilding, the closing gold decisions), `Corpus/gold/README.md`,
`Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`, and for conventions and helpers the
writer part of `papers_ninth_m.py`, `grid_table` in `papers_fresh.py` and `papers_twentyfourth_ar.py`.
Each paper names its own split. Every gold value is written by hand beside the words it labels; the
part AU notes record the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AU1 wexcombe-care-leavers-housing-task-and-finish-group-final-report – tune – lo-pdf
  AU2 wexcombe-cabinet-response-unpaid-carers-scrutiny-review – unseen – chromium-pdf
  AU3 halsworth-leader-letter-response-public-toilets-review – tune – docx
  AU4 halsworth-hospitals-trust-response-hospital-transport-and-parking – unseen – pandoc-lo-pdf
  AU5 wexcombe-loneliness-review-recommendations-twelve-month-update – unseen – docx
  AU6 halsworth-parks-safety-review-call-for-evidence – tune – pandoc-docx (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import recommendation
from papers_fresh import grid_table

WEXCOMBE = "Wexcombe County Council"
HALSWORTH = "Halsworth Borough Council"


def label(text, fill="E2E2E2"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AU1. Children and Families Select Committee task and finish group's final report on housing for care
#      leavers (python-docx → LibreOffice, NinthMWriter, portrait). A front table with horizontal rules
#      only, a typed "1.1 That the Select Committee agrees …" recommendation, evidence and figures tables
#      (not items), a table of what happened to a 2023 review's recommendations (short titles, an earlier
#      response: not items), findings under three themes, and each recommendation in a bordered box with
#      a bold "Recommendation n" line and a "To:" line; recommendation 7 is the Committee's own.
# ---------------------------------------------------------------------------


def wexcombe_care_leavers_review():
    title = "Somewhere to Call Home: Housing for Wexcombe’s Care Leavers"
    plum = "5B2A6E"
    cover = ("That the Select Committee agrees this report and refers recommendations 1 to 6 to Cabinet, "
             "asking for Cabinet’s response to be reported to the Select Committee within two months.")
    cmcs = "Cabinet Member for Children’s Services"
    dcs = "Director of Children’s Services"
    # (no., theme, text, verb, addressee, "To:" words, owners)
    recs = [
        ("1", "Having somewhere ready to move to",
         "Fund twelve more supported lodgings placements for young people leaving care from April 2027, and "
         "raise the weekly allowance paid to supported lodgings hosts to £210.", "FUND", None,
         "Cabinet", ["Cabinet"]),
        ("2", "Having somewhere ready to move to",
         "The Council should ask each of Wexcombe’s five district councils to give care leavers the highest "
         "priority band on its housing register and to waive local connection rules for care leavers placed "
         "outside their home district.", "ASK", "Council", cmcs, [cmcs]),
        ("3", "Having somewhere ready to move to",
         "Make sure that every care leaver has a written housing plan, agreed with them, at least six months "
         "before their eighteenth birthday.", "MAKE", None, dcs, [dcs]),
        ("4", "Money and bills",
         "The Council should fund a council tax exemption for care leavers up to the age of 25 in every "
         "district, through agreements with the five district councils, which collect the tax.", "FUND",
         "Council", "Cabinet", ["Cabinet"]),
        ("5", "Money and bills",
         "A setting-up home allowance of at least £3,000 should be paid to every care leaver moving into "
         "their first tenancy, with the amount reviewed each April.", None, None,
         f"{dcs} and the Head of Finance (Children’s Services)",
         [dcs, "Head of Finance (Children’s Services)"]),
        ("6", "Support that does not stop at eighteen",
         "The Wexcombe Housing Partnership should set up a care leavers’ housing protocol, signed by the "
         "five district councils, the main housing associations and the County Council, by September 2027.",
         "SET", "Wexcombe Housing Partnership", "Wexcombe Housing Partnership", ["Wexcombe Housing Partnership"]),
        ("7", "Support that does not stop at eighteen",
         "That the Select Committee reviews progress on these recommendations at its meeting in April 2027, "
         "hearing from care leavers as well as from officers.", "REVIEWS", "Select Committee",
         "Children and Families Select Committee", ["Children and Families Select Committee"]),
    ]

    def rec_box(no):
        r = [x for x in recs if x[0] == no][0]
        return ("box", [("p", f"<<{plum}|**Recommendation {r[0]}**>>"), ("p", r[2]),
                        ("p", f"**To:** {r[5]}")])

    blocks = [
        ("p", f"<<{plum}|**WEXCOMBE COUNTY COUNCIL**>>"),
        ("p", "**Children and Families Select Committee**"),
        ("title", title),
        ("p", "Final report of the Care Leavers’ Housing Task and Finish Group"),
        ("table", {"cols": [4.8, 12.2], "font": 9.5, "rules": True, "rows": [
            [{"text": "Date of meeting", "bold": True}, "Thursday 8 October 2026"],
            [{"text": "Agenda item", "bold": True}, "7"],
            [{"text": "Report of", "bold": True}, "Chair of the Care Leavers’ Housing Task and Finish Group"],
            [{"text": "Group members", "bold": True}, "Cllr J.F. (Chair), Cllr B.A., Cllr K.D., Cllr L.H., "
                                                        "Cllr R.P."],
            [{"text": "Scrutiny officer", "bold": True}, "Senior Scrutiny Officer – scrutiny@wexcombe.example – "
                                                           "01632 960 318"],
            [{"text": "Divisions affected", "bold": True}, "All"],
        ]}),
        ("ph", 12, f"<<{plum}|1. Recommendation>>"),
        ("pn", f"1.1\t{cover}"),
        ("ph", 12, f"<<{plum}|2. Why we looked at this>>"),
        ("pn", "2.1\tWexcombe County Council is corporate parent to 412 care leavers aged 18 to 25. In its "
               "2025 inspection, Ofsted judged the Council’s services for care leavers to require "
               "improvement, and said that too many young people moved into unsuitable accommodation when "
               "they left care."),
        ("pn", "2.2\tThe Select Committee set up this task and finish group in January 2026 to find out why, "
               "and what the Council and its partners could do about it. The County Council does not hold "
               "housing registers or collect council tax: the five district councils do. Much of what we "
               "recommend therefore depends on working with them."),
        ("ph", 12, f"<<{plum}|3. What we did>>"),
        ("pn", "3.1\tThe group met nine times between February and July 2026. We heard from the people "
               "listed below, visited two supported lodgings hosts and a foyer scheme, and held two "
               "evening sessions with care leavers, run with Wexcombe’s Children in Care Council."),
        ("table", {"cols": [3.4, 13.6], "font": 9, "header_fill": "E7DDEC",
                   "header": ["Date", "Who we heard from"],
                   "rows": [
                       ["12 February 2026", "Head of Service, Leaving Care; Team Manager, 16+ Service"],
                       ["5 March 2026", "Housing options managers from three district councils"],
                       ["26 March 2026", "Wexcombe Housing Partnership; two housing associations"],
                       ["30 April 2026", "Supported lodgings hosts; Wexcombe Foyer"],
                       ["21 May and 11 June 2026", "Care leavers (two evening sessions)"],
                       ["2 July 2026", "Cabinet Member for Children’s Services; Head of Finance "
                                       "(Children’s Services)"],
                   ]}),
        ("pn", "3.2\tWe also looked back at the Select Committee’s 2023 review of placements for children in "
               "care, three of whose recommendations touched on housing. Cabinet’s response to that review, "
               "and where each now stands, are summarised below."),
        ("table", {"cols": [1.4, 6.0, 3.0, 6.6], "font": 9, "header_fill": "E7DDEC",
                   "header": ["2023 rec.", "Subject (short title)", "Cabinet response", "Where it stands now"],
                   "rows": [
                       ["4", "Staying Put allowances", "Accepted", "Allowances raised in 2024; 31 young people "
                                                                   "stayed with former foster carers in 2025/26."],
                       ["5", "Joint housing panel with districts", "Accepted in part",
                        "Panel met twice in 2024 and has not met since."],
                       ["6", "Council-owned move-on flats", "Not accepted", "No further action."],
                   ]}),
        ("ph", 12, f"<<{plum}|4. What we found>>"),
        ("ph", 11, f"<<{plum}|Having somewhere ready to move to>>"),
        ("pn", "4.1\tOn 31 March 2026 the Council’s care leavers were living in the accommodation shown "
               "below. Twenty-nine were in bed and breakfast, hostels or sofa-surfing, and eleven were in "
               "custody."),
        ("table", {"cols": [9.0, 3.0, 3.0], "font": 9, "header_fill": "E7DDEC",
                   "header": ["Accommodation (care leavers aged 18–21)", "Number", "%"],
                   "rows": [
                       ["With former foster carers (Staying Put)", "31", "11%"],
                       ["Supported lodgings or supported accommodation", "74", "26%"],
                       ["Own social or private tenancy", "103", "36%"],
                       ["With parents or relatives", "36", "13%"],
                       ["Bed and breakfast, hostel or no fixed address", "29", "10%"],
                       ["Custody", "11", "4%"],
                       [{"text": "Total", "bold": True}, {"text": "284", "bold": True},
                        {"text": "100%", "bold": True}],
                   ]}),
        ("pn", "4.2\tThere are 41 supported lodgings places, all full, and a waiting list of 17. Hosts told us "
               "the weekly allowance of £165 has not risen since 2022 and that three hosts gave up last year. "
               "Two district councils give care leavers their highest priority band; three do not, and two "
               "apply local connection rules to young people placed in their area from elsewhere in the county."),
        ("pn", "4.3\tOnly 58% of care leavers turning eighteen in 2025/26 had a written housing plan six months "
               "before their birthday. Care leavers told us that planning started too late and that "
               "decisions were made for them."),
        rec_box("1"),
        rec_box("2"),
        rec_box("3"),
        ("ph", 11, f"<<{plum}|Money and bills>>"),
        ("pn", "4.4\tTwo of the five districts already exempt care leavers from council tax up to the age of "
               "25, with the County Council paying the cost. Care leavers in the other three districts may "
               "pay up to £1,460 a year. Officers estimate the cost of extending the exemption to every "
               "district at £96,000 a year."),
        ("pn", "4.5\tThe setting-up home allowance is £2,000 and has not changed since 2019. Care leavers "
               "said it did not buy a bed, a cooker and a washing machine, and several had taken on debt in "
               "their first month."),
        rec_box("4"),
        rec_box("5"),
        ("ph", 11, f"<<{plum}|Support that does not stop at eighteen>>"),
        ("pn", "4.6\tHousing associations told us they would offer more tenancies to care leavers if they knew "
               "that support would continue. A protocol between the County Council, the districts and "
               "housing associations, setting out who does what, was recommended by the Wexcombe Housing "
               "Partnership’s own officers in 2024 but has not been written."),
        rec_box("6"),
        rec_box("7"),
        ("ph", 12, f"<<{plum}|5. What happens next>>"),
        ("pn", "5.1\tIf the Select Committee agrees the report, it will go to Cabinet on 17 November 2026. "
               "Recommendation 6 will also be sent to the Chair of the Wexcombe Housing Partnership."),
        ("pn", "5.2\tOfficers estimate the cost of recommendations 1, 4 and 5 together at about £310,000 a "
               "year. The Cabinet will need to consider this in setting the 2027/28 budget."),
        ("p", "Background papers: Children and Families Select Committee, 22 January 2026 – scope of the task "
              "and finish group; notes of the group’s meetings."),
    ]
    recommendations = [recommendation("1.1", cover, verb="AGREES", addressee="Select Committee")]
    recommendations += [recommendation(r[0], r[2], verb=r[3], addressee=r[4], theme=r[1], owners=r[6])
                        for r in recs]
    return {
        "name": "wexcombe-care-leavers-housing-task-and-finish-group-final-report",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-09-28", "doc_title": title, "author": "Senior Scrutiny Officer",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 16,
                 "title_color": plum, "box_width": 16.5,
                 "m_header": ("Wexcombe County Council – Children and Families Select Committee",
                              "8 October 2026 – Item 7"),
                 "m_footer": ("Care Leavers’ Housing Task and Finish Group – final report",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a county select committee task and finish group's final report on housing for care "
                           "leavers: a covering \"1.1 That the Select Committee agrees …\", findings under three "
                           "themes and seven boxed recommendations with a \"To:\" line, the last the committee's "
                           "own",
                     kind="scrutiny-report", title=title, authority=WEXCOMBE, date="2026-10-08",
                     meeting="Children and Families Select Committee", recommendations=recommendations),
        "layout": "PDF (python-docx → LibreOffice), portrait (Letter), Liberation Sans 10 pt, an italic running "
                  "header (council and committee | \"8 October 2026 – Item 7\") and footer (report | \"Page X of "
                  "Y\"), rows that may not split. A plum bold capitals council line, a bold committee line, the "
                  "plum title and a subtitle line; a front table with horizontal rules only (Date of meeting / "
                  "Agenda item / Report of / Group members / Scrutiny officer / Divisions affected); plum bold "
                  "headings that are not styles; typed hanging 1.1–5.2 paragraphs, \"1.1 That the Select "
                  "Committee agrees … and refers recommendations 1 to 6 to Cabinet …\"; an evidence table Date | "
                  "Who we heard from and an accommodation figures table with a bold total row (not items); a "
                  "table of the 2023 review's recommendations by short title with Cabinet's response (Accepted / "
                  "Accepted in part / Not accepted) and where each stands (an earlier response, not items); "
                  "\"… was recommended by the Wexcombe Housing Partnership’s own officers in 2024\" (reported, "
                  "not an item); seven one-cell bordered boxes, each a plum bold \"Recommendation n\" line, the "
                  "recommendation and a bold \"To:\" line (Cabinet; the Cabinet Member; the Director; \"A and "
                  "the B\"; the Housing Partnership; the Select Committee itself): two imperatives "
                  "(FUND, MAKE: \"Make sure …\"), three \"X should …\" sentences, one passive, one \"That the Select "
                  "Committee reviews …\".",
    }


# ---------------------------------------------------------------------------
# AU2. Report to Wexcombe's Cabinet with its response to the Adult Social Care and Health Scrutiny
#      Committee's review of support for unpaid carers (HTML → Chromium, A4, CSS page-margin boxes). A
#      details table with a key decision reference, "2.1 Cabinet is asked to:" over an HTML (a)–(c) list,
#      a figures table (not items), and Appendix A, a response table No. | Scrutiny recommendation |
#      Decision | Cabinet response | Lead | By, the decision column before the response.
# ---------------------------------------------------------------------------


def wexcombe_carers_response():
    title = "Support for Unpaid Carers: Cabinet’s Response to the Scrutiny Review"
    teal = "1D5C63"
    cover = [
        ("a", "approve the response to the seven recommendations of the Adult Social Care and Health Scrutiny "
              "Committee’s review of support for unpaid carers, set out in Appendix A;", "APPROVE"),
        ("b", "agree that the carers’ breaks budget is increased by £150,000 a year from 2027/28, subject to "
              "the County Council setting the budget in February 2027; and", "AGREE"),
        ("c", "ask the Director of Adult Social Services to report progress on the accepted recommendations to "
              "the Adult Social Care and Health Scrutiny Committee in June 2027.", "ASK"),
    ]
    hoc = "Head of Commissioning (Adults)"
    # (no., text, verb, addressee, decision word, response, lead cell, owners, by cell, due, status)
    recs = [
        ("1", "Carry out a carer’s assessment within 28 days of a carer asking for one, and publish the average "
              "waiting time every quarter.", "CARRY", None, "Accepted",
         "The average wait was 61 days in 2025/26. Two assessment posts moved from the hospital team in "
         "October 2026, and carers can now complete a self-assessment online. The waiting time will be "
         "published with the quarterly performance report from April 2027.",
         "Head of Adult Social Care Operations", ["Head of Adult Social Care Operations"], "April 2027",
         "2027-04", None),
        ("2", "The Council should double the number of carers’ breaks funded through the Wexcombe Carers "
              "Centre by 2028.", "DOUBLE", "Council", "Partly accepted",
         "Doubling the number of breaks would cost about £380,000 a year. Cabinet proposes an increase of "
         "£150,000 a year from 2027/28 (recommendation (b) of this report), which will fund about 40% more "
         "breaks, and will review the budget again for 2028/29.",
         f"{hoc} /\nWexcombe Carers Centre", [hoc, "Wexcombe Carers Centre"], "2027/28", "2028-03", None),
        ("3", "GP practices should keep a register of carers and offer every carer on it an annual health "
              "check.", "KEEP", "GP practices", "Accepted",
         "This is for the NHS, but Cabinet supports it. NHS Wexcombe Integrated Care Board has agreed to "
         "include carers’ registers in its primary care quality scheme, and the Council’s public health team "
         "will fund the health check for carers aged 40 to 74.",
         "Director of Public Health, with NHS Wexcombe Integrated Care Board",
         ["Director of Public Health", "NHS Wexcombe Integrated Care Board"], "Q4 2026/27", "2027-03", None),
        ("4", "Young carers should be identified in every school through a named lead and a young carers’ "
              "card.", None, None, "Accepted",
         "Every maintained school named a young carers’ lead in September 2026, and the card was launched at "
         "the same time. Academy trusts have been asked to do the same; 31 of 38 have.",
         "Head of Inclusion (Education)", ["Head of Inclusion (Education)"], "Complete", None, "completed"),
        ("5", "Pay every carer who receives Carer’s Allowance a one-off hardship grant of £250 each winter.",
         "PAY", None, "Not accepted",
         "There are about 9,800 carers in Wexcombe receiving Carer’s Allowance, so the grant would cost more "
         "than £2.4 million a year. Carers in hardship can apply to the Wexcombe Local Welfare Scheme, and the "
         "Carers Centre will help them to do so.", "N/A", [], "N/A", None, None),
        ("6", "Produce a single carers’ information pack, online and in print, with the Wexcombe Carers Centre "
              "and the Integrated Care Board.", "PRODUCE", None, "Accepted",
         "A draft has been tested with the Wexcombe Carers’ Forum and will be printed in the new year.",
         "Head of Customer Services /\nWexcombe Carers Centre", ["Head of Customer Services",
                                                                 "Wexcombe Carers Centre"],
         "31 March 2027", "2027-03-31", None),
        ("7", "The Cabinet Member for Adult Social Care and Health should meet the Wexcombe Carers’ Forum twice a "
              "year and report what has changed as a result.", "MEET",
         "Cabinet Member for Adult Social Care and Health", "Accepted",
         "The Cabinet Member will attend the Forum’s January and July meetings and publish a short note after "
         "each.", "Cabinet Member for Adult Social Care and Health",
         ["Cabinet Member for Adult Social Care and Health"], "Twice yearly from January 2027", "2027-01", None),
    ]
    decisions = {"Accepted": "accepted", "Partly accepted": "partially-accepted", "Not accepted": "rejected"}
    fills = {"Accepted": "DCEFE2", "Partly accepted": "FCEBCF", "Not accepted": "F6D6D6"}
    rows = [[{"text": r[0], "bold": True}, r[1], {"text": r[4], "bold": True, "fill": fills[r[4]]}, r[5],
             r[6], r[8]] for r in recs]
    blocks = [
        ("p", f"<<{teal}|**WEXCOMBE COUNTY COUNCIL**>>"),
        ("table", {"cols": [4.0, 13.0], "borders": False, "rows": [
            [{"text": "Meeting", "bold": True}, "Cabinet"],
            [{"text": "Date", "bold": True}, "Tuesday 17 November 2026"],
            [{"text": "Cabinet Member", "bold": True}, "Cabinet Member for Adult Social Care and Health"],
            [{"text": "Report of", "bold": True}, "Director of Adult Social Services"],
            [{"text": "Key decision", "bold": True}, "Yes – Forward Plan reference KD/26/044"],
            [{"text": "Divisions", "bold": True}, "All"],
            [{"text": "Contact", "bold": True}, "Carers Strategy Lead – carers.strategy@wexcombe.example – "
                                                  "01632 960 442"],
        ]}),
        ("title", title),
        ("h", 2, "1. Summary"),
        ("p", "1.1 The Adult Social Care and Health Scrutiny Committee agreed the report of its task and finish "
              "group on support for unpaid carers on 22 September 2026. The report made seven recommendations, "
              "six to Cabinet and one to the NHS with Cabinet’s support. This report proposes Cabinet’s "
              "response to each, set out in full in Appendix A."),
        ("p", "1.2 Cabinet accepts five of the recommendations, accepts one in part and does not accept one."),
        ("h", 2, "2. Recommendations"),
        ("p", "2.1 Cabinet is asked to:"),
        ("list", "(a)", 1, [r[1] for r in cover]),
        ("h", 2, "3. Reasons for the recommendations"),
        ("p", "3.1 The Council has a duty under the Care Act 2014 to assess and support carers. The 2021 Census "
              "counted 61,300 unpaid carers in Wexcombe, of whom 19,400 care for 50 hours or more a week. Fewer "
              "than one in ten is known to the Council."),
        ("table", {"cols": [7.0, 2.5, 2.5, 2.5], "font": 9, "header_fill": "D4E6E8",
                   "header": ["Carers known to the Council", "2023/24", "2024/25", "2025/26"],
                   "rows": [
                       ["Carer’s assessments completed", "2,140", "2,310", "2,205"],
                       ["Average wait for an assessment (days)", "44", "52", "61"],
                       ["Carers’ breaks funded", "1,020", "960", "915"],
                       ["Young carers supported", "388", "412", "471"],
                   ]}),
        ("p", "3.2 The review heard from 140 carers through a survey and four listening events. Its central "
              "finding was that carers wait too long for help and that breaks have fallen as costs have risen. "
              "The responses in Appendix A were drafted by officers with the Wexcombe Carers Centre and were "
              "discussed with the Chair of the task and finish group on 3 November 2026."),
        ("h", 2, "4. Financial implications"),
        ("p", "4.1 The increase in the carers’ breaks budget (£150,000 a year) will be included in the draft "
              "2027/28 budget. The other accepted recommendations are met from existing budgets or, for "
              "recommendation 3, from the public health grant."),
        ("h", 2, "5. Legal implications"),
        ("p", "5.1 The proposals are consistent with the Care Act 2014 and the Children and Families Act 2014. "
              "Cabinet cannot direct GP practices or academy trusts; the responses to recommendations 3 and 4 "
              "say how the Council will work with them."),
        ("h", 2, "6. Background papers"),
        ("p", "Adult Social Care and Health Scrutiny Committee, 22 September 2026: Support for Unpaid Carers – "
              "Final Report of the Task and Finish Group."),
        ("break",),
        ("h", 2, "Appendix A – Response to the Scrutiny Committee’s recommendations"),
        ("table", {"cols": [0.8, 4.4, 1.9, 5.6, 2.6, 1.9], "font": 8.5, "header_fill": "D4E6E8",
                   "header": ["No.", "Scrutiny recommendation", "Decision", "Cabinet response", "Lead", "By"],
                   "rows": rows}),
        ("p", "Decision: Accepted / Partly accepted / Not accepted. Progress on the accepted recommendations will "
              "be reported to the Adult Social Care and Health Scrutiny Committee."),
    ]
    css = ("@page { margin: 20mm 16mm 18mm 16mm; "
           "@top-right { content: \"Cabinet – 17 November 2026 – Item 11\"; font-family: "
           "'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } "
           "@bottom-left { content: \"Wexcombe County Council\"; font-family: 'Liberation Sans', sans-serif; "
           "font-size: 8pt; color: #555555; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 17pt; margin: 10pt 0 8pt 0; }\n"
           "h2 { color: #1D5C63; font-size: 12pt; page-break-after: avoid; }\n")
    recommendations = [recommendation(n, t, verb=v, addressee="Cabinet") for n, t, v in cover]
    recommendations += [recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[7], due=r[9],
                                       timeframe=None if r[8] in ("N/A", "Complete") else r[8], status=r[10],
                                       response=r[5], decision=decisions[r[4]]) for r in recs]
    return {
        "name": "wexcombe-cabinet-response-unpaid-carers-scrutiny-review",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "css_font": "'Liberation Sans', sans-serif",
                 "size": 10, "title_color": teal},
        "blocks": blocks,
        "gold": dict(genre="report to a county Cabinet with its response to a scrutiny review of support for "
                           "unpaid carers: a covering (a)–(c) list and an appendix response table whose decision "
                           "column comes before the response",
                     kind="executive-response", title=title, authority=WEXCOMBE, date="2026-11-17",
                     meeting="Cabinet", decision_number="KD/26/044", recommendations=recommendations),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (\"Cabinet – "
                  "17 November 2026 – Item 11\" top right; council bottom left, \"Page n of m\" bottom right). A "
                  "teal bold capitals council line, a borderless details table (Meeting / Date / Cabinet Member / "
                  "Report of / Key decision \"Yes – Forward Plan reference KD/26/044\" / Divisions / Contact), the "
                  "title; teal h2 sections with typed 1.1–5.1 paragraphs; \"2.1 Cabinet is asked to:\" over an "
                  "HTML (a)–(c) list with lower-case verbs (approve …; / agree …; and / ask …); a figures table "
                  "(not items). After a page break, Appendix A: an 8.5 pt table No. | Scrutiny recommendation | "
                  "Decision | Cabinet response | Lead | By with a teal-grey header; the decision words in bold in "
                  "shaded cells (Accepted green, Partly accepted amber, Not accepted red); three imperatives, "
                  "three \"X should …\" sentences (the Council, GP practices, the Cabinet Member) and one "
                  "passive; leads split by \"/\" plus line break and \", with\", one \"N/A\"; by \"April 2027\", "
                  "\"2027/28\", \"Q4 2026/27\", \"Complete\", \"N/A\", \"31 March 2027\", \"Twice yearly from "
                  "January 2027\"; a key line under the table.",
    }


# ---------------------------------------------------------------------------
# AU3. Letter from the Leader of Halsworth Borough Council to the Chair of the Communities Scrutiny Panel
#      with the Executive's response to the Panel's review of public toilets (python-docx, NinthMWriter).
#      A right-aligned letterhead, the addressee and reference lines, the subject in bold; each
#      recommendation as a bold "Recommendation n" line over the recommendation quoted in full in a shaded
#      one-cell panel, then the response in prose (decision sentence first) and a closing line with bold
#      "Lead officer:" and "Timescale:" labels.
# ---------------------------------------------------------------------------


def halsworth_toilets_letter():
    title = "Response to the Communities Scrutiny Panel’s review of public toilets in Halsworth town centre"
    green = "2E5E3A"
    hpa = "Head of Property and Assets"
    # (no., text, verb, addressee, [response paragraphs], decision, lead words, owners, timescale, due, status)
    recs = [
        ("1", "Keep the public toilets at Bridge Street, the Bus Station and Victoria Park open until at least "
              "2030, and do not add any of them to the list of assets for disposal.", "KEEP", None,
         ["Recommendation 1 is accepted. The three sites are used by about 410,000 people a year and the "
          "Executive agrees that they are an essential service for a market town. None of them will be added "
          "to the disposals list, and the property review due in 2027 will treat them as operational "
          "buildings."], "accepted", hpa, [hpa], "Ongoing", None, None),
        ("2", "That the Executive funds a Changing Places toilet in the Riverside Centre, using the Government "
              "grant offered in 2024 and match funding from the capital programme.", "FUNDS", "Executive",
         ["I am pleased to accept recommendation 2. The Executive agreed on 6 May to add £64,000 to the "
          "capital programme alongside the £40,000 grant. Building work is planned for the autumn, when the "
          "Riverside Centre’s ground floor is refurbished."], "accepted",
         f"{hpa}; Riverside Centre Manager", [hpa, "Riverside Centre Manager"], "March 2027", "2027-03", None),
        ("3", "Extend the Community Toilet Scheme to at least 20 businesses, paying each £600 a year, with clear "
              "window stickers and an online map.", "EXTEND", None,
         ["Recommendation 3 is accepted in part.",
          "We will extend the Community Toilet Scheme and aim for 20 businesses, but we cannot afford £600 a "
          "year for each. We will offer £350 a year, which the businesses already in the scheme have told us "
          "is enough, together with the stickers and an online map."], "partially-accepted",
         "Town Centre Manager", ["Town Centre Manager"], "Q2 2026/27", "2026-09", None),
        ("4", "Introduce a 20p charge at all three sites to pay for longer opening hours.", "INTRODUCE", None,
         ["The Executive does not accept recommendation 4. The income would be small once the cost of payment "
          "machines and their upkeep is taken into account, and we do not want to put a charge in the way of "
          "the people who most need the facilities."], "rejected", "N/A", [], "N/A", None, None),
        ("5", "The Council should publish the opening hours and cleaning times of each site, on site and on its "
              "website, and report closures within one working day.", "PUBLISH", "Council",
         ["Recommendation 5 is accepted. Opening hours and cleaning times have been on signs at each site and "
          "on the Council’s website since April 2026, and closures are now posted on the website and on social "
          "media the same day."], "accepted", "Streetscene Manager", ["Streetscene Manager"], "Complete", None,
         "completed"),
        ("6", "That the Panel receives a report on the use of the three sites, and the complaints received about "
              "them, after twelve months.", "RECEIVES", "Panel",
         ["Recommendation 6 is accepted. Officers will report to the Panel with twelve months’ figures from the "
          "people counters fitted in March, and with the complaints received."], "accepted", hpa, [hpa],
         "Panel meeting, July 2027", "2027-07", None),
    ]
    blocks = [
        ("pr", f"<<{green}|**HALSWORTH BOROUGH COUNCIL**>>"),
        ("pr", "Office of the Leader of the Council"),
        ("pr", "Town Hall, Market Place, Halsworth HW1 1AA"),
        ("pr", "leader@halsworth.example  |  01632 960 201"),
        ("p", ""),
        ("table", {"cols": [9.0, 7.5], "borders": False, "rows": [
            ["Councillor A.M.\nChair, Communities Scrutiny Panel\nHalsworth Borough Council\nTown Hall\n"
             "Halsworth HW1 1AA",
             "Our ref: LDR/EX/26/031\nYour ref: CSP/REV/25-2\nDate: 14 May 2026\nContact: Executive Support "
             "Officer\nTelephone: 01632 960 204"],
        ]}),
        ("p", "Dear Councillor A.M.,"),
        ("p", f"**{title}**"),
        ("p", "Thank you for the Panel’s report, which you presented to the Executive on 6 May 2026. The "
              "Executive was grateful for the Panel’s work, and especially for the site visits with members of "
              "Halsworth Disability Forum and the survey of 612 residents and visitors."),
        ("p", "The Executive considered each of the Panel’s six recommendations at that meeting. I set out our "
              "response to each below, with the officer who will lead and when we expect the work to be done. "
              "Five are accepted in full or in part and one is not accepted."),
    ]
    for r in recs:
        blocks.append(("ph", 11, f"<<{green}|Recommendation {r[0]}>>"))
        blocks.append(("table", {"cols": [16.5], "borders": False, "rows": [[{"text": r[1], "fill": "EAF1EA"}]]}))
        for para in r[4]:
            blocks.append(("p", para))
        blocks.append(("p", f"**Lead officer:** {r[6]}     **Timescale:** {r[8]}"))
    blocks += [
        ("p", "The Head of Property and Assets will report progress on the accepted recommendations to the "
              "Panel in January 2027 as part of the Panel’s usual six-monthly review of scrutiny "
              "recommendations. I would be happy to attend that meeting."),
        ("p", "Thank you again to you and the Panel’s members for a thorough and practical review."),
        ("p", "Yours sincerely,"),
        ("p", "(signed)"),
        ("p", "**Councillor D.K.**\nLeader of the Council"),
        ("p", "cc: Chair of the Overview and Scrutiny Committee; Head of Property and Assets; Democratic Services "
              "Manager"),
    ]
    recommendations = [recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[7], due=r[9],
                                      timeframe=None if r[8] in ("N/A", "Complete") else r[8], status=r[10],
                                      response=" ".join(r[4]), decision=r[5]) for r in recs]
    return {
        "name": "halsworth-leader-letter-response-public-toilets-review",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-05-14", "doc_title": title, "author": "Executive Support Officer",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Serif", "size": 11,
                 "m_footer": ("Halsworth Borough Council – Leader’s Office – LDR/EX/26/031",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a letter from a borough Leader to a scrutiny panel's chair answering each of the "
                           "panel's recommendations in prose, each quoted in full in a shaded panel, with lead "
                           "officer and timescale lines",
                     kind="executive-response", title=title, authority=HALSWORTH, date="2026-05-14",
                     meeting=None, recommendations=recommendations),
        "layout": "DOCX (python-docx), Liberation Serif 11 pt, an italic footer (office and reference | \"Page X "
                  "of Y\"), rows that may not split. A right-aligned letterhead (green bold capitals council line, "
                  "office, address, e-mail and telephone); a borderless two-column table, addressee on the left "
                  "and Our ref / Your ref / Date / Contact / Telephone on the right (lines as paragraphs); \"Dear "
                  "Councillor A.M.,\"; the subject in bold; two opening paragraphs; for each of six "
                  "recommendations a green bold \"Recommendation n\" line (not a style), the recommendation "
                  "quoted in full in a borderless pale green one-cell table, the response in prose opening with "
                  "its decision (\"Recommendation 1 is accepted.\", \"I am pleased to accept recommendation 2.\", "
                  "\"Recommendation 3 is accepted in part.\" then a second paragraph, \"The Executive does not "
                  "accept recommendation 4.\") and a line with bold \"Lead officer:\" and \"Timescale:\" labels "
                  "(leads split by \";\", \"N/A\"; timescales \"Ongoing\", \"March 2027\", \"Q2 2026/27\", "
                  "\"N/A\", \"Complete\", \"Panel meeting, July 2027\"); four imperatives, \"That the Executive "
                  "funds …\", \"The Council should publish …\" and \"That the Panel receives …\"; a closing "
                  "paragraph, signature and a cc line.",
    }


# ---------------------------------------------------------------------------
# AU4. Halsworth and Vale Hospitals NHS Foundation Trust's report to Halsworth Borough Council's Overview
#      and Scrutiny Committee answering the Committee's recommendations on getting to Halsworth General
#      Hospital (Markdown → pandoc DOCX → LibreOffice). A line block of details, "2.1 The Committee is asked
#      to note …", a parking figures pipe table (not items), and after a page break Appendix A: per
#      recommendation a bold "Recommendation n" line over a headerless grid table Recommendation / Response /
#      Lead / By when, each response opening with a bold "Supported." / "Supported in part." / "Not
#      supported.".
# ---------------------------------------------------------------------------


def halsworth_trust_transport_response():
    title = "Getting to Halsworth General Hospital: The Trust’s Response to the Committee’s Recommendations"
    cover = ("The Committee is asked to note the Trust’s response to its five recommendations on hospital "
             "transport and parking, and to agree to receive a progress update in January 2027.")
    # (no., text, verb, addressee, decision word, rest of response, decision, lead cell, owners, by, due, status)
    recs = [
        ("1", "The Trust should offer free parking to patients attending for regular treatment such as "
              "dialysis, chemotherapy and radiotherapy, and to parents of babies in neonatal care.", "OFFER",
         "Trust", "Supported.",
         "Free parking for these patients and parents began on 1 June 2026. Eligible patients are given a "
         "permit at their first appointment.", "accepted", "Director of Estates and Facilities",
         ["Director of Estates and Facilities"], "Complete", None, "completed"),
        ("2", "The Trust should print, with every outpatient appointment letter, the bus routes, times and fares "
              "from Halsworth town centre and the main villages.", "PRINT", "Trust", "Supported.",
         "A travel insert is being designed with the bus operator and will go out with letters once the new "
         "letter system is live.", "accepted", "Head of Outpatients / Communications Manager",
         ["Head of Outpatients", "Communications Manager"], "September 2026", "2026-09", None),
        ("3", "Work with Halsworth Borough Council and the bus operator to restore the half-hourly 14 bus "
              "between the town centre and the hospital.", "WORK", None, "Supported in part.",
         "The Trust cannot fund a bus service, but it will contribute £20,000 a year for two years towards an "
         "extra evening journey and will share staff shift patterns with the operator.", "partially-accepted",
         "Director of Strategy, with Halsworth Borough Council",
         ["Director of Strategy", "Halsworth Borough Council"], "Q3 2026/27", "2026-12", None),
        ("4", "The non-emergency patient transport eligibility criteria should be published in plain English and "
              "applied in the same way by every department.", None, None, "Supported.",
         "A plain English leaflet has been drafted with Healthwatch Halsworth, and all booking staff will be "
         "trained on the criteria.", "accepted", "Patient Transport Services Manager",
         ["Patient Transport Services Manager"], "31 October 2026", "2026-10-31", None),
        ("5", "Build a multi-storey car park on the staff car park site before the new cancer centre opens.",
         "BUILD", None, "Not supported.",
         "The Trust’s capital plan has no funding for a car park, which would cost about £14 million, and the "
         "site is earmarked for the cancer centre’s second phase. The Trust will instead expand park and ride "
         "from the Northgate site.", "rejected", "N/A", [], "N/A", None, None),
    ]
    details = "\n".join([
        "| **Report to:** Overview and Scrutiny Committee",
        "| **Date:** 9 July 2026",
        "| **Agenda item:** 6",
        "| **Report of:** Chief Operating Officer, Halsworth and Vale Hospitals NHS Foundation Trust",
        "| **Contact:** Trust Board Secretary (board.secretary@halsworthvale-nhs.example, 01632 960 377)",
    ])
    parking = "\n".join([
        "| Halsworth General Hospital | 2023/24 | 2024/25 | 2025/26 |",
        "|:-----------------------------------|--------:|--------:|--------:|",
        "| Patient and visitor spaces | 612 | 612 | 598 |",
        "| Complaints about parking | 141 | 187 | 226 |",
        "| Outpatient appointments missed (%) | 7.9 | 8.4 | 8.8 |",
        "| Patient transport journeys | 38,400 | 41,100 | 43,650 |",
    ])
    tables = []
    for r in recs:
        tables.append(f"**Recommendation {r[0]}**")
        tables.append(grid_table([28, 72], None, [
            ["**Recommendation**", r[1]],
            ["**Response**", f"**{r[4]}** {r[5]}"],
            ["**Lead**", r[7]],
            ["**By when**", r[9]],
        ]))
    md = [
        "**HALSWORTH BOROUGH COUNCIL – OVERVIEW AND SCRUTINY COMMITTEE**",
        f"# {title}",
        details,
        "## 1. Purpose",
        "1.1 In March 2026 the Committee agreed five recommendations to Halsworth and Vale Hospitals NHS "
        "Foundation Trust after its review of how patients, visitors and staff get to Halsworth General "
        "Hospital. This report sets out the Trust’s response, which the Trust Board agreed on 25 June 2026.",
        "## 2. Recommendation",
        f"2.1 {cover}",
        "## 3. Background",
        "3.1 The hospital lost 14 parking spaces in 2025 when building work on the cancer centre began, while "
        "complaints about parking have risen by 60% in two years. The Committee heard from patients who had "
        "missed appointments after failing to find a space, and from staff who start work before the first "
        "bus arrives.",
        "*Table 1: Parking, complaints and missed appointments*",
        parking,
        "3.2 Healthwatch Halsworth’s 2025 report on outpatient services recommended that the Trust send travel "
        "information with appointment letters; the Committee took up that point in its recommendation 2.",
        "## 4. The Trust’s response",
        "4.1 The Trust supports three recommendations, supports one in part and does not support one. The "
        "response to each is set out in Appendix A, which repeats each recommendation as the Committee agreed "
        "it.",
        "## 5. Next steps",
        "5.1 The Trust will report progress to the Committee in January 2027, with the parking and missed "
        "appointment figures for the first half of 2026/27.",
        "## 6. Background papers",
        "6.1 Overview and Scrutiny Committee, 12 March 2026: Review of Hospital Transport and Parking – Final "
        "Report. Trust Board, 25 June 2026: Response to Halsworth Overview and Scrutiny Committee.",
        "```{=openxml}\n<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n```",
        "## Appendix A – The Trust’s response to each recommendation",
        *tables,
        "*Lead and By when are the Trust’s. N/A: no action is planned.*",
    ]
    recommendations = [recommendation("2.1", cover, verb="NOTE", addressee="Committee")]
    recommendations += [recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[8], due=r[10],
                                       timeframe=None if r[9] in ("N/A", "Complete") else r[9], status=r[11],
                                       response=f"{r[4]} {r[5]}", decision=r[6]) for r in recs]
    return {
        "name": "halsworth-hospitals-trust-response-hospital-transport-and-parking",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-06-29"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="an NHS foundation trust's report to a borough overview and scrutiny committee "
                           "answering the committee's five recommendations on hospital transport and parking: a "
                           "covering \"The Committee is asked to note …\" and a response table with "
                           "Supported / Supported in part / Not supported",
                     kind="executive-response", title=title, authority=HALSWORTH, date="2026-07-09",
                     meeting="Overview and Scrutiny Committee", recommendations=recommendations),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header or page "
                  "numbers. A bold capitals council and committee line, the H1 title, a line block with bold "
                  "labels (Report to / Date / Agenda item / Report of the Trust's Chief Operating Officer / "
                  "Contact); Heading 2 sections with typed 1.1–6.1 paragraphs; \"2.1 The Committee is asked to "
                  "note … and to agree …\"; a figures pipe table with an italic caption (not items); \"Healthwatch "
                  "Halsworth’s 2025 report … recommended that the Trust send travel information …\" (reported, not "
                  "an item); after a page break, Appendix A: for each of the five recommendations a bold "
                  "\"Recommendation n\" paragraph over a headerless two-column grid table with bold labels "
                  "(Recommendation / Response / Lead / By when), each response opening with a bold "
                  "\"Supported.\", \"Supported in part.\" or \"Not supported.\"; an italic note under them; two "
                  "\"The Trust should …\" sentences, two imperatives and one passive; leads split by \" / \" and "
                  "\", with\", one \"N/A\"; by when \"Complete\", \"September 2026\", \"Q3 2026/27\", \"31 "
                  "October 2026\", \"N/A\"; 4 pages.",
    }


# ---------------------------------------------------------------------------
# AU5. Report to Wexcombe's Adult Social Care and Health Scrutiny Committee on the implementation of its
#      loneliness and social isolation task and finish group's recommendations, twelve months on (Markdown
#      (python-docx, NinthMWriter, landscape). A details table, "That the Committee:" over a Word-lettered
#      (a)–(c) list, a status key, a summary counts table (not items), and Appendix 1, a table No. |
#      Recommendation | Cabinet response | Lead officer | Target date | Progress at 31 January 2027 | Status.
# ---------------------------------------------------------------------------


def wexcombe_loneliness_monitoring():
    title = "Loneliness and Social Isolation Review: Implementation of Recommendations – Twelve-Month Update"
    cover = [
        ("a", "notes the progress made on the seven recommendations of the Loneliness and Social Isolation Task "
              "and Finish Group, set out in Appendix 1;", "NOTES"),
        ("b", "agrees that recommendations 1, 2 and 6 are closed as implemented and recommendation 5 is closed as "
              "superseded; and", "AGREES"),
        ("c", "asks for a final update on recommendations 3, 4 and 7 at its meeting in March 2028.", "ASKS"),
    ]
    hpw = "Head of Prevention and Wellbeing"
    statuses = {"Implemented": "completed", "In progress": "ongoing", "Not started": "not-started",
                "Superseded": "superseded"}
    decisions = {"Accepted": "accepted", "Partly accepted": "partially-accepted", "Not accepted": "rejected"}
    # (no., text, verb, addressee, response word, lead cell, owners, target cell, due, progress, status word)
    recs = [
        ("1", "Appoint a loneliness lead in adult social care to join up the Council’s work with the NHS and the "
              "voluntary sector.", "APPOINT", None, "Accepted", hpw, [hpw], "June 2026", "2026-06",
         "A Loneliness and Connections Lead was appointed in May 2026 and chairs a monthly partners’ group.",
         "Implemented"),
        ("2", "Map every lunch club, befriending scheme and community group for older people and publish the "
              "map on the Wexcombe Directory.", "MAP", None, "Accepted", f"{hpw} / Wexcombe Community Action",
         [hpw, "Wexcombe Community Action"], "September 2026", "2026-09",
         "The map went live in August 2026 with 486 groups and is updated monthly by Wexcombe Community "
         "Action.", "Implemented"),
        ("3", "The Council should fund a three-year social prescribing pilot in the three rural districts, jointly "
              "with NHS Wexcombe Integrated Care Board.", "FUND", "Council", "Partly accepted",
         "Director of Public Health; NHS Wexcombe ICB", ["Director of Public Health", "NHS Wexcombe ICB"],
         "Q2 2027/28", "2027-09",
         "Funded in two of the three districts from January 2027; the ICB is considering the third as part of "
         "its 2027/28 plan.", "In progress"),
        ("4", "Include a question about loneliness in every adult social care assessment and review.", "INCLUDE",
         None, "Accepted", "Principal Social Worker", ["Principal Social Worker"],
         "Revised: October 2027 (was April 2026)", "2027-10",
         "The question is in the assessment form. The review form will change when the case management system "
         "is replaced in 2027.", "In progress"),
        ("5", "Run a Wexcombe-wide campaign each winter encouraging residents to check on older neighbours.",
         "RUN", None, "Accepted", "Press and Marketing Manager", ["Press and Marketing Manager"], "December 2026",
         "2026-12",
         "Replaced by NHS Wexcombe ICB’s winter Check In campaign, which the Council co-funds and which ran "
         "from November 2026.", "Superseded"),
        ("6", "Offer free digital skills sessions in every library, aimed at people aged over 65.", "OFFER", None,
         "Accepted", "Libraries Service Manager", ["Libraries Service Manager"], "From April 2026", "2026-04",
         "Weekly sessions in all 14 libraries since April 2026; 1,180 people attended in 2026.", "Implemented"),
        ("7", "That the Cabinet Member for Adult Social Care and Health writes to bus operators asking them to keep "
              "Sunday services on routes that link villages to market towns.", "WRITES",
         "Cabinet Member for Adult Social Care and Health", "Not accepted", "–", [], "N/A", None,
         "Cabinet did not accept this recommendation because Sunday services are reviewed by the Passenger "
         "Transport Team each year. The Committee may wish to raise it with the Cabinet Member for "
         "Transport.", "Not started"),
    ]
    rust = "8A3B12"
    head = "F3E0D4"
    fills = {"Implemented": "D9EAD3", "In progress": "FFF2CC", "Not started": "F4CCCC", "Superseded": "D9D9D9"}
    rows = [[{"text": r[0], "bold": True}, r[1], r[4], r[5], r[7], r[9],
             {"text": r[10], "bold": True, "fill": fills[r[10]]}] for r in recs]
    blocks = [
        ("p", f"<<{rust}|**WEXCOMBE COUNTY COUNCIL**>>"),
        ("table", {"cols": [4.5, 19.0], "font": 9.5, "rows": [
            [label("Report to", head), "Adult Social Care and Health Scrutiny Committee"],
            [label("Date of meeting", head), "3 March 2027"],
            [label("Agenda item", head), "9"],
            [label("Report of", head), "Director of Adult Social Services"],
            [label("Contact", head), "Senior Scrutiny Officer – scrutiny@wexcombe.example – 01632 960 318"],
        ]}),
        ("title", title),
        ("ph", 12, f"<<{rust}|1. Purpose of the report>>"),
        ("pn", "1.1\tThe Adult Social Care and Health Scrutiny Committee agreed the final report of its Loneliness "
               "and Social Isolation Task and Finish Group in January 2026. Cabinet responded on 17 March 2026, "
               "accepting five recommendations, accepting one in part and not accepting one. The Committee asked "
               "for an update after twelve months. This report gives that update."),
        ("ph", 12, f"<<{rust}|2. Recommendations>>"),
        ("p", "That the Committee:"),
        ("list", "(a)", 1, [t for _, t, _ in cover]),
        ("ph", 12, f"<<{rust}|3. How progress is assessed>>"),
        ("pn", "3.1\tEach lead officer has given an update and a status, which the Senior Scrutiny Officer has "
               "checked with the lead officer and the Chair of the former task and finish group. The statuses "
               "are:"),
        ("list", "bullet", 1, [
            "**Implemented** – the recommendation has been carried out in full;",
            "**In progress** – work has started but is not finished;",
            "**Not started** – work on the recommendation has not begun;",
            "**Superseded** – the recommendation has been overtaken by other work.",
        ]),
        ("pn", "3.2\tRecommendations that are implemented or superseded are proposed for closure. Those that "
               "remain open stay on the Committee’s tracker."),
        ("table", {"cols": [6.0, 3.5], "font": 9.5, "header_fill": head,
                   "header": ["Status at 31 January 2027", "Recommendations"],
                   "rows": [["Implemented", "3"], ["In progress", "2"], ["Not started", "1"],
                            ["Superseded", "1"],
                            [{"text": "Total", "bold": True}, {"text": "7", "bold": True}]]}),
        ("ph", 12, f"<<{rust}|4. Points to note>>"),
        ("pn", "4.1\tThe social prescribing pilot (recommendation 3) has started in Wexcombe Vale and North Downs "
               "districts. Early figures show 212 referrals in its first month, two thirds from GP practices."),
        ("pn", "4.2\tThe target date for recommendation 4 has moved because the change to the review form depends "
               "on the new case management system. The Principal Social Worker expects it to go live in October "
               "2027."),
        ("pn", "4.3\tRecommendation 7 was not accepted by Cabinet. Members may wish to decide whether to keep it "
               "on the tracker or to take up the issue of Sunday bus services in another way."),
        ("ph", 12, f"<<{rust}|5. Implications>>"),
        ("pn", "5.1\tThere are no new financial, legal or equality implications arising from this report."),
        ("break",),
        ("ph", 12, f"<<{rust}|Appendix 1 – Progress on each recommendation>>"),
        ("table", {"cols": [1.0, 5.8, 2.2, 3.6, 2.8, 5.8, 2.6], "font": 8.5, "header_fill": head,
                   "header": ["No.", "Recommendation", "Cabinet response", "Lead officer", "Target date",
                              "Progress at 31 January 2027", "Status"],
                   "rows": rows}),
        ("p", "Background papers: Loneliness and Social Isolation Task and Finish Group – Final Report (January "
              "2026); Cabinet, 17 March 2026 – response to the Task and Finish Group."),
    ]
    recommendations = [recommendation(n, t, verb=v, addressee="Committee") for n, t, v in cover]
    recommendations += [recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[6], due=r[8],
                                       timeframe=None if r[7] in ("N/A",) else r[7], status=statuses[r[10]],
                                       decision=decisions[r[4]], progress=r[9]) for r in recs]
    return {
        "name": "wexcombe-loneliness-review-recommendations-twelve-month-update",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2027-02-19", "doc_title": title, "author": "Senior Scrutiny Officer",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 15, "title_color": rust,
                 "m_header": ("Wexcombe County Council – Adult Social Care and Health Scrutiny Committee",
                              "3 March 2027 – Item 9"),
                 "m_footer": ("Loneliness and Social Isolation Review – twelve-month update",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a county scrutiny committee's twelve-month report on the implementation of a task and "
                           "finish group's recommendations: a covering (a)–(c) list, a status key and a progress "
                           "table with the Cabinet response, lead, target date, progress and status of each",
                     kind="tracker", title=title, authority=WEXCOMBE, date="2027-03-03",
                     meeting="Adult Social Care and Health Scrutiny Committee", recommendations=recommendations),
        "layout": "DOCX (python-docx), landscape (Letter), Liberation Sans 10 pt, an italic running header "
                  "(council and committee | \"3 March 2027 – Item 9\") and footer (report | \"Page X of Y\"), rows "
                  "that may not split. A rust bold capitals council line, a bordered details table with shaded "
                  "labels (Report to / Date of meeting / Agenda item / Report of / Contact), the rust title; rust "
                  "bold headings that are not styles; typed hanging 1.1–5.1 paragraphs; \"2. Recommendations\" "
                  "with \"That the Committee:\" over a Word-lettered (a)–(c) list (lower-case verbs notes / agrees "
                  "/ asks, \";\" and \"; and\"); a status key as bullets with bold words (Implemented / In "
                  "progress / Not started / Superseded); a summary counts table with a bold total (not items); "
                  "points to note. After a page break, Appendix 1: an 8.5 pt table No. | Recommendation | Cabinet "
                  "response | Lead officer | Target date | Progress at 31 January 2027 | Status with a peach "
                  "header; Cabinet responses Accepted / Partly accepted / Not accepted; statuses as bold words in "
                  "shaded cells; five imperatives, one \"The Council should …\", one \"That the Cabinet Member … "
                  "writes …\"; leads split by \" / \" and \"; \", one \"–\"; target dates \"June 2026\", "
                  "\"September 2026\", \"Q2 2027/28\", \"Revised: October 2027 (was April 2026)\", \"December "
                  "2026\", \"From April 2026\", \"N/A\"; a background papers line.",
    }


# ---------------------------------------------------------------------------
# AU6. Halsworth Overview and Scrutiny Committee's call for evidence for its review of safety in parks and
#      open spaces (Markdown → pandoc DOCX). What the review is about, who is on the panel, the questions it
#      wants answered (a pandoc numbered list), how to give evidence, a timetable pipe table and a privacy
#      note. Nothing to find.
# ---------------------------------------------------------------------------


def halsworth_parks_call_for_evidence():
    title = "Feeling Safe in Our Parks: Call for Evidence"
    timetable = "\n".join([
        "| Date | Stage |",
        "|:---------------------|:--------------------------------------------------------|",
        "| 1 September 2026 | Call for evidence opens |",
        "| 22 September 2026 | Panel visits Victoria Park and Riverside Meadows after dark with park wardens and "
        "the neighbourhood policing team |",
        "| 6 October 2026, 6.30 pm | Public session, Council Chamber, Town Hall |",
        "| 16 October 2026 | Call for evidence closes |",
        "| 3 November 2026, 2 pm | Public session, Kingsley Community Centre |",
        "| November 2026 | Panel hears from the Council’s parks service, the police and the Community Safety "
        "Partnership |",
        "| January 2027 | Panel’s report to the Overview and Scrutiny Committee |",
    ])
    md = [
        "**HALSWORTH BOROUGH COUNCIL**",
        "**Overview and Scrutiny Committee – Parks and Open Spaces Safety Review**",
        f"# {title}",
        "*Published 1 September 2026. Closing date for written evidence: Friday 16 October 2026.*",
        "## What is this review about?",
        "Halsworth has 38 parks, play areas and open spaces, from Victoria Park in the town centre to the "
        "Riverside Meadows and the Kingsley Rec. Most people use them without a second thought. But in the "
        "Council’s 2026 residents’ survey, 41% of women and 33% of people over 65 said they avoid at least one "
        "park after dark, and reports of anti-social behaviour in parks rose by 18% last year.",
        "The Overview and Scrutiny Committee has asked a panel of five councillors to find out what makes people "
        "feel unsafe in Halsworth’s parks, what the Council, the police and other organisations are already "
        "doing about it, and what more could be done. The panel wants to hear from as many people as possible "
        "before it forms any view.",
        "## Who is on the panel?",
        "Councillor S.O. (Chair), Councillor F.B., Councillor H.G., Councillor M.L. and Councillor T.W. The "
        "panel is supported by the Council’s Scrutiny Officer.",
        "## What is in scope",
        "- the Council’s parks, play areas, recreation grounds and open spaces, including paths and car parks "
        "within them;\n"
        "- lighting, sight lines, CCTV, park wardens and the way sites are designed and maintained;\n"
        "- how reports of anti-social behaviour, crime and concerns are taken and followed up by the Council and "
        "the police;\n"
        "- the experience of women and girls, older people, disabled people and young people.",
        "Country parks and open spaces owned by Halsworth Town Council or by private landowners are not in scope, "
        "although the panel is happy to hear about them where they help explain the wider picture.",
        "## The questions we would like you to answer",
        "You do not need to answer every question. Tell us about what you know.",
        "1. Which parks or open spaces in Halsworth do you feel unsafe in, and at what times of day or year?\n"
        "2. What is it about those places that makes you feel unsafe?\n"
        "3. Have you changed how or when you use a park because of concerns about safety? If so, how?\n"
        "4. If you have reported a problem in a park to the Council or the police, what happened?\n"
        "5. What works well in parks where you do feel safe?\n"
        "6. What would make the biggest difference to how safe you feel?\n"
        "7. For organisations: what do you already do to keep people safe in parks, and what gets in the way?",
        "## How to give evidence",
        "**In writing.** Send your answers by e-mail to scrutiny@halsworth.example or by post to the Scrutiny "
        "Officer, Halsworth Borough Council, Town Hall, Market Place, Halsworth HW1 1AA, by Friday 16 October "
        "2026. There is no form to fill in and no word limit.",
        "**Online.** A short survey with the same questions is on the Council’s website and will be open until "
        "the same date. Paper copies are available at Halsworth Library and the Town Hall reception.",
        "**In person.** The panel will hold two public sessions, shown in the timetable below. If you would like "
        "to speak, please contact the Scrutiny Officer on 01632 960 233 at least a week before.",
        "## Timetable",
        timetable,
        "The panel’s report will be published with the Committee’s papers. Any recommendations it makes will be "
        "for the Executive and for partners to consider.",
        "## How we will use your information",
        "Your evidence will be read by the panel and the Scrutiny Officer. We may quote what you tell us in the "
        "panel’s report, but we will not name you unless you are giving evidence on behalf of an organisation "
        "and agree to be named. We will keep written evidence for two years after the report is published and "
        "then delete it. The Council’s privacy notice for scrutiny is on its website.",
        "*If you need this document in another format or language, please contact the Scrutiny Officer.*",
    ]
    return {
        "name": "halsworth-parks-safety-review-call-for-evidence",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2026-09-01"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a borough scrutiny review's public call for evidence on safety in parks: scope, "
                           "questions, how to respond, a timetable and a privacy note; nothing to find",
                     kind="other", title=title, authority=HALSWORTH, date="2026-09-01", meeting=None),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles, no running header or page numbers. Two bold lines "
                  "(council; committee and review), the H1 title and an italic published / closing date line; "
                  "Heading 2 sections (What is this review about? / Who is on the panel? / What is in scope / The "
                  "questions we would like you to answer / How to give evidence / Timetable / How we will use "
                  "your information); scope bullets; seven pandoc-numbered questions (questions for the public, "
                  "not items); how to give evidence as paragraphs with bold lead words; a timetable pipe table "
                  "Date | Stage (future stages, not actions); \"Any recommendations it makes will be for the "
                  "Executive and for partners to consider.\" (not an item); a privacy note and an italic "
                  "accessible formats line. Nothing to find.",
    }

PAPERS = [wexcombe_care_leavers_review, wexcombe_carers_response, halsworth_toilets_letter,
          halsworth_trust_transport_response, wexcombe_loneliness_monitoring, halsworth_parks_call_for_evidence]
