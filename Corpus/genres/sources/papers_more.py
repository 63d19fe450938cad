"""More papers with explicit splits: four more made-up authorities (Otterbeck District
Council, Brackenford Borough Council, Hollinshire County Council and Kelderwick Integrated
Care Board), with templates unlike the earlier papers. Each paper names its own split.

Every gold value is written by hand beside the words it labels.
"""

import textwrap

from gold import action, decision, recommendation

BLUE, GREEN, AMBER, RED = "9BC2E6", "92D050", "FFC000", "FF5050"


def grid_table(rows, widths, header=None):
    """A pandoc grid table. Each cell is a string; "\\n" starts a new line in the source and
    an empty line (two "\\n") starts a new paragraph inside the cell."""

    def cell_lines(text, width):
        out = []
        for line in text.split("\n"):
            if not line:
                out.append("")
                continue
            wrapped = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
            for piece in wrapped:
                assert len(piece) <= width, (piece, width)
            out.extend(wrapped)
        return out or [""]

    def border(char):
        return "+" + "+".join(char * (w + 2) for w in widths) + "+"

    def row_lines(row):
        cells = [cell_lines(text, w) for text, w in zip(row, widths)]
        height = max(len(c) for c in cells)
        lines = []
        for i in range(height):
            parts = [(c[i] if i < len(c) else "").ljust(w) for c, w in zip(cells, widths)]
            lines.append("| " + " | ".join(parts) + " |")
        return lines

    out = [border("-")]
    if header:
        out += row_lines(header)
        out.append(border("="))
    for row in rows:
        out += row_lines(row)
        out.append(border("-"))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# M1. SMART climate action plan (PDF via LibreOffice, landscape): Ref | Objective | Action |
#     Lead officer | Target date | Progress update | RAG; objective cells merged down; RAG
#     as words in shaded cells with a key; CE3.2 missing.
# ---------------------------------------------------------------------------


def climate_plan():
    rag_fill = {"Complete": BLUE, "Green": GREEN, "Amber": AMBER, "Red": RED}
    rag_status = {"Complete": "completed", "Green": "ongoing", "Amber": "ongoing", "Red": "not-started"}
    objectives = [
        ("Objective 1: Reduce emissions from the Council’s own buildings and fleet", [
            ("CE1.1", "Replace the gas boilers at Otterbeck Leisure Centre with air source heat pumps, funded by the Public Sector Decarbonisation Scheme.",
             "Leisure and Assets Manager", "31 March 2025", "Heat pumps commissioned in February 2025.", "Complete",
             ["Leisure and Assets Manager"], "2025-03-31"),
            ("CE1.2", "Switch the fourteen refuse collection vehicles from diesel to hydrotreated vegetable oil (HVO).",
             "Fleet Manager", "Dec 2025", "Four-vehicle trial finished; fuel supply contract out to tender.", "Green",
             ["Fleet Manager"], "2025-12"),
            ("CE1.3", "Fit solar panels to the roof of the Council Offices, Mill Street.",
             "Leisure and Assets Manager\nClimate Change Officer", "2026/27", "", "Red",
             ["Leisure and Assets Manager", "Climate Change Officer"], "2027-03"),
        ]),
        ("Objective 2: Help residents and businesses cut their carbon footprint", [
            ("CE2.1", "Run the ‘Warm Homes Otterbeck’ advice service, offering a free home energy check to 300 households a year.",
             "Private Sector Housing Manager", "Annually", "212 checks carried out in the first six months of 2025/26.", "Green",
             ["Private Sector Housing Manager"], None),
            ("CE2.2", "Launch a carbon reduction grant scheme for small businesses, with grants of up to £5,000.",
             "Economic Development Manager", "Q2 2025/26", "Launch held back until the UK Shared Prosperity Fund allocation is confirmed.", "Amber",
             ["Economic Development Manager"], "2025-09"),
        ]),
        ("Objective 3: Adapt to a changing climate and restore nature", [
            ("CE3.1", "Plant 5,000 trees on Council land, including 1,000 in the upper Otter valley flood catchment.",
             "Parks and Open Spaces Manager", "March 2027", "1,850 trees planted in winter 2024/25.", "Green",
             ["Parks and Open Spaces Manager"], "2027-03"),
            ("CE3.3", "Adopt a Biodiversity Net Gain Supplementary Planning Document.",
             "Planning Policy Manager / Development Management Team Leader", "Sept 2025",
             "Adopted by Council on 16 July 2025.", "Complete",
             ["Planning Policy Manager", "Development Management Team Leader"], "2025-09"),
            ("CE3.4", "Publish a climate risk register covering every Council service.",
             "Climate Change Officer", "TBC", "Waiting for the national adaptation reporting guidance.", "Amber",
             ["Climate Change Officer"], None),
        ]),
    ]
    table_rows, actions = [], []
    for objective, rows in objectives:
        for i, (ref, text, lead, target, progress, rag, owners, due) in enumerate(rows):
            objective_cell = {"text": objective, "vspan": len(rows), "bold": True} if i == 0 else "^"
            table_rows.append([ref, objective_cell, text, lead, target, progress,
                               {"text": rag, "fill": rag_fill[rag], "bold": True}])
            actions.append(action(ref, text, owners, target, due, rag_status[rag]))
    blocks = [
        ("p", "**OTTERBECK DISTRICT COUNCIL**"),
        ("title", "Climate Emergency Action Plan 2024–2027"),
        ("p", "Six-monthly progress report – position at 30 September 2025 (reported to the Climate and Environment "
              "Advisory Panel, October 2025)"),
        ("h", 2, "Introduction"),
        ("p", "The Council declared a climate emergency in July 2019 and committed to make its own operations net zero "
              "by 2030. Emissions from Council buildings and vehicles have fallen by 31% since the 2018/19 baseline. "
              "This plan sets SMART actions for the three years to March 2027 under three objectives."),
        ("p", "**RAG status:** Complete (blue) – action delivered; Green – in progress and on track; Amber – in progress "
              "but behind the target date; Red – not yet started."),
        ("table", {"cols": [1.4, 3.8, 6.6, 3.7, 2.3, 5.9, 1.9],
                   "header": ["Ref", "Objective", "Action", "Lead officer", "Target date", "Progress update", "RAG"],
                   "header_fill": "375623", "rows": table_rows, "font": 9}),
        ("p", "CE3.2 (community flood wardens) moved to the Emergency Planning work programme in April 2025 and is no "
              "longer reported here."),
        ("h", 2, "Contact"),
        ("p", "Climate Change Officer, Otterbeck District Council, Mill Street, Otterbeck – climate@otterbeck.example – "
              "01632 960 741"),
    ]
    return {
        "name": "otterbeck-climate-emergency-action-plan",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2025-10-06", "doc_title": "Climate Emergency Action Plan progress", "author": "ODC",
                 "landscape": True, "font": "Liberation Sans", "size": 10, "plain_headings": True,
                 "title_color": "375623", "footer": "Otterbeck District Council – Climate Emergency Action Plan"},
        "blocks": blocks,
        "gold": dict(genre="district SMART action plan (Ref | Objective | Action | Lead officer | Target date | "
                           "Progress update | RAG)", kind="action-plan",
                     title="Climate Emergency Action Plan 2024–2027", authority="Otterbeck District Council",
                     date="2025-10", meeting=None, actions=actions),
        "layout": "PDF (python-docx → LibreOffice), landscape; SMART table Ref | Objective | Action | Lead officer | "
                  "Target date | Progress update | RAG with the Objective cell merged down over its actions; RAG "
                  "as words in shaded cells (Complete in blue, Green, Amber, Red) with a key that defines them as "
                  "statuses; refs CE1.1–CE3.4 with CE3.2 missing; target dates \"31 March 2025\", \"Dec 2025\", "
                  "\"2026/27\", \"Sept 2025\", \"Annually\", \"TBC\"; one empty progress cell.",
    }


