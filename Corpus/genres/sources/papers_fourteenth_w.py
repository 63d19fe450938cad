"""Papers of the fourteenth batch, part W ("authorities beyond English local government"): six
made-up papers from public bodies whose templates differ from English county and district
councils, from two invented places:

  Marlstone – Marlstone County Borough Council ("Cyngor Bwrdeistref Sirol Marlstone"), a Welsh
    county borough with a Cabinet and scrutiny committees, the Marlstone Public Services Board
    (secretariat from the Council) and the Compact between the Council and the third sector;
  Hazelby – Hazelby Council, a Scottish council with an Education and Children's Services
    Committee, the Hazelby Integration Joint Board (with NHS Hazelby and the Council) and the
    Hazelby Community Planning Partnership.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every body around the two places (Cwm Marl University
Health Board, Marlstone Association of Voluntary Organisations, Hazelby Third Sector Interface …),
every school, street and figure is made up. Acts of the Senedd and the Scottish Parliament are
named as such bodies' papers name them.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks) and without running it, using only the corpus READMEs, the build scripts and, for
conventions and helpers, parts of the paper definitions in this folder (not papers_fourteenth_x.py,
written at the same time by someone else). Each paper names its own split. Every gold value is
written by hand beside the words it labels; the "Authorities beyond English local government,
part W" notes record the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter ("Page X of Y" running headers, ("pr", …) right-aligned lines, ("ph", …)
bold headings that are not styles, ("pn", …) typed-number paragraphs with a hanging indent, "rules"
tables, "<<RRGGBB|…>>" coloured words, meta "cant_split"); the Chromium papers use that module's HTML
wrapper (meta "m_css" for page-margin boxes); the pandoc papers use papers_fresh.grid_table.

The papers (name – split – format – layout):

  W1 marlstone-scrutiny-unpaid-carers-task-and-finish-report-and-cabinet-member-response – tune –
     docx: a Welsh scrutiny committee report with a bilingual letterhead, a ruled front sheet,
     "It is recommended that the Scrutiny Committee:" over typed (i)–(iii), the Well-being of
     Future Generations five ways of working, the Task and Finish Group's recommendations R1–R7 as
     typed paragraphs under bold theme lines, and after a page break the Cabinet Member's response
     table (Accepted / Accepted in principle / Not accepted, with a key).
  W2 marlstone-psb-well-being-plan-delivery-progress-report-2025 – tune – chromium-pdf: a Public
     Services Board delivery plan progress report, landscape, with a bilingual heading, a boxed
     "Recommendation" sentence, a status key and one table per well-being objective (Step | What
     we will do | Lead partner | Supporting partners | Timescale | Status | Progress).
  W3 marlstone-third-sector-compact-annual-report-2024-25 – unseen – pandoc-docx: the Compact's
     annual report (foreword, shared principles, the year in numbers, codes of practice, "Looking
     ahead" bullets, "This report makes no recommendations"); nothing to find.
  W4 hazelby-ijb-short-breaks-services-statement-and-direction – unseen – lo-pdf: an
     Integration Joint Board "Report by the Chief Officer" with "It is recommended that the
     Integration Joint Board:" over typed (i)–(v), Scottish implications headings, a directions
     checkbox table and an appended Direction form (not items).
  W5 hazelby-council-education-and-childrens-services-committee-minute-march-2026 – tune –
     pandoc-lo-pdf: Scottish committee minute with a Sederunt, capital item headings, bold
     "Decision" lines, "The Committee agreed:" over pandoc-lettered (a)–(c) and escaped typed
     (i)–(iii), "The Committee:" over pandoc-numbered (1)/(2) past-tense parts, a division, an
     exclusion resolution and an exempt item.
  W6 hazelby-cpp-loip-annual-delivery-report-2024-25 – unseen – chromium-pdf: a Community
     Planning Partnership Board report by the Community Planning Manager with HTML-numbered i.–iii.
     recommendations and, landscape, an appended LOIP delivery table with priority cells merged down
     and a status key.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

MARLSTONE = "Marlstone County Borough Council"
HAZELBY = "Hazelby Council"
HAZELBY_IJB = "Hazelby Integration Joint Board"
PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="D9D9D9"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# W1. Welsh scrutiny committee: Task and Finish Group report with the Cabinet Member's response
#     (DOCX, python-docx, Liberation Sans 10.5 pt, NinthMWriter).
# ---------------------------------------------------------------------------


def marlstone_carers_review():
    title = "Unpaid Carers Task and Finish Group: Final Report and Cabinet Member’s Response"
    committee = "Social Care and Health Scrutiny Committee"
    stem = [
        ("i", "notes the Cabinet Member’s response to the Task and Finish Group’s recommendations, set out at "
              "Appendix 2;", "NOTES"),
        ("ii", "agrees to monitor the accepted recommendations through the Committee’s recommendation tracker, with a "
               "first report in July 2026; and", "AGREES"),
        ("iii", "refers the Group’s findings on breaks for young carers to the Learning and Skills Scrutiny "
                "Committee.", "REFERS"),
    ]
    ta, tb, tc = ("Finding and recognising carers", "Information, advice and assessment", "Breaks from caring")
    # (number, theme, text, verb, addressee, decision word, decision, response, lead cell, owners, target cell,
    #  due, status)
    recs = [
        ("R1", ta, "That the Council funds a carers’ champion post in each of the four GP clusters, jointly with Cwm "
                   "Marl University Health Board, so that carers are identified and referred for support earlier.",
         "FUNDS", "Council", "Accepted in principle", "partially-accepted",
         "The Health Board has agreed to fund two of the four posts from its Regional Integration Fund allocation. "
         "The Council will fund the other two if the 2026/27 budget allows.",
         "Head of Adult Services /\nCwm Marl UHB Primary Care Lead",
         ["Head of Adult Services", "Cwm Marl UHB Primary Care Lead"], "April 2026", "2026-04", None),
        ("R2", ta, "Schools should be supported to identify young carers through the Young Carers ID card scheme, "
                   "with a named lead in every secondary school.",
         None, None, "Accepted", "accepted",
         "The ID card is already offered in all eight secondary schools. A named lead will be confirmed in each "
         "school before the end of the summer term.",
         "Head of Inclusion, Education Directorate", ["Head of Inclusion, Education Directorate"], "July 2026",
         "2026-07", None),
        ("R3", tb, "The Council should publish a single guide to support for carers, in Welsh and English, and send "
                   "it to every carer who contacts the Information, Advice and Assistance service.",
         "PUBLISH", "Council", "Accepted", "accepted",
         "A bilingual guide was published in November 2025 and is now sent after every Information, Advice and "
         "Assistance contact with a carer.",
         "Carers Development Officer", ["Carers Development Officer"], "Complete", None, "completed"),
        ("R4", tb, "Offer every carer a carer’s needs assessment within 28 days of first contact, and report "
                   "performance against this standard to the Committee every six months.",
         "OFFER", None, "Accepted", "accepted",
         "The 28-day standard will apply from April 2026. The first six-monthly report will come to the Committee "
         "in the autumn.",
         "Service Manager, Adult Assessment", ["Service Manager, Adult Assessment"], "Q2 2026/27", "2026-09", None),
        ("R5", tb, "That the Cabinet Member for Social Services and Well-being reviews the charging policy for "
                   "replacement care, so that carers are not charged for breaks that support their own well-being.",
         "REVIEWS", "Cabinet Member for Social Services and Well-being", "Not accepted", "rejected",
         "Charges for replacement care are already capped at the weekly maximum set by the Welsh Government, and "
         "most carers pay nothing. The charging policy will next be reviewed in 2027.",
         "–", [], "N/A", None, None),
        ("R6", tc, "That the Council commissions, with the third sector, a flexible short breaks fund that carers "
                   "can use without a formal assessment.",
         "COMMISSIONS", "Council", "Accepted", "accepted",
         "A fund of £150,000 a year, run by Marlstone Association of Voluntary Organisations, will open for "
         "applications in June 2026.",
         "Commissioning Manager; Marlstone Association of Voluntary Organisations",
         ["Commissioning Manager", "Marlstone Association of Voluntary Organisations"], "June 2026", "2026-06",
         None),
        ("R7", tc, "The Public Services Board should include unpaid carers in its next well-being assessment as a "
                   "group whose well-being is at risk.",
         "INCLUDE", "Public Services Board", "Accepted", "accepted",
         "The Cabinet Member will ask the Public Services Board to do so when work on the next assessment begins.",
         "Policy and Partnerships Manager (PSB support)", ["Policy and Partnerships Manager (PSB support)"],
         "PSB meeting, March 2026", "2026-03", None),
    ]
    red = "A6192E"
    grey = "595959"

    def theme_block(theme):
        out = [("ph", 11, theme)]
        for r in recs:
            if r[1] == theme:
                out.append(("pn", f"**{r[0]}**\t{r[2]}"))
        return out

    blocks = [
        ("pr", f"<<{red}|**MARLSTONE COUNTY BOROUGH COUNCIL**>>"),
        ("pr", f"<<{grey}|CYNGOR BWRDEISTREF SIROL MARLSTONE>>"),
        ("table", {"cols": [4.6, 12.4], "rules": True, "font": 10, "rows": [
            ["**REPORT TO:**", committee],
            ["**DATE OF MEETING:**", "14 January 2026"],
            ["**REPORT OF:**", "Chair of the Unpaid Carers Task and Finish Group (Councillor G.L.)"],
            ["**CABINET MEMBER:**", "Cabinet Member for Social Services and Well-being"],
            ["**CONTACT OFFICER:**", "Scrutiny Officer, Democratic Services"],
            ["**WARDS AFFECTED:**", "All"],
            ["**KEY DECISION:**", "No"],
        ]}),
        ("title", title),
        ("ph", 12, "1. PURPOSE OF THE REPORT"),
        ("pn", "1.1\tTo present the final report of the Unpaid Carers Task and Finish Group and the Cabinet Member’s "
               "response to its seven recommendations."),
        ("ph", 12, "2. RECOMMENDATIONS"),
        ("pn", "2.1\tIt is recommended that the Scrutiny Committee:"),
    ] + [("pn", f"({n})\t{text}") for n, text, _verb in stem] + [
        ("ph", 12, "3. REASONS FOR THE RECOMMENDATIONS"),
        ("pn", "3.1\tThe Committee agreed the Group’s report on 8 October 2025 and referred it to the Cabinet Member, "
               "who has six weeks to respond under the Council’s scrutiny procedure rules. Monitoring the accepted "
               "recommendations lets the Committee see whether they make a difference to carers."),
        ("ph", 12, "4. BACKGROUND"),
        ("pn", "4.1\tAt the 2021 Census 14,870 people in Marlstone said they provided unpaid care, 11.9% of the "
               "population and one of the highest rates in Wales. Under the Social Services and Well-being (Wales) "
               "Act 2014 carers have the same right to an assessment and support as the people they care for."),
        ("pn", "4.2\tThe Group (Councillors G.L. (Chair), B.E., H.M., O.P. and W.T.) met seven times between May and "
               "September 2025. It heard from carers at three drop-in sessions in Tregarn, Pontmarl and Cefn Isaf, "
               "from Marlstone Carers Centre, from officers and from the Health Board."),
        ("ph", 12, "5. WHAT THE GROUP FOUND"),
        ("pn", "5.1\tFew carers are known to services. Only 1,214 carers were registered with a GP practice as a "
               "carer in March 2025, and 312 carers’ needs assessments were completed in 2024/25."),
        ("table", {"cols": [8.5, 2.8, 2.8, 2.9], "font": 9, "header_fill": "F2DCDB",
                   "header": ["Measure", "2022/23", "2023/24", "2024/25"],
                   "rows": [
                       ["Carers’ needs assessments completed", "268", "290", "312"],
                       ["Carers with a support plan", "141", "152", "175"],
                       ["Average wait for an assessment (days)", "49", "44", "41"],
                       ["Young carers with an ID card", "88", "133", "207"],
                   ]}),
        ("pn", "5.2\tCarers told the Group that they found out about support “by accident”, often years after they "
               "started caring, and that breaks were hard to arrange at short notice."),
        ("pn", "5.3\tThe Regional Partnership Board’s carers strategy recommends that every cluster has a carers’ "
               "champion; two of the four clusters have one, funded until March 2026."),
        ("ph", 12, "6. THE GROUP’S RECOMMENDATIONS"),
        ("pn", "6.1\tThe Group made seven recommendations, under three themes."),
    ] + theme_block(ta) + theme_block(tb) + theme_block(tc) + [
        ("ph", 12, "7. WELL-BEING OF FUTURE GENERATIONS (WALES) ACT 2015"),
        ("pn", "7.1\tThe review contributes to the Council’s well-being objectives “Healthy and independent lives” and "
               "“Strong and connected communities”. The Group applied the five ways of working:"),
        ("list", "bullet", 1, [
            "**Long term** – carers’ own health is protected so that they can go on caring;",
            "**Prevention** – earlier identification avoids crises and emergency placements;",
            "**Integration** – the recommendations support the Health Board’s and the Public Services Board’s "
            "objectives;",
            "**Collaboration** – the Group worked with the Health Board, schools and the third sector;",
            "**Involvement** – 64 carers and 19 young carers gave evidence.",
        ]),
        ("ph", 12, "8. INTEGRATED IMPACT ASSESSMENT"),
        ("pn", "8.1\tAn Integrated Impact Assessment screening, covering equalities, the Welsh language and the "
               "socio-economic duty, found a positive impact on carers, most of whom are women, and no negative "
               "impact on the Welsh language."),
        ("ph", 12, "9. FINANCIAL IMPLICATIONS"),
        ("pn", "9.1\tThis report has no direct financial implications. The costs of the accepted recommendations are "
               "set out in the Cabinet Member’s response."),
        ("ph", 12, "10. BACKGROUND PAPERS"),
        ("pn", "10.1\tTask and Finish Group evidence pack (May–September 2025). Contact: Scrutiny Officer, Civic "
               "Offices, Tregarn MR4 2DL – scrutiny@marlstone.gov.example – 01632 960 418."),
        ("break",),
        ("ph", 12, "Appendix 2: Cabinet Member’s response to the Task and Finish Group’s recommendations"),
        ("p", f"<<{grey}|Response of the Cabinet Member for Social Services and Well-being, 2 December 2025.>>"),
        ("p", "**Key:** Accepted – will be carried out as recommended. Accepted in principle – the aim is agreed, but "
              "only part of the recommendation will be carried out or it depends on funding not yet secured. Not "
              "accepted – will not be carried out."),
        ("table", {"cols": [1.0, 4.8, 5.0, 2.1, 2.5, 1.8], "font": 8.5, "header_fill": "F2DCDB",
                   "header": ["Ref", "Recommendation", "Response", "Decision", "Lead officer", "Target date"],
                   "rows": [[r[0], r[2], r[7], r[5], r[8], r[10]] for r in recs]}),
    ]
    recommendations = [recommendation(n, text, verb=verb, addressee="Scrutiny Committee") for n, text, verb in stem]
    recommendations += [
        recommendation(n, text, verb=verb, addressee=addr, theme=theme, owners=owners, due=due,
                       timeframe=None if when in ("N/A", "Complete") else when, status=status,
                       response=resp, decision=dec)
        for n, theme, text, verb, addr, _word, dec, resp, _lead, owners, when, due, status in recs
    ]
    return {
        "name": "marlstone-scrutiny-unpaid-carers-task-and-finish-report-and-cabinet-member-response",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-01-05", "doc_title": title, "author": "Democratic Services", "ninth_m": True,
                 "cant_split": True, "font": "Liberation Sans", "size": 10.5, "title_size": 16, "title_color": red,
                 "m_header": ("Marlstone CBC – Social Care and Health Scrutiny Committee – 14 January 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="Welsh county borough scrutiny committee report: a task and finish group's recommendations "
                           "with the Cabinet Member's response table", kind="scrutiny-report", title=title,
                     authority=MARLSTONE, date="2026-01-14", meeting=committee, recommendations=recommendations),
        "layout": "DOCX (python-docx), Liberation Sans 10.5 pt, an italic running header with \"Page X of Y\" fields, "
                  "rows that may not split. Right-aligned red capitals council line and grey Welsh name line; a front "
                  "sheet with horizontal rules only and bold capital labels (REPORT TO / DATE OF MEETING / REPORT OF / "
                  "CABINET MEMBER / CONTACT OFFICER / WARDS AFFECTED / KEY DECISION: No); the red title; bold capital "
                  "headings that are not styles over typed 1.1–10.1 hanging paragraphs; \"2.1 It is recommended that "
                  "the Scrutiny Committee:\" over typed (i)–(iii) hanging paragraphs (lower-case verbs, \";\" and \"; "
                  "and\"); reasons (not items); a figures table with a pink header; \"The Regional Partnership "
                  "Board’s carers strategy recommends that …\" (not an item); \"6. THE GROUP’S RECOMMENDATIONS\" with "
                  "three bold theme lines over typed bold R1–R7 paragraphs (\"That the Council funds …\", a passive "
                  "\"… should be supported …\", \"The Council should …\", an imperative, \"That the Cabinet Member "
                  "for … reviews …\", \"The Public Services Board should …\"); the five ways of working as bullets. "
                  "After a page break, Appendix 2 with a key paragraph (Accepted / Accepted in principle / Not "
                  "accepted) and an 8.5 pt table Ref | Recommendation (restated word for word) | Response | Decision "
                  "| Lead officer | Target date; leads split by \"/\" plus line break and \";\", two \"post, body\" "
                  "cells, one \"–\"; target dates \"April 2026\", \"July 2026\", \"Complete\", \"Q2 2026/27\", "
                  "\"N/A\", \"June 2026\", \"PSB meeting, March 2026\".",
    }


# ---------------------------------------------------------------------------
# W2. Public Services Board: well-being plan delivery progress report (HTML → Chromium, landscape,
#     Liberation Sans 9.5 pt, page-margin boxes).
# ---------------------------------------------------------------------------


def marlstone_psb_delivery_report():
    title = "Marlstone Well-being Plan 2023–2028: Delivery Plan Progress Report, April to September 2025"
    board = "Marlstone Public Services Board"
    rec = ("That the Public Services Board notes the progress made against the delivery plan and agrees the revised "
           "timescales for steps 1.3 and 3.2.")
    o1, o2, o3 = ("Objective 1: A healthy start and healthy lives",
                  "Objective 2: Safe, connected and resilient communities",
                  "Objective 3: A greener Marlstone")
    # (objective, step, action, lead cell, owners, supporting partners, timescale cell, due, status word, status,
    #  progress)
    steps = [
        (o1, "1.1", "Roll out the Healthy Schools food programme to all primary schools in the Marl valley.",
         "Cwm Marl University Health Board (Public Health Team)",
         ["Cwm Marl University Health Board (Public Health Team)"], "Marlstone CBC Education; school governors",
         "July 2026", "2026-07", "On track", "ongoing",
         "19 of 31 primary schools have joined; the remaining 12 are booked for the spring term."),
        (o1, "1.2", "Create a shared social prescribing directory for all partners.",
         "Marlstone Association of Voluntary Organisations", ["Marlstone Association of Voluntary Organisations"],
         "GP clusters; Marlstone CBC", "March 2025", "2025-03", "Complete", "completed",
         "Directory live since March 2025, with 412 services listed and 2,900 searches a month."),
        (o1, "1.3", "Extend the Active Marlstone programme to adults aged over 65 in every community hub.",
         "Marlstone CBC /\nMarl Leisure Trust", ["Marlstone CBC", "Marl Leisure Trust"], "Cwm Marl UHB",
         "Revised: March 2027 (was September 2025)", "2027-03", "Behind schedule", "ongoing",
         "Sessions run in 5 of 9 hubs. Instructor recruitment has been slower than planned; a revised timescale is "
         "proposed."),
        (o2, "2.1", "Agree a joint community resilience plan for each of the four flood-risk communities.",
         "Fire and Rescue Service,\nMarlstone CBC Emergency Planning",
         ["Fire and Rescue Service", "Marlstone CBC Emergency Planning"], "Community councils; Police",
         "Q4 2025/26", "2026-03", "On track", "ongoing",
         "Plans agreed for Pontmarl and Cefn Isaf; Glanrhyd and Lower Tregarn in draft."),
        (o2, "2.2", "Train 200 frontline staff across partners in trauma-informed practice.",
         "Regional Safeguarding Board", ["Regional Safeguarding Board"], "All partners", "2025/26", "2026-03",
         "On track", "ongoing", "126 staff trained so far from eight organisations."),
        (o2, "2.3", "Pilot a community transport scheme linking rural villages to the Tregarn hospital site.",
         "Marlstone CBC Transport; Cwm Marl UHB", ["Marlstone CBC Transport", "Cwm Marl UHB"],
         "Marlstone Association of Voluntary Organisations", "From April 2026", "2026-04", "Not started",
         "not-started", "Funding bid submitted to the Regional Integration Fund; decision expected in January."),
        (o3, "3.1", "Publish a joint decarbonisation route map for partners’ buildings and fleet.",
         "Marlstone CBC", ["Marlstone CBC"], "Cwm Marl UHB; Fire and Rescue Service; Marlstone Homes",
         "31 December 2025", "2025-12-31", "On track", "ongoing",
         "Baseline emissions agreed by all partners; draft route map to the Board in December."),
        (o3, "3.2", "Plant 20 hectares of new community woodland with local schools and groups.",
         "Coed Marl Partnership", ["Coed Marl Partnership"], "Marlstone CBC Countryside Service; schools",
         "Revised: Winter 2026/27 (was Winter 2025/26)", "2027-02", "Behind schedule", "ongoing",
         "Two sites (7 hectares) secured; a third landowner withdrew in July."),
        (o3, "3.3", "Hold a Marlstone climate assembly and respond to its findings.",
         "PSB Support Team", ["PSB Support Team"], "All partners", "", None, "Not started", "not-started",
         "Awaiting the outcome of a bid to a national community fund."),
    ]
    green = "1E6B52"

    def objective_table(objective):
        return ("table", {"cols": [1.1, 5.6, 3.6, 3.4, 2.9, 2.0, 6.4], "font": 8.5, "header_fill": "D7E9E1",
                          "header": ["Step", "What we will do", "Lead partner", "Supporting partners", "Timescale",
                                     "Status", "Progress to September 2025"],
                          "rows": [[s[1], s[2], s[3], s[5], s[6], s[8], s[10]] for s in steps if s[0] == objective]})

    blocks = [
        ("p", f"<<{green}|**Bwrdd Gwasanaethau Cyhoeddus Marlstone | Marlstone Public Services Board**>>"),
        ("p", "<<595959|Meeting of the Board, 9 October 2025 – Agenda item 5>>"),
        ("title", title),
        ("table", {"cols": [5.0, 20.0], "borders": False, "font": 9.5, "rows": [
            ["**Report of:**", "Chair of the Well-being Plan Delivery Group"],
            ["**Contact:**", "PSB Support Team, Marlstone County Borough Council – psb@marlstone.gov.example – "
                             "01632 960 402"],
        ]}),
        ("box", [("p", "**Recommendation**"), ("p", rec)]),
        ("h", 2, "1. Introduction"),
        ("p", "The Well-being of Future Generations (Wales) Act 2015 requires the Board to publish a local well-being "
              "plan and to report on progress each year. The Board agreed this delivery plan in June 2023 for the "
              "five years of the plan. This report covers the first half of 2025/26, the third year of the plan."),
        ("p", "Of the nine steps, one is complete, six are on track or behind schedule with work under way, and two "
              "have not started. Two steps need revised timescales, which the Delivery Group asks the Board to "
              "agree."),
        ("h", 2, "2. Status key"),
        ("p", "**Complete** – the step has been delivered. **On track** – work is under way and expected to meet its "
              "timescale. **Behind schedule** – work is under way but will miss its timescale; a revised timescale "
              "is shown. **Not started** – work has not yet begun."),
        ("h", 2, "3. Progress by well-being objective"),
        ("h", 3, o1),
        objective_table(o1),
        ("h", 3, o2),
        objective_table(o2),
        ("h", 3, o3),
        objective_table(o3),
        ("h", 2, "4. Next steps"),
        ("p", "The annual report for 2025/26 will be published by July 2026 and scrutinised by the Council’s "
              "Corporate Scrutiny Committee, which is the designated committee for the Board. The Delivery Group will "
              "bring its proposals for the 2026 well-being assessment to the Board in January."),
    ]
    css = ("@page { margin: 14mm 14mm 16mm 14mm; "
           "@bottom-left { content: \"Marlstone PSB – Delivery plan progress report – October 2025\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } }\n"
           "h1.title { font-size: 16pt; }\n"
           "h2 { color: #1E6B52; page-break-after: avoid; }\n"
           "h3 { page-break-after: avoid; }\n"
           "div.box { border: 1pt solid #1E6B52; background: #EEF6F2; }\n")
    actions = [action(s[1], s[2], s[4], s[6] or None, s[7], s[9]) for s in steps]
    return {
        "name": "marlstone-psb-well-being-plan-delivery-progress-report-2025",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "landscape": True,
                 "css_font": "'Liberation Sans', sans-serif", "size": 9.5, "title_color": green},
        "blocks": blocks,
        "gold": dict(genre="Welsh public services board well-being plan delivery progress report with a "
                           "recommendation and one step table per well-being objective", kind="action-plan",
                     title=title, authority=MARLSTONE, date="2025-10-09", meeting=board,
                     recommendations=[recommendation(None, rec, verb="NOTES", addressee="Public Services Board")],
                     actions=actions),
        "layout": "PDF (HTML → Chromium), A4 landscape, Liberation Sans 9.5 pt, CSS page-margin boxes (footer line "
                  "and \"Page n of m\"). A bilingual green bold heading line (Welsh | English), a grey meeting line, "
                  "the green title; a borderless Report of / Contact table; a green-bordered box \"Recommendation\" "
                  "with one \"That the Public Services Board notes … and agrees …\" sentence; h2 sections; a status "
                  "key in a paragraph (Complete / On track / Behind schedule / Not started); one 8.5 pt table per "
                  "well-being objective under an h3, Step | What we will do | Lead partner | Supporting partners | "
                  "Timescale | Status | Progress to September 2025, with a pale green header; steps 1.1–3.3; lead "
                  "cells split by \"/\" plus line break, \",\" plus line break and \";\", one with a bracketed team; "
                  "timescales \"July 2026\", \"March 2025\", \"Revised: March 2027 (was September 2025)\", "
                  "\"Q4 2025/26\", \"2025/26\", \"From April 2026\", \"31 December 2025\", \"Revised: Winter 2026/27 "
                  "(was Winter 2025/26)\" and one empty; next steps (not items).",
    }


# ---------------------------------------------------------------------------
# W3. Third Sector Compact annual report (Markdown → pandoc DOCX); nothing to find.
# ---------------------------------------------------------------------------


def marlstone_compact_annual_report():
    title = "Marlstone Compact: Annual Report 2024/25"
    md = [
        "**Cyngor Bwrdeistref Sirol Marlstone | Marlstone County Borough Council**",
        "**Marlstone Association of Voluntary Organisations**",
        f"# {title}",
        "*Working together for the people of Marlstone – the annual report of the Third Sector Partnership Council on "
        "the Compact between Marlstone County Borough Council and the third sector. Published June 2025.*",
        "## Foreword",
        "This is the seventh annual report on our Compact. It has been a year in which the third sector has carried "
        "more of the load than ever: food banks, warm spaces, befriending and advice services have all seen demand "
        "rise, while many groups have lost volunteers and funding. We are proud that the Council and the sector kept "
        "talking throughout, and that the Partnership Council met every quarter.",
        "We thank every group that took part in the survey and the autumn Compact conference.",
        "*Cabinet Member for Communities and Partnerships, Marlstone County Borough Council, and Chief Officer, "
        "Marlstone Association of Voluntary Organisations (MAVO)*",
        "## About the Compact",
        "The Compact is an agreement, first signed in 2018, about how the Council and the third sector work together. "
        "It is overseen by the Third Sector Partnership Council, which has six councillors and six representatives "
        "elected by the sector, and is supported by MAVO as the county voluntary council. The Compact rests on five "
        "shared principles:",
        "1. We respect each other’s independence, including the sector’s right to campaign.\n"
        "2. We share information early and openly.\n"
        "3. We involve each other in decisions that affect our work.\n"
        "4. We fund fairly, for long enough to make a difference.\n"
        "5. We value volunteers and the Welsh language in all we do.",
        "The Compact has three codes of practice: on funding, on consultation and on volunteering.",
        "## The year in numbers",
        "| Measure | 2023/24 | 2024/25 |\n|:------------------------------------------|--------:|--------:|\n"
        "| Council grants to third sector groups | £1.42m | £1.51m |\n"
        "| Service contracts with third sector providers | £6.80m | £7.15m |\n"
        "| Grants agreed for three years or more | 38% | 46% |\n"
        "| Grant decisions made before the start of the financial year | 71% | 83% |\n"
        "| Consultations giving the sector at least 12 weeks | 9 of 14 | 12 of 15 |\n"
        "| Registered volunteers (Volunteer Marlstone) | 3,310 | 3,645 |",
        "## Funding code of practice",
        "Most grant decisions were made before April, and almost half of grants now run for three years or more. "
        "Groups told us that late payment is still a problem for small contracts: 14% of invoices from third sector "
        "providers were paid after 30 days, against 6% for all suppliers.",
        "The Partnership Council recommended in its October meeting that all grant agreements should run for at least "
        "three years. The Council agreed this for its new Community Grants scheme from April 2025, which the Cabinet "
        "approved in February.",
        "## Consultation code of practice",
        "Twelve of the fifteen consultations that affected the sector allowed at least 12 weeks. The three shorter "
        "ones were about the budget, where the timetable is set by the Welsh Government settlement. The sector asked "
        "for earlier sight of budget proposals, and the Council held two budget briefings for MAVO members in "
        "November and January.",
        "## Volunteering code of practice",
        "Volunteer Marlstone placed 612 new volunteers. A joint volunteer passport, so that checks and training done "
        "for one organisation are accepted by others, was tested by nine groups.",
        "> “The Compact gives us a seat at the table. Two years ago we found out about changes when the letter "
        "arrived.” – a member of the Partnership Council",
        "## What went well, and what we need to do better",
        "- Funding decisions were earlier and grants longer.\n"
        "- The sector was involved in the Council’s well-being objectives and the Public Services Board’s "
        "assessment.\n"
        "- Payment times for small contracts are still too long.\n"
        "- Few groups outside Tregarn took part in the Compact conference.",
        "## Looking ahead to 2025/26",
        "- We will review the funding code of practice together during the year.\n"
        "- We will take the Compact conference to the upper valley.\n"
        "- We will roll out the volunteer passport if the test is successful.\n"
        "- We will ask the Corporate Scrutiny Committee to look at payment times.",
        "## Recommendations",
        "This annual report is for information. It makes no recommendations.",
        "## Contact",
        "Third Sector Partnership Council, c/o Policy and Partnerships Team, Civic Offices, Tregarn MR4 2DL – "
        "compact@marlstone.gov.example – 01632 960 409. This report is also available in Welsh.",
    ]
    return {
        "name": "marlstone-third-sector-compact-annual-report-2024-25",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2025-06-20"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Welsh council and third sector compact annual report with nothing to find", kind="other",
                     title=title, authority=MARLSTONE, date="2025-06", meeting=None),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. Two bold partner lines (a bilingual council line and "
                  "the county voluntary council) above the H1 title; an italic strapline with \"Published June "
                  "2025\"; Heading 2 sections; a foreword signed in italics; a pandoc-numbered 1.–5. list of shared "
                  "principles (not items); a figures pipe table; \"The Partnership Council recommended … that all grant "
                  "agreements should run for at least three years\" (reported, already agreed: not an item); a block "
                  "quote; bullets on what went well and \"We will …\" bullets for the year ahead without owners or "
                  "dates (not actions); a \"Recommendations\" heading with \"It makes no recommendations.\"; a contact "
                  "line. Nothing to find.",
    }


# ---------------------------------------------------------------------------
# W4. Integration Joint Board report by the Chief Officer, with a direction to the Council
#     (python-docx → LibreOffice, Liberation Sans 10.5 pt, NinthMWriter).
# ---------------------------------------------------------------------------


def hazelby_ijb_short_breaks():
    title = "Short Breaks Services Statement 2026–2029 and Commissioning of Carers’ Short Breaks"
    recs = [
        ("i", "approves the Short Breaks Services Statement 2026–2029 at Appendix 1;", "APPROVES"),
        ("ii", "notes the outcome of the engagement with carers and carer organisations summarised in section 4;",
         "NOTES"),
        ("iii", "approves the commissioning of carers’ short breaks from Hazelby Carers Centre and two further "
                "providers for three years from 1 April 2026, at a total cost of up to £3.72 million;", "APPROVES"),
        ("iv", "directs Hazelby Council to carry out the commissioning in (iii) in line with Direction IJB/2026/04 at "
               "Appendix 2; and", "DIRECTS"),
        ("v", "instructs the Chief Officer to report on the uptake of short breaks to the IJB Performance and Audit "
              "Committee in March 2027.", "INSTRUCTS"),
    ]
    purple = "5B2C6F"
    lab = "E8DFF0"

    def row(name, value):
        return [label(name, lab), value]

    blocks = [
        ("p", f"<<{purple}|**Hazelby Health and Social Care Partnership**>>"),
        ("p", "<<595959|Hazelby Council and NHS Hazelby working together>>"),
        ("table", {"cols": [5.0, 12.0], "font": 10, "rows": [
            row("Meeting", "Hazelby Integration Joint Board"),
            row("Date of meeting", "24 February 2026"),
            row("Report number", "IJB/08/26"),
            row("Report by", "Chief Officer"),
            row("Contact", "Head of Strategy and Commissioning\nstrategy@hazelbyhscp.example – 01632 960 551"),
            row("Purpose", "For decision"),
            row("Direction required", "Yes – to Hazelby Council"),
        ]}),
        ("title", title),
        ("ph", 12, "1.\tPURPOSE OF REPORT"),
        ("pn", "1.1\tThis report asks the Integration Joint Board (IJB) to approve a new Short Breaks Services "
               "Statement for 2026–2029 and the commissioning of short breaks for carers from April 2026, and to "
               "issue a direction to Hazelby Council to carry out the commissioning."),
        ("ph", 12, "2.\tRECOMMENDATIONS"),
        ("pn", "2.1\tIt is recommended that the Integration Joint Board:"),
    ] + [("pn", f"({n})\t{text}") for n, text, _verb in recs] + [
        ("ph", 12, "3.\tBACKGROUND"),
        ("pn", "3.1\tThe Carers (Scotland) Act 2016 requires every local authority to prepare and publish a short "
               "breaks services statement, setting out the short breaks available to carers and the people they "
               "care for. In Hazelby the IJB prepares the statement, because support to carers is one of the "
               "functions delegated to it by Hazelby Council."),
        ("pn", "3.2\tThe current statement was published in 2023 and the contract for short breaks with Hazelby "
               "Carers Centre ends on 31 March 2026. The Local Carers Strategy 2024–2027 commits the Partnership to "
               "making breaks easier to arrange and more flexible."),
        ("ph", 12, "4.\tREPORT"),
        ("pn", "4.1\tThe number of carers known to the Partnership has grown by 38% since 2022/23, and demand for "
               "short breaks has grown faster than the budget."),
        ("table", {"cols": [8.0, 3.0, 3.0, 3.0], "font": 9, "header_fill": lab,
                   "header": ["Short breaks", "2022/23", "2023/24", "2024/25"],
                   "rows": [
                       ["Carers with an adult carer support plan", "1,046", "1,233", "1,447"],
                       ["Carers receiving a short break", "402", "455", "518"],
                       ["Creative breaks grants awarded", "117", "160", "231"],
                       ["Spend on short breaks (£000)", "1,018", "1,092", "1,166"],
                   ]}),
        ("pn", "4.2\tBetween September and November 2025 the Partnership asked carers what they wanted from short "
               "breaks. 284 carers answered a survey and 61 took part in six local sessions. Carers asked for breaks "
               "that can be booked at short notice, for more breaks at home, and for clearer information about "
               "what they are entitled to."),
        ("pn", "4.3\tThe new statement responds by introducing a self-directed “Time for Me” budget of up to £500 a "
               "year that carers can use without a further assessment, and by setting out the breaks available in "
               "each of the four localities."),
        ("pn", "4.4\tTwo options were considered for commissioning. Option 1, extending the current contract for a "
               "further year, would not deliver the changes carers asked for. Option 2, a three-year contract with "
               "a lead provider and two specialist providers (for young adult carers and for carers of people with "
               "dementia), is proposed."),
        ("pn", "4.5\tThe Carers Collaborative, which brings together carer organisations in Hazelby, recommended that "
               "the “Time for Me” budget should be available to young carers as well. This is being considered with "
               "the Council’s Education and Children’s Services and will be reported separately."),
        ("ph", 12, "5.\tIMPLICATIONS FOR THE IJB"),
        ("pn", "5.1\t**Financial** – the cost of up to £1.24 million a year is met from the carers’ element of the "
               "IJB budget for 2026/27 and the two following years, subject to the budget set each year."),
        ("pn", "5.2\t**Workforce** – there are no implications for Partnership staff."),
        ("pn", "5.3\t**Legal** – the statement meets section 35 of the Carers (Scotland) Act 2016. The procurement "
               "will be carried out by Hazelby Council under the Procurement Reform (Scotland) Act 2014."),
        ("pn", "5.4\t**Equality and Fairer Scotland Duty** – an Equality and Fairer Scotland impact assessment found a "
               "positive impact for carers on low incomes and for women, who are 68% of carers known to the "
               "Partnership."),
        ("pn", "5.5\t**Risk** – the main risk is that demand exceeds the budget. The “Time for Me” budget is capped "
               "and will be monitored monthly."),
        ("ph", 12, "6.\tDIRECTIONS"),
        ("table", {"cols": [10.0, 2.0], "font": 10, "rows": [
            [{"text": "Direction required to Council, Health Board or both", "bold": True, "fill": lab, "span": 2},
             "<"],
            ["1. No direction required", "☐"],
            ["2. Hazelby Council", "☒"],
            ["3. NHS Hazelby", "☐"],
            ["4. Hazelby Council and NHS Hazelby", "☐"],
        ]}),
        ("ph", 12, "7.\tCONSULTATION"),
        ("pn", "7.1\tThe Chief Finance Officer, the Carers Collaborative, the IJB’s carer representative and Hazelby "
               "Council’s Procurement Service have been consulted on this report."),
        ("ph", 12, "8.\tBACKGROUND PAPERS"),
        ("pn", "8.1\tLocal Carers Strategy 2024–2027; short breaks engagement report (December 2025). Appendix 1, the "
               "Short Breaks Services Statement 2026–2029, is published with the papers for this meeting."),
        ("break",),
        ("ph", 12, "Appendix 2"),
        ("ph", 13, f"<<{purple}|DIRECTION FROM HAZELBY INTEGRATION JOINT BOARD>>"),
        ("table", {"cols": [6.0, 11.0], "font": 9.5, "rows": [
            row("Reference number", "IJB/2026/04"),
            row("Report title", title),
            row("Date direction issued by the IJB", "24 February 2026"),
            row("Date from which direction takes effect", "1 April 2026"),
            row("Direction to", "Hazelby Council only"),
            row("Does this direction supersede, amend or cancel a previous direction?", "Yes – it supersedes "
                                                                                         "Direction IJB/2023/07"),
            row("Functions covered by direction", "Support to carers under the Carers (Scotland) Act 2016, "
                                                  "including short breaks"),
            row("Full text and detail of direction",
                "Hazelby Council is directed to commission short breaks for carers from Hazelby Carers Centre and two "
                "further providers, selected through the procurement described in section 4 of report IJB/08/26, for "
                "three years from 1 April 2026, in line with the Short Breaks Services Statement 2026–2029."),
            row("Budget allocated by the IJB to carry out direction", "£1,240,000 in each of 2026/27, 2027/28 and "
                                                                      "2028/29 (total £3.72 million)"),
            row("Performance monitoring arrangements", "Quarterly reports on uptake and carers’ outcomes to the IJB "
                                                       "Performance and Audit Committee"),
            row("Date direction will be reviewed", "March 2027"),
        ]}),
    ]
    return {
        "name": "hazelby-ijb-short-breaks-services-statement-and-direction",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-13", "doc_title": title, "author": "Hazelby HSCP", "ninth_m": True,
                 "cant_split": True, "font": "Liberation Sans", "size": 10.5, "title_size": 15,
                 "title_color": purple,
                 "m_footer": ("Hazelby Integration Joint Board – 24 February 2026 – IJB/08/26",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="Scottish integration joint board report by the Chief Officer with (i)–(v) "
                           "recommendations and an appended direction to the council", kind="committee-report",
                     title=title, authority=HAZELBY_IJB, date="2026-02-24", meeting=HAZELBY_IJB,
                     recommendations=[recommendation(n, text, verb=verb, addressee="Integration Joint Board")
                                      for n, text, verb in recs]),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10.5 pt, an italic running footer with the "
                  "meeting, report number and \"Page X of Y\" fields, rows that may not split. A purple bold "
                  "partnership line and a grey strapline; a bordered front table with lilac label cells (Meeting / "
                  "Date of meeting / Report number / Report by / Contact / Purpose / Direction required); the purple "
                  "title; bold capital headings that are not styles (\"1.⇥PURPOSE OF REPORT\" …) over typed 1.1–8.1 "
                  "hanging paragraphs; \"2.1 It is recommended that the Integration Joint Board:\" over typed "
                  "(i)–(v) hanging paragraphs (lower-case verbs, \";\" and \"; and\", one that directs the Council); "
                  "a figures table; options in prose and \"The Carers Collaborative … recommended that …\" (not "
                  "items); bold-led implications paragraphs (Financial / Workforce / Legal / Equality and Fairer "
                  "Scotland Duty / Risk); a directions checkbox table (☐/☒) with a merged heading row. After a page "
                  "break, Appendix 2: the Direction form as a two-column table with lilac labels (reference, dates, "
                  "direction to, full text \"Hazelby Council is directed to …\", budget, monitoring, review date), "
                  "not items.",
    }


# ---------------------------------------------------------------------------
# W5. Scottish council committee minute (Markdown → pandoc DOCX → LibreOffice).
# ---------------------------------------------------------------------------


def hazelby_education_committee_minute():
    committee = "Education and Children’s Services Committee"
    m2 = "The Committee approved the minute as a correct record."
    m3 = [("a", "to note the progress made in 2025/26 in closing the poverty-related attainment gap, as set out in "
                "section 4 of the report;"),
          ("b", "to approve the Strategic Equity Funding plan for 2026/27 at Appendix 1 to the report; and"),
          ("c", "to request the Chief Education Officer to report on the poverty-related attainment gap in secondary "
                "schools to the meeting of the Committee in August 2026.")]
    m4 = [("i", "to undertake a statutory consultation under the Schools (Consultation) (Scotland) Act 2010 on the "
                "proposal to close Glenlarig Primary School and to extend the catchment area of Strathbrae Primary "
                "School to include the Glenlarig area;"),
          ("ii", "to approve the proposal document at Appendix 2 to the report; and"),
          ("iii", "to note that the outcome of the consultation would be reported to the Committee in November "
                  "2026.")]
    m5 = ("The Committee noted the annual report and the improvement priorities for 2026/27 set out in section 5 of "
          "the report.")
    m6 = [("1", "approved the renewal of the service level agreement with Hazelby Sports Trust for the Active Schools "
                "service for 2026/27, at a cost of £412,000; and"),
          ("2", "delegated authority to the Executive Director (Education and Children’s Services), in consultation "
                "with the Convener, to agree the performance measures in the agreement.")]
    m7 = ("under Section 50A(4) of the Local Government (Scotland) Act 1973, the public be excluded from the meeting "
          "during consideration of the following item of business on the grounds that it involved the likely "
          "disclosure of exempt information as defined in paragraph 1 of Part I of Schedule 7A to the Act.")
    m8 = "The Committee agreed the recommendations contained in the exempt report."
    md = [
        "**HAZELBY COUNCIL**",
        f"# {committee}",
        "**MINUTE** of **MEETING** of the **EDUCATION AND CHILDREN’S SERVICES COMMITTEE** held in the Council "
        "Chamber, Burgh Chambers, High Street, Hazelby, and by video link, on Tuesday 3 March 2026 at 10.00 am.",
        "**Sederunt:** Councillor A.M. (Convener); Councillor R.D. (Vice-Convener); Councillors J.B., K.C., S.F., "
        "L.G., D.H., P.K., M.R. and T.W.; Mr J.S. and Mrs E.T. (religious representatives); and Ms H.L. (teacher "
        "representative).",
        "**In Attendance:** Executive Director (Education and Children’s Services); Chief Education Officer; Chief "
        "Social Work Officer; Head of Resources (Education); Senior Solicitor; and Committee Officer.",
        "**Apologies:** Councillor N.P.",
        "**Convener:** Councillor A.M.",
        "## 1. DECLARATIONS OF INTEREST",
        "Councillor L.G. declared a connection in item 6 as a member of the board of Hazelby Sports Trust. Having "
        "applied the objective test, she left the meeting during consideration of that item.",
        "## 2. MINUTE OF PREVIOUS MEETING",
        "The minute of meeting of the Committee of 20 January 2026 was submitted.",
        "**Decision**",
        m2,
        "## 3. SCOTTISH ATTAINMENT CHALLENGE: STRATEGIC EQUITY FUNDING PLAN 2026/27",
        "There was submitted Report No. ECS/06/26 by the Executive Director (Education and Children’s Services) "
        "on progress in closing the poverty-related attainment gap and seeking approval of the Strategic Equity "
        "Funding plan for 2026/27. The gap in literacy at P7 had narrowed from 19 to 15 percentage points since "
        "2022/23, but the gap in the senior phase had not changed.",
        "Councillor K.C. asked how many pupils took part in the holiday study programme. The Chief Education Officer "
        "undertook to circulate the figures to members.",
        "**Decision**",
        "The Committee agreed:",
        "\n".join(f"({n}) {text}" for n, text in m3),
        "## 4. SCHOOL ESTATE: PROPOSED CONSULTATION ON THE FUTURE OF GLENLARIG PRIMARY SCHOOL",
        "There was submitted Report No. ECS/07/26 by the Executive Director (Education and Children’s Services) "
        "seeking approval to consult on the closure of Glenlarig Primary School, which had a roll of 9 pupils "
        "against a capacity of 75, and on the extension of the catchment area of Strathbrae Primary School.",
        "The Convener, seconded by Councillor R.D., moved that the Committee agree the recommendations of the report.",
        "Councillor M.R., seconded by Councillor T.W., moved as an amendment that consideration of the report be "
        "continued to the next meeting of the Committee to allow a meeting with the Glenlarig community council.",
        "On a division, there voted for the motion (9) – the Convener, Councillors R.D., J.B., K.C., S.F., L.G., "
        "D.H. and P.K., and Mr J.S.; for the amendment (4) – Councillors M.R. and T.W., Mrs E.T. and Ms H.L. The "
        "motion was accordingly carried.",
        "**Decision**",
        "The Committee agreed:",
        "\n\n".join(f"\\({n}) {text}" for n, text in m4),
        "## 5. CHILDREN’S SERVICES PLAN 2023–2026: ANNUAL REPORT 2024/25",
        "There was submitted a joint report by the Chief Social Work Officer and the Chief Officer, Hazelby Health "
        "and Social Care Partnership, on the third year of the Children’s Services Plan, which had been prepared "
        "with NHS Hazelby under Part 3 of the Children and Young People (Scotland) Act 2014.",
        "**Decision**",
        m5,
        "## 6. HAZELBY SPORTS TRUST: ACTIVE SCHOOLS SERVICE LEVEL AGREEMENT",
        "There was submitted Report No. ECS/09/26 by the Head of Resources (Education) on the renewal of the service "
        "level agreement with Hazelby Sports Trust.",
        "**Decision**",
        "The Committee:",
        "\n".join(f"({n}) {text}" for n, text in m6),
        "## 7. EXCLUSION OF THE PUBLIC",
        f"The Committee resolved that {m7}",
        "## 8. EDUCATION SERVICE: CENTRAL STAFFING STRUCTURE",
        "There was submitted an exempt report by the Executive Director (Education and Children’s Services) on "
        "changes to the central staffing structure of the education service.",
        "**Decision**",
        m8,
        "The meeting terminated at 12.40 pm.",
    ]
    decisions = ([decision("2", None, m2, committee)]
                 + [decision("3", n, text, committee) for n, text in m3]
                 + [decision("4", n, text, committee) for n, text in m4]
                 + [decision("5", None, m5, committee)]
                 + [decision("6", n, text, committee) for n, text in m6]
                 + [decision("7", None, m7, committee), decision("8", None, m8, committee)])
    return {
        "name": "hazelby-council-education-and-childrens-services-committee-minute-march-2026",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-03-10"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Scottish council committee minute with a sederunt, Decision lines and lettered and "
                           "numbered parts", kind="minutes", title=committee, authority=HAZELBY,
                     date="2026-03-03", meeting=committee, decisions=decisions),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold capitals council line above "
                  "the H1 committee name; a \"MINUTE of MEETING of the … COMMITTEE held …\" line with bold capital "
                  "words; bold-led Sederunt / In Attendance / Apologies / Convener paragraphs with initials and "
                  "roles (not items). Items \"1. DECLARATIONS OF INTEREST\" … \"8. …\" as Heading 2 in capitals, "
                  "each with \"There was submitted Report No. ECS/06/26 …\" prose and a bold \"Decision\" line: a "
                  "one-sentence decision (\"The Committee approved the minute …\", \"The Committee noted the annual "
                  "report …\", \"The Committee agreed the recommendations contained in the exempt report.\"); "
                  "\"The Committee agreed:\" over a pandoc-lettered (a)–(c) list and over escaped typed (i)–(iii) "
                  "paragraphs (\"to …\", \";\" and \"; and\"); \"The Committee:\" over a pandoc-numbered (1)/(2) list "
                  "with past-tense verbs. A motion and an amendment with a division (item 4), a declaration, an "
                  "officer's undertaking to circulate figures (not an action) and an exclusion of the public "
                  "\"The Committee resolved that under Section 50A(4) …\" without a Decision line.",
    }


# ---------------------------------------------------------------------------
# W6. Community Planning Partnership Board report on the LOIP delivery plan (HTML → Chromium,
#     Liberation Serif cover pages in portrait and a landscape appendix by CSS named pages).
# ---------------------------------------------------------------------------


def hazelby_cpp_loip_report():
    title = "Local Outcomes Improvement Plan 2024–2034: Annual Delivery Report 2024/25"
    board = "Hazelby Community Planning Partnership Board"
    recs = [
        ("i", "notes the progress made in the first year of the Local Outcomes Improvement Plan, set out in Appendix "
              "1;", "NOTES"),
        ("ii", "approves the Annual Outcomes Report 2024/25 for publication by 30 September 2025, as required by the "
               "Community Empowerment (Scotland) Act 2015; and", "APPROVES"),
        ("iii", "agrees that the Wellbeing Delivery Group reviews action 2.3, which is behind its timescale, and "
                "reports to the Board in December 2025.", "AGREES"),
    ]
    p1, p2, p3 = ("1. Tackling child poverty", "2. Mental health and wellbeing", "3. Place and community")
    # (priority, ref, action, lead cell, owners, timescale cell, due, status word, status, progress)
    acts = [
        (p1, "1.1", "Increase the uptake of the Scottish Child Payment and school clothing grants through automatic "
                    "awards where families are already known to the Council.",
         "Hazelby Council (Revenues and Benefits)", ["Hazelby Council (Revenues and Benefits)"], "March 2025",
         "2025-03", "Complete", "completed",
         "Automatic awards made to 1,130 families; uptake of clothing grants up from 71% to 89%."),
        (p1, "1.2", "Place a welfare rights adviser in every secondary school cluster.",
         "Hazelby Council / NHS Hazelby", ["Hazelby Council", "NHS Hazelby"], "2025/26", "2026-03", "On track",
         "ongoing", "Advisers in four of six clusters; two posts advertised."),
        (p1, "1.3", "Develop a single employability pathway for parents, with childcare built in.",
         "Hazelby Local Employability Partnership", ["Hazelby Local Employability Partnership"], "Dec 2025",
         "2025-12", "On track", "ongoing", "Pathway designed with 40 parents; childcare places agreed with providers."),
        (p2, "2.1", "Extend the Distress Brief Intervention service to young people aged 16 and 17.",
         "Hazelby Health and Social Care Partnership", ["Hazelby Health and Social Care Partnership"],
         "Q3 2025/26", "2025-12", "On track", "ongoing", "Referral route from schools agreed; staff training in "
                                                         "August."),
        (p2, "2.2", "Train 500 community volunteers in mental health first aid.",
         "Hazelby Third Sector Interface", ["Hazelby Third Sector Interface"], "31/03/2026", "2026-03-31",
         "Complete", "completed", "Target exceeded: 540 volunteers trained by June 2025."),
        (p2, "2.3", "Open two community wellbeing hubs in the Burnside and Carrick Road areas.",
         "Hazelby Health and Social Care Partnership;\nHazelby Third Sector Interface",
         ["Hazelby Health and Social Care Partnership", "Hazelby Third Sector Interface"], "June 2025", "2025-06",
         "Some slippage", "ongoing", "Burnside hub open since May 2025. Carrick Road delayed by building works; now "
                                     "expected in early 2026."),
        (p3, "3.1", "Agree locality plans with community councils in the three areas of greatest need.",
         "Community Planning Team", ["Community Planning Team"], "Spring 2026", "2026-05", "Not yet started",
         "not-started", "Community councils to be approached once the locality data profiles are published."),
        (p3, "3.2", "Support community groups to take on the ownership of land and buildings through community asset "
                    "transfer.",
         "Hazelby Council (Estates),\nHazelby Third Sector Interface",
         ["Hazelby Council (Estates)", "Hazelby Third Sector Interface"], "Ongoing", None, "On track", "ongoing",
         "Three transfers completed (two halls and a bowling green); four requests under consideration."),
        (p3, "3.3", "Run a participatory budgeting round for the Burnside regeneration fund.",
         "Community Planning Team", ["Community Planning Team"], "", None, "Paused", "deferred",
         "Paused by the Place Delivery Group until the regeneration fund for 2026/27 is confirmed."),
    ]
    navy = "203864"
    rows = []
    for priority in (p1, p2, p3):
        group = [a for a in acts if a[0] == priority]
        for i, a in enumerate(group):
            first = {"text": f"**{priority}**", "fill": "E4EAF4", "vspan": len(group)} if i == 0 else "^"
            rows.append([first, a[1], a[2], a[3], a[5], a[7], a[9]])
    blocks = [
        ("p", f"<<{navy}|**HAZELBY COMMUNITY PLANNING PARTNERSHIP**>>"),
        ("p", "<<595959|Hazelby Council · NHS Hazelby · Hazelby Health and Social Care Partnership · Hazelby Third "
              "Sector Interface · Hazelby College · Fire and Rescue · Police>>"),
        ("table", {"cols": [4.5, 12.5], "borders": False, "rows": [
            ["**Meeting:**", board],
            ["**Date:**", "4 September 2025"],
            ["**Report by:**", "Community Planning Manager"],
            ["**Subject:**", title],
        ]}),
        ("title", title),
        ("h", 2, "1. PURPOSE OF REPORT"),
        ("p", "1.1 This report presents the first annual delivery report on the Local Outcomes Improvement Plan "
              "(LOIP) 2024–2034 and the Annual Outcomes Report that the Partnership must publish each year."),
        ("h", 2, "2. RECOMMENDATIONS"),
        ("p", "2.1 It is recommended that the Community Planning Partnership Board:"),
        ("list", "i.", 1, [r[1] for r in recs]),
        ("h", 2, "3. BACKGROUND"),
        ("p", "3.1 The LOIP was agreed by the Board in June 2024. It has three priorities – tackling child poverty, "
              "mental health and wellbeing, and place and community – each led by a delivery group of partners. "
              "Progress is measured against outcome indicators and against the improvement actions in the delivery "
              "plan."),
        ("p", "3.2 The Partnership also reports on its three locality plans. These are covered in the Annual "
              "Outcomes Report and are not repeated here."),
        ("h", 2, "4. PROGRESS"),
        ("p", "4.1 Of the nine improvement actions for 2024/25 and 2025/26, two are complete, four are on track, one "
              "has some slippage, one has not yet started and one has been paused. The delivery plan with each "
              "action’s status is at Appendix 1."),
        ("p", "4.2 The outcome indicators show early improvement in the uptake of benefits and in the number of "
              "volunteers, but child poverty after housing costs remains at 24%, above the Scottish average."),
        ("table", {"cols": [9.0, 2.7, 2.7, 2.6], "font": 9, "header_fill": "E4EAF4",
                   "header": ["Outcome indicator", "Baseline", "2024/25", "Trend"],
                   "rows": [
                       ["Children in relative poverty after housing costs", "25%", "24%", "Improving"],
                       ["Uptake of the school clothing grant", "71%", "89%", "Improving"],
                       ["Adults with a low wellbeing score", "17%", "18%", "Worsening"],
                       ["Residents who feel they can influence local decisions", "21%", "23%", "Improving"],
                   ]}),
        ("p", "4.3 The Wellbeing Delivery Group has asked that the delay to the Carrick Road hub (action 2.3) be "
              "reviewed, as it affects the hub’s funding from the Partnership’s mental health fund."),
        ("h", 2, "5. IMPLICATIONS"),
        ("p", "5.1 **Financial:** none arising directly from this report. **Equalities and Fairer Scotland Duty:** the "
              "LOIP was assessed in 2024; no new assessment is needed. **Community empowerment:** the Annual Outcomes "
              "Report will be published in plain English and shared with community councils."),
        ("p", "Contact: Community Planning Manager, Hazelby Council, Burgh Chambers, High Street, Hazelby HZ1 1AA – "
              "communityplanning@hazelby.example – 01632 960 620"),
        ("break",),
        ("h", 2, "Appendix 1: LOIP delivery plan – progress to August 2025"),
        ("p", "**Status:** Complete – action delivered. On track – under way and expected to meet its timescale. Some "
              "slippage – under way but behind its timescale. Not yet started – work has not begun. Paused – stopped "
              "for now by agreement of the delivery group."),
        ("table", {"cols": [3.0, 1.1, 6.6, 4.4, 2.2, 2.2, 6.5], "font": 8.5, "header_fill": "C9D3E6",
                   "header": ["Priority", "Ref", "Improvement action", "Lead partner(s)", "Timescale", "Status",
                              "Progress"],
                   "rows": rows}),
    ]
    css = ("@page { size: A4 portrait; margin: 18mm 18mm 18mm 18mm; "
           "@bottom-right { content: \"Page \" counter(page); font-family: 'Liberation Serif', serif; "
           "font-size: 8pt; color: #555555; } }\n"
           "@page wide { size: A4 landscape; margin: 14mm 14mm 16mm 14mm; }\n"
           "div.break ~ * { page: wide; }\n"
           "h2 { color: #203864; font-size: 11.5pt; page-break-after: avoid; }\n"
           "h1.title { font-size: 16pt; }\n")
    actions = [action(a[1], a[2], a[4], a[5] or None, a[6], a[8]) for a in acts]
    return {
        "name": "hazelby-cpp-loip-annual-delivery-report-2024-25",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "css_font": "'Liberation Serif', serif",
                 "size": 10.5, "title_color": navy},
        "blocks": blocks,
        "gold": dict(genre="Scottish community planning partnership board report with (i)–(iii) recommendations "
                           "and the local outcomes improvement plan's delivery table appended",
                     kind="committee-report", title=title, authority=HAZELBY, date="2025-09-04", meeting=board,
                     recommendations=[recommendation(n, text, verb=verb,
                                                     addressee="Community Planning Partnership Board")
                                      for n, text, verb in recs],
                     actions=actions),
        "layout": "PDF (HTML → Chromium), Liberation Serif 10.5 pt, portrait pages then a landscape appendix (CSS "
                  "named page), \"Page n\" at the foot. A navy bold capitals partnership line, a grey line naming the "
                  "partners (the Council first); a borderless Meeting / Date / Report by / Subject table; the navy "
                  "title; capital h2 sections with typed 1.1 … paragraphs; \"2.1 It is recommended that the "
                  "Community Planning Partnership Board:\" over an HTML-numbered i.–iii. list (lower-case verbs, "
                  "\";\" and \"; and\", one date inside the words); an outcome indicators table (not items); a "
                  "delivery group's request in prose (not an item). After a page break, landscape Appendix 1 with a "
                  "status key paragraph and an 8.5 pt table Priority | Ref | Improvement action | Lead partner(s) | "
                  "Timescale | Status | Progress with shaded priority cells merged down; refs 1.1–3.3; leads split by "
                  "\"/\", \";\" plus line break and \",\" plus line break, bracketed services kept; timescales "
                  "\"March 2025\", \"2025/26\", \"Dec 2025\", \"Q3 2025/26\", \"31/03/2026\", \"June 2025\", "
                  "\"Spring 2026\", \"Ongoing\" and one empty; statuses Complete / On track / Some slippage / Not yet "
                  "started / Paused.",
    }


PAPERS = [marlstone_carers_review, marlstone_psb_delivery_report, marlstone_compact_annual_report,
          hazelby_ijb_short_breaks, hazelby_education_committee_minute, hazelby_cpp_loip_report]
