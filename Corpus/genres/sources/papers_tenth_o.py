"""Papers of the tenth batch, part O ("partnership papers of the seeds' era", 2007–2010): six made-up
papers of the kinds the five 2008 seed documents sit among, from two invented places. In Brookwell:
Brookwell Borough Council, the Brookwell Children's Trust (and its Board), NHS Brookwell (the primary
care trust), Brookwell Police, Brookwell CVS (Brookwell Council for Voluntary Service) and the
Brookwell Safeguarding Children Board. In Ensham: Ensham County Council, the Ensham Children and
Young People's Partnership (the county's children's trust arrangement), NHS Ensham, Ensham CVS, the
Ensham Children and Young People's VCS Forum, the Ensham Strategic Partnership and the Ensham
Compact. Everything is invented: people are given by role or initials, e-mail addresses use
`.example` and telephone numbers the 01632 960xxx range; every figure, group and place is made up.

They were written blind: by someone who had not read the pipeline's code, tests, output or
benchmarks and had not run it, using only the corpus and gold READMEs, the seed gold, the five seed
texts, the published framework Pipelines/frameworks/set.yml and the build scripts and paper
definitions in this folder (not papers_tenth_p.py). Each paper names its own split. Gold values are
written by hand beside the words they label; the "Partnership papers of the seeds' era, part O"
notes record the decisions taken where the rules left room.

  O1. Ensham VCS engagement self-evaluation (October 2008): one form table per SET domain, each
      question with a tick-box grade (☐/☒ on three lines), an Evidence row of bullets, then the
      domain's Areas for development, an optional "VCS Forum comment" row and an "Overall grade for
      this section" tick-box row (DOCX, python-docx).
  O2. Brookwell Children's Trust Board minutes (January 2009): "Agreed:" items, one followed by a
      lettered list, "noted" items, and a closing action list No. | Item | Action | Lead | By when
      (DOCX, pandoc).
  O3. Ensham Children and Young People's Plan annual review 2008/09: priorities and a landscape
      action table Action | Lead | Timescale | RAG with priority rows merged across, RAG as words in
      shaded cells and a key (PDF, python-docx → LibreOffice).
  O4. Brookwell scrutiny panel review of the Children's Trust (June 2009): findings under themes,
      twelve recommendations in shaded boxes, and an appended action plan of the Trust that restates
      them with leads, target dates and progress (PDF, python-docx → LibreOffice).
  O5. Brookwell CVS survey of VCS organisations (September 2009): responses to the questionnaire
      with count tables and answer paragraphs, and lettered recommendations a)–g) (PDF, Chromium).
  O6. Ensham Strategic Partnership Board report on NI 7 and the Compact refresh (March 2010):
      "Members are asked to:" (a)–(d) and an appended Compact action plan with a statutory-sector
      lead and a VCS lead for each action (PDF, pandoc DOCX → LibreOffice).

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (pandoc DOCX → LibreOffice). The
python-docx papers set meta "far_h" and "cant_split", so papers_far_h's DOCX writer (installed when
that module is imported) keeps each table row on one page; render.py is not edited.
"""

import papers_far_h  # noqa: F401  (installs the DOCX writer that honours "cant_split")
from gold import action, decision, domain, evidence, question, recommendation
from papers_fresh import grid_table

BROOKWELL = "Brookwell Borough Council"
ENSHAM = "Ensham County Council"

TICK, BOX = "\u2612", "\u2610"   # ☒ ticked, ☐ not ticked


