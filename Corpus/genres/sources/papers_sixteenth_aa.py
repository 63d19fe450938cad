"""Papers of the sixteenth batch, part AA ("letters, slides and spreadsheets"): six made-up papers
that carry recommendations and responses outside the committee-report template, from two invented
places:

  Greyhaven – Greyhaven City Council, with a Cabinet, an Overview and Scrutiny Management Board and
    scrutiny panels (Housing and Communities; Economy and Skills; Children and Young People;
    Environment and Transport);
  Pennistock – Pennistock County Council (its Adults and Health Overview and Scrutiny Committee),
    Pennistock Healthwatch, and the NHS bodies invented for it: the Pennistock and District
    Integrated Care Board and the Pennistock and District NHS Foundation Trust.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every premises, firm, street and figure is made up.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, and without running it or using git. Read:
`Corpus/genres/README.md` (introduction, first layout table, the headers of parts W, X, Y and Z and
their first-contact sections, the gold decisions on the slide deck, the Healthwatch letter, the
Leader's letter and the precept letter, "Second renditions", "Rebuilding" and the closing gold
decisions), `Corpus/gold/README.md`, `Corpus/gold/real/README.md`, `build.py`, `render.py`,
`gold.py`, the writer part of `papers_ninth_m.py`, `FarHWriter` in `papers_far_h.py`, `grid_table`
in `papers_fresh.py` and the layout of `papers_fifteenth_z.py` (not `papers_sixteenth_ab.py`,
written at the same time by someone else). Each paper names its own split. Every gold value is
written by hand beside the words it labels; the part AA notes record the choices where the rules
left room.

Writers: the python-docx papers set meta "ninth_m" and are written by papers_ninth_m.NinthMWriter;
the pandoc papers use papers_fresh.grid_table. render.py cannot make slides or a printed web-mail
page, so this module wraps `render.to_html` when it is imported: a paper whose meta carries
"aa_html" (a whole HTML page, written below) is written as that page; every other paper goes to the
wrapped function unchanged (render.py itself is not edited).

The papers (name – split – format):

  AA1 greyhaven-housing-scrutiny-panel-letter-families-in-bed-and-breakfast – tune – docx: a
      scrutiny panel chair's letter to a Cabinet Member with six recommendations in a Word-numbered
      list inside the prose, a figures table, a signature block and a cc list.
  AA2 greyhaven-cabinet-member-reply-markets-review – unseen – pandoc-lo-pdf: the Cabinet Member's
      reply letter to another panel, each of seven recommendations under a bold heading, in italics,
      answered in prose paragraphs that name officers and dates (no table).
  AA3 pennistock-hospital-discharge-task-and-finish-slides – tune – chromium-pdf: a task-and-finish
      group's findings as a 16:9 slide deck, one slide per page, with two "Our recommendations"
      slides (R1–R7) and a slide asking the Committee to endorse them.
  AA4 greyhaven-scrutiny-recommendations-tracker-march-2026 – unseen – lo-pdf: a recommendation
      tracker as exported from a spreadsheet (landscape, twelve narrow columns, gridlines, the header
      row repeated on every page, dates dd/mm/yyyy, RAG letters, empty cells).
  AA5 pennistock-healthwatch-enter-and-view-willowmere-house – unseen – pandoc-docx: a Healthwatch
      Enter and View visit report on a care home, with six recommendations and the provider's
      response table.
  AA6 pennistock-scrutiny-briefing-papers-email – tune – chromium-pdf: a scrutiny officer's e-mail
      to councillors forwarding the papers for an informal briefing, printed from web mail; nothing
      to find.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import html as _html

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
import render as _render
from gold import recommendation
from papers_fresh import grid_table

GREYHAVEN = "Greyhaven City Council"
PENNISTOCK = "Pennistock County Council"

_wrapped_to_html = _render.to_html


def _to_html(meta, blocks, path):
    if not meta.get("aa_html"):
        return _wrapped_to_html(meta, blocks, path)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(meta["aa_html"])
    return None


_render.to_html = _to_html


def esc(text):
    """HTML-escaped text with "**bold**" spans."""
    out = []
    for i, part in enumerate(text.split("**")):
        out.append(f"<b>{_html.escape(part)}</b>" if i % 2 else _html.escape(part))
    return "".join(out)


# ---------------------------------------------------------------------------
# AA1. Scrutiny panel chair's letter to the Cabinet Member (DOCX, python-docx, NinthMWriter,
#      Liberation Sans 10.5 pt, italic footer with "Page X of Y").
# ---------------------------------------------------------------------------


def greyhaven_chair_letter():
    title = "Scrutiny inquiry: families with children in bed and breakfast accommodation"
    blue = "1C4E80"
    # (text, verb, addressee) – "The Panel recommends that:" is the stem; verb and addressee from
    # each that-clause (the Healthwatch letter rule).
    recs = [
        ("the Council sets a target that no family with children stays in bed and breakfast accommodation for "
         "longer than six weeks, and reports its performance against that target to the Panel every quarter;",
         "SETS", "Council"),
        ("every family placed in bed and breakfast is given a named caseworker, and a visit from that caseworker, "
         "within five working days of the placement;", None, None),
        ("the Council brings forward a business case to lease or buy at least 40 more self-contained homes for use "
         "as temporary accommodation before the end of 2026;", "BRINGS", "Council"),
        ("the Director of Housing and Communities agrees with the Director of Education a scheme to pay for school "
         "travel for children placed outside the city, so that they can stay at their own school;",
         "AGREES", "Director of Housing and Communities"),
        ("the Housing Options service publishes its temporary accommodation placement policy, in plain English, on "
         "the Council’s website; and", "PUBLISHES", "Housing Options service"),
        ("the Cabinet Member writes to the Minister for Housing to ask that the six-week limit is backed by funding "
         "for councils that cannot meet it.", "WRITES", "Cabinet Member"),
    ]
    blocks = [
        ("pr", f"<<{blue}|**GREYHAVEN CITY COUNCIL**>>"),
        ("pr", "<<595959|Overview and Scrutiny>>"),
        ("pr", "<<595959|Civic Centre, Harbour Street, Greyhaven GH1 1CC>>"),
        ("p", ""),
        ("table", {"cols": [10.0, 7.0], "borders": False, "rows": [
            [{"blocks": [("p", "Councillor R.T.\nCabinet Member for Housing and Homelessness\nGreyhaven City "
                                "Council\nCivic Centre\nHarbour Street\nGreyhaven GH1 1CC")]},
             {"blocks": [("p", "Our ref: HCSP/2526/04\nDate: 17 February 2026\nContact: A.B., Scrutiny Officer\n"
                                "Telephone: 01632 960412\nE-mail: scrutiny@greyhaven.example")]}],
        ]}),
        ("p", "Dear Councillor R.T.,"),
        ("p", f"**{title}**"),
        ("p", "I am writing on behalf of the Housing and Communities Scrutiny Panel to set out the findings and "
              "recommendations of our short inquiry into the use of bed and breakfast accommodation for families "
              "with children. The Panel held three evidence sessions between October 2025 and January 2026. We heard "
              "from the Head of Housing Options, two hotel operators, the Greyhaven Family Advice Centre and the "
              "headteachers of two primary schools, and we met six families who had lived in bed and breakfast in "
              "the last year. I would like to thank everyone who gave their time, and in particular the families, "
              "who spoke to us frankly about a very hard time in their lives."),
        ("p", "**What we found**"),
        ("p", "The number of families in bed and breakfast has risen more than fourfold in under two years, as the "
              "table below shows. The six-week limit for families with children was exceeded in 38 of the 61 cases "
              "at the end of December, and the longest stay was 23 weeks. Officers were open with us about the "
              "reasons: the shortage of self-contained temporary accommodation, the loss of 52 leased homes when "
              "their landlords sold, and the rise in evictions from the private rented sector."),
        ("table", {"cols": [7.0, 2.0, 2.0, 2.0, 2.0, 2.0], "font": 9.5, "header_fill": "DCE6F1",
                   "header": ["Families in bed and breakfast (month end)", "Apr 2024", "Oct 2024", "Apr 2025",
                              "Oct 2025", "Dec 2025"],
                   "rows": [["All families with children", "14", "27", "39", "55", "61"],
                            ["Of which, placed outside the city", "3", "8", "12", "19", "22"],
                            ["Of which, more than six weeks", "2", "9", "21", "33", "38"]]}),
        ("p", "Families told us that the hardest things were sharing a single room, having nowhere to cook, and the "
              "journey to school. One mother described a two-hour round trip on two buses every day so that her "
              "children could stay at their primary school. Several did not know who their caseworker was. The "
              "Greyhaven Family Advice Centre recommended that the Council should stop using the two hotels outside "
              "the city altogether; the Panel understands why, but heard that without them some families would "
              "have nowhere to go at all."),
        ("p", "We were encouraged by the new prevention team, which has helped 140 households to stay in their "
              "homes since it started in July 2025, and by the Council’s bid to the Local Authority Housing Fund. "
              "The Panel would like to place on record its thanks to the Housing Options staff, who are working "
              "under great pressure."),
        ("p", "**Our recommendations**"),
        ("p", "At its meeting on 10 February 2026 the Panel agreed to make the following recommendations to you. "
              "The Panel recommends that:"),
        ("list", "1.", 1, [r[0] for r in recs]),
        ("p", "We also heard a good deal about the condition of the two hotels outside the city. The Panel will "
              "return to this as part of its work on private sector housing standards next year, and does not make "
              "a recommendation on it now."),
        ("p", "The Overview and Scrutiny Procedure Rules ask the Cabinet to respond to scrutiny recommendations "
              "within two months. I would be grateful for your response by 17 April 2026, so that the Panel can "
              "consider it at its meeting on 28 April 2026. I would also be happy to meet you and the Director to "
              "talk about the recommendations before then."),
        ("p", "Yours sincerely,"),
        ("p", ""),
        ("p", "<<7F7F7F|(signed)>>"),
        ("p", "**Councillor M.O.**\nChair, Housing and Communities Scrutiny Panel"),
        ("p", ""),
        ("p", "cc:\tCouncillor D.E., Leader of the Council\n\tDirector of Housing and Communities\n"
              "\tHead of Housing Options\n\tDirector of Education\n"
              "\tMembers of the Housing and Communities Scrutiny Panel\n\tScrutiny Manager"),
    ]
    recommendations = [recommendation(str(i), r[0], verb=r[1], addressee=r[2]) for i, r in enumerate(recs, 1)]
    return {
        "name": "greyhaven-housing-scrutiny-panel-letter-families-in-bed-and-breakfast",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-02-17", "doc_title": title, "author": "Scrutiny Officer", "ninth_m": True,
                 "font": "Liberation Sans", "size": 10.5,
                 "m_footer": ("Housing and Communities Scrutiny Panel – our ref HCSP/2526/04",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="scrutiny panel chair's letter to a Cabinet Member setting out the panel's "
                           "recommendations (a Word-numbered list after \"The Panel recommends that:\")",
                     kind="scrutiny-report", title=title, authority=GREYHAVEN, date="2026-02-17", meeting=None,
                     recommendations=recommendations),
        "layout": "DOCX (python-docx), Liberation Sans 10.5 pt, an italic footer with the panel, the reference and "
                  "\"Page X of Y\" fields; 2 pages. A right-aligned letterhead (blue bold capitals council line, "
                  "grey service and address lines); a borderless two-column table with the addressee on the left "
                  "and Our ref / Date / Contact / Telephone / E-mail on the right; \"Dear Councillor R.T.,\"; the "
                  "subject as a bold paragraph; prose with bold side headings that are not styles (What we found / "
                  "Our recommendations); a figures table with a pale blue header; \"The Greyhaven Family Advice "
                  "Centre recommended that the Council should stop …\" (reported, not an item); \"The Panel "
                  "recommends that:\" over a Word-numbered 1.–6. list of that-clauses (\";\" and \"; and\"; one "
                  "passive, one naming a Director, one the Cabinet Member; a date inside 3); a paragraph that "
                  "declines to recommend; the request for a response by a date; \"Yours sincerely,\", \"(signed)\", "
                  "the bold name and post joined by a line break; a cc list set with tabs and line breaks.",
    }


# ---------------------------------------------------------------------------
# AA2. The Cabinet Member's reply letter (Markdown → pandoc DOCX → LibreOffice), responses in
#      prose, no table.
# ---------------------------------------------------------------------------


def greyhaven_reply_letter():
    title = "Response to the Economy and Skills Scrutiny Panel’s review of Greyhaven’s markets"
    # (heading, recommendation, verb, addressee, [response paragraphs], decision)
    recs = [
        ("Pitch fees",
         "Freeze pitch fees at the Corn Exchange and Fishgate Street markets for 2026/27 and 2027/28.",
         "FREEZE", None,
         ["I accept this recommendation. Pitch fees for 2026/27 were frozen in the budget agreed by Council on 24 "
          "February 2026, and I have asked the Head of Markets and Events to include a freeze for 2027/28 in next "
          "year’s fees and charges report. The cost, about £18,000 a year in lost income, will be met from the "
          "markets reserve."],
         "accepted"),
        ("A markets development officer",
         "That the Council appoints a markets development officer for at least two years to recruit new traders, "
         "especially young people and food businesses.",
         "APPOINTS", "Council",
         ["I accept this recommendation in part. There is no budget for a new post in 2026/27, and I do not want to "
          "create a post that we cannot keep.",
          "Instead, from June 2026 half of the Markets Supervisor’s time will be given to recruiting traders, with "
          "a target of twelve new traders by March 2027. The Head of Markets and Events will also bid to the UK "
          "Shared Prosperity Fund for a two-year post from April 2027, and I will report the outcome of the bid to "
          "the Panel."],
         "partially-accepted"),
        ("Sunday opening",
         "Open the Corn Exchange on the first Sunday of each month from spring 2026, as a trial.",
         "OPEN", None,
         ["I am pleased to accept this recommendation. The first Sunday market will be held on 3 May 2026 and the "
          "trial will run until April 2027. The Markets Manager will report footfall and traders’ takings to the "
          "Panel in November 2026, so that we can decide together whether to make it permanent."],
         "accepted"),
        ("Management of Fishgate Street market",
         "That the Council transfers the management of Fishgate Street market to a traders’ cooperative or a "
         "community interest company.",
         "TRANSFERS", "Council",
         ["I am not able to accept this recommendation at this time. The market makes a small surplus that pays for "
          "the cleansing of Fishgate Street, and none of the traders we have spoken to wants to take on the "
          "licence, the insurance or the staff. I would be happy to look at this again if a group of traders comes "
          "forward with a proposal."],
         "rejected"),
        ("The Corn Exchange building",
         "The Council should repair the roof and glazing of the Corn Exchange before any other capital works on the "
         "market buildings.",
         "REPAIR", "Council",
         ["Accepted. The roof survey was completed in January 2026 and the repairs, estimated at £410,000, are the "
          "first call on the markets capital programme agreed in February. Corporate Property will let the "
          "contract in July 2026 so that the work is finished before Christmas trading."],
         "accepted"),
        ("Promotion",
         "Work with Greyhaven Business Improvement District on a joint marketing campaign for the markets, including "
         "on the city’s tourism website.",
         "WORK", None,
         ["I agree with the aim of this recommendation and accept it in part. The markets will be on the tourism "
          "website from April 2026 and the Communications Manager will agree a joint summer campaign with the "
          "Business Improvement District. A year-round campaign would need a budget we do not have, so it is not "
          "part of this response."],
         "partially-accepted"),
        ("Reporting progress",
         "Report to the Panel in September 2026 on progress against these recommendations.",
         "REPORT", None,
         ["Agreed. The Head of Markets and Events and I will attend the Panel’s September meeting to report "
          "progress."],
         "accepted"),
    ]
    md = [
        "**GREYHAVEN CITY COUNCIL**",
        "| Councillor S.K.\n| Cabinet Member for Economy, Culture and Markets\n| Civic Centre, Harbour Street, "
        "Greyhaven GH1 1CC\n| Telephone: 01632 960455\n| E-mail: cllr.sk@greyhaven.example",
        "| Councillor L.N.\n| Chair, Economy and Skills Scrutiny Panel\n| Greyhaven City Council",
        "| Our ref: SK/ECM/0311\n| Date: 9 March 2026",
        "Dear Councillor L.N.,",
        f"**{title}**",
        "Thank you for your letter of 20 January 2026 and for the Panel’s report on Greyhaven’s street and covered "
        "markets. I know how much work went into the review, and I am grateful to the Panel for listening to so many "
        "traders and shoppers. The markets are part of what makes Greyhaven different from other cities, and I share "
        "the Panel’s wish to see them thrive.",
        "I have discussed each recommendation with the Director of Place and the Head of Markets and Events, and my "
        "response to each is set out below. The recommendations are repeated in italics.",
    ]
    for i, (heading, text, _v, _a, paras, _d) in enumerate(recs, 1):
        md.append(f"**Recommendation {i} – {heading}**")
        md.append(f"*{text}*")
        md += paras
    md += [
        "Taken together, these responses mean that six of the Panel’s seven recommendations will be taken forward, in "
        "full or in part, this year. I hope the Panel will feel that its work has made a real "
        "difference, and I look forward to discussing progress with you in September.",
        "I am copying this letter to the Leader, the Director of Place and the Head of Markets and Events, and to the "
        "Scrutiny Manager so that it can be published with the Panel’s papers for 24 March 2026.",
        "Yours sincerely,",
        "| *(signed)*\n| **Councillor S.K.**\n| Cabinet Member for Economy, Culture and Markets",
        "*cc: Councillor D.E., Leader of the Council; Director of Place; Head of Markets and Events; Scrutiny "
        "Manager*",
    ]
    recommendations = [
        recommendation(str(i), r[1], verb=r[2], addressee=r[3], response=" ".join(r[4]), decision=r[5])
        for i, r in enumerate(recs, 1)
    ]
    return {
        "name": "greyhaven-cabinet-member-reply-markets-review",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-03-09"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Cabinet Member's reply letter to a scrutiny panel, answering each recommendation in prose "
                           "paragraphs (accepted, accepted in part, not accepted; no table)",
                     kind="executive-response", title=title, authority=GREYHAVEN, date="2026-03-09", meeting=None,
                     recommendations=recommendations),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles; 3 pages. A bold capitals council line, "
                  "three line blocks (the Cabinet Member's name, post, address and contacts; the addressee; \"Our "
                  "ref:\" and the date), \"Dear Councillor L.N.,\" and the subject as a bold paragraph. Two opening "
                  "paragraphs (the second says the recommendations are repeated in italics). Seven bold \"Recommendation "
                  "n – Short title\" paragraphs, each followed by the recommendation as an italic paragraph (not a block "
                  "quote) and one or two plain response paragraphs that open with the decision in their own words (\"I "
                  "accept this recommendation.\", \"I accept this recommendation in part.\", \"I am pleased to accept "
                  "…\", \"I am not able to accept …\", \"Accepted.\", \"I agree with the aim … and accept it in part.\", "
                  "\"Agreed.\") and name officers and months only in prose; four imperatives, two \"That the Council "
                  "…\", one \"The Council should …\". Two closing paragraphs, \"Yours sincerely,\", a signature line "
                  "block and an italic cc line.",
    }


# ---------------------------------------------------------------------------
# AA3. Task-and-finish group findings as a slide deck (HTML written here → Chromium), 16:9, one slide
#      per page.
# ---------------------------------------------------------------------------


SLIDE_CSS = """
@page { size: 254mm 142.875mm; margin: 0; }
html, body { margin: 0; padding: 0; }
body { font-family: 'Liberation Sans', sans-serif; color: #1f2a33; -webkit-print-color-adjust: exact;
       print-color-adjust: exact; }
