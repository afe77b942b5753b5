#!/usr/bin/env bash
# What the outage trial does to the database: freeze | thaw | stop | start.
# Environment: TRIAL_MODE (embedded|external), TRIAL_WORK (the trial's folder), TRIAL_PORTAL_PID (the portal's JVM).
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/external-mariadb.sh

# The embedded server is a child of the portal's JVM: found among that process's children, never by name elsewhere.
embedded_pid() {
  ps -o pid=,args= --ppid "$TRIAL_PORTAL_PID" | awk '$2 ~ /\/mariadbd$/ {print $1}' | head -1
}

case "$TRIAL_MODE/$1" in
  embedded/freeze) kill -STOP "$(embedded_pid)" ;;
  embedded/thaw) kill -CONT "$(embedded_pid)" ;;
  # a clean shutdown of the server under the portal; the portal's watchdog starts it again by itself
  embedded/stop) pid=$(embedded_pid); kill -TERM "$pid"; while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done ;;
  embedded/start) : ;;
  external/freeze) kill -STOP "$(cat "$TRIAL_WORK/db/mariadbd.pid")" ;;
  external/thaw) kill -CONT "$(cat "$TRIAL_WORK/db/mariadbd.pid")" ;;
  external/stop) ext_stop "$TRIAL_WORK/db" ;;
  external/start) ext_start "$TRIAL_WORK/db" "$TRIAL_DB_PORT" ;;
  *) echo "usage: outage-db.sh freeze|thaw|stop|start (TRIAL_MODE=embedded|external)" >&2; exit 2 ;;
esac
