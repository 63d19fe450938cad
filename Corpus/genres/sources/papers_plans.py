"""Action plans and needs assessments (made-up authorities and people)."""

from gold import action, recommendation

GREEN, AMBER, RED, GREY, BLUE = "C6EFCE", "FFEB9C", "FFC7CE", "D9D9D9", "BDD7EE"


def status_cell(word):
    colours = {"Complete": GREEN, "In progress": AMBER, "Not started": RED, "Incomplete": RED,
               "Deferred": GREY, "G": "92D050", "A": "FFC000", "R": "FF5050", "C": "5B9BD5"}
    key = word.split(" ")[0] if word.startswith("Superseded") else word
    fill = colours.get(key, GREY if word.startswith("Superseded") else None)
    return {"text": word, "fill": fill} if fill else word


# ---------------------------------------------------------------------------
# 1. Tobacco control action plan (DOCX): Action | Who | When | Status, shaded header,
#    merged priority rows, numbering 1, 2, 4 …, owners with "/" and line breaks.
# ---------------------------------------------------------------------------


def tobacco():
    rows = [
        ("theme", "Priority 1: Prevention – stopping young people starting to smoke or vape"),
        ("1", "Deliver the ‘Smokefree Generation’ school sessions to all Year 7 pupils in secondary schools in the borough.",
         "Public Health Schools Team /\nNorthbridge Youth Service", "Short term (by March 2025)", "In progress",
         ["Public Health Schools Team", "Northbridge Youth Service"], "2025-03", "ongoing"),
        ("2", "Review and refresh the smokefree playgrounds signage scheme with Parks and Open Spaces.",
         "Parks Manager", "Q3 2024/25", "Complete", ["Parks Manager"], "2024-12", "completed"),
        ("4", "Work with Trading Standards to carry out test purchasing of vapes at retailers near schools and colleges.",
         "Trading Standards Team Leader\nLicensing", "Ongoing", "In progress",
         ["Trading Standards Team Leader", "Licensing"], None, "ongoing"),
        ("theme", "Priority 2: Helping people to quit"),
        ("5", "Commission a specialist stop smoking service for pregnant women and their partners.",
         "Public Health Commissioning Manager / Harbourside ICB", "April 2025", "Not started",
         ["Public Health Commissioning Manager", "Harbourside ICB"], "2025-04", "not-started"),
        ("6", "Introduce opt-out referral to stop smoking support for all inpatients at Northbridge General Hospital.",
         "Northbridge Hospitals NHS Trust /\nTobacco Dependency Lead", "Q1 2025/26", "Incomplete",
         ["Northbridge Hospitals NHS Trust", "Tobacco Dependency Lead"], "2025-06", None),
        ("7", "Offer a ‘swap to stop’ vape starter kit to adults in routine and manual occupations through community pharmacies.",
         "Community Pharmacy Northbridge", "", "Deferred", ["Community Pharmacy Northbridge"], None, "deferred"),
        ("theme", "Priority 3: Smokefree places"),
        ("9", "Add a smokefree seating condition to all new pavement licences.",
         "Licensing Manager", "Short term (by March 2025)", "Superseded – now covered by national pavement licence guidance",
         ["Licensing Manager"], "2025-03", "superseded"),
        ("10", "Agree a smokefree policy for the communal areas of all council-owned housing estates.",
         "Head of Housing Management,\nNorthbridge Homes", "Long term (2026)", "Not started",
         ["Head of Housing Management", "Northbridge Homes"], "2026", "not-started"),
    ]
    table_rows, actions = [], []
    for row in rows:
        if row[0] == "theme":
            table_rows.append([{"text": row[1], "span": 5, "bold": True, "fill": "DEEAF6"}, "<", "<", "<", "<"])
            continue
        label, text, who, when, status, owners, due, gstatus = row
        table_rows.append([label, text, who, when, status_cell(status)])
        actions.append(action(label, text, owners, when or None, due, gstatus))
    blocks = [
        ("title", "Smokefree Northbridge: Tobacco Control Action Plan 2024–2026"),
        ("p", "Northbridge Tobacco Control Alliance"),
        ("p", "**Plan owner:** Consultant in Public Health, Northbridge Borough Council"),
        ("p", "**Last updated:** January 2025"),
        ("h", 1, "Introduction"),
        ("p", "Smoking remains the biggest single cause of preventable death in Northbridge. Around one in seven adults "
              "in the borough still smoke, rising to one in four among people in routine and manual jobs. This plan "
              "sets out what the Alliance partners will do over the next two years, grouped under three priorities."),
        ("p", "The Alliance reviews the plan at each quarterly meeting. Partners are asked to update the Status column "
              "before each meeting using the key below."),
        ("p", "**Status key:** Complete | In progress | Not started | Incomplete | Deferred | Superseded"),
        ("h", 1, "Action plan"),
        ("table", {"cols": [1.2, 7.3, 4.0, 2.7, 2.8], "header": ["No.", "Action", "Who", "When", "Status"],
                   "header_fill": "9DC3E6", "rows": table_rows, "font": 9.5}),
        ("h", 1, "Governance"),
        ("p", "The Alliance reports to the Northbridge Health and Wellbeing Board once a year. Any partner can propose a "
              "new action by contacting the Public Health team at publichealth@northbridge.example."),
    ]
    return {
        "name": "northbridge-tobacco-control-action-plan",
        "format": "docx",
        "meta": {"created": "2025-01-20", "doc_title": "Tobacco Control Action Plan", "author": "Public Health",
                 "footer": "Smokefree Northbridge action plan – January 2025", "title_color": "1F4E79"},
        "blocks": blocks,
        "gold": dict(genre="partnership action plan (Action | Who | When | Status table)", kind="action-plan",
                     title="Smokefree Northbridge: Tobacco Control Action Plan 2024–2026",
                     authority="Northbridge Borough Council", date="2025-01", meeting=None, actions=actions),
        "layout": "DOCX; one table with a shaded header row, priority rows merged across all five columns, "
                  "actions numbered 1, 2, 4, 5, 6, 7, 9, 10 (gaps), owner cells split by \"/\", by a line break and "
                  "by a comma plus line break, one empty When cell, statuses as shaded words (Complete, In progress, "
                  "Not started, Incomplete, Deferred, Superseded with a note); page footer.",
    }


