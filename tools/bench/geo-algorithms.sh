#!/usr/bin/env bash
# JMH benchmarks of DBSCAN, kernel density and Gi* with scikit-learn's DBSCAN on the same points, in one run.
#
#   tools/bench/geo-algorithms.sh WORKDIR [JMH OPTION ...]
#
# Builds nothing: run `mvn -q -DskipTests package` first. Writes every 2021 Lancashire crime (199,036 points,
# British National Grid metres) to WORKDIR/points.csv, runs the JMH benchmarks of the bench module
# (HotspotAlgorithms: one fork, 3 warm-up and 5 measured iterations of 2 s unless JMH options say otherwise,
# e.g. -p points=1000000), then scikit-learn 1.2 (Debian's python3-sklearn) DBSCAN with the same eps and
# minimum points on the same file, fit time only, median of 3.
set -euo pipefail

work=${1:?usage: geo-algorithms.sh WORKDIR [JMH OPTION ...]}
shift
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cp="$root/bench/target/bench.jar:$(cat "$root/bench/target/classpath.txt")"
mkdir -p "$work"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$cp" org.linkmap.bench.data.Generate points --out "$work/points.csv"
java -cp "$cp" org.openjdk.jmh.Main HotspotAlgorithms -rf text -rff "$work/jmh.txt" "$@" | tail -8
echo "load average between: $(cut -d' ' -f1-3 /proc/loadavg)"
"${PYTHON:-/usr/bin/python3}" "$root/bench/src/main/python/sklearn_dbscan.py" "$work/points.csv" --eps 150 --min-samples 10 --repeat 3
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
