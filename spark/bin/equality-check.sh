#!/usr/bin/env bash
# Checks that ./doppel-spark scan reports exactly the pairs and families of ./doppel scan on one corpus:
# same objects line by line (relations, passages, sources, direction evidence), numbers within 1e-6.
#   spark/bin/equality-check.sh CORPUS WORK_DIR [--no-model|--copies-only] [--story-links] [--master URL] [--partitions N] [--keep-local]
# --story-links is passed to both scans.
# --keep-local reuses the local scan's output of an earlier run in WORK_DIR.
# e.g. for the 20,000-document generated corpus (docs/scale.md):
#   python3 ../shared/bench/gen_corpus.py /tmp/gen20k --docs 20000 --seed 7
#   mkdir /tmp/gen20k-meta && mv /tmp/gen20k/truth.jsonl /tmp/gen20k/manifest.json /tmp/gen20k-meta/
#   spark/bin/equality-check.sh /tmp/gen20k /tmp/eq20k
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$1"; work="$2"; shift 2
mode=(); links=(); spark_args=(); keep_local=0
while [ $# -gt 0 ]; do
  case "$1" in
    --no-model|--copies-only) mode=("$1"); shift ;;
    --story-links) links=("$1"); shift ;;
    --master|--partitions) spark_args+=("$1" "$2"); shift 2 ;;
    --keep-local) keep_local=1; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [ "$keep_local" = 1 ] && [ -f "$work/local-pairs.jsonl" ]; then
  rm -rf "$work/spark"
else
  rm -rf "$work"; mkdir -p "$work"
  "$here/doppel" --help >/dev/null   # builds the jar, so the timing below is the scan's
  echo "local scan..." >&2
  /usr/bin/time -f "local: %e s wall, %U s user, %S s sys, %M KB max RSS" \
    "$here/doppel" scan "$corpus" --format jsonl --quiet "${mode[@]}" "${links[@]}" --out "$work/local-pairs.jsonl" --families "$work/local-families.jsonl"
fi
"$here/doppel-spark" --help >/dev/null 2>&1 || true   # builds the jar
echo "spark scan..." >&2
/usr/bin/time -f "spark: %e s wall, %U s user, %S s sys, %M KB max RSS" \
  "$here/doppel-spark" scan "$corpus" --out "$work/spark" --families "${mode[@]}" "${links[@]}" "${spark_args[@]}"
cat "$work"/spark/pairs/part-* > "$work/spark-pairs.jsonl"
cat "$work"/spark/families/part-* > "$work/spark-families.jsonl"
python3 - "$work" <<'PY'
import json, sys
work = sys.argv[1]
def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool) and not isinstance(b, bool):
        return abs(a - b) <= 1e-6
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    return a == b
ok = True
for what in ("pairs", "families"):
    local = open(f"{work}/local-{what}.jsonl", encoding="utf-8").read().splitlines()
    spark = open(f"{work}/spark-{what}.jsonl", encoding="utf-8").read().splitlines()
    diff = [i for i, (x, y) in enumerate(zip(local, spark)) if not same(json.loads(x), json.loads(y))]
    print(f"{what}: local {len(local)}, spark {len(spark)}, differing lines {len(diff)}")
    if diff:
        print(f"  first difference, line {diff[0] + 1}:\n  local {local[diff[0]][:400]}\n  spark {spark[diff[0]][:400]}")
    ok = ok and len(local) == len(spark) and not diff
print("EQUAL" if ok else "DIFFERENT")
sys.exit(0 if ok else 1)
PY
