"""Papers of the fifth batch, part E: six made-up council governance papers from two invented
authorities, Fallowfen District Council (a district council with a Cabinet and a Planning
Committee, with Fallowfen Marsh Parish Council inside it) and Yarrowby City Council (a unitary
city council with an Executive, Executive Members, an Audit and Governance Committee and
scrutiny panels). People are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every place, firm and figure is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks) and without running it, in templates the earlier papers do not use: an internal
audit report with a management action plan, planning committee minutes (granted, refused with
reasons, deferred), parish council minutes in the small-council style with a payments table and
a clerk's action list, a full council notices-of-motion item with officer comments and an
amendment, a Cabinet agenda pack (front sheet plus two reports, each with its own
recommendations box) and a scrutiny annual report. Each paper names its own split. Every gold
value is written by hand beside the words it labels; the "Deep papers, part E" section of Corpus/genres/README.md records the choices where the
rules left room.
"""

from gold import action, decision, recommendation
from papers_fresh import grid_table

FALLOWFEN = "Fallowfen District Council"
MARSH = "Fallowfen Marsh Parish Council"
YARROWBY = "Yarrowby City Council"


# ---------------------------------------------------------------------------
# E1. Internal audit report to the Audit and Governance Committee (PDF via Chromium, DejaVu
#     Sans): a bordered front table without shading; "2.1 The Committee is asked to note …";
#     an assurance-levels table with the opinion shaded, a recommendations-by-priority table,
#     scope bullets, "5.4 The Chief Internal Auditor recommends that …" (not an item); an
#     appendix management action plan Ref | Priority | Finding | Recommendation | Management
#     response | Responsible officer | Target date, priorities as shaded words, the table
#     running over a page break between rows.
# ---------------------------------------------------------------------------


def yarrowby_internal_audit():
    cover = ("2.1 The Committee is asked to note the findings of the internal audit of purchasing cards, the limited "
             "assurance opinion given and the management actions agreed in the action plan at Appendix A.")
    cover_text = cover[4:]
    pri = {"High": "F4B6B0", "Medium": "FCE4B0", "Low": "D8EBC9"}
    # (ref, priority, finding, recommendation, response, officer cell, target cell, gold)
    rows = [
        ("R1", "High",
         "**Card limits.** 14 of the 40 cards tested had a single-transaction limit above the £1,000 allowed by the "
         "Purchasing Card Procedures; five were set at £5,000. No written approval for a higher limit was held for any "
         "of them.",
         "Review the transaction limits on all active cards and reduce any limit above £1,000 unless a higher limit "
         "has been approved in writing by the Chief Finance Officer.",
         "Agreed. All 212 active cards will be checked against the procedures and limits reduced where no written "
         "approval is held.",
         "Exchequer Services Manager", "31 March 2026",
         dict(verb="REVIEW", decision="accepted", owners=["Exchequer Services Manager"], due="2026-03-31")),
        ("R2", "High",
         "**Leavers.** Three cards held by staff who had left the Council were still active. One was used after the "
         "holder’s last day (£212.40, since recovered).",
         "Ensure that purchasing cards are cancelled on or before the cardholder’s last working day, by adding the "
         "return of the card to the HR leavers checklist and checking the monthly leavers report against the card "
         "register.",
         "Agreed. The leavers checklist was changed in November 2025. The monthly check against the leavers report "
         "will start with the January 2026 report.",
         "Exchequer Services Manager /\nHR Operations Manager", "January 2026",
         dict(verb="ENSURE", decision="accepted", owners=["Exchequer Services Manager", "HR Operations Manager"],
              due="2026-01")),
        ("R3", "Medium",
         "**Approval of statements.** In 9 of 40 monthly statements the manager’s approval was recorded more than 30 "
         "days after the statement date. Two statements had no recorded approval.",
         "Remind approving managers of the ten-working-day deadline for approving statements, and report overdue "
         "approvals to directorate management teams each month.",
         "Agreed. A reminder was sent to all approvers on 2 December 2025. Monthly exception reports will start with "
         "the February 2026 statements.",
         "Exchequer Services Manager; Directorate Finance Business Partners", "Q4 2025/26",
         dict(verb="REMIND", decision="accepted",
              owners=["Exchequer Services Manager", "Directorate Finance Business Partners"], due="2026-03")),
        ("R4", "Medium",
         "**Receipts.** VAT receipts were missing for 17 of the 120 transactions tested (£3,904.18), so the VAT on them "
         "could not be recovered.",
         "Require cardholders to upload a valid VAT receipt for every transaction over £50 before the statement can be "
         "approved.",
         "Partially agreed. The card system can enforce a receipt for transactions over £250 from April 2026. Below "
         "that level a sample of transactions will be checked each quarter.",
         "Head of Finance (Technical)\nSystems Accountant", "30/04/2026",
         dict(verb="REQUIRE", decision="partially-accepted", owners=["Head of Finance (Technical)",
                                                                    "Systems Accountant"], due="2026-04-30")),
        ("R5", "Medium",
         "**Blocked merchant categories.** No card was blocked from cash withdrawals, gambling or personal services "
         "merchant categories.",
         "Block the merchant category codes for cash withdrawals, gambling and personal services on all cards, "
         "allowing exceptions only where a business need has been approved.",
         "Agreed. The blocks were applied to every card on 15 December 2025.",
         "Exchequer Services Manager", "Implemented",
         dict(verb="BLOCK", decision="accepted", owners=["Exchequer Services Manager"], due=None, timeframe=None,
              status="completed")),
        ("R6", "Low",
         "**Procedures.** The Purchasing Card Procedures were last updated in 2019 and name a card provider the "
         "Council no longer uses.",
         "Update the Purchasing Card Procedures and publish them on the intranet with a version date and a named "
         "owner.",
         "Agreed.",
         "Head of Finance (Technical)", "End of September 2026",
         dict(verb="UPDATE", decision="accepted", owners=["Head of Finance (Technical)"], due="2026-09")),
        ("R7", "Low",
         "**Management information.** Card spending is not reported to the Corporate Leadership Team, so unusual "
         "patterns of spending are unlikely to be noticed.",
         "Produce a quarterly report of purchasing card spending by directorate and by supplier for the Corporate "
         "Leadership Team.",
         "Not agreed. Card spending already appears in the monthly budget monitoring reports to each directorate, and "
         "a separate report would add little. The Chief Finance Officer accepts the risk.",
         "Chief Finance Officer", "N/A",
         dict(verb="PRODUCE", decision="rejected", owners=["Chief Finance Officer"], due=None, timeframe=None)),
    ]
    lab = lambda t: {"text": t, "bold": True}
    plan_rows = [[{"text": ref, "bold": True}, {"text": p, "fill": pri[p], "bold": True}, f, r, resp, off, tgt]
                 for ref, p, f, r, resp, off, tgt, _ in rows]
    blocks = [
        ("p", "**YARROWBY CITY COUNCIL**"),
        ("table", {"cols": [4.0, 13.0], "rows": [
            [lab("Committee:"), "Audit and Governance Committee"],
            [lab("Date of meeting:"), "Tuesday 27 January 2026"],
            [lab("Agenda item:"), "8"],
            [lab("Report of:"), "Chief Internal Auditor"],
            [lab("Classification:"), "Open"],
            [lab("Wards affected:"), "None specifically"],
        ]}),
        ("title", "Internal Audit Report: Purchasing Cards 2025/26"),
        ("h", 2, "1. Purpose of the report"),
        ("p", "1.1 This report gives the Committee the outcome of the internal audit of the Council’s purchasing "
              "cards, which was part of the Internal Audit Plan 2025/26 approved by the Committee on 25 March 2025. "
              "The audit was completed in December 2025 and the final report was issued to management on 9 January "
              "2026."),
        ("h", 2, "2. Recommendation"),
        ("p", cover),
        ("h", 2, "3. Background"),
        ("p", "3.1 The Council issues purchasing cards to staff who buy low-value goods and services, mainly for "
              "schools support, highways depots and building maintenance. In the year to 30 September 2025 there "
              "were 212 active cards and 14,880 transactions worth £2.31 million."),
        ("p", "3.2 The last audit of purchasing cards, in 2022/23, gave reasonable assurance. Since then the card "
              "provider has changed and the administration of cards has moved from Procurement to Exchequer "
              "Services."),
        ("h", 2, "4. Scope of the audit"),
        ("p", "4.1 The audit covered the period 1 April to 30 September 2025. It looked at whether:"),
        ("list", "bullet", 1, [
            "cards are issued only to authorised staff, with limits set in line with the procedures;",
            "transactions are supported by receipts and approved by a manager in good time;",
            "cards are cancelled promptly when staff leave or change role; and",
            "spending is monitored and unusual transactions are followed up.",
        ]),
        ("p", "4.2 A sample of 40 cardholders and 120 transactions was tested. The audit did not cover the "
              "corporate fuel cards, which will be audited in 2026/27."),
        ("h", 2, "5. Audit opinion and findings"),
        ("p", "5.1 The Chief Internal Auditor’s opinion is that the Council’s arrangements for purchasing cards give "
              "**limited assurance**. The assurance levels are defined as follows (the opinion given is shaded)."),
        ("table", {"cols": [3.2, 13.8], "font": 9, "header_fill": "DDDDDD",
                   "header": ["Opinion", "Definition"], "rows": [
            ["Substantial", "A sound system of governance, risk management and control exists, with internal controls "
                            "operating effectively and being consistently applied."],
            ["Reasonable", "There is a generally sound system, but there are some weaknesses that may put some "
                           "objectives at risk."],
            [{"text": "Limited", "fill": "FCE4B0", "bold": True},
             {"text": "There are significant weaknesses in the system of control that put the achievement of "
                      "objectives at risk.", "fill": "FCE4B0"}],
            ["No assurance", "Controls are generally weak or absent, leaving the system open to significant error "
                             "or abuse."],
        ]}),
        ("p", "5.2 The audit made seven recommendations. Management has agreed five in full and one in part, and has "
              "accepted the risk in the other."),
        ("table", {"cols": [4.0, 3.0, 3.0, 3.0, 4.0], "font": 9, "header_fill": "DDDDDD",
                   "header": ["Priority", "Made", "Agreed", "Partially agreed", "Not agreed"], "rows": [
            ["High", "2", "2", "0", "0"],
            ["Medium", "3", "2", "1", "0"],
            ["Low", "2", "1", "0", "1"],
            [{"text": "Total", "bold": True}, {"text": "7", "bold": True}, {"text": "5", "bold": True},
             {"text": "1", "bold": True}, {"text": "1", "bold": True}],
        ]}),
        ("p", "5.3 Areas that were working well included the issue of new cards, which in every case tested had a "
              "signed cardholder agreement, and the monthly reconciliation of the card account to the ledger."),
        ("p", "5.4 Because the opinion is limited, the Chief Internal Auditor recommends that the Committee receives "
              "a follow-up report on the high priority actions at its meeting in July 2026. This will be added to "
              "the Committee’s work programme."),
        ("h", 2, "6. Implications"),
        ("p", "6.1 **Financial:** the £212.40 spent on a leaver’s card has been recovered. VAT of about £650 could not "
              "be reclaimed on the transactions without receipts."),
        ("p", "6.2 **Legal and governance:** the Accounts and Audit Regulations 2015 require the Council to maintain "
              "a sound system of internal control. There are no other legal implications."),
        ("p", "**Background papers:** Internal Audit Plan 2025/26; Purchasing Card Procedures (2019)."),
        ("p", "**Contact:** Chief Internal Auditor, Yarrowby Internal Audit Service, Civic Centre, Yarrowby – "
              "internal.audit@yarrowby.example – 01632 960 552"),
        ("break",),
        ("h", 2, "Appendix A – Management action plan"),
        ("p", "Priorities: **High** – a fundamental weakness that needs action within three months; **Medium** – a "
              "significant weakness that needs action within six months; **Low** – an improvement to good practice."),
        ("table", {"cols": [1.1, 1.6, 4.0, 3.8, 3.9, 2.5, 1.9], "font": 8.5, "header_fill": "B4C6E7",
                   "header": ["Ref", "Priority", "Finding", "Recommendation", "Management response",
                              "Responsible officer", "Target date"], "rows": plan_rows}),
        ("p", "Distribution: Chief Finance Officer (Section 151 Officer); Exchequer Services Manager; Head of Finance "
              "(Technical); HR Operations Manager; External Auditor."),
        ("p", "Auditor: Senior Auditor (R.K.). Reviewed by: Audit Manager (C.D.)."),
    ]
    recs = [recommendation("2.1", cover_text, verb="NOTE", addressee="Committee")]
    for ref, p, f, r, resp, off, tgt, g in rows:
        recs.append(recommendation(ref, r, verb=g["verb"], owners=g["owners"], due=g["due"],
                                   timeframe=g.get("timeframe", tgt), status=g.get("status"), response=resp,
                                   decision=g["decision"]))
    return {
        "name": "yarrowby-internal-audit-report-purchasing-cards",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"created": "2026-01-16", "doc_title": "Internal Audit Report – Purchasing Cards 2025/26",
                 "css_font": "'DejaVu Sans', sans-serif", "size": 9.5, "title_color": "1F3864",
                 "footer": "Yarrowby City Council – Audit and Governance Committee – 27 January 2026 – Item 8"},
        "blocks": blocks,
        "gold": dict(genre="unitary city council internal audit report to an audit and governance committee, with a "
                           "management action plan", kind="committee-report",
                     title="Internal Audit Report: Purchasing Cards 2025/26", authority=YARROWBY, date="2026-01-27",
                     meeting="Audit and Governance Committee", recommendations=recs),
        "layout": "PDF (HTML → Chromium), DejaVu Sans 9.5 pt; a bold letterhead line; a bordered two-column front "
                  "table with bold unshaded labels (Committee / Date of meeting / Agenda item / Report of / "
                  "Classification / Wards affected); typed 1.1–6.2 paragraphs; \"2.1 The Committee is asked to note "
                  "…\"; scope bullets; an assurance-levels table with the opinion given shaded and a "
                  "recommendations-by-priority figures table (not items); \"5.4 … the Chief Internal Auditor "
                  "recommends that the Committee receives …\" (not an item); after a page break an appendix "
                  "management action plan Ref | Priority | Finding | Recommendation | Management response | "
                  "Responsible officer | Target date with a blue header, refs R1–R7, priorities as bold words in "
                  "red/amber/green cells, findings with bold lead words, responses opening \"Agreed.\", \"Partially "
                  "agreed.\", \"Not agreed.\"; officers split by \"/\" plus line break, \";\" and a bare line break; "
                  "target dates \"31 March 2026\", \"January 2026\", \"Q4 2025/26\", \"30/04/2026\", "
                  "\"Implemented\", \"End of September 2026\", \"N/A\"; the table runs over a page break between "
                  "rows; distribution and auditor lines.",
    }


