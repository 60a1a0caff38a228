#!/usr/bin/env bash
# The eleventh tour's newsroom folder (docs/quality.md, "An eleventh tour"): the sample corpus's seeds beside what a
# newsroom's corpus folder gathers (a standing index, a link whose file was moved, a link up to the folder above, a
# pipe, an empty file, noise), then the local scan and the Spark job on it, their problem lines side by side.
#   bin/audit11-tour/newsroom.sh /tmp/audit11
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
work="$1"; bad="$work/bad"
rm -rf "$bad" "$work/bad-spark"; mkdir -p "$bad/sub"
cp "$here"/sample-corpus/seeds/* "$bad/"
ln -s /nonexist "$bad/dangling.txt"; ln -s .. "$bad/sub/up"; mkfifo "$bad/pipe.txt"; : > "$bad/empty.txt"
head -c 3000 /dev/urandom > "$bad/noise.txt"
"$here/doppel" index add "$bad/idx" "$bad" --quiet
"$here/doppel" scan "$bad" --quiet --format jsonl --out "$work/bad-local.jsonl" 2> "$work/bad-local.err"
"$here/doppel-spark" scan "$bad" --out "$work/bad-spark" 2> "$work/bad-spark.err"
echo "local: $(grep -c '(skipped)' "$work/bad-local.err") problem lines; spark: $(cat "$work"/bad-spark/problems/part-* | wc -l)"
