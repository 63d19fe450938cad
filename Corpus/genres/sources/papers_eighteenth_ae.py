"""Papers of the eighteenth batch, part AE ("ombudsman, coroner, complaints and tenant scrutiny"):
six made-up papers from two invented places:

  Fellbrook – Fellbrook Borough Council (Cabinet, Overview and Scrutiny Committee, Audit and
    Standards Committee) and Fellbrook Homes, a housing association with a Tenant Scrutiny Panel
    and a Board;
  Marshcombe – Marshcombe County Council (Cabinet, Adults and Health Scrutiny Committee, Corporate
    Governance Committee), HM Senior Coroner for the area of Marshcombe and Marshcombe Community
    Health NHS Trust.

The genre: the papers that come when something has gone wrong and someone outside (an ombudsman, a
coroner, tenants) asks the council or landlord to put it right, and the replies.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every premises, firm, street, case reference and figure is
made up. The Local Government and Social Care Ombudsman is named as the national body it is; its
officers are given by role only, and every case and figure in these papers is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_eighteenth_af.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, the headers of parts W–AA and their
first-contact sections, the Vellacombe Housing Ombudsman self-assessment rules, the Healthwatch and
Leader's letter rules, second renditions, rebuilding, the closing gold decisions),
`Corpus/gold/README.md`, `Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`, and for
conventions and helpers the writer part of `papers_ninth_m.py`, `FarHWriter` in `papers_far_h.py`,
`grid_table` in `papers_fresh.py` and `papers_fifteenth_z.py`. Each paper names its own split. Every
gold value is written by hand beside the words it labels; the part AE notes record the choices where
the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AE1 fellbrook-cabinet-ombudsman-public-interest-report-homelessness-review – tune – docx
  AE2 marshcombe-coroner-prevention-of-future-deaths-report-joint-response – unseen – chromium-pdf
  AE3 fellbrook-annual-complaints-and-compliments-report-2025-26 – tune – pandoc-lo-pdf
  AE4 fellbrook-homes-tenant-scrutiny-panel-damp-and-mould-review – unseen – pandoc-docx
  AE5 marshcombe-complaint-handling-code-and-ombudsman-actions-tracker – tune – lo-pdf
  AE6 marshcombe-ombudsman-annual-review-letter-2026 – unseen – lo-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, recommendation
from papers_fresh import grid_table

FELLBROOK = "Fellbrook Borough Council"
MARSHCOMBE = "Marshcombe County Council"
PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="E2E2E2"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AE1. Report to Cabinet on an Ombudsman's public interest report (DOCX, python-docx, Liberation
#      Sans 10.5 pt, NinthMWriter): the report's own (a)–(d) recommendations and the Ombudsman's
#      seven recommendations in a table with what the Council has done for each.
# ---------------------------------------------------------------------------


def fellbrook_ombudsman_pir():
    title = ("Local Government and Social Care Ombudsman: Report in the Public Interest about a "
             "Homelessness Review (Ombudsman reference 25 004 117)")
    teal = "1E5C5A"
    own = [
        ("a", "notes the report in the public interest issued by the Local Government and Social Care Ombudsman "
              "on 20 January 2026 (Appendix 1), which found fault causing injustice in the way the Council "
              "handled Ms K’s request for a review of its homelessness decision;", "NOTES"),
        ("b", "notes the action the Council has taken, and proposes to take, in response to each of the "
              "Ombudsman’s recommendations, as set out in section 5 of this report;", "NOTES"),
        ("c", "agrees that the Chief Executive writes to the Ombudsman by 20 April 2026 to confirm the action "
              "taken and proposed, as section 31(2) of the Local Government Act 1974 requires; and", "AGREES"),
        ("d", "asks the Audit and Standards Committee to receive a report on the completion of the service "
              "improvements at its meeting on 22 July 2026.", "ASKS"),
    ]
    t_remedy = "Remedy for Ms K (within one month of the report)"
    t_service = "Service improvements (within three months of the report)"
    hoo = "Head of Housing Options"
    # (no., theme, recommendation, verb, response, lead cell, owners, deadline cell, due, status cell, status)
    ombudsman = [
        ("1", t_remedy, "Apologise in writing to Ms K for the delay in deciding her review and for the failure to "
                        "provide interim accommodation while it was outstanding.", "APOLOGISE",
         "The Chief Executive wrote to Ms K on 4 February 2026. The letter followed the Ombudsman’s guidance on "
         "making an effective apology and was copied to the Ombudsman.",
         "Chief Executive", ["Chief Executive"], "20 February 2026", "2026-02-20", "Complete", "completed"),
        ("2", t_remedy, "Pay Ms K £1,800 to acknowledge the distress, frustration and uncertainty caused by the "
                        "faults.", "PAY",
         "Paid on 11 February 2026.", hoo, [hoo], "20 February 2026", "2026-02-20", "Complete", "completed"),
        ("3", t_remedy, "Pay Ms K £200 for each month she and her children lived in unsuitable accommodation "
                        "between May and November 2025, a total of £1,400.", "PAY",
         "Paid on 11 February 2026, with the payment in recommendation 2.", hoo, [hoo], "20 February 2026",
         "2026-02-20", "Complete", "completed"),
        ("4", t_service, "Check every review requested since 1 April 2024 to see whether it was decided within the "
                         "statutory eight weeks, and offer a remedy to anyone whose review was late and who was "
                         "caused injustice.", "CHECK",
         "74 reviews were requested in the period. 58 have been checked so far; 9 were decided late, and letters "
         "offering a remedy have gone to the 4 applicants who were caused injustice.",
         "Head of Housing Options /\nReviews Officer", [hoo, "Reviews Officer"], "20 April 2026", "2026-04-20",
         "In progress", "ongoing"),
        ("5", t_service, "Remind housing options staff, through written guidance and training, of the duty to "
                         "secure interim accommodation under section 188 of the Housing Act 1996 where there is "
                         "reason to believe an applicant may be homeless, eligible and in priority need.", "REMIND",
         "Written guidance was issued on 2 March 2026. Training for all 23 housing options staff is booked for "
         "24 and 31 March 2026.",
         "Housing Options Manager,\nwith Learning and Development", ["Housing Options Manager",
                                                                     "Learning and Development"],
         "20 April 2026", "2026-04-20", "In progress", "ongoing"),
        ("6", t_service, "Introduce a way of monitoring the number and age of outstanding review requests, and "
                         "report it to senior managers every month.", "INTRODUCE",
         "A report from the housing case management system has been specified. It will be built once the "
         "system supplier’s upgrade is installed in April.",
         "Head of Housing Options;\nBusiness Intelligence Manager", [hoo, "Business Intelligence Manager"],
         "20 April 2026", "2026-04-20", "Not started", "not-started"),
        ("7", t_service, "Consider the report at a meeting of its Cabinet or full Council and tell the Ombudsman "
                         "what action it has taken or proposes to take.", "CONSIDER",
         "This report. Recommendation (c) asks Cabinet to agree the letter to the Ombudsman.",
         "Monitoring Officer", ["Monitoring Officer"], "20 April 2026", "2026-04-20", "In progress", "ongoing"),
    ]
    rows = []
    for theme in (t_remedy, t_service):
        rows.append([{"text": theme, "bold": True, "fill": "D5E8E7", "span": 6}, "<", "<", "<", "<", "<"])
        for r in ombudsman:
            if r[1] == theme:
                rows.append([{"text": r[0], "bold": True}, r[2], r[4], r[5], r[7], r[9]])
    blocks = [
        ("pr", f"<<{teal}|**FELLBROOK BOROUGH COUNCIL**>>"),
        ("table", {"cols": [4.6, 12.4], "font": 9.5, "rows": [
            [label("Report to"), "Cabinet"],
            [label("Date of meeting"), "18 March 2026"],
            [label("Report of"), "Monitoring Officer (Assistant Director, Legal and Democratic Services)"],
            [label("Cabinet Member"), "Cabinet Member for Housing and Homelessness"],
            [label("Key decision"), "No"],
            [label("Wards affected"), "All wards"],
            [label("Classification"), "Public. Appendix 1 is the Ombudsman’s published report, in which the "
                                      "complainant is not named."],
            [label("Contact officer"), "T.R., Monitoring Officer – monitoring.officer@fellbrook.example – "
                                       "01632 960 418"],
        ]}),
        ("title", title),
        ("ph", 11.5, f"<<{teal}|1.\tPURPOSE OF THE REPORT>>"),
        ("pn", "1.1\tOn 20 January 2026 the Local Government and Social Care Ombudsman issued a report in the "
               "public interest about the way the Council dealt with a homeless family’s request for a review. "
               "This report sets out the Ombudsman’s findings and recommendations and what the Council has done, "
               "or will do, about each of them."),
        ("pn", "1.2\tThe Local Government Act 1974 requires the Council to consider the report and to tell the "
               "Ombudsman, within three months, what action it has taken or proposes to take. This report is also "
               "the Monitoring Officer’s report under section 5A of the Local Government and Housing Act 1989."),
        ("ph", 11.5, f"<<{teal}|2.\tRECOMMENDATIONS>>"),
        ("pn", "2.1\tThat Cabinet:"),
        ("list", "(a)", 1, [r[1] for r in own]),
        ("ph", 11.5, f"<<{teal}|3.\tREASONS FOR THE RECOMMENDATIONS>>"),
        ("pn", "3.1\tThe Council has a legal duty to consider the report and to reply to the Ombudsman. The "
               "Audit and Standards Committee oversees complaint handling and the Council’s response to the "
               "Ombudsman, so it is asked to see the service improvements through."),
        ("ph", 11.5, f"<<{teal}|4.\tTHE COMPLAINT AND THE OMBUDSMAN’S FINDINGS>>"),
        ("pn", "4.1\tMs K and her two children became homeless in April 2025 when her private tenancy ended. The "
               "Council decided in May 2025 that she was not in priority need. She asked for a review of that "
               "decision on 19 May 2025. The law required the review to be decided within eight weeks; it was "
               "decided on 28 November 2025, more than six months later, and the original decision was "
               "withdrawn."),
        ("pn", "4.2\tWhile the review was outstanding Ms K and her children stayed with relatives, sleeping in one "
               "room. Ms K had given the Council a letter from her GP about her son’s medical needs, which the "
               "Ombudsman found should have led the Council to secure interim accommodation."),
        ("pn", "4.3\tThe Ombudsman found fault in the delay, in the failure to consider interim accommodation, and "
               "in the Council’s complaint responses, which said the delay was caused by staff shortages without "
               "offering any remedy. The Ombudsman decided to issue a public report because the Council had "
               "no way of knowing how many other reviews were late."),
        ("pn", "4.4\tThe Ombudsman’s guidance on remedies suggests a payment of between £150 and £350 a month "
               "where a family has been in unsuitable accommodation, depending on the circumstances."),
        ("ph", 11.5, f"<<{teal}|5.\tTHE OMBUDSMAN’S RECOMMENDATIONS AND THE COUNCIL’S RESPONSE>>"),
        ("pn", "5.1\tThe Council accepted the findings and the recommendations when it commented on the draft "
               "report in December 2025. Table 1 sets out each recommendation, what has been done, the lead "
               "officer, the deadline the Ombudsman set and the position at 6 March 2026."),
        ("p", "**Table 1: The Ombudsman’s recommendations**"),
        ("table", {"cols": [0.8, 4.6, 4.9, 2.6, 2.0, 2.1], "font": 8.5, "header_fill": "9CC9C6",
                   "header": ["No.", "Ombudsman’s recommendation", "What the Council has done or will do",
                              "Lead officer", "Deadline", "Status"],
                   "rows": rows}),
        ("pn", "5.2\tThe Head of Housing Options has also reviewed staffing in the reviews team. A second Reviews "
               "Officer post was filled in February 2026, funded from the Homelessness Prevention Grant."),
        ("ph", 11.5, f"<<{teal}|6.\tPUBLICITY FOR THE REPORT>>"),
        ("pn", "6.1\tAs the Act requires, the Council published notices about the report in the Fellbrook Courier "
               "and the Dale Weekly Advertiser on 29 January 2026 and made copies available at the Civic Centre "
               "and on its website for three weeks. Two members of the public asked for copies."),
        ("ph", 11.5, f"<<{teal}|7.\tFINANCIAL IMPLICATIONS>>"),
        ("pn", "7.1\tThe payments to Ms K (£3,200) were met from the Housing Options revenue budget. Any further "
               "remedies arising from recommendation 4 will also be met from that budget; they are expected to "
               "be under £5,000 in total."),
        ("ph", 11.5, f"<<{teal}|8.\tLEGAL IMPLICATIONS>>"),
        ("pn", "8.1\tSection 31(2) of the Local Government Act 1974 requires the Council to consider the report and "
               "notify the Ombudsman of the action taken or proposed within three months of receiving it. If the "
               "Ombudsman is not satisfied with the response, a further report may be issued."),
        ("ph", 11.5, f"<<{teal}|9.\tEQUALITY, RISK AND OTHER IMPLICATIONS>>"),
        ("pn", "9.1\tMs K’s son is disabled. The faults affected a family with a disabled child and the actions in "
               "Table 1 are intended to protect applicants with protected characteristics in future. The main "
               "risk is to the Council’s reputation if the service improvements are not completed on time."),
        ("ph", 11.5, f"<<{teal}|10.\tBACKGROUND PAPERS AND APPENDICES>>"),
        ("pn", "10.1\tAppendix 1 – Report by the Local Government and Social Care Ombudsman, 20 January 2026 "
               "(published separately). There are no background papers."),
    ]
    recommendations = [recommendation(n, text, verb=verb, addressee="Cabinet") for n, text, verb in own]
    recommendations += [
        recommendation(r[0], r[2], verb=r[3], addressee=None, theme=r[1], owners=r[6], due=r[8], timeframe=r[7],
                       status=r[10], response=r[4])
        for r in ombudsman
    ]
    return {
        "name": "fellbrook-cabinet-ombudsman-public-interest-report-homelessness-review",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-03-06", "doc_title": title, "author": "Legal and Democratic Services",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10.5, "title_size": 15,
                 "title_color": teal,
                 "m_header": ("Fellbrook Borough Council", "Cabinet – 18 March 2026"),
                 "m_footer": ("Ombudsman public interest report 25 004 117", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="report to Cabinet on an Ombudsman's report in the public interest: the report's own "
                           "Word-lettered (a)–(d) recommendations and the Ombudsman's seven recommendations in a "
                           "table with the Council's response, lead officer, deadline and status",
                     kind="committee-report", title=title, authority=FELLBROOK, date="2026-03-18",
                     meeting="Cabinet", recommendations=recommendations),
        "layout": "DOCX (python-docx), Liberation Sans 10.5 pt, an italic running header (council | meeting and "
                  "date) and footer (Ombudsman reference | \"Page X of Y\" fields), rows that may not split. A "
                  "right-aligned teal bold council line; a bordered front table with grey bold labels (Report to / "
                  "Date of meeting / Report of / Cabinet Member / Key decision / Wards affected / Classification / "
                  "Contact officer); the teal title; teal bold capital headings that are not styles (\"2.⇥"
                  "RECOMMENDATIONS\") over typed 1.1–10.1 hanging paragraphs; \"2.1 That Cabinet:\" over a "
                  "Word-lettered (a)–(d) list (notes / notes / agrees / asks, \";\" and \"; and\"); reasons (not "
                  "items); the complaint and findings, with \"The Ombudsman’s guidance on remedies suggests …\" "
                  "(not an item); \"Table 1\" an 8.5 pt table No. | Ombudsman’s recommendation | What the Council "
                  "has done or will do | Lead officer | Deadline | Status with a teal header and two rows merged "
                  "across all six columns (\"Remedy for Ms K …\", \"Service improvements …\") over "
                  "recommendations 1–7 (imperatives); leads split by \"/\" plus line break, \",\" plus line break "
                  "with \"with\", and \";\" plus line break; deadlines \"20 February 2026\" and \"20 April 2026\"; "
                  "statuses Complete / In progress / Not started; publicity, financial, legal, equality and risk "
                  "paragraphs (not items).",
    }


# ---------------------------------------------------------------------------
# AE2. A coroner's Prevention of Future Deaths report and the joint response of the County Council
#      and the community health trust (HTML → Chromium): the response letter first, with each
#      concern quoted and a small action table under each; the Regulation 28 report as an annex.
# ---------------------------------------------------------------------------


def marshcombe_pfd_response():
    title = ("Response to the Regulation 28 Report to Prevent Future Deaths following the inquest into the "
             "death of Mr H")
    green = "2E5E3B"
    mcc, mcht = "MCC", "MCHT"
    concerns = [
        ("There was no shared record or agreed route by which the home care workers visiting Mr H four times a "
         "day could tell the district nursing team that his skin was breaking down. The care workers told the "
         "inquest that they had recorded their concerns in the care folder at his home, which the district "
         "nurses did not read."),
        ("District nursing visits to Mr H were cancelled on three occasions in the fortnight before his "
         "admission, when the service was under pressure, without any assessment of the risk to him and without "
         "anyone telling him, his family or his care provider."),
        ("The County Council’s monitoring of its home care contract relied on information reported by providers "
         "themselves. It did not show that the provider had missed or shortened 41 of Mr H’s calls in the month "
         "before his death."),
    ]
    # (ref, concern, action, lead cell, owners, by cell, due, status cell, status)
    acts = [
        ("1.1", 1, "Give every home care provider on the County Council’s framework the direct telephone number "
                   "and e-mail address of each district nursing hub, with a one-page guide to when to use them.",
         "Head of Commissioning (Adults), MCC", ["Head of Commissioning (Adults)", mcc], "Complete", None,
         "Complete", "completed"),
        ("1.2", 1, "Train home care workers to recognise and report early signs of pressure damage, using the "
                   "Trust’s tissue viability training module.",
         "Tissue Viability Lead, MCHT /\nCare Quality Manager, MCC",
         ["Tissue Viability Lead", mcht, "Care Quality Manager", mcc], "30 September 2026", "2026-09-30",
         "In progress", "ongoing"),
        ("1.3", 1, "Pilot a shared digital care record, visible to home care workers and district nurses, for "
                   "people who receive both services in the Marshcombe North neighbourhood.",
         "Chief Digital Officer, MCHT", ["Chief Digital Officer", mcht], "Q3 2026/27", "2026-12",
         "Not started", "not-started"),
        ("2.1", 2, "Introduce a risk assessment that a senior nurse must complete before any planned district "
                   "nursing visit is moved or cancelled.",
         "Director of Nursing, MCHT", ["Director of Nursing", mcht], "Complete", None, "Complete", "completed"),
        ("2.2", 2, "Tell the patient, or their family, and any care provider each time a visit is moved, and "
                   "record that they have been told.",
         "Associate Director of Community Services, MCHT", ["Associate Director of Community Services", mcht],
         "31 May 2026", "2026-05-31", "In progress", "ongoing"),
        ("2.3", 2, "Audit cancelled visits every quarter and report the findings to the Trust’s Quality and "
                   "Safety Committee.",
         "Head of Quality Governance, MCHT", ["Head of Quality Governance", mcht], "From July 2026", "2026-07",
         "Not started", "not-started"),
        ("3.1", 3, "Require home care providers to send electronic call monitoring data to the County Council "
                   "every month, as a term of the contract.",
         "Head of Commissioning (Adults);\nProcurement Lead, MCC",
         ["Head of Commissioning (Adults)", "Procurement Lead", mcc], "1 October 2026", "2026-10-01",
         "In progress", "ongoing"),
        ("3.2", 3, "Check each provider’s missed and shortened calls against its own reports at every contract "
                   "monitoring visit, starting with the provider that served Mr H.",
         "Care Quality Manager, MCC", ["Care Quality Manager", mcc], "June 2026", "2026-06", "In progress",
         "ongoing"),
    ]

    def act_table(n):
        rows = [[{"text": a[0], "bold": True}, a[2], a[3], a[5], a[7]] for a in acts if a[1] == n]
        return ("table", {"cols": [1.1, 8.2, 4.4, 2.3, 1.9], "font": 9, "header_fill": "DCE9DF",
                          "header": ["Ref", "What we will do", "Lead", "By", "Status"], "rows": rows})

    responses = [
        [("p", "We accept this concern. Mr H’s care workers noticed redness on his heels and wrote it in the care "
               "folder on 2 and 5 September, but they did not know who to call and the folder was not part of the "
               "district nurses’ record. Since the inquest, the County Council and the Trust have agreed that home "
               "care workers will telephone the district nursing hub the same day about any new skin damage.")],
        [("p", "We accept this concern. In September 2025 the district nursing service in the north of the county "
               "had 11 vacant posts and visits were prioritised by the nurse in charge each morning. There was no "
               "written test of the risk of moving a visit, and the decisions about Mr H were not recorded."),
         ("p", "Eight of the 11 posts have now been filled and the service has stopped using agency staff for "
               "planned visits.")],
        [("p", "We accept this concern. The provider’s own reports showed that 98% of Mr H’s calls were delivered. "
               "The electronic call monitoring data, which the County Council did not ask for, showed otherwise. "
               "The provider has been suspended from new placements since November 2025 and is subject to an "
               "improvement plan.")],
    ]
    blocks = [
        ("table", {"cols": [9.0, 8.0], "borders": False, "rows": [[
            f"<<{green}|**MARSHCOMBE COUNTY COUNCIL**>>\nAdult Social Care and Health\nCounty Hall, Quay Street, "
            "Marshcombe MC1 2QS",
            f"<<{green}|**Marshcombe Community Health NHS Trust**>>\nTrust Headquarters, Saltings House\n"
            "Marsh Lane, Marshcombe MC4 7LW",
        ]]}),
        ("table", {"cols": [9.0, 8.0], "borders": False, "rows": [[
            "HM Senior Coroner for the area of Marshcombe\nThe Coroner’s Court\nGuildhall Square\nMarshcombe MC1 1GS",
            "Our ref: ASC/PFD/2026/02\nYour ref: 00418/2025\nDate: 20 April 2026\n"
            "Contact: 01632 960 733\npfd.response@marshcombe.example",
        ]]}),
        ("p", "Dear Senior Coroner,"),
        ("title", title),
        ("p", "Thank you for your report dated 24 February 2026, made under paragraph 7 of Schedule 5 to the "
              "Coroners and Justice Act 2009 and regulations 28 and 29 of the Coroners (Investigations) "
              "Regulations 2013, following the inquest into the death of Mr H, which concluded on 17 February 2026. "
              "Your report was sent to both of our organisations, and we are replying together because the "
              "concerns you raise are about how our services work together."),
        ("p", "First, we want to say again how sorry we are to Mr H’s family. His daughter has met both of us, "
              "and she has seen this letter before it was sent."),
        ("p", "Below we set out each of your concerns as you wrote them, what we have found, and the action we "
              "have taken or will take, with a lead and a date for each. A copy of your report is attached as "
              "the Annex."),
    ]
    for n, (concern, response) in enumerate(zip(concerns, responses), start=1):
        blocks.append(("h", 2, f"Concern {n}"))
        blocks.append(("box", [("p", concern)]))
        blocks.append(("p", "**Our response**"))
        blocks += response
        blocks.append(act_table(n))
    blocks += [
        ("h", 2, "How we will check that the actions work"),
        ("p", "The Marshcombe Place Quality Group, which both organisations attend, will receive a progress "
              "report on these actions every two months until they are complete. The Adults and Health Scrutiny "
              "Committee has asked to see the report at its meeting in September 2026. We would be glad to send "
              "you a further update if that would help. We consent to this response being published."),
        ("p", "Yours sincerely,"),
        ("table", {"cols": [8.5, 8.5], "borders": False, "rows": [[
            "**J.P.**\nDirector of Adult Social Care and Health\nMarshcombe County Council",
            "**S.W.**\nChief Executive\nMarshcombe Community Health NHS Trust",
        ]]}),
        ("p", "cc: Chief Executive, Marshcombe County Council; Chief Nurse, Marshcombe and Estuary Integrated Care "
              "Board; Care Quality Commission"),
        ("break",),
        ("h", 1, "Annex: Regulation 28 Report to Prevent Future Deaths"),
        ("p", "**REGULATION 28: REPORT TO PREVENT FUTURE DEATHS (1)**"),
        ("p", "**NOTE:** This form is to be used after an inquest."),
        ("table", {"cols": [1.0, 16.0], "font": 9.5, "rows": [
            [{"text": "", "fill": "EFEFEF"},
             {"blocks": [("p", "**REGULATION 28 REPORT TO PREVENT FUTURE DEATHS**"),
                         ("p", "**THIS REPORT IS BEING SENT TO:**"),
                         ("list", "1.", 1, ["Director of Adult Social Care and Health, Marshcombe County Council",
                                            "Chief Executive, Marshcombe Community Health NHS Trust"])],
              "fill": "EFEFEF"}],
            [{"text": "1", "bold": True},
             {"blocks": [("p", "**CORONER**"),
                         ("p", "I am D.L.M., Senior Coroner for the coroner area of Marshcombe.")]}],
            [{"text": "2", "bold": True},
             {"blocks": [("p", "**CORONER’S LEGAL POWERS**"),
                         ("p", "I make this report under paragraph 7, Schedule 5, of the Coroners and Justice Act "
                               "2009 and regulations 28 and 29 of the Coroners (Investigations) Regulations 2013.")]}],
            [{"text": "3", "bold": True},
             {"blocks": [("p", "**INVESTIGATION and INQUEST**"),
                         ("p", "On 3 October 2025 I commenced an investigation into the death of Mr H, aged 79. "
                               "The investigation concluded at the end of the inquest on 17 February 2026. The "
                               "conclusion of the inquest was a narrative conclusion: Mr H died from sepsis arising "
                               "from infected pressure ulcers, which developed while he was receiving care at home, "
                               "and opportunities to identify and treat the ulcers earlier were missed.")]}],
            [{"text": "4", "bold": True},
             {"blocks": [("p", "**CIRCUMSTANCES OF THE DEATH**"),
                         ("p", "Mr H lived alone. He was discharged from Marshcombe General Hospital on 12 August "
                               "2025 with a package of four home care calls a day, arranged by the County Council, "
                               "and weekly district nursing visits. His mobility was poor and he spent most of the "
                               "day in a chair."),
                         ("p", "Care workers recorded redness and then broken skin on his heels and sacrum from "
                               "2 September. Three district nursing visits were cancelled between 8 and 19 "
                               "September. He was admitted to hospital on 21 September with sepsis and died there "
                               "on 27 September 2025.")]}],
            [{"text": "5", "bold": True},
             {"blocks": [("p", "**CORONER’S CONCERNS**"),
                         ("p", "During the course of the inquest the evidence revealed matters giving rise to "
                               "concern. In my opinion there is a risk that future deaths will occur unless action "
                               "is taken. In the circumstances it is my statutory duty to report to you."),
                         ("p", "The MATTERS OF CONCERN are as follows."),
                         ("list", "(1)", 1, concerns)]}],
            [{"text": "6", "bold": True},
             {"blocks": [("p", "**ACTION SHOULD BE TAKEN**"),
                         ("p", "In my opinion action should be taken to prevent future deaths and I believe you and "
                               "your organisations have the power to take such action.")]}],
            [{"text": "7", "bold": True},
             {"blocks": [("p", "**YOUR RESPONSE**"),
                         ("p", "You are under a duty to respond to this report within 56 days of the date of this "
                               "report, namely by 21 April 2026. I, the coroner, may extend the period."),
                         ("p", "Your response must contain details of action taken or proposed to be taken, setting "
                               "out the timetable for action. Otherwise you must explain why no action is "
                               "proposed.")]}],
            [{"text": "8", "bold": True},
             {"blocks": [("p", "**COPIES and PUBLICATION**"),
                         ("p", "I have sent a copy of my report to the Chief Coroner and to Mr H’s daughter, who "
                               "may find it useful or of interest. I have also sent it to the Care Quality "
                               "Commission."),
                         ("p", "The Chief Coroner may publish either or both in a complete or redacted or summary "
                               "form.")]}],
            [{"text": "9", "bold": True},
             {"blocks": [("p", "24 February 2026"),
                         ("p", "D.L.M., HM Senior Coroner for Marshcombe")]}],
        ]}),
    ]
    css = ("@page { margin: 15mm 16mm 16mm 16mm; "
           "@top-right { content: \"OFFICIAL\"; font-family: 'Liberation Sans', sans-serif; font-size: 8pt; "
           "color: #555555; } "
           "@bottom-left { content: \"Joint response to Regulation 28 report – Mr H – 20 April 2026\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } }\n"
           "h1.title { font-size: 13pt; margin: 6pt 0 8pt 0; }\n"
           "h1 { color: #2E5E3B; font-size: 13pt; }\n"
           "h2 { color: #2E5E3B; page-break-after: avoid; margin-top: 10pt; }\n"
           "div.box { border: none; border-left: 3pt solid #2E5E3B; background: #F1F5F2; font-style: italic; }\n"
           "td p { margin-bottom: 4pt; }\n")
    actions = [action(a[0], a[2], a[4], None if a[5] == "Complete" else a[5], a[6], a[8]) for a in acts]
    return {
        "name": "marshcombe-coroner-prevention-of-future-deaths-report-joint-response",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Sans', sans-serif", "size": 10, "title_color": "000000"},
        "blocks": blocks,
        "gold": dict(genre="joint response of a county council and an NHS community trust to a coroner's "
                           "Prevention of Future Deaths report, each concern quoted with an action table under it, "
                           "and the Regulation 28 report as an annex",
                     kind="other", title=title, authority=MARSHCOMBE, date="2026-04-20", meeting=None,
                     actions=actions),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (\"OFFICIAL\" "
                  "top right, a footer line and \"Page n of m\"). Two borderless two-column tables: the two "
                  "letterheads side by side (green bold council and trust names, addresses), then the coroner's "
                  "address | Our ref / Your ref / Date / Contact; \"Dear Senior Coroner,\"; the subject as a bold "
                  "heading; three opening paragraphs; for each of three concerns a green h2 \"Concern n\", the "
                  "coroner's words in an italic box with a green left rule, a bold \"Our response\" line with one "
                  "or two paragraphs (past work, not items) and a 9 pt table Ref | What we will do | Lead | By | "
                  "Status with a pale green header (refs 1.1–3.2; leads as \"post, MCC\" / \"post, MCHT\", joined "
                  "by \"/\" plus line break or \";\" plus line break; By \"Complete\", \"30 September 2026\", "
                  "\"Q3 2026/27\", \"31 May 2026\", \"From July 2026\", \"1 October 2026\", \"June 2026\"; statuses "
                  "Complete / In progress / Not started); how progress will be checked (not items), consent to "
                  "publication, \"Yours sincerely,\", a borderless two-signature table, a cc line. After a page "
                  "break, the Annex: the Regulation 28 form as a two-column table of numbered sections (sent to, "
                  "coroner, legal powers, investigation and inquest, circumstances, the concerns as an HTML "
                  "(1)–(3) list, \"ACTION SHOULD BE TAKEN\", response, copies, date and signature; not items).",
    }


# ---------------------------------------------------------------------------
# AE3. Annual complaints and compliments report to the Audit and Standards Committee (Markdown →
#      pandoc DOCX → LibreOffice): figures, Ombudsman decisions, learning from complaints as
#      "You said / We did" (not items) and a table of actions arising.
# ---------------------------------------------------------------------------


def fellbrook_complaints_annual_report():
    title = "Annual Complaints and Compliments Report 2025/26"
    rec = ("That the Committee notes the Annual Complaints and Compliments Report 2025/26, including the "
           "Ombudsman’s decisions in section 6 and the actions arising set out in section 8.")
    # (no., action, who cell, owners, by when cell, due)
    arising = [
        ("1", "Replace the online complaints form with one that lets people upload photographs and documents and "
              "gives them a reference number straight away.",
         "Customer Services Manager / Digital Team", ["Customer Services Manager", "Digital Team"],
         "September 2026", "2026-09"),
        ("2", "Give every service a monthly list of its open stage 1 complaints that are within three working days "
              "of their deadline.",
         "Complaints and Information Governance Manager", ["Complaints and Information Governance Manager"],
         "From July 2026", "2026-07"),
        ("3", "Train all team leaders in Waste and Street Scene in writing stage 1 responses, using the "
              "Ombudsman’s free course.",
         "Head of Environmental Services; Learning and Development",
         ["Head of Environmental Services", "Learning and Development"], "Q2 2026/27", "2026-09"),
        ("4", "Review the wording of council tax reminder letters with the Fellbrook Citizens Advice panel.",
         "Head of Revenues and Benefits", ["Head of Revenues and Benefits"], "31 October 2026", "2026-10-31"),
        ("5", "Publish a quarterly summary of what we have changed because of complaints on the Council’s "
              "website.",
         "Complaints and Information Governance Manager", ["Complaints and Information Governance Manager"],
         "Ongoing", None),
        ("6", "Report the results of the annual self-assessment against the Ombudsman’s Complaint Handling Code "
              "to this Committee.",
         "Monitoring Officer", ["Monitoring Officer"], "January 2027", "2027-01"),
    ]
    md = [
        "**FELLBROOK BOROUGH COUNCIL**",
        "**Audit and Standards Committee – 8 July 2026 – Agenda item 7**",
        f"# {title}",
        "| | |\n|:--------------------------|:------------------------------------------------------|\n"
        "| **Report of** | Monitoring Officer |\n"
        "| **Author** | Complaints and Information Governance Manager |\n"
        "| **Contact** | complaints@fellbrook.example – 01632 960 455 |\n"
        "| **Wards** | All |",
        "## 1. Purpose",
        "1.1 This report sets out the complaints and compliments the Council received between 1 April 2025 "
        "and 31 March 2026, how quickly we responded, what the Local Government and Social Care Ombudsman "
        "decided about complaints referred to it, and what we have learned.",
        "## 2. Recommendation",
        f"2.1 {rec}",
        "## 3. Summary",
        "3.1 We received 812 complaints in 2025/26, compared with 756 in 2024/25. Most of the increase was "
        "in Waste and Street Scene during the change to the new collection rounds in the autumn. We also "
        "received 1,143 compliments, the highest number since we began recording them in 2019.",
        "3.2 We responded to 84% of stage 1 complaints within 10 working days (target 90%) and to 76% of "
        "stage 2 complaints within 20 working days (target 85%).",
        "## 4. Complaints by stage and service",
        grid_table([28, 12, 12, 14, 14],
                   ["Service", "Stage 1", "Stage 2", "Upheld or partly upheld", "Stage 1 within 10 days"],
                   [["Waste and Street Scene", "341", "38", "62%", "79%"],
                    ["Revenues and Benefits", "164", "21", "41%", "88%"],
                    ["Housing Options and Private Sector Housing", "97", "24", "47%", "81%"],
                    ["Planning and Building Control", "82", "19", "23%", "90%"],
                    ["Environmental Health and Licensing", "44", "6", "30%", "93%"],
                    ["Parking", "39", "4", "28%", "95%"],
                    ["Leisure, Parks and Open Spaces", "28", "2", "39%", "96%"],
                    ["Other services", "17", "1", "35%", "88%"],
                    ["**Total**", "**812**", "**115**", "**47%**", "**84%**"]]),
        "4.1 The most common reasons for complaints were missed bin collections (218), delays in dealing with "
        "benefit claims and changes (71), and the way staff communicated with the complainant (64).",
        "## 5. Compliments",
        "5.1 Of the 1,143 compliments, 402 were about the crews on waste and recycling rounds and 187 about "
        "the Customer Contact Centre. A selection is shared with staff in the weekly bulletin.",
        "> “The man who came about the fly-tipping on our lane was polite and had it cleared in two days. "
        "Thank you.” – a resident of Lower Fell",
        "## 6. The Ombudsman",
        "6.1 The Ombudsman made decisions on 19 complaints about the Council in 2025/26. Eight were "
        "investigated in detail and five of those were upheld. The Council complied with all the "
        "Ombudsman’s recommendations, on time in every case but one.",
        "6.2 One upheld complaint, about a homelessness review, led to a report in the public interest on "
        "20 January 2026. Cabinet considered that report on 18 March 2026 and this Committee will receive a "
        "report on the service improvements on 22 July 2026.",
        grid_table([36, 12],
                   ["Ombudsman decisions 2025/26", "Number"],
                   [["Upheld", "5"],
                    ["Not upheld", "3"],
                    ["Closed after initial enquiries", "7"],
                    ["Referred back for local resolution", "3"],
                    ["Advice given or incomplete", "1"],
                    ["**Total**", "**19**"]]),
        "## 7. Learning from complaints",
        "7.1 Each service reports what it has changed as a result of complaints. Some examples from the "
        "year are below.",
        grid_table([38, 40],
                   ["You said", "We did"],
                   [["Assisted collections were being missed when the regular crew was away.",
                     "Assisted collections are now shown on the in-cab screens of every vehicle, so a relief "
                     "crew can see them."],
                    ["Letters about benefit overpayments were hard to understand.",
                     "We rewrote the letters with the help of residents and the Fellbrook Citizens Advice panel."],
                    ["You waited too long on the telephone to report a missed collection.",
                     "You can now report a missed collection online or through the Fellbrook app, and 61% of "
                     "reports are now made that way."],
                    ["Nobody told you when your planning complaint would be answered.",
                     "Every acknowledgement now gives the date by which we will reply."]]),
        "7.2 The Ombudsman’s public interest report showed that the Council could not see how many "
        "homelessness reviews were overdue. The service improvements the Ombudsman asked for are reported "
        "separately, as paragraph 6.2 explains, and are not repeated in section 8.",
        PAGE_BREAK_MD,
        "## 8. Actions arising",
        "8.1 The actions below respond to what the year’s complaints have shown. Progress will be reported to "
        "the Committee in the next annual report.",
        grid_table([6, 44, 24, 16],
                   ["No.", "Action", "Who", "By when"],
                   [[a[0], a[1], a[2], a[4]] for a in arising]),
        "## 9. Implications",
        "**Financial.** Remedy payments made after complaints in 2025/26 totalled £6,450, of which £3,200 "
        "followed the Ombudsman’s public interest report. The actions in section 8 will be met from existing "
        "budgets.",
        "**Legal.** There are no direct legal implications. The Council is expected to follow the Ombudsman’s "
        "Complaint Handling Code.",
        "**Equalities.** Complainants are asked to complete an optional monitoring form; 23% did so in "
        "2025/26, too few to draw firm conclusions.",
        "**Background papers.** None.",
    ]
    actions = [action(a[0], a[1], a[3], None if a[4] == "Ongoing" else a[4], a[5], None) for a in arising]
    actions[4]["timeframe"] = "Ongoing"
    return {
        "name": "fellbrook-annual-complaints-and-compliments-report-2025-26",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-06-26"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="annual complaints and compliments report to an audit and standards committee, with "
                           "Ombudsman statistics, a You said / We did table (not items), actions arising in a "
                           "table and one \"That the Committee notes …\" recommendation",
                     kind="committee-report", title=title, authority=FELLBROOK, date="2026-07-08",
                     meeting="Audit and Standards Committee",
                     recommendations=[recommendation("2.1", rec, verb="NOTES", addressee="Committee")],
                     actions=actions),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header or page "
                  "numbers. Two bold lines (council; committee, date and agenda item) above the H1; a headerless "
                  "pipe table of bold-labelled details; Heading 2 sections \"1. Purpose\" … \"10. Background "
                  "papers\" with typed 1.1 … 8.1 paragraphs (pandoc makes no lists of them); \"2.1 That the "
                  "Committee notes …\" (the one recommendation); a complaints-by-service grid table with a bold "
                  "total row and an Ombudsman decisions grid table (figures, not items); a block quote; a You said "
                  "| We did grid table (past changes, not items); a paragraph saying the public interest report's "
                  "improvements are reported elsewhere; \"8. Actions arising\" a grid table No. | Action | Who | "
                  "By when, actions 1–6 (imperatives), Who split by \"/\" and \";\", By when \"September 2026\", "
                  "\"From July 2026\", \"Q2 2026/27\", \"31 October 2026\", \"Ongoing\", \"January 2027\", no "
                  "status column; bold-led implications paragraphs and a \"Background papers. None.\" line; 4 pages (a raw "
                  "page break before section 8).",
    }


# ---------------------------------------------------------------------------
# AE4. Housing association Tenant Scrutiny Panel review of damp and mould with the landlord's
#      response (Markdown → pandoc DOCX).
# ---------------------------------------------------------------------------


def fellbrook_homes_tenant_scrutiny():
    title = "Tenant Scrutiny Panel Review: How Fellbrook Homes Deals with Damp and Mould"
    cover = ("That the Board receives the Tenant Scrutiny Panel’s report and approves the management response "
             "set out in Appendix A.")
    t1, t2, t3 = "Reporting and first response", "Putting it right", "Keeping tenants informed"
    hr = "Head of Repairs"
    # (no., theme, text, verb, addressee, response, decision word, decision, lead cell, owners, target, due,
    #  status)
    recs = [
        ("1", t1, "Fellbrook Homes should let tenants report damp and mould online with photographs, and "
                  "should send an automatic acknowledgement with the date of the inspection.", "LET",
         "Fellbrook Homes",
         "The new tenant portal goes live in August and will take photographs. The date of the inspection will "
         "be sent by text once it is booked, usually within two working days.",
         "Partially accepted", "partially-accepted", "Head of Customer Experience;\n\nDigital Services Manager",
         ["Head of Customer Experience", "Digital Services Manager"], "August 2026", "2026-08", None),
        ("2", t1, "Inspect every report of damp and mould within 10 working days, and within 24 hours where a "
                  "household includes a baby, an older person or someone with a respiratory condition.",
         "INSPECT", None,
         "We already aim to inspect within 10 working days. We will introduce the 24-hour inspection for "
         "vulnerable households and record vulnerability on the repairs system.",
         "Accepted", "accepted", "Head of Repairs / Damp and Mould Lead", [hr, "Damp and Mould Lead"],
         "Q2 2026/27", "2026-09", None),
        ("3", t1, "Tenants should be given a named officer who stays with their case until the work is "
                  "finished.", None, None,
         "Each case is now given to one of the three damp and mould surveyors, who stays with it to the end. "
         "This started in March 2026.",
         "Accepted", "accepted", "Damp and Mould Lead", ["Damp and Mould Lead"], "Complete", None, "completed"),
        ("4", t2, "Fellbrook Homes should treat the cause of the damp, not only clean off the mould, and should "
                  "go back after six weeks to check that the mould has not returned.", "TREAT", "Fellbrook Homes",
         "Agreed. Surveyors now record the cause they have found. A follow-up visit at six weeks will be "
         "booked when the repair is completed.",
         "Accepted", "accepted", "Head of Repairs", [hr], "31 July 2026", "2026-07-31", None),
        ("5", t2, "Stop asking tenants to dry clothes outside or to keep heating on as the first advice given.",
         "STOP", None,
         "Advice on ventilation and heating helps many tenants and we will keep giving it, but never in place "
         "of an inspection. We have rewritten the leaflet with the Panel so that it does not suggest that damp "
         "is the tenant’s fault.",
         "Not accepted", "rejected", "N/A", [], "N/A", None, None),
        ("6", t2, "Fit humidity-controlled extractor fans in the kitchens and bathrooms of all homes on the "
                  "Riverside and Mill Lane estates.", "FIT",
         None,
         "We will fit fans in the 212 homes on the two estates where they are missing or do not work, as part "
         "of the 2026/27 planned works programme. A full replacement programme will be considered with the "
         "stock condition survey.",
         "Partially accepted", "partially-accepted", "Director of Property Services /\n\nAsset Manager",
         ["Director of Property Services", "Asset Manager"], "March 2027", "2027-03", None),
        ("7", t3, "Fellbrook Homes should publish its damp and mould figures every quarter, including how many "
                  "cases were inspected on time and how many came back.", "PUBLISH", "Fellbrook Homes",
         "The figures will be published on the website and in the tenants’ newsletter from the first quarter "
         "of 2026/27.",
         "Accepted", "accepted", "Head of Performance and Insight", ["Head of Performance and Insight"],
         "From July 2026", "2026-07", None),
        ("8", t3, "Involve the Panel in checking a sample of closed damp and mould cases every six months.",
         "INVOLVE", None,
         "The Panel will be offered a sample of 20 closed cases each April and October, starting in October "
         "2026.",
         "Accepted", "accepted", "Tenant Engagement Manager", ["Tenant Engagement Manager"], "October 2026",
         "2026-10", None),
    ]

    def body_list(theme):
        lines = []
        for r in recs:
            if r[1] == theme:
                lines.append(f"{r[0]}. {r[2]}")
        return "\n".join(lines)

    md = [
        "**FELLBROOK HOMES**",
        "*Board meeting – 21 May 2026 – Item 9 – Open session*",
        f"# {title}",
        "*Report of the Tenant Scrutiny Panel, with the management response (Appendix A)*",
        "**Presented by:** the Chair of the Tenant Scrutiny Panel, with the Director of Property Services  \n"
        "**Contact:** involvement@fellbrookhomes.example – 01632 960 612",
        "## Recommendation to the Board",
        cover,
        "## About the Panel and this review",
        "The Tenant Scrutiny Panel is a group of nine tenants who look in depth at one service each year and "
        "recommend improvements. The Board chose damp and mould for 2025/26 after the Housing Ombudsman’s "
        "spotlight report and a rise in complaints about it.",
        "Between October 2025 and March 2026 the Panel:",
        "- read the damp and mould policy, procedures and performance reports;\n"
        "- listened to 30 recorded calls in which tenants reported damp or mould;\n"
        "- went with surveyors on six inspections and talked to 41 tenants who had reported damp or mould in "
        "the past year; and\n"
        "- compared our approach with two other housing associations in the region.",
        "## What we found",
        "Fellbrook Homes received 611 reports of damp and mould in 2025/26, up from 388 the year before. The "
        "table shows how they were handled.",
        grid_table([44, 14, 14],
                   ["Measure", "2024/25", "2025/26"],
                   [["Reports of damp and mould", "388", "611"],
                    ["Inspected within 10 working days", "58%", "64%"],
                    ["Average days from report to completed repair", "47", "52"],
                    ["Cases reopened within six months", "19%", "23%"],
                    ["Complaints about damp and mould", "44", "71"]]),
        "**What works well.** Surveyors were knowledgeable and kind. Tenants whose cases reached a surveyor "
        "were mostly satisfied with the repair.",
        "**What needs to change.** It was hard to report damp and mould, and many tenants were first told to "
        "open windows and dry washing outside. Nearly a quarter of cases came back, often because the mould was "
        "cleaned off but the cause was not found. Tenants did not know who was dealing with their case.",
        "> “I phoned four times and every time I spoke to someone different. Nobody came for seven weeks and "
        "my daughter has asthma.” – tenant, Mill Lane",
        "One of the housing associations we visited told us its tenant panel had recommended that every "
        "surveyor carries a moisture meter. Fellbrook Homes surveyors already do, so we have not repeated it.",
        "## Our recommendations",
        "We make eight recommendations, under three headings.",
        f"### {t1}",
        body_list(t1),
        f"### {t2}",
        body_list(t2),
        f"### {t3}",
        body_list(t3),
        "## Thanks",
        "The Panel thanks the repairs team and surveyors for their openness, and the tenants who let us into "
        "their homes.",
        "*Tenant Scrutiny Panel, April 2026*",
        PAGE_BREAK_MD,
        "## Appendix A: Management response",
        "The Executive Team considered the Panel’s recommendations on 28 April 2026. They are numbered as in "
        "the Panel’s report and are not repeated here. For each one we say whether we accept it (**Accepted**, **Partially accepted** or **Not accepted**), what we will do, who "
        "will lead and by when.",
        grid_table([6, 39, 15, 20, 16],
                   ["No.", "Response", "Decision", "Lead", "Target date"],
                   [[r[0], r[5], r[6], r[8], r[10]] for r in recs]),
        "Progress will be reported to the Panel every quarter and to the Board’s Customer Committee twice a "
        "year.",
        "*Director of Property Services, on behalf of the Executive Team*",
    ]
    recommendations = [recommendation(None, cover, verb="RECEIVES", addressee="Board")]
    for r in recs:
        target = r[10]
        recommendations.append(recommendation(
            r[0], r[2], verb=r[3], addressee=r[4], theme=r[1], owners=r[9], due=r[11],
            timeframe=None if target in ("N/A", "Complete") else target, status=r[12], response=r[5],
            decision=r[7]))
    return {
        "name": "fellbrook-homes-tenant-scrutiny-panel-damp-and-mould-review",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-05-12"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="housing association tenant scrutiny panel review of damp and mould, with the "
                           "recommendations numbered 1–8 under three themes and the landlord's response table "
                           "(Accepted / Partially accepted / Not accepted, lead, target date)",
                     kind="scrutiny-report", title=title, authority=None, date="2026-05-21", meeting="Board",
                     recommendations=recommendations),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals landlord line and an italic "
                  "meeting line above the H1; an italic subtitle; bold-labelled \"Presented by\" / \"Contact\" "
                  "lines joined by a hard line break; \"Recommendation to the Board\" with one \"That the Board "
                  "receives … and approves …\" sentence; method bullets (\";\" and \"; and\"); a figures grid "
                  "table; bold-led \"What works well\" / \"What needs to change\" paragraphs; a block quote; "
                  "\"… its tenant panel had recommended that every surveyor carries a moisture meter\" (reported, "
                  "not an item); \"Our recommendations\" with three Heading 3 themes over pandoc-numbered lists "
                  "1–3, 4–6 and 7–8 (each list starting where the last ended): three \"Fellbrook Homes should …\", "
                  "one passive \"Tenants should be given …\", four imperatives. After a raw page break, Appendix A: "
                  "a five-column grid table No. | Response | Decision | Lead | Target date (the recommendations are "
                  "not restated; the numbers point back to the report); decisions Accepted / Partially accepted / Not accepted; leads split by \"/\" "
                  "and \";\" with a paragraph break inside the cell, one \"N/A\"; targets \"August 2026\", \"Q2 "
                  "2026/27\", \"Complete\", \"31 July 2026\", \"N/A\", \"March 2027\", \"From July 2026\", \"October "
                  "2026\".",
    }


# ---------------------------------------------------------------------------
# AE5. Complaint Handling Code self-assessment and Ombudsman actions tracker for the Corporate
#      Governance Committee (python-docx → LibreOffice, landscape, NinthMWriter).
# ---------------------------------------------------------------------------


def marshcombe_code_tracker():
    title = "Complaint Handling Code Self-Assessment and Ombudsman Actions Tracker"
    cover = ("The Committee is asked to note the self-assessment against the Complaint Handling Code and the "
             "progress made on the actions in Parts A and B.")
    cfm = "Customer Feedback Manager"
    mo = "Monitoring Officer"
    # Part A rows: (ref, requirement, compliant, gap, action, owner cell, owners, target, due, status cell, status)
    part_a = [
        ("1.2", "A complaint is defined as an expression of dissatisfaction, however made, about the standard of "
                "service, actions or lack of action by the organisation.", "Yes",
         "The definition in the Complaints Policy (revised January 2026) follows the Code word for word.",
         "None required.", "–", None, "–", None, "–", None),
        ("3.2", "People can make a complaint in any way, including in person, by telephone, in writing and "
                "through the website.", "Partly",
         "Complaints made by telephone to adult social care teams are not always logged on the complaints "
         "system.",
         "Add a complaint form to the adult social care case recording system and brief team managers on "
         "logging complaints made by telephone.",
         f"{cfm} /\nPrincipal Social Worker (Adults)", [cfm, "Principal Social Worker (Adults)"], "30/06/2026",
         "2026-06-30", "In progress", "ongoing"),
        ("3.5", "The complaints policy and information about the Ombudsman are published on the website and "
                "in public areas.", "Yes", "Published; leaflets in all libraries and at County Hall.",
         "None required.", "–", None, "–", None, "–", None),
        ("5.3", "Complaints are acknowledged within five working days.", "Partly",
         "88% acknowledged within five working days in 2025/26.",
         "Send an automatic acknowledgement for every complaint made through the online form.",
         "Digital Services Manager", ["Digital Services Manager"], "Q2 2026/27", "2026-09", "Not started",
         "not-started"),
        ("6.4", "Stage 1 responses are sent within 10 working days, with any extension of no more than a further "
                "10 working days.", "No", "71% within 10 working days in 2025/26.",
         "Send each directorate management team a weekly list of stage 1 complaints that are close to their "
         "deadline.",
         f"{cfm};\nBusiness Intelligence Lead", [cfm, "Business Intelligence Lead"], "31/07/2026", "2026-07-31",
         "In progress", "ongoing"),
        ("6.12", "Stage 2 responses are sent within 20 working days.", "Partly",
         "64% within 20 working days; one investigator covers all directorates.",
         "Recruit a second stage 2 investigator for twelve months and review the position in April 2027.",
         "Head of Customer Services", ["Head of Customer Services"], "September 2026", "2026-09", "Not started",
         "not-started"),
        ("7.1", "Remedies put things right and are proportionate, having regard to the Ombudsman’s guidance on "
                "remedies.", "Partly",
         "Payments are decided case by case without a policy, and amounts vary between directorates.",
         "Adopt a remedies policy based on the Ombudsman’s guidance on remedies, with payment bands agreed by "
         "the Monitoring Officer.",
         f"{mo} /\n{cfm}", [mo, cfm], "30/09/2026", "2026-09-30", "In progress", "ongoing"),
        ("8.1", "The annual self-assessment is completed, published and reported to the governing body.", "Yes",
         "This tracker; the self-assessment is published on the website.", "None required.", "–", None, "–",
         None, "–", None),
        ("9.2", "A member of the governing body is responsible for complaints and receives regular "
                "information.", "No", "No member has yet been named.",
         "Ask Council to name the Chair of the Corporate Governance Committee as the member responsible for "
         "complaints.", mo, [mo], "Council, 16 July 2026", "2026-07-16", "Not started", "not-started"),
    ]
    # Part B rows: (ref, service, improvement, owner cell, owners, deadline, due, status cell, status, evidence)
    part_b = [
        ("25 003 412", "Adult social care – charging",
         "Revise the financial assessment letter so that it explains how disability-related expenditure has "
         "been worked out.", "Head of Financial Assessments", ["Head of Financial Assessments"], "14/04/2026",
         "2026-04-14", "Complete", "completed", "Sent 09/04/2026"),
        ("25 006 090", "SEND",
         "Issue written guidance to SEND caseworkers that amended plans must be issued within four weeks of "
         "the annual review meeting.", "Head of SEND Services", ["Head of SEND Services"], "27/03/2026",
         "2026-03-27", "Complete", "completed", "Sent 20/03/2026"),
        ("25 007 251", "Highways",
         "Set up a procedure so that claims for damage to vehicles are acknowledged within ten working days "
         "and decided within three months.", "Highways Customer Liaison Manager",
         ["Highways Customer Liaison Manager"], "30/04/2026", "2026-04-30", "Overdue", None,
         "Extension asked for"),
        ("25 009 874", "Children’s services",
         "Train team managers in the statutory children’s complaints procedure, including when an independent "
         "stage 2 investigation must be offered.",
         "Head of Quality Assurance (Children) /\nCustomer Feedback Manager",
         ["Head of Quality Assurance (Children)", cfm], "31/07/2026", "2026-07-31", "In progress", "ongoing", ""),
        ("25 010 336", "Blue Badges",
         "Change refusal letters so that they give the reasons for the decision and explain how to ask for a "
         "review.", "Blue Badge Team Leader", ["Blue Badge Team Leader"], "19/06/2026", "2026-06-19",
         "Not started", "not-started", ""),
    ]
    fills = {"Yes": "C6E0B4", "Partly": "FFE699", "No": "F4B183"}
    a_rows = [[{"text": r[0], "bold": True}, r[1], {"text": r[2], "bold": True, "fill": fills[r[2]]}, r[3],
               r[4], r[5], r[7], r[9]] for r in part_a]
    b_rows = [[{"text": r[0], "bold": True}, r[1], r[2], r[3], r[5], r[7], r[9]] for r in part_b]
    blue = "1F4E79"
    blocks = [
        ("ph", 12, f"<<{blue}|MARSHCOMBE COUNTY COUNCIL>>"),
        ("p", "Corporate Governance Committee – 24 June 2026 – Agenda item 9 – Appendix 1"),
        ("title", title),
        ("p", "Position at 31 May 2026. Prepared by the Customer Feedback Manager (feedback@marshcombe.example, "
              "01632 960 781) for the Monitoring Officer."),
        ("box", [("p", "**Recommendation**"), ("p", cover)]),
        ("p", "**Status key:** Complete – action finished and evidence held; In progress – work has started; Not "
              "started – work has not begun; Overdue – the target date has passed. Compliance: Yes / Partly / No, "
              "the Council’s own judgement. Requirements are summarised; the Code’s full wording is on the "
              "Ombudsman’s website."),
        ("ph", 11.5, f"<<{blue}|Part A: Self-assessment against the Complaint Handling Code>>"),
        ("table", {"cols": [1.3, 5.2, 2.1, 4.5, 5.4, 3.4, 2.2, 1.6], "font": 8.5, "header_fill": "BDD7EE",
                   "header": ["Code ref", "Requirement (summary)", "Compliant?", "Evidence or gap", "Action",
                              "Owner", "Target date", "Status"],
                   "rows": a_rows}),
        ("p", "Provisions not listed above were assessed as compliant with no action needed; the full "
              "self-assessment (53 provisions) is published on the Council’s website."),
        ("break",),
        ("ph", 11.5, f"<<{blue}|Part B: Service improvements agreed with the Ombudsman, 2025/26>>"),
        ("p", "Where the Ombudsman upholds a complaint it may ask the Council to improve a service as well as to "
              "remedy the complainant’s injustice. The Council must send the Ombudsman evidence that each "
              "improvement has been made by the deadline it sets."),
        ("table", {"cols": [2.4, 2.9, 8.4, 4.5, 2.2, 1.8, 3.5], "font": 8.5, "header_fill": "BDD7EE",
                   "header": ["Ombudsman ref", "Service", "Service improvement agreed", "Owner", "Deadline",
                              "Status", "Evidence to Ombudsman"],
                   "rows": b_rows}),
        ("p", "Personal remedies (apologies and payments to complainants) are not shown. All 23 personal remedies "
              "due in 2025/26 were completed, 22 of them by the Ombudsman’s deadline."),
    ]
    actions = [action(r[0], r[4], r[6], r[7], r[8], r[10]) for r in part_a if r[6]]
    actions += [action(r[0], r[2], r[4], r[5], r[6], r[8]) for r in part_b]
    return {
        "name": "marshcombe-complaint-handling-code-and-ombudsman-actions-tracker",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-06-12", "doc_title": title, "author": "Customer Feedback Team", "ninth_m": True,
                 "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 9.5, "title_size": 15,
                 "box_width": 25.7,
                 "title_color": blue,
                 "m_header": ("Marshcombe County Council – Corporate Governance Committee",
                              "24 June 2026 – Item 9"),
                 "m_footer": ("Complaint Handling Code tracker – position at 31 May 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="complaint handling code self-assessment with actions (requirement | compliant? | "
                           "action | owner | date | status) and a tracker of service improvements agreed with "
                           "the Ombudsman, for a corporate governance committee",
                     kind="tracker", title=title, authority=MARSHCOMBE, date="2026-06-24",
                     meeting="Corporate Governance Committee",
                     recommendations=[recommendation(None, cover, verb="NOTE", addressee="Committee")],
                     actions=actions),
        "layout": "PDF (python-docx → LibreOffice), A4 landscape, Liberation Sans 9.5 pt, an italic running "
                  "header (council and committee | date and item) and footer (tracker and position date | "
                  "\"Page X of Y\"), rows that may not split. A blue bold capitals council line, a meeting line "
                  "(\"Agenda item 9 – Appendix 1\"), the blue title and a preparation line; a one-cell box "
                  "\"Recommendation\" with one \"The Committee is asked to note …\" sentence; a bold-led status key "
                  "paragraph (Complete / In progress / Not started / Overdue, and Yes / Partly / No as the "
                  "Council's own judgement). Part A: an 8.5 pt table Code ref | Requirement (summary) | Compliant? "
                  "| Evidence or gap | Action | Owner | Target date | Status with a pale blue header, refs 1.2–9.2; "
                  "compliance as bold words in green / yellow / orange cells; three \"Yes\" rows whose Action is "
                  "\"None required.\" and whose owner, date and status are \"–\" (not actions); owners split by "
                  "\"/\" plus line break and \";\" plus line break; targets \"30/06/2026\", \"Q2 2026/27\", "
                  "\"31/07/2026\", \"September 2026\", \"30/09/2026\", \"Council, 16 July 2026\". After a page "
                  "break, Part B: Ombudsman ref | Service | Service improvement agreed | Owner | Deadline | Status | "
                  "Evidence to Ombudsman, five rows labelled by case reference (\"25 003 412\" …), deadlines "
                  "dd/mm/yyyy, statuses Complete / Overdue / In progress / Not started, two empty evidence cells; "
                  "a closing note on personal remedies (not items).",
    }


# ---------------------------------------------------------------------------
# AE6. The Ombudsman's annual review letter to the County Council (python-docx → LibreOffice,
#      NinthMWriter): statistics only, nothing to find.
# ---------------------------------------------------------------------------


def marshcombe_annual_review_letter():
    title = "Annual Review letter 2026"
    navy = "22335B"
    blocks = [
        ("pr", f"<<{navy}|**Local Government and Social Care Ombudsman**>>"),
        ("pr", "<<595959|PO Box 4771 – www.lgsco.example – 01632 960 900>>"),
        ("p", ""),
        ("table", {"cols": [10.5, 6.5], "borders": False, "font": 10, "rows": [[
            "The Chief Executive\nMarshcombe County Council\nCounty Hall\nQuay Street\nMarshcombe MC1 2QS",
            "16 July 2026\n\nBy e-mail",
        ]]}),
        ("p", "Dear Chief Executive,"),
        ("ph", 13, f"<<{navy}|{title}>>"),
        ("p", "I write to you with your annual summary of complaint statistics from the Local Government and "
              "Social Care Ombudsman for the year ending 31 March 2026. The information offers valuable insight "
              "about your organisation’s approach to complaints. As such, I have sought to share this letter with "
              "the Leader of your Council and the Chair of the appropriate scrutiny committee, to encourage "
              "effective ownership and oversight of complaint outcomes, which offer valuable opportunities to "
              "learn and improve."),
        ("ph", 11.5, f"<<{navy}|Complaint statistics>>"),
        ("p", "Our statistics focus on three key areas that help to assess your organisation’s commitment to "
              "putting things right when they go wrong:"),
        ("p", "**Complaints upheld** – We uphold complaints when we find fault in an organisation’s actions, "
              "including where the organisation accepted fault before we investigated."),
        ("p", "**Compliance with recommendations** – We recommend ways for organisations to put things right when "
              "faults have caused injustice and monitor their compliance with our recommendations."),
        ("p", "**Satisfactory remedy provided by the authority** – In these cases, the organisation upheld the "
              "complaint and we agreed with how it offered to put things right."),
        ("p", "In the year, we upheld 74% of the complaints we investigated about your Council, compared with an "
              "average of 79% for similar organisations. We were satisfied that your Council had complied with "
              "our recommendations in 100% of cases, against an average of 99%. In 12% of upheld cases we found "
              "that your Council had provided a satisfactory remedy before the complaint reached us, compared "
              "with an average of 14%."),
        ("p", "The figures are set out in the annex to this letter. They are a snapshot and should be read "
              "alongside the number of complaints your Council handles locally and the size of the population it "
              "serves. They do not of themselves show how good or poor your Council’s complaint handling is."),
        ("ph", 11.5, f"<<{navy}|Your organisation’s performance>>"),
        ("p", "We issued no reports in the public interest about your Council this year. Adult care services and "
              "education and children’s services again made up more than half of the complaints we received, in "
              "line with other county councils."),
        ("p", "In two cases about special educational needs your Council took longer than we asked to send us "
              "evidence that service improvements had been made. In both cases the improvements were made "
              "before we closed our monitoring, and the delays do not affect your compliance rate."),
        ("ph", 11.5, f"<<{navy}|Complaint Handling Code>>"),
        ("p", "Our Complaint Handling Code sets out good practice for councils. From April 2026 our "
              "investigations consider whether an organisation has followed the Code, and our annual letters "
              "from next year will say where we have found that it has not. We know that many councils, "
              "including yours, have already published a self-assessment against the Code."),
        ("ph", 11.5, f"<<{navy}|Supporting complaint and service improvement>>"),
        ("p", "During the year we delivered two online courses on effective complaint handling to 38 of your "
              "Council’s staff. Our courses, and the resources on our website, remain available to every council "
              "that wants to use them."),
        ("p", "Yours sincerely,"),
        ("p", "**Local Government and Social Care Ombudsman**"),
        ("p", "Chair, Commission for Local Administration in England"),
        ("break",),
        ("ph", 13, f"<<{navy}|Annex: Complaint statistics – Marshcombe County Council, 2025-26>>"),
        ("p", "**Table 1: Complaints and enquiries received, by category**"),
        ("table", {"cols": [9.0, 3.0], "font": 9.5, "header_fill": "D6DCE5",
                   "header": ["Category", "Received"],
                   "rows": [["Adult care services", "61"],
                            ["Education and children’s services", "72"],
                            ["Highways and transport", "21"],
                            ["Corporate and other services", "9"],
                            ["Environmental services, public protection and regulation", "6"],
                            ["Planning and development", "3"],
                            ["Benefits and tax", "1"],
                            [{"text": "Total", "bold": True}, {"text": "173", "bold": True}]]}),
        ("p", "**Table 2: Decisions made**"),
        ("table", {"cols": [3.0, 3.0, 3.0, 3.0, 2.5, 2.5], "font": 9.5, "header_fill": "D6DCE5",
                   "header": ["Invalid or incomplete", "Advice given", "Referred back for local resolution",
                              "Closed after initial enquiries", "Not upheld", "Upheld"],
                   "rows": [["7", "4", "58", "44", "11", "31"]]}),
        ("p", "**Table 3: Key measures**"),
        ("table", {"cols": [6.0, 3.0, 4.5], "font": 9.5, "header_fill": "D6DCE5",
                   "header": ["Measure", "Your Council", "Average for similar organisations"],
                   "rows": [["Complaints upheld", "74% (31 of 42)", "79%"],
                            ["Compliance with recommendations", "100% (29 cases)", "99%"],
                            ["Satisfactory remedy provided by the authority", "12% (4 of 31)", "14%"]]}),
        ("p", "Notes: The number of complaints and enquiries received does not match the number of decisions "
              "made, because a decision may be made in a different year from the one in which the complaint was "
              "received. Compliance is calculated only for cases where compliance was due in the year and has "
              "been assessed. “Similar organisations” are the 21 county councils in England."),
    ]
    return {
        "name": "marshcombe-ombudsman-annual-review-letter-2026",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-07-16", "doc_title": title, "author": "LGSCO", "ninth_m": True,
                 "cant_split": True, "font": "Liberation Serif", "size": 11, "title_size": 14,
                 "title_color": navy,
                 "m_footer": ("Annual Review letter 2026 – Marshcombe County Council", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="ombudsman's annual review letter to a county council with complaint statistics only",
                     kind="other", title=title, authority=MARSHCOMBE, date="2026-07-16", meeting=None),
        "layout": "PDF (python-docx → LibreOffice), Liberation Serif 11 pt, an italic running footer (letter and "
                  "council | \"Page X of Y\"), rows that may not split. Right-aligned navy sender line and grey "
                  "address line; a borderless addressee | date table; \"Dear Chief Executive,\"; the navy bold "
                  "subject line \"Annual Review letter 2026\" (not a style) over bold non-style side headings "
                  "(Complaint statistics / Your organisation’s performance / Complaint Handling Code / Supporting "
                  "complaint and service improvement); bold-led definitions of the three measures (\"We recommend "
                  "ways for organisations to put things right …\", a definition, not an item); the year's figures "
                  "in prose; a note on two late pieces of evidence and on the Code (not items); a signature by "
                  "post. After a page break, an annex of three tables with grey-blue headers (complaints received "
                  "by category with a bold total row; decisions made in one row; key measures against the average "
                  "of similar organisations) and notes. Nothing to find.",
    }


PAPERS = [fellbrook_ombudsman_pir, marshcombe_pfd_response, fellbrook_complaints_annual_report,
          fellbrook_homes_tenant_scrutiny, marshcombe_code_tracker, marshcombe_annual_review_letter]
