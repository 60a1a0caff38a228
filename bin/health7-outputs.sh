#!/bin/bash
# Outputs the reference scans do not hold (docs/quality.md, "Code health, seventh round"), written to $1 from the
# repository root it is run in (run it in two trees and cmp the files): trace text, the text report, GraphML families, standard input, query text
set -u
out=$1; mkdir -p $out
./doppel scan sample-corpus --format text --families $out/fam.graphml --quiet > $out/scan.txt 2> $out/scan.err
./doppel scan sample-corpus --format text --copies-only --quiet > $out/scan-copies.txt 2>&1
for d in $(ls sample-corpus/copies | head -4 | sed 's/\.[a-z]*$//'); do
  ./doppel trace copies/$d --in sample-corpus --format text --no-model > $out/trace-$d.txt 2>&1
done
page=$(ls sample-corpus/pages | grep "\.html$" | head -1); ./doppel trace pages/${page%.html} --in sample-corpus --format text --no-model > $out/trace-page.txt 2>&1
find sample-corpus/copies -type f | sort | head -6 | while read f; do python3 -c 'import json,sys; print(json.dumps({"id":sys.argv[1],"text":open(sys.argv[1]).read(),"title":"A  title\nover two lines"}))' $f; done > $out/in.jsonl
cat $out/in.jsonl | ./doppel scan --format text --no-model - > $out/stdin-jsonl.txt 2>&1
gzip -c $out/in.jsonl | ./doppel scan --format jsonl --copies-only - > $out/stdin-gz.txt 2>&1
cat sample-corpus/copies/$(ls sample-corpus/copies | head -1) | ./doppel scan --format jsonl --copies-only - sample-corpus/copies > $out/stdin-text.txt 2>&1
rm -rf $out/idx; ./doppel index add $out/idx sample-corpus --quiet > $out/index.txt 2>&1
./doppel query $out/idx sample-corpus/copies/$(ls sample-corpus/copies | head -1) --format text > $out/query.txt 2>&1
rm -rf $out/idx