def label(text, fill="DCE6F2"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# O1. Ensham VCS engagement self-evaluation, October 2008 (DOCX, python-docx). A capitals partnership
#     line, the title, an "Agreed by …" line; an introduction and "How the form was completed" with
#     the three grades; then for each SET domain a "Section n: …" heading, a short intro paragraph
#     and ONE bordered two-column form table: per question a shaded label row ("1a" | question in
#     bold), a "Grade" row of three tick-box lines (☒ marks the grade), an "Evidence" row with Word
#     bullets; after the questions an "Areas for development" row with a Word-numbered list (1.
#     restarting per domain), a "VCS Forum comment" row in two domains (not evidence) and an
#     "Overall grade for this section" tick-box row. Next steps and a contact line.
# ---------------------------------------------------------------------------

GRADES = (("green", "Green – good to best practice"),
          ("amber", "Amber – meets minimum standards"),
          ("red", "Red – needs significant improvement or not known"))


def tick_lines(rating):
    return "\n".join(f"{TICK if value == rating else BOX} {words}" for value, words in GRADES)


def grade_words(rating):
    return dict(GRADES)[rating]


def ensham_set_2008():
    # domain id, printed heading, intro, questions, areas, VCS Forum comment (or None), overall rating
    # question: (label, text, SET id, rating, [(evidence bullet, tags)])
    sections = [
        ("governance", "Section 1: Inter-agency governance",
         "The Partnership Board is the children’s trust board for Ensham. It has 24 members, three of them from "
         "the voluntary and community sector (VCS). This section asks how the sector takes part in the "
         "Partnership’s decisions.", [
            ("1a", "To what extent does the children’s trust/partnership ensure meaningful engagement of the VCS?",
             "GOV-1", "amber", [
                ("Two places on the Partnership Board are held by VCS members nominated by the Ensham Children and "
                 "Young People’s VCS Forum; a third place is held by the chief executive of Ensham CVS.", ["GOV-1"]),
                ("The Forum meets quarterly and receives a briefing on each Board agenda, prepared by the VCS "
                 "Development Officer.", ["GOV-1"]),
                ("VCS members are not yet represented on the Partnership’s Executive Group, where most papers are "
                 "first discussed.", ["GOV-1"]),
            ]),
            ("1b", "Within this, how does the trust/partnership ensure the diversity of representation from the "
                   "sector in the vision and priorities for the Children and Young People’s Plan (CYYP)?",
             "GOV-2", "red", [
                ("The Forum has 64 member organisations; 41 of them are based in the two largest towns, and few "
                 "rural or faith-based groups take part.", ["GOV-2"]),
                ("No targeted work was done with black and minority ethnic groups during the consultation on the "
                 "Children and Young People’s Plan 2008.", ["GOV-2", "STR-2"]),
            ]),
            ("1c", "How does the trust/partnership ensure that VCS organisations are involved in developing shared "
                   "values and a shared ethos around working practices?", "GOV-3", "amber", [
                ("The Ensham Compact was signed in 2003 and its codes of practice were refreshed in 2007; the "
                 "Partnership has not yet agreed how the Compact applies to its own work.", ["GOV-3"]),
                ("A joint statutory and VCS workshop on shared values was held in June 2008 and agreed five "
                 "principles for working together.", ["GOV-3"]),
            ]),
         ], [
            ("Seek a VCS place on the Partnership’s Executive Group.", ["GOV-1"]),
            ("Agree a role description and induction for VCS representatives, with a clear route for reporting "
             "back to the Forum.", ["GOV-1"]),
            ("Map rural, faith and black and minority ethnic groups working with children and families, and invite "
             "them to join the Forum.", ["GOV-2"]),
            ("Adopt the five principles agreed in June 2008 as part of the Partnership’s terms of reference.",
             ["GOV-3"]),
         ],
         "Forum members felt that amber for question 1a was generous, because representatives still receive Board "
         "papers too late to consult other groups.", "amber"),
        ("strategy", "Section 2: Integrated strategy",
         "This section covers the sector’s part in commissioning, in the Children and Young People’s Plan, in "
         "safeguarding and in planning the children’s workforce.", [
            ("2a", "How has the sector been involved in shaping the commissioning strategy?", "STR-1", "amber", [
                ("A VCS representative sits on the Joint Commissioning Group and took part in writing the "
                 "Partnership’s commissioning framework, agreed in July 2008.", ["STR-1"]),
                ("The VCS was consulted on the commissioning intentions for 2009/10 at an open event in September "
                 "2008 attended by 48 organisations.", ["STR-1"]),
            ]),
            ("2b", "How have the VCS been involved in updating the CYYP plan both through the needs analysis and "
                   "resources mapping?", "STR-2", "green", [
                ("VCS organisations took part in all four needs analysis workshops held for the Children and Young "
                 "People’s Plan 2008.", ["STR-2"]),
                ("Ensham CVS carried out the mapping of VCS services for the Plan’s resources mapping, funded by the "
                 "Partnership.", ["STR-2"]),
            ]),
            ("2c", "How the sector is engaged in local safeguarding children developments?", "STR-3", "red", [
                ("There is no VCS member of the Ensham Safeguarding Children Board or of its sub-groups.",
                 ["STR-3"]),
                ("The Board’s multi-agency child protection training is open to VCS staff, but the sector was not "
                 "told of the new safeguarding procedures issued in April 2008.", ["STR-3"]),
            ]),
            ("2d", "What role have VCS had in developing a shared workforce strategy?", "STR-4", "amber", [
                ("Ensham is taking part in the CWDC Workforce Strategy Partners Programme, and a VCS workforce lead "
                 "was appointed at Ensham CVS in May 2008.", ["STR-4"]),
                ("The children’s workforce strategy 2007–2010 was written before the VCS joined the Workforce "
                 "Development Group.", ["STR-4"]),
            ]),
         ], [
            ("Agree with the Safeguarding Children Board how the VCS will be represented on the Board and its "
             "training sub-group.", ["STR-3"]),
            ("Produce a short guide for VCS organisations to the Ensham safeguarding procedures.", ["STR-3"]),
            ("Include VCS staff and volunteers in the next refresh of the children’s workforce strategy.",
             ["STR-4"]),
            ("Publish the Partnership’s commissioning intentions in plain English, with a timetable, each autumn.",
             ["STR-1"]),
         ], None, "amber"),
        ("processes", "Section 3: Integrated processes",
         "This section covers the Common Assessment Framework, information sharing and the performance management "
         "of the Children and Young People’s Plan.", [
            ("3a", "What has been the sectors role in the development and implementation of the Common Assessment "
                   "Framework (CAF)?", "PRO-1", "amber", [
                ("Twenty-three VCS organisations have staff trained to use the Common Assessment Framework, and the "
                 "VCS started 31 of the 402 CAFs completed in 2007/08.", ["PRO-1"]),
                ("VCS practitioners can act as lead professional, but few have been asked to.", ["PRO-1"]),
            ]),
            ("3b", "Are information-sharing protocols in place and do these include the VCS?", "PRO-2", "red", [
                ("It is not known whether the county information-sharing protocol, signed in 2006, covers VCS "
                 "organisations.", ["PRO-2"]),
                ("The VCS Forum was not consulted when ContactPoint was being prepared.", ["PRO-2", "PRO-1"]),
            ]),
            ("3c", "What level of involvement has the sector had in developing a performance and quality assurance "
                   "strategy for the delivery of the CYYP?", "PRO-3", "red", [
                ("The VCS has no place on the performance management group for the Children and Young People’s "
                 "Plan.", ["PRO-3"]),
                ("VCS providers report on different measures to each funder, and the Partnership does not collect "
                 "this information together.", ["PRO-3"]),
            ]),
         ], [
            ("Confirm whether the information-sharing protocol covers the VCS and, if not, extend it and brief VCS "
             "organisations.", ["PRO-2"]),
            ("Offer CAF and lead professional training to VCS organisations in each locality.", ["PRO-1"]),
            ("Invite a VCS representative to the Plan’s performance management group.", ["PRO-3"]),
            ("Agree a common, proportionate set of monitoring returns for VCS organisations funded by more than one "
             "partner.", ["PRO-3"]),
         ], None, "red"),
        ("delivery", "Section 4: Integrated front-line delivery",
         "This section asks how the Partnership helps the sector to deliver services for children, young people "
         "and families, and to keep them going.", [
            ("4a", "How does the trust/partnership actively encourage the sector to play a role in the delivery of "
                   "integrated children’s services?", "DEL-1", "green", [
                ("VCS organisations run five of Ensham’s fourteen Sure Start children’s centres.", ["DEL-1"]),
                ("The Partnership’s short breaks programme for disabled children is delivered mainly by VCS "
                 "organisations.", ["DEL-1"]),
            ]),
            ("4b", "What action is taken by the trust/partnership to support the VCS to improve the sustainability "
                   "of their services?", "DEL-2", "green", [
                ("The County Council moved twelve VCS services onto three-year agreements from April 2008.",
                 ["DEL-2"]),
                ("Ensham CVS runs a funding advice service and a monthly funding bulletin, part-funded by the "
                 "Partnership.", ["DEL-2"]),
            ]),
            ("4c", "What has been the role of the sector in locality working and the development of area, district, "
                   "neighbourhood or cluster based networks?", "DEL-3", "amber", [
                ("Each of the four locality partnerships has a VCS member, but not every locality has a VCS network "
                 "behind its member.", ["DEL-3"]),
                ("Extended schools clusters in the north of the county have involved local VCS groups in planning "
                 "their core offer.", ["DEL-3"]),
            ]),
         ], [
            ("Extend three-year agreements to all VCS services that meet the Plan’s priorities and perform well.",
             ["DEL-2"]),
            ("Set up a VCS network in each locality, linked to the locality partnership.", ["DEL-3"]),
            ("Offer full cost recovery training to trustees and managers of small groups.", ["DEL-2"]),
         ],
         "Small groups said that the three-year agreements have gone mainly to larger organisations and that they "
         "have not yet seen the benefit.", "green"),
    ]
    blocks = [
        ("p", "**ENSHAM CHILDREN AND YOUNG PEOPLE’S PARTNERSHIP**"),
        ("title", "Voluntary and Community Sector Engagement: Self Evaluation Form"),
        ("p", "Agreed by the Partnership Executive Group on 21 October 2008"),
        ("h", 1, "Introduction"),
        ("p", "Ensham County Council and its partners in the Ensham Children and Young People’s Partnership have "
              "worked with the voluntary and community sector (VCS) to assess how well the sector is engaged in "
              "the Partnership. We used the self evaluation tool (SET) developed by the VCS Engage programme, which "
              "asks questions under four headings: inter-agency governance, integrated strategy, integrated "
              "processes and integrated front-line delivery."),
        ("p", "The form was completed by the Partnership’s VCS Engagement Working Group at two workshops on 17 "
              "September and 8 October 2008. Eleven statutory officers and fourteen VCS members took part. The "
              "grades are the ones the group agreed; where VCS members saw things differently this is recorded as a "
              "Forum comment."),
        ("h", 1, "How the form was completed"),
        ("p", "For each question the group ticked one of three grades:"),
        ("list", "bullet", 1, [words for _, words in GRADES]),
        ("p", "The evidence for each grade is listed under the question. The areas for development for each section "
              "and an overall grade for the section follow the questions."),
    ]
    gold_domains, gold_questions, gold_evidence, gold_actions = [], [], [], []
    for dom, heading, intro, questions, areas, comment, overall in sections:
        rows = []
        for lab, text, set_id, rating, ev in questions:
            rows.append([label(lab), {"text": f"**{text}**"}])
            rows.append([label("Grade", "F2F2F2"), tick_lines(rating)])
            rows.append([label("Evidence", "F2F2F2"), {"blocks": [("list", "bullet", 1, [t for t, _ in ev])]}])
            gold_questions.append(question(dom, lab, text, set_id, rating, grade_words(rating)))
            gold_evidence += [evidence(t, dom, tags) for t, tags in ev]
        rows.append([label("Areas for development"), {"blocks": [("list", "1.", 1, [t for t, _ in areas])]}])
        if comment:
            rows.append([label("VCS Forum comment", "F2F2F2"), comment])
        rows.append([label("Overall grade for this section"), tick_lines(overall)])
        gold_domains.append(domain(dom, heading.split(": ", 1)[1], overall))
        gold_actions += [action(f"{i}.", t, [], None, None, None, kind="area-for-development", domain=dom,
                                tags=tags) for i, (t, tags) in enumerate(areas, 1)]
        blocks += [
            ("h", 1, heading),
            ("p", intro),
            ("table", {"cols": [3.6, 13.4], "rows": rows}),
        ]
    blocks += [
        ("h", 1, "Next steps"),
        ("p", "The working group will turn the areas for development into an action plan, with a lead and a date "
              "for each action, for the Partnership Board on 22 January 2009. The self evaluation will be repeated "
              "in autumn 2009."),
        ("p", "Contact: VCS Development Officer, Children’s Services, Ensham County Council, County Hall, Ensham – "
              "vcs.development@ensham.example – 01632 960 318"),
    ]
    title = "Voluntary and Community Sector Engagement: Self Evaluation Form"
    return {
        "name": "ensham-vcs-engagement-self-evaluation-2008",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2008-10-21", "doc_title": "VCS Engagement Self Evaluation Form",
                 "author": "Children’s Services", "font": "Arial", "size": 10, "title_size": 16,
                 "title_color": "365F91", "far_h": True, "cant_split": True,
                 "footer": "Ensham Children and Young People’s Partnership – VCS self evaluation – October 2008"},
        "blocks": blocks,
        "gold": dict(genre="children's trust self-evaluation of VCS engagement as a form per SET domain with tick-box "
                           "grades", kind="self-evaluation", title=title, authority=ENSHAM, date="2008-10-21",
                     meeting=None, domains=gold_domains, questions=gold_questions, evidence=gold_evidence,
                     actions=gold_actions),
        "layout": "DOCX (python-docx), Arial 10 pt (falls back), Word heading styles, page footer, rows that may not "
                  "split. A bold capitals partnership line, a blue title and an \"Agreed by the Partnership Executive "
                  "Group on …\" line; an introduction and a bulleted list of the three grades in words. Four h1 "
                  "domain sections \"Section 1: Inter-agency governance\" … \"Section 4: Integrated front-line "
                  "delivery\", each with an intro paragraph and ONE bordered two-column form table: for each question "
                  "a shaded label row (\"1a\" | the question in bold), a \"Grade\" row of three tick-box lines (☒ "
                  "before the chosen grade, ☐ before the others: \"Green – good to best practice\" / \"Amber – meets "
                  "minimum standards\" / \"Red – needs significant improvement or not known\"), an \"Evidence\" row "
                  "with Word bullets; after the questions an \"Areas for development\" row with a Word-numbered 1. "
                  "list restarting in each section, a \"VCS Forum comment\" row in two sections and an \"Overall "
                  "grade for this section\" tick-box row. Next steps and a contact line.",
    }


# ---------------------------------------------------------------------------
# O2. Brookwell Children's Trust Board minutes, 15 January 2009 (DOCX, pandoc from Markdown). A bold
#     capitals council line, the board's name as H1, a bold "Minutes" line; bold-led Present / In
#     attendance / Apologies paragraphs with initials and roles (not items); items "1." … "9." as
#     Heading 2; decisions as bold "Agreed:" followed by "that …" or "to …" on the same line, or
#     "Agreed:" alone followed by a pandoc (a)–(c) list; "The Board noted …" items, a declaration,
#     matters arising and an undertaking (not items); a closing "Action list" grid table No. | Item
#     | Action | Lead | By when without a status column.
# ---------------------------------------------------------------------------


