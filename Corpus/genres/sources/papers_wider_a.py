"""Papers of the third batch, part A: six made-up papers from two invented authorities,
Tarnmouth City Council (a unitary council) and Sallowmere District Council, with the bodies
around them (Tarnshire Audit Partnership, the Safer Sallowmere Partnership Board, Tarnshire
Police, the Tarnshire Violence Reduction Unit, the Tarn Rivers Trust). People are given by
role or initials, e-mail addresses use `.example` and telephone numbers the 01632 960xxx range.

They were written without reading the pipeline (its sources, tests, pipelines or output), in
templates the earlier papers do not use. Each paper names its own split. Every gold value is
written by hand beside the words it labels; see WIDER_A.md for the choices where the rules
left room.
"""

from gold import action, decision, recommendation
from papers_fresh import grid_table

TARNMOUTH = "Tarnmouth City Council"
SALLOWMERE = "Sallowmere District Council"

GREEN, AMBER, RED, GREY = "C6EFCE", "FFEB9C", "FFC7CE", "E7E6E6"


# ---------------------------------------------------------------------------
# W1. Unitary cabinet report (PDF via LibreOffice): front-sheet table whose
#     "Recommendation(s):" row holds "That Cabinet:" and typed (a)–(d) items; the same list
#     again, Word-numbered, in a closing section 10; "Reasons for recommendation(s)" and
#     "Alternative options considered" as prose; a "… recommended that …" body paragraph.
# ---------------------------------------------------------------------------


def tarnmouth_library_report():
    items = [
        ("a", "approves the Library Service Strategy 2026–2031 set out in Appendix 1;", "APPROVES"),
        ("b", "approves the relocation of Eastgate Library to the Eastgate Community Hub, Pelham Street, from "
              "September 2026;", "APPROVES"),
        ("c", "delegates authority to the Director of Communities and Culture, in consultation with the Cabinet "
              "Member for Culture, Leisure and Libraries, to agree the opening hours of each library following the "
              "consultation described in section 6; and", "DELEGATES"),
        ("d", "notes that a report on the future of the mobile library service will be brought to Cabinet in June "
              "2026.", "NOTES"),
    ]
    label = lambda text: {"text": text, "bold": True, "fill": "DEEAF6"}
    rec_cell = {"blocks": [("p", "That Cabinet:")] + [("p", f"({n})\t{t}") for n, t, _ in items]}
    blocks = [
        ("p", "**TARNMOUTH CITY COUNCIL**"),
        ("title", "Library Service Strategy 2026–2031"),
        ("table", {"cols": [4.6, 12.4], "rows": [
            [label("Agenda item:"), "8"],
            [label("Report to:"), "Cabinet"],
            [label("Date of meeting:"), "10 December 2025"],
            [label("Report of:"), "Director of Communities and Culture"],
            [label("Cabinet Member:"), "Councillor R.T., Cabinet Member for Culture, Leisure and Libraries"],
            [label("Key decision:"), "Yes"],
            [label("Forward Plan reference:"), "TCC/KD/2025/118"],
            [label("Wards affected:"), "All wards; in particular Eastgate, Harbour and Westcliff"],
            [label("Exempt:"), "No"],
            [label("Recommendation(s):"), rec_cell],
        ]}),
        ("h", 1, "1. Purpose of the report"),
        ("p", "1.1 This report asks Cabinet to approve a new five-year strategy for the city’s eleven libraries and "
              "the move of Eastgate Library into the Eastgate Community Hub."),
        ("h", 1, "2. Reasons for recommendation(s)"),
        ("p", "2.1 The previous strategy ended in March 2025. A new strategy is needed so that the Council continues to "
              "meet its duty under the Public Libraries and Museums Act 1964 to provide a comprehensive and efficient "
              "library service."),
        ("p", "2.2 The Eastgate Library building needs £640,000 of repairs. Moving the library into the Community Hub, "
              "two hundred metres away, avoids that cost and allows the library to open on Sundays."),
        ("p", "2.3 Delegating the final opening hours allows them to reflect the results of the consultation without "
              "a further report to Cabinet."),
        ("h", 1, "3. Alternative options considered"),
        ("p", "3.1 Option A – roll forward the 2020–2025 strategy unchanged. Rejected: it does not reflect the fall in "
              "book issues and the rise in digital lending."),
        ("p", "3.2 Option B – close Eastgate and Westcliff libraries and expand the mobile library. Rejected: the "
              "consultation showed strong support for both libraries, and the Equality Impact Assessment found a "
              "disproportionate effect on older and disabled residents."),
        ("p", "3.3 Option C – repair Eastgate Library in its current building. Rejected because of the cost."),
        ("h", 1, "4. Background"),
        ("p", "4.1 Visits to Tarnmouth’s libraries have recovered to 84% of their 2019/20 level. Book issues have "
              "fallen, while e-book and e-audio loans have more than doubled."),
        ("table", {"cols": [5.0, 4.0, 4.0, 4.0], "header": ["Year", "Visits", "Book issues", "E-loans"],
                   "header_fill": "DEEAF6", "font": 10, "rows": [
                       ["2019/20", "1,142,000", "968,000", "121,000"],
                       ["2023/24", "917,000", "702,000", "248,000"],
                       ["2024/25", "959,000", "688,000", "266,000"],
                   ]}),
        ("h", 1, "5. Consultation"),
        ("p", "5.1 Public consultation on the draft strategy ran from 1 July to 30 September 2025 and received 2,318 "
              "responses. 71% of respondents agreed with the strategy’s five priorities."),
        ("p", "5.2 The Library Users’ Forum recommended that the Eastgate move should not go ahead until the Hub has a "
              "quiet study room. The Hub design has been changed to include one."),
        ("h", 1, "6. Opening hours"),
        ("p", "6.1 Three patterns of opening hours are being consulted on until 31 January 2026. Each keeps the total "
              "number of hours across the city at or above the current 412 hours a week."),
        ("h", 1, "7. Financial implications"),
        ("p", "7.1 The relocation costs £185,000, met from the Community Hubs capital budget. Running costs fall by "
              "£48,000 a year from 2027/28."),
        ("h", 1, "8. Legal implications"),
        ("p", "8.1 The Council must have regard to the Public Sector Equality Duty. The Equality Impact Assessment is "
              "at Appendix 2."),
        ("h", 1, "9. Equality implications"),
        ("p", "9.1 The Community Hub is fully accessible, unlike the current Eastgate building, which has no lift to "
              "its first floor."),
        ("h", 1, "10. Recommendation(s)"),
        ("p", "10.1 That Cabinet:"),
        ("list", "(a)", 1, [t for _, t, _ in items]),
        ("h", 2, "Background papers"),
        ("p", "Library Service Strategy consultation report, October 2025 (available from the contact officer)."),
        ("h", 2, "Appendices"),
        ("p", "Appendix 1 – Library Service Strategy 2026–2031"),
        ("p", "Appendix 2 – Equality Impact Assessment"),
        ("table", {"cols": [4.6, 12.4], "borders": False, "rows": [
            [{"text": "Contact officer:", "bold": True}, "Head of Libraries, Heritage and Archives"],
            [{"text": "Telephone:", "bold": True}, "01632 960 614"],
            [{"text": "E-mail:", "bold": True}, "libraries@tarnmouth.example"],
        ]}),
    ]
    recs = [recommendation(n, t, verb=v, addressee="Cabinet") for n, t, v in items]
    return {
        "name": "tarnmouth-cabinet-library-strategy-report",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2025-11-28", "doc_title": "Cabinet report – Library Service Strategy",
                 "author": "Communities and Culture", "font": "Liberation Sans", "size": 10.5, "title_size": 17,
                 "header": "Tarnmouth City Council – Cabinet – 10 December 2025",
                 "footer": "Library Service Strategy 2026–2031 – Cabinet report"},
        "blocks": blocks,
        "gold": dict(genre="unitary council cabinet report (Recommendation(s) row in the front sheet and a closing "
                           "section)", kind="committee-report", title="Library Service Strategy 2026–2031",
                     authority=TARNMOUTH, date="2025-12-10", meeting="Cabinet", decision_number="TCC/KD/2025/118",
                     recommendations=recs),
        "layout": "PDF (python-docx → LibreOffice), Word heading styles, running header; bordered front-sheet table "
                  "with shaded labels (Agenda item / Report to / Key decision / Forward Plan reference / Wards "
                  "affected / Exempt) whose \"Recommendation(s):\" row holds \"That Cabinet:\" and typed (a)–(d) "
                  "items (lower-case verbs, \"; and\"); \"Reasons for recommendation(s)\" and \"Alternative options "
                  "considered\" as typed 2.1/3.1 prose (not items); a \"The Library Users’ Forum recommended that …\" "
                  "paragraph (not an item); a figures table; the same four items again under \"10. "
                  "Recommendation(s)\" as a Word-numbered (a)–(d) list (listed once); borderless contact table.",
    }


