"""Papers of the thirteenth batch, part V ("scrutiny across authorities"): six made-up papers of
scrutiny as it is done beyond county and district councils, in those authorities' own layouts, from
two invented places:

  Ellerbridge – the Ellerbridge Combined Authority (an elected Mayor, an Overview and Scrutiny
    Committee and an Audit Committee) and the Ellerbridge Police and Crime Panel, which scrutinises
    the Police and Crime Commissioner for Ellerbridge and is hosted by the Combined Authority;
  Corvington – Corvington London Borough Council ("London Borough of Corvington"), with an Overview
    and Scrutiny Committee, four scrutiny commissions and a Cabinet.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every firm, body, place and figure is made up, and other
councils are named only by their kind ("the five constituent councils", "receiving boroughs").

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks) and without running it, using only the corpus READMEs, the build scripts and, for
conventions and helpers, parts of the paper definitions in this folder (not papers_thirteenth_u.py,
written at the same time by someone else). Each paper names its own split. Every gold value is
written by hand beside the words it labels; the "Scrutiny across authorities, part V" notes record
the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter ("Page X of Y" running headers, ("pr", …) right-aligned lines, ("ph", …)
bold headings that are not styles, ("pn", …) typed-number paragraphs, "rules" tables, "<<RRGGBB|…>>"
coloured words, meta "cant_split"); the Chromium paper uses that module's HTML wrapper (meta
"m_css" for the page-margin boxes).

The papers (name – split – format – layout):

  V1 ellerbridge-police-and-crime-panel-report-on-proposed-precept-2026-27 – unseen – chromium-pdf:
     the Panel's statutory report to the Commissioner as a letter (address table, "Dear
     Commissioner,"), the Panel's resolution (a)/(b) quoted from its minute, a funding table,
     "The Panel recommends that the Commissioner:" with an HTML-numbered 1.–5. list, and after a
     page break the Commissioner's reply letter with a response table No. | Panel recommendation
     (short titles only) | Response | Accepted? | Lead | By when.
  V2 ellerbridge-ca-scrutiny-review-bus-reliability-mayors-response – tune – docx: a combined
     authority review report with a front sheet of horizontal rules, one covering sentence, typed
     1.1 … paragraphs, a punctuality table, Word-numbered recommendations 1.–7. to the Mayor in
     several sentence forms, and an appended landscape-width Mayor's response table that restates
     each recommendation with ✔/½/✘ decisions.
  V3 ellerbridge-police-and-crime-panel-minutes-march-2026 – tune – pandoc-lo-pdf: Panel minutes
     "PCP 47/25" … "PCP 55/25" as Heading 2s, a members pipe table, "RESOLVED – That …" lines, a
     confirmation hearing with escaped (a)/(b) parts, a LOST amendment, and after a raw page break an
     action list grid table with a status key.
  V4 corvington-cabinet-temporary-accommodation-scrutiny-review-and-response – unseen – lo-pdf: a
     Cabinet cover report (ruled summary table, typed 2.1 with a Word-lettered (a)–(c) list), then
     Appendix 1, the scrutiny commission's report with "Recommendation 1" … "Recommendation 9"
     Heading 3s under three theme Heading 2s, and Appendix 2, the executive response table with
     short titles, Agreed? words, leads and timescales.
  V5 corvington-overview-and-scrutiny-annual-report-2025-26 – tune – docx: a scrutiny annual
     report with bold label lines, a Word-numbered 1./2. list of what the Committee is asked to do, the
     year's reviews in prose and a meetings table, and one table per 2024/25 review tracking its
     recommendations (Recommendation | Made to | Response | Implemented? | Comment); no new
     recommendations.
  V6 ellerbridge-ca-call-in-notice-adult-skills-commissioning – unseen – docx: a notice of the
     Overview and Scrutiny Committee's decision on the call-in of a Mayoral decision: right-aligned
     letterhead, ruled details table, a grounds table, "the Committee RESOLVED" with typed 1.–3. and a
     Word-lettered (a)–(c) under part 2, typed reasons 4.1–4.3, an "Action:" line and a signature
     table.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

ECA = "Ellerbridge Combined Authority"
CORVINGTON = "London Borough of Corvington"
PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="D9D9D9"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# V1. Police and Crime Panel's report on the proposed precept, with the Commissioner's reply
#     (HTML → Chromium, Liberation Serif 10.5 pt, CSS page-margin boxes).
# ---------------------------------------------------------------------------


def ellerbridge_pcp_precept_report():
    title = "Report of the Panel on the Proposed Police and Crime Precept for 2026/27"
    panel = "Ellerbridge Police and Crime Panel"
    resolved = [
        ("a", "to support the proposed precept of £291.60 for a Band D property in 2026/27, an increase of £14.00 "
              "(5.04%), without qualification; and"),
        ("b", "to make the recommendations set out in section 4 of this report to the Commissioner."),
    ]
    # (number, text, verb, short title, response, accepted?, decision, lead cell, owners, by when, due)
    recs = [
        ("1", "publishes, by the end of June 2026, a breakdown of how the additional £6.9 million raised by the "
              "precept increase has been spent in each local policing area;", "PUBLISHES",
         "Spending of the precept increase",
         "A breakdown for each of the four local policing areas will be published on the Commissioner’s website "
         "with the 2025/26 annual report.", "Yes", "accepted",
         "OPCC Chief Finance Officer", ["OPCC Chief Finance Officer"], "30 June 2026", "2026-06-30"),
        ("2", "sets out in each quarterly Police and Crime Plan delivery report the number of neighbourhood officers "
              "and police community support officers in post in each local policing area;", "SETS",
         "Neighbourhood officer numbers",
         "The quarterly delivery report will show neighbourhood officer and PCSO numbers for each local policing "
         "area. Figures for each neighbourhood team will not be published, because small teams could be "
         "identified.", "Partly", "partially-accepted",
         "OPCC Head of Performance /\nChief Superintendent, Local Policing",
         ["OPCC Head of Performance", "Chief Superintendent, Local Policing"], "From July 2026", "2026-07"),
        ("3", "reviews the savings of £4.2 million assumed from the estates programme, and reports to the Panel on "
              "the risk to the budget if the sale of the Ferry Lane police station is delayed;", "REVIEWS",
         "Estates savings",
         "The Chief Finance Officers of the Commissioner and the Force will report the estates risk to the Panel’s "
         "Finance Sub-Group and then to the Panel.", "Yes", "accepted",
         "OPCC Chief Finance Officer; Force Director of Finance",
         ["OPCC Chief Finance Officer", "Force Director of Finance"], "Panel, July 2026", "2026-07"),
        ("4", "consults the public earlier in the budget cycle for 2027/28, so that the results can be reported to "
              "the Panel before its precept meeting; and", "CONSULTS",
         "Earlier budget consultation",
         "The timetable is set by the provisional police funding settlement, which is not published until "
         "December. A short survey on priorities will be run in the autumn, but a full consultation on the precept "
         "cannot take place earlier.", "No", "rejected",
         "–", [], "N/A", None),
        ("5", "asks the Chief Constable to report to the Panel on 101 call answering times, which remain below the "
              "target of 80% of calls answered within ten minutes.", "ASKS",
         "101 call answering",
         "The Chief Constable has agreed to attend the Panel with the Head of the Force Contact Centre.", "Yes",
         "accepted", "Chief Executive, OPCC", ["Chief Executive, OPCC"], "September 2026", "2026-09"),
    ]
    navy = "1F3864"
    blocks = [
        ("p", "<<1F3864|**ELLERBRIDGE POLICE AND CRIME PANEL**>>"),
        ("p", "<<595959|Hosted by the Ellerbridge Combined Authority on behalf of the five constituent councils of "
              "the Ellerbridge police force area>>"),
        ("table", {"cols": [9.5, 7.5], "borders": False, "rows": [
            ["Police and Crime Commissioner for Ellerbridge\nOffice of the Police and Crime Commissioner\n"
             "Ferry Lane House\nEllerbridge EB1 4PQ",
             "Our ref: PCP/PRE/2026-27\nDate: 6 February 2026\nContact: Panel Support Officer\n"
             "Telephone: 01632 960 731\nE-mail: pcp@ellerbridge-ca.example"],
        ]}),
        ("p", "Dear Commissioner,"),
        ("title", title),
        ("h", 2, "1. Introduction"),
        ("p", "1.1 Under Schedule 5 to the Police Reform and Social Responsibility Act 2011 the Panel must review the "
              "precept you propose to issue and make a report to you on it. This letter is the Panel’s report. It "
              "may include recommendations, and you must have regard to it and give the Panel a response."),
        ("p", "1.2 You notified the Panel on 26 January 2026 that you propose a Band D precept of £291.60 for 2026/27, "
              "an increase of £14.00 on 2025/26. The Panel considered the proposal at its meeting on 5 February "
              "2026, with you, your Chief Finance Officer and the Chief Constable present, and after its Finance "
              "Sub-Group had met your officers on 29 January."),
        ("h", 2, "2. The Panel’s decision"),
        ("p", "2.1 At its meeting on 5 February 2026 (minute PCP 38/25) the Panel **RESOLVED**:"),
    ] + [("p", f"({n})\u2003{text}") for n, text in resolved] + [
        ("p", "2.2 The resolution was carried by 9 votes to 2, with one abstention. A veto would have needed the "
              "votes of two-thirds of the Panel’s members; no motion to veto the precept was moved."),
        ("h", 2, "3. What the Panel considered"),
        ("p", "3.1 The table below summarises the funding available to you in 2026/27 as set out in your budget "
              "report."),
        ("table", {"cols": [8.2, 2.9, 2.9, 3.0], "font": 9.5, "header_fill": "DCE3EF",
                   "header": ["Source of funding", "2025/26 £m", "2026/27 £m", "Change £m"],
                   "rows": [
                       ["Police grant and formula funding", "186.4", "191.2", "4.8"],
                       ["Council tax precept", "121.7", "128.6", "6.9"],
                       ["Specific grants (including pensions and uplift)", "24.9", "25.3", "0.4"],
                       ["Use of reserves", "3.1", "1.5", "(1.6)"],
                       ["**Total**", "**336.1**", "**346.6**", "**10.5**"],
                   ]}),
        ("p", "3.2 In reaching its decision the Panel took into account:"),
        ("list", "bullet", 1, [
            "that the increase is the maximum allowed without a referendum, and that 61% of the 2,418 people who "
            "answered your budget survey were willing to pay more for neighbourhood policing;",
            "that the budget still relies on £4.2 million of savings from the estates programme, most of which "
            "depends on one property sale;",
            "that 101 call answering has not met its target in any month since April 2025; and",
            "the Chief Constable’s assurance that the 84 neighbourhood officer posts added in 2025/26 will be kept.",
        ]),
        ("p", "3.3 The Finance Sub-Group noted that HM Inspectorate had recommended that forces publish their "
              "neighbourhood policing numbers, and asked the Panel to take this into account."),
        ("h", 2, "4. The Panel’s recommendations"),
        ("p", "4.1 The Panel recommends that the Commissioner:"),
        ("list", "1.", 1, [r[1] for r in recs]),
        ("h", 2, "5. Your response"),
        ("p", "5.1 The Panel would be grateful for your response by 20 February 2026, so that it can be published with "
              "the papers for the Panel’s meeting on 12 March 2026. You may issue the precept once you have given "
              "the Panel your response."),
        ("p", "Yours sincerely,"),
        ("p", "**Councillor R.M.**\nChair, Ellerbridge Police and Crime Panel"),
        ("p", "<<595959|cc: Chief Constable of Ellerbridge Police; members of the Panel; Statutory Scrutiny Officer, "
              "Ellerbridge Combined Authority>>"),
        ("break",),
        ("h", 2, "Appendix: the Commissioner’s response"),
        ("p", "<<595959|Letter from the Police and Crime Commissioner for Ellerbridge to the Chair of the Panel, "
              "dated 18 February 2026 (extract)>>"),
        ("p", "Dear Councillor R.M.,"),
        ("p", "Thank you for the Panel’s report of 6 February 2026. I am grateful for the Panel’s support for the "
              "precept, which I have now issued to the billing authorities at £291.60 for a Band D property. My "
              "response to each of the Panel’s recommendations is set out below."),
        ("table", {"cols": [1.0, 3.0, 6.8, 1.8, 2.6, 1.8], "font": 8.5, "header_fill": "DCE3EF",
                   "header": ["No.", "Panel recommendation", "Response", "Accepted?", "Lead", "By when"],
                   "rows": [[r[0], r[3], r[4], r[5], r[7], r[9]] for r in recs]}),
        ("p", "I will report progress on the accepted recommendations in my annual report. Yours sincerely, P.Q., "
              "Police and Crime Commissioner for Ellerbridge"),
        ("p", "<<595959|Panel Support Officer, Ellerbridge Combined Authority, Canal Wharf, Ellerbridge EB2 7LT – "
              "pcp@ellerbridge-ca.example – 01632 960 731>>"),
    ]
    css = ("@page { margin: 20mm 18mm 20mm 18mm; "
           "@top-right { content: \"Ellerbridge Police and Crime Panel – Precept report 2026/27\"; "
           "font-family: 'Liberation Serif', serif; font-size: 8pt; font-style: italic; color: #555555; } "
           "@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Serif', serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 15pt; margin-top: 10pt; }\n"
           "h2 { color: #1F3864; page-break-after: avoid; }\n"
           "p, li { break-inside: avoid; }\n")
    decisions = [decision("PCP 38/25", n, text, panel, date="2026-02-05") for n, text in resolved]
    recommendations = [
        recommendation(n, text, verb=verb, addressee="Commissioner", owners=owners, due=due,
                       timeframe=None if when == "N/A" else when, response=resp, decision=dec)
        for n, text, verb, _short, resp, _acc, dec, _lead, owners, when, due in recs
    ]
    return {
        "name": "ellerbridge-police-and-crime-panel-report-on-proposed-precept-2026-27",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "css_font": "'Liberation Serif', serif",
                 "size": 10.5, "title_color": navy},
        "blocks": blocks,
        "gold": dict(genre="police and crime panel's statutory report to the Commissioner on the proposed precept, "
                           "as a letter, with the Panel's resolution and recommendations and the Commissioner's "
                           "reply table", kind="scrutiny-report", title=title, authority=ECA,
                     date="2026-02-06", meeting=None, recommendations=recommendations, decisions=decisions),
        "layout": "PDF (HTML → Chromium), Liberation Serif 10.5 pt, CSS page-margin boxes (an italic running header "
                  "top right, \"Page n of m\" at the foot). A navy capitals panel line and a grey hosting line; a "
                  "borderless two-column address table (the Commissioner | Our ref / Date / Contact); \"Dear "
                  "Commissioner,\" and the subject as the large title; h2 sections 1–5 with typed 1.1 … paragraphs; "
                  "\"2.1 … the Panel RESOLVED:\" followed by typed (a)/(b) paragraphs (\"to support …; and\", \"to "
                  "make the recommendations …\"); the vote; a funding table with a bold total row and a bracketed "
                  "negative; considerations as bullets and \"HM Inspectorate had recommended that …\" (not items); "
                  "\"4.1 The Panel recommends that the Commissioner:\" over an HTML-numbered 1.–5. list (lower-case "
                  "verbs, \";\" and \"; and\", one date inside the words); the request for a response; a signature "
                  "and cc line. After a page break, an appendix with the Commissioner's reply letter (extract) and an "
                  "8.5 pt table No. | Panel recommendation (short titles only) | Response | Accepted? (Yes / Partly / "
                  "No) | Lead | By when; leads split by \"/\" plus line break and \";\", one \"post, body\", one "
                  "\"–\"; by when \"30 June 2026\", \"From July 2026\", \"Panel, July 2026\", \"N/A\", \"September "
                  "2026\".",
    }


# ---------------------------------------------------------------------------
# V2. Combined authority scrutiny review with the Mayor's response appended (DOCX, python-docx,
#     Liberation Sans, NinthMWriter: running header with "Page X of Y", ruled front sheet).
# ---------------------------------------------------------------------------


def ellerbridge_ca_bus_review():
    title = "Keeping Ellerbridge Moving: Scrutiny Review of Bus Reliability"
    covering = ("The Committee is asked to note the Mayor’s response to the Task Group’s recommendations at Appendix "
                "A and to agree that the Task Group reports on progress to the Committee in October 2026.")
    # (number, text, verb, addressee, decision word, decision, response, lead cell, owners, date cell, due, status)
    recs = [
        ("1", "That the Mayor publishes monthly reliability figures for every bus route, including lost mileage, on "
              "the Combined Authority’s website.", "PUBLISHES", "Mayor",
         "✔ Accepted", "accepted",
         "Accepted. Route-level figures will be published from the data that operators already supply under the "
         "Enhanced Partnership agreement.",
         "Director of Transport Operations", ["Director of Transport Operations"], "From June 2026", "2026-06", None),
        ("2", "That the Mayor asks the constituent councils to agree a joint programme of bus priority schemes on the "
              "six corridors with the worst punctuality.", "ASKS", "Mayor",
         "✔ Accepted", "accepted",
         "Accepted. The Mayor will write to the leaders of the five constituent councils and bring the programme to "
         "the Combined Authority Board.",
         "Director of Transport Policy /\nHead of Highways Partnerships",
         ["Director of Transport Policy", "Head of Highways Partnerships"], "Q2 2026/27", "2026-09", None),
        ("3", "The Combined Authority should set a punctuality standard of 85% in the Enhanced Partnership, with "
              "penalties for operators who fall below it.", "SET", "Combined Authority",
         "½ Partially accepted", "partially-accepted",
         "Partially accepted. A standard of 85% will be proposed when the Enhanced Partnership is reviewed, but "
         "penalties need the operators’ agreement and may not be enforceable under a partnership.",
         "Head of Bus Partnerships", ["Head of Bus Partnerships"], "Partnership review, December 2026", "2026-12",
         None),
        ("4", "Fund a driver recruitment and training academy with the bus operators, using the Combined Authority’s "
              "adult skills budget.", "FUND", None,
         "✘ Not accepted", "rejected",
         "Not accepted. The adult skills budget is fully committed for 2026/27. The Combined Authority will instead "
         "support operators’ own recruitment through its jobs brokerage service.",
         "–", [], "N/A", None, None),
        ("5", "Real-time information displays should be installed at the 200 busiest stops that do not have them.",
         None, None,
         "✔ Accepted", "accepted",
         "Accepted. Displays at 120 stops are funded from the transport settlement; the remaining 80 depend on the "
         "next settlement.",
         "Head of Passenger Information, with Highways Partnerships Team",
         ["Head of Passenger Information", "Highways Partnerships Team"], "March 2027", "2027-03", None),
        ("6", "Review the concessionary fares reimbursement rates so that operators are not paid for journeys that "
              "are not run.", "REVIEW", None,
         "✔ Accepted", "accepted",
         "Accepted. Since October 2025 reimbursement has been paid on the journeys operated, not on the timetable.",
         "Concessionary Fares Manager", ["Concessionary Fares Manager"], "Already in place", None, "completed"),
        ("7", "That the Mayor reports progress on these recommendations to the Overview and Scrutiny Committee in "
              "October 2026.", "REPORTS", "Mayor",
         "✔ Accepted", "accepted",
         "Accepted. The Mayor will attend the Committee’s meeting in October 2026.",
         "Statutory Scrutiny Officer; Mayor’s Office", ["Statutory Scrutiny Officer", "Mayor’s Office"],
         "October 2026", "2026-10", None),
    ]
    teal = "1B6F73"
    pale = "E3EFEF"
    blocks = [
        ("pr", f"<<{teal}|**ELLERBRIDGE COMBINED AUTHORITY**>>"),
        ("pr", "<<595959|Overview and Scrutiny Committee>>"),
        ("table", {"cols": [4.5, 12.5], "rules": True, "font": 10, "rows": [
            ["**Meeting**", "Overview and Scrutiny Committee"],
            ["**Date**", "Tuesday 10 March 2026"],
            ["**Agenda item**", "7"],
            ["**Report of**", "Chair of the Bus Reliability Task Group (Councillor H.K.)"],
            ["**Lead officer**", "Statutory Scrutiny Officer"],
            ["**Mayoral portfolio**", "Transport (the Mayor)"],
            ["**Status**", "Public"],
            ["**Key decision**", "Not applicable – the report does not seek a decision of the Mayor or the Board"],
        ]}),
        ("title", title),
        ("p", "<<595959|Final report of the Bus Reliability Task Group, with the Mayor’s response>>"),
        ("table", {"cols": [17], "rows": [[{"fill": pale, "blocks": [
            ("p", "**Recommendation to the Committee**"),
            ("p", covering),
        ]}]]}),
        ("ph", 12, f"<<{teal}|1. Why we carried out this review>>"),
        ("pn", "1.1\tBuses carry four in every five public transport journeys in Ellerbridge. Since the Combined "
               "Authority took on its bus powers in 2024, passenger numbers have recovered to 91% of their 2019 "
               "level, but complaints about buses that do not turn up have doubled."),
        ("pn", "1.2\tThe Committee set up the Task Group on 16 September 2025 to find out why services are unreliable "
               "and what the Mayor and the Combined Authority can do about it. Its members were Councillors H.K. "
               "(Chair), L.M., N.P., Q.R. and S.T., one from each constituent council."),
        ("pn", "1.3\tThe Task Group met six times between October and December 2025. It heard from the three largest "
               "operators, the drivers’ trade union, the constituent councils’ highways teams, Ellerbridge Bus Users "
               "and the Combined Authority’s transport officers, and it rode eleven routes at peak times."),
        ("ph", 12, f"<<{teal}|2. What we found>>"),
        ("pn", "2.1\t**Lost mileage is high on a few corridors.** Across the network 4.8% of scheduled mileage was not "
               "run in 2025, but on six corridors the figure was over 8%."),
        ("table", {"cols": [6.0, 3.2, 3.6, 4.2], "font": 9, "header_fill": pale,
                   "header": ["Corridor", "Scheduled km (000s)", "Lost mileage %", "Buses on time %"],
                   "rows": [
                       ["Canal Road – city centre", "1,412", "9.6", "71"],
                       ["North Quay – hospital", "986", "8.8", "74"],
                       ["Ridgeway orbital", "1,104", "8.3", "69"],
                       ["Millfield – Eastgate", "742", "8.1", "76"],
                       ["Airport link", "655", "5.2", "82"],
                       ["**Whole network**", "**18,930**", "**4.8**", "**81**"],
                   ]}),
        ("pn", "2.2\t**Driver shortages cause most lost mileage.** Operators told us that 140 driver posts were vacant in "
               "December 2025. The trade union said that split shifts and pay below neighbouring areas drive "
               "turnover."),
        ("pn", "2.3\t**Congestion causes most late running.** Bus priority measures cover only 11 km of the 63 km of the "
               "six worst corridors. Highways teams said that schemes stall because each council plans its own "
               "section."),
        ("pn", "2.4\t**Passengers cannot see what is happening.** Only 38% of stops have real-time information. "
               "Ellerbridge Bus Users recommended that all stops have a display; the Task Group has limited its "
               "recommendation to the busiest stops because of the cost."),
        ("pn", "2.5\t**Payments do not reward reliability.** Concessionary fares reimbursement was paid on the "
               "timetable, not on the journeys run, until October 2025."),
        ("ph", 12, f"<<{teal}|3. Our recommendations to the Mayor>>"),
        ("p", "The Task Group makes seven recommendations. The Committee agreed them on 9 December 2025 and sent them to "
              "the Mayor for a response."),
        ("list", "1.", 1, [r[1] for r in recs]),
        ("ph", 12, f"<<{teal}|4. The Mayor’s response>>"),
        ("pn", "4.1\tThe Mayor responded on 24 February 2026. Five recommendations are accepted, one is partially "
               "accepted and one is not accepted. The response is set out in full at Appendix A."),
        ("pn", "4.2\tThe Task Group is disappointed that recommendation 4 is not accepted, but notes that the jobs "
               "brokerage service will be offered to operators from April 2026."),
        ("ph", 12, f"<<{teal}|5. Financial and legal implications>>"),
        ("pn", "5.1\tThe report itself has no financial implications. The cost of the accepted recommendations is met "
               "within the transport budget, as the Mayor’s response explains."),
        ("pn", "5.2\tThe Mayor must respond to the Committee’s recommendations within two months and publish the "
               "response, as the Combined Authority’s scrutiny order requires. The response was published on 26 "
               "February 2026."),
        ("ph", 12, f"<<{teal}|6. Background papers and contact>>"),
        ("p", "Task Group evidence pack (October–December 2025); Enhanced Partnership agreement 2024. Contact: "
              "Statutory Scrutiny Officer, Ellerbridge Combined Authority, Canal Wharf, Ellerbridge EB2 7LT – "
              "scrutiny@ellerbridge-ca.example – 01632 960 744"),
        ("break",),
        ("ph", 13, f"<<{teal}|Appendix A: The Mayor’s response to the Task Group’s recommendations>>"),
        ("p", "Received 24 February 2026. Key: ✔ Accepted   ½ Partially accepted   ✘ Not accepted."),
        ("table", {"cols": [0.9, 4.7, 2.2, 4.6, 2.6, 2.0], "font": 8.5, "header_fill": pale,
                   "header": ["No.", "Recommendation", "Mayor’s decision", "Mayor’s response", "Lead officer",
                              "Target date"],
                   "rows": [[r[0], r[1], r[4], r[6], r[7], r[9]] for r in recs]}),
        ("p", "The Mayor of the Ellerbridge Combined Authority"),
    ]
    recommendations = [recommendation(None, covering, verb="NOTE", addressee="Committee")] + [
        recommendation(n, text, verb=verb, addressee=addr, owners=owners, due=due,
                       timeframe=None if when in ("N/A", "Already in place") else when, status=status,
                       response=resp, decision=dec)
        for n, text, verb, addr, _word, dec, resp, _lead, owners, when, due, status in recs
    ]
    return {
        "name": "ellerbridge-ca-scrutiny-review-bus-reliability-mayors-response",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-03-02", "doc_title": title, "author": "Scrutiny Team", "ninth_m": True,
                 "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 17, "title_color": teal,
                 "m_header": ("Ellerbridge Combined Authority – Overview and Scrutiny Committee – 10 March 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="combined authority overview and scrutiny task group report with recommendations to the "
                           "Mayor and the Mayor's response table appended", kind="scrutiny-report", title=title,
                     authority=ECA, date="2026-03-10", meeting="Overview and Scrutiny Committee",
                     recommendations=recommendations),
        "layout": "DOCX (python-docx), Liberation Sans 10 pt, an italic running header with the committee and date and "
                  "\"Page X of Y\" fields, rows that may not split; 4 pages. Right-aligned teal capitals authority "
                  "line and grey committee line; a front sheet with horizontal rules only and bold labels (Meeting / "
                  "Date / Agenda item / Report of / Lead officer / Mayoral portfolio / Status / Key decision: \"Not "
                  "applicable …\"); the teal title and a grey subtitle; a pale teal one-cell box \"Recommendation to "
                  "the Committee\" with one \"The Committee is asked to note … and to agree …\" sentence; bold teal "
                  "non-style headings over typed 1.1–6 hanging paragraphs; findings with bold lead sentences; a "
                  "corridor table with a bold whole-network row; \"Ellerbridge Bus Users recommended that …\" (not an "
                  "item); \"3. Our recommendations to the Mayor\" as a Word-numbered 1.–7. list (three \"That the "
                  "Mayor Vs …\", one \"The Combined Authority should …\", two imperatives, one passive); after a page "
                  "break, Appendix A with a ✔/½/✘ key line and an 8.5 pt table No. | Recommendation (restated word "
                  "for word) | Mayor's decision | Mayor's response | Lead officer | Target date; leads split by \"/\" "
                  "plus line break, \";\" and \", with\", one \"–\"; target dates \"From June 2026\", \"Q2 2026/27\", "
                  "\"Partnership review, December 2026\", \"N/A\", \"March 2027\", \"Already in place\", \"October "
                  "2026\".",
    }


# ---------------------------------------------------------------------------
# V3. Police and Crime Panel minutes (Markdown → pandoc DOCX → LibreOffice).
# ---------------------------------------------------------------------------


def ellerbridge_pcp_minutes():
    panel = "Ellerbridge Police and Crime Panel"
    m49 = "the minutes of the meeting held on 5 February 2026 be confirmed as a correct record and signed by the Chair."
    m51 = [("a", "recommends to the Commissioner that the proposed appointment of Ms E.F. as Chief Constable of "
                 "Ellerbridge Police be confirmed; and"),
           ("b", "asks the Chair to write to the Commissioner by 16 March 2026, setting out the Panel’s recommendation "
                 "and its comments on the candidate’s plans for neighbourhood policing.")]
    m53 = ("the report be noted and the Complaints Sub-Committee continue to deal with complaints against the "
           "Commissioner under the arrangements agreed in June 2025.")
    m54 = ("the Commissioner be asked to provide the Panel with an evaluation of the projects funded from the Safer "
           "Streets Fund at its meeting on 9 July 2026.")
    m55 = ("the work programme for 2026/27 be agreed, with the addition of a report on rural and wildlife crime for "
           "the meeting on 9 July 2026.")
    # (ref, minute, action, lead cell, owners, deadline, due, status word, status)
    acts = [
        ("A1", "PCP 39/25", "Circulate the Finance Sub-Group’s notes on the precept to all Panel members.",
         "Panel Support Officer", ["Panel Support Officer"], "20/02/2026", "2026-02-20", "Complete", "completed"),
        ("A2", "PCP 31/25", "Report to the Panel on the use of the precept equalisation reserve.",
         "OPCC Chief Finance Officer", ["OPCC Chief Finance Officer"], "Revised: July 2026 (was February 2026)",
         "2026-07", "Overdue", None),
        ("A3", "PCP 51/25", "Send the Panel’s letter on the proposed appointment of the Chief Constable to the "
                            "Commissioner.",
         "Chair / Panel Support Officer", ["Chair", "Panel Support Officer"], "16/03/2026", "2026-03-16", "Complete",
         "completed"),
        ("A4", "PCP 52/25", "Provide a breakdown of the rise in shoplifting offences by local policing area.",
         "OPCC Head of Performance", ["OPCC Head of Performance"], "Before the next meeting", None, "In progress",
         "ongoing"),
        ("A5", "PCP 53/25", "Arrange training on the complaints process for the two new independent co-opted members.",
         "Panel Support Officer;\n\nOPCC Complaints Manager", ["Panel Support Officer", "OPCC Complaints Manager"],
         "April 2026", "2026-04", "Not started", "not-started"),
        ("A6", "PCP 55/25", "Invite the Ellerbridge Rural Crime Partnership to the July meeting.",
         "Panel Support Officer", ["Panel Support Officer"], "9 July 2026", "2026-07-09", "In progress", "ongoing"),
    ]
    md = [
        "**ELLERBRIDGE COMBINED AUTHORITY**",
        "*Host authority for the Ellerbridge Police and Crime Panel*",
        f"# {panel}",
        "**Minutes** of the meeting held in the Council Chamber, Canal Wharf, Ellerbridge on Thursday 12 March 2026 "
        "at 10.30 am",
        "| Member | Role |\n|:--------------------------|:----------------------------------------|\n"
        "| Councillor R.M. | Chair |\n"
        "| Councillor S.T. | Vice-Chair |\n"
        "| Councillors A.B., C.D., F.G., H.J., K.L., M.N. and P.R. | Members appointed by the constituent "
        "councils |\n"
        "| Mr U.B. and Ms E.W. | Independent co-opted members |",
        "**Also present:** P.Q. (Police and Crime Commissioner), the Chief Executive and the Chief Finance Officer of "
        "the Office of the Police and Crime Commissioner (OPCC), the OPCC Head of Performance, Ms E.F. (for minute "
        "PCP 51/25), the Panel Support Officer and the Monitoring Officer of the Combined Authority.",
        "## PCP 47/25 Apologies and substitutions",
        "Apologies were received from Councillor T.V. Councillor P.R. attended as a substitute.",
        "## PCP 48/25 Declarations of interest",
        "Councillor H.J. declared a non-registrable interest in minute PCP 54/25 as a trustee of a charity that had "
        "received a Safer Streets grant, and did not vote on that item.",
        "## PCP 49/25 Minutes",
        f"**RESOLVED** – That {m49}",
        "## PCP 50/25 Public questions",
        "One question had been received from a resident about the closure of the front counter at Millfield police "
        "station. The Commissioner replied that the front counter would open on three days a week from April and that "
        "a written answer would be sent with the opening hours.",
        "## PCP 51/25 Proposed appointment of the Chief Constable: confirmation hearing",
        "The Commissioner had notified the Panel on 20 February 2026 that he proposed to appoint Ms E.F., currently "
        "Deputy Chief Constable, as Chief Constable. The Panel reviewed the proposed appointment as Schedule 8 to the "
        "Police Reform and Social Responsibility Act 2011 requires. Ms E.F. answered members’ questions on "
        "professional competence and personal independence, on neighbourhood policing, on the call answering "
        "performance and on the force’s response to violence against women and girls.",
        "Members were satisfied that the candidate met the criteria for the post. The Panel did not consider using "
        "its power of veto.",
        "**RESOLVED** – That the Panel:",
        "\n\n".join(f"\\({n}) {text}" for n, text in m51),
        "(Action A3)",
        "## PCP 52/25 Police and Crime Plan: performance report, quarter 3",
        "The OPCC Head of Performance presented the report. Recorded crime had fallen by 3% compared with the same "
        "period of 2024/25, but shoplifting had risen by 22%. Members asked how the rise was spread across the force "
        "area, and the Commissioner agreed to provide a breakdown (Action A4).",
        "| Measure | Target | Q3 2025/26 |\n|:-----------------------------|------------:|------------:|\n"
        "| 999 calls answered within 10 seconds | 90% | 93% |\n"
        "| 101 calls answered within 10 minutes | 80% | 64% |\n"
        "| Victims satisfied with the service | 80% | 77% |\n"
        "| Neighbourhood officers in post | 412 | 418 |",
        "The Panel noted the report.",
        "## PCP 53/25 Complaints against the Commissioner",
        "The Monitoring Officer reported that two complaints had been received since the last meeting; one had been "
        "resolved informally and one had been recorded and referred to the Complaints Sub-Committee.",
        f"**RESOLVED** – That {m53}",
        "## PCP 54/25 Commissioner’s decisions: Safer Streets Fund",
        "The Panel considered the Commissioner’s decisions PCC/2026/03 to PCC/2026/05, which allocated £640,000 from "
        "the Safer Streets Fund to eleven projects. Members asked how the projects would be evaluated.",
        "Councillor A.B. moved an amendment, seconded by Councillor F.G., that the evaluation be reported in May "
        "2026. On being put to the vote the amendment was LOST (4 for, 7 against).",
        f"On the motion of Councillor S.T., seconded by Mr U.B., it was **RESOLVED** – That {m54}",
        "## PCP 55/25 Work programme",
        "The Panel Support Officer presented the draft work programme for 2026/27. Members asked that the Ellerbridge "
        "Rural Crime Partnership be invited when rural crime is considered (Action A6).",
        f"**RESOLVED** – That {m55}",
        "The meeting closed at 1.05 pm.",
        "Chair ........................................   Date ....................",
        PAGE_BREAK_MD,
        "## Action list",
        "*Actions arising from this meeting, with actions carried forward from earlier meetings.*",
        grid_table([9, 13, 28, 22, 22, 18],
                   ["Ref", "Minute", "Action", "Lead", "Deadline", "Status"],
                   [[a[0], a[1], a[2], a[3], a[5], a[7]] for a in acts]),
        "*Status key: Complete – the action has been done; In progress – work on the action has started; Not started – "
        "work has not yet begun; Overdue – the deadline has passed and no update has been received.*",
        "Contact: Panel Support Officer, Ellerbridge Combined Authority, Canal Wharf, Ellerbridge EB2 7LT – "
        "pcp@ellerbridge-ca.example – 01632 960 731",
    ]
    decisions = ([decision("PCP 49/25", None, m49, panel)]
                 + [decision("PCP 51/25", n, text, panel) for n, text in m51]
                 + [decision("PCP 53/25", None, m53, panel), decision("PCP 54/25", None, m54, panel),
                    decision("PCP 55/25", None, m55, panel)])
    actions = [action(ref, text, owners, when, due, status)
               for ref, _minute, text, _lead, owners, when, due, _word, status in acts]
    return {
        "name": "ellerbridge-police-and-crime-panel-minutes-march-2026",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-03-17"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="police and crime panel minutes with a confirmation hearing, RESOLVED items and an action "
                           "list", kind="minutes", title=panel, authority=ECA, date="2026-03-12", meeting=panel,
                     decisions=decisions, actions=actions),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles; 3 pages. A bold capitals host "
                  "authority line and an italic \"Host authority for …\" line above the H1 panel name; a bold-led "
                  "\"Minutes of the meeting …\" line; a members pipe table Member | Role (initials, co-opted members) "
                  "and an \"Also present:\" paragraph (not items). Heading 2 minutes \"PCP 47/25 …\" to \"PCP 55/25 "
                  "…\". \"RESOLVED – That …\" on one line (49, 53, 55); a confirmation hearing (51) with \"RESOLVED – "
                  "That the Panel:\" over escaped typed (a)/(b) paragraphs (\"recommends to the Commissioner that … be "
                  "confirmed; and\" / \"asks the Chair to write … by 16 March 2026 …\"); \"On the motion of …, it "
                  "was RESOLVED – That …\" (54) after an amendment LOST on a vote; a public question with a promised "
                  "written answer, a declaration, a performance pipe table and \"The Panel noted the report.\" (not "
                  "items); \"(Action A3)\" pointers. After a raw page break, an action list grid table Ref | Minute | "
                  "Action | Lead | Deadline | Status (A1–A6, one carried forward) with an italic status key below; "
                  "leads split by \" / \" and \";\" plus a paragraph break; deadlines \"20/02/2026\", \"Revised: July "
                  "2026 (was February 2026)\", \"16/03/2026\", \"Before the next meeting\", \"April 2026\", \"9 July "
                  "2026\"; statuses Complete / Overdue / In progress / Not started.",
    }


# ---------------------------------------------------------------------------
# V4. London borough Cabinet report with the scrutiny commission's review and the executive
#     response appended (python-docx → LibreOffice, DejaVu Sans 9.5 pt, NinthMWriter).
# ---------------------------------------------------------------------------


def corvington_ta_review():
    title = "Temporary Accommodation for Families: Scrutiny Review and Executive Response"
    stem_recs = [
        ("a", "note the report of the Housing and Regeneration Scrutiny Commission at Appendix 1;", "NOTE"),
        ("b", "agree the executive response to the Commission’s nine recommendations set out at Appendix 2; and",
         "AGREE"),
        ("c", "ask the Director of Housing to report progress on the agreed recommendations to the Commission in "
              "January 2027.", "ASK"),
    ]
    t1, t2, t3 = "Placements and standards", "Families placed outside Corvington", "Moving on to a settled home"
    # (number, theme, text, verb, addressee, short title, agreed word, decision, response, lead cell, owners,
    #  date cell, due, status)
    recs = [
        ("1", t1, "The Council should stop placing families with children in bed and breakfast accommodation for "
                  "longer than six weeks, as the law requires, and report every breach to the Cabinet Member for "
                  "Housing each month.", "STOP", "Council",
         "Bed and breakfast", "Agreed", "accepted",
         "Breaches will be reported monthly from April 2026. The new Tollgate House hostel adds 40 self-contained "
         "family rooms in May 2026, which should end the use of bed and breakfast for families.",
         "Cabinet Member for Housing /\nHead of Housing Options", ["Cabinet Member for Housing", "Head of Housing Options"],
         "April 2026", "2026-04", None),
        ("2", t1, "Inspect every privately leased temporary accommodation property before a family moves in, and at "
                  "least once a year afterwards.", "INSPECT", None,
         "Inspections", "Partly agreed", "partially-accepted",
         "All new leases will be inspected before a family moves in. Annual inspection of all 1,460 leased properties "
         "would need three more officers; a risk-based programme covering a third of properties each year is "
         "proposed instead.",
         "Head of Private Sector Housing", ["Head of Private Sector Housing"], "Q2 2026/27", "2026-09", None),
        ("3", t1, "That the Cabinet Member for Housing publishes a temporary accommodation standards charter, agreed "
                  "with residents who have lived in temporary accommodation.", "PUBLISHES",
         "Cabinet Member for Housing",
         "Standards charter", "Agreed", "accepted",
         "A charter will be drafted with the Temporary Accommodation Residents’ Panel and published in the autumn.",
         "Head of Housing Options /\nResident Engagement Manager", ["Head of Housing Options",
                                                                    "Resident Engagement Manager"],
         "December 2026", "2026-12", None),
        ("4", t2, "Families placed outside Corvington should be offered help with the cost of travel to their "
                  "children’s schools for the rest of the school year.", None, None,
         "School travel costs", "Not agreed", "rejected",
         "The estimated cost of £310,000 a year cannot be met within the 2026/27 budget. Families will continue to be "
         "helped from the discretionary housing payment fund where a child’s school place is at risk.",
         "N/A", [], "N/A", None, None),
        ("5", t2, "That the Council agrees a protocol with receiving boroughs, so that families placed outside "
                  "Corvington are told about local GP, school and children’s centre services within a week of "
                  "moving.", "AGREES", "Council",
         "Out-of-borough protocol", "Agreed", "accepted",
         "A draft protocol has been shared with the other boroughs through the sub-regional housing partnership.",
         "Head of Housing Options", ["Head of Housing Options"], "31/10/2026", "2026-10-31", None),
        ("6", t2, "Write to the Secretary of State asking for Local Housing Allowance rates to be restored to the "
                  "30th percentile of local rents.", "WRITE", None,
         "Local Housing Allowance", "Agreed", "accepted",
         "The Cabinet Member for Housing wrote to the Secretary of State on 2 March 2026.",
         "Cabinet Member for Housing", ["Cabinet Member for Housing"], "Complete", None, "completed"),
        ("7", t3, "The Director of Housing should set a target for the number of families moved from temporary "
                  "accommodation into settled homes each year, and report it in the quarterly performance report.",
         "SET", "Director of Housing",
         "Move-on target", "Agreed", "accepted",
         "A target of 450 moves a year will be reported from the first quarter of 2026/27.",
         "Director of Housing", ["Director of Housing"], "July 2026", "2026-07", None),
        ("8", t3, "That Corvington Homes gives families in temporary accommodation the same priority for its new-build "
                  "homes as other households in the highest housing need band.", "GIVES", "Corvington Homes",
         "New-build lettings", "Partly agreed", "partially-accepted",
         "Corvington Homes will let half of its new-build homes to households in temporary accommodation from 2026/27; "
         "its board did not agree to equal priority for all new-build lettings.",
         "Chief Executive, Corvington Homes", ["Chief Executive, Corvington Homes"], "Summer 2026", "2026-08", None),
        ("9", t3, "That the Commission reviews progress on these recommendations in January 2027.", "REVIEWS",
         "Commission",
         "Review of progress", "Noted", None,
         "This is a matter for the Commission. The Director of Housing will provide an update report for its "
         "meeting.",
         "Director of Housing", ["Director of Housing"], "January 2027", "2027-01", None),
    ]
    plum = "5B2C6F"
    lilac = "E8E0EE"
    blocks = [
        ("p", f"<<{plum}|**LONDON BOROUGH OF CORVINGTON**>>"),
        ("p", "**Cabinet – Monday 20 April 2026**"),
        ("title", title),
        ("table", {"cols": [5.2, 11.8], "rules": True, "font": 9.5, "rows": [
            ["**Report of**", "Chair of the Housing and Regeneration Scrutiny Commission and the Director of Housing"],
            ["**Cabinet Member**", "Cabinet Member for Housing (Councillor N.O.)"],
            ["**Wards**", "All"],
            ["**Key decision**", "No"],
            ["**Classification**", "Open"],
            ["**Appendices**", "1. Report of the Housing and Regeneration Scrutiny Commission\n2. Executive response"],
        ]}),
        ("ph", 11, "1. Summary"),
        ("pn", "1.1\tThe Housing and Regeneration Scrutiny Commission reviewed the use of temporary accommodation for "
               "families between September 2025 and January 2026. Its report makes nine recommendations. This report "
               "presents the Commission’s findings and sets out the executive’s proposed response to each "
               "recommendation."),
        ("ph", 11, "2. Recommendations"),
        ("pn", "2.1\tCabinet is recommended to:"),
        ("list", "(a)", 1, [r[1] for r in stem_recs]),
        ("ph", 11, "3. Background"),
        ("pn", "3.1\tAt the end of December 2025 the Council had 3,214 households in temporary accommodation, 2,380 of "
               "them families with children. Spending on temporary accommodation is forecast at £41.6 million in "
               "2025/26, £9.2 million over budget."),
        ("pn", "3.2\tThe executive response at Appendix 2 was prepared by the Director of Housing with the Cabinet "
               "Member for Housing. Seven recommendations are agreed in full or in part, one is not agreed and one is "
               "noted as a matter for the Commission."),
        ("pn", "3.3\tThe Commission’s Chair will attend the meeting to present its report, as the Council’s scrutiny "
               "protocol provides."),
        ("pn", "3.4\tThe Director of Housing recommends that the Council also joins the pan-London procurement "
               "agreement for nightly-paid accommodation; that will be the subject of a separate report."),
        ("ph", 11, "4. Financial implications"),
        ("pn", "4.1\tThe agreed recommendations are met within existing budgets, except the additional inspections in "
               "recommendation 2, estimated at £62,000 a year from 2026/27, which will be funded from the "
               "homelessness prevention grant."),
        ("ph", 11, "5. Legal and equalities implications"),
        ("pn", "5.1\tThe Homelessness (Suitability of Accommodation) (England) Order 2003 limits the use of bed and "
               "breakfast for families to six weeks. Most families in temporary accommodation are headed by women, "
               "and Black households are over-represented; the agreed recommendations are expected to benefit both "
               "groups."),
        ("p", "**Contact:** Scrutiny Officer (Housing and Regeneration), Corvington Town Hall, High Street, Corvington "
              "CV1 2TH – scrutiny@corvington.example – 01632 960 512"),
        ("break",),
        ("ph", 14, f"<<{plum}|Appendix 1: Report of the Housing and Regeneration Scrutiny Commission>>"),
        ("p", "<<595959|Temporary Accommodation for Families – agreed by the Commission on 26 January 2026>>"),
        ("h", 1, "Chair’s foreword"),
        ("p", "More than four thousand children in Corvington wake up each morning in a home that is not theirs to "
              "keep. We heard from parents who had moved three times in a year and from a head teacher whose pupils "
              "travel two hours each way. The Council cannot build its way out of this quickly, but it can make "
              "temporary accommodation safer, fairer and shorter. – Councillor J.K., Chair"),
        ("h", 1, "How we carried out the review"),
        ("p", "The Commission held four evidence sessions and visited two hostels and a block of leased flats. Its "
              "members were Councillors J.K. (Chair), L.M., P.S., R.T., V.W. and Y.Z."),
        ("table", {"cols": [8.5, 2.8, 2.8, 2.9], "font": 9, "header_fill": lilac,
                   "header": ["Families in temporary accommodation", "March 2024", "March 2025", "December 2025"],
                   "rows": [
                       ["In Corvington", "1,512", "1,644", "1,702"],
                       ["Outside Corvington", "402", "551", "678"],
                       ["In bed and breakfast for more than six weeks", "12", "37", "58"],
                       ["**Total families**", "**1,914**", "**2,195**", "**2,380**"],
                   ]}),
        ("p", "Shelter’s national evidence recommends that councils inspect all leased properties every year; the "
              "Commission heard that Corvington inspects only on complaint."),
        ("h", 1, "Our recommendations"),
        ("h", 2, t1),
    ]
    theme_now = t1
    for r in recs:
        if r[1] != theme_now:
            theme_now = r[1]
            blocks.append(("h", 2, theme_now))
        blocks += [("h", 3, f"Recommendation {r[0]}"), ("p", r[2])]
    blocks += [
        ("break",),
        ("ph", 14, f"<<{plum}|Appendix 2: Executive response>>"),
        ("p", "The response of the Cabinet Member for Housing and the Director of Housing to each recommendation. "
              "“Agreed?” records whether the recommendation is agreed, partly agreed, not agreed or noted."),
        ("table", {"cols": [1.0, 3.3, 1.7, 5.5, 3.0, 2.5], "font": 8.5, "header_fill": lilac,
                   "header": ["No.", "Recommendation", "Agreed?", "Executive response", "Lead", "Timescale"],
                   "rows": [[r[0], r[5], r[6], r[8], r[9], r[11]] for r in recs]}),
        ("p", "<<595959|Signed on behalf of the executive: Cabinet Member for Housing, 9 April 2026>>"),
    ]
    recommendations = [recommendation(n, text, verb=verb, addressee="Cabinet") for n, text, verb in stem_recs] + [
        recommendation(n, text, verb=verb, addressee=addr, theme=theme, owners=owners, due=due,
                       timeframe=None if when in ("N/A", "Complete") else when, status=status, response=resp,
                       decision=dec)
        for n, theme, text, verb, addr, _short, _word, dec, resp, _lead, owners, when, due, status in recs
    ]
    return {
        "name": "corvington-cabinet-temporary-accommodation-scrutiny-review-and-response",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-04-09", "doc_title": title, "author": "Scrutiny Team", "ninth_m": True,
                 "cant_split": True, "font": "DejaVu Sans", "size": 9.5, "title_size": 16, "title_color": plum,
                 "m_header": ("London Borough of Corvington – Cabinet – 20 April 2026", "Page {PAGE} of {NUMPAGES}"),
                 "m_footer": ("Classification: Open", "")},
        "blocks": blocks,
        "gold": dict(genre="London borough Cabinet report presenting a scrutiny commission's review with "
                           "\"Recommendation n\" headings and the executive response table", kind="executive-response",
                     title=title, authority=CORVINGTON, date="2026-04-20", meeting="Cabinet",
                     recommendations=recommendations),
        "layout": "PDF (python-docx → LibreOffice), DejaVu Sans 9.5 pt, an italic running header with \"Page X of Y\" "
                  "fields and an italic footer line, Word heading styles in the appendix, rows that may not split; 5 "
                  "pages. A plum capitals borough line, a bold \"Cabinet – Monday 20 April 2026\" line and the plum "
                  "title; a summary table with horizontal rules only (Report of / Cabinet Member / Wards / Key "
                  "decision / Classification / Appendices as a two-line cell); bold non-style headings over typed "
                  "1.1–5.1 hanging paragraphs; \"2.1 Cabinet is recommended to:\" over a Word-lettered (a)–(c) list "
                  "(note / agree / ask, \";\" and \"; and\"); \"3.4 The Director of Housing recommends that …\" (not "
                  "an item). After a page break, Appendix 1, the Commission's report: Heading 1 foreword and method, "
                  "a families table with a lilac header and bold total row, \"Shelter’s national evidence recommends "
                  "that …\" (not an item), and under \"Our recommendations\" three Heading 2 themes with Heading 3 "
                  "\"Recommendation 1\" … \"Recommendation 9\" each over one paragraph (\"The Council should …\", "
                  "imperatives, \"That the Cabinet Member … publishes\", a passive, \"That Corvington Homes gives …\", "
                  "\"That the Commission reviews …\"). After another page break, Appendix 2: an 8.5 pt table No. | "
                  "Recommendation (short titles) | Agreed? (Agreed / Partly agreed / Not agreed / Noted) | Executive "
                  "response | Lead | Timescale; leads split by \"/\" plus line break and \", with\", one "
                  "\"post, body\", one \"N/A\"; dates \"April 2026\", \"Q2 2026/27\", \"December 2026\", \"N/A\", "
                  "\"31/10/2026\", \"Complete\", \"July 2026\", \"Summer 2026\", \"January 2027\".",
    }


# ---------------------------------------------------------------------------
# V5. London borough scrutiny annual report with a tracker of last year's recommendations
#     (Markdown → pandoc DOCX).
# ---------------------------------------------------------------------------


def corvington_scrutiny_annual_report():
    title = "Overview and Scrutiny Annual Report 2025/26"
    asked = [("1", "note the annual report and the progress made on the recommendations of the 2024/25 reviews set "
                   "out in section 5; and", "NOTE"),
             ("2", "agree that the annual report is submitted to Full Council on 15 July 2026.", "AGREE")]
    ra = "Air Quality and School Streets (Living in Corvington Scrutiny Commission, 2024/25)"
    rb = "Children Missing Education (Children and Young People Scrutiny Commission, 2024/25)"
    rc = "Access to GP Appointments (Health in Corvington Scrutiny Commission, 2024/25)"
    # (theme, number, text, verb, addressee, made to cell, owners, response word, decision, implemented word, status,
    #  comment)
    rows = [
        (ra, "1", "That the Council extends the School Streets programme to every primary school where it is safe to "
                  "do so by September 2026.", "EXTENDS", "Council",
         "Cabinet Member for Environment and Transport", ["Cabinet Member for Environment and Transport"],
         "Agreed", "accepted", "Partly", "ongoing",
         "28 of the 41 primary schools now have a School Street; six more start in September 2026."),
        (ra, "2", "Publish the air quality monitoring results for each School Street on the Council’s website every "
                  "quarter.", "PUBLISH", None,
         "Director of Environment", ["Director of Environment"], "Agreed", "accepted", "Yes", "completed",
         "Results have been published each quarter since July 2025."),
        (ra, "3", "That the Council installs a continuous air quality monitor at every school on a main road.",
         "INSTALLS", "Council",
         "Cabinet", ["Cabinet"], "Not agreed", "rejected", "No", "not-started",
         "Not agreed because each monitor costs about £18,000; diffusion tubes have been placed at the 12 schools "
         "instead."),
        (rb, "1", "The Council should appoint a dedicated children missing education officer.", "APPOINT", "Council",
         "Cabinet Member for Children and Families", ["Cabinet Member for Children and Families"], "Agreed",
         "accepted", "Yes", "completed", "The officer has been in post since October 2025."),
        (rb, "2", "Schools should be reminded each term of their duty to tell the Council when a child is taken off "
                  "the school roll.", None, None,
         "Director of Education\nHead of School Admissions", ["Director of Education", "Head of School Admissions"],
         "Agreed", "accepted", "Yes", "completed",
         "Reminders were sent in September 2025, January 2026 and April 2026."),
        (rb, "3", "Report the number of children missing education to the Commission twice a year.", "REPORT", None,
         "Director of Education", ["Director of Education"], "Agreed in part", "partially-accepted", "Not yet due",
         None, "Agreed to report once a year; the first report is due in September 2026."),
        (rc, "1", "That the Integrated Care Board publishes the number of appointments offered by each GP practice in "
                  "Corvington every month.", "PUBLISHES", "Integrated Care Board",
         "NHS Integrated Care Board (Corvington place)", ["NHS Integrated Care Board (Corvington place)"], "Agreed",
         "accepted", "Partly", "ongoing",
         "Figures are published for each primary care network; practice-level figures are expected from June 2026."),
        (rc, "2", "Work with Healthwatch Corvington on a survey of patients’ experience of booking appointments "
                  "online.", "WORK", None,
         "Director of Public Health; Healthwatch Corvington", ["Director of Public Health", "Healthwatch Corvington"],
         "Agreed", "accepted", "Yes", "completed",
         "The survey of 1,120 patients was reported to the Commission in March 2026."),
    ]

    orange = "B4531B"
    peach = "FBE5D6"

    def tracker(theme):
        body = [[f"**{r[1]}.** {r[2]}", r[5], r[7], r[9], r[11]] for r in rows if r[0] == theme]
        return ("table", {"cols": [5.2, 3.2, 2.2, 2.6, 3.8], "font": 9, "header_fill": peach,
                          "header": ["Recommendation", "Made to", "Response", "Implemented?", "Comment"],
                          "rows": body})

    blocks = [
        ("p", f"<<{orange}|**LONDON BOROUGH OF CORVINGTON**>>"),
        ("p", "**Report to:** Overview and Scrutiny Committee, 8 June 2026; Full Council, 15 July 2026\n"
              "**Report of:** Chair of the Overview and Scrutiny Committee (Councillor D.E.)\n"
              "**Lead officer:** Head of Scrutiny and Member Services\n"
              "**Wards:** All\n"
              "**Classification:** Open"),
        ("title", title),
        ("h", 1, "1. What the Committee is asked to do"),
        ("p", "The Overview and Scrutiny Committee is asked to:"),
        ("list", "1.", 1, [text for _, text, _ in asked]),
        ("h", 1, "2. Foreword"),
        ("p", "This has been a year of fewer, deeper reviews. Our four commissions chose subjects that residents raised "
              "with us, and they spent more time listening to people with lived experience than ever before. I thank "
              "the co-opted members, the officers who gave evidence and, above all, the residents who told us their "
              "stories."),
        ("pr", "<<595959|Councillor D.E., Chair of the Overview and Scrutiny Committee>>"),
        ("h", 1, "3. Scrutiny in Corvington"),
        ("p", "3.1 The Overview and Scrutiny Committee sets the work programme and holds the Leader and Cabinet to "
              "account. Four scrutiny commissions carry out reviews in their own areas. The Committee also considers "
              "call-ins of executive decisions."),
        ("table", {"cols": [8.4, 2.4, 2.4, 3.8], "font": 9.5, "header_fill": peach,
                   "header": ["Body", "Meetings", "Items", "Chair"],
                   "rows": [
                       ["Overview and Scrutiny Committee", "8", "41", "Cllr D.E."],
                       ["Children and Young People Scrutiny Commission", "6", "22", "Cllr F.H."],
                       ["Health in Corvington Scrutiny Commission", "7", "25", "Cllr G.J."],
                       ["Housing and Regeneration Scrutiny Commission", "6", "19", "Cllr J.K."],
                       ["Living in Corvington Scrutiny Commission", "6", "21", "Cllr M.P."],
                       ["**Total**", "**33**", "**128**", ""],
                   ]}),
        ("h", 1, "4. Reviews completed in 2025/26"),
        ("p", "4.1 **Temporary Accommodation for Families** (Housing and Regeneration Scrutiny Commission). The "
              "Commission made nine recommendations, including that the Council stops placing families in bed and "
              "breakfast for more than six weeks. Cabinet agreed its response on 20 April 2026, agreeing seven "
              "recommendations in full or in part."),
        ("p", "4.2 **Youth Violence and Exclusions** (Children and Young People Scrutiny Commission). The review "
              "recommended that every secondary school signs up to the inclusion charter; Cabinet will respond in "
              "July 2026."),
        ("p", "4.3 **Community Pharmacy Closures** (Health in Corvington Scrutiny Commission). A single-meeting review "
              "whose findings were sent to the Integrated Care Board in a letter in February 2026."),
        ("p", "4.4 **Call-in.** The Committee considered one call-in, of the Cabinet Member’s decision to close the "
              "Northgate library on Saturdays. It referred the decision back, and the Cabinet Member kept Saturday "
              "opening with volunteers."),
        ("h", 1, "5. What happened to last year’s recommendations"),
        ("p", "5.1 Each commission follows up its recommendations a year after Cabinet or a partner responds. The "
              "tables below show the position reported to the commissions in April and May 2026. The "
              "**Implemented?** column means: **Yes** – the recommendation has been carried out; **Partly** – work "
              "on it has started and is continuing; **No** – no work on it has started; **Not yet due** – the date "
              "agreed for it has not yet come."),
        ("h", 3, ra),
        tracker(ra),
        ("h", 3, rb),
        tracker(rb),
        ("h", 3, rc),
        tracker(rc),
        ("p", "5.2 Of the eight recommendations, four have been carried out, two are partly carried out, one is not "
              "yet due and one was not agreed. This report makes no new recommendations: the recommendations of this "
              "year’s reviews are in their own reports."),
        ("h", 1, "6. Looking ahead: the work programme for 2026/27"),
        ("list", "bullet", 1, [
            "Living in Corvington: the cost of living and debt advice.",
            "Children and Young People: school place planning.",
            "Health in Corvington: mental health crisis care for young adults.",
            "Housing and Regeneration: the Northgate estate regeneration ballot.",
        ]),
        ("h", 1, "7. Member development"),
        ("p", "Twenty-two councillors attended the scrutiny induction in June 2025 and fourteen completed the "
              "questioning skills course run with the Centre for Governance and Scrutiny."),
        ("p", "**Contact:** Head of Scrutiny and Member Services, Corvington Town Hall, High Street, Corvington CV1 2TH "
              "– scrutiny@corvington.example – 01632 960 510"),
    ]
    recommendations = [recommendation(n, text, verb=verb, addressee="Overview and Scrutiny Committee")
                       for n, text, verb in asked] + [
        recommendation(n, text, verb=verb, addressee=addr, theme=theme, owners=owners, status=status,
                       decision=dec, progress=comment)
        for theme, n, text, verb, addr, _made, owners, _resp, dec, _impl, status, comment in rows
    ]
    return {
        "name": "corvington-overview-and-scrutiny-annual-report-2025-26",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-05-28", "doc_title": title, "author": "Scrutiny and Member Services",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10.5, "title_size": 20,
                 "title_color": orange,
                 "m_footer": ("London Borough of Corvington – Overview and Scrutiny Annual Report 2025/26",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="London borough scrutiny annual report with a table per review tracking last year's "
                           "recommendations (no new recommendations)", kind="committee-report", title=title,
                     authority=CORVINGTON, date="2026-06-08", meeting="Overview and Scrutiny Committee",
                     recommendations=recommendations),
        "layout": "DOCX (python-docx), Liberation Sans 10.5 pt, Word heading styles, an italic footer with \"Page X "
                  "of Y\" fields, rows that may not split; about 4 pages. An orange capitals borough line; bold-labelled "
                  "front lines in one paragraph joined by line breaks (Report to: two meetings on one line / Report of "
                  "/ Lead officer / Wards / Classification) above the orange title; \"1. What the Committee is asked "
                  "to do\" with \"The Overview and Scrutiny Committee is asked to:\" over a Word-numbered 1./2. list "
                  "(\"; and\"); a foreword signed in a right-aligned grey line; a meetings table with a peach header "
                  "and a bold total row; the year's reviews as bold-led typed 4.1–4.4 paragraphs that report their "
                  "recommendations (\"made nine recommendations, including that …\", \"recommended that …\"; not "
                  "items) and a call-in referred back (not a decision of this paper); \"5. What happened to last "
                  "year’s recommendations\" with a key in a paragraph (Yes / Partly / No / Not yet due) and one "
                  "Heading 3 per 2024/25 review, each over a 9 pt table Recommendation | Made to | Response | "
                  "Implemented? | Comment whose first cell opens with a bold typed \"1.\"; numbers restart for each "
                  "review; Made to cells with \";\" and a second paragraph; responses only as words (Agreed / Agreed "
                  "in part / Not agreed); \"This report makes no new recommendations\"; work programme bullets, "
                  "member development and a contact line.",
    }


# ---------------------------------------------------------------------------
# V6. Notice of the combined authority scrutiny committee's decision on the call-in of a Mayoral
#     decision (DOCX, python-docx, Liberation Serif, NinthMWriter).
# ---------------------------------------------------------------------------


def ellerbridge_ca_call_in_notice():
    ref = "OSC/CI/2026/01"
    maker = "Overview and Scrutiny Committee"
    meeting_date = "2026-03-05"
    subject = "Adult Skills Fund: Commissioning of Community Learning Providers 2026–2029"
    part1 = ("To refer Mayoral Decision MD/2026/004 back to the Mayor for reconsideration, for the reasons set out in "
             "section 4 of this notice.")
    part2_stem = "To recommend that, in reconsidering the decision, the Mayor:"
    part2 = [
        "publishes the scores given to each bid against the published award criteria;",
        "considers the effect of the decision on adult learners with disabilities, with the help of an equality "
        "impact assessment; and",
        "extends the current community learning contracts to 31 August 2026, so that learners can finish the "
        "academic year with their present provider.",
    ]
    part3 = ("To ask the Statutory Scrutiny Officer to report the Mayor’s further decision to the Committee’s meeting "
             "on 14 April 2026.")
    act_text = ("Statutory Scrutiny Officer to send this notice to the Mayor and publish it on the Combined Authority’s "
                "website by 6 March 2026.")
    green = "2E5E3A"
    pale = "E6EFE8"
    blocks = [
        ("pr", f"<<{green}|**ELLERBRIDGE COMBINED AUTHORITY**>>"),
        ("pr", "<<595959|Canal Wharf, Ellerbridge EB2 7LT>>"),
        ("title", "Notice of Call-in Decision"),
        ("p", "<<595959|Overview and Scrutiny Committee – issued under the Combined Authority’s Scrutiny Procedure Rules, "
              "rule 11 (call-in of Mayoral decisions)>>"),
        ("table", {"cols": [4.6, 12.4], "rules": True, "font": 10, "rows": [
            ["**Reference**", ref],
            ["**Subject**", subject],
            ["**Decision called in**", "Mayoral Decision MD/2026/004, taken on 16 February 2026 and published on 17 "
                                       "February 2026"],
            ["**Decision maker**", "The Mayor of the Ellerbridge Combined Authority"],
            ["**Called in by**", "Councillors B.C., D.F. and G.H. (three members of the Committee from three "
                                 "constituent councils)"],
            ["**Meeting**", "Special meeting of the Overview and Scrutiny Committee, Thursday 5 March 2026, item 4"],
            ["**Present**", "Councillors J.A. (Chair), B.C., D.F., E.K., G.H., L.N., M.O., P.R., S.U., T.W., V.X., "
                            "W.Y. and Z.A.; Ms K.L. (co-opted, further education)"],
            ["**Also attending**", "The Mayor; the Director of Skills and Employment; the Monitoring Officer; the "
                                   "Statutory Scrutiny Officer"],
        ]}),
        ("ph", 12, f"<<{green}|1. The decision called in>>"),
        ("p", "The Mayor decided to award contracts for community learning from 1 April 2026 to three providers, in place "
              "of the eleven community and voluntary organisations that hold the current contracts, with a total value "
              "of £7.8 million over three years. The decision was taken under the Mayor’s adult skills functions and "
              "was not a key decision in the Forward Plan."),
        ("ph", 12, f"<<{green}|2. Grounds for the call-in>>"),
        ("table", {"cols": [0.8, 7.6, 8.6], "font": 9, "header_fill": pale,
                   "header": ["", "Ground given by the members", "The Mayor’s response at the meeting"],
                   "rows": [
                       ["1", "The scoring of the bids has not been published, so it is not clear how the decision "
                             "follows the award criteria.",
                        "The scores are commercially sensitive until the standstill period ends on 6 March."],
                       ["2", "No equality impact assessment was carried out, although a third of current learners "
                             "are disabled.",
                        "An assessment was not needed because the service specification is unchanged."],
                       ["3", "Changing providers on 1 April will interrupt courses in the middle of the academic "
                             "year.",
                        "New providers must offer a place to every current learner."],
                   ]}),
        ("ph", 12, f"<<{green}|3. Decision of the Committee>>"),
        ("p", "A motion to take no further action was moved by Councillor L.N. and seconded by Councillor W.Y., and was "
              "LOST (4 for, 9 against). Having considered the call-in, the Committee then **RESOLVED** (9 votes to 4, "
              "no abstentions):"),
        ("pn", f"1.\t{part1}"),
        ("pn", f"2.\t{part2_stem}"),
        ("list", "(a)", 1, part2),
        ("pn", f"3.\t{part3}"),
        ("ph", 12, f"<<{green}|4. Reasons for the referral>>"),
        ("pn", "4.1\tThe Committee was not satisfied that the decision could be shown to follow the published award "
               "criteria while the scores remained unpublished."),
        ("pn", "4.2\tThe Committee considered that a change of provider for about 1,900 learners, a third of them "
               "disabled, needed an equality impact assessment before the decision was taken."),
        ("pn", "4.3\tThe timing of the change in the middle of the academic year put learners’ qualifications at risk. "
               "The Director of Skills and Employment advised that a five-month extension of the current contracts "
               "would cost about £610,000, within the fund’s reserve."),
        ("ph", 12, f"<<{green}|5. What happens next>>"),
        ("p", "The decision may not be put into effect until the Mayor has reconsidered it. The Mayor must do so within "
              "ten working days of receiving this notice and may confirm, change or withdraw the decision. The Mayor’s "
              "further decision takes effect at once and cannot be called in again. The Audit Committee will be told "
              "of any extension of the current contracts, as the contract procedure rules require."),
        ("p", f"**Action:** {act_text}"),
        ("table", {"cols": [10, 7], "borders": False, "rows": [
            ["Signed ……………………………………\nCouncillor J.A., Chair of the Overview and Scrutiny Committee",
             "Date: 5 March 2026"],
        ]}),
        ("p", "Contact: Statutory Scrutiny Officer, Ellerbridge Combined Authority – scrutiny@ellerbridge-ca.example – "
              "01632 960 744"),
    ]
    decisions = ([decision("4", ref, part1, maker, date=meeting_date, kind="decision")]
                 + [decision("4", ref, text, maker, date=meeting_date, kind="decision") for text in part2]
                 + [decision("4", ref, part3, maker, date=meeting_date, kind="decision")])
    actions = [action(None, act_text, ["Statutory Scrutiny Officer"], "by 6 March 2026", "2026-03-06", None)]
    return {
        "name": "ellerbridge-ca-call-in-notice-adult-skills-commissioning",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-03-05", "doc_title": "Notice of Call-in Decision " + ref,
                 "author": "Scrutiny Team", "ninth_m": True, "cant_split": True, "font": "Liberation Serif",
                 "size": 10.5, "title_size": 19, "title_color": green,
                 "m_header": ("Ellerbridge Combined Authority – Overview and Scrutiny Committee",
                              "Page {PAGE} of {NUMPAGES}"),
                 "m_footer": ("Notice of call-in decision " + ref, "")},
        "blocks": blocks,
        "gold": dict(genre="combined authority notice of the overview and scrutiny committee's decision on the call-in "
                           "of a Mayoral decision (referred back with recommendations to the Mayor; an Action: line)",
                     kind="decision", title=subject, authority=ECA, date=meeting_date, meeting=maker,
                     decision_number=ref, decisions=decisions, actions=actions),
        "layout": "DOCX (python-docx), Liberation Serif 10.5 pt, an italic running header with the committee and "
                  "\"Page X of Y\" fields and a footer with the reference, rows that may not split; 2–3 pages. A "
                  "right-aligned green capitals authority line and an address line; the green title \"Notice of "
                  "Call-in Decision\" (the form's name) and a grey rule line; a details table with horizontal rules "
                  "only and bold labels (Reference / Subject / Decision called in / Decision maker / Called in by / "
                  "Meeting / Present / Also attending); the decision called in described in prose (not an item); a "
                  "grounds table with a pale green header, n | Ground | the Mayor's response (not items); a motion "
                  "LOST on a vote, then \"the Committee then RESOLVED (9 votes to 4, no abstentions):\" with typed 1.–3. "
                  "hanging paragraphs (\"To refer …\", \"To recommend that, in reconsidering the decision, the "
                  "Mayor:\" over a Word-lettered (a)–(c) list with \"; and\", \"To ask …\"); typed reasons 4.1–4.3 "
                  "(not items); what happens next, a bold \"Action:\" line (\"… by 6 March 2026\"), a borderless "
                  "signature table and a contact line.",
    }


PAPERS = [
    ellerbridge_pcp_precept_report,
    ellerbridge_ca_bus_review,
    ellerbridge_pcp_minutes,
    corvington_ta_review,
    corvington_scrutiny_annual_report,
    ellerbridge_ca_call_in_notice,
]
