#!/usr/bin/env bash
# The main job on a fresh Debian 12 machine: install what is missing, build, and read the
# whole corpus into Output/ (one review JSON per document, and the embedded SQLite store
# Output/scrutineer.sqlite). Nothing to start by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/install-system-packages.sh
swift build -c release --product scrutineer
bin=$(swift build -c release --show-bin-path)/scrutineer
"$bin" ingest Corpus/docx Corpus/pdf Corpus/text --out Output
echo
echo "Review JSON and the store are in Output/. Try:"
echo "  $bin search safeguarding"
echo "  $bin recommendations --overdue-at 2009-06-01"
