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

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

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
from gold import action, decision, recommendation
from papers_fresh import grid_table

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
        return ("pn", f"**{number}\t{heading}**")

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
                 "author": "Town Clerk", "ninth_m": True, "cant_split": True, "font": "Liberation Sans",
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


PAPERS = [hollowmead_town_council_minutes, hollowmead_schedule_of_payments]
