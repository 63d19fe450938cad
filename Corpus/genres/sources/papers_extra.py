"""A needs assessment with a recommendations table and an action-plan appendix, and a
unitary committee report whose recommendations are printed twice (made-up)."""

from gold import action, recommendation
from papers_plans import AMBER, GREEN, GREY, RED

# ---------------------------------------------------------------------------
# 18. Drug and alcohol needs assessment (PDF via LibreOffice): recommendations in a table
#     No. | Recommendation | This recommendation is for; an appendix action plan
#     Ref | Rec | Action | Who | When | Status whose rows answer the recommendations.
# ---------------------------------------------------------------------------


def drugs_alcohol():
    recs = [
        ("R1", "Increase the number of people in structured alcohol treatment by 20% by March 2027.",
         "Harbourside Council Public Health; treatment provider", "INCREASE",
         ["Harbourside Council Public Health", "treatment provider"]),
        ("R2", "Introduce a non-fatal overdose pathway so that everyone who survives an overdose is contacted by the treatment service within 48 hours.",
         "Harbourside Hospitals NHS Foundation Trust /\nAmbulance service", "INTRODUCE",
         ["Harbourside Hospitals NHS Foundation Trust", "Ambulance service"]),
        ("R3", "Expand needle and syringe provision to the three coastal towns that have no pharmacy scheme.",
         "Community pharmacies", "EXPAND", ["Community pharmacies"]),
        ("R4", "Make naloxone available in all council hostels and supported housing.",
         "Harbourside Council Housing Services", "MAKE", ["Harbourside Council Housing Services"]),
        ("R5", "Set up a lived experience recovery organisation with a peer-led board.",
         "Combating Drugs Partnership", "SET", ["Combating Drugs Partnership"]),
        ("R6", "Refresh this needs assessment every three years.", "Public Health Intelligence", "REFRESH",
         ["Public Health Intelligence"]),
    ]
    plan = [
        ("A1.1", "R1", "Commission an alcohol liaison nurse at Harbourside General Hospital.", "ICB / Public Health",
         "Q2 2025/26", "Not started", ["ICB", "Public Health"], "2025-09", "not-started"),
        ("A1.2", "R1", "Add alcohol screening to NHS Health Checks in all GP practices.", "Public Health\nGP practices",
         "March 2026", "In progress", ["Public Health", "GP practices"], "2026-03", "ongoing"),
        ("A2.1", "R2", "Agree an information-sharing protocol for overdose alerts.", "Treatment provider / Ambulance service",
         "December 2025", "In progress", ["Treatment provider", "Ambulance service"], "2025-12", "ongoing"),
        ("A3.1", "R3", "Recruit three pharmacies to the needle and syringe scheme.", "Public Health Commissioning",
         "", "Not started", ["Public Health Commissioning"], None, "not-started"),
        ("A4.1", "R4", "Train hostel staff to give naloxone.", "Harbourside Council Housing Services",
         "Q4 2024/25", "Complete", ["Harbourside Council Housing Services"], "2025-03", "completed"),
        ("A5.1", "R5", "Fund a development worker for the recovery organisation for two years.", "Combating Drugs Partnership",
         "2025/26", "Deferred", ["Combating Drugs Partnership"], "2026-03", "deferred"),
    ]
    fills = {"Not started": RED, "In progress": AMBER, "Complete": GREEN, "Deferred": GREY}
    blocks = [
        ("p", "Harbourside Council – Public Health"),
        ("title", "Harbourside Combating Drugs Partnership: Drug and Alcohol Needs Assessment 2025"),
        ("p", "February 2025"),
        ("h", 1, "1. Executive summary"),
        ("p", "Drug-related deaths in Harbourside have doubled in ten years, and alcohol-specific hospital admissions are "
              "the fourth highest in the region. Fewer than one in five dependent drinkers are in treatment."),
        ("h", 1, "2. Key numbers"),
        ("table", {"cols": [9, 3, 3], "header": ["Measure", "Harbourside", "England"], "header_fill": "D9D9D9",
                   "rows": [
                       ["Drug-related deaths per 100,000 (2021–23)", "8.9", "5.5"],
                       ["Alcohol-specific admissions per 100,000 (2023/24)", "812", "612"],
                       ["Dependent drinkers not in treatment", "81%", "79%"],
                   ]}),
        ("h", 1, "3. Recommendations"),
        ("table", {"cols": [1.4, 10.0, 5.6], "header": ["No.", "Recommendation", "This recommendation is for"],
                   "header_fill": "E2EFDA", "rows": [[n, t, w] for n, t, w, _, _ in recs]}),
        ("h", 1, "Appendix A – Partnership action plan"),
        ("p", "The Combating Drugs Partnership agreed these first actions on 22 January 2025."),
        ("table", {"cols": [1.3, 1.1, 6.0, 3.8, 2.4, 2.4],
                   "header": ["Ref", "Rec", "Action", "Who", "When", "Status"],
                   "header_fill": None, "font": 9.5,
                   "rows": [[r, rec, t, w, when, {"text": s, "fill": fills[s]}]
                            for r, rec, t, w, when, s, *_ in plan]}),
        ("p", "Contact: Public Health Intelligence, phi@harbourside.example"),
    ]
    gold_recs = [recommendation(n, t, verb=v, owners=o) for n, t, _, v, o in recs]
    actions = [action(r, t, o, when or None, due, status) for r, _, t, _, when, _, o, due, status in plan]
    return {
        "name": "harbourside-drug-and-alcohol-needs-assessment",
        "format": "lo-pdf",
        "meta": {"created": "2025-02-10", "doc_title": "Drug and alcohol needs assessment", "author": "Public Health",
                 "font": "Liberation Sans", "size": 10.5,
                 "footer": "Harbourside Drug and Alcohol Needs Assessment 2025"},
        "blocks": blocks,
        "gold": dict(genre="public-health needs assessment with a recommendations table and an action-plan appendix",
                     kind="needs-assessment",
                     title="Harbourside Combating Drugs Partnership: Drug and Alcohol Needs Assessment 2025",
                     authority="Harbourside Council", date="2025-02", meeting=None,
                     recommendations=gold_recs, actions=actions),
        "layout": "PDF (python-docx → LibreOffice); a figures table (not items); recommendations R1–R6 in a table "
                  "No. | Recommendation | This recommendation is for (owners split by \";\" and \"/\" plus line "
                  "break); an appendix action plan Ref | Rec | Action | Who | When | Status whose rows (A1.1 …) "
                  "point back to the recommendations, with shaded status words and one empty When.",
    }


