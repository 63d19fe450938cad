"""Fresh held-out papers (split "fresh"): twelve made-up papers from four invented
authorities (Fenbury Borough Council, Ashcombe District Council, Calderbrook County
Council, Riverside and Vale Integrated Care Board).

They were written after the readers were tuned, by someone who had not read the pipeline's
code or output, to measure whether the readers generalise. Gold values are written by hand
beside the words they label, as in the other papers_*.py files.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf"
(HTML → Chromium), and two pandoc routes: "pandoc-docx" (Markdown → pandoc DOCX) and
"pandoc-lo-pdf" (Markdown → pandoc DOCX → LibreOffice). Pandoc papers carry "markdown"
instead of "blocks".
"""

import textwrap

from gold import action, decision, recommendation

GREEN, AMBER, RED, GREY, BLUE = "C6EFCE", "FFEB9C", "FFC7CE", "D9D9D9", "BDD7EE"
RAG_FILL = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF5050"}

FENBURY = "Fenbury Borough Council"
ASHCOMBE = "Ashcombe District Council"
CALDERBROOK = "Calderbrook County Council"
RIVERSIDE = "Riverside and Vale Integrated Care Board"


def label_cell(text):
    return {"text": text, "bold": True, "fill": "E7E6E6"}


def grid_table(widths, header, rows):
    """A pandoc grid table. A cell is a string; a blank line ("\\n\\n") starts a new paragraph
    inside the cell (pandoc writes each as its own w:p). Widths are in characters. A header
    of None gives a table without a header row. The wider papers share it."""

    def cell_lines(text, width):
        lines = []
        for i, para in enumerate(text.split("\n\n")):
            if i:
                lines.append("")
            lines += textwrap.wrap(para, width - 2, break_long_words=False, break_on_hyphens=False) or [""]
        return lines

    def border(char):
        return "+" + "+".join(char * w for w in widths) + "+"

    def row_lines(row):
        cells = [cell_lines(text, w) for text, w in zip(row, widths)]
        height = max(len(c) for c in cells)
        out = []
        for i in range(height):
            parts = []
            for c, w in zip(cells, widths):
                line = c[i] if i < len(c) else ""
                assert len(line) <= w - 2, line
                parts.append(" " + line.ljust(w - 2) + " ")
            out.append("|" + "|".join(parts) + "|")
        return out

    out = [border("-")]
    if header:
        out += row_lines(header) + [border("=")]
    for row in rows:
        out += row_lines(row) + [border("-")]
    return "\n".join(out)


# ---------------------------------------------------------------------------
# F1. Borough cabinet report (DOCX): bordered front sheet with shaded labels, a boxed
#     "DECISIONS REQUIRED" with "It is RECOMMENDED that:" and typed (a)–(d) items that
#     each name Cabinet with a bold capital verb; a closing "5. RECOMMENDATIONS" that
#     restates them in shorter wording (the front copy is the gold).
# ---------------------------------------------------------------------------


def fenbury_leisure():
    front = [
        ("a", "Cabinet **APPROVES** Option 3 (refurbishment of the existing building) as the preferred option for the future of Fenbury Leisure Centre;",
         "APPROVES"),
        ("b", "Cabinet **ALLOCATES** £250,000 from the Invest to Save Reserve to prepare a full business case and detailed design;",
         "ALLOCATES"),
        ("c", "Cabinet **RECOMMENDS** to Council that £6.8 million is added to the capital programme for 2026/27 to 2027/28, subject to the business case being approved; and",
         "RECOMMENDS"),
        ("d", "Cabinet **NOTES** that the centre will stay open during the works, with phased closures of the pool hall.",
         "NOTES"),
    ]
    blocks = [
        ("p", "FENBURY BOROUGH COUNCIL"),
        ("table", {"cols": [5, 12], "rows": [
            [label_cell("Meeting:"), "Cabinet"],
            [label_cell("Date:"), "21 January 2026"],
            [label_cell("Report title:"), "Future of Fenbury Leisure Centre"],
            [label_cell("Portfolio Holder:"), "Cabinet Member for Leisure and Culture"],
            [label_cell("Lead officer:"), "Head of Leisure Services"],
            [label_cell("Key decision:"), "Yes – Forward Plan ref. FP/25/41"],
            [label_cell("Wards affected:"), "Castle; Millfield"],
            [label_cell("Exempt information:"), "None"],
        ]}),
        ("box", [
            ("p", "**DECISIONS REQUIRED**"),
            ("p", "It is RECOMMENDED that:"),
        ] + [("p", f"({n})\t{t}") for n, t, _ in front]),
        ("h", 2, "1. REASONS FOR THE RECOMMENDATIONS"),
        ("p", "1.1\tFenbury Leisure Centre opened in 1979. Its pool plant and roof are at the end of their lives and the "
              "building condition survey of June 2025 found £2.1 million of urgent repairs."),
        ("p", "1.2\tThe centre had 412,000 visits in 2024/25 and is the only public swimming pool in the borough."),
        ("h", 2, "2. OPTIONS CONSIDERED"),
        ("p", "Option 1 – Close the centre when the pool plant fails. Not recommended: it would leave the borough "
              "without a public pool."),
        ("p", "Option 2 – Build a new centre on the Millfield site. Estimated cost £19.5 million; not affordable "
              "without external funding."),
        ("p", "Option 3 – Refurbish the existing building, including a new pool hall roof, plant and changing village. "
              "Estimated cost £7.05 million."),
        ("p", "Option 4 – Transfer the building to a community trust. No trust has come forward."),
        ("h", 2, "3. CONSULTATION"),
        ("p", "3.1\tAn online survey in October 2025 received 1,874 responses; 81% of respondents wanted the pool kept."),
        ("p", "3.2\tThe leisure operator recommends that the learner pool is kept during the works so that swimming "
              "lessons can continue."),
        ("h", 2, "4. FINANCIAL IMPLICATIONS"),
        ("table", {"cols": [9, 4, 4], "header": ["Cost", "2026/27", "2027/28"], "header_fill": "D9D9D9", "rows": [
            ["Business case and design (revenue)", "£250,000", "–"],
            ["Refurbishment works (capital)", "£3,900,000", "£2,900,000"],
            ["Net saving in running costs", "–", "£140,000"],
        ]}),
        ("h", 2, "5. RECOMMENDATIONS"),
        ("p", "5.1\tCabinet is recommended to:"),
        ("list", "a)", 1, [
            "approve Option 3 as the preferred option;",
            "allocate £250,000 from the Invest to Save Reserve for the business case and design;",
            "recommend to Council the addition of £6.8 million to the capital programme; and",
            "note that the centre will stay open during the works.",
        ]),
        ("p", "Contact officer: Head of Leisure Services, leisure@fenbury.example, 01632 960 418"),
        ("p", "Background papers: Building condition survey, Fenbury Leisure Centre, June 2025."),
    ]
    recs = [recommendation(n, t, verb=v, addressee="Cabinet") for n, t, v in front]
    return {
        "name": "fenbury-cabinet-leisure-centre-report",
        "format": "docx",
        "meta": {"created": "2026-01-09", "doc_title": "Cabinet report – leisure centre", "author": "Leisure Services",
                 "font": "Verdana", "size": 10, "plain_headings": True,
                 "footer": "Fenbury Borough Council – Cabinet 21 January 2026"},
        "blocks": blocks,
        "gold": dict(genre="borough cabinet report (front sheet, boxed decisions required, closing recommendations)",
                     kind="committee-report", title="Future of Fenbury Leisure Centre", authority=FENBURY,
                     date="2026-01-21", meeting="Cabinet", decision_number="FP/25/41", recommendations=recs),
        "layout": "DOCX, Verdana; bordered front-sheet table with shaded label cells (\"Report title:\", \"Key "
                  "decision: Yes – Forward Plan ref. FP/25/41\"); a boxed \"DECISIONS REQUIRED\" with \"It is "
                  "RECOMMENDED that:\" and typed (a)–(d) items (tab after the label), each naming Cabinet with a bold "
                  "capital verb; Options 1–4 as paragraphs and a \"The leisure operator recommends that …\" body "
                  "paragraph (not items); a costs table; a closing \"5. RECOMMENDATIONS\" with a Word-numbered a)–d) "
                  "list in shorter wording (the boxed front copy is the gold).",
    }


# ---------------------------------------------------------------------------
# F2. Overview and Scrutiny Committee minutes (pandoc DOCX): minute numbers "OSC/34",
#     "RESOLVED – that …", pandoc-numbered 1.–3. and a)–b) parts, "ACTION:" / "Action –"
#     lines, a noted item without RESOLVED and a Chair's undertaking (not an action).
# ---------------------------------------------------------------------------


