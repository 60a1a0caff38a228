#!/usr/bin/env bash
# CPU seconds of a running job's threads by name (C2 and C1 compiler threads, GC threads, task threads, the driver's
# "java"), read from /proc once a second until the job ends; docs/scale.md, "Eighth pass". Start it before the job:
#   spark/bin/thread-cpu.sh /tmp/j1 /tmp/j1-threads.txt &  ./doppel-spark scan CORPUS --out /tmp/j1 ...
# It waits for the ScanJob process whose command line holds "--out OUT", then writes one "seconds name" line a name.
# Threads that end before the job does are missed; the last line sums those seen.
set -uo pipefail
out_dir="$1"; summary="$2"
pid=""
while [ -z "$pid" ]; do
  pid="$(grep -l -a 'org.doppel.spark.ScanJob' /proc/[0-9]*/cmdline 2>/dev/null | xargs -r grep -l -a -F -- "$out_dir" 2>/dev/null | head -1 | cut -d/ -f3)"
  [ -z "$pid" ] && sleep 0.2
done
last="$(mktemp)"
while [ -d "/proc/$pid" ]; do
  snapshot=""
  for task in /proc/"$pid"/task/*; do   # read builtins, not cat: no process per thread per second
    read -r stat 2>/dev/null < "$task/stat" || continue
    read -r name 2>/dev/null < "$task/comm" || continue
    set -- ${stat##*) }                 # fields after the thread's name; utime and stime are the 12th and 13th
    snapshot+="$name|$(( ${12} + ${13} ))"$'\n'
  done
  # an exiting JVM loses its threads first: keep the last full snapshot
  [ "$(printf '%s' "$snapshot" | grep -c .)" -gt 20 ] && printf '%s' "$snapshot" > "$last"
  sleep 1
done
awk -F'|' -v tck="$(getconf CLK_TCK)" '{ n = $1; sub(/[#0-9-]+$/, "", n); sub(/ +$/, "", n); s[n] += $2 / tck; all += $2 / tck }
  END { for (k in s) printf "%8.1f %s\n", s[k], k; printf "%8.1f all threads seen\n", all }' "$last" | sort -rn > "$summary"
rm -f "$last"
