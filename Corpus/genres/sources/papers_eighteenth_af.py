"""Papers of the eighteenth batch, part AF ("schools, SEND and children's services"): six made-up
papers that govern schools, special educational needs and children's social care, from two
invented places:

  Oakhurst – Oakhurst County Council (Cabinet; the Children and Young People Scrutiny Committee and
    its task and finish groups); the Oakhurst Schools Forum; the Oakhurst SEND Partnership Board (the
    council, NHS Oakhurst Integrated Care Board, Oakhurst Community Health NHS Trust and the Oakhurst
    Parent Carer Forum);
  Hartsmere – Hartsmere City Council's children's services and its Corporate Parenting Panel (with
    the Children in Care Council), and the governing board of Hartsmere Park Primary School, a
    community school the City Council maintains.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every school, premises, street and figure is made up.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, and without running it or using git; not
papers_eighteenth_ae.py either (written at the same time by someone else). Read: the corpus READMEs
(the genre README's introduction, first layout table, recent parts' headers, first-contact sections,
second renditions, rebuilding and the closing gold decisions, plus the rulings on the earlier
children's services and SEND plans found with grep), `build.py`, `render.py`, `gold.py`, and for
conventions and helpers the writer part of `papers_ninth_m.py`, `FarHWriter` in `papers_far_h.py`,
`grid_table` in `papers_fresh.py` and `papers_fifteenth_z.py` (module layout). Each paper names its
own split. Every gold value is written by hand beside the words it labels; the notes for part AF
record the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium papers use that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AF1 oakhurst-cyp-scrutiny-elective-home-education-task-and-finish-report – tune – docx
  AF2 hartsmere-park-primary-school-full-governing-board-minutes-february-2026 – tune – lo-pdf
  AF3 oakhurst-school-term-dates-2027-28-and-admissions-timetable – tune – chromium-pdf (nothing to find)
  AF4 oakhurst-schools-forum-minutes-january-2026 – unseen – pandoc-docx
  AF5 oakhurst-send-priority-action-plan-progress-report-march-2026 – unseen – chromium-pdf
  AF6 hartsmere-corporate-parenting-panel-pledge-scorecard-and-local-offer – unseen – pandoc-lo-pdf

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

OAKHURST = "Oakhurst County Council"
HARTSMERE = "Hartsmere City Council"
HARTSMERE_PARK = "Hartsmere Park Primary School"
PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="DCE6F0"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AF1. Scrutiny task and finish group report on elective home education (DOCX, python-docx,
#      NinthMWriter, Liberation Sans 10.5 pt).
# ---------------------------------------------------------------------------


def oakhurst_ehe_review():
    teal = "00626E"
    committee = "Children and Young People Scrutiny Committee"
    title = "Elective Home Education: Report of the Task and Finish Group"
    cover = ("That the Committee endorses the eight recommendations in section 7 of this report and refers them "
             "to the Cabinet Member for Children and Families, asking for a written response within two months.")
    t1 = "Knowing which children are educated at home"
    t2 = "Support for families, including children with SEND"
    t3 = "Health and safeguarding"
    cm = "Cabinet Member for Children and Families"
    # (number, theme, text, verb, addressee, "Directed to" line, owners)
    recs = [
        ("1", t1, "That the Cabinet Member for Children and Families writes to the Secretary of State for "
                  "Education to support the introduction of a statutory register of children not in school, and "
                  "asks that it comes into force no later than September 2027.", "WRITES", cm,
         cm, [cm]),
        ("2", t1, "The Elective Home Education Team should contact every family within ten school days of being "
                  "told that a child has been taken off a school roll to be educated at home, and record the "
                  "outcome of that contact.", "CONTACT", "Elective Home Education Team",
         "Head of Inclusion / Elective Home Education Team", ["Head of Inclusion", "Elective Home Education Team"]),
        ("3", t1, "That schools are asked to offer a meeting to the family, and to invite the Elective Home "
                  "Education Team, before a child is taken off roll to be educated at home, and that this is "
                  "written into the Council’s guidance to schools.", None, None,
         "Head of Inclusion; headteachers of Oakhurst schools", ["Head of Inclusion", "headteachers of Oakhurst schools"]),
        ("4", t2, "That the Cabinet Member for Children and Families asks officers to bring forward proposals to "
                  "increase the Elective Home Education Team from 3.6 to at least 5.0 full-time equivalent posts, "
                  "for consideration in the 2027/28 budget.", "ASKS", cm,
         cm + " / Director of Education", [cm, "Director of Education"]),
        ("5", t2, "Publish a single guide for parents who are thinking about home education, written with "
                  "home-educating families, which sets out the advice, exam centres and financial help available "
                  "to them.", "PUBLISH", None,
         "Head of Inclusion; Oakhurst Home Educators’ Network", ["Head of Inclusion", "Oakhurst Home Educators’ Network"]),
        ("6", t2, "The Council should review, with the Oakhurst Parent Carer Forum, how annual reviews of "
                  "education, health and care plans are carried out for children educated at home, so that every "
                  "family is offered a review at home or at a place of its choosing.", "REVIEW", "Council",
         "Head of SEND Services; Oakhurst Parent Carer Forum", ["Head of SEND Services", "Oakhurst Parent Carer Forum"]),
        ("7", t3, "NHS Oakhurst Integrated Care Board should make sure that school nursing and children’s mental "
                  "health services offer children educated at home the same access as children in school, and "
                  "report on this to the Committee in March 2027.", "MAKE", "NHS Oakhurst Integrated Care Board",
         "NHS Oakhurst Integrated Care Board; Oakhurst Community Health NHS Trust",
         ["NHS Oakhurst Integrated Care Board", "Oakhurst Community Health NHS Trust"]),
        ("8", t3, "That the Oakhurst Safeguarding Children Partnership includes children educated at home in its "
                  "next multi-agency case audit and shares the findings with the Committee.", "INCLUDES",
         "Oakhurst Safeguarding Children Partnership",
         "Oakhurst Safeguarding Children Partnership", ["Oakhurst Safeguarding Children Partnership"]),
    ]

    def heading(text):
        return ("ph", 11.5, f"<<{teal}|{text}>>")

    rec_blocks = []
    for theme in (t1, t2, t3):
        rec_blocks.append(("ph", 10.5, theme))
        for n, th, text, _verb, _addr, line, _owners in recs:
            if th != theme:
                continue
            rec_blocks.append(("table", {"cols": [17], "font": 10, "rows": [[{"fill": "E6F2F3", "blocks": [
                ("p", f"**Recommendation {n}**"),
                ("p", text),
                ("p", f"<<595959|Directed to: {line}>>"),
            ]}]]}))
    blocks = [
        ("pr", f"<<{teal}|**OAKHURST COUNTY COUNCIL**>>"),
        ("table", {"cols": [4.6, 12.4], "rules": True, "font": 9.5, "rows": [
            ["**Report to**", committee],
            ["**Date of meeting**", "Tuesday 10 March 2026"],
            ["**Report of**", "Chair of the Elective Home Education Task and Finish Group"],
            ["**Lead officer**", "Scrutiny Officer (Children’s Services) – scrutiny@oakhurst.example – 01632 960 412"],
            ["**Electoral divisions**", "All"],
            ["**Key decision**", "Not applicable (scrutiny report)"],
        ]}),
        ("title", title),
        ("p", "<<595959|A review by Councillors H.B. (Chair), D.C., M.F., S.K. and R.W., with two co-opted "
              "members>>"),
        heading("1.\tPURPOSE OF THE REPORT"),
        ("pn", "1.1\tThis report sets out what the Task and Finish Group found when it looked at elective home "
               "education in Oakhurst between September 2025 and January 2026, and the recommendations it makes."),
        heading("2.\tRECOMMENDATION"),
        ("pn", "2.1\t" + cover),
        heading("3.\tBACKGROUND"),
        ("pn", "3.1\tParents have the right to educate their children at home. The Council has a duty to make "
               "arrangements to find out whether any child of compulsory school age is not receiving a suitable "
               "education, but it has no power to see the child or the work at home unless there are concerns."),
        ("pn", "3.2\tThe number of children known to be educated at home in Oakhurst has more than doubled in five "
               "years. On the census day in October 2025 it was 1,486. The Committee set up the Group in July 2025 "
               "after members raised the rise and the concerns of schools."),
        ("table", {"cols": [5.6, 2.3, 2.3, 2.3, 2.3, 2.2], "font": 9, "header_fill": "CFE3E5",
                   "header": ["Children educated at home", "2021", "2022", "2023", "2024", "2025"],
                   "rows": [
                       ["On the register at census day (October)", "702", "861", "1,024", "1,251", "1,486"],
                       ["  of whom with an EHC plan", "41", "58", "77", "96", "118"],
                       ["New notifications in the school year", "611", "684", "790", "872", "944"],
                       ["Returned to school in the school year", "203", "231", "260", "288", "301"],
                   ]}),
        ("p", "<<595959|Source: Oakhurst County Council Elective Home Education Team records.>>"),
        heading("4.\tHOW THE GROUP CARRIED OUT ITS REVIEW"),
        ("pn", "4.1\tThe Group met seven times. It heard from:"),
        ("list", "bullet", 1, [
            "the Director of Education, the Head of Inclusion and the Elective Home Education Team;",
            "headteachers of four primary and three secondary schools, and the Oakhurst Association of Secondary "
            "Heads;",
            "the Oakhurst Parent Carer Forum and the Oakhurst Home Educators’ Network;",
            "the Designated Nurse for Safeguarding Children and the school nursing service; and",
            "twelve families who educate, or have educated, their children at home.",
        ]),
        ("pn", "4.2\tMembers also visited a home education group that meets at Ashgrove library and looked at how "
               "two other county councils support families."),
        heading("5.\tWHAT WE FOUND"),
        ("ph", 10.5, "Why families choose home education"),
        ("pn", "5.1\tMost families told us that home education was a positive choice. A growing number, however, "
               "said they had taken their child out of school because their child’s needs were not being met, "
               "because of anxiety or because they felt under pressure. One in three of the families the team "
               "visited in 2024/25 gave anxiety or mental health as a reason."),
        ("pn", "5.2\tThe share of children with an education, health and care plan has risen from 5.8% to 7.9% of "
               "those on the register. Families of children with SEND told us that they did not know that the "
               "Council must still review the plan every year."),
        ("ph", 10.5, "Knowing who is educated at home"),
        ("pn", "5.3\tThe register depends on schools telling the Council when a child leaves. Schools do this well, "
               "but the team is not always able to contact the family quickly. In the summer term of 2025, 38% of "
               "families were first contacted more than four weeks after the child left school."),
        ("pn", "5.4\tHeadteachers told us that some parents are encouraged to home educate to avoid an exclusion. "
               "The Group found no direct evidence of this in Oakhurst, but it heard that some families had not "
               "been offered a meeting before the child came off roll. The Oakhurst Association of Secondary Heads "
               "recommended that every school should offer such a meeting."),
        ("ph", 10.5, "Support for families"),
        ("pn", "5.5\tThe team has 3.6 full-time equivalent posts for almost 1,500 children, a ratio higher than in "
               "the councils we compared. Families said the advice they were given was helpful but hard to find, "
               "and that arranging exams as private candidates was costly and confusing."),
        ("ph", 10.5, "Health and safeguarding"),
        ("pn", "5.6\tChildren educated at home are not at greater risk because they are at home, but they are less "
               "visible to professionals. The school nursing service does not at present offer health checks or "
               "the immunisation programme to children who are not on a school roll."),
        heading("6.\tCONCLUSIONS"),
        ("pn", "6.1\tThe Council is doing what the law requires, but the service has not kept pace with demand, and "
               "families, especially those of children with SEND, do not always get the contact and support they "
               "need. Our recommendations are in three themes."),
        heading("7.\tTHE GROUP’S RECOMMENDATIONS"),
    ] + rec_blocks + [
        heading("8.\tNEXT STEPS"),
        ("pn", "8.1\tIf the Committee endorses the recommendations, they will be sent to the Cabinet Member, who "
               "will be asked to respond within two months. The Committee will check progress on the "
               "recommendations that are accepted after six and twelve months."),
        heading("9.\tIMPLICATIONS"),
        ("pn", "9.1\t**Financial:** recommendation 4 would cost about £68,000 a year if agreed, and would be "
               "considered with the 2027/28 budget. The other recommendations can be met from existing budgets."),
        ("pn", "9.2\t**Legal:** the recommendations are consistent with the Education Act 1996 and the Department "
               "for Education’s guidance for local authorities on elective home education."),
        ("pn", "9.3\t**Equalities:** children with SEND and children with anxiety are over-represented among "
               "those newly educated at home; recommendations 5 and 6 are aimed at them."),
        heading("10.\tBACKGROUND PAPERS"),
        ("pn", "10.1\tNotes of the Group’s evidence sessions (September 2025 to January 2026), available from the "
               "lead officer."),
    ]
    recommendations = [recommendation("2.1", cover, verb="ENDORSES", addressee="Committee")]
    recommendations += [recommendation(n, text, verb=verb, addressee=addr, theme=theme, owners=owners)
                        for n, theme, text, verb, addr, _line, owners in recs]
    return {
        "name": "oakhurst-cyp-scrutiny-elective-home-education-task-and-finish-report",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-02-27", "doc_title": title, "author": "Scrutiny Officer (Children’s Services)",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10.5, "title_size": 16,
                 "title_color": teal,
                 "m_footer": (f"Oakhurst County Council – {committee} – 10 March 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="scrutiny task and finish group report on elective home education, with numbered "
                           "recommendations to the Cabinet Member and partners, each in a shaded box with a "
                           "\"Directed to:\" line", kind="scrutiny-report", title=title, authority=OAKHURST,
                     date="2026-03-10", meeting=committee, recommendations=recommendations),
        "layout": "DOCX (python-docx), Liberation Sans 10.5 pt, an italic running footer with the committee, date "
                  "and \"Page X of Y\" fields, rows that may not split. A right-aligned teal capitals council line; "
                  "a front sheet with horizontal rules only (Report to / Date of meeting / Report of / Lead officer / "
                  "Electoral divisions / Key decision); the teal title and a grey membership line (initials); teal "
                  "bold capital headings that are not styles (\"1.⇥PURPOSE OF THE REPORT\" …) over typed 1.1–10.1 "
                  "hanging paragraphs; \"2.1 That the Committee endorses …\" (the covering recommendation); a "
                  "figures table with a teal header; evidence bullets; findings under bold sub-headings, one "
                  "\"The Oakhurst Association of Secondary Heads recommended that every school should …\" (not an "
                  "item); \"7. THE GROUP’S RECOMMENDATIONS\" with three bold theme lines over eight shaded one-cell "
                  "boxes, each a bold \"Recommendation n\" line, the recommendation (\"That the Cabinet Member … "
                  "writes …\", \"X should …\", a passive \"That schools are asked …\", an imperative, \"That the "
                  "Partnership includes …\") and a grey \"Directed to:\" line (split by \"/\" and \";\"); next steps, "
                  "bold-led implications and background papers (not items).",
    }


# ---------------------------------------------------------------------------
# AF2. Full governing board minutes of a maintained primary school (python-docx → LibreOffice,
#      NinthMWriter, Liberation Sans 10 pt): bold "DECISION:" lines, "Governors RESOLVED:" over a
#      Word-lettered (a)/(b) list, bold "ACTION:" lines to the headteacher and clerk, a confidential
#      item withheld, and an action log of earlier meetings' actions.
# ---------------------------------------------------------------------------


def hartsmere_park_fgb_minutes():
    green = "2E6B30"
    maker = "Full Governing Board"
    title = "Full Governing Board"
    d3 = "The minutes of the meeting held on 2 December 2025 were approved as an accurate record and signed by the Chair."
    d4 = "Governors appointed E.N. as the link governor for special educational needs and disabilities (SEND) until the end of the 2025/26 school year."
    d6 = "Governors approved the revised School Development Plan 2025–2027, with the changes to priority 2 agreed at the meeting."
    d7 = [
        ("a", "to approve a virement of £14,500 from the premises budget to the staffing budget to fund an additional "
              "teaching assistant in Year 2 until 31 July 2026; and"),
        ("b", "to approve the Schools Financial Value Standard return for 2025/26 for submission to Hartsmere City Council."),
    ]
    d8 = ("Governors ratified the Child Protection and Safeguarding Policy, the Relationships and Behaviour Policy and "
          "the Charging and Remissions Policy.")
    # (words after "ACTION:", owners, timeframe, due)
    acts = [
        ("Headteacher to circulate attendance figures by year group, including persistent absence, to all governors "
         "by 20 February.", ["Headteacher"], "by 20 February", "2026-02-20"),
        ("Clerk to update the governor link roles and the register of interests on the school website by 27 February.",
         ["Clerk"], "by 27 February", "2026-02-27"),
        ("Headteacher and SENCo to present the findings of the SEND provision review at the next meeting.",
         ["Headteacher", "SENCo"], "at the next meeting", None),
        ("School Business Manager to submit the SFVS return to the City Council by 31 March 2026.",
         ["School Business Manager"], "by 31 March 2026", "2026-03-31"),
        ("Clerk to book whole-board safeguarding refresher training with Hartsmere Governor Services before the end "
         "of March.", ["Clerk"], "before the end of March", "2026-03"),
        ("Chair to arrange the headteacher’s mid-year performance review meeting with the external adviser.",
         ["Chair"], None, None),
    ]
    # (ref, meeting, action, owner cell, owners, due cell, due, status cell, status)
    log = [
        ("25/26-07", "14/10/2025", "Review the accessibility plan and take it to the Resources Committee.",
         "Headteacher /\nSBM", ["Headteacher", "SBM"], "Jan 2026", "2026-01", "Complete", "completed"),
        ("25/26-09", "14/10/2025", "Arrange a governor visit to see phonics teaching in Reception and Year 1.",
         "Curriculum link governor (K.D.)", ["Curriculum link governor (K.D.)"], "End of March 2026", "2026-03",
         "In progress – visit booked for 24 February", "ongoing"),
        ("25/26-14", "02/12/2025", "Obtain three quotes for resurfacing the Key Stage 2 playground.", "SBM", ["SBM"],
         "31/03/2026", "2026-03-31", "In progress", "ongoing"),
        ("25/26-15", "02/12/2025", "Complete the governor skills audit and return it to the Clerk.", "All governors",
         ["All governors"], "16/01/2026", "2026-01-16", "Not started – reissued, see item 10", "not-started"),
        ("25/26-16", "02/12/2025", "Ask the City Council’s admissions team for the projected Reception intake for "
                                   "September 2026.", "Headteacher", ["Headteacher"], "", None,
         "Deferred – figures not published until April", "deferred"),
    ]
    blocks = [
        ("pr", f"<<{green}|**HARTSMERE PARK PRIMARY SCHOOL**>>"),
        ("pr", "<<595959|A community school maintained by Hartsmere City Council · Park Road, Hartsmere HM4 7PP>>"),
        ("title", title),
        ("p", "**Minutes of the meeting held on Tuesday 3 February 2026 at 6.00 pm in the school library**"),
        ("table", {"cols": [3.4, 13.6], "borders": False, "font": 9.5, "rows": [
            ["**Present:**", "A.R. (Chair, co-opted governor); J.T. (Headteacher); B.S. (Vice-Chair, parent governor); "
                             "C.M. (local authority governor); E.N. and F.O. (parent governors); K.D. and L.P. "
                             "(co-opted governors); M.W. (staff governor)"],
            ["**In attendance:**", "School Business Manager (SBM) for items 1–7; SENCo for item 5; Clerk to the "
                                   "Governing Board (minutes)"],
            ["**Apologies:**", "G.H. (co-opted governor) – consent given"],
            ["**Absent:**", "None"],
        ]}),
        ("p", "The meeting was quorate throughout (9 of 10 governors present)."),
        ("ph", 11, f"<<{green}|1.  Welcome and apologies>>"),
        ("p", "The Chair welcomed governors. Apologies from G.H. were received and governors consented to the absence."),
        ("ph", 11, f"<<{green}|2.  Declarations of business and pecuniary interests>>"),
        ("p", "M.W. declared an interest in item 7 (a relative is a teaching assistant at the school) and did not take part "
              "in the decision on the virement. There were no other declarations."),
        ("ph", 11, f"<<{green}|3.  Minutes of the last meeting and matters arising>>"),
        ("p", "**DECISION:** " + d3),
        ("p", "Matters arising were covered by the action log at the end of these minutes."),
        ("ph", 11, f"<<{green}|4.  Governing board membership and link roles>>"),
        ("p", "The Chair reported that one parent governor vacancy remained after the autumn election. E.N. had offered "
              "to take on the SEND link role, which had been vacant since December."),
        ("p", "**DECISION:** " + d4),
        ("ph", 11, f"<<{green}|5.  Headteacher’s report>>"),
        ("p", "The Headteacher’s report had been circulated. She highlighted that overall attendance for the autumn "
              "term was 94.6%, against 95.1% last year, and that persistent absence had risen to 14.2%, mostly in "
              "Years 4 and 6. The school had 312 pupils on roll, of whom 46 were on the SEND register and 7 had an "
              "education, health and care plan."),
        ("p", "A governor asked why persistent absence had risen in Year 6. The Headteacher explained that a small "
              "number of families had taken extended holidays and that two pupils were on reduced timetables "
              "agreed with their families and the Hartsmere inclusion team. Governors asked to see the figures by "
              "year group."),
        ("p", "**ACTION:** " + acts[0][0]),
        ("p", "The SENCo summarised the SEND provision review she was carrying out with the City Council’s SEND "
              "advisory teacher. Governors asked how the review would take account of parents’ views; the SENCo said "
              "that a survey would go to all families on the SEND register this month."),
        ("p", "**ACTION:** " + acts[2][0]),
        ("ph", 11, f"<<{green}|6.  School Development Plan>>"),
        ("p", "The Headteacher presented the revised School Development Plan. Priority 2 (reading for pleasure in Key "
              "Stage 2) had been reworded following governors’ comments at the Standards Committee. Governors "
              "challenged whether the success criteria for priority 3 (attendance) were ambitious enough, and the "
              "Headteacher raised the target to 96%."),
        ("p", "**DECISION:** " + d6),
        ("ph", 11, f"<<{green}|7.  Finance: budget monitoring and SFVS>>"),
        ("p", "The School Business Manager presented the budget monitoring report to 31 December 2025. The school was "
              "forecasting an in-year deficit of £6,200 against a planned deficit of £9,800, leaving a carry-forward "
              "of about £41,000. Governors went through the SFVS checklist and the dashboard; all questions were "
              "answered “yes” apart from question 14, on benchmarking, for which an action is in the plan."),
        ("p", "**Governors RESOLVED:**"),
        ("list", "(a)", 1, [t for _, t in d7]),
        ("p", "**ACTION:** " + acts[3][0]),
        ("ph", 11, f"<<{green}|8.  Policies>>"),
        ("p", "The policies had been reviewed by the Standards Committee and circulated. The Child Protection and "
              "Safeguarding Policy follows the City Council’s model policy and Keeping Children Safe in Education."),
        ("p", "**DECISION:** " + d8),
        ("ph", 11, f"<<{green}|9.  Safeguarding link governor report>>"),
        ("p", "B.S. reported on her visit on 20 January, when she checked the single central record with the "
              "Headteacher and found it complete. Governors noted the report."),
        ("ph", 11, f"<<{green}|10.  Governor training, visits and skills audit>>"),
        ("p", "The Clerk reported that three governors had not completed the skills audit and reissued the form. "
              "Four governors had attended Hartsmere Governor Services courses since the last meeting."),
        ("p", "**ACTION:** " + acts[1][0]),
        ("p", "**ACTION:** " + acts[4][0]),
        ("ph", 11, f"<<{green}|11.  Headteacher’s performance review>>"),
        ("p", "**ACTION:** " + acts[5][0]),
        ("ph", 11, f"<<{green}|12.  Confidential item (Part 2)>>"),
        ("p", "Staff members and the School Business Manager left the meeting. Governors considered a confidential "
              "staffing matter. This item is recorded in separate confidential minutes, which are not published."),
        ("ph", 11, f"<<{green}|13.  Date of next meeting>>"),
        ("p", "Tuesday 24 March 2026 at 6.00 pm. The meeting closed at 8.05 pm."),
        ("table", {"cols": [9.5, 7.5], "borders": False, "rows": [
            ["Signed ....................................... (Chair)", "Date ..............................."],
        ]}),
        ("break",),
        ("ph", 12, f"<<{green}|Action log – actions from earlier meetings>>"),
        ("p", "Actions stay on the log until governors have seen them completed. New actions from this meeting are set "
              "out in bold in the minutes above and will be added to the log for the next meeting."),
        ("table", {"cols": [1.9, 2.0, 5.4, 2.8, 2.3, 2.6], "font": 9, "header_fill": "D8E8D0",
                   "header": ["Ref", "Meeting", "Action", "Owner", "Due", "Status"],
                   "rows": [[r[0], r[1], r[2], r[3], r[5], r[7]] for r in log]}),
        ("p", "<<595959|Clerk to the Governing Board: clerk@hartsmerepark.example – 01632 960 583>>"),
    ]
    decisions = [decision("3", None, d3, maker), decision("4", None, d4, maker), decision("6", None, d6, maker)]
    decisions += [decision("7", n, t, maker) for n, t in d7]
    decisions += [decision("8", None, d8, maker)]
    actions = [action(None, text, owners, timeframe, due, None) for text, owners, timeframe, due in acts]
    actions += [action(r[0], r[2], r[4], r[5] or None, r[6], r[8]) for r in log]
    return {
        "name": "hartsmere-park-primary-school-full-governing-board-minutes-february-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-10", "doc_title": "Hartsmere Park Primary School – Full Governing Board minutes",
                 "author": "Clerk to the Governing Board", "ninth_m": True, "cant_split": True,
                 "font": "Liberation Sans", "size": 10, "title_size": 17, "title_color": green,
                 "m_header": ("Hartsmere Park Primary School – Full Governing Board – 3 February 2026",
                              "Draft until approved"),
                 "m_footer": ("Part 1 minutes (public)", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="maintained primary school full governing board minutes with DECISION: lines, a "
                           "RESOLVED list, ACTION: lines, a confidential item withheld and an action log of earlier "
                           "meetings' actions", kind="minutes", title=title, authority=HARTSMERE_PARK,
                     date="2026-02-03", meeting=maker, decisions=decisions, actions=actions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10 pt, an italic running header (school, board, "
                  "date | \"Draft until approved\") and footer (\"Part 1 minutes (public)\" | \"Page X of Y\"), rows "
                  "that may not split. Right-aligned green bold capitals school line and a grey line naming the "
                  "maintaining council; the green title (the board's name) and a bold meeting line; a borderless "
                  "attendance table (Present / In attendance / Apologies / Absent; initials and roles, not items); "
                  "items 1–13 as green bold lines that are not styles; bold \"DECISION:\" lines with the board's "
                  "own sentence (one passive: \"The minutes … were approved …\"); \"Governors RESOLVED:\" over a "
                  "Word-lettered (a)/(b) list (\"to approve …; and\"); six bold \"ACTION:\" lines (\"Headteacher "
                  "to …\", \"Headteacher and SENCo to …\", \"Clerk to …\", \"School Business Manager to …\", "
                  "\"Chair to …\"; \"by 20 February\", \"by 27 February\", \"at the next meeting\", \"by 31 March "
                  "2026\", \"before the end of March\", one with no date); governors' questions and challenge, "
                  "\"Governors noted the report.\" and a declaration (not items); a Part 2 confidential item "
                  "recorded only as withheld; a signature table. After a page break, an action log of earlier "
                  "meetings' actions Ref | Meeting | Action | Owner | Due | Status with a pale green header: refs "
                  "25/26-07 … 25/26-16, owners \"Headteacher /⏎SBM\", \"Curriculum link governor (K.D.)\", "
                  "\"All governors\"; due \"Jan 2026\", \"End of March 2026\", \"31/03/2026\", \"16/01/2026\" and one "
                  "empty; statuses Complete, \"In progress – …\", In progress, \"Not started – …\", \"Deferred – …\".",
    }


# ---------------------------------------------------------------------------
# AF3. School term and holiday dates 2027/28 and the admissions timetable (HTML → Chromium, A4
#      portrait, Liberation Sans 10 pt); nothing to find.
# ---------------------------------------------------------------------------


def oakhurst_term_dates():
    blue = "1F4E79"
    title = "School Term and Holiday Dates 2027 to 2028"
    terms = [
        [{"text": "Autumn term 2027", "bold": True, "vspan": 2}, "Term starts", "Wednesday 1 September 2027"],
        ["^", "Half term", "Monday 25 October to Friday 29 October 2027"],
        [{"text": "", "vspan": 1}, "Term ends", "Friday 17 December 2027"],
        [{"text": "Christmas holiday", "bold": True, "fill": "EAF1F8"},
         {"text": "Monday 20 December 2027 to Monday 3 January 2028", "span": 2, "fill": "EAF1F8"}, "<"],
        [{"text": "Spring term 2028", "bold": True, "vspan": 3}, "Term starts", "Tuesday 4 January 2028"],
        ["^", "Half term", "Monday 14 February to Friday 18 February 2028"],
        ["^", "Term ends", "Friday 7 April 2028"],
        [{"text": "Easter holiday", "bold": True, "fill": "EAF1F8"},
         {"text": "Monday 10 April to Friday 21 April 2028", "span": 2, "fill": "EAF1F8"}, "<"],
        [{"text": "Summer term 2028", "bold": True, "vspan": 3}, "Term starts", "Monday 24 April 2028"],
        ["^", "Half term", "Monday 29 May to Friday 2 June 2028"],
        ["^", "Term ends", "Thursday 20 July 2028"],
    ]
    # The autumn term has three rows; fix the first cell to span them.
    terms[0][0]["vspan"] = 3
    terms[2][0] = "^"
    days = [
        ["Autumn term", "73"], ["Spring term", "64"], ["Summer term", "58"], ["**Total**", "**195**"],
    ]
    admissions = [
        ["Applications open", "Tuesday 1 September 2026", "Monday 2 November 2026"],
        ["Closing date for on-time applications", "Saturday 31 October 2026", "Friday 15 January 2027"],
        ["National offer day (offers e-mailed to parents)", "Monday 1 March 2027", "Friday 16 April 2027"],
        ["Last date to accept or decline the offer", "Monday 15 March 2027", "Friday 30 April 2027"],
        ["Last date to lodge an appeal", "Thursday 1 April 2027", "Friday 14 May 2027"],
        ["Appeals heard by", "Friday 2 July 2027", "Friday 16 July 2027"],
    ]
    blocks = [
        ("p", f"<<{blue}|**OAKHURST COUNTY COUNCIL**>>  ·  Education and Learning"),
        ("title", title),
        ("p", "<<595959|For community and voluntary controlled schools in Oakhurst · Published January 2026>>"),
        ("h", 2, "Term and holiday dates"),
        ("p", "These are the term dates for community and voluntary controlled schools, which the County Council sets "
              "as the admission authority and employer. Academies, free schools, foundation and voluntary aided "
              "schools set their own term dates; most of them follow these dates, but please check with your "
              "child’s school."),
        ("table", {"cols": [4.2, 3.2, 9.6], "font": 9.5, "header_fill": "D5E3F0",
                   "header": ["Term", "", "Date"], "rows": terms}),
        ("p", "Bank holidays in the school year: Monday 27 and Tuesday 28 December 2027, Monday 3 January 2028, Good "
              "Friday 14 April 2028, Easter Monday 17 April 2028, Monday 1 May 2028 and Monday 29 May 2028."),
        ("h", 2, "Staff training (INSET) days"),
        ("p", "Schools are open to pupils for 190 days. Each school also has five staff training days, which the "
              "school chooses and must publish on its website. Schools often use the first day of the autumn term "
              "as a training day, so some pupils will start on Thursday 2 September 2027."),
        ("table", {"cols": [8.0, 4.0], "font": 9.5, "header_fill": "D5E3F0",
                   "header": ["School days (including five training days)", "Days"], "rows": days}),
        ("h", 2, "Admissions timetable for September 2027"),
        ("p", "This timetable is for children starting in Reception or moving to secondary school in September 2027. "
              "Parents apply to the council where they live, even if the school they prefer is in another area. The "
              "dates are set by the national co-ordination rules; where a date falls on a weekend, online "
              "applications stay open until midnight."),
        ("table", {"cols": [6.4, 5.3, 5.3], "font": 9.5, "header_fill": "D5E3F0",
                   "header": ["Stage", "Secondary (Year 7)", "Primary (Reception)"], "rows": admissions}),
        ("p", "Children born between 1 September 2022 and 31 August 2023 start Reception in September 2027. Children "
              "born between 1 September 2015 and 31 August 2016 move to secondary school in September 2027. "
              "Applications for junior schools (Year 3) follow the primary timetable."),
        ("h", 2, "Moving school during the year"),
        ("p", "Applications for a place in any other year group, or outside the normal round, are made directly to "
              "the school for academies and to the County Council for community and voluntary controlled schools. "
              "Most decisions are made within 15 school days."),
        ("h", 2, "Contact us"),
        ("p", "School Admissions, Oakhurst County Council, County Hall, Castle Street, Oakhurst OK1 2CH – "
              "admissions@oakhurst.example – 01632 960 500 (Monday to Friday, 9.00 am to 4.30 pm)."),
        ("p", "<<595959|Term dates for 2028 to 2029 will be published in January 2027.>>"),
    ]
    css = ("@page { margin: 18mm 17mm 18mm 17mm; "
           "@top-right { content: \"Oakhurst County Council – School term dates 2027/28\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } "
           "@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } }\n"
           "h1.title { font-size: 18pt; margin-bottom: 2pt; }\n"
           "h2 { color: #1F4E79; border-bottom: 0.8pt solid #1F4E79; padding-bottom: 1pt; page-break-after: avoid; }\n"
           "th { color: #1F4E79; }\n")
    return {
        "name": "oakhurst-school-term-dates-2027-28-and-admissions-timetable",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Sans', sans-serif", "size": 10, "title_color": blue},
        "blocks": blocks,
        "gold": dict(genre="county council school term and holiday dates with the admissions timetable; nothing "
                           "to find", kind="other", title=title, authority=OAKHURST, date="2026-01", meeting=None),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (a grey line top "
                  "right, \"Page n of m\" at the foot); 2 pages. A blue bold capitals council line with the service, "
                  "the blue title and a grey \"… Published January 2026\" line; blue h2 sections with rules; a term "
                  "dates table Term | (blank) | Date with a pale blue header, the term names merged down over their "
                  "start / half term / end rows and the holiday rows shaded and merged across two columns; a bank "
                  "holidays paragraph; a school days table with a bold total row; an admissions timetable Stage | "
                  "Secondary (Year 7) | Primary (Reception) with closing dates, offer days and appeal deadlines "
                  "(dates parents must meet, not actions); a contact line. Nothing to find.",
    }


# ---------------------------------------------------------------------------
# AF4. Schools Forum minutes (Markdown → pandoc DOCX, pandoc's styles): decisions by vote of the
#      school members, de-delegation by maintained primary and secondary members, recommendations to
#      the local authority, bold "Action:" lines.
# ---------------------------------------------------------------------------


def oakhurst_schools_forum_minutes():
    maker = "Oakhurst Schools Forum"
    title = "Oakhurst Schools Forum"
    d3 = "The minutes of the meeting held on 27 November 2025 were agreed as an accurate record."
    d5a = ("Forum members agreed the transfer of 0.5% of the Schools Block (£2.31 million) to the High Needs Block "
           "in 2026/27.")
    d5b = ("Forum members recommended to the local authority that the 2026/27 mainstream schools funding formula "
           "uses the National Funding Formula factor values in full, with the minimum funding guarantee set at "
           "0.0% per pupil.")
    d6 = [
        ("a", "Maintained primary members voted to de-delegate funding for trade union facilities time, behaviour "
              "support and free school meals eligibility checking in 2026/27, at the per-pupil rates in Appendix B;"),
        ("b", "Maintained secondary members voted to de-delegate funding for trade union facilities time and free "
              "school meals eligibility checking in 2026/27, but not for behaviour support."),
    ]
    d7 = ("Forum members approved the central school services budget of £4.18 million for 2026/27, including "
          "£0.62 million for historic commitments.")
    d9 = ("Forum members supported the local authority’s proposal to pass through 96% of the early years funding "
          "to providers in 2026/27, with a base rate of £5.86 an hour for three- and four-year-olds, and "
          "recommended that the SEN inclusion fund is increased to £1.1 million.")
    # (words after "Action:", owners, timeframe, due)
    acts = [
        ("Head of School Funding to issue final 2026/27 budget shares to maintained schools by 27 February.",
         ["Head of School Funding"], "by 27 February", "2026-02-27"),
        ("Clerk to send the de-delegation rates in Appendix B to all maintained schools.", ["Clerk"], None, None),
        ("Head of SEND Services to present the revised DSG deficit management plan at the meeting on 12 March 2026.",
         ["Head of SEND Services"], "at the meeting on 12 March 2026", "2026-03-12"),
        ("Early Years Funding Manager and Head of School Funding to write to all early years providers with the "
         "2026/27 rates by 13 February.", ["Early Years Funding Manager", "Head of School Funding"], "by 13 February",
         "2026-02-13"),
    ]
    md = [
        "**OAKHURST COUNTY COUNCIL**",
        f"# {title}",
        "**Minutes** of the meeting held on Thursday 22 January 2026 at 1.30 pm in the Council Chamber, County Hall, "
        "Oakhurst, and online",
        "## Membership and attendance",
        "| Group | Members present |\n|:--------------------------------|:---------------------------------------------|\n"
        "| Maintained primary headteachers | P.A. (Chair), R.B., T.C. |\n"
        "| Maintained primary governors | V.D. |\n"
        "| Maintained secondary headteacher | W.E. |\n"
        "| Academy members | A.F. (Vice-Chair), B.G., C.H., D.I. |\n"
        "| Special schools | E.J. |\n"
        "| Alternative provision | F.K. |\n"
        "| Early years (private, voluntary and independent) | G.L. |\n"
        "| 16–19 providers (non-school member) | H.M. |\n"
        "| Trade unions (non-school member) | J.N. |\n"
        "| Diocesan boards (non-school member) | K.O. |",
        "**Apologies:** L.P. (academy member, substitute M.Q. attended), N.R. (maintained primary governor)  \n"
        "**Local authority officers:** Director of Education; Head of School Funding; Head of SEND Services; Early "
        "Years Funding Manager; Clerk to the Forum  \n"
        "**Also present:** the Cabinet Member for Education and Skills (observer)",
        "## 1. Welcome, apologies and quorum",
        "The Chair welcomed members. The meeting was quorate: 16 of the 17 members were present or represented by a "
        "substitute. "
        "The Clerk reminded members that only school members and the early years member may vote on the funding "
        "formula and block transfer, and that de-delegation is voted on only by the maintained members of the "
        "phase concerned.",
        "## 2. Declarations of interest",
        "F.K. declared an interest in item 8 as the headteacher of the pupil referral unit named in the high needs "
        "report. No other interests were declared.",
        "## 3. Minutes of the last meeting and matters arising",
        f"**Decision:** {d3}",
        "On matters arising, the Head of School Funding confirmed that the disapplication request for the 2025/26 "
        "minimum funding guarantee had been approved by the Department for Education.",
        "## 4. Dedicated Schools Grant settlement 2026/27",
        "The Head of School Funding presented the settlement announced in December.",
        grid_table([30, 18, 18, 14],
                   ["Block", "2025/26 (£m)", "2026/27 (£m)", "Change"],
                   [["Schools Block", "455.20", "462.04", "+1.5%"],
                    ["Central School Services Block", "4.09", "4.18", "+2.2%"],
                    ["High Needs Block", "118.60", "124.30", "+4.8%"],
                    ["Early Years Block", "86.75", "97.12", "+12.0%"],
                    ["Total Dedicated Schools Grant", "664.64", "687.64", "+3.5%"]]),
        "Members noted the settlement. A member asked whether the increase for high needs would cover the rise in "
        "education, health and care plans; the Head of SEND Services said it would not (see item 8).",
        "## 5. Schools Block: funding formula and block transfer 2026/27",
        "The Head of School Funding reported the results of the autumn consultation with all schools. Of the 184 "
        "schools that responded, 112 (61%) supported a transfer of 0.5% to the High Needs Block, to fund the "
        "expansion of specialist resource bases in mainstream schools. Secondary headteachers expressed concern at "
        "the effect on schools already in deficit; academy members asked for a clear report on how the money would "
        "be used.",
        "Members entitled to vote voted on the proposed transfer: 8 in favour, 4 against and 1 abstention.",
        f"**Decision:** {d5a}",
        "Members then considered the formula. The local authority proposed to mirror the National Funding Formula, "
        "as in previous years.",
        f"**Decision:** {d5b}",
        "The Director of Education said that the Cabinet Member would take the final decision on the formula on 29 "
        "January, taking account of the Forum’s views.",
        "**Action:** " + acts[0][0],
        "## 6. De-delegation for maintained schools 2026/27",
        "The Head of School Funding set out the three services that maintained schools have previously agreed to "
        "fund centrally. Maintained primary members and the maintained secondary member voted separately on each "
        "service.",
        grid_table([38, 20, 20],
                   ["Service", "Primary members", "Secondary member"],
                   [["Trade union facilities time", "4 for, 0 against", "1 for"],
                    ["Behaviour support", "3 for, 1 against", "0 for, 1 against"],
                    ["Free school meals eligibility checking", "4 for, 0 against", "1 for"]]),
        "**Decisions:**",
        "\n".join(f"({n}) {text}" for n, text in d6),
        "**Action:** " + acts[1][0],
        "## 7. Central School Services Block 2026/27",
        "Members reviewed the proposed budget for central services, including admissions, the Forum’s own costs and "
        "the historic commitments for the Oakhurst Music Service and the pupil referral unit premises.",
        f"**Decision:** {d7}",
        "## 8. High Needs Block and the DSG deficit management plan",
        "The Head of SEND Services reported a forecast in-year overspend on the High Needs Block of £9.6 million and a "
        "cumulative deficit of £38.4 million at 31 March 2026. The number of education, health and care plans had "
        "risen by 14% in a year. The revised deficit management plan would be brought to the next meeting with the "
        "Department for Education’s comments.",
        "Members asked for more detail on independent special school placements, which account for 31% of high "
        "needs spending. The Director of Education agreed to include this in the next report. The Forum noted the "
        "report.",
        "**Action:** " + acts[2][0],
        "## 9. Early years funding 2026/27",
        "The Early Years Funding Manager presented the early years funding formula, on which all providers had been "
        "consulted in December. The early years member welcomed the higher base rate but said that many providers "
        "were still struggling with staffing costs.",
        f"**Decision:** {d9}",
        "**Action:** " + acts[3][0],
        "## 10. Falling rolls fund",
        "The Head of School Funding gave an update on the five primary schools that had received falling rolls "
        "funding in 2025/26. The criteria will be reviewed with the Forum in the summer term. The Forum noted the "
        "update.",
        "## 11. Work programme and any other business",
        "The work programme was noted. There was no other business.",
        "The next meeting will be held on Thursday 12 March 2026 at 1.30 pm.",
        "*Clerk to the Forum: schools.forum@oakhurst.example – 01632 960 468*",
    ]
    decisions = [decision("3", None, d3, maker), decision("5", None, d5a, maker), decision("5", None, d5b, maker)]
    decisions += [decision("6", n, t, maker) for n, t in d6]
    decisions += [decision("7", None, d7, maker), decision("9", None, d9, maker)]
    actions = [action(None, text, owners, timeframe, due, None) for text, owners, timeframe, due in acts]
    return {
        "name": "oakhurst-schools-forum-minutes-january-2026",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-01-29"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="schools forum minutes with decisions by vote of school members, de-delegation voted by "
                           "maintained phase members, recommendations to the local authority and Action: lines",
                     kind="minutes", title=title, authority=OAKHURST, date="2026-01-22", meeting=maker,
                     decisions=decisions, actions=actions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals council line above the H1 (the "
                  "Forum's name) and a \"**Minutes** of the meeting held on …\" line; a membership pipe table Group "
                  "| Members present (initials by group), bold-led Apologies / Local authority officers / Also "
                  "present lines joined by hard line breaks (not items). Items 1.–11. as Heading 2; a note on who "
                  "may vote; a declaration; a DSG settlement grid table (figures); \"Members entitled to vote voted on the "
                  "proposed transfer: 8 in favour, 4 against and 1 abstention.\" (the vote, not the decision); bold "
                  "\"Decision:\" paragraphs with the Forum's sentence (one passive, \"Forum members agreed …\", "
                  "\"… recommended to the local authority that …\", \"… approved …\", \"… supported … and "
                  "recommended that …\"); a de-delegation votes grid table; a bold \"Decisions:\" over a pandoc "
                  "(a)/(b) list (\"Maintained primary members voted to "
                  "de-delegate …;\", \"Maintained secondary members voted to de-delegate … but not for behaviour "
                  "support.\"); four bold \"Action:\" lines (\"by 27 February\", \"at the meeting on 12 March 2026\", "
                  "\"by 13 February\", one with no date; one with two owners joined by \"and\"); \"The Forum noted "
                  "…\" items, the Director's undertaking to include detail in the next report and the Cabinet "
                  "Member's later decision on the formula (not items); next meeting and an italic clerk line.",
    }


# ---------------------------------------------------------------------------
# AF5. Local area SEND Priority Action Plan progress report to the SEND Partnership Board (HTML →
#      Chromium, A4 landscape, Liberation Sans 9.5 pt): a boxed "The Board is asked to:" list, a
#      measures table, a RAG key, and one table per area with actions led by several agencies.
# ---------------------------------------------------------------------------


def oakhurst_send_priority_action_plan():
    plum = "6A1B4D"
    board = "Oakhurst SEND Partnership Board"
    title = "Priority Action Plan: Progress Report to the SEND Partnership Board"
    asks = [
        ("i", "note the progress made against the Priority Action Plan in the six months since it was published;",
         "NOTE"),
        ("ii", "agree the revised timescales for actions 1.3 and 3.2 set out in section 4; and", "AGREE"),
        ("iii", "agree that this report is shared with the Department for Education and NHS England before the "
                "stocktake meeting on 14 April 2026.", "AGREE"),
    ]
    a1 = ("Area for priority action 1: Leaders across education, health and care should urgently improve the "
          "timeliness and quality of education, health and care (EHC) plans, so that children’s needs are "
          "accurately identified and met.")
    a2 = ("Area for priority action 2: Leaders should improve the identification of, and support for, children and "
          "young people who are waiting for a neurodevelopmental assessment.")
    a3 = ("Area for improvement 3: Leaders should improve how they communicate with children, young people and "
          "their families, so that families know what support is available and how to get it.")
    key_fill = {"B": "9DC3E6", "G": "A9D18E", "A": "FFD966", "R": "F4B183", "–": None}
    # (area, ref, action, lead cell, owners, milestone, by-when cell, due, rag, status, measure, progress)
    rows = [
        (a1, "1.1", "Recruit six more EHC coordinators and two educational psychologists, using the one-off "
                    "investment agreed by Cabinet in September 2025.", "Head of SEND Services",
         ["Head of SEND Services"], "All posts filled", "December 2025", "2025-12", "B", "completed",
         "EHC plans issued within 20 weeks", "Six coordinators in post since November. One psychologist appointed; "
                                            "the second post is covered by an agency psychologist."),
        (a1, "1.2", "Set up a multi-agency quality assurance panel that audits 20 new EHC plans a month against the "
                    "Oakhurst quality standard.", "Head of SEND Services /\nICB Designated Clinical Officer",
         ["Head of SEND Services", "ICB Designated Clinical Officer"], "First audit report to the Board",
         "January 2026", "2026-01", "G", "ongoing", "Plans rated good or better at audit",
         "Panel meeting monthly since October. 58% of audited plans rated good or better (target 70%)."),
        (a1, "1.3", "Clear the backlog of overdue health advice for EHC needs assessments.",
         "Oakhurst Community Health NHS Trust (Children’s Therapies);\nICB Designated Clinical Officer",
         ["Oakhurst Community Health NHS Trust (Children’s Therapies)", "ICB Designated Clinical Officer"],
         "No health advice more than 6 weeks late", "Revised: June 2026 (was March 2026)", "2026-06", "A", "ongoing",
         "Health advice returned within 6 weeks", "Backlog down from 212 to 96. Speech and language therapy "
                                                  "vacancies have slowed progress; revised date proposed."),
        (a1, "1.4", "Co-produce a new annual review process and pilot it in the North and East localities.",
         "Head of SEND Services, Oakhurst Parent Carer Forum", ["Head of SEND Services", "Oakhurst Parent Carer Forum"],
         "Pilot evaluated", "Q1 2026/27", "2026-06", "G", "ongoing", "Annual reviews completed on time",
         "Process agreed with the Forum in January. Pilot started in 14 schools."),
        (a2, "2.1", "Launch a single point of access for neurodevelopmental referrals, with a ‘support while you "
                    "wait’ offer for families.", "ICB Head of Children’s Commissioning",
         ["ICB Head of Children’s Commissioning"], "Single point of access live", "April 2026", "2026-04", "G",
         "ongoing", "Families offered support within 4 weeks of referral",
         "Provider appointed. Go-live planned for 7 April 2026."),
        (a2, "2.2", "Train 200 school staff through the Oakhurst Inclusion Programme to support autistic pupils and "
                    "pupils with ADHD.", "Head of Inclusion /\nEducational Psychology Service",
         ["Head of Inclusion", "Educational Psychology Service"], "200 staff trained", "31/07/2026", "2026-07-31",
         "G", "ongoing", "Schools reporting confidence in meeting needs", "124 staff from 61 schools trained so far."),
        (a2, "2.3", "Publish waiting times for neurodevelopmental assessment on the Local Offer website every month.",
         "ICB Head of Children’s Commissioning; Local Offer Manager",
         ["ICB Head of Children’s Commissioning", "Local Offer Manager"], "Monthly publication",
         "From November 2025", "2025-11", "B", "completed", "Parent carer survey: ‘I know how long I will wait’",
         "Published every month since November 2025."),
        (a3, "3.1", "Relaunch the Local Offer website with content checked by young people and parent carers.",
         "Local Offer Manager;\nOakhurst Parent Carer Forum", ["Local Offer Manager", "Oakhurst Parent Carer Forum"],
         "New site live", "Sept 2026", "2026-09", "R", "not-started", "Local Offer visits and feedback ratings",
         "Waiting for the new website platform, due in May 2026."),
        (a3, "3.2", "Set up a SEND family helpline run by the Information, Advice and Support Service (SENDIASS).",
         "SENDIASS Manager", ["SENDIASS Manager"], "Helpline open five days a week",
         "Revised: Q2 2026/27 (was Q4 2025/26)", "2026-09", "A", "ongoing", "Calls answered; callers satisfied",
         "Funding agreed. Recruitment of two advisers failed in January; re-advertised."),
        (a3, "3.3", "Agree a joint communications plan for SEND across the council, the ICB and the Trust.",
         "Head of Communications (OCC) and ICB Head of Communications",
         ["Head of Communications (OCC)", "ICB Head of Communications"], "", "", None, "–", None, "", ""),
    ]
    head = ["Ref", "Action", "Lead(s)", "Milestone", "By when", "RAG", "Measure of impact",
            "Progress (February 2026)"]

    def table(area):
        out = []
        for r in rows:
            if r[0] != area:
                continue
            out.append([{"text": r[1], "bold": True}, r[2], r[3], r[5], r[6],
                        {"text": r[8], "bold": True, "fill": key_fill[r[8]]}, r[10], r[11]])
        return ("table", {"cols": [1.0, 5.4, 3.6, 2.8, 2.6, 1.0, 3.2, 5.4], "font": 8.5, "header_fill": "E9D5E2",
                          "header": head, "rows": out})

    blocks = [
        ("p", f"<<{plum}|**OAKHURST SEND PARTNERSHIP BOARD**>>"),
        ("p", "<<595959|Oakhurst County Council · NHS Oakhurst Integrated Care Board · Oakhurst Community Health NHS "
              "Trust · Oakhurst Parent Carer Forum>>"),
        ("title", title),
        ("table", {"cols": [4.0, 9.0, 4.0, 9.0], "borders": False, "font": 9, "rows": [
            ["**Meeting:**", "SEND Partnership Board, 17 March 2026 – Item 5", "**Progress to:**", "28 February 2026"],
            ["**Report of:**", "Director of Education (Oakhurst County Council) and Director of Nursing (NHS Oakhurst "
                               "ICB), joint senior responsible owners",
             "**Contact:**", "SEND Improvement Lead – send.improvement@oakhurst.example – 01632 960 437"],
        ]}),
        ("box", [("p", "**The Board is asked to:**"), ("list", "i.", 1, [t for _, t, _ in asks])]),
        ("h", 2, "1. Background"),
        ("p", "Ofsted and the Care Quality Commission inspected the Oakhurst local area partnership’s arrangements for "
              "children and young people with special educational needs and disabilities in June 2025. The "
              "inspectors found widespread and/or systemic failings leading to significant concerns about the "
              "experiences and outcomes of children and young people with SEND, which the local area partnership "
              "must address urgently. They set two areas for priority action and three areas for improvement."),
        ("p", "The partnership published its Priority Action Plan in September 2025. The plan is overseen by this "
              "Board and monitored by the Department for Education and NHS England through six-monthly stocktakes. "
              "The actions for areas for improvement 4 and 5 are in the SEND and Alternative Provision Strategy "
              "and are reported to the Board separately."),
        ("h", 2, "2. Measures of impact"),
        ("table", {"cols": [9.0, 4.0, 4.0, 4.0, 5.0], "font": 9, "header_fill": "E9D5E2",
                   "header": ["Measure", "Baseline (June 2025)", "February 2026", "Target (March 2027)", "Trend"],
                   "rows": [
                       ["New EHC plans issued within 20 weeks (rolling 12 months)", "23%", "41%", "65%", "Improving"],
                       ["Audited EHC plans rated good or better", "31%", "58%", "70%", "Improving"],
                       ["Health advice returned within 6 weeks", "38%", "62%", "90%", "Improving"],
                       ["Children waiting more than 52 weeks for a neurodevelopmental assessment", "1,140", "1,065",
                        "600", "Little change"],
                       ["Parent carers who agree ‘I know where to go for help’ (Forum survey)", "29%", "35%", "60%",
                        "Improving"],
                   ]}),
        ("h", 2, "3. Progress against the plan"),
        ("p", "**RAG key.** B – Complete. G – On track. A – Some slippage; expected to be completed within the revised "
              "timescale. R – Not started. “–” – Not yet rated (a new action)."),
        ("h", 3, a1), table(a1),
        ("h", 3, a2), table(a2),
        ("h", 3, a3), table(a3),
        ("h", 2, "4. Revised timescales"),
        ("p", "Two actions need more time. Action 1.3 is delayed by vacancies in speech and language therapy; the "
              "Trust has recruited three therapists who start in April. Action 3.2 was delayed when the first "
              "recruitment round failed. The revised dates are shown in the tables above and are for the Board to "
              "agree."),
        ("h", 2, "5. What families are telling us"),
        ("p", "The Parent Carer Forum’s winter survey (612 responses) shows small improvements in confidence, but "
              "families still describe long waits and poor communication. The Forum recommended that the "
              "partnership should publish a ‘you said, we did’ summary after each Board meeting; this will be "
              "considered with action 3.3."),
        ("h", 2, "6. Risks"),
        ("p", "The main risks are the High Needs Block deficit, the recruitment of therapists and educational "
              "psychologists, and the rise in requests for EHC needs assessments (up 19% on last year). They are on "
              "the partnership’s risk register."),
    ]
    css = ("@page { margin: 14mm 14mm 15mm 14mm; "
           "@top-left { content: \"Oakhurst SEND Partnership Board – 17 March 2026\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } "
           "@top-right { content: \"OFFICIAL\"; font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; "
           "color: #555555; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } }\n"
           "h1.title { font-size: 17pt; margin-bottom: 4pt; }\n"
           "h2 { color: #6A1B4D; page-break-after: avoid; }\n"
           "h3 { font-size: 10pt; page-break-after: avoid; }\n"
           "div.box { border: 1pt solid #6A1B4D; background: #F7EEF4; }\n"
           "td p { margin-bottom: 2pt; }\n")
    recommendations = [recommendation(n, t, verb=v, addressee="Board") for n, t, v in asks]
    actions = [action(r[1], r[2], r[4], r[6] or None, r[7], r[9]) for r in rows]
    return {
        "name": "oakhurst-send-priority-action-plan-progress-report-march-2026",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "landscape": True,
                 "css_font": "'Liberation Sans', sans-serif", "size": 9.5, "title_color": plum},
        "blocks": blocks,
        "gold": dict(genre="local area SEND priority action plan progress report to the SEND partnership board "
                           "(areas for priority action as headings, multi-agency leads, milestones, measures of "
                           "impact, RAG) with a boxed \"The Board is asked to:\"", kind="action-plan",
                     title=title, authority=OAKHURST, date="2026-03-17", meeting=board,
                     recommendations=recommendations, actions=actions),
        "layout": "PDF (HTML → Chromium), A4 landscape, Liberation Sans 9.5 pt, CSS page-margin boxes (board and "
                  "date top left, \"OFFICIAL\" top right, \"Page n of m\"). A plum bold capitals board line, a grey "
                  "line naming the four partners (the council first), the plum title; a borderless four-column "
                  "details table (Meeting / Progress to / Report of / Contact); a plum box \"The Board is asked "
                  "to:\" over an HTML-numbered i.–iii. list (lower-case verbs, \";\" and \"; and\"); background "
                  "prose; a measures of impact table (baseline, now, target, trend; not items); a RAG key "
                  "paragraph (B Complete, G On track, A Some slippage, R Not started, \"–\" not yet rated); one 8.5 pt "
                  "table per area under an h3 that restates the inspection's area (not items) Ref | Action | Lead(s) "
                  "| Milestone | By when | RAG | Measure of impact | Progress (February 2026) with a pink header; "
                  "refs 1.1–3.3; leads split by \"/\" plus line break, \";\" plus line break, \";\", \",\" between "
                  "two bodies and \"and\" between two posts, bracketed services kept; by when \"December 2025\", "
                  "\"January 2026\", \"Revised: June 2026 (was March 2026)\", \"Q1 2026/27\", \"April 2026\", "
                  "\"31/07/2026\", \"From November 2025\", \"Sept 2026\", \"Revised: Q2 2026/27 (was Q4 "
                  "2025/26)\" and one empty; RAG letters in shaded cells, one \"–\"; one row with empty milestone, "
                  "measure and progress; revised timescales, a Forum's \"recommended that the partnership should "
                  "…\" (reported, not an item) and risks in prose.",
    }


# ---------------------------------------------------------------------------
# AF6. Corporate Parenting Panel report: pledge scorecard and refreshed local offer for care leavers
#      (Markdown → pandoc DOCX → LibreOffice, pandoc's styles).
# ---------------------------------------------------------------------------


def hartsmere_corporate_parenting_report():
    panel = "Corporate Parenting Panel"
    title = ("Our Promise to Children in Care and Care Leavers: Pledge Scorecard for Quarter 3 and the Refreshed Local "
             "Offer for Care Leavers")
    recs = [
        ("a", "note the Quarter 3 pledge scorecard in Appendix A, including the three promises that the Council is not "
              "yet keeping;", "NOTE"),
        ("b", "endorse the refreshed Local Offer for Care Leavers 2026–2028 and recommend it to Cabinet for adoption on "
              "21 April 2026; and", "ENDORSE"),
        ("c", "agree that Hartsmere Voices, the Children in Care Council, presents its own review of promises 4 and 7 to "
              "the Panel in July 2026.", "AGREE"),
    ]
    # (no., action, lead cell, owners, by when cell, due)
    acts = [
        ("1", "Give every care leaver a named contact in the Housing Options service and a written housing plan before "
              "their 18th birthday.", "Head of Housing Options /\n\nLeaving Care Service Manager",
         ["Head of Housing Options", "Leaving Care Service Manager"], "June 2026", "2026-06"),
        ("2", "Offer every child in care aged 11 or over a free bus pass and a mobile phone with data.",
         "Head of Corporate Parenting", ["Head of Corporate Parenting"], "From April 2026", "2026-04"),
        ("3", "Review the letters and reports that social workers write to and about children in care, so that they "
              "are written to the child in plain words.", "Principal Social Worker;\n\nHartsmere Voices",
         ["Principal Social Worker", "Hartsmere Voices"], "Q2 2026/27", "2026-09"),
        ("4", "Hold two ‘Ask the Panel’ sessions a year at which children and young people question Panel members.",
         "Chair of the Panel, Participation Team", ["Chair of the Panel", "Participation Team"], "Ongoing", None),
        ("5", "Report the number of care leavers in education, employment or training by age group every quarter.",
         "Performance and Intelligence Manager", ["Performance and Intelligence Manager"], "", None),
    ]
    scorecard = [
        ["1", "We will find you a home that is right for you", "Children in care placed within 20 miles of home",
         "85%", "81%", "Some concern"],
        ["2", "We will keep you safe", "Children in care with an up-to-date care plan", "100%", "97%", "On track"],
        ["3", "We will help you to do well at school", "Children in care with an up-to-date personal education plan",
         "95%", "96%", "On track"],
        ["4", "We will help you stay in touch with the people who matter", "Children who say they see family as "
         "often as they want (survey)", "75%", "58%", "Not met"],
        ["5", "We will look after your health", "Children in care with an annual health assessment on time", "90%",
         "88%", "Some concern"],
        ["6", "You will know your social worker", "Children who have had the same social worker for 12 months",
         "65%", "49%", "Not met"],
        ["7", "We will listen to you", "Children in care aged 4+ who contributed to their review", "95%", "92%",
         "Some concern"],
        ["8", "We will help you get ready for adult life", "Care leavers aged 19–21 in suitable accommodation",
         "95%", "93%", "On track"],
        ["9", "We will help you into work or learning", "Care leavers aged 19–21 in education, employment or training",
         "60%", "47%", "Not met"],
        ["10", "We will stay in touch after you leave care", "Care leavers the Council is in touch with", "98%",
         "98%", "On track"],
    ]
    md = [
        "**HARTSMERE CITY COUNCIL**",
        "**Corporate Parenting Panel – 12 March 2026**  \n"
        "**Agenda item:** 6  \n"
        "**Report of:** Director of Children’s Services  \n"
        "**Author:** Head of Corporate Parenting (corporate.parenting@hartsmere.example, 01632 960 622)  \n"
        "**Wards:** All  \n"
        "**Status:** Public",
        f"# {title}",
        "## 1. Purpose",
        "This report shows how the Council is keeping the ten promises it made to children in care and care leavers "
        "in ‘Our Promise’, and asks the Panel to endorse the refreshed Local Offer for Care Leavers before it goes "
        "to Cabinet.",
        "## 2. Recommendations",
        "The Panel is recommended to:",
        "\n".join(f"({n}) {t}" for n, t, _ in recs),
        "## 3. Background",
        "On 31 December 2025 Hartsmere City Council was corporate parent to 412 children in care and 268 care "
        "leavers aged 18 to 25. ‘Our Promise’ was written with Hartsmere Voices in 2024 and sets out ten promises. "
        "The Panel receives a scorecard every quarter, with one measure for each promise.",
        "Under the Children and Social Work Act 2017 the Council must publish a local offer for care leavers, "
        "setting out the services it provides and the help care leavers may be entitled to. The current offer was "
        "published in 2023 and is due for review.",
        "## 4. The pledge scorecard for Quarter 3",
        "The full scorecard is at Appendix A. Six promises are on track or close to target. Three are not being met:",
        "- **Promise 4 (staying in touch):** only 58% of children say they see their family as often as they want, "
        "down from 63% last year. Contact arrangements for brothers and sisters placed apart are the main concern.\n"
        "- **Promise 6 (knowing your social worker):** social worker turnover in the Children in Care teams was 24% "
        "in 2025. Eleven newly qualified social workers joined in January.\n"
        "- **Promise 9 (work and learning):** 47% of care leavers aged 19 to 21 are in education, employment or "
        "training, against 55% for similar councils.",
        "## 5. What children and young people told us",
        "Hartsmere Voices met the Director of Children’s Services in February. They said that the promises are the "
        "right ones, but that some of them “only exist on paper”. They asked the Panel to hear directly from them "
        "about promises 4 and 7.",
        "> “Every time I get a new social worker I have to tell my story again. Promise 6 should be the first one "
        "you fix.” – member of Hartsmere Voices, aged 15",
        "## 6. The refreshed Local Offer for Care Leavers 2026–2028",
        "The refreshed offer was written with 38 care leavers and the Care Leavers’ Forum. The main changes are:",
        "- exemption from council tax for care leavers living in Hartsmere extended from age 21 to 25;\n"
        "- a setting-up-home allowance of £3,000, up from £2,000, with help to choose and buy items;\n"
        "- free membership of the City Council’s leisure centres until age 25;\n"
        "- a guaranteed interview for apprenticeships with the City Council and its partners; and\n"
        "- a named personal adviser for every care leaver up to age 25, whether or not they are in touch.",
        "## 7. What we will do",
        "Alongside the refreshed offer, the service has agreed the following actions with Hartsmere Voices. "
        "Progress will be reported to the Panel with each scorecard.",
        grid_table([8, 48, 30, 17],
                   ["No.", "What we will do", "Lead", "By when"],
                   [[a[0], a[1], a[2], a[4]] for a in acts]),
        "## 8. Implications",
        "**Financial:** the changes to the local offer cost an estimated £186,000 a year from 2026/27, to be met "
        "from the Children’s Services budget and the council tax support scheme.  \n"
        "**Legal:** the Council must have regard to the corporate parenting principles and must publish its local "
        "offer for care leavers (sections 1 and 2 of the Children and Social Work Act 2017).  \n"
        "**Equalities:** an equality impact assessment has been completed; the offer has a positive impact on "
        "care-experienced young people.",
        "## 9. Background papers",
        "‘Our Promise’ (2024); Local Offer for Care Leavers (2023); Hartsmere Voices meeting notes, February 2026.",
        PAGE_BREAK_MD,
        "## Appendix A: Pledge scorecard, Quarter 3 2025/26 (October to December 2025)",
        "*On track: at or above target. Some concern: within 5 percentage points of target. Not met: more than 5 "
        "points below target.*",
        grid_table([7, 28, 34, 12, 8, 14],
                   ["No.", "Our promise", "Measure", "Target", "Q3", "Rating"], scorecard),
    ]
    recommendations = [recommendation(n, t, verb=v, addressee="Panel") for n, t, v in recs]
    actions = [action(a[0], a[1], a[3], a[4] or None, a[5], None) for a in acts]
    return {
        "name": "hartsmere-corporate-parenting-panel-pledge-scorecard-and-local-offer",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-03-03"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="corporate parenting panel report with a pledge scorecard, a refreshed care leavers' local "
                           "offer, three recommendations and an actions table", kind="committee-report", title=title,
                     authority=HARTSMERE, date="2026-03-12", meeting=panel, recommendations=recommendations,
                     actions=actions),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold capitals council line; bold-led "
                  "front lines joined by hard line breaks (meeting and date, Agenda item / Report of / Author / Wards "
                  "/ Status); the H1 title; Heading 2 sections; \"The Panel is recommended to:\" over a pandoc "
                  "(a)–(c) list (lower-case verbs, \";\" and \"; and\"; one names Cabinet and a date); bullets with "
                  "bold lead words on the promises not met (not items); the Children in Care Council's request and a "
                  "block quote (not items); the local offer's changes as bullets (not items); \"7. What we will do\": a "
                  "grid table No. | What we will do | Lead | By when (no status column), leads split by \"/\" and "
                  "\";\" each followed by a paragraph break and by \",\" between two bodies; by when \"June 2026\", "
                  "\"From April 2026\", \"Q2 2026/27\", \"Ongoing\" and one empty; bold-led implications joined by "
                  "hard line breaks. After a raw page break, Appendix A: an italic rating key and a scorecard grid "
                  "table Our promise | Measure | Target | Q3 | Rating (measures and ratings, not items).",
    }


PAPERS = [oakhurst_ehe_review, hartsmere_park_fgb_minutes, oakhurst_term_dates, oakhurst_schools_forum_minutes,
          oakhurst_send_priority_action_plan, hartsmere_corporate_parenting_report]
