#!/usr/bin/env bash
# Rounds of the issue-13 comparison against sim_text, each tool right after the other in every round, so that a
# host whose speed drifts touches all of a round alike (docs/benchmarks.md, "After the eighth pass").
#   bin/peer-rounds.sh CORPUS_20K CORPUS_100K OUT [ROUNDS]      e.g. /tmp/data/g20k-s7 /tmp/data/g100k-s1 /tmp/rounds 3
# Appends "name user+sys cpu wall KB" lines to OUT/times.txt, then the md5 of every output.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
small="$1"; large="$2"; out="$3"; rounds="${4:-3}"
mkdir -p "$out"
find "$small" -name '*.txt' | sort > "$out/files-small.txt"
find "$large" -name '*.txt' | sort > "$out/files-large.txt"
"$here/doppel" --help >/dev/null   # builds the jar and its class cache outside the timed runs
timed() { local name="$1"; shift; /usr/bin/time -f "$name %U+%S cpu %e wall %M KB" -a -o "$out/times.txt" "$@"; }
for round in $(seq 1 "$rounds"); do
  echo "round $round $(date +%T) load $(cut -d' ' -f1 /proc/loadavg)" >> "$out/times.txt"
  timed sim-small taskset -c 0 sh -c "sim_text -p -r 8 -i < '$out/files-small.txt' > '$out/sim-small.out'"
  timed copies-small-1t taskset -c 0 "$here/doppel" scan --copies-only --threads 1 --quiet --format jsonl --out "$out/copies-small-1t.jsonl" "$small"
  timed copies-small-2t taskset -c 0,1 "$here/doppel" scan --copies-only --threads 2 --quiet --format jsonl --out "$out/copies-small-2t.jsonl" "$small"
  timed model-small-1t taskset -c 0 "$here/doppel" scan --threads 1 --quiet --format jsonl --out "$out/model-small-1t.jsonl" "$small"
  timed sim-large taskset -c 0 sh -c "sim_text -p -r 8 -i < '$out/files-large.txt' > '$out/sim-large.out'"
  timed copies-large-1t taskset -c 0 "$here/doppel" scan --copies-only --threads 1 --quiet --format jsonl --out "$out/copies-large-1t.jsonl" "$large"
  timed copies-large-2t taskset -c 0,1 "$here/doppel" scan --copies-only --threads 2 --quiet --format jsonl --out "$out/copies-large-2t.jsonl" "$large"
done
md5sum "$out"/*.jsonl >> "$out/times.txt"
