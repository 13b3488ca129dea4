#!/usr/bin/env bash
# Start-up and idle memory with the demo data, on a fresh data directory.
#
#   tools/bench/startup.sh JAR WORKDIR [JVM OPTION ...]
#
# Starts `java [JVM OPTIONS] -jar JAR --linkmap.demo=true` on an empty data directory and reports, from the
# moment the java process was started:
#   demo   when the log says the demo data is loaded ("Demo data: ... in N ms");
#   ready  when GET /actuator/health/readiness first answers 200 (UP), if the service has that endpoint;
# each with the CPU seconds the process had used by then (user + system, from /proc: on a machine shared
# with other work this is steadier than the wall time); then the resident memory (VmRSS) after 30 s idle and
# the heap in use (jcmd; IDLE=seconds changes the wait). The second start on the same data directory is timed too ("restart"; RESTART=0
# skips it). The load average is printed alongside. Stops the service with SIGTERM.
set -euo pipefail

jar=${1:?usage: startup.sh JAR WORKDIR [JVM OPTION ...]}
work=${2:?usage: startup.sh JAR WORKDIR [JVM OPTION ...]}
shift 2
port=${PORT:-18181}
mkdir -p "$work"
rm -rf "$work/data"

start() {
  local label=$1 log=$work/$1.log t0 demo="" ready="" now democpu="" readycpu=""
  shift
  t0=$(date +%s%N)
  java "$@" -jar "$jar" --server.port=$port --linkmap.demo=true --linkmap.demo.password=bench-secret \
    --linkmap.data-dir="$work/data" --linkmap.neo4j.embedded.bolt-port=0 > "$log" 2>&1 &
  pid=$!
  for _ in $(seq 1200); do
    now=$(date +%s%N)
    if [[ -z $demo ]] && grep -q "Demo data:" "$log"; then demo=$(( (now - t0) / 1000000 )); democpu=$(cpu); fi
    if [[ -z $ready ]] && curl -fs "http://127.0.0.1:$port/actuator/health/readiness" > /dev/null 2>&1; then
      ready=$(( (now - t0) / 1000000 )); readycpu=$(cpu)
    fi
    [[ -n $demo && ( -n $ready || $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/actuator/health/readiness") == 404 ) ]] && break
    kill -0 $pid 2>/dev/null || { echo "service exited; see $log" >&2; exit 1; }
    sleep 0.1
  done
  echo "$label: demo loaded at ${demo:-?} ms (${democpu:-?} CPU s), readiness UP at ${ready:-n/a} ms (${readycpu:-n/a} CPU s);" \
    "$(grep -o 'Demo data: .*' "$log"); load average $(cut -d' ' -f1-3 /proc/loadavg)"
}

# CPU seconds (user + system) the service process has used so far.
cpu() {
  awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' /proc/$pid/stat
}

stop() {
  kill $pid; wait $pid 2>/dev/null || true
}

start first "$@"
trap 'kill $pid 2>/dev/null || true' EXIT
sleep ${IDLE:-30}
rss=$(awk '/VmRSS/ {print int($2 / 1024)}' /proc/$pid/status)
heap=$(jcmd $pid GC.heap_info 2>/dev/null | awk '/(heap|generation) +total/ {for (i = 1; i <= NF; i++) if ($i == "used") {sub("K,?", "", $(i + 1)); kb += $(i + 1)}} END {print kb + 0}')
echo "first: idle RSS after 30 s: ${rss} MB; heap used $(( heap / 1024 )) MB; options: ${*:-(none)}"
stop
if [[ ${RESTART:-1} != 0 ]]; then
  start restart "$@"
  stop
fi
