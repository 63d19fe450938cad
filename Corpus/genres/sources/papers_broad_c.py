"""Papers of the fourth batch, part C: six made-up papers from two invented authorities,
Kestrelford City Council (a metropolitan-style city council with a Leader, an Executive and
Executive Members) and Corrowby Borough Council (a borough council with a Cabinet, in a
two-tier area whose county is the invented Ravensmoor County Council), with the bodies around
them (Corrowby Homes, the Corrowby Landlords' Forum). People are given by role or initials,
e-mail addresses use `.example` and telephone numbers the 01632 960xxx range.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output
or benchmarks) and without running it, in templates the earlier papers do not use: a call-in
report with an appended minute extract, a record of an Executive Member decision laid out as
stacked label rows, full council minutes as a two-column minute-number table with a motion,
two amendments and a recorded vote, a task-and-finish report whose recommendations table has
"To" and "Timescale" columns, an executive response with one tick-box table per recommendation,
and a forward plan of key decisions (nothing to find). Each paper names its own split. Every
gold value is written by hand beside the words it labels; BROAD_C.md records the choices where
the rules left room.
"""

from gold import action, decision, recommendation  # noqa: F401  (action unused: no action papers)
from papers_fresh import grid_table

KESTRELFORD = "Kestrelford City Council"
CORROWBY = "Corrowby Borough Council"


# ---------------------------------------------------------------------------
# C1. Call-in report to the Overview and Scrutiny Management Board (DOCX, python-docx):
#     four-column bordered front sheet; bold non-style headings; typed 1.1 … 7.3 paragraphs;
#     one "2.1 The Board is asked to consider …" recommendation; the called-in decision quoted
#     in a box with typed (a)–(c) (not items); Word-numbered reasons for call-in (not items);
#     "Option 1: … / Option 2: … / Option 3: …" (not items); a "5.2 The Executive Member
#     recommends that …" paragraph (not an item); an addendum after a page break with the
#     extract of the draft minutes: "RESOLVED: That –" and typed (i)–(iii) parts (decisions).
# ---------------------------------------------------------------------------


