"""HTML rendition of a (rewritten) corpus source: what a web page or an HTML export holds.

List labels are typed as text ("a) ", "1. ", "(iv) "), bullets are <ul>, tables are
<table> with colspan and background colours, footnotes are numbered notes at the end.
The same HTML feeds LibreOffice (docx-libreoffice) and Chromium (pdf-chromium).
"""

import html

from model import label_text, parse_source

CSS = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.3; }
h1 { font-size: 15pt; margin: 14pt 0 6pt; }
h2 { font-size: 12.5pt; margin: 10pt 0 4pt; }
h3 { font-size: 11pt; margin: 8pt 0 4pt; }
p { margin: 0 0 6pt; }
p.title { font-size: 18pt; font-weight: bold; margin-bottom: 12pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0 10pt; }
td, th { border: 1px solid #000; padding: 3pt 5pt; vertical-align: top; text-align: left; }
td p, th p { margin: 0 0 3pt; }
ul { margin: 0 0 6pt 18pt; padding: 0; }
ul ul { margin-bottom: 0; }
p.item { margin-left: 24pt; text-indent: -18pt; }
.footnotes { font-size: 8.5pt; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
"""


def page_css(meta):
    header = html.escape(meta.get("header", meta.get("title", "")).replace('"', "'"))
    return (
        "@page { size: A4; margin: 20mm 18mm;"
        f' @top-center {{ content: "{header}"; font-size: 8pt; }}'
        ' @bottom-center { content: "Page " counter(page); font-size: 8pt; } }\n'
        "@page wide { size: A4 landscape; }\n"
        ".landscape { page: wide; }\n"
    )


class HTMLWriter:
    def __init__(self, meta, blocks, chromium):
        self.meta, self.blocks, self.chromium = meta, blocks, chromium
        self.notes = []

    def inline(self, spans):
        out = []
        for s in spans:
            if s["kind"] == "note":
                self.notes.append(s["text"])
                n = len(self.notes)
                out.append(f'<sup><a href="#note{n}" id="ref{n}">{n}</a></sup>')
                continue
            text = html.escape(s["text"], quote=False).replace("\t", " ")
            if s["kind"] == "link":
                text = f'<a href="{html.escape(s["url"])}">{text}</a>'
            if s["italic"]:
                text = f"<i>{text}</i>"
            if s["bold"]:
                text = f"<b>{text}</b>"
            out.append(text)
        return "".join(out)

    def flow(self, blocks, in_cell=False):
        """Paragraphs and lists; bullets are grouped into <ul>, numbered items typed."""
        out, open_levels = [], 0

        def close(to):
            nonlocal open_levels
            while open_levels > to:
                out.append("</li></ul>" if open_levels > 0 else "")
                open_levels -= 1

        for b in blocks:
            if b["type"] == "item" and b["fmt"] == "bullet":
                want = b["level"] + 1
                if open_levels < want:
                    while open_levels < want:
                        out.append("<ul><li>")
                        open_levels += 1
                else:
                    close(want)
                    out.append("</li><li>")
                out.append(self.inline(b["inline"]))
                continue
            close(0)
            if b["type"] == "item":
                label = html.escape(label_text(b["fmt"], b["value"]))
                out.append(f'<p style="margin-left:24pt;text-indent:-18pt">{label} {self.inline(b["inline"])}</p>')
            elif b["type"] == "para":
                pieces = self.cell_pieces(b["inline"]) if in_cell else [b["inline"]]
                for piece in pieces:
                    out.append(f"<p>{self.inline(piece)}</p>" if piece else "<p>&#160;</p>")
        close(0)
        return "".join(out).replace("<ul><li></li><li>", "<ul><li>")

    @staticmethod
    def cell_pieces(spans):
        """A run of two spaces inside a cell separates two names: give each its own line."""
        if len(spans) == 1 and spans[0]["kind"] == "text" and "  " in spans[0]["text"].strip():
            parts = [p.strip() for p in spans[0]["text"].split("  ") if p.strip()]
            return [[dict(spans[0], text=p)] for p in parts]
        return [spans]

    def table(self, t):
        total = sum(t["widths"])
        cols = "".join(f'<col style="width:{100 * w / total:.1f}%">' for w in t["widths"])
        out = [f"<table>{cols}"]
        head = [r for r in t["rows"] if r["header"]]
        body = [r for r in t["rows"] if not r["header"]]
        for group, rows in (("thead", head), ("tbody", body)):
            if not rows:
                continue
            out.append(f"<{group}>")
            for r in rows:
                out.append("<tr>")
                tag = "th" if r["header"] else "td"
                for c in r["cells"]:
                    attrs = f' colspan="{c["span"]}"' if c["span"] > 1 else ""
                    if c["fill"]:
                        attrs += f' bgcolor="#{c["fill"]}" style="background-color:#{c["fill"]}"'
                    out.append(f"<{tag}{attrs}>{self.flow(c['blocks'], in_cell=True)}</{tag}>")
                out.append("</tr>")
            out.append(f"</{group}>")
        out.append("</table>")
        return "".join(out)

    def render(self):
        body, landscape = [], False
        pending = []

        def flush():
            if pending:
                body.append(self.flow(pending))
                pending.clear()

        for b in self.blocks:
            kind = b["type"]
            if kind in ("para", "item"):
                pending.append(b)
                continue
            flush()
            if kind == "title":
                body.append(f'<p style="font-size:18pt;font-weight:bold;margin-bottom:12pt">{self.inline(b["inline"])}</p>')
            elif kind == "heading":
                body.append(f'<h{b["level"]}>{self.inline(b["inline"])}</h{b["level"]}>')
            elif kind == "table":
                body.append(self.table(b))
            elif kind == "pagebreak":
                body.append('<div style="page-break-after: always"></div>')
            elif kind == "blank":
                body.append("<p>&#160;</p>")
            elif kind == "section":
                if self.chromium:
                    body.append("</div>" if landscape else "")
                    landscape = b["orientation"] == "landscape"
                    body.append('<div class="landscape">' if landscape else "<div>")
                else:
                    body.append('<div style="page-break-after: always"></div>')
        flush()
        if self.chromium:
            body.insert(0, "<div>")
            body.append("</div>")
        if self.notes:
            body.append('<hr/><div class="footnotes">')
            for n, text in enumerate(self.notes, start=1):
                body.append(f'<p id="note{n}"><sup>{n}</sup> {html.escape(text, quote=False)}</p>')
            body.append("</div>")
        css = CSS + (page_css(self.meta) if self.chromium else "")
        head = (
            '<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8"/>'
            f"<title>{html.escape(self.meta.get('title', ''))}</title>"
            f'<meta name="author" content="{html.escape(self.meta.get("author", ""))}"/>'
            f'<meta name="created" content="{html.escape(self.meta.get("created", ""))}T00:00:00"/>'
            f"<style>{css}</style></head>\n<body>\n"
        )
        return head + "\n".join(x for x in body if x) + "\n</body></html>\n"


def write_html(source_text, out_path, chromium):
    meta, blocks = parse_source(source_text)
    with open(out_path, "w", encoding="utf-8") as handle:
        handle.write(HTMLWriter(meta, blocks, chromium).render())