# ---------------------------------------------------------------------------
# M2. Action plan written as numbered paragraphs (pandoc DOCX): "Action 1.2: …" then
#     "Lead: … By: … Status: …" lines or one run-on paragraph.
# ---------------------------------------------------------------------------


def workforce_plan():
    priorities = [
        ("Priority 1: Recruitment and retention", [
            ("1.1", "Launch a county-wide care careers campaign with the Hollinshire Care Association, aimed at people over 50 and people returning to work.",
             "Head of Workforce Development; Hollinshire Care Association", "September 2025", "Complete", "lines",
             ["Head of Workforce Development", "Hollinshire Care Association"], "2025-09", "completed"),
            ("1.2", "Pay for Care Certificate training for new starters with independent homecare providers.",
             "Workforce Development Team", "March 2026", "On track", "lines",
             ["Workforce Development Team"], "2026-03", "ongoing"),
            ("1.3", "Set up an international recruitment support scheme for care providers, including help with housing for the first six months.",
             "Commissioning Manager (Care Markets) / Housing Options", "Q4 2025/26", "Delayed", "run-on",
             ["Commissioning Manager (Care Markets)", "Housing Options"], "2026-03", "ongoing"),
        ]),
        ("Priority 2: A fair cost of care", [
            ("2.1", "Agree a fee uplift with providers each year that reflects the rise in the National Living Wage.",
             "Head of Commissioning", "April 2026, then each April", "On track", "lines",
             ["Head of Commissioning"], "2026-04", "ongoing"),
            ("2.2", "Publish a Market Position Statement for older people’s care and support.",
             "Head of Commissioning", "December 2025", "Not yet started", "run-on",
             ["Head of Commissioning"], "2025-12", "not-started"),
        ]),
        ("Priority 3: Quality and the voice of people who draw on care", [
            ("3.1", "Create a forum for small and micro care providers, meeting every quarter.",
             "Care Quality Lead", None, "Complete", "lines",
             ["Care Quality Lead"], None, "completed"),
            ("3.2", "Hold listening events every quarter with people who draw on care and support and with unpaid carers.",
             "Engagement Officer, Healthwatch Hollinshire", "Ongoing", "On track", "run-on",
             ["Engagement Officer", "Healthwatch Hollinshire"], None, "ongoing"),
            ("3.3", "Commission an independent review of the quality of homecare in rural areas.",
             "Director of Adult Social Care", "June 2025", "Closed – superseded by the CQC assurance self-assessment", "lines",
             ["Director of Adult Social Care"], "2025-06", "superseded"),
        ]),
    ]
    md = [
        "**Hollinshire County Council – Adult Social Care**",
        "",
        "# Care Workforce and Market Sustainability Action Plan 2025–2027",
        "",
        "Version 4 – updated November 2025 for the Adult Social Care and Health Policy Committee",
        "",
        "## 1. About this plan",
        "",
        "1.1 Hollinshire’s care providers employ about 11,600 people. The vacancy rate in homecare is 13%, and one "
        "in four care workers leaves their job each year.",
        "",
        "1.2 This plan sets out what the County Council will do, with providers and partners, over the two years to "
        "March 2027. Each action has a lead, a date and a status, which the Workforce Board updates every two months.",
        "",
        "1.3 Status key: Complete; On track (in progress); Delayed (in progress, behind the date); Not yet started; "
        "Closed (superseded by other work).",
        "",
        "## 2. Actions",
        "",
    ]
    actions = []
    for heading, items in priorities:
        md += [f"### {heading}", ""]
        for label, text, lead, by, status, style, owners, due, gstatus in items:
            md += [f"**Action {label}:** {text}", ""]
            if style == "lines":
                md += [f"Lead: {lead}", ""]
                if by:
                    md += [f"By: {by}", ""]
                md += [f"Status: {status}", ""]
            else:
                md += [f"*Lead:* {lead}. *By:* {by}. *Status:* {status}.", ""]
            actions.append(action(label, text, owners, by, due, gstatus))
    md += [
        "## 3. Monitoring",
        "",
        "3.1 Progress is reported to the Adult Social Care and Health Policy Committee twice a year. The next report "
        "is due in May 2026.",
        "",
        "Contact: Head of Workforce Development, Hollinshire County Council – ascworkforce@hollinshire.example – "
        "01632 960 388",
        "",
    ]
    return {
        "name": "hollinshire-care-workforce-action-plan",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2025-11-10"},
        "markdown": "\n".join(md),
        "gold": dict(genre="county action plan written as numbered paragraphs (Action n.n: / Lead: / By: / Status:)",
                     kind="action-plan",
                     title="Care Workforce and Market Sustainability Action Plan 2025–2027",
                     authority="Hollinshire County Council", date="2025-11", meeting=None, actions=actions),
        "layout": "DOCX (pandoc from Markdown); no table: each action a bold \"Action n.n:\" paragraph under a "
                  "priority heading, followed by Lead / By / Status lines or one run-on line with italic labels.",
    }


# ---------------------------------------------------------------------------
# M3. Partnership plan (PDF via Chromium): Outcome | What we will do | Measure of success |
#     Lead partner | Timescale; no refs, no status; "Year 1", "2025–2026", "By end of March
#     2026", "Ongoing", empty; owners split by "&", "and", ";" and line breaks.
# ---------------------------------------------------------------------------


