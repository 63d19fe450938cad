"""Papers of the sixteenth batch, part AB ("other public bodies' committees"): six made-up committee
papers of public bodies that are not principal councils, each in its own body's conventions, from two
invented places:

  Hollowmead – Hollowmead Town Council (Full Council and its Finance and General Purposes Committee);
  Crossfell  – the Crossfell Police and Crime Panel (hosted by Crossfell Council) and the Police and
    Crime Commissioner for Crossfell; the Crossfell Fire and Rescue Authority; the Crossfell Combined
    Authority (an elected Mayor, a Combined Authority Board of five constituent councils and an
    Overview and Scrutiny Committee); the Crossfell Joint Health Overview and Scrutiny Committee
    (Crossfell Council, the lead authority, and two neighbouring unitary councils), with NHS Crossfell
    and Vale Integrated Care Board, Crossfell Teaching Hospitals NHS Foundation Trust and Crossfell
    Ambulance Service NHS Trust.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every firm, station, street, hospital and figure is made up.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, and without running it or using git. Read:
`Corpus/genres/README.md` (introduction, first layout table, the headers of parts V–Z, the part V
gold decisions on the police and crime panel and combined authority papers, the parish, town council,
precept, fire authority and joint health committee rules found with grep, "Second renditions",
"Rebuilding" and the closing gold decisions), `Corpus/gold/README.md`, `Corpus/gold/real/README.md`,
`build.py`, `render.py`, `gold.py`, and for conventions and helpers the writer part of
`papers_ninth_m.py`, `FarHWriter` in `papers_far_h.py`, `grid_table` in `papers_fresh.py` and
`papers_fifteenth_z.py` (module layout). Not `papers_sixteenth_aa.py`, written at the same time by
someone else. Each paper names its own split. Every gold value is written by hand beside the words
it labels; the part AB notes record the choices where the rules left room.

The python-docx papers set meta "ninth_m" and are written by papers_ninth_m.NinthMWriter; the town
council minutes also set meta "sixteenth_ab", whose small subclass below adds one block, a hanging
minute heading kept with the next paragraph. The Chromium paper uses papers_ninth_m's HTML wrapper
(meta "m_css"); the pandoc papers use papers_fresh.grid_table.

The papers (name – split – format – layout):

  AB1 hollowmead-town-council-minutes-february-2026 – tune – docx: town council minutes with minute
      numbers 25/141–25/155 hanging in a left margin, "It was proposed by Cllr …, seconded by Cllr …
      and RESOLVED to / that …" inside paragraphs, "Members NOTED …", public participation, a planning
      comments table and bold "Clerk to …" / "RFO to …" lines.
  AB2 crossfell-police-and-crime-panel-review-of-draft-police-and-crime-plan – unseen – chromium-pdf:
      a police and crime panel report on the Commissioner's draft plan, with covering (a)–(c) asks of
      the Panel and, in Appendix A, the Panel's draft report to the Commissioner with six boxed
      recommendations under theme headings.
  AB3 crossfell-fire-and-rescue-authority-crmp-consultation-outcome – unseen – lo-pdf: a fire and
      rescue authority report on the outcome of the community risk management plan consultation,
      with a Word-numbered i.–v. list "It is recommended that the Authority:", proposals and
      consultation tables and a "You said / Our response" appendix.
  AB4 crossfell-combined-authority-scrutiny-of-mayors-draft-budget-2026-27 – unseen – pandoc-docx: a
      combined authority overview and scrutiny committee's report on the Mayor's draft budget, with
      covering (a)/(b) asks and a No. | Recommendation | To grid table of six recommendations.
  AB5 crossfell-joint-health-scrutiny-stroke-services-nhs-response – tune – pandoc-lo-pdf: a joint
      health overview and scrutiny committee report setting its six recommendations on an NHS service
      change beside the NHS bodies' joint response (Position / Response / Lead / By when lines under
      each "Recommendation n" heading), with covering 1.–3. asks of the Joint Committee.
  AB6 hollowmead-town-council-schedule-of-payments-february-2026 – tune – lo-pdf: a town council's
      schedule of payments and receipts with a bank reconciliation and earmarked reserves, landscape,
      for information; nothing to find.
Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
import render as _render
from docx.shared import Cm
from gold import action, decision, recommendation
from papers_fresh import grid_table

# One helper render.py and NinthMWriter lack: a hanging minute heading kept with the paragraph that
# follows it, ("pk", text). A paper whose meta carries "sixteenth_ab" (as well as "ninth_m") is written
# by the writer below; every other paper goes to the wrapped function unchanged.


class SixteenthABWriter(papers_ninth_m.NinthMWriter):
    def blocks(self, blocks, container=None):
        for block in blocks:
            if block[0] == "pk":
                p = (container or self.doc).add_paragraph()
                fmt = p.paragraph_format
                fmt.left_indent = Cm(1.25)
                fmt.first_line_indent = Cm(-1.25)
                fmt.keep_together = True
                fmt.keep_with_next = True
                self.fill(p, block[1])
            else:
                super().blocks([block], container)


_wrapped_to_docx = _render.to_docx


def _to_docx(meta, blocks, path):
    if not meta.get("sixteenth_ab"):
        return _wrapped_to_docx(meta, blocks, path)
    writer = SixteenthABWriter(meta)
    writer.blocks(blocks)
    writer.finish()
    writer.save(path)
    return None


_render.to_docx = _to_docx

HOLLOWMEAD_TC = "Hollowmead Town Council"
CROSSFELL_COUNCIL = "Crossfell Council"
CROSSFELL_FRA = "Crossfell Fire and Rescue Authority"
CROSSFELL_CA = "Crossfell Combined Authority"
PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


def label(text, fill="E2EFDA"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AB1. Town council minutes (DOCX, python-docx, NinthMWriter, Liberation Sans 10.5 pt). Minute
#      numbers hang in a left margin ("pn" paragraphs); resolutions inside paragraphs; "Clerk to …"
#      lines in bold; a planning comments table.
# ---------------------------------------------------------------------------


def hollowmead_town_council_minutes():
    maker = HOLLOWMEAD_TC
    title = "HOLLOWMEAD TOWN COUNCIL"
    # (minute, text as printed after the stem)
    d141 = "to accept the reasons for absence given by Cllrs W.X. and Y.Z."
    d144 = "the minutes of the meeting of the Council held on 13 January 2026 be approved as a correct record and " \
           "signed by the Town Mayor."
    d147 = "the comments set out in the table below be submitted to Crossfell Council as the local planning " \
           "authority."
    d148a = "to approve the payments listed in the schedule for January 2026, totalling £18,462.37."
    d148d = "to reappoint Vale Audit Services as the Council’s internal auditor for 2025/26 at a fee of £1,150."
    d149 = "to award community grants of £750 to Hollowmead Community Larder, £500 to Hollowmead in Bloom and " \
           "£300 to 1st Hollowmead Scout Group, as recommended by the Grants Panel."
    d150 = "the quotation from Northfield Play Ltd of £14,960 plus VAT for resurfacing the Recreation Ground play " \
           "area be accepted, to be funded from the play area earmarked reserve."
    d151 = "to approve the pre-submission draft of the Hollowmead Neighbourhood Plan for consultation under " \
           "Regulation 14, from 2 March to 13 April 2026."
    d152 = "the Council responds to the Crossfell Fire and Rescue Authority’s consultation on its draft Community " \
           "Risk Management Plan 2026–2030 objecting to Proposal 2, the change to on-call crewing of the second " \
           "fire engine at Hollowmead fire station, in the terms drafted by Cllr G.H."
    d154 = "the press and public be excluded from the meeting for the following item under section 1(2) of the " \
           "Public Bodies (Admission to Meetings) Act 1960, because of the confidential nature of the business " \
           "(staffing)."
    d155 = "to accept the recommendation of the Staffing Committee that the post of Deputy Town Clerk and " \
           "Responsible Financial Officer be regraded to SCP 24 from 1 April 2026."
    # (text, owners, timeframe, due)
    a143 = ("Clerk to report the condition of footpath HM14 to Crossfell Council’s rights of way team.",
            ["Clerk"], None, None)
    a147 = ("Clerk to submit the comments through the planning portal by 17 February.", ["Clerk"],
            "by 17 February", "2026-02-17")
    a149 = ("Clerk to notify the applicants and send the grant conditions by 24 February.", ["Clerk"],
            "by 24 February", "2026-02-24")
    a150 = ("RFO to place the order and agree a start date with the contractor.", ["RFO"], None, None)
    a151 = ("Clerk and Cllr Q.R. to book the consultation drop-in sessions before the next meeting.",
            ["Clerk", "Cllr Q.R."], "before the next meeting", None)
    a152 = ("Clerk to submit the Council’s response to the Fire and Rescue Authority by 27 February.", ["Clerk"],
            "by 27 February", "2026-02-27")

    def minute(number, heading):
        return ("pk", f"**{number}\t{heading}**")

    def para(text):
        return ("pn", "\t" + text)

    def clerk(item):
        return ("pn", f"\t**{item[0]}**")

    planning = [
        ["26/00118/HOU", "14 Tanners Lane", "Two-storey side extension and dormer to rear", "No objection."],
        ["26/00131/FUL", "Land rear of 2–8 Mill Road", "Erection of four dwellings with access from Mill Road",
         "Objection: the access is on a narrow bend with no footway, and the site floods (Neighbourhood Plan "
         "draft policy HM6)."],
        ["26/00140/ADV", "The Old Bank, 3 Market Street", "Illuminated fascia sign",
         "Objection to illumination in the Conservation Area; no objection to an unlit sign."],
        ["26/00152/TCA", "St Aldhelm’s churchyard", "Fell one ash tree (ash dieback)", "No objection."],
    ]
    blocks = [
        ("pr", "<<1E5631|**Hollowmead Town Council**>>"),
        ("pr", "<<595959|The Guildhall, Market Street, Hollowmead HM1 2AB · 01632 960 127 · "
               "clerk@hollowmeadtc.example>>"),
        ("title", title),
        ("p", "**Minutes of the Meeting of the Full Council held on Tuesday 10 February 2026 at 7.00 pm in the "
              "Council Chamber, The Guildhall**"),
        ("p", "**Present:** Cllr A.B. (Town Mayor, in the Chair); Cllrs C.D. (Deputy Town Mayor), E.F., G.H., "
              "J.K., L.M., N.P., Q.R. and S.T."),
        ("p", "**In attendance:** Town Clerk; Deputy Town Clerk and Responsible Financial Officer (RFO); Cllr U.V. "
              "(Crossfell Council, Hollowmead ward) for items 25/141 to 25/146; three members of the public."),
        minute("25/141", "APOLOGIES FOR ABSENCE"),
        para("Apologies were received from Cllrs W.X. (work commitment) and Y.Z. (illness). It was proposed by "
             f"Cllr C.D., seconded by Cllr G.H. and RESOLVED {d141}"),
        minute("25/142", "DECLARATIONS OF INTEREST AND DISPENSATIONS"),
        para("Cllr J.K. declared a non-registrable interest in item 25/149 as a trustee of Hollowmead Community "
             "Larder and left the room for that item. No requests for dispensations had been received."),
        minute("25/143", "PUBLIC PARTICIPATION"),
        para("The meeting was adjourned at 7.03 pm for public participation."),
        para("A resident of Tanners Lane asked about the condition of the footpath between Tanners Lane and the "
             "Recreation Ground (HM14), which floods after rain. The Clerk said that footpaths are a matter for "
             "Crossfell Council, but that the Town Council would report it."),
        para("A representative of Hollowmead in Bloom thanked the Council for its support in 2025 and invited "
             "members to the spring planting day on 21 March."),
        para("The meeting was reconvened at 7.14 pm."),
        clerk(a143),
        minute("25/144", "MINUTES"),
        para("It was proposed by Cllr E.F., seconded by Cllr L.M. and RESOLVED that " + d144),
        minute("25/145", "TOWN MAYOR’S ANNOUNCEMENTS"),
        para("Members NOTED the Town Mayor’s engagements since the last meeting, including the Holocaust Memorial "
             "Day service on 27 January and the opening of the refurbished Larder premises on 5 February."),
        minute("25/146", "REPORT FROM THE WARD COUNCILLOR"),
        para("Cllr U.V. reported that Crossfell Council’s budget would be set on 26 February, that the review of "
             "car parking charges in Hollowmead had been postponed to the summer, and that the Market Street "
             "resurfacing would start after Easter. Members NOTED the report. Cllr U.V. left the meeting."),
        minute("25/147", "PLANNING"),
        para("Members considered the planning applications received since the last meeting. It was proposed by "
             "Cllr Q.R., seconded by Cllr N.P. and RESOLVED that " + d147),
        ("table", {"cols": [2.9, 3.4, 4.6, 6.1], "font": 9, "header_fill": "E2EFDA",
                   "header": ["Application", "Site", "Proposal", "Town Council comment"], "rows": planning}),
        clerk(a147),
        minute("25/148", "FINANCE"),
        para("**(a) Payments.** The schedule of payments for January 2026 had been circulated with the agenda. It "
             f"was proposed by Cllr C.D., seconded by Cllr S.T. and RESOLVED {d148a}"),
        para("**(b) Bank reconciliation.** Members NOTED the bank reconciliation at 31 January 2026, which had been "
             "checked against the statements and signed by Cllr E.F."),
        para("**(c) Precept 2026/27.** Members NOTED that Crossfell Council had confirmed receipt of the precept "
             "demand of £412,800 agreed at the meeting on 13 January 2026 (minute 25/131)."),
        para("**(d) Internal audit.** It was proposed by Cllr G.H., seconded by Cllr A.B. and RESOLVED unanimously "
             + d148d),
        minute("25/149", "COMMUNITY GRANTS 2025/26 (SECOND ROUND)"),
        para("Cllr J.K. had left the room. Members considered the report of the Grants Panel, which had assessed "
             "five applications against the Council’s grants policy. It was proposed by Cllr L.M., seconded by "
             f"Cllr E.F. and RESOLVED {d149} (7 in favour, 1 against)"),
        para("Cllr J.K. returned to the meeting."),
        clerk(a149),
        minute("25/150", "RECREATION GROUND PLAY AREA"),
        para("The Clerk reported that three quotations had been received for replacing the wet-pour surfacing under "
             "the junior play equipment, which had failed the annual inspection in November. Cllr E.F. proposed, "
             "and Cllr C.D. seconded, that the lowest quotation be accepted. Cllr L.M. moved an amendment to defer "
             "the decision for a site meeting; the amendment was not seconded. On being put to the vote the motion "
             "was carried, and it was RESOLVED that " + d150),
        clerk(a150),
        minute("25/151", "HOLLOWMEAD NEIGHBOURHOOD PLAN"),
        para("Cllr Q.R., Chair of the Neighbourhood Plan Steering Group, presented the pre-submission draft, which "
             "had been amended after the health check by the independent examiner. Members thanked the Steering "
             "Group volunteers. It was proposed by Cllr Q.R., seconded by Cllr A.B. and RESOLVED " + d151),
        clerk(a151),
        minute("25/152", "CROSSFELL FIRE AND RESCUE AUTHORITY – CONSULTATION ON THE DRAFT COMMUNITY RISK "
                         "MANAGEMENT PLAN"),
        para("Members discussed the Authority’s proposal to crew the second fire engine at Hollowmead fire station "
             "with on-call firefighters instead of wholetime firefighters, which the draft Plan says would save "
             "£610,000 a year. Members were concerned about response times to the Vale villages and about "
             "recruiting on-call firefighters in a town where most people work elsewhere. It was proposed by Cllr "
             "G.H., seconded by Cllr S.T. and RESOLVED that " + d152),
        clerk(a152),
        minute("25/153", "CORRESPONDENCE"),
        para("Members NOTED the correspondence listed on the agenda, including the letter from the Hollowmead and "
             "Vale National Park Authority about the review of its Local Plan and the invitation to the Crossfell "
             "Association of Local Councils’ spring conference."),
        minute("25/154", "EXCLUSION OF THE PRESS AND PUBLIC"),
        para("It was proposed by Cllr A.B., seconded by Cllr C.D. and RESOLVED that " + d154),
        minute("25/155", "STAFFING"),
        para("The Deputy Town Clerk and RFO left the meeting. Members considered the confidential report of the "
             "Staffing Committee on the job evaluation of the post. It was proposed by Cllr C.D., seconded by Cllr "
             f"N.P. and RESOLVED {d155}"),
        ("p", "The meeting closed at 8.52 pm. The next meeting of the Council will be held on Tuesday 10 March 2026 "
              "at 7.00 pm."),
        ("p", "Signed ..................................................  Town Mayor          "
              "Date ............................"),
    ]
    decisions = [
        decision("25/141", None, d141, maker),
        decision("25/144", None, d144, maker),
        decision("25/147", None, d147, maker),
        decision("25/148", None, d148a, maker),
        decision("25/148", None, d148d, maker),
        decision("25/149", None, d149, maker),
        decision("25/150", None, d150, maker),
        decision("25/151", None, d151, maker),
        decision("25/152", None, d152, maker),
        decision("25/154", None, d154, maker),
        decision("25/155", None, d155, maker),
    ]
    actions = [action(None, t, o, tf, due, None) for t, o, tf, due in (a143, a147, a149, a150, a151, a152)]
    return {
        "name": "hollowmead-town-council-minutes-february-2026",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-02-13", "doc_title": "Full Council – minutes – 10 February 2026",
                 "author": "Town Clerk", "ninth_m": True, "sixteenth_ab": True, "cant_split": True, "font": "Liberation Sans",
                 "size": 10.5, "title_size": 16, "title_color": "1E5631",
                 "m_footer": ("Hollowmead Town Council – Full Council – 10 February 2026 – Town Mayor’s "
                              "initials ........", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="town council minutes (minute numbers 25/141–25/155, \"It was proposed by …, "
                           "seconded by … and RESOLVED …\" inside paragraphs, \"Members NOTED …\", bold "
                           "\"Clerk to …\" lines)", kind="minutes", title=title, authority=HOLLOWMEAD_TC,
                     date="2026-02-10", meeting=maker, decisions=decisions, actions=actions),
        "layout": "DOCX (python-docx), Liberation Sans 10.5 pt, an italic running footer with the meeting, a "
                  "\"Town Mayor’s initials ........\" space and \"Page X of Y\" fields, rows that may not split. A "
                  "right-aligned green bold council line and a grey address line; the green capitals title "
                  "\"HOLLOWMEAD TOWN COUNCIL\"; a bold \"Minutes of the Meeting of the Full Council held on …\" line; "
                  "bold-led Present / In attendance paragraphs (initials and posts; not items). Minutes 25/141–25/155 "
                  "as bold hanging paragraphs (number, a tab, the capitals title), with every body paragraph hung "
                  "after a tab at the same indent. Resolutions inside paragraphs: \"It was proposed by Cllr …, "
                  "seconded by Cllr … and RESOLVED to …\" / \"… RESOLVED that …\" / \"… RESOLVED unanimously to …\", "
                  "one \"… (7 in favour, 1 against)\" after the resolution, and once \"Cllr E.F. proposed, and Cllr "
                  "C.D. seconded, …\" with an amendment not seconded, then \"it was RESOLVED that …\". Finance has "
                  "bold-led (a)–(d) sub-items in one minute (two resolved, two NOTED). \"Members NOTED …\" items, "
                  "a declaration, public participation in an adjournment with the Clerk's undertaking in prose, a "
                  "ward councillor's report, correspondence (not items). A planning comments table Application | "
                  "Site | Proposal | Town Council comment with a pale green header (what the one resolution sends; "
                  "not items). Six bold \"Clerk to …\" / \"RFO to …\" / \"Clerk and Cllr Q.R. to …\" lines, three "
                  "with \"by 17 February\"-style dates, one \"before the next meeting\", two with none. Closing time, "
                  "next meeting and a signature line.",
    }


# ---------------------------------------------------------------------------
# AB6. Town council schedule of payments and receipts (python-docx → LibreOffice, landscape,
#      Liberation Sans Narrow 9.5 pt, NinthMWriter). For information; nothing to find.
# ---------------------------------------------------------------------------


def hollowmead_schedule_of_payments():
    title = "Schedule of Payments and Receipts: 1 to 28 February 2026"
    green = "1E5631"
    pale = "E2EFDA"
    # date, ref, payee, details, cost centre, net, vat, gross, method
    payments = [
        ["02/02/26", "DD 0201", "Crossfell Energy", "Guildhall electricity, January", "4010 Guildhall",
         "412.60", "20.63", "433.23", "DD"],
        ["02/02/26", "DD 0202", "Vale Water", "Cemetery and allotments water, quarter", "4320 Allotments",
         "86.14", "0.00", "86.14", "DD"],
        ["03/02/26", "SO 0203", "Crossfell Council", "Business rates, Guildhall (instalment 11 of 12)",
         "4010 Guildhall", "1,046.00", "0.00", "1,046.00", "SO"],
        ["05/02/26", "BACS 0411", "Hollowmead Garden Services", "Grounds maintenance, January",
         "4210 Open spaces", "1,380.00", "276.00", "1,656.00", "BACS"],
        ["05/02/26", "BACS 0412", "Fellside Office Supplies Ltd", "Toner and paper", "4050 Office",
         "118.45", "23.69", "142.14", "BACS"],
        ["05/02/26", "BACS 0413", "Crossfell Association of Local Councils", "Training: new councillor course "
         "(2 places)", "4060 Training", "90.00", "0.00", "90.00", "BACS"],
        ["10/02/26", "BACS 0414", "A.J. Electrical", "Repair to Market Street festoon lighting",
         "4230 Street lighting", "365.00", "73.00", "438.00", "BACS"],
        ["12/02/26", "BACS 0415", "Northfield Play Ltd", "Play area resurfacing: deposit of 25% (minute 25/150)",
         "EMR Play area", "3,740.00", "748.00", "4,488.00", "BACS"],
        ["12/02/26", "BACS 0416", "Hollowmead Community Larder", "Community grant (minute 25/149)",
         "4410 Grants", "750.00", "0.00", "750.00", "BACS"],
        ["12/02/26", "BACS 0417", "Hollowmead in Bloom", "Community grant (minute 25/149)", "4410 Grants",
         "500.00", "0.00", "500.00", "BACS"],
        ["12/02/26", "BACS 0418", "1st Hollowmead Scout Group", "Community grant (minute 25/149)", "4410 Grants",
         "300.00", "0.00", "300.00", "BACS"],
        ["16/02/26", "CARD 0219", "Online retailer", "Replacement kettle, Guildhall kitchen", "4010 Guildhall",
         "24.99", "5.00", "29.99", "Card"],
        ["18/02/26", "BACS 0419", "Vale Audit Services", "Interim internal audit visit 2025/26", "4070 Audit",
         "575.00", "115.00", "690.00", "BACS"],
        ["20/02/26", "DD 0220", "Crossfell Telecom", "Telephone and broadband, February", "4050 Office",
         "64.50", "12.90", "77.40", "DD"],
        ["25/02/26", "BACS 0420", "Staff salaries", "Salaries, February (3 staff)", "4000 Staff",
         "6,912.44", "0.00", "6,912.44", "BACS"],
        ["25/02/26", "BACS 0421", "HM Revenue and Customs", "PAYE and National Insurance, February",
         "4000 Staff", "2,188.31", "0.00", "2,188.31", "BACS"],
        ["25/02/26", "BACS 0422", "Crossfell Pension Fund", "Employee and employer contributions, February",
         "4000 Staff", "1,902.77", "0.00", "1,902.77", "BACS"],
        ["26/02/26", "BACS 0423", "Hollowmead Print Shop", "Neighbourhood Plan consultation leaflets (4,200)",
         "EMR Neighbourhood Plan", "486.00", "97.20", "583.20", "BACS"],
        [{"text": "Total payments", "bold": True, "span": 5}, "<", "<", "<", "<",
         {"text": "20,942.20", "bold": True}, {"text": "1,371.42", "bold": True},
         {"text": "22,313.62", "bold": True}, ""],
    ]
    receipts = [
        ["03/02/26", "Crossfell Council", "Council tax support grant, final instalment 2025/26", "2,410.00"],
        ["09/02/26", "Hirers (11)", "Guildhall hire, January invoices", "1,148.00"],
        ["16/02/26", "Allotment tenants (6)", "Allotment rents 2026/27, early payments", "252.00"],
        ["20/02/26", "HM Revenue and Customs", "VAT refund, quarter to 31 December 2025", "2,914.06"],
        ["27/02/26", "Deposit account", "Interest, February", "161.37"],
        [{"text": "Total receipts", "bold": True, "span": 3}, "<", "<", {"text": "6,885.43", "bold": True}],
    ]
    reconciliation = [
        ["Balance per bank statements at 28 February 2026", ""],
        ["Current account (statement 112)", "24,318.52"],
        ["Business deposit account (statement 47)", "186,402.90"],
        ["Less: payments not yet presented (BACS 0423)", "(583.20)"],
        ["Add: receipts not yet cleared", "0.00"],
        [{"text": "Balance per cash book", "bold": True}, {"text": "210,138.22", "bold": True}],
    ]
    reserves = [
        ["Play area", "22,000.00", "(3,740.00)", "18,260.00"],
        ["Neighbourhood Plan", "3,900.00", "(486.00)", "3,414.00"],
        ["Guildhall roof", "35,000.00", "0.00", "35,000.00"],
        ["Elections", "8,500.00", "0.00", "8,500.00"],
        [{"text": "Total earmarked reserves", "bold": True}, {"text": "69,400.00", "bold": True},
         {"text": "(4,226.00)", "bold": True}, {"text": "65,174.00", "bold": True}],
    ]
    blocks = [
        ("ph", 12, f"<<{green}|HOLLOWMEAD TOWN COUNCIL>>"),
        ("p", "**Finance and General Purposes Committee – Tuesday 3 March 2026 – Agenda item 7(a)**"),
        ("title", title),
        ("p", "This schedule lists the payments made and the receipts banked in February 2026, as Financial "
              "Regulation 5.6 requires. Each payment by BACS was set up by the RFO and authorised online by two "
              "councillor signatories before it was released; direct debits and the standing order were approved "
              "when the mandates were set up (minute 25/062). Payments of grants and the play area deposit follow "
              "the resolutions of Full Council on 10 February 2026. It is presented for information."),
        ("ph", 11, "1. Payments"),
        ("table", {"cols": [1.7, 2.0, 4.2, 5.8, 3.4, 1.8, 1.5, 1.8, 1.4], "font": 8.5, "header_fill": pale,
                   "header": ["Date", "Ref", "Payee", "Details", "Cost centre", "Net £", "VAT £", "Gross £",
                              "Method"], "rows": payments}),
        ("p", "<<595959|Method: BACS = bank transfer; DD = direct debit; SO = standing order; Card = council debit "
              "card (limit £250 a transaction). Invoices are available from the RFO and were initialled by the "
              "authorising councillors.>>"),
        ("ph", 11, "2. Receipts"),
        ("table", {"cols": [1.7, 5.6, 13.3, 2.4], "font": 8.5, "header_fill": pale,
                   "header": ["Date", "From", "Details", "Amount £"], "rows": receipts}),
        ("ph", 11, "3. Bank reconciliation at 28 February 2026"),
        ("table", {"cols": [10.0, 3.0], "font": 8.5, "rules": True, "rows": reconciliation}),
        ("p", "The reconciliation was checked against the bank statements by Cllr E.F. on 2 March 2026. VAT of "
              "£1,371.42 paid in February is included in the claim for the quarter to 31 March 2026."),
        ("ph", 11, "4. Earmarked reserves at 28 February 2026"),
        ("table", {"cols": [6.0, 3.4, 3.4, 3.4], "font": 8.5, "header_fill": pale,
                   "header": ["Reserve", "At 1 April 2025 £", "Spent to date £", "At 28 February 2026 £"],
                   "rows": reserves}),
        ("p", "<<595959|Prepared by the Deputy Town Clerk and Responsible Financial Officer, 24 February 2026. "
              "Enquiries: rfo@hollowmeadtc.example – 01632 960 128.>>"),
    ]
    return {
        "name": "hollowmead-town-council-schedule-of-payments-february-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-24", "doc_title": title, "author": "Responsible Financial Officer",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans Narrow",
                 "size": 9.5, "title_size": 14, "title_color": green, "box_width": 25,
                 "m_header": ("Hollowmead Town Council – Finance and General Purposes Committee – 3 March 2026",
                              "Item 7(a)"),
                 "m_footer": ("Schedule of payments – February 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="town council schedule of payments and receipts with a bank reconciliation, for "
                           "information (nothing to find)", kind="other", title=title, authority=HOLLOWMEAD_TC,
                     date="2026-03-03", meeting="Finance and General Purposes Committee"),
        "layout": "PDF (python-docx → LibreOffice), A4 landscape, Liberation Sans Narrow 9.5 pt with 8.5 pt tables, "
                  "an italic running header (council, committee and date; \"Item 7(a)\") and an italic footer with "
                  "\"Page X of Y\" fields, rows that may not split. A green bold capitals council line, a bold "
                  "committee / date / agenda item line and the green title; an introduction that ends \"It is "
                  "presented for information.\" (no ask); a payments table Date | Ref | Payee | Details | Cost "
                  "centre | Net £ | VAT £ | Gross £ | Method with a pale green header, refs \"DD 0201\", \"BACS "
                  "0411\", \"CARD 0219\", details that cite the minutes which authorised two grants and a deposit, "
                  "and a bold total row merged across five columns; a grey method key; a receipts table with a "
                  "bold total row; a bank reconciliation with horizontal rules only and a bracketed deduction; an "
                  "earmarked reserves table; a grey prepared-by line with contact. Nothing to find.",
    }



# ---------------------------------------------------------------------------
# AB2. Police and crime panel report on the Commissioner's draft police and crime plan (HTML →
#      Chromium, A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes). Covering (a)–(c) asks
#      of the Panel; Appendix A, the Panel's draft report to the Commissioner, with six boxed
#      recommendations under three theme headings.
# ---------------------------------------------------------------------------


def crossfell_pcp_plan_review():
    meeting = "Police and Crime Panel"
    title = "Review of the Commissioner’s Draft Police and Crime Plan 2026–2028"
    navy = "1F3864"
    covering = [
        ("a", "note the Commissioner’s draft Police and Crime Plan 2026–2028 (Appendix B) and the evidence gathered "
              "at the Panel’s workshop on 15 January 2026;", "NOTE"),
        ("b", "agree the report at Appendix A as the Panel’s report on the draft Plan under section 28(3) of the "
              "Police Reform and Social Responsibility Act 2011, including the six recommendations it makes to the "
              "Commissioner; and", "AGREE"),
        ("c", "ask the Commissioner to respond in writing to the recommendations before the Plan is published, and "
              "to attend the Panel’s meeting on 19 March 2026 to report on the response.", "ASK"),
    ]
    # theme, [(number, text, verb, addressee)], finding paragraph
    themes = [
        ("Neighbourhood policing",
         "The draft Plan promises “visible, local policing” but sets no measure of it. Members heard at the "
         "workshop that neighbourhood officers in the Vale spend a large part of their shifts covering response "
         "duties in Crossfell, and that the number of PCSOs has fallen from 148 in 2022 to 119.",
         [("1", "The Commissioner should set a target in the Plan for the share of neighbourhood officers’ and "
                "PCSOs’ time spent in their neighbourhoods, and report it to the Panel every six months.", "SET",
           "Commissioner"),
          ("2", "Publish, alongside the Plan, the number of PCSOs the Commissioner expects to fund in each year of "
                "the Plan.", "PUBLISH", None)]),
        ("Violence against women and girls",
         "The Panel welcomes the priority given to violence against women and girls. The measures proposed count "
         "arrests and referrals, not outcomes: the charge rate for domestic abuse offences in Crossfell was 7.8% in "
         "2024/25.",
         [("3", "The Commissioner should include in the Plan a measure of the time taken to charge domestic abuse "
                "offences, and not only the number of arrests.", "INCLUDE", "Commissioner"),
          ("4", "That the Commissioner works with the four community safety partnerships to agree one set of outcome "
                "measures for violence against women and girls by September 2026.", "WORKS", "Commissioner")]),
        ("Victims and the rural community",
         "The Victim Care Hub is commissioned by the Commissioner. Its satisfaction survey reports 91% of victims "
         "satisfied, but fewer than one in ten victims answer it. Rural crime appears in the draft Plan only in a "
         "list of “other issues”.",
         [("5", "The Commissioner should commission an independent review of the Victim Care Hub’s satisfaction "
                "survey, which has had a response rate below 10% since 2024.", "COMMISSION", "Commissioner"),
          ("6", "Rural crime should be given its own section in the Plan, with the Rural Crime Partnership’s "
                "priorities set out.", None, None)]),
    ]
    priorities = [
        ["1", "Safer neighbourhoods", "Visible, local policing; tackling anti-social behaviour and shop theft",
         "Confidence in local policing (survey); anti-social behaviour incidents"],
        ["2", "Violence against women and girls", "Domestic abuse, stalking and sexual offences; the night-time "
         "economy", "Arrests; referrals to specialist services"],
        ["3", "Victims first", "The Victim Care Hub; the Victims’ Code", "Victim satisfaction (Hub survey)"],
        ["4", "An efficient force", "Call handling; the estate; collaboration with the Fire and Rescue Authority",
         "101 and 999 answer times; savings delivered"],
    ]
    appendix = [
        ("break",),
        ("p", f"<<{navy}|**APPENDIX A**>>"),
        ("h", 2, "Report of the Crossfell Police and Crime Panel on the Draft Police and Crime Plan 2026–2028"),
        ("table", {"cols": [2.0, 15.0], "font": 9.5, "borders": False, "rows": [
            ["**To:**", "the Police and Crime Commissioner for Crossfell"],
            ["**From:**", "the Crossfell Police and Crime Panel"],
            ["**Date:**", "29 January 2026 (draft for agreement by the Panel)"],
        ]}),
        ("p", "The Panel has reviewed your draft Plan, as section 28(3) of the Police Reform and Social "
              "Responsibility Act 2011 requires. We thank you and your office for presenting the draft and for "
              "answering members’ questions at our workshop. The Panel supports the four priorities. Our "
              "recommendations are about how progress will be measured and reported, so that the Panel and the "
              "public can hold you to account for the Plan."),
    ]
    recommendations = [recommendation(n, text, verb=verb, addressee="Panel") for n, text, verb in covering]
    for theme, finding, recs in themes:
        appendix.append(("h", 3, theme))
        appendix.append(("p", finding))
        for number, text, verb, addressee in recs:
            appendix.append(("box", [("p", f"**Recommendation {number}**"), ("p", text)]))
            recommendations.append(recommendation(number, text, verb=verb, addressee=addressee, theme=theme))
    appendix += [
        ("p", "We ask you to respond to these recommendations in writing, and to publish your response, before "
              "the Plan is published."),
        ("p", "Cllr M.N., Chair, Crossfell Police and Crime Panel"),
    ]
    blocks = [
        ("p", f"<<{navy}|**CROSSFELL POLICE AND CRIME PANEL**>>"),
        ("p", "<<5A5A5A|Crossfell Council (host authority), Civic Centre, Fell Road, Crossfell CF1 1PP>>"),
        ("table", {"cols": [3.6, 13.4], "font": 9.5, "borders": False, "rows": [
            ["**Meeting:**", meeting],
            ["**Date:**", "Thursday 29 January 2026"],
            ["**Agenda item:**", "6"],
            ["**Report of:**", "Panel Scrutiny Officer, Crossfell Council (host authority)"],
            ["**Contact:**", "panel.support@crossfell.example – 01632 960 518"],
            ["**Status:**", "Public"],
        ]}),
        ("title", title),
        ("h", 2, "1. Summary"),
        ("p", "1.1 The Police and Crime Commissioner for Crossfell has published a draft refreshed Police and Crime "
              "Plan for the rest of the Commissioner’s term, to May 2028. The Panel must review the draft and may "
              "make a report and recommendations on it to the Commissioner, who must have regard to them and "
              "respond."),
        ("p", "1.2 The Panel held an evidence workshop on 15 January 2026 with the Commissioner, the Chief Constable’s "
              "staff officer, the Victim Care Hub, the four community safety partnerships and the Crossfell Rural "
              "Crime Partnership. This report sets out what members heard and a draft report to the Commissioner."),
        ("h", 2, "2. Recommendations"),
        ("p", "2.1 The Panel is recommended to:"),
        ("list", "(a)", 1, [text for _, text, _ in covering]),
        ("h", 2, "3. The draft Plan"),
        ("p", "3.1 The draft Plan keeps the four priorities of the 2024 Plan and changes the measures of success. It "
              "was published for public consultation from 1 December 2025 to 11 January 2026; the Commissioner’s "
              "office received 1,318 survey responses."),
        ("table", {"cols": [1.0, 4.2, 6.3, 5.5], "font": 9, "header_fill": "DAE3F3",
                   "header": ["No.", "Priority", "What the draft Plan says", "Measures proposed"],
                   "rows": priorities}),
        ("h", 2, "4. What members heard"),
        ("list", "bullet", 1, ["Neighbourhood officers are often taken away from their areas to cover response shifts; the force "
                "does not publish how often.",
                "The charge rate for domestic abuse offences has fallen for three years, although arrests have "
                "risen.",
                "The Victim Care Hub’s survey is sent only to victims who have accepted support.",
                "Farmers and rural businesses said that rural crime had “dropped off the agenda” since the rural "
                "crime team was merged into neighbourhood policing in 2024."]),
        ("p", "4.1 HM Inspectorate of Constabulary and Fire & Rescue Services recommended in its 2025 inspection "
              "that the force improve how it records the time neighbourhood officers spend on abstractions. The "
              "Commissioner said that the force has accepted that recommendation and will report on it to the "
              "Commissioner’s accountability board."),
        ("p", "4.2 The Crossfell Victims’ Forum recommended that the Hub’s contract be re-let when it ends in March "
              "2027. That is a decision for the Commissioner, and the Panel has not taken a view on it."),
        ("h", 2, "5. Next steps"),
        ("p", "5.1 If the Panel agrees the report, the Scrutiny Officer will send it to the Commissioner on 30 "
              "January 2026. The Commissioner intends to publish the final Plan in April 2026."),
        ("p", "5.2 **Background papers:** Appendix B, the draft Police and Crime Plan 2026–2028, is published "
              "separately on the Commissioner’s website."),
    ] + appendix
    css = ("@page { margin: 20mm 17mm 18mm 17mm; "
           "@top-left { content: \"Crossfell Police and Crime Panel – 29 January 2026\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; font-style: italic; color: #555555; } "
           "@top-right { content: \"Agenda item 6\"; font-family: 'Liberation Sans', sans-serif; "
           "font-size: 7.5pt; font-style: italic; color: #555555; } "
           "@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 7.5pt; color: #555555; } }\n"
           "h1.title { font-size: 16pt; }\n"
           "h2 { color: #1F3864; }\n"
           "h3 { color: #1F3864; border-bottom: 0.6pt solid #1F3864; }\n"
           "div.box { border: none; border-left: 3pt solid #1F3864; background: #EEF2F8; padding: 4pt 8pt; "
           "break-inside: avoid; }\n"
           "div.box { margin: 4pt 0 6pt 0; }\n"
           "div.box p { margin: 0 0 2pt 0; }\n"
           "h2, h3 { break-after: avoid; }\n"
           "p, li { break-inside: avoid; }\n")
    return {
        "name": "crossfell-police-and-crime-panel-review-of-draft-police-and-crime-plan",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Sans', sans-serif", "size": 10, "title_color": navy},
        "blocks": blocks,
        "gold": dict(genre="police and crime panel report on the Commissioner's draft police and crime plan, with "
                           "covering asks of the Panel and the Panel's draft report to the Commissioner",
                     kind="committee-report", title=title, authority=CROSSFELL_COUNCIL, date="2026-01-29",
                     meeting=meeting, recommendations=recommendations),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (an italic "
                  "running header with the Panel and date on the left and \"Agenda item 6\" on the right; \"Page n "
                  "of m\" at the foot); 3 pages. A navy bold capitals panel line and a grey host-authority line; a "
                  "borderless details table with bold labels (Meeting / Date / Agenda item / Report of / Contact / "
                  "Status); the navy title; navy h2 sections with typed 1.1 … paragraphs; \"2.1 The Panel is "
                  "recommended to:\" over an HTML-numbered (a)–(c) list (lower-case verbs, \";\" and \"; and\"); a "
                  "priorities table with a pale blue header (not items); what members heard as bullets; \"HM "
                  "Inspectorate … recommended … that the force improve …\" and \"The Crossfell Victims’ Forum "
                  "recommended that …\" (reported, not items); next steps in prose (not actions). After a page "
                  "break, Appendix A, the Panel's draft report to the Commissioner: a borderless To / From / Date table, an introduction, three navy h3 themes with a ruled underline, each with a "
                  "finding paragraph and two recommendations, each in a shaded box with a navy left rule and a bold "
                  "\"Recommendation n\" line (numbered 1–6 across themes: three \"The Commissioner should …\", one "
                  "imperative, one \"That the Commissioner works …\" with a date in its words, one passive); a "
                  "closing request for a response and the Chair's signature (not items).",
    }



# ---------------------------------------------------------------------------
# AB3. Fire and rescue authority report on the outcome of the community risk management plan
#      consultation (python-docx → LibreOffice, Liberation Sans 10.5 pt, NinthMWriter). A bordered
#      front table with red-tinted labels; "2.1 It is recommended that the Authority:" over a
#      Word-numbered i.–v. list; proposals and results tables; after a page break, a "You said / Our
#      response" appendix table.
# ---------------------------------------------------------------------------


def crossfell_fra_crmp_outcome():
    meeting = "Fire and Rescue Authority"
    title = "Community Risk Management Plan 2026–2030: Outcome of Consultation and Final Plan"
    red = "A50021"
    pink = "F8E1E5"
    recs = [
        ("i", "notes the outcome of the public consultation on the draft Plan, summarised in section 5 and set out "
              "in full in Appendix A;", "NOTES"),
        ("ii", "approves the Community Risk Management Plan 2026–2030 at Appendix B for publication on 1 April 2026;",
         "APPROVES"),
        ("iii", "approves Proposal 2, the change to on-call crewing of the second fire engine at Hollowmead fire "
                "station from 1 April 2027, subject to at least twelve on-call firefighters being recruited at the "
                "station by 31 December 2026;", "APPROVES"),
        ("iv", "agrees not to proceed with Proposal 3, the closure of Crossfell Moor fire station, and asks the Chief "
               "Fire Officer to bring options for the station’s future to the Authority by December 2026; and",
         "AGREES"),
        ("v", "delegates authority to the Chief Fire Officer, in consultation with the Chair of the Authority, to "
              "make minor and editorial changes to the Plan before it is published.", "DELEGATES"),
    ]
    proposals = [
        ["1", "Safe and Well visits for everyone over 75 who lives alone, using NHS and council data to find them",
         "Prevention", "£180,000 a year (cost)"],
        ["2", "Crew the second fire engine at Hollowmead with on-call instead of wholetime firefighters",
         "Response", "£610,000 a year (saving)"],
        ["3", "Close Crossfell Moor fire station (one on-call engine) and cover its area from Crossfell Central "
              "and Hollowmead", "Response", "£290,000 a year (saving)"],
        ["4", "Replace two of the six aerial ladder platforms with smaller combined platforms", "Response",
         "£1.1m one-off (capital saving)"],
    ]
    results = [
        ["Proposal 1 – Safe and Well visits for over-75s", "84%", "7%", "9%", "2,061"],
        ["Proposal 2 – On-call crewing at Hollowmead", "22%", "71%", "7%", "2,118"],
        ["Proposal 3 – Close Crossfell Moor fire station", "18%", "76%", "6%", "2,102"],
        ["Proposal 4 – Combined aerial platforms", "41%", "19%", "40%", "1,877"],
    ]
    said = [
        ["Response times to the Vale villages will get worse if the Hollowmead engine is on-call (1,204 comments, "
         "Hollowmead Town Council, three parish councils).",
         "The modelling shows the average first-engine response in the Vale would rise by 38 seconds, because the "
         "first engine stays wholetime. We have added a condition that the change will not happen until twelve "
         "on-call firefighters are in post, and we will report response times to the Authority every quarter."],
        ["It is hard to recruit on-call firefighters in Hollowmead because most people work outside the town.",
         "We have changed the Plan to include a recruitment campaign with local employers, and on-call contracts "
         "of 60 hours a week instead of 90."],
        ["Crossfell Moor station should not close: the nearest other station is 14 miles away by road in winter.",
         "We accept this. Proposal 3 has been withdrawn from the final Plan and officers will look again at the "
         "station’s future."],
        ["More Safe and Well visits are welcome but should include people with dementia living with an older "
         "carer.", "We have widened Proposal 1 to include households where the carer is over 75."],
        ["The aerial platform proposal is too technical to comment on.",
         "We have added a plain-English summary and a diagram to the final Plan."],
    ]
    blocks = [
        ("ph", 13, f"<<{red}|CROSSFELL FIRE AND RESCUE AUTHORITY>>"),
        ("table", {"cols": [4.3, 12.7], "font": 9.5, "rows": [
            [label("Meeting", pink), "Crossfell Fire and Rescue Authority"],
            [label("Date", pink), "Thursday 26 March 2026"],
            [label("Agenda item", pink), "8"],
            [label("Report of", pink), "Chief Fire Officer and Chief Executive"],
            [label("Lead officer", pink), "Area Manager, Service Planning and Assurance"],
            [label("Contact", pink), "crmp@crossfellfire.example – 01632 960 733"],
            [label("Classification", pink), "OFFICIAL – for decision"],
        ]}),
        ("title", title),
        ("ph", 11.5, "1.\tPURPOSE OF REPORT"),
        ("pn", "1.1\tThis report tells Members what the public, staff and partners said about the draft Community Risk "
               "Management Plan 2026–2030 (CRMP), how the Plan has been changed as a result, and asks the Authority "
               "to approve the final Plan and decide on the four proposals in it."),
        ("ph", 11.5, "2.\tRECOMMENDATIONS"),
        ("pn", "2.1\tIt is recommended that the Authority:"),
        ("list", "i.", 1, [text for _, text, _ in recs]),
        ("ph", 11.5, "3.\tREASONS FOR RECOMMENDATIONS"),
        ("pn", "3.1\tThe Fire and Rescue National Framework for England requires every fire and rescue authority to "
               "have an up-to-date plan that identifies and assesses all foreseeable fire and rescue related risks "
               "and sets out how the Service will prevent, protect against and respond to them. The current plan "
               "ends on 31 March 2026."),
        ("pn", "3.2\tThe proposals in the Plan move resources towards prevention, where the risk to life is "
               "highest, and help close the gap of £1.4 million in the Authority’s medium-term financial plan."),
        ("ph", 11.5, "4.\tBACKGROUND"),
        ("pn", "4.1\tOn 11 December 2025 the Authority agreed the draft CRMP for consultation (minute FRA/25/52). "
               "The draft contained four proposals:"),
        ("table", {"cols": [1.2, 9.3, 2.4, 4.1], "font": 9, "header_fill": pink,
                   "header": ["No.", "Proposal", "Area", "Financial effect"], "rows": proposals}),
        ("ph", 11.5, "5.\tCONSULTATION OUTCOME"),
        ("pn", "5.1\tThe consultation ran for eight weeks, from 5 January to 1 March 2026. It included an online "
               "survey (2,146 responses, of which 212 were from staff), nine drop-in events, three focus groups "
               "with older residents and carers, and meetings with the representative bodies. Letters were "
               "received from Hollowmead Town Council, three parish councils, the Hollowmead and Vale National "
               "Park Authority and the local MP."),
        ("pn", "5.2\tThe survey results for each proposal were:"),
        ("table", {"cols": [7.4, 2.2, 2.4, 2.6, 2.4], "font": 9, "header_fill": pink,
                   "header": ["Proposal", "Agree", "Disagree", "Don’t know", "Answered"], "rows": results}),
        ("pn", "5.3\tThe Fire Brigades Union recommended that the Authority keep wholetime crewing at Hollowmead and "
               "meet the budget gap from reserves. Officers do not recommend this: general reserves are at the "
               "minimum level set in the Authority’s reserves strategy."),
        ("pn", "5.4\tThe main themes of the responses, and how the Service has responded to them, are in Appendix A. "
               "The opposition to Proposal 3 was the strongest of the consultation, and officers now recommend that "
               "it does not go ahead."),
        ("ph", 11.5, "6.\tCHANGES TO THE PLAN"),
        ("list", "bullet", 1, [
            "Proposal 1 widened to households where the carer is over 75.",
            "Proposal 2 made conditional on the recruitment of twelve on-call firefighters at Hollowmead.",
            "Proposal 3 withdrawn.",
            "A plain-English summary of Proposal 4 and a new chapter on wildfire risk on the moors, at the request "
            "of the National Park Authority.",
        ]),
        ("ph", 11.5, "7.\tFINANCIAL IMPLICATIONS"),
        ("pn", "7.1\tWith Proposal 3 withdrawn, the Plan saves £430,000 a year from 2027/28 (Proposal 2 less the cost "
               "of Proposal 1) and £1.1 million of capital. The remaining gap of £970,000 will be addressed in the "
               "budget for 2027/28."),
        ("ph", 11.5, "8.\tLEGAL, EQUALITY AND RISK IMPLICATIONS"),
        ("pn", "8.1\t**Legal.** The Authority must have regard to the National Framework and must consult before "
               "changing its plan. Members must take the consultation responses into account with an open mind."),
        ("pn", "8.2\t**Equality.** The equality impact assessment (Appendix C) finds that Proposal 1 has a positive "
               "effect on older and disabled people and that Proposal 2 has a small negative effect on rural "
               "residents, which the recruitment condition reduces."),
        ("pn", "8.3\t**Risk.** The main risk is that on-call recruitment at Hollowmead fails. The condition in "
               "recommendation iii means the change would then not happen."),
        ("ph", 11.5, "9.\tAPPENDICES AND BACKGROUND PAPERS"),
        ("pn", "9.1\tAppendix A – What you told us and our response. Appendix B – Community Risk Management Plan "
               "2026–2030 (final draft, published separately). Appendix C – Equality impact assessment (published "
               "separately). Background paper: CRMP consultation report, Crossfell Research Partnership, March "
               "2026."),
        ("break",),
        ("ph", 12, f"<<{red}|Appendix A – What you told us and our response>>"),
        ("p", "The themes below are drawn from the survey comments, the drop-in events, the focus groups and the "
              "letters received. The full consultation report is a background paper."),
        ("table", {"cols": [7.0, 10.0], "font": 9, "header_fill": pink, "header": ["You said", "Our response"],
                   "rows": said}),
    ]
    recommendations = [recommendation(n, text, verb=verb, addressee="Authority") for n, text, verb in recs]
    return {
        "name": "crossfell-fire-and-rescue-authority-crmp-consultation-outcome",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-17", "doc_title": title, "author": "Service Planning and Assurance",
                 "ninth_m": True, "cant_split": True, "font": "Liberation Sans", "size": 10.5, "title_size": 15,
                 "title_color": red,
                 "m_header": ("Crossfell Fire and Rescue Authority – 26 March 2026", "Agenda item 8"),
                 "m_footer": ("OFFICIAL", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="fire and rescue authority report on the outcome of the community risk management plan "
                           "consultation (\"It is recommended that the Authority:\" over a Word-numbered i.–v. "
                           "list)", kind="committee-report", title=title, authority=CROSSFELL_FRA,
                     date="2026-03-26", meeting=meeting, recommendations=recommendations),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10.5 pt, an italic running header (Authority and "
                  "date; \"Agenda item 8\") and an italic footer (\"OFFICIAL\"; \"Page X of Y\" fields), rows that "
                  "may not split; 4 pages. A dark red bold capitals authority line; a bordered front table with "
                  "pink bold labels (Meeting / Date / Agenda item / Report of / Lead officer / Contact / "
                  "Classification); the dark red title; bold capital headings that are not styles (\"2.⇥"
                  "RECOMMENDATIONS\") over typed 1.1–9.1 hanging paragraphs; \"2.1 It is recommended that the "
                  "Authority:\" over a Word-numbered i.–v. list (lower-case verbs notes / approves / approves / "
                  "agrees / delegates, \";\" and \"; and\", one with a condition and a date inside its words, one "
                  "that also asks the Chief Fire Officer to bring options by a date); reasons (not items); a "
                  "proposals table No. | Proposal | Area | Financial effect and a survey results table (percentages) "
                  "with pink headers (not items); \"The Fire Brigades Union recommended that the Authority keep "
                  "wholetime crewing …\" (reported, not an item); changes to the Plan as bullets (not items); "
                  "bold-led legal / equality / risk paragraphs; appendices listed in a paragraph. After a page "
                  "break, Appendix A, a You said | Our response table (past-tense changes and \"we will report …\" "
                  "undertakings without owners or dates; not items).",
    }



# ---------------------------------------------------------------------------
# AB4. Combined authority overview and scrutiny committee report on the Mayor's draft budget (Markdown
#      → pandoc DOCX, pandoc's styles). Covering (a)/(b) asks of the Committee; a budget pipe table;
#      findings under Heading 3 themes; a grid table No. | Recommendation | To of six recommendations.
# ---------------------------------------------------------------------------


def crossfell_ca_budget_scrutiny():
    meeting = "Overview and Scrutiny Committee"
    title = "Scrutiny of the Mayor’s Draft Budget 2026/27"
    covering = [
        ("a", "approve this report and the recommendations in section 5 for submission to the Mayor and the "
              "Combined Authority Board before the Board’s budget meeting on 6 February 2026; and", "APPROVE"),
        ("b", "ask the Mayor to respond to the recommendations in writing within two months, as the Combined "
              "Authority’s scrutiny protocol requires.", "ASK"),
    ]
    # number, text, verb, addressee, To cell, owners
    recs = [
        ("1", "That the Mayor publishes, with the final budget, a breakdown of how the increase of £6.00 in the "
              "mayoral precept will be spent, service by service.", "PUBLISHES", "Mayor", "Mayor", ["Mayor"]),
        ("2", "The Combined Authority Board should agree the use of £4.2 million from the bus franchising reserve "
              "only once it has seen a plan to rebuild the reserve by March 2029.", "AGREE",
         "Combined Authority Board", "Combined Authority Board", ["Combined Authority Board"]),
        ("3", "Set out in the Medium-Term Financial Plan how adult skills provision will be protected if the "
              "national grant falls in 2027/28.", "SET", None, "Chief Finance Officer / Director of Skills",
         ["Chief Finance Officer", "Director of Skills"]),
        ("4", "That the Mayor asks each of the five constituent councils to confirm how it will meet the increase "
              "in the transport levy, before the Board meets on 6 February 2026.", "ASKS", "Mayor", "Mayor",
         ["Mayor"]),
        ("5", "Concessionary fares reimbursement should be reviewed jointly with the bus operators during "
              "2026/27.", None, None, "Director of Transport; Chief Finance Officer",
         ["Director of Transport", "Chief Finance Officer"]),
        ("6", "Report to the Committee in July 2026 on spending in the first quarter against the mayoral precept.",
         "REPORT", None, "Mayor’s Office", ["Mayor’s Office"]),
    ]
    md = [
        "**CROSSFELL COMBINED AUTHORITY**",
        "*Overview and Scrutiny Committee*",
        f"# {title}",
        "*Report of the Overview and Scrutiny Committee to the Mayor and the Combined Authority Board*",
        "| **Meeting:** Overview and Scrutiny Committee\n"
        "| **Date:** Wednesday 21 January 2026\n"
        "| **Agenda item:** 7\n"
        "| **Report of:** Chair of the Budget Scrutiny Working Group\n"
        "| **Lead officer:** Statutory Scrutiny Officer\n"
        "| **Key decision:** Not applicable\n"
        "| **Status:** Public",
        "## 1. What the Committee is asked to do",
        "The Committee is asked to:",
        "\n".join(f"({n}) {text}" for n, text, _ in covering),
        "## 2. The draft budget",
        "The Mayor published the draft budget for 2026/27 on 9 December 2025. It includes the mayoral general "
        "budget, funded partly by the mayoral precept on council tax, and the transport budget, funded by the "
        "transport levy paid by the five constituent councils and by government grants. The Combined Authority "
        "Board can amend the Mayor’s draft budget by a two-thirds majority at its meeting on 6 February 2026.",
        grid_table([36, 12, 18, 12], ["Budget line", "2025/26", "2026/27 (draft)", "Change"],
                   [["Mayoral precept (Band D)", "£32.00", "£38.00", "+£6.00"],
                    ["Mayoral precept income", "£14.9m", "£17.9m", "+£3.0m"],
                    ["Transport levy", "£61.2m", "£64.3m", "+£3.1m"],
                    ["Adult skills (grant funded)", "£38.4m", "£37.6m", "−£0.8m"],
                    ["Use of bus franchising reserve", "–", "£4.2m", "+£4.2m"]]),
        "*Source: Mayor’s draft budget 2026/27, tables 2 and 5.*",
        "## 3. How we carried out the scrutiny",
        "A working group of six members of the Committee met three times in December 2025 and January 2026. It "
        "heard from the Mayor, the Chief Finance Officer, the Director of Transport, the Director of Skills, two "
        "bus operators, the chief finance officers of two constituent councils and the Crossfell Bus Users’ "
        "Group. The Bus Users’ Group recommended that the Mayor freeze fares on franchised routes for a further "
        "year; the working group did not take a view on fares, which are outside the budget proposals.",
        "## 4. What we found",
        "### The mayoral precept",
        "The draft budget raises the Band D mayoral precept by £6.00, the largest increase allowed without a "
        "referendum. The Mayor told us the extra income would pay for the night bus network and the Crossfell "
        "Youth Pass, but the draft budget does not show this, so council tax payers cannot see what they are "
        "paying for.",
        "### Transport and the franchising reserve",
        "The transport budget relies on £4.2 million from the reserve set aside for bus franchising, which starts "
        "in September 2027. The Chief Finance Officer told us that without a plan to rebuild it the reserve would "
        "fall below the level the franchising business case assumes. The constituent councils’ finance officers "
        "told us that the 5% rise in the transport levy was not in their own draft budgets.",
        "### Adult skills",
        "Adult skills funding is mostly government grant. The Director of Skills said that the grant for 2027/28 "
        "will not be known until the spending review, and that community learning providers need a year’s notice "
        "of any cut.",
        "## 5. Our recommendations",
        "We make six recommendations. The “To” column shows who we ask to act on each.",
        grid_table([6, 62, 24], ["No.", "Recommendation", "To"], [[r[0], r[1], r[4]] for r in recs]),
        "## 6. Next steps",
        "If the Committee approves this report, the Statutory Scrutiny Officer will send it to the Mayor and to "
        "members of the Combined Authority Board on 22 January 2026. The Mayor’s response will be reported to the "
        "Committee when it is received.",
        "**Contact:** Statutory Scrutiny Officer – scrutiny@crossfellca.example – 01632 960 642",
    ]
    recommendations = [recommendation(n, text, verb=verb, addressee="Committee") for n, text, verb in covering]
    recommendations += [recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[5]) for r in recs]
    return {
        "name": "crossfell-combined-authority-scrutiny-of-mayors-draft-budget-2026-27",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-01-13"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="combined authority overview and scrutiny committee report on the Mayor's draft budget, "
                           "with covering asks and a No. | Recommendation | To table of recommendations to the "
                           "Mayor and the Board", kind="scrutiny-report", title=title, authority=CROSSFELL_CA,
                     date="2026-01-21", meeting=meeting, recommendations=recommendations),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; 3 pages in a LibreOffice conversion. A bold "
                  "capitals authority line and an italic committee line above the H1; an italic subtitle naming "
                  "the report's addressees; a line block of bold-labelled front lines (Meeting / Date / Agenda "
                  "item / Report of / Lead officer / Key decision: Not applicable / Status); \"The Committee is "
                  "asked to:\" over a pandoc (a)/(b) list (lower-case verbs, \"; and\"); a budget grid table with "
                  "an italic source line (figures); \"The Bus Users’ Group recommended that the Mayor freeze fares "
                  "…\" (reported, not an item); findings under three Heading 3 themes; \"5. Our recommendations\" "
                  "with a grid table No. | Recommendation | To (two \"That the Mayor …\" sentences, one \"The "
                  "Combined Authority Board should …\", two imperatives, one passive; To cells split by \"/\" and "
                  "\";\"); next steps in prose and a bold-led contact line (not items).",
    }


# ---------------------------------------------------------------------------
# AB5. Joint health overview and scrutiny committee report with the NHS response (Markdown → pandoc
#      DOCX → LibreOffice, pandoc's styles). Covering 1.–3. asks of the Joint Committee; each of the
#      Committee's six recommendations under a Heading 3 "Recommendation n", followed by bold-led
#      Position / Response / Lead / By when paragraphs.
# ---------------------------------------------------------------------------


def crossfell_jhosc_stroke_response():
    meeting = "Crossfell Joint Health Overview and Scrutiny Committee"
    title = "Hyper-Acute Stroke Services: the Joint Committee’s Recommendations and the NHS Response"
    covering = [
        ("1", "notes the joint response of NHS Crossfell and Vale Integrated Care Board and Crossfell Teaching "
              "Hospitals NHS Foundation Trust to its recommendations, set out in section 4;", "NOTES"),
        ("2", "decides whether the response is adequate and, if it is not, whether to ask the Secretary of State to "
              "consider calling in the proposal; and", "DECIDES"),
        ("3", "agrees to receive a report on the implementation of the change at its meeting in October 2026.",
         "AGREES"),
    ]
    # number, text, verb, addressee, position, decision, response, lead cell, owners, by when, due, status
    recs = [
        ("1", "That the ICB publishes the full travel-time modelling for patients from Hollowmead and the upper "
              "Vale, including journeys by public transport for visitors, before the ICB Board takes its decision.",
         "PUBLISHES", "ICB", "Accepted", "accepted",
         "The modelling, including public transport journeys for visitors from each ward, was published on the "
         "ICB’s website on 2 February 2026 and sent to members of the Joint Committee.",
         "Director of Strategy, NHS Crossfell and Vale ICB", ["Director of Strategy, NHS Crossfell and Vale ICB"],
         "Complete", None, "completed"),
        ("2", "That Crossfell Teaching Hospitals NHS Foundation Trust and Crossfell Ambulance Service NHS Trust agree, "
              "before the change is made, a maximum time of 45 minutes from a 999 call to arrival at the hyper-acute "
              "stroke unit for patients from the upper Vale.", "AGREE",
         "Crossfell Teaching Hospitals NHS Foundation Trust and Crossfell Ambulance Service NHS Trust",
         "Accepted in part", "partially-accepted",
         "The ambulance service has agreed a standard of 45 minutes for 90% of patients from the upper Vale, "
         "monitored monthly. It cannot guarantee the time for every patient because of winter closures of the "
         "Fell Top road.",
         "Medical Director, Crossfell Ambulance Service /\nChief Medical Officer, ICB",
         ["Medical Director, Crossfell Ambulance Service", "Chief Medical Officer, ICB"],
         "Before go-live (September 2026)", "2026-09", None),
        ("3", "Keep the six stroke rehabilitation beds at Hollowmead General Hospital open, so that patients from "
              "the Vale can continue their recovery closer to home after the first 72 hours.", "KEEP", None,
         "Accepted", "accepted",
         "The six beds will stay open as a step-down unit, staffed by the Trust’s stroke therapy team.",
         "Director of Operations, Crossfell Teaching Hospitals", ["Director of Operations, Crossfell Teaching Hospitals"],
         "Ongoing", None, None),
        ("4", "The ICB should fund a volunteer transport scheme for relatives visiting patients at Crossfell Royal "
              "Infirmary from the Vale.", "FUND", "ICB", "Not accepted", "rejected",
         "The ICB cannot fund a new transport scheme within its allocation. It will publicise the existing Healthy "
         "Journeys fares scheme and the hospital’s free parking for relatives of patients staying more than three "
         "days.",
         "–", [], "N/A", None, None),
        ("5", "That the Trust reports to the Joint Committee every six months for two years after the change on "
              "door-to-needle times, length of stay and outcomes for patients from each council area.", "REPORTS",
         "Trust", "Accepted", "accepted",
         "The Trust will report every six months from October 2026, using the national stroke audit measures, "
         "broken down by the patient’s council area.",
         "Stroke Clinical Lead, Crossfell Teaching Hospitals", ["Stroke Clinical Lead, Crossfell Teaching Hospitals"],
         "First report October 2026", "2026-10", None),
        ("6", "Stroke unit staff at Hollowmead General Hospital should be offered posts at the hyper-acute stroke "
              "unit without loss of pay or banding.", None, None, "Accepted in part", "partially-accepted",
         "Every member of staff will be offered a post at the same band. Pay protection will apply for three years "
         "under the Trust’s organisational change policy, and help with the extra travel costs for four years.",
         "Chief People Officer, Crossfell Teaching Hospitals", ["Chief People Officer, Crossfell Teaching Hospitals"],
         "Q2 2026/27", "2026-09", None),
    ]
    md = [
        "**CROSSFELL JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE**",
        "*A joint committee of Crossfell Council and the two neighbouring unitary councils served by Crossfell "
        "Teaching Hospitals NHS Foundation Trust. Crossfell Council is the lead authority.*",
        f"# {title}",
        "| **Meeting:** Crossfell Joint Health Overview and Scrutiny Committee\n"
        "| **Date:** Wednesday 4 March 2026, 10.00 am, Civic Centre, Crossfell\n"
        "| **Agenda item:** 5\n"
        "| **Report of:** Senior Scrutiny Officer, Crossfell Council (lead authority)\n"
        "| **Attending:** Chief Medical Officer, NHS Crossfell and Vale ICB; Director of Strategy, Crossfell "
        "Teaching Hospitals NHS Foundation Trust",
        "## 1. Purpose of the report",
        "On 10 December 2025 the Joint Committee made six recommendations to the NHS on the proposal to bring all "
        "hyper-acute stroke care in the area together at Crossfell Royal Infirmary. The ICB and the Trust sent a "
        "joint response on 16 February 2026. This report sets the response beside each recommendation so that the "
        "Joint Committee can decide whether it is adequate before the ICB Board takes its decision on 26 March "
        "2026.",
        "## 2. Recommendations",
        "**That the Joint Committee:**",
        "\n".join(f"{n}. {text}" for n, text, _ in covering),
        "## 3. Background",
        "At present patients who have a stroke are taken either to Crossfell Royal Infirmary or to the acute stroke "
        "unit at Hollowmead General Hospital. The proposal is that every patient goes to the hyper-acute stroke "
        "unit (HASU) at Crossfell Royal Infirmary for the first 72 hours, where specialist staff and scanning are "
        "available around the clock. Hollowmead General Hospital would stop admitting patients with a suspected "
        "stroke.",
        "The ICB consulted the public from 15 September to 7 December 2025 and received 1,742 responses. The "
        "Joint Committee considered the proposal at its meetings on 22 October and 10 December 2025. Healthwatch "
        "Crossfell recommended that the ICB publish a transport plan for visitors before any decision; that "
        "recommendation is taken up in the Joint Committee’s own recommendation 1.",
        grid_table([40, 18, 18],
                   ["Stroke admissions, 2024/25", "Crossfell Royal", "Hollowmead"],
                   [["Patients admitted with a stroke", "1,126", "388"],
                    ["Brain scan within one hour of arrival", "71%", "46%"],
                    ["Thrombolysis rate", "12.4%", "8.1%"],
                    ["Median ambulance journey from the upper Vale", "41 min", "17 min"]]),
        "## 4. The recommendations and the NHS response",
        "The NHS response gives a position on each recommendation: Accepted, Accepted in part or Not accepted. The "
        "wording of the response below is the ICB’s and the Trust’s.",
    ]
    recommendations = [recommendation(n, text, verb=verb, addressee="Joint Committee") for n, text, verb in covering]
    for (number, text, verb, addressee, position, dec, response, lead, owners, by, due, status) in recs:
        md += [
            f"### Recommendation {number}",
            text,
            f"**Position:** {position}",
            f"**Response:** {response}",
            f"**Lead:** {lead.replace(chr(10), '  ' + chr(10))}  \n**By when:** {by}",
        ]
        timeframe = None if by in ("Complete", "N/A") else by
        recommendations.append(recommendation(number, text, verb=verb, addressee=addressee, owners=owners, due=due,
                                              timeframe=timeframe, status=status, response=response,
                                              decision=dec))
    md += [
        "## 5. Options for the Joint Committee",
        "If the Joint Committee considers the response adequate, it may note it and ask for the implementation "
        "report in October 2026. If it does not, it may write to the ICB setting out why, and may ask the "
        "Secretary of State to consider calling in the proposal. Guidance says that a request should be made only "
        "after local discussions have been exhausted and should explain why the proposal is not in the interests "
        "of the health service in the area.",
        "## 6. Background papers",
        "Joint Committee minutes, 22 October and 10 December 2025; NHS Crossfell and Vale ICB, *Stroke services "
        "consultation: findings report*, January 2026; joint NHS response letter, 16 February 2026.",
        "**Contact:** Senior Scrutiny Officer, Crossfell Council – health.scrutiny@crossfell.example – 01632 960 519",
    ]
    return {
        "name": "crossfell-joint-health-scrutiny-stroke-services-nhs-response",
        "split": "tune",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-02-23"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="joint health overview and scrutiny committee report setting its recommendations on an "
                           "NHS service change beside the NHS bodies' joint response", kind="committee-report",
                     title=title, authority=CROSSFELL_COUNCIL, date="2026-03-04", meeting=meeting,
                     recommendations=recommendations),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles. A bold capitals joint committee line "
                  "and an italic membership line naming the lead authority above the H1; a line block of "
                  "bold-labelled front lines (Meeting / Date / Agenda item / Report of / Attending); \"**That the "
                  "Joint Committee:**\" over a pandoc-numbered 1.–3. list (notes / decides / agrees, \";\" and \"; "
                  "and\"); background prose with \"Healthwatch Crossfell recommended that the ICB publish …\" "
                  "(reported, not an item); a figures grid table. Section 4 sets each of the Committee's six "
                  "December recommendations under a Heading 3 \"Recommendation n\" (two \"That the ICB / the Trust "
                  "…\" sentences, one naming two trusts, one imperative, one \"The ICB should …\", one passive), "
                  "each followed by bold-led paragraphs \"Position:\" (Accepted / Accepted in part / Not accepted), "
                  "\"Response:\" and a \"Lead:\" / \"By when:\" pair joined by a hard line break (one lead of two "
                  "posts split by \"/\" and a line break, one \"–\"; by when \"Complete\", \"Before go-live "
                  "(September 2026)\", \"Ongoing\", \"N/A\", \"First report October 2026\", \"Q2 2026/27\"). Options "
                  "in prose, background papers and a contact line (not items).",
    }


PAPERS = [hollowmead_town_council_minutes, crossfell_pcp_plan_review, crossfell_fra_crmp_outcome,
          crossfell_ca_budget_scrutiny, crossfell_jhosc_stroke_response, hollowmead_schedule_of_payments]