.slide { width: 254mm; height: 142.8mm; box-sizing: border-box; padding: 9mm 14mm 0 14mm;
         page-break-after: always; break-after: page; position: relative; overflow: hidden;
         border-top: 5mm solid #00665E; }
.slide:last-child { page-break-after: auto; break-after: auto; }
.slide h2 { font-size: 25pt; color: #00665E; margin: 0 0 5mm 0; font-weight: bold; }
.slide ul { margin: 0; padding-left: 7mm; font-size: 14.5pt; line-height: 1.35; }
.slide li { margin-bottom: 2.2mm; }
.slide p { font-size: 14.5pt; margin: 0 0 3mm 0; line-height: 1.35; }
.strap { position: absolute; left: 0; right: 0; bottom: 0; height: 9mm; background: #E6F0EF;
         font-size: 8.5pt; color: #3d4b55; padding: 2.6mm 14mm 0 14mm; box-sizing: border-box; }
.strap .num { position: absolute; right: 14mm; top: 2.6mm; font-weight: bold; }
.title-slide { background: #00665E; color: #ffffff; border-top: none; padding-top: 26mm; }
.title-slide h1 { font-size: 34pt; margin: 0 0 6mm 0; line-height: 1.15; }
.title-slide p { font-size: 15pt; color: #ffffff; }
.title-slide .small { font-size: 12pt; color: #d5ebe8; }
.tiles { display: flex; gap: 5mm; margin-bottom: 5mm; }
.tile { flex: 1; background: #E6F0EF; padding: 3mm 4mm; border-left: 2mm solid #00665E; }
.tile .big { font-size: 26pt; font-weight: bold; color: #00665E; display: block; }
.tile .lab { font-size: 10.5pt; }
table { border-collapse: collapse; font-size: 11pt; width: 100%; }
th { background: #00665E; color: #ffffff; text-align: left; padding: 1.6mm 2.5mm; }
td { border-bottom: 0.4mm solid #b8cfcc; padding: 1.6mm 2.5mm; }
.quote { font-size: 15pt; font-style: italic; border-left: 2mm solid #F2A900; padding-left: 5mm;
         margin: 0 0 5mm 0; }
.quote span { display: block; font-size: 10.5pt; font-style: normal; color: #56646e; margin-top: 1mm; }
.rec { display: flex; margin-bottom: 3.2mm; }
.rec .lab { flex: 0 0 14mm; font-size: 15pt; font-weight: bold; color: #ffffff; background: #00665E;
            text-align: center; height: 9mm; line-height: 9mm; margin-right: 5mm; border-radius: 1.5mm; }
.rec .txt { font-size: 13.5pt; line-height: 1.3; padding-top: 1mm; }
.ask { background: #FFF4D6; border: 0.6mm solid #F2A900; padding: 5mm 6mm; font-size: 16pt; margin-bottom: 6mm; }
.ask p { font-size: 16pt; }
"""


def pennistock_slides():
    heading_l1, heading_l2 = "Home First:", "Getting People Home from Hospital"
    title = f"{heading_l1} {heading_l2}"
    meeting = "Adults and Health Overview and Scrutiny Committee"
    covering = ("The Committee is asked to endorse the seven recommendations of the Task and Finish Group and to "
                "refer them to the Cabinet and to the Pennistock and District Integrated Care Board for a response "
                "within two months.")
    # (label, text, verb, addressee)
    recs = [
        ("R1", "The Integrated Care Board and the Council should agree a single discharge-to-assess pathway for the "
               "whole county by September 2026.", "AGREE", "Integrated Care Board and the Council"),
        ("R2", "Pennistock and District NHS Foundation Trust should start planning discharge on the day a patient is "
               "admitted, and tell the patient and their carer the expected date of discharge within 48 hours.",
         "START", "Pennistock and District NHS Foundation Trust"),
        ("R3", "The Council should buy more reablement hours in the north of the county, where waits are longest.",
         "BUY", "Council"),
        ("R4", "Carers should be offered a carer’s assessment before the person they care for leaves hospital.",
         None, None),
        ("R5", "Publish a monthly discharge dashboard on the Council and ICB websites, showing delays by hospital and "
               "by reason.", "PUBLISH", None),
        ("R6", "The Council should fund the Carers Centre’s hospital link worker service for a further three years.",
         "FUND", "Council"),
        ("R7", "The Committee should receive a progress report on these recommendations in March 2027.",
         "RECEIVE", "Committee"),
    ]
    strap = "Pennistock County Council  |  Adults and Health Overview and Scrutiny Committee  |  11 March 2026"
    slides = []

    def slide(heading, body):
        number = len(slides) + 1
        slides.append(f'<div class="slide"><h2>{esc(heading)}</h2>{body}'
                      f'<div class="strap">{esc(strap)}<span class="num">{number}</span></div></div>')

    def bullets(items):
        return "<ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"

    slides.append(
        '<div class="slide title-slide">'
        f"<h1>{esc(heading_l1)}<br>{esc(heading_l2)}</h1>"
        "<p>Findings and recommendations of the Hospital Discharge Task and Finish Group</p>"
        f"<p>{esc(meeting)} – 11 March 2026</p>"
        '<p class="small">Presented by Councillor J.W., Chair of the Task and Finish Group, and the Senior '
        "Scrutiny Officer</p></div>")
    slide("Why we looked at this", bullets([
        "On a typical day last winter, 96 people in Pennistock’s hospitals were well enough to leave but could not "
        "go home",
        "Every extra day in a hospital bed can cost an older person muscle strength they may not get back",
        "Families and carers told councillors they were told about discharge at the last minute",
        "The Committee set up the Group in June 2025 to find out why, and what would make the most difference",
    ]))
    slide("How we did it", bullets([
        "Five evidence sessions, July to December 2025, with the ICB, the Foundation Trust, adult social care, "
        "two home care providers and the Carers Centre",
        "Visits to the discharge hub at Pennistock General Hospital and to Oakfold Community Hospital",
        "A survey of carers: 212 replies",
        "Members: Councillors J.W. (Chair), A.P., C.H., N.V. and S.D.",
    ]))
    tiles = [("96", "people a day medically fit but still in hospital (winter 2024/25 average)"),
             ("6.4", "average extra days in hospital after being declared fit"),
             ("41%", "of carers said they were told about discharge less than a day before"),
             ("19 days", "average wait for reablement in the north of the county")]
    table = ("<table><tr><th>Hospital</th><th>Beds</th><th>Fit but waiting (daily average)</th>"
             "<th>Main reason for delay</th></tr>"
             "<tr><td>Pennistock General Hospital</td><td>612</td><td>71</td><td>Waiting for home care</td></tr>"
             "<tr><td>Oakfold Community Hospital</td><td>48</td><td>14</td><td>Waiting for a care home place</td></tr>"
             "<tr><td>Elmcote Mental Health Unit</td><td>64</td><td>11</td><td>Housing</td></tr></table>")
    slide("Discharge in numbers",
          '<div class="tiles">' + "".join(f'<div class="tile"><span class="big">{esc(b)}</span>'
                                          f'<span class="lab">{esc(l)}</span></div>' for b, l in tiles)
          + "</div>" + table)
    slide("What we heard",
          '<div class="quote">“Nobody asked whether I could manage. Mum came home in a taxi at nine at night.”'
          "<span>Carer, survey response</span></div>"
          '<div class="quote">“We can start a package the same day if we know on Monday that someone is coming '
          "home on Wednesday.”<span>Home care provider</span></div>"
          '<div class="quote">“The best discharges we see are the ones that were planned from the day the '
          "patient came in.”<span>Discharge hub nurse</span></div>")
    slide("What is working", bullets([
        "The discharge hub at Pennistock General brings the Trust, the Council and the ICB into one room every "
        "morning",
        "Virtual wards have taken 380 people home earlier since April 2025",
        "The Carers Centre’s hospital link worker helped 230 carers last year – but its funding ends in March 2026",
    ]))
    slide("What needs to change", bullets([
        "There are three different discharge pathways in the county, and staff and families find them confusing",
        "Planning for discharge usually starts only when a patient is declared fit, not on admission",
        "Reablement capacity is lowest in the north, where the population is oldest",
        "Carers are rarely offered an assessment before discharge; the Carers Centre recommended that every ward "
        "should have a named carers’ lead",
        "Data on delays is collected daily but not published",
    ]))

    def rec_rows(items):
        return "".join(f'<div class="rec"><div class="lab">{esc(l)}</div><div class="txt">{esc(t)}</div></div>'
                       for l, t, _v, _a in items)

    slide("Our recommendations (1 of 2)", rec_rows(recs[:4]))
    slide("Our recommendations (2 of 2)", rec_rows(recs[4:]))
    slide("What we are asking the Committee to do",
          f'<div class="ask"><p>{esc(covering)}</p></div>'
          "<p><b>Next steps</b></p>"
          + bullets(["Responses from the Cabinet and the ICB expected by May 2026",
                     "The Committee to track progress through its recommendations tracker",
                     "Progress report to the Committee in March 2027"]))
    slide("Thank you – questions?",
          "<p>Thank you to everyone who gave evidence, and to the 212 carers who answered our survey.</p>"
          "<p>The Group’s full evidence pack is available from the Scrutiny Team:<br>"
          "scrutiny@pennistock.example  ·  01632 960588</p>")
    page = ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f"<title>{esc(title)}</title><style>{SLIDE_CSS}</style></head><body>"
            + "\n".join(slides) + "</body></html>")
    recommendations = [recommendation(None, covering, verb="ENDORSE", addressee="Committee")]
    recommendations += [recommendation(l, t, verb=v, addressee=a) for l, t, v, a in recs]
    return {
        "name": "pennistock-hospital-discharge-task-and-finish-slides",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "aa_html": page},
        "blocks": [],
        "gold": dict(genre="task-and-finish group's findings presented as a slide deck printed to PDF, with two "
                           "\"Our recommendations\" slides and a slide asking the committee to endorse them",
                     kind="scrutiny-report", title=title, authority=PENNISTOCK, date="2026-03-11", meeting=meeting,
                     recommendations=recommendations),
        "layout": "PDF (HTML written in the module → Chromium), eleven 16:9 slides (254 × 142.9 mm), one per page, "
                  "Liberation Sans. A teal title slide (title on two lines, the Group, the Committee and date, "
                  "presenters by role); every other slide with a teal bar across the top, a big teal title and a "
                  "pale footer strap (council | committee | date) with the slide number on the right. Bullets; four "
                  "headline-figure tiles over a small table with a teal header; three quotes; \"What needs to change\" "
                  "bullets, one saying \"the Carers Centre recommended that every ward should have …\" (not an item); "
                  "\"Our recommendations (1 of 2)\" with R1–R4 and \"(2 of 2)\" with R5–R7, each label in a teal "
                  "badge beside its sentence (five \"X should V …\", one passive \"Carers should be offered …\", one "
                  "imperative; dates inside R1 and R7); \"What we are asking the Committee to do\" with one \"The "
                  "Committee is asked to endorse …\" sentence in an amber box, then \"Next steps\" bullets with "
                  "dates but no owners (not actions); a thank-you slide with a contact.",
    }


# ---------------------------------------------------------------------------
# AA4. Recommendation tracker as exported from a spreadsheet (python-docx → LibreOffice, landscape,
#      Liberation Sans Narrow, NinthMWriter).
# ---------------------------------------------------------------------------


def greyhaven_tracker():
    title = "Greyhaven City Council – Overview and Scrutiny: recommendations tracker 2025/26"
    prs = "Private rented sector standards"
    yth = "Youth services"
    fly = "Fly-tipping"
    hpv = "Homelessness prevention"
    app = "Apprenticeships"
    es = "Economy and Skills"
    hc, cyp, en = "Housing and Communities", "Children and Young People", "Environment and Transport"
    decisions = {"Accepted": "accepted", "Partially accepted": "partially-accepted", "Not accepted": "rejected"}
    statuses = {"Complete": "completed", "In progress": "ongoing", "Not started": "not-started", "Overdue": None,
                "Closed": "superseded"}
    rag_fill = {"B": "5B9BD5", "G": "92D050", "A": "FFC000", "R": "FF5050", "": None}
    due_of = {"31/03/2026": "2026-03-31", "30/09/2025": "2025-09-30", "31/07/2025": "2025-07-31",
              "30/06/2025": "2025-06-30", "01/04/2026": "2026-04-01", "30/06/2026": "2026-06-30",
              "31/12/2025": "2025-12-31", "31/01/2026": "2026-01-31", "01/04/2025": "2025-04-01",
              "30/04/2026": "2026-04-30", "": None}
    # (ref, panel, review, cabinet date, recommendation, verb, response, lead, owners, target, update, rag,
    #  status, closed)
    rows = [
        ("HC/24/01", hc, prs, "15/01/2025",
         "Introduce a selective licensing scheme for privately rented homes in the Docklands and St Anne’s wards, "
         "subject to consultation.", "INTRODUCE", "Accepted", "Head of Private Sector Housing",
         ["Head of Private Sector Housing"], "31/03/2026",
         "Consultation closed 12/12/2025 (1,140 responses). Designation report to Cabinet 24/03/2026.", "G",
         "In progress", ""),
        ("HC/24/02", hc, prs, "15/01/2025",
         "Publish on the Council’s website a list of landlords fined for failing to meet housing standards.",
         "PUBLISH", "Partially accepted", "Head of Private Sector Housing /\nLegal Services Manager",
         ["Head of Private Sector Housing", "Legal Services Manager"], "30/09/2025",
         "Civil penalties now published quarterly; names withheld while an appeal is pending. First list published "
         "01/10/2025.", "B", "Complete", "07/10/2025"),
        ("HC/24/03", hc, prs, "15/01/2025",
         "Recruit two more private sector housing enforcement officers.", "RECRUIT", "Accepted",
         "Head of Private Sector Housing", ["Head of Private Sector Housing"], "31/07/2025",
         "One post filled Sept 2025. Second post advertised twice with no suitable candidate; readvertising with a "
         "market supplement.", "R", "Overdue", ""),
        ("HC/25/01", hc, hpv, "19/11/2025",
         "Extend the prevention team’s opening hours to include one evening a week.", "EXTEND", "Accepted",
         "Head of Housing Options", ["Head of Housing Options"], "31/01/2026",
         "Thursday late opening to 19:30 started 08/01/2026.", "B", "Complete", "08/01/2026"),
        ("HC/25/02", hc, hpv, "19/11/2025",
         "Give every household at risk of eviction a written personal housing plan within ten working days.",
         "GIVE", "Accepted", "Head of Housing Options /\nPrevention Team Leader",
         ["Head of Housing Options", "Prevention Team Leader"], "31/03/2026",
         "Audit of January cases: 71% had a plan within ten working days (target 90%). Extra caseworker from "
         "February.", "A", "In progress", ""),
        ("HC/25/03", hc, hpv, "19/11/2025",
         "Fund a landlord liaison officer to negotiate with landlords before notices are served.", "FUND",
         "Accepted", "Head of Housing Options", ["Head of Housing Options"], "",
         "Depends on the Homelessness Prevention Grant top-up; outcome expected April 2026.", "A", "Not started",
         ""),
        ("CYP/24/01", cyp, yth, "12/03/2025",
         "Keep the three council-run youth centres open until a community partner has been found for each.",
         "KEEP", "Accepted", "Head of Early Help and Youth", ["Head of Early Help and Youth"], "31/03/2026",
         "Westgate and Marlow Road centres transferred to Greyhaven Youth Trust 01/11/2025. Talbot Lane: two "
         "expressions of interest, decision due April.", "A", "In progress", ""),
        ("CYP/24/02", cyp, yth, "12/03/2025",
         "Set up a youth council with its own budget of at least £10,000 a year.", "SET", "Not accepted",
         "Head of Early Help and Youth", ["Head of Early Help and Youth"], "",
         "Not accepted by Cabinet (minute CAB/24/112). Young people’s views are gathered through the Youth Voice "
         "forum instead.", "", "Closed", "12/03/2025"),
        ("CYP/24/03", cyp, yth, "12/03/2025",
         "Ask every school to promote the holiday activities programme to families eligible for free school meals.",
         "ASK", "Accepted", "School Partnerships Manager", ["School Partnerships Manager"], "30/06/2025",
         "Letter to all headteachers May 2025. Take-up by eligible children up 18% on summer 2024.", "B",
         "Complete", "02/09/2025"),
        ("ES/24/04", es, app, "12/02/2025",
         "Create 30 apprenticeships a year within the Council, at least ten of them for care leavers.", "CREATE",
         "Partially accepted", "Head of HR and Organisational Development",
         ["Head of HR and Organisational Development"], "31/03/2026",
         "Cabinet set a target of 25 a year. 24 apprentices started in 2025/26, four of them care leavers.", "A",
         "In progress", ""),
        ("ES/24/05", es, app, "12/02/2025",
         "Pay apprentices employed by the Council at least the Greyhaven Living Wage.", "PAY", "Accepted",
         "Head of HR and Organisational Development /\nPayroll Manager",
         ["Head of HR and Organisational Development", "Payroll Manager"], "01/04/2025",
         "In place from the April 2025 pay award.", "B", "Complete", "15/04/2025"),
        ("ES/24/06", es, app, "12/02/2025",
         "Hold an apprenticeship fair with local employers every spring.", "HOLD", "Accepted",
         "Employment and Skills Manager", ["Employment and Skills Manager"], "30/04/2026",
         "2025 fair held 23/04/2025 (41 employers). 2026 fair booked for 22/04/2026 at the Corn Exchange.", "G",
         "In progress", ""),
        ("EN/25/01", en, fly, "17/09/2025",
         "Install mobile CCTV at the ten worst fly-tipping hotspots.", "INSTALL", "Accepted",
         "Head of Environmental Enforcement", ["Head of Environmental Enforcement"], "31/03/2026",
         "Six cameras installed; four on order (delivery 16/03/2026).", "G", "In progress", ""),
        ("EN/25/02", en, fly, "17/09/2025",
         "Raise the fixed penalty for small-scale fly-tipping to the maximum of £1,000.", "RAISE", "Accepted",
         "Head of Environmental Enforcement", ["Head of Environmental Enforcement"], "01/04/2026", "", "G",
         "Not started", ""),
        ("EN/25/03", en, fly, "17/09/2025",
         "Offer households on council tax support one free bulky waste collection a year.", "OFFER",
         "Partially accepted", "Waste Services Manager /\nRevenues and Benefits Manager",
         ["Waste Services Manager", "Revenues and Benefits Manager"], "30/06/2026",
         "Cabinet agreed a half-price charge (£15) for households on council tax support from April 2026 instead of "
         "a free collection. Eligibility check with Revenues being built.", "A", "In progress", ""),
        ("EN/25/04", en, fly, "17/09/2025",
         "Review the opening hours of Northmoor household waste recycling centre.", "REVIEW", "Accepted",
         "Waste Services Manager", ["Waste Services Manager"], "31/12/2025",
         "Review complete. Late opening to 19:00 on weekdays, April to September, agreed 16/12/2025.", "B",
         "Complete", "16/12/2025"),
    ]
    header = ["Ref", "Panel", "Review", "Date of Cabinet response", "Recommendation", "Exec response",
              "Lead officer", "Target date", "Update (Feb/Mar 2026)", "RAG", "Status", "Date closed"]
    table_rows = []
    for r in rows:
        rag = {"text": r[11], "bold": True}
        if rag_fill[r[11]]:
            rag["fill"] = rag_fill[r[11]]
        table_rows.append([r[0], r[1], r[2], r[3], r[4], r[6], r[7], r[9], r[10], rag, r[12], r[13]])
    blocks = [
        ("ph", 12, title),
        ("p", "Last updated: 03/03/2026 (A.B., Scrutiny Officer)   |   Filter: open and recently closed   |   "
              "Sheet: Tracker"),
        ("p", "Status: Complete = implemented and evidence seen; In progress = work under way; Not started = no work "
              "yet; Overdue = target date passed; Closed = no longer being pursued (superseded or not accepted). "
              "RAG = lead officer’s confidence of meeting the target date (B = done)."),
        ("table", {"cols": [1.75, 1.95, 2.15, 1.6, 3.65, 1.55, 2.2, 1.6, 3.44, 0.95, 1.5, 1.6], "font": 8,
                   "header_fill": "D9E1F2", "header": header, "rows": table_rows}),
        ("p", "Rows closed before 01/04/2025 are on the Archive sheet. Questions about this tracker: "
              "scrutiny@greyhaven.example or 01632 960412."),
    ]
    recommendations = [
        recommendation(r[0], r[4], verb=r[5], addressee=None, theme=r[2], owners=r[8], due=due_of[r[9]],
                       timeframe=r[9] or None, status=statuses[r[12]], decision=decisions[r[6]],
                       progress=r[10] or None)
        for r in rows
    ]
    return {
        "name": "greyhaven-scrutiny-recommendations-tracker-march-2026",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-03", "doc_title": "Scrutiny Tracker 2025-26 v7", "author": "Scrutiny Officer",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans Narrow",
                 "size": 8.5,
                 "m_header": ("Scrutiny Tracker 2025-26 v7.xlsx", "Tracker"),
                 "m_footer": ("Printed 03/03/2026 10:14", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="scrutiny recommendations tracker exported from a spreadsheet (twelve narrow columns, "
                           "repeated header row, RAG letters and a separate Status column)",
                     kind="tracker", title=title, authority=GREYHAVEN, date="2026-03-03", meeting=None,
                     recommendations=recommendations),
        "layout": "PDF (python-docx → LibreOffice), A4 landscape, Liberation Sans Narrow 8.5 pt with a 7.5 pt table, "
                  "an italic running header (the workbook file name | the sheet name) and an italic footer (\"Printed "
                  "03/03/2026 10:14\" | \"Page X of Y\"), rows that may not split; 3 pages. No letterhead: a bold title "
                  "line as in the sheet's first cell, a \"Last updated:\" line with a filter and sheet note, and a key "
                  "line that defines the Status words (Complete / In progress / Not started / Overdue / Closed) and "
                  "says RAG is the lead officer's confidence (B = done). One gridded table of twelve narrow columns "
                  "Ref | Panel | Review | Date of Cabinet response | Recommendation | Exec response | Lead officer | "
                  "Target date | Update (Feb/Mar 2026) | RAG | Status | Date closed, with a pale blue header row "
                  "repeated on every page and the panel and review repeated on every row; refs HC/24/01–EN/25/04; "
                  "imperative recommendations; Exec response Accepted / Partially accepted / Not accepted; leads "
                  "split by \"/\" plus line break; all dates dd/mm/yyyy, one empty target date; RAG letters B/G/A/R in "
                  "filled cells and one empty; one empty update; Date closed mostly empty. A closing note on the "
                  "archive sheet and a contact.",
    }


# ---------------------------------------------------------------------------
# AA5. Healthwatch Enter and View report with the provider's response (Markdown → pandoc DOCX).
# ---------------------------------------------------------------------------


def pennistock_enter_and_view():
    title = "Enter and View Report: Willowmere House Care Home, Oakfold"
    WH = "Willowmere House"  # the stem "… makes the following recommendations to Willowmere House:" names it (1–4)
    # (no., text, verb, addressee, response, decision, action by, owners, by when, due)
    recs = [
        ("1", "Offer activities at weekends and in the evenings, not only on weekday afternoons.", "OFFER", WH,
         "We accept this recommendation. A second activities coordinator, working at weekends, started on 5 January "
         "2026, and a film evening now runs every Wednesday.",
         "accepted", "Home Manager / Activities Coordinator", ["Home Manager", "Activities Coordinator"],
         "January 2026", "2026-01"),
        ("2", "Make sure that residents who need help to eat are helped straight away, so that their food does not "
              "go cold.", "MAKE", WH,
         "We accept this recommendation. We have moved staff breaks so that two more staff are on the floor at lunch "
         "and tea, and the nurse in charge checks every mealtime.",
         "accepted", "Home Manager", ["Home Manager"], "February 2026", "2026-02"),
        ("3", "Replace the worn carpet in the first-floor corridor, which is a trip hazard.", "REPLACE", WH,
         "The corridor carpet is in Brookvale’s refurbishment programme for 2026/27. In the meantime the worn section "
         "has been repaired and is checked every week.",
         None, "Brookvale Estates Team", ["Brookvale Estates Team"], "2026/27", "2027-03"),
        ("4", "Put up a board in reception with the names and photographs of the staff on duty each day.", "PUT",
         WH,
         "We do not accept this recommendation. All staff now wear name badges with their first name and role in "
         "large print, which residents told us they prefer. We will ask the residents’ and relatives’ meeting in "
         "March whether a board is still wanted.",
         "rejected", "Home Manager", ["Home Manager"], "N/A", None),
        ("5", "The home should give every resident’s family a named contact and tell them how to raise a concern or "
              "complaint.", "GIVE", "home",
         "We accept this recommendation. Each family now has a named keyworker, and our complaints leaflet has been "
         "rewritten and sent to all relatives.",
         "accepted", "Deputy Manager", ["Deputy Manager"], "31/01/2026", "2026-01-31"),
        ("6", "Residents should be asked regularly about their choice of meals, and the menu should be shown in "
              "pictures.", None, None,
         "We accept this recommendation. Picture menus are being made with our catering supplier, and the head cook "
         "will visit residents every week to ask for their choices.",
         "accepted", "Head Cook; Fresh Plate Catering Ltd", ["Head Cook", "Fresh Plate Catering Ltd"],
         "March 2026", "2026-03"),
    ]
    details = grid_table(
        [30, 58],
        None,
        [["**Service visited**", "Willowmere House Care Home, 14 Mill Lane, Oakfold, Pennistock PN7 3WE"],
         ["**Provider**", "Brookvale Care Homes Ltd"],
         ["**Registered for**", "42 older people, including people living with dementia (residential care, no "
                               "nursing)"],
         ["**Date and time of visit**", "Tuesday 2 December 2025, 10:00 to 15:30"],
         ["**Type of visit**", "Announced (the home was told of the visit two weeks in advance)"],
         ["**Authorised representatives**", "Three: E.F. (lead), G.H. and I.J."],
         ["**Healthwatch contact**", "Engagement Officer, enterandview@pennistockhealthwatch.example, 01632 960731"]])
    response_rows = [[r[0], r[4], r[6], r[8]] for r in recs]
    response = grid_table([6, 40, 22, 18], ["No.", "Provider response", "Action by", "By when"], response_rows)
    md = [
        "**Pennistock Healthwatch**",
        f"# {title}",
        "*Report published: 27 January 2026*",
        details,
        "## Contents",
        "- About Enter and View\n- Purpose of the visit\n- How we carried out the visit\n- Summary of findings\n"
        "- What we found\n- Recommendations\n- Service provider response\n- Distribution",
        "## About Enter and View",
        "Enter and View is the opportunity for authorised representatives of Healthwatch to visit health and social "
        "care services and see and hear for themselves how those services are provided. The Health and Social Care "
        "Act 2012 allows Healthwatch to enter premises where publicly funded care is provided. Enter and View is not "
        "an inspection; we report what we saw and heard on one day.",
        "**Acknowledgements.** Pennistock Healthwatch thanks the residents, relatives and staff of Willowmere House "
        "for their welcome and for talking to us so openly.",
        "**Disclaimer.** This report relates only to the visit on 2 December 2025. It is not a full account of the "
        "service and does not cover matters we did not see.",
        "## Purpose of the visit",
        "The visit was one of a programme of visits to care homes in the Oakfold area, chosen after residents’ "
        "families contacted us about activities and mealtimes. We wanted to hear from residents about daily life in "
        "the home, with a focus on activities, food and drink, dignity and communication with families.",
        "## How we carried out the visit",
        "We spoke to 14 residents, 6 relatives and 9 staff, including the Home Manager and the cook. We observed the "
        "lunchtime meal in both dining rooms and an afternoon activity, and looked around the communal areas, the "
        "garden and two bedrooms with the residents’ permission. We did not look at care records.",
        "## Summary of findings",
        "**What was good**",
        "- Staff knew residents well and spoke to them kindly and with respect.\n"
        "- The home was clean and free of unpleasant smells.\n"
        "- Relatives said they were made welcome at any time.\n"
        "- The garden was safe and well used in summer.",
        "**What could be better**",
        "- There were few activities outside weekday afternoons.\n"
        "- Some residents who needed help to eat waited until their food was cold.\n"
        "- Families did not always know whom to speak to about a concern.\n"
        "- The first-floor corridor carpet was worn and lifting in places.",
        "## What we found",
        "### Environment",
        "The home is a converted Victorian house with a modern extension. Communal areas were bright and homely, with "
        "residents’ own photographs on the walls. The carpet in the first-floor corridor was worn through and "
        "lifting near the lift; we pointed this out to the Home Manager on the day. Brookvale’s own quality team "
        "had recommended that the lounge is redecorated, and this was under way.",
        "### Food and drink",
        "Residents were mostly positive about the food. *“The dinners are lovely, like home cooking,”* one resident "
        "told us. The menu was written on a whiteboard in small handwriting, and two residents living with dementia "
        "could not tell us what was for lunch. In the upstairs dining room we saw three residents wait more than 15 "
        "minutes for help to eat while staff served others.",
        "### Activities",
        "The activities coordinator works Monday to Friday afternoons. Residents enjoyed the music sessions and the "
        "visiting animals, but several said that weekends were long. *“Saturday and Sunday there is nothing, just "
        "the telly,”* a resident said.",
        "### Staff and communication",
        "Staff were warm and patient. Several had worked at the home for many years. Relatives praised the staff but "
        "two said they had not known whom to contact when they were worried, and one did not know how to make a "
        "complaint. There was no information in reception about which staff were on duty.",
        "## Recommendations",
        "Based on what we saw and heard, Pennistock Healthwatch makes the following recommendations to Willowmere "
        "House:",
        "\n".join(f"{r[0]}. {r[1]}" for r in recs[:4]),
        "We also recommend that:",
        "\n".join(f"{r[0]}. {r[1]}" for r in recs[4:]),
        "## Service provider response",
        "We shared a draft of this report with Brookvale Care Homes Ltd on 6 January 2026 and asked for a response "
        "to each recommendation. The Home Manager’s response is printed below as we received it.",
        response,
        "## Distribution",
        "This report has been sent to Brookvale Care Homes Ltd, the Care Quality Commission, Pennistock County "
        "Council (Adult Social Care Commissioning), the Pennistock and District Integrated Care Board and Healthwatch "
        "England. It is published on our website.",
        "We will ask Willowmere House for an update on the response in six months.",
        "*Pennistock Healthwatch, Unit 4, Station Yard, Pennistock PN1 2RY · 01632 960730 · "
        "info@pennistockhealthwatch.example*",
    ]
    recommendations = [
        recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[7], due=r[9],
                       timeframe=None if r[8] == "N/A" else r[8], response=r[4], decision=r[5])
        for r in recs
    ]
    return {
        "name": "pennistock-healthwatch-enter-and-view-willowmere-house",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-01-27"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Healthwatch Enter and View visit report on a care home with recommendations and the "
                           "provider's response table",
                     kind="scrutiny-report", title=title, authority=None, date="2026-01-27", meeting=None,
                     recommendations=recommendations),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; 4 pages in a scratch LibreOffice conversion. A bold "
                  "Healthwatch line above the H1 title; an italic \"Report published:\" line; a headerless grid table "
                  "of visit details with bold labels (service, provider, registration, date and time, type, "
                  "authorised representatives, contact); a bulleted contents list; Heading 2 sections in the order "
                  "of a Healthwatch Enter and View report (about Enter and View with bold-led acknowledgements and "
                  "disclaimer, purpose, method, summary of findings as bold \"What was good\" / \"What could be "
                  "better\" lines over bullets, findings under Heading 3 themes with italic quotes); \"Brookvale’s own "
                  "quality team had recommended that the lounge is redecorated\" (not an item); \"… makes the following "
                  "recommendations to Willowmere House:\" over a pandoc-numbered 1.–5. list of imperatives and one \"The home should …\", "
                  "then \"We also recommend that:\" over a separate list that starts at 6 (a passive \"Residents should "
                  "be asked …\"); the provider's response as a grid table No. | Provider response | Action by | By "
                  "when (short: the recommendations are not restated), responses opening \"We accept this "
                  "recommendation.\" / \"We do not accept this recommendation.\" and one with no decision sentence; "
                  "action by split by \"/\" and \";\"; by when \"January 2026\", \"February 2026\", \"2026/27\", "
                  "\"N/A\", \"31/01/2026\", \"March 2026\"; distribution and a revisit sentence (not actions); an "
                  "italic contact line.",
    }


# ---------------------------------------------------------------------------
# AA6. A scrutiny officer's covering e-mail printed from web mail (HTML written here → Chromium);
#      nothing to find.
# ---------------------------------------------------------------------------


EMAIL_CSS = """
@page { size: A4 portrait; margin: 16mm 14mm 16mm 14mm;
  @top-left { content: "03/03/2026, 16:58"; font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #444; }
  @top-center { content: "Mail - Scrutiny Team - Outlook"; font-family: 'Liberation Sans', sans-serif;
                font-size: 8pt; color: #444; }
  @bottom-left { content: "https://outlook.mail.pennistock.example/mail/id/AAQkADk5MzE4NjIwLTU0"; font-family:
                 'Liberation Sans', sans-serif; font-size: 8pt; color: #444; }
  @bottom-right { content: counter(page) "/" counter(pages); font-family: 'Liberation Sans', sans-serif;
                  font-size: 8pt; color: #444; } }
body { font-family: 'Liberation Sans', sans-serif; font-size: 10.5pt; color: #242424; line-height: 1.4; }
.subject { font-size: 15pt; font-weight: bold; margin: 0 0 4mm 0; }
.hdr { display: flex; border-bottom: 0.3mm solid #d0d0d0; padding-bottom: 3mm; margin-bottom: 4mm; }
.avatar { flex: 0 0 11mm; height: 11mm; border-radius: 50%; background: #8764B8; color: #fff; text-align: center;
          line-height: 11mm; font-weight: bold; margin-right: 4mm; }
.who { flex: 1; font-size: 9.5pt; }
.who .from { font-size: 10.5pt; font-weight: bold; }
.when { font-size: 9pt; color: #555; }
.att { display: flex; flex-wrap: wrap; gap: 3mm; margin-bottom: 5mm; }
.chip { border: 0.3mm solid #c8c8c8; border-radius: 1mm; padding: 1.5mm 3mm; font-size: 9pt; width: 52mm; }
.chip b { display: block; font-weight: normal; }
.chip span { color: #666; font-size: 8pt; }
p { margin: 0 0 3.5mm 0; }
ul { margin: 0 0 3.5mm 0; padding-left: 6mm; }
table.agenda { border-collapse: collapse; margin: 0 0 4mm 0; font-size: 9.5pt; }
table.agenda td { border: 0.3mm solid #bdbdbd; padding: 1.2mm 2.5mm; vertical-align: top; }
.sig { color: #444; font-size: 9.5pt; }
.disclaimer { color: #777; font-size: 7.5pt; border-top: 0.3mm solid #ddd; padding-top: 2mm; margin-top: 5mm; }
.fwd { border-top: 0.3mm solid #bbb; padding-top: 3mm; margin-top: 5mm; }
.fwd .meta { font-size: 9.5pt; margin-bottom: 3mm; }
"""


def pennistock_email():
    subject = "Members’ briefing on maternity services, 12 March 2026 – papers and arrangements"
    attachments = [("Briefing note – maternity services improvement (PDFT).pdf", "412 KB"),
                   ("CQC inspection summary – October 2025.pdf", "188 KB"),
                   ("Maternity dashboard – January 2026.xlsx", "64 KB"),
                   ("Maternity Voices Partnership – annual report 2024-25.pdf", "1 MB")]
    body = f"""
<div class="subject">{esc(subject)}</div>
<div class="hdr"><div class="avatar">ST</div><div class="who">
<div class="from">Scrutiny Team &lt;scrutiny@pennistock.example&gt;</div>
<div>To: Members of the Adults and Health Overview and Scrutiny Committee</div>
<div>Cc: Senior Scrutiny Officer; Head of Democratic Services; Head of Communications and Engagement (PDFT)</div>
</div><div class="when">Tue 03/03/2026 16:42</div></div>
<div class="att">{"".join(f'<div class="chip"><b>{esc(n)}</b><span>{esc(s)}</span></div>' for n, s in attachments)}</div>
<p>Dear Members,</p>
<p>As promised at the last Committee meeting, the Pennistock and District NHS Foundation Trust will brief Members on
maternity services at Pennistock General Hospital on <b>Thursday 12 March 2026 at 14:00</b>, in Committee Room 2,
County Hall, Pennistock. Members can also join on Teams; the link is in the calendar invitation sent on 20 February.</p>
<p>Please note that this is an informal briefing and not a meeting of the Committee. It is not open to the public,
there is no agenda to agree and no decisions will be taken. There will be no minutes; I will circulate a short note of
the main points afterwards. If, after the briefing, Members want the Committee to look at maternity services
formally, the Chair has suggested that this is discussed when the work programme comes to the Committee on 15
April.</p>
<p>I attach four papers, which the Trust has sent for Members to read beforehand:</p>
<ul>
<li>the Trust’s briefing note on its maternity services improvement programme;</li>
<li>a two-page summary of the Care Quality Commission’s inspection report of October 2025, prepared by the Trust;</li>
<li>the maternity dashboard for January 2026 (a spreadsheet – please open it on a laptop rather than a phone); and</li>
<li>the Maternity Voices Partnership’s annual report for 2024/25.</li>
</ul>
<p>The running order the Trust has suggested is:</p>
<table class="agenda">
<tr><td>14:00</td><td>Welcome and introductions (Chair of the Committee)</td></tr>
<tr><td>14:05</td><td>Maternity services: where we are, and the improvement programme (Director of Midwifery and Chief
Nursing Officer, PDFT)</td></tr>
<tr><td>14:35</td><td>The view of women and families (Chair, Maternity Voices Partnership)</td></tr>
<tr><td>14:50</td><td>Questions and discussion</td></tr>
<tr><td>15:30</td><td>Close</td></tr>
</table>
<p>Parking is available in the County Hall visitors’ car park; please give your name at the barrier. Tea and coffee
will be in the room from 13:45. If you have any access needs, or if you would like a printed copy of the papers,
please let me know by Friday 6 March.</p>
<p>Please reply to this e-mail to say whether you will attend in person or online, so that I can let the Trust know
numbers. Questions sent to me in advance will be passed to the Trust so that it can answer them on the day.</p>
<p>Kind regards,</p>
<p class="sig">C.L.<br>Scrutiny Officer, Democratic Services<br>Pennistock County Council<br>County Hall, Market
Street, Pennistock PN1 1CH<br>Telephone: 01632 960590 · scrutiny@pennistock.example</p>
<div class="fwd"><div class="meta"><b>From:</b> Head of Communications and Engagement (PDFT)
&lt;communications@pdft.nhs.example&gt;<br><b>Sent:</b> 27 February 2026 11:08<br><b>To:</b> Scrutiny Team
&lt;scrutiny@pennistock.example&gt;<br><b>Subject:</b> RE: Members’ briefing – maternity</div>
<p>Hi C.L.,</p>
<p>Thanks for sorting the room. Please find attached the papers for the briefing on 12 March. The Director of
Midwifery and the Chief Nursing Officer will both attend, and the Chair of the Maternity Voices Partnership has
agreed to join us for the second half.</p>
<p>The dashboard is the version that goes to our Quality Committee, so some of the abbreviations may need explaining
– we will go through it on the day. Could you let us know if Members would like anything else covered?</p>
<p>Best wishes,<br>Head of Communications and Engagement<br>Pennistock and District NHS Foundation Trust</p></div>
<div class="disclaimer">This e-mail and any attachments are intended for the named recipient only and may contain
confidential information. If you have received it in error, please tell the sender and delete it. Pennistock County
Council may monitor e-mail traffic for security purposes.</div>
"""
    page = ('<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f"<title>Mail - Scrutiny Team - Outlook</title><style>{EMAIL_CSS}</style></head><body>"
            + body + "</body></html>")
    return {
        "name": "pennistock-scrutiny-briefing-papers-email",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": subject, "aa_html": page},
        "blocks": [],
        "gold": dict(genre="scrutiny officer's covering e-mail forwarding papers for an informal members' briefing, "
                           "printed from web mail; nothing to find",
                     kind="other", title=subject, authority=PENNISTOCK, date="2026-03-03", meeting=None),
        "layout": "PDF (HTML written in the module → Chromium), A4 portrait, Liberation Sans 10.5 pt, CSS page-margin "
                  "boxes that imitate a browser's print header and footer (print time, \"Mail - Scrutiny Team - "
                  "Outlook\", the message URL, \"n/m\"); 2 pages. The subject as a large bold line; a sender block "
                  "with an initials avatar, From / To / Cc lines and the sent time; four attachment chips with file "
                  "sizes; the message: the briefing's date, time and place in bold, \"this is an informal briefing "
                  "and not a meeting of the Committee … no decisions will be taken\", a bulleted list of the attached "
                  "papers (\";\" and \"; and\"), a bordered running-order table (times and speakers), arrangements and "
                  "a request to reply by a date (not actions), a signature block; below a rule, the forwarded message "
                  "from the NHS trust (From / Sent / To / Subject lines); a grey disclaimer. Nothing to find.",
    }


PAPERS = [
    greyhaven_chair_letter,
    greyhaven_reply_letter,
    pennistock_slides,
    greyhaven_tracker,
    pennistock_enter_and_view,
    pennistock_email,
]