# ---------------------------------------------------------------------------
# 19. Unitary committee report (PDF via Chromium): front box "Members are recommended
#     to:" with an HTML-numbered list, printed again at the end with different wording;
#     a numbered Options list that is not recommendations.
# ---------------------------------------------------------------------------


def disposals_report():
    front = [
        ("1", "approve the disposal of the five sites listed in Appendix 1;", "APPROVE"),
        ("2", "agree that the capital receipts are used to fund the 2025/26 capital programme rather than to repay debt; and", "AGREE"),
        ("3", "delegate authority to the Director of Resources, in consultation with the Chair, to agree the final terms of each sale.", "DELEGATE"),
    ]
    closing = [
        "approve the disposal of the five sites in Appendix 1;",
        "agree that receipts fund the capital programme; and",
        "delegate authority to the Director of Resources, in consultation with the Chair, to agree the final terms of each sale.",
    ]
    blocks = [
        ("p", "Harbourside Council"),
        ("table", {"cols": [4.5, 12.5], "borders": False, "rows": [
            ["Report to:", "Corporate Policy and Resources Committee"],
            ["Date:", "26 June 2025"],
            ["Title:", "Surplus Property Disposal Programme 2025/26"],
            ["Report by:", "Director of Resources"],
            ["Exempt:", "No (Appendix 2 is exempt under paragraph 3)"],
        ]}),
        ("box", [
            ("p", "**Summary and recommendations**"),
            ("p", "Five council-owned sites are no longer needed for services. Selling them would raise an estimated "
                  "£4.2 million and save £95,000 a year in holding costs."),
            ("p", "Members are recommended to:"),
            ("list", "1.", 1, [text for _, text, _ in front]),
        ]),
        ("h", 2, "1. Background"),
        ("p", "1.1 The Asset Management Plan 2023–2028 commits the Council to review its property each year and to dispose "
              "of sites that do not support its priorities."),
        ("h", 2, "2. Options"),
        ("p", "The Committee could:"),
        ("list", "1.", 1, [
            "keep all five sites and continue to pay their holding costs;",
            "sell all five sites at auction in one lot; or",
            "sell each site separately through an agent (the recommended option).",
        ]),
        ("h", 2, "3. Financial implications"),
        ("p", "3.1 The estimated receipts are set out in exempt Appendix 2."),
        ("h", 2, "4. Recommendations"),
        ("p", "Members are recommended to:"),
        ("list", "1.", 1, closing),
        ("p", "Background papers: none.   Contact: Estates Manager, estates@harbourside.example"),
    ]
    recs = [recommendation(n, t, verb=v, addressee="Members") for n, t, v in front]
    return {
        "name": "harbourside-property-disposals-committee-report",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Disposals report", "title_color": "000000", "css_font": "'Liberation Sans', sans-serif",
                 "footer": "Corporate Policy and Resources Committee – 26 June 2025"},
        "blocks": blocks,
        "gold": dict(genre="unitary council committee report", kind="committee-report",
                     title="Surplus Property Disposal Programme 2025/26", authority="Harbourside Council",
                     date="2025-06-26", meeting="Corporate Policy and Resources Committee", recommendations=recs),
        "layout": "PDF (HTML → Chromium); borderless front-sheet table with \"Title:\"; a boxed \"Summary and "
                  "recommendations\" with \"Members are recommended to:\" and a numbered list 1–3; a numbered "
                  "Options list (not items); the recommendations printed again at the end in shorter wording "
                  "(the boxed wording is the gold, as in the Kent gold).",
    }


PAPERS = [drugs_alcohol, disposals_report]
