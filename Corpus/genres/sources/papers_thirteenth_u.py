"""Papers of the thirteenth batch, part U ("voluntary sector and partnership papers of today"): six
made-up papers of the kind voluntary-sector engagement leads and partnership managers handle now, from
two invented places. Brantwick Borough Council is a unitary council, with Brantwick Together (the local
VCSE infrastructure body), the Brantwick Children and Families Partnership and the Brantwick Community
Safety Partnership. Oakhallow County Council is a county council with four district councils (never
named), Oakhallow Community Foundation, the Oakhallow VCSE Assembly and NHS Oakhallow Integrated Care
Board. Fernside Research Cooperative (the reviewers), every group, person, place and figure are
invented. People are given by role or initials, e-mail addresses use `.example` and telephone numbers
the 01632 960xxx range.

They were written blind: without reading the pipeline (its sources, tests, pipelines apart from the
published SET framework Pipelines/frameworks/set.yml, output or benchmarks) and without running it,
using only the corpus READMEs, the seeds' README, and the build scripts and some paper definitions in
this folder (not papers_thirteenth_v.py, written at the same time by someone else). Each
paper names its own split. Every gold value is written by hand beside the words it labels; the "Voluntary
sector and partnership papers of today, part U" notes record the choices where the rules left room.

The papers (name – split – format – layout):

  U1. brantwick-children-and-families-partnership-vcse-self-evaluation-2025 – tune – docx: a children
      and families partnership's self-evaluation of its work with the VCSE sector against the SET's four
      domains; a grade key mapping "Established / Developing / Not yet in place" to the SET's three
      levels; an at-a-glance count table; then one page per domain, each a question-by-question table
      Ref | Question | Our grade | What tells us this (evidence paragraphs inside the cell), a Word-numbered
      "Areas for development" list and a bold "Overall grade for …" line.
  U2. oakhallow-vcse-assembly-notes-november-2025 – unseen – pandoc-docx: notes of a VCSE Assembly
      meeting; bold-led "Agreed:" decisions (one over a pandoc (a)/(b) list) and actions written
      "**Action (owner):** what, by when", with the owner inside the label; noted items, a declaration and
      an undertaking (not items).
  U3. oakhallow-vcse-partnership-agreement-2026-2029 – tune – chromium-pdf: a refreshed Compact (a VCSE
      Partnership Agreement) signed by the County Council, the district councils, the ICB, the Assembly
      and the Community Foundation; six commitments with "What this means in practice" bullets and a
      measures table (not items); an action plan Ref | What we will do | Lead | Working with | When with
      commitment rows merged across, plan years defined above it, no status column.
  U4. oakhallow-stronger-communities-fund-monitoring-report-year-1 – tune – lo-pdf: a grant programme's
      first-year monitoring report to a select committee; one boxed "That the Select Committee notes …"
      recommendation; summary and finance tables, paragraphs on grants rated red and amber, and an
      appendix of RAG-rated grant outcomes with a key (not items).
  U5. brantwick-vcse-infrastructure-support-review – unseen – pandoc-lo-pdf: an independent review of
      VCSE infrastructure support commissioned by the Council; numbered findings (not items); lettered
      recommendations A–H (pandoc upper-case letters) under three theme headings; the Council's response,
      one Heading 3 per recommendation carrying the decision word ("Recommendation C – Accepted"), a
      response paragraph and bold "Lead officer:" / "Timescale:" lines.
  U6. brantwick-safer-communities-fund-guidance-2026-27 – unseen – docx: a Community Safety Partnership's
      fund guidance for voluntary and community groups; priorities, eligibility, a timetable, scoring and
      conditions, "we recommend that you …" advice, an FAQ; nothing to find.

The python-docx papers use papers_ninth_m's writer (meta "ninth_m": running headers with "Page X of Y"
fields, "ph" and "pn" blocks, coloured words, rows that may not split with meta "cant_split"); the
Chromium paper uses its HTML wrapper (meta "m_css"). This module adds no writer.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML → Chromium),
"pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, domain, evidence, question, recommendation
from papers_fresh import grid_table

BRANTWICK = "Brantwick Borough Council"
OAKHALLOW = "Oakhallow County Council"

PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="E4DFEC"):
    return {"text": text, "bold": True, "fill": fill}


def plain_label(text):
    return {"text": text, "bold": True}


# ---------------------------------------------------------------------------
# U1. Children and Families Partnership VCSE self-evaluation (DOCX, python-docx). One page per SET
#     domain: a question table whose grade column uses the words Established / Developing / Not yet in
#     place, mapped in a key to the SET's levels; evidence paragraphs inside the cell; Word-numbered
#     areas for development; an overall grade line per domain.
# ---------------------------------------------------------------------------

GRADE_FILL = {"Established": "E2EFDA", "Developing": "FFF2CC", "Not yet in place": "F8CBAD"}
GRADE_RATING = {"Established": "green", "Developing": "amber", "Not yet in place": "red"}


def brantwick_cfp_vcse_self_evaluation():
    title = "Working with the Voluntary, Community and Social Enterprise Sector: Self-Evaluation 2025"
    # domain id, number, heading, intro, questions, areas for development, overall grade
    # question: (ref, text, set id, grade, [(evidence paragraph, tags)])
    # area for development: (text, tags)
    domains = [
        ("governance", 1, "Integrated governance",
         "This domain asks how the sector takes part in the way the Partnership is run: its seats on the "
         "Partnership Board, how representative those seats are, and whether partners share values and ways "
         "of working.",
         [
             ("G1", "To what extent does the partnership ensure sustained and meaningful engagement of the VCSE "
                    "sector?", "GOV-1", "Established",
              [("Brantwick Together holds two seats on the Partnership Board, filled by election at the VCSE "
                "Children and Families Network each May. Both seats were filled in 2025, and the two "
                "representatives attended 11 of the 12 places at the six Board meetings in the year.", ["GOV-1"]),
               ("VCSE business is a standing item on every Board agenda, and the Network’s chair reports back to "
                "members in a written briefing within ten working days of each meeting.", ["GOV-1"])]),
             ("G2", "Within this, how does the partnership ensure the diversity of representation from the sector "
                    "in the vision and priorities for the Children and Families Plan?", "GOV-2", "Developing",
              [("Network membership grew from 64 to 81 organisations in 2024/25, but only nine are led by people "
                "from Black, Asian and other minority ethnic communities, and no member represents disabled "
                "parents.", ["GOV-2"]),
               ("Both elected representatives come from organisations with more than 20 paid staff. Smaller groups "
                "told the 2025 Network survey that they do not feel the seats speak for them.", ["GOV-2", "GOV-1"])]),
             ("G3", "How does the partnership ensure that VCSE organisations are involved in developing shared "
                    "values and a shared ethos around working practices?", "GOV-3", "Developing",
              [("The Partnership’s shared principles, agreed in 2023, were written with the Network and are "
                "printed in every commissioning specification.", ["GOV-3"]),
               ("VCSE staff do not yet take part in the joint induction for new Partnership staff, which is run by "
                "the Council’s learning team.", ["GOV-3", "STR-4"])]),
         ],
         [("Reserve a third Board seat for a representative of small and user-led groups, elected by Network "
           "members with fewer than five paid staff.", ["GOV-2", "GOV-1"]),
          ("Work with Brantwick Together to reach organisations led by people from minority ethnic communities "
           "and disabled parents’ groups, so that Network membership reflects the borough’s families.", ["GOV-2"]),
          ("Open the Partnership’s joint induction to VCSE staff and volunteers from April 2026.", ["GOV-3"])],
         "Developing"),
        ("strategy", 2, "Integrated strategy",
         "This domain asks how far the sector shapes what the Partnership plans and buys: commissioning, the "
         "Children and Families Plan, safeguarding and the workforce.",
         [
             ("S1", "How has the sector been involved in shaping the commissioning strategy?", "STR-1", "Developing",
              [("Brantwick Together was invited to two market engagement events for the 2025 re-commissioning of "
                "early help services, and its comments on the draft specification changed the final lot "
                "structure.", ["STR-1"]),
               ("The Council’s Commissioning Intentions for 2025 to 2028 were published without a consultation period "
                "for the sector, which the Network raised with the Partnership Executive in March 2025.",
                ["STR-1"])]),
             ("S2", "How has the VCSE sector been involved in updating the Children and Families Plan, through "
                    "both the needs analysis and resources mapping?", "STR-2", "Established",
              [("Six VCSE organisations sat on the working group that refreshed the Children and Families Plan "
                "2024–2027, and four contributed their own data on 3,200 families to the needs analysis.",
                ["STR-2"]),
               ("Brantwick Together’s directory of 214 services was used as the resources map for the Plan, the "
                "first time the sector’s provision has been mapped alongside statutory services.", ["STR-2"])]),
             ("S3", "How is the sector engaged in local safeguarding children developments?", "STR-3",
              "Established",
              [("The Safeguarding Children Partnership funds a VCSE safeguarding lead post jointly with Brantwick "
                "Together. In 2024/25 the post delivered safeguarding training to 412 staff and volunteers from 96 "
                "organisations.", ["STR-3", "STR-4"]),
               ("58 organisations completed the VCSE safeguarding self-assessment in 2025, up from 31 in 2023.",
                ["STR-3"])]),
             ("S4", "What role has the VCSE sector had in developing a shared workforce strategy?", "STR-4",
              "Not yet in place",
              [("The Partnership’s workforce strategy covers council and NHS staff only. VCSE organisations were "
                "not asked to contribute when it was refreshed in 2024.", ["STR-4"]),
               ("VCSE staff can book places on the multi-agency training programme, but take-up is low (6% of "
                "places), because courses run in working hours and the sector hears of them only after places "
                "have been allocated.", ["STR-4"])]),
         ],
         [("Agree a consultation period of at least eight weeks for the sector on the next Commissioning "
           "Intentions, including a session run by Brantwick Together.", ["STR-1"]),
          ("Include VCSE staff and volunteers in the refresh of the workforce strategy, starting with a joint "
           "workforce survey in spring 2026.", ["STR-4"]),
          ("Publish the multi-agency training calendar to the Network at the same time as to council and NHS "
           "teams, and run one evening session each term.", ["STR-4"])],
         "Developing"),
        ("processes", 3, "Integrated processes",
         "This domain asks whether the sector is part of the Partnership’s shared processes: early help "
         "assessment, information sharing, and the way performance and quality are checked.",
         [
             ("P1", "What has been the sector’s role in the development and implementation of early help "
                    "assessment (formerly the Common Assessment Framework)?", "PRO-1", "Developing",
              [("VCSE practitioners started 118 early help assessments in 2024/25 (7% of all assessments), mostly "
                "through the three family support charities funded under the early help contract.", ["PRO-1"]),
               ("Early help assessment training is open to the sector, but VCSE staff cannot see or update "
                "assessments in the early help case system and must send forms by secure e-mail.",
                ["PRO-1", "PRO-2"])]),
             ("P2", "Are information-sharing agreements in place, and do these include the VCSE sector?", "PRO-2",
              "Not yet in place",
              [("The Partnership’s information-sharing agreement (2022) names the Council, the integrated care "
                "board, the police and schools, but no VCSE organisation.", ["PRO-2"]),
               ("Data-sharing agreements exist for the four commissioned family support contracts only. Groups "
                "without a contract that work with the same families share information informally or not at "
                "all.", ["PRO-2"])]),
             ("P3", "What level of involvement has the sector had in developing a performance and quality "
                    "assurance framework for the delivery of the Plan?", "PRO-3", "Not yet in place",
              [("The Plan’s outcomes framework was drawn up by the Council’s performance team in 2024 without VCSE "
                "involvement, and the sector’s own outcome data is not reported to the Board.", ["PRO-3"])]),
         ],
         [("Add Brantwick Together and the commissioned VCSE providers to the information-sharing agreement when "
           "it is renewed in 2026.", ["PRO-2"]),
          ("Give VCSE lead practitioners access to the early help case system, with the training and data "
           "protection checks this needs.", ["PRO-1", "PRO-2"]),
          ("Invite two VCSE members to the performance sub-group, and report VCSE outcome data to the Board twice "
           "a year.", ["PRO-3"])],
         "Not yet in place"),
        ("delivery", 4, "Integrated front-line delivery",
         "This domain asks about the services families receive: whether the sector delivers them alongside "
         "statutory services, whether its services are sustainable, and its place in family hubs and "
         "neighbourhoods.",
         [
             ("D1", "How does the partnership actively encourage the sector to play a role in the delivery of "
                    "integrated children’s services?", "DEL-1", "Established",
              [("VCSE organisations deliver 11 of the 24 services in the family hub core offer, including all "
                "parenting peer support and the infant feeding service.", ["DEL-1"]),
               ("The early help strategy names the sector as a partner in delivery, and VCSE staff are co-located "
                "in all four family hubs.", ["DEL-1", "DEL-3"])]),
             ("D2", "What action is taken by the partnership to support the VCSE sector to improve the "
                    "sustainability of their services?", "DEL-2", "Developing",
              [("Early help contracts awarded in 2025 run for three years with an option to extend for two, in "
                "place of one-year grants.", ["DEL-2", "STR-1"]),
               ("Brantwick Together ran 14 funding and governance workshops for 87 groups in 2024/25, but its own "
                "core funding from the Council ends in March 2027 and has not yet been renewed.", ["DEL-2"])]),
             ("D3", "What has been the role of the sector in locality working and the development of family hub "
                    "and neighbourhood networks?", "DEL-3", "Established",
              [("Each of the four family hub networks has a VCSE co-chair, and local groups bring cases to the "
                "monthly neighbourhood team meetings.", ["DEL-3"]),
               ("Neighbourhood small grants of up to £2,000 are decided by each hub network’s panel, on which VCSE "
                "members are the majority.", ["DEL-3", "DEL-2"])]),
         ],
         [("Decide the future of Brantwick Together’s core funding by September 2026, so that support for small "
           "groups does not stop in March 2027.", ["DEL-2"]),
          ("Share the family hub performance dashboard with the VCSE co-chairs each month.", ["DEL-3", "PRO-3"])],
         "Established"),
    ]

    g_domains, g_questions, g_evidence, g_actions = [], [], [], []
    blocks = [
        ("p", "**BRANTWICK CHILDREN AND FAMILIES PARTNERSHIP**"),
        ("p", "Brantwick Borough Council  ·  NHS partners in Brantwick  ·  Brantwick Police  ·  Schools  ·  "
              "Brantwick Together"),
        ("title", title),
        ("table", {"cols": [4.4, 12.6], "font": 9.5, "rows": [
            [label("Completed by"), "Partnership VCSE Engagement Lead and Brantwick Together Children and Families "
                                    "Network, with the Partnership’s Business Manager"],
            [label("Framework used"), "The self-evaluation tool (SET) for voluntary and community sector engagement: "
                                      "four domains, thirteen questions"],
            [label("Agreed by"), "Partnership Executive, 9 December 2025"],
            [label("Next review"), "December 2026"],
        ]}),
        ("ph", 12, "1. About this self-evaluation"),
        ("pn", "1.1\tThe Brantwick Children and Families Partnership brings together the Council, NHS partners, "
               "Brantwick Police, schools and the voluntary, community and social enterprise (VCSE) sector to "
               "deliver the Children and Families Plan 2024–2027. The Plan commits the Partnership to check each "
               "year how well it works with the VCSE sector."),
        ("pn", "1.2\tWe used the self-evaluation tool (SET) first published for children’s trusts, keeping its four "
               "domains and its thirteen questions, with the wording brought up to date (the Children and "
               "Families Plan in place of the Children and Young People’s Plan, early help assessment in place of "
               "the Common Assessment Framework, family hubs in place of children’s centres)."),
        ("pn", "1.3\tThe grades were agreed at two joint workshops in October 2025, attended by 23 VCSE "
               "organisations and 14 officers from statutory partners. Where the two groups disagreed we recorded "
               "the lower grade. The evidence was checked by the Partnership’s Business Manager before the "
               "Executive agreed the self-evaluation."),
        ("ph", 12, "2. How we grade"),
        ("pn", "2.1\tWe grade each question with three words the Network chose, because members found the "
               "traffic-light colours of the original tool unhelpful. The table shows how they relate to the "
               "SET’s own levels."),
        ("table", {"cols": [3.4, 8.6, 5.0], "font": 9.5, "header_fill": "C9BEDD",
                   "header": ["Our grade", "What it means", "SET level"], "rows": [
            [{"text": "**Established**", "fill": GRADE_FILL["Established"]},
             "This is how we work across the Partnership, and we can show the difference it makes.",
             "Green – good to best practice"],
            [{"text": "**Developing**", "fill": GRADE_FILL["Developing"]},
             "This is in place in some services or some of the time, or it is new and not yet tested.",
             "Amber – meets minimum standards"],
            [{"text": "**Not yet in place**", "fill": GRADE_FILL["Not yet in place"]},
             "We do not do this yet, or we do not know whether we do.",
             "Red – needs significant improvement or not known"],
        ]}),
        ("ph", 12, "3. At a glance"),
        ("table", {"cols": [6.2, 3.6, 3.6, 3.6], "font": 9.5, "header_fill": "D9D2E9",
                   "header": ["Domain", "Established", "Developing", "Not yet in place"], "rows": [
            ["Integrated governance", "1", "2", "0"],
            ["Integrated strategy", "2", "1", "1"],
            ["Integrated processes", "0", "1", "2"],
            ["Integrated front-line delivery", "2", "1", "0"],
            [{"text": "All questions", "bold": True}, {"text": "5", "bold": True}, {"text": "5", "bold": True},
             {"text": "3", "bold": True}],
        ]}),
        ("pn", "3.1\tThe sector’s part in safeguarding, in planning and in family hubs is now well established. "
               "The main gaps are in shared processes – information sharing and performance – and in the "
               "workforce strategy, where the sector has so far been left out."),
    ]
    blocks += [
        ("ph", 12, "4. What happens next"),
        ("pn", "4.1\tThe areas for development will be turned into actions, with a lead and a date for each, in the "
               "Partnership’s delivery plan for 2026/27, which the Executive will consider in March 2026. Progress "
               "will be reported to the Network at its meetings in July and November 2026."),
        ("pn", "4.2\tThis self-evaluation will be published on the Partnership’s website and on Brantwick "
               "Together’s members’ pages. Members of the Network who would like to join the 2026 review should "
               "contact the VCSE Engagement Lead."),
        ("table", {"cols": [4.4, 12.6], "borders": False, "font": 9.5, "rows": [
            [plain_label("Contact"), "VCSE Engagement Lead, Brantwick Children and Families Partnership"],
            [plain_label("E-mail"), "cfp.vcse@brantwick.example"],
            [plain_label("Telephone"), "01632 960 381"],
        ]}),
    ]
    for dom_id, number, heading, intro, questions, afds, overall in domains:
        g_domains.append(domain(dom_id, heading, GRADE_RATING[overall]))
        rows = []
        for ref, qtext, set_id, grade, evs in questions:
            rows.append([{"text": f"**{ref}**"}, qtext, {"text": f"**{grade}**", "fill": GRADE_FILL[grade]},
                         "\n".join(text for text, _ in evs)])
            g_questions.append(question(dom_id, ref, qtext, set_id, GRADE_RATING[grade], grade))
            for text, tags in evs:
                g_evidence.append(evidence(text, dom_id, tags))
        for i, (text, tags) in enumerate(afds, 1):
            g_actions.append(action(f"{i}.", text, [], None, None, None, kind="area-for-development",
                                    domain=dom_id, tags=tags))
        blocks += [
            ("break",),
            ("ph", 14, f"Domain {number}: {heading}"),
            ("p", intro),
            ("table", {"cols": [1.2, 4.6, 2.6, 8.6], "font": 9.5, "header_fill": "D9D2E9",
                       "header": ["Ref", "Question", "Our grade", "What tells us this"], "rows": rows}),
            ("p", "**Areas for development**"),
            ("list", "1.", 1, [text for text, _ in afds]),
            ("p", f"**Overall grade for {heading.lower()}: {overall}**"),
        ]
    return {
        "name": "brantwick-children-and-families-partnership-vcse-self-evaluation-2025",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2025-12-09", "doc_title": title, "author": "Brantwick Children and Families Partnership",
                 "ninth_m": True, "cant_split": True, "font": "Trebuchet MS", "size": 9.5, "title_size": 17,
                 "title_color": "5B2C6F",
                 "m_header": ("Brantwick Children and Families Partnership – VCSE self-evaluation 2025",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="children and families partnership self-evaluation of its work with the VCSE sector "
                           "against the SET's four domains, graded in its own words mapped to the SET levels",
                     kind="self-evaluation", title=title, authority=BRANTWICK, date="2025-12-09", meeting=None,
                     domains=g_domains, questions=g_questions, evidence=g_evidence, actions=g_actions),
        "layout": "DOCX (python-docx), Trebuchet MS 9.5 pt (falls back), an italic running header with \"Page X of "
                  "Y\" fields, rows that may not split. A bold capitals partnership line and a partners line "
                  "above a purple title; a details table with lilac labels (Completed by / Framework used / Agreed "
                  "by / Next review); bold non-style headings and typed 1.1 paragraphs; a grade key "
                  "Our grade | What it means | SET level with a mauve header, mapping Established / "
                  "Developing / Not yet in place (in green, yellow and peach cells) to \"Green – good to best "
                  "practice\" / \"Amber – meets minimum standards\" / \"Red – needs significant improvement or not "
                  "known\"; an at-a-glance count table with a bold total row; \"4. What happens next\" and a "
                  "borderless contact table. Then one page per domain (a page "
                  "break before each): a 14 pt bold \"Domain n: …\" line, an intro paragraph, a table Ref | "
                  "Question | Our grade | What tells us this with refs G1–G3, S1–S4, P1–P3, D1–D3 in bold, the "
                  "grade as a bold word in a shaded cell and the evidence as one to two paragraphs inside the "
                  "cell; a bold \"Areas for development\" line over a Word-numbered 1. list restarting in each "
                  "domain; a bold \"Overall grade for integrated governance: Developing\" line.",
    }


# ---------------------------------------------------------------------------
# U2. VCSE Assembly meeting notes (DOCX, pandoc from Markdown). "Agreed:" decisions and "Action (owner):"
#     lines with the owner in the label.
# ---------------------------------------------------------------------------


def oakhallow_vcse_assembly_notes():
    assembly = "Oakhallow VCSE Assembly"
    # decisions: (item, number, text as printed after the stem)
    # actions: (label owner text, action text, owners, timeframe, due)
    acts = []
    decs = []

    def act(owner_text, text, owners, timeframe, due):
        acts.append(action(None, text, owners, timeframe, due, None))
        return f"**Action ({owner_text}):** {text}"

    def agreed(item, text, number=None, printed=None):
        decs.append(decision(item, number, text, assembly))
        return printed if printed is not None else f"**Agreed:** {text}"

    d2 = "the notes of the meeting held on 18 September 2025 are a correct record."
    d3 = ("to set up a task group of up to eight members to respond to the ICB’s draft VCSE commissioning "
          "framework, reporting to the January meeting.")
    d5a = ("to endorse the six shared commitments in the draft VCSE Partnership Agreement 2026–2029, subject to "
           "the changes recorded above; and")
    d5b = ("to ask the Co-Chairs to sign the Agreement on the Assembly’s behalf once the County Council and the "
           "ICB have agreed it.")
    d6 = ("the representatives elected today serve until the Assembly meeting in November 2027, and that the "
          "Co-Chairs fill any vacancy until the next election.")
    md = [
        "**OAKHALLOW VCSE ASSEMBLY**",
        "*The voice of voluntary, community and social enterprise organisations in Oakhallow*",
        f"# {assembly}",
        "**Notes of the Assembly meeting held on Thursday 20 November 2025, 10.00am to 12.30pm, at the Corn "
        "Exchange, Oakhallow, and online**",
        "**Chair:** Assembly Co-Chair (Oakhallow Youth Matters)  \n"
        "**Present:** 52 people from 41 member organisations (attendance list held by the Assembly "
        "Coordinator)  \n"
        "**Guests:** Director of Communities and Prevention, NHS Oakhallow ICB (item 3); Head of Communities, "
        "Oakhallow County Council (items 3 and 5); Grants Director, Oakhallow Community Foundation (item 4)  \n"
        "**Notes:** Assembly Coordinator",
        "These are notes of the discussion, not verbatim minutes. Agreed points and actions are shown in bold. "
        "Slides from the meeting are on the Assembly’s website.",
        "## 1. Welcome, apologies and declarations",
        "The Co-Chair welcomed members, and in particular the eleven organisations attending for the first time. "
        "Apologies were received from 14 member organisations.",
        "Members whose organisations hold grants from Oakhallow Community Foundation declared an interest in item "
        "4. As the item was for information, they stayed for the discussion.",
        "## 2. Notes of the last meeting and matters arising",
        agreed("2", d2, printed="**Agreed:** that " + d2),
        "Matters arising: the Co-Chairs’ letter to the ICB about late payment of invoices under the social "
        "prescribing contract was sent on 2 October 2025. The ICB replied on 30 October that all outstanding "
        "invoices had been paid and that a 14-day payment target will apply from January 2026. Members welcomed "
        "the reply; three said they were still owed money, and the Coordinator will pass their details to the "
        "ICB.",
        "## 3. NHS Oakhallow ICB: neighbourhood health and the VCSE sector",
        "The ICB’s Director of Communities and Prevention presented the ICB’s plans for neighbourhood health "
        "teams, which will cover populations of around 50,000 people from April 2026. Each team will include "
        "a link role for the voluntary and community sector, and the ICB intends to commission some community "
        "services from VCSE organisations under a new VCSE commissioning framework, to be published in draft in "
        "December.",
        "In discussion, members made the following points:",
        "- the neighbourhood footprints do not match the district council areas that most groups work in;\n"
        "- smaller groups cannot bid for contracts that require a year’s accounts and a safeguarding lead, and "
        "consortium bids need time and support to set up;\n"
        "- the link roles should be held by VCSE organisations, not by NHS staff;\n"
        "- the ICB should fund the time that VCSE staff spend in neighbourhood team meetings.",
        "The Director said that the footprints were not final and that she would welcome the Assembly’s views on "
        "the draft framework.",
        agreed("3", d3, printed="**Agreed:** " + d3),
        act("Assembly Coordinator", "invite expressions of interest for the task group by 5 December 2025.",
            ["Assembly Coordinator"], "by 5 December 2025", "2025-12-05"),
        act("ICB Director of Communities and Prevention", "send the draft framework and the neighbourhood maps "
            "to the Coordinator for circulation by 28 November.",
            ["ICB Director of Communities and Prevention"], "by 28 November", "2025-11-28"),
        "## 4. Oakhallow Community Foundation: cost-of-living fund 2026",
        "The Foundation’s Grants Director reported that the cost-of-living fund will reopen in January 2026 with "
        "£410,000 from the County Council, two district councils and a private donor. Grants of up to £7,500 "
        "will be available for food, warm spaces and advice. The Foundation has simplified the application form "
        "after feedback from the last round; 38% of last year’s applicants were first-time applicants.",
        "Members asked whether the fund could pay for core costs. The Grants Director said that up to 20% of a "
        "grant may be used for running costs in this round. The Assembly noted the update.",
        act("Foundation Grants Director / Assembly Co-Chairs", "run two online briefings for small groups on the "
            "new form before the fund opens in January 2026.",
            ["Foundation Grants Director", "Assembly Co-Chairs"], "before the fund opens in January 2026", "2026-01"),
        "## 5. Refresh of the VCSE Partnership Agreement",
        "The County Council’s Head of Communities introduced the draft VCSE Partnership Agreement 2026–2029, "
        "which will replace the Oakhallow Compact of 2016. The draft had been shaped by the Assembly’s workshop "
        "in September and sets out six shared commitments and an action plan. The district councils and the "
        "Community Foundation have agreed the draft in principle.",
        "Members broadly welcomed the draft. They asked for the following changes:",
        "- commitment 1 (fair funding) should say that grants will be paid in advance;\n"
        "- the twelve-week consultation period should apply to the ICB as well as the councils;\n"
        "- the action plan should say who in each organisation is responsible for each action.",
        "**Agreed:**",
        "(a) " + d5a + "\n(b) " + d5b,
        act("County Council Head of Communities", "circulate the final draft of the Agreement, with the "
            "Assembly’s changes tracked, by 12 December 2025.",
            ["County Council Head of Communities"], "by 12 December 2025", "2025-12-12"),
        "## 6. Election of Assembly representatives",
        "The Coordinator reported the result of the elections for two seats. One nomination was received for "
        "each seat, and the following were elected unopposed: the Chief Officer of Oakhallow Carers Link to the "
        "Health and Wellbeing Board, and the Director of Oakhallow Youth Matters to the Children’s Partnership "
        "Board. The seat on the Community Safety Partnership remains vacant.",
        agreed("6", d6, printed="**Agreed:** that " + d6),
        act("Assembly Coordinator", "add the new representatives to the Assembly website and send their details "
            "to the boards’ secretaries.", ["Assembly Coordinator"], None, None),
        "## 7. Any other business",
        "A member from the east of the county asked whether the Assembly could meet outside Oakhallow town. The "
        "Co-Chair said she would look at venues for the spring meeting.",
        "Members thanked the outgoing Co-Chair (Oakhallow Rural Transport), who stands down after four years.",
        "**Next meeting:** Thursday 22 January 2026, 10.00am, online.",
        "*Notes taken by the Assembly Coordinator – assembly@oakhallowvcse.example – 01632 960 147*",
    ]
    # the two parts of the item 5 decision
    decs.insert(2, decision("5", "a", d5a, assembly))
    decs.insert(3, decision("5", "b", d5b, assembly))
    return {
        "name": "oakhallow-vcse-assembly-notes-november-2025",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2025-11-27"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="notes of a VCSE Assembly meeting, with agreed points and actions whose owner sits in "
                           "the action label",
                     kind="minutes", title=assembly, authority=None, date="2025-11-20", meeting=assembly,
                     decisions=decs, actions=acts),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals brand line and an italic strapline "
                  "above the H1 \"Oakhallow VCSE Assembly\"; a bold \"Notes of the Assembly meeting held on …\" "
                  "line; bold-led Chair / Present / Guests / Notes lines joined by hard line breaks (not items); "
                  "a line saying the notes are not verbatim; items \"1.\" … \"7.\" as Heading 2; decisions as a "
                  "bold \"Agreed:\" followed on the same line by \"that …\" or \"to …\", and once a bold "
                  "\"Agreed:\" paragraph over a pandoc (a)/(b) list (Word numbering, \"; and\"); actions as "
                  "\"**Action (Assembly Coordinator):** invite … by 5 December 2025.\", the owner inside the "
                  "bold label in brackets (one \"Foundation Grants Director / Assembly Co-Chairs\"), dates \"by 5 "
                  "December 2025\", \"by 28 November\", \"before the fund opens in January 2026\", \"by 12 "
                  "December 2025\" and none; bulleted discussion points and requested changes (not items); a "
                  "declaration, matters arising, \"The Assembly noted the update.\", election results and the "
                  "Co-Chair's undertaking to look at venues (not items); next meeting and an italic note-taker "
                  "line with contact details.",
    }


# ---------------------------------------------------------------------------
# U3. VCSE Partnership Agreement (refreshed Compact) with an action plan (PDF, HTML → Chromium).
# ---------------------------------------------------------------------------


def oakhallow_vcse_partnership_agreement():
    title = "Oakhallow VCSE Partnership Agreement 2026–2029"
    # commitments → actions: (ref, text, lead cell, working with, when, owners, timeframe, due)
    plan = [
        ("Commitment 1 – Fair and sustainable funding", [
            ("1.1", "Offer grants and contracts of at least three years wherever the funding source allows, and "
                    "explain in writing when it does not.",
             "County Council Head of Commissioning /\nICB Head of Contracting", "District councils", "From April 2026",
             ["County Council Head of Commissioning", "ICB Head of Contracting"], "From April 2026", "2026-04"),
            ("1.2", "Pay grants quarterly in advance, and pay VCSE invoices within 14 days of receipt.",
             "County Council Finance; ICB Finance", "District councils", "Year 1",
             ["County Council Finance", "ICB Finance"], "Year 1", "2027-03"),
            ("1.3", "Agree a shared approach to inflation uplifts on VCSE contracts, to be applied from the 2027/28 "
                    "budget.",
             "ICB Director of Finance\nCounty Council Director of Finance", "VCSE Assembly", "Q3 2026/27",
             ["ICB Director of Finance", "County Council Director of Finance"], "Q3 2026/27", "2026-12"),
        ]),
        ("Commitment 2 – Early and honest consultation", [
            ("2.1", "Publish a single consultation calendar so that the sector can see every consultation the "
                    "signatories plan for the year in one place.",
             "County Council Policy and Engagement Team", "District councils; ICB Engagement Team",
             "By September 2026", ["County Council Policy and Engagement Team"], "By September 2026", "2026-09"),
            ("2.2", "Give the sector at least twelve weeks to respond to any consultation on funding or services, "
                    "and publish what changed as a result.",
             "All signatories", "–", "Ongoing", ["All signatories"], "Ongoing", None),
        ]),
        ("Commitment 3 – A strong and independent voice", [
            ("3.1", "Fund an independent secretariat for the VCSE Assembly for the life of the Agreement.",
             "County Council Head of Communities / ICB Director of Communities and Prevention",
             "Oakhallow Community Foundation", "Years 1–3",
             ["County Council Head of Communities", "ICB Director of Communities and Prevention"], "Years 1–3",
             "2029-03"),
            ("3.2", "Hold elections for the VCSE seats on the Health and Wellbeing Board, the Integrated Care "
                    "Partnership and the Community Safety Partnership each autumn.",
             "VCSE Assembly Co-Chairs", "Board secretaries", "Every autumn from 2026",
             ["VCSE Assembly Co-Chairs"], "Every autumn from 2026", "2026-11"),
        ]),
        ("Commitment 4 – Open information", [
            ("4.1", "Publish open data on every grant and contract the signatories award to VCSE organisations, "
                    "using the 360Giving standard.",
             "Oakhallow Community Foundation", "County Council Data Team", "Q2 2026/27",
             ["Oakhallow Community Foundation"], "Q2 2026/27", "2026-09"),
            ("4.2", "Produce a joint State of the Sector report every two years, starting in 2027.",
             "VCSE Assembly /\nOakhallow Community Foundation", "A university partner (to be confirmed)", "2027/28",
             ["VCSE Assembly", "Oakhallow Community Foundation"], "2027/28", "2028-03"),
        ]),
        ("Commitment 5 – Volunteers and the workforce", [
            ("5.1", "Agree a volunteering charter and promote it to the county’s employers.",
             "District council volunteering leads", "VCSE Assembly; Oakhallow Chamber of Commerce", "Year 2",
             ["District council volunteering leads"], "Year 2", "2028-03"),
            ("5.2", "Open the signatories’ safeguarding and data protection training to every VCSE organisation "
                    "in the county free of charge.",
             "County Council Learning and Development;\nICB Workforce Team", "", "April 2026",
             ["County Council Learning and Development", "ICB Workforce Team"], "April 2026", "2026-04"),
        ]),
        ("Commitment 6 – Keeping the Agreement alive", [
            ("6.1", "Report progress on this plan to the Health and Wellbeing Board and to the VCSE Assembly every "
                    "six months.",
             "Partnership Agreement Group", "–", "Every six months", ["Partnership Agreement Group"],
             "Every six months", None),
            ("6.2", "Review the Agreement and publish an annual statement of how each signatory has kept it.",
             "Partnership Agreement Group", "All signatories", "Each July, from July 2027",
             ["Partnership Agreement Group"], "Each July, from July 2027", "2027-07"),
        ]),
    ]
    rows, acts = [], []
    for commitment, items in plan:
        rows.append([{"text": f"**{commitment}**", "span": 5, "fill": "DCEFEA"}, "<", "<", "<", "<"])
        for ref, text, lead, withc, when, owners, tf, due in items:
            rows.append([{"text": f"**{ref}**"}, text, lead, withc, when])
            acts.append(action(ref, text, owners, tf, due, None))
    commitments = [
        ("Commitment 1 – Fair and sustainable funding",
         "We will fund the sector in ways that let organisations plan ahead, keep their staff and cover the full "
         "cost of what they deliver.",
         ["grants and contracts of at least three years as the norm;",
          "payment in advance for grants, and prompt payment of invoices;",
          "a fair share of overheads in every contract price."]),
        ("Commitment 2 – Early and honest consultation",
         "We will involve the sector before decisions are made, not after, and we will tell people what "
         "difference their views made.",
         ["at least twelve weeks for consultations on funding or services;",
          "a “you said, we did” statement after every consultation."]),
        ("Commitment 3 – A strong and independent voice",
         "We will support the VCSE Assembly to speak independently for the sector, including when it disagrees "
         "with us.",
         ["secure funding for the Assembly’s secretariat;",
          "elected VCSE members on every strategic partnership board."]),
        ("Commitment 4 – Open information",
         "We will share what we know – about funding, needs and performance – so that the sector can plan and "
         "hold us to account.",
         ["open data on grants and contracts;",
          "a shared picture of the sector every two years."]),
        ("Commitment 5 – Volunteers and the workforce",
         "We will value volunteers and VCSE staff as part of one workforce that serves Oakhallow’s residents.",
         ["a county volunteering charter;",
          "shared training open to the sector."]),
        ("Commitment 6 – Keeping the Agreement alive",
         "We will check whether we are keeping these commitments and say openly when we have not.",
         ["a Partnership Agreement Group that meets every quarter;",
          "an annual statement from each signatory."]),
    ]
    blocks = [
        ("p", "**OAKHALLOW COUNTY COUNCIL  ·  OAKHALLOW’S DISTRICT COUNCILS  ·  NHS OAKHALLOW INTEGRATED CARE BOARD  ·  "
              "OAKHALLOW VCSE ASSEMBLY  ·  OAKHALLOW COMMUNITY FOUNDATION**"),
        ("title", title),
        ("p", "**Our shared commitments and action plan**"),
        ("p", "Agreed by all signatories, March 2026. Replaces the Oakhallow Compact (2016)."),
        ("h", 2, "Foreword"),
        ("p", "Oakhallow’s voluntary, community and social enterprise sector – more than 2,100 registered "
              "charities and many more unregistered groups – supports residents in every town and village of the "
              "county. During the pandemic and the cost-of-living crisis the sector and the public bodies worked "
              "together more closely than ever before. This Agreement sets out how we will keep doing so."),
        ("p", "The Agreement replaces the Compact signed in 2016. It is shorter, it makes fewer promises, and "
              "every promise has an action with a lead and a date. We will report on it every six months, and "
              "we expect the sector to tell us when we fall short."),
        ("p", "Leader, Oakhallow County Council · Chief Executive, NHS Oakhallow Integrated Care Board · "
              "Co-Chairs, Oakhallow VCSE Assembly · Chair, Oakhallow Community Foundation · on behalf of the four "
              "district councils, the Chair of the Oakhallow Leaders’ Group"),
        ("h", 2, "1. Why we have refreshed the Agreement"),
        ("p", "The 2016 Compact was reviewed by the VCSE Assembly and the County Council in 2025. The review found "
              "that most organisations had never heard of it, that its 31 undertakings had no owners, and that it "
              "did not include the integrated care board, which did not then exist. Fewer than one in five "
              "organisations surveyed thought that the Compact had changed how they were treated."),
        ("p", "This Agreement was drafted by a working group of eight VCSE members and six officers, and was shaped "
              "by a workshop of the Assembly in September 2025 and a public consultation in October and November "
              "2025, which received 143 responses."),
        ("h", 2, "2. The sector in Oakhallow"),
        ("table", {"cols": [11.0, 5.0], "header_fill": "1B6B5F",
                   "header": ["", "2025"], "rows": [
            ["Registered charities based in the county", "2,140"],
            ["Estimated unregistered groups", "3,900"],
            ["Paid staff (full-time equivalent)", "9,600"],
            ["Regular volunteers", "61,000"],
            ["Income of the registered charities", "£412 million"],
            ["Share of income from the signatories", "14%"],
            ["Organisations that expect to use reserves in 2025/26", "46%"],
        ]}),
        ("p", "Source: Oakhallow Community Foundation, Vital Signs 2025, and the consultation survey."),
        ("h", 2, "3. Our six shared commitments"),
    ]
    for head, text, bullets in commitments:
        blocks += [("h", 3, head), ("p", text), ("p", "What this means in practice:"), ("list", "bullet", 1, bullets)]
    blocks += [
        ("h", 2, "4. How we will know"),
        ("table", {"cols": [9.0, 3.5, 3.5], "header_fill": "1B6B5F",
                   "header": ["Measure", "Baseline (2025)", "Aim (2029)"], "rows": [
            ["VCSE funding from the signatories on agreements of three years or more", "22%", "60%"],
            ["Consultations open for twelve weeks or more", "35%", "90%"],
            ["VCSE invoices paid within 14 days", "71%", "95%"],
            ["Organisations that say they are treated as equal partners", "18%", "50%"],
        ]}),
        ("break",),
        ("h", 2, "5. Action plan 2026–2029"),
        ("p", "The plan runs for three years. **Year 1** means April 2026 to March 2027, **Year 2** April 2027 to "
              "March 2028 and **Year 3** April 2028 to March 2029. The lead is the person or body responsible "
              "for making the action happen; the bodies listed under “Working with” are asked to help."),
        ("table", {"cols": [1.2, 7.6, 4.0, 3.4, 2.6], "font": 9, "header_fill": "1B6B5F",
                   "header": ["Ref", "What we will do", "Lead", "Working with", "When"], "rows": rows}),
        ("h", 2, "6. Governance and review"),
        ("p", "A Partnership Agreement Group of one senior officer from each signatory and three Assembly members "
              "will meet every quarter. It will report to the Health and Wellbeing Board and to the Assembly every "
              "six months, and will publish an annual statement each July from 2027."),
        ("p", "Any organisation that thinks a signatory has not kept the Agreement can raise it with the Assembly "
              "Coordinator, who will take it to the Group. The Group will reply within 28 days."),
        ("p", "**Contact:** Partnership Agreement Group, c/o Communities Team, Oakhallow County Council, County "
              "Hall, Oakhallow · partnership.agreement@oakhallow.example · 01632 960 522"),
    ]
    css = ("@page { margin: 16mm 15mm 18mm 15mm; "
           "@bottom-left { content: \"Oakhallow VCSE Partnership Agreement 2026–2029\"; font-family: 'DejaVu Sans', "
           "sans-serif; font-size: 7.5pt; color: #1B6B5F; } "
           "@bottom-right { content: counter(page); font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; "
           "color: #555555; } }\n"
           "h2 { color: #1B6B5F; page-break-after: avoid; }\n"
           "h3 { page-break-after: avoid; }\n"
           "th { color: #FFFFFF; }\n")
    return {
        "name": "oakhallow-vcse-partnership-agreement-2026-2029",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "size": 10, "title_color": "1B6B5F",
                 "css_font": "'DejaVu Sans', sans-serif", "ninth_m": True, "m_css": css},
        "blocks": blocks,
        "gold": dict(genre="refreshed Compact: a VCSE partnership agreement of a county's public bodies and its "
                           "sector, with shared commitments and an action plan",
                     kind="action-plan", title=title, authority=OAKHALLOW, date="2026-03", meeting=None,
                     actions=acts),
        "layout": "PDF (HTML → Chromium), A4 portrait, DejaVu Sans 10 pt, CSS page-margin boxes (the title bottom "
                  "left, the page number bottom right). A bold capitals masthead naming the five signatories "
                  "separated by \"·\"; a teal title, a bold subtitle line and an \"Agreed by all signatories, "
                  "March 2026\" line; a foreword signed by roles; a sector figures table with a teal "
                  "header (white text); six h3 commitments, each a \"We will …\" paragraph, a \"What this "
                  "means in practice:\" line and bullets (not items); a measures table Measure | Baseline | Aim "
                  "(not items). After a page break, \"5. Action plan 2026–2029\" with plan years defined in bold "
                  "and the \"Working with\" column explained; one 9 pt table Ref | What we will do | Lead | Working "
                  "with | When, six pale-teal commitment rows merged across five columns, refs 1.1–6.2 in bold, "
                  "no status column; lead cells split by \"/\" plus line break, \";\", a bare line break, \" / \" "
                  "and \";\" plus line break; \"Working with\" cells with \";\", \"–\" and one empty; When cells "
                  "\"From April 2026\", \"Year 1\", \"Q3 2026/27\", \"By September 2026\", \"Ongoing\", \"Years "
                  "1–3\", \"Every autumn from 2026\", \"Q2 2026/27\", \"2027/28\", \"Year 2\", \"April 2026\", "
                  "\"Every six months\", \"Each July, from July 2027\"; governance and a contact line.",
    }


# ---------------------------------------------------------------------------
# U4. Grant programme monitoring report to a select committee (PDF, python-docx → LibreOffice). One
#     "note" recommendation; RAG-rated grant outcomes in an appendix (not items).
# ---------------------------------------------------------------------------


def oakhallow_stronger_communities_fund_monitoring():
    title = "Stronger Communities Fund: Year 1 Monitoring Report"
    committee = "Communities Select Committee"
    rec = ("That the Select Committee notes the progress of the 31 grants awarded in the first round of the "
           "Stronger Communities Fund, as set out in this report and Appendix 1.")
    rag_fill = {"G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE", "C": "BDD7EE"}
    grants = [
        ("SCF1-01", "Brookside Community Larder", "Food", "12,000",
         "Weekly food and advice sessions for 120 households", "138 households registered; advice sessions every week",
         "G"),
        ("SCF1-02", "Oakhallow Rural Transport", "Isolation", "18,500",
         "Door-to-door transport for 200 older residents in six villages", "164 residents using the service; two "
         "villages not yet reached", "A"),
        ("SCF1-04", "Hallam Fields Residents’ Association", "Spaces", "6,200",
         "Reopen the Hallam Fields hut as a warm space three days a week", "Open three days a week since October; "
         "average 22 visitors a day", "G"),
        ("SCF1-05", "Oakhallow Carers Link", "Isolation", "20,000",
         "Peer support groups for 150 carers in the east of the county", "Groups running in four towns; 171 "
         "carers attended", "C"),
        ("SCF1-07", "Eastmoor Youth Project", "Young people", "15,000",
         "Detached youth work in two estates, 40 young people a week", "Lead youth worker left in July; sessions "
         "restarted in December", "R"),
        ("SCF1-08", "The Link Café", "Spaces", "4,800",
         "Community café and repair sessions for 60 regulars", "Café open; repair sessions delayed by a lack of "
         "volunteers", "A"),
        ("SCF1-11", "Oakhallow Money Advice", "Food", "19,750",
         "Debt advice for 300 households, with £250,000 of gains", "212 households helped; gains of £301,000 "
         "recorded", "G"),
        ("SCF1-12", "Marshgate Men’s Shed", "Isolation", "3,500",
         "A weekly shed session for 25 men", "Shed open twice a week; 31 members", "C"),
        ("SCF1-14", "Oakhallow Refugee Welcome", "Young people", "11,200",
         "English and homework club for 45 children", "Club running; 37 children enrolled", "G"),
        ("SCF1-15", "St Cuthbert’s Hall Trust", "Spaces", "9,000",
         "New heating so the hall can stay open in winter", "Heating installed; hall open all winter", "C"),
        ("SCF1-18", "Westbury Green Allotment Society", "Food", "2,900",
         "Community growing plot supplying the food larder", "Plot dug; first crop expected summer 2026", "G"),
        ("SCF1-21", "Oakhallow Deaf Centre", "Isolation", "14,600",
         "Social groups and a signing café for 80 deaf residents", "Venue lost in August; new venue from January",
         "R"),
    ]
    rows = [[{"text": ref}, org, theme, {"text": amount}, outcome, position,
             {"text": f"**{rag}**", "fill": rag_fill[rag]}]
            for ref, org, theme, amount, outcome, position, rag in grants]
    pn = lambda text: ("pn", text)
    ph = lambda text: ("ph", 11, text)
    blocks = [
        ("p", "**OAKHALLOW COUNTY COUNCIL**"),
        ("table", {"cols": [4.3, 12.7], "borders": False, "font": 10, "rows": [
            [plain_label("Committee:"), committee],
            [plain_label("Date:"), "3 February 2026"],
            [plain_label("Agenda item:"), "8"],
            [plain_label("Report of:"), "Head of Communities"],
            [plain_label("With:"), "Grants Director, Oakhallow Community Foundation"],
            [plain_label("Cabinet Member:"), "Cabinet Member for Communities and Partnerships"],
            [plain_label("Divisions affected:"), "All"],
            [plain_label("Status:"), "Open"],
        ]}),
        ("title", title),
        ("box", [("p", "**RECOMMENDATION**"), ("p", rec)]),
        ph("1.  Purpose of the report"),
        pn("1.1\tThe Select Committee asked, when the Fund was set up in 2024, to receive a report on its progress "
           "at the end of each year. This is the first of those reports. It covers the 31 grants awarded in the "
           "first round, in April 2025, and their position at 31 December 2025."),
        ph("2.  Background"),
        pn("2.1\tThe Stronger Communities Fund is a three-year fund of £1.2 million, paid for from the Council’s "
           "communities budget and the Household Support Fund reserve. It makes grants of up to £20,000 to VCSE "
           "groups for work under three themes: food and money, warm and welcoming spaces, and isolation. A fourth "
           "theme, young people, was added for the first round at the request of the Cabinet Member."),
        pn("2.2\tOakhallow Community Foundation runs the Fund on the Council’s behalf under a grant agreement, for "
           "a management fee of 8%. The Foundation assesses applications, makes the grants, monitors them and "
           "reports to the Council each quarter. Grant decisions are taken by a panel of two Foundation trustees, "
           "the Council’s Head of Communities and a member of the VCSE Assembly."),
        pn("2.3\tEach grant holder agrees one main outcome in its grant offer. The Foundation rates progress "
           "against that outcome every six months, using the key in Appendix 1, after a monitoring return and, "
           "for grants over £10,000, a visit."),
        ph("3.  Summary of progress"),
        pn("3.1\tThe first round received 118 applications asking for £1.46 million. The panel made 31 grants "
           "totalling £398,450. At 31 December 2025, 21 grants were on track or had achieved their outcome, six "
           "were behind plan and four were unlikely to meet their outcome without further action."),
        ("table", {"cols": [4.2, 2.0, 2.9, 1.6, 1.6, 1.6, 1.6], "font": 9, "header_fill": "DCE6F1",
                   "header": ["Theme", "Grants", "Awarded (£)", "C", "G", "A", "R"], "rows": [
            ["Food and money", "9", "121,300", "1", "6", "1", "1"],
            ["Warm and welcoming spaces", "8", "74,650", "3", "3", "2", "0"],
            ["Isolation", "9", "132,500", "2", "3", "2", "2"],
            ["Young people", "5", "70,000", "0", "3", "1", "1"],
            [{"text": "Total", "bold": True}, {"text": "31", "bold": True}, {"text": "398,450", "bold": True},
             {"text": "6", "bold": True}, {"text": "15", "bold": True}, {"text": "6", "bold": True},
             {"text": "4", "bold": True}],
        ]}),
        pn("3.2\tAcross the 31 grants, 4,870 residents had been supported by 31 December 2025, and 612 volunteers "
           "had given an estimated 21,400 hours. Thirteen of the grant holders had never had a grant from the "
           "Council before, and nine had an annual income of less than £25,000."),
        ph("4.  Grants rated red or amber"),
        pn("4.1\t**Eastmoor Youth Project (SCF1-07).** The project’s only youth worker left in July and the post "
           "was vacant until November. Sessions restarted in December. The Foundation has agreed a revised plan "
           "with the project, which runs the grant on to September 2026 with no extra money."),
        pn("4.2\t**Oakhallow Deaf Centre (SCF1-21).** The Centre lost the lease on its venue in August. It has "
           "found a new venue in the library from January 2026. The Foundation recommended that the Centre reduce "
           "its target from 80 to 60 residents for the first year, and the panel agreed this in December."),
        pn("4.3\tThe other two red-rated grants, one in the food theme and one in the isolation theme, are "
           "small grants to new groups that have struggled to recruit volunteers. The Foundation’s development worker is "
           "supporting both, and the panel will decide in March whether to withdraw the unspent part of either "
           "grant."),
        pn("4.4\tThe six amber-rated grants are behind plan mainly because of late starts. In each case a recovery "
           "plan has been agreed, and the Foundation expects all six to meet their outcome by the end of the "
           "grant."),
        ph("5.  What grant holders told us"),
        pn("5.1\tThe Foundation surveyed all 31 grant holders in November 2025; 27 replied. The main points were:"),
        ("list", "bullet", 1, [
            "the application form and monitoring return were described as clear and proportionate by 24 of the "
            "27;",
            "groups would like the grants to run for two years, so that they can keep staff and volunteers;",
            "several small groups found the requirement for a safeguarding policy hard to meet without help.",
        ]),
        ("p", "“It is the first grant we have had that paid for the heating bill and not just for a new project. "
              "That is what kept us open.” – grant holder, warm spaces theme"),
        ph("6.  Finance"),
        ("table", {"cols": [9.0, 3.5, 3.5], "font": 9, "header_fill": "DCE6F1",
                   "header": ["", "Budget (£)", "Spent or committed to 31 Dec 2025 (£)"], "rows": [
            ["Round 1 grants", "400,000", "398,450"],
            ["Foundation management fee (8%)", "32,000", "24,000"],
            ["Development support for small groups", "18,000", "11,200"],
            [{"text": "Total, year 1", "bold": True}, {"text": "450,000", "bold": True},
             {"text": "433,650", "bold": True}],
        ]}),
        ph("7.  The second round"),
        pn("7.1\tThe second round opened on 12 January 2026 and closes on 27 February 2026. In the light of the "
           "first year, the Foundation and the Council have made three changes: grants of up to £20,000 may now "
           "run for two years; the Foundation will offer a template safeguarding policy and a one-hour session "
           "for groups that need one; and the young people theme continues as a permanent theme."),
        pn("7.2\tThe Select Committee will receive the second annual report in February 2027, which will include "
           "the outcomes of the first-round grants that have closed."),
        ph("8.  Implications"),
        pn("8.1\t**Financial:** the Fund is within its approved budget. No additional funding is requested."),
        pn("8.2\t**Legal:** the grant agreement with the Foundation runs to 31 March 2028 and allows the Council to "
           "recover unspent grant."),
        pn("8.3\t**Equalities:** grants were made in every district, and 11 of the 31 grant holders work mainly "
           "with people who share a protected characteristic."),
        ph("9.  Background papers"),
        ("p", "Cabinet report, Stronger Communities Fund, 14 November 2024; Foundation quarterly monitoring reports, "
              "June, September and December 2025."),
        ("table", {"cols": [4.3, 12.7], "borders": False, "font": 10, "rows": [
            [plain_label("Contact officer:"), "Communities Partnership Manager"],
            [plain_label("Telephone:"), "01632 960 618"],
            [plain_label("E-mail:"), "communities@oakhallow.example"],
        ]}),
        ("break",),
        ("ph", 12, "Appendix 1 – Grant outcomes at 31 December 2025"),
        ("p", "**Key.** **C** – grant complete and outcome achieved. **G** – on track to achieve the agreed "
              "outcome. **A** – behind plan; a recovery plan has been agreed. **R** – the outcome is unlikely to "
              "be met without further action. The table lists the twelve grants over £2,500 that had a visit or "
              "a six-month review in the period; the full list of 31 grants is published on the Foundation’s "
              "website."),
        ("table", {"cols": [1.7, 3.0, 1.8, 1.5, 3.8, 3.9, 1.3], "font": 8.5, "header_fill": "DCE6F1",
                   "header": ["Ref", "Organisation", "Theme", "Grant (£)", "Outcome agreed", "Position at 31 December "
                              "2025", "RAG"],
                   "rows": rows}),
        ("p", "Source: Oakhallow Community Foundation monitoring returns and visits."),
    ]
    return {
        "name": "oakhallow-stronger-communities-fund-monitoring-report-year-1",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-22", "doc_title": title, "author": "Communities Team",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Serif", "size": 10.5,
                 "title_size": 16, "title_color": "17375E",
                 "m_header": ("Oakhallow County Council – Communities Select Committee – 3 February 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="grant programme monitoring report to a select committee, with RAG-rated grant outcomes "
                           "and a single recommendation to note",
                     kind="committee-report", title=title, authority=OAKHALLOW, date="2026-02-03", meeting=committee,
                     recommendations=[recommendation(None, rec, verb="NOTES", addressee="Select Committee")]),
        "layout": "PDF (python-docx → LibreOffice), A4 portrait, Liberation Serif 10.5 pt, an italic running header "
                  "with \"Page X of Y\" fields, rows that may not split. A bold capitals council line and a "
                  "borderless front table with bold labels (Committee / Date / Agenda item / Report of / With / "
                  "Cabinet Member / Divisions affected / Status) above a navy title; a one-cell box \"RECOMMENDATION\" "
                  "holding one \"That the Select Committee notes …\" sentence; bold non-style headings and typed "
                  "1.1 … 8.3 hanging paragraphs; a summary table Theme | Grants | Awarded | C | G | A | R with a "
                  "bold total row (figures); bold-led paragraphs on the red-rated grants, one \"The Foundation "
                  "recommended that the Centre reduce its target …\" (not an item); survey bullets and a quote; a "
                  "finance table; the second round's changes in prose; implications, background papers and a "
                  "borderless contact table. After a page break, Appendix 1: a bold key paragraph (C / G / A / R) "
                  "and a 8.5 pt table Ref | Organisation | Theme | Grant (£) | Outcome agreed | Position at 31 "
                  "December 2025 | RAG with RAG letters in bold in shaded cells (not items).",
    }


# ---------------------------------------------------------------------------
# U5. Independent review of VCSE infrastructure support, with the Council's response (PDF, Markdown →
#     pandoc DOCX → LibreOffice). Findings (not items), lettered recommendations A–H, a response per
#     recommendation under a Heading 3 that carries the decision word.
# ---------------------------------------------------------------------------


def brantwick_infrastructure_review():
    title = "Review of Voluntary and Community Sector Infrastructure Support in Brantwick"
    # (letter, theme, text, verb, addressee, heading decision words, decision, response, lead line, owners,
    #  timescale line, timeframe, due)
    recs = [
        ("A", "Funding and accountability",
         "The Council should replace the annual grant to Brantwick Together with a four-year funding agreement "
         "from April 2027, with a review at the end of year two.", "REPLACE", "Council",
         "Accepted", "accepted",
         "We will offer Brantwick Together a four-year agreement from 1 April 2027, subject to the Council’s "
         "budget each year. The agreement will include a break clause that can be used only after the year-two "
         "review.",
         "Head of Communities", ["Head of Communities"], "1 April 2027", "1 April 2027", "2027-04-01"),
        ("B", "Funding and accountability",
         "Agree with the integrated care board and the Brantwick Community Safety Partnership a shared "
         "contribution to infrastructure support, so that the Council is no longer its only funder.", "AGREE",
         None, "Partially accepted", "partially-accepted",
         "We agree that infrastructure support should have more than one funder, and we will ask both partners "
         "to contribute from 2027/28. We cannot commit their budgets, so the Council’s own funding will not "
         "depend on a partner contribution.",
         "Director of Communities / Community Safety Partnership Manager",
         ["Director of Communities", "Community Safety Partnership Manager"], "Q2 2026/27", "Q2 2026/27",
         "2026-09"),
        ("C", "Funding and accountability",
         "Set four outcomes for infrastructure support in the agreement, measured by an annual survey of groups "
         "rather than by counts of activity.", "SET", None,
         "Accepted", "accepted",
         "The outcomes will be drafted with Brantwick Together and local groups at a workshop in the autumn. The "
         "annual survey will replace the quarterly activity return from April 2027.",
         "Head of Communities, with Brantwick Together", ["Head of Communities", "Brantwick Together"],
         "Autumn 2026", "Autumn 2026", "2026-11"),
        ("D", "Support for small groups",
         "Brantwick Together should target its one-to-one support at groups with an income under £50,000, which "
         "make up 78% of the sector but received 31% of support hours in 2024/25.", "TARGET", "Brantwick Together",
         "For Brantwick Together to decide", None,
         "This is a matter for Brantwick Together’s trustees, who will consider it at their March meeting. The "
         "Council will ask for support hours by size of group to be reported in the annual survey.",
         "N/A", [], "N/A", None, None),
        ("E", "Support for small groups",
         "A small grants fund for new and start-up groups should be created and run by Brantwick Together.",
         None, None,
         "Not accepted", "rejected",
         "The Council cannot fund a new grants scheme in 2026/27. New groups can apply to the Safer Brantwick "
         "Community Fund and to ward members’ community grants, and Brantwick Together will help them to do so.",
         "–", [], "–", None, None),
        ("F", "Voice and representation",
         "Brantwick Together should hold elections for every VCSE seat on the borough’s partnership boards and "
         "publish how its representatives are chosen.", "HOLD", "Brantwick Together",
         "Accepted", "accepted",
         "Brantwick Together has agreed to hold elections for all VCSE seats from its annual general meeting in "
         "September 2026. The Council will ask each partnership board to recognise the elected members.",
         "Brantwick Together Chief Executive", ["Brantwick Together Chief Executive"], "September 2026",
         "September 2026", "2026-09"),
        ("G", "Voice and representation",
         "We recommend that the Council and Brantwick Together hold a joint annual meeting with the sector to "
         "report on the funding agreement and what it has achieved.", "HOLD", "Council and Brantwick Together",
         "Accepted", "accepted",
         "The first joint meeting will be held after the first year of the new agreement.",
         "Cabinet Member for Communities and Equalities / Brantwick Together Chair",
         ["Cabinet Member for Communities and Equalities", "Brantwick Together Chair"], "Spring 2028",
         "Spring 2028", "2028-05"),
        ("H", "Voice and representation",
         "Review the Council’s own community development roles, so that they support rather than duplicate what "
         "Brantwick Together does.", "REVIEW", None,
         "Accepted in part", "partially-accepted",
         "We will map the Council’s community development roles against Brantwick Together’s services as part of "
         "the Communities service review. The ward engagement officers carry out democratic duties and will stay "
         "with the Council.",
         "Head of Communities; HR Business Partner", ["Head of Communities", "HR Business Partner"], "March 2027",
         "March 2027", "2027-03"),
    ]
    funding = ("| Source | 2024/25 (£) | Term |\n|:---|---:|:---|\n"
               "| Brantwick Borough Council – core grant | 186,000 | Annual |\n"
               "| Brantwick Borough Council – volunteering contract | 42,000 | To March 2026 |\n"
               "| Integrated care board – social prescribing support | 25,000 | Annual |\n"
               "| National charitable trust – small groups programme | 38,500 | To December 2026 |\n"
               "| Membership fees and training income | 17,200 | – |\n"
               "| **Total** | **308,700** | |")
    md = [
        "**FERNSIDE RESEARCH COOPERATIVE**",
        f"# {title}",
        "| Final report to Brantwick Borough Council\n| February 2026\n| With the Council’s response (section 7)",
        "## 1. Summary",
        "Brantwick Borough Council asked us to review the support it funds for voluntary and community groups in "
        "the borough – what is usually called infrastructure support – and to advise how it should be funded "
        "after the current grant to Brantwick Together ends in March 2027.",
        "We found a well-regarded infrastructure body that has held the sector together through difficult years, "
        "but one that is funded a year at a time, mostly by one funder, and measured by what it does rather than "
        "what changes. Its support reaches larger organisations more easily than the small groups that make up "
        "most of the sector, and the way the sector is represented on partnership boards is not clear to most "
        "groups.",
        "We make eight recommendations, in section 6. The Council’s response to each is in section 7.",
        "## 2. What we were asked to do",
        "The terms of reference asked us to:",
        "- describe the infrastructure support available to groups in Brantwick and who pays for it;\n"
        "- assess how well it meets the needs of groups of different sizes and kinds;\n"
        "- compare Brantwick’s arrangements with those of similar unitary councils; and\n"
        "- recommend how support should be funded, measured and governed from April 2027.",
        "## 3. How we did the review",
        "Between September and December 2025 we interviewed 46 people from groups, Brantwick Together, the "
        "Council and its partners; surveyed the 212 groups on Brantwick Together’s mailing list (97 replied, a "
        "46% response); held two workshops, one in the evening for volunteer-run groups; and compared "
        "arrangements in five other unitary areas. The review was overseen by a steering group of two Council "
        "officers and three people from the sector.",
        "## 4. Infrastructure support in Brantwick now",
        "Brantwick Together is the borough’s only general infrastructure body. It has 11 staff (8.4 full-time "
        "equivalent) and 236 member organisations. Its income in 2024/25 is shown below.",
        funding,
        "In 2024/25 Brantwick Together gave 2,960 hours of one-to-one support to 188 groups, ran 41 training "
        "sessions, placed 530 volunteers and published a weekly funding bulletin to 1,400 subscribers.",
        "## 5. What we found",
        "**Finding 1.** Groups value Brantwick Together highly. 84% of survey respondents who had used it rated "
        "its support good or very good, and interviewees from every sector described it as the first place they "
        "would turn.",
        "**Finding 2.** Annual funding makes planning hard. Brantwick Together has not known its Council grant "
        "for the coming year before January in any of the last four years, and two experienced staff left in "
        "2025 citing insecurity.",
        "**Finding 3.** The Council pays 74% of the cost of infrastructure support. In the five comparison areas "
        "the council’s share ranged from 38% to 61%, with the NHS, police and crime commissioners and charitable "
        "trusts paying the rest.",
        "**Finding 4.** Monitoring counts activity, not change. The quarterly return asks for numbers of "
        "enquiries, sessions and attendees. Neither the Council nor Brantwick Together could tell us whether "
        "groups were stronger as a result.",
        "**Finding 5.** Support does not reach the smallest groups in proportion. Groups with an income under "
        "£50,000 make up 78% of the sector but received 31% of one-to-one support hours in 2024/25.",
        "**Finding 6.** New groups have nowhere to go for a first grant. Several funders we spoke to recommended "
        "that a small start-up fund be created, and three of the five comparison areas have one.",
        "**Finding 7.** Representation is unclear. Only 23% of survey respondents knew how the sector’s members on "
        "the borough’s partnership boards are chosen, and some seats have been held by the same person for more "
        "than six years.",
        "**Finding 8.** Council roles overlap with Brantwick Together’s. The Council’s own community development "
        "officers offer some of the same help with constitutions and funding bids, and groups are not always "
        "sure whom to ask.",
        "## 6. Recommendations",
        "We make eight recommendations. They are grouped by theme and lettered A to H.",
    ]
    theme = None
    for letter, th, text, *_ in recs:
        if th != theme:
            md.append(f"### {th}")
            theme = th
            md.append(f"{letter}.  {text}")
        else:
            md[-1] += f"\n{letter}.  {text}"
    md += [
        "## 7. Brantwick Borough Council’s response",
        "The Council thanks the reviewers and everyone who took part. The Council’s Cabinet considered the "
        "review on 10 February 2026 and agreed the responses below. Each response says whether the "
        "recommendation is accepted, accepted in part or not accepted, who will lead, and when.",
    ]
    g_recs = []
    for (letter, th, text, verb, addr, heading_words, dec, response, lead, owners, timescale, tf, due) in recs:
        md += [f"### Recommendation {letter} – {heading_words}", response,
               f"**Lead officer:** {lead}  \n**Timescale:** {timescale}"]
        g_recs.append(recommendation(letter, text, verb=verb, addressee=addr, theme=th, owners=owners, due=due,
                                     timeframe=tf, response=response, decision=dec))
    md += [
        "## 8. About this report",
        "Fernside Research Cooperative is a workers’ cooperative that carries out research and evaluation for "
        "charities and public bodies. The views in sections 1 to 6 are the reviewers’ own and do not necessarily "
        "reflect those of the Council.",
        "*Contact: Lead Reviewer, Fernside Research Cooperative – reviews@fernside.example – 01632 960 734. "
        "Council contact: Head of Communities, Brantwick Borough Council – communities@brantwick.example – "
        "01632 960 390.*",
    ]
    return {
        "name": "brantwick-vcse-infrastructure-support-review",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-02-12"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="independent review of VCSE infrastructure support commissioned by a council, with "
                           "numbered findings, lettered recommendations and the council's response",
                     kind="scrutiny-report", title=title, authority=BRANTWICK, date="2026-02", meeting=None,
                     recommendations=g_recs),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold capitals reviewers' line "
                  "above the H1; a line block (Final report to Brantwick Borough Council / February 2026 / With "
                  "the Council's response (section 7)); numbered Heading 2 sections; terms of reference as "
                  "bullets; a funding pipe table with a bold total row; eight bold-led \"Finding n.\" paragraphs "
                  "(not items), one \"Several funders we spoke to recommended that …\"; \"6. Recommendations\" "
                  "with three Heading 3 themes and a pandoc upper-case-lettered list A.–H. continued across them "
                  "(start values 1, 4, 6): two \"X should V …\", imperatives, one \"We recommend that the Council "
                  "and Brantwick Together hold …\", one passive; \"7. Brantwick Borough Council's response\" with "
                  "one Heading 3 per recommendation carrying the decision words (\"Recommendation B – Partially "
                  "accepted\", \"… – For Brantwick Together to decide\", \"… – Not accepted\", \"… – Accepted in "
                  "part\"), a response paragraph and bold \"Lead officer:\" / \"Timescale:\" lines joined by a hard "
                  "line break; leads split by \" / \", \"; \" and \", with\"; \"N/A\" and \"–\"; timescales \"1 "
                  "April 2027\", \"Q2 2026/27\", \"Autumn 2026\", \"September 2026\", \"Spring 2028\", \"March "
                  "2027\"; an italic contact line.",
    }


# ---------------------------------------------------------------------------
# U6. Community Safety Partnership fund guidance for groups (DOCX, python-docx). Nothing to find.
# ---------------------------------------------------------------------------


def brantwick_safer_communities_fund_guidance():
    title = "Safer Brantwick Community Fund 2026/27: Guidance for Applicants"
    pn = lambda text: ("pn", text)
    ph = lambda text: ("ph", 12, text)
    blocks = [
        ("p", "**BRANTWICK COMMUNITY SAFETY PARTNERSHIP**"),
        ("p", "Brantwick Borough Council  ·  Brantwick Police  ·  Brantwick Fire and Rescue  ·  Probation  ·  "
              "NHS partners  ·  Brantwick Together"),
        ("title", title),
        ("p", "Published February 2026. Applications open on 2 March 2026 and close at noon on 10 April 2026."),
        ("table", {"cols": [5.0, 12.0], "font": 9.5, "rows": [
            [label("Total fund", "DDEBF7"), "£150,000"],
            [label("Grant size", "DDEBF7"), "£1,000 to £10,000"],
            [label("Who can apply", "DDEBF7"), "Voluntary and community groups, charities, community interest "
                                                "companies and tenants’ and residents’ associations working in "
                                                "Brantwick"],
            [label("Project dates", "DDEBF7"), "Projects must start by 1 August 2026 and finish by 31 July 2027"],
            [label("How to apply", "DDEBF7"), "Online at brantwick.example/saferfund"],
        ]}),
        ph("1. About the fund"),
        pn("1.1\tThe Brantwick Community Safety Partnership brings together the Council, Brantwick Police, the "
           "fire and rescue service, the probation service, NHS partners and the voluntary sector to reduce "
           "crime and disorder and help people feel safe. The Safer Brantwick Community Fund gives small grants "
           "to local groups whose work supports the Partnership’s plan."),
        pn("1.2\tThe fund is paid for from the Police and Crime Commissioner’s community safety grant to the "
           "Partnership and from the Council. It is administered by the Council’s Community Safety Team on the "
           "Partnership’s behalf."),
        ph("2. What we want to fund"),
        pn("2.1\tThis year the fund will support projects that address one or more of the Partnership’s four "
           "priorities for 2025–2028:"),
        ("list", "1.", 1, [
            "reducing anti-social behaviour in neighbourhoods, town centres and parks;",
            "preventing violence against women and girls, and supporting those affected by it;",
            "keeping young people safe from exploitation, serious violence and knife crime;",
            "supporting victims of crime, including scams and hate crime.",
        ]),
        pn("2.2\tWe are especially keen to hear from groups working in the six neighbourhoods where anti-social "
           "behaviour reports rose in 2025 (listed on the fund’s web page), and from groups led by the people "
           "they serve."),
        pn("2.3\tExamples of projects funded in 2025/26 include a diversionary football programme on Friday "
           "evenings, a women’s safety walk-and-talk group, scam awareness sessions at lunch clubs and a "
           "community clean-up and mural on an underpass."),
        ph("3. What we cannot fund"),
        ("list", "bullet", 1, [
            "work that a public body has a legal duty to provide;",
            "projects that have already started or costs already incurred;",
            "individuals, political or religious activity, or fundraising for other causes;",
            "capital items over £3,000, such as vehicles or building works;",
            "groups that have not returned monitoring for an earlier Partnership grant.",
        ]),
        ph("4. Key dates"),
        ("table", {"cols": [9.0, 8.0], "font": 9.5, "header_fill": "2E75B6",
                   "header": ["Stage", "Date"], "rows": [
            ["Fund opens for applications", "2 March 2026"],
            ["Online information session (booking through Brantwick Together)", "11 March 2026, 6.30pm"],
            ["Deadline for applications", "10 April 2026, 12 noon"],
            ["Assessment panel meets", "Week beginning 11 May 2026"],
            ["Applicants told the outcome", "By 29 May 2026"],
            ["Grants paid", "June 2026"],
            ["End-of-project report due", "31 August 2027"],
        ]}),
        ph("5. How we will assess your application"),
        pn("5.1\tEach application will be scored by two officers and then considered by a panel of three members "
           "of the Partnership and two representatives of the voluntary sector nominated by Brantwick Together. "
           "Panel members declare any interest and leave the room when an application they are connected with is "
           "discussed."),
        ("table", {"cols": [11.0, 3.0, 3.0], "font": 9.5, "header_fill": "2E75B6",
                   "header": ["Criterion", "Weight", "Maximum score"], "rows": [
            ["How well the project meets one or more of the priorities", "30%", "15"],
            ["Evidence of need in the area or group served", "25%", "12.5"],
            ["How the project involves local people", "20%", "10"],
            ["Whether the group can deliver the project (plans, people, safeguarding)", "15%", "7.5"],
            ["Value for money", "10%", "5"],
        ]}),
        pn("5.2\tApplications scoring below 25 out of 50 will not be funded. The panel may offer a smaller grant "
           "than the amount requested, and may add conditions."),
        ph("6. If you are awarded a grant"),
        pn("6.1\tSuccessful groups must sign a grant agreement before the grant is paid. The agreement will "
           "require the group to:"),
        ("list", "(a)", 1, [
            "spend the grant only on the project described in its application;",
            "have a safeguarding policy in place if the project works with children or adults at risk;",
            "acknowledge the Partnership’s support in publicity;",
            "send a short end-of-project report, with receipts for items over £250, by 31 August 2027; and",
            "return any grant that is not spent on the project.",
        ]),
        pn("6.2\tA member of the Community Safety Team will contact each group once during the project, by "
           "telephone or in person, to see how things are going."),
        ph("7. Help with your application"),
        pn("7.1\tWe recommend that you talk to Brantwick Together before you apply, particularly if this is your "
           "first grant application. Its funding advisers can read a draft and help with budgets and "
           "safeguarding policies. Groups that used this help in 2025/26 were twice as likely to be funded."),
        pn("7.2\tApplications can be made in other formats, including by video or in a language other than "
           "English. Please contact the Community Safety Team to arrange this."),
        ph("8. Frequently asked questions"),
        ("p", "**Can we apply if we are not a registered charity?** Yes. You need a constitution or set of rules, a "
              "bank account in the group’s name with two unrelated signatories, and at least three committee "
              "members."),
        ("p", "**Can we apply for more than one project?** No. Each group may submit one application, which may "
              "include more than one activity."),
        ("p", "**We had a grant last year. Can we apply again?** Yes, if your monitoring report has been "
              "returned. The panel will want to know what you learned and what will be different."),
        ("p", "**Can the grant pay for staff time?** Yes, for time spent on the project, at a rate that is no less "
              "than the real Living Wage."),
        ("p", "**When will we hear?** We will tell every applicant the outcome by 29 May 2026, and we will offer "
              "feedback to groups that are not funded."),
        ph("9. Contact us"),
        ("table", {"cols": [5.0, 12.0], "borders": False, "font": 9.5, "rows": [
            [plain_label("Community Safety Team"), "Brantwick Borough Council, Civic Centre, Market Street, "
                                                   "Brantwick"],
            [plain_label("E-mail"), "saferfund@brantwick.example"],
            [plain_label("Telephone"), "01632 960 455 (Monday to Friday, 9am to 4pm)"],
            [plain_label("Brantwick Together"), "funding@brantwicktogether.example – 01632 960 466"],
        ]}),
        ("p", "If you think you have been treated unfairly, you can ask for the panel’s decision to be reviewed by "
              "writing to the Community Safety Partnership Manager within 28 days of the decision."),
    ]
    return {
        "name": "brantwick-safer-communities-fund-guidance-2026-27",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-02-16", "doc_title": title, "author": "Community Safety Team",
                 "ninth_m": True, "font": "Calibri", "size": 10.5, "title_size": 17, "title_color": "2E75B6",
                 "m_header": ("Brantwick Community Safety Partnership", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="community safety partnership fund guidance for voluntary and community groups: "
                           "priorities, eligibility, dates, scoring and conditions; nothing to find",
                     kind="other", title=title, authority=BRANTWICK, date="2026-02", meeting=None),
        "layout": "DOCX (python-docx), Calibri 10.5 pt (falls back), an italic running header with \"Page X of Y\" "
                  "fields. A bold capitals partnership line and a partners line above a blue title; a "
                  "publication and dates line; a key facts table with blue labels; bold non-style headings and "
                  "typed 1.1 … 7.2 hanging paragraphs; a Word-numbered 1.–4. list of priorities; bullets of what "
                  "cannot be funded; a key dates table with a blue header (dates, no owners); a scoring table; "
                  "\"Successful groups must …\" over a Word-numbered (a)–(e) list of grant conditions (\"; and\"); "
                  "\"7.1 We recommend that you talk to Brantwick Together before you apply …\"; bold-question "
                  "FAQ paragraphs; a borderless contact table and a review line. Nothing to find.",
    }


PAPERS = [
    brantwick_cfp_vcse_self_evaluation,
    oakhallow_vcse_assembly_notes,
    oakhallow_vcse_partnership_agreement,
    oakhallow_stronger_communities_fund_monitoring,
    brantwick_infrastructure_review,
    brantwick_safer_communities_fund_guidance,
]
