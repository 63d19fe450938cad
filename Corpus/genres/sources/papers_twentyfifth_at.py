"""Papers of the twenty-fifth batch, part AT ("action plans and improvement plans"): six made-up papers
from two invented places:

  Culverdon – Culverdon City Council (a unitary city council: Cabinet, its Audit and Governance
    Committee, its Overview and Scrutiny Management Board and its internal audit service);
  Oakenvale – Oakenvale District Council and its partners: the Oakenvale Health and Wellbeing
    Partnership and the Oakenvale Domestic Abuse Partnership (both hosted by the District Council),
    Oakenvale Citizens Advice, Oakenvale Leisure Trust, Oakenvale Primary Care Network, and the
    invented county and NHS bodies around the district (Wealdmoor County Council, NHS Wealdmoor
    Integrated Care Board, the Office of the Police and Crime Commissioner for Wealdmoor).

The genre: the plans that say who will do what by when after an inspection, an audit, a peer challenge
or a strategy, and the updates that report progress on them – a corporate peer challenge improvement
action plan with each recommendation as a shaded row above its actions, an internal audit follow-up report to an
audit committee, a partnership delivery plan for a health and wellbeing strategy, a domestic abuse action
plan progress report written as narrative paragraphs, a covering scrutiny report that presents a draft
action plan, and a strategy's "plan on a page" that holds nothing to find.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every premises, street, scheme, charity and figure is made up.
The Local Government Association's corporate peer challenge is named as the national programme it is;
what its peer team is said to have found here is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_twentyfifth_as.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, recent parts' sections, second renditions,
rebuilding, the closing gold decisions), `Corpus/gold/README.md`, `Corpus/gold/real/README.md`,
`build.py`, `render.py`, `gold.py`, and for conventions and helpers the writer part of
`papers_ninth_m.py`, `grid_table` in `papers_fresh.py` and `papers_twentysecond_am.py`. Each paper
names its own split. Every gold value is written by hand beside the words it labels; the part AT notes
record the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table and papers_ninth_m.PAGE_BREAK_MD.

The papers (name – split – format):

  AT1 culverdon-corporate-peer-challenge-improvement-action-plan-february-2026 – tune – lo-pdf
  AT2 culverdon-audit-and-governance-committee-internal-audit-follow-up-march-2026 – unseen – docx
  AT3 oakenvale-health-and-wellbeing-partnership-delivery-plan-2026-2028 – tune – chromium-pdf
  AT4 oakenvale-domestic-abuse-partnership-action-plan-progress-report-q2-2026-27 – unseen – pandoc-lo-pdf
  AT5 culverdon-osmb-digital-inclusion-action-plan-2026-2028 – unseen – pandoc-docx
  AT6 oakenvale-health-and-wellbeing-strategy-plan-on-a-page-2026-2030 – tune – lo-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, recommendation
from papers_fresh import grid_table
from papers_ninth_m import PAGE_BREAK_MD

CULVERDON = "Culverdon City Council"
OAKENVALE = "Oakenvale District Council"


def label(text, fill="E2E2E2"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AT1. Corporate peer challenge improvement action plan, progress at 31 January 2026 (python-docx →
#      LibreOffice, landscape, NinthMWriter). A details table, an introduction, a RAG key, then one table
#      Ref | Action | Lead officer | Target date | RAG | Progress to date, each peer team recommendation a
#      shaded row merged across all six columns ("Peer team recommendation n: …") above its actions.
# ---------------------------------------------------------------------------


def culverdon_peer_challenge_plan():
    title = "Corporate Peer Challenge 2025: Improvement Action Plan"
    navy = "1F3864"
    acepp = "Assistant Chief Executive (Policy and Partnerships)"
    dof = "Director of Finance (Section 151 Officer)"
    hds = "Head of Democratic Services"
    hpi = "Head of Performance and Insight"
    # (number, recommendation, verb, addressee)
    recs = [
        ("1", "Develop a shared, long-term vision for Culverdon with partners and residents, and use it to set a "
              "small number of clear priorities for the next Council Plan.", "DEVELOP", None),
        ("2", "Put in place a medium-term financial strategy that closes the budget gap for 2027/28 and "
              "2028/29, with savings plans that have named owners and are tracked every month.", "PUT", None),
        ("3", "Strengthen the role of overview and scrutiny so that it contributes to policy development and "
              "not only to holding Cabinet to account.", "STRENGTHEN", None),
        ("4", "Invest in the Council’s workforce: agree a workforce strategy that tackles recruitment and "
              "retention in hard-to-fill roles and builds the skills of managers.", "INVEST", None),
        ("5", "The Council should make better use of data and insight in decision-making, including a single "
              "performance framework reported to Cabinet every quarter.", "MAKE", "Council"),
    ]
    # (rec, ref, action, lead cell, owners, target cell, due, RAG word, progress)
    acts = [
        ("1", "1.1", "Hold a Culverdon 2040 conversation with residents, businesses and partners, including "
                     "targeted sessions in the six priority neighbourhoods.", acepp, [acepp], "Dec 2025",
         "2025-12", "Blue",
         "Complete. 3,412 people took part online and at 41 events. Findings reported to Cabinet on 9 December "
         "2025."),
        ("1", "1.2", "Publish a new Council Plan 2026 to 2030 with no more than five priorities, each with "
                     "outcome measures.", f"{acepp} /\n{hpi}", [acepp, hpi], "March 2026", "2026-03", "Green",
         "Draft plan with four priorities agreed by Cabinet for consultation on 13 January 2026. Goes to "
         "Council on 26 March 2026."),
        ("2", "2.1", "Agree a Medium Term Financial Strategy for 2026/27 to 2029/30 that shows how the "
                     "forecast gap of £18.6 million will be closed.", dof, [dof], "February 2026", "2026-02",
         "Green", "Draft strategy considered by Cabinet on 13 January 2026; to Budget Council on 24 February "
         "2026."),
        ("2", "2.2", "Give every savings proposal a named officer and a delivery plan, and report progress to "
                     "the Corporate Leadership Team every month.", f"{dof};\nCorporate Directors",
         [dof, "Corporate Directors"], "Monthly from November 2025", "2025-11", "Green",
         "Monthly savings tracker in place since November 2025. 71% of 2025/26 savings delivered or on track."),
        ("2", "2.3", "Commission an external review of the Council’s fees and charges and of its income from "
                     "commercial property.", "Head of Strategic Finance", ["Head of Strategic Finance"],
         "Q4 2025/26", "2026-03", "Red", ""),
        ("3", "3.1", "Agree with the scrutiny chairs a work programme that includes at least two policy "
                     "development reviews a year.", hds, [hds], "31/03/2026", "2026-03-31", "Amber",
         "Chairs’ workshop held on 15 January. The work programme will follow the new Council Plan, so it is "
         "now expected in April 2026."),
        ("3", "3.2", "Provide training for all scrutiny members on questioning skills and the use of evidence.",
         f"{hds}, with the Member Development Group", [hds, "Member Development Group"], "Oct 2025", "2025-10",
         "Blue", "Complete. Two sessions held in September and October 2025; 31 of the 38 scrutiny members "
                 "attended."),
        ("4", "4.1", "Publish a workforce strategy for 2026 to 2029 with actions on recruitment and retention in "
                     "social work, planning, legal services and building control.",
         "Director of People and Organisational Development", ["Director of People and Organisational Development"],
         "April 2026", "2026-04", "Green", "Staff survey and exit interview data analysed. Draft strategy with "
                                           "trade unions for comment."),
        ("4", "4.2", "Launch a leadership and management development programme for all managers at grade 10 and "
                     "above.", "Head of HR / Learning and Development Manager",
         ["Head of HR", "Learning and Development Manager"], "TBC", None, "Red",
         "Procurement of a provider paused until the budget for 2026/27 is set."),
        ("5", "5.1", "Bring the Council’s performance indicators, risks and budget monitoring together in one "
                     "quarterly report to Cabinet.", hpi, [hpi], "Q1 2026/27", "2026-06", "Green",
         "Report format agreed by the Corporate Leadership Team. First combined report will cover Quarter 1 "
         "of 2026/27."),
        ("5", "5.2", "Set up a corporate data and insight team by bringing together the analysts now working in "
                     "separate directorates.", f"{hpi};\nChief Digital Officer", [hpi, "Chief Digital Officer"],
         "2026/27", "2027-03", "Amber",
         "Business case approved in January 2026, two months later than planned. Staff consultation starts in "
         "March 2026."),
    ]
    statuses = {"Blue": "completed", "Green": "ongoing", "Amber": "ongoing", "Red": None}
    fills = {"Blue": "9DC3E6", "Green": "A9D18E", "Amber": "FFD966", "Red": "F4B183"}
    rows = []
    for number, text, _, _ in recs:
        rows.append([{"text": f"**Peer team recommendation {number}:** {text}", "span": 6, "fill": "DDE5F1"},
                     "<", "<", "<", "<", "<"])
        for a in acts:
            if a[0] == number:
                rows.append([{"text": a[1], "bold": True}, a[2], a[3], a[5],
                             {"text": a[7], "bold": True, "fill": fills[a[7]]}, a[8]])
    blocks = [
        ("p", f"<<{navy}|**CULVERDON CITY COUNCIL**>>"),
        ("title", title),
        ("p", "**Progress update – position at 31 January 2026**"),
        ("table", {"cols": [5.2, 7.0, 4.6, 7.1], "font": 9.5, "rows": [
            [label("Peer challenge on site", "DEEAF6"), "16 to 19 June 2025",
             label("Plan owner", "DEEAF6"), "Chief Executive"],
            [label("Feedback report published", "DEEAF6"), "4 September 2025",
             label("Plan agreed", "DEEAF6"), "Cabinet, 14 October 2025"],
            [label("Progress reported to", "DEEAF6"), "Overview and Scrutiny Management Board; LGA progress "
                                                      "review (spring 2026)",
             label("Version", "DEEAF6"), "3 – updated 6 February 2026"],
        ]}),
        ("ph", 12, f"<<{navy}|Introduction>>"),
        ("p", "A peer team from the Local Government Association spent four days with the Council in June 2025 "
              "as part of the corporate peer challenge programme. The team spoke to more than 180 councillors, "
              "staff, partners and residents. Its feedback report found a council with committed staff, strong "
              "partnerships in its neighbourhoods and a good record on housing delivery, and made five "
              "recommendations. This plan sets out what the Council is doing in response to each of them."),
        ("p", "The peer team will return for a progress review in the spring of 2026. Progress on the plan is "
              "reported to the Corporate Leadership Team every month and to the Overview and Scrutiny "
              "Management Board twice a year. Of the eleven actions, two are complete, five are on track, two "
              "are behind their target date and two have not yet started."),
        ("p", "**RAG key.** **Blue** – complete. **Green** – in progress and on track to meet the target date. "
              "**Amber** – in progress but behind the target date. **Red** – not started, or started and then "
              "stopped; needs the attention of the Corporate Leadership Team."),
        ("table", {"cols": [1.1, 7.4, 3.6, 2.4, 1.5, 7.9], "font": 8.5, "header_fill": "BDD7EE",
                   "header": ["Ref", "Action", "Lead officer", "Target date", "RAG", "Progress to date"],
                   "rows": rows}),
        ("p", "Contact: Corporate Policy Team – corporate.policy@culverdon.example – 01632 960 517"),
    ]
    return {
        "name": "culverdon-corporate-peer-challenge-improvement-action-plan-february-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-06", "doc_title": title, "author": "Corporate Policy Team",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 17, "title_color": navy,
                 "m_header": ("Culverdon City Council", "Corporate Peer Challenge – Improvement Action Plan"),
                 "m_footer": ("Version 3 – progress at 31 January 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a city council's improvement action plan after an LGA corporate peer challenge, at a "
                           "progress update: each peer team recommendation a shaded row above the Council's actions, "
                           "with lead officer, target date, RAG and progress",
                     kind="action-plan", title=title, authority=CULVERDON, date="2026-02-06", meeting=None,
                     recommendations=[recommendation(n, t, verb=v, addressee=a) for n, t, v, a in recs],
                     actions=[action(a[1], a[2], a[4], a[5], a[6], statuses[a[7]]) for a in acts]),
    }


# ---------------------------------------------------------------------------
# AT2. Internal audit follow-up report to the Audit and Governance Committee (python-docx DOCX,
#      NinthMWriter, landscape). A bordered front table, "The Committee is recommended to:" over a Word
#      (a)–(c) list, typed paragraphs, a status key, a counts table, then Appendix A: Ref | Audit | Priority |
#      Agreed action | Owner | Original date | Revised date | Status, the Audit cell merged down.
# ---------------------------------------------------------------------------


def culverdon_audit_follow_up():
    title = "Internal Audit: Follow-up of Agreed Management Actions"
    teal = "0B5563"
    hbs = "Head of Building Safety"
    hp = "Head of Procurement"
    pm = "Payroll Manager"
    isl = "ICT Security Lead"
    recs = [
        ("a", "note the progress made in implementing the agreed management actions set out in Appendix A;",
         "NOTE"),
        ("b", "agree the revised target dates for the four actions shown with a revised date in Appendix A; and",
         "AGREE"),
        ("c", "ask the Director of Housing to attend the next meeting of the Committee to explain the delay to "
              "the actions from the Gas Safety Compliance audit.", "ASK"),
    ]
    gas = "Gas Safety Compliance\n(2024/25 – Limited assurance)"
    pay = "Payroll\n(2024/25 – Reasonable assurance)"
    pcd = "Procurement Cards\n(2025/26 – Limited assurance)"
    cyb = "Cyber Security\n(2024/25 – Reasonable assurance)"
    # (audit, ref, priority, action, owner cell, owners, original, revised, timeframe, due, status word)
    acts = [
        (gas, "GSC-01", "High", "Reconcile the gas servicing database with the housing management system every "
                                "month so that every council home with a gas appliance is on the servicing "
                                "programme.", hbs, [hbs], "30/09/2025", "31/05/2026", "31/05/2026", "2026-05-31",
         "In progress"),
        (gas, "GSC-02", "High", "Report the number of homes without a valid gas safety certificate to the Housing "
                                "Management Team every week, with the reason for each.",
         f"{hbs} /\nCompliance Manager", [hbs, "Compliance Manager"], "31/08/2025", "–", "31/08/2025",
         "2025-08-31", "Implemented"),
        (gas, "GSC-04", "Medium", "Review the procedure for homes where tenants refuse access, including when "
                                  "legal action is started.", "Compliance Manager;\nLegal Services",
         ["Compliance Manager", "Legal Services"], "Dec 2025", "–", "Dec 2025", "2025-12", "Overdue"),
        (pay, "PAY-01", "Medium", "Check a sample of 25 starters, leavers and changes against signed authorisation "
                                  "forms each month.", pm, [pm], "31 October 2025", "–", "31 October 2025",
         "2025-10-31", "Implemented"),
        (pay, "PAY-03", "Low", "Remove access to the payroll system from staff who no longer need it, and review "
                               "access every six months.", f"{pm}, {isl}", [pm, isl], "Q3 2025/26", "Q1 2026/27",
         "Q1 2026/27", "2026-06", "In progress"),
        (pcd, "PCD-01", "High", "Withdraw procurement cards from holders who have not used them in the last six "
                                "months.", hp, [hp], "30/11/2025", "–", "30/11/2025", "2025-11-30", "Implemented"),
        (pcd, "PCD-02", "High", "Require every card transaction over £500 to be approved by the cardholder’s line "
                                "manager in the card system before the monthly statement is closed.",
         f"{hp} /\nFinance Systems Manager", [hp, "Finance Systems Manager"], "31/01/2026", "30/04/2026",
         "30/04/2026", "2026-04-30", "In progress"),
        (pcd, "PCD-03", "Medium", "Publish updated procurement card guidance and ask every cardholder to confirm "
                                  "that they have read it.", hp, [hp], "April 2026", "–", "April 2026", "2026-04",
         "Not started"),
        (cyb, "CYB-02", "High", "Complete the move of all remaining servers to supported operating systems.",
         "Chief Digital Officer", ["Chief Digital Officer"], "31 March 2025", "30/09/2026\n(revised twice)",
         "30/09/2026 (revised twice)", "2026-09-30", "In progress"),
        (cyb, "CYB-05", "Medium", "Run a phishing simulation exercise for all staff at least twice a year and "
                                  "report the results to the Information Governance Board.", isl, [isl],
         "Sept 2025", "–", "Sept 2025", "2025-09", "Implemented"),
    ]
    statuses = {"Implemented": "completed", "In progress": "ongoing", "Overdue": None, "Not started": "not-started"}
    fills = {"Implemented": "C6E0B4", "In progress": "FFE699", "Overdue": "F8CBAD", "Not started": "D9D9D9"}
    pri = {"High": "C00000", "Medium": "C55A11", "Low": "548235"}
    rows = []
    for i, a in enumerate(acts):
        audit_cell = "^"
        if i == 0 or acts[i - 1][0] != a[0]:
            span = sum(1 for b in acts if b[0] == a[0])
            audit_cell = {"text": a[0], "vspan": span, "fill": "F2F2F2"}
        rows.append([{"text": a[1], "bold": True}, audit_cell, f"<<{pri[a[2]]}|**{a[2]}**>>", a[3], a[4], a[6],
                     a[7], {"text": a[10], "bold": True, "fill": fills[a[10]]}])
    blocks = [
        ("p", f"<<{teal}|**CULVERDON CITY COUNCIL**>>"),
        ("table", {"cols": [5.0, 18.9], "font": 10, "rows": [
            [label("Report to", "D5E8EC"), "Audit and Governance Committee"],
            [label("Date of meeting", "D5E8EC"), "17 March 2026"],
            [label("Report of", "D5E8EC"), "Head of Internal Audit"],
            [label("Wards affected", "D5E8EC"), "None specifically"],
            [label("Exempt", "D5E8EC"), "No"],
            [label("Contact", "D5E8EC"), "internal.audit@culverdon.example – 01632 960 588"],
        ]}),
        ("title", title),
        ("ph", 12, f"<<{teal}|1.\tRecommendations>>"),
        ("p", "The Committee is recommended to:"),
        ("list", "(a)", 1, [r[1] for r in recs]),
        ("ph", 12, f"<<{teal}|2.\tPurpose and background>>"),
        ("pn", "2.1\tThe Committee receives a report on the follow-up of agreed management actions three times a "
               "year. When Internal Audit finishes an audit, the service agrees actions to address each finding, "
               "with an owner and a target date. Internal Audit then asks each owner for evidence that the action "
               "has been carried out."),
        ("pn", "2.2\tThis report covers the 10 actions that were open at the last report, or that fell due "
               "between 1 November 2025 and 28 February 2026, from four audits. Actions from audits finished "
               "after 1 January 2026 are not yet due and are not listed."),
        ("pn", "2.3\tIn the Gas Safety Compliance audit, Internal Audit recommended that the Council report "
               "compliance with gas safety checks to the Committee each quarter. This was agreed by the "
               "Corporate Leadership Team and is now part of the Council’s quarterly performance report."),
        ("ph", 12, f"<<{teal}|3.\tSummary of progress>>"),
        ("pn", "3.1\tInternal Audit uses the following status words:"),
        ("p", "**Implemented** – the action has been completed and Internal Audit has seen evidence of this. "
              "**In progress** – work has started and the action is expected to be completed by its target date "
              "(or its revised date). **Overdue** – the target date has passed and the action has not been "
              "implemented. **Not started** – work on the action has not yet begun."),
        ("table", {"cols": [6.0, 3.0], "font": 9.5, "header_fill": "D5E8EC",
                   "header": ["Status", "Actions"],
                   "rows": [["Implemented", "4"], ["In progress", "4"], ["Overdue", "1"], ["Not started", "1"],
                            [{"text": "Total", "bold": True}, {"text": "10", "bold": True}]]}),
        ("pn", "3.2\tFour actions have had their target date revised. The owners have given reasons for each and "
               "the Head of Internal Audit considers the new dates realistic. The server upgrade (CYB-02) has "
               "been revised twice because of the wider move to cloud hosting; the risk is managed through "
               "extra monitoring of the older servers."),
        ("pn", "3.3\tThe Gas Safety Compliance actions remain a concern. The reconciliation of the two systems "
               "(GSC-01) has found 37 homes that were missing from the servicing programme; all have since had "
               "a check. The review of the access procedure (GSC-04) is overdue and no revised date has been "
               "proposed."),
        ("ph", 12, f"<<{teal}|4.\tImplications>>"),
        ("pn", "4.1\tThere are no direct financial implications. Actions that are not implemented leave the "
               "risks identified by the audits in place, and may affect the annual opinion of the Head of "
               "Internal Audit for 2025/26."),
        ("break",),
        ("ph", 13, f"<<{teal}|Appendix A – Agreed management actions: position at 28 February 2026>>"),
        ("table", {"cols": [1.9, 3.2, 1.7, 6.4, 3.4, 2.3, 2.4, 2.6], "font": 8.5, "header_fill": "9CC9D3",
                   "header": ["Ref", "Audit", "Priority", "Agreed action", "Owner", "Original date",
                              "Revised date", "Status"],
                   "rows": rows}),
    ]
    return {
        "name": "culverdon-audit-and-governance-committee-internal-audit-follow-up-march-2026",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-03-05", "doc_title": title, "author": "Head of Internal Audit",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 16, "title_color": teal,
                 "m_header": ("Culverdon City Council – Audit and Governance Committee", "17 March 2026"),
                 "m_footer": ("Internal Audit follow-up report", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="an internal audit follow-up report to a city council's audit and governance committee: "
                           "a covering (a)–(c) recommendation list and an appendix of agreed management actions "
                           "with owner, original and revised dates and status",
                     kind="tracker", title=title, authority=CULVERDON, date="2026-03-17",
                     meeting="Audit and Governance Committee",
                     recommendations=[recommendation(n, t, verb=v, addressee="Committee") for n, t, v in recs],
                     actions=[action(a[1], a[3], a[5], a[8], a[9], statuses[a[10]]) for a in acts]),
    }


# ---------------------------------------------------------------------------
# AT3. Health and wellbeing partnership delivery plan 2026–2028 (HTML → Chromium, A4 portrait, CSS page-margin
#      boxes). A partnership line, a details table, plan years defined, three priorities each with a
#      paragraph and a table Ref | What we will do | Lead partner | Supporting partners | Timescale (no
#      status), a measures table (not items) and how the plan is governed.
# ---------------------------------------------------------------------------


def oakenvale_delivery_plan():
    title = "Healthier Oakenvale: Delivery Plan 2026 to 2028"
    green = "2E6B30"
    psh = "Oakenvale District Council (Private Sector Housing)"
    pcn = "Oakenvale Primary Care Network"
    olt = "Oakenvale Leisure Trust"
    ca = "Oakenvale Citizens Advice"
    # (priority, ref, action, lead cell, owners, supporting, timescale cell, due)
    acts = [
        (1, "1.1", "Offer a home energy and money check to every household referred to the Warm Homes Oakenvale "
                   "scheme, combining an energy efficiency visit with a benefits check.", f"{psh} /\n{ca}",
         [psh, ca], "Wealdmoor Fire and Rescue Service", "Year 1", "2027-03"),
        (1, "1.2", "Train 60 front-line staff across the partnership to spot damp, mould and cold homes and refer "
                   "people to the right service.", "Oakenvale District Council (Environmental Health)",
         ["Oakenvale District Council (Environmental Health)"], "Housing associations; Age Concern Oakenvale",
         "September 2026", "2026-09"),
        (1, "1.3", "Bid for the next round of national funding for energy efficiency works in private rented "
                   "homes.", psh, [psh], "", "When the funding round opens", None),
        (2, "2.1", "Extend social prescribing to every GP practice in the district, with at least one link worker "
                   "based in each practice.", f"{pcn};\nNHS Wealdmoor Integrated Care Board",
         [pcn, "NHS Wealdmoor Integrated Care Board"], "Oakenvale Community Action", "Years 1–2", "2028-03"),
        (2, "2.2", "Run a small grants scheme for community groups that bring isolated people together, with at "
                   "least 20 grants a year.", "Oakenvale Community Foundation", ["Oakenvale Community Foundation"],
         "Oakenvale District Council (Communities)", "Q3 2026/27", "2026-12"),
        (2, "2.3", "Give money and debt advice in the places people already go, including GP surgeries, food banks "
                   "and the Jobcentre.", ca, [ca], pcn, "Ongoing", None),
        (3, "3.1", "Open the refurbished Millbrook Leisure Centre with a programme of low-cost sessions for people "
                   "who are inactive.", olt, [olt], "Oakenvale District Council (Leisure Client)", "April 2027",
         "2027-04"),
        (3, "3.2", "Map and promote safe walking and cycling routes to every secondary school and the three market "
                   "towns.", "Wealdmoor County Council (Highways) and Oakenvale District Council (Planning Policy)",
         ["Wealdmoor County Council (Highways)", "Oakenvale District Council (Planning Policy)"], "Schools",
         "Year 2", "2028-03"),
        (3, "3.3", "Offer a free 12-week physical activity programme to people referred by their GP or practice "
                   "nurse.", f"{olt}, with {pcn}", [olt, pcn], "", "From October 2026", "2026-10"),
    ]
    priorities = {
        1: ("Priority 1: Warm, safe and healthy homes",
            "Around 4,100 households in Oakenvale are in fuel poverty, and the district has more homes built before "
            "1919 than any other in the county. Cold and damp homes make breathing and heart conditions worse and "
            "lead to avoidable hospital stays each winter. By March 2028 we want fewer people living in cold, "
            "damp homes and more households getting the financial help they are entitled to."),
        2: ("Priority 2: Good mental wellbeing and connected communities",
            "One adult in five in our 2025 residents’ survey said they often or always feel lonely, rising to one in "
            "three among people living alone in the rural parishes. We want more people to feel connected to "
            "others and to know where to turn when money worries or low mood become too much."),
        3: ("Priority 3: Active lives",
            "A third of adults in Oakenvale do less than 30 minutes of physical activity a week. The gap between "
            "the most and least active wards is widening. We want it to be easier and cheaper to be active every "
            "day, especially for people with long-term conditions."),
    }
    blocks = [
        ("p", f"<<{green}|**OAKENVALE HEALTH AND WELLBEING PARTNERSHIP**>>"),
        ("p", "<<666666|Oakenvale District Council · NHS Wealdmoor Integrated Care Board · Wealdmoor County Council "
              "Public Health · Oakenvale Primary Care Network · Oakenvale Citizens Advice · Oakenvale Leisure Trust "
              "· Oakenvale Community Action>>"),
        ("title", title),
        ("table", {"cols": [4.2, 12.8], "borders": False, "font": 9.5, "rows": [
            [{"text": "Strategy:", "bold": True}, "Oakenvale Health and Wellbeing Strategy 2026 to 2030"],
            [{"text": "Version:", "bold": True}, "1.0 – agreed by the Partnership Board on 21 May 2026"],
            [{"text": "Plan owner:", "bold": True}, "Chair of the Oakenvale Health and Wellbeing Partnership"],
            [{"text": "Contact:", "bold": True}, "Partnership Officer – health.partnership@oakenvale.example – "
                                                 "01632 960 655"],
        ]}),
        ("h", 2, "About this plan"),
        ("p", "The Oakenvale Health and Wellbeing Partnership brings together the organisations that work to improve "
              "health in the district. It is hosted by Oakenvale District Council, which provides its Partnership "
              "Officer. In March 2026 the Partnership agreed a four-year Health and Wellbeing Strategy with three "
              "priorities. This plan sets out what the partners will do in the first two years to deliver them, "
              "which organisation leads each action and when it should be done."),
        ("p", "Timescales are given as plan years where an action runs over a longer period. **Year 1** runs from "
              "April 2026 to March 2027 and **Year 2** from April 2027 to March 2028. The lead partner is "
              "responsible for the action and reports on it; supporting partners help to deliver it."),
    ]
    for number in (1, 2, 3):
        heading, text = priorities[number]
        rows = [[{"text": a[1], "bold": True}, a[2], a[3], a[5], a[6]] for a in acts if a[0] == number]
        blocks += [
            ("h", 2, heading),
            ("p", text),
            ("table", {"cols": [1.2, 6.6, 4.1, 3.2, 2.3], "font": 9, "header_fill": "D8EAD3",
                       "header": ["Ref", "What we will do", "Lead partner", "Supporting partners", "Timescale"],
                       "rows": rows}),
        ]
    blocks += [
        ("h", 2, "How we will know it is working"),
        ("p", "The Partnership will track these measures alongside the actions. They are the same measures as in "
              "the Strategy’s outcomes framework."),
        ("table", {"cols": [8.2, 3.0, 3.0, 3.2], "font": 9, "header_fill": "D8EAD3",
                   "header": ["Measure", "Baseline", "Year", "Aim"],
                   "rows": [
                       ["Households in fuel poverty", "4,100 (10.8%)", "2024", "Fewer"],
                       ["Emergency admissions for breathing conditions, per 100,000", "612", "2024/25", "Fewer"],
                       ["Adults who often or always feel lonely", "20%", "2025", "Fewer"],
                       ["People seen by a social prescribing link worker", "1,240", "2025/26", "More"],
                       ["Adults doing less than 30 minutes of activity a week", "33%", "2024/25", "Fewer"],
                   ]}),
        ("h", 2, "How the plan is governed"),
        ("p", "Lead partners report progress to the Partnership’s officer group every quarter. The Partnership "
              "Board reviews the plan every six months and agrees the actions for Year 3 and Year 4 in the spring "
              "of 2028. Progress reports are published on the District Council’s website."),
    ]
    css = ("@page { margin: 20mm 16mm 18mm 16mm; "
           "@top-left { content: \"Oakenvale Health and Wellbeing Partnership\"; font-family: 'Liberation Sans', "
           "sans-serif; font-size: 8pt; font-style: italic; color: #555555; } "
           "@top-right { content: \"Delivery Plan 2026 to 2028 – version 1.0\"; font-family: 'Liberation Sans', "
           "sans-serif; font-size: 8pt; font-style: italic; color: #555555; } "
           "@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 18pt; margin: 6pt 0 8pt 0; }\n"
           "h2 { color: #2E6B30; font-size: 12.5pt; page-break-after: avoid; }\n"
           "table { page-break-inside: avoid; }\n")
    return {
        "name": "oakenvale-health-and-wellbeing-partnership-delivery-plan-2026-2028",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "css_font": "'Liberation Sans', sans-serif",
                 "size": 10, "title_color": green},
        "blocks": blocks,
        "gold": dict(genre="a district health and wellbeing partnership's two-year delivery plan for its strategy: "
                           "a table per priority, What we will do | Lead partner | Supporting partners | Timescale, "
                           "plan years defined, no status",
                     kind="action-plan", title=title, authority=OAKENVALE, date="2026-05-21", meeting=None,
                     actions=[action(a[1], a[2], a[4], a[6], a[7], None) for a in acts]),
    }


# ---------------------------------------------------------------------------
# AT4. Domestic abuse action plan progress report, Quarter 2 2026/27 (Markdown → pandoc DOCX → LibreOffice).
#      A line block of details, one "The Board is asked to note … and to agree …" sentence, a counts table,
#      then each action as a bold "Action n.n:" paragraph, a plain "Lead: … Due: … Status: …" line and a
#      progress paragraph, under Heading 3 priorities.
# ---------------------------------------------------------------------------


def oakenvale_domestic_abuse_progress():
    title = "Domestic Abuse Action Plan 2025 to 2027: Progress Report for Quarter 2, 2026/27"
    dapc = "Domestic Abuse Partnership Coordinator"
    hoo = "Oakenvale District Council (Housing Options)"
    ask = ("The Board is asked to note the progress made on the action plan in Quarter 2 and to agree the revised "
           "date for action 1.2 proposed in section 5.")
    # (priority, ref, action, lead words, owners, due words, due, status word, progress)
    acts = [
        (1, "1.1", "Train 200 front-line staff across the district to recognise domestic abuse and make a safe "
                   "referral.", dapc, [dapc], "March 2027", "2027-03", "On track",
         "148 staff from 14 organisations have now been trained, 39 of them this quarter. Places on the two "
         "sessions planned for January are already full."),
        (1, "1.2", "Put a trained domestic abuse champion in every GP practice in Oakenvale.",
         "Oakenvale Primary Care Network / NHS Wealdmoor Integrated Care Board (Safeguarding)",
         ["Oakenvale Primary Care Network", "NHS Wealdmoor Integrated Care Board (Safeguarding)"],
         "September 2026", "2026-09", "Delayed",
         "Nine of the twelve practices have a champion. The other three have had staff changes; the Network "
         "expects all three to have a trained champion by January 2027."),
        (1, "1.3", "Run a campaign in pubs, clubs and taxis about controlling behaviour and where to get help.",
         "Oakenvale District Council (Community Safety)", ["Oakenvale District Council (Community Safety)"],
         "December 2025", "2025-12", "Complete",
         "The bar staff campaign and the taxi campaign ran over Christmas 2025. The evaluation was reported to "
         "the Board in June."),
        (2, "2.1", "Open four more units of dispersed safe accommodation for survivors and their children.",
         f"{hoo}, with Oakenvale Housing Association", [hoo, "Oakenvale Housing Association"], "Q4 2026/27",
         "2027-03", "On track",
         "Two units opened in August. Two more have been identified and are being furnished."),
        (2, "2.2", "Agree a domestic abuse housing policy with all social landlords in the district, covering "
                   "management transfers and help to stay safely at home.", hoo, [hoo], "June 2026", "2026-06",
         "Complete", "Policy agreed by all five landlords in June and published on each landlord’s website."),
        (2, "2.3", "Give survivors free, specialist money and debt advice, including help with coerced debt.",
         "Oakenvale Citizens Advice", ["Oakenvale Citizens Advice"], "Ongoing", None, "On track",
         "61 survivors were helped this quarter. Debts of £94,300 were written off or made manageable."),
        (3, "3.1", "Commission a support programme for children and young people who have experienced domestic "
                   "abuse.", "Wealdmoor County Council (Children’s Services)",
         ["Wealdmoor County Council (Children’s Services)"], "April 2027", "2027-04", "Not started",
         "The County Council will start the commissioning in January, once its funding for 2027/28 is known."),
        (3, "3.2", "Set up a behaviour change programme for people who use abusive behaviour, with a support "
                   "service for their partners.",
         f"Office of the Police and Crime Commissioner for Wealdmoor; {dapc}",
         ["Office of the Police and Crime Commissioner for Wealdmoor", dapc], "Q3 2026/27", "2026-12", "Delayed",
         "The first provider withdrew in July. A new provider has been chosen and the programme is now expected "
         "to start in February 2027."),
    ]
    statuses = {"Complete": "completed", "On track": "ongoing", "Delayed": "ongoing", "Not started": "not-started"}
    priorities = {1: "Priority 1: Spotting abuse early", 2: "Priority 2: Safe homes and support",
                  3: "Priority 3: Children, young people and changing behaviour"}
    counts = "\n".join([
        "| Status | Actions |",
        "|:--|--:|",
        "| Complete | 2 |",
        "| On track | 3 |",
        "| Delayed | 2 |",
        "| Not started | 1 |",
        "| **Total** | **8** |",
    ])
    md = [
        "**OAKENVALE DOMESTIC ABUSE PARTNERSHIP**",
        "| **Meeting:** Domestic Abuse Partnership Board\n"
        "| **Date:** 12 November 2026\n"
        "| **Agenda item:** 6\n"
        "| **Report of:** Domestic Abuse Partnership Coordinator\n"
        "| **Classification:** OFFICIAL",
        f"# {title}",
        "## 1. What the Board is asked to do",
        ask,
        "## 2. Background",
        "2.1 The Oakenvale Domestic Abuse Partnership is hosted by Oakenvale District Council. Its members "
        "include the District Council, Wealdmoor County Council, Wealdmoor Police, NHS Wealdmoor Integrated Care "
        "Board, the five social landlords in the district, Oakenvale Citizens Advice and Oakenvale Women’s Aid.",
        "2.2 The Board agreed its Domestic Abuse Action Plan 2025 to 2027 in April 2025. It has eight actions "
        "under three priorities. This report sets out progress on each action at the end of September 2026.",
        "## 3. Summary",
        "3.1 Each action is given one of four status words. *Complete* means the action is finished. *On track* "
        "means work is under way and is expected to meet its due date. *Delayed* means work is under way but "
        "will miss its due date. *Not started* means work has not begun.",
        counts,
        "3.2 Two actions are delayed. Both have a new expected date, set out under the action. Calls to the "
        "Wealdmoor domestic abuse helpline from Oakenvale addresses rose by 14% on the same quarter last year, "
        "which the Partnership believes reflects greater awareness rather than more abuse.",
        "## 4. Progress on each action",
    ]
    for number in (1, 2, 3):
        md.append(f"### {priorities[number]}")
        for a in acts:
            if a[0] != number:
                continue
            md += [
                f"**Action {a[1]}: {a[2]}**",
                f"Lead: {a[3]}. Due: {a[5]}. Status: {a[7]}.",
                a[8],
            ]
    md += [
        "## 5. Change to the plan",
        "5.1 Because three practices have new staff, the Network has asked for the due date of action 1.2 to be "
        "moved from September 2026 to January 2027. The Coordinator supports the request.",
        "## 6. Next quarter",
        "6.1 In the next quarter the Partnership will:",
        "- hold its annual survivors’ forum in December;\n"
        "- publish the refreshed directory of local support services; and\n"
        "- begin work on the needs assessment that will inform the next plan.",
        "*Contact: Domestic Abuse Partnership Coordinator – da.partnership@oakenvale.example – 01632 960 671*",
    ]
    return {
        "name": "oakenvale-domestic-abuse-partnership-action-plan-progress-report-q2-2026-27",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-10-30"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a district domestic abuse partnership's quarterly progress report on its action plan, "
                           "written as narrative: each action a bold line, then Lead / Due / Status in words and a "
                           "progress paragraph, with one covering ask of the Board",
                     kind="action-plan", title=title, authority=OAKENVALE, date="2026-11-12",
                     meeting="Domestic Abuse Partnership Board",
                     recommendations=[recommendation(None, ask, verb="NOTE", addressee="Board")],
                     actions=[action(a[1], a[2], a[4], a[5], a[6], statuses[a[7]]) for a in acts]),
    }


# ---------------------------------------------------------------------------
# AT5. Report to the Overview and Scrutiny Management Board presenting a draft digital inclusion action plan
#      (Markdown → pandoc DOCX). A line block, "That the Board:" over typed (a)–(c), typed paragraphs, a
#      figures pipe table (not items), and after a page break Appendix A: one grid table per theme
#      Ref | Action | Lead | By when (no status).
# ---------------------------------------------------------------------------


def culverdon_digital_inclusion():
    title = "Digital Inclusion Action Plan 2026 to 2028"
    csm = "Customer Services Manager"
    recs = [
        ("a", "comments on the draft Digital Inclusion Action Plan at Appendix A;", "COMMENTS"),
        ("b", "recommends to Cabinet that it adopts the Action Plan, with any changes the Board proposes, at its "
              "meeting on 7 July 2026; and", "RECOMMENDS"),
        ("c", "agrees to receive a report on progress against the Action Plan in June 2027.", "AGREES"),
    ]
    # (theme, ref, action, lead cell (pandoc), owners, by when, due)
    acts = [
        ("Theme 1: Skills and confidence", "DI1", "Offer free drop-in digital skills sessions in all seven city "
                                                  "libraries at least once a week.", "Head of Libraries and Culture",
         ["Head of Libraries and Culture"], "September 2026", "2026-09"),
        ("Theme 1: Skills and confidence", "DI2", "Train 40 Digital Champions among council staff and volunteers "
                                                  "to help residents use online services.",
         f"{csm} / Volunteering Coordinator", [csm, "Volunteering Coordinator"], "March 2027", "2027-03"),
        ("Theme 1: Skills and confidence", "DI3", "Lend refurbished laptops and tablets, with 12 months of free "
                                                  "mobile data, to households referred by partners.",
         "Chief Digital Officer;\n\nCulverdon Community Foundation",
         ["Chief Digital Officer", "Culverdon Community Foundation"], "From October 2026", "2026-10"),
        ("Theme 2: Services that work for everyone", "DI4", "Keep a telephone and face-to-face route for every "
                                                            "council service that is moved online.",
         "Corporate Directors", ["Corporate Directors"], "Ongoing", None),
        ("Theme 2: Services that work for everyone", "DI5", "Test every new online form with residents who have "
                                                            "low digital confidence before it goes live.",
         "Head of Customer Experience", ["Head of Customer Experience"], "Q3 2026/27", "2026-12"),
        ("Theme 2: Services that work for everyone", "DI6", "Publish a directory of free Wi-Fi and public "
                                                            "computers in the city, in print and online.",
         f"{csm}, with Culverdon Libraries", [csm, "Culverdon Libraries"], "", None),
        ("Theme 3: Connectivity and evidence", "DI7", "Map where residents cannot get a good broadband or mobile "
                                                      "signal and share the results with the network operators.",
         "Head of Economic Development", ["Head of Economic Development"], "2026/27", "2027-03"),
        ("Theme 3: Connectivity and evidence", "DI8", "Add questions on digital access and skills to the "
                                                      "Council’s residents’ survey so that progress can be "
                                                      "measured.", "Head of Performance and Insight",
         ["Head of Performance and Insight"], "November 2026", "2026-11"),
    ]
    figures = "\n".join([
        "| Measure (Culverdon residents' survey 2025) | All residents | Aged 75+ | Social housing tenants |",
        "|:---------------------------------|-----------:|-----------:|-----------:|",
        "| Have not used the internet in the last three months | 7% | 31% | 14% |",
        "| Use the internet only on a smartphone | 12% | 9% | 26% |",
        "| Not confident filling in a form online | 18% | 52% | 29% |",
        "| Cut back on mobile data or broadband to save money | 11% | 4% | 23% |",
    ])
    md = [
        "**CULVERDON CITY COUNCIL**",
        "| **Report to:** Overview and Scrutiny Management Board\n"
        "| **Date:** 9 June 2026\n"
        "| **Report of:** Chief Digital Officer\n"
        "| **Cabinet Member:** Cabinet Member for Resources and Digital\n"
        "| **Wards affected:** All\n"
        "| **Exempt:** No",
        f"# {title}",
        "## 1. Purpose of the report",
        "1.1 This report presents the draft Digital Inclusion Action Plan for the Board to comment on before "
        "it goes to Cabinet. The plan responds to the Board’s own review of access to council services, reported "
        "in November 2025, and to the Council’s Customer Strategy, which moves more services online.",
        "## 2. Recommendations",
        "That the Board:",
    ] + [f"\\({n}) {t}" for n, t, _ in recs] + [
        "## 3. Background",
        "3.1 Most residents now contact the Council online, but a significant minority cannot or will not. The "
        "2025 residents’ survey shows who is most likely to be left out.",
        figures,
        "3.2 Many services in the city already help people get online, including the libraries, Culverdon "
        "Community Foundation’s device bank and adult learning. Partners told officers that residents do not "
        "know what is available, and that help is hardest to find for people who have no device at all.",
        "## 4. The draft action plan",
        "4.1 The plan has eight actions under three themes: skills and confidence; services that work for "
        "everyone; and connectivity and evidence. Each action has a lead officer and a date. Actions will be "
        "delivered within existing budgets, apart from the device lending scheme (DI3), which is funded by a "
        "grant of £85,000 from the Culverdon Community Foundation.",
        "4.2 The Board’s review recommended that the Council should never make an online form the only way to "
        "apply for a service. Action DI4 puts this into practice.",
        "## 5. Implications",
        "5.1 Financial: as set out in 4.1. Equalities: the plan is expected to have a positive impact on older "
        "and disabled residents and on people on low incomes. An Equality Impact Assessment will go to Cabinet "
        "with the plan.",
        "## 6. Background papers",
        "6.1 Overview and Scrutiny Management Board, 18 November 2025: Access to council services – review "
        "report. Culverdon Customer Strategy 2025 to 2028.",
        PAGE_BREAK_MD,
        "## Appendix A – Draft Digital Inclusion Action Plan 2026 to 2028",
        "The lead officer is responsible for each action. Progress will be reported to the Board in June 2027.",
    ]
    theme = None
    rows = []

    def flush():
        if rows:
            md.append(grid_table([9, 50, 24, 19], ["Ref", "Action", "Lead", "By when"], list(rows)))
            rows.clear()

    for a in acts:
        if a[0] != theme:
            flush()
            theme = a[0]
            md.append(f"### {theme}")
        rows.append([f"**{a[1]}**", a[2], a[3], a[5]])
    flush()
    md.append("*Contact: Digital Inclusion Lead – digital.inclusion@culverdon.example – 01632 960 529*")
    return {
        "name": "culverdon-osmb-digital-inclusion-action-plan-2026-2028",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-05-28"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a report to a city council's overview and scrutiny management board presenting a draft "
                           "digital inclusion action plan: a covering (a)–(c) list and the plan appended as tables "
                           "Ref | Action | Lead | By when",
                     kind="committee-report", title=title, authority=CULVERDON, date="2026-06-09",
                     meeting="Overview and Scrutiny Management Board",
                     recommendations=[recommendation(n, t, verb=v, addressee="Board") for n, t, v in recs],
                     actions=[action(a[1], a[2], a[4], a[5] or None, a[6], None) for a in acts]),
    }


# ---------------------------------------------------------------------------
# AT6. The health and wellbeing strategy's "plan on a page" and outcomes framework (python-docx →
#      LibreOffice, landscape, NinthMWriter). A vision, a four-column ambitions table, principles, and an
#      outcomes framework table of measures. Nothing to find.
# ---------------------------------------------------------------------------


def oakenvale_plan_on_a_page():
    title = "Oakenvale Health and Wellbeing Strategy 2026 to 2030: Our Plan on a Page"
    green = "2E6B30"
    pale = "E2EFDA"
    blocks = [
        ("p", f"<<{green}|**OAKENVALE HEALTH AND WELLBEING PARTNERSHIP**>>"),
        ("title", title),
        ("p", "**Published June 2026**"),
        ("box", [
            ("p", f"<<{green}|**Our vision**>>"),
            ("p", "Everyone in Oakenvale has the chance to live a long, healthy and happy life, wherever they live "
                  "in the district and whatever their income."),
        ]),
        ("table", {"cols": [5.9, 5.9, 5.9, 6.2], "font": 9.5, "header_fill": "A9D08E",
                   "header": ["Warm, safe and healthy homes", "Good mental wellbeing and connected communities",
                              "Active lives", "Fair chances from the start"],
                   "rows": [
                       ["Homes that are warm, dry and safe, and help for the households who struggle to heat "
                        "them.",
                        "People feel connected to others and know where to turn when money worries or low mood "
                        "become too much.",
                        "Being active is easy, cheap and part of everyday life, in towns and villages alike.",
                        "Every child has a healthy start, and young people leave school ready for work, study "
                        "and adult life."],
                       [{"text": "What will be different by 2030", "bold": True, "fill": pale, "span": 4},
                        "<", "<", "<"],
                       ["Fewer homes with serious damp and mould; fewer winter admissions for breathing "
                        "conditions.",
                        "Fewer adults who often feel lonely; more people using community groups and social "
                        "prescribing.",
                        "Fewer inactive adults; more children walking or cycling to school.",
                        "More children ready for school at five; fewer young people not in education, "
                        "employment or training."],
                   ]}),
        ("ph", 12, f"<<{green}|Our principles>>"),
        ("list", "bullet", 1, [
            "**Prevention first** – we will put more of our effort into stopping problems before they start.",
            "**Fairness** – we will give most attention to the places and people with the poorest health.",
            "**Working together** – no single organisation can do this alone.",
            "**Listening** – we will involve residents in deciding what we do and in judging whether it works.",
        ]),
        ("p", "This plan on a page summarises the Strategy agreed by the Oakenvale Health and Wellbeing Partnership. "
              "The Partnership is hosted by Oakenvale District Council. The actions that partners are taking are "
              "set out in the Healthier Oakenvale Delivery Plan, which is published separately and reviewed "
              "every six months."),
        ("break",),
        ("ph", 13, f"<<{green}|Outcomes framework>>"),
        ("p", "These are the measures the Partnership will use to judge whether the Strategy is making a "
              "difference. Each is published every year, so that progress can be compared with the baseline."),
        ("table", {"cols": [4.4, 8.2, 3.2, 2.2, 3.4, 2.5], "font": 9, "header_fill": "A9D08E",
                   "header": ["Ambition", "Measure", "Baseline", "Year", "Source", "Aim"],
                   "rows": [
                       [{"text": "Warm, safe and healthy homes", "vspan": 2, "fill": pale},
                        "Households in fuel poverty", "10.8%", "2024", "National statistics", "Fewer"],
                       ["^", "Emergency admissions for breathing conditions, per 100,000", "612", "2024/25",
                        "Hospital data", "Fewer"],
                       [{"text": "Good mental wellbeing and connected communities", "vspan": 2, "fill": pale},
                        "Adults who often or always feel lonely", "20%", "2025", "Residents’ survey", "Fewer"],
                       ["^", "People seen by a social prescribing link worker", "1,240", "2025/26",
                        "Primary care data", "More"],
                       [{"text": "Active lives", "vspan": 2, "fill": pale},
                        "Adults doing less than 30 minutes of activity a week", "33%", "2024/25",
                        "Adult activity survey", "Fewer"],
                       ["^", "Children who walk, cycle or scoot to school", "46%", "2025", "School travel survey",
                        "More"],
                       [{"text": "Fair chances from the start", "vspan": 2, "fill": pale},
                        "Children with a good level of development at age five", "66.2%", "2024/25",
                        "Department for Education", "More"],
                       ["^", "16 and 17 year olds not in education, employment or training", "4.9%", "2025",
                        "County Council data", "Fewer"],
                   ]}),
        ("ph", 12, f"<<{green}|Words we use>>"),
        ("table", {"cols": [5.0, 18.9], "rules": True, "font": 9, "rows": [
            [{"text": "Fuel poverty", "bold": True},
             "A household that cannot afford to keep its home warm after paying for its other needs."],
            [{"text": "Social prescribing", "bold": True},
             "When a GP or other professional refers someone to a link worker, who helps them find local "
             "activities, groups and advice."],
            [{"text": "Inactive", "bold": True}, "Doing less than 30 minutes of moderate physical activity a week."],
            [{"text": "Baseline", "bold": True}, "The latest figure available when the Strategy was agreed."],
        ]}),
        ("p", "<<666666|Contact: Partnership Officer – health.partnership@oakenvale.example – 01632 960 655>>"),
    ]
    return {
        "name": "oakenvale-health-and-wellbeing-strategy-plan-on-a-page-2026-2030",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-06-01", "doc_title": title, "author": "Oakenvale Health and Wellbeing Partnership",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 16, "title_color": green, "box_width": 23.9,
                 "m_header": ("Oakenvale Health and Wellbeing Partnership", "Health and Wellbeing Strategy 2026 to 2030"),
                 "m_footer": ("Plan on a page – June 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a district health and wellbeing strategy's plan on a page and outcomes framework: vision, "
                           "ambitions, principles, measures with baselines and a glossary, with no actions, owners "
                           "or dates",
                     kind="other", title=title, authority=OAKENVALE, date="2026-06", meeting=None),
    }


PAPERS = [culverdon_peer_challenge_plan, culverdon_audit_follow_up, oakenvale_delivery_plan,
          oakenvale_domestic_abuse_progress, culverdon_digital_inclusion, oakenvale_plan_on_a_page]
