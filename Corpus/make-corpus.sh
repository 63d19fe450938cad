#!/usr/bin/env bash
# Regenerates Corpus/docx, Corpus/pdf, Corpus/updates and Corpus/hostile from Corpus/sources.
#
# Usage: Corpus/make-corpus.sh            (from anywhere)
#
# Needs python3 with python-docx, LibreOffice (soffice), qpdf and poppler-utils; installs
# any that are missing with pip / apt-get.  DOCX files are byte-identical on a rerun;
# PDFs are too, on the same LibreOffice version (normalize_pdf.py fixes the creation date
# and file identifier that LibreOffice would otherwise change on every conversion).
set -euo pipefail

corpus="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sources="$corpus/sources"

need_apt=()
command -v soffice >/dev/null 2>&1 || need_apt+=(libreoffice-writer-nogui)
command -v qpdf >/dev/null 2>&1 || need_apt+=(qpdf)
command -v pdftotext >/dev/null 2>&1 || need_apt+=(poppler-utils)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3 python3-pip)
if ((${#need_apt[@]})); then
    echo "installing ${need_apt[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}"
fi
if ! python3 -c 'import docx' >/dev/null 2>&1; then
    echo "installing python-docx"
    python3 -m pip install --quiet 'python-docx==1.2.0' || python3 -m pip install --quiet --break-system-packages 'python-docx==1.2.0'
fi

# LibreOffice gets a private profile so a running instance elsewhere cannot block it.
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
to_pdf() { # docx-file output-dir
    soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$2" "$1" >/dev/null 2>&1
    local pdf="$2/$(basename "${1%.docx}").pdf"
    test -s "$pdf" || { echo "PDF conversion failed for $1" >&2; exit 1; }
    python3 "$sources/normalize_pdf.py" "$1" "$pdf"
}

mkdir -p "$corpus/docx" "$corpus/pdf" "$corpus/updates" "$corpus/hostile"

seeds=(
    thurrock-self-evaluation
    hertfordshire-self-evaluation
    vcs-engage-additional-offer
    london-vcs-representation
    barking-dagenham-scrutiny
)
for name in "${seeds[@]}"; do
    echo "building $name"
    python3 "$sources/build_docx.py" "$sources/$name.txt" "$corpus/docx/$name.docx"
    to_pdf "$corpus/docx/$name.docx" "$corpus/pdf"
done

update=barking-dagenham-progress-2009
echo "building $update"
python3 "$sources/build_docx.py" "$sources/$update.txt" "$corpus/updates/$update.docx"
to_pdf "$corpus/updates/$update.docx" "$corpus/updates"

echo "building hostile files"
python3 "$sources/make_hostile.py" "$corpus"

echo "checking"
for name in "${seeds[@]}"; do
    pages="$(pdfinfo "$corpus/pdf/$name.pdf" | awk '/^Pages:/ {print $2}')"
    echo "  $name: $pages pages"
done
echo "done"
