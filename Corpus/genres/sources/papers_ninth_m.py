"""Papers of the ninth batch, part M ("committee templates"): six made-up council committee papers,
in templates (layouts, wording, numbering) the corpus did not have, from two invented authorities:
Rookham Metropolitan Borough Council (a metropolitan borough with a Cabinet, an Overview and
Scrutiny Committee and a Licensing Committee that hears cases in sub-committees) and Tolbury
District Council (a district council with a Cabinet, a Planning Committee and an Overview and
Scrutiny Committee). Everything is invented: people are given by role or initials, e-mail addresses
use `.example` and telephone numbers the 01632 960xxx range; every firm, place and figure is made
up, and so are the neighbouring councils named in passing (Ashmere County Council, Wexmoor District
Council).

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks) and without running it, using only the corpus READMEs and the build scripts and paper
definitions in this folder (not papers_ninth_n.py, written at the same time by someone else). Each paper names its own split.
Every gold value is written by hand beside the words it labels; the "Committee templates, part M"
notes record the choices where the rules left room.

Extra layouts. render.py cannot put "Page X of Y" fields in a running header, draw tables with
horizontal rules only, hang typed paragraph numbers, right-align a line or keep a list item on one
page, and the brief allowed no edit to it, so this module wraps `render.to_docx` and
`render.to_html` when it is imported. A paper whose meta carries "ninth_m" is written by the
NinthMWriter below (a subclass of papers_far_h.FarHWriter, so meta "cant_split" keeps table rows on
one page as it does there), which adds:

  ("pr", text)              a right-aligned paragraph
  ("ph", size, text)        a bold paragraph in the given size (a heading that is not a style)
  ("pn", text)              a typed-number paragraph ("2.1\\tThat …") with a hanging indent, kept
                            on one page
  ("list", fmt, start, items)  as in render.py, with each item kept on one page (a page break may
                            still fall between two items of the same Word list)
  table spec "rules": True  horizontal rules only (no vertical lines)
  meta "m_header" / "m_footer": (left text, right text) with "{PAGE}" and "{NUMPAGES}" fields
  "<<RRGGBB|words>>"        words set in that colour (bold marks go inside)

The HTML wrapper (meta "ninth_m") turns "<<RRGGBB|words>>" into coloured spans and appends meta
"m_css" to the page's style sheet (used for CSS page-margin boxes). Every other paper goes to the
wrapped functions unchanged.

Formats: "docx" (python-docx), "lo-pdf" (python-docx → LibreOffice), "chromium-pdf" (HTML →
Chromium), "pandoc-docx" (Markdown → pandoc DOCX), "pandoc-lo-pdf" (that DOCX → LibreOffice).
"""

import re as _re

import papers_far_h as _far_h
import render as _render
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Emu, Pt, Twips
from gold import action, decision, recommendation
from papers_fresh import grid_table

ROOKHAM = "Rookham Metropolitan Borough Council"
TOLBURY = "Tolbury District Council"

COLOUR_RE = _re.compile(r"<<([0-9A-Fa-f]{6})\|(.+?)>>")
# The same marks once the HTML writer has escaped them.
HTML_COLOUR_RE = _re.compile(r"&lt;&lt;([0-9A-Fa-f]{6})\|(.+?)&gt;&gt;")


# ---------------------------------------------------------------------------
# DOCX writer for papers whose meta carries "ninth_m".
# ---------------------------------------------------------------------------


