#!/usr/bin/env bash
# DBSCAN on the 1,000,000-point reference set, Linkmap's CLI and scikit-learn side by side in one run.
#
#   tools/bench/dbscan-vs-sklearn.sh REFERENCE_DIR WORK_DIR
#
# REFERENCE_DIR holds gen_points.py, run_sklearn.py and compare.py (the DBSCAN reference kit);
# WORK_DIR receives the points and labels. Needs: mvn -DskipTests package, Debian's python3-numpy,
# python3-pandas, python3-sklearn and python3-scipy, and GNU time (/usr/bin/time).
set -euo pipefail
ref=$(cd "$1" && pwd)
work=$(mkdir -p "$2" && cd "$2" && pwd)
jar=$(cd "$(dirname "$0")/../.." && pwd)/geo/target/linkmap-geo.jar
cd "$work"
if [ ! -f points_1m.csv ]; then
  # gen_points.py writes beside itself; run a copy here so the reference folder is left as it is.
  cp "$ref/gen_points.py" . && /usr/bin/python3 gen_points.py
fi
for run in 1 2 3; do
  /usr/bin/time -f "linkmap: wall %e s, max RSS %M KB" \
    java -Xmx250m -jar "$jar" dbscan --input points_1m.csv --x x --y y --crs EPSG:27700 \
      --eps 150 --min-points 10 --output linkmap_1m.csv
done
/usr/bin/time -f "scikit-learn: wall %e s, max RSS %M KB" \
  /usr/bin/python3 "$ref/run_sklearn.py" points_1m.csv 150 10 sklearn_1m.csv
awk -F, 'NR==1{print "id,label,core"; next}{print $1","$2","$3}' linkmap_1m.csv > linkmap_1m_ids.csv
/usr/bin/python3 "$ref/compare.py" points_1m.csv 150 10 linkmap=linkmap_1m_ids.csv sklearn=sklearn_1m.csv
