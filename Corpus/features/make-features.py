#!/usr/bin/env python3
"""Writes the small hand-made DOCX files in this folder, one per group of Word features
the corpus renditions do not exercise (tracked changes, fields, content controls, text
boxes, nested and merged tables, notes, symbols, lists).

Run from anywhere: python3 Corpus/features/make-features.py
The output is deterministic (fixed zip timestamps), so re-running changes nothing.
"""
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

NS = (f'xmlns:w="{W}" xmlns:r="{R}" xmlns:mc="{MC}" xmlns:wps="{WPS}" xmlns:wp="{WP}" '
      f'xmlns:a="{A}" xmlns:v="{V}" mc:Ignorable="wps"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

STYLES = DECL + f'''<w:styles xmlns:w="{W}">
<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="SectionHead"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subsection"><w:name w:val="Council Subsection"/><w:basedOn w:val="Heading1"/>
  <w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/>
  <w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="table" w:styleId="Grid"><w:name w:val="Table Grid"/>
  <w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="123456"/></w:tcPr></w:tblStylePr></w:style>
</w:styles>'''

NUMBERING = DECL + f'''<w:numbering xmlns:w="{W}">
<w:abstractNum w:abstractNumId="0">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%2)"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="2">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="3">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%1."/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="2"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1:"/></w:lvl></w:lvlOverride></w:num>
</w:numbering>'''


def p(text, style=None, num=None, extra_ppr=""):
    ppr = ""
    if style or num or extra_ppr:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
        ppr += extra_ppr + "</w:pPr>"
    body = f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>' if text else ""
    return f"<w:p>{ppr}{body}</w:p>"


def r(text, rpr=""):
    props = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


def document(body):
    return DECL + f'<w:document {NS}><w:body>{body}<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/></w:sectPr></w:body></w:document>'


def content_types(extra=()):
    overrides = "".join(f'<Override PartName="/{name}" ContentType="{kind}"/>' for name, kind in extra)
    return DECL + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   f'{overrides}</Types>')


def rels(entries):
    items = "".join(
        f'<Relationship Id="{rid}" Type="{REL}/{kind}" Target="{target}"' + (' TargetMode="External"' if external else "") + "/>"
        for rid, kind, target, external in entries)
    return DECL + f'<Relationships xmlns="{PKG}">{items}</Relationships>'


