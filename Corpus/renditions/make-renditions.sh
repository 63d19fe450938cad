#!/usr/bin/env bash
# Regenerates Corpus/renditions/<chain>/<seed>.{docx,pdf} and manifest.tsv from the seed
# sources in Corpus/sources/<seed>.txt (not from Corpus/docx). See README.md beside it.
#
# Usage: Corpus/renditions/make-renditions.sh [CHAIN ...]    (default: all six chains)
#
# Needs python3 with python-docx 1.2.0, LibreOffice (soffice), Chromium, pandoc and
# pdfLaTeX (texlive-latex-recommended, texlive-latex-extra, lmodern).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
sources="$repo/Corpus/sources"
seeds=(
    thurrock-self-evaluation
    hertfordshire-self-evaluation
    vcs-engage-additional-offer
    london-vcs-representation
    barking-dagenham-scrutiny
)
chains=("$@")
((${#chains[@]})) || chains=(docx-python docx-libreoffice docx-pandoc pdf-libreoffice pdf-chromium pdf-pandoc)

for tool in soffice chromium pandoc pdflatex pdfinfo; do
    command -v "$tool" >/dev/null 2>&1 || { echo "missing $tool" >&2; exit 1; }
done
python3 -c 'import docx' 2>/dev/null || python3 -m pip install --quiet 'python-docx==1.2.0' \
    || python3 -m pip install --quiet --break-system-packages 'python-docx==1.2.0'

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
profile="$work/lo-profile"
export TZ=UTC SOURCE_DATE_EPOCH=1199145600   # pdfTeX and pandoc read it for dates and IDs

pandoc_from="$(cd "$here" && python3 -c 'import write_md; print(write_md.PANDOC_FROM)')"
v_docx="python-docx $(python3 -c 'import docx; print(docx.__version__)')"
v_lo="LibreOffice $(soffice --version 2>/dev/null | awk '{print $2; exit}')"
v_chromium="Chromium $(chromium --version 2>/dev/null | grep -o '[0-9][0-9.]*' | head -1)"
v_pandoc="pandoc $(pandoc --version | awk 'NR==1 {print $2}')"
v_tex="pdfTeX $(pdflatex --version | awk 'NR==1 {print $2}')"

soffice_convert() { # input filter-spec outdir [infilter]
    local args=(-env:UserInstallation="file://$profile" --headless)
    [[ -n "${4:-}" ]] && args+=(--infilter="$4")
    soffice "${args[@]}" --convert-to "$2" --outdir "$3" "$1" >/dev/null 2>&1
}

declare -A tools=(
    [docx-python]="$v_docx"
    [docx-libreoffice]="$v_lo (HTML import, Word 2007 export)"
    [docx-pandoc]="$v_pandoc (Markdown to docx)"
    [pdf-libreoffice]="$v_docx; $v_lo (Writer PDF export)"
    [pdf-chromium]="$v_chromium (headless print-to-pdf of HTML)"
    [pdf-pandoc]="$v_pandoc (Markdown to LaTeX); $v_tex"
)

for chain in "${chains[@]}"; do
    format="${chain%%-*}"
    mkdir -p "$here/$chain"
    for seed in "${seeds[@]}"; do
        echo "$chain: $seed"
        src="$sources/$seed.txt"
        out="$here/$chain/$seed.$format"
        mid="$(python3 "$here/render.py" "$chain" "$src" "$work/$chain")"
        case "$chain" in
        docx-python)
            cp "$mid" "$out" ;;
        docx-libreoffice)
            soffice_convert "$mid" 'docx:MS Word 2007 XML' "$work/$chain/out" 'HTML (StarWriter)'
            cp "$work/$chain/out/$seed.docx" "$out"
            python3 "$here/set_core.py" "$src" "$out" ;;
        docx-pandoc)
            pandoc -f "$pandoc_from" -t docx -o "$out" "$mid"
            python3 "$here/set_core.py" "$src" "$out" ;;
        pdf-libreoffice)
            soffice_convert "$mid" pdf "$work/$chain/out"
            cp "$work/$chain/out/$seed.pdf" "$out"
            python3 "$sources/normalize_pdf.py" "$mid" "$out" ;;
        pdf-chromium)
            chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
                --print-to-pdf="$out" "file://$mid" >/dev/null 2>&1 ;;
        pdf-pandoc)
            title="$(sed -n 's/^%title: *//p' "$src")"
            author="$(sed -n 's/^%author: *//p' "$src")"
            pandoc -f "$pandoc_from" -o "$out" --pdf-engine=pdflatex \
                -V geometry:a4paper,margin=2cm -V fontsize=10pt -V lang=en-GB \
                -V title-meta="$title" -V author-meta="$author" "$mid" ;;
        esac
        test -s "$out" || { echo "no output for $chain $seed" >&2; exit 1; }
    done
done

# The manifest lists every rendition on disk, whichever chains this run rebuilt.
manifest="$here/manifest.tsv"
{
    printf 'seed\tchain\tformat\tpath\ttool-and-version\n'
    for chain in docx-python docx-libreoffice docx-pandoc pdf-libreoffice pdf-chromium pdf-pandoc; do
        format="${chain%%-*}"
        for seed in "${seeds[@]}"; do
            [[ -f "$here/$chain/$seed.$format" ]] || continue
            printf '%s\t%s\t%s\t%s\t%s\n' "$seed" "$chain" "$format" \
                "Corpus/renditions/$chain/$seed.$format" "${tools[$chain]}"
        done
    done
} >"$manifest"

echo "checking"
for chain in pdf-libreoffice pdf-chromium pdf-pandoc; do
    for seed in "${seeds[@]}"; do
        f="$here/$chain/$seed.pdf"
        [[ -f "$f" ]] && echo "  $chain/$seed: $(pdfinfo "$f" | awk '/^Pages:/ {print $2}') pages"
    done
done
du -sh "$here"