def kestrelford_call_in():
    board = "Overview and Scrutiny Management Board"
    rec = ("The Board is asked to consider the call-in, the reasons given by the members who called it in and the "
           "Executive Member’s response, and to decide which of the options in section 6 to take.")
    resolved = [
        ("i", "decision EMD/2025/112 be referred back to the Executive Member for Environment and Climate for "
              "reconsideration (Option 2);"),
        ("ii", "the Executive Member be asked, when reconsidering the decision, to keep a reduced charge for households "
               "that receive Council Tax Support and to publish the equality screening with the new decision notice; "
               "and"),
        ("iii", "the outcome of the reconsideration be reported to the meeting of the Board on 11 February 2026."),
    ]
    label = lambda text: {"text": text, "bold": True, "fill": "E2EFD9"}
    blocks = [
        ("p", "**KESTRELFORD CITY COUNCIL**"),
        ("table", {"cols": [3.4, 5.1, 3.4, 5.1], "rows": [
            [label("Meeting:"), board, label("Date:"), "14 January 2026"],
            [label("Agenda item:"), "5", label("Exempt:"), "No"],
            [label("Report of:"), "City Solicitor and Monitoring Officer", label("Wards:"), "All wards"],
            [label("Key decision:"), "No", label("Decision called in:"), "EMD/2025/112 (published 22 December 2025)"],
        ]}),
        ("title", "Call-in of Executive Member decision: Garden Waste Collection Charges 2026/27"),
        ("h", 1, "1. SUMMARY"),
        ("p", "1.1\tOn 19 December 2025 the Executive Member for Environment and Climate took decision EMD/2025/112 on "
              "the charges for the garden waste collection service in 2026/27. The decision was published on 22 "
              "December 2025. Before the call-in period ended at 5.00 pm on 5 January 2026, five non-executive "
              "members called the decision in under Overview and Scrutiny Procedure Rule 16."),
        ("p", "1.2\tThe decision cannot be implemented until the Board has considered the call-in."),
        ("h", 1, "2. RECOMMENDATION"),
        ("p", "2.1\t" + rec),
        ("h", 1, "3. THE DECISION CALLED IN"),
        ("p", "3.1\tThe decision notice reads:"),
        ("box", [
            ("p", "The Executive Member for Environment and Climate has decided:"),
            ("p", "(a)\tto increase the annual charge for the garden waste collection service from £45 to £62 per bin "
                  "from 1 April 2026;"),
            ("p", "(b)\tto end the 50% concession for households that receive Council Tax Support; and"),
            ("p", "(c)\tto delegate to the Director of Neighbourhood Services the setting of the early-bird discount "
                  "for 2026/27."),
        ]),
        ("h", 1, "4. REASONS FOR THE CALL-IN"),
        ("p", "4.1\tThe call-in notice was signed by Councillors A.K. (lead member), B.O., C.P., D.S. and F.W. It gives "
              "three reasons:"),
        ("list", "1.", 1, [
            "The increase of 38% is far above inflation and larger than the increase made by any comparable city "
            "council.",
            "No equality impact assessment was published with the decision, although ending the concession affects "
            "low-income households, many of them older or disabled residents.",
            "Ward members were not consulted, contrary to the Executive’s own commitment in the Neighbourhoods "
            "Charter.",
        ]),
        ("p", "4.2\tThe lead member has asked to address the Board for up to ten minutes."),
        ("h", 1, "5. THE EXECUTIVE MEMBER’S RESPONSE"),
        ("p", "5.1\tThe Executive Member’s written response is at Appendix B. In summary: the charge has been frozen "
              "since 2022 and the service now costs £2.9 million a year against income of £2.1 million; an equality "
              "screening was completed before the decision but was not published, in error, and is now attached as "
              "Appendix C; and ward members were briefed at the Members’ Environment Forum on 2 December 2025."),
        ("p", "5.2\tThe Executive Member recommends that the Board takes no further action, so that the new charges can "
              "be advertised before subscriptions open on 1 February 2026."),
        ("h", 1, "6. OPTIONS AVAILABLE TO THE BOARD"),
        ("p", "6.1\tUnder Procedure Rule 16.8 the Board may choose one of the following options."),
        ("p", "**Option 1:** take no further action, in which case the decision may be implemented straight away;"),
        ("p", "**Option 2:** refer the decision back to the Executive Member for reconsideration, setting out the "
              "nature of the Board’s concerns; or"),
        ("p", "**Option 3:** refer the decision to full Council, if the Board considers that it is contrary to the "
              "policy framework or not wholly in accordance with the budget."),
        ("p", "6.2\tIf the decision is referred back, the Executive Member must reconsider it within ten working days "
              "and may confirm it, with or without changes. There is no second call-in."),
        ("p", "6.3\tThe Monitoring Officer and the Chief Finance Officer have advised that the decision is within the "
              "budget and policy framework, so Option 3 is not open to the Board in this case."),
        ("h", 1, "7. IMPLICATIONS"),
        ("p", "7.1\t**Financial:** the 2026/27 budget assumes income of £2.6 million from garden waste charges. Each "
              "month’s delay in opening subscriptions reduces income by about £40,000."),
        ("p", "7.2\t**Legal:** the Board cannot substitute its own decision for the Executive Member’s."),
        ("p", "7.3\t**Equalities:** the equality screening at Appendix C identifies a possible adverse effect on "
              "disabled residents who cannot take garden waste to a recycling centre."),
        ("h", 1, "BACKGROUND PAPERS"),
        ("p", "Decision notice EMD/2025/112 (22 December 2025); call-in notice received on 2 January 2026."),
        ("h", 1, "APPENDICES"),
        ("p", "Appendix A – Call-in notice; Appendix B – Executive Member’s response; Appendix C – Equality "
              "screening."),
        ("p", "**Contact officer:** Scrutiny Manager, Governance Services – 01632 960 418 – "
              "scrutiny@kestrelford.example"),
        ("break",),
        ("h", 1, "ADDENDUM – OUTCOME OF THE CALL-IN"),
        ("p", "Extract from the draft minutes of the meeting of the Overview and Scrutiny Management Board held on "
              "14 January 2026 (added on 15 January 2026)."),
        ("p", "**OSMB/47\tCALL-IN: GARDEN WASTE COLLECTION CHARGES 2026/27**"),
        ("p", "Councillor A.K. set out the reasons for the call-in. The Executive Member for Environment and Climate "
              "responded and answered members’ questions. A motion to take no further action (Option 1) was moved by "
              "Councillor G.H. and seconded; it was lost on the Chair’s casting vote. Councillor B.O. then moved "
              "Option 2, which was seconded and carried by 7 votes to 5."),
        ("p", "**RESOLVED:** That –"),
    ] + [("p", f"({n})\t{t}") for n, t in resolved] + [
        ("p", "The decision may not be implemented until the Executive Member has reconsidered it."),
    ]
    decisions = [decision("OSMB/47", n, t, board) for n, t in resolved]
    return {
        "name": "kestrelford-osmb-call-in-garden-waste-charges",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-01-15", "doc_title": "Call-in – Garden Waste Collection Charges 2026/27",
                 "author": "Governance Services", "font": "Segoe UI", "size": 10.5, "title_size": 15,
                 "title_color": "375623", "plain_headings": True, "box_width": 16.5,
                 "header": "Kestrelford City Council – Overview and Scrutiny Management Board – 14 January 2026",
                 "footer": "Call-in: Garden Waste Collection Charges 2026/27 – Agenda item 5"},
        "blocks": blocks,
        "gold": dict(genre="metropolitan city council call-in report to an overview and scrutiny board, with the "
                           "board's resolution appended", kind="committee-report",
                     title="Call-in of Executive Member decision: Garden Waste Collection Charges 2026/27",
                     authority=KESTRELFORD, date="2026-01-14", meeting=board, decision_number=None,
                     recommendations=[recommendation("2.1", rec, verb="CONSIDER", addressee="Board")],
                     decisions=decisions),
        "layout": "DOCX, Segoe UI (falls back), running header and footer; bordered four-column front sheet with "
                  "green-shaded labels (Meeting / Date / Agenda item / Exempt / Report of / Wards / Key decision / "
                  "Decision called in); bold capital headings that are not heading styles; typed 1.1 … 7.3 "
                  "paragraphs (tab after the number); one \"2.1 The Board is asked to consider …\" recommendation; "
                  "the called-in decision quoted in a one-cell box with typed (a)–(c) (not items); Word-numbered "
                  "reasons for call-in (not items); bold \"Option 1:\" … \"Option 3:\" paragraphs (not items); \"5.2 "
                  "The Executive Member recommends that …\" (not an item); after a page break an addendum with the "
                  "draft minute OSMB/47: a lost motion, then \"RESOLVED: That –\" and typed (i)–(iii) parts "
                  "(three decisions).",
    }


# ---------------------------------------------------------------------------
# C2. Record of Executive Member decision (PDF via Chromium, serif): a four-column details
#     grid, then a one-column form whose shaded label rows ("Title:", "Decision:", "Reasons:",
#     "Alternative options:", "Conflicts of interest:", "Dispensations:", "Date of decision:",
#     "Call-in deadline:") sit above their content rows; the Decision row holds a lead-in and
#     typed (i)–(iii) "To …" paragraphs; a key decision reference beside the record's own.
# ---------------------------------------------------------------------------


