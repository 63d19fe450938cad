#!/usr/bin/env python3
"""Builds the genre papers (Corpus/genres/<name>.docx|pdf) and their gold
(Corpus/gold/genres/<name>.json) from the paper definitions in this folder.

Usage: python3 Corpus/genres/sources/build.py [--check-only] [--only NAME-PREFIX]

--only builds (or, with --check-only, checks) just the papers whose names start with
NAME-PREFIX (for example "--only fenbury-"; several prefixes may be given separated by
commas, and "--only fresh" means the fresh papers); the default builds every paper.
The papers in papers_more.py and papers_wider_*.py carry their own split ("tune" or "unseen") in their definition.

Needs python-docx, LibreOffice (soffice), Chromium, pandoc and poppler-utils (pdftotext).
DOCX files are byte-identical on a rerun; PDFs are too on the same LibreOffice /
Chromium version (creation dates and file identifiers are fixed after conversion).
After building, every gold text is checked to occur in the file's own text.
"""

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import papers_extra  # noqa: E402
import papers_fresh  # noqa: E402
import papers_minutes  # noqa: E402
import papers_more  # noqa: E402
import papers_wider_a  # noqa: E402
import papers_wider_b  # noqa: E402
import papers_plans  # noqa: E402
import papers_responses  # noqa: E402
import papers_scrutiny  # noqa: E402
import render  # noqa: E402
from gold import paper_gold  # noqa: E402

GENRES = os.path.dirname(HERE)
CORPUS = os.path.dirname(GENRES)
REPO = os.path.dirname(CORPUS)
GOLD = os.path.join(CORPUS, "gold", "genres")
NORMALIZE = os.path.join(CORPUS, "sources", "normalize_pdf.py")

ORDER = (papers_plans.PAPERS + papers_responses.PAPERS + papers_scrutiny.PAPERS
         + papers_minutes.PAPERS + papers_extra.PAPERS)
# Written after the readers were tuned, by someone who had not read the pipeline: every
# one of these gets split "fresh" (the papers above keep their alternating tune/unseen).
FRESH = papers_fresh.PAPERS
# Written later still, by someone who had not read the pipeline, with new authorities and
# templates: each paper names its own split ("tune" or "unseen") under the key "split".
MORE = papers_more.PAPERS
# A third batch by people who had not read the pipeline, again with new authorities and
# templates and explicit splits.
MORE += papers_wider_a.PAPERS + papers_wider_b.PAPERS


def extension(paper):
    return "docx" if paper["format"] in ("docx", "pandoc-docx") else "pdf"


def build_docx(paper, out_path):
    render.to_docx(paper["meta"], paper["blocks"], out_path)


def lo_pdf(docx_path, out_path, work):
    """DOCX → PDF with LibreOffice (private profile), dates and ids fixed by normalize_pdf.py."""
    profile = os.path.join(work, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", work, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.splitext(docx_path)[0] + ".pdf"
    subprocess.run([sys.executable, NORMALIZE, docx_path, pdf], check=True)
    shutil.move(pdf, out_path)


def build_lo_pdf(paper, out_path, work):
    docx_path = os.path.join(work, paper["name"] + ".docx")
    render.to_docx(paper["meta"], paper["blocks"], docx_path)
    lo_pdf(docx_path, out_path, work)


def build_pandoc_docx(paper, out_path, work):
    """Markdown → DOCX with pandoc (its own styles and numbering, not python-docx's).
    SOURCE_DATE_EPOCH (from meta["created"]) fixes the document and zip timestamps."""
    import calendar
    import time
    md_path = os.path.join(work, paper["name"] + ".md")
    with open(md_path, "w", encoding="utf-8") as handle:
        handle.write(paper["markdown"])
    created = time.strptime(paper["meta"]["created"], "%Y-%m-%d")
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(calendar.timegm(created)))
    subprocess.run(["pandoc", "-f", "markdown-smart", "-t", "docx", "-o", out_path, md_path],
                   check=True, env=env)


def build_pandoc_lo_pdf(paper, out_path, work):
    docx_path = os.path.join(work, paper["name"] + ".docx")
    build_pandoc_docx(paper, docx_path, work)
    lo_pdf(docx_path, out_path, work)


