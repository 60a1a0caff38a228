#!/bin/bash
# feat-direction8: direction right / backwards (and pairs judged) per set, from one checkout's scans in OUTDIR:
# bin/direction7/eval_all.sh's sets and data/model-rewrites2.
#   bin/direction8/eval_all.sh REPO OUTDIR fit|validation
bash "$(cd "$(dirname "$0")" && pwd)/../direction7/eval_all.sh" "$@"
cd "$1" && . bin/find-java.sh
printf "%-20s " model-rewrites2
./doppel eval-rewrites data/model-rewrites2 --pred "$2/model-rewrites2.jsonl" --families "$2/model-rewrites2-fam.jsonl" --part "$3" 2>&1 \
  | awk '/direction: pairs judged/{n=$NF} /direction: right/{r=$NF} /direction: backwards/{b=$NF} END{printf "judged %4s right %s backwards %s\n", n, r, b}'