# ---------------------------------------------------------------------------
# E2. Planning Committee minutes (PDF via LibreOffice, Liberation Sans, page footer): minute
#     numbers "PC 71/25" … in bold capital paragraphs; a speakers table; applications with
#     "RESOLVED: That planning permission be GRANTED subject to …", one REFUSED with a
#     Word-numbered list of reasons for refusal (not decisions), one DEFERRED, one with parts
#     (1)/(2); votes, the update sheet and the appeals table (not items).
# ---------------------------------------------------------------------------


def fallowfen_planning_minutes():
    maker = "Planning Committee"
    minutes = "the minutes of the meeting held on 13 November 2025 be approved as a correct record and signed by the Chair."
    grant_1 = ("planning permission be GRANTED subject to the conditions set out in the report and the update sheet, "
               "and to the prior completion of a section 106 agreement securing 30% affordable housing, a contribution "
               "of £184,000 towards primary education and the long-term management of the open space.")
    refuse = "planning permission be REFUSED, contrary to the officer recommendation, for the reasons set out below."
    defer = ("consideration of the application be DEFERRED to allow officers to obtain the Lead Local Flood "
             "Authority’s comments on the revised drainage strategy, and for members to visit the site, before the "
             "application is brought back to the Committee.")
    parts = [
        "planning permission be GRANTED subject to the conditions set out in the report, with condition 4 amended to "
        "require the first-floor side window to be obscure-glazed and fixed shut at all times; and",
        "the Head of Planning be authorised to make minor changes to the wording of the conditions before the decision "
        "notice is issued.",
    ]
    tpo = ("Tree Preservation Order FDC/TPO/2025/04 (Land at The Rectory, Church Lane, Fallowfen Marsh) be confirmed "
           "without modification.")

    def minute(num, title):
        return ("p", f"**{num}\t{title}**")

    blocks = [
        ("p", "FALLOWFEN DISTRICT COUNCIL"),
        ("title", "Planning Committee"),
        ("p", "Minutes of the meeting held in the Council Chamber, Fallowfen House, Fallowfen, on Thursday 11 December "
              "2025 at 6.00 pm."),
        ("p", "**Present:** Councillors A.R. (Chair), S.G. (Vice-Chair), B.C., E.D., H.F., J.W., K.L., M.P., N.T. and "
              "V.Y."),
        ("p", "**Substitute:** Councillor O.B. for Councillor L.H."),
        ("p", "**Officers:** Head of Planning; Development Management Team Leader; Principal Planning Officer (J.S.); "
              "Senior Planning Officer (T.M.); Planning Solicitor; Democratic Services Officer."),
        minute("PC 70/25", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
        ("p", "Apologies for absence were received from Councillor L.H. Councillor O.B. attended as her substitute."),
        minute("PC 71/25", "DECLARATIONS OF INTEREST"),
        ("p", "Councillor J.W. declared a non-registrable interest in application 25/00731/FUL (minute PC 74/25), as "
              "his home adjoins the site. He left the Chamber for that item and took no part in the debate or the "
              "vote."),
        ("p", "Councillor M.P. stated that, as a member of Fallowfen Marsh Parish Council, she had been present when "
              "the Parish Council discussed applications 25/00731/FUL and 25/00655/OUT, but had not voted and had an "
              "open mind."),
        minute("PC 72/25", "MINUTES"),
        ("p", "**RESOLVED:** That " + minutes),
        minute("PC 73/25", "PUBLIC SPEAKING"),
        ("p", "The Chair explained the procedure for public speaking. Each speaker would have up to three minutes. The "
              "following had registered to speak:"),
        ("table", {"cols": [3.0, 3.4, 3.4, 3.6, 3.6], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Application", "Objector", "Supporter / applicant", "Parish council", "Ward member"],
                   "rows": [
                       ["25/00731/FUL", "Mr P. (neighbour)", "Agent for the applicant", "–", "Councillor R.D."],
                       ["25/00802/FUL", "Mrs K. (Station Road residents)", "The applicant", "Fallowfen Town Council",
                        "–"],
                       ["25/00655/OUT", "Mr and Mrs G.", "Agent for the applicant", "Fallowfen Marsh Parish Council "
                                                                                    "(Chair)", "Councillor R.D."],
                   ]}),
        minute("PC 74/25", "25/00731/FUL – LAND NORTH OF MILL DROVE, FALLOWFEN MARSH"),
        ("p", "Erection of 46 dwellings with access from Mill Drove, open space and a surface water attenuation pond."),
        ("p", "(Councillor J.W. had left the Chamber.)"),
        ("p", "The Principal Planning Officer presented the report. The update sheet reported two further letters of "
              "objection and a revised landscaping plan, and added a condition on the hours of construction. The "
              "officer recommendation was to grant permission subject to conditions and a section 106 agreement."),
        ("p", "The Committee heard from the objector, the agent for the applicant and the ward member. Members asked "
              "about the capacity of Fallowfen Marsh Primary School and the maintenance of the attenuation pond. The "
              "Development Management Team Leader confirmed that the pond would be managed by a management company "
              "secured through the section 106 agreement."),
        ("p", "It was proposed by Councillor S.G. and seconded by Councillor K.L. that the officer recommendation be "
              "approved. On being put to the vote (For 7, Against 2, Abstentions 1), it was"),
        ("p", "**RESOLVED:** That " + grant_1),
        minute("PC 75/25", "25/00802/FUL – THE OLD MALTINGS, STATION ROAD, FALLOWFEN"),
        ("p", "Change of use of the former maltings to nine flats, with a three-storey rear extension and four parking "
              "spaces."),
        ("p", "(Councillor J.W. returned to the Chamber.)"),
        ("p", "The Senior Planning Officer presented the report, which recommended approval. She reminded the "
              "Committee that the building is a non-designated heritage asset and that the Highway Authority had "
              "raised no objection on parking grounds."),
        ("p", "After hearing the speakers, members expressed concern about the height of the rear extension next to "
              "the cottages in Maltings Yard and about the shortage of parking in Station Road. Councillor E.D. "
              "proposed and Councillor V.Y. seconded that permission be refused. The Planning Solicitor advised on the "
              "reasons that could be given. On being put to the vote (For 7, Against 4), it was"),
        ("p", "**RESOLVED:** That " + refuse),
        ("p", "**Reasons for refusal**"),
        ("list", "1.", 1, [
            "The three-storey rear extension, by reason of its height, depth and position close to the boundary, would "
            "have an overbearing effect on the occupiers of 1 to 4 Maltings Yard and would cause a significant loss of "
            "light to their living rooms, contrary to Policy DM3 of the Fallowfen Local Plan 2021.",
            "The scale and flat-roofed design of the extension would harm the character and significance of the Old "
            "Maltings as a non-designated heritage asset, and this harm is not outweighed by the public benefits of "
            "the scheme, contrary to Policy DM11 of the Fallowfen Local Plan 2021.",
        ]),
        minute("PC 76/25", "25/00655/OUT – LAND AT HYTHE FARM, GULLET LANE, FALLOWFEN MARSH"),
        ("p", "Outline application for up to 120 dwellings, with all matters reserved except access."),
        ("p", "The Principal Planning Officer presented the report and the update sheet, which reported that a revised "
              "drainage strategy had been received on 8 December 2025 and that the Lead Local Flood Authority had not "
              "yet commented on it. The officer recommendation remained to grant outline permission."),
        ("p", "The Chair of Fallowfen Marsh Parish Council spoke against the application, describing flooding on "
              "Gullet Lane in the winters of 2023 and 2024. Members agreed that they could not determine the "
              "application without the Lead Local Flood Authority’s view. Councillor H.F. proposed and Councillor "
              "N.T. seconded a deferral, which was agreed without a vote."),
        ("p", "**RESOLVED:** That " + defer),
        minute("PC 77/25", "25/00914/HOU – 3 CHURCH LANE, FALLOWFEN MARSH"),
        ("p", "Two-storey side extension. The application was reported to the Committee because the applicant is "
              "employed by the Council."),
        ("p", "There were no registered speakers. Councillor B.C. asked for the side window facing 5 Church Lane to be "
              "fixed shut as well as obscure-glazed, and the Senior Planning Officer agreed to amend condition 4."),
        ("p", "**RESOLVED:** That:"),
        ("p", "(1)\t" + parts[0]),
        ("p", "(2)\t" + parts[1]),
        minute("PC 78/25", "TREE PRESERVATION ORDER FDC/TPO/2025/04"),
        ("p", "The Committee considered one objection to the provisional order, from the owner of The Rectory, who "
              "wished to fell two of the protected limes. The Council’s Tree Officer considered that the trees were "
              "healthy and of high amenity value."),
        ("p", "**RESOLVED:** That " + tpo),
        minute("PC 79/25", "APPEAL DECISIONS"),
        ("p", "The Committee noted the following appeal decisions received since the last meeting."),
        ("table", {"cols": [3.0, 7.0, 3.5, 3.5], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Reference", "Site and proposal", "Decision of", "Appeal outcome"], "rows": [
                       ["24/01180/FUL", "Barn at Lode End Farm – conversion to two holiday lets", "Committee",
                        "Dismissed"],
                       ["25/00207/HOU", "18 Fen View – front dormer", "Delegated", "Allowed"],
                       ["25/00319/ADV", "Unit 4, Marsh Road Industrial Estate – illuminated sign", "Delegated",
                        "Dismissed"],
                   ]}),
        ("p", "The meeting closed at 9.05 pm."),
        ("p", "Chair …………………………………          Date ……………………"),
    ]
    decisions = [
        decision("PC 72/25", None, minutes, maker),
        decision("PC 74/25", None, grant_1, maker),
        decision("PC 75/25", None, refuse, maker),
        decision("PC 76/25", None, defer, maker),
        decision("PC 77/25", "1", parts[0], maker),
        decision("PC 77/25", "2", parts[1], maker),
        decision("PC 78/25", None, tpo, maker),
    ]
    return {
        "name": "fallowfen-planning-committee-minutes-december-2025",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2025-12-15", "doc_title": "Planning Committee – Minutes – 11 December 2025",
                 "author": "Democratic Services", "font": "Liberation Sans", "size": 10.5, "title_size": 18,
                 "title_color": "1F4E79",
                 "footer": "Planning Committee – 11 December 2025 – unconfirmed minutes"},
        "blocks": blocks,
        "gold": dict(genre="district council planning committee minutes (granted, refused with reasons, deferred)",
                     kind="minutes", title="Planning Committee", authority=FALLOWFEN, date="2025-12-11",
                     meeting="Planning Committee", decisions=decisions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10.5 pt, page footer; letterhead line, large "
                  "\"Planning Committee\" heading, Present / Substitute / Officers lines; minute numbers \"PC 70/25\" … "
                  "\"PC 79/25\" with capital titles in bold paragraphs (tab after the number, not heading styles); a "
                  "declaration of interest and a councillor leaving the Chamber; a public speakers table (not items); "
                  "officer presentations, update sheets and votes in prose; \"RESOLVED: That planning permission be "
                  "GRANTED subject to … section 106 agreement …\"; one application REFUSED contrary to the officer "
                  "recommendation, followed by a bold \"Reasons for refusal\" line and a Word-numbered 1.–2. list "
                  "(not decisions); one DEFERRED; \"RESOLVED: That:\" with typed (1)/(2) parts; a tree preservation "
                  "order confirmed; an appeal decisions table \"noted\" (not items); signature line.",
    }