# ---------------------------------------------------------------------------
# 2. Healthy weight action plan (PDF via LibreOffice): Ref | What we will do | Lead(s) |
#    By when | Progress update | RAG, no header shading, RAG letters with a key that
#    defines them as statuses, "Short term (by March 2020)" timeframes.
# ---------------------------------------------------------------------------


def healthy_weight():
    rows = [
        ("theme", "Theme A – Healthy places"),
        ("HW1", "Adopt a Hot Food Takeaway Supplementary Planning Document restricting new takeaways within 400 metres of a secondary school.",
         "Planning Policy Manager (EDC)", "Medium term (by March 2021)", "Draft SPD out to consultation September 2020.", "G",
         ["Planning Policy Manager (EDC)"], "2021-03", "ongoing"),
        ("HW2", "Map free drinking water points in town centres and parks and publish the map.",
         "Environmental Health /\nLeisure Services", "Short term (by March 2020)", "Map published on the Council website.", "C",
         ["Environmental Health", "Leisure Services"], "2020-03", "completed"),
        ("HW3", "Include healthy food criteria in the Council’s events and catering contracts.",
         "Procurement Lead", "", "", "R", ["Procurement Lead"], None, "not-started"),
        ("theme", "Theme B – Children and families"),
        ("HW5", "Roll out the Daily Mile to every primary school in the district.",
         "School Games Organiser / Active Westshire", "Long term (by March 2022)", "31 of 38 schools signed up.", "A",
         ["School Games Organiser", "Active Westshire"], "2022-03", "ongoing"),
        ("HW6", "Deliver the ‘Fit Families’ weight management programme in the three most deprived wards.",
         "Westshire County Council Public Health", "Ongoing", "Two cohorts completed; a third is recruiting.", "G",
         ["Westshire County Council Public Health"], None, "ongoing"),
        ("HW7", "Train early years practitioners in the HENRY healthy start approach.",
         "Early Years Team, WCC", "Short term (by March 2020)", "Funding not yet secured.", "R",
         ["Early Years Team", "WCC"], "2020-03", "not-started"),
        ("theme", "Theme C – Adults"),
        ("HW8", "Offer NHS Health Checks at Eastmarsh Leisure Centre one evening a week.",
         "Health Improvement Team\nEastmarsh Leisure Trust", "Short term (by March 2020)", "Running since January 2020.", "C",
         ["Health Improvement Team", "Eastmarsh Leisure Trust"], "2020-03", "completed"),
    ]
    table_rows, actions = [], []
    for row in rows:
        if row[0] == "theme":
            table_rows.append([{"text": row[1], "span": 6, "bold": True}, "<", "<", "<", "<", "<"])
            continue
        label, text, lead, when, progress, rag, owners, due, status = row
        table_rows.append([label, text, lead, when, progress, status_cell(rag)])
        actions.append(action(label, text, owners, when or None, due, status))
    blocks = [
        ("p", "Eastmarsh District Council  |  Westshire County Council Public Health"),
        ("title", "Eastmarsh Healthy Weight Partnership Action Plan 2019–2022"),
        ("p", "Version 3 – October 2019 (progress column updated for the Partnership meeting)"),
        ("h", 2, "About this plan"),
        ("p", "Nearly two in three adults and one in three children leaving primary school in Eastmarsh are overweight "
              "or obese. The Healthy Weight Partnership brings together the District Council, the County Council’s "
              "Public Health team, the leisure trust, schools and the voluntary sector to make the healthy choice the "
              "easy choice."),
        ("p", "RAG key: C = Complete; G = In progress and on track; A = In progress with some delay; R = Not started."),
        ("table", {"cols": [1.3, 7.5, 4.2, 3.6, 5.5, 1.3],
                   "header": ["Ref", "What we will do", "Lead(s)", "By when", "Progress update", "RAG"],
                   "header_fill": None, "rows": table_rows, "font": 9}),
        ("p", "HW4 was removed at the July 2019 Partnership meeting and its work folded into HW5."),
        ("p", "Contact: Healthy Weight Coordinator, Eastmarsh District Council, healthyweight@eastmarsh.example"),
    ]
    return {
        "name": "eastmarsh-healthy-weight-action-plan",
        "format": "lo-pdf",
        "meta": {"created": "2019-10-14", "doc_title": "Healthy Weight Action Plan", "author": "EDC",
                 "landscape": True, "font": "Liberation Sans", "size": 10, "plain_headings": True,
                 "box_width": 25},
        "blocks": blocks,
        "gold": dict(genre="district/county partnership action plan with RAG letters", kind="action-plan",
                     title="Eastmarsh Healthy Weight Partnership Action Plan 2019–2022",
                     authority="Eastmarsh District Council", date="2019-10", meeting=None, actions=actions),
        "layout": "PDF (python-docx → LibreOffice), landscape; table without header shading and with theme rows "
                  "merged across six columns; labels HW1–HW3, HW5–HW8 (HW4 removed); timeframes \"Short/Medium/"
                  "Long term (by March 20xx)\", \"Ongoing\" and one empty; status only as a coloured RAG letter "
                  "whose key (printed above the table) defines C/G/A/R as statuses; empty progress cell.",
    }


