"""Papers of the twenty-fourth batch, part AR ("inquiries, reviews and needs assessments"): six made-up
papers from two invented places:

  Sorrelby – Sorrelby City Council (a unitary city council with a Cabinet, a Scrutiny Commission and a
    Children and Young People Scrutiny Committee) and the Sorrelby Health and Wellbeing Board;
  Quenby – Quenby District Council (Cabinet, an Overview and Scrutiny Committee that is also its crime
    and disorder committee) and its partners: the Quenby Community Safety Partnership, the Quenby
    Council for Voluntary Service (Quenby CVS), and the public health team of Larchshire County Council
    (the invented county around the district), which writes needs assessments for the district.

The genre: the long reports that investigate something and recommend what should change – a scrutiny
commission's inquiry report, Cabinet's response to a scrutiny task group review, a county public health
team's health needs assessment for a district, a CVS's report of its community conversations, a district
scrutiny task group's final report on the community safety partnership's work, and an inquiry's evidence
pack of data tables that holds nothing to find.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every ward, street, estate, firm, charity, scheme and figure is
made up.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_twentyfourth_aq.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, recent parts' sections and first contact,
second renditions, rebuilding, the closing gold decisions), `Corpus/gold/README.md`,
`Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`, and for conventions and helpers the
writer part of `papers_ninth_m.py`, `grid_table` in `papers_fresh.py` and `papers_twentysecond_am.py`.
Each paper names its own split. Every gold value is written by hand beside the words it labels; the
part AR notes record the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AR1 sorrelby-scrutiny-commission-inquiry-damp-and-disrepair-private-rented-homes – tune – lo-pdf
  AR2 sorrelby-cabinet-response-elective-home-education-task-group-review – unseen – chromium-pdf
  AR3 quenby-older-people-rural-health-needs-assessment-2026 – unseen – pandoc-docx
  AR4 quenby-cvs-making-ends-meet-community-conversations-2026 – tune – docx
  AR5 quenby-anti-social-behaviour-task-and-finish-group-final-report – unseen – pandoc-lo-pdf
  AR6 sorrelby-school-readiness-inquiry-evidence-pack – tune – lo-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, recommendation
from papers_fresh import grid_table

SORRELBY = "Sorrelby City Council"
QUENBY = "Quenby District Council"
LARCHSHIRE = "Larchshire County Council"


def label(text, fill="E2E2E2"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AR1. Scrutiny Commission inquiry report on damp, mould and disrepair in privately rented homes
#      (python-docx → LibreOffice, NinthMWriter, portrait). A details table, a chair's foreword, a typed
#      "1.1 That the Scrutiny Commission endorses …" recommendation, the evidence sessions as a table (not
#      items), three finding themes each closing with "We recommend:" and typed bold R-labelled
#      recommendations, and a closing summary table No. | Recommendation | Suggested lead that repeats
#      them word for word.
# ---------------------------------------------------------------------------


def sorrelby_damp_inquiry():
    title = "Warm, Safe and Dry? Damp, Mould and Disrepair in Sorrelby’s Privately Rented Homes"
    teal = "1F4E5F"
    cover = ("That the Scrutiny Commission endorses this report and its eight recommendations and refers "
             "them to Cabinet, asking for a response within two months.")
    doh = "Director of Housing"
    hpsh = "Head of Private Sector Housing"
    # (no., theme, text, verb, addressee, lead cell, owners)
    recs = [
        ("R1", "Knowing where the problems are",
         "The Council should build a register of privately rented homes in the five wards with the highest "
         "levels of fuel poverty, using council tax, housing benefit and energy performance certificate "
         "data.", "BUILD", "Council", f"{hpsh} /\nHead of Revenues and Benefits",
         [hpsh, "Head of Revenues and Benefits"]),
        ("R2", "Knowing where the problems are",
         "Publish on the Council’s website, every six months, the number of damp and mould complaints about "
         "privately rented homes, the inspections carried out and the enforcement action taken.", "PUBLISH",
         None, hpsh, [hpsh]),
        ("R3", "Enforcement that landlords take seriously",
         "Cabinet should fund two additional environmental health officer posts for private sector housing "
         "for at least three years from 2026/27, paid for in part from civil penalty income.", "FUND",
         "Cabinet", "Cabinet Member for Housing;\nDirector of Finance",
         ["Cabinet Member for Housing", "Director of Finance"]),
        ("R4", "Enforcement that landlords take seriously",
         "Adopt a standard that every home reported as having a serious damp and mould hazard is inspected "
         "within ten working days of the report.", "ADOPT", None, hpsh, [hpsh]),
        ("R5", "Enforcement that landlords take seriously",
         "The Council should consult on an additional licensing scheme for houses in multiple occupation in "
         "the Ashgate and Millfield wards.", "CONSULT", "Council", doh, [doh]),
        ("R6", "Helping tenants and landlords",
         "A single telephone and online point of contact for damp and mould reports should be set up, shared "
         "by the housing options, environmental health and Healthy Homes teams.", None, None,
         f"{doh}, with the Customer Services Manager", [doh, "Customer Services Manager"]),
        ("R7", "Helping tenants and landlords",
         "The Sorrelby Health and Wellbeing Board should ask GP practices and health visitors to refer "
         "families whose children have asthma and who live in damp homes to the Healthy Homes service.",
         "ASK", "Sorrelby Health and Wellbeing Board", "Director of Public Health",
         ["Director of Public Health"]),
        ("R8", "Helping tenants and landlords",
         "Work with the Sorrelby Landlords’ Association to offer free training on preventing condensation and "
         "mould to landlords and letting agents at least twice a year.", "WORK", None,
         f"{hpsh} /\nSorrelby Landlords’ Association", [hpsh, "Sorrelby Landlords’ Association"]),
    ]

    def rec_block(no):
        r = [x for x in recs if x[0] == no][0]
        return ("pn", f"<<{teal}|**{r[0]}**>>\t{r[2]}")

    blocks = [
        ("p", f"<<{teal}|**SORRELBY CITY COUNCIL**>>"),
        ("p", "**Scrutiny Commission – Inquiry Report**"),
        ("title", title),
        ("p", "Final report of the Scrutiny Commission’s inquiry, September 2025 – February 2026"),
        ("table", {"cols": [4.6, 12.4], "font": 9.5, "rows": [
            [label("Report to", "D6E4EA"), "Scrutiny Commission, 24 March 2026 (then Cabinet)"],
            [label("Inquiry members", "D6E4EA"), "Cllr H.A. (Chair), Cllr D.B., Cllr M.K., Cllr P.O’N., "
                                                 "Cllr S.R., Cllr T.W."],
            [label("Lead officer", "D6E4EA"), "Scrutiny Policy Officer"],
            [label("Contact", "D6E4EA"), "scrutiny@sorrelby.example – 01632 960 514"],
            [label("Wards", "D6E4EA"), "All, with a focus on Ashgate, Millfield, Canal Side, St Bride’s "
                                       "and Northfields"],
        ]}),
        ("ph", 12, f"<<{teal}|Chair’s foreword>>"),
        ("p", "More than one in four households in Sorrelby now rent from a private landlord, twice as many as "
              "fifteen years ago. Most of those homes are decent and most landlords want to do the right "
              "thing. But during this inquiry we met families living with black mould on bedroom walls, "
              "children who have been in hospital with asthma, and tenants who were afraid to complain in "
              "case they were asked to leave."),
        ("p", "The Council has strong powers to deal with poor housing. Our conclusion is that it does not yet "
              "have the information, the staff or the single front door it needs to use them well. Our eight "
              "recommendations are practical and, we believe, affordable. I thank everyone who gave evidence, "
              "and especially the tenants who spoke to us."),
        ("p", "Cllr H.A., Chair of the inquiry"),
        ("ph", 12, f"<<{teal}|1. Recommendation to the Scrutiny Commission>>"),
        ("pn", f"1.1\t{cover}"),
        ("ph", 12, f"<<{teal}|2. Why we held this inquiry>>"),
        ("pn", "2.1\tThe Scrutiny Commission chose this topic for its 2025/26 inquiry after the death of a "
               "child from a respiratory condition linked to mould in a housing association home elsewhere "
               "in England led to new duties for social landlords. Those duties do not yet apply to private "
               "landlords, who house 31,400 Sorrelby households."),
        ("pn", "2.2\tOur terms of reference asked three questions: how much do we know about the condition of "
               "privately rented homes; how well does the Council use its enforcement powers; and how easy is "
               "it for tenants to get help?"),
        ("ph", 12, f"<<{teal}|3. How we went about it>>"),
        ("pn", "3.1\tWe held four evidence sessions, visited nine homes with environmental health officers "
               "and ran an online survey of tenants, which 412 people answered. The sessions are listed "
               "below."),
        ("table", {"cols": [3.0, 5.2, 8.8], "font": 9, "header_fill": "D6E4EA",
                   "header": ["Date", "Session", "Who we heard from"],
                   "rows": [
                       ["14 October 2025", "The scale of the problem",
                        "Head of Private Sector Housing; Public Health Intelligence Manager; Sorrelby Tenants’ "
                        "Voice"],
                       ["11 November 2025", "Enforcement",
                        "Environmental Health Team Leader; Legal Services; a neighbouring council’s licensing "
                        "manager"],
                       ["9 December 2025", "Landlords and agents",
                        "Sorrelby Landlords’ Association; two letting agents; a housing association"],
                       ["20 January 2026", "Health and advice",
                        "Consultant in Public Health; a community paediatrician; Sorrelby Citizens Advice; "
                        "Healthy Homes service"],
                   ]}),
        ("ph", 12, f"<<{teal}|4. What we found>>"),
        ("ph", 11, f"<<{teal}|Knowing where the problems are>>"),
        ("pn", "4.1\tThe Council does not know which privately rented homes are in the worst condition. The "
               "last stock condition survey was in 2017. Officers estimate that 4,700 privately rented homes "
               "have a serious hazard, most often damp and mould or excess cold, but this is an estimate "
               "from national data."),
        ("pn", "4.2\tThe Council received 1,086 complaints about privately rented homes in 2024/25, of which "
               "388 were about damp and mould. These figures are reported to officers but have never been "
               "published, and members could not see how many led to action."),
        ("p", "We recommend:"),
        rec_block("R1"),
        rec_block("R2"),
        ("ph", 11, f"<<{teal}|Enforcement that landlords take seriously>>"),
        ("pn", "4.3\tThe private sector housing team has 6.5 environmental health officers, down from 9 in "
               "2015. The average time from a complaint to an inspection was 27 working days in 2024/25, and "
               "for some serious cases it was more than 40."),
        ("pn", "4.4\tThe Council served 61 improvement notices and issued 14 civil penalties in 2024/25. "
               "Civil penalty income of £71,500 went into the general fund. The neighbouring council we "
               "heard from uses its penalty income to fund two officer posts."),
        ("pn", "4.5\tHouses in multiple occupation in Ashgate and Millfield account for a third of all damp "
               "and mould complaints. The Sorrelby Tenants’ Voice told us it recommended an additional "
               "licensing scheme for these wards in 2022; that was not taken forward at the time."),
        ("p", "We recommend:"),
        rec_block("R3"),
        rec_block("R4"),
        rec_block("R5"),
        ("ph", 11, f"<<{teal}|Helping tenants and landlords>>"),
        ("pn", "4.6\tTenants told us they did not know whom to call. A damp and mould report may reach the "
               "housing options team, environmental health or the Healthy Homes service, and each keeps its "
               "own records. Of the tenants who answered our survey, 58% had not reported the problem to the "
               "Council."),
        ("pn", "4.7\tThe community paediatrician told us that children with asthma are admitted to hospital "
               "from the same streets year after year. The Healthy Homes service, which offers insulation, "
               "heating repairs and advice, receives few referrals from health services."),
        ("pn", "4.8\tLandlords told us that many cases of mould are caused by condensation, and that tenants "
               "and landlords alike would benefit from clear advice. The Landlords’ Association offered to "
               "help."),
        ("p", "We recommend:"),
        rec_block("R6"),
        rec_block("R7"),
        rec_block("R8"),
        ("ph", 12, f"<<{teal}|5. Next steps>>"),
        ("pn", "5.1\tIf the Scrutiny Commission endorses the report, it will go to Cabinet on 21 April 2026. "
               "Cabinet is asked to respond within two months, and the Commission will review progress six "
               "and twelve months after Cabinet’s response."),
        ("pn", "5.2\tThe Commission estimates the cost of recommendations R3 and R6 at about £118,000 a year. "
               "The other recommendations can be met within existing budgets."),
        ("ph", 12, f"<<{teal}|6. Summary of recommendations>>"),
        ("table", {"cols": [1.4, 10.6, 5.0], "font": 9, "header_fill": "D6E4EA",
                   "header": ["No.", "Recommendation", "Suggested lead"],
                   "rows": [[{"text": r[0], "bold": True}, r[2], r[5]] for r in recs]}),
        ("p", "Background papers: Scrutiny Commission, 16 September 2025 – inquiry scope and terms of reference; "
              "notes of the evidence sessions; tenants’ survey results (February 2026)."),
    ]
    recommendations = [recommendation("1.1", cover, verb="ENDORSES", addressee="Scrutiny Commission")]
    recommendations += [recommendation(r[0], r[2], verb=r[3], addressee=r[4], theme=r[1], owners=r[6])
                        for r in recs]
    return {
        "name": "sorrelby-scrutiny-commission-inquiry-damp-and-disrepair-private-rented-homes",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-13", "doc_title": title, "author": "Scrutiny Policy Officer",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 16,
                 "title_color": teal,
                 "m_header": ("Sorrelby City Council – Scrutiny Commission", "Inquiry report – March 2026"),
                 "m_footer": ("Warm, Safe and Dry? – final report", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a city council scrutiny commission's inquiry report on damp and disrepair in "
                           "privately rented homes: evidence sessions, findings by theme, R-labelled "
                           "recommendations and a closing summary table with a suggested lead",
                     kind="scrutiny-report", title=title, authority=SORRELBY, date="2026-03-24",
                     meeting="Scrutiny Commission", recommendations=recommendations),
        "layout": "PDF (python-docx → LibreOffice), portrait (Letter), Liberation Sans 10 pt, an italic running "
                  "header (council and commission | \"Inquiry report – March 2026\") and footer (report | \"Page "
                  "X of Y\"), rows that may not split. A teal bold capitals council line, a bold \"Scrutiny "
                  "Commission – Inquiry Report\" line, the teal title, a dates line, a bordered details table with "
                  "blue label cells (Report to / Inquiry members / Lead officer / Contact / Wards); teal bold "
                  "headings that are not styles; a chair's foreword; \"1. Recommendation to the Scrutiny "
                  "Commission\" with a typed \"1.1 That the Scrutiny Commission endorses …\" paragraph; typed "
                  "hanging 2.1–5.2 paragraphs; an evidence sessions table Date | Session | Who we heard from (not "
                  "items); section 4 with three theme sub-headings, each ending \"We recommend:\" over typed "
                  "hanging paragraphs with a bold teal label R1–R8 and a tab (four \"X should …\" sentences – the "
                  "Council twice, Cabinet, the Health and Wellbeing Board – three imperatives, one passive); "
                  "\"… told us it recommended an additional licensing scheme … in 2022\" (reported, not an "
                  "item); \"6. Summary of recommendations\", a table No. | Recommendation | Suggested lead that "
                  "repeats R1–R8 word for word with leads split by \"/\" plus line break, \";\" plus line break "
                  "and \", with the\".",
    }


# ---------------------------------------------------------------------------
# AR2. Report to Sorrelby's Cabinet with its response to the Children and Young People Scrutiny
#      Committee's task group review of elective home education (HTML → Chromium, A4, CSS page-margin
#      boxes). A details table, "Cabinet is RECOMMENDED to:" over an HTML (a)/(b) list with capital verbs,
#      the review's findings in prose with a figures table (not items), and Appendix A, a response table
#      No. | Task group recommendation | Cabinet response | Accepted? | Lead officer | Target date.
# ---------------------------------------------------------------------------


def sorrelby_ehe_response():
    title = "Elective Home Education: Response to the Scrutiny Task Group Review"
    navy = "23395B"
    cover = [
        ("a", "AGREE the responses to the seven recommendations of the Children and Young People Scrutiny "
              "Committee’s task group review of elective home education, set out in Appendix A; and", "AGREE"),
        ("b", "NOTE that the Director of Education will report progress on the accepted recommendations to the "
              "Children and Young People Scrutiny Committee in January 2027.", "NOTE"),
    ]
    ehe = "EHE Team Manager"
    # (no., text, verb, addressee, response, decision word, lead cell, owners, target cell, due, status)
    recs = [
        ("1", "Write to every family within ten school days of a child being removed from a school roll to "
              "home educate, offering a visit or a meeting at a place of the family’s choosing.", "WRITE", None,
         "The team already writes to families, but the average time taken was 23 school days in 2024/25. A "
         "new standard letter and an automatic alert from the schools’ admissions system will bring this "
         "within ten school days.", "Accepted", ehe, [ehe], "September 2026", "2026-09", None),
        ("2", "Headteachers should tell the Council, before a parent’s letter is sent, when they believe a "
              "parent has been encouraged or pressured to remove a child from the school roll.", "TELL",
         "Headteachers",
         "Cabinet agrees that no family should feel pushed into home education. The Director of Education "
         "will write to all headteachers and governing bodies, and the Sorrelby Schools Forum will be asked to "
         "adopt a protocol. The Council cannot require academies to follow it, so the recommendation is "
         "accepted in part.", "Accepted in part", "Director of Education /\nSorrelby Schools Forum",
         ["Director of Education", "Sorrelby Schools Forum"], "Q3 2026/27", "2026-12", None),
        ("3", "Increase the EHE team from two to four full-time advisers.", "INCREASE", None,
         "Cabinet recognises the growth in the number of children educated at home, from 412 in 2021 to 868 "
         "in January 2026. One additional adviser post has been funded from April 2026 in the 2026/27 "
         "budget. A second post cannot be funded this year.", "Accepted in part", ehe, [ehe], "April 2026",
         "2026-04", None),
        ("4", "The Council should publish a guide for home educating families, written with them, setting "
              "out the support, exam entry and careers advice available.", "PUBLISH", "Council",
         "A guide was written with the Sorrelby Home Educators’ Network and published in May 2026.",
         "Accepted", ehe, [ehe], "Complete", None, "completed"),
        ("5", "Pay the exam entry fees of home educated young people for up to five GCSEs in English, maths "
              "and science.", "PAY", None,
         "The Council has no budget for exam fees and other councils that have offered this have found the "
         "cost hard to control. The Council will instead agree exam centre places at Sorrelby College at the "
         "college’s own rate and publish them.", "Not accepted", "N/A", [], "N/A", None, None),
        ("6", "The Sorrelby Safeguarding Children Partnership should audit a sample of cases where a child "
              "known to children’s social care was removed from roll to be home educated.", "AUDIT",
         "Sorrelby Safeguarding Children Partnership",
         "The Partnership has agreed to include this in its 2026/27 audit programme.", "Accepted",
         "SSCP Business Manager, with the Head of Safeguarding in Education",
         ["SSCP Business Manager", "Head of Safeguarding in Education"], "31 January 2027", "2027-01-31",
         None),
        ("7", "Children who are home educated should be offered the same school nursing health checks and "
              "immunisations as children in school.", None, None,
         "The school nursing service will write to home educating families each year with the offer, and "
         "families can book through the same line as schools.", "Accepted",
         "Consultant in Public Health (Children) /\nSchool Nursing Service Lead",
         ["Consultant in Public Health (Children)", "School Nursing Service Lead"], "From September 2026",
         "2026-09", None),
    ]
    decisions = {"Accepted": "accepted", "Accepted in part": "partially-accepted", "Not accepted": "rejected"}
    rows = []
    for r in recs:
        rows.append([{"text": r[0], "bold": True}, r[1], r[4], {"text": r[5], "bold": True}, r[6], r[8]])
    blocks = [
        ("p", f"<<{navy}|**SORRELBY CITY COUNCIL**>>"),
        ("table", {"cols": [4.2, 12.8], "borders": False, "rows": [
            [{"text": "Meeting:", "bold": True}, "Cabinet"],
            [{"text": "Date:", "bold": True}, "Tuesday 16 June 2026"],
            [{"text": "Report of:", "bold": True}, "Director of Education"],
            [{"text": "Portfolio:", "bold": True}, "Cabinet Member for Children, Young People and Schools"],
            [{"text": "Key decision:", "bold": True}, "No"],
            [{"text": "Wards:", "bold": True}, "All"],
            [{"text": "Author:", "bold": True}, "EHE Team Manager – ehe@sorrelby.example – 01632 960 587"],
        ]}),
        ("title", title),
        ("h", 2, "1. Purpose"),
        ("p", "1.1 On 10 March 2026 the Children and Young People Scrutiny Committee agreed the final report of "
              "its task group review of elective home education (EHE) and made seven recommendations to "
              "Cabinet and partners. This report sets out the proposed response to each."),
        ("h", 2, "2. Recommendations"),
        ("p", "Cabinet is RECOMMENDED to:"),
        ("list", "(a)", 1, [r[1] for r in cover]),
        ("h", 2, "3. Background"),
        ("p", "3.1 Parents have the right to educate their children at home. The Council has a duty to make "
              "arrangements to find out whether a child of compulsory school age is not receiving a suitable "
              "education, and a general duty to safeguard children, but it has no power to visit a home or "
              "see a child if the family declines."),
        ("p", "3.2 The number of children known to be educated at home in Sorrelby has more than doubled in "
              "five years."),
        ("table", {"cols": [5.5, 2.3, 2.3, 2.3, 2.3, 2.3], "font": 9, "header_fill": "D5DEEA",
                   "header": ["Children known to be home educated", "Jan 2022", "Jan 2023", "Jan 2024",
                              "Jan 2025", "Jan 2026"],
                   "rows": [
                       ["Primary age (5–10)", "171", "214", "259", "301", "338"],
                       ["Secondary age (11–16)", "241", "302", "377", "455", "530"],
                       [{"text": "Total", "bold": True}, {"text": "412", "bold": True},
                        {"text": "516", "bold": True}, {"text": "636", "bold": True},
                        {"text": "756", "bold": True}, {"text": "868", "bold": True}],
                       ["Of whom known to children’s social care", "38", "47", "61", "70", "79"],
                   ]}),
        ("h", 2, "4. The task group’s findings"),
        ("p", "4.1 The task group, of five councillors, met eight times between October 2025 and February 2026. "
              "It heard from the EHE team, headteachers, the Safeguarding Children Partnership, the school "
              "nursing service and the Sorrelby Home Educators’ Network, and it received 96 responses to a "
              "survey of home educating parents."),
        ("p", "4.2 The task group found that most families chose home education for positive reasons, but that "
              "a growing minority, especially of secondary-age children with anxiety or special educational "
              "needs, felt they had no choice. Several parents said a school had suggested home education to "
              "avoid an exclusion. The task group recommended that this practice be challenged, and its report "
              "describes the support families said they lacked: exam entry, careers advice and health checks."),
        ("p", "4.3 The review also found that the EHE team of two advisers had not been able to make initial "
              "contact with a quarter of families within a term."),
        ("h", 2, "5. Financial implications"),
        ("p", "5.1 The additional adviser post (recommendation 3) costs £44,600 a year including on-costs and is "
              "included in the 2026/27 budget. The other accepted recommendations are met from existing "
              "budgets."),
        ("h", 2, "6. Legal implications"),
        ("p", "6.1 The responses are consistent with the Education Act 1996 and the Department for Education’s "
              "guidance for local authorities on elective home education. The protocol in response to "
              "recommendation 2 is voluntary for academies."),
        ("h", 2, "7. Background papers"),
        ("p", "Children and Young People Scrutiny Committee, 10 March 2026: Elective Home Education – Task Group "
              "Final Report."),
        ("break",),
        ("h", 2, "Appendix A – Cabinet’s response to the task group’s recommendations"),
        ("table", {"cols": [0.9, 4.4, 5.6, 2.0, 2.6, 2.0], "font": 8.5, "header_fill": "D5DEEA",
                   "header": ["No.", "Task group recommendation", "Cabinet response", "Accepted?", "Lead officer",
                              "Target date"],
                   "rows": rows}),
        ("p", "Contact: EHE Team Manager, Sorrelby City Council, Civic Centre, Sorrelby SY1 2CC."),
    ]
    css = ("@page { margin: 20mm 16mm 18mm 16mm; "
           "@top-left { content: \"Sorrelby City Council – Cabinet – 16 June 2026\"; font-family: "
           "'Liberation Serif', serif; font-size: 8pt; font-style: italic; color: #555555; } "
           "@top-right { content: \"Agenda item 9\"; font-family: 'Liberation Serif', serif; "
           "font-size: 8pt; font-style: italic; color: #555555; } "
           "@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Serif', serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 17pt; margin: 8pt 0 8pt 0; }\n"
           "h2 { color: #23395B; font-size: 12pt; page-break-after: avoid; }\n")
    recommendations = [recommendation(n, t, verb=v, addressee="Cabinet") for n, t, v in cover]
    recommendations += [recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[7], due=r[9],
                                       timeframe=None if r[8] in ("N/A", "Complete") else r[8], status=r[10],
                                       response=r[4], decision=decisions[r[5]]) for r in recs]
    return {
        "name": "sorrelby-cabinet-response-elective-home-education-task-group-review",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "css_font": "'Liberation Serif', serif",
                 "size": 10.5, "title_color": navy},
        "blocks": blocks,
        "gold": dict(genre="report to a city council's Cabinet with its response to a scrutiny task group review "
                           "of elective home education: a covering (a)/(b) recommendation with capital verbs and an "
                           "appendix response table with an \"Accepted?\" column",
                     kind="executive-response", title=title, authority=SORRELBY, date="2026-06-16",
                     meeting="Cabinet", recommendations=recommendations),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Serif 10.5 pt, CSS page-margin boxes (an italic "
                  "running header with council, Cabinet and date on the left and \"Agenda item 9\" on the right; "
                  "\"Page n of m\" centred at the foot). A navy bold capitals council line, a borderless details "
                  "table (Meeting / Date / Report of / Portfolio / Key decision / Wards / Author), the title; navy "
                  "h2 sections with typed 1.1–6.1 paragraphs; \"2. Recommendations\" with \"Cabinet is RECOMMENDED "
                  "to:\" over an HTML (a)/(b) list opening with capital verbs (AGREE …; and / NOTE …); a figures "
                  "table with a bold total row (not items); the findings in prose (\"The task group recommended "
                  "that this practice be challenged\", not an item). After a page break, Appendix A: an 8.5 pt "
                  "table No. | Task group recommendation | Cabinet response | Accepted? | Lead officer | Target "
                  "date with a blue header; decisions \"Accepted\", \"Accepted in part\", \"Not accepted\" in bold; "
                  "three imperatives, three \"X should …\" sentences (Headteachers, the Council, "
                  "the Safeguarding Children Partnership) and one passive; leads split by \"/\" plus line break and \", with the\", "
                  "one \"N/A\"; target dates \"September 2026\", \"Q3 2026/27\", \"April 2026\", \"Complete\", "
                  "\"N/A\", \"31 January 2027\", \"From September 2026\".",
    }


# ---------------------------------------------------------------------------
# AR3. Health needs assessment of older people in rural Quenby, written by Larchshire County Council's
#      public health team for the district (Markdown → pandoc DOCX). A line block of details, key
#      findings as a pandoc-numbered list (not items), figures pipe tables, quotes as block quotes, gaps
#      bullets, and recommendations under three Heading 3 "Recommendations for …" headings as one pandoc
#      numbered list that continues 1–3, 4–6, 7–8 across them.
# ---------------------------------------------------------------------------


def quenby_rural_older_people_hna():
    title = "Growing Older in Rural Quenby: A Health Needs Assessment"
    groups = [
        ("Recommendations for commissioners", ["commissioners"]),
        ("Recommendations for Quenby District Council", ["Quenby District Council"]),
        ("Recommendations for the voluntary and community sector", ["voluntary and community sector"]),
    ]
    # (no., group index, text, verb, addressee)
    recs = [
        ("1", 0, "Commission a falls prevention and strength and balance service that runs classes in village "
                 "halls across the district, not only in Quenby town and Hartwell.", "COMMISSION", None),
        ("2", 0, "NHS Larch Valley Integrated Care Board should extend the community pharmacy blood pressure "
                 "check service to the mobile pharmacy that visits the Upper Quen villages.", "EXTEND",
         "NHS Larch Valley Integrated Care Board"),
        ("3", 0, "Fund a social prescribing link worker dedicated to the rural parishes for at least three "
                 "years, hosted by a primary care network.", "FUND", None),
        ("4", 1, "Quenby District Council should review its Community Transport Grant so that it pays for "
                 "journeys to health appointments outside the district, including Larchester General "
                 "Hospital.", "REVIEW", "Quenby District Council"),
        ("5", 1, "Include the needs of older people in the rural parishes in the next housing strategy, with a "
                 "target for accessible and adaptable homes in the larger villages.", "INCLUDE", None),
        ("6", 1, "Disabled Facilities Grant adaptations for people aged 75 and over should be completed within "
                 "20 weeks of the referral.", None, None),
        ("7", 2, "Quenby CVS should set up a network of village good neighbour schemes, with shared training, "
                 "DBS checks and insurance.", "SET", "Quenby CVS"),
        ("8", 2, "Work with parish councils to keep an up-to-date list of lunch clubs, warm spaces and "
                 "activities in each village, and share it with GP practices every three months.", "WORK",
         None),
    ]
    details = "\n".join([
        "| **Produced by:** Larchshire County Council Public Health, for Quenby District Council and the "
        "Quenby Health and Wellbeing Partnership",
        "| **Lead author:** Public Health Principal (Quenby and Hartwell locality)",
        "| **Published:** May 2026",
        "| **Next review:** May 2029",
        "| **Contact:** phintelligence@larchshire.example – 01632 960 703",
    ])
    population = "\n".join([
        "| Age group | Quenby town | Hartwell | Rural parishes | District |",
        "|:----------------------------|-------------:|-------------:|-------------:|-------------:|",
        "| 65–74 | 2,910 | 1,640 | 5,870 | 10,420 |",
        "| 75–84 | 1,780 | 1,020 | 3,960 | 6,760 |",
        "| 85 and over | 610 | 380 | 1,420 | 2,410 |",
        "| **All 65 and over** | **5,300** | **3,040** | **11,250** | **19,590** |",
        "| % of population aged 65 and over | 21% | 24% | 33% | 27% |",
    ])
    health = "\n".join([
        "| Indicator (2024/25) | Rural parishes | District | Larchshire | England |",
        "|:----------------------------|-------------:|-------------:|-------------:|-------------:|",
        "| Emergency admissions for falls, 65+ (per 100,000) | 2,310 | 2,040 | 1,980 | 1,950 |",
        "| Living alone, 65+ (%) | 34% | 31% | 30% | 31% |",
        "| No car in household, 75+ (%) | 27% | 29% | 31% | 38% |",
        "| More than 30 minutes by public transport to a GP (%) | 41% | 22% | 19% | – |",
        "| Flu vaccine uptake, 65+ (%) | 77% | 78% | 79% | 77% |",
    ])
    md = [
        "**LARCHSHIRE JOINT STRATEGIC NEEDS ASSESSMENT – DISTRICT NEEDS ASSESSMENTS**",
        f"# {title}",
        details,
        "## Summary",
        "A third of the people who live in Quenby’s rural parishes are aged 65 or over, and the share is "
        "rising faster than in the towns. Most older people in the villages are healthy and well connected. "
        "But those who live alone, do not drive or have a long-term condition find it hard to reach services "
        "that are increasingly based in Quenby town, Hartwell and Larchester.",
        "Our key findings are:",
        "1. Emergency admissions for falls among people aged 65 and over in the rural parishes are 18% higher "
        "than the Larchshire average.",
        "2. Four in ten rural residents are more than 30 minutes by public transport from their GP practice, "
        "and three bus routes have been cut since 2023.",
        "3. Loneliness is the concern older people raised most often, especially after a bereavement or when "
        "they stop driving.",
        "4. Waiting times for home adaptations are longer for rural residents (31 weeks on average) than for "
        "those in the towns (24 weeks).",
        "5. Village groups do much of the work of keeping people connected, but many rely on two or three "
        "volunteers.",
        "## 1. Introduction",
        "1.1 This needs assessment was requested by the Quenby Health and Wellbeing Partnership in June 2025. It "
        "looks at people aged 65 and over living in the 31 rural parishes of Quenby district, outside Quenby "
        "town and Hartwell. It uses published data, NHS and council service data, and what 143 older people, "
        "carers and staff told us between September and December 2025.",
        "## 2. Who lives in rural Quenby",
        "2.1 There are about 19,590 people aged 65 and over in the district, of whom 11,250 live in the rural "
        "parishes. By 2035 the number of people aged 85 and over in the rural parishes is projected to grow by "
        "half.",
        "*Table 1: People aged 65 and over by area, mid-2024 estimates*",
        population,
        "## 3. Health and use of services",
        "3.1 Rural older people are as healthy as those in the towns on most measures, and vaccine uptake is "
        "good. The differences are in falls, in living alone and in the time it takes to reach services.",
        "*Table 2: Selected indicators*",
        health,
        "3.2 The two primary care networks that serve the rural parishes run four branch surgeries, two of "
        "which now open on two days a week. The mobile pharmacy visits nine villages once a fortnight.",
        "## 4. What people told us",
        "4.1 We held eleven conversations in village halls and lunch clubs, and spoke to district nurses, "
        "parish clerks, the community transport scheme and Quenby CVS.",
        "> “Since my husband died and I gave up the car, I can go a week without talking to anyone. The bus "
        "goes twice a day, if it comes.”",
        "> “The lunch club is the only reason some of our members get a hot meal. We have three drivers and "
        "two of them are over eighty.”",
        "4.2 People valued their GP practice and the community transport scheme highly. Several said they "
        "would attend exercise classes if they were held in their own village. A parish council told us it had "
        "recommended that the district’s grant should cover hospital journeys; at present it covers only "
        "journeys within the district.",
        "## 5. Gaps",
        "- There is no strength and balance provision outside the two towns.",
        "- We do not know how many older people in the villages are carers themselves.",
        "- Information about local groups is held in many places and is quickly out of date.",
        "## 6. Recommendations",
        "6.1 The recommendations below are grouped by the organisations best placed to take them forward. They "
        "will be discussed with the Quenby Health and Wellbeing Partnership, which will agree who leads each "
        "one.",
    ]
    for g, (heading, _owners) in enumerate(groups):
        md.append(f"### {heading}")
        items = [r for r in recs if r[1] == g]
        md.append("\n".join(f"{r[0]}. {r[2]}" for r in items))
    md += [
        "## 7. What happens next",
        "- The Quenby Health and Wellbeing Partnership will consider this assessment at its meeting in June "
        "2026.",
        "- The findings will inform the refresh of the Larchshire Ageing Well Strategy.",
        "## Sources",
        "Office for National Statistics mid-year population estimates 2024; Hospital Episode Statistics "
        "2024/25; Census 2021; Larchshire County Council Adult Social Care and Quenby District Council "
        "housing data; conversations with residents, September – December 2025.",
    ]
    recommendations = [recommendation(r[0], r[2], verb=r[3], addressee=r[4], theme=groups[r[1]][0],
                                      owners=groups[r[1]][1]) for r in recs]
    return {
        "name": "quenby-older-people-rural-health-needs-assessment-2026",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-05-11"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a county public health team's health needs assessment of older people in a "
                           "district's rural parishes: key findings, figures tables, quotes, gaps and "
                           "recommendations grouped under \"Recommendations for …\" headings",
                     kind="needs-assessment", title=title, authority=LARCHSHIRE, date="2026-05",
                     meeting=None, recommendations=recommendations),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals JSNA line above the H1; a line "
                  "block of bold-labelled details (Produced by / Lead author / Published / Next review / "
                  "Contact); a summary with a pandoc-numbered 1.–5. key findings list (not items); Heading 2 "
                  "sections with typed 1.1–6.1 paragraphs; two pipe tables (population, indicators) with italic "
                  "captions and a bold total row; block-quoted residents' words; \"A parish council told us it "
                  "had recommended that …\" (reported, not an item); gaps bullets (not items); under \"6. "
                  "Recommendations\" three Heading 3 headings \"Recommendations for commissioners\" / \"… for "
                  "Quenby District Council\" / \"… for the voluntary and community sector\" over pandoc numbered "
                  "lists 1–3, 4–6, 7–8 (start numbers carried on); four imperatives, three \"X should …\" "
                  "sentences naming the ICB, the District Council and Quenby CVS, and one passive; \"What happens "
                  "next\" bullets and a sources paragraph (not items).",
    }


# ---------------------------------------------------------------------------
# AR4. Quenby CVS's report of its community conversations on the cost of living (python-docx DOCX,
#      NinthMWriter, portrait). A brand line, the title and a strapline, who we spoke to (a table, not
#      items), what we heard under bold lead phrases with quotes (not items), "What is working" bullets,
#      a table No. | What we are asking for | Who we are asking (the recommendations) and a table
#      "What Quenby CVS will do" Ref | Action | Lead | By when (the actions).
# ---------------------------------------------------------------------------


def quenby_cvs_cost_of_living():
    title = "Making Ends Meet: What Quenby’s Communities Told Us"
    rust = "A4481B"
    qdc = "Quenby District Council"
    # (no., text, verb, addressee, who cell, owners)
    recs = [
        ("1", "Keep the Household Support Fund open to applications made through community groups, not only "
              "online, when it is renewed in April 2026.", "KEEP", None, qdc, [qdc]),
        ("2", "Place a benefits adviser in the Quenby and Hartwell food banks for one day a week.", "PLACE", None,
         f"Quenby Citizens Advice /\n{qdc}", ["Quenby Citizens Advice", qdc]),
        ("3", "The Council should give small community groups that run warm spaces a simple grant of up to "
              "£1,500 a year, with a one-page application form.", "GIVE", "Council", qdc, [qdc]),
        ("4", "Landlords and housing associations should tell tenants about energy advice and hardship funds as "
              "soon as rent arrears start to build up.", "TELL", "Landlords and housing associations",
         "Quenby Homes;\nQuenby Landlords’ Forum", ["Quenby Homes", "Quenby Landlords’ Forum"]),
        ("5", "Bus operators and the County Council should keep the £2 single fare on the routes that serve "
              "the food banks, the Jobcentre and Quenby Community Hospital.", "KEEP",
         "Bus operators and the County Council", "Larchshire County Council (Passenger Transport)",
         ["Larchshire County Council (Passenger Transport)"]),
        ("6", "Funders should allow grants to be spent on staff and running costs, not only on new projects.",
         "ALLOW", "Funders", "Quenby Funders’ Network", ["Quenby Funders’ Network"]),
    ]
    # (ref, action, lead cell, owners, by when, due)
    acts = [
        ("A", "Share this report with every group that took part and present it to the Quenby Health and "
              "Wellbeing Partnership.", "Chief Officer", ["Chief Officer"], "April 2026", "2026-04"),
        ("B", "Run two free training sessions for volunteers on spotting money worries and making good "
              "referrals.", "Training Officer /\nQuenby Citizens Advice", ["Training Officer",
                                                                          "Quenby Citizens Advice"],
         "June 2026", "2026-06"),
        ("C", "Set up a cost of living forum for community groups, meeting every three months.",
         "Community Development Worker", ["Community Development Worker"], "From May 2026", "2026-05"),
        ("D", "Hold the community conversations again next winter and report what has changed.",
         "Chief Officer, with the Trustee Board", ["Chief Officer", "Trustee Board"], "February 2027",
         "2027-02"),
    ]
    head = "F6DCCB"
    blocks = [
        ("p", f"<<{rust}|**QUENBY COUNCIL FOR VOLUNTARY SERVICE**>>"),
        ("title", title),
        ("p", "**Community conversations on the cost of living, November 2025 – January 2026**"),
        ("p", "Published March 2026"),
        ("ph", 12, f"<<{rust}|About this report>>"),
        ("p", "Quenby CVS supports more than 240 charities, community groups and social enterprises across "
              "Quenby district. In the autumn our members told us that the people they help were struggling "
              "more than at any time since the pandemic, and that their own groups were under strain. We "
              "wanted to hear directly from residents and from the groups themselves, so that we could "
              "speak up for them with the Council, the NHS and funders."),
        ("p", "This report sets out what we heard, what is working, what we are asking our partners to do and "
              "what we will do ourselves. Our trustees agreed it on 4 March 2026."),
        ("ph", 12, f"<<{rust}|Who we spoke to>>"),
        ("p", "Between 10 November 2025 and 23 January 2026 we held fourteen conversations in food banks, warm "
              "spaces, lunch clubs, a parent and toddler group and two village halls. We also ran an online "
              "survey for groups."),
        ("table", {"cols": [5.6, 8.0, 3.4], "font": 9.5, "header_fill": head,
                   "header": ["Where", "Who", "People"],
                   "rows": [
                       ["Quenby and Hartwell food banks", "People collecting food parcels and volunteers", "61"],
                       ["Warm spaces (five)", "Mostly older residents and people living alone", "48"],
                       ["Little Acorns parent and toddler group", "Parents of young children", "17"],
                       ["Upper Quen and Stowbridge village halls", "Residents of rural parishes", "29"],
                       ["Online survey", "Community groups and charities", "37 groups"],
                       [{"text": "Total", "bold": True}, "", {"text": "155 people, 37 groups", "bold": True}],
                   ]}),
        ("ph", 12, f"<<{rust}|What we heard>>"),
        ("p", "**People in work are now using food banks.** A third of the people we met at the food banks "
              "were in work, many on zero-hours contracts. “I never thought I’d be here. I work 30 hours a "
              "week,” one father told us."),
        ("p", "**Energy is the biggest worry.** Older people told us they heat one room and go to bed early. "
              "Parents said they had fallen behind with energy bills on prepayment meters. Several people did "
              "not know that help was available from the Household Support Fund, and others had given up on "
              "the online form."),
        ("p", "**Getting about costs too much.** In the rural parishes the bus is the only way to reach the "
              "food bank, the Jobcentre or the hospital. People said the £2 fare had made a real difference."),
        ("p", "**Groups are stretched.** Of the 37 groups that answered our survey, 29 had seen more people "
              "asking for help than a year ago, 21 had lost volunteers and 14 said they might have to close or "
              "cut back within a year. Most of their grants pay only for new projects, not for the rent, the "
              "heating or a paid coordinator."),
        ("p", "**Advice in the right place helps.** Where Citizens Advice had held a drop-in at a food bank, "
              "people had been helped to claim benefits they were missing, worth on average £2,900 a year. "
              "One group told us its funder had recommended that it apply for a larger grant, but it did not "
              "have the staff to manage one."),
        ("ph", 12, f"<<{rust}|What is working>>"),
        ("list", "bullet", 1, [
            "Warm spaces in libraries, churches and village halls, many run entirely by volunteers.",
            "The Council’s Household Support Fund team, which people who reached it described as kind and quick.",
            "The £2 single bus fare.",
            "Groups referring to each other through the Quenby Community Directory.",
        ]),
        ("ph", 12, f"<<{rust}|What we are asking partners to do>>"),
        ("p", "We have discussed these asks with the organisations named, and we will report on progress in our "
              "next community conversations."),
        ("table", {"cols": [1.2, 10.6, 5.2], "font": 9.5, "header_fill": head,
                   "header": ["No.", "What we are asking for", "Who we are asking"],
                   "rows": [[{"text": r[0], "bold": True}, r[1], r[4]] for r in recs]}),
        ("ph", 12, f"<<{rust}|What Quenby CVS will do>>"),
        ("table", {"cols": [1.2, 9.8, 3.8, 2.2], "font": 9.5, "header_fill": head,
                   "header": ["Ref", "Action", "Lead", "By when"],
                   "rows": [[{"text": a[0], "bold": True}, a[1], a[2], a[4]] for a in acts]}),
        ("ph", 12, f"<<{rust}|Thank you>>"),
        ("p", "Thank you to everyone who talked to us, and to the volunteers at the food banks, warm spaces and "
              "groups who welcomed us."),
        ("p", "Quenby CVS, The Maltings, 14 Cornhill, Quenby QY1 3MT. Telephone 01632 960 640. E-mail "
              "info@quenbycvs.example. Registered charity."),
    ]
    return {
        "name": "quenby-cvs-making-ends-meet-community-conversations-2026",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-03-09", "doc_title": title, "author": "Quenby CVS", "ninth_m": True,
                 "cant_split": True, "font": "Liberation Sans", "size": 10.5, "title_size": 18,
                 "title_color": rust,
                 "m_header": ("Quenby CVS", "Making Ends Meet – community conversations"),
                 "m_footer": ("Published March 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a council for voluntary service's report of its community conversations on the cost "
                           "of living: what people told us, asks of partners in a table with who is asked, and "
                           "the CVS's own actions with a lead and a date",
                     kind="survey-report", title=title, authority=QUENBY, date="2026-03", meeting=None,
                     recommendations=[recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[5])
                                      for r in recs],
                     actions=[action(a[0], a[1], a[3], a[4], a[5], None) for a in acts]),
        "layout": "DOCX (python-docx), portrait (Letter), Liberation Sans 10.5 pt, an italic running header "
                  "(\"Quenby CVS\" | report) and footer (\"Published March 2026\" | \"Page X of Y\"), rows that "
                  "may not split. A rust bold capitals brand line, the rust title, a bold strapline and a "
                  "\"Published March 2026\" line; rust bold headings that are not styles; a Where | Who | People "
                  "table with a bold total row (not items); \"What we heard\" as paragraphs with bold lead "
                  "sentences and quotes (\"its funder had recommended that …\", reported, not an item); \"What is "
                  "working\" bullets (not items); \"What we are asking partners to do\": a table No. | What we are "
                  "asking for | Who we are asking, 1–6 (two imperatives, \"The Council should …\", "
                  "\"Landlords and housing associations should …\", \"Bus operators and the County Council "
                  "should …\", \"Funders should …\"; who split by \"/\" plus line break and \";\" plus line break, "
                  "one bracketed qualifier); \"What Quenby CVS will do\": a table Ref | Action | Lead | By when "
                  "with refs A–D, leads \"A /⏎B\" and \"A, with the B\", dates \"April 2026\", \"June 2026\", "
                  "\"From May 2026\", \"February 2027\"; a contact line.",
    }


# ---------------------------------------------------------------------------
# AR5. Quenby District Council Overview and Scrutiny Committee: final report of its anti-social behaviour
#      task and finish group (Markdown → pandoc DOCX → LibreOffice). A line block, a typed "1.1 That the
#      Committee approves …" recommendation, method bullets, an incidents pipe table, conclusions bullets
#      (not items) and seven recommendations, each a bold "Recommendation n – for …" line over its own
#      paragraph.
# ---------------------------------------------------------------------------


def quenby_asb_task_group():
    title = "Feeling Safe in Quenby Town Centre"
    subtitle = "Final report of the Anti-social Behaviour Task and Finish Group"
    cover = ("That the Committee approves the task and finish group’s report and refers recommendations 1 to 7 "
             "to Cabinet and to the Quenby Community Safety Partnership, asking each for a response within "
             "three months.")
    csp = "Quenby Community Safety Partnership"
    fors = {"cab": ("Cabinet", ["Cabinet"]), "csp": (f"the {csp}", [csp]),
            "cabh": ("Cabinet and Quenby Homes", ["Cabinet", "Quenby Homes"])}
    # (no., for key, text, verb, addressee)
    recs = [
        ("1", "cab", "Extend the town centre CCTV system to the bus station and the Market Street car park, and "
                     "fund live monitoring from 6 pm to 2 am on Thursday, Friday and Saturday nights.", "EXTEND",
         None),
        ("2", "csp", "The Partnership should agree a single way of recording anti-social behaviour reports, "
                     "shared by the Council, Quenby Homes and Larchshire Police, so that repeat victims and "
                     "locations are seen at once.", "AGREE", "Partnership"),
        ("3", "csp", "Publish a short quarterly report on anti-social behaviour in the town centre and on what "
                     "partners have done about it.", "PUBLISH", None),
        ("4", "cab", "Reopen the youth space at the Old Library on Friday and Saturday evenings, commissioned "
                     "from a voluntary sector youth provider for at least two years.", "REOPEN", None),
        ("5", "cabh", "Make sure that every victim of repeated anti-social behaviour is offered a named "
                      "caseworker and is told about the Community Trigger.", "MAKE", None),
        ("6", "csp", "Larchshire Police and the Council should hold a joint street surgery in the town centre "
                     "every month, at times when young people and shop workers can attend.", "HOLD",
         "Larchshire Police and the Council"),
        ("7", "cab", "The Public Spaces Protection Order for the town centre should be reviewed before it "
                     "expires in October 2026, taking account of this report.", None, None),
    ]
    details = "\n".join([
        "| **Report to:** Overview and Scrutiny Committee",
        "| **Date:** 7 July 2026",
        "| **Agenda item:** 8",
        "| **Report of:** Chair of the Anti-social Behaviour Task and Finish Group",
        "| **Lead officer:** Democratic Services and Scrutiny Manager (scrutiny@quenby.example, 01632 960 455)",
    ])
    incidents = "\n".join([
        "| Anti-social behaviour reports, Quenby town centre | 2023/24 | 2024/25 | Change |",
        "|:----------------------------------|-----------:|-----------:|-----------:|",
        "| Rowdy or nuisance behaviour | 412 | 538 | +31% |",
        "| Vehicle-related nuisance | 96 | 141 | +47% |",
        "| Street drinking | 83 | 77 | –7% |",
        "| Criminal damage (recorded crime) | 158 | 189 | +20% |",
        "| **Total** | **749** | **945** | **+26%** |",
    ])
    md = [
        "**QUENBY DISTRICT COUNCIL – OVERVIEW AND SCRUTINY COMMITTEE**",
        f"# {title}",
        f"*{subtitle}*",
        details,
        "## 1. Recommendation",
        f"1.1 {cover}",
        "## 2. Why we looked at this",
        "2.1 The Overview and Scrutiny Committee is the Council’s crime and disorder committee. In November "
        "2025 it set up a task and finish group of five councillors to look at anti-social behaviour in "
        "Quenby town centre, after a rise in reports and a petition signed by 1,240 residents and traders.",
        "2.2 The group asked: what is happening and where; how well do the Council, the police and Quenby Homes "
        "work together through the Quenby Community Safety Partnership; and what would make people feel "
        "safer?",
        "## 3. How we did it",
        "3.1 The group met six times between December 2025 and May 2026. It:",
        "- heard from the Community Safety Manager, the Neighbourhood Policing Inspector, Quenby Homes’ "
        "tenancy enforcement team and the Town Centre Manager;\n"
        "- walked the town centre on a Friday night with police officers and street pastors;\n"
        "- met young people at Quenby Youth Forum and traders at the Chamber of Trade; and\n"
        "- read the Partnership’s strategic assessment and action plan.",
        "## 4. What we found",
        "4.1 Reports of anti-social behaviour in the town centre rose by a quarter in 2024/25. Most reports "
        "are about groups gathering in the bus station, the Market Street car park and the churchyard on "
        "Friday and Saturday evenings.",
        "*Table 1: Reports to the police and the Council, town centre beat*",
        incidents,
        "4.2 Each partner records anti-social behaviour in its own system. The group found two households that "
        "had reported the same problem 23 times to three organisations without anyone seeing the whole "
        "picture. Only one Community Trigger application had been made in three years, and few victims knew "
        "it existed.",
        "4.3 The youth space at the Old Library closed in 2023 when its grant ended. Young people told us they "
        "had nowhere to go in the evenings that did not cost money. Traders and young people both asked for "
        "more visible policing and a chance to talk to the police and the Council together.",
        "4.4 The Partnership’s 2024 review of its own work recommended that it share data better; the action "
        "was agreed but has not yet been delivered.",
        "## 5. Conclusions",
        "- Anti-social behaviour in the town centre is concentrated in a few places at a few times, which "
        "makes it possible to target.\n"
        "- Partners work well together on individual cases once they know about them, but no one has the "
        "whole picture.\n"
        "- There is too little for young people to do in the evenings.",
        "## 6. Recommendations",
        "6.1 The group makes seven recommendations. Each says whom it is for.",
    ]
    for r in recs:
        md.append(f"**Recommendation {r[0]} – for {fors[r[1]][0]}**")
        md.append(r[2])
    md += [
        "## 7. Financial and legal implications",
        "7.1 Officers estimate the cost of recommendation 1 at £38,000 in the first year and £21,000 a year "
        "after that, and of recommendation 4 at £46,000 a year. Cabinet will need to consider these costs in "
        "its response. The Public Spaces Protection Order is made under the Anti-social Behaviour, Crime and "
        "Policing Act 2014.",
        "## 8. Background papers",
        "8.1 Notes of the task and finish group’s meetings; Quenby Community Safety Partnership Strategic "
        "Assessment 2025.",
    ]
    recommendations = [recommendation("1.1", cover, verb="APPROVES", addressee="Committee")]
    recommendations += [recommendation(r[0], r[2], verb=r[3], addressee=r[4], owners=fors[r[1]][1])
                        for r in recs]
    return {
        "name": "quenby-anti-social-behaviour-task-and-finish-group-final-report",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-06-26"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a district overview and scrutiny committee's task and finish group report on "
                           "anti-social behaviour and the community safety partnership: a covering \"1.1 That the "
                           "Committee approves …\" and seven recommendations each under a bold \"Recommendation n "
                           "– for …\" line",
                     kind="scrutiny-report", title=title, authority=QUENBY, date="2026-07-07",
                     meeting="Overview and Scrutiny Committee", recommendations=recommendations),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold capitals council and "
                  "committee line, the H1 title and an italic subtitle; a line block with bold labels (Report "
                  "to / Date / Agenda item / Report of / Lead officer); Heading 2 sections with typed 1.1–8.1 "
                  "paragraphs; \"1.1 That the Committee approves …\"; method and conclusions bullets (not "
                  "items); an incidents pipe table with a bold total row and an italic caption; \"The "
                  "Partnership’s 2024 review … recommended that …\" (reported, not an item); under \"6. "
                  "Recommendations\" seven bold \"Recommendation n – for …\" paragraphs (Cabinet, the Quenby "
                  "Community Safety Partnership, \"Cabinet and Quenby Homes\"), each over a plain paragraph: "
                  "four imperatives, \"The Partnership should …\", \"Larchshire Police and the Council should "
                  "…\" and one passive.",
    }


# ---------------------------------------------------------------------------
# AR6. Evidence pack for the first session of the Children and Young People Scrutiny Committee's inquiry
#      into school readiness (python-docx → LibreOffice, NinthMWriter, portrait). Data tables with notes,
#      key lines of enquiry as questions, a glossary. Nothing to find.
# ---------------------------------------------------------------------------


def sorrelby_school_readiness_pack():
    title = "Inquiry into School Readiness – Evidence Pack 1: What the Data Tells Us"
    green = "2F5D3A"
    head = "DCE9DF"

    def tbl(cols, header, rows):
        return ("table", {"cols": cols, "font": 9, "header_fill": head, "header": header, "rows": rows})

    blocks = [
        ("p", f"<<{green}|**SORRELBY CITY COUNCIL**>>"),
        ("p", "**Children and Young People Scrutiny Committee – 22 September 2026 – Item 5**"),
        ("title", title),
        ("table", {"cols": [4.2, 12.8], "borders": False, "font": 9.5, "rows": [
            [{"text": "Prepared by:", "bold": True}, "Performance and Intelligence Team, with the Early Years "
                                                     "and Childcare Service"],
            [{"text": "Data as at:", "bold": True}, "31 July 2026"],
            [{"text": "Contact:", "bold": True}, "Scrutiny Policy Officer – scrutiny@sorrelby.example – "
                                                 "01632 960 514"],
        ]}),
        ("ph", 12, f"<<{green}|1. Purpose of this pack>>"),
        ("pn", "1.1\tIn June 2026 the Committee agreed to hold an inquiry into school readiness: how well "
               "Sorrelby’s children are prepared for starting school, and what the Council and its partners "
               "do to help. This pack brings together the main data for the first evidence session."),
        ("pn", "1.2\tThe pack is for information. It does not draw conclusions or make recommendations; the "
               "Committee will agree its findings at the end of the inquiry, which is planned to report in "
               "February 2027."),
        ("ph", 12, f"<<{green}|2. Good level of development>>"),
        ("pn", "2.1\tA child has a good level of development (GLD) at the end of the Reception year if they "
               "reach the expected level in the early learning goals for communication and language, "
               "personal, social and emotional development, physical development, literacy and mathematics."),
        ("p", "**Table 1: Children reaching a good level of development (%)**"),
        tbl([6.2, 2.7, 2.7, 2.7, 2.7], ["Area", "2022", "2023", "2024", "2025"], [
            ["Sorrelby", "61.4", "62.9", "63.8", "64.1"],
            ["Statistical neighbours (average)", "63.0", "65.1", "66.2", "66.9"],
            ["England", "65.2", "67.2", "67.7", "68.3"],
        ]),
        ("p", "**Table 2: Good level of development by group, 2025 (%)**"),
        tbl([6.2, 3.6, 3.6, 3.6], ["Group", "Sorrelby", "England", "Gap to England"], [
            ["Eligible for free school meals", "47.9", "51.5", "–3.6"],
            ["Not eligible for free school meals", "68.6", "72.1", "–3.5"],
            ["SEN support", "21.3", "24.0", "–2.7"],
            ["English as an additional language", "58.7", "63.9", "–5.2"],
            ["Boys", "57.2", "61.8", "–4.6"],
            ["Girls", "71.3", "75.0", "–3.7"],
        ]),
        ("p", "**Table 3: Good level of development by ward, 2025 (%)**"),
        tbl([6.2, 3.6, 3.6, 3.6], ["Ward", "Children assessed", "GLD %", "Change since 2022"], [
            ["Ashgate", "212", "52.8", "+1.9"],
            ["Canal Side", "187", "55.1", "+4.0"],
            ["Millfield", "246", "56.5", "–0.8"],
            ["Northfields", "198", "60.6", "+2.5"],
            ["St Bride’s", "164", "66.5", "+3.1"],
            ["Westlea", "153", "71.2", "+1.4"],
            ["Hollin Park", "141", "74.5", "+2.2"],
            ["Orchard Vale", "129", "77.5", "+0.9"],
        ]),
        ("pn", "2.2\tWards are shown in order of GLD. Figures for wards with fewer than 100 children are not "
               "shown separately and are included in the city total."),
        ("ph", 12, f"<<{green}|3. Early education and health checks>>"),
        ("p", "**Table 4: Take-up of funded early education, spring term (%)**"),
        tbl([6.2, 2.7, 2.7, 2.7, 2.7], ["Entitlement", "2023", "2024", "2025", "2026"], [
            ["Eligible 2-year-olds (15 hours)", "66", "69", "71", "70"],
            ["3- and 4-year-olds (universal 15 hours)", "91", "92", "92", "93"],
        ]),
        ("p", "**Table 5: Health visiting reviews at 2 to 2½ years, 2025/26**"),
        tbl([8.2, 2.9, 2.9, 3.0], ["Measure", "Sorrelby", "Region", "England"], [
            ["Reviews carried out by 2½ years (%)", "74.0", "78.6", "74.8"],
            ["Children at or above the expected level in all five ASQ-3 areas (%)", "79.1", "81.4", "81.0"],
            ["At or above the expected level in communication (%)", "84.2", "86.7", "85.9"],
        ]),
        ("pn", "3.1\tThe two-year-old figure is the share of eligible children in funded places. It fell slightly "
               "in 2026 after two nurseries in Ashgate closed."),
        ("ph", 12, f"<<{green}|4. Questions the Committee may wish to explore>>"),
        ("p", "The following lines of enquiry are suggested for the evidence sessions. They are questions, not "
              "findings."),
        ("list", "bullet", 1, [
            "Why has the gap between Sorrelby and its statistical neighbours not closed since 2022?",
            "What explains the difference between Ashgate and Orchard Vale, and what is offered in each ward?",
            "How are children with English as an additional language supported before they start school?",
            "What do parents say would help them most in the year before their child starts school?",
            "How do health visitors, family hubs, nurseries and schools share what they know about a child?",
        ]),
        ("ph", 12, f"<<{green}|5. Sessions planned>>"),
        tbl([3.4, 13.6], ["Date", "Session"], [
            ["22 September 2026", "The data (this pack); the Early Years and Childcare Service"],
            ["3 November 2026", "Health visiting, family hubs and speech and language therapy"],
            ["8 December 2026", "Nurseries, childminders and Reception teachers"],
            ["19 January 2027", "Parents and carers; the Sorrelby Parent Carer Forum"],
        ]),
        ("ph", 12, f"<<{green}|Glossary>>"),
        ("table", {"cols": [3.4, 13.6], "font": 9, "rules": True, "rows": [
            [{"text": "ASQ-3", "bold": True}, "Ages and Stages Questionnaire, used by health visitors at the "
                                              "2 to 2½ year review"],
            [{"text": "EAL", "bold": True}, "English as an additional language"],
            [{"text": "GLD", "bold": True}, "Good level of development at the end of Reception"],
            [{"text": "SEN support", "bold": True}, "Special educational needs support without an education, "
                                                    "health and care plan"],
        ]}),
        ("p", "Sources: Department for Education, Early Years Foundation Stage Profile results; Sorrelby City "
              "Council early education data; health visiting service returns."),
    ]
    return {
        "name": "sorrelby-school-readiness-inquiry-evidence-pack",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-09-11", "doc_title": title, "author": "Performance and Intelligence Team",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans Narrow", "size": 10.5,
                 "title_size": 16, "title_color": green,
                 "m_header": ("Children and Young People Scrutiny Committee – 22 September 2026",
                              "Item 5 – Evidence pack 1"),
                 "m_footer": ("Sorrelby City Council – for information", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="an evidence pack of data tables for the first session of a scrutiny committee's "
                           "inquiry into school readiness, with suggested lines of enquiry; nothing to find",
                     kind="other", title=title, authority=SORRELBY, date="2026-09-22",
                     meeting="Children and Young People Scrutiny Committee"),
        "layout": "PDF (python-docx → LibreOffice), portrait (Letter), Liberation Sans Narrow 10.5 pt, an italic "
                  "running header (committee and date | \"Item 5 – Evidence pack 1\") and footer (council and "
                  "\"for information\" | \"Page X of Y\"), rows that may not split. A green bold capitals council "
                  "line, a bold committee line, the green title, a borderless details table (Prepared by / Data "
                  "as at / Contact); green bold headings that are not styles; typed hanging 1.1–3.1 paragraphs, "
                  "one saying the pack makes no recommendations; five figures tables with a green header and "
                  "bold captions (GLD by year, group and ward, early education take-up, health visiting "
                  "reviews); \"Questions the Committee may wish to explore\" bullets (not items); a sessions "
                  "table and a ruled glossary. Nothing to find.",
    }


PAPERS = [sorrelby_damp_inquiry, sorrelby_ehe_response, quenby_rural_older_people_hna,
          quenby_cvs_cost_of_living, quenby_asb_task_group, sorrelby_school_readiness_pack]