# ---------------------------------------------------------------------------
# W2. Overview and scrutiny committee minutes (PDF via LibreOffice, serif): minute numbers
#     "45/25" …; "RESOLVED that …", "RESOLVED that:" with a Word-numbered (a)–(c) list,
#     "RECOMMENDED to Cabinet that:" with typed (a)/(b); a noted minute; an officer's
#     undertaking (not an action); declarations and attendance.
# ---------------------------------------------------------------------------


def tarnmouth_scrutiny_minutes():
    maker = "Place Overview and Scrutiny Committee"
    bsip = [
        "the progress on the Bus Service Improvement Plan be noted;",
        "the Director of Transport and Highways be asked to provide bus punctuality figures for each ward to all "
        "members of the Committee; and",
        "a further progress report, including evening service patronage, be brought to the Committee in June 2026.",
    ]
    parking = [
        "the charge for a first residents’ parking permit be increased to no more than £52 in 2026/27; and",
        "a half-price permit be introduced for households in which a member holds a Blue Badge.",
    ]
    minutes_text = "the minutes of the meeting held on 14 October 2025 be confirmed as a correct record and signed by the Chair."
    work_text = ("the Committee’s work programme for 2025/26 be approved, with the addition of an item on winter gritting "
                 "routes at the meeting on 20 January 2026.")
    blocks = [
        ("p", "TARNMOUTH CITY COUNCIL"),
        ("title", "Place Overview and Scrutiny Committee"),
        ("p", "MINUTES of the meeting held in the Council Chamber, the Guildhall, Tarnmouth, on Tuesday 18 November 2025 "
              "at 6.00 pm"),
        ("p", "**PRESENT:** Councillor A.C. (Chair); Councillors B.D. (Vice-Chair), E.G., H.J., K.L., M.N. and U.V. "
              "(substitute for Councillor S.T.)"),
        ("p", "**ALSO PRESENT:** Councillor P.W. (Cabinet Member for Transport and Highways)"),
        ("p", "**OFFICERS:** Director of Transport and Highways; Head of Highways; Parking Services Manager; Scrutiny "
              "Officer"),
        ("h", 3, "45/25\tAPOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
        ("p", "Apologies were received from Councillor S.T. Councillor U.V. attended as substitute."),
        ("h", 3, "46/25\tDECLARATIONS OF INTEREST"),
        ("p", "Councillor H.J. declared a personal interest in minute 49/25 as a member of the Tarnmouth Bus Users’ "
              "Group. Councillor K.L. declared a personal interest in minute 50/25 as the holder of a residents’ "
              "parking permit. Both remained in the meeting."),
        ("h", 3, "47/25\tMINUTES"),
        ("p", "RESOLVED that " + minutes_text),
        ("h", 3, "48/25\tPUBLIC QUESTIONS"),
        ("p", "One question had been submitted by a member of the public about the condition of the footway on Quay "
              "Street. The Cabinet Member for Transport and Highways replied that the footway is in the resurfacing "
              "programme for 2026/27. The question and answer are published with these minutes."),
        ("h", 3, "49/25\tBUS SERVICE IMPROVEMENT PLAN – PROGRESS REPORT"),
        ("p", "The Director of Transport and Highways presented the six-monthly progress report. Bus punctuality had "
              "improved from 81% to 86% since the Harbour Road bus lane opened, but patronage on evening services "
              "remained below its 2019 level. Members asked about the reliability of real-time information at bus "
              "stops in Westcliff ward."),
        ("p", "RESOLVED that:"),
        ("list", "(a)", 1, bsip),
        ("h", 3, "50/25\tRESIDENTS’ PARKING – FEES AND CHARGES 2026/27"),
        ("p", "The Parking Services Manager presented the proposed charges for residents’ parking permits in 2026/27, "
              "which Cabinet will consider on 10 December 2025. The proposals would raise the charge for a first "
              "permit from £45 to £60. Members were concerned about the size of the increase and its effect on "
              "disabled residents."),
        ("p", "RECOMMENDED to Cabinet that:"),
        ("p", "(a)\t" + parking[0]),
        ("p", "(b)\t" + parking[1]),
        ("h", 3, "51/25\tLED STREET LIGHTING CONVERSION – UPDATE"),
        ("p", "The Head of Highways gave a presentation on the LED street lighting programme. 18,400 of the city’s "
              "21,000 street lights had been converted, saving £610,000 a year in energy costs. The Head of Highways "
              "undertook to send members a list of the streets still to be converted."),
        ("p", "The Committee noted the update."),
        ("h", 3, "52/25\tWORK PROGRAMME 2025/26"),
        ("p", "RESOLVED that " + work_text),
        ("p", "The meeting began at 6.00 pm and ended at 8.05 pm."),
        ("p", "Signed ………………………………… Chair          Date …………………"),
    ]
    decisions = [decision("47/25", None, minutes_text, maker)]
    decisions += [decision("49/25", n, t, maker) for n, t in zip("abc", bsip)]
    decisions += [decision("50/25", n, t, maker) for n, t in zip("ab", parking)]
    decisions.append(decision("52/25", None, work_text, maker))
    return {
        "name": "tarnmouth-place-scrutiny-committee-minutes",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2025-11-21", "doc_title": "Place Overview and Scrutiny Committee minutes",
                 "author": "Democratic Services", "font": "Liberation Serif", "size": 11, "plain_headings": True,
                 "title_size": 16, "footer": "Place Overview and Scrutiny Committee – 18 November 2025"},
        "blocks": blocks,
        "gold": dict(genre="unitary council overview and scrutiny committee minutes (45/25 numbering, RESOLVED that: "
                           "and RECOMMENDED to Cabinet that:)", kind="minutes",
                     title="Place Overview and Scrutiny Committee", authority=TARNMOUTH, date="2025-11-18",
                     meeting="Place Overview and Scrutiny Committee", decisions=decisions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Serif; minute numbers 45/25–52/25 in bold capital "
                  "paragraphs (tab after the number); PRESENT / ALSO PRESENT / OFFICERS lines and two declarations "
                  "(not items); \"RESOLVED that …\" on one line; \"RESOLVED that:\" followed by a Word-numbered "
                  "(a)–(c) list; \"RECOMMENDED to Cabinet that:\" followed by typed (a)/(b) paragraphs; a public "
                  "question minute and a \"The Committee noted the update.\" minute with no resolution; an officer "
                  "\"undertook to send\" sentence (not an action); signature line.",
    }


# ---------------------------------------------------------------------------
# W3. Partnership board action notes (pandoc DOCX): one grid table Item | Discussion |
#     Action by; "It was AGREED that …" inside discussion cells; bold "ACTION:" paragraphs in
#     the discussion with the owners' initials in the Action by column (one line per action);
#     attendance as a pipe table of initials.
# ---------------------------------------------------------------------------


def sallowmere_action_notes():
    board = "Safer Sallowmere Partnership Board"
    agreed = {
        "2": "the notes of the meeting held on 6 November 2025 were an accurate record.",
        "4": "the Board supports renewal of the PSPO for a further three years and asks the District Council to "
             "consult on adding a restriction on riding e-scooters on pavements.",
        "5": "the review’s recommendation to replace the fourteen analogue cameras be taken forward, subject to the "
             "District Council’s capital bid being approved in February.",
        "7": "the refresh be led by the Tarnshire Violence Reduction Unit, with partners providing data by 31 March 2026.",
    }
    acts = {
        "heatmaps": "Share the ward-level anti-social behaviour heat maps with ward councillors by 6 February.",
        "pspo": "Draft the consultation questionnaire and circulate it to partners for comment.",
        "cctv": "Report the outcome of the capital bid to Board members by 28 February.",
        "nominate": "Nominate a representative to the task group that will draft the safe accommodation strategy.",
        "summary": "Circulate the needs assessment summary with these notes.",
    }
    rows = [
        ["1\\. Welcome and apologies",
         "RB welcomed members and introduced GN, who replaces the previous Fire and Rescue Service representative. "
         "Apologies were received from PW (Sallowmere Homes).",
         ""],
        ["2\\. Notes of the last meeting and matters arising",
         f"It was AGREED that {agreed['2']}\n\nAll actions from that meeting were complete apart from the CCTV "
         "review, which is item 5.",
         ""],
        ["3\\. Anti-social behaviour – Quarter 3",
         "DH presented the Quarter 3 report. Reports of anti-social behaviour fell by 11% on the same quarter last "
         "year but rose by 24% in Riverside ward, mostly linked to groups of young people at the skate park.\n\n"
         "KM said that the neighbourhood team had started weekly patrols at the skate park on 5 January.\n\n"
         f"**ACTION:** {acts['heatmaps']}",
         "DH"],
        ["4\\. Town centre Public Spaces Protection Order (PSPO)",
         "LH explained that the Sallowmere Town Centre PSPO expires on 30 June 2026. Incident data for the last "
         "three years supports renewal.\n\n"
         f"It was AGREED that {agreed['4']}\n\n"
         f"**ACTION:** {acts['pspo']}",
         "LH / TC"],
        ["5\\. CCTV review",
         "RB summarised the independent review of the public space CCTV system. Fourteen of the forty cameras are "
         "analogue and can no longer be repaired.\n\n"
         f"It was AGREED that {agreed['5']}\n\n"
         f"**ACTION:** {acts['cctv']}",
         "RB"],
        ["6\\. Domestic abuse – safe accommodation",
         "SF presented the findings of the safe accommodation needs assessment. Demand for refuge places from "
         "Sallowmere residents exceeds local supply by about a third.\n\n"
         f"**ACTION:** {acts['nominate']}\n\n"
         f"**ACTION:** {acts['summary']}",
         "All\n\nJE"],
        ["7\\. Serious violence duty",
         "KM updated the Board on the refresh of the serious violence strategic needs assessment, which is due by "
         f"June 2026.\n\nIt was AGREED that {agreed['7']}",
         ""],
        ["8\\. Any other business",
         "GN reminded partners that free home fire safety visits are available for residents aged over 65. No "
         "actions.",
         ""],
    ]
    md = [
        "SALLOWMERE DISTRICT COUNCIL",
        "# Safer Sallowmere Partnership Board",
        "**Action notes** of the meeting held on Thursday 22 January 2026, 2.00–4.00 pm, Council Chamber, Sallowmere "
        "House, and online",
        "| Initials | Role | Organisation |\n|:---------|:--------------------------------------|:---------------------------|\n"
        "| RB | Head of Community Safety (Chair) | Sallowmere District Council |\n"
        "| DH | Community Safety Analyst | Sallowmere District Council |\n"
        "| LH | Licensing and Enforcement Manager | Sallowmere District Council |\n"
        "| TC | Legal Services Manager | Sallowmere District Council |\n"
        "| KM | Chief Inspector, Neighbourhood Policing | Tarnshire Police |\n"
        "| GN | Group Manager, Prevention | Tarnshire Fire and Rescue Service |\n"
        "| SF | Service Manager | Sallowmere Women’s Aid |\n"
        "| JE | Partnership Support Officer (notes) | Sallowmere District Council |",
        grid_table([20, 60, 11], ["Item", "Discussion", "Action by"], rows),
        "**Date of next meeting:** Thursday 19 March 2026, 2.00 pm, Sallowmere House",
        "These notes are circulated to Board members and published on the Safer Sallowmere web page. Enquiries: "
        "safer@sallowmere.example – 01632 960 781",
    ]
    decisions = [decision(item, None, text, board) for item, text in agreed.items()]
    actions = [
        action(None, acts["heatmaps"], ["DH"], "by 6 February", "2026-02-06", None),
        action(None, acts["pspo"], ["LH", "TC"], None, None, None),
        action(None, acts["cctv"], ["RB"], "by 28 February", "2026-02-28", None),
        action(None, acts["nominate"], ["All"], None, None, None),
        action(None, acts["summary"], ["JE"], None, None, None),
    ]
    return {
        "name": "sallowmere-community-safety-partnership-action-notes",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-01-27"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="district community safety partnership action notes (Item | Discussion | Action by table)",
                     kind="minutes", title="Safer Sallowmere Partnership Board", authority=SALLOWMERE,
                     date="2026-01-22", meeting="Safer Sallowmere Partnership Board", actions=actions,
                     decisions=decisions),
        "layout": "DOCX (pandoc from Markdown); attendance as a pipe table of initials, roles and organisations; one "
                  "grid table Item | Discussion | Action by, each agenda item a row; \"It was AGREED that …\" "
                  "paragraphs inside the Discussion cells; bold \"ACTION:\" paragraphs in the Discussion cell with "
                  "the owners' initials in the Action by column (\"LH / TC\", \"All\", two actions in one row with "
                  "the initials on two lines); deadlines \"by 6 February\" / \"by 28 February\" without a year; "
                  "rows with no action leave Action by empty; a \"No actions.\" line.",
    }