# ---------------------------------------------------------------------------
# E3. Parish council minutes (DOCX, Calibri, small-council style): item numbers "25/112" …
#     "25/123" in bold paragraphs; "Proposed by Cllr …, seconded by Cllr …, it was RESOLVED to
#     …"; "it was RESOLVED that …"; "RESOLVED unanimously to …"; a payments table (not items);
#     bank reconciliation noted; a closing "Clerk's actions" table Minute | Action | Who | By.
# ---------------------------------------------------------------------------


def fallowfen_marsh_parish_minutes():
    maker = MARSH
    d_absence = "to accept the reason for absence."
    d_minutes = ("the minutes of the Ordinary Meeting held on 21 October 2025 be approved and signed by the Chair as a "
                 "true record.")
    d_plan_b = "to make no objection to application 25/00947/HOU (two-storey side extension, 12 Marsh Road)."
    d_plan_c = ("to object to application 25/00960/FUL (two holiday lodges, land at Pinchbeck’s Drove) on the grounds of "
                "flood risk and the loss of grazing marsh.")
    d_pay = "to approve the payments listed above, totalling £4,872.16."
    d_budget = ("to adopt the draft budget for 2026/27 for consultation, and to set the precept at the meeting on 20 "
                "January 2026.")
    d_rents = ("to increase allotment rents to £38 a year for a full plot and £20 for a half plot from 1 November 2026, "
               "giving tenants the twelve months’ notice their tenancy agreements require.")
    d_zip = ("to accept the quotation of £1,140 plus VAT from Marsh Play Services Ltd to replace the zip wire seat and "
             "cable, to be paid from the play area reserve.")
    d_sid = ("to ask the County Council’s highways team for permission to install a speed indicator device on Gullet "
             "Lane, and to fund the device from the Community Infrastructure Levy balance.")

    def item(num, title):
        return ("p", f"**{num}\t{title}**")

    payments = [
        ["Clerk (J.H.)", "Salary, November (net)", "1,046.32", "0.00", "1,046.32", "BACS"],
        ["HMRC", "PAYE and NI, November", "261.58", "0.00", "261.58", "BACS"],
        ["Fallowfen District Council", "Dog and litter bin emptying, Q3", "486.00", "97.20", "583.20", "BACS"],
        ["Marsh Garden Services", "Grass cutting, October (final cut)", "725.00", "145.00", "870.00", "BACS"],
        ["Fenland Lighting Ltd", "Street light maintenance, six months", "620.40", "124.08", "744.48", "BACS"],
        ["Fallowfen Marsh Village Hall", "Hire of hall for meetings, Sept–Nov", "96.00", "0.00", "96.00", "Cheque 1187"],
        ["Royal British Legion", "Wreath, Remembrance Sunday (s.137)", "45.00", "0.00", "45.00", "BACS"],
        ["A.S. Signs", "Replacement noticeboard, Fen Corner", "1,021.98", "204.40", "1,226.38", "BACS"],
        [{"text": "Total", "bold": True}, "", {"text": "4,302.28", "bold": True}, {"text": "570.68", "bold": True},
         {"text": "4,872.16", "bold": True}, ""],
    ]
    actions = [
        ("25/117(c)", "Submit the Parish Council’s objection to application 25/00960/FUL on the District Council’s "
                      "planning portal.", "Clerk", "25 November 2025",
         dict(owners=["Clerk"], due="2025-11-25")),
        ("25/118(c)", "Circulate the draft budget and the precept options to all councillors.", "Clerk (RFO)",
         "By 9 January 2026", dict(owners=["Clerk (RFO)"], due="2026-01-09")),
        ("25/119", "Write to all allotment tenants giving notice of the new rents.", "Clerk", "30/11/2025",
         dict(owners=["Clerk"], due="2025-11-30")),
        ("25/120", "Order the replacement zip wire seat and cable, and tape off the zip wire until it is repaired.",
         "Clerk /\nCllr R.T.", "Immediately", dict(owners=["Clerk", "Cllr R.T."], due=None)),
        ("25/121", "Apply to the County Council for permission to install a speed indicator device on Gullet Lane.",
         "Clerk", "Before next meeting", dict(owners=["Clerk"], due=None)),
        ("25/115", "Report the dog fouling on the footpath beside St Guthlac’s churchyard to the District Council’s "
                   "dog warden.", "Cllr P.M. and Clerk", "", dict(owners=["Cllr P.M.", "Clerk"], due=None)),
    ]
    blocks = [
        ("title", "Fallowfen Marsh Parish Council"),
        ("p", "Minutes of the Ordinary Meeting of the Parish Council held on Tuesday 18 November 2025 at 7.30 pm in the "
              "Village Hall, Fen Corner, Fallowfen Marsh"),
        ("p", "**Present:** Cllr H.M. (Chair), Cllr P.O. (Vice-Chair), Cllr S.B., Cllr G.E., Cllr P.M., Cllr R.T. and "
              "Cllr W.A."),
        ("p", "**In attendance:** J.H. (Clerk and Responsible Financial Officer); District Cllr R.D. (for items 25/112 "
              "to 25/116); four members of the public."),
        item("25/112", "APOLOGIES FOR ABSENCE"),
        ("p", "Apologies were received from Cllr D.K. (work commitments). Proposed by Cllr P.O., seconded by Cllr G.E., "
              "it was RESOLVED " + d_absence),
        item("25/113", "DECLARATIONS OF INTEREST AND REQUESTS FOR DISPENSATIONS"),
        ("p", "Cllr S.B. declared an other registrable interest in item 25/119 as Secretary of the Fallowfen Marsh "
              "Allotment Society, and did not vote on that item. No requests for dispensations had been received."),
        item("25/114", "MINUTES OF THE PREVIOUS MEETING"),
        ("p", "Proposed by Cllr W.A., seconded by Cllr R.T., it was RESOLVED that " + d_minutes),
        item("25/115", "PUBLIC PARTICIPATION"),
        ("p", "The meeting was adjourned for public participation. A resident of Gullet Lane asked what the Parish "
              "Council could do about speeding traffic; this is dealt with under item 25/121. Another resident "
              "reported dog fouling on the footpath beside St Guthlac’s churchyard. The meeting was reconvened at "
              "7.48 pm."),
        item("25/116", "REPORT OF THE DISTRICT COUNCILLOR"),
        ("p", "District Cllr R.D. reported that the District Council’s Planning Committee would consider the Hythe Farm "
              "application (25/00655/OUT) on 11 December 2025 and that the Parish Council Chair could register to "
              "speak. The garden waste charge for 2026/27 will be £58. The report was noted."),
        item("25/117", "PLANNING"),
        ("p", "(a) 25/00655/OUT, Land at Hythe Farm, Gullet Lane – the Chair will speak at the District Council’s "
              "Planning Committee on 11 December 2025, repeating the objection submitted on 23 September 2025."),
        ("p", "(b) 25/00947/HOU, 12 Marsh Road – proposed by Cllr P.M., seconded by Cllr S.B., it was RESOLVED "
              + d_plan_b),
        ("p", "(c) 25/00960/FUL, Land at Pinchbeck’s Drove – it was RESOLVED unanimously " + d_plan_c),
        item("25/118", "FINANCE"),
        ("p", "(a) **Payments.** The following payments were presented for approval:"),
        ("table", {"cols": [4.0, 5.0, 1.8, 1.5, 1.8, 2.4], "font": 9,
                   "header": ["Payee", "Details", "Net £", "VAT £", "Gross £", "Method"], "rows": payments}),
        ("p", "Proposed by Cllr P.O., seconded by Cllr W.A., it was RESOLVED " + d_pay),
        ("p", "(b) **Bank reconciliation.** The Clerk presented the bank reconciliation to 31 October 2025. The "
              "balance of £38,415.27 (current account £6,102.55; deposit account £32,312.72) was checked against the "
              "bank statements and signed by Cllr G.E. as the member not authorised to sign cheques."),
        ("p", "(c) **Budget and precept 2026/27.** The Clerk presented a draft budget of £44,180, which would need a "
              "precept of £42,500, an increase of 4.9% for a Band D household (from £61.40 to £64.41). Members "
              "discussed the cost of replacing the bus shelter on Marsh Road and the play area reserve. Proposed by "
              "Cllr H.M., seconded by Cllr P.O., it was RESOLVED " + d_budget),
        item("25/119", "ALLOTMENTS"),
        ("p", "The Council considered the Clerk’s report on allotment income, which does not cover the cost of water "
              "and hedge cutting. Cllr S.B. did not vote. Proposed by Cllr R.T., seconded by Cllr G.E., it was "
              "RESOLVED " + d_rents),
        item("25/120", "PLAYING FIELD AND PLAY AREA"),
        ("p", "The annual inspection report (October 2025) rated the zip wire a medium risk because of wear to the "
              "seat and cable. Two quotations had been received. Proposed by Cllr R.T., seconded by Cllr P.M., it was "
              "RESOLVED " + d_zip),
        item("25/121", "HIGHWAYS AND SPEEDING"),
        ("p", "Members discussed the community speed watch results for Gullet Lane, where 41% of vehicles recorded in "
              "October were over the 30 mph limit. Proposed by Cllr W.A., seconded by Cllr H.M., it was RESOLVED "
              + d_sid),
        item("25/122", "CORRESPONDENCE"),
        ("p", "The following items had been circulated and were noted: Fallowfen District Council – consultation on "
              "the Local Plan review (closes 16 January 2026); Fenland Rural Community Council – winter newsletter; "
              "a letter of thanks from Fallowfen Marsh Primary School for the grant towards the Christmas fair."),
        item("25/123", "DATE OF NEXT MEETING"),
        ("p", "Tuesday 20 January 2026 at 7.30 pm in the Village Hall (budget and precept meeting)."),
        ("p", "The meeting closed at 9.12 pm."),
        ("p", "Signed ……………………………… (Chair)        Date ………………………"),
        ("h", 2, "Clerk’s actions from this meeting"),
        ("table", {"cols": [2.2, 9.3, 2.8, 2.7], "font": 10, "header_fill": "E7E6E6",
                   "header": ["Minute", "Action", "Who", "By"],
                   "rows": [[m, t, who, by] for m, t, who, by, _ in actions]}),
        ("p", "Clerk: J.H., Fallowfen Marsh Parish Council, c/o The Village Hall, Fen Corner, Fallowfen Marsh – "
              "clerk@fallowfenmarsh-pc.example – 01632 960 618"),
    ]
    decisions = [
        decision("25/112", None, d_absence, maker),
        decision("25/114", None, d_minutes, maker),
        decision("25/117", None, d_plan_b, maker),
        decision("25/117", None, d_plan_c, maker),
        decision("25/118", None, d_pay, maker),
        decision("25/118", None, d_budget, maker),
        decision("25/119", None, d_rents, maker),
        decision("25/120", None, d_zip, maker),
        decision("25/121", None, d_sid, maker),
    ]
    acts = [action(None, t, g["owners"], by or None, g["due"], None) for m, t, who, by, g in actions]
    return {
        "name": "fallowfen-marsh-parish-council-minutes-november-2025",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2025-11-24", "doc_title": "Fallowfen Marsh Parish Council – Minutes 18 November 2025",
                 "author": "Parish Clerk", "font": "Calibri", "size": 11, "title_size": 16, "plain_headings": True,
                 "footer": "FMPC minutes 18.11.25 (draft)"},
        "blocks": blocks,
        "gold": dict(genre="parish council minutes in the small-council style (proposed/seconded resolutions, "
                           "payments table, clerk's action list)", kind="minutes",
                     title="Fallowfen Marsh Parish Council", authority=MARSH, date="2025-11-18",
                     meeting="Fallowfen Marsh Parish Council", decisions=decisions, actions=acts),
        "layout": "DOCX (python-docx), Calibri (falls back), page footer; the parish council's name as the large title "
                  "and a \"Minutes of the Ordinary Meeting …\" line; Present / In attendance lines; item numbers "
                  "\"25/112\" … \"25/123\" with capital titles in bold paragraphs (tab after the number); "
                  "\"Proposed by Cllr …, seconded by Cllr …, it was RESOLVED to …\", \"… it was RESOLVED that …\" and "
                  "\"it was RESOLVED unanimously to …\" inside paragraphs; typed (a)–(c) sub-items under Planning and "
                  "Finance; a payments table Payee | Details | Net £ | VAT £ | Gross £ | Method with an unshaded bold "
                  "header and a bold total row (not items); a bank reconciliation, a district councillor's report and "
                  "correspondence (noted, not items); signature line; then a \"Clerk’s actions from this meeting\" "
                  "table Minute | Action | Who | By with a grey header, Who cells \"Clerk\", \"Clerk (RFO)\", \"Clerk "
                  "/⏎Cllr R.T.\", \"Cllr P.M. and Clerk\", By cells \"25 November 2025\", \"By 9 January 2026\", "
                  "\"30/11/2025\", \"Immediately\", \"Before next meeting\" and one empty; contact line.",
    }




