"""Renders a paper, written as a list of blocks, to DOCX (python-docx, real Word numbering)
or to HTML (for Chromium's print-to-PDF).

Blocks (tuples):
  ("title", text)                      large bold title
  ("h", level, text)                   heading (level 1..3)
  ("p", text)                          paragraph; "**bold**" spans allowed
  ("list", fmt, start, [text, ...])    numbered list with real numbering
                                       fmt: "1." "(1)" "(a)" "a)" "i." "bullet"
  ("table", spec)                      spec: cols (cm widths), rows (list of rows),
                                       header (list, optional), header_fill (hex or None),
                                       font (pt), borders (bool)
  ("box", [blocks])                    one-cell bordered box around the given blocks
  ("break",)                           page break

A table cell is a string ("\n" = a new line inside the cell) or a dict with
text / fill / bold / span (columns) / vspan (rows); "<" marks a cell covered by a
column span and "^" a cell covered by a row span.
"""

import html
import io
import re
import zipfile

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

LIST_FORMATS = {
    "1.": ("decimal", "%1."),
    "(1)": ("decimal", "(%1)"),
    "(a)": ("lowerLetter", "(%1)"),
    "a)": ("lowerLetter", "%1)"),
    "i.": ("lowerRoman", "%1."),
    "bullet": ("bullet", "\u2022"),
}

BOLD_RE = re.compile(r"(\*\*.+?\*\*)")


def cell_of(value):
    if isinstance(value, dict):
        return value
    return {"text": value}


# ---------------------------------------------------------------------------
# DOCX
# ---------------------------------------------------------------------------


class DocxWriter:
    def __init__(self, meta):
        self.meta = meta
        self.doc = Document()
        self.next_abstract = 200
        self.next_num = 200
        self.numbering = self.doc.part.numbering_part.element
        style = self.doc.styles["Normal"]
        style.font.name = meta.get("font", "Arial")
        style.font.size = Pt(meta.get("size", 11))
        section = self.doc.sections[0]
        if meta.get("landscape"):
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin = section.bottom_margin = Cm(2)
        if meta.get("footer"):
            footer = section.footer.paragraphs[0]
            footer.add_run(meta["footer"] + "  Page ")
            footer._p.append(parse_xml(
                f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))
        if meta.get("header"):
            section.header.paragraphs[0].add_run(meta["header"]).italic = True

    # numbering -----------------------------------------------------------
    def new_list(self, fmt, start):
        num_fmt, text = LIST_FORMATS[fmt]
        aid = self.next_abstract
        self.next_abstract += 1
        left = 360 if num_fmt == "bullet" else 567
        xml = (
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
            f'<w:nsid w:val="{0x6A000000 + aid:08X}"/><w:multiLevelType w:val="singleLevel"/>'
            f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="{num_fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{left}"/></w:pPr></w:lvl></w:abstractNum>'
        )
        first_num = self.numbering.find(qn("w:num"))
        element = parse_xml(xml)
        if first_num is not None:
            first_num.addprevious(element)
        else:
            self.numbering.append(element)
        nid = self.next_num
        self.next_num += 1
        self.numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))
        return nid

    # text ----------------------------------------------------------------
    @staticmethod
    def fill(paragraph, text, bold=False, size=None, color=None):
        for part in BOLD_RE.split(text):
            if not part:
                continue
            is_bold = bold
            if part.startswith("**") and part.endswith("**"):
                part, is_bold = part[2:-2], True
            run = paragraph.add_run(part)
            run.bold = is_bold
            if size:
                run.font.size = Pt(size)
            if color:
                run.font.color.rgb = RGBColor.from_string(color)

    def blocks(self, blocks, container=None):
        container = container or self.doc
        for block in blocks:
            kind = block[0]
            if kind == "title":
                p = container.add_paragraph()
                self.fill(p, block[1], bold=True, size=self.meta.get("title_size", 18),
                          color=self.meta.get("title_color"))
            elif kind == "h":
                level, text = block[1], block[2]
                if self.meta.get("plain_headings"):
                    p = container.add_paragraph()
                    self.fill(p, text, bold=True, size={1: 14, 2: 12, 3: 11}[level])
                else:
                    p = container.add_paragraph(style=f"Heading {level}")
                    self.fill(p, text)
            elif kind == "p":
                p = container.add_paragraph()
                self.fill(p, block[1])
            elif kind == "list":
                fmt, start, items = block[1], block[2], block[3]
                nid = self.new_list(fmt, start)
                for item in items:
                    p = container.add_paragraph()
                    p._p.get_or_add_pPr().insert(0, parse_xml(
                        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="0"/><w:numId w:val="{nid}"/></w:numPr>'))
                    self.fill(p, item)
            elif kind == "table":
                self.table(block[1], container)
            elif kind == "box":
                spec = {"cols": [self.meta.get("box_width", 17)], "rows": [[{"blocks": block[1]}]],
                        "borders": True}
                self.table(spec, container)
                container.add_paragraph()
            elif kind == "break":
                container.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            else:
                raise ValueError(kind)

    def table(self, spec, container):
        header = spec.get("header")
        rows = ([header] if header else []) + spec["rows"]
        ncols = len(spec["cols"])
        table = container.add_table(rows=len(rows), cols=ncols)
        if spec.get("borders", True):
            table.style = self.doc.styles["Table Grid"]
        font = spec.get("font")
        for r, row in enumerate(rows):
            assert len(row) == ncols, (row, ncols)
            for c, value in enumerate(row):
                if value in ("<", "^"):
                    continue
                cell_spec = cell_of(value)
                cell = table.cell(r, c)
                span, vspan = cell_spec.get("span", 1), cell_spec.get("vspan", 1)
                if span > 1 or vspan > 1:
                    cell = cell.merge(table.cell(r + vspan - 1, c + span - 1))
                fill = cell_spec.get("fill")
                is_header = header is not None and r == 0
                if is_header and spec.get("header_fill"):
                    fill = fill or spec["header_fill"]
                if fill:
                    cell._tc.get_or_add_tcPr().append(parse_xml(
                        f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))
                if "blocks" in cell_spec:
                    self.blocks(cell_spec["blocks"], cell)
                    first = cell.paragraphs[0]
                    if not first.text and len(cell.paragraphs) > 1:
                        first._p.getparent().remove(first._p)
                    continue
                lines = cell_spec["text"].split("\n")
                bold = cell_spec.get("bold", is_header)
                cell.paragraphs[0].text = ""
                for i, line in enumerate(lines):
                    p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                    self.fill(p, line, bold=bold, size=font)
        if header and spec.get("repeat_header", True):
            tr_pr = table.rows[0]._tr.get_or_add_trPr()
            tr_pr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
        table.autofit = False
        for c, column in enumerate(table.columns):
            column.width = Cm(spec["cols"][c])
        for row in table.rows:
            for c, cell in enumerate(row.cells):
                cell.width = Cm(spec["cols"][c])
        container.add_paragraph() if container is self.doc else None

    def save(self, path):
        props = self.doc.core_properties
        import datetime
        created = datetime.datetime.strptime(self.meta["created"], "%Y-%m-%d")
        props.title = self.meta.get("doc_title", "")
        props.author = self.meta.get("author", "")
        props.last_modified_by = self.meta.get("author", "")
        props.created = created
        props.modified = created
        props.revision = 1
        buffer = io.BytesIO()
        self.doc.save(buffer)
        with open(path, "wb") as handle:
            handle.write(deterministic_zip(buffer.getvalue()))


def deterministic_zip(data):
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        names = source.namelist()
        ordered = ["[Content_Types].xml"] + sorted(n for n in names if n != "[Content_Types].xml")
        for name in ordered:
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name))
    return out.getvalue()


