"""Papers of the eighth batch, part L ("partnerships and the voluntary sector"): six made-up papers that
partnership managers and voluntary-sector engagement leads hold, from two invented places. In Edderby:
Edderby City Council (a unitary city council with a Cabinet), Edderby CVS (Edderby Council for
Voluntary Service), the Edderby Safeguarding Children Partnership, NHS Edderby and Haslow Integrated
Care Board and Edderby and Haslow Police. In Mistleford: Mistleford District Council, Mistleford Town
Council, Mistleford Community Foundation and Wrenshire County Council around them. Everything is
invented: people are given by role or initials, e-mail addresses use `.example` and telephone numbers
the 01632 960xxx range; every figure, firm, group and place is made up.

They were written blind: by someone who had not read the pipeline's code, tests, output or benchmarks
and had not run it, using only the corpus READMEs, the gold files, the published SET framework, the
seed texts and the build scripts and paper definitions in this folder (not papers_gov_k.py). Each
paper names its own split. Gold values are written by hand beside the words they label; the
"Partnership papers, part L" section of the notes records the decisions taken where the rules left
room.

Coloured words. render.py cannot colour a word, and the brief allowed no edit to it, so this module
wraps `render.to_docx` and `render.to_html` when it is imported. In a paper whose meta carries
"gov_l", a span written "{{RRGGBB:words}}" is set in that colour (a coloured run in the DOCX, a
coloured <span> in the HTML); the DOCX writer is papers_far_h's (so "cant_split" works too). Every
other paper goes to the wrapped functions unchanged.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (pandoc DOCX → LibreOffice).
"""

import re as _re

import papers_far_h as _far_h
import render as _render
from gold import action, decision, recommendation
from papers_fresh import grid_table

ECC = "Edderby City Council"
MTC = "Mistleford Town Council"

# ---------------------------------------------------------------------------
# Coloured words ("{{RRGGBB:words}}") for papers whose meta carries "gov_l".
# ---------------------------------------------------------------------------

COLOUR_RE = _re.compile(r"\{\{([0-9A-Fa-f]{6}):(.+?)\}\}")


class GovLWriter(_far_h.FarHWriter):
    """papers_far_h's writer, plus coloured spans written {{RRGGBB:words}}."""

    @staticmethod
    def fill(paragraph, text, bold=False, size=None, color=None):
        _render.fill_coloured(paragraph, text, COLOUR_RE, bold, size, color)


_wrapped_to_docx = _render.to_docx
_wrapped_to_html = _render.to_html


def _to_docx(meta, blocks, path):
    if not meta.get("gov_l"):
        return _wrapped_to_docx(meta, blocks, path)
    writer = GovLWriter(meta)
    writer.blocks(blocks)
    writer.finish()
    writer.save(path)
    return None


def _to_html(meta, blocks, path):
    result = _wrapped_to_html(meta, blocks, path)
    if meta.get("gov_l"):
        with open(path, encoding="utf-8") as handle:
            page = handle.read()
        page = _render.colour_spans_html(page, COLOUR_RE)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(page)
    return result


_render.to_docx = _to_docx
_render.to_html = _to_html


