"""Executive responses to scrutiny and recommendation trackers (made-up authorities)."""

from gold import recommendation
from papers_plans import AMBER, GREEN, GREY, RED

# ---------------------------------------------------------------------------
# 6. Executive response, district council (DOCX): Recommendation | Response |
#    Accepted / Partially accepted / Rejected | Lead officer | Timescale, landscape.
# ---------------------------------------------------------------------------


def housing_response():
    rows = [
        ("1", "Set a target to end the use of bed and breakfast accommodation for families for longer than six weeks by April 2026.",
         "The Council already meets the six-week legal limit in most cases and will publish monthly figures. A target of no family in bed and breakfast for longer than six weeks will be included in the Homelessness Strategy.",
         "Accepted", "Head of Housing Needs", "April 2026",
         dict(verb="SET", decision="accepted", owners=["Head of Housing Needs"], due="2026-04")),
        ("2", "Buy or lease at least 20 additional homes for use as temporary accommodation within the district.",
         "Cabinet agrees to lease 12 homes through the Local Authority Housing Fund. A business case for buying a further 8 will be brought forward if funding allows.",
         "Partially accepted", "Director of Housing /\nProperty Services Manager", "Q4 2025/26",
         dict(verb="BUY", decision="partially-accepted", owners=["Director of Housing", "Property Services Manager"], due="2026-03")),
        ("3", "Publish the temporary accommodation placement policy on the Council’s website.",
         "Done. The policy was published in June 2025.",
         "Accepted", "Housing Options Manager", "Complete",
         dict(verb="PUBLISH", decision="accepted", owners=["Housing Options Manager"], due=None, timeframe=None,
              status="completed")),
        ("4", "Stop placing households outside the district except where they ask to move or there is a safeguarding reason.",
         "Out-of-district placements are sometimes the only option at short notice. The Council will keep them to a minimum and report the numbers to the Committee every six months.",
         "Rejected", "Head of Housing Needs", "N/A",
         dict(verb="STOP", decision="rejected", owners=["Head of Housing Needs"], due=None, timeframe=None)),
        ("5", "Appoint a tenancy sustainment officer to support households moving on from temporary accommodation.",
         "Funding for a two-year fixed-term post has been identified from the Homelessness Prevention Grant.",
         "Accepted", "Housing Options Manager, with HR", "October 2025",
         dict(verb="APPOINT", decision="accepted", owners=["Housing Options Manager", "HR"], due="2025-10")),
        ("6", "Inspect every temporary accommodation unit each year and share the findings with the Committee.",
         "The Private Sector Housing team will inspect all units by March 2026 and each year after that. Findings will be shared with the Committee in summary form because the addresses of units are confidential.",
         "Partially accepted", "Private Sector Housing Manager", "March 2026, then annually",
         dict(verb="INSPECT", decision="partially-accepted", owners=["Private Sector Housing Manager"], due="2026-03")),
    ]
    table_rows, recs = [], []
    for number, text, response, decided, lead, timescale, g in rows:
        table_rows.append([number, text, response, decided, lead, timescale])
        timeframe = g.pop("timeframe", timescale)
        recs.append(recommendation(number, text, verb=g["verb"], owners=g["owners"], due=g["due"],
                                   timeframe=timeframe, status=g.get("status"), response=response,
                                   decision=g["decision"]))
    cover = ("That Cabinet approves the responses to the Overview and Scrutiny Committee’s recommendations set out "
             "in Appendix A and asks officers to report progress to the Committee in January 2026.")
    blocks = [
        ("p", "EASTMARSH DISTRICT COUNCIL"),
        ("table", {"cols": [5, 19], "borders": False, "rows": [
            ["Report to:", "Cabinet"],
            ["Date:", "15 July 2025"],
            ["Report of:", "Director of Housing"],
            ["Subject:", "Executive Response to the Scrutiny Review of Temporary Accommodation"],
        ]}),
        ("h", 2, "RECOMMENDATION"),
        ("p", cover),
        ("h", 2, "1. Background"),
        ("p", "1.1 The Overview and Scrutiny Committee carried out a review of temporary accommodation between November 2024 "
              "and April 2025. Its final report, agreed on 20 May 2025, made six recommendations to Cabinet."),
        ("p", "1.2 The Constitution requires Cabinet to respond to scrutiny recommendations within two months, saying "
              "whether each is accepted and, if so, who will deliver it and by when."),
        ("h", 2, "Appendix A – Response to the recommendations"),
        ("table", {"cols": [1.0, 6.5, 8.0, 3.0, 3.2, 2.6],
                   "header": ["No.", "Recommendation", "Response", "Accepted / Partially accepted / Rejected",
                              "Lead officer", "Timescale"],
                   "header_fill": "D9E2F3", "rows": table_rows, "font": 9}),
        ("p", "Background papers: Overview and Scrutiny Committee, 20 May 2025 – Temporary Accommodation Review final report."),
        ("p", "Contact officer: Head of Housing Needs, housing@eastmarsh.example"),
    ]
    recs.insert(0, recommendation(None, cover, verb="APPROVES", addressee="Cabinet"))
    return {
        "name": "eastmarsh-executive-response-temporary-accommodation",
        "format": "docx",
        "meta": {"created": "2025-07-03", "doc_title": "Executive response", "author": "Democratic Services",
                 "landscape": True, "box_width": 25, "footer": "Cabinet 15 July 2025 – Executive Response"},
        "blocks": blocks,
        "gold": dict(genre="executive response to a scrutiny review (covering report plus response table)",
                     kind="executive-response",
                     title="Executive Response to the Scrutiny Review of Temporary Accommodation",
                     authority="Eastmarsh District Council", date="2025-07-15", meeting="Cabinet",
                     recommendations=recs),
        "layout": "DOCX, landscape; borderless front-sheet table (Report to / Date / Subject); one-sentence "
                  "\"That Cabinet approves …\" recommendation; response table with a shaded header and the column "
                  "\"Accepted / Partially accepted / Rejected\"; timescales \"April 2026\", \"Q4 2025/26\", "
                  "\"Complete\", \"N/A\", \"March 2026, then annually\"; lead cells with \"/\" plus line break and "
                  "\", with HR\".",
    }