def fenbury_minutes():
    maker = "Overview and Scrutiny Committee"
    markdown = """FENBURY BOROUGH COUNCIL

# Overview and Scrutiny Committee

Minutes of the meeting held in Committee Room 2, Fenbury Town Hall, on Tuesday 2 December 2025 at 6.30 pm

**Present:** Councillors J. Halloran (Chair), S. Mbeki (Vice-Chair), T. Ashworth, P. Greaves, L. Novak and W. Oduya

**Officers present:** Head of Environmental Services; Community Safety Manager (KP); Democratic Services Officer (DS)

## OSC/31 Apologies for absence

Apologies were received from Councillor H. Quaye.

## OSC/32 Minutes

RESOLVED – that the minutes of the meeting held on 4 November 2025 be approved as a correct record.

## OSC/33 Declarations of interest

Councillor Novak declared a non-pecuniary interest in item OSC/35 as a volunteer with Fenbury Street Pastors.

## OSC/34 Waste and recycling performance

The Head of Environmental Services presented the half-year report. The recycling rate was 44.1%, below the target of 47%, mainly because of contamination in blue-lid bins. Members asked about missed collections in the Castle ward.

RESOLVED – that the Committee:

1. notes the recycling performance for the first half of 2025/26;
2. recommends to Cabinet that the garden waste subscription charge is frozen for 2026/27; and
3. requests a report on contamination of recycling bins at its March 2026 meeting.

**ACTION:** Head of Environmental Services to circulate the ward-level recycling figures to all councillors by 19 December 2025.

## OSC/35 Community Safety Partnership annual review

The Community Safety Manager introduced the Partnership’s annual report. Anti-social behaviour had fallen by 9%, but reports involving e-scooters had doubled.

RESOLVED – that:

a) the Community Safety Partnership’s annual report be noted; and
b) the Partnership be asked to include anti-social behaviour involving e-scooters as a priority in its 2026/27 plan.

Action – KP/DS to arrange a visit to the town centre CCTV control room for members of the Committee.

The Chair agreed to write to the Police and Crime Commissioner about police response times in the rural wards.

## OSC/36 Cabinet forward plan

The Committee noted the forward plan.

**ACTION:** Democratic Services Officer to add the leisure centre business case to the work programme for February 2026.

## OSC/37 Work programme 2025/26

RESOLVED – that the work programme be agreed, subject to moving the item on empty homes to the April 2026 meeting.

**Action:** Chair to agree the scope of the task and finish review of damp and mould with the Vice-Chair before the next meeting.

The meeting ended at 8.05 pm.

Chair: ……………………………  Date: ……………………
"""
    decisions = [
        decision("OSC/32", None, "the minutes of the meeting held on 4 November 2025 be approved as a correct record.", maker),
        decision("OSC/34", "1", "notes the recycling performance for the first half of 2025/26;", maker),
        decision("OSC/34", "2", "recommends to Cabinet that the garden waste subscription charge is frozen for 2026/27; and", maker),
        decision("OSC/34", "3", "requests a report on contamination of recycling bins at its March 2026 meeting.", maker),
        decision("OSC/35", "a", "the Community Safety Partnership’s annual report be noted; and", maker),
        decision("OSC/35", "b", "the Partnership be asked to include anti-social behaviour involving e-scooters as a priority in its 2026/27 plan.", maker),
        decision("OSC/37", None, "the work programme be agreed, subject to moving the item on empty homes to the April 2026 meeting.", maker),
    ]
    actions = [
        action(None, "Head of Environmental Services to circulate the ward-level recycling figures to all councillors by 19 December 2025.",
               ["Head of Environmental Services"], "by 19 December 2025", "2025-12-19", None),
        action(None, "KP/DS to arrange a visit to the town centre CCTV control room for members of the Committee.",
               ["KP", "DS"], None, None, None),
        action(None, "Democratic Services Officer to add the leisure centre business case to the work programme for February 2026.",
               ["Democratic Services Officer"], None, None, None),
        action(None, "Chair to agree the scope of the task and finish review of damp and mould with the Vice-Chair before the next meeting.",
               ["Chair"], "before the next meeting", None, None),
    ]
    return {
        "name": "fenbury-overview-and-scrutiny-committee-minutes",
        "format": "pandoc-docx",
        "meta": {"created": "2025-12-08"},
        "markdown": markdown,
        "gold": dict(genre="borough overview and scrutiny committee minutes (RESOLVED – that …, ACTION: lines)",
                     kind="minutes", title="Overview and Scrutiny Committee", authority=FENBURY,
                     date="2025-12-02", meeting="Overview and Scrutiny Committee", actions=actions,
                     decisions=decisions),
        "layout": "DOCX made by pandoc from Markdown (pandoc's own styles and numbering); minute numbers \"OSC/31\" … "
                  "\"OSC/37\" in Heading 2 titles; \"RESOLVED – that …\" (en dash, lower-case \"that\") on one line, or "
                  "\"RESOLVED – that the Committee:\" / \"RESOLVED – that:\" followed by pandoc-numbered 1.–3. and a)–b) "
                  "parts; \"ACTION:\" (bold capitals), \"Action –\" and bold \"Action:\" lines with owners as roles and "
                  "initials split by \"/\"; a \"noted\" item with no RESOLVED, a Chair's undertaking to write (not an "
                  "action) and a declaration of interest.",
    }


# ---------------------------------------------------------------------------
# F3. Task and finish review (PDF via Chromium): boxed "What we are asking the Committee to
#     do"; theme headings "Theme A – …" each with a Ref | Recommendation | For table (A1–A3,
#     B1–B3, C1–C2, D1); active "should" sentences, two passive; findings paragraphs.
# ---------------------------------------------------------------------------


