#!/usr/bin/env bash
# Builds one libFuzzer harness (FuzzDOCX, FuzzPDFLayout or FuzzSegmenter) with the fuzzer and
# address sanitizers and runs it, seeded from Corpus/, for SECONDS (default 600).
#   Scripts/fuzz.sh FuzzDOCX 600
# Working corpus: .build-fuzz/corpus/<harness>; crashes: .build-fuzz/artifacts/<harness>/.
# Leak checks are off (-detect_leaks=0) so a run lasts its time; ASan still stops at any memory error.
# A crash found is fixed, then kept under Corpus/fuzz/<harness>/ with a test that reads it.
set -euo pipefail
cd "$(dirname "$0")/.."
harness=${1:?usage: Scripts/fuzz.sh FuzzDOCX|FuzzPDFLayout|FuzzSegmenter [seconds]}
seconds=${2:-600}
scratch=.build-fuzz
SCRUTINEER_FUZZ=1 nice swift build -c release --scratch-path "$scratch" \
    -Xswiftc -sanitize=fuzzer,address --product "$harness"
seeds="$scratch/seeds/$harness"
mkdir -p "$seeds" "$scratch/corpus/$harness" "$scratch/artifacts/$harness"
case "$harness" in
FuzzDOCX)
    # Even first byte: the file as it is; odd: the rest becomes word/document.xml.
    cp Corpus/docx/*.docx Corpus/hostile/*.docx "$seeds/" 2>/dev/null || true
    for docx in Corpus/docx/*.docx; do
        { printf '\001'; unzip -p "$docx" word/document.xml | head -c 60000 || true; } > "$seeds/$(basename "$docx" .docx).xml"
    done
    ;;
FuzzPDFLayout)
    cp Fuzz/seeds/FuzzPDFLayout/* "$seeds/"
    ;;
FuzzSegmenter)
    # Even first byte: read by the text extractor; odd: lines marked as blocks.
    for text in Corpus/text/*; do { printf '\000'; cat "$text"; } > "$seeds/$(basename "$text")"; done
    printf '\001#Integrated strategy\n1. How does the partnership plan?\n||Red|Amber{FFC000}|Green\n|Area|Lead|Mar 09\n-Evidence: a plan\n' \
        > "$seeds/blocks.txt"
    ;;
esac
[ -d "Corpus/fuzz/$harness" ] && cp "Corpus/fuzz/$harness"/* "$seeds/" 2>/dev/null || true
nice "$scratch/release/$harness" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -max_len=65536 \
    -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$scratch/artifacts/$harness/" \
    "$scratch/corpus/$harness" "$seeds"