def fill_coloured(paragraph, text, pattern, bold=False, size=None, color=None):
    """Fills a paragraph as DocxWriter.fill does, setting each span `pattern` marks (group 1 an
    RRGGBB colour, group 2 the words, bold marks allowed inside) in its colour. The paper
    modules mark coloured words in their own syntax ("{{RRGGBB:words}}", "[[RRGGBB|words]]")."""
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            DocxWriter.fill(paragraph, text[position:match.start()], bold, size, color)
        DocxWriter.fill(paragraph, match.group(2), bold, size, match.group(1).upper())
        position = match.end()
    if position < len(text):
        DocxWriter.fill(paragraph, text[position:], bold, size, color)


def colour_spans_html(page, pattern):
    """The HTML page with each span `pattern` marks written as a coloured <span>."""
    return pattern.sub(lambda m: f'<span style="color:#{m.group(1)}">{m.group(2)}</span>', page)


def to_docx(meta, blocks, path):
    writer = DocxWriter(meta)
    writer.blocks(blocks)
    writer.save(path)


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

CSS = """
@page { size: A4 %(orient)s; margin: 18mm 16mm; }
body { font-family: %(font)s; font-size: %(size)spt; line-height: 1.3; }
h1.title { font-size: 19pt; color: %(title_color)s; margin: 0 0 8pt 0; }
h1 { font-size: 14pt; margin: 14pt 0 6pt 0; }
h2 { font-size: 12pt; margin: 12pt 0 4pt 0; }
h3 { font-size: 11pt; margin: 10pt 0 4pt 0; }
p { margin: 0 0 6pt 0; }
table { border-collapse: collapse; margin: 4pt 0 10pt 0; page-break-inside: auto; }
tr { page-break-inside: avoid; }
td, th { border: %(border)s; padding: 3pt 5pt; vertical-align: top; text-align: left; }
th { font-weight: bold; }
ol { margin: 0 0 6pt 0; padding-left: 26pt; }
ol.paren-num > li::marker { content: "(" counter(list-item) ") "; }
ol.paren-alpha > li::marker { content: "(" counter(list-item, lower-alpha) ") "; }
ol.alpha-close > li::marker { content: counter(list-item, lower-alpha) ") "; }
li { margin-bottom: 4pt; }
div.box { border: 1.2pt solid #333; padding: 6pt 8pt; margin: 6pt 0 10pt 0; }
div.break { page-break-after: always; }
.footer { font-size: 8pt; color: #555; margin-top: 18pt; border-top: 0.5pt solid #999; }
"""