# ---------------------------------------------------------------------------
# E4. Full council notices of motion (DOCX, pandoc from Markdown): a brand line and a front
#     line block; two motions quoted as block quotes, the first with "This Council notes that:"
#     bullets, "This Council believes …" and "This Council resolves to:" with a pandoc-numbered
#     1.–3. list, the second one sentence; officer comments after each (one "officers would
#     recommend that …", not an item); an amendment to Motion 1 as quoted paragraphs; a
#     procedure section. Motions and the amendment are `proposal` decisions, as the Kent
#     budget amendments.
# ---------------------------------------------------------------------------


def yarrowby_notices_of_motion():
    maker = "City Council"
    m1_notes = [
        "around one in five homes in Yarrowby is privately rented;",
        "the Council received 1,240 complaints about disrepair in privately rented homes in 2024/25, a rise of 18% in "
        "two years; and",
        "damp and mould were the hazards most often found when officers inspected those homes.",
    ]
    m1_believes = "This Council believes that every tenant has the right to a warm, safe and dry home."
    m1_resolves = [
        "ask the Executive Member for Housing to bring forward proposals for an additional licensing scheme for "
        "houses in multiple occupation in the Canal Side and Northgate wards;",
        "write to the Secretary of State asking the Government to fund councils fully for their new duties on private "
        "rented housing; and",
        "ask the Housing and Communities Scrutiny Panel to review how the Council enforces standards in privately "
        "rented homes, and to report back to Council within twelve months.",
    ]
    motion_1 = " ".join(["This Council notes that:"] + m1_notes + [m1_believes, "This Council resolves to:"]
                        + m1_resolves)
    amend = [
        "In resolution 1, after “Northgate wards” insert “, and in any other ward where the evidence supports a "
        "scheme”.",
        "Delete resolution 2 and insert:",
        "“2. ask the Leader to write to the city’s three Members of Parliament, asking them to press the Government "
        "to fund councils fully for their new duties on private rented housing; and”",
        "Add a new resolution 4:",
        "“4. ask the Executive Member for Housing to report to Council by July 2026 on the number of landlords "
        "prosecuted or fined in 2025/26.”",
    ]
    amendment = " ".join(amend)
    motion_2 = ("This Council resolves to provide free period products in the toilets of all Council-run buildings that "
                "are open to the public, including libraries, leisure centres and the Civic Centre, from 1 April 2026, "
                "at an estimated cost of £18,000 a year to be met from the corporate contingency.")
    md = [
        "**YARROWBY CITY COUNCIL**",
        "# Notices of Motion",
        "| **Meeting:** City Council\n"
        "| **Date:** Wednesday 4 February 2026\n"
        "| **Agenda item:** 11\n"
        "| **Report of:** Head of Democratic Services\n"
        "| **Contact:** Democratic Services – 01632 960 580 – democracy@yarrowby.example",
        "## 1. Purpose",
        "1.1 Two notices of motion have been received under Council Procedure Rule 13 by the deadline of noon on "
        "Friday 23 January 2026. They are set out below in the order in which they were received, with the "
        "comments of the relevant directors.",
        "1.2 An amendment to Motion 1 was received on 28 January 2026 and is set out in section 4. Further amendments "
        "may be moved at the meeting if they are handed to the Head of Democratic Services in writing before the "
        "meeting starts.",
        "1.3 Officer comments are provided so that members have the facts, costs and legal points before the debate. "
        "They do not express a view on the merits of either motion.",
        "## 2. Motion 1 – Warm and Safe Private Rented Homes",
        "| **Proposer:** Councillor T.A. (Northgate ward)\n"
        "| **Seconder:** Councillor F.J. (Canal Side ward)",
        "> This Council notes that:\n>\n"
        + "\n".join(f"> - {t}" for t in m1_notes) + "\n>\n"
        "> " + m1_believes + "\n>\n"
        "> This Council resolves to:\n>\n"
        + "\n".join(f"> {i}. {t}" for i, t in enumerate(m1_resolves, 1)),
        "## 3. Officer comments on Motion 1",
        "*Comments of the Director of Housing and Neighbourhoods*",
        "3.1 The Housing Act 2004 allows the Council to designate an additional licensing scheme for houses in "
        "multiple occupation where a significant proportion of them are poorly managed. Before designating a scheme "
        "the Council must consult for at least ten weeks and must have evidence for each area it covers.",
        "3.2 Officers estimate that developing a scheme would cost about £95,000, including a stock condition survey "
        "and the consultation. This is not in the 2026/27 draft budget; once a scheme is running, its costs would be "
        "met from licence fees.",
        "3.3 If Council agrees resolution 1, officers would recommend that the Executive Member first commissions a "
        "stock condition survey of the two wards, because a scheme designated without that evidence could be "
        "challenged.",
        "3.4 The Housing and Communities Scrutiny Panel has space in its 2026/27 work programme for a review of the "
        "kind described in resolution 3.",
        "## 4. Amendment to Motion 1",
        "**Amendment A**, moved by Councillor G.W. and seconded by Councillor P.S.:",
        "\n>\n".join("> " + t for t in amend),
        "*Comments of the Director of Housing and Neighbourhoods:* widening resolution 1 would not change the cost of "
        "the survey. The information in the new resolution 4 is already collected and can be reported without extra "
        "cost.",
        "## 5. Motion 2 – Free Period Products in Council Buildings",
        "| **Proposer:** Councillor R.N. (Westmoor ward)\n"
        "| **Seconder:** Councillor C.L. (Abbey ward)",
        "> " + motion_2,
        "## 6. Officer comments on Motion 2",
        "*Comments of the Director of Finance and Resources*",
        "6.1 The Council runs 23 buildings that are open to the public, with 71 public toilets. Suppliers’ prices "
        "suggest a cost of £15,000 to £21,000 a year, depending on use.",
        "6.2 The corporate contingency for 2025/26 has an uncommitted balance of £412,000. If the motion is carried, "
        "the cost from 2026/27 onwards would need to be added to the budget that Council sets on 25 February 2026.",
        "6.3 There are no legal implications. A public sector equality duty assessment has been completed and found a "
        "positive effect on women and girls and on people on low incomes.",
        "## 7. Procedure",
        "7.1 Each motion will be moved and seconded, and the amendment moved after Motion 1 has been seconded. "
        "Under Council Procedure Rule 13.8, a motion about an executive function may, if the proposer agrees, be "
        "referred to the Executive without debate.",
        "7.2 Where a motion about an executive function is carried, it is passed to the Executive as a request; the "
        "Executive must respond to Council within three months.",
        "**Background papers:** Notices of motion received 21 and 23 January 2026; amendment received 28 January 2026.",
    ]
    decisions = [
        decision("11", "1", motion_1, maker, date="2026-02-04", kind="proposal"),
        decision("11", "A", amendment, maker, date="2026-02-04", kind="proposal"),
        decision("11", "2", motion_2, maker, date="2026-02-04", kind="proposal"),
    ]
    return {
        "name": "yarrowby-city-council-notices-of-motion-february-2026",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2026-01-28"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="unitary city council full council agenda item: notices of motion with officer comments "
                           "and an amendment", kind="decision", title="Notices of Motion", authority=YARROWBY,
                     date="2026-02-04", meeting="City Council", decisions=decisions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; a bold brand line; front details as a line block "
                  "(Meeting / Date / Agenda item / Report of / Contact); typed 1.1–7.2 paragraphs; Motion 1 as a "
                  "block quote with \"This Council notes that:\" and three pandoc bullets, a \"This Council believes "
                  "…\" sentence and \"This Council resolves to:\" with a pandoc-numbered 1.–3. list (lower-case "
                  "verbs, \"; and\"); proposer and seconder as a line block; officer comments with \"3.3 If Council "
                  "agrees resolution 1, officers would recommend that …\" (not an item); \"Amendment A\" moved and "
                  "seconded, as five quoted paragraphs (insert / delete and insert / add, with quoted new resolutions "
                  "typed \"2.\" and \"4.\"); Motion 2 as a one-sentence block quote; a procedure section. No "
                  "recommendation: the item asks Council to debate, not to agree anything.",
    }


