#!/usr/bin/env bash
# Bulk-import benchmark: generated submissions into the embedded database through the HTTP API.
#
#   tools/bench/bulk-import.sh WORKDIR [COUNT]
#
# Builds nothing: run `mvn -q -DskipTests package` first. Generates two files of COUNT (default 10000)
# submissions (8 entities, 6 links, 2 incidents each; tools/bench/make_bulk_submissions.py), starts the
# service on an empty data directory under WORKDIR, and imports them one after the other:
#   cold  the first file into the empty database, on a JVM that has compiled nothing yet;
#   warm  the second file (other people's references, same shape) into the database now holding the first.
# Throughput is lines / (finishedAt - startedAt) as the import status reports it. Prints the JVM's
# resident memory at the end, then stops the service. JAR=path runs another build (for example a copy of
# service/target/linkmap-app/ from another commit), so two builds can be run alternately in the same hour.
set -euo pipefail

work=${1:?usage: bulk-import.sh WORKDIR [COUNT]}
count=${2:-10000}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${JAR:-$root/service/target/linkmap.jar}
[[ -f $jar ]] || { echo "no $jar: run mvn -q -DskipTests package first" >&2; exit 2; }
mkdir -p "$work"
rm -rf "$work/data"

python3 "$here/make_bulk_submissions.py" --count "$count" --seed 7 --ref-prefix COLD --out "$work/cold.ndjson"
python3 "$here/make_bulk_submissions.py" --count "$count" --seed 8 --ref-prefix WARM --out "$work/warm.ndjson"

port=18080
java -jar "$jar" --server.port=$port \
  --linkmap.data-dir="$work/data" --linkmap.neo4j.embedded.bolt-port=17687 \
  --linkmap.security.users[0].username=bench --linkmap.security.users[0].password-hash='{noop}bench' \
  --linkmap.security.users[0].role=ANALYST > "$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
for _ in $(seq 120); do
  grep -q "Started LinkmapApplication" "$work/service.log" && break
  sleep 1
done

run() {
  local label=$1 file=$2 id report
  report=$(curl -sS -u bench:bench -H 'Content-Type: application/x-ndjson' --data-binary "@$file" \
    "http://127.0.0.1:$port/api/submissions/bulk?wait=0")
  id=$(python3 -c 'import json,sys; print(json.load(sys.stdin)["importId"])' <<<"$report")
  while :; do
    sleep 1
    report=$(curl -sS -u bench:bench "http://127.0.0.1:$port/api/imports/$id")
    grep -q '"state":"RUNNING"' <<<"$report" || break
  done
  REPORT=$report python3 - "$label" "$(du -b "$file" | cut -f1)" <<'EOF'
import json, os, sys
from datetime import datetime
r = json.loads(os.environ["REPORT"])
seconds = (datetime.fromisoformat(r["finishedAt"].replace("Z", "+00:00"))
           - datetime.fromisoformat(r["startedAt"].replace("Z", "+00:00"))).total_seconds()
print(f"{sys.argv[1]:5} {r['state']} {r['processed']} lines ({int(sys.argv[2]) / 1e6:.1f} MB): {r['accepted']} accepted, "
      f"{r['duplicates']} duplicates, {r['rejected']} rejected in {seconds:.1f} s = {r['processed'] / seconds:.0f} submissions/s")
EOF
}

run cold "$work/cold.ndjson"
run warm "$work/warm.ndjson"
echo "service RSS: $(($(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024)) MB"
