#!/bin/bash
# feat-direction4 (second round): direction right / backwards (and pairs judged) on one part of every written
# development set (not heldout-*) and rewrites-dev, from scans as bin/reference-scans.sh writes them.
#   bin/direction9/eval_all.sh OUTDIR fit|validation
cd "$(dirname "$0")/../.." && . bin/find-java.sh
O=$1; P=$2
ev(){ printf "%-20s " $1; ./doppel eval-rewrites $2 --pred $O/$1.jsonl --families $O/$1-fam.jsonl --part $P 2>&1 \
  | awk '/direction: pairs judged/{n=$NF} /direction: right/{r=$NF} /direction: backwards/{b=$NF} END{printf "judged %4s right %s backwards %s\n", n, r, b}'; }
for d in article-rewrites condense-rewrites easy-rewrites german-articles german-rewrites heavy-revisions manner-rewrites model-rewrites \
    model-rewrites2 restyle-rewrites short-revisions simplify-rewrites written-revisions; do
  [ -f $O/$d.jsonl ] && ev $d data/$d; done
ev rw ../shared/data/rewrites-dev
