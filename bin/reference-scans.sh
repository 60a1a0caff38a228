#!/bin/bash
# Scans every development and held-out set the passes compare, printing the md5 of each scan's pairs and families
# (the "Outputs" lines of docs/quality.md's pass summaries), and with --held-out scores the four held-out sets.
#   bin/reference-scans.sh OUTDIR [G20K_DIR]          # G20K_DIR: gen_corpus.py --docs 20000 --seed 7, truth moved out
#   bin/reference-scans.sh --held-out OUTDIR          # after the above: eval-rewrites --part all on data/heldout-*
set -eu
cd "$(dirname "$0")/.."
. bin/find-java.sh
if [ "${1:-}" = "--held-out" ]; then
  for d in heldout-rewrites heldout-german heldout-rewrites2 heldout-condense; do
    echo "== $d"; ./doppel eval-rewrites data/$d --pred "$2/$d.jsonl" --families "$2/$d-fam.jsonl" --part all 2>&1 | grep -v "^documents"
  done
  exit 0
fi
out=$1; g20k=${2:-/tmp/data/g20k-s7}; shared=../shared/data
mkdir -p "$out"
run() { name=$1; shift; ./doppel scan --format jsonl --quiet --out "$out/$name.jsonl" --families "$out/$name-fam.jsonl" "$@" 2>"$out/$name.err"
  echo "$name $(md5sum < "$out/$name.jsonl" | cut -c1-8) $(md5sum < "$out/$name-fam.jsonl" | cut -c1-8)"; }
run reuse $shared/reuse-dev/corpus
run seeds $shared/seeds
run sample sample-corpus
run rw $shared/rewrites-dev/corpus
for d in model-rewrites heldout-rewrites heldout-german german-rewrites heavy-revisions written-revisions article-rewrites \
    heldout-rewrites2 simplify-rewrites german-articles short-revisions manner-rewrites model-rewrites2 condense-rewrites heldout-condense \
    restyle-rewrites easy-rewrites easy-rewrites2 easy-rewrites3 easy-rewrites4 easy-rewrites5 easy-rewrites6 easy-rewrites7; do run $d data/$d/corpus; done
if [ -d "$g20k" ]; then
  ./doppel scan --format jsonl --quiet --out "$out/g20k.jsonl" "$g20k" 2>/dev/null; echo "g20k $(md5sum < "$out/g20k.jsonl" | cut -c1-8)"
  ./doppel scan --copies-only --format jsonl --quiet --out "$out/g20kc.jsonl" "$g20k" 2>/dev/null; echo "g20kc $(md5sum < "$out/g20kc.jsonl" | cut -c1-8)"
fi
