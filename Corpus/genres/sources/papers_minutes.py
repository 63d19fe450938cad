"""Minutes in non-Kent styles, and two papers with nothing to find (made-up)."""

from gold import action, decision

# ---------------------------------------------------------------------------
# 14. Health and Wellbeing Board minutes (DOCX): "RESOLVED: That …" with typed (1)–(3)
#     and (a)/(b) parts, "Action: X to … by 1 May" lines, a "noted" item without RESOLVED.
# ---------------------------------------------------------------------------


def hwb_minutes():
    board = "Westshire Health and Wellbeing Board"
    blocks = [
        ("p", "Westshire County Council"),
        ("title", "Westshire Health and Wellbeing Board"),
        ("p", "Minutes of the meeting held on Thursday 6 March 2025 at 2.00 pm in the Council Chamber, County Hall, "
              "Westbury"),
        ("p", "**Present:** Councillor P. Ashdown (Chair), Councillor M. Kerr, Director of Public Health, Director of "
              "Children’s Services, Director of Adult Social Care, Chief Executive of Harbourside ICB, Healthwatch "
              "Westshire representative"),
        ("p", "**Also present:** Head of Integrated Commissioning, Public Health Intelligence Manager, Democratic "
              "Services Officer"),
        ("h", 2, "21. Apologies and substitutes"),
        ("p", "Apologies were received from Councillor D. Fenwick and the Chief Constable’s representative."),
        ("h", 2, "22. Declarations of interest"),
        ("p", "There were no declarations of interest."),
        ("h", 2, "23. Minutes of the previous meeting"),
        ("p", "**RESOLVED:** That the minutes of the meeting held on 5 December 2024 be agreed as a correct record and "
              "signed by the Chair."),
        ("h", 2, "24. Joint Local Health and Wellbeing Strategy: annual progress report"),
        ("p", "The Director of Public Health introduced the first annual report on the Strategy. Healthy life expectancy "
              "had not yet improved, but smoking in pregnancy and childhood immunisation rates were moving in the right "
              "direction. Members asked for clearer measures for the mental health priority."),
        ("p", "**RESOLVED:** That the Board:"),
        ("p", "(1) notes the progress made in the first year of the Strategy;"),
        ("p", "(2) agrees the three priority areas for 2025/26 set out in paragraph 4 of the report; and"),
        ("p", "(3) asks the Director of Public Health to bring a refreshed outcomes framework to the July meeting."),
        ("p", "**Action:** Director of Public Health to circulate the draft outcomes framework to Board members by 1 May."),
        ("h", 2, "25. Children’s Oral Health Needs Assessment"),
        ("p", "The Consultant in Dental Public Health presented the needs assessment and its seven recommendations. The "
              "Board discussed water fluoridation at length."),
        ("p", "**RESOLVED:** That the recommendations of the Children’s Oral Health Needs Assessment be endorsed."),
        ("p", "**Action:** HW/JP to arrange a development session on water fluoridation for Board members."),
        ("h", 2, "26. Better Care Fund: Quarter 3 return"),
        ("p", "**RESOLVED:** That the Better Care Fund Quarter 3 return, submitted under delegated authority on 7 "
              "February 2025, be ratified."),
        ("p", "**Action:** Head of Integrated Commissioning to report spending of the discharge fund by the next meeting."),
        ("h", 2, "27. Pharmaceutical Needs Assessment 2025"),
        ("p", "**RESOLVED:** That"),
        ("p", "(a) the draft Pharmaceutical Needs Assessment be approved for a 60-day public consultation; and"),
        ("p", "(b) authority be delegated to the Director of Public Health to approve the final Assessment for "
              "publication by 1 October 2025."),
        ("p", "**Action:** Public Health Intelligence Manager / Communications to publicise the consultation by 31 March 2025."),
        ("h", 2, "28. Forward plan"),
        ("p", "The Board noted the forward plan and asked for the Better Care Fund plan 2025/26 to come to the July meeting."),
        ("p", "The meeting closed at 4.10 pm."),
        ("p", "Chair ……………………………………"),
    ]
    decisions = [
        decision("23", None, "the minutes of the meeting held on 5 December 2024 be agreed as a correct record and signed by the Chair.", board),
        decision("24", "1", "notes the progress made in the first year of the Strategy;", board),
        decision("24", "2", "agrees the three priority areas for 2025/26 set out in paragraph 4 of the report; and", board),
        decision("24", "3", "asks the Director of Public Health to bring a refreshed outcomes framework to the July meeting.", board),
        decision("25", None, "the recommendations of the Children’s Oral Health Needs Assessment be endorsed.", board),
        decision("26", None, "the Better Care Fund Quarter 3 return, submitted under delegated authority on 7 February 2025, be ratified.", board),
        decision("27", "a", "the draft Pharmaceutical Needs Assessment be approved for a 60-day public consultation; and", board),
        decision("27", "b", "authority be delegated to the Director of Public Health to approve the final Assessment for publication by 1 October 2025.", board),
    ]
    actions = [
        action(None, "Director of Public Health to circulate the draft outcomes framework to Board members by 1 May.",
               ["Director of Public Health"], "by 1 May", "2025-05-01", None),
        action(None, "HW/JP to arrange a development session on water fluoridation for Board members.",
               ["HW", "JP"], None, None, None),
        action(None, "Head of Integrated Commissioning to report spending of the discharge fund by the next meeting.",
               ["Head of Integrated Commissioning"], "by the next meeting", None, None),
        action(None, "Public Health Intelligence Manager / Communications to publicise the consultation by 31 March 2025.",
               ["Public Health Intelligence Manager", "Communications"], "by 31 March 2025", "2025-03-31", None),
    ]
    return {
        "name": "westshire-health-and-wellbeing-board-minutes",
        "format": "docx",
        "meta": {"created": "2025-03-12", "doc_title": "HWB minutes", "author": "Democratic Services",
                 "font": "Arial", "size": 11, "footer": "Westshire Health and Wellbeing Board – 6 March 2025"},
        "blocks": blocks,
        "gold": dict(genre="Health and Wellbeing Board minutes (RESOLVED: That … and Action: lines)",
                     kind="minutes", title="Westshire Health and Wellbeing Board",
                     authority="Westshire County Council", date="2025-03-06",
                     meeting="Westshire Health and Wellbeing Board", actions=actions, decisions=decisions),
        "layout": "DOCX; minute numbers 21–28 in Heading 2 titles; bold \"RESOLVED:\" with \"That …\" on the same "
                  "line, or \"That the Board:\" / \"That\" followed by typed (1)–(3) and (a)/(b) part paragraphs; "
                  "bold \"Action:\" lines with owners as roles, initials split by \"/\" and \"by 1 May\" / \"by the "
                  "next meeting\" / \"by 31 March 2025\"; a \"The Board noted …\" item with no RESOLVED; attendance "
                  "and apologies with councillors' initials (not items).",
    }