def fenbury_damp_review():
    themes = [
        ("Theme A – Council-owned homes", [
            "4.1 Fenbury Homes received 1,126 reports of damp or mould in 2024/25, up from 640 two years earlier. "
            "A third of cases were repeat reports from the same home.",
            "4.2 Tenants told us that they often did not know who was dealing with their case.",
        ], [
            ("A1", "Fenbury Homes should inspect every council home with a reported damp problem within ten working days of the report.",
             "Fenbury Homes", "INSPECT", "Fenbury Homes", ["Fenbury Homes"]),
            ("A2", "The Council should publish quarterly figures on damp and mould cases, repair times and repeat reports in its own homes.",
             "Cabinet Member for Housing /\nFenbury Homes", "PUBLISH", "Council", ["Cabinet Member for Housing", "Fenbury Homes"]),
            ("A3", "Tenants should be given a named officer and a written repair plan whenever mould is found.",
             "Fenbury Homes", None, None, ["Fenbury Homes"]),
        ]),
        ("Theme B – Private rented homes", [
            "4.3 One in five homes in Fenbury is privately rented. The Private Sector Housing team served 38 "
            "improvement notices for damp and mould in 2024/25, but it took an average of 71 days to act after a "
            "landlord ignored a notice.",
            "4.4 The Group recommends that every landlord reads the Government’s guidance on damp and mould, which "
            "is linked from the Council’s website.",
        ], [
            ("B1", "The Council should consult on a selective licensing scheme for the Castle and Millfield wards.",
             "Cabinet", "CONSULT", "Council", ["Cabinet"]),
            ("B2", "The Private Sector Housing team should take enforcement action within 28 days where a landlord ignores a hazard notice for damp and mould.",
             "Head of Regulatory Services", "TAKE", "Private Sector Housing team", ["Head of Regulatory Services"]),
            ("B3", "Landlords should be offered free training on preventing condensation, run with the Fenbury Landlords’ Forum.",
             "Private Sector Housing team; Fenbury Landlords’ Forum", None, None,
             ["Private Sector Housing team", "Fenbury Landlords’ Forum"]),
        ]),
        ("Theme C – Health and advice", [
            "4.5 GPs and health visitors see the effects of damp homes first, but there is no simple way for them to "
            "tell the Council.",
        ], [
            ("C1", "The Cabinet Member for Housing should ask Riverside and Vale Integrated Care Board to let GPs refer patients with respiratory conditions directly to the Council’s housing teams.",
             "Cabinet Member for Housing", "ASK", "Cabinet Member for Housing", ["Cabinet Member for Housing"]),
            ("C2", "The Council should add damp and mould advice to its cost of living web pages and leaflets.",
             "Communications Team", "ADD", "Council", ["Communications Team"]),
        ]),
        ("Theme D – Keeping track", [], [
            ("D1", "The Committee should receive a progress report on these recommendations in six months.",
             "Overview and Scrutiny Committee", "RECEIVE", "Committee", ["Overview and Scrutiny Committee"]),
        ]),
    ]
    cover = ("The Committee is asked to agree the report and to refer its nine recommendations to Cabinet for a "
             "response within two months.")
    blocks = [
        ("p", "Fenbury Borough Council"),
        ("title", "Damp and Mould in Fenbury’s Rented Homes: Report of the Housing Task and Finish Group"),
        ("p", "Presented to the Overview and Scrutiny Committee, 3 March 2026"),
        ("box", [("p", "**What we are asking the Committee to do**"), ("p", cover)]),
        ("h", 1, "1. Chair’s introduction"),
        ("p", "Nobody should have to live in a home that makes them ill. We set out to understand why damp and mould "
              "cases have risen so quickly in Fenbury, and what the Council and its partners can do about it."),
        ("h", 1, "2. Membership"),
        ("p", "Councillors S. Mbeki (Chair), T. Ashworth, R. Delacroix and L. Novak. Supported by the Scrutiny Officer."),
        ("h", 1, "3. How we worked"),
        ("p", "The Group met six times between October 2025 and February 2026. It visited twelve homes with tenants’ "
              "permission and heard from Fenbury Homes, the Private Sector Housing team, two landlords, the Citizens "
              "Advice service and a GP."),
        ("p", "Key findings:"),
        ("list", "bullet", 1, [
            "Reports of damp and mould have almost doubled in two years.",
            "Most cases are caused by condensation in homes that are hard to heat.",
            "Tenants rarely get a written plan for the repair.",
        ]),
        ("h", 1, "4. Findings and recommendations"),
    ]
    recs = [recommendation(None, cover, verb="AGREE", addressee="Committee")]
    for theme, findings, items in themes:
        blocks.append(("h", 2, theme))
        for text in findings:
            blocks.append(("p", text))
        blocks.append(("table", {"cols": [1.3, 11.5, 4.2], "header": ["Ref", "Recommendation", "For"],
                                 "header_fill": "DDEBF7",
                                 "rows": [[ref, text, who] for ref, text, who, *_ in items]}))
        for ref, text, _, verb, addressee, owners in items:
            recs.append(recommendation(ref, text, verb=verb, addressee=addressee, theme=theme, owners=owners))
    blocks += [
        ("h", 1, "5. Next steps"),
        ("p", "If the Committee agrees the report, it will go to Cabinet on 14 April 2026. The Cabinet Member for Housing "
              "has been invited to respond at the Committee’s meeting in June 2026."),
        ("p", "Scrutiny Officer: scrutiny@fenbury.example   Telephone: 01632 960 155"),
    ]
    return {
        "name": "fenbury-damp-and-mould-task-and-finish-review",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Damp and mould task and finish review", "title_color": "1F3864",
                 "css_font": "'DejaVu Sans', sans-serif", "size": 10,
                 "footer": "Fenbury Borough Council – Housing Task and Finish Group – March 2026"},
        "blocks": blocks,
        "gold": dict(genre="borough task-and-finish scrutiny review (recommendation tables under themes)",
                     kind="scrutiny-report",
                     title="Damp and Mould in Fenbury’s Rented Homes: Report of the Housing Task and Finish Group",
                     authority=FENBURY, date="2026-03-03", meeting="Overview and Scrutiny Committee",
                     recommendations=recs),
        "layout": "PDF (HTML → Chromium); a boxed \"What we are asking the Committee to do\" with one \"The Committee "
                  "is asked to agree …\" sentence; a bulleted key findings list and typed 4.1–4.5 finding paragraphs "
                  "(one \"The Group recommends that every landlord …\" — not items); theme headings \"Theme A – …\" … "
                  "\"Theme D – …\", each followed by a Ref | Recommendation | For table with refs A1–A3, B1–B3, C1–C2, "
                  "D1; \"X should V …\" sentences, two passive (\"… should be given\", \"… should be offered\"); owners "
                  "from the For column, split by \"/\" plus line break and by \";\".",
    }


# ---------------------------------------------------------------------------
# F4. Executive response (PDF via LibreOffice, landscape): "Recommendation(s)" with
#     "That Cabinet:" and typed (i)/(ii); response table Rec No. | Scrutiny recommendation |
#     Cabinet response | Accepted / Partially accepted / Rejected | Responsible officer |
#     Timescale with "end of Q2 2026/27", "Spring 2026", "30.06.2026", "by Sept 2026".
# ---------------------------------------------------------------------------


def ashcombe_air_quality():
    rows = [
        ("1", "Install two further real-time air quality monitors on the A38 corridor through Ashcombe town centre.",
         "Agreed. Sites have been identified at Station Road and Mill Lane. The monitors will be installed once the power connections are in place.",
         "Accepted", "Environmental Health Manager", "end of Q2 2026/27",
         dict(verb="INSTALL", decision="accepted", owners=["Environmental Health Manager"], due="2026-09")),
        ("2", "Publish air quality monitoring results on the Council’s website every month instead of every year.",
         "Results will be published every quarter, which is how often the laboratory analyses the diffusion tubes.",
         "Partially accepted", "Environmental Health Manager /\nDigital Services Lead", "Spring 2026",
         dict(verb="PUBLISH", decision="partially-accepted",
              owners=["Environmental Health Manager", "Digital Services Lead"], due="2026-05")),
        ("3", "Introduce a no-idling zone outside every primary school in the district.",
         "A no-idling campaign will run at the twelve schools nearest the Air Quality Management Areas. Enforcement outside every school is not possible with current staffing.",
         "Partially accepted", "Environmental Protection Team Leader", "30.06.2026",
         dict(verb="INTRODUCE", decision="partially-accepted", owners=["Environmental Protection Team Leader"],
              due="2026-06-30")),
        ("4", "Bring forward a Clean Air Zone charging scheme for heavy goods vehicles.",
         "The modelling for the Air Quality Action Plan shows that a charging zone is not needed to meet the legal limits, and the Council has no power to introduce one on the trunk road.",
         "Rejected", "Director of Place", "N/A",
         dict(verb="BRING", decision="rejected", owners=["Director of Place"], due=None, timeframe=None)),
        ("5", "Work with Calderbrook County Council to review the timing of the traffic signals at the Market Square junction.",
         "The County Council, as highway authority, has agreed to review the signal timings in its 2026/27 programme.",
         "Accepted", "Environmental Health Manager, with Calderbrook County Council Highways", "by Sept 2026",
         dict(verb="WORK", decision="accepted",
              owners=["Environmental Health Manager", "Calderbrook County Council Highways"], due="2026-09")),
        ("6", "Offer free electric vehicle charging for taxis licensed by the Council for their first year.",
         "The Council will offer a 50% discount for one year from April 2026, funded from the licensing reserve.",
         "Partially accepted", "Licensing Manager", "April 2026 – March 2027",
         dict(verb="OFFER", decision="partially-accepted", owners=["Licensing Manager"], due="2027-03")),
        ("7", "Update the Air Quality Action Plan and bring it to the Panel before it is adopted.",
         "Agreed.", "Accepted", "Environmental Health Manager", "",
         dict(verb="UPDATE", decision="accepted", owners=["Environmental Health Manager"], due=None, timeframe=None)),
    ]
    table_rows, recs = [], []
    for number, text, response, decided, lead, timescale, g in rows:
        table_rows.append([number, text, response, decided, lead, timescale])
        timeframe = g.pop("timeframe", timescale or None)
        recs.append(recommendation(number, text, verb=g["verb"], owners=g["owners"], due=g["due"],
                                   timeframe=timeframe, response=response, decision=g["decision"]))
    cover = [
        ("i", "agrees the responses to the seven recommendations of the Communities Scrutiny Panel set out in Appendix 1; and", "AGREES"),
        ("ii", "asks the Environmental Health Manager to report progress on the accepted recommendations to the Panel in September 2026.", "ASKS"),
    ]
    blocks = [
        ("p", "ASHCOMBE DISTRICT COUNCIL"),
        ("table", {"cols": [5, 20], "borders": False, "rows": [
            [{"text": "Report to:", "bold": True}, "Cabinet"],
            [{"text": "Date of meeting:", "bold": True}, "10 February 2026"],
            [{"text": "Report author:", "bold": True}, "Environmental Health Manager"],
            [{"text": "Title:", "bold": True}, "Response to the Scrutiny Panel’s review of air quality"],
            [{"text": "Ward(s):", "bold": True}, "Ashcombe Central; Ashcombe North"],
        ]}),
        ("h", 2, "Recommendation(s)"),
        ("p", "That Cabinet:"),
    ] + [("p", f"({n})\t{t}") for n, t, _ in cover] + [
        ("h", 2, "1. Introduction"),
        ("p", "1.1 The Communities Scrutiny Panel reviewed air quality in Ashcombe between June and November 2025 and made "
              "seven recommendations to Cabinet on 2 December 2025."),
        ("p", "1.2 Nitrogen dioxide levels at two sites on the A38 were above the annual legal limit in 2024. Both sites are "
              "in the Ashcombe Town Centre Air Quality Management Area."),
        ("h", 2, "2. Financial implications"),
        ("p", "2.1 The two monitors cost £38,000, met from the Defra air quality grant. The taxi charging discount is "
              "estimated at £12,000 and will be met from the licensing reserve."),
        ("break",),
        ("h", 2, "Appendix 1 – Cabinet response to the Scrutiny Panel’s recommendations"),
        ("table", {"cols": [1.3, 6.0, 7.8, 2.9, 4.0, 3.0],
                   "header": ["Rec No.", "Scrutiny recommendation", "Cabinet response",
                              "Accepted / Partially accepted / Rejected", "Responsible officer", "Timescale"],
                   "header_fill": "FCE4D6", "rows": table_rows, "font": 9}),
        ("p", "Report author: Environmental Health Manager – envhealth@ashcombe.example – 01632 960 372"),
    ]
    gold_recs = [recommendation(n, t, verb=v, addressee="Cabinet") for n, t, v in cover] + recs
    return {
        "name": "ashcombe-cabinet-response-air-quality-review",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-28", "doc_title": "Cabinet response – air quality", "author": "Environmental Health",
                 "landscape": True, "font": "Liberation Sans", "size": 10, "plain_headings": True, "box_width": 25,
                 "footer": "Ashcombe District Council – Cabinet – 10 February 2026"},
        "blocks": blocks,
        "gold": dict(genre="district executive response to a scrutiny review (response table in an appendix)",
                     kind="executive-response", title="Response to the Scrutiny Panel’s review of air quality",
                     authority=ASHCOMBE, date="2026-02-10", meeting="Cabinet", recommendations=gold_recs),
        "layout": "PDF (python-docx → LibreOffice), landscape; borderless front sheet with bold labels; "
                  "\"Recommendation(s)\" with \"That Cabinet:\" and typed (i)/(ii) items (lower-case verbs, \"; and\"); "
                  "an appendix after a page break with a peach-headed table Rec No. | Scrutiny recommendation | Cabinet "
                  "response | Accepted / Partially accepted / Rejected | Responsible officer | Timescale; timescales "
                  "\"end of Q2 2026/27\", \"Spring 2026\", \"30.06.2026\", \"N/A\", \"by Sept 2026\", \"April 2026 – "
                  "March 2027\" and one empty; owner cells with \"/\" plus line break and \", with …\".",
    }