# ---------------------------------------------------------------------------
# E5. Cabinet agenda pack (PDF via LibreOffice, Arial, page footer): an agenda front sheet
#     (membership, a shaded agenda table with "To …" purpose lines, filming notice) and two
#     reports after page breaks, each with its own front table and recommendations box:
#     "That Cabinet:" with a Word-numbered (1)–(3) list; "It is recommended that Cabinet:" with
#     typed a)–c) lines. Options, reasons and a consultant's "recommends that" are not items.
# ---------------------------------------------------------------------------


def fallowfen_cabinet_pack():
    grey = "E7E6E6"
    lab = lambda t: {"text": t, "bold": True, "fill": grey}
    tax = [
        "approves the council tax base for 2026/27 for the whole district as 36,412.8 Band D equivalent properties, "
        "as calculated in Appendix A;",
        "approves the tax base for each parish and town council for 2026/27 as set out in Appendix B; and",
        "notes that the tax base will be notified to the major preceptors by 31 January 2026.",
    ]
    ev = [
        ("a", "agree to enter into a concession contract for the installation and operation of electric vehicle charge "
              "points in the Priory Street, Bridge Street and Leisure Centre car parks, for a term of 15 years;",
         "AGREE"),
        ("b", "delegate authority to the Director of Place, in consultation with the Portfolio Holder for Environment "
              "and Climate, to award the contract following the procurement described in section 5; and", "DELEGATE"),
        ("c", "recommend to Council the addition of £60,000 to the 2026/27 capital programme for grid connection works "
              "at Priory Street car park, funded from the Local Electric Vehicle Infrastructure grant.", "RECOMMEND"),
    ]
    agenda = [
        ["1.", "**Apologies for absence**", ""],
        ["2.", "**Declarations of interest**\nTo receive any declarations of interest from members.", ""],
        ["3.", "**Minutes**\nTo approve the minutes of the meeting held on 10 December 2025 as a correct record.",
         "3 – 8"],
        ["4.", "**Public questions**\nTo answer any questions received under Procedure Rule 10 (none at the time of "
               "publication).", ""],
        ["5.", "**Matters referred from the Overview and Scrutiny Committee**\nNone this month.", ""],
        ["6.", "**Council Tax Base 2026/27** (key decision)\nTo consider the report of the Chief Finance Officer.",
         "9 – 12"],
        ["7.", "**Town Centre Car Parks – Electric Vehicle Charging** (key decision)\nTo consider the report of the "
               "Director of Place.", "13 – 18"],
        ["8.", "**Urgent business**\nAny other item which the Chair decides is urgent.", ""],
    ]
    blocks = [
        ("p", "**FALLOWFEN DISTRICT COUNCIL**"),
        ("title", "CABINET"),
        ("p", "**AGENDA**"),
        ("table", {"cols": [4.0, 13.0], "borders": False, "rows": [
            [{"text": "Date:", "bold": True}, "Wednesday 14 January 2026"],
            [{"text": "Time:", "bold": True}, "6.00 pm"],
            [{"text": "Place:", "bold": True}, "Council Chamber, Fallowfen House, Market Street, Fallowfen"],
            [{"text": "Members:", "bold": True}, "Councillors D.M. (Leader), C.A. (Deputy Leader), E.B., H.K., L.O. "
                                                "and W.P."],
            [{"text": "Enquiries:", "bold": True}, "Democratic Services Officer – 01632 960 640 – "
                                                  "democratic.services@fallowfen.example"],
            [{"text": "Published:", "bold": True}, "Tuesday 6 January 2026"],
        ]}),
        ("table", {"cols": [1.3, 13.2, 2.5], "header_fill": "C9D8C5", "font": 10,
                   "header": ["Item", "Business", "Pages"], "rows": agenda}),
        ("p", "**Filming and recording:** this meeting is open to the public and may be filmed or recorded. Anyone "
              "who does not wish to be filmed should tell the Democratic Services Officer before the meeting."),
        ("p", "Chief Executive, Fallowfen House, Fallowfen"),
        ("break",),
        ("table", {"cols": [4.2, 12.8], "rows": [
            [lab("Report to:"), "Cabinet"],
            [lab("Date:"), "14 January 2026"],
            [lab("Report of:"), "Chief Finance Officer"],
            [lab("Portfolio holder:"), "Councillor C.A., Portfolio Holder for Finance"],
            [lab("Key decision:"), "Yes – KD/2025/27"],
            [lab("Wards affected:"), "All"],
            [lab("Exempt:"), "No"],
        ]}),
        ("title", "Council Tax Base 2026/27"),
        ("box", [
            ("p", "**RECOMMENDATIONS**"),
            ("p", "That Cabinet:"),
            ("list", "(1)", 1, tax),
        ]),
        ("h", 2, "1. Purpose of the report"),
        ("p", "1.1 The Council must set its council tax base for 2026/27 between 1 December 2025 and 31 January 2026. "
              "The tax base is the number of Band D equivalent properties, after discounts, exemptions and the "
              "council tax reduction scheme, and allowing for the expected collection rate."),
        ("h", 2, "2. The calculation"),
        ("p", "2.1 The calculation uses the valuation list at 10 October 2025 and the Council’s collection rate "
              "assumption of 98.6%, unchanged from 2025/26."),
        ("table", {"cols": [9.0, 4.0, 4.0], "font": 9.5, "header_fill": grey,
                   "header": ["", "2025/26", "2026/27"], "rows": [
                       ["Dwellings on the valuation list", "41,877", "42,309"],
                       ["Band D equivalents before adjustments", "38,960.4", "39,402.1"],
                       ["Less: council tax reduction scheme", "(2,003.5)", "(1,965.2)"],
                       ["Less: allowance for non-collection (1.4%)", "(517.4)", "(524.1)"],
                       [{"text": "Council tax base", "bold": True}, {"text": "36,439.5", "bold": True},
                        {"text": "36,412.8", "bold": True}],
                   ]}),
        ("p", "2.2 The small fall is caused by the end of the second-homes premium exemption for 260 properties "
              "being outweighed by a rise in single-person discounts after the review of 2024/25."),
        ("h", 2, "3. Options considered"),
        ("p", "3.1 Option 1: approve the tax base as calculated (recommended). Option 2: assume a higher collection "
              "rate. This was rejected because collection in 2025/26 is forecast at 98.4%."),
        ("h", 2, "4. Implications"),
        ("p", "4.1 A tax base of 36,412.8 at the current Band D charge of £186.21 would raise £6.78 million for the "
              "District Council in 2026/27. The Chief Finance Officer confirms that the calculation follows the "
              "Local Authorities (Calculation of Council Tax Base) (England) Regulations 2012."),
        ("p", "**Appendices:** A – Tax base calculation; B – Parish and town council tax bases."),
        ("p", "**Contact officer:** Revenues Manager – 01632 960 655 – revenues@fallowfen.example"),
        ("h", 2, "Appendix B – Parish and town council tax bases 2026/27"),
        ("table", {"cols": [8.0, 4.5, 4.5], "font": 9.5, "header_fill": grey,
                   "header": ["Parish or town council", "Tax base 2025/26", "Tax base 2026/27"], "rows": [
                       ["Fallowfen Town Council", "11,204.6", "11,188.9"],
                       ["Fallowfen Marsh Parish Council", "659.8", "659.9"],
                       ["Priory Parish Council", "2,417.3", "2,431.0"],
                       ["Hythe and Lode Parish Council", "1,876.2", "1,869.4"],
                       ["Gullet St Mary Parish Council", "942.5", "947.1"],
                       ["Other parishes (14)", "19,339.1", "19,316.5"],
                       [{"text": "District total", "bold": True}, {"text": "36,439.5", "bold": True},
                        {"text": "36,412.8", "bold": True}],
                   ]}),
        ("p", "The tax base of each parish is used to set its precept. Parish and town councils were sent their "
              "provisional figures on 5 December 2025."),
        ("break",),
        ("table", {"cols": [4.2, 12.8], "rows": [
            [lab("Report to:"), "Cabinet"],
            [lab("Date:"), "14 January 2026"],
            [lab("Report of:"), "Director of Place"],
            [lab("Portfolio holder:"), "Councillor H.K., Portfolio Holder for Environment and Climate"],
            [lab("Key decision:"), "Yes – KD/2025/29"],
            [lab("Wards affected:"), "Fallowfen Town; Priory"],
            [lab("Exempt:"), "No (Appendix C is exempt under paragraph 3)"],
        ]}),
        ("title", "Town Centre Car Parks – Electric Vehicle Charging"),
        ("box", [
            ("p", "**RECOMMENDATIONS**"),
            ("p", "It is recommended that Cabinet:"),
        ] + [("p", f"{n})\t{t}") for n, t, _ in ev] + [
            ("p", "**Reasons for the recommendations:** the Council’s Climate Action Plan commits it to providing public "
                  "charge points in every town centre car park by 2027, and a concession contract delivers them at no "
                  "capital cost to the Council beyond the grid connection."),
        ]),
        ("h", 2, "1. Background"),
        ("p", "1.1 There are 14 public charge points in Fallowfen, none of them in a Council car park. Registrations of "
              "electric cars in the district rose from 1,120 in 2023 to 2,480 in 2025."),
        ("p", "1.2 The Council’s electric vehicle consultant recommends that at least 10% of the spaces in each town "
              "centre car park have a charge point by 2030. The proposed contract would provide 38 charge points, "
              "8% of the spaces in the three car parks."),
        ("h", 2, "2. Options"),
        ("table", {"cols": [3.5, 8.5, 5.0], "font": 9.5, "header_fill": grey,
                   "header": ["Option", "Description", "Assessment"], "rows": [
                       ["A – Do nothing", "Leave charging to the private market.", "Not recommended: no operator has "
                                                                                   "shown interest in the town centre."],
                       ["B – Council-owned", "The Council buys and runs the charge points.", "Not recommended: capital "
                                                                                            "cost of £410,000 and "
                                                                                            "operating risk."],
                       ["C – Concession", "An operator installs and runs the charge points and pays the Council a "
                                          "share of income.", "Recommended."],
                   ]}),
        ("h", 2, "3. Financial implications"),
        ("p", "3.1 The operator will pay the Council 10% of net charging income. The grid connection at Priory Street "
              "car park (£60,000) must be paid by the Council and is fully funded by the Local Electric Vehicle "
              "Infrastructure grant, which the Council received in October 2025. Because the capital programme is "
              "approved by Council, the addition needs Council’s approval."),
        ("h", 2, "4. Legal implications"),
        ("p", "4.1 The concession will be procured under the Procurement Act 2023 through an open procedure. The "
              "contract will allow the Council to take back up to four spaces in each car park for events."),
        ("h", 2, "5. Procurement and timetable"),
        ("p", "5.1 Tender published February 2026; contract award May 2026; charge points in use by December 2026."),
        ("p", "**Appendices:** A – Site plans; B – Equality impact assessment; C – Procurement evaluation model "
              "(exempt)."),
        ("p", "**Contact officer:** Climate and Sustainability Manager – 01632 960 671 – climate@fallowfen.example"),
    ]
    recs = [recommendation(str(i), t, verb=t.split()[0].upper(), addressee="Cabinet") for i, t in enumerate(tax, 1)]
    recs += [recommendation(n, t, verb=v, addressee="Cabinet") for n, t, v in ev]
    return {
        "name": "fallowfen-cabinet-agenda-pack-14-january-2026",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-06", "doc_title": "Cabinet – 14 January 2026 – Agenda and reports",
                 "author": "Democratic Services", "font": "Arial", "size": 10.5, "title_size": 17,
                 "title_color": "375623", "box_width": 17, "footer": "Cabinet – 14 January 2026"},
        "blocks": blocks,
        "gold": dict(genre="district council Cabinet agenda pack: agenda front sheet and two reports, each with its "
                           "own recommendations box", kind="committee-report", title="CABINET AGENDA",
                     authority=FALLOWFEN, date="2026-01-14", meeting="Cabinet", decision_number=None,
                     recommendations=recs),
        "layout": "PDF (python-docx → LibreOffice), Arial (Liberation Sans), page footer with page numbers running "
                  "through the pack; an agenda front sheet: letterhead line, large \"CABINET\" and bold \"AGENDA\", a "
                  "borderless details table (Date / Time / Place / Members / Enquiries / Published), an agenda table "
                  "Item | Business | Pages with a green-grey header and \"To approve …\" / \"To consider …\" purpose "
                  "lines (not items), a filming notice; after a page break report 1 (front table with grey labels, "
                  "\"Key decision: Yes – KD/2025/27\", title, a one-cell box \"RECOMMENDATIONS / That Cabinet:\" with a "
                  "Word-numbered (1)–(3) list, a figures table, options in prose, an Appendix B figures table of parish tax bases); after another page break report 2 "
                  "(front table, \"KD/2025/29\", a box \"RECOMMENDATIONS / It is recommended that Cabinet:\" with typed "
                  "a)–c) lines, infinitive verbs, \"recommend to Council …\", and a bold \"Reasons for the "
                  "recommendations:\" paragraph inside the box; \"The Council’s electric vehicle consultant "
                  "recommends that …\" and an options table (not items)).",
    }


