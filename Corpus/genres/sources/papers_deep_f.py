"""Papers of the fifth batch, part F: six made-up health, care and partnership papers from
Medlowe County Council (with the Medlowe Safeguarding Adults Board and the Medlowe Community
Safety Partnership) and Stoneweir Integrated Care Board (with Stoneweir Community Health NHS
Trust). Everything is invented: people are given by role or initials, e-mail addresses use
`.example` and telephone numbers the 01632 960xxx range; every figure is made up.

They were written blind: by someone who had not read the pipeline's code, tests, output or
benchmarks and had not run it, using only the corpus READMEs and the build scripts and paper
definitions in this folder. Each paper names its own split. Gold values are written by hand
beside the words they label; the "Deep papers, part F" section of Corpus/genres/README.md records the decisions taken where the rules left room.

Two papers (a Director of Public Health annual report set in two columns, and a slide deck)
need layouts render.py cannot make. Their HTML is written here, whole, and handed to the
Chromium route through `render.to_html`: this module wraps that function so that a paper whose
meta carries "deep_f_html" is written as that HTML, and every other paper goes to the wrapped
function unchanged (render.py itself is not edited).

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf"
(HTML → Chromium), "pandoc-docx" (Markdown → pandoc DOCX).
"""

import html as _html

import render as _render
from gold import action, recommendation
from papers_fresh import grid_table

MCC = "Medlowe County Council"
ICB = "Stoneweir Integrated Care Board"

_wrapped_to_html = _render.to_html


def _to_html(meta, blocks, path):
    """Writes the paper's own HTML when its meta carries it; otherwise render.py's HTML."""
    page = meta.get("deep_f_html")
    if page is None:
        return _wrapped_to_html(meta, blocks, path)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(page)
    return None


_render.to_html = _to_html


def esc(text):
    """HTML-escaped text with "**bold**" spans."""
    return _render.inline_html(text)


# ---------------------------------------------------------------------------
# F1. Safeguarding Adults Review summary report (Markdown → pandoc DOCX → LibreOffice PDF).
#     A headerless details grid; terms of reference as a pandoc-numbered list (not items);
#     "Finding 1: …" … "Finding 5: …" as Heading 3 (not items); a block-quoted family
#     statement; six recommendations to the Board as a pandoc-numbered list; the Board's
#     response grid table Recommendation | Board response | Lead agency | Target date | Status.
# ---------------------------------------------------------------------------


def sar_summary():
    # (text, verb, addressee, response, lead cell, owners, target, due, status word, status)
    recs = [
        ("The Board should seek assurance that all partner agencies use the Medlowe multi-agency self-neglect and "
         "hoarding guidance, and that practitioners are trained in its use.",
         "SEEK", "Board",
         "Accepted. The guidance was relaunched in November 2025. Each partner will report the number of staff trained "
         "to the Learning and Development Subgroup every quarter.",
         "All Board partners", ["All Board partners"], "Sept 2026", "2026-09", "In progress", "ongoing"),
        ("Medlowe County Council and Stoneweir Integrated Care Board should agree a process that any agency can use to "
         "call a multi-agency risk management meeting when an adult who declines support is at risk of serious harm.",
         "AGREE", "Medlowe County Council and Stoneweir Integrated Care Board",
         "Accepted. A draft protocol has been written and will be tested in the Stoneweir and Castle Hythe localities "
         "from February 2026.",
         "Medlowe County Council and Stoneweir ICB", ["Medlowe County Council", "Stoneweir ICB"], "31 March 2026",
         "2026-03-31", "In progress", "ongoing"),
        ("Stoneweir Community Health NHS Trust should ensure that district nurses record whether a person has capacity "
         "to make the specific decision when the person repeatedly declines wound care.",
         "ENSURE", "Stoneweir Community Health NHS Trust",
         "Accepted. The electronic record template was changed on 1 December 2025; a capacity prompt now appears after "
         "two declined visits.",
         "Stoneweir Community Health NHS Trust", ["Stoneweir Community Health NHS Trust"], "Dec 2025", "2025-12",
         "Complete", "completed"),
        ("Housing providers should be invited to join the Board’s self-neglect subgroup.",
         None, None,
         "Accepted in part. The three largest housing associations will be invited to join the subgroup; smaller "
         "providers will be reached through the Medlowe Housing Forum instead.",
         "SAB Business Unit", ["SAB Business Unit"], "June 2026", "2026-06", "Not yet started", "not-started"),
        ("The Board should ask Medlowe Fire and Rescue Service to offer a home fire safety visit to every adult "
         "referred to adult social care because of self-neglect or hoarding.",
         "ASK", "Board",
         "Accepted. The Fire and Rescue Service has agreed in principle. A referral route will be built into the adult "
         "social care front door system.",
         "SAB Business Unit;\nMedlowe Fire and Rescue Service", ["SAB Business Unit", "Medlowe Fire and Rescue Service"],
         "Q2 2026/27", "2026-09", "Not yet started", "not-started"),
        ("Share the learning from this review through a learning briefing and practitioner events across the county.",
         "SHARE", None,
         "Accepted. The learning briefing was published in January 2026 and two practitioner events have been booked "
         "for March and May 2026.",
         "SAB Business Unit /\nSAB Learning and Development Subgroup",
         ["SAB Business Unit", "SAB Learning and Development Subgroup"], "Ongoing", None, "In progress", "ongoing"),
    ]
    shorts = ["Self-neglect guidance", "Risk management meetings", "Mental capacity in district nursing",
              "Housing providers", "Fire safety visits", "Sharing the learning"]
    md = [
        "MEDLOWE SAFEGUARDING ADULTS BOARD",
        "# Safeguarding Adults Review: ‘Mr D’ – Summary Report",
        grid_table([26, 50], None, [
            ["**Review commissioned by**", "Medlowe Safeguarding Adults Board, Safeguarding Adults Review Subgroup"],
            ["**Independent reviewer**", "A.K., independent safeguarding consultant"],
            ["**Date of death**", "March 2024"],
            ["**Report agreed by the Board**", "22 January 2026"],
            ["**Published**", "9 February 2026"],
        ]),
        "## 1. Why this review was carried out",
        "1.1 Under section 44 of the Care Act 2014 a Safeguarding Adults Board must arrange a review when an adult "
        "with care and support needs dies, abuse or neglect (including self-neglect) is known or suspected, and there "
        "is concern that partner agencies could have worked together more effectively to protect the adult.",
        "1.2 Mr D was 71 when he died at home from sepsis linked to untreated leg ulcers. He had lived alone since the "
        "death of his wife. The SAR Subgroup agreed on 18 June 2024 that the criteria for a review were met.",
        "1.3 The review looked at the period from January 2022 to March 2024. It asked:",
        "1. How did agencies understand and respond to Mr D’s self-neglect?",
        "2. How was Mr D’s mental capacity considered when he declined care?",
        "3. Did agencies share information and escalate their concerns?",
        "4. What was the impact of the COVID-19 recovery period on the services Mr D received?",
        "1.4 The review used a learning together approach, with a practitioner event on 10 October 2024 attended by "
        "23 staff from eight agencies. Mr D’s sister took part and her words are included with her permission.",
        "## 2. About Mr D",
        "2.1 Mr D worked as a lorry driver for most of his life and was proud of being independent. Neighbours "
        "described him as private but kind. After his wife died in 2021 he stopped going out except to the corner shop.",
        "> “My brother would never ask for help. He would tell everyone he was fine, and people believed him because "
        "it was easier.” – Mr D’s sister",
        "2.2 Between January 2022 and March 2024 Mr D was in contact with his GP practice, the district nursing "
        "service of Stoneweir Community Health NHS Trust, adult social care, Medlowe Fire and Rescue Service, the "
        "ambulance service and his housing association. There were 41 recorded contacts and 17 declined visits.",
        "## 3. Findings",
        "### Finding 1: Self-neglect was seen as a lifestyle choice",
        "3.1 Practitioners often recorded that Mr D was “choosing to live this way”. His refusals were accepted at face "
        "value and were not linked to his grief, his isolation or his worsening health.",
        "### Finding 2: Mental capacity was assumed, not assessed",
        "3.2 No agency assessed whether Mr D could understand the risk of untreated leg ulcers. The presumption of "
        "capacity was used as a reason to close his case.",
        "### Finding 3: No agency took the lead",
        "3.3 Each agency knew part of the picture. There was no multi-agency meeting, and three safeguarding concerns "
        "raised in 2023 were closed without a section 42 enquiry because Mr D said he did not want one.",
        "### Finding 4: The home environment was a warning sign",
        "3.4 A fire officer who visited in 2023 noted blocked exits and hoarded newspapers, but the visit was not "
        "shared with adult social care.",
        "### Finding 5: Good practice",
        "3.5 His housing officer persisted in visiting and raised a safeguarding concern every time she was refused "
        "entry. The review found this was the most consistent contact Mr D had.",
        "## 4. Recommendations",
        "4.1 The reviewer makes six recommendations to the Board. They are set out below as the reviewer wrote them; "
        "the Board’s response follows in section 5.",
    ]
    md += [f"{i}. {r[0]}" for i, r in enumerate(recs, 1)]
    md += [
        '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```',
        "## 5. The Board’s response",
        "5.1 The Board received the review on 22 January 2026 and accepted five of the recommendations in full and "
        "one in part. Progress against the plan below will be reported to the Board every six months.",
        grid_table([30, 28, 20, 16, 16], ["Recommendation", "Board response", "Lead agency", "Target date", "Status"],
                   [[f"R{i}: {short}", r[3], r[4].replace("\n", "\n\n"), r[6], r[8]]
                    for i, (short, r) in enumerate(zip(shorts, recs), 1)]),
        "## 6. Further information",
        "If you are worried that an adult is being abused or neglected, call Medlowe Adult Social Care on 01632 960 514 "
        "(out of hours 01632 960 515). In an emergency, call 999.",
        "The full overview report is available from the Board’s website. For questions about this summary contact the "
        "SAB Business Unit, County Hall, Medlowe MD1 2AB – sab@medlowe.example – 01632 960 517.",
    ]
    gold_recs = [
        recommendation(str(i), text, verb=verb, addressee=addressee, owners=owners, due=due, timeframe=target,
                       status=status, response=response,
                       decision="partially-accepted" if response.startswith("Accepted in part") else "accepted")
        for i, (text, verb, addressee, response, lead, owners, target, due, word, status) in enumerate(recs, 1)
    ]
    return {
        "name": "medlowe-safeguarding-adults-review-mr-d-summary",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2026-02-09"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Safeguarding Adults Review summary report (numbered findings, recommendations to the Board "
                           "and the Board's response table)", kind="scrutiny-report",
                     title="Safeguarding Adults Review: ‘Mr D’ – Summary Report", authority=MCC, date="2026-02-09",
                     meeting=None, recommendations=gold_recs),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; a capitals board line above the title; "
                  "a headerless details grid table with bold labels; typed 1.1–5.1 paragraphs; the review's questions "
                  "as a pandoc-numbered 1.–4. list (not items); a block-quoted family statement; Heading 3 findings "
                  "\"Finding 1: …\" … \"Finding 5: …\" (not items); six recommendations as a pandoc-numbered 1.–6. "
                  "list (four \"X should V …\", one passive, one imperative); the Board's response grid table "
                  "Recommendation | Board response | Lead agency | Target date | Status whose first column holds only "
                  "the number; responses opening \"Accepted.\" or \"Accepted in part.\"; lead cells joined by \"and\", "
                  "\";\" and \"/\" plus a paragraph break; target dates \"Sept 2026\", \"31 March 2026\", "
                  "\"Dec 2025\", \"June 2026\", \"Q2 2026/27\", \"Ongoing\"; statuses In progress, Complete, "
                  "Not yet started; helpline and contact lines.",
    }