# ---------------------------------------------------------------------------
# F5. Record of executive decision (DOCX): form table with Decision reference / Decision
#     maker / Subject / Date of decision; three bulleted past-tense capital-verb decisions;
#     a numbered "alternative options" list that is not decisions.
# ---------------------------------------------------------------------------


def ashcombe_record():
    maker = "Councillor R. Okafor, Portfolio Holder for Environment and Open Spaces"
    items = [
        "**AWARDED** the grounds maintenance contract for 2026–2033 to the preferred bidder named in exempt Appendix B, at an annual cost of £1.42 million;",
        "**AUTHORISED** the Head of Legal Services to complete the contract documents; and",
        "**AGREED** that an annual review of the contract’s performance is reported to the Communities Scrutiny Panel.",
    ]
    blocks = [
        ("title", "ASHCOMBE DISTRICT COUNCIL – RECORD OF EXECUTIVE DECISION"),
        ("table", {"cols": [5, 12], "rows": [
            [label_cell("Decision reference:"), "ED/2025/031"],
            [label_cell("Decision maker:"), maker],
            [label_cell("Subject:"), "Award of the Grounds Maintenance Contract 2026–2033"],
            [label_cell("Key decision:"), "Yes (on the Forward Plan since 1 August 2025)"],
            [label_cell("Date of decision:"), "14 November 2025"],
        ]}),
        ("h", 2, "Decision"),
        ("p", "Having considered the report of the Head of Operational Services dated 5 November 2025, the Portfolio "
              "Holder for Environment and Open Spaces:"),
        ("list", "bullet", 1, items),
        ("h", 2, "Reasons for the decision"),
        ("p", "The current contract ends on 31 March 2026. The preferred bid scored highest on quality and price in an "
              "open tender evaluated by officers in October 2025, and costs 6% less than the current contract."),
        ("h", 2, "Alternative options considered and rejected"),
        ("list", "1.", 1, [
            "Extend the current contract for two years – rejected because the contract allows no further extension.",
            "Bring the service in house – rejected because the set-up costs of £0.9 million could not be met.",
        ]),
        ("h", 2, "Conflicts of interest"),
        ("p", "None declared."),
        ("h", 2, "Call-in"),
        ("p", "This decision may be implemented from 22 November 2025 unless it is called in."),
        ("p", "Signed: R. Okafor        Date: 14 November 2025"),
        ("p", "Proper Officer: Democratic Services Manager, democracy@ashcombe.example"),
    ]
    decisions = [decision(None, "ED/2025/031", t, maker, date="2025-11-14", kind="decision") for t in items]
    return {
        "name": "ashcombe-record-of-executive-decision-grounds-maintenance",
        "format": "docx",
        "meta": {"created": "2025-11-14", "doc_title": "Record of executive decision", "author": "Democratic Services",
                 "font": "Calibri", "size": 11, "title_size": 14},
        "blocks": blocks,
        "gold": dict(genre="district record of an individual portfolio holder decision", kind="decision",
                     title="Award of the Grounds Maintenance Contract 2026–2033", authority=ASHCOMBE,
                     date="2025-11-14", meeting=None, decision_number="ED/2025/031", decisions=decisions),
        "layout": "DOCX, Calibri; bold title line; bordered form table with shaded labels (Decision reference / "
                  "Decision maker / Subject / Key decision / Date of decision); three Word-bulleted decisions under "
                  "\"… the Portfolio Holder for Environment and Open Spaces:\", each opening with a bold past-tense "
                  "capital verb (AWARDED, AUTHORISED, AGREED); a Word-numbered \"Alternative options considered and "
                  "rejected\" list (not decisions); call-in and signature lines.",
    }


# ---------------------------------------------------------------------------
# F6. Performance dashboard (PDF via Chromium, landscape): nothing to extract. KPI tables
#     with a "Responsible service" column and shaded RAG letters; commentary bullets.
# ---------------------------------------------------------------------------