def label(text, fill="E7E6E6"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# L1. CVS "State of the Sector" survey report (HTML → Chromium), DejaVu Sans: a brand line, the
#     title, a strapline and a "Published" line; a foreword; "charts as tables" (figure tables
#     whose last column is a bar of coloured block characters); summary bullets with bold lead
#     words (not items); findings in prose, quotes and "Several respondents recommended that …"
#     (not an item); eight recommendations as "cards": a headerless two-column table, the number
#     in a shaded cell, and in the other cell a bold short title, the recommendation, a "To:" line
#     (owners) and, for five of them, a "By:" line; "What Edderby CVS will do" bullets (not items).
# ---------------------------------------------------------------------------

TEAL = "00707A"


def bar(percent):
    return "{{" + TEAL + ":" + "█" * max(1, round(percent / 2.5)) + "}}"


def cvs_state_of_the_sector():
    # recommendations: (number, title, text, verb, addressee, "To:" line, owners, "By:" line, due)
    recs = [
        ("1", "Three-year funding as the norm",
         "Edderby City Council should offer three-year grant agreements to every organisation it funds for more than "
         "£10,000 a year, starting with the 2026/27 grants programme.",
         "OFFER", "Edderby City Council",
         "Edderby City Council (Communities and Neighbourhoods)",
         ["Edderby City Council (Communities and Neighbourhoods)"], "April 2026", "2026-04"),
        ("2", "Pay on time",
         "Pay voluntary sector invoices within 14 days, and report payment times to the Council’s Audit Committee "
         "twice a year.",
         "PAY", None,
         "Edderby City Council / NHS Edderby and Haslow ICB",
         ["Edderby City Council", "NHS Edderby and Haslow ICB"], None, None),
        ("3", "Fund the full cost",
         "Funders should pay a fair share of core costs, including the Real Living Wage, in every grant and contract.",
         "PAY", "Funders",
         "Edderby City Council; NHS Edderby and Haslow ICB; charitable trusts and foundations",
         ["Edderby City Council", "NHS Edderby and Haslow ICB", "charitable trusts and foundations"],
         "2026/27", "2027-03"),
        ("4", "One form, one report",
         "We recommend that Edderby City Council and members of the Edderby Funders’ Forum agree a common monitoring "
         "form, so that a group funded by several of them reports only once a year.",
         "AGREE", "Edderby City Council and members of the Edderby Funders’ Forum",
         "Edderby City Council, Edderby Funders’ Forum",
         ["Edderby City Council", "Edderby Funders’ Forum"], "Q4 2025/26", "2026-03"),
        ("5", "A voice in NHS planning",
         "NHS Edderby and Haslow ICB should set up a voluntary sector reference group for the Edderby Place "
         "Partnership and fund Edderby CVS to run it.",
         "SET", "NHS Edderby and Haslow ICB",
         "NHS Edderby and Haslow ICB", ["NHS Edderby and Haslow ICB"], None, None),
        ("6", "Keep community buildings open",
         "The Council should review the rents it charges voluntary organisations in its buildings, and offer a "
         "discount to those that provide services to residents free of charge.",
         "REVIEW", "Council",
         "Edderby City Council (Property Services)", ["Edderby City Council (Property Services)"],
         "March 2027", "2027-03"),
        ("7", "Help with digital",
         "A shared digital support service should be funded for small groups, covering cyber security, data "
         "protection and online fundraising.",
         None, None,
         "Edderby City Council and Edderby Community Trust", ["Edderby City Council", "Edderby Community Trust"],
         None, None),
        ("8", "Recognise volunteers",
         "Create an Edderby volunteer passport, recognised by all partners, so that volunteers do not have to repeat "
         "checks and training when they move between organisations.",
         "CREATE", None,
         "Edderby CVS, with Edderby City Council", ["Edderby CVS", "Edderby City Council"], "Spring 2026", "2026-05"),
    ]
    cards = []
    for number, title, text, verb, addressee, to, owners, by, due in recs:
        body = [("p", f"**{title}**"), ("p", text), ("p", f"To: {to}")]
        if by:
            body.append(("p", f"By: {by}"))
        cards.append([{"text": number, "bold": True, "fill": "B7DEDC"}, {"blocks": body}])
    gold_recs = [recommendation(number, text, verb=verb, addressee=addressee, theme=title, owners=owners,
                                due=due, timeframe=by)
                 for number, title, text, verb, addressee, to, owners, by, due in recs]

    def figure(cols, header, rows):
        return ("table", {"cols": cols, "header": header, "header_fill": "D9EDEC", "font": 9.5, "rows": rows})

    blocks = [
        ("p", "**EDDERBY CVS** – the Council for Voluntary Service for Edderby"),
        ("title", "State of the Sector 2025"),
        ("p", "What 214 voluntary and community organisations told us about demand, money, people and partnership "
              "in Edderby"),
        ("p", "Published October 2025"),
        ("h", 2, "Foreword"),
        ("p", "Every two years we ask the city’s voluntary and community organisations how they are doing. This year "
              "the answers are stark. Demand is higher than at any time since we started the survey in 2013, money "
              "is tighter, and volunteers are harder to find. Yet organisations are still opening their doors every "
              "day, and most of them expect to be doing more next year, not less."),
        ("p", "This report sets out what they told us and makes eight recommendations to the Council, the NHS and "
              "funders. We thank the 214 organisations that took the time to reply."),
        ("p", "Chief Executive, Edderby CVS"),
        ("h", 2, "1. About the survey"),
        ("p", "The survey ran online from 2 June to 18 July 2025. It was open to every voluntary and community "
              "organisation, social enterprise and faith group working in the city. 214 organisations answered, "
              "about one in five of the 1,060 groups on our database. The figures are percentages of those who "
              "answered each question."),
        ("p", "**Figure 1 – Who answered, by annual income**"),
        figure([6.0, 3.0, 2.0, 6.0], ["Annual income", "Organisations", "%", ""], [
            ["Under £10,000", "71", "33%", bar(33)],
            ["£10,000 – £99,999", "78", "36%", bar(36)],
            ["£100,000 – £999,999", "49", "23%", bar(23)],
            ["£1 million or more", "16", "7%", bar(7)],
            [{"text": "Total", "bold": True}, {"text": "214", "bold": True}, {"text": "100%", "bold": True}, ""],
        ]),
        ("p", "Percentages may not add to 100 because of rounding."),
        ("h", 2, "2. Summary of findings"),
        ("list", "bullet", 1, [
            "**Demand is rising.** 78% of organisations saw more demand for their services in the last year, and 41% "
            "had to turn people away.",
            "**Money is tighter.** 46% used reserves to cover running costs; one in eight has less than three months "
            "of reserves left.",
            "**Volunteers are harder to find.** 58% have fewer volunteers than before the pandemic.",
            "**Relationships with public bodies are mixed.** 52% rate their relationship with Edderby City Council as "
            "good or very good, but only 19% say the same of the NHS.",
        ]),
        ("h", 2, "3. What organisations told us"),
        ("h", 3, "3.1 Demand for services"),
        ("p", "More than three quarters (78%) of organisations said that demand for their services had risen in the "
              "last twelve months. Food, debt advice and mental health support were the areas most often named."),
        ("p", "**Figure 2 – Change in demand over the last 12 months**"),
        figure([6.0, 3.0, 8.0], ["Change in demand", "% of organisations", ""], [
            ["Increased a lot", "44%", bar(44)],
            ["Increased a little", "34%", bar(34)],
            ["Stayed the same", "15%", bar(15)],
            ["Decreased", "4%", bar(4)],
            ["Don’t know", "3%", bar(3)],
        ]),
        ("p", "41% had turned people away or started a waiting list because they could not meet demand."),
        ("p", "“We have had a waiting list for our counselling service since February. It is the first time in 22 "
              "years.” – mental health charity, income £100,000 – £999,999"),
        ("h", 3, "3.2 Money"),
        ("p", "Almost half (46%) of organisations used their reserves to cover running costs during the year. One in "
              "eight (12%) has less than three months of running costs in reserve."),
        ("p", "**Figure 3 – Sources of income (organisations could name more than one)**"),
        figure([8.0, 3.0, 6.0], ["Source", "% naming it", ""], [
            ["Grants from charitable trusts and foundations", "61%", bar(61)],
            ["Donations and fundraising", "57%", bar(57)],
            ["Edderby City Council grants or contracts", "34%", bar(34)],
            ["Trading income", "29%", bar(29)],
            ["National Lottery", "27%", bar(27)],
            ["NHS contracts or grants", "14%", bar(14)],
        ]),
        ("p", "Of the organisations with Council funding, 64% had an agreement for one year or less. Several "
              "respondents recommended that all funders move to three-year grants as the default."),
        ("p", "Late payment is a problem: 23% of organisations with a Council contract said that an invoice had been "
              "paid more than 30 days late in the last year."),
        ("h", 3, "3.3 Volunteers and staff"),
        ("p", "58% have fewer volunteers than in 2019. Younger volunteers are easier to recruit than before, but they "
              "stay for shorter periods. Trustees are the hardest role to fill, named by 49%."),
        ("p", "Among organisations that employ staff, 37% said they could not pay the Real Living Wage to all staff, "
              "and 31% had a vacancy open for more than three months."),
        ("h", 3, "3.4 Premises and running costs"),
        ("p", "Energy and rent were the costs most often said to have risen. Seventeen organisations said they may "
              "have to leave their current premises within a year."),
        ("h", 3, "3.5 Working with the Council and the NHS"),
        ("p", "**Figure 4 – How would you rate your relationship with …**"),
        figure([7.0, 2.5, 2.5, 2.5, 2.5], ["", "Good or very good", "Neither", "Poor or very poor",
                                           "Not applicable"], [
            ["Edderby City Council", "52%", "27%", "14%", "7%"],
            ["NHS Edderby and Haslow Integrated Care Board", "19%", "30%", "21%", "30%"],
            ["Edderby and Haslow Police", "33%", "34%", "8%", "25%"],
            ["Other voluntary organisations", "81%", "14%", "2%", "3%"],
        ]),
        ("p", "Organisations value the Council’s Communities team and its named officer scheme. The most common "
              "complaints were short notice of funding decisions and being asked for the same monitoring "
              "information more than once by different funders."),
        ("p", "Few organisations know how to take part in NHS planning. Only 11% had been invited to an ICB or Place "
              "Partnership event in the last year."),
        ("h", 3, "3.6 Digital"),
        ("p", "64% want help with digital skills or systems; cyber security and data protection were the topics most "
              "often named."),
        ("h", 2, "4. Our recommendations"),
        ("p", "We make eight recommendations. Each is addressed to the bodies that can act on it. We will ask each of "
              "them to respond by the end of January 2026 and will publish their responses."),
        ("table", {"cols": [1.4, 15.6], "rows": cards}),
        ("h", 2, "5. What Edderby CVS will do"),
        ("list", "bullet", 1, [
            "We will publish the responses we receive to these recommendations.",
            "We will run a trustee recruitment campaign with the city’s two universities in spring 2026.",
            "We will repeat this survey in 2027.",
        ]),
        ("h", 2, "About Edderby CVS"),
        ("p", "Edderby CVS supports voluntary and community organisations in the city with advice, training, "
              "volunteering and a voice in decisions. Contact: Policy and Engagement Lead, Edderby CVS, The Old "
              "Library, 14 Chapel Street, Edderby ED1 2QT – policy@edderbycvs.example – 01632 960 731."),
    ]
    return {
        "name": "edderby-cvs-state-of-the-sector-survey-2025",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": "State of the Sector 2025", "gov_l": True,
                 "css_font": "'DejaVu Sans', sans-serif", "size": 10, "title_color": TEAL,
                 "footer": "Edderby CVS – State of the Sector 2025. Edderby CVS is a registered charity and a company "
                           "limited by guarantee."},
        "blocks": blocks,
        "gold": dict(genre="CVS state of the sector survey report with figure tables and recommendation cards "
                           "(number, title, text, To: and By: lines)",
                     kind="survey-report", title="State of the Sector 2025", authority=ECC, date="2025-10",
                     meeting=None, recommendations=gold_recs),
        "layout": "PDF (HTML → Chromium), DejaVu Sans 10 pt, teal title; a bold brand line, a strapline and a "
                  "\"Published October 2025\" line; a foreword signed by role; four figure tables (\"charts as "
                  "tables\") with a pale teal header, three of them with a bar column of coloured block characters, "
                  "one a rating grid; summary bullets with bold lead words (not items); findings in prose with a "
                  "quote and \"Several respondents recommended that …\" (not an item); eight recommendation cards in "
                  "a headerless two-column table: the number in a shaded cell, then a bold short title, the "
                  "recommendation (three \"X should V …\", two imperatives, one \"We recommend that X and Y V …\", one "
                  "passive, one \"The Council should …\"), a \"To:\" line (owners split by \" / \", \";\", \",\", "
                  "\", with\" and \"and\") and, on five cards, a \"By:\" line (\"April 2026\", \"2026/27\", \"Q4 "
                  "2025/26\", \"March 2027\", \"Spring 2026\"); \"What Edderby CVS will do\" bullets (not items); a "
                  "contact line.",
    }


# ---------------------------------------------------------------------------
# L2. Safeguarding children partnership annual report (python-docx → LibreOffice), Liberation Sans,
#     purple title, italic running header and a footer: a partner line; a foreword signed by the
#     three safeguarding partners; contributions and "year in numbers" tables (not items); one table
#     Priority | What we said we would do | What we did, the Priority cell merged down (not items:
#     no lead, date or status); learning from reviews and an Independent Scrutineer's statement with
#     "I recommend that …" (not items); "Our priorities and actions for 2025–26": Ref | Action |
#     Lead | By when with priority rows merged across, refs 1.1–3.3, no status column.
# ---------------------------------------------------------------------------

PURPLE = "5B2C83"


