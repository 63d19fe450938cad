"""Reads a corpus source file (the markup of Corpus/sources/README.md) into plain Python
blocks that the HTML and Markdown writers of this folder turn into renditions.

Blocks (dicts, key "type"):
  title      {inline}
  heading    {level, inline}
  para       {inline}
  item       {fmt, value, level, label, inline}     list item; fmt as in parse_label
  table      {widths, rows: [{header, cells: [{span, fill, bold, blocks}]}]}
  section    {orientation}
  pagebreak / blank
Inline: a list of spans {kind: text|link|note, text, bold, italic, url, field}.
"""

import re

ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
LIST_RE = re.compile(r"^\[([^\]]+)\]\s+(.*)$")
INLINE_RE = re.compile(r"(\*\*.+?\*\*|__.+?__|<<[^|>]+\|[^>]+>>|<[^|>\s]+\|[^>]+>|\^\[[^\]]+\])")


def parse_label(label):
    """(format, value, level) for `1.`, `a)`, `(1)`, `(iv)`, `-`, `--`."""
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


def parse_inline(text, bold=False, italic=False):
    text = text.replace("\\*", "\x00")
    spans = []
    for piece in INLINE_RE.split(text):
        if not piece:
            continue
        if piece.startswith("**") and piece.endswith("**") and len(piece) > 4:
            spans += parse_inline(piece[2:-2], True, italic)
        elif piece.startswith("__") and piece.endswith("__") and len(piece) > 4:
            spans += parse_inline(piece[2:-2], bold, True)
        elif piece.startswith("<<"):
            url, shown = piece[2:-2].split("|", 1)
            spans.append(dict(kind="link", url=url, text=shown, bold=bold, italic=italic, field=True))
        elif piece.startswith("<") and "|" in piece and piece.endswith(">"):
            url, shown = piece[1:-1].split("|", 1)
            spans.append(dict(kind="link", url=url, text=shown, bold=bold, italic=italic, field=False))
        elif piece.startswith("^[") and piece.endswith("]"):
            spans.append(dict(kind="note", text=piece[2:-1].replace("\x00", "*"), bold=False, italic=False))
        else:
            spans.append(dict(kind="text", text=piece.replace("\x00", "*"), bold=bold, italic=italic))
    return spans


def plain(inline):
    return "".join(s["text"] for s in inline if s["kind"] != "note")


def line_block(text, bold=False):
    m = LIST_RE.match(text)
    if m:
        fmt, value, level = parse_label(m.group(1))
        return dict(type="item", fmt=fmt, value=value, level=level, label=m.group(1),
                    inline=parse_inline(m.group(2), bold))
    return dict(type="para", inline=parse_inline(text, bold))


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


def parse_table(options, lines):
    rows = []
    for line in lines:
        header = line.startswith("|!")
        body = line[2:] if header else line[1:]
        cells = []
        for raw in (body + " ").split(" | "):
            attrs, content = cell_attrs(raw.strip())
            bold = header or "bold" in attrs
            blocks = []
            for piece in content.split(" // ") if content else []:
                piece = piece.strip()
                if piece == "~" or not piece:
                    blocks.append(dict(type="para", inline=[]))
                else:
                    blocks.append(line_block(piece, bold))
            cells.append(dict(span=int(attrs.get("span", 1)), fill=attrs.get("fill"), bold=bold, blocks=blocks))
        rows.append(dict(header=header, cells=cells))
    columns = max(sum(c["span"] for c in r["cells"]) for r in rows)
    widths = [float(x) for x in options.get("widths", ",".join(["1"] * columns)).split(",")]
    return dict(type="table", widths=widths, rows=rows)


def parse_source(text):
    """Returns (meta, blocks)."""
    meta, blocks = {}, []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        line = lines[index].rstrip("\n")
        index += 1
        if not line.strip():
            continue
        if line.startswith("%"):
            key, value = line[1:].split(":", 1)
            meta[key.strip()] = value.strip()
        elif line.startswith("@table"):
            options = dict(item.split("=", 1) for item in line.split()[1:])
            rows = []
            while index < len(lines) and lines[index].strip() != "@end":
                if lines[index].strip():
                    rows.append(lines[index].rstrip())
                index += 1
            index += 1
            blocks.append(parse_table(options, rows))
        elif line.startswith("@section "):
            blocks.append(dict(type="section", orientation=line.split()[1]))
        elif line.strip() == "@blank":
            blocks.append(dict(type="blank"))
        elif line.strip() == "@pagebreak":
            blocks.append(dict(type="pagebreak"))
        elif line.startswith("= "):
            blocks.append(dict(type="title", inline=parse_inline(line[2:])))
        else:
            m = re.match(r"^(#{1,3}) (.*)$", line)
            if m:
                blocks.append(dict(type="heading", level=len(m.group(1)), inline=parse_inline(m.group(2))))
            else:
                blocks.append(line_block(line))
    return meta, blocks


LETTERS = "abcdefghijklmnopqrstuvwxyz"
ROMAN_BY_VALUE = {v: k for k, v in ROMAN.items()}


def label_text(fmt, value):
    """The label a list item prints, for writers that type labels as text."""
    if fmt == "decimal-dot":
        return f"{value}."
    if fmt == "decimal-parens":
        return f"({value})"
    if fmt == "roman-parens":
        return f"({ROMAN_BY_VALUE[value]})"
    if fmt == "letter-paren":
        return f"{LETTERS[value - 1]})"
    return "\u2022"