# ---------------------------------------------------------------------------
# 7. Cabinet response, county council (PDF via Chromium): one block per recommendation,
#    "Recommendation 1:" then a two-column Response / Decision / Lead officer / Timescale table.
# ---------------------------------------------------------------------------


def flood_response():
    items = [
        ("1", "Publish an updated Local Flood Risk Management Strategy by the end of 2025, with an action plan for each of the twelve communities at highest risk.",
         "The Strategy review has started and a draft will go to the Select Committee in September 2025. Community action plans will be appended.",
         "Accepted", "Flood Risk Manager", "December 2025",
         dict(verb="PUBLISH", decision="accepted", owners=["Flood Risk Manager"], due="2025-12")),
        ("2", "Increase the gully cleansing budget so that every gully on an A or B road is cleansed at least once a year.",
         "Annual cleansing of gullies on A roads will be funded from April 2025. B roads will remain on a risk-based 18-month cycle.",
         "Accepted in part", "Head of Highways", "From April 2025",
         dict(verb="INCREASE", decision="partially-accepted", owners=["Head of Highways"], due="2025-04")),
        ("3", "Create a community flood warden scheme with training and equipment for volunteers.",
         "A pilot with ten parishes will start in the summer, funded by the Environment Agency’s community resilience grant.",
         "Accepted", "Emergency Planning Manager /\nWestshire Association of Parish Councils", "Q2 2025/26",
         dict(verb="CREATE", decision="accepted",
              owners=["Emergency Planning Manager", "Westshire Association of Parish Councils"], due="2025-09")),
        ("4", "Require all new developments of ten or more homes to have sustainable drainage adopted and maintained by the County Council.",
         "The adoption of sustainable drainage depends on national legislation that has not been commenced. The County Council will continue to comment on planning applications as lead local flood authority.",
         "Not accepted", "Flood Risk Manager", "",
         dict(verb="REQUIRE", decision="rejected", owners=["Flood Risk Manager"], due=None)),
        ("5", "Report progress on these recommendations to the Select Committee in twelve months’ time.",
         "A progress report will be added to the Committee’s work programme.",
         "Accepted", "Cabinet Member for Environment", "October 2025",
         dict(verb="REPORT", decision="accepted", owners=["Cabinet Member for Environment"], due="2025-10")),
    ]
    cover = ("Cabinet is asked to AGREE the responses to the Environment Select Committee’s recommendations set out in "
             "section 3 of this report.")
    blocks = [
        ("p", "WESTSHIRE COUNTY COUNCIL"),
        ("title", "Cabinet Response to the Environment Select Committee’s Review of Local Flood Risk Management"),
        ("p", "**Cabinet – 9 October 2024**"),
        ("p", "**Cabinet Member:** Cabinet Member for Environment   **Lead officer:** Director of Environment and Transport"),
        ("box", [("p", "**Recommendation:**"), ("p", cover)]),
        ("h", 2, "1. Introduction"),
        ("p", "The Environment Select Committee reviewed how the County Council and its partners manage local flood risk "
              "after the flooding of winter 2023/24. Its report to Cabinet on 11 July 2024 made five recommendations."),
        ("h", 2, "2. Summary"),
        ("p", "Cabinet accepts three recommendations in full, accepts one in part and does not accept one. The reasons are "
              "given below."),
        ("h", 2, "3. Responses to the recommendations"),
    ]
    recs = [recommendation(None, cover, verb="AGREE", addressee="Cabinet")]
    for number, text, response, decided, lead, timescale, g in items:
        blocks.append(("p", f"**Recommendation {number}:** {text}"))
        blocks.append(("table", {"cols": [3.5, 13.5], "header_fill": None, "rows": [
            [{"text": "Response", "bold": True, "fill": "F2F2F2"}, response],
            [{"text": "Decision", "bold": True, "fill": "F2F2F2"}, decided],
            [{"text": "Lead officer", "bold": True, "fill": "F2F2F2"}, lead],
            [{"text": "Timescale", "bold": True, "fill": "F2F2F2"}, timescale],
        ]}))
        recs.append(recommendation(number, text, verb=g["verb"], owners=g["owners"], due=g["due"],
                                   timeframe=timescale or None, response=response, decision=g["decision"]))
    blocks += [
        ("h", 2, "4. Financial implications"),
        ("p", "The additional gully cleansing costs £210,000 a year and is included in the 2025/26 budget proposals."),
        ("p", "Contact: Flood Risk Manager, flooding@westshire.example"),
    ]
    return {
        "name": "westshire-cabinet-response-flood-risk-review",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Cabinet response – flood risk review", "title_color": "2E5E2E",
                 "footer": "Westshire County Council – Cabinet 9 October 2024"},
        "blocks": blocks,
        "gold": dict(genre="executive response to a scrutiny review (one block per recommendation)",
                     kind="executive-response",
                     title="Cabinet Response to the Environment Select Committee’s Review of Local Flood Risk Management",
                     authority="Westshire County Council", date="2024-10-09", meeting="Cabinet",
                     recommendations=recs),
        "layout": "PDF (HTML → Chromium); boxed \"Recommendation:\" with one \"Cabinet is asked to AGREE …\" "
                  "sentence; each scrutiny recommendation as a bold \"Recommendation N:\" paragraph followed by a "
                  "headerless two-column table (Response / Decision / Lead officer / Timescale); decisions "
                  "\"Accepted\", \"Accepted in part\", \"Not accepted\"; one empty Timescale; \"From April 2025\".",
    }