def escp_annual_report():
    # plan: (priority row, [(ref, action, lead cell, owners, by when, due)])
    plan = [
        ("Priority 1 – Neglect (continued from 2024–25)", [
            ("1.1", "Extend Graded Care Profile 2 training to every early years setting and childminder in the city.",
             "Head of Early Help / Edderby CVS", ["Head of Early Help", "Edderby CVS"], "March 2026", "2026-03"),
            ("1.2", "Repeat the multi-agency neglect audit, this time for children aged 5 to 11.",
             "Learning and Improvement Group", ["Learning and Improvement Group"], "Q3 2025/26", "2025-12"),
            ("1.3", "Publish a neglect dashboard for the Executive, with data from all three partners.",
             "ESCP Business Manager;\nPolice Performance Team", ["ESCP Business Manager", "Police Performance Team"],
             "By end of December 2025", "2025-12"),
        ]),
        ("Priority 2 – Safeguarding adolescents outside the home", [
            ("2.1", "Run the hotel and night-time economy exploitation training that was delayed in 2024–25.",
             "Edderby City Council Licensing\nEdderby and Haslow Police",
             ["Edderby City Council Licensing", "Edderby and Haslow Police"], "Summer 2026", "2026-08"),
            ("2.2", "Agree a transitional safeguarding protocol for young people aged 17 to 25 with the Edderby "
                    "Safeguarding Adults Board.",
             "Director of Children’s Services and Director of Adult Social Care",
             ["Director of Children’s Services", "Director of Adult Social Care"], "31/03/2026", "2026-03-31"),
        ]),
        ("Priority 3 – Sharing information", [
            ("3.1", "Put in place the national panel’s advice on sharing information when children move between "
                    "areas.",
             "Designated Nurse, Safeguarding Children", ["Designated Nurse, Safeguarding Children"],
             "From January 2026", "2026-01"),
            ("3.2", "Give voluntary organisations access to the partnership’s secure e-mail and escalation hotline.",
             "Edderby CVS, ESCP Business Unit", ["Edderby CVS", "ESCP Business Unit"], "", None),
            ("3.3", "Review how schools are told about domestic abuse incidents that police attend overnight.",
             "Edderby and Haslow Police", ["Edderby and Haslow Police"], "Ongoing", None),
        ]),
    ]
    rows, actions = [], []
    for priority, items in plan:
        rows.append([{"text": priority, "span": 4, "bold": True, "fill": "E4DFEC"}, "<", "<", "<"])
        for ref, text, lead, owners, by, due in items:
            rows.append([ref, text, lead, by])
            actions.append(action(ref, text, owners, by or None, due, None))

    said_did = [
        ("Neglect", [
            ("Launch a multi-agency neglect strategy and toolkit.",
             "The strategy was launched in June 2024. 612 practitioners have been trained to use the Graded Care "
             "Profile 2 tool, 140 of them from voluntary organisations."),
            ("Audit how well agencies recognise neglect in babies.",
             "A multi-agency audit of 24 cases in November 2024 found good recognition in health visiting but late "
             "referrals from some early years settings. Learning briefings went to every setting."),
        ]),
        ("Child exploitation", [
            ("Set up a single multi-agency exploitation panel.",
             "The Edderby Exploitation Panel has met fortnightly since May 2024 and has considered 131 children."),
            ("Train taxi drivers and hotel staff to spot exploitation.",
             "Training was given to 420 licensed drivers. The hotel programme was delayed to 2025–26 because of "
             "changes in the licensing team."),
        ]),
        ("Hearing the voice of the child", [
            ("Involve young people in checking our work.",
             "Twelve members of the Edderby Youth Council formed a Young Scrutineers group and reviewed the "
             "partnership’s leaflets for children."),
            ("Make sure voluntary organisations know how to raise concerns.",
             "Edderby CVS ran four safeguarding forums for 188 people from 96 organisations, and we published a "
             "one-page guide to the escalation policy."),
        ]),
    ]
    said_rows = []
    for priority, pairs in said_did:
        for i, (said, did) in enumerate(pairs):
            cell = {"text": priority, "vspan": len(pairs), "bold": True, "fill": "F2EFF7"} if i == 0 else "^"
            said_rows.append([cell, said, did])

    blocks = [
        ("p", "Edderby City Council  |  NHS Edderby and Haslow Integrated Care Board  |  Edderby and Haslow Police"),
        ("title", "Edderby Safeguarding Children Partnership Annual Report 2024–25"),
        ("p", "Covering 1 April 2024 to 31 March 2025. Published September 2025."),
        ("h", 1, "Foreword from the safeguarding partners"),
        ("p", "This is our sixth annual report as a safeguarding partnership. It tells you what we set out to do in "
              "2024–25, what we did, what we learned from reviews of serious incidents, and what we will do next. "
              "We are grateful to every practitioner, volunteer and young person who has helped us this year."),
        ("p", "Director of Children’s Services, Edderby City Council · Chief Nursing Officer, NHS Edderby and Haslow "
              "Integrated Care Board · Detective Chief Superintendent, Edderby and Haslow Police"),
        ("h", 1, "1. About the partnership"),
        ("p", "The Edderby Safeguarding Children Partnership (ESCP) is the multi-agency safeguarding arrangement for "
              "the city under the Children Act 2004 and Working Together to Safeguard Children 2023. The three "
              "statutory safeguarding partners share its leadership equally. Relevant agencies, including schools, "
              "the voluntary and community sector, the Probation Service and the city’s NHS trusts, take part in its "
              "groups."),
        ("p", "The partnership is supported by a Business Unit hosted by Edderby City Council. Its work is checked "
              "by an Independent Scrutineer, whose view is in section 6. The partners’ contributions were:"),
        ("table", {"cols": [8.0, 4.0, 2.5], "header": ["Partner", "2024/25 (£)", "%"], "header_fill": "D9CCE6",
                   "font": 9.5, "rows": [
            ["Edderby City Council", "168,400", "54%"],
            ["NHS Edderby and Haslow Integrated Care Board", "89,200", "29%"],
            ["Edderby and Haslow Police", "52,000", "17%"],
            [{"text": "Total", "bold": True}, {"text": "309,600", "bold": True}, {"text": "100%", "bold": True}],
        ]}),
        ("h", 1, "2. Our year in numbers"),
        ("table", {"cols": [9.5, 3.0, 3.0], "header": ["Measure", "2023/24", "2024/25"], "header_fill": "D9CCE6",
                   "font": 9.5, "rows": [
            ["Contacts to the Children’s Front Door", "14,862", "15,390"],
            ["Referrals to children’s social care", "4,120", "3,985"],
            ["Children on a child protection plan at 31 March", "322", "298"],
            ["Rapid reviews held", "6", "8"],
            ["Multi-agency training places taken up", "1,904", "2,237"],
        ]}),
        ("h", 1, "3. Our priorities for 2024–25"),
        ("p", "Our 2024–25 plan had three priorities. For each, the table shows what we said we would do and what we "
              "did."),
        ("table", {"cols": [3.4, 5.6, 8.0], "header": ["Priority", "What we said we would do", "What we did"],
                   "header_fill": "D9CCE6", "font": 9.5, "rows": said_rows}),
        ("h", 1, "4. Learning from reviews"),
        ("p", "We held eight rapid reviews in 2024–25. In two cases the partners decided that a local child "
              "safeguarding practice review was needed."),
        ("p", "The review into the death of a baby, known as ‘Child R’, was published in February 2025. It made five "
              "recommendations, all accepted by the partners; the actions are tracked by the Learning and "
              "Improvement Group and will be reported next year."),
        ("p", "The national Child Safeguarding Practice Review Panel recommended that partnerships check how they "
              "share information about children who move between areas. We have made this one of our priorities "
              "for 2025–26."),
        ("h", 1, "5. Working with the voluntary and community sector"),
        ("p", "Voluntary and community organisations are often the first to notice that a child is at risk. Edderby "
              "CVS is a member of the Safeguarding Partnership Executive and chairs the Voluntary Sector Safeguarding "
              "Forum. In 2024–25, 62 organisations completed the partnership’s voluntary sector safeguarding "
              "self-assessment, and 18 of them asked for help to update their policies."),
        ("h", 1, "6. Independent scrutiny"),
        ("p", "The Independent Scrutineer observed meetings, read audits and spoke to practitioners and young people. "
              "Her statement is below."),
        ("p", "“The partners have grown in confidence this year and hold each other to account in a way that was "
              "not always visible two years ago. Information about neglect is still held in three separate systems. "
              "I recommend that the partners make the voice of children a standing item at every Executive "
              "meeting.”"),
        ("h", 1, "7. Our priorities and actions for 2025–26"),
        ("p", "The Executive agreed three priorities for 2025–26 at its meeting on 15 July 2025. The actions below "
              "will be reported to every Executive meeting."),
        ("table", {"cols": [1.3, 8.2, 4.7, 2.8], "header": ["Ref", "Action", "Lead", "By when"],
                   "header_fill": "B4A7D6", "font": 9.5, "rows": rows}),
        ("p", "If you are worried about a child in Edderby, call the Children’s Front Door on 01632 960 750 (out of "
              "hours 01632 960 751). In an emergency, call 999."),
        ("p", "ESCP Business Unit, Edderby City Council, Civic Centre, Edderby ED1 1AA – escp@edderby.example – "
              "01632 960 752"),
    ]
    return {
        "name": "edderby-safeguarding-children-partnership-annual-report-2024-25",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2025-09-15", "doc_title": "ESCP Annual Report 2024–25", "author": "ESCP Business Unit",
                 "far_h": True, "cant_split": True, "font": "Liberation Sans", "size": 10.5,
                 "title_color": PURPLE, "title_size": 20,
                 "header": "Edderby Safeguarding Children Partnership – Annual Report 2024–25",
                 "footer": "ESCP Annual Report 2024–25"},
        "blocks": blocks,
        "gold": dict(genre="Local safeguarding children partnership annual report with \"What we said we would do / "
                           "What we did\" tables and next year's actions",
                     kind="other", title="Edderby Safeguarding Children Partnership Annual Report 2024–25",
                     authority=ECC, date="2025-09", meeting=None, actions=actions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10.5 pt, purple 20 pt title, Word heading styles, "
                  "italic running header and a page footer; a partner line above the title and a \"Published "
                  "September 2025\" line; a foreword signed by the three partners by role; a contributions table "
                  "with a bold total row and a \"year in numbers\" table (not items); one table Priority | What we "
                  "said we would do | What we did with lilac header and the Priority cell merged down over its rows "
                  "(not items: no lead, date or status); learning from reviews (\"made five recommendations\", \"the "
                  "national … Panel recommended that …\") and a quoted statement of the Independent Scrutineer with "
                  "\"I recommend that …\" (not items); \"7. Our priorities and actions for 2025–26\" table Ref | "
                  "Action | Lead | By when with a mauve header, priority rows merged across "
                  "four lilac columns, refs 1.1–3.3, no status column; lead cells split by \" / \", \";\" plus a line "
                  "break, a bare line break, \"and\" between two posts and \",\" between two bodies, with one comma "
                  "inside a role; by-when cells \"March 2026\", \"Q3 2025/26\", \"By end of December 2025\", \"Summer "
                  "2026\", \"31/03/2026\", \"From January 2026\", one empty and \"Ongoing\"; rows may not split; "
                  "helpline and contact lines.",
    }