# ---------------------------------------------------------------------------
# F2. Corporate peer challenge action plan (DOCX, landscape, running header and footer):
#     Recommendation | Our response | Actions | Lead | Timescale | Progress (RAG) with the
#     recommendation and response cells merged down over their actions; numbers typed at the
#     start of the cells ("1." and "1.1"); progress as a shaded cell with a note, the colour
#     defined in a key paragraph.
# ---------------------------------------------------------------------------

BLUE, GREEN, AMBER, GREY = "9DC3E6", "A9D08E", "FFD966", "D9D9D9"


def peer_challenge_plan():
    status_of = {BLUE: "completed", GREEN: "ongoing", AMBER: "ongoing", GREY: "not-started"}
    plan = [
        ("1", "Agree a medium-term financial strategy that closes the £18.6m budget gap over the next three years, "
              "with savings plans that members own.",
         "Agreed. The Council has a good record of balancing its budget each year but has relied on reserves. A "
         "three-year strategy will give members and staff a clearer view of the choices ahead.",
         [("1.1", "Publish a refreshed medium-term financial strategy with savings proposals for 2026/27 to 2028/29.",
           "Director of Finance (s151 Officer)", "February 2026", BLUE,
           "Approved by Council on 19 February 2026.", ["Director of Finance (s151 Officer)"], "2026-02"),
          ("1.2", "Hold member workshops on each savings proposal before it goes to Cabinet.",
           "Director of Finance (s151 Officer) /\nCabinet Member for Finance", "Quarterly from April 2026", GREY,
           "", ["Director of Finance (s151 Officer)", "Cabinet Member for Finance"], "2026-04")]),
        ("2", "Strengthen the role of scrutiny so that it looks ahead at decisions before they are taken.",
         "Agreed in part. We will give scrutiny earlier sight of key decisions. We do not agree to set up a fourth "
         "scrutiny committee, which the budget does not allow.",
         [("2.1", "Send the forward plan to scrutiny chairs six weeks before each key decision.",
           "Head of Democratic Services", "From January 2026", GREEN,
           "Forward plan now shared monthly; first pre-decision item considered in February.",
           ["Head of Democratic Services"], "2026-01"),
          ("2.2", "Commission training in pre-decision scrutiny for all members of scrutiny committees.",
           "Head of Democratic Services;\nScrutiny Chairs", "31/07/2026", AMBER,
           "Provider chosen; dates not yet agreed with group whips.",
           ["Head of Democratic Services", "Scrutiny Chairs"], "2026-07-31")]),
        ("3", "Set out a clear plan for prevention in adult social care, working with Stoneweir Integrated Care Board "
              "and the voluntary sector.",
         "Agreed. This will form part of the Better Care Fund plan for 2026/27.",
         [("3.1", "Agree a joint prevention plan with Stoneweir Integrated Care Board.",
           "Director of Adult Social Care and ICB Director of Place", "By end of Q1 2026/27", AMBER,
           "Joint workshop held in January; ICB planning round has delayed the draft.",
           ["Director of Adult Social Care", "ICB Director of Place"], "2026-06"),
          ("3.2", "Extend the community connector service to all eight localities.",
           "Head of Prevention\nVoluntary Action Medlowe", "2026/27", GREY, "Depends on action 3.1.",
           ["Head of Prevention", "Voluntary Action Medlowe"], "2027-03")]),
        ("4", "Make the workforce plan a priority, with action on recruitment to social work and planning posts.",
         "We accept this recommendation. A workforce board chaired by the Chief Executive now meets monthly.",
         [("4.1", "Launch a ‘grow our own’ social work apprenticeship with 12 places a year.",
           "Assistant Chief Executive (People)", "September 2026", GREEN,
           "University partner agreed; first intake planned for September.",
           ["Assistant Chief Executive (People)"], "2026-09"),
          ("4.2", "Review market supplements for hard-to-fill posts.",
           "Head of HR", "December 2025", BLUE, "New supplements in place from 1 January 2026.",
           ["Head of HR"], "2025-12")]),
        ("5", "Communicate the Council’s priorities more clearly to staff, residents and partners.",
         "Agreed.",
         [("5.1", "Refresh the Council Plan ‘Medlowe 2030’ and publish a one-page version for staff.",
           "Assistant Chief Executive (Strategy)", "Summer 2026", GREEN,
           "Staff survey results being used to shape the draft.",
           ["Assistant Chief Executive (Strategy)"], "2026-08")]),
    ]
    rows, actions, recs = [], [], []
    for number, rec_text, response, items in plan:
        for i, (ref, text, lead, when, fill, note, owners, due) in enumerate(items):
            first = i == 0
            span = len(items)
            rec_cell = ({"text": f"**{number}.** {rec_text}", "vspan": span} if span > 1 else f"**{number}.** {rec_text}") \
                if first else "^"
            resp_cell = ({"text": response, "vspan": span} if span > 1 else response) if first else "^"
            rows.append([rec_cell, resp_cell, f"{ref} {text}", lead, when, {"text": note, "fill": fill}])
            actions.append(action(ref, text, owners, when, due, status_of[fill]))
        decision = ("partially-accepted" if response.startswith("Agreed in part") else "accepted")
        recs.append(recommendation(number, rec_text, verb=rec_text.split()[0].upper(), response=response,
                                   decision=decision))
    blocks = [
        ("p", "**MEDLOWE COUNTY COUNCIL**"),
        ("title", "Corporate Peer Challenge: Action Plan"),
        ("p", "Version 1.2 – progress updated 3 March 2026"),
        ("h", 2, "About this plan"),
        ("p", "A team of five peers from other councils, arranged by the Local Government Association, spent four days "
              "with the Council from 14 to 17 October 2025. They spoke to more than 180 councillors, staff, partners "
              "and residents. Their feedback report praised the Council’s ambition and its partnerships, and made five "
              "recommendations."),
        ("p", "The peer team said that the Council “knows its communities well and is trusted by its partners”, and "
              "recommended that it “keeps its nerve on the financial choices it will need to make”. This plan sets out "
              "our response to each recommendation and the actions we will take. Cabinet agreed the plan on 18 "
              "November 2025 and the Audit and Governance Committee receives it every quarter."),
        ("p", "**Strengths the peer team found**"),
        ("list", "bullet", 1, [
            "Strong and visible political and managerial leadership.",
            "Good relationships with the NHS, the police and the voluntary sector.",
            "A track record of delivering major capital schemes on time.",
        ]),
        ("p", "**Progress key:** the colour of the Progress cell shows where each action stands – blue: complete; "
              "green: in progress and on track; amber: in progress but at risk of slipping; grey: not yet started."),
        ("table", {"cols": [4.9, 5.2, 5.4, 3.6, 2.6, 3.8],
                   "header": ["Recommendation", "Our response", "Actions", "Lead", "Timescale", "Progress (RAG)"],
                   "header_fill": "ACB9CA", "font": 9, "rows": rows}),
        ("p", "The peer team will return for a progress review in June 2026, and their findings will be published with "
              "the next update of this plan."),
        ("p", "Contact: Corporate Policy Team, County Hall, Medlowe MD1 2AB – policy@medlowe.example – "
              "01632 960 522"),
    ]
    return {
        "name": "medlowe-corporate-peer-challenge-action-plan",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-03-03", "doc_title": "Corporate Peer Challenge: Action Plan",
                 "author": "Medlowe County Council", "landscape": True, "font": "Calibri", "size": 10.5,
                 "title_color": "44546A", "header": "Medlowe County Council – Corporate Peer Challenge 2025",
                 "footer": "Corporate Peer Challenge Action Plan – version 1.2 – 3 March 2026"},
        "blocks": blocks,
        "gold": dict(genre="corporate peer challenge action plan (Recommendation | Our response | Actions | Lead | "
                           "Timescale | Progress (RAG))", kind="action-plan",
                     title="Corporate Peer Challenge: Action Plan", authority=MCC, date="2026-03-03",
                     meeting=None, recommendations=recs, actions=actions),
        "layout": "DOCX, landscape, Calibri, running header and footer; a capitals council line; bulleted strengths "
                  "and quoted feedback (not items); a progress key in one paragraph defining four cell colours; one "
                  "table Recommendation | Our response | Actions | Lead | Timescale | Progress (RAG) with a grey-blue "
                  "header; the recommendation and response cells merged down over their actions (recommendation 5 "
                  "has one action); recommendation numbers typed in bold at the start of the cell (\"1.\"), action "
                  "refs typed at the start of the action cell (\"1.1\"); responses \"Agreed. …\", \"Agreed in part. "
                  "…\", \"We accept this recommendation. …\", \"Agreed.\"; lead cells split by \"/\" plus line break, "
                  "\";\" plus line break, a bare line break and \"and\"; timescales \"February 2026\", \"Quarterly "
                  "from April 2026\", \"From January 2026\", \"31/07/2026\", \"By end of Q1 2026/27\", \"2026/27\", "
                  "\"September 2026\", \"December 2025\", \"Summer 2026\"; progress as shaded cells with a note, "
                  "two empty.",
    }


