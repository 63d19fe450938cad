"""Papers of the fourteenth batch, part X ("Word files as officers leave them"): six made-up
council papers of the familiar genres from two invented authorities, the London Borough of
Brackwater (a London borough with a Cabinet, an Overview and Scrutiny Committee and scrutiny
sub-committees and commissions) and Dunholt County Council (a county council with a Cabinet, a
Communities Overview and Scrutiny Committee and, with the voluntary and community sector, the
Dunholt Compact Partnership Board). Everything is invented: people are given by role or initials,
e-mail addresses use `.example` and telephone numbers the 01632 960xxx range; every body, place
and figure is made up.

They were written blind: without reading the pipeline (its sources, tests, pipelines, output or
benchmarks) and without running it, using only the corpus READMEs and the build scripts and paper
definitions in this folder (not papers_fourteenth_w.py, written at the same time by someone else).
Each paper names its own split. Every gold value is written by hand beside the words it labels;
the notes for part X record the choices where the rules left room.

Word structures. Real archives hold Word files in the state officers left them in. This module
wraps `render.to_docx` when it is imported: a paper whose meta carries "fourteenth_x" is written
by papers_ninth_m.NinthMWriter (so "pr", "ph", "pn", "rules" tables, "<<RRGGBB|…>>" colours and
"Page X of Y" running lines work as there) plus the blocks below, and the saved DOCX is then
post-processed (XML rewritten, parts added) to carry structures python-docx does not write:

  inline marks inside any text (one run each, carrying the run's own formatting):
    ⟦ins|who|words⟧          tracked insertion (w:ins); the words are part of the text
    ⟦del|who|words⟧          tracked deletion (w:del / w:delText); the words are not
    ⟦cs|n⟧ … ⟦ce|n⟧          comment n's range (comments.xml from meta "x_comments")
    ⟦fn|n⟧                   footnote reference (footnotes.xml from meta "x_footnotes")
    ⟦fld|INSTR|shown⟧        a complex field (fldChar begin / instrText / separate / end)
    ⟦link|url|shown⟧         a hyperlink (external relationship)
    ⟦bs|name⟧ ⟦be|name⟧      bookmark start / end
    ⟦shy⟧                    a soft hyphen (w:softHyphen)
    ⟦sdt|tag|shown⟧          a plain-text content control
    ⟦sdtdate|tag|iso|shown⟧  a date-picker content control
    ⟦sdtlist|tag|a;b;c|shown⟧  a drop-down list content control
  blocks:
    ("sp", style, text)      a paragraph in a paragraph style made by meta "x_styles" (a style may
                             carry its own list numbering: the number is given by the style, not
                             by the paragraph)
    ("textbox", spec, [blocks])  a floating text box (wrap top and bottom) holding the blocks, as
                             Word writes it: mc:AlternateContent with a DrawingML wps text box and
                             a VML v:textbox fallback holding the same paragraphs
  meta "x_track": True      trackRevisions on, revisions view set to show the final text (Word's
                            "No Markup"; LibreOffice then prints the text with changes accepted)

Formats: "docx" (python-docx + this post-processing), "lo-pdf" (that DOCX → LibreOffice),
"chromium-pdf" (HTML → Chromium), "pandoc-docx" (Markdown → pandoc DOCX, whose Markdown uses
pandoc's own comment, insertion and deletion spans and footnotes).

Papers (name – split – format – layout):
  brackwater-children-scrutiny-review-school-exclusions – tune – docx – scrutiny review left with
      tracked changes and comments; recommendations in a paragraph style that carries the numbering
  brackwater-cabinet-response-damp-and-mould-review – unseen – docx – executive response; front
      sheet of content controls with a contact table nested in a cell; footnotes; response table
  dunholt-cabinet-vcs-infrastructure-commissioning – unseen – lo-pdf – Cabinet report with the
      recommendations in a drawn text box; bookmarks and REF / PAGE fields; a hyperlink
  dunholt-compact-partnership-action-plan-2025-27 – tune – lo-pdf – landscape action plan tracker;
      soft hyphens and non-breaking spaces; comments left on cells; hyperlinks
  dunholt-compact-partnership-board-minutes-january-2026 – unseen – chromium-pdf – partnership
      board minutes with AGREED items and an action log
  brackwater-community-safety-partnership-briefing-q3 – tune – pandoc-docx – information briefing
      with nothing to find; pandoc comment, insertion and deletion spans, footnotes
"""

import re as _re
import io as _io
import zipfile as _zipfile
from xml.sax.saxutils import escape as _esc

import papers_ninth_m as _ninth_m
import render as _render
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from gold import action, decision, recommendation
from papers_fresh import grid_table

BRACKWATER = "London Borough of Brackwater"
DUNHOLT = "Dunholt County Council"

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml."


# ---------------------------------------------------------------------------
# DOCX writer for papers whose meta carries "fourteenth_x".
# ---------------------------------------------------------------------------


class XWriter(_ninth_m.NinthMWriter):
    """NinthMWriter plus styled paragraphs (numbering from the style) and text-box markers."""

    def __init__(self, meta):
        super().__init__(meta)
        self.textboxes = []
        self.styles = {}
        for name, spec in meta.get("x_styles", {}).items():
            self.make_style(name, spec)

    def make_style(self, name, spec):
        style = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.doc.styles["Normal"]
        style.font.name = spec.get("font", self.meta.get("font", "Arial"))
        if spec.get("size"):
            style.font.size = Pt(spec["size"])
        if spec.get("bold"):
            style.font.bold = True
        fmt = style.paragraph_format
        fmt.space_after = Pt(spec.get("after", 6))
        if spec.get("numbering"):
            num_fmt, text = spec["numbering"]
            aid = self.next_abstract
            self.next_abstract += 1
            indent = spec.get("indent", 567)
            xml = (
                f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                f'<w:nsid w:val="{0x5B000000 + aid:08X}"/><w:multiLevelType w:val="singleLevel"/>'
                f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{num_fmt}"/>'
                f'<w:pStyle w:val="{style.style_id}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{indent}" w:hanging="{indent}"/></w:pPr>'
                f'<w:rPr><w:b/></w:rPr></w:lvl></w:abstractNum>'
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
            p_pr = style.element.get_or_add_pPr()
            p_pr.insert(0, parse_xml(f'<w:numPr {nsdecls("w")}><w:numId w:val="{nid}"/></w:numPr>'))
        self.styles[name] = style

    def blocks(self, blocks, container=None):
        for block in blocks:
            kind = block[0]
            target = container or self.doc
            if kind == "sp":
                p = target.add_paragraph(style=self.styles[block[1]])
                self.fill(p, block[2])
                if len(block) > 3:
                    # the whole paragraph deleted with its mark (tracked): Word's "accept all" removes it
                    author, date = self.meta["x_authors"][block[3]]
                    p._p.get_or_add_pPr().append(parse_xml(
                        f'<w:rPr {nsdecls("w")}><w:del w:id="9{len(self.textboxes)}{len(p.text)}" '
                        f'w:author="{_esc(author)}" w:date="{date}"/></w:rPr>'))
            elif kind == "textbox":
                n = len(self.textboxes)
                self.textboxes.append(block[1])
                target.add_paragraph().add_run(f"⟦TBSTART{n}⟧")
                self.blocks(block[2], container)
                target.add_paragraph().add_run(f"⟦TBEND{n}⟧")
            else:
                super().blocks([block], container)


def _textbox_xml(n, spec, inner):
    """Word's usual text box: a DrawingML wps shape with a VML fallback, both holding `inner`."""
    width_cm, height_cm = spec.get("width", 17.0), spec["height"]
    cx, cy = int(width_cm * 360000), int(height_cm * 360000)
    fill, line = spec.get("fill", "FFFFFF"), spec.get("line", "000000")
    shape_id = 1025 + n
    name = f"Text Box {n + 1}"
    drawing = (
        f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + n * 1024}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
        f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset>'
        f'</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>'
        f'<wp:docPr id="{n + 1}" name="{name}"/><wp:cNvGraphicFramePr/>'
        f'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/>'
        f'</a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="{fill}"/>'
        f'</a:solidFill><a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{inner}</w:txbxContent></wps:txbx>'
        f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" '
        f'anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic>'
        f'<wp14:sizeRelH relativeFrom="margin"><wp14:pctWidth>0</wp14:pctWidth></wp14:sizeRelH>'
        f'<wp14:sizeRelV relativeFrom="margin"><wp14:pctHeight>0</wp14:pctHeight></wp14:sizeRelV>'
        f'</wp:anchor></w:drawing>'
    )
    width_pt, height_pt = width_cm * 72 / 2.54, height_cm * 72 / 2.54
    vml = (
        '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
        'path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" '
        'o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{name}" o:spid="_x0000_s{shape_id}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{width_pt:.1f}pt;height:{height_pt:.1f}pt;'
        f'z-index:{251659264 + n * 1024};visibility:visible;mso-wrap-style:square;mso-wrap-distance-left:9pt;'
        'mso-wrap-distance-top:3.6pt;mso-wrap-distance-right:9pt;mso-wrap-distance-bottom:3.6pt;'
        'mso-position-horizontal:absolute;mso-position-horizontal-relative:text;'
        'mso-position-vertical:absolute;mso-position-vertical-relative:text;v-text-anchor:top" '
        f'fillcolor="#{fill.lower()}" strokecolor="#{line.lower()}" strokeweight="1pt">'
        f'<v:textbox inset="3mm,2mm,3mm,2mm"><w:txbxContent>{inner}</w:txbxContent></v:textbox>'
        '<w10:wrap type="topAndBottom"/></v:shape></w:pict>'
    )
    return (f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><mc:AlternateContent><mc:Choice Requires="wps">'
            f'{drawing}</mc:Choice><mc:Fallback>{vml}</mc:Fallback></mc:AlternateContent></w:r></w:p>')