# ---------------------------------------------------------------------------
# L3. Post-Ofsted (ILACS) action plan (DOCX, python-docx), landscape, Tahoma (falls back), italic
#     "OFFICIAL" header and a footer: a shaded-label version table; a judgements table and Ofsted's
#     Word-numbered "what needs to improve" list (not items); a RAG key with coloured letters;
#     one table Area for improvement | Ref | Action | Lead | Milestones | Target date | RAG |
#     Progress update – January 2026, the Area cell merged down, RAG as coloured bold letters
#     without shading (one "–"), refs 1.1–5.2 with 2.3 missing (note below).
# ---------------------------------------------------------------------------

RAG_COLOUR = {"B": "0070C0", "G": "00A651", "A": "E69500", "R": "E00000"}
RAG_STATUS = {"B": "completed", "G": "ongoing", "A": "ongoing", "R": "not-started", "–": None}


def ofsted_action_plan():
    # areas: (area cell, [(ref, action, lead cell, owners, milestones, target, due, rag, progress)])
    areas = [
        ("1. Strategy discussions", [
            ("1.1", "Hold every strategy discussion within one working day of the decision that one is needed, with "
                    "police, health and education present.",
             "Front Door Service Manager /\nDetective Inspector (MASH)",
             ["Front Door Service Manager", "Detective Inspector (MASH)"],
             "Sept 2025 – protocol agreed\nNov 2025 – daily meeting in place", "31 December 2025", "2025-12-31", "B",
             "Daily strategy meeting started on 3 November 2025. 94% held within one working day in December."),
            ("1.2", "Audit 30 strategy discussions each quarter and share the findings with the three safeguarding "
                    "partners.",
             "Head of Quality Assurance", ["Head of Quality Assurance"], "First audit Oct 2025", "Quarterly", None, "G",
             "Two audits completed. Education attended 71% of discussions, up from 48%."),
        ]),
        ("2. Management oversight and supervision", [
            ("2.1", "Reduce social work caseloads in the assessment teams to an average of 18.",
             "Head of Children’s Social Work\nHR Business Partner", ["Head of Children’s Social Work",
                                                                    "HR Business Partner"],
             "12 agency social workers in post by Oct 2025", "Q4 2025/26", "2026-03", "A",
             "Average caseload 21 in December (26 in June). Permanent recruitment is slower than planned."),
            ("2.2", "Introduce a new supervision policy and a supervision audit tool.",
             "Principal Social Worker", ["Principal Social Worker"], "Policy agreed Sept 2025\nAudit tool Jan 2026",
             "Jan-26", "2026-01", "G", "Policy launched in September; the first supervision audit is planned for "
                                       "February."),
            ("2.4", "Run a management development programme for all team managers.",
             "Workforce Development Manager, with Edderby University",
             ["Workforce Development Manager", "Edderby University"], "", "2026/27", "2027-03", "R",
             "Not started. A business case goes to the Improvement Board in February."),
        ]),
        ("3. Plans for children in need", [
            ("3.1", "Train all social workers and early help practitioners to write specific, measurable plans.",
             "Principal Social Worker / Head of Early Help", ["Principal Social Worker", "Head of Early Help"],
             "Training dates published Oct 2025", "End of Feb 2026", "2026-02", "G", "186 of 240 staff trained."),
            ("3.2", "Add a plan quality check to the case management system before a plan can be authorised.",
             "Systems and Performance Manager", ["Systems and Performance Manager"], "", "TBC", None, "–",
             "New action added in December 2025 after the Improvement Board review. The date depends on the "
             "supplier."),
        ]),
        ("4. Homes for care leavers", [
            ("4.1", "Commission 20 supported lodgings places for care leavers from a voluntary sector provider.",
             "Head of Commissioning (Children)", ["Head of Commissioning (Children)"],
             "Tender out Oct 2025\nContract start April 2026", "April 2026", "2026-04", "A",
             "The tender received no compliant bids; it is being re-run with smaller lots."),
            ("4.2", "Agree a joint housing protocol for care leavers with the Council’s Housing Options service.",
             "Head of Service – Leaving Care,\nHousing Options Manager",
             ["Head of Service – Leaving Care", "Housing Options Manager"], "", "Sept 2025", "2025-09", "B",
             "Protocol signed on 24 September 2025."),
        ]),
        ("5. Early help with partner agencies", [
            ("5.1", "Fund Edderby CVS to run an early help network for voluntary and community groups, with quarterly "
                    "briefings.",
             "Head of Early Help; Edderby CVS", ["Head of Early Help", "Edderby CVS"], "Network launched Oct 2025",
             "From October 2025", "2025-10", "G", "Network launched on 8 October 2025; 54 groups have joined."),
            ("5.2", "Offer the lead practitioner training to voluntary sector staff free of charge.",
             "Early Help Partnership Manager", ["Early Help Partnership Manager"], "", "", None, "R", ""),
        ]),
    ]
    rows, actions = [], []
    for area, items in areas:
        for i, (ref, text, lead, owners, milestones, target, due, rag, progress) in enumerate(items):
            area_cell = {"text": area, "vspan": len(items), "bold": True, "fill": "EDEDED"} if i == 0 else "^"
            rag_cell = {"text": "{{" + RAG_COLOUR[rag] + ":" + rag + "}}" if rag in RAG_COLOUR else rag,
                        "bold": True}
            rows.append([area_cell, ref, text, lead, milestones, target, rag_cell, progress])
            actions.append(action(ref, text, owners, target or None, due, RAG_STATUS[rag]))
    key = " ".join("{{%s:**%s**}} %s" % (RAG_COLOUR[letter], letter, meaning) for letter, meaning in [
        ("B", "Blue – complete."), ("G", "Green – in progress and on track."),
        ("A", "Amber – in progress but behind a milestone."), ("R", "Red – not yet started."),
    ])
    blocks = [
        ("p", "**EDDERBY CITY COUNCIL – CHILDREN’S SERVICES**"),
        ("title", "Post-inspection Action Plan: Ofsted Inspection of Local Authority Children’s Services"),
        ("p", "Inspection 9 to 20 June 2025 · Report published 29 July 2025 · Overall effectiveness: **Requires "
              "improvement to be good**"),
        ("table", {"cols": [4.0, 8.6, 4.0, 8.6], "font": 9.5, "rows": [
            [label("Version", "DDEBF7"), "4.0", label("Last updated", "DDEBF7"), "12 January 2026"],
            [label("Plan owner", "DDEBF7"), "Director of Children’s Services", label("Monitored by", "DDEBF7"),
             "Children’s Services Improvement Board (monthly)"],
            [label("Submitted to Ofsted", "DDEBF7"), "28 October 2025 (version 1)", label("Next update", "DDEBF7"),
             "April 2026"],
        ]}),
        ("h", 2, "1. Inspection judgements"),
        ("table", {"cols": [17.0, 8.2], "header": ["Judgement", "Grade"], "header_fill": "DDEBF7", "font": 9.5,
                   "rows": [
            ["The impact of leaders on social work practice with children and families",
             "Requires improvement to be good"],
            ["The experiences and progress of children who need help and protection",
             "Requires improvement to be good"],
            ["The experiences and progress of children in care", "Good"],
            ["The experiences and progress of care leavers", "Requires improvement to be good"],
        ]}),
        ("h", 2, "2. What needs to improve"),
        ("p", "Ofsted’s report said that the local authority needs to improve:"),
        ("list", "1.", 1, [
            "The timeliness and quality of strategy discussions for children at risk of significant harm.",
            "Management oversight and supervision in the assessment teams.",
            "The quality of plans for children in need, so that they are specific and measurable.",
            "The range of suitable homes for care leavers aged 18 to 21.",
            "The consistency of early help offered by partner agencies, including the voluntary sector.",
        ]),
        ("p", "The plan below sets out the actions for each area. It was written with the safeguarding partners and "
              "Edderby CVS, and is reviewed every month by the Improvement Board."),
        ("h", 2, "3. RAG key"),
        ("p", key + " A dash (–) means the action was added since the last update and has not yet been rated."),
        ("h", 2, "4. Action plan"),
        ("table", {"cols": [3.4, 1.1, 5.6, 3.5, 3.6, 2.2, 1.3, 4.5],
                   "header": ["Area for improvement", "Ref", "Action", "Lead", "Milestones", "Target date", "RAG",
                              "Progress update – January 2026"],
                   "header_fill": "9DC3E6", "font": 9, "rows": rows}),
        ("p", "Action 2.3 (a supervision audit tool) was merged into action 2.2 in September 2025, so there is no "
              "action 2.3."),
        ("h", 2, "5. How progress is monitored"),
        ("p", "Leads update the plan each month. The Improvement Board, chaired by the Chief Executive, reviews every "
              "action rated amber or red. Progress is reported to the Children and Young People Scrutiny Committee "
              "every quarter and to Ofsted at each annual engagement meeting."),
        ("p", "Contact: Children’s Services Improvement Lead – csimprovement@edderby.example – 01632 960 763"),
    ]
    return {
        "name": "edderby-childrens-services-post-ofsted-action-plan",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-01-12", "doc_title": "Post-inspection action plan", "author": "Children’s Services",
                 "gov_l": True, "cant_split": True, "landscape": True, "font": "Tahoma", "size": 10, "header": "OFFICIAL",
                 "footer": "Edderby Children’s Services – post-inspection action plan, version 4.0"},
        "blocks": blocks,
        "gold": dict(genre="Ofsted post-inspection action plan with milestones, coloured RAG letters and a progress "
                           "update column",
                     kind="action-plan",
                     title="Post-inspection Action Plan: Ofsted Inspection of Local Authority Children’s Services",
                     authority=ECC, date="2026-01-12", meeting=None, actions=actions),
        "layout": "DOCX (python-docx), landscape, Tahoma 10 pt (falls back), Word heading styles, italic \"OFFICIAL\" "
                  "running header and a footer; a bold capitals council line; a line with the inspection dates and "
                  "the bold overall judgement; a four-column version table with pale blue labels (Version / Last "
                  "updated / Plan owner / Monitored by / Submitted to Ofsted / Next update); a judgements table and "
                  "Ofsted's Word-numbered 1.–5. \"what needs to improve\" list (not items); a RAG key paragraph with "
                  "coloured bold letters (B complete, G on track, A behind a milestone, R not yet started, \"–\" not "
                  "rated); one 9 pt table Area for improvement | Ref | Action | Lead | Milestones | Target date | RAG "
                  "| Progress update – January 2026 with a blue header, the Area cell merged down over its actions in "
                  "grey, refs 1.1–5.2 with 2.3 missing (note below the table), RAG as coloured bold letters in "
                  "unshaded cells, one \"–\"; milestones as line lists with dates, three empty; lead cells split by "
                  "\"/\" plus line break, a bare line break, \" / \", \";\", \", with\" and \",\" plus line break, "
                  "one en dash inside a role; target dates \"31 December 2025\", \"Quarterly\", \"Q4 2025/26\", "
                  "\"Jan-26\", \"2026/27\", \"End of Feb 2026\", \"TBC\", \"April 2026\", \"Sept 2025\", \"From "
                  "October 2025\" and one empty; one empty progress cell; rows may not split (`w:cantSplit`).",
    }


