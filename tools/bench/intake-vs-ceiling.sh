#!/usr/bin/env bash
# First import through the service against the plain-driver UNWIND ceiling, on the same generated data, in one run.
#
#   tools/bench/intake-vs-ceiling.sh WORKDIR [SIZE]      SIZE: small (default), medium, large; or a number of people
#
# Builds nothing: run `mvn -q -DskipTests package` first (it builds service/target/linkmap.jar and the bench
# module). Generates the case submissions (bench module, seed 7), then
#   1. starts the service on an empty data directory (JVM defaults, as tools/bench/bulk-import.sh) and imports
#      the file through POST /api/submissions/bulk: the first import, on a JVM that has compiled nothing yet;
#      throughput from the import's own startedAt/finishedAt;
#   2. writes the same file into another empty database with the bench module's UnwindLoader (the Neo4j
#      driver over Bolt, batched UNWIND, nothing else): the ceiling.
# For each JVM it prints the CPU used by thread group (tools/bench/thread-cpu.py): on a fresh JVM with two cores
# the JIT compilers take about half of it.
set -euo pipefail

work=${1:?usage: intake-vs-ceiling.sh WORKDIR [SIZE]}
size=${2:-small}
source "$(dirname "$0")/built.sh"
mkdir -p "$work"
rm -rf "$work/service-data" "$work/ceiling-data"
if [[ $size =~ ^[0-9]+$ ]]; then sizeopt=(--people "$size"); else sizeopt=(--size "$size"); fi
java -cp "$cp" org.linkmap.bench.data.Generate cases "${sizeopt[@]}" --seed 7 --out "$work/cases.ndjson"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

port=18080
java -jar "$jar" --server.port=$port \
  --linkmap.data-dir="$work/service-data" --linkmap.neo4j.embedded.bolt-port=0 \
  --linkmap.security.users[0].username=bench --linkmap.security.users[0].password-hash='{noop}bench' \
  --linkmap.security.users[0].role=ANALYST > "$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 600); do
  curl -fs "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null 2>&1 && break
  sleep 1
done
report=$(curl -sS -u bench:bench -H 'Content-Type: application/x-ndjson' --data-binary "@$work/cases.ndjson" \
  "http://127.0.0.1:$port/api/submissions/bulk?wait=0")
id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["importId"])' <<<"$report")
while :; do
  sleep 2
  report=$(curl -sS -u bench:bench "http://127.0.0.1:$port/api/imports/$id")
  grep -q '"state":"RUNNING"' <<<"$report" || break
done
REPORT=$report python3 - <<'PY'
import json, os
from datetime import datetime
r = json.loads(os.environ["REPORT"])
s = (datetime.fromisoformat(r["finishedAt"].replace("Z", "+00:00")) - datetime.fromisoformat(r["startedAt"].replace("Z", "+00:00"))).total_seconds()
print(f"service first import: {r['state']} {r['processed']:,} submissions ({r['accepted']:,} accepted, {r['rejected']} rejected) in {s:.1f} s = {r['processed'] / s:.0f}/s")
PY
echo "service RSS after import: $(($(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024)) MB"
echo "service CPU from start to the import's end: $("$here/thread-cpu.py" $pid)"
kill $pid; wait $pid 2>/dev/null || true
trap - EXIT
echo "load average between: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$cp" org.linkmap.bench.intake.UnwindLoader --ndjson "$work/cases.ndjson" --data-dir "$work/ceiling-data" \
  > >(sed 's/^/ceiling /') &
loader=$!
# The loader's threads are read until it exits; the last reading is its CPU to the end of the load.
cpu=""
while kill -0 $loader 2>/dev/null; do
  cpu=$("$here/thread-cpu.py" $loader 2>/dev/null || echo "$cpu")
  sleep 1
done
wait $loader
echo "ceiling CPU to the load's end (read each second): $cpu"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
