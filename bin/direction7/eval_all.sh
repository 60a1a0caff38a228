#!/bin/bash
# feat-direction7: direction right / backwards (and pairs judged) per set, from one checkout's scans in OUTDIR.
#   bin/direction7/eval_all.sh REPO OUTDIR fit|validation
cd $1 && . bin/find-java.sh
O=$2; P=$3; S=/work/shared/data
ev(){ printf "%-20s " $1; ./doppel eval-rewrites $2 --pred $O/$1.jsonl --families $O/$1-fam.jsonl --part $P 2>&1 \
  | awk '/direction: pairs judged/{n=$NF} /direction: right/{r=$NF} /direction: backwards/{b=$NF} END{printf "judged %4s right %s backwards %s\n", n, r, b}'; }
for d in written-revisions heavy-revisions simplify-rewrites short-revisions article-rewrites german-articles german-rewrites model-rewrites manner-rewrites; do
  [ -f $O/$d.jsonl ] && ev $d data/$d; done
ev rw $S/rewrites-dev
