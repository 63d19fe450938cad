#!/usr/bin/env python3
"""Writes one chain's intermediate file for one seed source.

Usage: render.py CHAIN SOURCE.txt WORKDIR

Rewrites the source as the chain's profile says (variants.py), then writes WORKDIR/<seed>.docx
(python-docx chains), WORKDIR/<seed>.html (LibreOffice and Chromium chains) or
WORKDIR/<seed>.md (pandoc chains), and prints that path.  The rewritten source is kept as
WORKDIR/<seed>.src.txt for inspection.
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from variants import PROFILES, rewrite  # noqa: E402

KINDS = {
    "docx-python": "docx",
    "docx-libreoffice": "html",
    "docx-pandoc": "md",
    "pdf-libreoffice": "docx",
    "pdf-chromium": "html",
    "pdf-pandoc": "md",
}


def main():
    if len(sys.argv) != 4 or sys.argv[1] not in PROFILES:
        sys.exit("usage: render.py CHAIN SOURCE.txt WORKDIR  (CHAIN: " + ", ".join(PROFILES) + ")")
    chain, source, workdir = sys.argv[1:]
    seed = os.path.basename(source)[: -len(".txt")]
    with open(source, encoding="utf-8") as handle:
        text = rewrite(handle.read(), chain)
    os.makedirs(workdir, exist_ok=True)
    rewritten = os.path.join(workdir, seed + ".src.txt")
    with open(rewritten, "w", encoding="utf-8") as handle:
        handle.write(text)
    kind = KINDS[chain]
    out = os.path.join(workdir, f"{seed}.{kind}")
    if kind == "docx":
        from write_docx import write_docx

        write_docx(rewritten, out)
    elif kind == "html":
        from write_html import write_html

        write_html(text, out, chromium=chain == "pdf-chromium")
    else:
        from write_md import write_md

        write_md(text, out)
    print(out)


if __name__ == "__main__":
    main()
