"""Pandoc Markdown rendition of a (rewritten) corpus source.

Numbered items become pandoc fancy lists ("1.", "a)", "(1)", "(iv)" with their start
number), so pandoc writes real numbering (DOCX) or enumerate labels (LaTeX). Tables are
grid tables; pandoc 2.17 has no cell spans, so a spanning cell's text sits in its first
column and the other cells of that row stay empty. Shading is lost (the chains using this
writer show ratings as words or letters). The title is a paragraph in style Title
(custom-style div; LaTeX shows it bold).

Read with: pandoc -f markdown-smart-citations-tex_math_dollars-raw_tex-raw_html-subscript
-superscript-strikeout-definition_lists-example_lists-implicit_figures-pipe_tables
-simple_tables-multiline_tables-yaml_metadata_block-auto_identifiers
"""

import re
import textwrap

from model import label_text, parse_source

PANDOC_FROM = (
    "markdown-smart-citations-tex_math_dollars-raw_tex-raw_html-subscript-superscript"
    "-strikeout-definition_lists-example_lists-implicit_figures-pipe_tables-simple_tables"
    "-multiline_tables-yaml_metadata_block-auto_identifiers"
)

SPECIAL = re.compile(r"([\\`*_\[\]<>$@~^|#])")
# A line that pandoc would read as a list marker, heading, quote or rule if it began a line.
RISKY_START = re.compile(r"^(\(?[0-9]+[.)]|\(?[a-zA-Z][.)]|\(?[ivxlcdmIVXLCDM]+[.)]|[-+*:>#=]|\(@)(\s|$)")


def esc(text):
    return SPECIAL.sub(r"\\\1", text).replace("\t", " ")


def protect_start(line):
    """Escapes the first character of a line that would start a list or other block."""
    if RISKY_START.match(line):
        if line[0] in "(":
            return "\\" + line
        m = re.match(r"^(\(?[0-9A-Za-z]+)([.)])", line)
        if m:
            return m.group(1) + "\\" + line[len(m.group(1)):]
        return "\\" + line
    return line


def inline(spans):
    out = []
    for s in spans:
        if s["kind"] == "note":
            out.append("^[" + esc(s["text"]) + "]")
            continue
        text = esc(s["text"])
        lead = len(text) - len(text.lstrip())
        trail = len(text) - len(text.rstrip())
        core = text.strip()
        if core and s["kind"] == "link":
            core = f"[{core}](<{s['url']}>)"
        if core and s["italic"]:
            core = f"*{core}*"
        if core and s["bold"]:
            core = f"**{core}**"
        out.append(" " * lead + core + " " * trail if core else text)
    return re.sub(r" {2,}", " ", "".join(out)).strip()


def marker(b):
    if b["fmt"] == "bullet":
        return "-"
    return label_text(b["fmt"], b["value"])


def flow_lines(blocks, width, in_cell=False):
    """Markdown lines for paragraphs and list items, wrapped to width."""
    lines, prev = [], None
    for b in blocks:
        if b["type"] == "para":
            texts = [inline(b["inline"])]
            if in_cell and len(b["inline"]) == 1 and "  " in b["inline"][0].get("text", "").strip():
                texts = [inline([dict(b["inline"][0], text=p)]) for p in b["inline"][0]["text"].split("  ") if p.strip()]
            for text in texts:
                if lines:
                    lines.append("")
                if not text:
                    lines.append("\u00a0" if not in_cell else "")
                    continue
                wrapped = textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]
                lines += [protect_start(w) for w in wrapped]
            prev = None
        else:
            m = marker(b)
            indent = "    " * b["level"]
            kind = (b["fmt"], b["level"])
            if prev is None or (prev[0] != kind[0] and b["level"] == 0):
                if lines:
                    lines.append("")
            first = f"{indent}{m} "
            hang = " " * len(first)
            text = inline(b["inline"])
            wrapped = textwrap.wrap(text, max(20, width - len(first)), break_long_words=False, break_on_hyphens=False) or [""]
            lines.append(first + wrapped[0])
            lines += [hang + protect_start(w) for w in wrapped[1:]]
            prev = kind
    return lines


def grid_table(t, total=110):
    columns = len(t["widths"])
    share = sum(t["widths"])
    widths = [max(12, int(total * w / share)) for w in t["widths"]]
    rendered = []  # (header, [lines per column])
    for r in t["rows"]:
        col_lines = [[] for _ in range(columns)]
        column = 0
        for c in r["cells"]:
            width = widths[column]
            col_lines[column] = flow_lines(c["blocks"], width - 2, in_cell=True)
            column += c["span"]
        rendered.append((r["header"], col_lines))
    for _, col_lines in rendered:
        for i, cl in enumerate(col_lines):
            for line in cl:
                widths[i] = max(widths[i], len(line) + 2)

    def sep(ch):
        return "+" + "+".join(ch * w for w in widths) + "+"

    out = [sep("-")]
    header_done = False
    for index, (header, col_lines) in enumerate(rendered):
        height = max(1, max(len(cl) for cl in col_lines))
        for k in range(height):
            cells = []
            for i, cl in enumerate(col_lines):
                text = cl[k] if k < len(cl) else ""
                cells.append(" " + text.ljust(widths[i] - 1))
            out.append("|" + "|".join(cells) + "|")
        if header and index == 0 and not header_done:
            out.append(sep("="))
            header_done = True
        else:
            out.append(sep("-"))
    return out


def render(meta, blocks):
    out, pending = [], []

    def flush():
        if pending:
            out.extend(flow_lines(pending, 100))
            out.append("")
            pending.clear()

    for b in blocks:
        kind = b["type"]
        if kind in ("para", "item"):
            pending.append(b)
            continue
        flush()
        if kind == "title":
            out += ['::: {custom-style="Title"}', "**" + inline(b["inline"]).replace("**", "") + "**", ":::", ""]
        elif kind == "heading":
            out += ["#" * b["level"] + " " + inline(b["inline"]), ""]
        elif kind == "table":
            out += grid_table(b) + [""]
        elif kind in ("pagebreak", "section", "blank"):
            continue
    flush()
    return "\n".join(out) + "\n"


def write_md(source_text, out_path):
    meta, blocks = parse_source(source_text)
    with open(out_path, "w", encoding="utf-8") as handle:
        handle.write(render(meta, blocks))
