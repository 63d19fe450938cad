#!/usr/bin/env python3
"""Builds the genre papers (Corpus/genres/<name>.docx|pdf) and their gold
(Corpus/gold/genres/<name>.json) from the paper definitions in this folder.

Usage: python3 Corpus/genres/sources/build.py [--check-only] [--only NAME-PREFIX] [--renditions]

--only builds (or, with --check-only, checks) just the papers whose names start with
NAME-PREFIX (for example "--only fenbury-"; several prefixes may be given separated by
commas, and "--only fresh" means the fresh papers); the default builds every paper.
The papers in papers_more.py, papers_wider_*.py, papers_broad_*.py, papers_deep_*.py, papers_far_*.py, papers_self_*.py, papers_gov_*.py, papers_ninth_*.py, papers_tenth_*.py, papers_eleventh_*.py, papers_twelfth_*.py, papers_thirteenth_*.py, papers_fourteenth_*.py, papers_fifteenth_*.py, papers_sixteenth_*.py, papers_seventeenth_*.py, papers_eighteenth_*.py, papers_nineteenth_*.py, papers_twentieth_*.py, papers_twentyfirst_*.py, papers_twentysecond_*.py, papers_twentythird_*.py, papers_twentyfourth_*.py, papers_twentyfifth_*.py and papers_twentysixth_*.py carry their own split ("tune" or "unseen") in their definition.

Needs python-docx, LibreOffice (soffice), Chromium, pandoc and poppler-utils (pdftotext).
DOCX files are byte-identical on a rerun; PDFs are too on the same LibreOffice /
Chromium version (creation dates and file identifiers are fixed after conversion).
After building, every gold text is checked to occur in the file's own text.

--renditions builds, instead of the primary files, a second rendition of every paper (of
those chosen by --only) through another tool chain, in Corpus/genres/renditions/<chain>/,
and writes Corpus/genres/renditions/manifest.tsv; the primary files and the gold are not
touched. By route: docx → lo-pdf (the same DOCX through LibreOffice), lo-pdf → python-docx
(its intermediate DOCX), Chromium → lo-docx (the same HTML through LibreOffice's HTML import
and Word 2007 export), pandoc-docx → lo-pdf, pandoc-lo-pdf → pandoc-docx (its intermediate
DOCX). The gold texts (recommendations, decisions, actions) missing from a rendition's text
are printed as warnings only. With --check-only, nothing is built; the existing renditions are
checked and the manifest rewritten.
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
import papers_broad_c  # noqa: E402
import papers_broad_d  # noqa: E402
import papers_deep_e  # noqa: E402
import papers_deep_f  # noqa: E402
import papers_far_g  # noqa: E402
import papers_far_h  # noqa: E402
import papers_self_i  # noqa: E402
import papers_self_j  # noqa: E402
import papers_gov_k  # noqa: E402
import papers_gov_l  # noqa: E402
import papers_ninth_m  # noqa: E402
import papers_ninth_n  # noqa: E402
import papers_tenth_o  # noqa: E402
import papers_tenth_p  # noqa: E402
import papers_eleventh_q  # noqa: E402
import papers_eleventh_r  # noqa: E402
import papers_twelfth_s  # noqa: E402
import papers_twelfth_t  # noqa: E402
import papers_thirteenth_u  # noqa: E402
import papers_thirteenth_v  # noqa: E402
import papers_fourteenth_w  # noqa: E402
import papers_fourteenth_x  # noqa: E402
import papers_fifteenth_y  # noqa: E402
import papers_fifteenth_z  # noqa: E402
import papers_sixteenth_aa  # noqa: E402
import papers_sixteenth_ab  # noqa: E402
import papers_seventeenth_ac  # noqa: E402
import papers_seventeenth_ad  # noqa: E402
import papers_eighteenth_ae  # noqa: E402
import papers_eighteenth_af  # noqa: E402
import papers_nineteenth_ag  # noqa: E402
import papers_nineteenth_ah  # noqa: E402
import papers_twentieth_ai  # noqa: E402
import papers_twentieth_aj  # noqa: E402
import papers_twentyfirst_ak  # noqa: E402
import papers_twentyfirst_al  # noqa: E402
import papers_twentysecond_am  # noqa: E402
import papers_twentysecond_an  # noqa: E402
import papers_twentythird_ao  # noqa: E402
import papers_twentythird_ap  # noqa: E402
import papers_twentyfourth_aq  # noqa: E402
import papers_twentyfourth_ar  # noqa: E402
import papers_twentyfifth_as  # noqa: E402
import papers_twentyfifth_at  # noqa: E402
import papers_twentysixth_au  # noqa: E402
import papers_twentysixth_av  # noqa: E402
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
RENDITIONS = os.path.join(GENRES, "renditions")

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
# A fourth batch, written the same way.
MORE += papers_broad_c.PAPERS + papers_broad_d.PAPERS
# A fifth batch, written the same way.
MORE += papers_deep_e.PAPERS + papers_deep_f.PAPERS
# A sixth batch, written the same way.
MORE += papers_far_g.PAPERS + papers_far_h.PAPERS
MORE += papers_self_i.PAPERS + papers_self_j.PAPERS
MORE += papers_gov_k.PAPERS + papers_gov_l.PAPERS
MORE += papers_ninth_m.PAPERS + papers_ninth_n.PAPERS
MORE += papers_tenth_o.PAPERS + papers_tenth_p.PAPERS
MORE += papers_eleventh_q.PAPERS + papers_eleventh_r.PAPERS
MORE += papers_twelfth_s.PAPERS + papers_twelfth_t.PAPERS
MORE += papers_thirteenth_u.PAPERS + papers_thirteenth_v.PAPERS
MORE += papers_fourteenth_w.PAPERS + papers_fourteenth_x.PAPERS
MORE += papers_fifteenth_y.PAPERS + papers_fifteenth_z.PAPERS
MORE += papers_sixteenth_aa.PAPERS + papers_sixteenth_ab.PAPERS
MORE += papers_seventeenth_ac.PAPERS + papers_seventeenth_ad.PAPERS
MORE += papers_eighteenth_ae.PAPERS + papers_eighteenth_af.PAPERS
MORE += papers_nineteenth_ag.PAPERS + papers_nineteenth_ah.PAPERS
MORE += papers_twentieth_ai.PAPERS + papers_twentieth_aj.PAPERS
MORE += papers_twentyfirst_ak.PAPERS + papers_twentyfirst_al.PAPERS
MORE += papers_twentysecond_am.PAPERS + papers_twentysecond_an.PAPERS
MORE += papers_twentythird_ao.PAPERS + papers_twentythird_ap.PAPERS
MORE += papers_twentyfourth_aq.PAPERS + papers_twentyfourth_ar.PAPERS
MORE += papers_twentyfifth_as.PAPERS + papers_twentyfifth_at.PAPERS
MORE += papers_twentysixth_au.PAPERS + papers_twentysixth_av.PAPERS


def extension(paper):
    return "docx" if paper["format"] in ("docx", "pandoc-docx") else "pdf"


def build_docx(paper, out_path):
    render.to_docx(paper["meta"], paper["blocks"], out_path)


def lo_pdf(docx_path, out_path, work, env=None):
    """DOCX → PDF with LibreOffice (private profile), dates and ids fixed by normalize_pdf.py."""
    profile = os.path.join(work, "lo-profile")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", work, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
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
    items += [("question", q["text"]) for q in gold["questions"]]
    items += [("evidence", e["text"]) for e in gold["evidence"]]
    items += [("domain heading", d["heading"]) for d in gold["domains"]]
    items += [("title", gold["document"]["title"])] if gold["document"]["title"] else []
    for r in gold["recommendations"]:
        if r["response"]:
            items.append(("response", r["response"]))
    for kind, item in items:
        if item not in text:
            problems.append(f"{paper['name']}: {kind} text not found verbatim: {item[:70]}")
    return problems


# ---- Second renditions (--renditions) -------------------------------------------------

# route of the primary file → (chain of the second rendition, its extension)
SECOND_CHAIN = {
    "docx": ("lo-pdf", "pdf"),
    "lo-pdf": ("python-docx", "docx"),
    "pandoc-docx": ("lo-pdf", "pdf"),
    "pandoc-lo-pdf": ("pandoc-docx", "docx"),
}
CHROMIUM_SECOND = ("lo-docx", "docx")


def second_chain(paper):
    return SECOND_CHAIN.get(paper["format"], CHROMIUM_SECOND)


def tool_versions():
    import docx
    lo = subprocess.run(["soffice", "--version"], capture_output=True, text=True).stdout.split()
    pandoc = subprocess.run(["pandoc", "--version"], capture_output=True, text=True).stdout.split()
    return {"python-docx": f"python-docx {docx.__version__}",
            "lo": f"LibreOffice {lo[1] if len(lo) > 1 else '?'}",
            "pandoc": f"pandoc {pandoc[1] if len(pandoc) > 1 else '?'}"}


def rendition_tools(paper, versions):
    return {"docx": f"{versions['python-docx']} + {versions['lo']}",
            "lo-pdf": versions["python-docx"],
            "pandoc-docx": f"{versions['pandoc']} + {versions['lo']}",
            "pandoc-lo-pdf": versions["pandoc"]}.get(paper["format"], versions["lo"])


def lo_env(work):
    """Environment for LibreOffice in the rendition build. Where fonts-liberation2 is
    installed beside fonts-liberation (1.07.4, the fonts the committed files were made
    with), a private fontconfig file hides the liberation2 copies, so that a LibreOffice PDF
    embeds the same Liberation fonts as the primary PDFs."""
    liberation2 = "/usr/share/fonts/truetype/liberation2"
    if not (os.path.isdir(liberation2) and os.path.isdir("/usr/share/fonts/truetype/liberation")):
        return None
    conf = os.path.join(work, "fonts.conf")
    with open(conf, "w", encoding="utf-8") as handle:
        handle.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                     '<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
                     f'<selectfont><rejectfont><glob>{liberation2}/*</glob></rejectfont>'
                     '</selectfont></fontconfig>\n')
    return dict(os.environ, FONTCONFIG_FILE=conf)


def fixed_docx(data, created):
    """A LibreOffice DOCX made reproducible: any dcterms:created/modified set to the paper's
    date, and the ZIP rewritten with fixed timestamps and a fixed member order."""
    import io
    source = zipfile.ZipFile(io.BytesIO(data))
    names = source.namelist()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        ordered = ["[Content_Types].xml"] + sorted(n for n in names if n != "[Content_Types].xml")
        for name in ordered:
            content = source.read(name)
            if name == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                                 lambda m: m.group(1) + f"{created}T00:00:00Z".encode() + m.group(2),
                                 content)
            info = zipfile.ZipInfo(name, date_time=(2020, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, content)
    return out.getvalue()


def lo_docx(html_path, out_path, work, env, created):
    """HTML → DOCX with LibreOffice (private profile): Writer's HTML import (the "HTML
    (StarWriter)" filter, so the document is a page document as a user's would be, not a
    Writer/Web one) and the Word 2007 export; then fixed_docx."""
    profile = os.path.join(work, "lo-profile")
    outdir = os.path.join(work, "lo-docx")
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "docx:MS Word 2007 XML",
                    "--outdir", outdir, html_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    made = os.path.join(outdir, os.path.splitext(os.path.basename(html_path))[0] + ".docx")
    with open(made, "rb") as handle:
        data = fixed_docx(handle.read(), created)
    os.remove(made)
    with open(out_path, "wb") as handle:
        handle.write(data)


def same_as_primary(paper, intermediate):
    """A DOCX primary and the intermediate rebuilt for its rendition should be one file."""
    primary = os.path.join(GENRES, f"{paper['name']}.{extension(paper)}")
    if not os.path.exists(primary):
        return
    with open(primary, "rb") as one, open(intermediate, "rb") as two:
        if one.read() != two.read():
            print(f"warning: {paper['name']}: the rebuilt DOCX differs from the primary file "
                  f"(rebuild the primary files first)")


def build_rendition(paper, out_path, work, env):
    name, route = paper["name"], paper["format"]
    docx_path = os.path.join(work, name + ".docx")
    if route in ("docx", "lo-pdf"):
        render.to_docx(paper["meta"], paper["blocks"], docx_path)
    elif route in ("pandoc-docx", "pandoc-lo-pdf"):
        build_pandoc_docx(paper, docx_path, work)
    if route in ("docx", "pandoc-docx"):
        same_as_primary(paper, docx_path)
        lo_pdf(docx_path, out_path, work, env)
    elif route in ("lo-pdf", "pandoc-lo-pdf"):
        shutil.copyfile(docx_path, out_path)
    else:
        html_path = os.path.join(work, name + ".html")
        render.to_html(paper["meta"], paper["blocks"], html_path)
        # Chromium papers carry no creation date; their PDFs are stamped 2025-01-01.
        lo_docx(html_path, out_path, work, env, paper["meta"].get("created", "2025-01-01"))


def rendition_missing(path, gold):
    """Gold recommendation, decision and action texts not found word for word (whitespace
    collapsed) in the rendition's own text."""
    text = normal(docx_text(path) if path.endswith(".docx") else pdf_text(path))
    items = [("recommendation", r["text"]) for r in gold["recommendations"]]
    items += [("decision", d["text"]) for d in gold["decisions"]]
    items += [("action", a["text"]) for a in gold["actions"]]
    items += [("question", q["text"]) for q in gold["questions"]]
    items += [("evidence", e["text"]) for e in gold["evidence"]]
    return [(kind, item) for kind, item in items if item not in text]


