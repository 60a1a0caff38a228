#!/bin/bash
# feat-factnames: scans reuse-dev, rewrites-dev and the 13 written sets with direction truth (bin/reference-scans.sh's
# names) into OUT, with JAVA_OPTS for the scans (the measure ran its patched build with and without a -D switch),
# and copies the sets' splits from SPLITS (eval-rewrites --write-split files).
#   bin/factnames/scan.sh OUT SPLITS [JAVA_OPTS]
cd "$(dirname "$0")/../.." && . bin/find-java.sh
out=$1; splits=$2; export DOPPEL_JAVA_OPTS="${3:-}"; mkdir -p $out; shared=../shared/data
run() { name=$1; shift; ./doppel scan --format jsonl --quiet --out "$out/$name.jsonl" --families "$out/$name-fam.jsonl" "$@" 2>"$out/$name.err"
  echo "$name $(md5sum < "$out/$name.jsonl" | cut -c1-8) $(md5sum < "$out/$name-fam.jsonl" | cut -c1-8)"; }
run reuse $shared/reuse-dev/corpus
run rw $shared/rewrites-dev/corpus
for d in article-rewrites condense-rewrites easy-rewrites german-articles german-rewrites heavy-revisions manner-rewrites model-rewrites \
    model-rewrites2 restyle-rewrites short-revisions simplify-rewrites written-revisions; do run $d data/$d/corpus; done
cp $splits/split-*.json $out/