# ---------------------------------------------------------------------------
# 3. Suicide prevention action plan (PDF via Chromium): Ref | Action | Who | When | Status,
#    grey header, a Status cell merged over two rows, Q3 2024/25 timeframes.
# ---------------------------------------------------------------------------


def suicide_prevention():
    blocks = [
        ("p", "Harbourside Integrated Care Board"),
        ("title", "Harbourside Suicide Prevention Partnership Action Plan 2024/25"),
        ("p", "Quarter 3 progress update – January 2025"),
        ("h", 2, "Purpose"),
        ("p", "This plan sets out the actions partners agreed in April 2024 to deliver the Harbourside Suicide "
              "Prevention Strategy 2023–2028. It is reviewed each quarter by the Partnership and reported to the "
              "ICB Quality Committee."),
    ]
    aims = [
        ("Aim 1 – Reduce the risk of suicide in high-risk groups", [
            ("SP1.1", "Deliver suicide awareness training to 200 frontline staff in primary care, housing and employment support services.",
             "ICB Mental Health Commissioning / Harbourside Mind", "Q4 2024/25", "In progress",
             ["ICB Mental Health Commissioning", "Harbourside Mind"], "2025-03", "ongoing"),
            ("SP1.2", "Set up a men’s mental health peer support group in each of the four localities.",
             "Public Health Harbourside\nVCSE Alliance", "Q3 2024/25", "Complete",
             ["Public Health Harbourside", "VCSE Alliance"], "2024-12", "completed"),
            ("SP1.4", "Agree a pathway between the emergency department and the crisis team for people who present after self-harm.",
             "Harbourside Hospitals NHS Foundation Trust", "Q2 2025/26", "Deferred (awaiting the new ED build)",
             ["Harbourside Hospitals NHS Foundation Trust"], "2025-09", "deferred"),
        ]),
        ("Aim 2 – Reduce access to the means of suicide", [
            ("SP2.1", "Review the three local high-frequency locations with the landowners and British Transport Police.",
             "Public Health Harbourside / British Transport Police", "Ongoing", "In progress",
             ["Public Health Harbourside", "British Transport Police"], None, "ongoing"),
            ("SP2.2", "Install signs with crisis line details at the cliff-top car parks.",
             "Harbourside Council Parks", "Q3 2024/25", "^",
             ["Harbourside Council Parks"], "2024-12", "ongoing"),
        ]),
        ("Aim 3 – Support people bereaved by suicide and improve data", [
            ("SP3.1", "Commission a suicide bereavement support service across the ICB area.",
             "ICB", "2024/25", "Superseded", ["ICB"], "2025-03", "superseded"),
            ("SP3.2", "Produce a real-time surveillance dashboard of suspected suicides for partners.",
             "Public Health Intelligence", "", "Not started", ["Public Health Intelligence"], None, "not-started"),
            ("SP3.3", "Hold a partnership learning event on the findings of the 2023 suicide audit.",
             "Partnership Chair", "Q4 2024/25", "Incomplete", ["Partnership Chair"], "2025-03", None),
        ]),
    ]
    actions = []
    for aim, rows in aims:
        blocks.append(("h", 2, aim))
        table_rows = []
        for label, text, who, when, status, owners, due, gstatus in rows:
            if status == "^":
                cell = "^"
            elif label == "SP2.1":
                cell = {"text": status, "vspan": 2, "fill": AMBER}
            else:
                cell = status_cell(status)
            table_rows.append([label, text, who, when, cell])
            actions.append(action(label, text, owners, when or None, due, gstatus))
        blocks.append(("table", {"cols": [1.5, 7.5, 4.2, 2.3, 3.0], "header": ["Ref", "Action", "Who", "When", "Status"],
                                 "header_fill": "BFBFBF", "rows": table_rows}))
    blocks += [
        ("p", "SP1.3 and SP2.3 were closed at the Quarter 2 review and are no longer reported."),
        ("p", "SP3.1: the bereavement service is now commissioned regionally by NHS England, so the local action has been superseded."),
        ("h", 2, "Contact"),
        ("p", "Suicide Prevention Programme Lead, Harbourside ICB – suicideprevention@harbourside-icb.example"),
    ]
    return {
        "name": "harbourside-suicide-prevention-action-plan",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Suicide Prevention Action Plan Q3 update", "title_color": "005EB8",
                 "footer": "Harbourside Suicide Prevention Partnership – Q3 2024/25"},
        "blocks": blocks,
        "gold": dict(genre="ICB partnership action plan, quarterly update", kind="action-plan",
                     title="Harbourside Suicide Prevention Partnership Action Plan 2024/25",
                     authority="Harbourside Integrated Care Board", date="2025-01", meeting=None, actions=actions),
        "layout": "PDF (HTML → Chromium); one table per aim under its own heading, grey header row; refs SP1.1, "
                  "SP1.2, SP1.4 (gap); one Status cell merged over two rows (SP2.1–SP2.2 \"In progress\"); "
                  "timeframes Q3/Q4 2024/25, Q2 2025/26, \"2024/25\", \"Ongoing\", one empty; statuses Complete, "
                  "In progress, Deferred (with a note), Superseded, Not started, Incomplete.",
    }