RUN_RE = _re.compile(r'<w:r>(<w:rPr>(?:(?!</w:rPr>).)*</w:rPr>)?((?:<w:t(?: xml:space="preserve")?>[^<]*</w:t>|'
                     r'<w:tab/>|<w:br/>)*)</w:r>', _re.S)
CHILD_RE = _re.compile(r'<w:t(?: xml:space="preserve")?>([^<]*)</w:t>|(<w:tab/>|<w:br/>)')
MARK_RE = _re.compile(r"(⟦[^⟧]*⟧)")


class _Post:
    """Rewrites document.xml's marks into Word structures and collects the parts they need."""

    def __init__(self, meta):
        self.meta = meta
        self.next_id = 100
        self.bookmarks = {}
        self.links = []
        self.footnotes = []
        self.sdt_id = 52000

    def new_id(self):
        self.next_id += 1
        return self.next_id

    def who(self, key):
        author, date = self.meta["x_authors"][key]
        return f'w:id="{self.new_id()}" w:author="{_esc(author)}" w:date="{date}"'

    def run(self, rpr, text):
        return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""

    def mark(self, rpr, token):
        parts = token[1:-1].split("|")
        kind = parts[0]
        if kind == "ins":
            return f'<w:ins {self.who(parts[1])}>{self.run(rpr, parts[2])}</w:ins>'
        if kind == "del":
            return (f'<w:del {self.who(parts[1])}><w:r>{rpr}<w:delText xml:space="preserve">{parts[2]}'
                    f'</w:delText></w:r></w:del>')
        if kind == "cs":
            return f'<w:commentRangeStart w:id="{parts[1]}"/>'
        if kind == "ce":
            return (f'<w:commentRangeEnd w:id="{parts[1]}"/><w:r><w:rPr><w:sz w:val="16"/></w:rPr>'
                    f'<w:commentReference w:id="{parts[1]}"/></w:r>')
        if kind == "fn":
            self.footnotes.append(parts[1])
            return (f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                    f'<w:footnoteReference w:id="{parts[1]}"/></w:r>')
        if kind == "fld":
            return (f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
                    f'<w:r>{rpr}<w:instrText xml:space="preserve"> {parts[1]} </w:instrText></w:r>'
                    f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>{self.run(rpr, parts[2])}'
                    f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>')
        if kind == "link":
            rid = f"rIdX{len(self.links) + 1}"
            self.links.append((rid, parts[1]))
            inner = (rpr or "<w:rPr></w:rPr>").replace(
                "</w:rPr>", '<w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr>')
            return f'<w:hyperlink r:id="{rid}" w:history="1">{self.run(inner, parts[2])}</w:hyperlink>'
        if kind == "bs":
            bid = self.bookmarks.setdefault(parts[1], len(self.bookmarks) + 1)
            return f'<w:bookmarkStart w:id="{bid}" w:name="{parts[1]}"/>'
        if kind == "be":
            return f'<w:bookmarkEnd w:id="{self.bookmarks[parts[1]]}"/>'
        if kind == "shy":
            return f'<w:r>{rpr}<w:softHyphen/></w:r>'
        if kind.startswith("sdt"):
            self.sdt_id += 1
            tag = parts[1]
            extra = ""
            if kind == "sdtdate":
                extra = (f'<w:date w:fullDate="{parts[2]}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/>'
                         f'<w:lid w:val="en-GB"/><w:storeMappedDataAs w:val="dateTime"/>'
                         f'<w:calendar w:val="gregorian"/></w:date>')
            elif kind == "sdtlist":
                items = "".join(f'<w:listItem w:displayText="{_esc(o)}" w:value="{_esc(o)}"/>'
                                for o in parts[2].split(";"))
                extra = f'<w:dropDownList><w:listItem w:value=""/>{items}</w:dropDownList>'
            else:
                extra = "<w:text/>"
            return (f'<w:sdt><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:id w:val="{self.sdt_id}"/>'
                    f'{extra}</w:sdtPr><w:sdtContent>{self.run(rpr, parts[-1])}</w:sdtContent></w:sdt>')
        raise ValueError(token)

    def rewrite_run(self, match):
        if "⟦" not in match.group(2):
            return match.group(0)
        rpr = match.group(1) or ""
        out = []
        for child in CHILD_RE.finditer(match.group(2)):
            if child.group(2):
                out.append(f"<w:r>{rpr}{child.group(2)}</w:r>")
                continue
            for piece in MARK_RE.split(child.group(1)):
                if not piece:
                    continue
                out.append(self.mark(rpr, piece) if piece.startswith("⟦") else self.run(rpr, piece))
        return "".join(out)

    def document(self, xml, textboxes):
        for n, spec in enumerate(textboxes):
            start = _re.search(r"<w:p>(?:(?!<w:p>).)*?⟦TBSTART%d⟧.*?</w:p>" % n, xml, _re.S)
            end = _re.search(r"<w:p>(?:(?!<w:p>).)*?⟦TBEND%d⟧.*?</w:p>" % n, xml, _re.S)
            inner = xml[start.end():end.start()]
            xml = xml[:start.start()] + _textbox_xml(n, spec, inner) + xml[end.end():]
        xml = RUN_RE.sub(self.rewrite_run, xml)
        assert "⟦" not in xml, xml[xml.index("⟦") - 200:xml.index("⟦") + 100]
        return xml


def _comments_xml(comments):
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="{W_NS}">']
    for cid, (author, initials, date, text) in sorted(comments.items()):
        out.append(f'<w:comment w:id="{cid}" w:author="{_esc(author)}" w:date="{date}" w:initials="{initials}">'
                   f'<w:p><w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:annotationRef/></w:r>'
                   f'<w:r><w:rPr><w:sz w:val="20"/></w:rPr><w:t xml:space="preserve">{_esc(text)}</w:t></w:r></w:p>'
                   f'</w:comment>')
    out.append("</w:comments>")
    return "".join(out)


def _footnotes_xml(footnotes):
    sep = '<w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:%s/></w:r></w:p>'
    out = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}" '
           f'xmlns:r="{R_NS}">',
           f'<w:footnote w:type="separator" w:id="-1">{sep % "separator"}</w:footnote>',
           f'<w:footnote w:type="continuationSeparator" w:id="0">{sep % "continuationSeparator"}</w:footnote>']
    for fid, text in sorted(footnotes.items()):
        out.append(f'<w:footnote w:id="{fid}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                   f'<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
                   f'<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> {_esc(text)}</w:t></w:r>'
                   f'</w:p></w:footnote>')
    out.append("</w:footnotes>")
    return "".join(out)