def wellbeing_plan():
    outcomes = [
        ("Outcome 1: Children get the best start in life", [
            ("Extend the Healthy Start vitamins scheme to every Family Hub and children’s centre in the borough.",
             "Uptake of Healthy Start vitamins reaches 70% of eligible families.",
             "Brackenford Borough Council Public Health & Family Hubs", "Year 1",
             ["Brackenford Borough Council Public Health", "Family Hubs"], "2026-03"),
            ("Offer every family with a new baby a home visit from a Family Hub practitioner before the baby is eight weeks old.",
             "95% of families visited within eight weeks.",
             "Kelderwick ICB;\nBrackenford Family Hubs", "2025–2026",
             ["Kelderwick ICB", "Brackenford Family Hubs"], "2026"),
            ("Run a breastfeeding peer support group in each of the four Family Hubs.",
             "Breastfeeding at 6–8 weeks rises from 41% to 50%.",
             "Brackenford Family Hubs and Brackenford Breastfeeding Network", "",
             ["Brackenford Family Hubs", "Brackenford Breastfeeding Network"], None),
        ]),
        ("Outcome 2: Adults live healthier lives", [
            ("Deliver a ‘Moving More’ programme of free outdoor activity sessions in the five most deprived wards.",
             "1,000 adults who were inactive take part each year.",
             "Brackenford Leisure Trust\nBrackenford Borough Council Parks and Open Spaces", "By end of March 2026",
             ["Brackenford Leisure Trust", "Brackenford Borough Council Parks and Open Spaces"], "2026-03"),
            ("Train frontline staff across the partnership in Making Every Contact Count.",
             "150 staff trained each year.",
             "Public Health Workforce Lead", "Ongoing",
             ["Public Health Workforce Lead"], None),
            ("Put a social prescribing link worker in every Primary Care Network.",
             "All six PCNs have a link worker; 2,000 referrals a year.",
             "Brackenford PCNs & Brackenford CVS", "Years 1–2",
             ["Brackenford PCNs", "Brackenford CVS"], "2027-03"),
        ]),
        ("Outcome 3: Older people stay independent for longer", [
            ("Introduce a falls prevention pathway linking the ambulance service, GPs and community strength and balance classes.",
             "Emergency admissions for falls among people aged 65+ fall by 10%.",
             "Kelderwick Community Health NHS Trust; ambulance service", "Year 2",
             ["Kelderwick Community Health NHS Trust", "ambulance service"], "2027-03"),
            ("Publish a directory of groups and activities for older people, online and in print.",
             "Directory published and updated every six months.",
             "Age Friendly Brackenford and Brackenford Libraries", "2025–2026",
             ["Age Friendly Brackenford", "Brackenford Libraries"], "2026"),
        ]),
    ]
    table_rows, actions = [], []
    for outcome, rows in outcomes:
        for i, (text, measure, lead, when, owners, due) in enumerate(rows):
            outcome_cell = {"text": outcome, "vspan": len(rows), "fill": "E8F1FA", "bold": True} if i == 0 else "^"
            table_rows.append([outcome_cell, text, measure, lead, when])
            actions.append(action(None, text, owners, when or None, due, None))
    blocks = [
        ("p", "Brackenford Health and Wellbeing Partnership"),
        ("title", "Healthier Brackenford: Joint Health and Wellbeing Delivery Plan 2025–2028"),
        ("p", "Agreed by the Brackenford Health and Wellbeing Board, 3 June 2025"),
        ("h", 2, "Our shared plan"),
        ("p", "This delivery plan turns the Joint Health and Wellbeing Strategy into things partners will do. It is "
              "owned jointly by Brackenford Borough Council, Kelderwick Integrated Care Board, the NHS trusts, the "
              "police and the voluntary and community sector."),
        ("p", "Timescales are given as plan years: Year 1 is April 2025 to March 2026, Year 2 is 2026/27 and Year 3 "
              "is 2027/28."),
        ("table", {"cols": [3.4, 6.2, 4.4, 4.0, 2.4],
                   "header": ["Outcome", "What we will do", "Measure of success", "Lead partner", "Timescale"],
                   "header_fill": "1F4E79", "rows": table_rows, "font": 9.5}),
        ("h", 2, "How we will know it is working"),
        ("p", "The Board will receive a dashboard of the measures of success every six months, starting in December "
              "2025."),
        ("p", "Partnership Manager: health.partnership@brackenford.example – 01632 960 415"),
    ]
    return {
        "name": "brackenford-health-and-wellbeing-delivery-plan",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Healthier Brackenford delivery plan", "title_color": "1F4E79",
                 "css_font": "'Liberation Sans', sans-serif", "landscape": True,
                 "footer": "Brackenford Health and Wellbeing Partnership – delivery plan 2025–2028"},
        "blocks": blocks,
        "gold": dict(genre="health and wellbeing partnership delivery plan (Outcome | What we will do | Measure of "
                           "success | Lead partner | Timescale)", kind="action-plan",
                     title="Healthier Brackenford: Joint Health and Wellbeing Delivery Plan 2025–2028",
                     authority="Brackenford Borough Council", date="2025-06-03", meeting=None, actions=actions),
        "layout": "PDF (HTML → Chromium), landscape; Outcome | What we will do | Measure of success | Lead partner | "
                  "Timescale with shaded outcome cells merged down; no refs and no status column; timescales "
                  "\"Year 1\", \"Years 1–2\", \"Year 2\" (plan years defined above the table), \"2025–2026\", "
                  "\"By end of March 2026\", \"Ongoing\" and one empty; lead partners joined by \"&\", \"and\", \";\" "
                  "and line breaks, with one \"and\" inside a service's name.",
    }


# ---------------------------------------------------------------------------
# N1. Needs assessment chapter (DOCX): bulleted recommendations with bold lead phrases, some
#     under "For NHS partners:" / "For voluntary and community sector partners:" lines;
#     a bulleted key-findings list with bold lead phrases before them (not items).
# ---------------------------------------------------------------------------


def loneliness_jsna():
    groups = [
        (None, [], [
            ("**Make loneliness everyone’s business.** Adopt one definition and one measure of loneliness across the Council and its partners, using the ONS questions.", "MAKE"),
            ("**Build on what works.** Keep funding the Good Neighbour schemes after March 2026 and extend them to the twelve parishes that have none.", "BUILD"),
            ("**Get the data right.** Add the ONS loneliness questions to the next Hollinshire residents’ survey so that progress can be measured.", "GET"),
        ]),
        ("For NHS partners:", ["NHS partners"], [
            ("**Use every contact.** Ask about loneliness at the annual health check of everyone aged 75 and over, and refer people to social prescribing where they want it.", "USE"),
            ("**Include hearing and sight.** Offer hearing and sight checks to older people who say they often feel lonely.", "INCLUDE"),
        ]),
        ("For voluntary and community sector partners:", ["voluntary and community sector partners"], [
            ("**Reach older men.** Develop more activities designed with and for older men, such as Men’s Sheds and walking football.", "REACH"),
            ("**Share transport.** Pool community transport bookings through one telephone number so that people can get to groups.", "SHARE"),
        ]),
    ]
    blocks = [
        ("p", "Hollinshire Joint Strategic Needs Assessment"),
        ("title", "Loneliness and Social Isolation in Later Life"),
        ("p", "Hollinshire County Council and Hollinshire Health and Wellbeing Board"),
        ("p", "Published January 2025"),
        ("h", 1, "Key findings"),
        ("list", "bullet", 1, [
            "**One in four** people aged 75 and over in Hollinshire live alone, and the number is rising.",
            "**Rural parishes** have fewer groups and almost no public transport after 6 pm.",
            "**Bereavement and hearing loss** were the two triggers for loneliness most often named in our survey.",
            "**Good Neighbour schemes** reached 1,480 people last year, but funding ends in March 2026.",
        ]),
        ("h", 1, "What people told us"),
        ("p", "We spoke to 212 older people, 38 carers and 19 community groups between May and September 2024. "
              "“You can go a week without speaking to anyone,” one man from a village near Wexcombe told us."),
        ("h", 1, "Recommendations"),
        ("p", "The steering group agreed seven recommendations. The first three are for all partners; the rest are for "
              "the partners named."),
    ]
    recs = []
    for lead_in, owners, items in groups:
        if lead_in:
            blocks.append(("p", f"**{lead_in}**"))
        blocks.append(("list", "bullet", 1, [text for text, _ in items]))
        for text, verb in items:
            recs.append(recommendation(None, text, verb=verb, owners=owners))
    blocks += [
        ("h", 1, "About this chapter"),
        ("p", "This chapter was written by the Public Health Intelligence team with Age Concern Hollinshire. It will be "
              "reviewed in 2028."),
        ("p", "Contact: jsna@hollinshire.example"),
    ]
    return {
        "name": "hollinshire-loneliness-needs-assessment",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2025-01-15", "doc_title": "JSNA – loneliness", "author": "Public Health Intelligence",
                 "font": "Calibri", "size": 11, "title_color": "7B2C83",
                 "footer": "Hollinshire JSNA – Loneliness and Social Isolation in Later Life"},
        "blocks": blocks,
        "gold": dict(genre="JSNA chapter with bulleted recommendations grouped by who should act",
                     kind="needs-assessment", title="Loneliness and Social Isolation in Later Life",
                     authority="Hollinshire County Council", date="2025-01", meeting=None, recommendations=recs),
        "layout": "DOCX; key findings as bullets with bold lead phrases (not items); recommendations as unnumbered "
                  "bullets under a \"Recommendations\" heading, each opening with a bold lead phrase, the last four "
                  "after bold \"For NHS partners:\" / \"For voluntary and community sector partners:\" lines.",
    }