# ---------------------------------------------------------------------------
# L4. Town council minutes (Markdown → pandoc DOCX): an address line, the council's name as H1 and
#     a bold "Minutes of the meeting of the Full Council …" line; Present / In attendance; minute
#     numbers "26/001" … "26/014" as Heading 2 (sub-items (a)–(c) as Heading 3); resolutions as
#     block quotes "**Resolved:** to …" / "that …" with a proposer line or a recorded vote; one
#     resolution completed by a bullet list; "Action:" lines in three styles; planning comments in
#     a pipe table (not items); an action log grid table No. | Min. ref | Action | Status with no
#     owner column ("Clerk to …"), and a status key under it.
# ---------------------------------------------------------------------------


def town_council_minutes():
    md = [
        "Corn Hall · Market Place · Mistleford MF1 1AB · clerk@mistlefordtc.example · 01632 960 814",
        "# Mistleford Town Council",
        "**Minutes of the meeting of the Full Council held on Tuesday 13 January 2026 at 7.00 pm in the Council "
        "Chamber, Corn Hall**",
        "**Present:** Cllr A.B. (Town Mayor, in the Chair), Cllr C.D. (Deputy Mayor), Cllr E.F., Cllr G.H., "
        "Cllr J.K., Cllr L.M., Cllr N.P. and Cllr Q.R.",
        "**In attendance:** Town Clerk; Deputy Clerk and Responsible Financial Officer (RFO); District Cllr V.W.; "
        "six members of the public.",
    ]
    decisions, actions = [], []

    def resolved(item, text, after, number=None):
        md.append(f"> **Resolved:** {text}\n>\n> *{after}*")
        words = text[len("that "):] if text.startswith("that ") else text
        decisions.append(decision(item, number, words, MTC))

    def act(style, text, owners, timeframe, due):
        md.append(f"{style} {text}")
        actions.append(action(None, text, owners, timeframe, due, None))

    md.append("## 26/001  Apologies for absence")
    md.append("Apologies were received from Cllr S.T. (work commitments) and Cllr U.V. (illness).")
    resolved("26/001", "to accept the reasons for absence.", "Proposed by Cllr C.D., seconded by Cllr E.F.; agreed "
                                                             "unanimously.")
    md.append("## 26/002  Declarations of interest")
    md.append("Cllr J.K. declared a non-registrable interest in item 26/008(c) as a volunteer at Mistleford Foodbank "
              "and left the room for that item. There were no other declarations.")
    md.append("## 26/003  Public participation")
    md.append("A resident asked about the broken lighting in the Mill Lane underpass. The Clerk explained that it "
              "belongs to Wrenshire County Council and had been reported on 8 January, and agreed to chase it. Two "
              "residents spoke against planning application 25/01458/OUT (item 26/007).")
    md.append("## 26/004  Minutes of the previous meeting")
    resolved("26/004", "that the minutes of the Full Council meeting held on 9 December 2025 be approved as a correct "
                       "record and signed by the Mayor.", "Proposed by Cllr G.H., seconded by Cllr L.M.; 7 for, 0 "
                                                          "against, 1 abstention.")
    md.append("## 26/005  Action log and matters arising")
    md.append("The Clerk presented the action log, which is attached to these minutes. Members noted the updates. "
              "Cllr L.M. reported that a second quote for the war memorial railings is expected shortly.")
    md.append("## 26/006  Reports from the District and County Councillors")
    md.append("District Cllr V.W. reported that Mistleford District Council will consult on its draft Local Plan in "
              "March. The report was noted. The County Councillor had sent apologies.")
    md.append("## 26/007  Planning applications")
    md.append("Members considered the applications received since the last meeting.")
    resolved("26/007", "to send the comments in the table below to Mistleford District Council as the local planning "
                       "authority.", "Proposed by Cllr Q.R., seconded by Cllr N.P.; agreed unanimously.")
    md.append(
        "| Application | Site | Proposal | Town Council comment |\n"
        "|---|---|---|---|\n"
        "| 25/01432/FUL | 14 Mill Lane | Two-storey rear extension | No objection |\n"
        "| 25/01458/OUT | Land off Hayward Road | Outline application for up to 85 homes | Objection: outside the "
        "settlement boundary in the Mistleford Neighbourhood Plan (policy MNP2); unsafe access onto Hayward Road |\n"
        "| 25/01502/ADV | 3 Market Place | Illuminated fascia sign | No objection, subject to the conservation "
        "officer’s views |")
    act("**Action:**", "Clerk to send the comments to the District Council by 16 January.", ["Clerk"],
        "by 16 January", "2026-01-16")
    md.append("## 26/008  Finance")
    md.append("### (a) Payments")
    md.append("Members received the list of payments for December 2025 (Appendix A).")
    resolved("26/008", "to approve the payments listed in Appendix A, totalling £18,426.31.",
             "Proposed by Cllr E.F., seconded by Cllr C.D.; agreed unanimously.")
    md.append("### (b) Budget and precept 2026/27")
    md.append("The RFO presented the draft budget recommended by the Finance and General Purposes Committee on 2 "
              "December 2025. The proposed precept of £412,860 is an increase of 4.9% on 2025/26, or £8.74 a year "
              "for a Band D property. Cllr N.P. proposed an amendment to hold the precept at the 2025/26 level; "
              "there was no seconder and the amendment fell.")
    resolved("26/008", "that the budget for 2026/27 be adopted as presented and that a precept of £412,860 be "
                       "requested from Mistleford District Council.",
             "Recorded vote – For: Cllrs A.B., C.D., E.F., G.H., J.K., L.M. and Q.R. (7); Against: Cllr N.P. (1); "
             "Abstentions: none.")
    act("**ACTION:**", "RFO to submit the precept request form to the District Council by 31 January.", ["RFO"],
        "by 31 January", "2026-01-31")
    md.append("### (c) Community grants")
    md.append("Cllr J.K. left the room. Six applications were received for the January round of the community "
              "grants scheme, which has £3,000 left in 2025/26.")
    grants = [
        "Mistleford Foodbank – £1,000 towards a chest freezer;",
        "Friends of Mistle Park – £450 for bulbs and tools;",
        "Mistleford Youth Project – £750 for the summer activity programme; and",
        "Mistle Valley Talking Newspaper – £300 for new recording equipment.",
    ]
    md.append("> **Resolved:** to award community grants as follows:\n>\n"
              + "\n".join(f"> - {g}" for g in grants)
              + "\n>\n> *Proposed by Cllr Q.R., seconded by Cllr G.H.; agreed unanimously.*")
    decisions.append(decision("26/008", None, "to award community grants as follows: " + " ".join(grants), MTC))
    resolved("26/008", "to decline the applications from Mistleford Bowls Club and the Old Mill Heritage Group, which "
                       "fall outside the scheme’s criteria, and to invite both to apply to Mistleford Community "
                       "Foundation.", "Proposed by Cllr Q.R., seconded by Cllr C.D.; agreed unanimously.")
    act("*Action:*", "Deputy Clerk to write to all six applicants with the outcome by 23 January.", ["Deputy Clerk"],
        "by 23 January", "2026-01-23")
    md.append("Cllr J.K. returned to the meeting.")
    md.append("## 26/009  Mistle Park play area")
    md.append("Members considered three quotations for replacing the toddler play equipment, set out in the Deputy "
              "Clerk’s report.")
    resolved("26/009", "to accept the quotation from Brookfold Play Ltd of £23,640 plus VAT, to be paid from the play "
                       "area earmarked reserve.", "Proposed by Cllr G.H., seconded by Cllr A.B.; 6 for, 1 against, 1 "
                                                  "abstention.")
    act("**Action:**", "Clerk/Cllr G.H. to agree an installation date with the contractor that avoids the school "
                       "holidays.", ["Clerk", "Cllr G.H."], None, None)
    md.append("## 26/010  Annual Town Meeting")
    md.append("Members discussed the arrangements for the Annual Town Meeting. The Mayor said she would invite "
              "Mistleford Community Foundation to speak about its grants.")
    resolved("26/010", "that the Annual Town Meeting be held on Wednesday 22 April 2026 at 7.00 pm in the Corn Hall.",
             "Proposed by Cllr A.B., seconded by Cllr C.D.; agreed unanimously.")
    act("**Action:**", "Cllr A.B. and Clerk to draft an invitation to local community groups before the next "
                       "meeting.", ["Cllr A.B.", "Clerk"], "before the next meeting", None)
    md.append("## 26/011  Correspondence")
    md.append("Members noted letters from Wrenshire County Council (winter gritting routes), the Mistleford in Bloom "
              "committee (thanks for the 2025 grant) and a resident (dog fouling on the Mill Lane path).")
    md.append("## 26/012  Exclusion of the press and public")
    resolved("26/012", "that the press and public be excluded from the meeting for item 26/013 under section 1(2) of "
                       "the Public Bodies (Admission to Meetings) Act 1960, because of the confidential nature of the "
                       "business to be transacted.", "Proposed by Cllr A.B., seconded by Cllr E.F.; agreed "
                                                     "unanimously.")
    md.append("The members of the public left the meeting.")
    md.append("## 26/013  Staffing")
    md.append("Members considered the report of the Staffing Committee on the Deputy Clerk’s hours.")
    resolved("26/013", "to increase the Deputy Clerk’s contracted hours from 25 to 30 a week from 1 February 2026, as "
                       "recommended by the Staffing Committee.", "Proposed by Cllr C.D., seconded by Cllr L.M.; "
                                                                 "agreed unanimously.")
    act("**Action:**", "Town Clerk to issue a revised statement of employment particulars by 31 January.",
        ["Town Clerk"], "by 31 January", "2026-01-31")
    md.append("## 26/014  Date of the next meeting")
    md.append("Tuesday 10 March 2026 at 7.00 pm in the Council Chamber. The meeting closed at 9.12 pm.")
    md.append("Signed …………………………………… (Town Mayor)        Date ……………………")
    # action log: (No., Min. ref, action, owners, status cell, status)
    log = [
        ("A/25/31", "25/162", "Clerk to ask Wrenshire County Council Highways for a speed survey on Hayward Road.",
         ["Clerk"], "Done – survey carried out 4–10 November; results circulated.", "completed"),
        ("A/25/34", "25/171(b)", "RFO to move the play area reserve into the public sector deposit fund.", ["RFO"],
         "Done", "completed"),
        ("A/25/36", "25/174", "Clerk and Cllr Q.R. to meet Mistleford Community Foundation about a joint small grants "
                              "scheme.", ["Clerk", "Cllr Q.R."], "In progress – meeting arranged for 21 January.",
         "ongoing"),
        ("A/25/39", "25/180", "Cllr L.M. to obtain three quotes for repairing the war memorial railings.", ["Cllr L.M."],
         "Carried forward – one quote received.", None),
        ("A/25/40", "25/180", "Clerk to apply to the District Council’s Community Infrastructure Levy fund for the Corn "
                              "Hall accessible toilet.", ["Clerk"], "Not started – the fund opens in February.",
         "not-started"),
        ("A/25/41", "25/183", "Deputy Clerk / RFO to update the asset register and the insurance schedule.",
         ["Deputy Clerk", "RFO"], "In progress", "ongoing"),
    ]
    md += [
        '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```',
        "## Action log",
        "Actions from earlier meetings, updated by the Clerk on 7 January 2026. Actions from this meeting are added "
        "to the log once these minutes are approved.",
        grid_table([11, 13, 40, 26], ["No.", "Min. ref", "Action", "Status"],
                   [[no, ref, text, cell] for no, ref, text, owners, cell, status in log]),
        "*Status:* Done – the action is complete. In progress – work has started. Not started – no work yet. "
        "Carried forward – not yet complete; brought forward to the next meeting.",
    ]
    actions += [action(no, text, owners, None, None, status) for no, ref, text, owners, cell, status in log]
    return {
        "name": "mistleford-town-council-minutes-january-2026",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2026-01-20"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Town council full council minutes with block-quoted resolutions, \"Action:\" lines "
                           "(\"Clerk to …\") and an action log without an owner column",
                     kind="minutes", title=MTC, authority=MTC, date="2026-01-13", meeting=MTC,
                     decisions=decisions, actions=actions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; an address line, the council's name as H1 and a bold "
                  "\"Minutes of the meeting of the Full Council …\" line; bold-led Present / In attendance paragraphs "
                  "with initials (not items); minute numbers \"26/001\" … \"26/014\" in Heading 2 titles, Finance "
                  "sub-items \"(a)\"–\"(c)\" as Heading 3; every resolution a block quote \"**Resolved:** to …\" or "
                  "\"**Resolved:** that …\" followed by an italic proposer/seconder line or a recorded vote; one "
                  "resolution completed by a bullet list of four grants (\"as follows:\"); an amendment that fell for "
                  "want of a seconder, a declaration, public questions, the Clerk's and the Mayor's undertakings, "
                  "noted reports and correspondence (not items); a pipe table of planning comments (not items); "
                  "\"Action:\" lines in three styles (bold \"Action:\", bold \"ACTION:\", italic \"Action:\") of the "
                  "form \"Clerk to …\", owners split by \"/\" and \"and\", dates \"by 16 January\", \"by 31 "
                  "January\", \"by 23 January\", \"before the next meeting\" and none; a signature line; after a "
                  "page break an action log grid table No. | Min. ref | Action | Status with no owner column (the "
                  "owner opens the action: \"Clerk to …\", \"Deputy Clerk / RFO to …\", \"Clerk and Cllr Q.R. to "
                  "…\"), status words Done / In progress / Not started / Carried forward with notes, and an italic "
                  "status key under it.",
    }


