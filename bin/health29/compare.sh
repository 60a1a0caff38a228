#!/bin/bash
# bin/health29/compare.sh JAR OUT [DIR] [CRAWLS]: the round's inputs read by one jar, each output in OUT (md5sum them
# and compare two jars' folders). DIR: bin/health29/make_inputs.sh's (default /tmp/h29); CRAWLS: the damaged crawls of
# bin/health28/make_crawls.py (default /tmp/h28/crawls2).
set -u
jar=$(realpath "$1"); mkdir -p "$2"; out=$(realpath "$2"); dir=${3:-/tmp/h29}; crawls=${4:-/tmp/h28/crawls2}
J="java -jar $jar"
cd "$(dirname "$crawls")"
for f in text json; do $J extract --format=$f "$(basename "$crawls")" > $out/ex2-$f.out 2> $out/ex2-$f.err; done
cd "$dir"
for f in text jsonl html; do $J photos --threads 1 --format $f photos > $out/ph-$f.out 2> $out/ph-$f.err; done
(cd photos && $J photos --threads 1 --format jsonl . > $out/ph-dot.out 2> $out/ph-dot.err; $J photos --threads 1 --format jsonl "" > $out/ph-empty.out 2> $out/ph-empty.err)
$J scan --format jsonl photos > $out/scan-photos.out 2> $out/scan-photos.err
$J scan --format jsonl texts > $out/scan-texts.out 2> $out/scan-texts.err
(cd texts && $J scan --format jsonl . > $out/scan-dot.out 2> $out/scan-dot.err; $J scan --format jsonl "" > $out/scan-empty.out 2> $out/scan-empty.err)