def brookwell_trust_board_minutes():
    board = "Brookwell Children’s Trust Board"
    # (item, number, text as printed after "Agreed:" without the stem's "that")
    agreed = [
        ("2", None, "the minutes of the meeting held on 20 November 2008 be accepted as a correct record."),
        ("3", "a", "to note the six-month review of the Children and Young People’s Plan 2008–2011;"),
        ("3", "b", "to adopt the five priorities for 2009/10 set out in section 4 of the report; and"),
        ("3", "c", "to ask each sub-group to bring its delivery plan for 2009/10 to the March meeting."),
        ("4", None, "to endorse the VCS engagement action plan and to ask the Partnerships Manager and Brookwell CVS "
                    "to report progress to the Board every six months."),
        ("6", None, "to support the bid for a second Family Intervention Project worker, subject to confirmation of "
                    "NHS Brookwell’s contribution of £15,000."),
        ("7", "a", "to set up a task group of the Chair, the Director of Children’s Services, the Director of "
                   "Commissioning (NHS Brookwell) and the Chief Executive of Brookwell CVS to review the Trust’s "
                   "constitution in the light of the draft statutory guidance; and"),
        ("7", "b", "to receive the task group’s proposals at the May meeting."),
    ]
    d = {(item, num): text for item, num, text in agreed}
    # (No., Item, Action, Lead cell, owners, By when cell, due)
    actions = [
        ("1", "2", "Circulate the revised terms of reference for the Data and Intelligence Group to Board members",
         "Trust Support Officer", ["Trust Support Officer"], "Feb 09", "2009-02"),
        ("2", "3", "Bring the sub-groups’ delivery plans for 2009/10 to the Board",
         "Sub-group chairs /\n\nPartnerships Manager", ["Sub-group chairs", "Partnerships Manager"],
         "12 March 2009", "2009-03-12"),
        ("3", "4", "Report progress on the VCS engagement action plan", "R.C. / S.T.", ["R.C.", "S.T."],
         "July 09, then six-monthly", "2009-07"),
        ("4", "5", "Circulate the exception report on NI 117 (16–18 year olds not in education, employment or "
                   "training) to Board members", "Head of Performance", ["Head of Performance"], "Next meeting",
         None),
        ("5", "6", "Confirm NHS Brookwell’s contribution to the second Family Intervention Project worker", "D.W.",
         ["D.W."], "End of Feb 09", "2009-02"),
        ("6", "7", "Arrange the first meeting of the constitution task group",
         "Partnerships Manager\n\nTrust Support Officer", ["Partnerships Manager", "Trust Support Officer"],
         "Jan – Feb 09", "2009-02"),
        ("7", "8", "Invite the Chair of the Brookwell Safeguarding Children Board to present the Board’s annual "
                   "report", "Chair", ["Chair"], "", None),
    ]
    action_table = grid_table([7, 8, 41, 24, 16], ["No.", "Item", "Action", "Lead", "By when"],
                              [[n, item, text, lead, when] for n, item, text, lead, _, when, _ in actions])
    md = [
        "**BROOKWELL BOROUGH COUNCIL**",
        f"# {board}",
        "**Minutes** of the meeting held on Thursday 15 January 2009 at 2.00pm in Committee Room 2, Brookwell Town "
        "Hall",
        "**Present:** Cllr P.R. (Chair, Lead Member for Children’s Services); J.M. (Director of Children’s "
        "Services); D.W. (Director of Commissioning, NHS Brookwell); Supt K.L. (Brookwell Police); S.T. (Chief "
        "Executive, Brookwell CVS); A.N. (VCS representative, Brookwell Young People’s Network); H.G. (secondary "
        "headteachers’ representative); M.O. (Vice Principal, Brookwell College); B.F. (Jobcentre Plus)",
        "**In attendance:** R.C. (Partnerships Manager); L.D. (Head of Performance); Trust Support Officer "
        "(minutes)",
        "**Apologies:** Cllr T.V.; E.S. (primary headteachers’ representative); Independent Chair of the Brookwell "
        "Safeguarding Children Board",
        "## 1. Welcome, apologies and declarations of interest",
        "The Chair welcomed B.F. to her first meeting of the Board. Apologies were noted as above. S.T. declared an "
        "interest in item 6, as Brookwell CVS employs the current Family Intervention Project worker under a "
        "contract with the Council.",
        "## 2. Minutes of the last meeting and matters arising",
        "**Agreed:** that " + d[("2", None)],
        "Matters arising: R.C. reported that the actions from the November meeting had been completed, except the "
        "revised terms of reference for the Data and Intelligence Group, which would now be circulated in February.",
        "## 3. Children and Young People’s Plan: six-month review",
        "J.M. presented the six-month review of the Plan. Of the 42 actions due by September 2008, 29 were complete "
        "or on track, nine were behind and four had not started. The review proposed five priorities for 2009/10: "
        "teenage pregnancy, safeguarding, the attainment of looked after children, young people not in education, "
        "employment or training, and child poverty. H.G. asked that the priority on attainment should include "
        "children with special educational needs, and J.M. agreed to reflect this in the delivery plan.",
        "**Agreed:**",
        "\n".join(f"({num}) {d[('3', num)]}" for num in ("a", "b", "c")),
        "## 4. VCS engagement: self-evaluation and action plan",
        "R.C. and S.T. presented the results of the self-evaluation of VCS engagement carried out with the sector "
        "in the autumn, using the VCS Engage self-evaluation tool. The Trust had graded itself amber for governance "
        "and strategy, red for integrated processes and green for front-line delivery. A.N. said that VCS members "
        "had found some of the grades generous, in particular for the way representatives are chosen, and "
        "welcomed the commitment to an open election of VCS representatives in the autumn.",
        "**Agreed:** " + d[("4", None)],
        "## 5. Local Area Agreement: children’s indicators – quarter 2 performance",
        "L.D. presented the quarter 2 report. Eleven of the fourteen children’s indicators in the Local Area "
        "Agreement were on track. NI 117 (16–18 year olds not in education, employment or training) had risen to "
        "8.9% against a target of 7.5%, and an exception report would be circulated. Supt K.L. reported that first-"
        "time entrants to the youth justice system (NI 111) had fallen by 14% on the same period last year.",
        "The Board noted the quarter 2 performance report.",
        "## 6. Think Family: Family Intervention Project",
        "J.M. reported that the Family Intervention Project had worked with 23 families since April 2008, and that "
        "the Department for Children, Schools and Families had invited a bid for a second worker under the Think "
        "Family grant. D.W. said that NHS Brookwell expected to contribute £15,000 a year but needed to confirm "
        "this with its board.",
        "**Agreed:** " + d[("6", None)],
        "## 7. Children’s trust arrangements: draft statutory guidance",
        "J.M. outlined the Apprenticeships, Skills, Children and Learning Bill, which would put children’s trust "
        "boards on a statutory footing, and the draft guidance issued for consultation. The Trust’s constitution "
        "would need to be reviewed before April 2010.",
        "**Agreed:**",
        "\n".join(f"({num}) {d[('7', num)]}" for num in ("a", "b")),
        "## 8. Any other business",
        "The Chair asked that the Independent Chair of the Brookwell Safeguarding Children Board be invited to "
        "present the Board’s annual report at a future meeting. M.O. said that Brookwell College would send the "
        "Board its report on the first year of the 14–19 Diplomas.",
        "## 9. Date of next meeting",
        "Thursday 12 March 2009 at 2.00pm, Committee Room 2, Brookwell Town Hall.",
        "## Action list",
        action_table,
        "*Minutes taken by the Trust Support Officer, Children’s Services, Brookwell Borough Council – "
        "trust.support@brookwell.example – 01632 960 274*",
    ]
    gold_decisions = [decision(item, num, text, board) for item, num, text in agreed]
    gold_actions = [action(n, text, owners, when or None, due, None)
                    for n, _, text, _, owners, when, due in actions]
    return {
        "name": "brookwell-childrens-trust-board-minutes-january-2009",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2009-01-22"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="children's trust board minutes with \"Agreed:\" items and a closing action list",
                     kind="minutes", title=board, authority=BROOKWELL, date="2009-01-15", meeting=board,
                     decisions=gold_decisions, actions=gold_actions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals council line, the board's name as "
                  "H1 and a bold-led \"Minutes of the meeting held …\" line; bold-led Present / In attendance / "
                  "Apologies paragraphs with initials and roles (not items); items \"1.\" … \"9.\" as Heading 2; "
                  "decisions as a bold \"Agreed:\" followed on the same line by \"that …\" or \"to …\", or a bold "
                  "\"Agreed:\" paragraph followed by a pandoc (a)–(c) list (Word numbering, \"; and\"); a "
                  "declaration, matters arising, \"The Board noted the quarter 2 performance report.\", an "
                  "undertaking in the debate and a request in any other business (not items); the date of the next "
                  "meeting; a closing \"Action list\" grid table No. | Item | Action | Lead | By when (no status "
                  "column), leads as roles or initials split by \"/\" plus a paragraph break, \" / \" and a bare "
                  "paragraph break, by-when cells \"Feb 09\", \"12 March 2009\", \"July 09, then six-monthly\", \"Next "
                  "meeting\", \"End of Feb 09\", \"Jan – Feb 09\" and one empty; an italic minute-taker line.",
    }


# ---------------------------------------------------------------------------
# O3. Ensham Children and Young People's Plan 2008–2011: annual review 2008/09 (PDF, python-docx →
#     LibreOffice), landscape, Arial (Liberation Sans), italic running header and a page footer, rows
#     that may not split. A bold partnership line, the title, a "June 2009" line; the statutory basis;
#     "The year in summary" bullets with figures (not items); the priorities for 2009/10 as a
#     Word-numbered list (not items); a RAG key in one bold-led paragraph; then ONE action table
#     Action | Lead | Timescale | RAG (as at 31 March 2009) with a blue header, each priority a grey
#     row merged across the four columns, no refs, RAG as words in cells shaded their colour
#     (Complete, Green, Amber, Red); leads split by "/" plus a line break, a bare line break, " / "
#     and ";"; timescales in the 2008 style ("Dec 08 – Mar 09", "Sept 08", "Jan 09 – ongoing", …).
# ---------------------------------------------------------------------------

