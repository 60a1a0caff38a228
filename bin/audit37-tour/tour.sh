#!/usr/bin/env bash
# The thirty-seventh tour (docs/quality.md, "A thirty-seventh tour"): the leftovers of the thirty-fifth and
# thirty-sixth, then a newsroom archivist's CMS export. From the repository root, after a build:
#   bin/audit37-tour/tour.sh /tmp/audit37 [JAR]      (JAR: main's jar to compare; the default is this tree's)
set -u
out=${1:-/tmp/audit37}; jar=${2:-doppel-cli/target/doppel.jar}
rm -rf "$out" && mkdir -p "$out"
. bin/find-java.sh
doppel() { java --enable-native-access=ALL-UNNAMED -jar "$jar" "$@"; }
python3 bin/audit37-tour/make_cms.py "$out"
echo "== index add: an id read twice in one run (a record's c, then c again)"
mkdir -p "$out/rep" && for i in 1 2; do printf '{"id":"c","text":"The ferry to Hoy ran late on Monday after a fault in its %s engine."}\n' $i; done > "$out/rep/d.jsonl"
doppel index add "$out/idx" "$out/rep" 2>&1 | grep -v committed
echo "== a folder export/ beside export.tar holding 2024/pier.txt"
mkdir -p "$out/x/export/2024" "$out/t/2024" && cp "$out/md/story.md" "$out/x/export/2024/pier.txt" && cp "$out/md/story.md" "$out/t/2024/pier.txt"
tar -C "$out/t" -cf "$out/x/export.tar" 2024 && doppel scan "$out/x" 2>&1 | grep duplicate
echo "== a far-off and a near mistyped option"
doppel scan --thresh 0.5 "$out/cms" 2>&1; doppel scan --fromat csv "$out/cms" 2>&1
echo "== the CMS export: feeds, tables, a mail, office files, Markdown, a file without extension"
doppel scan "$out/cms" 2>&1 | grep -v '^ \|^$\|^=='
echo "== Markdown with front matter: dates read, markup kept in the text"
doppel scan "$out/md" 2>&1 | grep "direction:\|documents,"
