#!/usr/bin/env python3
"""Builds a DOCX from a corpus source file written in the small markup described in
Corpus/sources/README.md.

Usage: build_docx.py SOURCE.txt OUTPUT.docx

The builder uses python-docx for the document body and adds what python-docx lacks
(numbering definitions, cell shading, repeating header rows, complex fields, footnotes)
as raw WordprocessingML.  The output ZIP is rewritten with fixed timestamps so that a
rerun gives byte-identical files.
"""

import copy
import datetime
import io
import re
import sys
import zipfile

import docx
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Twips

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# ---------------------------------------------------------------------------
# List formats: the label written in the source decides the numbering format.
# ---------------------------------------------------------------------------

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}

# name -> (numFmt, lvlText)
FORMATS = {
    "decimal-dot": ("decimal", "%1."),
    "letter-paren": ("lowerLetter", "%1)"),
    "decimal-parens": ("decimal", "(%1)"),
    "roman-parens": ("lowerRoman", "(%1)"),
    "bullet": ("bullet", "\u2022"),
}


def parse_label(label):
    """Returns (format, value, level) for a list label such as `1.`, `a)`, `(1)`, `(iv)`, `-`."""
    if label == "-":
        return "bullet", 1, 0
    if label == "--":
        return "bullet", 1, 1
    m = re.fullmatch(r"(\d+)\.", label)
    if m:
        return "decimal-dot", int(m.group(1)), 0
    m = re.fullmatch(r"\(([ivx]+)\)", label)
    if m and m.group(1) in ROMAN:
        return "roman-parens", ROMAN[m.group(1)], 0
    m = re.fullmatch(r"\((\d+)\)", label)
    if m:
        return "decimal-parens", int(m.group(1)), 0
    m = re.fullmatch(r"([a-z])\)", label)
    if m:
        return "letter-paren", ord(m.group(1)) - ord("a") + 1, 0
    raise ValueError(f"unknown list label [{label}]")


LIST_RE = re.compile(r"^\[([^\]]+)\]\s+(.*)$")


class Numbering:
    """Creates abstract numbering definitions and list instances in numbering.xml."""

    def __init__(self, document):
        self.root = document.part.numbering_part.element
        self.abstract_ids = {}
        self.next_abstract = 100
        self.next_num = 100
        self.current = {}  # format -> [numId, last value]
        self.last_was_bullet = False
        for name in FORMATS:
            self.abstract_ids[name] = self._add_abstract(name)

    def _add_abstract(self, name):
        fmt, text = FORMATS[name]
        aid = self.next_abstract
        self.next_abstract += 1
        levels = []
        for ilvl in range(2):
            lvl_fmt, lvl_text = fmt, text
            if fmt == "bullet" and ilvl == 1:
                lvl_text = "\u2013"
            elif fmt != "bullet" and ilvl == 1:
                lvl_fmt, lvl_text = "lowerLetter", "%2)"
            left = (360 if fmt == "bullet" else 720) + 360 * ilvl
            hanging = 360 if fmt == "bullet" else 600
            levels.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{lvl_fmt}"/>'
                f'<w:lvlText w:val="{lvl_text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr></w:lvl>'
            )
        xml = (
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
            f'<w:nsid w:val="{0x5C000000 + aid:08X}"/><w:multiLevelType w:val="hybridMultilevel"/>'
            + "".join(levels)
            + "</w:abstractNum>"
        )
        element = parse_xml(xml)
        first_num = self.root.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)
        else:
            self.root.append(element)
        return aid

    def _add_num(self, name, start):
        nid = self.next_num
        self.next_num += 1
        xml = (
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{self.abstract_ids[name]}"/>'
            f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start}"/></w:lvlOverride></w:num>'
        )
        self.root.append(parse_xml(xml))
        return nid

    def num_for(self, name, value, level):
        """The numId for a list item: continues the open list of this format when the value follows on."""
        if name == "bullet":
            if not self.last_was_bullet or name not in self.current:
                self.current[name] = [self._add_num(name, 1), 0]
            self.last_was_bullet = True
            return self.current[name][0]
        self.last_was_bullet = False
        entry = self.current.get(name)
        if entry is None or value != entry[1] + 1:
            entry = [self._add_num(name, value), value - 1]
            self.current[name] = entry
        entry[1] = value
        return entry[0]

    def not_a_list(self):
        self.last_was_bullet = False