RAG_FILLS = {"Complete": "8DB3E2", "Green": "92D050", "Amber": "FFC000", "Red": "FF0000"}
# The key printed in the paper: Complete – the action has been achieved; Green – progress is good;
# Amber – work has started but is behind the timescale; Red – work has yet to start.
RAG_STATUS = {"Complete": "completed", "Green": "ongoing", "Amber": "ongoing", "Red": "not-started"}


def ensham_cypp_review_2009():
    title = "Children and Young People’s Plan 2008–2011: Annual Review 2008/09"
    # priority row, then (action, lead cell, owners, timescale cell, due, RAG word)
    plan = [
        ("Priority 1 – Be healthy: reduce teenage conceptions and improve young people’s sexual health (NI 112)", [
            ("Open a young people’s sexual health drop-in in each of the four localities",
             "PCT Sexual Health Commissioner /\nLocality Managers", ["PCT Sexual Health Commissioner",
                                                                     "Locality Managers"],
             "Dec 08 – Mar 09", "2009-03", "Complete"),
            ("Train staff in every secondary school to deliver the sex and relationships education programme",
             "Healthy Schools Co-ordinator", ["Healthy Schools Co-ordinator"], "Sept 08 – July 09", "2009-07",
             "Green"),
            ("Commission a peer education project for young men, led by a VCS organisation",
             "Joint Commissioning Manager\nEnsham Youth Action", ["Joint Commissioning Manager",
                                                                  "Ensham Youth Action"],
             "April 09", "2009-04", "Red"),
        ]),
        ("Priority 2 – Stay safe: make safeguarding everybody’s business", [
            ("Brief all partner agencies, including VCS organisations, on the revised child protection procedures",
             "ESCB Business Manager", ["ESCB Business Manager"], "Jan 09 – ongoing", "2009-01", "Amber"),
            ("Pilot a multi-agency referral and assessment team in the south locality",
             "Head of Safeguarding / Ensham Police Public Protection Unit",
             ["Head of Safeguarding", "Ensham Police Public Protection Unit"], "Summer 2009", "2009-08", "Green"),
        ]),
        ("Priority 3 – Enjoy and achieve: narrow the gap for looked after children", [
            ("Appoint a virtual head teacher for looked after children", "Head of Access and Inclusion",
             ["Head of Access and Inclusion"], "Sept 08", "2008-09", "Complete"),
            ("Agree a personal education plan for every looked after child within 20 school days of coming into "
             "care", "Virtual Head Teacher; Social Care Team Managers",
             ["Virtual Head Teacher", "Social Care Team Managers"], "Ongoing", None, "Amber"),
        ]),
        ("Priority 4 – Make a positive contribution: involve young people and reduce first-time entrants to the "
         "youth justice system (NI 111)", [
            ("Extend the Ensham Youth Council to every district, with two seats for young people in care",
             "Participation Manager /\nEnsham CVYS", ["Participation Manager", "Ensham CVYS"], "2009/10", "2010-03",
             "Green"),
            ("Introduce a restorative justice triage scheme for young people arrested for a first minor offence",
             "Youth Offending Service Manager\nEnsham Police", ["Youth Offending Service Manager", "Ensham Police"],
             "Q3 2009/10", "2009-12", "Red"),
        ]),
        ("Priority 5 – Achieve economic well-being: reduce the number of 16–18 year olds not in education, "
         "employment or training (NI 117)", [
            ("Offer every young person leaving Year 11 a place in learning under the September Guarantee",
             "Connexions Ensham", ["Connexions Ensham"], "Oct 08, then annually", "2008-10", "Complete"),
            ("Open two Foundation Learning programmes run by VCS providers",
             "14–19 Partnership Manager / LSC Area Manager", ["14–19 Partnership Manager", "LSC Area Manager"],
             "Sept 2009", "2009-09", "Amber"),
        ]),
        ("Working with the voluntary and community sector", [
            ("Agree a VCS engagement action plan following the self evaluation of autumn 2008",
             "Partnership Manager /\nEnsham CVS", ["Partnership Manager", "Ensham CVS"], "Jan 09", "2009-01",
             "Complete"),
            ("Move VCS grants that meet the Plan’s priorities to three-year agreements",
             "Joint Commissioning Manager", ["Joint Commissioning Manager"], "April 2010", "2010-04", "Red"),
            ("Publish a directory of VCS services for children and families", "Family Information Service",
             ["Family Information Service"], "", None, "Amber"),
        ]),
    ]
    rows, gold_actions = [], []
    for priority, items in plan:
        rows.append([{"text": priority, "span": 4, "bold": True, "fill": "D9D9D9"}, "<", "<", "<"])
        for text, lead, owners, when, due, rag in items:
            rows.append([text, lead, when, {"text": rag, "bold": True, "fill": RAG_FILLS[rag]}])
            gold_actions.append(action(None, text, owners, when or None, due, RAG_STATUS[rag]))
    blocks = [
        ("p", "**Ensham Children and Young People’s Partnership**"),
        ("title", title),
        ("p", "June 2009"),
        ("h", 1, "1. Introduction"),
        ("p", "The Children and Young People’s Plan sets out how the Partnership’s members – Ensham County Council, "
              "NHS Ensham, Ensham Police, schools and colleges, the Learning and Skills Council and the voluntary "
              "and community sector – will improve outcomes for children and young people in Ensham. The Children "
              "and Young People’s Plan (England) Regulations 2005 require the Plan to be reviewed every year."),
        ("p", "This is the first annual review of the 2008–2011 Plan. It reports progress at 31 March 2009 against "
              "the actions in the Plan and confirms the priorities for 2009/10. It was considered by the Partnership "
              "Board in June 2009."),
        ("h", 1, "2. The year in summary"),
        ("list", "bullet", 1, [
            "Under-18 conceptions fell to 34.1 per 1,000 girls aged 15–17 (2007), from 36.8 in 2006.",
            "Four sexual health drop-ins for young people opened in January and February 2009.",
            "5.8% of 16–18 year olds were not in education, employment or training in November 2008, against a "
            "target of 6.0%.",
            "The Ofsted annual performance assessment judged Ensham’s services for children and young people to be "
            "good (December 2008).",
            "Twenty-five statutory and VCS partners took part in the self evaluation of VCS engagement.",
        ]),
        ("h", 1, "3. Our priorities for 2009/10"),
        ("p", "The Partnership Board confirmed that the Plan’s five priorities remain right for 2009/10, and added "
              "work with the voluntary and community sector as a cross-cutting theme:"),
        ("list", "1.", 1, [
            "reduce teenage conceptions and improve young people’s sexual health;",
            "make safeguarding everybody’s business;",
            "narrow the gap in attainment for looked after children;",
            "involve young people in decisions and reduce first-time entrants to the youth justice system;",
            "reduce the number of young people not in education, employment or training.",
        ]),
        ("h", 1, "4. Action plan: progress at 31 March 2009"),
        ("p", "**RAG rating:** Complete – the action has been achieved; Green – progress is good; Amber – work has "
              "started but is behind the timescale; Red – work has yet to start."),
        ("table", {"cols": [11.0, 7.0, 4.2, 2.6], "header": ["Action", "Lead", "Timescale", "RAG"],
                   "header_fill": "B8CCE4", "font": 9.5, "rows": rows}),
        ("h", 1, "5. Next steps"),
        ("p", "The Partnership Executive Group will review the action plan every quarter. Sub-groups will bring "
              "their delivery plans for 2009/10 to the Partnership Board in September 2009, and the Plan will be "
              "reviewed again in spring 2010."),
        ("p", "Contact: Children’s Trust Partnership Manager, Ensham County Council, County Hall, Ensham – "
              "cypp@ensham.example – 01632 960 522"),
    ]
    return {
        "name": "ensham-children-and-young-peoples-plan-annual-review-2009",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2009-06-30", "doc_title": title, "author": "Children’s Services", "font": "Arial",
                 "size": 10, "title_size": 18, "title_color": "1F497D", "landscape": True, "far_h": True,
                 "cant_split": True, "header": "Ensham Children and Young People’s Plan – Annual Review 2008/09",
                 "footer": "Ensham Children and Young People’s Partnership"},
        "blocks": blocks,
        "gold": dict(genre="children and young people's plan annual review with priorities and an action table "
                           "(Action | Lead | Timescale | RAG)", kind="action-plan", title=title, authority=ENSHAM,
                     date="2009-06", meeting=None, actions=gold_actions),
        "layout": "PDF (python-docx → LibreOffice), landscape, Arial 10 pt (Liberation Sans), Word heading styles, "
                  "italic running header and a page footer, rows that may not split. A bold partnership line, a blue "
                  "title and a \"June 2009\" line; typed section numbers in Heading 1s; \"The year in summary\" "
                  "bullets with figures and a Word-numbered 1.–5. list of priorities (not items); a bold-led RAG key "
                  "paragraph (Complete / Green / Amber / Red); one 9.5 pt table Action | Lead | Timescale | RAG with "
                  "a blue header repeated on each page, six grey priority rows merged across the four columns, no "
                  "refs, RAG as bold words in cells shaded their colour; leads split by \"/\" plus a line break, a "
                  "bare line break, \" / \" and \";\"; timescales \"Dec 08 – Mar 09\", \"Sept 08 – July 09\", "
                  "\"April 09\", \"Jan 09 – ongoing\", \"Summer 2009\", \"Sept 08\", \"Ongoing\", \"2009/10\", \"Q3 "
                  "2009/10\", \"Oct 08, then annually\", \"Sept 2009\", \"Jan 09\", \"April 2010\" and one empty; next "
                  "steps and a contact line.",
    }


