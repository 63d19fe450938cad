"""Papers of the eighth batch, part K: six made-up council governance papers from two invented
authorities, Caskwell Borough Council (a borough council with a Cabinet, an Audit and Standards
Committee and an Overview and Scrutiny Committee) and Pollardine County Council (with the Pollardine
Police and Crime Panel, which it hosts, and the Pollardine Fire Authority). People are given by
role or initials, e-mail addresses use `.example` and telephone numbers the 01632 960xxx range;
every firm, place and figure is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines other than
the published SET framework, output or benchmarks) and without running it, using only the corpus
READMEs, the gold files, the seed texts and the build scripts and paper definitions in this folder
(not papers_gov_l.py). The genres are new to the corpus: an Annual Governance Statement with last
year's significant governance issues updated and this year's action table; an Equality Impact
Assessment form with an action plan at the end; full County Council budget minutes with
amendments and recorded votes; a Police and Crime Panel report on the Commissioner's proposed
precept; a budget scrutiny task group report with Cabinet's response added in a later column; and
a corporate risk register extract with current controls and further actions, under a covering
"note the register" report. Each paper names its own split. Every gold value is written by hand
beside the words it labels; the "Governance papers, part K" notes record the choices where the
rules left room.

Coloured words. render.py colours only titles, and the brief allowed no edit to it, so this module
wraps `render.to_docx` and `render.to_html` when it is imported: a paper whose meta carries
"gov_k" may write "[[RRGGBB|words]]" in any text, which the DOCX writer below sets as a coloured
run and the HTML wrapper as a coloured span (the marks never reach the file). The DOCX writer is a
subclass of papers_far_h.FarHWriter, so meta "cant_split" (rows that may not break across pages)
works as it does there. Every other paper goes to the wrapped functions unchanged.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import re

import papers_far_h  # noqa: F401  (its to_docx wrapper must be in place before ours)
import render as _render
from gold import action, decision, recommendation
from papers_fresh import grid_table

CASKWELL = "Caskwell Borough Council"
POLLARDINE = "Pollardine County Council"
FIRE = "Pollardine Fire Authority"

COLOR_RE = re.compile(r"\[\[([0-9A-Fa-f]{6})\|(.+?)\]\]")


# ---------------------------------------------------------------------------
# Coloured words in DOCX and HTML (meta "gov_k").
# ---------------------------------------------------------------------------


class GovKWriter(papers_far_h.FarHWriter):
    """FarHWriter plus coloured runs written "[[RRGGBB|words]]" (bold marks go inside)."""

    @staticmethod
    def fill(paragraph, text, bold=False, size=None, color=None):
        _render.fill_coloured(paragraph, text, COLOR_RE, bold, size, color)


_wrapped_to_docx = _render.to_docx
_wrapped_to_html = _render.to_html


def _to_docx(meta, blocks, path):
    if not meta.get("gov_k"):
        return _wrapped_to_docx(meta, blocks, path)
    writer = GovKWriter(meta)
    writer.blocks(blocks)
    writer.finish()
    writer.save(path)
    return None


def _to_html(meta, blocks, path):
    result = _wrapped_to_html(meta, blocks, path)
    if not meta.get("gov_k"):
        return result
    with open(path, encoding="utf-8") as handle:
        page = handle.read()
    page = _render.colour_spans_html(page, COLOR_RE)
    if meta.get("gov_k_css"):
        page = page.replace("</style>", meta["gov_k_css"] + "</style>", 1)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(page)
    return None


_render.to_docx = _to_docx
_render.to_html = _to_html


# ---------------------------------------------------------------------------
# K1. Annual Governance Statement 2024/25 (PDF via LibreOffice, Liberation Serif 11 pt, Word
#     heading styles, italic running header and a page footer, rows that may not split). The
#     statement itself as published: scope, purpose, a principles table (not items), the review
#     of effectiveness in typed 4.1 … paragraphs (one "The Head of Internal Audit recommended
#     that …"; not an item); progress on the 2023/24 issues (No. 1, 2, 3, 5 – 4 closed earlier)
#     with an Issue | Action agreed | Responsible officer | Target date | Progress table; this
#     year's significant governance issues, Ref | Issue | Action | Responsible officer | Target
#     date | Progress, issue cells merged down over their actions; coloured status words; a
#     status key; conclusion and a borderless signature table.
# ---------------------------------------------------------------------------


def caskwell_governance_statement():
    teal = "1F6F78"
    head = "D5E8EA"
    green, amber, red, grey = "2E7D32", "B26A00", "C00000", "595959"

    def word(status):
        return {"Complete": f"[[{green}|**Complete**]]", "In progress": f"[[{amber}|**In progress**]]",
                "Not started": f"[[{red}|**Not started**]]", "Deferred": f"[[{grey}|**Deferred**]]",
                "Partly complete": f"[[{amber}|**Partly complete**]]"}[status]

    principles = [
        ("A", "Behaving with integrity, demonstrating strong commitment to ethical values, and respecting the rule "
              "of law",
         "Members’ and Officers’ Codes of Conduct\nAudit and Standards Committee\nMonitoring Officer and statutory "
         "officers’ protocol\nWhistleblowing Policy (four disclosures in 2024/25)"),
        ("B", "Ensuring openness and comprehensive stakeholder engagement",
         "Council, Cabinet and committee meetings webcast\nConsultation portal (1,920 responses to the budget "
         "consultation)\nFreedom of Information requests: 94% answered within 20 working days"),
        ("C", "Defining outcomes in terms of sustainable economic, social and environmental benefits",
         "Corporate Plan 2023–2027 and its annual delivery plan\nQuarterly performance reports to Cabinet"),
        ("D", "Determining the interventions necessary to optimise the achievement of the intended outcomes",
         "Options appraisals in Cabinet reports\nEquality impact assessments\nForward Plan of key decisions"),
        ("E", "Developing the entity’s capacity, including the capability of its leadership and the individuals "
              "within it",
         "Member development programme\nWorkforce Strategy 2024–2027\nAppraisals completed for 81% of staff"),
        ("F", "Managing risks and performance through robust internal control and strong public financial "
              "management",
         "Risk Management Strategy and quarterly corporate risk register\nOverview and Scrutiny Committee\n"
         "Internal Audit Shared Service\nMedium Term Financial Strategy"),
        ("G", "Implementing good practices in transparency, reporting, and audit to deliver effective "
              "accountability",
         "Statement of accounts and annual report\nData published under the Local Government Transparency Code\n"
         "External audit by Hurstwood Pryce LLP"),
    ]

    # 2023/24 issues: (no., issue, action, officer cell, target cell, progress cell,
    #                  gold owners, due, status)
    previous = [
        ("1", "**Planning service capacity** – 30% of development management posts vacant, and decisions on major "
              "applications outside the statutory period.",
         "Complete the restructure of the Planning service and recruit to the vacant planner posts, using a market "
         "supplement where needed.",
         "Head of Planning /\nHR Business Partner", "31 March 2025",
         word("Complete") + " – all posts filled by February 2025; vacancy rate 6% at 30 June 2025.",
         ["Head of Planning", "HR Business Partner"], "2025-03-31", "completed"),
        ("2", "**Procurement compliance** – contract waivers approved without the sign-off the Contract Procedure "
              "Rules require.",
         "Introduce an electronic waiver form approved by the section 151 officer, and report waivers to the Audit "
         "and Standards Committee twice a year.",
         "Director of Finance (s151 Officer)", "Sept 2024",
         word("Partly complete") + " – the form went live in October 2024, but the 2024/25 audit found it is not "
         "always used. Carried forward as issue 1 in section 6.",
         ["Director of Finance (s151 Officer)"], "2024-09", "superseded"),
        ("3", "**Information governance** – subject access requests answered late.",
         "Recruit a second Information Governance Officer and clear the backlog of subject access requests.",
         "Information Governance Manager", "December 2024",
         word("Complete") + " – backlog cleared in November 2024; 96% of requests answered within one month in "
         "the fourth quarter.",
         ["Information Governance Manager"], "2024-12", "completed"),
        ("5", "**Housing compliance** – gaps in the fire risk assessment records for blocks of flats.",
         "Commission fire risk assessments for all 212 blocks of flats and load the results onto the housing asset "
         "management system.",
         "Assistant Director, Housing Property Services", "30/06/2025",
         word("In progress") + " – 188 of the 212 assessments done; the other 24 are booked for July 2025.",
         ["Assistant Director, Housing Property Services"], "2025-06-30", "ongoing"),
    ]

    # 2024/25 issues: issue cell merged down over its actions.
    # (ref, action, officer cell, target cell, progress cell, gold owners, timeframe, due, status)
    issues = [
        ("1. Procurement compliance (carried forward)",
         "The 2024/25 audit of procurement gave limited assurance: 9 of 40 contracts tested had no waiver or "
         "competitive quotation.",
         [("1.1", "Make the electronic waiver form the only route for approving a waiver, and block payments over "
                  "£5,000 to suppliers without a contract or an approved waiver.",
           "Director of Finance (s151 Officer)", "31 December 2025",
           word("In progress") + " – payment block tested in August 2025.",
           ["Director of Finance (s151 Officer)"], "31 December 2025", "2025-12-31", "ongoing"),
          ("1.2", "Train all budget managers in the Contract Procedure Rules, with an online module to be completed "
                  "every two years.",
           "Head of Procurement;\nHR Learning and Development Manager", "Q3 2025/26", word("Not started"),
           ["Head of Procurement", "HR Learning and Development Manager"], "Q3 2025/26", "2025-12",
           "not-started")]),
        ("2. Housing repairs contract",
         "Limited assurance on the management of the responsive repairs contract: cost and performance reports "
         "were not checked against the contract.",
         [("2.1", "Hold monthly contract meetings with Caskwell Building Services Ltd, with performance and cost "
                  "reports against the contract’s key performance indicators.",
           "Assistant Director, Housing Property Services", "October 2025",
           word("Complete") + " – first meeting held on 2 September 2025.",
           ["Assistant Director, Housing Property Services"], "October 2025", "2025-10", "completed"),
          ("2.2", "Commission an independent review of the repairs contract before the decision on whether to "
                  "extend it.",
           "Director of Housing and Communities", "By the contract break point (31 March 2026)", "",
           ["Director of Housing and Communities"], "By the contract break point (31 March 2026)", "2026-03-31",
           None)]),
        ("3. ICT user access",
         "Limited assurance: 23 network accounts of staff who had left the Council were still active.",
         [("3.1", "Check leavers against active network and finance system accounts every month, and remove any "
                  "account not used for 60 days.",
           "Head of ICT /\nHR Business Partner", "30/11/2025",
           word("In progress") + " – leavers check running since July 2025; removal of dormant accounts from "
           "October.",
           ["Head of ICT", "HR Business Partner"], "30/11/2025", "2025-11-30", "ongoing")]),
        ("4. Financial resilience",
         "The Medium Term Financial Strategy shows a budget gap of £4.8 million by 2027/28.",
         [("4.1", "Agree a savings and income programme that closes the budget gap for 2026/27 and reduces the gap "
                  "for 2027/28 to below £1 million.",
           "Chief Executive, Director of Finance (s151 Officer)", "February 2026 (budget setting)",
           word("In progress"),
           ["Chief Executive", "Director of Finance (s151 Officer)"], "February 2026 (budget setting)", "2026-02",
           "ongoing"),
          ("4.2", "Review the earmarked reserves and return to the general fund any reserve that is no longer "
                  "needed.",
           "Director of Finance (s151 Officer)", "2026/27",
           word("Deferred") + " – until the outcome of the local government funding review is known.",
           ["Director of Finance (s151 Officer)"], "2026/27", "2027-03", "deferred")]),
        ("5. Member induction",
         "Two complaints under the Members’ Code of Conduct in 2024/25 arose from members being unaware of the "
         "rules on registering gifts.",
         [("5.1", "Refresh the member induction programme before the May 2026 elections, including mandatory "
                  "training on the Code of Conduct and on planning and licensing.",
           "Monitoring Officer / Democratic Services Manager", "April 2026", word("Not started"),
           ["Monitoring Officer", "Democratic Services Manager"], "April 2026", "2026-04", "not-started")]),
    ]

    prev_rows = [[{"text": n, "bold": True}, issue, act, officer, target, progress]
                 for n, issue, act, officer, target, progress, *_ in previous]
    new_rows = []
    for title, detail, acts in issues:
        for i, (ref, act, officer, target, progress, *_) in enumerate(acts):
            issue_cell = {"text": f"**{title}**\n{detail}", "vspan": len(acts)} if i == 0 else "^"
            new_rows.append([{"text": ref, "bold": True}, issue_cell, act, officer, target, progress])

    blocks = [
        ("p", "**CASKWELL BOROUGH COUNCIL**"),
        ("title", "Annual Governance Statement 2024/25"),
        ("p", "Approved by the Audit and Standards Committee on 18 September 2025 and published with the audited "
              "Statement of Accounts 2024/25."),
        ("h", 1, "1. Scope of responsibility"),
        ("p", "1.1\tCaskwell Borough Council is responsible for ensuring that its business is conducted in accordance "
              "with the law and proper standards, and that public money is safeguarded, properly accounted for and "
              "used economically, efficiently and effectively. The Council also has a duty under the Local "
              "Government Act 1999 to make arrangements to secure continuous improvement in the way its functions "
              "are exercised."),
        ("p", "1.2\tIn discharging this responsibility, the Council is responsible for putting in place proper "
              "arrangements for the governance of its affairs and for the management of risk. The Council has "
              "adopted a Local Code of Corporate Governance consistent with the principles of the CIPFA/SOLACE "
              "framework Delivering Good Governance in Local Government (2016)."),
        ("p", "1.3\tThis statement explains how the Council has complied with the Code and meets the requirements of "
              "regulation 6(1)(b) of the Accounts and Audit Regulations 2015 in relation to the publication of an "
              "annual governance statement."),
        ("h", 1, "2. The purpose of the governance framework"),
        ("p", "2.1\tThe governance framework comprises the systems, processes, culture and values by which the "
              "Council is directed and controlled, and the activities through which it accounts to, engages with "
              "and leads the community. The system of internal control is a significant part of that framework. It "
              "cannot eliminate all risk of failure to achieve policies, aims and objectives and can therefore only "
              "provide reasonable and not absolute assurance of effectiveness."),
        ("p", "2.2\tThe governance framework has been in place at the Council for the year ended 31 March 2025 and up "
              "to the date of approval of the Statement of Accounts."),
        ("h", 1, "3. The governance framework"),
        ("p", "3.1\tThe key elements of the framework in 2024/25 are summarised below against the seven principles "
              "of the Local Code."),
        ("table", {"cols": [1.2, 6.3, 9.5], "font": 9.5, "header": ["", "Principle", "Key elements in 2024/25"],
                   "header_fill": head,
                   "rows": [[{"text": f"[[{teal}|**{letter}**]]"}, principle, elements]
                            for letter, principle, elements in principles]}),
        ("h", 1, "4. Review of effectiveness"),
        ("p", "4.1\tThe Council has responsibility for conducting, at least annually, a review of the effectiveness "
              "of its governance framework, including the system of internal control. The review is informed by "
              "the work of the Corporate Governance Group (the Chief Executive, the Director of Finance as section "
              "151 officer and the Monitoring Officer), by directors’ annual assurance statements, by the Head of "
              "Internal Audit’s annual report, and by comments made by the external auditor and other review "
              "agencies."),
        ("p", "4.2\tThe Head of Internal Audit’s opinion for 2024/25 is that the Council’s framework of governance, "
              "risk management and control is adequate and effective, giving **reasonable assurance**. Of the 26 "
              "audits completed, three received a limited assurance opinion: procurement compliance, management of "
              "the housing repairs contract, and ICT user access. The Head of Internal Audit recommended that the "
              "Council tightens its controls on contract waivers; this is reflected in issue 1 in section 6."),
        ("p", "4.3\tThe external auditor, Hurstwood Pryce LLP, issued its Auditor’s Annual Report for 2023/24 in "
              "January 2025. It found no significant weaknesses in the Council’s arrangements for securing value for "
              "money and made three improvement recommendations, which the Audit and Standards Committee follows up "
              "at each meeting."),
        ("p", "4.4\tThe Monitoring Officer received 11 complaints under the Members’ Code of Conduct in 2024/25. None "
              "led to a finding of a breach after investigation. One report of the Local Government and Social Care "
              "Ombudsman found fault in the handling of a housing register application; the remedy was completed in "
              "March 2025."),
        ("p", "4.5\tThe Audit and Standards Committee considered a draft of this statement on 26 June 2025 and the "
              "final statement on 18 September 2025."),
        ("h", 1, "5. Progress on the issues reported in 2023/24"),
        ("p", "5.1\tThe 2023/24 statement reported five significant governance issues. Issue 4 (the late publication "
              "of the 2022/23 accounts) was closed at the half-year review and reported to the Committee in January "
              "2025. Progress on the other four is shown below."),
        ("table", {"cols": [1.0, 4.2, 4.6, 2.7, 2.0, 3.5], "font": 9,
                   "header": ["No.", "Issue reported in 2023/24", "Action agreed", "Responsible officer",
                              "Target date", "Progress at 30 June 2025"],
                   "header_fill": head, "rows": prev_rows}),
        ("h", 1, "6. Significant governance issues 2024/25"),
        ("p", "6.1\tThe review of effectiveness identified the significant governance issues below. The Corporate "
              "Governance Group will monitor the actions and report progress to the Audit and Standards Committee "
              "twice a year."),
        ("table", {"cols": [1.0, 4.0, 4.8, 2.8, 2.2, 3.2], "font": 9,
                   "header": ["Ref", "Issue", "Action", "Responsible officer", "Target date",
                              "Progress at September 2025"],
                   "header_fill": head, "rows": new_rows}),
        ("p", "Progress key: **Complete** – the action is finished; **In progress** – work has started; **Not "
              "started** – work has not yet begun; **Deferred** – put back with the agreement of the Audit and "
              "Standards Committee."),
        ("h", 1, "7. Conclusion"),
        ("p", "7.1\tWe propose over the coming year to take the steps set out in section 6 to address the "
              "significant governance issues. We are satisfied that these steps will address the need for the "
              "improvements identified in our review of effectiveness, and we will monitor their implementation and "
              "operation as part of our next annual review."),
        ("table", {"cols": [8.5, 8.5], "borders": False, "rows": [
            ["Signed: ..............................................", "Signed: ..............................................."],
            ["Councillor M.K.H.\nLeader of the Council", "Chief Executive"],
            ["Date: 18 September 2025", "Date: 18 September 2025"],
        ]}),
        ("p", "Contact: Corporate Governance Officer, Caskwell Borough Council, Civic Centre, Market Street, Caskwell "
              "– governance@caskwell.example – 01632 960 214"),
    ]

    actions = [action(n, act, owners, target, due, status)
               for n, _, act, _, target, _, owners, due, status in previous]
    for _, _, acts in issues:
        actions += [action(ref, act, owners, timeframe, due, status)
                    for ref, act, _, _, _, owners, timeframe, due, status in acts]
    return {
        "name": "caskwell-annual-governance-statement-2024-25",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2025-09-18", "doc_title": "Annual Governance Statement 2024/25",
                 "author": "Corporate Governance", "gov_k": True, "cant_split": True,
                 "font": "Liberation Serif", "size": 11, "title_size": 22, "title_color": teal,
                 "header": "Caskwell Borough Council – Annual Governance Statement 2024/25",
                 "footer": "Annual Governance Statement 2024/25 – final"},
        "blocks": blocks,
        "gold": dict(genre="borough council Annual Governance Statement (progress on last year's significant "
                           "governance issues and this year's action table)", kind="self-evaluation",
                     title="Annual Governance Statement 2024/25", authority=CASKWELL, date="2025-09-18",
                     meeting=None, actions=actions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Serif 11 pt, Word heading styles, italic running "
                  "header and a page footer, rows that may not split. A bold capitals council line, a large teal "
                  "title and an approval line; typed 1.1–7.1 paragraphs; a principles table A–G (teal letters, "
                  "bulleted key elements as lines; not items); \"4.2 … The Head of Internal Audit recommended that "
                  "…\" (not an item); section 5, last year's issues No. 1, 2, 3, 5 (4 closed, with a note), Issue "
                  "reported in 2023/24 | Action agreed | Responsible officer | Target date | Progress at 30 June "
                  "2025; section 6, Ref | Issue | Action | Responsible officer | Target date | Progress, refs "
                  "1.1–5.1 with the issue cells merged down over their actions; status words coloured (green "
                  "Complete, amber In progress / Partly complete, red Not started, grey Deferred) at the start of "
                  "the progress cell, one empty; a progress key line; officers split by \"/\" plus line break, "
                  "\";\" plus line break and \",\" between two posts, with a comma inside one post; targets \"31 "
                  "March 2025\", \"Sept 2024\", \"December 2024\", \"30/06/2025\", \"31 December 2025\", \"Q3 "
                  "2025/26\", \"October 2025\", \"By the contract break point (31 March 2026)\", \"30/11/2025\", "
                  "\"February 2026 (budget setting)\", \"2026/27\", \"April 2026\"; conclusion and a borderless "
                  "signature table.",
    }



# ---------------------------------------------------------------------------
# K2. County Council budget meeting minutes (DOCX, python-docx, Cambria (falls back), Word heading
#     styles "64. …", italic running header and a page footer). Letterhead line, large "County
#     Council" title, attendance by group (not items). The budget item: the Cabinet's
#     recommendations moved, Amendment A quoted and LOST on a recorded vote set out as a
#     three-column For | Against | Abstain table, Amendment B withdrawn, the substantive motion
#     carried on a recorded vote written as bold-led paragraphs, then "RESOLVED – That the County
#     Council:" with a Word-numbered (1)–(7) list. A one-line "it was RESOLVED – That …", a
#     notice of motion amended by agreement and carried with "RESOLVED – That this Council:" and
#     typed (a)–(c); a second notice of motion LOST on a recorded vote; questions and an
#     undertaking (not items).
# ---------------------------------------------------------------------------


def pollardine_budget_minutes():
    body = "County Council"
    # Members present, by group (initials only). Not items.
    con = ["J.E.W.", "R.A.M.", "H.G.B.", "L.O.", "B.D.", "E.R.", "A.H.", "C.K.", "D.McN.", "F.P.", "G.S.",
           "H.T.", "I.V.", "J.A.", "K.B.", "L.C.", "M.D.", "N.E.", "O.F.", "P.G.", "Q.H.", "R.I.", "S.J.",
           "T.K.", "U.L.", "V.M.", "W.N.", "X.O.", "Y.P.", "Z.Q.", "A.R.-S."]
    libdem = ["F.J.", "M.Y.", "P.N.", "A.C.", "B.E.", "C.G.", "D.I.", "E.K.", "G.L."]
    labour = ["H.M.", "I.O.", "J.Q.", "K.S."]
    green = ["S.A.", "T.V."]
    indep = ["W.W."]

    def names(group):
        return ", ".join(group)

    d_minutes = ("the minutes of the meeting of the County Council held on 11 December 2025 be approved as a "
                 "correct record and signed by the Chairman.")
    budget = [
        "approves the net revenue budget for 2026/27 of £734.6 million, as set out in Appendix A to the Cabinet "
        "report;",
        "approves an increase of 4.99% in the County Council’s element of council tax for 2026/27, of which 2% is "
        "the adult social care precept;",
        "sets the County Council’s council tax for a Band D property at £1,842.57 for 2026/27, with the amounts for "
        "the other bands as set out in Appendix B;",
        "approves the capital programme for 2026/27 to 2029/30 of £486.2 million and the prudential indicators in "
        "Appendix C;",
        "approves the Treasury Management Strategy and the Minimum Revenue Provision Policy Statement for 2026/27 "
        "at Appendix D;",
        "notes the statement of the Director of Finance under section 25 of the Local Government Act 2003 on the "
        "robustness of the estimates and the adequacy of the reserves; and",
        "authorises the Director of Finance to issue precepts on the district and borough councils in Pollardine "
        "in accordance with Appendix E.",
    ]
    d_pay = "the Pay Policy Statement 2026/27 be approved for publication."
    pavement = [
        ("a", "notes the harm caused by vehicles parked on pavements to people with sight loss, wheelchair users "
              "and parents with pushchairs;"),
        ("b", "asks the Leader to write to the Secretary of State for Transport asking for a national ban on "
              "pavement parking, with exemptions only where the local highway authority allows it; and"),
        ("c", "asks the Cabinet Member for Highways and Transport to report to the Environment Overview and "
              "Scrutiny Committee by September 2026 on how the Council could use its existing powers to act "
              "against pavement parking in the meantime."),
    ]
    vote_a = {"cols": [5.6, 5.6, 5.6], "font": 9.5,
              "header": ["For (14)", "Against (31)", "Abstain (2)"],
              "rows": [[names(libdem + labour + green[:1]), names(con), names(green[1:] + indep)]]}

    blocks = [
        ("p", "**POLLARDINE COUNTY COUNCIL**"),
        ("title", "County Council"),
        ("p", "Minutes of the budget meeting of the County Council held in the Council Chamber, County Hall, "
              "Pollardine, on Thursday 19 February 2026 from 10.00 am to 3.42 pm."),
        ("p", "**Present:** Councillor J.E.W. (Chairman), Councillor R.A.M. (Vice-Chairman)"),
        ("p", "Conservative Group: Councillors " + names(con[2:])),
        ("p", "Liberal Democrat Group: Councillors " + names(libdem)),
        ("p", "Labour Group: Councillors " + names(labour)),
        ("p", "Green Group: Councillors " + names(green)),
        ("p", "Independent: Councillor " + names(indep)),
        ("p", "**Officers:** Chief Executive, Director of Finance (section 151 officer), Director of Law and "
              "Governance (Monitoring Officer), Head of Democratic Services."),
        ("h", 2, "64. Apologies for Absence"),
        ("p", "Apologies for absence were received from Councillors D.F., K.L. and S.T."),
        ("h", 2, "65. Declarations of Interest"),
        ("p", "The Monitoring Officer reminded members that paying council tax, or being liable to pay it, is not an "
              "interest that needs to be declared when the Council sets its budget. Councillor P.N. declared a "
              "non-registrable interest in minute 70 as a trustee of Pollardine Sight Loss Support, and remained in "
              "the meeting."),
        ("h", 2, "66. Minutes"),
        ("p", "RESOLVED – That " + d_minutes),
        ("h", 2, "67. Chairman’s Announcements"),
        ("p", "The Chairman congratulated the Pollardine Fire Authority’s Hexley crew on their national award for "
              "water rescue, and reminded members that the Chairman’s charity dinner would be held on 20 March "
              "2026."),
        ("h", 2, "68. Revenue Budget 2026/27, Capital Programme 2026–2030 and Council Tax"),
        ("p", "The Council considered the report of the Cabinet (Cabinet minute 141, 5 February 2026), including "
              "the statement of the Director of Finance under section 25 of the Local Government Act 2003."),
        ("p", "The Leader of the Council, Councillor H.G.B., moved and the Deputy Leader, Councillor L.O., "
              "seconded the recommendations of the Cabinet set out in paragraph 2 of the report."),
        ("p", "**Amendment A**"),
        ("p", "Councillor F.J., Leader of the Liberal Democrat Group, moved and Councillor M.Y. seconded the "
              "following amendment:"),
        ("p", "“To add £1.5 million to the highways maintenance budget in 2026/27 for the repair of rural roads and "
              "footways, funded by reducing the contingency budget by £0.9 million and the corporate communications "
              "budget by £0.6 million.”"),
        ("p", "The Director of Finance confirmed that the amendment was valid and that the contingency would remain "
              "within the range set out in her section 25 statement. After debate, and in accordance with the Local "
              "Authorities (Standing Orders) (England) (Amendment) Regulations 2014, a recorded vote was taken on "
              "Amendment A:"),
        ("table", vote_a),
        ("p", "Amendment A was therefore **LOST**."),
        ("p", "**Amendment B**"),
        ("p", "Councillor S.A., Leader of the Green Group, had given notice of an amendment to remove the £2 parking "
              "charge at the four country parks. With the consent of the meeting, the amendment was withdrawn "
              "before it was moved."),
        ("p", "**The substantive motion**"),
        ("p", "The Council debated the recommendations of the Cabinet. In summing up, the Leader thanked the "
              "Director of Finance and her staff. A recorded vote was taken on the recommendations:"),
        ("p", "**For (31):** Councillors " + names(con)),
        ("p", "**Against (12):** Councillors " + names(libdem + green + indep)),
        ("p", "**Abstain (4):** Councillors " + names(labour)),
        ("p", "The motion was **CARRIED** and it was"),
        ("p", "RESOLVED – That the County Council:"),
        ("list", "(1)", 1, budget),
        ("h", 2, "69. Pay Policy Statement 2026/27"),
        ("p", "On the motion of Councillor L.O., seconded by Councillor H.G.B., and on a show of hands, it was "
              "RESOLVED – That " + d_pay),
        ("h", 2, "70. Notice of Motion – Pavement Parking"),
        ("p", "Councillor P.N. moved and Councillor A.C. seconded the following motion, notice of which had been "
              "given under Standing Order 14:"),
        ("p", "“This Council notes the harm caused by vehicles parked on pavements to people with sight loss, "
              "wheelchair users and parents with pushchairs. This Council resolves to ask the Leader to write to the "
              "Secretary of State for Transport asking for a national ban on pavement parking.”"),
        ("p", "Councillor B.D. moved and Councillor E.R. seconded an amendment to add the words “with exemptions "
              "only where the local highway authority allows it” after “pavement parking”, and a new resolution "
              "asking the Cabinet Member for Highways and Transport to report to the Environment Overview and "
              "Scrutiny Committee on the Council’s existing powers. The mover and seconder of the motion accepted "
              "the amendment, and the Council agreed without a vote that it be incorporated in the motion."),
        ("p", "On a show of hands the motion as amended was **CARRIED** (39 for, 0 against, 8 abstentions), and it "
              "was"),
        ("p", "RESOLVED – That this Council:"),
    ]
    blocks += [("p", f"({n})\t{t}") for n, t in pavement]
    blocks += [
        ("h", 2, "71. Notice of Motion – Local Government Reorganisation"),
        ("p", "Councillor S.A. moved and Councillor T.V. seconded the following motion:"),
        ("p", "“This Council calls for a county-wide referendum before any proposal for local government "
              "reorganisation in Pollardine is submitted to the Government, and resolves not to submit a proposal "
              "until that referendum has been held.”"),
        ("p", "The Leader said that a referendum would cost about £1.1 million and could not be held before the "
              "Government’s deadline for proposals. Ten members having stood to request it, a recorded vote was "
              "taken:"),
        ("p", "**For (15):** Councillors " + names(libdem + labour + green)),
        ("p", "**Against (30):** Councillors " + names(con[:29] + con[30:])),
        ("p", "**Abstain (1):** Councillor " + names(indep)),
        ("p", "(Councillor Z.Q. had left the meeting.)"),
        ("p", "The motion was **LOST**."),
        ("h", 2, "72. Questions from Members"),
        ("p", "Six written questions had been received under Standing Order 12. The questions and the answers given "
              "were circulated at the meeting and are published with these minutes. Councillor M.Y. asked a "
              "supplementary question about the number of school crossing patrols to be funded in 2026/27; the "
              "Cabinet Member for Highways and Transport undertook to send her a written answer."),
        ("p", "The meeting closed at 3.42 pm."),
        ("p", "Chairman ....................................................      Date ........................"),
    ]
    decisions = [decision("66", None, d_minutes, body)]
    decisions += [decision("68", str(i), t, body) for i, t in enumerate(budget, 1)]
    decisions += [decision("69", None, d_pay, body)]
    decisions += [decision("70", n, t, body) for n, t in pavement]
    return {
        "name": "pollardine-county-council-budget-minutes-february-2026",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-02-24", "doc_title": "County Council – Minutes – 19 February 2026",
                 "author": "Democratic Services", "gov_k": True, "font": "Cambria", "size": 11, "title_size": 24,
                 "header": "Pollardine County Council – 19 February 2026 – Minutes",
                 "footer": "County Council 19.02.26"},
        "blocks": blocks,
        "gold": dict(genre="county council budget meeting minutes with amendments and recorded votes",
                     kind="minutes", title="County Council", authority=POLLARDINE, date="2026-02-19",
                     meeting="County Council", decisions=decisions),
        "layout": "DOCX (python-docx), Cambria (falls back), Word heading styles for the minute titles (\"64. "
                  "Apologies for Absence\" … \"72. Questions from Members\"), italic running header and a page "
                  "footer. A bold capitals letterhead line, a large \"County Council\" title, a \"Minutes of the "
                  "budget meeting …\" line; Present by political group and Officers (not items). Minute 68: the "
                  "Cabinet's recommendations moved, Amendment A quoted and LOST on a recorded vote set out as a "
                  "three-column table For (14) | Against (31) | Abstain (2) with comma-separated initials; "
                  "Amendment B withdrawn before it was moved; the substantive motion carried on a recorded vote "
                  "written as bold-led For / Against / Abstain paragraphs; then \"RESOLVED – That the County "
                  "Council:\" and a Word-numbered (1)–(7) list (lower-case verbs, \";\" and \"; and\"). Minutes 66 "
                  "and 69: one-line \"RESOLVED – That …\", the second after \"On the motion of …, it was\". Minute "
                  "70: a notice of motion quoted, an amendment accepted by the mover, carried on a show of hands, "
                  "\"RESOLVED – That this Council:\" with typed (a)–(c) paragraphs. Minute 71: a motion LOST on a "
                  "recorded vote. Apologies, declarations, announcements, questions and an undertaking to write "
                  "(not items).",
    }



# ---------------------------------------------------------------------------
# K3. Police and Crime Panel report on the Commissioner's proposed precept (Markdown → pandoc
#     DOCX → LibreOffice PDF, pandoc's styles). A capitals brand line, a line block (Meeting / Date
#     / Agenda item / Report of / Exempt), "The Panel is asked to:" with a pandoc (a)–(c) list, one
#     of them "either support … or veto it"; the statutory timetable; a budget pipe table; the
#     Finance Sub-Group's findings as bullets; "an independent review had recommended that …" (not
#     an item); a grid table of progress on last year's three recommendations (response, position
#     and status under a key); the proposed recommendations to the Commissioner as bold-labelled
#     R1–R4 paragraphs ("That the Commissioner …", "The Commissioner should …", an imperative);
#     an appendix with the draft report to the Commissioner (bracketed choices; no list).
# ---------------------------------------------------------------------------


def pollardine_precept_report():
    covering = [
        ("a", "review the Commissioner’s proposed precept for 2026/27 of £287.46 for a Band D property, set out in "
              "her report at Appendix 1;", "REVIEW"),
        ("b", "either support the proposed precept, with or without recommendations, or veto it, noting that a veto "
              "needs the votes of at least two-thirds of the members of the Panel at the time (10 of its 14 "
              "members); and", "SUPPORT"),
        ("c", "agree that the Panel’s report to the Commissioner at Appendix 2 includes the recommendations in "
              "paragraph 6.3, with any changes made at the meeting.", "AGREE"),
    ]
    progress_theme = "Progress on the Panel’s recommendations of February 2025"
    # (no., recommendation, verb, addressee, response, decision, position, status word, status)
    previous = [
        ("1", "That the Commissioner publishes a quarterly summary of spending against the precept increase.",
         "PUBLISHES", "Commissioner",
         "Accepted. Published on the Commissioner’s website from July 2025.", "accepted",
         "Published in July and October 2025 and in January 2026.", "Implemented", "completed"),
        ("2", "That the Commissioner sets out a plan to stop using reserves to balance the budget by 2027/28.",
         "SETS", "Commissioner",
         "Accepted in part. The Commissioner will not commit to a date until the funding review is known.",
         "partially-accepted",
         "The 2026/27 budget uses £0.6 million of reserves (£2.1 million in 2025/26).", "In progress", "ongoing"),
        ("3", "Report to the Panel on the outcome of the police estates review.", "REPORT", None,
         "Accepted.", "accepted",
         "Put back to 2026/27 because of the delay in the national funding review.", "Not implemented",
         "not-started"),
    ]
    proposed_theme = "Proposed report to the Commissioner"
    proposed = [
        ("R1", "That the Commissioner publishes, with her final budget, a breakdown of the one-off and recurring "
               "costs of the 40 additional neighbourhood officers.", "PUBLISHES", "Commissioner"),
        ("R2", "That the Commissioner reports to the Panel in July 2026 on progress with the £4.2 million savings "
               "plan, including the review of the vehicle fleet.", "REPORTS", "Commissioner"),
        ("R3", "The Commissioner should agree with the Chief Constable a plan to close the budget gap for 2027/28 "
               "and share it with the Panel’s Finance Sub-Group by October 2026.", "AGREE", "Commissioner"),
        ("R4", "Include in next year’s precept report the number of officers and staff in neighbourhood teams in "
               "each district, compared with the year before.", "INCLUDE", None),
    ]
    budget = "\n".join([
        "| | 2025/26 | 2026/27 | Change |",
        "|:--------------------------------------|------------:|------------:|--------------:|",
        "| Band D precept | £273.46 | £287.46 | +£14.00 |",
        "| Council tax base (Band D equivalents) | 298,410 | 301,275 | +1.0% |",
        "| Precept income | £81.60m | £86.60m | +£5.00m |",
        "| Government grants | £152.30m | £157.94m | +£5.64m |",
        "| **Net revenue budget** | **£233.90m** | **£244.54m** | **+£10.64m** |",
        "| Savings in the year | £3.10m | £4.20m | +£1.10m |",
        "| General reserve at 31 March | £9.80m | £9.20m | −£0.60m |",
        "",
        ": Table 1 – the Commissioner’s proposed budget",
    ])
    progress = grid_table(
        [30, 27, 27, 26],
        ["2025 recommendation", "Commissioner’s response (March 2025)", "Position at January 2026", "Status"],
        [[f"**{n}.** {rec}", resp, pos, f"**{word}**"] for n, rec, _, _, resp, _, pos, word, _ in previous])
    md = [
        "**POLLARDINE POLICE AND CRIME PANEL**",
        "| **Meeting:** Police and Crime Panel\n| **Date:** Wednesday 4 February 2026, 10.30 am\n"
        "| **Agenda item:** 5\n| **Report of:** Panel Scrutiny Officer, Pollardine County Council (host authority)\n"
        "| **Exempt:** No",
        "# Police and Crime Commissioner’s Proposed Precept 2026/27",
        "## 1. Purpose of the report",
        "1.1 The Police and Crime Commissioner for Pollardine (the Commissioner) has notified the Panel that she "
        "proposes to issue a precept for 2026/27 of £287.46 for a Band D property, an increase of £14.00 (5.12%) on "
        "2025/26. This report sets out the Panel’s role, summarises the proposal and the work of the Panel’s Finance "
        "Sub-Group, and proposes the Panel’s report to the Commissioner.",
        "## 2. Recommendations",
        "**The Panel is asked to:**",
    ]
    md += [f"({n}) {t}" for n, t, _ in covering]
    md += [
        "## 3. The Panel’s role",
        "3.1 Under Schedule 5 to the Police Reform and Social Responsibility Act 2011 and the Police and Crime "
        "Panels (Precepts and Chief Constable Appointments) Regulations 2012, the Panel must review the proposed "
        "precept and make a report to the Commissioner by 8 February 2026. The report may include recommendations, "
        "including recommendations on the level of the precept.",
        "3.2 The Panel may veto the proposed precept. If it does, its report must say so and give its reasons, "
        "including whether it considers the precept too high or too low. The Commissioner must then give the Panel "
        "a revised precept by 15 February 2026, and the Panel must report on it by 22 February 2026. The Panel "
        "cannot veto the revised precept.",
        "3.3 Members are reminded that the Panel scrutinises the Commissioner, not the Chief Constable. Decisions "
        "on how the police budget is deployed are operational matters for the Chief Constable.",
        "## 4. The Commissioner’s proposal",
        "4.1 The provisional police funding settlement, published on 17 December 2025, assumes that every "
        "Commissioner will raise the precept by the £14 allowed without a referendum. Table 1 summarises the "
        "proposed budget.",
        budget,
        "4.2 The Commissioner’s report says that the increase will pay for the 2025 pay award, keep the 40 "
        "neighbourhood officers recruited in 2025/26, and fund a new rural crime team of eight officers.",
        "4.3 The Commissioner’s consultation ran from 3 November to 15 December 2025 and received 2,140 responses: "
        "58% were willing to pay £14 more a year for a Band D property, 27% preferred a smaller increase and 15% "
        "wanted no increase.",
        "## 5. Scrutiny by the Finance Sub-Group",
        "5.1 The Panel’s Finance Sub-Group (Councillors D.W. (Chair), E.H. and R.P., and the independent member, "
        "Mr J.L.) met the Commissioner’s Chief Finance Officer on 20 January 2026. Its main findings were that:",
        "- the budget is balanced for 2026/27 but shows gaps of £6.8 million in 2027/28 and £9.1 million in "
        "2028/29;",
        "- £4.2 million of savings are planned for 2026/27, of which £1.3 million (from the review of the vehicle "
        "fleet) is rated as at risk;",
        "- the general reserve stays above the Commissioner’s minimum of 3% of the net budget; and",
        "- the information given on the cost of the additional officers did not separate one-off costs from "
        "recurring costs.",
        "5.2 The Chief Constable’s Chief Finance Officer told the Sub-Group that an independent review had "
        "recommended that the force control room move to a new shift pattern. The Commissioner has not yet decided "
        "whether to fund it, and it is not in the proposed budget.",
        "5.3 Last year the Panel supported the 2025/26 precept and made three recommendations. Appendix 3 sets out "
        "the Commissioner’s response to each and the position reported by her office in January 2026.",
        "## 6. " + proposed_theme,
        "6.1 A draft of the Panel’s report is at Appendix 2. It is drafted on the basis that the Panel supports the "
        "precept, because the Finance Sub-Group found no grounds for a veto. If the Panel decides to veto the "
        "precept, the report will be redrafted at the meeting to give the Panel’s reasons.",
        "6.2 The Finance Sub-Group proposes that the report makes four recommendations to the Commissioner.",
        "6.3 **Proposed recommendations to the Commissioner:**",
    ]
    md += [f"**{n}** {t}" for n, t, _, _ in proposed]
    md += [
        "## 7. Financial and legal implications",
        "7.1 There are no financial implications for the Panel. The Panel’s costs are met from the Home Office "
        "grant to the host authority.",
        "7.2 If the Panel does not report by 8 February 2026, the Commissioner may issue the proposed precept.",
        "**Background papers:** Police and Crime Commissioner for Pollardine, Budget and Precept Report 2026/27 (26 "
        "January 2026).",
        "**Contact:** Panel Scrutiny Officer – pcp@pollardine.example – 01632 960 471",
        "## Appendix 2: Draft report of the Panel to the Commissioner",
        "*To: The Police and Crime Commissioner for Pollardine*",
        "At its meeting on 4 February 2026 the Pollardine Police and Crime Panel reviewed your proposed precept for "
        "2026/27 of £287.46 for a Band D property, in accordance with Schedule 5 to the Police Reform and Social "
        "Responsibility Act 2011.",
        "The Panel [supports / vetoes] the proposed precept. [Reasons, if vetoed.]",
        "The Panel’s recommendations are set out in the annex to this letter, as agreed at the meeting.",
        "Chair, Pollardine Police and Crime Panel",
        '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```',
        "## Appendix 3: " + progress_theme,
        "Status: **Implemented** – the recommendation has been carried out; **In progress** – work has started but "
        "is not finished; **Not implemented** – no work has been done yet.",
        progress,
    ]
    recs = [recommendation(n, t, verb=v, addressee="Panel") for n, t, v in covering]
    recs += [recommendation(n, rec, verb=v, addressee=a, theme=progress_theme, response=resp, decision=dec,
                            status=st, progress=pos)
             for n, rec, v, a, resp, dec, pos, _, st in previous]
    recs += [recommendation(n, t, verb=v, addressee=a, theme=proposed_theme) for n, t, v, a in proposed]
    return {
        "name": "pollardine-police-and-crime-panel-precept-report-2026-27",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-01-27"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="police and crime panel report reviewing the Commissioner's proposed precept (support "
                           "or veto), with last year's recommendations followed up and proposed recommendations to "
                           "the Commissioner", kind="committee-report",
                     title="Police and Crime Commissioner’s Proposed Precept 2026/27", authority=POLLARDINE,
                     date="2026-02-04", meeting="Police and Crime Panel", decision_number=None,
                     recommendations=recs),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold capitals panel line and a "
                  "line block with bold labels (Meeting / Date / Agenda item / Report of / Exempt) above the title; "
                  "typed 1.1–8.2 paragraphs; \"**The Panel is asked to:**\" with a pandoc-numbered (a)–(c) list "
                  "(lower-case verbs, \"; and\"), (b) opening \"either support … or veto it\"; the statutory "
                  "timetable in prose; a right-aligned budget pipe table with a bold total row and a caption; the "
                  "Finance Sub-Group's findings as bullets; \"an independent review had recommended that …\" (not an "
                  "item); section 6, a status key in a paragraph and a grid table No. | 2025 recommendation | "
                  "Commissioner's response | Position at January 2026 | Status (bold Implemented / In progress / "
                  "Not implemented); section 7, the proposed recommendations to the Commissioner as bold-labelled "
                  "R1–R4 paragraphs (two \"That the Commissioner …\", one \"The Commissioner should …\", one "
                  "imperative; dates inside their words); background papers and contact; an appendix with the draft "
                  "report to the Commissioner ([supports / vetoes] brackets; no list).",
    }



# ---------------------------------------------------------------------------
# K4. Budget scrutiny task group report with Cabinet's response added in a later column (PDF via
#     LibreOffice, landscape, Liberation Sans 10 pt, plain bold headings, italic running header and
#     a page footer, rows that may not split). A four-column front table with lilac labels; a
#     covering "1.1 That the Committee notes … and asks …" recommendation; membership and witnesses
#     (not items); findings under bold sub-headings, one "The Director of Finance advised that the
#     reserve should not fall below …" and one "Caskwell Citizens Advice recommended that …" (not
#     items); a summary sentence of the response; the table No. | Recommendation to Cabinet | Lead |
#     Cabinet response (added after Cabinet, 11 February 2026) | Timescale, with theme rows merged
#     across five columns, numbers 1–10 with 6 withdrawn (a row that is not an item), responses
#     opening "Accepted.", "Accepted in part.", "Not accepted.", "Noted."; next steps (not items).
# ---------------------------------------------------------------------------


def caskwell_budget_task_group():
    lilac = "E4DFEC"
    theme_fill = "F2F2F2"
    covering = ("That the Committee notes the Cabinet’s response to the Task Group’s recommendations, shown in the "
                "fourth column of the table in section 5, and asks the Task Group to report on progress with the "
                "accepted recommendations to the Committee’s meeting on 6 October 2026.")
    # theme → rows of (no., recommendation, verb, addressee, lead cell, gold owners, response, decision,
    #                  timescale cell, timeframe, due, status)
    themes = [
        ("Fees and charges", [
            ("1", "That Cabinet limits the increase in town centre car parking charges to 5% in 2026/27 and meets the "
                  "difference of £0.3 million from the business rates pool surplus.", "LIMITS", "Cabinet",
             "–", [],
             "Not accepted. A 7% increase is needed to pay for the new payment machines, and charges will still be "
             "below those in the neighbouring towns.", "rejected", "N/A", None, None, None),
            ("2", "Publish the full schedule of fees and charges with the draft budget each year, showing the "
                  "percentage change for each charge.", "PUBLISH", None,
             "Director of Finance (s151 Officer)", ["Director of Finance (s151 Officer)"],
             "Accepted. The schedule will be published with the draft budget from 2027/28.", "accepted",
             "December 2026", "December 2026", "2026-12", None),
            ("3", "Leisure centre concessions should be extended to care leavers aged up to 25.", None, None,
             "Head of Leisure and Culture /\nCaskwell Leisure Trust", ["Head of Leisure and Culture",
                                                                       "Caskwell Leisure Trust"],
             "Accepted. Care leavers up to the age of 25 will have free off-peak access from 1 April 2026, at a "
             "cost of about £6,000 a year.", "accepted", "1 April 2026", "1 April 2026", "2026-04-01", None),
        ]),
        ("Savings proposals", [
            ("4", "That Cabinet removes the £0.8 million saving from the customer services restructure from the "
                  "2026/27 budget until staff and the trade unions have been consulted on it.", "REMOVES", "Cabinet",
             "Chief Executive, Head of HR", ["Chief Executive", "Head of HR"],
             "Accepted in part. The saving is reduced to £0.4 million in 2026/27. Consultation starts in April "
             "2026 and the rest of the saving moves to 2027/28.", "partially-accepted", "Q1 2026/27", "Q1 2026/27",
             "2026-06", None),
            ("5", "The Council should seek a partner to run the Caskwell Museum café as a concession rather than "
                  "close it.", "SEEK", "Council",
             "Head of Leisure and Culture", ["Head of Leisure and Culture"],
             "Accepted. Soft market testing will take place this spring.", "accepted", "Spring 2026",
             "Spring 2026", "2026-05", None),
        ]),
        ("Reserves and financial resilience", [
            ("7", "That Cabinet sets a minimum level of £3 million for the general fund reserve and reports to "
                  "Council whenever the forecast falls below it.", "SETS", "Cabinet",
             "Director of Finance (s151 Officer)", ["Director of Finance (s151 Officer)"],
             "Accepted. The minimum level is in the Reserves Policy approved by Council on 24 February 2026.",
             "accepted", "Complete", None, None, "completed"),
            ("8", "Report the savings delivered against the budget to the Overview and Scrutiny Committee every "
                  "quarter, with a RAG rating for each saving.", "REPORT", None,
             "Director of Finance (s151 Officer);\nPortfolio Holder for Finance and Resources",
             ["Director of Finance (s151 Officer)", "Portfolio Holder for Finance and Resources"],
             "Noted. Savings are already reported to Cabinet each quarter in the budget monitoring report, which is "
             "sent to all members of the Committee.", None, "Ongoing", "Ongoing", None, None),
        ]),
        ("Capital programme", [
            ("9", "That Cabinet asks officers to prepare a business case for solar panels on the roof of Caskwell "
                  "Leisure Centre before any further capital is committed to the centre.", "ASKS", "Cabinet",
             "Head of Property and Regeneration", ["Head of Property and Regeneration"],
             "Accepted. The business case will come to Cabinet with the 2027/28 capital programme.", "accepted",
             "2026/27", "2026/27", "2027-03", None),
            ("10", "That Cabinet holds back £2 million of the £5.5 million budget for the Market Hall roof until the "
                   "tenders have been received.", "HOLDS", "Cabinet",
             "Head of Property and Regeneration", ["Head of Property and Regeneration"],
             "Not accepted. The roof is unsafe and must be replaced in 2026; the tender prices have now been "
             "received and the full budget is needed.", "rejected", "N/A", None, None, None),
        ]),
    ]
    withdrawn_after = "5"
    rows = []
    for theme, items in themes:
        rows.append([{"text": f"**{theme}**", "span": 5, "fill": theme_fill}, "<", "<", "<", "<"])
        for no, text, _, _, lead, _, response, _, scale, *_ in items:
            opening, rest = response.split(". ", 1)
            colour = {"Accepted": "2E7D32", "Accepted in part": "B26A00", "Not accepted": "C00000",
                      "Noted": "595959"}[opening]
            rows.append([{"text": no, "bold": True}, text, lead, f"[[{colour}|**{opening}.**]] {rest}", scale])
            if no == withdrawn_after:
                rows.append([{"text": "6", "bold": True},
                             "Withdrawn by the Task Group on 20 January 2026, after the Director of Finance "
                             "confirmed that the garden waste charge will not change in 2026/27.", "", "", ""])
    front = [
        [{"text": "Report to", "bold": True, "fill": lilac}, "Overview and Scrutiny Committee",
         {"text": "Date", "bold": True, "fill": lilac}, "10 March 2026"],
        [{"text": "Report of", "bold": True, "fill": lilac}, "Chair of the Budget Scrutiny Task Group",
         {"text": "Agenda item", "bold": True, "fill": lilac}, "6"],
        [{"text": "Cabinet response", "bold": True, "fill": lilac}, "Cabinet, 11 February 2026 (minute CAB/25/96)",
         {"text": "Exempt", "bold": True, "fill": lilac}, "No"],
        [{"text": "Contact", "bold": True, "fill": lilac}, "Scrutiny Officer – scrutiny@caskwell.example",
         {"text": "Telephone", "bold": True, "fill": lilac}, "01632 960 237"],
    ]
    blocks = [
        ("p", "**CASKWELL BOROUGH COUNCIL**"),
        ("table", {"cols": [4.0, 9.5, 3.5, 8.0], "rows": front}),
        ("title", "Budget Scrutiny Task Group 2025/26: Recommendations and Cabinet Response"),
        ("h", 1, "1. Recommendation"),
        ("p", "1.1\t" + covering),
        ("h", 1, "2. Background"),
        ("p", "2.1\tThe Committee set up the Task Group in September 2025 to examine the draft budget for 2026/27 and "
              "the Medium Term Financial Strategy before Cabinet recommended them to Council. Its members were "
              "Councillors A.N. (Chair), D.H., G.R.P., J.S. and W.B."),
        ("p", "2.2\tThe Task Group met five times between 14 October 2025 and 20 January 2026. It heard from the "
              "Portfolio Holder for Finance and Resources, the Director of Finance (s151 Officer), the Head of "
              "Environmental Services, the Head of Leisure and Culture and the Chief Executive of Caskwell Citizens "
              "Advice."),
        ("p", "2.3\tThe Task Group’s report went to Cabinet on 11 February 2026 with the draft budget. Cabinet’s "
              "response has been added to the table in section 5, and the report comes back to the Committee so "
              "that members can consider the response."),
        ("h", 1, "3. Summary of findings"),
        ("p", "**Fees and charges**"),
        ("p", "3.1\tThe draft budget assumed £1.2 million of extra income from fees and charges, of which £0.45 "
              "million comes from a 7% increase in town centre car parking charges. Town centre traders told the "
              "Task Group that footfall had not recovered since 2020."),
        ("p", "3.2\tCaskwell Citizens Advice recommended that the Council keeps free or reduced charges for people on "
              "low incomes wherever it raises a charge."),
        ("p", "**Savings proposals**"),
        ("p", "3.3\tThe budget includes £2.35 million of savings. The largest, £0.8 million from restructuring customer "
              "services, had not been consulted on when the Task Group met."),
        ("p", "**Reserves and financial resilience**"),
        ("p", "3.4\tThe general fund reserve is forecast to be £3.4 million at 31 March 2027. The Director of "
              "Finance advised that, for a council of Caskwell’s size, the reserve should not fall below £3 million."),
        ("p", "**Capital programme**"),
        ("p", "3.5\tThe capital programme for 2026/27 to 2028/29 is £38.2 million, of which £14.6 million is to be "
              "funded by borrowing. The Task Group was concerned that further spending on Caskwell Leisure Centre "
              "was planned before the building’s energy costs had been reviewed."),
        ("h", 1, "4. Cabinet’s response"),
        ("p", "4.1\tThe Task Group made ten recommendations and withdrew one before its report was finalised. Of the "
              "nine that went to Cabinet, Cabinet accepted five, accepted one in part and did not accept two. It "
              "noted the other, on quarterly reporting of savings, without accepting or rejecting it."),
        ("break",),
        ("h", 1, "5. Recommendations and Cabinet response"),
        ("table", {"cols": [1.1, 8.2, 4.3, 8.8, 2.6], "font": 9.5,
                   "header": ["No.", "Recommendation to Cabinet", "Lead",
                              "Cabinet response (added after Cabinet, 11 February 2026)", "Timescale"],
                   "header_fill": lilac, "rows": rows}),
        ("h", 1, "6. Next steps"),
        ("p", "6.1\tIf the Committee agrees the recommendation in section 1, the Task Group will meet in September "
              "2026 to review progress and will report to the Committee on 6 October 2026. The Task Group will "
              "also be set up again in the autumn to examine the 2027/28 draft budget."),
    ]
    recs = [recommendation("1.1", covering, verb="NOTES", addressee="Committee")]
    for theme, items in themes:
        recs += [recommendation(no, text, verb=verb, addressee=addr, theme=theme, owners=owners, due=due,
                                timeframe=timeframe, status=status, response=response, decision=dec)
                 for no, text, verb, addr, _, owners, response, dec, _, timeframe, due, status in items]
    return {
        "name": "caskwell-budget-scrutiny-task-group-cabinet-response",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-27", "doc_title": "Budget Scrutiny Task Group 2025/26",
                 "author": "Scrutiny Officer", "gov_k": True, "cant_split": True, "landscape": True,
                 "plain_headings": True, "font": "Liberation Sans", "size": 10, "title_size": 17,
                 "title_color": "5B3F86", "box_width": 25,
                 "header": "Overview and Scrutiny Committee – 10 March 2026 – Agenda item 6",
                 "footer": "Caskwell Borough Council"},
        "blocks": blocks,
        "gold": dict(genre="borough council budget scrutiny task group report with Cabinet's response added in a "
                           "later column", kind="scrutiny-report",
                     title="Budget Scrutiny Task Group 2025/26: Recommendations and Cabinet Response",
                     authority=CASKWELL, date="2026-03-10", meeting="Overview and Scrutiny Committee",
                     decision_number=None, recommendations=recs),
        "layout": "PDF (python-docx → LibreOffice), landscape, Liberation Sans 10 pt, bold non-style headings, "
                  "italic running header and a page footer, rows that may not split. A bold capitals council line "
                  "and a four-column front table with lilac labels (Report to / Date / Report of / Agenda item / "
                  "Cabinet response / Exempt / Contact / Telephone) above a purple title; a covering \"1.1 That the "
                  "Committee notes … and asks …\" recommendation; membership and witnesses (not items); findings "
                  "3.1–3.5 under bold sub-headings, with \"Caskwell Citizens Advice recommended that …\" and \"The "
                  "Director of Finance advised that … should not fall below …\" (not items); a summary of the "
                  "response; after a page break, the table No. | Recommendation to Cabinet | Lead | Cabinet "
                  "response (added after Cabinet, 11 February 2026) | Timescale with a lilac header, grey theme "
                  "rows merged across five columns, numbers 1–10 with 6 withdrawn (a row with a note and empty "
                  "cells); \"That Cabinet …\", \"The Council should …\", imperatives and one passive \"… should be "
                  "extended …\"; responses opening with a bold coloured \"Accepted.\" (green), \"Accepted in part.\" "
                  "(amber), \"Not accepted.\" (red) or \"Noted.\" (grey); leads \"–\", \"/\" plus line break, \",\" between two posts and \";\" plus line "
                  "break; timescales \"N/A\", \"December 2026\", \"1 April 2026\", \"Q1 2026/27\", \"Spring 2026\", "
                  "\"Complete\", \"Ongoing\", \"2026/27\"; next steps (not items).",
    }



# ---------------------------------------------------------------------------
# K5. Equality Impact Assessment form with an action plan at the end (DOCX from pandoc, pandoc's
#     styles). A capitals council line, the form's name as the H1 and an italic guidance note left
#     in; Section 1 a headerless two-column grid table of form fields (its "Title of proposal" is
#     the title); the proposal in prose; an "Evidence and engagement" section with a figures pipe
#     table and consultation bullets (not evidence items: the paper is a form, not a
#     self-evaluation); the impact grid table Protected characteristic | Impact | Reasons |
#     Mitigation (mitigations point to the actions or describe what exists; not actions); the
#     outcome as four tick-box lines (a form field, not a recommendation); the action plan grid
#     table No. | Action | Lead officer | Timescale | How will it be monitored? numbered 1–4, 6, 7
#     (5 dropped after consultation, its row kept with dashes); a review paragraph and a sign-off
#     table (not items).
# ---------------------------------------------------------------------------


def caskwell_equality_impact_assessment():
    title = "Customer Access Strategy 2026–2029: appointments for face-to-face services at the Civic Centre"
    # (no., action, lead cell, gold owners, timescale cell, timeframe, due, monitoring)
    plan = [
        ("1", "Set up a telephone booking line with a call-back option for people who cannot book an appointment "
              "online.",
         "Customer Services Manager / ICT Service Desk Lead", ["Customer Services Manager", "ICT Service Desk Lead"],
         "Before go-live (1 June 2026)", "Before go-live (1 June 2026)", "2026-06-01",
         "Calls and call-backs reported monthly to the Head of Customer Services"),
        ("2", "Place a floorwalker in the Civic Centre foyer to help people use the self-service kiosk, for at least "
              "the first six months after go-live.",
         "Customer Services Manager", ["Customer Services Manager"],
         "June 2026 – November 2026", "June 2026 – November 2026", "2026-11",
         "Kiosk use and comment cards"),
        ("3", "Train all customer service advisers in recognising and supporting people with hidden disabilities, "
              "working with Caskwell Disability Forum.",
         "Head of Customer Services;\n\nCaskwell Disability Forum", ["Head of Customer Services",
                                                                    "Caskwell Disability Forum"],
         "May 2026", "May 2026", "2026-05", "Training records"),
        ("4", "Let residents book an interpreter, in person or by video, when they make an appointment, and publish "
              "how to do this in the six most common community languages.",
         "Equality and Diversity Officer, Communications Team", ["Equality and Diversity Officer",
                                                                 "Communications Team"],
         "April 2026", "April 2026", "2026-04", "Interpreter bookings by language"),
        ("6", "Keep the weekly drop-in sessions at the Northgate, Ashby Vale and Caskwell Marsh community hubs, and "
              "review how they are used.",
         "Community Hubs Coordinator and Revenues and Benefits Manager",
         ["Community Hubs Coordinator", "Revenues and Benefits Manager"],
         "Quarterly from July 2026", "Quarterly from July 2026", "2026-07", "Hub visitor numbers"),
        ("7", "Review this assessment using the first six months of appointment data and report the findings to the "
              "Corporate Equality Group.",
         "Equality and Diversity Officer", ["Equality and Diversity Officer"],
         "December 2026", "December 2026", "2026-12", "Corporate Equality Group minutes"),
    ]
    about = grid_table([30, 70], None, [
        ["**Title of proposal**", title],
        ["**Directorate**", "Resources"],
        ["**Service**", "Customer Services"],
        ["**Lead officer**", "Head of Customer Services"],
        ["**Assessment completed by**", "Customer Services Manager; Equality and Diversity Officer"],
        ["**Date completed**", "12 February 2026"],
        ["**New or changed policy?**", "Changed"],
        ["**Decision to be taken by**", "Cabinet, 17 March 2026 (Forward Plan ref. KD/26/07)"],
        ["**Version**", "2.1 – after consultation"],
    ])
    visits = "\n".join([
        "| Reason for visit (2024/25) | Visits | Share | Of which aged 65+ |",
        "|:---------------------------|-------:|------:|------------------:|",
        "| Council tax and benefits | 9,412 | 38% | 24% |",
        "| Housing and homelessness | 6,105 | 25% | 17% |",
        "| Payments | 4,880 | 20% | 52% |",
        "| Parking, waste and other | 4,230 | 17% | 35% |",
        "| **Total** | **24,627** | **100%** | **31%** |",
    ])
    impacts = grid_table([23, 14, 36, 27], ["Protected characteristic", "Impact", "Reasons", "Mitigation"], [
        ["Age", "Negative", "Visitors aged 65 and over made 31% of visits in 2024/25, compared with 19% of the "
                            "borough’s adult population, and are less likely to book online.",
         "Telephone booking and floorwalker (actions 1 and 2)."],
        ["Disability", "Negative", "22% of consultation respondents said they had a disability. Some people with a "
                                   "learning disability or a mental health condition find it hard to plan ahead.",
         "Same-day appointments kept for those who need them; staff training (action 3)."],
        ["Gender reassignment", "Neutral", "No evidence of a different impact.", "–"],
        ["Marriage and civil partnership", "Neutral", "No impact identified.", "–"],
        ["Pregnancy and maternity", "Positive", "Shorter waits in the foyer, which has little seating.", "–"],
        ["Race", "Negative", "Residents whose first language is not English use the drop-in service for help with "
                             "forms.", "Interpreters can be booked with an appointment (action 4)."],
        ["Religion or belief", "Neutral", "No impact identified. Appointments avoid Friday lunchtime on request.",
         "–"],
        ["Sex", "Neutral", "No evidence of a different impact.", "–"],
        ["Sexual orientation", "Neutral", "No impact identified.", "–"],
        ["Other: carers, care leavers, armed forces community, low income", "Negative",
         "People on low incomes are less likely to have internet access and more likely to visit about benefits "
         "and council tax arrears.", "Free telephone line; hub drop-ins continue (action 6)."],
    ])
    action_table = grid_table([7, 30, 28, 19, 18],
                              ["No.", "Action", "Lead officer", "Timescale", "How will it be monitored?"],
                              [[n, act, lead, scale, mon] for n, act, lead, _, scale, _, _, mon in plan[:4]]
                              + [["5", "Not needed: the proposal to close the Civic Centre on Saturday mornings was "
                                       "withdrawn after the consultation.", "–", "–", "–"]]
                              + [[n, act, lead, scale, mon] for n, act, lead, _, scale, _, _, mon in plan[4:]])
    signoff = grid_table([34, 36, 20], ["Role", "Name or post", "Date"], [
        ["Assessment completed by", "Customer Services Manager", "12 February 2026"],
        ["Checked by", "Equality and Diversity Officer", "11 February 2026"],
        ["Approved by (Head of Service)", "Head of Customer Services", "12 February 2026"],
        ["Published with the Cabinet report", "Yes – Appendix C", ""],
    ])
    md = [
        "**CASKWELL BOROUGH COUNCIL**",
        "# Equality Impact Assessment",
        "*Use this form for any new or changed policy, service or function. Complete every section and keep the "
        "form with the decision papers. Guidance is on the intranet under “Equality and diversity”.*",
        "## Section 1: About the proposal",
        about,
        "## Section 2: What is the proposal?",
        "From 1 June 2026 (go-live) the customer service counter at the Civic Centre will see residents by "
        "appointment only, Monday to Friday from 9.00 am to 4.00 pm, instead of the present drop-in service. "
        "Appointments can be booked online, by telephone or at the self-service kiosk in the Civic Centre foyer. "
        "People who are homeless or at risk of harm will still be seen on the day. The change will save £142,000 a "
        "year and is part of the Customer Access Strategy 2026–2029.",
        "## Section 3: Evidence and engagement",
        "The Civic Centre counter had 24,627 visits in 2024/25.",
        visits,
        "An eight-week public consultation (17 November 2025 to 11 January 2026) had 486 responses, and officers met "
        "the Caskwell Disability Forum, the Older People’s Forum and two community language groups. The main points "
        "raised were:",
        "- people without the internet, or who are not confident using it, worried that they would not be able to "
        "book;",
        "- disabled people and carers said that planning a visit in advance can be hard;",
        "- some residents need help with English to explain their problem; and",
        "- many respondents valued being able to pay in cash at the counter.",
        "## Section 4: Impact on people with protected characteristics",
        "*Say whether the impact is positive, negative or neutral, and why. Where it is negative, say what will be "
        "done about it.*",
        impacts,
        "## Section 5: Outcome of the assessment",
        "*Tick one.*",
        "☐ Outcome 1 – No major change: the assessment shows no potential for discrimination and all opportunities "
        "to advance equality have been taken.  \n"
        "☒ Outcome 2 – Adjust the proposal: the assessment has found barriers, which the actions in Section 6 "
        "remove or reduce.  \n"
        "☐ Outcome 3 – Continue the proposal despite potential for adverse impact (give the justification).  \n"
        "☐ Outcome 4 – Stop and remove the proposal.",
        "**Summary for the decision maker:** the proposal can go ahead if actions 1 to 4 are in place before "
        "go-live. Cash payments will continue at the Post Office and PayPoint outlets, and at the Civic Centre kiosk "
        "by card.",
        "## Section 6: Equality action plan",
        action_table,
        "## Section 7: Monitoring and review",
        "The Customer Services Manager will keep this assessment under review and update it after the first six "
        "months of the new arrangements, or sooner if complaints show an impact that was not expected.",
        "## Section 8: Sign-off",
        signoff,
        "*Equality and Diversity Officer – equality@caskwell.example – 01632 960 266*",
    ]
    actions = [action(n, act, owners, timeframe, due, None) for n, act, _, owners, _, timeframe, due, _ in plan]
    return {
        "name": "caskwell-equality-impact-assessment-customer-access",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-02-12"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="borough council Equality Impact Assessment form with an equality action plan at the "
                           "end", kind="other", title=title, authority=CASKWELL, date="2026-02-12", meeting=None,
                     decision_number=None, actions=actions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals council line, the H1 \"Equality "
                  "Impact Assessment\" (the form's name) and an italic guidance note; Heading 2 sections 1–8. "
                  "Section 1 is a headerless two-column grid table of bold-labelled form fields (Title of proposal "
                  "/ Directorate / Service / Lead officer / Assessment completed by / Date completed / New or "
                  "changed policy? / Decision to be taken by / Version). An \"Evidence and engagement\" section "
                  "with a right-aligned figures pipe table (bold total row) and consultation bullets; an impact "
                  "grid table Protected characteristic | Impact | Reasons | Mitigation (mitigations pointing to "
                  "actions, or \"–\"); the outcome as four ☐/☒ tick-box lines joined by hard line breaks, and a "
                  "bold \"Summary for the decision maker:\" paragraph; the action plan grid table No. | Action | "
                  "Lead officer | Timescale | How will it be monitored?, numbered 1–4, 6, 7 (row 5 \"Not needed: "
                  "… withdrawn\" with dashes), leads split by \" / \", \";\" plus a paragraph break, \",\" between "
                  "two bodies and \"and\" between two posts, timescales \"Before go-live (1 June 2026)\", \"June "
                  "2026 – November 2026\", \"May 2026\", \"April 2026\", \"Quarterly from July 2026\", \"December "
                  "2026\"; no status column; a review paragraph naming an officer and a sign-off grid table (not "
                  "items).",
    }



# ---------------------------------------------------------------------------
# K6. Corporate risk register extract presented to the Audit and Governance Committee (PDF via
#     Chromium, landscape, DejaVu Sans Condensed 9.5 pt, a running header and page numbers in CSS
#     margin boxes). A bold red brand line, a front table with grey labels, "Members are asked
#     to:" with an HTML-numbered i./ii. list; the scoring method; a trend table with coloured
#     arrows and a 5 × 5 heat map with shaded cells and risk refs (not items); "The Strategic
#     Leadership Team recommended that …" (not an item); an action status key. After a page break,
#     Appendix A: Ref | Risk | Risk owner | Current controls | Residual score | Further action |
#     Action owner | Target date | Status, dark red header with white text, the risk, owner,
#     controls and score cells merged down over each risk's further actions, scores as "L × I"
#     with a coloured H/M letter in a shaded cell, refs CR01, CR03, CR05, CR11, CR14, CR15 (an
#     extract), status words coloured, one empty.
# ---------------------------------------------------------------------------


def pollardine_fire_risk_register():
    grey = "E7E6E6"
    dark = "7F1D1D"
    high, medium, low = "F4C7C3", "FCE8B2", "D9EAD3"
    recs = [
        ("i", "note the corporate risk register at Appendix A, including the two new risks (CR14 and CR15) and the "
              "changes to risk scores since the last report; and", "NOTE"),
        ("ii", "consider whether any risk should be referred to the Fire Authority or examined in more depth at a "
               "future meeting of the Committee.", "CONSIDER"),
    ]
    status_colour = {"On track": "2E7D32", "Delayed": "B26A00", "Not started": "595959", "Complete": "1F4E9A"}
    # (ref, risk, risk owner, controls, likelihood, impact,
    #  [(action, owner cell, gold owners, target cell, timeframe, due, status word, status)])
    risks = [
        ("CR01", "**Loss of on-call fire cover.** Too few on-call firefighters are available during the working "
                 "day, so fire engines at on-call stations are unavailable.",
         "Assistant Chief Fire Officer (Service Delivery)",
         "Wholetime staff provide day-crewing support\nAvailability reported to Control every hour\nOn-call pay "
         "review completed in 2024", 4, 4,
         [("Launch a targeted on-call recruitment campaign for the six stations with the lowest daytime "
           "availability.", "Area Manager – Response", ["Area Manager – Response"], "31/03/2026", "31/03/2026",
           "2026-03-31", "On track", "ongoing"),
          ("Agree with the representative bodies a banded on-call contract that pays for hours of availability.",
           "Head of HR and Area Manager – Response", ["Head of HR", "Area Manager – Response"], "Q1 2026/27",
           "Q1 2026/27", "2026-06", "Not started", "not-started")]),
        ("CR03", "**Funding gap.** The medium-term financial plan shows a gap of £2.6 million by 2028/29, which could "
                 "lead to reductions in front-line services.",
         "Treasurer",
         "Medium-term financial plan updated twice a year\nGeneral reserve of £4.1 million\nEfficiency plan "
         "agreed with the Authority", 3, 5,
         [("Prepare savings options of £1.5 million for the Fire Authority to consider with the 2026/27 budget.",
           "Treasurer,\nHead of Finance", ["Treasurer", "Head of Finance"], "February 2026 (budget meeting)",
           "February 2026 (budget meeting)", "2026-02", "On track", "ongoing"),
          ("Respond to the government consultation on fire funding reform, setting out the effect on Pollardine.",
           "Chief Fire Officer", ["Chief Fire Officer"], "Sept 2025", "Sept 2025", "2025-09", "Complete",
           "completed")]),
        ("CR05", "**Cyber attack.** A successful cyber attack could disable the mobilising system and expose "
                 "personal data.",
         "Director of Corporate Services",
         "Firewalls and e-mail filtering\nAnnual penetration test\nMandatory cyber training for all staff\n"
         "Fallback mobilising arrangement with a neighbouring service", 4, 5,
         [("Replace the firewalls at Service Headquarters and in the Control room.",
           "Head of ICT / Information Security Officer", ["Head of ICT", "Information Security Officer"],
           "April 2026", "April 2026", "2026-04", "Delayed", "ongoing"),
          ("Run a cyber incident exercise with Control and the Strategic Leadership Team.",
           "Information Security Officer", ["Information Security Officer"], "End of May 2026", "End of May 2026",
           "2026-05", "Not started", "not-started")]),
        ("CR11", "**Building safety inspections.** Not enough qualified inspecting officers to complete the "
                 "risk-based inspection programme for high-rise residential buildings.",
         "Assistant Chief Fire Officer (Prevention and Protection)",
         "Risk-based inspection programme\nTwo inspectors seconded from a neighbouring service", 3, 4,
         [("Train four more fire safety inspectors to Level 4 Diploma standard.", "Group Manager, Protection",
           ["Group Manager, Protection"], "2026/27", "2026/27", "2027-03", "On track", "ongoing")]),
        ("CR14", "**Pension administration (new).** Errors in recalculating firefighters’ pensions under the remedy "
                 "could lead to complaints, penalties and extra cost.",
         "Treasurer",
         "Monthly meetings with the pension administrator\nCases checked by a second officer", 4, 3,
         [("Buy in extra support from the pension administrator to clear the remedy cases.",
           "Head of Finance\nHR Manager", ["Head of Finance", "HR Manager"], "TBC", "TBC", None, "", None)]),
        ("CR15", "**Industrial action (new).** A national pay dispute could lead to strike action and reduced fire "
                 "cover.",
         "Chief Fire Officer",
         "Business continuity plan for industrial action\nMutual aid agreement with neighbouring fire "
         "authorities", 3, 5,
         [("Review the business continuity plan for industrial action and test it in a tabletop exercise with "
           "neighbouring fire services.", "Area Manager – Resilience", ["Area Manager – Resilience"], "Ongoing",
           "Ongoing", None, "On track", "ongoing")]),
    ]

    def score_cell(likelihood, impact, span):
        total = likelihood * impact
        fill, letter, colour = ((high, "H", "C00000") if total >= 15 else (medium, "M", "B26A00") if total >= 8
                                else (low, "L", "2E7D32"))
        return {"text": f"{likelihood} × {impact}\n**{total}** [[{colour}|**{letter}**]]", "fill": fill,
                "vspan": span}

    register = []
    for ref, risk, owner, controls, lik, imp, acts in risks:
        span = len(acts)
        for i, (act, owner_cell, _, target, _, _, word, _) in enumerate(acts):
            status = f"[[{status_colour[word]}|**{word}**]]" if word else ""
            if i == 0:
                register.append([{"text": f"**{ref}**", "vspan": span}, {"text": risk, "vspan": span},
                                 {"text": owner, "vspan": span}, {"text": controls, "vspan": span},
                                 score_cell(lik, imp, span), act, owner_cell, target, status])
            else:
                register.append(["^", "^", "^", "^", "^", act, owner_cell, target, status])

    def heat(l, i):
        refs = [r for r, _, _, _, lik, imp, _ in risks if lik == l and imp == i]
        total = l * i
        fill = high if total >= 15 else medium if total >= 8 else low
        return {"text": ", ".join(refs), "fill": fill}

    heat_rows = [[{"text": f"**{l}**"}] + [heat(l, i) for i in range(1, 6)] for l in range(5, 0, -1)]
    heat_rows.append([{"text": ""}] + [{"text": f"**{i}**"} for i in range(1, 6)])
    up, down, level = "[[C00000|▲]]", "[[2E7D32|▼]]", "[[595959|►]]"
    blocks = [
        ("p", "[[9B1B1B|**POLLARDINE FIRE AUTHORITY**]]"),
        ("table", {"cols": [3.6, 9.4, 3.6, 9.4], "rows": [
            [{"text": "Meeting", "bold": True, "fill": grey}, "Audit and Governance Committee",
             {"text": "Date", "bold": True, "fill": grey}, "26 January 2026"],
            [{"text": "Report of", "bold": True, "fill": grey}, "Director of Corporate Services",
             {"text": "Agenda item", "bold": True, "fill": grey}, "8"],
            [{"text": "Purpose", "bold": True, "fill": grey}, "Assurance",
             {"text": "Previously considered", "bold": True, "fill": grey},
             "Strategic Leadership Team, 6 January 2026"],
            [{"text": "Contact", "bold": True, "fill": grey},
             "Risk and Resilience Manager – risk@pollardinefire.example – 01632 960 582",
             {"text": "Exempt", "bold": True, "fill": grey}, "No"],
        ]}),
        ("title", "Corporate Risk Register – Quarter 3 2025/26"),
        ("h", 2, "1. Recommendations"),
        ("p", "**Members are asked to:**"),
        ("list", "i.", 1, [t for _, t, _ in recs]),
        ("h", 2, "2. Background"),
        ("p", "2.1 The Risk Management Policy, approved by the Fire Authority in June 2024, requires the corporate "
              "risk register to be reviewed by the Strategic Leadership Team every quarter and reported to this "
              "Committee."),
        ("p", "2.2 Each risk is scored for likelihood (1 to 5) and impact (1 to 5). The residual score is the score "
              "after the current controls: 15 to 25 is **High** ([[C00000|**H**]]), 8 to 12 is **Medium** "
              "([[B26A00|**M**]]) and 1 to 6 is **Low** ([[2E7D32|**L**]])."),
        ("p", "2.3 Appendix A is an extract of the register. It shows only the risks with a residual score of 12 or "
              "more, so the risk numbers are not continuous. The full register of 17 risks is available to members "
              "on request."),
        ("h", 2, "3. Changes since the last report"),
        ("p", "3.1 Two risks are new this quarter (CR14 and CR15). Risk CR09, on the national emergency services "
              "network, has been closed because the transition date has been put back to 2029 and the risk is now "
              "managed within the ICT service plan."),
        ("table", {"cols": [2.2, 9.0, 3.2, 3.2, 2.0], "font": 9, "header_fill": dark,
                   "header": ["Ref", "Risk", "October 2025", "January 2026", "Trend"],
                   "rows": [
                       ["CR01", "Loss of on-call fire cover", "12", "16", up],
                       ["CR03", "Funding gap", "15", "15", level],
                       ["CR05", "Cyber attack", "20", "20", level],
                       ["CR11", "Building safety inspections", "16", "12", down],
                       ["CR14", "Pension administration", "–", "12", "New"],
                       ["CR15", "Industrial action", "–", "15", "New"],
                   ]}),
        ("p", "3.2 The risk map below shows where each risk in the extract sits after its current controls "
              "(likelihood down the side, impact along the bottom)."),
        ("table", {"cols": [1.4, 2.4, 2.4, 2.4, 2.4, 2.4], "font": 9, "rows": heat_rows}),
        ("p", "3.3 The score for CR01 has risen because daytime availability at on-call stations fell to 61% in "
              "December. The Strategic Leadership Team recommended that CR05 stays at 20 until the new firewalls "
              "are in place."),
        ("h", 2, "4. Further actions"),
        ("p", "4.1 Where a residual score is above the Authority’s risk appetite, the register sets out further "
              "actions, each with an action owner and a target date. Their status is shown in the last column: "
              "**Complete** – the action has been done; **On track** – work has started and is on schedule; "
              "**Delayed** – work has started but the target date will be missed; **Not started** – work has not "
              "begun. A blank status means the action was added this quarter."),
        ("h", 2, "5. Implications"),
        ("p", "5.1 There are no direct financial, legal or equality implications arising from this report. The "
              "costs of the further actions are met from existing budgets, except the pension support in CR14, "
              "which will be reported to the Authority when the cost is known."),
        ("break",),
        ("h", 2, "Appendix A – Corporate Risk Register extract (residual score 12 or more), January 2026"),
        ("table", {"cols": [1.3, 4.6, 2.6, 4.4, 1.8, 4.6, 2.7, 2.2, 1.7], "font": 8.5, "header_fill": dark,
                   "header": ["Ref", "Risk", "Risk owner", "Current controls", "Residual score (L × I)",
                              "Further action", "Action owner", "Target date", "Status"],
                   "rows": register}),
    ]
    actions = []
    for _, _, _, _, _, _, acts in risks:
        actions += [action(None, act, owners, timeframe, due, status)
                    for act, _, owners, _, timeframe, due, _, status in acts]
    css = ("th { color: #ffffff; }\n"
           "@page { @top-right { content: \"Pollardine Fire Authority – Audit and Governance Committee – "
           "26 January 2026\"; font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 7.5pt; "
           "font-style: italic; color: #555555; }\n"
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; font-size: 7.5pt; color: #555555; } }\n")
    return {
        "name": "pollardine-fire-authority-corporate-risk-register-q3-2025-26",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Corporate Risk Register – Quarter 3 2025/26", "gov_k": True, "gov_k_css": css,
                 "landscape": True, "css_font": "'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif",
                 "size": 9.5, "title_color": "9B1B1B"},
        "blocks": blocks,
        "gold": dict(genre="fire authority corporate risk register extract under a covering \"note the register\" "
                           "report to the audit committee", kind="committee-report",
                     title="Corporate Risk Register – Quarter 3 2025/26", authority=FIRE, date="2026-01-26",
                     meeting="Audit and Governance Committee", decision_number=None,
                     recommendations=[recommendation(n, t, verb=v, addressee="Members") for n, t, v in recs],
                     actions=actions),
        "layout": "PDF (HTML → Chromium), A4 landscape, DejaVu Sans Condensed 9.5 pt, a running header and \"Page n "
                  "of m\" in CSS page margin boxes. A bold red brand line, a four-column front table with grey "
                  "labels (Meeting / Date / Report of / Agenda item / Purpose / Previously considered / Contact / "
                  "Exempt) above a red title; \"Members are asked to:\" with an HTML-numbered i./ii. list (lower-case "
                  "verbs, \"; and\"); the scoring method with coloured H/M/L letters; a trend table with a dark red "
                  "header (white text) and coloured ▲ ▼ ► arrows; a 5 × 5 risk map with shaded cells holding risk "
                  "refs; \"The Strategic Leadership Team recommended that …\" (not an item); an action status key "
                  "in a paragraph. After a page break, Appendix A: Ref | Risk | Risk owner | Current controls | "
                  "Residual score (L × I) | Further action | Action owner | Target date | Status, 8.5 pt, refs "
                  "CR01, CR03, CR05, CR11, CR14, CR15, the risk, owner, controls and score cells merged down over "
                  "each risk's further actions; current controls as line lists (not actions); scores \"4 × 4 / 16 "
                  "H\" in red, amber cells; status words coloured (On track, Delayed, Not started, Complete) and "
                  "one blank; action owners split by \"/\", \",\" plus line break, a bare line break and \"and\" "
                  "between two posts, en dashes and a comma inside posts; targets \"31/03/2026\", \"Q1 2026/27\", "
                  "\"February 2026 (budget meeting)\", \"Sept 2025\", \"April 2026\", \"End of May 2026\", "
                  "\"2026/27\", \"TBC\", \"Ongoing\".",
    }


PAPERS = [
    caskwell_governance_statement,
    pollardine_budget_minutes,
    pollardine_precept_report,
    caskwell_budget_task_group,
    caskwell_equality_impact_assessment,
    pollardine_fire_risk_register,
]
