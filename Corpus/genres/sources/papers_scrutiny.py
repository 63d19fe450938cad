"""Scrutiny task-and-finish reports and district/borough committee reports (made-up)."""

from gold import recommendation

# ---------------------------------------------------------------------------
# 10. Task and finish report (DOCX): theme headings, typed "3.1" finding paragraphs, bold
#     "Recommendation 1:" paragraphs numbered on across themes, covering recommendation.
# ---------------------------------------------------------------------------


def wellbeing_task_finish():
    themes = [
        ("Access to support", [
            ("3.1", "Young people and parents told us that waiting times for the children’s mental health service are the "
                    "biggest worry. Some families had waited more than a year for a first appointment."),
            ("3.2", "The Group heard that waiting-time figures are published for Westshire as a whole but not for Eastmarsh."),
        ], [
            ("1", "That the Cabinet Member for Health and Wellbeing writes to the Harbourside Integrated Care Board asking it to publish waiting times for children’s mental health services in Eastmarsh every quarter.",
             "WRITES", "Cabinet Member for Health and Wellbeing"),
            ("2", "That the Council funds a drop-in wellbeing hub for 11 to 18 year olds in Eastmarsh town centre as a two-year pilot.",
             "FUNDS", "Council"),
        ]),
        ("Schools", [
            ("3.3", "All four secondary schools have a mental health lead, but the training of other staff varies widely."),
        ], [
            ("3", "That the Council offers free youth mental health first aid training to staff in every secondary school in the district.",
             "OFFERS", "Council"),
            ("4", "That officers work with schools to map the counselling available in each school and publish it for parents.",
             "WORK", "officers"),
        ]),
        ("Digital life", [
            ("3.4", "Young people said social media is both a source of support and of pressure, and asked for campaigns "
                    "designed with them rather than for them."),
        ], [
            ("5", "That the Council’s communications team runs a campaign with young people on online wellbeing during Children’s Mental Health Week 2026.",
             "RUNS", "Council’s communications team"),
            ("6", "That the Council invites the Youth Council to co-design the hub’s offer.", "INVITES", "Council"),
        ]),
        ("Monitoring", [], [
            ("7", "That Cabinet reports progress on these recommendations to the Overview and Scrutiny Committee in six months’ time.",
             "REPORTS", "Cabinet"),
        ]),
    ]
    cover = ("The Committee is asked to ENDORSE the Task and Finish Group’s report and its seven recommendations and "
             "refer them to Cabinet for a response.")
    blocks = [
        ("p", "Eastmarsh District Council"),
        ("title", "Children and Young People’s Emotional Wellbeing: Report of the Scrutiny Task and Finish Group"),
        ("p", "Overview and Scrutiny Committee – 4 February 2025"),
        ("h", 2, "Recommendation to the Committee"),
        ("p", cover),
        ("h", 1, "1. Introduction"),
        ("p", "1.1 The Overview and Scrutiny Committee set up the Task and Finish Group in June 2024 to look at how children "
              "and young people in Eastmarsh are supported with their emotional wellbeing."),
        ("p", "1.2 The Group met eight times, visited two schools and the youth centre, and heard from the Integrated Care "
              "Board, the County Council, the voluntary sector and 46 young people."),
        ("h", 1, "2. Membership"),
        ("p", "Councillors A. Marlow (Chair), J. Pennick, R. Sato, T. Whitcombe and L. Ugwu."),
        ("h", 1, "3. Findings and recommendations"),
    ]
    recs = [recommendation(None, cover, verb="ENDORSE", addressee="Committee")]
    for theme, findings, items in themes:
        blocks.append(("h", 2, theme))
        for label, text in findings:
            blocks.append(("p", f"{label} {text}"))
        for number, text, verb, addressee in items:
            blocks.append(("p", f"**Recommendation {number}:** {text}"))
            recs.append(recommendation(number, text, verb=verb, addressee=addressee, theme=theme))
    blocks += [
        ("h", 1, "4. Acknowledgements"),
        ("p", "The Group thanks everyone who gave evidence, especially the young people of the Eastmarsh Youth Council."),
        ("p", "Contact: Scrutiny Officer, democracy@eastmarsh.example"),
    ]
    return {
        "name": "eastmarsh-wellbeing-task-and-finish-report",
        "format": "docx",
        "meta": {"created": "2025-01-22", "doc_title": "T&F report", "author": "Democratic Services",
                 "footer": "Eastmarsh District Council – Overview and Scrutiny Committee"},
        "blocks": blocks,
        "gold": dict(genre="scrutiny task-and-finish group report", kind="scrutiny-report",
                     title="Children and Young People’s Emotional Wellbeing: Report of the Scrutiny Task and Finish Group",
                     authority="Eastmarsh District Council", date="2025-02-04",
                     meeting="Overview and Scrutiny Committee", recommendations=recs),
        "layout": "DOCX; a covering \"The Committee is asked to ENDORSE …\" recommendation; theme headings "
                  "(Heading 2) with typed 1.1/3.1 finding paragraphs (not items) and bold-labelled "
                  "\"Recommendation 1:\" … \"Recommendation 7:\" paragraphs numbered on across themes; a "
                  "membership line with councillors' names (not items).",
    }