# ---------------------------------------------------------------------------
# E6. Scrutiny annual report to City Council (PDF via pandoc → LibreOffice): a front line
#     block, a foreword, a "Scrutiny in numbers" pipe table (reviews, recommendations made,
#     accepted: figures), reviews completed with the recommendations they made summarised in
#     prose and bullets (not items), call-ins, a work programme table (not actions), member
#     development bullets; a single closing "8.1 That Council notes …" recommendation.
# ---------------------------------------------------------------------------


def yarrowby_scrutiny_annual_report():
    rec = "That Council notes the Scrutiny Annual Report 2024/25 and the scrutiny work programme for 2025/26."
    md = [
        "YARROWBY CITY COUNCIL",
        "# Scrutiny Annual Report 2024/25",
        "| **Report to:** City Council\n"
        "| **Date of meeting:** 16 July 2025\n"
        "| **Agenda item:** 9\n"
        "| **Report of:** Chair of the Scrutiny Management Committee\n"
        "| **Lead officer:** Head of Scrutiny and Member Support",
        "## 1. Foreword",
        "This has been a busy year for scrutiny in Yarrowby. Our four panels and the Scrutiny Management Committee "
        "met 41 times, completed five in-depth reviews and looked at eleven Executive decisions before they were "
        "taken. More of our recommendations were accepted by the Executive than in any year since the panels were "
        "set up in 2019.",
        "I want to thank the residents, partners and officers who gave evidence, and the members of every party who "
        "worked together on our reviews.",
        "*Councillor M.O., Chair of the Scrutiny Management Committee*",
        "## 2. How scrutiny works in Yarrowby",
        "2.1 The Scrutiny Management Committee sets the work programme and coordinates four scrutiny panels: "
        "Children and Young People; Health and Adult Social Care; Housing and Communities; and Resources. Each panel "
        "can hold in-depth reviews, question Executive Members, and look at decisions before or after they are "
        "taken.",
        "2.2 The Constitution requires the Scrutiny Management Committee to report to Council once a year on the "
        "work of scrutiny.",
        "## 3. Scrutiny in numbers",
        grid_table([27, 9, 13, 9, 9, 9, 9],
                   ["Panel", "Mtgs", "Reviews", "Recs", "Yes", "Part", "No"], [
                       ["Management Committee", "9", "0", "0", "–", "–", "–"],
                       ["Children and Young People", "8", "1", "9", "7", "2", "0"],
                       ["Health and Adult Social Care", "8", "2", "14", "10", "3", "1"],
                       ["Housing and Communities", "9", "1", "8", "6", "1", "1"],
                       ["Resources", "7", "1", "6", "5", "0", "1"],
                       ["**Total**", "**41**", "**5**", "**37**", "**28**", "**6**", "**3**"],
                   ]),
        "*Mtgs: meetings held. Recs: recommendations made. Yes / Part / No: accepted by the Executive in full, in "
        "part, or not accepted.*",
        "3.1 Of the 37 recommendations made, 28 (76%) were accepted in full, compared with 61% in 2023/24.",
        "## 4. Reviews completed",
        "### Home to school transport (Children and Young People Scrutiny Panel)",
        "4.1 The Panel looked at why the cost of home to school transport had risen by 40% in three years. It heard "
        "from parents, schools, transport operators and the Council’s Travel Assistance Team. The Panel recommended "
        "that the Executive publish clearer eligibility guidance for parents and that travel training be offered to "
        "every young person with special educational needs who could benefit from it.",
        "4.2 The Executive accepted seven of the nine recommendations in October 2024. Independent travel training "
        "has since been taken up by 64 young people.",
        "### Hospital discharge and Adult social care at home (Health and Adult Social Care Scrutiny Panel)",
        "4.3 The Panel completed two reviews: one on delays in discharging older people from Yarrowby Royal Infirmary, "
        "held jointly with the Yarrowby Integrated Care Partnership, and one on the home care market. Its main "
        "recommendations were:",
        "- a single discharge team across the hospital and the Council, with one point of contact for families;\n"
        "- a higher hourly rate for home care in rural parts of the city, where there are fewest carers; and\n"
        "- regular reports to the Panel on the number of people waiting for a package of care.",
        "4.4 A single discharge team started in April 2025. The Executive did not accept the recommendation on rural "
        "rates, because of its cost, but agreed to review rates in the 2026/27 budget.",
        "### Empty homes (Housing and Communities Scrutiny Panel)",
        "4.5 The Panel found 1,310 homes in the city had been empty for more than six months. It recommended a "
        "dedicated empty homes officer and the use of empty dwelling management orders where owners will not engage. "
        "The Executive accepted six of its eight recommendations in February 2025.",
        "### Council tax collection (Resources Scrutiny Panel)",
        "4.6 The Panel examined the Council’s approach to residents who fall behind with council tax. The Executive "
        "accepted five of its six recommendations, including an earlier offer of payment plans before a summons is "
        "issued. It did not accept the recommendation to stop using enforcement agents for residents who receive "
        "council tax support.",
        "## 5. Looking at decisions",
        "5.1 Two Executive decisions were called in during the year. The Scrutiny Management Committee referred the "
        "decision on library opening hours back to the Executive Member for Culture, who changed it to keep Saturday "
        "opening at the four largest libraries. It took no further action on the decision to sell the former Abbey "
        "Road depot.",
        "5.2 The panels looked at eleven decisions before they were taken, including the Housing Revenue Account "
        "business plan and the new contract for highways maintenance.",
        "## 6. Work programme 2025/26",
        "6.1 The Scrutiny Management Committee agreed the following work programme on 17 June 2025. It will be "
        "reviewed at every meeting.",
        "| Topic | Panel | Type | Timing |\n"
        "|:-------------------------------|:----------------------|:----------------|:-------------|\n"
        "| Children’s mental health support in schools | Children and Young People | In-depth review | Q2–Q3 2025/26 |\n"
        "| Budget proposals 2026/27 | Resources | Budget scrutiny | December 2025 – January 2026 |\n"
        "| Damp and mould in council homes | Housing and Communities | In-depth review | Q3 2025/26 |\n"
        "| Winter pressures | Health and Adult Social Care | Single item | November 2025 |\n"
        "| Follow-up: empty homes | Housing and Communities | Progress report | March 2026 |",
        "## 7. Member development",
        "7.1 In 2024/25:",
        "- 32 members attended training on questioning skills, run by the Centre for Governance and Scrutiny;\n"
        "- every panel chair had a session on the use of performance data; and\n"
        "- new members had a scrutiny induction in June 2024.",
        "7.2 Next year the Committee will pilot short \"rapid reviews\" of two or three meetings, for topics that do "
        "not need a full review.",
        "## 8. Recommendation",
        "8.1 " + rec,
        "**Background papers:** Reports and minutes of the Scrutiny Management Committee and the scrutiny panels, "
        "2024/25 (published on the Council’s website).",
        "**Contact:** Head of Scrutiny and Member Support, Civic Centre, Yarrowby – scrutiny@yarrowby.example – 01632 "
        "960 585",
    ]
    return {
        "name": "yarrowby-scrutiny-annual-report-2024-25",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2025-07-04"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="unitary city council scrutiny annual report to full council (one recommendation to note)",
                     kind="committee-report", title="Scrutiny Annual Report 2024/25", authority=YARROWBY,
                     date="2025-07-16", meeting="City Council",
                     recommendations=[recommendation("8.1", rec, verb="NOTES", addressee="Council")]),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles; a capitals brand line; front details "
                  "as a line block (Report to / Date of meeting / Agenda item / Report of / Lead officer); a foreword "
                  "signed by the Chair; a seven-column \"Scrutiny in numbers\" grid table (Mtgs / Reviews / Recs / Yes / Part / No with an italic key, and a bold total row; "
                  "figures, not items); reviews completed under Heading 3s with the recommendations they made summarised in "
                  "prose (\"The Panel recommended that the Executive publish …\", \"It recommended a dedicated …\") "
                  "and as bullets after \"Its main recommendations were:\" (not items); call-ins in prose; a work "
                  "programme pipe table Topic | Panel | Type | Timing (not actions); member development bullets; a "
                  "closing \"8. Recommendation\" with one \"8.1 That Council notes …\" sentence.",
    }


PAPERS = [yarrowby_internal_audit, fallowfen_planning_minutes, yarrowby_notices_of_motion,
          fallowfen_marsh_parish_minutes, fallowfen_cabinet_pack, yarrowby_scrutiny_annual_report]
