"""Papers of the seventh batch, part I: six made-up self-evaluations of voluntary and community
sector (VCS) engagement with a children's trust, from two invented authorities: Quillmere
Borough Council with the Quillmere Children's Trust (later the Quillmere Children's Partnership)
and the Quillmere Children and Young People's VCS Network / VCS Children and Families Forum; and
Dravenshire County Council with the Dravenshire Children and Young People's Partnership (the
county's children's trust arrangement), Dravenshire Voluntary Action and the Dravenshire VCSE
Alliance. People are given by role, e-mail addresses use `.example` and telephone numbers the
01632 960xxx range; every place, body and figure is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines other than
the published framework `Pipelines/frameworks/set.yml`, output or benchmarks) and without running
it, using only the corpus and gold READMEs, the seed gold, the five seed texts and the build
scripts and paper definitions in this folder (not papers_self_j.py). The papers use the SET
questions of the framework (quoted word for word or in close variants) in templates that differ
from the two 2008 seeds:

  I1. Quillmere SET 2009 as one big landscape table (domain rows merged across; Question |
      Evidence bullets | Grade shown only by cell shading | Areas for development bullets).
  I2. Dravenshire SET 2008 as headings and paragraphs (bold question paragraphs, "Evidence"
      bullets, "Our rating: Amber – meets minimum standards" lines, numbered areas for
      development, an overall judgement per domain, an outcomes question of its own).
  I3. Dravenshire VCSE self-assessment 2024: a summary table of grades (R/A/G letters in shaded
      cells) at the front, the evidence (paragraphs) and areas for development per question after.
  I4. A report to the Dravenshire Partnership Board presenting the 2008 SET results (domain ratings
      table; "The Board is asked to: (a) NOTE … (b) AGREE …") with the action plan appended
      (Domain | Ref | Action | Lead | By when | Progress, RAG progress words with a key).
  I5. Quillmere joint partnership / VCS Forum SET 2018 with two grades per question (shaded words)
      and a stated rule that the lower grade is the joint grade; a joint action plan with a
      partnership lead and a Forum lead.
  I6. Quillmere SET refresh 2010 (one year on): Previous grade | Current grade | Evidence of change,
      new areas for development, and a progress table on the 2009 plan.

Each paper names its own split. Every gold value is written by hand beside the words it labels;
the "Self-evaluation papers, part I" section of Corpus/genres/README.md records the choices where
the rules left room.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

from gold import action, domain, evidence, question, recommendation
from papers_fresh import grid_table

QUILLMERE = "Quillmere Borough Council"
DRAVENSHIRE = "Dravenshire County Council"

GREEN, AMBER, RED = "92D050", "FFC000", "FF0000"


# ---------------------------------------------------------------------------
# I1. Quillmere Children's Trust SET, July 2009 (DOCX, python-docx, landscape). A letterhead
#     line, title, short numbered sections, a colour key (shaded cell | level words), then ONE
#     big table: header Question | Evidence | Grade | Areas for development; each domain a grey
#     row merged across all four columns in capitals; question rows with a typed "1.1" label,
#     evidence as a bullet list inside the cell, the grade shown only by the cell's shading
#     (one cell "Not agreed", unshaded), areas for development as bullets inside the cell
#     ("None identified." where there are none).
# ---------------------------------------------------------------------------


def quillmere_set_2009():
    # (label, question text, SET id, rating, [(evidence, tags)], [(area, tags)]); rating None = "Not agreed"
    domains = [
        ("governance", "INTER-AGENCY GOVERNANCE", [
            ("1.1", "To what extent does the children’s trust or partnership ensure sustained and meaningful "
                    "engagement of the VCS?", "GOV-1", "amber", [
                ("The VCS Network elects two representatives to the Children’s Trust Board and one to the Trust "
                 "Executive Group; elections were last held in October 2008.", ["GOV-1"]),
                ("Board papers are sent to the Network a week before each meeting so that representatives can "
                 "gather members’ views.", ["GOV-1"]),
                ("VCS representatives attended 9 of the 10 Board meetings in 2008/09.", ["GOV-1"]),
            ], [
                ("Agree a role description for VCS representatives, including how they report back to the "
                 "Network.", ["GOV-1"]),
                ("Provide an induction for new VCS representatives before their first Board meeting.", ["GOV-1"]),
            ]),
            ("1.2", "Within this, how does the trust/partnership ensure the diversity of representation from the "
                    "sector in the vision and priorities for the Children and Young People’s Plan (CYYP)?",
             "GOV-2", "red", [
                ("Most Network members are medium-sized charities; faith groups, Black and minority ethnic "
                 "community groups and groups working with disabled children are under-represented.", ["GOV-2"]),
                ("No targeted consultation with smaller groups took place for the 2009 review of the Children and "
                 "Young People’s Plan.", ["GOV-2", "STR-2"]),
            ], [
                ("Map which parts of the sector are not reached by the Network and agree with them how they wish "
                 "to be involved.", ["GOV-2"]),
                ("Hold at least one consultation event each year aimed at small and community-led groups.",
                 ["GOV-2"]),
            ]),
            ("1.3", "How does the trust/partnership ensure that VCS organisations are involved in developing shared "
                    "values and a shared ethos around working practices?", "GOV-3", "amber", [
                ("The Quillmere Compact was refreshed in 2008 and signed by the Council, the Primary Care Trust "
                 "and the VCS Network.", ["GOV-3"]),
                ("The Trust’s terms of reference describe the VCS as an equal partner, but VCS members report that "
                 "this is not always how meetings feel.", ["GOV-3"]),
            ], [
                ("Add a children’s services code of practice to the Compact covering consultation periods and "
                 "joint working.", ["GOV-3"]),
            ]),
        ]),
        ("strategy", "INTEGRATED STRATEGY", [
            ("2.1", "How has the sector been involved in shaping the commissioning strategy?", "STR-1", "amber", [
                ("VCS representatives sat on the group that wrote the Trust’s Commissioning Framework 2008–2011.",
                 ["STR-1"]),
                ("Two market-shaping events for providers were held in autumn 2008, with 57 VCS organisations "
                 "taking part.", ["STR-1"]),
                ("Organisations say that tender timescales are often too short for small groups to respond.",
                 ["STR-1", "DEL-2"]),
            ], [
                ("Publish a forward plan of commissioning intentions at least six months ahead.", ["STR-1"]),
                ("Pilot a simplified tender process for contracts under £25,000.", ["STR-1", "DEL-2"]),
            ]),
            ("2.2", "How have the VCS been involved in updating the CYYP plan both through the needs analysis and "
                    "resources mapping?", "STR-2", "green", [
                ("The VCS Network led one of the six needs analysis workshops for the 2009 refresh of the Children "
                 "and Young People’s Plan.", ["STR-2"]),
                ("A directory of VCS services for children and families was compiled in 2008 and used in the "
                 "resources mapping.", ["STR-2"]),
            ], []),
            ("2.3", "How the sector is engaged in local safeguarding children developments?", "STR-3", "red", [
                ("There is no VCS member of the Quillmere Safeguarding Children Board.", ["STR-3"]),
                ("The Board’s safeguarding training is free to VCS staff and volunteers, and 212 places were taken "
                 "up in 2008/09.", ["STR-3", "STR-4"]),
            ], [
                ("Ask the Safeguarding Children Board to appoint a VCS member and a named deputy.", ["STR-3"]),
                ("Offer a safeguarding policy health check to small groups.", ["STR-3"]),
            ]),
            ("2.4", "What role have VCS had in developing a shared workforce strategy?", "STR-4", None, [
                ("The VCS Network has a seat on the Children’s Workforce Development Group.", ["STR-4"]),
                ("Statutory members graded this question amber; VCS members felt that the strategy had been "
                 "written before the sector was invited and graded it red.", ["STR-4"]),
            ], [
                ("Include the VCS workforce in the next children’s workforce survey.", ["STR-4"]),
            ]),
        ]),
        ("processes", "INTEGRATED PROCESSES", [
            ("3.1", "What has been the sectors role in the development and implementation of the Common "
                    "Assessment Framework (CAF)?", "PRO-1", "amber", [
                ("Fourteen VCS organisations have staff trained in the Common Assessment Framework, and VCS staff "
                 "started 23 of the 388 CAFs completed in 2008/09.", ["PRO-1"]),
                ("VCS organisations were not involved in designing the local CAF process.", ["PRO-1"]),
            ], [
                ("Invite VCS lead professionals to the CAF practitioners’ forum.", ["PRO-1"]),
            ]),
            ("3.2", "Are information-sharing protocols in place and do these include the VCS?", "PRO-2", "red", [
                ("The Trust’s information-sharing protocol was signed by statutory partners only.", ["PRO-2"]),
                ("VCS organisations told the workshop that they do not know what they may share without consent.",
                 ["PRO-2"]),
            ], [
                ("Extend the information-sharing protocol to VCS organisations and provide briefings on its use.",
                 ["PRO-2"]),
            ]),
            ("3.3", "What level of involvement has the sector had in developing a performance and quality assurance "
                    "strategy for the delivery of the CYYP?", "PRO-3", "amber", [
                ("VCS providers report against the same outcome measures as other commissioned services.",
                 ["PRO-3"]),
                ("The sector has not been involved in the Trust’s performance management group.", ["PRO-3"]),
            ], [
                ("Invite a VCS representative to the performance management group.", ["PRO-3"]),
                ("Agree proportionate monitoring requirements for grants under £10,000.", ["PRO-3", "DEL-2"]),
            ]),
        ]),
        ("delivery", "INTEGRATED FRONT-LINE DELIVERY", [
            ("4.1", "How does the trust/partnership actively encourage the sector to play a role in the delivery of "
                    "integrated children’s services?", "DEL-1", "green", [
                ("Four of the borough’s eleven children’s centres are run by VCS organisations.", ["DEL-1"]),
                ("VCS organisations deliver the youth offer in two of the three localities.", ["DEL-1", "DEL-3"]),
            ], []),
            ("4.2", "What action is taken by the trust/partnership to support the VCS to improve the sustainability "
                    "of their services?", "DEL-2", "amber", [
                ("The Council moved eight VCS grants to three-year agreements in April 2009.", ["DEL-2"]),
                ("Quillmere Council for Voluntary Service runs a funding advice surgery each month, part-funded by "
                 "the Trust.", ["DEL-2"]),
            ], [
                ("Extend three-year agreements to all services with a good performance record.", ["DEL-2"]),
                ("Provide training for trustees of small groups on full cost recovery.", ["DEL-2"]),
            ]),
            ("4.3", "What has been the role of the sector in locality working and the development of area, "
                    "district, neighbourhood or cluster based networks?", "DEL-3", "amber", [
                ("Each of the three locality partnership groups has a VCS member, but attendance has been uneven.",
                 ["DEL-3"]),
                ("Extended schools clusters have involved local VCS groups in planning holiday activities.",
                 ["DEL-3"]),
            ], [
                ("Set up a VCS network meeting in each locality, linked to the locality partnership group.",
                 ["DEL-3"]),
            ]),
        ]),
    ]
    fills = {"green": GREEN, "amber": AMBER, "red": RED}
    rows = []
    gold_domains, gold_questions, gold_evidence, gold_actions = [], [], [], []
    for dom, heading, questions in domains:
        rows.append([{"text": heading, "span": 4, "bold": True, "fill": "D9D9D9"}, "<", "<", "<"])
        gold_domains.append(domain(dom, heading, None))
        for label, text, set_id, rating, ev, areas in questions:
            grade = {"text": "", "fill": fills[rating]} if rating else {"text": "Not agreed"}
            rows.append([
                f"{label} {text}",
                {"blocks": [("list", "bullet", 1, [t for t, _ in ev])]},
                grade,
                {"blocks": [("list", "bullet", 1, [t for t, _ in areas])]} if areas else "None identified.",
            ])
            if rating:
                gold_questions.append(question(dom, label, text, set_id, rating, None, ["docx", "pdf"]))
            else:
                gold_questions.append(question(dom, label, text, set_id, None, "Not agreed"))
            gold_evidence += [evidence(t, dom, tags) for t, tags in ev]
            gold_actions += [action(None, t, [], None, None, None, kind="area-for-development", domain=dom,
                                    tags=tags) for t, tags in areas]

    blocks = [
        ("p", "Quillmere Children’s Trust  |  Quillmere Borough Council  |  NHS Quillmere  |  Quillmere Children "
              "and Young People’s VCS Network"),
        ("title", "Voluntary and Community Sector Engagement: Self-Evaluation 2009"),
        ("p", "**Status:** final, agreed by the Trust Executive Group on 14 July 2009"),
        ("h", 1, "1. Why we carried out this self-evaluation"),
        ("p", "The Children’s Trust agreed in January 2009 to assess how well it works with voluntary and community "
              "sector (VCS) organisations, using the self-evaluation tool (SET) developed for the VCS Engage "
              "programme. The evaluation was carried out between March and June 2009 by a working group of six "
              "statutory officers and seven representatives of the Quillmere Children and Young People’s VCS "
              "Network, and was tested at a half-day workshop on 19 May 2009 attended by 41 people."),
        ("p", "The SET asks questions under four headings. The working group answered each question, gathered "
              "evidence and agreed a grade, then listed the areas where the Trust and the sector need to "
              "improve."),
        ("h", 1, "2. How to read the table"),
        ("p", "The grade for each question is shown by the colour of the Grade cell:"),
        ("table", {"cols": [1.6, 9.0], "rows": [
            [{"text": "", "fill": GREEN}, "Good to best practice"],
            [{"text": "", "fill": AMBER}, "Meets minimum standards"],
            [{"text": "", "fill": RED}, "Needs significant improvement"],
        ]}),
        ("p", "Where the working group could not agree a grade, this is stated in the cell."),
        ("h", 1, "3. Self-evaluation"),
        ("table", {"cols": [6.4, 9.2, 1.9, 8.2], "font": 9, "header_fill": "B8CCE4",
                   "header": ["Question", "Evidence", "Grade", "Areas for development"],
                   "rows": rows}),
        ("h", 1, "4. Next steps"),
        ("p", "The areas for development will be turned into an action plan, with leads and dates, and presented "
              "to the Children’s Trust Board on 15 September 2009. The Network and the Trust will repeat the "
              "self-evaluation in a year’s time."),
        ("p", "**Contact:** VCS Engagement Officer, Children’s Services, Quillmere Borough Council, Civic Centre, "
              "Quillmere – vcs.engagement@quillmere.example – 01632 960 412"),
    ]
    return {
        "name": "quillmere-vcs-self-evaluation-2009",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2009-07-14", "doc_title": "VCS Engagement Self-Evaluation 2009",
                 "author": "Children’s Services", "font": "Arial", "size": 10, "title_size": 16,
                 "title_color": "1F497D", "landscape": True,
                 "footer": "Quillmere Children’s Trust – VCS Self-Evaluation – July 2009"},
        "blocks": blocks,
        "gold": dict(genre="children's trust self-evaluation of VCS engagement as one big table (grades as cell "
                           "shading only)", kind="self-evaluation",
                     title="Voluntary and Community Sector Engagement: Self-Evaluation 2009", authority=QUILLMERE,
                     date="2009-07-14", meeting=None, domains=gold_domains, questions=gold_questions,
                     evidence=gold_evidence, actions=gold_actions),
        "layout": "DOCX (python-docx), landscape, Arial 10 pt (falls back), Word heading styles, page footer; a "
                  "letterhead line of partners; numbered sections; a colour key (shaded empty cell | level words); "
                  "ONE big table with a light-blue header (Question | Evidence | Grade | Areas for development), "
                  "each domain a grey row merged across all four columns in capitals (INTER-AGENCY GOVERNANCE …), "
                  "question rows with a typed \"1.1\" label before the question, evidence as a bullet list inside "
                  "the cell, the grade shown only by the Grade cell's shading (green / amber / red, no text; one "
                  "cell reads \"Not agreed\" and is unshaded), areas for development as a bullet list inside the "
                  "cell or \"None identified.\"; a next-steps paragraph and a contact line.",
    }


# ---------------------------------------------------------------------------
# I2. Dravenshire Children and Young People's Partnership SET, November 2008 (PDF via pandoc
#     DOCX → LibreOffice, no tables). Headings and paragraphs: numbered domain headings, an intro
#     per domain; each question a bold paragraph "Q1. …?", then a bold "Evidence" line and a
#     bullet list, then "Our rating: Amber – meets minimum standards" (the SET's level words,
#     one "Red – not known", one level only in words); after a domain's questions a bold "Areas
#     for development" line and a numbered list restarting at 1, and a bold "Overall judgement
#     for … : Amber" line. A fifth "Outcomes" section asks a question of the Partnership's own.
# ---------------------------------------------------------------------------


def dravenshire_set_2008():
    # domain id, printed heading (after its "n. " number), intro, questions, areas, overall word, overall rating
    # question: (label, text, SET id, rating, rating words, [(evidence, tags)])
    sections = [
        ("governance", "Integrated governance",
         "The Partnership Board has 22 members, two of whom are nominated by the VCS Reference Group. The "
         "Reference Group meets six times a year and is supported by Dravenshire Voluntary Action.", [
            ("Q1.", "To what extent does the children’s trust/partnership ensure meaningful engagement of the VCS?",
             "GOV-1", "amber", "Amber – meets minimum standards", [
                ("Two VCS members sit on the Partnership Board and take part in its decisions; a VCS place is also "
                 "held on each of the five thematic groups.", ["GOV-1"]),
                ("The VCS Reference Group sees Board papers in advance and holds a pre-meeting before each Board "
                 "meeting.", ["GOV-1"]),
                ("VCS members say that Board agendas are full and that items they raise are often taken last.",
                 ["GOV-1"]),
            ]),
            ("Q2.", "Within this, how does the trust/partnership ensure the diversity of representation from the "
                    "sector in the vision and priorities for the Children and Young People’s Plan (CYYP)?",
             "GOV-2", "red", "Red – needs significant improvement", [
                ("The Reference Group is drawn mainly from county-wide organisations based in Dravenford.",
                 ["GOV-2"]),
                ("There is no route for rural parish-based groups or for Gypsy and Traveller groups to contribute "
                 "to the Children and Young People’s Plan.", ["GOV-2"]),
            ]),
            ("Q3.", "How does the trust/partnership ensure that VCS organisations are involved in developing shared "
                    "values and a shared ethos around working practices?", "GOV-3", "amber",
             "Amber – meets minimum standards", [
                ("A Partnership protocol with the VCS was signed in 2007 and sets out how partners will consult "
                 "each other.", ["GOV-3"]),
                ("Joint training on the Compact was held for 40 staff from the Council and the VCS in June 2008.",
                 ["GOV-3"]),
            ]),
         ], [
            ("Agree with the Reference Group a standing VCS item on every Board agenda.", ["GOV-1"]),
            ("Set up district VCS forums so that smaller and rural groups can feed into the Reference Group.",
             ["GOV-2", "DEL-3"]),
            ("Review the 2007 protocol against the refreshed Dravenshire Compact.", ["GOV-3"]),
         ], "Amber", "amber"),
        ("strategy", "Integrated strategy",
         "Partners spend about £9.6 million a year with VCS organisations on services for children, young people "
         "and families, most of it through annual grants.", [
            ("Q4.", "How has the sector been involved in shaping the commissioning strategy?", "STR-1", "amber",
             "Amber – meets minimum standards", [
                ("The joint commissioning strategy for children’s services was consulted on with the VCS in spring "
                 "2008 and changed as a result.", ["STR-1"]),
                ("Most VCS funding is still given as annual grants, and the sector is not represented on the Joint "
                 "Commissioning Group.", ["STR-1", "DEL-2"]),
            ]),
            ("Q5.", "How have the VCS been involved in updating the CYYP plan both through the needs analysis and "
                    "resources mapping?", "STR-2", "green", "Green – good to best practice", [
                ("VCS organisations contributed data on 14 services to the needs analysis for the 2009–2012 "
                 "Children and Young People’s Plan.", ["STR-2"]),
                ("The Reference Group ran the consultation with children and young people on the Plan’s "
                 "priorities, reaching 1,150 young people.", ["STR-2"]),
            ]),
            ("Q6.", "How the sector is engaged in local safeguarding children developments?", "STR-3", "amber",
             "Amber – meets minimum standards", [
                ("Dravenshire Voluntary Action has a seat on the Local Safeguarding Children Board and chairs its "
                 "voluntary sector sub-group.", ["STR-3"]),
                ("Safer recruitment training is offered to VCS organisations twice a year.", ["STR-3", "STR-4"]),
            ]),
            ("Q7.", "What role have VCS had in developing a shared workforce strategy?", "STR-4", "red",
             "Red – needs significant improvement", [
                ("The children’s workforce strategy 2008–2011 does not mention volunteers or VCS staff.", ["STR-4"]),
                ("The VCS was not represented on the workforce development group when the strategy was written.",
                 ["STR-4"]),
            ]),
         ], [
            ("Seek a VCS place on the Joint Commissioning Group.", ["STR-1"]),
            ("Move grant-funded services that meet Plan priorities to agreements of at least two years.",
             ["DEL-2", "STR-1"]),
            ("Include the VCS workforce in the refresh of the children’s workforce strategy in 2009.", ["STR-4"]),
         ], "Amber", "amber"),
        ("processes", "Integrated processes",
         "The Common Assessment Framework has been used across the county since April 2008. The Partnership’s "
         "information-sharing protocol dates from 2006.", [
            ("Q8.", "What has been the sectors role in the development and implementation of the Common Assessment "
                    "Framework (CAF)?", "PRO-1", "amber", "Amber – meets minimum standards", [
                ("VCS staff took part in the CAF pilot in the north of the county in 2007, and 120 VCS staff have "
                 "been trained in the CAF.", ["PRO-1"]),
                ("Few VCS organisations act as lead professional.", ["PRO-1"]),
            ]),
            ("Q9.", "Are information-sharing protocols in place, and do they include the VCS?", "PRO-2", "red",
             "Red – not known", [
                ("Workshop participants did not know whether the county information-sharing protocol applies to VCS "
                 "organisations.", ["PRO-2"]),
            ]),
            ("Q10.", "What level of involvement has the sector had in developing a performance and quality "
                     "assurance strategy for the delivery of the CYYP?", "PRO-3", "red",
             "Red – needs significant improvement", [
                ("The Plan’s performance framework was drawn up by statutory partners only.", ["PRO-3"]),
                ("VCS providers collect outcome information, but it is not used in the Partnership’s performance "
                 "reports.", ["PRO-3"]),
            ]),
         ], [
            ("Clarify whether the information-sharing protocol covers VCS organisations and, if not, extend it.",
             ["PRO-2"]),
            ("Support VCS organisations to take on the lead professional role.", ["PRO-1"]),
            ("Involve the VCS in the review of the Plan’s performance framework.", ["PRO-3"]),
         ], "Red", "red"),
        ("delivery", "Integrated front-line delivery",
         "VCS organisations run a large part of the county’s early intervention and positive activities "
         "services.", [
            ("Q11.", "How does the trust/partnership actively encourage the sector to play a role in the delivery "
                     "of integrated children’s services?", "DEL-1", "green", "good to best practice", [
                ("VCS organisations deliver parenting support, young carers’ services and half of the county’s "
                 "positive activities programme.", ["DEL-1"]),
                ("Children’s centre advisory boards include VCS members in every district.", ["DEL-1", "DEL-3"]),
            ]),
            ("Q12.", "What action is taken by the trust/partnership to support the sector to improve the "
                     "sustainability of their services?", "DEL-2", "amber", "Amber – meets minimum standards", [
                ("Dravenshire Voluntary Action provides free funding advice and a monthly funding bulletin.",
                 ["DEL-2"]),
                ("Only 9 of the 61 VCS agreements with the Council run for more than one year.", ["DEL-2"]),
            ]),
            ("Q13.", "What has been the role of the sector in locality working and the development of area, "
                     "district, neighbourhood or cluster based networks?", "DEL-3", "amber",
             "Amber – meets minimum standards", [
                ("The five district children’s partnerships each include VCS members.", ["DEL-3"]),
                ("Locality teams have not yet agreed how VCS services will be included in team around the child "
                 "meetings.", ["DEL-3", "PRO-1"]),
            ]),
         ], [
            ("Agree with districts how VCS services will take part in locality teams.", ["DEL-3"]),
            ("Publish a funding calendar so that VCS organisations can plan bids.", ["DEL-2"]),
         ], "Amber", "amber"),
        ("outcomes", "Outcomes",
         "The SET’s outcomes questions were not used. Instead the workshops discussed one question of our own.", [
            ("Q14.", "How does the Partnership know whether VCS services are improving outcomes for children and "
                     "young people?", None, "red", "Red – not known", [
                ("Outcome information from VCS services is collected by each funder in a different way and is not "
                 "brought together.", None),
                ("None of the Plan’s 32 performance indicators shows the contribution of VCS services.", None),
            ]),
         ], [
            ("Agree a common set of outcome measures for VCS services funded by partners.", None),
         ], "Red", "red"),
    ]
    md = [
        "**Dravenshire Children and Young People’s Partnership**",
        "# Self-Evaluation of Voluntary and Community Sector Engagement",
        "*November 2008 – for the Partnership Board*",
        "## About this self-evaluation",
        "This self-evaluation looks at how the Dravenshire Children and Young People’s Partnership, the county’s "
        "children’s trust arrangement, works with voluntary and community sector (VCS) organisations. It was "
        "prepared by the Partnerships Team of Dravenshire County Council and Dravenshire Voluntary Action, using the "
        "self-evaluation tool (SET) of the VCS Engage programme. The SET asks questions under four headings: "
        "integrated governance, integrated strategy, integrated processes and integrated front-line delivery. We "
        "have added one question on outcomes.",
        "The judgements were made at two workshops in September and October 2008, attended by 26 statutory "
        "officers and 38 people from VCS organisations, and were checked by the Partnership’s VCS Reference Group. "
        "For each question we give our rating on the SET’s three levels: Green – good to best practice; Amber – "
        "meets minimum standards; Red – needs significant improvement (or not known).",
    ]
    gold_domains, gold_questions, gold_evidence, gold_actions = [], [], [], []
    for n, (dom, heading, intro, questions, areas, overall, rating) in enumerate(sections, 1):
        md += [f"# {n}. {heading}", intro]
        gold_domains.append(domain(dom, heading, rating))
        for label, text, set_id, q_rating, words, ev in questions:
            md += [f"**{label} {text}**", "**Evidence**", "\n".join(f"- {t}" for t, _ in ev),
                   f"**Our rating:** {words}"]
            gold_questions.append(question(dom, label, text, set_id, q_rating, words))
            gold_evidence += [evidence(t, dom, tags) for t, tags in ev]
        md += ["**Areas for development**", "\n".join(f"{i}. {t}" for i, (t, _) in enumerate(areas, 1)),
               f"**Overall judgement for {heading.lower()}: {overall}**"]
        gold_actions += [action(f"{i}.", t, [], None, None, None, kind="area-for-development", domain=dom,
                                tags=tags) for i, (t, tags) in enumerate(areas, 1)]
    md += [
        "# 6. Next steps",
        "The Partnership Board will be asked on 21 January 2009 to agree an action plan based on the areas for "
        "development above. The Reference Group will share this self-evaluation with its members through the "
        "Dravenshire Voluntary Action newsletter.",
        "**Contact:** Partnerships Manager, Children’s Services, Dravenshire County Council, County Hall, Dravenford "
        "– partnerships@dravenshire.example – 01632 960 287",
    ]
    return {
        "name": "dravenshire-vcs-self-evaluation-2008",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2008-11-20"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="children's partnership self-evaluation of VCS engagement written as headings and "
                           "paragraphs (\"Our rating:\" lines in the SET's level words)", kind="self-evaluation",
                     title="Self-Evaluation of Voluntary and Community Sector Engagement", authority=DRAVENSHIRE,
                     date="2008-11", meeting=None, domains=gold_domains, questions=gold_questions,
                     evidence=gold_evidence, actions=gold_actions),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no tables; a bold partnership "
                  "line, the title as Heading 1 and an italic date line; a Heading 2 introduction stating the three "
                  "levels; five numbered Heading 1 domain sections (1. "
                  "Integrated governance … 4. Integrated front-line delivery, 5. Outcomes), each with an intro "
                  "paragraph; every question a bold paragraph \"Q1. …?\" (numbered Q1–Q14 across the paper), "
                  "then a bold \"Evidence\" line and a bullet list, then \"Our rating: Amber – meets minimum "
                  "standards\" (one \"Red – not known\", one only \"good to best practice\"); after each domain's "
                  "questions a bold \"Areas for development\" line with a numbered list restarting at 1, and a bold "
                  "\"Overall judgement for integrated governance: Amber\" line; the outcomes section asks a "
                  "question the framework lacks; next steps and a contact line.",
    }


# ---------------------------------------------------------------------------
# I3. Dravenshire VCSE engagement self-assessment 2024 (PDF via LibreOffice, Liberation Sans,
#     running header and footer). A key of R/A/G letters; "2. Summary of grades": one table
#     Domain (merged down over its questions) | Ref | Question | Grade, the grade a bold letter
#     in a cell shaded its colour; then "3. Evidence and areas for development": each domain an
#     h2 and each question an h3 "G1 …?" (the same words as the summary), a bold "Evidence" line
#     with paragraphs, and a bold "Areas for development" line with bullets or "None at this
#     stage.". Modern wording: VCSE, CYPP, early help assessment, family hubs; one question the
#     framework lacks (children and young people's involvement).
# ---------------------------------------------------------------------------


def dravenshire_self_assessment_2024():
    letters = {"green": ("G", "00B050"), "amber": ("A", "FFC000"), "red": ("R", "FF0000")}
    # (domain id, heading, [(ref, question, SET id, rating, [(evidence, tags)], [(area, tags)])])
    sections = [
        ("governance", "Partnership governance", [
            ("G1", "To what extent does the partnership ensure sustained and meaningful engagement of the VCSE "
                   "sector?", "GOV-1", "green", [
                ("The VCSE Alliance holds two seats on the Partnership Executive and one on each of the four "
                 "priority boards. Members are elected every two years at the Alliance’s annual meeting.",
                 ["GOV-1"]),
                ("In 2023/24 VCSE members attended 92% of Executive meetings and led two of the Executive’s six "
                 "deep-dive sessions.", ["GOV-1"]),
            ], []),
            ("G2", "How does the partnership ensure the diversity of representation from the sector in the vision "
                   "and priorities for the Children and Young People’s Plan (CYPP)?", "GOV-2", "amber", [
                ("The Alliance has 212 member organisations, but only 11 are led by people from Black, Asian and "
                 "minority ethnic communities, and none works specifically with Gypsy, Roma and Traveller "
                 "families.", ["GOV-2"]),
                ("Small groups told us that the time needed to take part in priority boards is a barrier.",
                 ["GOV-2"]),
            ], [
                ("Offer a participation fee to small groups taking part in CYPP workshops.", ["GOV-2"]),
                ("Work with the Gypsy, Roma and Traveller Liaison Service to reach families and the groups that "
                 "support them.", ["GOV-2"]),
            ]),
            ("G3", "How does the partnership ensure that VCSE organisations are involved in developing shared "
                   "values and a shared ethos around working practices?", "GOV-3", "green", [
                ("The Dravenshire Compact was refreshed in 2022 as the ‘Working Together Charter’ and has been "
                 "signed by all statutory partners and 146 VCSE organisations.", ["GOV-3"]),
            ], []),
            ("G4", "How are children and young people who use VCSE services involved in the partnership’s "
                   "decisions?", None, "amber", [
                ("The Youth Voice Board includes four young people nominated by VCSE youth organisations.", []),
                ("VCSE organisations say they are rarely told what happened to the views of children and young "
                 "people that they collect for the partnership.", []),
            ], [
                ("Agree a ‘you said, we did’ feedback routine for consultations carried out through VCSE "
                 "organisations.", []),
            ]),
        ]),
        ("strategy", "Strategy and commissioning", [
            ("S1", "How has the sector been involved in shaping the commissioning strategy?", "STR-1", "red", [
                ("The commissioning strategy 2023–2026 was written without a VCSE workshop, and the Alliance was "
                 "asked to comment on a final draft with ten days’ notice.", ["STR-1"]),
                ("Only 8% of the children’s services commissioning budget was spent with local VCSE organisations "
                 "in 2023/24.", ["STR-1"]),
            ], [
                ("Hold a co-design workshop with the VCSE Alliance at the start of each major commissioning "
                 "exercise.", ["STR-1"]),
                ("Adopt a social value weighting of at least 10% in children’s services tenders.", ["STR-1"]),
            ]),
            ("S2", "How has the VCSE sector been involved in updating the CYPP through both the needs analysis and "
                   "resources mapping?", "STR-2", "amber", [
                ("The VCSE Alliance surveyed its members for the children and young people’s chapter of the joint "
                 "strategic needs assessment, and 74 organisations replied.", ["STR-2"]),
                ("There is no up-to-date map of VCSE services for children and families; the last one was made in "
                 "2019.", ["STR-2"]),
            ], [
                ("Build and maintain a shared map of VCSE services, linked to the family hub directory.",
                 ["STR-2"]),
            ]),
            ("S3", "How is the sector engaged in local safeguarding children developments?", "STR-3", "green", [
                ("The VCSE Alliance is a relevant agency under the local safeguarding arrangements and sits on the "
                 "Safeguarding Partnership’s learning and improvement group.", ["STR-3"]),
                ("Free safeguarding training reached 1,430 VCSE staff and volunteers in 2023/24.",
                 ["STR-3", "STR-4"]),
            ], []),
            ("S4", "What role has the VCSE sector had in developing a shared workforce strategy?", "STR-4", "amber", [
                ("VCSE organisations were invited to the workforce strategy launch but not to the group that wrote "
                 "it.", ["STR-4"]),
                ("Recruitment and retention of youth workers is a shared problem, and the sector has proposed a "
                 "joint apprenticeship scheme.", ["STR-4"]),
            ], [
                ("Include a VCSE member in the Children’s Workforce Partnership.", ["STR-4"]),
            ]),
        ]),
        ("processes", "Integrated processes", [
            ("P1", "What has been the sector’s role in the development and implementation of early help assessment "
                   "(formerly the Common Assessment Framework)?", "PRO-1", "amber", [
                ("Seven VCSE organisations can start an early help assessment, and they completed 6% of "
                 "assessments in 2023/24.", ["PRO-1"]),
                ("The early help assessment form was revised in 2023 with input from two VCSE organisations.",
                 ["PRO-1"]),
            ], [
                ("Train a further ten VCSE organisations as early help assessment lead practitioners.", ["PRO-1"]),
            ]),
            ("P2", "Are information-sharing agreements in place and do these include the VCSE sector?", "PRO-2",
             "red", [
                ("The partnership’s information-sharing agreement was signed by statutory partners only; VCSE "
                 "organisations rely on their own consent forms.", ["PRO-2"]),
                ("VCSE staff cannot see the early help case management system, so they are not told when a family "
                 "they support is referred elsewhere.", ["PRO-2", "PRO-1"]),
            ], [
                ("Open the information-sharing agreement to VCSE organisations, with a simpler data protection "
                 "template for small groups.", ["PRO-2"]),
                ("Give named VCSE lead practitioners read access to the early help case management system.",
                 ["PRO-2", "PRO-1"]),
            ]),
            ("P3", "What level of involvement has the sector had in developing the performance and quality "
                   "assurance framework for the CYPP?", "PRO-3", "amber", [
                ("VCSE providers proposed measures for the CYPP outcomes framework in 2024, and two VCSE members sit "
                 "on the performance sub-group.", ["PRO-3"]),
            ], []),
        ]),
        ("delivery", "Front-line delivery", [
            ("D1", "How does the partnership actively encourage the sector to play a role in the delivery of "
                   "integrated children’s services?", "DEL-1", "green", [
                ("VCSE organisations run three of the seven family hubs and provide most of the holiday activities "
                 "and food programme.", ["DEL-1"]),
                ("The partnership’s Early Help Strategy names the VCSE sector as a delivery partner in each of its "
                 "four priorities.", ["DEL-1"]),
            ], []),
            ("D2", "What action is taken by the partnership to support the VCSE sector to improve the sustainability "
                   "of its services?", "DEL-2", "red", [
                ("Most VCSE contracts are for one year, and prices have not risen with the National Living Wage "
                 "since 2022.", ["DEL-2"]),
                ("Two youth organisations closed in 2024, in part because of funding gaps between contracts.",
                 ["DEL-2"]),
            ], [
                ("Move to three-year contracts for early help services from April 2026.", ["DEL-2"]),
                ("Include an annual inflation uplift in all children’s services contracts with VCSE providers.",
                 ["DEL-2"]),
            ]),
            ("D3", "What has been the role of the sector in locality working and the development of family hub and "
                   "neighbourhood networks?", "DEL-3", "amber", [
                ("Each family hub has a local network meeting, but VCSE attendance outside the two towns is low.",
                 ["DEL-3"]),
            ], [
                ("Hold family hub network meetings in rural areas at least twice a year.", ["DEL-3"]),
            ]),
        ]),
    ]
    summary = []
    detail = []
    gold_domains, gold_questions, gold_evidence, gold_actions = [], [], [], []
    for dom, heading, questions in sections:
        gold_domains.append(domain(dom, heading, None))
        detail.append(("h", 2, heading))
        for i, (ref, text, set_id, rating, ev, areas) in enumerate(questions):
            letter, fill = letters[rating]
            summary.append([
                {"text": heading, "vspan": len(questions), "bold": True, "fill": "DEEAF6"} if i == 0 else "^",
                ref, text, {"text": letter, "fill": fill, "bold": True},
            ])
            gold_questions.append(question(dom, ref, text, set_id, rating, letter))
            gold_evidence += [evidence(t, dom, tags) for t, tags in ev]
            gold_actions += [action(None, t, [], None, None, None, kind="area-for-development", domain=dom,
                                    tags=tags) for t, tags in areas]
            detail += [("h", 3, f"{ref}  {text}"), ("p", "**Evidence**")]
            detail += [("p", t) for t, _ in ev]
            detail.append(("p", "**Areas for development**"))
            detail.append(("list", "bullet", 1, [t for t, _ in areas]) if areas else ("p", "None at this stage."))
    blocks = [
        ("p", "**DRAVENSHIRE CHILDREN AND YOUNG PEOPLE’S PARTNERSHIP**"),
        ("p", "Dravenshire County Council  •  Dravenshire Integrated Care Board  •  Dravenshire Police  •  "
              "Dravenshire VCSE Alliance"),
        ("title", "VCSE Engagement Self-Assessment 2024"),
        ("p", "Version 1.2 – agreed by the Partnership Executive on 12 November 2024"),
        ("h", 1, "1. Introduction"),
        ("p", "In 2008 the Partnership first assessed how it works with the voluntary and community sector, using "
              "the VCS Engage self-evaluation tool. In summer 2024, with the Dravenshire VCSE Alliance, we used an "
              "updated version of the same questions to take stock before the new Children and Young People’s "
              "Plan (CYPP) 2025–2028 is written. Fourteen questions were discussed at three workshops in June and "
              "July 2024 (71 people from 48 organisations) and graded by a panel of four statutory and four "
              "VCSE members."),
        ("p", "Each question has one grade:"),
        ("table", {"cols": [1.2, 15.0], "rows": [
            [{"text": "G", "fill": "00B050", "bold": True}, "Green – good to best practice"],
            [{"text": "A", "fill": "FFC000", "bold": True}, "Amber – meets minimum standards"],
            [{"text": "R", "fill": "FF0000", "bold": True}, "Red – needs significant improvement"],
        ]}),
        ("p", "Panel members read the 2008 self-evaluation, the Partnership’s 2023/24 annual report and the results "
              "of the Alliance’s member survey before the workshops. Where the panel was split, the grade was settled "
              "by the two co-chairs."),
        ("break",),
        ("h", 1, "2. Summary of grades"),
        ("table", {"cols": [3.4, 1.2, 10.6, 1.5], "font": 9.5, "header_fill": "BDD7EE",
                   "header": ["Domain", "Ref", "Question", "Grade"],
                   "rows": summary}),
        ("p", "Of the fourteen questions, four are graded green, seven amber and three red. The red grades are "
              "for commissioning, information sharing and the sustainability of VCSE services."),
        ("break",),
        ("h", 1, "3. Evidence and areas for development"),
    ] + detail + [
        ("h", 1, "4. What happens next"),
        ("p", "The areas for development will be built into the CYPP 2025–2028 and its delivery plan, which the "
              "Partnership Executive will consider in March 2025. The Alliance will report on progress at its "
              "annual meeting in October 2025."),
        ("p", "**Contact:** Partnership Business Manager, Dravenshire County Council – cypp@dravenshire.example – "
              "01632 960 733"),
    ]
    return {
        "name": "dravenshire-vcse-self-assessment-2024",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2024-11-12", "doc_title": "VCSE Engagement Self-Assessment 2024",
                 "author": "Partnership Business Unit", "font": "Liberation Sans", "size": 10.5, "title_size": 20,
                 "title_color": "1F4E79",
                 "header": "Dravenshire Children and Young People’s Partnership – VCSE Engagement Self-Assessment",
                 "footer": "Version 1.2 – November 2024"},
        "blocks": blocks,
        "gold": dict(genre="children's partnership VCSE engagement self-assessment with a summary table of grades "
                           "at the front and the evidence per question after", kind="self-evaluation",
                     title="VCSE Engagement Self-Assessment 2024", authority=DRAVENSHIRE, date="2024-11-12",
                     meeting=None, domains=gold_domains, questions=gold_questions, evidence=gold_evidence,
                     actions=gold_actions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10.5 pt, Word heading styles, italic running "
                  "header and a footer with page numbers; a bold capitals partnership line and a partners line; a "
                  "version line with the date; a key table of R/A/G letters in shaded cells; after a page break "
                  "\"2. Summary of grades\": one table Domain | Ref | Question | Grade with a light-blue header, each domain cell "
                  "merged down over its questions (Partnership governance / Strategy and commissioning / Integrated "
                  "processes / Front-line delivery), refs G1–G4, S1–S4, P1–P3, D1–D3, the grade a bold letter "
                  "(G/A/R) in a cell shaded its colour; after a page break \"3. Evidence and areas for "
                  "development\": each domain an h2 and each question an h3 \"G1  …?\" repeating the summary's "
                  "words, a bold \"Evidence\" line with plain paragraphs, a bold \"Areas for development\" line with "
                  "bullets or \"None at this stage.\"; modern wording (VCSE, CYPP, early help assessment, family "
                  "hubs); one question the framework lacks (G4, children and young people's involvement).",
    }


# ---------------------------------------------------------------------------
# I4. Report to the Dravenshire Children and Young People's Partnership Board, 21 January 2009,
#     presenting the 2008 SET results, with the action plan appended (DOCX from pandoc). A bold
#     board line, a headerless details grid table, numbered sections with typed 1.1 paragraphs;
#     "The Board is asked to:" with a pandoc (a)–(c) list (capital verbs, "; and"); a domain
#     ratings table (SET domain | Rating | Summary, ratings as words); Appendix A: the action plan
#     Domain | Ref | Action | Lead | By when | Progress, the Domain cell filled only on the first
#     row of each group, progress as RAG words with notes and one "Complete", a key above it.
# ---------------------------------------------------------------------------


def dravenshire_board_report_2009():
    board = "Dravenshire Children and Young People’s Partnership Board"
    recs = [
        ("a", "NOTE the results of the self-evaluation summarised in section 4;", "NOTE"),
        ("b", "AGREE the action plan at Appendix A; and", "AGREE"),
        ("c", "ASK the VCS Reference Group and the Partnerships Manager to report progress against the plan to the "
              "Board in July 2009.", "ASK"),
    ]
    ratings = [
        ("governance", "Integrated governance", "Amber", "amber",
         "VCS members sit on the Board and its groups, but smaller and rural groups have no route in."),
        ("strategy", "Integrated strategy", "Amber", "amber",
         "Good involvement in the needs analysis; the VCS has no part in joint commissioning or workforce "
         "planning."),
        ("processes", "Integrated processes", "Red", "red",
         "It is not known whether the information-sharing protocol covers the VCS, and the sector has no part in "
         "performance management."),
        ("delivery", "Integrated front-line delivery", "Amber", "amber",
         "A strong delivery role, but most funding is for one year only."),
        ("outcomes", "Outcomes", "Red", "red",
         "The Partnership cannot yet show what difference VCS services make."),
    ]
    # (domain cell as printed, domain id, ref, action, lead cell, owners, by when, due, progress cell, status, tags)
    plan = [
        ("Integrated governance", "governance", "1", "Add a standing VCS item to every Partnership Board agenda",
         "Partnerships Manager / VCS Reference Group Chair", ["Partnerships Manager", "VCS Reference Group Chair"],
         "March 2009", "2009-03", "Green – agreed by the Board Chair in December 2008", "ongoing", ["GOV-1"]),
        ("", "governance", "2", "Set up district VCS forums in all five districts",
         "Dravenshire Voluntary Action\n\nDistrict partnership chairs",
         ["Dravenshire Voluntary Action", "District partnership chairs"],
         "Sept 09 – Mar 10", "2010-03", "Red", "not-started", ["GOV-2", "DEL-3"]),
        ("", "governance", "3", "Review the 2007 VCS protocol against the refreshed Dravenshire Compact",
         "Compact Officer", ["Compact Officer"], "June 2009", "2009-06",
         "Amber – first meeting of the review group held on 8 January 2009", "ongoing", ["GOV-3"]),
        ("Integrated strategy", "strategy", "4", "Agree a VCS place on the Joint Commissioning Group",
         "Head of Commissioning", ["Head of Commissioning"], "April 2009", "2009-04",
         "Complete – place agreed from April 2009", "completed", ["STR-1"]),
        ("", "strategy", "5", "Move grant-funded services that meet Plan priorities to agreements of at least two "
                              "years",
         "Head of Commissioning; Grants Manager", ["Head of Commissioning", "Grants Manager"],
         "From April 2010", "2010-04", "Red", "not-started", ["DEL-2", "STR-1"]),
        ("", "strategy", "6", "Include volunteers and VCS staff in the refresh of the children’s workforce strategy",
         "Workforce Development Manager", ["Workforce Development Manager"], "Q2 2009/10", "2009-09", "Red",
         "not-started", ["STR-4"]),
        ("Integrated processes", "processes", "7", "Confirm whether the county information-sharing protocol covers "
                                                   "VCS organisations and, if not, extend it",
         "Information Governance Manager", ["Information Governance Manager"], "March 2009", "2009-03",
         "Amber – legal advice requested", "ongoing", ["PRO-2"]),
        ("", "processes", "8", "Lead professional training for VCS staff",
         "Integrated Working Team / Dravenshire Voluntary Action",
         ["Integrated Working Team", "Dravenshire Voluntary Action"], "Ongoing", None, "Green", "ongoing",
         ["PRO-1"]),
        ("", "processes", "9", "Add a VCS member to the review group for the Plan’s performance framework",
         "Head of Performance", ["Head of Performance"], "May 2009", "2009-05", "Red", "not-started", ["PRO-3"]),
        ("Integrated front-line delivery", "delivery", "10", "Agree with districts how VCS services will take part "
                                                             "in locality teams",
         "Locality Managers", ["Locality Managers"], "Sept 2009", "2009-09",
         "Amber – discussed at district partnerships in December 2008", "ongoing", ["DEL-3"]),
        ("", "delivery", "11", "Publish a funding calendar for VCS organisations",
         "Grants Manager, Dravenshire Voluntary Action", ["Grants Manager", "Dravenshire Voluntary Action"],
         "Feb 09", "2009-02", "Green – first edition in preparation", "ongoing", ["DEL-2"]),
        ("Outcomes", "outcomes", "12", "Agree a common set of outcome measures for VCS services funded by partners",
         "Head of Performance / VCS Reference Group", ["Head of Performance", "VCS Reference Group"], "Dec 2009",
         "2009-12", "Red", "not-started", None),
        ("", "outcomes", "13", "Bring two case studies a year of the difference VCS services make to the Board",
         "VCS Reference Group Chair", ["VCS Reference Group Chair"], "July 2009 and January 2010", "2010-01", "Red",
         "not-started", []),
    ]
    details = grid_table([18, 58], None, [
        ["**Report to:**", board],
        ["**Date:**", "21 January 2009"],
        ["**Agenda item:**", "6"],
        ["**Report of:**", "Director of Children’s Services and the Chair of the VCS Reference Group"],
        ["**For:**", "Decision"],
    ])
    ratings_table = grid_table([30, 10, 50], ["SET domain", "Rating", "Summary"],
                               [[h, word, summary] for _, h, word, _, summary in ratings])
    plan_table = grid_table([22, 7, 30, 22, 14, 26], ["Domain", "Ref", "Action", "Lead", "By when", "Progress"],
                            [[f"**{d}**" if d else "", ref, text, lead, when, progress]
                             for d, _, ref, text, lead, _, when, _, progress, _, _ in plan])
    md = [
        f"**{board.upper()}**",
        "# Voluntary and Community Sector Self-Evaluation: Results and Action Plan",
        details,
        "## 1. Purpose of the report",
        "1.1 This report presents the results of the self-evaluation of voluntary and community sector (VCS) "
        "engagement that the Partnership carried out in autumn 2008, and the action plan drawn up in response. The "
        "full self-evaluation (November 2008) is a background paper and has been sent to Board members.",
        "## 2. Recommendations",
        "The Board is asked to:",
        "\n".join(f"({n}) {t}" for n, t, _ in recs),
        "## 3. Background",
        "3.1 The self-evaluation tool (SET) was developed for the VCS Engage programme to help children’s trusts "
        "and the sector judge together how well they work with each other. It asks questions under four headings: "
        "integrated governance, integrated strategy, integrated processes and integrated front-line delivery. The "
        "Partnership added one question on outcomes.",
        "3.2 Two workshops were held in September and October 2008, attended by 64 people, 38 of them from VCS "
        "organisations. The VCS Reference Group checked the draft judgements in November 2008.",
        "## 4. Results",
        "4.1 Each question was rated on the SET’s three levels (Green – good to best practice; Amber – meets "
        "minimum standards; Red – needs significant improvement). The overall rating for each domain is shown "
        "below.",
        ratings_table,
        "4.2 Of the 14 questions, two were rated green, seven amber and five red. The VCS members of the workshops "
        "generally rated the Partnership lower than statutory members did, most of all on commissioning and "
        "workforce planning.",
        "## 5. The action plan",
        "5.1 Appendix A turns the twelve areas for development in the self-evaluation into thirteen actions, each "
        "with a lead and a date. Progress since the workshops is shown against each action using the key in the "
        "appendix.",
        "5.2 Most actions can be met from existing budgets. The district VCS forums (action 2) are estimated to cost "
        "£18,000 a year, and a bid will be made to the Area Based Grant for 2009/10.",
        "## 6. Contact",
        "Partnerships Manager, Children’s Services, Dravenshire County Council – partnerships@dravenshire.example – "
        "01632 960 287",
        "# Appendix A: VCS engagement action plan 2009–10",
        "**Progress key:** Green – progress is good; Amber – work has started; Red – work has yet to start.",
        plan_table,
    ]
    return {
        "name": "dravenshire-partnership-board-set-results-2009",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2009-01-12"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="covering report to a children's trust board presenting self-evaluation results by "
                           "domain, with the SET action plan appended", kind="committee-report",
                     title="Voluntary and Community Sector Self-Evaluation: Results and Action Plan",
                     authority=DRAVENSHIRE, date="2009-01-21", meeting=board, decision_number=None,
                     domains=[domain(d, h, r) for d, h, _, r, _ in ratings],
                     recommendations=[recommendation(n, t, verb=v, addressee="Board") for n, t, v in recs],
                     actions=[action(ref, text, owners, when, due, status, domain=dom, tags=tags)
                              for _, dom, ref, text, _, owners, when, due, _, status, tags in plan]),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; a bold capitals board line, the title as Heading "
                  "1, a headerless two-column details grid table with bold labels (Report to / Date / Agenda item "
                  "/ Report of / For); numbered Heading 2 sections with typed 1.1 paragraphs; \"The Board is asked "
                  "to:\" followed by a pandoc (a)–(c) list (Word numbering; capital verbs NOTE / AGREE / ASK, \"; "
                  "and\"); a domain ratings grid table with a header (SET domain | Rating | Summary, ratings as the "
                  "words Amber / Red, five rows including Outcomes); Appendix A as a Heading 1 with a bold progress "
                  "key line and the action plan grid table (Domain | Ref | Action | Lead | By when | Progress), the "
                  "bold Domain cell filled only on the first row of each group and empty below, leads split by "
                  "\"/\", \";\", \",\" and a paragraph break, dates as \"March 2009\", \"Sept 09 – Mar 10\", \"From "
                  "April 2010\", \"Q2 2009/10\", \"Feb 09\", \"Ongoing\", \"July 2009 and January 2010\", progress "
                  "as RAG words with notes (\"Amber – legal advice requested\") and one \"Complete – …\".",
    }


# ---------------------------------------------------------------------------
# I5. Quillmere joint self-evaluation 2018: the Children's Partnership and the VCS Children and
#     Families Forum graded each question separately (DOCX, python-docx, landscape, Calibri).
#     One table per domain under an h1: No. | Question | Partnership view | Forum view |
#     Evidence and comments; the two grades as words in cells shaded their colour; evidence as
#     separate paragraphs inside the cell. The introduction states that where the views differ
#     the lower grade is the joint grade. After each table a bold "Areas for development" line
#     and a Word-numbered (a), (b) list. An outcomes question the framework lacks. A closing
#     joint action plan: Ref | SET area | Action | Partnership lead | Forum lead | By | Status.
# ---------------------------------------------------------------------------


def quillmere_joint_set_2018():
    shade = {"Green": "00B050", "Amber": "FFC000", "Red": "FF0000"}
    # (domain id, heading, [(no., question, SET id, partnership view, Forum view, joint rating (the lower,
    #  as the paper says), joint raw, [(evidence, tags)])], [(area, tags)])
    sections = [
        ("governance", "Governance", [
            ("1", "To what extent does the children’s trust or partnership ensure sustained and meaningful "
                  "engagement of the VCS?", "GOV-1", "Green", "Amber", "amber", "Amber", [
                ("Two Forum members sit on the Children’s Partnership Board with full voting rights.", ["GOV-1"]),
                ("The Forum feels that decisions are often taken at the Executive Group, where it has no seat.",
                 ["GOV-1"]),
            ]),
            ("2", "Within this, how does the trust/partnership ensure the diversity of representation from the "
                  "sector in the vision and priorities for the Children and Young People’s Plan (CYYP)?", "GOV-2",
             "Amber", "Amber", "amber", "Amber", [
                ("The Forum has 96 members; a bursary scheme paid travel and childcare costs for 14 volunteers from "
                 "small groups in 2017/18.", ["GOV-2"]),
            ]),
            ("3", "How does the trust/partnership ensure that VCS organisations are involved in developing shared "
                  "values and a shared ethos around working practices?", "GOV-3", "Green", "Green", "green", "Green",
             [
                ("The Quillmere Compact was re-signed in 2017 with a children’s services annex agreed by both "
                 "sides.", ["GOV-3"]),
            ]),
        ], [
            ("Invite the Forum to send a member to the Executive Group.", ["GOV-1"]),
            ("Continue the bursary scheme for volunteers from small groups.", ["GOV-2"]),
        ]),
        ("strategy", "Strategy", [
            ("4", "How has the sector been involved in shaping the commissioning strategy?", "STR-1", "Amber", "Red",
             "red", "Red", [
                ("The Partnership consulted the Forum on the commissioning plan 2018–2021.", ["STR-1"]),
                ("The Forum says the consultation came after the main decisions had been taken, including the move "
                 "to a single lead provider for family support.", ["STR-1"]),
            ]),
            ("5", "How have the VCS been involved in updating the CYYP plan both through the needs analysis and "
                  "resources mapping?", "STR-2", "Green", "Green", "green", "Green", [
                ("The Forum led the voluntary sector chapter of the children’s needs assessment and updated the "
                 "service directory used for resources mapping.", ["STR-2"]),
            ]),
            ("6", "How the sector is engaged in local safeguarding children developments?", "STR-3", "Green",
             "Amber", "amber", "Amber", [
                ("A Forum member sits on the Quillmere Safeguarding Children Board.", ["STR-3"]),
                ("Small groups say the Board’s training offer has shrunk since 2016 and is now mostly online.",
                 ["STR-3", "STR-4"]),
            ]),
            ("7", "What role have VCS had in developing a shared workforce strategy?", "STR-4", "Amber", "Amber",
             "amber", "Amber", [
                ("The Forum contributed to the children’s workforce strategy 2017–2020, which includes volunteers.",
                 ["STR-4"]),
            ]),
        ], [
            ("Agree that the Forum is involved before, not after, options are chosen in major commissioning "
             "exercises.", ["STR-1"]),
            ("Restore a face-to-face safeguarding training offer for small groups.", ["STR-3", "STR-4"]),
        ]),
        ("processes", "Processes", [
            ("8", "What has been the sectors role in the development and implementation of the Common Assessment "
                  "Framework (CAF)?", "PRO-1", "Amber", "Amber", "amber", "Amber", [
                ("Eleven VCS organisations use the CAF, but the Forum reports that CAFs started by VCS staff are "
                 "often not picked up by the Early Help Hub.", ["PRO-1"]),
            ]),
            ("9", "Are information-sharing protocols in place and do these include the VCS?", "PRO-2", "Amber",
             "Red", "red", "Red", [
                ("The Partnership’s view is that the information-sharing agreement covers commissioned VCS "
                 "providers.", ["PRO-2"]),
                ("The Forum points out that 80% of its members are not commissioned and so are outside the "
                 "agreement.", ["PRO-2"]),
            ]),
            ("10", "What level of involvement has the sector had in developing a performance and quality assurance "
                   "strategy for the delivery of the CYYP?", "PRO-3", "Amber", "Amber", "amber", "Amber", [
                ("The Forum was consulted on the Partnership’s outcomes framework in 2017.", ["PRO-3"]),
            ]),
        ], [
            ("Extend the information-sharing agreement to all VCS organisations working with children, whether "
             "commissioned or not.", ["PRO-2"]),
            ("Agree with the Early Help Hub how CAFs started by VCS staff will be followed up.", ["PRO-1"]),
        ]),
        ("delivery", "Front-line delivery", [
            ("11", "How does the trust/partnership actively encourage the sector to play a role in the delivery of "
                   "integrated children’s services?", "DEL-1", "Green", "Green", "green", "Green", [
                ("VCS organisations run three of the borough’s five family centres and the Partnership’s mentoring "
                 "programme.", ["DEL-1"]),
            ]),
            ("12", "What action is taken by the trust/partnership to support the VCS to improve the sustainability "
                   "of their services?", "DEL-2", "Amber", "Red", "red", "Red", [
                ("Grant funding to the sector from the Council fell by 38% between 2014/15 and 2017/18.",
                 ["DEL-2"]),
                ("The Partnership funds a development worker at Quillmere CVS to help groups find other income.",
                 ["DEL-2"]),
            ]),
            ("13", "What has been the role of the sector in locality working and the development of area, district, "
                   "neighbourhood or cluster based networks?", "DEL-3", "Green", "Amber", "amber", "Amber", [
                ("The three locality early help panels include VCS members.", ["DEL-3"]),
                ("The Forum says smaller groups do not know how to get their cases discussed at the panels.",
                 ["DEL-3"]),
            ]),
        ], [
            ("Agree a sustainability plan for the sector with the Council and the Clinical Commissioning Group.",
             ["DEL-2"]),
            ("Publish a simple guide to the locality early help panels for small groups.", ["DEL-3"]),
        ]),
        ("outcomes", "Outcomes", [
            ("14", "How do partners and the sector know that VCS services improve outcomes for children and "
                   "families?", None, "Amber", "Amber", "amber", "Amber", [
                ("Commissioned VCS providers report outcomes every quarter, but grant-funded groups report activity "
                 "only.", None),
            ]),
        ], [
            ("Agree a light-touch outcomes report for grant-funded groups.", None),
        ]),
    ]
    # (ref, SET area cell, domain id, action, partnership lead, Forum lead, owners, by, due, status word, status,
    #  tags)
    plan = [
        ("J1", "Governance", "governance", "Executive Group place for the Forum", "Director of Children’s Services",
         "Forum Chair", ["Director of Children’s Services", "Forum Chair"], "July 2018", "2018-07", "Complete",
         "completed", ["GOV-1"]),
        ("J2", "Strategy", "strategy", "Face-to-face safeguarding training for small groups",
         "Safeguarding Board Business Manager", "Forum Training Lead",
         ["Safeguarding Board Business Manager", "Forum Training Lead"], "Sept 2018", "2018-09", "Under way",
         "ongoing", ["STR-3", "STR-4"]),
        ("J3", "Processes", "processes", "Extend the information-sharing agreement to all VCS organisations",
         "Data Protection Officer", "Forum Co-ordinator", ["Data Protection Officer", "Forum Co-ordinator"],
         "Dec 2018", "2018-12", "Under way", "ongoing", ["PRO-2"]),
        ("J4", "Front-line delivery", "delivery", "Sustainability plan for the sector",
         "Head of Commissioning /\nCCG Children’s Commissioner", "Quillmere CVS Chief Officer",
         ["Head of Commissioning", "CCG Children’s Commissioner", "Quillmere CVS Chief Officer"], "March 2019",
         "2019-03", "Not started", "not-started", ["DEL-2"]),
        ("J5", "Front-line delivery", "delivery", "Guide to the locality early help panels", "Early Help Manager",
         "", ["Early Help Manager"], "Oct 2018", "2018-10", "Not started", "not-started", ["DEL-3"]),
    ]

    def grade(word):
        return {"text": word, "fill": shade[word], "bold": True}

    blocks = [
        ("p", "**Quillmere Children’s Partnership**  and  **Quillmere VCS Children and Families Forum**"),
        ("title", "Joint Self-Evaluation of VCS Engagement 2018"),
        ("p", "May 2018  |  Prepared for the Children’s Partnership Board and the Forum’s annual meeting"),
        ("h", 1, "Introduction"),
        ("p", "The Children’s Partnership brings together Quillmere Borough Council, Quillmere Clinical "
              "Commissioning Group, the police, schools and the voluntary and community sector (VCS). Our earlier "
              "self-evaluations, in 2009 and 2010, were graded by a single working group. This time the statutory "
              "partners and the Forum graded each question separately, using the SET questions and its three "
              "levels, between January and March 2018."),
        ("p", "Both grades are shown side by side. **Where the two views differ, the lower grade is the joint "
              "grade**: it is the grade we will report to the Partnership Board and the one our joint action plan "
              "must improve."),
        ("table", {"cols": [2.4, 10.0], "rows": [
            [grade("Green"), "Good to best practice"],
            [grade("Amber"), "Meets minimum standards"],
            [grade("Red"), "Needs significant improvement"],
        ]}),
    ]
    gold_domains, gold_questions, gold_evidence, gold_actions = [], [], [], []
    for dom, heading, questions, areas in sections:
        gold_domains.append(domain(dom, heading, None))
        rows = []
        for no, text, set_id, p_view, f_view, joint, raw, ev in questions:
            rows.append([no, text, grade(p_view), grade(f_view), "\n".join(t for t, _ in ev)])
            gold_questions.append(question(dom, no, text, set_id, joint, raw))
            gold_evidence += [evidence(t, dom, tags) for t, tags in ev]
        blocks += [
            ("h", 1, heading),
            ("table", {"cols": [1.2, 8.4, 3.0, 2.4, 10.6], "font": 9.5, "header_fill": "E2EFDA",
                       "header": ["No.", "Question", "Partnership view", "Forum view", "Evidence and comments"],
                       "rows": rows}),
            ("p", "**Areas for development**"),
            ("list", "(a)", 1, [t for t, _ in areas]),
        ]
        gold_actions += [action(f"({chr(96 + i)})", t, [], None, None, None, kind="area-for-development",
                                domain=dom, tags=tags) for i, (t, tags) in enumerate(areas, 1)]
    blocks += [
        ("break",),
        ("h", 1, "Joint action plan 2018–19"),
        ("p", "The Partnership Board agreed the first five joint actions on 24 May 2018. The status is as at 30 "
              "June 2018."),
        ("table", {"cols": [1.2, 3.0, 7.6, 4.4, 3.8, 2.6, 2.4], "font": 9.5, "header_fill": "E2EFDA",
                   "header": ["Ref", "SET area", "Action", "Partnership lead", "Forum lead", "By", "Status"],
                   "rows": [[ref, area, text, p_lead, f_lead, by, word]
                            for ref, area, _, text, p_lead, f_lead, _, by, _, word, _, _ in plan]}),
        ("p", "**Contacts:** Partnership Manager, Quillmere Borough Council – childrenspartnership@quillmere.example "
              "– 01632 960 455; Forum Co-ordinator, Quillmere CVS – forum@quillmerecvs.example – 01632 960 468"),
    ]
    gold_actions += [action(ref, text, owners, by, due, status, domain=dom, tags=tags)
                     for ref, _, dom, text, _, _, owners, by, due, _, status, tags in plan]
    return {
        "name": "quillmere-joint-vcs-self-evaluation-2018",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2018-05-30", "doc_title": "Joint Self-Evaluation of VCS Engagement 2018",
                 "author": "Quillmere Children’s Partnership", "font": "Calibri", "size": 10.5, "title_size": 18,
                 "title_color": "375623", "landscape": True,
                 "header": "Quillmere Children’s Partnership and VCS Children and Families Forum",
                 "footer": "Joint Self-Evaluation of VCS Engagement – May 2018"},
        "blocks": blocks,
        "gold": dict(genre="joint partnership and VCS forum self-evaluation with two grades per question (the lower "
                           "is the joint grade) and a joint action plan", kind="self-evaluation",
                     title="Joint Self-Evaluation of VCS Engagement 2018", authority=QUILLMERE, date="2018-05",
                     meeting=None, domains=gold_domains, questions=gold_questions, evidence=gold_evidence,
                     actions=gold_actions),
        "layout": "DOCX (python-docx), landscape, Calibri 10.5 pt (falls back), Word heading styles, italic running "
                  "header and a footer; a bold two-body line, the title and a date line; an introduction saying in "
                  "bold that where the two views differ the lower grade is the joint grade; a key of shaded words; "
                  "five h1 domain sections (Governance / Strategy / Processes / Front-line delivery / Outcomes), "
                  "each one table with a pale-green header (No. | Question | Partnership view | Forum view | "
                  "Evidence and comments), the two grades as bold words in cells shaded their colour (six rows "
                  "disagree), the evidence as separate paragraphs inside the cell; after each table a bold "
                  "\"Areas for development\" line and a Word-numbered (a), (b) list; question 14 (outcomes) is not "
                  "in the framework; after a page break a joint action plan (Ref | SET area | Action | Partnership "
                  "lead | Forum lead | By | Status) with J1–J5, one lead cell split by \"/\" and a line break, one "
                  "empty Forum lead, statuses Complete / Under way / Not started; a contacts line.",
    }


# ---------------------------------------------------------------------------
# I6. Quillmere SET refresh, September 2010, one year after I1 (PDF via Chromium). A bold brand
#     line, the title, three plain lines; an introduction; one table per domain (h2): Question | Previous grade (July 2009) | Current grade (Sept 2010) |
#     Evidence of change since July 2009, grades as colour words ("Not agreed" once in the
#     previous column), the evidence cell one or two paragraphs; "New areas for development" as
#     a numbered list restarting at 1 per domain; a closing progress table on the 2009
#     action plan (Ref | Domain | Area for development (July 2009) | Lead | Target date | Status).
# ---------------------------------------------------------------------------


def quillmere_set_refresh_2010():
    # (domain id, heading, [(question, SET id, previous, current word, current rating, [(evidence, tags)])],
    #  [(new area, tags)])
    sections = [
        ("governance", "Inter-agency governance", [
            ("To what extent does the Children’s Trust ensure sustained and meaningful engagement of the VCS?",
             "GOV-1", "Amber", "Green", "green", [
                ("The Network’s two Board members now have a role description, and both attended an induction in "
                 "October 2009.", ["GOV-1"]),
            ]),
            ("Within this, how does the trust/partnership ensure the diversity of representation from the sector "
             "in the vision and priorities for the Children and Young People’s Plan (CYYP)?", "GOV-2", "Red",
             "Amber", "amber", [
                ("A mapping exercise in early 2010 found 63 groups outside the Network; 17 have since joined, "
                 "including five faith groups.", ["GOV-2"]),
            ]),
            ("How does the trust/partnership ensure that VCS organisations are involved in developing shared values "
             "and a shared ethos around working practices?", "GOV-3", "Amber", "Amber", "amber", [
                ("The children’s services code of practice has been drafted but not yet agreed by the Compact "
                 "group.", ["GOV-3"]),
            ]),
        ], [
            ("Agree the children’s services code of practice and publish it with the Compact.", ["GOV-3"]),
            ("Review with the newly joined groups how the Network’s elections can reach them.", ["GOV-2", "GOV-1"]),
        ]),
        ("strategy", "Integrated strategy", [
            ("How has the sector been involved in shaping the commissioning strategy?", "STR-1", "Amber", "Amber",
             "amber", [
                ("A forward plan of commissioning intentions was published in March 2010.", ["STR-1"]),
                ("The simplified tender pilot was postponed while the Council’s procurement rules were reviewed.",
                 ["STR-1"]),
            ]),
            ("How has the VCS been involved in updating the Children and Young People’s Plan, through both the "
             "needs analysis and resources mapping?", "STR-2", "Green", "Green", "green", [
                ("The VCS Network again led a needs analysis workshop, this time on the needs of young carers.",
                 ["STR-2"]),
            ]),
            ("How the sector is engaged in local safeguarding children developments?", "STR-3", "Red", "Amber",
             "amber", [
                ("A VCS member joined the Safeguarding Children Board in January 2010, and 31 groups have had a "
                 "safeguarding policy health check.", ["STR-3"]),
            ]),
            ("What role have VCS had in developing a shared workforce strategy?", "STR-4", "Not agreed", "Amber",
             "amber", [
                ("VCS staff were included in the 2010 children’s workforce survey for the first time, and 118 "
                 "organisations responded.", ["STR-4"]),
            ]),
        ], [
            ("Restart the simplified tender pilot under the new procurement rules.", ["STR-1"]),
            ("Ask the VCS member of the Safeguarding Children Board to report to the Network after each meeting.",
             ["STR-3"]),
        ]),
        ("processes", "Integrated processes", [
            ("What has been the sectors role in the development and implementation of the Common Assessment "
             "Framework (CAF)?", "PRO-1", "Amber", "Amber", "amber", [
                ("Three VCS lead professionals now attend the CAF practitioners’ forum.", ["PRO-1"]),
            ]),
            ("Are information-sharing protocols in place and do these include the VCS?", "PRO-2", "Red", "Amber",
             "amber", [
                ("The information-sharing protocol was extended to VCS organisations in May 2010, and 22 have "
                 "signed it so far.", ["PRO-2"]),
            ]),
            ("What level of involvement has the sector had in developing a performance and quality assurance "
             "strategy for the delivery of the CYYP?", "PRO-3", "Amber", "Red", "red", [
                ("The performance management group has not met since the Trust’s structures were reviewed in spring "
                 "2010, so no VCS member has been invited.", ["PRO-3"]),
            ]),
        ], [
            ("Agree how the sector will take part in performance management once the Trust’s new structure is in "
             "place.", ["PRO-3"]),
            ("Increase the number of VCS organisations signed up to the information-sharing protocol to 40 by "
             "March 2011.", ["PRO-2"]),
        ]),
        ("delivery", "Integrated front-line delivery", [
            ("How does the trust/partnership actively encourage the sector to play a role in the delivery of "
             "integrated children’s services?", "DEL-1", "Green", "Green", "green", [
                ("A fifth children’s centre was transferred to a VCS provider in April 2010.", ["DEL-1"]),
            ]),
            ("What action is taken by the trust/partnership to support the VCS to improve the sustainability of "
             "their services?", "DEL-2", "Amber", "Red", "red", [
                ("Three-year agreements were extended to five more services.", ["DEL-2"]),
                ("The in-year grant reductions of June 2010 ended funding for four small groups.", ["DEL-2"]),
            ]),
            ("What has been the role of the sector in locality working and the development of area, district, "
             "neighbourhood or cluster based networks?", "DEL-3", "Amber", "Amber", "amber", [
                ("Locality VCS network meetings now run in two of the three localities.", ["DEL-3"]),
            ]),
        ], [
            ("Work with the Council to assess the effect of the 2010 grant reductions on services for children and "
             "families.", ["DEL-2"]),
            ("Set up a VCS network meeting in the third locality.", ["DEL-3"]),
        ]),
    ]
    # (ref, domain cell, domain id, area, lead cell, owners, target date, due, status word, status, tags)
    plan = [
        ("A1", "Governance", "governance", "Role description and induction for VCS Board representatives",
         "VCS Engagement Officer / Network Chair", ["VCS Engagement Officer", "Network Chair"], "Dec 2009",
         "2009-12", "Complete", "completed", ["GOV-1"]),
        ("A2", "Governance", "governance", "Map groups outside the Network and agree how they wish to be involved",
         "Network Co-ordinator", ["Network Co-ordinator"], "Mar 2010", "2010-03", "Complete", "completed",
         ["GOV-2"]),
        ("A3", "Governance", "governance", "Children’s services code of practice for the Compact", "Compact Group",
         ["Compact Group"], "Dec 2009 (revised to Dec 2010)", "2010-12", "In progress", "ongoing", ["GOV-3"]),
        ("A4", "Strategy", "strategy", "Forward plan of commissioning intentions", "Head of Commissioning",
         ["Head of Commissioning"], "Mar 2010", "2010-03", "Complete", "completed", ["STR-1"]),
        ("A5", "Strategy", "strategy", "Simplified tender process for contracts under £25,000",
         "Head of Commissioning,\n\nProcurement Manager", ["Head of Commissioning", "Procurement Manager"],
         "Jun 2010", "2010-06", "Deferred", "deferred", ["STR-1", "DEL-2"]),
        ("A6", "Strategy", "strategy", "VCS member and deputy on the Safeguarding Children Board",
         "Safeguarding Board Manager", ["Safeguarding Board Manager"], "Jan 2010", "2010-01",
         "Partially implemented", "ongoing", ["STR-3"]),
        ("A7", "Strategy", "strategy", "VCS workforce in the children’s workforce survey",
         "Workforce Development Manager", ["Workforce Development Manager"], "May 2010", "2010-05", "Complete",
         "completed", ["STR-4"]),
        ("A8", "Processes", "processes", "Extend the information-sharing protocol to the VCS",
         "Information Governance Lead\n\nVCS Engagement Officer",
         ["Information Governance Lead", "VCS Engagement Officer"], "May 2010", "2010-05", "Complete",
         "completed", ["PRO-2"]),
        ("A9", "Processes", "processes", "VCS representative on the performance management group",
         "Head of Performance", ["Head of Performance"], "Oct 2009", "2009-10", "Not started", "not-started",
         ["PRO-3"]),
        ("A10", "Processes", "processes", "Proportionate monitoring for grants under £10,000", "Grants Officer",
         ["Grants Officer"], "Apr 2010", "2010-04", "Superseded", "superseded", ["PRO-3", "DEL-2"]),
        ("A11", "Delivery", "delivery", "Three-year agreements for services with a good performance record",
         "Head of Commissioning", ["Head of Commissioning"], "Apr 2010", "2010-04", "Partially implemented",
         "ongoing", ["DEL-2"]),
        ("A12", "Delivery", "delivery", "Locality VCS network meetings", "Locality Managers; Network Co-ordinator",
         ["Locality Managers", "Network Co-ordinator"], "Sept 2010", "2010-09", "In progress", "ongoing",
         ["DEL-3"]),
    ]
    def cell(text):
        parts = text.split("\n\n")
        return {"blocks": [("p", part) for part in parts]} if len(parts) > 1 else text

    blocks = [
        ("p", "**QUILLMERE CHILDREN’S TRUST**"),
        ("title", "VCS Engagement Self-Evaluation: One Year On"),
        ("p", "Refresh of the July 2009 self-evaluation"),
        ("p", "Quillmere Children’s Trust and the Quillmere Children and Young People’s VCS Network"),
        ("p", "September 2010"),
        ("h", 2, "Introduction"),
        ("p", "In July 2009 the Children’s Trust and the VCS Network used the self-evaluation tool (SET) to assess "
              "how well the Trust works with the voluntary and community sector, and the Trust Board agreed an "
              "action plan in September 2009. The same working group met three times between June and August 2010 "
              "to look again at each question."),
        ("p", "For each question the tables below show last year’s grade, this year’s grade and the evidence of "
              "change. The grades use the same three levels: Green (good to best practice), Amber (meets minimum "
              "standards) and Red (needs significant improvement). In 2009 the working group did not agree a grade "
              "for the workforce question."),
        ("p", "Overall, four questions have improved, two have fallen, six are unchanged and the workforce question "
              "has been graded for the first time. The fall in the grade for sustainability reflects the in-year "
              "reductions in grants to the sector made in June 2010."),
    ]
    gold_domains, gold_questions, gold_evidence, gold_actions = [], [], [], []
    for dom, heading, questions, areas in sections:
        gold_domains.append(domain(dom, heading, None))
        rows = []
        for text, set_id, previous, current, rating, ev in questions:
            rows.append([text, previous, current, cell("\n\n".join(t for t, _ in ev))])
            gold_questions.append(question(dom, None, text, set_id, rating, current))
            gold_evidence += [evidence(t, dom, tags) for t, tags in ev]
        blocks += [
            ("h", 2, heading),
            ("table", {"cols": [6.6, 1.9, 1.9, 6.6], "header_fill": "DDD9C4",
                       "header": ["Question", "Previous grade (July 2009)", "Current grade (Sept 2010)",
                                  "Evidence of change since July 2009"], "rows": rows}),
            ("p", "**New areas for development**"),
            ("list", "1.", 1, [t for t, _ in areas]),
        ]
        gold_actions += [action(f"{i}.", t, [], None, None, None, kind="area-for-development", domain=dom,
                                tags=tags) for i, (t, tags) in enumerate(areas, 1)]
    blocks += [
        ("h", 2, "Progress against the 2009 action plan"),
        ("p", "The table shows the position at 31 August 2010 for each action agreed by the Trust Board in "
              "September 2009."),
        ("table", {"cols": [1.1, 2.2, 5.6, 4.2, 2.4, 2.3], "font": 9.5, "header_fill": "DDD9C4",
                   "header": ["Ref", "Domain", "Area for development (July 2009)", "Lead", "Target date", "Status"],
                   "rows": [[ref, d, text, cell(lead), when, word]
                            for ref, d, _, text, lead, _, when, _, word, _, _ in plan]}),
        ("p", "The new areas for development will be added to the action plan, with leads and dates, when the Trust "
              "Board meets on 12 October 2010."),
        ("p", "**Contact:** VCS Engagement Officer, Children’s Services, Quillmere Borough Council – "
              "vcs.engagement@quillmere.example – 01632 960 412"),
    ]
    gold_actions += [action(ref, text, owners, when, due, status, domain=dom, tags=tags)
                     for ref, _, dom, text, _, owners, when, due, _, status, tags in plan]
    return {
        "name": "quillmere-vcs-self-evaluation-refresh-2010",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"created": "2010-09-06", "doc_title": "VCS Engagement Self-Evaluation: One Year On",
                 "css_font": "'DejaVu Sans', sans-serif", "size": 10, "title_color": "4A452A",
                 "footer": "Quillmere Children’s Trust – VCS self-evaluation refresh – September 2010"},
        "blocks": blocks,
        "gold": dict(genre="children's trust self-evaluation refresh a year later (previous and current grades, "
                           "progress on last year's action plan)", kind="self-evaluation",
                     title="VCS Engagement Self-Evaluation: One Year On", authority=QUILLMERE, date="2010-09",
                     meeting=None, domains=gold_domains, questions=gold_questions, evidence=gold_evidence,
                     actions=gold_actions),
        "layout": "PDF (HTML → Chromium), DejaVu Sans 10 pt; a bold capitals brand line, the title and three "
                  "plain lines (refresh of / bodies / September 2010); an h2 introduction; four h2 domain sections, "
                  "each one table with a khaki header (Question | Previous grade (July 2009) | Current grade (Sept "
                  "2010) | Evidence of change since July 2009), questions without labels, grades as plain colour "
                  "words (\"Not agreed\" once in the previous column), the evidence cell one paragraph or two; a "
                  "bold \"New areas for development\" line and a numbered list restarting at 1 in each domain; a "
                  "closing table \"Progress against the 2009 action plan\" (Ref | Domain | Area for development "
                  "(July 2009) | Lead | Target date | Status) with refs A1–A12, leads split by \"/\", \";\", \",\" "
                  "plus a paragraph break and a bare paragraph break, a \"Dec 2009 (revised to Dec 2010)\" date, "
                  "statuses Complete / In progress / Deferred / Partially implemented / Not started / Superseded; a "
                  "closing sentence, a contact line and a footer line.",
    }

PAPERS = [
    quillmere_set_2009,
    dravenshire_set_2008,
    dravenshire_board_report_2009,
    dravenshire_self_assessment_2024,
    quillmere_joint_set_2018,
    quillmere_set_refresh_2010,
]
