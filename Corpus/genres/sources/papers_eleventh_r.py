"""Papers of the eleventh batch, part R ("needs assessments, strategies and plans"): six made-up
long partnership and public-health papers, the kind that carry recommendations and action plans
outside committee reports, from two invented places. Oxenwold County Council is a county council
with the Oxenwold Health and Wellbeing Board (which it hosts), Oxenwold Public Health (its public
health team) and the Oxenwold Community Safety Partnership. Sedgebourne Borough Council is a
unitary borough council with the Safer Sedgebourne Partnership, Sedgebourne Voluntary Action (the
borough's council for voluntary service) and NHS partners. NHS Oxenwold Integrated Care Board,
Oxenwold Community Health NHS Trust, Sedgebourne Police, Sedgebourne Homes and every other body,
person, place and figure are invented too. People are given by role or initials, e-mail addresses
use `.example` and telephone numbers the 01632 960xxx range.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks) and without running it, using only the corpus READMEs, the seeds' README, one seed gold
file (for its shape), and the build scripts and some paper definitions in this folder (not
papers_eleventh_q.py, written at the same time by someone else). Each paper names its own split.
Every gold value is written by hand beside the words it labels; the notes for "needs assessments,
strategies and plans, part R" record the choices where the rules left room.

  R1. oxenwold-jsna-childrens-emotional-wellbeing-chapter        tune    pandoc-lo-pdf
      JSNA chapter; "Recommendation n: short title" headings, each with "This recommendation is
      for:" and "Timescale:" lines.
  R2. oxenwold-health-and-wellbeing-strategy-delivery-plan-2026  unseen  chromium-pdf (landscape)
      Strategy delivery plan; one table per priority Ref | Action | Lead | Partners | Timescale |
      Measure | Status, timescales "Short term (by March 2026)" and a bare "Medium term".
  R3. sedgebourne-safer-sedgebourne-plan-year-1-progress         unseen  pandoc-docx
      Community safety plan progress report; "The Board is asked to:" (a)-(c) and one labelled
      two-column form table per action (Action n.n / Lead / By when / Status / Update).
  R4. sedgebourne-homelessness-review-2025                       tune    lo-pdf
      Homelessness review; a lettered (a)-(i) list under "The review recommends that the Council
      and its partners:" and an appended strategy action plan that restates the recommendations
      under its own refs (P1.1 ...), in another order.
  R5. sedgebourne-community-grants-programme-review              unseen  docx
      VCS review of a council grants programme; Word-lettered a)-i) recommendations continuing
      across "Recommendations for ..." headings.
  R6. oxenwold-health-and-wellbeing-board-annual-report-2025-26  tune    docx
      Board annual report with tables of figures and nothing to find.

Colours. render.py does not ask Chromium to print cell backgrounds exactly, so a paper whose meta
carries "eleventh_r" gets meta "r_css" appended to its style sheet (the delivery plan uses it for
print-color-adjust, coloured priority headings and a page footer in a CSS margin box). Every other
paper goes to the wrapped function unchanged. The python-docx papers use papers_far_h's writer
(meta "far_h", "cant_split") so that no table row is split across a page.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_far_h  # noqa: F401  (installs the DOCX writer that honours "cant_split")
import render as _render
from gold import action, recommendation
from papers_fresh import grid_table

OXENWOLD = "Oxenwold County Council"
SEDGEBOURNE = "Sedgebourne Borough Council"

PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'

_wrapped_to_html = _render.to_html


def _to_html(meta, blocks, path):
    result = _wrapped_to_html(meta, blocks, path)
    if not meta.get("eleventh_r"):
        return result
    with open(path, encoding="utf-8") as handle:
        page = handle.read()
    page = page.replace("</style>", meta.get("r_css", "") + "</style>", 1)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(page)
    return None


_render.to_html = _to_html


def label(text, fill="E7E6E6"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# R1. JSNA chapter (PDF, Markdown → pandoc DOCX → LibreOffice, pandoc's styles). A bold capitals
#     JSNA line above the H1; a line block of bold-labelled details (Chapter owner / Published /
#     Next full update / Produced for); "At a glance" bullets with bold figures and key findings
#     as a pandoc-numbered 1.–6. list (not items); a prevalence pipe table and a services grid
#     table (not items); block-quoted young people's words; "The 2021 chapter recommended that …"
#     (reported history, not an item); gaps as bullets. "7. Recommendations" explains the
#     timescales, then seven Heading 3 "Recommendation n: short title" headings, each followed by
#     the recommendation paragraph, a bold-led "This recommendation is for:" line (owners split by
#     ";", "," with "with", and "and" between two bodies) and a bold-led "Timescale:" line ("Short
#     term (by March 2027)", "Medium term (by March 2028)", "Long term (by March 2030)", "Ongoing",
#     "Annually from November 2026"). "What happens next" bullets and a contact line (not items).
# ---------------------------------------------------------------------------


def oxenwold_jsna_emotional_wellbeing():
    title = "Children and Young People’s Emotional Wellbeing and Mental Health"
    icb = "NHS Oxenwold Integrated Care Board"
    # (number, short title, text, verb, addressee, for-line, owners, timescale, due)
    recs = [
        ("1", "Mental health support in every school",
         "Extend Mental Health Support Teams so that every state-funded school and college in Oxenwold is covered, "
         "starting with the schools that serve the most deprived fifth of neighbourhoods and the three special "
         "schools that have no team at present.",
         "EXTEND", None,
         "NHS Oxenwold Integrated Care Board; Oxenwold County Council Education Services",
         [icb, "Oxenwold County Council Education Services"], "Long term (by March 2030)", "2030-03"),
        ("2", "Waiting well",
         "NHS Oxenwold Integrated Care Board should commission a waiting well offer for every child and young person "
         "on the CAMHS waiting list, with a named worker, contact at least every six weeks and a clear route back "
         "in if things get worse.",
         "COMMISSION", icb,
         "NHS Oxenwold Integrated Care Board, with Oxenwold Community Health NHS Trust",
         [icb, "Oxenwold Community Health NHS Trust"], "Short term (by March 2027)", "2027-03"),
        ("3", "After self-harm",
         "A single pathway for children and young people who attend hospital after self-harm should be agreed by "
         "the hospital trust, CAMHS and children’s social care, so that every young person is seen by a mental "
         "health practitioner before they leave and is followed up within seven days.",
         None, None,
         "Oxenwold Safeguarding Children Partnership",
         ["Oxenwold Safeguarding Children Partnership"], "Short term (by March 2027)", "2027-03"),
        ("4", "Better data, shared",
         "Oxenwold Public Health and NHS Oxenwold Integrated Care Board should publish a joint dashboard of children "
         "and young people’s mental health every six months, bringing together school survey, referral, waiting "
         "time and hospital admission data by district.",
         "PUBLISH", "Oxenwold Public Health and NHS Oxenwold Integrated Care Board",
         "Oxenwold Public Health and NHS Oxenwold Integrated Care Board",
         ["Oxenwold Public Health", icb], "Medium term (by March 2028)", "2028-03"),
        ("5", "Groups at higher risk",
         "Commission targeted emotional wellbeing support for LGBTQ+ young people, young carers and children in "
         "care, designed with those young people and delivered where possible by organisations they already "
         "trust.",
         "COMMISSION", None,
         "Oxenwold County Council Children’s Commissioning; voluntary and community sector partners",
         ["Oxenwold County Council Children’s Commissioning", "voluntary and community sector partners"],
         "Medium term (by March 2028)", "2028-03"),
        ("6", "Support for parents and carers",
         "Offer every parent or carer of a child referred to CAMHS a place on a short course on understanding and "
         "responding to their child’s emotions, with sessions in the evening and online.",
         "OFFER", None,
         "Oxenwold Family Hubs, Oxenwold Parent Carer Forum",
         ["Oxenwold Family Hubs", "Oxenwold Parent Carer Forum"], "Ongoing", None),
        ("7", "Young people holding us to account",
         "The Health and Wellbeing Board should ask the Oxenwold Youth Council to review progress on these "
         "recommendations each year and to present its findings to the Board in person.",
         "ASK", "Health and Wellbeing Board",
         "Oxenwold Health and Wellbeing Board",
         ["Oxenwold Health and Wellbeing Board"], "Annually from November 2026", "2026-11"),
    ]
    prevalence = "\n".join([
        "| Measure | Oxenwold | England | Trend |",
        "|:--------------------------------------------|--------:|--------:|:--------|",
        "| Children aged 8–16 with a probable mental disorder (%) | 19.8 | 20.3 | Rising |",
        "| Young people aged 17–19 with a probable mental disorder (%) | 22.6 | 23.3 | Rising |",
        "| Hospital admissions for self-harm, aged 10–24 (per 100,000) | 468 | 421 | Rising |",
        "| Year 10 pupils with low wellbeing score (%) | 27 | – | Stable |",
        "| Children in care with a concerning SDQ score (%) | 41 | 37 | Stable |",
    ])
    services = grid_table([24, 26, 14, 14], ["Service", "Provider", "Referrals 2024/25",
                                              "Median wait (weeks)"], [
        ["Mental Health Support Teams (28 schools)", "Oxenwold Community Health NHS Trust", "1,240", "3"],
        ["CAMHS (specialist community)", "Oxenwold Community Health NHS Trust", "3,910", "19"],
        ["Online counselling (13–25)", "Commissioned digital provider", "2,480", "0"],
        ["Youth counselling service", "Oxenwold Youth Counselling (charity)", "860", "11"],
        ["Eating disorder service", "Oxenwold Community Health NHS Trust", "214", "4"],
    ])
    md = [
        "**OXENWOLD JOINT STRATEGIC NEEDS ASSESSMENT**",
        f"# {title}",
        "| **Chapter owner:** Consultant in Public Health (Children and Young People), Oxenwold Public Health\n"
        "| **Published:** November 2025\n"
        "| **Next full update:** November 2028\n"
        "| **Produced for:** Oxenwold Health and Wellbeing Board",
        "## Summary",
        "This chapter of the Oxenwold Joint Strategic Needs Assessment (JSNA) looks at the emotional wellbeing and "
        "mental health of children and young people aged 0 to 25 who live in Oxenwold. It replaces the chapter "
        "published in 2021. It brings together national survey estimates, local service data, the Oxenwold Schools "
        "Health and Wellbeing Survey 2025 and the views of 640 young people who took part in focus groups and an "
        "online survey in spring 2025.",
        "Most children and young people in Oxenwold are doing well. But the number with a probable mental disorder "
        "has risen since 2021, more young people are being admitted to hospital after self-harm, and waits for "
        "specialist help are too long. The gap between the most and least deprived parts of the county is "
        "widening.",
        "### At a glance",
        "- **About 24,600** children and young people aged 5–25 in Oxenwold are estimated to have a probable mental "
        "disorder.\n"
        "- **19 weeks** is the median wait from referral to a second CAMHS appointment, up from 12 weeks in 2021/22.\n"
        "- **468 per 100,000** young people aged 10–24 were admitted to hospital after self-harm in 2024/25.\n"
        "- **28 of 312** schools and colleges have a Mental Health Support Team.",
        "## 1. Key findings",
        "1. The proportion of children aged 8–16 with a probable mental disorder has risen from about one in six "
        "in 2021 to about one in five in 2025, in line with England.\n"
        "2. Girls aged 14–19 report the lowest wellbeing of any group; boys are less likely to ask for help and "
        "more likely to be referred late.\n"
        "3. Hospital admissions for self-harm among young people are higher than the England rate and have risen "
        "for three years in a row.\n"
        "4. Children in care, young carers and LGBTQ+ young people are two to three times more likely than their "
        "peers to report low wellbeing.\n"
        "5. Demand for CAMHS has grown by 38% since 2021/22 while the workforce has grown by 9%.\n"
        "6. Young people and parents say they do not know where to go for help before things reach crisis point.",
        "## 2. Why this matters",
        "Half of all mental health problems in adult life start before the age of 14, and three-quarters before the "
        "age of 25. Poor mental health in childhood is linked to lower attainment, school absence, later "
        "unemployment and poorer physical health. Early support in schools, families and communities can prevent "
        "many problems from becoming serious.",
        "## 3. How many children and young people are affected",
        "The estimates below apply national prevalence rates from the Mental Health of Children and Young People in "
        "England survey to the Oxenwold population, alongside local hospital and survey data.",
        prevalence,
        "*Table 1. Prevalence and related measures, most recent year. Sources: NHS England; Hospital Episode "
        "Statistics; Oxenwold Schools Health and Wellbeing Survey 2025.*",
        "Rates are highest in the east of the county and in the two coastal districts, where the proportion of children living in "
        "low-income families is also highest. In the most deprived fifth of neighbourhoods, hospital admissions for "
        "self-harm are 1.8 times the rate in the least deprived fifth.",
        "## 4. Services and demand",
        "Support for children and young people’s mental health in Oxenwold is commissioned by NHS Oxenwold "
        "Integrated Care Board and by Oxenwold County Council. Table 2 shows the main services and how long young "
        "people waited in 2024/25.",
        services,
        "*Table 2. Main services, referrals and waits, 2024/25.*",
        "The 2021 chapter recommended that every secondary school should have a designated senior lead for mental "
        "health. All 41 secondary schools now have one, and 164 primary schools have taken up the training grant.",
        "## 5. What children and young people told us",
        "Young people told us that they want help to be easy to find, that they want to be believed the first time "
        "they ask, and that they do not want to tell their story again and again to different services.",
        "> “I waited eight months and nobody checked on me once. By the time I got an appointment I was in a much "
        "worse place.” – young person, 16",
        "> “School was the only place anyone noticed. The support worker there was brilliant but she was only in "
        "one day a week.” – young person, 14",
        "Parents and carers said they felt left on their own while their child waited, and that they did not know "
        "how to help at home.",
        "## 6. Gaps in our knowledge",
        "- We do not have reliable local data on the mental health of children under five.\n"
        "- Data on ethnicity are missing for one in four CAMHS referrals.\n"
        "- We know little about young people aged 18–25 who are not in education, employment or training.",
        "## 7. Recommendations",
        "The recommendations below are for the partners of the Health and Wellbeing Board. Each one says who it is "
        "for and the timescale the Board will use to check progress: short term (by March 2027), medium term (by "
        "March 2028) or long term (by March 2030).",
    ]
    gold_recs = []
    for number, short, text, verb, addressee, for_line, owners, timescale, due in recs:
        md += [
            f"### Recommendation {number}: {short}",
            text,
            f"**This recommendation is for:** {for_line}",
            f"**Timescale:** {timescale}",
        ]
        gold_recs.append(recommendation(number, text, verb=verb, addressee=addressee, theme=short, owners=owners,
                                        due=due, timeframe=timescale))
    md += [
        "## 8. What happens next",
        "- The Health and Wellbeing Board will consider this chapter at its meeting in January 2026.\n"
        "- The Children and Young People’s Partnership will use it to refresh its emotional wellbeing plan.\n"
        "- The next full update is due in November 2028.",
        "## Contact",
        "Oxenwold Public Health, County Hall, Oxenwold – jsna@oxenwold.example – 01632 960 311",
    ]
    return {
        "name": "oxenwold-jsna-childrens-emotional-wellbeing-chapter",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2025-11-03"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="joint strategic needs assessment chapter with key findings, figures tables and "
                           "\"Recommendation n: short title\" recommendations with \"This recommendation is for:\" and "
                           "\"Timescale:\" lines",
                     kind="needs-assessment", title=title, authority=OXENWOLD, date="2025-11", meeting=None,
                     recommendations=gold_recs),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold capitals JSNA line above the "
                  "H1; a line block of bold-labelled details (Chapter owner / Published / Next full update / Produced "
                  "for); \"At a glance\" bullets with bold figures and a pandoc-numbered 1.–6. key findings list (not "
                  "items); a right-aligned prevalence pipe table and a services grid table with italic captions (not "
                  "items); block-quoted young people's words; \"The 2021 chapter recommended that …\" (reported, not "
                  "an item); gaps bullets. Under \"7. Recommendations\" a paragraph defining short, medium and long "
                  "term, then seven Heading 3 \"Recommendation n: short title\" headings, each followed by the "
                  "recommendation paragraph, a bold-led \"This recommendation is for:\" line (owners split by \";\", "
                  "\",\", \", with\" and \"and\" between two bodies) and a bold-led \"Timescale:\" line (\"Short term "
                  "(by March 2027)\", \"Medium term (by March 2028)\", \"Long term (by March 2030)\", \"Ongoing\", "
                  "\"Annually from November 2026\"); four imperatives, two \"X should V …\" and one passive \"… should "
                  "be agreed by …\". \"What happens next\" bullets and a contact line (not items).",
    }


# ---------------------------------------------------------------------------
# R2. Health and wellbeing strategy delivery plan (PDF, HTML → Chromium, A4 landscape, Liberation
#     Sans 9.5 pt, a page footer in a CSS margin box). A bold capitals board line, a green title
#     and an "Updated" line; the four priorities as a numbered list (not items); a timescales key
#     paragraph defining short, medium and long term; a headerless status key table with shaded
#     words (Complete / On track / Delayed / Not started / Incomplete / blank); a summary counts
#     table (not items). After a page break, per priority a coloured h2, an italic "Lead group:"
#     line (not an owner) and one table Ref | Action | Lead | Partners | Timescale | Measure of
#     success | Status with a pale green header; refs 1.1, 1.2, 1.4, 2.1–2.3, 3.1, 3.3, 4.1–4.3 with
#     notes on 1.3 and 3.2 under their tables; lead cells split by "/" plus a line break, ";" plus a
#     line break, a bare line break, " / ", "," between two bodies, ", with" and "and" between two
#     bodies; a Partners column (not owners), one empty; timescales "Short term (by March 2026)",
#     "Medium term (by March 2027)", a bare "Medium term", "Long term (by March 2029)", "Q4 2026/27",
#     "By September 2026", "Winter 2026/27", "From January 2027" and one empty; status words bold in
#     shaded cells, one blank.
# ---------------------------------------------------------------------------


def oxenwold_strategy_delivery_plan():
    title = "Joint Local Health and Wellbeing Strategy 2025–2029: Delivery Plan"
    green, amber, red, grey, lgreen, blue = "C6E0B4", "FFE699", "F4B6B6", "E7E6E6", "E2EFDA", "BDD7EE"
    status_cells = {
        "Complete": ("completed", blue),
        "On track": ("ongoing", green),
        "Delayed": ("ongoing", amber),
        "Not started": ("not-started", grey),
        "Incomplete": (None, red),
        "": (None, None),
    }
    # priority: (heading, lead group, [(ref, action, lead cell, owners, partners, timescale, due, measure,
    #            status word)], note)
    priorities = [
        ("Priority 1: The best start in life", "Children and Young People’s Partnership", [
            ("1.1", "Open family hubs in all five districts, each offering one place where parents can get help "
                    "with infant feeding, parenting and perinatal mental health.",
             "Oxenwold County Council Children’s Services", ["Oxenwold County Council Children’s Services"],
             "NHS Oxenwold ICB; health visiting; Oxenwold CVS", "Short term (by March 2026)", "2026-03",
             "Five hubs open; 6,000 families reached each year", "Complete"),
            ("1.2", "Raise the proportion of mothers still breastfeeding at 6–8 weeks by training peer supporters "
                    "in the 20 most deprived neighbourhoods.",
             "Oxenwold Public Health /\nOxenwold Community Health NHS Trust",
             ["Oxenwold Public Health", "Oxenwold Community Health NHS Trust"],
             "Family hubs; Oxenwold Breastfeeding Network", "Medium term (by March 2027)", "2027-03",
             "Prevalence at 6–8 weeks up from 44% to 50%", "On track"),
            ("1.4", "Roll out the early language pathway to every early years setting, with a language check at "
                    "the two-year health review.",
             "Head of Early Years and Childcare", ["Head of Early Years and Childcare"],
             "", "Medium term", "2027-03",
             "Pathway in use in 90% of settings", "Delayed"),
        ], "Action 1.3 (a school readiness campaign for parents) was merged with action 1.4 in January 2026."),
        ("Priority 2: Healthy places and a healthy weight", "Healthy Places Group", [
            ("2.1", "Adopt a healthy weight planning document so that no new hot food takeaway is permitted within "
                    "400 metres of a secondary school.",
             "Oxenwold County Council Planning Policy and district council planning teams",
             ["Oxenwold County Council Planning Policy", "district council planning teams"],
             "Oxenwold Public Health", "Long term (by March 2029)", "2029-03",
             "Planning document adopted by every planning authority", "Not started"),
            ("2.2", "Commission a whole-family weight management service for children above a healthy weight, "
                    "with places for 400 families a year.",
             "Oxenwold Public Health", ["Oxenwold Public Health"],
             "Leisure providers; primary care networks", "Short term (by March 2026)", "2026-03",
             "400 families a year; 60% complete the programme", "Incomplete"),
            ("2.3", "Open 20 school streets where motor traffic is restricted at the start and end of the school "
                    "day.",
             "Head of Highways, with Active Travel Oxenwold", ["Head of Highways", "Active Travel Oxenwold"],
             "Schools; Oxenwold Police", "Q4 2026/27", "2027-03",
             "20 school streets in place", "On track"),
        ], None),
        ("Priority 3: Good mental health for all", "Mental Health Partnership Board", [
            ("3.1", "Train 2,000 front-line staff and volunteers in suicide prevention, including staff in debt "
                    "advice, housing and the fire service.",
             "Oxenwold Public Health;\nOxenwold Mind", ["Oxenwold Public Health", "Oxenwold Mind"],
             "Oxenwold Fire and Rescue Service; district councils", "By September 2026", "2026-09",
             "2,000 people trained; 80% more confident to ask about suicide", "On track"),
            ("3.3", "Set up a support service for people bereaved by suicide, offering contact within 72 hours of a "
                    "referral from the police or the coroner.",
             "NHS Oxenwold Integrated Care Board and Oxenwold Public Health",
             ["NHS Oxenwold Integrated Care Board", "Oxenwold Public Health"],
             "Oxenwold Police; HM Coroner", "Winter 2026/27", "2027-02",
             "90% of referrals contacted within 72 hours", ""),
        ], "Action 3.2 (a workplace mental health charter) has moved to the Oxenwold Economic Partnership’s plan."),
        ("Priority 4: Ageing well", "Ageing Well Board", [
            ("4.1", "Extend the strength and balance exercise programme to every district, with classes in "
                    "community venues and at home.",
             "Oxenwold Public Health\nActive Oxenwold", ["Oxenwold Public Health", "Active Oxenwold"],
             "District leisure providers", "Short term (by March 2026)", "2026-03",
             "1,500 older people complete 12 weeks", "Complete"),
            ("4.2", "Offer a home safety and warmth check to every resident aged 75 or over who goes home from "
                    "hospital after a fall.",
             "Director of Adult Social Care / Oxenwold Fire and Rescue Service",
             ["Director of Adult Social Care", "Oxenwold Fire and Rescue Service"],
             "Hospital discharge teams", "From January 2027", "2027-01",
             "Check offered to 95% of eligible residents", "Not started"),
            ("4.3", "Agree a shared way of identifying and supporting unpaid carers in GP practices, hospitals and "
                    "adult social care.",
             "NHS Oxenwold Integrated Care Board, Oxenwold Carers Hub",
             ["NHS Oxenwold Integrated Care Board", "Oxenwold Carers Hub"],
             "Oxenwold County Council Adult Social Care", "", None,
             "Carers identified on 3% of GP registers", "Delayed"),
        ], None),
    ]
    colours = ["2E75B6", "548235", "7030A0", "C55A11"]
    counts = {}
    for heading, group, rows, note in priorities:
        for row in rows:
            counts.setdefault(heading, []).append(row[-1])

    def count(heading, word):
        return str(sum(1 for w in counts[heading] if w == word))

    summary_rows = []
    for heading, group, rows, note in priorities:
        summary_rows.append([heading.split(": ", 1)[1]] + [count(heading, w) for w in
                                                            ("Complete", "On track", "Delayed", "Not started",
                                                             "Incomplete", "")])
    summary_rows.append([{"text": "Total", "bold": True}] + [
        {"text": str(sum(int(r[i]) for r in summary_rows)), "bold": True} for i in range(1, 7)])

    blocks = [
        ("p", "**OXENWOLD HEALTH AND WELLBEING BOARD**"),
        ("title", title),
        ("p", "Progress at 31 March 2026 · Updated 20 April 2026 · Version 3"),
        ("h", 2, "About this plan"),
        ("p", "The Joint Local Health and Wellbeing Strategy 2025–2029 was agreed by the Oxenwold Health and Wellbeing "
              "Board in March 2025. The Board brings together Oxenwold County Council, NHS Oxenwold Integrated Care "
              "Board, the district councils, Oxenwold Police, Healthwatch Oxenwold and the voluntary and community "
              "sector. The Strategy has one aim – to close the gap of 8.9 years in life expectancy between the most "
              "and least deprived parts of the county – and four priorities:"),
        ("list", "1.", 1, [
            "The best start in life",
            "Healthy places and a healthy weight",
            "Good mental health for all",
            "Ageing well",
        ]),
        ("p", "This delivery plan sets out the actions partners have agreed to take, who leads each one and how we "
              "will know it has worked. It is updated every six months; this version shows progress at 31 March "
              "2026, the end of the Strategy’s first year. The Board will receive it at its meeting on 13 May 2026."),
        ("p", "**Timescales.** Short term means by March 2026; medium term means by March 2027; long term means by "
              "March 2029, the end of the Strategy. Where an action has a more precise date, that date is shown."),
        ("p", "**Status key.** The status of each action is given in the last column:"),
        ("table", {"cols": [2.4, 10.6, 2.4, 10.6], "borders": True, "font": 9, "rows": [
            [{"text": "Complete", "bold": True, "fill": blue}, "The action has been delivered.",
             {"text": "Not started", "bold": True, "fill": grey}, "Work on the action has not yet begun."],
            [{"text": "On track", "bold": True, "fill": green},
             "Work is under way and is expected to meet its timescale.",
             {"text": "Incomplete", "bold": True, "fill": red},
             "The timescale has passed and the action has not been finished; the lead has been asked to report "
             "to the Board."],
            [{"text": "Delayed", "bold": True, "fill": amber},
             "Work is under way but will miss its timescale; a revised date is being agreed.",
             {"text": "(blank)", "bold": True},
             "A new action added at this update, which has not yet been assessed."],
        ]}),
        ("h", 2, "Summary of progress"),
        ("table", {"cols": [7, 2.2, 2.2, 2.2, 2.2, 2.2, 2.2],
                   "header": ["Priority", "Complete", "On track", "Delayed", "Not started", "Incomplete",
                              "Not assessed"],
                   "header_fill": lgreen, "font": 9, "rows": summary_rows}),
        ("p", "Two actions were completed in the first year. The weight management service (2.2) was not "
              "commissioned by March 2026 because the tender received no compliant bid; it will be re-let in "
              "summer 2026."),
    ]
    gold_actions = []
    for (heading, group, rows, note), colour in zip(priorities, colours):
        blocks.append(("h", 2, heading))
        blocks.append(("p", f"Lead group: {group}"))
        table_rows = []
        for ref, text, lead, owners, partners, timescale, due, measure, word in rows:
            status, fill = status_cells[word]
            cell = {"text": f"**{word}**" if word else "", "fill": fill} if fill else {"text": ""}
            table_rows.append([{"text": ref, "bold": True}, text, lead, partners, timescale, measure, cell])
            gold_actions.append(action(ref, text, owners, timescale or None, due, status))
        blocks.append(("table", {"cols": [1.3, 7.4, 4.6, 4, 3.4, 4.2, 2.1],
                                 "header": ["Ref", "Action", "Lead", "Partners", "Timescale", "Measure of success",
                                            "Status"],
                                 "header_fill": lgreen, "font": 9, "rows": table_rows}))
        if note:
            blocks.append(("p", f"Note: {note}"))
        if heading.startswith(("Priority 1", "Priority 3")):
            blocks.append(("break",))
    blocks += [
        ("h", 2, "Contact"),
        ("p", "Health and Wellbeing Board Business Manager, Oxenwold County Council, County Hall, Oxenwold – "
              "hwb@oxenwold.example – 01632 960 318"),
    ]
    css = ("* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }"
           "h1.title { font-size: 17pt; }"
           + "".join(f"h2:nth-of-type({i + 3}) {{ color: #{c}; }}" for i, c in enumerate(colours))
           + "@page { @bottom-right { content: \"Oxenwold Health and Wellbeing Strategy – Delivery Plan · page \" "
             "counter(page); font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555; } }"
           "h2 { page-break-after: avoid; } table { page-break-inside: avoid; }")
    return {
        "name": "oxenwold-health-and-wellbeing-strategy-delivery-plan-2026",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "eleventh_r": True, "r_css": css, "landscape": True,
                 "css_font": "'Liberation Sans', sans-serif", "size": 9.5, "title_color": "548235"},
        "blocks": blocks,
        "gold": dict(genre="health and wellbeing strategy delivery plan with one action table per priority "
                           "(Ref | Action | Lead | Partners | Timescale | Measure of success | Status) and "
                           "short/medium/long-term timescales",
                     kind="action-plan", title=title, authority=OXENWOLD, date="2026-04-20", meeting=None,
                     actions=gold_actions),
        "layout": "PDF (HTML → Chromium), A4 landscape, Liberation Sans 9.5 pt, a page footer in a CSS margin box. A "
                  "bold capitals board line, a green title and a \"Progress at … · Updated 20 April 2026 · Version "
                  "3\" line; the four priorities as a numbered list (not items); a bold-led timescales paragraph "
                  "defining short term (by March 2026), medium term (by March 2027) and long term (by March 2029); a "
                  "headerless status key table with shaded words (Complete / On track / Delayed / Not started / "
                  "Incomplete / blank); a summary counts table (not items). After a page break, per priority a "
                  "coloured h2, a \"Lead group:\" line (not an owner) and a table Ref | Action | Lead | Partners | "
                  "Timescale | Measure of success | Status with a pale green header; refs 1.1, 1.2, 1.4, 2.1–2.3, "
                  "3.1, 3.3, 4.1–4.3 with notes on the missing 1.3 and 3.2; lead cells split by \"/\" plus a line "
                  "break, \";\" plus a line break, a bare line break, \" / \", \",\" between two bodies, \", with\" "
                  "and \"and\" between two bodies; a Partners column (not owners), one empty; timescales \"Short "
                  "term (by March 2026)\", \"Medium term (by March 2027)\", a bare \"Medium term\", \"Long term (by "
                  "March 2029)\", \"Q4 2026/27\", \"By September 2026\", \"Winter 2026/27\", \"From January 2027\" "
                  "and one empty; status words bold in shaded cells, one blank.",
    }



# ---------------------------------------------------------------------------
# R3. Community safety partnership plan, Year 1 progress report (DOCX, pandoc from Markdown,
#     pandoc's styles). A bold capitals partnership line, a line block with bold labels (Meeting /
#     Date / Agenda item / Report of / Status), the H1; "1. What the Board is asked to do" with
#     "The Board is asked to:" and a pandoc (a)–(c) list (lower-case verbs, "; and"); typed 2.1 …
#     paragraphs defining the plan years; a crime figures pipe table and a status counts pipe table
#     (not items); "The Home Office’s guidance recommends that …" (not an item); the new actions
#     described in prose in section 4; in section 5, per priority a Heading 3 and, per action, a
#     headerless two-column grid table with bold labels (Action n.n / Lead / By when / Status /
#     Update); refs 1.1–1.3, 2.1–2.4, 3.1–3.4; leads split by " / ", ";" plus a paragraph break,
#     ", with" and "and" between two parties, with one "post, body" owner; by-when cells "March
#     2026", "Q2 2025/26", "Year 2", "31/07/2026", "Ongoing", "Summer 2026", "By end of December
#     2026", "Q4 2025/26", "Autumn 2026" and one empty; statuses Complete / On track / Behind
#     schedule / Not started / Proposed, defined in a key paragraph.
# ---------------------------------------------------------------------------


def sedgebourne_csp_progress():
    title = "Safer Sedgebourne Partnership Plan 2025–2028: Year 1 Progress Report"
    board = "Safer Sedgebourne Partnership Board"
    recs = [
        ("a", "note the progress made in the first year of the Partnership Plan, summarised in section 3 and set out "
              "action by action in section 5;", "NOTE"),
        ("b", "agree that the four actions marked Complete are closed and removed from the Year 2 report; and",
         "AGREE"),
        ("c", "agree the two new actions proposed in section 4 (actions 2.4 and 3.4).", "AGREE"),
    ]
    words = {"Complete": "completed", "On track": "ongoing", "Behind schedule": "ongoing",
             "Not started": "not-started", "Proposed": None}
    # priority: (heading, [(ref, action, lead cell, owners, by when, due, status word, update)])
    priorities = [
        ("Priority 1: Reducing serious violence and knife crime", [
            ("1.1", "Deliver knife crime awareness sessions in every secondary school and at Sedgebourne College, "
                    "using the Youth Justice Service’s programme.",
             "Youth Justice Service Manager / Sedgebourne Police Schools Officer",
             ["Youth Justice Service Manager", "Sedgebourne Police Schools Officer"], "March 2026", "2026-03",
             "Complete", "Sessions delivered in all 14 secondary schools and the College; 6,120 pupils took part."),
            ("1.2", "Install two more weapons surrender bins and a public bleed control kit in the town centre.",
             "Sedgebourne Borough Council Community Safety Team", ["Sedgebourne Borough Council Community Safety Team"],
             "Q2 2025/26", "2025-09", "Complete",
             "Bins installed in August 2025; 37 weapons surrendered by March 2026."),
            ("1.3", "Set up a violence reduction hub that brings together police, youth workers and health staff "
                    "to review every incident of serious youth violence within 72 hours.",
             "Sedgebourne Police;\n\nSedgebourne Borough Council Children’s Services",
             ["Sedgebourne Police", "Sedgebourne Borough Council Children’s Services"], "Year 2", "2027-03",
             "On track", "Information-sharing agreement signed in February 2026. Hub to meet weekly from September "
                         "2026."),
        ]),
        ("Priority 2: Tackling anti-social behaviour", [
            ("2.1", "Introduce one case management system for anti-social behaviour, shared by the Council, the "
                    "police and Sedgebourne Homes.",
             "Anti-Social Behaviour Manager, with Sedgebourne Homes",
             ["Anti-Social Behaviour Manager", "Sedgebourne Homes"], "31/07/2026", "2026-07-31",
             "Behind schedule", "The supplier’s data migration has slipped; go-live is now expected in October "
                                "2026."),
            ("2.2", "Hold four days of action a year in the neighbourhoods with the highest levels of anti-social "
                    "behaviour.",
             "Neighbourhood Policing Inspector", ["Neighbourhood Policing Inspector"], "Ongoing", None,
             "On track", "Three days of action held (Northgate, the Marsh estate and the station area)."),
            ("2.3", "Offer restorative mediation for every neighbour dispute referred to the Partnership.",
             "Sedgebourne Mediation Service", ["Sedgebourne Mediation Service"], "", None,
             "Not started", "Funding bid to the Police and Crime Commissioner’s fund submitted in May 2026."),
            ("2.4", "Pilot a youth outreach team on Friday and Saturday evenings in the town centre and at the two "
                    "retail parks.",
             "Youth Services Manager and Sedgebourne Voluntary Action",
             ["Youth Services Manager", "Sedgebourne Voluntary Action"], "Summer 2026", "2026-08",
             "Proposed", "New action – see section 4."),
        ]),
        ("Priority 3: Domestic abuse and violence against women and girls", [
            ("3.1", "Commission a specialist service for children and young people who have lived with domestic "
                    "abuse.",
             "Domestic Abuse Partnership Manager", ["Domestic Abuse Partnership Manager"], "March 2026", "2026-03",
             "Complete", "Service started on 1 February 2026; 42 referrals in the first two months."),
            ("3.2", "Train 300 staff across partner agencies to use the domestic abuse risk assessment checklist.",
             "Domestic Abuse Partnership Manager / Safeguarding Lead, Sedgebourne Hospitals NHS Trust",
             ["Domestic Abuse Partnership Manager", "Safeguarding Lead, Sedgebourne Hospitals NHS Trust"],
             "By end of December 2026", "2026-12", "On track", "186 staff trained by 31 March 2026."),
            ("3.3", "Open a second safe accommodation service, with eight units for women and their children.",
             "Head of Housing Options", ["Head of Housing Options"], "Q4 2025/26", "2026-03", "Complete",
             "Opened in January 2026 and full since February."),
            ("3.4", "Launch a safe spaces scheme in pharmacies, libraries and banks where people experiencing abuse "
                    "can ask for help discreetly.",
             "Domestic Abuse Partnership Manager", ["Domestic Abuse Partnership Manager"], "Autumn 2026",
             "2026-11", "Proposed", "New action – see section 4."),
        ]),
    ]
    counts = {}
    for heading, rows in priorities:
        for row in rows:
            counts[row[6]] = counts.get(row[6], 0) + 1
    md = [
        "**SAFER SEDGEBOURNE PARTNERSHIP**",
        "| **Meeting:** Safer Sedgebourne Partnership Board\n"
        "| **Date:** Thursday 4 June 2026\n"
        "| **Agenda item:** 6\n"
        "| **Report of:** Community Safety Manager, Sedgebourne Borough Council\n"
        "| **Status:** Open",
        f"# {title}",
        "## 1. What the Board is asked to do",
        "**The Board is asked to:**",
        "\n".join(f"({n}) {text}" for n, text, verb in recs),
        "## 2. Background",
        "2.1 The Safer Sedgebourne Partnership is the community safety partnership for the borough. Its "
        "statutory members are Sedgebourne Borough Council, Sedgebourne Police, Sedgebourne Fire and Rescue "
        "Service, the Probation Service and NHS Sedgebourne Integrated Care Board. Sedgebourne Voluntary Action "
        "and Sedgebourne Homes attend as co-opted members.",
        "2.2 The Partnership Plan 2025–2028 was agreed by the Board in March 2025 after the strategic assessment of "
        "crime and disorder. It has three priorities and nine actions. The Plan runs from April 2025 to March 2028: "
        "Year 1 is April 2025 to March 2026, Year 2 is April 2026 to March 2027 and Year 3 is April 2027 to March "
        "2028.",
        "2.3 Each action has a lead, who reports progress to the Partnership’s delivery group every quarter. The "
        "status of each action uses the following key: **Complete** – the action has been delivered; **On track** – "
        "work has started and is on schedule; **Behind schedule** – work has started but the date will be missed; "
        "**Not started** – no work has begun; **Proposed** – a new action put to the Board for agreement at this "
        "meeting.",
        "## 3. Summary of progress",
        "3.1 Crime recorded in Sedgebourne fell by 4% in 2025/26, but violence with injury rose slightly and "
        "domestic abuse incidents rose by 9%, which the police attribute partly to more confidence in reporting.",
        "| Crime type | 2024/25 | 2025/26 | Change |\n"
        "|:----------------------------------|------:|------:|------:|\n"
        "| All recorded crime | 11,842 | 11,368 | −4% |\n"
        "| Violence with injury | 1,204 | 1,231 | +2% |\n"
        "| Knife-enabled crime | 96 | 81 | −16% |\n"
        "| Anti-social behaviour incidents | 4,610 | 4,127 | −10% |\n"
        "| Domestic abuse incidents | 2,318 | 2,527 | +9% |",
        "3.2 Of the nine actions in the Plan, four are complete, three are on track, one is behind schedule and one "
        "has not started:",
        "| Status | Actions |\n"
        "|:----------------|-------:|\n"
        f"| Complete | {counts['Complete']} |\n"
        f"| On track | {counts['On track']} |\n"
        f"| Behind schedule | {counts['Behind schedule']} |\n"
        f"| Not started | {counts['Not started']} |\n"
        f"| Total | {sum(v for k, v in counts.items() if k != 'Proposed')} |",
        "3.3 The Home Office’s guidance on the serious violence duty recommends that partnerships publish their "
        "strategy and review it every year. The Partnership’s serious violence strategy will be reviewed alongside "
        "this Plan in the autumn.",
        "## 4. New actions for Year 2",
        "4.1 The delivery group proposes two new actions. Action 2.4 responds to a rise in complaints from "
        "retailers about groups of young people at the retail parks on weekend evenings. Action 3.4 follows the "
        "domestic abuse needs assessment completed in February 2026, which found that many victims do not know "
        "where to go for help.",
        "4.2 Both actions can be met from the Partnership’s existing budget of £86,000 for 2026/27.",
        "## 5. Progress on each action",
    ]
    gold_actions = []
    for heading, rows in priorities:
        md.append(f"### {heading}")
        for ref, text, lead, owners, when, due, word, update in rows:
            md.append(grid_table([18, 62], None, [
                [f"**Action {ref}**", text],
                ["**Lead**", lead],
                ["**By when**", when],
                ["**Status**", f"**{word}**"],
                ["**Update**", update],
            ]))
            gold_actions.append(action(ref, text, owners, when or None, due, words[word]))
    md += [
        "## 6. Contact",
        "Community Safety Manager, Sedgebourne Borough Council, Civic Centre, Sedgebourne – "
        "safer.sedgebourne@sedgebourne.example – 01632 960 524",
    ]
    assert counts["Complete"] == 4
    return {
        "name": "sedgebourne-safer-sedgebourne-plan-year-1-progress",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-05-26"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="community safety partnership plan progress report with covering (a)–(c) items and one "
                           "labelled form table per action (Action / Lead / By when / Status / Update)",
                     kind="action-plan", title=title, authority=SEDGEBOURNE, date="2026-06-04", meeting=board,
                     recommendations=[recommendation(n, text, verb=verb, addressee="Board") for n, text, verb in recs],
                     actions=gold_actions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals partnership line, a line block with "
                  "bold labels (Meeting / Date / Agenda item / Report of / Status) and the H1; \"1. What the Board "
                  "is asked to do\" with a bold \"The Board is asked to:\" and a pandoc (a)–(c) list (lower-case "
                  "verbs, \"; and\"); typed 2.1–4.2 paragraphs, one defining the plan years (Year 1 = April 2025 to "
                  "March 2026) and one holding the status key in bold words; a crime figures pipe table and a status "
                  "counts pipe table (not items); \"The Home Office’s guidance … recommends that partnerships …\" "
                  "(not an item); the two new actions described in prose in section 4. In section 5, per priority a "
                  "Heading 3 and, per action, a headerless two-column grid table with bold labels (Action n.n / Lead "
                  "/ By when / Status / Update); refs 1.1–1.3, 2.1–2.4, 3.1–3.4; leads split by \" / \", \";\" plus "
                  "a paragraph break, \", with\" and \"and\" between two parties, one \"post, body\" owner; by-when "
                  "cells \"March 2026\", \"Q2 2025/26\", \"Year 2\", \"31/07/2026\", \"Ongoing\", \"Summer 2026\", "
                  "\"By end of December 2026\", \"Q4 2025/26\", \"Autumn 2026\" and one empty; statuses Complete / On "
                  "track / Behind schedule / Not started / Proposed in bold.",
    }



# ---------------------------------------------------------------------------
# R4. Homelessness review (PDF, python-docx → LibreOffice, Liberation Sans 10.5 pt, Word heading
#     styles, italic running header and a page footer, rows that may not split). A bold capitals
#     council line, a blue title and a subtitle; a four-column version table with grey labels;
#     typed 1.1 … 10.2 paragraphs; figures tables on approaches, causes, temporary accommodation
#     and funding (not items); bullets of what partners and people with lived experience said and
#     a quote (not items); "The 2019 review recommended that …" and "Shelter recommends that …"
#     (not items). "10.1 The review recommends that the Council and its partners:" is followed by a
#     Word-numbered (a)–(i) list (lower-case verbs, ";" and "; and"). After a page break,
#     Appendix A restates every recommendation, in other order and with a capital letter and a full
#     stop, in the Strategy's action plan Strategy ref | Review recommendation | Lead officer |
#     Target date | Progress at March 2026, with priority rows merged across five columns and refs
#     P1.1–P5.2 (so the plan numbers disagree with the letters); progress cells open with a bold
#     status word (Complete / In progress / Not started / Deferred) and " – " and a note, one note
#     without a status word and two status words without a note.
# ---------------------------------------------------------------------------


def sedgebourne_homelessness_review():
    title = "Homelessness Review 2025"
    grey = "D9D9D9"
    stem_addressee = "Council and its partners"
    # letter: (text in the list, verb)
    recs = {
        "a": ("increase the proportion of households whose homelessness is prevented, rather than relieved, from 52% "
              "to 65%, by extending early help to private renters who have been served notice;", "INCREASE"),
        "b": ("end the use of bed and breakfast accommodation for families with children, except in an emergency "
              "and never for more than six weeks;", "END"),
        "c": ("agree a joint protocol with the hospital trust, the prison and the probation service so that nobody "
              "is discharged or released with nowhere to stay;", "AGREE"),
        "d": ("commission a specialist housing and support service for survivors of domestic abuse, including a "
              "sanctuary scheme for those who want to stay in their own homes;", "COMMISSION"),
        "e": ("increase the supply of temporary accommodation owned or leased by the Council, to reduce the use of "
              "nightly-paid accommodation outside the borough;", "INCREASE"),
        "f": ("develop an offer to private landlords, including a deposit guarantee and a tenancy sustainment "
              "service, so that more households can be housed in the private rented sector;", "DEVELOP"),
        "g": ("provide an assertive outreach service seven days a week, with a rapid route into accommodation for "
              "anyone found sleeping rough;", "PROVIDE"),
        "h": ("set up a lived experience panel to advise on the new strategy and to review progress against it "
              "each year; and", "SET"),
        "i": ("publish homelessness data every quarter on the Council’s website.", "PUBLISH"),
    }
    # plan: priority rows and (ref, letter, lead cell, owners, target, due, status word, note, status)
    plan = [
        ("Priority 1: Preventing homelessness", [
            ("P1.1", "a", "Housing Options Manager", ["Housing Options Manager"], "Medium term (by March 2029)",
             "2029-03", "In progress", "Private rented sector prevention officer appointed in January 2026.",
             "ongoing"),
            ("P1.2", "c", "Head of Housing Options /\nHospital Discharge Lead, Sedgebourne Hospitals NHS Trust",
             ["Head of Housing Options", "Hospital Discharge Lead, Sedgebourne Hospitals NHS Trust"],
             "Short term (by March 2027)", "2027-03", "Complete",
             "Protocol signed by all partners on 27 February 2026.", "completed"),
            ("P1.3", "f", "Private Sector Housing Manager, with Sedgebourne Landlords’ Forum",
             ["Private Sector Housing Manager", "Sedgebourne Landlords’ Forum"], "April 2026", "2026-04",
             "Not started", "Deposit guarantee to be launched with the new financial year.", "not-started"),
        ]),
        ("Priority 2: Suitable temporary accommodation", [
            ("P2.1", "b", "Temporary Accommodation Manager", ["Temporary Accommodation Manager"],
             "Short term (by March 2027)", "2027-03", "In progress",
             "Four families in bed and breakfast for more than six weeks at 31 March 2026, down from 19 a year "
             "earlier.", "ongoing"),
            ("P2.2", "e", "Head of Housing Options\nHead of Property Services",
             ["Head of Housing Options", "Head of Property Services"], "Long term (by March 2031)", "2031-03",
             "Deferred", "Purchase programme paused until the 2026/27 capital programme is agreed.", "deferred"),
        ]),
        ("Priority 3: Ending rough sleeping", [
            ("P3.1", "g", "Rough Sleeping Coordinator;\nSedgebourne Street Outreach",
             ["Rough Sleeping Coordinator", "Sedgebourne Street Outreach"], "Q3 2026/27", "2026-12", "In progress",
             "Weekend outreach shifts started in March 2026.", "ongoing"),
        ]),
        ("Priority 4: Safe housing for survivors of domestic abuse", [
            ("P4.1", "d", "Domestic Abuse Partnership Manager", ["Domestic Abuse Partnership Manager"], "", None,
             "Not started", None, "not-started"),
        ]),
        ("Priority 5: Working together and listening", [
            ("P5.1", "h", "Head of Housing Options / Sedgebourne Voluntary Action",
             ["Head of Housing Options", "Sedgebourne Voluntary Action"], "Short term (by March 2027)", "2027-03",
             None, "Eight members recruited; first meeting held on 12 March 2026.", None),
            ("P5.2", "i", "Housing Performance Officer", ["Housing Performance Officer"], "Quarterly from April 2026",
             "2026-04", "Complete", None, "completed"),
        ]),
    ]

    def restate(text):
        text = text[0].upper() + text[1:]
        for end in ("; and", ";"):
            if text.endswith(end):
                text = text[: -len(end)] + "."
        return text

    plan_rows, by_letter = [], {}
    for heading, rows in plan:
        plan_rows.append([{"text": heading, "span": 5, "bold": True, "fill": "EDEDED"}, "<", "<", "<", "<"])
        for ref, letter, lead, owners, target, due, word, note, status in rows:
            progress_cell = " – ".join(p for p in ((f"**{word}**" if word else None), note) if p)
            plan_rows.append([{"text": ref, "bold": True}, restate(recs[letter][0]), lead, target, progress_cell])
            by_letter[letter] = (ref, owners, target, due, status, note)
    gold_recs = []
    for letter, (text, verb) in recs.items():
        ref, owners, target, due, status, note = by_letter[letter]
        item = recommendation(letter, text, verb=verb, addressee=stem_addressee, owners=owners, due=due,
                              timeframe=target or None, status=status, progress=note)
        item["planNumber"] = ref
        gold_recs.append(item)

    blocks = [
        ("p", "**SEDGEBOURNE BOROUGH COUNCIL**"),
        ("title", title),
        ("p", "A review of homelessness in Sedgebourne under section 1 of the Homelessness Act 2002"),
        ("table", {"cols": [3.2, 5.3, 3.2, 5.3], "font": 9.5, "rows": [
            [label("Review completed", grey), "November 2025", label("Version", grey),
             "2 – action plan updated 31 March 2026"],
            [label("Review owner", grey), "Head of Housing Options", label("Approved by", grey),
             "Cabinet Member for Housing, 9 December 2025"],
            [label("Next review", grey), "2030", label("Related document", grey),
             "Homelessness and Rough Sleeping Strategy (draft for consultation)"],
        ]}),
        ("h", 1, "1. Introduction"),
        ("p", "1.1\tEvery housing authority must carry out a review of homelessness in its area and publish a "
              "homelessness strategy based on it at least every five years. This review looks at homelessness in "
              "Sedgebourne between April 2021 and March 2025, the reasons for it, the services available and the "
              "resources the Council and its partners have."),
        ("p", "1.2\tThe review was carried out by the Council’s Housing Options service between May and October "
              "2025, with help from Sedgebourne Voluntary Action, which ran two workshops with 31 voluntary and "
              "community organisations and interviewed 18 people who have been homeless."),
        ("p", "1.3\tThe review will shape the Council’s next Homelessness and Rough Sleeping Strategy. This version "
              "adds, at Appendix A, how each recommendation is being taken forward and the progress made by March "
              "2026."),
        ("h", 1, "2. The legal framework"),
        ("p", "2.1\tThe Homelessness Reduction Act 2017 requires the Council to take reasonable steps to prevent "
              "homelessness for anyone threatened with it within 56 days (the prevention duty), and to help anyone "
              "who is already homeless to secure accommodation (the relief duty). Where relief fails, the Council "
              "may owe the main housing duty to households in priority need."),
        ("p", "2.2\tThe Domestic Abuse Act 2021 gives every survivor of domestic abuse who is homeless as a result "
              "priority need for accommodation."),
        ("h", 1, "3. How many people are homeless"),
        ("p", "3.1\tApproaches to the Council for help have risen by 31% in four years. The number of households in "
              "temporary accommodation has almost doubled."),
        ("table", {"cols": [2.6, 2.5, 2.8, 2.5, 2.8, 3.8], "font": 9.5, "header_fill": "DEEAF6",
                   "header": ["Year", "Approaches", "Prevention duty", "Relief duty", "Main duty accepted",
                              "In temporary accommodation at 31 March"],
                   "rows": [
                       ["2021/22", "1,412", "648", "502", "131", "118"],
                       ["2022/23", "1,530", "701", "566", "149", "142"],
                       ["2023/24", "1,688", "744", "650", "172", "187"],
                       ["2024/25", "1,851", "790", "731", "198", "226"],
                   ]}),
        ("p", "3.2\tIn 2024/25 the Council prevented homelessness for 52% of the households it owed the prevention "
              "duty, below the England average of 55%. Single people aged 25 to 44 are the largest group, but the "
              "fastest rise has been among families with children."),
        ("h", 1, "4. Why people become homeless"),
        ("table", {"cols": [9.5, 3, 3], "font": 9.5, "header_fill": "DEEAF6",
                   "header": ["Main reason for loss of last settled home, 2024/25", "Households", "%"],
                   "rows": [
                       ["End of a private rented tenancy", "496", "33"],
                       ["Family or friends no longer willing to accommodate", "388", "25"],
                       ["Domestic abuse", "231", "15"],
                       ["Leaving hospital, prison or care", "118", "8"],
                       ["Relationship breakdown (not abuse)", "104", "7"],
                       ["Other reasons", "184", "12"],
                       [{"text": "Total", "bold": True}, {"text": "1,521", "bold": True},
                        {"text": "100", "bold": True}],
                   ]}),
        ("p", "4.1\tThe end of a private tenancy is now the most common reason, as rents have risen faster than the "
              "Local Housing Allowance. In 2024/25 only 6% of private lettings in the borough were affordable to a "
              "household on benefits."),
        ("h", 1, "5. Temporary accommodation"),
        ("p", "5.1\tAt 31 March 2025 the Council had 226 households in temporary accommodation, 141 of them families "
              "with children. 38 households were in nightly-paid accommodation outside the borough, and 19 families "
              "had been in bed and breakfast accommodation for longer than the six-week legal limit."),
        ("p", "5.2\tThe net cost of temporary accommodation to the Council was £3.4 million in 2024/25, up from £1.1 "
              "million in 2021/22."),
        ("h", 1, "6. Rough sleeping"),
        ("p", "6.1\tThe autumn 2024 count found 14 people sleeping rough on a typical night, compared with 6 in "
              "2021. Over the year, the outreach team worked with 163 different people. Most were men aged over 35; "
              "two in five had been in prison in the previous year."),
        ("h", 1, "7. Resources"),
        ("table", {"cols": [9.5, 3, 3], "font": 9.5, "header_fill": "DEEAF6",
                   "header": ["Funding for homelessness services, 2025/26", "£000", "Ends"],
                   "rows": [
                       ["Homelessness Prevention Grant", "1,284", "March 2026"],
                       ["Rough Sleeping Initiative", "612", "March 2026"],
                       ["Domestic abuse safe accommodation grant", "398", "March 2026"],
                       ["Council general fund", "2,150", "–"],
                       [{"text": "Total", "bold": True}, {"text": "4,444", "bold": True}, ""],
                   ]}),
        ("h", 1, "8. What partners and people with lived experience told us"),
        ("list", "bullet", 1, [
            "Private renters often come to the Council only after a bailiff’s warrant has been issued, when it is "
            "too late to save the tenancy.",
            "People leaving hospital and prison are too often told to present as homeless on the day they leave.",
            "Temporary accommodation outside the borough cuts children off from their schools and families from "
            "their support.",
            "People want to be treated as individuals and to deal with one worker who knows their story.",
        ]),
        ("p", "“When I left prison they gave me a tent and a phone number. I slept in the park for three weeks "
              "before anyone picked up.” – person with lived experience"),
        ("h", 1, "9. Conclusions"),
        ("p", "9.1\tThe 2019 review recommended that the Council open a supported housing scheme for young people "
              "aged 16 to 24. The scheme opened in 2022 with 24 rooms and has helped to keep homelessness among "
              "young people level while it has risen in every other age group."),
        ("p", "9.2\tThe review concludes that the Council and its partners need to act earlier, to reduce the use "
              "of bed and breakfast and out-of-area accommodation, and to close the routes from hospital and prison "
              "to the street. Shelter recommends that councils publish their homelessness data every quarter, and "
              "the review agrees."),
        ("h", 1, "10. Recommendations"),
        ("p", "10.1\tThe review recommends that the Council and its partners:"),
        ("list", "(a)", 1, [text for text, verb in recs.values()]),
        ("p", "10.2\tThe recommendations are taken forward in the draft Homelessness and Rough Sleeping Strategy. "
              "Appendix A shows, for each one, the Strategy action that delivers it, the lead officer, the target "
              "date and the progress made by the end of March 2026."),
        ("p", "**Contact:** Head of Housing Options, Sedgebourne Borough Council, Civic Centre, Sedgebourne – "
              "housing.options@sedgebourne.example – 01632 960 541"),
        ("break",),
        ("h", 1, "Appendix A: How the recommendations are being taken forward"),
        ("p", "The Strategy’s action plan groups the review’s recommendations under five priorities. Short term means "
              "by March 2027, medium term by March 2029 and long term by March 2031. Progress is shown as Complete, "
              "In progress, Not started or Deferred (paused until a decision or funding is in place), followed by a "
              "note."),
        ("table", {"cols": [1.9, 6.0, 3.4, 2.4, 3.3], "font": 9, "header_fill": "BDD7EE",
                   "header": ["Strategy ref", "Review recommendation", "Lead officer", "Target date",
                              "Progress at March 2026"],
                   "rows": plan_rows}),
    ]
    return {
        "name": "sedgebourne-homelessness-review-2025",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-31", "doc_title": title, "author": "Housing Options", "font": "Liberation Sans",
                 "size": 10.5, "title_size": 20, "title_color": "1F4E79", "far_h": True, "cant_split": True,
                 "header": "Sedgebourne Borough Council – Homelessness Review 2025",
                 "footer": "Version 2 – 31 March 2026"},
        "blocks": blocks,
        "gold": dict(genre="homelessness review (a needs assessment) with lettered recommendations and an appended "
                           "strategy action plan that restates them under its own refs",
                     kind="needs-assessment", title=title, authority=SEDGEBOURNE, date="2026-03-31", meeting=None,
                     recommendations=gold_recs, warnings=["plan-numbering-disagrees"]),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10.5 pt, Word heading styles, italic running "
                  "header and a page footer, rows that may not split. A bold capitals council line, a blue title and "
                  "a subtitle; a four-column version table with grey labels (Review completed / Version / Review "
                  "owner / Approved by / Next review / Related document); typed 1.1–10.2 paragraphs; figures tables "
                  "on approaches, causes (bold total row) and funding (not items); bullets of what partners said and "
                  "a quote (not items); \"The 2019 review recommended that …\" and \"Shelter recommends that …\" (not "
                  "items). \"10.1 The review recommends that the Council and its partners:\" over a Word-numbered "
                  "(a)–(i) list (lower-case verbs, \";\" and \"; and\"). After a page break, Appendix A restates "
                  "every recommendation (capitalised, with a full stop) in another order in the Strategy's action "
                  "plan Strategy ref | Review recommendation | Lead officer | Target date | Progress at March 2026, "
                  "grey priority rows merged across five columns, refs P1.1–P5.2 (plan numbers disagree with the "
                  "letters); leads split by \"/\" plus a line break, \";\" plus a line break, a bare line break, \" / "
                  "\" and \", with\", one \"post, body\" owner; targets \"Short term (by March 2027)\", \"Medium term "
                  "(by March 2029)\", \"Long term (by March 2031)\", \"April 2026\", \"Q3 2026/27\", \"Quarterly from "
                  "April 2026\" and one empty; progress cells open with a bold status word (Complete / In progress / "
                  "Not started / Deferred) and \" – \" and a note, one note without a status word and two status "
                  "words without a note.",
    }



# ---------------------------------------------------------------------------
# R5. Review of a council's community grants programme by the borough's CVS (DOCX, python-docx,
#     Calibri 10.5 pt (falls back), Word heading styles, italic running header and a page footer).
#     A bold CVS line and strapline; the title and a "for Sedgebourne Borough Council · January 2026"
#     line; a summary; typed method paragraphs; a grants table and a survey table with a bold total
#     or percentage columns (not items); a quote and "Several groups recommended that …" (not an
#     item); bold-led "Finding n:" paragraphs (not items); "The national Compact recommends that
#     funders …" (not an item); "6. Recommendations" with three Heading 2 groups "Recommendations
#     for Sedgebourne Borough Council" / "… for Sedgebourne Voluntary Action" / "… for funders", each
#     a Word-lettered a) list whose letters continue across the groups (a)–e), f)–g), h)–i));
#     imperatives, two "X should V …" and one passive; next steps bullets (not items); a
#     Word-numbered appendix of survey questions (not items); contact line.
# ---------------------------------------------------------------------------


def sedgebourne_grants_review():
    title = "Review of the Community Grants Programme"
    groups = [
        ("Recommendations for Sedgebourne Borough Council", ["Sedgebourne Borough Council"], [
            ("a", "Move the Community Projects Fund to three-year grants from the 2027/28 round, with a light annual "
                  "check on progress instead of a new application each year.", "MOVE", None),
            ("b", "The Council should publish the criteria, the scores and the decisions for every grant round on "
                  "its website within four weeks of the decisions being made.", "PUBLISH", "Council"),
            ("c", "Decisions on grants of up to £2,500 should be delegated to officers, so that small groups receive "
                  "an answer within six weeks of applying.", None, None),
            ("d", "Pay grants in advance: in one instalment for grants under £5,000, and quarterly for larger "
                  "grants.", "PAY", None),
            ("e", "Keep the total value of the programme at no less than its 2025/26 level of £684,000 in cash "
                  "terms, and say so before the 2026/27 budget is set.", "KEEP", None),
        ]),
        ("Recommendations for Sedgebourne Voluntary Action", ["Sedgebourne Voluntary Action"], [
            ("f", "Sedgebourne Voluntary Action should offer free help with applications to every group that has not "
                  "had a Council grant before.", "OFFER", "Sedgebourne Voluntary Action"),
            ("g", "Run a yearly funding fair with the Council and other funders, aimed in particular at groups led by "
                  "and serving Black and minority ethnic communities and disabled people.", "RUN", None),
        ]),
        ("Recommendations for funders", ["funders"], [
            ("h", "Funders in Sedgebourne should agree a common application form and a common monitoring report for "
                  "grants under £10,000.", "AGREE", "Funders in Sedgebourne"),
            ("i", "Publish details of every grant awarded each year to the 360Giving standard, so that gaps in "
                  "funding can be seen.", "PUBLISH", None),
        ]),
    ]
    grey = "E7E6E6"
    blocks = [
        ("p", "**Sedgebourne Voluntary Action**"),
        ("p", "Supporting voluntary and community action in Sedgebourne"),
        ("title", title),
        ("p", "An independent review for Sedgebourne Borough Council · January 2026"),
        ("h", 1, "Summary"),
        ("p", "Sedgebourne Borough Council gives about £684,000 a year in grants to voluntary and community groups "
              "through its Community Grants Programme. The Council asked Sedgebourne Voluntary Action (SVA) to "
              "review the programme and to recommend how it could do more for the borough’s communities with the "
              "same money."),
        ("p", "We found a programme that is valued and fairly run, but that is hard for small and new groups to "
              "reach, that funds most work for only one year at a time, and that pays some grants months after the "
              "work has started. We make nine recommendations, set out in section 6. Five are for the Council, two "
              "are for SVA itself and two are for all funders in the borough."),
        ("h", 1, "1. About the review"),
        ("p", "1.1\tThe review was commissioned by the Cabinet Member for Communities in June 2025 and carried out "
              "between July and November 2025 by two members of SVA’s staff, with an advisory group of four "
              "voluntary sector leaders and two Council officers."),
        ("p", "1.2\tWe surveyed the 112 groups that applied to the programme between April 2022 and March 2025 (68 "
              "replied), held six focus groups attended by 47 people, interviewed eight Council officers and four "
              "ward councillors, and read the files for a sample of 60 applications."),
        ("h", 1, "2. The programme"),
        ("p", "2.1\tThe programme has three funds. Small Grants pay up to £2,500 towards equipment, events and "
              "running costs. The Community Projects Fund pays up to £15,000 a year for projects. Core Funding "
              "supports three organisations that provide advice and infrastructure to others."),
        ("table", {"cols": [5.2, 2.8, 3.2, 2.8, 2.8], "font": 9.5, "header_fill": "D5E8D4",
                   "header": ["Fund", "Grants 2022/23–2024/25", "Total awarded (£)", "Average grant (£)",
                              "Success rate"],
                   "rows": [
                       ["Small Grants", "214", "418,600", "1,956", "71%"],
                       ["Community Projects Fund", "57", "702,300", "12,321", "38%"],
                       ["Core Funding", "9", "930,000", "103,333", "–"],
                       [{"text": "All funds", "bold": True}, {"text": "280", "bold": True},
                        {"text": "2,050,900", "bold": True}, {"text": "7,325", "bold": True}, ""],
                   ]}),
        ("p", "2.2\tGrants are decided by a panel of three councillors that meets four times a year. Small groups "
              "wait on average 11 weeks for a decision, and the first payment of a Community Projects grant arrives "
              "on average 14 weeks after the project’s start date."),
        ("h", 1, "3. What groups told us"),
        ("table", {"cols": [10.8, 3, 3], "font": 9.5, "header_fill": "D5E8D4",
                   "header": ["Survey statement (68 replies)", "Agree", "Disagree"],
                   "rows": [
                       ["The application form is easy to complete", "41%", "44%"],
                       ["I understood why my application succeeded or failed", "37%", "52%"],
                       ["The monitoring asked for is proportionate to the grant", "58%", "29%"],
                       ["One-year funding lets us plan properly", "12%", "79%"],
                       ["We would apply again", "88%", "6%"],
                   ]}),
        ("p", "“We spend January to March every year worrying whether we will still exist in April. Our volunteers "
              "deserve better than that.” – chair of a youth club"),
        ("p", "Several groups recommended that the Council fund the core costs of small organisations, not only "
              "projects. Others asked for a named officer they could talk to before applying."),
        ("h", 1, "4. What we found"),
        ("p", "**Finding 1: One-year funding makes it hard to plan.** Nearly four in five groups said that one-year "
              "grants stop them keeping staff and volunteers, and several had lost staff between funding rounds."),
        ("p", "**Finding 2: Small and new groups find the programme hard to reach.** Groups with an income under "
              "£10,000 made up 61% of applicants who failed, and only 9 of the 214 small grants went to groups that "
              "had never had a Council grant before."),
        ("p", "**Finding 3: Decisions are slow and not explained.** Most unsuccessful applicants did not know why "
              "they had failed, and the panel’s scores are not published."),
        ("p", "**Finding 4: Funders ask for the same things in different ways.** Groups that hold grants from the "
              "Council and from other funders in the borough fill in up to four different monitoring reports a "
              "year."),
        ("h", 1, "5. How other councils do it"),
        ("p", "5.1\tWe looked at the grants programmes of six similar councils. Four offer grants of up to three "
              "years, and three delegate small grants to officers. The national Compact recommends that funders "
              "give at least three months’ notice of any change to a grant; Sedgebourne already does this."),
        ("h", 1, "6. Recommendations"),
        ("p", "Our recommendations are grouped by who we think should act on them. They are lettered in one "
              "sequence so that they can be referred to easily."),
    ]
    gold_recs = []
    for heading, owners, items in groups:
        blocks.append(("h", 2, heading))
        start = ord(items[0][0]) - ord("a") + 1
        blocks.append(("list", "a)", start, [text for n, text, verb, addressee in items]))
        for n, text, verb, addressee in items:
            gold_recs.append(recommendation(n, text, verb=verb, addressee=addressee, theme=heading, owners=owners))
    blocks += [
        ("h", 1, "7. Next steps"),
        ("p", "The Council’s Cabinet will consider this review, with the Council’s response to it, on 10 March "
              "2026. SVA will:"),
        ("list", "bullet", 1, [
            "share this report with every group that took part, in February 2026;",
            "hold an open meeting on the findings at The Hub on 24 February 2026; and",
            "publish a short follow-up report one year after the Council’s response.",
        ]),
        ("h", 1, "Thank you"),
        ("p", "We thank the 68 groups that answered our survey, everyone who came to a focus group, and the Council’s "
              "Communities team, which gave us full access to its files."),
        ("p", "**Contact:** Chief Executive, Sedgebourne Voluntary Action, The Hub, 14 Mill Street, Sedgebourne – "
              "info@sedgebournevoluntaryaction.example – 01632 960 567"),
        ("break",),
        ("h", 1, "Appendix: survey questions"),
        ("p", "The survey was open from 1 to 30 September 2025. It asked:"),
        ("list", "1.", 1, [
            "Which of the Council’s funds have you applied to since April 2022?",
            "How easy was the application form to complete?",
            "Did you understand why your application succeeded or failed?",
            "Was the monitoring asked for proportionate to the grant?",
            "How has the length of your grant affected your work?",
            "What one change would most improve the programme?",
        ]),
    ]
    return {
        "name": "sedgebourne-community-grants-programme-review",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-01-19", "doc_title": title, "author": "Sedgebourne Voluntary Action",
                 "font": "Calibri", "size": 10.5, "title_size": 20, "title_color": "38761D", "far_h": True,
                 "cant_split": True, "header": "Sedgebourne Voluntary Action – Review of the Community Grants "
                                               "Programme",
                 "footer": "January 2026"},
        "blocks": blocks,
        "gold": dict(genre="voluntary sector review of a council's community grants programme, with lettered "
                           "recommendations grouped under \"Recommendations for …\" headings",
                     kind="programme-report", title=title, authority=SEDGEBOURNE, date="2026-01", meeting=None,
                     recommendations=gold_recs),
        "layout": "DOCX (python-docx), Calibri 10.5 pt (falls back), Word heading styles, italic running header and a "
                  "page footer, rows that may not split. A bold CVS line and a strapline above the green title and "
                  "an \"An independent review for Sedgebourne Borough Council · January 2026\" line; a summary; "
                  "typed 1.1–5.1 paragraphs; a grants table with a bold total row and a survey table (not items); a "
                  "quote and \"Several groups recommended that …\" (not items); bold-led \"Finding n:\" paragraphs "
                  "(not items); \"The national Compact recommends that funders …\" (not an item). Under \"6. "
                  "Recommendations\" three Heading 2 groups \"Recommendations for Sedgebourne Borough Council\" / \"… "
                  "for Sedgebourne Voluntary Action\" / \"… for funders\", each a Word-lettered a) list whose letters "
                  "continue across the groups (a)–e), f)–g), h)–i), separate lists with start values); six "
                  "imperatives, two \"X should V …\" and one passive \"… should be delegated …\". Next steps bullets "
                  "with dates and no owners (not items); after a page break a Word-numbered list of survey questions "
                  "(not items); contact line.",
    }


# ---------------------------------------------------------------------------
# R6. Health and Wellbeing Board annual report (DOCX, python-docx, Verdana 10 pt (falls back),
#     Word heading styles, italic running header and a page footer). A bold capitals board line,
#     the large title, a "Published July 2026" line; a foreword signed by the Chair; a membership
#     table (roles, not items); "the year in numbers" table; a Priority | What we said we would
#     focus on | What happened table without leads, dates or statuses (not items); an indicators
#     table with Better / Similar / Worse words (not items); prose on what the Board agreed and
#     asked for during the year (reported history, not decisions or actions); a Better Care Fund
#     table with a bold total row; "Looking ahead" bullets with months and no owners (not
#     actions); a line saying the report asks for no decision; contact line. Nothing to find.
# ---------------------------------------------------------------------------


def oxenwold_hwb_annual_report():
    title = "Annual Report 2025/26"
    grey = "DDEBF7"
    blocks = [
        ("p", "**OXENWOLD HEALTH AND WELLBEING BOARD**"),
        ("title", title),
        ("p", "Published July 2026"),
        ("h", 1, "Foreword from the Chair"),
        ("p", "This is the Board’s report on its work in 2025/26, the first year of our Joint Local Health and "
              "Wellbeing Strategy. It was a year in which partners opened family hubs in every district, agreed a "
              "protocol so that nobody leaves hospital without somewhere to go, and published three new chapters of "
              "the Joint Strategic Needs Assessment."),
        ("p", "It was also a year that showed how much is still to do. Waits for children’s mental health services "
              "are too long, and the gap in healthy life expectancy between our richest and poorest neighbourhoods "
              "has not yet begun to close. I want to thank every member of the Board, and the many residents and "
              "organisations who have told us what matters to them."),
        ("p", "Councillor R.M., Chair, Oxenwold Health and Wellbeing Board"),
        ("h", 1, "1. About the Board"),
        ("p", "The Health and Wellbeing Board is a committee of Oxenwold County Council. It brings together the "
              "Council, the NHS, the district councils, Healthwatch, the police and the voluntary and community "
              "sector to improve the health and wellbeing of the people of Oxenwold and to reduce health "
              "inequalities. It meets in public five times a year."),
        ("table", {"cols": [8.5, 8.5], "font": 9.5, "header_fill": grey,
                   "header": ["Member", "Representing"],
                   "rows": [
                       ["Cabinet Member for Adult Social Care and Health (Chair)", "Oxenwold County Council"],
                       ["Chief Executive (Vice-Chair)", "NHS Oxenwold Integrated Care Board"],
                       ["Cabinet Member for Children and Families", "Oxenwold County Council"],
                       ["Director of Public Health", "Oxenwold Public Health"],
                       ["Director of Adult Social Care; Director of Children’s Services", "Oxenwold County Council"],
                       ["Two district council leaders", "District councils (on rotation)"],
                       ["Chief Executive", "Healthwatch Oxenwold"],
                       ["Chief Superintendent", "Oxenwold Police"],
                       ["Chief Executive", "Oxenwold CVS (for the voluntary and community sector)"],
                   ]}),
        ("h", 1, "2. The year in numbers"),
        ("table", {"cols": [11, 6], "font": 9.5, "header_fill": grey,
                   "header": ["", "2025/26"],
                   "rows": [
                       ["Board meetings held in public", "5"],
                       ["Development sessions", "3"],
                       ["Reports considered", "41"],
                       ["Questions from members of the public", "12"],
                       ["JSNA chapters published", "3"],
                       ["Better Care Fund pooled budget", "£118.2 million"],
                   ]}),
        ("h", 1, "3. Progress on our strategy"),
        ("p", "The Strategy has four priorities. The table summarises what we said we would focus on in the first "
              "year and what happened. The full delivery plan, with leads and timescales, is published separately "
              "and is updated every six months."),
        ("table", {"cols": [3.6, 6.4, 7], "font": 9.5, "header_fill": grey,
                   "header": ["Priority", "What we said we would focus on", "What happened in 2025/26"],
                   "rows": [
                       ["The best start in life", "Family hubs; breastfeeding; early language",
                        "Family hubs opened in all five districts in March 2026. Breastfeeding at 6–8 weeks rose "
                        "from 44% to 46%. The early language pathway is running in 61% of settings."],
                       ["Healthy places and a healthy weight", "Planning for health; weight management; active "
                        "travel",
                        "Eleven school streets opened. The children’s weight management service was not "
                        "commissioned because the tender failed; it will be re-let."],
                       ["Good mental health for all", "Suicide prevention; children and young people’s mental health",
                        "1,240 people were trained in suicide prevention. The JSNA chapter on children’s emotional "
                        "wellbeing was published in November 2025."],
                       ["Ageing well", "Falls; unpaid carers; hospital discharge",
                        "The strength and balance programme now runs in every district. Falls admissions fell by "
                        "6%."],
                   ]}),
        ("p", "Some of the measures the Board watches most closely are shown below. Figures are for the latest year "
              "available."),
        ("table", {"cols": [8.2, 2.6, 2.6, 3.6], "font": 9.5, "header_fill": grey,
                   "header": ["Indicator", "Previous", "Latest", "Compared with England"],
                   "rows": [
                       ["Healthy life expectancy, men (years)", "63.1", "62.8", "Similar"],
                       ["Healthy life expectancy, women (years)", "64.0", "64.2", "Similar"],
                       ["Children overweight or obese in Year 6 (%)", "35.2", "34.6", "Better"],
                       ["Adults who are physically inactive (%)", "21.9", "22.4", "Similar"],
                       ["Emergency admissions for falls, 65+ (per 100,000)", "2,104", "1,978", "Better"],
                       ["Suicide rate (per 100,000)", "11.8", "12.1", "Worse"],
                   ]}),
        ("h", 1, "4. What the Board did"),
        ("p", "In September 2025 the Board agreed the Better Care Fund plan for 2025/26 and signed off the "
              "Pharmaceutical Needs Assessment supplementary statement. In January 2026 it considered the JSNA "
              "chapter on children and young people’s emotional wellbeing and asked NHS Oxenwold Integrated Care "
              "Board to report back on CAMHS waiting times; that report came to the Board in May 2026."),
        ("p", "In March 2026 the Board held a development session with the Oxenwold Youth Council, which told "
              "members that young people want to be involved in checking progress, not just consulted at the "
              "start. The Board agreed to invite the Youth Council to present to it each year."),
        ("p", "Healthwatch Oxenwold’s report on access to dentistry, presented in November 2025, recommended that "
              "the ICB publish a list of practices accepting new NHS patients each month. The ICB has done so since "
              "January 2026."),
        ("h", 1, "5. Better Care Fund"),
        ("p", "The Better Care Fund is a pooled budget held by the Council and the ICB under a section 75 agreement. "
              "The Board oversees it."),
        ("table", {"cols": [11, 6], "font": 9.5, "header_fill": grey,
                   "header": ["Better Care Fund 2025/26", "£ million"],
                   "rows": [
                       ["NHS minimum contribution", "52.4"],
                       ["Improved Better Care Fund grant", "31.6"],
                       ["Disabled facilities grant", "9.8"],
                       ["Discharge funding", "7.1"],
                       ["Additional local contributions", "17.3"],
                       [{"text": "Total", "bold": True}, {"text": "118.2", "bold": True}],
                   ]}),
        ("h", 1, "6. Looking ahead to 2026/27"),
        ("p", "In the coming year the Board’s focus will be:"),
        ("list", "bullet", 1, [
            "the mid-point review of the Strategy, due in October 2026;",
            "children and young people’s mental health, with the Youth Council’s first review in November 2026;",
            "the Pharmaceutical Needs Assessment, which must be republished by October 2027; and",
            "new JSNA chapters on loneliness and on the health of people in contact with the justice system.",
        ]),
        ("p", "This annual report is published for information. It does not ask the Board, or any partner, to make "
              "a decision."),
        ("h", 1, "Contact"),
        ("p", "Health and Wellbeing Board Business Manager, Oxenwold County Council, County Hall, Oxenwold – "
              "hwb@oxenwold.example – 01632 960 318"),
    ]
    return {
        "name": "oxenwold-health-and-wellbeing-board-annual-report-2025-26",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-07-06", "doc_title": "Oxenwold Health and Wellbeing Board Annual Report 2025/26",
                 "author": "Oxenwold County Council", "font": "Verdana", "size": 10, "title_size": 22,
                 "title_color": "1F4E79", "far_h": True, "cant_split": True,
                 "header": "Oxenwold Health and Wellbeing Board – Annual Report 2025/26",
                 "footer": "Oxenwold Health and Wellbeing Board"},
        "blocks": blocks,
        "gold": dict(genre="health and wellbeing board annual report with tables of figures; nothing to find",
                     kind="other", title=title, authority=OXENWOLD, date="2026-07", meeting=None),
        "layout": "DOCX (python-docx), Verdana 10 pt (falls back), Word heading styles, italic running header and a "
                  "page footer, rows that may not split. A bold capitals board line, the blue title \"Annual Report "
                  "2025/26\" and a \"Published July 2026\" line; a foreword signed by the Chair; a membership table "
                  "(roles); \"The year in numbers\" table; a Priority | What we said we would focus on | What "
                  "happened in 2025/26 table with no lead, date or status; an indicators table with Better / Similar "
                  "/ Worse words; prose on what the Board agreed and asked for during the year and a Healthwatch "
                  "report's \"recommended that …\" (reported history); a Better Care Fund table with a bold total "
                  "row; \"Looking ahead\" bullets with months and no owners; \"This annual report is published for "
                  "information. It does not ask … to make a decision.\"; contact line. Nothing to find.",
    }


PAPERS = [oxenwold_jsna_emotional_wellbeing, oxenwold_strategy_delivery_plan, sedgebourne_csp_progress, sedgebourne_homelessness_review, sedgebourne_grants_review, oxenwold_hwb_annual_report]
