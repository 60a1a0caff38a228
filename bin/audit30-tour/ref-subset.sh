#!/bin/bash
# The first three sets of bin/reference-scans.sh (reuse, seeds, sample), for a check on later code than a full run's:
#   bin/audit30-tour/ref-subset.sh OUTDIR > OUTDIR.txt; head -3 /tmp/base40.txt | diff - OUTDIR.txt
set -eu
cd "$(dirname "$0")/../.." && . bin/find-java.sh
out=$1; mkdir -p "$out"; shared=../shared/data
run() { name=$1; shift; ./doppel scan --format jsonl --quiet --out "$out/$name.jsonl" --families "$out/$name-fam.jsonl" "$@" 2>"$out/$name.err"
  echo "$name $(md5sum < "$out/$name.jsonl" | cut -c1-8) $(md5sum < "$out/$name-fam.jsonl" | cut -c1-8)"; }
run reuse $shared/reuse-dev/corpus
run seeds $shared/seeds
run sample sample-corpus