# ---------------------------------------------------------------------------
# 8. Scrutiny recommendation tracker (DOCX): Ref | Review | Recommendation | Update | RAG |
#    Status; review cells merged down; RAG as shaded words.
# ---------------------------------------------------------------------------


def scrutiny_tracker():
    reviews = [
        ("Fly-tipping review (September 2024)", [
            ("FT1", "Increase the fixed penalty for small-scale fly-tipping to £400.",
             "Fixed penalty increased to £400 from 1 January 2025.", "Green", "Complete", "completed"),
            ("FT2", "Provide a free bulky waste collection for households receiving council tax support.",
             "Costed at £38,000 a year; included in the 2025/26 budget proposals but not agreed.", "Red", "Not started", "not-started"),
            ("FT3", "Install CCTV at the five worst fly-tipping hotspots.",
             "Three cameras installed; two sites are waiting for a power supply.", "Amber", "In progress", "ongoing"),
        ]),
        ("Access to GP appointments (January 2025)", [
            ("GP1", "Ask Harbourside ICB to report the number of unanswered calls to GP practices to the Health Scrutiny Panel every six months.",
             "First report received by the Panel on 3 June 2025.", "Green", "Complete", "completed"),
            ("GP2", "Promote the NHS App through the Council’s libraries and digital inclusion sessions.",
             "", "Amber", "Incomplete", None),
        ]),
        ("Parks and open spaces (March 2023)", [
            ("PK1", "Develop a tree planting strategy with a target for canopy cover.",
             "Replaced by the Northbridge Green Infrastructure Strategy, adopted March 2025.", "N/A", "Superseded", "superseded"),
            ("PK2", "Review the charges for sports pitches to encourage junior teams.",
             "Review postponed until the new leisure contract starts in 2026.", "Amber", "Deferred", "deferred"),
        ]),
    ]
    rag_fill = {"Green": "92D050", "Amber": "FFC000", "Red": "FF5050", "N/A": None}
    table_rows, recs = [], []
    for review, items in reviews:
        for i, (ref, text, update, rag, status, gstatus) in enumerate(items):
            review_cell = {"text": review, "vspan": len(items)} if i == 0 else "^"
            rag_cell = {"text": rag, "fill": rag_fill[rag]} if rag_fill[rag] else rag
            table_rows.append([ref, review_cell, text, update, rag_cell, status])
            recs.append(recommendation(ref, text, verb=text.split(" ")[0].upper(), theme=review,
                                       status=gstatus, progress=update or None))
    cover = "Members are asked to note the progress made on the recommendations of completed scrutiny reviews."
    blocks = [
        ("title", "Scrutiny Recommendations Tracker"),
        ("p", "Northbridge Borough Council"),
        ("p", "Overview and Scrutiny Management Board – 24 June 2025"),
        ("h", 2, "Recommendation"),
        ("p", cover),
        ("h", 2, "Tracker"),
        ("p", "Cabinet Members and officers update the tracker before each meeting. A recommendation is removed once the "
              "Board has seen it marked Complete or Superseded at one meeting."),
        ("table", {"cols": [1.2, 3.0, 5.5, 5.2, 1.5, 2.2],
                   "header": ["Ref", "Review", "Recommendation", "Update", "RAG", "Status"],
                   "header_fill": "FBE4D5", "rows": table_rows, "font": 9}),
        ("p", "Scrutiny Officer: scrutiny@northbridge.example"),
    ]
    recs.insert(0, recommendation(None, cover, verb="NOTE", addressee="Members"))
    return {
        "name": "northbridge-scrutiny-recommendations-tracker",
        "format": "docx",
        "meta": {"created": "2025-06-13", "doc_title": "Scrutiny tracker", "author": "Scrutiny",
                 "font": "Calibri", "size": 11},
        "blocks": blocks,
        "gold": dict(genre="scrutiny recommendations tracker (Recommendation | Update | RAG | Status)",
                     kind="tracker", title="Scrutiny Recommendations Tracker",
                     authority="Northbridge Borough Council", date="2025-06-24",
                     meeting="Overview and Scrutiny Management Board", recommendations=recs),
        "layout": "DOCX; covering \"Members are asked to note …\" sentence; tracker table with a peach header, the "
                  "Review column merged down over each review's rows, RAG as shaded words (Green/Amber/Red, one "
                  "\"N/A\" unshaded), a separate Status column (Complete, Not started, In progress, Incomplete, "
                  "Superseded, Deferred), one empty Update cell; no owner or due columns.",
    }


