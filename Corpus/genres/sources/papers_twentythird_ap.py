"""Papers of the twenty-third batch, part AP ("fire, resilience and regulatory services"): six made-up
papers from two invented places:

  Tidewell – the Tidewell Fire and Rescue Authority (a combined fire authority of councillors from its
    constituent councils: the Authority itself, its Audit and Scrutiny Committee and the Chief Fire
    Officer who runs Tidewell Fire and Rescue Service) and the Tidewell Local Resilience Forum (the
    category 1 and 2 responders of the area, with a secretariat hosted by the Fire Authority);
  Barrowcombe – Barrowcombe Borough Council (Cabinet, an Overview and Scrutiny Committee and a Regulatory
    Services Committee), with its trading standards, environmental health and emergency planning teams.

The genre: the papers of fire and rescue authorities, resilience forums and councils' regulatory
services – a fire authority's improvement plan after an inspection, reported to its audit and scrutiny
committee; a report to the Fire Authority on the outcome of a community risk management plan consultation;
a resilience forum's exercise debrief report with its lessons and action plan; the minutes of a borough
council's Regulatory Services Committee; Cabinet's response to a scrutiny review of scams and doorstep
crime; and a public information leaflet for people living near a major hazard site, which holds nothing to
find.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every fire station, premises, street, firm, exercise, figure and
the police force (Tidewell Constabulary) is made up. HMICFRS, the Environment Agency, the Health and
Safety Executive, the Food Standards Agency, BBC local radio and the ResilienceDirect platform are named as
the national bodies and services they are; what they are said to have done here is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output, fuzz or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and without
reading papers_twentythird_ao.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, recent parts' sections and first contact,
second renditions, rebuilding, the closing gold decisions), `Corpus/gold/README.md`,
`Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`, and for conventions and helpers the
writer part of `papers_ninth_m.py`, `grid_table` in `papers_fresh.py` and `papers_twentysecond_am.py`.
Each paper names its own split. Every gold value is written by hand beside the words it labels; the
part AP notes record the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AP1 tidewell-fire-authority-inspection-improvement-plan-progress-march-2026 – tune – lo-pdf
  AP2 tidewell-fire-authority-crmp-2026-2030-consultation-outcome – unseen – chromium-pdf
  AP3 tidewell-lrf-exercise-ebb-tide-debrief-report-and-action-plan – unseen – pandoc-lo-pdf
  AP4 barrowcombe-regulatory-services-committee-minutes-march-2026 – tune – docx
  AP5 barrowcombe-cabinet-response-scams-and-doorstep-crime-review – unseen – pandoc-docx
  AP6 barrowcombe-major-hazard-site-public-information-leaflet-2026 – tune – lo-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

TIDEWELL = "Tidewell Fire and Rescue Authority"
BARROWCOMBE = "Barrowcombe Borough Council"


def label(text, fill="E7E6E6"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AP1. Tidewell Fire and Rescue Authority: progress on the improvement plan that answers the HMICFRS
#      inspection, reported to the Audit and Scrutiny Committee (python-docx → LibreOffice, landscape,
#      NinthMWriter). A short covering report with a boxed "That the Committee notes …" recommendation, the
#      inspection grades (not items) and, in Appendix A, the plan: a status key and one table whose cause
#      of concern and areas for improvement are shaded rows merged across all six columns (not items) over
#      the action rows Ref | Action | Lead officer | Target date | Progress | Status.
# ---------------------------------------------------------------------------


def tidewell_improvement_plan():
    title = "HMICFRS Inspection Improvement Plan: Progress Report"
    red = "9C1C1C"
    cover = ("That the Committee notes the progress made against the Inspection Improvement Plan set out in "
             "Appendix A and comments on the revised date for action 3.2.")
    hp = "Head of Protection"
    hpv = "Head of Prevention"
    hr = "Head of Response"
    dpc = "Director of People and Culture"
    groups = {
        1: "Cause of concern (Protection): The service should make sure it has an effective risk-based "
           "inspection programme for the highest-risk premises, and that enough competent staff carry it out.",
        2: "Area for improvement 1 (Prevention): The service should make sure it targets its prevention work, "
           "including Safe and Well visits, at the people most at risk from fire.",
        3: "Area for improvement 2 (Response): The service should improve the availability of its on-call fire "
           "engines.",
        4: "Area for improvement 3 (People): The service should make sure all staff know how to raise concerns "
           "and are confident that they will be acted on.",
    }
    # (group, ref, action, lead cell, owners, target cell, due, progress, status word)
    acts = [
        (1, "1.1", "Review the risk-based inspection programme so that every premises rated high or very high "
                   "risk is audited at least once every 12 months.", hp, [hp], "31/05/2026", "2026-05-31",
         "Revised programme agreed by the Protection Board in January. Cleansing of 4,200 premises records "
         "under way; 61% done.", "On track"),
        (1, "1.2", "Recruit and train four additional fire safety inspecting officers.", f"{hp} /\nHR Business "
                                                                                        "Partner",
         [hp, "HR Business Partner"], "Dec 2025", "2025-12",
         "Four officers appointed in October 2025. All four are working towards the Level 4 Diploma in Fire "
         "Safety.", "Complete"),
        (1, "1.3", "Introduce quality assurance of fire safety audits, with a sample of each inspector’s audits "
                   "checked by a senior inspecting officer every month.", "Protection Quality Assurance Manager",
         ["Protection Quality Assurance Manager"], "Q1 2026/27", "2026-06",
         "Quality assurance template agreed. First monthly sample due in April 2026.", "On track"),
        (2, "2.1", "Use data from partners to identify the people at highest risk of fire and prioritise them "
                   "for a Safe and Well visit.", f"{hpv};\nData and Intelligence Manager",
         [hpv, "Data and Intelligence Manager"], "September 2026", "2026-09",
         "Data sharing agreement with Barrowcombe Borough Council signed in December. Agreements with the "
         "other two constituent councils are being drafted.", "On track"),
        (2, "2.2", "Commission an independent evaluation of the Safe and Well programme and publish the "
                   "findings.", f"{hpv}, with Tidewell University", [hpv, "Tidewell University"], "2026/27",
         "2027-03", "", "Not started"),
        (2, "2.4", "Train all operational crews to deliver Safe and Well visits to the revised standard.",
         "Area Manager (Service Delivery)", ["Area Manager (Service Delivery)"], "Ongoing", None,
         "312 of 380 operational staff trained. New recruits are trained on their initial course.", "On track"),
        (3, "3.1", "Introduce a flexible on-call contract that pays for availability in blocks of one hour.",
         f"{hr} /\nHead of People Services", [hr, "Head of People Services"], "April 2026", "2026-04",
         "Consultation with the representative bodies closed on 30 January. The new contract will be offered "
         "to all on-call staff from 1 April.", "On track"),
        (3, "3.2", "Run an on-call recruitment campaign in the six villages with the lowest fire engine "
                   "availability.", hr, [hr], "31 January 2026", "2026-01-31",
         "Delayed by the vacancy freeze in the autumn. The campaign will now run in May 2026; nine "
         "applications have been received through the website so far.", "Off track"),
        (4, "4.1", "Launch an independent, confidential reporting line for staff.", dpc, [dpc], "Oct 2025",
         "2025-10", "Launched on 6 October 2025. Fourteen reports received; each has been investigated and the "
                    "outcome reported to the People Board.", "Complete"),
        (4, "4.2", "Deliver the Leading with Values course to every supervisory and middle manager.",
         f"{dpc};\nLearning and Development Manager", [dpc, "Learning and Development Manager"], "TBC", None,
         "Course procured. Dates depend on the timetable of the new training centre.", "Not started"),
    ]
    statuses = {"Complete": "completed", "On track": "ongoing", "Off track": "ongoing",
                "Not started": "not-started"}
    fills = {"Complete": "BDD7EE", "On track": "C6EFCE", "Off track": "FFEB9C", "Not started": "F2F2F2"}
    rows = []
    for group in (1, 2, 3, 4):
        rows.append([{"text": groups[group], "bold": True, "fill": "F4DADA", "span": 6}] + ["<"] * 5)
        for a in acts:
            if a[0] == group:
                rows.append([{"text": a[1], "bold": True}, a[2], a[3], a[5], a[7],
                             {"text": a[8], "bold": True, "fill": fills[a[8]]}])
    blocks = [
        ("p", f"<<{red}|**TIDEWELL FIRE AND RESCUE AUTHORITY**>>"),
        ("p", "**Audit and Scrutiny Committee – Wednesday 18 March 2026**"),
        ("title", title),
        ("table", {"cols": [4.5, 19.0], "font": 9.5, "rows": [
            [label("Report of"), "Chief Fire Officer"],
            [label("Lead officer"), "Assistant Chief Fire Officer (Service Delivery)"],
            [label("Purpose"), "For scrutiny"],
            [label("Contact"), "Head of Assurance and Improvement – assurance@tidewellfire.example – "
                               "01632 960 318"],
            [label("Appendix"), "Appendix A – Inspection Improvement Plan (progress at 28 February 2026)"],
        ]}),
        ("box", [
            ("p", f"<<{red}|**Recommendation**>>"),
            ("p", cover),
        ]),
        ("ph", 12, f"<<{red}|1. Purpose of the report>>"),
        ("pn", "1.1\tThis report sets out the progress made since September 2025 on the plan the Authority "
               "agreed in response to the inspection of Tidewell Fire and Rescue Service by His Majesty’s "
               "Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS)."),
        ("ph", 12, f"<<{red}|2. Background>>"),
        ("pn", "2.1\tHMICFRS inspected the Service in March and April 2025 and published its report on 12 August "
               "2025. The grades for the eleven judgement areas are summarised below."),
        ("table", {"cols": [14.0, 5.0], "font": 9, "header_fill": "F4DADA",
                   "header": ["Judgement area", "Grade"], "rows": [
                       ["Understanding the risk of fire and other emergencies", "Adequate"],
                       ["Preventing fire and other risks", "Requires improvement"],
                       ["Protecting the public through fire regulation", "Inadequate"],
                       ["Responding to fires and other emergencies", "Requires improvement"],
                       ["Responding to major and multi-agency incidents", "Good"],
                       ["Best use of resources", "Adequate"],
                       ["Future affordability", "Good"],
                       ["Promoting the right values and culture", "Requires improvement"],
                       ["Getting the right people with the right skills", "Adequate"],
                       ["Ensuring fairness and promoting diversity", "Adequate"],
                       ["Managing performance and developing leaders", "Adequate"],
                   ]}),
        ("pn", "2.2\tThe report identified one cause of concern, about the protection inspection programme, and "
               "eleven areas for improvement. The Authority agreed the improvement plan on 24 September 2025. "
               "Appendix A shows the cause of concern and the three areas for improvement that the Committee "
               "asked to monitor; the other eight areas are monitored by the Service Improvement Board."),
        ("pn", "2.3\tHMICFRS revisited the Service on 3 February 2026 to check progress on the cause of concern. "
               "Its letter of 20 February said that the Service had made good progress but that the concern "
               "would remain open until the revised inspection programme had run for a full quarter."),
        ("ph", 12, f"<<{red}|3. Progress>>"),
        ("pn", "3.1\tOf the ten actions, two are complete, five are on track, one is off track and two have not "
               "started. Actions 1.2 and 4.1 are complete and will not appear in the next report."),
        ("pn", "3.2\tAction 3.2, the on-call recruitment campaign, is off track. It was delayed by the vacancy "
               "freeze the Authority agreed in October 2025 and will now run in May 2026. Members are asked to "
               "comment on the revised date."),
        ("pn", "3.3\tAction 2.3 in the plan agreed in September (a second Safe and Well visit for people "
               "referred by the ambulance service) has been merged into action 2.1 and no longer appears."),
        ("pn", "3.4\tThe evaluation of the Safe and Well programme (action 2.2) has not started because the "
               "University’s proposal came in above budget. Officers are discussing a smaller study."),
        ("ph", 12, f"<<{red}|4. Financial implications>>"),
        ("pn", "4.1\tThe four inspecting officer posts (action 1.2) cost £212,000 a year and are funded from the "
               "protection uplift grant and the Authority’s budget for 2025/26. The other actions are met from "
               "existing budgets."),
        ("ph", 12, f"<<{red}|5. Equality implications>>"),
        ("pn", "5.1\tTargeting Safe and Well visits by risk (action 2.1) is expected to increase visits to older "
               "people living alone and to people with limited mobility. An equality impact assessment was "
               "completed when the plan was agreed."),
        ("p", "Background papers: Fire Authority, 24 September 2025 – HMICFRS inspection report and improvement "
              "plan."),
        ("break",),
        ("ph", 13, f"<<{red}|Appendix A – Inspection Improvement Plan: progress at 28 February 2026>>"),
        ("p", "**Status key:** **Complete** – the action has been delivered and the evidence checked; **On "
              "track** – work has started and the target date will be met; **Off track** – work has started but "
              "the target date will be missed; **Not started** – work has not yet begun."),
        ("table", {"cols": [1.2, 6.6, 4.0, 2.3, 7.2, 2.2], "font": 8.5, "header_fill": "E6B8B8",
                   "header": ["Ref", "Action", "Lead officer", "Target date", "Progress at 28 February 2026",
                              "Status"],
                   "rows": rows}),
    ]
    return {
        "name": "tidewell-fire-authority-inspection-improvement-plan-progress-march-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-06", "doc_title": title, "author": "Head of Assurance and Improvement",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 16, "title_color": red,
                 "m_header": ("Tidewell Fire and Rescue Authority – Audit and Scrutiny Committee",
                              "18 March 2026 – Item 8"),
                 "m_footer": ("HMICFRS Inspection Improvement Plan – progress report", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a fire and rescue authority's progress report on its improvement plan after an "
                           "HMICFRS inspection: a covering \"That the Committee notes …\" recommendation, a grades "
                           "table, and a plan table whose cause of concern and areas for improvement are merged "
                           "rows over Ref | Action | Lead officer | Target date | Progress | Status",
                     kind="action-plan", title=title, authority=TIDEWELL, date="2026-03-18",
                     meeting="Audit and Scrutiny Committee",
                     recommendations=[recommendation(None, cover, verb="NOTES", addressee="Committee")],
                     actions=[action(a[1], a[2], a[4], a[5], a[6], statuses[a[8]]) for a in acts]),
        "layout": "PDF (python-docx → LibreOffice), landscape (Letter), Liberation Sans 10 pt, an italic running "
                  "header (Authority and committee | date and item) and footer (report | \"Page X of Y\"), rows "
                  "that may not split. A dark red bold capitals Authority line, a bold committee and date line, "
                  "the red title, a bordered details table with grey bold labels (Report of / Lead officer / "
                  "Purpose / Contact / Appendix), a one-cell box \"Recommendation\" with one \"That the "
                  "Committee notes … and comments on …\" sentence; red bold headings that are not styles over "
                  "typed 1.1–5.1 hanging paragraphs; an inspection grades table (not items); \"Members are asked "
                  "to comment on the revised date\" in 3.2 (not an item). After a page break, Appendix A: a "
                  "bold-led status key (Complete / On track / Off track / Not started) and an 8.5 pt table Ref | "
                  "Action | Lead officer | Target date | Progress at 28 February 2026 | Status with a pink header "
                  "and a cause of concern and three areas for improvement as shaded \"… should …\" rows merged "
                  "across all six columns (not items); refs 1.1–1.3, 2.1, 2.2, 2.4 (2.3 merged away), 3.1, 3.2, "
                  "4.1, 4.2; leads split by \"/\" plus line break, \";\" plus line break and \", with\"; target "
                  "dates \"31/05/2026\", \"Dec 2025\", \"Q1 2026/27\", \"September 2026\", \"2026/27\", "
                  "\"Ongoing\", \"April 2026\", \"31 January 2026\", \"Oct 2025\", \"TBC\"; statuses as bold "
                  "words in shaded cells; one empty progress cell.",
    }


# ---------------------------------------------------------------------------
# AP2. Report to the Tidewell Fire and Rescue Authority on the outcome of the consultation on its
#      Community Risk Management Plan 2026–2030 (HTML → Chromium, A4, CSS page-margin boxes). A details
#      table, "2. Recommendations" with "That the Fire Authority:" over an HTML 1.–5. list, the proposals
#      and results tables, what people said (with the union's and a council's recommendations reported, not
#      items), the changes made as bullets, savings, and implications.
# ---------------------------------------------------------------------------


def tidewell_crmp_consultation():
    title = "Community Risk Management Plan 2026–2030: Outcome of Public Consultation"
    red = "B22222"
    authority = "Fire Authority"
    # (number, text, verb)
    recs = [
        ("1", "notes the outcome of the public consultation on the draft Community Risk Management Plan, "
              "summarised in section 5 and set out in full in Appendix A;", "NOTES"),
        ("2", "approves the Community Risk Management Plan 2026–2030 at Appendix B for publication on 1 April "
              "2026;", "APPROVES"),
        ("3", "approves the change of the second fire engine at Saltmarsh Road fire station from wholetime to "
              "on-call crewing from 1 October 2026;", "APPROVES"),
        ("4", "agrees that Proposal 4 (the closure of Kelby Quay fire station) does not go ahead, and asks the "
              "Chief Fire Officer to report other options for the station to the Authority by December 2026; "
              "and", "AGREES"),
        ("5", "delegates authority to the Chief Fire Officer, in consultation with the Chair of the Authority, "
              "to make minor presentational changes to the Plan before it is published.", "DELEGATES"),
    ]
    blocks = [
        ("p", f"<<{red}|**TIDEWELL FIRE AND RESCUE AUTHORITY**>>"),
        ("table", {"cols": [4.0, 13.0], "borders": False, "rows": [
            [{"text": "Meeting:", "bold": True}, authority],
            [{"text": "Date:", "bold": True}, "Thursday 26 February 2026"],
            [{"text": "Agenda item:", "bold": True}, "7"],
            [{"text": "Report of:", "bold": True}, "Chief Fire Officer and Chief Executive"],
            [{"text": "Classification:", "bold": True}, "OFFICIAL – for decision"],
            [{"text": "Contact:", "bold": True},
             "Head of Planning and Performance – crmp@tidewellfire.example – 01632 960 327"],
            [{"text": "Appendices:", "bold": True},
             "A – Consultation report; B – Community Risk Management Plan 2026–2030; C – Equality impact "
             "assessment"],
        ]}),
        ("title", title),
        ("h", 2, "1. Purpose"),
        ("p", "1.1 This report tells the Authority what residents, staff, partners and the constituent councils "
              "said about the draft Community Risk Management Plan (CRMP) 2026–2030, how the draft has been "
              "changed as a result, and asks the Authority to approve the final Plan."),
        ("h", 2, "2. Recommendations"),
        ("p", f"That the {authority}:"),
        ("list", "1.", 1, [r[1] for r in recs]),
        ("h", 2, "3. Background"),
        ("p", "3.1 Every fire and rescue authority must produce an integrated risk management plan under the Fire "
              "and Rescue National Framework for England. Tidewell calls its plan the Community Risk Management "
              "Plan. The current plan ends on 31 March 2026."),
        ("p", "3.2 On 16 October 2025 the Authority agreed a draft Plan for consultation. It included four "
              "proposals for changes to fire cover, designed to match resources to risk and to save £1.1 "
              "million a year by 2027/28."),
        ("h", 2, "4. The consultation"),
        ("p", "4.1 The consultation ran for twelve weeks, from 20 October 2025 to 12 January 2026. It included an "
              "online survey, 18 public drop-in sessions at fire stations and libraries, four staff "
              "roadshows, meetings with the representative bodies, and letters to the three constituent "
              "councils, 41 parish and town councils and the Tidewell Local Resilience Forum. There were 2,946 "
              "survey responses and 37 written submissions."),
        ("p", "**Table 1: Survey responses to the four proposals**"),
        ("table", {"cols": [8.4, 2.8, 2.8, 3.0], "font": 9, "header_fill": "F2D4D4",
                   "header": ["Proposal", "Support", "Oppose", "No view"],
                   "rows": [
                       ["1. Introduce a day-crewed model at Barrowcombe fire station", "1,208 (41%)",
                        "1,384 (47%)", "354 (12%)"],
                       ["2. Change the second fire engine at Saltmarsh Road to on-call crewing", "1,326 (45%)",
                        "1,267 (43%)", "353 (12%)"],
                       ["3. Replace two fire engines with smaller rapid response vehicles", "1,591 (54%)",
                        "884 (30%)", "471 (16%)"],
                       ["4. Close Kelby Quay fire station and cover its area from Saltmarsh Road", "442 (15%)",
                        "2,298 (78%)", "206 (7%)"],
                   ]}),
        ("h", 2, "5. What people told us"),
        ("p", "5.1 Most respondents accepted the case for matching resources to risk, but many were worried about "
              "response times in rural areas. Proposal 4 was the most strongly opposed: residents of Kelby "
              "Quay and the surrounding villages pointed to the tidal flood risk and to the 22-minute response "
              "time from Saltmarsh Road at high tide, when the swing bridge is open."),
        ("p", "5.2 The Fire Brigades Union opposed all four proposals. Its submission recommended that the "
              "Authority keep wholetime crewing at Saltmarsh Road and fund the savings from reserves. Barrowcombe "
              "Borough Council supported Proposals 2 and 3 and recommended that any change at Barrowcombe fire "
              "station be delayed until the town’s new housing is built."),
        ("p", "5.3 The Local Resilience Forum pointed out that Kelby Quay fire station is the forward command "
              "post in the Multi-Agency Flood Plan."),
        ("h", 2, "6. Changes made after the consultation"),
        ("p", "6.1 In the light of the consultation, officers have made the following changes to the draft Plan:"),
        ("list", "bullet", 1, [
            "Proposal 1 (day crewing at Barrowcombe) is withdrawn from this Plan and will be reconsidered when "
            "the station’s risk profile is reviewed in 2028;",
            "Proposal 2 goes ahead, with the change delayed from April to October 2026 so that on-call "
            "recruitment can be completed first;",
            "Proposal 3 goes ahead as consulted on; and",
            "Proposal 4 does not go ahead. The Chief Fire Officer will look at other ways of reducing the cost "
            "of Kelby Quay station, including sharing the building with the ambulance service.",
        ]),
        ("h", 2, "7. Financial implications"),
        ("p", "7.1 With Proposals 1 and 4 removed, the Plan saves £0.52 million a year by 2027/28, against the "
              "£1.1 million in the draft. The gap of £0.58 million will be met in 2026/27 from the budget "
              "equalisation reserve and is included in the medium-term financial plan agreed by the Authority "
              "on 12 February 2026."),
        ("table", {"cols": [10.0, 3.5, 3.5], "font": 9, "header_fill": "F2D4D4",
                   "header": ["Change", "Saving 2026/27 £000", "Saving 2027/28 £000"],
                   "rows": [
                       ["Saltmarsh Road: second engine on-call from October 2026", "190", "380"],
                       ["Two rapid response vehicles", "70", "140"],
                       [{"text": "Total", "bold": True}, {"text": "260", "bold": True},
                        {"text": "520", "bold": True}],
                   ]}),
        ("h", 2, "8. Equality, legal and risk implications"),
        ("p", "8.1 The equality impact assessment (Appendix C) found that older people and people with "
              "disabilities in rural areas are most affected by longer response times. The Plan responds by "
              "targeting Safe and Well visits at those areas."),
        ("p", "8.2 The Authority must have regard to the views of those consulted. The consultation met the "
              "Gunning principles: proposals were at a formative stage, enough information was given, there "
              "was adequate time to respond, and the responses have been taken into account in this report."),
        ("h", 2, "9. Background papers"),
        ("p", "Fire Authority, 16 October 2025 – Draft Community Risk Management Plan 2026–2030 for "
              "consultation."),
    ]
    css = ("@page { margin: 20mm 17mm 18mm 17mm; "
           "@top-left { content: \"Tidewell Fire and Rescue Authority – 26 February 2026\"; font-family: "
           "'Liberation Sans', sans-serif; font-size: 8pt; font-style: italic; color: #555555; } "
           "@top-right { content: \"Agenda item 7\"; font-family: 'Liberation Sans', sans-serif; "
           "font-size: 8pt; font-style: italic; color: #555555; } "
           "@bottom-center { content: \"OFFICIAL\"; font-family: 'Liberation Sans', sans-serif; "
           "font-size: 8pt; color: #555555; } "
           "@bottom-right { content: counter(page) \" / \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 17pt; margin: 8pt 0 10pt 0; }\n"
           "h2 { color: #B22222; font-size: 12pt; page-break-after: avoid; }\n")
    return {
        "name": "tidewell-fire-authority-crmp-2026-2030-consultation-outcome",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"created": "2026-02-16", "doc_title": title, "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Sans', sans-serif", "size": 10, "title_color": red},
        "blocks": blocks,
        "gold": dict(genre="report to a fire and rescue authority on the outcome of the consultation on its "
                           "community risk management plan, with \"That the Fire Authority:\" over a numbered "
                           "list of five recommendations",
                     kind="committee-report", title=title, authority=TIDEWELL, date="2026-02-26",
                     meeting=authority,
                     recommendations=[recommendation(n, t, verb=v, addressee=authority) for n, t, v in recs]),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (an italic "
                  "running header with the Authority and date on the left and \"Agenda item 7\" on the right; "
                  "\"OFFICIAL\" at the foot in the centre and \"n / m\" on the right). A red bold capitals Authority "
                  "line, a borderless details table (Meeting / Date / Agenda item / Report of / Classification / "
                  "Contact / Appendices), the red title; red h2 sections with typed 1.1–8.2 paragraphs; \"2. "
                  "Recommendations\" with \"That the Fire Authority:\" over an HTML 1.–5. list (third-person "
                  "verbs, \";\" and \"; and\"; item 4 \"agrees … and asks …\"); a survey results table and a "
                  "savings table with a bold total row (not items); the union's and a borough council's "
                  "\"recommended that …\" submissions reported in 5.2 (not items); the changes made as bullets "
                  "(not items); implications and background papers.",
    }


# ---------------------------------------------------------------------------
# AP3. Tidewell Local Resilience Forum: post-exercise report and action plan for Exercise Ebb Tide
#      (Markdown → pandoc DOCX → LibreOffice). A document control grid table, objectives as a numbered
#      list, participants and "what went well" bullets, six bold-led "Lesson n" findings (not items), and
#      an action plan grid table Ref | Action | Owner | Due | Status (refs numbered by lesson).
# ---------------------------------------------------------------------------


def tidewell_lrf_debrief():
    title = "Exercise Ebb Tide: Post-Exercise Report and Action Plan"
    sec = "Tidewell LRF Secretariat"
    bbc = "Barrowcombe Borough Council (Emergency Planning)"
    # (ref, action, owner cell, owners, due cell, due, status word)
    acts = [
        ("1.1", "Revise the activation triggers in the Tidewell Multi-Agency Flood Plan so that a "
                     "Strategic Co-ordinating Group is called as soon as a Flood Warning is issued for Kelby "
                     "Quay.", f"{sec} / Environment Agency", [sec, "Environment Agency"], "30/04/2026",
         "2026-04-30", "In progress"),
        ("2.1", "Test the satellite telephones and the LRF radio net at every strategic and tactical "
                     "co-ordination centre once a quarter.", "Tidewell Constabulary; Tidewell Fire and Rescue "
                                                             "Service",
         ["Tidewell Constabulary", "Tidewell Fire and Rescue Service"], "Quarterly", None, "In progress"),
        ("3.1", "Agree a single shared map of the evacuation zone on the ResilienceDirect platform for use "
                     "by all responders.", "Barrowcombe Borough Council (GIS)",
         ["Barrowcombe Borough Council (GIS)"], "June 2026", "2026-06", "Not started"),
        ("3.2", "Add care homes and the homes of people on the utilities’ priority services registers to "
                     "the shared map.", "Barrowcombe Borough Council (GIS), with Kelby Power Networks",
         ["Barrowcombe Borough Council (GIS)", "Kelby Power Networks"], "Q2 2026/27", "2026-09", "Not started"),
        ("4.1", "Revise the rest centre plan so that two rest centres can be open within two hours of a "
                     "request, including at night and at weekends.", bbc, [bbc], "31 May 2026", "2026-05-31",
         "In progress"),
        ("4.2", "Train 20 more council staff and volunteers as rest centre managers.",
         f"{bbc} / Tidewell Community Volunteers", [bbc, "Tidewell Community Volunteers"], "September 2026",
         "2026-09", "Not started"),
        ("5.1", "Prepare warning and informing messages for a tidal surge in English, Polish and "
                     "Portuguese, approved in advance for use by all partners.",
         "LRF Warning and Informing Group", ["LRF Warning and Informing Group"], "March 2026", "2026-03",
         "Complete"),
        ("6.1", "Run a live evacuation exercise in Kelby Quay with residents and the flood wardens before "
                     "the winter.", "LRF Exercise and Training Manager", ["LRF Exercise and Training Manager"],
         "Oct 2026", "2026-10", "Not started"),
    ]
    statuses = {"Complete": "completed", "In progress": "ongoing", "Not started": "not-started"}
    control = grid_table([26, 60], None, [
        ["**Exercise**", "Exercise Ebb Tide – a multi-agency tabletop exercise (day 1) and a live deployment "
                         "of the forward command post (day 2)"],
        ["**Dates**", "14 and 15 January 2026"],
        ["**Scenario**", "A tidal surge overtops the Kelby Quay flood defences at night; 420 homes and two care "
                         "homes in the flood zone need to be evacuated"],
        ["**Lead organisation**", "Tidewell LRF Secretariat (hosted by Tidewell Fire and Rescue Authority)"],
        ["**Report author**", "LRF Exercise and Training Manager"],
        ["**Version**", "1.1 – approved by the LRF Strategic Board"],
        ["**Report date**", "9 March 2026"],
    ])
    plan = grid_table([6, 34, 22, 16, 16], ["Ref", "Action", "Owner", "Due", "Status"],
                      [[a[0], a[1], a[2], a[4], a[6]] for a in acts])
    md = [
        "**TIDEWELL LOCAL RESILIENCE FORUM**",
        "OFFICIAL",
        f"# {title}",
        control,
        "## 1. Introduction",
        "1.1 Exercise Ebb Tide tested the response of the Tidewell Local Resilience Forum (LRF) to a tidal "
        "surge affecting Kelby Quay, the area of the LRF at greatest risk of coastal flooding. It was the "
        "first multi-agency exercise of the revised Multi-Agency Flood Plan, agreed in June 2025.",
        "1.2 This report records what happened, what went well, the lessons identified and the actions agreed "
        "by the LRF Strategic Board on 5 March 2026. It does not assess the performance of any individual.",
        "## 2. Aim and objectives",
        "The aim of the exercise was to test the LRF’s ability to warn, inform and evacuate a community at "
        "risk of tidal flooding at night. The objectives were:",
        "1. To test the activation of the Strategic and Tactical Co-ordinating Groups.\n"
        "2. To test communications between the co-ordination centres and the forward command post.\n"
        "3. To test the sharing of information about vulnerable people in the evacuation zone.\n"
        "4. To test the opening of rest centres out of hours.\n"
        "5. To test warning and informing arrangements for residents.",
        "## 3. Participants",
        "The exercise involved 96 players from 14 organisations, including:",
        "- Tidewell Fire and Rescue Service, Tidewell Constabulary and the ambulance service;\n"
        "- Barrowcombe Borough Council and the two other constituent councils;\n"
        "- the Environment Agency and Kelby Power Networks;\n"
        "- the Kelby Quay flood wardens and Tidewell Community Volunteers.",
        "## 4. Summary of the exercise",
        "4.1 On day 1 the players worked through the scenario in real time from the issue of a Flood Alert at "
        "18:00 to the recovery phase the next morning. Injects were given by the exercise control team. On "
        "day 2 the forward command post was set up at Kelby Quay fire station and linked to the tactical "
        "co-ordination centre at Tidewell Fire and Rescue Service headquarters.",
        "4.2 Observers from each organisation recorded what they saw, and a hot debrief was held at the end of "
        "each day. A structured debrief with all organisations was held on 4 February 2026.",
        "## 5. What went well",
        "- The Tactical Co-ordinating Group quickly agreed a common picture of the risk.\n"
        "- The forward command post was set up within 40 minutes.\n"
        "- Flood wardens were contacted and briefed within an hour.\n"
        "- Partners used the joint decision model and recorded their decisions.",
        "## 6. Lessons identified",
        "**Lesson 1 – Activation.** The Strategic Co-ordinating Group was not called until the Severe Flood "
        "Warning was issued, two hours after the Flood Warning. By then the window for a daylight evacuation "
        "had closed.",
        "**Lesson 2 – Communications.** The satellite telephone at the forward command post had not been "
        "charged, and two organisations did not know their call signs on the LRF radio net.",
        "**Lesson 3 – Information about vulnerable people.** Lists of vulnerable residents came from four "
        "sources in different formats and took over three hours to combine. Care homes were not shown on the "
        "maps used by the Tactical Co-ordinating Group.",
        "**Lesson 4 – Rest centres.** Only one trained rest centre manager could be reached out of hours, and "
        "the second rest centre opened four hours after it was requested.",
        "**Lesson 5 – Warning and informing.** Messages to the public were drafted from scratch on the night "
        "and were not available in the main community languages of Kelby Quay.",
        "**Lesson 6 – Involving residents.** Residents were not involved in the exercise, so the evacuation "
        "routes and the flood wardens’ role could not be tested with the community.",
        "## 7. Action plan",
        "Each lesson has one or more actions, numbered by the lesson they answer (action 3.2 is the second "
        "action for Lesson 3). Owners report progress to the LRF Training and Exercising Group, which will "
        "review this plan at each meeting until every action is complete. Status is shown as Complete, In "
        "progress or Not started.",
        plan,
        "## 8. Next steps",
        "The LRF Strategic Board will receive a progress report on this plan at its meeting in September 2026. "
        "The findings will also be shared with neighbouring LRFs through the regional resilience network.",
        "Distribution: LRF Strategic Board and Tactical Business Group members; exercise players; LRF "
        "Training and Exercising Group. Enquiries: lrf.secretariat@tidewellfire.example – 01632 960 390.",
    ]
    return {
        "name": "tidewell-lrf-exercise-ebb-tide-debrief-report-and-action-plan",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-03-09"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a local resilience forum's post-exercise report: scenario, objectives, what went "
                           "well, six lessons identified and an action plan Ref | Action | Owner | Due | Status",
                     kind="action-plan", title=title, authority=TIDEWELL, date="2026-03-09", meeting=None,
                     actions=[action(a[0], a[1], a[3], a[4], a[5], statuses[a[6]]) for a in acts]),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header or page "
                  "numbers. A bold capitals Forum line, \"OFFICIAL\", the H1 title, a headerless grid table of "
                  "document control details with bold labels (Exercise / Dates / Scenario / Lead organisation / "
                  "Report author / Version / Report date); Heading 2 sections; typed 1.1–4.2 paragraphs; the "
                  "objectives as a pandoc numbered list (not items); participants and \"what went well\" "
                  "bullets (not items); six bold-led \"Lesson n – …\" findings (not items); an action plan grid "
                  "table Ref | Action | Owner | Due | Status with refs 1.1, 2.1, 3.1, 3.2, 4.1, 4.2, 5.1, 6.1 "
                  "numbered by the lesson they answer; owners split by \"/\" and \";\" and \", with\", brackets kept; due \"30/04/2026\", "
                  "\"Quarterly\", \"June 2026\", \"Q2 2026/27\", \"31 May 2026\", \"September 2026\", \"March "
                  "2026\", \"Oct 2026\"; statuses Complete / In progress / Not started as plain words; next "
                  "steps and a distribution line.",
    }


# ---------------------------------------------------------------------------
# AP4. Barrowcombe Borough Council Regulatory Services Committee minutes (python-docx DOCX, NinthMWriter,
#      Liberation Serif). Minute numbers RS/25/41–RS/25/48 as bold headings that are not styles; "RESOLVED:
#      That …" single resolutions, "RESOLVED: That the Committee:" over typed (1)/(2) paragraphs and
#      "RESOLVED: That" over typed (a)/(b) paragraphs; a lost amendment; noted items; bold "Action:" lines.
# ---------------------------------------------------------------------------


def barrowcombe_regulatory_minutes():
    committee = "Regulatory Services Committee"
    navy = "1F3864"
    d_minutes = ("the minutes of the meeting held on 13 January 2026 be approved as a correct record and signed "
                 "by the Chair.")
    d_food = [
        ("1", "approves the Food Law Enforcement Service Plan 2026/27 at Appendix 1 for submission to the Food "
              "Standards Agency; and"),
        ("2", "asks the Environmental Health Manager (Food and Safety) to report progress on the inspection "
              "programme to the Committee in November 2026."),
    ]
    d_fees = [
        ("a", "the fees for animal activity licences set out in Appendix 2 be approved with effect from 1 April "
              "2026; and"),
        ("b", "the fee for a new home boarding licence be held at £285 for 2026/27 and reviewed next year."),
    ]
    d_plan = ("the revised Barrowcombe Borough Council Emergency Response Plan (version 6) be endorsed, and the "
              "Head of Regulatory Services be authorised to make minor changes to its contact directory as "
              "required.")
    d_policy = "Cabinet be recommended to adopt the revised Regulatory Services Enforcement Policy at Appendix 3."
    # (text, owners, timeframe, due)
    acts = [
        ("Environmental Health Manager (Food and Safety) to circulate the list of overdue category A and B "
         "food hygiene inspections to members by 31 March.", ["Environmental Health Manager (Food and Safety)"],
         "by 31 March", "2026-03-31"),
        ("Trading Standards Manager to report the results of the under-age sales test purchasing of vapes to the "
         "Committee by 14 July 2026.", ["Trading Standards Manager"], "by 14 July 2026", "2026-07-14"),
        ("Head of Regulatory Services / Emergency Planning and Business Continuity Officer to arrange an "
         "emergency planning briefing for all councillors by 30 April.",
         ["Head of Regulatory Services", "Emergency Planning and Business Continuity Officer"], "by 30 April",
         "2026-04-30"),
        ("Democratic Services Officer to add a report on private water supplies to the work programme.",
         ["Democratic Services Officer"], None, None),
    ]

    def minute(number, text):
        return ("ph", 11, f"<<{navy}|{number}\t{text}>>")

    blocks = [
        ("p", f"<<{navy}|**BARROWCOMBE BOROUGH COUNCIL**>>"),
        ("title", committee),
        ("p", "**Minutes of the meeting held on Tuesday 10 March 2026 at 6.30 pm in the Council Chamber, Town "
              "Hall, Quay Street, Barrowcombe**"),
        ("p", "**Present:** Councillors H.J. (Chair), P.A. (Vice-Chair), D.B., R.C., M.E., S.F., K.L. and "
              "T.W."),
        ("p", "**Officers:** Head of Regulatory Services; Environmental Health Manager (Food and Safety); "
              "Trading Standards Manager; Emergency Planning and Business Continuity Officer; Solicitor "
              "(Regulatory); Democratic Services Officer."),
        ("p", "**Apologies:** Councillor G.N."),
        minute("RS/25/41", "Declarations of interest"),
        ("p", "Councillor M.E. declared a non-registrable interest in item RS/25/45 as the owner of a dog "
              "grooming business, and left the room during that item."),
        minute("RS/25/42", "Minutes"),
        ("p", f"**RESOLVED:** That {d_minutes}"),
        minute("RS/25/43", "Food Law Enforcement Service Plan 2026/27"),
        ("p", "The Environmental Health Manager (Food and Safety) presented the plan. The Council had 1,142 food "
              "businesses, of which 38 were in the highest risk categories. In 2025/26 the team had carried out "
              "612 of the 655 programmed interventions (93%) and had served 14 hygiene improvement notices. The "
              "backlog of unrated new businesses had fallen from 96 to 41. Members asked about the "
              "recruitment of the vacant environmental health officer post; the Head of Regulatory Services "
              "said that a contractor would cover the post until it was filled."),
        ("p", "**RESOLVED:** That the Committee:"),
        ("pn", f"(1)\t{d_food[0][1]}"),
        ("pn", f"(2)\t{d_food[1][1]}"),
        ("p", f"**Action:** {acts[0][0]}"),
        minute("RS/25/44", "Trading standards: illicit tobacco and vapes – enforcement update"),
        ("p", "The Trading Standards Manager reported that, working with Tidewell Constabulary, officers had "
              "seized 118,000 illegal cigarettes, 46 kg of hand-rolling tobacco and 3,900 non-compliant vapes "
              "from eleven shops since April 2025. Two closure orders had been obtained and one prosecution was "
              "due for trial in May. Members asked how many shops had sold vapes to under-18s; the Manager said "
              "that a test purchasing exercise was under way."),
        ("p", "The Committee noted the update."),
        ("p", f"**Action:** {acts[1][0]}"),
        minute("RS/25/45", "Animal activity licensing – fees 2026/27"),
        ("p", "The Solicitor (Regulatory) presented the proposed fees, which were set to recover the cost of the "
              "service as the law requires. Councillor R.C. proposed an amendment that the fee for a home "
              "boarding licence be frozen for two years. On being put to the vote the amendment was lost (3 for, "
              "4 against)."),
        ("p", "**RESOLVED:** That"),
        ("pn", f"(a)\t{d_fees[0][1]}"),
        ("pn", f"(b)\t{d_fees[1][1]}"),
        minute("RS/25/46", "Emergency Response Plan – annual review"),
        ("p", "The Emergency Planning and Business Continuity Officer presented the revised plan, which reflected "
              "the lessons from the Tidewell Local Resilience Forum’s Exercise Ebb Tide in January, in "
              "particular on opening rest centres out of hours. Members welcomed the plan and asked for a "
              "briefing for all councillors on their role in an emergency."),
        ("p", f"**RESOLVED:** That {d_plan}"),
        ("p", f"**Action:** {acts[2][0]}"),
        minute("RS/25/47", "Regulatory Services Enforcement Policy"),
        ("p", "The Head of Regulatory Services presented minor revisions to the Enforcement Policy to reflect "
              "new fixed penalty powers for household waste offences and the updated Code for Crown "
              "Prosecutors."),
        ("p", f"**RESOLVED:** That {d_policy}"),
        minute("RS/25/48", "Work programme"),
        ("p", "Members asked for a report on private water supplies, following the sampling failures at two "
              "farms in the autumn. The Committee noted the work programme."),
        ("p", f"**Action:** {acts[3][0]}"),
        ("ph", 11, f"<<{navy}|Date of next meeting>>"),
        ("p", "Tuesday 14 July 2026 at 6.30 pm."),
        ("p", "The meeting ended at 8.12 pm."),
        ("p", "Chair ..............................................    Date ........................"),
    ]
    decisions = [decision("RS/25/42", None, d_minutes, committee)]
    decisions += [decision("RS/25/43", n, t, committee) for n, t in d_food]
    decisions += [decision("RS/25/45", n, t, committee) for n, t in d_fees]
    decisions += [decision("RS/25/46", None, d_plan, committee), decision("RS/25/47", None, d_policy, committee)]
    return {
        "name": "barrowcombe-regulatory-services-committee-minutes-march-2026",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-03-17", "doc_title": f"{committee} – minutes – 10 March 2026",
                 "author": "Democratic Services", "ninth_m": True, "cant_split": True, "font": "Liberation Serif",
                 "size": 11, "title_size": 18, "title_color": navy,
                 "m_header": ("Barrowcombe Borough Council", f"{committee} – 10 March 2026"),
                 "m_footer": ("Minutes – subject to approval at the next meeting", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="minutes of a borough council's regulatory services committee: food law service plan, "
                           "illicit tobacco update, animal licensing fees, emergency plan and enforcement policy, "
                           "with RESOLVED paragraphs and \"Action:\" lines",
                     kind="minutes", title=committee, authority=BARROWCOMBE, date="2026-03-10",
                     meeting=committee, decisions=decisions,
                     actions=[action(None, t, o, tf, d, None) for t, o, tf, d in acts]),
        "layout": "DOCX (python-docx), portrait (Letter), Liberation Serif 11 pt, an italic running header "
                  "(council | committee and date) and footer (\"Minutes – subject to approval …\" | \"Page X of "
                  "Y\"). A navy bold capitals council line, the committee's name as the large navy title, a bold "
                  "\"Minutes of the meeting …\" line, bold-led Present / Officers / Apologies paragraphs "
                  "(councillors by initials); navy bold minute headings that are not styles, \"RS/25/41\" … "
                  "\"RS/25/48\" with a tab before the title; \"**RESOLVED:** That …\" paragraphs, \"**RESOLVED:** "
                  "That the Committee:\" over typed hanging \"(1) approves …; and\" / \"(2) asks …\" and "
                  "\"**RESOLVED:** That\" over typed \"(a) … be approved …; and\" / \"(b) …\"; a resolution that "
                  "\"Cabinet be recommended to adopt …\"; a declaration, a lost amendment with its vote, "
                  "\"The Committee noted the update.\" and \"… noted the work programme.\" (not decisions); "
                  "bold \"**Action:**\" lines with owners before \"to\" (one \"A / B\") and \"by 31 March\", \"by "
                  "14 July 2026\", \"by 30 April\" or no date; the next meeting's date and a Chair's signature "
                  "line.",
    }


# ---------------------------------------------------------------------------
# AP5. Barrowcombe Cabinet's response to the Overview and Scrutiny Committee's review of scams and doorstep
#      crime (Markdown → pandoc DOCX). A line block of bold-labelled details, "Cabinet is asked to:" over
#      typed (a)/(b) items, the review's findings and a figures table (not items), and for each
#      recommendation a bold-labelled "Recommendation N:" paragraph over a headerless two-column grid table
#      (Agreed? / Cabinet response / Lead officer / By when).
# ---------------------------------------------------------------------------


def barrowcombe_scams_response():
    title = "Protecting Residents from Scams and Doorstep Crime: Response to the Overview and Scrutiny Review"
    tsm = "Trading Standards Manager"
    cover = [
        ("a", "approve the responses to the seven recommendations of the Overview and Scrutiny Committee set out "
              "in section 5; and", "APPROVE"),
        ("b", "note that progress on the agreed actions will be reported to the Overview and Scrutiny Committee "
              "in November 2026.", "NOTE"),
    ]
    # (no., text, verb, addressee, agreed word, response, lead cell, owners, by when cell, due)
    recs = [
        ("1", "Fund a second doorstep crime officer for two years from the Council’s Community Safety Reserve.",
         "FUND", None, "Yes",
         "The post will be advertised in May. The cost of £92,000 over two years will be met from the reserve.",
         tsm, [tsm], "September 2026", "2026-09"),
        ("2", "Extend No Cold Calling Zones to every street where a resident has been targeted by a rogue trader "
              "in the last three years.", "EXTEND", None, "In part",
         "A zone needs the support of most households in the street. Officers will offer a zone to every "
         "street that qualifies and set one up where residents agree, starting with the 14 streets named in "
         "the review.", f"{tsm} / Tidewell Constabulary", [tsm, "Tidewell Constabulary"], "From June 2026",
         "2026-06"),
        ("3", "Trading Standards should give every bank and building society branch in the borough a named "
              "contact for the Banking Protocol.", "GIVE", "Trading Standards", "Yes",
         "All seven bank branches and the two building societies now have a named officer as their contact.",
         tsm, [tsm], "Complete", None),
        ("4", "Set up a call blocker scheme for residents who have been targeted by telephone scams, starting "
              "with people over 75 and people living with dementia.", "SET", None, "Yes",
         "Forty call blockers have been bought with money recovered under the Proceeds of Crime Act. Referrals "
         "will come from the Council’s housing officers, GP practices and the Dementia Action Alliance.",
         f"{tsm}, with Barrowcombe Dementia Action Alliance", [tsm, "Barrowcombe Dementia Action Alliance"],
         "July 2026", "2026-07"),
        ("5", "The Council should make membership of a trusted trader scheme a condition of every contract for "
              "home repairs paid for with a disabled facilities grant.", "MAKE", "Council", "No",
         "Procurement rules do not allow the Council to require membership of one private scheme. Contractors "
         "on the Council’s approved list are already vetted, and the list will be published on the website.",
         "N/A", [], "N/A", None),
        ("6", "Report the number of scams and doorstep crime cases, and the money saved for victims, to the "
              "Committee every six months.", "REPORT", None, "Yes",
         "The first report will cover April to September 2026.", "Head of Regulatory Services",
         ["Head of Regulatory Services"], "November 2026, then six-monthly", "2026-11"),
        ("7", "Scam awareness training should be offered to all frontline council staff and to councillors.",
         None, None, "Yes",
         "An e-learning module will be added to the induction for new staff, and a session for councillors "
         "will be held after the May 2026 elections.", f"{tsm} / Learning and Development",
         [tsm, "Learning and Development"], "Q2 2026/27", "2026-09"),
    ]
    decisions = {"Yes": "accepted", "In part": "partially-accepted", "No": "rejected"}
    responses = []
    for r in recs:
        responses += [
            f"**Recommendation {r[0]}:** {r[1]}",
            grid_table([22, 62], None, [
                ["**Agreed?**", r[4]],
                ["**Cabinet response**", r[5]],
                ["**Lead officer**", r[6]],
                ["**By when**", r[8]],
            ]),
        ]
    figures = grid_table([40, 14, 14, 14], ["Reports to trading standards", "2023/24", "2024/25",
                                            "2025/26 (to Dec)"], [
        ["Doorstep crime (rogue traders, distraction burglary)", "64", "71", "58"],
        ["Telephone and online scams", "212", "247", "196"],
        ["Mail scams", "39", "31", "22"],
        ["Money saved for victims (£)", "48,200", "61,900", "44,350"],
    ])
    md = [
        "**BARROWCOMBE BOROUGH COUNCIL**",
        "| **Report to:** Cabinet\n"
        "| **Date of meeting:** 21 April 2026\n"
        "| **Report of:** Head of Regulatory Services\n"
        "| **Cabinet Member:** Cabinet Member for Community Safety and Regulation\n"
        "| **Key decision:** No\n"
        "| **Wards affected:** All\n"
        "| **Contact:** Trading Standards Manager – trading.standards@barrowcombe.example – 01632 960 472",
        f"# {title}",
        "## 1. Summary",
        "1.1 The Overview and Scrutiny Committee reviewed how the Council and its partners protect residents "
        "from scams and doorstep crime between September 2025 and January 2026. Its report, agreed on 3 "
        "February 2026, made seven recommendations. This report sets out the responses proposed for Cabinet to "
        "agree.",
        "## 2. Recommendations",
        "Cabinet is asked to:",
    ] + [f"\\({n}) {t}" for n, t, v in cover] + [
        "## 3. Background",
        "3.1 Barrowcombe Trading Standards is a team of nine within Regulatory Services. It investigates rogue "
        "traders and scams, runs the No Cold Calling Zones and supports victims, working with Tidewell "
        "Constabulary and the banks under the Banking Protocol.",
        "3.2 The review was set up after a rise in reports of doorstep crime against older residents in 2024/25. "
        "The Committee heard from officers, the police, two banks, Barrowcombe Dementia Action Alliance, "
        "victims and their families.",
        "## 4. The review’s findings",
        "4.1 The review found that reports of scams had risen by 17% in two years, but that most victims never "
        "report them. Victims who were supported by trading standards were much less likely to be targeted "
        "again. The Committee also found that the team has one doorstep crime officer, who cannot respond to "
        "every call the same day, and that councillors and frontline staff did not know how to refer a "
        "suspected victim.",
        "**Table 1: Reports to Barrowcombe Trading Standards**",
        figures,
        "4.2 The Committee’s report recommended that the Council treat scams as a form of abuse of vulnerable "
        "adults. Its seven formal recommendations are set out in section 5 with Cabinet’s proposed responses.",
        "## 5. Responses to the recommendations",
        "5.1 Each recommendation is set out below with whether it is agreed, the proposed response, the lead "
        "officer and the date by which it will be done.",
    ] + responses + [
        "## 6. Financial implications",
        "6.1 The second doorstep crime officer (recommendation 1) costs £46,000 a year and is met from the "
        "Community Safety Reserve for 2026/27 and 2027/28. The call blockers (recommendation 4) were bought "
        "with £6,400 of Proceeds of Crime Act money. The other responses are met from existing budgets.",
        "## 7. Legal implications",
        "7.1 The Council’s powers to investigate and prosecute rogue traders come from the Consumer Protection "
        "from Unfair Trading Regulations 2008 and the Consumer Rights Act 2015.",
        "## 8. Equality implications",
        "8.1 The responses will mainly benefit older and disabled residents, who are most often targeted.",
        "## 9. Background papers",
        "9.1 Overview and Scrutiny Committee, 3 February 2026: Protecting Residents from Scams and Doorstep "
        "Crime – review report.",
    ]
    recommendations = [recommendation(n, t, verb=v, addressee="Cabinet") for n, t, v in cover]
    recommendations += [recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[7], due=r[9],
                                       timeframe=None if r[8] in ("N/A", "Complete") else r[8],
                                       status="completed" if r[8] == "Complete" else None, response=r[5],
                                       decision=decisions[r[4]]) for r in recs]
    return {
        "name": "barrowcombe-cabinet-response-scams-and-doorstep-crime-review",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-04-09"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a borough Cabinet's response to an overview and scrutiny review of scams and "
                           "doorstep crime: \"Cabinet is asked to:\" (a)/(b) and, for each recommendation, a "
                           "small table with an \"Agreed?\" row",
                     kind="executive-response", title=title, authority=BARROWCOMBE, date="2026-04-21",
                     meeting="Cabinet", recommendations=recommendations),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals council line, a line block "
                  "with bold labels (Report to / Date of meeting / Report of / Cabinet Member / Key decision / "
                  "Wards affected / Contact), the H1 title; Heading 2 sections with typed 1.1 … 9.1 paragraphs; "
                  "\"2. Recommendations\" with \"Cabinet is asked to:\" over typed \"(a) approve …; and\" and "
                  "\"(b) note …\" paragraphs; the review's findings in prose, \"The Committee’s report "
                  "recommended that …\" (not an item) and a figures grid table (not items); section 5 with each "
                  "recommendation as a paragraph opening with a bold \"Recommendation N:\" label, followed by a "
                  "headerless two-column grid table with bold labels (Agreed? / Cabinet response / Lead officer / "
                  "By when), \"Agreed?\" answered \"Yes\", \"In part\" or \"No\"; recommendations as imperatives, \"Trading Standards should …\", \"The Council "
                  "should …\" and one passive; leads \"A / B\", \"A, with B\", \"N/A\"; by when \"September "
                  "2026\", \"From June 2026\", \"Complete\", \"July 2026\", \"N/A\", \"November 2026, then "
                  "six-monthly\", \"Q2 2026/27\"; implications sections.",
    }


# ---------------------------------------------------------------------------
# AP6. Public information leaflet for people living near a major hazard (COMAH upper tier) site, issued by
#      Barrowcombe Borough Council with the operator (python-docx → LibreOffice, NinthMWriter, portrait). What
#      the site does, a table of the hazardous substances, how you will be warned, what to do (imperatives
#      to residents), what the emergency services do, a contacts table. Nothing to find.
# ---------------------------------------------------------------------------


def barrowcombe_comah_leaflet():
    title = "Saltmarsh Fuel Terminal: Important Safety Information for People Living and Working Nearby"
    orange = "C55A11"
    blocks = [
        ("p", f"<<{orange}|**BARROWCOMBE BOROUGH COUNCIL – EMERGENCY PLANNING**>>"),
        ("title", title),
        ("p", "**Published January 2026 by Barrowcombe Borough Council and Saltmarsh Terminals Ltd, as required "
              "by the Control of Major Accident Hazards Regulations 2015. Please keep this leaflet somewhere you "
              "can find it.**"),
        ("box", [
            ("p", f"<<{orange}|**If you hear the siren: GO IN, STAY IN, TUNE IN.**>>"),
            ("p", "Go indoors, close all doors and windows, and listen to Tide FM (96.4) or BBC local radio, or "
                  "check barrowcombe.example/alerts, for advice. Only call 999 if you have an emergency."),
        ]),
        ("ph", 12, f"<<{orange}|About the site>>"),
        ("p", "Saltmarsh Fuel Terminal on Wharf Road, Barrowcombe, receives petrol, diesel and aviation fuel by "
              "ship and stores it in 22 tanks before it is taken away by road tanker. Because of the amount of "
              "fuel stored, it is an upper tier site under the Regulations. The operator must take all "
              "necessary measures to prevent major accidents and has a safety report, which has been assessed "
              "by the Health and Safety Executive and the Environment Agency (the competent authority). The "
              "site was last inspected in September 2025."),
        ("table", {"cols": [4.8, 3.4, 8.8], "font": 9, "header_fill": "FBE4D5",
                   "header": ["Substance", "Largest amount held", "Main hazard"],
                   "rows": [
                       ["Petrol", "48,000 tonnes", "Highly flammable liquid and vapour"],
                       ["Diesel and gas oil", "61,000 tonnes", "Flammable; harmful to aquatic life"],
                       ["Aviation fuel (kerosene)", "17,500 tonnes", "Flammable liquid and vapour"],
                       ["Fuel additives", "120 tonnes", "Harmful if inhaled; toxic to aquatic life"],
                   ]}),
        ("ph", 12, f"<<{orange}|What could happen>>"),
        ("p", "A major accident is very unlikely. The most serious events that could happen are a large fire in "
              "a tank or a bund, or an explosion of fuel vapour. These could cause heat, smoke and, close to the "
              "site, damage to buildings and broken windows. Smoke from a fire may irritate your eyes and "
              "throat. A large spill could also pollute the estuary."),
        ("p", "The public information zone covers the homes, businesses and schools within about 1.2 km of the "
              "site, from Quay Street to the Kelby Road roundabout."),
        ("ph", 12, f"<<{orange}|How you will be warned>>"),
        ("table", {"cols": [4.5, 12.5], "font": 9, "rules": True, "header_fill": "FBE4D5",
                   "header": ["Warning", "What it is"],
                   "rows": [
                       ["Siren", "A rising and falling note lasting at least one minute, sounded from the site. "
                                 "A steady note for one minute means the danger has passed."],
                       ["Emergency Alert", "A loud alarm and message on mobile phones in the area, sent by the "
                                           "emergency services."],
                       ["Door to door", "Police or fire officers may knock on doors close to the site."],
                       ["Radio and online", "Updates on Tide FM (96.4), BBC local radio and the Council’s "
                                            "website and social media."],
                   ]}),
        ("p", "The siren is tested at 11.00 am on the first Monday of every month. You do not need to do anything "
              "when you hear a test."),
        ("ph", 12, f"<<{orange}|What to do in an emergency>>"),
        ("list", "bullet", 1, [
            "Go indoors straight away and stay there. Bring children and pets in with you.",
            "Close all doors and windows, and turn off fans, air conditioning and ventilation.",
            "Tune in to local radio or check the Council’s website for advice.",
            "Do not go to the site or collect children from school: schools in the zone have their own plans "
            "and staff will look after them.",
            "Do not use the telephone unless you need to; keep the lines free for the emergency services.",
            "Only leave the building if the police or fire service tell you to.",
        ]),
        ("ph", 12, f"<<{orange}|What happens on and off site>>"),
        ("p", "If there is an accident, the operator puts its on-site emergency plan into action and calls "
              "Tidewell Fire and Rescue Service. The off-site emergency plan, prepared by Barrowcombe Borough "
              "Council with the emergency services and tested at least every three years, sets out how the "
              "police, fire and ambulance services, the Council and health partners work together to protect "
              "the public. It was last tested in Exercise Harbour Light in October 2024."),
        ("ph", 12, f"<<{orange}|More information>>"),
        ("table", {"cols": [5.5, 11.5], "font": 9, "header_fill": "FBE4D5",
                   "header": ["Who", "Contact"],
                   "rows": [
                       ["Saltmarsh Terminals Ltd (site enquiries, 24 hours)",
                        "01632 960 505 – community@saltmarshterminals.example"],
                       ["Barrowcombe Borough Council Emergency Planning",
                        "01632 960 480 – emergency.planning@barrowcombe.example"],
                       ["Tidewell Fire and Rescue Service (non-emergency)",
                        "01632 960 300 – www.tidewellfire.example"],
                       ["Emergency", "999"],
                   ]}),
        ("p", "You can see the public parts of the site’s safety report, and the off-site emergency plan, at "
              "Barrowcombe Town Hall, Quay Street, during office hours. This information is reviewed every "
              "three years, or sooner if anything changes at the site."),
        ("p", "This leaflet is available in large print, in Polish and in Portuguese. Call 01632 960 480."),
    ]
    return {
        "name": "barrowcombe-major-hazard-site-public-information-leaflet-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-12", "doc_title": title, "author": "Emergency Planning", "ninth_m": True,
                 "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 16,
                 "title_color": orange,
                 "m_header": ("Barrowcombe Borough Council", "Public information – Saltmarsh Fuel Terminal"),
                 "m_footer": ("Published January 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a borough council's public information leaflet for people near an upper tier "
                           "major hazard site: substances, warnings, what to do and contacts; nothing to find",
                     kind="other", title=title, authority=BARROWCOMBE, date="2026-01", meeting=None),
        "layout": "PDF (python-docx → LibreOffice), portrait (Letter), Liberation Sans 10 pt, an italic running "
                  "header (council | leaflet) and footer (publication | \"Page X of Y\"), rows that may not "
                  "split. An orange bold capitals council and team line, the orange title, a bold publication "
                  "line naming the council and the operator, a box with \"GO IN, STAY IN, TUNE IN\" advice; "
                  "orange bold headings that are not styles; a substances table with a shaded header, a ruled "
                  "warnings table, bulleted imperatives to residents (not actions: no owner or date), a "
                  "paragraph on the on-site and off-site plans (standing arrangements), a contacts table. "
                  "Nothing to find.",
    }


PAPERS = [tidewell_improvement_plan, tidewell_crmp_consultation, tidewell_lrf_debrief,
          barrowcombe_regulatory_minutes, barrowcombe_scams_response, barrowcombe_comah_leaflet]
