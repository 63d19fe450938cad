"""Papers of the twelfth batch, part T ("inspections, audits and peer reviews"): six made-up papers that
follow an inspection, an audit or a peer review and track what was agreed, from two invented councils.
Tennerby Borough Council is a district council with a Cabinet and an Audit and Governance Committee;
Wychmoor County Council is a county council with children's services, adult social care, a youth
justice service, a Governance and Audit Committee and a Scrutiny Management Board. Ashlin Crowe LLP (the
external auditor), the peer team's home councils and every person, place and figure are invented; the
inspectorates (Ofsted, the Care Quality Commission, HM Inspectorate of Probation) and the Local
Government Association are named only as the bodies whose processes the papers follow. People are given
by role or initials, e-mail addresses use `.example` and telephone numbers the 01632 960xxx range.

They were written blind: without reading the pipeline (its sources, tests, pipelines, the
SET framework, output or benchmarks) and without running it, using only the corpus READMEs and the build
scripts and some paper definitions in this folder (not papers_twelfth_s.py, written at the same time by
someone else). Each paper names its own split. Every
gold value is written by hand beside the words it labels; the "Inspections, audits and peer reviews,
part T" notes record the choices where the rules left room.

The papers (name – split – format – layout):

  T1. tennerby-internal-audit-progress-report-january-2026 – tune – lo-pdf: an internal audit progress
      report to the Audit and Governance Committee, A4 landscape; a borderless front table; "The
      Committee is recommended to:" over a Word-numbered i.–iv. list; a plan-stage table and a table of
      assurance opinions with shaded opinion cells (figures, not items); reported audit recommendations
      in prose and "The Audit Manager recommends that …" (not items); a status key in bold-led lines;
      after a page break Appendix A, Ref | Audit | Priority | Agreed action | Officer | Original date |
      Revised date | Status, the Audit cell merged down over each audit's rows, priorities as coloured
      bold words, status words in shaded cells (two with a note under the word), a table that runs over a
      page break between rows.
  T2. tennerby-lga-corporate-peer-challenge-feedback-report – unseen – pandoc-docx: the peer team's
      feedback report; a line block; "2. Key recommendations" as a pandoc-numbered 1.–9. list, most items
      opening with a bold lead sentence, one "The council should …" item; the peer team as bullets, a
      "Tennerby at a glance" pipe table, five themed feedback sections with "CIPFA’s guidance recommends
      …" and "the team would encourage …" prose (not items); next steps and a contact line.
  T3. tennerby-audit-and-governance-committee-minutes-march-2026 – unseen – docx: committee minutes;
      minute numbers typed with a hanging indent in bold capitals (58.–67.); "RESOLVED – That …" one-line
      resolutions, "RESOLVED – That the Committee:" over typed (1)–(3), "RESOLVED (unanimously) – That:"
      over typed (a)–(c), "RECOMMENDED to Council – That …"; an action-log review, a noted update and an
      officer's undertaking (not items); a closing "Actions arising" table Minute | Action | Officer | By.
  T4. wychmoor-childrens-services-ilacs-improvement-plan – tune – chromium-pdf: a post-Ofsted
      improvement plan, A4 landscape, CSS page-margin boxes; a version table, a judgements table and
      Ofsted's "what needs to improve" list (not items); a RAG key table; one plan table Area for
      improvement | What we will do | Lead | Milestone | RAG | Evidence of impact, the numbered Area cell
      merged down over its lettered actions (1a …, typed in bold), milestones that hold words and a date,
      RAG letters in shaded cells (one blank), rows kept whole across the page break.
  T5. wychmoor-smb-cqc-adult-social-care-assessment-report – tune – pandoc-lo-pdf: a covering report to
      the Scrutiny Management Board on a CQC assessment; a line block front; "The Scrutiny Management Board
      is recommended to:" over a pandoc (1)–(3) list; a score table by quality statement and a waiting-list
      table (figures); the CQC's letter summarised in bullets, with what the CQC "recommended" and
      "should" (not items); the improvement priorities as a table without leads or dates (not actions).
  T6. wychmoor-youth-justice-hmip-inspection-action-plan – unseen – docx: a post-inspection action plan
      of a youth justice service, A4 landscape; a document-control table; a ratings table (figures);
      HM Inspectorate of Probation's seven recommendations under three bold "X should:" stems as Word
      lists numbered on across them (1–4, 5–6, 7); a status key; one plan table No. | Action | Owner |
      By when | Status | Progress update with each recommendation as a shaded row merged across six
      columns holding only a short title, actions 1.1 … 7.1.

The DOCX and LibreOffice papers use papers_ninth_m's writer (meta "ninth_m": running headers with "Page
X of Y" fields, "ph" and "pn" blocks, coloured words, rows that may not split with meta "cant_split");
the Chromium paper uses its HTML wrapper (meta "m_css", coloured words). This module adds no writer.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML → Chromium),
"pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

TENNERBY = "Tennerby Borough Council"
WYCHMOOR = "Wychmoor County Council"

PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="DDE4EE"):
    return {"text": text, "bold": True, "fill": fill}


def plain_label(text):
    return {"text": text, "bold": True}


# ---------------------------------------------------------------------------
# T1. Internal audit progress report (PDF, python-docx → LibreOffice, landscape, Liberation Sans 10 pt,
#     italic running header with "Page X of Y", rows that may not split). Covering i.–iv. list; plan and
#     opinions tables (figures); Appendix A, the follow-up of agreed management actions.
# ---------------------------------------------------------------------------

STATUS_FILL = {"Implemented": "C6EFCE", "Partly implemented": "FFEB9C", "Not implemented": "FFC7CE",
               "Superseded": "D9D9D9"}
STATUS_OF = {"Implemented": "completed", "Partly implemented": "ongoing", "Not implemented": "not-started",
             "Superseded": "superseded"}
PRIORITY_COLOUR = {"High": "C00000", "Medium": "B46504", "Low": "2E7D32"}


def tennerby_internal_audit_progress():
    title = "Internal Audit Progress Report: April to December 2025"
    committee = "Audit and Governance Committee"
    recs = [
        ("i", "note the progress made in delivering the Internal Audit Plan 2025/26 to 31 December 2025;", "NOTE"),
        ("ii", "note the assurance opinions given on the audits finalised since the last meeting, including the two "
               "limited assurance opinions described in section 4;", "NOTE"),
        ("iii", "agree the revised implementation dates for the agreed actions shown in Appendix A; and", "AGREE"),
        ("iv", "agree that the actions shown in Appendix A as Implemented or Superseded are closed and removed from "
               "the follow-up schedule.", "AGREE"),
    ]
    # Appendix A rows: (ref, priority, agreed action, officer cell, original, revised, status, note,
    #                   owners, timeframe (the date now in force), due)
    audits = [
        ("Business Continuity Planning (2023/24)", [
            ("BC-04", "High", "Test the ICT disaster recovery plan, including the restore of the revenues and benefits "
                              "system from back-up, and report the results to the Corporate Management Team.",
             "ICT Manager", "31 March 2024", "31/12/2025\n(revised twice)", "Partly implemented",
             "Restore test of the benefits system done in November; revenues test booked.",
             ["ICT Manager"], "31/12/2025 (revised twice)", "2025-12-31"),
            ("BC-06", "Medium", "Review and reissue the business continuity plans for Waste and Street Scene, Housing "
                                "Options and Revenues and Benefits.",
             "Emergency Planning Officer;\nHeads of Service", "30/06/2024", "31/03/2026", "Not implemented", "",
             ["Emergency Planning Officer", "Heads of Service"], "31/03/2026", "2026-03-31"),
        ]),
        ("Sundry Debtors (2024/25)", [
            ("SD-01", "High", "Review all sundry debt accounts over 90 days old each month and refer those over £1,000 "
                              "to Legal Services for recovery action.",
             "Exchequer Manager", "30 June 2025", "–", "Implemented", "",
             ["Exchequer Manager"], "30 June 2025", "2025-06-30"),
            ("SD-02", "Medium", "Remove the ability of service staff to cancel invoices in the income system, so that "
                                "only the Exchequer team can raise credit notes.",
             "Exchequer Manager /\nICT Applications Manager", "30/09/2025", "31/03/2026", "Partly implemented", "",
             ["Exchequer Manager", "ICT Applications Manager"], "31/03/2026", "2026-03-31"),
        ]),
        ("Information Governance (2024/25)", [
            ("IG-01", "High", "Complete the Record of Processing Activities for every service and have each entry "
                              "signed off by the Head of Service.",
             "Data Protection Officer; Heads of Service", "Sept 2025", "Jun 2026", "Not implemented", "",
             ["Data Protection Officer", "Heads of Service"], "Jun 2026", "2026-06"),
            ("IG-02", "Medium", "Make the annual data protection e-learning module mandatory for all staff with network "
                                "access and report completion rates to the Corporate Management Team each quarter.",
             "HR Manager", "31.10.2025", "–", "Implemented", "",
             ["HR Manager"], "31.10.2025", "2025-10-31"),
            ("IG-03", "Low", "Update the retention schedule on the intranet to reflect the 2024 restructure of "
                             "services.",
             "Data Protection Officer", "Dec 2025", "TBC", "Not implemented", "",
             ["Data Protection Officer"], "TBC", None),
        ]),
        ("Grounds Maintenance Contract (2024/25)", [
            ("GM-01", "High", "Hold and minute monthly performance meetings with the contractor, using the key "
                              "performance indicators in Schedule 4 of the contract.",
             "Parks and Open Spaces Manager", "31/05/2025", "–", "Implemented", "",
             ["Parks and Open Spaces Manager"], "31/05/2025", "2025-05-31"),
            ("GM-02", "Medium", "Check a sample of ten contractor invoices each quarter against the agreed work "
                                "schedules before payment is released.",
             "Parks and Open Spaces Manager\nContracts Officer", "Q2 2025/26", "Q4 2025/26", "Partly implemented", "",
             ["Parks and Open Spaces Manager", "Contracts Officer"], "Q4 2025/26", "2026-03"),
        ]),
        ("Licensing (2024/25)", [
            ("LIC-01", "Medium", "Reconcile licence fee income in the licensing system to the general ledger each "
                                 "month and keep evidence of the review.",
             "Licensing Manager, Finance Business Partner", "30 Sept 2025", "–", "Superseded",
             "The new licensing system posts income to the ledger daily.",
             ["Licensing Manager", "Finance Business Partner"], "30 Sept 2025", "2025-09-30"),
            ("LIC-02", "Low", "Publish the licensing fees for the coming year on the Council’s website before 1 April "
                              "each year.",
             "Licensing Manager", "1 April 2025", "–", "Implemented", "",
             ["Licensing Manager"], "1 April 2025", "2025-04-01"),
        ]),
        ("Payroll (2024/25)", [
            ("PAY-02", "Medium", "Require managers to confirm the monthly leavers report and return it to Payroll by "
                                 "the 10th working day.",
             "Payroll Manager / Heads of Service", "Aug 2025", "–", "Implemented", "",
             ["Payroll Manager", "Heads of Service"], "Aug 2025", "2025-08"),
        ]),
    ]
    rows, acts = [], []
    for audit, items in audits:
        for i, (ref, prio, text, officer, orig, rev, status, note, owners, tf, due) in enumerate(items):
            status_text = f"**{status}**" + (f"\n{note}" if note else "")
            rows.append([
                {"text": f"**{ref}**"},
                {"text": audit, "vspan": len(items)} if i == 0 else "^",
                {"text": f"<<{PRIORITY_COLOUR[prio]}|**{prio}**>>"},
                text, officer, orig, rev,
                {"text": status_text, "fill": STATUS_FILL[status]},
            ])
            acts.append(action(ref, text, owners, tf, due, STATUS_OF[status]))
    pn = lambda text: ("pn", text)
    ph = lambda text: ("ph", 11, text)
    blocks = [
        ("p", "**TENNERBY BOROUGH COUNCIL**"),
        ("table", {"cols": [4.2, 12.0], "borders": False, "font": 10, "rows": [
            [plain_label("Report to:"), committee],
            [plain_label("Date of meeting:"), "21 January 2026"],
            [plain_label("Agenda item:"), "7"],
            [plain_label("Report of:"), "Audit Manager"],
            [plain_label("Lead officer:"), "Chief Finance Officer (Section 151 Officer)"],
            [plain_label("Wards affected:"), "None directly"],
            [plain_label("Exempt information:"), "No"],
        ]}),
        ("title", title),
        ph("1. PURPOSE OF THE REPORT"),
        pn("1.1\tThis report tells the Committee what the internal audit service has done since its last progress "
           "report on 14 October 2025. It sets out the assurance opinions given on the audits finalised in the "
           "period and the progress services have made in carrying out the actions they agreed in response to "
           "earlier audits."),
        ph("2. RECOMMENDATIONS"),
        pn("2.1\tThe Committee is recommended to:"),
        ("list", "i.", 1, [text for _, text, _ in recs]),
        ph("3. PROGRESS AGAINST THE INTERNAL AUDIT PLAN 2025/26"),
        pn("3.1\tThe Committee approved the Internal Audit Plan 2025/26 on 18 March 2025. It provides for 31 "
           "audits and 640 days of audit work. By 31 December 2025, 19 audits had reached final or draft report "
           "stage (61% of the plan), against a target of 65% by the end of the third quarter."),
        ("table", {"cols": [8.0, 3.2, 3.2], "font": 9.5, "header_fill": "DDE4EE",
                   "header": ["Stage reached at 31 December 2025", "Audits", "% of plan"], "rows": [
                       ["Final report issued", "15", "48%"],
                       ["Draft report issued", "4", "13%"],
                       ["Fieldwork in progress", "6", "19%"],
                       ["Planned for Quarter 4", "5", "16%"],
                       ["Deferred to 2026/27", "1", "3%"],
                       [{"text": "Total", "bold": True}, {"text": "31", "bold": True}, {"text": "100%", "bold": True}],
                   ]}),
        pn("3.2\tThe audit of housing allocations has been deferred to 2026/27 at the request of the Head of "
           "Housing, because the new housing register system will not go live until April 2026. The 12 days "
           "released have been used for the unplanned review of the car park cash collection contract described "
           "in paragraph 4.5."),
        pn("3.3\tThe service lost 28 audit days in the quarter to vacancy. The Senior Auditor post was filled on 1 "
           "December 2025, and the Audit Manager expects the plan to be 90% complete by 31 March 2026."),
        ph("4. AUDITS FINALISED SINCE THE LAST MEETING"),
        pn("4.1\tSeven audits have been finalised since the last meeting. The opinions given and the number of "
           "actions agreed at each priority are shown below."),
        ("table", {"cols": [7.0, 3.6, 1.8, 1.8, 1.8], "font": 9.5, "header_fill": "DDE4EE",
                   "header": ["Audit", "Assurance opinion", "High", "Medium", "Low"], "rows": [
                       ["Council Tax", {"text": "Substantial", "fill": "C6EFCE"}, "0", "0", "2"],
                       ["Purchasing cards", {"text": "Reasonable", "fill": "FFF2CC"}, "0", "2", "1"],
                       ["Disabled Facilities Grants", {"text": "Limited", "fill": "FFC7CE"}, "2", "3", "0"],
                       ["Leisure contract management", {"text": "Reasonable", "fill": "FFF2CC"}, "0", "3", "2"],
                       ["Cyber security – patching", {"text": "Limited", "fill": "FFC7CE"}, "1", "2", "1"],
                       ["Payroll", {"text": "Substantial", "fill": "C6EFCE"}, "0", "1", "1"],
                       ["Car park cash collection (unplanned)", {"text": "Reasonable", "fill": "FFF2CC"}, "0", "2", "0"],
                       [{"text": "Total", "bold": True}, "", {"text": "3", "bold": True}, {"text": "13", "bold": True},
                        {"text": "7", "bold": True}],
                   ]}),
        pn("4.2\tA substantial opinion means that the controls are sound and are applied consistently. Reasonable "
           "means that most controls are in place but some need improvement. Limited means that there are "
           "significant weaknesses that put the service’s objectives at risk. No audit in the period received a "
           "‘no assurance’ opinion."),
        pn("4.3\t**Disabled Facilities Grants (limited).** Eight of the 25 grant files tested had no evidence that "
           "a second officer had checked the approved cost, and in two cases the approved amount was more than "
           "the contractor’s quote. We recommended that all approvals above £30,000 are countersigned by the "
           "Private Sector Housing Manager, and the Head of Housing has agreed five actions, the two high priority "
           "actions to be in place by 31 March 2026."),
        pn("4.4\t**Cyber security – patching (limited).** Critical security updates were applied to servers within "
           "the Council’s 14-day standard in only 71% of cases between April and September 2025. The ICT Manager "
           "has agreed to report patching performance to the Corporate Management Team monthly from February 2026."),
        pn("4.5\tThe unplanned review of car park cash collection followed a shortfall of £2,340 between the "
           "machines’ records and the amounts banked in July 2025. The difference was traced to two machines with "
           "faulty counters; no loss of cash was found."),
        ph("5. FOLLOW-UP OF AGREED MANAGEMENT ACTIONS"),
        pn("5.1\tWe follow up every agreed action when its implementation date falls due. Appendix A lists 12 actions: the "
           "ten high and medium priority actions that fell due by 31 December 2025 or have been given a revised "
           "date, and two low priority actions that the services asked us to follow up. Each status is our view after seeing the "
           "evidence the service has provided, using the following key:"),
        ("p", "**Implemented** – the action has been completed and we have seen evidence that it is working."),
        ("p", "**Partly implemented** – work on the action has started but it is not yet complete."),
        ("p", "**Not implemented** – work on the action has not yet started."),
        ("p", "**Superseded** – the action no longer applies, because the system or process it concerned has "
              "changed; it is closed."),
        pn("5.2\tOf the 12 actions, five have been implemented, three are partly implemented, three have not "
           "been implemented and one has been superseded. Where the original date has passed, the Revised date column "
           "shows the date the responsible officer has now agreed with their Head of Service."),
        pn("5.3\tTwo actions from the 2023/24 business continuity audit are now more than 18 months overdue. The Audit "
           "Manager recommends that the Committee invites the ICT Manager and the Emergency Planning Officer to its "
           "next meeting to explain the delay and the steps being taken."),
        ph("6. PERFORMANCE OF THE INTERNAL AUDIT SERVICE"),
        ("table", {"cols": [8.4, 3.0, 3.0], "font": 9.5, "header_fill": "DDE4EE",
                   "header": ["Indicator", "Target", "Quarter 3"], "rows": [
                       ["Audit plan at draft report stage or better", "65%", "61%"],
                       ["Draft reports issued within 15 days of closing meeting", "90%", "94%"],
                       ["Client satisfaction (score out of 5)", "4.0", "4.4"],
                       ["Agreed high priority actions implemented by the original date", "80%", "57%"],
                   ]}),
        ph("7. IMPLICATIONS"),
        pn("7.1\t**Financial:** none arising directly from this report. The audit service is delivered within its "
           "approved budget of £287,000 for 2025/26."),
        pn("7.2\t**Legal:** the Accounts and Audit Regulations 2015 require the Council to maintain an effective "
           "internal audit of its risk management, control and governance processes, taking into account the "
           "Global Internal Audit Standards."),
        pn("7.3\t**Risk:** actions that are not implemented leave the weaknesses found by the audit in place. "
           "The two limited assurance areas are recorded on the corporate risk register."),
        ph("8. BACKGROUND PAPERS"),
        ("p", "Internal Audit Plan 2025/26; final audit reports issued between October and December 2025 "
              "(available to members on request)."),
        ("table", {"cols": [4.2, 12.0], "borders": False, "font": 10, "rows": [
            [plain_label("Contact officer:"), "Audit Manager"],
            [plain_label("Telephone:"), "01632 960 214"],
            [plain_label("E-mail:"), "internal.audit@tennerby.example"],
        ]}),
        ("break",),
        ("ph", 13, "Appendix A – Follow-up of agreed management actions (position at 31 December 2025)"),
        ("p", "Actions are listed by audit, oldest audit first. Dates are as agreed in the final audit report; a "
              "revised date is shown only where the original date has been missed."),
        ("table", {"cols": [1.7, 3.0, 1.7, 7.6, 3.7, 2.3, 2.4, 3.3], "font": 9, "header_fill": "BDD7EE",
                   "header": ["Ref", "Audit", "Priority", "Agreed action", "Officer", "Original date",
                              "Revised date", "Status"],
                   "rows": rows}),
        ("p", "Source: internal audit follow-up records. Low priority actions are normally followed up at the next "
              "audit of the area."),
    ]
    return {
        "name": "tennerby-internal-audit-progress-report-january-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-12", "doc_title": title, "author": "Internal Audit",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 16, "title_color": "1F3864",
                 "m_header": ("Tennerby Borough Council – Audit and Governance Committee – 21 January 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="internal audit progress report to an audit committee, with a table of assurance "
                           "opinions and a follow-up schedule of agreed management actions",
                     kind="tracker", title=title, authority=TENNERBY, date="2026-01-21", meeting=committee,
                     recommendations=[recommendation(n, t, verb=v, addressee="Committee") for n, t, v in recs],
                     actions=acts),
        "layout": "PDF (python-docx → LibreOffice), A4 landscape, Liberation Sans 10 pt, an italic running header "
                  "with \"Page X of Y\" fields, rows that may not split. A bold capitals council line and a "
                  "borderless front table with bold labels (Report to / Date of meeting / Agenda item / Report of / "
                  "Lead officer / Wards affected / Exempt information) above a navy title; bold capital non-style "
                  "headings and typed 1.1 … 7.3 hanging paragraphs; \"2.1 The Committee is recommended to:\" over a "
                  "Word-numbered i.–iv. list (note / note / agree / agree, \"; and\"); a plan-stage table with a "
                  "bold total row; an opinions table Audit | Assurance opinion | High | Medium | Low with the "
                  "opinion in green / yellow / pink cells; bold-led paragraphs on the two limited opinions, one "
                  "\"We recommended that all approvals above £30,000 are countersigned …\" (not an item); a status "
                  "key as four bold-led lines; \"5.3 … The Audit Manager recommends that the Committee invites …\" "
                  "(not an item); a performance table; implications, background papers and a borderless contact "
                  "table. After a page break, Appendix A: one 9 pt table Ref | Audit | Priority | Agreed action | "
                  "Officer | Original date | Revised date | Status with a light-blue header repeated on each page; "
                  "refs BC-04, BC-06, SD-01, SD-02, IG-01–IG-03, GM-01, GM-02, LIC-01, LIC-02, PAY-02 in bold; "
                  "the Audit cell (\"Sundry Debtors (2024/25)\") merged down over its rows; priorities as coloured "
                  "bold words; officers split by \"/\" plus line break, \";\" plus line break, \";\", \",\", \" / "
                  "\" and a bare line break; original dates \"31 March 2024\", \"30/06/2024\", \"30 June 2025\", "
                  "\"Sept 2025\", \"31.10.2025\", \"Dec 2025\", \"Q2 2025/26\", \"30 Sept 2025\", \"1 April 2025\", "
                  "\"Aug 2025\"; revised dates \"31/12/2025 (revised twice)\" on two lines, \"31/03/2026\", \"Jun "
                  "2026\", \"TBC\", \"Q4 2025/26\" or \"–\"; status words in bold in green / amber / pink / grey "
                  "cells, two followed by a note on a new line; the table runs over a page break between rows.",
    }


# ---------------------------------------------------------------------------
# T2. LGA corporate peer challenge feedback report (DOCX, pandoc from Markdown, pandoc's styles). The
#     peer team's report to the Council: "2. Key recommendations" as a pandoc-numbered 1.–9. list, most
#     items opening with a bold lead sentence; the team, scope, an at-a-glance table and themed feedback.
# ---------------------------------------------------------------------------


def tennerby_peer_challenge_feedback():
    title = "Corporate Peer Challenge: Tennerby Borough Council"
    # (number, markdown text, verb, addressee)
    recs = [
        ("1", "**Agree a small number of corporate priorities.** Reduce the 46 commitments in the Corporate Plan "
              "2023–2027 to no more than six priorities that members and staff can name, and link each of them to "
              "the budget and the performance framework.", "AGREE", None),
        ("2", "**Put the Medium Term Financial Strategy on a sustainable footing.** Set out, before the 2026/27 "
              "budget is agreed, how the council will close the gap of £2.9 million forecast for 2027/28 without "
              "relying on reserves.", "PUT", None),
        ("3", "**Strengthen the working relationship between Cabinet and the senior leadership team.** Agree "
              "clear roles, a shared forward plan and regular joint sessions, so that officers’ advice is sought "
              "before proposals are announced.", "STRENGTHEN", None),
        ("4", "The council should review its constitution and scheme of delegation, so that routine operational "
              "decisions below £100,000 are taken by officers rather than by Cabinet.", "REVIEW", "council"),
        ("5", "**Invest in the Audit and Governance Committee.** Appoint a second independent member, give all "
              "members of the committee training in their role, and make sure audit actions that are overdue are "
              "followed up with the responsible directors.", "INVEST", None),
        ("6", "**Develop a workforce strategy** that tackles recruitment and retention in planning, environmental "
              "health and ICT, including a ‘grow your own’ scheme with the local college.", "DEVELOP", None),
        ("7", "Make better use of data: produce a quarterly performance report that shows the outcomes for "
              "residents, not only the activity of services, and use it in Cabinet and scrutiny.", "MAKE", None),
        ("8", "**Work with partners on a shared vision for Tennerby town centre.** Use the Town Centre Partnership "
              "to agree a ten-year plan with the county council, businesses and the college, and say who will lead "
              "each part of it.", "WORK", None),
        ("9", "Communicate the council’s priorities, and the reasons for difficult decisions, more clearly to "
              "residents and staff.", "COMMUNICATE", None),
    ]
    glance = ("| Tennerby at a glance | |\n|:---|---:|\n"
              "| Population (mid-2024 estimate) | 88,400 |\n"
              "| Households | 38,900 |\n"
              "| Net revenue budget 2025/26 | £16.8 million |\n"
              "| General fund reserves (31 March 2025) | £6.1 million |\n"
              "| Budget gap forecast for 2027/28 | £2.9 million |\n"
              "| Staff (full-time equivalent) | 412 |\n"
              "| Councillors | 36 |")
    md = [
        "**Local Government Association**",
        f"# {title}",
        "| 14–17 October 2025\n| Feedback report\n| Published 8 December 2025",
        "## 1. Executive summary",
        "Tennerby Borough Council is a well-regarded council with committed staff, stable leadership and a record "
        "of delivering good everyday services. Residents’ satisfaction with waste collection and street cleaning "
        "is among the highest of comparable districts, and the council’s partners describe it as reliable and "
        "easy to work with.",
        "The council now faces a more difficult period. Its reserves have paid for a growing share of the budget "
        "for three years, and the Medium Term Financial Strategy shows a gap of £2.9 million by 2027/28. At the "
        "same time the Corporate Plan contains 46 commitments, which members and staff could not prioritise when "
        "the peer team asked them to. The council will need to make choices, and to explain them.",
        "The peer team found a positive culture, but one in which decisions are too often taken late and at too "
        "senior a level. Relationships between Cabinet and the senior leadership team are respectful but not yet "
        "a partnership. Governance is sound in most respects, although the Audit and Governance Committee has "
        "limited capacity and several audit actions are long overdue.",
        "The team’s key recommendations are set out in section 2, and the feedback under each of the five themes "
        "of the peer challenge is in section 4.",
        "## 2. Key recommendations",
        "There are a range of suggestions and observations in the main section of this report that will inform "
        "some ‘quick wins’ and practical actions, in addition to the conversations held on site. The following "
        "are the peer team’s key recommendations to the council:",
        "\n".join(f"{n}. {text}" for n, text, _, _ in recs),
        "## 3. The peer challenge",
        "### The peer team",
        "Peer challenges are delivered by experienced elected member and officer peers. The make-up of the peer "
        "team reflected the focus of the peer challenge, and peers were selected on the basis of their relevant "
        "experience and expertise. The peers who delivered the peer challenge at Tennerby were:",
        "- Lead peer: Chief Executive, a district council in the East of England\n"
        "- Member peer: Leader of a borough council in the Midlands (Conservative)\n"
        "- Member peer: Deputy Leader of a district council in the South West (Liberal Democrat)\n"
        "- Officer peer: Director of Finance and Section 151 Officer, a unitary council\n"
        "- Officer peer: Head of Organisational Development, a district council\n"
        "- Peer challenge manager: Local Government Association",
        "### Scope and focus",
        "The team considered the five themes that form the core of all corporate peer challenges: local priorities "
        "and outcomes; organisational and place leadership; governance and culture; financial planning and "
        "management; and capacity for improvement. The council also asked the team to look at how it works with "
        "partners on the future of the town centre.",
        "The team spent four days on site. It spoke to more than 120 people, including councillors of all three "
        "groups, staff at every level, partners and residents’ groups, in 38 meetings, and read more than 60 "
        "documents before and during the visit.",
        glance,
        "## 4. Feedback",
        "### 4.1 Local priorities and outcomes",
        "The council knows its area well and uses the census and its own surveys to understand it. Services such "
        "as waste, street scene and benefits perform strongly. However, the Corporate Plan tries to cover "
        "everything. Its 46 commitments are not ranked, are not costed, and do not appear in the budget report. "
        "Staff told the team that ‘everything is a priority, so nothing is’.",
        "Performance reports to Cabinet describe activity (numbers of inspections, applications and calls) rather "
        "than what has changed for residents. The team would encourage the council to report fewer measures, "
        "with targets, and to say what it will do when a measure is off track.",
        "### 4.2 Organisational and place leadership",
        "The Leader and the Chief Executive are visible and well respected in the borough. The council is a "
        "valued partner in the Community Safety Partnership and the Tennerby Health Alliance. Partners would "
        "welcome a stronger lead from the council on the town centre, where the closure of two large stores in "
        "2024 has left 17% of ground-floor units empty.",
        "### 4.3 Governance and culture",
        "Meetings are well run and the council’s decisions are rarely challenged. Members of all groups spoke "
        "positively about the support they receive from Democratic Services. But too many decisions come to "
        "Cabinet: in the last year Cabinet took 41 decisions worth less than £50,000, some of them on matters "
        "that most councils delegate to officers.",
        "The Audit and Governance Committee has one independent member. CIPFA’s guidance for audit committees "
        "recommends that each committee includes at least two independent members. The team heard that several "
        "actions from internal audit reports are more than a year overdue and that the committee has not asked "
        "the responsible officers to explain why.",
        "### 4.4 Financial planning and management",
        "The council’s financial management is sound: it has a clean record of unqualified opinions on its "
        "accounts and spends within its budget each year. But it has used £3.4 million of reserves to balance the "
        "budgets of the last three years, and the general fund balance is forecast to fall below the council’s "
        "own minimum of £2 million in 2028/29 if nothing changes. Savings proposals have been put forward one "
        "year at a time.",
        "### 4.5 Capacity for improvement",
        "Staff are loyal and proud to work for the council. Turnover is low overall but high in planning, "
        "environmental health and ICT, where the council relies on agency staff at a cost of £620,000 in 2024/25. "
        "The council does not yet have a workforce strategy.",
        "## 5. Next steps",
        "The council’s senior political and managerial leadership will want to consider, discuss and reflect on "
        "these findings. The council will publish this report, with an action plan, within eight weeks of "
        "receiving it, and the peer team will return for a progress review in the summer of 2026.",
        "The LGA will continue to support the council through its Principal Adviser for the region, who is the "
        "main contact between the council and the LGA:",
        "Principal Adviser (South East) – principal.adviser@lga.example – 01632 960 588",
    ]
    return {
        "name": "tennerby-lga-corporate-peer-challenge-feedback-report",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2025-12-08"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="corporate peer challenge feedback report: the peer team's findings by theme and its "
                           "numbered key recommendations to the council",
                     kind="scrutiny-report", title=title, authority=TENNERBY, date="2025-12-08", meeting=None,
                     recommendations=[recommendation(n, t, verb=v, addressee=a) for n, t, v, a in recs]),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold brand line above the H1 and a line block "
                  "(visit dates / \"Feedback report\" / \"Published 8 December 2025\"); numbered Heading 2 "
                  "sections; \"2. Key recommendations\" with a lead-in paragraph and a pandoc-numbered 1.–9. list: "
                  "seven imperatives, five of them opening with a bold lead sentence (\"**Agree a small number of "
                  "corporate priorities.** Reduce …\") and one whose bold lead runs into the sentence (\"**Develop a "
                  "workforce strategy** that …\"), one \"The council should review …\" item, dates inside the items' "
                  "own words; the peer team as bullets of roles; a right-aligned pipe table \"Tennerby at a "
                  "glance\" (figures); Heading 3 feedback sections 4.1–4.5 in prose with \"The team would encourage "
                  "the council to …\" and \"CIPFA’s guidance for audit committees recommends that …\" (not items); "
                  "next steps and a contact line.",
    }


# ---------------------------------------------------------------------------
# T3. Audit and Governance Committee minutes (DOCX, python-docx, Cambria 10.5 pt (falls back), italic
#     running header with "Page X of Y"). Minute numbers typed in bold capitals with a hanging indent;
#     resolutions in four wordings; an action-log review, a noted update and an undertaking (not items);
#     a closing "Actions arising" table.
# ---------------------------------------------------------------------------


def tennerby_audit_committee_minutes():
    body = "Audit and Governance Committee"
    d60 = ("the minutes of the meeting held on 21 January 2026 be confirmed as a correct record and signed by the "
           "Chair.")
    d62 = [
        ("1", "notes the Auditor’s Annual Report 2024/25 and the auditor’s conclusion that there is a significant "
              "weakness in the Council’s arrangements for financial sustainability;"),
        ("2", "endorses the management responses to the key recommendation and the four improvement "
              "recommendations set out in the report; and"),
        ("3", "asks the Chief Finance Officer to report progress against the key recommendation to its meeting on "
              "14 July 2026."),
    ]
    d63 = [
        ("a", "the progress report be noted;"),
        ("b", "the revised implementation dates for the agreed actions in Appendix A to the report be agreed; and"),
        ("c", "the ICT Manager be asked to attend the next meeting to report on the test of the ICT disaster "
              "recovery plan (action BC-04)."),
    ]
    d65 = "the Internal Audit Plan 2026/27 and the revised Internal Audit Charter be approved."
    d66 = "the revised Anti-Fraud and Corruption Policy set out in Appendix 1 to the report be adopted."
    # (minute, action, officer cell, by, owners, timeframe, due)
    actions_arising = [
        ("62", "Circulate the revised timetable for the Medium Term Financial Strategy to members of the Committee.",
         "Chief Finance Officer", "31 March 2026", ["Chief Finance Officer"], "31 March 2026", "2026-03-31"),
        ("62", "Arrange a briefing for all councillors on the auditor’s findings on financial sustainability.",
         "Chief Finance Officer /\nDemocratic Services Manager", "Before the budget consultation (June 2026)",
         ["Chief Finance Officer", "Democratic Services Manager"], "Before the budget consultation (June 2026)",
         "2026-06"),
        ("63", "Invite the ICT Manager to the July meeting and add the disaster recovery test to the work programme.",
         "Democratic Services Officer", "Next meeting", ["Democratic Services Officer"], "Next meeting", None),
        ("64", "Report to the Committee on the governance actions in the peer challenge action plan.",
         "Monitoring Officer", "14/07/2026", ["Monitoring Officer"], "14/07/2026", "2026-07-14"),
        ("65", "Publish the approved Internal Audit Charter on the Council’s website.", "Audit Manager", "",
         ["Audit Manager"], None, None),
        ("66", "Arrange fraud awareness training for all managers once the policy has been adopted by Council.",
         "Audit Manager, HR Manager", "Q2 2026/27", ["Audit Manager", "HR Manager"], "Q2 2026/27", "2026-09"),
    ]
    pn = lambda text: ("pn", text)

    def minute(number, text):
        return ("pn", f"**{number}.\t{text}**")

    blocks = [
        ("p", "**TENNERBY BOROUGH COUNCIL**"),
        ("title", body),
        ("p", "Minutes of the meeting held on Tuesday 17 March 2026 at 6.30 pm in the Council Chamber, Tennerby Town "
              "Hall"),
        ("p", "**Present:** Councillors J.A. (Chair), P.D. (Vice-Chair), B.F., H.G., L.M., S.O. and T.W."),
        ("p", "**Independent member:** Mr R.K."),
        ("p", "**Also present:** Councillor C.N. (Cabinet Member for Finance and Resources)"),
        ("p", "**Officers:** Chief Finance Officer (Section 151 Officer), Monitoring Officer, Audit Manager, "
              "Democratic Services Officer"),
        ("p", "**External audit:** Engagement Lead and Audit Manager, Ashlin Crowe LLP"),
        minute("58", "APOLOGIES FOR ABSENCE AND SUBSTITUTES"),
        pn("\tApologies were received from Councillor E.V. Councillor T.W. attended as her substitute."),
        minute("59", "DECLARATIONS OF INTEREST"),
        pn("\tCouncillor H.G. declared a non-registrable interest in item 62, as a member of the board of Tennerby "
           "Leisure Trust, which is mentioned in the auditor’s report. She remained in the meeting."),
        minute("60", "MINUTES"),
        pn(f"\t**RESOLVED** – That {d60}"),
        minute("61", "ACTION LOG"),
        pn("\tThe Committee reviewed the action log. Of the nine actions from earlier meetings, seven were complete. "
           "Action 45 (the test of the ICT disaster recovery plan) remained open and was considered under item 63. "
           "The Chief Finance Officer said that action 51 (the treasury management training) would be delivered "
           "by the external treasury advisers in May."),
        minute("62", "EXTERNAL AUDIT: AUDITOR’S ANNUAL REPORT 2024/25"),
        pn("\tThe Engagement Lead presented the Auditor’s Annual Report 2024/25. An unqualified opinion had been "
           "given on the 2024/25 financial statements on 27 February 2026. On value for money, the auditor had "
           "found a significant weakness in the Council’s arrangements for financial sustainability, because the "
           "budget had relied on reserves for three years and savings had been identified one year at a time. The "
           "report made one key recommendation and four improvement recommendations; management had agreed all "
           "five."),
        pn("\tMembers asked how the auditor’s view related to the peer challenge. The Engagement Lead said that the "
           "two reviews had reached similar conclusions independently. In answer to the Independent member, the "
           "Chief Finance Officer said that a three-year savings programme would be presented with the Medium Term "
           "Financial Strategy in September 2026, and that the auditor had recommended that the programme is "
           "agreed before the 2027/28 budget is set."),
        pn("\t**RESOLVED** – That the Committee:"),
    ] + [pn(f"\t({n}) {t}") for n, t in d62] + [
        minute("63", "INTERNAL AUDIT PROGRESS REPORT"),
        pn("\tThe Audit Manager presented the progress report to 28 February 2026. Twenty-four of the 31 audits in "
           "the plan had reached draft report stage. Two further limited assurance opinions had been given, on "
           "Disabled Facilities Grants and on cyber security patching, and both had been reported to the "
           "Committee in January. Members expressed concern that the disaster recovery test agreed in the "
           "2023/24 business continuity audit had still not been completed."),
        pn("\tCouncillor P.D. moved, and Councillor S.O. seconded, that the ICT Manager be asked to attend. On "
           "being put to the vote, it was"),
        pn("\t**RESOLVED (unanimously)** – That:"),
    ] + [pn(f"\t({n}) {t}") for n, t in d63] + [
        minute("64", "CORPORATE PEER CHALLENGE: GOVERNANCE ACTIONS"),
        pn("\tThe Monitoring Officer gave an oral update on the actions in the peer challenge action plan that "
           "concern the Committee. A second independent member would be recruited in the spring, and a review of "
           "the scheme of delegation would go to the Constitution Working Group in June. The Monitoring Officer "
           "undertook to send members the draft person specification for the independent member before it is "
           "advertised."),
        pn("\tThe Committee noted the update."),
        minute("65", "INTERNAL AUDIT PLAN 2026/27 AND INTERNAL AUDIT CHARTER"),
        pn("\tThe Audit Manager presented the draft plan of 29 audits (610 days) and the revised charter, which "
           "had been updated for the Global Internal Audit Standards. Members asked that the housing allocations "
           "audit deferred from 2025/26 be carried out in the first quarter, and the Audit Manager agreed."),
        pn(f"\t**RESOLVED** – That {d65}"),
        minute("66", "ANTI-FRAUD AND CORRUPTION POLICY"),
        pn("\tThe Audit Manager introduced the revised policy, which adds a section on the Economic Crime and "
           "Corporate Transparency Act 2023 and the new offence of failure to prevent fraud. The policy forms part "
           "of the Constitution and must be adopted by Council."),
        pn(f"\t**RECOMMENDED to Council** – That {d66}"),
        minute("67", "WORK PROGRAMME"),
        pn("\tThe Committee noted its work programme for 2026/27, with the addition of a report on the peer "
           "challenge governance actions at the July meeting."),
        ("p", "The meeting closed at 8.42 pm."),
        ("p", "Chair ……………………………………………  Date ……………………"),
        ("ph", 11, "ACTIONS ARISING FROM THIS MEETING"),
        ("table", {"cols": [1.8, 8.0, 4.2, 3.0], "font": 9.5, "header_fill": "E4DFEC",
                   "header": ["Minute", "Action", "Officer", "By"],
                   "rows": [[m, a, o, b] for m, a, o, b, _, _, _ in actions_arising]}),
        ("p", "Enquiries about these minutes: Democratic Services Officer, 01632 960 227, "
              "democratic.services@tennerby.example"),
    ]
    decisions = [decision("60", None, d60, body)]
    decisions += [decision("62", n, t, body) for n, t in d62]
    decisions += [decision("63", n, t, body) for n, t in d63]
    decisions += [decision("65", None, d65, body), decision("66", None, d66, body)]
    acts = [action(None, a, owners, tf, due, None) for _, a, _, _, owners, tf, due in actions_arising]
    return {
        "name": "tennerby-audit-and-governance-committee-minutes-march-2026",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-03-19", "doc_title": "Audit and Governance Committee – minutes – 17 March 2026",
                 "author": "Democratic Services", "ninth_m": True, "cant_split": True, "font": "Cambria",
                 "size": 10.5, "title_size": 20, "title_color": "4B2E6B",
                 "m_header": ("Audit and Governance Committee – 17 March 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="audit committee minutes with resolutions on an external auditor's report, an internal "
                           "audit progress report and a policy, and a closing list of actions arising",
                     kind="minutes", title=body, authority=TENNERBY, date="2026-03-17", meeting=body,
                     decisions=decisions, actions=acts),
        "layout": "DOCX (python-docx), Cambria 10.5 pt (falls back), an italic running header with \"Page X of Y\" "
                  "fields, rows that may not split. A bold capitals council line, a large purple \"Audit and "
                  "Governance Committee\" title and a \"Minutes of the meeting held …\" line; bold-led Present / "
                  "Independent member / Also present / Officers / External audit lines (not items); minute numbers "
                  "58.–67. with capital titles, typed in bold with a tab and a hanging indent (not heading styles), "
                  "and each minute's paragraphs hung under them after a tab. Resolutions: \"RESOLVED – That the "
                  "minutes … be confirmed …\" on one line; \"RESOLVED – That the Committee:\" over typed (1)–(3) "
                  "paragraphs (notes / endorses / asks, \"; and\"); a motion moved and seconded, then \"RESOLVED "
                  "(unanimously) – That:\" over typed (a)–(c) passive parts; \"RESOLVED – That the Internal Audit "
                  "Plan … be approved.\"; \"RECOMMENDED to Council – That the revised Anti-Fraud and Corruption "
                  "Policy … be adopted.\". Not items: a declaration, the action-log review (with action numbers), "
                  "\"the auditor had recommended that …\" in the debate, the Monitoring Officer's undertaking to "
                  "send a draft, \"The Committee noted the update.\" and the noted work programme. A signature "
                  "line, then a bold capital \"ACTIONS ARISING FROM THIS MEETING\" and a 9.5 pt table Minute | "
                  "Action | Officer | By with a lilac header: imperative actions, officer cells split by \"/\" plus "
                  "line break and \",\"; By cells \"31 March 2026\", \"Before the budget consultation (June "
                  "2026)\", \"Next meeting\", \"14/07/2026\", \"Q2 2026/27\" and one empty; an enquiries line.",
    }


# ---------------------------------------------------------------------------
# T4. Children's services improvement plan after an Ofsted ILACS inspection (PDF, HTML → Chromium, A4
#     landscape, Liberation Sans 9.5 pt, CSS page-margin boxes). Ofsted's list (not items), a RAG key
#     table, and one plan table whose numbered Area cells are merged down over lettered actions.
# ---------------------------------------------------------------------------

RAG_FILL = {"B": "9DC3E6", "G": "A9D08E", "A": "FFD966", "R": "F4B084", "": None}
RAG_STATUS = {"B": "completed", "G": "ongoing", "A": "ongoing", "R": "not-started", "": None}


def wychmoor_ilacs_improvement_plan():
    title = "Children’s Services Improvement Plan 2025–2027"
    ofsted = [
        "The consistency and timeliness of the response to children at the front door, including strategy "
        "meetings.",
        "The quality and impact of management oversight and supervision of social work practice.",
        "The quality of child protection and child in need plans, so that they are specific, measurable and "
        "understood by families.",
        "The support for care leavers to find suitable accommodation and to take up education, employment or "
        "training.",
        "Leaders’ use of performance information and quality assurance to understand the experiences of "
        "children.",
    ]
    # area number → (area words, [(label, action, lead cell, milestone, rag, evidence, owners, due)])
    plan = [
        ("1", ofsted[0], [
            ("1a", "Relaunch the front door practice standards, with a single threshold document agreed by all "
                   "safeguarding partners.",
             "Head of Service, Front Door /\nMASH Manager", "Standards relaunched – Nov 2025", "B",
             "Re-referrals within 12 months down from 24% to 19% (December 2025).",
             ["Head of Service, Front Door", "MASH Manager"], "2025-11"),
            ("1b", "Hold a weekly performance clinic on contacts awaiting a decision, chaired by the Head of Service.",
             "Head of Service, Front Door", "Weekly from 1 December 2025", "G",
             "Contacts decided within 24 hours: 81% (target 90%).", ["Head of Service, Front Door"], "2025-12-01"),
            ("1c", "Agree with the police a joint protocol so that every strategy meeting is held within three "
                   "working days of the referral.",
             "Assistant Director – Safeguarding;\nDetective Chief Inspector, Public Protection",
             "Protocol signed by end of March 2026", "A",
             "Police attendance at strategy meetings 74%; protocol delayed by the police restructure.",
             ["Assistant Director – Safeguarding", "Detective Chief Inspector, Public Protection"], "2026-03"),
        ]),
        ("2", ofsted[1], [
            ("2a", "Introduce a new supervision policy and recording template, with reflective supervision at "
                   "least every four weeks for every social worker.",
             "Principal Social Worker", "Policy in use – Q4 2025/26", "G",
             "Supervision on file within 4 weeks: 68% (was 52% at inspection).", ["Principal Social Worker"],
             "2026-03"),
            ("2b", "Train all team managers in the new supervision model through the practice leadership programme.",
             "Principal Social Worker; Workforce Development Manager", "All managers trained by 31.05.2026", "A",
             "", ["Principal Social Worker", "Workforce Development Manager"], "2026-05-31"),
            ("2c", "Add a management oversight check to the monthly case audit tool, and report the results to the "
                   "Improvement Board.",
             "Head of Quality Assurance", "Audit tool updated Feb-26", "R", "",
             ["Head of Quality Assurance"], "2026-02"),
        ]),
        ("3", ofsted[2], [
            ("3a", "Replace the child protection plan template with one written to the child and family, with "
                   "outcomes, actions and dates, co-produced with the Parent Panel.",
             "Head of Safeguarding and Quality Review\nParent Panel Coordinator", "New template live by Summer term 2026",
             "G", "Parent Panel has reviewed two drafts.",
             ["Head of Safeguarding and Quality Review", "Parent Panel Coordinator"], "2026-07"),
            ("3b", "Child protection chairs to challenge, at each review conference, any plan that is not specific "
                   "and measurable, and to record the challenge.",
             "Head of Safeguarding and Quality Review", "Ongoing – reviewed at each Improvement Board", "G",
             "Chairs’ challenges logged: 37 since October 2025.", ["Head of Safeguarding and Quality Review"], None),
        ]),
        ("4", ofsted[3], [
            ("4a", "Agree a joint housing protocol for care leavers with the six district and borough councils, "
                   "including a guaranteed offer of a tenancy at 18.",
             "Head of Corporate Parenting and Head of Housing Strategy (Tennerby BC)", "Protocol agreed by the end "
             "of June 2026", "A", "Four of the six councils have agreed the draft.",
             ["Head of Corporate Parenting", "Head of Housing Strategy (Tennerby BC)"], "2026-06"),
            ("4b", "Appoint two education, employment and training advisers in the leaving care service.",
             "Service Manager, Care Leavers", "TBC (depends on recruitment)", "R", "",
             ["Service Manager, Care Leavers"], None),
            ("4c", "Open a care leavers’ hub in Wychmoor town with drop-in support from housing, benefits and health.",
             "Service Manager, Care Leavers /\nWychmoor Youth Trust", "Hub open Sept 2026", "",
             "", ["Service Manager, Care Leavers", "Wychmoor Youth Trust"], "2026-09"),
        ]),
        ("5", ofsted[4], [
            ("5a", "Publish a monthly performance report for the Improvement Board and the Lead Member, with "
                   "commentary from each Head of Service.",
             "Head of Performance and Intelligence", "First report Jan 2026", "B",
             "Report received by the Board in January and February.", ["Head of Performance and Intelligence"],
             "2026-01"),
            ("5b", "Run a practice week each quarter in which senior leaders observe practice and speak to children "
                   "and families.",
             "Director of Children’s Services", "2026/27", "G", "First practice week held 12–16 January 2026.",
             ["Director of Children’s Services"], "2027-03"),
        ]),
    ]
    rows, acts = [], []
    for number, area, items in plan:
        for i, (lab, text, lead, milestone, rag, evidence, owners, due) in enumerate(items):
            rag_cell = {"text": f"**{rag}**" if rag else "", "fill": RAG_FILL[rag]}
            rows.append([
                {"text": f"**{number}.** {area}", "vspan": len(items), "fill": "EDEDED"} if i == 0 else "^",
                f"**{lab}** {text}", lead, milestone, rag_cell, evidence,
            ])
            acts.append(action(lab, text, owners, milestone, due, RAG_STATUS[rag]))
    css = ("@page { margin: 16mm 14mm 16mm 14mm; "
           "@top-left { content: \"Wychmoor County Council – Children’s Services\"; font-family: 'Liberation Sans', "
           "sans-serif; font-size: 8pt; color: #7030A0; } "
           "@top-right { content: \"OFFICIAL\"; font-family: 'Liberation Sans', sans-serif; font-size: 8pt; "
           "font-weight: bold; color: #7030A0; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); font-family: 'Liberation "
           "Sans', sans-serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 20pt; margin-bottom: 2pt; }\n"
           "h2 { font-size: 12pt; color: #7030A0; page-break-after: avoid; }\n"
           "p.sub { font-size: 11pt; }\n"
           "th { color: #FFFFFF; }\n")
    blocks = [
        ("p", "**WYCHMOOR COUNTY COUNCIL**"),
        ("title", title),
        ("p", "Our response to the Ofsted inspection of local authority children’s services (ILACS), 8–19 September "
              "2025. Overall effectiveness: **Requires improvement to be good**."),
        ("table", {"cols": [3.6, 8.0, 3.6, 8.0], "font": 9, "rows": [
            [label("Version", "E4DFEC"), "1.3", label("Updated", "E4DFEC"), "23 January 2026"],
            [label("Plan owner", "E4DFEC"), "Director of Children’s Services", label("Monitored by", "E4DFEC"),
             "Children’s Services Improvement Board (monthly)"],
            [label("Approved by", "E4DFEC"), "Cabinet, 11 November 2025", label("Reported to", "E4DFEC"),
             "Scrutiny Management Board (quarterly)"],
        ]}),
        ("h", 2, "1. The inspection outcome"),
        ("p", "Ofsted inspected Wychmoor’s services for children in need of help and protection, children in care "
              "and care leavers between 8 and 19 September 2025. The report was published on 24 October 2025. "
              "Inspectors found that children in care are well supported, that social workers know their children "
              "well and that leaders have an accurate view of where practice needs to improve. Services for "
              "children in need of help and protection and for care leavers require improvement."),
        ("table", {"cols": [14.0, 6.0], "font": 9, "header_fill": "7030A0",
                   "header": ["Judgement", "Grade"], "rows": [
                       ["The impact of leaders on social work practice with children and families",
                        "Requires improvement to be good"],
                       ["The experiences and progress of children who need help and protection",
                        "Requires improvement to be good"],
                       ["The experiences and progress of children in care", "Good"],
                       ["The experiences and progress of care leavers", "Requires improvement to be good"],
                       [{"text": "Overall effectiveness", "bold": True},
                        {"text": "Requires improvement to be good", "bold": True}],
                   ]}),
        ("h", 2, "2. What needs to improve"),
        ("p", "Ofsted’s report sets out five areas that the local authority needs to improve. We have used Ofsted’s "
              "words, and each area is one section of the plan below:"),
        ("list", "1.", 1, ofsted),
        ("h", 2, "3. How the plan is monitored"),
        ("p", "The Improvement Board, chaired by the Chief Executive, meets monthly and receives a progress report "
              "on every action. The Lead Member for Children’s Services and the Chair of the Scrutiny Management "
              "Board attend as observers. The plan is updated after each Board meeting, and the RAG rating of each "
              "action is agreed by the Board using the key below. School terms in this plan are those of Wychmoor "
              "schools: the spring term ends on 27 March 2026 and the summer term on 22 July 2026."),
        ("table", {"cols": [1.6, 12.0], "font": 9, "rows": [
            [{"text": "**B**", "fill": RAG_FILL["B"]}, "Complete – the action has been delivered"],
            [{"text": "**G**", "fill": RAG_FILL["G"]}, "On track – work is under way and the milestone will be met"],
            [{"text": "**A**", "fill": RAG_FILL["A"]}, "At risk – work is under way but the milestone may be missed"],
            [{"text": "**R**", "fill": RAG_FILL["R"]}, "Not started – work has not yet begun"],
            ["", "Not yet rated – a new action added since the last Board meeting"],
        ]}),
        ("h", 2, "4. The plan"),
        ("table", {"cols": [4.6, 7.2, 4.0, 3.4, 1.2, 5.2], "font": 9, "header_fill": "7030A0",
                   "header": ["Area for improvement", "What we will do", "Lead", "Milestone", "RAG",
                              "Evidence of impact"],
                   "rows": rows}),
        ("p", "Action 4c was added by the Improvement Board on 20 January 2026 and will be rated at its February "
              "meeting. Actions 1a and 5a will be removed from the next version of the plan."),
        ("p", "Contact: Improvement Programme Manager, Children’s Services – improvement@wychmoor.example – 01632 "
              "960 473"),
    ]
    return {
        "name": "wychmoor-childrens-services-ilacs-improvement-plan",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "landscape": True, "size": 9.5, "title_color": "7030A0",
                 "css_font": "'Liberation Sans', sans-serif", "ninth_m": True, "m_css": css},
        "blocks": blocks,
        "gold": dict(genre="children's services improvement plan after an Ofsted inspection, with lettered "
                           "actions under numbered areas for improvement, milestones and RAG ratings",
                     kind="action-plan", title=title, authority=WYCHMOOR, date="2026-01-23", meeting=None,
                     actions=acts),
        "layout": "PDF (HTML → Chromium), A4 landscape, Liberation Sans 9.5 pt, CSS page-margin boxes (the "
                  "council and service top left, \"OFFICIAL\" top right, \"Page n of m\" bottom right). A bold "
                  "capitals council line, a purple title and a line naming the inspection and the bold overall "
                  "judgement; a four-column version table with lilac labels (Version / Updated / Plan owner / "
                  "Monitored by / Approved by / Reported to); a judgements table with a purple header (figures); "
                  "Ofsted's five areas as an HTML-numbered 1.–5. list (not items); a monitoring paragraph that "
                  "defines the school terms; a RAG key table of shaded letters B / G / A / R and one unshaded blank "
                  "(\"Not yet rated\"). After a page break, one 9 pt plan table Area for improvement | What we will "
                  "do | Lead | Milestone | RAG | Evidence of impact with a purple header: the Area cell, bold "
                  "number and Ofsted's words, merged down in grey over its actions; actions labelled 1a–5b in bold "
                  "at the start of the cell; milestones that join words and a date (\"Standards relaunched – Nov "
                  "2025\", \"Weekly from 1 December 2025\", \"Protocol signed by end of March 2026\", \"Policy in use "
                  "– Q4 2025/26\", \"All managers trained by 31.05.2026\", \"Audit tool updated Feb-26\", \"New "
                  "template live by Summer term 2026\", \"Ongoing – reviewed at each Improvement Board\", \"Protocol "
                  "agreed by the end of June 2026\", \"TBC (depends on recruitment)\", \"Hub open Sept 2026\", "
                  "\"First report Jan 2026\", \"2026/27\"); RAG letters in bold in shaded cells and one blank; "
                  "lead cells split by \"/\" plus line break, \";\" plus line break, \";\", a bare line break and "
                  "\"and\" between two posts, with commas inside roles (\"Head of Service, Front Door\") and en "
                  "dashes (\"Assistant Director – Safeguarding\"); empty evidence cells; rows kept whole across the "
                  "page break; notes and a contact line.",
    }


# ---------------------------------------------------------------------------
# T5. Covering report to the Scrutiny Management Board on a CQC assessment of adult social care (PDF,
#     Markdown → pandoc DOCX → LibreOffice, pandoc's styles). A pandoc (1)–(3) list of recommendations;
#     score and waiting tables; the CQC's letter summarised (not items); priorities without leads.
# ---------------------------------------------------------------------------


def wychmoor_smb_cqc_report():
    title = "CQC Assessment of Adult Social Care: Outcome and Improvement Plan"
    smb = "Scrutiny Management Board"
    recs = [
        ("1", "note the outcome of the Care Quality Commission’s assessment of the Council’s adult social care "
              "functions, published on 3 December 2025;", "NOTE"),
        ("2", "comment on the Council’s improvement plan, summarised in section 6, and identify any areas it wishes "
              "to examine in more detail; and", "COMMENT"),
        ("3", "agree to receive a progress report on the improvement plan at its meeting in September 2026.", "AGREE"),
    ]
    scores = ("| Theme | Quality statement | Score (1–4) |\n|:---|:---|:---:|\n"
              "| Working with people | Assessing needs | 2 |\n"
              "| | Supporting people to live healthier lives | 3 |\n"
              "| | Equity in experience and outcomes | 2 |\n"
              "| Providing support | Care provision, integration and continuity | 2 |\n"
              "| | Partnerships and communities | 3 |\n"
              "| Ensuring safety | Safe pathways, systems and transitions | 2 |\n"
              "| | Safeguarding | 3 |\n"
              "| Leadership | Governance, management and sustainability | 2 |\n"
              "| | Learning, improvement and innovation | 2 |\n"
              "| **Overall** | | **Requires improvement (51%)** |")
    waits = ("| Month end | People waiting for a Care Act assessment | Of whom waiting over 6 months | Median wait "
             "(days) |\n|:---|---:|---:|---:|\n"
             "| March 2025 | 1,214 | 318 | 97 |\n"
             "| June 2025 | 1,156 | 296 | 91 |\n"
             "| September 2025 | 1,032 | 241 | 84 |\n"
             "| December 2025 | 918 | 187 | 76 |")
    priorities = grid_table([22, 50], ["Priority", "What will be different by March 2027"], [
        ["1. Timely assessment", "Nobody waits more than three months for a Care Act assessment, and people "
                                 "waiting are contacted at least monthly."],
        ["2. Carers", "Every carer who asks for an assessment has one within 28 days and is offered a review each "
                      "year."],
        ["3. Fair access", "The Council understands and acts on differences in access and outcomes between "
                           "communities, including for people whose first language is not English."],
        ["4. Oversight and assurance", "Leaders receive performance and quality information that shows what "
                                       "people experience, and use it to make changes."],
    ])
    md = [
        "**WYCHMOOR COUNTY COUNCIL**",
        "| **Report to:** Scrutiny Management Board\n"
        "| **Date of meeting:** Thursday 12 February 2026\n"
        "| **Agenda item:** 6\n"
        "| **Report of:** Executive Director of Adult Social Care and Health\n"
        "| **Cabinet Member:** Councillor S.W., Cabinet Member for Adult Social Care\n"
        "| **Divisions affected:** All\n"
        "| **Exempt:** No",
        f"# {title}",
        "## 1. Summary",
        "1.1 The Care Quality Commission (CQC) assessed how Wychmoor County Council meets its duties under Part 1 of "
        "the Care Act 2014 between June and September 2025. Its report, published on 3 December 2025, rates the "
        "Council as **Requires improvement**, with an overall score of 51%.",
        "1.2 This report summarises what the CQC found, sets out the Council’s response and asks the Board how it "
        "wishes to follow the improvement work during 2026.",
        "## 2. Recommendations",
        "The Scrutiny Management Board is recommended to:",
        "\n".join(f"({n}) {t}" for n, t, _ in recs),
        "## 3. Background",
        "3.1 Since April 2024 the CQC has had a duty to assess how local authorities carry out their adult social "
        "care functions. It looks at nine quality statements grouped under four themes, scores each from 1 to 4, "
        "and gives an overall rating of Outstanding, Good, Requires improvement or Inadequate.",
        "3.2 Wychmoor was notified of its assessment on 2 June 2025. The Council sent its self-assessment and "
        "data return in July, and the CQC’s site visits took place from 15 to 19 September 2025. Inspectors spoke "
        "to 96 people who draw on care and support, 41 unpaid carers, staff at all levels, partners and the "
        "Cabinet Member.",
        "## 4. The outcome",
        "4.1 The scores for each quality statement are shown below. A score of 2 means that the CQC found some "
        "shortfalls; 3 means that it found good evidence of quality.",
        scores,
        "## 5. What the CQC found",
        "5.1 The CQC’s letter to the Executive Director of 3 December 2025 summarised its findings as follows.",
        "**Strengths**",
        "- People valued the support of the reablement service, and 84% of people who used it needed no further "
        "care.\n"
        "- Safeguarding enquiries were timely, and partners described the Wychmoor Safeguarding Adults Board as "
        "well led.\n"
        "- The Council works well with voluntary and community groups, particularly in the rural north of the "
        "county.",
        "**Areas for improvement**",
        "- Too many people were waiting too long for an assessment, and some were not contacted while they "
        "waited.\n"
        "- Unpaid carers found it hard to get an assessment of their own needs, and few had been reviewed.\n"
        "- The Council did not have a clear understanding of differences in access and outcomes between "
        "communities.\n"
        "- Leaders’ oversight relied on activity data and did not show what people experienced.",
        "5.2 The CQC recommended that the Council reduce the time people wait for an occupational therapy "
        "assessment, which in September 2025 was a median of 112 days. It also said that the Council should "
        "publish information about its waiting times, as some neighbouring authorities do.",
        "5.3 Waiting lists have fallen since the assessment, as the table below shows.",
        waits,
        "## 6. The Council’s response",
        "6.1 Cabinet agreed an improvement plan on 20 January 2026. It has four priorities, each linked to the "
        "CQC’s findings. The full plan, which sets out 27 actions with a lead officer and a date for each, is "
        "published with the Cabinet papers of 20 January 2026 and is not repeated here.",
        priorities,
        "6.2 Progress will be overseen by the Adult Social Care Improvement Board, chaired by the Executive "
        "Director, which meets every six weeks. The CQC does not carry out a follow-up assessment, but the Council "
        "expects to be reassessed within two years.",
        "## 7. Financial implications",
        "7.1 The improvement plan is funded from within the adult social care budget for 2026/27, with £640,000 "
        "of one-off funding from the Transformation Reserve for additional assessment capacity.",
        "## 8. Legal implications",
        "8.1 The CQC’s assessment is made under section 46 of the Health and Care Act 2022. There is no statutory "
        "requirement for the Council to publish an action plan, but doing so is good practice.",
        "## 9. Equality implications",
        "9.1 The priority on fair access responds directly to the CQC’s finding on equity. An equality impact "
        "assessment of the improvement plan was considered by Cabinet.",
        "## 10. Background papers",
        "CQC, Wychmoor County Council: local authority assessment report (3 December 2025); report to Cabinet, 20 "
        "January 2026, “Adult Social Care Improvement Plan”.",
        "**Contact:** Head of Adult Social Care Improvement – asc.improvement@wychmoor.example – 01632 960 446",
    ]
    return {
        "name": "wychmoor-smb-cqc-adult-social-care-assessment-report",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-02-03"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="covering report to a scrutiny management board on the outcome of a CQC assessment of "
                           "adult social care, with the inspectorate's letter summarised",
                     kind="committee-report", title=title, authority=WYCHMOOR, date="2026-02-12", meeting=smb,
                     recommendations=[recommendation(n, t, verb=v, addressee=smb) for n, t, v in recs]),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold capitals council line and "
                  "a line block of bold-labelled details (Report to / Date of meeting / Agenda item / Report of / "
                  "Cabinet Member / Divisions affected / Exempt) above the H1; numbered Heading 2 sections with "
                  "typed 1.1 … paragraphs; \"2. Recommendations\" with \"The Scrutiny Management Board is "
                  "recommended to:\" over a pandoc (1)–(3) list (note / comment / agree, \"; and\"); a pipe table of "
                  "scores by theme and quality statement with empty theme cells and a bold overall row (figures); "
                  "the CQC's letter summarised as bold \"Strengths\" / \"Areas for improvement\" lines over bullets, "
                  "and \"5.2 The CQC recommended that the Council reduce … It also said that the Council should "
                  "publish …\" (not items); a waiting-list pipe table (figures); the improvement priorities as a "
                  "grid table Priority | What will be different by March 2027 with no leads or dates (not actions); "
                  "implications, background papers and a contact line.",
    }


# ---------------------------------------------------------------------------
# T6. Youth justice post-inspection action plan (DOCX, python-docx, A4 landscape, Calibri 10 pt (falls
#     back), italic running header with "Page X of Y", rows that may not split). HMIP's seven
#     recommendations under three "X should:" stems (Word lists numbered on across them) and one plan
#     table whose shaded recommendation rows hold only a short title.
# ---------------------------------------------------------------------------


def wychmoor_yjs_hmip_action_plan():
    title = "Post-inspection Action Plan: Inspection of Youth Justice Services in Wychmoor"
    yjs = "Wychmoor Youth Justice Service"
    board = "Wychmoor Youth Justice Management Board"
    # (number, text, verb, addressee)
    recs = [
        ("1", "improve the quality of reviewing, so that plans are updated when a child’s circumstances change", "IMPROVE",
         yjs),
        ("2", "make sure that every child’s plan addresses their safety and wellbeing and the risk of harm they may "
              "pose to others", "MAKE", yjs),
        ("3", "strengthen the joint work with children’s social care when a child is at risk of exploitation", "STRENGTHEN",
         yjs),
        ("4", "give victims the chance to contribute to out-of-court disposal decisions, and record how their views "
              "were taken into account", "GIVE", yjs),
        ("5", "make sure that it receives the information it needs to understand the disproportionate representation "
              "of Black and mixed heritage children in the youth justice system, and acts on it", "MAKE", board),
        ("6", "agree with the Wychmoor Integrated Care Board how children will get timely access to speech, "
              "language and communication support", "AGREE", board),
        ("7", "make sure that children known to the youth justice service who are not in full-time education are "
              "offered a suitable place within 20 school days", "MAKE", WYCHMOOR),
    ]
    titles = {
        "1": "Reviewing",
        "2": "Safety, wellbeing and risk of harm in plans",
        "3": "Exploitation – joint work with children’s social care",
        "4": "Victims and out-of-court disposals",
        "5": "Disproportionality",
        "6": "Speech, language and communication",
        "7": "Education, training and employment",
    }
    # (rec, label, action, owner cell, by when, status, update, owners, due)
    plan = [
        ("1", "1.1", "Introduce a review trigger list and add it to the case management system, so that a review is "
                     "prompted by any arrest, move of home or change of school.",
         "YJS Operational Manager (Community)", "31/03/2026", "On track", "Trigger list agreed; system change "
         "booked for March.", ["YJS Operational Manager (Community)"], "2026-03-31"),
        ("1", "1.2", "Audit 20 reviews each quarter against the HMIP standard and report the findings to the "
                     "Management Board.",
         "Quality Assurance Lead", "Quarterly from April 2026", "Not started", "", ["Quality Assurance Lead"],
         "2026-04"),
        ("2", "2.1", "Deliver refresher training on risk of harm and safety and wellbeing planning to all case "
                     "managers.",
         "YJS Operational Manager (Court) /\nWorkforce Development Officer", "Jan 2026", "Complete",
         "31 of 33 case managers trained.", ["YJS Operational Manager (Court)", "Workforce Development Officer"],
         "2026-01"),
        ("2", "2.2", "Require a manager to countersign every plan for a child assessed as high risk of harm "
                     "before it is shared with the child.",
         "Head of Youth Justice Service", "December 2025", "Complete", "", ["Head of Youth Justice Service"], "2025-12"),
        ("3", "3.1", "Make the YJS a standing member of the multi-agency child exploitation panel and share "
                     "intelligence on every open case.",
         "Head of Youth Justice Service\nService Manager, Exploitation and Missing", "Feb 2026", "Complete", "",
         ["Head of Youth Justice Service", "Service Manager, Exploitation and Missing"], "2026-02"),
        ("3", "3.2", "Agree a joint supervision protocol so that a child with both a YJS case manager and a social "
                     "worker has one plan.",
         "Head of Youth Justice Service; Head of Children’s Social Care", "end of May 2026", "Behind schedule",
         "Draft protocol with legal services; delayed by staff absence.",
         ["Head of Youth Justice Service", "Head of Children’s Social Care"], "2026-05"),
        ("4", "4.1", "Contact every identified victim before the joint decision-making panel and record their "
                     "views on the panel form.",
         "Victim Liaison Officer", "Immediately", "Complete", "In place since 1 December 2025.",
         ["Victim Liaison Officer"], None),
        ("4", "4.2", "Revise the out-of-court disposal policy with Wychmoor Police to describe how victims’ views "
                     "are weighed.",
         "Head of Youth Justice Service /\nWychmoor Police Youth Justice Inspector", "Q1 2026/27", "On track", "",
         ["Head of Youth Justice Service", "Wychmoor Police Youth Justice Inspector"], "2026-06"),
        ("5", "5.1", "Produce a quarterly disproportionality report for the Board, comparing each stage of the "
                     "youth justice system with the 10–17 population.",
         "YJS Information Manager", "April 2026", "On track", "First report drafted.", ["YJS Information Manager"],
         "2026-04"),
        ("5", "5.2", "Commission an independent review of the experiences of Black and mixed heritage children in "
                     "the youth justice system.",
         "Chair of the Management Board", "Sept 2026", "Not started",
         "Waiting for the Board to agree the terms of reference.", ["Chair of the Management Board"], "2026-09"),
        ("6", "6.1", "Agree a screening and referral pathway with the ICB so that speech and language therapy "
                     "starts within 8 weeks of referral.",
         "Head of Youth Justice Service and ICB Head of Children’s Commissioning", "30.09.2026", "On track",
         "Pathway agreed in principle; funding for 2026/27 confirmed.",
         ["Head of Youth Justice Service", "ICB Head of Children’s Commissioning"], "2026-09-30"),
        ("7", "7.1", "Add every child known to the YJS who is not in full-time education to the Children Missing "
                     "Education panel and track them until a place is found.",
         "Head of Inclusion", "Ongoing", "On track", "", ["Head of Inclusion"], None),
    ]
    status_of = {"Complete": "completed", "On track": "ongoing", "Behind schedule": "ongoing",
                 "Not started": "not-started"}
    rows, acts = [], []
    current = None
    for rec, lab, text, owner, by, status, update, owners, due in plan:
        if rec != current:
            current = rec
            rows.append([{"text": f"**HMIP recommendation {rec} – {titles[rec]}**", "span": 6, "fill": "D9E2F3"},
                         "<", "<", "<", "<", "<"])
        rows.append([{"text": f"**{lab}**"}, text, owner, by, {"text": status, "bold": True}, update])
        timeframe = by
        acts.append(action(lab, text, owners, timeframe, due, status_of[status]))
    pn = lambda text: ("pn", text)
    blocks = [
        ("p", "**WYCHMOOR YOUTH JUSTICE SERVICE**"),
        ("p", "A partnership of Wychmoor County Council, Wychmoor Police, the Probation Service and NHS Wychmoor "
              "Integrated Care Board"),
        ("title", title),
        ("table", {"cols": [4.6, 8.2, 4.6, 8.2], "font": 9.5, "rows": [
            [label("Inspection fieldwork"), "3–7 November 2025", label("Report published"), "15 January 2026"],
            [label("Overall rating"), "Requires improvement", label("Plan approved by"),
             "Youth Justice Management Board, 29 January 2026"],
            [label("Plan owner"), "Head of Youth Justice Service", label("Plan updated"), "4 March 2026"],
            [label("Submitted to HMIP"), "12 February 2026", label("Next update"), "Management Board, 30 April 2026"],
        ]}),
        ("h", 1, "1. Introduction"),
        pn("1.1\tHM Inspectorate of Probation (HMIP) inspected youth justice services in Wychmoor in November 2025. "
           "Inspectors looked at the governance and leadership of the service, its staff, partnerships and "
           "information, and at the quality of work with 44 children on court orders and out-of-court disposals."),
        pn("1.2\tThe service was rated **Requires improvement** overall. Inspectors found that staff were "
           "skilled and committed, that assessment was a strength and that children were helped to make positive "
           "changes. They found that plans were not reviewed often enough, that work on the risk of harm to others "
           "was inconsistent, and that the Management Board did not have the information it needed to understand "
           "disproportionality."),
        pn("1.3\tThis plan sets out how the partnership will respond to each of the inspectorate’s recommendations. "
           "It was approved by the Management Board on 29 January 2026 and is updated for every Board meeting."),
        ("h", 1, "2. Ratings"),
        ("table", {"cols": [3.0, 12.0, 6.0], "font": 9.5, "header_fill": "D9E2F3",
                   "header": ["Standard", "Description", "Rating"], "rows": [
                       ["1.1", "Governance and leadership", "Requires improvement"],
                       ["1.2", "Staff", "Good"],
                       ["1.3", "Partnerships and services", "Requires improvement"],
                       ["1.4", "Information and facilities", "Good"],
                       ["2.1–2.4", "Court disposals: assessment, planning, implementation and delivery, reviewing",
                        "Good, Requires improvement, Good, Inadequate"],
                       ["3.1–3.4", "Out-of-court disposals: assessment, planning, implementation and delivery, "
                                   "joint working", "Good, Requires improvement, Good, Requires improvement"],
                       ["4.1", "Resettlement policy and provision", "Good"],
                   ]}),
        ("h", 1, "3. The inspectorate’s recommendations"),
        pn("3.1\tHMIP made seven recommendations, which are set out below in the inspectorate’s words."),
        ("p", f"**The {yjs} should:**"),
        ("list", "1.", 1, [t for n, t, v, a in recs[:4]]),
        ("p", f"**The {board} should:**"),
        ("list", "1.", 5, [t for n, t, v, a in recs[4:6]]),
        ("p", f"**{WYCHMOOR} should:**"),
        ("list", "1.", 7, [t for n, t, v, a in recs[6:]]),
        pn("3.2\tInspectors also identified good practice in the service’s work with children in custody, which "
           "is to be shared with other youth justice services in the region."),
        ("h", 1, "4. Status key"),
        ("p", "**Complete** – the action has been delivered and the evidence has been seen by the Board. **On "
              "track** – work has started and the date will be met. **Behind schedule** – work has started, but "
              "the date will be missed. **Not started** – work has not yet begun."),
        ("h", 1, "5. Action plan"),
        ("table", {"cols": [1.4, 8.6, 4.8, 3.0, 2.4, 5.4], "font": 9, "header_fill": "1F3864",
                   "header": ["No.", "Action", "Owner", "By when", "Status", "Progress update (March 2026)"],
                   "rows": rows}),
        ("h", 1, "6. Governance of the plan"),
        pn("6.1\tThe Management Board reviews the whole plan at each meeting. Actions that are behind schedule are "
           "escalated to the Chair, who may ask the owner to attend the Board. The Governance and Audit Committee "
           "of Wychmoor County Council will receive a summary of progress in July 2026."),
        ("p", "Contact: Head of Youth Justice Service – youth.justice@wychmoor.example – 01632 960 391"),
    ]
    for block in blocks:
        if block[0] == "table" and block[1].get("header_fill") == "1F3864":
            block[1]["header"] = [f"<<FFFFFF|{h}>>" for h in block[1]["header"]]
    return {
        "name": "wychmoor-youth-justice-hmip-inspection-action-plan",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-03-04", "doc_title": title, "author": "Wychmoor Youth Justice Service",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Calibri", "size": 10,
                 "title_size": 17, "title_color": "1F3864",
                 "m_header": ("Wychmoor Youth Justice Service – HMIP action plan – updated 4 March 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="youth justice post-inspection action plan: the inspectorate's recommendations and the "
                           "partnership's actions, owners, dates and statuses",
                     kind="action-plan", title=title, authority=WYCHMOOR, date="2026-03-04", meeting=None,
                     recommendations=[recommendation(n, t, verb=v, addressee=a) for n, t, v, a in recs],
                     actions=acts),
        "layout": "DOCX (python-docx), A4 landscape, Calibri 10 pt (falls back), Word heading styles, an italic "
                  "running header with \"Page X of Y\" fields, rows that may not split. A bold capitals service "
                  "line and a partners line above a navy title; a four-column document-control table with blue "
                  "labels (Inspection fieldwork / Report published / Overall rating / Plan approved by / Plan owner "
                  "/ Plan updated / Submitted to HMIP / Next update); typed 1.1 … hanging paragraphs; a ratings "
                  "table (figures); HMIP's seven recommendations under three bold stems \"The Wychmoor Youth Justice "
                  "Service should:\" / \"The Wychmoor Youth Justice Management Board should:\" / \"Wychmoor County "
                  "Council should:\" as Word lists numbered on across them (1–4, 5–6, 7), lower-case verbs, no "
                  "closing punctuation; a status key in one paragraph with bold words. After a page break, one 9 pt "
                  "plan table No. | Action | Owner | By when | Status | Progress update (March 2026) with a navy "
                  "header in white bold, each recommendation a pale blue row merged across six columns holding "
                  "only \"HMIP recommendation n – short title\", actions 1.1–7.1 in bold in the No. column; owner "
                  "cells split by \"/\" plus line break, \";\", a bare line break and \"and\" between two posts, "
                  "with a comma inside one role; by-when cells \"31/03/2026\", \"Quarterly from April 2026\", \"Jan "
                  "2026\", \"December 2025\", \"Feb 2026\", \"end of May 2026\", \"Immediately\", \"Q1 2026/27\", "
                  "\"April 2026\", \"Sept 2026\", \"30.09.2026\", \"Ongoing\"; statuses Complete / On track / Behind "
                  "schedule / Not started as bold words; empty update cells; a governance paragraph and a contact "
                  "line.",
    }


PAPERS = [
    tennerby_internal_audit_progress,
    tennerby_peer_challenge_feedback,
    tennerby_audit_committee_minutes,
    wychmoor_ilacs_improvement_plan,
    wychmoor_smb_cqc_report,
    wychmoor_yjs_hmip_action_plan,
]
