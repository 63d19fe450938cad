"""Papers of the twenty-second batch, part AN ("waste, highways and street services"): six made-up
papers from two invented places:

  Dunstowe – Dunstowe District Council, the waste collection authority (Cabinet, Environment Overview
    and Scrutiny Panel, Licensing and Appeals Committee);
  Pellington – Pellington County Council, the highway authority and waste disposal authority (Cabinet,
    Highways and Transport Scrutiny Committee) and the Pellington Joint Waste Partnership Board it
    hosts with the district councils.

The genre: the papers councils write about bins, roads and streets – a joint waste partnership board's
minutes with resolutions and an action log, a waste and recycling strategy action plan progress report
to a scrutiny panel, Cabinet's response to a scrutiny review of pothole repairs, a record of a Cabinet
Member's decision on part-night street lighting, a Cabinet report on a new weekly food waste collection
with financial tables, and a household bin collection calendar that holds nothing to find.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every street, depot, firm, neighbouring council (Hensford
Borough Council, Ryecombe District Council), round and figure is made up. The Department for Transport
and the Department for Environment, Food and Rural Affairs are named as the national bodies they are;
what they are said to have done here is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_twentysecond_am.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, part AK's section, the decision-record
rules of earlier parts found with grep, second renditions, rebuilding, the closing gold decisions),
`Corpus/gold/README.md`, `Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`, and for
conventions and helpers the writer part of `papers_ninth_m.py`, `FarHWriter` in `papers_far_h.py`,
`grid_table` in `papers_fresh.py` and `papers_twentyfirst_ak.py`. Each paper names its own split. Every
gold value is written by hand beside the words it labels; the part AN notes record the choices where the
rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium papers use that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AN1 pellington-joint-waste-partnership-board-minutes-january-2026 – unseen – pandoc-lo-pdf
  AN2 dunstowe-waste-and-recycling-strategy-action-plan-progress-march-2026 – tune – lo-pdf
  AN3 pellington-cabinet-response-pothole-repairs-scrutiny-review – unseen – chromium-pdf
  AN4 pellington-cabinet-member-decision-part-night-street-lighting – tune – docx
  AN5 dunstowe-cabinet-report-weekly-food-waste-collection – unseen – pandoc-docx
  AN6 dunstowe-bin-collection-calendar-2026-27 – tune – chromium-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

DUNSTOWE = "Dunstowe District Council"
PELLINGTON = "Pellington County Council"

PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="E2E2E2"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AN1. Joint waste partnership board minutes (Markdown → pandoc DOCX → LibreOffice). Numbered items
#      as Heading 2; "**Resolved:** That …" paragraphs and one "**Resolved:** That the Board:" over
#      escaped (a)/(b) paragraphs; a recommendation to the partner councils; noted items; after a page
#      break an action log grid table (Ref | Item | Action | Lead | Due | Status).
# ---------------------------------------------------------------------------


def pellington_jwpb_minutes():
    board = "Pellington Joint Waste Partnership Board"
    d_minutes = "the minutes of the meeting held on 16 October 2025 be approved as a correct record."
    d_hwrc = [
        ("a", "endorses keeping the booking system at the Pellington Road and Hensford Quay household waste "
              "recycling centres, and ending it at the other four centres from 1 April 2026;"),
        ("b", "asks the County Council to report to the Board in July 2026 on queues and visitor numbers at the "
              "four centres after the change."),
    ]
    d_iaa = ("the revised Inter-Authority Agreement at Appendix 2 be recommended to the Cabinet of Pellington "
             "County Council and to the Cabinet of each district council for approval by 30 June 2026.")
    d_camp = ("£45,000 from the Partnership’s joint budget be allocated to a contamination campaign for dry "
              "recycling in 2026/27, led by the Partnership Manager with the communications teams of the five "
              "councils.")
    # (ref, item, action, lead cell, owners, due cell, due, status word)
    log = [
        ("JW/25/14", "Oct 2025", "Circulate the draft recycling credits schedule for 2026/27 to the district "
                                 "finance leads.", "Partnership Manager", ["Partnership Manager"],
         "30/11/2025", "2025-11-30", "Complete"),
        ("JW/25/16", "Oct 2025", "Agree with Dunstowe and Ryecombe a single list of items accepted in the dry "
                                 "recycling bin.", "Head of Waste Disposal (PCC) / District waste managers",
         ["Head of Waste Disposal (PCC)", "District waste managers"], "March 2026", "2026-03", "In progress"),
        ("JW/26/01", "4", "Publish the changes to booking at the household waste recycling centres on the "
                          "County Council’s website and at each site.",
         "HWRC Contract Manager\n\nCommunications Lead (PCC)", ["HWRC Contract Manager", "Communications Lead (PCC)"],
         "By 1 March 2026", "2026-03-01", "Not started"),
        ("JW/26/02", "5", "Send the revised Inter-Authority Agreement to the monitoring officer of each council.",
         "Partnership Manager", ["Partnership Manager"], "06/02/2026", "2026-02-06", "Open"),
        ("JW/26/03", "6", "Add the number of missed assisted collections to the quarterly performance report.",
         "District waste managers", ["District waste managers"], "Next meeting", None, "Open"),
        ("JW/26/04", "7", "Bring the contamination campaign plan and its measures of success to the Board.",
         "Partnership Manager; Communications Lead (PCC)", ["Partnership Manager", "Communications Lead (PCC)"],
         "Q1 2026/27", "2026-06", "Not started"),
    ]
    statuses = {"Complete": "completed", "In progress": "ongoing", "Not started": "not-started", "Open": None}
    perf = grid_table([34, 14, 14, 14], ["Measure", "Q2 2024/25", "Q2 2025/26", "Target"], [
        ["Household waste recycled, reused or composted", "46.8%", "48.1%", "50.0%"],
        ["Residual waste per household (kg)", "118", "112", "110"],
        ["Household waste sent to landfill", "3.9%", "2.7%", "5.0%"],
        ["Contamination of dry recycling", "17.2%", "15.6%", "12.0%"],
    ])
    log_table = grid_table([12, 24, 25, 17, 15], ["Ref", "Action", "Lead", "Due", "Status"],
                           [[a[0], a[2], a[3], a[5], a[7]] for a in log])
    md = [
        "**PELLINGTON COUNTY COUNCIL**",
        f"# {board}",
        "**Minutes of the meeting held on Thursday, 22 January 2026 at 10.00 am in Committee Room 2, County "
        "Hall, Pellington**",
        "**Members present:** Councillor H.B. (Chair, Pellington County Council), Councillor T.O. (Vice-Chair, "
        "Dunstowe District Council), Councillor A.M. (Hensford Borough Council), Councillor L.P. (Ryecombe "
        "District Council) and Councillor N.S. (Pellington County Council).",
        "**Officers:** Head of Waste Disposal (PCC), Partnership Manager, HWRC Contract Manager, Head of "
        "Environmental Services (Dunstowe), Waste Services Manager (Hensford), Commercial Services Manager "
        "(Ryecombe) and Democratic Services Officer (PCC).",
        "## 1. Apologies and substitutions",
        "Apologies were received from Councillor G.W. (Ryecombe District Council), for whom Councillor L.P. "
        "attended as substitute.",
        "## 2. Declarations of interest",
        "None.",
        "## 3. Minutes of the last meeting",
        f"**Resolved:** That {d_minutes}",
        "Matters arising: the Partnership Manager reported that action JW/25/14 was complete and that JW/25/16 "
        "was carried forward (see the action log).",
        "## 4. Household waste recycling centres – booking system review",
        "The HWRC Contract Manager presented the review of the booking system introduced at the six household "
        "waste recycling centres in 2020. Visits had fallen by 11% since booking began, but 38% of booked slots "
        "at the four smaller centres were not used and residents’ complaints about booking were the largest "
        "single category of complaint in 2025. At Pellington Road and Hensford Quay, where the sites sit next to "
        "main roads, queues had reached the highway on busy weekends before booking was introduced.",
        "Members from the districts said that fly-tipping had not risen in the areas around the smaller centres "
        "since booking began, and asked that the effect of the change on fly-tipping be watched. The Head of "
        "Waste Disposal said that the County Council would share the site figures monthly with the districts.",
        "**Resolved:** That the Board:",
    ] + [f"\\({n}) {t}" for n, t in d_hwrc] + [
        "## 5. Inter-Authority Agreement – review",
        "The Partnership Manager introduced the revised agreement between the County Council, as waste disposal "
        "authority, and the four district and borough councils, as waste collection authorities. The main "
        "changes set out how the cost of treating separately collected food waste will be shared from 2026/27, "
        "replace the recycling credits formula with a fixed payment per tonne reviewed each year, and add a "
        "process for settling disagreements between the councils. Each council’s legal team had seen the draft.",
        f"**Resolved:** That {d_iaa}",
        "## 6. Performance report – Quarter 2 2025/26",
        "The Partnership Manager presented the performance report. The main measures for the partnership area "
        "are set out below.",
        perf,
        "Members asked that missed collections for residents who receive an assisted collection be reported "
        "separately in future. The Board noted the performance report.",
        "## 7. Dry recycling contamination",
        "The Head of Waste Disposal reported that the cost of rejected loads at the materials recovery facility "
        "had risen to £212,000 in the first half of the year. Contamination was highest in flats and in areas "
        "with many short-term tenancies. The Board discussed a joint campaign, with the same messages and bin "
        "stickers used by all five councils, and agreed that the districts would continue to check bins on "
        "their rounds.",
        f"**Resolved:** That {d_camp}",
        "## 8. Date of next meeting",
        "Thursday, 23 April 2026 at 10.00 am, Dunstowe Civic Offices.",
        "The meeting closed at 11.48 am.",
        "Chair ........................................    Date ....................",
        PAGE_BREAK_MD,
        "## Action log (updated after the meeting)",
        log_table,
        "*Status: Complete – done and reported to the Board; In progress – under way; Not started; Open – due "
        "by the date shown.*",
    ]
    decisions = [decision("3", None, d_minutes, board)]
    decisions += [decision("4", n, t, board) for n, t in d_hwrc]
    decisions += [decision("5", None, d_iaa, board), decision("7", None, d_camp, board)]
    return {
        "name": "pellington-joint-waste-partnership-board-minutes-january-2026",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-01-29"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="minutes of a county-hosted joint waste partnership board of the disposal and "
                           "collection authorities, with resolutions, a performance table and an action log",
                     kind="minutes", title=board, authority=PELLINGTON, date="2026-01-22", meeting=board,
                     decisions=decisions,
                     actions=[action(a[0], a[2], a[4], a[5], a[6], statuses[a[7]]) for a in log]),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header or page "
                  "numbers. A bold capitals council line, the Board's name as H1, a bold \"Minutes of the "
                  "meeting …\" line, bold-led Members present / Officers paragraphs with initials and councils "
                  "(not items); Heading 2 items \"1. Apologies …\" … \"8. Date of next meeting\"; \"**Resolved:** "
                  "That …\" paragraphs and one \"**Resolved:** That the Board:\" over escaped \"(a) endorses …;\" "
                  "/ \"(b) asks …\" paragraphs; a resolution recommending the agreement to the partner councils' "
                  "Cabinets; \"Matters arising\", the Head of Waste Disposal's undertaking, a performance grid "
                  "table and \"The Board noted …\" (not items); a signature line; after a page break an action "
                  "log grid table Ref | Item | Action | Lead | Due | Status with two rows carried forward from "
                  "October 2025; leads split by \"/\", by a paragraph break inside the cell and by \";\"; Due "
                  "\"30/11/2025\", \"March 2026\", \"By 1 March 2026\", \"06/02/2026\", \"Next meeting\", "
                  "\"Q1 2026/27\"; statuses Complete / In progress / Not started / Open and an italic status key "
                  "under the table.",
    }


# ---------------------------------------------------------------------------
# AN2. Waste and recycling strategy action plan progress report to the Environment Overview and
#      Scrutiny Panel (python-docx → LibreOffice, landscape, NinthMWriter). A front table, a boxed
#      one-sentence recommendation, a figures table (not items), a status key, and the action plan
#      Ref | Objective | Action | Lead authority | Timescale | Status | Progress with the Objective
#      merged down over its actions.
# ---------------------------------------------------------------------------


def dunstowe_strategy_progress():
    title = "Waste and Recycling Strategy 2024–2030: Action Plan Progress Report"
    green = "2E6B30"
    panel = "Environment Overview and Scrutiny Panel"
    cover = ("That the Panel notes the progress made on the Waste and Recycling Strategy action plan in "
             "2025/26, set out in Appendix A, and identifies any actions it wishes to examine in more detail "
             "at a future meeting.")
    objectives = {
        "1": "1. Reduce the waste each household produces",
        "2": "2. Recycle more of what households throw away",
        "3": "3. Keep the district’s streets clean",
        "4": "4. Cut the carbon from collecting waste",
    }
    # (ref, objective, action, lead cell, owners, timescale cell, due, status word, progress)
    acts = [
        ("1.1", "1", "Run a ‘Love Food, Waste Less’ campaign with supermarkets and community groups in Dunstowe, "
                     "Harlby and Oakley Cross.", "DDC", ["DDC"], "Q4 2025/26", "2026-03", "Complete",
         "Campaign ran October to December 2025; 3,100 residents reached at 22 events."),
        ("1.2", "1", "Offer a free real nappy trial pack to every family registering a birth in the district.",
         "PCC (waste disposal) /\nDDC", ["PCC (waste disposal)", "DDC"], "2026/27", "2027-03", "Not started",
         "Funding agreed by the Joint Waste Partnership Board; scheme to open in June 2026."),
        ("2.1", "2", "Introduce a weekly food waste collection for all kerbside households.", "DDC", ["DDC"],
         "Oct 2026", "2026-10", "On track",
         "Report to Cabinet on 17 March 2026. Vehicles to be ordered once Cabinet has decided."),
        ("2.2", "2", "Add plastic pots, tubs and trays to the dry recycling collection.", "DDC / PCC",
         ["DDC", "PCC"], "31/03/2026", "2026-03-31", "Complete",
         "Started on 2 February 2026, after the County Council changed its sorting contract."),
        ("2.3", "2", "Check the contents of recycling bins on the rounds with the highest contamination and leave "
                     "advice tags on bins that cannot be emptied.", "DDC Waste Services;\nDDC Enforcement",
         ["DDC Waste Services", "DDC Enforcement"], "Ongoing", None, "On track",
         "1,846 bins checked since April 2025; contamination on the six rounds down from 19% to 14%."),
        ("2.4", "2", "Review the garden waste subscription charge and the number of collections in the winter "
                     "months.", "DDC", ["DDC"], "Sept 2026", "2026-09", "Not started", ""),
        ("3.1", "3", "Replace 120 litter bins in town centres with larger bins that have a recycling section.",
         "DDC", ["DDC"], "March 2026", "2026-03", "Delayed",
         "84 bins installed. The other 36 are due in May 2026 because of a supplier’s delay."),
        ("3.2", "3", "Agree a joint protocol for clearing fly-tipping on verges and lay-bys of county roads.",
         "DDC /\nPCC Highways", ["DDC", "PCC Highways"], "Q2 2026/27", "2026-09", "On track",
         "Draft protocol discussed at the Joint Waste Partnership Board on 22 January 2026."),
        ("4.1", "4", "Trial two electric refuse collection vehicles on the Dunstowe town rounds.", "DDC", ["DDC"],
         "2025/26", "2026-03", "Complete", "Trial ended in January 2026; results in paragraph 3.4."),
        ("4.2", "4", "Move the remaining diesel refuse vehicles to hydrotreated vegetable oil (HVO) fuel.", "DDC",
         ["DDC"], "By April 2027", "2027-04", "Delayed",
         "The fuel supply contract is being tendered again after the first supplier withdrew."),
    ]
    fills = {"Complete": "C6EFCE", "On track": "DDEBF7", "Delayed": "FFEB9C", "Not started": "E7E6E6"}
    statuses = {"Complete": "completed", "On track": "ongoing", "Delayed": "ongoing", "Not started": "not-started"}
    rows = []
    for a in acts:
        first = a is next(x for x in acts if x[1] == a[1])
        count = sum(1 for x in acts if x[1] == a[1])
        obj = {"text": objectives[a[1]], "bold": True, "fill": "E2EFDA", "vspan": count} if first else "^"
        rows.append([{"text": a[0], "bold": True}, obj, a[2], a[3], a[5],
                     {"text": a[7], "bold": True, "fill": fills[a[7]]}, a[8]])
    blocks = [
        ("p", f"<<{green}|**DUNSTOWE DISTRICT COUNCIL**>>"),
        ("p", f"**{panel} – 3 March 2026**"),
        ("title", title),
        ("table", {"cols": [5.0, 18.9], "font": 9.5, "rows": [
            [label("Report of", "E2EFDA"), "Head of Environmental Services"],
            [label("Cabinet Member", "E2EFDA"), "Cabinet Member for Environment and Climate"],
            [label("Report author", "E2EFDA"),
             "Waste Strategy Officer – waste.strategy@dunstowe.example – 01632 960 284"],
            [label("Purpose", "E2EFDA"), "To report progress in the second year of the action plan that supports "
                                         "the Council’s Waste and Recycling Strategy 2024–2030, adopted by Cabinet "
                                         "in March 2024."],
            [label("Appendix", "E2EFDA"), "Appendix A – Action plan with progress at 13 February 2026"],
        ]}),
        ("box", [
            ("p", f"<<{green}|**Recommendation**>>"),
            ("p", cover),
        ]),
        ("ph", 12, f"<<{green}|1.\tBackground>>"),
        ("pn", "1.1\tThe Council collects household waste from 52,400 homes. Pellington County Council, as the "
               "waste disposal authority, decides where the waste is taken and pays for its treatment. The "
               "strategy has four objectives and a target to recycle 55% of household waste by 2030."),
        ("pn", "1.2\tThe Panel last looked at the action plan in February 2025 and asked to see progress each "
               "year. Actions are led by the Council (DDC), by the County Council (PCC) or jointly, in which "
               "case the lead authority column names both."),
        ("ph", 12, f"<<{green}|2.\tHow the district is doing>>"),
        ("pn", "2.1\tThe figures for the first three quarters of 2025/26 are compared with the same period of "
               "the previous two years below. Figures for the whole year will be published in July 2026."),
        ("table", {"cols": [10.0, 3.5, 3.5, 3.5, 3.4], "font": 9, "header_fill": "A9D08E",
                   "header": ["Measure (April to December)", "2023/24", "2024/25", "2025/26", "2030 target"],
                   "rows": [
                       ["Household waste recycled, reused or composted", "43.9%", "45.2%", "47.6%", "55.0%"],
                       ["Residual waste per household (kg)", "371", "362", "349", "320"],
                       ["Garden waste subscribers", "21,880", "22,406", "23,115", "–"],
                       ["Missed collections per 100,000", "58", "49", "41", "40"],
                       ["Fly-tipping incidents reported", "1,208", "1,164", "1,097", "–"],
                   ]}),
        ("ph", 12, f"<<{green}|3.\tProgress with the action plan>>"),
        ("pn", "3.1\tOf the ten actions in the plan for 2025/26, three are complete, three are on track, two are "
               "delayed and two have not started. The delays are explained in Appendix A."),
        ("pn", "3.2\tThe largest change still to come is the weekly food waste collection, which the Environment "
               "Act 2021 requires from 1 April 2026 but which the Government has allowed the Council to start "
               "later because the new vehicles cannot be delivered sooner. Cabinet will consider a separate "
               "report on 17 March 2026."),
        ("pn", "3.3\tAdding plastic pots, tubs and trays to the recycling bin has gone well: 212 tonnes more plastic "
               "was collected in the first two weeks than in the same weeks of 2025, and contamination has not "
               "risen."),
        ("pn", "3.4\tThe electric vehicle trial showed that the vehicles could complete the town rounds on one "
               "charge, and cost 38% less to run per mile, but not the rural rounds. Officers will include "
               "electric vehicles in the fleet replacement plan for the town rounds from 2027."),
        ("ph", 12, f"<<{green}|4.\tImplications>>"),
        ("pn", "4.1\tThere are no new financial, legal or equality implications arising from this report. Each "
               "action is funded within existing budgets or from the Partnership’s joint budget."),
        ("break",),
        ("p", f"<<{green}|**Appendix A – Waste and Recycling Strategy action plan: progress at 13 February 2026**>>"),
        ("p", "**Status key.** **Complete** – the action has been done. **On track** – work is under way and should "
              "finish within the timescale. **Delayed** – work is under way but will not finish within the "
              "timescale. **Not started** – work has not yet begun. DDC – Dunstowe District Council; PCC – "
              "Pellington County Council."),
        ("table", {"cols": [1.1, 3.7, 6.6, 2.6, 2.3, 2.2, 5.4], "font": 8.5, "header_fill": "A9D08E",
                   "header": ["Ref", "Objective", "Action", "Lead authority", "Timescale", "Status", "Progress"],
                   "rows": rows}),
    ]
    return {
        "name": "dunstowe-waste-and-recycling-strategy-action-plan-progress-march-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-20", "doc_title": title, "author": "Waste Strategy Officer",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 16, "title_color": green, "box_width": 23.9,
                 "m_header": ("Dunstowe District Council", f"{panel} – 3 March 2026 – Item 7"),
                 "m_footer": ("Waste and Recycling Strategy – progress report", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="district council's waste and recycling strategy action plan progress report to a "
                           "scrutiny panel: a one-sentence recommendation, a figures table and the action plan "
                           "(Ref | Objective | Action | Lead authority | Timescale | Status | Progress)",
                     kind="action-plan", title=title, authority=DUNSTOWE, date="2026-03-03", meeting=panel,
                     recommendations=[recommendation(None, cover, verb="NOTES", addressee="Panel")],
                     actions=[action(a[0], a[2], a[4], a[5], a[6], statuses[a[7]]) for a in acts]),
        "layout": "PDF (python-docx → LibreOffice), landscape (Letter), Liberation Sans 10 pt, an italic running "
                  "header (council | panel, date and item) and footer (report | \"Page X of Y\"), rows that may not "
                  "split. A green bold capitals council line, a bold panel and date line, the green title, a "
                  "bordered front table with green label cells (Report of / Cabinet Member / Report author / "
                  "Purpose / Appendix); a boxed \"Recommendation\" with one \"That the Panel notes … and identifies "
                  "…\" sentence; green bold headings that are not styles over typed 1.1–4.1 hanging paragraphs; a "
                  "figures table (not items); after a page break, Appendix A: a bold-led status key (Complete / On "
                  "track / Delayed / Not started) with the DDC / PCC abbreviations, and an 8.5 pt table Ref | "
                  "Objective | Action | Lead authority | Timescale | Status | Progress with a green header, shaded "
                  "Objective cells merged down over their actions 1.1–4.2; leads \"DDC\", \"DDC / PCC\", \"PCC "
                  "(waste disposal) /\" plus line break, \";\" plus line break; timescales \"Q4 2025/26\", "
                  "\"2026/27\", \"Oct 2026\", \"31/03/2026\", \"Ongoing\", \"Sept 2026\", \"March 2026\", \"Q2 "
                  "2026/27\", \"2025/26\", \"By April 2027\"; statuses as bold words in shaded cells; one empty "
                  "progress cell.",
    }


# ---------------------------------------------------------------------------
# AN3. Cabinet's response to the Highways and Transport Scrutiny Committee's review of pothole repairs
#      (HTML → Chromium, A4, CSS page-margin boxes). A details table, "Cabinet is asked to:" with an
#      (a)/(b) list of capital verbs, the review's findings in prose, and Appendix A: a response table
#      No. | Scrutiny recommendation | Cabinet response | Decision | Lead officer | By when.
# ---------------------------------------------------------------------------


def pellington_pothole_response():
    title = "Cabinet Response to the Scrutiny Review of Pothole Repairs"
    blue = "1B4F72"
    covers = [
        ("a", "AGREE the responses to the recommendations of the Highways and Transport Scrutiny Committee’s "
              "review of pothole repairs, as set out in Appendix A; and", "AGREE"),
        ("b", "NOTE that progress with the agreed actions will be reported to the Committee in January 2027.",
         "NOTE"),
    ]
    hhm, ham = "Head of Highway Maintenance", "Highways Asset Manager"
    # (no., text, verb, addressee, decision word, response, lead cell, owners, by-when cell, due, status)
    recs = [
        ("1", "Publish the Council’s standards for how quickly each category of pothole will be repaired, and "
              "report performance against them every quarter on the Council’s website.", "PUBLISH", None,
         "Accepted",
         "The repair standards (2 hours for an emergency defect, 5 working days for a category 1 defect and 28 "
         "days for a category 2 defect) will be published with the revised Highway Safety Inspection Manual. "
         "Quarterly figures will be added to the highways performance page from Quarter 1 of 2026/27.",
         hhm, [hhm], "July 2026", "2026-07", None),
        ("2", "Move at least 20% of the reactive repairs budget to planned patching and surface dressing over "
              "the next three years.", "MOVE", None, "Partially accepted",
         "Cabinet agrees that more should be spent on planned work, which lasts longer. It will move 10% of the "
         "reactive budget (£0.62 million) to planned patching in 2026/27 and decide on further moves each year "
         "once the effect on the number of new defects is known.",
         f"{hhm} /\n{ham}", [hhm, ham], "April 2026, then each budget year", "2026-04", None),
        ("3", "The Cabinet Member for Highways and Transport should write to the Department for Transport asking "
              "for highway maintenance funding to be confirmed at least five years ahead.", "WRITE",
         "Cabinet Member for Highways and Transport", "Accepted",
         "The Cabinet Member wrote to the Minister on 19 January 2026, with the support of the other councils of "
         "the region.", "Director of Environment and Transport", ["Director of Environment and Transport"],
         "Complete", None, "completed"),
        ("4", "Fit every highway inspector’s vehicle with a camera that finds and logs road defects "
              "automatically.", "FIT", None, "Not accepted",
         "A trial on two vehicles in 2024 logged many defects that did not meet the intervention levels and "
         "missed defects in wet weather. The Council will look again when the national code of practice "
         "covers the use of such systems.", "N/A", [], "N/A", None, None),
        ("5", "Potholes reported by residents should be repaired right first time, to a permanent standard, "
              "wherever the road space allows.", None, None, "Accepted",
         "Since November 2025 the contractor’s repair gangs have carried equipment for permanent repairs. "
         "Temporary repairs are now used only where a road cannot be closed safely, and each is logged so that "
         "a permanent repair follows within 28 days.", "Highways Contract Manager", ["Highways Contract Manager"],
         "Ongoing", None, None),
        ("6", "Give each parish and town council a named highways contact and a meeting with its area highways "
              "team twice a year.", "GIVE", None, "Accepted",
         "Named contacts were sent to all 132 parish and town councils in December 2025. The meetings will be "
         "held each spring and autumn, starting in September 2026, and grouped by area where parishes prefer.",
         "Area Highways Managers (North, South and East)", ["Area Highways Managers (North, South and East)"],
         "September 2026", "2026-09", None),
    ]
    decisions = {"Accepted": "accepted", "Partially accepted": "partially-accepted", "Not accepted": "rejected"}
    rows = [[{"text": r[0], "bold": True}, r[1], r[5], {"text": r[4], "bold": True}, r[6], r[8]] for r in recs]
    blocks = [
        ("p", f"<<{blue}|**PELLINGTON COUNTY COUNCIL**>>"),
        ("table", {"cols": [4.2, 12.8], "borders": False, "rows": [
            [{"text": "Report to:", "bold": True}, "Cabinet"],
            [{"text": "Date:", "bold": True}, "10 March 2026"],
            [{"text": "Report of:", "bold": True}, "Director of Environment and Transport"],
            [{"text": "Cabinet Member:", "bold": True}, "Cabinet Member for Highways and Transport"],
            [{"text": "Key decision:", "bold": True}, "No"],
            [{"text": "Electoral divisions:", "bold": True}, "All"],
            [{"text": "Contact:", "bold": True},
             "Head of Highway Maintenance – highways.policy@pellington.example – 01632 960 731"],
        ]}),
        ("title", title),
        ("h", 2, "Summary"),
        ("p", "The Highways and Transport Scrutiny Committee reviewed how the Council finds, prioritises and "
              "repairs potholes between June and November 2025, and made six recommendations in its report of "
              "2 December 2025. This report sets out the Cabinet’s proposed response to each of them."),
        ("h", 2, "Recommendations"),
        ("p", "Cabinet is asked to:"),
        ("list", "(a)", 1, [c[1] for c in covers]),
        ("h", 2, "1. Background"),
        ("p", "1.1 The Council is the highway authority for 4,870 km of roads. In 2024/25 it repaired 41,260 "
              "potholes, 28% more than in 2022/23, and received 1,188 claims for damage to vehicles, of which 214 "
              "were paid at a cost of £163,000."),
        ("p", "1.2 The review was carried out by a panel of six members of the Committee. It rode with highway "
              "inspectors and repair gangs, heard from the Council’s term maintenance contractor, the county "
              "association of local councils, a cycling group and two other highway authorities, and looked at "
              "the complaints the Council received in 2024/25."),
        ("h", 2, "2. What the review found"),
        ("p", "2.1 The panel found that the Council’s inspection regime meets the national code of practice, but "
              "that residents cannot see how long a repair should take, that too many repairs are temporary and "
              "have to be done twice, and that parish councils find it hard to reach the right officer. It "
              "welcomed the work of the repair gangs in the floods of January 2025."),
        ("p", "2.2 The panel’s view was that the Council spends too much of its budget on reactive repairs and too "
              "little on preventing potholes forming. Reactive repairs made up 61% of the carriageway maintenance "
              "budget of £10.2 million in 2025/26."),
        ("h", 2, "3. The Cabinet’s response"),
        ("p", "3.1 The Cabinet welcomes the review. It proposes to accept four recommendations, accept one in part "
              "and not accept one. Appendix A gives each recommendation as the Committee worded it, with the "
              "response, the lead officer and when the action will be done."),
        ("h", 2, "4. Implications"),
        ("p", "4.1 **Financial.** The responses are met from the highways revenue and capital budgets for 2026/27 "
              "agreed by Council on 19 February 2026. Moving £0.62 million from reactive to planned work changes "
              "how the budget is spent, not its size."),
        ("p", "4.2 **Legal.** The Council’s duty to maintain the highway is in section 41 of the Highways Act 1980. "
              "A published repair standard will help the Council show that it has a reasonable system in place "
              "when defending claims."),
        ("p", "4.3 **Equality.** Better repairs to footways and crossings benefit people with mobility or sight "
              "impairments most. No adverse impact was found."),
        ("p", "Background papers: Highways and Transport Scrutiny Committee, 2 December 2025 – Review of Pothole "
              "Repairs: report of the review panel."),
        ("break",),
        ("h", 2, "Appendix A – Response to the recommendations"),
        ("table", {"cols": [0.9, 4.3, 6.3, 1.9, 2.2, 1.8], "font": 8.5, "header_fill": "D6EAF8",
                   "header": ["No.", "Scrutiny recommendation", "Cabinet response", "Decision", "Lead officer",
                              "By when"],
                   "rows": rows}),
    ]
    css = ("@page { margin: 20mm 16mm 18mm 16mm; "
           "@top-left { content: \"Pellington County Council – Cabinet – 10 March 2026\"; font-family: "
           "'Liberation Sans', sans-serif; font-size: 8pt; font-style: italic; color: #555555; } "
           "@top-right { content: \"Item 11\"; font-family: 'Liberation Sans', sans-serif; "
           "font-size: 8pt; font-style: italic; color: #555555; } "
           "@bottom-left { content: \"Response to the scrutiny review of pothole repairs\"; font-family: "
           "'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } "
           "@bottom-right { content: \"Page \" counter(page); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 17pt; margin: 6pt 0 8pt 0; }\n"
           "h2 { color: #1B4F72; font-size: 12pt; page-break-after: avoid; border-bottom: 0.8pt solid #1B4F72; }\n")
    recommendations = [recommendation(c[0], c[1], verb=c[2], addressee="Cabinet") for c in covers]
    recommendations += [recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[7], due=r[9],
                                       timeframe=None if r[8] in ("N/A", "Complete") else r[8], status=r[10],
                                       response=r[5], decision=decisions[r[4]]) for r in recs]
    return {
        "name": "pellington-cabinet-response-pothole-repairs-scrutiny-review",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "css_font": "'Liberation Sans', sans-serif",
                 "size": 10, "title_color": blue},
        "blocks": blocks,
        "gold": dict(genre="county Cabinet's response to a highways scrutiny committee's review of pothole "
                           "repairs: an (a)/(b) covering recommendation and a response table (No. | Scrutiny "
                           "recommendation | Cabinet response | Decision | Lead officer | By when)",
                     kind="executive-response", title=title, authority=PELLINGTON, date="2026-03-10",
                     meeting="Cabinet", recommendations=recommendations),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (an italic "
                  "running header with council, Cabinet and date on the left and \"Item 11\" on the right; the "
                  "report's name bottom left and \"Page n\" bottom right). A blue bold capitals council line, a "
                  "borderless details table (Report to / Date / Report of / Cabinet Member / Key decision \"No\" / "
                  "Electoral divisions / Contact), the blue title; ruled blue h2 headings; \"Cabinet is asked to:\" "
                  "over an HTML (a)/(b) list with capital verbs (AGREE …; and / NOTE …); typed 1.1–4.3 paragraphs "
                  "with the review's findings in prose (not items); after a page break, Appendix A: an 8.5 pt table "
                  "No. | Scrutiny recommendation | Cabinet response | Decision | Lead officer | By when with a pale "
                  "blue header; four imperatives, one \"The Cabinet Member … should write …\", one passive; "
                  "decisions \"Accepted\", \"Partially accepted\", \"Not accepted\" in bold; one lead \"A /\" plus "
                  "line break \"B\", one \"N/A\"; By when \"July 2026\", \"April 2026, then each budget year\", "
                  "\"Complete\", \"N/A\", \"Ongoing\", \"September 2026\".",
    }


# ---------------------------------------------------------------------------
# AN4. Record of a Cabinet Member decision on part-night street lighting (python-docx DOCX,
#      NinthMWriter). A bordered details table with grey labels, "I have decided:" over a Word-numbered
#      1.–3. list, reasons, alternatives (a numbered list, not decisions), consultation, interests,
#      call-in and a signature block.
# ---------------------------------------------------------------------------


def pellington_street_lighting_decision():
    subject = "Part-night street lighting in residential roads: second phase"
    ref = "CMD/HT/2026/07"
    maker = "Councillor R.A., Cabinet Member for Highways and Transport"
    decided = [
        "To switch off 2,340 street lights in the residential roads listed in Appendix A between midnight and "
        "5.30 am from 1 April 2026.",
        "To keep all lights on through the night at the pedestrian crossings, junctions with main roads, "
        "traffic calming features and sheltered housing schemes identified in Appendix B.",
        "To authorise the Head of Highway Network Management to switch individual lights back to all-night "
        "operation where the police or a road safety audit identify a particular risk.",
    ]
    grey = "D9D9D9"
    blocks = [
        ("p", "**PELLINGTON COUNTY COUNCIL**"),
        ("title", "Record of a Cabinet Member Decision"),
        ("table", {"cols": [5.0, 11.5], "font": 10, "rows": [
            [label("Decision reference:", grey), ref],
            [label("Title:", grey), subject],
            [label("Decision maker:", grey), maker],
            [label("Date of decision:", grey), "10 February 2026"],
            [label("Key decision:", grey), "Yes – Forward Plan ref. FP/2025/118"],
            [label("Electoral divisions:", grey), "Dunstowe North; Dunstowe South; Harlby; Oakley Cross; "
                                                  "Pellington East; Pellington West; Ryecombe Rural"],
            [label("Report considered:", grey), "Report of the Director of Environment and Transport, 28 January "
                                                "2026, with Appendices A–C"],
            [label("Contact:", grey), "Street Lighting Engineer – street.lighting@pellington.example – 01632 960 "
                                      "745"],
        ]}),
        ("ph", 12, "Decision"),
        ("p", "Having considered the report and the responses to the consultation, I have decided:"),
        ("list", "1.", 1, decided),
        ("ph", 12, "Reasons for the decision"),
        ("p", "The first phase of part-night lighting, in 2023, covered 4,100 lights in residential roads and has "
              "saved £186,000 a year in energy and 610 tonnes of carbon dioxide. Police figures for the roads "
              "concerned show no rise in crime or road collisions between midnight and 5.30 am in the two years "
              "since. The second phase is expected to save a further £104,000 a year in energy from 2026/27 and "
              "helps the Council towards its target of net zero emissions from its own operations by 2030."),
        ("p", "All the lights concerned are LED lanterns with a central management system, so they can be "
              "switched back to all-night operation remotely and at no cost."),
        ("ph", 12, "Alternative options considered and rejected"),
        ("list", "1.", 1, [
            "Keep all lights on all night. Rejected because it would give up the savings in energy and carbon "
            "with no evidence of a benefit to safety.",
            "Dim the lights to 30% between midnight and 5.30 am instead of switching them off. Rejected for these "
            "roads because the lights are already dimmed to 50% from 10.00 pm and further dimming would save "
            "less than a third as much energy.",
            "Switch off all residential lights in the county. Rejected because some roads have features that "
            "need lighting all night (Appendix B).",
        ]),
        ("ph", 12, "Consultation"),
        ("p", "The proposals were published for six weeks from 3 November to 15 December 2025. 1,214 responses "
              "were received: 47% supported the proposals, 41% opposed them and 12% had no view. Pellington "
              "Constabulary, the district councils and all affected town and parish councils were consulted. "
              "The police asked that 26 lights near licensed premises and a railway station stay on all night; "
              "those lights have been added to Appendix B. A summary of the responses is in Appendix C."),
        ("ph", 12, "Declarations of interest"),
        ("p", "None declared by the decision maker. No dispensation was granted."),
        ("ph", 12, "Call-in"),
        ("p", "This decision was published on 11 February 2026. It may be called in by any five members of the "
              "Highways and Transport Scrutiny Committee by 5.00 pm on 18 February 2026 and cannot be "
              "implemented before then."),
        ("table", {"cols": [5.0, 11.5], "font": 10, "borders": False, "rows": [
            [{"text": "Signed:", "bold": True}, "R.A."],
            [{"text": "Cabinet Member for:", "bold": True}, "Highways and Transport"],
            [{"text": "Date:", "bold": True}, "10 February 2026"],
        ]}),
        ("p", "Democratic Services use only: Decision published 11 February 2026. Call-in deadline 18 February "
              "2026. Not called in / Called in (delete as appropriate)."),
    ]
    return {
        "name": "pellington-cabinet-member-decision-part-night-street-lighting",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-02-11", "doc_title": "Record of a Cabinet Member Decision",
                 "author": "Democratic Services", "ninth_m": True, "cant_split": True,
                 "font": "Liberation Sans", "size": 10.5, "title_size": 15,
                 "m_header": ("Pellington County Council", f"Cabinet Member Decision {ref}"),
                 "m_footer": ("Published 11 February 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="county council record of a Cabinet Member's decision on part-night street lighting: "
                           "details table, \"I have decided:\" list, reasons, alternatives, consultation and call-in",
                     kind="decision", title=subject, authority=PELLINGTON, date="2026-02-10", meeting=None,
                     decision_number=ref,
                     decisions=[decision(None, ref, t, maker, "2026-02-10", kind="decision") for t in decided]),
        "layout": "DOCX (python-docx), portrait (Letter), Liberation Sans 10.5 pt, an italic running header "
                  "(council | decision reference) and footer (publication date | \"Page X of Y\"), rows that may "
                  "not split. A bold capitals council line, the title \"Record of a Cabinet Member Decision\" (the "
                  "form's name), a bordered details table with grey bold labels (Decision reference / Title / "
                  "Decision maker / Date of decision / Key decision with a Forward Plan ref / Electoral divisions "
                  "/ Report considered / Contact); bold headings that are not styles; \"I have decided:\" over a "
                  "Word-numbered 1.–3. list of \"To …\" sentences; reasons in prose; alternative options as a "
                  "second Word-numbered 1.–3. list (not decisions); consultation, declarations and call-in "
                  "paragraphs; a borderless signature table and a Democratic Services line.",
    }


# ---------------------------------------------------------------------------
# AN5. Cabinet report on a weekly food waste collection service (Markdown → pandoc DOCX). A front grid
#      table with a Key decision reference, "Cabinet is recommended to:" over typed 2.1–2.4 paragraphs,
#      options (not items), capital and revenue tables (not items), a risk table whose mitigations are
#      not actions, and implications.
# ---------------------------------------------------------------------------


def dunstowe_food_waste_report():
    title = "Introduction of a Weekly Food Waste Collection Service"
    recs = [
        ("2.1", "approve the introduction of a weekly food waste collection for all households that have a "
                "kerbside collection, from 5 October 2026, as set out in section 4;", "APPROVE"),
        ("2.2", "approve a capital budget of £1,486,000 for vehicles and containers, funded from the Government’s "
                "new burdens capital grant of £1,212,000 and £274,000 from the Waste Reserve;", "APPROVE"),
        ("2.3", "delegate authority to the Director of Place, in consultation with the Cabinet Member for "
                "Environment and Climate, to award the contract for the supply of food waste caddies after the "
                "procurement described in section 7; and", "DELEGATE"),
        ("2.4", "note that Pellington County Council, as the waste disposal authority, will provide the transfer "
                "and treatment arrangements for food waste set out in section 5.", "NOTE"),
    ]
    front = grid_table([26, 58], None, [
        ["**Report to**", "Cabinet"],
        ["**Date**", "17 March 2026"],
        ["**Report of**", "Director of Place"],
        ["**Cabinet Member**", "Cabinet Member for Environment and Climate"],
        ["**Key decision**", "Yes – KD/2026/004"],
        ["**Wards**", "All"],
        ["**Exempt information**", "None"],
        ["**Contact**", "Head of Environmental Services – waste.services@dunstowe.example – 01632 960 219"],
    ])
    capital = grid_table([44, 12, 17], ["Capital item", "Number", "Cost (£)"], [
        ["Food waste collection vehicles (7.5 tonne, with bin lifts)", "9", "1,107,000"],
        ["Kerbside caddies (23 litre)", "48,900", "171,150"],
        ["Kitchen caddies (5 litre)", "48,900", "63,570"],
        ["Communal bins for flats (140 litre)", "1,320", "92,400"],
        ["Contingency (about 4%)", "", "51,880"],
        ["**Total**", "", "**1,486,000**"],
    ])
    revenue = grid_table([44, 14, 14, 14], ["Revenue", "2026/27 (£)", "2027/28 (£)", "2028/29 (£)"], [
        ["Crews (18 drivers and loaders)", "276,000", "571,000", "588,000"],
        ["Fuel, maintenance and insurance", "61,000", "126,000", "130,000"],
        ["Caddy liners and communications", "84,000", "38,000", "38,000"],
        ["Less: new burdens revenue funding", "(298,000)", "(604,000)", "TBC"],
        ["Less: saving on residual waste collection", "(36,000)", "(88,000)", "(90,000)"],
        ["**Net cost to the Council**", "**87,000**", "**43,000**", "**666,000**"],
    ])
    risks = grid_table([30, 12, 42], ["Risk", "Rating", "How it will be managed"], [
        ["Vehicles delivered late", "High", "Order placed by April 2026 through a national framework; hire "
                                            "vehicles identified as a fallback."],
        ["Low take-up by residents", "Medium", "Caddy delivery with a leaflet and liners; stickers on residual "
                                               "bins; follow-up in the areas with the lowest take-up."],
        ["New burdens funding ends after 2027/28", "High", "Raised with DEFRA through the district councils’ "
                                                           "network; included in the medium term financial "
                                                           "strategy."],
    ])
    md = [
        "**DUNSTOWE DISTRICT COUNCIL**",
        front,
        f"# {title}",
        "## 1. Purpose of the report",
        "1.1 The Environment Act 2021 requires every waste collection authority in England to collect food waste "
        "separately from households at least once a week. This report proposes how and when the Council will "
        "do so, and asks Cabinet to approve the budget.",
        "## 2. Recommendations",
        "Cabinet is recommended to:",
    ] + [f"{n} {t}" for n, t, _ in recs] + [
        "## 3. Background",
        "3.1 About 31% of what Dunstowe households put in their black bins is food. Audits in 2025 found that the "
        "average household throws away 2.7 kg of food a week, most of which could be collected separately and "
        "turned into biogas and fertiliser instead of being burned.",
        "3.2 The Government set 31 March 2026 as the date by which councils should start the collection. The "
        "Department for Environment, Food and Rural Affairs has agreed that Dunstowe may start later, because "
        "the new vehicles cannot be delivered before the summer of 2026.",
        "## 4. The proposed service",
        "4.1 Each house will be given a 23 litre lockable kerbside caddy, a 5 litre kitchen caddy and a roll of "
        "liners. Flats will share 140 litre communal bins. Food waste will be collected every week on the same day "
        "as the household’s other bins, by nine new smaller vehicles with two crew each.",
        "4.2 The black bin collection will stay fortnightly. Residents who need help will keep their assisted "
        "collection for food waste too.",
        "4.3 Three options were considered:",
        "- collecting food waste mixed with garden waste: not possible, because the law requires a separate "
        "collection and garden waste is a subscription service;",
        "- collecting food waste in the same vehicles as dry recycling, using a separate pod: rejected because the "
        "current recycling vehicles are only four years old and cannot be fitted with pods;",
        "- a separate weekly collection with new vehicles: recommended.",
        "## 5. Disposal arrangements",
        "5.1 Pellington County Council, as the waste disposal authority, has procured treatment at an anaerobic "
        "digestion plant at Hensford and will accept the food waste at its Ryecombe Lane transfer station. The "
        "revised Inter-Authority Agreement, which the Joint Waste Partnership Board recommended to the councils "
        "on 22 January 2026, sets out how the costs will be shared.",
        "## 6. Financial implications",
        "6.1 The capital cost is shown below. It will be met from the new burdens capital grant and the Waste "
        "Reserve, which stood at £1.1 million on 31 March 2025.",
        capital,
        "6.2 The running costs for the first three years and the funding confirmed so far are shown below. New "
        "burdens revenue funding for 2028/29 has not been announced.",
        revenue,
        "## 7. Procurement",
        "7.1 The vehicles will be bought through a national purchasing framework. The caddies and liners will be "
        "bought through an open tender, to be advertised in April 2026, with the contract awarded in June 2026 so "
        "that caddies can be delivered to homes in August and September.",
        "## 8. Risks",
        risks,
        "## 9. Legal and equality implications",
        "9.1 The duty to collect food waste separately is in section 45A of the Environmental Protection Act "
        "1990, as inserted by the Environment Act 2021.",
        "9.2 An equality impact assessment has been carried out. Lockable caddies with handles that are easy to "
        "grip were chosen after advice from the Council’s accessibility forum.",
        "## 10. Background papers",
        "10.1 Waste and Recycling Strategy 2024–2030 (Cabinet, 12 March 2024); Environment Overview and Scrutiny "
        "Panel, 3 March 2026 – Waste and Recycling Strategy: Action Plan Progress Report.",
    ]
    return {
        "name": "dunstowe-cabinet-report-weekly-food-waste-collection",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-03-06"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="district Cabinet report on introducing a weekly food waste collection: typed 2.1–2.4 "
                           "recommendations, options, capital and revenue tables and a risk table",
                     kind="committee-report", title=title, authority=DUNSTOWE, date="2026-03-17",
                     meeting="Cabinet", decision_number="KD/2026/004",
                     recommendations=[recommendation(n, t, verb=v, addressee="Cabinet") for n, t, v in recs]),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals council line, a headerless grid "
                  "table with bold labels (Report to / Date / Report of / Cabinet Member / Key decision \"Yes – "
                  "KD/2026/004\" / Wards / Exempt information / Contact), the H1 title; Heading 2 sections with "
                  "typed 1.1 … 10.1 paragraphs; \"2. Recommendations\" with \"Cabinet is recommended to:\" over "
                  "typed 2.1–2.4 paragraphs (lower-case verbs, \";\" and \"; and\"); three options as a bullet list "
                  "(not items); a capital table and a three-year revenue table with bracketed negatives, \"TBC\" and "
                  "bold totals (not items); a risk table Risk | Rating | How it will be managed (not actions); "
                  "legal, equality and background papers sections.",
    }


# ---------------------------------------------------------------------------
# AN6. Household bin collection calendar (HTML → Chromium, A4). Round details, a month-by-month
#      table of collection dates with the bin colour, bank holiday changes, what goes in each bin and
#      contact details. Nothing to find.
# ---------------------------------------------------------------------------


def dunstowe_bin_calendar():
    title = "Your Bin Collection Calendar 2026/27"
    teal = "00695C"
    grey_bin = {"text": "Grey bin – rubbish", "fill": "D9D9D9"}
    blue_bin = {"text": "Blue bin – recycling", "fill": "BBDEFB"}
    # Tuesday, week 1: grey bin on the first Tuesday of the cycle (7 April 2026), blue the next, and so on;
    # in a week whose Monday is a bank holiday the collection is on the Wednesday, marked "(Wed)*".
    import datetime
    holidays = {datetime.date(2026, 4, 6), datetime.date(2026, 5, 4), datetime.date(2026, 5, 25),
                datetime.date(2026, 8, 31), datetime.date(2026, 12, 28), datetime.date(2027, 3, 29)}
    by_month = {}
    day, grey = datetime.date(2026, 4, 7), True
    while day <= datetime.date(2027, 3, 31):
        shifted = day - datetime.timedelta(days=1) in holidays
        shown = day + datetime.timedelta(days=1) if shifted else day
        text = f"{shown.day} (Wed)*" if shifted else str(shown.day)
        key = shown.strftime("%B %Y")
        by_month.setdefault(key, ([], []))[0 if grey else 1].append(text)
        day, grey = day + datetime.timedelta(days=7), not grey
    months = [(m, ", ".join(g), ", ".join(b)) for m, (g, b) in by_month.items()]
    rows = [[{"text": m, "bold": True}, g, b] for m, g, b in months]
    blocks = [
        ("p", f"<<{teal}|**DUNSTOWE DISTRICT COUNCIL – Waste and Recycling**>>"),
        ("title", title),
        ("p", "**Tuesday collections, week 1 – 6 April 2026 to 31 March 2027 · Published March 2026**"),
        ("box", [
            ("p", "**Your round:** Tuesday week 1 (DT1). This calendar is for addresses in Harlby, Oakley Cross and "
                  "the north of Dunstowe town. To check your round, enter your postcode at "
                  "www.dunstowe.example/bins."),
            ("p", "Please put your bin out by **6.30 am** on your collection day, with the lid closed, and take it "
                  "back in by the end of the day."),
        ]),
        ("h", 2, "Collection dates"),
        ("p", "Your grey bin and your blue bin are collected on alternate weeks. Your food waste caddy will be "
              "collected every week from 6 October 2026; we will write to you before then."),
        ("table", {"cols": [4.5, 6.3, 6.2], "font": 9.5, "header_fill": "B2DFDB",
                   "header": ["Month", grey_bin, blue_bin], "rows": rows}),
        ("p", "* Bank holiday week: your bin is collected on the Wednesday, one day later than usual."),
        ("h", 2, "Christmas and New Year"),
        ("p", "Your bin is collected as normal on Tuesday 22 December. In the week after Christmas it is collected "
              "on Wednesday 30 December. We will take extra recycling left in clear sacks next to your blue bin "
              "on your first blue bin collection in January. Real Christmas trees can be left out, cut into "
              "pieces no longer than one metre, on your collection day in the week of 11 January 2027."),
        ("h", 2, "What goes in which bin"),
        ("table", {"cols": [3.6, 6.7, 6.7], "font": 9, "header_fill": "B2DFDB",
                   "header": ["Bin", "Yes please", "No thank you"],
                   "rows": [
                       [{"text": "Blue bin", "bold": True, "fill": "BBDEFB"},
                        "Paper and card; food and drink cans; aerosols; glass bottles and jars; plastic bottles; "
                        "plastic pots, tubs and trays (rinsed)",
                        "Plastic bags and film; nappies; food waste; textiles; polystyrene"],
                       [{"text": "Grey bin", "bold": True, "fill": "D9D9D9"},
                        "Rubbish that cannot be recycled, in tied bags",
                        "Batteries; electrical items; hot ashes; garden waste; building rubble"],
                       [{"text": "Green bin (subscribers)", "bold": True, "fill": "C8E6C9"},
                        "Grass, hedge cuttings, leaves, flowers and small branches",
                        "Soil; food waste; animal waste; plastic plant pots"],
                   ]}),
        ("p", "Garden waste is collected every other Thursday from March to November for subscribers. A "
              "subscription for 2026/27 costs £52. Batteries can be left in a small bag on top of your blue bin."),
        ("h", 2, "Household waste recycling centres"),
        ("p", "Pellington County Council runs the recycling centres. From 1 April 2026 you do not need to book at "
              "the Oakley Cross and Harlby Lane centres. Opening hours are on the County Council’s website."),
        ("h", 2, "Missed a collection?"),
        ("p", "Report a missed bin by 5.00 pm on the day after your collection day at www.dunstowe.example/bins or "
              "by calling 01632 960 200 (8.30 am to 5.00 pm, Monday to Friday). If you need help to put your bin "
              "out, ask us about an assisted collection."),
        ("p", "Dunstowe District Council, Civic Offices, Castle Street, Dunstowe DN1 4XX · "
              "waste@dunstowe.example"),
    ]
    css = ("@page { margin: 16mm 16mm 16mm 16mm; "
           "@bottom-left { content: \"Dunstowe District Council – bin collection calendar 2026/27 – round DT1\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } "
           "@bottom-right { content: counter(page) \" / \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 22pt; margin: 4pt 0 6pt 0; }\n"
           "h2 { color: #00695C; font-size: 13pt; page-break-after: avoid; }\n"
           "div.box { border: 1.5pt solid #00695C; background: #E0F2F1; border-radius: 4pt; }\n")
    return {
        "name": "dunstowe-bin-collection-calendar-2026-27",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "css_font": "'Liberation Sans', sans-serif",
                 "size": 10, "title_color": teal},
        "blocks": blocks,
        "gold": dict(genre="district council household bin collection calendar for one round: collection dates "
                           "by month, bank holiday changes, what goes in each bin and contacts",
                     kind="other", title=title, authority=DUNSTOWE, date="2026-03", meeting=None),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (the calendar "
                  "and round bottom left, \"n / m\" bottom right); a teal council line, a large teal title, a bold "
                  "round and \"Published March 2026\" line, a rounded teal box with the round and put-out times; "
                  "teal h2 headings; a month-by-month table of dates with grey and blue shaded header cells and "
                  "starred bank-holiday dates, a footnote; a \"What goes in which bin\" table with shaded bin "
                  "cells; recycling centre, missed collection and contact paragraphs. Nothing to find.",
    }


PAPERS = [pellington_jwpb_minutes, dunstowe_strategy_progress, pellington_pothole_response,
          pellington_street_lighting_decision, dunstowe_food_waste_report, dunstowe_bin_calendar]
