#!/bin/bash
# feat-direction6: every scan the section "Direction: substitutions, cuts and cohesion" reads, for one checkout.
#   bin/direction6/scan.sh REPO OUTDIR   (e.g. /work/main /tmp/d6/main, then this worktree /tmp/d6/branch)
# usage: scan.sh REPO OUTDIR
cd $1 && . bin/find-java.sh
O=$2; mkdir -p $O
S=/work/shared/data
run(){ ./doppel scan --format jsonl --quiet --out $O/$1.jsonl --families $O/$1-fam.jsonl "${@:2}" 2>$O/$1.err; }
run seeds $S/seeds
run sample sample-corpus
run reuse $S/reuse-dev/corpus
for d in written-revisions heavy-revisions simplify-rewrites short-revisions article-rewrites german-articles german-rewrites model-rewrites; do run $d data/$d/corpus; done
run rw $S/rewrites-dev/corpus
run g20k /tmp/data/g20k-s7
run g20kc /tmp/data/g20k-s7 --copies-only
echo DONE