def corrowby_record():
    maker = "Councillor P.N., Executive Member for Housing and Planning"
    items = [
        ("i", "To approve a ten-week public consultation, starting on 2 February 2026, on a proposed selective "
              "licensing scheme for privately rented homes in the Eastfield and Mill Lane wards;"),
        ("ii", "To approve, for the purposes of the consultation, a proposed licence fee of £640 per property for the "
               "five-year scheme, with a discount of £100 for landlords accredited by the Corrowby Landlords’ Forum; "
               "and"),
        ("iii", "To ask the Head of Private Sector Housing to report the results of the consultation, with a "
                "recommendation on whether to designate the scheme, to the Executive in June 2026."),
    ]
    head = lambda text: {"text": text, "bold": True, "fill": "DDD9C4"}
    lab = lambda text: {"text": text, "bold": True}
    decision_cell = {"blocks": [("p", "Having considered the report of the Head of Private Sector Housing dated 8 "
                                      "January 2026, the Executive Member decided:")]
                     + [("p", f"({n}) {t}") for n, t in items]}
    blocks = [
        ("p", "**CORROWBY BOROUGH COUNCIL** – Democratic Services"),
        ("title", "Record of Executive Member Decision"),
        ("table", {"cols": [3.4, 5.1, 3.4, 5.1], "rows": [
            [lab("Record no.:"), "EMD/2026/003", lab("Portfolio:"), "Housing and Planning"],
            [lab("Decision maker:"), maker, lab("Key decision:"), "Yes – Forward Plan ref. KD/2025/058"],
            [lab("Report author:"), "Head of Private Sector Housing", lab("Wards affected:"), "Eastfield; Mill Lane"],
        ]}),
        ("table", {"cols": [17], "rows": [
            [head("Title:")],
            ["Selective Licensing of Private Rented Homes – Consultation on a Scheme for Eastfield and Mill Lane"],
            [head("Decision:")],
            [decision_cell],
            [head("Reasons:")],
            ["The stock condition survey (2025) found serious hazards in 23% of privately rented homes in the two "
             "wards, against 11% across the borough. A scheme cannot be designated without at least ten weeks’ "
             "consultation with people likely to be affected."],
            [head("Alternative options:")],
            [{"blocks": [
                ("p", "Not to consult on a scheme, and to rely on existing enforcement powers. Rejected: enforcement "
                      "alone has not reduced complaints since 2021."),
                ("p", "To consult on a borough-wide scheme. Rejected: poor conditions are concentrated in the two "
                      "wards."),
            ]}],
            [head("Conflicts of interest:")],
            ["None declared by the decision maker or by any officer consulted."],
            [head("Dispensations:")],
            ["None granted."],
            [head("Consultation before the decision:")],
            ["Ward councillors for Eastfield and Mill Lane; Chair of the Housing Scrutiny Panel; Corrowby Landlords’ "
             "Forum; Chief Finance Officer; Monitoring Officer."],
            [head("Date of decision:")],
            ["16 January 2026"],
            [head("Call-in deadline:")],
            ["5.00 pm on Friday 23 January 2026. If the decision is not called in, it may be implemented from "
             "Monday 26 January 2026."],
        ]}),
        ("table", {"cols": [8.5, 8.5], "borders": False, "rows": [
            ["Signed: P.N. (Executive Member for Housing and Planning)", "Date: 16 January 2026"],
            ["Countersigned: Democratic Services Manager (Proper Officer)", "Date published: 16 January 2026"],
        ]}),
        ("p", "This record is published under regulation 13 of the Local Authorities (Executive Arrangements) "
              "(Meetings and Access to Information) (England) Regulations 2012."),
        ("p", "Enquiries: Democratic Services, Town Hall, Market Place, Corrowby – democratic.services@corrowby.example "
              "– 01632 960 271"),
    ]
    decisions = [decision(None, "EMD/2026/003", t, maker, date="2026-01-16", kind="decision") for _, t in items]
    return {
        "name": "corrowby-record-of-executive-member-decision-selective-licensing",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"created": "2026-01-16", "doc_title": "Record of Executive Member Decision EMD/2026/003",
                 "css_font": "'Liberation Serif', 'DejaVu Serif', serif", "size": 10, "title_color": "4F3B12",
                 "footer": "Corrowby Borough Council – Record of Executive Member Decision EMD/2026/003"},
        "blocks": blocks,
        "gold": dict(genre="borough council record of an Executive Member decision (stacked label rows)",
                     kind="decision",
                     title="Selective Licensing of Private Rented Homes – Consultation on a Scheme for Eastfield and "
                           "Mill Lane",
                     authority=CORROWBY, date="2026-01-16", meeting=None, decision_number="EMD/2026/003",
                     decisions=decisions),
        "layout": "PDF (HTML → Chromium), Liberation Serif; a four-column details grid with bold labels (Record no. / "
                  "Portfolio / Decision maker / Key decision with a Forward Plan ref. / Report author / Wards "
                  "affected); then a one-column form whose shaded label rows (Title: / Decision: / Reasons: / "
                  "Alternative options: / Conflicts of interest: / Dispensations: / Consultation before the decision: "
                  "/ Date of decision: / Call-in deadline:) sit above their content rows; the Decision row holds a "
                  "lead-in sentence and typed (i)–(iii) \"To …\" paragraphs (three decisions); two rejected "
                  "alternatives as paragraphs (not decisions); a borderless signature table.",
    }


# ---------------------------------------------------------------------------
# C3. Full council minutes (PDF via LibreOffice, Liberation Serif): a two-column table,
#     minute number | text, minute numbers "C.58" … "C.67" in shaded cells; "RESOLVED: That …";
#     "RESOLVED: That the Council:" with a Word-numbered 1.–3. list inside the cell; a notice of
#     motion with two amendments (one lost, one carried after a recorded vote) and the
#     substantive motion carried as "RESOLVED: That this Council:" with typed (a)–(c).
# ---------------------------------------------------------------------------