# ---------------------------------------------------------------------------
# 9. Internal audit tracker (PDF via LibreOffice): No. | Audit | Recommendation | Priority |
#    Owner | Due date | Update | RAG; RAG letters B/G/A/R whose key is not a status,
#    except B = Complete; dd/mm/yyyy dates, one revised.
# ---------------------------------------------------------------------------


def audit_tracker():
    rows = [
        ("1", "Continuing Healthcare (2024/25)",
         "Make sure all Continuing Healthcare reviews are completed within three months of eligibility being confirmed and record the review date on the case system.",
         "High", "Head of Continuing Healthcare", "31/03/2025", "Backlog cleared; compliance 96% in Quarter 1.", "B",
         ["Head of Continuing Healthcare"], "2025-03-31", "completed"),
        ("2", "Conflicts of interest (2024/25)",
         "Remind all staff each year to complete a declaration of interests and report compliance to the Committee.",
         "Medium", "Board Secretary", "30/09/2025", "Reminder issued July 2025; compliance 81% so far.", "G",
         ["Board Secretary"], "2025-09-30", None),
        ("3", "Conflicts of interest (2024/25)",
         "Publish the register of interests on the ICB website within one month of each update.",
         "Low", "Board Secretary / Communications Lead", "31/12/2025 (revised from 30/06/2025)",
         "Website migration delayed to the autumn.", "A",
         ["Board Secretary", "Communications Lead"], "2025-12-31", None),
        ("4", "Payroll (2023/24)",
         "Reconcile starters and leavers between the HR system and payroll each month, with evidence of review signed by a manager.",
         "High", "Director of People\nPayroll Services (shared service)", "31/05/2025",
         "Not yet in place while the shared service contract is renegotiated.", "R",
         ["Director of People", "Payroll Services (shared service)"], "2025-05-31", None),
        ("6", "Data security (2024/25)",
         "Complete the annual Data Security and Protection Toolkit submission with all mandatory standards met.",
         "Medium", "Senior Information Risk Owner", "30/06/2025", "Submitted 27 June 2025; all standards met.", "B",
         ["Senior Information Risk Owner"], "2025-06-30", "completed"),
    ]
    fills = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF5050"}
    table_rows, recs = [], []
    for number, audit, text, priority, owner, due_cell, update, rag, owners, due, status in rows:
        table_rows.append([number, audit, text, priority, owner, due_cell, update, {"text": rag, "fill": fills[rag]}])
        recs.append(recommendation(number, text, verb=text.split(" ")[0].upper(), theme=audit, owners=owners,
                                   due=due, timeframe=due_cell, status=status, progress=update))
    cover = "Members are recommended to note the progress in implementing internal audit recommendations."
    blocks = [
        ("p", "Harbourside Integrated Care Board"),
        ("title", "Internal Audit Recommendations Tracker"),
        ("p", "Audit and Risk Committee – 11 September 2025 – Agenda item 7"),
        ("p", "**Recommendation:** " + cover),
        ("p", "The tracker lists every open recommendation from internal audit reports and any closed since the last "
              "meeting. Recommendation 5 (Payroll) was closed at the June meeting."),
        ("p", "RAG key: B = Complete; G = On track to meet the due date; A = At risk of missing the due date; "
              "R = Past the due date."),
        ("table", {"cols": [0.9, 2.8, 6.2, 1.6, 3.4, 2.8, 5.2, 1.1],
                   "header": ["No.", "Audit", "Recommendation", "Priority", "Owner", "Due date", "Update", "RAG"],
                   "header_fill": "DDEBF7", "rows": table_rows, "font": 8.5}),
    ]
    recs.insert(0, recommendation(None, cover, verb="NOTE", addressee="Members"))
    return {
        "name": "harbourside-icb-internal-audit-tracker",
        "format": "lo-pdf",
        "meta": {"created": "2025-09-01", "doc_title": "Internal audit tracker", "author": "ICB Governance",
                 "landscape": True, "font": "Liberation Sans", "size": 10, "plain_headings": True,
                 "footer": "Audit and Risk Committee 11 September 2025"},
        "blocks": blocks,
        "gold": dict(genre="ICB internal audit recommendations tracker with RAG letters", kind="tracker",
                     title="Internal Audit Recommendations Tracker",
                     authority="Harbourside Integrated Care Board", date="2025-09-11",
                     meeting="Audit and Risk Committee", recommendations=recs),
        "layout": "PDF (python-docx → LibreOffice), landscape, 8.5 pt table; \"Members are recommended to note …\" "
                  "covering line; numbered 1–4, 6 (5 closed); owner cells with \"/\" and a line break; due dates "
                  "dd/mm/yyyy, one \"(revised from …)\"; RAG letters B/G/A/R in shaded cells with a key where only "
                  "B states a status (Complete).",
    }


PAPERS = [housing_response, flood_response, scrutiny_tracker, audit_tracker]
