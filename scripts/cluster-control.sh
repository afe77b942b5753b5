#!/usr/bin/env bash
# Called by ClusterTrial while scripts/cluster-trial.sh runs: stops one of the nodes that script started, by the pid
# it recorded (never by name).
#   scripts/cluster-control.sh stop-portal N     stops portal node N (1 or 2)
#   scripts/cluster-control.sh stop-db N         stops Galera node N (1, 2 or 3) with a clean shutdown
set -euo pipefail
cd "$(dirname "$0")/.."
work="$(pwd)/target/cluster-trial"
case "$1" in
  stop-portal) file="$work/portal$2/portal.pid" ;;
  stop-db) file="$work/db$2/mariadbd.pid" ;;
  *) echo "usage: $0 stop-portal N | stop-db N" >&2; exit 2 ;;
esac
pid=$(cat "$file")
kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid"
for _ in $(seq 1 600); do kill -0 "$pid" 2>/dev/null || { rm -f "$file"; exit 0; }; sleep 0.1; done
kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
rm -f "$file"