# ---------------------------------------------------------------------------
# 11. Select committee review (PDF via Chromium): summary list "(1)"–"(6)" at the front,
#     the same recommendations again under theme headings in the body.
# ---------------------------------------------------------------------------


def transport_review():
    themes = [
        ("Communication with families", [
            ("The Council should publish a plain English guide to home to school transport for children with SEND, with examples, by September 2025.", "PUBLISH", "Council"),
            ("Parents and carers should be told the name of their child’s driver and passenger assistant before the start of each term.", None, None),
        ]),
        ("Independence and travel training", [
            ("The Council should expand independent travel training so that every young person in Year 10 and above with an EHCP is offered it.", "EXPAND", "Council"),
            ("Personal transport budgets should be offered to all eligible families as an alternative to a taxi, at a rate reviewed each year.", None, None),
        ]),
        ("Contracts and costs", [
            ("The Council should retender taxi contracts in smaller lots to attract local operators.", "RETENDER", "Council"),
            ("The Select Committee should receive a progress report in March 2026.", "RECEIVE", "Select Committee"),
        ]),
    ]
    all_recs = [text for _, items in themes for text, _, _ in items]
    blocks = [
        ("p", "Westshire County Council"),
        ("title", "Home to School Transport for Children with Special Educational Needs and Disabilities"),
        ("p", "Report of the Children and Young People Select Committee – June 2025"),
        ("h", 1, "Chair’s foreword"),
        ("p", "Home to school transport matters enormously to the families who rely on it. Over six months we listened to "
              "parents, drivers, schools and officers. Our recommendations aim to make the service more reliable and more "
              "humane, and to help it live within its budget."),
        ("h", 1, "Summary of recommendations"),
        ("list", "(1)", 1, all_recs),
        ("h", 1, "1. Background"),
        ("p", "1.1 Spending on SEND transport in Westshire has risen from £18.2 million in 2020/21 to £31.6 million in "
              "2024/25, and 3,940 children now use it."),
        ("p", "1.2 The Committee agreed the scope of the review on 14 November 2024."),
        ("h", 1, "2. Findings"),
    ]
    recs, number = [], 1
    for paragraph, (theme, items) in enumerate(themes, start=1):
        blocks.append(("h", 2, theme))
        blocks.append(("p", "2.%d Families and officers gave us evidence on %s." % (paragraph, theme.lower())))
        blocks.append(("list", "(1)", number, [text for text, _, _ in items]))
        for text, verb, addressee in items:
            recs.append(recommendation(str(number), text, verb=verb, addressee=addressee, theme=theme))
            number += 1
    blocks += [
        ("h", 1, "3. Next steps"),
        ("p", "The report will be sent to the Cabinet Member for Education, who is asked to respond within two months."),
        ("p", "Select Committee Clerk: scrutiny@westshire.example"),
    ]
    return {
        "name": "westshire-send-transport-select-committee-review",
        "format": "chromium-pdf",
        "meta": {"doc_title": "SEND transport review", "title_color": "7030A0", "css_font": "'Liberation Serif', serif",
                 "size": 11, "footer": "Westshire County Council – Children and Young People Select Committee"},
        "blocks": blocks,
        "gold": dict(genre="select committee (scrutiny) review report", kind="scrutiny-report",
                     title="Home to School Transport for Children with Special Educational Needs and Disabilities",
                     authority="Westshire County Council", date="2025-06",
                     meeting="Children and Young People Select Committee", recommendations=recs),
        "layout": "PDF (HTML → Chromium), serif; \"Summary of recommendations\" list (1)–(6) at the front and the "
                  "same six again as (1)(2) / (3)(4) / (5)(6) lists under the theme headings in the body (listed once "
                  "in the gold, themes from the body); every recommendation is a \"… should …\" sentence, four active and two passive.",
    }


