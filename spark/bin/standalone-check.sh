#!/usr/bin/env bash
# The multi-process check: starts a Spark standalone master and two workers on 127.0.0.1 (ephemeral ports)
# from Spark's own launcher classes, runs the job on them, runs it again in local mode, and compares the
# two outputs byte for byte. Stops the three daemons it started, and only those.
#   spark/bin/standalone-check.sh CORPUS WORK_DIR [--no-model|--copies-only]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="$1"; work="$2"; shift 2
mode=("$@")
. "$root/bin/find-java.sh"
"$root/doppel-spark" scan --help >/dev/null 2>&1 || true   # builds the jar when needed
jar="$root/spark/target/doppel-spark.jar"
rm -rf "$work"; mkdir -p "$work/spark-home/jars" "$work/logs"
# A standalone worker builds each executor's class path from SPARK_HOME/jars: link Maven's Spark jars there.
tr ':' '\n' < "$root/spark/target/spark-classpath.txt" | while read -r j; do ln -sf "$j" "$work/spark-home/jars/"; done
# Jackson is a dependency of the core too, so Maven lists it with the job, not with Spark: the job jar has it.
ln -sf "$jar" "$work/spark-home/jars/doppel-spark.jar"
export SPARK_HOME="$work/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOG_DIR="$work/logs"
cp "$root/spark/log4j2.properties" "$work/log4j2.properties"
# the daemons announce their address at INFO
printf 'logger.deploy.name = org.apache.spark.deploy\nlogger.deploy.level = info\n' >> "$work/log4j2.properties"
jvm=(@"$root/spark/spark-jvm.options" -Xmx1g -Dlog4j2.configurationFile="$work/log4j2.properties" -cp "$SPARK_HOME/jars/*")
pids=()
stop() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap stop EXIT
"$JAVA_HOME/bin/java" "${jvm[@]}" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 \
  > "$work/logs/master.log" 2>&1 &
pids+=($!)
master=""
for _ in $(seq 1 120); do
  master=$(grep -o 'spark://127.0.0.1:[0-9]*' "$work/logs/master.log" | head -n 1 || true)
  [ -n "$master" ] && break
  sleep 1
done
[ -n "$master" ] || { echo "the master did not start; see $work/logs/master.log" >&2; exit 1; }
echo "master at $master" >&2
for w in 1 2; do
  "$JAVA_HOME/bin/java" "${jvm[@]}" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
    --cores 1 --memory 2g --work-dir "$work/worker$w" "$master" > "$work/logs/worker$w.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 1 120); do
  [ "$(grep -c 'Registered worker' "$work/logs/master.log" || true)" -ge 2 ] && break
  sleep 1
done
echo "two workers registered" >&2
opts="$(grep -v '^@' "$root/spark/spark-jvm.options" | tr '\n' ' ')"
"$root/doppel-spark" scan "$corpus" --out "$work/standalone" --families --master "$master" --partitions 4 "${mode[@]}" \
  --conf spark.jars="$jar" --conf spark.executor.memory=1500m --conf spark.executor.extraJavaOptions="$opts"
"$root/doppel-spark" scan "$corpus" --out "$work/local" --families --master 'local[2]' --partitions 2 "${mode[@]}"
status=0
for what in pairs families; do
  if cmp -s <(cat "$work"/standalone/$what/part-*) <(cat "$work"/local/$what/part-*); then
    echo "$what: identical ($(cat "$work"/local/$what/part-* | wc -l) lines)"
  else
    echo "$what: DIFFERENT"; status=1
  fi
done
grep -h 'app-' "$work/logs/master.log" | head -n 2 >&2 || true
exit $status