# ---------------------------------------------------------------------------
# O4. Brookwell Children's Trust Scrutiny Panel: final report to the Overview and Scrutiny Management
#     Committee, 9 June 2009 (PDF, python-docx → LibreOffice), Arial 10.5 pt (Liberation Sans), Word
#     heading styles, italic running header and a page footer, rows that may not split. A bold
#     capitals council line and a borderless front table (Report to / Date / Agenda item / Report of /
#     Lead officer / Status) above the title; a summary; an unnumbered "Recommendation" heading with
#     one "The Committee is asked to endorse …" sentence; typed 1.1–6.2 paragraphs; membership and
#     terms of reference (not items); under "5. Findings and recommendations" five Heading 2 themes
#     "5.1 …" – "5.5 …", each with typed findings paragraphs (5.1.1 …; one "recommended that" about
#     another council, not an item) and one or more shaded one-cell boxes holding a bold
#     "Recommendation n" line and the recommendation, numbered 1–12 across the themes. After a page
#     break, Appendix A, the Trust Board's action plan, restates the twelve recommendations: No. |
#     Recommendation | Lead officer(s) | Target date | Progress at 29 May 2009, theme rows merged
#     across; progress as a bold status word (Completed / Ongoing / Not started) and a bracketed note
#     on the next line, one note without a status word, one status word without a note, one empty
#     target date.
# ---------------------------------------------------------------------------


def brookwell_scrutiny_review_2009():
    title = "Review of the Brookwell Children’s Trust: Final Report of the Children’s Trust Scrutiny Panel"
    covering = ("The Committee is asked to endorse the Panel’s final report and to note the action plan agreed by "
                "the Children’s Trust Board in response to its twelve recommendations (Appendix A).")
    # themes: (heading number, theme, [findings paragraphs], [recommendation numbers])
    # recommendation: (number, text, verb, addressee, lead cell, owners, target cell, due, status word,
    #                  note, status, tags)
    recs = {
        "1": ("The Children’s Trust Board adopts a forward plan for its meetings, linked to the priorities of the "
              "Children and Young People’s Plan and the Local Area Agreement.", "ADOPTS", "Children’s Trust Board",
              "Director of Children’s Services / Partnerships Manager",
              ["Director of Children’s Services", "Partnerships Manager"], "March 2009", "2009-03",
              "Completed", "New forward plan agreed by the Board on 12 March 2009", "completed", ["GOV-1"]),
        "2": ("Board papers are sent to members at least ten working days before each meeting, with a one-page "
              "summary of each report.", None, None, "Partnerships Manager", ["Partnerships Manager"], "June 2009",
              "2009-06", "Ongoing", "Papers now sent seven working days ahead; ten days from September 2009",
              "ongoing", ["GOV-1"]),
        "3": ("The Board receives a performance report at each meeting on no more than six Local Area Agreement "
              "indicators for children, with commentary on any that are off track.", "RECEIVES", "Board",
              "Head of Performance\nLAA Co-ordinator", ["Head of Performance", "LAA Co-ordinator"], "April 2009",
              "2009-04", "Completed", None, "completed", ["PRO-3"]),
        "4": ("The Board reviews the time and venue of its meetings so that VCS representatives, most of whom are "
              "front-line workers, are able to attend.", "REVIEWS", "Board",
              "Partnerships Manager /\nBrookwell CVS Chief Executive",
              ["Partnerships Manager", "Brookwell CVS Chief Executive"], "June 2009", "2009-06", "Ongoing",
              "Meetings to move to 4.00pm at the Brookwell Community Centre from July 2009", "ongoing", ["GOV-1"]),
        "5": ("The Council and NHS Brookwell meet the costs of cover for VCS representatives who attend Board and "
              "sub-group meetings.", "MEET", "Council and NHS Brookwell",
              "Director of Children’s Services\nDirector of Commissioning (PCT)",
              ["Director of Children’s Services", "Director of Commissioning (PCT)"], "April 2010", "2010-04",
              "Not started", "To be considered in setting the 2010/11 budget", "not-started", ["GOV-1"]),
        "6": ("The Board asks Brookwell CVS to hold an open election for the VCS places on the Board, so that "
              "smaller groups and black and minority ethnic groups have a say in who represents them.", "ASKS",
              "Board", "Brookwell CVS Chief Executive", ["Brookwell CVS Chief Executive"], "October 2009",
              "2009-10", "Ongoing", "Nominations open in September 2009", "ongoing", ["GOV-2", "GOV-1"]),
        "7": ("A joint commissioning strategy for children’s services is agreed by the Council and NHS Brookwell, "
              "and the voluntary sector is consulted on it before it is adopted.", None, None,
              "Head of Joint Commissioning / Director of Commissioning (PCT)",
              ["Head of Joint Commissioning", "Director of Commissioning (PCT)"], "Sept 09 – Mar 10", "2010-03",
              "Ongoing", "Draft strategy to the Board in September 2009", "ongoing", ["STR-1"]),
        "8": ("Commissioners give voluntary organisations at least three months’ notice of tenders and offer help "
              "to organisations that wish to bid together.", "GIVE", "Commissioners", "Head of Procurement",
              ["Head of Procurement"], "May 2009", "2009-05", "Completed",
              "Notice period added to the Council’s contract procedure rules in May 2009", "completed",
              ["STR-1", "DEL-2"]),
        "9": ("The Common Assessment Framework is used in the same way by all partners, including voluntary "
              "organisations, and its use is reported to the Board twice a year.", None, None,
              "Integrated Working Manager; Locality Managers", ["Integrated Working Manager", "Locality Managers"],
              "Ongoing", None, "Ongoing", "First six-monthly report due in July 2009", "ongoing", ["PRO-1"]),
        "10": ("An information-sharing protocol that includes voluntary organisations is agreed before ContactPoint "
               "goes live in Brookwell.", None, None, "Information Governance Manager /\nContactPoint Project Manager",
               ["Information Governance Manager", "ContactPoint Project Manager"],
               "Before ContactPoint goes live (Dec 09)", "2009-12", "Ongoing",
               "Draft protocol out to consultation until 30 June 2009", "ongoing", ["PRO-2"]),
        "11": ("Officers report to the Overview and Scrutiny Management Committee every six months on the "
               "performance of the Children and Young People’s Plan.", "REPORT", "Officers",
               "Director of Children’s Services", ["Director of Children’s Services"], "December 2009", "2009-12",
               None, "First report to this Committee in December 2009", None, []),
        "12": ("The Committee considers setting up short task and finish reviews of any area of the Plan that is "
               "not improving.", "CONSIDERS", "Committee", "Scrutiny Officer", ["Scrutiny Officer"], "", None,
               "Not started", None, "not-started", []),
    }
    themes = [
        ("5.1", "The Children’s Trust Board and its meetings", [
            ("5.1.1", "Partners told the Panel that the Trust has helped them to get to know each other and to work "
                      "on shared problems. The Board meets six times a year, and its agendas are set by officers "
                      "of the Council shortly before each meeting."),
            ("5.1.2", "Board papers often run to more than 200 pages and arrive three or four days before the "
                      "meeting. Several members said that they could not read them properly, and the VCS members "
                      "said that they had no time to consult other groups."),
            ("5.1.3", "The Board does not receive regular performance information. The Panel saw that three of the "
                      "Local Area Agreement indicators for children had been off track for two quarters before "
                      "the Board discussed them."),
         ], ["1", "2", "3"]),
        ("5.2", "The voluntary and community sector", [
            ("5.2.1", "The voluntary and community sector (VCS) has three places on the Board. Unlike most other "
                      "members, the VCS representatives are front-line workers, and meetings held at 10.00am in "
                      "the Council Chamber mean closing their projects for the morning."),
            ("5.2.2", "The VCS representatives are nominated by the CVS Children, Young People and Families "
                      "Network. Smaller groups told the Panel that they did not know how this was done. The Panel "
                      "heard that in a neighbouring borough the children’s trust recommended that VCS places "
                      "should be filled by election, and that this had brought in new groups."),
         ], ["4", "5", "6"]),
        ("5.3", "Joint planning and commissioning", [
            ("5.3.1", "The Council and NHS Brookwell commission children’s services separately, and there is no "
                      "joint commissioning strategy. VCS organisations said that tenders are often advertised with "
                      "four weeks to respond, which is too short for small organisations to form partnerships."),
         ], ["7", "8"]),
        ("5.4", "Integrated working", [
            ("5.4.1", "The Common Assessment Framework is used widely by schools and health visitors, but less by "
                      "voluntary organisations, several of which said that they were unsure what they could share "
                      "about a family."),
            ("5.4.2", "ContactPoint, the national directory of children, is due to go live in Brookwell by the end "
                      "of 2009. The current information-sharing protocol was signed by statutory partners only."),
         ], ["9", "10"]),
        ("5.5", "Scrutiny of the Children’s Trust", [
            ("5.5.1", "The Trust has been scrutinised once since it was set up. The Panel believes that councillors "
                      "should follow its work more closely, as the new statutory guidance expects."),
         ], ["11", "12"]),
    ]
    front = [
        ["**Report to:**", "Overview and Scrutiny Management Committee"],
        ["**Date:**", "9 June 2009"],
        ["**Agenda item:**", "7"],
        ["**Report of:**", "Cllr J.H., Lead Member, Children’s Trust Scrutiny Panel"],
        ["**Lead officer:**", "Scrutiny Officer, Democratic Services"],
        ["**Status:**", "For decision"],
    ]
    blocks = [
        ("p", "**BROOKWELL BOROUGH COUNCIL**"),
        ("table", {"cols": [3.6, 13.0], "borders": False, "rows": front}),
        ("title", title),
        ("h", 1, "Summary"),
        ("p", "The Children’s Trust Scrutiny Panel was set up by the Committee in September 2008 to review how well "
              "the Brookwell Children’s Trust is working, three years after it was formed. The Panel met seven "
              "times between October 2008 and March 2009, interviewed fourteen partners and visited two locality "
              "teams. Its twelve recommendations are set out in section 5. The Panel shared its emerging findings "
              "with the Board in February 2009, and some were acted on before the report was finished. The "
              "Children’s Trust Board considered the draft report on 14 April 2009 and agreed the action plan at "
              "Appendix A."),
        ("h", 1, "Recommendation"),
        ("p", covering),
        ("h", 1, "1. Introduction"),
        ("p", "1.1\tThe Brookwell Children’s Trust was formed in April 2006. It brings together Brookwell Borough "
              "Council, NHS Brookwell, Brookwell Police, schools, Brookwell College, Jobcentre Plus and the "
              "voluntary and community sector to improve outcomes for children and young people."),
        ("p", "1.2\tThe Committee asked the Panel to look at how the Trust works, how partners plan and commission "
              "services together and how the voluntary sector takes part."),
        ("h", 1, "2. Membership"),
        ("p", "2.1\tThe Panel was Cllr J.H. (Lead Member), Cllr S.B., Cllr M.K. and Cllr A.W., with two co-opted "
              "members: a parent governor representative and a representative of Brookwell CVS."),
        ("h", 1, "3. Terms of reference"),
        ("p", "3.1\tThe Panel agreed to review: (i) how the Trust Board works and how it is supported; (ii) the "
              "part played by the voluntary and community sector; (iii) progress on joint planning and "
              "commissioning; and (iv) the use of the Common Assessment Framework and information sharing."),
        ("h", 1, "4. How the Panel gathered evidence"),
        ("p", "4.1\tThe Panel interviewed Board members from every partner, the Director of Children’s Services and "
              "the Lead Member for Children’s Services, and held a focus group with eleven VCS organisations "
              "arranged by Brookwell CVS. It read the Trust’s papers for 2007/08, the Children and Young People’s "
              "Plan and the Trust’s self evaluation of VCS engagement (November 2008)."),
        ("h", 1, "5. Findings and recommendations"),
    ]
    gold_recs = [recommendation(None, covering, verb="ENDORSE", addressee="Committee")]
    gold_recs[0]["tags"] = []
    plan_rows = []
    for number, theme, findings, numbers in themes:
        blocks.append(("h", 2, f"{number} {theme}"))
        blocks += [("p", f"{n}\t{text}") for n, text in findings]
        plan_rows.append([{"text": theme, "span": 5, "bold": True, "fill": "D9D9D9"}, "<", "<", "<", "<"])
        for n in numbers:
            text, verb, addressee, lead, owners, when, due, word, note, status, tags = recs[n]
            blocks.append(("table", {"cols": [16.6], "rows": [[{"blocks": [("p", f"**Recommendation {n}**"),
                                                                            ("p", text)], "fill": "EAF1DD"}]]}))
            progress = "\n".join(([f"**{word}**"] if word else []) + ([f"({note})"] if note else []))
            plan_rows.append([n, text, lead, when, progress])
            item = recommendation(n, text, verb=verb, addressee=addressee, theme=theme, owners=owners, due=due,
                                  timeframe=when or None, status=status, progress=note)
            item["planNumber"] = n
            item["tags"] = tags
            gold_recs.append(item)
    blocks += [
        ("h", 1, "6. Conclusion"),
        ("p", "6.1\tThe Panel found a Trust whose partners are committed to working together, but whose Board is "
              "not yet steering the work. The Panel thanks everyone who gave evidence, and in particular the "
              "voluntary organisations that gave their time."),
        ("p", "6.2\tThe Panel will ask for a report on progress against the action plan in December 2009."),
        ("p", "**Background papers:** Children’s Trust Board agendas and minutes, 2007/08; Brookwell Children and "
              "Young People’s Plan 2008–2011; Brookwell Children’s Trust VCS self evaluation, November 2008."),
        ("p", "**Contact:** Scrutiny Officer, Democratic Services, Brookwell Borough Council, Town Hall, Brookwell – "
              "scrutiny@brookwell.example – 01632 960 145"),
        ("break",),
        ("h", 1, "Appendix A: Children’s Trust Board action plan in response to the Panel’s recommendations"),
        ("p", "Agreed by the Children’s Trust Board on 14 April 2009. Progress at 29 May 2009."),
        ("table", {"cols": [1.2, 6.6, 3.6, 2.4, 3.2],
                   "header": ["No.", "Recommendation", "Lead officer(s)", "Target date", "Progress at 29 May 2009"],
                   "header_fill": "C6D9F1", "font": 9, "rows": plan_rows}),
    ]
    return {
        "name": "brookwell-childrens-trust-scrutiny-panel-report-2009",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2009-05-29", "doc_title": title, "author": "Democratic Services", "font": "Arial",
                 "size": 10.5, "title_size": 16, "title_color": "17365D", "far_h": True, "cant_split": True,
                 "header": "Children’s Trust Scrutiny Panel – Final Report",
                 "footer": "Overview and Scrutiny Management Committee – 9 June 2009"},
        "blocks": blocks,
        "gold": dict(genre="scrutiny panel review of a children's trust with themed recommendations and an appended "
                           "action plan that restates them", kind="scrutiny-report", title=title,
                     authority=BROOKWELL, date="2009-06-09", meeting="Overview and Scrutiny Management Committee",
                     recommendations=gold_recs),
        "layout": "PDF (python-docx → LibreOffice), Arial 10.5 pt (Liberation Sans), Word heading styles, italic "
                  "running header and a page footer, rows that may not split. A bold capitals council line and a "
                  "borderless front table with bold labels (Report to / Date / Agenda item / Report of / Lead officer "
                  "/ Status) above the title; a summary; an unnumbered \"Recommendation\" heading with one \"The "
                  "Committee is asked to endorse … and to note …\" sentence; typed 1.1–6.2 paragraphs (tab after the "
                  "number), membership and terms of reference with inline (i)–(iv) (not items); under \"5. Findings "
                  "and recommendations\" five Heading 2 themes \"5.1 …\" – \"5.5 …\" with typed 5.1.1 findings (one "
                  "reports that another borough's trust \"recommended that …\", not an item) and twelve shaded "
                  "one-cell boxes, each a bold \"Recommendation n\" line over the recommendation, numbered 1–12 across "
                  "the themes (\"The Board reviews …\", \"Commissioners give …\", \"Officers report …\", four "
                  "passives); background papers and a contact line. After a page break, Appendix A: the Trust "
                  "Board's action plan No. | Recommendation | Lead officer(s) | Target date | Progress at 29 May "
                  "2009, 9 pt, a blue header repeated on each page, theme rows merged across five columns, the "
                  "twelve recommendations restated word for word with the same numbers; leads split by \"/\" plus a "
                  "line break, \" / \", a bare line break and \";\"; target dates \"March 2009\", \"June 2009\", "
                  "\"April 2009\", \"April 2010\", \"October 2009\", \"Sept 09 – Mar 10\", \"May 2009\", \"Ongoing\", "
                  "\"Before ContactPoint goes live (Dec 09)\", \"December 2009\" and one empty; progress as a bold "
                  "status word (Completed / Ongoing / Not started) over a bracketed note, one note without a status "
                  "word and two status words without a note.",
    }