def ashcombe_dashboard():
    def rag(letter):
        return {"text": letter, "fill": RAG_FILL[letter]}

    blocks = [
        ("p", "Ashcombe District Council"),
        ("title", "Corporate Performance Dashboard – Quarter 2 2025/26"),
        ("p", "July to September 2025. Published November 2025."),
        ("p", "RAG: G = at or better than target; A = within 5% of target; R = more than 5% worse than target."),
        ("h", 2, "Priority 1 – A clean and green district"),
        ("table", {"cols": [7.5, 4.5, 2.4, 2.4, 2.4, 2.4, 1.4],
                   "header": ["Measure", "Responsible service", "Target", "Q1", "Q2", "Q2 last year", "RAG"],
                   "header_fill": "D9D9D9", "font": 9, "rows": [
                       ["Household waste recycled or composted (%)", "Waste and Recycling", "50.0", "48.9", "49.6", "47.2", rag("A")],
                       ["Missed bin collections per 100,000", "Waste and Recycling", "60", "52", "81", "58", rag("R")],
                       ["Fly-tipping incidents cleared within 2 working days (%)", "Street Scene", "90", "94", "93", "88", rag("G")],
                   ]}),
        ("h", 2, "Priority 2 – Homes for local people"),
        ("table", {"cols": [7.5, 4.5, 2.4, 2.4, 2.4, 2.4, 1.4],
                   "header": ["Measure", "Responsible service", "Target", "Q1", "Q2", "Q2 last year", "RAG"],
                   "header_fill": "D9D9D9", "font": 9, "rows": [
                       ["Affordable homes completed (cumulative)", "Housing Strategy", "60", "14", "31", "27", rag("G")],
                       ["Households in temporary accommodation", "Housing Options", "45", "51", "49", "38", rag("R")],
                       ["Major planning applications decided in time (%)", "Development Management", "80", "100", "86", "75", rag("G")],
                   ]}),
        ("h", 2, "Priority 3 – A well-run council"),
        ("table", {"cols": [7.5, 4.5, 2.4, 2.4, 2.4, 2.4, 1.4],
                   "header": ["Measure", "Responsible service", "Target", "Q1", "Q2", "Q2 last year", "RAG"],
                   "header_fill": "D9D9D9", "font": 9, "rows": [
                       ["Council tax collected (%)", "Revenues and Benefits", "56.5", "29.1", "55.9", "56.0", rag("A")],
                       ["Calls answered within 60 seconds (%)", "Customer Services", "80", "83", "78", "72", rag("A")],
                       ["Average working days lost to sickness per employee", "Human Resources", "4.0", "1.9", "3.8", "4.4", rag("G")],
                   ]}),
        ("h", 2, "Commentary"),
        ("list", "bullet", 1, [
            "Missed collections rose in August when three vehicles were off the road at the same time; two "
            "replacement vehicles arrived in October.",
            "Temporary accommodation numbers remain above target because of a rise in evictions from private rented "
            "homes.",
            "Call answering fell during the council tax reminder run in September, as it does every year.",
        ]),
        ("p", "Measures rated Red are discussed by the Senior Leadership Team each month."),
        ("p", "Performance and Insight Team – performance@ashcombe.example – 01632 960 390"),
    ]
    return {
        "name": "ashcombe-corporate-performance-dashboard",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Performance dashboard Q2", "landscape": True, "title_color": "385723",
                 "css_font": "'Liberation Sans', sans-serif", "size": 10,
                 "footer": "Ashcombe District Council – Corporate Performance Dashboard Q2 2025/26"},
        "blocks": blocks,
        "gold": dict(genre="district performance dashboard (figures tables, nothing to extract)", kind="other",
                     title="Corporate Performance Dashboard – Quarter 2 2025/26", authority=ASHCOMBE,
                     date="2025-11", meeting=None),
        "layout": "PDF (HTML → Chromium), landscape; three KPI tables Measure | Responsible service | Target | Q1 | "
                  "Q2 | Q2 last year | RAG with grey headers and shaded RAG letters (a RAG key above them); "
                  "commentary bullets with dates but no owners; nothing to extract.",
    }


# ---------------------------------------------------------------------------
# F7. Scrutiny recommendations tracker (PDF via LibreOffice, landscape): No. | Review |
#     Recommendation | Responsible officer | Target date | RAG rating | Status |
#     Comments/Update; a status key defines the status words; review text repeated on
#     each row (not merged); 1.3 missing; RAG letters in shaded cells (not statuses).
# ---------------------------------------------------------------------------


def calderbrook_tracker():
    road, bus, cme = ("Road safety near schools (May 2024)", "Rural bus services (November 2024)",
                      "Children missing education (March 2025)")
    rows = [
        ("1.1", road, "Introduce 20mph limits outside all schools on roads with a history of collisions.",
         "Head of Highways", "March 2026", "G", "On track", "Schemes at 14 of 19 schools completed; the other five are programmed for Quarter 4.",
         ["Head of Highways"], "2026-03", "ongoing"),
        ("1.2", road, "Publish a road safety dashboard for each district on the County Council website.",
         "Road Safety Manager / Business Intelligence", "31st October 2025", "G", "Completed", "Dashboard live since 28 October 2025.",
         ["Road Safety Manager", "Business Intelligence"], "2025-10-31", "completed"),
        ("1.4", road, "Review the school crossing patrol service with a view to filling vacant sites.",
         "Road Safety Manager", "Q4 2025/26", "A", "Delayed", "Recruitment campaign paused during the budget review.",
         ["Road Safety Manager"], "2026-03", "ongoing"),
        ("2.1", bus, "Lobby the Department for Transport for a multi-year settlement for rural bus funding.",
         "Cabinet Member for Transport", "Ongoing", "G", "On track", "Letter sent in June 2025; a joint letter with neighbouring counties is planned.",
         ["Cabinet Member for Transport"], None, "ongoing"),
        ("2.2", bus, "Pilot demand-responsive transport in the Calder Valley.",
         "Passenger Transport Manager\nCalderbrook Community Transport", "Spring 2026", "R", "Not yet started",
         "The bid to the Rural Mobility Fund was unsuccessful; other funding is being sought.",
         ["Passenger Transport Manager", "Calderbrook Community Transport"], "2026-05", "not-started"),
        ("3.1", cme, "Agree an information-sharing protocol with independent schools about children leaving their rolls.",
         "Head of Access and Inclusion", "30/09/2025", "N/A", "Closed", "Overtaken by the national Children Not in School register; see 3.3.",
         ["Head of Access and Inclusion"], "2025-09-30", "superseded"),
        ("3.2", cme, "Appoint two additional Children Missing Education officers.",
         "Head of Access and Inclusion, with HR", "", "A", "Delayed", "",
         ["Head of Access and Inclusion", "HR"], None, "ongoing"),
        ("3.3", cme, "Prepare for the national Children Not in School register and report readiness to the Committee.",
         "Head of Access and Inclusion", "TBC", "G", "On track", "Awaiting national guidance.",
         ["Head of Access and Inclusion"], None, "ongoing"),
    ]
    table_rows, recs = [], []
    for number, review, text, officer, target, rag, status, update, owners, due, gstatus in rows:
        rag_cell = {"text": rag, "fill": RAG_FILL[rag]} if rag in RAG_FILL else rag
        table_rows.append([number, review, text, officer, target, rag_cell, status, update])
        recs.append(recommendation(number, text, verb=text.split(" ")[0].upper(), theme=review, owners=owners,
                                   due=due, timeframe=target or None, status=gstatus, progress=update or None))
    cover = ("The Committee is recommended to review the progress on the recommendations in Appendix A and agree that "
             "those marked Closed are removed from the tracker.")
    blocks = [
        ("p", "CALDERBROOK COUNTY COUNCIL"),
        ("title", "Scrutiny Recommendations Monitoring Report"),
        ("p", "Corporate Overview and Scrutiny Committee – 15 January 2026 – Item 9"),
        ("p", "Report of the Head of Democratic Services"),
        ("h", 2, "1. Recommendation"),
        ("p", cover),
        ("h", 2, "2. Background"),
        ("p", "2.1 Cabinet Members and lead officers update the tracker every quarter. Recommendation 1.3 (advisory "
              "speed signs) was closed at the July 2025 meeting and no longer appears."),
        ("p", "2.2 Status key: Completed – fully implemented; On track – work is under way and due to finish by the "
              "target date; Delayed – work is under way but will miss the target date; Not yet started – no work has "
              "begun; Closed – no longer being pursued because it has been overtaken by other work."),
        ("p", "2.3 The RAG rating is the lead officer’s view of the risk to delivery, not a status."),
        ("break",),
        ("h", 2, "Appendix A – Tracker"),
        ("table", {"cols": [1.0, 3.4, 6.0, 3.6, 2.4, 1.4, 2.0, 5.2],
                   "header": ["No.", "Review", "Recommendation", "Responsible officer", "Target date", "RAG rating",
                              "Status", "Comments/Update"],
                   "header_fill": "B4C6E7", "rows": table_rows, "font": 8.5}),
        ("p", "Contact: Scrutiny Manager, scrutiny@calderbrook.example, 01632 960 501"),
    ]
    recs.insert(0, recommendation(None, cover, verb="REVIEW", addressee="Committee"))
    return {
        "name": "calderbrook-scrutiny-recommendations-tracker",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-05", "doc_title": "Scrutiny recommendations monitoring", "author": "Democratic Services",
                 "landscape": True, "font": "Liberation Serif", "size": 10.5, "plain_headings": True,
                 "footer": "Corporate Overview and Scrutiny Committee – 15 January 2026"},
        "blocks": blocks,
        "gold": dict(genre="county scrutiny recommendations tracker (Responsible officer | Target date | RAG rating | Status)",
                     kind="tracker", title="Scrutiny Recommendations Monitoring Report", authority=CALDERBROOK,
                     date="2026-01-15", meeting="Corporate Overview and Scrutiny Committee", recommendations=recs),
        "layout": "PDF (python-docx → LibreOffice), landscape, serif, 8.5 pt table on its own page; \"1. Recommendation\" with one "
                  "\"The Committee is recommended to review …\" sentence; a status key in a body paragraph defining "
                  "Completed / On track / Delayed / Not yet started / Closed; table No. | Review | Recommendation | "
                  "Responsible officer | Target date | RAG rating | Status | Comments/Update with the review name "
                  "repeated on every row, numbering 1.1, 1.2, 1.4 (1.3 closed), target dates \"March 2026\", \"31st "
                  "October 2025\", \"Q4 2025/26\", \"Ongoing\", \"Spring 2026\", \"30/09/2025\", \"TBC\" and one empty; "
                  "RAG letters in shaded cells and one unshaded \"N/A\" (not statuses); one empty update.",
    }