# ---------------------------------------------------------------------------
# N2. Needs assessment (pandoc → LibreOffice PDF): recommendations in a pipe table
#     No. | Recommendation | Lead | Priority.
# ---------------------------------------------------------------------------


def maternity_needs():
    recs = [
        ("1", "Offer a continuity of carer team to women from Black, Asian and mixed ethnic groups who live in the most deprived areas of Kelderwick.",
         "Kelderwick Hospitals NHS Foundation Trust", "High", "OFFER", ["Kelderwick Hospitals NHS Foundation Trust"]),
        ("2", "Provide face-to-face interpreters, not telephone interpreting, at booking and at every antenatal appointment where a language other than English is needed.",
         "LMNS Programme Director; Kelderwick Hospitals NHS Foundation Trust", "High", "PROVIDE",
         ["LMNS Programme Director", "Kelderwick Hospitals NHS Foundation Trust"]),
        ("3", "Record ethnicity, first language and postcode at every booking and publish the data every quarter.",
         "Maternity Digital Lead / LMNS Data Analyst", "Medium", "RECORD",
         ["Maternity Digital Lead", "LMNS Data Analyst"]),
        ("4", "Commission a perinatal mental health peer support service run by women with lived experience.",
         "ICB Mental Health Commissioning", "Medium", "COMMISSION", ["ICB Mental Health Commissioning"]),
        ("5", "Review the smoking in pregnancy pathway so that partners are also offered support to stop smoking.",
         "Public Health (Hollinshire County Council), Maternity Tobacco Dependency Team", "Low", "REVIEW",
         ["Public Health (Hollinshire County Council)", "Maternity Tobacco Dependency Team"]),
        ("6", "Report progress against these recommendations to the LMNS Board every six months.",
         "LMNS Board Chair", "Low", "REPORT", ["LMNS Board Chair"]),
    ]
    md = [
        "Kelderwick Integrated Care Board – Local Maternity and Neonatal System (LMNS)",
        "",
        "# Maternity and Neonatal Equity and Equality Needs Assessment 2025",
        "",
        "May 2025",
        "",
        "## Summary",
        "",
        "Outcomes for mothers and babies in Kelderwick are close to the England average overall, but the gaps between "
        "groups are wide. Women from Black ethnic groups are more than twice as likely to have a stillbirth as white "
        "women, and women in the most deprived fifth of areas are four times as likely to smoke at the time of delivery.",
        "",
        "## Key figures",
        "",
        "| Measure | Kelderwick | England |",
        "|:-----------------------------------------|:-----------|:--------|",
        "| Births (2024) | 9,412 | – |",
        "| Stillbirths per 1,000 births (2021–23) | 3.6 | 3.3 |",
        "| Smoking at time of delivery | 8.1% | 7.4% |",
        "| Booked by 10 weeks | 61% | 67% |",
        "",
        "## Our ambitions",
        "",
        "The LMNS has three ambitions for 2025–2028: safer care for every woman and baby; care that is fair for every "
        "community; and a workforce that reflects the people it serves.",
        "",
        "## What women and families told us",
        "",
        "We heard from 640 women and birthing people through a survey in eight languages, and from 11 community "
        "groups. They told us that:",
        "",
        "- telephone interpreting made it hard to talk about sensitive subjects, and family members were often asked "
        "to interpret;",
        "- they saw a different midwife at almost every appointment and had to repeat their story;",
        "- information about mental health support after birth was hard to find;",
        "- partners were rarely offered help to stop smoking.",
        "",
        "## Recommendations",
        "",
        "The LMNS Board agreed the recommendations below on 28 April 2025. The Lead column names who is accountable; "
        "Priority shows the order in which they will be taken forward.",
        "",
        "| No. | Recommendation | Lead | Priority |",
        "|:------|:----------------------------------------------|:--------------------------|:------------|",
    ]
    for number, text, lead, priority, _, _ in recs:
        md.append(f"| {number} | {text} | {lead} | {priority} |")
    md += [
        "",
        "## Next steps",
        "",
        "An action plan to deliver the recommendations will be agreed by the LMNS Board in July 2025.",
        "",
        "Contact: LMNS Programme Office, lmns@kelderwick-icb.example, 01632 960 562",
        "",
    ]
    gold_recs = [recommendation(n, t, verb=v, owners=o) for n, t, _, _, v, o in recs]
    return {
        "name": "kelderwick-maternity-equity-needs-assessment",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2025-05-12"},
        "markdown": "\n".join(md),
        "gold": dict(genre="LMNS equity and equality needs assessment with a recommendations table",
                     kind="needs-assessment",
                     title="Maternity and Neonatal Equity and Equality Needs Assessment 2025",
                     authority="Kelderwick Integrated Care Board", date="2025-05", meeting=None,
                     recommendations=gold_recs),
        "layout": "PDF (pandoc → LibreOffice); recommendations in a No. | Recommendation | Lead | Priority table "
                  "after a figures table (not items).",
    }


# ---------------------------------------------------------------------------
# C1. County Executive report (PDF via Chromium): "The Executive is RECOMMENDED to:" with
#     typed (i)–(iii); numbered body paragraphs; contact block.
# ---------------------------------------------------------------------------