def kestrelford_council_minutes():
    maker = "City Council"
    minutes_text = ("the minutes of the meeting of the City Council held on 19 November 2025 be approved as a correct "
                    "record and signed by the Lord Mayor.")
    cts = [
        "adopts the Council Tax Support Scheme 2026/27 set out in Appendix A to the report, with effect from 1 April "
        "2026;",
        "keeps the maximum award for working-age households at 85% of Council Tax liability; and",
        "agrees that the Exceptional Hardship Fund continues at £400,000 in 2026/27.",
    ]
    motion = [
        ("a", "notes the harm that pavement parking causes to disabled people, older people and families with "
              "pushchairs;"),
        ("b", "asks the Executive to introduce a city-wide ban on pavement parking by 1 April 2027; and"),
        ("c", "asks the Executive, in the meantime, to use traffic regulation orders to ban pavement parking in the "
              "twenty streets where complaints are highest."),
    ]
    appoint = ("Councillor K.L. replace Councillor M.N. on the Licensing and Regulatory Committee for the rest of the "
               "municipal year.")
    num = lambda text: {"text": text, "bold": True, "fill": "EDEDED"}
    rows = [
        [num("C.58"), {"blocks": [
            ("p", "**APOLOGIES FOR ABSENCE**"),
            ("p", "Apologies for absence were received from Councillors H.A., J.B., T.D. and W.Y."),
        ]}],
        [num("C.59"), {"blocks": [
            ("p", "**DECLARATIONS OF INTEREST**"),
            ("p", "Members who pay Council Tax in the city noted the general dispensation granted by the Standards "
                  "Committee for minute C.63. Councillor S.R. declared an other registrable interest in minute C.64 as "
                  "a trustee of Kestrelford Disability Forum and took part in the debate."),
        ]}],
        [num("C.60"), {"blocks": [
            ("p", "**MINUTES**"),
            ("p", "**RESOLVED:** That " + minutes_text),
        ]}],
        [num("C.61"), {"blocks": [
            ("p", "**LORD MAYOR’S ANNOUNCEMENTS**"),
            ("p", "The Lord Mayor congratulated the staff of Kestrelford Central Library on winning the regional "
                  "Library of the Year award. The Council stood for a minute’s silence in memory of former Alderman "
                  "E.W."),
        ]}],
        [num("C.62"), {"blocks": [
            ("p", "**PUBLIC QUESTIONS**"),
            ("p", "Two questions had been received from members of the public, about bus shelters on Carr Road and "
                  "about the opening hours of Moorside Pool. The Executive Members for Transport and for Culture and "
                  "Leisure replied. The questions and answers are published with these minutes."),
        ]}],
        [num("C.63"), {"blocks": [
            ("p", "**COUNCIL TAX SUPPORT SCHEME 2026/27**"),
            ("p", "The Council considered the recommendation of the Executive of 7 January 2026. The Executive Member "
                  "for Finance and Resources (Councillor L.T.) moved the recommendation and Councillor N.V. seconded "
                  "it. On being put to the vote the recommendation was CARRIED."),
            ("p", "**RESOLVED:** That the Council:"),
            ("list", "1.", 1, cts),
        ]}],
        [num("C.64"), {"blocks": [
            ("p", "**NOTICE OF MOTION – PAVEMENT PARKING**"),
            ("p", "Councillor P.D. moved and Councillor K.R. seconded the following motion, submitted under Council "
                  "Procedure Rule 12:"),
            ("p", "“This Council notes the harm that pavement parking causes to disabled people, older people and "
                  "families with pushchairs, and asks the Executive to introduce a city-wide ban on pavement parking by "
                  "1 April 2027.”"),
            ("p", "**Amendment 1.** Councillor G.L. moved and Councillor S.T. seconded an amendment to delete “by 1 "
                  "April 2027” and to add at the end “once the Government has given councils outside London the power "
                  "to enforce a ban”. On being put to the vote, Amendment 1 was LOST."),
            ("p", "**Amendment 2.** Councillor A.M. moved and Councillor R.O. seconded an amendment to add at the end "
                  "“and, in the meantime, to use traffic regulation orders to ban pavement parking in the twenty "
                  "streets where complaints are highest”. Five members asked for a recorded vote under Council "
                  "Procedure Rule 18.4. The voting was as follows:"),
            ("p", "For (40): Councillors A.M., A.K., B.O., C.P., D.S., F.W., G.H., H.B., J.C., K.R., L.T., M.E. (Lord "
                  "Mayor), N.V., P.D., P.W., R.O., R.S., S.R., T.H., U.Y. and 20 others listed in the signed minutes."),
            ("p", "Against (19): Councillors B.L., C.M., D.N., E.P., G.L., J.Q., K.S., S.T., V.W. and 10 others listed in "
                  "the signed minutes."),
            ("p", "Abstentions (2): Councillors F.R. and M.Y."),
            ("p", "Amendment 2 was CARRIED and became part of the substantive motion. The substantive motion, as "
                  "amended, was then put to the vote and CARRIED."),
            ("p", "**RESOLVED:** That this Council:"),
        ] + [("p", f"({n})\t{t}") for n, t in motion]}],
        [num("C.65"), {"blocks": [
            ("p", "**QUESTIONS TO EXECUTIVE MEMBERS**"),
            ("p", "Eleven questions were asked and answered under Council Procedure Rule 11. The Leader undertook to "
                  "send Councillor J.B. a written answer on the number of empty council homes in Moorside ward."),
        ]}],
        [num("C.66"), {"blocks": [
            ("p", "**APPOINTMENTS TO COMMITTEES**"),
            ("p", "**RESOLVED:** That " + appoint),
        ]}],
        [num("C.67"), {"blocks": [
            ("p", "**MINUTES OF THE EXECUTIVE**"),
            ("p", "The Council received the minutes of the meetings of the Executive held on 3 December 2025 and 7 "
                  "January 2026."),
        ]}],
    ]
    blocks = [
        ("p", "KESTRELFORD CITY COUNCIL"),
        ("title", "City Council"),
        ("p", "Minutes of the meeting held in the Council Chamber, the Council House, Kestrelford, on Wednesday 21 "
              "January 2026 at 2.00 pm"),
        ("p", "**Present:** The Lord Mayor (Councillor M.E.) in the Chair; the Deputy Lord Mayor (Councillor R.S.); "
              "and 59 other members, whose names are recorded in the attendance register."),
        ("table", {"cols": [2.0, 15.0], "rows": rows}),
        ("p", "The meeting closed at 5.12 pm."),
        ("p", "Lord Mayor ……………………………………        Date ……………………"),
    ]
    decisions = [decision("C.60", None, minutes_text, maker)]
    decisions += [decision("C.63", str(i), t, maker) for i, t in enumerate(cts, 1)]
    decisions += [decision("C.64", n, t, maker) for n, t in motion]
    decisions += [decision("C.66", None, appoint, maker)]
    return {
        "name": "kestrelford-city-council-minutes-january-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-23", "doc_title": "Minutes – City Council – 21 January 2026",
                 "author": "Democratic Services", "font": "Liberation Serif", "size": 11, "title_size": 20,
                 "footer": "City Council – 21 January 2026 – minutes subject to approval"},
        "blocks": blocks,
        "gold": dict(genre="metropolitan city council full council minutes in a two-column table",
                     kind="minutes", title="City Council", authority=KESTRELFORD, date="2026-01-21",
                     meeting="City Council", decisions=decisions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Serif, page footer; letterhead line, large \"City "
                  "Council\" heading and a minutes line; one bordered two-column table, minute number | text, with "
                  "the numbers C.58–C.67 bold in grey-shaded cells and the minute titles as bold capital paragraphs in "
                  "the text cell; \"RESOLVED: That …\" on one line; \"RESOLVED: That the Council:\" followed by a "
                  "Word-numbered 1.–3. list inside the cell; a notice of motion quoted in full (not a decision), "
                  "Amendment 1 LOST, Amendment 2 CARRIED after a recorded vote (For / Against / Abstentions "
                  "paragraphs with councillors' initials, not items), then \"RESOLVED: That this Council:\" with "
                  "typed (a)–(c) parts; apologies, declarations, announcements, public questions, a Leader's "
                  "undertaking to write (not an action) and \"The Council received the minutes …\" (not a decision); "
                  "signature line.",
    }


