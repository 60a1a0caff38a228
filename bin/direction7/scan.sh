#!/bin/bash
# feat-direction7: every scan the section "Direction across manners of rewriting" reads, for one checkout: those of
# bin/direction6/scan.sh and data/manner-rewrites.
#   bin/direction7/scan.sh REPO OUTDIR   (e.g. /work/main /tmp/d7/m2, then this worktree /tmp/d7/br)
bash "$(cd "$(dirname "$0")" && pwd)/../direction6/scan.sh" "$1" "$2" || exit 1
cd "$1" && . bin/find-java.sh
./doppel scan --format jsonl --quiet --out "$2/manner-rewrites.jsonl" --families "$2/manner-rewrites-fam.jsonl" \
  data/manner-rewrites/corpus 2>"$2/manner-rewrites.err"
