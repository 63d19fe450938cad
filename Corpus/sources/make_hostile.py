#!/usr/bin/env python3
"""Writes the hostile and damaged files in Corpus/hostile/ from the built corpus.

Usage: make_hostile.py CORPUS_DIR

Needs Corpus/docx/ and Corpus/pdf/ to exist already (the hostile DOCX files reuse the
parts of a real corpus DOCX, so only word/document.xml is hostile) and `qpdf` for the
encrypted PDF.  Every file except encrypted.pdf is byte-identical on a rerun (AES-256
encryption draws a fresh random file key each time; its pages and password do not change).
"""

import hashlib
import io
import os
import subprocess
import sys
import zipfile

FIXED_TIME = (2008, 1, 1, 0, 0, 0)
BASE_DOCX = "docx/thurrock-self-evaluation.docx"
BASE_PDF = "pdf/barking-dagenham-scrutiny.pdf"

W_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def zip_entry(name):
    info = zipfile.ZipInfo(name, date_time=FIXED_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def docx_with_document(corpus, document_xml, exclude_document=False):
    """A copy of the base DOCX with word/document.xml replaced (or left out)."""
    with zipfile.ZipFile(os.path.join(corpus, BASE_DOCX)) as base:
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
            for name in base.namelist():
                if name == "word/document.xml":
                    if exclude_document:
                        continue
                    target.writestr(zip_entry(name), document_xml)
                else:
                    target.writestr(zip_entry(name), base.read(name))
        return out.getvalue()


def body(paragraphs):
    runs = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    return f"<w:document {W_NS}><w:body>{runs}</w:body></w:document>"


def not_a_zip():
    """4 KiB of deterministic binary noise that is neither a ZIP nor text."""
    data = bytearray()
    seed = b"scrutineer hostile not-a-zip"
    while len(data) < 4096:
        seed = hashlib.sha256(seed).digest()
        data += seed
    data = bytes(data[:4096])
    data = b"\x00\xff\xfe\x07" + data[4:]  # never starts with PK, contains NUL bytes
    return data


def xxe_document():
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
        "<!DOCTYPE w:document [\n"
        '  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n'
        '  <!ENTITY net SYSTEM "http://127.0.0.1:9/x">\n'
        "]>\n"
        + body(["Inter-agency governance", "Evidence: &xxe;", "Areas for development: &net;"])
    ).encode("utf-8")


def billion_laughs_document():
    entities = ['  <!ENTITY lol "lol">']
    previous = "lol"
    for level in range(1, 10):
        name = f"lol{level}"
        entities.append(f'  <!ENTITY {name} "' + f"&{previous};" * 10 + '">')
        previous = name
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        "<!DOCTYPE w:document [\n" + "\n".join(entities) + "\n]>\n" + body(["Evidence", "&lol9;"])
    ).encode("utf-8")


def zip_bomb(corpus, target_path):
    """A DOCX whose word/document.xml inflates to 1.1 GB from about 1 MB.

    The entry's sizes in the ZIP headers are honest; a reader must check the declared
    size and ratio before inflating, and stop inflating when a cap is reached.
    """
    head = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:document {W_NS}><w:body><w:p><w:r><w:t>"
    ).encode("utf-8")
    tail = b"</w:t></w:r></w:p></w:body></w:document>"
    total = 1_100_000_000
    chunk = b"A" * (1 << 20)
    with zipfile.ZipFile(os.path.join(corpus, BASE_DOCX)) as base:
        with zipfile.ZipFile(target_path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as target:
            for name in base.namelist():
                if name == "word/document.xml":
                    info = zip_entry(name)
                    with target.open(info, "w") as handle:
                        handle.write(head)
                        written = 0
                        while written < total:
                            piece = chunk if total - written >= len(chunk) else chunk[: total - written]
                            handle.write(piece)
                            written += len(piece)
                        handle.write(tail)
                else:
                    target.writestr(zip_entry(name), base.read(name))


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: make_hostile.py CORPUS_DIR")
    corpus = sys.argv[1]
    hostile = os.path.join(corpus, "hostile")
    os.makedirs(hostile, exist_ok=True)

    def write(name, data):
        with open(os.path.join(hostile, name), "wb") as handle:
            handle.write(data)

    write("not-a-zip.docx", not_a_zip())
    write("no-document-xml.docx", docx_with_document(corpus, b"", exclude_document=True))
    write("xxe.docx", docx_with_document(corpus, xxe_document()))
    write("billion-laughs.docx", docx_with_document(corpus, billion_laughs_document()))
    zip_bomb(corpus, os.path.join(hostile, "zip-bomb.docx"))
    write("empty.docx", b"")
    write("empty.pdf", b"")

    with open(os.path.join(corpus, BASE_PDF), "rb") as handle:
        pdf = handle.read()
    write("truncated.pdf", pdf[: len(pdf) // 3])

    encrypted = os.path.join(hostile, "encrypted.pdf")
    subprocess.run(
        [
            "qpdf",
            "--static-id",
            "--static-aes-iv",
            "--encrypt",
            "scrutineer-user",
            "scrutineer-owner",
            "256",
            "--",
            os.path.join(corpus, BASE_PDF),
            encrypted,
        ],
        check=True,
    )


if __name__ == "__main__":
    main()
