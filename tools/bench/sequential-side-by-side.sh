#!/usr/bin/env bash
# Sequential submissions to two builds side by side, so both are measured on the same machine at the same time.
#
#   tools/bench/sequential-side-by-side.sh JAR_A JAR_B WORKDIR [ROUNDS]
#
# Starts each jar with the README's JVM settings and the demo, on a fresh data directory of its own, then sends
# ROUNDS (default 6) rounds of 1,000 generated submissions one at a time (sequential-requests.py), to A and then
# to B in each round, each service receiving the same submissions. Prints each round's rate and latencies, the
# server's CPU seconds for the round (from /proc) and GET /api/me's p50. On a shared 2-core machine, whose speed
# moves from hour to hour, only figures measured this way compare two builds. OPTS_A and OPTS_B add JVM options
# to one side (for example OPTS_B=-Xmn64m with the same jar twice compares two settings).
set -euo pipefail

a=${1:?usage: sequential-side-by-side.sh JAR_A JAR_B WORKDIR [ROUNDS]}
b=${2:?usage: sequential-side-by-side.sh JAR_A JAR_B WORKDIR [ROUNDS]}
work=${3:?usage: sequential-side-by-side.sh JAR_A JAR_B WORKDIR [ROUNDS]}
rounds=${4:-6}
here=$(cd "$(dirname "$0")" && pwd)
rm -rf "$work"; mkdir -p "$work"
python3 "$here/make_bulk_submissions.py" --count $((rounds * 1000)) --seed 11 --ref-prefix SEQ --out "$work/seq.ndjson" > /dev/null

start() {
  # shellcheck disable=SC2086
  java -Xmx384m -XX:NewRatio=4 -XX:+UseSerialGC $3 -jar "$1" --linkmap.demo=true --linkmap.demo.password=bench-secret --server.port=$2 \
    --linkmap.data-dir="$work/data-$2" --linkmap.neo4j.embedded.bolt-port=0 > "$work/service-$2.log" 2>&1 &
  echo $!
}
ready() {
  until curl -sf "http://127.0.0.1:$1/actuator/health/readiness" > /dev/null; do sleep 0.5; done
}
cpu() {
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' /proc/$1/stat
}

pid_a=$(start "$a" 18101 "${OPTS_A:-}"); ready 18101
pid_b=$(start "$b" 18102 "${OPTS_B:-}"); ready 18102
trap 'kill $pid_a $pid_b 2>/dev/null || true' EXIT
for r in $(seq "$rounds"); do
  for side in "A 18101 $pid_a" "B 18102 $pid_b"; do
    read -r name port pid <<< "$side"
    before=$(cpu "$pid")
    out=$(LINKMAP_PASSWORD=bench-secret python3 "$here/sequential-requests.py" --base "http://127.0.0.1:$port" --user analyst \
      --submissions <(sed -n "$(( (r - 1) * 1000 + 1 )),$(( r * 1000 ))p" "$work/seq.ndjson") --count 1000 --gets 200)
    after=$(cpu "$pid")
    echo "round $r $name: $(echo "$out" | grep POST | sed 's/; statuses.*//'); server CPU" \
      "$(awk -v x="$before" -v y="$after" 'BEGIN {printf "%.1f", y - x}') s; GET /api/me $(echo "$out" | grep GET | grep -o 'p50 [0-9.]* ms')"
  done
done
