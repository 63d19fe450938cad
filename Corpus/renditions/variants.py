"""What each rendition chain varies, as rewrites of a corpus source file (same markup).

Every rewrite keeps the seed's words and the gold's values: recommendation numbers stay
1..20 and a..d, question labels stay "1.", "a)", grades stay A/B/C, ratings keep their
colour (shown as shading, as a word, or as its initial letter).
"""

import re

# chain -> profile
#   headings: styles | bold           (Heading 1/2 styles, or bold Normal paragraphs)
#   recs:     auto | auto-dot | typed-paren | typed-dot | word
#   rag:      shading | words | letters  (Thurrock's per-domain Red | Amber | Green row)
#   grades:   column | rows | inline     (Hertfordshire's question | Feb 08 grade table)
PROFILES = {
    "docx-python": dict(headings="styles", recs="auto", rag="shading", grades="column"),
    "docx-libreoffice": dict(headings="bold", recs="typed-paren", rag="words", grades="rows"),
    "docx-pandoc": dict(headings="styles", recs="word", rag="letters", grades="inline"),
    "pdf-libreoffice": dict(headings="bold", recs="auto-dot", rag="letters", grades="rows"),
    "pdf-chromium": dict(headings="styles", recs="word", rag="shading", grades="column"),
    "pdf-pandoc": dict(headings="styles", recs="auto", rag="words", grades="inline"),
}

REC_PAREN = re.compile(r"^\[\((\d+)\)\]\s+(.*)$")
REC_ANY = re.compile(r"^\[(\d+\.|[a-z]\)|\(\d+\))\]\s+(.*)$")
HEADING = re.compile(r"^(#{1,3}) (.*)$")
COLOURS = {"red": "R", "amber": "A", "green": "G"}


def strip_attrs(cell):
    m = re.match(r"^\{([^}]*)\}\s*(.*)$", cell.strip())
    return (m.group(1), m.group(2)) if m else ("", cell.strip())


def chunks(lines):
    """Splits source lines into ('line', text) and ('table', header, [rows])."""
    out, index = [], 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if line.startswith("@table"):
            rows = []
            while index < len(lines) and lines[index].strip() != "@end":
                if lines[index].strip():
                    rows.append(lines[index])
                index += 1
            index += 1
            out.append(("table", line, rows))
        else:
            out.append(("line", line))
    return out


def row_cells(row):
    body = row[2:] if row.startswith("|!") else row[1:]
    return [c.strip() for c in (body + " ").split(" | ")]


def rewrite_recommendation(number, text, form):
    number = number.strip("().")
    if form == "auto":
        return None
    if form == "auto-dot":
        return f"[{number}.] {text}" if number.isdigit() else None
    if form == "typed-paren":
        return f"({number}) {text}"
    if form == "typed-dot":
        return f"{number}. {text}"
    if form == "word":
        return f"Recommendation {number}: {text}"
    raise ValueError(form)


def rating_table(rows, rag):
    """A one-row Red | Amber | Green table with one shaded cell, rewritten as words or letters."""
    if rag == "shading" or len(rows) != 1:
        return None
    cells = [strip_attrs(c) for c in row_cells(rows[0])]
    if sorted(t.lower() for _, t in cells) != ["amber", "green", "red"]:
        return None
    chosen = [t for attrs, t in cells if "fill=" in attrs]
    if len(chosen) != 1:
        return None
    value = chosen[0] if rag == "words" else COLOURS[chosen[0].lower()]
    return ["@table widths=3,1", f"| RAG rating | {value}", "@end"]


def grade_table(header, rows, grades):
    """A `Questions | Feb 08 grade` table rewritten as successive rows or one paragraph per question."""
    if grades == "column" or not rows or not rows[0].startswith("|!"):
        return None
    head = [strip_attrs(c)[1] for c in row_cells(rows[0])]
    if len(head) != 2 or head[0].lower() != "questions" or "grade" not in head[1].lower():
        return None
    grade_name = head[1]
    body = [row_cells(r) for r in rows[1:]]
    if grades == "rows":
        out = ["@table widths=5,1", f"|! {{span=2}} {head[0]}"]
        for question, grade in body:
            out.append(f"| {{span=2}} {question}")
            out.append(f"| {grade_name} | {grade}")
        return out + ["@end"]
    out = [f"**{head[0]}**"]
    for question, grade in body:
        out.append(f"{question} ({grade_name}: {grade})")
    return out


def rewrite(text, chain):
    profile = PROFILES[chain]
    out = []
    in_recommendations = False
    for chunk in chunks(text.split("\n")):
        if chunk[0] == "table":
            _, header, rows = chunk
            new = rating_table(rows, profile["rag"]) or grade_table(header, rows, profile["grades"])
            out += new if new else [header] + rows + ["@end"]
            continue
        line = chunk[1]
        m = HEADING.match(line)
        if m:
            in_recommendations = "recommendations" in m.group(2).lower()
            if profile["headings"] == "bold":
                line = "**" + m.group(2).replace("**", "") + "**"
            out.append(line)
            continue
        rec = REC_PAREN.match(line) or (REC_ANY.match(line) if in_recommendations else None)
        if rec:
            new = rewrite_recommendation(rec.group(1), rec.group(2), profile["recs"])
            out.append(new if new is not None else line)
            continue
        out.append(line)
    return "\n".join(out)