# ---------------------------------------------------------------------------
# L5. Community foundation grants panel report (Markdown → pandoc DOCX → LibreOffice): a capitals
#     brand line, a line block (meeting / item and paper number / open paper), the title as H1,
#     bold Report of / Panel Chair lines; "1. Decisions required" with "The Board is asked to:"
#     and a pandoc (a)–(d) list; a funders table; the assessment method and a declaration; Table 2
#     of recommended awards (Ref | Organisation | Project | Score | Requested | Recommended) with a
#     total row, conditions in a note; Table 3 of applications not recommended; "The Panel
#     recommends that …" in a paragraph; a monitoring table; next steps bullets.
# ---------------------------------------------------------------------------


def grants_panel_report():
    title = "Mistleford Community Fund – Round 2 2025/26: Recommendations of the Grants Panel"
    recs = [
        ("a", "approve the eleven awards recommended by the Grants Panel and set out in Table 2, totalling £46,350;",
         "APPROVE"),
        ("b", "decline the five applications listed in Table 3, for the reasons given;", "DECLINE"),
        ("c", "agree that the unallocated balance of £3,650 is carried forward to Round 1 2026/27; and", "AGREE"),
        ("d", "note the monitoring summary for the awards made in Round 1 2025/26 (section 6).", "NOTE"),
    ]
    awards = [
        ("R2/01", "Mistleford Foodbank", "Winter warm packs for 300 households", "21", "5,000", "5,000"),
        ("R2/02", "Mistle Valley Talking Newspaper", "Digital recorders and volunteer training", "17", "2,400",
         "2,400"),
        ("R2/04", "Hayward Road Residents’ Association", "Community garden and seating", "16", "6,800", "4,000"),
        ("R2/05", "Mistleford Youth Project", "Friday night drop-in for 11 to 16 year olds", "23", "7,500", "7,500"),
        ("R2/06", "Age Together Mistleford", "Transport to the lunch club", "20", "6,200", "6,200"),
        ("R2/08", "Mistleford Men’s Shed", "Workshop dust extraction", "18", "3,950", "3,950"),
        ("R2/09", "Little Mistle Pre-school", "Outdoor play area surface", "15", "7,500", "3,000"),
        ("R2/11", "Mistleford Refugee Welcome", "English conversation café", "22", "4,300", "4,300"),
        ("R2/12", "Corn Hall Community Cinema", "Dementia-friendly screenings", "19", "2,800", "2,800"),
        ("R2/14", "Mistleford Carers’ Group", "Short breaks for young carers", "21", "5,600", "5,600"),
        ("R2/16", "Mistle Park Walking Group", "Led walks for people with long-term conditions", "16", "2,800",
         "1,600"),
        ("", "**Total**", "", "", "**54,850**", "**46,350**"),
    ]
    declined = [
        ("R2/03", "Mistleford Rugby Club", "4,000", "Clubhouse works used mainly by members; score 11."),
        ("R2/07", "Mistleford Wellbeing CIC", "7,500", "Score 13; no evidence of local need."),
        ("R2/10", "St Barnabas Church Hall Committee", "2,000", "Roof repairs are outside the fund’s priorities."),
        ("R2/13", "Mistle Valley Allotment Society", "1,330", "Score 14."),
        ("R2/15", "Mistleford Scouts", "1,500", "Already funded for the same project in Round 1."),
    ]
    md = [
        "**MISTLEFORD COMMUNITY FOUNDATION**",
        "| Board of Trustees – Thursday 4 December 2025\n| Agenda item 6 · Paper BT/25/41\n| Open paper",
        f"# {title}",
        "**Report of:** Grants Manager, on behalf of the Grants Panel  \n**Panel Chair:** Trustee (R.O.)",
        "## 1. Decisions required",
        "The Board is asked to:",
        "\n".join(f"({n}) {text}" for n, text, verb in recs),
        "## 2. Background",
        "The Mistleford Community Fund is a pooled fund managed by the Foundation. For 2025/26 it holds £100,000 from "
        "the funders below, awarded in two rounds of £50,000. Grants of £500 to £7,500 are open to voluntary and "
        "community groups in Mistleford district for projects that reduce isolation, support children and young "
        "people, or help people with the cost of living.",
        "| Funder | 2025/26 (£) |\n|----------------------------------------------------------|---------------:|\n"
        "| Mistleford District Council | 60,000 |\n"
        "| Mistleford Town Council | 10,000 |\n"
        "| Wrenshire Building Society Charitable Trust | 20,000 |\n"
        "| Foundation endowment income | 10,000 |\n"
        "| **Total** | **100,000** |",
        "## 3. How the Panel assessed the applications",
        "Round 2 opened on 1 September and closed on 3 October 2025. Sixteen eligible applications asked for £71,180 "
        "in total. The Panel (three trustees and two independent members) met on 13 November 2025 and scored each "
        "application out of 25 against five criteria: need, difference made, involvement of local people, value for "
        "money and the group’s ability to deliver. Applications scoring 15 or more are recommended, in part where "
        "the budget did not allow the full amount.",
        "Trustee (P.D.) declared an interest in application R2/09, as a member of the pre-school’s committee, and took "
        "no part in its assessment.",
        "## 4. Recommended awards",
        "**Table 2 – Applications recommended for funding**",
        grid_table([9, 20, 22, 11, 12, 13], ["Ref", "Organisation", "Project", "Score", "Asked (£)", "Award (£)"],
                   [list(row) for row in awards]),
        "*Conditions:* R2/04 – subject to the landowner’s written consent. R2/09 – towards the play surface only, "
        "subject to a second quotation. R2/16 – part award for the first six months.",
        "## 5. Applications not recommended",
        "**Table 3 – Applications not recommended**",
        grid_table([9, 26, 12, 40], ["Ref", "Organisation", "Asked (£)", "Reason"],
                   [list(row) for row in declined]),
        "The Panel recommends that the Foundation offers feedback calls to all five applicants and invites Mistleford "
        "Wellbeing CIC to discuss a revised application for Round 1 2026/27.",
        "## 6. Monitoring of Round 1 2025/26 awards",
        "| Awards made | Amount (£) | End-of-grant reports received | Concerns |\n|------------|------------:|-----------------------------|------------------------------------|\n"
        "| 14 | 49,820 | 9 of the 14 due by 30 November | One grant (R1/07) on hold until a new treasurer is in "
        "place |",
        "## 7. Next steps",
        "- Offer letters will be sent by 12 December 2025, subject to the Board’s approval.\n"
        "- Grants will be paid by bank transfer in January 2026.\n"
        "- Round 1 2026/27 opens on 2 March 2026.",
        "## 8. Risks",
        "The main risk is that a part-funded project cannot go ahead. The Grants Manager will confirm with each "
        "part-funded group that its project is still viable before the offer letter is sent.",
        "## Contact",
        "Grants Manager, Mistleford Community Foundation, 2 Bridge Street, Mistleford MF1 2DE – "
        "grants@mistlefordcf.example – 01632 960 866",
    ]
    gold_recs = [recommendation(n, text, verb=verb, addressee="Board") for n, text, verb in recs]
    return {
        "name": "mistleford-community-foundation-grants-panel-report",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2025-11-26"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Community foundation grants panel report recommending awards to the Board of Trustees",
                     kind="committee-report", title=title, authority=None, date="2025-12-04",
                     meeting="Board of Trustees", recommendations=gold_recs),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's default styles; a bold capitals brand line; a "
                  "line block (Board of Trustees and date / agenda item and paper number / open paper); the title as "
                  "H1; bold Report of / Panel Chair lines joined by a hard line break; \"1. Decisions required\" with "
                  "\"The Board is asked to:\" and a pandoc (a)–(d) list (lower-case verbs, \"; and\"); a funders pipe "
                  "table with a bold total (two councils among four funders); the assessment method and a trustee's "
                  "declaration; Table 2, a grid table of eleven recommended awards Ref | Organisation | Project | Score "
                  "| Asked (£) | Award (£) with refs R2/01–R2/16 (gaps are the declined ones), three part awards "
                  "and a bold total row, and an italic conditions note; Table 3, a grid table of five applications not "
                  "recommended with reasons; \"The Panel recommends that the Foundation offers …\" as a paragraph (not "
                  "an item); a monitoring pipe table, next steps bullets with dates and no owners, a risks paragraph "
                  "and a contact line (not items).",
    }