class NinthMWriter(_far_h.FarHWriter):
    """papers_far_h's writer plus page-numbered running headers, ruled tables, hanging typed
    numbers, right-aligned lines, sized bold headings, list items kept on one page and coloured
    words."""

    def __init__(self, meta):
        super().__init__(meta)
        section = self.doc.sections[0]
        width = section.page_width - section.left_margin - section.right_margin
        if meta.get("m_header"):
            self.running(section.header.paragraphs[0], meta["m_header"], width)
        if meta.get("m_footer"):
            self.running(section.footer.paragraphs[0], meta["m_footer"], width)

    @staticmethod
    def running(paragraph, parts, width):
        left, right = parts
        stops = paragraph.paragraph_format.tab_stops
        stops.add_tab_stop(Twips(4680), WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(Twips(9360), WD_TAB_ALIGNMENT.CLEAR)
        stops.add_tab_stop(Emu(width), WD_TAB_ALIGNMENT.RIGHT)
        text = left + "\t" + right
        for piece in _re.split(r"(\{PAGE\}|\{NUMPAGES\})", text):
            if not piece:
                continue
            if piece in ("{PAGE}", "{NUMPAGES}"):
                field = piece[1:-1]
                paragraph._p.append(parse_xml(
                    f'<w:fldSimple {nsdecls("w")} w:instr=" {field} "><w:r><w:rPr><w:i/><w:sz w:val="16"/>'
                    f'</w:rPr><w:t>1</w:t></w:r></w:fldSimple>'))
            else:
                run = paragraph.add_run(piece)
                run.italic = True
                run.font.size = Pt(8)

    @staticmethod
    def fill(paragraph, text, bold=False, size=None, color=None):
        _render.fill_coloured(paragraph, text, COLOUR_RE, bold, size, color)

    def blocks(self, blocks, container=None):
        for block in blocks:
            kind = block[0]
            target = container or self.doc
            if kind == "pr":
                p = target.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                self.fill(p, block[1])
            elif kind == "ph":
                p = target.add_paragraph()
                p.paragraph_format.space_before = Pt(10)
                p.paragraph_format.keep_with_next = True
                self.fill(p, block[2], bold=True, size=block[1])
            elif kind == "pn":
                p = target.add_paragraph()
                fmt = p.paragraph_format
                fmt.left_indent = Cm(1.25)
                fmt.first_line_indent = Cm(-1.25)
                fmt.keep_together = True
                self.fill(p, block[1])
            elif kind == "list":
                fmt, start, items = block[1], block[2], block[3]
                nid = self.new_list(fmt, start)
                for item in items:
                    p = target.add_paragraph()
                    p._p.get_or_add_pPr().insert(0, parse_xml(
                        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>'))
                    p.paragraph_format.keep_together = True
                    self.fill(p, item)
            else:
                super().blocks([block], container)

    def table(self, spec, container):
        if not spec.get("rules"):
            return super().table(spec, container)
        spec = dict(spec, borders=False)
        super().table(spec, container)
        table = (container if container is not None else self.doc).tables[-1]
        tbl_pr = table._tbl.tblPr
        line = 'w:val="single" w:sz="6" w:space="0" w:color="7F7F7F"'
        tbl_pr.append(parse_xml(
            f'<w:tblBorders {nsdecls("w")}><w:top {line}/><w:left w:val="nil"/><w:bottom {line}/>'
            f'<w:right w:val="nil"/><w:insideH {line}/><w:insideV w:val="nil"/></w:tblBorders>'))
        return None


_wrapped_to_docx = _render.to_docx
_wrapped_to_html = _render.to_html


def _to_docx(meta, blocks, path):
    if not meta.get("ninth_m"):
        return _wrapped_to_docx(meta, blocks, path)
    writer = NinthMWriter(meta)
    writer.blocks(blocks)
    writer.finish()
    writer.save(path)
    return None


def _to_html(meta, blocks, path):
    result = _wrapped_to_html(meta, blocks, path)
    if not meta.get("ninth_m"):
        return result
    with open(path, encoding="utf-8") as handle:
        page = handle.read()
    page = _render.colour_spans_html(page, HTML_COLOUR_RE)
    if meta.get("m_css"):
        page = page.replace("</style>", meta["m_css"] + "</style>", 1)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(page)
    return None


_render.to_docx = _to_docx
_render.to_html = _to_html


def label(text, fill="D9D9D9"):
    return {"text": text, "bold": True, "fill": fill}


PAGE_BREAK_MD = '```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```'


# ---------------------------------------------------------------------------
# M1. Cabinet public reports pack (PDF via LibreOffice, Liberation Sans 10.5 pt, an italic running
#     header "Rookham MBC – Cabinet – 11 March 2026" with "Page X of Y" fields). Agenda front sheet
#     (a "Public Document Pack" line, letterhead, large "Cabinet", a borderless details table, an
#     agenda table with a shaded header, no borders and a merged "PART B" row) and three reports,
#     each after a page break and each with its own recommendations in its own template:
#       A. Highways Asset Management Plan: bordered grey-label front table, Word heading styles,
#          "2. Recommendations" with typed 2.1–2.4 "That Cabinet …" paragraphs (one passive);
#       B. Bereavement fees: bold label lines, bold capital headings that are not styles, a
#          two-column table Recommendation | Reason for the recommendation with the number typed
#          in bold at the start of each recommendation cell;
#       C. Quarter 3 performance and finance: a four-column front table, a bold "RECOMMENDATIONS"
#          line, "Cabinet is asked to:" and a Word-numbered (a)–(e) list that runs over a page
#          break (one list, the page break before (c)).
# ---------------------------------------------------------------------------


def rookham_cabinet_pack():
    grey = "D9D9D9"
    date_line = "Wednesday, 11 March 2026 at 10.00 am"

    # Report A: (number, text, verb, addressee)
    recs_a = [
        ("2.1", "That Cabinet approves the Highways Asset Management Plan 2026–2031 set out at Appendix 1.",
         "APPROVES", "Cabinet"),
        ("2.2", "That Cabinet approves the carriageway and footway resurfacing programme for 2026/27 of £9.8 million, "
                "as set out at Appendix 2.", "APPROVES", "Cabinet"),
        ("2.3", "That authority be delegated to the Strategic Director of Place, in consultation with the Cabinet "
                "Member for Highways and Transport, to make changes to the 2026/27 programme within the approved "
                "budget.", None, None),
        ("2.4", "That Cabinet notes the results of the 2025 national highways benchmarking survey summarised in "
                "section 5.", "NOTES", "Cabinet"),
    ]
    # Report B: (number, recommendation, reason, verb)
    recs_b = [
        ("1", "That Cabinet approves the bereavement services fees and charges for 2026/27 set out in Appendix A, to "
              "take effect from 1 April 2026.",
         "To recover the full cost of the service, as the Council’s fees and charges policy requires, including the "
         "running costs of the new cremator installed in 2025.", "APPROVES"),
        ("2", "That Cabinet agrees that no charge continues to be made for the burial or cremation of a child under "
              "the age of 18.",
         "The Council has made no charge for children’s funerals since 2019; the lost income (about £9,000 a year) "
         "is met by a national grant.", "AGREES"),
        ("3", "That Cabinet delegates authority to the Head of Bereavement Services, in consultation with the Cabinet "
              "Member for Environment and Bereavement Services, to set charges for new services introduced during "
              "2026/27, up to £500 for each service.",
         "So that new services, such as the webcasting of funeral services, can be offered without waiting for a "
         "Cabinet meeting.", "DELEGATES"),
        ("4", "That Cabinet notes that the refurbishment of the East Chapel at Rookham Crematorium will be the "
              "subject of a separate report in the summer of 2026.",
         "For information. The chapel was closed in November 2025 after a roof survey.", "NOTES"),
    ]
    # Report C: (number, text, verb)
    recs_c = [
        ("a", "note the forecast revenue outturn for 2025/26 at Quarter 3, an overspend of £2.1 million (0.9% of the "
              "net budget), and the actions being taken to reduce it, set out in section 3;", "NOTE"),
        ("b", "note the performance against the Council Plan 2024–2028 indicators at Quarter 3, set out in Appendix "
              "1;", "NOTE"),
        ("c", "approve the revenue budget virements over £250,000 set out in Appendix 2;", "APPROVE"),
        ("d", "approve the addition of £640,000 of Active Travel grant to the 2025/26 capital programme; and",
         "APPROVE"),
        ("e", "note the forecast positions on the Housing Revenue Account and the Dedicated Schools Grant in "
              "section 4.", "NOTE"),
    ]

    agenda = [
        ["1", "**Apologies for absence**", ""],
        ["2", "**Declarations of interest**\nMembers are asked to declare any disclosable pecuniary interests or "
              "other registrable interests in items on this agenda.", ""],
        ["3", "**Minutes**\nTo approve as a correct record the minutes of the meeting held on 11 February 2026 "
              "(circulated separately).", ""],
        ["4", "**Questions from members of the public**\nUp to 15 minutes. Questions must be received by 12 noon on "
              "Friday, 6 March 2026.", ""],
        ["5", "**Highways Asset Management Plan 2026–2031**\nKey decision. To consider the report of the Strategic "
              "Director of Place.", "3 – 4"],
        ["6", "**Bereavement Services Fees and Charges 2026/27**\nTo consider the report of the Strategic Director of "
              "Neighbourhoods.", "5 – 6"],
        ["7", "**Quarter 3 Performance and Finance Report 2025/26**\nTo consider the report of the Director of "
              "Finance.", "7 – 8"],
        [{"text": "**PART B – ITEMS LIKELY TO BE CONSIDERED IN PRIVATE**", "span": 3, "fill": "F2F2F2"}, "<", "<"],
        ["8", "**Exclusion of the press and public**\nTo resolve that the press and public be excluded from the "
              "meeting for item 9, under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 "
              "(information about the financial or business affairs of any person).", ""],
        ["9", "**Disposal of land at Wharf Road, Eastgate**\nTo consider the exempt report of the Strategic Director "
              "of Place.", "Not for publication"],
    ]

    front = [
        ("pr", "**Public Document Pack**"),
        ("p", "**ROOKHAM METROPOLITAN BOROUGH COUNCIL**"),
        ("title", "Cabinet"),
        ("p", f"**{date_line}**"),
        ("p", "Council Chamber, Rookham Town Hall, Civic Square, Rookham RK1 1AA"),
        ("table", {"cols": [3.2, 13.8], "borders": False, "rows": [
            [{"text": "Members:", "bold": True},
             "Councillors A.B. (Leader of the Council, Chair), C.D. (Deputy Leader; Finance and Resources), E.F. "
             "(Highways and Transport), G.H. (Adults and Health), J.K. (Children and Families), L.M. (Housing), "
             "N.P. (Environment and Bereavement Services) and Q.R. (Communities)"],
            [{"text": "Enquiries:", "bold": True},
             "Democratic Services Officer – 01632 960 412 – democratic.services@rookham.example"],
            [{"text": "Published:", "bold": True}, "Tuesday, 3 March 2026"],
        ]}),
        ("p", "Members of the public are welcome to attend. The meeting will be broadcast live on the Council’s "
              "website, except for any part of it held in private."),
        ("ph", 13, "AGENDA"),
        ("table", {"cols": [1.2, 13.0, 2.8], "borders": False, "header_fill": grey,
                   "header": ["Item", "Business", "Pages"], "rows": agenda}),
        ("p", "Chief Executive, Rookham Town Hall"),
    ]

    report_a = [
        ("break",),
        ("pr", "**Agenda Item 5**"),
        ("table", {"cols": [4.2, 12.8], "rows": [
            [label("Report to:", grey), "Cabinet"],
            [label("Date:", grey), "11 March 2026"],
            [label("Report of:", grey), "Strategic Director of Place"],
            [label("Cabinet Member:", grey), "Cabinet Member for Highways and Transport"],
            [label("Key decision:", grey), "Yes – Forward Plan ref. KD/26/014"],
            [label("Wards affected:", grey), "All wards"],
            [label("Exempt:", grey), "No"],
        ]}),
        ("ph", 14, "Highways Asset Management Plan 2026–2031"),
        ("h", 2, "1. Purpose of the report"),
        ("pn", "1.1\tThis report asks Cabinet to approve the Highways Asset Management Plan 2026–2031 (the Plan) and "
               "the resurfacing programme for 2026/27. The Plan sets out how the Council will look after its 1,164 km "
               "of roads, 1,902 km of footways, 212 bridges and other structures and 28,400 street lights over the "
               "next five years."),
        ("h", 2, "2. Recommendations"),
    ] + [("pn", f"{n}\t{text}") for n, text, _, _ in recs_a] + [
        ("h", 2, "3. Reasons for the recommendations"),
        ("pn", "3.1\tAn up-to-date asset management plan is a condition of the highest band of the Government’s "
               "highways maintenance funding. Without it the Council would lose about £1.1 million a year."),
        ("pn", "3.2\tThe Plan moves the Council from repairing the worst roads first to a preventive approach: "
               "surface dressing and micro-asphalt on roads that are still in fair condition, which costs a fifth as "
               "much per square metre as full resurfacing."),
        ("h", 2, "4. Background"),
        ("pn", "4.1\tThe condition of the network is measured every year. The table shows the share of each asset "
               "in need of repair."),
        ("table", {"cols": [6.0, 3.6, 3.7, 3.7], "font": 9.5, "header_fill": "DCE6F1",
                   "header": ["Asset", "Length or number", "In need of repair (2023)",
                              "In need of repair (2025)"],
                   "rows": [["Principal roads (A roads)", "148 km", "4%", "5%"],
                            ["Non-principal classified roads (B and C)", "291 km", "9%", "8%"],
                            ["Unclassified roads", "725 km", "19%", "22%"],
                            ["Footways", "1,902 km", "14%", "15%"],
                            ["Street lights (columns over 40 years old)", "28,400", "11%", "9%"]]}),
        ("pn", "4.2\tUnclassified roads are getting worse. The Plan therefore puts 55% of the 2026/27 programme into "
               "estate roads and rural lanes, compared with 38% in 2025/26."),
        ("h", 2, "5. Benchmarking"),
        ("pn", "5.1\tIn the 2025 national highways benchmarking survey 41% of Rookham residents were satisfied with "
               "the condition of the roads, against an average of 37% for metropolitan councils. Satisfaction with "
               "the speed of pothole repairs fell from 44% to 39%."),
        ("pn", "5.2\tThe peer review of the highways service carried out in 2025 recommends that the Council moves "
               "to a risk-based inspection regime for minor roads. Section 4 of the Plan does this."),
        ("h", 2, "6. Alternative options considered"),
        ("pn", "6.1\tTo keep the current approach of repairing the worst roads first. This was rejected because it "
               "costs more over the life of the road and would not meet the funding condition in paragraph 3.1."),
        ("h", 2, "7. Financial implications"),
        ("pn", "7.1\tThe 2026/27 programme of £9.8 million is funded from the highways maintenance grant (£7.2 "
               "million) and prudential borrowing already in the capital programme (£2.6 million)."),
        ("h", 2, "8. Legal and equality implications"),
        ("pn", "8.1\tThe Council has a duty under section 41 of the Highways Act 1980 to maintain the highway. An "
               "equality impact assessment found that the footway programme will benefit older and disabled "
               "residents most."),
        ("p", "**Contact officer:** Head of Highways – highways@rookham.example – 01632 960 471"),
        ("p", "**Appendices:** Appendix 1 – Highways Asset Management Plan 2026–2031 (on the Council’s website); "
              "Appendix 2 – Resurfacing programme 2026/27 (on the Council’s website)."),
    ]

    report_b = [
        ("break",),
        ("pr", "**Agenda Item 6**"),
        ("p", "**Report to:** Cabinet"),
        ("p", "**Date of meeting:** 11 March 2026"),
        ("p", "**Report of:** Strategic Director of Neighbourhoods"),
        ("p", "**Portfolio:** Environment and Bereavement Services"),
        ("p", "**Key decision:** No        **Classification:** Open"),
        ("ph", 14, "BEREAVEMENT SERVICES FEES AND CHARGES 2026/27"),
        ("p", "**1. SUMMARY**"),
        ("p", "This report proposes the fees for burials, cremations and memorials for 2026/27. Most fees rise by 4%, "
              "in line with the Council’s fees and charges policy. The adult cremation fee rises by 6%, to £1,045, "
              "to meet the running costs of the new cremator. The fees would raise £3.62 million in 2026/27."),
        ("p", "**2. RECOMMENDATIONS AND REASONS**"),
        ("table", {"cols": [9.6, 7.4], "header_fill": "DCE6F1",
                   "header": ["Recommendation", "Reason for the recommendation"],
                   "rows": [[f"**{n}.** {text}", reason] for n, text, reason, _ in recs_b]}),
        ("p", "**3. BACKGROUND**"),
        ("pn", "3.1\tThe Council runs two cemeteries and Rookham Crematorium, which carried out 2,214 cremations in "
               "2024/25. The service is expected to cover its costs from fees."),
        ("pn", "3.2\tThe Bereavement Services Manager recommends that the memorial safety testing charge stays at "
               "£35, because a higher charge has led families to remove memorials rather than have them made safe."),
        ("pn", "3.3\tThe proposed fees compare with those of the three neighbouring councils as follows."),
        ("table", {"cols": [6.5, 2.6, 2.6, 2.6, 2.7], "font": 9.5, "header_fill": "DCE6F1",
                   "header": ["Fee (2026/27)", "Rookham", "Neighbour A", "Neighbour B", "Neighbour C"],
                   "rows": [["Adult cremation", "£1,045", "£1,120", "£998", "£1,076"],
                            ["Adult burial, new grave (resident)", "£1,890", "£2,150", "£1,760", "£2,030"],
                            ["Exclusive right of burial (50 years)", "£1,310", "£1,450", "£1,200", "£1,390"],
                            ["Memorial permit (headstone)", "£215", "£240", "£190", "£230"]]}),
        ("p", "**4. FINANCIAL IMPLICATIONS**"),
        ("pn", "4.1\tThe proposed fees are included in the 2026/27 budget approved by Council on 25 February 2026."),
        ("p", "**5. CONSULTATION**"),
        ("pn", "5.1\tThe six funeral directors who use the crematorium most were consulted in January 2026. Two "
               "asked for the Saturday surcharge to be reduced; it stays at £250 because of staff costs."),
        ("p", "**Contact officer:** Head of Bereavement Services – bereavement@rookham.example – 01632 960 488"),
    ]

    report_c = [
        ("break",),
        ("pr", "**Agenda Item 7**"),
        ("table", {"cols": [3.0, 5.5, 3.3, 5.2], "font": 9.5, "rows": [
            [label("Meeting", grey), "Cabinet", label("Date", grey), "11 March 2026"],
            [label("Report of", grey), "Director of Finance", label("Cabinet Member", grey),
             "Deputy Leader (Finance and Resources)"],
            [label("Key decision", grey), "No", label("Wards", grey), "All"],
        ]}),
        ("ph", 14, "Quarter 3 Performance and Finance Report 2025/26"),
        ("p", "**Summary**"),
        ("p", "At the end of December 2025 the Council forecasts an overspend of £2.1 million on its net revenue "
              "budget of £241.6 million, down from £3.4 million at Quarter 2. The overspend is in children’s social "
              "care placements and home to school transport. Of the 42 Council Plan indicators with a target, 27 are "
              "on target (green), 9 are close to target (amber) and 6 are off target (red)."),
        ("p", "The forecast assumes that £6.3 million of the £7.9 million of savings in the 2025/26 budget will be "
              "delivered; the other £1.6 million, mostly from the review of adult day services, has slipped into "
              "2026/27 and is included in the budget for that year. If the overspend is not reduced further by the "
              "end of the year it will be met from the Budget Resilience Reserve, which stands at £11.2 million. "
              "The Director of Finance, as the section 151 officer, is satisfied that the Council’s reserves remain "
              "adequate, but the reserve would then fall below the level the Medium Term Financial Strategy "
              "assumes for 2027/28."),
        ("table", {"cols": [7.0, 3.3, 3.3, 3.4], "font": 9.5, "header_fill": "DCE6F1",
                   "header": ["Directorate", "Budget £m", "Forecast £m", "Variance £m"],
                   "rows": [["Children and Families", "68.4", "71.9", "3.5"],
                            ["Adults and Health", "94.2", "94.6", "0.4"],
                            ["Place", "39.7", "39.1", "(0.6)"],
                            ["Neighbourhoods", "22.8", "22.5", "(0.3)"],
                            ["Corporate and central budgets", "16.5", "15.6", "(0.9)"],
                            ["**Total**", "**241.6**", "**243.7**", "**2.1**"]]}),
        ("p", "The Council Plan indicators are reported by priority below. Two of the six red indicators (the "
              "time taken to process new housing benefit claims and the share of household waste recycled) were "
              "also red at Quarter 2."),
        ("table", {"cols": [8.5, 2.8, 2.8, 2.9], "font": 9.5, "header_fill": "DCE6F1",
                   "header": ["Council Plan priority", "Green", "Amber", "Red"],
                   "rows": [["Thriving children and families", "6", "3", "2"],
                            ["Healthy and independent lives", "7", "2", "1"],
                            ["Clean, green and safe neighbourhoods", "5", "2", "2"],
                            ["A growing economy and good homes", "6", "1", "1"],
                            ["A well-run council", "3", "1", "0"],
                            ["**Total**", "**27**", "**9**", "**6**"]]}),
        ("p", "**RECOMMENDATIONS**"),
        ("p", "Cabinet is asked to:"),
        ("list", "(a)", 1, [text for _, text, _ in recs_c]),
        ("p", "**1. Reasons for the recommendations**"),
        ("pn", "1.1\tVirements over £250,000 and additions to the capital programme need Cabinet’s approval under "
               "the Financial Procedure Rules."),
        ("p", "**2. Children and Families**"),
        ("pn", "2.1\tThe number of children in external residential placements has risen from 41 to 48 since April. "
               "The average weekly cost of a placement is now £6,150."),
        ("p", "**3. Actions to reduce the overspend**"),
        ("list", "bullet", 1, [
            "a review of every external placement costing more than £5,000 a week;",
            "the opening of the Council’s second children’s home in Eastgate in April 2026;",
            "a freeze on recruitment to vacant posts that do not deliver front-line services; and",
            "a review of home to school transport routes before the new school year.",
        ]),
        ("p", "**4. Housing Revenue Account and Dedicated Schools Grant**"),
        ("pn", "4.1\tThe Housing Revenue Account is forecast to break even. The Dedicated Schools Grant high needs "
               "block is forecast to overspend by £4.8 million, which will be added to the deficit carried forward "
               "under the statutory override."),
        ("p", "**Contact officer:** Director of Finance – finance@rookham.example – 01632 960 430"),
    ]

    blocks = front + report_a + report_b + report_c
    recommendations = ([recommendation(n, text, verb=verb, addressee=addr) for n, text, verb, addr in recs_a]
                       + [recommendation(n, text, verb=verb, addressee="Cabinet") for n, text, _, verb in recs_b]
                       + [recommendation(n, text, verb=verb, addressee="Cabinet") for n, text, verb in recs_c])
    return {
        "name": "rookham-cabinet-reports-pack-11-march-2026",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-03-03", "doc_title": "Cabinet – 11 March 2026 – Public reports pack",
                 "author": "Democratic Services", "ninth_m": True, "cant_split": True,
                 "font": "Liberation Sans", "size": 10.5, "title_size": 26,
                 "m_header": ("Rookham Metropolitan Borough Council – Cabinet – 11 March 2026",
                              "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="metropolitan borough Cabinet public reports pack: agenda front sheet and three reports, "
                           "each with its own recommendations (typed 2.1–2.4, a Recommendation | Reason table, a "
                           "Word-numbered (a)–(e) list)", kind="committee-report", title="Cabinet",
                     authority=ROOKHAM, date="2026-03-11", meeting="Cabinet", recommendations=recommendations),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans 10.5 pt, an italic running header with the council, "
                  "committee and date and \"Page X of Y\" fields; 8 pages. Agenda front sheet: a right-aligned "
                  "\"Public Document Pack\" line, a capitals letterhead, a large \"Cabinet\", a borderless details "
                  "table (Members / Enquiries / Published), an agenda table Item | Business | Pages with a grey header "
                  "and no borders, \"To approve …\" / \"To consider …\" / \"To resolve that …\" purpose lines "
                  "(not items) and a merged \"PART B\" row; it runs onto page 2. Report A (agenda item 5), after a "
                  "page break: a bordered grey-label front table with \"Key decision: Yes – Forward Plan ref. "
                  "KD/26/014\", Word heading styles, \"2. Recommendations\" with typed 2.1–2.4 \"That Cabinet …\" "
                  "paragraphs with hanging numbers (one passive \"That authority be delegated …\"), reasons, a "
                  "condition table that runs over the page break with its header repeated, \"5.2 The peer review … "
                  "recommends that …\" (not an item). Report B (item 6): bold label lines, a bold capitals title "
                  "and bold capital headings that are not styles, \"2. RECOMMENDATIONS AND REASONS\" as a "
                  "two-column table Recommendation | Reason for the recommendation with the number typed in bold at "
                  "the start of each recommendation cell (1.–4.), \"The Bereavement Services Manager recommends that "
                  "…\" (not an item), a fees comparison table. Report C (item 7): a four-column grey-label front "
                  "table, a summary with two figures tables, a bold \"RECOMMENDATIONS\" line, \"Cabinet is asked "
                  "to:\" and one Word-numbered (a)–(e) list that a page break divides after (b); bullets of actions "
                  "to reduce the overspend without owners (not actions).",
    }


# ---------------------------------------------------------------------------
# M2. Licensing Sub-Committee notice of determination (PDF via Chromium, Liberation Serif 10.5 pt,
#     CSS page-margin boxes: a running header with the Sub-Committee and the reference, and "Page n
#     of m" at the foot). Letterhead, a two-column borderless table (addressees | reference and
#     date), the title, a grey-label details table, the application as bullets, representations,
#     "The Sub-Committee RESOLVED:" with typed (a)–(e) paragraphs, the conditions added as an
#     HTML-numbered 1.–6. list of "shall" sentences, reasons 5.1–5.4 (one "The Police recommended
#     that …"), the right of appeal and a signature block.
# ---------------------------------------------------------------------------


def rookham_licensing_notice():
    ref = "LSC/26/03"
    maker = "Licensing Sub-Committee"
    hearing = "2026-02-03"
    title = "Notice of Determination: Application to Vary a Premises Licence – The Foundry Tap"
    parts = [
        ("a", "to grant the variation in part, so that alcohol may be sold on Fridays and Saturdays until 00:30 "
              "(and not until 01:30 as applied for), with the premises closing to the public at 01:00;"),
        ("b", "to grant the extension of late night refreshment on Fridays and Saturdays until 00:30 only;"),
        ("c", "to refuse the application to allow live music in the rear courtyard;"),
        ("d", "to remove condition 12 (door supervisors on Sundays) from the licence; and"),
        ("e", "to modify the conditions of the licence by adding the conditions set out in section 4, which were "
              "agreed between the licence holder and Rookham Police before the hearing."),
    ]
    conditions = [
        "The rear courtyard shall be cleared of customers by 22:00 each day, and no drinks shall be taken into it "
        "after that time.",
        "At least two door supervisors licensed by the Security Industry Authority shall be on duty from 21:00 until "
        "the premises close on Fridays and Saturdays.",
        "The CCTV system shall cover every entrance and exit; recordings shall be kept for 31 days and provided to "
        "the Police or the Council on request.",
        "A noise management plan shall be agreed in writing with the Council’s Environmental Health service within "
        "28 days of this notice and kept at the premises.",
        "There shall be no admission or re-admission to the premises after 23:30 on Fridays and Saturdays.",
        "Notices asking customers to leave quietly shall be displayed at every exit.",
    ]
    grey = "E7E6E6"
    blocks = [
        ("p", "**ROOKHAM METROPOLITAN BOROUGH COUNCIL**"),
        ("p", "Licensing Service · Rookham Town Hall · Civic Square · Rookham RK1 1AA · licensing@rookham.example · "
              "01632 960 533"),
        ("table", {"cols": [11, 6], "borders": False, "rows": [
            ["To: the licence holder (Foundry Tap Bars Ltd), its solicitors, the responsible authorities and the "
             "other persons who made relevant representations",
             "**Our ref:** " + ref + "\n**Date of this notice:** 6 February 2026"],
        ]}),
        ("p", "<<5A5A5A|LICENSING ACT 2003 – SECTION 35>>"),
        ("title", title),
        ("table", {"cols": [5.2, 11.8], "font": 10, "rows": [
            [label("Premises", grey), "The Foundry Tap, 14–16 Canal Street, Rookham RK2 4DL"],
            [label("Premises licence number", grey), "RMBC/PL/0841"],
            [label("Licence holder", grey), "Foundry Tap Bars Ltd"],
            [label("Application", grey), "Variation of a premises licence, received 2 December 2025"],
            [label("Date of hearing", grey), "Tuesday 3 February 2026, Committee Room 2, Rookham Town Hall"],
            [label("Sub-Committee", grey), "Councillors S.T. (Chair), U.V. and W.X."],
            [label("Officers", grey), "Licensing Officer; Solicitor (legal adviser to the Sub-Committee); "
                                      "Democratic Services Officer"],
            [label("Parties who attended", grey), "The licence holder (a director, with its solicitor); Rookham "
                                                  "Police (licensing sergeant); Environmental Health (Pollution "
                                                  "Control Officer); three of the nine residents who made "
                                                  "representations"],
        ]}),
        ("p", "This notice sets out the Sub-Committee’s determination of the application and its reasons. It is sent "
              "to the licence holder and to every person who made relevant representations."),
        ("h", 2, "1. The application"),
        ("p", "The licence holder applied to vary the licence to:"),
        ("list", "bullet", 1, [
            "extend the sale of alcohol on Fridays and Saturdays from 23:30 to 01:30;",
            "extend late night refreshment on Fridays and Saturdays from 23:30 to 02:00;",
            "allow live music in the rear courtyard until 22:00 from Friday to Sunday; and",
            "remove condition 12, which requires two door supervisors on Sundays.",
        ]),
        ("h", 2, "2. Representations"),
        ("p", "Rookham Police made a representation on the grounds of the prevention of crime and disorder and the "
              "prevention of public nuisance. Before the hearing the licence holder agreed the six conditions in "
              "section 4 with the Police, and the Police withdrew their objection to the later hours on the basis of "
              "those conditions, but not to a terminal hour later than 00:30. Environmental Health objected to live "
              "music in the courtyard, which is enclosed on three sides by flats. Nine residents of Canal Street and "
              "Lock Yard objected, mainly about noise at closing time and in the courtyard."),
        ("h", 2, "3. Determination"),
        ("p", "The Sub-Committee considered the application, the relevant representations, the written and oral "
              "evidence, the Council’s Statement of Licensing Policy 2025–2030 and the guidance issued under section "
              "182 of the Licensing Act 2003. It was satisfied that the steps below are appropriate for the "
              "promotion of the licensing objectives. The Sub-Committee **RESOLVED**:"),
    ] + [("p", f"({n})\u2003{text}") for n, text in parts] + [
        ("h", 2, "4. Conditions added to the licence"),
        ("list", "1.", 1, conditions),
        ("h", 2, "5. Reasons for the determination"),
        ("p", "5.1 The premises has traded since 2019 without any review of its licence, and the Police reported only "
              "two incidents there in the last year. The Sub-Committee accepted that a modest extension of hours "
              "would not undermine the licensing objectives if the agreed conditions were in place."),
        ("p", "5.2 The Police recommended that the terminal hour for the sale of alcohol be no later than 00:30, to "
              "match the other premises in Canal Street. The Sub-Committee agreed, noting the policy’s guidance on "
              "the cumulative effect of later hours in the Canal Street area."),
        ("p", "5.3 The courtyard is enclosed on three sides by flats, and the Sub-Committee found that live music "
              "there could not be controlled well enough to prevent a public nuisance, even with a noise "
              "management plan."),
        ("p", "5.4 The Police did not object to the removal of condition 12, as trading on Sundays ends at 22:30."),
        ("h", 2, "6. Right of appeal"),
        ("p", "The licence holder, and any person who made relevant representations, may appeal against this "
              "determination to the magistrates’ court within 21 days of being notified of it. Advice may be "
              "obtained from the Licensing Service."),
        ("table", {"cols": [8.5, 8.5], "borders": False, "rows": [
            ["Signed: ...........................................\nLicensing Manager, for and on behalf of the "
             "Licensing Sub-Committee", "Date: 6 February 2026"],
        ]}),
    ]
    css = ("@page { margin: 22mm 18mm 20mm 18mm; "
           "@top-left { content: \"Rookham Metropolitan Borough Council – Licensing Sub-Committee\"; "
           "font-family: 'Liberation Serif', serif; font-size: 8pt; font-style: italic; color: #555555; } "
           "@top-right { content: \"Ref. LSC/26/03\"; font-family: 'Liberation Serif', serif; font-size: 8pt; "
           "font-style: italic; color: #555555; } "
           "@bottom-center { content: \"Page \" counter(page) \" of \" counter(pages); "
           "font-family: 'Liberation Serif', serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 16pt; }\n")
    decisions = [decision(None, ref, text, maker, date=hearing, kind="decision") for _, text in parts]
    return {
        "name": "rookham-licensing-sub-committee-notice-foundry-tap",
        "split": "tune",
        "format": "chromium-pdf",
        "meta": {"doc_title": title, "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Serif', serif", "size": 10.5, "title_color": "1F3864"},
        "blocks": blocks,
        "gold": dict(genre="licensing sub-committee notice of determination of a premises licence variation "
                           "(the Sub-Committee RESOLVED: typed (a)–(e); conditions and reasons not items)",
                     kind="decision", title=title, authority=ROOKHAM, date=hearing, meeting=maker,
                     decision_number=ref, decisions=decisions),
        "layout": "PDF (HTML → Chromium), Liberation Serif 10.5 pt, CSS page-margin boxes (an italic running header with "
                  "the Sub-Committee on the left and the reference on the right; \"Page n of m\" at the foot); 2 "
                  "pages. A bold capitals council line and a service address line; a borderless two-column table "
                  "(addressees | \"Our ref:\" and \"Date of this notice:\"); a grey capitals statute line; the title "
                  "in navy; a bordered details table with grey bold labels; the application as bullets; "
                  "representations in prose; \"The Sub-Committee RESOLVED:\" ending a paragraph that runs over the "
                  "page break, then typed (a)–(e) \"to …\" paragraphs (\"; and\"); \"4. Conditions added to the "
                  "licence\" as an HTML-numbered 1.–6. list of \"shall\" sentences; reasons 5.1–5.4 with \"The "
                  "Police recommended that …\"; the right of appeal; a borderless signature table.",
    }



# ---------------------------------------------------------------------------
# M3. Planning Committee report on three applications (Markdown → pandoc DOCX → LibreOffice,
#     pandoc's styles). A bold capitals council line, a line block (committee, date and place,
#     agenda item), the title as H1, bold Report of / Contact lines; an introduction with one
#     "Members are asked to determine …" sentence; each application under a Heading 2 "5.n
#     <reference> – <site>" with a headerless two-column grid summary box whose last row is the
#     officer recommendation in capitals ("Delegate authority … to GRANT …", "GRANT subject to
#     conditions", "REFUSE"); Heading 3 sections of officer report (consultation bullets, one "The
#     highway authority recommends that …", a pipe table of planning obligations); a closing
#     "Recommendation" that restates the box in other words, followed by pandoc-numbered conditions
#     or reasons for refusal and informatives; a raw page break between applications.
# ---------------------------------------------------------------------------


def tolbury_planning_report():
    title = "Applications for Determination"
    app1 = "25/00917/FUL – Former Dairy Depot, Mill Road, Tolbury"
    app2 = "25/01203/HOU – 7 Church Lane, Little Adley"
    app3 = "25/01188/FUL – Land east of Brook Farm, Pennock Lane, Adley Cross"
    covering = ("Members are asked to determine the applications in this report in line with the officer "
                "recommendations, having regard to the update sheet circulated at the meeting.")
    rec1 = ("Delegate authority to the Head of Planning and Building Control to GRANT planning permission subject "
            "to the completion of a section 106 agreement and to conditions")
    rec2 = "GRANT subject to conditions"
    rec3 = "REFUSE"

    def box(rows):
        return grid_table([24, 58], None, [[f"**{k}**", v] for k, v in rows])

    md = [
        "**TOLBURY DISTRICT COUNCIL**",
        "| **Planning Committee** – Tuesday 24 February 2026 at 6.30 pm\n"
        "| Council Chamber, Tolbury House, Station Road, Tolbury\n"
        "| Agenda item 5",
        f"# {title}",
        "**Report of:** Head of Planning and Building Control  \n"
        "**Contact:** Development Manager – planning@tolbury.example – 01632 960 657",
        "## Introduction",
        "The applications in this report will be considered in the order shown. Each has a summary box giving the "
        "officer recommendation, followed by the officer’s report. Late representations, and any change to a "
        "recommendation, will be reported on the update sheet.",
        covering,
        "The full plans and documents for each application can be seen on the Council’s planning portal by searching "
        "for the application number. Background papers are the application files.",
        f"## 5.1  {app1}",
        box([("Application no.", "25/00917/FUL"),
             ("Site", "Former Dairy Depot, Mill Road, Tolbury TB3 2RJ"),
             ("Proposal", "Demolition of the depot buildings and erection of 24 dwellings (8 affordable), with "
                          "access from Mill Road, parking, open space and landscaping"),
             ("Applicant", "Halden Homes Ltd"),
             ("Ward", "Tolbury North"),
             ("Parish", "Tolbury Town Council"),
             ("Case officer", "Principal Planning Officer (D.M.)"),
             ("Reason for Committee", "Major application; objection from Tolbury Town Council"),
             ("Recommendation", rec1)]),
        "### Site and surroundings",
        "The site is 0.74 hectares of previously developed land on the east side of Mill Road, about 600 metres from "
        "the town centre. It holds two vacant depot buildings and a concrete yard. Houses in Mill Road and Dairy "
        "Close adjoin it to the north and west; the River Tol and its flood plain lie to the east.",
        "### Proposal",
        "The scheme is for 24 two-storey houses: 6 two-bedroom, 12 three-bedroom and 6 four-bedroom. Eight (a third) "
        "would be affordable homes: five for affordable rent and three for shared ownership. A new access would be "
        "made from Mill Road, and a strip of open space 15 metres wide would be kept along the river.",
        "### Consultation responses",
        "- **Tolbury Town Council** – objects: the density is too high for the edge of the town and the access is "
        "close to the junction with Station Road.\n"
        "- **Ashmere County Council (local highway authority)** – no objection, subject to conditions. The highway "
        "authority recommends that the visibility splays are provided before any house is occupied.\n"
        "- **Environment Agency** – no objection; the houses are all in flood zone 1.\n"
        "- **Housing Enabling Officer** – supports the affordable housing mix.",
        "### Representations",
        "Eleven letters of objection were received, about traffic in Mill Road, the loss of views over the river and "
        "the height of the houses on plots 1 to 4. Two letters supported the reuse of the derelict site.",
        "### Assessment",
        "The site is within the settlement boundary of Tolbury and is allocated for about 25 homes by policy H4 of the "
        "Tolbury Local Plan 2019–2036. The principle of housing is therefore acceptable. The density of 32 homes per "
        "hectare is below the 35 that policy D2 expects in towns, and the layout keeps the river frontage open. The "
        "highway authority is satisfied that the access is safe. Officers consider that the scheme accords with the "
        "development plan and that there are no material considerations that indicate otherwise.",
        "### Planning obligations",
        "| Obligation | Detail |\n|---|---|\n"
        "| Affordable housing | 8 homes (5 affordable rent, 3 shared ownership) |\n"
        "| Education | £118,400 towards Tolbury Primary School |\n"
        "| Open space | Transfer and maintenance of the riverside open space, with a commuted sum of £46,000 |\n"
        "| Monitoring fee | £2,500 |",
        "### Recommendation",
        "That the Committee delegates authority to the Head of Planning and Building Control to grant planning "
        "permission, subject to:",
        "(a) the completion, within six months of this meeting, of a section 106 agreement securing the planning "
        "obligations set out above; and\n"
        "(b) the conditions below.",
        "If the agreement has not been completed within six months, the Head of Planning and Building Control is "
        "authorised to refuse the application on the grounds that the obligations have not been secured.",
        "**Conditions**",
        "1. The development shall begin within three years of the date of this permission.\n"
        "2. The development shall be carried out in accordance with the approved plans listed on the decision "
        "notice.\n"
        "3. No house shall be occupied until the access and the visibility splays shown on drawing 2204-P-101 rev. C "
        "have been provided.\n"
        "4. No development above slab level shall take place until samples of the external materials have been "
        "approved in writing by the local planning authority.\n"
        "5. A construction management plan, including hours of work and the routing of lorries, shall be approved "
        "before demolition begins.\n"
        "6. The landscaping scheme shall be carried out in the first planting season after the last house is "
        "occupied.\n"
        "7. Each house shall have an electric vehicle charging point before it is occupied.\n"
        "8. No house shall be occupied until the surface water drainage scheme has been completed.",
        PAGE_BREAK_MD,
        f"## 5.2  {app2}",
        box([("Application no.", "25/01203/HOU"),
             ("Site", "7 Church Lane, Little Adley TB8 5QW"),
             ("Proposal", "Two-storey side extension and single-storey front porch"),
             ("Applicant", "Mr and Mrs K."),
             ("Ward", "Adley and Pennock"),
             ("Parish", "Little Adley Parish Council"),
             ("Case officer", "Planning Officer (S.R.)"),
             ("Reason for Committee", "Called in by the ward member (Councillor Y.Z.) because of concerns about "
                                      "overlooking"),
             ("Recommendation", rec2)]),
        "### Site and proposal",
        "No. 7 is a semi-detached house in the Little Adley Conservation Area. The extension would be set back 1 "
        "metre from the front wall and down 0.5 metres from the ridge, and would add a fourth bedroom.",
        "### Consultation responses and representations",
        "Little Adley Parish Council has no objection. The neighbour at No. 9 objects that a side window would "
        "overlook her garden. The Conservation Officer has no objection.",
        "### Assessment",
        "The extension is subordinate to the house and uses matching brick and tiles, so it preserves the character "
        "of the conservation area. The only first-floor side window serves a bathroom and would be obscure-glazed "
        "and fixed shut below 1.7 metres (condition 3), which prevents overlooking.",
        "### Recommendation",
        "GRANT planning permission, subject to the following conditions:",
        "1. The development shall begin within three years of the date of this permission.\n"
        "2. The development shall be carried out in accordance with the approved plans.\n"
        "3. The first-floor window in the south-east elevation shall be obscure-glazed and fixed shut below 1.7 "
        "metres above the floor of the room it serves, and kept so.\n"
        "4. The external materials shall match those of the existing house.",
        PAGE_BREAK_MD,
        f"## 5.3  {app3}",
        box([("Application no.", "25/01188/FUL"),
             ("Site", "Land east of Brook Farm, Pennock Lane, Adley Cross"),
             ("Proposal", "Change of use of agricultural land to a touring caravan site of 18 pitches, with an "
                          "amenity building and a new access"),
             ("Applicant", "Brook Farm Leisure Ltd"),
             ("Ward", "Adley and Pennock"),
             ("Parish", "Adley Cross Parish Council"),
             ("Case officer", "Senior Planning Officer (J.W.)"),
             ("Reason for Committee", "Support from Adley Cross Parish Council, contrary to the officer "
                                      "recommendation"),
             ("Recommendation", rec3)]),
        "### Site and proposal",
        "The site is a 1.9 hectare field in open countryside, in the Pennock Valley Special Landscape Area. The "
        "proposal includes a single-storey amenity building, a new access onto Pennock Lane and 18 hardstandings.",
        "### Consultation responses and representations",
        "Adley Cross Parish Council supports the scheme for the visitors it would bring to the village. The local "
        "highway authority objects: Pennock Lane is single-track for 1.2 km with few passing places. Four letters of "
        "support and six of objection were received.",
        "### Assessment",
        "Policy EC7 of the Local Plan supports small tourism schemes in the countryside where they do not harm the "
        "landscape and have safe access. The hardstandings, lighting and amenity building would be prominent in "
        "views from the public footpath along the valley, and the highway authority’s objection has not been "
        "overcome.",
        "### Recommendation",
        "REFUSE planning permission for the following reasons:",
        "1. The development, by reason of its siting, the hardstandings, the amenity building and external lighting, "
        "would cause significant harm to the character and appearance of the Pennock Valley Special Landscape Area, "
        "contrary to policies ENV2 and EC7 of the Tolbury Local Plan 2019–2036.\n"
        "2. Pennock Lane is not suitable, by reason of its width and the lack of passing places, for the increase in "
        "traffic, including vehicles towing caravans, that the development would generate, contrary to policy TR1 "
        "of the Tolbury Local Plan 2019–2036.",
        "**Informative**",
        "The applicant is advised that the Council’s tourism officer can give advice on sites in the District that "
        "are better related to the main road network.",
    ]
    recs = [
        recommendation(None, covering, verb="DETERMINE", addressee="Members"),
        recommendation(None, rec1, verb="GRANT", theme=app1),
        recommendation(None, rec2, verb="GRANT", theme=app2),
        recommendation(None, rec3, verb="REFUSE", theme=app3),
    ]
    return {
        "name": "tolbury-planning-committee-applications-report-february-2026",
        "split": "unseen",
        "format": "pandoc-lo-pdf",
        "meta": {"created": "2026-02-13"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="district Planning Committee report on three applications, each with a summary box whose "
                           "officer recommendation reads \"… to GRANT …\", \"GRANT subject to conditions\" or "
                           "\"REFUSE\", restated at the end over numbered conditions or reasons",
                     kind="committee-report", title=title, authority=TOLBURY, date="2026-02-24",
                     meeting="Planning Committee", recommendations=recs),
        "layout": "PDF (Markdown → pandoc DOCX → LibreOffice), pandoc's styles; 6 pages. A bold capitals council line, a "
                  "line block (committee, date and time / place / agenda item), the title as H1, bold Report of / "
                  "Contact lines joined by a hard line break; an introduction with one \"Members are asked to "
                  "determine …\" sentence; three applications under Heading 2 \"5.n <reference> – <site>\", each "
                  "with a headerless two-column grid summary box (bold labels, no borders) whose last row is the "
                  "officer recommendation: \"Delegate authority … to GRANT planning permission subject to the "
                  "completion of a section 106 agreement and to conditions\", \"GRANT subject to conditions\", "
                  "\"REFUSE\"; Heading 3 report sections with consultation bullets (one \"The highway authority "
                  "recommends that …\"), a planning obligations pipe table that runs over a page break with its "
                  "header repeated; a closing \"Recommendation\" restating the box in other words (\"That the "
                  "Committee delegates authority … subject to:\" with a pandoc (a)/(b) list; \"GRANT planning "
                  "permission, subject to the following conditions:\"; \"REFUSE planning permission for the "
                  "following reasons:\"), pandoc-numbered conditions 1–8 and 1–4, reasons for refusal 1–2 (the "
                  "first divided by a page break) and an informative; a raw page break before each later "
                  "application.",
    }



# ---------------------------------------------------------------------------
# M4. Cabinet minutes set out as one two-column table, Minute | Decision (DOCX, python-docx,
#     Verdana 9.5 pt (falls back), an italic running header with "Page X of Y" fields and a
#     footer line). Letterhead line, large "Cabinet", "Minutes of the meeting …" line, bold-led
#     Present / Also present / Officers / Apologies paragraphs. The table has a blue-grey header
#     row repeated on each page, horizontal rules only, rows that may not split; the Minute cell
#     holds the number and a bold title, the Decision cell a short summary and the decision:
#     "RESOLVED: That …", "RESOLVED: That Cabinet:" with a Word-numbered (1)–(4) list inside the
#     cell, "RESOLVED: That:" with typed (a)–(c) paragraphs, and a bold "DECISION:" sentence; bold
#     "Reason for decision:" and "Alternative options rejected:" lines; bold "Action:" lines
#     ("<owner> to … by …"); a "Cabinet noted …" minute with no decision; a merged "PART B" row.
# ---------------------------------------------------------------------------


def tolbury_cabinet_minutes():
    body = "Cabinet"
    d02 = ("the minutes of the meeting held on 9 December 2025 be approved as a correct record and signed by the "
           "Chair.")
    d03 = [
        ("1", "notes the responses to the budget consultation summarised in Appendix C to the report;"),
        ("2", "recommends to Council that the net revenue budget for 2026/27 of £16.42 million and a council tax "
              "for a Band D property of £219.78 be approved;"),
        ("3", "recommends to Council the capital programme for 2026/27 to 2029/30 set out in Appendix D; and"),
        ("4", "delegates to the Director of Finance, in consultation with the Portfolio Holder for Finance, any "
              "changes to the budget needed as a result of the final figures from the Ashmere business rates "
              "pool."),
    ]
    d04 = ("Cabinet approved the car park tariffs set out in Appendix A to the report, to take effect from 1 April "
           "2026, including the removal of the free first hour at Station Road car park.")
    a04 = ("Head of Property to publish the statutory notice of the new tariffs by 6 February.", ["Head of Property"],
           "by 6 February", "2026-02-06")
    d05 = ("the draft Homelessness and Rough Sleeping Strategy 2026–2031 be adopted, with the changes to the action plan "
           "set out in the supplementary report.")
    a05 = ("Head of Housing / Housing Options Manager to publish the strategy and send it to partner agencies by 13 "
           "February 2026.", ["Head of Housing", "Housing Options Manager"], "by 13 February 2026", "2026-02-13")
    d07 = [
        ("a", "the business case for a shared waste and recycling service with Wexmoor District Council from April "
              "2027 be agreed in principle;"),
        ("b", "the Director of Environment be authorised to prepare a draft inter-authority agreement for Cabinet’s "
              "approval; and"),
        ("c", "the Chief Executive be asked to set up a joint member working group with Wexmoor District Council."),
    ]
    a07 = [("Director of Environment to report the draft inter-authority agreement to Cabinet in June 2026.",
            ["Director of Environment"], "in June 2026", "2026-06"),
           ("Democratic Services Manager to arrange the first meeting of the joint member working group.",
            ["Democratic Services Manager"], None, None)]
    d08 = ("the press and public be excluded from the meeting for minute CAB/26/09, because it involves the likely "
           "disclosure of exempt information as defined in paragraph 3 of Part 1 of Schedule 12A to the Local "
           "Government Act 1972.")
    d09 = ("the Head of Property be authorised to accept the highest bid received for the former council offices at "
           "Bridge Street, subject to contract, and to complete the sale.")

    def minute(number, title):
        return {"blocks": [("p", f"**{number}**"), ("p", f"**{title}**")]}

    def act(text):
        return ("p", f"**Action:** {text}")

    rows = [
        [minute("CAB/26/01", "Declarations of interest"),
         {"blocks": [("p", "Councillor M.N. declared a non-registrable interest in minute CAB/26/05 as a trustee of "
                           "Tolbury Night Shelter, and took no part in the discussion or the vote on that item. There "
                           "were no other declarations.")]}],
        [minute("CAB/26/02", "Minutes"),
         {"blocks": [("p", f"**RESOLVED:** That {d02}")]}],
        [minute("CAB/26/03", "Draft Budget 2026/27 and Medium Term Financial Strategy 2026–2030"),
         {"blocks": [
             ("p", "The Portfolio Holder for Finance presented the draft budget, which takes account of the final "
                   "local government finance settlement. It proposes a council tax increase of 2.99% (£6.38 a year "
                   "for a Band D property) and uses £410,000 from the Budget Equalisation Reserve. The Director of "
                   "Finance confirmed that the general reserve would stay above its minimum level of £2.5 million."),
             ("p", "**RESOLVED:** That Cabinet:"),
             ("list", "(1)", 1, [text for _, text in d03]),
             ("p", "**Reason for decision:** To enable the Council to set a balanced budget and the council tax at its "
                   "meeting on 24 February 2026."),
             ("p", "**Alternative options rejected:** A council tax increase of 1.99%, which would have needed a "
                   "further £140,000 of savings in 2026/27."),
         ]}],
        [minute("CAB/26/04", "Tolbury Town Centre Car Parks – Charges from April 2026"),
         {"blocks": [
             ("p", "The Portfolio Holder for Economy and Assets introduced the report. Councillor A.D. asked why the "
                   "free first hour at Station Road car park was being removed; the Portfolio Holder said that the "
                   "car park was full on most weekdays and that the income would fund the repair of its deck. The "
                   "Leader undertook to write to town centre traders about the changes."),
             ("p", f"**DECISION:** {d04}"),
             ("p", "**Reason for decision:** To meet the cost of running and repairing the car parks, and to "
                   "encourage long-stay parking at the edge-of-centre car parks."),
             act(a04[0]),
         ]}],
        [minute("CAB/26/05", "Homelessness and Rough Sleeping Strategy 2026–2031"),
         {"blocks": [
             ("p", "The Portfolio Holder for Housing and Communities presented the strategy, which was consulted on in "
                   "the autumn. Homeless applications rose by 18% in 2024/25, and 41 households were in temporary "
                   "accommodation at the end of December 2025."),
             ("p", f"**RESOLVED:** That {d05}"),
             act(a05[0]),
         ]}],
        [minute("CAB/26/06", "Quarter 2 Performance Report 2025/26"),
         {"blocks": [("p", "Cabinet noted the report. Members asked that future reports show the number of empty "
                           "homes brought back into use.")]}],
        [minute("CAB/26/07", "Shared Waste Service with Wexmoor District Council"),
         {"blocks": [
             ("p", "The Director of Environment presented the outline business case, which forecasts savings of "
                   "£380,000 a year for Tolbury from the third year of a shared service."),
             ("p", "**RESOLVED:** That:"),
         ] + [("pn", f"({n})\t{text}") for n, text in d07] + [
             act(a07[0][0]),
             act(a07[1][0]),
         ]}],
        [minute("CAB/26/08", "Exclusion of the press and public"),
         {"blocks": [("p", f"**RESOLVED:** That {d08}")]}],
        [{"text": "**PART B – NOT FOR PUBLICATION**", "span": 2, "fill": "F2F2F2"}, "<"],
        [minute("CAB/26/09", "Disposal of former council offices, Bridge Street"),
         {"blocks": [
             ("p", "Cabinet considered the exempt report of the Head of Property on the bids received."),
             ("p", f"**RESOLVED:** That {d09}"),
         ]}],
    ]

    blocks = [
        ("p", "**TOLBURY DISTRICT COUNCIL**"),
        ("title", body),
        ("p", "Minutes of the meeting held at Tolbury House, Station Road, Tolbury on Tuesday 20 January 2026 at "
              "6.00 pm"),
        ("p", "**Present:** Councillors H.J. (Leader, in the Chair), K.L. (Deputy Leader; Finance), M.N. (Housing "
              "and Communities), P.Q. (Planning and Regeneration) and S.W. (Economy and Assets)"),
        ("p", "**Also present:** Councillors A.D. (Leader of the Opposition) and B.E."),
        ("p", "**Officers:** Chief Executive, Director of Finance (s151 officer), Director of Environment, Head of "
              "Property, Head of Housing and Democratic Services Manager"),
        ("p", "**Apologies:** Councillor R.T. (Environment)"),
        ("table", {"cols": [3.6, 13.4], "rules": True, "header_fill": "D6E3EE",
                   "header": ["Minute", "Decision"], "rows": rows}),
        ("p", "The meeting closed at 7.42 pm."),
        ("p", "Chair ……………………………………………        Date ……………………"),
        ("p", "The decisions in these minutes, other than the recommendations to Council in minute CAB/26/03, will "
              "come into force at 5.00 pm on 29 January 2026 unless they are called in under the Overview and "
              "Scrutiny Procedure Rules."),
    ]
    decisions = [decision("CAB/26/02", None, d02, body)]
    decisions += [decision("CAB/26/03", n, text, body) for n, text in d03]
    decisions += [decision("CAB/26/04", None, d04, body), decision("CAB/26/05", None, d05, body)]
    decisions += [decision("CAB/26/07", n, text, body) for n, text in d07]
    decisions += [decision("CAB/26/08", None, d08, body), decision("CAB/26/09", None, d09, body)]
    actions = [action(None, text, owners, timeframe, due, None) for text, owners, timeframe, due in [a04, a05] + a07]
    return {
        "name": "tolbury-cabinet-minutes-january-2026",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-01-22", "doc_title": "Cabinet – minutes – 20 January 2026",
                 "author": "Democratic Services", "ninth_m": True,
                 "font": "Verdana", "size": 9.5, "title_size": 22, "title_color": "1F4E79",
                 "m_header": ("Tolbury District Council – Cabinet – 20 January 2026", "Page {PAGE} of {NUMPAGES}"),
                 "m_footer": ("Minutes – subject to approval at the next meeting", "")},
        "blocks": blocks,
        "gold": dict(genre="district Cabinet minutes set out as a two-column Minute | Decision table, with "
                           "RESOLVED, DECISION and Action: lines inside the Decision cells",
                     kind="minutes", title=body, authority=TOLBURY, date="2026-01-20", meeting=body,
                     decisions=decisions, actions=actions),
        "layout": "DOCX (python-docx), Verdana 9.5 pt (falls back to DejaVu Sans), an italic running header with \"Page X "
                  "of Y\" fields and an italic footer line. A bold capitals letterhead, a large blue \"Cabinet\", a "
                  "\"Minutes of the meeting …\" line, bold-led Present / Also present / Officers / Apologies "
                  "paragraphs (not items). One two-column table Minute | Decision with a blue-grey header repeated "
                  "on each page and horizontal rules only (no vertical lines); rows may split across pages. The "
                  "Minute cell holds the bold number (CAB/26/01 … CAB/26/09) and a bold title as two paragraphs; the "
                  "Decision cell a summary and the decision: \"RESOLVED: That …\" on one line, \"RESOLVED: That "
                  "Cabinet:\" with a Word-numbered (1)–(4) list inside the cell (lower-case verbs, two \"recommends "
                  "to Council …\", \"; and\"), \"RESOLVED: That:\" with typed (a)–(c) hanging paragraphs, a bold "
                  "\"DECISION: Cabinet approved …\" sentence; bold \"Reason for decision:\" and \"Alternative "
                  "options rejected:\" lines; four bold \"Action:\" lines (\"<owner> to … by 6 February\", \"… "
                  "by 13 February 2026\", \"… in June 2026\", one with no date; owners split by \" / \"); a "
                  "declaration, the Leader's undertaking to write, and \"Cabinet noted the report.\" (not items); a "
                  "grey \"PART B – NOT FOR PUBLICATION\" row merged across both columns; a closing line, a "
                  "signature line and a call-in note.",
    }



# ---------------------------------------------------------------------------
# M5. Overview and Scrutiny Committee report to Cabinet (DOCX, pandoc from Markdown, pandoc's
#     styles). A bold capitals council line, a line block of bold-labelled details (Report to /
#     Date / Report of / Lead officer / Key decision / Wards), the title as H1; "1. Recommendation
#     to Cabinet" with one typed "1.1 Cabinet is asked to consider …" paragraph; background,
#     membership, an evidence-sessions pipe table and "Rookham Tenants’ Voice recommended that …"
#     (not items); findings 4.1–4.6 with bold lead words; "5. The Committee’s recommendations"
#     with three Heading 3 themes and bold typed 5.1–5.7 paragraphs, each "The Committee
#     RECOMMENDS that …" (one "further RECOMMENDS", one passive, one to an officer, one
#     "… that Cabinet:" over a pandoc (a)/(b) list); finance comments, next steps and a contact.
# ---------------------------------------------------------------------------


def rookham_scrutiny_report_to_cabinet():
    title = "Safe and Decent Homes: Scrutiny Review of Private Rented Housing"
    covering = ("Cabinet is asked to consider the recommendations of the Overview and Scrutiny Committee set out in "
                "section 5 and to give its response to the Committee within two months, as the Overview and Scrutiny "
                "Procedure Rules require.")
    t1, t2, t3 = "Enforcement", "Licensing and accreditation", "Information and support for tenants"
    r51 = ("The Committee RECOMMENDS that Cabinet increases the number of private sector housing enforcement "
           "officers from six to nine, funded from civil penalty income.")
    r52_stem = "The Committee RECOMMENDS that Cabinet:"
    r52 = [("a", "adopts a civil penalties policy under which the maximum penalty is sought for a landlord’s second "
                 "offence within three years; and", "ADOPTS"),
           ("b", "publishes, every six months, the number of inspections, improvement notices, civil penalties and "
                 "prosecutions in each ward.", "PUBLISHES")]
    r53 = ("The Committee RECOMMENDS that Cabinet approves a consultation on an additional licensing scheme for houses "
           "in multiple occupation in the Canal Side and Eastgate wards, and receives a report on its outcome by "
           "December 2026.")
    r54 = ("The Committee RECOMMENDS that the Rookham Landlord Accreditation Scheme be relaunched in partnership with "
           "the Rookham and District Landlords’ Association, with free training for accredited landlords.")
    r55 = ("The Committee RECOMMENDS that Cabinet asks the Cabinet Member for Housing to write to the Secretary of "
           "State, asking that the national database of private landlords shows each property’s energy performance "
           "rating.")
    r56 = ("The Committee further RECOMMENDS that Cabinet funds a tenancy relations officer post for two years, to "
           "advise tenants threatened with illegal eviction.")
    r57 = ("The Committee RECOMMENDS that the Strategic Director of Place reports progress on these recommendations to "
           "the Committee in March 2027.")
    md = [
        "**ROOKHAM METROPOLITAN BOROUGH COUNCIL**",
        "| **Report to:** Cabinet\n"
        "| **Date:** 17 March 2026\n"
        "| **Report of:** Overview and Scrutiny Committee (Chair: Councillor F.G.)\n"
        "| **Lead officer:** Scrutiny and Policy Manager\n"
        "| **Key decision:** No\n"
        "| **Wards:** All, in particular Canal Side and Eastgate",
        f"# {title}",
        "## 1. Recommendation to Cabinet",
        f"1.1 {covering}",
        "## 2. Background",
        "2.1 Private renting has grown from 14% of Rookham’s homes in 2011 to 23% in 2025. The Council’s stock "
        "condition survey estimates that 3,900 privately rented homes have a category 1 hazard, most often damp and "
        "mould or excess cold.",
        "2.2 The Committee agreed at its meeting on 15 July 2025 to review how well the Council protects private "
        "tenants. The whole Committee carried out the review over three evidence sessions between October and "
        "December 2025. Its members were Councillors F.G. (Chair), H.I. (Vice-Chair), J.L., K.M., L.N., M.O., N.Q. "
        "and P.S.",
        "2.3 The Committee agreed this report and its recommendations at its meeting on 24 February 2026.",
        "## 3. How the Committee gathered evidence",
        "3.1 The Committee heard from the following witnesses.",
        "| Session | Date | Witnesses |\n|---|---|---|\n"
        "| 1. The scale of the problem | 14 October 2025 | Head of Private Sector Housing; Public Health "
        "Principal |\n"
        "| 2. Landlords’ views | 11 November 2025 | Rookham and District Landlords’ Association; two letting "
        "agents |\n"
        "| 3. Tenants’ views | 9 December 2025 | Rookham Tenants’ Voice; Citizens Advice Rookham; a private tenant |",
        "3.2 Members also visited six homes with enforcement officers. Rookham Tenants’ Voice recommended that the "
        "Council names landlords who have received civil penalties; the Committee did not take this forward because "
        "the Council already publishes them on the national rogue landlord database.",
        "## 4. What the Committee found",
        "4.1 **Enforcement is reactive.** The six enforcement officers respond to about 1,100 complaints a year and "
        "have no time for planned inspections.",
        "4.2 **Civil penalties work.** Since 2022 the Council has issued 63 civil penalties, raising £412,000, and "
        "only four landlords have offended again.",
        "4.3 **Houses in multiple occupation are concentrated.** Of the 611 known HMOs, 402 are in the Canal Side and "
        "Eastgate wards, where complaints about disrepair are three times the borough average.",
        "4.4 **Accreditation has lapsed.** The landlord accreditation scheme has had no new members since 2021.",
        "4.5 **Tenants do not know their rights.** Tenants told the Committee that they were afraid of being evicted "
        "if they complained.",
        "4.6 **Illegal eviction is rising.** Citizens Advice Rookham dealt with 57 cases of threatened illegal "
        "eviction in 2024/25, up from 31.",
        "## 5. The Committee’s recommendations",
        "The Committee makes seven recommendations, grouped under three headings.",
        f"### {t1}",
        f"**5.1** {r51}",
        f"**5.2** {r52_stem}",
        "\n".join(f"({n}) {text}" for n, text, _ in r52),
        f"### {t2}",
        f"**5.3** {r53}",
        f"**5.4** {r54}",
        f"### {t3}",
        f"**5.5** {r55}",
        f"**5.6** {r56}",
        f"**5.7** {r57}",
        "## 6. Financial implications",
        "6.1 The Director of Finance comments that three further enforcement officers would cost about £156,000 a "
        "year, which civil penalty income has exceeded in each of the last three years. A tenancy relations officer "
        "would cost about £48,000 a year and has no identified funding.",
        "## 7. Next steps",
        "7.1 Cabinet’s response will be reported to the Committee at its meeting on 19 May 2026.",
        "## Contact",
        "Scrutiny and Policy Manager, Rookham Town Hall – scrutiny@rookham.example – 01632 960 405",
    ]
    recs = [
        recommendation("1.1", covering, verb="CONSIDER", addressee="Cabinet"),
        recommendation("5.1", r51, verb="INCREASES", addressee="Cabinet", theme=t1),
    ] + [recommendation(f"5.2{n}", text, verb=verb, addressee="Cabinet", theme=t1) for n, text, verb in r52] + [
        recommendation("5.3", r53, verb="APPROVES", addressee="Cabinet", theme=t2),
        recommendation("5.4", r54, verb=None, addressee=None, theme=t2),
        recommendation("5.5", r55, verb="ASKS", addressee="Cabinet", theme=t3),
        recommendation("5.6", r56, verb="FUNDS", addressee="Cabinet", theme=t3),
        recommendation("5.7", r57, verb="REPORTS", addressee="Strategic Director of Place", theme=t3),
    ]
    return {
        "name": "rookham-scrutiny-report-to-cabinet-private-rented-housing",
        "split": "unseen",
        "format": "pandoc-docx",
        "meta": {"created": "2026-03-06"},
        "markdown": "\n\n".join(md) + "\n",
        "gold": dict(genre="overview and scrutiny committee report to Cabinet with \"The Committee RECOMMENDS that "
                           "Cabinet …\" paragraphs", kind="scrutiny-report", title=title, authority=ROOKHAM,
                     date="2026-03-17", meeting="Cabinet", recommendations=recs),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles. A bold capitals council line, a line block of "
                  "bold-labelled details (Report to / Date / Report of / Lead officer / Key decision / Wards), the "
                  "title as H1; \"1. Recommendation to Cabinet\" with one typed \"1.1 Cabinet is asked to "
                  "consider …\" paragraph; typed 2.1–7.1 paragraphs; membership (not items); an evidence-sessions "
                  "pipe table; \"Rookham Tenants’ Voice recommended that …\" (not an item); findings 4.1–4.6 with "
                  "bold lead words; \"5. The Committee’s recommendations\" with three Heading 3 themes and "
                  "paragraphs opening with a bold typed 5.1–5.7: five \"The Committee RECOMMENDS that Cabinet Vs "
                  "…\" (one \"further RECOMMENDS\", one with a date in its words), one passive \"… be relaunched "
                  "…\", one addressed to an officer, and 5.2 \"The Committee RECOMMENDS that Cabinet:\" over a "
                  "pandoc (a)/(b) list; the Director of Finance's comments, next steps and a contact line.",
    }



# ---------------------------------------------------------------------------
# M6. Record of a call-in decision of the Overview and Scrutiny Committee (PDF via LibreOffice,
#     Liberation Sans Narrow 10.5 pt, an italic running header with the committee's name and
#     "Page X of Y" fields, a footer with the reference, rows that may not split). A bold capitals
#     council line, the title, an italic rule line; a bordered form table with green-shaded labels
#     (Call-in reference / Subject / Decision called in / Decision maker / Called in by / Meeting /
#     Members present / Also attending); the called-in decision quoted in a one-cell box (not an
#     item); the reasons for the call-in as a Word-numbered 1.–3. list (not items); the options open
#     to the Committee as a tick-box table A–C (☐/☒, B ticked; a form field, not an item); a summary
#     of the discussion with "… recommended that …" (not an item); the vote; "RESOLVED – That:" and
#     a Word-numbered (1)–(3) list; the Committee's concerns as bullets (not items); what happens
#     next; a borderless signature table.
# ---------------------------------------------------------------------------


def tolbury_call_in_record():
    ref = "CI/2026/01"
    maker = "Overview and Scrutiny Committee"
    meeting_date = "2026-02-05"
    subject = "Call-in of Cabinet decision CAB/26/04 – Tolbury Town Centre Car Parks: Charges from April 2026"
    green = "E2EFDA"
    parts = [
        "the decision be referred back to Cabinet for reconsideration, for the reasons set out in section 6;",
        "Cabinet be asked to reconsider the decision at its meeting on 17 February 2026, having first received an "
        "equality impact assessment of the removal of the free first hour at Station Road car park; and",
        "the Head of Property be asked to send the Committee the results of the 2025 car park usage survey before "
        "that meeting.",
    ]
    blocks = [
        ("p", "**TOLBURY DISTRICT COUNCIL**"),
        ("title", "Record of Call-in Decision"),
        ("p", "<<595959|Overview and Scrutiny Procedure Rules, rule 16 – call-in of executive decisions>>"),
        ("table", {"cols": [4.6, 12.4], "rows": [
            [label("Call-in reference", green), ref],
            [label("Subject", green), subject],
            [label("Decision called in", green), "Cabinet minute CAB/26/04, decision made on 20 January 2026 and "
                                                 "published on 22 January 2026"],
            [label("Decision maker", green), "Cabinet (Portfolio Holder for Economy and Assets: Councillor S.W.)"],
            [label("Called in by", green), "Councillors A.D., B.E. and C.F. – notice received on 27 January 2026"],
            [label("Meeting", green), "Overview and Scrutiny Committee, Thursday 5 February 2026, agenda item 6"],
            [label("Members present", green), "Councillors D.G. (Chair), E.H. (Vice-Chair), F.J., G.K., H.L., J.M., "
                                              "K.N., L.P. and M.Q."],
            [label("Also attending", green), "Councillor S.W. (Portfolio Holder for Economy and Assets); Councillor "
                                             "A.D. (lead call-in member); Head of Property; Monitoring Officer"],
        ]}),
        ("ph", 12, "1. The decision called in"),
        ("p", "The Cabinet decision, as recorded in the minutes of 20 January 2026, reads:"),
        ("box", [("p", "“DECISION: Cabinet approved the car park tariffs set out in Appendix A to the report, to take "
                       "effect from 1 April 2026, including the removal of the free first hour at Station Road car "
                       "park.”")]),
        ("ph", 12, "2. Reasons given for the call-in"),
        ("list", "1.", 1, [
            "The decision is not in line with the Town Centre Strategy 2023–2028, which commits the Council to "
            "“support short visits to the town centre”.",
            "Town centre businesses were not consulted before the decision was made.",
            "No equality impact assessment was published with the report, so Cabinet could not consider the effect "
            "of the decision on disabled and older residents.",
        ]),
        ("ph", 12, "3. Options open to the Committee"),
        ("table", {"cols": [1.2, 1.2, 14.6], "font": 10, "rows": [
            ["☐", "**A**", "Take no further action. The decision takes effect from the date of this meeting."],
            ["☒", "**B**", "Refer the decision back to Cabinet for reconsideration, setting out the Committee’s "
                           "concerns."],
            ["☐", "**C**", "Refer the decision to Full Council, where the Committee considers it to be outside the "
                           "budget or policy framework."],
        ]}),
        ("p", "The Monitoring Officer advised that the decision is within the budget and policy framework, so option C "
              "was not open to the Committee."),
        ("ph", 12, "4. Summary of the discussion"),
        ("p", "Councillor A.D. set out the reasons for the call-in. The Portfolio Holder explained that Station Road "
              "car park was full on most weekdays before 10 am, and that the extra income of about £95,000 a year "
              "would pay for the repair of its upper deck. The Head of Property said that a usage survey had been "
              "carried out in October 2025 but was not attached to the Cabinet report. The chair of the Tolbury "
              "Chamber of Trade, speaking with the Chair’s consent, recommended that the free first hour be kept and "
              "that the all-day tariff be raised instead."),
        ("p", "Members accepted that the charges were needed to repair the car park, but were concerned that the "
              "effect of removing the free first hour had not been assessed."),
        ("ph", 12, "5. Decision of the Committee"),
        ("p", "On being put to the vote (6 for, 3 against, no abstentions), it was"),
        ("p", "**RESOLVED** – That:"),
        ("list", "(1)", 1, parts),
        ("ph", 12, "6. The Committee’s concerns"),
        ("list", "bullet", 1, [
            "The removal of the free first hour appears to conflict with the Town Centre Strategy 2023–2028.",
            "Town centre traders were not consulted before the decision.",
            "Cabinet did not have an equality impact assessment or the car park usage survey when it made the "
            "decision.",
        ]),
        ("ph", 12, "7. What happens next"),
        ("p", "The decision cannot be put into effect until Cabinet has reconsidered it. Cabinet may confirm the "
              "decision, with or without changes, or make a different decision; its further decision will take "
              "effect at once and cannot be called in again."),
        ("table", {"cols": [10, 7], "borders": False, "rows": [
            ["Signed ………………………………………\nCouncillor D.G., Chair of the Overview and Scrutiny Committee",
             "Date: 6 February 2026"],
        ]}),
        ("p", "Contact: Scrutiny Officer, Tolbury House, Station Road, Tolbury TB1 1TD – scrutiny@tolbury.example – "
              "01632 960 640"),
    ]
    decisions = [decision("6", ref, text, maker, date=meeting_date, kind="decision") for text in parts]
    return {
        "name": "tolbury-overview-scrutiny-call-in-record-car-parks",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-06", "doc_title": "Record of Call-in Decision " + ref,
                 "author": "Democratic Services", "ninth_m": True, "cant_split": True,
                 "font": "Liberation Sans Narrow", "size": 10.5, "title_size": 20, "title_color": "375623",
                 "m_header": ("Tolbury District Council – Overview and Scrutiny Committee",
                              "Page {PAGE} of {NUMPAGES}"),
                 "m_footer": ("Record of call-in decision " + ref, "")},
        "blocks": blocks,
        "gold": dict(genre="record of an overview and scrutiny committee's decision on the call-in of a Cabinet "
                           "decision (options as tick boxes; RESOLVED – That: (1)–(3))", kind="decision",
                     title=subject, authority=TOLBURY, date=meeting_date, meeting=maker, decision_number=ref,
                     decisions=decisions),
        "layout": "PDF (python-docx → LibreOffice), Liberation Sans Narrow 10.5 pt, an italic running header with the "
                  "committee and \"Page X of Y\" fields and a footer with the reference, rows that may not split; "
                  "2 pages. A bold capitals council line, a large green title, a grey line naming the procedure rule; a bordered form "
                  "table with green-shaded bold labels (Call-in reference / Subject / Decision called in / Decision "
                  "maker / Called in by / Meeting / Members present / Also attending); \"1. The decision called "
                  "in\" quoted in a one-cell box (\"DECISION: Cabinet approved …\"; not an item); reasons for the "
                  "call-in as a Word-numbered 1.–3. list (not items); \"3. Options open to the Committee\" as a "
                  "three-column tick-box table ☐ A / ☒ B / ☐ C (a form field, not an item); a summary of the "
                  "discussion with \"… recommended that the free first hour be kept …\" (not an item); the vote; "
                  "\"RESOLVED – That:\" and a Word-numbered (1)–(3) list (\"; and\"); the Committee's concerns as "
                  "bullets (not items); what happens next; a borderless signature table and a contact line.",
    }


PAPERS = [
    rookham_cabinet_pack,
    rookham_licensing_notice,
    tolbury_planning_report,
    tolbury_cabinet_minutes,
    rookham_scrutiny_report_to_cabinet,
    tolbury_call_in_record,
]