# ---------------------------------------------------------------------------
# F8. Carers strategy action plan (PDF via LibreOffice from a pandoc DOCX): one grid
#     table per priority, Ref | Action | Lead | By when | Progress/Status, refs with gaps,
#     status word first in the progress cell ("Completed – …", "On hold – …").
# ---------------------------------------------------------------------------


def calderbrook_carers():
    priorities = [
        ("Priority 1 – Identifying carers early", [
            ("1", "Run a carers’ registration drive with every GP practice in the county.",
             "ICB Primary Care Team /\n\nCarers Calderbrook", "March 2026", "In progress – 61 of 84 practices taking part.",
             ["ICB Primary Care Team", "Carers Calderbrook"], "2026-03", "ongoing"),
            ("2", "Add a question about caring responsibilities to the adult social care contact form.",
             "Head of Adult Social Care Front Door", "Q3 2025/26", "Completed",
             ["Head of Adult Social Care Front Door"], "2025-12", "completed"),
            ("3", "Train library staff to recognise and signpost carers.",
             "Libraries Service Manager", "", "Not yet started", ["Libraries Service Manager"], None, "not-started"),
            ("5", "Identify young carers through a school census pilot in two districts.",
             "Young Carers Lead, Children’s Services", "Sept 2026", "Not yet started",
             ["Young Carers Lead", "Children’s Services"], "2026-09", "not-started"),
        ]),
        ("Priority 2 – Breaks and support", [
            ("6", "Re-commission the carers’ breaks service with a personal budget option.",
             "Commissioning Manager (Carers)", "1 April 2026", "In progress – tender evaluation under way.",
             ["Commissioning Manager (Carers)"], "2026-04-01", "ongoing"),
            ("7", "Publish a carers’ emergency plan template and promote it through community pharmacies.",
             "Carers Calderbrook; Community Pharmacy Calderbrook", "Dec 2025",
             "On hold – waiting for the ICB’s revised template.",
             ["Carers Calderbrook", "Community Pharmacy Calderbrook"], "2025-12", "deferred"),
            ("9", "Offer a carer’s assessment within 28 days of every referral.",
             "Principal Social Worker", "Ongoing", "Ongoing – 72% within 28 days in Quarter 2.",
             ["Principal Social Worker"], None, "ongoing"),
        ]),
        ("Priority 3 – Carers in work", [
            ("10", "Adopt a carer-friendly employment policy across the County Council.",
             "Head of HR", "end of Q1 2026/27", "Completed – adopted by the Employment Committee on 9 October 2025.",
             ["Head of HR"], "2026-06", "completed"),
            ("11", "Encourage local employers to join the Carer Confident scheme.",
             "Economic Development Team\n\nCalderbrook Chamber of Commerce", "2025/26", "In progress",
             ["Economic Development Team", "Calderbrook Chamber of Commerce"], "2026-03", "ongoing"),
            ("12", "Hold a carers’ rights day event in each of the four districts.",
             "Carers Calderbrook", "November 2025", "Not yet started", ["Carers Calderbrook"], "2025-11", "not-started"),
        ]),
    ]
    parts = [
        "CALDERBROOK COUNTY COUNCIL  \\| RIVERSIDE AND VALE INTEGRATED CARE BOARD",
        "# Calderbrook Unpaid Carers Strategy 2025–2028: Year 1 Action Plan",
        "Updated: October 2025 (for the Carers Partnership Board)",
        "## About this plan",
        "About 58,000 people in Calderbrook look after a family member, partner or friend without pay. The strategy "
        "agreed in March 2025 has three priorities. This plan sets out the proposed actions for its first year; the "
        "Carers Partnership Board reviews it every quarter.",
        "Actions 4 and 8 were merged into actions 3 and 7 at the Board’s July 2025 meeting, so the numbering has gaps.",
        "## Proposed actions",
    ]
    actions = []
    for heading, rows in priorities:
        parts.append("### " + heading)
        parts.append(grid_table([7, 34, 24, 14, 29], ["Ref", "Action", "Lead", "By when", "Progress/Status"],
                                [[r, t, lead, when, progress] for r, t, lead, when, progress, *_ in rows]))
        for ref, text, _, when, _, owners, due, status in rows:
            actions.append(action(ref, text, owners, when or None, due, status))
    parts += [
        "## Contact",
        "Carers Strategy Lead, Calderbrook County Council – carers@calderbrook.example – 01632 960 544",
    ]
    return {
        "name": "calderbrook-unpaid-carers-action-plan",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2025-10-20"},
        "markdown": "\n\n".join(parts) + "\n",
        "gold": dict(genre="county/ICB carers strategy action plan (Action | Lead | By when | Progress/Status)",
                     kind="action-plan",
                     title="Calderbrook Unpaid Carers Strategy 2025–2028: Year 1 Action Plan",
                     authority=CALDERBROOK, date="2025-10", meeting=None, actions=actions),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's default styles; a \"Proposed actions\" "
                  "heading and one pandoc grid table per priority (Heading 3 above each) with columns Ref | Action | "
                  "Lead | By when | Progress/Status; refs 1–3, 5, 6, 7, 9, 10–12 (4 and 8 merged); lead cells split "
                  "by \"/\" plus a new paragraph, by \";\", by \",\" and by a paragraph break; by-when cells \"March "
                  "2026\", \"Q3 2025/26\", \"Sept 2026\", \"1 April 2026\", \"Dec 2025\", \"Ongoing\", \"end of Q1 "
                  "2026/27\", \"2025/26\", \"November 2025\" and one empty; the status word opens the progress cell "
                  "(\"Completed – …\", \"In progress – …\", \"On hold – …\", \"Ongoing – …\", \"Not yet started\").",
    }


# ---------------------------------------------------------------------------
# F9. Charging policy (DOCX): nothing to extract. Numbered policy paragraphs with "will",
#     "must" and "should", a charges table, a review sentence with an owner and a date, and
#     a Word-numbered FAQ list.
# ---------------------------------------------------------------------------


def calderbrook_policy():
    blocks = [
        ("p", "Calderbrook County Council – Adult Social Care"),
        ("title", "Adult Social Care Charging and Financial Assessment Policy"),
        ("p", "Version 4.0 – September 2025. Effective from 1 October 2025."),
        ("h", 1, "1. Purpose and scope"),
        ("p", "1.1\tThis policy explains how the Council decides what people pay towards the care and support they "
              "receive, in line with the Care Act 2014 and the Care and Support Statutory Guidance."),
        ("p", "1.2\tIt applies to adults who receive care at home, in the community or in a care home, and to carers "
              "who receive support in their own right."),
        ("h", 1, "2. Principles"),
        ("p", "2.1\tThe Council will make sure that nobody is charged more than it costs to provide their care."),
        ("p", "2.2\tPeople must be told in writing how their charge has been worked out."),
        ("p", "2.3\tStaff should offer help to complete the financial assessment form to anyone who asks for it."),
        ("h", 1, "3. Financial assessment"),
        ("p", "3.1\tA financial assessment will be completed within 28 days of the Council receiving the information it "
              "needs. Charges start from the date the care starts, not the date of the assessment."),
        ("p", "3.2\tDisability-related expenditure is allowed for when it is reasonable and necessary. Examples are "
              "listed in Appendix 1."),
        ("h", 1, "4. Charges for 2025/26"),
        ("table", {"cols": [10, 4], "header": ["Service", "Maximum charge"], "header_fill": "D9D9D9", "rows": [
            ["Home care (per hour)", "£27.40"],
            ["Day opportunities (per day)", "£48.00"],
            ["Telecare (per week)", "£6.10"],
            ["Arranging care for a self-funder (one-off fee)", "£312.00"],
        ]}),
        ("h", 1, "5. Appeals"),
        ("p", "5.1\tAnyone who disagrees with their assessment may ask for a review within 30 days. A senior officer "
              "who was not involved in the first assessment will carry out the review."),
        ("h", 1, "6. Review of this policy"),
        ("p", "6.1\tThis policy will be reviewed by the Head of Financial Assessments by September 2028, or sooner if "
              "the law changes."),
        ("h", 1, "Appendix 1 – Frequently asked questions"),
        ("list", "1.", 1, [
            "Do I have to pay for my care assessment?",
            "What happens if I cannot afford my charge?",
            "Will my home be counted if I move into a care home?",
        ]),
        ("p", "Financial Assessments Team: fab@calderbrook.example, 01632 960 577"),
    ]
    return {
        "name": "calderbrook-adult-social-care-charging-policy",
        "format": "docx",
        "meta": {"created": "2025-09-16", "doc_title": "Charging policy", "author": "Adult Social Care",
                 "font": "Arial", "size": 11, "footer": "Calderbrook County Council – Charging Policy v4.0"},
        "blocks": blocks,
        "gold": dict(genre="county adult social care policy (numbered paragraphs, nothing to extract)", kind="other",
                     title="Adult Social Care Charging and Financial Assessment Policy", authority=CALDERBROOK,
                     date="2025-09", meeting=None),
        "layout": "DOCX; typed 1.1 … 6.1 policy paragraphs (tab after the number) saying what the Council \"will\", "
                  "people \"must\" and staff \"should\" do; a charges table with a grey header; a review paragraph "
                  "naming an officer and a date (\"will be reviewed by the Head of Financial Assessments by September "
                  "2028\"); a Word-numbered list of FAQ questions; nothing to extract.",
    }


