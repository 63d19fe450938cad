"""Papers of the twentieth batch, part AJ ("planning, regeneration and transport"): six made-up papers
from two invented places:

  Eskerby – Eskerby Borough Council (Cabinet, Planning Committee, the Eskerby Town Centre
    Regeneration Board, Place Scrutiny Committee), the Ashworth Cross neighbourhood area and
    Ashworth Cross Parish Council;
  Caverley – Caverley County Council as highway and transport authority (Cabinet, Transport and
    Infrastructure Select Committee) and the Caverley Bus Enhanced Partnership Board.

The genre: the papers councils write about planning, places and transport – a neighbourhood plan
decision statement, a regeneration board's minutes and action log, a Cabinet response to a scrutiny
review of bus services, a transport delivery plan progress report, a Cabinet report on community
infrastructure levy spending and a five-year housing land supply statement.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every premises, street, site, firm, bus route, scheme and
figure is made up.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_twentieth_ai.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, the headers of parts W–Z, AG and AH,
planning-minutes and status-key rulings found with grep, second renditions, rebuilding, the closing
gold decisions), `Corpus/gold/README.md`, `Corpus/gold/real/README.md`, `build.py`, `render.py`,
`gold.py`, and for conventions and helpers the writer part of `papers_ninth_m.py`, `FarHWriter` in
`papers_far_h.py`, `grid_table` in `papers_fresh.py` and `papers_eighteenth_ae.py`. Each paper names its
own split. Every gold value is written by hand beside the words it labels; the part AJ notes record
the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AJ1 eskerby-ashworth-cross-neighbourhood-plan-decision-statement – unseen – lo-pdf
  AJ2 eskerby-town-centre-regeneration-board-minutes-february-2026 – tune – chromium-pdf
  AJ3 caverley-cabinet-response-rural-bus-services-review – unseen – docx
  AJ4 caverley-local-transport-plan-delivery-progress-report-2025-26 – tune – pandoc-lo-pdf
  AJ5 eskerby-cabinet-community-infrastructure-levy-spending-2026-27 – unseen – pandoc-docx
  AJ6 eskerby-five-year-housing-land-supply-statement-2026 – tune – lo-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

ESKERBY = "Eskerby Borough Council"
CAVERLEY = "Caverley County Council"
PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="E2E2E2"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AJ1. Neighbourhood plan decision statement under regulation 18 (python-docx → LibreOffice PDF,
#      Liberation Sans 10 pt, NinthMWriter): the examiner's recommended modifications PM1–PM11 in a
#      table with the Council's decision and reasons for each, and the Council's decisions (a)–(d).
# ---------------------------------------------------------------------------


def eskerby_np_decision_statement():
    title = "Ashworth Cross Neighbourhood Plan 2025–2040: Decision Statement"
    plum = "5B2C6F"
    ref = "NP/AC/DS/01"
    maker = "Cabinet Member for Planning and Regeneration"
    t_general = "Vision, objectives and general matters"
    t_housing = "Housing and design"
    t_env = "Environment and green spaces"
    t_travel = "Travel and community facilities"
    acc = "Accepted"
    # (no., theme, policy cell, examiner's modification, decision cell, gold decision, reason)
    mods = [
        ("PM1", t_general, "Front cover; paragraph 1.3",
         "Amend the plan period on the front cover and in paragraph 1.3 to read “2025 to 2040”, so that it "
         "matches the period of the evidence on housing need.", acc, "accepted",
         "The cover (2024–2039) and the policies gave different plan periods. The change gives one plan period, "
         "which matches the housing need evidence."),
        ("PM2", t_general, "Objective 4",
         "Delete the second sentence of Objective 4, which seeks to prevent any increase in traffic through the "
         "village, as this is not a land use matter the Plan can control.", acc, "accepted",
         "Traffic volumes on the B6481 cannot be controlled through planning decisions alone. The objective "
         "remains without the sentence, and the Parish Council has agreed the change."),
        ("PM3", t_housing, "Policy AC1 Settlement boundary",
         "Replace the first sentence of Policy AC1 with: “Development proposals within the settlement boundary "
         "shown on Map 2 will be supported where they accord with the other policies of the development "
         "plan.”", acc, "accepted",
         "The submitted wording would have supported any development inside the boundary whatever its effects. "
         "The examiner’s wording meets the basic conditions."),
        ("PM4", t_housing, "Policy AC2 Housing mix",
         "Modify Policy AC2 so that the requirement for at least 30% of new homes to have two bedrooms or fewer "
         "applies to schemes of 10 or more dwellings, rather than to all schemes.", acc, "accepted",
         "The evidence supports the requirement on larger schemes only; applying it to one or two dwellings "
         "would not be proportionate."),
        ("PM5", t_housing, "Policy AC3 Land at Kiln Lane",
         "Amend Policy AC3 to allocate land at Kiln Lane for “approximately 24 dwellings” instead of “no more "
         "than 20 dwellings”, and amend criterion (c) so that a pedestrian link to Chapel Walk is required only "
         "where land ownership allows.", "Accepted in part", "partially-accepted",
         "The change to approximately 24 dwellings is made. The change to criterion (c) is not made: Caverley "
         "County Council, as highway authority, confirmed in the regulation 17A consultation that the link can "
         "be provided within highway land and is needed for safe walking to Ashworth Cross Primary School. "
         "Criterion (c) is kept as submitted."),
        ("PM6", t_housing, "Policy AC4 Design",
         "Delete the words “must comply with” the Ashworth Cross Design Code and replace them with “should have "
         "regard to”.", acc, "accepted",
         "A neighbourhood plan cannot make a design code mandatory in this way. The Design Code keeps its "
         "weight as a material consideration."),
        ("PM7", t_env, "Policy AC6 Local Green Spaces; Map 5",
         "Delete LGS5 (Paddock behind Mill House) from Policy AC6 and Map 5, as the evidence does not show that "
         "it is demonstrably special to the local community.", "Not accepted", "rejected",
         "In the regulation 17A consultation the Parish Council submitted its 2024 community survey and records "
         "of the paddock’s use for the village show every year since 1962, which the examiner did not have. The "
         "Council considers that LGS5 meets the national tests for Local Green Space and it is retained."),
        ("PM8", t_env, "Policy AC7 Biodiversity",
         "Replace the requirement for a 20% biodiversity net gain with a requirement to deliver at least the "
         "statutory 10% net gain, and encourage a higher gain where it is viable.", acc, "accepted",
         "No viability evidence was submitted for a 20% gain. The policy still encourages more than the "
         "statutory minimum."),
        ("PM9", t_env, "Policy AC8 Important views; Appendix C",
         "Modify Policy AC8 to refer only to the six views shown on Map 6 and described in Appendix C, deleting "
         "views V7 and V8.", acc, "accepted",
         "Views V7 and V8 were not mapped or described, so decision makers could not apply the policy to "
         "them."),
        ("PM10", t_travel, "Policy AC10 Residential parking",
         "Amend Policy AC10 so that the parking standards in Table 4 apply “unless it can be shown that a lower "
         "level of provision is appropriate”.", acc, "accepted",
         "This gives the flexibility national policy expects while keeping the local standards."),
        ("PM11", t_travel, "Policy AC12 Community facilities",
         "Add “or that the facility is no longer viable” after “alternative provision of equal or better "
         "quality is made” in the second paragraph of Policy AC12.", acc, "accepted",
         "The policy would otherwise have required a facility to be kept open even where it could not be run "
         "at all."),
    ]
    decided = [
        ("a", "to make the modifications recommended by the examiner and set out in Table 1, except the change "
              "to criterion (c) of Policy AC3 in PM5 and the deletion of LGS5 in PM7, so that the Plan meets the "
              "basic conditions, is compatible with the Convention rights and complies with the provision made "
              "by or under section 38A of the Planning and Compulsory Purchase Act 2004;"),
        ("b", "to keep criterion (c) of Policy AC3 and Local Green Space LGS5 (Paddock behind Mill House), for "
              "the reasons given in Table 1 and section 4;"),
        ("c", "that the Ashworth Cross Neighbourhood Plan, as modified, proceeds to a referendum; and"),
        ("d", "that the area in which the referendum takes place is the Ashworth Cross neighbourhood area, as "
              "designated on 14 June 2023."),
    ]
    rows = []
    for theme in (t_general, t_housing, t_env, t_travel):
        rows.append([{"text": theme, "bold": True, "fill": "E6DDEB", "span": 5}, "<", "<", "<", "<"])
        for m in mods:
            if m[1] == theme:
                rows.append([{"text": m[0], "bold": True}, m[2], m[3], {"text": m[4], "bold": True}, m[6]])
    blocks = [
        ("pr", f"<<{plum}|**ESKERBY BOROUGH COUNCIL**>>"),
        ("pr", "Planning Policy and Place"),
        ("title", title),
        ("p", "**Neighbourhood Planning (General) Regulations 2012 (as amended) – Regulation 18**"),
        ("table", {"cols": [4.8, 12.2], "font": 9.5, "rows": [
            [label("Neighbourhood plan"), "Ashworth Cross Neighbourhood Plan 2025–2040 (Submission Version, "
                                          "May 2025)"],
            [label("Qualifying body"), "Ashworth Cross Parish Council"],
            [label("Neighbourhood area"), "The parish of Ashworth Cross, designated on 14 June 2023"],
            [label("Examiner"), "R.J.H. BA (Hons) MRTPI, appointed through the Neighbourhood Planning Independent "
                                "Examiner Referral Service"],
            [label("Examiner’s report"), "Received on 24 November 2025"],
            [label("Decision made by"), f"{maker}, under delegated authority (Cabinet minute CAB/25/62)"],
            [label("Date of decision"), "16 March 2026"],
            [label("Reference"), ref],
        ]}),
        ("ph", 11.5, f"<<{plum}|1.\tSummary>>"),
        ("pn", "1.1\tFollowing an independent examination, Eskerby Borough Council confirms that the Ashworth "
               "Cross Neighbourhood Plan will proceed to a neighbourhood planning referendum, with the "
               "modifications set out in Table 1 of this statement."),
        ("pn", "1.2\tThe Council has accepted nine of the examiner’s eleven recommended modifications in full, "
               "one in part and has not accepted one. Where it has reached a different view from the examiner it "
               "first published a proposed decision and invited representations, as regulation 17A requires."),
        ("ph", 11.5, f"<<{plum}|2.\tBackground>>"),
        ("pn", "2.1\tAshworth Cross Parish Council, as the qualifying body, applied to designate the parish as a "
               "neighbourhood area. The Council designated the area on 14 June 2023."),
        ("pn", "2.2\tThe Parish Council consulted on the pre-submission plan (regulation 14) between 4 November "
               "and 16 December 2024 and submitted the Plan to the Council in May 2025. The Council publicised "
               "the submitted Plan (regulation 16) between 9 June and 21 July 2025 and received 31 "
               "representations."),
        ("pn", "2.3\tWith the agreement of the Parish Council, the Council appointed R.J.H. to examine the Plan. "
               "The examination was held by written representations, with a site visit on 2 October 2025. The "
               "examiner’s report was received on 24 November 2025."),
        ("pn", "2.4\tThe examiner concluded that, with the recommended modifications, the Plan meets the basic "
               "conditions and the other legal requirements. The report also said that the referendum area "
               "should be the neighbourhood area, as the examiner saw no reason to extend it."),
        ("pn", "2.5\tThe Council consulted on its proposed decision on PM5 and PM7 (regulation 17A) between "
               "5 January and 16 February 2026. It received 14 representations, including from the Parish "
               "Council, Caverley County Council and the owner of the paddock at Mill House. None raised a "
               "matter that required a further examination."),
        ("ph", 11.5, f"<<{plum}|3.\tDecision>>"),
        ("pn", "3.1\tHaving considered each of the recommendations in the examiner’s report, the reasons for "
               "them and the representations made under regulation 17A, the Council has decided:"),
        ("list", "(a)", 1, [d[1] for d in decided]),
        ("pn", "3.2\tThe Council is satisfied that the Plan, as modified, does not breach and is otherwise "
               "compatible with retained EU obligations and the Convention rights, and meets the basic "
               "conditions in paragraph 8(2) of Schedule 4B to the Town and Country Planning Act 1990."),
        ("p", "**Table 1: The examiner’s recommended modifications and the Council’s decision**"),
        ("table", {"cols": [1.2, 2.9, 5.6, 2.0, 5.3], "font": 8.5, "header_fill": "C9B3D6",
                   "header": ["Mod.", "Policy / section", "Examiner’s recommended modification",
                              "Council’s decision", "Reason"],
                   "rows": rows}),
        ("pn", "3.3\tThe examiner also recommended a number of minor changes to the supporting text, maps and "
               "photograph captions so that they follow the modified policies. These are not listed in Table 1; "
               "they have all been made and are shown in the Referendum Version of the Plan."),
        ("ph", 11.5, f"<<{plum}|4.\tWhere the Council has reached a different view>>"),
        ("pn", "4.1\t**Policy AC3, criterion (c).** The examiner was concerned that the footpath link to Chapel "
               "Walk might cross land the site promoter does not control. The highway authority has since "
               "confirmed that the link can be made within the adopted highway verge of Kiln Lane, at an "
               "estimated cost of £38,000, and that without it children walking to the school would have to use "
               "a road with no footway. The criterion is therefore deliverable and is kept."),
        ("pn", "4.2\t**LGS5, Paddock behind Mill House.** The examiner found the evidence for LGS5 thin. The "
               "Parish Council’s further evidence shows that 212 of the 286 households who answered the 2024 "
               "survey named the paddock as a space they value, and that it has been used for the village show, "
               "the bonfire and the school sports day for more than sixty years. The Council is satisfied that "
               "the designation meets the national tests and is retained."),
        ("ph", 11.5, f"<<{plum}|5.\tNext steps and where to see the documents>>"),
        ("pn", "5.1\tThe referendum will be held on Thursday 7 May 2026. Everyone registered to vote in local "
               "elections in the parish of Ashworth Cross will be asked: “Do you want Eskerby Borough Council to "
               "use the Neighbourhood Plan for Ashworth Cross to help it decide planning applications in the "
               "neighbourhood area?”"),
        ("pn", "5.2\tThis statement, the examiner’s report and the Referendum Version of the Plan can be seen on "
               "the Council’s website, at the Civic Centre, Bridge Street, Eskerby ES1 1AB (Monday to Friday, "
               "9am to 4.30pm) and at Ashworth Cross Village Hall during its opening hours."),
        ("pn", "5.3\tIf the Plan is supported by more than half of those voting, the Council must make it part of "
               "the development plan for Eskerby within eight weeks of the referendum, unless it considers that "
               "this would breach EU obligations or the Convention rights."),
        ("p", "Contact: Neighbourhood Planning Officer, Planning Policy and Place, Eskerby Borough Council – "
              "neighbourhood.planning@eskerby.example – 01632 960 284"),
        ("p", f"Signed: A.K.D., {maker}          Date: 16 March 2026"),
    ]
    recommendations = [recommendation(m[0], m[3], verb=m[3].split()[0].upper(), addressee=None, theme=m[1],
                                      response=m[6], decision=m[5]) for m in mods]
    decisions = [decision(None, ref, d[1], maker, date="2026-03-16", kind="decision") for d in decided]
    return {
        "name": "eskerby-ashworth-cross-neighbourhood-plan-decision-statement",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-16", "doc_title": title, "author": "Planning Policy and Place",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 16,
                 "title_color": plum,
                 "m_header": ("Eskerby Borough Council", "Regulation 18 Decision Statement"),
                 "m_footer": ("Ashworth Cross Neighbourhood Plan – Decision Statement – 16 March 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="neighbourhood plan decision statement under regulation 18: the Council's decisions "
                           "(a)–(d) on the examiner's report and a table of the examiner's recommended "
                           "modifications with the Council's decision and reason for each",
                     kind="decision", title=title, authority=ESKERBY, date="2026-03-16", meeting=None,
                     decision_number=ref, recommendations=recommendations, decisions=decisions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10 pt, an italic running header (council | "
                  "\"Regulation 18 Decision Statement\") and footer (plan, statement and date | \"Page X of Y\" "
                  "fields), rows that may not split. Right-aligned plum bold capitals council line and a service "
                  "line; the plum title; a bold regulation line; a bordered details table with grey bold labels "
                  "(Neighbourhood plan / Qualifying body / Neighbourhood area / Examiner / Examiner’s report / "
                  "Decision made by / Date of decision / Reference); plum bold headings that are not styles over "
                  "typed 1.1–5.3 hanging paragraphs; \"3.1 … the Council has decided:\" over a Word-lettered "
                  "(a)–(d) list (\"to make …;\", \"to keep …;\", \"that … proceeds to a referendum; and\", \"that "
                  "the area …\"); \"Table 1\" an 8.5 pt table Mod. | Policy / section | Examiner’s recommended "
                  "modification | Council’s decision | Reason with a lilac header and four theme rows merged "
                  "across all five columns; modifications PM1–PM11 as imperatives (Amend / Delete / Replace / "
                  "Modify / Add), some quoting policy wording in curly quotes; decisions in bold "
                  "(Accepted / Accepted in part / Not accepted); a paragraph on minor changes not listed; the "
                  "examiner's referendum-area recommendation reported in prose (not an item); section 4 "
                  "explaining the two different views with bold lead phrases; next steps, the referendum "
                  "question, a contact line and a signature line.",
    }



# ---------------------------------------------------------------------------
# AJ2. Regeneration board minutes with decisions and an action log (HTML → Chromium PDF, Liberation
#      Sans 10 pt, CSS page-margin boxes): minutes RB/26/01–RB/26/08, "AGREED that …" paragraphs and
#      "The Board AGREED:" over an (a)/(b) list; the action log carries earlier meetings' actions.
# ---------------------------------------------------------------------------


def eskerby_regeneration_board_minutes():
    title = "Eskerby Town Centre Regeneration Board"
    board = title
    date = "2026-02-12"
    teal = "00606B"
    # (ref, meeting, action, owner cell, owners, due cell, due, status cell, status)
    log = [
        ("25/41", "9 Oct 2025", "Share the draft meanwhile-use licence for 14–16 Sheep Street with the BID for "
                                "comment.",
         "EBC (Estates)", ["EBC (Estates)"], "30/11/2025", "2025-11-30", "Closed", "completed"),
        ("25/44", "9 Oct 2025", "Confirm with the NTIF programme team whether the Station Gateway underspend can "
                                "be carried into 2026/27.",
         "CCC (Transport Projects)", ["CCC (Transport Projects)"], "31/01/2026", "2026-01-31", "Closed",
         "completed"),
        ("25/47", "11 Dec 2025", "Bring the refreshed programme risk register to the February meeting.",
         "EBC (Programme Office)", ["EBC (Programme Office)"], "12/02/2026", "2026-02-12", "Closed", "completed"),
        ("25/48", "11 Dec 2025", "Arrange a site visit to the Market Hall for Board members before the contract "
                                 "award.",
         "EBC (Regeneration)", ["EBC (Regeneration)"], "31/01/2026", "2026-01-31", "Overdue – visit now booked "
                                                                                  "for 5 March", None),
        ("26/01", "12 Feb 2026", "Update the risk register to show the Market Hall main contractor risk as red "
                                 "and circulate it to members.",
         "EBC (Programme Office)", ["EBC (Programme Office)"], "19/02/2026", "2026-02-19", "Not started",
         "not-started"),
        ("26/02", "12 Feb 2026", "Submit the Station Gateway change request to the NTIF programme team.",
         "CCC (Transport Projects) /\nEBC (Programme Office)", ["CCC (Transport Projects)",
                                                                "EBC (Programme Office)"],
         "27/02/2026", "2026-02-27", "Not started", "not-started"),
        ("26/03", "12 Feb 2026", "Report the Board’s support for the Market Hall contract award to Cabinet.",
         "EBC (Regeneration)", ["EBC (Regeneration)"], "18/03/2026", "2026-03-18", "On track", "ongoing"),
        ("26/04", "12 Feb 2026", "Circulate the summary of the Riverside Quarter soft market testing to Board "
                                 "members.",
         "EBC (Regeneration)", ["EBC (Regeneration)"], "27/02/2026", "2026-02-27", "Not started", "not-started"),
        ("26/05", "12 Feb 2026", "Agree a programme of drop-in sessions for traders affected by the Station "
                                 "Gateway works.",
         "Eskerby BID;\nCCC (Highways)", ["Eskerby BID", "CCC (Highways)"], "Before works start (April 2026)",
         "2026-04", "Not started", "not-started"),
        ("26/06", "12 Feb 2026", "Provide the Board with footfall figures for Sheep Street since the meanwhile "
                                 "uses opened.",
         "Eskerby BID", ["Eskerby BID"], "", None, "Not started", "not-started"),
    ]
    d02 = "the minutes of the meeting held on 11 December 2025 be approved as a correct record."
    d03 = ("the refreshed programme risk register be endorsed, with the Market Hall main contractor risk raised "
           "to red.")
    d04 = ("the Board supports the award of the main works contract for the Market Hall refurbishment to "
           "Hartwell Construction Ltd for £6,184,500 and recommends the award to Eskerby Borough Council’s "
           "Cabinet.")
    d05 = [("a", "to approve the revised Station Gateway design, with the taxi rank kept on Station Approach; "
                 "and"),
           ("b", "that a change request be submitted to move £250,000 from the Station Gateway contingency to the "
                 "Market Hall budget.")]
    d07 = ("the Board publishes a short progress update for residents and businesses every quarter, starting in "
           "April 2026.")

    def minute(number, heading):
        return ("h", 2, f"RB/26/{number:02d}  {heading}")

    log_rows = [[{"text": a[0], "bold": True}, a[1], a[2], a[3], a[5], a[7]] for a in log]
    blocks = [
        ("p", f"<<{teal}|**ESKERBY BOROUGH COUNCIL**>>"),
        ("title", title),
        ("p", "**Minutes** of the meeting held on Thursday 12 February 2026 at 2.00pm in Committee Room 2, Civic "
              "Centre, Bridge Street, Eskerby"),
        ("table", {"cols": [3.2, 13.8], "borders": False, "font": 9.5, "rows": [
            [{"text": "Present", "bold": True},
             "M.T. (Chair; Chair, Eskerby BID); Cllr R.A. (Leader, Eskerby Borough Council); Cllr J.W. (Cabinet "
             "Member for Highways and Transport, Caverley County Council); P.O. (Principal, Eskerby College); "
             "S.N. (Chief Executive, Moorgate Living); D.F. (Eskerby Chamber of Trade)"],
            [{"text": "In attendance", "bold": True},
             "H.C. (Director of Place, EBC); L.B. (Head of Regeneration, EBC); G.Y. (Regeneration Programme "
             "Manager, EBC); K.E. (Transport Projects Manager, CCC); A.R. (Democratic Services, EBC; minutes)"],
            [{"text": "Apologies", "bold": True},
             "Cllr T.V. (Cabinet Member for Regeneration, EBC); B.M. (Eskerby Community Partnership)"],
        ]}),
        minute(1, "Welcome, apologies and declarations of interest"),
        ("p", "The Chair welcomed members. Apologies were received as above. S.N. declared an interest in item "
              "RB/26/06, as Moorgate Living may bid to take part in the Riverside Quarter scheme, and took no "
              "part in that item."),
        minute(2, "Minutes of the last meeting and action log"),
        ("p", f"**AGREED** that {d02}"),
        ("p", "G.Y. took members through the action log (below). Actions 25/41, 25/44 and 25/47 were closed. "
              "Action 25/48, the Market Hall site visit, had slipped because the contractor could not give safe "
              "access while the roof survey was under way; the visit is now booked for 5 March."),
        minute(3, "Programme update and risk register"),
        ("p", "G.Y. presented the programme update. Of the £19.6 million programme, £7.2 million had been spent "
              "by 31 January 2026. Two of the five projects (Sheep Street meanwhile uses and the Eskerby College "
              "digital skills hub) are complete, the Station Gateway and the Market Hall are in delivery, and the "
              "Riverside Quarter is at feasibility stage."),
        ("p", "Members discussed the risk that the Market Hall tender prices would exceed the budget. L.B. said "
              "that the preferred bid was within budget but that the contingency would be thin once the roof "
              "survey was complete. The Chair asked that the risk be shown as red until the survey results were "
              "known (Action 26/01)."),
        ("p", f"**AGREED** that {d03}"),
        minute(4, "Market Hall refurbishment – main works contract"),
        ("p", "L.B. reported on the tender. Four compliant bids were received and evaluated on a 60% quality and "
              "40% price basis. Hartwell Construction Ltd scored highest, at £6,184,500, against a pre-tender "
              "estimate of £6.3 million. The award is a key decision for the Council’s Cabinet."),
        ("p", "D.F. asked how traders in the Market Hall would be supported while it is closed. L.B. said that "
              "eleven of the fourteen traders had accepted temporary units in Sheep Street and that the other "
              "three were being helped by the Council’s business advisers."),
        ("p", f"**AGREED** that {d04} (Action 26/03)"),
        minute(5, "Station Gateway public realm – revised design"),
        ("p", "K.E. presented the revised design for the Station Gateway, which follows the consultation in "
              "November. The main change keeps the taxi rank on Station Approach instead of moving it to Mill "
              "Road, which taxi drivers and disabled residents had asked for. Construction is planned to start "
              "in April 2026 and to finish in November 2026."),
        ("p", "K.E. explained that the works would cost £250,000 less than budgeted because the drainage could be "
              "connected to the existing sewer. The NTIF programme team had confirmed that a change request "
              "would be needed to move the money to another project."),
        ("p", "The Board **AGREED**:"),
        ("list", "(a)", 1, [d[1] for d in d05]),
        ("p", "(Actions 26/02 and 26/05)"),
        minute(6, "Riverside Quarter – developer procurement"),
        ("p", "L.B. reported that nine developers and registered providers had responded to the soft market "
              "testing for the Riverside Quarter. Most favoured a joint venture with the Council rather than a "
              "land sale. A report on the delivery options will come to the Board in June 2026."),
        ("p", "The Board noted the update and the timetable for developer procurement. (Action 26/04)"),
        minute(7, "Communications and engagement"),
        ("p", "H.C. said that residents and businesses found it hard to follow what the programme was doing. The "
              "Chair suggested a short quarterly update, written with the BID, instead of the longer annual "
              "report. The Board also asked for footfall figures for Sheep Street (Action 26/06)."),
        ("p", f"**AGREED** that {d07}"),
        minute(8, "Any other business and date of next meeting"),
        ("p", "There was no other business. The next meeting will be held on Thursday 16 April 2026 at 2.00pm "
              "at Eskerby College, Kiln Road campus."),
        ("p", "The meeting closed at 3.50pm."),
        ("h", 2, "Action log"),
        ("p", "Status: **Closed** – complete (closed actions are shown once more and then removed); **On track** – "
              "under way and expected by the due date; **Overdue** – past the due date and not complete; "
              "**Not started** – agreed but not yet begun."),
        ("table", {"cols": [1.4, 2.0, 7.0, 3.2, 2.4, 2.4], "font": 9, "header_fill": "CFE6E8",
                   "header": ["Ref", "Meeting", "Action", "Owner", "Due", "Status"], "rows": log_rows}),
        ("p", "EBC – Eskerby Borough Council; CCC – Caverley County Council; BID – Eskerby Business Improvement "
              "District; NTIF – Northern Towns Investment Fund."),
        ("p", "Contact: Democratic Services, Eskerby Borough Council – democratic.services@eskerby.example – "
              "01632 960 310"),
    ]
    css = ("@page { margin: 18mm 16mm 18mm 16mm; "
           "@top-left { content: \"Eskerby Town Centre Regeneration Board – 12 February 2026\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } "
           "@top-right { content: \"Draft until approved by the Board\"; font-family: 'Liberation Sans', "
           "sans-serif; font-size: 7.5pt; color: #555555; font-style: italic; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } }\n"
           "h1.title { font-size: 17pt; margin: 2pt 0 6pt 0; }\n"
           "h2 { color: #00606B; font-size: 11pt; border-bottom: 0.6pt solid #00606B; padding-bottom: 1pt; "
           "page-break-after: avoid; }\n"
           "td, th { border-color: #8AA9AD; }\n")
    actions = [action(a[0], a[2], a[4], a[5] or None, a[6], a[8]) for a in log]
    decisions = [decision("RB/26/02", None, d02, board, date),
                 decision("RB/26/03", None, d03, board, date),
                 decision("RB/26/04", None, d04, board, date)]
    decisions += [decision("RB/26/05", n, text, board, date) for n, text in d05]
    decisions.append(decision("RB/26/07", None, d07, board, date))
    return {
        "name": "eskerby-town-centre-regeneration-board-minutes-february-2026",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title + " – minutes – 12 February 2026", "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Sans', sans-serif", "size": 10, "title_color": teal},
        "blocks": blocks,
        "gold": dict(genre="minutes of a town centre regeneration board (council, county council, BID, college, "
                           "housing association) with AGREED resolutions and an action log that carries earlier "
                           "meetings' actions",
                     kind="minutes", title=title, authority=ESKERBY, date=date, meeting=board,
                     decisions=decisions, actions=actions),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (board and "
                  "date top left, an italic \"Draft until approved by the Board\" top right, \"Page n of m\" "
                  "bottom right). A teal bold capitals council line, the teal title (the Board's name), a bold-led "
                  "\"Minutes of the meeting held …\" line; a borderless Present / In attendance / Apologies table "
                  "(initials, posts and bodies; not items); h2 minutes \"RB/26/01 …\" to \"RB/26/08 …\" with teal "
                  "rules; bold \"AGREED\" followed by \"that …\" in the same paragraph (02, 03, 04 – with a "
                  "trailing \"(Action 26/03)\" – and 07); \"The Board AGREED:\" over an HTML-lettered (a)/(b) list "
                  "(\"to approve …; and\", \"that a change request be submitted …\"); a declaration, officer "
                  "reports and \"The Board noted …\" (not decisions); \"(Action 26/0n)\" cross-references in the "
                  "prose. Then an \"Action log\" h2, a status key paragraph with bold words (Closed / On track / "
                  "Overdue / Not started) and a 9 pt table Ref | Meeting | Action | Owner | Due | Status with a "
                  "pale teal header: four earlier actions (25/41, 25/44, 25/47 closed; 25/48 \"Overdue – visit now "
                  "booked for 5 March\") and six from this meeting; owners as bodies with the team in brackets "
                  "(\"EBC (Estates)\", \"CCC (Transport Projects)\"), split by \"/\" plus line break and \";\" "
                  "plus line break; due dd/mm/yyyy, \"Before works start (April 2026)\" and one empty; an "
                  "abbreviations line and a contact line.",
    }


# ---------------------------------------------------------------------------
# AJ3. Cabinet report responding to a select committee's review of rural bus services (DOCX,
#      python-docx, Liberation Serif 11 pt, NinthMWriter): one covering recommendation, then
#      Appendix A with the eight recommendations, the response, Agreed?, lead officer and timescale.
# ---------------------------------------------------------------------------


def caverley_bus_review_response():
    title = "Response to the Transport and Infrastructure Select Committee’s Review of Rural Bus Services"
    navy = "1F3864"
    cover = ("That Cabinet agrees the responses to the Select Committee’s recommendations set out in Appendix A "
             "and asks the Cabinet Member for Highways and Transport to report progress to the Select Committee "
             "in January 2027.")
    hpt = "Head of Passenger Transport"
    epm = "Enhanced Partnership Manager"
    # (no., recommendation, verb, addressee, response, decision cell, gold decision, lead cell, owners,
    #  timescale cell, timeframe, due, status)
    recs = [
        ("1", "That the Council publishes a Rural Bus Network Plan by December 2026 setting out the minimum level "
              "of service that every village of more than 500 people can expect.", "PUBLISHES", "Council",
         "The Council will publish the plan with the Local Transport Plan refresh. It will set a minimum of five "
         "return journeys a day, Monday to Saturday, for villages of more than 500 people, and say how each "
         "village is or will be served.",
         "Agreed", "accepted", hpt, [hpt], "December 2026", "December 2026", "2026-12", None),
        ("2", "Extend the Caverley Connect demand-responsive service to the Upper Esk valley and the villages "
              "south of Hambury, using the Bus Service Improvement Plan funding allocated for 2026/27.", "EXTEND",
         None,
         "Agreed for the Upper Esk valley, where a second minibus will start in September 2026. The villages "
         "south of Hambury will be considered when the service is reviewed in 2027, once a full year of booking "
         "data is available for the existing area.",
         "Partly agreed", "partially-accepted", f"{hpt} /\nCaverley Connect Service Manager",
         [hpt, "Caverley Connect Service Manager"], "September 2026", "September 2026", "2026-09", None),
        ("3", "The Caverley Bus Enhanced Partnership Board should agree a common minimum standard for bus stop "
              "information, including real-time displays at every stop with more than 100 boardings a week.",
         "AGREE", "Caverley Bus Enhanced Partnership Board",
         "The Council will propose the standard to the Enhanced Partnership Board in June 2026. 37 stops meet the "
         "100-boardings test; 22 already have real-time displays and the other 15 can be funded from the 2026/27 "
         "Bus Service Improvement Plan allocation.",
         "Agreed", "accepted", f"{epm};\nbus operators", [epm, "bus operators"], "Q3 2026/27", "Q3 2026/27",
         "2026-12", None),
        ("4", "Concessionary bus passes should be accepted before 9.30am on weekdays for journeys to hospital "
              "appointments.", None, None,
         "The Council already spends £11.4 million a year on the concessionary fares scheme. Extending it before "
         "9.30am would cost an estimated £640,000 a year, and passes cannot be limited to one kind of journey. "
         "The Council will keep funding the Hospital Travel Scheme, which made 6,210 journeys in 2025.",
         "Not agreed", "rejected", "N/A", [], "N/A", "N/A", None, None),
        ("5", "Review the school and public bus contracts together so that school buses carry fare-paying "
              "passengers wherever there are spare seats.", "REVIEW", None,
         "Most school contracts are renewed in summer 2027. The contracts let from then will allow fare-paying "
         "passengers where the vehicle is suitable and there are spare seats.",
         "Agreed", "accepted", f"{hpt}, with the School Transport Team", [hpt, "School Transport Team"],
         "From April 2027", "From April 2027", "2027-04", None),
        ("6", "That the Cabinet Member for Highways and Transport meets the operators of routes 41, 52 and 73 to "
              "agree timetables that connect with trains at Eskerby station.", "MEETS",
         "Cabinet Member for Highways and Transport",
         "The Cabinet Member met the three operators on 3 March 2026. Routes 41 and 73 will be retimed from the "
         "May timetable change; route 52 already connects with most trains.",
         "Agreed", "accepted", hpt, [hpt], "Complete", None, None, "completed"),
        ("7", "Publish quarterly punctuality and reliability figures for every supported bus route on the "
              "Council’s website.", "PUBLISH", None,
         "The figures are collected through the Enhanced Partnership’s data sharing agreement. The first "
         "quarterly table, for April to June 2026, will be published in July.",
         "Agreed", "accepted", epm, [epm], "July 2026, then quarterly", "July 2026, then quarterly", "2026-07",
         None),
        ("8", "Work with Eskerby Borough Council and the parish councils to provide safe waiting areas and dropped "
              "kerbs at the 40 rural stops identified in Appendix 3 of the review.", "WORK", None,
         "Agreed for the 18 stops on County Council highway land, which will be funded from the Local Transport "
         "Plan integrated transport block. The other 22 stops need land owned by others and will be looked at "
         "one by one with the borough and parish councils.",
         "Partly agreed", "partially-accepted", "Highways Improvement Manager /\nEskerby Borough Council",
         ["Highways Improvement Manager", "Eskerby Borough Council"], "2026/27", "2026/27", "2027-03", None),
    ]
    rows = [[{"text": r[0], "bold": True}, r[1], r[4], {"text": r[5], "bold": True}, r[7], r[9]] for r in recs]
    blocks = [
        ("p", f"<<{navy}|**CAVERLEY COUNTY COUNCIL**>>"),
        ("table", {"cols": [4.5, 12.0], "font": 10, "rows": [
            [label("Report to", "DCE3F0"), "Cabinet"],
            [label("Date of meeting", "DCE3F0"), "14 April 2026"],
            [label("Cabinet Member", "DCE3F0"), "Cabinet Member for Highways and Transport"],
            [label("Report of", "DCE3F0"), "Executive Director of Environment and Transport"],
            [label("Key decision", "DCE3F0"), "No"],
            [label("Electoral divisions", "DCE3F0"), "All"],
            [label("Exempt", "DCE3F0"), "No"],
            [label("Contact officer", "DCE3F0"), "F.D., Head of Passenger Transport – "
                                                 "passenger.transport@caverley.example – 01632 960 562"],
        ]}),
        ("title", title),
        ("h", 1, "1. Summary"),
        ("pn", "1.1\tThe Transport and Infrastructure Select Committee reviewed rural bus services between June "
               "and December 2025 and made eight recommendations, which it agreed on 22 January 2026. This "
               "report sets out the proposed response to each of them, in Appendix A."),
        ("pn", "1.2\tFive recommendations are agreed, two are partly agreed and one is not agreed. The Cabinet "
               "Member for Highways and Transport thanks the Committee and the residents, parish councils and "
               "operators who gave evidence."),
        ("h", 1, "2. Recommendation"),
        ("pn", f"2.1\t{cover}"),
        ("h", 1, "3. Reasons for the recommendation"),
        ("pn", "3.1\tThe Council’s scrutiny procedure rules require Cabinet to respond to a select committee’s "
               "report within three months of receiving it, saying whether each recommendation is accepted and "
               "what action will be taken."),
        ("h", 1, "4. Background"),
        ("pn", "4.1\tCaverley County Council is the local transport authority. It subsidises 46 bus routes that "
               "would not run commercially, at a cost of £5.8 million in 2025/26, and runs Caverley Connect, a "
               "demand-responsive minibus service covering 31 villages north of Eskerby."),
        ("pn", "4.2\tSince March 2024 buses in the county have been planned through the Caverley Bus Enhanced "
               "Partnership, made under the Transport Act 2000. The Enhanced Partnership Board brings together "
               "the County Council, the four bus operators and Eskerby Borough Council."),
        ("pn", "4.3\tThe Committee’s task group held six evidence sessions, travelled on eight rural routes and "
               "received 412 responses to a residents’ survey. Its report is background paper 1."),
        ("h", 1, "5. What the Select Committee found"),
        ("pn", "5.1\tThe Committee found that 23 villages of more than 500 people have fewer than three buses a "
               "day, that many rural stops have no timetable information, and that young people in the Upper "
               "Esk valley cannot reach Eskerby College by bus for a 9am start. It recommended changes to how "
               "services are planned and reported as well as to particular routes."),
        ("pn", "5.2\tThe Committee also heard from the Caverley Youth Council, which asked that bus fares for "
               "under-19s be capped at £1. This was not one of the Committee’s recommendations, and officers "
               "will consider it in the next Bus Service Improvement Plan."),
        ("h", 1, "6. Summary of the proposed responses"),
        ("table", {"cols": [8.0, 3.0], "font": 10, "header_fill": "DCE3F0",
                   "header": ["Proposed response", "Recommendations"],
                   "rows": [["Agreed", "5"], ["Partly agreed", "2"], ["Not agreed", "1"],
                            [{"text": "Total", "bold": True}, {"text": "8", "bold": True}]]}),
        ("h", 1, "7. Financial implications"),
        ("pn", "7.1\tThe agreed responses can be met from the Bus Service Improvement Plan grant for 2026/27 "
               "(£3.1 million) and the Local Transport Plan integrated transport block. The second Caverley "
               "Connect minibus will cost £118,000 a year. Recommendation 4 would have cost an estimated "
               "£640,000 a year, for which there is no budget."),
        ("h", 1, "8. Legal implications"),
        ("pn", "8.1\tChanges to the bus stop information standard (recommendation 3) would be made by varying "
               "the Enhanced Partnership scheme, which needs the agreement of the operators under the Transport "
               "Act 2000."),
        ("h", 1, "9. Equality implications"),
        ("pn", "9.1\tOlder and disabled people and young people without a car rely most on rural buses. An "
               "equality impact assessment of the Rural Bus Network Plan will be published with it."),
        ("h", 1, "10. Background papers"),
        ("pn", "10.1\tTransport and Infrastructure Select Committee, Review of Rural Bus Services, report agreed "
               "on 22 January 2026."),
        ("break",),
        ("h", 1, "Appendix A: Responses to the Select Committee’s recommendations"),
        ("p", "Agreed? shows whether Cabinet agrees the recommendation: Agreed, Partly agreed or Not agreed."),
        ("table", {"cols": [0.8, 4.6, 5.5, 1.7, 2.5, 1.9], "font": 8.5, "header_fill": "B4C6E7",
                   "header": ["No.", "Select Committee recommendation", "Cabinet response", "Agreed?",
                              "Lead officer", "Timescale"],
                   "rows": rows}),
    ]
    recommendations = [recommendation("2.1", cover, verb="AGREES", addressee="Cabinet")]
    recommendations += [
        recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[8], due=r[11], timeframe=r[10],
                       status=r[12], response=r[4], decision=r[6])
        for r in recs
    ]
    return {
        "name": "caverley-cabinet-response-rural-bus-services-review",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-04-01", "doc_title": title, "author": "Passenger Transport",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Serif", "size": 11, "title_size": 15,
                 "title_color": navy,
                 "m_header": ("Caverley County Council – Cabinet", "14 April 2026"),
                 "m_footer": ("Response to the review of rural bus services", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="Cabinet report responding to a select committee's review of rural bus services: one "
                           "covering recommendation and an appendix table of the eight recommendations with the "
                           "response, whether agreed, lead officer and timescale",
                     kind="executive-response", title=title, authority=CAVERLEY, date="2026-04-14",
                     meeting="Cabinet", recommendations=recommendations),
        "layout": "DOCX (python-docx), Liberation Serif 11 pt, Word heading styles, an italic running header "
                  "(council and meeting | date) and footer (report | \"Page X of Y\" fields), rows that may not "
                  "split. A navy bold capitals council line; a bordered front table with pale blue bold labels "
                  "(Report to / Date of meeting / Cabinet Member / Report of / Key decision / Electoral divisions "
                  "/ Exempt / Contact officer); the navy title; Heading 1 sections \"1. Summary\" … \"10. "
                  "Background papers\" over typed 1.1–10.1 hanging paragraphs; \"2.1 That Cabinet agrees … and "
                  "asks …\" (the covering recommendation); the Committee's findings in prose (\"It recommended "
                  "changes …\", not an item) and a youth council request that was not a recommendation; a counts "
                  "table Agreed / Partly agreed / Not agreed with a bold total (not items). After a page break, "
                  "Appendix A (Heading 1), a line defining Agreed?, and an 8.5 pt table No. | Select Committee "
                  "recommendation | Cabinet response | Agreed? | Lead officer | Timescale with a pale blue header: "
                  "recommendations 1–8 as \"That the Council publishes …\", imperatives, \"The Caverley Bus "
                  "Enhanced Partnership Board should agree …\", a passive \"… should be accepted …\" and \"That "
                  "the Cabinet Member … meets …\"; bold decision words; leads split by \"/\" plus line break, "
                  "\";\" plus line break and \", with the\", one \"N/A\"; timescales \"December 2026\", "
                  "\"September 2026\", \"Q3 2026/27\", \"N/A\", \"From April 2027\", \"Complete\", \"July 2026, "
                  "then quarterly\", \"2026/27\".",
    }


# ---------------------------------------------------------------------------
# AJ4. Local transport plan delivery programme year-end progress report to a select committee
#      (Markdown → pandoc DOCX → LibreOffice PDF): one "That the Committee notes …" recommendation,
#      a funding table, a status key and an appendix of schemes by programme with lead, target
#      date and status.
# ---------------------------------------------------------------------------


def caverley_ltp_progress_report():
    title = "Local Transport Plan Delivery Programme 2025/26: Year-End Progress Report"
    rec = ("That the Committee notes the progress made in delivering the Local Transport Plan programme in "
           "2025/26, set out in Appendix 1, and identifies any schemes it wishes to examine in more detail at a "
           "future meeting.")
    hd = "Highways Delivery"
    tp = "Transport Projects"
    rst = "Road Safety Team"
    p_maint = "Highway maintenance and structures"
    p_active = "Active travel"
    p_bus = "Public transport"
    p_safety = "Road safety"
    # (programme, ref, scheme, lead cell, owners, budget, target cell, timeframe, due, status cell, status)
    schemes = [
        (p_maint, "HM1", "A638 Hambury Road resurfacing, Mill Lane to the borough boundary (2.4 km)", hd, [hd],
         "1,850", "September 2025", "September 2025", "2025-09", "Complete", "completed"),
        (p_maint, "HM2", "Strengthening of Ashworth Beck Bridge on the C42", "Bridges and Structures; term "
         "contractor", ["Bridges and Structures", "term contractor"], "960",
         "Revised: December 2026 (was March 2026)", "Revised: December 2026 (was March 2026)", "2026-12",
         "Delayed", "ongoing"),
        (p_maint, "HM3", "Footway reconstruction programme (14 sites)", hd, [hd], "820", "March 2026",
         "March 2026", "2026-03", "Complete", "completed"),
        (p_active, "AT1", "Eskerby Station to Eskerby College cycle route, phase 2", f"{tp} / Eskerby Borough "
         "Council", [tp, "Eskerby Borough Council"], "1,400", "Q3 2026/27", "Q3 2026/27", "2026-12", "On track",
         "ongoing"),
        (p_active, "AT2", "School Streets pilot at four primary schools", f"{rst}, with the schools",
         [rst, "schools"], "85", "September 2026", "September 2026", "2026-09", "On track", "ongoing"),
        (p_active, "AT3", "Hambury Greenway feasibility study", "Transport Planning", ["Transport Planning"],
         "60", "TBC", "TBC", None, "Not started", "not-started"),
        (p_bus, "PT1", "Real-time passenger information displays at 15 rural stops",
         "Enhanced Partnership Manager", ["Enhanced Partnership Manager"], "210", "Q2 2026/27", "Q2 2026/27",
         "2026-09", "Not started", "not-started"),
        (p_bus, "PT2", "Eskerby bus station waiting room refurbishment", "Passenger Transport; Eskerby Borough "
         "Council (Estates)", ["Passenger Transport", "Eskerby Borough Council (Estates)"], "340", "June 2026",
         "June 2026", "2026-06", "Delayed", "ongoing"),
        (p_bus, "PT3", "Bus priority at the Sheep Street and Bridge Street junction, Eskerby", tp, [tp], "480",
         "2026/27", "2026/27", "2027-03", "On track", "ongoing"),
        (p_safety, "RS1", "Speed limit review of C and unclassified roads in the Upper Esk valley", rst, [rst],
         "45", "March 2026", "March 2026", "2026-03", "Complete", "completed"),
        (p_safety, "RS2", "Signalised pedestrian crossing on the B6481 at Ashworth Cross Primary School",
         "Traffic Engineering", ["Traffic Engineering"], "130", "August 2026", "August 2026", "2026-08",
         "On track", "ongoing"),
        (p_safety, "RS3", "Average speed cameras on the A638 between Hambury and Kelsey Bar",
         f"{rst} / Caverley Safety Camera Partnership", [rst, "Caverley Safety Camera Partnership"], "390", "",
         None, None, "Not started", "not-started"),
    ]

    def programme_table(name):
        rows = [[s[1], s[2], s[3], s[6], s[9]] for s in schemes if s[0] == name]
        return grid_table([8, 30, 22, 18, 14], ["Ref", "Scheme", "Lead", "Target date", "Status"], rows)

    md = [
        "**CAVERLEY COUNTY COUNCIL**",
        "**Transport and Infrastructure Select Committee – 2 July 2026 – Agenda item 6**",
        f"# {title}",
        "| | |\n|:--------------------------|:------------------------------------------------------|\n"
        "| **Report of** | Executive Director of Environment and Transport |\n"
        "| **Cabinet Member** | Cabinet Member for Highways and Transport |\n"
        "| **Author** | Transport Strategy and Programme Manager |\n"
        "| **Contact** | ltp.programme@caverley.example – 01632 960 577 |\n"
        "| **Electoral divisions** | All |",
        "## 1. Purpose",
        "1.1 This report tells the Committee how the Council delivered its Local Transport Plan capital "
        "programme in 2025/26, the second year of the Local Transport Plan 2024–2030. Appendix 1 lists every "
        "scheme in the programme with its lead, target date and status at 31 March 2026.",
        "## 2. Recommendation",
        f"2.1 {rec}",
        "## 3. Summary of the year",
        "3.1 The programme had 12 schemes with a combined budget of £6.77 million. Three schemes were completed, "
        "four are under way and on track, two are delayed and three have not started. £5.21 million (77%) was "
        "spent by 31 March 2026; the rest has been carried forward with the schemes it belongs to.",
        "3.2 The largest scheme, the resurfacing of the A638 Hambury Road, was finished two weeks early and "
        "£96,000 under budget. The saving was used to add two sites to the footway programme.",
        "## 4. Funding",
        grid_table([34, 14, 12, 16],
                   ["Funding source", "Budget £000", "Spent £000", "Carried forward £000"],
                   [["Highways maintenance block", "3,530", "3,412", "118"],
                    ["Integrated transport block", "1,725", "1,018", "707"],
                    ["Bus Service Improvement Plan grant", "550", "212", "338"],
                    ["Developer contributions (section 106)", "575", "341", "234"],
                    ["Safety camera partnership reserve", "390", "0", "390"],
                    ["**Total**", "**6,770**", "**4,983**", "**1,787**"]]),
        "4.1 The figures above exclude staff time charged to schemes (£227,000), which is why the total spent "
        "differs from paragraph 3.1.",
        "## 5. Schemes that are delayed",
        "5.1 **Ashworth Beck Bridge (HM2).** Surveys in October 2025 found that the bridge deck is in worse "
        "condition than the 2023 inspection showed. The design has been changed from strengthening to partial "
        "deck replacement, which needs a road closure of about ten weeks. Works will now take place in the "
        "autumn, after the school holidays, and finish by December 2026.",
        "5.2 **Eskerby bus station waiting room (PT2).** The building is owned by Eskerby Borough Council. The "
        "asbestos survey found material in the ceiling void that must be removed before the refurbishment "
        "starts. The target date of June 2026 is at risk and will be confirmed at the next update.",
        "## 6. Schemes not yet started",
        "6.1 The real-time displays (PT1) will be ordered once the Enhanced Partnership Board agrees the bus "
        "stop information standard, which Cabinet agreed to propose in its response to the Committee’s review "
        "of rural bus services. The average speed cameras (RS3) are awaiting Home Office type approval of the "
        "chosen system; no target date can be set until it is given.",
        "6.2 The Hambury Greenway feasibility study (AT3) has been held back while the Council negotiates with "
        "the owners of the former railway line. Officers expect to report on the negotiations in the autumn.",
        "## 7. Next steps",
        "7.1 Cabinet approved the 2026/27 programme on 10 March 2026. It continues the schemes carried forward "
        "and adds nine new schemes, which will be reported to the Committee at the half-year point in January "
        "2027.",
        "## 8. Implications",
        "**Financial.** The carried-forward budgets are committed to the schemes listed. There is no call on "
        "the revenue budget.",
        "**Legal.** The Council has a duty under the Highways Act 1980 to maintain the highway and under the "
        "Road Traffic Act 1988 to promote road safety.",
        "**Equalities.** Each scheme has an equality impact assessment at design stage.",
        "**Background papers.** Local Transport Plan 2024–2030; Cabinet, 11 March 2025 and 10 March 2026, "
        "Local Transport Plan capital programme.",
        PAGE_BREAK_MD,
        "## Appendix 1: Scheme progress at 31 March 2026",
        "**Status key.** **Complete** – finished and open to use. **On track** – under way and expected by the "
        "target date. **Delayed** – under way, but the target date has moved or is at risk. **Not started** – "
        "in the programme, but work has not begun.",
    ]
    for name in (p_maint, p_active, p_bus, p_safety):
        md += [f"### {name}", programme_table(name)]
    md.append("Scheme budgets are shown in the capital programme report to Cabinet (background papers); they "
              "include any funding carried forward from 2024/25.")
    actions = [action(s[1], s[2], s[4], s[7], s[8], s[10]) for s in schemes]
    return {
        "name": "caverley-local-transport-plan-delivery-progress-report-2025-26",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-06-22"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="year-end progress report on a county council's local transport plan capital "
                           "programme to a select committee: one \"That the Committee notes …\" recommendation "
                           "and an appendix of schemes with lead, target date and status",
                     kind="action-plan", title=title, authority=CAVERLEY, date="2026-07-02",
                     meeting="Transport and Infrastructure Select Committee",
                     recommendations=[recommendation("2.1", rec, verb="NOTES", addressee="Committee")],
                     actions=actions),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header or page "
                  "numbers. Two bold lines (council; committee, date and agenda item) above the H1; a headerless "
                  "pipe table of bold-labelled details; Heading 2 sections with typed 1.1 … 7.1 paragraphs; \"2.1 "
                  "That the Committee notes … and identifies …\" (the one recommendation); a funding grid table "
                  "with a bold total row (not items); delayed and not-started schemes explained in bold-led "
                  "paragraphs (not items); bold-led implications paragraphs. After a raw page break, Appendix 1 "
                  "with a bold-led status key paragraph (Complete / On track / Delayed / Not started) and four "
                  "Heading 3 programmes, each over a grid table Ref | Scheme | Lead | Target date | "
                  "Status; schemes HM1–RS3 as noun phrases; leads split by \";\", \" / \" and \", "
                  "with the\", a bracketed team kept; targets \"September 2025\", \"Revised: December 2026 (was "
                  "March 2026)\", \"March 2026\", \"Q3 2026/27\", \"September 2026\", \"TBC\", \"Q2 2026/27\", "
                  "\"June 2026\", \"2026/27\", \"August 2026\" and one empty; a closing note on budgets.",
    }


# ---------------------------------------------------------------------------
# AJ5. Cabinet report on strategic community infrastructure levy spending (Markdown → pandoc DOCX):
#      "It is recommended that Cabinet:" over a pandoc-lettered (a)–(d) list; tables of money (CIL
#      receipts, recommended allocations, bids not recommended) that are not items.
# ---------------------------------------------------------------------------


def eskerby_cil_cabinet_report():
    title = "Community Infrastructure Levy: Allocation of Strategic CIL Funding 2026/27"
    recs = [
        ("a", "approves the allocation of £2,145,000 of strategic Community Infrastructure Levy to the six "
              "infrastructure projects listed in Table 3;", "APPROVES"),
        ("b", "notes the Community Infrastructure Levy receipts for 2025/26 and the neighbourhood portion of "
              "£311,040 passed to parish councils or held for the unparished area, as set out in Table 1;",
         "NOTES"),
        ("c", "delegates authority to the Director of Place, in consultation with the Cabinet Member for Planning "
              "and Regeneration, to agree a funding agreement with each infrastructure provider and to approve "
              "changes of up to 10% to any allocation within the total approved; and", "DELEGATES"),
        ("d", "agrees that the unallocated strategic CIL balance of £587,300 is carried forward to the 2027/28 "
              "bidding round.", "AGREES"),
    ]
    md = [
        "**ESKERBY BOROUGH COUNCIL**",
        "| **Report to:** Cabinet\n| **Date:** 24 June 2026\n| **Report of:** Director of Place\n"
        "| **Cabinet Member:** Cabinet Member for Planning and Regeneration\n"
        "| **Key decision:** Yes – Forward Plan reference FP/26/014\n| **Wards:** All\n"
        "| **Exempt:** No",
        f"# {title}",
        "## 1. Purpose of report",
        "1.1 To agree how the strategic part of the Community Infrastructure Levy (CIL) collected by the "
        "Council should be spent in 2026/27, following the annual bidding round, and to report the CIL "
        "received in 2025/26.",
        "## 2. Recommendations",
        "2.1 It is recommended that Cabinet:",
        "\n\n".join(f"({n}) {text}" for n, text, _ in recs),
        "## 3. Reasons for recommendations",
        "3.1 The six projects in Table 3 scored highest against the criteria Cabinet agreed in the CIL Spending "
        "Protocol (March 2024) and support the growth planned in the Eskerby Local Plan 2024. Each has other "
        "funding in place or committed, so the CIL allocation will allow it to go ahead.",
        "3.2 Carrying the balance forward keeps money available for the West Eskerby urban extension, where "
        "the Infrastructure Delivery Plan shows a need for a new primary school from about 2029.",
        "## 4. Background",
        "4.1 The Council has charged CIL on new housing and retail floorspace since its Charging Schedule took "
        "effect on 1 October 2019. Under the Community Infrastructure Levy Regulations 2010 (as amended) the "
        "Council may keep up to 5% of receipts for administration. It must pass 15% of receipts from "
        "development in a parish to that parish council (25% where a neighbourhood plan is in force), and it "
        "spends the equivalent neighbourhood portion for the unparished town after consulting the community.",
        "4.2 The rest, the strategic CIL, is spent by the Council on infrastructure to support the "
        "development of the borough. Projects are chosen through an annual bidding round open to the Council’s "
        "services, Caverley County Council, the NHS and other infrastructure providers.",
        "**Table 1: CIL receipts and balances, 2025/26**",
        grid_table([52, 16],
                   ["", "£"],
                   [["CIL receipts 1 April 2025 to 31 March 2026", "2,073,600"],
                    ["Less administration (5%)", "103,680"],
                    ["Less neighbourhood portion (15%)", "311,040"],
                    ["Strategic CIL received in 2025/26", "1,658,880"],
                    ["Unallocated strategic CIL brought forward from 2024/25", "1,073,420"],
                    ["**Strategic CIL available for allocation**", "**2,732,300**"]]),
        "4.3 Of the neighbourhood portion, £148,260 was paid to eight parish councils in October 2025 and "
        "April 2026, and £162,780 is held for the unparished town of Eskerby. The Eskerby Community "
        "Partnership is consulting residents on its use this summer. Ashworth Cross Parish Council will "
        "receive 25% of receipts from development in the parish from 2026/27, now that its neighbourhood plan "
        "has been made.",
        "## 5. The 2026/27 bidding round",
        "5.1 The bidding round ran from 12 January to 6 March 2026. Eleven bids were received, asking for "
        "£3,125,000 in total. Officers scored each bid against the Protocol’s criteria: the link to growth in "
        "the Local Plan, other funding secured, deliverability within two years, and wider benefits. The CIL "
        "Member Working Group considered the scores on 21 May 2026.",
        "5.2 The Working Group recommended that the Hambury Road Surgery bid be funded at £450,000 rather than "
        "the £600,000 asked for, because the Integrated Care Board has since committed £150,000 to the "
        "project. Officers agree, and Table 3 reflects this.",
        "**Table 3: Projects recommended for strategic CIL funding**",
        grid_table([10, 27, 21, 18, 18],
                   ["Ref", "Project", "Infrastructure provider", "CIL bid £", "Allocation £"],
                   [["26/01", "Hambury Road Surgery extension (two consulting rooms)", "Hambury Medical "
                     "Practice", "600,000", "450,000"],
                    ["26/02", "Eskerby Station to Eskerby College cycle route, phase 2", "Caverley County "
                     "Council", "500,000", "500,000"],
                    ["26/03", "Ashworth Cross Primary School, two additional classrooms", "Caverley County "
                     "Council", "650,000", "650,000"],
                    ["26/04", "Mill Road riverside flood wall", "Eskerby Borough Council (Engineering)",
                     "300,000", "300,000"],
                    ["26/05", "Kiln Lane playing fields changing rooms", "Eskerby Borough Council (Leisure)",
                     "180,000", "145,000"],
                    ["26/06", "Moorgate Park play area replacement", "Eskerby Borough Council (Parks)",
                     "100,000", "100,000"],
                    ["", "**Total**", "", "**2,330,000**", "**2,145,000**"]]),
        "5.3 The six projects cost £5,110,000 in total; the rest of the money comes from the providers’ own "
        "budgets, grants and section 106 contributions. The Kiln Lane changing rooms allocation is £35,000 "
        "less than the bid because the Caverley Active Partnership has offered a grant towards the pitch "
        "drainage that was included in the bid.",
        "5.4 Table 4 lists the five bids that are not recommended for funding, with the reasons. Each bidder "
        "has been told of the reasons and may bid again in 2027/28.",
        "**Table 4: Bids not recommended**",
        grid_table([30, 12, 48],
                   ["Project", "CIL bid £", "Reason"],
                   [["Eskerby Rugby Club floodlights", "85,000", "Club use only; no link to the growth in the "
                     "Local Plan."],
                    ["Hambury village hall car park resurfacing", "60,000", "Maintenance of an existing "
                     "facility rather than new infrastructure."],
                    ["St Anne’s Church, Hambury, roof repairs", "120,000", "Repairs to a building; not "
                     "infrastructure as defined in the Planning Act 2008."],
                    ["Eskerby Museum collections store", "400,000", "Other funding not yet identified; "
                     "cannot be delivered within two years."],
                    ["Pedestrian crossing on the B6481, Ashworth Cross", "130,000", "Already funded through "
                     "the Local Transport Plan programme (scheme RS2)."]]),
        "## 6. Options considered",
        "6.1 **Allocate the whole balance now.** Not recommended: the next highest-scoring bid (the museum "
        "store) could not be delivered within two years, and the West Eskerby school will need a large "
        "contribution.",
        "6.2 **Fund every bid in part.** Not recommended: several projects would not then have enough money "
        "to go ahead.",
        "## 7. Implications",
        "**Financial.** The allocations are funded entirely from strategic CIL already received. Payments will "
        "be made against evidence of spend under each funding agreement. If a project does not start within "
        "two years the allocation returns to the strategic CIL balance.",
        "**Legal.** CIL may be spent only on the provision, improvement, replacement, operation or "
        "maintenance of infrastructure to support the development of the area (regulation 59). All six "
        "projects meet this test. The allocations will be reported in the Infrastructure Funding Statement "
        "for 2026/27.",
        "**Equality.** An equality impact assessment found no negative effects. The surgery extension and "
        "the play area replacement include improvements to access for disabled people.",
        "**Climate.** The cycle route and the flood wall help the Council’s climate adaptation and transport "
        "decarbonisation aims.",
        "## 8. Background papers",
        "CIL Spending Protocol (Cabinet, March 2024); Eskerby Infrastructure Delivery Plan (2024); "
        "Infrastructure Funding Statement 2024/25; bid forms and scoring sheets (held by Planning Policy and "
        "Place).",
        "**Contact:** CIL and Infrastructure Officer – cil@eskerby.example – 01632 960 291",
    ]
    recommendations = [recommendation(n, text, verb=verb, addressee="Cabinet") for n, text, verb in recs]
    return {
        "name": "eskerby-cabinet-community-infrastructure-levy-spending-2026-27",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-06-12"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Cabinet report on allocating strategic community infrastructure levy after a bidding "
                           "round: four lettered recommendations and tables of receipts, allocations and bids not "
                           "supported (money, not items)",
                     kind="committee-report", title=title, authority=ESKERBY, date="2026-06-24",
                     meeting="Cabinet", decision_number="FP/26/014", recommendations=recommendations),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles, no running header or page numbers. A bold "
                  "capitals council line; a pandoc line block with bold labels (Report to / Date / Report of / "
                  "Cabinet Member / Key decision: \"Yes – Forward Plan reference FP/26/014\" / Wards / Exempt); "
                  "the H1 title; Heading 2 sections \"1. Purpose of report\" … \"8. Background papers\" with typed "
                  "1.1 … 6.2 paragraphs; \"2.1 It is recommended that Cabinet:\" over a pandoc-lettered (a)–(d) "
                  "list (approves / notes / delegates / agrees, \";\" and \"; and\"); reasons (not items); "
                  "bold captions over grid tables: Table 1 CIL receipts and balances with a bold total row, "
                  "Table 3 recommended allocations Ref | Project | Infrastructure provider | CIL bid £ | "
                  "Allocation £ with a bold total row, Table 4 bids not recommended with reasons (money "
                  "and projects, not items; there is no Table 2); \"The Working Group recommended that …\" (not "
                  "an item); bold-led options and implications paragraphs; background papers and a bold contact "
                  "line.",
    }


# ---------------------------------------------------------------------------
# AJ6. Five-year housing land supply position statement (python-docx → LibreOffice PDF, Liberation
#      Sans 10 pt, NinthMWriter): the requirement and supply calculations and a schedule of major
#      sites. Nothing to find: it states a position and decides nothing.
# ---------------------------------------------------------------------------


def eskerby_housing_land_supply():
    title = "Five Year Housing Land Supply Position Statement"
    green = "2E5E3B"
    years = ["26/27", "27/28", "28/29", "29/30", "30/31"]
    # (ref, site, planning status, category, capacity, completed to 31 March 2026, trajectory)
    sites = [
        ("ES01", "Land north of Hambury Road, Eskerby", "Under construction", "A", 320, 142, [60, 60, 58, 0, 0]),
        ("ES02", "Former Kiln Road depot, Eskerby", "Under construction", "A", 96, 40, [40, 16, 0, 0, 0]),
        ("ES03", "Mill Road riverside apartments, Eskerby", "Under construction", "A", 64, 0, [32, 32, 0, 0, 0]),
        ("ES04", "Eskerby Park, phase 2", "Under construction", "A", 450, 120, [70, 70, 70, 70, 50]),
        ("ES05", "Chapel Walk, Ashworth Cross", "Under construction", "A", 38, 10, [28, 0, 0, 0, 0]),
        ("ES06", "Hambury Grange, Hambury", "Under construction", "A", 260, 35, [50, 55, 55, 55, 10]),
        ("ES07", "Land at Kelsey Bar Farm, Hambury", "Full permission, not started", "B", 180, 0,
         [0, 40, 50, 50, 40]),
        ("ES08", "Market Yard, Sheep Street, Eskerby", "Full permission, not started", "B", 42, 0,
         [0, 21, 21, 0, 0]),
        ("ES09", "Hambury Mill (conversion)", "Full permission, not started", "B", 28, 0, [0, 28, 0, 0, 0]),
        ("ES10", "Land south of Eskerby College, Kiln Road", "Full permission, not started", "B", 240, 0,
         [0, 40, 60, 70, 70]),
        ("ES11", "West Eskerby urban extension, phase 1", "Outline; reserved matters submitted", "D", 600, 0,
         [0, 30, 90, 120, 120]),
        ("ES12", "Land at Kiln Lane, Ashworth Cross (NP Policy AC3)", "Allocation; full application submitted",
         "E", 24, 0, [0, 0, 24, 0, 0]),
        ("ES13", "Riverside Quarter, Eskerby (Local Plan ES/H7)", "Allocation; developer procurement", "E", 220,
         0, [0, 0, 20, 50, 60]),
    ]
    for s in sites:
        assert sum(s[6]) <= s[4] - s[5], s
    cat = {c: sum(sum(s[6]) for s in sites if s[3] == c) for c in "ABDE"}
    small, lapse = 312, 31
    windfall = 90
    supply = cat["A"] + cat["B"] + (small - lapse) + cat["D"] + cat["E"] + windfall
    requirement, buffer = 2100, 105
    need = requirement + buffer
    annual = need / 5
    years_supply = supply / annual
    f = "{:,}".format
    site_rows = []
    for s in sites:
        site_rows.append([s[0], s[1], s[2], f(s[4]), f(s[5])] + [str(x) if x else "–" for x in s[6]]
                         + [{"text": f(sum(s[6])), "bold": True}])
    totals = [sum(s[6][i] for s in sites) for i in range(5)]
    site_rows.append([{"text": "Total, major sites", "bold": True, "span": 5}, "<", "<", "<", "<"]
                     + [{"text": f(t), "bold": True} for t in totals]
                     + [{"text": f(sum(totals)), "bold": True}])
    blocks = [
        ("p", f"<<{green}|**ESKERBY BOROUGH COUNCIL**>>"),
        ("p", "Planning Policy and Place"),
        ("title", title),
        ("p", "**Base date: 1 April 2026**"),
        ("p", "Published July 2026"),
        ("ph", 12, f"<<{green}|1.\tIntroduction>>"),
        ("pn", "1.1\tNational planning policy expects local planning authorities to identify each year a "
               "supply of specific deliverable sites sufficient to provide five years’ worth of housing against "
               "their housing requirement, with a buffer. This statement sets out Eskerby Borough Council’s "
               "position at 1 April 2026."),
        ("pn", "1.2\tThe statement covers the whole borough. It uses the housing requirement in the Eskerby Local "
               "Plan 2024, which was adopted on 18 July 2024 and is less than five years old."),
        ("pn", "1.3\tThe position is that the Council can demonstrate a supply of "
               f"{years_supply:.2f} years of deliverable housing land."),
        ("ph", 12, f"<<{green}|2.\tThe housing requirement>>"),
        ("pn", "2.1\tPolicy ES/H1 of the Local Plan sets a requirement of 8,400 homes between 2022 and 2042, an "
               "average of 420 homes a year. Completions since the start of the plan period are shown below."),
        ("table", {"cols": [6.0, 3.0, 3.0, 3.0], "font": 9.5, "header_fill": "D6E4D9",
                   "header": ["Year", "Requirement", "Net completions", "Difference"],
                   "rows": [["2022/23", "420", "388", "–32"], ["2023/24", "420", "451", "+31"],
                            ["2024/25", "420", "402", "–18"], ["2025/26", "420", "445", "+25"],
                            [{"text": "Total", "bold": True}, {"text": "1,680", "bold": True},
                             {"text": "1,686", "bold": True}, {"text": "+6", "bold": True}]]}),
        ("pn", "2.2\tDelivery since 2022 has met the requirement, so there is no shortfall to add. The Housing "
               "Delivery Test result published in December 2025 was 104%, so a 5% buffer applies."),
        ("p", "**Table 1: The five year requirement**"),
        ("table", {"cols": [1.0, 10.0, 3.5], "font": 9.5, "header_fill": "D6E4D9",
                   "header": ["", "Calculation", "Homes"],
                   "rows": [["A", "Annual requirement (Local Plan Policy ES/H1)", "420"],
                            ["B", "Five year requirement (A × 5)", f(requirement)],
                            ["C", "Shortfall since 2022", "0"],
                            ["D", "5% buffer ((B + C) × 5%)", f(buffer)],
                            ["E", "Five year requirement with buffer (B + C + D)", f(need)],
                            [{"text": "F", "bold": True},
                             {"text": "Annual requirement with buffer (E ÷ 5)", "bold": True},
                             {"text": f(int(annual)), "bold": True}]]}),
        ("ph", 12, f"<<{green}|3.\tThe deliverable supply>>"),
        ("pn", "3.1\tSites with detailed planning permission, and all sites of fewer than ten homes with "
               "permission, are counted as deliverable unless there is clear evidence that homes will not be "
               "built within five years. Sites with outline permission or allocated in a plan are counted only "
               "where there is clear evidence that completions will begin within five years."),
        ("pn", "3.2\tThe trajectory for each major site (ten or more homes) was checked with its developer or "
               "agent in April and May 2026. Responses were received for twelve of the thirteen sites; for Market "
               "Yard the Council has used the build rate of similar town centre schemes."),
        ("pn", "3.3\tA 10% lapse rate is applied to small sites, based on the share of small site permissions "
               "that expired between 2019 and 2025. The windfall allowance of 45 homes a year is counted only "
               "in years four and five, to avoid counting small sites twice."),
        ("p", "**Table 2: Components of the deliverable supply**"),
        ("table", {"cols": [11.0, 3.5], "font": 9.5, "header_fill": "D6E4D9",
                   "header": ["Source of supply", "Homes 2026–2031"],
                   "rows": [["Major sites under construction (Appendix 1, ES01–ES06)", f(cat["A"])],
                            ["Major sites with full permission, not started (ES07–ES10)", f(cat["B"])],
                            ["Small sites with permission (1–9 homes)", f(small)],
                            ["Less 10% lapse rate on small sites", f"–{lapse}"],
                            ["Major sites with outline permission and clear evidence (ES11)", f(cat["D"])],
                            ["Allocations with clear evidence (ES12–ES13)", f(cat["E"])],
                            ["Windfall allowance (years 4 and 5)", f(windfall)],
                            [{"text": "Total deliverable supply", "bold": True},
                             {"text": f(supply), "bold": True}]]}),
        ("ph", 12, f"<<{green}|4.\tThe five year position>>"),
        ("table", {"cols": [11.0, 3.5], "font": 9.5, "rules": True,
                   "rows": [["Total deliverable supply (Table 2)", f(supply)],
                            ["Annual requirement with buffer (Table 1, F)", f(int(annual))],
                            [{"text": "Years of supply", "bold": True},
                             {"text": f"{years_supply:.2f}", "bold": True}]]}),
        ("pn", f"4.1\tThe Council can demonstrate a {years_supply:.2f} year supply of deliverable housing land at "
               "1 April 2026, compared with 4.86 years at 1 April 2025. The increase comes mainly from the "
               "permissions granted for Kelsey Bar Farm and land south of Eskerby College and from the reserved "
               "matters application for the first phase of the West Eskerby urban extension."),
        ("pn", "4.2\tAs the Council can demonstrate a five year supply, the policies of the Local Plan that are "
               "most important for determining applications for housing are not out of date on that ground."),
        ("ph", 12, f"<<{green}|5.\tSites excluded from the supply>>"),
        ("pn", "5.1\tThe following sites are not counted, although they have permission or are allocated: land "
               "east of Station Approach (outline permission for 85 homes, but the site is for sale and no "
               "developer is involved); and the former Moorgate School (allocated for 40 homes, but the school "
               "is expected to stay open until 2031)."),
        ("ph", 12, f"<<{green}|6.\tNext update>>"),
        ("pn", "6.1\tThis statement will be updated each year. The next statement, with a base date of 1 April "
               "2027, is expected to be published in summer 2027. Questions about the figures can be sent to "
               "the Planning Policy team at planning.policy@eskerby.example or on 01632 960 287."),
        ("break",),
        ("ph", 12, f"<<{green}|Appendix 1: Schedule of deliverable major sites>>"),
        ("p", "Homes expected to be completed in each monitoring year (1 April to 31 March). “–” means none."),
        ("table", {"cols": [1.1, 3.5, 2.8, 1.5, 1.5] + [1.15] * 5 + [1.3], "font": 7.5, "header_fill": "D6E4D9",
                   "header": ["Ref", "Site", "Planning status", "Capacity", "Built to 31/3/26"] + years
                   + ["5-year total"],
                   "rows": site_rows}),
        ("p", "Small sites, the lapse rate and the windfall allowance are shown in Table 2 and are not listed "
              "here. A list of small sites with permission is available on request."),
    ]
    return {
        "name": "eskerby-five-year-housing-land-supply-statement-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-07-08", "doc_title": title, "author": "Planning Policy and Place",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 18,
                 "title_color": green,
                 "m_header": ("Eskerby Borough Council", "Five Year Housing Land Supply – base date 1 April 2026"),
                 "m_footer": ("Published July 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="five year housing land supply position statement: the requirement and supply "
                           "calculations and a schedule of deliverable major sites; it decides and asks nothing",
                     kind="other", title=title, authority=ESKERBY, date="2026-07", meeting=None),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10 pt, an italic running header (council | "
                  "statement and base date) and footer (\"Published July 2026\" | \"Page X of Y\" fields), rows "
                  "that may not split. A green bold capitals council line, a service line, the large green "
                  "title, a bold base date line and a \"Published July 2026\" line; green bold headings that are "
                  "not styles over typed 1.1–6.1 hanging paragraphs; a completions table with a bold total row, "
                  "Table 1 (the five year requirement, lettered A–F rows), Table 2 (components of supply, a "
                  "lapse deduction and a bold total) and a horizontal-rules-only result table (years of supply); "
                  "sites excluded from the supply in prose; the next update and a contact in one paragraph. "
                  "After a page break, Appendix 1: a 7.5 pt schedule of thirteen major sites Ref | Site | Planning "
                  "status | Capacity | Built to 31/3/26 | five monitoring years | 5-year total with \"–\" for none "
                  "and a bold total row merged across the first five columns. Nothing to find: no "
                  "recommendation, decision or action.",
    }


PAPERS = [eskerby_np_decision_statement, eskerby_regeneration_board_minutes, caverley_bus_review_response,
          caverley_ltp_progress_report, eskerby_cil_cabinet_report, eskerby_housing_land_supply]