# ---------------------------------------------------------------------------
# O5. Brookwell CVS survey of VCS organisations on engagement with the Children's Trust, September
#     2009 (PDF, HTML → Chromium), DejaVu Sans 10 pt. A bold brand line and a network line, a teal
#     title and a subtitle line with the month; "1. Background" (the 2008 SET, not items); "2. About
#     the survey" with a "who replied" table; "3. Responses to the questionnaire": nine bold question
#     lines Q1.–Q9., each with a count table (Answer | Number | %, two "tick all that apply") and one
#     or two answer paragraphs (one answer paragraph wholly in bold, with "this report recommends
#     that …" inside it); "4. Recommendations": an HTML-lettered a)–g) list (five "X should V …", one
#     passive, one imperative); a boxed case study with a quote and a contact line (not items).
# ---------------------------------------------------------------------------


def brookwell_cvs_survey_2009():
    title = "Having a Say: Voluntary and Community Organisations and the Brookwell Children’s Trust"
    # (question, [(answer, number, percent)], [(answer paragraph, tags)])
    questions = [
        ("Q1. Do you know who represents the voluntary and community sector on the Children’s Trust Board?",
         [("Yes", "29", "41%"), ("No", "38", "54%"), ("Not sure", "4", "6%")], [
            ("Fewer than half of the organisations that replied know who represents them on the Children’s Trust "
             "Board. Awareness was lowest among organisations with an income under £10,000, where only 5 of the 22 "
             "knew who their representatives were.", ["GOV-1"]),
            ("Several organisations said that they had never been asked to help choose the representatives, and "
             "did not know that the places are filled by nomination from the CVS Children, Young People and "
             "Families Network.", ["GOV-1"]),
        ]),
        ("Q2. Have you been asked for your views on the Children and Young People’s Plan in the last two years?",
         [("Yes", "24", "34%"), ("No", "43", "61%"), ("Don’t know", "4", "6%")], [
            ("A third of organisations have been asked for their views on the Children and Young People’s Plan. "
             "Most of these took part in the needs analysis workshops held in autumn 2008.", ["STR-2"]),
            ("Organisations working with black and minority ethnic families and with disabled children were the "
             "least likely to have been asked. One respondent wrote that “the same six organisations are always in "
             "the room”.", ["GOV-2", "STR-2"]),
        ]),
        ("Q3. Does the voluntary sector’s representation on the Trust reflect the diversity of the sector?",
         [("Yes", "17", "24%"), ("No", "31", "44%"), ("Don’t know", "23", "32%")], [
            ("Only a quarter of organisations think that the sector’s representation reflects its diversity. Small "
             "groups, faith groups and groups run by young people were most often named as missing.", ["GOV-2"]),
        ]),
        ("Q4. Have you tendered for a children’s service in the last two years?",
         [("Yes", "19", "27%"), ("No", "52", "73%")], [
            ("Nineteen organisations have tendered for a children’s service since 2007, and twelve were "
             "successful. Nine of the twelve contracts are for one year only.", ["STR-1", "DEL-2"]),
            ("Organisations that had not tendered gave three main reasons: the time allowed to respond, often "
             "three or four weeks; the size of the contracts; and not hearing about opportunities in time.",
             ["STR-1"]),
        ]),
        ("Q5. Does your organisation have a named safeguarding lead and a written child protection policy?",
         [("Both", "58", "82%"), ("Policy only", "9", "13%"), ("Neither", "4", "6%")], [
            ("Most organisations have both a named safeguarding lead and a child protection policy. However, 31 "
             "organisations had not heard of the Safeguarding Children Board’s multi-agency training, which is "
             "free to the sector.", ["STR-3", "STR-4"]),
            ("**There is no voluntary sector member of the Brookwell Safeguarding Children Board, and this report "
             "recommends that the Board offers the sector a place on its training sub-group as a first step.**",
             ["STR-3"]),
        ]),
        ("Q6. Have staff or volunteers in your organisation been trained to use the Common Assessment Framework "
         "(CAF)?", [("Yes", "21", "30%"), ("No", "44", "62%"), ("Don’t know", "6", "8%")], [
            ("Thirty per cent of organisations have staff trained in the CAF, but only eight have started a CAF "
             "themselves. Several said that they do not know whether they may share information about a family "
             "without consent.", ["PRO-1", "PRO-2"]),
        ]),
        ("Q7. Is your organisation a member of a locality or neighbourhood network?",
         [("Yes", "33", "46%"), ("No", "38", "54%")], [
            ("Organisations in the east of the borough, where the locality network has met every month since 2007, "
             "were twice as likely to be members as those in the west.", ["DEL-3"]),
        ]),
        ("Q8. What would help your organisation to take part in the work of the Children’s Trust? (tick all that "
         "apply)", [("Earlier notice of meetings and consultations", "49", "69%"),
                    ("Funding for staff time (backfill)", "44", "62%"),
                    ("Training for representatives", "30", "42%"), ("Papers in plain English", "27", "38%")], [
            ("The most common requests were earlier notice and funding to cover staff time. A respondent from a "
             "youth project with two part-time staff wrote: “If I go to a Trust meeting the project is shut for "
             "the afternoon.”", ["GOV-1"]),
        ]),
        ("Q9. How do you hear about the work of the Children’s Trust? (tick all that apply)",
         [("CVS e-bulletin", "46", "65%"), ("Network meetings", "31", "44%"), ("Council website", "9", "13%"),
          ("I don’t hear about it", "12", "17%")], [
            ("The CVS e-bulletin is the main source of news about the Trust. Twelve organisations said that they "
             "hear nothing about its work at all.", ["PRO-2"]),
        ]),
    ]
    # (letter, text, verb, addressee, tags)
    recs = [
        ("a", "The Children’s Trust Board should agree a role description for voluntary sector representatives, "
              "setting out the time they are expected to give and the support they can expect.", "AGREE",
         "Children’s Trust Board", ["GOV-1"]),
        ("b", "Brookwell Borough Council and NHS Brookwell should fund cover for the staff time of voluntary sector "
              "representatives from April 2010.", "FUND", "Brookwell Borough Council and NHS Brookwell", ["GOV-1"]),
        ("c", "Brookwell CVS should hold open elections for the voluntary sector places on the Board and its "
              "sub-groups every two years.", "HOLD", "Brookwell CVS", ["GOV-1", "GOV-2"]),
        ("d", "Commissioners should publish their commissioning intentions for children’s services each autumn and "
              "explain how small organisations can take part.", "PUBLISH", "Commissioners", ["STR-1"]),
        ("e", "The Brookwell Safeguarding Children Board should offer a place on its training sub-group to a "
              "voluntary sector representative.", "OFFER", "Brookwell Safeguarding Children Board", ["STR-3"]),
        ("f", "A briefing on the information-sharing protocol should be sent to every organisation on the CVS "
              "database.", None, None, ["PRO-2"]),
        ("g", "Repeat this survey in 2011 to measure progress.", "REPEAT", None, []),
    ]
    blocks = [
        ("p", "**Brookwell CVS**"),
        ("p", "Brookwell Council for Voluntary Service · Children, Young People and Families Network"),
        ("title", title),
        ("p", "A survey of organisations working with children, young people and families – September 2009"),
        ("h", 2, "1. Background"),
        ("p", "The Brookwell Children’s Trust was set up in 2006. It brings together Brookwell Borough Council, NHS "
              "Brookwell, Brookwell Police, schools, Brookwell College and the voluntary and community sector to "
              "improve outcomes for children and young people."),
        ("p", "In autumn 2008 the Trust and the sector completed the self evaluation tool (SET) developed by the VCS "
              "Engage programme. The Trust graded itself amber for the engagement of the sector in its governance; "
              "voluntary sector members thought this was generous. Brookwell CVS agreed to survey organisations "
              "working with children, young people and families to test the findings."),
        ("p", "This report sets out what organisations told us and makes seven recommendations to the Children’s "
              "Trust, its partners and Brookwell CVS itself."),
        ("h", 2, "2. About the survey"),
        ("p", "A questionnaire was sent by post and e-mail to the 186 organisations on the Network’s mailing list in "
              "May 2009, and 71 organisations (38%) replied by 26 June 2009. The figures below are based on the 71 "
              "replies, 71 being 100%."),
        ("table", {"cols": [9.0, 2.6, 2.0], "header": ["Annual income of organisations that replied", "Number",
                                                         "%"], "header_fill": "D9ECEC",
                   "rows": [["Under £10,000", "22", "31%"], ["£10,000 to £100,000", "27", "38%"],
                            ["£100,001 to £1 million", "16", "23%"], ["Over £1 million", "6", "8%"],
                            [{"text": "Total", "bold": True}, {"text": "71", "bold": True},
                             {"text": "100%", "bold": True}]]}),
        ("h", 2, "3. Responses to the questionnaire"),
    ]
    gold_evidence = []
    for q, counts, answers in questions:
        blocks.append(("p", f"**{q}**"))
        blocks.append(("table", {"cols": [9.0, 2.6, 2.0], "header": ["Answer", "Number", "%"],
                                 "header_fill": "D9ECEC", "rows": [list(c) for c in counts]}))
        blocks += [("p", text) for text, _ in answers]
        gold_evidence += [evidence(text, None, tags) for text, tags in answers]
    blocks += [
        ("h", 2, "4. Recommendations"),
        ("list", "a)", 1, [text for _, text, _, _, _ in recs]),
        ("h", 2, "5. Case study: a small project’s view"),
        ("box", [
            ("p", "**Eastside Young Carers Project** supports 40 young carers with two part-time workers and ten "
                  "volunteers. Its coordinator was one of the VCS representatives on the Trust’s sub-group for "
                  "children with disabilities from 2007 to 2009."),
            ("p", "“The meetings were useful, and I think we changed how the sub-group saw young carers. But every "
                  "meeting was a morning when the project was closed, and the papers came two days before. If the "
                  "Trust wants small groups at the table it has to make that possible.”"),
        ]),
        ("p", "For more information about this report contact the Children and Young People’s Development Worker, "
              "Brookwell CVS, 14 Market Street, Brookwell – cyp@brookwellcvs.example – 01632 960 783"),
    ]
    gold_recs = []
    for letter, text, verb, addressee, tags in recs:
        item = recommendation(letter, text, verb=verb, addressee=addressee)
        item["tags"] = tags
        gold_recs.append(item)
    return {
        "name": "brookwell-cvs-vcs-engagement-survey-2009",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Having a Say – Brookwell CVS survey 2009", "size": 10, "title_color": "00707A",
                 "css_font": "'DejaVu Sans', sans-serif"},
        "blocks": blocks,
        "gold": dict(genre="CVS survey report of voluntary organisations on engagement with the children's trust, "
                           "with answer paragraphs and lettered recommendations", kind="survey-report", title=title,
                     authority=BROOKWELL, date="2009-09", meeting=None, evidence=gold_evidence,
                     recommendations=gold_recs),
        "layout": "PDF (HTML → Chromium), DejaVu Sans 10 pt. A bold brand line and a network line, a teal title and a "
                  "subtitle line with the month; \"1. Background\" about the 2008 SET (not items); \"2. About the "
                  "survey\" with a who-replied table (pale teal header, bold total row); \"3. Responses to the "
                  "questionnaire\": nine bold question lines Q1.–Q9., each followed by a count table Answer | Number "
                  "| % (two \"tick all that apply\") and one or two answer paragraphs, one of them wholly in bold "
                  "with \"this report recommends that …\" inside it; \"4. Recommendations\" as an HTML-lettered a)–g) "
                  "list (five \"X should V …\", one passive, one imperative, one with \"from April 2010\" in its "
                  "words); a boxed case study with a quote; a contact line.",
    }