# ---------------------------------------------------------------------------
# C4. Task and finish group report (DOCX, pandoc from Markdown): a front line block, a
#     "1. Recommendation to the Committee" sentence; typed 4.1 … findings (one "… guidance
#     recommends that …", not an item); a pipe figures table; recommendations in a grid table
#     No. | Recommendation | To | Timescale.
# ---------------------------------------------------------------------------


def corrowby_fly_tipping():
    cover = ("The Committee is asked to endorse the Group’s report and the eight recommendations in section 6, and to "
             "refer them to Cabinet for a response within two months.")
    # (No., recommendation, To cell, Timescale cell, gold)
    items = [
        ("1", "That the Council adopts a zero-tolerance enforcement policy for fly-tipping, with a fixed penalty of "
              "£1,000 for every offence that is not prosecuted.",
         "Cabinet", "By April 2026",
         dict(verb="ADOPTS", addressee="Council", owners=["Cabinet"], due="2026-04")),
        ("2", "Publish the number of fly-tipping fixed penalties and prosecutions on the Council’s website every "
              "quarter.",
         "Head of Environmental Services", "Q1 2026/27",
         dict(verb="PUBLISH", owners=["Head of Environmental Services"], due="2026-06")),
        ("3", "Install mobile CCTV cameras at the ten sites where fly-tipping is reported most often, and move them "
              "every three months.",
         "Head of Environmental Services /\n\nCommunity Safety Manager", "Summer 2026",
         dict(verb="INSTALL", owners=["Head of Environmental Services", "Community Safety Manager"], due="2026-08")),
        ("4", "The Cabinet Member for Environment should lobby the Government to raise the maximum fixed penalty for "
              "fly-tipping.",
         "Cabinet Member for Environment", "Ongoing",
         dict(verb="LOBBY", addressee="Cabinet Member for Environment", owners=["Cabinet Member for Environment"],
              due=None)),
        ("5", "Offer a free bulky waste collection, of up to three items a year, to households that receive Council "
              "Tax Reduction.",
         "Cabinet; Head of Finance", "2026/27",
         dict(verb="OFFER", owners=["Cabinet", "Head of Finance"], due="2027-03")),
        ("6", "Corrowby Homes should add a clause on the disposal of bulky waste to every new tenancy agreement.",
         "Corrowby Homes", "December 2026",
         dict(verb="ADD", addressee="Corrowby Homes", owners=["Corrowby Homes"], due="2026-12")),
        ("7", "Private landlords should be reminded of their duty of care for waste left by their tenants at the end "
              "of a tenancy.",
         "Private Sector Housing Team, Corrowby Landlords’ Forum", "Immediate",
         dict(verb=None, owners=["Private Sector Housing Team", "Corrowby Landlords’ Forum"], due=None)),
        ("8", "Review the location and opening hours of the household waste recycling centre at Stannard Lane, "
              "working with Ravensmoor County Council as the waste disposal authority.",
         "Head of Environmental Services", "March 2027",
         dict(verb="REVIEW", owners=["Head of Environmental Services"], due="2027-03")),
    ]
    table = grid_table([7, 50, 24, 13], ["No.", "Recommendation", "To", "Timescale"],
                       [[n, t, to, ts] for n, t, to, ts, _ in items])
    md = [
        "**Corrowby Borough Council** · Overview and Scrutiny Committee",
        "# Fly-tipping Task and Finish Group: Final Report",
        "| **Meeting:** Overview and Scrutiny Committee, Tuesday 3 February 2026\n"
        "| **Agenda item:** 7\n"
        "| **Report of:** Chair of the Fly-tipping Task and Finish Group\n"
        "| **Wards:** All\n"
        "| **Exempt:** No",
        "## 1. Recommendation to the Committee",
        cover,
        "## 2. Chair’s foreword",
        "Fly-tipping blights every ward in Corrowby. Reported incidents rose by a third in three years, and the "
        "cost of clearing them now exceeds £310,000 a year. Our group heard from officers, residents, landlords and "
        "neighbouring councils. I thank everyone who gave evidence.",
        "*Councillor T.H., Chair of the Task and Finish Group*",
        "## 3. Membership and method",
        "The Group was set up by the Committee on 8 July 2025. Its members were:",
        "- Councillor T.H. (Chair)\n- Councillor B.R.\n- Councillor D.G.\n- Councillor L.F.\n- Councillor W.S.",
        "It met six times between September and December 2025 and visited two fly-tipping hot spots with the "
        "Enforcement Team.",
        "| Date | Evidence heard from |\n|:-----------------|:------------------------------------------------|\n"
        "| 16 September 2025 | Head of Environmental Services; Enforcement Team Leader |\n"
        "| 7 October 2025 | Community Safety Manager; Ravensmoor Police rural crime team |\n"
        "| 4 November 2025 | Corrowby Homes; Corrowby Landlords’ Forum |\n"
        "| 2 December 2025 | Residents’ associations of Eastfield and Stannard |",
        "## 4. What we found",
        "4.1 Reported fly-tipping incidents rose from 2,140 in 2021/22 to 2,870 in 2024/25. Two thirds were household "
        "waste, and a quarter were bulky items such as mattresses and sofas.",
        "4.2 The Council issued 41 fixed penalties in 2024/25. Neighbouring councils of a similar size issued between "
        "120 and 300.",
        "4.3 Most incidents happen at a small number of sites. Ten sites accounted for 38% of all reports.",
        "4.4 Residents told us that the charge for bulky waste collections (£35 for three items) encourages "
        "fly-tipping by people on low incomes.",
        "4.5 National guidance recommends that councils publish their enforcement results, as a deterrent. Corrowby "
        "does not do so at present.",
        "## 5. Figures",
        "| Year | Incidents reported | Fixed penalties | Prosecutions | Clearance cost |\n"
        "|:--------|-------:|-----:|-----:|---------:|\n"
        "| 2021/22 | 2,140 | 58 | 4 | £232,000 |\n"
        "| 2022/23 | 2,410 | 47 | 3 | £261,000 |\n"
        "| 2023/24 | 2,655 | 39 | 2 | £289,000 |\n"
        "| 2024/25 | 2,870 | 41 | 5 | £312,000 |",
        "## 6. Recommendations",
        "Our recommendations are set out below. The “To” column shows who each recommendation is addressed to, and "
        "the “Timescale” column the date by which we would like it to be in place.",
        table,
        "## 7. Next steps",
        "If the Committee endorses the report, Cabinet will be asked to respond at its meeting on 7 April 2026. The "
        "Committee will then review progress six and twelve months after Cabinet’s response.",
        "**Background papers:** Notes of the Group’s evidence sessions, September to December 2025 (available from the "
        "Scrutiny Officer).",
        "**Contact:** Scrutiny Officer, Corrowby Borough Council, Town Hall, Market Place, Corrowby – "
        "scrutiny@corrowby.example – 01632 960 274",
    ]
    recs = [recommendation(None, cover, verb="ENDORSE", addressee="Committee")]
    for n, t, to, ts, g in items:
        recs.append(recommendation(n, t, verb=g["verb"], addressee=g.get("addressee"), owners=g["owners"],
                                   due=g["due"], timeframe=ts))
    return {
        "name": "corrowby-fly-tipping-task-and-finish-report",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2026-01-23"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="borough council task and finish group report with a No. | Recommendation | To | "
                           "Timescale table", kind="scrutiny-report",
                     title="Fly-tipping Task and Finish Group: Final Report", authority=CORROWBY, date="2026-02-03",
                     meeting="Overview and Scrutiny Committee", recommendations=recs),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; a bold brand line; front details as a line block "
                  "(Meeting / Agenda item / Report of / Wards / Exempt); \"1. Recommendation to the Committee\" with "
                  "one \"The Committee is asked to endorse …\" sentence; a foreword signed by the Chair; a membership "
                  "bullet list and an evidence pipe table (not items); typed 4.1–4.5 findings, one \"National guidance "
                  "recommends that …\" (not an item); a figures pipe table; recommendations in a grid table No. | "
                  "Recommendation | To | Timescale (1–8): \"That the Council adopts …\", imperatives, two \"X should "
                  "V …\" and one passive \"… should be reminded …\"; To cells split by \"/\" plus a paragraph break, "
                  "\";\" and \",\"; timescales \"By April 2026\", \"Q1 2026/27\", \"Summer 2026\", \"Ongoing\", "
                  "\"2026/27\", \"December 2026\", \"Immediate\", \"March 2027\"; next steps and a contact line.",
    }