# ---------------------------------------------------------------------------
# 15. Place partnership board notes (PDF via Chromium): "AGREED that", "Decision:",
#     inline "Action:" lines and an action log table Action | Owner | Deadline | Status.
# ---------------------------------------------------------------------------


def place_minutes():
    board = "Harbourside Place Partnership Board"
    log = [
        ("07/24", "Circulate the revised Place Partnership terms of reference.", "Place Director", "31 March 2025",
         "Complete", ["Place Director"], "2025-03-31", "completed"),
        ("11/24", "Agree a data-sharing agreement with the three Primary Care Networks.",
         "Head of Digital /\nPCN Clinical Directors", "Q1 2025/26", "In progress",
         ["Head of Digital", "PCN Clinical Directors"], "2025-06", "ongoing"),
        ("02/25", "Present the refreshed carers’ strategy.", "Harbourside Council Adult Social Care", "July 2025",
         "Not started", ["Harbourside Council Adult Social Care"], "2025-07", "not-started"),
        ("03/25", "Arrange a visit for members to the urgent treatment centre.", "Partnership Manager", "", "Deferred",
         ["Partnership Manager"], None, "deferred"),
    ]
    blocks = [
        ("p", "Harbourside Integrated Care Board"),
        ("title", "Harbourside Place Partnership Board"),
        ("p", "Notes and decisions of the meeting held on 14 May 2025, 10.00–12.00, Harbourside Civic Centre and MS Teams"),
        ("table", {"cols": [4, 13], "borders": False, "rows": [
            ["Chair:", "Place Director, Harbourside ICB"],
            ["Members:", "Director of Adult Social Care (Harbourside Council); Clinical Director, North PCN; "
                         "Chief Executive, Harbourside Voluntary Action; Healthwatch Harbourside"],
            ["In attendance:", "RM – Frailty Programme Lead; Partnership Manager (notes)"],
        ]}),
        ("h", 2, "1. Welcome and apologies"),
        ("p", "The Chair welcomed members. Apologies from the Clinical Director, South PCN."),
        ("h", 2, "2. Notes of the last meeting and action log"),
        ("p", "AGREED that the notes of the meeting on 12 March 2025 were an accurate record. The action log was reviewed "
              "(see below)."),
        ("h", 2, "3. Winter 2024/25 review"),
        ("p", "The Board discussed the lessons-learned report. Discharge delays had fallen by 18% compared with the "
              "previous winter."),
        ("p", "Decision: The Board approved the winter lessons-learned report and its four recommendations for winter "
              "2025/26."),
        ("h", 2, "4. Frailty virtual ward"),
        ("p", "RM presented the case for a frailty virtual ward in the North locality."),
        ("p", "AGREED that a frailty virtual ward pilot be set up in the North locality from September 2025, funded from "
              "the Place discretionary budget."),
        ("p", "Action: RM to share the frailty pilot specification with members by 30 June."),
        ("h", 2, "5. Community health checks"),
        ("p", "Members discussed low uptake of health checks in the coastal wards. No decision was needed."),
        ("p", "Action: Place Director to write to the three Primary Care Networks about uptake."),
        ("h", 2, "6. Any other business"),
        ("p", "None. Next meeting: 9 July 2025."),
        ("h", 2, "Action log"),
        ("table", {"cols": [1.6, 7.0, 4.2, 2.4, 2.2], "header": ["No.", "Action", "Owner", "Deadline", "Status"],
                   "header_fill": None, "font": 9.5,
                   "rows": [[n, t, o, d, s] for n, t, o, d, s, *_ in log]}),
    ]
    decisions = [
        decision("2", None, "the notes of the meeting on 12 March 2025 were an accurate record.", board),
        decision("3", None, "The Board approved the winter lessons-learned report and its four recommendations for winter 2025/26.", board),
        decision("4", None, "a frailty virtual ward pilot be set up in the North locality from September 2025, funded from the Place discretionary budget.", board),
    ]
    actions = [
        action(None, "RM to share the frailty pilot specification with members by 30 June.", ["RM"], "by 30 June",
               "2025-06-30", None),
        action(None, "Place Director to write to the three Primary Care Networks about uptake.", ["Place Director"],
               None, None, None),
    ] + [action(n, t, owners, d or None, due, status) for n, t, o, d, s, owners, due, status in log]
    return {
        "name": "harbourside-place-partnership-board-notes",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Place Partnership Board notes", "title_color": "005EB8",
                 "footer": "Harbourside Place Partnership Board – 14 May 2025 – notes"},
        "blocks": blocks,
        "gold": dict(genre="partnership board notes (AGREED that / Decision: / Action: lines and an action log)",
                     kind="minutes", title="Harbourside Place Partnership Board",
                     authority="Harbourside Integrated Care Board", date="2025-05-14",
                     meeting="Harbourside Place Partnership Board", actions=actions, decisions=decisions),
        "layout": "PDF (HTML → Chromium); borderless attendance table; plain-text \"AGREED that …\" and "
                  "\"Decision: …\" lines inside paragraphs; \"Action: RM to … by 30 June\" lines; a closing action "
                  "log (No. | Action | Owner | Deadline | Status) without header shading, labels like \"07/24\", an "
                  "owner cell with \"/\" and a line break, an empty Deadline.",
    }


