# Sourced by the bench scripts that run the built service and the bench module: sets here, root, jar (the service)
# and cp (the bench module's classpath), and stops with a hint when `mvn -q -DskipTests package` has not been run.
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=$root/service/target/linkmap.jar
[[ -f $jar && -f $root/bench/target/bench.jar ]] || { echo "run mvn -q -DskipTests package first" >&2; exit 2; }
cp="$root/bench/target/bench.jar:$(cat "$root/bench/target/classpath.txt")"