# ---------------------------------------------------------------------------
# C5. Executive response with tick boxes (PDF via pandoc → LibreOffice): a headerless
#     four-column details grid; "2.1 That the Executive:" with escaped typed (a)/(b) items; an
#     appendix with one headerless grid table per scrutiny recommendation
#     (Recommendation n / Executive response "☒ Accept ☐ Partially accept ☐ Reject" / Comments /
#     Lead officer / Target date); one row with no box ticked.
# ---------------------------------------------------------------------------


def kestrelford_exec_response():
    ACC = "☒ Accept ☐ Partially accept ☐ Reject"
    PART = "☐ Accept ☒ Partially accept ☐ Reject"
    REJ = "☐ Accept ☐ Partially accept ☒ Reject"
    NONE = "☐ Accept ☐ Partially accept ☐ Reject"
    hr = "Head of HR and Organisational Development"
    # (number, recommendation, boxes, comments, lead cell, target cell, gold)
    items = [
        ("1", "Set a target that at least 4% of the Council’s workforce are apprentices by March 2028.",
         ACC, "The Council has 212 apprentices, 2.9% of its workforce. The target will be written into the "
              "Workforce Strategy 2026–2029.",
         hr, "March 2028",
         dict(verb="SET", decision="accepted", owners=[hr], due="2028-03", timeframe="March 2028")),
        ("2", "Transfer up to 25% of the Council’s unspent apprenticeship levy each year to small businesses in "
              "Kestrelford, giving priority to the care and construction sectors.",
         ACC, "Levy transfers will be offered through the Kestrelford Apprenticeship Hub from its first funding "
              "round.",
         "Head of Economic Development /\n\nApprenticeship Hub Manager", "From April 2026",
         dict(verb="TRANSFER", decision="accepted", owners=["Head of Economic Development", "Apprenticeship Hub Manager"],
              due="2026-04", timeframe="From April 2026")),
        ("3", "Guarantee an interview for any care leaver who applies for a Council apprenticeship and meets the "
              "minimum criteria.",
         ACC, "This guarantee has been in place since September 2025 as part of the Corporate Parenting Pledge.",
         hr, "Already in place",
         dict(verb="GUARANTEE", decision="accepted", owners=[hr], due=None, timeframe=None, status="completed")),
        ("4", "Pay apprentices at least the Real Living Wage from the first day of their apprenticeship.",
         PART, "Apprentices aged 19 and over will be paid the Real Living Wage from 1 April 2026. Apprentices under 19 "
               "will move to the Real Living Wage after six months in post, which keeps the cost within the 2026/27 "
               "budget.",
         hr + ", with Payroll", "1 April 2026",
         dict(verb="PAY", decision="partially-accepted", owners=[hr, "Payroll"], due="2026-04-01",
              timeframe="1 April 2026")),
        ("5", "Create a ring-fenced route into Council apprenticeships for residents aged over 50.",
         REJ, "Council apprenticeships are open to people of any age, and a route reserved for one age group could "
              "breach the Equality Act 2010.",
         "N/A", "N/A",
         dict(verb="CREATE", decision="rejected", owners=[], due=None, timeframe=None)),
        ("6", "Report to the Committee every six months the number of apprentices who complete their apprenticeship "
              "and go on to a permanent Council job.",
         ACC, "The first report will cover the year to 31 August 2026.",
         hr, "Six-monthly from October 2026",
         dict(verb="REPORT", decision="accepted", owners=[hr], due="2026-10",
              timeframe="Six-monthly from October 2026")),
        ("7", "Fund a dedicated apprenticeship coordinator post in every directorate.",
         NONE, "A response will be given once the City Council has set the 2026/27 budget on 25 February 2026.",
         "Director of People and Organisational Development", "TBC",
         dict(verb="FUND", decision=None, owners=["Director of People and Organisational Development"], due=None,
              timeframe="TBC")),
    ]
    details = grid_table([18, 30, 16, 30], None, [
        ["**Meeting:**", "Executive", "**Date:**", "11 February 2026"],
        ["**Agenda item:**", "9", "**Exempt:**", "No"],
        ["**Report of:**", "Director of People and Organisational Development", "**Wards:**", "All"],
        ["**Executive Member:**", "Executive Member for Finance and Resources", "**Key decision:**", "No"],
    ])
    rec_a = "agrees the responses to the Committee’s seven recommendations set out in Appendix 1; and"
    rec_b = ("asks the Director of People and Organisational Development to report progress on the accepted "
             "recommendations to the Economy and Skills Scrutiny Committee in October 2026.")
    md = [
        "KESTRELFORD CITY COUNCIL",
        "# Executive Response to the Scrutiny Inquiry into Council Apprenticeships",
        details,
        "## 1. Purpose of report",
        "1.1 The Economy and Skills Scrutiny Committee reported on its inquiry into the Council’s apprenticeships on 26 "
        "November 2025. This report sets out the Executive’s proposed response to each of its seven recommendations.",
        "1.2 Of the seven recommendations, four are accepted, one is partially accepted and one is rejected. The "
        "response to recommendation 7 will be given after the budget is set.",
        "## 2. Recommendations",
        "2.1 That the Executive:",
        "\\(a\\) " + rec_a,
        "\\(b\\) " + rec_b,
        "## 3. Financial and legal implications",
        "3.1 Paying the Real Living Wage to apprentices aged 19 and over costs £186,000 a year and is included in the "
        "draft 2026/27 budget. Levy transfers use unspent levy and have no cost to the Council.",
        "3.2 The responses comply with the Equality Act 2010.",
        "**Background papers:** Economy and Skills Scrutiny Committee – Inquiry into Council Apprenticeships, final "
        "report, November 2025.",
        "**Contact officer:** Head of HR and Organisational Development – 01632 960 433 – "
        "people.services@kestrelford.example",
        "## Appendix 1 – Responses to the recommendations",
        "Key: ☒ the Executive’s response; ☐ not selected.",
    ]
    recs = [recommendation("a", rec_a, verb="AGREES", addressee="Executive"),
            recommendation("b", rec_b, verb="ASKS", addressee="Executive")]
    for n, text, boxes, comments, lead, target, g in items:
        md.append(grid_table([30, 64], None, [
            [f"**Recommendation {n}**", text],
            ["**Executive response**", boxes],
            ["**Comments**", comments],
            ["**Lead officer**", lead],
            ["**Target date**", target],
        ]))
        recs.append(recommendation(n, text, verb=g["verb"], owners=g["owners"], due=g["due"],
                                   timeframe=g["timeframe"], status=g.get("status"), response=comments,
                                   decision=g["decision"]))
    return {
        "name": "kestrelford-executive-response-apprenticeships-inquiry",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-02-02"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="metropolitan city council executive response to a scrutiny inquiry, one tick-box table "
                           "per recommendation", kind="executive-response",
                     title="Executive Response to the Scrutiny Inquiry into Council Apprenticeships",
                     authority=KESTRELFORD, date="2026-02-11", meeting="Executive", recommendations=recs),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's default styles; a headerless four-column "
                  "details grid table with bold labels; \"2.1 That the Executive:\" followed by typed (a)/(b) "
                  "paragraphs (lower-case verbs, \"; and\"); typed 1.1–3.2 paragraphs; an "
                  "appendix with a tick-box key and one headerless two-column grid table per recommendation "
                  "(Recommendation n / Executive response / Comments / Lead officer / Target date); the response row "
                  "as \"☒ Accept ☐ Partially accept ☐ Reject\" with the ticked box moving (four accept, one partial, "
                  "one reject, one with no box ticked); leads with \"/\" plus a paragraph break and \", with "
                  "Payroll\", one \"N/A\"; target dates \"March 2028\", \"From April 2026\", \"Already in place\", "
                  "\"1 April 2026\", \"N/A\", \"Six-monthly from October 2026\", \"TBC\".",
    }


