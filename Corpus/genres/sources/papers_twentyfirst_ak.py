"""Papers of the twenty-first batch, part AK ("community safety, licensing and regulatory services"):
six made-up papers from two invented places:

  Skelderby – Skelderby District Council (Cabinet, Licensing Committee, Communities Overview and
    Scrutiny Committee) and the Safer Skelderby Partnership, the district's community safety
    partnership;
  Fawnmere – Fawnmere City Council (Executive, Regulatory Committee) and the Fawnmere Domestic Abuse
    Partnership Board.

The genre: the papers councils write about community safety, licensing and enforcement – a report to
the Executive on renewing a public spaces protection order, a domestic homicide review's action plan, a
food law enforcement service plan, a licensing committee's minutes on a cumulative impact assessment,
Cabinet's response to a scrutiny review of fly-tipping enforcement, and a community safety partnership's
crime and anti-social behaviour data profile that holds nothing to find.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every premises, street, firm, police force (Wykeshire Police),
health body, case and figure is made up. The Home Office and the Food Standards Agency are named as the
national bodies they are; what they are said to do here is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_twentyfirst_al.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, part AG's section and first contact, the
DHR action plan rules, second renditions, rebuilding, the closing gold decisions),
`Corpus/gold/README.md`, `Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`, and for
conventions and helpers the writer part of `papers_ninth_m.py`, `FarHWriter` in `papers_far_h.py`,
`grid_table` in `papers_fresh.py` and `papers_nineteenth_ag.py`. Each paper names its own split. Every
gold value is written by hand beside the words it labels; the part AK notes record the choices where the
rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AK1 fawnmere-executive-city-centre-pspo-renewal-march-2026 – tune – chromium-pdf
  AK2 fawnmere-domestic-homicide-review-marie-action-plan – unseen – lo-pdf
  AK3 fawnmere-food-law-enforcement-service-plan-2026-27 – tune – docx
  AK4 skelderby-licensing-committee-minutes-february-2026 – unseen – pandoc-lo-pdf
  AK5 skelderby-cabinet-response-fly-tipping-enforcement-review – unseen – pandoc-docx
  AK6 skelderby-crime-and-asb-data-profile-q3-2025-26 – tune – lo-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

SKELDERBY = "Skelderby District Council"
FAWNMERE = "Fawnmere City Council"


def label(text, fill="E2E2E2"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AK1. Report to the Executive on renewing the City Centre public spaces protection order (HTML →
#      Chromium, A4, CSS page-margin boxes). A details table, a boxed "The Executive is RECOMMENDED
#      to:" with an (a)–(d) list, the current restrictions, the consultation results table, three
#      options (not items), the proposed changes, reasons and implications.
# ---------------------------------------------------------------------------


def fawnmere_pspo_report():
    title = "Renewal of the Fawnmere City Centre Public Spaces Protection Order"
    purple = "5B2C6F"
    # (letter, text, verb)
    recs = [
        ("a", "extend the Fawnmere City Centre Public Spaces Protection Order for three years from 1 May 2026, "
              "with the changes set out in section 6 and in the draft order at Appendix B;", "EXTEND"),
        ("b", "set the fixed penalty for a breach of the order at £100, reduced to £60 if paid within 14 days;",
         "SET"),
        ("c", "delegate authority to the Director of Neighbourhoods, in consultation with the Executive Member "
              "for Community Safety, to make minor changes to the wording of the order before it is sealed; and",
         "DELEGATE"),
        ("d", "note the results of the consultation summarised in section 4 and set out in full at Appendix A.",
         "NOTE"),
    ]
    consult = [
        ["Keep the ban on drinking alcohol in the restricted area when asked to stop", "1,104 (81%)", "176 (13%)",
         "82 (6%)"],
        ["Keep the ban on aggressive begging", "987 (72%)", "241 (18%)", "134 (10%)"],
        ["Keep the requirement to put a dog on a lead when asked", "1,012 (74%)", "203 (15%)", "147 (11%)"],
        ["Add a ban on possessing nitrous oxide for use as an intoxicant", "1,139 (84%)", "118 (9%)", "105 (8%)"],
        ["Extend the restricted area to Canal Wharf and St Ebba’s Walk", "861 (63%)", "298 (22%)",
         "203 (15%)"],
        ["Remove the restriction on gatherings of three or more people", "702 (52%)", "437 (32%)", "223 (16%)"],
    ]
    blocks = [
        ("p", f"<<{purple}|**FAWNMERE CITY COUNCIL**>>"),
        ("table", {"cols": [4.2, 12.8], "borders": False, "rows": [
            [{"text": "Meeting:", "bold": True}, "Executive"],
            [{"text": "Date:", "bold": True}, "17 March 2026"],
            [{"text": "Report of:", "bold": True}, "Director of Neighbourhoods"],
            [{"text": "Executive Member:", "bold": True}, "Executive Member for Community Safety"],
            [{"text": "Key decision:", "bold": True}, "Yes – Forward Plan ref. EX/2026/011"],
            [{"text": "Wards affected:", "bold": True}, "Cathedral; Canal Wharf; Northgate"],
            [{"text": "Contact:", "bold": True},
             "Community Safety Manager – community.safety@fawnmere.example – 01632 960 517"],
        ]}),
        ("title", title),
        ("box", [
            ("p", "**Summary**"),
            ("p", "The City Centre Public Spaces Protection Order (PSPO) made in April 2023 ends on 30 April 2026. "
                  "A PSPO may be extended for up to three years if the Council is satisfied that doing so is "
                  "necessary to prevent the activities it covers from recurring or increasing. This report sets "
                  "out the evidence, the results of a six-week public consultation and the options, and proposes "
                  "that the order is extended with three changes."),
            ("p", "**Recommendations**"),
            ("p", "The Executive is RECOMMENDED to:"),
            ("list", "(a)", 1, [r[1] for r in recs]),
        ]),
        ("h", 2, "1. Purpose of the report"),
        ("p", "1.1 To ask the Executive to decide whether to extend, vary or end the City Centre PSPO, which "
              "ends on 30 April 2026, under sections 60 and 61 of the Anti-social Behaviour, Crime and Policing "
              "Act 2014."),
        ("h", 2, "2. The current order"),
        ("p", "2.1 The order covers the area inside the inner ring road, the bus station and the Castle "
              "Gardens. It contains four restrictions:"),
        ("table", {"cols": [1.2, 9.6, 6.2], "font": 9.5, "header_fill": "E8DAEF",
                   "header": ["No.", "Restriction", "Applies"],
                   "rows": [
                       ["1", "A person must stop drinking alcohol, or hand over any open container of alcohol, "
                             "when asked by a police officer or an authorised officer.", "At all times"],
                       ["2", "A person must not beg in an aggressive manner, or within 10 metres of a cash "
                             "machine.", "At all times"],
                       ["3", "A person in charge of a dog must put it on a lead when asked by an authorised "
                             "officer.", "At all times"],
                       ["4", "A group of three or more people must disperse when asked by a police officer if "
                             "their behaviour is causing harassment, alarm or distress.", "8.00 pm to 6.00 am"],
                   ]}),
        ("p", "2.2 Between May 2023 and December 2025 authorised officers and the police recorded 1,318 "
              "requests under the order. 1,241 people complied when asked; 77 fixed penalty notices were "
              "issued and 9 people were prosecuted for failing to pay. Restriction 4 was used 11 times, "
              "always alongside a dispersal direction under the 2014 Act."),
        ("h", 2, "3. Evidence of need"),
        ("p", "3.1 Reports of anti-social behaviour in the restricted area fell by 17% in the first two years "
              "of the order, from 2,406 to 1,997 a year, but rose again to 2,188 in 2025. Wykeshire Police and "
              "the Council’s Street Wardens report that the rise is mostly street drinking around Canal Wharf "
              "and St Ebba’s Walk, just outside the current boundary, and the use of nitrous oxide in the "
              "Castle Gardens in the evenings."),
        ("p", "3.2 Street Wardens collected 2,930 empty nitrous oxide canisters from the Castle Gardens in "
              "2025. Residents of Canal Wharf presented a petition of 412 signatures to the Council in "
              "September 2025 asking for the order to be extended to their streets."),
        ("h", 2, "4. Consultation"),
        ("p", "4.1 The consultation ran from 5 January to 15 February 2026 on the Council’s website, with "
              "paper copies at the Central Library and the Civic Centre. The Chief Constable, the Police and "
              "Crime Commissioner and the owners of the land concerned were consulted, as the Act requires. "
              "1,362 people responded; 58% live in the city centre or within a mile of it."),
        ("p", "**Table 1: Do you agree or disagree with each proposal?**"),
        ("table", {"cols": [8.4, 2.9, 2.9, 2.8], "font": 9.5, "header_fill": "E8DAEF",
                   "header": ["Proposal", "Agree", "Disagree", "Don’t know"], "rows": consult}),
        ("p", "4.2 Wykeshire Police support the extension and the new nitrous oxide restriction. Fawnmere "
              "Homeless Action and two other charities objected to restriction 2 and asked that anyone asked "
              "to move on is also offered help; the Council’s outreach team now goes out with the Street "
              "Wardens on Friday and Saturday evenings. A civil liberties group objected to restriction 4, and "
              "many respondents said that it was not needed alongside the police’s dispersal powers."),
        ("h", 2, "5. Options"),
        ("p", "5.1 Three options were considered:"),
        ("list", "1.", 1, [
            "Let the order end on 30 April 2026. Not recommended: the evidence in section 3 shows that the "
            "behaviour would be likely to increase.",
            "Extend the order unchanged for three years. Not recommended: it would not deal with the "
            "displacement to Canal Wharf or with nitrous oxide.",
            "Extend the order for three years and vary it as set out in section 6. This is the recommended "
            "option.",
        ]),
        ("h", 2, "6. Proposed changes"),
        ("p", "6.1 If the order is extended it is proposed to vary it by:"),
        ("list", "bullet", 1, [
            "adding a restriction on possessing nitrous oxide for use as an intoxicant in the restricted area;",
            "extending the restricted area to include Canal Wharf and St Ebba’s Walk, as shown on the plan at "
            "Appendix B; and",
            "removing restriction 4 (gatherings of three or more people), which has been little used and "
            "which the police’s dispersal powers already cover.",
        ]),
        ("p", "6.2 The fixed penalty is currently £75. The Act allows up to £100. Officers propose £100, reduced "
              "to £60 if paid within 14 days, in line with neighbouring councils."),
        ("h", 2, "7. Reasons for the recommendations"),
        ("p", "7.1 The Council is satisfied, on the evidence in section 3 and the views of the police, that "
              "the activities in the order have had and are likely to continue to have a detrimental effect on "
              "the quality of life of those in the locality, and that the restrictions are justified. The "
              "changes respond to where and how the behaviour has moved."),
        ("h", 2, "8. Implications"),
        ("p", "8.1 **Legal.** The extended order must be published on the Council’s website and signs put up "
              "in the area before it takes effect. Anyone who lives in or regularly visits the area may apply "
              "to the High Court within six weeks to question its validity."),
        ("p", "8.2 **Financial.** New signs will cost about £6,500, met from the Community Safety budget. "
              "Income from fixed penalties is not budgeted for."),
        ("p", "8.3 **Equality.** An equality impact assessment is at Appendix C. The main risk is to people "
              "who are homeless or who have an alcohol dependency; the outreach arrangements in paragraph 4.2 "
              "and the Street Wardens’ guidance, which says that a fixed penalty should be the last resort "
              "for anyone who is vulnerable, are intended to reduce it."),
        ("h", 2, "9. Appendices"),
        ("p", "Appendix A – Consultation report. Appendix B – Draft order and plan of the restricted area. "
              "Appendix C – Equality impact assessment."),
        ("p", "Background papers: Executive report, 21 March 2023, City Centre Public Spaces Protection Order."),
    ]
    css = ("@page { margin: 20mm 17mm 18mm 17mm; "
           "@top-left { content: \"Fawnmere City Council – Executive – 17 March 2026\"; font-family: "
           "'Liberation Sans', sans-serif; font-size: 8pt; font-style: italic; color: #555555; } "
           "@top-right { content: \"Agenda item 9\"; font-family: 'Liberation Sans', sans-serif; "
           "font-size: 8pt; font-style: italic; color: #555555; } "
           "@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 17pt; margin: 6pt 0 8pt 0; }\n"
           "h2 { color: #5B2C6F; font-size: 12pt; page-break-after: avoid; }\n"
           "div.box { border: 1.2pt solid #5B2C6F; background: #F7F1FA; }\n")
    return {
        "name": "fawnmere-executive-city-centre-pspo-renewal-march-2026",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "css_font": "'Liberation Sans', sans-serif",
                 "size": 10, "title_color": purple},
        "blocks": blocks,
        "gold": dict(genre="report to a city council's Executive on extending and varying a public spaces "
                           "protection order: consultation results, options and a boxed (a)–(d) recommendation "
                           "list",
                     kind="committee-report", title=title, authority=FAWNMERE, date="2026-03-17",
                     meeting="Executive", decision_number="EX/2026/011",
                     recommendations=[recommendation(r[0], r[1], verb=r[2], addressee="Executive")
                                      for r in recs]),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (an italic "
                  "running header with the council, meeting and date on the left and \"Agenda item 9\" on the "
                  "right; \"Page n of m\" at the foot); 3 pages. A purple bold capitals council line, a borderless "
                  "details table (Meeting / Date / Report of / Executive Member / Key decision \"Yes – Forward "
                  "Plan ref. EX/2026/011\" / Wards affected / Contact), the purple title, a purple-bordered box "
                  "with a summary and \"The Executive is RECOMMENDED to:\" over an HTML (a)–(d) list (lower-case "
                  "verbs, \";\" and \"; and\"); purple h2 sections with typed 1.1–8.3 paragraphs; a table of the "
                  "current order's four restrictions and a consultation results table Proposal | Agree | "
                  "Disagree | Don’t know (not items); a numbered list of three options (not items); proposed "
                  "changes as bullets (not items); implications and appendices.",
    }


# ---------------------------------------------------------------------------
# AK2. Domestic homicide review action plan (python-docx → LibreOffice, landscape, NinthMWriter). A
#      details table, a status key, and one table in which each overview report recommendation is a
#      shaded row merged across all six columns ("Recommendation N – …") over its action rows
#      (Ref | Action | Lead agency | Target date | Evidence of completion | Status).
# ---------------------------------------------------------------------------


def fawnmere_dhr_action_plan():
    title = "Domestic Homicide Review ‘Marie’: Action Plan"
    teal = "1F5F5B"
    board = "Fawnmere Domestic Abuse Partnership Board"
    icb = "NHS Fawnmere Integrated Care Board"
    hs = "Fawnmere City Council Housing Services"
    dac = "Domestic Abuse Coordinator"
    police = "Wykeshire Police (Public Protection Unit)"
    # (no., text, verb, addressee)
    recs = [
        ("1", f"The {board} should make sure that every partner agency asks about domestic abuse when a client "
              "says they are worried about money, debt or housing.", "MAKE", board),
        ("2", f"{hs} to review how domestic abuse is identified and recorded when a household asks for help with "
              "rent arrears.", "REVIEW", hs),
        ("3", "GP practices in Fawnmere should offer a private appointment, without a partner present, to any "
              "patient who shows signs of coercive control.", "OFFER", "GP practices in Fawnmere"),
        ("4", "Agree a single route for referrals to the Multi-Agency Risk Assessment Conference (MARAC), with "
              "training on the risk checklist for every agency that refers.", "AGREE", None),
        ("5", "The Home Office should publish guidance for employers on how to respond when a member of staff "
              "discloses domestic abuse.", "PUBLISH", "Home Office"),
    ]
    # (ref, rec no., action, lead cell, owners, target cell, due, evidence, status word)
    acts = [
        ("1.1", "1", "Add questions about domestic abuse to the money advice and housing triage scripts of all "
                     "partner agencies.", f"{board} /\nFawnmere Money Advice Service",
         [board, "Fawnmere Money Advice Service"], "31/12/2025", "2025-12-31",
         "Revised scripts in use by 6 of the 8 agencies. Two agencies have still to confirm.", "Overdue"),
        ("1.2", "1", "Deliver a briefing on economic abuse to frontline staff in the council tax, benefits and "
                     "housing teams.", f"Fawnmere City Council (Revenues and Benefits);\n{dac}",
         ["Fawnmere City Council (Revenues and Benefits)", dac], "Dec 2025", "2025-12",
         "Four briefings held in November and December 2025; 112 staff attended.", "Complete"),
        ("2.1", "2", "Audit a sample of 50 rent arrears cases to see whether domestic abuse was asked about and "
                     "recorded.", hs, [hs], "Q4 2025/26", "2026-03",
         "Audit completed January 2026: domestic abuse asked about in 9 of 50 cases. Report to the Board in "
         "February 2026.", "Complete"),
        ("2.2", "2", "Change the housing case management system so that a domestic abuse marker can be recorded "
                     "and seen by income officers.", f"{hs}, with ICT Services", [hs, "ICT Services"],
         "Q2 2026/27", "2026-09", "", "Not started"),
        ("3.1", "3", "Issue guidance to all GP practices on offering a private appointment and recording why "
                     "one was offered.", icb, [icb], "April 2026", "2026-04",
         "Draft guidance agreed by the Local Medical Committee; to be issued in March 2026.", "In progress"),
        ("3.2", "3", "Include coercive control in the annual safeguarding training for practice staff.",
         f"{icb} /\nDesignated Nurse for Safeguarding Adults", [icb, "Designated Nurse for Safeguarding Adults"],
         "Sept 2026", "2026-09", "", "Not started"),
        ("4.1", "4", "Publish one MARAC referral form and one referral route on the Partnership Board’s web "
                     "page.", "MARAC Coordinator", ["MARAC Coordinator"], "31 January 2026", "2026-01-31",
         "Form and route published 14 January 2026; old forms withdrawn.", "Complete"),
        ("4.2", "4", "Run risk checklist training for every agency that refers to MARAC, at least four times a "
                     "year.", f"{dac};\n{police}", [dac, police], "Ongoing", None,
         "Two sessions held (October 2025, January 2026); 61 staff trained.", "In progress"),
        ("5.1", "5", "Write to the Home Office setting out the review’s national recommendation and the Board’s "
                     "support for it.", f"Chair, {board}", [f"Chair, {board}"], "Nov 2025", "2025-11",
         "Letter sent 3 November 2025. Reply received 12 January 2026.", "Complete"),
    ]
    fills = {"Complete": "C6EFCE", "In progress": "FFEB9C", "Not started": "E7E6E6", "Overdue": "F8CBAD"}
    statuses = {"Complete": "completed", "In progress": "ongoing", "Not started": "not-started", "Overdue": None}
    rows = []
    for n, text, _, _ in recs:
        rows.append([{"text": f"**Recommendation {n}** – {text}", "fill": "D5E8E6", "span": 6},
                     "<", "<", "<", "<", "<"])
        for a in acts:
            if a[1] == n:
                rows.append([{"text": a[0], "bold": True}, a[2], a[3], a[5], a[7],
                             {"text": a[8], "bold": True, "fill": fills[a[8]]}])
    blocks = [
        ("p", f"<<{teal}|**{board.upper()}**>>"),
        ("title", title),
        ("p", "**OFFICIAL – action plan updated 9 February 2026**"),
        ("table", {"cols": [5.2, 20.5], "font": 9.5, "rows": [
            [label("Review", "D5E8E6"), "Domestic Homicide Review into the death of ‘Marie’ (a pseudonym chosen "
                                        "by her family), aged 43, in Fawnmere in March 2024"],
            [label("Commissioned by", "D5E8E6"), "Fawnmere City Council, for the community safety partnership; "
                                                 "overseen by the Fawnmere Domestic Abuse Partnership Board"],
            [label("Overview report", "D5E8E6"), "Approved by the Board on 10 July 2025; quality assured by the "
                                                 "Home Office and published on 2 October 2025"],
            [label("Action plan owner", "D5E8E6"), "Domestic Abuse Coordinator, Fawnmere City Council – "
                                                   "dapb@fawnmere.example – 01632 960 588"],
            [label("Monitoring", "D5E8E6"), "Progress is reported to each quarterly meeting of the Board. An action "
                                            "is closed only when the Board has seen the evidence of completion."],
        ]}),
        ("p", "This plan sets out the five recommendations of the overview report and the actions agreed to "
              "carry them out. The single agency recommendations of Wykeshire Police and Fawnmere Money Advice "
              "Service are monitored by those agencies and are not repeated here. Marie’s family have been sent "
              "a copy of this plan."),
        ("p", "**Status key.** **Complete** – the action is done and the Board has seen the evidence. **In "
              "progress** – work on the action has started. **Not started** – work on the action has not "
              "begun. **Overdue** – the target date has passed and the action is not complete."),
        ("table", {"cols": [1.3, 7.4, 5.2, 2.4, 6.8, 2.6], "font": 8.5, "header_fill": "A9CFCB",
                   "header": ["Ref", "Action", "Lead agency", "Target date", "Evidence of completion", "Status"],
                   "rows": rows}),
        ("p", "If you are worried about domestic abuse, call the Fawnmere Domestic Abuse Service helpline on "
              "01632 960 600 (9.00 am to 5.00 pm, Monday to Friday) or, in an emergency, call 999."),
    ]
    return {
        "name": "fawnmere-domestic-homicide-review-marie-action-plan",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-09", "doc_title": title, "author": "Domestic Abuse Coordinator",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 16, "title_color": teal,
                 "m_header": ("OFFICIAL", "Fawnmere Domestic Abuse Partnership Board"),
                 "m_footer": ("DHR ‘Marie’ – action plan – version 4, 9 February 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="domestic homicide review action plan: the overview report's recommendations as "
                           "merged rows over their actions (Ref | Action | Lead agency | Target date | Evidence "
                           "of completion | Status) with a status key",
                     kind="action-plan", title=title, authority=FAWNMERE, date="2026-02-09", meeting=None,
                     recommendations=[recommendation(r[0], r[1], verb=r[2], addressee=r[3]) for r in recs],
                     actions=[action(a[0], a[2], a[4], a[5], a[6], statuses[a[8]]) for a in acts]),
        "layout": "PDF (python-docx → LibreOffice), landscape (Letter), Liberation Sans 10 pt, an italic running "
                  "header (\"OFFICIAL\" | the Board) and footer (plan and version | \"Page X of Y\"), rows that may "
                  "not split; 2 pages. A teal bold capitals Board line, the teal title, a bold \"OFFICIAL – action "
                  "plan updated 9 February 2026\" line, a bordered details table with teal label cells (Review / "
                  "Commissioned by / Overview report / Action plan owner / Monitoring); a paragraph saying the "
                  "single agency recommendations are not repeated; a bold-led status key (Complete / In progress / "
                  "Not started / Overdue); an 8.5 pt table Ref | Action | Lead agency | Target date | Evidence of "
                  "completion | Status with a teal header, each recommendation a shaded row merged across all six "
                  "columns (\"Recommendation N – …\") over its action rows 1.1–5.1; recommendations as \"X should "
                  "…\", \"X to V …\" and an imperative; leads split by \"/\" plus line break, \";\" plus line break "
                  "and \", with\", one \"Chair, …\" post; target dates \"31/12/2025\", \"Dec 2025\", \"Q4 2025/26\", "
                  "\"Q2 2026/27\", \"April 2026\", \"Sept 2026\", \"31 January 2026\", \"Ongoing\", \"Nov 2025\"; "
                  "statuses as bold words in shaded cells; two empty evidence cells; a helpline line.",
    }


# ---------------------------------------------------------------------------
# AK3. Food law enforcement service plan with its covering report to the Regulatory Committee
#      (python-docx DOCX, NinthMWriter, portrait). A front table, a one-sentence recommendation, the
#      plan's sections (premises profile and 2025/26 performance tables, resources: not items) and the
#      service improvement table No. | Objective | Action | Lead | Target date | Progress at 31 May 2026
#      with the Objective cell merged down over its actions.
# ---------------------------------------------------------------------------


def fawnmere_food_service_plan():
    title = "Food Law Enforcement Service Plan 2026/27"
    red = "9C2A2A"
    cover = ("That the Regulatory Committee approves the Food Law Enforcement Service Plan 2026/27 and notes the "
             "service’s performance in 2025/26 set out in section 3.")
    tl, seho, fso, ehm = ("Food Safety Team Leader", "Senior Environmental Health Officer (Food)",
                          "Food Standards Officer", "Environmental Health Manager")
    o1 = "Clear the backlog of unrated new food businesses"
    o2 = "Raise hygiene standards in the lowest-rated businesses"
    o3 = "Protect consumers with food allergies"
    o4 = "Develop the service"
    # (no., objective, action, lead cell, owners, target cell, due, progress, status)
    acts = [
        ("1", o1, "Inspect all 146 new food businesses awaiting a first inspection, starting with those that "
                  "handle high-risk foods.", tl, [tl], "30 September 2026", "2026-09-30",
         "Under way – 38 inspected in April and May.", "ongoing"),
        ("2", o1, "Procure a contractor to carry out 300 inspections of lower-risk (category D and E) "
                  "premises.", f"{tl} /\nProcurement", [tl, "Procurement"], "Q3 2026/27", "2026-12",
         "Not started – the tender closes on 19 June.", "not-started"),
        ("3", o2, "Run a programme of coaching visits for businesses rated 0 or 1 under the Food Hygiene Rating "
                  "Scheme.", seho, [seho], "March 2027", "2027-03",
         "Under way – 11 of the 27 businesses visited.", "ongoing"),
        ("4", o2, "Offer the Level 2 food hygiene course in Polish, Bengali and Turkish.",
         f"{seho}, with Fawnmere Adult Learning", [seho, "Fawnmere Adult Learning"], "2026/27", "2027-03", "",
         None),
        ("5", o3, "Carry out allergen test purchases at 40 takeaways, concentrating on those that sell through "
                  "delivery apps.", fso, [fso], "Jan 2027", "2027-01", "Not started.", "not-started"),
        ("6", o3, "Publish allergen guidance for the traders at Fawnmere Market Hall.", f"{fso};\nMarkets Manager",
         [fso, "Markets Manager"], "31/07/2026", "2026-07-31",
         "Complete – guidance handed out at the traders’ meeting on 12 May.", "completed"),
        ("7", o4, "Train two Regulatory Support Officers to carry out interventions at category E premises.", ehm,
         [ehm], "TBC", None, "Not started – waiting for the revised competency framework.", "not-started"),
        ("8", o4, "Move the food premises records to the new regulatory services database.", f"{ehm} /\nICT Services",
         [ehm, "ICT Services"], "Ongoing", None, "Under way – data cleansing of 2,870 records 60% complete.",
         "ongoing"),
    ]
    rows = []
    for obj in (o1, o2, o3, o4):
        mine = [a for a in acts if a[1] == obj]
        for i, a in enumerate(mine):
            objective = {"text": obj, "bold": True, "fill": "F2DCDB", "vspan": len(mine)} if i == 0 else "^"
            rows.append([a[0], objective, a[2], a[3], a[5], a[7]])
    blocks = [
        ("p", f"<<{red}|**FAWNMERE CITY COUNCIL**>>"),
        ("p", "**Regulatory Committee – 10 June 2026**"),
        ("title", title),
        ("table", {"cols": [4.2, 12.3], "font": 10, "rows": [
            [label("Report of"), "Director of Neighbourhoods"],
            [label("Report author"), "Environmental Health Manager – food.safety@fawnmere.example – 01632 960 544"],
            [label("Wards"), "All"],
            [label("Purpose"), "For decision"],
            [label("Appendix"), "Appendix 1 – Food Law Enforcement Service Plan 2026/27 (sections 1 to 6 below)"],
        ]}),
        ("ph", 12, f"<<{red}|Recommendation>>"),
        ("p", cover),
        ("ph", 12, f"<<{red}|1.\tIntroduction>>"),
        ("pn", "1.1\tThe Food Standards Agency’s Framework Agreement on Official Feed and Food Controls by Local "
               "Authorities requires every food authority to have a documented service plan, approved by "
               "members, setting out how it will deliver its food law duties in the year ahead."),
        ("pn", "1.2\tThe plan covers food hygiene and food standards in the city’s 2,870 food businesses. Feed "
               "controls are carried out by the county’s trading standards service and are not part of this "
               "plan."),
        ("ph", 12, f"<<{red}|2.\tProfile of food businesses>>"),
        ("pn", "2.1\tThe table shows the food businesses in the city by their hygiene risk category at 1 April "
               "2026. Category A premises are inspected every six months and category E premises every three "
               "years or by other means."),
        ("table", {"cols": [5.5, 3.5, 7.5], "font": 9.5, "header_fill": "E6B9B8",
                   "header": ["Risk category", "Premises", "Minimum frequency"],
                   "rows": [["A", "14", "Every 6 months"], ["B", "121", "Every 12 months"],
                            ["C", "688", "Every 18 months"], ["D", "1,092", "Every 2 years"],
                            ["E", "809", "Every 3 years (alternative enforcement)"],
                            ["Unrated (new businesses)", "146", "Within 28 days of trading"],
                            [{"text": "Total", "bold": True}, {"text": "2,870", "bold": True}, ""]]}),
        ("ph", 12, f"<<{red}|3.\tPerformance in 2025/26>>"),
        ("pn", "3.1\tThe service carried out 1,284 of the 1,402 interventions that were due (92%). All category A "
               "and B interventions were done. The shortfall was in category D, where two vacant posts were not "
               "filled until October 2025."),
        ("table", {"cols": [7.0, 3.0, 3.0, 3.5], "font": 9.5, "header_fill": "E6B9B8",
                   "header": ["Measure", "Target", "2024/25", "2025/26"],
                   "rows": [["Interventions due that were carried out", "100%", "88%", "92%"],
                            ["Businesses rated 3 or above (broadly compliant)", "95%", "94.1%", "95.3%"],
                            ["Food complaints answered within 5 working days", "90%", "93%", "91%"],
                            ["Samples taken", "160", "148", "171"],
                            ["Hygiene improvement notices served", "–", "41", "36"],
                            ["Prosecutions", "–", "2", "3"]]}),
        ("pn", "3.2\tThree food businesses were prosecuted in 2025/26, two for serious pest infestations and one "
               "for selling food labelled as free from peanuts that contained peanut. Two premises were closed "
               "under hygiene emergency prohibition notices."),
        ("ph", 12, f"<<{red}|4.\tResources>>"),
        ("pn", "4.1\tThe food team has 9.4 full-time equivalent posts in 2026/27 (6.0 Environmental Health "
               "Officers, 1.4 Food Standards Officers and 2.0 Regulatory Support Officers), at a cost of "
               "£538,000. The Environmental Health Manager is the lead officer for food."),
        ("ph", 12, f"<<{red}|5.\tService improvement actions for 2026/27>>"),
        ("pn", "5.1\tThe table sets out the actions the service will take in 2026/27, with progress at 31 May "
               "2026. Progress on each action will be reported to the Committee in December 2026."),
        ("table", {"cols": [0.9, 3.0, 5.0, 3.0, 2.2, 3.4], "font": 8.5, "header_fill": "E6B9B8",
                   "header": ["No.", "Objective", "Action", "Lead", "Target date", "Progress at 31 May 2026"],
                   "rows": rows}),
        ("ph", 12, f"<<{red}|6.\tReview>>"),
        ("pn", "6.1\tThe plan will be reviewed at the end of the year against the measures in section 3, and the "
               "review will be reported to the Committee with the 2027/28 plan."),
        ("p", "**Background papers:** Food Standards Agency Food Law Code of Practice (England); Food Law "
              "Enforcement Service Plan 2025/26 (Regulatory Committee, 11 June 2025)."),
    ]
    return {
        "name": "fawnmere-food-law-enforcement-service-plan-2026-27",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-05-29", "doc_title": title, "author": "Environmental Health", "ninth_m": True,
                 "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 16, "title_color": red,
                 "m_header": ("Fawnmere City Council", "Regulatory Committee – 10 June 2026"),
                 "m_footer": ("Food Law Enforcement Service Plan 2026/27", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="food law enforcement service plan with its covering report to a regulatory "
                           "committee: a one-sentence recommendation, premises and performance tables, and a "
                           "service improvement action table (No. | Objective | Action | Lead | Target date | "
                           "Progress)",
                     kind="action-plan", title=title, authority=FAWNMERE, date="2026-06-10",
                     meeting="Regulatory Committee",
                     recommendations=[recommendation(None, cover, verb="APPROVES", addressee="Regulatory Committee")],
                     actions=[action(a[0], a[2], a[4], a[5], a[6], a[8]) for a in acts]),
        "layout": "DOCX (python-docx), portrait (Letter), Liberation Sans 10 pt, an italic running header (council "
                  "| committee and date) and footer (plan | \"Page X of Y\"), rows that may not split. A dark red "
                  "bold capitals council line, a bold committee line, the red title, a bordered front table with "
                  "grey bold labels (Report of / Report author / Wards / Purpose / Appendix); a red \"Recommendation\" "
                  "heading (not a style) over one unnumbered \"That the Regulatory Committee approves … and notes "
                  "…\" sentence; red bold headings that are not styles over typed 1.1–6.1 hanging paragraphs; a "
                  "premises-by-risk table with a bold total row and a performance table (not items); an 8.5 pt "
                  "table No. | Objective | Action | Lead | Target date | Progress at 31 May 2026 with a pink header "
                  "and shaded Objective cells merged down over their actions 1–8; leads split by \"/\" plus line "
                  "break, \";\" plus line break and \", with\"; target dates \"30 September 2026\", \"Q3 2026/27\", "
                  "\"March 2027\", \"2026/27\", \"Jan 2027\", \"31/07/2026\", \"TBC\", \"Ongoing\"; progress cells "
                  "opening \"Under way –\", \"Not started\", \"Complete –\", one empty; background papers line.",
    }


# ---------------------------------------------------------------------------
# AK4. Licensing Committee minutes (Markdown → pandoc DOCX → LibreOffice). Minute numbers LC/14–LC/21
#      in Heading 3 titles; "RESOLVED – That …" paragraphs, and "RESOLVED – That the Committee:" over
#      typed (1)–(3) paragraphs; an amendment that was lost; noted items; "Action:" lines.
# ---------------------------------------------------------------------------


def skelderby_licensing_minutes():
    committee = "Licensing Committee"
    d_minutes = ("the minutes of the meeting held on 8 December 2025 be confirmed as a correct record and signed "
                 "by the Chair.")
    d_cia = [
        ("1", "approves the Cumulative Impact Assessment 2026 for Skelderby town centre set out in Appendix A to "
              "the report, to be published on 1 April 2026;"),
        ("2", "extends the cumulative impact area to include Bridge Street and Castle Wynd, as shown on the plan "
              "at Appendix B; and"),
        ("3", "asks the Licensing Manager to report to the Committee in March 2027 on the applications made in the "
              "cumulative impact area and how they were decided."),
    ]
    d_policy = ("the draft Statement of Licensing Policy 2026–2031 be approved for public consultation from 16 "
                "February to 10 April 2026, and that the responses be reported to the Committee on 15 June 2026.")
    d_fares = ("the proposed table of hackney carriage fares at Appendix C be advertised for 14 days, and that, if "
               "no objections are received, it take effect on 1 April 2026.")
    # (minute, text, owners, timeframe, due)
    acts = [
        ("LC/17", "Licensing Manager to publish the Cumulative Impact Assessment and send it to the responsible "
                  "authorities by 1 April.", ["Licensing Manager"], "by 1 April", "2026-04-01"),
        ("LC/18", "Licensing Manager / Democratic Services to send all councillors the consultation timetable by "
                  "20 February.", ["Licensing Manager", "Democratic Services"], "by 20 February", "2026-02-20"),
        ("LC/21", "Licensing Enforcement Officer to send members the results of the test purchases by ward by the "
                  "next meeting.", ["Licensing Enforcement Officer"], "by the next meeting", None),
    ]
    md = [
        "**SKELDERBY DISTRICT COUNCIL**",
        f"# {committee}",
        "**Minutes of the meeting held on Monday, 9 February 2026 at 6.00 pm in the Council Chamber, Skelderby "
        "House, Market Place, Skelderby**",
        "**Present:** Councillors M.R. (Chair), J.W. (Vice-Chair), A.B., C.H., D.K., E.L., F.O., K.T., P.S. and "
        "S.Y.",
        "**Officers:** Head of Regulatory Services, Licensing Manager, Licensing Enforcement Officer, Solicitor "
        "(Licensing) and Democratic Services Officer.",
        "**Also present:** Inspector, Wykeshire Police (Skelderby Neighbourhood Policing Team), and four members "
        "of the public.",
        "### LC/14 Apologies for absence",
        "Apologies were received from Councillors G.N. and R.T.",
        "### LC/15 Declarations of interest",
        "Councillor E.L. declared a non-registrable interest in minute LC/17 as a member of the Castle Wynd "
        "Residents’ Association. She took part in the debate but did not vote.",
        "### LC/16 Minutes",
        f"**RESOLVED –** That {d_minutes}",
        "### LC/17 Cumulative Impact Assessment – Skelderby town centre",
        "The Licensing Manager presented the report. The Council’s first cumulative impact assessment, published "
        "in 2023, found that the number of late-night premises in Market Place, Finkle Street and Northgate was "
        "contributing to crime, disorder and public nuisance. The law requires the assessment to be reviewed at "
        "least every three years. The review had found that violent crime in the night-time economy had fallen "
        "by 14% since 2023 but that calls to the police about noise and disorder in Bridge Street and Castle Wynd "
        "had almost doubled, as three new bars had opened there. A consultation from 3 November to 15 December "
        "2025 received 96 responses; 71% supported extending the area.",
        "The Inspector said that Wykeshire Police supported the assessment and the larger area. Members asked "
        "whether the assessment would stop new restaurants opening in the town centre. The Solicitor (Licensing) "
        "said that each application must still be decided on its merits, and that the assessment creates a "
        "rebuttable presumption that applications for late-night alcohol sales in the area will normally be "
        "refused if relevant representations are received.",
        "Councillor K.T. moved an amendment, seconded by Councillor S.Y., that the extension to Bridge Street and "
        "Castle Wynd be deferred for six months to allow further talks with businesses. On being put to the vote "
        "the amendment was lost (3 for, 6 against, 0 abstentions).",
        "**RESOLVED –** That the Committee:",
    ] + [f"\\({n}) {t}" for n, t in d_cia] + [
        "(For 7, against 2, abstentions 0)",
        f"**Action:** {acts[0][1]}",
        "### LC/18 Statement of Licensing Policy 2026–2031 – draft for consultation",
        "The Head of Regulatory Services introduced the draft policy, which the Council must review at least every "
        "five years under the Licensing Act 2003. The main changes were a new section on the safety of women and "
        "girls in the night-time economy, a model condition on the use of drinks covers, and guidance on events "
        "in the Castle grounds. Members welcomed the section on safety and asked that the consultation include "
        "the two colleges in the district.",
        f"**RESOLVED –** That {d_policy}",
        f"**Action:** {acts[1][1]}",
        "### LC/19 Hackney carriage table of fares",
        "The Licensing Manager reported that the hackney carriage trade had asked for a fares increase to reflect "
        "higher fuel and insurance costs. The proposed table would raise the cost of a two-mile daytime journey "
        "from £8.40 to £8.90, which would still be below the average of the neighbouring districts.",
        f"**RESOLVED –** That {d_fares}",
        "### LC/20 Decisions of the Licensing Sub-Committee",
        "The Committee noted the decisions of the Licensing Sub-Committee between 1 November 2025 and 31 January "
        "2026: two new premises licences granted with conditions, one review of a premises licence (The Old "
        "Tannery, Finkle Street) leading to the licence being suspended for six weeks, and one hackney carriage "
        "driver’s licence revoked.",
        "### LC/21 Licensing enforcement – update",
        "The Licensing Enforcement Officer reported that 41 premises had been visited in the quarter, mostly at "
        "night with the police. Test purchases of alcohol had been made at 12 shops, and 2 had sold to a person "
        "under 18. Members asked to see the results by ward.",
        "The update was noted.",
        f"**Action:** {acts[2][1]}",
        "### Date of next meeting",
        "Monday, 16 March 2026 at 6.00 pm.",
        "The meeting closed at 7.52 pm.",
        "Chair ........................................",
    ]
    decisions = [decision("LC/16", None, d_minutes, committee)]
    decisions += [decision("LC/17", n, t, committee) for n, t in d_cia]
    decisions += [decision("LC/18", None, d_policy, committee), decision("LC/19", None, d_fares, committee)]
    return {
        "name": "skelderby-licensing-committee-minutes-february-2026",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-02-16"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="district council licensing committee minutes: a cumulative impact assessment, a draft "
                           "statement of licensing policy and hackney carriage fares, with resolutions and "
                           "\"Action:\" lines",
                     kind="minutes", title=committee, authority=SKELDERBY, date="2026-02-09", meeting=committee,
                     decisions=decisions,
                     actions=[action(None, a[1], a[2], a[3], a[4], None) for a in acts]),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header or page numbers; "
                  "3 pages. A bold capitals council line, the committee's name as H1, a bold \"Minutes of the "
                  "meeting …\" line, bold-led Present / Officers / Also present paragraphs; Heading 3 minute titles "
                  "\"LC/14 …\" … \"LC/21 …\"; \"**RESOLVED –** That …\" paragraphs and \"**RESOLVED –** That the "
                  "Committee:\" over typed \"(1) approves …\", \"(2) extends …\", \"(3) asks …\" paragraphs (\";\" "
                  "and \"; and\"), then a vote line; an amendment that was lost, a declaration, noted items "
                  "(\"The Committee noted …\", \"The update was noted.\"); bold \"**Action:**\" lines with owners "
                  "before \"to\" (one \"Licensing Manager / Democratic Services\") and \"by 1 April\", \"by 20 "
                  "February\", \"by the next meeting\"; the next meeting's date and a Chair's signature line.",
    }


# ---------------------------------------------------------------------------
# AK5. Cabinet's response to the Communities Overview and Scrutiny Committee's review of fly-tipping
#      enforcement (Markdown → pandoc DOCX). A front grid table, a "Recommendation" section with one
#      covering sentence, the review's findings in prose (not items), then each recommendation under a
#      Heading 3 "Recommendation N" with bold-led Decision / Cabinet response / Lead officer / Timescale
#      paragraphs (no response table).
# ---------------------------------------------------------------------------


def skelderby_fly_tipping_response():
    title = "Response to the Communities Overview and Scrutiny Committee Review of Fly-tipping Enforcement"
    cover = ("That Cabinet agrees the responses to the six recommendations of the Communities Overview and "
             "Scrutiny Committee’s review of fly-tipping enforcement set out in section 4, and asks the Head of "
             "Environmental Services to report progress to the Committee in March 2027.")
    hes, eetl = "Head of Environmental Services", "Environmental Enforcement Team Leader"
    csm, pim = "Community Safety Manager", "Performance and Insight Manager"
    # (no., text, verb, addressee, decision word, response, lead cell, owners, timescale cell, due)
    recs = [
        ("1", "Publish a fly-tipping enforcement policy that sets out when the Council will issue a fixed penalty "
              "notice and when it will prosecute.", "PUBLISH", None, "Agreed",
         "A draft policy will be brought to Cabinet with the Environmental Enforcement Policy review. It will "
         "follow the national guidance and will say that prosecution is the normal response to fly-tipping from "
         "vans and to any tipping of hazardous waste.", hes, [hes], "September 2026", "2026-09"),
        ("2", "Increase the fixed penalty for fly-tipping from £400 to the maximum of £1,000, with no discount for "
              "early payment.", "INCREASE", None, "Agreed in part",
         "The fixed penalty will rise to £800 from 1 April 2026. Cabinet wishes to keep a discount for early "
         "payment (£500 if paid within 10 days), because it has kept the rate of payment above 80%, which "
         "avoids the cost of prosecuting unpaid notices.", hes, [hes], "April 2026", "2026-04"),
        ("3", "The Cabinet Member for Communities should ask the Safer Skelderby Partnership to make fly-tipping "
              "one of the priorities of its plan for 2026–2029.", "ASK", "Cabinet Member for Communities",
         "Agreed",
         "The Cabinet Member raised this at the Partnership’s meeting in January 2026. The Partnership will "
         "decide its priorities when it agrees its strategic assessment in June.", csm, [csm], "June 2026",
         "2026-06"),
        ("4", "Buy six more redeployable CCTV cameras for the places where fly-tipping happens most often.", "BUY",
         None, "Not agreed",
         "There is no capital budget for further cameras in 2026/27. The Council’s four cameras will instead be "
         "moved every four weeks, guided by the map of reports, and the Council will bid for the next round of "
         "national fly-tipping grant funding.", "N/A", [], "N/A", None),
        ("5", "Householders who give their waste to an unlicensed carrier should be prosecuted under the duty of "
              "care, not only warned.", None, None, "Agreed in part",
         "Householders will be offered a fixed penalty notice for a first breach of the household duty of care "
         "and prosecuted for a second. Cabinet does not think that prosecuting first-time householders, many of "
         "whom were misled by carriers advertising online, is in the public interest.", eetl, [eetl],
         "From April 2026", "2026-04"),
        ("6", "Report the number of fly-tips and the enforcement action taken in each ward to the Committee every "
              "six months.", "REPORT", None, "Agreed",
         "The first report will cover April to September 2026 and will include the time taken to clear each "
         "fly-tip.", f"{eetl} / {pim}", [eetl, pim], "November 2026, then every six months", "2026-11"),
    ]
    decisions = {"Agreed": "accepted", "Agreed in part": "partially-accepted", "Not agreed": "rejected"}
    front = grid_table([26, 58], None, [
        ["**Report to**", "Cabinet"],
        ["**Date of meeting**", "24 March 2026"],
        ["**Report of**", "Head of Environmental Services"],
        ["**Portfolio holder**", "Cabinet Member for Environment and Street Scene"],
        ["**Key decision**", "No"],
        ["**Wards**", "All"],
        ["**Contact**", "environmental.services@skelderby.example – 01632 960 433"],
    ])
    md = [
        "**SKELDERBY DISTRICT COUNCIL**",
        front,
        f"# {title}",
        "## 1. Purpose",
        "1.1 To set out Cabinet’s response to the six recommendations of the Communities Overview and Scrutiny "
        "Committee’s review of fly-tipping enforcement, which the Committee agreed on 27 January 2026. The "
        "Council’s constitution requires Cabinet to respond to a scrutiny report within two months.",
        "## 2. Recommendation",
        cover,
        "## 3. The review",
        "3.1 The review was carried out by a task group of five members of the Committee between September and "
        "December 2025. It visited fly-tipping hotspots in Thornby, Skelderby Moor and the Ings industrial "
        "estate, heard from the Environmental Enforcement Team, Wykeshire Police, two parish councils and the "
        "National Farmers’ Union, and compared the Council’s approach with that of four other districts.",
        "3.2 Reports of fly-tipping in the district rose from 1,412 in 2022/23 to 1,968 in 2024/25. In the same "
        "period the Council issued 64, 71 and 58 fixed penalty notices and brought 4 prosecutions. The task "
        "group found that residents and parish councils did not know what happened after they reported a "
        "fly-tip, and that private landowners, who must clear waste tipped on their own land, felt left to "
        "cope alone.",
        "3.3 The task group heard that other councils had raised their fixed penalties and prosecuted more "
        "often. It recommended a clearer policy, higher penalties, more cameras and more regular reporting. "
        "Its report thanked the officers and partners who gave evidence.",
        "## 4. Cabinet’s response to the recommendations",
        "4.1 Each recommendation is set out below as the Committee worded it, followed by Cabinet’s proposed "
        "decision and response, the lead officer and the timescale.",
    ]
    for r in recs:
        md += [
            f"### Recommendation {r[0]}",
            f"*{r[1]}*",
            f"**Decision:** {r[4]}",
            f"**Cabinet response:** {r[5]}",
            f"**Lead officer:** {r[6]}",
            f"**Timescale:** {r[8]}",
        ]
    md += [
        "## 5. Financial implications",
        "5.1 The higher fixed penalty is expected to bring in about £12,000 more a year, which will be spent on "
        "enforcement as the regulations require. Moving the existing cameras more often will be met from the "
        "existing budget. The grant bid in response to recommendation 4 would need no match funding.",
        "## 6. Legal implications",
        "6.1 Fixed penalties for fly-tipping and for breaches of the household duty of care are set under the "
        "Environmental Protection Act 1990 and its regulations, within the limits they allow.",
        "## 7. Equality implications",
        "7.1 No adverse impact was found. The policy in response to recommendation 1 will include how officers "
        "take account of a person’s circumstances when deciding whether to prosecute.",
        "## 8. Background papers",
        "8.1 Communities Overview and Scrutiny Committee, 27 January 2026: Review of fly-tipping enforcement – "
        "final report of the task group.",
    ]
    recommendations = [recommendation(None, cover, verb="AGREES", addressee="Cabinet")]
    recommendations += [recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[7], due=r[9],
                                       timeframe=None if r[8] == "N/A" else r[8], response=r[5],
                                       decision=decisions[r[4]]) for r in recs]
    return {
        "name": "skelderby-cabinet-response-fly-tipping-enforcement-review",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-03-13"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Cabinet's response to a district scrutiny committee's review of fly-tipping "
                           "enforcement: a covering recommendation, then each recommendation under its own heading "
                           "with bold-led Decision / Cabinet response / Lead officer / Timescale paragraphs",
                     kind="executive-response", title=title, authority=SKELDERBY, date="2026-03-24",
                     meeting="Cabinet", recommendations=recommendations),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; 4 pages in a scratch LibreOffice conversion. A "
                  "bold capitals council line, a headerless grid table with bold labels (Report to / Date of "
                  "meeting / Report of / Portfolio holder / Key decision / Wards / Contact), the H1 title; Heading "
                  "2 sections with typed 1.1 … 8.1 paragraphs; \"2. Recommendation\" with one unnumbered \"That "
                  "Cabinet agrees … and asks …\" paragraph; the review's findings in prose (\"It recommended a "
                  "clearer policy …\", not an item); section 4 with six Heading 3 \"Recommendation N\" headings, "
                  "each over the recommendation in italics and bold-led paragraphs Decision (\"Agreed\", \"Agreed "
                  "in part\", \"Not agreed\") / Cabinet response / Lead officer / Timescale; four imperatives, one "
                  "\"The Cabinet Member for Communities should ask …\", one passive; one lead \"A / B\", one "
                  "\"N/A\"; timescales \"September 2026\", \"April 2026\", \"June 2026\", \"N/A\", \"From April "
                  "2026\", \"November 2026, then every six months\"; implications sections.",
    }


# ---------------------------------------------------------------------------
# AK6. Community safety partnership's quarterly crime and anti-social behaviour data profile (python-docx
#      → LibreOffice, NinthMWriter, portrait). Key points, tables of recorded crime, ASB by ward, domestic
#      abuse and environmental crime, data notes. Nothing to find.
# ---------------------------------------------------------------------------


def skelderby_data_profile():
    title = "Crime and Anti-social Behaviour Data Profile: Quarter 3 2025/26"
    navy = "1F3864"
    crime = [
        ["Violence against the person", "642", "611", "−4.8%", "1,913"],
        ["  of which violence with injury", "198", "176", "−11.1%", "574"],
        ["Sexual offences", "71", "78", "+9.9%", "219"],
        ["Robbery", "14", "11", "−21.4%", "38"],
        ["Burglary (residential)", "88", "97", "+10.2%", "262"],
        ["Vehicle offences", "131", "109", "−16.8%", "351"],
        ["Theft from the person", "22", "19", "−13.6%", "63"],
        ["Shoplifting", "203", "241", "+18.7%", "702"],
        ["Criminal damage and arson", "236", "217", "−8.1%", "668"],
        ["Drug offences", "57", "69", "+21.1%", "188"],
        ["Public order offences", "164", "152", "−7.3%", "471"],
        ["Other crimes", "96", "101", "+5.2%", "297"],
    ]
    totals = ["All recorded crime", "1,724", "1,705", "−1.1%", "5,172"]
    wards = [
        ["Skelderby Town", "412", "388", "−5.8%", "43.6"],
        ["Northgate and Ings", "187", "209", "+11.8%", "31.2"],
        ["Thornby", "96", "81", "−15.6%", "14.9"],
        ["Skelderby Moor", "58", "66", "+13.8%", "12.1"],
        ["Wold Villages", "71", "63", "−11.3%", "8.4"],
        ["Eastfield", "144", "131", "−9.0%", "22.7"],
    ]
    blocks = [
        ("p", f"<<{navy}|**SAFER SKELDERBY PARTNERSHIP**>>"),
        ("title", title),
        ("p", "**1 October to 31 December 2025 · Published February 2026**"),
        ("p", "Prepared by the Community Safety Analyst, Skelderby District Council, for the Safer Skelderby "
              "Partnership. Sources: Wykeshire Police recorded crime and incident data; Skelderby District "
              "Council anti-social behaviour case records and fly-tipping reports; Skelderby Domestic Abuse "
              "Service referrals. Figures are provisional and may change as crimes are reclassified."),
        ("ph", 12, f"<<{navy}|Key points>>"),
        ("list", "bullet", 1, [
            "Recorded crime in the district was almost unchanged on the same quarter of 2024/25 (1,705 "
            "crimes, down 1.1%). Skelderby’s rate of 40.8 crimes per 1,000 residents for the last 12 months "
            "remains below the Wykeshire average of 58.3.",
            "Shoplifting rose for the sixth quarter running (+18.7%), mostly at the three supermarkets on the "
            "Ings retail park and in Market Place.",
            "Police-recorded anti-social behaviour fell by 3.1%, but Northgate and Ings and Skelderby Moor "
            "both saw rises, largely reports of off-road motorbikes.",
            "Domestic abuse incidents rose slightly; repeat victims made up 31% of referrals to the MARAC.",
            "Fly-tipping reports fell in the quarter for the first time in two years.",
        ]),
        ("ph", 12, f"<<{navy}|1. Recorded crime>>"),
        ("p", "Table 1 compares the quarter with the same quarter last year. The last column gives the total "
              "for the 12 months to 31 December 2025."),
        ("p", "**Table 1: Police recorded crime by type, Skelderby district**"),
        ("table", {"cols": [6.4, 2.5, 2.5, 2.3, 3.0], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Crime type", "Q3 2024/25", "Q3 2025/26", "Change", "12 months to Dec 2025"],
                   "rows": crime + [[{"text": t, "bold": True} for t in totals]]}),
        ("p", "Violence with injury fell for the third quarter in a row. Most of the fall was in the night-time "
              "economy of Skelderby town centre, where the cumulative impact area and the weekend street "
              "marshals began in 2023."),
        ("ph", 12, f"<<{navy}|2. Anti-social behaviour>>"),
        ("p", "**Table 2: Anti-social behaviour incidents reported to the police, by ward**"),
        ("table", {"cols": [5.6, 2.6, 2.6, 2.3, 3.6], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Ward", "Q3 2024/25", "Q3 2025/26", "Change", "Rate per 1,000 (12 months)"],
                   "rows": wards + [[{"text": "District", "bold": True}, {"text": "968", "bold": True},
                                     {"text": "938", "bold": True}, {"text": "−3.1%", "bold": True},
                                     {"text": "22.5", "bold": True}]]}),
        ("p", "The Council opened 47 anti-social behaviour cases in the quarter (42 in Q3 2024/25). 9 community "
              "protection warnings and 2 community protection notices were issued, and 1 case review (the "
              "community trigger) was requested and held."),
        ("ph", 12, f"<<{navy}|3. Domestic abuse>>"),
        ("table", {"cols": [8.6, 3.0, 3.0, 2.2], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Measure", "Q3 2024/25", "Q3 2025/26", "Change"],
                   "rows": [["Domestic abuse incidents and crimes recorded by the police", "402", "419", "+4.2%"],
                            ["Referrals to Skelderby Domestic Abuse Service", "133", "141", "+6.0%"],
                            ["Cases heard at MARAC", "58", "61", "+5.2%"],
                            ["Of which repeat cases", "17", "19", "+11.8%"]]}),
        ("ph", 12, f"<<{navy}|4. Environmental crime>>"),
        ("table", {"cols": [8.6, 3.0, 3.0, 2.2], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Measure", "Q3 2024/25", "Q3 2025/26", "Change"],
                   "rows": [["Fly-tipping incidents reported", "512", "463", "−9.6%"],
                            ["Fixed penalty notices for fly-tipping", "14", "17", "+21.4%"],
                            ["Abandoned vehicles reported", "61", "55", "−9.8%"],
                            ["Dog fouling fixed penalty notices", "6", "4", "−33.3%"]]}),
        ("ph", 12, f"<<{navy}|5. Notes on the data>>"),
        ("list", "1.", 1, [
            "Ward figures use the wards in force since May 2023. Rates use the mid-2024 population estimates.",
            "Crime types follow the Home Office counting rules. “Other crimes” includes possession of weapons "
            "and miscellaneous crimes against society.",
            "Anti-social behaviour incidents are those closed by Wykeshire Police with an anti-social behaviour "
            "category; incidents reported only to the Council are not included in Table 2.",
            "Changes on small numbers (under 20) should be treated with caution.",
        ]),
        ("p", "The profile reports figures only; it makes no recommendations. The Quarter 4 profile will be "
              "published in May 2026. Questions about the data: Community Safety Analyst, Skelderby District "
              "Council, Skelderby House, Market Place, Skelderby SK1 1DL – safer.skelderby@skelderby.example – "
              "01632 960 455."),
    ]
    return {
        "name": "skelderby-crime-and-asb-data-profile-q3-2025-26",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-12", "doc_title": title, "author": "Community Safety Analyst", "ninth_m": True,
                 "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 17, "title_color": navy,
                 "m_header": ("Safer Skelderby Partnership", "OFFICIAL"),
                 "m_footer": ("Crime and ASB data profile – Q3 2025/26", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a community safety partnership's quarterly crime and anti-social behaviour data "
                           "profile: key points, figures tables and data notes; nothing to find",
                     kind="other", title=title, authority=SKELDERBY, date="2026-02", meeting=None),
        "layout": "PDF (python-docx → LibreOffice), portrait (Letter), Liberation Sans 10 pt, an italic running "
                  "header (the Partnership | \"OFFICIAL\") and footer (profile | \"Page X of Y\"), rows that may not "
                  "split; 3 pages. A navy bold capitals Partnership line, the navy title, a bold period and "
                  "\"Published February 2026\" line, a sources paragraph; navy bold headings that are not styles; "
                  "key points as bullets (figures, not actions); a recorded crime table with an indented "
                  "\"of which\" row and a bold total row, an anti-social behaviour by ward table with a bold "
                  "district row, domestic abuse and environmental crime tables (not items); Word-numbered data "
                  "notes (not items); \"it makes no recommendations\" and a contact line. Nothing to find.",
    }


PAPERS = [fawnmere_pspo_report, fawnmere_dhr_action_plan, fawnmere_food_service_plan, skelderby_licensing_minutes,
          skelderby_fly_tipping_response, skelderby_data_profile]