def _post_process(meta, path, textboxes):
    with open(path, "rb") as handle:
        source = _zipfile.ZipFile(_io.BytesIO(handle.read()))
    parts = {name: source.read(name) for name in source.namelist()}
    post = _Post(meta)
    parts["word/document.xml"] = post.document(parts["word/document.xml"].decode("utf-8"),
                                               textboxes).encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    new_rels, new_types = [], []
    for rid, url in post.links:
        new_rels.append(f'<Relationship Id="{rid}" Type="{REL}hyperlink" Target="{_esc(url)}" '
                        f'TargetMode="External"/>')
    if meta.get("x_comments"):
        parts["word/comments.xml"] = _comments_xml(meta["x_comments"]).encode("utf-8")
        new_rels.append(f'<Relationship Id="rIdX90" Type="{REL}comments" Target="comments.xml"/>')
        new_types.append(f'<Override PartName="/word/comments.xml" ContentType="{CT}comments+xml"/>')
    if meta.get("x_footnotes"):
        parts["word/footnotes.xml"] = _footnotes_xml(meta["x_footnotes"]).encode("utf-8")
        new_rels.append(f'<Relationship Id="rIdX91" Type="{REL}footnotes" Target="footnotes.xml"/>')
        new_types.append(f'<Override PartName="/word/footnotes.xml" ContentType="{CT}footnotes+xml"/>')
    rels = rels.replace("</Relationships>", "".join(new_rels) + "</Relationships>")
    types = types.replace("</Types>", "".join(new_types) + "</Types>")
    parts["word/_rels/document.xml.rels"] = rels.encode("utf-8")
    parts["[Content_Types].xml"] = types.encode("utf-8")
    if meta.get("x_track"):
        settings = parts["word/settings.xml"].decode("utf-8")
        settings = settings.replace(
            "<w:defaultTabStop", '<w:revisionView w:markup="0" w:insDel="0" w:formatting="0"/>'
            '<w:trackRevisions/><w:defaultTabStop', 1)
        parts["word/settings.xml"] = settings.encode("utf-8")
    out = _io.BytesIO()
    with _zipfile.ZipFile(out, "w", _zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    with open(path, "wb") as handle:
        handle.write(_render.deterministic_zip(out.getvalue()))


_wrapped_to_docx = _render.to_docx


def _to_docx(meta, blocks, path):
    if not meta.get("fourteenth_x"):
        return _wrapped_to_docx(meta, blocks, path)
    writer = XWriter(meta)
    writer.blocks(blocks)
    writer.finish()
    writer.save(path)
    _post_process(meta, path, writer.textboxes)
    return None


_render.to_docx = _to_docx



def accepted(text):
    """The words of a marked text as it reads with every tracked change accepted and the marks
    resolved to what they show (used only to assert that a hand-written gold text matches)."""
    def shown(match):
        parts = match.group(1).split("|")
        if parts[0] == "del":
            return ""
        if parts[0] in ("ins", "fld", "link", "sdt", "sdtdate", "sdtlist"):
            return parts[-1]
        return ""
    return _re.sub(r"\*\*", "", _re.sub(r"⟦([^⟧]*)⟧", shown, text))


def same(marked, gold_text):
    """The hand-written gold text, checked against the marked words it labels."""
    assert " ".join(accepted(marked).split()) == " ".join(gold_text.split()), (accepted(marked), gold_text)
    return gold_text



# ---------------------------------------------------------------------------
# X1. Brackwater: children and young people scrutiny review (DOCX, python-docx + post-processing,
#     Liberation Sans 10.5 pt). The final report as the scrutiny officer left it: tracked changes
#     still in it (insertions, deletions, one whole recommendation deleted with its paragraph
#     mark), three comments in the margin, and the recommendations in a paragraph style whose
#     numbering (1., 2., …) comes from the style, not the paragraph.
# ---------------------------------------------------------------------------


def brackwater_exclusions_review():
    title = "Inclusion, suspensions and exclusions in Brackwater schools"
    sub = "Children and Young People Scrutiny Sub-Committee"
    maroon = "7B1F3A"
    covering_marked = ("The Overview and Scrutiny Committee is asked to endorse the Sub-Committee’s report and the "
                       "recommendations in section 6, and to refer them to Cabinet for an executive response within "
                       "⟦cs|1⟧⟦del|ds|three⟧⟦ins|ds|two⟧⟦ce|1⟧ months.")
    covering = same(covering_marked,
                    "The Overview and Scrutiny Committee is asked to endorse the Sub-Committee’s report and the "
                    "recommendations in section 6, and to refer them to Cabinet for an executive response within two "
                    "months.")
    # (theme, marked words, hand-written gold text, verb, addressee)
    recs = [
        ("Keeping children in school",
         "That the Council, with the Brackwater Schools Forum, ⟦del|spo|considers ⟧⟦ins|spo|agrees ⟧a borough-wide "
         "inclusion charter by September 2026, setting out what every school will do before it suspends a pupil.",
         "That the Council, with the Brackwater Schools Forum, agrees a borough-wide inclusion charter by September "
         "2026, setting out what every school will do before it suspends a pupil.", "AGREES", "Council"),
        ("Keeping children in school",
         "That the Director of Education publishes ⟦del|spo|annual ⟧⟦ins|spo|termly ⟧data on suspensions and "
         "permanent exclusions by school, ethnicity and special educational needs, and reports it to this "
         "Sub-Committee.",
         "That the Director of Education publishes termly data on suspensions and permanent exclusions by school, "
         "ethnicity and special educational needs, and reports it to this Sub-Committee.",
         "PUBLISHES", "Director of Education"),
        ("Keeping children in school",
         "Schools should be offered training in trauma-informed practice through the Brackwater Education "
         "Partnership, free of charge for the first two years.",
         "Schools should be offered training in trauma-informed practice through the Brackwater Education "
         "Partnership, free of charge for the first two years.", None, None),
        ("Alternative provision and managed moves",
         "The Cabinet Member for Children and Young People should write to the Department for Education asking for "
         "the guidance on managed moves to be made statutory.",
         "The Cabinet Member for Children and Young People should write to the Department for Education asking for "
         "the guidance on managed moves to be made statutory.", "WRITE",
         "Cabinet Member for Children and Young People"),
        ("Alternative provision and managed moves",
         "Review the commissioning of alternative provision so that every placement has a reintegration plan agreed "
         "⟦cs|2⟧within 20 school days⟦ce|2⟧ of the pupil starting.",
         "Review the commissioning of alternative provision so that every placement has a reintegration plan agreed "
         "within 20 school days of the pupil starting.", "REVIEW", None),
        ("Alternative provision and managed moves",
         "That the Council extends the Inclusion Outreach Team ⟦del|spo|pilot ⟧to all ⟦ins|ho|primary and ⟧"
         "secondary schools from April 2027.",
         "That the Council extends the Inclusion Outreach Team to all primary and secondary schools from April 2027.",
         "EXTENDS", "Council"),
        ("Families and oversight",
         "That the Director of Education works with Brackwater Parent Carer Forum to write a guide for families "
         "whose child is at risk of exclusion⟦ins|spo|, in the five main community languages of the borough⟧.",
         "That the Director of Education works with Brackwater Parent Carer Forum to write a guide for families "
         "whose child is at risk of exclusion, in the five main community languages of the borough.",
         "WORKS", "Director of Education"),
        ("Families and oversight",
         "That the Sub-Committee receives a progress report on these recommendations in ⟦del|ds|six⟧⟦ins|ds|twelve⟧ "
         "months’ time.",
         "That the Sub-Committee receives a progress report on these recommendations in twelve months’ time.",
         "RECEIVES", "Sub-Committee"),
    ]
    for _theme, marked, gold_text, _v, _a in recs:
        same(marked, gold_text)
    deleted_rec = ("That every school publishes its suspension and exclusion rates on its own website each "
                   "term.")

    def rec_paras(theme):
        out = []
        for t, marked, _g, _v, _a in recs:
            if t == theme:
                out.append(("sp", "Scrutiny Recommendation", marked))
                if marked.startswith("Review the commissioning"):
                    out.append(("sp", "Scrutiny Recommendation", "⟦del|ho|" + deleted_rec + "⟧", "ho"))
        return out

    blocks = [
        ("pr", f"<<{maroon}|**LONDON BOROUGH OF BRACKWATER**>>"),
        ("table", {"cols": [4.2, 12.8], "rules": True, "font": 10, "rows": [
            ["**Report to**", "Overview and Scrutiny Committee"],
            ["**Date of meeting**", "4 February 2026"],
            ["**Report of**", f"Chair of the {sub} (Councillor R.D.)"],
            ["**Lead officer**", "Scrutiny Policy Officer, Chief Executive’s Directorate"],
            ["**Wards**", "All wards"],
            ["**Key decision**", "No"],
            ["**Classification**", "Open"],
        ]}),
        ("title", title),
        ("p", f"<<595959|Final report of the {sub}’s review, 2025/26>>"),
        ("ph", 12, f"<<{maroon}|1. Recommendation to the Committee>>"),
        ("pn", "1.1\t" + covering_marked),
        ("ph", 12, f"<<{maroon}|2. Why we looked at this>>"),
        ("pn", "2.1\tSuspensions from Brackwater secondary schools rose by ⟦del|spo|almost ⟧"
               "⟦ins|spo|more than ⟧a third between 2022/23 and 2024/25, faster than across London. Pupils with "
               "special educational needs, pupils eligible for free school meals and Black Caribbean boys were "
               "suspended at two to three times the rate of other pupils."),
        ("pn", "2.2\tThe Sub-Committee agreed in June 2025 to review how schools, the Council and its partners keep "
               "children in education, and what happens to those who are excluded."),
        ("ph", 12, f"<<{maroon}|3. How we carried out the review>>"),
        ("pn", "3.1\tThe Sub-Committee held four evidence sessions between September and December 2025. We heard "
               "from:"),
        ("list", "bullet", 1, [
            "head teachers of four secondary schools, two primary schools and the pupil referral unit;",
            "the Director of Education, the Head of Inclusion and the Virtual School Head;",
            "Brackwater Parent Carer Forum and two families whose children had been permanently excluded;",
            "young people at the Brackwater Youth Parliament.",
        ]),
        ("pn", "3.2\tMembers also visited two alternative provision settings and the Inclusion Outreach Team."),
        ("ph", 12, f"<<{maroon}|4. What the figures show>>"),
        ("table", {"cols": [6.2, 2.6, 2.6, 2.6, 3.0], "font": 9, "header_fill": "F2DCE3",
                   "header": ["Brackwater schools", "2022/23", "2023/24", "2024/25", "London 2024/25"],
                   "rows": [
                       ["Suspensions (rate per 100 pupils)", "7.9", "9.4", "⟦cs|3⟧10.6⟦ce|3⟧", "8.8"],
                       ["Permanent exclusions (number)", "41", "52", "57", "–"],
                       ["Permanent exclusions (rate per 100 pupils)", "0.10", "0.12", "0.13", "0.09"],
                       ["Pupils in alternative provision (January)", "212", "238", "265", "–"],
                   ]}),
        ("p", "<<595959|Source: school census and the Council’s exclusions database. Rates are for state-funded "
              "schools.>>"),
        ("ph", 12, f"<<{maroon}|5. What we found>>"),
        ("pn", "5.1\t**Practice differs widely between schools.** Two schools accounted for 40% of suspensions in "
               "2024/25. Schools with the lowest rates had a named inclusion lead on the senior team and used "
               "internal support rooms rather than sending pupils home."),
        ("pn", "5.2\t**Managed moves work when they are planned.** Head teachers valued the managed move protocol, but "
               "families told us that moves were often agreed in a single meeting without a trial period."),
        ("pn", "5.3\t**Too few pupils return from alternative provision.** Only 18 of the 265 pupils in alternative "
               "provision in January 2025 returned to a mainstream school that year. The Virtual School Head "
               "recommended that every placement should have a return date from the start; we agree."),
        ("pn", "5.4\t**Families do not know their rights.** Parents described the exclusion process as confusing, "
               "and several did not know that they could ask the governing board to review a decision."),
        ("ph", 12, f"<<{maroon}|6. Our recommendations>>"),
        ("p", "The Sub-Committee agreed the following recommendations at its meeting on 13 January 2026."),
        ("h", 3, "Keeping children in school"),
    ] + rec_paras("Keeping children in school") + [
        ("h", 3, "Alternative provision and managed moves"),
    ] + rec_paras("Alternative provision and managed moves") + [
        ("h", 3, "Families and oversight"),
    ] + rec_paras("Families and oversight") + [
        ("ph", 12, f"<<{maroon}|7. Implications>>"),
        ("pn", "7.1\t**Financial.** The report has no direct financial implications. The cost of any recommendation "
               "Cabinet accepts will be set out in its response; extending the Inclusion Outreach Team "
               "(recommendation 6) would cost about £180,000 a year."),
        ("pn", "7.2\t**Legal.** Cabinet must respond to the recommendations of an overview and scrutiny committee "
               "within two months of receiving them, under the Council’s constitution."),
        ("pn", "7.3\t**Equalities.** The review’s findings on the over-representation of some groups are set out in "
               "section 2; an equality impact assessment will accompany the Cabinet response."),
        ("ph", 12, f"<<{maroon}|8. Background papers and contact>>"),
        ("p", "Evidence pack of the Children and Young People Scrutiny Sub-Committee, September–December 2025. "
              "Contact: Scrutiny Policy Officer, Brackwater Town Hall, Market Street, London BW1 4TH – "
              "scrutiny@brackwater.example – 01632 960 318"),
    ]
    recommendations = [recommendation(None, covering, verb="ENDORSE", addressee="Overview and Scrutiny Committee")] + [
        recommendation(str(n), gold_text, verb=verb, addressee=addr, theme=theme)
        for n, (theme, _m, gold_text, verb, addr) in enumerate(recs, start=1)
    ]
    return {
        "name": "brackwater-children-scrutiny-review-school-exclusions",
        "split": "tune",
        "format": "docx",
        "meta": {"created": "2026-01-23", "doc_title": title, "author": "Scrutiny Policy Officer",
                 "fourteenth_x": True, "ninth_m": True, "cant_split": True, "font": "Liberation Sans",
                 "size": 10.5, "title_size": 18, "title_color": maroon, "x_track": True,
                 "m_footer": ("Overview and Scrutiny Committee – 4 February 2026", "Page {PAGE} of {NUMPAGES}"),
                 "x_authors": {"spo": ("Scrutiny Policy Officer", "2026-01-14T09:12:00Z"),
                               "ho": ("Head of Inclusion", "2026-01-19T16:40:00Z"),
                               "ds": ("Democratic Services", "2026-01-22T11:05:00Z")},
                 "x_comments": {
                     1: ("Democratic Services", "DS", "2026-01-22T11:06:00Z",
                         "The constitution gives Cabinet two months to respond, not three – changed. OK to publish?"),
                     2: ("Head of Inclusion", "HI", "2026-01-19T16:42:00Z",
                         "20 school days will be hard for Key Stage 4 placements. Could we say 30?"),
                     3: ("Scrutiny Policy Officer", "SPO", "2026-01-14T09:20:00Z",
                         "Check 2024/25 rate against the final DfE release before publication."),
                 },
                 "x_styles": {"Scrutiny Recommendation": {"numbering": ("decimal", "%1."), "size": 10.5,
                                                          "after": 6}}},
        "blocks": blocks,
        "gold": dict(genre="scrutiny sub-committee review report to the overview and scrutiny committee, left with "
                           "tracked changes and comments", kind="scrutiny-report", title=title, authority=BRACKWATER,
                     date="2026-02-04", meeting="Overview and Scrutiny Committee",
                     recommendations=recommendations),
        "layout": "DOCX (python-docx, post-processed), Liberation Sans 10.5 pt, an italic footer with the meeting and "
                  "\"Page X of Y\" fields, rows that may not split; 3 pages. A right-aligned maroon capitals borough "
                  "line; a front sheet with horizontal rules only (Report to / Date of meeting / Report of / Lead "
                  "officer / Wards / Key decision / Classification); the maroon title and a grey subtitle; bold "
                  "maroon non-style headings over typed 1.1–7.3 hanging paragraphs; \"1.1 The Overview and Scrutiny "
                  "Committee is asked to endorse … and to refer them to Cabinet …\" (the covering recommendation); "
                  "evidence bullets; a figures table with a pink header; findings with bold lead sentences and \"The "
                  "Virtual School Head recommended that …\" (not an item); \"6. Our recommendations\" with three "
                  "Heading 3 themes over paragraphs in a \"Scrutiny Recommendation\" style whose numbering 1.–8. "
                  "comes from the style (no numPr in the paragraphs). Word structures: tracked changes left in "
                  "(w:ins / w:del with w:delText in the covering recommendation, four recommendations and a "
                  "finding; trackRevisions on and the revisions view set to show the final text), one whole "
                  "recommendation deleted with its paragraph mark between 5 and 6 (with changes accepted the list "
                  "runs 1–8), three comments (comments.xml, range marks around words of the covering "
                  "recommendation, recommendation 5 and a table cell).",
    }


# ---------------------------------------------------------------------------
# X2. Brackwater: Cabinet report with the executive response to a scrutiny commission review
#     (DOCX, python-docx + post-processing, Liberation Serif 11 pt). The Council's report
#     template as filled in: a front-sheet form whose fields are content controls (plain text,
#     a date picker, drop-down lists) with the contact officers in a table nested inside a
#     cell; footnotes; the response table restates each recommendation in full.
# ---------------------------------------------------------------------------


def brackwater_damp_mould_response():
    title = "Executive response to the Housing Scrutiny Commission review: Damp and mould in council homes"
    navy = "1F3864"
    stem = [
        ("a", "agrees the responses to the Housing Scrutiny Commission’s recommendations set out in Appendix A; and",
         "AGREES"),
        ("b", "asks the Director of Housing to report progress on the agreed actions to the Commission in January "
              "2027.", "ASKS"),
    ]
    # (no., recommendation, verb, addressee, response (marked), response gold, Agreed?, decision, lead cell,
    #  owners, timescale cell, timeframe, due, status)
    recs = [
        ("1", "That the Council inspects every council home with a reported damp or mould problem within ten working "
              "days of the report.", "INSPECTS", "Council",
         "Agreed. Since January 2026 every report is triaged within one working day and inspected within ten "
         "working days; homes with a serious hazard are visited within 24 hours.⟦fn|2⟧",
         "Agreed. Since January 2026 every report is triaged within one working day and inspected within ten "
         "working days; homes with a serious hazard are visited within 24 hours.",
         "Agreed", "accepted", "Head of Housing Asset Management", ["Head of Housing Asset Management"],
         "April 2026", "April 2026", "2026-04", None),
        ("2", "That a single damp and mould case record is created for each home and shared between the repairs "
              "contractor and housing officers.", None, None,
         "Partly agreed. A shared case record will be built into the new housing management system. Until it goes "
         "live the contractor will send weekly case lists to housing officers.",
         "Partly agreed. A shared case record will be built into the new housing management system. Until it goes "
         "live the contractor will send weekly case lists to housing officers.",
         "Partly agreed", "partially-accepted", "Head of Housing Asset Management /\nICT Business Partner (Housing)",
         ["Head of Housing Asset Management", "ICT Business Partner (Housing)"], "Q3 2026/27", "Q3 2026/27",
         "2026-12", None),
        ("3", "Publish a quarterly damp and mould dashboard on the Council’s website.", "PUBLISH", None,
         "Agreed. The first dashboard, for April to June 2026, will be published in July 2026.",
         "Agreed. The first dashboard, for April to June 2026, will be published in July 2026.",
         "Agreed", "accepted", "Head of Performance and Insight", ["Head of Performance and Insight"],
         "July 2026", "July 2026", "2026-07", None),
        ("4", "That the Cabinet Member for Housing and Homelessness writes to every tenant in a home built before 1960 "
              "explaining how to report damp and mould.", "WRITES", "Cabinet Member for Housing and Homelessness",
         "Partly agreed. The Cabinet Member will write to the tenants of the 2,140 homes that the stock condition "
         "survey rates at higher risk⟦fn|3⟧, rather than to all homes built before 1960; every tenant will receive "
         "the advice in the spring newsletter.",
         "Partly agreed. The Cabinet Member will write to the tenants of the 2,140 homes that the stock condition "
         "survey rates at higher risk, rather than to all homes built before 1960; every tenant will receive the "
         "advice in the spring newsletter.",
         "Partly agreed", "partially-accepted", "Tenancy Services Manager", ["Tenancy Services Manager"],
         "31/05/2026", "31/05/2026", "2026-05-31", None),
        ("5", "The Council should set up a fund of £250,000 a year for dehumidifiers and extractor fans for tenants on "
              "low incomes.", "SET", "Council",
         "Not agreed. Extractor fans are fitted as part of the repair wherever they are needed, at no cost to the "
         "tenant. Dehumidifiers treat the symptom rather than the cause, and there is no budget for a new fund in "
         "2026/27.",
         "Not agreed. Extractor fans are fitted as part of the repair wherever they are needed, at no cost to the "
         "tenant. Dehumidifiers treat the symptom rather than the cause, and there is no budget for a new fund in "
         "2026/27.",
         "Not agreed", "rejected", "–", [], "N/A", None, None, None),
        ("6", "That housing officers are trained to recognise the health risks of damp and mould, especially for young "
              "children and people with respiratory conditions.", None, None,
         "Agreed. All 64 housing officers completed the training, designed with Public Health, in February 2026.",
         "Agreed. All 64 housing officers completed the training, designed with Public Health, in February 2026.",
         "Agreed", "accepted", "Head of Tenancy Services, with Public Health",
         ["Head of Tenancy Services", "Public Health"], "Complete", None, None, "completed"),
        ("7", "That the Commission reviews progress on these recommendations in January 2027.", "REVIEWS",
         "Commission",
         "Agreed. The Director of Housing will report to the Commission’s meeting in January 2027.",
         "Agreed. The Director of Housing will report to the Commission’s meeting in January 2027.",
         "Agreed", "accepted", "Director of Housing", ["Director of Housing"], "January 2027", "January 2027",
         "2027-01", None),
    ]
    for r in recs:
        same(r[4], r[5])
    grey = "E7E6E6"

    def lab(text):
        return {"text": f"**{text}**", "fill": grey}

    contacts = {"blocks": [("table", {"cols": [2.2, 4.6, 3.4], "font": 9, "rows": [
        ["**Name**", "**Title**", "**Telephone / e-mail**"],
        ["K.T.", "Head of Housing Asset Management", "01632 960 512\nk.t@brackwater.example"],
        ["P.O.", "Scrutiny Policy Officer", "01632 960 318\np.o@brackwater.example"],
    ]})]}
    blocks = [
        ("pr", f"<<{navy}|**London Borough of Brackwater**>>"),
        ("table", {"cols": [4.6, 10.8], "font": 10, "rows": [
            [lab("Meeting"), "⟦sdtlist|Meeting|Cabinet;Council;Overview and Scrutiny Committee|Cabinet⟧"],
            [lab("Date"), "⟦sdtdate|MeetingDate|2026-03-16|16 March 2026⟧"],
            [lab("Report title"), f"⟦sdt|ReportTitle|{title}⟧"],
            [lab("Cabinet Member"), "⟦sdt|CabinetMember|Cabinet Member for Housing and Homelessness⟧"],
            [lab("Report of"), "⟦sdt|ReportOf|Director of Housing⟧"],
            [lab("Key decision"), "⟦sdtlist|KeyDecision|Yes;No|No⟧"],
            [lab("Wards affected"), "⟦sdt|Wards|All wards⟧"],
            [lab("Classification"), "⟦sdtlist|Classification|Open;Part exempt;Exempt|Open⟧"],
            [lab("Appendices"), "⟦sdt|Appendices|Appendix A – Response to the Commission’s recommendations⟧"],
            [lab("Contact officers"), contacts],
        ]}),
        ("title", title),
        ("h", 1, "1. Summary"),
        ("p", "1.1 The Housing Scrutiny Commission reported on damp and mould in council homes on 12 January 2026"
              "⟦fn|1⟧. It made seven recommendations. This report sets out the Cabinet’s proposed response to each of "
              "them."),
        ("p", "1.2 Four recommendations are agreed, two are partly agreed and one is not agreed. The work already "
              "under way is described in section 4."),
        ("h", 1, "2. Recommendations"),
        ("p", "2.1 That Cabinet:"),
        ("list", "(a)", 1, [t for _n, t, _v in stem]),
        ("h", 1, "3. Reasons for the recommendations"),
        ("p", "3.1 The Cabinet must respond to the Commission within two months of receiving its report. The "
              "responses reflect the new legal duties on social landlords to investigate and fix damp and mould "
              "hazards within fixed times."),
        ("h", 1, "4. Background"),
        ("p", "4.1 The Council owns 11,800 homes. In 2025 tenants reported 1,930 cases of damp and mould, up from "
              "1,210 in 2023. The Commission heard evidence from tenants, the repairs contractor, housing officers "
              "and the Director of Public Health between September and December 2025."),
        ("p", "4.2 Since the Commission reported, the Council has appointed a damp and mould case lead and cleared "
              "the backlog of inspections older than 20 working days."),
        ("h", 1, "5. Financial implications"),
        ("p", "5.1 The agreed responses will be met from the Housing Revenue Account repairs budget of £21.4 million "
              "for 2026/27. Recommendation 5 is not agreed partly because it has no funding."),
        ("h", 1, "6. Legal and equalities implications"),
        ("p", "6.1 The Council as landlord must keep its homes free of serious hazards. The responses help it to "
              "meet that duty and reduce the risk of claims. The higher-risk homes are more often let to families "
              "with young children; an equality impact assessment is available on request."),
        ("break",),
        ("h", 1, "Appendix A – Response to the Commission’s recommendations"),
        ("table", {"cols": [0.9, 4.4, 4.9, 1.8, 2.6, 2.1], "font": 8.5, "header_fill": "D9E2F3",
                   "header": ["No.", "Recommendation", "Response", "Agreed?", "Lead officer", "Timescale"],
                   "rows": [[r[0], r[1], r[4], r[6], r[8], r[10]] for r in recs]}),
    ]
    recommendations = [recommendation(n, t, verb=v, addressee="Cabinet") for n, t, v in stem] + [
        recommendation(n, text, verb=verb, addressee=addr, owners=owners, due=due, timeframe=timeframe,
                       status=status, response=resp, decision=dec)
        for (n, text, verb, addr, _marked, resp, _word, dec, _lead, owners, _cell, timeframe, due, status) in recs
    ]
    return {
        "name": "brackwater-cabinet-response-damp-and-mould-review",
        "split": "unseen",
        "format": "docx",
        "meta": {"created": "2026-03-05", "doc_title": "Cabinet 16 March 2026 – damp and mould response",
                 "author": "Housing Strategy", "fourteenth_x": True, "ninth_m": True, "cant_split": True,
                 "font": "Liberation Serif", "size": 11, "title_size": 16, "title_color": navy,
                 "m_footer": ("London Borough of Brackwater – Cabinet, 16 March 2026", "Page {PAGE} of {NUMPAGES}"),
                 "x_footnotes": {
                     1: "Housing Scrutiny Commission, Damp and mould in council homes: final report, 12 January 2026.",
                     2: "Triage and inspection times are taken from the repairs system for January and February 2026.",
                     3: "Stock condition survey 2025: homes with poor ventilation, solid walls or a history of "
                        "condensation.",
                 }},
        "blocks": blocks,
        "gold": dict(genre="London borough Cabinet report with the executive response to a scrutiny commission "
                           "review, on a front-sheet form of content controls", kind="executive-response",
                     title=title, authority=BRACKWATER, date="2026-03-16", meeting="Cabinet",
                     recommendations=recommendations),
        "layout": "DOCX (python-docx, post-processed), Liberation Serif 11 pt, Word heading styles, an italic footer "
                  "with \"Page X of Y\" fields, rows that may not split; 4 pages. A right-aligned navy borough line; "
                  "a bordered front-sheet form with grey bold labels (Meeting / Date / Report title / Cabinet Member "
                  "/ Report of / Key decision / Wards affected / Classification / Appendices / Contact officers) "
                  "whose values are content controls (w:sdt: plain text, a date picker, drop-down lists), and the "
                  "Contact officers cell holding a nested three-column table (Name / Title / Telephone / e-mail); "
                  "the navy title; Heading 1 sections with typed 1.1–6.1 paragraphs; \"2.1 That Cabinet:\" over a "
                  "Word-lettered (a)/(b) list (\"; and\"); three footnotes (footnotes.xml; references in a body "
                  "paragraph and in two response cells). After a page break, Appendix A: an 8.5 pt table No. | "
                  "Recommendation (in full) | Response | Agreed? (Agreed / Partly agreed / Not agreed) | Lead "
                  "officer | Timescale with a blue header; leads split by \"/\" plus line break and \", with\", one "
                  "\"–\"; timescales \"April 2026\", \"Q3 2026/27\", \"July 2026\", \"31/05/2026\", \"N/A\", "
                  "\"Complete\", \"January 2027\".",
    }


# ---------------------------------------------------------------------------
# X3. Dunholt: Cabinet report on commissioning voluntary sector infrastructure support (PDF,
#     python-docx + post-processing → LibreOffice, Liberation Sans 10.5 pt). The county's template
#     puts the recommendations in a drawn text box on the first page (DrawingML text box with the
#     VML fallback); cross-references are REF fields to bookmarks; the footer has PAGE fields; the
#     consultation page is a hyperlink.
# ---------------------------------------------------------------------------


def dunholt_vcs_infrastructure_report():
    title = "Voluntary and Community Sector Infrastructure Support: Commissioning 2026–2029"
    green = "385723"
    recs = [
        ("a", "approve the commissioning of a single voluntary and community sector infrastructure support service "
              "for Dunholt from 1 October 2026 for three years, with an option to extend for up to two further "
              "years, at a maximum annual value of £410,000;", "APPROVE"),
        ("b", "delegate authority to the Executive Director of Communities, in consultation with the Cabinet Member "
              "for Communities and Partnerships, to award the contract following the procurement set out in "
              "section 6;", "DELEGATE"),
        ("c", "agree that the current grant agreements with Dunholt Voluntary Action and Rural Dunholt Community "
              "Council are extended to 30 September 2026 so that the new service can start without a gap; and",
         "AGREE"),
        ("d", "note the findings of the co-design work carried out with the Dunholt Compact Partnership Board, "
              "summarised in Appendix B.", "NOTE"),
    ]
    box = [
        ("p", f"<<{green}|**RECOMMENDATIONS**>>"),
        ("p", "Cabinet is recommended to:"),
        ("list", "(a)", 1, [t for _n, t, _v in recs]),
    ]
    blocks = [
        ("p", f"<<{green}|**DUNHOLT COUNTY COUNCIL**>>"),
        ("p", "**CABINET – 24 FEBRUARY 2026**"),
        ("title", title),
        ("p", "**Report of:** Executive Director of Communities"),
        ("p", "**Cabinet Member:** Cabinet Member for Communities and Partnerships"),
        ("p", "**Key decision:** Yes – Forward Plan reference FP/2026/017"),
        ("p", "**Electoral divisions affected:** All"),
        ("p", "**Purpose of the report:** to seek approval to commission one infrastructure support service for the "
              "voluntary and community sector in Dunholt from October 2026, replacing two grant agreements."),
        ("textbox", {"height": 8.9, "width": 17.0, "fill": "EBF1DE", "line": green}, box),
        ("ph", 12, f"<<{green}|1. Background>>"),
        ("pn", "1.1\tThe County Council has funded infrastructure support for voluntary and community groups since "
               "2012 through two grant agreements: Dunholt Voluntary Action covers the market towns and Rural "
               "Dunholt Community Council covers the parishes. Together they cost £386,000 in 2025/26."),
        ("pn", "1.2\tBoth agreements end on 31 March 2026. The Dunholt Compact, renewed in 2025, commits the Council "
               "to give the sector at least twelve weeks’ notice of changes to its funding."),
        ("ph", 12, f"<<{green}|2. What the service will do>>"),
        ("pn", "2.1\tThe new service will give groups one place to go for help with governance, funding bids, "
               "safeguarding and volunteer recruitment, and will speak for the sector on the Compact Partnership "
               "Board and the county’s health and care partnerships."),
        ("pn", "2.2\tIt will be measured on the number of groups supported, the funding they bring into Dunholt and "
               "how groups rate the help they receive."),
        ("ph", 12, f"<<{green}|3. Options considered>>"),
        ("table", {"cols": [1.2, 9.8, 6.0], "font": 9.5, "header_fill": "D8E4BC",
                   "header": ["", "Option", "Assessment"],
                   "rows": [
                       ["1", "Extend both grant agreements for a further three years", "Not recommended: no "
                        "competition, and the gaps in coverage found in the review would remain"],
                       ["2", "Commission two services, one urban and one rural", "Not recommended: duplicates "
                        "management costs of about £45,000 a year"],
                       ["3", "Commission one county-wide service with a rural delivery requirement", "Recommended"],
                   ]}),
        ("ph", 12, f"<<{green}|4. Consultation>>"),
        ("pn", "4.1\tA twelve-week consultation ran from 6 October to 29 December 2025 on the Council’s website "
               "(⟦link|https://www.dunholt.example/consultations/vcs-support|www.dunholt.example/consultations/vcs-support⟧)."
               " It received 164 responses, 71% of them from groups with an income under £50,000."),
        ("pn", "4.2\tThe Dunholt Compact Partnership Board led three co-design workshops. Its findings are "
               "summarised in ⟦fld|REF _Ref190331655 \\h|Appendix B⟧. The Board recommended that the service should "
               "include volunteer brokerage; this is included in the specification."),
        ("ph", 12, f"<<{green}|5. Financial implications>>"),
        ("pn", "5.1\tThe maximum annual value of £410,000 is within the Communities budget for 2026/27 and the "
               "medium-term financial plan. Extending the grants to 30 September 2026 costs £193,000, which is "
               "included."),
        ("ph", 12, f"<<{green}|6. Procurement>>"),
        ("pn", "6.1\tThe service will be procured by open tender under the Procurement Act 2023, with 40% of the "
               "marks for quality, 20% for social value and 40% for price. The contract award is expected in July "
               "2026."),
        ("ph", 12, f"<<{green}|⟦bs|_Ref190331642⟧7⟦be|_Ref190331642⟧. Reasons for the recommendations>>"),
        ("pn", "7.1\tOne county-wide service gives groups the same offer wherever they are, removes duplicated "
               "costs and lets the Council test value for money through competition. The reasons are set out more "
               "fully in the options table in section 3."),
        ("ph", 12, f"<<{green}|8. Background papers and contact>>"),
        ("p", "Dunholt Compact 2025; consultation report, January 2026. Contact: Head of Communities, County Hall, "
              "Dunholt DH1 3CC – ⟦link|mailto:communities@dunholt.example|communities@dunholt.example⟧ – 01632 960 "
              "270. The recommendations in section ⟦fld|REF _Ref190331642 \\h|7⟧ are those in the box on page 1."),
        ("break",),
        ("ph", 13, f"<<{green}|⟦bs|_Ref190331655⟧Appendix B⟦be|_Ref190331655⟧ – Summary of the co-design findings>>"),
        ("p", "Three workshops were held in November 2025 at Dunholt, Ashby Cross and Fellgate, with 58 people from "
              "41 groups. Participants said that:"),
        ("list", "bullet", 1, [
            "small groups want help that comes to them, not training in the county town;",
            "one phone number and one website would be easier than two organisations;",
            "rural groups fear losing the parish-based support they know;",
            "volunteer recruitment is the greatest need since the pandemic.",
        ]),
        ("p", "The specification responds to each point: outreach in every district, a single front door, a rural "
              "delivery requirement and a volunteer brokerage service."),
    ]
    recommendations = [recommendation(n, t, verb=v, addressee="Cabinet") for n, t, v in recs]
    return {
        "name": "dunholt-cabinet-vcs-infrastructure-commissioning",
        "split": "unseen",
        "format": "lo-pdf",
        "meta": {"created": "2026-02-12", "doc_title": title, "author": "Communities Directorate",
                 "fourteenth_x": True, "ninth_m": True, "cant_split": True, "font": "Liberation Sans",
                 "size": 10.5, "title_size": 16, "title_color": green,
                 "m_footer": ("Dunholt County Council – Cabinet – 24 February 2026", "Page {PAGE} of {NUMPAGES}")},
        "blocks": blocks,
        "gold": dict(genre="county council Cabinet report with the recommendations in a drawn text box",
                     kind="committee-report", title=title, authority=DUNHOLT, date="2026-02-24", meeting="Cabinet",
                     decision_number="FP/2026/017", recommendations=recommendations),
        "layout": "PDF (python-docx, post-processed → LibreOffice), Liberation Sans 10.5 pt, an italic footer with "
                  "\"Page X of Y\" fields, rows that may not split; 3 pages. Green capitals council line, a bold "
                  "capitals \"CABINET – 24 FEBRUARY 2026\" line and the green title; bold-labelled lines (Report of / "
                  "Cabinet Member / Key decision: \"Yes – Forward Plan reference FP/2026/017\" / Electoral divisions "
                  "/ Purpose); a pale green floating text box (mc:AlternateContent: a DrawingML wps text box and a "
                  "VML v:textbox fallback with the same paragraphs) holding \"RECOMMENDATIONS\", \"Cabinet is "
                  "recommended to:\" and a Word-lettered (a)–(d) list (\";\", \"; and\"); bold green non-style "
                  "headings over typed 1.1–7.1 hanging paragraphs; an options table 1–3 (not items); \"The Board "
                  "recommended that …\" (not an item); a hyperlink to the consultation page and a mailto link; "
                  "bookmarks on the heading number \"7\" and on \"Appendix B\" with REF fields pointing to them; "
                  "after a page break, Appendix B with co-design findings as bullets (not items). In pdftotext's "
                  "text the text box's words come after the rest of page 1.",
    }


# ---------------------------------------------------------------------------
# X4. Dunholt: Compact Partnership action plan with a January 2026 progress update (PDF,
#     python-docx + post-processing → LibreOffice, landscape, Liberation Sans Narrow 9 pt table).
#     As the partners left the shared file: a status changed with tracked changes on, comments
#     on cells (not printed), soft hyphens in long words of narrow columns, non-breaking spaces
#     in dates, hyperlinks.
# ---------------------------------------------------------------------------


def dunholt_compact_action_plan():
    title = "Dunholt Compact Action Plan 2025–2027"
    purple = "5B2C6F"
    nb = "\u00a0"
    # (ref, action (printed), lead cell, owners, support, due cell, timeframe, due, status cell, status, progress)
    rows = [
        ("1. Funding and commissioning",),
        ("C1.1", "Publish a Compact funding code setting out minimum notice periods, full cost recovery and payment in "
                 "advance for grants under £25,000.",
         "Dunholt County Council (Head of Commissioning)", ["Dunholt County Council (Head of Commissioning)"],
         "Dunholt Voluntary Action", f"31{nb}July{nb}2025", "31 July 2025", "2025-07-31",
         "⟦cs|1⟧⟦del|dva|On track⟧⟦ins|dva|Complete⟧⟦ce|1⟧", "completed",
         "Code agreed by Cabinet on 9 December 2025 and published on the Council’s website."),
        ("C1.2", "Agree a single monitoring form for all council grants to community groups of under £10,000.",
         "Dunholt County Council /\nDunholt Community Foundation",
         ["Dunholt County Council", "Dunholt Community Foundation"], "", "Q1 2026/27", "Q1 2026/27", "2026-06",
         "On track", "ongoing", "Draft form tested with twelve groups; final version to the April Board."),
        ("C1.3", "Review the Council’s grant conditions with the sector and remove any that duplicate regulators’ "
                 "requirements.",
         "Head of Commissioning; Dunholt Voluntary Action", ["Head of Commissioning", "Dunholt Voluntary Action"],
         "Charity Law Advice Service", "Revised: June 2026 (was December 2025)",
         "Revised: June 2026 (was December 2025)", "2026-06", "Slipping", "ongoing",
         "Legal review took longer than planned because of the Procurement Act changes."),
        ("2. Volunteering",),
        ("C2.1", "Launch a county-wide volunteering website with one sign-up for all partners.",
         "Dunholt Voluntary Action", ["Dunholt Voluntary Action"], "Dunholt County Council (Digital)",
         f"September{nb}2026", "September 2026", "2026-09", "On track", "ongoing",
         "Supplier chosen⟦ins|dva| in December⟧; build started in January 2026 with ⟦del|dva|£40,000⟧"
         "⟦ins|dva|£42,500⟧ from the Community Foundation."),
        ("C2.2", "Offer a volunteer passport so that checks and training carried out by one partner are accepted by "
                 "the others.", "Volunteering Task Group", ["Volunteering Task Group"], "All partners", "2026/27",
         "2026/27", "2027-03", "⟦cs|2⟧Not started⟦ce|2⟧", "not-started",
         "Waiting for the refresh of the Volunteering Strategy."),
        ("3. Engagement and voice",),
        ("C3.1", f"Hold two Compact assemblies a year, open to every voluntary group in Dunholt.",
         "Compact Officer,\nDunholt Voluntary Action", ["Compact Officer", "Dunholt Voluntary Action"], "",
         "Ongoing", "Ongoing", None, "On track", "ongoing",
         "Autumn assembly held on 14 November 2025 at Fellgate with 96 people; spring assembly booked for 19 March "
         "2026."),
        ("C3.3", "Publish a joint engagement calendar so that partners do not consult the same groups at the same "
                 "time.", "Rural Dunholt Community Council", ["Rural Dunholt Community Council"],
         "Healthwatch Dunholt", f"March{nb}2026", "March 2026", "2026-03", "Not started", "not-started",
         "Partners think the calendar should wait for the new infra⟦shy⟧structure service (agenda item 5)."),
        ("C3.4", f"Set up a young people’s voice group linked to the Compact, with at least two{nb}places on the "
                 "Partnership Board.", "Dunholt Youth Network /\nHead of Communities",
         ["Dunholt Youth Network", "Head of Communities"], "", "31/12/2025", "31/12/2025", "2025-12-31",
         "Complete", "completed", "Group of 14 young people formed; two members joined the Board in January 2026."),
        ("4. Data and evidence",),
        ("C4.1", "Produce a State of the Sector report for Dunholt using the 2025 survey of groups.",
         "Dunholt Community Foundation", ["Dunholt Community Foundation"], "University of Fellgate",
         f"May{nb}2026", "May 2026", "2026-05", "On track", "ongoing",
         "Survey closed with 412 responses; analysis under way."),
        ("C4.2", "Share the Council’s community needs data with the sector through the open data portal.",
         "Dunholt County Council (Insight Team)", ["Dunholt County Council (Insight Team)"], "", "", None, None,
         "Not started", "not-started", ""),
    ]
    fills = {"Complete": "C6E0B4", "On track": "E2EFDA", "Slipping": "FFE699", "Not started": "F8CBAD"}
    table_rows = []
    for row in rows:
        if len(row) == 1:
            table_rows.append([{"text": f"**{row[0]}**", "fill": "E4DFEC", "span": 7}] + ["<"] * 6)
            continue
        ref, text, lead, _o, support, due_cell, _t, _d, status_cell, _s, progress = row
        word = accepted(status_cell)
        table_rows.append([f"**{ref}**", text, lead, support, due_cell,
                           {"text": status_cell, "fill": fills.get(word)}, progress])
    blocks = [
        ("p", f"<<{purple}|**Dunholt Compact Partnership Board**>>"),
        ("p", "<<595959|Dunholt County Council and the voluntary and community sector in Dunholt · hosted by Dunholt "
              "County Council>>"),
        ("title", title),
        ("p", "**Progress update for the Board meeting of 22 January 2026** (agenda item 4)"),
        ("p", "The Compact is the agreement between the County Council, the NHS in Dunholt and the voluntary and "
              "community sector about how they work together. It is published at "
              "⟦link|https://www.dunholt.example/compact|www.dunholt.example/compact⟧. This action plan sets out what "
              "the partners agreed to do in the first two years of the renewed Compact. Updates were added by each "
              "lead organi⟦shy⟧sation in the shared file during January 2026."),
        ("p", "**Status key:** Complete – the action has been delivered. On track – work has started and will be "
              "finished by the due date. Slipping – work has started but will finish after the due date. Not "
              "started – work has not begun."),
        ("table", {"cols": [1.3, 6.8, 3.7, 3.1, 2.5, 2.0, 6.3], "font": 9, "header_fill": "B4A7D6",
                   "header": ["Ref", "Action", "Lead organi⟦shy⟧sation(s)", "Supported by", "Due", "Status",
                              "Progress (January 2026)"],
                   "rows": table_rows}),
        ("p", "C3.2 (a shared calendar of training) was merged into C2.1 when the plan was refreshed in July 2025. "
              "Questions about the plan: Compact Officer, ⟦link|mailto:compact@dunholt.example|"
              "compact@dunholt.example⟧, 01632 960 275."),
    ]
    actions = [action(r[0], r[1], r[3], r[6], r[7], r[9]) for r in rows if len(r) > 1]
    return {
        "name": "dunholt-compact-partnership-action-plan-2025-27",
        "split": "tune",
        "format": "lo-pdf",
        "meta": {"created": "2026-01-15", "doc_title": title, "author": "Compact Officer",
                 "fourteenth_x": True, "ninth_m": True, "cant_split": True, "landscape": True,
                 "font": "Liberation Sans Narrow", "size": 10, "title_size": 16, "title_color": purple,
                 "x_track": True,
                 "m_footer": ("Dunholt Compact Action Plan – progress at January 2026", "Page {PAGE} of {NUMPAGES}"),
                 "x_authors": {"dva": ("Dunholt Voluntary Action", "2026-01-12T14:03:00Z")},
                 "x_comments": {
                     1: ("Dunholt Voluntary Action", "DVA", "2026-01-12T14:05:00Z",
                         "Marked Complete – the code went to Cabinet in December. Please check before the Board."),
                     2: ("Compact Officer", "CO", "2026-01-13T10:21:00Z",
                         "Task group not set up yet – see item 7 on the agenda."),
                 }},
        "blocks": blocks,
        "gold": dict(genre="county compact partnership action plan with a progress update, edited by the partners "
                           "in a shared file", kind="action-plan", title=title, authority=DUNHOLT,
                     date="2026-01-22", meeting="Dunholt Compact Partnership Board", actions=actions),
        "layout": "PDF (python-docx, post-processed → LibreOffice), landscape, Liberation Sans Narrow 10 pt with a "
                  "9 pt table, an italic footer with \"Page X of Y\" fields, rows that may not split; 2 pages. A "
                  "purple board line, a grey hosting line, the title and a bold \"Progress update for the Board "
                  "meeting of 22 January 2026\" line; an introduction with a hyperlink; a status key in a paragraph "
                  "(Complete / On track / Slipping / Not started); a table Ref | Action | Lead organisation(s) | "
                  "Supported by | Due | Status | Progress (January 2026) with a lilac header and four theme rows "
                  "merged across all columns; refs C1.1–C4.2 with C3.2 missing (explained below the table); leads "
                  "split by \"/\" plus line break, \";\" and \",\" plus line break, bodies with bracketed teams; due "
                  "cells \"31 July 2025\", \"Q1 2026/27\", \"Revised: June 2026 (was December 2025)\", \"September "
                  "2026\", \"2026/27\", \"Ongoing\", \"March 2026\", \"31/12/2025\", \"May 2026\" and one empty; "
                  "statuses as words in shaded cells. Word structures: a status changed from \"On track\" to "
                  "\"Complete\" and a progress note edited with tracked changes (trackRevisions on, view set to the "
                  "final text); two comments on status cells (comments.xml; not printed); soft hyphens "
                  "(w:softHyphen) in \"organisation\" and \"infrastructure\"; non-breaking spaces in dates and in "
                  "one action; two hyperlinks.",
    }


# ---------------------------------------------------------------------------
# X5. Dunholt: Compact Partnership Board minutes (PDF, HTML → Chromium, Liberation Sans).
#     Minute numbers CPB/26/01–08; "AGREED: that …" lines and "The Board AGREED:" over (a)/(b);
#     bold "Action:" lines with owners, some with dates; "The Board noted …" items (not decisions).
# ---------------------------------------------------------------------------


def dunholt_compact_board_minutes():
    board = "Dunholt Compact Partnership Board"
    plum = "5B2C6F"
    # (item, number, printed words after the stem, gold text)
    agreed = {
        "CPB/26/03": "the minutes of the meeting held on 16 October 2025 be approved as a correct record.",
        "CPB/26/04": "action C3.3 (joint engagement calendar) be deferred to the 2026/27 plan year, to start once the "
                     "new infrastructure support service is in place.",
        "CPB/26/07": "a task group of four members be set up to oversee the refresh of the Dunholt Volunteering "
                     "Strategy, reporting to the Board’s meeting on 23 April 2026.",
    }
    parts = [
        ("a", "to support the proposal for a single county-wide infrastructure support service, as set out in the "
              "draft Cabinet report; and"),
        ("b", "that the Chair writes to the Cabinet Member for Communities and Partnerships before the Cabinet meeting "
              "on 24 February 2026, asking that the rural delivery requirement is kept in the specification."),
    ]
    # (printed words after "Action:", owners, timeframe, due)
    acts = [
        ("Compact Officer to circulate the revised action plan to all members by 13 February 2026.",
         ["Compact Officer"], "by 13 February 2026", "2026-02-13"),
        ("Chair and Compact Officer to draft the letter to the Cabinet Member by 6 February 2026.",
         ["Chair", "Compact Officer"], "by 6 February 2026", "2026-02-06"),
        ("Chief Executive, Dunholt Community Foundation to share the full survey results with members by the next "
         "meeting.", ["Chief Executive, Dunholt Community Foundation"], "by the next meeting", None),
        ("Head of Communities to convene the first meeting of the task group.", ["Head of Communities"], None, None),
    ]
    css = ("@page { margin: 18mm 17mm 20mm 17mm; "
           "@bottom-right { content: \"Page \" counter(page); font-family: 'Liberation Sans', sans-serif; "
           "font-size: 8pt; color: #555555; } "
           "@bottom-left { content: \"Dunholt Compact Partnership Board – 22 January 2026 – draft until approved\"; "
           "font-family: 'Liberation Sans', sans-serif; font-size: 8pt; color: #555555; } }\n"
           "h1.title { font-size: 17pt; margin: 4pt 0 2pt 0; }\n"
           f"h2 {{ font-size: 11pt; color: #{plum}; border-bottom: 0.6pt solid #{plum}; padding-bottom: 1pt; "
           "page-break-after: avoid; }\n"
           "p, li { break-inside: avoid; }\n")
    blocks = [
        ("p", "**DUNHOLT COUNTY COUNCIL**"),
        ("title", board),
        ("p", "Minutes of the meeting held on Thursday 22 January 2026 at 2.00 pm in the Fell Room, County Hall, "
              "Dunholt"),
        ("table", {"cols": [4.2, 12.8], "borders": False, "font": 9.5, "rows": [
            ["**Present**", "Councillor J.H. (Chair, Cabinet Member for Communities and Partnerships); L.B. (Vice-Chair, "
                            "Chief Executive, Dunholt Voluntary Action); Councillor M.E.; Chief Executive, Dunholt "
                            "Community Foundation; Director, Rural Dunholt Community Council; Head of Communities; "
                            "Partnership Lead, NHS Dunholt Place; two members of the Dunholt Youth Network (A.K., "
                            "S.R.)"],
            ["**In attendance**", "Compact Officer; Head of Commissioning (item 5); Democratic Services Officer"],
            ["**Apologies**", "Manager, Healthwatch Dunholt; Councillor P.W."],
        ]}),
        ("h", 2, "CPB/26/01 Welcome and apologies"),
        ("p", "The Chair welcomed members, in particular the two new members from the Dunholt Youth Network. Apologies "
              "were noted as above."),
        ("h", 2, "CPB/26/02 Declarations of interest"),
        ("p", "L.B. declared an interest in item 5 as Dunholt Voluntary Action holds one of the current grant "
              "agreements, and took no part in the discussion of the service specification."),
        ("h", 2, "CPB/26/03 Minutes of the last meeting"),
        ("p", "**AGREED:** that " + agreed["CPB/26/03"]),
        ("h", 2, "CPB/26/04 Compact Action Plan 2025–2027: progress"),
        ("p", "The Compact Officer presented the progress update. Two actions were complete, five were on track or "
              "slipping and three had not started. Members asked why the review of grant conditions (C1.3) had "
              "slipped; the Head of Commissioning explained that the legal review had taken longer than planned."),
        ("p", "The Board noted the progress update."),
        ("p", "**AGREED:** that " + agreed["CPB/26/04"]),
        ("p", "**Action:** " + acts[0][0]),
        ("h", 2, "CPB/26/05 Voluntary and community sector infrastructure support"),
        ("p", "The Head of Commissioning presented the draft report to Cabinet on 24 February 2026, which proposes one "
              "county-wide service from October 2026 in place of the two grant agreements. Members welcomed the "
              "single front door but were concerned that small rural groups could lose face-to-face support. The "
              "Director of Rural Dunholt Community Council recommended that the contract should require a named "
              "worker in each district."),
        ("p", "The Board **AGREED**:"),
        ("list", "(a)", 1, [t for _n, t in parts]),
        ("p", "**Action:** " + acts[1][0]),
        ("h", 2, "CPB/26/06 Cost of living: survey of voluntary groups"),
        ("p", "The Chief Executive of Dunholt Community Foundation presented the early results of the survey of 412 "
              "groups. Six in ten groups had seen demand rise in 2025, and one in five had used reserves to cover "
              "energy costs. The Board thanked the Foundation and noted the results."),
        ("p", "**Action:** " + acts[2][0]),
        ("h", 2, "CPB/26/07 Volunteering Strategy refresh"),
        ("p", "The Head of Communities explained that the Volunteering Strategy 2021–2025 had expired and that the "
              "volunteer passport (action C2.2) depended on its refresh. Members suggested that the task group "
              "should include a member from the faith sector."),
        ("p", "**AGREED:** that " + agreed["CPB/26/07"]),
        ("p", "**Action:** " + acts[3][0]),
        ("h", 2, "CPB/26/08 Any other business and date of next meeting"),
        ("p", "The spring Compact assembly will be held on 19 March 2026 at Ashby Cross. The next meeting of the Board "
              "will be on Thursday 23 April 2026 at 2.00 pm."),
        ("p", "The meeting ended at 3.55 pm."),
        ("p", "<<595959|Contact: Democratic Services Officer, County Hall, Dunholt DH1 3CC – "
              "democratic.services@dunholt.example – 01632 960 262>>"),
    ]
    decisions = ([decision("CPB/26/03", None, agreed["CPB/26/03"], board),
                  decision("CPB/26/04", None, agreed["CPB/26/04"], board)]
                 + [decision("CPB/26/05", n, t, board) for n, t in parts]
                 + [decision("CPB/26/07", None, agreed["CPB/26/07"], board)])
    actions = [action(None, text, owners, timeframe, due, None) for text, owners, timeframe, due in acts]
    return {
        "name": "dunholt-compact-partnership-board-minutes-january-2026",
        "split": "unseen",
        "format": "chromium-pdf",
        "meta": {"doc_title": board + " – minutes – 22 January 2026", "ninth_m": True, "m_css": css,
                 "css_font": "'Liberation Sans', sans-serif", "size": 10, "title_color": plum},
        "blocks": blocks,
        "gold": dict(genre="county compact partnership board minutes with AGREED items and Action: lines",
                     kind="minutes", title=board, authority=DUNHOLT, date="2026-01-22", meeting=board,
                     decisions=decisions, actions=actions),
        "layout": "PDF (HTML → Chromium), Liberation Sans 10 pt, CSS page-margin boxes (a grey \"draft until "
                  "approved\" line bottom left, \"Page n\" bottom right); 3 pages. A bold capitals council line "
                  "above the plum title (the Board's name) and a meeting line; a borderless attendance table "
                  "(Present / In attendance / Apologies, initials and posts; not items); h2 minutes \"CPB/26/01 …\" "
                  "to \"CPB/26/08 …\" with plum rules; bold \"AGREED:\" followed by \"that …\" in the same "
                  "paragraph (03, 04, 07); \"The Board AGREED:\" over an HTML-lettered (a)/(b) list (\"to support "
                  "…; and\", \"that the Chair writes …\"); \"The Board noted …\" (not decisions); \"… recommended "
                  "that the contract should …\" (not an item); four bold \"Action:\" lines (\"… by 13 February "
                  "2026.\", \"… by 6 February 2026.\", \"… by the next meeting.\", one with no date), one owner "
                  "written as \"post, body\"; a declaration of interest; next meeting and contact lines.",
    }


# ---------------------------------------------------------------------------
# X6. Brackwater: community safety partnership quarterly briefing (DOCX, pandoc from Markdown).
#     An information paper with nothing to find. Left as the analyst sent it round: pandoc's own
#     comment spans (comments.xml with range marks), tracked insertions and deletions (w:ins /
#     w:del), and footnotes.
# ---------------------------------------------------------------------------


def brackwater_csp_briefing():
    title = "Safer Brackwater Partnership: Quarter 3 2025/26 Community Safety Briefing"
    when = 'date="2026-01-16T09:30:00Z"'
    ins = '{.insertion author="Community Safety Analyst" ' + when + '}'
    dele = '{.deletion author="Community Safety Analyst" ' + when + '}'
    table = "\n".join([
        "| Crime type | Q3 2024/25 | Q3 2025/26 | Change |",
        "|:-----------------------------|-----------:|-----------:|-------:|",
        "| Violence with injury | 412 | 389 | −6% |",
        "| Residential burglary | 301 | 254 | −16% |",
        "| Theft of and from vehicles | 528 | 561 | +6% |",
        "| Robbery of personal property | 147 | 119 | −19% |",
        "| Anti-social behaviour incidents | 1,386 | 1,212 | −13% |",
        "| Domestic abuse incidents | 903 | 947 | +5% |",
    ])
    markdown = f"""**London Borough of Brackwater** · Safer Brackwater Partnership

# {title}

*For the Safer Brackwater Partnership Board, 29 January 2026 – agenda item 6. For information.*

## About this briefing

This briefing summarises crime and anti-social behaviour in Brackwater for October to December 2025
(quarter 3 of 2025/26), with the same quarter of last year for comparison.[^1] It is for information only.
The Board is not asked to make any decisions on this item.

## Headlines

- Recorded crime fell by 4% on the same quarter last year, to 6,018 offences.
- Residential burglary fell for the fourth quarter running, [after the target-hardening scheme on the
  Millbank and Riverside estates]{ins}[following the summer campaign]{dele}.
- Theft of and from vehicles rose, mostly in the multi-storey car parks near Brackwater Broadway station.
- Domestic abuse incidents rose by 5%. [Analyst note]{{.comment-start id="1" author="Head of Community Safety" {when}}}The rise
  is thought to reflect more reporting after the autumn awareness campaign rather than more abuse.[]{{.comment-end id="1"}}

## Crime by type

{table}

Figures are police recorded crime for the borough.[^2] Anti-social behaviour incidents include those reported
to the Council’s ASB team as well as to the police.

## Areas of focus

**Brackwater Broadway.** The night-time economy accounted for a third of violence with injury. Licensed premises
in the area took part in the Safe Night Out scheme throughout December, with [44]{ins}[38]{dele} venues signed up.

**Vehicle crime.** Most offences were thefts from vans and of catalytic converters. The police have increased
patrols in the three car parks most affected.

**Young people.** First-time entrants to the youth justice system fell to 21 in the quarter, from 29 a year
earlier.

## What the partners are already doing

The work reported here is part of the Partnership’s Community Safety Plan 2025–2028, whose actions and owners are
reported to the Board each half year. The next half-year report will come to the Board in April 2026.

## Contact

Community Safety Analyst, Brackwater Town Hall, Market Street, London BW1 4TH – community.safety@brackwater.example –
01632 960 355

[^1]: Quarter 3 runs from 1 October to 31 December. Figures were extracted on 9 January 2026 and may change slightly
    as crimes are reclassified.

[^2]: Source: Brackwater Basic Command Unit crime data; anti-social behaviour from the Council’s case management
    system.
"""
    return {
        "name": "brackwater-community-safety-partnership-briefing-q3",
        "split": "tune",
        "format": "pandoc-docx",
        "meta": {"created": "2026-01-16"},
        "markdown": markdown,
        "blocks": [],
        "gold": dict(genre="community safety partnership quarterly information briefing with nothing to find, left "
                           "with comments and tracked changes", kind="other", title=title, authority=BRACKWATER,
                     date="2026-01-29", meeting="Safer Brackwater Partnership Board"),
        "layout": "DOCX (pandoc from Markdown), pandoc's styles; 2 pages. A bold borough line, the Heading 1 title and "
                  "an italic \"For the Safer Brackwater Partnership Board, 29 January 2026 – agenda item 6. For "
                  "information.\" line; \"It is for information only. The Board is not asked to make any decisions "
                  "on this item.\"; headline bullets; a crime-type pipe table; areas of focus with bold lead words; "
                  "\"What the partners are already doing\" naming the plan but no actions; a contact line. Word "
                  "structures: two footnotes, one comment by the Head of Community Safety around a headline "
                  "sentence (comments.xml, range marks), tracked insertions and deletions (w:ins / w:del) in a "
                  "headline and a figure, all from pandoc's own spans.",
    }


PAPERS = [
    brackwater_exclusions_review,
    brackwater_damp_mould_response,
    dunholt_vcs_infrastructure_report,
    dunholt_compact_action_plan,
    dunholt_compact_board_minutes,
    brackwater_csp_briefing,
]