def inline_html(text):
    out = []
    for part in BOLD_RE.split(text):
        if part.startswith("**") and part.endswith("**"):
            out.append("<b>" + html.escape(part[2:-2]) + "</b>")
        else:
            out.append(html.escape(part))
    return "".join(out)


def html_blocks(blocks, meta):
    out = []
    for block in blocks:
        kind = block[0]
        if kind == "title":
            out.append(f'<h1 class="title">{inline_html(block[1])}</h1>')
        elif kind == "h":
            out.append(f"<h{block[1]}>{inline_html(block[2])}</h{block[1]}>")
        elif kind == "p":
            out.append(f"<p>{inline_html(block[1])}</p>")
        elif kind == "list":
            fmt, start, items = block[1], block[2], block[3]
            cls = {"1.": "", "(1)": "paren-num", "(a)": "paren-alpha", "a)": "alpha-close",
                   "i.": "", "bullet": ""}[fmt]
            typ = {"i.": ' type="i"'}.get(fmt, "")
            tag = "ul" if fmt == "bullet" else "ol"
            attrs = f' class="{cls}"' if cls else ""
            attrs += typ + (f' start="{start}"' if start != 1 else "")
            out.append(f"<{tag}{attrs}>" + "".join(f"<li>{inline_html(i)}</li>" for i in items) + f"</{tag}>")
        elif kind == "table":
            out.append(html_table(block[1], meta))
        elif kind == "box":
            out.append('<div class="box">' + html_blocks(block[1], meta) + "</div>")
        elif kind == "break":
            out.append('<div class="break"></div>')
        else:
            raise ValueError(kind)
    return "\n".join(out)


def html_table(spec, meta):
    total = sum(spec["cols"])
    parts = ['<table style="width:100%">', "<colgroup>"]
    parts += [f'<col style="width:{100 * w / total:.1f}%">' for w in spec["cols"]]
    parts.append("</colgroup>")
    font = spec.get("font")
    header = spec.get("header")
    rows = ([header] if header else []) + spec["rows"]
    for r, row in enumerate(rows):
        is_header = header is not None and r == 0
        parts.append("<tr>")
        for value in row:
            if value in ("<", "^"):
                continue
            cell = cell_of(value)
            tag = "th" if is_header else "td"
            style = []
            fill = cell.get("fill") or (spec.get("header_fill") if is_header else None)
            if fill:
                style.append(f"background:#{fill}")
            if font:
                style.append(f"font-size:{font}pt")
            if cell.get("bold") and not is_header:
                style.append("font-weight:bold")
            if not spec.get("borders", True):
                style.append("border:none")
            attrs = ""
            if cell.get("span", 1) > 1:
                attrs += f' colspan="{cell["span"]}"'
            if cell.get("vspan", 1) > 1:
                attrs += f' rowspan="{cell["vspan"]}"'
            if style:
                attrs += ' style="' + ";".join(style) + '"'
            if "blocks" in cell:
                content = html_blocks(cell["blocks"], meta)
            else:
                content = "<br>".join(inline_html(line) for line in cell["text"].split("\n"))
            parts.append(f"<{tag}{attrs}>{content}</{tag}>")
        parts.append("</tr>")
    parts.append("</table>")
    return "".join(parts)


def to_html(meta, blocks, path):
    css = CSS % {
        "orient": "landscape" if meta.get("landscape") else "portrait",
        "font": meta.get("css_font", "'DejaVu Sans', sans-serif"),
        "size": meta.get("size", 10.5),
        "title_color": "#" + meta.get("title_color", "000000"),
        "border": "0.6pt solid #444",
    }
    body = html_blocks(blocks, meta)
    if meta.get("footer"):
        body += f'<div class="footer">{html.escape(meta["footer"])}</div>'
    page = (f'<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">'
            f'<title>{html.escape(meta.get("doc_title", ""))}</title><style>{css}</style></head>'
            f"<body>{body}</body></html>")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(page)