# ---------------------------------------------------------------------------
# F10. Respiratory needs assessment (PDF via LibreOffice): typed "(i)"–"(viii)" items under
#      theme subheadings, each followed by a bold "Lead:" line; key findings bullets and a
#      figures table (not items); "What happens next" bullets.
# ---------------------------------------------------------------------------


def riverside_respiratory():
    themes = [
        ("Prevention", [
            ("i", "Commission a targeted stop smoking offer for people with COPD and the people they live with.",
             "Calderbrook County Council Public Health", "COMMISSION", ["Calderbrook County Council Public Health"]),
            ("ii", "Include damp and mould advice in every home visit made by housing and social care staff.",
             "District and borough housing teams; Adult Social Care", "INCLUDE",
             ["District and borough housing teams", "Adult Social Care"]),
            ("iii", "Extend the winter vaccination outreach service to the twenty practices with the lowest uptake among people with a long-term respiratory condition.",
             "ICB Primary Care Team", "EXTEND", ["ICB Primary Care Team"]),
        ]),
        ("Diagnosis", [
            ("iv", "Set up community diagnostic spirometry hubs in Fenbury and Ashcombe.",
             "ICB Planned Care / Riverside Community Health Services", "SET",
             ["ICB Planned Care", "Riverside Community Health Services"]),
            ("v", "Audit the accuracy of COPD registers in all practices.", "Primary Care Networks", "AUDIT",
             ["Primary Care Networks"]),
        ]),
        ("Treatment and care", [
            ("vi", "Double the number of pulmonary rehabilitation places by March 2027.",
             "Riverside Community Health Services", "DOUBLE", ["Riverside Community Health Services"]),
            ("vii", "Offer every patient admitted with an exacerbation of COPD a follow-up call within 72 hours of discharge.",
             "Riverside and Vale Hospitals NHS Trust", "OFFER", ["Riverside and Vale Hospitals NHS Trust"]),
            ("viii", "Respiratory services should be included in the ICB’s review of palliative and end of life care.",
             "ICB Director of Strategy", None, ["ICB Director of Strategy"]),
        ]),
    ]
    blocks = [
        ("p", "Riverside and Vale Integrated Care Board – Population Health Intelligence"),
        ("title", "Respiratory Health Needs Assessment 2025"),
        ("p", "Published December 2025"),
        ("h", 1, "1. Summary"),
        ("p", "Respiratory disease is the third biggest cause of death in Riverside and Vale and the main reason for "
              "emergency admissions in winter. COPD prevalence is 2.6%, above the England average of 1.9%, and is "
              "highest in the former mining communities of the Calder Valley."),
        ("h", 1, "2. Key findings"),
        ("list", "bullet", 1, [
            "An estimated 9,800 people have COPD that has not been diagnosed.",
            "Only 38% of people referred to pulmonary rehabilitation complete the course.",
            "One in five people admitted with COPD is readmitted within 30 days.",
        ]),
        ("h", 1, "3. Key numbers"),
        ("table", {"cols": [9.5, 3.5, 3.5], "header": ["Indicator", "Riverside and Vale", "England"],
                   "header_fill": "E2EFDA", "rows": [
                       ["COPD prevalence (2024/25)", "2.6%", "1.9%"],
                       ["Emergency admissions for COPD per 100,000", "498", "415"],
                       ["Flu vaccine uptake, at-risk under 65s", "39.8%", "41.4%"],
                   ]}),
        ("h", 1, "4. Recommendations"),
        ("p", "We recommend the following. Each recommendation names the organisation that should lead it."),
    ]
    recs = []
    for theme, items in themes:
        blocks.append(("h", 2, theme))
        for number, text, lead, verb, owners in items:
            blocks.append(("p", f"({number})\t{text}"))
            blocks.append(("p", f"**Lead:** {lead}"))
            recs.append(recommendation(number, text, verb=verb, theme=theme, owners=owners))
    blocks += [
        ("h", 1, "5. What happens next"),
        ("list", "bullet", 1, [
            "The assessment will be presented to the Riverside and Vale Health and Care Partnership in January 2026.",
            "A respiratory action plan will be drawn up with partners.",
        ]),
        ("p", "Contact: Population Health Intelligence Team, phi@riversidevale.example"),
    ]
    return {
        "name": "riverside-vale-respiratory-health-needs-assessment",
        "format": "lo-pdf",
        "meta": {"created": "2025-12-01", "doc_title": "Respiratory health needs assessment", "author": "Population Health",
                 "font": "DejaVu Sans", "size": 10, "footer": "Riverside and Vale ICB – Respiratory Health Needs Assessment 2025"},
        "blocks": blocks,
        "gold": dict(genre="ICB needs assessment with lettered recommendations and Lead: lines", kind="needs-assessment",
                     title="Respiratory Health Needs Assessment 2025", authority=RIVERSIDE, date="2025-12",
                     meeting=None, recommendations=recs),
        "layout": "PDF (python-docx → LibreOffice), DejaVu Sans; key findings bullets and a figures table (not "
                  "items); under \"4. Recommendations\" three Heading 2 themes (Prevention / Diagnosis / Treatment and "
                  "care) with typed (i)–(viii) items numbered on across them, each followed by a bold \"Lead:\" line "
                  "(owners split by \";\" and \"/\"; \"District and borough housing teams\" is one); one passive "
                  "\"… should be included …\" item; one item with a date in its own words (not a due); \"What "
                  "happens next\" bullets without owners.",
    }


# ---------------------------------------------------------------------------
# F11. ICB Board report (PDF via Chromium): front table with shaded labels; "What we are
#      asking the Board to do" with "The Board is asked to:" and a No. | Recommendation
#      table; an Options table and a body "The evaluation recommends …" (not items).
# ---------------------------------------------------------------------------