# ---------------------------------------------------------------------------
# F3. Slide deck for a health scrutiny committee, exported to PDF (HTML → Chromium): one
#     16:9 slide per page; headline figure tiles, a waits table, "what we have done" and
#     "next steps" bullets (not actions), and a last slide "What we are asking the Committee
#     to do" with three bullets.
# ---------------------------------------------------------------------------

SLIDE_CSS = """
@page { size: 338.7mm 190.5mm; margin: 0; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Liberation Sans', 'DejaVu Sans', sans-serif; color: #1d2b36; }
.slide { width: 338.7mm; height: 190.5mm; position: relative; overflow: hidden; page-break-after: always;
         padding: 16mm 20mm 18mm 20mm; }
.slide:last-child { page-break-after: auto; }
.bar { position: absolute; left: 0; top: 0; width: 100%; height: 7mm; background: #005EB8; }
.slide h2 { font-size: 27pt; color: #005EB8; margin: 2mm 0 8mm 0; }
.slide li { font-size: 19pt; margin: 0 0 5mm 0; line-height: 1.25; }
.slide p { font-size: 19pt; margin: 0 0 5mm 0; line-height: 1.25; }
.foot { position: absolute; left: 20mm; right: 20mm; bottom: 7mm; font-size: 10pt; color: #5b6770;
        border-top: 0.6pt solid #9aa5ad; padding-top: 2mm; }
.foot span { float: right; }
.title-slide { background: #005EB8; color: #fff; }
.title-slide h1 { font-size: 36pt; margin: 30mm 0 10mm 0; line-height: 1.15; }
.title-slide p { font-size: 18pt; margin: 0 0 4mm 0; }
.title-slide .foot { color: #dfe9f5; border-top-color: #dfe9f5; }
.tiles { display: flex; gap: 8mm; }
.tile { flex: 1; background: #E8EDEE; border-top: 3mm solid #41B6E6; padding: 6mm; min-height: 70mm; }
.tile .big { font-size: 40pt; font-weight: bold; color: #005EB8; margin: 0 0 3mm 0; }
.tile .small { font-size: 14pt; margin: 0; }
table.waits { border-collapse: collapse; width: 100%; font-size: 15pt; }
table.waits th { background: #005EB8; color: #fff; text-align: left; padding: 2.5mm 4mm; }
table.waits td { border-bottom: 0.6pt solid #9aa5ad; padding: 2.5mm 4mm; }
table.waits td.n { text-align: right; }
.quote { font-size: 22pt; font-style: italic; border-left: 3mm solid #41B6E6; padding-left: 8mm; margin: 8mm 0; }
.ask { background: #FFF5D6; border: 1pt solid #E5B000; padding: 6mm 9mm; }
"""


