"""Papers of the nineteenth batch, part AG ("climate, environment and flooding"): six made-up papers
from two invented places:

  Kestlebury – Kestlebury District Council (Cabinet, Climate and Environment Overview and Scrutiny
    Committee, Environmental Health) and Kestlebury Town Council, a parish-level council in the
    district's main town;
  Morrowdale – Morrowdale County Council as lead local flood authority and highway authority
    (Cabinet, Environment and Communities Select Committee) and the Morrowdale Flood Risk Partnership.

The genre: the papers councils write about climate, the environment and flooding – a climate
emergency action plan progress report, a section 19 flood investigation report, an executive response
to a select committee's flooding review, an air quality annual status report, town council minutes
that resolve responses to a solar farm application and a local plan consultation, and a residents'
flood bulletin that holds nothing to find.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every premises, street, watercourse, firm (Northvale Water,
Kestle Valley Buses), grant figure and monitoring result is made up. The Environment Agency is named
as the national body it is; its officers are given by role only and everything it is said to have done
here is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_nineteenth_ah.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, the headers and gold decisions of parts Y
and AD, the SAR, auditor's report, parish and town council minutes rules, second renditions,
rebuilding, the closing gold decisions), `Corpus/gold/README.md`, `Corpus/gold/real/README.md`,
`build.py`, `render.py`, `gold.py`, and for conventions and helpers the writer part of
`papers_ninth_m.py`, `FarHWriter` in `papers_far_h.py`, `grid_table` in `papers_fresh.py` and
`papers_eighteenth_ae.py`. Each paper names its own split. Every gold value is written by hand beside
the words it labels; the part AG notes record the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AG1 kestlebury-climate-emergency-action-plan-progress-report-2025-26 – tune – lo-pdf
  AG2 morrowdale-section-19-flood-investigation-little-harnby-and-oxley-bridge – unseen – lo-pdf
  AG3 morrowdale-cabinet-response-surface-water-flooding-review – tune – pandoc-docx
  AG4 kestlebury-air-quality-annual-status-report-2026 – unseen – docx
  AG5 kestlebury-town-council-minutes-february-2026 – unseen – pandoc-lo-pdf
  AG6 morrowdale-be-flood-ready-residents-bulletin-winter-2025-26 – tune – chromium-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

KESTLEBURY = "Kestlebury District Council"
KESTLEBURY_TC = "Kestlebury Town Council"
MORROWDALE = "Morrowdale County Council"
PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="E2E2E2"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AG1. Climate emergency action plan: annual progress report to the Climate and Environment Overview
#      and Scrutiny Committee (python-docx → LibreOffice, landscape, NinthMWriter). A boxed covering
#      recommendation, an emissions table (not items), a status key and the action table with theme
#      rows merged across, refs 1.1–4.3 (3.3 closed), statuses as words in shaded cells.
# ---------------------------------------------------------------------------


def kestlebury_climate_plan_progress():
    title = "Climate Emergency Action Plan: Annual Progress Report 2025/26"
    green = "2F6B3A"
    cover = ("That the Committee notes the progress made in 2025/26 on the Climate Emergency Action Plan, set "
             "out in Appendix 1, and comments on the four actions reported as Behind.")
    fills = {"Complete": "BDD7EE", "On track": "C6EFCE", "Behind": "FFEB9C", "Not started": "D9D9D9"}
    statuses = {"Complete": "completed", "On track": "ongoing", "Behind": "ongoing", "Not started": "not-started"}
    ps, fws, ct, hs, pp, pc = ("Property Services", "Fleet and Waste Services", "Climate Team", "Housing Standards",
                               "Planning Policy", "Parks and Countryside")
    t1 = "Theme 1 – Council buildings and fleet"
    t2 = "Theme 2 – Homes and energy"
    t3 = "Theme 3 – Transport"
    t4 = "Theme 4 – Nature and land use"
    # (ref, theme, action, lead cell, owners, target cell, due, progress, status word)
    acts = [
        ("1.1", t1, "Replace the gas boilers at Kestlebury Leisure Centre with air source heat pumps, funded by the "
                    "Public Sector Decarbonisation Scheme grant.", ps, [ps], "2025/26", "2026-03",
         "Heat pumps commissioned in January 2026. Gas use at the centre in February 2026 was 81% lower than in "
         "February 2025.", "Complete"),
        ("1.2", t1, "Switch the Council’s 14 pool cars and vans to electric vehicles as their leases end.",
         f"{fws} /\n{ct}", [fws, ct], "2027", "2027",
         "9 of the 14 vehicles are now electric. The remaining 5 leases end between August 2026 and May 2027.",
         "On track"),
        ("1.3", t1, "Fit solar panels on the roofs of the Council Offices and the Kestle Road depot.", ps, [ps],
         "Dec 2026", "2026-12",
         "A structural survey found that the depot roof cannot take the load. A ground-mounted array beside the "
         "depot is being costed. The Council Offices panels are planned for autumn 2026.", "Behind"),
        ("1.4", t1, "Run the refuse collection fleet on hydrotreated vegetable oil (HVO) until electric refuse "
                    "vehicles are affordable.", fws, [fws], "Ongoing", None,
         "All 22 refuse vehicles have run on HVO since April 2025. The extra cost (£61,000 in 2025/26) was met "
         "from the Climate Fund.", "On track"),
        ("2.1", t2, "Deliver energy efficiency improvements to 300 low-income homes through the Warm Homes: Local "
                    "Grant.", f"{hs};\n{ct}", [hs, ct], "2027/28", "2028-03",
         "118 homes surveyed and 64 completed (loft and cavity wall insulation in 43, air source heat pumps in 21).",
         "On track"),
        ("2.2", t2, "Enforce the Minimum Energy Efficiency Standard in privately rented homes, starting with those "
                    "rated F or G.", hs, [hs], "2026/27", "2027-03",
         "Data matching found 212 lettings rated F or G. Letters to landlords were delayed while the second "
         "Technical Officer post was vacant; it was filled in March 2026.", "Behind"),
        ("2.3", t2, "Adopt a Supplementary Planning Document on sustainable construction and net zero homes.", pp,
         [pp], "2026", "2026",
         "To follow the new Local Plan, whose Preferred Options consultation ran from January to March 2026.",
         "Not started"),
        ("3.1", t3, "Install 40 public electric vehicle charge points in Council car parks.",
         "Parking Services, with Morrowdale County Council", ["Parking Services", MORROWDALE], "March 2026",
         "2026-03", "42 charge points installed in six car parks; 31,400 charging sessions in 2025/26.",
         "Complete"),
        ("3.2", t3, "Work with Morrowdale County Council to extend the Kestle Valley cycle route from Station Road "
                    "to Kestlebury Business Park.", ct, [ct], "2028", "2028",
         "Route design funded by the County Council. Negotiations with two landowners have taken longer than "
         "planned.", "Behind"),
        ("3.4", t3, "Offer all staff a salary sacrifice scheme for bicycles and electric cars.", "HR and Payroll",
         ["HR and Payroll"], "2025/26", "2026-03", "Launched in June 2025; 37 staff have joined.", "Complete"),
        ("4.1", t4, "Plant 20,000 trees on Council land, concentrating on the Kestle Valley and the edges of the "
                    "town.", pc, [pc], "2030", "2030",
         "6,850 trees planted to date, 2,100 of them in winter 2025/26 with the help of 340 volunteers.",
         "On track"),
        ("4.2", t4, "Change the mowing regime on 25 hectares of verges and amenity grassland to allow wildflowers "
                    "and long grass.", f"{pc}, with Kestlebury Wildlife Trust", [pc, "Kestlebury Wildlife Trust"],
         "", None, "14 hectares changed so far. Complaints about untidiness fell after signs were put up.",
         "Behind"),
        ("4.3", t4, "Publish a local nature recovery action list for the district, in line with the Morrowdale "
                    "Local Nature Recovery Strategy.", f"{pp} /\n{pc}", [pp, pc], "TBC", None, "", "Not started"),
    ]
    rows = []
    for theme in (t1, t2, t3, t4):
        rows.append([{"text": theme, "bold": True, "fill": "E2EFDA", "span": 6}, "<", "<", "<", "<", "<"])
        for a in acts:
            if a[1] == theme:
                rows.append([{"text": a[0], "bold": True}, a[2], a[3], a[5], a[7],
                             {"text": a[8], "bold": True, "fill": fills[a[8]]}])
    blocks = [
        ("p", f"<<{green}|**KESTLEBURY DISTRICT COUNCIL**>>"),
        ("p", "**Climate and Environment Overview and Scrutiny Committee – 14 July 2026 – Agenda item 6**"),
        ("title", title),
        ("table", {"cols": [4.5, 21.2], "font": 9.5, "borders": False, "rows": [
            [{"text": "Report of", "bold": True}, "Head of Climate and Sustainability"],
            [{"text": "Portfolio Holder", "bold": True}, "Portfolio Holder for Climate Change and the Environment"],
            [{"text": "Contact", "bold": True}, "Climate Team – climate@kestlebury.example – 01632 960 271"],
            [{"text": "Appendix", "bold": True}, "Appendix 1: Action plan progress at 31 March 2026"],
        ]}),
        ("box", [("p", "**Recommendation**"), ("p", cover)]),
        ("ph", 12, f"<<{green}|1.\tSummary>>"),
        ("pn", "1.1\tThe Council declared a climate emergency in July 2019 and adopted its Climate Emergency Action "
               "Plan in March 2021, with the aim of making the Council’s own operations net zero by 2030 and "
               "supporting the district to reach net zero by 2045. The plan is refreshed every year; this report "
               "covers its fifth year."),
        ("pn", "1.2\tOf the 13 actions in the 2025/26 plan, 3 are complete, 4 are on track, 4 are behind and 2 have "
               "not started. The Council’s own emissions were 2,914 tonnes of carbon dioxide equivalent (tCO2e) in "
               "2025/26, 38% below the 2019/20 baseline."),
        ("ph", 12, f"<<{green}|2.\tThe Council’s own emissions>>"),
        ("pn", "2.1\tTable 1 shows the Council’s emissions by scope. Scope 3 covers only the emissions the Council "
               "can measure reliably (business travel, water and waste); emissions from purchased goods and "
               "services are estimated separately in the annual Greenhouse Gas Report."),
        ("p", "**Table 1: Council emissions (tCO2e)**"),
        ("table", {"cols": [7.5, 4.2, 4.2, 4.2, 5.6], "font": 9, "header_fill": "C9DFC4",
                   "header": ["Scope", "2019/20 (baseline)", "2024/25", "2025/26", "Change since baseline"],
                   "rows": [
                       ["Scope 1 – gas, fleet fuel", "3,412", "2,388", "1,951", "−43%"],
                       ["Scope 2 – electricity", "1,104", "812", "764", "−31%"],
                       ["Scope 3 – business travel, water, waste", "201", "214", "199", "−1%"],
                       [{"text": "Total", "bold": True}, {"text": "4,717", "bold": True},
                        {"text": "3,414", "bold": True}, {"text": "2,914", "bold": True},
                        {"text": "−38%", "bold": True}],
                   ]}),
        ("pn", "2.2\tThe largest fall in 2025/26 came from the heat pumps at the Leisure Centre (action 1.1) and "
               "from running the refuse fleet on HVO for a full year (action 1.4). Emissions from electricity "
               "rose slightly in the winter because of the heat pumps, but the net effect was a fall of 500 "
               "tCO2e."),
        ("ph", 12, f"<<{green}|3.\tProgress on the action plan>>"),
        ("pn", "3.1\tAppendix 1 sets out each action, the lead service, its target year, the progress made in "
               "2025/26 and its status at 31 March 2026. The four actions reported as Behind are 1.3 (solar "
               "panels), 2.2 (private rented homes), 3.2 (cycle route) and 4.2 (mowing regime)."),
        ("pn", "3.2\tAction 3.3 (a car club in the town centre) was closed in September 2025 after no operator "
               "bid for the contract. The Climate Team will look again at a car club when the Kestlebury "
               "Business Park travel plan is reviewed."),
        ("pn", "3.3\tThe Committee asked in July 2025 for a clearer explanation of the status of each action. The "
               "status key below is now printed with the appendix."),
        ("ph", 12, f"<<{green}|4.\tNext steps>>"),
        ("pn", "4.1\tThe 2026/27 refresh of the plan will be considered by Cabinet in October 2026. Officers are "
               "looking at:"),
        ("list", "bullet", 1, [
            "adding actions on climate adaptation, including the findings of the Morrowdale section 19 flood "
            "investigation for Little Harnby and Oxley Bridge;",
            "setting an interim target for the Council’s scope 3 emissions; and",
            "reporting progress to the Committee every six months instead of once a year.",
        ]),
        ("ph", 12, f"<<{green}|5.\tFinancial and other implications>>"),
        ("pn", "5.1\tThe Climate Fund had £412,000 at 1 April 2025; £268,000 was spent or committed in 2025/26. "
               "There are no new financial implications arising from this report."),
        ("pn", "5.2\tBackground papers: Climate Emergency Action Plan 2025/26 refresh (Cabinet, 15 April 2025); "
               "Greenhouse Gas Report 2025/26."),
        ("p", "Contact: Climate Team, Kestlebury District Council, Council Offices, Kestle Road, Kestlebury KB1 "
              "2DX – climate@kestlebury.example – 01632 960 271"),
        ("break",),
        ("ph", 14, f"<<{green}|Appendix 1: Climate Emergency Action Plan – progress at 31 March 2026>>"),
        ("p", "**Status key.** **Complete** – the action has been delivered. **On track** – work is under way and "
              "should be finished by the target year. **Behind** – work is under way but the target year will be "
              "missed. **Not started** – work on the action has not begun."),
        ("table", {"cols": [1.2, 7.2, 3.8, 2.2, 8.4, 2.9], "font": 8, "header_fill": "A9D08E",
                   "header": ["Ref", "Action", "Lead service", "Target year", "Progress in 2025/26", "Status"],
                   "rows": rows}),
        ("p", "Action 3.3 (town centre car club) was closed in September 2025; see paragraph 3.2 of the report."),
    ]
    actions = [action(a[0], a[2], a[4], a[5] or None, a[6], statuses[a[8]]) for a in acts]
    return {
        "name": "kestlebury-climate-emergency-action-plan-progress-report-2025-26",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-07-03", "doc_title": title, "author": "Climate Team", "ninth_m": True,
                 "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10, "title_size": 16,
                 "title_color": green, "box_width": 25.7,
                 "m_header": ("Kestlebury District Council – Climate and Environment Overview and Scrutiny "
                              "Committee", "14 July 2026 – Item 6"),
                 "m_footer": ("Climate Emergency Action Plan – annual progress report 2025/26",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="climate emergency action plan annual progress report to a climate and environment "
                           "scrutiny committee: a boxed covering recommendation, an emissions table, a status key "
                           "and an action table by theme (Ref | Action | Lead service | Target year | Progress | "
                           "Status)",
                     kind="action-plan", title=title, authority=KESTLEBURY, date="2026-07-14",
                     meeting="Climate and Environment Overview and Scrutiny Committee",
                     recommendations=[recommendation(None, cover, verb="NOTES", addressee="Committee")],
                     actions=actions),
        "layout": "PDF (python-docx → LibreOffice), landscape (Letter), Liberation Sans 10 pt, an italic running header "
                  "(council and committee | date and item) and footer (report | \"Page X of Y\"), rows that may not "
                  "split; 3 pages. A green bold capitals council line, a bold meeting line, the green title, a "
                  "borderless details table (Report of / Portfolio Holder / Contact / Appendix), a one-cell box "
                  "\"Recommendation\" with one \"That the Committee notes …\" sentence; green bold headings that are "
                  "not styles over typed 1.1–5.2 hanging paragraphs; an emissions table with a green header and a "
                  "bold total row (not items); \"Action 3.3 … was closed\" (not an item); next-steps bullets "
                  "without owners (not items); a contact line. After a page break, Appendix 1: a bold-led status key paragraph "
                  "(Complete / On track / Behind / Not started) and an 8 pt table Ref | Action | Lead service | "
                  "Target year | Progress in 2025/26 | Status with a green header and four theme rows merged across "
                  "all six columns; refs 1.1–1.4, 2.1–2.3, 3.1, 3.2, 3.4, 4.1–4.3; leads split by \"/\" plus line "
                  "break, \";\" plus line break and \", with\"; target years \"2025/26\", \"2027\", \"Dec 2026\", "
                  "\"Ongoing\", \"2027/28\", \"2026/27\", \"2026\", \"March 2026\", \"2028\", \"2030\", \"TBC\" and one "
                  "empty; statuses as bold words in shaded cells; one empty progress cell; a note under the table "
                  "that action 3.3 was closed (not an item).",
    }


# ---------------------------------------------------------------------------
# AG2. Section 19 flood investigation report of the lead local flood authority (python-docx →
#      LibreOffice, NinthMWriter): document control, the event, the risk management authorities'
#      functions and what they did (not items), conclusions, and recommendations R1–R8 under three
#      place headings, each followed by a bold "Responsible:" line.
# ---------------------------------------------------------------------------


def morrowdale_section_19_report():
    title = "Flood Investigation Report: Little Harnby and Oxley Bridge, 9 and 10 November 2025"
    navy = "1F3864"
    llfa = "Morrowdale County Council (LLFA)"
    nw, ea = "Northvale Water", "Environment Agency"
    th1 = "Little Harnby – the Harn Brook and Mill Lane"
    th2 = "Oxley Bridge – Station Road and the River Oxe"
    th3 = "Both communities – being ready for the next flood"
    # (no., theme, text, verb, addressee, responsible line, owners)
    recs = [
        ("R1", th1, "Morrowdale County Council, as highway authority, should replace the Mill Lane culvert with a "
                    "larger structure and fit a trash screen that can be cleared safely from the road.", "REPLACE",
         MORROWDALE, "Morrowdale County Council (Highways)", ["Morrowdale County Council (Highways)"]),
        ("R2", th1, "Riparian owners should keep the Harn Brook between Top Farm and Mill Lane clear of fallen trees "
                    "and debris, and should not store materials on its banks.", "KEEP", "Riparian owners",
         f"Riparian landowners; {llfa}", ["Riparian landowners", llfa]),
        ("R3", th1, "Kestlebury District Council, as local planning authority, should require a surface water "
                    "drainage strategy with every planning application for development on land that drains to "
                    "the Harn Brook above Little Harnby.", "REQUIRE", KESTLEBURY,
         "Kestlebury District Council (Planning)", ["Kestlebury District Council (Planning)"]),
        ("R4", th2, "Northvale Water should investigate the capacity of the combined sewer in Station Road and share "
                    "the results of its hydraulic modelling with the County Council.", "INVESTIGATE", nw, nw, [nw]),
        ("R5", th2, "Northvale Water should survey the six properties in Station Road that flooded from the sewer "
                    "and offer them protection against sewer flooding, such as non-return valves.", "SURVEY", nw,
         nw, [nw]),
        ("R6", th2, "The Environment Agency should review the flood warning service for the River Oxe at Oxley "
                    "Bridge, including whether Meadow Close and Mill Cottages can be added to the Flood Warning "
                    "Area.", "REVIEW", ea, ea, [ea]),
        ("R7", th3, "The Morrowdale Flood Risk Partnership should agree how sandbags, rest centres and support for "
                    "flooded households will be provided in future events, and publish the arrangements for "
                    "residents.", "AGREE", "Morrowdale Flood Risk Partnership", "Morrowdale Flood Risk Partnership",
         ["Morrowdale Flood Risk Partnership"]),
        ("R8", th3, "A community flood plan should be prepared for Little Harnby, with a trained flood warden for "
                    "each street.", None, None, f"Little Harnby Parish Council / {llfa}",
         ["Little Harnby Parish Council", llfa]),
    ]
    rec_blocks = []
    for theme in (th1, th2, th3):
        rec_blocks.append(("ph", 11, f"<<{navy}|{theme}>>"))
        for r in recs:
            if r[1] == theme:
                rec_blocks.append(("pn", f"**{r[0]}**\t{r[2]}"))
                rec_blocks.append(("pn", f"\t**Responsible:** {r[5]}"))
    blocks = [
        ("p", f"<<{navy}|**MORROWDALE COUNTY COUNCIL**>>"),
        ("p", "Lead Local Flood Authority"),
        ("title", title),
        ("p", "**Section 19, Flood and Water Management Act 2010**"),
        ("p", "Report reference FIR/2025/07 · Published March 2026"),
        ("p", ""),
        ("p", "**Document control**"),
        ("table", {"cols": [1.6, 3.2, 4.4, 4.0, 3.8], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Version", "Date", "Status", "Prepared by", "Approved by"],
                   "rows": [
                       ["0.1", "30 January 2026", "Draft for internal review", "Flood Risk Officer (J.K.)", "–"],
                       ["0.2", "20 February 2026", "Draft shared with the risk management authorities",
                        "Flood Risk Officer (J.K.)", "Senior Flood Risk Officer"],
                       ["1.0", "16 March 2026", "Final", "Flood Risk Officer (J.K.)", "Flood Risk Manager"],
                   ]}),
        ("p", "This report has been prepared by Morrowdale County Council under section 19 of the Flood and Water "
              "Management Act 2010. It records what happened and which authorities have relevant functions. It "
              "does not decide questions of liability, and it should not be relied on for insurance or legal "
              "purposes. Maps of private property have been left out of the published version."),
        ("p", "Flood Risk Team, County Hall, Morrowdale MD1 1FR – floodrisk@morrowdale.example – 01632 960 380"),
        ("break",),
        ("ph", 13, f"<<{navy}|Summary>>"),
        ("p", "On 9 and 10 November 2025 an intense band of rain crossed the Kestle Valley. Over 30 hours, 71 mm of "
              "rain fell at the Harnby Top gauge, about three times the November average for a single day. In "
              "Little Harnby the Harn Brook overtopped where it enters the Mill Lane culvert, and 11 homes and the "
              "village hall flooded internally. In Oxley Bridge 6 homes in Station Road flooded from the public "
              "sewer and a further 3 homes in Meadow Close flooded when the River Oxe rose overnight."),
        ("p", "The investigation found that the culvert was partly blocked by branches and a fence panel, that the "
              "sewer in Station Road surcharged when surface water entered it from the highway, and that "
              "Meadow Close is outside the Environment Agency’s Flood Warning Area, so residents had no warning. "
              "The report makes eight recommendations, in section 7."),
        ("ph", 13, f"<<{navy}|1.\tIntroduction>>"),
        ("pn", "1.1\tSection 19 of the Flood and Water Management Act 2010 says that, on becoming aware of a flood "
               "in its area, a lead local flood authority must, to the extent that it considers it necessary or "
               "appropriate, investigate which risk management authorities have relevant flood risk management "
               "functions and whether each of them has exercised, or is proposing to exercise, those functions in "
               "response to the flood. It must publish the results and notify the authorities concerned."),
        ("pn", "1.2\tThe County Council investigates where five or more homes, or any one piece of critical "
               "infrastructure, have flooded internally in one place. Both communities met that threshold."),
        ("pn", "1.3\tThe report draws on 41 flood reports from residents, a drop-in session at Little Harnby village "
               "hall on 2 December 2025, site visits, CCTV surveys of the culvert and sewer, rainfall and river "
               "level records, and information from each of the authorities named in section 5."),
        ("ph", 13, f"<<{navy}|2.\tThe rainfall>>"),
        ("pn", "2.1\tThe rain fell on ground that was already wet after the wettest October at Harnby Top since "
               "records began there in 1998. Table 1 gives the totals at the three nearest gauges."),
        ("p", "**Table 1: Rainfall, 9 November 06:00 to 10 November 12:00**"),
        ("table", {"cols": [5.2, 3.2, 3.4, 5.2], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Gauge", "Total (mm)", "Peak hour (mm)", "Approximate annual chance"],
                   "rows": [
                       ["Harnby Top", "71.2", "14.8", "1 in 40 (2.5%)"],
                       ["Oxley Bridge (Station)", "58.6", "11.0", "1 in 20 (5%)"],
                       ["Kestlebury Sewage Works", "49.9", "9.4", "1 in 10 (10%)"],
                   ]}),
        ("ph", 13, f"<<{navy}|3.\tWhat happened in Little Harnby>>"),
        ("pn", "3.1\tThe Harn Brook is an ordinary watercourse. It runs through fields above the village and enters "
               "a 600 mm culvert under Mill Lane beside the village hall. At about 21:30 on 9 November water began "
               "to pond at the culvert inlet and then flowed down Mill Lane and Church Row, entering homes through "
               "doors and airbricks."),
        ("pn", "3.2\tA CCTV survey on 13 November found branches, a fence panel and silt blocking about half of the "
               "culvert. The culvert is owned by the County Council as highway authority. It was last cleared in "
               "March 2024; its inlet has no screen."),
        ("pn", "3.3\tResidents reported that a stretch of the brook near Top Farm had not been cleared for several "
               "years and that timber was stored on the bank. The County Council wrote to the riparian owners in "
               "December 2025 explaining their responsibilities."),
        ("ph", 13, f"<<{navy}|4.\tWhat happened in Oxley Bridge>>"),
        ("pn", "4.1\tFrom about 23:00 on 9 November the combined sewer in Station Road surcharged. Sewage and "
               "water came up through toilets and floor gullies in six homes. Highway gullies in Station Road "
               "connect to the same sewer, and residents saw water running into them from the road."),
        ("pn", "4.2\tThe River Oxe, a main river, peaked at 03:15 on 10 November at 2.41 m on the Oxley Bridge gauge, "
               "its third highest level on record. Three homes in Meadow Close flooded. The Environment Agency "
               "issued a Flood Alert for the Oxe at 16:20 on 9 November, but Meadow Close is not in the Flood "
               "Warning Area and no Flood Warning was issued for it."),
        ("p", "**Table 2: Properties flooded**"),
        ("table", {"cols": [4.0, 3.0, 3.0, 2.6, 4.4], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Location", "Homes flooded internally", "Other buildings flooded", "Roads closed",
                              "Main source"],
                   "rows": [
                       ["Little Harnby (Mill Lane, Church Row)", "11", "1 (village hall)", "2", "Harn Brook "
                        "(ordinary watercourse)"],
                       ["Oxley Bridge (Station Road)", "6", "0", "1", "Public sewer and highway surface water"],
                       ["Oxley Bridge (Meadow Close)", "3", "1 (garage block)", "0", "River Oxe (main river)"],
                       [{"text": "Total", "bold": True}, {"text": "20", "bold": True}, {"text": "2", "bold": True},
                        {"text": "3", "bold": True}, ""],
                   ]}),
        ("ph", 13, f"<<{navy}|5.\tRisk management authorities and their functions>>"),
        ("pn", "5.1\tTable 3 lists the risk management authorities with functions relevant to this flood and what "
               "each did during and after it."),
        ("p", "**Table 3: Risk management authorities**"),
        ("table", {"cols": [3.6, 6.0, 7.4], "font": 8.5, "header_fill": "D9E2F3",
                   "header": ["Authority", "Relevant functions", "What it did during and after the flood"],
                   "rows": [
                       ["Morrowdale County Council (lead local flood authority)",
                        "Local flood risk strategy; investigating floods (section 19); consenting and enforcement "
                        "on ordinary watercourses.",
                        "Opened this investigation on 11 November 2025; held a drop-in session; wrote to riparian "
                        "owners of the Harn Brook in December 2025."],
                       ["Morrowdale County Council (highway authority)",
                        "Highway drainage, including the Mill Lane culvert and the gullies in Station Road.",
                        "Closed Mill Lane and Church Row overnight; cleared the culvert on 11 November; CCTV survey "
                        "on 13 November."],
                       ["Kestlebury District Council",
                        "Land drainage powers on ordinary watercourses; local planning authority; emergency "
                        "support to residents.",
                        "Opened Little Harnby village hall as a rest centre until it flooded, then the Oxley "
                        "Bridge Community Centre; gave hardship payments of £500 to 17 households."],
                       ["Northvale Water",
                        "Public sewers, including the combined sewer in Station Road.",
                        "Tankered from the Station Road sewer on 10 and 11 November; cleaned the six affected "
                        "homes; CCTV survey of the sewer in January 2026."],
                       ["Environment Agency",
                        "Main rivers, including the River Oxe; flood warnings for main rivers.",
                        "Issued a Flood Alert for the Oxe; inspected the Oxley Bridge flood wall on 10 November; "
                        "shared river level data for this report."],
                   ]}),
        ("ph", 13, f"<<{navy}|6.\tConclusions>>"),
        ("pn", "6.1\tEach authority named in Table 3 exercised its functions during the flood. The investigation "
               "found three things that could be done differently: the Mill Lane culvert is too small and has no "
               "screen; surface water from Station Road enters a sewer that cannot carry it in heavy rain; and "
               "residents of Meadow Close had no warning."),
        ("pn", "6.2\tThe Environment Agency’s 2019 study of the Oxe catchment recommended that the Flood Warning "
               "Area be reviewed when new river level data became available. That review has not yet been carried "
               "out."),
        ("ph", 13, f"<<{navy}|7.\tRecommendations>>"),
        ("pn", "7.1\tThe recommendations below are addressed to the organisations that can act on them. They have "
               "been shared in draft with each of them. Progress will be reported to the Morrowdale Flood Risk "
               "Partnership every six months until every recommendation is closed."),
    ] + rec_blocks + [
        ("ph", 13, f"<<{navy}|8.\tNext steps>>"),
        ("pn", "8.1\tThis report has been sent to each risk management authority named in it, to Kestlebury Town "
               "Council, Little Harnby Parish Council and the ward members. It is published on the County "
               "Council’s website. Residents who flooded can ask the Flood Risk Team for a copy of the maps of "
               "their own property."),
        ("ph", 13, f"<<{navy}|Appendix A: Glossary>>"),
        ("table", {"cols": [4.5, 12.5], "font": 9, "rules": True, "rows": [
            [{"text": "Main river", "bold": True}, "A watercourse shown on the Environment Agency’s main river map, "
                                                   "for which the Agency has permissive powers."],
            [{"text": "Ordinary watercourse", "bold": True}, "Any watercourse that is not a main river. The lead "
                                                             "local flood authority regulates works on them."],
            [{"text": "Riparian owner", "bold": True}, "Anyone who owns land beside or above a watercourse. Riparian "
                                                       "owners must let water flow without obstruction."],
            [{"text": "Surcharge", "bold": True}, "When a sewer is full and water rises up the manholes and "
                                                  "connections above it."],
        ]}),
    ]
    recommendations = [recommendation(r[0], r[2], verb=r[3], addressee=r[4], theme=r[1], owners=r[6])
                       for r in recs]
    return {
        "name": "morrowdale-section-19-flood-investigation-little-harnby-and-oxley-bridge",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-16", "doc_title": title, "author": "Flood Risk Team", "ninth_m": True,
                 "cant_split": True, "font": "Liberation Sans", "size": 10.5, "title_size": 17,
                 "title_color": navy,
                 "m_header": ("Morrowdale County Council – Lead Local Flood Authority",
                              "Section 19 report FIR/2025/07"),
                 "m_footer": ("Flood Investigation Report: Little Harnby and Oxley Bridge – Version 1.0",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="section 19 flood investigation report of a lead local flood authority, with the "
                           "event, the risk management authorities' functions and actions taken, and recommendations "
                           "addressed to named authorities and landowners",
                     kind="scrutiny-report", title=title, authority=MORROWDALE, date="2026-03", meeting=None,
                     recommendations=recommendations),
        "layout": "PDF (python-docx → LibreOffice), portrait (Letter), Liberation Sans 10.5 pt, an italic running header "
                  "(council and role | report reference) and footer (report and version | \"Page X of Y\"), rows "
                  "that may not split; 5 pages. Cover: a navy bold capitals council line, \"Lead Local Flood "
                  "Authority\", the navy title, the section 19 line, a reference and \"Published March 2026\" line, "
                  "a document control table Version | Date | Status | Prepared by | Approved by (not items), a "
                  "disclaimer and a contact line. After a page break: summary; navy bold headings that are not "
                  "styles over typed 1.1–8.1 hanging paragraphs; a rainfall table, a properties-flooded table with a "
                  "bold total row and a risk management authorities table Authority | Relevant functions | What it "
                  "did (past actions, not items); \"The Environment Agency’s 2019 study … recommended that …\" (not "
                  "an item). Section 7: an introductory paragraph and three navy place headings over typed "
                  "recommendations R1–R8 (bold label, tab, \"X should …\" sentences naming the County Council, "
                  "riparian owners, the District Council, Northvale Water twice, the Environment Agency and the "
                  "Partnership; one passive), each followed by an indented bold \"Responsible:\" line (owners split "
                  "by \";\" and \"/\", bracketed qualifiers). Next steps (not items) and a glossary table with "
                  "horizontal rules only.",
    }


# ---------------------------------------------------------------------------
# AG3. Cabinet's response to the Environment and Communities Select Committee's review of surface water
#      flooding and highway drainage (Markdown → pandoc DOCX): covering recommendation and a grid table
#      No. | Recommendation | Cabinet response (decision word first) | Lead officer | Timescale.
# ---------------------------------------------------------------------------


def morrowdale_cabinet_response_flooding():
    title = ("Cabinet Response to the Environment and Communities Select Committee Review of Surface Water "
             "Flooding and Highway Drainage")
    cover = ("That Cabinet agrees the responses to the Select Committee’s seven recommendations set out in "
             "Table 1 and asks the Director of Environment and Transport to report progress to the Select "
             "Committee in November 2026.")
    ham, hhm, frm = "Highways Asset Manager", "Head of Highways Maintenance", "Flood Risk Manager"
    cm = "Cabinet Member for Environment and Flooding"
    # (no., text, verb, addressee, response, decision, lead cell, owners, timescale cell, due, status)
    recs = [
        ("1", "Publish on the Council’s website a map of the highway drainage assets the Council knows about and "
              "the date each was last cleaned.", "PUBLISH", None,
         "**Accepted.** The asset register holds 61,200 gullies and 1,480 culverts. The map will show them with "
         "the date of the last clean and will be updated every week from the contractor’s records.",
         "accepted", ham, [ham], "December 2026", "2026-12", None),
        ("2", "Move from cleaning every gully on a fixed annual cycle to a risk-based schedule, so that gullies in "
              "places known to flood are cleaned at least twice a year.", "MOVE", None,
         "**Accepted.** A risk-based schedule needs a change to the highways maintenance contract, which can be "
         "made at the contract’s annual review. The places known to flood will be taken from the flood records "
         "held by the Flood Risk Team.",
         "accepted", f"{hhm} / Morrowdale Highways Partnership", [hhm, "Morrowdale Highways Partnership"],
         "From April 2027", "2027-04", None),
        ("3", "The Cabinet Member for Environment and Flooding should write to the Secretary of State asking for "
              "the Council’s duties as lead local flood authority to be matched by long-term funding.", "WRITE",
         cm,
         "**Accepted in part.** The Cabinet Member agrees with the Committee and will raise the matter jointly "
         "with other lead local flood authorities in the region, which is more likely to be heard than a single "
         "letter.",
         "partially-accepted", cm, [cm], "June 2026", "2026-06", None),
        ("4", "Employ two additional flood risk officers to clear the backlog of flood investigations and "
              "ordinary watercourse consents.", "EMPLOY", None,
         "**Not accepted.** There is no budget for two further posts in 2026/27. The backlog will instead be "
         "reduced by using the framework consultant for the four oldest investigations, paid for from the "
         "Flood Risk reserve.",
         "rejected", "N/A", [], "N/A", None, None),
        ("5", "The Morrowdale Flood Risk Partnership should publish an annual report setting out what each of its "
              "members has done to reduce flood risk in the county.", "PUBLISH",
         "Morrowdale Flood Risk Partnership",
         "**Accepted.** The first annual report will cover 2026/27 and will include progress on the "
         "recommendations of every flood investigation report published since 2024.",
         "accepted", f"{frm}, with the Environment Agency", [frm, "Environment Agency"], "Q3 2026/27", "2026-12",
         None),
        ("6", "Property flood resilience grants should be offered to every household flooded internally in the "
              "last five years, not only to those flooded since April 2024.", None, None,
         "**Accepted in part.** Grants will be offered to households flooded since April 2021 where the flood "
         "was recorded by the Council at the time. Households without a record may apply with other evidence.",
         "partially-accepted", f"{frm}; Kestlebury District Council", [frm, KESTLEBURY], "2026/27", "2027-03",
         None),
        ("7", "Review how the Council tells residents about planned drainage works and the road closures they "
              "need.", "REVIEW", None,
         "**Accepted.** A new letter and a roadside sign giving the date of the works and a contact number were "
         "introduced in February 2026, after the Committee’s evidence session.",
         "accepted", hhm, [hhm], "Complete", None, "completed"),
    ]
    md = [
        "**MORROWDALE COUNTY COUNCIL**",
        "| **Report to:** Cabinet\n"
        "| **Date:** 21 April 2026\n"
        "| **Report of:** Cabinet Member for Environment and Flooding\n"
        "| **Lead officer:** Director of Environment and Transport\n"
        "| **Key decision:** No\n"
        "| **Electoral divisions affected:** All",
        f"# {title}",
        "## 1. Summary",
        "1.1 The Environment and Communities Select Committee reviewed surface water flooding and highway "
        "drainage between September 2025 and February 2026, after the flooding in the Kestle Valley in "
        "November 2025. Its report was presented to Cabinet on 10 March 2026 and made seven recommendations. "
        "Under the Council’s scrutiny procedure rules Cabinet must respond within two months.",
        "1.2 Cabinet is asked to accept four recommendations, to accept two in part and not to accept one.",
        "## 2. Recommendation",
        cover,
        "## 3. Background",
        "3.1 The Select Committee held five evidence sessions. It heard from the Flood Risk Team, the highways "
        "maintenance contractor, Northvale Water, the Environment Agency, Kestlebury District Council, two "
        "parish councils and residents of Little Harnby and Oxley Bridge.",
        "3.2 The Committee found that most internal flooding reported to the Council since 2020 came from surface "
        "water and blocked highway drainage rather than from rivers, and that residents found it hard to know "
        "which organisation was responsible. It recommended changes to gully cleaning, to information for "
        "residents and to the funding of the Council’s flood risk work.",
        "3.3 Table 1 sets out each recommendation as the Committee worded it, Cabinet’s proposed response, the "
        "lead officer and the timescale.",
        "## 4. Response to the recommendations",
        "**Table 1: Select Committee recommendations and Cabinet’s response**",
        grid_table([7, 27, 32, 20, 16],
                   ["No.", "Select Committee recommendation", "Cabinet response", "Lead officer", "Timescale"],
                   [[r[0], r[1], r[4], r[6], r[8]] for r in recs]),
        "## 5. Financial implications",
        "5.1 Recommendations 1, 2, 5 and 7 will be met from existing budgets. The extended grant scheme "
        "(recommendation 6) is funded from the £350,000 Property Flood Resilience grant awarded to the Council "
        "for 2026/27. Using the framework consultant for the oldest investigations (recommendation 4) will cost "
        "about £38,000 from the Flood Risk reserve.",
        "## 6. Legal implications",
        "6.1 The Council is the lead local flood authority under the Flood and Water Management Act 2010 and the "
        "highway authority under the Highways Act 1980. Nothing in the proposed responses changes those duties.",
        "## 7. Equality implications",
        "7.1 An equality impact assessment screening found no negative impact. Older and disabled residents are "
        "more likely to need help when their homes flood, and the review’s recommendations on information for "
        "residents should benefit them.",
        "## 8. Background papers",
        "8.1 Environment and Communities Select Committee: Review of Surface Water Flooding and Highway Drainage, "
        "final report, February 2026.",
        "**Contact:** Flood Risk Manager – floodrisk@morrowdale.example – 01632 960 381",
    ]
    recommendations = [recommendation(None, cover, verb="AGREES", addressee="Cabinet")]
    recommendations += [recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[7], due=r[9],
                                       timeframe=None if r[8] in ("N/A", "Complete") else r[8], status=r[10],
                                       response=r[4], decision=r[5]) for r in recs]
    return {
        "name": "morrowdale-cabinet-response-surface-water-flooding-review",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2026-04-09"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Cabinet's response to a county select committee's review of surface water flooding "
                           "and highway drainage: a covering recommendation and a response table with the decision "
                           "word at the head of each response",
                     kind="executive-response", title=title, authority=MORROWDALE, date="2026-04-21",
                     meeting="Cabinet", recommendations=recommendations),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; 4 pages in a scratch LibreOffice conversion. A "
                  "bold capitals council line, a line block with "
                  "bold labels (Report to / Date / Report of / Lead officer / Key decision / Electoral divisions "
                  "affected), the H1 title; Heading 2 sections with typed 1.1 … 8.1 paragraphs; \"2. "
                  "Recommendation\" with one unnumbered \"That Cabinet agrees … and asks …\" paragraph; the "
                  "Committee's findings in prose (\"It recommended changes …\", not an item); a bold table caption "
                  "and a grid table No. | Select Committee recommendation | Cabinet response | Lead officer | "
                  "Timescale whose response cells open with a bold decision (\"Accepted.\", \"Accepted in part.\", "
                  "\"Not accepted.\"); recommendations: five imperatives, two \"… should …\" sentences naming the "
                  "Cabinet Member and the Partnership, one passive; leads split by \"/\", \";\" and \", with the\", "
                  "one \"N/A\"; timescales \"December 2026\", \"From April 2027\", \"June 2026\", \"N/A\", \"Q3 "
                  "2026/27\", \"2026/27\", \"Complete\"; implications sections and a bold contact line.",
    }


# ---------------------------------------------------------------------------
# AG4. Air quality Annual Status Report (python-docx DOCX, NinthMWriter), in the shape of the LAQM
#      template: details table, executive summary, AQMA table, Table 2.2 progress on measures (the
#      actions), monitoring results (not items), local responsibilities.
# ---------------------------------------------------------------------------


def kestlebury_air_quality_asr():
    title = "2026 Air Quality Annual Status Report (ASR)"
    teal = "1B5E6B"
    eh, ps = "KDC Environmental Health", "KDC Parking Services"
    mcch = "Morrowdale County Council (Highways)"
    # (no., measure, category, organisations cell, owners, completion cell, due, status word, progress)
    measures = [
        ("1", "Re-time the traffic signals at the A417 / Station Road junction", "Traffic Management", mcch, [mcch],
         "2025", "2025", "Completed",
         "MOVA signal control installed in May 2025. Morning peak queues on Station Road fell by about a third."),
        ("2", "Anti-idling awareness and enforcement outside schools in the AQMA", "Public Information",
         f"{eh} /\n{ps}", [eh, ps], "Ongoing", None, "Implementation",
         "Four school-gate days held in 2025 with pupils; 37 drivers spoken to and no fixed penalties needed."),
        ("3", "Electric vehicle charge points in Council car parks", "Promoting Low Emission Transport", ps, [ps],
         "March 2026", "2026-03", "Completed",
         "42 charge points installed in six car parks, two of them in the AQMA."),
        ("4", "Upgrade the buses on routes 12 and 14 through the High Street to Euro VI or electric",
         "Transport Planning and Infrastructure", "Morrowdale County Council (Public Transport);\nKestle Valley Buses",
         ["Morrowdale County Council (Public Transport)", "Kestle Valley Buses"], "2027", "2027", "Planning",
         "Bid for zero-emission bus funding submitted in October 2025; decision expected in summer 2026."),
        ("5", "Air quality policy in the new Local Plan requiring assessment and mitigation for major "
              "developments", "Policy Guidance and Development Control", "KDC Planning Policy",
         ["KDC Planning Policy"], "2027/28", "2028-03", "Planning",
         "Draft policy included in the Preferred Options consultation, January to March 2026."),
        ("6", "Signs directing HGVs to the Kestle Road freight route and away from the High Street",
         "Freight and Delivery Management", mcch, [mcch], "TBC", None, "Not started",
         "Awaiting the County Council’s review of the district’s freight routes."),
        ("8", "Smoke control area awareness and enforcement (domestic wood burning)", "Public Information", eh,
         [eh], "Ongoing", None, "Implementation",
         "Leaflets sent to 6,400 homes in the smoke control area in October 2025; 19 complaints investigated."),
        ("9", "School Street trial at Kestlebury Primary School", "Traffic Management",
         f"{mcch}, with Kestlebury Primary School", [mcch, "Kestlebury Primary School"], "September 2026",
         "2026-09", "Planning", ""),
    ]
    statuses = {"Completed": "completed", "Implementation": "ongoing", "Planning": "ongoing",
                "Not started": "not-started"}
    header_fill = "B7D7DD"
    blocks = [
        ("p", f"<<{teal}|**Kestlebury District Council**>>"),
        ("title", title),
        ("p", "In fulfilment of Part IV of the Environment Act 1995 – Local Air Quality Management"),
        ("p", "**Date: June 2026**"),
        ("table", {"cols": [5.2, 11.8], "font": 9.5, "rows": [
            [label("Information", header_fill), label("Kestlebury District Council Details", header_fill)],
            [label("Local Authority Officer"), "Senior Environmental Health Officer (Pollution), S.B."],
            [label("Department"), "Environmental Health"],
            [label("Address"), "Council Offices, Kestle Road, Kestlebury KB1 2DX"],
            [label("Telephone"), "01632 960 274"],
            [label("E-mail"), "environmental.health@kestlebury.example"],
            [label("Report Reference Number"), "KDC/ASR/2026"],
            [label("Date"), "June 2026"],
        ]}),
        ("ph", 13, f"<<{teal}|Executive Summary: Air Quality in Our Area>>"),
        ("ph", 11, "Air Quality in Kestlebury"),
        ("p", "Air quality in Kestlebury is generally good. The main pollutant of concern is nitrogen dioxide "
              "(NO2) from road traffic, particularly in the High Street, where buildings on both sides and queuing "
              "traffic trap pollution. The Council declared the Kestlebury High Street Air Quality Management Area "
              "(AQMA) for the annual mean NO2 objective in 2012."),
        ("p", "In 2025 the annual mean NO2 concentration was below the objective of 40 µg/m3 at every monitoring "
              "site in the district for the third year running. The highest result was 36.1 µg/m3 at site KB07 "
              "(High Street, opposite the Corn Exchange), down from 38.4 µg/m3 in 2024."),
        ("ph", 11, "Actions to Improve Air Quality"),
        ("p", "The Council’s Air Quality Action Plan (2022) contains the measures in Table 2.2. In 2025 the re-timed "
              "signals at the A417 / Station Road junction were completed, and 42 electric vehicle charge points "
              "were installed in Council car parks. Morrowdale County Council, as highway and transport authority, "
              "leads several of the measures."),
        ("ph", 11, "Conclusions and Priorities"),
        ("p", "Because the objective has now been met for three consecutive years, the Council expects to consider "
              "revoking the AQMA after the 2026 results are known, as government guidance allows. Its priorities "
              "for the coming year are:"),
        ("list", "bullet", 1, [
            "keeping the monitoring network in the High Street in place until any revocation;",
            "the School Street trial at Kestlebury Primary School; and",
            "a new air quality strategy for the whole district to replace the Action Plan.",
        ]),
        ("ph", 11, "Local Engagement and How to Get Involved"),
        ("p", "There are several things residents can do to help improve air quality:"),
        ("list", "bullet", 1, [
            "walk, cycle or take the bus for short journeys, especially the school run;",
            "switch off your engine when you are parked or waiting;",
            "if you use a wood burner, burn only dry wood marked “Ready to Burn” and have your chimney swept "
            "every year.",
        ]),
        ("ph", 11, "Local Responsibilities and Commitment"),
        ("p", "This ASR was prepared by the Environmental Health team of Kestlebury District Council with the "
              "support of Planning Policy, Parking Services and Morrowdale County Council’s Highways and Public "
              "Health teams. It has been approved by the Director of Communities and the Director of Public "
              "Health for Morrowdale. If you have any comments on this ASR please send them to the Environmental "
              "Health team at the address above."),
        ("break",),
        ("ph", 13, f"<<{teal}|1\tLocal Air Quality Management>>"),
        ("p", "This report provides an overview of air quality in Kestlebury during 2025. It fulfils the "
              "requirements of Local Air Quality Management (LAQM) as set out in Part IV of the Environment Act 1995 "
              "and the relevant policy and technical guidance."),
        ("ph", 13, f"<<{teal}|2\tActions to Improve Air Quality>>"),
        ("ph", 11, "2.1\tAir Quality Management Areas"),
        ("p", "**Table 2.1 – Declared Air Quality Management Areas**"),
        ("table", {"cols": [3.2, 2.4, 3.0, 4.8, 3.6], "font": 8.5, "header_fill": header_fill,
                   "header": ["AQMA Name", "Date of Declaration", "Pollutants and Air Quality Objectives",
                              "Description", "Is air quality in the AQMA influenced by roads controlled by "
                              "Highways England?"],
                   "rows": [["Kestlebury High Street AQMA", "1 October 2012", "NO2 annual mean",
                             "High Street from the A417 roundabout to its junction with Kestle Road, and the first "
                             "60 m of Station Road", "No"]]}),
        ("ph", 11, "2.2\tProgress and Impact of Measures to address Air Quality in Kestlebury"),
        ("p", "Table 2.2 shows the progress of each measure in the Air Quality Action Plan. Measure 7 (an annual "
              "car-free day in the town centre) was completed in 2023 and is no longer reported. Measure status: "
              "**Completed** – the measure has been delivered; **Implementation** – the measure is being "
              "delivered; **Planning** – the measure is being designed, funded or consulted on; **Not started** – "
              "no work has begun."),
        ("p", "**Table 2.2 – Progress on Measures to Improve Air Quality**"),
        ("table", {"cols": [1.7, 3.2, 2.1, 2.8, 2.0, 2.5, 3.1], "font": 8, "header_fill": header_fill,
                   "header": ["Measure No.", "Measure Title", "Category", "Organisations Involved",
                              "Estimated Completion", "Measure Status", "Progress to Date"],
                   "rows": [[m[0], m[1], m[2], m[3], m[5], m[7], m[8]] for m in measures]}),
        ("p", "The measures are expected to keep NO2 concentrations in the AQMA below the objective. The School "
              "Street trial will be monitored with two diffusion tubes placed for three months before and after "
              "it starts."),
        ("ph", 13, f"<<{teal}|3\tAir Quality Monitoring Data and Comparison with Air Quality Objectives>>"),
        ("p", "The Council monitored NO2 at one automatic site and 14 diffusion tube sites in 2025. Results for the "
              "sites in and near the AQMA are in Table A.1. All results have been bias adjusted (national factor "
              "0.81) and, where necessary, distance corrected."),
        ("p", "**Table A.1 – Annual Mean NO2 Monitoring Results (µg/m3)**"),
        ("table", {"cols": [1.6, 6.2, 1.9, 1.8, 1.8, 1.8, 1.9], "font": 8.5, "header_fill": header_fill,
                   "header": ["Site ID", "Location", "In AQMA?", "2022", "2023", "2024", "2025"],
                   "rows": [
                       ["KB01", "High Street automatic monitor (outside No. 44)", "Yes", "39.2", "37.5", "35.9",
                        "34.0"],
                       ["KB04", "Station Road, lamp column 6", "Yes", "41.7", "38.9", "36.2", "33.8"],
                       ["KB07", "High Street, opposite the Corn Exchange", "Yes", "43.0", "39.6", "38.4", "36.1"],
                       ["KB09", "Kestle Road, near the depot entrance", "No", "27.4", "26.1", "25.0", "23.7"],
                       ["KB12", "A417, Harnby roundabout", "No", "31.8", "30.0", "29.4", "28.2"],
                   ]}),
        ("p", "Results in 2022 above the objective of 40 µg/m3 are at sites KB04 and KB07. No site has exceeded "
              "60 µg/m3, the level above which the 1-hour mean objective may be exceeded."),
        ("p", "Kestlebury District Council – Environmental Health – environmental.health@kestlebury.example"),
    ]
    actions = [action(m[0], m[1], m[4], m[5], m[6], statuses[m[7]]) for m in measures]
    return {
        "name": "kestlebury-air-quality-annual-status-report-2026",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-06-19", "doc_title": title, "author": "Environmental Health", "ninth_m": True,
                 "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 20,
                 "title_color": teal,
                 "m_header": ("Kestlebury District Council", "LAQM Annual Status Report 2026"),
                 "m_footer": ("LAQM Annual Status Report 2026", "{PAGE}")},
        "blocks": blocks,
        "gold": dict(genre="air quality annual status report in the LAQM template: executive summary, AQMA "
                           "table, the progress-on-measures table (the action plan's measures with lead "
                           "organisations, completion dates and status) and monitoring results",
                     kind="other", title=title, authority=KESTLEBURY, date="2026-06", meeting=None,
                     actions=actions),
        "layout": "DOCX (python-docx), portrait (Letter), Liberation Sans 10 pt, an italic running header (council | "
                  "report) and footer (report | page number field), rows that may not split; 4 pages in a "
                  "scratch LibreOffice conversion. A teal council line, the teal title, the Part IV line and a "
                  "bold \"Date: June 2026\"; the template's bordered Information | Details table with grey bold "
                  "labels; an executive summary under bold headings that are not styles (priorities and "
                  "\"things residents can do\" bullets, not items); after a page break, numbered template sections "
                  "with a tab after the number; Table 2.1 (the AQMA, not an item); a paragraph saying measure 7 "
                  "is no longer reported and defining the four measure statuses; Table 2.2, an 8 pt table Measure "
                  "No. | Measure Title | Category | Organisations Involved | Estimated Completion | Measure Status | "
                  "Progress to Date with a teal-grey header, measures 1–6, 8, 9 as noun-phrase titles and "
                  "imperatives; organisations split by \"/\" plus line break, \";\" plus line break and \", "
                  "with\"; completion \"2025\", \"Ongoing\", \"March 2026\", \"2027\", \"2027/28\", \"TBC\", "
                  "\"September 2026\"; statuses Completed / Implementation / Planning / Not started as plain words; "
                  "one empty progress cell; a monitoring results table (not items).",
    }


# ---------------------------------------------------------------------------
# AG5. Town council minutes (Markdown → pandoc DOCX → LibreOffice): responses to a solar farm planning
#      application and the district's Local Plan consultation, a climate action plan, a flooding update,
#      payments; bold "RESOLVED:" paragraphs and bold "Action:" lines.
# ---------------------------------------------------------------------------


def kestlebury_town_council_minutes():
    council = KESTLEBURY_TC
    d_apologies = "to accept the apologies of Cllr M.O. (work commitment) and Cllr S.T. (illness)."
    d_minutes = ("the minutes of the meeting held on 6 January 2026 be approved as a correct record and signed by "
                 "the Mayor.")
    d_solar = [
        ("1", "to object to planning application 25/01487/FUL for a 45 MW solar farm and battery storage at Harnby "
              "Moor Farm, because of the loss of best and most versatile agricultural land, the effect on views "
              "from the Kestle Valley footpaths and the lack of a construction traffic plan for Moor Lane;"),
        ("2", "to ask that, if Kestlebury District Council is minded to approve the application, conditions require "
              "a construction traffic management plan, hedgerow planting along Moor Lane and a community benefit "
              "fund for the town; and"),
        ("3", "to ask that the application is decided by the District Council’s Planning Committee and not under "
              "delegated powers."),
    ]
    d_local_plan = ("to approve the draft response to the Kestlebury Local Plan Preferred Options consultation at "
                    "Appendix B, with the amendments agreed at the meeting, and to delegate the final wording to the "
                    "Town Clerk in consultation with the Chair of the Planning and Environment Committee.")
    d_climate = [
        "to adopt the Kestlebury Town Council Climate Action Plan 2026–2030 as circulated, with the change to "
        "action 7 agreed at the meeting.",
        "to allocate £4,500 from the Climate Action earmarked reserve to a community tree planting day in the "
        "Kestle Valley and to two thermal imaging cameras for loan to residents.",
    ]
    d_payments = "to approve the payments listed above, totalling £7,912.40."
    # (minute, text, owners, timeframe, due)
    acts = [
        ("26/018", "Town Clerk to send the Council’s objection to Kestlebury District Council by 13 February.",
         ["Town Clerk"], "by 13 February", "2026-02-13"),
        ("26/018", "Cllr A.W./Town Clerk to register to speak at the District Council’s Planning Committee when "
                   "the application is heard.", ["Cllr A.W.", "Town Clerk"], None, None),
        ("26/019", "Town Clerk to finalise the response with the Chair of Planning and Environment and submit it "
                   "by 6 March.", ["Town Clerk"], "by 6 March", "2026-03-06"),
        ("26/020", "Deputy Clerk to publish the Climate Action Plan on the Council’s website and send it to the "
                   "District Council’s Climate Team by the next meeting.", ["Deputy Clerk"], "by the next meeting",
         None),
        ("26/021", "Cllr P.D. and Town Clerk to meet the County Council’s Flood Risk Team about the Brook Street "
                   "culvert and the flood warden scheme.", ["Cllr P.D.", "Town Clerk"], None, None),
        ("26/021", "Town Clerk to ask Morrowdale County Council by 20 February when the Brook Street culvert will "
                   "next be cleared.", ["Town Clerk"], "by 20 February", "2026-02-20"),
    ]
    md = [
        "The Guildhall, Market Place, Kestlebury KB1 1AA · clerk@kestleburytc.example · 01632 960 290",
        f"# {council}",
        "**Minutes of the meeting of the Full Council held on Tuesday 3 February 2026 at 7.00 pm in the Council "
        "Chamber, the Guildhall**",
        "**Present:** Cllr A.W. (Mayor, in the Chair), Cllr B.F., Cllr C.K., Cllr E.L., Cllr G.N., Cllr H.P., "
        "Cllr P.D., Cllr R.V., Cllr W.Y.",
        "**In attendance:** Town Clerk (R.H.), Deputy Clerk (J.M.), District Cllr K.E., County Cllr L.G. (from "
        "item 26/017) and 23 members of the public.",
        "### 26/013 Apologies for absence",
        "Apologies were received from Cllr M.O. and Cllr S.T. Proposed by Cllr C.K., seconded by Cllr H.P.",
        f"**RESOLVED:** {d_apologies}",
        "### 26/014 Declarations of interest",
        "Cllr B.F. declared a pecuniary interest in item 26/018 as the owner of land next to the application "
        "site, and left the room for that item. No other interests were declared.",
        "### 26/015 Minutes of the previous meeting",
        "Proposed by Cllr E.L., seconded by Cllr G.N.",
        f"**RESOLVED:** that {d_minutes}",
        "### 26/016 Public participation",
        "Eight residents of Moor Lane and Harnby Moor spoke about the solar farm application (item 26/018). Most "
        "were concerned about construction traffic on Moor Lane, which is single track for most of its length, "
        "and about the loss of farmland; two spoke in support, citing the climate emergency. A resident of Brook "
        "Street described the flooding of her home on 9 November 2025 and asked what the Town Council could do "
        "(item 26/021).",
        "### 26/017 Reports from the County and District Councillors",
        "District Cllr K.E. reported that the District Council’s consultation on the Local Plan Preferred Options "
        "closes on 13 March 2026 and that the Harnby Moor application is expected to go to the Planning Committee "
        "in April. County Cllr L.G. reported that the County Council’s section 19 report on the November flooding "
        "in Little Harnby and Oxley Bridge will be published in March. The reports were noted.",
        "### 26/018 Planning application 25/01487/FUL – Harnby Moor Solar Farm",
        "Cllr B.F. had left the room. Members considered the application, the applicant’s presentation to the "
        "Planning and Environment Committee on 20 January and the comments made under item 26/016. Cllr R.V. "
        "proposed that the Council support the application with conditions; there was no seconder. Proposed by "
        "Cllr E.L., seconded by Cllr W.Y. (7 for, 1 against).",
        "**RESOLVED:**",
    ] + [f"\\({n}) {t}" for n, t in d_solar] + [
        f"**Action:** {acts[0][1]}",
        f"**Action:** {acts[1][1]}",
        "Cllr B.F. returned to the meeting.",
        "### 26/019 Kestlebury Local Plan – Preferred Options consultation",
        "The Chair of the Planning and Environment Committee introduced the draft response at Appendix B. It "
        "supports the proposed town centre regeneration policy and the new flood risk policy, objects to the "
        "allocation of 420 homes at Harnby Fields (site KES-07) on grounds of surface water flooding and highway "
        "safety, and asks for a policy requiring all new homes to meet a net zero standard. Members agreed to add "
        "a request that the District Council consult the Town Council on the next Infrastructure Delivery Plan.",
        "Proposed by Cllr G.N., seconded by Cllr C.K. (unanimous).",
        f"**RESOLVED:** {d_local_plan}",
        f"**Action:** {acts[2][1]}",
        "### 26/020 Climate and Biodiversity Working Group",
        "Cllr H.P. presented the Working Group’s draft Climate Action Plan 2026–2030 and its request for funding. "
        "The plan includes a switch to a renewable electricity tariff for the Guildhall, LED lighting in the "
        "Market Hall and work with schools. Members asked that action 7 refer to the town’s allotments as well as "
        "its parks.",
        f"**RESOLVED:** {d_climate[0]}",
        f"**RESOLVED:** {d_climate[1]}",
        f"**Action:** {acts[3][1]}",
        "### 26/021 Flooding in Brook Street",
        "Cllr P.D. reported that seven homes in Brook Street had flooded on 9 November 2025 when the culvert at "
        "the end of the street overflowed. Residents had asked the Town Council to set up a flood warden scheme. "
        "The County Councillor said the culvert is the County Council’s responsibility as highway authority. The "
        "Council noted the update.",
        f"**Action:** {acts[4][1]}",
        f"**Action:** {acts[5][1]}",
        "### 26/022 Finance – payments",
        "Members received the schedule of payments for January 2026.",
        grid_table([14, 38, 14],
                   ["Payee", "Details", "Amount (£)"],
                   [["Kestle Valley Landscapes", "Grounds maintenance, January", "1,846.00"],
                    ["Morrowdale Pension Fund", "Employer contributions, January", "1,602.18"],
                    ["HMRC", "PAYE and National Insurance, January", "1,288.40"],
                    ["Staff salaries", "January (net)", "2,734.62"],
                    ["Kestlebury Print Co", "Annual Town Meeting posters", "96.00"],
                    ["Northvale Water", "Guildhall water and sewerage", "345.20"],
                    ["**Total**", "", "**7,912.40**"]]),
        "Proposed by Cllr R.V., seconded by Cllr E.L.",
        f"**RESOLVED:** {d_payments}",
        "### 26/023 Date of the next meeting",
        "Tuesday 3 March 2026 at 7.00 pm in the Council Chamber, the Guildhall.",
        "The meeting closed at 9.12 pm.",
        "Signed ……………………………… (Mayor)        Date ……………………",
    ]
    decisions = [
        decision("26/013", None, d_apologies, council),
        decision("26/015", None, d_minutes, council),
    ]
    decisions += [decision("26/018", n, t, council) for n, t in d_solar]
    decisions.append(decision("26/019", None, d_local_plan, council))
    decisions += [decision("26/020", None, t, council) for t in d_climate]
    decisions.append(decision("26/022", None, d_payments, council))
    actions = [action(None, a[1], a[2], a[3], a[4], None) for a in acts]
    return {
        "name": "kestlebury-town-council-minutes-february-2026",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-02-10"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="town council minutes resolving the council's responses to a solar farm planning "
                           "application and the district's local plan consultation, with a climate action plan, a "
                           "flooding update, payments and \"Action:\" lines",
                     kind="minutes", title=council, authority=council, date="2026-02-03", meeting=council,
                     decisions=decisions, actions=actions),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header or page numbers; "
                  "4 pages. An address line, the council's name as H1, a bold \"Minutes of the meeting …\" line, "
                  "bold-led Present / In attendance paragraphs; Heading 3 minute titles \"26/013 …\" … \"26/023 "
                  "…\"; proposer and seconder lines and votes (not items); \"**RESOLVED:** to …\" and "
                  "\"**RESOLVED:** that …\" paragraphs, and a bare \"**RESOLVED:**\" line over typed \"(1) to …\", "
                  "\"(2) to …\", \"(3) to …\" paragraphs (\";\" and \"; and\"); a motion that fell without a "
                  "seconder, a declaration, public participation and councillors' reports (not items); \"The "
                  "Council noted the update.\" (not a decision); bold \"**Action:**\" lines with owners before "
                  "\"to\" (\"Cllr A.W./Town Clerk\", \"Cllr P.D. and Town Clerk\") and \"by 13 February\", \"by 6 "
                  "March\", \"by the next meeting\", \"by 20 February\" or no date; a payments grid table with a "
                  "bold total row (not items); the next meeting's date and a signature line.",
    }


# ---------------------------------------------------------------------------
# AG6. Residents' flood bulletin of the Flood Risk Partnership (HTML → Chromium): advice, warning codes,
#      contacts, completed schemes and grants. Nothing to find.
# ---------------------------------------------------------------------------


def morrowdale_flood_bulletin():
    title = "Be Flood Ready: Winter 2025/26"
    blue = "155A8A"
    blocks = [
        ("p", f"<<{blue}|**MORROWDALE FLOOD RISK PARTNERSHIP · RESIDENTS’ BULLETIN · ISSUE 4**>>"),
        ("title", title),
        ("p", "**Flood information for households and businesses in Morrowdale**"),
        ("p", "Published October 2025 by Morrowdale County Council, the lead local flood authority, on behalf of the "
              "Morrowdale Flood Risk Partnership: Morrowdale County Council, Kestlebury District Council, the "
              "Environment Agency, Northvale Water and the county’s parish and town councils."),
        ("box", [
            ("p", "**In an emergency, if there is a risk to life, call 999.**"),
            ("p", "To report flooding from a road, a blocked gully or a culvert, call the County Council on 01632 "
                  "960 300 (24 hours) or report it online at morrowdale.example/reportflooding."),
        ]),
        ("h", 2, "Know your flood risk"),
        ("p", "About 14,000 homes in Morrowdale are at risk of flooding from rivers, and a further 21,000 from "
              "surface water when heavy rain cannot drain away. You can check the risk for your address on the "
              "Environment Agency’s long-term flood risk service. Flooding from surface water can happen anywhere, "
              "often with little warning, so it is worth being prepared even if you have never flooded."),
        ("h", 2, "Flood warnings"),
        ("p", "The Environment Agency issues free flood warnings for homes near main rivers by telephone, text and "
              "e-mail. Sign up online or ask the Partnership helpline on 01632 960 310 to help you. There are three "
              "levels of warning:"),
        ("table", {"cols": [3.5, 5.0, 9.0], "font": 9.5, "header_fill": "D6E6F2",
                   "header": ["Warning", "What it means", "What to do"],
                   "rows": [
                       [{"text": "Flood alert", "bold": True, "fill": "FFF2CC"}, "Flooding is possible. Be prepared.",
                        "Check your flood plan, keep an eye on local water levels and the weather forecast."],
                       [{"text": "Flood warning", "bold": True, "fill": "FCE4D6"},
                        "Flooding is expected. Immediate action required.",
                        "Move family, pets and valuables to a safe place. Turn off gas, electricity and water if it "
                        "is safe to do so. Put flood protection in place."],
                       [{"text": "Severe flood warning", "bold": True, "fill": "F4B6B6"},
                        "Severe flooding. Danger to life.",
                        "Stay in a safe place with a means of escape. Be ready to leave your home. Follow the "
                        "advice of the emergency services."],
                   ]}),
        ("h", 2, "Make a flood plan now"),
        ("list", "bullet", 1, [
            "Know how to turn off your gas, electricity and water.",
            "Keep a flood kit with a torch, batteries, a charged mobile phone, medicines, important documents and "
            "warm clothes.",
            "Make a list of useful telephone numbers, including your insurer and your neighbours.",
            "Check your insurance covers flood damage, and photograph the contents of your home.",
            "Agree where you and your family would go if you had to leave your home.",
        ]),
        ("h", 2, "During and after a flood"),
        ("list", "bullet", 1, [
            "Do not walk or drive through flood water: 30 cm of flowing water is enough to float a car.",
            "Flood water may contain sewage. Wear gloves and wash your hands after touching it.",
            "Contact your insurer as soon as you can and keep receipts for anything you have to buy.",
            "Do not turn on the electricity until an electrician has checked it.",
        ]),
        ("h", 2, "Who to contact"),
        ("table", {"cols": [6.5, 6.0, 5.0], "font": 9.5, "header_fill": "D6E6F2",
                   "header": ["Problem", "Who to contact", "Telephone"],
                   "rows": [
                       ["Flooding from a road, gully or highway culvert", "Morrowdale County Council", "01632 960 300"],
                       ["Flooding from a river", "Environment Agency incident line", "01632 960 320"],
                       ["Sewage or water coming up through drains or toilets", "Northvale Water", "01632 960 330"],
                       ["Rest centres, hardship support and housing if you cannot stay at home",
                        "Kestlebury District Council (or your district council)", "01632 960 340"],
                       ["A blocked ditch or stream that is not beside a road", "The landowner; the County Council "
                        "can advise", "01632 960 350"],
                   ]}),
        ("h", 2, "Sandbags"),
        ("p", "Councils in Morrowdale do not deliver sandbags to individual homes during a flood, because they "
              "cannot be delivered to everyone in time. Sandbag stores are kept at eight community buildings, "
              "listed on the Partnership’s web page, for use by flood wardens. Purpose-made flood doors and "
              "airbrick covers give much better protection."),
        ("h", 2, "What the Partnership did in 2024/25"),
        ("table", {"cols": [7.5, 5.5, 4.5], "font": 9.5, "header_fill": "D6E6F2",
                   "header": ["Scheme", "Partner", "Completed"],
                   "rows": [
                       ["Oxley Bridge flood wall repairs", "Environment Agency", "August 2024"],
                       ["New trash screen on the Kestle Brook culvert, Kestlebury", "Morrowdale County Council",
                        "November 2024"],
                       ["Sewer relining in Church Row, Little Harnby", "Northvale Water", "February 2025"],
                       ["Property flood resilience for 36 homes in Easby and Harnby Moor",
                        "Morrowdale County Council", "June 2025"],
                   ]}),
        ("h", 2, "Property flood resilience grants"),
        ("p", "If your home has flooded internally, you may be able to get a grant of up to £5,000 towards flood "
              "doors, non-return valves and other measures that stop water getting in. Contact the Flood Risk Team "
              "on 01632 960 380 or floodrisk@morrowdale.example for an application form."),
        ("h", 2, "Become a flood warden"),
        ("p", "Flood wardens are volunteers who keep an eye on local watercourses, pass on warnings and help "
              "neighbours. Training is free and takes one evening. Eleven communities now have flood wardens; "
              "your parish or town council can tell you if yours does."),
        ("p", "This bulletin is available in large print and other languages on request. Morrowdale Flood Risk "
              "Partnership, c/o Flood Risk Team, County Hall, Morrowdale MD1 1FR."),
    ]
    css = ("@page { margin: 16mm 16mm 16mm 16mm; "
           "@top-left { content: \"Morrowdale Flood Risk Partnership\"; font-family: 'Liberation Sans', "
           "sans-serif; font-size: 8pt; color: #155A8A; } "
           "@bottom-left { content: \"Be Flood Ready – Residents’ bulletin, issue 4 – October 2025\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } }\n"
           "h1.title { font-size: 22pt; margin: 2pt 0 6pt 0; }\n"
           "h2 { color: #155A8A; font-size: 12.5pt; border-bottom: 1pt solid #155A8A; page-break-after: avoid; }\n"
           "div.box { border: 1.5pt solid #C00000; background: #FDEDEC; }\n")
    return {
        "name": "morrowdale-be-flood-ready-residents-bulletin-winter-2025-26",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "css_font": "'Liberation Sans', sans-serif",
                 "size": 10, "title_color": blue},
        "blocks": blocks,
        "gold": dict(genre="a flood risk partnership's bulletin for residents: flood warning codes, a flood plan "
                           "checklist, contacts, completed schemes and grants; nothing to find",
                     kind="other", title=title, authority=MORROWDALE, date="2025-10", meeting=None),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (the "
                  "Partnership's name top left, a footer line and \"Page n of m\"); 2 pages. A blue bold capitals "
                  "kicker line, the large blue title, a bold strapline, a \"Published October 2025 by Morrowdale "
                  "County Council …\" paragraph naming the partners, a red-bordered emergency box; blue h2 "
                  "headings with a rule; a warning codes table Warning | What it means | What to do with coloured "
                  "warning cells; bulleted checklists of imperatives for residents (not actions: advice with no "
                  "owner or date); a Who to contact table; a sandbags paragraph; a completed schemes table Scheme "
                  "| Partner | Completed (past work, not actions); grants and flood wardens paragraphs; a closing "
                  "address line. Nothing to find.",
    }


PAPERS = [kestlebury_climate_plan_progress, morrowdale_section_19_report, morrowdale_cabinet_response_flooding,
          kestlebury_air_quality_asr, kestlebury_town_council_minutes, morrowdale_flood_bulletin]
