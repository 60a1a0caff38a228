#!/bin/bash
# Ctrl-C (SIGINT to the process group, as a terminal sends it) during index add, then check the index.
set -m; cd "$1"; I=/tmp/audit7/ix/cc-$(basename $1); rm -rf $I
./doppel index add --commit-every 3000 $I /tmp/data/g20k-s7 > $I.log 2>&1 &
pid=$!; sleep $2; kill -INT -- -$pid; wait $pid; echo "add rc=$?"
cat $I.log; ls $I | grep -v "^_"
./doppel index stats $I | cut -c1-110; echo
./doppel query --top 1 $I /tmp/data/g20k-s7/doc000005.txt --format jsonl | cut -c1-80
./doppel index add $I /tmp/data/g20k-s7 2>&1 | tail -1
./doppel index stats $I | cut -c1-60