def slide_deck():
    footer = "Stoneweir Integrated Care Board  |  Stoneweir Community Health NHS Trust"
    asks = [
        ("note the progress made in reducing waits for community health services since the Committee’s last review in "
         "September 2025;", "NOTE"),
        ("comment on the priorities for 2026/27 set out on slide 7; and", "COMMENT"),
        ("agree to receive a further update on children’s community therapy waits at its meeting in September 2026.",
         "AGREE"),
    ]

    def slide(number, body, cls=""):
        return (f'<div class="slide {cls}"><div class="bar"></div>{body}'
                f'<div class="foot">{esc(footer)}<span>{number}</span></div></div>')

    def bullets(items):
        return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"

    slides = [
        slide(1, '<h1>Community health services in Medlowe:<br>waiting times and recovery</h1>'
                 '<p>Medlowe County Council Health and Adult Social Care Scrutiny Committee</p>'
                 '<p>4 March 2026</p>'
                 '<p>Chief Operating Officer, Stoneweir Community Health NHS Trust<br>'
                 'Director of Place (Medlowe), Stoneweir Integrated Care Board</p>', "title-slide"),
        slide(2, "<h2>Why we are here</h2>" + bullets([
            "In September 2025 the Committee asked for an update on waits for community health services.",
            "This presentation covers adult and children’s community services run by Stoneweir Community Health NHS "
            "Trust and commissioned by the ICB.",
            "It does not cover mental health services, which the Committee will consider in June.",
        ])),
        slide(3, "<h2>Headline figures – January 2026</h2>"
                 '<div class="tiles">'
                 '<div class="tile"><p class="big">4,212</p><p class="small">people waiting for a community service '
                 '(down from 5,380 in June 2025)</p></div>'
                 '<div class="tile"><p class="big">78%</p><p class="small">of urgent community response referrals seen '
                 'within 2 hours (national standard 70%)</p></div>'
                 '<div class="tile"><p class="big">61%</p><p class="small">of children seen by community therapy '
                 'within 18 weeks</p></div>'
                 '<div class="tile"><p class="big">96</p><p class="small">people waiting more than 52 weeks, all '
                 'for children’s therapy</p></div></div>'),
        slide(4, "<h2>Waits by service</h2>"
                 '<table class="waits"><tr><th>Service</th><th>Waiting (Jun 2025)</th><th>Waiting (Jan 2026)</th>'
                 '<th>Median wait</th><th>Longest wait</th></tr>'
                 '<tr><td>Adult musculoskeletal physiotherapy</td><td class="n">1,904</td><td class="n">1,310</td>'
                 '<td class="n">9 weeks</td><td class="n">31 weeks</td></tr>'
                 '<tr><td>Podiatry</td><td class="n">1,122</td><td class="n">874</td><td class="n">11 weeks</td>'
                 '<td class="n">38 weeks</td></tr>'
                 '<tr><td>Children’s speech and language therapy</td><td class="n">1,416</td><td class="n">1,288</td>'
                 '<td class="n">24 weeks</td><td class="n">71 weeks</td></tr>'
                 '<tr><td>Children’s occupational therapy</td><td class="n">508</td><td class="n">463</td>'
                 '<td class="n">29 weeks</td><td class="n">64 weeks</td></tr>'
                 '<tr><td>Wheelchair service</td><td class="n">430</td><td class="n">277</td><td class="n">8 weeks</td>'
                 '<td class="n">22 weeks</td></tr></table>'
                 "<p style=\"font-size:12pt\">Source: Stoneweir Community Health NHS Trust community waiting list, "
                 "snapshot on the last day of the month.</p>"),
        slide(5, "<h2>What we have done since September</h2>" + bullets([
            "Opened two extra physiotherapy clinics a week at Castle Hythe Community Hospital.",
            "Moved podiatry follow-ups for low-risk patients to a patient-initiated model.",
            "Recruited 4.6 whole-time equivalent speech and language therapists, with 2 more starting in April.",
            "Sent every family on the children’s therapy waiting list a ‘waiting well’ pack with advice and a "
            "named contact.",
        ])),
        slide(6, "<h2>What families told us</h2>"
                 '<p class="quote">“Once we had a name and a number to ring, the wait felt less like being forgotten.”'
                 '</p><p style="font-size:15pt">Parent of a child waiting for speech and language therapy, Medlowe '
                 'Parent Carer Forum survey, December 2025 (212 responses)</p>'),
        slide(7, "<h2>Next steps: our priorities for 2026/27</h2>" + bullets([
            "Bring the longest wait for children’s therapy below 52 weeks by September 2026.",
            "Offer speech and language therapy drop-in sessions in family hubs from May 2026.",
            "Extend the urgent community response service to 10pm, seven days a week.",
            "Publish waiting times for every community service on the Trust’s website each month.",
        ])),
        slide(8, "<h2>What we are asking the Committee to do</h2>"
                 '<div class="ask"><p>The Committee is asked to:</p>' + bullets([a for a, _ in asks]) + "</div>"
                 '<p style="font-size:14pt;margin-top:8mm">Contact: Director of Place (Medlowe), Stoneweir ICB – '
                 'medlowe.place@stoneweir-icb.example – 01632 960 571</p>'),
    ]
    page = (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f'<title>Community health services in Medlowe: waiting times and recovery</title>'
            f'<style>{SLIDE_CSS}</style></head><body>{"".join(slides)}</body></html>')
    recs = [recommendation(None, text, verb=verb, addressee="Committee") for text, verb in asks]
    return {
        "name": "stoneweir-icb-health-scrutiny-slides-community-waits",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Community health services in Medlowe: waiting times and recovery",
                 "deep_f_html": page},
        "blocks": [],
        "gold": dict(genre="slide deck for a health scrutiny committee exported to PDF (headline figures, next "
                           "steps, a closing slide of what the committee is asked to do)", kind="committee-report",
                     title="Community health services in Medlowe: waiting times and recovery", authority=ICB,
                     date="2026-03-04", meeting="Health and Adult Social Care Scrutiny Committee",
                     recommendations=recs),
        "layout": "PDF (HTML written in the module → Chromium), eight 16:9 landscape slides, one per page, Liberation "
                  "Sans; a blue title slide (title on two lines, committee, date, presenters by role); a bar across "
                  "the top and a footer with the two NHS bodies and the slide number on every slide; bullets; four "
                  "headline-figure tiles; a waits table with a blue header; a quote; \"Next steps\" bullets with dates "
                  "but no owners (not actions); a last slide with a shaded box \"The Committee is asked to:\" and "
                  "three bullets (lower-case verbs, \"; and\"), then a contact line.",
    }


# ---------------------------------------------------------------------------
# F4. Domestic Homicide Review action plan (PDF via LibreOffice, landscape, 8.5 pt table):
#     Recommendation | Scope | Action to take | Lead agency | Key milestones | Target date |
#     Date of completion and outcome, the recommendation and scope cells merged down over
#     their actions; overview-report and single-agency tables; no action refs.
# ---------------------------------------------------------------------------


