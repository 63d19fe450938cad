#!/usr/bin/env python3
"""Sets a DOCX's core properties (title, author, created = modified) from a corpus source's
%title / %author / %created lines, and rewrites the ZIP with fixed timestamps.

Usage: set_core.py SOURCE.txt FILE.docx

pandoc writes no author or creation date unless they are printed in the body, and
LibreOffice stamps the conversion time; a Word user's file carries the author's values.
"""

import io
import re
import sys
import zipfile
from xml.sax.saxutils import escape

CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>\
<cp:revision>1</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">{created}T00:00:00Z</dcterms:created>\
<dcterms:modified xsi:type="dcterms:W3CDTF">{created}T00:00:00Z</dcterms:modified></cp:coreProperties>"""


def main():
    source, path = sys.argv[1], sys.argv[2]
    meta = dict(re.findall(r"^%(\w+):\s*(.*)$", open(source, encoding="utf-8").read(), re.M))
    core = CORE.format(title=escape(meta["title"]), author=escape(meta["author"]), created=meta["created"])
    original = zipfile.ZipFile(path)
    names = original.namelist()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        ordered = ["[Content_Types].xml"] + sorted(n for n in names if n != "[Content_Types].xml")
        for name in ordered:
            data = core.encode("utf-8") if name == "docProps/core.xml" else original.read(name)
            info = zipfile.ZipInfo(name, date_time=(2008, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            target.writestr(info, data)
        if "docProps/core.xml" not in names:
            raise SystemExit(f"{path}: no docProps/core.xml")
    original.close()
    with open(path, "wb") as handle:
        handle.write(out.getvalue())


if __name__ == "__main__":
    main()