def recycling_report():
    items = [
        ("i", "APPROVE the introduction of a permanent online booking system at all nine household waste recycling centres from 1 January 2026;", "APPROVE"),
        ("ii", "AGREE the revised opening hours set out in Appendix A, under which each centre closes on one weekday; and", "AGREE"),
        ("iii", "DELEGATE authority to the Executive Director of Place, in consultation with the Executive Member for Environment, to make minor changes to the booking arrangements.", "DELEGATE"),
    ]
    blocks = [
        ("table", {"cols": [4.2, 12.8], "borders": False, "rows": [
            [{"text": "HOLLINSHIRE COUNTY COUNCIL", "bold": True, "span": 2}, "<"],
            ["Meeting:", "Executive"],
            ["Date:", "17 September 2025"],
            ["Report of:", "Executive Director of Place"],
            ["Executive Member:", "Executive Member for Environment"],
            ["Electoral divisions:", "All"],
        ]}),
        ("title", "Household Waste Recycling Centres: Booking System and Opening Hours"),
        ("h", 2, "1. Purpose and recommendations"),
        ("p", "1.1 This report asks the Executive to make the booking trial at the household waste recycling centres "
              "permanent and to change their opening hours."),
        ("p", "1.2 The Executive is RECOMMENDED to:"),
    ]
    for number, text, _ in items:
        blocks.append(("p", f"({number}) {text}"))
    blocks += [
        ("h", 2, "2. Background"),
        ("p", "2.1 Bookings were introduced during the pandemic and kept as a trial from 2022. Queues on the highway "
              "at the Wexcombe and Hollin Bridge sites have stopped, and the amount of trade waste brought in illegally "
              "has fallen by a third."),
        ("p", "2.2 In March 2023 the Executive asked for the trial to continue until a full review could be made. "
              "That review is summarised in section 3."),
        ("p", "2.3 The sites cost £6.8 million a year to run. Closing each site on its quietest weekday saves "
              "£420,000 a year."),
        ("h", 2, "3. Consultation"),
        ("p", "3.1 A public survey in June 2025 received 4,306 responses. 58% of respondents found booking easy and "
              "64% supported keeping it."),
        ("p", "3.2 The Place Scrutiny Committee considered the proposals on 2 September 2025 and recommended that the "
              "booking window be shortened to 24 hours. This has been accepted."),
        ("h", 2, "4. Options considered"),
        ("p", "4.1 End bookings and return to open access: not recommended because of the traffic problems."),
        ("p", "4.2 Keep bookings only at the four busiest sites: not recommended because it would move queues to the "
              "other sites."),
        ("h", 2, "5. Financial and legal implications"),
        ("p", "5.1 The booking software costs £38,000 a year, which is met from the savings in paragraph 2.3. The "
              "Council must provide at least one site reasonably accessible to residents under the Environmental "
              "Protection Act 1990."),
        ("h", 2, "Background papers"),
        ("p", "Executive, 15 March 2023 – HWRC booking trial; Place Scrutiny Committee, 2 September 2025."),
        ("box", [
            ("p", "**Contact officer**"),
            ("p", "Waste Strategy Manager, Place Directorate"),
            ("p", "Telephone: 01632 960 512"),
            ("p", "Email: waste.strategy@hollinshire.example"),
        ]),
    ]
    recs = [recommendation(n, t, verb=v, addressee="Executive") for n, t, v in items]
    return {
        "name": "hollinshire-executive-recycling-centres-report",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Executive report – HWRCs", "title_color": "1A1A1A",
                 "css_font": "'Liberation Serif', serif", "size": 11,
                 "footer": "Hollinshire County Council – Executive – 17 September 2025"},
        "blocks": blocks,
        "gold": dict(genre="county council executive report", kind="committee-report",
                     title="Household Waste Recycling Centres: Booking System and Opening Hours",
                     authority="Hollinshire County Council", date="2025-09-17", meeting="Executive",
                     recommendations=recs),
        "layout": "PDF (HTML → Chromium), serif; front-sheet table before the title; \"The Executive is "
                  "RECOMMENDED to:\" inside a numbered paragraph, with typed (i)–(iii) items in capitals.",
    }


# ---------------------------------------------------------------------------
# C2. ICB board cover sheet (pandoc DOCX): grid table with a "Recommendation(s):" row
#     holding one "That the Board notes … and approves …" sentence.
# ---------------------------------------------------------------------------


def winter_plan_paper():
    rec = ("That the Board notes the assurance given by system partners on winter preparedness and approves the "
           "Kelderwick Urgent and Emergency Care Winter Plan 2025/26.")
    cover = grid_table([
        ["Meeting:", "ICB Board (meeting held in public)"],
        ["Date of meeting:", "24 September 2025"],
        ["Agenda item:", "11"],
        ["Report title:", "Urgent and Emergency Care Winter Plan 2025/26"],
        ["Executive lead:", "Chief Operating Officer"],
        ["Report author:", "Head of Urgent and Emergency Care Commissioning"],
        ["Purpose:", "Approval [X]   Assurance [X]   Information [ ]"],
        ["Previously considered by:", "System Resilience Group, 2 September 2025; Finance and Performance Committee, "
                                      "16 September 2025"],
        ["Recommendation(s):", rec],
        ["Link to Board Assurance Framework:", "BAF risk 3 – patients do not get timely access to urgent and "
                                               "emergency care"],
    ], [26, 58])
    md = [
        "Kelderwick Integrated Care Board",
        "",
        cover,
        "",
        "# Urgent and Emergency Care Winter Plan 2025/26",
        "",
        "## Executive summary",
        "",
        "The winter plan sets out how NHS and social care partners in Kelderwick will manage the rise in demand "
        "expected between November 2025 and March 2026. It adds 46 virtual ward beds, extends same-day emergency care "
        "to seven days a week and funds 14,000 extra hours of homecare to speed up discharge.",
        "",
        "## 1. Background",
        "",
        "1.1 Last winter, 4-hour performance in the emergency departments fell to 66% in January and ambulance "
        "handover delays peaked at an average of 52 minutes.",
        "",
        "1.2 NHS England’s letter of 21 July 2025 asked every ICB to submit a system winter plan by 30 September.",
        "",
        "1.3 The letter recommends that systems test their plans in a live exercise before November. Kelderwick’s "
        "exercise is booked for 14 October 2025.",
        "",
        "## 2. What the plan contains",
        "",
        "- additional virtual ward capacity for frailty and respiratory patients;",
        "- seven-day same-day emergency care at both acute sites;",
        "- a single point of access for care homes;",
        "- extra homecare hours funded from the Better Care Fund.",
        "",
        "## 3. Finance",
        "",
        "3.1 The plan costs £7.9 million, of which £5.2 million is met from the national urgent and emergency care "
        "allocation and £2.7 million from the Better Care Fund.",
        "",
        "## 4. Risks",
        "",
        "4.1 The main risk is that homecare providers cannot recruit enough staff to deliver the extra hours. The "
        "Finance and Performance Committee will receive a fortnightly update from November.",
        "",
    ]
    return {
        "name": "kelderwick-icb-board-winter-plan-paper",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2025-09-15"},
        "markdown": "\n".join(md),
        "gold": dict(genre="ICB board paper with an NHS cover sheet", kind="committee-report",
                     title="Urgent and Emergency Care Winter Plan 2025/26",
                     authority="Kelderwick Integrated Care Board", date="2025-09-24", meeting="ICB Board",
                     recommendations=[recommendation(None, rec, verb="NOTES", addressee="Board")]),
        "layout": "DOCX (pandoc from Markdown); NHS-style cover-sheet grid table (Meeting / Agenda item / Purpose "
                  "with [X] boxes / Previously considered by) whose \"Recommendation(s):\" row holds one \"That the "
                  "Board notes … and approves …\" sentence; typed 1.1–4.1 body paragraphs, one \"The letter "
                  "recommends that …\" (not an item); a bulleted contents list (not items).",
    }


# ---------------------------------------------------------------------------
# C3. Borough cabinet report (DOCX): front sheet Report of / Portfolio Holder / Wards
#     affected / Key decision / Forward plan ref; "RECOMMENDATIONS:" with a Word-numbered
#     "That Cabinet …" list; typed 2.1 … paragraphs; reasons and contact block.
# ---------------------------------------------------------------------------


