#!/usr/bin/env bash
# The load benchmark (issue 18, ADR 0022; not part of the test command, about 8 minutes per level on 2 cores):
#
#   scripts/load-benchmark.sh              250, 500 and 1.000 concurrent users, one after the other
#   scripts/load-benchmark.sh 100 300      other levels
#
# On this machine: a MariaDB server from Debian's packages (installed when missing) on port 3340, the portal's
# production jar on 8300 with the demo data, and load accounts made for the run (one officer per open task of its
# agency, password CaiCach-2026-CV; committee members, CaiCach-2026-UV). For each level the portal starts afresh and
# is warmed up by 100 users for 90 s (not counted: a server runs for days, its hot code compiled), then Gatling
# (load/, its own Maven project) speaks Vaadin's UIDL protocol as that many browsers: users arrive over
# LOAD_RAMP seconds (120), all stay for LOAD_HOLD seconds (180), 5 s between actions. While it runs, the portal's
# CPU and heap are read every 5 s; at the end, with every user still signed in, a full GC gives the heap they hold.
#
# Environment: LOAD_RAMP, LOAD_HOLD; LOAD_JFR=1 records a flight recording (profile settings) of the portal at each
# level; PORTAL_JAVA_OPTS, options for the portal's JVM (default: none, i.e. the JVM's own heap sizing).
# Report: target/load-benchmark/report.md (and Gatling's HTML reports under load/target/gatling/).
# Everything is started by this script and ended by its pid.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
. scripts/load-common.sh

work="$(pwd)/target/load-benchmark"
ramp="${LOAD_RAMP:-120}"
hold="${LOAD_HOLD:-180}"
levels=("$@")
[ ${#levels[@]} -gt 0 ] || levels=(250 500 1000)
most=0
for level in "${levels[@]}"; do [ "$level" -gt "$most" ] && most="$level"; done
trap load_cleanup EXIT

# Every 5 s: CPU used by the portal, by the whole machine and by MariaDB since the last sample (% of one core; the
# machine has 2 cores, so 200 % is all of it) and the portal's heap in use (MB).
sampler_start() {
  local pid="$1" out="$2"
  setsid bash -c '
    pid=$1; out=$2; db=$3; hz=$(getconf CLK_TCK); last=""
    echo "seconds,portal_cpu_percent,machine_cpu_percent,heap_used_mb,database_cpu_percent,epoch" > "$out"
    start=$(date +%s%N)
    while kill -0 "$pid" 2>/dev/null; do
      ticks=$(awk "{print \$14 + \$15}" "/proc/$pid/stat" 2>/dev/null || echo "")
      db_ticks=$(awk "{print \$14 + \$15}" "/proc/$db/stat" 2>/dev/null || echo 0)
      busy=$(awk "/^cpu / {print \$2 + \$3 + \$4 + \$7 + \$8}" /proc/stat)
      now=$(date +%s%N)
      if [ -n "$last" ] && [ -n "$ticks" ]; then
        ms=$(( (now - last_time) / 1000000 ))
        heap=$(jstat -gc "$pid" 2>/dev/null | awk "NR==2 {printf \"%.0f\", (\$3 + \$4 + \$6 + \$8) / 1024}")
        echo "$(( (now - start) / 1000000000 )),$(( (ticks - last) * 100000 / hz / ms )),$(( (busy - last_busy) * 100000 / hz / ms )),$heap,$(( (db_ticks - last_db) * 100000 / hz / ms )),$(( now / 1000000000 ))" >> "$out"
      fi
      last=$ticks; last_busy=$busy; last_time=$now; last_db=$db_ticks
      sleep 5
    done' sampler "$pid" "$out" "$(cat "$work/db/mariadbd.pid")" >/dev/null 2>&1 &
  echo $! > "$work/sampler.pid"
}

gatling() {
  local tag="$1" users="$2" ramp="$3" hold="$4"
  ./mvnw -B -q -ntp -f load/pom.xml gatling:test -Dload.base="http://127.0.0.1:$port" -Dload.users="$users" \
    -Dload.ramp="$ramp" -Dload.hold="$hold" -Dload.officers="$work/officers.csv" -Dload.members="$work/members.csv" \
    -Dload.briefs="$briefs" -Dload.timings="$work/timings-$tag.csv" -Dgatling.failOnError=false > "$work/gatling-$tag.log" 2>&1 || true
}

load_prepare $(( (most + 4) / 5 ))
if [ "$officers" -lt $(( most * 4 / 5 )) ]; then
  echo "Not enough open tasks for $most users (80 % officers need $(( most * 4 / 5 )))" >&2
  exit 1
fi

for level in "${levels[@]}"; do
  echo "=== $level users: starting the portal afresh..."
  portal_start "$level"
  # a server runs for days: 100 users for 90 s first let the JIT compile the hot paths (not counted)
  gatling "$level-warm-up" 100 30 60
  heap_after_gc "before-$level"
  sampler_start "$(cat "$work/portal.pid")" "$work/resources-$level.csv"
  echo "=== $level users: Gatling, ramp $ramp s, hold $hold s"
  gatling "$level" "$level" "$ramp" "$hold"
  # every user is still signed in (sessions last 30 min): the heap they hold after a full GC
  heap_after_gc "after-gc-$level"
  stop_pid_file "$work/sampler.pid"
  stop_pid_file "$work/portal.pid"
  report_dir=$(ls -dt load/target/gatling/portalloadsimulation-* 2>/dev/null | head -1)
  echo "$level $report_dir" >> "$work/runs.txt"
  echo "=== $level users done: $report_dir"
done

python3 scripts/load-report.py "$work" "$ramp" > "$work/report.md"
cat "$work/report.md"