def write(name, body, parts=None, doc_rels=(), core=None):
    parts = dict(parts or {})
    root = [("rId1", "officeDocument", "word/document.xml", False)]
    if core:
        parts["docProps/core.xml"] = core
        root.append(("rId2", "metadata/core-properties", "docProps/core.xml", False))
    files = {
        "[Content_Types].xml": content_types(),
        "_rels/.rels": rels(root).replace(f"{REL}/metadata/core-properties",
                                          "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"),
        "word/document.xml": document(body),
        "word/_rels/document.xml.rels": rels([
            ("rIdS", "styles", "styles.xml", False), ("rIdN", "numbering", "numbering.xml", False), *doc_rels]),
        "word/styles.xml": STYLES,
        "word/numbering.xml": NUMBERING,
        **parts,
    }
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in files.items():
            info = zipfile.ZipInfo(part, date_time=(2008, 10, 8, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def lists():
    body = "".join([
        p("Self Evaluation and Action Plan", "Title"),
        p("Inter-agency governance", "Heading1"),
        p("Integrated strategy", "SectionHead"),
        p("Workforce development", "Subsection"),
        p("Not a heading after all", "Heading1", extra_ppr='<w:outlineLvl w:val="9"/>'),
        p("Sector will need support", num=(1, 0)),
        p("terms of reference", num=(1, 1)),
        p("membership", num=(1, 1)),
        p("first sub-point", num=(1, 2)),
        p("", num=(1, 0)),
        p("Specific NGO led items", num=(1, 0)),
        p("restarted letter", num=(1, 1)),
        p("Continues from five", num=(2, 0)),
        p("Styled bullet", "ListBullet"),
        p("Direct bullet", num=(3, 0)),
        p("Chapter", num=(4, 0)),
        p("Section one", num=(4, 1)),
        p("Section two", num=(4, 1)),
        p("Overridden level", num=(5, 0)),
        p("Unknown list", num=(9, 0)),
        p("Numbering removed", "ListBullet", extra_ppr=""),
    ])
    # The last paragraph removes its style's numbering with numId 0.
    body = body.replace('<w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t xml:space="preserve">Numbering removed',
                        '<w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t xml:space="preserve">Numbering removed')
    write("lists.docx", body)


def fields():
    hyperlink_field = (
        "<w:p>" + r("NGO services to be included in the revised ASK Thurrock ( ")
        + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + '<w:r><w:instrText xml:space="preserve"> HYPERLINK "http://www.askThurrock.org.uk/" </w:instrText></w:r>'
        + '<w:r><w:instrText xml:space="preserve">\\o "Ask Thurrock"</w:instrText></w:r>'
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + r("www.askThurrock.org.uk", '<w:color w:val="0000FF"/>')
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
        + r(") directory of services.") + "</w:p>")
    simple = ('<w:p>' + r("Printed on page ") + '<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT ">'
              + r("4") + '</w:fldSimple>' + r(" of the plan.") + '</w:p>')
    nested = ('<w:p>' + r("Status: ")
              + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r>'
              + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> MERGEFIELD Status </w:instrText></w:r>'
              + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("«Status»")
              + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
              + '<w:r><w:instrText xml:space="preserve"> = "Done" "Completed" "Ongoing" </w:instrText></w:r>'
              + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("Completed")
              + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    toc = ('<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3" \\h \\z \\u </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
           '<w:hyperlink w:anchor="_Toc1">' + r("Introduction\t2") + '</w:hyperlink></w:p>'
           '<w:p><w:hyperlink w:anchor="_Toc2">' + r("Action plan\t7") + '</w:hyperlink>'
           '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    linked = ('<w:p>' + r("More details at ") + '<w:hyperlink r:id="rIdL1">'
              + r("www.vcsengage.org.uk", '<w:rStyle w:val="Strong"/><w:u w:val="single"/>') + '</w:hyperlink>' + r(".") + '</w:p>')
    uncached = ('<w:p>' + r("Date: ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + r("end") + '</w:p>')
    footer = DECL + f'<w:ftr {NS}><w:p>' + r("Page ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>' + r("3") + '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>'
    write("fields.docx", hyperlink_field + simple + nested + toc + linked + uncached,
          parts={"word/footer1.xml": footer},
          doc_rels=[("rIdL1", "hyperlink", "http://www.vcsengage.org.uk", True), ("rIdF1", "footer", "footer1.xml", False)])


def revisions():
    body = ("<w:p>" + r("The Trust will ")
            + '<w:ins w:id="1" w:author="Officer" w:date="2008-06-01T00:00:00Z">' + r("review the plan ") + "</w:ins>"
            + '<w:del w:id="2" w:author="Officer" w:date="2008-06-01T00:00:00Z"><w:r><w:delText>abandon the plan </w:delText></w:r></w:del>'
            + r("every six months.") + "</w:p>"
            + "<w:p>" + '<w:moveFrom w:id="3" w:author="Officer">' + r("Moved sentence.") + "</w:moveFrom>" + r("Stays.") + "</w:p>"
            + "<w:p>" + '<w:moveTo w:id="4" w:author="Officer">' + r("Moved sentence.") + "</w:moveTo>" + "</w:p>"
            + '<w:p><w:r><w:rPr><w:rPrChange w:id="5" w:author="Officer"><w:rPr><w:b/></w:rPr></w:rPrChange></w:rPr><w:t>Once bold, now plain.</w:t></w:r></w:p>'
            + '<w:p><w:del w:id="6" w:author="Officer"><w:r><w:delText>Entirely deleted paragraph.</w:delText></w:r></w:del></w:p>')
    write("revisions.docx", body)


def layout():
    textbox_choice = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        '<wps:wsp><wps:txbx><w:txbxContent>' + p("Key message: engage the sector early.") + '</w:txbxContent></wps:txbx></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>' + p("Key message: engage the sector early.")
        + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    vml_only = ('<w:r><w:pict><v:shape><v:textbox><w:txbxContent>' + p("VML box text")
                + '</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
    body = "".join([
        '<w:sdt><w:sdtPr><w:alias w:val="Lead"/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr>'
        '<w:sdtContent>' + p("Lead officer: Partnership Manager") + '</w:sdtContent></w:sdt>',
        '<w:sdt><w:sdtPr><w:alias w:val="Evidence"/><w:placeholder><w:docPart w:val="Y"/></w:placeholder><w:showingPlcHdr/></w:sdtPr>'
        '<w:sdtEndPr/><w:sdtContent>' + p("Click or tap here to enter text.") + '</w:sdtContent></w:sdt>',
        '<w:p>' + r("Timeframe: ") + '<w:sdt><w:sdtPr><w:date/></w:sdtPr><w:sdtContent>' + r("September 2008") + '</w:sdtContent></w:sdt>'
        + r(" Owner: ") + '<w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>' + r("Enter a name.")
        + '</w:sdtContent></w:sdt></w:p>',
        '<w:p>' + r("Anchor paragraph.") + textbox_choice + '</w:p>',
        '<w:p>' + r("Second anchor.") + vml_only + '</w:p>',
        '<w:p>' + '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>' + r(" Bullet by symbol; tick ")
        + '<w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r>' + r("; unknown ")
        + '<w:r><w:sym w:font="Wingdings" w:char="F021"/></w:r>' + r("end") + '</w:p>',
        '<w:p>' + r("\uf0b7", '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>') + r(" Symbol-font bullet") + '</w:p>',
        '<w:p>' + r("Stray\uf0a7glyph\ufffd") + '</w:p>',
        '<w:p>' + r("self") + '<w:r><w:noBreakHyphen/></w:r>' + r("evaluation") + '<w:r><w:softHyphen/></w:r>'
        + r("tool") + '<w:r><w:tab/></w:r>' + r("Lead") + '<w:r><w:br/></w:r>' + r("Next line") + '</w:p>',
        '<w:p>' + r("Visible ") + r("hidden ", "<w:vanish/>") + r("text") + '</w:p>',
        '<w:p>' + r("Plain ") + r("bold", "<w:b/>") + r(" and ") + r("highlighted", '<w:highlight w:val="yellow"/>')
        + r(" and ") + r("shaded", '<w:shd w:val="clear" w:color="auto" w:fill="ffc000"/>') + r(" and ")
        + r("red", '<w:color w:val="FF0000"/>') + r(" and ") + r("italic", "<w:i/>") + r(" and ") + r("black", '<w:color w:val="000000"/>') + '</w:p>',
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>' + r("Bold ") + r("heading", '<w:sz w:val="28"/>') + r(" text here") + '</w:p>',
        '<w:p>' + r("   ") + '</w:p>',
        '<w:p>' + '<w:smartTag w:element="place">' + r("Thurrock") + '</w:smartTag>' + r(" Council") + '</w:p>',
    ])
    write("layout.docx", body)


def tables():
    def tc(text, tcpr=""):
        props = f"<w:tcPr>{tcpr}</w:tcPr>" if tcpr else ""
        return f"<w:tc>{props}{p(text)}</w:tc>"
    nested = ('<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>'
              '<w:tr>' + tc("Inner A") + tc("Inner B") + '</w:tr></w:tbl>')
    rag = ('<w:tbl><w:tblPr><w:tblStyle w:val="Grid"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>'
           '<w:tr><w:trPr><w:tblHeader/></w:trPr>' + tc("Red") + tc("Amber") + tc("Green") + '</w:tr>'
           '<w:tr>' + tc("", '<w:shd w:val="clear" w:color="auto" w:fill="auto"/>')
           + tc("", '<w:shd w:val="clear" w:color="auto" w:fill="ffc000"/>') + tc("") + '</w:tr>'
           '<w:tr>' + tc("Spans two", '<w:gridSpan w:val="2"/>') + tc("Solid", '<w:shd w:val="solid" w:color="00B050" w:fill="auto"/>') + '</w:tr>'
           '</w:tbl>')
    merged = ('<w:tbl><w:tblPr><w:shd w:val="clear" w:color="auto" w:fill="D9D9D9"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>'
              '<w:tr>' + tc("Area for development") + tc("Lead") + '</w:tr>'
              '<w:tr>' + tc("1. Inter-agency governance", '<w:vMerge w:val="restart"/>') + tc("NGO Forum") + '</w:tr>'
              '<w:tr>' + tc("", '<w:vMerge/>') + tc("DCS, Partnership Manager") + '</w:tr>'
              '<w:tr>' + tc("", '<w:vMerge/>') + '<w:tc>' + p("Trust board") + nested + p("") + '</w:tc></w:tr>'
              '<w:tr>' + tc("2. Integrated strategy") + tc("Engagement lead", '<w:shd w:val="clear" w:fill="auto"/>') + '</w:tr>'
              '</w:tbl>')
    exceptions = ('<w:tbl><w:tblPr><w:shd w:val="clear" w:fill="D9D9D9"/></w:tblPr><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>'
                  '<w:tr><w:tblPrEx><w:shd w:val="clear" w:color="auto" w:fill="FF0000"/></w:tblPrEx>'
                  + tc("Row shaded") + tc("Own fill", '<w:shd w:val="clear" w:fill="00B050"/>') + '</w:tr>'
                  '<w:tr>' + tc("Table fill") + tc("No fill", '<w:shd w:val="clear" w:fill="auto"/>') + '</w:tr></w:tbl>')
    shaded = '<w:pPr><w:shd w:val="clear" w:color="auto" w:fill="FFC000"/></w:pPr>'
    paragraph_fills = ('<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>'
                       + tc("Red") + f'<w:tc><w:p>{shaded}{r("Amber")}</w:p></w:tc>'
                       + f'<w:tc><w:p>{shaded}{r("Half")}</w:p>{p("shaded")}</w:tc>'
                       + f'<w:tc><w:tcPr><w:shd w:val="clear" w:fill="auto"/></w:tcPr><w:p>{shaded}{r("Cell says auto")}</w:p></w:tc>'
                       + '</w:tr></w:tbl>')
    body = (p("Ratings") + rag + p("Action plan") + merged + p("After the tables") + exceptions
            + paragraph_fills)
    write("tables.docx", body)


def notes():
    footnotes = DECL + f'''<w:footnotes {NS}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>{r(" Revised statutory guidance on Children’s Trusts, DCSF 2008.")}</w:p></w:footnote>
<w:footnote w:id="2"><w:p>{r("Children Act 2004, section 10.")}</w:p></w:footnote>
</w:footnotes>'''
    endnotes = DECL + f'''<w:endnotes {NS}>
<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
<w:endnote w:id="1"><w:p>{r("See appendix 1 for the grading definitions.")}</w:p></w:endnote>
</w:endnotes>'''
    header = DECL + f'<w:hdr {NS}>{p("Thurrock Children’s Trust – Self Evaluation")}</w:hdr>'
    footer = DECL + f'<w:ftr {NS}>{p("Draft for consultation")}</w:ftr>'
    core = DECL + ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                   'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
                   'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                   '<dc:title>Thurrock Self Evaluation and Action Plan</dc:title><dc:creator>Engagement Lead</dc:creator>'
                   '<dc:description></dc:description>'
                   '<dcterms:created xsi:type="dcterms:W3CDTF">2008-06-02T09:00:00Z</dcterms:created>'
                   '<dcterms:modified xsi:type="dcterms:W3CDTF">2008-07-15T16:30:00Z</dcterms:modified></cp:coreProperties>')
    body = (p("Introduction", "Heading1")
            + "<w:p>" + r("Crucially, the sector should be closely engaged.") + '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
            + "<w:tbl><w:tr><w:tc><w:p>" + r("Section 10 duty") + '<w:r><w:footnoteReference w:id="2"/></w:r></w:p></w:tc></w:tr></w:tbl>'
            + "<w:p>" + r("Ratings follow the appendix.") + '<w:r><w:endnoteReference w:id="1"/></w:r></w:p>')
    write("notes.docx", body,
          parts={"word/footnotes.xml": footnotes, "word/endnotes.xml": endnotes,
                 "word/header1.xml": header, "word/footer1.xml": footer},
          doc_rels=[("rIdFn", "footnotes", "footnotes.xml", False), ("rIdEn", "endnotes", "endnotes.xml", False),
                    ("rIdH1", "header", "header1.xml", False), ("rIdF1", "footer", "footer1.xml", False)],
          core=core)


def lying_sizes():
    """A package whose document.xml claims to be small but inflates to 48 MiB: the extractor
    must stop inflating at its limits instead of trusting the header."""
    filler = "<w:p/>" * (48 * 1024 * 1024 // 6)
    path = os.path.join(HERE, "lying-sizes.docx")
    write("lying-sizes.docx", filler)
    with open(path, "rb") as handle:
        data = bytearray(handle.read())
    real = None
    with zipfile.ZipFile(path) as archive:
        real = archive.getinfo("word/document.xml").file_size
    claimed = 4096
    # Rewrite the uncompressed size in the local header and the central directory entry.
    name = b"word/document.xml"
    offset = 0
    while True:
        offset = data.find(name, offset)
        if offset < 0:
            break
        if data[offset - 30:offset - 26] == b"PK\x03\x04":
            data[offset - 30 + 22:offset - 30 + 26] = claimed.to_bytes(4, "little")
        elif data[offset - 46:offset - 42] == b"PK\x01\x02":
            data[offset - 46 + 24:offset - 46 + 28] = claimed.to_bytes(4, "little")
        offset += len(name)
    assert real > claimed
    with open(path, "wb") as handle:
        handle.write(bytes(data))


def malformed():
    """A package whose document.xml is cut off mid-paragraph."""
    write("malformed.docx", "<w:p><w:r><w:t>Unfinished")
    path = os.path.join(HERE, "malformed.docx")
    with zipfile.ZipFile(path) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts["word/document.xml"] = parts["word/document.xml"].split(b"Unfinished")[0] + b"Unfinished"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in parts.items():
            info = zipfile.ZipInfo(part, date_time=(2008, 10, 8, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def unterminated_field():
    """A field that begins and never ends: everything after its start is instruction."""
    body = (p("Before the field.") + "<w:p>" + r("Shown ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            + '<w:r><w:instrText> PAGE </w:instrText></w:r>' + r("never shown") + "</w:p>" + p("Also never shown."))
    write("unterminated-field.docx", body)


def deep_nesting():
    """Tables nested 80 deep (read) and 120 deep (past libxml2's depth limit of 256 elements:
    refused as malformed, never a stack overflow)."""
    def nested(depth):
        inner = p("Innermost cell")
        for level in range(depth):
            inner = f"<w:tbl><w:tr><w:tc>{p(f'Level {depth - level}')}{inner}</w:tc></w:tr></w:tbl>"
        return inner + p("After")
    write("deep-tables.docx", nested(80))
    write("too-deep-tables.docx", nested(120))


def odd_part_names():
    """Part names in other case and with backslashes, as some writers store them: OPC part
    names are case-insensitive."""
    write("odd-part-names.docx", p("Found through a case-insensitive part name.", "Heading1"))
    path = os.path.join(HERE, "odd-part-names.docx")
    with zipfile.ZipFile(path) as archive:
        parts = [(info.filename, archive.read(info)) for info in archive.infolist()]
    renamed = {"word/document.xml": "Word\\Document.XML", "word/styles.xml": "word/Styles.xml"}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, data in parts:
            info = zipfile.ZipInfo(renamed.get(part, part), date_time=(2008, 10, 8, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


if __name__ == "__main__":
    lists()
    fields()
    revisions()
    layout()
    tables()
    notes()
    lying_sizes()
    malformed()
    unterminated_field()
    deep_nesting()
    odd_part_names()