# ---------------------------------------------------------------------------
# W4. Audit committee follow-up of internal audit recommendations (PDF via Chromium,
#     landscape): "The Committee is asked to:" with an (i)–(iii) list; a status key;
#     Ref | Priority | Recommendation | Management response | Responsible officer | Target
#     date | Status with audit rows merged across, status words in shaded cells followed by a
#     note; "Original: … Revised: …" dates; refs with gaps.
# ---------------------------------------------------------------------------


def sallowmere_audit_follow_up():
    status_fill = {"Implemented": GREEN, "Partially implemented": AMBER, "Not implemented": RED,
                   "Superseded": GREY, "Not yet due": None, "Risk accepted": GREY}
    status_gold = {"Implemented": "completed", "Partially implemented": "ongoing", "Not implemented": "not-started",
                   "Superseded": "superseded", "Not yet due": None, "Risk accepted": None}
    audits = [
        ("Council Tax and Business Rates (2024/25)", [
            ("CTB-01", "High",
             "Reconcile the council tax valuation list with the Valuation Office Agency schedule each month and keep "
             "evidence of the reconciliation.",
             "Agreed. The Revenues Team Leader will carry out the reconciliation each month and the Revenues Manager "
             "will check it.", "accepted",
             "Revenues Manager", "31/03/2025", "Implemented",
             "Reconciled every month since February 2025; evidence seen by Internal Audit.",
             ["Revenues Manager"], "2025-03-31"),
            ("CTB-03", "Medium",
             "Review every single person discount that has not been checked for more than three years.",
             "Agreed. The review will be run with the Council’s data-matching provider.", "accepted",
             "Revenues Manager /\nRevenues Team Leader", "Original: 30/06/2025\nRevised: 31/03/2026",
             "Partially implemented",
             "Review letters sent to 2,140 households; 310 discounts removed so far.",
             ["Revenues Manager", "Revenues Team Leader"], "2026-03-31"),
        ]),
        ("Procurement and Contract Management (2024/25)", [
            ("PCM-01", "High",
             "Publish the contracts register every quarter, as the Local Government Transparency Code requires.",
             "Agreed.", "accepted",
             "Procurement Manager", "Sept 2025", "Implemented",
             "Register published each quarter since July 2025.",
             ["Procurement Manager"], "2025-09"),
            ("PCM-02", "High",
             "Make sure that every contract worth more than £25,000 has a named contract manager recorded on the "
             "contracts register.",
             "Agreed in part. Contracts worth more than £100,000 will have a named contract manager; for smaller "
             "contracts the budget holder will be recorded.", "partially-accepted",
             "Procurement Manager,\nHeads of Service", "Dec 2025", "Partially implemented",
             "Contract managers named for 41 of the 48 contracts worth more than £100,000.",
             ["Procurement Manager", "Heads of Service"], "2025-12"),
            ("PCM-04", "Medium",
             "Introduce a waiver form that records why quotes were not sought and is signed by the Section 151 "
             "Officer.",
             "Agreed. The form will be added to the Contract Procedure Rules.", "accepted",
             "Procurement Manager", "Original: Sept 2025\nRevised: June 2026", "Not implemented",
             "Waiting for the revised Contract Procedure Rules, which go to Council in May 2026.",
             ["Procurement Manager"], "2026-06"),
            ("PCM-05", "Low",
             "Train budget holders in the requirements of the Procurement Act 2023.",
             "Agreed.", "accepted",
             "Procurement Manager / HR Learning and Development", "28/02/2026", "Not yet due", "",
             ["Procurement Manager", "HR Learning and Development"], "2026-02-28"),
        ]),
        ("Housing Benefit Overpayments (2023/24)", [
            ("HBO-02", "Medium",
             "Recover overpayments from ongoing benefit at the highest rate allowed unless the claimant shows "
             "hardship.",
             "Agreed.", "accepted",
             "Benefits Manager", "31/12/2024", "Superseded",
             "Overtaken by the move of working-age claimants to Universal Credit; closed with the agreement of the "
             "Audit Manager.",
             ["Benefits Manager"], "2024-12-31"),
            ("HBO-03", "Low",
             "Report every write-off above £1,000 to the Audit and Governance Committee.",
             "Not agreed. Write-offs above £5,000 are already reported to Cabinet in the quarterly budget monitoring "
             "report, and the Section 151 Officer accepts the remaining risk.", "rejected",
             "Section 151 Officer", "N/A", "Risk accepted", "",
             ["Section 151 Officer"], None),
        ]),
    ]
    table_rows, recs = [], []
    for audit, rows in audits:
        table_rows.append([{"text": audit, "span": 7, "bold": True, "fill": "D6DCE4"}] + ["<"] * 6)
        for (ref, priority, text, response, decided, officer, target, status, note, owners, due) in rows:
            status_text = f"**{status}**" + (f"\n{note}" if note else "")
            status_cell = {"text": status_text}
            if status_fill[status]:
                status_cell["fill"] = status_fill[status]
            table_rows.append([ref, priority, text, response, officer, target, status_cell])
            recs.append(recommendation(ref, text, verb=text.split(" ")[0].upper(), theme=audit, owners=owners,
                                       due=due, timeframe=None if target == "N/A" else target,
                                       status=status_gold[status], response=response, decision=decided,
                                       progress=note or None))
    cover = [
        ("i", "note the progress made by management in implementing agreed internal audit recommendations, as set out "
              "in Appendix A;", "NOTE"),
        ("ii", "approve the revised target dates for recommendations CTB-03 and PCM-04; and", "APPROVE"),
        ("iii", "agree that recommendations marked Implemented, Superseded or Risk accepted are removed from future "
                "reports.", "AGREE"),
    ]
    blocks = [
        ("p", "**SALLOWMERE DISTRICT COUNCIL**"),
        ("p", "Audit and Governance Committee – 27 January 2026 – Agenda item 7"),
        ("title", "Internal Audit: Follow-up of Agreed Recommendations"),
        ("table", {"cols": [4.5, 20.5], "borders": False, "rows": [
            [{"text": "Report of:", "bold": True}, "Audit Manager, Tarnshire Audit Partnership"],
            [{"text": "Lead officer:", "bold": True}, "Director of Finance and Resources (Section 151 Officer)"],
            [{"text": "Wards:", "bold": True}, "Not applicable"],
            [{"text": "Exempt:", "bold": True}, "No"],
        ]}),
        ("h", 2, "1. Recommendations"),
        ("p", "The Committee is asked to:"),
        ("list", "i.", 1, [t for _, t, _ in cover]),
        ("h", 2, "2. Background"),
        ("p", "2.1 Internal Audit follows up every agreed recommendation when its target date has passed. "
              "Recommendations stay in this report until they are implemented, superseded or the risk is formally "
              "accepted."),
        ("p", "2.2 Recommendations CTB-02 and PCM-03 were reported as implemented to the Committee in October 2025 "
              "and have been removed, so the references have gaps."),
        ("h", 2, "3. Summary"),
        ("table", {"cols": [8.0, 4.0, 4.0, 3.0, 3.0, 3.0],
                   "header": ["Audit", "Final report", "Assurance opinion", "Agreed", "Closed", "Still open"],
                   "header_fill": "D6DCE4", "font": 9.5, "rows": [
                       ["Council Tax and Business Rates (2024/25)", "March 2025", "Reasonable", "3", "2", "1"],
                       ["Procurement and Contract Management (2024/25)", "May 2025", "Limited", "5", "2", "3"],
                       ["Housing Benefit Overpayments (2023/24)", "November 2024", "Reasonable", "3", "3", "0"],
                   ]}),
        ("h", 2, "4. Overdue recommendations"),
        ("p", "4.1 Two recommendations are past their original target dates. Management has asked for revised dates "
              "for CTB-03 and PCM-04. The Audit Manager recommends that the Committee invites the Procurement Manager "
              "to its March meeting to explain the delay to PCM-04."),
        ("h", 2, "5. Status key"),
        ("p", "**Implemented** – fully in place and evidence seen by Internal Audit. **Partially implemented** – part "
              "of the agreed action is in place and work on the rest is under way. **Not implemented** – no agreed "
              "action has been taken yet. **Not yet due** – the target date has not been reached. **Superseded** – no "
              "longer relevant because the system has changed or a later audit has replaced it. **Risk accepted** – "
              "management did not agree the recommendation and has formally accepted the risk."),
        ("h", 2, "Appendix A – Agreed internal audit recommendations: status at 9 January 2026"),
        ("table", {"cols": [1.8, 1.7, 6.2, 6.0, 3.4, 2.6, 4.6],
                   "header": ["Ref", "Priority", "Recommendation", "Management response", "Responsible officer",
                              "Target date", "Status"],
                   "header_fill": "8EA9DB", "font": 8.5, "rows": table_rows}),
        ("p", "Report author: Audit Manager, Tarnshire Audit Partnership – audit@sallowmere.example – 01632 960 795"),
        ("p", "Background papers: internal audit reports on Council Tax and Business Rates (March 2025), Procurement "
              "and Contract Management (May 2025) and Housing Benefit Overpayments (November 2024)."),
    ]
    recs = [recommendation(n, t, verb=v, addressee="Committee") for n, t, v in cover] + recs
    return {
        "name": "sallowmere-audit-recommendations-follow-up",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Internal audit follow-up", "landscape": True, "title_color": "203864",
                 "css_font": "'DejaVu Sans', sans-serif", "size": 10,
                 "footer": "Sallowmere District Council – Audit and Governance Committee – 27 January 2026"},
        "blocks": blocks,
        "gold": dict(genre="district audit and governance committee report following up internal audit "
                           "recommendations (Ref | Priority | Recommendation | Management response | Responsible "
                           "officer | Target date | Status)", kind="tracker",
                     title="Internal Audit: Follow-up of Agreed Recommendations", authority=SALLOWMERE,
                     date="2026-01-27", meeting="Audit and Governance Committee", recommendations=recs),
        "layout": "PDF (HTML → Chromium), landscape; borderless front lines; \"The Committee is asked to:\" with an "
                  "HTML-numbered i.–iii. list (lower-case verbs, \"; and\"); a summary table of audits and a \"The "
                  "Audit Manager recommends that the Committee invites …\" paragraph (not items); a status key in one "
                  "paragraph with bold words; then a table Ref | Priority | Recommendation | Management "
                  "response | Responsible officer | Target date | Status with audit rows merged across seven columns, "
                  "refs CTB-01, CTB-03, PCM-01, PCM-02, PCM-04, PCM-05, HBO-02, HBO-03 (gaps), management responses "
                  "opening \"Agreed.\" / \"Agreed in part.\" / \"Not agreed.\", owners split by \"/\" plus line "
                  "break, \",\" plus line break and \" / \"; target dates \"31/03/2025\", \"Sept 2025\", \"Dec "
                  "2025\", \"28/02/2026\", \"N/A\" and \"Original: … ⏎ Revised: …\"; status words (Implemented, "
                  "Partially implemented, Not implemented, Not yet due, Superseded, Risk accepted) in bold in shaded "
                  "cells, followed by a note on a new line (two without a note).",
    }