def dhr_action_plan():
    # (number, recommendation, verb, addressee, scope, [(action, lead, owners, milestones, target, due,
    #  completion, status)])
    overview = [
        ("1", "Medlowe Community Safety Partnership to ensure that domestic abuse training for all partner agencies "
              "covers economic abuse and coercive control in relationships between older people.",
         "ENSURE", "Medlowe Community Safety Partnership", "Local",
         [("Add a module on economic abuse and older people to the multi-agency domestic abuse training programme.",
           "Medlowe Community Safety Partnership", ["Medlowe Community Safety Partnership"],
           "Module written (Oct 2025)\nFirst course delivered (Jan 2026)", "31/01/2026", "2026-01-31",
           "Completed 22/01/2026 – 46 practitioners trained on the first course.", "completed"),
          ("Include older victims in the next domestic abuse awareness campaign.",
           "Medlowe County Council Communications /\nMedlowe Police",
           ["Medlowe County Council Communications", "Medlowe Police"],
           "Campaign materials tested with Age UK Medlowe", "Nov 2025", "2025-11",
           "Completed 25/11/2025 – campaign ran during the 16 Days of Action.", "completed")]),
        ("2", "GP practices in Medlowe should ask about domestic abuse when a patient aged over 60 presents with "
              "unexplained injuries or a change in behaviour.",
         "ASK", "GP practices in Medlowe", "Local",
         [("Roll out the IRIS domestic abuse training and referral programme to the remaining 19 GP practices.",
           "Stoneweir Integrated Care Board", ["Stoneweir Integrated Care Board"],
           "Funding agreed\n10 practices trained by March 2026", "Q2 2026/27", "2026-09",
           "In progress – 6 of 19 practices trained.", "ongoing")]),
        ("3", "Stoneweir Community Health NHS Trust should make routine enquiry about domestic abuse part of every "
              "district nursing assessment.",
         "MAKE", "Stoneweir Community Health NHS Trust", "Local",
         [("Add routine enquiry questions to the district nursing assessment template and audit their use after six "
           "months.",
           "Stoneweir Community Health NHS Trust – Head of Safeguarding",
           ["Stoneweir Community Health NHS Trust – Head of Safeguarding"],
           "Template changed\nAudit of 50 records", "April 2026", "2026-04", "", None)]),
        ("4", "The Regional Domestic Abuse Partnership Board should review how the risk identification checklist is "
              "used with victims aged over 65.",
         "REVIEW", "Regional Domestic Abuse Partnership Board", "Regional",
         [("Raise the recommendation at the regional board and ask for a task group.",
           "Chair, Medlowe Community Safety Partnership", ["Chair, Medlowe Community Safety Partnership"],
           "Item on the regional board agenda", "Dec 2025", "2025-12",
           "Completed 04/12/2025 – the regional board has set up a task group, which will report in summer 2026.",
           "completed")]),
        ("5", "The Home Office should update the statutory guidance on Domestic Homicide Reviews to include a section "
              "on older victims and on adult family members who cause harm.",
         "UPDATE", "Home Office", "National",
         [("Write to the Home Office with this recommendation when the overview report is submitted.",
           "Medlowe Community Safety Manager", ["Medlowe Community Safety Manager"],
           "", "31 October 2025", "2025-10-31",
           "Completed 17/10/2025 – letter sent; acknowledgement received.", "completed")]),
    ]
    single = [
        ("SA1", "Review how the risk identification checklist is completed when the victim and the person causing harm "
                "are both over 65.",
         "REVIEW", None, "Local",
         [("Issue a briefing to response officers and add a prompt about older victims to the risk checklist.",
           "Medlowe Police", ["Medlowe Police"], "Briefing issued\nForm changed", "Mar 2026", "2026-03",
           "Not started – waiting for the national replacement of the checklist to be confirmed.", "not-started")]),
        ("SA2", "Adult social care to check for domestic abuse whenever a carer declines a carer’s assessment.",
         "CHECK", "Adult social care", "Local",
         [("Change the carer’s assessment recording form so that a declined assessment prompts a question about "
           "domestic abuse.",
           "Medlowe County Council Adult Social Care", ["Medlowe County Council Adult Social Care"],
           "Form change agreed\nIT change tested", "TBC", None,
           "Ongoing – form change agreed; IT work scheduled.", "ongoing")]),
        ("SA3", "Stoneweir Integrated Care Board should share the learning from this review with all community "
                "pharmacists in Medlowe.",
         "SHARE", "Stoneweir Integrated Care Board", "Local",
         [("Include the learning in the ICB safeguarding newsletter for community pharmacy.",
           "Stoneweir ICB Designated Safeguarding Professionals", ["Stoneweir ICB Designated Safeguarding Professionals"],
           "", "Jan 2026", "2026-01", "Completed 15/01/2026.", "completed")]),
    ]
    header = ["Recommendation", "Scope (local / regional / national)", "Action to take", "Lead agency",
              "Key milestones", "Target date", "Date of completion and outcome"]
    recs, actions = [], []

    def table_rows(group, theme):
        rows = []
        for number, text, verb, addressee, scope, items in group:
            span = len(items)
            recs.append(recommendation(number, text, verb=verb, addressee=addressee, theme=theme))
            for i, (act, lead, owners, milestones, target, due, done, status) in enumerate(items):
                if i == 0:
                    rec_cell = {"text": f"**{number}** {text}"}
                    scope_cell = {"text": scope}
                    if span > 1:
                        rec_cell["vspan"] = span
                        scope_cell["vspan"] = span
                    row = [rec_cell, scope_cell]
                else:
                    row = ["^", "^"]
                rows.append(row + [act, lead, milestones, target, done])
                actions.append(action(None, act, owners, target or None, due, status))
        return rows

    theme_1 = "Overview report recommendations"
    theme_2 = "Single agency recommendations"
    rows_1 = table_rows(overview, theme_1)
    rows_2 = table_rows(single, theme_2)
    cols = [5.6, 2.0, 5.0, 3.6, 3.4, 2.2, 3.9]
    blocks = [
        ("p", "**Medlowe Community Safety Partnership**"),
        ("title", "Domestic Homicide Review ‘Adele’ (DHR 2024/02): Action Plan"),
        ("table", {"cols": [4.0, 9.0, 4.0, 8.7], "borders": True, "font": 9.5, "rows": [
            [{"text": "Review panel chair", "bold": True, "fill": "E4DFEC"}, "Independent chair (J.M.)",
             {"text": "Overview report submitted", "bold": True, "fill": "E4DFEC"}, "16 October 2025"],
            [{"text": "Plan owner", "bold": True, "fill": "E4DFEC"}, "Medlowe Community Safety Partnership Board",
             {"text": "Plan updated", "bold": True, "fill": "E4DFEC"}, "20 January 2026"],
        ]}),
        ("p", "Adele (a name chosen by her family) was 74 when she was killed by her adult son in her home in March 2024. "
              "The Medlowe Community Safety Partnership commissioned this review under section 9 of the Domestic "
              "Violence, Crime and Victims Act 2004. The Partnership offers its condolences to Adele’s family and "
              "thanks them for their part in the review."),
        ("p", "The review panel examined the involvement of eleven agencies between April 2021 and March 2024. Its "
              "key lines of enquiry were:"),
        ("list", "(a)", 1, [
            "how agencies recognised domestic abuse by an adult son against his mother;",
            "whether Adele’s age affected the way risk was assessed;",
            "how carers’ assessments and adult safeguarding procedures were used.",
        ]),
        ("p", "The overview report makes five recommendations for partners locally, regionally and nationally. Agencies "
              "that took part in the review also made their own single agency recommendations; three of them are "
              "included below because they need support from other partners. Progress is reported to every meeting of "
              "the Partnership Board. An action is closed only when the Board has seen evidence of its outcome."),
        ("h", 2, theme_1),
        ("table", {"cols": cols, "header": header, "header_fill": "CDBFE3", "font": 8.5, "rows": rows_1}),
        ("h", 2, theme_2),
        ("table", {"cols": cols, "header": header, "header_fill": "CDBFE3", "font": 8.5, "rows": rows_2}),
        ("p", "If you are affected by domestic abuse, Medlowe Domestic Abuse Service can be contacted on 01632 960 588, "
              "24 hours a day. Questions about this plan: Community Safety Team, County Hall, Medlowe MD1 2AB – "
              "community.safety@medlowe.example – 01632 960 580."),
    ]
    return {
        "name": "medlowe-domestic-homicide-review-adele-action-plan",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-20", "doc_title": "DHR 2024/02 Action Plan",
                 "author": "Medlowe Community Safety Partnership", "landscape": True, "font": "Liberation Sans",
                 "size": 10, "title_color": "5B2C6F", "header": "OFFICIAL",
                 "footer": "Medlowe Community Safety Partnership – DHR 2024/02 action plan – updated 20 January 2026"},
        "blocks": blocks,
        "gold": dict(genre="Domestic Homicide Review action plan (Recommendation | Scope | Action to take | Lead agency | "
                           "Key milestones | Target date | Date of completion and outcome)", kind="action-plan",
                     title="Domestic Homicide Review ‘Adele’ (DHR 2024/02): Action Plan", authority=MCC,
                     date="2026-01-20", meeting=None, recommendations=recs, actions=actions),
        "layout": "PDF (python-docx → LibreOffice), landscape, Liberation Sans, italic \"OFFICIAL\" running header and a "
                  "footer; a bold partnership line; a four-column details table with lilac label cells; lettered (a)–(c) "
                  "key lines of enquiry (Word numbering, not items); two tables with a lilac header, \"Overview report "
                  "recommendations\" (1–5) and \"Single agency recommendations\" (SA1–SA3), columns Recommendation | "
                  "Scope (local / regional / national) | Action to take | Lead agency | Key milestones | Target date | "
                  "Date of completion and outcome; the recommendation (number in bold at the start) and scope cells "
                  "merged down over two actions for recommendation 1; no action refs; recommendations as \"X to V …\", "
                  "\"X should V …\" and imperatives; lead cells with \"/\" plus line break, an en dash and a comma "
                  "inside a role; milestones as line lists, two empty; target dates \"31/01/2026\", \"Nov 2025\", "
                  "\"Q2 2026/27\", \"April 2026\", \"Dec 2025\", \"31 October 2025\", \"Mar 2026\", \"TBC\", "
                  "\"Jan 2026\"; outcome cells opening \"Completed dd/mm/yyyy\", \"In progress –\", \"Not started –\", "
                  "\"Ongoing –\", and one empty; a helpline and contact line.",
    }


# ---------------------------------------------------------------------------
# F5. NHS trust board paper with a cover sheet (DOCX): a cover table whose purpose row has
#     three tick-box cells (Approval ☒ / Assurance ☐ / Information ☐), a shaded
#     "Recommendation:" row with one "The Board is asked to …" sentence, an executive summary
#     and a risk and assurance table (not items); then the paper after a page break, with
#     typed 1.1 … paragraphs, an establishment table and the recommendation repeated as 7.1.
# ---------------------------------------------------------------------------