def empty_homes_report():
    items = [
        ("That Cabinet adopts the Empty Homes Strategy 2025–2030 at Appendix 1.", "ADOPTS", "Cabinet"),
        ("That Cabinet recommends to Council that a 100% council tax premium is charged on homes that have been empty and substantially unfurnished for one year or more, from 1 April 2026.",
         "RECOMMENDS", "Cabinet"),
        ("That authority is delegated to the Director of Finance to award discretionary reductions from the premium in the cases listed in paragraph 5.4.",
         None, None),
        ("That the Portfolio Holder for Housing reports on the use of the Empty Homes Loan Fund to the Overview and Scrutiny Committee in twelve months’ time.",
         "REPORTS", "Portfolio Holder for Housing"),
    ]
    bold = lambda text: {"text": text, "bold": True, "fill": "EDEDED"}
    blocks = [
        ("p", "BRACKENFORD BOROUGH COUNCIL"),
        ("p", "CABINET – 8 OCTOBER 2025"),
        ("title", "Empty Homes Strategy 2025–2030 and Council Tax Premiums"),
        ("table", {"cols": [5.0, 12.0], "rows": [
            [bold("Report of"), "Director of Housing and Communities"],
            [bold("Portfolio Holder"), "Councillor J.K., Portfolio Holder for Housing"],
            [bold("Wards affected"), "All wards"],
            [bold("Key decision"), "Yes"],
            [bold("Forward plan ref"), "FP/25/031"],
            [bold("Exempt information"), "None"],
        ]}),
        ("h", 2, "PURPOSE OF REPORT"),
        ("p", "To adopt a new Empty Homes Strategy and to propose higher council tax charges on long-term empty homes, "
              "using the powers in the Levelling-up and Regeneration Act 2023."),
        ("h", 2, "RECOMMENDATIONS:"),
        ("list", "1.", 1, [text for text, _, _ in items]),
        ("h", 2, "REASONS FOR RECOMMENDATIONS"),
        ("p", "There are 612 homes in the borough that have been empty for more than six months, while 1,940 households "
              "are on the housing register. Bringing empty homes back into use is one of the quickest ways to add to "
              "the supply of housing."),
        ("h", 2, "1. INTRODUCTION"),
        ("p", "1.1\tThe previous Empty Homes Strategy ran from 2018 to 2023. Since then the number of long-term empty "
              "homes has risen by 14%."),
        ("h", 2, "2. THE STRATEGY"),
        ("p", "2.1\tThe Strategy has three aims: to find and engage the owners of empty homes, to help them bring the "
              "homes back into use, and to take enforcement action where that fails."),
        ("p", "2.2\tThe Strategy recommends that the Council works with registered providers to lease empty homes for "
              "use as temporary accommodation."),
        ("p", "2.3\tThe Empty Homes Loan Fund of £500,000 will offer interest-free loans of up to £25,000 to owners who "
              "agree to let the home through the Council’s lettings agency for five years."),
        ("h", 2, "3. ALTERNATIVE OPTIONS CONSIDERED"),
        ("p", "3.1\tKeeping the premium at its current level was considered and rejected because it has not reduced "
              "the number of empty homes."),
        ("h", 2, "4. FINANCIAL IMPLICATIONS"),
        ("p", "4.1\tThe higher premium is expected to raise £310,000 a year, of which the Borough Council’s share is "
              "about £40,000."),
        ("h", 2, "5. LEGAL IMPLICATIONS"),
        ("p", "5.4\tDiscretionary reductions may be given where a home is being actively marketed for sale or let, or "
              "is being repaired after a fire or flood."),
        ("h", 2, "BACKGROUND PAPERS"),
        ("p", "None."),
        ("table", {"cols": [5.0, 12.0], "borders": False, "rows": [
            ["Contact officer:", "Empty Homes Officer, Housing and Communities"],
            ["Telephone:", "01632 960 274"],
            ["E-mail:", "emptyhomes@brackenford.example"],
        ]}),
    ]
    recs = [recommendation(str(number), text, verb=verb, addressee=addressee)
            for number, (text, verb, addressee) in enumerate(items, start=1)]
    return {
        "name": "brackenford-cabinet-empty-homes-report",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2025-09-26", "doc_title": "Cabinet report", "author": "Housing and Communities",
                 "plain_headings": True, "font": "Arial", "size": 11, "title_size": 15,
                 "footer": "Brackenford Borough Council – Cabinet 8 October 2025"},
        "blocks": blocks,
        "gold": dict(genre="borough council cabinet report (ModernGov-style front sheet)", kind="committee-report",
                     title="Empty Homes Strategy 2025–2030 and Council Tax Premiums",
                     authority="Brackenford Borough Council", date="2025-10-08", meeting="Cabinet",
                     decision_number="FP/25/031", recommendations=recs),
        "layout": "DOCX; front sheet table with shaded labels (Report of / Portfolio Holder / Wards affected / Key "
                  "decision / Forward plan ref); \"RECOMMENDATIONS:\" heading with a Word-numbered list of "
                  "\"That Cabinet …\" / \"That …\" sentences (one passive); \"REASONS FOR RECOMMENDATIONS\" (not "
                  "items); typed 1.1–5.4 paragraphs, one \"The Strategy recommends that …\" (not an item); "
                  "borderless contact table.",
    }


# ---------------------------------------------------------------------------
# D-minutes. Borough cabinet minutes (PDF via LibreOffice): minute numbers CAB/25/41…;
#     "RESOLVED – (1) that … (2) that …" inline and as paragraphs, "Resolved: that …"; a
#     noted item; an action log table at the end.
# ---------------------------------------------------------------------------


