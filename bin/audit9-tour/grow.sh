#!/bin/bash
# Ten batches (batches.py) posted to a running serve on PORT; after each: stats, and the wall time of 20 queries.
port=$1; dir=/tmp/audit9/grow
for b in 0 1 2 3 4 5 6 7 8 9; do
  t0=$(date +%s.%N)
  curl -s -o /tmp/audit9/grow/add$b.json -w '%{http_code}' -X POST -H 'Content-Type: application/x-ndjson' --data-binary @$dir/batch$b.ndjson http://127.0.0.1:$port/api/documents
  t1=$(date +%s.%N)
  stats=$(curl -s http://127.0.0.1:$port/api/stats)
  qt=$(python3 - "$port" <<'PY'
import json,sys,time,urllib.request
qs=json.load(open('/tmp/audit9/grow/queries.json'))
ts=[];found=0
for q in qs:
    r=urllib.request.Request(f"http://127.0.0.1:{sys.argv[1]}/api/query",data=json.dumps(q).encode(),headers={"Content-Type":"application/json"})
    t=time.time(); a=json.load(urllib.request.urlopen(r)); ts.append(time.time()-t); found+=len(a["matches"])>0
ts.sort(); print(f"p50 {ts[len(ts)//2]*1000:.0f} ms max {ts[-1]*1000:.0f} ms, {found}/20 queries matched")
PY
)
  echo "batch $b: add $(echo "$t1 - $t0" | bc) s; $(echo $stats | python3 -c 'import json,sys; s=json.load(sys.stdin); print(s["documents"], "docs", s["bytes_on_disk"], "bytes", s["segments"], "segments")'); $qt"
done
