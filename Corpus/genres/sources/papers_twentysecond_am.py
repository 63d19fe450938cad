"""Papers of the twenty-second batch, part AM ("libraries, culture, leisure and adult learning"): six
made-up papers from two invented places:

  Larkwell – Larkwell Borough Council (Cabinet, Communities Scrutiny Committee), its leisure contract
    with an operator (Larkwell Active Leisure Ltd) and the Larkwell Museums Trust (a charity that runs
    the borough's museums under a funding agreement with the Council);
  Ottermead – Ottermead County Council (Cabinet, Place Overview and Scrutiny Committee), its library
    service (Ottermead Libraries) and its adult learning service (Ottermead Adult and Community
    Learning).

The genre: the papers councils write about libraries, culture, leisure and adult learning – a library
service review's consultation outcome report to Cabinet, a cultural strategy action plan progress report,
an adult learning service's quality improvement plan after an inspection, a museums trust's board minutes
with an action log, Cabinet's response (with the operator's comments) to a scrutiny review of the leisure
contract, and a library opening hours and services guide that holds nothing to find.

Everything is invented: people are given by role or initials, e-mail addresses use `.example` and
telephone numbers the 01632 960xxx range; every library, museum, leisure centre, street, firm, charity
and figure is made up. Ofsted, Arts Council England and the Department for Education are named as the
national bodies they are; what they are said to have done here is invented.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks), the top-level README or any `.build` folder, without running it and without git, and
without reading papers_twentysecond_an.py (written at the same time by someone else). Read:
`Corpus/genres/README.md` (introduction, first layout table, recent parts' sections and first contact,
second renditions, rebuilding, the closing gold decisions), `Corpus/gold/README.md`,
`Corpus/gold/real/README.md`, `build.py`, `render.py`, `gold.py`, and for conventions and helpers the
writer part of `papers_ninth_m.py`, `grid_table` in `papers_fresh.py` and `papers_twentyfirst_ak.py`.
Each paper names its own split. Every gold value is written by hand beside the words it labels; the
part AM notes record the choices where the rules left room.

No writer of its own: the python-docx papers set meta "ninth_m" and are written by
papers_ninth_m.NinthMWriter; the Chromium paper uses that module's HTML wrapper (meta "m_css"); the
pandoc papers use papers_fresh.grid_table.

The papers (name – split – format):

  AM1 ottermead-cabinet-library-service-review-consultation-outcome – tune – chromium-pdf
  AM2 larkwell-cultural-strategy-action-plan-progress-2025-26 – unseen – lo-pdf
  AM3 ottermead-adult-learning-quality-improvement-plan-2025-26 – tune – docx
  AM4 larkwell-museums-trust-board-minutes-january-2026 – unseen – pandoc-lo-pdf
  AM5 larkwell-cabinet-response-leisure-contract-scrutiny-review – unseen – pandoc-docx
  AM6 ottermead-libraries-opening-hours-and-services-guide-2026 – tune – lo-pdf (nothing to find)

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import papers_ninth_m  # noqa: F401  (installs the "ninth_m" DOCX writer and HTML wrapper)
from gold import action, decision, recommendation
from papers_fresh import grid_table

LARKWELL = "Larkwell Borough Council"
OTTERMEAD = "Ottermead County Council"


def label(text, fill="E2E2E2"):
    return {"text": text, "bold": True, "fill": fill}


# ---------------------------------------------------------------------------
# AM1. Report to Ottermead County Council's Cabinet on the outcome of the library service review
#      consultation (HTML → Chromium, A4, CSS page-margin boxes). A details table, a boxed summary with
#      "Cabinet is recommended to:" over an (a)–(e) list, the consultation results, a table of the
#      libraries with current and proposed hours and models (not items), the changes made after the
#      consultation, options (not items) and implications.
# ---------------------------------------------------------------------------


def ottermead_library_review():
    title = "Library Service Review: Outcome of Consultation and Final Proposals"
    green = "1E5631"
    # (letter, text, verb)
    recs = [
        ("a", "approve the revised opening hours for the eleven libraries set out in Table 2, to take effect "
              "from 1 July 2026;", "APPROVE"),
        ("b", "approve the transfer of Brenscombe, Fold Hill and Netherby libraries to community management, "
              "with a one-off grant of up to £15,000 for each library and a Service Level Agreement for "
              "book stock, ICT and staff training, subject to a business case from each group;", "APPROVE"),
        ("c", "agree that Lower Wickham library remains a council-run library with reduced hours for a further "
              "twelve months, while the Parish Council’s proposal for a shared building is explored;", "AGREE"),
        ("d", "delegate authority to the Director of Communities, in consultation with the Cabinet Member for "
              "Culture and Libraries, to agree the final terms of each community management agreement; and",
         "DELEGATE"),
        ("e", "note the Equality Impact Assessment at Appendix C and the mitigating actions set out in "
              "section 7.", "NOTE"),
    ]
    hours = [
        ["Ottermead Central", "Hub", "58", "58", "Council-run (no change)"],
        ["Kingsford", "Hub", "52", "48", "Council-run"],
        ["Harrowby", "Hub", "48", "44", "Council-run"],
        ["Saltley Bridge", "Town", "40", "35", "Council-run"],
        ["Ashby Marsh", "Town", "40", "35", "Council-run"],
        ["Penhallow", "Town", "36", "32", "Council-run"],
        ["Lower Wickham", "Community", "24", "18", "Council-run, reviewed after 12 months"],
        ["Brenscombe", "Community", "20", "20 (minimum)", "Community-managed"],
        ["Fold Hill", "Community", "18", "18 (minimum)", "Community-managed"],
        ["Netherby", "Community", "16", "16 (minimum)", "Community-managed"],
        ["Mobile library", "–", "30", "30", "Council-run, revised route"],
    ]
    blocks = [
        ("p", f"<<{green}|**OTTERMEAD COUNTY COUNCIL**>>"),
        ("table", {"cols": [4.4, 12.6], "borders": False, "rows": [
            [{"text": "Report to:", "bold": True}, "Cabinet"],
            [{"text": "Date of meeting:", "bold": True}, "10 March 2026"],
            [{"text": "Report of:", "bold": True}, "Director of Communities"],
            [{"text": "Cabinet Member:", "bold": True}, "Cabinet Member for Culture and Libraries"],
            [{"text": "Key decision:", "bold": True}, "Yes (Forward Plan ref. KD 26/012)"],
            [{"text": "Divisions affected:", "bold": True}, "All"],
            [{"text": "Contact:", "bold": True},
             "Head of Libraries and Heritage – libraries.review@ottermead.example – 01632 960 241"],
        ]}),
        ("title", title),
        ("box", [
            ("p", "**Summary**"),
            ("p", "In October 2025 Cabinet agreed to consult on proposals to reshape Ottermead Libraries so that "
                  "the service can meet a saving of £620,000 by 2027/28 while keeping every library open. "
                  "The consultation ran for twelve weeks and received 4,812 responses. This report sets out "
                  "what people told us, the changes made to the proposals as a result, and the final "
                  "proposals for decision."),
            ("p", "**Recommendations**"),
            ("p", "Cabinet is recommended to:"),
            ("list", "(a)", 1, [r[1] for r in recs]),
        ]),
        ("h", 2, "1. Background"),
        ("p", "1.1 The Council runs 11 libraries and a mobile library. Visits have recovered to 78% of their "
              "2019/20 level, while the use of e-books, e-audio and online newspapers has more than doubled. "
              "The service’s budget for 2025/26 is £4.36 million."),
        ("p", "1.2 The Council has a statutory duty under the Public Libraries and Museums Act 1964 to provide "
              "a comprehensive and efficient library service. The review looked at need across the county, "
              "using population, deprivation, distance to the nearest library and current use, and grouped "
              "the libraries into three hubs, four town libraries and four community libraries."),
        ("h", 2, "2. The consultation"),
        ("p", "2.1 The consultation ran from 3 November 2025 to 26 January 2026. It was available online, on "
              "paper in every library and on the mobile library, and in easy read and large print. Staff "
              "held 23 drop-in sessions and met 14 parish and town councils."),
        ("p", "**Table 1: Responses to the main proposals**"),
        ("table", {"cols": [8.6, 2.8, 2.8, 2.8], "font": 9.5, "header_fill": "D9EAD3",
                   "header": ["Proposal", "Agree", "Disagree", "Not sure"],
                   "rows": [
                       ["Reduce hours at hub and town libraries, keeping late evenings and Saturdays",
                        "2,210 (46%)", "1,924 (40%)", "678 (14%)"],
                       ["Invite community groups to run the four community libraries",
                        "1,637 (34%)", "2,502 (52%)", "673 (14%)"],
                       ["Introduce self-service ‘open access’ hours at hub libraries",
                        "2,694 (56%)", "1,492 (31%)", "626 (13%)"],
                       ["Revise the mobile library route to serve villages more than 3 miles from a library",
                        "3,127 (65%)", "866 (18%)", "819 (17%)"],
                   ]}),
        ("p", "2.2 The strongest concerns were about the community libraries, from older residents and "
              "parents of young children who cannot easily travel to a larger library. Many respondents "
              "valued the after-school hours and the Saturday morning rhyme times. Several parish councils "
              "said they would support a community library if the Council kept providing the books, the "
              "computers and the library management system."),
        ("h", 2, "3. Changes made after the consultation"),
        ("p", "3.1 In response, the proposals have been changed as follows:"),
        ("list", "bullet", 1, [
            "every hub and town library keeps at least one late evening and Saturday morning opening;",
            "opening hours at Ashby Marsh and Penhallow are reduced by less than first proposed (5 and 4 "
            "hours a week instead of 8);",
            "Lower Wickham library stays council-run for a further year while a shared building with the "
            "Parish Council is explored; and",
            "community groups taking on a library will keep the Council’s book stock, public computers, "
            "Wi-Fi and library management system, with training and support from library staff.",
        ]),
        ("p", "3.2 Expressions of interest were received from the Friends of Brenscombe Library, Fold Hill "
              "Community Association and Netherby Parish Council. Each has been asked for a business case by "
              "31 May 2026."),
        ("h", 2, "4. Final proposals"),
        ("p", "4.1 Table 2 sets out the current and proposed weekly opening hours and how each library will "
              "be run."),
        ("p", "**Table 2: Opening hours and management from 1 July 2026**"),
        ("table", {"cols": [4.0, 2.6, 2.8, 2.8, 4.8], "font": 9.5, "header_fill": "D9EAD3",
                   "header": ["Library", "Tier", "Current hours a week", "Proposed hours a week", "Run by"],
                   "rows": hours}),
        ("p", "4.2 Open access hours, when registered adults can let themselves in with their library card "
              "and PIN, will be piloted at Kingsford and Harrowby from autumn 2026. They are not counted in "
              "Table 2."),
        ("h", 2, "5. Options considered"),
        ("list", "1.", 1, [
            "Make the saving by closing the four community libraries. Rejected: it would leave parts of the "
            "county more than five miles from a library and would not meet the statutory duty.",
            "Reduce hours at every library by the same proportion. Rejected: it would cut the busiest "
            "libraries’ evening and weekend hours, which the consultation showed people value most.",
            "The final proposals in this report. Recommended.",
        ]),
        ("h", 2, "6. Financial implications"),
        ("p", "6.1 The proposals save £648,000 a year from 2027/28, of which £201,000 comes from the change "
              "to community management. The one-off grants (up to £45,000) and the cost of the open access "
              "equipment (£88,000) will be met from the Transformation Reserve."),
        ("h", 2, "7. Equality implications"),
        ("p", "7.1 The Equality Impact Assessment (Appendix C) found that older people, disabled people and "
              "families with young children are most likely to be affected. The mitigating actions include "
              "the revised mobile library route, the Home Library Service, which will be promoted in every "
              "affected area, and keeping children’s activities at the times most used."),
        ("h", 2, "8. Appendices"),
        ("p", "Appendix A – Consultation report. Appendix B – Library needs assessment. Appendix C – "
              "Equality Impact Assessment."),
        ("p", "Background papers: Cabinet, 14 October 2025, Library Service Review – proposals for "
              "consultation."),
    ]
    css = ("@page { margin: 20mm 17mm 18mm 17mm; "
           "@top-left { content: \"Ottermead County Council – Cabinet – 10 March 2026\"; font-family: "
           "'Liberation Sans', sans-serif; font-size: 8pt; font-style: italic; color: #555555; } "
           "@top-right { content: \"Item 7\"; font-family: 'Liberation Sans', sans-serif; "
           "font-size: 8pt; font-style: italic; color: #555555; } "
           "@bottom-right { content: \"Page \" counter(page); "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 17pt; margin: 6pt 0 8pt 0; }\n"
           "h2 { color: #1E5631; font-size: 12pt; page-break-after: avoid; border-bottom: 0.6pt solid #1E5631; }\n"
           "div.box { border: 1.2pt solid #1E5631; background: #F1F7EF; }\n")
    return {
        "name": "ottermead-cabinet-library-service-review-consultation-outcome",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css, "css_font": "'Liberation Sans', sans-serif",
                 "size": 10, "title_color": green},
        "blocks": blocks,
        "gold": dict(genre="report to a county council's Cabinet on the outcome of a library service review "
                           "consultation: revised opening hours, libraries moving to community management, a "
                           "boxed (a)–(e) recommendation list",
                     kind="committee-report", title=title, authority=OTTERMEAD, date="2026-03-10",
                     meeting="Cabinet", decision_number="KD 26/012",
                     recommendations=[recommendation(r[0], r[1], verb=r[2], addressee="Cabinet")
                                      for r in recs]),
        "layout": "PDF (HTML → Chromium), A4 portrait, Liberation Sans 10 pt, CSS page-margin boxes (an italic "
                  "running header with the council, meeting and date on the left and \"Item 7\" on the right; "
                  "\"Page n\" at the foot on the right). A green bold capitals council line, a borderless details "
                  "table (Report to / Date of meeting / Report of / Cabinet Member / Key decision \"Yes (Forward "
                  "Plan ref. KD 26/012)\" / Divisions affected / Contact), the green title, a green-bordered box "
                  "with a summary and \"Cabinet is recommended to:\" over an HTML (a)–(e) list (lower-case verbs, "
                  "\";\" and \"; and\"); green h2 sections with a rule under them and typed 1.1–7.1 paragraphs; a "
                  "consultation results table Proposal | Agree | Disagree | Not sure and a table of the eleven "
                  "libraries and the mobile library with current and proposed hours and who runs them (not "
                  "items); the changes made after consultation as bullets (not items); a numbered list of three "
                  "options (not items); implications and appendices.",
    }


# ---------------------------------------------------------------------------
# AM2. Cultural strategy action plan progress report to Larkwell's Communities Scrutiny Committee
#      (python-docx → LibreOffice, landscape, NinthMWriter). A short covering report with one
#      "That the Committee notes …" recommendation, a RAG key, and the action plan table with theme rows
#      merged across all six columns (Ref | Action | Lead partner(s) | Target date | Progress | RAG).
# ---------------------------------------------------------------------------


def larkwell_cultural_strategy():
    title = "Creative Larkwell: Cultural Strategy 2024–2029 – Year 2 Progress Report"
    plum = "6A1B4D"
    cover = ("That the Committee notes the progress made in delivering the Year 2 actions of the Cultural "
             "Strategy, set out in the action plan below, and identifies any actions it wishes to examine in "
             "more detail at its meeting in June 2026.")
    arts = "LBC Arts Development"
    trust = "Larkwell Museums Trust"
    # (theme, ref, action, lead cell, owners, target cell, due, progress, RAG letter)
    acts = [
        ("Theme 1: Culture for everyone", "1.1",
         "Extend the Culture Card, giving free or £1 entry to museums, the Corn Exchange and leisure centres, "
         "to all households receiving Council Tax Support.", f"{arts} /\nRevenues and Benefits",
         [arts, "Revenues and Benefits"], "Sept 2025", "2025-09",
         "Launched 1 September 2025. 2,318 cards issued by 31 December; 41% used at least once.", "B"),
        ("Theme 1: Culture for everyone", "1.2",
         "Run a programme of free holiday activities in museums and libraries for children eligible for free "
         "school meals.", f"{trust};\nLarkwell Libraries", [trust, "Larkwell Libraries"], "Ongoing", None,
         "Summer and October half-term programmes delivered: 1,146 places taken. Easter 2026 programme "
         "being booked.", "G"),
        ("Theme 1: Culture for everyone", "1.3",
         "Agree a shared approach to relaxed and dementia-friendly performances with the Corn Exchange and "
         "the two community theatres.", "Larkwell Corn Exchange", ["Larkwell Corn Exchange"], "March 2026",
         "2026-03",
         "Draft standards written. Training for front-of-house volunteers delayed until new funding "
         "confirmed; now expected May 2026.", "A"),
        ("Theme 2: Creative places", "2.1",
         "Commission three artworks for the Canalside regeneration scheme with residents of the Wharf and "
         "Mill Lane estates.", f"{arts}, with Larkwell Homes", [arts, "Larkwell Homes"], "Q4 2025/26",
         "2026-03",
         "Artists appointed October 2025. Workshops with residents under way; installation planned for "
         "March 2026.", "G"),
        ("Theme 2: Creative places", "2.2",
         "Open the Old Bank building on Market Street as a creative workspace with at least 12 studios.",
         "Regeneration and Assets Team", ["Regeneration and Assets Team"], "31/07/2026", "2026-07-31",
         "Building survey found asbestos and roof defects. Works will cost £140,000 more than budgeted and "
         "will not be complete by the target date. A report on options will go to Cabinet in April 2026.",
         "R"),
        ("Theme 2: Creative places", "2.3",
         "Hold the first Larkwell Lantern Festival in the town centre, with schools and community groups.",
         f"Larkwell BID /\n{arts}", ["Larkwell BID", arts], "Nov 2025", "2025-11",
         "Held 22 November 2025. Around 6,500 people attended; 19 schools took part.", "B"),
        ("Theme 3: A thriving creative economy", "3.1",
         "Set up a Creative Larkwell Network for freelance artists and small creative businesses, meeting "
         "at least quarterly.", "Creative Larkwell Network", ["Creative Larkwell Network"], "Summer 2026",
         "2026-08", "", "R"),
        ("Theme 3: A thriving creative economy", "3.2",
         "Offer paid placements in cultural organisations for young people not in education, employment or "
         "training.", "Larkwell College; Employment and Skills Team",
         ["Larkwell College", "Employment and Skills Team"], "2026/27", "2027-03",
         "Eight placements agreed with four organisations. First placements start in April 2026.", "G"),
        ("Theme 3: A thriving creative economy", "3.3",
         "Apply to Arts Council England for National Portfolio funding for the Corn Exchange for 2027 "
         "onwards.", "Larkwell Corn Exchange /\nLBC Culture and Leisure Manager",
         ["Larkwell Corn Exchange", "LBC Culture and Leisure Manager"], "TBC", None,
         "Waiting for the next funding round to be announced.", "A"),
    ]
    statuses = {"B": "completed", "G": "ongoing", "A": "ongoing", "R": None}
    fills = {"B": "9BC2E6", "G": "A9D08E", "A": "FFD966", "R": "F4B084"}
    rows, theme = [], None
    for a in acts:
        if a[0] != theme:
            theme = a[0]
            rows.append([{"text": theme, "bold": True, "fill": "EAD1DC", "span": 6}, "<", "<", "<", "<", "<"])
        rows.append([{"text": a[1], "bold": True}, a[2], a[3], a[5], a[7],
                     {"text": a[8], "bold": True, "fill": fills[a[8]]}])
    blocks = [
        ("p", f"<<{plum}|**LARKWELL BOROUGH COUNCIL**>>"),
        ("p", "**Communities Scrutiny Committee – 4 February 2026**"),
        ("title", title),
        ("table", {"cols": [5.0, 20.7], "font": 9.5, "rows": [
            [label("Report of", "EAD1DC"), "Culture and Leisure Manager"],
            [label("Cabinet Member", "EAD1DC"), "Cabinet Member for Leisure, Culture and Heritage"],
            [label("Purpose", "EAD1DC"), "To report progress at 31 December 2025 on the actions for Year 2 "
                                          "(April 2025 to March 2026) of the Cultural Strategy"],
            [label("Contact", "EAD1DC"), "culture@larkwell.example – 01632 960 372"],
        ]}),
        ("ph", 12, f"<<{plum}|Recommendation>>"),
        ("p", cover),
        ("ph", 12, f"<<{plum}|Summary>>"),
        ("p", "Creative Larkwell was adopted by Cabinet in March 2024 after a year of conversations with "
              "residents, artists and cultural organisations. It has three themes and is delivered by the "
              "Council with its partners in the Larkwell Cultural Partnership, which meets every two months "
              "and agrees this plan each year. Of the nine Year 2 actions, two are complete, three are on "
              "track, two are delayed and two will not be delivered as planned. The Old Bank (action 2.2) is the main "
              "risk: the works needed are larger than expected."),
        ("p", "The Culture Card has been taken up faster than expected and the Lantern Festival drew "
              "around 6,500 people. The Creative Larkwell Network (3.1) has not yet been set up because the "
              "post that was to support it was not filled; the Partnership will decide in March whether a "
              "partner can host it instead."),
        ("p", "**RAG key.** **B** – complete. **G** – on track. **A** – some delay, but expected to be "
              "delivered by a revised date. **R** – will not be delivered as planned; see the progress note."),
        ("table", {"cols": [1.3, 7.8, 4.6, 2.4, 8.2, 1.4], "font": 8.5, "header_fill": "C9A0B8",
                   "header": ["Ref", "Action", "Lead partner(s)", "Target date", "Progress at 31 December 2025",
                              "RAG"],
                   "rows": rows}),
        ("p", "Year 3 actions will be agreed by the Cultural Partnership in March 2026 and reported to the "
              "Committee with the Year 2 outturn in June 2026."),
        ("p", "Background papers: Cabinet, 12 March 2024, Creative Larkwell – Cultural Strategy 2024–2029."),
    ]
    return {
        "name": "larkwell-cultural-strategy-action-plan-progress-2025-26",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-23", "doc_title": title, "author": "Culture and Leisure Manager",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 16, "title_color": plum,
                 "m_header": ("Larkwell Borough Council", "Communities Scrutiny Committee – 4 February 2026"),
                 "m_footer": ("Cultural Strategy – Year 2 progress", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a borough council's cultural strategy action plan progress report to a scrutiny "
                           "committee: a covering \"That the Committee notes …\" recommendation and a themed "
                           "table Ref | Action | Lead partner(s) | Target date | Progress | RAG with a RAG key",
                     kind="action-plan", title=title, authority=LARKWELL, date="2026-02-04",
                     meeting="Communities Scrutiny Committee",
                     recommendations=[recommendation(None, cover, verb="NOTES", addressee="Committee")],
                     actions=[action(a[1], a[2], a[4], a[5], a[6], statuses[a[8]]) for a in acts]),
        "layout": "PDF (python-docx → LibreOffice), landscape (Letter), Liberation Sans 10 pt, an italic running "
                  "header (council | committee and date) and footer (report | \"Page X of Y\"), rows that may "
                  "not split. A plum bold capitals council line, a bold committee and date line, the plum title, "
                  "a bordered details table with pink label cells (Report of / Cabinet Member / Purpose / "
                  "Contact); plum bold headings that are not styles; one unnumbered \"That the Committee notes "
                  "… and identifies …\" recommendation; a summary in prose; a bold-led RAG key (B / G / A / R); "
                  "an 8.5 pt table Ref | Action | Lead partner(s) | Target date | Progress at 31 December 2025 | "
                  "RAG with a pink header and theme rows merged across all six columns; refs 1.1–3.3; leads "
                  "split by \"/\" plus line break, \";\" plus line break, \"; \" and \", with\"; target dates "
                  "\"Sept 2025\", \"Ongoing\", \"March 2026\", \"Q4 2025/26\", \"31/07/2026\", \"Nov 2025\", "
                  "\"Summer 2026\", \"2026/27\", \"TBC\"; RAG letters in shaded cells; one empty progress cell.",
    }


# ---------------------------------------------------------------------------
# AM3. Adult learning service's quality improvement plan after an Ofsted inspection (python-docx DOCX,
#      NinthMWriter, landscape). A version table, the inspection's judgements (not items), a RAG key, and
#      one table per area for improvement (the area as a bold paragraph, not an item) with columns
#      Ref | Action | Lead | Milestones | By when | Impact measure | Progress | RAG.
# ---------------------------------------------------------------------------


def ottermead_adult_learning_qip():
    title = "Ottermead Adult and Community Learning: Quality Improvement Plan 2025/26"
    teal = "0E5C6B"
    hal = "Head of Adult Learning"
    qsm = "Quality and Standards Manager"
    cme = "Curriculum Manager (English, Maths and ESOL)"
    # (area, ref, action, lead cell, owners, milestones, by when, due, impact, progress, RAG)
    acts = [
        (1, "1.1", "Introduce a single initial assessment for every learner on a course of more than 12 hours, "
                   "recording what they can already do and what they want to achieve.", qsm, [qsm],
         "Form agreed Nov 2025; in use on all long courses from Jan 2026", "January 2026", "2026-01",
         "95% of learners on long courses have a completed initial assessment",
         "In use on all long courses from 5 January 2026. Spot check in February: 91% complete.", "C"),
        (1, "1.2", "Train all tutors to set and review individual targets that link to learners’ starting "
                   "points.", f"{qsm} /\nTeaching and Learning Coach", [qsm, "Teaching and Learning Coach"],
         "Two training sessions by Dec 2025; follow-up observations in Spring term",
         "31 March 2026", "2026-03-31", "Observations show targets are specific in 80% of sessions",
         "Both sessions held; 64 of 71 tutors attended. Follow-up observations started in February.", "G"),
        (1, "1.3", "Audit learner files each term to check that progress against targets is recorded.", qsm,
         [qsm], "Audits in Dec, Apr and Jul", "Termly", None,
         "Audit results improve each term", "December audit: 58% of files showed progress recorded. Next "
         "audit April 2026.", "G"),
        (2, "2.1", "Recruit two additional sessional tutors for GCSE English and maths in the north of the "
                   "county.", cme, [cme], "Adverts Oct 2025; tutors in post for Jan 2026 courses",
         "Jan 2026", "2026-01", "Waiting lists for English and maths in Kingsford and Harrowby cleared",
         "One tutor appointed. Second post re-advertised; no suitable applicant yet.", "A"),
        (2, "2.2", "Run a weekly attendance check and contact every learner who misses two sessions in a "
                   "row.", f"{cme};\nLearner Support Officers", [cme, "Learner Support Officers"],
         "Weekly from Nov 2025", "From November 2025", "2025-11",
         "Attendance on English and maths courses at 85% or above",
         "Attendance on English and maths courses up from 74% to 81% since November.", "G"),
        (2, "2.3", "Offer English and maths taster sessions in libraries and family centres to widen "
                   "participation.", f"{cme}, with Ottermead Libraries", [cme, "Ottermead Libraries"],
         "Six venues agreed; sessions from April 2026", "Q1 2026/27", "2026-06",
         "At least 120 learners start a course after a taster session", "", "R"),
        (3, "3.1", "Agree a safeguarding and Prevent training plan for all staff and volunteers, including "
                   "the dangers of extremism and radicalisation online.", "Designated Safeguarding Lead",
         ["Designated Safeguarding Lead"], "Plan agreed Nov 2025; training complete by Feb 2026",
         "28 February 2026", "2026-02-28", "100% of staff and volunteers trained; learners can explain how "
                                           "to keep safe online",
         "All 71 tutors and 38 of 40 volunteers trained. Two volunteers booked for March.", "A"),
        (3, "3.2", "Add a session on staying safe online to the induction of every course of more than 12 "
                   "hours.", "Designated Safeguarding Lead /\nDigital Skills Tutor",
         ["Designated Safeguarding Lead", "Digital Skills Tutor"], "Induction materials revised Dec 2025",
         "Dec 2025", "2025-12", "Learner survey: 90% say they know how to report a concern",
         "Session in every induction since January 2026.", "C"),
        (4, "4.1", "Report quality, achievement and learner destinations to the Adult Learning Governance "
                   "Board at every meeting, using a new dashboard.", hal, [hal],
         "Dashboard designed Dec 2025; first used at the February Board", "Feb 2026", "2026-02",
         "Board minutes show members challenging performance",
         "Dashboard used at the Board on 11 February 2026.", "C"),
        (4, "4.2", "Recruit two members with experience of further education or employment and skills to "
                   "the Governance Board.", f"{hal} /\nCabinet Member for Communities",
         [hal, "Cabinet Member for Communities"], "Role profile agreed; appointments by July 2026",
         "July 2026", "2026-07", "Board has at least two members with relevant expertise",
         "Role profile agreed. Advert to be placed in March.", "G"),
    ]
    areas = {
        1: "Area for improvement 1: Tutors should use learners’ starting points to set challenging targets "
           "and should record the progress learners make against them.",
        2: "Area for improvement 2: Leaders should increase the number of learners who attend and complete "
           "English and mathematics courses.",
        3: "Area for improvement 3: Leaders should make sure that learners understand the risks of "
           "radicalisation and extremism and how to keep themselves safe online.",
        4: "Area for improvement 4: Governors should receive the information they need to hold leaders to "
           "account for the quality of education.",
    }
    statuses = {"C": "completed", "G": "ongoing", "A": "ongoing", "R": "not-started"}
    fills = {"C": "BDD7EE", "G": "C6EFCE", "A": "FFEB9C", "R": "FFC7CE"}
    header = ["Ref", "Action", "Lead", "Milestones", "By when", "Impact measure", "Progress (February 2026)",
              "RAG"]
    cols = [1.0, 4.8, 3.2, 3.5, 2.1, 3.5, 4.4, 1.4]
    blocks = [
        ("p", f"<<{teal}|**OTTERMEAD COUNTY COUNCIL**>>"),
        ("title", title),
        ("p", "Following the Ofsted inspection of 4 to 7 November 2025 – overall effectiveness: "
              "**Requires improvement**"),
        ("table", {"cols": [3.6, 8.0, 3.6, 8.3], "font": 9, "rows": [
            [label("Version", "D0E7EB"), "3", label("Last updated", "D0E7EB"), "16 February 2026"],
            [label("Plan owner", "D0E7EB"), "Head of Adult Learning", label("Approved by", "D0E7EB"),
             "Adult Learning Governance Board, 10 December 2025"],
            [label("Monitoring", "D0E7EB"), "Monthly by the Quality Group; every meeting of the Governance "
                                            "Board", label("Next update", "D0E7EB"), "April 2026"],
        ]}),
        ("ph", 12, f"<<{teal}|Inspection judgements>>"),
        ("table", {"cols": [12.0, 5.0], "font": 9, "header_fill": "D0E7EB",
                   "header": ["Judgement", "Grade"],
                   "rows": [
                       ["Overall effectiveness", "Requires improvement"],
                       ["The quality of education", "Requires improvement"],
                       ["Behaviour and attitudes", "Good"],
                       ["Personal development", "Good"],
                       ["Leadership and management", "Requires improvement"],
                       ["Adult learning programmes", "Requires improvement"],
                   ]}),
        ("p", "This plan sets out how the service will address the four areas for improvement in the "
              "inspection report. It replaces the 2025/26 self-assessment action plan. Each action has a lead, "
              "milestones, a completion date and a measure of the impact we expect on learners."),
        ("p", "**RAG key:** **C** – complete; **G** – in progress and on track; **A** – in progress but a "
              "milestone has been missed; **R** – not yet started."),
    ]
    for area in (1, 2, 3, 4):
        blocks.append(("ph", 10.5, f"<<{teal}|{areas[area]}>>"))
        rows = [[{"text": a[1], "bold": True}, a[2], a[3], a[5], a[6], a[8], a[9],
                 {"text": a[10], "bold": True, "fill": fills[a[10]]}] for a in acts if a[0] == area]
        blocks.append(("table", {"cols": cols, "font": 8.5, "header_fill": "D0E7EB", "header": header,
                                 "rows": rows}))
    blocks += [
        ("p", "Contact: Head of Adult Learning, Ottermead Adult and Community Learning, County Hall, "
              "Ottermead OT1 4HQ – adult.learning@ottermead.example – 01632 960 655"),
    ]
    return {
        "name": "ottermead-adult-learning-quality-improvement-plan-2025-26",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-02-16", "doc_title": title, "author": "Head of Adult Learning",
                 "ninth_m": True, "cant_split": True, "landscape": True, "font": "Liberation Sans", "size": 10,
                 "title_size": 16, "title_color": teal,
                 "m_header": ("Ottermead Adult and Community Learning", "OFFICIAL"),
                 "m_footer": ("Quality Improvement Plan 2025/26 – version 3", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="an adult learning service's quality improvement plan after an Ofsted inspection: "
                           "areas for improvement over tables Ref | Action | Lead | Milestones | By when | "
                           "Impact measure | Progress | RAG with a RAG key",
                     kind="action-plan", title=title, authority=OTTERMEAD, date="2026-02-16", meeting=None,
                     actions=[action(a[1], a[2], a[4], a[6], a[7], statuses[a[10]]) for a in acts]),
        "layout": "DOCX (python-docx), landscape (Letter), Liberation Sans 10 pt, an italic running header "
                  "(service | \"OFFICIAL\") and footer (plan and version | \"Page X of Y\"), rows that may not "
                  "split. A teal bold capitals council line, the teal title, a line with the inspection dates "
                  "and the bold overall judgement, a four-column version table with pale teal labels (Version / "
                  "Last updated / Plan owner / Approved by / Monitoring / Next update); a judgements table (not "
                  "items); a bold-led RAG key (C / G / A / R); four bold teal \"Area for improvement n: …\" "
                  "paragraphs (not items), each over an 8.5 pt table Ref | Action | Lead | Milestones | By when "
                  "| Impact measure | Progress (February 2026) | RAG with a repeated header; refs 1.1–4.2; leads "
                  "split by \"/\" plus line break, \";\" plus line break and \", with\"; milestone dates (not due "
                  "dates); By when \"January 2026\", \"31 March 2026\", \"Termly\", \"Jan 2026\", \"From November "
                  "2025\", \"Q1 2026/27\", \"28 February 2026\", \"Dec 2025\", \"Feb 2026\", \"July 2026\"; RAG "
                  "letters in shaded cells; one empty progress cell; a contact line.",
    }


# ---------------------------------------------------------------------------
# AM4. Larkwell Museums Trust Board of Trustees minutes (Markdown → pandoc DOCX → LibreOffice). Numbered
#      minutes, "**Decision:**" lines and "RESOLVED that" paragraphs, noted items, and a closing action log
#      grid table (No. | Action | Owner | Due | Status) that carries two earlier actions.
# ---------------------------------------------------------------------------


def larkwell_museums_trust_minutes():
    board = "Board of Trustees"
    d_minutes = "The minutes of the meeting held on 14 November 2025 were approved as a correct record."
    d_budget = ("the draft budget for 2026/27, with income of £1.84 million and expenditure of £1.83 million, be "
                "approved, and that the request to the Council for its 2026/27 funding be submitted on that "
                "basis.")
    d_charges = ("The Board approved an increase in the adult admission charge at Larkwell Mill Museum from £7.50 "
                 "to £8.00 from 1 April 2026, with free entry for Culture Card holders and under-16s unchanged.")
    d_loan = [
        ("a", "the loan of the Harcourt tapestry to the Ashmoor Gallery for its exhibition from May to September "
              "2026 be agreed, subject to the borrower meeting the conditions in the facilities report;"),
        ("b", "the Director be authorised to sign the loan agreement; and"),
    ]
    d_loan_c = ("c", "the Collections Manager report to the Board on the condition of the tapestry on its return.")
    d_risk = "The Board agreed to add the Mill Museum roof to the risk register as a high risk."
    # (no., text, owner cell, owners, due cell, due, status word)
    log = [
        ("25/31", "Circulate the revised volunteer policy to all trustees for comment.", "Volunteer Manager",
         ["Volunteer Manager"], "December 2025", "2025-12", "Complete"),
        ("25/33", "Arrange a meeting with the Council’s Culture and Leisure Manager about the 2026/27 funding "
                  "agreement.", "Director", ["Director"], "January 2026", "2026-01", "Complete"),
        ("26/01", "Submit the 2026/27 funding request to Larkwell Borough Council.", "Director /\nFinance "
                                                                                      "Manager",
         ["Director", "Finance Manager"], "6 February 2026", "2026-02-06", "In progress"),
        ("26/02", "Obtain two quotes for the repair of the Mill Museum roof and report to the Finance and "
                  "Audit Committee.", "Buildings and Facilities Officer", ["Buildings and Facilities Officer"],
         "March 2026", "2026-03", "In progress"),
        ("26/03", "Apply to the Museum Estate and Development Fund for the roof repair.", "Director; "
                                                                                           "Development "
                                                                                           "Manager",
         ["Director", "Development Manager"], "", None, "Not started"),
        ("26/04", "Update the Trust’s safeguarding policy to cover volunteers under 18 and bring it to the next "
                  "meeting.", "Chair of the People Committee", ["Chair of the People Committee"],
         "Next meeting", None, "Not started"),
    ]
    statuses = {"Complete": "completed", "In progress": "ongoing", "Not started": "not-started"}
    log_table = grid_table([10, 38, 20, 19, 15], ["No.", "Action", "Owner", "Due", "Status"],
                           [[n, t, o.replace("\n", " "), d, s] for n, t, o, _, d, _, s in log])
    md = [
        "**LARKWELL MUSEUMS TRUST**",
        "Larkwell Mill Museum · Larkwell Town Museum · Canal Heritage Centre",
        f"# {board}",
        "**Minutes of the meeting held on Thursday, 22 January 2026 at 5.30 pm in the Learning Room, Larkwell "
        "Mill Museum, Mill Lane, Larkwell**",
        "**Present:** R.H. (Chair), A.D. (Vice-Chair and Treasurer), B.K., C.M., J.P., L.S., T.W.",
        "**In attendance:** Director; Finance Manager; Collections Manager; Culture and Leisure Manager, "
        "Larkwell Borough Council (observer); Governance Officer (minutes).",
        "**Apologies:** G.F., Councillor N.O. (Council-nominated trustee).",
        "## 1. Welcome and declarations of interest",
        "The Chair welcomed trustees. J.P. declared an interest in item 6 as a volunteer at the Ashmoor "
        "Gallery and took no part in the decision on it.",
        "## 2. Minutes of the last meeting and matters arising",
        f"**Decision:** {d_minutes}",
        "Matters arising were covered by the action log (see the end of these minutes).",
        "## 3. Director’s report",
        "The Director reported that visits to the three museums from April to December 2025 were 96,400, 6% "
        "above the same period last year, helped by the Lantern Festival and the Culture Card. The Town Museum "
        "had been closed for four days in December after a water leak; no objects were damaged. The shop’s "
        "income was 11% above budget.",
        "Trustees asked how many Culture Card holders were new visitors. The Director said that 38% had not "
        "visited in the previous two years. The report was noted.",
        "## 4. Budget 2026/27 and funding request to the Council",
        "The Finance Manager presented the draft budget. The Council’s funding under the funding agreement "
        "would fall from £612,000 to £580,000, as the Council had said in its medium term financial plan. The "
        "gap would be met by higher admission and events income, a reduction in opening hours at the Town "
        "Museum on Mondays in the winter and a saving on energy from the new boiler. A.D. said that the "
        "Finance and Audit Committee had reviewed the budget and recommended it to the Board.",
        f"**RESOLVED** that {d_budget}",
        "## 5. Admission charges 2026/27",
        "Trustees discussed whether a higher charge would put off local families. The Director said that "
        "local residents could buy an annual pass for the price of a single visit, and that free entry for "
        "children and Culture Card holders would continue.",
        f"**Decision:** {d_charges}",
        "## 6. Loan request – Harcourt tapestry",
        "The Collections Manager presented a request from the Ashmoor Gallery to borrow the Harcourt "
        "tapestry. The facilities report showed that the gallery met the standards for light, humidity and "
        "security, and the borrower would pay for conservation checks, transport and insurance.",
        "**RESOLVED** that:",
    ] + [f"\\({n}) {t}" for n, t in d_loan + [d_loan_c]] + [
        "## 7. Mill Museum roof",
        "The Director reported that a survey after the December storms had found slipped slates and failing "
        "lead work over the east gallery. Temporary repairs had been made. The full repair was likely to cost "
        "between £60,000 and £90,000, and the building was the Council’s, although the Trust was responsible "
        "for repairs under its lease. The Culture and Leisure Manager said that the Council would discuss a "
        "contribution once quotes were available.",
        d_risk,
        "## 8. Risk register",
        "Trustees reviewed the risk register. Apart from the roof, no new risks were added. The register was "
        "noted.",
        "## 9. Any other business",
        "None.",
        "## Date of next meeting",
        "Thursday, 19 March 2026 at 5.30 pm, Larkwell Mill Museum.",
        "Signed (Chair) ............................ Date ...................",
        papers_ninth_m.PAGE_BREAK_MD,
        "## Action log",
        "Actions 25/31 and 25/33 are carried forward from earlier meetings and are shown for the last time.",
        log_table,
        "Statuses: Complete – done and reported to the Board; In progress – work has started; Not started – "
        "work has not yet begun.",
    ]
    decisions = [decision("2", None, d_minutes, board), decision("4", None, d_budget, board),
                 decision("5", None, d_charges, board)]
    decisions += [decision("6", n, t, board) for n, t in d_loan + [d_loan_c]]
    decisions += [decision("7", None, d_risk, board)]
    return {
        "name": "larkwell-museums-trust-board-minutes-january-2026",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-01-29"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="a museums trust's board of trustees minutes: budget and funding request, admission "
                           "charges, a loan, a building risk, with decisions and a closing action log",
                     kind="minutes", title=board, authority=None, date="2026-01-22", meeting=board,
                     decisions=decisions,
                     actions=[action(a[0], a[1], a[3], a[4] or None, a[5], statuses[a[6]]) for a in log]),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles, no running header or page "
                  "numbers. A bold capitals trust line and a charity number line, \"Board of Trustees\" as H1, a "
                  "bold \"Minutes of the meeting …\" line, bold-led Present / In attendance / Apologies "
                  "paragraphs (trustees by initials); Heading 2 items \"1. …\" … \"9. …\"; bold \"**Decision:**\" "
                  "lines with a whole sentence (\"The minutes … were approved …\", \"The Board approved …\"), "
                  "\"**RESOLVED** that …\" and \"**RESOLVED** that:\" over typed (a)–(c) paragraphs (\";\" and "
                  "\"; and\"); a plain \"The Board agreed to …\" sentence; noted reports; a closing grid-table "
                  "action log No. | Action | Owner | Due | Status with two carried-forward rows, owners split by "
                  "\"/\" and \";\", due \"December 2025\", \"January 2026\", \"6 February 2026\", \"March 2026\", "
                  "one empty, \"Next meeting\"; statuses Complete / In progress / Not started; a signature line.",
    }


# ---------------------------------------------------------------------------
# AM5. Larkwell Cabinet's response to the Communities Scrutiny Committee's review of the leisure contract
#      (Markdown → pandoc DOCX). A front grid table, "That Cabinet:" with typed (a)/(b) items, the review's
#      findings and a performance table (not items), then for each recommendation a headerless two-column
#      grid table (Recommendation N / Operator's comments / Cabinet response / Decision / Lead officer /
#      Timescale).
# ---------------------------------------------------------------------------


def larkwell_leisure_response():
    title = "Leisure Contract Performance: Response to the Communities Scrutiny Committee Review"
    lcm = "Leisure Contract Manager"
    clm = "Culture and Leisure Manager"
    cover = [
        ("a", "agrees the responses to the seven recommendations of the Communities Scrutiny Committee’s review "
              "of the leisure contract set out in section 5; and", "AGREES"),
        ("b", "asks the Leisure Contract Manager to report progress on the agreed actions to the Committee in "
              "November 2026.", "ASKS"),
    ]
    # (no., text, verb, addressee, operator comments, cabinet response, decision word, lead cell, owners,
    #  timescale cell, due)
    recs = [
        ("1", "The Council should publish the leisure contract’s key performance indicators, and the operator’s "
              "results against them, on its website every quarter.", "PUBLISH", "Council",
         "Larkwell Active supports this and will provide the data within 20 working days of the end of each "
         "quarter.",
         "Accepted. The first report, for April to June 2026, will be published in August 2026 alongside the "
         "Council’s own performance report.", "Accepted", lcm, [lcm], "August 2026, then quarterly", "2026-08"),
        ("2", "Agree with the operator a plan to bring Riverside Leisure Centre’s swimming pool back into full "
              "use, with dates, before the summer holidays.", "AGREE", None,
         "The pool hall ventilation has failed twice since September. Larkwell Active has commissioned a "
         "survey and will share the results with the Council.",
         "Accepted. The survey will report in April. The ventilation plant is the Council’s responsibility "
         "under the contract, so the Council will fund the replacement from the leisure capital budget if the "
         "survey confirms it is needed.", "Accepted", f"{lcm} /\nProperty Services", [lcm, "Property Services"],
         "July 2026", "2026-07"),
        ("3", "Apply the deduction for missed performance standards in full for the quarters in which the "
              "cleanliness standard was not met.", "APPLY", None,
         "Larkwell Active accepts that the standard was missed in two quarters, but notes that it was short of "
         "cleaning staff after the Council asked it to extend opening hours at Hollins Park.",
         "Partially accepted. The deduction of £8,400 for the quarter to September 2025 has been applied. For "
         "the quarter to December 2025 the Council has accepted that the extended hours were a contributing "
         "factor and has applied half of the deduction.", "Partially accepted", lcm, [lcm], "Complete", None),
        ("4", "Increase the concessionary discount for people on low incomes from 30% to 50%.", "INCREASE",
         None,
         "A 50% discount would cost about £46,000 a year in lost income, which the operator could not absorb "
         "under the current contract.",
         "Not accepted. The discount will stay at 30%, but the Culture Card (free or £1 entry at off-peak "
         "times) will be extended to the leisure centres from April 2026, which gives a larger saving to the "
         "households most in need.", "Not accepted", "N/A", [], "N/A", None),
        ("5", "The operator should run a targeted programme to increase activity among women and girls, "
              "disabled residents and older people in the Wharf and Mill Lane wards.", "RUN", "operator",
         "Larkwell Active will launch a Move More Wharf programme in April with the community centre and the "
         "GP practices, funded by its community investment budget.",
         "Accepted. The Council will include the programme’s results in the quarterly reports.", "Accepted",
         f"{lcm}, with Larkwell Active", [lcm, "Larkwell Active"], "From April 2026", "2026-04"),
        ("6", "Set up a customer forum at each leisure centre, meeting at least twice a year, with its notes "
              "published.", "SET", None,
         "Forums already meet at Hollins Park and Riverside. A forum for Eastgate will start in May.",
         "Accepted.", "Accepted", "Larkwell Active General Manager", ["Larkwell Active General Manager"],
         "May 2026", "2026-05"),
        ("7", "The options for the leisure service after the contract ends in March 2029 should be reported to "
              "the Committee before Cabinet decides how to proceed.", None, None,
         "No comment.",
         "Accepted. An options appraisal (extending the contract, a new procurement, a local authority trading "
         "company or bringing the service in-house) will be brought to the Committee in January 2027 and to "
         "Cabinet in March 2027.", "Accepted", clm, [clm], "January 2027", "2027-01"),
    ]
    decisions = {"Accepted": "accepted", "Partially accepted": "partially-accepted", "Not accepted": "rejected"}
    front = grid_table([24, 60], None, [
        ["**Report to**", "Cabinet"],
        ["**Date**", "17 March 2026"],
        ["**Report of**", "Culture and Leisure Manager"],
        ["**Cabinet Member**", "Cabinet Member for Leisure, Culture and Heritage"],
        ["**Key decision**", "No"],
        ["**Contact**", "leisure.contract@larkwell.example – 01632 960 318"],
    ])
    kpis = grid_table([40, 14, 14, 14], ["Indicator", "Target", "2023/24", "2024/25"], [
        ["Visits (all centres)", "720,000", "694,210", "701,880"],
        ["Members (direct debit)", "6,200", "5,804", "6,011"],
        ["Swimming lessons (children enrolled)", "1,900", "1,742", "1,688"],
        ["Cleanliness audits passed", "95%", "91%", "88%"],
        ["Customer satisfaction", "85%", "82%", "79%"],
    ])
    md = [
        "**LARKWELL BOROUGH COUNCIL**",
        front,
        f"# {title}",
        "## 1. Purpose of the report",
        "1.1 The Communities Scrutiny Committee reviewed the performance of the leisure contract between June "
        "and December 2025 and made seven recommendations, which it agreed on 20 January 2026. This report "
        "sets out the comments of the operator, Larkwell Active Leisure Ltd (Larkwell Active), and the "
        "responses proposed for Cabinet to agree.",
        "## 2. Recommendations",
        "That Cabinet:",
    ] + [f"\\({r[0]}) {r[1]}" for r in cover] + [
        "## 3. Background",
        "3.1 Larkwell Active has run the Council’s three leisure centres (Hollins Park, Riverside and "
        "Eastgate) under a ten-year contract since April 2019. The Council pays a management fee, which fell "
        "from £410,000 in 2019/20 to £95,000 in 2025/26, and keeps responsibility for the buildings’ structure "
        "and main plant.",
        "3.2 The contract sets 18 performance standards. If a standard is missed, the Council may make a "
        "deduction from the management fee.",
        "## 4. The review’s findings",
        "4.1 The review found that visits have recovered to above their 2019 level, but that the targets for "
        "swimming lessons, cleanliness and customer satisfaction have been missed for two years (Table 1). "
        "Members heard from users, staff, the operator and two swimming clubs. Users said the Riverside pool "
        "closures had been poorly explained. The Committee also found that performance was reported only "
        "to officers and that councillors and the public could not see it.",
        "**Table 1: Selected performance standards**",
        kpis,
        "4.2 The Committee concluded that the contract was value for money but needed firmer management in "
        "its remaining three years, and that the Council should start planning now for what follows it.",
        "## 5. Responses to the recommendations",
        "5.1 Each recommendation is set out below with Larkwell Active’s comments, Cabinet’s proposed response "
        "and decision, the lead officer and the timescale.",
    ]
    for r in recs:
        md += [
            f"**Recommendation {r[0]}**",
            grid_table([27, 58], None, [
                ["**Recommendation**", r[1]],
                ["**Operator’s comments**", r[4]],
                ["**Cabinet response**", r[5]],
                ["**Decision**", r[6]],
                ["**Lead officer**", r[7].replace("\n", " ")],
                ["**Timescale**", r[9]],
            ]),
        ]
    md += [
        "## 6. Financial implications",
        "6.1 Extending the Culture Card to the leisure centres is estimated to cost £12,000 a year in lost "
        "income, met from the management fee reduction agreed in 2025. The replacement of the Riverside "
        "ventilation plant, if needed, is estimated at £180,000 and can be met from the leisure capital "
        "budget.",
        "## 7. Legal implications",
        "7.1 The deductions in response to recommendation 3 are made under Schedule 4 of the contract. The "
        "options appraisal for recommendation 7 will need to take account of the Procurement Act 2023.",
        "## 8. Background papers",
        "8.1 Communities Scrutiny Committee, 20 January 2026: Review of the leisure contract – final report.",
    ]
    recommendations = [recommendation(n, t, verb=v, addressee="Cabinet") for n, t, v in cover]
    recommendations += [recommendation(r[0], r[1], verb=r[2], addressee=r[3], owners=r[8], due=r[10],
                                       timeframe=None if r[9] in ("N/A", "Complete") else r[9],
                                       status="completed" if r[9] == "Complete" else None, response=r[5],
                                       decision=decisions[r[6]]) for r in recs]
    return {
        "name": "larkwell-cabinet-response-leisure-contract-scrutiny-review",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-03-06"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="Cabinet's response to a borough scrutiny committee's review of the leisure contract, "
                           "with the operator's comments beside each response, and a covering \"That Cabinet:\" "
                           "(a)/(b) recommendation",
                     kind="executive-response", title=title, authority=LARKWELL, date="2026-03-17",
                     meeting="Cabinet", recommendations=recommendations),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals council line, a headerless grid "
                  "table with bold labels (Report to / Date / Report of / Cabinet Member / Key decision / "
                  "Contact), the H1 title; Heading 2 sections with typed 1.1 … 8.1 paragraphs; \"2. "
                  "Recommendations\" with \"That Cabinet:\" over typed \"(a) agrees …; and\" and \"(b) asks …\" "
                  "paragraphs; the review's findings in prose and a performance table (not items); section 5 with "
                  "a bold \"Recommendation N\" line over a headerless two-column grid table per recommendation "
                  "(Recommendation / Operator’s comments / Cabinet response / Decision / Lead officer / "
                  "Timescale); recommendations as imperatives, \"The Council should …\", \"The operator should "
                  "…\" and one passive; decisions \"Accepted\", \"Partially accepted\", \"Not accepted\"; leads "
                  "\"A / B\", \"A, with B\", \"N/A\", one the operator's post; timescales \"August 2026, then "
                  "quarterly\", \"July 2026\", \"Complete\", \"N/A\", \"From April 2026\", \"May 2026\", "
                  "\"January 2027\"; implications sections.",
    }


# ---------------------------------------------------------------------------
# AM6. Ottermead Libraries opening hours and services guide from July 2026 (python-docx → LibreOffice,
#      NinthMWriter, portrait). A leaflet-like guide: what is changing, an opening hours table, services,
#      how to join, contacts. Nothing to find.
# ---------------------------------------------------------------------------


def ottermead_libraries_guide():
    title = "Your Library: Opening Hours and Services from 1 July 2026"
    green = "1E5631"
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    hours = [
        ["Ottermead Central", "9–7", "9–7", "9–7", "9–7", "9–7", "9–5", "58"],
        ["Kingsford", "9–5", "9–7", "9–5", "9–7", "9–5", "9–1", "48"],
        ["Harrowby", "9–5", "9–7", "9–1", "9–5", "9–5", "9–3", "44"],
        ["Saltley Bridge", "10–5", "Closed", "10–7", "10–5", "10–5", "9–2", "35"],
        ["Ashby Marsh", "Closed", "10–5", "10–5", "10–7", "10–5", "9–2", "35"],
        ["Penhallow", "10–5", "10–5", "Closed", "1–7", "10–5", "9–2", "32"],
        ["Lower Wickham", "2–6", "10–1", "2–6", "Closed", "10–1", "9–1", "18"],
        ["Brenscombe*", "Closed", "2–6", "10–2", "2–6", "10–2", "10–2", "20"],
        ["Fold Hill*", "10–1", "2–6", "2–6", "Closed", "2–6", "10–1", "18"],
        ["Netherby*", "Closed", "10–2", "Closed", "2–6", "2–6", "10–2", "16"],
    ]
    blocks = [
        ("p", f"<<{green}|**OTTERMEAD LIBRARIES**>>"),
        ("title", title),
        ("p", "**Ottermead County Council’s library service – summer 2026 edition, published June 2026**"),
        ("ph", 12, f"<<{green}|What is changing>>"),
        ("p", "From 1 July 2026 some of our libraries are open at different times. Every hub and town library "
              "is still open on at least one evening a week and on Saturday mornings. Brenscombe, Fold Hill and "
              "Netherby libraries are now run by community groups with support from the library service: your "
              "library card, your loans and the public computers work there just as before."),
        ("p", "The times below are the hours when staff or volunteers are on hand. Hours are shown as 9–7 "
              "for 9.00 am to 7.00 pm, and so on. All libraries are closed on Sundays and bank holidays."),
        ("ph", 12, f"<<{green}|Opening hours>>"),
        ("table", {"cols": [3.6] + [1.5] * 6 + [1.9], "font": 9, "header_fill": "D9EAD3",
                   "header": ["Library"] + days + ["Hours a week"], "rows": hours}),
        ("p", "* Community-managed library. The mobile library visits 46 stops every three weeks; the "
              "timetable is on our website and in every library."),
        ("ph", 12, f"<<{green}|What you can do at your library>>"),
        ("list", "bullet", 1, [
            "Borrow books, audiobooks and DVDs – up to 20 items for 3 weeks, free for books and audiobooks.",
            "Use free Wi-Fi and public computers, with printing from 15p a page.",
            "Download e-books, e-audiobooks, magazines and newspapers with the Libby and PressReader apps.",
            "Join a reading group, a knit and natter group or a Code Club.",
            "Bring under-5s to Rhymetime and Storytime (see each library’s page for times).",
            "Get help with online forms, Universal Credit journals and using a smartphone at our Digital "
            "Help sessions.",
            "Find out about courses from Ottermead Adult and Community Learning, many held in our libraries.",
        ]),
        ("ph", 12, f"<<{green}|Open access at Kingsford and Harrowby>>"),
        ("p", "From autumn 2026, adult members at Kingsford and Harrowby libraries can sign up to use the library "
              "from 8.00 am to 9.00 am and from 7.00 pm to 8.00 pm on weekdays, when no staff are on site. You "
              "will need to attend a short induction. Ask at either library for details."),
        ("ph", 12, f"<<{green}|Joining is free>>"),
        ("p", "Anyone who lives, works or studies in Ottermead can join. Bring something with your name and "
              "address on it, or join online and collect your card on your first visit. Children under 16 need a "
              "parent or carer to sign for them."),
        ("table", {"cols": [5.0, 12.0], "font": 9.5, "rules": True, "header_fill": "D9EAD3",
                   "header": ["Charges", ""],
                   "rows": [
                       ["Books and audiobooks", "Free to borrow; no fines on children’s items"],
                       ["DVDs", "£1.50 a week"],
                       ["Reservations", "Free for items in stock; £5 for items from other library services"],
                       ["Overdue adult items", "20p a day, up to £6 an item"],
                       ["Replacement card", "£2.50"],
                   ]}),
        ("ph", 12, f"<<{green}|Home Library Service>>"),
        ("p", "If you cannot get to a library because of your health, a disability or caring "
              "responsibilities, our volunteers can bring books to your home every four weeks. Call us to "
              "find out more."),
        ("ph", 12, f"<<{green}|Contact us>>"),
        ("p", "Ottermead Libraries, County Hall, Ottermead OT1 4HQ. Telephone 01632 960 240 (Monday to Friday, "
              "9.00 am to 5.00 pm). E-mail libraries@ottermead.example. Renew and reserve online at "
              "libraries.ottermead.example."),
        ("p", "This guide is available in large print and easy read. Ask at any library."),
    ]
    return {
        "name": "ottermead-libraries-opening-hours-and-services-guide-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-06-01", "doc_title": title, "author": "Ottermead Libraries", "ninth_m": True,
                 "cant_split": True, "font": "Liberation Sans", "size": 10, "title_size": 17, "title_color": green,
                 "m_header": ("Ottermead Libraries", "Opening hours and services"),
                 "m_footer": ("Summer 2026 edition", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="a county library service's opening hours and services guide for the public: hours "
                           "table, services, charges and contacts; nothing to find",
                     kind="other", title=title, authority=OTTERMEAD, date="2026-06", meeting=None),
        "layout": "PDF (python-docx → LibreOffice), portrait (Letter), Liberation Sans 10 pt, an italic running "
                  "header (service | \"Opening hours and services\") and footer (edition | \"Page X of Y\"), rows "
                  "that may not split. A green bold capitals service line, the green title, a bold edition line; "
                  "green bold headings that are not styles; an opening hours table Library | Mon … Sat | Hours a "
                  "week with a shaded header and asterisked community libraries; a bulleted list of services (not "
                  "actions); a ruled charges table; contact details. Nothing to find.",
    }


PAPERS = [ottermead_library_review, larkwell_cultural_strategy, ottermead_adult_learning_qip,
          larkwell_museums_trust_minutes, larkwell_leisure_response, ottermead_libraries_guide]
