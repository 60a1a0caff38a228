#!/usr/bin/env bash
# The thirty-fifth tour (docs/quality.md, "A thirty-fifth tour"): a newcomer following the README on a mixed corpus.
# From the repository root, after a build:  bin/audit35-tour/tour.sh /tmp/audit35
# Runs as root and as the user nobody (for the permission cases; root reads any file). Prints what each command says.
set -u
out=${1:-/tmp/audit35}
rm -rf "$out" && mkdir -p "$out/out" && chmod 777 "$out/out" && chmod 755 "$out"
python3 bin/audit35-tour/make_corpus.py "$out/c" >/dev/null
mkdir -p "$out/bs/a" && cp "$out/c/no/ferje.txt" "$out/bs/a\\b.txt" && cp "$out/c/no/ferje.txt" "$out/bs/a/b.txt"
. bin/find-java.sh
doppel() { ./doppel "$@"; }
as_nobody() { runuser -u nobody -- env HOME="$out/out" "$(command -v java)" --enable-native-access=ALL-UNNAMED -jar doppel-cli/target/doppel.jar "$@"; }

echo "== scan: the mixed folder (duplicate ids: a record and a file, a .txt beside a .html)"
doppel scan "$out/c" --copies-only --out "$out/r.txt" 2>&1 | grep "duplicate\|documents,"
echo "== scan: a backslash in a file name (a\\b.txt beside a/b.txt)"
doppel scan "$out/bs" --copies-only --out "$out/bs.txt" 2>&1 | tail -1          # main: 1 document, a duplicate id 'a/b'
echo "== as nobody: an unreadable file, then an unreadable subfolder"
as_nobody scan "$out/c" --copies-only --out "$out/out/r.txt" 2>&1 | grep "locked\|documents,"
chmod 000 "$out/c/no"
as_nobody scan "$out/c" --copies-only --out "$out/out/r.txt" 2>&1 | grep "c/no\|cannot list\|documents,\|no document"   # main: nothing read
as_nobody photos "$out/c" --out "$out/out/ph.txt" 2>&1 | grep "cannot list\|pictures,"
chmod 755 "$out/c/no"
echo "== index add: ids repeated within the run"
doppel index add "$out/idx" "$out/c" 2>&1 | tail -1     # main: "4 replaced (of an id indexed already)" in a new index
echo "== hostile titles, ids and URLs: the HTML report"
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
text = open(f'{out}/c/a.txt').read()
import os; os.makedirs(f'{out}/h', exist_ok=True)
recs = [{"id": "</script><script>alert(1)</script>", "title": "Crane </script><script>alert(2)</script> \"onmouseover=\"alert(3)",
         "url": "javascript:alert(4)", "text": text},
        {"id": "x\" onmouseover=\"alert(5)", "title": "<img src=x onerror=alert(6)>", "url": "https://ok.example/\"><svg onload=alert(7)>",
         "text": text.replace('Tuesday', 'Monday')}]
open(f'{out}/h/feed.jsonl', 'w').write('\n'.join(json.dumps(r) for r in recs) + '\n')
PY
doppel scan "$out/h" --quiet --out "$out/h.html"
python3 - "$out/h.html" <<'PY'
import re, sys
s = open(sys.argv[1]).read()
print('script elements:', len(re.findall('<script', s)), '; raw "</script><script>alert" in page:', '</script><script>alert' in s,
      '; CSP:', 'Content-Security-Policy' in s)
PY
echo "== command-line mistakes"
for c in "scan $out/c --bogus" "scan $out/c --format xml" "trace nosuch --in $out/h" "photos $out/h --format csv" "scan $out/c --min-score 2"; do
  doppel $c >/dev/null 2>"$out/err"; echo "rc=$? $(head -1 "$out/err")"
done