# ---------------------------------------------------------------------------
# Inline markup: **bold**, __italic__, <url|text>, <<url|text>>, ^[footnote], tabs.
# ---------------------------------------------------------------------------

INLINE_RE = re.compile(
    r"(\*\*.+?\*\*|__.+?__|<<[^|>]+\|[^>]+>>|<[^|>\s]+\|[^>]+>|\^\[[^\]]+\])"
)


def add_text_run(paragraph, text, bold=False, italic=False, color=None, underline=False):
    parts = text.replace("\x00", "*").split("\t")
    run = paragraph.add_run()
    for index, part in enumerate(parts):
        if index:
            run.add_tab()
        if part:
            run.add_text(part)
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if underline:
        run.underline = True
    if color:
        from docx.shared import RGBColor

        run.font.color.rgb = RGBColor.from_string(color)
    return run


def run_element(children_xml, rpr=""):
    return parse_xml(f'<w:r {nsdecls("w")}>{rpr}{children_xml}</w:r>')


def xml_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


class Builder:
    """Turns one source file into a python-docx Document."""

    def __init__(self, source_path):
        self.source_path = source_path
        self.meta = {}
        self.document = docx.Document()
        self.numbering = Numbering(self.document)
        self.footnotes = []
        self.line_number = 0

    # -- inline ------------------------------------------------------------
    def add_inline(self, paragraph, text, bold=False, italic=False):
        text = text.replace("\\*", "\x00")  # an escaped asterisk is literal text
        for piece in INLINE_RE.split(text):
            if not piece:
                continue
            if piece.startswith("**") and piece.endswith("**") and len(piece) > 4:
                self.add_inline(paragraph, piece[2:-2], bold=True, italic=italic)
            elif piece.startswith("__") and piece.endswith("__") and len(piece) > 4:
                self.add_inline(paragraph, piece[2:-2], bold=bold, italic=True)
            elif piece.startswith("<<"):
                url, shown = piece[2:-2].split("|", 1)
                self.add_field_hyperlink(paragraph, url, shown, bold)
            elif piece.startswith("<") and "|" in piece and piece.endswith(">"):
                url, shown = piece[1:-1].split("|", 1)
                self.add_hyperlink(paragraph, url, shown, bold)
            elif piece.startswith("^[") and piece.endswith("]"):
                self.add_footnote_reference(paragraph, piece[2:-1])
            else:
                add_text_run(paragraph, piece, bold=bold, italic=italic)

    def add_hyperlink(self, paragraph, url, shown, bold):
        rel_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
        b = "<w:b/>" if bold else ""
        xml = (
            f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel_id}" w:history="1"><w:r><w:rPr>{b}'
            f'<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>'
            f'<w:t xml:space="preserve">{xml_escape(shown)}</w:t></w:r></w:hyperlink>'
        )
        paragraph._p.append(parse_xml(xml))

    def add_field_hyperlink(self, paragraph, url, shown, bold):
        b = "<w:b/>" if bold else ""
        p = paragraph._p
        p.append(run_element('<w:fldChar w:fldCharType="begin"/>'))
        p.append(run_element(f'<w:instrText xml:space="preserve"> HYPERLINK "{xml_escape(url)}" </w:instrText>'))
        p.append(run_element('<w:fldChar w:fldCharType="separate"/>'))
        p.append(
            run_element(
                f'<w:t xml:space="preserve">{xml_escape(shown)}</w:t>',
                f'<w:rPr>{b}<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>',
            )
        )
        p.append(run_element('<w:fldChar w:fldCharType="end"/>'))

    def add_footnote_reference(self, paragraph, text):
        self.footnotes.append(text)
        note_id = len(self.footnotes)
        paragraph._p.append(
            run_element(
                f'<w:footnoteReference w:id="{note_id}"/>',
                '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
            )
        )

    # -- blocks ------------------------------------------------------------
    def fill_paragraph(self, paragraph, text, bold=False):
        """Fills a paragraph from a source line that may start with a list label."""
        m = LIST_RE.match(text)
        if m:
            name, value, level = parse_label(m.group(1))
            num_id = self.numbering.num_for(name, value, level)
            try:
                paragraph.style = self.document.styles["List Paragraph"]
            except KeyError:
                pass
            ppr = paragraph._p.get_or_add_pPr()
            ppr.append(
                parse_xml(
                    f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'
                )
            )
            text = m.group(2)
        else:
            self.numbering.not_a_list()
        self.add_inline(paragraph, text, bold=bold)

    def paragraph(self, text, style=None):
        paragraph = self.document.add_paragraph(style=style)
        self.fill_paragraph(paragraph, text)
        return paragraph

    def heading(self, text, level):
        self.numbering.not_a_list()
        paragraph = self.document.add_paragraph(style=f"Heading {level}")
        self.add_inline(paragraph, text)

    def title(self, text):
        self.numbering.not_a_list()
        paragraph = self.document.add_paragraph(style="Title")
        self.add_inline(paragraph, text)

    def usable_width(self):
        section = self.document.sections[-1]
        return section.page_width - section.left_margin - section.right_margin

    def table(self, options, rows):
        self.numbering.not_a_list()
        parsed = []
        for line in rows:
            header = line.startswith("|!")
            body = line[2:] if header else line[1:]
            cells = [c.strip() for c in (body + " ").split(" | ")]
            parsed.append((header, cells))
        columns = int(options.get("cols", max(sum(self.cell_span(c) for c in cells) for _, cells in parsed)))
        widths = [float(x) for x in options.get("widths", ",".join(["1"] * columns)).split(",")]
        total = sum(widths)
        usable = self.usable_width()
        col_twips = [int(usable / 635 * w / total) for w in widths]  # EMU -> twips
        table = self.document.add_table(rows=0, cols=columns)
        table.style = self.document.styles["Table Grid"]
        table.autofit = False
        grid = table._tbl.tblGrid
        for index, gridcol in enumerate(grid.findall(qn("w:gridCol"))):
            gridcol.set(qn("w:w"), str(col_twips[index]))
        for header, cells in parsed:
            row = table.add_row()
            if header:
                trpr = row._tr.get_or_add_trPr()
                trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
            for index, cell in enumerate(row.cells):
                cell.width = Twips(col_twips[index])
            column = 0
            targets = []
            for cell_text in cells:
                attrs, content = self.cell_attrs(cell_text)
                span = int(attrs.get("span", 1))
                if column + span > columns:
                    raise ValueError(f"{self.source_path}:{self.line_number}: row wider than {columns} columns: {cells}")
                targets.append((column, span, attrs, content))
                column += span
            # Merge first (merging moves content), then fill.
            cell_objects = []
            for column, span, attrs, content in targets:
                cell = row.cells[column]
                if span > 1:
                    cell = cell.merge(row.cells[column + span - 1])
                cell_objects.append((cell, attrs, content))
            for cell, attrs, content in cell_objects:
                self.fill_cell(cell, attrs, content, bold=header or "bold" in attrs)
        return table

    @staticmethod
    def cell_attrs(text):
        attrs = {}
        m = re.match(r"^\{([^}]*)\}\s*(.*)$", text)
        if m:
            for item in m.group(1).split(","):
                item = item.strip()
                if "=" in item:
                    key, value = item.split("=", 1)
                    attrs[key.strip()] = value.strip()
                elif item:
                    attrs[item] = True
            text = m.group(2)
        return attrs, text

    def cell_span(self, text):
        attrs, _ = self.cell_attrs(text)
        return int(attrs.get("span", 1))

    def fill_cell(self, cell, attrs, content, bold):
        if "fill" in attrs:
            tcpr = cell._tc.get_or_add_tcPr()
            tcpr.append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{attrs["fill"]}"/>'))
        paragraphs = [p for p in content.split(" // ")] if content else []
        first = True
        for text in paragraphs:
            paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if text == "~":
                continue  # explicit empty paragraph
            self.fill_paragraph(paragraph, text, bold=bold)

    def new_section(self, orientation):
        section = self.document.add_section(WD_SECTION.NEW_PAGE)
        want_landscape = orientation == "landscape"
        is_landscape = section.page_width > section.page_height
        if want_landscape != is_landscape:
            section.page_width, section.page_height = section.page_height, section.page_width
        section.orientation = WD_ORIENT.LANDSCAPE if want_landscape else WD_ORIENT.PORTRAIT

    def page_break(self):
        from docx.enum.text import WD_BREAK

        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # -- furniture ---------------------------------------------------------
    def furniture(self):
        section = self.document.sections[0]
        header = section.header.paragraphs[0]
        header.text = self.meta.get("header", self.meta.get("title", ""))
        header.style = self.document.styles["Header"]
        footer = section.footer
        first = footer.paragraphs[0]
        if "footer" in self.meta:
            first.text = self.meta["footer"]
            page = footer.add_paragraph()
        else:
            page = first
        page.add_run("Page ")
        p = page._p
        p.append(run_element('<w:fldChar w:fldCharType="begin"/>'))
        p.append(run_element('<w:instrText xml:space="preserve"> PAGE </w:instrText>'))
        p.append(run_element('<w:fldChar w:fldCharType="separate"/>'))
        p.append(run_element("<w:t>1</w:t>"))
        p.append(run_element('<w:fldChar w:fldCharType="end"/>'))

    def core_properties(self):
        props = self.document.core_properties
        created = datetime.datetime.strptime(self.meta["created"], "%Y-%m-%d")
        props.title = self.meta["title"]
        props.author = self.meta["author"]
        props.last_modified_by = self.meta["author"]
        props.created = created
        props.modified = created
        props.revision = 1
        props.subject = self.meta.get("subject", "")
        props.keywords = ""
        props.comments = ""

    def add_footnotes_part(self):
        if not self.footnotes:
            return
        notes = []
        for index, text in enumerate(self.footnotes, start=1):
            paragraph_runs = (
                '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                f'<w:r><w:t xml:space="preserve"> {xml_escape(text)}</w:t></w:r>'
            )
            notes.append(
                f'<w:footnote w:id="{index}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                f"{paragraph_runs}</w:p></w:footnote>"
            )
        xml = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {nsdecls("w", "r")}>'
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
            + "".join(notes)
            + "</w:footnotes>"
        )
        part = Part(
            PackURI("/word/footnotes.xml"),
            "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
            xml.encode("utf-8"),
            self.document.part.package,
        )
        self.document.part.relate_to(part, RT.FOOTNOTES)

    # -- driver ------------------------------------------------------------
    def build(self):
        with open(self.source_path, encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        first_section = self.document.sections[0]
        first_section.page_width, first_section.page_height = Twips(11906), Twips(16838)
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(first_section, side, Twips(1134))
        normal = self.document.styles["Normal"]
        normal.font.name = "Arial"
        normal.font.size = Pt(10)
        index = 0
        while index < len(lines):
            self.line_number = index + 1
            line = lines[index].rstrip("\n")
            index += 1
            if not line.strip():
                continue
            if line.startswith("%"):
                key, value = line[1:].split(":", 1)
                self.meta[key.strip()] = value.strip()
                continue
            if line.startswith("@table"):
                options = dict(item.split("=", 1) for item in line.split()[1:])
                rows = []
                while index < len(lines) and lines[index].strip() != "@end":
                    if lines[index].strip():
                        rows.append(lines[index].rstrip())
                    index += 1
                index += 1
                self.table(options, rows)
                continue
            if line.startswith("@section "):
                self.new_section(line.split()[1])
                continue
            if line.strip() == "@blank":
                self.numbering.not_a_list()
                self.document.add_paragraph()
                continue
            if line.strip() == "@pagebreak":
                self.page_break()
                continue
            if line.startswith("= "):
                self.title(line[2:])
                continue
            m = re.match(r"^(#{1,3}) (.*)$", line)
            if m:
                self.heading(m.group(2), len(m.group(1)))
                continue
            self.paragraph(line)
        for key in ("title", "author", "created"):
            if key not in self.meta:
                raise ValueError(f"{self.source_path}: missing %{key}:")
        self.furniture()
        self.core_properties()
        self.add_footnotes_part()
        return self.document


def deterministic_zip(data):
    """Rewrites a DOCX ZIP with fixed timestamps and a fixed entry order."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        names = source.namelist()
        ordered = ["[Content_Types].xml"] + sorted(n for n in names if n != "[Content_Types].xml")
        for name in ordered:
            info = zipfile.ZipInfo(name, date_time=(2008, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, source.read(name))
    return out.getvalue()


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: build_docx.py SOURCE.txt OUTPUT.docx")
    document = Builder(sys.argv[1]).build()
    buffer = io.BytesIO()
    document.save(buffer)
    with open(sys.argv[2], "wb") as handle:
        handle.write(deterministic_zip(buffer.getvalue()))


if __name__ == "__main__":
    main()
