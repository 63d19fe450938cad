#!/usr/bin/env python3
"""Builds the genre papers (Corpus/genres/<name>.docx|pdf) and their gold
(Corpus/gold/genres/<name>.json) from the paper definitions in this folder.

Usage: python3 Corpus/genres/sources/build.py [--check-only]

Needs python-docx, LibreOffice (soffice), Chromium and poppler-utils (pdftotext).
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
import papers_minutes  # noqa: E402
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


def extension(paper):
    return "docx" if paper["format"] == "docx" else "pdf"


def build_docx(paper, out_path):
    render.to_docx(paper["meta"], paper["blocks"], out_path)


def build_lo_pdf(paper, out_path, work):
    docx_path = os.path.join(work, paper["name"] + ".docx")
    render.to_docx(paper["meta"], paper["blocks"], docx_path)
    profile = os.path.join(work, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", work, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    pdf = os.path.join(work, paper["name"] + ".pdf")
    subprocess.run([sys.executable, NORMALIZE, docx_path, pdf], check=True)
    shutil.move(pdf, out_path)


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
    os.makedirs(GOLD, exist_ok=True)
    problems = []
    with tempfile.TemporaryDirectory() as work:
        for index, make in enumerate(ORDER):
            paper = make()
            name = paper["name"]
            ext = extension(paper)
            out_path = os.path.join(GENRES, f"{name}.{ext}")
            if not check_only:
                print(f"building {name}.{ext}")
                if paper["format"] == "docx":
                    build_docx(paper, out_path)
                elif paper["format"] == "lo-pdf":
                    build_lo_pdf(paper, out_path, work)
                else:
                    build_chromium_pdf(paper, out_path, work)
            split = "tune" if index % 2 == 0 else "unseen"
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