def trust_board_paper():
    label = lambda text: {"text": text, "bold": True, "fill": "DCE6F2"}  # noqa: E731
    rec = ("The Board is asked to APPROVE the community nursing establishment for 2026/27 of 612.4 whole-time "
           "equivalent posts, an increase of 18.6, and to NOTE that the additional cost of £1.1 million is included in "
           "the draft financial plan.")
    title = "Community Nursing Safe Staffing Review: Establishment for 2026/27"
    blocks = [
        ("p", "**Stoneweir Community Health NHS Trust**"),
        ("table", {"cols": [4.2, 4.2, 4.3, 4.3], "borders": True, "font": 10, "rows": [
            [label("Meeting"), "Trust Board (meeting in public)", label("Date"), "29 January 2026"],
            [label("Agenda item"), "11", label("Report title"), title],
            [label("Executive lead"), "Chief Nurse", label("Report author"), "Deputy Chief Nurse – Workforce (R.P.)"],
            [label("Purpose of the report"), "Approval ☒", "Assurance ☐", "Information ☐"],
            [{"text": "Recommendation:", "bold": True, "fill": "DCE6F2", "span": 4}, "<", "<", "<"],
            [{"text": rec, "span": 4}, "<", "<", "<"],
            [{"text": "Executive summary", "bold": True, "fill": "DCE6F2", "span": 4}, "<", "<", "<"],
            [{"text": "Twice a year the Trust reviews the number and skill mix of staff it needs in each community "
                      "nursing team, as the National Quality Board requires. The review in November 2025 used the "
                      "Community Nursing Safer Staffing Tool in all 24 district nursing teams. It found that caseloads "
                      "in the Castle Hythe and Stoneweir North teams are above the safe level on most days, and that "
                      "the teams rely on bank staff for 14% of their hours. The review proposes 18.6 more whole-time "
                      "equivalent posts, mostly band 5 and band 6 nurses, phased in from April 2026.", "span": 4},
             "<", "<", "<"],
            [label("Previously considered by"), {"text": "People and Culture Committee, 15 January 2026 – supported the "
                                                         "recommendation.", "span": 3}, "<", "<"],
        ]}),
        ("p", "**Risk and assurance**"),
        ("table", {"cols": [4.2, 6.6, 2.4, 3.8], "borders": True, "font": 9.5,
                   "header": ["Area", "Link or impact", "Score", "Level of assurance"], "header_fill": "DCE6F2",
                   "rows": [
                       ["Board Assurance Framework", "BAF 3: We cannot recruit and keep enough staff to deliver safe "
                                                     "care in the community.", "16 (target 8)", "Partial"],
                       ["Corporate risk register", "CRR 112: District nursing caseloads exceed the safe level in two "
                                                   "teams.", "15", "Partial"],
                       ["Quality and safety", "Missed and delayed visits fell from 3.1% to 1.9% in the teams given "
                                              "temporary posts in 2025.", "–", "Reasonable"],
                       ["Equality", "Equality impact assessment completed; no adverse impact found.", "–", "Substantial"],
                       ["Finance", "£1.1 million a year from 2026/27, included in the draft financial plan.", "–",
                        "Reasonable"],
                       ["Regulation", "CQC Regulation 18 (Staffing).", "–", "–"],
                   ]}),
        ("break",),
        ("title", title),
        ("h", 2, "1. Introduction"),
        ("p", "1.1\tThe National Quality Board expects every NHS trust board to receive a review of nursing staffing "
              "twice a year and to approve the establishment once a year. This paper reports the review carried out "
              "in November 2025 and asks the Board to approve the establishment for 2026/27."),
        ("h", 2, "2. Method"),
        ("p", "2.1\tEach of the 24 district nursing teams recorded the care needed by every patient on its caseload for "
              "20 working days, using the Community Nursing Safer Staffing Tool. The results were tested against "
              "professional judgement in a workshop with team leaders on 4 December 2025."),
        ("p", "2.2\tNHS England recommends that community trusts use the tool alongside professional judgement rather "
              "than on its own. The Trust has done so."),
        ("h", 2, "3. Findings"),
        ("table", {"cols": [5.0, 3.0, 3.0, 3.0, 3.0], "borders": True, "font": 9.5, "header_fill": "DCE6F2",
                   "header": ["Locality", "Funded WTE 2025/26", "Required WTE", "Difference", "Bank use"],
                   "rows": [
                       ["Stoneweir North", "118.2", "125.9", "+7.7", "17%"],
                       ["Stoneweir South", "104.6", "105.1", "+0.5", "9%"],
                       ["Castle Hythe", "96.4", "104.8", "+8.4", "19%"],
                       ["Medlowe Rural", "133.1", "135.1", "+2.0", "11%"],
                       ["Specialist teams", "141.5", "141.5", "0.0", "6%"],
                       ["**Total**", "**593.8**", "**612.4**", "**+18.6**", "**14%**"],
                   ]}),
        ("p", "3.1\tTwo localities need substantially more staff. In Castle Hythe the number of patients needing "
              "complex wound care has risen by 22% in two years, and in Stoneweir North the caseload has grown with new "
              "housing."),
        ("p", "3.2\tThe Medlowe Rural teams report long travel times. The review team recommends that travel time is "
              "measured by the new scheduling system before any further change is proposed there."),
        ("h", 2, "4. Workforce supply"),
        ("p", "4.1\tThe Trust expects to recruit 31 newly qualified nurses from the University of Medlowe in September "
              "2026. The 18.6 new posts would be filled from this intake and from international recruitment, reducing "
              "bank use."),
        ("h", 2, "5. Financial implications"),
        ("p", "5.1\tThe full-year cost of the additional posts is £1.1 million, offset in part by an expected £0.4 "
              "million reduction in bank spending. The cost is included in the draft financial plan for 2026/27 that "
              "the Board will consider in March."),
        ("h", 2, "6. Next steps"),
        ("p", "6.1\tIf the Board approves the establishment, posts will be advertised from February 2026 and the next "
              "six-monthly review will be presented to the Board in July 2026."),
        ("h", 2, "7. Recommendation"),
        ("p", "7.1\t" + rec),
        ("p", "Chief Nurse, January 2026"),
    ]
    return {
        "name": "stoneweir-community-health-trust-board-nurse-staffing-paper",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-01-22", "doc_title": title, "author": "Stoneweir Community Health NHS Trust",
                 "font": "Arial", "size": 10.5, "title_color": "005EB8", "box_width": 17,
                 "header": "Trust Board (public) – 29 January 2026 – Item 11",
                 "footer": "Stoneweir Community Health NHS Trust"},
        "blocks": blocks,
        "gold": dict(genre="NHS trust board paper with a cover sheet (purpose tick boxes, \"Recommendation: The Board "
                           "is asked to …\", risk and assurance table)", kind="committee-report", title=title,
                     authority="Stoneweir Community Health NHS Trust", date="2026-01-29", meeting="Trust Board",
                     recommendations=[recommendation(None, rec, verb="APPROVE", addressee="Board")]),
        "layout": "DOCX, Arial, Word heading styles, italic running header and a footer; a bold trust line; a four-column "
                  "bordered cover table with blue-shaded labels (Meeting / Date / Agenda item / Report title / Executive "
                  "lead / Report author), a purpose row with three tick-box cells (Approval ☒ / Assurance ☐ / "
                  "Information ☐), a shaded \"Recommendation:\" row spanning four columns above one \"The Board is asked "
                  "to APPROVE … and to NOTE …\" sentence, an executive summary row and a \"Previously considered by\" row; "
                  "a risk and assurance table Area | Link or impact | Score | Level of assurance (not items); a page "
                  "break, then the paper with typed 1.1–7.1 paragraphs (tab after the number), an establishment table "
                  "with a bold total row, \"NHS England recommends that …\" and \"The review team recommends that …\" "
                  "sentences (not items), and the recommendation repeated word for word as 7.1 (listed once).",
    }


# ---------------------------------------------------------------------------
# F6. Director of Public Health annual report in two columns (HTML with CSS columns →
#     Chromium): a cover page, chapters flowing in two columns, a "Recommendations" call-out
#     box in the chapter's colour at the end of each chapter (numbered 1–6 across chapters,
#     each with a "Who:" line), figure boxes and quotes, and a table of progress on the 2024
#     report's recommendations (No. | 2024 recommendation | Led by | What has happened |
#     Progress) with a progress key.
# ---------------------------------------------------------------------------