def build_chromium_pdf(paper, out_path, work):
    html_path = os.path.join(work, paper["name"] + ".html")
    render.to_html(paper["meta"], paper["blocks"], html_path)
    chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--user-data-dir={os.path.join(work, 'chromium-profile')}",
                    f"--print-to-pdf={out_path}", "file://" + html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(html_path, "rb") as handle:
        digest = hashlib.md5(handle.read()).hexdigest()
    with open(out_path, "rb") as handle:
        data = handle.read()
    # Chromium stamps the conversion time; replace it (same length) with a fixed one.
    data = re.sub(rb"\((D:\d{14}[^)]*)\)", lambda m: b"(" + b"D:20250101000000"[:16] + m.group(1)[16:] + b")", data)
    data = re.sub(rb"<[0-9a-fA-F]{32}>", lambda m: b"<" + digest.upper().encode() + b">", data)
    with open(out_path, "wb") as handle:
        handle.write(data)


def docx_text(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    paragraphs = re.findall(r"<w:p[ >].*?</w:p>", xml, flags=re.S)
    out = []
    for p in paragraphs:
        out.append("".join(re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", p)))
    import html
    return html.unescape(" ".join(out))


def pdf_text(path):
    return subprocess.run(["pdftotext", "-raw", path, "-"], check=True, capture_output=True,
                          text=True).stdout


def normal(text):
    """Whitespace collapsed; a line-end hyphen's break ("high-\nfrequency") is closed."""
    return re.sub(r"\s+", " ", re.sub(r"-\n", "-", text)).strip()


def check(paper, path, gold):
    text = normal(docx_text(path) if path.endswith(".docx") else pdf_text(path))
    problems = []
    items = [("action", a["text"]) for a in gold["actions"]]
    items += [("recommendation", r["text"]) for r in gold["recommendations"]]
    items += [("decision", d["text"]) for d in gold["decisions"]]
    items += [("title", gold["document"]["title"])] if gold["document"]["title"] else []
    for r in gold["recommendations"]:
        if r["response"]:
            items.append(("response", r["response"]))
    for kind, item in items:
        if item not in text:
            problems.append(f"{paper['name']}: {kind} text not found verbatim: {item[:70]}")
    return problems


def main():
    check_only = "--check-only" in sys.argv
    only = None
    if "--only" in sys.argv:
        position = sys.argv.index("--only")
        if position + 1 >= len(sys.argv):
            sys.exit("usage: build.py [--check-only] [--only NAME-PREFIX]")
        only = sys.argv[position + 1].split(",")
    os.makedirs(GOLD, exist_ok=True)
    problems = []
    jobs = [(index, make, None) for index, make in enumerate(ORDER)]
    jobs += [(None, make, "fresh") for make in FRESH]
    jobs += [(None, make, "explicit") for make in MORE]
    with tempfile.TemporaryDirectory() as work:
        for index, make, fixed_split in jobs:
            paper = make()
            name = paper["name"]
            if only is not None and not (any(name.startswith(prefix) for prefix in only)
                                         or ("fresh" in only and fixed_split == "fresh")):
                continue
            ext = extension(paper)
            out_path = os.path.join(GENRES, f"{name}.{ext}")
            if not check_only:
                print(f"building {name}.{ext}")
                if paper["format"] == "docx":
                    build_docx(paper, out_path)
                elif paper["format"] == "lo-pdf":
                    build_lo_pdf(paper, out_path, work)
                elif paper["format"] == "pandoc-docx":
                    build_pandoc_docx(paper, out_path, work)
                elif paper["format"] == "pandoc-lo-pdf":
                    build_pandoc_lo_pdf(paper, out_path, work)
                else:
                    build_chromium_pdf(paper, out_path, work)
            if fixed_split == "explicit":
                split = paper["split"]
                assert split in ("tune", "unseen"), (name, split)
            else:
                split = fixed_split or ("tune" if index % 2 == 0 else "unseen")
            gold = paper_gold(name, f"Corpus/genres/{name}.{ext}", split, **paper["gold"])
            with open(os.path.join(GOLD, name + ".json"), "w", encoding="utf-8") as handle:
                json.dump(gold, handle, ensure_ascii=False, indent=2)
                handle.write("\n")
            problems += check(paper, out_path, gold)
    for problem in problems:
        print(problem, file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