def write_manifest(papers, versions):
    rows = []
    for paper in papers:
        chain, ext = second_chain(paper)
        relative = f"Corpus/genres/renditions/{chain}/{paper['name']}.{ext}"
        if os.path.exists(os.path.join(REPO, relative)):
            rows.append((paper["name"], "genres-" + chain, ext, relative,
                         rendition_tools(paper, versions)))
    rows.sort(key=lambda row: (row[0], row[1]))
    with open(os.path.join(RENDITIONS, "manifest.tsv"), "w", encoding="utf-8") as handle:
        handle.write("seed\tchain\tformat\tpath\ttool-and-version\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    return rows


def renditions_main(jobs, only, check_only):
    versions = tool_versions()
    papers, changed, built = [], [], 0
    with tempfile.TemporaryDirectory() as work:
        env = lo_env(work)
        for index, make, fixed_split in jobs:
            paper = make()
            papers.append(paper)
            name = paper["name"]
            if only is not None and not (any(name.startswith(prefix) for prefix in only)
                                         or ("fresh" in only and fixed_split == "fresh")):
                continue
            chain, ext = second_chain(paper)
            os.makedirs(os.path.join(RENDITIONS, chain), exist_ok=True)
            out_path = os.path.join(RENDITIONS, chain, f"{name}.{ext}")
            if not check_only:
                print(f"building renditions/{chain}/{name}.{ext}")
                build_rendition(paper, out_path, work, env)
            if not os.path.exists(out_path):
                print(f"warning: {name}: no rendition at renditions/{chain}/{name}.{ext}")
                continue
            built += 1
            split = paper.get("split") or fixed_split or "tune"
            primary = f"Corpus/genres/{name}.{extension(paper)}"
            gold = paper_gold(name, primary, split, **paper["gold"])
            missing = rendition_missing(out_path, gold)
            if missing:
                changed.append(f"{chain}/{name}.{ext}")
            for kind, item in missing:
                print(f"warning: renditions/{chain}/{name}.{ext}: {kind} text not found "
                      f"verbatim: {item[:70]}")
    rows = write_manifest(papers, versions)
    print(f"{built} renditions {'checked' if check_only else 'built'}; "
          f"manifest lists {len(rows)}; words differ from the gold in {len(changed)}"
          + (": " + ", ".join(changed) if changed else ""))


def main():
    check_only = "--check-only" in sys.argv
    only = None
    if "--only" in sys.argv:
        position = sys.argv.index("--only")
        if position + 1 >= len(sys.argv):
            sys.exit("usage: build.py [--check-only] [--only NAME-PREFIX] [--renditions]")
        only = sys.argv[position + 1].split(",")
    os.makedirs(GOLD, exist_ok=True)
    problems = []
    jobs = [(index, make, None) for index, make in enumerate(ORDER)]
    jobs += [(None, make, "fresh") for make in FRESH]
    jobs += [(None, make, "explicit") for make in MORE]
    if "--renditions" in sys.argv:
        renditions_main(jobs, only, check_only)
        return
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