# ---------------------------------------------------------------------------
# O6. Ensham Strategic Partnership Board report, 10 March 2010: NI 7 and the refresh of the Ensham
#     Compact (PDF, Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold capitals partnership
#     line, a line block of bold-labelled details (Meeting / Date / Agenda item / Report of / Status),
#     the title as H1; numbered Heading 2 sections with typed 1.1 paragraphs; "Members are asked to:"
#     and a pandoc (a)–(d) list (lower-case verbs, "; and"); an LAA pipe table (not items); "Compact
#     Voice recommended that …" (not an item); a risks paragraph and a contact line; Appendix 1 (H1) with
#     a bold progress key and a grid table No. | Action | Statutory sector lead | VCS lead | By when |
#     Progress, the two lead columns both giving owners, the status word opening the progress cell.
# ---------------------------------------------------------------------------

COMPACT_STATUS = {"Complete": "completed", "Under way": "ongoing", "Not started": "not-started",
                  "Deferred": "deferred"}


def ensham_compact_board_report_2010():
    title = "Refreshing the Ensham Compact"
    recs = [
        ("a", "note the progress on Local Area Agreement indicator NI 7 (environment for a thriving third sector) "
              "set out in section 5;", "NOTE"),
        ("b", "endorse the refreshed Ensham Compact for signature by all partners at the Compact launch on 23 April "
              "2010;", "ENDORSE"),
        ("c", "agree the Compact action plan at Appendix 1; and", "AGREE"),
        ("d", "ask the Compact Steering Group to report progress on the action plan to the Board every six months.",
         "ASK"),
    ]
    # (No., action, statutory lead cell, VCS lead cell, owners, by when cell, due, progress cell)
    plan = [
        ("1", "Consult VCS organisations and statutory partners on the draft refreshed Compact",
         "Head of Policy and Partnerships", "Ensham CVS Compact Officer",
         ["Head of Policy and Partnerships", "Ensham CVS Compact Officer"], "Oct 09 – Jan 10", "2010-01",
         "Complete – 112 responses received"),
        ("2", "Hold a Compact launch event at which all partners sign the refreshed Compact",
         "Head of Policy and Partnerships /\n\nNHS Ensham Head of Partnerships", "Ensham CVS Chief Officer",
         ["Head of Policy and Partnerships", "NHS Ensham Head of Partnerships", "Ensham CVS Chief Officer"],
         "23 April 2010", "2010-04-23", "Under way – venue booked"),
        ("3", "Appoint a Compact champion in each statutory partner and in the VCS Assembly",
         "Chief executives of statutory partners", "VCS Assembly Chair",
         ["Chief executives of statutory partners", "VCS Assembly Chair"], "June 2010", "2010-06", "Not started"),
        ("4", "Add the Compact’s 12-week consultation standard to the County Council’s consultation toolkit",
         "Head of Consultation and Engagement", "–", ["Head of Consultation and Engagement"], "Sept 10", "2010-09",
         "Not started"),
        ("5", "Run Compact awareness training for commissioners and grants officers",
         "Joint Commissioning Manager (Children’s Services) / Procurement Manager", "Ensham CVS Training Officer",
         ["Joint Commissioning Manager (Children’s Services)", "Procurement Manager", "Ensham CVS Training Officer"],
         "April 10 – March 11", "2011-03", "Under way – first two sessions held in February 2010"),
        ("6", "Agree a Compact code on funding and procurement, with three-year funding agreements where possible",
         "Director of Resources\n\nNHS Ensham Director of Finance", "Ensham Council for Voluntary Youth Services",
         ["Director of Resources", "NHS Ensham Director of Finance", "Ensham Council for Voluntary Youth Services"],
         "2010/11", "2011-03", "Not started"),
        ("7", "Set up a Compact disputes panel with equal statutory and VCS membership", "Monitoring Officer",
         "VCS Assembly Chair", ["Monitoring Officer", "VCS Assembly Chair"], "Dec 10", "2010-12",
         "Deferred – until national guidance on disputes is published"),
        ("8", "Repeat the survey of third sector organisations used to measure NI 7", "Head of Performance", "",
         ["Head of Performance"], "Autumn 2010", "2010-11", "Not started"),
        ("9", "Report Compact breaches and how they were resolved", "Compact Steering Group (joint)", "–",
         ["Compact Steering Group (joint)"], "Quarterly", None, "Under way"),
        ("10", "Review this action plan and report progress to the Strategic Partnership Board",
         "Head of Policy and Partnerships", "Ensham CVS Chief Officer",
         ["Head of Policy and Partnerships", "Ensham CVS Chief Officer"], "Sept 2010, then every six months",
         "2010-09", "Not started"),
    ]

    def status_of(cell):
        return COMPACT_STATUS[cell.split(" – ")[0]]

    def plan_table(rows):
        return grid_table([30, 27, 19, 17, 23], ["Action", "Statutory sector lead", "VCS lead", "By when", "Progress"],
                          [[f"**{n}.** {text}", stat, vcs, when, progress]
                           for n, text, stat, vcs, _, when, _, progress in rows])

    page_break = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'
    md = [
        "**ENSHAM STRATEGIC PARTNERSHIP**",
        "| **Meeting:** Ensham Strategic Partnership Board\n| **Date:** 10 March 2010\n| **Agenda item:** 7\n"
        "| **Report of:** Head of Policy and Partnerships, Ensham County Council, and Chief Officer, Ensham CVS\n"
        "| **Status:** For decision",
        f"# {title}",
        "## 1. Purpose of the report",
        "1.1 This report updates the Board on the Local Area Agreement indicator for the third sector (NI 7) and "
        "presents the refreshed Ensham Compact and an action plan to put it into practice over the next two years.",
        "## 2. Recommendations",
        "Members are asked to:",
        "\n".join(f"({n}) {text}" for n, text, _ in recs),
        "## 3. Background",
        "3.1 The Ensham Compact is the agreement between the public sector and the voluntary and community sector "
        "(VCS) in Ensham about how they work together. It was first signed in 2003, and its codes of practice were "
        "last revised in 2007.",
        "3.2 NI 7 (environment for a thriving third sector) is one of the 35 improvement targets in the Ensham "
        "Local Area Agreement 2008–2011. It is measured by the national survey of third sector organisations, in "
        "which organisations are asked whether local statutory bodies have a positive influence on their success.",
        "3.3 The self evaluations of VCS engagement carried out by the Ensham Children and Young People’s "
        "Partnership in 2008 and 2009 found that the Compact was not well known among children’s services "
        "commissioners, and that its codes on funding and consultation were often not followed.",
        "## 4. The refreshed Compact",
        "4.1 A draft refreshed Compact was published for consultation from October 2009 to January 2010. There "
        "were 112 responses, 74 of them from VCS organisations. Respondents supported the draft but asked for "
        "clearer commitments on the length of funding agreements and on notice of changes to funding.",
        "4.2 The new national Compact was published in December 2009, and the Ensham Compact has been revised to "
        "match its five sections. Compact Voice recommended that local compacts should include a way of resolving "
        "disputes, and the action plan provides for a disputes panel.",
        "## 5. Local Area Agreement: NI 7",
        "| Indicator | Baseline (2008) | Target (2010) | Latest |\n"
        "|------------------------------|--------------|--------------|--------------------------|\n"
        "| NI 7 Environment for a thriving third sector | 14.9% | 18.4% | Next survey autumn 2010 |\n"
        "| Local: VCS grants agreed for three years or more | 21% | 40% | 33% (2009/10) |\n"
        "| Local: consultations meeting the 12-week standard | 58% | 80% | 71% (April–December 2009) |",
        "5.1 The national survey will be repeated in autumn 2010. The two local measures are moving in the right "
        "direction but are below target.",
        "## 6. Resources",
        "6.1 The action plan can be met from existing budgets, except the training in action 5, which will cost "
        "£6,000 and will be met from the Area Based Grant.",
        "## 7. Risks",
        "7.1 The main risk is that partners sign the Compact but their staff do not follow it. The Compact champions "
        "(action 3) and the training (action 5) are intended to reduce this risk.",
        "## 8. Contact",
        "Head of Policy and Partnerships, Ensham County Council, County Hall, Ensham – "
        "partnerships@ensham.example – 01632 960 655",
        page_break,
        "# Appendix 1: Ensham Compact action plan 2010–2012",
        "**Progress key:** Complete – the action is done; Under way – work has started; Not started – work has yet "
        "to start; Deferred – the action has been put back, with the reason given.",
        "## Part A – Agreeing and launching the Compact",
        plan_table(plan[:4]),
        page_break,
        "## Part B – Putting the Compact into practice",
        plan_table(plan[4:]),
    ]
    gold_recs = [recommendation(n, text, verb=verb, addressee="Members") for n, text, verb in recs]
    # label as printed in bold at the start of the Action cell, dot included ("1.")
    gold_actions = [action(f"{n}.", text, owners, when or None, due, status_of(progress))
                    for n, text, _, _, owners, when, due, progress in plan]
    return {
        "name": "ensham-strategic-partnership-compact-refresh-report-2010",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2010-03-01"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Local Strategic Partnership board report on the Local Area Agreement third sector "
                           "indicator and a Compact refresh, with an appended joint action plan",
                     kind="committee-report", title=title, authority=ENSHAM, date="2010-03-10",
                     meeting="Ensham Strategic Partnership Board", recommendations=gold_recs, actions=gold_actions),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold capitals partnership line, a "
                  "line block of bold-labelled details (Meeting / Date / Agenda item / Report of / Status), the title "
                  "as H1; numbered Heading 2 sections with typed 1.1 paragraphs; \"Members are asked to:\" and a "
                  "pandoc (a)–(d) list (lower-case verbs, \"; and\", a date inside (b)'s words); an LAA pipe table "
                  "(not items); \"Compact Voice recommended that …\" (not an item); resources, risks and a contact "
                  "line. Appendix 1 (Heading 1): a bold progress key line (Complete / Under way / Not started / "
                  "Deferred) and a grid table No. | Action | Statutory sector lead | VCS lead | By when | Progress, "
                  "numbered 1–10; lead cells split by \"/\" plus a paragraph break, \" / \" and a bare paragraph "
                  "break, two VCS cells \"–\" and one empty; by-when cells \"Oct 09 – Jan 10\", \"23 April 2010\", "
                  "\"June 2010\", \"Sept 10\", \"April 10 – March 11\", \"2010/11\", \"Dec 10\", \"Autumn 2010\", "
                  "\"Quarterly\", \"Sept 2010, then every six months\"; the status word opening the progress cell, "
                  "some followed by \" – \" and a note.",
    }


PAPERS = [ensham_set_2008, brookwell_trust_board_minutes, ensham_cypp_review_2009,
          brookwell_scrutiny_review_2009, brookwell_cvs_survey_2009, ensham_compact_board_report_2010]