# ---------------------------------------------------------------------------
# L6. Cabinet report on a VCS infrastructure review (python-docx → LibreOffice), Liberation Serif,
#     italic running header and a footer: a borderless front table with bold labels; typed 1.1 …
#     paragraphs; "2.1 Cabinet is recommended to:" with a Word-numbered i.–iv. list; the reviewers'
#     preferred option in prose and options A–C in bold paragraphs (not items); after page breaks,
#     Appendix B, a consultation response summary (Theme | What you told us | Our response | Change
#     to the proposal?) with Yes/No in shaded cells (not items), and Appendix C, the Council's
#     response to the review's seven recommendations: No. | The review recommended | Council
#     response | Lead officer | Timescale.
# ---------------------------------------------------------------------------


def vcs_infrastructure_review():
    title = ("Review of Voluntary and Community Sector Infrastructure Support: Outcome of Consultation and Future "
             "Commissioning")
    covering = [
        ("i", "note the findings of the independent review of voluntary and community sector infrastructure support "
              "and the results of the consultation (Appendix B);", "NOTE"),
        ("ii", "agree the Council’s response to the review’s recommendations, as set out in Appendix C;", "AGREE"),
        ("iii", "approve the commissioning of a single infrastructure support contract from 1 October 2026, for three "
                "years with an option to extend by two, at a value of up to £420,000 a year; and", "APPROVE"),
        ("iv", "delegate authority to the Director of Communities and Neighbourhoods, in consultation with the Cabinet "
               "Member for Communities and Equalities, to award the contract after the procurement.", "DELEGATE"),
    ]
    # review recommendations: (No., text, verb, response, decision, lead cell, owners, timescale, due)
    review = [
        ("1", "Replace the four infrastructure grants with a single contract held by a lead provider working with "
              "specialist partners.", "REPLACE",
         "Agree. This is the basis of recommendation (iii) of this report. The contract will require the lead provider "
         "to subcontract equalities and social enterprise support.", "accepted",
         "Head of Communities /\nProcurement Manager", ["Head of Communities", "Procurement Manager"],
         "1 October 2026", "2026-10-01"),
        ("2", "Set the contract value at no less than the current total of £612,000 a year.", "SET",
         "Do not agree. The Council’s medium-term financial plan requires a saving of £192,000 from 2026/27. A value "
         "of up to £420,000 a year protects core support for small groups.", "rejected",
         "N/A", [], "N/A", None),
        ("3", "Measure the outcomes of infrastructure support, not only the number of groups helped, using a shared "
              "framework agreed with the sector.", "MEASURE",
         "Agree in part. An outcomes framework will be part of the contract, but it will be agreed with the provider "
         "after the award rather than before the procurement.", "partially-accepted",
         "Head of Communities", ["Head of Communities"], "Q3 2026/27", "2026-12"),
        ("4", "Keep a free volunteer brokerage service open to all residents.", "KEEP",
         "Agree.", "accepted", "Head of Communities", ["Head of Communities"], "From October 2026", "2026-10"),
        ("5", "Give the sector at least six months’ notice of any change to its funding.", "GIVE",
         "Agree. The Council will make this a standing commitment in the Edderby Compact when it is refreshed.",
         "accepted", "Head of Policy and Partnerships, with Edderby CVS",
         ["Head of Policy and Partnerships", "Edderby CVS"], "March 2026", "2026-03"),
        ("6", "Transfer the Community Chest small grants scheme to an independent grant-maker such as a community "
              "foundation.", "TRANSFER",
         "Agree in part. The Council will explore this with Edderby Community Trust in 2026/27; no decision will be "
         "taken until the costs are known.", "partially-accepted",
         "Grants and Funding Manager", ["Grants and Funding Manager"], "2026/27", "2027-03"),
        ("7", "Create a joint Council and ICB fund for voluntary sector infrastructure in health.", "CREATE",
         "For the ICB to decide. The Council supports the proposal and has raised it with NHS Edderby and Haslow ICB, "
         "which will consider it in its 2026/27 planning.", None,
         "Director of Communities and Neighbourhoods", ["Director of Communities and Neighbourhoods"], "TBC", None),
    ]
    b = lambda text: {"text": text, "bold": True}
    blocks = [
        ("p", "**EDDERBY CITY COUNCIL**"),
        ("table", {"cols": [4.5, 12.5], "borders": False, "rows": [
            [b("Report to:"), "Cabinet"],
            [b("Date:"), "10 February 2026"],
            [b("Report of:"), "Director of Communities and Neighbourhoods"],
            [b("Cabinet Member:"), "Cabinet Member for Communities and Equalities"],
            [b("Key decision:"), "Yes"],
            [b("Forward Plan reference:"), "FP/2026/007"],
            [b("Wards affected:"), "All"],
            [b("Exempt:"), "No"],
        ]}),
        ("title", title),
        ("h", 1, "1. Purpose of the report"),
        ("p", "1.1\tThis report sets out the findings of the independent review of the support the Council funds for "
              "voluntary and community organisations (“infrastructure support”), the results of the public "
              "consultation on the proposed changes, and the Council’s response to the review’s recommendations. It "
              "asks Cabinet to approve a new commissioning model from October 2026."),
        ("h", 1, "2. Recommendations"),
        ("p", "2.1\tCabinet is recommended to:"),
        ("list", "i.", 1, [text for n, text, verb in covering]),
        ("h", 1, "3. Reasons for the recommendations"),
        ("p", "3.1\tThe current grants end on 30 September 2026. A single contract will give organisations one place "
              "to go for help, remove duplication between the four funded bodies, and deliver the saving agreed in "
              "the medium-term financial plan."),
        ("h", 1, "4. Background"),
        ("p", "4.1\tThe Council spends £612,000 a year on infrastructure support through four grants: Edderby CVS "
              "(£318,000), Volunteer Centre Edderby (£126,000), Edderby Equalities Network (£98,000) and Edderby "
              "Social Enterprise Hub (£70,000)."),
        ("p", "4.2\tIn May 2025 Cabinet asked for an independent review. It was carried out by Thornhale Associates "
              "between June and September 2025 and included a survey of 163 organisations, interviews with 31 "
              "partners and six workshops."),
        ("h", 1, "5. The review’s findings"),
        ("p", "5.1\tThe review found that the support is valued but fragmented. Organisations often do not know which "
              "body to approach, and three of the four bodies offer similar funding advice."),
        ("table", {"cols": [7.5, 4.5, 4.5], "header": ["Funded body", "Organisations supported 2024/25",
                                                       "Cost per organisation (£)"],
                   "header_fill": "E2EFDA", "font": 9.5, "rows": [
            ["Edderby CVS", "412", "772"],
            ["Volunteer Centre Edderby", "188", "670"],
            ["Edderby Equalities Network", "64", "1,531"],
            ["Edderby Social Enterprise Hub", "41", "1,707"],
        ]}),
        ("p", "5.2\tThe reviewers recommended that the four grants be replaced by one contract with a lead provider "
              "and specialist partners (their option C). Their seven recommendations and the Council’s response to "
              "each are in Appendix C."),
        ("h", 1, "6. Consultation"),
        ("p", "6.1\tConsultation on the proposals ran from 6 October to 30 November 2025. 187 people responded: 141 "
              "through the online survey and 46 at five drop-in events. Edderby CVS also sent a joint response on "
              "behalf of 38 member organisations."),
        ("p", "6.2\tA summary of the responses, and how the proposals have changed as a result, is in Appendix B. "
              "The main change is that the contract will require specialist support for equalities groups and "
              "social enterprises to be subcontracted, rather than left to the lead provider."),
        ("h", 1, "7. Options considered"),
        ("p", "**Option A – keep the four grants at current values.** Rejected: it does not deliver the saving."),
        ("p", "**Option B – keep the four grants and cut each by 31%.** Rejected: two of the bodies said they "
              "could not continue at that level."),
        ("p", "**Option C – one contract with a lead provider and specialist partners.** Recommended."),
        ("h", 1, "8. Financial implications"),
        ("p", "8.1\tThe contract value of up to £420,000 a year delivers the saving of £192,000 a year from 2026/27 "
              "in a part year and from 2027/28 in full."),
        ("h", 1, "9. Legal and equality implications"),
        ("p", "9.1\tThe procurement will follow the Procurement Act 2023. An equality impact assessment found that "
              "groups led by and for minority ethnic communities could lose specialist support; the subcontracting "
              "requirement in recommendation (iii) is the mitigation."),
        ("table", {"cols": [4.5, 12.5], "borders": False, "rows": [
            [b("Contact officer:"), "Head of Communities – communities@edderby.example – 01632 960 784"],
            [b("Appendices:"), "A – Independent review report (published separately); B – Consultation response "
                               "summary; C – Council response to the review’s recommendations"],
        ]}),
        ("break",),
        ("h", 1, "Appendix B – Consultation response summary"),
        ("table", {"cols": [3.0, 5.6, 6.0, 2.4],
                   "header": ["Theme", "What you told us", "Our response", "Change to the proposal?"],
                   "header_fill": "E2EFDA", "font": 9, "rows": [
            ["One contract", "Most respondents (61%) supported a single point of contact, but small groups feared a "
                             "large provider would not understand them.",
             "The lead provider must work with specialist partners and keep a small groups service.",
             {"text": "Yes", "fill": "C6EFCE", "bold": True}],
            ["Equalities", "Groups led by and for minority ethnic communities asked for support from people with "
                           "shared experience.",
             "Equalities support will be subcontracted to a specialist organisation.",
             {"text": "Yes", "fill": "C6EFCE", "bold": True}],
            ["Funding level", "Many respondents opposed any reduction in funding.",
             "The saving is needed to balance the budget; the contract protects core support.",
             {"text": "No", "fill": "FFC7CE", "bold": True}],
            ["Volunteering", "Residents value being able to find volunteering opportunities in one place.",
             "A free volunteer brokerage service will be part of the contract.",
             {"text": "No", "fill": "FFC7CE", "bold": True}],
            ["Timescale", "Some asked for the change to be delayed to April 2027.",
             "The current grants end in September 2026; the grants will be extended by six months if the procurement "
             "is delayed.", {"text": "No", "fill": "FFC7CE", "bold": True}],
        ]}),
        ("break",),
        ("h", 1, "Appendix C – Council response to the review’s recommendations"),
        ("p", "The Council’s response opens with **Agree**, **Agree in part** or **Do not agree**. Where a "
              "recommendation is agreed, the lead officer and timescale are shown."),
        ("table", {"cols": [1.1, 5.2, 5.8, 3.0, 2.0],
                   "header": ["No.", "The review recommended", "Council response", "Lead officer", "Timescale"],
                   "header_fill": "A9D08E", "font": 9,
                   "rows": [[n, text, response, lead, timescale]
                            for n, text, verb, response, dec, lead, owners, timescale, due in review]}),
    ]
    gold_recs = [recommendation(n, text, verb=verb, addressee="Cabinet") for n, text, verb in covering]
    gold_recs += [recommendation(n, text, verb=verb, owners=owners, due=due,
                                 timeframe=None if timescale == "N/A" else timescale,
                                 response=response, decision=dec)
                  for n, text, verb, response, dec, lead, owners, timescale, due in review]
    return {
        "name": "edderby-cabinet-vcs-infrastructure-review",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-30", "doc_title": "VCS infrastructure review", "author": "Edderby City Council",
                 "far_h": True, "cant_split": True, "font": "Liberation Serif", "size": 11,
                 "header": "Edderby City Council – Cabinet – 10 February 2026",
                 "footer": "Agenda item 9 – VCS infrastructure review"},
        "blocks": blocks,
        "gold": dict(genre="Cabinet report on a voluntary sector infrastructure (commissioning) review, with a "
                           "consultation response summary and the Council's response to the review's "
                           "recommendations",
                     kind="committee-report", title=title, authority=ECC, date="2026-02-10", meeting="Cabinet",
                     decision_number="FP/2026/007", recommendations=gold_recs),
        "layout": "PDF (python-docx → LibreOffice), Liberation Serif 11 pt, Word heading styles, italic running "
                  "header and a page footer; a bold capitals council line; a borderless front table with bold labels "
                  "(Report to / Date / Report of / Cabinet Member / Key decision / Forward Plan reference / Wards "
                  "affected / Exempt) above the title; typed 1.1–9.1 paragraphs (tab after the number); \"2.1 "
                  "Cabinet is recommended to:\" and a Word-numbered i.–iv. list (lower-case verbs, \"; and\"); a "
                  "figures table; \"5.2 The reviewers recommended that …\" (not an item); bold Option A–C paragraphs "
                  "(not items); a borderless contact table; after a page break, Appendix B, a consultation response "
                  "summary Theme | What you told us | Our response | Change to the proposal? with Yes / No in green "
                  "and pink cells (not items); after another page break, Appendix C, No. | The review recommended | "
                  "Council response | Lead officer | Timescale with a green header, seven imperative "
                  "recommendations, responses opening \"Agree.\", \"Agree in part.\", \"Do not agree.\" and one "
                  "\"For the ICB to decide.\", lead cells with \"/\" plus line break, \", with\" and \"N/A\", "
                  "timescales \"1 October 2026\", \"N/A\", \"Q3 2026/27\", \"From October 2026\", \"March 2026\", "
                  "\"2026/27\", \"TBC\"; rows may not split.",
    }


PAPERS = [cvs_state_of_the_sector, escp_annual_report, ofsted_action_plan, town_council_minutes,
          grants_panel_report, vcs_infrastructure_review]
