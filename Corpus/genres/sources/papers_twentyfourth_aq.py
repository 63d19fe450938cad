"""Papers of the twenty-fourth batch, part AQ ("records of decisions"): six made-up papers from two
invented places:

  Lindenmoor – Lindenmoor Borough Council (Cabinet, Planning Committee, Licensing Committee, and its
    chief officers acting under delegated powers);
  Cragsby – Cragsby County Council (Cabinet, Cabinet Members with individual portfolios), and the
    Cragsby and Lindenmoor Joint Waste Committee the two councils share.

The genre: the papers councils publish to record what was decided, as opposed to full minutes – a notice
of the decisions Cabinet took at one meeting, a monthly schedule of officer decisions taken under
delegated powers, an individual Cabinet Member's record of decision, a joint committee's decision sheet
with the actions arising, a Planning Committee's schedule of decisions on applications, and a forward
plan of key decisions still to be taken, which holds nothing to find.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every street, site, firm, bus route, application and figure
is made up.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_twentyfourth_ar.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, recent parts' headers and first contact,
the decision-record rulings of earlier parts, second renditions, rebuilding, the closing gold
decisions), `Corpus/gold/README.md`, `Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`,
and for conventions and helpers the writer part of `papers_ninth_m.py`, `grid_table` in
`papers_fresh.py` and `papers_twentysecond_am.py`. Each paper names its own split. Every gold value is
written by hand beside the words it labels; the part AQ notes record the choices where the rules left
room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AQ1 lindenmoor-cabinet-notice-of-decisions-10-march-2026 – tune – lo-pdf
  AQ2 lindenmoor-officer-delegated-decisions-february-2026 – unseen – docx
  AQ3 cragsby-cabinet-member-record-of-decision-supported-bus-services – unseen – chromium-pdf
  AQ4 cragsby-and-lindenmoor-joint-waste-committee-decision-sheet-january-2026 – tune – pandoc-docx
  AQ5 lindenmoor-planning-committee-schedule-of-decisions-3-march-2026 – unseen – pandoc-lo-pdf
  AQ6 cragsby-forward-plan-of-key-decisions-april-2026 – tune – lo-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision
from papers_fresh import grid_table

LINDENMOOR = "Lindenmoor Borough Council"
CRAGSBY = "Cragsby County Council"


def label(text, fill="E4E4E4"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AQ1. Notice of the decisions Lindenmoor's Cabinet took on 10 March 2026 (python-docx → LibreOffice,
#      NinthMWriter). A details table, a paragraph on call-in, and one block per agenda item: a sized
#      bold heading (not a style), a ruled three-cell reference line, then bold-led Decision / Reasons /
#      Alternative options / Interests paragraphs. Decisions as "Cabinet RESOLVED to:" over a Word (a)–(c)
#      list, "Cabinet approved …", "Cabinet RECOMMENDS to Council that …", a noted report, an urgent
#      "Cabinet agreed to …" with call-in waived and an exempt item with typed (1)–(3) parts.
# ---------------------------------------------------------------------------


def lindenmoor_cabinet_notice():
    title = "Notice of Cabinet Decisions"
    green = "2F5D3A"
    cab = "Cabinet"
    date = "2026-03-10"
    d6 = [
        ("a", "approve the off-street car park tariffs for 2026/27 set out in Appendix A to the report, to take "
              "effect from 1 May 2026;"),
        ("b", "approve free parking after 3.00 pm on Saturdays in December 2026 in the Corn Street and Abbey "
              "Walk car parks; and"),
        ("c", "delegate authority to the Director of Place, in consultation with the Cabinet Member for Economy "
              "and Transport, to make the Off-Street Parking Places Order needed to give effect to (a) and "
              "(b)."),
    ]
    d7 = ("Cabinet approved the Private Sector Housing Enforcement Policy 2026 set out at Appendix 1 to the "
          "report, with effect from 1 April 2026, and the revised schedule of civil penalty levels at "
          "Appendix 2.")
    d8 = ("Cabinet RECOMMENDS to Council that the revised Statement of Community Involvement, as set out at "
          "Appendix B to the report, be adopted at its meeting on 25 March 2026.")
    d10 = ("Cabinet agreed to accept the grant of £1,284,000 offered by the Low Carbon Heat Fund for the "
           "replacement of the heating system at Brackley Road Leisure Centre, and to add the scheme to the "
           "capital programme for 2026/27 with a Council contribution of £214,000 from the Climate Reserve.")
    d12 = [
        ("1", "(1)\tto declare the land at Foundry Yard, Mill Road, shown edged red on the plan at Appendix 1, "
              "surplus to the Council’s requirements;"),
        ("2", "(2)\tto approve its sale to the preferred bidder on the terms set out in the exempt Appendix 2; "
              "and"),
        ("3", "(3)\tto authorise the Head of Legal and Democratic Services to complete the sale."),
    ]

    def refs(ref, key, callin):
        return ("table", {"cols": [5.6, 6.2, 5.2], "rules": True, "font": 9, "rows": [
            [f"**Decision reference:** {ref}", f"**Key decision:** {key}", f"**Call-in:** {callin}"]]})

    def head(text):
        return ("ph", 12, f"<<{green}|{text}>>")

    blocks = [
        ("p", f"<<{green}|**LINDENMOOR BOROUGH COUNCIL**>>"),
        ("p", "Democratic Services · Town Hall · Market Place · Lindenmoor LM1 1AA"),
        ("title", title),
        ("table", {"cols": [4.6, 12.4], "font": 9.5, "rows": [
            [label("Meeting"), "Cabinet"],
            [label("Date of meeting"), "Tuesday, 10 March 2026 at 6.00 pm, Council Chamber, Town Hall"],
            [label("Date of publication"), "Thursday, 12 March 2026"],
            [label("Call-in deadline"), "5.00 pm on Thursday, 19 March 2026"],
            [label("Present"), "Councillors A.B. (Leader, in the Chair), C.D. (Deputy Leader), E.F., G.H., "
                               "J.K. and L.M."],
            [label("Also present"), "Councillor N.P. (Chair of the Overview and Scrutiny Committee)"],
            [label("Apologies"), "Councillor Q.R."],
            [label("Enquiries"), "Democratic Services Officer – democratic.services@lindenmoor.example – "
                                 "01632 960 418"],
        ]}),
        ("p", "This notice sets out the decisions taken by the Cabinet at the meeting above. The minutes of the "
              "meeting will be published separately once they have been approved."),
        ("p", "Any five non-executive members of the Council may call in a decision of the Cabinet for "
              "scrutiny by giving notice to the Head of Legal and Democratic Services before the call-in "
              "deadline. A decision that is not called in may be put into effect from 9.00 am on Friday, "
              "20 March 2026. Decisions marked “Call-in does not apply” may be put into effect at once."),
        head("Item 6 – Off-Street Car Parking Charges 2026/27"),
        refs("LBC/CAB/26/021", "Yes – Forward Plan ref. KD/2026/04", "Applies"),
        ("p", "**Decision**"),
        ("p", "Cabinet RESOLVED to:"),
        ("list", "(a)", 1, [t for _, t in d6]),
        ("p", "**Reasons for the decision**"),
        ("p", "The tariffs have not changed since April 2023 while the cost of running the car parks has risen "
              "by 19%. The new tariffs keep Lindenmoor’s charges below those of neighbouring towns and the free "
              "Saturday afternoons in December support the town centre’s Christmas trading."),
        ("p", "**Alternative options considered and rejected**"),
        ("p", "To keep the present tariffs (rejected: it would add £186,000 to the budget gap in 2026/27); to "
              "introduce charges on Sundays (rejected after the Town Centre Partnership’s comments)."),
        ("p", "**Interests declared:** None."),
        head("Item 7 – Private Sector Housing Enforcement Policy 2026"),
        refs("LBC/CAB/26/022", "No", "Applies"),
        ("p", "**Decision**"),
        ("p", d7),
        ("p", "**Reasons for the decision**"),
        ("p", "The policy brings together the Council’s approach to enforcement in private rented homes, "
              "reflects the new duties on landlords and sets civil penalties that rise with the seriousness of "
              "the offence and the landlord’s record."),
        ("p", "**Alternative options considered and rejected**"),
        ("p", "To keep the 2019 policy, which no longer reflects the law."),
        ("p", "**Interests declared:** Councillor G.H. declared a personal interest as the landlord of one rented "
              "home in the borough; she remained in the meeting and took part in the decision."),
        head("Item 8 – Statement of Community Involvement"),
        refs("LBC/CAB/26/023", "No", "Does not apply (recommendation to Council)"),
        ("p", "**Decision**"),
        ("p", d8),
        ("p", "**Reasons for the decision**"),
        ("p", "The Statement must be reviewed every five years. The revised Statement takes account of the 312 "
              "comments received during consultation in November and December 2025, most of which asked for "
              "earlier engagement on major sites."),
        ("p", "**Alternative options considered and rejected**"),
        ("p", "None. The Council is required to keep a Statement of Community Involvement."),
        ("p", "**Interests declared:** None."),
        head("Item 9 – Performance Report, Quarter 3 2025/26"),
        refs("–", "No", "Not applicable"),
        ("p", "**Outcome**"),
        ("p", "Cabinet noted the report and the actions being taken on the three indicators rated red. No "
              "decision was required."),
        head("Item 10 – Brackley Road Leisure Centre: Low Carbon Heat Fund Grant (urgent item)"),
        refs("LBC/CAB/26/024", "Yes – General Exception notice published 2 March 2026",
             "Does not apply – urgent"),
        ("p", "The Leader agreed to consider this item as a matter of urgency because the grant offer must be "
              "accepted by 16 March 2026."),
        ("p", "**Decision**"),
        ("p", d10),
        ("p", "**Reasons for the decision**"),
        ("p", "The grant meets 86% of the cost of replacing the gas boilers, which are at the end of their life, "
              "with air source heat pumps, and reduces the Council’s carbon emissions by about 410 tonnes a year."),
        ("p", "**Alternative options considered and rejected**"),
        ("p", "To replace the boilers like for like from the Council’s own capital budget (rejected: higher cost "
              "to the Council and no reduction in emissions)."),
        ("p", "**Interests declared:** None."),
        ("p", "**Urgency:** The Chair of the Overview and Scrutiny Committee agreed that the decision could not "
              "reasonably be deferred and that call-in should not apply."),
        head("Item 12 – Land at Foundry Yard, Mill Road (exempt)"),
        refs("LBC/CAB/26/025", "Yes – Forward Plan ref. KD/2026/02", "Applies"),
        ("p", "This item was considered in private because the appendix contains information about the "
              "financial affairs of the bidders (paragraph 3 of Schedule 12A to the Local Government Act 1972)."),
        ("p", "**Decision**"),
        ("p", "Cabinet RESOLVED:"),
    ] + [("pn", t) for _, t in d12] + [
        ("p", "**Reasons for the decision**"),
        ("p", "The land has been vacant since 2019. The preferred bid offers best consideration and will bring "
              "the site forward for 24 homes."),
        ("p", "**Alternative options considered and rejected**"),
        ("p", "To keep the land for a future Council use (none identified); to sell at auction (lower expected "
              "receipt)."),
        ("p", "**Interests declared:** None."),
        ("p", "Head of Legal and Democratic Services"),
        ("p", "12 March 2026"),
    ]
    decisions = [decision("6", "LBC/CAB/26/021", t, cab, date, kind="decision") for _, t in d6]
    decisions += [decision("7", "LBC/CAB/26/022", d7, cab, date, kind="decision"),
                  decision("8", "LBC/CAB/26/023", d8, cab, date, kind="decision"),
                  decision("10", "LBC/CAB/26/024", d10, cab, date, kind="decision")]
    decisions += [decision("12", "LBC/CAB/26/025", t.split("\t", 1)[1], cab, date, kind="decision")
                  for _, t in d12]
    return {
        "name": "lindenmoor-cabinet-notice-of-decisions-10-march-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-12", "doc_title": title, "author": "Democratic Services",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 18, "title_color": green,
                 "m_header": ("Lindenmoor Borough Council – Cabinet – 10 March 2026", "Notice of Decisions"),
                 "m_footer": ("Published 12 March 2026 · Call-in deadline 5.00 pm, 19 March 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a borough council's notice of the decisions its Cabinet took at one meeting, one "
                           "block per agenda item with a decision reference, reasons, rejected options, "
                           "interests and call-in",
                     kind="decision", title=title, authority=LINDENMOOR, date=date, meeting="Cabinet",
                     decisions=decisions),
        "layout": 'PDF (python-docx → LibreOffice), Liberation Sans 10 pt, NinthMWriter: italic running header (council – Cabinet – date | "Notice of Decisions") and footer (publication and call-in deadline | "Page X of Y"), rows that may not split; 4 pages. A green bold capitals council line, an address line, the green title "Notice of Cabinet Decisions", a bordered details table with grey label cells (Meeting / Date of meeting / Date of publication / Call-in deadline / Present / Also present / Apologies / Enquiries), two paragraphs on what the notice is and on call-in. One block per agenda item (6, 7, 8, 9, 10, 12): a green bold sized heading (not a style) "Item N – Title", a horizontally ruled one-row table of three bold-led cells (Decision reference: LBC/CAB/26/021 … / Key decision: "Yes – Forward Plan ref. KD/2026/04", "No", "Yes – General Exception notice …" / Call-in: "Applies", "Does not apply (recommendation to Council)", "Not applicable", "Does not apply – urgent"), then bold "Decision", "Reasons for the decision", "Alternative options considered and rejected" lines over paragraphs and a bold-led "Interests declared:" line. Decisions: "Cabinet RESOLVED to:" over a Word-numbered (a)–(c) list (lower-case verbs, ";" and "; and"; (c) refers to "(a) and (b)"); "Cabinet approved …"; "Cabinet RECOMMENDS to Council that … be adopted …"; item 9 with reference "–", an "Outcome" heading and "Cabinet noted the report … No decision was required."; an urgent item 10 ("The Leader agreed to consider this item as a matter of urgency …", "Cabinet agreed to accept …", a bold-led "Urgency:" line on the scrutiny chair\'s agreement); an exempt item 12 with a Schedule 12A paragraph and "Cabinet RESOLVED:" over typed (1)–(3) hanging "to …" paragraphs. A signature-less sign-off (post and date).',
    }


# ---------------------------------------------------------------------------
# AQ2. Monthly schedule of officer decisions taken under delegated powers (python-docx DOCX,
#      NinthMWriter, landscape). An introduction on what is and is not listed, then one table
#      Ref. | Date | Decision taken by | Subject | Decision | Reasons, options and consultation | Exempt
#      with directorate rows merged across all seven columns.
# ---------------------------------------------------------------------------


def lindenmoor_officer_decisions():
    title = "Officer Decisions Taken Under Delegated Powers – February 2026"
    navy = "1F3864"
    # (directorate, ref, date cell, iso date, officer, subject, decision, reasons, exempt)
    rows = [
        ("Place Directorate", "ODN/26/011", "02/02/2026", "2026-02-02", "Director of Place",
         "Christmas lights contract 2026–2028",
         "To award the contract for the supply, installation and maintenance of the town centre Christmas "
         "lights for 2026 to 2028 to Lumen Festive Displays Ltd for £96,400.",
         "Highest scoring of four tenders (quality 60%, price 40%). Budget in the approved revenue budget. "
         "Cabinet Member for Economy and Transport consulted.", "No"),
        ("Place Directorate", "ODN/26/013", "09/02/2026", "2026-02-09", "Head of Planning and Regeneration",
         "Abbey Walk Conservation Area appraisal",
         "To publish the draft Abbey Walk Conservation Area Appraisal and Management Plan for six weeks of "
         "public consultation from 2 March 2026.",
         "Required before the Council can review the conservation area boundary. Ward members and the "
         "Lindenmoor Civic Society consulted.", "No"),
        ("Place Directorate", "ODN/26/016", "19/02/2026", "2026-02-19", "Director of Place",
         "Temporary closure of Corn Street car park, level 3",
         "To close level 3 of Corn Street multi-storey car park from 23 February 2026 until the repairs to "
         "the deck waterproofing are complete, expected to be by 30 April 2026.",
         "Structural engineer’s advice after a routine inspection. Option of a partial closure rejected on "
         "safety grounds.", "No"),
        ("Resources Directorate", "ODN/26/012", "05/02/2026", "2026-02-05", "Chief Finance Officer",
         "Council tax base 2026/27 – parish figures",
         "To approve the amended council tax base for Hollin Parish of 1,412.6 Band D equivalent properties, "
         "correcting the figure notified on 14 January 2026.",
         "An error in the number of new homes completed in the parish. Power delegated by Council on 24 "
         "February 2015. Parish clerk informed.", "No"),
        ("Resources Directorate", "ODN/26/015", "16/02/2026", "2026-02-16", "Head of Legal and Democratic "
                                                                            "Services",
         "Lease of Unit 4, Tanner’s Yard",
         "To grant a new ten-year lease of Unit 4, Tanner’s Yard to the current tenant at a rent of £11,750 "
         "a year, with a tenant’s break at year five.",
         "Rent confirmed as market value by the Council’s valuer. Ward members consulted.", "Yes – rent "
                                                                                           "review terms "
                                                                                           "only"),
        ("Communities Directorate", "ODN/26/014", "12/02/2026", "2026-02-12", "Director of Communities",
         "Household Support grants to food banks",
         "To award grants of £8,000 each to the Lindenmoor Food Bank and the Hollin and Eastfield Community "
         "Pantry from the Household Support allocation.",
         "Demand on both projects has risen by more than 30% since October 2025. Cabinet Member for "
         "Communities consulted.", "No"),
        ("Communities Directorate", "ODN/26/017", "26/02/2026", "2026-02-26", "Head of Environmental Health "
                                                                             "and Licensing",
         "Hackney carriage fares",
         "To publish notice of a proposed variation of the table of hackney carriage fares, raising the "
         "flag fall from £3.20 to £3.50, with objections invited by 27 March 2026.",
         "Request from the Lindenmoor Taxi Association; fares last varied in 2023. A decision on any "
         "objections will be taken by the Licensing Committee.", "No"),
    ]
    table_rows, directorate = [], None
    for r in rows:
        if r[0] != directorate:
            directorate = r[0]
            table_rows.append([{"text": directorate, "bold": True, "fill": "D6DCE5", "span": 7},
                               "<", "<", "<", "<", "<", "<"])
        table_rows.append([{"text": r[1], "bold": True}, r[2], r[4], r[5], r[6], r[7], r[8]])
    blocks = [
        ("p", f"<<{navy}|**LINDENMOOR BOROUGH COUNCIL**>>"),
        ("title", title),
        ("p", "**Published:** 6 March 2026"),
        ("p", "This schedule lists the decisions taken by chief officers in February 2026 under the Scheme of "
              "Delegation to Officers (Part 3, Section 6 of the Constitution) that must be recorded under the "
              "Openness of Local Government Bodies Regulations 2014. Each decision was taken on the date shown "
              "and has been signed by the officer who took it. Officer decisions are not subject to call-in."),
        ("p", "Routine operational decisions, such as individual planning, licensing and housing decisions, "
              "are recorded in the relevant service’s register and are not listed here. Where a decision has "
              "an exempt element, the information that is exempt is described in the last column and is not "
              "published."),
        ("table", {"cols": [2.3, 2.1, 3.3, 3.4, 6.6, 5.8, 2.2], "font": 8.5, "header_fill": "B4C6E7",
                   "header": ["Ref.", "Date", "Decision taken by", "Subject", "Decision",
                              "Reasons, options considered and consultation", "Exempt"],
                   "rows": table_rows}),
        ("p", "Copies of the signed decision records and any reports considered are available from Democratic "
              "Services (democratic.services@lindenmoor.example, 01632 960 418). The schedule for March 2026 "
              "will be published by 8 April 2026."),
    ]
    decisions = [decision(None, r[1], r[6], r[4], r[3], kind="decision") for r in rows]
    return {
        "name": "lindenmoor-officer-delegated-decisions-february-2026",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-03-06", "doc_title": title, "author": "Democratic Services",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Arial", "size": 10,
                 "title_size": 16, "title_color": navy,
                 "m_header": ("Lindenmoor Borough Council", "Officer decisions – February 2026"),
                 "m_footer": ("Published 6 March 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a borough council's monthly schedule of officer decisions taken under delegated "
                           "powers: one table with a row per decision, grouped by directorate",
                     kind="decision", title=title, authority=LINDENMOOR, date="2026-03-06", meeting=None,
                     decisions=decisions),
        "layout": 'DOCX (python-docx), landscape (Letter), Arial 10 pt (falls back), NinthMWriter: italic running header (council | "Officer decisions – February 2026") and footer ("Published 6 March 2026" | "Page X of Y"), rows that may not split; 2 pages in a scratch LibreOffice conversion. A navy capitals council line, the navy title, a bold-led "Published:" line, two paragraphs (what is listed under the Openness of Local Government Bodies Regulations 2014, that officer decisions are not subject to call-in, what is not listed, how exempt elements are shown). One 8.5 pt table Ref. | Date | Decision taken by | Subject | Decision | Reasons, options considered and consultation | Exempt with a blue header repeated on page 2 and directorate rows (Place / Resources / Communities) merged across all seven columns; refs ODN/26/011–017 not in number order (grouped by directorate); dates dd/mm/yyyy; decision cells "To award …", "To publish …", "To close …", "To approve …", "To grant …"; one "Yes – rent review terms only" Exempt cell; a closing line on copies and the next schedule.',
    }


# ---------------------------------------------------------------------------
# AQ3. Record of decision by an individual Cabinet Member of Cragsby County Council (HTML → Chromium,
#      A4, CSS page-margin boxes). A bordered form table with grey label cells (Reference / Decision
#      maker / Portfolio / Subject / Key decision / Report considered), the decision as "I have
#      decided to:" over an HTML a)–d) list, reasons, options, consultation (with a table of route
#      changes, not items), interests, dates, call-in and a signature table.
# ---------------------------------------------------------------------------


def cragsby_cabinet_member_decision():
    subject = "Supported Local Bus Services from 1 June 2026"
    form = "Record of Decision by an Individual Cabinet Member"
    maker = "Councillor R.T., Cabinet Member for Highways and Transport"
    ref = "CMD/2026/017"
    date = "2026-03-09"
    parts = [
        "award contracts for the seven supported bus services listed in Table 1, for three years from 1 June "
        "2026 with an option to extend for up to two further years, to the operators named in the exempt "
        "appendix to the report;",
        "withdraw the Monday to Friday evening journeys on service 44 (Cragsby – Hollin) after 7.30 pm, which "
        "carry an average of four passengers a journey, and extend the Cragsby Connect demand responsive "
        "service to cover those hours;",
        "ask the Director of Environment and Transport to review the use of service 71 (Lindenmoor – Fellside "
        "– Ormby) after six months and report the findings to me by January 2027; and",
        "note that the total cost of the contracts, £1,946,000 a year, is within the budget for supported bus "
        "services for 2026/27.",
    ]
    routes = [
        ["12", "Cragsby – Stainton – Wrayfield", "Hourly, Mon–Sat", "No change"],
        ["27", "Lindenmoor – Abbeyholme", "Every 2 hours, Mon–Sat", "Two extra Saturday journeys"],
        ["44", "Cragsby – Hollin", "Hourly, Mon–Fri; 2-hourly Sat", "Evening journeys replaced by Cragsby Connect"],
        ["53", "Ormby – Market Thorne", "4 journeys a day, Mon–Fri", "No change"],
        ["61", "Cragsby Park and Ride", "Every 15 minutes, Mon–Sat", "Revised timetable; same frequency"],
        ["71", "Lindenmoor – Fellside – Ormby", "Every 2 hours, Mon–Sat", "New route combining 71 and 72"],
        ["88", "School days only – Hollin Academy", "2 journeys a day", "No change"],
    ]
    grey = "E7E6E6"
    blocks = [
        ("p", "<<6B2C39|**CRAGSBY COUNTY COUNCIL**>>"),
        ("title", form),
        ("table", {"cols": [4.6, 12.4], "rows": [
            [label("Reference", grey), ref],
            [label("Decision maker", grey), maker],
            [label("Subject", grey), subject],
            [label("Key decision", grey), "Yes – included in the Forward Plan published on 2 February 2026 "
                                           "(ref. FP/26/009)"],
            [label("Report considered", grey), "Report of the Director of Environment and Transport, "
                                               "“Supported Local Bus Services: Contract Awards”, dated 2 March "
                                               "2026, with an exempt appendix (tender prices)"],
            [label("Divisions affected", grey), "Abbeyholme; Fellside and Ormby; Hollin; Lindenmoor North; "
                                                "Lindenmoor South; Stainton"],
        ]}),
        ("h", 2, "1. Decision"),
        ("p", "Having considered the report and the consultation responses, I have decided to:"),
        ("list", "a)", 1, parts),
        ("h", 2, "2. Reasons for the decision"),
        ("p", "The current contracts end on 31 May 2026. The Council supports the services in Table 1 because no "
              "operator would run them commercially, and each gives people without a car access to work, "
              "school, health services and shops. The tenders received give the best value of the options the "
              "market offered, and the changes to services 44 and 71 match the money spent to the journeys "
              "people make."),
        ("p", "**Table 1: Supported services from 1 June 2026**"),
        ("table", {"cols": [1.6, 5.6, 4.6, 5.2], "header_fill": "D9D9D9", "font": 9.5,
                   "header": ["Service", "Route", "Frequency", "Change from present service"], "rows": routes}),
        ("h", 2, "3. Alternative options considered and rejected"),
        ("p", "Keep all present services unchanged: rejected, as this would cost £138,000 more a year than the "
              "budget allows."),
        ("p", "Withdraw service 53 and replace it with Cragsby Connect: rejected, as the service is well used by "
              "older residents travelling to Market Thorne health centre."),
        ("h", 2, "4. Consultation"),
        ("p", "A six-week consultation on the proposed changes ran from 5 January to 15 February 2026 and received "
              "684 responses. Most concerns were about the evening journeys on service 44; the extension of "
              "Cragsby Connect was added in response. The local members for the divisions affected, Lindenmoor "
              "Borough Council and the Cragsby Bus Users’ Forum were consulted. The Place Overview and Scrutiny "
              "Committee considered the proposals on 17 February 2026 and made no comments."),
        ("h", 2, "5. Interests and dispensations"),
        ("p", "Conflicts of interest declared by the decision maker: None. Dispensations granted: None."),
        ("h", 2, "6. Dates and call-in"),
        ("table", {"cols": [6.0, 11.0], "borders": False, "rows": [
            [{"text": "Date of decision:", "bold": True}, "9 March 2026"],
            [{"text": "Date of publication:", "bold": True}, "10 March 2026"],
            [{"text": "Call-in deadline:", "bold": True}, "5.00 pm, 17 March 2026"],
            [{"text": "Decision may be implemented from:", "bold": True}, "18 March 2026, unless called in"],
        ]}),
        ("table", {"cols": [8.5, 8.5], "rows": [
            [{"blocks": [("p", "**Signed:** R.T."), ("p", "Cabinet Member for Highways and Transport")]},
             {"blocks": [("p", "**Proper Officer:** S.W."), ("p", "Head of Democratic Services")]}],
        ]}),
        ("p", "Contact: Democratic Services, County Hall, Cragsby CG1 2XX – decisions@cragsby.example – "
              "01632 960 733"),
    ]
    css = ("@page { margin: 20mm 17mm 18mm 17mm; "
           "@top-left { content: \"Cragsby County Council\"; font-family: 'Liberation Serif', serif; "
           "font-size: 8.5pt; font-style: italic; color: #555555; } "
           "@top-right { content: \"CMD/2026/017\"; font-family: 'Liberation Serif', serif; "
           "font-size: 8.5pt; font-style: italic; color: #555555; } "
           "@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Serif', serif; font-size: 8.5pt; color: #555555; } }\n"
           "h1.title { font-size: 17pt; margin: 4pt 0 10pt 0; }\n"
           "h2 { color: #6B2C39; font-size: 12pt; page-break-after: avoid; }\n"
           "p, li { break-inside: avoid; }\n")
    return {
        "name": "cragsby-cabinet-member-record-of-decision-supported-bus-services",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": subject, "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Serif', serif", "size": 10.5, "title_color": "6B2C39"},
        "blocks": blocks,
        "gold": dict(genre="a county council's record of a decision taken by an individual Cabinet Member: "
                           "one decision in four parts, with reasons, options, consultation and call-in",
                     kind="decision", title=subject, authority=CRAGSBY, date=date, meeting=None,
                     decision_number=ref,
                     decisions=[decision(None, ref, p, maker, date, kind="decision") for p in parts]),
        "layout": 'PDF (HTML → Chromium), A4, Liberation Serif 10.5 pt, CSS page-margin boxes (italic council top left, the reference CMD/2026/017 top right, "Page n of m" bottom centre); 2 pages. A maroon capitals council line, the form\'s name as the title ("Record of Decision by an Individual Cabinet Member"), a bordered form table with grey bold labels (Reference / Decision maker / Subject / Key decision "Yes – included in the Forward Plan … (ref. FP/26/009)" / Report considered / Divisions affected); maroon h2 sections 1–6. "1. Decision": "Having considered the report and the consultation responses, I have decided to:" over an HTML a)–d) list (award / withdraw … and extend / ask … to review … and report … to me by January 2027 / note …; ";" and "; and"). Reasons with a table of seven bus services (Service | Route | Frequency | Change from present service, not items); two rejected options as paragraphs; consultation (including "made no comments" from scrutiny); interests and dispensations "None"; a borderless dates table (Date of decision 9 March 2026 / publication / call-in deadline / implemented from); a two-cell signature table; a contact line.',
    }


# ---------------------------------------------------------------------------
# AQ4. Decision sheet of the Cragsby and Lindenmoor Joint Waste Committee (Markdown → pandoc DOCX).
#      Items as Heading 2; "Decision:" paragraphs with a whole sentence, "RESOLVED that:" over a pandoc
#      a)–c) list, "RECOMMENDED to the two councils that …", noted items; a contributions grid table (not
#      items) and a closing "Actions arising" grid table Ref | Action | Lead officer | By.
# ---------------------------------------------------------------------------


def cragsby_joint_waste_decision_sheet():
    committee = "Cragsby and Lindenmoor Joint Waste Committee"
    title = "Decision Sheet"
    d3 = "The minutes of the meeting held on 16 October 2025 were agreed as a correct record."
    d5 = [
        "approve the draft Joint Municipal Waste Strategy 2026–2036 for public consultation from 2 March to "
        "26 April 2026;",
        "agree the consultation plan at Appendix 2 to the report, including the four drop-in events at "
        "household waste recycling centres; and",
        "ask officers to bring the results of the consultation and a final strategy to the meeting on 16 July "
        "2026.",
    ]
    d6 = ("The Committee RECOMMENDED to Cragsby County Council and Lindenmoor Borough Council that the partner contributions "
          "for 2026/27 set out in Table 1 be approved as part of each council’s budget.")
    d7 = ("The Committee agreed to keep the garden waste subscription charge at £52 a year for 2026/27, with "
          "the £5 discount for customers who renew online before 31 March 2026.")
    d8 = ("The Committee agreed that the trial of separate food waste collections in Hollin and Eastfield be "
          "extended to the rest of Lindenmoor from October 2026, subject to the new burdens funding being "
          "confirmed.")
    d10 = "The Committee agreed to exclude the press and public for item 11."
    d11 = ("The Committee approved the award of the haulage contract for residual waste from the Ormby transfer "
           "station to Fellside Haulage Ltd for two years from 1 April 2026.")
    # (ref, action, lead cell, owners, by cell, due)
    acts = [
        ("JWC/26/01", "Publish the draft strategy and consultation questionnaire on both councils’ websites.",
         "Joint Waste Partnership Manager", ["Joint Waste Partnership Manager"], "2 March 2026", "2026-03-02"),
        ("JWC/26/02", "Write to the two councils’ section 151 officers confirming the 2026/27 contributions.",
         "Treasurer to the Committee", ["Treasurer to the Committee"], "6 February 2026", "2026-02-06"),
        ("JWC/26/03", "Prepare a rollout plan and cost estimate for food waste collections across Lindenmoor.",
         "Head of Waste Services (LBC) / Joint Waste Partnership Manager",
         ["Head of Waste Services (LBC)", "Joint Waste Partnership Manager"], "July 2026 meeting", "2026-07"),
        ("JWC/26/04", "Circulate the contamination figures by collection round to members.",
         "Recycling Officer", ["Recycling Officer"], "", None),
    ]
    contrib = grid_table([34, 18, 18, 14], ["Partner", "2025/26 (£000)", "2026/27 (£000)", "Change"], [
        ["Cragsby County Council", "8,412", "8,790", "+4.5%"],
        ["Lindenmoor Borough Council", "2,164", "2,251", "+4.0%"],
        ["**Total**", "**10,576**", "**11,041**", "**+4.4%**"],
    ])
    log = grid_table([14, 34, 22, 14], ["Ref", "Action", "Lead officer", "By"],
                     [[a[0], a[1], a[2], a[4]] for a in acts])
    md = [
        f"**{committee.upper()}**",
        f"# {title}",
        "**Meeting held on Thursday, 22 January 2026 at 2.00 pm, Council Chamber, County Hall, Cragsby**",
        "| **Members present:** Cragsby County Council – Councillors B.N. (Chair), D.S. and H.W.; Lindenmoor "
        "Borough Council – Councillors A.B. (Vice-Chair) and M.T.\n"
        "| **Officers:** Joint Waste Partnership Manager; Treasurer to the Committee; Head of Waste Services "
        "(LBC); Recycling Officer; Committee Clerk\n"
        "| **Apologies:** Councillor P.L. (Cragsby)",
        "*This sheet records the decisions taken at the meeting. It is not the minutes, which will be "
        "presented for approval at the next meeting. Decisions of the Joint Committee are not subject to "
        "call-in by either council. For more information contact the Committee Clerk, "
        "joint.waste@cragsby.example, 01632 960 745.*",
        "## 1. Apologies and substitutions",
        "Apologies were received from Councillor P.L. There were no substitutions.",
        "## 2. Declarations of interest",
        "Councillor M.T. declared that a relative works for Fellside Haulage Ltd (item 11) and left the room "
        "for that item.",
        "## 3. Minutes of the last meeting",
        f"**Decision:** {d3}",
        "## 4. Public questions",
        "One question was received, about the opening hours of Ormby household waste recycling centre. The Chair "
        "gave a written answer, which will be published with the minutes.",
        "## 5. Joint Municipal Waste Strategy 2026–2036: draft for consultation",
        "**RESOLVED** that the Committee:",
        "\n".join(f"{chr(97 + i)}) {t}" for i, t in enumerate(d5)),
        "## 6. Budget 2026/27 and partner contributions",
        f"**Decision:** {d6}",
        "**Table 1: Partner contributions**",
        contrib,
        "## 7. Garden waste charges 2026/27",
        f"**Decision:** {d7}",
        "## 8. Food waste collection trial: evaluation",
        "The Head of Waste Services (LBC) reported that 71% of households in the trial area had used the "
        "service at least once a month and that residual waste had fallen by 14%.",
        f"**Decision:** {d8}",
        "## 9. Performance report, April to December 2025",
        "The Committee noted the report. The combined recycling rate was 47.2%, against a target of 50%. Members "
        "asked for contamination figures by round (see action JWC/26/04).",
        "## 10. Exclusion of the press and public",
        f"**Decision:** {d10}",
        "## 11. Residual waste haulage contract (exempt)",
        f"**Decision:** {d11}",
        "## Actions arising",
        log,
        "*Next meeting: Thursday, 16 July 2026 at 2.00 pm, Town Hall, Lindenmoor.*",
    ]
    jwc, day = committee, "2026-01-22"
    decisions = [decision("3", None, d3, jwc, day, kind="decision")]
    decisions += [decision("5", chr(97 + i), t, jwc, day, kind="decision") for i, t in enumerate(d5)]
    decisions += [decision(n, None, t, jwc, day, kind="decision")
                  for n, t in (("6", d6), ("7", d7), ("8", d8), ("10", d10), ("11", d11))]
    return {
        "name": "cragsby-and-lindenmoor-joint-waste-committee-decision-sheet-january-2026",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2026-01-23"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a joint waste committee's decision sheet issued the day after the meeting: decisions "
                           "item by item and a table of actions arising",
                     kind="decision", title=title, authority=None, date="2026-01-22", meeting=committee,
                     decisions=decisions,
                     actions=[action(a[0], a[1], a[3], a[4] or None, a[5], None) for a in acts]),
        "layout": 'DOCX (pandoc from Markdown), pandoc\'s styles; 3 pages in a scratch LibreOffice conversion. A bold capitals committee line, the H1 "Decision Sheet", a bold meeting line, a line block of Members present (by council, initials) / Officers / Apologies, an italic note (not the minutes; no call-in; contact). Items 1.–11. as Heading 2; apologies, a declaration and public questions without decisions; bold "**Decision:**" paragraphs with a whole sentence ("The minutes … were agreed as a correct record.", "The Committee RECOMMENDED to Cragsby County Council and Lindenmoor Borough Council that … be approved …", "The Committee agreed to keep …", "The Committee agreed that … be extended …", "The Committee agreed to exclude the press and public …", "The Committee approved the award …"); "**RESOLVED** that the Committee:" over a pandoc a)–c) list (Word numbering "a)"); a contributions grid table with a bold total row (not items); "The Committee noted the report." (item 9, no decision) pointing to an action by its ref; a closing "Actions arising" grid table Ref | Action | Lead officer | By (JWC/26/01–04; one lead "Head of Waste Services (LBC) / Joint Waste Partnership Manager"; By "2 March 2026", "6 February 2026", "July 2026 meeting", one empty); an italic next-meeting line. No status column.',
    }


# ---------------------------------------------------------------------------
# AQ5. Planning Committee schedule of decisions (Markdown → pandoc DOCX → LibreOffice). A line block of
#      meeting details, a grid table Item | Application | Officer recommendation | Decision of the
#      Committee, the reason for the refusal against the officer recommendation and the additional
#      condition set out after the table (not decisions), other business noted.
# ---------------------------------------------------------------------------


def lindenmoor_planning_schedule():
    title = "Schedule of Decisions"
    pc = "Planning Committee"
    date = "2026-03-03"
    # (item, application cell, officer rec, decision)
    apps = [
        ("5.1", "**25/01187/FUL** Land east of Stainton Lane, Hollin – 46 dwellings with access and open space",
         "Grant (s106)",
         "GRANTED, subject to the conditions in the report and a section 106 agreement securing 30% affordable "
         "housing and £212,000 towards primary school places; issue of the permission delegated to the Head of "
         "Planning and Regeneration."),
        ("5.2", "**25/01302/FUL** 14 Abbey Walk, Lindenmoor – change of use from shop to hot food takeaway",
         "Grant",
         "REFUSED, contrary to the officer recommendation, for the reason set out below."),
        ("5.3", "**26/00041/HOU** 3 Orchard Rise, Eastfield – two-storey side extension and porch",
         "Grant",
         "GRANTED, subject to the conditions in the report and the additional condition set out below."),
        ("5.4", "**26/00058/FUL** Former Working Men’s Club, Canal Street, Eastfield – 12 flats",
         "Grant",
         "DEFERRED for a members’ site visit and further information on parking and the bat survey."),
        ("6", "**TPO LBC/2025/07** Woodland at The Glebe, Hollin",
         "Confirm",
         "CONFIRMED without modification."),
    ]
    table = grid_table([8, 30, 14, 40], ["Item", "Application", "Officer advice",
                                          "Decision of the Committee"],
                       [[a[0], a[1], a[2], a[3]] for a in apps])
    md = [
        "**LINDENMOOR BOROUGH COUNCIL**",
        f"# Planning Committee – {title}",
        "| **Meeting:** Tuesday, 3 March 2026 at 6.30 pm, Council Chamber, Town Hall\n"
        "| **Published:** Wednesday, 4 March 2026\n"
        "| **Members present:** Councillors J.K. (Chair), S.A. (Vice-Chair), B.C., D.E., F.G., H.I., L.O. and "
        "R.S.\n"
        "| **Contact:** Planning Support – planning@lindenmoor.example – 01632 960 452",
        "This schedule sets out the Committee’s decisions on the applications and other matters on the agenda. "
        "Decision notices will be issued to applicants within five working days. Full reasons, conditions and "
        "the debate will be in the minutes, which will be published after they have been approved.",
        "## Decisions on applications",
        table,
        "## Reason for refusal – item 5.2 (25/01302/FUL)",
        "*Moved by Councillor D.E., seconded by Councillor R.S.; carried by 5 votes to 3.*",
        "The proposed hot food takeaway, together with the five existing takeaways within 150 metres, would "
        "result in an over-concentration of such uses in the Abbey Walk secondary shopping frontage, harming "
        "its vitality and the amenity of residents of the flats above, contrary to Policies TC4 and DM11 of "
        "the Lindenmoor Local Plan 2020–2037.",
        "## Additional condition – item 5.3 (26/00041/HOU)",
        "The first floor window in the east side elevation of the extension shall be glazed with obscure glass "
        "and fixed shut below 1.7 metres above floor level, and shall be retained in that form.",
        "*Reason: to protect the privacy of the occupiers of 5 Orchard Rise.*",
        "## Other matters",
        "- **Item 7 – Appeal decisions.** The Committee noted three appeal decisions received since the last "
        "meeting: two dismissed (Wrayfield Road, Market Thorne Lane) and one allowed (1 Chapel Row).",
        "- **Item 8 – Enforcement update.** The Committee noted the quarterly enforcement report.",
        "*The next meeting of the Planning Committee will be held on Tuesday, 31 March 2026.*",
    ]
    return {
        "name": "lindenmoor-planning-committee-schedule-of-decisions-3-march-2026",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-03-04"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a borough Planning Committee's schedule of decisions, published the day after the "
                           "meeting: a table of applications with the officer recommendation and the "
                           "Committee's decision, a refusal reason and an added condition below",
                     kind="decision", title=f"Planning Committee – {title}", authority=LINDENMOOR, date=date,
                     meeting=pc,
                     decisions=[decision(a[0], None, a[3], pc, date, kind="decision") for a in apps]),
        "layout": 'PDF (Markdown → pandoc DOCX → LibreOffice), pandoc\'s styles, no running header; 2 pages. A bold capitals council line, the H1 "Planning Committee – Schedule of Decisions", a line block (Meeting / Published / Members present / Contact), a paragraph on decision notices and minutes. "Decisions on applications": a grid table Item | Application | Officer advice | Decision of the Committee (header repeated when it runs onto page 2), items 5.1–5.4 and 6, the application reference bold at the start of the cell followed by site and proposal, officer advice "Grant (s106)", "Grant", "Confirm"; decision cells in capitals-led sentences: "GRANTED, subject to … a section 106 agreement …; issue of the permission delegated to …", "REFUSED, contrary to the officer recommendation, for the reason set out below.", "GRANTED, subject to … the additional condition set out below.", "DEFERRED for a members’ site visit …", "CONFIRMED without modification." (a tree preservation order). Below the table: "Reason for refusal – item 5.2" (an italic moved/seconded/vote line and the reason) and "Additional condition – item 5.3" (the condition and an italic reason) as Heading 2 sections (not decisions); "Other matters" bullets: appeal decisions and an enforcement update noted (not decisions); an italic next-meeting line.',
    }


# ---------------------------------------------------------------------------
# AQ6. Cragsby County Council's Forward Plan of key decisions (python-docx → LibreOffice, landscape,
#      NinthMWriter). Notes on what a key decision is and how to make representations, then one table of
#      decisions still to be taken. Nothing to find.
# ---------------------------------------------------------------------------


def cragsby_forward_plan():
    title = "Forward Plan of Key Decisions"
    plum = "6B2C39"
    cab = "Cabinet"
    rows = [
        ["FP/26/012", "Cragsby Local Transport Plan 2026–2041", "To recommend to Council that the Local Transport "
         "Plan be adopted.", cab, "14 April 2026", "All", "Report and Plan; consultation report; EqIA",
         "Head of Transport Strategy", "No"],
        ["FP/26/014", "Home to school transport policy 2027/28", "To approve the policy for consultation.",
         "Cabinet Member for Education and Skills", "Not before 20 April 2026", "All", "Report",
         "Head of School Organisation", "No"],
        ["FP/26/015", "Highways maintenance term contract", "To award the contract for highways maintenance "
         "from 1 April 2027.", cab, "12 May 2026", "All", "Report; exempt appendix (tender evaluation)",
         "Director of Environment and Transport", "Part – para. 3"],
        ["FP/26/016", "Extra care housing at Ormby Road, Fellside", "To approve the capital scheme and the "
         "appointment of a development partner.", cab, "12 May 2026", "Fellside and Ormby",
         "Report; business case", "Head of Commissioning (Adults)", "No"],
        ["FP/26/017", "Cragsby Library Strategy 2026–2031", "To adopt the strategy following consultation.",
         "Cabinet Member for Communities and Culture", "Not before 1 June 2026", "All", "Report; strategy; "
         "consultation report", "Head of Libraries", "No"],
        ["FP/26/018", "Disposal of the former Stainton Depot", "To declare the site surplus and approve its "
         "sale.", "Cabinet Member for Resources", "Not before 1 June 2026", "Stainton",
         "Report; exempt appendix (valuation)", "Head of Estates", "Part – para. 3"],
        ["FP/26/019", "Children’s residential homes: sufficiency plan", "To approve the plan and the capital "
         "funding for two new homes.", cab, "9 June 2026", "All", "Report", "Director of Children’s Services",
         "No"],
        ["FP/26/020", "Medium Term Financial Strategy update", "To note the updated forecast and approve the "
         "budget timetable for 2027/28.", cab, "14 July 2026", "All", "Report",
         "Director of Finance", "No"],
    ]
    blocks = [
        ("p", f"<<{plum}|**CRAGSBY COUNTY COUNCIL**>>"),
        ("title", title),
        ("p", "**For the period 1 April 2026 to 31 July 2026 · Published 16 March 2026**"),
        ("ph", 11, f"<<{plum}|About this plan>>"),
        ("p", "The Forward Plan gives at least 28 clear days’ notice of the key decisions that the Cabinet, "
              "individual Cabinet Members or officers expect to take. A key decision is one that is likely to "
              "result in spending or savings of £750,000 or more, or to have a significant effect on "
              "communities in two or more county divisions. The plan is updated every month; entries may move "
              "to a later date or be withdrawn."),
        ("p", "Anyone may ask to see the documents listed, or make representations about a decision, by "
              "contacting the officer named at least seven days before the date shown. Where a decision is to "
              "be taken in private, in whole or in part, the plan says so and gives the paragraph of Schedule "
              "12A to the Local Government Act 1972 that applies; representations about why it should be taken "
              "in public may be made to Democratic Services."),
        ("p", "When a decision has been taken it is removed from this plan and recorded in the register of "
              "decisions on the Council’s website."),
        ("table", {"cols": [1.9, 3.3, 4.2, 2.8, 2.3, 2.0, 3.0, 2.6, 1.7], "font": 8.5, "header_fill": "E8D3D7",
                   "header": ["Ref.", "Subject", "Decision to be taken", "Decision maker", "Date of decision",
                              "Divisions", "Documents to be considered", "Lead officer", "Private?"],
                   "rows": [[{"text": r[0], "bold": True}] + r[1:] for r in rows]}),
        ("p", "Entries withdrawn since the last edition: FP/26/008 (Fellside Park and Ride extension) – "
              "scheme paused pending the outcome of a funding bid."),
        ("ph", 11, f"<<{plum}|Decision makers>>"),
        ("p", "Key decisions are taken by the Cabinet as a whole or by the Cabinet Member whose portfolio covers "
              "the subject. The Cabinet for 2026/27 is:"),
        ("table", {"cols": [5.0, 9.0, 9.8], "font": 9, "rules": True,
                   "header": ["Cabinet Member", "Portfolio", "Lead directorate"],
                   "rows": [
                       ["Councillor K.J. (Leader)", "Strategy, Finance and Resources", "Finance and Resources"],
                       ["Councillor W.D. (Deputy Leader)", "Adult Social Care and Health", "Adults and Health"],
                       ["Councillor R.T.", "Highways and Transport", "Environment and Transport"],
                       ["Councillor M.F.", "Education and Skills", "Children’s Services"],
                       ["Councillor S.Y.", "Children and Families", "Children’s Services"],
                       ["Councillor A.V.", "Communities and Culture", "Communities"],
                       ["Councillor E.H.", "Resources", "Finance and Resources"],
                       ["Councillor P.O.", "Environment and Climate", "Environment and Transport"],
                   ]}),
        ("ph", 11, f"<<{plum}|Seeing the documents>>"),
        ("p", "Reports are published on the Council’s website at least five clear working days before the "
              "decision is taken. Documents listed as exempt will not be published. Other documents relevant "
              "to a decision may be submitted to the decision maker; if so, they will be listed on the "
              "Council’s website when the report is published."),
        ("p", "Democratic Services, County Hall, Cragsby CG1 2XX · forward.plan@cragsby.example · 01632 960 731"),
    ]
    return {
        "name": "cragsby-forward-plan-of-key-decisions-april-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-16", "doc_title": title, "author": "Democratic Services",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Serif", "size": 10,
                 "title_size": 17, "title_color": plum,
                 "m_header": ("Cragsby County Council", "Forward Plan – April to July 2026"),
                 "m_footer": ("Published 16 March 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a county council's forward plan of key decisions still to be taken, with notes on "
                           "representations and private decisions; nothing to find",
                     kind="other", title=title, authority=CRAGSBY, date="2026-03-16", meeting=None),
        "layout": 'PDF (python-docx → LibreOffice), landscape (Letter), Liberation Serif 10 pt, NinthMWriter: italic running header (council | "Forward Plan – April to July 2026") and footer ("Published 16 March 2026" | "Page X of Y"), rows that may not split; 2 pages. A maroon capitals council line, the maroon title "Forward Plan of Key Decisions", a bold period and publication line, "About this plan" (28 clear days\' notice, the key decision threshold, how to make representations, private decisions under Schedule 12A, decisions taken are removed from the plan). An 8.5 pt table Ref. | Subject | Decision to be taken | Decision maker | Date of decision | Divisions | Documents to be considered | Lead officer | Private? with a pink header: eight entries FP/26/012–020 (FP/26/013 absent), "To recommend to Council …", "To approve …", "To award …", "To adopt …", "To declare … and approve …", "To note … and approve …"; dates "14 April 2026", "Not before 20 April 2026"; decision makers Cabinet or a named portfolio; "Part – para. 3". A line on one entry withdrawn since the last edition; "Decision makers" with a ruled table of the eight Cabinet Members (initials), portfolios and directorates; "Seeing the documents"; a contact line. Nothing to find.',
    }


PAPERS = [lindenmoor_cabinet_notice, lindenmoor_officer_decisions, cragsby_cabinet_member_decision,
          cragsby_joint_waste_decision_sheet, lindenmoor_planning_schedule, cragsby_forward_plan]