def cabinet_minutes():
    maker = "Cabinet"
    blocks = [
        ("p", "BRACKENFORD BOROUGH COUNCIL"),
        ("title", "Cabinet"),
        ("p", "Minutes of the meeting of the Cabinet held in the Council Chamber, Town Hall, Brackenford on Wednesday "
              "8 October 2025 at 7.00 pm."),
        ("p", "**Present:** Councillors A.B. (Leader of the Council, in the Chair), C.D. (Deputy Leader), E.F., G.H., "
              "J.K. and L.M."),
        ("p", "**Also present:** Councillor N.P. (Chair of the Overview and Scrutiny Committee)."),
        ("p", "**Officers:** Chief Executive, Director of Housing and Communities, Director of Finance, Planning Policy "
              "Manager, Democratic Services Officer."),
        ("h", 3, "CAB/25/41  APOLOGIES FOR ABSENCE"),
        ("p", "**Apologies:** Councillor R.S. (Portfolio Holder for Leisure)."),
        ("h", 3, "CAB/25/42  DECLARATIONS OF INTEREST"),
        ("p", "Councillor E.F. declared a non-registrable interest in minute CAB/25/44 as the owner of a property that "
              "has been empty for four months. He remained in the meeting but did not vote."),
        ("h", 3, "CAB/25/43  MINUTES"),
        ("p", "Resolved: that the minutes of the meeting held on 10 September 2025 be approved as a correct record."),
        ("h", 3, "CAB/25/44  EMPTY HOMES STRATEGY 2025–2030 AND COUNCIL TAX PREMIUMS"),
        ("p", "The Portfolio Holder for Housing introduced the report. In answer to a question from Councillor N.P., the "
              "Director of Housing and Communities said that owners would be written to before the premium took effect."),
        ("p", "RESOLVED – (1) that the Empty Homes Strategy 2025–2030 be adopted; (2) that Council be recommended to "
              "charge a 100% council tax premium on homes empty and substantially unfurnished for one year or more "
              "from 1 April 2026; and (3) that authority be delegated to the Director of Finance to award "
              "discretionary reductions from the premium."),
        ("h", 3, "CAB/25/45  QUARTER 1 PERFORMANCE REPORT 2025/26"),
        ("p", "Cabinet noted the Quarter 1 performance report. Members asked for the next report to show the number of "
              "households in temporary accommodation by ward."),
        ("h", 3, "CAB/25/46  LEISURE CENTRE CATERING CONTRACT"),
        ("p", "Resolved: that the catering contract at Brackenford Leisure Centre be awarded to Kestrel Catering Ltd "
              "for three years from 1 December 2025."),
        ("p", "Reason for decision: the tender offered the best combination of price and quality."),
        ("h", 3, "CAB/25/47  LOCAL DEVELOPMENT SCHEME"),
        ("p", "RESOLVED –"),
        ("p", "(1) that the revised Local Development Scheme at Appendix A be approved, to take effect from 9 October "
              "2025; and"),
        ("p", "(2) that the Planning Policy Manager be authorised to publish the Scheme on the Council’s website."),
        ("h", 3, "CAB/25/48  URGENT ITEMS"),
        ("p", "There were no urgent items. The meeting ended at 8.12 pm."),
        ("h", 2, "Action log"),
    ]
    log = [
        ("A25/15", "CAB/25/31", "Arrange a briefing for all councillors on the local government reorganisation proposals.",
         "Chief Executive", "", "In progress", ["Chief Executive"], None, "ongoing"),
        ("A25/19", "CAB/25/44", "Write to the owners of all homes empty for more than two years to explain the new premium.",
         "Empty Homes Officer", "November 2025", "Open", ["Empty Homes Officer"], "2025-11", None),
        ("A25/20", "CAB/25/46", "Report catering income at the leisure centre to the Leisure Working Group.",
         "Leisure Client Manager", "Q3 2025/26", "Not started", ["Leisure Client Manager"], "2025-12", "not-started"),
        ("A25/21", "CAB/25/47", "Circulate the revised Local Development Scheme timetable to all councillors.",
         "Planning Policy Manager /\nDemocratic Services", "17 October 2025", "Complete",
         ["Planning Policy Manager", "Democratic Services"], "2025-10-17", "completed"),
    ]
    blocks.append(("table", {"cols": [1.8, 2.4, 6.6, 3.4, 2.2, 1.8],
                             "header": ["Ref", "Minute", "Action", "Responsible officer", "Due", "Status"],
                             "header_fill": "D9D9D9", "font": 9,
                             "rows": [[r, m, t, o, d, s] for r, m, t, o, d, s, *_ in log]}))
    blocks.append(("p", "Chair ……………………………………   Date ……………………"))
    decisions = [
        decision("CAB/25/43", None, "the minutes of the meeting held on 10 September 2025 be approved as a correct record.", maker),
        decision("CAB/25/44", "1", "the Empty Homes Strategy 2025–2030 be adopted;", maker),
        decision("CAB/25/44", "2", "Council be recommended to charge a 100% council tax premium on homes empty and "
                                  "substantially unfurnished for one year or more from 1 April 2026; and", maker),
        decision("CAB/25/44", "3", "authority be delegated to the Director of Finance to award discretionary "
                                  "reductions from the premium.", maker),
        decision("CAB/25/46", None, "the catering contract at Brackenford Leisure Centre be awarded to Kestrel "
                                   "Catering Ltd for three years from 1 December 2025.", maker),
        decision("CAB/25/47", "1", "the revised Local Development Scheme at Appendix A be approved, to take effect "
                                  "from 9 October 2025; and", maker),
        decision("CAB/25/47", "2", "the Planning Policy Manager be authorised to publish the Scheme on the Council’s "
                                  "website.", maker),
    ]
    actions = [action(r, t, owners, d or None, due, status) for r, _, t, _, d, _, owners, due, status in log]
    return {
        "name": "brackenford-cabinet-minutes-october-2025",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2025-10-14", "doc_title": "Cabinet minutes", "author": "Democratic Services",
                 "font": "Liberation Sans", "size": 10.5, "plain_headings": True, "title_size": 16,
                 "footer": "Cabinet – 8 October 2025 – Minutes"},
        "blocks": blocks,
        "gold": dict(genre="borough cabinet minutes (RESOLVED – (1) that … and an action log)", kind="minutes",
                     title="Cabinet", authority="Brackenford Borough Council", date="2025-10-08",
                     meeting="Cabinet", actions=actions, decisions=decisions),
        "layout": "PDF (python-docx → LibreOffice); minute numbers CAB/25/41–48 in bold capital headings; \"RESOLVED – "
                  "(1) that … (2) that … and (3) that …\" in one paragraph, \"RESOLVED –\" followed by (1)/(2) "
                  "paragraphs, and lower-case \"Resolved: that …\"; a \"Reason for decision:\" line; a \"Cabinet "
                  "noted …\" item with no resolution; Present / Also present / Officers / Apologies lines; a closing "
                  "action log (Ref | Minute | Action | Responsible officer | Due | Status) with an empty Due, an "
                  "\"Open\" status and an owner cell with \"/\" plus line break.",
    }


# ---------------------------------------------------------------------------
# D1. Record of officer decision (pandoc → LibreOffice PDF): two-column form.
# ---------------------------------------------------------------------------


def officer_decision():
    d1 = ("To award the contract for the cleaning and maintenance of the Council’s eleven public toilets to "
          "Brightwell Facilities Ltd for three years from 1 August 2025, with an option to extend by up to two "
          "further years, at a cost of £186,400 a year.")
    d2 = "To authorise the Legal Services Manager to complete and seal the contract."
    form = grid_table([
        ["Decision reference:", "ODR/2025/118"],
        ["Subject:", "Award of contract for public toilet cleaning and maintenance"],
        ["Decision maker:", "Head of Environmental Services"],
        ["Delegated authority:", "Constitution, Part 3, Scheme of Delegation to Officers, paragraph 4.7 (award of "
                                 "contracts within the approved budget)"],
        ["Key decision:", "No"],
        ["Decision:", f"I have decided:\n\n1. {d1}\n2. {d2}"],
        ["Reason for decision:", "The current contract ends on 31 July 2025. Brightwell Facilities Ltd submitted the "
                                 "most economically advantageous tender of the four received, scoring 81 out of 100 "
                                 "on price and quality."],
        ["Alternative options considered and rejected:", "Bringing the service in house was costed at £214,000 a year "
                                                          "and rejected."],
        ["Consultation:", "Portfolio Holder for Environment (Councillor T.W.); Procurement Manager; Section 151 "
                          "Officer"],
        ["Conflicts of interest declared:", "None"],
        ["Date of decision:", "14 July 2025"],
        ["Signed:", "Head of Environmental Services"],
        ["Date published:", "15 July 2025"],
    ], [24, 60])
    md = [
        "**OTTERBECK DISTRICT COUNCIL**",
        "",
        "# RECORD OF OFFICER DECISION",
        "",
        "This record is published under the Openness of Local Government Bodies Regulations 2014.",
        "",
        form,
        "",
        "Enquiries: Democratic Services, Otterbeck District Council – democratic.services@otterbeck.example – "
        "01632 960 730",
        "",
    ]
    decisions = [decision(None, "ODR/2025/118", d, "Head of Environmental Services", "2025-07-14", kind="decision")
                 for d in (d1, d2)]
    return {
        "name": "otterbeck-officer-decision-public-toilets-contract",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2025-07-15"},
        "markdown": "\n".join(md),
        "gold": dict(genre="district council record of officer decision (two-column form)", kind="decision",
                     title="Award of contract for public toilet cleaning and maintenance",
                     authority="Otterbeck District Council", date="2025-07-14", meeting=None,
                     decision_number="ODR/2025/118", decisions=decisions),
        "layout": "PDF (pandoc → LibreOffice); headerless two-column form (Decision reference / Subject / Decision "
                  "maker / Delegated authority / Decision / Reason for decision / Date of decision …); the Decision "
                  "cell holds \"I have decided:\" and a Word-numbered list of two decisions.",
    }