# ---------------------------------------------------------------------------
# 16. Nothing to find: partnership newsletter (PDF via Chromium) with a figures table,
#     "What happens next" bullets without owners and a contact block.
# ---------------------------------------------------------------------------


def newsletter():
    blocks = [
        ("p", "Northbridge Borough Council"),
        ("title", "Safer Northbridge: Community Safety Partnership Update"),
        ("p", "Issue 12 – April 2025"),
        ("h", 2, "Welcome"),
        ("p", "Welcome to the spring update from the Safer Northbridge Partnership. In this issue: a fall in burglary, the "
              "new town centre night marshals, and how to join our Neighbourhood Watch network."),
        ("h", 2, "The year in figures"),
        ("table", {"cols": [6, 3, 3, 3], "header": ["Crime type", "2023/24", "2024/25", "Change"],
                   "header_fill": "E2EFDA", "rows": [
                       ["Residential burglary", "612", "498", "−19%"],
                       ["Vehicle crime", "1,104", "1,061", "−4%"],
                       ["Anti-social behaviour incidents", "3,870", "3,512", "−9%"],
                       ["Shoplifting", "1,540", "1,893", "+23%"],
                       ["Total recorded crime", "14,215", "13,887", "−2%"],
                   ]}),
        ("h", 2, "Night marshals"),
        ("p", "Since November, six night marshals have patrolled the town centre on Friday and Saturday nights. They have "
              "helped more than 300 people get home safely."),
        ("h", 2, "What happens next"),
        ("list", "bullet", 1, [
            "The Partnership Plan for 2025–2028 will be published in the summer.",
            "Shoplifting will be a focus for the town centre business forum.",
            "Neighbourhood Watch coordinators will meet in June.",
        ]),
        ("h", 2, "Get in touch"),
        ("p", "Community Safety Team, Northbridge Borough Council, Town Hall, Market Square, Northbridge NB1 1AA"),
        ("p", "Email: safer@northbridge.example   Telephone: 01632 960 100"),
        ("p", "To stop receiving this update, reply with ‘unsubscribe’."),
    ]
    return {
        "name": "northbridge-community-safety-newsletter",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Safer Northbridge update", "title_color": "375623"},
        "blocks": blocks,
        "gold": dict(genre="partnership newsletter (nothing to extract)", kind="other",
                     title="Safer Northbridge: Community Safety Partnership Update",
                     authority="Northbridge Borough Council", date="2025-04", meeting=None),
        "layout": "PDF (HTML → Chromium); figures table with a shaded header; bullets about future work with no "
                  "owner or date (not actions); contact block with address, e-mail and telephone.",
    }


