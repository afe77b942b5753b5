#!/usr/bin/env bash
# The secretariat's first screen and type-to-results in a real browser (issue 32, ADR 0022; not part of the test
# command, about 10 minutes):
#
#   scripts/first-screen-benchmark.sh          100.000 tasks
#   scripts/first-screen-benchmark.sh 20000    another size
#
# Starts the production jar (scripts/run-portal.sh) on port 8300 with its embedded MariaDB in a scratch folder, the
# demo data and that many generated tasks, then headless Chromium (FirstScreenBenchmark, run by Maven's benchmark
# profile) opens the task list with an empty and a warm browser cache, from the address and from the menu, and
# searches a title (pause, and Enter). Report: target/benchmarks/first-screen.txt. The portal is ended by its pid.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
. scripts/pids.sh

tasks="${1:-100000}"
work="$(pwd)/target/first-screen"
port=8300
management_port=8310
rm -rf "$work"; mkdir -p "$work"
trap 'stop_pid_file "$work/portal.pid"' EXIT

scripts/run-portal.sh build
echo "Starting the portal with the demo data and $tasks generated tasks (a few minutes)..."
setsid env PORT="$port" PORTAL_MANAGEMENT_PORT="$management_port" PORTAL_DATA_DIR="$work/data" \
  PORTAL_BACKUP_ENABLED=false JAVA_TOOL_OPTIONS="${PORTAL_JAVA_OPTS:-}" \
  scripts/run-portal.sh demo "--portal.scale.tasks=$tasks" >"$work/portal.log" 2>&1 &
echo $! > "$work/portal.pid"
ready=0
for _ in $(seq 1 3600); do
  if curl -s "http://127.0.0.1:$management_port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"}$'; then
    ready=1; break
  fi
  kill -0 "$(cat "$work/portal.pid")" 2>/dev/null || break
  sleep 0.5
done
[ "$ready" = 1 ] || { echo "The portal did not start (see $work/portal.log)" >&2; exit 1; }

./mvnw -B -q -ntp -Pbenchmark test -Dtest=FirstScreenBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.port="$port" -Dbench.runs="${BENCH_RUNS:-15}"
cat target/benchmarks/first-screen.txt
