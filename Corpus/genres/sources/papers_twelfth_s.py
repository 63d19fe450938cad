"""Papers of the twelfth batch, part S ("health and care board papers"): six made-up papers of the
kind NHS boards, health and care partnerships and health scrutiny committees publish, in layouts the
corpus did not have, from two invented places. Ravensmere is a county: Ravensmere County Council and
its Health and Wellbeing Board, NHS Ravensmere Integrated Care Board (whose area also covers
Copperleigh), Ravensmere Hospitals NHS Foundation Trust, Healthwatch Ravensmere and Ravensmere
Council for Voluntary Service. Copperleigh is a unitary city: Copperleigh City Council with its
Health and Adult Social Care Scrutiny Committee, the Copperleigh Place Partnership Board and
Copperleigh Community Health NHS Trust. Every other body, person, place and figure is invented too.
People are given by role or initials, e-mail addresses use `.example` and telephone numbers the
01632 960xxx range.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks) and without running it, using only the corpus READMEs and the build scripts and some
paper definitions in this folder (not papers_twelfth_t.py, written at the same
time by someone else). Each paper names its own split. Every gold value is written by hand beside
the words it labels; the notes for "health and care board papers, part S" record the choices where
the rules left room.

  S1. ravensmere-hospitals-board-freedom-to-speak-up-report          unseen  lo-pdf
      Foundation trust Board of Directors paper: a four-column cover sheet (purpose and assurance
      tick boxes, strategic objectives, BAF risks) whose "Recommendations" row holds "The Board is
      asked to:" and four unlabelled Word bullets opening with bold capital verbs (NOTE / RECEIVE /
      APPROVE / SUPPORT); the Guardian's report with ruled figure tables; an appendix improvement plan
      No. | Action | Lead | Target date | Status.
  S2. ravensmere-hospitals-board-action-log-march-2026               tune    chromium-pdf (landscape)
      Board action log and matters arising: a status key table, an "Open actions" table Action ref |
      Meeting | Minute | Action | Lead | Due | Status | Update and a "Transferred to committees"
      table; no recommendation.
  S3. copperleigh-place-partnership-board-minutes-february-2026     unseen  pandoc-docx
      Place partnership board minutes whose items hold discussion only; decisions in a closing
      "Decisions and agreements" grid table (Ref | Item | Decision or agreement) and actions in an
      "Actions" grid table (Ref | Item | Action | Owner | Deadline).
  S4. copperleigh-hasc-community-beds-consultation-nhs-response     tune    docx
      Scrutiny committee report with the Committee's consultation response (numbered comments, "That
      the ICB …" recommendations R1–R6 under theme headings) and the ICB's reply table Recommendation |
      ICB response | Accepted? | Lead | By when.
  S5. ravensmere-better-care-fund-q3-progress-report-2025-26       unseen  pandoc-lo-pdf
      Health and Wellbeing Board progress report with one "note" recommendation, a spend table, a
      metrics table and a RAG-rated scheme delivery table (not items).
  S6. copperleigh-community-health-trust-neighbourhood-nursing-briefing  tune  docx
      NHS trust information briefing for scrutiny members; figures tables, quotes, next steps and
      members' questions; nothing to find.

Layouts. The python-docx papers use papers_ninth_m's writer (meta "ninth_m": "Page X of Y" running
headers, typed-number paragraphs, sized bold headings, ruled tables, coloured words, and papers_far_h's
"cant_split" so that no table row breaks across a page); the Chromium paper uses papers_ninth_m's HTML
wrapper for its extra CSS (meta "m_css": exact colours and page-margin boxes). Nothing in render.py or
in those modules is changed.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the DOCX writer and HTML wrapper used by meta "ninth_m")
from gold import action, decision, recommendation
from papers_fresh import grid_table

TRUST = "Ravensmere Hospitals NHS Foundation Trust"
RCC = "Ravensmere County Council"
CCC = "Copperleigh City Council"
CCHT = "Copperleigh Community Health NHS Trust"
ICB = "NHS Ravensmere Integrated Care Board"

PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def lab(text, fill="DCE6F0"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# S1. Foundation trust Board of Directors paper (PDF, python-docx → LibreOffice), Liberation Sans
#     10 pt, italic running header with "Page X of Y", rows that may not split. A right-aligned
#     trust line and a "Board of Directors" line; a four-column cover sheet with pale blue-grey labels
#     (Meeting / Agenda item / Date of meeting / Paper ref. / Report title / Executive lead / Report
#     author / Purpose with ☒/☐ boxes / Executive summary / Recommendations / Level of assurance /
#     Strategic objectives / Board Assurance Framework / Previously considered by / Impact). The
#     Recommendations cell: "The Board is asked to:" and four Word bullets opening with bold capital
#     verbs (NOTE / RECEIVE / APPROVE / SUPPORT; ";" and "; and"). The "Previously considered by"
#     cell says the People Committee "recommended that the Board approve …" (not an item). After a
#     page break the report: bold numbered headings, typed 1.1–8.1 paragraphs, a ruled figures table
#     with a bold total row, themes bullets, "The National Guardian's Office recommends that …" (not
#     an item), "8.1 The recommendations are set out on the cover sheet.". After another page break,
#     Appendix 1: a status key paragraph and the plan No. | Action | Lead | Target date | Status.
# ---------------------------------------------------------------------------


def trust_speak_up_report():
    title = "Freedom to Speak Up: Guardian’s Report, Quarters 2 and 3 2025/26"
    recs = [
        ("NOTE", "**NOTE** the number and themes of concerns raised in Quarters 2 and 3 of 2025/26 and the "
                 "learning set out in section 4;"),
        ("RECEIVE", "**RECEIVE** reasonable assurance that concerns are being handled in line with the Trust’s "
                    "Speaking Up policy and the national guidance;"),
        ("APPROVE", "**APPROVE** the Speaking Up Improvement Plan 2026/27 at Appendix 1; and"),
        ("SUPPORT", "**SUPPORT** protected time of two hours a month for each of the 20 Speak Up Champions from "
                    "April 2026."),
    ]
    # (No., action, lead cell, owners, target cell, due, status word, status)
    plan = [
        ("1", "Publish a quarterly ‘You said, we did’ summary of speaking up cases on the staff intranet, with "
              "details removed so that no one can be identified.",
         "Freedom to Speak Up Guardian /\nAssociate Director of Communications",
         ["Freedom to Speak Up Guardian", "Associate Director of Communications"], "June 2026", "2026-06",
         "Not started", "not-started"),
        ("2", "Roll out the ‘Listen Up’ training module to all line managers, with completion reported to the "
              "People Committee.",
         "Head of Organisational Development", ["Head of Organisational Development"], "Q2 2026/27", "2026-09",
         "In progress", "ongoing"),
        ("3", "Add speaking up data to the divisional performance reviews, so that each division is held to account "
              "for how it responds to concerns.",
         "Chief Operating Officer and Divisional Directors", ["Chief Operating Officer", "Divisional Directors"],
         "30/06/2026", "2026-06-30", "Not started", "not-started"),
        ("4", "Set up a speaking up network for internationally recruited staff, led by staff from that group.",
         "Chief People Officer; Head of Equality, Diversity and Inclusion",
         ["Chief People Officer", "Head of Equality, Diversity and Inclusion"], "31 December 2026", "2026-12-31",
         "Not started", "not-started"),
        ("5", "Ask every leaver a question about speaking up in the exit survey and report the results to the "
              "People Committee twice a year.",
         "Head of HR Operations", ["Head of HR Operations"], "April 2026", "2026-04", "Complete", "completed"),
        ("6", "Review the process for handling reports of detriment with Staff Side and publish a revised "
              "procedure.",
         "Director of HR, with Staff Side Chair", ["Director of HR", "Staff Side Chair"], "Q3 2026/27", "2026-12",
         "In progress", "ongoing"),
        ("7", "Repeat the Board’s self-review using the National Guardian’s Office reflection and planning tool.",
         "Trust Secretary", ["Trust Secretary"], "Board, March 2027", "2027-03", "Not started", "not-started"),
        ("8", "Recruit and train six more Speak Up Champions in community, estates and facilities teams.",
         "Freedom to Speak Up Guardian", ["Freedom to Speak Up Guardian"], "Ongoing", None,
         "In progress", "ongoing"),
    ]
    status_fill = {"Complete": "C6E0B4", "In progress": "FFE699", "Not started": "EDEDED"}
    rec_cell = {"blocks": [("p", "The Board is asked to:"),
                           ("list", "bullet", 1, [text for _, text in recs])]}
    cover = {"cols": [3.6, 5.8, 2.7, 4.9], "font": 9.5, "rows": [
        [lab("Meeting"), "Board of Directors – Part 1 (public)", lab("Agenda item"), "4.2"],
        [lab("Date of meeting"), "Thursday 26 March 2026", lab("Paper ref."), "BoD/26/031"],
        [lab("Report title"), {"text": title, "bold": True, "span": 3}, "<", "<"],
        [lab("Executive lead"), "Chief People Officer", lab("Report author"), "Freedom to Speak Up Guardian (K.M.)"],
        [lab("Purpose"), {"text": "☒ Approval      ☒ Assurance      ☐ Discussion      ☐ Information", "span": 3},
         "<", "<"],
        [lab("Executive summary"), {"span": 3, "blocks": [
            ("p", "Staff raised 97 concerns with the Freedom to Speak Up Guardian and the Speak Up Champions in "
                  "Quarters 2 and 3 of 2025/26, compared with 71 in the same period of 2024/25. The rise follows the "
                  "relaunch of the Champions network in July 2025 and is, in the Guardian’s view, a sign of growing "
                  "confidence rather than of a worsening culture."),
            ("p", "Behaviours, including bullying and incivility, remain the largest theme (41%). Eleven concerns "
                  "had an element of patient safety, and four people said they had suffered detriment for speaking "
                  "up. The refreshed improvement plan at Appendix 1 responds to these themes."),
        ]}, "<", "<"],
        [lab("Recommendations"), dict(rec_cell, span=3), "<", "<"],
        [lab("Level of assurance"), {"text": "☐ Substantial      ☒ Reasonable      ☐ Limited      ☐ No assurance",
                                     "span": 3}, "<", "<"],
        [lab("Strategic objectives"), {"text": "☐ SO1 Outstanding care, every time\n☒ SO2 A great place to work\n"
                                               "☐ SO3 Sustainable services\n☒ SO4 Working with our communities",
                                       "span": 3}, "<", "<"],
        [lab("Board Assurance Framework"), {"text": "BAF 4 – We cannot recruit, retain and develop the staff we need "
                                                    "(current score 16, target 9)\nBAF 7 – Learning from incidents and "
                                                    "concerns does not lead to lasting improvement (current score 12, "
                                                    "target 8)", "span": 3}, "<", "<"],
        [lab("Previously considered by"), {"text": "People Committee, 9 March 2026. The Committee recommended that "
                                                   "the Board approve the improvement plan.", "span": 3}, "<", "<"],
        [lab("Impact"), {"text": "Equality: the plan includes a network for internationally recruited staff (action 4). "
                                 "Financial: backfill for Champions’ protected time, about £18,400 a year, met from the "
                                 "workforce budget. Legal: none.", "span": 3}, "<", "<"],
    ]}
    blocks = [
        ("pr", "**Ravensmere Hospitals NHS Foundation Trust**"),
        ("p", "Board of Directors"),
        ("table", cover),
        ("break",),
        ("title", title),
        ("ph", 12, "1. Introduction"),
        ("pn", "1.1\tThis report from the Freedom to Speak Up Guardian covers the six months from 1 July to 31 "
               "December 2025. It sets out how many concerns were raised, what they were about, how they were "
               "handled and what the Trust has learned."),
        ("pn", "1.2\tEvery NHS trust has had a Freedom to Speak Up Guardian since 2016. The Guardian reports to the "
               "Board twice a year and meets the Chief Executive and the Senior Independent Director every quarter. "
               "The Guardian is supported by 20 Speak Up Champions across the Trust’s three hospital sites."),
        ("ph", 12, "2. Concerns raised"),
        ("pn", "2.1\tTable 1 shows the concerns raised in each quarter, with the same quarters of last year for "
               "comparison. A concern may have more than one element, so the columns do not add up to the total."),
        ("table", {"cols": [3.7, 2.3, 2.9, 2.7, 2.9, 2.5], "rules": True, "font": 9,
                   "header": ["Quarter", "Concerns raised", "Raised anonymously", "Patient safety element",
                              "Behaviours (incl. bullying)", "Detriment reported"], "rows": [
            ["Q2 2024/25", "33", "5", "6", "14", "1"],
            ["Q3 2024/25", "38", "4", "5", "15", "2"],
            ["Q2 2025/26", "45", "6", "5", "19", "3"],
            ["Q3 2025/26", "52", "3", "6", "21", "1"],
            [{"text": "Q2 and Q3 2025/26", "bold": True}, {"text": "97", "bold": True},
             {"text": "9", "bold": True}, {"text": "11", "bold": True}, {"text": "40", "bold": True},
             {"text": "4", "bold": True}],
        ]}),
        ("pn", "2.2\tNursing and midwifery staff raised 38% of concerns, additional clinical services staff 22%, "
               "medical staff 9% and administrative, estates and facilities staff the rest. The emergency department "
               "and the two surgical wards at Ravensmere General Hospital accounted for a quarter of all concerns."),
        ("pn", "2.3\tAnonymous concerns fell to 9% of the total, from 13% last year. The national figure for 2024/25 "
               "was 11%."),
        ("ph", 12, "3. How concerns were handled"),
        ("pn", "3.1\tEvery concern was acknowledged within two working days. Of the 97 concerns, 68 have been closed; "
               "the median time to close a concern was 34 days, against the Trust’s standard of 45 days."),
        ("pn", "3.2\tThe four reports of detriment were each reviewed by the Director of HR with the Guardian. Two "
               "were upheld and led to action with the managers concerned; one was not upheld; one is still being "
               "reviewed."),
        ("ph", 12, "4. Themes and learning"),
        ("pn", "4.1\tThe main themes in the period were:"),
        ("list", "bullet", 1, [
            "incivility between staff groups in the emergency department, especially at night and at weekends;",
            "staffing levels on Ward 12, which were escalated to the Director of Nursing as a patient safety concern "
            "and led to an extra registered nurse on the night shift;",
            "managers who did not know how to respond when a concern was raised with them informally; and",
            "internationally recruited staff, who told the Guardian they were less likely to speak up in their first "
            "year for fear of the effect on their visa.",
        ]),
        ("pn", "4.2\tThe National Guardian’s Office recommends that boards review their speaking up arrangements at "
               "least every two years using its reflection and planning tool. The Board last did so in March 2024; "
               "the plan at Appendix 1 draws on a new review completed by the Executive Team in February 2026."),
        ("ph", 12, "5. Progress against the 2025 plan"),
        ("pn", "5.1\tEight of the ten actions in the 2025 plan are complete. The manager training module and the exit "
               "survey question were carried into the new plan as actions 2 and 5; the exit survey question has since "
               "been added."),
        ("ph", 12, "6. NHS Staff Survey 2025"),
        ("pn", "6.1\tIn the 2025 NHS Staff Survey, 61% of the Trust’s staff agreed that they feel safe to speak up "
               "about anything that concerns them (national average for acute trusts 62%), and 49% agreed that they "
               "are confident the organisation would address their concern (national average 50%)."),
        ("ph", 12, "7. Speak Up Champions"),
        ("pn", "7.1\tChampions currently give their time on top of their normal duties. Two hours of protected time a "
               "month for each of the 20 Champions would cost about £18,400 a year in backfill, which the Chief "
               "People Officer will meet from the existing workforce budget."),
        ("ph", 12, "8. Recommendations"),
        ("pn", "8.1\tThe recommendations are set out on the cover sheet."),
        ("p", "**Contact:** Freedom to Speak Up Guardian (K.M.) – speakup@ravensmerehospitals.example – 01632 960 271 "
              "(confidential line)"),
        ("break",),
        ("ph", 13, "Appendix 1: Speaking Up Improvement Plan 2026/27"),
        ("p", "**Status key:** Complete – the action has been delivered; In progress – work has started; Not started – "
              "work will begin later in 2026/27. Actions 2 and 5 are carried forward from the 2025 plan."),
        ("table", {"cols": [1.0, 7.4, 4.2, 2.4, 2.0], "font": 9, "header_fill": "1F3864",
                   "header": ["<<FFFFFF|No.>>", "<<FFFFFF|Action>>", "<<FFFFFF|Lead>>", "<<FFFFFF|Target date>>",
                              "<<FFFFFF|Status>>"],
                   "rows": [[n, text, lead, target, {"text": word, "fill": status_fill[word]}]
                            for n, text, lead, _, target, _, word, _ in plan]}),
        ("p", "The plan will be monitored by the People Committee, which will report progress to the Board in the "
              "Guardian’s next report in September 2026."),
    ]
    return {
        "name": "ravensmere-hospitals-board-freedom-to-speak-up-report",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-18", "doc_title": title, "author": TRUST, "ninth_m": True, "cant_split": True,
                 "font": "Liberation Sans", "size": 10, "title_size": 16, "title_color": "1F3864",
                 "m_header": ("Ravensmere Hospitals NHS Foundation Trust – Board of Directors – 26 March 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="foundation trust board paper with a four-column cover sheet (purpose and assurance tick "
                           "boxes, strategic objectives, BAF risks) whose Recommendations row holds \"The Board is "
                           "asked to:\" and bulleted capital-verb lines, and an appended improvement plan",
                     kind="committee-report", title=title, authority=TRUST, date="2026-03-26",
                     meeting="Board of Directors",
                     recommendations=[recommendation(None, text, verb=verb, addressee="Board") for verb, text in recs],
                     actions=[action(n, text, owners, target, due, status)
                              for n, text, _, owners, target, due, _, status in plan]),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10 pt, italic running header with \"Page X of Y\" "
                  "fields, rows that may not split. A right-aligned bold trust line and a \"Board of Directors\" line; "
                  "a four-column cover sheet with pale blue-grey labels (Meeting / Agenda item / Date of meeting / "
                  "Paper ref. / Report title / Executive lead / Report author / Purpose with ☒/☐ boxes / Executive "
                  "summary / Recommendations / Level of assurance / Strategic objectives / Board Assurance Framework / "
                  "Previously considered by / Impact). The Recommendations cell holds \"The Board is asked to:\" and "
                  "four Word bullets opening with bold capital verbs (NOTE / RECEIVE / APPROVE / SUPPORT; \";\" and "
                  "\"; and\"). \"Previously considered by\" says the People Committee \"recommended that the Board "
                  "approve …\" (not an item). After a page break the report: bold numbered headings, typed 1.1–8.1 "
                  "paragraphs, a ruled figures table with a bold total row, themes bullets, \"The National Guardian’s "
                  "Office recommends that …\" (not an item), \"8.1 The recommendations are set out on the cover "
                  "sheet.\", a contact line. After another page break, Appendix 1: a status key paragraph (Complete / "
                  "In progress / Not started) and a navy-headed table No. | Action | Lead | Target date | Status with "
                  "shaded status cells; leads split by \"/\" plus line break, \";\", \"and\" between two posts and \", "
                  "with\", one role with commas inside; target dates \"June 2026\", \"Q2 2026/27\", \"30/06/2026\", "
                  "\"31 December 2026\", \"April 2026\", \"Q3 2026/27\", \"Board, March 2027\", \"Ongoing\".",
    }


# ---------------------------------------------------------------------------
# S2. Board action log and matters arising (PDF, HTML → Chromium), A4 landscape, Liberation Sans
#     9.5 pt, exact colours and CSS page-margin boxes (a footer line on the left, "Page n of m" on
#     the right). A bold capitals trust line, a navy title and a borderless details table with bold
#     labels; "1. Purpose" (no "asked to"); "2. Matters arising" as bold-led paragraphs per minute
#     (not items, one a Chair's letter already sent); "3. Status key" as a headerless two-column table
#     of shaded words (Complete / On track / Revised date / Overdue / Not yet due / Transferred);
#     "4. Open actions", a navy-headed table Action ref | Meeting | Minute | Action | Lead | Due |
#     Status | Update with status words in shaded cells and one empty update; "5. Actions transferred
#     to Board committees", a second table Action ref | Meeting | Action | Lead | Transferred to |
#     Status. No recommendation.
# ---------------------------------------------------------------------------


def trust_board_action_log():
    title = "Action Log and Matters Arising"
    fills = {"Complete": "A9D08E", "On track": "E2EFDA", "Revised date": "FFD966", "Overdue": "F4B084",
             "Not yet due": "E7E6E6", "Transferred": "D9D2E9"}
    statuses = {"Complete": "completed", "On track": "ongoing", "Revised date": "ongoing", "Overdue": None,
                "Not yet due": "not-started", "Transferred": "superseded"}
    # (ref, meeting, minute, action, lead cell, owners, due cell, due, status word, update)
    open_actions = [
        ("BoD/25/041", "22/05/25", "25/58 Integrated performance report",
         "Bring a deep dive on cancer 62-day performance in the urology pathway to a Board development session.",
         "Chief Operating Officer", ["Chief Operating Officer"], "Revised: May 2026 (was Nov 2025)", "2026-05",
         "Revised date", "Moved to the May session so that the first three months of data from the new community "
                         "diagnostic centre can be included."),
        ("BoD/25/067", "25/09/25", "25/92 Estates strategy",
         "Publish a phased plan for replacing the two ward blocks at Ravensmere General Hospital that are past their "
         "design life.",
         "Director of Estates and Facilities /\nChief Finance Officer",
         ["Director of Estates and Facilities", "Chief Finance Officer"], "April 2026", "2026-04", "On track",
         "Draft plan reviewed by the Finance and Investment Committee on 10 March 2026; final version to the April "
         "Board."),
        ("BoD/25/079", "27/11/25", "25/118 Patient experience report",
         "Report back on the pilot of the interpreter booking system in the emergency department.",
         "Director of Nursing", ["Director of Nursing"], "Jan-26", "2026-01", "Overdue", ""),
        ("BoD/25/083", "27/11/25", "25/121 Guardian of safe working report",
         "Circulate the rota gap figures for resident doctors, by specialty, to Board members.",
         "Medical Director", ["Medical Director"], "31/12/2025", "2025-12-31", "Complete",
         "Circulated by e-mail on 12 December 2025."),
        ("BoD/26/004", "29/01/26", "26/06 Winter plan",
         "Provide a breakdown of ambulance handover delays by hour of arrival, split between weekdays and weekends.",
         "Chief Operating Officer; Associate Director of Performance",
         ["Chief Operating Officer", "Associate Director of Performance"], "Next meeting", None, "Complete",
         "Included in the integrated performance report at item 3.1."),
        ("BoD/26/009", "29/01/26", "26/11 Green plan",
         "Include a measure of anaesthetic gas emissions in the annual sustainability report.",
         "Director of Estates and Facilities", ["Director of Estates and Facilities"], "July 2026 Board", "2026-07",
         "Not yet due", "The annual sustainability report is due at the July 2026 Board."),
        ("BoD/26/012", "29/01/26", "26/14 Healthwatch Ravensmere discharge report",
         "Agree with Healthwatch Ravensmere how the Trust will tell patients about the changes made to discharge "
         "letters.",
         "Director of Nursing,\nHead of Patient Experience", ["Director of Nursing", "Head of Patient Experience"],
         "30/04/2026", "2026-04-30", "On track",
         "Meeting with Healthwatch Ravensmere held on 4 March 2026; a ‘you said, we did’ page is being drafted."),
        ("BoD/26/013", "29/01/26", "26/14 Healthwatch Ravensmere discharge report",
         "Invite Healthwatch Ravensmere to present its next report to the Board in public.",
         "Trust Secretary", ["Trust Secretary"], "TBC", None, "Not yet due",
         "Date to be agreed once Healthwatch Ravensmere publishes its 2026/27 work programme."),
    ]
    transferred = [
        ("BoD/25/052", "24/07/25", "Review the learning from the never event in main theatres and report the actions "
                                   "taken to prevent a recurrence.",
         "Medical Director", ["Medical Director"], "Quality Committee (action QC/26/03)"),
        ("BoD/25/071", "25/09/25", "Set out a recovery plan for mandatory training compliance among estates and "
                                   "facilities staff.",
         "Chief People Officer", ["Chief People Officer"], "People Committee (action PC/26/02)"),
    ]

    def status_cell(word):
        return {"text": f"**{word}**", "fill": fills[word]}

    navy = "1F3864"
    white = lambda words: f"<<FFFFFF|{words}>>"
    blocks = [
        ("p", "**RAVENSMERE HOSPITALS NHS FOUNDATION TRUST**"),
        ("title", title),
        ("table", {"cols": [3.2, 8.0, 3.4, 8.0], "borders": False, "rows": [
            [{"text": "Meeting:", "bold": True}, "Board of Directors – Part 1 (public)",
             {"text": "Date:", "bold": True}, "26 March 2026"],
            [{"text": "Agenda item:", "bold": True}, "1.5", {"text": "Presented by:", "bold": True}, "Trust Secretary"],
            [{"text": "Log updated:", "bold": True}, "17 March 2026", {"text": "Minutes referred to:", "bold": True},
             "29 January 2026"],
        ]}),
        ("h", 2, "1. Purpose"),
        ("p", "This paper sets out the matters arising from the minutes of the meeting held on 29 January 2026 that are "
              "not covered elsewhere on the agenda, and the Board’s action log, which begins on the next page. The log lists every action agreed by "
              "the Board in public that was still open after the January meeting, with the owner’s update at 17 March "
              "2026. Actions marked Complete will be removed from the log after this meeting unless a Board member "
              "raises a question about them."),
        ("h", 2, "2. Matters arising"),
        ("p", "**Minute BoD 26/07 – Maternity services.** The Director of Midwifery confirmed that the third consultant "
              "midwife post has been filled; the postholder starts on 13 April 2026."),
        ("p", "**Minute BoD 26/10 – Integrated performance report.** The Chief Operating Officer reported that "
              "performance against the four-hour standard in February 2026 was 73.8%, above the recovery trajectory "
              "of 72%. The full figures are in item 3.1."),
        ("p", "**Minute BoD 26/15 – Any other business.** The Chair has written to Healthwatch Ravensmere to thank its "
              "volunteers for their work on the discharge report."),
        ("h", 2, "3. Status key"),
        ("table", {"cols": [3.2, 19.4], "font": 9, "rows": [
            [status_cell("Complete"), "The owner reports that the action is done. It will be removed after this meeting."],
            [status_cell("On track"), "Work has started and the action will be delivered by the due date."],
            [status_cell("Revised date"), "Work has started, but the Board has agreed a later due date, shown with the "
                                          "original date."],
            [status_cell("Overdue"), "The due date has passed and no update or revised date has been given."],
            [status_cell("Not yet due"), "Work is not due to start until later in the year."],
            [status_cell("Transferred"), "The action has moved to a Board committee’s action log and is no longer "
                                         "tracked here."],
        ]}),
        ("break",),
        ("h", 2, "4. Open actions"),
        ("table", {"cols": [2.3, 1.7, 3.1, 5.6, 3.5, 2.4, 2.0, 5.0], "font": 8.5, "header_fill": navy,
                   "header": [white(h) for h in ("Action ref", "Meeting", "Minute", "Action", "Lead", "Due", "Status",
                                                 "Update")],
                   "rows": [[ref, meeting, minute, text, lead, due_cell, status_cell(word), update]
                            for ref, meeting, minute, text, lead, _, due_cell, _, word, update in open_actions]}),
        ("break",),
        ("h", 2, "5. Actions transferred to Board committees"),
        ("p", "These actions were moved to a committee’s action log at the January meeting. They are shown here once "
              "more and will then be removed; progress is reported through the committee’s chair’s report."),
        ("table", {"cols": [2.3, 1.7, 8.7, 3.5, 4.4, 2.0], "font": 8.5, "header_fill": navy,
                   "header": [white(h) for h in ("Action ref", "Meeting", "Action", "Lead", "Transferred to",
                                                 "Status")],
                   "rows": [[ref, meeting, text, lead, to, status_cell("Transferred")]
                            for ref, meeting, text, lead, _, to in transferred]}),
        ("p", "**Contact:** Trust Secretary – trust.secretary@ravensmerehospitals.example – 01632 960 205"),
    ]
    css = ("* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
           "h1.title { color: #1F3864; }\n"
           "h2 { color: #1F3864; page-break-after: avoid; }\n"
           "@page { margin: 14mm 14mm 16mm 14mm;\n"
           "  @bottom-left { content: 'Ravensmere Hospitals NHS Foundation Trust – Board of Directors – 26 March "
           "2026 – Item 1.5'; font-size: 7.5pt; color: #555; font-family: 'Liberation Sans', sans-serif; }\n"
           "  @bottom-right { content: 'Page ' counter(page) ' of ' counter(pages); font-size: 7.5pt; "
           "color: #555; font-family: 'Liberation Sans', sans-serif; } }\n")
    gold_actions = [action(ref, text, owners, due_cell, due, statuses[word])
                    for ref, _, _, text, _, owners, due_cell, due, word, _ in open_actions]
    gold_actions += [action(ref, text, owners, None, None, "superseded")
                     for ref, _, text, _, owners, _ in transferred]
    return {
        "name": "ravensmere-hospitals-board-action-log-march-2026",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Board of Directors – Action Log and Matters Arising – 26 March 2026",
                 "landscape": True, "css_font": "'Liberation Sans', sans-serif", "size": 9.5,
                 "title_color": "1F3864", "ninth_m": True, "m_css": css},
        "blocks": blocks,
        "gold": dict(genre="foundation trust board action log and matters arising: status key, open actions and "
                           "actions transferred to committees; no recommendation",
                     kind="tracker", title=title, authority=TRUST, date="2026-03-26", meeting="Board of Directors",
                     actions=gold_actions),
        "layout": "PDF (HTML → Chromium), A4 landscape, Liberation Sans 9.5 pt, exact colours and CSS page-margin "
                  "boxes (a footer line on the left, \"Page n of m\" on the right). A bold capitals trust line, a navy "
                  "title and a borderless details table with bold labels (Meeting / Date / Agenda item / Presented by / "
                  "Log updated / Minutes referred to); \"1. Purpose\" (nothing asked of the Board); \"2. Matters "
                  "arising\" as bold-led paragraphs per minute, one a Chair's letter already sent (not items); \"3. "
                  "Status key\", a headerless two-column table of shaded bold words (Complete / On track / Revised "
                  "date / Overdue / Not yet due / Transferred) with their meanings; \"4. Open actions\", a navy-headed "
                  "8.5 pt table Action ref | Meeting | Minute | Action | Lead | Due | Status | Update, refs BoD/25/041 "
                  "… BoD/26/013, meeting dates dd/mm/yy, status words bold in shaded cells, one empty update; leads "
                  "split by \"/\" plus line break, \";\" and \",\" plus line break; due cells \"Revised: May 2026 (was "
                  "Nov 2025)\", \"April 2026\", \"Jan-26\", \"31/12/2025\", \"Next meeting\", \"July 2026 Board\", "
                  "\"30/04/2026\", \"TBC\"; \"5. Actions transferred to Board committees\", a second table Action ref "
                  "| Meeting | Action | Lead | Transferred to | Status (no due column). A contact line. No "
                  "recommendation.",
    }


# ---------------------------------------------------------------------------
# S3. Place partnership board minutes (DOCX, Markdown → pandoc). A bold line naming the two hosts,
#     the H1 board name and a "Minutes of the meeting …" line; attendance as a pipe table Member |
#     Role | Organisation and In attendance / Apologies paragraphs (not items). Heading 2 items "1."
#     … "8." hold discussion only: a declaration, matters arising, a Healthwatch "recommended that …"
#     (not an item), "The Board noted …", a Chair's undertaking to write (not an action) and pointers
#     "(decision D2)". Then, after a raw page break, "Decisions and agreements", a grid table Ref | Item | Decision or agreement
#     with refs D1–D6 (one passive "were agreed as an accurate record", the rest past-tense verbs
#     without a subject), and after another, "Actions", a grid table Ref | Item | Action | Owner | Deadline (one
#     carried forward with a revised date, one empty deadline). Next meeting and signature lines.
# ---------------------------------------------------------------------------


def copperleigh_ppb_minutes():
    board = "Copperleigh Place Partnership Board"
    # (ref, item, text)
    decisions = [
        ("D1", "2", "The minutes of the meeting held on 18 December 2025 were agreed as an accurate record."),
        ("D2", "3", "Agreed the Copperleigh Neighbourhood Health Plan 2026-28 for publication, subject to the "
                    "changes to the workforce section discussed at the meeting."),
        ("D3", "3", "Agreed that the neighbourhood teams in Copperleigh North, Central and East move to extended "
                    "hours (8.00am to 8.00pm on weekdays) from 1 June 2026, and that the South team follows when "
                    "its new base opens."),
        ("D4", "4", "Approved the terms of reference of the Frailty Steering Group and agreed that it reports to the "
                    "Board as a sub-group from April 2026."),
        ("D5", "6", "Approved the allocation of £480,000 from the Inequalities Fund 2026/27 to the six projects listed "
                    "in the paper, on condition that each project reports its outcomes every six months."),
        ("D6", "6", "Delegated to the Place Director (Copperleigh), in consultation with the Chair and the Director of "
                    "Adult Social Services, the allocation of the remaining £60,000 of the Fund."),
    ]
    # (ref, item, action, owner cell, owners, deadline cell, due)
    actions = [
        ("PPB/25/A31", "2", "Complete the audit of community transport for patients travelling to Copperleigh "
                            "Memorial Hospital and report the results to the Board.",
         "Head of Place Partnerships /\n\nCopperleigh Voluntary Action",
         ["Head of Place Partnerships", "Copperleigh Voluntary Action"],
         "Revised: 30 April 2026 (was 31 January 2026)", "2026-04-30"),
        ("PPB/26/A01", "3", "Publish the Neighbourhood Health Plan with the changes agreed at the meeting.",
         "Programme Manager, Neighbourhood Health", ["Programme Manager, Neighbourhood Health"],
         "13 March 2026", "2026-03-13"),
        ("PPB/26/A02", "3", "Set out the workforce plan for extended hours, including the number of extra staff "
                            "needed and how they will be recruited.",
         "Chief Executive (Copperleigh Community Health NHS Trust) and Director of Adult Social Services",
         ["Chief Executive (Copperleigh Community Health NHS Trust)", "Director of Adult Social Services"],
         "Next meeting", None),
        ("PPB/26/A03", "5", "Add breakdowns by ethnicity and by neighbourhood to the Health Inequalities Dashboard.",
         "Director of Public Health; Senior Public Health Analyst",
         ["Director of Public Health", "Senior Public Health Analyst"], "End of April 2026", "2026-04"),
        ("PPB/26/A04", "6", "Write to the six successful projects to confirm their awards and the reporting "
                            "conditions.",
         "Head of Place Partnerships", ["Head of Place Partnerships"], "", None),
        ("PPB/26/A05", "7", "Circulate the final winter report to members when the national data for March are "
                            "published.",
         "Chief Operating Officer (Ravensmere Hospitals NHS Foundation Trust)",
         ["Chief Operating Officer (Ravensmere Hospitals NHS Foundation Trust)"], "Q1 2026/27", "2026-06"),
    ]
    attendance = "\n".join([
        "| Member | Role | Organisation |",
        "|:----------------|:--------------------------------------------|:------------------------------------|",
        "| Cllr A.D. (Chair) | Cabinet Member for Adult Social Care and Health | Copperleigh City Council |",
        "| P.R. (Vice-Chair) | Place Director (Copperleigh) | NHS Ravensmere Integrated Care Board |",
        "| H.S. | Director of Adult Social Services | Copperleigh City Council |",
        "| J.W. | Director of Public Health | Copperleigh City Council |",
        "| M.K. | Chief Executive | Copperleigh Community Health NHS Trust |",
        "| R.B. | Chief Operating Officer | Ravensmere Hospitals NHS Foundation Trust |",
        "| Dr T.N. | Clinical Director, Copperleigh Central Primary Care Network | Primary care |",
        "| S.F. | Chief Executive | Copperleigh Voluntary Action |",
        "| L.C. | Manager | Healthwatch Copperleigh |",
    ])
    decision_table = grid_table([7, 7, 66], ["Ref", "Item", "Decision or agreement"],
                                [[ref, item, text] for ref, item, text in decisions])
    action_table = grid_table([14, 8, 32, 26, 16], ["Ref", "Item", "Action", "Owner", "Deadline"],
                              [[ref, item, text, owner, deadline] for ref, item, text, owner, _, deadline, _ in actions])
    md = [
        "**Copperleigh City Council and NHS Ravensmere Integrated Care Board**",
        f"# {board}",
        "Minutes of the meeting held on Thursday 19 February 2026 at 2.00pm in Committee Room 2, Copperleigh Civic "
        "Centre, and online",
        "**Present**",
        attendance,
        "**In attendance:** Head of Place Partnerships (G.H., minutes); Programme Manager, Neighbourhood Health (E.V.) "
        "for item 3; Senior Public Health Analyst (Y.T.) for item 5.",
        "**Apologies:** Cllr B.M.; Medical Director, Copperleigh Community Health NHS Trust.",
        "## 1. Welcome, apologies and declarations of interest",
        "The Chair welcomed members and noted the apologies above. Dr T.N. declared an interest in item 6 as a partner "
        "in a practice that hosts one of the projects recommended for funding, and took no part in that item.",
        "## 2. Minutes of the last meeting and matters arising",
        "The minutes of 18 December 2025 were taken as read (decision D1). Four of the five actions from December "
        "are complete. The community transport audit (PPB/25/A31) has been delayed because the patient survey was "
        "extended to include the half-term week; it is carried forward with a revised date.",
        "## 3. Neighbourhood Health Plan 2026-28",
        "E.V. presented the final draft of the plan, which brings community nursing, therapy, social work, mental "
        "health and voluntary sector support together in four neighbourhood teams, each serving about 60,000 people.",
        "Members welcomed the plan but were concerned that the workforce section did not say how many extra staff "
        "extended hours would need. M.K. explained that the Trust’s modelling assumed 22 whole-time equivalent posts "
        "across health and social care, most of them filled by changing existing rotas.",
        "L.C. reported that residents who took part in Healthwatch Copperleigh’s listening events wanted to know "
        "which team covered their street. Healthwatch Copperleigh recommended that each neighbourhood team publishes "
        "its opening hours, its base and a single telephone number.",
        "After discussion the Board reached the decisions recorded at D2 and D3 below.",
        "## 4. Frailty Steering Group – terms of reference",
        "H.S. introduced draft terms of reference for the Frailty Steering Group, which has met informally since "
        "September 2025. Members asked that the Group includes a carers’ representative; this has been added. See "
        "decision D4.",
        "## 5. Health Inequalities Dashboard – Quarter 3 2025/26",
        "Y.T. presented the dashboard. Life expectancy at birth in Copperleigh East remains 7.9 years lower for men and "
        "6.1 years lower for women than in Copperleigh North. Uptake of the second dose of the MMR vaccine at five "
        "years fell to 84.2% in Copperleigh East, against 91.6% for the city as a whole.",
        "The Board noted the dashboard. The Chair agreed to write to the ICB Chief Executive about the fall in "
        "childhood immunisation rates in Copperleigh East.",
        "## 6. Inequalities Fund 2026/27",
        "P.R. presented the recommendations of the assessment panel, which scored 23 applications. Six projects were "
        "recommended for awards totalling £480,000, leaving £60,000 unallocated for a second round in the summer. "
        "Dr T.N. left the meeting for this item. See decisions D5 and D6.",
        "## 7. Winter update",
        "R.B. reported that the four-hour performance at Ravensmere General Hospital for Copperleigh residents was "
        "74.1% in January 2026, and that the number of people in hospital who no longer needed to be there had fallen "
        "from 61 to 44 since November. The Board noted the update.",
        "## 8. Any other business",
        "There was no other business.",
        PAGE_BREAK_MD,
        "## Decisions and agreements",
        "The Board made the following decisions and agreements at this meeting. Each is numbered for the Board’s "
        "decision register.",
        decision_table,
        PAGE_BREAK_MD,
        "## Actions",
        action_table,
        "**Date of next meeting:** Thursday 16 April 2026, 2.00pm, Copperleigh Civic Centre.",
        "Signed ……………………………… (Chair)          Date ………………………",
    ]
    return {
        "name": "copperleigh-place-partnership-board-minutes-february-2026",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-02-26"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="place partnership board minutes whose items hold discussion only, with a closing "
                           "\"Decisions and agreements\" table (Ref | Item | Decision or agreement) and an \"Actions\" "
                           "table (Ref | Item | Action | Owner | Deadline)",
                     kind="minutes", title=board, authority=CCC, date="2026-02-19", meeting=board,
                     decisions=[decision(item, ref, text, board) for ref, item, text in decisions],
                     actions=[action(ref, text, owners, deadline or None, due, None)
                              for ref, _, text, _, owners, deadline, due in actions]),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold line naming the two hosts (Copperleigh City "
                  "Council and NHS Ravensmere Integrated Care Board), the H1 board name and a \"Minutes of the meeting "
                  "…\" line; attendance as a pipe table Member | Role | Organisation (initials and roles) and bold-led "
                  "In attendance / Apologies paragraphs (not items). Heading 2 items \"1.\" … \"8.\" hold discussion "
                  "only: a declaration, matters arising, \"Healthwatch Copperleigh recommended that …\" (reported, not "
                  "an item), \"The Board noted …\", a Chair's undertaking to write (not an action) and pointers such as "
                  "\"(decision D1)\" and \"See decision D4.\". Then, after a page break, a Heading 2 \"Decisions and agreements\" with a "
                  "grid table Ref | Item | Decision or agreement, refs D1–D6: one passive \"The minutes … were agreed as "
                  "an accurate record.\", the rest past-tense verbs without a subject (Agreed / Approved / Delegated). "
                  "After another page break, a Heading 2 \"Actions\" with a grid table Ref | Item | Action | Owner | Deadline, refs PPB/25/A31 "
                  "(carried forward) and PPB/26/A01–A05; owners split by \"/\" plus a paragraph break, \";\" and "
                  "\"and\" between two posts, bracketed bodies after posts, one comma inside a role; deadlines "
                  "\"Revised: 30 April 2026 (was 31 January 2026)\", \"13 March 2026\", \"Next meeting\", \"End of "
                  "April 2026\", one empty, \"Q1 2026/27\"; no status column. Next meeting and signature lines.",
    }


# ---------------------------------------------------------------------------
# S4. Scrutiny committee report with the NHS response (DOCX, python-docx), Calibri 10.5 pt (falls
#     back), italic running header with "Page X of Y", rows that may not split. A bold capitals
#     council line; a two-column front table with pale green labels; the title; bold numbered
#     headings with typed paragraphs; "1.1 The Committee is asked to consider …" (the covering
#     recommendation); an options table and "The Clinical Senate … recommended Option B" (not items);
#     "5.1 … the Committee may:" with a Word-lettered (a)–(c) list of options (not items). Appendix A
#     (after a page break): the Committee's response, Word-numbered comments 1.–6. (not items) and
#     recommendations R1–R6 as typed paragraphs with bold labels under bold theme lines. Appendix B
#     (after a page break): the ICB's reply table Recommendation | ICB response | Accepted? | Lead |
#     By when with a green header, the recommendation restated in full under its bold label.
# ---------------------------------------------------------------------------


def copperleigh_hasc_nhs_response():
    committee = "Health and Adult Social Care Scrutiny Committee"
    title = "Community Beds Consultation: the NHS Response to the Committee’s Recommendations"
    covering = ("The Committee is asked to consider the response of NHS Ravensmere Integrated Care Board and "
                "Copperleigh Community Health NHS Trust at Appendix B and to decide whether it wishes to take any "
                "further action before the ICB Board makes its decision on 21 May 2026.")
    # (no., theme, text, verb, addressee, response, accepted word, decision, lead cell, owners, by when, due, status)
    recs = [
        ("R1", "Access and travel",
         "That the ICB publishes the travel time analysis for each option, by ward, before it makes its decision.",
         "PUBLISHES", "ICB",
         "The ICB accepts this recommendation. The travel time analysis for all three options, by ward and by public "
         "transport and car, will be published with the decision-making business case.",
         "Yes", "accepted", "Director of Strategy and Transformation, NHS Ravensmere ICB",
         ["Director of Strategy and Transformation, NHS Ravensmere ICB"], "May 2026", "2026-05", None),
        ("R2", "Access and travel",
         "That a funded transport scheme for visitors is in place before any beds close at Copperleigh Memorial "
         "Hospital.",
         None, None,
         "A volunteer driver scheme for patients’ visitors, run by Copperleigh Voluntary Action and funded by the "
         "ICB, has operated since October 2025. Its funding has been extended to March 2028.",
         "Yes", "accepted", "Place Director (Copperleigh)", ["Place Director (Copperleigh)"], "Already in place",
         None, "completed"),
        ("R3", "Workforce",
         "That the Trust sets out how it will recruit and keep the 34 additional community nurses on which the "
         "preferred option depends, and what it will do if it cannot.",
         "SETS", "Trust",
         "The Trust accepts this recommendation in part. It will publish its community nursing recruitment and "
         "retention plan, with quarterly figures. It does not think it right to set out a fallback position before "
         "the decision is made, but the business case will include the staffing level at which bed closures would "
         "be paused.",
         "Partly", "partially-accepted", "Chief Operating Officer (Trust) /\nChief Nurse (ICB)",
         ["Chief Operating Officer (Trust)", "Chief Nurse (ICB)"], "Q2 2026/27", "2026-09", None),
        ("R4", "Discharge and social care",
         "That the ICB and Copperleigh City Council agree a joint plan for discharge to assess beds before the "
         "decision is made.",
         "AGREE", "ICB and Copperleigh City Council",
         "Agreed. A draft joint plan will go to the Copperleigh Place Partnership Board on 16 April 2026 and will form "
         "part of the business case.",
         "Yes", "accepted", "Director of Adult Social Services;\nPlace Director (Copperleigh)",
         ["Director of Adult Social Services", "Place Director (Copperleigh)"], "16 April 2026", "2026-04-16", None),
        ("R5", "Discharge and social care",
         "That the Trust reports to the Committee six months and twelve months after the new model begins on "
         "readmissions, length of stay and patient experience.",
         "REPORTS", "Trust",
         "Accepted. The new model is expected to begin in July 2026, so the first report will come to the "
         "Committee in January 2027.",
         "Yes", "accepted", "Chief Operating Officer, Copperleigh Community Health NHS Trust",
         ["Chief Operating Officer, Copperleigh Community Health NHS Trust"], "Six-monthly from January 2027",
         "2027-01", None),
        ("R6", "Engagement",
         "That the ICB extends the consultation by four weeks so that the Copperleigh Deaf Community Association can "
         "hold signed events.",
         "EXTENDS", "ICB",
         "The ICB does not accept this recommendation. The consultation closed on 12 January 2026 and could not be "
         "reopened without delaying the decision into the winter. Instead, two events with British Sign Language "
         "interpreters were held with the Association in February 2026 and their views are included in the "
         "consultation report.",
         "No", "rejected", "N/A", [], "N/A", None, None),
    ]
    comments = [
        "The Committee supports the aim of caring for more people in their own homes and agrees that some people now "
        "stay in community beds longer than they need to.",
        "The consultation document was clear, but its summary did not say that Option B closes 24 of the 40 beds at "
        "Copperleigh Memorial Hospital.",
        "Residents of Copperleigh East, where car ownership is lowest, would face the longest journeys to the "
        "remaining beds.",
        "The preferred option depends on recruiting community nurses in a market where the Trust already has a "
        "vacancy rate of 14%.",
        "The Council’s reablement service will need more capacity if more people are discharged straight home.",
        "Deaf residents told the Committee that the events were not accessible to them.",
    ]
    label_g = lambda text: {"text": text, "bold": True, "fill": "E2EFDA"}
    blocks = [
        ("p", "**COPPERLEIGH CITY COUNCIL**"),
        ("table", {"cols": [4.4, 12.6], "font": 10, "rows": [
            [label_g("Report to"), committee],
            [label_g("Date of meeting"), "Tuesday 10 March 2026"],
            [label_g("Agenda item"), "6"],
            [label_g("Report of"), "Scrutiny Officer, on behalf of the Chair of the Committee"],
            [label_g("NHS contributors"), "Director of Strategy and Transformation, NHS Ravensmere Integrated Care "
                                          "Board\nChief Operating Officer, Copperleigh Community Health NHS Trust"],
            [label_g("Wards"), "All"],
            [label_g("Exempt"), "No"],
        ]}),
        ("title", title),
        ("ph", 12, "1. Recommendation"),
        ("pn", "1.1\t" + covering),
        ("ph", 12, "2. Background"),
        ("pn", "2.1\tBetween 6 October 2025 and 12 January 2026 NHS Ravensmere Integrated Care Board consulted on "
               "“Home First, Beds When Needed”, its proposals for the future of community beds in Copperleigh. The "
               "three options are summarised below."),
        ("table", {"cols": [2.4, 3.6, 3.4, 3.6, 4.0], "font": 9, "header_fill": "A9D08E",
                   "header": ["Option", "Beds at Copperleigh Memorial", "Beds elsewhere", "Extra community nurses",
                              "Change in annual cost"],
                   "rows": [
                       ["A (no change)", "40", "0", "0", "£0"],
                       ["B (preferred)", "16", "8 (Ravensmere General)", "34", "–£1.2 million"],
                       ["C", "24", "0", "20", "–£0.6 million"],
                   ]}),
        ("pn", "2.2\tThe regional Clinical Senate reviewed the clinical case in September 2025 and recommended Option "
               "B, subject to the community nursing workforce being in place first."),
        ("pn", "2.3\tAs the proposal is a substantial change to health services for Copperleigh residents, the ICB "
               "must consult the Committee. The Committee may comment, make recommendations and, in the last resort, "
               "ask the Secretary of State to intervene."),
        ("ph", 12, "3. The Committee’s response"),
        ("pn", "3.1\tThe Committee agreed its response at its meeting on 8 January 2026, after hearing from the ICB, "
               "the Trust, Healthwatch Copperleigh, Copperleigh Voluntary Action and the Copperleigh Deaf Community "
               "Association. The response, sent on 12 January 2026, is at Appendix A. It made six comments and six "
               "recommendations."),
        ("ph", 12, "4. The NHS response"),
        ("pn", "4.1\tThe ICB replied on 20 February 2026, on behalf of itself and the Trust. It accepts four "
               "recommendations in full and one in part, and does not accept one. The reply is at Appendix B."),
        ("pn", "4.2\tThe ICB Board will make its decision at its meeting in public on 21 May 2026. The Director of "
               "Strategy and Transformation will attend this meeting to answer members’ questions."),
        ("ph", 12, "5. Options for the Committee"),
        ("pn", "5.1\tHaving considered the response, the Committee may:"),
        ("list", "(a)", 1, [
            "accept the response and ask for the six-monthly reports promised under R5;",
            "ask the ICB for further information before 21 May 2026 on any recommendation; or",
            "if it is not satisfied that the consultation was adequate or that the proposal is in the interests of "
            "the health service in Copperleigh, consider asking the Secretary of State to call in the decision.",
        ]),
        ("ph", 12, "6. Implications"),
        ("pn", "6.1\t**Legal:** the Local Authority (Public Health, Health and Wellbeing Boards and Health Scrutiny) "
               "Regulations 2013 set out the Committee’s role in substantial changes. **Financial:** none for the "
               "Council arising from this report. **Equality:** the ICB’s equality impact assessment is a background "
               "paper."),
        ("p", "**Background papers:** “Home First, Beds When Needed” consultation document and equality impact "
              "assessment (NHS Ravensmere ICB, October 2025); minutes of the Committee, 8 January 2026."),
        ("p", "**Contact:** Scrutiny Officer, Copperleigh City Council, Civic Centre, Copperleigh – "
              "scrutiny@copperleigh.example – 01632 960 548"),
        ("break",),
        ("ph", 13, "Appendix A – The Committee’s response to the consultation (sent 12 January 2026)"),
        ("p", "To: Director of Strategy and Transformation, NHS Ravensmere Integrated Care Board"),
        ("p", "The Health and Adult Social Care Scrutiny Committee considered the proposals at its meeting on 8 "
              "January 2026. Its comments and recommendations are below."),
        ("ph", 11, "Comments"),
        ("list", "1.", 1, comments),
        ("ph", 11, "Recommendations"),
    ]
    theme = None
    for number, rec_theme, text, *_ in recs:
        if rec_theme != theme:
            blocks.append(("p", f"**{rec_theme}**"))
            theme = rec_theme
        blocks.append(("pn", f"**{number}**\t{text}"))
    blocks += [
        ("p", "Councillor C.E., Chair, Health and Adult Social Care Scrutiny Committee"),
        ("break",),
        ("ph", 13, "Appendix B – Response of NHS Ravensmere Integrated Care Board (20 February 2026)"),
        ("p", "The ICB’s response is given on behalf of the ICB and Copperleigh Community Health NHS Trust."),
        ("table", {"cols": [3.9, 6.0, 1.9, 3.0, 2.2], "font": 8.5, "header_fill": "A9D08E",
                   "header": ["Recommendation", "ICB response", "Accepted?", "Lead", "By when"],
                   "rows": [[f"**{number}**\n{text}", response, word, lead, by_when]
                            for number, _, text, _, _, response, word, _, lead, _, by_when, _, _ in recs]}),
        ("p", "Director of Strategy and Transformation, NHS Ravensmere Integrated Care Board – "
              "ravensmereicb.engagement@nhs.example – 01632 960 731"),
    ]
    gold_recs = [recommendation("1.1", covering, verb="CONSIDER", addressee="Committee")]
    for (number, rec_theme, text, verb, addressee, response, _, decision_word, _, owners, by_when, due,
         status) in recs:
        gold_recs.append(recommendation(number, text, verb=verb, addressee=addressee, theme=rec_theme, owners=owners,
                                        due=due, timeframe=None if by_when in ("N/A", "Already in place") else by_when,
                                        status=status, response=response, decision=decision_word))
    return {
        "name": "copperleigh-hasc-community-beds-consultation-nhs-response",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-02-27", "doc_title": title, "author": CCC, "ninth_m": True, "cant_split": True,
                 "font": "Calibri", "size": 10.5, "title_size": 16, "title_color": "375623",
                 "m_header": ("Copperleigh City Council – Health and Adult Social Care Scrutiny Committee – 10 March "
                              "2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="health scrutiny committee report presenting the committee's consultation response "
                           "(comments and R1–R6 recommendations) and the ICB's reply table Recommendation | ICB "
                           "response | Accepted? | Lead | By when",
                     kind="executive-response", title=title, authority=CCC, date="2026-03-10", meeting=committee,
                     recommendations=gold_recs),
        "layout": "DOCX (python-docx), Calibri 10.5 pt (falls back), italic running header with \"Page X of Y\" "
                  "fields, rows that may not split. A bold capitals council line; a two-column front table with pale "
                  "green labels (Report to / Date of meeting / Agenda item / Report of / NHS contributors / Wards / "
                  "Exempt); the green title; bold numbered headings (not styles) with typed 1.1–6.1 paragraphs; \"1.1 "
                  "The Committee is asked to consider …\" (the covering recommendation); an options table with a green "
                  "header and \"The … Clinical Senate … recommended Option B\" (not items); \"5.1 … the Committee "
                  "may:\" with a Word-lettered (a)–(c) list of options (not items); background papers and a contact "
                  "line. Appendix A after a page break: the Committee's response, a Word-numbered 1.–6. list of "
                  "comments (not items) and recommendations R1–R6 as typed paragraphs with bold labels under bold "
                  "theme lines (Access and travel / Workforce / Discharge and social care / Engagement); \"That the ICB "
                  "publishes …\", \"That the Trust sets out …\", one passive \"That a funded transport scheme … is in "
                  "place …\" and one with two bodies (\"That the ICB and Copperleigh City Council agree …\"). Appendix "
                  "B after a page break: the ICB's reply table Recommendation | ICB response | Accepted? | Lead | By "
                  "when, 8.5 pt, green header, the recommendation restated in full under its bold label; Accepted? "
                  "Yes / Partly / No; leads \"post, body\", \"/\" plus line break, \";\" plus line break, \"N/A\"; by "
                  "when \"May 2026\", \"Already in place\", \"Q2 2026/27\", \"16 April 2026\", \"Six-monthly from "
                  "January 2027\", \"N/A\".",
    }


# ---------------------------------------------------------------------------
# S5. Better Care Fund quarterly progress report (PDF, Markdown → pandoc DOCX → LibreOffice), pandoc's
#     styles. A bold capitals board line, a line block with bold labels (Report to / Date / Agenda item /
#     Report of / Status) and the H1; "1. Recommendation" with one unnumbered "The Health and Wellbeing
#     Board is asked to note …" sentence; summary bullets with figures; a spend pipe table with
#     bracketed variances and a bold total; a metrics pipe table with "On track" / "Not on track"; a
#     RAG key paragraph and a scheme delivery grid table No. | Scheme | Lead | Planned
#     outputs 2025/26 | Position at Q3 | RAG (not items: funded schemes, not actions); recovery prose for
#     the amber and red schemes, "Looking ahead" bullets with dates and no owners, risks, implications,
#     background papers and a contact line.
# ---------------------------------------------------------------------------


def ravensmere_bcf_q3_report():
    board = "Health and Wellbeing Board"
    title = "Better Care Fund 2025/26: Quarter 3 Progress Report"
    rec = ("The Health and Wellbeing Board is asked to note the progress of the Better Care Fund schemes at the end "
           "of Quarter 3 2025/26 and the Quarter 3 return submitted to NHS England on 30 January 2026.")
    spend = "\n".join([
        "| Funding stream | Plan 2025/26 (£000) | Spend to Q3 (£000) | Forecast outturn (£000) | Variance (£000) |",
        "|:--------------------------------------|--------:|--------:|--------:|--------:|",
        "| NHS minimum contribution | 38,940 | 29,100 | 38,810 | (130) |",
        "| Improved Better Care Fund grant | 19,620 | 14,715 | 19,620 | 0 |",
        "| Disabled Facilities Grant | 8,310 | 4,980 | 8,050 | (260) |",
        "| Discharge Fund (ICB and County Council) | 13,470 | 9,980 | 13,470 | 0 |",
        "| Additional local contributions | 4,360 | 2,425 | 4,350 | (10) |",
        "| **Total** | **84,700** | **61,200** | **84,300** | **(400)** |",
    ])
    metrics = "\n".join([
        "| National metric | Plan Q3 | Actual Q3 | Assessment |",
        "|:---------------------------------------------------|-------:|-------:|:-------------|",
        "| Emergency admissions for ambulatory care sensitive conditions (per 100,000) | 182 | 176 | On track |",
        "| Discharges to usual place of residence (%) | 93.0 | 92.4 | Not on track |",
        "| Emergency admissions due to falls, aged 65+ (per 100,000) | 498 | 471 | On track |",
        "| Permanent admissions to care homes, aged 65+ (per 100,000) | 520 | 566 | Not on track |",
    ])
    schemes = grid_table([8, 24, 22, 21, 25, 12], ["No.", "Scheme", "Lead", "Planned outputs 2025/26",
                                                    "Position at Q3", "RAG"], [
        ["1", "Integrated community teams", "Hospitals Trust", "58,000 contacts", "44,120 contacts (on plan)",
         "Green"],
        ["2", "Reablement at home", "County Council", "2,400 people starting reablement",
         "1,830 people; 78% independent after 91 days", "Green"],
        ["3", "Discharge to assess beds", "ICB", "36 beds, average stay 21 days",
         "36 beds; average stay 26 days", "Amber"],
        ["4", "Home care hospital discharge service", "County Council", "9,500 hours a month",
         "9,620 hours a month", "Green"],
        ["5", "Carers’ breaks and support", "Carers Service", "1,900 carers supported", "1,460 carers supported",
         "Green"],
        ["6", "Community Connectors", "CVS", "3,000 referrals", "2,290 referrals", "Green"],
        ["7", "Handyperson and minor adaptations", "District councils", "1,200 jobs", "610 jobs", "Red"],
        ["8", "Falls response service", "Ambulance Partnership", "Response within one hour for 90% of calls",
         "87% within one hour", "Amber"],
        ["9", "Technology enabled care", "County Council", "800 new users", "640 new users", "Green"],
        ["10", "Hospital discharge hub", "Hospitals Trust", "Seven-day service",
         "Seven-day service since 1 October 2025", "Green"],
    ])
    md = [
        "**RAVENSMERE HEALTH AND WELLBEING BOARD**",
        "| **Report to:** Ravensmere Health and Wellbeing Board\n"
        "| **Date:** 18 February 2026\n"
        "| **Agenda item:** 9\n"
        "| **Report of:** Director of Adult Social Care, Ravensmere County Council, and Director of Place, NHS "
        "Ravensmere Integrated Care Board\n"
        "| **Status:** For noting – public",
        f"# {title}",
        "## 1. Recommendation",
        rec,
        "## 2. Summary",
        "- Spend at the end of December 2025 was £61.2 million, 72% of the £84.7 million plan.\n"
        "- The forecast outturn is £84.3 million, an underspend of £0.4 million, mainly on the Disabled Facilities "
        "Grant.\n"
        "- Two of the four national metrics are on track.\n"
        "- Eight of the ten schemes are rated green, one amber and one red; one scheme that was green at Quarter 2 "
        "is now amber.",
        "## 3. Background",
        "The Better Care Fund (BCF) is a pooled budget held by Ravensmere County Council and NHS Ravensmere "
        "Integrated Care Board under a section 75 agreement. The Board approved the 2025/26 plan in June 2025 and "
        "delegated the approval of quarterly returns to NHS England to the Chair, with the Director of Adult Social "
        "Care and the ICB Director of Place.",
        "The Quarter 3 return was approved by the Chair under that delegation on 29 January 2026 and submitted on 30 "
        "January 2026. This report gives the Board the position set out in the return, with more detail on each "
        "scheme.",
        "## 4. Spend to the end of Quarter 3",
        spend,
        "*Table 1. Spend and forecast by funding stream. Figures in brackets are underspends.*",
        "The Disabled Facilities Grant underspend reflects the slow start of the handyperson service (scheme 7). The "
        "district councils have agreed that any grant unspent at the year end will be carried forward for "
        "adaptations in 2026/27.",
        "## 5. National metrics",
        metrics,
        "*Table 2. National metrics, Quarter 3 2025/26. Sources: NHS England; Adult Social Care Outcomes "
        "Framework.*",
        "Discharges to people’s usual place of residence have fallen slightly because more people have gone to "
        "discharge to assess beds while home care capacity was rebuilt in October. Permanent admissions to care "
        "homes remain above plan; about a third of them follow a stay in a discharge to assess bed of more than 28 "
        "days.",
        "## 6. Scheme delivery",
        "Each scheme is rated by its lead organisation against the outputs in the 2025/26 plan, and the ratings are "
        "checked by the Joint Commissioning Group. **Green:** delivering the planned outputs. **Amber:** some outputs "
        "behind plan, with a recovery plan agreed by the Joint Commissioning Group. **Red:** significantly behind "
        "plan.",
        "*Lead organisations: County Council – Ravensmere County Council; ICB – NHS Ravensmere Integrated Care Board; "
        "Hospitals Trust – Ravensmere Hospitals NHS Foundation Trust; Carers Service – Ravensmere Carers Service; CVS – "
        "Ravensmere Council for Voluntary Service; District councils – through the Disabled Facilities Grant; "
        "Ambulance Partnership – Ravensmere Ambulance Partnership.*",
        schemes,
        "*Table 3. Scheme delivery at the end of Quarter 3 2025/26.*",
        "## 7. Schemes rated amber or red",
        "**Scheme 3: Discharge to assess beds (amber).** The average stay has risen from 21 to 26 days because people "
        "have waited longer for home care packages and care home placements. A weekly review of everyone who has "
        "stayed more than 21 days started on 5 January 2026, and the average stay fell to 23 days in the first four "
        "weeks.",
        "**Scheme 7: Handyperson and minor adaptations (red).** The provider withdrew from the contract in August 2025 "
        "and the district councils have run a reduced service since then. The Joint Commissioning Group agreed on 15 "
        "January 2026 to re-procure the service jointly, with a new provider expected to start in June 2026.",
        "**Scheme 8: Falls response service (amber).** The proportion of calls answered within one hour fell in December "
        "because of staff sickness. Two additional responders started in January 2026.",
        "## 8. Looking ahead to Quarter 4",
        "- The year-end return is due to NHS England on 23 May 2026 and will come to the Board in June 2026.\n"
        "- The Better Care Fund Plan for 2026/27 will come to the Board on 18 March 2026.\n"
        "- The evaluation of the hospital discharge hub will be published in April 2026.",
        "## 9. Risks",
        "The main risk to the plan is the cost of care home placements, which is rising faster than the plan "
        "assumed. The Joint Commissioning Group reviews the placement forecast each month.",
        "## 10. Implications",
        "**Financial:** the forecast underspend of £0.4 million will be carried forward within the pooled budget under "
        "the section 75 agreement. **Legal:** none arising from this report. **Equality:** none arising from this "
        "report; each scheme has its own equality impact assessment.",
        "## Background papers",
        "Ravensmere Better Care Fund Plan 2025/26 (Health and Wellbeing Board, 19 June 2025); Quarter 3 return to NHS "
        "England (30 January 2026).",
        "## Contact",
        "BCF Programme Lead, Ravensmere County Council, County Hall, Ravensmere – bcf@ravensmere.example – 01632 960 "
        "384",
    ]
    return {
        "name": "ravensmere-better-care-fund-q3-progress-report-2025-26",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-02-09"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Health and Wellbeing Board Better Care Fund quarterly progress report with one \"asked to "
                           "note\" recommendation, spend and metrics tables and a RAG-rated scheme delivery table",
                     kind="committee-report", title=title, authority=RCC, date="2026-02-18", meeting=board,
                     recommendations=[recommendation(None, rec, verb="NOTE", addressee="Health and Wellbeing Board")]),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold capitals board line, a line "
                  "block with bold labels (Report to / Date / Agenda item / Report of / Status) and the H1; \"1. "
                  "Recommendation\" with one unnumbered \"The Health and Wellbeing Board is asked to note …\" "
                  "sentence; summary bullets with figures; a right-aligned spend pipe table with bracketed variances "
                  "and a bold total row and a metrics pipe table with \"On track\" / \"Not on track\" (italic captions; "
                  "not items); a RAG key in one paragraph with bold words and a scheme delivery grid table No. | "
                  "Scheme | Lead | Planned outputs 2025/26 | Position at Q3 | RAG numbered 1–10, lead bodies abbreviated (an italic key above the table), "
                  "and RAG words (not items: funded schemes with outputs, not actions); bold-led recovery paragraphs "
                  "for the amber and red schemes, \"Looking ahead\" bullets with dates and no owners, risks, "
                  "implications, background papers and a contact line.",
    }


# ---------------------------------------------------------------------------
# S6. NHS trust information briefing for scrutiny members (DOCX, python-docx), Open Sans 10 pt (falls
#     back), italic running header with "Page X of Y", rows that may not split. A right-aligned bold
#     trust line and a "BRIEFING NOTE" line; a ruled details table (Briefing for / From / Issued /
#     Status); the NHS-blue title; bold numbered headings with paragraphs; "1. Purpose" saying it asks
#     for no decision; a ruled figures table; team bullets; quotes; "NHS England's … guidance
#     recommends that …" (not an item); "What happens next" bullets with months and no owners; members'
#     questions with typed "Q1." … "Q3." labels and answers; a contact block. Nothing to find.
# ---------------------------------------------------------------------------


def copperleigh_trust_nursing_briefing():
    title = "Community Nursing in Copperleigh: Neighbourhood Teams Update"
    blocks = [
        ("pr", "**Copperleigh Community Health NHS Trust**"),
        ("ph", 11, "BRIEFING NOTE"),
        ("table", {"cols": [3.6, 13.4], "rules": True, "font": 9.5, "rows": [
            [{"text": "Briefing for", "bold": True}, "Members of the Health and Adult Social Care Scrutiny Committee, "
                                                    "Copperleigh City Council"],
            [{"text": "From", "bold": True}, "Director of Nursing and Therapies, Copperleigh Community Health NHS Trust"],
            [{"text": "Issued", "bold": True}, "2 March 2026"],
            [{"text": "Status", "bold": True}, "For information"],
        ]}),
        ("title", title),
        ("ph", 12, "1. Purpose"),
        ("p", "At its meeting on 8 January 2026 the Committee asked for an update on community nursing in Copperleigh "
              "and on the move to neighbourhood teams. This briefing gives that update. It is for information only: "
              "it does not ask the Committee to make a decision, and no response is needed."),
        ("ph", 12, "2. Background"),
        ("p", "The Trust’s district nurses visit people at home who are housebound or too unwell to travel: people "
              "with wounds and pressure ulcers, people who need injections or catheter care, and people at the end of "
              "their lives. Until September 2025 the service was organised in eleven teams based on GP practice "
              "boundaries."),
        ("p", "Since October 2025 the nurses have worked in four neighbourhood teams – North, Central, East and South – "
              "alongside the Council’s social workers, therapists and Copperleigh Voluntary Action’s community "
              "connectors. The change follows the Copperleigh Place Partnership Board’s neighbourhood health plan."),
        ("ph", 12, "3. The service in numbers"),
        ("table", {"cols": [7.6, 3.0, 3.0, 3.4], "rules": True, "font": 9,
                   "header": ["Measure", "Q3 2024/25", "Q3 2025/26", "Change"], "rows": [
            ["Patients on the caseload (month end)", "3,412", "3,655", "+7%"],
            ["Home visits per month", "21,840", "23,110", "+6%"],
            ["Average visits per nurse per day", "7.4", "7.1", "–0.3"],
            ["Registered nurse vacancy rate", "16.8%", "13.9%", "–2.9 points"],
            ["Urgent referrals seen within two hours", "81%", "88%", "+7 points"],
            ["Category 3 and 4 pressure ulcers acquired in our care", "9", "5", "–4"],
        ]}),
        ("p", "The caseload has grown because more people are being discharged from hospital with nursing needs. "
              "Visits per nurse have fallen slightly, as nurses in the new teams spend more time on joint visits and "
              "on teaching patients and carers to manage their own care."),
        ("ph", 12, "4. How the neighbourhood teams work"),
        ("p", "Each neighbourhood team serves about 60,000 people and has:"),
        ("list", "bullet", 1, [
            "a team leader, who is a district nurse with a specialist practice qualification;",
            "registered nurses, nursing associates and healthcare support workers;",
            "a social worker and an occupational therapist from Copperleigh City Council; and",
            "a community connector from Copperleigh Voluntary Action, who links people to local groups and support.",
        ]),
        ("p", "The teams meet every morning to plan the day’s visits and every week to review people whose needs are "
              "complex. An electronic scheduling system is being introduced team by team."),
        ("ph", 12, "5. What patients and staff tell us"),
        ("p", "“The nurse and the social worker came together, so I only had to explain everything once.” – patient, "
              "Copperleigh East"),
        ("p", "“The morning huddle means I know who else is going into the house and what they are doing.” – "
              "registered nurse, Central team"),
        ("p", "Some patients told us that they do not always know which team to ring. A single telephone number for "
              "each team was introduced in February 2026."),
        ("ph", 12, "6. Workforce"),
        ("p", "The vacancy rate for registered nurses has fallen from 16.8% to 13.9% over the year. Twenty-two nurses "
              "have joined the service since April 2025, including nine who trained with the Trust as nursing "
              "associates. Turnover in the first year of employment remains high, at 19%."),
        ("p", "NHS England’s community nursing guidance recommends that caseloads are reviewed at least every six "
              "months using a recognised safe staffing tool. The Trust completed its last review in January 2026, "
              "and the results will be reported to the Trust Board in public in April 2026."),
        ("ph", 12, "7. What happens next"),
        ("list", "bullet", 1, [
            "Twelve newly qualified nurses from the spring 2026 university cohorts are due to start in September 2026.",
            "Electronic scheduling is due to be in use in all four teams by July 2026.",
            "The results of the Trust’s community services patient survey will be published in May 2026.",
        ]),
        ("ph", 12, "8. Questions members asked in January"),
        ("p", "**Q1.** Will any district nursing bases close?"),
        ("p", "No. All four existing bases remain open. The South team will move to the new health centre in Copperleigh "
              "South when it opens, expected in late 2026."),
        ("p", "**Q2.** Do patients still see the same nurse?"),
        ("p", "Where a patient needs regular visits, the team tries to keep the same small group of nurses. Continuity "
              "is measured monthly; in January 2026, 71% of visits to patients on long-term caseloads were made by one "
              "of their three named nurses."),
        ("p", "**Q3.** How is the Council involved?"),
        ("p", "Council social workers and occupational therapists are part of each team, and the Director of Adult "
              "Social Services sits on the programme board that oversees the change."),
        ("ph", 12, "Contact"),
        ("p", "Director of Nursing and Therapies (N.A.), Copperleigh Community Health NHS Trust, Ashgrove House, "
              "Copperleigh"),
        ("p", "E-mail: communications@copperleighcommunityhealth.example   Telephone: 01632 960 655"),
    ]
    return {
        "name": "copperleigh-community-health-trust-neighbourhood-nursing-briefing",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-03-02", "doc_title": title, "author": CCHT, "ninth_m": True, "cant_split": True,
                 "font": "Open Sans", "size": 10, "title_size": 16, "title_color": "005EB8",
                 "m_header": ("Copperleigh Community Health NHS Trust – Briefing note – 2 March 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="NHS trust information briefing for scrutiny members with figures, quotes, next steps and "
                           "members' questions; nothing to find",
                     kind="other", title=title, authority=CCHT, date="2026-03-02", meeting=None),
        "layout": "DOCX (python-docx), Open Sans 10 pt (falls back), italic running header with \"Page X of Y\" "
                  "fields, rows that may not split. A right-aligned bold trust line and a bold \"BRIEFING NOTE\" "
                  "line; a ruled details table with bold labels (Briefing for / From / Issued / Status: For "
                  "information); the NHS-blue title; bold numbered headings (not styles); \"1. Purpose\" saying the "
                  "briefing does not ask the Committee to make a decision; a ruled figures table; team bullets; "
                  "quotes; \"NHS England’s community nursing guidance recommends that …\" (not an item); \"7. What "
                  "happens next\" bullets with months and no owners; members' questions with bold typed \"Q1.\" … "
                  "\"Q3.\" and answers; a contact block. Nothing to find.",
    }


PAPERS = [trust_speak_up_report, trust_board_action_log, copperleigh_ppb_minutes,
          copperleigh_hasc_nhs_response, ravensmere_bcf_q3_report, copperleigh_trust_nursing_briefing]