# ---------------------------------------------------------------------------
# 17. Nothing to find: consultation summary (DOCX) with headings, "This report makes no
#     recommendations" and an empty "Recommendations" heading before the appendix.
# ---------------------------------------------------------------------------


def consultation_summary():
    blocks = [
        ("title", "Eastmarsh Leisure Facilities Strategy: Summary of Consultation Responses"),
        ("p", "Eastmarsh District Council – August 2024"),
        ("h", 1, "Summary"),
        ("p", "This report summarises the 1,284 responses to the consultation on the future of the district’s leisure "
              "facilities, which ran from 3 June to 28 July 2024. This report makes no recommendations. The findings "
              "will inform the draft Leisure Facilities Strategy."),
        ("h", 1, "Who responded"),
        ("table", {"cols": [8, 3, 3], "header": ["Respondent type", "Number", "%"], "header_fill": "D9D9D9", "rows": [
            ["Residents", "1,167", "91%"],
            ["Sports clubs", "58", "5%"],
            ["Schools", "21", "2%"],
            ["Other organisations", "38", "3%"],
        ]}),
        ("h", 1, "What people told us"),
        ("h", 2, "Swimming"),
        ("p", "Most respondents (72%) use the Eastmarsh pool at least once a month. Early morning lane swimming and "
              "children’s lessons were the most valued sessions."),
        ("h", 2, "Opening hours"),
        ("p", "Respondents asked for longer weekend opening and more sessions after 6 pm."),
        ("h", 2, "Travel"),
        ("p", "Around a third said that they would not be able to reach a new site outside the town without a car."),
        ("h", 1, "Next steps"),
        ("h", 1, "Recommendations"),
        ("h", 1, "Appendix A: Consultation questions"),
        ("list", "1.", 1, [
            "How often do you use the district’s leisure facilities?",
            "Which activities matter most to you?",
            "How do you usually travel to a leisure centre?",
        ]),
    ]
    return {
        "name": "eastmarsh-leisure-consultation-summary",
        "format": "docx",
        "meta": {"created": "2024-08-20", "doc_title": "Consultation summary", "author": "Leisure Services"},
        "blocks": blocks,
        "gold": dict(genre="consultation summary (nothing to extract)", kind="survey-report",
                     title="Eastmarsh Leisure Facilities Strategy: Summary of Consultation Responses",
                     authority="Eastmarsh District Council", date="2024-08", meeting=None),
        "layout": "DOCX; \"This report makes no recommendations.\" in the summary; empty \"Next steps\" and "
                  "\"Recommendations\" headings directly followed by the next heading; figures table; a Word-numbered "
                  "list of consultation questions in the appendix (not items).",
    }


PAPERS = [hwb_minutes, place_minutes, newsletter, consultation_summary]
