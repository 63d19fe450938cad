"""Papers of the twenty-third batch, part AO ("housing, homelessness and landlord services"): six
made-up papers from two invented places:

  Grimsholt – Grimsholt City Council, a stock-holding landlord (Cabinet, Housing Scrutiny Panel, the
    Tenants' and Residents' Forum), whose housing service is called Grimsholt Homes;
  Wenderby – Wenderby District Council, a district without council homes (Cabinet, Communities Overview
    and Scrutiny Committee), and the Wenderby Homelessness Forum of partners and charities that it hosts.

The genre: the papers councils write as housing authorities and landlords – a consumer standards
improvement plan after a regulatory inspection, a Cabinet report on the housing revenue account business
plan and rents, Cabinet's response to a scrutiny panel's review of void repairs, an annual progress
update on a homelessness and rough sleeping strategy action plan, the notes of a homelessness forum with
agreed items and named actions, and a housing register and lettings statistics bulletin that holds
nothing to find.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every estate, street, charity, housing association and figure
is made up. The Regulator of Social Housing and the Ministry of Housing, Communities and Local Government
are named as the national bodies they are; what they are said to have done here is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_twentythird_ap.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, recent parts' sections and first contact,
second renditions, rebuilding, the closing gold decisions), `Corpus/gold/README.md`,
`Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`, and for conventions and helpers the
writer part of `papers_ninth_m.py`, `grid_table` in `papers_fresh.py` and `papers_twentysecond_am.py`.
Each paper names its own split. Every gold value is written by hand beside the words it labels; the
part AO notes record the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AO1 grimsholt-homes-consumer-standards-improvement-plan-progress-february-2026 – tune – lo-pdf
  AO2 grimsholt-cabinet-hra-business-plan-rents-and-service-charges-2026-27 – tune – docx
  AO3 grimsholt-cabinet-response-void-repairs-scrutiny-review – unseen – pandoc-docx
  AO4 wenderby-homelessness-strategy-annual-progress-update-2025-26 – unseen – chromium-pdf
  AO5 wenderby-homelessness-forum-notes-february-2026 – tune – pandoc-lo-pdf
  AO6 wenderby-housing-register-and-lettings-statistics-2025-26 – unseen – lo-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

GRIMSHOLT = "Grimsholt City Council"
WENDERBY = "Wenderby District Council"


# Section breaks for the pandoc response (AO3): raw OpenXML paragraphs whose sectPr ends the section before
# them, so that the response table sits in a landscape section between two portrait ones (US Letter, as
# pandoc's reference document). Pandoc passes `{=openxml}` blocks through unchanged.
SECTION_PORTRAIT_MD = ('```{=openxml}\n<w:p><w:pPr><w:sectPr><w:pgSz w:w="12240" w:h="15840"/>'
                       '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" '
                       'w:footer="720" w:gutter="0"/></w:sectPr></w:pPr></w:p>\n```')
SECTION_LANDSCAPE_MD = ('```{=openxml}\n<w:p><w:pPr><w:sectPr><w:pgSz w:w="15840" w:h="12240" '
                        'w:orient="landscape"/><w:pgMar w:top="1080" w:right="1080" w:bottom="1080" '
                        'w:left="1080" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:pPr></w:p>\n```')


def label(text, fill="E2E2E2"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AO1. Consumer standards improvement plan, progress report to Grimsholt's Housing Scrutiny Panel
#      (python-docx → LibreOffice, landscape, NinthMWriter). A short covering report with one
#      "That the Panel notes … and agrees …" recommendation, the Regulator's grade and findings in prose
#      (not items), a status key, and the plan table Ref | Standard | What the Regulator found | Action |
#      Owner | Deadline | Status with the Standard cell merged down over its rows.
# ---------------------------------------------------------------------------


def grimsholt_consumer_standards_plan():
    title = "Consumer Standards Improvement Plan: Progress at 31 January 2026"
    navy = "1F3864"
    cover = ("That the Panel notes the progress made against the Consumer Standards Improvement Plan and agrees "
             "to receive the next update at its meeting in June 2026.")
    ham = "Head of Asset Management"
    hhm = "Head of Housing Management"
    tsm = "Tenancy Services Manager"
    sq = "Safety and Quality Standard"
    tia = "Transparency, Influence and Accountability Standard"
    nc = "Neighbourhood and Community Standard"
    ten = "Tenancy Standard"
    # (standard, ref, finding, action, owner cell, owners, deadline cell, due, status word)
    acts = [
        (sq, "SQ1", "Stock condition data held for 61% of homes; most surveys more than five years old.",
         "Complete stock condition surveys of the remaining homes (about 4,100), so that every home has a "
         "survey less than five years old.", f"{ham} /\nStock Condition Surveyor",
         [ham, "Stock Condition Surveyor"], "31/03/2027", "2027-03-31", "On track"),
        (sq, "SQ2", "Damp and mould cases closed without checking that the repair had worked.",
         "Carry out a follow-up visit within six weeks of every completed damp and mould repair and record "
         "the outcome on the repairs system.", "Repairs Manager", ["Repairs Manager"], "April 2026", "2026-04",
         "On track"),
        (sq, "SQ3", "312 fire risk assessment actions overdue at the inspection, 41 of them high risk.",
         "Clear all overdue high-risk fire risk assessment actions and report the remaining overdue actions "
         "every month to the Landlord Compliance Board.", "Building Safety Manager", ["Building Safety Manager"],
         "December 2025", "2025-12", "Complete"),
        (sq, "SQ4", "No single record of the adaptations and support needs of tenants.",
         "Introduce a single register of tenants’ adaptations and support needs, linked to the housing "
         "management system.", f"{hhm};\nICT Business Partner", [hhm, "ICT Business Partner"], "Q2 2026/27",
         "2026-09", "Not started"),
        (tia, "TIA1", "Tenant satisfaction measures for 2024/25 published four months late, without "
                      "commentary.",
         "Publish the 2025/26 tenant satisfaction measures, with a plain-English commentary, on the Grimsholt "
         "Homes website.", "Performance and Insight Manager", ["Performance and Insight Manager"], "30/06/2026",
         "2026-06-30", "Not started"),
        (tia, "TIA2", "Tenants could not show how their views had changed services.",
         "Agree a tenant involvement framework with the Tenants’ and Residents’ Forum, including a tenant "
         "seat on the Landlord Compliance Board.", "Tenant Involvement Manager /\nTenants’ and Residents’ Forum",
         ["Tenant Involvement Manager", "Tenants’ and Residents’ Forum"], "May 2026 (revised from March 2026)",
         "2026-05", "Delayed"),
        (tia, "TIA3", "Complaints performance reported to senior managers only.",
         "Report complaint handling performance and the lessons learned to the Housing Scrutiny Panel every "
         "quarter.", "Customer Resolution Manager", ["Customer Resolution Manager"], "Quarterly from April 2026",
         "2026-04", "Not started"),
        (nc, "NC1", "No published approach to anti-social behaviour case reviews.",
         "Review and publish the anti-social behaviour policy, including how a tenant can ask for a case "
         "review.", f"{tsm} / Community Safety Team", [tsm, "Community Safety Team"], "31 July 2026",
         "2026-07-31", "On track"),
        (ten, "T1", "Tenancy audits not carried out since 2020.",
         "Restart tenancy audits, visiting every home at least once every five years, starting with homes not "
         "visited since 2020.", tsm, [tsm], "Ongoing", None, "On track"),
    ]
    statuses = {"Complete": "completed", "On track": "ongoing", "Delayed": "ongoing", "Not started": "not-started"}
    fills = {"Complete": "BDD7EE", "On track": "C6EFCE", "Delayed": "FFEB9C", "Not started": "F2F2F2"}
    rows, seen = [], {}
    for a in acts:
        seen[a[0]] = seen.get(a[0], 0) + 1
    done = set()
    for a in acts:
        if a[0] in done:
            std = "^"
        else:
            done.add(a[0])
            std = {"text": a[0], "bold": True, "vspan": seen[a[0]]}
        rows.append([{"text": a[1], "bold": True}, std, a[2], a[3], a[4], a[6],
                     {"text": a[8], "bold": True, "fill": fills[a[8]]}])
    blocks = [
        ("p", f"<<{navy}|**GRIMSHOLT CITY COUNCIL**>>"),
        ("p", "**Housing Scrutiny Panel – 24 February 2026 – Agenda item 6**"),
        ("title", title),
        ("table", {"cols": [4.6, 19.3], "font": 9.5, "rows": [
            [label("Report of", "DCE3F0"), "Director of Housing (Grimsholt Homes)"],
            [label("Cabinet Member", "DCE3F0"), "Cabinet Member for Housing and Tenant Services"],
            [label("Purpose", "DCE3F0"), "To report progress on the actions agreed after the Regulator of Social "
                                          "Housing’s inspection in October 2025"],
            [label("Contact", "DCE3F0"), "Landlord Compliance and Assurance Manager – "
                                          "housing.assurance@grimsholt.example – 01632 960 514"],
        ]}),
        ("ph", 12, f"<<{navy}|Recommendation>>"),
        ("p", cover),
        ("ph", 12, f"<<{navy}|Background>>"),
        ("p", "The Regulator of Social Housing inspected the Council as a landlord from 6 to 9 October 2025 and "
              "published its judgement on 3 December 2025. The Council was graded C3 for the consumer standards: "
              "there are serious failings in the landlord delivering the outcomes of the consumer standards and "
              "significant improvement is needed. The Regulator found that the Council did not have up-to-date "
              "information about the condition of many of its 10,640 homes, had a large number of overdue fire "
              "safety actions, and could not show that tenants’ views shaped its services."),
        ("p", "Cabinet agreed this improvement plan on 16 December 2025 and shared it with the Regulator, which "
              "meets the Director of Housing every month to review progress. The Tenants’ and Residents’ Forum "
              "receives the same update as the Panel. Of the nine actions, one is complete, four are on track, "
              "one is delayed and three have not started, as planned, because they are due later in 2026."),
        ("p", "The delay to TIA2 is because the Forum asked for more time to consult its members on the draft "
              "framework. The Forum’s meeting on 21 April 2026 will consider it."),
        ("p", "**Status key.** **Complete** – done and checked by the Landlord Compliance Board. **On track** – "
              "under way and expected by the deadline. **Delayed** – under way, but the deadline has been "
              "revised. **Not started** – work has not begun."),
        ("table", {"cols": [1.3, 3.4, 5.0, 6.6, 3.8, 2.4, 1.8], "font": 8.5, "header_fill": "B4C6E7",
                   "header": ["Ref", "Standard", "What the Regulator found", "Action", "Owner", "Deadline",
                              "Status"],
                   "rows": rows}),
        ("p", "Owners report progress to the Landlord Compliance Board every month. Background papers: the "
              "Regulator’s judgement (3 December 2025); Cabinet, 16 December 2025, Regulatory judgement and "
              "improvement plan."),
    ]
    return {
        "name": "grimsholt-homes-consumer-standards-improvement-plan-progress-february-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-13", "doc_title": title, "author": "Grimsholt Homes", "ninth_m": True,
                 "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 16, "title_color": navy,
                 "m_header": ("Grimsholt City Council – Housing Scrutiny Panel", "24 February 2026 – Item 6"),
                 "m_footer": ("Consumer Standards Improvement Plan – position at 31 January 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a stock-holding council's consumer standards improvement plan after a regulatory "
                           "inspection, reported to its housing scrutiny panel: one covering \"That the Panel "
                           "notes … and agrees …\" recommendation and a plan table Ref | Standard | What the "
                           "Regulator found | Action | Owner | Deadline | Status with a status key",
                     kind="action-plan", title=title, authority=GRIMSHOLT, date="2026-02-24",
                     meeting="Housing Scrutiny Panel",
                     recommendations=[recommendation(None, cover, verb="NOTES", addressee="Panel")],
                     actions=[action(a[1], a[3], a[5], a[6], a[7], statuses[a[8]]) for a in acts]),
        "layout": "PDF (python-docx → LibreOffice), landscape (Letter), Liberation Sans 10 pt, an italic running "
                  "header (council and panel | date and item) and footer (plan and position date | \"Page X of "
                  "Y\"), rows that may not split. A navy bold capitals council line, a bold panel, date and item "
                  "line, the navy title, a bordered details table with pale blue labels; navy bold headings that "
                  "are not styles; one unnumbered \"That the Panel notes … and agrees …\" recommendation; the "
                  "Regulator's grade and findings in prose; a bold-led status key (Complete / On track / Delayed "
                  "/ Not started); an 8.5 pt table Ref | Standard | What the Regulator found | Action | Owner | "
                  "Deadline | Status with a blue header and the Standard cell merged down over its rows; refs "
                  "SQ1–SQ4, TIA1–TIA3, NC1, T1; owners split by \"/\" plus line break, \";\" plus line break and "
                  "\" / \"; deadlines \"31/03/2027\", \"April 2026\", \"December 2025\", \"Q2 2026/27\", "
                  "\"30/06/2026\", \"May 2026 (revised from March 2026)\", \"Quarterly from April 2026\", \"31 "
                  "July 2026\", \"Ongoing\"; statuses as bold words in shaded cells.",
    }


# ---------------------------------------------------------------------------
# AO2. Report to Grimsholt's Cabinet on the HRA business plan, rents and service charges (python-docx
#      DOCX, NinthMWriter, portrait). A bordered front table, typed 1.1 … hanging paragraphs under bold
#      capital headings, "2.1 Cabinet is recommended to:" over a Word-numbered (1)–(6) list, a rents
#      table, an HRA summary table, the tenants' forum's comments (one reported recommendation, not an
#      item), risks and implications.
# ---------------------------------------------------------------------------


def grimsholt_hra_rents():
    title = "Housing Revenue Account Business Plan, Rents and Service Charges 2026/27"
    maroon = "7B2C3B"
    recs = [
        ("1", "approve an increase of 4.8% in the rents of council homes from 6 April 2026, in line with the "
              "Government’s rent policy of CPI plus 1%;", "APPROVE"),
        ("2", "approve the service charges for 2026/27 set out in Appendix B, including a new charge of £2.15 a "
              "week for the cleaning of communal areas in blocks of flats;", "APPROVE"),
        ("3", "approve increases of 4.8% in garage rents and 3.0% in the weekly charge for the Careline alarm "
              "service;", "APPROVE"),
        ("4", "note the updated thirty-year HRA Business Plan at Appendix A and the risks set out in section 8;",
         "NOTE"),
        ("5", "recommend to Council the HRA revenue budget for 2026/27 of £58.6 million and the HRA capital "
              "programme of £124.3 million for 2026/27 to 2028/29; and", "RECOMMEND"),
        ("6", "delegate authority to the Director of Housing, in consultation with the Cabinet Member for Housing "
              "and Tenant Services, to make minor changes to the communal cleaning charge once the cost of the "
              "new cleaning contract is known.", "DELEGATE"),
    ]
    rents = [
        ["Bedsit", "312", "£78.40", "£82.16", "£3.76"],
        ["1 bedroom", "3,604", "£86.92", "£91.09", "£4.17"],
        ["2 bedrooms", "3,918", "£97.35", "£102.02", "£4.67"],
        ["3 bedrooms", "2,561", "£108.61", "£113.82", "£5.21"],
        ["4 or more bedrooms", "245", "£121.77", "£127.61", "£5.84"],
        [{"text": "All homes", "bold": True}, {"text": "10,640", "bold": True}, {"text": "£95.38", "bold": True},
         {"text": "£99.96", "bold": True}, {"text": "£4.58", "bold": True}],
    ]
    hra = [
        ["Dwelling rents", "(49,870)", "(52,262)"],
        ["Service charges and other income", "(5,412)", "(6,338)"],
        ["Repairs and maintenance", "19,640", "21,105"],
        ["Supervision and management", "14,280", "14,930"],
        ["Interest on HRA debt", "8,920", "9,470"],
        ["Depreciation (funds the capital programme)", "11,450", "12,080"],
        ["Revenue contribution to capital", "1,020", "1,015"],
        [{"text": "(Surplus) / deficit", "bold": True}, {"text": "28", "bold": True}, {"text": "0", "bold": True}],
    ]
    blocks = [
        ("pr", f"<<{maroon}|**GRIMSHOLT CITY COUNCIL**>>"),
        ("table", {"cols": [4.6, 12.4], "font": 9.5, "rows": [
            [label("Report to"), "Cabinet"],
            [label("Date of meeting"), "20 January 2026"],
            [label("Report of"), "Director of Housing and Director of Finance"],
            [label("Cabinet Member"), "Cabinet Member for Housing and Tenant Services"],
            [label("Key decision"), "Yes – Forward Plan reference HSG/25/19"],
            [label("Wards affected"), "All"],
            [label("Contact officer"), "HRA Finance Business Partner – hra.finance@grimsholt.example – "
                                       "01632 960 527"],
        ]}),
        ("title", title),
        ("ph", 11, f"<<{maroon}|1.\tPURPOSE OF THE REPORT>>"),
        ("pn", "1.1\tThis report sets out the updated thirty-year business plan for the Housing Revenue Account "
               "(HRA), which pays for the management, repair and improvement of the Council’s 10,640 homes, and "
               "asks Cabinet to set rents and service charges for 2026/27."),
        ("ph", 11, f"<<{maroon}|2.\tRECOMMENDATIONS>>"),
        ("pn", "2.1\tCabinet is recommended to:"),
        ("list", "(1)", 1, [r[1] for r in recs]),
        ("ph", 11, f"<<{maroon}|3.\tREASONS FOR THE RECOMMENDATIONS>>"),
        ("pn", "3.1\tThe Council must set rents each year within the Government’s rent policy and must keep "
               "the HRA in balance. The increases proposed are needed to pay for the improvements to homes "
               "required after the Regulator’s inspection and for the cost of the new building safety duties."),
        ("ph", 11, f"<<{maroon}|4.\tRENTS>>"),
        ("pn", "4.1\tThe Government’s policy allows social rents to rise by up to CPI plus 1% from April 2026. "
               "CPI in September 2025 was 3.8%, so the maximum increase is 4.8%. The table shows the average "
               "weekly rent by size of home, over 52 weeks."),
        ("table", {"cols": [4.2, 2.6, 3.2, 3.2, 3.0], "font": 9, "header_fill": "EAD5D9",
                   "header": ["Size of home", "Number of homes", "Average rent 2025/26", "Average rent 2026/27",
                              "Increase a week"],
                   "rows": rents}),
        ("pn", "4.2\tAbout 63% of tenants receive Housing Benefit or the housing element of Universal Credit, "
               "which will cover the increase for most of them. Tenants who pay their own rent will be offered "
               "a benefits check and advice from the Tenancy Sustainment Team."),
        ("ph", 11, f"<<{maroon}|5.\tSERVICE CHARGES>>"),
        ("pn", "5.1\tService charges recover the cost of services to particular blocks and estates. From April "
               "2026 the cleaning of communal areas in 212 blocks of flats will be charged separately, at £2.15 "
               "a week, instead of being paid for by all tenants through their rent. The charge is eligible for "
               "Housing Benefit and Universal Credit."),
        ("ph", 11, f"<<{maroon}|6.\tCONSULTATION WITH TENANTS>>"),
        ("pn", "6.1\tThe proposals were discussed with the Tenants’ and Residents’ Forum on 9 December 2025. "
               "Members accepted that rents had to rise but were concerned about the new cleaning charge for "
               "tenants who do not receive help with their rent. The Forum recommended that the communal "
               "cleaning charge be phased in over two years."),
        ("pn", "6.2\tPhasing the charge would cost the HRA about £120,000 in 2026/27. Officers have not proposed "
               "it, because the cleaning contract has been re-let at a higher cost and the charge is below the "
               "full cost of the service. The Forum’s comments are set out in full at Appendix C."),
        ("ph", 11, f"<<{maroon}|7.\tTHE HRA BUSINESS PLAN AND BUDGET 2026/27>>"),
        ("pn", "7.1\tThe business plan at Appendix A has been updated for the stock condition surveys completed "
               "so far, the 4.8% rent increase and the Council’s borrowing costs. It shows that the HRA can pay "
               "for the capital programme and keep a working balance of at least £4 million in each of the "
               "next thirty years, but with little room for new council homes after 2029."),
        ("table", {"cols": [8.4, 3.2, 3.2], "font": 9, "header_fill": "EAD5D9",
                   "header": ["HRA revenue account", "2025/26 forecast £000", "2026/27 budget £000"],
                   "rows": hra}),
        ("ph", 11, f"<<{maroon}|8.\tRISKS>>"),
        ("pn", "8.1\tThe main risks to the plan are higher costs of repairs and building safety work than "
               "forecast, a future rent policy that allows smaller increases, rising arrears as more tenants move "
               "to Universal Credit, and interest rates. Each risk is scored in Appendix A, with the action taken "
               "to manage it."),
        ("ph", 11, f"<<{maroon}|9.\tIMPLICATIONS>>"),
        ("pn", "9.1\tFinancial: as set out in the report. Legal: the Council must give tenants at least four "
               "weeks’ notice of a change in rent; notices will be sent by 27 February 2026. Equalities: an "
               "Equality Impact Assessment is at Appendix D."),
        ("p", "**Appendices:** A – HRA Business Plan 2026–2056; B – Service charges 2026/27; C – Comments of the "
              "Tenants’ and Residents’ Forum; D – Equality Impact Assessment."),
    ]
    return {
        "name": "grimsholt-cabinet-hra-business-plan-rents-and-service-charges-2026-27",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-01-09", "doc_title": title, "author": "HRA Finance Business Partner",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10.5,
                 "title_size": 16, "title_color": maroon,
                 "m_header": ("Grimsholt City Council", "Cabinet – 20 January 2026"),
                 "m_footer": ("HRA Business Plan, Rents and Service Charges 2026/27", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="report to a stock-holding city council's Cabinet on the housing revenue account "
                           "business plan, rents and service charges: \"Cabinet is recommended to:\" over a "
                           "Word-numbered (1)–(6) list, rents and HRA tables",
                     kind="committee-report", title=title, authority=GRIMSHOLT, date="2026-01-20",
                     meeting="Cabinet", decision_number="HSG/25/19",
                     recommendations=[recommendation(r[0], r[1], verb=r[2], addressee="Cabinet") for r in recs]),
        "layout": "DOCX (python-docx), portrait (Letter), Liberation Sans 10.5 pt, an italic running header "
                  "(council | Cabinet and date) and footer (report | \"Page X of Y\"), rows that may not split. A "
                  "right-aligned maroon bold capitals council line, a bordered front table with grey bold labels "
                  "(Report to / Date of meeting / Report of / Cabinet Member / Key decision \"Yes – Forward Plan "
                  "reference HSG/25/19\" / Wards affected / Contact officer), the maroon title; maroon bold "
                  "capital headings that are not styles (\"2.⇥RECOMMENDATIONS\") over typed 1.1–9.1 hanging "
                  "paragraphs; \"2.1⇥Cabinet is recommended to:\" over a Word-numbered (1)–(6) list (lower-case "
                  "verbs, \";\" and \"; and\"); a rents table with a bold total row and an HRA summary table (not "
                  "items); \"The Forum recommended that the communal cleaning charge be phased in …\" (reported, "
                  "not an item); risks and implications; an appendices line.",
    }


# ---------------------------------------------------------------------------
# AO3. Grimsholt Cabinet's response to the Housing Scrutiny Panel's review of void repairs and re-letting
#      (Markdown → pandoc DOCX). A front grid table, one typed "2.1 That Cabinet agrees …" recommendation,
#      the review's findings and a figures table (not items), then one six-column grid table No. |
#      Recommendation | Response | Decision | Lead officer | Target date restating the eight
#      recommendations.
# ---------------------------------------------------------------------------


def grimsholt_voids_response():
    title = "Empty Council Homes: Response to the Housing Scrutiny Panel Review of Void Repairs and Re-letting"
    cover = ("That Cabinet agrees the responses to the Housing Scrutiny Panel’s eight recommendations set out in "
             "section 5 and asks the Director of Housing to report progress to the Panel in October 2026.")
    vm = "Voids Manager"
    lm = "Lettings Manager"
    # (no., text, verb, addressee, response, decision word, lead cell (paragraphs joined by "\n\n"), owners,
    #  target cell, timeframe, due, status)
    recs = [
        ("1", "Set a target to re-let standard empty homes within 28 calendar days, and report performance "
              "against it every month.", "SET", None,
         "Accepted. A target of 28 days for standard voids and 60 days for voids needing major works will apply "
         "from 1 April 2026 and will be reported in the monthly housing performance dashboard.", "Accepted",
         "Head of Repairs and Maintenance", ["Head of Repairs and Maintenance"], "April 2026", "April 2026",
         "2026-04", None),
        ("2", "Grimsholt Homes should inspect every empty home within two working days of the keys being "
              "returned.", "INSPECT", "Grimsholt Homes",
         "Accepted. Void surveyors now collect the keys at the end-of-tenancy visit wherever possible, and "
         "95% of homes were inspected within two working days in January.", "Accepted", vm, [vm], "Complete",
         None, None, "completed"),
        ("3", "Agree a lettable standard with the Tenants’ and Residents’ Forum and give every new tenant a "
              "copy.", "AGREE", None,
         "Accepted. A draft standard has been discussed with the Forum and will be finalised at its meeting in "
         "May.", "Accepted", f"{vm}\n\nTenant Involvement Manager", [vm, "Tenant Involvement Manager"],
         "May 2026", "May 2026", "2026-05", None),
        ("4", "Offer decoration vouchers of up to £250 to new tenants where a home needs redecorating, instead "
              "of decorating every empty home.", "OFFER", None,
         "Partially accepted. Vouchers will be offered where one or two rooms need decorating. Homes let to "
         "older or disabled tenants will still be decorated before they move in.", "Partially accepted", vm,
         [vm], "Q1 2026/27", "Q1 2026/27", "2026-06", None),
        ("5", "Bring the void repairs for the north and east areas back in-house when the current contract "
              "ends.", "BRING", None,
         "Not accepted. The contract runs to March 2028. All the options, including an in-house service, will "
         "be appraised in 2027 and reported to the Panel before a decision is taken.", "Not accepted", "N/A",
         [], "N/A", None, None, None),
        ("6", "Advertise homes that need major works before the works are finished, so that a new tenant is "
              "ready to move in when they are complete.", "ADVERTISE", None,
         "Accepted. Homes will be advertised once the works have a confirmed completion date.", "Accepted", lm,
         [lm], "From June 2026", "From June 2026", "2026-06", None),
        ("7", "The Council should include the rent lost on empty homes, and the action taken to reduce it, in "
              "the annual HRA Business Plan report.", "INCLUDE", "Council",
         "Accepted. The 2027/28 Business Plan report will include it.", "Accepted",
         "HRA Finance Business Partner", ["HRA Finance Business Partner"], "January 2027", "January 2027",
         "2027-01", None),
        ("8", "Applicants who refuse an offer of a home should be asked why, and the reasons should be reported "
              "to the Panel every six months.", None, None,
         "Partially accepted. Applicants will be asked their reasons when they refuse an offer. The reasons "
         "will be reported to the Panel once a year, in the allocations annual report, rather than every six "
         "months.", "Partially accepted", f"{lm}; Allocations Team Leader", [lm, "Allocations Team Leader"],
         "October 2026", "October 2026", "2026-10", None),
    ]
    decisions = {"Accepted": "accepted", "Partially accepted": "partially-accepted", "Not accepted": "rejected"}
    front = grid_table([22, 62], None, [
        ["**Report to**", "Cabinet"],
        ["**Date**", "17 March 2026"],
        ["**Report of**", "Director of Housing (Grimsholt Homes)"],
        ["**Cabinet Member**", "Cabinet Member for Housing and Tenant Services"],
        ["**Key decision**", "No"],
        ["**Contact**", "Voids Manager – voids.review@grimsholt.example – 01632 960 533"],
    ])
    figures = grid_table([44, 13, 13, 13], ["Measure", "2022/23", "2023/24", "2024/25"], [
        ["Homes becoming empty", "842", "905", "871"],
        ["Average days to re-let (standard voids)", "41", "47", "52"],
        ["Average days to re-let (major works)", "96", "118", "131"],
        ["Rent lost on empty homes (£000)", "1,104", "1,382", "1,517"],
        ["New tenants satisfied with their home", "78%", "71%", "69%"],
    ])
    table = grid_table([6, 32, 40, 14, 18, 14],
                       ["No.", "Recommendation", "Response", "Decision", "Lead officer", "Target date"],
                       [[r[0], r[1], r[4], r[5], r[6], r[8]] for r in recs])
    md = [
        "**GRIMSHOLT CITY COUNCIL**",
        front,
        f"# {title}",
        "## 1. Purpose",
        "1.1 The Housing Scrutiny Panel reviewed the way the Council repairs and re-lets empty homes between "
        "September and December 2025. Its final report, with eight recommendations, was agreed on 27 January "
        "2026 and presented to Cabinet on 17 February 2026. This report sets out the responses proposed for "
        "Cabinet to agree.",
        "## 2. Recommendation",
        f"2.1 {cover}",
        "## 3. The review",
        "3.1 The Panel of five councillors and two co-opted tenant members visited empty homes in the Redmoor, "
        "Castlegate and Fenwick Road areas, met the voids team and the two contractors, and heard from 14 new "
        "tenants. It found that the time taken to re-let empty homes had risen for three years running and that "
        "the rent lost had reached £1.5 million a year.",
        "**Table 1: Empty homes, 2022/23 to 2024/25**",
        figures,
        "3.2 The Panel found that the main delays were in the inspection of homes after the keys were returned, "
        "in waiting for gas and electrical safety checks and in the time taken to find a tenant for homes that "
        "needed major works. New tenants told the Panel that homes were often let with bare floors and rooms "
        "that needed decorating.",
        "## 4. Progress since the review",
        "4.1 Average re-let times for standard voids fell to 44 days in the quarter to December 2025, after the "
        "voids team began booking safety checks on the day a tenancy ends.",
        SECTION_PORTRAIT_MD,
        "## 5. Responses to the recommendations",
        "5.1 The table sets out each recommendation, the proposed response and decision, the lead officer and "
        "the target date.",
        table,
        SECTION_LANDSCAPE_MD,
        "## 6. Financial implications",
        "6.1 Decoration vouchers are estimated to cost £95,000 a year, against savings of about £140,000 from "
        "no longer decorating every empty home and from shorter void periods. The costs will be met within the "
        "HRA repairs budget.",
        "## 7. Legal and equality implications",
        "7.1 There are no direct legal implications. An Equality Impact Assessment of the decoration change is "
        "at Appendix 2: older and disabled tenants will still have their homes decorated before they move in.",
        "## 8. Appendices",
        "Appendix 1 – Housing Scrutiny Panel: Review of Void Repairs and Re-letting, final report (January "
        "2026). Appendix 2 – Equality Impact Assessment.",
    ]
    recommendations = [recommendation("2.1", cover, verb="AGREES", addressee="Cabinet")]
    recommendations += [recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[7], due=r[10],
                                       timeframe=r[9], status=r[11], response=r[4], decision=decisions[r[5]])
                        for r in recs]
    return {
        "name": "grimsholt-cabinet-response-void-repairs-scrutiny-review",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-03-05"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Cabinet's response to a housing scrutiny panel's review of void repairs and "
                           "re-letting: one typed \"2.1 That Cabinet agrees …\" recommendation and a six-column "
                           "response table restating the eight recommendations",
                     kind="executive-response", title=title, authority=GRIMSHOLT, date="2026-03-17",
                     meeting="Cabinet", recommendations=recommendations),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals council line, a headerless grid "
                  "table with bold labels (Report to / Date / Report of / Cabinet Member / Key decision / "
                  "Contact), the H1 title; Heading 2 sections with typed 1.1 … 7.1 paragraphs; \"2. "
                  "Recommendation\" with one \"2.1 That Cabinet agrees … and asks …\" paragraph; the review's "
                  "findings in prose and a figures grid table (not items); section 5 in a landscape section (raw OpenXML "
                  "section breaks before and after it), one six-column grid table "
                  "No. | Recommendation | Response | Decision | Lead officer | Target date (rows 1–8): "
                  "imperatives, \"Grimsholt Homes should …\", \"The Council should …\" and one passive; "
                  "responses opening \"Accepted.\", \"Partially accepted.\", \"Not accepted.\"; decisions as "
                  "words; leads as one post, two posts in two paragraphs of the cell, \"A; B\" and \"N/A\"; "
                  "targets \"April 2026\", \"Complete\", \"May 2026\", \"Q1 2026/27\", \"N/A\", \"From June "
                  "2026\", \"January 2027\", \"October 2026\"; implications and appendices.",
    }


# ---------------------------------------------------------------------------
# AO4. Wenderby homelessness and rough sleeping strategy: annual progress update to the Communities
#      Overview and Scrutiny Committee (HTML → Chromium, A4, CSS page-margin boxes). "The Committee is
#      asked to:" over an (a)/(b) list, a figures table (not items), a status key, and one action table per
#      priority No. | Action | Lead | Target date | Progress in 2025/26 | Status, statuses as coloured
#      words; the 2026/27 focus as bullets without owners (not items).
# ---------------------------------------------------------------------------


def wenderby_homelessness_progress():
    title = "Homelessness and Rough Sleeping Strategy 2024–2029: Annual Progress Update"
    teal = "00646E"
    recs = [
        ("a", "note the progress made in the second year of the Homelessness and Rough Sleeping Strategy, set "
              "out in section 4; and", "NOTE"),
        ("b", "comment on the areas of focus for 2026/27 set out in section 5, before the updated action plan "
              "is considered by Cabinet on 24 March 2026.", "COMMENT"),
    ]
    hom = "Housing Options Manager"
    rsc = "Rough Sleeping Coordinator"
    # (priority, no., action, lead cell, owners, target cell, due, progress, status word)
    acts = [
        (1, "1.1", "Place a housing adviser in Wenderby Citizens Advice two days a week to give early advice to "
                   "private tenants who have been served notice.", f"{hom} /\nWenderby Citizens Advice",
         [hom, "Wenderby Citizens Advice"], "June 2025", "2025-06",
         "Adviser in post since May 2025. 212 households advised; 61% kept their home or moved in a planned "
         "way.", "Achieved"),
        (1, "1.2", "Agree a protocol with Wenderby Hospitals NHS Trust so that patients at risk of homelessness "
                   "are referred before the day of discharge.", f"{hom};\nDischarge Lead (Wenderby Hospitals)",
         [hom, "Discharge Lead (Wenderby Hospitals)"], "December 2025", "2025-12",
         "Draft protocol endorsed by the Homelessness Forum in February 2026; to be adopted by the Health and "
         "Care Partnership in April.", "Behind schedule"),
        (1, "1.3", "Offer every household owed the prevention duty a personal housing plan within ten working "
                   "days.", hom, [hom], "Ongoing", None,
         "87% of plans agreed within ten working days in the year to December (target 90%).", "On track"),
        (1, "1.4", "Set up a landlord incentive scheme to help households move into private rented homes.",
         "Private Sector Housing Manager", ["Private Sector Housing Manager"], "Q4 2025/26", "2026-03",
         "Scheme launched October 2025; 23 tenancies created.", "On track"),
        (2, "2.1", "Reduce the use of bed and breakfast for families, so that no family stays longer than six "
                   "weeks.", f"{hom}, with Temporary Accommodation Officer", [hom, "Temporary Accommodation Officer"],
         "31/03/2026", "2026-03-31",
         "Four families in bed and breakfast at 31 December, none longer than six weeks.", "On track"),
        (2, "2.2", "Lease 20 more homes from private landlords for use as temporary accommodation.",
         "Temporary Accommodation Officer", ["Temporary Accommodation Officer"], "Spring 2026", "2026-05",
         "Eleven homes leased. Rents in the district have made further leases hard to agree.", "Behind schedule"),
        (2, "2.3", "Buy 12 homes for temporary accommodation with the Local Authority Housing Fund.",
         "Housing Strategy Manager / Property Services", ["Housing Strategy Manager", "Property Services"],
         "2026/27", "2027-03", "", "Not yet started"),
        (3, "3.1", "Carry out an outreach shift at least five mornings a week across the district.",
         f"{rsc};\nOpen Door Wenderby", [rsc, "Open Door Wenderby"], "Ongoing", None,
         "Outreach on six mornings a week since April 2025. Rough sleeping count in November 2025: 7 people "
         "(11 in 2024).", "On track"),
        (3, "3.2", "Open four move-on flats for people leaving the St Bride’s night shelter.",
         "Open Door Wenderby", ["Open Door Wenderby"], "May 2026", "2026-05",
         "Building bought; refurbishment under way.", "On track"),
        (3, "3.3", "Agree with the Probation Service how people leaving prison without an address are referred "
                   "to the Council before their release date.", f"{rsc} /\nProbation Service",
         [rsc, "Probation Service"], "October 2025", "2025-10",
         "Referral route agreed September 2025.", "Achieved"),
    ]
    priorities = {
        1: "Priority 1: Preventing homelessness earlier",
        2: "Priority 2: Better temporary accommodation, used for less time",
        3: "Priority 3: Ending rough sleeping",
    }
    statuses = {"Achieved": "completed", "On track": "ongoing", "Behind schedule": "ongoing",
                "Not yet started": "not-started"}
    fills = {"Achieved": "CFE2F3", "On track": "D9EAD3", "Behind schedule": "FFF2CC", "Not yet started": "F4CCCC"}
    blocks = [
        ("p", f"<<{teal}|**WENDERBY DISTRICT COUNCIL**>>"),
        ("p", "**Communities Overview and Scrutiny Committee**"),
        ("table", {"cols": [4.2, 12.8], "borders": False, "rows": [
            [{"text": "Date:", "bold": True}, "11 March 2026"],
            [{"text": "Agenda item:", "bold": True}, "8"],
            [{"text": "Report of:", "bold": True}, "Head of Housing and Communities"],
            [{"text": "Portfolio holder:", "bold": True}, "Cabinet Member for Housing"],
            [{"text": "Contact:", "bold": True}, "Housing Strategy Manager – housing.strategy@wenderby.example – "
                                                "01632 960 618"],
        ]}),
        ("title", title),
        ("h", 2, "1. Recommendations"),
        ("p", "The Committee is asked to:"),
        ("list", "(a)", 1, [r[1] for r in recs]),
        ("h", 2, "2. Background"),
        ("p", "2.1 The Council adopted its Homelessness and Rough Sleeping Strategy in March 2024, after a review "
              "of homelessness in the district with the Wenderby Homelessness Forum. The strategy has three "
              "priorities, and an action plan that the Forum reviews each year. This is the second annual update; "
              "it reports progress from April 2025 to the end of January 2026."),
        ("h", 2, "3. Homelessness in Wenderby"),
        ("p", "3.1 Demand has continued to rise. The main causes of homelessness remain the end of a private "
              "tenancy and family or friends no longer being willing to accommodate."),
        ("table", {"cols": [9.0, 2.7, 2.7, 2.6], "font": 9.5, "header_fill": "CDE6E8",
                   "header": ["April to December", "2023", "2024", "2025"],
                   "rows": [
                       ["Households approaching the Council for help", "1,032", "1,148", "1,263"],
                       ["Owed the prevention duty", "402", "455", "498"],
                       ["Owed the relief duty", "287", "319", "344"],
                       ["Households in temporary accommodation at 31 December", "71", "88", "96"],
                       ["of which families with children", "39", "52", "55"],
                       ["People sleeping rough (November count)", "9", "11", "7"],
                   ]}),
        ("break",),
        ("h", 2, "4. Progress on the action plan"),
        ("p", "4.1 Of the ten actions, two have been achieved, five are on track, two are behind schedule and one "
              "has not yet started. The status of each action is given in words using the key below."),
        ("p", "**Status key:** **Achieved** – completed; **On track** – under way and expected by the target "
              "date; **Behind schedule** – under way, but later than the target date; **Not yet started** – "
              "work has not begun."),
    ]
    for p in (1, 2, 3):
        rows = []
        for a in acts:
            if a[0] != p:
                continue
            rows.append([{"text": a[1], "bold": True}, a[2], a[3], a[5], a[7],
                         {"text": a[8], "bold": True, "fill": fills[a[8]]}])
        blocks += [
            ("h", 3, priorities[p]),
            ("table", {"cols": [1.1, 4.8, 3.2, 2.1, 4.4, 2.0], "font": 8.5, "header_fill": "CDE6E8",
                       "header": ["No.", "Action", "Lead", "Target date", "Progress in 2025/26", "Status"],
                       "rows": rows}),
        ]
    blocks += [
        ("p", "4.2 Action 2.3 depends on the Council’s bid to the Local Authority Housing Fund, which will be "
              "decided in April 2026."),
        ("h", 2, "5. Areas of focus for 2026/27"),
        ("p", "5.1 The Forum met on 5 February 2026 to discuss the plan for next year. Partners proposed that "
              "the updated plan should focus on:"),
        ("list", "bullet", 1, [
            "young people aged 16 to 24, whose approaches rose by 18% this year;",
            "private renters facing eviction, as the Renters’ Rights Act comes into force;",
            "tenancy sustainment for people moving on from supported housing; and",
            "keeping families out of bed and breakfast as the number of households in temporary "
            "accommodation rises.",
        ]),
        ("p", "5.2 The Committee’s comments will be reported to Cabinet with the updated action plan."),
        ("h", 2, "6. Financial implications"),
        ("p", "6.1 The actions are funded from the Homelessness Prevention Grant (£712,000 in 2025/26) and the "
              "Council’s housing budget. The grant for 2026/27 has been confirmed at £738,000."),
        ("h", 2, "7. Background papers"),
        ("p", "Homelessness and Rough Sleeping Strategy 2024–2029 (Cabinet, 19 March 2024); Homelessness "
              "Review 2023."),
    ]
    css = ("@page { margin: 20mm 16mm 18mm 16mm; "
           "@top-left { content: \"Wenderby District Council – Communities Overview and Scrutiny Committee – "
           "11 March 2026\"; font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } "
           "@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 17pt; margin: 8pt 0 8pt 0; }\n"
           "h2 { color: #00646E; font-size: 12pt; page-break-after: avoid; }\n"
           "h3 { color: #00646E; font-size: 10.5pt; page-break-after: avoid; margin-top: 12pt; }\n")
    return {
        "name": "wenderby-homelessness-strategy-annual-progress-update-2025-26",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "css_font": "'Liberation Sans', sans-serif",
                 "size": 10, "title_color": teal},
        "blocks": blocks,
        "gold": dict(genre="a district council's annual progress update on its homelessness and rough sleeping "
                           "strategy action plan to a scrutiny committee: \"The Committee is asked to:\" (a)/(b) "
                           "and one action table per priority with lead partners and status words",
                     kind="action-plan", title=title, authority=WENDERBY, date="2026-03-11",
                     meeting="Communities Overview and Scrutiny Committee",
                     recommendations=[recommendation(r[0], r[1], verb=r[2], addressee="Committee") for r in recs],
                     actions=[action(a[1], a[2], a[4], a[5], a[6], statuses[a[8]]) for a in acts]),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (a running "
                  "header with the council, committee and date; \"Page n of m\" at the foot in the centre). A teal "
                  "bold capitals council line, a bold committee line, a borderless details table (Date / Agenda "
                  "item / Report of / Portfolio holder / Contact), the teal title; teal h2 sections \"1. "
                  "Recommendations\" … \"7. Background papers\"; \"The Committee is asked to:\" over an HTML "
                  "(a)/(b) list (lower-case verbs, \"; and\"); a figures table (not items); a bold-led status key "
                  "(Achieved / On track / Behind schedule / Not yet started); three h3 priorities, each over an "
                  "8.5 pt table No. | Action | Lead | Target date | Progress in 2025/26 | Status with a pale teal "
                  "header (1.1–1.4, 2.1–2.3, 3.1–3.3); leads split by \"/\" plus line break, \";\" plus line "
                  "break, \" / \" and \", with\", one post with its body in brackets; target dates \"June 2025\", \"December "
                  "2025\", \"Ongoing\", \"Q4 2025/26\", \"31/03/2026\", \"Spring 2026\", \"2026/27\", \"May "
                  "2026\", \"October 2025\"; statuses as bold words in shaded cells; one empty progress cell; the "
                  "2026/27 areas of focus as bullets without owners (not items).",
    }


# ---------------------------------------------------------------------------
# AO5. Notes of the Wenderby Homelessness Forum (Markdown → pandoc DOCX → LibreOffice). A host council
#      line, the Forum as H1, attendance by role and organisation, numbered Heading 2 items, bold
#      "AGREED that …" paragraphs (one with typed (a)–(c) parts) and bold "Action:" lines with a post and
#      a date phrase; noted items and partner updates (not items).
# ---------------------------------------------------------------------------


def wenderby_homelessness_forum_notes():
    forum = "Wenderby Homelessness Forum"
    d_notes = "the notes of the meeting held on 6 November 2025 be approved as a correct record."
    d_swep = ("the Severe Weather Emergency Protocol continue to be activated when the forecast is 0°C or below "
              "on any night, and that partners may ask the Rough Sleeping Coordinator to activate it in storms or "
              "heavy rain.")
    d_protocol = ("the draft hospital discharge protocol be endorsed and recommended to the Wenderby Health and "
                  "Care Partnership for adoption.")
    d_grants = [
        ("a", "tenancy sustainment for people moving on from supported housing;"),
        ("b", "advice for private renters who have been served notice; and"),
        ("c", "support for young people aged 16 to 24 at risk of homelessness."),
    ]
    # (item, text, owners, timeframe, due)
    acts = [
        ("3", "Rough Sleeping Coordinator to send all members the SWEP contact list and the March rota by 13 "
              "February.", ["Rough Sleeping Coordinator"], "by 13 February", "2026-02-13"),
        ("4", "Housing Options Manager to send the final protocol to the Health and Care Partnership by 27 "
              "February.", ["Housing Options Manager"], "by 27 February", "2026-02-27"),
        ("4", "Discharge Lead (WHT) / Housing Options Manager to run two briefings for ward staff by 31 March.",
         ["Discharge Lead (WHT)", "Housing Options Manager"], "by 31 March", "2026-03-31"),
        ("6", "Housing Strategy Officer to open the grants round on 1 April and tell all members how to apply.",
         ["Housing Strategy Officer"], "on 1 April", "2026-04-01"),
        ("7", "All members to send their organisation’s winter figures to the Rough Sleeping Coordinator before "
              "the next meeting.", ["All members"], "before the next meeting", None),
    ]
    act = {}
    for a in acts:
        act.setdefault(a[0], []).append(f"**Action:** {a[1]}")
    md = [
        "**WENDERBY DISTRICT COUNCIL**",
        "*Hosted by the Housing and Communities Service*",
        f"# {forum}",
        "**Notes of the meeting held on Thursday 5 February 2026 at 10.00 am in Committee Room 2, Council "
        "Offices, Station Road, Wenderby**",
        "**Present:** Councillor P.R. (Chair, Cabinet Member for Housing); Head of Housing and Communities, "
        "Housing Options Manager, Rough Sleeping Coordinator, Housing Strategy Officer (WDC); Chief Executive, "
        "Open Door Wenderby; Manager, St Bride’s Night Shelter; Advice Services Manager, Wenderby Citizens "
        "Advice; Discharge Lead, Wenderby Hospitals NHS Trust (WHT); Senior Probation Officer, Probation "
        "Service; Housing Manager, Wenderby Vale Homes; Youth Housing Worker, Northfold YMCA.",
        "**Apologies:** Adult Social Care (Northfold County Council); Wenderby Foodbank.",
        "**Notes:** Committee and Member Services Officer (WDC).",
        "## 1. Welcome and introductions",
        "The Chair welcomed members, in particular the new Youth Housing Worker from Northfold YMCA.",
        "## 2. Notes of the last meeting and matters arising",
        f"**AGREED** that {d_notes}",
        "All the actions from the last meeting had been completed.",
        "## 3. Severe Weather Emergency Protocol – winter update",
        "The Rough Sleeping Coordinator reported that the protocol (SWEP) had been activated on 19 nights since "
        "November and that 23 people had been offered a bed, 15 of whom had accepted. Seven people had moved on "
        "to longer-term accommodation. Open Door said that in Storm Corrie people had been sleeping in doorways "
        "although the temperature had stayed above freezing, and asked whether the protocol could be used in "
        "bad weather as well as cold.",
        f"**AGREED** that {d_swep}",
    ] + act["3"] + [
        "## 4. Hospital discharge protocol",
        "The Housing Options Manager presented the draft protocol, which had been written with the Discharge "
        "Lead. It sets out how ward staff refer patients who may be homeless under the duty to refer, and aims "
        "for a housing plan to be agreed before the day of discharge. The Discharge Lead said that 31 patients "
        "had been discharged with no settled address in the last six months. Members welcomed the protocol and "
        "asked that it also cover the mental health wards.",
        f"**AGREED** that {d_protocol}",
    ] + act["4"] + [
        "## 5. Homelessness and Rough Sleeping Strategy – annual update",
        "The Housing Strategy Officer presented the draft annual progress update, which will go to the "
        "Communities Overview and Scrutiny Committee on 11 March 2026. Members discussed the areas of focus for "
        "2026/27. The Forum noted the update.",
        "## 6. Partner grants 2026/27",
        "The Head of Housing and Communities reported that £60,000 of the Homelessness Prevention Grant would be "
        "available for grants to partners in 2026/27, the same as this year. Members discussed where the need "
        "was greatest.",
        "**AGREED** that the partner grants for 2026/27 be focused on:",
    ] + [f"\\({n}) {t}" for n, t in d_grants] + act["6"] + [
        "## 7. Partner updates",
        "Open Door Wenderby reported that the four move-on flats at Carter Street would open in May. Wenderby "
        "Citizens Advice said that enquiries about section 21 notices had risen by a third since October. "
        "Wenderby Vale Homes reported that it had let 14 homes to households nominated from temporary "
        "accommodation since November. The Probation Service reported that the new referral route for people "
        "leaving prison was working well.",
    ] + act["7"] + [
        "## 8. Any other business and date of next meeting",
        "None. The next meeting will be held on Thursday 7 May 2026 at 10.00 am.",
    ]
    decisions = [decision("2", None, d_notes, forum), decision("3", None, d_swep, forum),
                 decision("4", None, d_protocol, forum)]
    decisions += [decision("6", n, t, forum) for n, t in d_grants]
    return {
        "name": "wenderby-homelessness-forum-notes-february-2026",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-02-12"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="notes of a district council's homelessness forum of partners and charities: "
                           "\"AGREED that …\" paragraphs (one with (a)–(c) parts) and \"Action:\" lines naming a "
                           "post and a date",
                     kind="minutes", title=forum, authority=WENDERBY, date="2026-02-05", meeting=forum,
                     decisions=decisions,
                     actions=[action(None, a[1], a[2], a[3], a[4], None) for a in acts]),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header or page "
                  "numbers. A bold capitals host council line and an italic \"Hosted by …\" line above the H1 "
                  "\"Wenderby Homelessness Forum\"; a bold \"Notes of the meeting …\" line; bold-led Present / "
                  "Apologies / Notes paragraphs (posts and organisations, one councillor by initials); Heading 2 "
                  "items \"1. …\" … \"8. …\"; bold \"**AGREED** that …\" paragraphs and one \"**AGREED** that "
                  "the partner grants … be focused on:\" over typed (a)–(c) paragraphs (\";\" and \"; and\"); "
                  "bold \"**Action:**\" lines with a post (one \"A / B\") and \"by 13 February\", \"by 27 "
                  "February\", \"by 31 March\", \"on 1 April\", \"before the next meeting\"; \"The Forum noted "
                  "the update.\" and partner updates (not items).",
    }


# ---------------------------------------------------------------------------
# AO6. Wenderby housing register and lettings statistics bulletin (python-docx → LibreOffice, portrait,
#      NinthMWriter). Tables of the register by band and bedroom need, lettings by landlord and size,
#      waiting times and lets to homeless households, definitions and a contact. Nothing to find.
# ---------------------------------------------------------------------------


def wenderby_register_statistics():
    title = "Housing Register and Lettings Statistics 2025/26"
    plum = "5B2C6F"
    blocks = [
        ("p", f"<<{plum}|**WENDERBY DISTRICT COUNCIL**>>"),
        ("p", "Housing and Communities Service – Housing Needs and Allocations"),
        ("title", title),
        ("p", "**1 April 2025 to 31 March 2026 · Published May 2026**"),
        ("ph", 12, f"<<{plum}|About these figures>>"),
        ("p", "Wenderby District Council does not own any homes. It keeps the housing register and nominates "
              "applicants to homes owned by housing associations in the district under the Wenderby Allocations "
              "Scheme. This bulletin gives the number of households on the register at 31 March 2026, the homes "
              "let through the scheme during 2025/26 and how long applicants waited. It is published every year "
              "so that applicants can see their chances of being offered a home."),
        ("ph", 12, f"<<{plum}|Table 1: Households on the register at 31 March, by band>>"),
        ("table", {"cols": [5.2, 7.6, 2.0, 2.0], "font": 9, "header_fill": "E4D7EB",
                   "header": ["Band", "Who is in the band (summary)", "2025", "2026"],
                   "rows": [
                       ["Band A", "Emergency need, including homes unsafe to live in and urgent medical need",
                        "41", "38"],
                       ["Band B", "Homeless households owed the main duty; serious overcrowding", "312", "347"],
                       ["Band C", "Overcrowding by one bedroom; medical or welfare need", "986", "1,044"],
                       ["Band D", "A housing need not in Bands A to C", "1,127", "1,059"],
                       [{"text": "Total", "bold": True}, "", {"text": "2,466", "bold": True},
                        {"text": "2,488", "bold": True}],
                   ]}),
        ("ph", 12, f"<<{plum}|Table 2: Households on the register at 31 March 2026, by bedroom need>>"),
        ("table", {"cols": [3.6, 2.2, 2.2, 2.2, 2.2, 2.4], "font": 9, "header_fill": "E4D7EB",
                   "header": ["Bedroom need", "Band A", "Band B", "Band C", "Band D", "Total"],
                   "rows": [
                       ["1 bedroom", "17", "148", "402", "611", "1,178"],
                       ["2 bedrooms", "12", "109", "338", "296", "755"],
                       ["3 bedrooms", "6", "71", "241", "127", "445"],
                       ["4 or more", "3", "19", "63", "25", "110"],
                       [{"text": "Total", "bold": True}, "38", "347", "1,044", "1,059", {"text": "2,488", "bold": True}],
                   ]}),
        ("ph", 12, f"<<{plum}|Table 3: Homes let through the scheme in 2025/26, by landlord and size>>"),
        ("table", {"cols": [5.2, 2.0, 2.0, 2.0, 2.0, 2.2], "font": 9, "header_fill": "E4D7EB",
                   "header": ["Landlord", "1 bed", "2 bed", "3 bed", "4+ bed", "Total"],
                   "rows": [
                       ["Wenderby Vale Homes", "118", "96", "41", "4", "259"],
                       ["Northfold Housing Trust", "37", "42", "18", "2", "99"],
                       ["Castlemere Homes", "21", "19", "6", "0", "46"],
                       ["Other housing associations", "14", "11", "3", "1", "29"],
                       [{"text": "Total", "bold": True}, "190", "168", "68", "7", {"text": "433", "bold": True}],
                   ]}),
        ("p", "Of the 433 homes let, 42 were new homes let for the first time (at Millbrook Meadows and Hayward "
              "Close), 61 were sheltered or other homes for older people and 9 were adapted for wheelchair "
              "users."),
        ("ph", 12, f"<<{plum}|Table 4: Who the homes were let to>>"),
        ("table", {"cols": [9.2, 2.6, 2.6], "font": 9, "header_fill": "E4D7EB",
                   "header": ["Household let to", "Lets", "Share"],
                   "rows": [
                       ["Band A", "36", "8%"],
                       ["Band B – homeless households owed the main duty", "158", "36%"],
                       ["Band B – other", "71", "16%"],
                       ["Band C", "139", "32%"],
                       ["Band D", "29", "7%"],
                       [{"text": "All lets", "bold": True}, {"text": "433", "bold": True}, "100%"],
                   ]}),
        ("ph", 12, f"<<{plum}|Table 5: Average wait before being housed, in months>>"),
        ("table", {"cols": [3.6, 2.4, 2.4, 2.4, 2.4], "font": 9, "header_fill": "E4D7EB",
                   "header": ["Size of home", "Band A", "Band B", "Band C", "Band D"],
                   "rows": [
                       ["1 bedroom", "2", "7", "19", "41"],
                       ["2 bedrooms", "3", "9", "23", "48"],
                       ["3 bedrooms", "4", "14", "35", "–"],
                       ["4 or more", "6", "29", "–", "–"],
                   ]}),
        ("p", "A dash means that no homes of that size were let to applicants in that band."),
        ("ph", 12, f"<<{plum}|Notes and definitions>>"),
        ("list", "bullet", 1, [
            "Figures are from the Council’s housing register system and the lettings returns of partner "
            "landlords. Lets include transfers of existing housing association tenants made through the scheme.",
            "The average wait is measured from the date an applicant was placed in the band in which they were "
            "housed, not from the date they joined the register.",
            "The changes to the Allocations Scheme made in April 2025, which gave extra priority to care leavers "
            "and armed forces households, are included in the 2026 figures.",
            "Figures for earlier years are on the Council’s website. Small differences from the totals are due "
            "to records updated after the year end.",
        ]),
        ("ph", 12, f"<<{plum}|Contact>>"),
        ("p", "Housing Needs and Allocations Team, Council Offices, Station Road, Wenderby WN1 2DS. Telephone "
              "01632 960 640. E-mail housing.register@wenderby.example. To apply or to update your application, "
              "go to homes.wenderby.example."),
    ]
    return {
        "name": "wenderby-housing-register-and-lettings-statistics-2025-26",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-05-15", "doc_title": title, "author": "Housing Needs and Allocations",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 17,
                 "title_color": plum,
                 "m_header": ("Wenderby District Council", "Housing register and lettings 2025/26"),
                 "m_footer": ("Published May 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a district council's annual housing register and lettings statistics bulletin: "
                           "tables of the register by band and size, lets by landlord, waiting times; nothing "
                           "to find",
                     kind="other", title=title, authority=WENDERBY, date="2026-05", meeting=None),
        "layout": "PDF (python-docx → LibreOffice), portrait (Letter), Liberation Sans 10 pt, an italic running "
                  "header (council | bulletin) and footer (\"Published May 2026\" | \"Page X of Y\"), rows that may "
                  "not split. A plum bold capitals council line, a service line, the plum title, a bold period and "
                  "publication line; plum bold headings that are not styles; five figures tables with a pale plum "
                  "header and bold total rows (register by band with a summary of each band, by bedroom need, "
                  "lets by landlord and size, lets by band, average waits with dashes); a bulleted list of notes "
                  "and definitions (not items); a contact paragraph. Nothing to find.",
    }


PAPERS = [grimsholt_consumer_standards_plan, grimsholt_hra_rents, grimsholt_voids_response,
          wenderby_homelessness_progress, wenderby_homelessness_forum_notes, wenderby_register_statistics]