DPH_CSS = """
@page { size: A4 portrait; margin: 16mm 15mm 18mm 15mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.4pt; line-height: 1.38; color: #222; margin: 0; }
.cover { height: 255mm; background: #0B6E69; color: #fff; padding: 30mm 18mm; box-sizing: border-box;
         page-break-after: always; }
.cover .kicker { font-size: 14pt; letter-spacing: 0.5pt; margin: 0 0 10mm 0; }
.cover h1 { font-size: 38pt; line-height: 1.1; margin: 0 0 14mm 0; }
.cover p { font-size: 12pt; margin: 0 0 4mm 0; }
.chapter { page-break-before: always; }
.chapter.first { page-break-before: auto; }
.chapter h2 { font-size: 19pt; margin: 0 0 2mm 0; }
.chapter .strap { font-size: 11pt; margin: 0 0 5mm 0; color: #555; }
.cols { column-count: 2; column-gap: 8mm; column-fill: balance; }
.cols p { margin: 0 0 2.6mm 0; text-align: left; }
.cols h3 { font-size: 11pt; margin: 3mm 0 1.6mm 0; break-after: avoid; }
.callout { break-inside: avoid; padding: 3mm 4mm; margin: 3mm 0 3mm 0; border-radius: 2mm; }
.callout h4 { margin: 0 0 2mm 0; font-size: 11pt; }
.callout .rec { margin: 0 0 1mm 0; }
.callout .who { margin: 0 0 2.6mm 0; font-size: 8.4pt; font-style: italic; }
.fig { break-inside: avoid; background: #F2F2F2; border-left: 1.4mm solid #999; padding: 2.4mm 3.4mm;
       margin: 2mm 0 3mm 0; font-size: 8.8pt; }
.fig table { border-collapse: collapse; width: 100%; }
.fig td { padding: 0.8mm 1mm; border-bottom: 0.4pt solid #bbb; }
.fig td.n { text-align: right; }
blockquote { margin: 2mm 0 3mm 0; padding: 0 0 0 3.4mm; border-left: 1mm solid #bbb; font-style: italic; break-inside: avoid; }
table.progress { border-collapse: collapse; width: 100%; font-size: 8.8pt; margin: 3mm 0; }
table.progress th { background: #404040; color: #fff; text-align: left; padding: 1.6mm 2mm; }
table.progress td { border: 0.5pt solid #888; padding: 1.6mm 2mm; vertical-align: top; }
table.progress tr { break-inside: avoid; }
.footer-note { font-size: 8.4pt; color: #555; border-top: 0.5pt solid #999; padding-top: 2mm; margin-top: 5mm; }
"""


