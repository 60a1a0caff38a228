#!/bin/bash
# the first three sets of bin/reference-scans.sh on the final code (code2)
set -eu
cd /tmp/audit30/code2 && . bin/find-java.sh
out=/tmp/audit30/ref2; mkdir -p $out; shared=../shared/data
run() { name=$1; shift; ./doppel scan --format jsonl --quiet --out "$out/$name.jsonl" --families "$out/$name-fam.jsonl" "$@" 2>"$out/$name.err"
  echo "$name $(md5sum < "$out/$name.jsonl" | cut -c1-8) $(md5sum < "$out/$name-fam.jsonl" | cut -c1-8)"; }
run reuse $shared/reuse-dev/corpus
run seeds $shared/seeds
run sample sample-corpus
