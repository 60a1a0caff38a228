#!/bin/bash
# serve an index, ask it, stop it with Ctrl-C (SIGINT), start it again on the same folder and ask again
set -m; cd "$1"; IDX=$2; P=$3
start() { ./doppel serve --no-model --port $P $IDX > /tmp/audit7/serve-$P.log 2>&1 & pid=$!; for i in $(seq 1 40); do sleep 1; curl -s localhost:$P/api/health >/dev/null && break; done; }
ask() { curl -s -X POST -H 'Content-Type: application/json' localhost:$P/api/query -d '{"id":"zclaim","text":"Die Baukosten lagen bei 18 Millionen Euro, etwa ein Drittel mehr als geplant. Fußgänger und Radfahrer haben eine eigene Spur auf der Südseite."}' | python3 -c "import sys,json; d=json.load(sys.stdin); [print(' ', m['a'], m['b'], m['reason'][:50], m['passages']) for m in d['matches']]"; }
start; ask
curl -s -X POST -H 'Content-Type: application/json' localhost:$P/api/documents -d '{"id":"de0","text":"Neue Brücke\n\nDie Baukosten lagen bei 21 Millionen Euro."}'; echo
kill -INT $pid; wait $pid; echo "serve rc=$?"; cat /tmp/audit7/serve-$P.log
start; ask; curl -s localhost:$P/api/documents/de0 | cut -c1-90; echo; curl -s localhost:$P/api/stats | cut -c1-40; echo
kill -INT $pid; wait $pid; echo "serve rc=$?"
