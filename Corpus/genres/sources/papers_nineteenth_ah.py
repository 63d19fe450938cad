"""Papers of the nineteenth batch, part AH ("budgets, finance and council tax"): six made-up papers
from two invented places:

  Hobblestone – Hobblestone Borough Council (Council, Cabinet, Overview and Scrutiny Management
    Board, Audit Committee), a shire district with three parish councils (Ashby Crane, Tollgate,
    Upper Wickham) and a housing company (Hobblestone Homes Ltd); its external auditor is the
    invented firm Garside Whitlock LLP;
  Pendlewick – Pendlewick County Council (County Council, Cabinet, Corporate Resources Scrutiny
    Committee), the county around Hobblestone, with Pendlewick Fire and Rescue Authority and the
    Police and Crime Commissioner for Pendlewick as the other precepting bodies.

The genre: the papers by which councils set and watch their money – the council tax setting
resolution, the executive's response to a budget scrutiny task group, a quarterly budget monitoring
report, a record of a capital programme decision, the external auditor's annual report with
value-for-money recommendations, and a council tax leaflet for residents (nothing to find).

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every firm, premises, street, parish and figure is made up.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_nineteenth_ag.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, the headers of parts Y–AD and their
first-contact sections, the part J auditor's annual report rules, the part K budget minutes and
precept rules, the Fenwold notice and record-of-decision rules, second renditions, rebuilding, the
closing gold decisions), `Corpus/gold/README.md`, `Corpus/gold/real/README.md`, `build.py`,
`render.py`, `gold.py`, and for conventions and helpers the writer part of `papers_ninth_m.py`,
`FarHWriter` in `papers_far_h.py`, `grid_table` in `papers_fresh.py` and `papers_eighteenth_ae.py`.
Each paper names its own split. Every gold value is written by hand beside the words it labels; the
part AH notes record the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AH1 hobblestone-council-tax-setting-report-2026-27 – tune – lo-pdf
  AH2 pendlewick-cabinet-response-budget-scrutiny-task-group-2026-27 – unseen – chromium-pdf
  AH3 pendlewick-cabinet-budget-monitoring-quarter-2-2025-26 – tune – docx
  AH4 hobblestone-record-of-cabinet-decision-market-hall-capital-scheme – unseen – pandoc-docx
  AH5 hobblestone-auditors-annual-report-2024-25 – unseen – pandoc-lo-pdf
  AH6 pendlewick-council-tax-leaflet-2026-27 – tune – lo-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

from decimal import ROUND_HALF_UP, Decimal

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation  # noqa: F401
from papers_fresh import grid_table

HOBBLESTONE = "Hobblestone Borough Council"
PENDLEWICK = "Pendlewick County Council"
PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'

# Band proportions (section 5(1) of the Local Government Finance Act 1992), ninths of Band D.
BANDS = ["A", "B", "C", "D", "E", "F", "G", "H"]
NINTHS = [6, 7, 8, 9, 11, 13, 15, 18]


def label(text, fill="E2E2E2"):
    return {"text": text, "bold": True, "fill": fill}


def money(value, places=2):
    """£ amount with thousands separators, rounded half up."""
    quantum = Decimal(1).scaleb(-places)
    amount = Decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    return f"{amount:,}"


def band_row(band_d):
    """The eight band amounts for a Band D amount (Decimal), as printed strings."""
    d = Decimal(band_d)
    return [money(d * n / 9) for n in NINTHS]


# ---------------------------------------------------------------------------
# AH1. Report to Council: Council Tax Setting 2026/27 (PDF via LibreOffice, Liberation Sans 10.5 pt,
#      NinthMWriter, running header with "Page X of Y"). Front-sheet table, the formal resolution as
#      "It is RECOMMENDED that the Council:" with typed (a)–(h) hanging paragraphs, and the statutory
#      calculations, precepts and band amounts in tables (not items).
# ---------------------------------------------------------------------------


def hobblestone_council_tax_setting():
    title = "Council Tax Setting 2026/27"
    grey = "DDE3EA"
    base = Decimal("38412.6")
    own_band_d = Decimal("221.25")
    requirement = 8498788
    parishes = [
        # (parish, tax base, precept, band D)
        ("Ashby Crane Parish Council", "1,842.3", 96420, Decimal("52.34")),
        ("Tollgate Parish Council", "1,206.8", 58150, Decimal("48.19")),
        ("Upper Wickham Parish Council", "611.5", 21300, Decimal("34.83")),
    ]
    parish_total = sum(p[2] for p in parishes)
    preceptors = [
        ("Pendlewick County Council", Decimal("1784.61"), Decimal("1699.80"), "4.99%"),
        ("Police and Crime Commissioner for Pendlewick", Decimal("276.40"), Decimal("262.40"), "5.34%"),
        ("Pendlewick Fire and Rescue Authority", Decimal("92.18"), Decimal("87.18"), "5.74%"),
    ]
    others = sum(p[1] for p in preceptors)

    recs = [
        ("a", "notes that on 15 January 2026 the Director of Finance and Corporate Services, under delegated "
              "powers, calculated the Council Tax Base for 2026/27 as 38,412.6 for the whole of the Council’s "
              "area and, for the parts of its area to which a parish precept relates, as shown in Table 3;",
         "NOTES"),
        ("b", "approves the net revenue budget for 2026/27 of £14,862,300 and the capital programme for "
              "2026/27 to 2028/29 of £21,640,000, as recommended by Cabinet on 10 February 2026;", "APPROVES"),
        ("c", "calculates that the Council Tax requirement for the Council’s own purposes for 2026/27 "
              "(excluding parish precepts) is £8,498,788;", "CALCULATES"),
        ("d", "calculates the amounts for 2026/27 shown in Table 1 in accordance with sections 31 to 36 of the "
              "Local Government Finance Act 1992 (the Act);", "CALCULATES"),
        ("e", "notes that Pendlewick County Council, the Police and Crime Commissioner for Pendlewick and "
              "Pendlewick Fire and Rescue Authority have issued precepts to the Council in accordance with "
              "section 40 of the Act for each category of dwellings in the Council’s area, as shown in Table 2;",
         "NOTES"),
        ("f", "sets, in accordance with section 30(2) of the Act, the aggregate amounts shown in Table 4 as the "
              "amounts of Council Tax for 2026/27 for each part of its area and for each of the categories of "
              "dwellings;", "SETS"),
        ("g", "determines that the Council’s relevant basic amount of Council Tax for 2026/27 is not excessive "
              "in accordance with the principles approved under section 52ZB of the Act; and", "DETERMINES"),
        ("h", "authorises the Director of Finance and Corporate Services to publish a notice of the amounts set "
              "in at least one newspaper circulating in the borough within 21 days, as section 38(2) of the Act "
              "requires.", "AUTHORISES"),
    ]

    gross = 58214603
    income = gross - (requirement + parish_total)
    basic_incl = (Decimal(requirement + parish_total) / base)
    special = Decimal(parish_total) / base
    table1 = [
        ["31A(2)", "The aggregate of the amounts which the Council estimates for the items set out in "
                   "section 31A(2)(a) to (f) of the Act, including parish precepts", f"£{gross:,}"],
        ["31A(3)", "The aggregate of the amounts which the Council estimates for the items set out in "
                   "section 31A(3)(a) to (d) of the Act", f"£{income:,}"],
        ["31A(4)", "The amount by which 31A(2) exceeds 31A(3): the Council Tax requirement for the year, "
                   "including parish precepts", f"£{requirement + parish_total:,}"],
        ["31B(1)", "31A(4) divided by the tax base (38,412.6): the basic amount of Council Tax for the year, "
                   "including parish precepts", f"£{money(basic_incl)}"],
        ["34(1)", "The aggregate of all special items (parish precepts)", f"£{parish_total:,}"],
        ["34(2)", "31B(1) less 34(1) divided by the tax base: the basic amount of Council Tax for dwellings "
                  "in parts of the area to which no special item relates", f"£{money(basic_incl - special)}"],
    ]
    table2 = [[name, f"£{money(band_d * base, 0)}", f"£{money(band_d)}", f"£{money(old)}", rise]
              for name, band_d, old, rise in preceptors]
    table3 = [[name, tb, f"£{precept:,}", f"£{money(bd)}"] for name, tb, precept, bd in parishes]
    areas = [("Unparished area", Decimal(0))] + [(p[0].replace(" Parish Council", ""), p[3]) for p in parishes]
    table4 = [[area] + band_row(own_band_d + extra + others) for area, extra in areas]
    unparished_d = own_band_d + others

    blocks = [
        ("pr", "**Agenda Item 8**"),
        ("p", "<<1F3864|**HOBBLESTONE BOROUGH COUNCIL**>>"),
        ("table", {"cols": [4.2, 12.8], "font": 10, "rows": [
            [label("Report to:", grey), "Council"],
            [label("Date of meeting:", grey), "Thursday, 26 February 2026"],
            [label("Report of:", grey), "Director of Finance and Corporate Services (section 151 officer)"],
            [label("Portfolio Holder:", grey), "Cabinet Member for Finance and Resources"],
            [label("Key decision:", grey), "No – budget and policy framework"],
            [label("Wards affected:", grey), "All"],
            [label("Exempt:", grey), "No"],
        ]}),
        ("title", title),
        ("h", 2, "1. Purpose of the report"),
        ("pn", "1.1\tThe Council must set its Council Tax for 2026/27 before 11 March 2026. This report sets out "
               "the formal resolution the Council needs to pass, in the form the Local Government Finance Act "
               "1992 requires, using the budget recommended by Cabinet on 10 February 2026 and the precepts "
               "issued by the County Council, the Police and Crime Commissioner, the Fire and Rescue Authority "
               "and the three parish councils."),
        ("pn", "1.2\tThe budget report considered earlier on this agenda (item 7) proposes an increase of 2.99% "
               "in the Borough Council’s share of the Council Tax, taking the Band D amount from £214.83 to "
               "£221.25, an increase of £6.42 a year or 12p a week."),
        ("h", 2, "2. Recommendations"),
        ("p", "It is RECOMMENDED that the Council:"),
    ] + [("pn", f"({n})\t{text}") for n, text, _ in recs] + [
        ("h", 2, "3. Background"),
        ("pn", "3.1\tCabinet recommended the 2026/27 budget to Council on 10 February 2026 (minute CAB/25/58). "
               "The Overview and Scrutiny Management Board considered the draft budget on 27 January 2026 and "
               "recommended that the increase in garden waste charges be limited to £2 a year; Cabinet accepted "
               "that recommendation and the budget in item 7 includes it."),
        ("pn", "3.2\tFor 2026/27 the Government allows shire districts to increase their basic amount of Council "
               "Tax by less than 3% or by less than £5, whichever is higher, without a referendum. An increase of "
               "2.99% (£6.42) is within that limit."),
        ("pn", "3.3\tThe Council Tax Base of 38,412.6 Band D equivalent dwellings assumes a collection rate of "
               "98.6% and takes account of the local council tax support scheme, which is unchanged for 2026/27."),
        ("h", 2, "4. The Council’s budget requirement"),
        ("table", {"cols": [11.5, 5.5], "font": 9.5, "header_fill": grey,
                   "header": ["2026/27", "£"],
                   "rows": [["Net revenue budget", "14,862,300"],
                            ["Less: Revenue Support Grant and business rates retained", "(5,608,512)"],
                            ["Less: New Homes Bonus and other grants", "(514,000)"],
                            ["Less: contribution from the Budget Equalisation Reserve", "(241,000)"],
                            ["Less: surplus on the Collection Fund", "—"],
                            ["**Council Tax requirement (excluding parish precepts)**", f"**{requirement:,}**"]]}),
        ("h", 2, "5. The statutory calculations"),
        ("pn", "5.1\tTable 1 sets out the amounts the Council must calculate under sections 31 to 36 of the Act. "
               "They include the parish precepts, which are treated as special items."),
        ("ph", 10, "Table 1: Calculations under sections 31A to 34 of the Act"),
        ("table", {"cols": [2.0, 11.5, 3.5], "font": 9.5, "header_fill": grey,
                   "header": ["Section", "Description", "Amount"], "rows": table1}),
        ("h", 2, "6. Precepts"),
        ("pn", "6.1\tThe major preceptors set their precepts at meetings in February 2026. The amounts below are "
               "those notified to the Council."),
        ("ph", 10, "Table 2: Precepts of the major preceptors 2026/27"),
        ("table", {"cols": [6.6, 2.8, 2.6, 2.6, 2.4], "font": 9.5, "header_fill": grey,
                   "header": ["Precepting body", "Precept", "Band D 2026/27", "Band D 2025/26", "Increase"],
                   "rows": table2}),
        ("pn", "6.2\tThe County Council’s Band D amount includes £264.98 for the adult social care precept, of "
               "which £34.00 is the increase for 2026/27."),
        ("ph", 10, "Table 3: Parish precepts and tax bases 2026/27"),
        ("table", {"cols": [6.8, 3.2, 3.4, 3.6], "font": 9.5, "header_fill": grey,
                   "header": ["Parish", "Tax base", "Precept", "Band D (parish)"], "rows": table3}),
        ("h", 2, "7. Council Tax by band"),
        ("pn", "7.1\tTable 4 shows the total Council Tax for each band in each part of the borough, including "
               f"every precept. A Band D home in the unparished area will pay £{money(unparished_d)} in 2026/27."),
        ("ph", 10, "Table 4: Aggregate Council Tax 2026/27 (£)"),
        ("table", {"cols": [3.4] + [1.7] * 8, "font": 8.5, "header_fill": grey,
                   "header": ["Area"] + [f"Band {b}" for b in BANDS], "rows": table4}),
        ("h", 2, "8. Recorded vote"),
        ("pn", "8.1\tThe Local Authorities (Standing Orders) (England) (Amendment) Regulations 2014 require the "
               "names of members voting for and against, and those abstaining, to be recorded in the minutes for "
               "the decision on the budget and for the Council Tax resolution."),
        ("h", 2, "9. Robustness of the estimates and adequacy of reserves"),
        ("pn", "9.1\tThe statement of the section 151 officer under section 25 of the Local Government Act 2003 "
               "is at Appendix 4 of the budget report (item 7). It concludes that the estimates are robust and "
               "that the General Fund balance of £2.1 million is adequate, but warns that the Medium Term "
               "Financial Strategy shows a gap of £2.4 million in 2027/28 that is not yet closed."),
        ("h", 2, "10. Legal implications"),
        ("pn", "10.1\tUnder section 106 of the Local Government Finance Act 1992 a councillor who is two months or "
               "more in arrears with their Council Tax must declare this and may not vote on the resolution. "
               "No such declaration is expected."),
        ("p", "**Contact officer:** Head of Finance – finance@hobblestone.example – 01632 960 214"),
        ("p", "**Background papers:** Council Tax Base 2026/27 (delegated decision, 15 January 2026); precept "
              "notifications from the major preceptors and parish councils."),
    ]
    return {
        "name": "hobblestone-council-tax-setting-report-2026-27",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-17", "doc_title": "Council Tax Setting 2026/27", "author": "Finance",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10.5,
                 "title_size": 17, "title_color": "1F3864",
                 "m_header": ("Hobblestone Borough Council – Council – 26 February 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="district council's council tax setting report to Council: the formal resolution as "
                           "typed (a)–(h) recommendations, statutory calculations, precepts and band amounts in "
                           "tables (not items)",
                     kind="committee-report", title=title, authority=HOBBLESTONE, date="2026-02-26",
                     meeting="Council",
                     recommendations=[recommendation(n, text, verb=verb, addressee="Council")
                                      for n, text, verb in recs]),
        "layout": ("PDF (python-docx → LibreOffice), Liberation Sans 10.5 pt, an italic running header (council – "
                   "Council – date | \"Page X of Y\"), rows that may not split; 3 pages. A right-aligned bold \"Agenda "
                   "Item 8\", a navy capitals council line, a bordered front-sheet table with blue-grey bold labels "
                   "(Report to / Date of meeting / Report of / Portfolio Holder / Key decision \"No – budget and "
                   "policy framework\" / Wards affected / Exempt), the navy title; Word heading styles \"1. Purpose of"
                   " the report\" … \"10. Legal implications\" over typed 1.1 … 10.1 hanging paragraphs. \"2. "
                   "Recommendations\": \"It is RECOMMENDED that the Council:\" and the formal council tax resolution as"
                   " typed (a)–(h) hanging paragraphs (lower-case verbs notes / approves / calculates / calculates /"
                   " notes / sets / determines / authorises, \";\", \"; and\"), the last on page 2. \"3.1 … The Overview "
                   "and Scrutiny Management Board … recommended that the increase in garden waste charges be limited"
                   " …\" (not an item). Four captioned tables with a blue-grey header (not items): the budget "
                   "requirement with a bold total; Table 1 the statutory calculations by section 31A(2) … 34(2); "
                   "Table 2 the major preceptors' precepts and Band D amounts (County Council, Police and Crime "
                   "Commissioner, Fire and Rescue Authority); Table 3 parish precepts and tax bases; Table 4 the "
                   "aggregate Council Tax for bands A–H in four parts of the borough (8.5 pt). A recorded-vote "
                   "paragraph, the section 25 statement, section 106 arrears, a contact and background papers line."),
    }


# ---------------------------------------------------------------------------
# AH2. Report to Cabinet: the Cabinet's response to the Corporate Resources Scrutiny Committee's
#      Budget Scrutiny Task Group (PDF via Chromium, Liberation Sans 10 pt, CSS page-margin boxes).
#      A front-sheet table, a boxed one-sentence "That Cabinet agrees …" recommendation, prose, and
#      Appendix 1: a response table No. | Task Group recommendation | Cabinet response | Accepted? |
#      Lead officer | Timescale.
# ---------------------------------------------------------------------------


def pendlewick_budget_task_group_response():
    title = "Cabinet Response to the Budget Scrutiny Task Group: Draft Budget 2026/27"
    plum = "5B2C6F"
    cover = ("That Cabinet agrees the responses to the seven recommendations of the Corporate Resources "
             "Scrutiny Committee’s Budget Scrutiny Task Group set out in Appendix 1, and asks the Director of "
             "Finance to report them to the Committee on 4 February 2026.")
    # (no., recommendation, verb, addressee, response, decision word, decision, lead cell, owners,
    #  timescale cell, due)
    rows = [
        ("1", "The Cabinet should publish a single savings tracker for 2026/27, showing each saving, its lead "
              "officer and whether it is on track, and share it with the Corporate Resources Scrutiny Committee "
              "every quarter.", "PUBLISH", "Cabinet",
         "The tracker will be published with the quarterly budget monitoring reports from the first quarter of "
         "2026/27. It will list all 64 savings in the 2026/27 budget and show a RAG rating for each.",
         "Accepted", "accepted",
         "Director of Finance /\nHead of Corporate Performance", ["Director of Finance", "Head of Corporate Performance"],
         "Q1 2026/27", "2026-06"),
        ("2", "Reconsider the proposed £1.2 million reduction in the budget for the maintenance of rural "
              "C and unclassified roads, in the light of the condition survey results presented to the Task "
              "Group.", "RECONSIDER", None,
         "Cabinet has reduced the proposed saving to £0.7 million. The remaining £0.5 million will be met from "
         "the Highways Capital Maintenance grant by moving surface dressing from revenue to capital.",
         "Partially accepted", "partially-accepted",
         "Director of Environment and Transport", ["Director of Environment and Transport"],
         "February 2026 (budget setting)", "2026-02"),
        ("3", "The Council should limit its use of the Budget Resilience Reserve to balance the 2026/27 budget to "
              "no more than £4 million.", "LIMIT", "Council",
         "The draft budget uses £6.5 million of the reserve. Limiting this to £4 million would need further "
         "savings of £2.5 million in 2026/27, which could not be delivered safely in the time available. The "
         "reserve will stand at £18.9 million at 31 March 2027, above the minimum set in the reserves policy.",
         "Not accepted", "rejected", "N/A", [], "N/A", None),
        ("4", "That the Leader writes to the Minister for Local Government setting out the rising cost to the "
              "County Council of home to school transport for children with special educational needs and "
              "disabilities.", "WRITES", "Leader",
         "The Leader will write jointly with the leaders of the other county councils in the region.",
         "Accepted", "accepted",
         "Chief Executive, with the Director of Children’s Services",
         ["Chief Executive", "Director of Children’s Services"], "31 March 2026", "2026-03-31"),
        ("5", "The fees and charges policy should be reviewed so that discretionary charges recover their full "
              "cost unless Cabinet decides otherwise.", None, None,
         "A revised policy will be brought to Cabinet in the autumn, in time for the 2027/28 budget.",
         "Accepted", "accepted",
         "Head of Finance (Strategy);\nHead of Legal Services", ["Head of Finance (Strategy)", "Head of Legal Services"],
         "September 2026", "2026-09"),
        ("6", "Report the progress of the adult social care transformation savings (£5.3 million over two years) "
              "to the Committee every six months.", "REPORT", None,
         "The Director of Adult Social Care will attend the Committee in July 2026 and January 2027.",
         "Accepted", "accepted", "Director of Adult Social Care", ["Director of Adult Social Care"],
         "From July 2026", "2026-07"),
        ("7", "Consult town and parish councils before any decision is taken on the transfer of the mobile "
              "library service.", "CONSULT", None,
         "Town and parish councils on the four mobile library routes will be consulted. A wider consultation "
         "is not proposed, because the service will continue on its current routes.",
         "Partially accepted", "partially-accepted", "Head of Libraries and Culture",
         ["Head of Libraries and Culture"], "2026/27", "2027-03"),
    ]
    table = [[r[0], r[1], r[4], {"text": r[5], "bold": True}, r[7], r[9]] for r in rows]
    blocks = [
        ("p", f"<<{plum}|**PENDLEWICK COUNTY COUNCIL**>>"),
        ("table", {"cols": [4.0, 13.0], "borders": False, "rows": [
            [{"text": "Meeting:", "bold": True}, "Cabinet"],
            [{"text": "Date:", "bold": True}, "Tuesday, 20 January 2026"],
            [{"text": "Report of:", "bold": True}, "Leader of the Council and Cabinet Member for Finance"],
            [{"text": "Lead officer:", "bold": True}, "Director of Finance (section 151 officer)"],
            [{"text": "Electoral divisions:", "bold": True}, "All"],
            [{"text": "Key decision:", "bold": True}, "No"],
        ]}),
        ("title", title),
        ("box", [("p", "**Recommendation**"), ("p", cover)]),
        ("h", 2, "1. Summary"),
        ("p", "The Corporate Resources Scrutiny Committee set up a Budget Scrutiny Task Group of five members in "
              "October 2025 to examine the draft budget for 2026/27 and the Medium Term Financial Strategy "
              "2026–2030. The Task Group met six times, heard from four Cabinet Members and nine senior officers, "
              "and visited the Highways depot at Coldharbour Lane. Its report, with seven recommendations, was "
              "agreed by the Committee on 7 January 2026."),
        ("p", "Cabinet welcomes the report. Of the seven recommendations, four are accepted, two are partially "
              "accepted and one is not accepted. The responses are set out in Appendix 1."),
        ("h", 2, "2. The draft budget"),
        ("p", "The draft budget published on 2 December 2025 proposed a net revenue budget of £642.7 million for "
              "2026/27, an increase in Council Tax of 4.99% (of which 2% is the adult social care precept) and "
              "savings of £21.4 million. The table below shows the gap the Medium Term Financial Strategy "
              "forecasts before further savings."),
        ("table", {"cols": [7.0, 2.5, 2.5, 2.5, 2.5], "header_fill": "E6DDEB",
                   "header": ["£ million", "2026/27", "2027/28", "2028/29", "2029/30"],
                   "rows": [["Spending pressures", "48.6", "31.2", "29.8", "30.5"],
                            ["Savings identified", "(21.4)", "(9.7)", "(4.1)", "(2.0)"],
                            ["Council Tax and funding changes", "(20.7)", "(15.3)", "(15.9)", "(16.4)"],
                            ["Use of reserves", "(6.5)", "—", "—", "—"],
                            ["**Remaining gap**", "**0.0**", "**6.2**", "**9.8**", "**12.1**"]]}),
        ("h", 2, "3. The Task Group’s main findings"),
        ("p", "The Task Group found that the budget was balanced for 2026/27 but relied on one-off use of "
              "reserves and on savings in adult social care that were not yet fully planned. It was concerned "
              "that members could not easily see whether savings agreed in earlier years had been delivered; "
              "of the £18.2 million of savings agreed for 2025/26, £4.6 million were forecast not to be "
              "delivered in year."),
        ("p", "The Task Group also recommended that Cabinet look again at the proposed reduction in rural road "
              "maintenance, which members felt would cost more in the long run. Cabinet has done so, as the "
              "response to recommendation 2 explains."),
        ("h", 2, "4. Next steps"),
        ("p", "The final budget will be considered by Cabinet on 10 February 2026 and by the County Council on "
              "19 February 2026. The Committee will be told of progress on the accepted recommendations in its "
              "recommendations tracker."),
        ("h", 2, "5. Implications"),
        ("p", "**Financial:** the change made in response to recommendation 2 is funded within the draft budget. "
              "The other responses have no cost beyond officer time. **Legal:** none. **Equalities:** the "
              "budget’s equality impact assessment has been updated for the change to rural road maintenance."),
        ("p", "**Contact:** Head of Finance (Strategy) – budget@pendlewick.example – 01632 960 377"),
        ("break",),
        ("h", 2, "Appendix 1: Cabinet’s response to the Task Group’s recommendations"),
        ("p", "Decisions are given as Accepted, Partially accepted or Not accepted."),
        ("table", {"cols": [0.9, 5.4, 5.8, 2.1, 3.2, 2.4], "font": 8.5, "header_fill": "E6DDEB",
                   "header": ["No.", "Task Group recommendation", "Cabinet response", "Accepted?",
                              "Lead officer", "Timescale"], "rows": table}),
    ]
    css = ("@page { margin: 16mm 15mm 16mm 15mm; "
           "@top-left { content: \"Pendlewick County Council – Cabinet – 20 January 2026\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; font-style: italic; color: #666666; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #666666; } }\n"
           f"h1.title {{ font-size: 15pt; color: #{plum}; }}\n"
           f"h2 {{ color: #{plum}; font-size: 11.5pt; page-break-after: avoid; }}\n"
           f"div.box {{ border: 1pt solid #{plum}; background: #F6F2F8; }}\n")
    recs = [recommendation(None, cover, verb="AGREES", addressee="Cabinet")]
    recs += [recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[8],
                            timeframe=None if r[9] == "N/A" else r[9], due=r[10], response=r[4], decision=r[6])
             for r in rows]
    return {
        "name": "pendlewick-cabinet-response-budget-scrutiny-task-group-2026-27",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Sans', sans-serif", "size": 10, "title_color": plum},
        "blocks": blocks,
        "gold": dict(genre="county Cabinet's response to a budget scrutiny task group: one covering "
                           "recommendation and a response table (accepted / partially accepted / not accepted)",
                     kind="executive-response", title=title, authority=PENDLEWICK, date="2026-01-20",
                     meeting="Cabinet", recommendations=recs),
        "layout": ("PDF (HTML → Chromium), Liberation Sans 10 pt, CSS page-margin boxes (an italic running header "
                   "top left, \"Page n of m\" bottom right); 3 pages. A plum capitals council line, a borderless "
                   "details table with bold labels (Meeting / Date / Report of / Lead officer / Electoral divisions "
                   "/ Key decision), the plum title; a plum-ruled box \"Recommendation\" with one \"That Cabinet agrees"
                   " the responses … and asks the Director of Finance to report them …\" sentence; h2 sections "
                   "(summary with counts, the draft budget with a gap table with a bold total row, the Task Group's "
                   "findings with \"The Task Group also recommended that Cabinet look again at …\" (not an item), next"
                   " steps, implications, contact). After a page break, Appendix 1: a 8.5 pt table No. | Task Group "
                   "recommendation | Cabinet response | Accepted? | Lead officer | Timescale with a lilac header; "
                   "recommendations 1–7 (two \"The Cabinet/Council should …\", one \"That the Leader writes …\", one "
                   "passive \"… should be reviewed …\", three imperatives); decisions in bold Accepted / Partially "
                   "accepted / Not accepted; leads \"… /⏎…\", \"…, with the …\", \"…;⏎…\", \"N/A\"; timescales \"Q1 2026/27\","
                   " \"February 2026 (budget setting)\", \"N/A\", \"31 March 2026\", \"September 2026\", \"From July 2026\", "
                   "\"2026/27\"."),
    }


# ---------------------------------------------------------------------------
# AH3. Quarter 2 revenue and capital budget monitoring report to Cabinet (DOCX, python-docx,
#      NinthMWriter, Liberation Sans 10 pt, running header and footer with "Page X of Y"). A grey-label
#      front-sheet table, a boxed "Recommendations" with "Cabinet is asked to:" and a Word-numbered
#      (a)–(e) list, typed 1.1 … 8.2 paragraphs, figures tables (not items), management actions as
#      bullets without owners (not actions) and appendices of savings, virements and capital re-phasing.
# ---------------------------------------------------------------------------


def pendlewick_budget_monitoring_q2():
    title = "Revenue and Capital Budget Monitoring 2025/26 – Quarter 2"
    teal = "1D5C63"
    grey = "DCE6E8"
    recs = [
        ("a", "note the forecast revenue outturn for 2025/26 at Quarter 2, an overspend of £6.8 million (1.1% of "
              "the net revenue budget of £618.4 million), and the management actions set out in section 4;",
         "NOTE"),
        ("b", "note the forecast capital outturn of £142.6 million against the revised capital programme of "
              "£161.9 million, and the re-phasing of £22.6 million into 2026/27 set out in Appendix C;", "NOTE"),
        ("c", "approve the revenue budget virements over £500,000 set out in Appendix B;", "APPROVE"),
        ("d", "approve the addition of £3.1 million of Local Transport Grant to the 2025/26 capital programme "
              "for the Kettlebury Road junction scheme; and", "APPROVE"),
        ("e", "note the treasury management position and the prudential indicators at 30 September 2025 set "
              "out in Appendix D.", "NOTE"),
    ]
    directorates = [
        ["Adult Social Care and Health", "248.3", "253.9", "5.6", "4.1"],
        ["Children’s Services", "162.7", "167.1", "4.4", "3.8"],
        ["Environment and Transport", "98.5", "97.9", "(0.6)", "0.2"],
        ["Communities and Fire Support", "31.6", "31.2", "(0.4)", "(0.3)"],
        ["Corporate Resources", "44.8", "44.1", "(0.7)", "(0.5)"],
        ["Corporate budgets and contingency", "32.5", "31.0", "(1.5)", "(1.3)"],
        ["**Total**", "**618.4**", "**625.2**", "**6.8**", "**6.0**"],
    ]
    savings = [
        ["ASC-03", "Reablement before long-term care", "2.40", "1.60", {"text": "Amber", "fill": "FFE699"}],
        ["ASC-07", "Review of care packages over £1,500 a week", "1.80", "0.90", {"text": "Red", "fill": "F4B183"}],
        ["CS-02", "More foster carers, fewer external placements", "1.50", "0.60", {"text": "Red", "fill": "F4B183"}],
        ["ET-04", "Street lighting dimming (second phase)", "0.45", "0.45", {"text": "Green", "fill": "C6E0B4"}],
        ["ET-09", "Parking charges at country parks", "0.30", "0.22", {"text": "Amber", "fill": "FFE699"}],
        ["CR-01", "Office consolidation (Kingsmead House)", "0.95", "0.95", {"text": "Green", "fill": "C6E0B4"}],
        ["CR-05", "Digital customer contact", "0.60", "0.35", {"text": "Amber", "fill": "FFE699"}],
    ]
    virements = [
        ["V/25/07", "Corporate contingency", "Children’s Services – placements", "1,500,000",
         "Part of the contingency held for demand-led pressures"],
        ["V/25/08", "Environment and Transport – concessionary fares", "Environment and Transport – "
         "home to school transport", "720,000", "Lower use of bus passes than budgeted"],
        ["V/25/09", "Corporate Resources – vacancy factor", "Adult Social Care – Approved Mental Health "
         "Professionals", "540,000", "Permanent posts in place of agency staff"],
    ]
    capital = [
        ["Schools basic need", "38.4", "31.2", "(7.2)", "Two primary expansions re-phased"],
        ["Highways maintenance", "46.7", "46.9", "0.2", "On programme"],
        ["Kettlebury Road junction", "2.1", "5.2", "3.1", "New grant (recommendation (d))"],
        ["Waste transfer station, Brindle Cross", "12.6", "4.9", "(7.7)", "Planning decision awaited"],
        ["Extra care housing, Orchard Fields", "9.8", "5.4", "(4.4)", "Contractor start moved to May 2026"],
        ["Other schemes", "52.3", "49.0", "(3.3)", "Various"],
        ["**Total**", "**161.9**", "**142.6**", "**(19.3)**", ""],
    ]
    blocks = [
        ("p", f"<<{teal}|**PENDLEWICK COUNTY COUNCIL**>>"),
        ("table", {"cols": [4.0, 13.0], "font": 9.5, "rows": [
            [label("Report to", grey), "Cabinet"],
            [label("Date of meeting", grey), "18 November 2025"],
            [label("Report of", grey), "Director of Finance (section 151 officer)"],
            [label("Cabinet Member", grey), "Cabinet Member for Finance and Resources"],
            [label("Key decision", grey), "No"],
            [label("Electoral divisions", grey), "All"],
            [label("Status", grey), "Public"],
        ]}),
        ("title", title),
        ("box", [("p", f"<<{teal}|**Recommendations**>>"),
                 ("p", "Cabinet is asked to:"),
                 ("list", "(a)", 1, [text for _, text, _ in recs])]),
        ("p", f"<<{teal}|**1. Summary**>>"),
        ("pn", "1.1\tAt the end of September 2025 the Council forecasts an overspend of £6.8 million on its net "
               "revenue budget of £618.4 million, up from £6.0 million at Quarter 1. Almost all of the overspend "
               "is in adult social care and children’s services, where the number of people needing support "
               "and the cost of placements continue to rise."),
        ("pn", "1.2\tOf the £18.2 million of savings in the 2025/26 budget, £13.6 million (75%) is forecast to be "
               "delivered in year. Appendix A shows the largest savings and whether they are on track."),
        ("pn", "1.3\tThe capital programme is forecast to spend £142.6 million, £19.3 million less than the "
               "revised programme, mainly because two large schemes will start later than planned."),
        ("p", f"<<{teal}|**2. Revenue forecast by directorate**>>"),
        ("table", {"cols": [6.6, 2.5, 2.6, 2.6, 2.7], "font": 9, "header_fill": grey,
                   "header": ["Directorate", "Budget £m", "Forecast £m", "Variance Q2 £m", "Variance Q1 £m"],
                   "rows": directorates}),
        ("pn", "2.1\tAdult Social Care and Health: the number of people in residential and nursing care has "
               "risen by 6% since April, against 2% in the budget, and the average weekly cost of a nursing "
               "placement is now £1,284."),
        ("pn", "2.2\tChildren’s Services: 21 children are in external residential placements, against 16 "
               "budgeted. Home to school transport for children with special educational needs is forecast to "
               "overspend by £1.9 million."),
        ("pn", "2.3\tEnvironment and Transport is forecast to underspend by £0.6 million, mainly because energy "
               "prices for street lighting are lower than budgeted."),
        ("p", f"<<{teal}|**3. Reserves**>>"),
        ("pn", "3.1\tIf the overspend is not reduced it will be met from the Budget Resilience Reserve, which "
               "would fall from £31.4 million to £24.6 million at 31 March 2026. The General Fund balance of "
               "£25.0 million is not affected."),
        ("p", f"<<{teal}|**4. Management actions**>>"),
        ("pn", "4.1\tThe Corporate Leadership Team has agreed the following actions to bring spending back "
               "within budget:"),
        ("list", "bullet", 1, [
            "a panel to approve every new external children’s placement and every adult care package over "
            "£1,200 a week;",
            "controls on recruitment to posts that are not front-line or funded by grant;",
            "a stop on non-essential spending on consultants, furniture and travel until March 2026; and",
            "a review of all earmarked reserves to release any no longer needed.",
        ]),
        ("pn", "4.2\tThese actions are expected to reduce the overspend by about £2.5 million by the end of the "
               "year. The section 151 officer recommends that no new spending commitments are made in 2025/26 "
               "unless they are funded by grant."),
        ("p", f"<<{teal}|**5. Capital programme**>>"),
        ("table", {"cols": [5.4, 2.2, 2.2, 2.2, 5.0], "font": 9, "header_fill": grey,
                   "header": ["Scheme", "Revised budget £m", "Forecast £m", "Variance £m", "Comment"],
                   "rows": capital}),
        ("pn", "5.1\tThe Department for Transport confirmed a Local Transport Grant of £3.1 million for the "
               "Kettlebury Road junction on 14 October 2025. The grant must be spent by March 2027."),
        ("p", f"<<{teal}|**6. Treasury management**>>"),
        ("pn", "6.1\tAt 30 September 2025 the Council had external borrowing of £412.3 million and investments "
               "of £96.8 million. No new long-term borrowing was taken in the half year. All prudential "
               "indicators were met (Appendix D)."),
        ("p", f"<<{teal}|**7. Implications**>>"),
        ("pn", "7.1\tFinancial implications are set out throughout the report. There are no direct legal, "
               "equality or climate implications. Virements over £500,000 need Cabinet approval under the "
               "Financial Procedure Rules (rule 4.6)."),
        ("p", f"<<{teal}|**8. Background papers and contact**>>"),
        ("pn", "8.1\tRevenue Budget 2025/26 and Medium Term Financial Strategy (County Council, 20 February "
               "2025); Quarter 1 monitoring report (Cabinet, 16 September 2025)."),
        ("pn", "8.2\tContact: Head of Financial Management – finance.monitoring@pendlewick.example – 01632 960 388"),
        ("break",),
        ("p", f"<<{teal}|**Appendix A – Delivery of the largest savings 2025/26**>>"),
        ("table", {"cols": [1.8, 7.4, 2.5, 2.8, 2.5], "font": 9, "header_fill": grey,
                   "header": ["Ref", "Saving", "Target £m", "Forecast £m", "RAG"], "rows": savings}),
        ("p", "RAG: Green – on track; Amber – partly delivered; Red – at risk."),
        ("p", f"<<{teal}|**Appendix B – Virements over £500,000 for approval**>>"),
        ("table", {"cols": [1.9, 4.3, 4.3, 2.1, 4.4], "font": 9, "header_fill": grey,
                   "header": ["Ref", "From", "To", "Amount £", "Reason"], "rows": virements}),
        ("p", f"<<{teal}|**Appendix C – Capital re-phasing into 2026/27**>>"),
        ("p", "The net variance of £19.3 million in section 5 is made up of re-phasing of £22.6 million into "
              "2026/27 on the four schemes with a negative variance, less the new Local Transport Grant of "
              "£3.1 million and an overspend of £0.2 million on highways maintenance."),
        ("p", f"<<{teal}|**Appendix D – Prudential indicators at 30 September 2025**>>"),
        ("table", {"cols": [8.6, 4.2, 4.2], "font": 9, "header_fill": grey,
                   "header": ["Indicator", "Limit 2025/26", "Position at 30 September"],
                   "rows": [["Authorised limit for external debt", "£520.0m", "£412.3m"],
                            ["Operational boundary", "£480.0m", "£412.3m"],
                            ["Ratio of financing costs to net revenue stream", "9.5%", "8.1%"],
                            ["Upper limit on fixed rate borrowing", "100%", "94%"],
                            ["Principal invested for more than one year", "£20.0m", "£10.0m"]]}),
    ]
    return {
        "name": "pendlewick-cabinet-budget-monitoring-quarter-2-2025-26",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2025-11-07", "doc_title": title, "author": "Financial Management",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 16, "title_color": teal, "box_width": 17,
                 "m_header": ("Pendlewick County Council", "Cabinet – 18 November 2025"),
                 "m_footer": ("Revenue and Capital Budget Monitoring 2025/26 – Quarter 2",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="county council quarterly revenue and capital budget monitoring report to Cabinet: a "
                           "boxed \"Cabinet is asked to:\" Word-numbered (a)–(e) list, figures tables, management "
                           "actions without owners and appendices (not items)",
                     kind="committee-report", title=title, authority=PENDLEWICK, date="2025-11-18",
                     meeting="Cabinet",
                     recommendations=[recommendation(n, text, verb=verb, addressee="Cabinet")
                                      for n, text, verb in recs]),
        "layout": ("DOCX (python-docx), Liberation Sans 10 pt, an italic running header (council | \"Cabinet – 18 "
                   "November 2025\") and an italic footer (title | \"Page X of Y\"), rows that may not split; 4 pages "
                   "in a scratch LibreOffice conversion. A teal capitals council line, a bordered front-sheet table "
                   "with grey-blue bold labels, the teal title; a one-cell box with a teal bold \"Recommendations\", "
                   "\"Cabinet is asked to:\" and a Word-numbered (a)–(e) list (note / note / approve / approve / note,"
                   " \";\", \"; and\"). Bold teal section lines that are not heading styles (\"1. Summary\" … \"8. "
                   "Background papers and contact\") over typed 1.1 … 8.2 hanging paragraphs; a revenue forecast "
                   "table by directorate (Budget / Forecast / Variance Q2 / Variance Q1, bold total), a capital "
                   "table with comments; \"4. Management actions\" as four bullets without owners or dates (not "
                   "actions); \"4.2 … The section 151 officer recommends that no new spending commitments are made …\""
                   " (not an item). After a page break, appendices: A, the largest savings with RAG words in shaded "
                   "cells and a RAG key (not items, not statuses); B, the virements for approval (Ref V/25/07 … "
                   "V/25/09, not items); C, a re-phasing paragraph; D, prudential indicators."),
    }


# ---------------------------------------------------------------------------
# AH4. Record of a Cabinet decision on a capital scheme (Markdown → pandoc DOCX, pandoc's styles).
#      A bold council line, "Record of Decision" as H1, a headerless grid table of the record's details
#      (reference, subject, decision maker, meeting and agenda item, key decision, call-in deadline),
#      "Cabinet RESOLVED to:" over a pandoc (a)–(d) list, reasons, a numbered list of rejected options
#      (not items), a financing pipe table, declarations, call-in and a signature line.
# ---------------------------------------------------------------------------


def hobblestone_market_hall_decision():
    subject = "Market Hall Roof and Façade Repairs – Addition to the Capital Programme"
    ref = "HBC/CAB/25/041"
    parts = [
        ("a", "add a scheme of £1,850,000 for the repair of the roof and façade of Hobblestone Market Hall to "
              "the capital programme for 2025/26 and 2026/27, funded by £1,250,000 of prudential borrowing and "
              "£600,000 from the Capital Receipts Reserve;"),
        ("b", "award the contract for the works to Brockwell Heritage Building Ltd for £1,512,400, being the most "
              "economically advantageous tender received;"),
        ("c", "delegate authority to the Director of Finance and Corporate Services, in consultation with the "
              "Cabinet Member for Finance and Resources, to agree variations to the contract within the approved "
              "budget; and"),
        ("d", "note the revised prudential indicators for 2025/26 in Appendix 2 to the report and recommend them "
              "to Council for approval on 29 January 2026."),
    ]
    md = [
        "**HOBBLESTONE BOROUGH COUNCIL**",
        "# Record of Decision",
        "This record is published under the Local Authorities (Executive Arrangements) (Meetings and Access to "
        "Information) (England) Regulations 2012. The decision may not be implemented until the call-in period "
        "has ended.",
        grid_table([24, 56], None, [
            ["**Decision reference**", ref],
            ["**Subject**", subject],
            ["**Decision maker**", "Cabinet"],
            ["**Meeting**", "Cabinet, 9 December 2025, agenda item 7"],
            ["**Date of decision**", "9 December 2025"],
            ["**Portfolio**", "Finance and Resources; Regeneration and Assets"],
            ["**Key decision**", "Yes – Forward Plan ref. FP/2025/019"],
            ["**Report of**", "Director of Finance and Corporate Services"],
            ["**Date published**", "11 December 2025"],
            ["**Call-in deadline**", "5.00 pm on Thursday, 18 December 2025"],
        ]),
        "## Decision",
        "Cabinet RESOLVED to:",
        "\n".join(f"({n}) {text}" for n, text in parts),
        "## Reasons for the decision",
        "The Market Hall is a Grade II listed building owned by the Council and let to 34 traders. A condition "
        "survey in May 2025 found that the slate roof and the stone parapets were failing and that water was "
        "entering the building in six places. Netting has been put up over the Bridge Street entrance as a "
        "temporary measure. Without repairs the Council would have to close parts of the hall in 2026, with a "
        "loss of rent of about £145,000 a year.",
        "The tender was run through an open procedure. Five tenders were received and evaluated on 60% quality "
        "and 40% price. Brockwell Heritage Building Ltd scored highest and its price is within the pre-tender "
        "estimate.",
        "## Alternative options considered and rejected",
        "1. To carry out emergency repairs only. Rejected because the survey found that patch repairs would last "
        "no more than three years and would cost about £420,000 over that time.\n"
        "2. To sell the Market Hall. Rejected because the hall is central to the town centre regeneration plan "
        "and its condition would reduce its value.",
        "## How the scheme is financed",
        "| Source | 2025/26 £ | 2026/27 £ | Total £ |\n|:---|---:|---:|---:|\n"
        "| Prudential borrowing | 310,000 | 940,000 | 1,250,000 |\n"
        "| Capital Receipts Reserve | 600,000 | 0 | 600,000 |\n"
        "| **Total** | **910,000** | **940,000** | **1,850,000** |",
        "The borrowing will cost about £96,000 a year in interest and minimum revenue provision from 2026/27. "
        "This is included in the draft revenue budget for 2026/27. The operational boundary for external debt "
        "for 2025/26 rises from £62.0 million to £63.3 million; the authorised limit is unchanged.",
        "## Declarations of interest",
        "None.",
        "## Call-in",
        "Any five members of the Overview and Scrutiny Management Board may call in this decision by writing to "
        "the Monitoring Officer before the deadline above. If the decision is not called in, it may be "
        "implemented from Friday, 19 December 2025.",
        "Signed: Democratic Services Manager, for the Chief Executive\n\n"
        "Contact: democratic.services@hobblestone.example – 01632 960 208",
    ]
    decisions = [decision("7", ref, text, "Cabinet", date="2025-12-09", kind="decision") for _, text in parts]
    return {
        "name": "hobblestone-record-of-cabinet-decision-market-hall-capital-scheme",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2025-12-11"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="borough council record of a Cabinet decision adding a scheme to the capital "
                           "programme (\"Cabinet RESOLVED to:\" (a)–(d); reasons, rejected options, financing and "
                           "call-in not items)",
                     kind="decision", title=subject, authority=HOBBLESTONE, date="2025-12-09", meeting="Cabinet",
                     decision_number=ref, decisions=decisions),
        "layout": ("DOCX (Markdown → pandoc), pandoc's styles; 2 pages in a scratch LibreOffice conversion. A bold "
                   "capitals council line, \"Record of Decision\" as H1, a publication paragraph, a headerless "
                   "two-column grid table with bold labels (Decision reference HBC/CAB/25/041 / Subject / Decision "
                   "maker / Meeting \"Cabinet, 9 December 2025, agenda item 7\" / Date of decision / Portfolio / Key "
                   "decision \"Yes – Forward Plan ref. FP/2025/019\" / Report of / Date published / Call-in deadline);"
                   " Heading 2 \"Decision\" with \"Cabinet RESOLVED to:\" and a pandoc (a)–(d) list (\"; and\"; (d) \"note "
                   "… and recommend them to Council for approval …\"); reasons in prose; \"Alternative options "
                   "considered and rejected\" as a pandoc-numbered 1.–2. list (not items); a right-aligned financing "
                   "pipe table with a bold total; declarations (\"None.\"), call-in, a signature and contact "
                   "paragraph."),
    }


# ---------------------------------------------------------------------------
# AH5. The external auditor's annual report (value for money) on Hobblestone Borough Council
#      (Markdown → pandoc DOCX → LibreOffice). A firm line, the H1 title, an "Issued" line, a summary
#      grid table of the three reporting criteria (not items), findings by criterion, one key
#      recommendation and four improvement recommendations, each in a headerless two-column grid table
#      under its own Heading 3 (Recommendation / Priority / Management response / Responsible officer /
#      Target date), previous recommendations in prose and a fees table.
# ---------------------------------------------------------------------------


def hobblestone_auditors_annual_report():
    title = "Auditor’s Annual Report on Hobblestone Borough Council 2024/25"
    key = ("The Council should agree a savings plan that closes the budget gap of £2.4 million for 2027/28 and "
           "£3.1 million for 2028/29, with each saving costed, given a lead officer and monitored by Cabinet "
           "every quarter.")
    key_response = ("Agreed. A Financial Sustainability Programme of savings and income proposals for 2027/28 to "
                    "2028/29 will be presented to Cabinet with the 2026/27 budget, and progress will be reported "
                    "in the quarterly budget monitoring reports.")
    # (ref, criterion, recommendation, verb, addressee, priority, response, decision, officer cell, owners,
    #  target cell, due)
    irs = [
        ("IR1", "Financial sustainability",
         "Review the capital programme at least twice a year and remove or re-phase schemes that have not "
         "started, so that the approved programme reflects what can be delivered.", "REVIEW", None, "High",
         "Agreed. A Capital Review Board chaired by the Director of Finance and Corporate Services was set up in "
         "September 2025 and will report to Cabinet each quarter.", "accepted",
         "Director of Finance and Corporate Services", ["Director of Finance and Corporate Services"],
         "Q4 2025/26", "2026-03"),
        ("IR2", "Governance",
         "Update the risk management strategy and make sure the corporate risk register records the owner, the "
         "target score and the date of the next review for every risk.", "UPDATE", None, "Medium",
         "Agreed in part. The register will record an owner and a target score for every risk from January "
         "2026. We do not think a review date is needed for each risk, because the Corporate Leadership Team "
         "reviews the whole register every quarter.", "partially-accepted",
         "Head of Governance and Risk; Monitoring Officer", ["Head of Governance and Risk", "Monitoring Officer"],
         "31 January 2026", "2026-01-31"),
        ("IR3", "Governance",
         "The Council should publish an annual report on the performance of Hobblestone Homes Ltd, its wholly "
         "owned housing company, and add the company to the Audit Committee’s work programme.", "PUBLISH",
         "Council", "Medium",
         "Not agreed. The company reports twice a year to the Shareholder Committee, which meets in public. A "
         "separate annual report would duplicate that reporting.", "rejected",
         "Director of Place", ["Director of Place"], "N/A", None),
        ("IR4", "Improving economy, efficiency and effectiveness",
         "Set targets for the savings expected from the new contract management system and report progress "
         "against them to Cabinet.", "SET", None, "Low",
         "Management accept this recommendation. Targets will be set when the system goes live in the spring.",
         "accepted", "Head of Procurement /\n\nHead of Finance", ["Head of Procurement", "Head of Finance"],
         "By September 2026", "2026-09"),
    ]

    def ir_table(r):
        return grid_table([26, 54], None, [
            ["**Criterion**", r[1]],
            ["**Recommendation**", r[2]],
            ["**Priority**", r[5]],
            ["**Management response**", r[6]],
            ["**Responsible officer**", r[8]],
            ["**Target date**", r[10]],
        ])

    md = [
        "**GARSIDE WHITLOCK LLP**",
        f"# {title}",
        "**Issued November 2025**",
        "This report is addressed to the members of Hobblestone Borough Council. It sets out our work as the "
        "Council’s external auditor for the year ended 31 March 2025 on the Council’s arrangements for securing "
        "economy, efficiency and effectiveness in its use of resources (value for money), as the Local Audit and "
        "Accountability Act 2014 and the Code of Audit Practice require. It will be presented to the Audit "
        "Committee on 27 November 2025.",
        "## 1. Executive summary",
        "**Financial statements.** We gave an unqualified opinion on the Council’s financial statements for "
        "2024/25 on 6 November 2025.",
        "**Value for money.** We are required to report whether the Council has proper arrangements in place "
        "under three criteria. Our conclusions are summarised below.",
        grid_table([30, 24, 26], ["Criterion", "2023/24", "2024/25"], [
            ["Financial sustainability", "No significant weakness; improvement recommendation made",
             "Significant weakness; key recommendation made"],
            ["Governance", "No significant weakness", "No significant weakness; improvement recommendations made"],
            ["Improving economy, efficiency and effectiveness", "No significant weakness",
             "No significant weakness; improvement recommendation made"],
        ]),
        "## 2. Our findings",
        "### Financial sustainability",
        "The Council delivered its 2024/25 budget with an underspend of £0.3 million, after drawing £0.9 million "
        "from reserves. Its General Fund balance was £2.1 million at 31 March 2025 and its earmarked reserves "
        "£9.8 million. The Medium Term Financial Strategy approved in February 2025 shows gaps of £2.4 million "
        "in 2027/28 and £3.1 million in 2028/29, and the Council has not yet identified how these will be "
        "closed. At the current rate of use, usable reserves would be exhausted during 2028/29. We consider "
        "this a significant weakness in the Council’s arrangements for financial sustainability.",
        "Only 61% of the 2024/25 capital programme was spent, and several schemes have been carried forward "
        "for three years or more without being started.",
        "### Governance",
        "The Council’s governance arrangements are generally sound. The Audit Committee is well attended and "
        "has an independent member. The corporate risk register does not record target scores for 14 of its "
        "22 risks, and the risk management strategy was last updated in 2019.",
        "The Council set up Hobblestone Homes Ltd in 2022 to provide homes for private rent. It now owns 48 "
        "homes and has borrowed £7.6 million from the Council. Members outside the Shareholder Committee see "
        "little about its performance.",
        "### Improving economy, efficiency and effectiveness",
        "The Council uses benchmarking and has a clear performance framework. It bought a contract management "
        "system in 2025 to reduce spending with suppliers, but has not set out the savings it expects.",
        PAGE_BREAK_MD,
        "## 3. Key recommendations",
        "A key recommendation is made where we have identified a significant weakness in arrangements.",
        "### Key recommendation 1",
        grid_table([26, 54], None, [
            ["**Recommendation**", key],
            ["**Significant weakness identified**",
             "The Council has no agreed plan to close the budget gaps in its Medium Term Financial Strategy "
             "and is relying on reserves that will run out."],
            ["**Management comments**", key_response],
            ["**Responsible officer**", "Chief Executive / Director of Finance and Corporate Services"],
            ["**Target date**", "February 2026 (budget setting)"],
        ]),
        "## 4. Improvement recommendations",
        "Improvement recommendations are made where there is no significant weakness but we think the "
        "arrangements could be better. Priority: High – to be addressed within six months; Medium – within a "
        "year; Low – good practice.",
    ]
    for r in irs:
        if r[0] == "IR4":
            md.append(PAGE_BREAK_MD)
        md += [f"### Improvement recommendation {r[0]}", ir_table(r)]
    md += [
        "## 5. Progress on previous recommendations",
        "We made two improvement recommendations in our 2023/24 report, on the monitoring of savings and on "
        "the Council’s procurement strategy. The procurement strategy was updated in March 2025. The "
        "recommendation on savings monitoring has not been implemented and is superseded by key "
        "recommendation 1 above.",
        "## 6. Audit fees",
        "| Fee | 2023/24 £ | 2024/25 £ |\n|:---|---:|---:|\n"
        "| Scale fee (audit of the financial statements and value for money) | 148,600 | 156,200 |\n"
        "| Additional fee: valuation of land and buildings | 6,400 | 4,100 |\n"
        "| Certification of the housing benefit subsidy claim | 38,900 | 41,300 |",
        "Engagement lead: K.R., Partner, Garside Whitlock LLP – kr@garsidewhitlock.example – 01632 960 661",
    ]
    recs = [recommendation("1", key, verb="AGREE", addressee="Council", theme="Key recommendations",
                           owners=["Chief Executive", "Director of Finance and Corporate Services"],
                           timeframe="February 2026 (budget setting)", due="2026-02", response=key_response,
                           decision="accepted")]
    recs += [recommendation(r[0], r[2], verb=r[3], addressee=r[4], theme="Improvement recommendations",
                            owners=r[9], timeframe=None if r[10] == "N/A" else r[10], due=r[11], response=r[6],
                            decision=r[7]) for r in irs]
    return {
        "name": "hobblestone-auditors-annual-report-2024-25",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2025-11-14"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="external auditor's annual report on value for money: a key recommendation and four "
                           "improvement recommendations, each with a management response, officer and date",
                     kind="scrutiny-report", title=title, authority=HOBBLESTONE, date="2025-11", meeting=None,
                     recommendations=recs),
        "layout": ("PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header; 5 pages. A bold "
                   "capitals firm line, the H1 title, a bold \"Issued November 2025\" line, an addressee paragraph "
                   "(\"It will be presented to the Audit Committee on 27 November 2025\"); \"1. Executive summary\" with"
                   " bold-led paragraphs and a grid table of the three criteria (2023/24 | 2024/25 conclusions, not "
                   "items); \"2. Our findings\" under three Heading 3 criteria. After a raw page break, \"3. Key "
                   "recommendations\" with a Heading 3 \"Key recommendation 1\" over a headerless two-column grid table"
                   " (Recommendation / Significant weakness identified / Management comments / Responsible officer /"
                   " Target date); \"4. Improvement recommendations\" with a priority key sentence and four Heading 3 "
                   "\"Improvement recommendation IR1\" … \"IR4\", each over a headerless two-column grid table "
                   "(Criterion / Recommendation / Priority High–Medium–Low / Management response / Responsible "
                   "officer / Target date), a raw page break before IR4; responses opening \"Agreed.\", \"Agreed in "
                   "part.\", \"Not agreed.\", \"Management accept this recommendation.\"; officers \"… / …\", \"…; …\", one "
                   "cell of two paragraphs \"Head of Procurement /\" and \"Head of Finance\"; target dates \"February "
                   "2026 (budget setting)\", \"Q4 2025/26\", \"31 January 2026\", \"N/A\", \"By September 2026\". \"5. "
                   "Progress on previous recommendations\" in prose; \"6. Audit fees\" a pipe table; an engagement lead"
                   " line."),
    }


# ---------------------------------------------------------------------------
# AH6. Council tax leaflet for residents (PDF via LibreOffice, NinthMWriter, Liberation Sans 10 pt,
#      running footer). The county's explanation of its share of the bill: the Leader's message, band
#      amounts, where the money goes and comes from, the adult social care precept, the other
#      precepting bodies, help with paying and contacts. Nothing to find.
# ---------------------------------------------------------------------------


def pendlewick_council_tax_leaflet():
    title = "Your Council Tax 2026/27"
    green = "2F6B3A"
    pale = "E4EFE3"
    county_d = Decimal("1784.61")
    asc_d = Decimal("264.98")
    fire_d = Decimal("92.18")
    services = [
        ["Adult social care", "268.4", "41.8%", "£745"],
        ["Children’s services and education", "171.9", "26.7%", "£477"],
        ["Highways, transport and home to school transport", "82.6", "12.9%", "£229"],
        ["Waste disposal and recycling centres", "41.3", "6.4%", "£115"],
        ["Public health (grant funded)", "0.0", "0.0%", "£0"],
        ["Libraries, culture, trading standards and communities", "19.8", "3.1%", "£55"],
        ["Financing the capital programme", "33.1", "5.1%", "£92"],
        ["Running the council (finance, IT, legal, property)", "25.6", "4.0%", "£71"],
        ["**Total net budget**", "**642.7**", "**100%**", "**£1,785**"],
    ]
    blocks = [
        ("p", f"<<{green}|**PENDLEWICK COUNTY COUNCIL**>>"),
        ("title", title),
        ("p", "**What the County Council spends your money on, and how much you pay**"),
        ("p", "Published March 2026 with your Council Tax bill"),
        ("ph", 12, f"<<{green}|A message from the Leader>>"),
        ("p", "Every year we have to make difficult choices about how to spend the money we receive. More older "
              "people need care at home and in care homes, and more children need our help, and the cost of "
              "that care keeps rising. Nearly seven pounds in every ten we spend now goes on looking after "
              "adults and children."),
        ("p", "The County Council set its budget for 2026/27 on 19 February 2026. Our share of the Council Tax "
              "will rise by 4.99%. Of this, 2% is the adult social care precept, which can only be spent on "
              "adult social care. We have kept the increase as low as we can while protecting the services "
              "people rely on most. Thank you for your support."),
        ("p", "Leader of Pendlewick County Council"),
        ("ph", 12, f"<<{green}|How much is the County Council’s share?>>"),
        ("p", "Your bill is sent by your borough or district council, which collects Council Tax for itself, "
              "for the County Council, for the Police and Crime Commissioner, for Pendlewick Fire and Rescue "
              "Authority and, where there is one, for your town or parish council. The County Council’s share "
              "for each band is:"),
        ("table", {"cols": [3.2] + [1.725] * 8, "font": 9, "header_fill": pale,
                   "header": ["Band"] + BANDS,
                   "rows": [["2026/27 (£)"] + band_row(county_d),
                            ["of which adult social care precept (£)"] + band_row(asc_d)]}),
        ("p", "Most homes in Pendlewick are in Bands B and C. A Band C home will pay the County Council "
              f"£{money(county_d * 8 / 9)} in 2026/27, £1.45 a week more than in 2025/26."),
        ("ph", 12, f"<<{green}|Where your money goes>>"),
        ("table", {"cols": [7.8, 3.0, 2.6, 3.6], "font": 9, "header_fill": pale,
                   "header": ["Service", "Net budget £m", "Share", "From a Band D bill"],
                   "rows": services}),
        ("p", "Public health is paid for by a government grant of £38.2 million and does not fall on Council Tax."),
        ("ph", 12, f"<<{green}|Where the money comes from>>"),
        ("table", {"cols": [11.0, 3.0, 3.0], "font": 9, "header_fill": pale,
                   "header": ["Source", "£m", "Share"],
                   "rows": [["Council Tax", "482.3", "75.0%"],
                            ["Business rates", "96.1", "15.0%"],
                            ["Government grants not tied to a service", "57.8", "9.0%"],
                            ["Use of the Budget Resilience Reserve", "6.5", "1.0%"],
                            ["**Total**", "**642.7**", "**100%**"]]}),
        ("ph", 12, f"<<{green}|Adult social care precept>>"),
        ("p", "The Secretary of State for Housing, Communities and Local Government has made an offer to adult "
              "social care authorities. The offer is the option to charge a precept of up to 2% on Council Tax "
              "for 2026/27 without holding a referendum, to help pay for adult social care. Pendlewick County "
              "Council has taken up this offer. The total adult social care precept in your bill, built up "
              "since 2016/17, is shown in the table above."),
        ("ph", 12, f"<<{green}|Pendlewick Fire and Rescue Authority>>"),
        ("p", "The Fire and Rescue Authority sets its own precept. For 2026/27 it is "
              f"£{money(fire_d)} for a Band D home, an increase of £5.00. The Authority runs 24 fire stations "
              "and answered 9,412 emergency calls in 2024/25. Find out more at fire.pendlewick.example."),
        ("ph", 12, f"<<{green}|Help with paying your Council Tax>>"),
        ("list", "bullet", 1, [
            "If you live alone you may get a 25% single person discount.",
            "If you are on a low income you may get help through your borough or district council’s Council "
            "Tax Reduction scheme.",
            "Discounts and exemptions apply to some students, carers and people with severe mental impairment.",
            "If you are finding it hard to pay, contact your borough or district council as soon as you can. "
            "Most councils can spread payments over 12 months instead of 10.",
        ]),
        ("ph", 12, f"<<{green}|Contact us>>"),
        ("p", "Questions about your bill, discounts or payments: contact your borough or district council, "
              "whose details are on your bill."),
        ("p", "Questions about County Council services and spending: Pendlewick County Council, County Hall, "
              "Mercer Street, Pendlewick PW1 2CH – customer.services@pendlewick.example – 01632 960 300."),
        ("p", "The full budget book for 2026/27 is on our website. This leaflet is available in large print and "
              "other formats on request."),
    ]
    return {
        "name": "pendlewick-council-tax-leaflet-2026-27",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-02", "doc_title": title, "author": "Pendlewick County Council",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 22, "title_color": green,
                 "m_footer": ("Pendlewick County Council – Your Council Tax 2026/27", "{PAGE}")},
        "blocks": blocks,
        "gold": dict(genre="county council tax leaflet for residents: band amounts, where the money goes and comes "
                           "from, the adult social care precept, the fire authority's precept, help with paying "
                           "(nothing to find)",
                     kind="other", title=title, authority=PENDLEWICK, date="2026-03", meeting=None),
        "layout": ("PDF (python-docx → LibreOffice), Liberation Sans 10 pt, an italic running footer (leaflet name |"
                   " page number), rows that may not split; 2 pages. A green capitals council line, the large green "
                   "title, a bold subtitle, \"Published March 2026 with your Council Tax bill\"; green bold side "
                   "headings that are not heading styles; a message from the Leader (the budget \"set … on 19 "
                   "February 2026\", not an item); the County Council's share by band A–H with the adult social care "
                   "precept row (9 pt, pale green header); \"Where your money goes\" (service | net budget | share | "
                   "from a Band D bill) and \"Where the money comes from\" tables with bold totals; the statutory "
                   "adult social care precept wording; the Fire and Rescue Authority's precept; help-with-paying "
                   "bullets; contact paragraphs. Nothing to find."),
    }


PAPERS = [hobblestone_council_tax_setting, pendlewick_budget_task_group_response,
          pendlewick_budget_monitoring_q2, hobblestone_market_hall_decision,
          hobblestone_auditors_annual_report, pendlewick_council_tax_leaflet]