# ---------------------------------------------------------------------------
# X1. Nothing to find: ICB annual patient experience report (PDF via Chromium), with
#     "There are no recommendations arising from this report.", numbered priorities and a
#     "You said / We did" table.
# ---------------------------------------------------------------------------


def patient_experience_report():
    blocks = [
        ("p", "Kelderwick Integrated Care Board"),
        ("title", "Complaints and Patient Experience Annual Report 2024/25"),
        ("p", "Presented to the Quality and Safety Committee, 10 July 2025"),
        ("h", 2, "Recommendations"),
        ("p", "There are no recommendations arising from this report."),
        ("h", 2, "1. Introduction"),
        ("p", "1.1 This report describes the complaints, concerns and compliments the ICB received between 1 April 2024 "
              "and 31 March 2025, and what changed as a result."),
        ("h", 2, "2. The year in numbers"),
        ("table", {"cols": [8, 3, 3], "header": ["", "2023/24", "2024/25"], "header_fill": "DCE6F1", "rows": [
            ["Formal complaints received", "412", "376"],
            ["Responded to within 40 working days", "71%", "83%"],
            ["Referred to the Parliamentary and Health Service Ombudsman", "9", "6"],
            ["Compliments", "1,120", "1,341"],
        ]}),
        ("h", 2, "3. You said, we did"),
        ("table", {"cols": [8.5, 8.5], "header": ["You said", "We did"], "header_fill": "DCE6F1", "rows": [
            ["It was hard to find out how to complain about a GP practice.",
             "We added a complaints page to every practice website template and put posters in waiting rooms."],
            ["Letters about continuing healthcare were confusing.",
             "We rewrote the six standard letters with a patient reading group."],
            ["Wheelchair repairs took too long.",
             "The new wheelchair service contract, from October 2024, sets a five-day repair standard."],
        ]}),
        ("h", 2, "4. Our priorities for 2025/26"),
        ("list", "1.", 1, [
            "Respond to 90% of complaints within 40 working days.",
            "Hear more from people whose first language is not English.",
            "Share learning from complaints with primary care every quarter.",
        ]),
        ("p", "These priorities are part of the ICB’s Quality Strategy and are reported through its quality dashboard."),
        ("h", 2, "Contact"),
        ("p", "Patient Experience Team, Kelderwick ICB, Freepost KELDERWICK ICB – patientexperience@kelderwick-icb.example "
              "– 01632 960 590"),
    ]
    return {
        "name": "kelderwick-icb-patient-experience-annual-report",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Complaints annual report 2024/25", "title_color": "005EB8",
                 "footer": "Kelderwick ICB – Quality and Safety Committee – 10 July 2025"},
        "blocks": blocks,
        "gold": dict(genre="ICB annual complaints report (nothing to extract)", kind="other",
                     title="Complaints and Patient Experience Annual Report 2024/25",
                     authority="Kelderwick Integrated Care Board", date="2025-07-10",
                     meeting="Quality and Safety Committee"),
        "layout": "PDF (HTML → Chromium); \"Recommendations\" heading followed by \"There are no recommendations "
                  "arising from this report.\"; figures table; \"You said / We did\" table (not items); a numbered "
                  "list of priorities without owners or dates (not items); contact line.",
    }


# ---------------------------------------------------------------------------
# X2. Nothing to find: quarterly performance dashboard (PDF via LibreOffice, landscape).
# ---------------------------------------------------------------------------


def performance_dashboard():
    rag_fill = {"G": GREEN, "A": AMBER, "R": RED}
    kpis = [
        ("1. A cleaner, greener district", [
            ("Household waste sent for reuse, recycling and composting", "52%", "49.8%", "51.2%", "↑", "A"),
            ("Missed bin collections per 100,000", "40", "37", "33", "↑", "G"),
            ("Fly-tipping incidents cleared within 2 working days", "95%", "97%", "96%", "↓", "G"),
        ]),
        ("2. Homes and communities", [
            ("Households in temporary accommodation (snapshot)", "45", "58", "63", "↓", "R"),
            ("Major planning applications decided in time", "70%", "88%", "91%", "↑", "G"),
        ]),
        ("3. A well-run council", [
            ("Council tax collected (cumulative)", "57.5%", "29.4%", "57.1%", "→", "A"),
            ("Average days to process new Housing Benefit claims", "20", "18", "17", "↑", "G"),
        ]),
    ]
    rows = []
    for heading, items in kpis:
        rows.append([{"text": heading, "span": 6, "bold": True, "fill": "EDEDED"}, "<", "<", "<", "<", "<"])
        for name, target, q1, q2, trend, rag in items:
            rows.append([name, target, q1, q2, trend, {"text": rag, "fill": rag_fill[rag]}])
    blocks = [
        ("p", "OTTERBECK DISTRICT COUNCIL"),
        ("title", "Corporate Performance Dashboard – Quarter 2 2025/26"),
        ("table", {"cols": [5, 19], "borders": False, "rows": [
            ["Meeting:", "Performance and Audit Committee"],
            ["Date:", "20 November 2025"],
            ["Report of:", "Head of Policy and Performance"],
            ["Recommendation:", "None – this report is for information only."],
        ]}),
        ("h", 2, "Summary"),
        ("p", "Of the seven corporate indicators, four are on target (green), two are within 5% of target (amber) and one "
              "is off target (red). Temporary accommodation numbers continue to rise in line with the national trend."),
        ("p", "RAG: G = on or above target; A = within 5% of target; R = more than 5% from target. Trend compares "
              "Quarter 2 with Quarter 1."),
        ("table", {"cols": [11.0, 2.6, 2.6, 2.6, 1.8, 1.6],
                   "header": ["Indicator", "Target", "Q1", "Q2", "Trend", "RAG"],
                   "header_fill": "BDD7EE", "rows": rows, "font": 9.5}),
        ("h", 2, "Commentary on the red indicator"),
        ("p", "Households in temporary accommodation: demand from private rented sector evictions has risen by 22% on "
              "last year. The Housing Options service is reviewing its prevention offer, and an update will be "
              "included in the Quarter 3 report."),
        ("p", "Contact: Policy and Performance Officer – performance@otterbeck.example – 01632 960 735"),
    ]
    return {
        "name": "otterbeck-corporate-performance-dashboard-q2",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2025-11-07", "doc_title": "Performance dashboard Q2", "author": "Policy and Performance",
                 "landscape": True, "font": "Liberation Sans", "size": 10, "plain_headings": True,
                 "footer": "Performance and Audit Committee – 20 November 2025"},
        "blocks": blocks,
        "gold": dict(genre="district performance dashboard (nothing to extract)", kind="other",
                     title="Corporate Performance Dashboard – Quarter 2 2025/26",
                     authority="Otterbeck District Council", date="2025-11-20",
                     meeting="Performance and Audit Committee"),
        "layout": "PDF (python-docx → LibreOffice), landscape; a \"Recommendation:\" row that says there is none; "
                  "KPI table with RAG letters.",
    }


PAPERS = [climate_plan, workforce_plan, wellbeing_plan, loneliness_jsna, maternity_needs, recycling_report,
          winter_plan_paper, empty_homes_report, cabinet_minutes, officer_decision, patient_experience_report,
          performance_dashboard]