def dph_report():
    # Chapters: (number, title, strap, colour, light colour, html body before the call-out,
    #            [(recommendation, verb, addressee, who line, owners)], html after)
    chapters = [
        ("1", "An ageing county", "Medlowe is getting older faster than England as a whole", "0B6E69", "DDF0EE",
         [
             "<h3>Who lives in Medlowe</h3>",
             "<p>Medlowe has 512,000 residents. One in four (24%) is aged 65 or over, compared with 19% in England. By "
             "2036 we expect 41,000 more people aged 75 or over, an increase of 58%. Most of this growth will be in the "
             "market towns and the villages around them, where bus services are thinnest.</p>",
             '<div class="fig"><b>Figure 1: People aged 75 and over</b><table>'
             '<tr><td>2016</td><td class="n">48,600</td></tr><tr><td>2026</td><td class="n">70,900</td></tr>'
             '<tr><td>2036 (projected)</td><td class="n">111,900</td></tr></table>'
             "Source: ONS mid-year estimates and 2022-based projections.</div>",
             "<p>Life expectancy at 65 is 20.1 years for men and 22.4 years for women, but on average 8.6 of those "
             "years are spent in poor health. The gap between our most and least deprived wards is 6.2 years of "
             "healthy life for women.</p>",
             "<h3>Why this matters</h3>",
             "<p>Living longer is a success. But the number of people who need help with daily living will rise "
             "faster than the number of working-age people who provide care, paid and unpaid. The choices we make "
             "in the next ten years about housing, transport and prevention will decide whether those extra years "
             "are healthy ones.</p>",
             "<h3>What we are already doing</h3>",
             "<p>The Council and the ICB agreed a joint Ageing Well Strategy in 2024. Its first year has brought a "
             "single falls and frailty dashboard for the county, a review of day opportunities, and an agreement "
             "with the four district councils to share housing need data. The Health and Wellbeing Board receives "
             "a progress report every six months.</p>",
             "<p>Our local population projections have been published on the Medlowe Insight website, broken down "
             "by ward, so that anyone planning services can use them.</p>",
         ],
         [("Medlowe County Council and Stoneweir ICB should use the population projections in this report when they "
           "plan extra care housing and community services for 2026–2036.",
           "USE", "Medlowe County Council and Stoneweir ICB",
           "Medlowe County Council Adult Social Care; Stoneweir ICB",
           ["Medlowe County Council Adult Social Care", "Stoneweir ICB"]),
          ("District councils should adopt the Age Friendly Communities framework in their next local plans.",
           "ADOPT", "District councils", "District and borough councils", ["District and borough councils"])],
         []),
        ("2", "Staying active and connected", "Moving more and keeping in touch protect health at every age",
         "7A3E9D", "EFE6F5",
         [
             "<h3>Activity</h3>",
             "<p>Only 41% of Medlowe residents aged 65 or over do the recommended 150 minutes of activity a week, and "
             "fewer than one in five do strength and balance exercise twice a week. Activity falls most sharply after "
             "retirement and after a bereavement.</p>",
             "<blockquote>“The walking group got me out of the house after my husband died. Now I lead it on "
             "Tuesdays.” – member of a Castle Hythe walking group</blockquote>",
             "<h3>Loneliness</h3>",
             "<p>In our 2025 residents’ survey, 11% of people aged 75 or over said they felt lonely often or always. "
             "Loneliness was twice as common among people who did not drive and among carers. Community groups told "
             "us that the loss of rural bus routes has cut people off from lunch clubs and day centres.</p>",
             "<p>Social prescribing link workers in our primary care networks saw 6,300 people in 2024/25; half were "
             "over 65. Where a link worker was based in the practice, referrals were three times higher.</p>",
             "<h3>What we are already doing</h3>",
             "<p>Active Medlowe runs 64 strength and balance classes a week, but only 9 are outside the three main "
             "towns. The Council’s community transport grant has kept four rural routes running to lunch clubs, and "
             "the library service’s home delivery scheme now reaches 1,150 people.</p>",
             '<div class="fig"><b>Did you know?</b> Two sessions a week of strength and balance exercise for six '
             "months can reduce falls by up to a third.</div>",
         ],
         [("Make strength and balance classes available for free or at low cost in every market town.",
           "MAKE", None, "Medlowe County Council Public Health / Active Medlowe",
           ["Medlowe County Council Public Health", "Active Medlowe"]),
          ("GP practices should offer a social prescribing conversation to every patient aged over 75 who lives alone.",
           "OFFER", "GP practices", "Primary care networks", ["Primary care networks"])],
         []),
        ("3", "Falls and frailty", "Most falls can be prevented, and the first fall is a warning", "B5472B", "F8E4DE",
         [
             "<h3>The size of the problem</h3>",
             "<p>Each year about one in three people aged 65 or over in Medlowe has a fall. In 2024/25 there were 2,940 "
             "emergency admissions to hospital after a fall, and 690 hip fractures. A hip fracture costs the NHS and "
             "social care about £28,000, and one in four people who break a hip does not return home.</p>",
             "<p>NICE recommends that older people who present for medical attention because of a fall are offered a "
             "multifactorial falls risk assessment. In Medlowe only 38% of people admitted after a fall had one "
             "recorded within six months.</p>",
             "<h3>What works</h3>",
             "<p>The falls pick-up service run by the community trust and the ambulance service since 2023 reached "
             "81% of non-injured fallers within an hour on weekdays, and avoided an estimated 410 conveyances to "
             "hospital. It does not run at weekends, when a third of calls are made.</p>",
             "<p>Home hazard checks, handrails and better lighting reduce falls by about a fifth among people who "
             "have already fallen.</p>",
             "<blockquote>“I didn’t tell anyone about my first fall. By the third I couldn’t get up.” – resident, "
             "aged 82, Stoneweir</blockquote>",
             "<h3>What we are already doing</h3>",
             "<p>The community trust’s falls service assessed 1,870 people in 2024/25. Medlowe Fire and Rescue "
             "Service now includes a falls question in every safe and well visit, and made 640 onward referrals in "
             "the year. The Home Improvement Agency fitted 2,300 grab rails and stair rails.</p>",
         ],
         [("Stoneweir Community Health NHS Trust and the ambulance service should extend the falls pick-up service to "
           "seven days a week.",
           "EXTEND", "Stoneweir Community Health NHS Trust and the ambulance service",
           "Stoneweir Community Health NHS Trust; Stoneweir and Vale Ambulance Service",
           ["Stoneweir Community Health NHS Trust", "Stoneweir and Vale Ambulance Service"]),
          ("Everyone aged 65 or over who has had a fall should be offered a home hazard check within four weeks.",
           None, None, "Medlowe Fire and Rescue Service and Medlowe Home Improvement Agency",
           ["Medlowe Fire and Rescue Service", "Medlowe Home Improvement Agency"])],
         []),
    ]
    # Last year's recommendations (2024 report on healthy weight in children).
    progress_key = {"Achieved": "completed", "Partly achieved": "ongoing", "Not yet achieved": "not-started"}
    previous = [
        ("1", "Schools should join the Daily Mile programme.", "JOIN", "Schools",
         "Medlowe County Council Public Health", ["Medlowe County Council Public Health"],
         "142 of 210 primary schools now take part, up from 96 in 2024.", "Partly achieved"),
        ("2", "Adopt a healthier food advertising policy for council-owned sites.", "ADOPT", None,
         "Medlowe County Council", ["Medlowe County Council"],
         "The policy was adopted by Cabinet in March 2025 and applies to all new advertising contracts.", "Achieved"),
        ("3", "Commission a family weight management service for children aged 4 to 11.", "COMMISSION", None,
         "Medlowe County Council Public Health / Stoneweir ICB",
         ["Medlowe County Council Public Health", "Stoneweir ICB"],
         "Funding has not been found; the service will be considered in the 2026/27 budget.", "Not yet achieved"),
        ("4", "Train health visitors to talk about healthy weight at the two-year review.", "TRAIN", None,
         "Stoneweir Community Health NHS Trust", ["Stoneweir Community Health NHS Trust"],
         "All 88 health visitors were trained by June 2025.", "Achieved"),
        ("5", "Consider healthy weight in planning decisions on hot food takeaways near schools.", "CONSIDER", None,
         "District and borough councils", ["District and borough councils"],
         "Two of the four district councils have adopted planning guidance; the other two will consult in 2026.",
         "Partly achieved"),
    ]
    parts = [
        '<div class="cover"><p class="kicker">DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2025</p>'
        "<h1>Growing older well in Medlowe</h1>"
        "<p>An independent report on the health of the people of Medlowe</p>"
        "<p>Medlowe County Council – published December 2025</p></div>",
        '<div class="chapter first"><h2 style="color:#333">Foreword</h2><div class="cols">'
        "<p>Every year the Director of Public Health must write an independent report on the health of local people. "
        "This year I have chosen to look at growing older. Medlowe is a good place to grow old, and most older people "
        "here tell us they are in good or very good health. But too many spend their last ten years or more in poor "
        "health, and where you live in our county still makes a difference.</p>"
        "<p>The report is in three chapters. Each ends with my recommendations, set out in a coloured box, with the "
        "organisations I am asking to lead them. The final section reports on what has happened to the "
        "recommendations of my 2024 report on healthy weight in children.</p>"
        "<p>I would like to thank the residents, community groups and colleagues who shared their stories with us, "
        "and the Public Health Intelligence Team for the analysis behind this report.</p>"
        "<p><b>Director of Public Health, Medlowe County Council</b></p></div></div>",
    ]
    recs = []
    n = 0
    for number, title, strap, colour, light, body, items, after in chapters:
        boxes = []
        for text, verb, addressee, who, owners in items:
            n += 1
            boxes.append(f'<p class="rec"><b>Recommendation {n}:</b> {esc(text)}</p>'
                         f'<p class="who">Who: {esc(who)}</p>')
            recs.append(recommendation(str(n), text, verb=verb, addressee=addressee,
                                       theme=f"{number}. {title}", owners=owners))
        callout = (f'<div class="callout" style="background:#{light};border-left:1.6mm solid #{colour}">'
                   f'<h4 style="color:#{colour}">My recommendations</h4>{"".join(boxes)}</div>')
        parts.append(f'<div class="chapter"><h2 style="color:#{colour}">{number}. {esc(title)}</h2>'
                     f'<p class="strap">{esc(strap)}</p><div class="cols">{"".join(body)}{callout}'
                     f'{"".join(after)}</div></div>')
    prev_theme = "4. Progress on my 2024 recommendations"
    rows = "".join(
        f"<tr><td>{num}</td><td>{esc(text)}</td><td>{esc(lead)}</td><td>{esc(note)}</td><td><b>{esc(word)}</b></td></tr>"
        for num, text, verb, addressee, lead, owners, note, word in previous)
    parts.append(
        '<div class="chapter"><h2 style="color:#404040">' + esc(prev_theme) + "</h2>"
        '<p class="strap">“Healthy weight for every child” (Director of Public Health Annual Report 2024)</p>'
        "<p>My 2024 report made five recommendations. The table shows what has happened to each of them in the last "
        "year. <b>Progress key:</b> Achieved – the recommendation has been carried out in full; Partly achieved – "
        "work has started and is continuing; Not yet achieved – work has not yet started.</p>"
        '<table class="progress"><tr><th style="width:5%">No.</th><th style="width:30%">2024 recommendation</th>'
        '<th style="width:20%">Led by</th><th style="width:31%">What has happened</th>'
        '<th style="width:14%">Progress</th></tr>' + rows + "</table>"
        '<p class="footer-note">This report was presented to the Medlowe Health and Wellbeing Board on 15 January '
        "2026. Large print and easy read versions are available. Public Health, Medlowe County Council, County Hall, "
        "Medlowe MD1 2AB – publichealth@medlowe.example – 01632 960 590.</p></div>")
    for num, text, verb, addressee, lead, owners, note, word in previous:
        recs.append(recommendation(num, text, verb=verb, addressee=addressee, theme=prev_theme, owners=owners,
                                   status=progress_key[word], progress=note))
    page = (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f"<title>Growing older well in Medlowe – Director of Public Health Annual Report 2025</title>"
            f"<style>{DPH_CSS}</style></head><body>{''.join(parts)}</body></html>")
    return {
        "name": "medlowe-director-of-public-health-annual-report-2025",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Growing older well in Medlowe", "deep_f_html": page},
        "blocks": [],
        "gold": dict(genre="Director of Public Health annual report in two columns (coloured recommendation call-outs "
                           "per chapter, progress table on last year's recommendations)", kind="needs-assessment",
                     title="Growing older well in Medlowe", authority=MCC, date="2025-12", meeting=None,
                     recommendations=recs),
        "layout": "PDF (HTML written in the module → Chromium), A4 portrait, DejaVu Sans 9.4 pt; a full-page coloured "
                  "cover (capitals kicker \"DIRECTOR OF PUBLIC HEALTH ANNUAL REPORT 2025\", title, published line); a "
                  "foreword and three chapters set in two CSS columns, each chapter on a new page with a coloured "
                  "heading and strapline; figure boxes, a figures table and a quote in the columns (not items); a "
                  "\"NICE recommends that …\" sentence (not an item); at the end of each chapter a shaded call-out "
                  "\"My recommendations\" in the chapter's colour with bold \"Recommendation n:\" labels numbered 1–6 "
                  "across chapters, each followed by an italic \"Who:\" line (split by \";\", \"/\" and one \"and\" "
                  "between two bodies, one \"and\" inside a name); a last section, full width, with a progress key in "
                  "a paragraph and a table No. | 2024 recommendation | Led by | What has happened | Progress (dark "
                  "header; Achieved / Partly achieved / Not yet achieved in bold); a contact note.",
    }


PAPERS = [sar_summary, peer_challenge_plan, slide_deck, dhr_action_plan, trust_board_paper, dph_report]
