"""python-docx rendition: the source (already rewritten by variants.py) through a python-docx
builder with real Word numbering in numbering.xml, Heading styles, tables and cell shading.

The block builder is Corpus/sources/build_docx.py's; this chain differs in its page setup
(A4 with 2.5 cm margins, Calibri 11, no running header, a plain page-number
footer) and in what variants.py rewrites before the builder sees the text.
"""

import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "sources"))

import build_docx  # noqa: E402
from docx.shared import Pt, Twips  # noqa: E402


class RenditionBuilder(build_docx.Builder):
    def usable_width(self):
        for section in self.document.sections:
            for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
                setattr(section, side, Twips(1418))
        return super().usable_width()

    def furniture(self):
        section = self.document.sections[0]
        page = section.footer.paragraphs[0]
        page.add_run("Page ")
        p = page._p
        p.append(build_docx.run_element('<w:fldChar w:fldCharType="begin"/>'))
        p.append(build_docx.run_element('<w:instrText xml:space="preserve"> PAGE </w:instrText>'))
        p.append(build_docx.run_element('<w:fldChar w:fldCharType="separate"/>'))
        p.append(build_docx.run_element("<w:t>1</w:t>"))
        p.append(build_docx.run_element('<w:fldChar w:fldCharType="end"/>'))


def write_docx(source_path, out_path):
    builder = RenditionBuilder(source_path)
    document = builder.build()
    normal = document.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    for section in document.sections:
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Twips(1418))
    buffer = io.BytesIO()
    document.save(buffer)
    with open(out_path, "wb") as handle:
        handle.write(build_docx.deterministic_zip(buffer.getvalue()))
