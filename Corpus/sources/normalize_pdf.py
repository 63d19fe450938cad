#!/usr/bin/env python3
"""Makes a LibreOffice PDF reproducible: replaces its creation time, file identifier and
checksum (which change on every conversion) with values derived from the DOCX it was made
from.  Replacements keep each field's length, so the cross-reference offsets stay valid.

Usage: normalize_pdf.py SOURCE.docx OUTPUT.pdf
"""

import hashlib
import re
import sys
import zipfile


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: normalize_pdf.py SOURCE.docx OUTPUT.pdf")
    docx_path, pdf_path = sys.argv[1], sys.argv[2]
    with open(docx_path, "rb") as handle:
        docx_bytes = handle.read()
    core = zipfile.ZipFile(docx_path).read("docProps/core.xml").decode("utf-8")
    created = re.search(r"<dcterms:created[^>]*>(\d{4})-(\d{2})-(\d{2})", core)
    stamp = "".join(created.groups()) + "000000" if created else "20080101000000"
    digest = hashlib.md5(docx_bytes).hexdigest().upper().encode("ascii")

    with open(pdf_path, "rb") as handle:
        pdf = handle.read()

    def creation(match):
        return b"/CreationDate(D:" + stamp.encode("ascii") + match.group(2)

    pdf = re.sub(rb"/CreationDate\(D:(\d{14})([^)]*\))", creation, pdf)
    pdf = re.sub(rb"<[0-9A-F]{32}>", lambda m: b"<" + digest + b">", pdf)
    pdf = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + digest, pdf)
    with open(pdf_path, "wb") as handle:
        handle.write(pdf)


if __name__ == "__main__":
    main()
