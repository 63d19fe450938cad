"""Papers of the seventeenth batch, part AC ("minutes and decision records in many layouts"): six made-up
papers that record what a meeting decided and who is to do what, from two invented places:

  Millbourne – Millbourne Borough Council (Cabinet, Council, Overview and Scrutiny Committee and its
    task groups, Audit and Governance Committee, Planning Committee);
  Ravenholt  – Ravenholt County Council, the Ravenholt Health and Wellbeing Board and the Ravenholt
    Safeguarding Adults Board (with NHS Ravenholt Integrated Care Board and Ravenholt Police).

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every firm, street, site and figure is made up.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, and without running it or using git. Read:
`Corpus/genres/README.md` (introduction, first layout table, the headers of parts Y–AB and their
first-contact sections, the minutes, notice-of-decisions, action-notes and action-log rulings of earlier
parts found with grep, "Second renditions", "Rebuilding" and the closing gold decisions),
`Corpus/gold/README.md`, `Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`, and for
conventions and helpers the writer part of `papers_ninth_m.py` (NinthMWriter, its HTML wrapper and the
Tolbury Minute | Decision minutes), `FarHWriter` in `papers_far_h.py`, `grid_table` in `papers_fresh.py`
and `papers_sixteenth_ab.py` (module layout). Not `papers_seventeenth_ad.py`, written at the same time by
someone else. Each paper names its own split. Every gold value is written by hand beside the words it
labels; the part AC notes record the choices where the rules left room.

The python-docx papers set meta "ninth_m" and are written by papers_ninth_m.NinthMWriter (meta
"cant_split" keeps table rows on one page); the Chromium paper uses papers_ninth_m's HTML wrapper (meta
"m_css" for CSS page-margin boxes); the pandoc papers use papers_fresh.grid_table.

The papers (name – split – format – layout):

  AC1 millbourne-cabinet-record-of-decisions-18-march-2026 – unseen – chromium-pdf: a published record of
      Cabinet decisions, one labelled block per agenda item with its own decision number, key decision
      reference, reasons, alternatives considered and call-in status; a noted item without a number; an
      urgent item not subject to call-in; an exempt item.
  AC2 millbourne-audit-and-governance-committee-minutes-january-2026 – tune – lo-pdf: committee minutes
      with "RESOLVED that:" over typed (1)–(3) parts, "RECOMMENDED to Council that:", a recorded vote on
      an amendment, an item deferred, the exclusion of the press and public and an exempt item.
  AC3 ravenholt-health-and-wellbeing-board-minutes-march-2026 – unseen – pandoc-docx: board minutes whose
      items end with "Agreed:" bullet lists, a "Summary of decisions" table at the front that repeats them
      in short form, and an action log appendix with actions carried from earlier meetings.
  AC4 ravenholt-safeguarding-adults-board-minutes-february-2026 – tune – docx: landscape board minutes set
      out as one table Item | Discussion | Decision | Action | Owner | Deadline.
  AC5 millbourne-temporary-accommodation-task-group-notes-february-2026 – unseen – pandoc-lo-pdf:
      informal "Notes and actions" of a scrutiny task group, decisions as sentences ("The group agreed
      that …", "It was agreed to …") and "ACTION: XX to …" lines with initials.
  AC6 ravenholt-county-council-councillors-attendance-2025-26 – tune – lo-pdf: a record of councillors'
      attendance at meetings for the year, landscape tables; nothing to find.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
import render as _render
from gold import action, decision
from papers_fresh import grid_table

# One helper render.py and NinthMWriter lack: a plain paragraph kept with the one that follows it
# ("pk", text), for a resolution's stem ("RESOLVED that:") so that it does not end a page apart from its
# parts. A paper whose meta carries "seventeenth_ac" (as well as "ninth_m") is written by the writer
# below; every other paper goes to the wrapped function unchanged.


class SeventeenthACWriter(papers_ninth_m.NinthMWriter):
    def blocks(self, blocks, container=None):
        for block in blocks:
            if block[0] == "pk":
                p = (container or self.doc).add_paragraph()
                p.paragraph_format.keep_with_next = True
                self.fill(p, block[1])
            else:
                super().blocks([block], container)


_wrapped_to_docx = _render.to_docx


def _to_docx(meta, blocks, path):
    if not meta.get("seventeenth_ac"):
        return _wrapped_to_docx(meta, blocks, path)
    writer = SeventeenthACWriter(meta)
    writer.blocks(blocks)
    writer.finish()
    writer.save(path)
    return None


_render.to_docx = _to_docx

MILLBOURNE = "Millbourne Borough Council"
RAVENHOLT = "Ravenholt County Council"
PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="E7E6E6"):
    return {"text": text, "bold": True, "fill": fill}



# ---------------------------------------------------------------------------
# AC1. Cabinet record of decisions (HTML → Chromium, A4 portrait, Liberation Sans 10 pt, CSS page-margin
#      boxes). One block per agenda item: a heading and a two-column table with grey label cells
#      (Decision no. / Key decision / Portfolio / Decision / Reasons / Alternative options considered /
#      Declarations / Call-in).
# ---------------------------------------------------------------------------


def millbourne_cabinet_record_of_decisions():
    maker = "Cabinet"
    title = "Record of Decisions"
    date = "2026-03-18"
    teal = "1B5E6B"
    # item 5: parts after "Cabinet RESOLVED to:"
    d5 = [
        ("a", "approve the off-street parking tariffs set out in Appendix 1 to the report, to take effect from 4 May "
              "2026;"),
        ("b", "introduce free parking after 3.00 pm on Saturdays in December at Wharf Street and Priory Lane car "
              "parks, for a trial period of two years; and"),
        ("c", "delegate authority to the Head of Place and Regeneration, in consultation with the Portfolio Holder "
              "for Place, to make the Millbourne (Off-Street Parking Places) (Amendment) Order 2026 and to deal with "
              "any objections to it."),
    ]
    d7 = ("Cabinet RECOMMENDS to Council that the revised Housing Allocations Policy at Appendix A to the report be "
          "adopted with effect from 1 July 2026.")
    d8 = [
        ("i", "to award the contract for grounds maintenance and street cleansing of the Council’s parks and open "
              "spaces to Greenway Landscapes Ltd for five years from 1 June 2026, with an option to extend for up to "
              "two further years, at an annual cost of £1,184,600;"),
        ("ii", "to delegate authority to the Director of Resources to finalise and enter into the contract; and"),
        ("iii", "to ask the Head of Neighbourhood Services to report to Cabinet on the contract’s first year of "
                "performance in July 2027."),
    ]
    d9 = ("Cabinet approved the Housing Assistance Policy 2026–2029, including the discretionary Disabled Facilities "
          "Grant top-up of up to £15,000, as set out in Appendix B to the report.")
    d11 = [
        ("a", "approve a supplementary capital estimate of £385,000 for the replacement of the pool filtration and "
              "dosing plant at Millbourne Leisure Centre, funded from the Capital Contingency Reserve; and"),
        ("b", "waive the Contract Procedure Rules to allow the works to be ordered directly from Aquatec Pool "
              "Services Ltd under the existing maintenance framework."),
    ]
    d12 = ("Cabinet approved the acquisition of the freehold of land at Gasworks Lane, Millbourne, on the terms set "
           "out in the exempt appendix, and delegated authority to the Director of Resources to complete the "
           "purchase.")

    def para(text):
        return ("p", text)

    def parts(stem, items, typed=False):
        if typed:
            return [para(stem)] + [para(f"({n})\u2002{text}") for n, text in items]
        return [para(stem), ("list", "(a)", 1, [text for _, text in items])]

    def block(heading, rows):
        table_rows = []
        for name, value in rows:
            cell = {"blocks": value} if isinstance(value, list) else value
            table_rows.append([label(name), cell])
        return [("h", 2, heading),
                ("table", {"cols": [4.2, 12.8], "rows": table_rows})]

    no_interest = "None declared."
    blocks = [
        ("p", f"<<{teal}|**MILLBOURNE BOROUGH COUNCIL**>>"),
        ("title", title),
        ("p", "**Cabinet – Wednesday 18 March 2026 at 6.00 pm, Council Chamber, Millbourne Town Hall**"),
        ("table", {"cols": [4.2, 12.8], "borders": False, "rows": [
            [{"text": "Date of publication:", "bold": True}, "Friday 20 March 2026"],
            [{"text": "Call-in deadline:", "bold": True}, "5.00 pm on Friday 27 March 2026"],
            [{"text": "Present:", "bold": True},
             "Councillors R.S. (Leader, in the Chair), T.U. (Deputy Leader and Portfolio Holder for Finance), "
             "V.W. (Place), X.Y. (Housing), A.C. (Communities and Leisure) and B.D. (Environment)"],
            [{"text": "Also present:", "bold": True},
             "Councillor E.G. (Chair of the Overview and Scrutiny Committee) and Councillor H.K. (Leader of the "
             "Opposition)"],
            [{"text": "Contact:", "bold": True},
             "Democratic Services, democratic.services@millbourne.example, 01632 960 314"],
        ]}),
        para("This record sets out the decisions taken by the Cabinet at the meeting above. It is published under "
             "the Local Authorities (Executive Arrangements) (Meetings and Access to Information) (England) "
             "Regulations 2012. It is not the minutes of the meeting, which will be submitted to the next meeting of "
             "the Cabinet for approval."),
        para("**Call-in.** Any five councillors who are not members of the Cabinet may ask for a decision to be "
             "called in for review by the Overview and Scrutiny Committee by writing to the Monitoring Officer before "
             "the call-in deadline. Decisions that are not called in may be implemented from 9.00 am on Monday 30 "
             "March 2026. Recommendations to Council and decisions marked “not subject to call-in” are not subject to "
             "this procedure."),
    ]
    blocks += block("Item 5 – Town Centre Car Parking Tariffs 2026/27", [
        ("Decision no.", "CAB/2026/031"),
        ("Key decision", "Yes – Forward Plan reference FP/2026/009"),
        ("Portfolio", "Place"),
        ("Decision", parts("Cabinet RESOLVED to:", d5)),
        ("Reasons for the decision", "To meet the rising cost of running the car parks, to keep the tariffs "
                                     "below those of neighbouring towns and to support town centre trade in the "
                                     "busiest month of the year."),
        ("Alternative options considered and rejected", "Keeping the current tariffs, which would leave a "
                                                         "shortfall of £146,000 in 2026/27; free parking on every "
                                                         "Saturday in the year, which would cost £210,000 a year."),
        ("Declarations of interest", no_interest),
        ("Call-in", "Subject to call-in."),
    ])
    blocks += block("Item 6 – Revenue and Capital Budget Monitoring, Quarter 3 2025/26", [
        ("Decision no.", "–"),
        ("Key decision", "No"),
        ("Portfolio", "Finance"),
        ("Decision", "Cabinet noted the forecast revenue overspend of £312,000 and the capital programme position at "
                     "31 December 2025. No decision was required."),
        ("Declarations of interest", no_interest),
        ("Call-in", "Not applicable."),
    ])
    blocks += block("Item 7 – Housing Allocations Policy Review", [
        ("Decision no.", "CAB/2026/032"),
        ("Key decision", "Yes – Forward Plan reference FP/2026/004"),
        ("Portfolio", "Housing"),
        ("Decision", d7),
        ("Reasons for the decision", "To give more priority to households in temporary accommodation and to care "
                                     "leavers, and to reflect the changes to the Code of Guidance, as the "
                                     "Overview and Scrutiny Committee asked in its review."),
        ("Alternative options considered and rejected", "Making only the changes the Code of Guidance requires."),
        ("Declarations of interest", "Councillor X.Y. declared that a member of her family is on the housing "
                                     "register; she took part in the discussion and the vote, as the Monitoring "
                                     "Officer had advised that the interest did not prevent her from doing so."),
        ("Call-in", "Not subject to call-in (a recommendation to Council, 22 April 2026)."),
    ])
    blocks += block("Item 8 – Grounds Maintenance and Street Cleansing Contract", [
        ("Decision no.", "CAB/2026/033"),
        ("Key decision", "Yes – Forward Plan reference FP/2025/051"),
        ("Portfolio", "Environment"),
        ("Decision", parts("Cabinet agreed:", d8, typed=True)),
        ("Reasons for the decision", "Greenway Landscapes Ltd submitted the most economically advantageous tender "
                                     "(price 60%, quality 40%) of the four received."),
        ("Alternative options considered and rejected", "Bringing the service in house, which was estimated to "
                                                         "cost £240,000 a year more; a shorter contract of three "
                                                         "years, which the market testing showed would attract "
                                                         "fewer bids."),
        ("Declarations of interest", no_interest),
        ("Call-in", "Subject to call-in."),
    ])
    blocks += block("Item 9 – Housing Assistance Policy 2026–2029", [
        ("Decision no.", "CAB/2026/034"),
        ("Key decision", "No"),
        ("Portfolio", "Housing"),
        ("Decision", d9),
        ("Reasons for the decision", "To use the Better Care Fund allocation for Disabled Facilities Grants in "
                                     "full and to help more people to stay in their own homes."),
        ("Alternative options considered and rejected", "Keeping the 2021 policy without the discretionary "
                                                         "top-up."),
        ("Declarations of interest", no_interest),
        ("Call-in", "Subject to call-in."),
    ])
    blocks += block("Item 11 – Millbourne Leisure Centre: Pool Plant Replacement (urgent item)", [
        ("Decision no.", "CAB/2026/035"),
        ("Key decision", "Yes – not on the Forward Plan; general exception notice published on 11 March 2026"),
        ("Portfolio", "Communities and Leisure"),
        ("Decision", parts("Cabinet RESOLVED to:", d11)),
        ("Reasons for the decision", "The filtration plant failed its inspection on 2 March 2026 and the main pool "
                                     "has been closed since then. The works must be ordered now if the pool is to "
                                     "reopen before the school summer term."),
        ("Alternative options considered and rejected", "Repairing the existing plant, which the inspector advised "
                                                         "would not be safe for more than a few months; a full "
                                                         "tender, which would keep the pool closed until the "
                                                         "autumn."),
        ("Declarations of interest", no_interest),
        ("Call-in", "**Not subject to call-in.** The Chair of the Overview and Scrutiny Committee agreed on 16 March "
                    "2026 that the decision is urgent and that any delay caused by the call-in process would "
                    "seriously prejudice the public interest (Overview and Scrutiny Procedure Rule 16)."),
    ])
    blocks += block("Item 12 – Land at Gasworks Lane (exempt appendix, considered in private)", [
        ("Decision no.", "CAB/2026/036"),
        ("Key decision", "Yes – Forward Plan reference FP/2026/012"),
        ("Portfolio", "Finance"),
        ("Decision", d12),
        ("Reasons for the decision", "To secure the remaining land needed for the Gasworks Lane housing scheme "
                                     "set out in the Millbourne Town Centre Masterplan."),
        ("Alternative options considered and rejected", "Compulsory purchase, which would delay the scheme by at "
                                                         "least 18 months."),
        ("Exempt information", "The appendix is exempt under paragraph 3 of Part 1 of Schedule 12A to the Local "
                               "Government Act 1972 (the financial or business affairs of any particular "
                               "person)."),
        ("Declarations of interest", no_interest),
        ("Call-in", "Subject to call-in."),
    ])
    blocks += [
        para("The meeting closed at 7.42 pm."),
        para("<<595959|Published by the Monitoring Officer, Millbourne Town Hall, Market Place, Millbourne MB1 "
             "1AA. If you need this record in another format, please contact Democratic Services on 01632 960 "
             "314.>>"),
    ]
    decisions = [decision("5", "CAB/2026/031", t, maker, date, kind="decision") for _, t in d5]
    decisions += [decision("7", "CAB/2026/032", d7, maker, date, kind="decision")]
    decisions += [decision("8", "CAB/2026/033", t, maker, date, kind="decision") for _, t in d8]
    decisions += [decision("9", "CAB/2026/034", d9, maker, date, kind="decision")]
    decisions += [decision("11", "CAB/2026/035", t, maker, date, kind="decision") for _, t in d11]
    decisions += [decision("12", "CAB/2026/036", d12, maker, date, kind="decision")]
    css = ("@page { margin: 20mm 17mm 18mm 17mm; "
           "@top-left { content: \"Millbourne Borough Council – Cabinet – 18 March 2026\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; font-style: italic; color: #555555; } "
           "@top-right { content: \"Record of Decisions\"; font-family: 'Liberation Sans', sans-serif; "
           "font-size: 7.5pt; font-style: italic; color: #555555; } "
           "@bottom-left { content: \"Published 20 March 2026 – call-in deadline 5.00 pm, 27 March 2026\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } "
           "@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } }\n"
           "h1.title { font-size: 20pt; margin-bottom: 2pt; }\n"
           "h2 { color: #1B5E6B; font-size: 11.5pt; border-bottom: 0.8pt solid #1B5E6B; padding-bottom: 2pt; "
           "margin-top: 12pt; break-after: avoid; }\n"
           "td { border-color: #9A9A9A; }\n"
           "td p { margin: 0 0 3pt 0; }\n"
           "td ol { margin: 0 0 3pt 0; padding-left: 22pt; }\n"
           "td li { margin-bottom: 2pt; }\n"
           "p, li { break-inside: avoid; }\n")
    return {
        "name": "millbourne-cabinet-record-of-decisions-18-march-2026",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": "Cabinet – Record of Decisions – 18 March 2026", "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Sans', sans-serif", "size": 10, "title_color": teal},
        "blocks": blocks,
        "gold": dict(genre="record of Cabinet decisions published after the meeting (decision numbers, key decision "
                           "references, reasons, alternatives, call-in)", kind="decision", title=title,
                     authority=MILLBOURNE, date=date, meeting=maker, decisions=decisions),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (an italic running header with council, Cabinet and date on the left and \"Record of Decisions\" on the right; a grey publication and call-in line bottom left and \"Page n of m\" bottom right); 4 pages. A teal bold capitals council line, the teal title \"Record of Decisions\", a bold meeting line, a borderless details table (Date of publication / Call-in deadline / Present / Also present / Contact; initials and portfolios, not items) and two paragraphs on what the record is and on call-in. One block per agenda item (5, 6, 7, 8, 9, 11, 12): a teal h2 with a rule and a bordered two-column table with bold grey label cells (Decision no. / Key decision / Portfolio / Decision / Reasons for the decision / Alternative options considered and rejected / Declarations of interest / Call-in; item 12 adds Exempt information); decision numbers CAB/2026/031–036, Forward Plan references FP/… in the Key decision cells; decisions written as \"Cabinet RESOLVED to:\" over an HTML-numbered (a)–(c) list (lower-case verbs, \";\" and \"; and\"), \"Cabinet agreed:\" over typed (i)–(iii) paragraphs each starting \"to …\", \"Cabinet RECOMMENDS to Council that … be adopted …\" and \"Cabinet approved …\"; item 6 with \"–\" as its number and \"Cabinet noted … No decision was required.\"; an urgent item with a general exception notice and a bold \"Not subject to call-in.\"; an exempt item considered in private; tables that run over page breaks; a grey publication line.",
    }


# ---------------------------------------------------------------------------
# AC2. Audit and Governance Committee minutes (python-docx → LibreOffice, Liberation Serif 10.5 pt,
#      NinthMWriter). Minute headings "AGC/38" … "AGC/49" as bold hanging paragraphs; "RESOLVED that …" on
#      one line, "RESOLVED that:" and "RECOMMENDED to Council that:" over typed (1)–(3) hanging parts; an
#      amendment lost and a recorded vote; a deferral; the exclusion of the press and public and an exempt
#      item summarised.
# ---------------------------------------------------------------------------


def millbourne_audit_committee_minutes():
    maker = "Audit and Governance Committee"
    title = "Audit and Governance Committee"
    d40 = ("the minutes of the meeting held on 25 November 2025 be approved as a correct record and signed by the "
           "Chair.")
    d41 = "the Auditor’s Annual Report 2024/25 be noted."
    d42 = [
        ("1", "the audited Statement of Accounts 2024/25 be approved;"),
        ("2", "the Chair be authorised to sign the Letter of Representation to Harlow Brightmore LLP on behalf of "
              "the Committee; and"),
        ("3", "the Committee’s thanks to the finance team for the completion of the audit be recorded."),
    ]
    d43 = [
        ("1", "the Internal Audit Progress Report to 31 December 2025 be noted; and"),
        ("2", "the Head of Internal Audit be asked to bring a follow-up report on the limited assurance audit of "
              "Housing Rents to the meeting on 24 March 2026, and the Head of Housing Services be asked to attend."),
    ]
    d44 = [
        ("1", "the Treasury Management Strategy Statement and Annual Investment Strategy 2026/27 be approved;"),
        ("2", "the Minimum Revenue Provision Policy Statement 2026/27 be approved; and"),
        ("3", "the Prudential Indicators and Treasury Management Indicators for 2026/27 to 2028/29 set out in "
              "Appendix B to the report be approved."),
    ]
    d45 = ("the revised Contract Procedure Rules at Appendix A to the report be adopted as part of the Constitution "
           "with effect from 1 April 2026.")
    d46 = ("consideration of the Corporate Risk Register be deferred to the meeting on 24 March 2026, so that the "
           "risk owner for the leisure operating contract can attend.")
    d48 = ("under section 100A(4) of the Local Government Act 1972 the press and public be excluded from the meeting "
           "for the following item, on the grounds that it involves the likely disclosure of exempt information as "
           "defined in paragraph 3 of Part 1 of Schedule 12A to the Act.")
    d49 = "the report be noted and the recovery action set out in paragraph 4 of the exempt report be endorsed."

    def minute(number, heading):
        return ("ph", 10.5, f"{number}\t{heading}")

    def para(text):
        return ("p", text)

    def part(n, text):
        return ("pn", f"({n})\t{text}")

    blocks = [
        ("pr", "<<7F7F7F|Agenda item 3 – 24 March 2026>>"),
        ("p", "<<2E4A7D|**MILLBOURNE BOROUGH COUNCIL**>>"),
        ("title", title),
        ("p", "**Minutes of the meeting held on Tuesday 27 January 2026 at 6.30 pm in Committee Room 2, Millbourne "
              "Town Hall**"),
        ("p", "**Present:** Councillor A.B. (Chair); Councillors C.D. (Vice-Chair), G.H. (substitute for Councillor "
              "E.F.), J.K., L.M., N.P. and Q.R.; Mr S.T. (Independent Member, non-voting)"),
        ("p", "**Officers:** Chief Finance Officer (section 151 officer); Monitoring Officer; Head of Internal Audit "
              "(Millbourne and Eastfold Audit Partnership); Principal Accountant; Democratic Services Officer"),
        ("p", "**Also present:** Engagement Lead and Audit Manager, Harlow Brightmore LLP (external auditor)"),
        minute("AGC/38", "APOLOGIES FOR ABSENCE AND SUBSTITUTIONS"),
        para("Apologies were received from Councillor E.F., for whom Councillor G.H. substituted."),
        minute("AGC/39", "DECLARATIONS OF INTEREST"),
        para("Councillor J.K. declared an other registrable interest in minute AGC/46 as a director of Millbourne "
             "Leisure Trust. As that item was deferred, he did not need to leave the meeting."),
        minute("AGC/40", "MINUTES"),
        para(f"**RESOLVED** that {d40}"),
        minute("AGC/41", "EXTERNAL AUDIT: AUDITOR’S ANNUAL REPORT 2024/25"),
        para("The Engagement Lead presented the Auditor’s Annual Report on the Council’s arrangements for securing "
             "value for money. No significant weaknesses had been found. One improvement recommendation, on the "
             "monitoring of savings in the medium term financial strategy, had been made and accepted by management. "
             "In answer to Councillor L.M., the Engagement Lead said that the recommendation did not affect the "
             "opinion, and that progress on it would be reported in next year’s report."),
        para(f"**RESOLVED** that {d41}"),
        minute("AGC/42", "STATEMENT OF ACCOUNTS 2024/25 AND LETTER OF REPRESENTATION"),
        para("The Chief Finance Officer presented the audited Statement of Accounts 2024/25. The audit had found two "
             "adjusted misstatements, both in the valuation of land and buildings, which increased net assets by "
             "£1.26 million and did not affect the General Fund balance. The auditor expected to issue an "
             "unqualified opinion once the Letter of Representation was signed."),
        para("Members asked about the delay to the audit. The Audit Manager explained that the firm had been "
             "working through the backlog of local audits, and that the 2025/26 audit was planned to finish by the "
             "statutory date of 27 February 2027."),
        ("pk", "**RESOLVED** that:"),
        part(*d42[0]), part(*d42[1]), part(*d42[2]),
        minute("AGC/43", "INTERNAL AUDIT PROGRESS REPORT"),
        para("The Head of Internal Audit reported that 14 of the 22 audits in the 2025/26 plan had been completed. "
             "Of those, one – Housing Rents – had been given limited assurance, because arrears cases had not been "
             "reviewed within the timescales in the procedure. Members were concerned that this was the second "
             "limited assurance opinion on the service in three years."),
        ("pk", "**RESOLVED** that:"),
        part(*d43[0]), part(*d43[1]),
        minute("AGC/44", "TREASURY MANAGEMENT STRATEGY 2026/27"),
        para("The Principal Accountant presented the draft strategy. The Council expected to borrow up to £18 "
             "million in 2026/27 for the capital programme, mainly for the Gasworks Lane housing scheme, and would "
             "keep its investments with the Debt Management Office and money market funds. The Independent Member "
             "asked that future reports show the interest rate risk of the borrowing in a table, which the Chief "
             "Finance Officer agreed to do."),
        ("pk", "**RECOMMENDED to Council** that:"),
        part(*d44[0]), part(*d44[1]), part(*d44[2]),
        minute("AGC/45", "REVIEW OF THE CONSTITUTION: CONTRACT PROCEDURE RULES"),
        para("The Monitoring Officer presented revised Contract Procedure Rules, which reflect the Procurement Act "
             "2023. The main change would raise the value above which a formal tender is needed from £50,000 to "
             "£75,000."),
        para("Councillor L.M. moved, and Councillor N.P. seconded, an amendment that the threshold should stay at "
             "£50,000. On being put to the vote the amendment was **LOST** (3 for, 4 against)."),
        para("The recommendation in the report was then put to the vote. A recorded vote having been requested, the "
             "voting was as follows:"),
        ("table", {"cols": [3.0, 13.0], "font": 9.5, "rules": True, "rows": [
            [{"text": "For (4)", "bold": True}, "Councillors A.B., C.D., G.H. and Q.R."],
            [{"text": "Against (2)", "bold": True}, "Councillors L.M. and N.P."],
            [{"text": "Abstained (1)", "bold": True}, "Councillor J.K."],
        ]}),
        ("pk", "The recommendation was therefore carried, and it was"),
        para(f"**RECOMMENDED to Council** that {d45}"),
        minute("AGC/46", "CORPORATE RISK REGISTER – QUARTER 3"),
        para("The Chair reported that the Director of Communities, who owns the risk on the leisure operating "
             "contract, was unable to attend, and proposed that the item be deferred."),
        para(f"**RESOLVED** that {d46}"),
        minute("AGC/47", "WORK PROGRAMME 2025/26"),
        para("The Committee noted its work programme. The Chair asked that the annual review of the Committee’s "
             "effectiveness be added to the meeting on 24 March 2026."),
        minute("AGC/48", "EXCLUSION OF THE PRESS AND PUBLIC"),
        para(f"**RESOLVED** that {d48}"),
        minute("AGC/49", "COUNTER FRAUD: INVESTIGATION UPDATE (EXEMPT)"),
        para("**Summary of the exempt minute.** The Committee considered an exempt report of the Head of Internal "
             "Audit on an investigation into irregular payments to a supplier of the building maintenance service, "
             "and the steps taken to recover the money and to strengthen the controls."),
        para(f"**RESOLVED** that {d49}"),
        para("The meeting closed at 8.51 pm."),
        para("Chair ..............................................    Date ..............................."),
    ]
    decisions = [decision("AGC/40", None, d40, maker), decision("AGC/41", None, d41, maker)]
    decisions += [decision("AGC/42", n, t, maker) for n, t in d42]
    decisions += [decision("AGC/43", n, t, maker) for n, t in d43]
    decisions += [decision("AGC/44", n, t, maker) for n, t in d44]
    decisions += [decision("AGC/45", None, d45, maker), decision("AGC/46", None, d46, maker),
                  decision("AGC/48", None, d48, maker), decision("AGC/49", None, d49, maker)]
    return {
        "name": "millbourne-audit-and-governance-committee-minutes-january-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-03", "doc_title": "Audit and Governance Committee – minutes – 27 January 2026",
                 "author": "Democratic Services", "ninth_m": True, "seventeenth_ac": True, "cant_split": True,
                 "font": "Liberation Serif",
                 "size": 10.5, "title_size": 17, "title_color": "2E4A7D",
                 "m_header": ("Millbourne Borough Council – Audit and Governance Committee – 27 January 2026",
                              "Page {PAGE} of {NUMPAGES}"),
                 "m_footer": ("Unconfirmed minutes – to be approved at the meeting on 24 March 2026",
                              "Chair’s initials ........")},
        "blocks": blocks,
        "gold": dict(genre="committee minutes (\"RESOLVED that:\" over typed (1)–(3) parts, \"RECOMMENDED to Council "
                           "that\", a recorded vote, a deferral, an exempt item)", kind="minutes", title=title,
                     authority=MILLBOURNE, date="2026-01-27", meeting=maker, decisions=decisions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Serif 10.5 pt, an italic running header (council – committee – date | \"Page X of Y\") and an italic footer (\"Unconfirmed minutes – to be approved at the meeting on 24 March 2026\" | \"Chair’s initials ........\"), rows that may not split; 3 pages. A grey right-aligned \"Agenda item 3 – 24 March 2026\" line, a blue bold capitals council line, the blue title, a bold \"Minutes of the meeting held on …\" line and bold-led Present / Officers / Also present paragraphs (initials, posts). Minutes AGC/38–AGC/49 as bold capital headings with a tab after the number (not heading styles). Resolutions: \"**RESOLVED** that …\" on one line (AGC/40, 41, 46, 48, 49); \"**RESOLVED** that:\" kept with typed (1)–(3) hanging paragraphs (\";\", \"; and\") in AGC/42 and AGC/43; \"**RECOMMENDED to Council** that:\" over typed (1)–(3) (AGC/44); in AGC/45 an amendment moved and seconded and \"LOST (3 for, 4 against)\", a recorded vote as a ruled three-row table (For / Against / Abstained with councillors' initials), \"The recommendation was therefore carried, and it was\" and a one-line \"RECOMMENDED to Council that …\"; a deferral resolved (AGC/46); \"The Committee noted its work programme.\" (no RESOLVED); an officer's agreement to change a report in prose; the exclusion of the press and public resolved (AGC/48) and a bold-led \"Summary of the exempt minute.\" before its resolution (AGC/49); closing time and a dotted signature line.",
    }


# ---------------------------------------------------------------------------
# AC3. Health and Wellbeing Board minutes (Markdown → pandoc DOCX, pandoc's styles). A "Summary of
#      decisions" table at the front; items as Heading 2 ending with a bold "Agreed:" over bullets;
#      "The Board noted …" items; Appendix A, the action log (Ref | Set | Action | Owner | Due | Status)
#      with actions carried from the meetings of November 2025 and January 2026.
# ---------------------------------------------------------------------------


def ravenholt_hwb_minutes():
    board = "Ravenholt Health and Wellbeing Board"
    # (item, bullets after "Agreed:")
    agreed = {
        "3": ["to approve the minutes of the meeting held on 15 January 2026 as a correct record."],
        "5": ["to approve the Joint Strategic Needs Assessment work programme for 2026/27 set out in Appendix 1 to "
              "the report;",
              "to ask the JSNA Steering Group to scope a new chapter on gambling harms and to report back to the "
              "Board in July 2026."],
        "6": ["to ratify the Quarter 3 2025/26 Better Care Fund return, which was submitted to NHS England on 6 "
              "February 2026 under the delegation agreed on 15 January 2026."],
        "7": ["to approve the draft Pharmaceutical Needs Assessment 2026 for a 60-day public consultation starting on "
              "1 April 2026;",
              "to delegate to the Director of Public Health, in consultation with the Chair, authority to make minor "
              "changes to the draft before it is published for consultation."],
        "8": ["the approach and timetable for the refresh of the Joint Local Health and Wellbeing Strategy set out "
              "in section 4 of the report;",
              "to hold a Board development session on the Strategy’s priorities on 23 April 2026."],
    }
    # (ref, set, action, owner cell, owners, due cell, due, status cell, status)
    log = [
        ("HWB/25/21", "13/11/25", "Circulate the findings of the suicide prevention audit to Board members.",
         "Director of Public Health", ["Director of Public Health"], "31/12/2025", "2025-12-31", "Closed",
         "completed"),
        ("HWB/25/24", "13/11/25", "Bring an update on the Ravenholt Healthy Homes pilot, including the first year’s "
                                  "evaluation.",
         "Head of Housing Strategy / Public Health Consultant", ["Head of Housing Strategy",
                                                                 "Public Health Consultant"],
         "May 2026 (revised from March 2026)", "2026-05", "Open", "ongoing"),
        ("HWB/26/01", "15/01/26", "Submit the Quarter 3 Better Care Fund return to NHS England under the delegation "
                                  "agreed at this meeting.",
         "Director of Adult Social Care / ICB Director of Place", ["Director of Adult Social Care",
                                                                   "ICB Director of Place"],
         "06/02/2026", "2026-02-06", "Closed", "completed"),
        ("HWB/26/02", "15/01/26", "Arrange a session for Board members on the new health inequalities data "
                                  "dashboard.",
         "Board Manager", ["Board Manager"], "April 2026", "2026-04", "Open", "ongoing"),
        ("HWB/26/03", "15/01/26", "Write to NHS Ravenholt Integrated Care Board about access to NHS dentistry for "
                                  "children in care.",
         "Chair", ["Chair"], "", None, "Not started", "not-started"),
        ("HWB/26/04", "12/03/26", "Scope a JSNA chapter on gambling harms and report back to the Board.",
         "JSNA Lead", ["JSNA Lead"], "July 2026", "2026-07", "New", None),
        ("HWB/26/05", "12/03/26", "Publish the draft Pharmaceutical Needs Assessment for consultation and notify "
                                  "the bodies the regulations list.",
         "Director of Public Health;\n\nICB Pharmacy Lead", ["Director of Public Health", "ICB Pharmacy Lead"],
         "01/04/2026", "2026-04-01", "New", None),
        ("HWB/26/06", "12/03/26", "Send the invitation and briefing pack for the development session on 23 April.",
         "Board Manager", ["Board Manager"], "Next meeting", None, "New", None),
    ]

    def bullets(items):
        return "\n".join(f"- {text}" for text in items)

    md = [
        "**RAVENHOLT COUNTY COUNCIL**",
        f"# {board}",
        "**Minutes** of the meeting held on Thursday 12 March 2026 at 2.00 pm in the Council Chamber, County Hall, "
        "Ravenholt",
        "| **Members present:** Councillor M.A. (Chair, Cabinet Member for Adult Social Care and Health); Councillor "
        "P.B. (Cabinet Member for Children and Families); Director of Public Health; Director of Adult Social Care; "
        "Director of Children’s Services; ICB Director of Place (Vice-Chair); Chief Executive, Healthwatch Ravenholt; "
        "Chief Executive, Ravenholt Council for Voluntary Service; Superintendent, Ravenholt Police\n"
        "| **In attendance:** Board Manager; JSNA Lead; ICB Pharmacy Lead; Head of Housing Strategy (for item 8); "
        "Democratic Services Officer\n"
        "| **Apologies:** Councillor S.C.; Chief Executive, Ravenholt Community Health NHS Trust",
        grid_table([96], ["Summary of decisions taken at this meeting"], [
            ["Item 3 – Minutes of 15 January 2026 approved."],
            ["Item 5 – JSNA work programme 2026/27 approved; gambling harms chapter to be scoped."],
            ["Item 6 – Better Care Fund Quarter 3 return ratified."],
            ["Item 7 – Draft Pharmaceutical Needs Assessment approved for consultation; minor changes delegated to "
             "the Director of Public Health."],
            ["Item 8 – Approach to the Strategy refresh agreed; development session on 23 April 2026."],
        ]),
        "*The decisions are set out in full under each item below. Actions are listed in the action log at "
        "Appendix A.*",
        "## 1. Welcome, introductions and apologies",
        "The Chair welcomed members, in particular the new Superintendent for Ravenholt Police, who replaces the "
        "Chief Inspector on the Board. Apologies were noted as above.",
        "## 2. Declarations of interest",
        "The Chief Executive of Ravenholt Council for Voluntary Service declared an interest in item 8, as the CVS "
        "holds a contract for social prescribing. She took part in the discussion, as the item involved no decision "
        "about funding.",
        "## 3. Minutes and matters arising",
        "The Board reviewed the action log (Appendix A). The Board Manager reported that action HWB/26/03 had not "
        "been started, because the ICB was expected to publish its dental access plan in March; the Chair asked for "
        "the letter to be sent in any case.",
        "**Agreed:**",
        bullets(agreed["3"]),
        "## 4. Chair’s update",
        "The Chair reported on the regional Health and Wellbeing Board chairs’ network on 19 February 2026 and on "
        "the Government’s consultation on the future of the Better Care Fund. The Board noted the update.",
        "## 5. Joint Strategic Needs Assessment: work programme 2026/27",
        "The JSNA Lead presented the proposed work programme. Four chapters would be refreshed in 2026/27 (older "
        "people, housing and health, oral health and alcohol), and a data pack for each of the county’s five "
        "localities would be published in the autumn. Members asked for gambling harms to be considered: the "
        "Superintendent said that the police saw gambling debt in a growing number of domestic abuse cases, and the "
        "Chief Executive of Healthwatch Ravenholt said that people had raised it with Healthwatch for the first "
        "time this year.",
        "**Agreed:**",
        bullets(agreed["5"]),
        "## 6. Better Care Fund: Quarter 3 return",
        "The Director of Adult Social Care presented the return. All four national conditions were met. Discharges "
        "to a usual place of residence were at 92.4%, above the plan of 91.5%, but admissions to residential care of "
        "people aged 65 and over were higher than planned. The ICB Director of Place said that the ICB would fund "
        "six more reablement posts from April within the pooled budget.",
        "**Agreed:**",
        bullets(agreed["6"]),
        "## 7. Pharmaceutical Needs Assessment 2026",
        "The Director of Public Health presented the draft assessment. It concludes that there are no gaps in the "
        "provision of essential services in Ravenholt, but that access to pharmacies on Sunday afternoons is "
        "limited in the Upper Wend valley. The ICB Pharmacy Lead noted that two pharmacies in the county had closed "
        "in 2025 and that the assessment would be updated by a supplementary statement if others close.",
        "**Agreed:**",
        bullets(agreed["7"]),
        "## 8. Joint Local Health and Wellbeing Strategy: refresh",
        "The Director of Public Health presented the proposed approach to refreshing the Strategy, which ends in "
        "March 2027. It would keep the Board’s three priorities (starting well, living well and ageing well) but add "
        "a fourth cross-cutting priority on housing and health. The Head of Housing Strategy welcomed this and said "
        "that the district councils would want to be involved from the start. Members agreed that the draft should "
        "be shorter than the current Strategy.",
        "**Agreed:**",
        bullets(agreed["8"]),
        "## 9. Healthwatch Ravenholt: priorities for 2026/27",
        "The Chief Executive of Healthwatch Ravenholt presented the organisation’s priorities for the year: GP "
        "access, mental health support for young people and care at home. The Board noted the report and thanked "
        "Healthwatch for its work.",
        "## 10. Forward plan and any other business",
        "The Board noted its forward plan. There was no other business. The next meeting will be held on Thursday 14 "
        "May 2026 at 2.00 pm.",
        "*The meeting closed at 4.05 pm.*",
        PAGE_BREAK_MD,
        "## Appendix A: Action log (as at 12 March 2026)",
        "Status: **Closed** – action completed; **Open** – work is under way; **Not started** – work has not begun; "
        "**New** – action agreed at this meeting. Closed actions are removed from the log after they have been "
        "reported to one meeting.",
        grid_table([11, 11, 27, 22, 18, 13], ["Ref", "Set", "Action", "Owner", "Due", "Status"],
                   [[r[0], r[1], r[2], r[3], r[5], r[7]] for r in log]),
        "*Board Manager: hwb@ravenholt.example – 01632 960 581*",
    ]
    decisions = []
    for item, texts in agreed.items():
        decisions += [decision(item, None, text, board) for text in texts]
    actions = [action(r[0], r[2], r[4], r[5] or None, r[6], r[8]) for r in log]
    return {
        "name": "ravenholt-health-and-wellbeing-board-minutes-march-2026",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-03-19"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="health and wellbeing board minutes (\"Agreed:\" bullet lists, a summary of decisions at "
                           "the front, an action log appendix)", kind="minutes", title=board, authority=RAVENHOLT,
                     date="2026-03-12", meeting=board, decisions=decisions, actions=actions),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; 6 pages in a scratch LibreOffice conversion (one holding only the closing line before the page break). A bold capitals council line above the H1 board name; a \"**Minutes** of the meeting held on …\" line; a line block of Members present / In attendance / Apologies (posts, initials). **A one-column grid table \"Summary of decisions taken at this meeting\"** with five rows (\"Item 3 – Minutes of 15 January 2026 approved.\", \"Item 7 – Draft Pharmaceutical Needs Assessment approved for consultation; minor changes delegated …\") and an italic note that the decisions are set out in full under each item. Items 1.–10. as Heading 2; a declaration; matters arising that mention an action by its ref; each decided item ends with a bold \"**Agreed:**\" paragraph over a pandoc bullet list (one or two bullets, \"to approve …;\", \"to ask …\", \"to ratify …\", \"to delegate …\", one noun phrase \"the approach and timetable … set out in section 4 of the report;\"); \"The Board noted …\" items (4, 9, 10; no Agreed); an italic closing time. After a page break, Appendix A, \"Action log (as at 12 March 2026)\": a status key sentence (Closed / Open / Not started / New) and a grid table Ref | Set | Action | Owner | Due | Status of eight actions, two set in November 2025, three in January 2026 and three at this meeting; owners split by \"/\" and by \";\" plus a paragraph break; Due \"31/12/2025\", \"May 2026 (revised from March 2026)\", \"06/02/2026\", \"April 2026\", one empty, \"July 2026\", \"01/04/2026\", \"Next meeting\"; an italic contact line.",
    }


# ---------------------------------------------------------------------------
# AC4. Safeguarding Adults Board minutes as one landscape table (DOCX, python-docx, NinthMWriter, Arial
#      10 pt falling back). Item | Discussion | Decision | Action | Owner | Deadline, a shaded header row
#      repeated on each page; where an item has several actions the Item, Discussion and Decision cells
#      are merged down over one row per action.
# ---------------------------------------------------------------------------


def ravenholt_sab_minutes():
    board = "Ravenholt Safeguarding Adults Board"
    d2 = "The minutes of the meeting on 25 November 2025 were approved as an accurate record."
    d3 = ["The Board accepted the final report of the Safeguarding Adults Review into the death of Mr K and its six "
          "recommendations.",
          "The Board agreed to publish the report, with the Board’s response, on its website on 16 March 2026."]
    d4 = ("The Board agreed the timetable for the Annual Report 2025/26: partner contributions by 30 April 2026, the "
          "draft to the Board on 19 May 2026 and publication by 30 September 2026.")
    d7 = ["The Board approved the refreshed Self-Neglect and Hoarding Protocol, to take effect from 1 April 2026.",
          "The Board agreed that the Protocol will be reviewed after twelve months, informed by a multi-agency audit "
          "of self-neglect cases in March 2027."]
    d8 = ("The Board agreed to add a new risk (SAB14) to the risk register on the capacity of the Deprivation of "
          "Liberty Safeguards team, rated amber.")
    # (action, owner cell, owners, deadline cell, due)
    a3 = [("Prepare the action plan in response to the SAR, with a lead agency for each recommendation, for "
           "approval at the next meeting.", "SAR Sub-group Chair", ["SAR Sub-group Chair"], "Next meeting", None),
          ("Meet Mr K’s sister to share the report before it is published.",
           "Independent Chair /\nSAB Business Manager", ["Independent Chair", "SAB Business Manager"],
           "13/03/2026", "2026-03-13"),
          ("Agree a joint media statement with the partners’ communications teams.", "SAB Business Manager",
           ["SAB Business Manager"], "13/03/2026", "2026-03-13")]
    a4 = [("Send the annual report template and guidance to all partners.", "SAB Business Manager",
           ["SAB Business Manager"], "March 2026", "2026-03")]
    a5 = [("Add a measure of the use of independent advocacy in section 42 enquiries to the performance dashboard.",
           "Head of Safeguarding (RCC)", ["Head of Safeguarding (RCC)"], "Q1 2026/27", "2026-06")]
    a6 = [("Share the ICB’s self-neglect audit tool with the other partners.",
           "ICB Designated Nurse", ["ICB Designated Nurse"], "April 2026", "2026-04")]
    a7 = [("Publish the Protocol and launch it at the practitioner forum on 9 April.",
           "L&D Sub-group Chair /\nSAB Business Manager", ["L&D Sub-group Chair", "SAB Business Manager"],
           "09/04/2026", "2026-04-09"),
          ("Ask Ravenholt Fire and Rescue Service to include the Protocol in its home fire safety visit training.",
           "Independent Chair", ["Independent Chair"], "", None)]
    a8 = [("Update the risk register and circulate it with the minutes.", "SAB Business Manager",
           ["SAB Business Manager"], "With the minutes", None)]

    def cell(*paras):
        return {"blocks": [("p", p) for p in paras]}

    def item_rows(number, title, discussion, decisions, actions):
        """One row per action (at least one row); Item, Discussion and Decision merged down over them."""
        n = max(1, len(actions))
        first = [{"text": number, "bold": True, "vspan": n},
                 {"blocks": [("p", f"**{title}**")] + [("p", p) for p in discussion], "vspan": n},
                 dict(cell(*decisions), vspan=n) if decisions else {"text": "–", "vspan": n}]
        rows = []
        for i in range(n):
            lead = first if i == 0 else ["^", "^", "^"]
            if actions:
                text, owner, _, deadline, _ = actions[i]
                rows.append(lead + [text, owner, deadline])
            else:
                rows.append(lead + ["–", "", ""])
        return rows

    rows = []
    rows += item_rows("1", "Welcome, introductions and apologies", [
        "The Independent Chair welcomed members and introduced the new Head of Safeguarding for Ravenholt "
        "Community Health NHS Trust. Apologies were received from the Director of Housing (Ravenholt District "
        "Councils) and the Probation Service Head of Ravenholt. The meeting was quorate."], [], [])
    rows += item_rows("2", "Minutes of the last meeting and action log", [
        "Members agreed the minutes without amendment. All actions on the log were complete except 11/25-3 (the "
        "multi-agency training needs analysis), which is due in April 2026 and stays on the log."], [d2], [])
    rows += item_rows("3", "Safeguarding Adults Review: Mr K (final report)", [
        "The SAR Sub-group Chair presented the final report of the independent reviewer. Mr K, aged 67, died at home "
        "in January 2025 after a long period of self-neglect. Six agencies had been in contact with him in the "
        "previous two years, but no agency had led a multi-agency response and his refusal of help had not been "
        "tested against his capacity to make that decision.",
        "Members discussed the six recommendations, which are addressed to the Board, and the draft response. The "
        "Police representative asked that the learning about welfare checks be shared with front-line officers "
        "before publication; the Chair agreed."], d3, a3)
    rows += item_rows("4", "Annual Report 2025/26", [
        "The SAB Business Manager set out the timetable and the template for partners’ contributions. The Care Act "
        "2014 requires the report to be sent to the Leader of the Council, the Police and Crime Commissioner, "
        "Healthwatch and the Health and Wellbeing Board."], [d4], a4)
    rows += item_rows("5", "Strategic Plan 2025–2028: Year 1 progress", [
        "The Head of Safeguarding (RCC) presented the Year 1 progress report. Nineteen of the 24 Year 1 actions are "
        "complete. Section 42 enquiries rose by 11% in 2025, with self-neglect and financial abuse the most common "
        "types. Members asked how often people were offered an independent advocate during an enquiry; the figure is "
        "not yet reported."], ["Noted."], a5)
    rows += item_rows("6", "Partner assurance: ICB self-neglect audit", [
        "The ICB Designated Nurse presented the ICB’s audit of 30 GP records of people known to be self-neglecting. "
        "Capacity assessments were recorded in 17 cases, and 9 of the 30 people had been referred to adult social "
        "care. The audit tool could be used by other partners."], ["Noted."], a6)
    rows += item_rows("7", "Self-Neglect and Hoarding Protocol (refresh)", [
        "The L&D Sub-group Chair presented the refreshed Protocol, which includes the learning from the Mr K review: "
        "a named lead agency for every case, an escalation route to a multi-agency risk meeting, and guidance on "
        "assessing executive capacity. Ravenholt Fire and Rescue Service had been consulted and supports it."],
        d7, a7)
    rows += item_rows("8", "Risk register", [
        "The SAB Business Manager presented the risk register. The Head of Safeguarding (RCC) reported that the "
        "Deprivation of Liberty Safeguards team had a backlog of 412 applications, up from 288 a year ago."],
        [d8], a8)
    rows += item_rows("9", "Any other business and date of next meeting", [
        "There was no other business. The next meeting will be held on Tuesday 19 May 2026 at 9.30 am, in person, at "
        "County Hall, Ravenholt."], [], [])

    attendance = [
        [{"text": "Present:", "bold": True},
         "Independent Chair (Chair); Director of Adult Social Care, Ravenholt County Council (RCC); Head of "
         "Safeguarding (RCC); ICB Designated Nurse for Safeguarding Adults, NHS Ravenholt Integrated Care Board; "
         "Detective Chief Inspector, Public Protection, Ravenholt Police; Head of Safeguarding, Ravenholt Community "
         "Health NHS Trust; Head of Safeguarding, Ravenholt Hospitals NHS Foundation Trust; Station Manager, "
         "Prevention, Ravenholt Fire and Rescue Service; Chief Executive, Healthwatch Ravenholt"],
        [{"text": "In attendance:", "bold": True},
         "SAB Business Manager; SAR Sub-group Chair; Learning and Development (L&D) Sub-group Chair; Minute taker"],
        [{"text": "Apologies:", "bold": True},
         "Director of Housing, Ravenholt District Councils; Head of Ravenholt Probation Delivery Unit"],
    ]
    blocks = [
        ("p", "<<5B2C6F|**RAVENHOLT COUNTY COUNCIL  ·  NHS RAVENHOLT INTEGRATED CARE BOARD  ·  RAVENHOLT POLICE**>>"),
        ("title", board),
        ("p", "**Minutes of the Board meeting held on Tuesday 24 February 2026, 9.30 am to 12.30 pm, by Microsoft "
              "Teams**"),
        ("table", {"cols": [3.2, 22.5], "borders": False, "font": 9, "rows": attendance}),
        ("table", {"cols": [1.2, 9.1, 5.2, 5.3, 2.9, 2.0], "font": 9, "header_fill": "E4D7EA",
                   "header": ["Item", "Discussion", "Decision", "Action", "Owner", "Deadline"], "rows": rows}),
        ("p", "<<595959|Minutes approved by the Board on: ....................    SAB Business Manager: "
              "sab@ravenholt.example – 01632 960 744>>"),
    ]
    decisions = [decision("2", None, d2, board)]
    decisions += [decision("3", None, t, board) for t in d3]
    decisions += [decision("4", None, d4, board)]
    decisions += [decision("7", None, t, board) for t in d7]
    decisions += [decision("8", None, d8, board)]
    actions = [action(None, t, owners, deadline or None, due, None)
               for t, _, owners, deadline, due in a3 + a4 + a5 + a6 + a7 + a8]
    return {
        "name": "ravenholt-safeguarding-adults-board-minutes-february-2026",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-03-03", "doc_title": "Ravenholt SAB – minutes – 24 February 2026",
                 "author": "SAB Business Unit", "ninth_m": True, "cant_split": True, "landscape": True,
                 "font": "Arial", "size": 10, "title_size": 16, "title_color": "5B2C6F",
                 "m_header": ("Ravenholt Safeguarding Adults Board – minutes – 24 February 2026", "OFFICIAL"),
                 "m_footer": ("Draft until approved by the Board", "Page {PAGE}")},
        "blocks": blocks,
        "gold": dict(genre="safeguarding adults board minutes set out as one table (Item | Discussion | Decision | "
                           "Action | Owner | Deadline)", kind="minutes", title=board, authority=RAVENHOLT,
                     date="2026-02-24", meeting=board, decisions=decisions, actions=actions),
        "layout": "DOCX (python-docx), landscape (Letter, as python-docx sets it), Arial 10 pt (falls back to Liberation Sans), an italic running header (board – minutes – date | \"OFFICIAL\") and an italic footer (\"Draft until approved by the Board\" | \"Page X\"), rows that may not split; 3 pages in a scratch LibreOffice conversion. A purple bold capitals line naming the three statutory partners (Ravenholt County Council · NHS Ravenholt Integrated Care Board · Ravenholt Police), the purple title (the Board's name), a bold meeting line and a borderless 9 pt attendance table (Present / In attendance / Apologies; posts). **The minutes are one 9 pt table Item | Discussion | Decision | Action | Owner | Deadline** with a lilac header row repeated on each page: items 1–9, each Discussion cell a bold item title over one or two paragraphs; where an item has several actions (3, 7) the Item, Discussion and Decision cells are merged down over one row per action; Decision cells hold the Board's own sentences (\"The minutes … were approved as an accurate record.\", \"The Board accepted …\", \"The Board agreed to …\", \"The Board agreed that …\", \"The Board approved …\"; two paragraphs in items 3 and 7), \"Noted.\" (5, 6) or \"–\"; Action cells imperatives with \"–\" where there is none; Owner cells with posts, \"Independent Chair /⏎SAB Business Manager\" (a paragraph break after the slash) and \"(RCC)\"; Deadline \"Next meeting\", \"13/03/2026\", \"March 2026\", \"Q1 2026/27\", \"April 2026\", \"09/04/2026\", one empty, \"With the minutes\". A SAR's six recommendations are mentioned (not items). A grey approval and contact line.",
    }


# ---------------------------------------------------------------------------
# AC5. Scrutiny task group notes and actions (Markdown → pandoc DOCX → LibreOffice, pandoc's styles).
#      Bold numbered item lines (not headings); decisions as sentences ("The group agreed that …", "It
#      was agreed to …"); bold "ACTION:" lines with initials and "by 19 February"-style dates; a figures
#      table.
# ---------------------------------------------------------------------------


def millbourne_task_group_notes():
    group = "Temporary Accommodation Task Group"
    # decisions: (item, sentence as printed, text after the stem)
    dec = [
        ("1", "The group agreed ", "the notes of the meeting on 15 January 2026."),
        ("2", "It was agreed ", "to ask the Head of Housing Services for the cost per night of each type of "
                                "temporary accommodation, so that the group can compare them in its report."),
        ("3", "The group agreed that ", "the final report should include a recommendation on buying more "
                                        "council-owned temporary accommodation, subject to what the site visit shows."),
        ("5", "It was agreed ", "to rearrange the visit to Riverside Court for Thursday 26 February 2026 at 2.00 pm."),
        ("6", "The group agreed that ", "the draft report will go to the Overview and Scrutiny Committee on 14 April "
                                        "2026 and then to Cabinet on 20 May 2026."),
    ]
    # actions: (item, text after "ACTION:", owners, timeframe, due)
    act = [
        ("2", "SK to provide the cost per night of bed and breakfast, nightly-let and council-owned temporary "
              "accommodation for 2025/26 by 19 February.", ["SK"], "by 19 February", "2026-02-19"),
        ("3", "LT to send members the business case model used for the purchase of Riverside Court by 19 "
              "February.", ["LT"], "by 19 February", "2026-02-19"),
        ("4", "RH to arrange a session with families in temporary accommodation, with the Millbourne Families "
              "Project, before the next meeting.", ["RH"], "before the next meeting", None),
        ("5", "RH to confirm the visit with all members and book the minibus.", ["RH"], None, None),
        ("6", "EG and RH to prepare a first draft of the findings by 20 March.", ["EG", "RH"], "by 20 March",
         "2026-03-20"),
        ("6", "All to send RH any draft recommendations by 6 March.", ["All"], "by 6 March", "2026-03-06"),
    ]
    D = {item: (stem + text) for item, stem, text in dec}
    A = {}
    for item, text, *_ in act:
        A.setdefault(item, []).append(f"**ACTION:** {text}")

    def head(text):
        return f"**{text}**"

    md = [
        "**MILLBOURNE BOROUGH COUNCIL – OVERVIEW AND SCRUTINY COMMITTEE**",
        f"# {group}",
        "**Notes and actions** – meeting 3, Thursday 5 February 2026, 10.00 am to 12.15 pm, Committee Room 1, "
        "Millbourne Town Hall",
        "| **Members:** Cllr E.G. (EG, Chair), Cllr H.K. (HK), Cllr M.N. (MN), Cllr P.Q. (PQ)\n"
        "| **Officers:** RH – Scrutiny Officer; SK – Head of Housing Services; DP – Housing Options Manager; LT – "
        "Finance Business Partner (item 3 only)\n"
        "| **Apologies:** Cllr W.Z.",
        "*These are informal notes of a task group meeting, not formal minutes. Actions are shown in bold with the "
        "initials of the person who will do them.*",
        head("1. Notes of the last meeting and actions"),
        f"{D['1']} All actions from that meeting were done, except the visit to Riverside Court, which had to be "
        "cancelled because of the snow (see item 5).",
        head("2. Temporary accommodation: the figures"),
        "SK took the group through the figures below. The number of households in temporary accommodation has risen "
        "by a third since April 2025, and families with children now spend an average of 19 weeks in it. The "
        "Council has no hostel of its own for families; Riverside Court (14 flats) is its only council-owned "
        "block.",
        grid_table([44, 14, 14, 14, 14],
                   ["Households in temporary accommodation (end of month)", "Oct 2025", "Nov 2025", "Dec 2025",
                    "Jan 2026"],
                   [["Bed and breakfast", "18", "21", "26", "24"],
                    ["Nightly-let self-contained", "37", "39", "41", "44"],
                    ["Council-owned (Riverside Court)", "14", "14", "14", "14"],
                    ["Housing association leased", "12", "12", "13", "13"],
                    ["**Total**", "**81**", "**86**", "**94**", "**95**"],
                    ["Of which families with children", "49", "52", "58", "57"]]),
        "Members asked why bed and breakfast is still used for families when the law limits it to six weeks. DP "
        "said that on 31 January four families had been in bed and breakfast for longer than six weeks, all because "
        "no self-contained unit of the right size was free. HK asked how the costs compare.",
        f"{D['2']}",
        *A["2"],
        head("3. The cost to the Council"),
        "LT explained that the Council can claim housing benefit subsidy only up to the January 2011 local housing "
        "allowance rate, so it meets most of the cost of bed and breakfast and nightly-let units itself. The gap was "
        "£1.1 million in 2024/25 and is forecast at £1.4 million in 2025/26. Buying Riverside Court in 2022 had "
        "saved about £190,000 a year. Members thought that the evidence for buying more units was strong.",
        f"{D['3']}",
        *A["3"],
        head("4. Families’ experiences"),
        "RH summarised the survey of 23 families carried out by the Millbourne Families Project in December. Most "
        "had been placed more than five miles from their children’s schools, and several said that they had not "
        "been told how long they would stay. The Millbourne Families Project recommended that the Council should "
        "stop placing families outside the borough. Members wanted to hear from families directly.",
        *A["4"],
        head("5. Visit to Riverside Court"),
        f"{D['5']}",
        *A["5"],
        head("6. Timetable for the report"),
        f"{D['6']} Members discussed the likely themes for recommendations: prevention, the supply of temporary "
        "accommodation, and communication with families.",
        *A["6"],
        head("7. Next meeting"),
        "Thursday 26 February 2026, after the visit to Riverside Court, in Committee Room 1.",
        "*Notes taken by RH, Scrutiny Officer – scrutiny@millbourne.example – 01632 960 319*",
    ]
    decisions = [decision(item, None, text, group) for item, _, text in dec]
    actions = [action(None, text, owners, tf, due, None) for _, text, owners, tf, due in act]
    return {
        "name": "millbourne-temporary-accommodation-task-group-notes-february-2026",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-02-09"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="informal notes and actions of a scrutiny task group (\"The group agreed that …\", \"It "
                           "was agreed to …\", \"ACTION: XX to …\")", kind="minutes", title=group,
                     authority=MILLBOURNE, date="2026-02-05", meeting=group, decisions=decisions, actions=actions),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles; 3 pages. A bold capitals council and committee line above the H1 (the task group's name); a \"**Notes and actions** – meeting 3, …\" line; a line block of Members (with their initials in brackets) / Officers (\"RH – Scrutiny Officer\") / Apologies; an italic note that these are informal notes, not minutes. Items as bold numbered paragraphs \"1. …\"–\"7. …\" (not headings). Decisions are sentences inside or as paragraphs: \"The group agreed the notes of …\", \"It was agreed to ask …\", \"The group agreed that … should …\", \"It was agreed to rearrange …\", \"The group agreed that the draft report will go …\"; six bold \"**ACTION:** XX to …\" paragraphs (initials, \"EG and RH\", \"All\"; \"by 19 February\", \"by 20 March\", \"by 6 March\", \"before the next meeting\", one with no date). A figures pipe table of households in temporary accommodation by month; \"The Millbourne Families Project recommended that the Council should …\" (reported, not an item); \"Members discussed the likely themes for recommendations …\" (not items); the next meeting and an italic notes-taken-by line.",
    }


# ---------------------------------------------------------------------------
# AC6. Councillors' attendance record 2025/26 (python-docx → LibreOffice, landscape, Liberation Sans
#      Narrow 9 pt, NinthMWriter). A councillors table and a committees table; for information, nothing
#      to find.
# ---------------------------------------------------------------------------


def ravenholt_attendance_record():
    title = "Councillors’ Attendance at Meetings, 1 April 2025 to 31 March 2026"
    # councillor, division, group, expected, attended, apologies, note
    members = [
        ("A.A.", "Abbotsley and Wend", "Conservative", 18, 17, 1, ""),
        ("B.B.", "Ashgrove", "Liberal Democrat", 22, 20, 2, ""),
        ("C.B.", "Barnholme North", "Labour", 16, 16, 0, ""),
        ("D.C.", "Barnholme South", "Labour", 20, 15, 4, "Leave of absence agreed by Council, October–November 2025"),
        ("E.D.", "Brackley Vale", "Conservative", 31, 30, 1, "Leader of the Council"),
        ("F.E.", "Burwell Fen", "Green", 14, 12, 2, ""),
        ("G.F.", "Castle Ravenholt", "Conservative", 27, 25, 2, "Cabinet Member"),
        ("H.G.", "Chalkhill", "Independent", 12, 9, 2, ""),
        ("J.H.", "Coldharbour", "Conservative", 19, 19, 0, ""),
        ("K.J.", "Deneside", "Liberal Democrat", 17, 14, 3, ""),
        ("L.K.", "Eastwick", "Conservative", 24, 23, 1, "Cabinet Member"),
        ("M.L.", "Fairmead", "Labour", 15, 13, 2, ""),
        ("N.M.", "Fenny Ravenholt", "Conservative", 13, 13, 0, "Chair of the Council"),
        ("P.N.", "Gosford", "Liberal Democrat", 21, 19, 2, "Leader of the Opposition"),
        ("Q.P.", "Harlow Edge", "Conservative", 16, 14, 1, ""),
        ("R.Q.", "Kingsmere", "Conservative", 25, 24, 1, "Cabinet Member"),
        ("S.R.", "Lower Wend", "Green", 18, 18, 0, ""),
        ("T.S.", "Marsh Gibbon", "Conservative", 14, 11, 3, ""),
        ("U.T.", "Millbourne East", "Liberal Democrat", 20, 18, 2, ""),
        ("V.U.", "Millbourne West", "Labour", 17, 16, 1, ""),
        ("W.V.", "Northfield", "Conservative", 23, 22, 1, "Cabinet Member"),
        ("X.W.", "Oakhanger", "Conservative", 15, 15, 0, ""),
        ("Y.X.", "Priors Green", "Independent", 11, 10, 1, ""),
        ("Z.Y.", "Ravenholt Central", "Labour", 19, 17, 2, ""),
        ("A.Z.", "Ravenholt Rural", "Conservative", 9, 9, 0, "Elected at the by-election on 11 September 2025"),
        ("B.A.", "St Edith’s", "Liberal Democrat", 16, 12, 2, ""),
        ("C.A.", "Stanwick", "Conservative", 22, 21, 1, "Cabinet Member"),
        ("D.A.", "Thornby", "Conservative", 18, 16, 2, ""),
        ("E.A.", "Upper Wend", "Green", 13, 13, 0, ""),
        ("F.A.", "Westmoor", "Conservative", 21, 20, 1, "Deputy Leader"),
        ("G.A.", "Whitcombe", "Liberal Democrat", 14, 11, 3, ""),
        ("H.A.", "Yarnfield", "Conservative", 17, 17, 0, ""),
    ]
    rows = []
    tot_e = tot_a = 0
    for name, division, group, expected, attended, apologies, note in members:
        absent = expected - attended - apologies
        assert absent >= 0, name
        tot_e += expected
        tot_a += attended
        rows.append([f"Cllr {name}", division, group, str(expected), str(attended), str(apologies), str(absent),
                     f"{100 * attended / expected:.0f}%", note])
    rows.append([{"text": "All councillors", "bold": True, "span": 3}, "<", "<",
                 {"text": str(tot_e), "bold": True}, {"text": str(tot_a), "bold": True}, "", "",
                 {"text": f"{100 * tot_a / tot_e:.0f}%", "bold": True}, ""])
    committees = [
        ("Council", 6, 32, 93), ("Cabinet", 11, 7, 97), ("Audit and Governance Committee", 5, 9, 84),
        ("Adults and Health Scrutiny Committee", 6, 11, 88), ("Children and Young People Scrutiny Committee", 6, 11, 86),
        ("Corporate Scrutiny Committee", 7, 11, 90), ("Planning and Regulation Committee", 10, 13, 87),
        ("Pension Fund Committee", 4, 7, 89), ("Health and Wellbeing Board (councillor members)", 5, 3, 87),
        ("Standards Committee", 2, 7, 79), ("Corporate Parenting Panel", 4, 9, 81),
    ]
    committee_rows = [[c, str(m), str(n), f"{p}%"] for c, m, n, p in committees]
    blocks = [
        ("p", "<<8B2500|**RAVENHOLT COUNTY COUNCIL**>>"),
        ("p", "<<595959|Democratic Services  ·  County Hall, Castle Street, Ravenholt RV1 2QT>>"),
        ("title", title),
        ("p", "**Published 10 April 2026**"),
        ("ph", 11, "About this record"),
        ("p", "This record shows how many formal meetings each councillor was expected to attend in 2025/26 and how "
              "many they attended. It covers meetings of the Council, the Cabinet and the committees, sub-committees "
              "and panels to which the councillor was appointed. Meetings of outside bodies, working groups, "
              "briefings and training sessions are not included. The Council publishes the record every year so "
              "that residents can see it; it is not a report to a meeting."),
        ("p", "“Expected” counts the meetings of bodies of which the councillor was a member on the date of the "
              "meeting, and meetings attended as a substitute. “Apologies” counts apologies sent before the meeting. "
              "“Absent” counts meetings the councillor did not attend and for which no apologies were recorded. A "
              "councillor who attended part of a meeting is counted as present. Figures are taken from the "
              "attendance recorded in the signed minutes."),
        ("ph", 11, "1. Attendance by councillor"),
        ("table", {"cols": [2.0, 3.8, 3.0, 1.8, 1.8, 1.8, 1.6, 2.0, 7.9], "font": 8.5, "header_fill": "F2DCDB",
                   "header": ["Councillor", "Division", "Group", "Expected", "Attended", "Apologies", "Absent",
                              "Attendance", "Note"], "rows": rows}),
        ("ph", 11, "2. Attendance by meeting body"),
        ("table", {"cols": [9.0, 3.0, 3.0, 3.5], "font": 8.5, "header_fill": "F2DCDB",
                   "header": ["Body", "Meetings held", "Members", "Average attendance"], "rows": committee_rows}),
        ("p", "Under section 85 of the Local Government Act 1972 a councillor who does not attend any meeting of the "
              "authority for six consecutive months stops being a councillor, unless the Council has approved the "
              "reason for the absence before the six months end. No councillor came close to that limit in "
              "2025/26."),
        ("p", "<<595959|Questions about this record: Democratic Services, democratic.services@ravenholt.example, "
              "01632 960 402. Attendance for earlier years is available on the Council’s website.>>"),
    ]
    return {
        "name": "ravenholt-county-council-councillors-attendance-2025-26",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-04-10", "doc_title": "Councillors’ attendance 2025/26",
                 "author": "Democratic Services", "ninth_m": True, "cant_split": True, "landscape": True,
                 "font": "Liberation Sans Narrow", "size": 9.5, "title_size": 15, "title_color": "8B2500",
                 "m_header": ("Ravenholt County Council – Councillors’ attendance 2025/26", "Published 10 April 2026"),
                 "m_footer": ("Source: signed minutes of meetings held 1 April 2025 to 31 March 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="record of councillors' attendance at meetings for the year (for information)",
                     kind="other", title=title, authority=RAVENHOLT, date="2026-04-10", meeting=None),
        "layout": "PDF (python-docx → LibreOffice), landscape, Liberation Sans Narrow 9.5 pt with 8.5 pt tables, an italic running header (council – record | \"Published 10 April 2026\") and an italic footer (source line | \"Page X of Y\"), rows that may not split; 2 pages. A dark red bold capitals council line, a grey service and address line, the dark red title, a bold \"Published 10 April 2026\" line; \"About this record\" (two paragraphs defining Expected, Apologies and Absent, and saying it is not a report to a meeting). \"1. Attendance by councillor\": a table Councillor | Division | Group | Expected | Attended | Apologies | Absent | Attendance | Note with a pink header repeated on page 2, 32 councillors by initials, percentages, notes (Leader, Cabinet Member, Chair of the Council, a leave of absence, a by-election) and a bold total row merged across three columns. \"2. Attendance by meeting body\": Body | Meetings held | Members | Average attendance. A paragraph on the six-month rule and a grey contact line. Nothing to find.",
    }


PAPERS = [
    millbourne_cabinet_record_of_decisions,
    millbourne_audit_committee_minutes,
    ravenholt_hwb_minutes,
    ravenholt_sab_minutes,
    millbourne_task_group_notes,
    ravenholt_attendance_record,
]
