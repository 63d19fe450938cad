"""Papers of the sixth batch, part G: six made-up council governance papers from two invented
authorities, Fenwold District Council (a district council with a Cabinet, an Audit Committee and
an Overview and Scrutiny Committee) and Larkhythe City Council (a unitary city council with a
Cabinet, a Council and scrutiny commissions). People are given by role or initials, e-mail
addresses use `.example` and telephone numbers the 01632 960xxx range; every firm, place and
figure is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks) and without running it, using only the corpus READMEs and the build scripts and paper
definitions in this folder. The templates are new to the corpus: a notice of Cabinet decisions
(one label/content table per decision, with reasons, alternatives and the call-in deadline), a
report to full Council forwarding Cabinet's recommendations with nested (1)(a)(i) numbering, Audit
Committee minutes with an appended action log, a scrutiny work programme with its covering
report, the written questions and answers of a Council meeting (nothing to find), and a Cabinet
report whose recommendations sit in a shaded box on page 1 and are repeated in other words at the
end, with an options appraisal table. Each paper names its own split. Every gold value is written
by hand beside the words it labels; the "Far papers, part G" section of Corpus/genres/README.md records the choices where the rules left room.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

from gold import action, decision, recommendation
from papers_fresh import grid_table

FENWOLD = "Fenwold District Council"
LARKHYTHE = "Larkhythe City Council"


# ---------------------------------------------------------------------------
# G1. Notice of Cabinet decisions (PDF via Chromium, Liberation Serif). A letterhead line, a
#     details table (Meeting / Date / Published / Call-in deadline), a members-present line;
#     then each item under a numbered heading with a two-column label | content table with
#     grey label cells: Decision reference / Agenda item / Key decision / Portfolio / Decision /
#     Reasons for the decision / Alternative options considered and rejected / Declarations /
#     Call-in. Decisions written four ways: "Cabinet RECOMMENDS to Council that …" (one
#     sentence), "Cabinet RESOLVED to:" with typed (a)–(c), "Cabinet approved …" (one sentence),
#     "Cabinet agreed:" with typed (i)–(iii) "to …", and an urgent "Cabinet APPROVED …". One item
#     only noted (no decision, no reference).
# ---------------------------------------------------------------------------


def fenwold_decision_notice():
    maker = "Cabinet"
    grey = "E7E6E6"
    lab = lambda text: {"text": text, "bold": True, "fill": grey}

    ctr = ("Cabinet RECOMMENDS to Council that the Council Tax Reduction Scheme 2026/27 set out in Appendix 1 to the "
           "report be adopted, with the maximum award for working-age households raised from 80% to 85% of council "
           "tax liability.")
    lcwip = [
        ("a", "adopt the Fenwold Local Cycling and Walking Infrastructure Plan 2026–2036 at Appendix A to the report;"),
        ("b", "approve the first-phase programme of six schemes, at an estimated cost of £3.4 million, to be funded "
              "from the Active Travel Fund and developer contributions; and"),
        ("c", "delegate to the Director of Place, in consultation with the Cabinet Member for Transport and "
              "Environment, authority to make minor changes to the Plan before it is published."),
    ]
    rcv = ("Cabinet approved the purchase of nine replacement refuse collection vehicles through the Eastern Shires "
           "Purchasing Framework at a cost of up to £2.61 million, funded from the vehicle replacement reserve.")
    depot = [
        ("i", "to declare the former depot at Ockley Road, Hedgeley, surplus to the Council’s requirements;"),
        ("ii", "to sell the freehold of the site to Fenwold Community Housing Trust for £415,000, for the development "
               "of 14 affordable homes for rent; and"),
        ("iii", "to authorise the Head of Legal and Democratic Services to complete the sale on the terms set out in "
                "the exempt appendix."),
    ]
    ta = ("Cabinet APPROVED the purchase of four two-bedroom flats at Marlow Court, Fenwold, for use as temporary "
          "accommodation, at a total cost of up to £980,000 including fees and stamp duty.")

    def item(number, heading, rows):
        return [("h", 2, f"{number}. {heading}"), ("table", {"cols": [4.6, 12.4], "rows": rows})]

    blocks = [
        ("p", "**FENWOLD DISTRICT COUNCIL**"),
        ("title", "Notice of Decisions taken by Cabinet"),
        ("table", {"cols": [4.6, 12.4], "rows": [
            [lab("Meeting:"), "Cabinet"],
            [lab("Date of meeting:"), "Tuesday 10 February 2026"],
            [lab("Date published:"), "Thursday 12 February 2026"],
            [lab("Call-in deadline:"), "5.00 pm on Thursday 19 February 2026"],
        ]}),
        ("p", "**Present:** Councillors J.W. (Leader, in the Chair), M.A. (Deputy Leader), S.B., K.D., H.F., L.N. "
              "and P.T."),
        ("p", "**Also present:** Councillor E.G. (Chair of the Overview and Scrutiny Committee)."),
        ("p", "This notice records the decisions taken at the meeting. Any five non-executive members may call in a "
              "key decision, or any other executive decision, by writing to the Head of Legal and Democratic "
              "Services before the call-in deadline. Unless a decision is called in, or the notice says that "
              "call-in does not apply, it may be implemented from 9.00 am on Friday 20 February 2026. "
              "Recommendations to Council are not subject to call-in."),
    ]
    blocks += item(1, "Council Tax Reduction Scheme 2026/27", [
        [lab("Decision reference"), "FDC/CAB/26/07"],
        [lab("Agenda item"), "5"],
        [lab("Key decision"), "No – budget and policy framework (decision for Council)"],
        [lab("Portfolio"), "Finance and Resources"],
        [lab("Decision"), ctr],
        [lab("Reasons for the decision"),
         "The consultation in October and November 2025 (412 responses) supported a higher maximum award. The "
         "additional cost of £186,000 a year is shared with the county council, the police and the fire authority, "
         "and the Council’s share of £21,000 is within the draft 2026/27 budget."],
        [lab("Alternative options considered and rejected"),
         {"blocks": [
             ("p", "Keep the 2025/26 scheme unchanged: rejected because arrears among working-age claimants rose by "
                   "17% in 2025/26."),
             ("p", "Raise the maximum award to 100%: rejected because the cost (£744,000 a year) could not be met "
                   "by the preceptors."),
         ]}],
        [lab("Declarations of interest"), "None."],
        [lab("Call-in"), "Not subject to call-in. Council will consider the recommendation on 25 February 2026."],
    ])
    blocks += item(2, "Fenwold Local Cycling and Walking Infrastructure Plan", [
        [lab("Decision reference"), "FDC/CAB/26/08"],
        [lab("Agenda item"), "6"],
        [lab("Key decision"), "Yes – Forward Plan ref. KD 25/41"],
        [lab("Portfolio"), "Transport and Environment"],
        [lab("Decision"), {"blocks": [("p", "Cabinet RESOLVED to:")] + [("p", f"({n})  {t}") for n, t in lcwip]}],
        [lab("Reasons for the decision"),
         "An adopted plan is a condition of bidding for the next rounds of the Active Travel Fund. The six "
         "first-phase schemes scored highest against the plan’s criteria of safety, use and cost."],
        [lab("Alternative options considered and rejected"),
         "Not to adopt a plan: rejected, as the Council could not bid for active travel funding without one."],
        [lab("Declarations of interest"),
         "Councillor K.D. declared that she is a trustee of Fenwold Cycle Hub, which responded to the consultation, "
         "and took no part in the discussion or decision."],
        [lab("Call-in"), "Subject to call-in until 5.00 pm on 19 February 2026."],
    ])
    blocks += item(3, "Replacement of Refuse Collection Vehicles", [
        [lab("Decision reference"), "FDC/CAB/26/09"],
        [lab("Agenda item"), "7"],
        [lab("Key decision"), "Yes – Forward Plan ref. KD 25/47"],
        [lab("Portfolio"), "Environmental Services"],
        [lab("Decision"), rcv],
        [lab("Reasons for the decision"),
         "Seven of the current fleet are more than nine years old and their repair costs rose to £188,000 in "
         "2024/25. The framework price was £212,000 lower than the Council’s own tender in 2023."],
        [lab("Alternative options considered and rejected"),
         {"blocks": [
             ("p", "Lease the vehicles: rejected, as leasing would cost about £340,000 more over eight years."),
             ("p", "Buy electric vehicles now: rejected until the depot has the power supply to charge them, which "
                   "is expected in 2028."),
         ]}],
        [lab("Declarations of interest"), "None."],
        [lab("Call-in"), "Subject to call-in until 5.00 pm on 19 February 2026."],
    ])
    blocks += item(4, "Land at the Former Ockley Road Depot, Hedgeley", [
        [lab("Decision reference"), "FDC/CAB/26/10"],
        [lab("Agenda item"), "8 (Appendix 2 exempt under paragraph 3 of Schedule 12A)"],
        [lab("Key decision"), "Yes – Forward Plan ref. KD 25/52"],
        [lab("Portfolio"), "Housing and Assets"],
        [lab("Decision"), {"blocks": [("p", "Cabinet agreed:")] + [("p", f"({n})  {t}") for n, t in depot]}],
        [lab("Reasons for the decision"),
         "The depot has been empty since services moved to Brook Lane in 2023. The independent valuation supports "
         "the price for a scheme of affordable rented homes, and the sale will meet part of the need for 1 and 2 "
         "bedroom homes in Hedgeley."],
        [lab("Alternative options considered and rejected"),
         "Sell the site on the open market: rejected, as a market sale would not secure affordable homes. Develop "
         "the homes directly: rejected, as the Council has no housing revenue account."],
        [lab("Declarations of interest"),
         "Councillor L.N. declared that she is a board member of Fenwold Community Housing Trust and left the "
         "meeting for this item."],
        [lab("Call-in"), "Subject to call-in until 5.00 pm on 19 February 2026."],
    ])
    blocks += [
        ("h", 2, "5. Quarter 3 Performance Report 2025/26"),
        ("table", {"cols": [4.6, 12.4], "rows": [
            [lab("Agenda item"), "9"],
            [lab("Portfolio"), "Leader"],
            [lab("Outcome"), "Cabinet noted the report. No decision was taken, so this item is not subject to "
                             "call-in."],
        ]}),
    ]
    blocks += item(6, "Purchase of Temporary Accommodation at Marlow Court", [
        [lab("Decision reference"), "FDC/CAB/26/11"],
        [lab("Agenda item"), "10 (urgent item)"],
        [lab("Key decision"), "Yes – not on the Forward Plan; general exception notice given on 3 February 2026"],
        [lab("Portfolio"), "Housing and Assets"],
        [lab("Decision"), ta],
        [lab("Reasons for the decision"),
         "The Council spends an average of £1,120 a week on bed and breakfast for families. The four flats will "
         "save about £96,000 a year, and the seller will not hold the offer beyond 28 February 2026."],
        [lab("Alternative options considered and rejected"),
         "Continue to use bed and breakfast: rejected on cost and because it is unsuitable for families with "
         "children."],
        [lab("Declarations of interest"), "None."],
        [lab("Call-in"),
         "Call-in does not apply. The Chair of the Overview and Scrutiny Committee agreed on 9 February 2026 that "
         "the decision is urgent and that any delay would seriously prejudice the Council’s interests."],
    ])
    blocks += [
        ("p", "**Contact:** Democratic Services, Fenwold District Council, Council Offices, Station Road, Fenwold – "
              "democratic.services@fenwold.example – 01632 960 318"),
    ]
    decisions = [decision("5", "FDC/CAB/26/07", ctr, maker, date="2026-02-10", kind="decision")]
    decisions += [decision("6", "FDC/CAB/26/08", t, maker, date="2026-02-10", kind="decision") for _, t in lcwip]
    decisions += [decision("7", "FDC/CAB/26/09", rcv, maker, date="2026-02-10", kind="decision")]
    decisions += [decision("8", "FDC/CAB/26/10", t, maker, date="2026-02-10", kind="decision") for _, t in depot]
    decisions += [decision("10", "FDC/CAB/26/11", ta, maker, date="2026-02-10", kind="decision")]
    return {
        "name": "fenwold-cabinet-notice-of-decisions-february-2026",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"created": "2026-02-12", "doc_title": "Notice of Decisions taken by Cabinet – 10 February 2026",
                 "css_font": "'Liberation Serif', 'DejaVu Serif', serif", "size": 10.5, "title_color": "1F3864",
                 "footer": "Fenwold District Council – Cabinet – Notice of Decisions – published 12 February 2026"},
        "blocks": blocks,
        "gold": dict(genre="district council notice of Cabinet decisions (several decisions from one meeting, each "
                           "with reasons, alternatives and call-in)", kind="decision",
                     title="Notice of Decisions taken by Cabinet", authority=FENWOLD, date="2026-02-10",
                     meeting="Cabinet", decision_number=None, decisions=decisions),
        "layout": "PDF (HTML → Chromium), Liberation Serif 10.5 pt; a bold letterhead line, a large title and a "
                  "details table with grey label cells (Meeting / Date of meeting / Date published / Call-in "
                  "deadline); Present / Also present lines and a call-in paragraph; then six items under numbered "
                  "h2 headings, each with a two-column label | content table (Decision reference / Agenda item / "
                  "Key decision / Portfolio / Decision / Reasons / Alternative options considered and rejected / "
                  "Declarations of interest / Call-in). Decisions: one \"Cabinet RECOMMENDS to Council that …\" "
                  "sentence (not subject to call-in), \"Cabinet RESOLVED to:\" with typed (a)–(c), one \"Cabinet "
                  "approved …\" sentence, \"Cabinet agreed:\" with typed (i)–(iii) \"to …\", and an urgent \"Cabinet "
                  "APPROVED …\" with call-in waived. Item 5 was only noted (an Outcome row, no reference). Rejected "
                  "alternatives and declarations are not items; footer line at the end; contact line.",
    }


# ---------------------------------------------------------------------------
# G2. Report to full Council forwarding Cabinet's recommendations (DOCX from pandoc). A capitals
#     brand line, a headerless details grid table, typed 1.1 paragraphs; three items, each with
#     its Cabinet minute line, a summary, and "Cabinet RECOMMENDS that Council:" followed by a
#     pandoc list (1)/(2)/(3) with a nested (a)–(c) under (2) and a nested (i)/(ii) under (b);
#     a rents figures table; "For information, Cabinet also RESOLVED …" (not items); a one-
#     sentence passive "Cabinet RECOMMENDS to Council that … be approved."
# ---------------------------------------------------------------------------


def larkhythe_council_report():
    hra_theme = "Housing Revenue Account Budget and Rents 2026/27"
    mas_theme = "Members’ Allowances Scheme 2026/27"
    pay_theme = "Pay Policy Statement 2026/27"
    hra1 = "approves the Housing Revenue Account revenue budget for 2026/27 set out in Appendix 1;"
    hra2a = "increases the rents of all social and affordable rented homes by 4.8%, in line with the Rent Standard;"
    hra2b_lead = "sets the weekly service charges as follows:"
    hra2b_i = "sheltered housing support charge: £18.40, an increase of £0.85;"
    hra2b_ii = "communal cleaning and lighting charge: £4.15, an increase of £0.20;"
    hra2b = f"{hra2b_lead} {hra2b_i} {hra2b_ii}"
    hra2c = "keeps garage rents at their 2025/26 level of £11.50 a week for tenants and £14.95 for other users; and"
    hra3 = ("approves the Housing Revenue Account capital programme of £48.6 million for 2026/27 to 2028/29 set out in "
            "Appendix 2, including £9.2 million for the replacement of heating systems in the Crossmead tower "
            "blocks.")
    mas1 = ("adopts the Members’ Allowances Scheme 2026/27 at Appendix 3, which increases the basic allowance by 3.2% "
            "to £12,486 from 1 April 2026; and")
    mas2 = ("declines the Independent Remuneration Panel’s recommendation to pay a special responsibility allowance "
            "to the vice-chairs of scrutiny commissions.")
    pay = ("Cabinet RECOMMENDS to Council that the Pay Policy Statement 2026/27 at Appendix 4 be approved for "
           "publication by 31 March 2026.")
    details = grid_table([20, 34, 16, 30], None, [
        ["**Meeting:**", "Council", "**Date:**", "26 February 2026"],
        ["**Agenda item:**", "8", "**Report of:**", "City Solicitor and Monitoring Officer"],
        ["**Cabinet meeting:**", "10 February 2026", "**Wards:**", "All"],
    ])
    rents = grid_table([26, 18, 18, 18], ["Home size", "2025/26 average weekly rent", "2026/27 average weekly rent",
                                          "Increase"], [
        ["Bedsit and 1 bedroom", "£92.18", "£96.60", "£4.42"],
        ["2 bedrooms", "£104.75", "£109.78", "£5.03"],
        ["3 bedrooms", "£117.30", "£122.93", "£5.63"],
        ["4 bedrooms or more", "£131.04", "£137.33", "£6.29"],
    ])
    md = [
        "**LARKHYTHE CITY COUNCIL**",
        "# Recommendations from Cabinet: 10 February 2026",
        details,
        "## 1. Purpose",
        "1.1 Cabinet met on 10 February 2026. This report sets out the recommendations it made that need a decision "
        "of Council under the Constitution. The full Cabinet reports are background papers and were sent to all "
        "members with the Cabinet agenda; the draft Cabinet minutes are at Appendix 5.",
        "1.2 The recommendations on the General Fund budget and council tax for 2026/27 are the subject of a separate "
        "report (agenda item 7) and are not repeated here.",
        "## 2. " + hra_theme,
        "*Cabinet minute CAB 118 – report of the Director of Housing*",
        "2.1 The Housing Revenue Account (HRA) pays for the management and maintenance of the Council’s 14,820 "
        "homes. The 2026/27 budget assumes rent income of £78.9 million and a working balance of at least £4 million "
        "at every year end.",
        "2.2 The Rent Standard allows rents to rise by up to CPI plus 1% (4.8% for 2026/27). The average effect on "
        "weekly rents is shown below.",
        rents,
        "2.3 The Larkhythe Tenants’ Panel asked Cabinet to consider a lower increase for the Crossmead blocks until "
        "the new heating is installed. Cabinet did not agree, because a lower rent would reduce income over the life "
        "of the business plan by about £2.3 million, but asked officers to target the hardship fund at those "
        "tenants.",
        "2.4 For information, Cabinet also RESOLVED, under its own powers, to increase the HRA hardship fund to "
        "£250,000 and to delegate the setting of the 2026/27 fees for the Crossmead guest rooms to the Director of "
        "Housing. These decisions are not for Council.",
        "**Cabinet RECOMMENDS that Council:**",
        "(1) " + hra1,
        "(2) in respect of rents and charges from 6 April 2026:",
        "    (a) " + hra2a,
        "    (b) " + hra2b_lead,
        "        (i) " + hra2b_i,
        "        (ii) " + hra2b_ii,
        "    (c) " + hra2c,
        "(3) " + hra3,
        "## 3. " + mas_theme,
        "*Cabinet minute CAB 121 – report of the City Solicitor and Monitoring Officer*",
        "3.1 The Council must have regard to the report of its Independent Remuneration Panel before it adopts a "
        "scheme of allowances. The Panel reported in December 2025 and its report is at Appendix 3A.",
        "3.2 The Panel recommended an increase in the basic allowance in line with the local government pay award "
        "for staff (3.2%), and a new special responsibility allowance of £1,850 a year for each of the six "
        "vice-chairs of the scrutiny commissions.",
        "3.3 Cabinet accepted the first recommendation. It did not support the second, because the vice-chairs do not "
        "hold responsibilities beyond those of other commission members, and the cost (£11,100 a year) could not be "
        "justified while the Council is reducing its own staffing budgets.",
        "**Cabinet RECOMMENDS that Council:**",
        "(1) " + mas1,
        "(2) " + mas2,
        "## 4. " + pay_theme,
        "*Cabinet minute CAB 122 – report of the Director of People*",
        "4.1 The Localism Act 2011 requires the Council to approve and publish a pay policy statement for each "
        "financial year. The 2026/27 statement sets the ratio between the pay of the Chief Executive and the median "
        "pay of the Council’s staff at 6.4:1 (6.6:1 in 2025/26).",
        pay,
        "## 5. Legal and financial implications",
        "5.1 Rents and service charges may only be increased after tenants have been given four weeks’ notice. "
        "Notices will be sent on 3 March 2026 if Council approves the recommendations.",
        "5.2 The allowances recommended cost £1.04 million in 2026/27, within the budget in agenda item 7.",
        "**Background papers:** Cabinet reports and draft minutes, 10 February 2026.",
        "**Contact:** Democratic Services Manager – 01632 960 544 – democratic.services@larkhythe.example",
    ]
    recs = [
        recommendation("1", hra1, verb="APPROVES", addressee="Council", theme=hra_theme),
        recommendation("2a", hra2a, verb="INCREASES", addressee="Council", theme=hra_theme),
        recommendation("2b", hra2b, verb="SETS", addressee="Council", theme=hra_theme),
        recommendation("2c", hra2c, verb="KEEPS", addressee="Council", theme=hra_theme),
        recommendation("3", hra3, verb="APPROVES", addressee="Council", theme=hra_theme),
        recommendation("1", mas1, verb="ADOPTS", addressee="Council", theme=mas_theme),
        recommendation("2", mas2, verb="DECLINES", addressee="Council", theme=mas_theme),
        recommendation(None, pay, verb=None, addressee="Council", theme=pay_theme),
    ]
    return {
        "name": "larkhythe-council-recommendations-from-cabinet-february-2026",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2026-02-16"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="unitary city council report to full Council forwarding Cabinet's recommendations "
                           "(nested (1)(a)(i) numbering)", kind="committee-report",
                     title="Recommendations from Cabinet: 10 February 2026", authority=LARKHYTHE, date="2026-02-26",
                     meeting="Council", decision_number=None, recommendations=recs),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; a bold brand line, a headerless four-column details "
                  "grid table with bold labels (Meeting / Date / Agenda item / Report of / Cabinet meeting / Wards); "
                  "typed 1.1–5.2 paragraphs; three items under Heading 2s, each with an italic Cabinet minute line; "
                  "\"Cabinet RECOMMENDS that Council:\" in bold followed by a pandoc-numbered (1)–(3) list whose (2) "
                  "is a stem with a nested (a)–(c) list and whose (b) completes its sentence with a nested (i)/(ii) "
                  "list (Word numbering at three levels); a rents figures grid table with a header; \"For "
                  "information, Cabinet also RESOLVED …\" and the Panel's recommendations in prose (not items); a "
                  "second list (1)/(2); and a one-sentence passive \"Cabinet RECOMMENDS to Council that … be "
                  "approved …\" as a plain paragraph.",
    }


# ---------------------------------------------------------------------------
# G3. Audit Committee minutes with an appended action log (PDF via LibreOffice, Liberation Sans,
#     page footer). Letterhead line, large "Audit Committee" title, Present / Independent member /
#     Officers / External audit lines; minute headings "AC 38" … "AC 47" as bold capitals (not
#     heading styles); "RESOLVED that …", "RESOLVED – (a) that …", "RECOMMENDED to Council that
#     …", "RESOLVED: That the Committee:" with a Word-numbered 1./2. list; noted items with no
#     resolution; after a page break the action log Ref | Action | Owner | Due | Status | Update,
#     header shaded, status words in shaded cells, running over a page.
# ---------------------------------------------------------------------------


def fenwold_audit_minutes():
    board = "Audit Committee"
    d40 = "the minutes of the meeting held on 26 November 2025 be approved as a correct record and signed by the Chair."
    d42 = "the External Audit Plan 2025/26, including the proposed scale fee of £142,600, be noted."
    d43a = "the internal audit progress report for the period to 31 December 2025 be noted; and"
    d43b = ("the Head of ICT be asked to attend the next meeting to explain the actions taken following the limited "
            "assurance opinion on ICT asset management.")
    d44 = ("the Treasury Management Strategy Statement and Annual Investment Strategy 2026/27, including the "
           "prudential indicators in Appendix B, be approved.")
    d46 = [
        "notes the Counter Fraud Annual Report 2025, including the recovery of £86,300 in council tax and business "
        "rates; and",
        "approves the revised Anti-Fraud, Bribery and Corruption Policy at Appendix A, for publication on the "
        "Council’s website.",
    ]
    blocks = [
        ("p", "**FENWOLD DISTRICT COUNCIL**"),
        ("title", "Audit Committee"),
        ("p", "Minutes of the meeting held in the Council Chamber, Council Offices, Station Road, Fenwold, on "
              "Wednesday 28 January 2026 at 6.30 pm."),
        ("p", "**Present:** Councillors R.A. (Chair), D.C. (Vice-Chair), F.H., G.M., S.P. and W.Y."),
        ("p", "**Independent member:** Mr T.O."),
        ("p", "**Officers:** Chief Finance Officer (section 151 officer), Head of Audit Partnership, Monitoring "
              "Officer, Risk and Insurance Officer, Democratic Services Officer."),
        ("p", "**External audit:** Engagement Lead and Audit Manager, Harcourt Lyle LLP."),
        ("p", "**AC 38\tAPOLOGIES FOR ABSENCE**"),
        ("p", "Apologies were received from Councillor N.B."),
        ("p", "**AC 39\tDECLARATIONS OF INTEREST**"),
        ("p", "Councillor S.P. declared a non-registrable interest in minute AC 46 as her son is employed in the "
              "Revenues team. She remained in the meeting, as the item did not affect him directly."),
        ("p", "**AC 40\tMINUTES**"),
        ("p", "RESOLVED that " + d40),
        ("p", "**AC 41\tACTION LOG**"),
        ("p", "The Committee reviewed the action log, which is appended to these minutes as updated after the "
              "meeting. Actions AC/25/07, AC/25/09 and AC/25/11 were closed. Members asked that action AC/25/10, on "
              "training for members, be kept open until the training had taken place. The Chief Finance Officer said "
              "that she would check whether the training could be offered jointly with neighbouring districts."),
        ("p", "**AC 42\tEXTERNAL AUDIT PLAN 2025/26**"),
        ("p", "The Engagement Lead presented the plan. The significant risks identified were management override of "
              "controls, the valuation of land and buildings and the valuation of the pension fund net liability. "
              "The scale fee had increased by 9% on the previous year. Members asked whether the backlog of 2023/24 "
              "accounts would affect the timetable; the Engagement Lead said that the audit opinion for 2025/26 was "
              "expected by the statutory backstop date of 27 February 2027."),
        ("p", "RESOLVED that " + d42),
        ("p", "**AC 43\tINTERNAL AUDIT PROGRESS REPORT**"),
        ("p", "The Head of Audit Partnership reported that 14 of the 22 audits in the 2025/26 plan had been completed. "
              "Two had received a limited assurance opinion: ICT asset management and the use of purchase cards. "
              "Of 31 agreed management actions due by 31 December 2025, 24 had been implemented. Members expressed "
              "concern that 41 laptops could not be located during the ICT audit."),
        ("p", "RESOLVED –"),
        ("p", "(a)\tthat " + d43a),
        ("p", "(b)\tthat " + d43b),
        ("p", "**AC 44\tTREASURY MANAGEMENT STRATEGY 2026/27**"),
        ("p", "The Chief Finance Officer presented the strategy. Borrowing was forecast to rise to £38 million by "
              "March 2027 to fund the capital programme, and the authorised limit was set at £52 million. In answer "
              "to a question, she confirmed that the Council held no investments in other local authorities."),
        ("p", "RECOMMENDED to Council that " + d44),
        ("p", "**AC 45\tSTRATEGIC RISK REGISTER – QUARTER 3**"),
        ("p", "The Risk and Insurance Officer presented the register. The risk on the new financial system had been "
              "merged with the wider risk on ICT resilience; members felt that it should be shown separately, and "
              "this was added to the action log. The Committee noted the register."),
        ("p", "**AC 46\tCOUNTER FRAUD ANNUAL REPORT 2025**"),
        ("p", "The Head of Audit Partnership presented the report, which included the results of the National Fraud "
              "Initiative exercise. Of 1,214 matches reviewed, 38 had led to the correction of single person "
              "discounts."),
        ("p", "RESOLVED: That the Committee:"),
        ("list", "1.", 1, d46),
        ("p", "**AC 47\tWORK PROGRAMME**"),
        ("p", "The Committee noted its work programme for the rest of 2025/26. The Chair reminded members that the "
              "annual governance statement would be considered in draft at the meeting on 22 April 2026."),
        ("p", "The meeting ended at 8.12 pm."),
        ("p", "Chair ............................................"),
        ("break",),
        ("h", 2, "Audit Committee – Action Log"),
        ("p", "Updated after the meeting of 28 January 2026. Closed actions are removed after they have been reported "
              "once."),
    ]
    fill = {"Complete": "C6EFCE", "In progress": "FFEB9C", "Not started": "F2F2F2", "Deferred": "D9D9D9",
            "Open": "DDEBF7"}
    # (ref, action, owner cell, due cell, status cell, update, gold owners, due, status)
    rows = [
        ("AC/25/07", "Report to the Committee on the outcome of the review of the Council’s business continuity plans.",
         "Head of Corporate Services", "January 2026", "Complete",
         "Reported to this meeting as part of the risk register (minute AC 45).",
         ["Head of Corporate Services"], "2026-01", "completed"),
        ("AC/25/09", "Circulate to members the benchmarking of external audit fees across the Eastern Shires "
                     "districts.",
         "Chief Finance Officer", "31/12/2025", "Complete", "Circulated by e-mail on 8 December 2025.",
         ["Chief Finance Officer"], "2025-12-31", "completed"),
        ("AC/25/10", "Arrange training for members of the Committee on reading the statement of accounts.",
         "Chief Finance Officer /\nHarcourt Lyle LLP", "30/06/2026 (was 30/11/2025)", "Deferred",
         "Deferred until the 2024/25 accounts have been audited. To be offered to all members.",
         ["Chief Finance Officer", "Harcourt Lyle LLP"], "2026-06-30", "deferred"),
        ("AC/25/11", "Add a standing item on the implementation of the new financial system to the work programme.",
         "Democratic Services Officer", "", "Complete", "Added from the April 2026 meeting.",
         ["Democratic Services Officer"], None, "completed"),
        ("AC/25/12", "Review the access rights of staff who have left the Council in the payroll system and report "
                     "any accounts that are still active.",
         "Head of ICT /\nHR Manager", "March 2026", "In progress",
         "Leavers in 2024/25 checked: three accounts closed. Leavers in 2025/26 to be checked by the end of "
         "February.",
         ["Head of ICT", "HR Manager"], "2026-03", "ongoing"),
        ("AC/25/13", "Bring the revised Whistleblowing Policy to the Committee for approval.",
         "Monitoring Officer and Head of HR", "Q1 2026/27", "Not started",
         "Waiting for the national guidance on whistleblowing, expected in spring 2026.",
         ["Monitoring Officer", "Head of HR"], "2026-06", "not-started"),
        ("AC/26/01", "Attend the next meeting to explain the actions taken following the limited assurance opinion on "
                     "ICT asset management.",
         "Head of ICT", "Next meeting", "Open", "", ["Head of ICT"], None, None),
        ("AC/26/02", "Show the implementation of the new financial system as a separate risk on the strategic risk "
                     "register and report its score.",
         "Chief Finance Officer; Risk and Insurance Officer", "15 April 2026", "Not started", "",
         ["Chief Finance Officer", "Risk and Insurance Officer"], "2026-04-15", "not-started"),
        ("AC/26/03", "Share the summary of National Fraud Initiative matches for 2025/26 with the independent member.",
         "Revenues Manager\nBenefits Manager", "By 27 February 2026", "",
         "", ["Revenues Manager", "Benefits Manager"], "2026-02-27", None),
    ]
    table_rows = []
    for ref, text, owner, due, status, update, *_ in rows:
        table_rows.append([{"text": ref, "bold": True}, text, owner, due,
                           {"text": status, "fill": fill.get(status)} if status else "", update])
    blocks += [
        ("table", {"cols": [1.9, 4.8, 2.9, 2.2, 2.0, 3.2], "font": 9,
                   "header": ["Ref", "Action", "Owner", "Due", "Status", "Update"], "header_fill": "BDD7EE",
                   "rows": table_rows}),
        ("p", "Status: Complete – action done and reported; In progress – work under way; Not started; Deferred – "
              "put back by the Committee; Open – set at the last meeting."),
    ]
    decisions = [
        decision("AC 40", None, d40, board),
        decision("AC 42", None, d42, board),
        decision("AC 43", "a", d43a, board),
        decision("AC 43", "b", d43b, board),
        decision("AC 44", None, d44, board),
        decision("AC 46", "1", d46[0], board),
        decision("AC 46", "2", d46[1], board),
    ]
    actions = [action(ref, text, owners, due_cell or None, due, status)
               for ref, text, _, due_cell, _, _, owners, due, status in rows]
    return {
        "name": "fenwold-audit-committee-minutes-january-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-02", "doc_title": "Audit Committee – Minutes – 28 January 2026",
                 "author": "Democratic Services", "font": "Liberation Sans", "size": 10.5, "title_size": 20,
                 "title_color": "1F4E79",
                 "footer": "Fenwold District Council – Audit Committee – 28 January 2026 – draft minutes"},
        "blocks": blocks,
        "gold": dict(genre="district council audit committee minutes with an appended action log", kind="minutes",
                     title="Audit Committee", authority=FENWOLD, date="2026-01-28", meeting="Audit Committee",
                     decisions=decisions, actions=actions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10.5 pt, page footer; a bold letterhead line, a "
                  "large blue \"Audit Committee\" title, a \"Minutes of the meeting held …\" line and Present / "
                  "Independent member / Officers / External audit lines; minute headings \"AC 38\" … \"AC 47\" as "
                  "bold capital paragraphs with a tab (not heading styles); \"RESOLVED that …\" on one line, "
                  "\"RESOLVED –\" followed by typed (a)/(b) \"that …\" paragraphs, \"RECOMMENDED to Council that …\", "
                  "and \"RESOLVED: That the Committee:\" with a Word-numbered 1./2. list; a declaration, a "
                  "review of the action log and two \"The Committee noted …\" items (not decisions); after a page "
                  "break an action log (Ref | Action | Owner | Due | Status | Update, light-blue header repeated) "
                  "with status words in shaded cells (Complete, In progress, Not started, Deferred, Open, one "
                  "empty), owners split by \"/\" plus a line break, \";\", \"and\" and a bare line break, dues "
                  "\"January 2026\", dd/mm/yyyy, \"30/06/2026 (was 30/11/2025)\", \"Q1 2026/27\", \"Next meeting\", "
                  "\"By 27 February 2026\" and one empty; a status key line under the table.",
    }


# ---------------------------------------------------------------------------
# G4. Scrutiny work programme with a covering report (DOCX, python-docx, landscape, Calibri
#     (falls back), running header and footer). Bold label lines instead of a front table;
#     "That the Committee:" with a Word-numbered (a)–(c) list; typed 3.1 … paragraphs, one
#     "The Chair and Vice-Chair recommend that …" (not an item); Options A/B (not items);
#     Appendix A: the work programme table with the meeting cell merged down over its items,
#     green header, empty cells, "TBC"; Appendix B: a task and finish scope with Word-numbered
#     key questions (not items); Appendix C: forward plan extract (not items).
# ---------------------------------------------------------------------------


def fenwold_work_programme():
    recs = [
        ("a", "agrees the work programme for 2026/27 set out in Appendix A, subject to any changes made at the "
              "meeting;", "AGREES"),
        ("b", "establishes a task and finish group to review the Council’s use of agency staff, with the scope set "
              "out in Appendix B, and appoints five members to it; and", "ESTABLISHES"),
        ("c", "notes the Cabinet forward plan for March to June 2026 at Appendix C.", "NOTES"),
    ]
    green = "D8E4BC"
    wp = [
        [{"text": "9 June 2026", "vspan": 3, "bold": True}, "Annual report of the Cabinet Member for Housing and "
         "Assets", "To question the Cabinet Member on progress against the housing priorities in the Corporate Plan.",
         "Cabinet Member for Housing and Assets /\nHead of Housing", "Holding to account"],
        ["^", "Fenwold Leisure Trust – annual performance", "To review the Trust’s performance against the contract "
         "and its plans for the Hedgeley pool.", "Head of Communities", "Performance"],
        ["^", "Council Tax Reduction Scheme – first quarter", "To see the early effect of the higher maximum award.",
         "Revenues Manager", "Policy review"],
        [{"text": "21 July 2026", "vspan": 2, "bold": True}, "Housing repairs and voids", "To examine why the average "
         "time to re-let empty homes let through the housing register has risen to 61 days.",
         "Head of Housing;\nFenwold Community Housing Trust", "Call for evidence"],
        ["^", "Cabinet forward plan", "To choose items for pre-decision scrutiny.", "", ""],
        [{"text": "15 September 2026", "vspan": 3, "bold": True}, "Fenwold Town Centre Masterplan (draft)",
         "Pre-decision scrutiny before Cabinet on 6 October 2026.", "Director of Place", "Pre-decision"],
        ["^", "Quarter 1 performance report", "To challenge indicators rated red.", "Policy and Performance Manager",
         "Performance"],
        ["^", "Task and finish group on agency staff – interim report", "To receive the group’s emerging findings.",
         "Chair of the group", ""],
        [{"text": "17 November 2026", "vspan": 2, "bold": True}, "Community Safety Partnership annual review",
         "Statutory crime and disorder scrutiny.", "Community Safety Manager and Fenwold District Police Commander",
         "Statutory"],
        ["^", "Budget proposals 2027/28", "To comment on the draft budget before consultation closes.",
         "Chief Finance Officer", "Pre-decision"],
        [{"text": "TBC", "bold": True}, "Damp and mould in private rented homes", "Topic suggested by Councillor "
         "E.G.; scope to be agreed.", "TBC", ""],
    ]
    fp = [
        ["KD 26/03", "To approve the Fenwold Town Centre Masterplan for consultation.", "Cabinet", "7 April 2026"],
        ["KD 26/05", "To award the contract for the management of Fenwold’s car parks.", "Cabinet", "5 May 2026"],
        ["KD 26/06", "To adopt the Homelessness and Rough Sleeping Strategy 2026–2031.", "Cabinet", "2 June 2026"],
        ["KD 26/08", "To agree the Council’s response to the county’s consultation on home to school transport.",
         "Leader", "Not before 15 June 2026"],
    ]
    blocks = [
        ("p", "**Fenwold District Council**"),
        ("p", "**Report to:** Overview and Scrutiny Committee"),
        ("p", "**Date:** 3 March 2026"),
        ("p", "**Agenda item:** 9"),
        ("p", "**Report of:** Democratic Services Manager"),
        ("p", "**Key decision:** No      **Exempt:** No      **Wards:** All"),
        ("title", "Overview and Scrutiny Work Programme 2026/27"),
        ("h", 1, "1. Purpose of the report"),
        ("p", "1.1\tThe Committee sets its own work programme each year. This report brings together the topics "
              "suggested by members, the Cabinet and officers, and proposes a programme for the five meetings in "
              "2026/27, together with one task and finish review."),
        ("h", 1, "2. Recommendations"),
        ("p", "That the Committee:"),
        ("list", "(a)", 1, [t for _, t, _ in recs]),
        ("h", 1, "3. Background"),
        ("p", "3.1\tTwenty-three topics were suggested between November 2025 and January 2026: eleven by members, "
              "seven by officers and five by members of the public through the Council’s website."),
        ("p", "3.2\tEach topic was scored against the Committee’s selection criteria (public interest, the Council’s "
              "ability to influence the issue, the risk to performance or budget, and whether scrutiny would add "
              "value). The scores are in the background papers."),
        ("p", "3.3\tThe Chair and Vice-Chair recommend that the housing repairs and voids item is given a full "
              "meeting, with a call for evidence from tenants, because complaints about empty homes have doubled "
              "since 2024."),
        ("p", "3.4\tThe programme leaves space at each meeting for pre-decision scrutiny of items on the forward plan "
              "and for any call-in."),
        ("h", 1, "4. Options"),
        ("p", "**Option A:** agree the programme as proposed (the recommended option)."),
        ("p", "**Option B:** agree a shorter programme of formal items and hold two further task and finish reviews. "
              "This is not recommended, because officer support for scrutiny was reduced to 1.5 posts in 2025."),
        ("h", 1, "5. Implications"),
        ("p", "5.1\t**Financial:** none. Task and finish reviews are supported from the existing Democratic Services "
              "budget."),
        ("p", "5.2\t**Legal:** the Committee must review crime and disorder matters at least once a year (Police and "
              "Justice Act 2006, section 19); this is scheduled for 17 November 2026."),
        ("p", "**Background papers:** topic suggestion forms and scoring matrix, January 2026."),
        ("p", "**Contact officer:** Scrutiny Officer – 01632 960 327 – scrutiny@fenwold.example"),
        ("break",),
        ("h", 1, "Appendix A – Work Programme 2026/27"),
        ("table", {"cols": [3.0, 5.8, 7.0, 5.2, 2.8], "font": 9.5, "header_fill": green,
                   "header": ["Meeting", "Item", "Purpose", "Lead officer / Cabinet Member", "Type"], "rows": wp}),
        ("p", "Type: Holding to account – questions to a Cabinet Member; Pre-decision – comment before Cabinet decides; "
              "Performance – challenge of performance data; Statutory – required by law."),
        ("h", 1, "Appendix B – Task and Finish Group: Use of Agency Staff (draft scope)"),
        ("p", "**Membership:** five members of the Committee, politically balanced (3:1:1)."),
        ("p", "**Aim:** to understand why spending on agency staff rose from £0.9 million in 2023/24 to £1.7 million "
              "in 2024/25, and to suggest ways of reducing it."),
        ("p", "**Key questions:**"),
        ("list", "1.", 1, [
            "Which services use agency staff most, and for what kinds of post?",
            "How does the Council’s spending compare with that of similar districts?",
            "What has prevented the Council from recruiting to permanent posts?",
            "Would a shared pool of temporary staff with neighbouring councils be cheaper?",
        ]),
        ("p", "**Evidence:** HR data, interviews with service managers, the recruitment agency framework, and the "
              "experience of two neighbouring councils."),
        ("p", "**Timescale:** interim report September 2026; final report to the Committee in January 2027."),
        ("h", 1, "Appendix C – Cabinet Forward Plan, March to June 2026 (extract)"),
        ("table", {"cols": [2.6, 12.8, 3.4, 4.4], "font": 9.5, "header_fill": "D9D9D9",
                   "header": ["Ref", "Decision to be taken", "Decision maker", "Date"], "rows": fp}),
    ]
    return {
        "name": "fenwold-scrutiny-work-programme-2026-27",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-02-20", "doc_title": "Overview and Scrutiny Work Programme 2026/27",
                 "author": "Democratic Services", "font": "Calibri", "size": 11, "title_size": 17,
                 "title_color": "4F6228", "landscape": True, "box_width": 25,
                 "header": "Fenwold District Council – Overview and Scrutiny Committee – 3 March 2026",
                 "footer": "Agenda item 9 – Work Programme 2026/27"},
        "blocks": blocks,
        "gold": dict(genre="district council scrutiny work programme with a covering report", kind="committee-report",
                     title="Overview and Scrutiny Work Programme 2026/27", authority=FENWOLD, date="2026-03-03",
                     meeting="Overview and Scrutiny Committee", decision_number=None,
                     recommendations=[recommendation(n, t, verb=v, addressee="Committee") for n, t, v in recs]),
        "layout": "DOCX (python-docx), landscape, Calibri (falls back), Word heading styles, italic running header "
                  "and a footer; bold label lines (Report to / Date / Agenda item / Report of / Key decision …) "
                  "above the title instead of a front table; \"That the Committee:\" with a Word-numbered (a)–(c) "
                  "list (lower-case verbs, \"; and\"); typed 1.1–5.2 paragraphs with a tab, one \"The Chair and "
                  "Vice-Chair recommend that …\" (not an item); bold Option A / Option B paragraphs (not items); "
                  "after a page break Appendix A, the work programme table (Meeting | Item | Purpose | Lead officer "
                  "/ Cabinet Member | Type) with a green header, each meeting date merged down over its items, "
                  "empty cells and a \"TBC\" row, leads split by \"/\" plus a line break, \";\" plus a line break "
                  "and \"and\" (not items); Appendix B, a task and finish scope with a Word-numbered list of key "
                  "questions (not items); Appendix C, a forward plan extract with \"To approve …\" cells (not items).",
    }


# ---------------------------------------------------------------------------
# G5. Nothing to find: written questions and answers at Council (PDF via pandoc DOCX →
#     LibreOffice). A brand line, a line block of meeting details, an introduction; each question
#     under a Heading 2 "Question n", with bold "From:" / "To:" lines, the question as a block
#     quote and the answer in paragraphs; one answer has a figures table, one a bulleted list of
#     what the Council will do (no owners), one quotes scrutiny recommendations in prose; a
#     withdrawn question; an answer "I would recommend that the councillor …".
# ---------------------------------------------------------------------------


def larkhythe_questions():
    potholes = grid_table([30, 18, 18, 18], ["Quarter", "Reported", "Repaired within 28 days", "Per cent"], [
        ["April to June 2025", "2,144", "1,902", "89%"],
        ["July to September 2025", "1,587", "1,461", "92%"],
        ["October to December 2025", "2,963", "2,311", "78%"],
    ])
    md = [
        "**LARKHYTHE CITY COUNCIL**",
        "# Council – Written Questions from Members and Answers",
        "| Meeting: Council\n| Date: Thursday 26 February 2026\n| Agenda item: 5\n"
        "| Published: 27 February 2026 (answers as given at the meeting)",
        "## Introduction",
        "Under Council Procedure Rule 12, a member may ask the Leader or a Cabinet Member a question on any matter "
        "for which the Council has powers or duties, if the question is received by 12 noon seven clear working days "
        "before the meeting. Six questions were received. The answers below were given at the meeting; "
        "supplementary questions and their answers are recorded in the minutes.",
        "## Question 1",
        "**From:** Councillor A.R.  \n**To:** Cabinet Member for Housing",
        "> How many households were living in temporary accommodation at the end of January 2026, how many of them "
        "were families with children, and what is the Council doing to reduce the use of bed and breakfast?",
        "**Answer:**",
        "At 31 January 2026 there were 1,146 households in temporary accommodation, of whom 702 were families with "
        "children. Forty-one families were in bed and breakfast, and 17 of those had been there for more than six "
        "weeks, which is the legal limit.",
        "This is not acceptable, and the Council is doing three things about it:",
        "- buying 60 homes for use as temporary accommodation in 2026/27, using the Local Authority Housing Fund;",
        "- working with Larkhythe Homes to bring 35 empty council homes back into use more quickly; and",
        "- offering private landlords a guaranteed rent scheme from April 2026.",
        "I expect the number of families in bed and breakfast for more than six weeks to be zero by the summer.",
        "## Question 2",
        "**From:** Councillor B.T.  \n**To:** Cabinet Member for Transport and Highways",
        "> Can the Cabinet Member tell the Council how many potholes were reported in each quarter of 2025/26 so far, "
        "and how many were repaired within the Council’s target of 28 days?",
        "**Answer:**",
        "The figures are below.",
        potholes,
        "Performance fell in the third quarter because of the flooding in November, when crews were moved to "
        "emergency work. The Council repaired 1,210 potholes in January alone. An extra £1.8 million for road "
        "repairs is proposed in the budget being considered tonight.",
        "## Question 3",
        "**From:** Councillor C.M.  \n**To:** Leader of the Council",
        "> What did the Environment and Climate Scrutiny Commission recommend in its review of the Council’s "
        "carbon reduction plan, and which of its recommendations has Cabinet accepted?",
        "**Answer:**",
        "The Commission reported to Cabinet on 13 January 2026. It made five recommendations, on the retrofit of "
        "council buildings, electric vehicle charging at council car parks, a carbon budget for each directorate, "
        "the annual reporting of emissions, and the use of the Council’s pension fund investments. Cabinet accepted "
        "the first four. It did not accept the fifth, because investment decisions for the pension fund are taken "
        "by the Pension Committee, not by Cabinet. The Cabinet response was published with the Cabinet minutes and "
        "I am happy to send the councillor a copy.",
        "## Question 4",
        "**From:** Councillor D.K.  \n**To:** Cabinet Member for Culture and Leisure",
        "> Will the Cabinet Member confirm that no branch library will close in 2026/27?",
        "**Answer:**",
        "No branch library closures are proposed in the 2026/27 budget. The Council agreed in July 2025 to review "
        "opening hours at the six smallest branches with the communities that use them, and the results of that "
        "review will come to the Communities Scrutiny Commission in September 2026.",
        "## Question 5",
        "**From:** Councillor E.S.  \n**To:** Cabinet Member for Finance",
        "> This question was withdrawn by the councillor before the meeting.",
        "## Question 6",
        "**From:** Councillor F.P.  \n**To:** Cabinet Member for Communities",
        "> Residents of Saltings ward have complained for months about fly-tipping behind the Harbour Parade shops. "
        "What action is the Council taking?",
        "**Answer:**",
        "Enforcement officers have issued nine fixed penalty notices in the area since October 2025, and two cases "
        "are being prepared for prosecution. Cameras were installed at the rear of the shops on 2 February 2026. I "
        "would recommend that the councillor encourages residents to report fly-tipping through the Larkhythe app, "
        "which sends a photograph and location straight to the crews.",
        "*The time allowed for questions (30 minutes) ended during the answer to question 6. Under Procedure Rule "
        "12.9 the answer was completed in writing and is printed in full above.*",
        "**Contact:** Democratic Services – 01632 960 546 – democratic.services@larkhythe.example",
    ]
    return {
        "name": "larkhythe-council-written-questions-february-2026",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-02-27"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="unitary city council written questions from members and the answers given at Council "
                           "(nothing to find)", kind="other",
                     title="Council – Written Questions from Members and Answers", authority=LARKHYTHE,
                     date="2026-02-26", meeting="Council", decision_number=None),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles; a bold brand line, a line block "
                  "(Meeting / Date / Agenda item / Published); an introduction; six questions under Heading 2s, "
                  "each with bold From:/To: lines joined by a hard line break and the question as a block quote; "
                  "answers in paragraphs: a pandoc bulleted list of what the Council is doing (no owners, \"; and\"), "
                  "a pothole figures grid table with a header, a prose summary of a scrutiny commission's five "
                  "recommendations and Cabinet's response, \"The Council agreed in July 2025 to …\", \"I would "
                  "recommend that the councillor …\", a withdrawn question and an italic note on the time limit; a "
                  "contact line. Nothing to find.",
    }


# ---------------------------------------------------------------------------
# G6. Cabinet report with a shaded recommendations box on page 1, repeated in other words in a
#     closing "Recommendations" section, and an options appraisal table (PDF via LibreOffice,
#     Liberation Serif body, running header and footer). A front table with shaded labels; the
#     box is one shaded cell with "Cabinet is recommended to:" and a Word-numbered 1.–4. list.
# ---------------------------------------------------------------------------


def larkhythe_cabinet_report():
    recs = [
        ("approve Option C, the refurbishment of the Corn Exchange Market and its operation by a community interest "
         "company under a 15-year lease, as set out in section 6;", "APPROVE"),
        ("delegate authority to the Director of Economy and Regeneration, in consultation with the Cabinet Member for "
         "Economy and Culture and the Director of Finance, to agree the final terms of the lease;", "DELEGATE"),
        ("recommend to Council that £2.4 million be added to the capital programme for 2026/27 and 2027/28, funded "
         "from prudential borrowing of £1.5 million and the Towns Fund grant of £0.9 million; and", "RECOMMEND"),
        ("note that traders will be offered new licences on their current terms until the building closes for the "
         "works, expected in January 2027.", "NOTE"),
    ]
    shade = "DEEAF6"
    lab = lambda text: {"text": text, "bold": True, "fill": "BDD7EE"}
    opt_fill = "E2EFDA"
    options = [
        ["A", "Close the market and sell the building", "£0", "Saves £190,000 a year", "Capital receipt of about "
         "£1.1 million; ends the running deficit.", "Loss of a listed market hall in use since 1872; 34 traders "
         "displaced; strong public opposition in the consultation (81% against).", "No"],
        ["B", "Keep the market as it is, run by the Council", "£0.4m (urgent repairs only)", "Deficit of £190,000 a "
         "year continues", "No change for traders.", "Roof and heating failing; occupancy already down to 62%; "
         "deficit likely to grow.", "No"],
        [{"text": "C", "fill": opt_fill}, {"text": "Refurbish, then lease to a community interest company for 15 "
         "years", "fill": opt_fill}, {"text": "£2.4m", "fill": opt_fill}, {"text": "Rent of £35,000 a year to the "
         "Council from year 3", "fill": opt_fill}, {"text": "Secures the building and the market; operator invests "
         "in events and an evening offer.", "fill": opt_fill}, {"text": "Depends on the operator’s business plan; "
         "the building is closed for about 10 months.", "fill": opt_fill}, {"text": "Yes", "fill": opt_fill,
         "bold": True}],
        ["D", "Refurbish and keep in-house", "£2.4m", "Deficit falls to about £60,000 a year", "Council keeps full "
         "control.", "Council lacks the skills to run an events-led market; higher risk of continued loss.", "No"],
    ]
    blocks = [
        ("p", "**LARKHYTHE CITY COUNCIL**"),
        ("table", {"cols": [3.6, 5.0, 3.6, 4.8], "rows": [
            [lab("Meeting"), "Cabinet", lab("Date"), "17 March 2026"],
            [lab("Report of"), "Director of Economy and Regeneration", lab("Cabinet Member"),
             "Cabinet Member for Economy and Culture"],
            [lab("Key decision"), "Yes", lab("Forward Plan ref."), "FP/2026/019"],
            [lab("Wards"), "Castlegate", lab("Exempt"), "No (Appendix 3 is exempt)"],
        ]}),
        ("title", "Future of the Corn Exchange Market"),
        ("table", {"cols": [17], "rows": [[{"fill": shade, "blocks": [
            ("p", "**Recommendations**"),
            ("p", "Cabinet is recommended to:"),
            ("list", "1.", 1, [t for t, _ in recs]),
        ]}]]}),
        ("h", 1, "1. Summary"),
        ("p", "1.1 The Corn Exchange Market has run at a loss since 2019 and needs a new roof, heating and electrical "
              "systems. This report sets out four options for its future and recommends the refurbishment of the "
              "building and its lease to a community interest company, Larkhythe Market Hall CIC."),
        ("h", 1, "2. Background"),
        ("p", "2.1 The Council has run the market in the Grade II listed Corn Exchange since 1984. It has 55 stalls, "
              "of which 34 are let. Footfall has fallen in each of the last five years."),
        ("table", {"cols": [6.0, 2.2, 2.2, 2.2, 2.2, 2.2], "font": 9.5, "header_fill": "D9D9D9",
                   "header": ["", "2021/22", "2022/23", "2023/24", "2024/25", "2025/26*"], "rows": [
                       ["Visitors (thousands)", "612", "588", "541", "497", "470"],
                       ["Stalls let (of 55)", "46", "44", "41", "37", "34"],
                       ["Net cost to the Council (£000)", "121", "138", "162", "177", "190"],
                   ]}),
        ("p", "* forecast at month 10."),
        ("p", "2.2 The condition survey in 2025 found that the roof covering has reached the end of its life and that "
              "the heating system no longer meets the needs of food traders. Urgent repairs of £0.4 million are "
              "needed within two years whatever option is chosen."),
        ("h", 1, "3. Consultation"),
        ("p", "3.1 A public consultation ran from 6 October to 17 November 2025 and received 2,316 responses. 81% "
              "opposed closing the market and 64% supported a new operator if the building is refurbished."),
        ("p", "3.2 The Corn Exchange Traders’ Association recommended that traders be given a rent-free period when "
              "the market reopens. This will be part of the lease negotiations and is not a condition of the "
              "recommended option."),
        ("p", "3.3 One trader told the consultation: “We want to stay, but we cannot keep trading in a building "
              "where the heating fails every winter.”"),
        ("h", 1, "4. Options appraisal"),
        ("p", "4.1 Four options were appraised against cost, income, heritage and the effect on traders. The "
              "recommended option is shaded."),
        ("table", {"cols": [0.8, 3.0, 1.9, 2.5, 3.3, 3.5, 2.0], "font": 8.5, "header_fill": "9BC2E6",
                   "header": ["", "Option", "Capital cost", "Revenue effect", "Benefits", "Risks", "Preferred"],
                   "rows": options}),
        ("h", 1, "5. The preferred operator"),
        ("p", "5.1 Larkhythe Market Hall CIC was formed in 2025 by a group of traders and local businesses. Its "
              "business plan (Appendix 3, exempt) was reviewed by independent advisers, who judged it achievable if "
              "occupancy reaches 85% by year 3."),
        ("h", 1, "6. The recommended option"),
        ("p", "6.1 Under Option C the Council would refurbish the building between January and October 2027 and "
              "then grant the CIC a 15-year full repairing lease, with a rent-free period of two years and a rent "
              "of £35,000 a year after that. The Council would keep the freehold."),
        ("p", "6.2 Officers recommend that any lease includes a break clause at year 7 in case the operator fails. "
              "This will be agreed under the delegation in recommendation 2."),
        ("h", 1, "7. Financial implications"),
        ("p", "7.1 The capital cost of £2.4 million would be funded by prudential borrowing of £1.5 million, whose "
              "annual cost of £98,000 would be met from the saving in the market’s running deficit, and a Towns "
              "Fund grant of £0.9 million, which must be spent by March 2028. Adding the scheme to the capital "
              "programme is a decision for Council."),
        ("h", 1, "8. Legal implications"),
        ("p", "8.1 A lease of more than seven years at less than the best consideration reasonably obtainable needs "
              "the consent of the Secretary of State unless the general disposal consent applies. The City Solicitor "
              "advises that it applies here."),
        ("h", 1, "9. Equalities"),
        ("p", "9.1 An equality impact assessment is at Appendix 2. Several traders are older people or from minority "
              "ethnic groups; the offer of licences on current terms during the works reduces the effect on them."),
        ("h", 1, "10. Recommendations"),
        ("p", "10.1 That Cabinet approves Option C, refurbishment followed by a 15-year lease to a community interest "
              "company."),
        ("p", "10.2 That the Director of Economy and Regeneration is authorised to agree the lease terms, in "
              "consultation with the Cabinet Member and the Director of Finance."),
        ("p", "10.3 That Cabinet recommends to Council the addition of £2.4 million to the capital programme."),
        ("p", "10.4 That Cabinet notes the arrangements for traders during the works."),
        ("h", 1, "Appendices and background papers"),
        ("p", "Appendix 1 – Condition survey summary; Appendix 2 – Equality impact assessment; Appendix 3 – CIC "
              "business plan (exempt). Background paper: consultation report, December 2025."),
        ("p", "**Report author:** Markets and Town Centre Manager – 01632 960 552 – markets@larkhythe.example"),
    ]
    return {
        "name": "larkhythe-cabinet-corn-exchange-market-report",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-06", "doc_title": "Future of the Corn Exchange Market",
                 "author": "Economy and Regeneration", "font": "Liberation Serif", "size": 11, "title_size": 18,
                 "title_color": "1F4E79", "header": "Larkhythe City Council – Cabinet – 17 March 2026",
                 "footer": "Future of the Corn Exchange Market"},
        "blocks": blocks,
        "gold": dict(genre="unitary city council Cabinet report with a shaded recommendations box on page 1, "
                           "repeated in other words at the end, and an options appraisal table",
                     kind="committee-report", title="Future of the Corn Exchange Market", authority=LARKHYTHE,
                     date="2026-03-17", meeting="Cabinet", decision_number="FP/2026/019",
                     recommendations=[recommendation(str(i), t, verb=v, addressee="Cabinet")
                                      for i, (t, v) in enumerate(recs, 1)]),
        "layout": "PDF (python-docx → LibreOffice), Liberation Serif 11 pt, Word heading styles, italic running "
                  "header and a footer with page numbers; a bold capitals brand line; a four-column front table "
                  "with blue-shaded labels (Meeting / Date / Report of / Cabinet Member / Key decision / Forward "
                  "Plan ref. / Wards / Exempt) above the title; a one-cell shaded box with a bold "
                  "\"Recommendations\" line, \"Cabinet is recommended to:\" and a Word-numbered 1.–4. list "
                  "(lower-case verbs, \"; and\"); typed 1.1–9.1 paragraphs, among them \"The … Traders’ Association "
                  "recommended that …\" and \"Officers recommend that …\" (not items); a footfall figures table "
                  "with a grey header; a quote; an 8.5 pt options appraisal table (blue header, options A–D, the "
                  "recommended row shaded green, a Preferred Yes/No column; not items); a closing \"10. "
                  "Recommendations\" with typed 10.1–10.4 \"That Cabinet …\" sentences that restate the box in other "
                  "words (the box is the gold).",
    }


PAPERS = [
    fenwold_decision_notice,
    larkhythe_council_report,
    fenwold_audit_minutes,
    fenwold_work_programme,
    larkhythe_questions,
    larkhythe_cabinet_report,
]
