"""Papers of the fifteenth batch, part Z ("quasi-judicial decisions and the sector's own papers"):
six made-up papers from two invented places:

  Ambleford – Ambleford Borough Council, a borough council with a Licensing Sub-Committee (of its
    Licensing Committee), a Planning Committee and a Standards Committee (which hears complaints
    against councillors in a Hearing Sub-Committee);
  Thornsey – Thornsey CVS, the council for voluntary service of Thornsey, and its Board of
    Trustees; the Thornsey VCSE Alliance, which works with Thornsey County Council.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every premises, firm, group, street and figure is made up.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, and without running it or using git. Read:
`Corpus/genres/README.md` (introduction, first layout table, the part E and M headers and gold
decisions on planning and licensing papers, the part U header, part L gold decisions on CVS and
foundation papers, second renditions, rebuilding, the closing gold decisions), `Corpus/gold/README.md`,
`Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`, and for conventions and helpers
the writer part of `papers_ninth_m.py` (and its Rookham licensing notice), `FarHWriter` in
`papers_far_h.py`, `grid_table` in `papers_fresh.py` and parts of `papers_fourteenth_w.py`
(not `papers_fifteenth_y.py`, written at the same time by someone else). Run: `build.py --only
ambleford-,thornsey-` (and `--check-only`), `pdftotext`, `pdftoppm`, and a scratch LibreOffice
conversion of the DOCX papers in /tmp. Each paper names its own split. Every gold value is written
by hand beside the words it labels; the notes for part Z record the choices where the rules left
room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium papers use that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format – layout):

  Z1 ambleford-licensing-sub-committee-decision-notice-salt-house – tune – lo-pdf: a Licensing
     Sub-Committee notice of decision on a new premises licence; a details table with cells merged
     across and down, "The Sub-Committee RESOLVED to:" over a Word-numbered (a)–(c) list in a box
     (GRANT / REFUSE / REFUSE), reasons, and after a page break a Schedule of hours and of conditions
     grouped under licensing-objective rows merged across the table.
  Z2 ambleford-planning-committee-minutes-february-2026 – unseen – docx: Planning Committee minutes
     with Heading 2 minute titles PL/44–PL/52, "RESOLVED – That …" paragraphs (GRANTED / REFUSED /
     DEFERRED), a delegation over Word-numbered (a)/(b), a bold-labelled reason for refusal and an
     additional condition (not decisions), and appeal, speakers and outcome-summary tables.
  Z3 ambleford-standards-hearing-decision-notice-councillor-fg – unseen – chromium-pdf: a Standards
     Hearing Sub-Committee decision notice on a Code of Conduct complaint, the background in two CSS
     columns, the decision in a shaded one-cell table (typed (1)–(3) findings, HTML (a)–(d)
     sanctions).
  Z4 thornsey-cvs-board-of-trustees-minutes-january-2026 – tune – pandoc-docx: CVS Board of Trustees
     minutes with bold "Decision:" lines, "The Board AGREED:" over (a)/(b), and after a page break an
     action log (grid table) carrying earlier meetings' actions with statuses.
  Z5 thornsey-vcse-alliance-asks-of-the-county-council-and-response – unseen – chromium-pdf (A4
     landscape): a VCSE alliance's eight asks of the county council with the council's response,
     a two-column introduction, a boxed covering "The Forum is asked to note …", theme rows merged
     across the table and one response merged down over two asks.
  Z6 thornsey-cvs-trustees-annual-report-2024-25 – tune – pandoc-lo-pdf: a CVS trustees' annual
     report (objects, figures, a reported survey recommendation, "We will …" plans, reserves,
     approval line); nothing to find.
Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

AMBLEFORD = "Ambleford Borough Council"
THORNSEY_CVS = "Thornsey CVS"
THORNSEY_CC = "Thornsey County Council"
PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="DDE5EC"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# Z1. Licensing Sub-Committee notice of decision on a new premises licence (python-docx →
#     LibreOffice, Liberation Serif 10.5 pt, NinthMWriter).
# ---------------------------------------------------------------------------


def ambleford_licensing_notice():
    ref = "LSC 2026/07"
    maker = "Licensing Sub-Committee"
    hearing = "2026-02-19"
    title = "Notice of Decision: Application for a Premises Licence – The Salt House, 3 Wharf Row, Ambleford"
    parts = [
        "GRANT the premises licence for the sale of alcohol on and off the premises, recorded music and late "
        "night refreshment, with the hours set out in Part A of the Schedule to this notice and subject to the "
        "conditions in Part B of the Schedule;",
        "REFUSE the part of the application that sought live music in the riverside garden; and",
        "REFUSE the application for the sale of alcohol after 23:00 on Sundays to Thursdays.",
    ]
    navy = "1F3A5F"
    grey = "E7E6E6"
    hours = [
        ["Sale of alcohol (on and off the premises)", "10:00 – 23:00", "10:00 – 00:00", "12:00 – 23:00"],
        ["Recorded music (indoors only)", "10:00 – 23:00", "10:00 – 00:00", "12:00 – 22:30"],
        ["Late night refreshment (indoors only)", "23:00 – 23:30", "23:00 – 00:30", "–"],
        ["Opening hours", "10:00 – 23:30", "10:00 – 00:30", "12:00 – 23:30"],
    ]

    def objective(text):
        return [{"text": text, "bold": True, "fill": grey, "span": 2}, "<"]

    conditions = [
        objective("The prevention of crime and disorder"),
        ["1", "A CCTV system shall be installed covering every entrance and exit and the riverside garden. "
              "Recordings shall be kept for 31 days and shown to the Police or an authorised officer of the Council "
              "on request."],
        ["2", "An incident log shall be kept at the premises and made available on request."],
        ["3", "On Fridays and Saturdays at least one door supervisor licensed by the Security Industry Authority "
              "shall be on duty from 21:00 until the premises close."],
        objective("Public safety"),
        ["4", "No glass shall be taken into the riverside garden after 21:00; drinks served there after that time "
              "shall be in polycarbonate vessels."],
        objective("The prevention of public nuisance"),
        ["5", "The riverside garden shall be cleared of customers by 22:00 each day."],
        ["6", "No music shall be played in or relayed to the riverside garden at any time."],
        ["7", "Doors and windows shall be kept closed after 21:00, except for access and egress."],
        ["8", "Deliveries and the emptying of bottle bins shall take place only between 08:00 and 20:00."],
        objective("The protection of children from harm"),
        ["9", "A Challenge 25 policy shall operate, and a refusals register shall be kept and made available on "
              "request."],
    ]
    blocks = [
        ("ph", 13, f"<<{navy}|AMBLEFORD BOROUGH COUNCIL>>"),
        ("p", "Licensing Service, Ambleford Town Hall, Market Place, Ambleford AB1 1TH"),
        ("table", {"cols": [10.5, 6.5], "borders": False, "font": 9.5, "rows": [
            ["To: Salt House Taverns Ltd (applicant)\nand each person who made relevant representations",
             "Our reference: " + ref + "\nDate of this notice: 23 February 2026\nEnquiries: 01632 960 284\n"
             "licensing@ambleford.example"],
        ]}),
        ("pr", "<<595959|Licensing Act 2003, sections 18 and 23>>"),
        ("title", title),
        ("table", {"cols": [4.4, 4.6, 8.0], "font": 9.5, "rows": [
            [label("Premises"), {"text": "The Salt House, 3 Wharf Row, Ambleford AB2 4QS", "span": 2}, "<"],
            [label("Applicant"), {"text": "Salt House Taverns Ltd", "span": 2}, "<"],
            [label("Hearing"), {"text": "Thursday 19 February 2026, 10:00, Committee Room 1, Ambleford Town Hall",
                                "span": 2}, "<"],
            [label("Sub-Committee"), {"text": "Councillors D.R. (Chair), H.A. and P.N.", "span": 2}, "<"],
            [{"text": "Relevant representations", "bold": True, "fill": "DDE5EC", "vspan": 3},
             "Responsible authorities", "Ambleford Police (Licensing Unit); Environmental Health (Noise Team)"],
            ["^", "Other persons", "Eleven residents of Wharf Row and Ropewalk Lane"],
            ["^", "In support", "Two letters from local businesses"],
            [label("Present at the hearing"), {"text": "The applicant’s director and its licensing consultant; the "
                                                       "Police licensing officer; a Senior Environmental Health "
                                                       "Officer; four residents", "span": 2}, "<"],
        ]}),
        ("ph", 11.5, "1. The application"),
        ("pn", "1.1\tThe applicant asked for a new premises licence for a public house with a restaurant and a "
               "riverside garden, with the sale of alcohol until 00:00 every day, recorded and live music indoors and "
               "in the garden until 23:00, and late night refreshment until 00:30."),
        ("pn", "1.2\tDuring the consultation period the applicant agreed conditions 1 to 3 and 9 with the Police. "
               "The Police did not withdraw their representation about the hours on Sundays to Thursdays."),
        ("ph", 11.5, "2. The hearing"),
        ("pn", "2.1\tThe Sub-Committee heard from the Licensing Officer, the applicant and its consultant, the "
               "Police, Environmental Health and four residents. All parties were able to ask questions."),
        ("pn", "2.2\tEnvironmental Health recommended that no music be played in the garden, which is 14 metres from "
               "the nearest bedroom window across the river. The residents described noise from the previous use "
               "of the building as a bar, which closed in 2023."),
        ("ph", 11.5, "3. Decision"),
        ("box", [
            ("p", "Having considered the application, the relevant representations, the evidence given at the hearing, "
                  "the Council’s Statement of Licensing Policy and the guidance issued under section 182 of the Act, "
                  "the Sub-Committee decided that the steps below are appropriate and proportionate for the promotion "
                  "of the licensing objectives. The Sub-Committee **RESOLVED** to:"),
            ("list", "(a)", 1, parts),
        ]),
        ("ph", 11.5, "4. Reasons"),
        ("pn", "4.1\tThe premises is in a mixed area where people live close to the river. With the conditions in "
               "Part B, the Sub-Committee was satisfied that the premises can trade until midnight on Fridays and "
               "Saturdays without undermining the licensing objectives."),
        ("pn", "4.2\tThe garden is open to the river and the houses opposite. Noise carries over water, and the "
               "Sub-Committee did not accept that live music there could be controlled."),
        ("pn", "4.3\tThe Police gave evidence of late-night disorder in Wharf Row on weeknights in the last year. "
               "The Sub-Committee found that a terminal hour of 23:00 on Sundays to Thursdays is consistent with "
               "the other premises in Wharf Row and with paragraph 6.4 of the Policy."),
        ("pn", "4.4\tThe Sub-Committee noted that the applicant may ask the Council to vary the licence once it "
               "has traded for a year without complaint. It also advises the applicant to meet residents before "
               "opening, as the applicant offered at the hearing."),
        ("ph", 11.5, "5. Right of appeal"),
        ("pn", "5.1\tThe applicant and any person who made relevant representations may appeal against this decision "
               "to the magistrates’ court within 21 days of the date on which they are notified of it."),
        ("table", {"cols": [9.0, 8.0], "borders": False, "rows": [
            ["Signed ..................................................\nSolicitor to the Licensing Sub-Committee",
             "Date: 23 February 2026"],
        ]}),
        ("break",),
        ("ph", 12, f"<<{navy}|Schedule to Notice of Decision {ref}>>"),
        ("ph", 11, "Part A – Licensable activities and hours"),
        ("table", {"cols": [6.2, 3.6, 3.6, 3.6], "font": 9.5, "header_fill": "DDE5EC",
                   "header": ["Activity", "Monday to Thursday", "Friday and Saturday", "Sunday"],
                   "rows": hours}),
        ("ph", 11, "Part B – Conditions"),
        ("p", "The mandatory conditions in sections 19 to 21 of the Act apply. The following conditions are also "
              "attached to the licence."),
        ("table", {"cols": [1.2, 15.8], "font": 9.5, "header_fill": "DDE5EC",
                   "header": ["No.", "Condition"], "rows": conditions}),
    ]
    decisions = [decision(None, ref, text, maker, date=hearing, kind="decision") for text in parts]
    return {
        "name": "ambleford-licensing-sub-committee-decision-notice-salt-house",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-23", "doc_title": title, "author": "Licensing Service", "ninth_m": True,
                 "cant_split": True, "font": "Liberation Serif", "size": 10.5, "title_size": 15,
                 "title_color": navy,
                 "m_footer": (f"Ambleford Borough Council – Licensing Sub-Committee – {ref}", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="licensing sub-committee notice of decision on a new premises licence (a boxed "
                           "\"RESOLVED to:\" over a Word-numbered (a)–(c) list; hours and conditions in a schedule)",
                     kind="decision", title=title, authority=AMBLEFORD, date=hearing, meeting=maker,
                     decision_number=ref, decisions=decisions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Serif 10.5 pt, an italic running footer with the "
                  "reference and \"Page X of Y\", rows that may not split; 3 pages. A navy bold capitals council "
                  "line and an address line; a borderless two-column addressee | reference table (\"Our reference:\", "
                  "\"Date of this notice:\"); a right-aligned grey statute line; the navy title; a bordered details "
                  "table with blue-grey labels and cells merged across two columns, its \"Relevant representations\" "
                  "label merged down over three rows (Responsible authorities / Other persons / In support); bold "
                  "headings that are not styles over typed 1.1–5.1 hanging paragraphs; \"Environmental Health "
                  "recommended that …\" (not an item); \"3. Decision\" over a one-cell box ending \"The Sub-Committee "
                  "RESOLVED to:\" over a Word-numbered (a)–(c) list (capital GRANT / REFUSE / REFUSE, \";\" and \"; "
                  "and\"); reasons with an advice sentence (not items); right of appeal; a borderless signature "
                  "table. After a page break, the Schedule: Part A an hours table with a shaded header, Part B a "
                  "conditions table No. | Condition with the four licensing objectives as grey rows merged across "
                  "both columns over conditions 1–9 (\"shall\" sentences, not items).",
    }


# ---------------------------------------------------------------------------
# Z2. Planning Committee minutes (DOCX, python-docx, Arial 10.5 pt falling back, NinthMWriter).
# ---------------------------------------------------------------------------


def ambleford_planning_minutes():
    maker = "Planning Committee"
    title = "Planning Committee"
    d46 = ("the minutes of the meeting held on 14 January 2026 be confirmed as a correct record and signed by "
           "the Chair.")
    d47 = [
        ("a", "the Head of Planning be authorised to GRANT planning permission subject to the completion of a "
              "section 106 agreement securing 30% affordable housing (seven homes), a contribution of £86,400 "
              "towards primary school places and a travel plan monitoring fee, and to the conditions set out in "
              "the report; and"),
        ("b", "if the section 106 agreement has not been completed by 31 July 2026, the Head of Planning be "
              "authorised to REFUSE planning permission for the lack of the planning obligations."),
    ]
    d48 = ("planning permission be REFUSED, contrary to the officer recommendation, for the following reason:")
    d49 = ("planning permission be GRANTED subject to the conditions set out in the report and to the following "
           "additional condition:")
    d50 = "consideration of the application be DEFERRED to allow Members to visit the site."
    d51 = ("the Head of Planning be asked to bring a report on the unauthorised caravan site at Wharf Meadow to "
           "the next meeting.")
    speakers = [
        ["PL/47", "A resident of Mill Lane", "Objector"],
        ["PL/47", "The applicant’s agent", "Applicant"],
        ["PL/48", "Councillor T.B. (ward member)", "Objector"],
        ["PL/48", "The applicant", "Applicant"],
        ["PL/49", "A neighbour at 11 Orchard Close", "Objector"],
    ]

    def minute(number, text):
        return ("h", 2, f"{number}\u2003{text}")

    def resolved(text):
        return ("p", f"**RESOLVED –** That {text}")

    blocks = [
        ("pr", "**AMBLEFORD BOROUGH COUNCIL**"),
        ("title", title),
        ("p", "Minutes of the meeting held on Wednesday 11 February 2026 at 6.30 pm in the Council Chamber, "
              "Ambleford Town Hall"),
        ("p", "**Present:** Councillors R.J. (Chair), M.E. (Vice-Chair), A.B., C.F., G.H., K.M., L.O., S.P., V.W. and "
              "Y.Z."),
        ("p", "**Substitute:** Councillor N.D. for Councillor E.T."),
        ("p", "**Officers:** Head of Planning; Development Management Team Leader; Principal Planning Officer; "
              "Highways Development Control Officer (Thornsey County Council); Planning Solicitor; Democratic "
              "Services Officer"),
        minute("PL/44", "Apologies for absence and substitutions"),
        ("p", "Apologies were received from Councillor E.T., for whom Councillor N.D. attended as substitute."),
        minute("PL/45", "Declarations of interest"),
        ("p", "Councillor K.M. declared an other registrable interest in application 25/01302/FUL (minute PL/48) as "
              "a trustee of a housing charity that had commented on the application. She left the Chamber for that "
              "item and took no part in the discussion or vote."),
        minute("PL/46", "Minutes"),
        resolved(d46),
        minute("PL/47", "25/01144/FUL – Former Dairy Depot, Mill Lane, Ambleford"),
        ("p", "The Principal Planning Officer presented the application for 24 homes, with access from Mill Lane, on "
              "the site of the former dairy depot. The update sheet reported two further objections and a revised "
              "drainage strategy, to which the Lead Local Flood Authority had no objection. The officer "
              "recommendation was to grant permission subject to a section 106 agreement and conditions."),
        ("p", "Members asked about the junction with Mill Lane. The Highways Development Control Officer said that "
              "the visibility splays met the county standard and that the travel plan would be monitored for five "
              "years. Councillor G.H. proposed, and Councillor S.P. seconded, the officer recommendation, which was "
              "carried (For 7; Against 3; Abstentions 1)."),
        ("p", "**RESOLVED –** That:"),
        ("list", "(a)", 1, [text for _, text in d47]),
        minute("PL/48", "25/01302/FUL – 27 Ropewalk Lane, Ambleford"),
        ("p", "The Development Management Team Leader presented the application to change the use of a "
              "four-bedroom house to a seven-bedroom house in multiple occupation, recommended for approval. "
              "Members were concerned about parking on Ropewalk Lane, where 31% of houses were already in multiple "
              "occupation, and about the loss of a family home."),
        ("p", "Councillor A.B. proposed refusal, seconded by Councillor Y.Z.; the motion was carried (For 6; "
              "Against 4)."),
        resolved(d48),
        ("pn", "**Reason:**\tThe proposal would add to an existing concentration of houses in multiple occupation in Ropewalk "
              "Lane, harming the mix and balance of housing in the area and the living conditions of neighbours, "
              "contrary to Policy H7 of the Ambleford Local Plan 2021–2036."),
        minute("PL/49", "25/01377/HOU – 9 Orchard Close, Ambleford"),
        ("p", "The Principal Planning Officer presented the application for a two-storey rear extension, brought to "
              "the Committee because the applicant is a Council employee. A neighbour spoke about overlooking. "
              "Members agreed that an obscure-glazed window would address this."),
        resolved(d49),
        ("pn", "**Condition 16:**\tThe first-floor window in the north elevation of the extension shall be "
              "obscure-glazed and fixed shut below 1.7 metres above floor level, and shall be kept so."),
        minute("PL/50", "26/00018/FUL – Ambleford Leisure Centre, Park Road"),
        ("p", "The application, made by the Council, was for a solar canopy over 120 spaces of the leisure centre car "
              "park. Members wished to see the effect on the trees along Park Road before deciding."),
        resolved(d50),
        minute("PL/51", "Planning enforcement – quarterly report"),
        ("p", "The Committee noted the report, which showed 64 cases opened and 71 closed in the quarter. Members "
              "raised the caravans at Wharf Meadow, where an enforcement notice had not been complied with."),
        resolved(d51),
        minute("PL/52", "Appeal decisions"),
        ("p", "The Committee noted the following appeal decisions."),
        ("table", {"cols": [3.2, 6.3, 3.0, 4.5], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Reference", "Site", "Committee or delegated", "Appeal decision"],
                   "rows": [
                       ["25/00412/FUL", "Land east of Church Lane, Hethering", "Committee", "Dismissed"],
                       ["25/00689/HOU", "4 Brook Terrace, Ambleford", "Delegated", "Allowed"],
                       ["24/01951/OUT", "Orchard Farm, Ropewalk Lane", "Committee", "Dismissed (costs refused)"],
                   ]}),
        ("ph", 11, "Public speakers"),
        ("table", {"cols": [2.5, 8.5, 6.0], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Minute", "Speaker", "For or against"], "rows": speakers}),
        ("ph", 11, "Summary of decisions on applications"),
        ("table", {"cols": [3.2, 6.3, 7.5], "font": 9, "header_fill": "D9E2F3",
                   "header": ["Application", "Site", "Outcome"],
                   "rows": [
                       ["25/01144/FUL", "Former Dairy Depot, Mill Lane", "Delegated approval (section 106)"],
                       ["25/01302/FUL", "27 Ropewalk Lane", "Refused"],
                       ["25/01377/HOU", "9 Orchard Close", "Granted"],
                       ["26/00018/FUL", "Ambleford Leisure Centre", "Deferred (site visit)"],
                   ]}),
        ("p", "The meeting closed at 8.52 pm."),
        ("p", "Chair: ..........................................   Date: ...................."),
    ]
    decisions = [decision("PL/46", None, d46, maker)]
    decisions += [decision("PL/47", n, text, maker) for n, text in d47]
    decisions += [decision("PL/48", None, d48, maker), decision("PL/49", None, d49, maker),
                  decision("PL/50", None, d50, maker), decision("PL/51", None, d51, maker)]
    return {
        "name": "ambleford-planning-committee-minutes-february-2026",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-02-16", "doc_title": "Planning Committee minutes, 11 February 2026",
                 "author": "Democratic Services", "ninth_m": True, "cant_split": True, "font": "Arial",
                 "size": 10.5, "title_size": 20,
                 "m_footer": ("Ambleford Borough Council – Planning Committee – 11 February 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="planning committee minutes: RESOLVED – That … GRANTED / REFUSED / DEFERRED, a "
                           "delegation with Word-numbered (a)/(b) parts, a reason for refusal and an additional "
                           "condition in bold-labelled hanging paragraphs (not decisions), and a summary table of outcomes (not items)",
                     kind="minutes", title=title, authority=AMBLEFORD, date="2026-02-11", meeting=maker,
                     decisions=decisions),
        "layout": "DOCX (python-docx), Arial 10.5 pt (falls back), an italic running footer with \"Page X of Y\", "
                  "rows that may not split; 3 pages. A right-aligned bold capitals council line, the large title "
                  "\"Planning Committee\", a \"Minutes of the meeting held on …\" line and bold-led Present / "
                  "Substitute / Officers lines (initials). Minutes \"PL/44\" … \"PL/52\" as Word Heading 2 titles "
                  "(number, an em space, the title; application references in the titles). Apologies, a "
                  "declaration (a councillor who leaves the Chamber), officer presentations, update sheets and "
                  "votes in prose (not items). Resolutions as a paragraph \"**RESOLVED –** That …\" with capital "
                  "GRANTED / REFUSED / DEFERRED inside, and once \"RESOLVED – That:\" over a Word-numbered (a)/(b) "
                  "list (a delegation to GRANT subject to a section 106 agreement \"; and\", then the fallback "
                  "REFUSE); a refusal against the officer recommendation ending \"for the following reason:\" over "
                  "a hanging bold-labelled \"Reason:\" paragraph, and a grant ending \"the following additional condition:\" "
                  "over a hanging bold-labelled \"Condition 16:\" paragraph (neither a decision); an enforcement report \"noted\" with a "
                  "resolution asking for a report; an appeal decisions table (noted), a public speakers table and a "
                  "\"Summary of decisions on applications\" table that restates the outcomes in other words (not "
                  "items), all with pale blue headers; closing time and a signature line.",
    }


# ---------------------------------------------------------------------------
# Z3. Standards hearing decision notice (HTML → Chromium, Liberation Sans 10 pt, CSS page-margin
#     boxes; the background in two CSS columns; the decision in a shaded one-cell table).
# ---------------------------------------------------------------------------


def ambleford_standards_hearing():
    ref = "SC/2025/11"
    maker = "Standards Hearing Sub-Committee"
    hearing = "2026-03-05"
    title = "Decision Notice: Complaint that Councillor F.G. Breached the Members’ Code of Conduct"
    findings = [
        ("1", "Councillor F.G. failed to comply with paragraph 1.1 of the Code of Conduct (treating others with "
              "respect) in the e-mail of 18 September 2025 to the complainant and in the post of 19 September 2025 "
              "on the councillor’s public social media page;"),
        ("2", "Councillor F.G. failed to comply with paragraph 1.3 of the Code of Conduct (bullying) in the same "
              "e-mail and post; and"),
        ("3", "Councillor F.G. did not fail to comply with paragraph 5.1 of the Code of Conduct (bringing the "
              "Council into disrepute)."),
    ]
    sanctions = [
        "censure Councillor F.G. for the breaches found;",
        "publish this decision notice on the Council’s website and report it to the next meeting of the Standards "
        "Committee;",
        "recommend to the Leader of the Independent Group that Councillor F.G. is not appointed to the Licensing "
        "Committee for six months; and",
        "ask the Monitoring Officer to arrange training on the Code of Conduct and on social media for Councillor "
        "F.G., to be completed by 30 June 2026.",
    ]
    two_col = [
        ("h", 3, "1. The complaint"),
        ("p", "The complainant, a member of the public who chairs the Wharf Row Residents’ Association, complained "
              "on 24 September 2025 that Councillor F.G. had written to her in offensive terms after she spoke at "
              "the Licensing Sub-Committee, and had then described her by name on social media as “a professional "
              "moaner who should be ignored”."),
        ("h", 3, "2. The investigation"),
        ("p", "The Monitoring Officer appointed an external investigator on 10 October 2025. The investigator "
              "interviewed the complainant, Councillor F.G. and two witnesses, and reported on 12 January 2026 that "
              "in her view there had been breaches of paragraphs 1.1 and 1.3 of the Code, but not of paragraph 5.1."),
        ("h", 3, "3. The councillor’s response"),
        ("p", "Councillor F.G. accepted writing the e-mail and the post, but said that they were political comment "
              "on a licensing matter, made in her capacity as a ward councillor, and protected by her right to "
              "freedom of expression. She removed the post on 2 October 2025 and apologised at the hearing."),
        ("h", 3, "4. The Independent Person"),
        ("p", "The Independent Person was consulted before the hearing and attended it. His view was that the "
              "e-mail and post were personal rather than political and that the breaches were made out. He "
              "recommended that the Sub-Committee take account of the councillor’s apology and the removal of the "
              "post in deciding on any sanction."),
        ("h", 3, "5. Findings of fact"),
        ("p", "5.1 Councillor F.G. was acting as a councillor when she sent the e-mail from her council account and "
              "when she made the post, which was on a page that describes her as a councillor."),
        ("p", "5.2 The e-mail called the complainant “dishonest” and “a liability to the residents she claims to "
              "speak for”. The post named her and was shared 214 times."),
        ("p", "5.3 The complainant told the investigator that she had stood down from the residents’ association "
              "committee because of the post."),
    ]
    decision_cell = {"fill": "EEF2F7", "blocks": [
        ("p", "**6. Decision**"),
        ("p", "Having considered the investigator’s report, the written and oral submissions of the parties and the "
              "views of the Independent Person, and having applied the civil standard of proof, the Sub-Committee "
              "found that:"),
    ] + [("p", f"({n}) {text}") for n, text in findings] + [
        ("p", "The Sub-Committee decided to:"),
        ("list", "(a)", 1, sanctions),
    ]}
    blocks = [
        ("p", "**AMBLEFORD BOROUGH COUNCIL**"),
        ("p", "<<5A5A5A|Standards Committee – Standards Hearing Sub-Committee>>"),
        ("title", title),
        ("table", {"cols": [4.5, 12.5], "font": 9.5, "borders": False, "rows": [
            ["**Reference:**", ref],
            ["**Date of hearing:**", "Thursday 5 March 2026"],
            ["**Date of this notice:**", "9 March 2026"],
            ["**Sub-Committee:**", "Councillors M.E. (Chair), C.F. and L.O."],
            ["**Independent Person:**", "Mr J.K."],
            ["**Subject member:**", "Councillor F.G. (Wharfside ward), who attended with a friend"],
            ["**Monitoring Officer:**", "Present, with the investigator and the Sub-Committee’s legal adviser"],
        ]}),
        ("p", "This notice records the decision of the Sub-Committee on a complaint made under the Council’s "
              "arrangements for dealing with allegations that a councillor has failed to comply with the Members’ "
              "Code of Conduct. The hearing was held in public."),
        ("box", two_col),
        ("table", {"cols": [17], "font": 10, "rows": [[decision_cell]]}),
        ("h", 3, "7. Reasons"),
        ("p", "7.1 The Sub-Committee accepted that councillors have enhanced protection when they comment on "
              "political matters, but found that the e-mail and the post attacked the complainant personally, not "
              "her views on the licence, and were intended to discourage her from taking part."),
        ("p", "7.2 Because of the councillor’s apology and the prompt removal of the post, the Sub-Committee did not "
              "find that the conduct brought the Council into disrepute, and decided that censure, publication and "
              "training were proportionate."),
        ("h", 3, "8. Right of review"),
        ("p", "There is no right of appeal against this decision. A complaint about the way it was handled may be "
              "made to the Local Government and Social Care Ombudsman. The Monitoring Officer will report the "
              "outcome to the Standards Committee on 22 April 2026."),
        ("p", "<<5A5A5A|Monitoring Officer, Ambleford Town Hall, Market Place, Ambleford AB1 1TH – "
              "standards@ambleford.example – 01632 960 271>>"),
    ]
    css = ("@page { margin: 20mm 17mm 18mm 17mm; "
           "@top-left { content: \"Ambleford Borough Council – Standards Hearing Sub-Committee\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } "
           "@top-right { content: \"" + ref + "\"; font-family: 'Liberation Sans', sans-serif; "
           "font-size: 7.5pt; color: #555555; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } }\n"
           "h1.title { font-size: 15pt; }\n"
           "div.box { border: none; border-top: 1pt solid #3B5B7F; border-bottom: 1pt solid #3B5B7F; "
           "padding: 4pt 0; column-count: 2; column-gap: 9mm; }\n"
           "div.box h3 { margin-top: 4pt; color: #3B5B7F; break-after: avoid; }\n"
           "td ol { margin-bottom: 2pt; }\n")
    decisions = [decision(None, ref, text, maker, date=hearing, kind="decision") for _, text in findings]
    decisions += [decision(None, ref, text, maker, date=hearing, kind="decision") for text in sanctions]
    return {
        "name": "ambleford-standards-hearing-decision-notice-councillor-fg",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Sans', sans-serif", "size": 10, "title_color": "3B5B7F"},
        "blocks": blocks,
        "gold": dict(genre="standards hearing sub-committee decision notice on a Code of Conduct complaint "
                           "(findings of breach and sanctions; background in two columns)", kind="decision",
                     title=title, authority=AMBLEFORD, date=hearing, meeting=maker, decision_number=ref,
                     decisions=decisions),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (header line "
                  "and reference, \"Page n of m\"); 2 pages. A bold capitals council line and a grey committee "
                  "line; the blue title; a borderless details table with bold labels (Reference / Date of hearing / "
                  "Date of this notice / Sub-Committee / Independent Person / Subject member / Monitoring "
                  "Officer); an introduction; **the background set in two CSS columns** between blue rules (h3 "
                  "sections 1–5: the complaint, the investigation, the councillor’s response, the Independent "
                  "Person with \"He recommended that the Sub-Committee take account of …\" (not an item), typed "
                  "findings of fact 5.1–5.3); **the decision in a shaded one-cell table**: a bold \"6. Decision\", "
                  "\"… the Sub-Committee found that:\" over typed (1)–(3) paragraphs (two breaches, one no breach; "
                  "\";\" and \"; and\") and \"The Sub-Committee decided to:\" over an HTML-numbered (a)–(d) list of "
                  "sanctions (censure, publish, recommend to a group leader, ask the Monitoring Officer to arrange "
                  "training by a date); reasons 7.1–7.2, right of review and a grey contact line (not items).",
    }


# ---------------------------------------------------------------------------
# Z4. CVS Board of Trustees minutes with an action log (Markdown → pandoc DOCX, pandoc's styles).
# ---------------------------------------------------------------------------


def thornsey_trustee_minutes():
    maker = "Board of Trustees"
    title = "Board of Trustees"
    d2 = "The Board approved the minutes of the meeting held on 18 November 2025 as a correct record."
    d3 = "The Board co-opted J.K. as a trustee until the annual general meeting in October 2026."
    d4 = ("The Board approved the revised budget for 2025/26, with a planned deficit of £18,400 to be met from "
          "unrestricted reserves.")
    d6 = [
        ("a", "to adopt the revised reserves policy, with a target of four to six months of core running costs; "
              "and"),
        ("b", "to review the policy again when the accounts for 2025/26 are approved."),
    ]
    d8 = ("The Board authorised the Chief Executive to submit a bid of £148,500 over three years to the Thornsey "
          "Community Trust for the Community Connectors project, with the final text to be approved by the Chair.")
    # (ref, action, lead cell, owners, due cell, due, status cell, status)
    log = [
        ("25/29", "Update the volunteer expenses policy and circulate it to trustees.", "FOM", ["FOM"],
         "30/11/2025", "2025-11-30", "Complete", "completed"),
        ("25/31", "Arrange a trustee skills audit and report the gaps to the Board.", "Chair", ["Chair"],
         "Next meeting", None, "In progress – 6 of 8 returns received", "ongoing"),
        ("25/33", "Seek three quotes for replacing the Resource Centre boiler.", "FOM", ["FOM"],
         "End of January 2026", "2026-01", "Deferred – waiting for the landlord’s decision on the lease",
         "deferred"),
        ("25/34", "Draft a data protection impact assessment for the new contacts database.", "CEO / FOM",
         ["CEO", "FOM"], "Q4 2025/26", "2026-03", "Not started", "not-started"),
        ("26/01", "Send the approved revised budget to the Thornsey Community Trust with the grant monitoring "
                  "return.", "Treasurer", ["Treasurer"], "31/01/2026", "2026-01-31", "Open", None),
        ("26/02", "Publish the revised reserves policy on the website and brief staff.", "CEO", ["CEO"],
         "End of February 2026", "2026-02", "Open", None),
        ("26/03", "Submit the Community Connectors bid to the Thornsey Community Trust.", "CEO and Chair",
         ["CEO", "Chair"], "13 February 2026", "2026-02-13", "Open", None),
        ("26/04", "Add the renewal of the Resource Centre lease to the risk register as a high risk.", "FOM",
         ["FOM"], "", None, "Open", None),
        ("26/05", "Book safeguarding refresher training for all trustees.", "G.H. (lead trustee for safeguarding)",
         ["G.H. (lead trustee for safeguarding)"], "Q1 2026/27", "2026-06", "Open", None),
    ]
    md = [
        "**THORNSEY CVS**",
        "*The council for voluntary service for Thornsey – a charitable company limited by guarantee*",
        f"# {title}",
        "**Minutes of the meeting held on Tuesday 20 January 2026 at 5.30 pm at the Thornsey Resource Centre and "
        "online**",
        "**Present:** A.C. (Chair), B.D. (Treasurer), E.F., G.H., L.M. and N.P. (trustees)  \n"
        "**In attendance:** Chief Executive (CEO); Finance and Operations Manager (FOM); Office Administrator "
        "(minutes)  \n"
        "**Apologies:** R.S. (Vice-Chair)",
        "## 1. Welcome, apologies and declarations of interest",
        "The Chair welcomed trustees and J.K., who attended as an observer before co-option. Apologies were "
        "received from R.S. E.F. declared an interest in item 8 as a volunteer with one of the partner groups named "
        "in the bid, and took no part in the decision.",
        "## 2. Minutes of the last meeting and matters arising",
        f"**Decision:** {d2}",
        "Matters arising were covered by the action log (below). The Chair noted that action 25/29 was complete "
        "and that the boiler quotes (25/33) were on hold.",
        "## 3. Co-option of a trustee",
        "The Chair introduced J.K., who runs a social enterprise café in Eastwick and would bring experience of "
        "trading and of the east of the county. Her eligibility declaration had been received.",
        f"**Decision:** {d3}",
        "## 4. Finance: management accounts to 31 December 2025",
        "The Treasurer presented the accounts. Income was £9,200 below budget because the county council's "
        "infrastructure grant had been confirmed at the 2024/25 level, with no uplift. Staff costs were on budget. "
        "The revised budget showed a deficit for the year.",
        grid_table([26, 16, 16, 16],
                   ["£", "Budget 2025/26", "Revised 2025/26", "Actual to Dec"],
                   [["Income", "412,600", "403,400", "297,850"],
                    ["Expenditure", "414,100", "421,800", "311,200"],
                    ["Surplus / (deficit)", "(1,500)", "(18,400)", "(13,350)"]]),
        f"**Decision:** {d4}",
        "## 5. Risk register",
        "Trustees reviewed the risk register. The renewal of the Resource Centre lease, which ends in September "
        "2026, should be added as a high risk (see action log). The Board noted the register.",
        "## 6. Reserves policy",
        "The FOM presented the revised policy. Free reserves at 31 March 2025 were £121,000, about four and a half "
        "months of core running costs. Trustees discussed whether six months was realistic while grant income is "
        "flat.",
        "**The Board AGREED:**",
        "\n".join(f"({n}) {text}" for n, text in d6),
        "## 7. Safeguarding report",
        "G.H., the lead trustee for safeguarding, reported one referral made by staff in the quarter and no "
        "allegations against staff or volunteers. All staff had completed refresher training; trustees' training "
        "was due for renewal.",
        "## 8. Funding bid: Community Connectors",
        "The CEO summarised the bid, which would fund two part-time community connectors working with small "
        "groups in the three most deprived wards for three years. The Thornsey Community Trust's deadline is 13 "
        "February 2026.",
        f"**Decision:** {d8}",
        "## 9. Chief Executive's report",
        "The CEO reported on the VCSE Alliance's asks of the County Council, the first meeting of the new "
        "volunteering forum and the State of the Sector survey, which closes on 28 February. The Board noted the "
        "report.",
        "## 10. Any other business and date of next meeting",
        "There was no other business. The next meeting will be held on Tuesday 17 March 2026 at 5.30 pm.",
        "*Signed (Chair) ............................  Date ..................*",
        PAGE_BREAK_MD,
        "## Action log (as at 20 January 2026)",
        "Actions from earlier meetings are shown until the Board has seen them completed. Status: Complete, In "
        "progress, Not started, Deferred, Open (new at this meeting).",
        grid_table([12, 30, 22, 19, 22],
                   ["Ref", "Action", "Lead", "Due", "Status"],
                   [[r[0], r[1], r[2], r[4], r[6]] for r in log]),
    ]
    decisions = [decision("2", None, d2, maker), decision("3", None, d3, maker), decision("4", None, d4, maker)]
    decisions += [decision("6", n, text, maker) for n, text in d6]
    decisions += [decision("8", None, d8, maker)]
    actions = [action(r[0], r[1], r[3], r[4] or None, r[5], r[7]) for r in log]
    return {
        "name": "thornsey-cvs-board-of-trustees-minutes-january-2026",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2026-01-27"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="council for voluntary service board of trustees minutes with bold \"Decision:\" "
                           "lines, \"The Board AGREED:\" over (a)/(b), and an action log carrying earlier "
                           "meetings' actions", kind="minutes", title=title, authority=None, date="2026-01-20",
                     meeting=maker, decisions=decisions, actions=actions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; 5 pages in a LibreOffice conversion. A bold capitals brand line and an italic "
                  "strapline above the H1 \"Board of Trustees\"; a bold \"Minutes of the meeting held on …\" line; "
                  "Present / In attendance / Apologies lines joined by hard line breaks (initials and roles). "
                  "Items 1.–10. as Heading 2; a declaration (not an item); **bold \"Decision:\" lines** with the "
                  "Board's own sentence (\"The Board approved …\", \"The Board co-opted …\", \"The Board authorised "
                  "…\"); a finance grid table (figures); \"The Board noted the register\" / \"… noted the report\" "
                  "(not items); a bold \"The Board AGREED:\" over a pandoc (a)/(b) list (\"to adopt …; and\", \"to "
                  "review …\"); an italic signature line. After a page break, \"Action log (as at 20 January "
                  "2026)\" with a status key sentence and a grid table Ref | Action | Lead | Due | Status: four "
                  "actions from earlier meetings (25/29–25/34) and five new ones (26/01–26/05); leads \"CEO / "
                  "FOM\", \"CEO and Chair\", \"G.H. (lead trustee for safeguarding)\" and roles as abbreviations; due "
                  "\"30/11/2025\", \"Next meeting\", \"End of January 2026\", \"Q4 2025/26\", \"31/01/2026\", "
                  "\"End of February 2026\", \"13 February 2026\", one empty, \"Q1 2026/27\"; statuses Complete, "
                  "\"In progress – …\", \"Deferred – …\", Not started and Open.",
    }


# ---------------------------------------------------------------------------
# Z5. A VCSE alliance's asks of the county council with the council's response (HTML → Chromium,
#     A4 landscape, Liberation Sans 9.5 pt; a two-column introduction; theme rows merged across the
#     table and one response merged down over two asks).
# ---------------------------------------------------------------------------


def thornsey_alliance_asks():
    title = "Our Asks of Thornsey County Council, and the Council’s Response"
    forum = "VCSE Strategic Forum"
    cover = ("The Forum is asked to note the Council’s response to the Alliance’s asks and to agree that progress "
             "is reported to the Forum every six months.")
    t1, t2, t3 = "Funding and commissioning", "Voice and influence", "Buildings and assets"
    merged = ("Agreed. Both will be built into the budget timetable from the 2027/28 budget: a sector briefing in "
              "September and a consultation period of at least twelve weeks.")
    # (no., theme, ask, verb, addressee, response, decision word, decision, lead, owners, by when, due)
    asks = [
        ("1", t1, "Give grants and contracts of at least three years as the norm, with an annual inflation uplift.",
         "GIVE", None,
         "New grant programmes from April 2026 will run for three years. The Council cannot commit to an annual "
         "inflation uplift while its own funding is settled one year at a time.",
         "Agreed in part", "partially-accepted", "Head of Commissioning", ["Head of Commissioning"], "April 2026",
         "2026-04"),
        ("2", t1, "Pay invoices from VCSE organisations within 10 working days.", "PAY", None,
         "Correctly addressed invoices from small suppliers are paid within 10 working days. The Council will "
         "publish its payment figures for VCSE suppliers every quarter.",
         "Agreed", "accepted", "Director of Finance", ["Director of Finance"], "From July 2026", "2026-07"),
        ("3", t1, "The Council should involve the Alliance in writing service specifications before any tender "
                  "that affects the sector is published.", "INVOLVE", "Council",
         "The Alliance will be invited to a market engagement session for every such tender, and to comment on "
         "draft specifications.",
         "Agreed", "accepted", "Head of Commissioning /\nProcurement Manager",
         ["Head of Commissioning", "Procurement Manager"], "Ongoing", None),
        ("4", t2, "We ask the Council to give the Alliance a seat on the Health and Wellbeing Board.", "GIVE",
         "Council",
         "The Board’s membership was reviewed in 2025 and will not change this year. The Alliance will be invited "
         "to the Board’s development sessions and to present to the Board once a year.",
         "Not agreed", "rejected", "Director of Public Health", ["Director of Public Health"], "N/A", None),
        ("5", t2, "We ask the Council to hold a budget briefing for the sector before consultation on the budget "
                  "opens each year.", "HOLD", "Council",
         merged, "Agreed", "accepted", "Head of Policy and Partnerships", ["Head of Policy and Partnerships"],
         "September 2026", "2026-09"),
        ("6", t2, "The Council should allow at least 12 weeks for consultations that affect the sector.", "ALLOW",
         "Council",
         merged, "Agreed", "accepted", "Head of Policy and Partnerships", ["Head of Policy and Partnerships"],
         "September 2026", "2026-09"),
        ("7", t3, "Offer community asset transfers on leases of at least 25 years, with a fund for repairs.",
         "OFFER", None,
         "The asset transfer policy will be revised to offer leases of 25 years. There is no capital budget for a "
         "repairs fund, but groups will be helped to apply to outside funders.",
         "Agreed in part", "partially-accepted", "Head of Property; Community Asset Officer",
         ["Head of Property", "Community Asset Officer"], "Q3 2026/27", "2026-12"),
        ("8", t3, "The Council should keep the rent of the Thornsey Resource Centre at its present level until "
                  "the lease is renewed.", "KEEP", "Council",
         "The lease ends in September 2026. Options for the building, including a transfer to Thornsey CVS, will "
         "go to Cabinet in June 2026, and the rent will be considered then.",
         "Under consideration", None, "Head of Property", ["Head of Property"], "June 2026", "2026-06"),
    ]
    head = "E8E2EF"
    rows = []
    for theme in (t1, t2, t3):
        rows.append([{"text": theme, "bold": True, "fill": "D6CCE4", "span": 6}, "<", "<", "<", "<", "<"])
        for a in asks:
            if a[1] != theme:
                continue
            if a[0] == "5":
                rows.append([{"text": a[0], "bold": True}, a[2], {"text": a[5], "vspan": 2},
                             {"text": a[6], "vspan": 2, "bold": True}, {"text": a[8], "vspan": 2},
                             {"text": a[10], "vspan": 2}])
            elif a[0] == "6":
                rows.append([{"text": a[0], "bold": True}, a[2], "^", "^", "^", "^"])
            else:
                rows.append([{"text": a[0], "bold": True}, a[2], a[5], {"text": a[6], "bold": True}, a[8], a[10]])
    left = [
        ("p", "**About the Alliance**"),
        ("p", "The Thornsey VCSE Alliance brings together 146 voluntary, community and social enterprise "
              "organisations, from village halls to county-wide charities. Thornsey CVS hosts it. In autumn 2025 "
              "we asked our members what would make the biggest difference to their work with the County "
              "Council; 93 organisations replied, and eight asks came out of three listening events."),
        ("p", "We presented the asks to the Cabinet Member for Communities in December. This paper sets them out "
              "with the Council’s response, which we have printed in full."),
    ]
    right = [
        ("p", "**From the Cabinet Member for Communities**"),
        ("p", "I welcome the Alliance’s asks, which are clear and practical. We have agreed four of them in full "
              "and two in part. Where we have said no, we have tried to say why and what we can do instead. The "
              "sector’s own budget pressures are real, and the response is honest about ours."),
        ("p", "I look forward to reporting progress with the Alliance to the Forum."),
    ]
    blocks = [
        ("p", "<<5B3F80|**THORNSEY VCSE ALLIANCE**>>  ·  hosted by Thornsey CVS"),
        ("title", title),
        ("p", "<<555555|Paper for the VCSE Strategic Forum, 24 March 2026 – Item 4 – Published March 2026>>"),
        ("table", {"cols": [12.6, 12.6], "borders": False, "rows": [[{"blocks": left}, {"blocks": right}]]}),
        ("box", [("p", "**What the Forum is asked to do**"), ("p", cover)]),
        ("h", 2, "The asks and the Council’s response"),
        ("p", "**Agreed** – the Council will do what is asked. **Agreed in part** – the Council will do some of what "
              "is asked. **Not agreed** – the Council will not do it, for the reasons given. **Under "
              "consideration** – a decision has not yet been taken."),
        ("table", {"cols": [1.0, 7.0, 8.4, 2.4, 3.6, 2.8], "font": 8.5, "header_fill": head,
                   "header": ["No.", "Our ask", "Council response", "Agreed?", "Council lead", "By when"],
                   "rows": rows}),
        ("h", 2, "What happens next"),
        ("p", "The Alliance’s coordinator and the Head of Policy and Partnerships will keep a joint tracker, and "
              "progress will come to the Forum in September 2026 and March 2027. Members can send comments to "
              "alliance@thornseycvs.example or call 01632 960 350."),
    ]
    css = ("@page { margin: 13mm 14mm 15mm 14mm; "
           "@bottom-left { content: \"Thornsey VCSE Alliance – Asks of the County Council – March 2026\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } "
           "@bottom-right { content: counter(page) \"/\" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } }\n"
           "h1.title { font-size: 17pt; margin-bottom: 2pt; }\n"
           "h2 { color: #5B3F80; page-break-after: avoid; }\n"
           "div.box { border: 1pt solid #5B3F80; background: #F5F2F9; }\n"
           "td p { margin-bottom: 4pt; }\n")
    recommendations = [recommendation(None, cover, verb="NOTE", addressee="Forum")]
    recommendations += [
        recommendation(a[0], a[2], verb=a[3], addressee=a[4], theme=a[1], owners=a[9], due=a[11],
                       timeframe=None if a[10] == "N/A" else a[10], response=a[5], decision=a[7])
        for a in asks
    ]
    return {
        "name": "thornsey-vcse-alliance-asks-of-the-county-council-and-response",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "landscape": True,
                 "css_font": "'Liberation Sans', sans-serif", "size": 9.5, "title_color": "5B3F80"},
        "blocks": blocks,
        "gold": dict(genre="VCSE alliance's asks of the county council with the council's response in one table "
                           "(theme rows merged across, one response merged down over two asks) and a covering "
                           "\"The Forum is asked to note …\"", kind="executive-response", title=title,
                     authority=THORNSEY_CC, date="2026-03-24", meeting=forum, recommendations=recommendations),
        "layout": "PDF (HTML → Chromium), A4 landscape, Liberation Sans 9.5 pt, CSS page-margin boxes (footer line "
                  "and \"n/m\"); 2 pages. A purple bold capitals Alliance line with \"hosted by Thornsey CVS\", the "
                  "purple title and a grey paper line (Forum, date, item, \"Published March 2026\"); **a borderless "
                  "two-column table** with \"About the Alliance\" on the left and the Cabinet Member's foreword on "
                  "the right; a purple box \"What the Forum is asked to do\" with one \"The Forum is asked to note … "
                  "and to agree …\" sentence; a key paragraph (Agreed / Agreed in part / Not agreed / Under "
                  "consideration); one 8.5 pt table No. | Our ask | Council response | Agreed? | Council lead | By "
                  "when with a lilac header, **three theme rows merged across all six columns**, asks 1–8 (three "
                  "imperatives, three \"The Council should …\", two \"We ask the Council to …\"), **the response, "
                  "decision, lead and by-when cells of asks 5 and 6 merged down into one**; the \"Voice and influence\" theme row falls at the foot of page 1 and its asks on page 2; decisions as "
                  "bold words; leads split by \"/\" plus line break and \";\"; by when \"April 2026\", \"From July 2026\", "
                  "\"Ongoing\", \"N/A\", \"September 2026\", \"Q3 2026/27\", \"June 2026\"; what happens next with "
                  "a contact (not items).",
    }


# ---------------------------------------------------------------------------
# Z6. CVS trustees' annual report (Markdown → pandoc DOCX → LibreOffice, pandoc's styles); nothing to
#     find.
# ---------------------------------------------------------------------------


def thornsey_cvs_annual_report():
    title = "Trustees’ Annual Report for the Year Ended 31 March 2025"
    md = [
        "**THORNSEY CVS**",
        "*Supporting voluntary and community action in Thornsey since 1974*",
        f"# {title}",
        "*(including the strategic report). The full financial statements are published separately.*",
        "## Chair's introduction",
        "This has been a year of growth and of strain. More groups came to us for help than ever before, and we "
        "launched the Thornsey VCSE Alliance so that the sector can speak to the County Council with one voice. "
        "At the same time our core grant did not rise with costs, and we used reserves to keep our advice service "
        "open five days a week.",
        "I thank our staff, our 64 volunteers and my fellow trustees, and the funders who trusted us.",
        "*A.C., Chair of the Board of Trustees*",
        "## Objectives and activities",
        "The charity's objects, as set out in its articles of association, are:",
        "1. to promote any charitable purposes for the benefit of the community in Thornsey, in particular by "
        "supporting voluntary and community organisations;\n"
        "2. to promote volunteering; and\n"
        "3. to advance education and training in the management of voluntary organisations.",
        "We meet them through four services: advice and development for groups, the Volunteer Centre, "
        "representation and partnership work, and shared services (payroll, DBS checks and room hire). The "
        "trustees have had regard to the Charity Commission's guidance on public benefit.",
        "## Achievements and performance",
        "| Measure | 2023/24 | 2024/25 |\n|:------------------------------------------|--------:|--------:|\n"
        "| Groups given one-to-one support | 318 | 372 |\n"
        "| New groups helped to set up | 27 | 31 |\n"
        "| Funding secured by groups we supported | £1.96m | £2.31m |\n"
        "| Volunteers placed by the Volunteer Centre | 540 | 611 |\n"
        "| Members of the VCSE Alliance | – | 146 |\n"
        "| DBS checks processed | 1,204 | 1,318 |",
        "Our State of the Sector survey, answered by 188 groups, found that two in five had used reserves to meet "
        "running costs and that volunteer numbers had not recovered since 2020. The survey report recommended that "
        "funders in Thornsey offer longer grants and cover core costs; the Alliance will take this up with the "
        "County Council.",
        "> “Without the CVS we would not have known where to start with our lease. Now we have a 25-year lease "
        "and a refurbished hall.” – Treasurer, Eastwick Village Hall",
        "## Financial review",
        grid_table([34, 16, 16, 16],
                   ["Funds (£)", "Unrestricted", "Restricted", "Total 2024/25"],
                   [["Income", "268,400", "131,950", "400,350"],
                    ["Expenditure", "287,100", "128,600", "415,700"],
                    ["Net movement in funds", "(18,700)", "3,350", "(15,350)"],
                    ["Funds at 31 March 2025", "139,300", "42,800", "182,100"]]),
        "**Reserves policy.** The trustees aim to hold free reserves of between four and six months of core "
        "running costs, to allow the charity to meet its commitments if funding ends. Free reserves at 31 March "
        "2025 were £121,000, about four and a half months. The policy will be reviewed during 2025/26.",
        "**Going concern.** The trustees consider that the charity has adequate resources to continue for at least "
        "twelve months from the date of this report.",
        "## Plans for future periods",
        "- We will open a volunteering hub in Eastwick in the spring of 2026.\n"
        "- We will bid for three years' funding for community connectors in the most deprived wards.\n"
        "- We will help the Alliance to agree its asks of the County Council.\n"
        "- We will seek a longer lease, or a transfer, of the Thornsey Resource Centre before the present lease "
        "ends in September 2026.",
        "## Structure, governance and management",
        "Thornsey CVS is a charitable company limited by guarantee, governed by its articles of association. The "
        "Board of Trustees has between six and twelve members, elected at the annual general meeting or co-opted. "
        "It met six times in the year. Day-to-day management is delegated to the Chief Executive. Principal risks "
        "are reviewed at every Board meeting; the greatest are the loss of core funding and the end of the lease.",
        "## Statement of trustees' responsibilities",
        "The trustees (who are also the directors of the company for company law purposes) are responsible for "
        "preparing the trustees' report and the financial statements in accordance with applicable law and United "
        "Kingdom accounting standards, and for keeping adequate accounting records.",
        "## Reference and administrative details",
        "Registered office: Thornsey Resource Centre, 12 Chapel Street, Thornsey TH1 2EP  \n"
        "Independent examiner: an independent examiner of a Thornsey firm of accountants  \n"
        "Contact: info@thornseycvs.example – 01632 960 344",
        "This report was approved by the trustees on 14 October 2025 and signed on their behalf by the Chair.",
        "*A.C., Chair*",
    ]
    return {
        "name": "thornsey-cvs-trustees-annual-report-2024-25",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2025-10-14"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="council for voluntary service trustees' annual report with nothing to find",
                     kind="other", title=title, authority=None, date="2025-10-14", meeting=None),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold capitals brand line and an "
                  "italic strapline above the H1; an italic note on the strategic report; Heading 2 sections in the "
                  "order of a charity's trustees' report (Chair's introduction signed in italics, objectives and "
                  "activities, achievements and performance, financial review, plans for future periods, "
                  "structure and governance, trustees' responsibilities, reference details); the objects as a "
                  "pandoc-numbered 1.–3. list with \"; and\" (not items); a figures pipe table; \"The survey report "
                  "recommended that funders … offer longer grants …\" (reported, not an item); a block quote; a "
                  "funds grid table; bold-led reserves and going concern paragraphs; \"We will …\" bullets with "
                  "dates but no owners (not actions); the registered office lines joined by hard line breaks; "
                  "\"This report was approved by the trustees on 14 October 2025 …\" (not a decision). Nothing to "
                  "find.",
    }


PAPERS = [ambleford_licensing_notice, ambleford_planning_minutes, ambleford_standards_hearing,
          thornsey_trustee_minutes, thornsey_alliance_asks, thornsey_cvs_annual_report]
