#!/usr/bin/env bash
# Where a first import's time goes, batch by batch: the progress every second, each statement's total time, the
# first batch, and the time between batches (the commits).
#
#   tools/bench/first-import-profile.sh WORKDIR [SIZE] [JVM OPTION...]   SIZE: small (default), medium, large
#
# Builds nothing: run `mvn -q -DskipTests package` first. Generates the case submissions as
# tools/bench/intake-vs-ceiling.sh does (bench module, seed 7), starts the service on an empty data directory
# with each statement's time logged (the Graph logger at DEBUG, which costs a few per cent), imports the file
# through POST /api/submissions/bulk and reads the log back.
set -euo pipefail

work=${1:?usage: first-import-profile.sh WORKDIR [SIZE] [JVM OPTION...]}
size=${2:-small}
shift $(( $# >= 2 ? 2 : 1 ))
source "$(dirname "$0")/built.sh"
mkdir -p "$work"
rm -rf "$work/service-data"
java -cp "$cp" org.linkmap.bench.data.Generate cases --size "$size" --seed 7 --out "$work/cases.ndjson"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"

port=18082
java "$@" -jar "$jar" --server.port=$port \
  --linkmap.data-dir="$work/service-data" --linkmap.neo4j.embedded.bolt-port=0 \
  --linkmap.security.users[0].username=bench --linkmap.security.users[0].password-hash='{noop}bench' \
  --linkmap.security.users[0].role=ANALYST --logging.level.org.linkmap.service.neo4j.Graph=DEBUG > "$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 600); do
  curl -fs "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null 2>&1 && break
  sleep 1
done
started=$(date +%s.%N)
id=$(curl -sS -u bench:bench -H 'Content-Type: application/x-ndjson' --data-binary "@$work/cases.ndjson" \
  "http://127.0.0.1:$port/api/submissions/bulk?wait=0" | python3 -c 'import json,sys; print(json.load(sys.stdin)["importId"])')
echo "progress (seconds since sent, submissions processed):"
while :; do
  sleep 1
  report=$(curl -sS -u bench:bench "http://127.0.0.1:$port/api/imports/$id")
  python3 -c "import json,sys,time; print(f'  {time.time() - $started:5.1f} {json.load(sys.stdin)[\"processed\"]:>7,}')" <<<"$report"
  grep -q '"state":"RUNNING"' <<<"$report" || break
done
echo "service CPU from start to the import's end: $("$here/thread-cpu.py" $pid)"
kill $pid; wait $pid 2>/dev/null || true
trap - EXIT
REPORT=$report python3 - "$work/service.log" <<'PY'
import collections, json, os, re, sys
from datetime import datetime

def instant(text):
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()

r = json.loads(os.environ["REPORT"])
span = instant(r["finishedAt"]) - instant(r["startedAt"])
print(f"first import: {r['state']} {r['processed']:,} submissions in {span:.1f} s = {r['processed'] / span:.0f}/s")
line = re.compile(r"(\S+) DEBUG .*\[ linkmap-import\] \S+\s+: (\S+) (\d+) us")
rows = [(instant(m[1]), m[2], int(m[3]) / 1e6) for m in map(line.match, open(sys.argv[1])) if m]
totals = collections.Counter()
for _, name, took in rows:
    totals[name] += took
starts = [at - took for at, name, took in rows if name == "ingest/find-submissions"]
ends = [at for at, name, _ in rows if name == "imports/record-progress"]
between = [start - end for end, start in zip(ends, starts[1:])]
batches = [b - a for a, b in zip(starts, starts[1:])]
print(f"statements: {sum(totals.values()):.1f} s; between batches (commit, reading the next): {sum(between):.1f} s")
for name, took in totals.most_common():
    print(f"  {name:40s} {took:6.2f} s")
if batches:
    print(f"first batch: {batches[0]:.2f} s; the last five: {', '.join(f'{b:.2f}' for b in batches[-5:])} s")
PY