def riverside_board():
    items = [
        ("1", "approve the continuation of the frailty and respiratory virtual wards until March 2028;", "APPROVE"),
        ("2", "agree to close the heart failure virtual ward on 31 March 2026 and move its patients to the community heart failure service;", "AGREE"),
        ("3", "note the evaluation findings in section 4; and", "NOTE"),
        ("4", "delegate approval of the final contract values to the Finance and Performance Committee.", "DELEGATE"),
    ]
    blocks = [
        ("p", "Riverside and Vale Integrated Care Board"),
        ("table", {"cols": [4.5, 12.5], "rows": [
            [label_cell("Meeting:"), "ICB Board"],
            [label_cell("Session:"), "Meeting in public"],
            [label_cell("Date:"), "29 January 2026"],
            [label_cell("Agenda item:"), "11"],
            [label_cell("Report title:"), "Virtual Wards: Evaluation and Future Model"],
            [label_cell("Executive lead:"), "Chief Medical Officer"],
            [label_cell("Purpose:"), "For decision"],
        ]}),
        ("h", 2, "What we are asking the Board to do"),
        ("p", "The Board is asked to:"),
        ("table", {"cols": [1.5, 15.5], "header": ["No.", "Recommendation"], "header_fill": "DEEAF6",
                   "rows": [[n, t] for n, t, _ in items]}),
        ("h", 2, "1. Executive summary"),
        ("p", "Riverside and Vale has run three virtual wards since 2023, with 140 beds in total. An independent "
              "evaluation found that the frailty and respiratory wards reduced emergency admissions and length of "
              "stay; the heart failure ward did not."),
        ("h", 2, "2. Options"),
        ("table", {"cols": [3, 10, 4], "header": ["Option", "Description", "Annual cost"], "header_fill": "D9D9D9",
                   "rows": [
                       ["A", "Stop all virtual wards when the national funding ends", "£0"],
                       ["B", "Keep all three wards", "£6.3m"],
                       ["C", "Keep the frailty and respiratory wards; close heart failure (preferred)", "£4.9m"],
                   ]}),
        ("h", 2, "4. Evaluation findings"),
        ("p", "4.1 Patients on the frailty ward spent on average 3.2 fewer days in hospital than a matched group."),
        ("p", "4.2 Occupancy of the heart failure ward averaged 41%, and readmissions were no lower than for the "
              "community service."),
        ("p", "4.3 The evaluation recommends that the wards are renamed ‘Hospital at Home’ so that patients understand "
              "them better."),
        ("h", 2, "5. Next steps"),
        ("list", "bullet", 1, [
            "Contract variations issued to providers in February 2026.",
            "Heart failure ward patients moved to the community service during March 2026.",
        ]),
        ("p", "Report author: Head of Urgent Care Transformation – urgentcare@riversidevale.example – 01632 960 610"),
    ]
    recs = [recommendation(n, t, verb=v, addressee="Board") for n, t, v in items]
    return {
        "name": "riverside-vale-icb-board-virtual-wards-report",
        "format": "chromium-pdf",
        "meta": {"doc_title": "ICB Board – virtual wards", "title_color": "005EB8",
                 "css_font": "'Liberation Sans', sans-serif", "size": 10.5,
                 "footer": "Riverside and Vale ICB Board – 29 January 2026 – Item 11"},
        "blocks": blocks,
        "gold": dict(genre="ICB board report (recommendations in a numbered table)", kind="committee-report",
                     title="Virtual Wards: Evaluation and Future Model", authority=RIVERSIDE, date="2026-01-29",
                     meeting="ICB Board", recommendations=recs),
        "layout": "PDF (HTML → Chromium); bordered front table with shaded labels (Meeting / Session / Date / Agenda "
                  "item / Report title / Executive lead / Purpose); \"What we are asking the Board to do\" then \"The "
                  "Board is asked to:\" and a No. | Recommendation table (lower-case verbs, \"; and\"); an Options "
                  "table A–C, a \"4.3 The evaluation recommends that …\" paragraph and next-steps bullets (not items); "
                  "section numbers skip 3.",
    }


# ---------------------------------------------------------------------------
# F12. Winter resilience action plan (PDF via Chromium, landscape): a covering "The Board
#      is asked to note …" line; Ref | Proposed action | Owner(s) | Target date | RAG rating |
#      Comments/Update with section rows merged across; RAG letters whose key gives only B a
#      status; W04 removed; "01.12.2025", "by end Oct 2025", "Weekly from 1 November 2025".
# ---------------------------------------------------------------------------


def riverside_winter():
    sections = [
        ("Demand and capacity", [
            ("W01", "Open 24 additional escalation beds at Riverside General Hospital from December.",
             "Riverside and Vale Hospitals NHS Trust", "01.12.2025", "B", "Beds opened on 1 December.",
             ["Riverside and Vale Hospitals NHS Trust"], "2025-12-01", "completed"),
            ("W02", "Extend GP extended-access hours on Saturdays across all Primary Care Networks.",
             "ICB Primary Care Team\nPCN Clinical Directors", "Nov 2025", "G", "11 of 13 PCNs live.",
             ["ICB Primary Care Team", "PCN Clinical Directors"], "2025-11", None),
            ("W03", "Commission an additional 400 hours a week of home care for hospital discharge.",
             "Calderbrook County Council Adult Social Care /\nICB Continuing Healthcare", "Q3 2025/26", "A",
             "The market has capacity for 250 hours; a further tender is under way.",
             ["Calderbrook County Council Adult Social Care", "ICB Continuing Healthcare"], "2025-12", None),
        ]),
        ("Discharge and flow", [
            ("W05", "Set up a single discharge hub covering both acute sites.",
             "Director of Integrated Discharge", "", "R", "Estates space not yet identified.",
             ["Director of Integrated Discharge"], None, None),
            ("W06", "Run a daily system call at 9.30 am whenever the system is at OPEL 3 or 4.",
             "ICB System Control Centre", "Ongoing", "G", "", ["ICB System Control Centre"], None, None),
            ("W08", "Review ambulance handover delays weekly and report them to the Board.",
             "Vale Ambulance Service, Riverside and Vale Hospitals NHS Trust", "Weekly from 1 November 2025", "G",
             "Weekly reports since 3 November.",
             ["Vale Ambulance Service", "Riverside and Vale Hospitals NHS Trust"], "2025-11-01", None),
        ]),
        ("Prevention and communications", [
            ("W07", "Deliver the ‘Think Pharmacy First’ campaign across Riverside and Vale.",
             "ICB Communications & Engagement", "by end Oct 2025", "B", "Campaign ran from 6 to 31 October.",
             ["ICB Communications & Engagement"], "2025-10", "completed"),
            ("W09", "Vaccinate 80% of frontline health and care staff against flu.",
             "Trust Occupational Health leads; Care home providers", "31/01/2026", "A", "Uptake 64% at 12 December.",
             ["Trust Occupational Health leads", "Care home providers"], "2026-01-31", None),
        ]),
    ]
    table_rows, actions = [], []
    for section, rows in sections:
        table_rows.append([{"text": section, "span": 6, "bold": True, "fill": "F2F2F2"}, "<", "<", "<", "<", "<"])
        for ref, text, owner, target, rag, update, owners, due, status in rows:
            table_rows.append([ref, text, owner, target, {"text": rag, "fill": RAG_FILL[rag]}, update])
            actions.append(action(ref, text, owners, target or None, due, status))
    cover = ("The Board is asked to note progress against the winter resilience actions and the escalation of the "
             "action rated Red.")
    blocks = [
        ("p", "Riverside and Vale Integrated Care Board"),
        ("title", "Riverside and Vale Winter Resilience Plan 2025/26: Action Plan"),
        ("p", "Progress update for the Urgent and Emergency Care Board – 18 December 2025"),
        ("p", "**Recommendation:** " + cover),
        ("p", "RAG rating key: B – complete; G – on schedule; A – at risk of slipping; R – off track, escalated to the "
              "System Control Centre."),
        ("table", {"cols": [1.3, 8.0, 5.2, 3.0, 1.5, 6.0],
                   "header": ["Ref", "Proposed action", "Owner(s)", "Target date", "RAG rating", "Comments/Update"],
                   "header_fill": "BDD7EE", "rows": table_rows, "font": 9}),
        ("p", "W04 (extra NHS 111 call handlers) was withdrawn in October 2025 after national funding was confirmed "
              "for the same purpose."),
        ("p", "Urgent and Emergency Care Programme Office – uec@riversidevale.example"),
    ]
    return {
        "name": "riverside-vale-winter-resilience-action-plan",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Winter resilience action plan", "landscape": True, "title_color": "005EB8",
                 "css_font": "'DejaVu Sans', sans-serif", "size": 9.5,
                 "footer": "Riverside and Vale Urgent and Emergency Care Board – 18 December 2025"},
        "blocks": blocks,
        "gold": dict(genre="ICB winter resilience action plan with RAG ratings", kind="action-plan",
                     title="Riverside and Vale Winter Resilience Plan 2025/26: Action Plan", authority=RIVERSIDE,
                     date="2025-12-18", meeting="Urgent and Emergency Care Board",
                     recommendations=[recommendation(None, cover, verb="NOTE", addressee="Board")],
                     actions=actions),
        "layout": "PDF (HTML → Chromium), landscape; a bold \"Recommendation:\" line (\"The Board is asked to note …\"); "
                  "RAG key where only B states a status (complete); table Ref | Proposed action | Owner(s) | Target "
                  "date | RAG rating | Comments/Update with section rows merged across six columns, refs W01–W03, "
                  "W05, W06, W08, W07, W09 (W04 withdrawn, W07/W08 out of order); target dates \"01.12.2025\", "
                  "\"Nov 2025\", \"Q3 2025/26\", \"Ongoing\", \"Weekly from 1 November 2025\", \"by end Oct 2025\", "
                  "\"31/01/2026\" and one empty; owners split by a line break, \"/\" plus line break, \",\" and \";\" "
                  "(\"ICB Communications & Engagement\" is one); one empty update.",
    }


PAPERS = [fenbury_leisure, fenbury_minutes, fenbury_damp_review, ashcombe_air_quality, ashcombe_record,
          ashcombe_dashboard, calderbrook_tracker, calderbrook_carers, calderbrook_policy,
          riverside_respiratory, riverside_board, riverside_winter]