# ---------------------------------------------------------------------------
# 12. Borough cabinet report (DOCX): front-sheet table, "RECOMMENDATION(S)" with
#     "It is recommended that Cabinet:" and typed 1.1–1.3, repeated by reference at the end.
# ---------------------------------------------------------------------------


def parking_report():
    items = [
        ("1.1", "approves the Northbridge Parking Strategy 2025–2030 at Appendix A;", "APPROVES"),
        ("1.2", "agrees the new car park tariffs set out in Appendix B, to take effect from 1 June 2025; and", "AGREES"),
        ("1.3", "delegates authority to the Director of Place, in consultation with the Cabinet Member for Transport, to make minor changes to the Strategy before it is published.",
         "DELEGATES"),
    ]
    blocks = [
        ("p", "NORTHBRIDGE BOROUGH COUNCIL"),
        ("table", {"cols": [5, 12], "header_fill": None, "rows": [
            [{"text": "Report to:", "bold": True}, "Cabinet"],
            [{"text": "Date of meeting:", "bold": True}, "12 March 2025"],
            [{"text": "Report of:", "bold": True}, "Director of Place"],
            [{"text": "Portfolio:", "bold": True}, "Transport and Highways"],
            [{"text": "Title:", "bold": True}, "Northbridge Parking Strategy 2025–2030"],
            [{"text": "Wards affected:", "bold": True}, "All"],
            [{"text": "Key Decision:", "bold": True}, "Yes"],
            [{"text": "Key Decision No:", "bold": True}, "KD/2025/07"],
        ]}),
        ("h", 2, "1. RECOMMENDATION(S)"),
        ("p", "It is recommended that Cabinet:"),
    ]
    for number, text, _ in items:
        blocks.append(("p", f"{number}\t{text}"))
    blocks += [
        ("h", 2, "2. PURPOSE OF REPORT"),
        ("p", "2.1\tThe current parking strategy ran from 2015 to 2020 and has not been updated. This report presents a new "
              "strategy, following public consultation in autumn 2024, and proposes new tariffs."),
        ("p", "2.2\tIt is recommended that the tariffs are simplified to three bands so that they are easier to understand."),
        ("h", 2, "3. BACKGROUND"),
        ("p", "3.1\tThe Council runs 14 car parks with 2,960 spaces. Income was £3.1 million in 2023/24, £0.4 million below "
              "budget, because use has not returned to pre-pandemic levels."),
        ("h", 2, "4. OPTIONS CONSIDERED"),
        ("p", "4.1\tOption 1 – no change. Rejected because tariffs have not risen since 2019."),
        ("p", "4.2\tOption 2 – adopt the strategy and new tariffs (recommended)."),
        ("h", 2, "5. FINANCIAL IMPLICATIONS"),
        ("p", "5.1\tThe new tariffs are expected to raise an extra £260,000 a year from 2025/26."),
        ("h", 2, "6. RECOMMENDATION"),
        ("p", "6.1\tAs set out in section 1 above."),
        ("p", "Contact officer: Parking Services Manager, parking@northbridge.example, 01632 960 233"),
        ("p", "Appendices: A – Parking Strategy 2025–2030; B – Tariff schedule"),
    ]
    recs = [recommendation(number, text, verb=verb, addressee="Cabinet") for number, text, verb in items]
    return {
        "name": "northbridge-cabinet-parking-strategy-report",
        "format": "docx",
        "meta": {"created": "2025-02-28", "doc_title": "Cabinet report", "author": "Place Directorate",
                 "plain_headings": True, "font": "Arial", "footer": "Cabinet – 12 March 2025"},
        "blocks": blocks,
        "gold": dict(genre="borough council cabinet report", kind="committee-report",
                     title="Northbridge Parking Strategy 2025–2030", authority="Northbridge Borough Council",
                     date="2025-03-12", meeting="Cabinet", decision_number="KD/2025/07", recommendations=recs),
        "layout": "DOCX; bordered front-sheet table with \"Title:\" and \"Key Decision No:\" rows; bold "
                  "non-style headings in capitals; \"It is recommended that Cabinet:\" then typed 1.1/1.2/1.3 "
                  "items (tab after the number, lower-case verbs, \"; and\"); body paragraphs typed 2.1 … 5.1, one "
                  "of them saying \"It is recommended that the tariffs …\" (not an item); closing \"6. "
                  "RECOMMENDATION – As set out in section 1 above.\"",
    }