# ---------------------------------------------------------------------------
# 4. Children's oral health needs assessment (DOCX): Word-numbered recommendations, each
#    followed by "This recommendation is for: …"; a numbered key-findings list before it.
# ---------------------------------------------------------------------------


def oral_health():
    recs = [
        ("Commission a supervised toothbrushing programme in early years settings and primary schools in the 20% most deprived areas of Westshire.",
         "Westshire County Council Public Health, NHS England dental commissioners", "COMMISSION",
         ["Westshire County Council Public Health", "NHS England dental commissioners"]),
        ("Make fluoride varnish available through the community dental service for all looked after children aged 3 to 16.",
         "Harbourside Integrated Care Board", "MAKE", ["Harbourside Integrated Care Board"]),
        ("Include oral health advice in the 9 to 12 month and 2 to 2½ year health visitor reviews, with a free toothbrush and toothpaste pack.",
         "0–19 Public Health Nursing Service", "INCLUDE", ["0–19 Public Health Nursing Service"]),
        ("Train foster carers and residential children’s home staff in daily oral care for the children they look after.",
         "Westshire County Council Children’s Services; Fostering Westshire", "TRAIN",
         ["Westshire County Council Children’s Services", "Fostering Westshire"]),
        ("Complete a feasibility study of community water fluoridation for Westshire with the regional water company.",
         "Director of Public Health", "COMPLETE", ["Director of Public Health"]),
        ("Dental practices should give children referred by a social worker or school nurse an urgent appointment.",
         "Local dental practices; Westshire Local Dental Committee", "GIVE",
         ["Local dental practices", "Westshire Local Dental Committee"]),
        ("Repeat the dental survey of five-year-olds in 2026 and report the results to the Health and Wellbeing Board.",
         "Public Health Intelligence Team", "REPEAT", ["Public Health Intelligence Team"]),
    ]
    rec_blocks, gold_recs = [], []
    # The one "… should …" recommendation names the body it is put to as its subject.
    addressees = {6: "Dental practices"}
    for number, (text, who, verb, owners) in enumerate(recs, start=1):
        addressee = addressees.get(number)
        rec_blocks.append(("list", "1.", number, [text]))
        rec_blocks.append(("p", f"**This recommendation is for:** {who}"))
        gold_recs.append(recommendation(str(number), text, verb=verb, addressee=addressee, owners=owners))
    blocks = [
        ("title", "Children’s Oral Health Needs Assessment 2024"),
        ("p", "Westshire County Council – Public Health"),
        ("p", "March 2024"),
        ("h", 1, "1. Introduction"),
        ("p", "Tooth decay is the most common reason for hospital admission among children aged 6 to 10 in England, and it is "
              "almost entirely preventable. This needs assessment brings together local survey data, hospital activity and "
              "the views of parents, dental teams and early years staff to describe the oral health of children in Westshire."),
        ("h", 1, "2. Key findings"),
        ("list", "1.", 1, [
            "23% of five-year-olds in Westshire have visible tooth decay, compared with 24% in England.",
            "Children in the most deprived fifth of areas are three times as likely to have decay as those in the least deprived.",
            "There were 412 hospital extractions under general anaesthetic for children in 2022/23.",
            "Only 41% of looked after children had a dental check in the last year.",
            "Parents told us that finding an NHS dentist taking on children is the main barrier.",
        ]),
        ("h", 1, "3. Recommendations"),
        ("p", "The steering group agreed the following recommendations. Each says who it is for."),
    ] + rec_blocks + [
        ("h", 1, "4. Next steps"),
        ("p", "The recommendations will be presented to the Westshire Health and Wellbeing Board in March 2024. An oral health "
              "improvement plan will follow."),
        ("h", 2, "Authors"),
        ("p", "Public Health Registrar and Consultant in Dental Public Health, Westshire County Council. "
              "Email: oralhealth@westshire.example"),
    ]
    return {
        "name": "westshire-childrens-oral-health-needs-assessment",
        "format": "docx",
        "meta": {"created": "2024-03-01", "doc_title": "Oral health needs assessment", "author": "Public Health",
                 "footer": "Westshire Children’s Oral Health Needs Assessment 2024", "font": "Calibri"},
        "blocks": blocks,
        "gold": dict(genre="public-health needs assessment with a numbered Recommendations section",
                     kind="needs-assessment", title="Children’s Oral Health Needs Assessment 2024",
                     authority="Westshire County Council", date="2024-03", meeting=None, recommendations=gold_recs),
        "layout": "DOCX; Word-numbered key findings (1.–5., not recommendations) and Word-numbered recommendations "
                  "1.–7. (each its own numbering instance with a start value), each followed by a bold "
                  "\"This recommendation is for:\" paragraph naming the owners (split by \",\" and \";\"); one "
                  "recommendation is a \"… should …\" sentence (verb GIVE, addressee \"Dental practices\").",
    }