# ---------------------------------------------------------------------------
# C6. Nothing to find: forward plan of key decisions (DOCX, landscape, Arial): a version box;
#     a plan table whose Decision column is written as "To approve …" / "To adopt …" phrases;
#     a withdrawn-and-deferred table; a private-meeting notice; contact block.
# ---------------------------------------------------------------------------


def corrowby_forward_plan():
    grey = "D9D9D9"
    plan = [
        ["KD/2026/01", "To adopt the Corrowby Housing Strategy 2026–2031.", "Cabinet", "10 February 2026", "All",
         "Open", "Cabinet report; consultation summary", "Head of Housing Strategy\nhousing.strategy@corrowby.example"],
        ["KD/2026/02", "To approve the award of a contract for the maintenance of the borough’s parks and open spaces "
                       "from 1 October 2026 (estimated value £4.2 million over five years).", "Cabinet",
         "10 March 2026", "All", "Part exempt (paragraph 3 – commercial information)", "Cabinet report; tender "
         "evaluation (exempt)", "Parks and Open Spaces Manager\nparks@corrowby.example"],
        ["KD/2026/03", "To approve the car park fees and charges for 2026/27.",
         "Cabinet Member for Finance and Assets", "Not before 2 March 2026", "Town Centre; Eastfield; Stannard",
         "Open", "Decision report", "Parking Services Manager\nparking@corrowby.example"],
        ["KD/2026/04", "To approve the purchase of 12 homes at Stannard Lane for use as temporary accommodation.",
         "Cabinet", "14 April 2026", "Stannard", "Part exempt (paragraph 3)", "Cabinet report; valuation (exempt)",
         "Head of Housing Options\nhousing.options@corrowby.example"],
        ["KD/2026/05", "To renew the Town Centre Public Spaces Protection Order for a further three years.",
         "Cabinet Member for Communities and Leisure", "May 2026", "Town Centre", "Open",
         "Decision report; consultation responses", "Community Safety Manager\ncommunity.safety@corrowby.example"],
        ["KD/2026/06", "To award grants from the Community Infrastructure Levy Neighbourhood Fund 2026/27.",
         "Director of Place, in consultation with the Cabinet Member for Planning", "May 2026", "All", "Open",
         "Officer decision report", "Planning Policy Manager\nplanning.policy@corrowby.example"],
        ["KD/2025/61", "To recommend to Council the Corrowby Local Plan (Regulation 19) for publication and "
                       "submission.", "Cabinet, then Council", "Cabinet 12 May 2026; Council 21 May 2026", "All",
         "Open", "Cabinet report; draft Local Plan", "Planning Policy Manager\nplanning.policy@corrowby.example"],
    ]
    removed = [
        ["KD/2025/49", "Leisure centre management options", "Deferred to September 2026 while the leisure facilities "
                                                            "review is completed."],
        ["KD/2025/55", "Disposal of the former depot, Mill Lane", "Withdrawn – the site will be kept for the "
                                                                  "temporary accommodation programme (KD/2026/04)."],
    ]
    blocks = [
        ("p", "**CORROWBY BOROUGH COUNCIL**"),
        ("title", "Forward Plan of Key Decisions: 1 February to 31 May 2026"),
        ("table", {"cols": [3.6, 4.3, 3.6, 4.2, 3.6, 4.6], "rows": [
            [{"text": "Version:", "bold": True, "fill": grey}, "4",
             {"text": "Published:", "bold": True, "fill": grey}, "2 January 2026",
             {"text": "Replaces:", "bold": True, "fill": grey}, "Version 3 (1 December 2025)"],
            [{"text": "Published by:", "bold": True, "fill": grey}, "Democratic Services",
             {"text": "Next update:", "bold": True, "fill": grey}, "30 January 2026",
             {"text": "Period covered:", "bold": True, "fill": grey}, "1 February to 31 May 2026"],
        ]}),
        ("h", 2, "About this plan"),
        ("p", "This plan lists the key decisions that the Cabinet, individual Cabinet Members and officers expect to take "
              "in the next four months. It is published at least 28 clear days before each decision under the Local "
              "Authorities (Executive Arrangements) (Meetings and Access to Information) (England) Regulations 2012."),
        ("p", "A key decision is one that is likely to result in spending or savings of £250,000 or more, or to have a "
              "significant effect on communities living or working in two or more wards."),
        ("p", "Anyone who wishes to make representations about a decision should contact the lead officer at least "
              "five working days before the expected date. Reports are published on the Council’s website five "
              "working days before the decision is taken."),
        ("h", 2, "Key decisions expected"),
        ("table", {"cols": [2.2, 5.2, 2.9, 2.4, 2.1, 2.3, 2.4, 4.4], "font": 8.5, "header_fill": grey,
                   "header": ["Ref", "Decision to be taken", "Decision maker", "Expected date", "Wards",
                              "Open / exempt", "Documents", "Lead officer"],
                   "rows": plan}),
        ("h", 2, "Items withdrawn or deferred since Version 3"),
        ("table", {"cols": [2.3, 7.0, 14.6], "font": 9, "header_fill": grey,
                   "header": ["Ref", "Subject", "Reason"], "rows": removed}),
        ("h", 2, "Notice of private meetings"),
        ("p", "Parts of the Cabinet meetings on 10 March and 14 April 2026 are likely to be held in private, because the "
              "reports will contain information about the financial or business affairs of a person (paragraph 3 of "
              "Schedule 12A to the Local Government Act 1972). Representations about holding these items in private "
              "may be made to Democratic Services by 5.00 pm on 20 February 2026."),
        ("p", "**Contact:** Democratic Services, Town Hall, Market Place, Corrowby – democratic.services@corrowby.example "
              "– 01632 960 271"),
        ("p", "Leader of the Council: Councillor J.A.        Monitoring Officer: Head of Legal and Democratic Services"),
    ]
    return {
        "name": "corrowby-forward-plan-february-may-2026",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-01-02", "doc_title": "Forward Plan of Key Decisions – Version 4",
                 "author": "Democratic Services", "font": "Arial", "size": 10, "title_size": 16,
                 "landscape": True, "header": "Corrowby Borough Council – Forward Plan – Version 4",
                 "footer": "Forward Plan of Key Decisions, 1 February to 31 May 2026"},
        "blocks": blocks,
        "gold": dict(genre="borough council forward plan of key decisions (nothing to extract)", kind="other",
                     title="Forward Plan of Key Decisions: 1 February to 31 May 2026", authority=CORROWBY,
                     date="2026-01-02", meeting=None),
        "layout": "DOCX, landscape, Arial, Word heading styles, running header and footer; a grey-labelled "
                  "six-column version box (Version / Published / Replaces / Published by / Next update / Period "
                  "covered); an 8.5 pt plan table Ref | Decision to be taken | Decision maker | Expected date | Wards "
                  "| Open / exempt | Documents | Lead officer with a grey header, decisions written as \"To adopt …\", "
                  "\"To approve …\", \"To renew …\", \"To award …\", \"To recommend to Council …\", lead officers "
                  "with e-mail addresses on a second line; a withdrawn-or-deferred table (one \"Deferred to September "
                  "2026 …\"); a notice of private meetings; contact line. Nothing to find.",
    }


PAPERS = [kestrelford_call_in, corrowby_record, kestrelford_council_minutes, corrowby_fly_tipping,
          kestrelford_exec_response, corrowby_forward_plan]