# ---------------------------------------------------------------------------
# 13. District regulatory committee report (PDF via LibreOffice): "RECOMMENDATIONS" box
#     with "That the Committee:" and Word-numbered (a)–(c); body paragraphs 3.4 "Officers
#     recommend …" that are not items.
# ---------------------------------------------------------------------------


def gambling_report():
    items = [
        ("a", "notes the responses to the consultation summarised in Appendix 2;", "NOTES"),
        ("b", "approves the revised Statement of Gambling Policy 2025–2028 at Appendix 1 and recommends it to Council for adoption; and",
         "APPROVES"),
        ("c", "agrees that the Council should continue not to adopt a ‘no casino’ resolution.", "AGREES"),
    ]
    blocks = [
        ("p", "EASTMARSH DISTRICT COUNCIL"),
        ("p", "LICENSING AND REGULATORY COMMITTEE"),
        ("p", "19 NOVEMBER 2024"),
        ("title", "REVIEW OF THE STATEMENT OF GAMBLING POLICY 2025–2028"),
        ("p", "Report of the Head of Environmental Health and Licensing"),
        ("p", "Status: Open   Key decision: No"),
        ("box", [("p", "**RECOMMENDATIONS**"), ("p", "That the Committee:"),
                 ("list", "(a)", 1, [text for _, text, _ in items])]),
        ("h", 2, "1. Purpose of the report"),
        ("p", "1.1 The Gambling Act 2005 requires the Council to review its Statement of Gambling Policy at least every three "
              "years. The current statement expires on 30 January 2025."),
        ("h", 2, "2. Consultation"),
        ("p", "2.1 The draft statement was published for consultation from 1 August to 30 September 2024. Eleven responses "
              "were received, from operators, two parish councils and the public health team."),
        ("h", 2, "3. Main changes"),
        ("p", "3.1 The local area profile has been updated with 2023 data."),
        ("p", "3.4 Officers recommend that the policy keeps the current approach to gaming machines in premises licensed "
              "to sell alcohol."),
        ("h", 2, "4. Legal implications"),
        ("p", "4.1 Adoption of the statement is a function of full Council and cannot be delegated."),
        ("p", "Background papers: Gambling Commission Guidance to Licensing Authorities, 5th edition."),
        ("p", "Report author: Licensing Team Leader – licensing@eastmarsh.example"),
    ]
    recs = [recommendation(number, text, verb=verb, addressee="Committee") for number, text, verb in items]
    return {
        "name": "eastmarsh-licensing-committee-gambling-policy-report",
        "format": "lo-pdf",
        "meta": {"created": "2024-11-08", "doc_title": "L&R Committee report", "author": "Licensing",
                 "font": "Liberation Sans", "size": 11, "plain_headings": True, "title_size": 13,
                 "footer": "Licensing and Regulatory Committee – 19 November 2024"},
        "blocks": blocks,
        "gold": dict(genre="district council regulatory committee report", kind="committee-report",
                     title="REVIEW OF THE STATEMENT OF GAMBLING POLICY 2025–2028",
                     authority="Eastmarsh District Council", date="2024-11-19",
                     meeting="Licensing and Regulatory Committee", recommendations=recs),
        "layout": "PDF (python-docx → LibreOffice); capitals front lines (council, committee, date, title); a "
                  "one-cell bordered box \"RECOMMENDATIONS / That the Committee:\" with a Word-numbered (a)–(c) "
                  "list; typed 1.1 … 4.1 body paragraphs, one \"Officers recommend that …\" (not an item).",
    }


PAPERS = [wellbeing_task_finish, transport_review, parking_report, gambling_report]