# ---------------------------------------------------------------------------
# W5. Executive response written as prose (pandoc → LibreOffice PDF): "Recommendation N:"
#     paragraphs followed by "Response:", "Lead officer:" and "Timescale:" paragraphs; one
#     response in two paragraphs; a covering "Cabinet is recommended to agree …" sentence.
# ---------------------------------------------------------------------------


def tarnmouth_parks_response():
    # (number, recommendation, response paragraphs, lead, timescale, gold)
    items = [
        ("1", "Adopt a Parks and Green Spaces Strategy by the end of 2026 that sets a quality standard for every park.",
         ["Agreed. A draft strategy will go out to consultation in summer 2026 and will be brought to Cabinet for "
          "adoption in December 2026."],
         "Head of Parks and Green Spaces", "December 2026",
         dict(verb="ADOPT", decision="accepted", owners=["Head of Parks and Green Spaces"], due="2026-12")),
        ("2", "Reinstate the park ranger service in the city’s three largest parks.",
         ["Partially agreed. Two rangers will be recruited for Castle Park and Tarn Valley Park, paid for from car "
          "parking income at Tarn Valley Park. There is no funding for a ranger at Westcliff Gardens."],
         "Head of Parks and Green Spaces / HR Business Partner", "Quarter 1 2026/27",
         dict(verb="REINSTATE", decision="partially-accepted",
              owners=["Head of Parks and Green Spaces", "HR Business Partner"], due="2026-06")),
        ("3", "Stop using glyphosate-based weedkillers on all Council land.",
         ["Not agreed. Glyphosate use has fallen by 70% since 2022 and has stopped in all play areas. A complete ban "
          "would leave some hard surfaces and highways unsafe and would cost about £240,000 a year in extra manual "
          "weeding."],
         "Not applicable", "Not applicable",
         dict(verb="STOP", decision="rejected", owners=[], due=None, timeframe=None)),
        ("4", "Publish an annual report on the condition of play areas, with the inspection results for each site.",
         ["Agreed. The first report will cover 2025/26 and will be published on the Council’s website."],
         "Parks Asset Manager", "From April 2026 and annually thereafter",
         dict(verb="PUBLISH", decision="accepted", owners=["Parks Asset Manager"], due="2026-04")),
        ("5", "The Council should work with the Tarn Rivers Trust to create two new wetland areas in Tarn Valley Park.",
         ["Agreed. The Council and the Trust submitted a joint bid to the Water Restoration Fund in November 2025."],
         "Biodiversity Officer, Tarn Rivers Trust", "2026/27",
         dict(verb="WORK", addressee="Council", decision="accepted",
              owners=["Biodiversity Officer", "Tarn Rivers Trust"], due="2027-03")),
        ("6", "Give each Friends of Parks group a single named contact in the Parks service.",
         ["Agreed. This has been in place since October 2025, and every group has been told who its contact is."],
         "Community Parks Officer", "Completed",
         dict(verb="GIVE", decision="accepted", owners=["Community Parks Officer"], due=None, timeframe=None,
              status="completed")),
        ("7", "Review the charges for sports pitches so that clubs for under-18s pay no more than they did in 2024/25.",
         ["Partially agreed.",
          "Junior pitch charges will be frozen for 2026/27. Charges from 2027/28 onwards will be set in the annual "
          "fees and charges review, which has to balance them against the cost of maintaining the pitches."],
         "Sport and Leisure Development Manager", "April 2026",
         dict(verb="REVIEW", decision="partially-accepted", owners=["Sport and Leisure Development Manager"],
              due="2026-04")),
        ("8", "Install drinking water fountains in every park with a play area.",
         ["Partially agreed. Fountains will be installed in the eight parks that have a splash pad or sports pitches "
          "and a water supply. Other parks will be considered as part of the strategy in Recommendation 1."],
         "Parks Asset Manager", "End of September 2026",
         dict(verb="INSTALL", decision="partially-accepted", owners=["Parks Asset Manager"], due="2026-09")),
    ]
    cover = ("Cabinet is recommended to agree the responses to the eight recommendations of the Environment and Climate "
             "Scrutiny Commission set out in section 3 of this report, and to ask the Director of Environment and "
             "Regeneration to report progress to the Commission in July 2026.")
    md = [
        "**TARNMOUTH CITY COUNCIL**",
        "Cabinet – Wednesday 14 January 2026 – Agenda item 11",
        "# Executive Response to the Environment and Climate Scrutiny Commission’s Review of Parks and Green Spaces",
        "| Report of: Cabinet Member for Environment and Climate\n"
        "| Lead director: Director of Environment and Regeneration\n"
        "| Key decision: No\n"
        "| Exempt: No\n"
        "| Wards: All",
        "## Recommendation",
        cover,
        "## 1. Background",
        "1.1 The Environment and Climate Scrutiny Commission reviewed the city’s parks and green spaces between March "
        "and September 2025. Its report, with eight recommendations, was received by Cabinet on 15 October 2025.",
        "1.2 Under the Council’s Constitution, Cabinet must respond to scrutiny recommendations within three months, "
        "saying whether each is agreed and, if it is, who will carry it out and by when.",
        "## 2. Summary of the responses",
        "| Agreed | Partially agreed | Not agreed |\n|:-------|:-----------------|:-----------|\n| 4 | 3 | 1 |",
        "## 3. Responses to the recommendations",
    ]
    recs = [recommendation(None, cover, verb="AGREE", addressee="Cabinet")]
    for number, text, response, lead, timescale, g in items:
        md.append(f"**Recommendation {number}:** {text}")
        md.append(f"**Response:** {response[0]}")
        md += response[1:]
        md.append(f"**Lead officer:** {lead}")
        md.append(f"**Timescale:** {timescale}")
        recs.append(recommendation(number, text, verb=g["verb"], addressee=g.get("addressee"), owners=g["owners"],
                                   due=g["due"], timeframe=g.get("timeframe", timescale), status=g.get("status"),
                                   response=" ".join(response), decision=g["decision"]))
    md += [
        "## 4. Financial implications",
        "4.1 The two ranger posts cost £78,000 a year and are met from car parking income. The water fountains cost "
        "£56,000 from the parks capital budget. The other responses are met from existing budgets.",
        "## 5. Legal implications",
        "5.1 There are no direct legal implications. Any change to the use of weedkillers must follow the Control of "
        "Pesticides Regulations.",
        "**Background papers:** Report of the Environment and Climate Scrutiny Commission – Review of Parks and Green "
        "Spaces, October 2025.",
        "**Contact officer:** Head of Parks and Green Spaces – parks@tarnmouth.example – 01632 960 655",
    ]
    return {
        "name": "tarnmouth-cabinet-response-parks-review",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-01-05"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="unitary council executive response to a scrutiny review, written as prose "
                           "(Recommendation N: / Response: / Lead officer: / Timescale:)", kind="executive-response",
                     title="Executive Response to the Environment and Climate Scrutiny Commission’s Review of Parks "
                           "and Green Spaces",
                     authority=TARNMOUTH, date="2026-01-14", meeting="Cabinet", recommendations=recs),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's default styles; front details as a line "
                  "block (Report of / Lead director / Key decision / Exempt / Wards); an unnumbered \"Recommendation\" "
                  "heading with one \"Cabinet is recommended to agree …\" sentence; a summary pipe table of counts "
                  "(not items); no response table: each recommendation a bold-labelled \"Recommendation N:\" "
                  "paragraph followed by \"Response:\", \"Lead officer:\" and \"Timescale:\" paragraphs; responses "
                  "opening \"Agreed.\", \"Partially agreed.\", \"Not agreed.\", one response in two paragraphs; one "
                  "\"The Council should …\" recommendation; leads with \" / \" and \", \"; \"Not applicable\" lead "
                  "and timescale; timescales \"December 2026\", \"Quarter 1 2026/27\", \"From April 2026 and annually "
                  "thereafter\", \"2026/27\", \"Completed\", \"April 2026\", \"End of September 2026\".",
    }


