#!/bin/bash
# The fact-checker's API probes of the tenth tour against a running serve: bin/audit10-tour/serve-probes.sh PORT
# (after: python3 bin/audit10-tour/nonlatin.py; ./doppel index add /tmp/audit10/sidx sample-corpus;
#  ./doppel serve /tmp/audit10/sidx --port PORT &)
S=http://127.0.0.1:${1:-18810}
q() { curl -s -X POST -H 'Content-Type: application/json' --data-binary "$1" $S/api/query | cut -c1-200; echo; }
q '{"text":""}'; q '{"text":"   "}'; q '{}'; q '{"html":"<p></p>"}'; q '{"html":"<script>alert(1)</script>"}'
q '{"text":"hi","html":"<p>x</p>"}'; q '{"text":"x","top":0}'; q '{"text":"x","top":1.5}'; q '{"text":"x","id":""}'
curl -s -X POST -H 'Content-Type: application/x-ndjson' --data-binary @/tmp/audit10/nonlatin.ndjson $S/api/documents; echo
for f in q-ar q-he q-ja q-ja1 q-arhtml; do
  curl -s -X POST -H 'Content-Type: application/json' --data-binary @/tmp/audit10/$f.json $S/api/query |
    python3 -c "import json,sys; d=json.load(sys.stdin); print('$f', [(m['b'], m['relation'], m['score'], m['reason'][:60]) for m in d['matches']])"
done
curl -s "$S/api/documents?q=%D8%AC%D8%B3%D8%B1" | cut -c1-200; echo
# a dataset's records as index add reads them: a numeric id, the text under "content" (400 on main)
printf '{"id": 7, "text": "A short text about a ferry."}\n{"id": "c1", "content": "A short text about a bridge."}\n' |
  curl -s -X POST -H 'Content-Type: application/x-ndjson' --data-binary @- $S/api/documents; echo
