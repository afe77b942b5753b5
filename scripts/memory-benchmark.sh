#!/usr/bin/env bash
# Memory per signed-in screen (issue 18, ADR 0022; not part of the test command, about 5 minutes per run):
#
#   scripts/memory-benchmark.sh            100 and 300 screens, the secretariat's task grid, then officers' task pages
#   scripts/memory-benchmark.sh 50 200     other numbers of screens
#
# The same setting as scripts/load-benchmark.sh (production jar, MariaDB from Debian's packages, the demo data,
# accounts made for the run), with the session timeout at 2 minutes. For each role and number N, the portal starts
# afresh; Gatling (load/, OpenScreensSimulation, another process) signs N users in over 60 s (from 500 screens on,
# 12 s per 100 screens, so that every sign-in gets through the sign-in gate on 2 cores), each opening its screen,
# keeps them open 60 s, then closes the tabs. The heap after a full GC is read before, with the N screens open,
# after the tabs closed, and after the sessions expired; the class histogram shows what the screens hold.
# MEMORY_ROLES="secretariat" (or "officer") measures one role only; MEMORY_HEAP_DUMP=1 also writes a heap dump
# with the screens open (scripts/heap-per-screen.py tells what one screen holds, per component); MEMORY_EXPIRY=0 skips the wait for the sessions to expire (the last
# column of the report stays empty).
# Report: target/memory-benchmark/report.md. Everything is started by this script and ended by its pid.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
. scripts/load-common.sh

work="$(pwd)/target/memory-benchmark"
ramp=60
hold=60
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(100 300)
most=0
for count in "${counts[@]}"; do [ "$count" -gt "$most" ] && most="$count"; done
trap load_cleanup EXIT
portal_env=(SERVER_SERVLET_SESSION_TIMEOUT=2m)

load_prepare "$most"
for role in ${MEMORY_ROLES:-secretariat officer}; do
  feeder="$work/officers.csv"; [ "$role" = secretariat ] && feeder="$work/secretariat.csv"
  for count in "${counts[@]}"; do
    run="$role-$count"
    ramp=$(( count * 12 / 100 > 60 ? count * 12 / 100 : 60 ))
    echo "=== $count screens, $role: starting the portal afresh..."
    portal_start "$run"
    heap_after_gc "$run-0-before"
    ./mvnw -B -q -ntp -f load/pom.xml gatling:test -Dgatling.simulationClass=vn.gov.cchc.load.OpenScreensSimulation \
      -Dload.base="http://127.0.0.1:$port" -Dload.users="$count" -Dload.role="$role" -Dload.feeder="$feeder" \
      -Dload.ramp="$ramp" -Dload.hold="$hold" -Dgatling.failOnError=false > "$work/gatling-$run.log" 2>&1 &
    echo $! > "$work/gatling.pid"
    sleep $(( ramp + hold / 2 + 15 ))
    heap_after_gc "$run-1-open"
    if [ "${MEMORY_HEAP_DUMP:-0}" = 1 ]; then jcmd "$(cat "$work/portal.pid")" GC.heap_dump "$work/heap-$run-open.hprof" >/dev/null; fi
    wait "$(cat "$work/gatling.pid")" || true
    rm -f "$work/gatling.pid"
    sleep 5
    heap_after_gc "$run-2-closed"
    if [ "${MEMORY_EXPIRY:-1}" = 1 ]; then
      # the tab closed is the last request: 2 minutes of timeout, and Tomcat looks for expired sessions about once a minute
      sleep 200
      heap_after_gc "$run-3-expired"
    fi
    grep -E "^> (Global|tab closed) " "$work/gatling-$run.log" | tail -2 > "$work/requests-$run.txt" || true
    stop_pid_file "$work/portal.pid"
    echo "$role $count" >> "$work/runs.txt"
  done
done

python3 scripts/memory-report.py "$work" > "$work/report.md"
cat "$work/report.md"
