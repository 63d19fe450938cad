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
benchmarks) and without running it, using only the corpus READMEs, the seeds' README and the build
scripts and some paper definitions in this folder (not papers_twelfth_t.py, written at the same
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


PAPERS = [trust_speak_up_report, trust_board_action_log]