# ---------------------------------------------------------------------------
# 5. Young carers needs assessment (PDF via LibreOffice): "Recommendations for DfE /
#    for local authorities / for schools and colleges", Word numbering continuing 1–8.
# ---------------------------------------------------------------------------


def young_carers():
    groups = [
        ("Recommendations for DfE", ["DfE"], [
            ("Add a young carer flag to the school census so that schools record young carers in the same way.", "ADD"),
            ("Extend the pupil premium to pupils identified as young carers.", "EXTEND"),
            ("Publish guidance for schools on young carers’ attendance, including authorised absence for caring emergencies.", "PUBLISH"),
        ]),
        ("Recommendations for local authorities", ["local authorities"], [
            ("Complete a young carer’s needs assessment within 28 days of a referral.", "COMPLETE"),
            ("Fund a dedicated young carers’ worker in the early help service.", "FUND"),
            ("Offer every young carer aged 16 and over a transition assessment before their 18th birthday.", "OFFER"),
        ]),
        ("Recommendations for schools and colleges", ["schools and colleges"], [
            ("Name a young carers’ lead in every school and college.", "NAME"),
            ("Give young carers a card that lets them contact home during the school day without penalty.", "GIVE"),
        ]),
    ]
    blocks = [
        ("title", "Young Carers in Northbridge: Needs Assessment"),
        ("p", "Northbridge Borough Council and the Northbridge Carers Partnership"),
        ("p", "November 2023"),
        ("h", 1, "Summary"),
        ("p", "We estimate that around 2,100 children and young people in Northbridge provide care for a family member, but "
              "only 640 are known to the young carers service. Young carers told us that school is where they most need "
              "understanding, and that they are often identified late."),
        ("h", 1, "What young carers told us"),
        ("list", "bullet", 1, [
            "“Teachers don’t know unless you tell them, and you don’t want to tell them.”",
            "Being late or missing homework because of caring is often treated as bad behaviour.",
            "Young carers want someone to talk to who understands, not a leaflet.",
        ]),
        ("h", 1, "Recommendations"),
        ("p", "Our recommendations are grouped by who needs to act on them."),
    ]
    recs, number = [], 1
    for heading, owners, items in groups:
        blocks.append(("h", 2, heading))
        blocks.append(("list", "1.", number, [text for text, _ in items]))
        for text, verb in items:
            recs.append(recommendation(str(number), text, verb=verb, theme=heading, owners=owners))
            number += 1
    blocks += [
        ("h", 1, "Methods"),
        ("p", "The assessment used school census returns, the young carers service database and two focus groups held in "
              "July 2023 with 27 young carers aged 9 to 18."),
        ("p", "Contact: Carers Partnership Manager, carers@northbridge.example, 01632 960 418"),
    ]
    return {
        "name": "northbridge-young-carers-needs-assessment",
        "format": "lo-pdf",
        "meta": {"created": "2023-11-06", "doc_title": "Young carers needs assessment", "author": "NBC",
                 "font": "Liberation Serif", "size": 11.5,
                 "footer": "Young Carers Needs Assessment – November 2023"},
        "blocks": blocks,
        "gold": dict(genre="partnership needs assessment with recommendations grouped by who must act",
                     kind="needs-assessment", title="Young Carers in Northbridge: Needs Assessment",
                     authority="Northbridge Borough Council", date="2023-11", meeting=None, recommendations=recs),
        "layout": "PDF (python-docx → LibreOffice), serif font; recommendations under the headings "
                  "\"Recommendations for DfE\", \"… for local authorities\", \"… for schools and colleges\", as "
                  "Word-numbered lists whose numbering continues 1–3, 4–6, 7–8 across the headings; a bulleted list of "
                  "quotes before them (not items); contact line.",
    }


PAPERS = [tobacco, healthy_weight, suicide_prevention, oral_health, young_carers]