# ---------------------------------------------------------------------------
# W6. Nothing to find: members' information bulletin (DOCX): front table whose
#     "Recommendation(s):" row says "None – for information only"; figures table; warm
#     spaces bullets with dates; a Word-numbered "Next steps" list of imperative sentences
#     without owners or dates.
# ---------------------------------------------------------------------------


def sallowmere_members_bulletin():
    label = lambda text: {"text": text, "bold": True, "fill": "E2EFD9"}
    blocks = [
        ("p", "Sallowmere District Council"),
        ("title", "Cost of Living Support: Winter 2025/26"),
        ("p", "**Members’ Information Bulletin**"),
        ("table", {"cols": [4.5, 12.5], "rows": [
            [label("Bulletin number:"), "MIB 2025/19"],
            [label("Date issued:"), "5 December 2025"],
            [label("From:"), "Head of Revenues and Benefits"],
            [label("Cabinet Member:"), "Cabinet Member for Finance and Customer Services"],
            [label("Wards:"), "All"],
            [label("Purpose:"), "For information"],
            [label("Recommendation(s):"), "None – for information only. This bulletin does not ask for a decision."],
        ]}),
        ("h", 1, "1. Summary"),
        ("p", "This bulletin tells councillors what help is available to residents this winter, how much of the "
              "Household Support Fund has been spent and where the warm spaces are. Councillors may find it useful "
              "when residents contact them."),
        ("h", 1, "2. Household Support Fund"),
        ("p", "The Council received £612,000 from the Household Support Fund for April 2025 to March 2026. By 30 "
              "November 2025, £388,400 (63%) had been paid out."),
        ("table", {"cols": [7.0, 3.3, 3.4, 3.3], "header": ["Strand", "Allocation", "Paid to 30 November",
                                                           "Households helped"],
                   "header_fill": "A8D08D", "font": 10, "rows": [
                       ["Food vouchers for families with children (school holidays)", "£240,000", "£176,500", "1,412"],
                       ["Energy and water bills (application-based)", "£210,000", "£131,900", "744"],
                       ["Essential household items", "£82,000", "£40,000", "206"],
                       ["Grants to food banks and community pantries", "£80,000", "£40,000", "9 groups"],
                   ]}),
        ("h", 1, "3. Warm spaces"),
        ("p", "Fourteen warm spaces are open this winter, run by parish councils, churches and community groups with "
              "small grants from the Council. They include:"),
        ("list", "bullet", 1, [
            "Sallowmere Library – Monday to Saturday, 9.30 am to 5.00 pm, from 3 November 2025 to 28 March 2026;",
            "St Edmund’s Church Hall, Brinkley – Tuesdays and Thursdays, 10.00 am to 2.00 pm;",
            "Hatherby Village Hall – Wednesdays, 11.00 am to 3.00 pm, with a free hot lunch.",
        ]),
        ("p", "The full list, with opening times, is on the Council’s website and in every library."),
        ("h", 1, "4. What residents have told us"),
        ("p", "A short survey of warm space visitors in November 2025 had 163 replies. Most visitors came for company "
              "as much as for warmth, and a third said that they would not otherwise speak to anyone that day."),
        ("h", 1, "5. Next steps"),
        ("list", "1.", 1, [
            "Continue to promote the Household Support Fund through social media, parish newsletters and the "
            "Sallowmere News.",
            "Review take-up of the Fund by ward, so that promotion can be aimed where take-up is lowest.",
            "Share the findings of the warm spaces survey with the Sallowmere Community Network.",
            "Report the final spend of the Fund in the annual Revenues and Benefits performance summary.",
        ]),
        ("h", 1, "6. Further information"),
        ("p", "Benefits Manager, Sallowmere District Council, Sallowmere House, Market Street, Sallowmere – "
              "benefits@sallowmere.example – 01632 960 733"),
        ("p", "Members’ Information Bulletins are not reports to a meeting and are not debated. Leaflets about the "
              "Fund are available from Customer Services at Sallowmere House."),
    ]
    return {
        "name": "sallowmere-members-bulletin-cost-of-living",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2025-12-05", "doc_title": "Members’ Information Bulletin 2025/19",
                 "author": "Revenues and Benefits", "font": "Trebuchet MS", "size": 10.5, "title_size": 16,
                 "title_color": "375623", "header": "Members’ Information Bulletin MIB 2025/19",
                 "footer": "Sallowmere District Council – Members’ Information Bulletin"},
        "blocks": blocks,
        "gold": dict(genre="district members' information bulletin (nothing to extract)", kind="other",
                     title="Cost of Living Support: Winter 2025/26", authority=SALLOWMERE, date="2025-12-05",
                     meeting=None),
        "layout": "DOCX, Trebuchet MS, Word heading styles, running header; bordered front table with shaded labels "
                  "whose \"Recommendation(s):\" row says \"None – for information only\"; a figures table with a "
                  "green header; warm-space bullets with dates; a Word-numbered \"5. Next steps\" list of four "
                  "imperative sentences without owners or dates (not actions or recommendations); contact line.",
    }


PAPERS = [tarnmouth_library_report, tarnmouth_scrutiny_minutes, sallowmere_action_notes,
          sallowmere_audit_follow_up, tarnmouth_parks_response, sallowmere_members_bulletin]
