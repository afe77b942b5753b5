#!/usr/bin/env bash
# The database outage trial (not part of the test command; a few minutes per mode):
#
#   scripts/outage-trial.sh [embedded|external] [cycles]     default: embedded 20
#
# Starts the portal as scripts/run-portal.sh does, on a scratch data folder (the embedded MariaDB, or a MariaDB
# server from Debian's packages: apt-get install mariadb-server), then a real browser signed in as the
# administrator searches the user list while the database is frozen and thawed (SIGSTOP/SIGCONT) and stopped and
# started again, `cycles` times each. Each outage must show the portal's message within 3 s, and the next search
# after the database is back must work within 10 s, without restarting the portal. Report:
# target/outage-trial/<mode>/report.txt. Ends only the processes it started.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
. scripts/external-mariadb.sh
mode="${1:-embedded}"
cycles="${2:-20}"
port="${TRIAL_PORT:-8097}"
work="$(pwd)/target/outage-trial/$mode"
rm -rf "$work"; mkdir -p "$work"
export TRIAL_MODE="$mode" TRIAL_WORK="$work" TRIAL_DB_PORT="${TRIAL_DB_PORT:-3317}"

portal_env=(PORT="$port" PORTAL_MANAGEMENT_PORT=$((port + 1)) PORTAL_DATA_DIR="$work/data" PORTAL_BACKUP_ENABLED=false)
if [ "$mode" = external ]; then
  command -v mariadbd >/dev/null || { echo "install Debian's mariadb-server first" >&2; exit 1; }
  ext_init "$work/db" "$TRIAL_DB_PORT"
  portal_env+=(PORTAL_DB_EMBEDDED=false SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$TRIAL_DB_PORT/cchc"
    SPRING_DATASOURCE_USERNAME=portal SPRING_DATASOURCE_PASSWORD=portal-trial)
fi

# build the jar now if needed, so that the portal's start below is only the start
scripts/run-portal.sh build
setsid env "${portal_env[@]}" scripts/run-portal.sh demo >"$work/portal.log" 2>&1 &
portal=$!
cleanup() {
  kill -CONT -- "-$portal" 2>/dev/null || true
  kill -TERM -- "-$portal" 2>/dev/null || true
  for _ in $(seq 1 100); do kill -0 -- "-$portal" 2>/dev/null || break; sleep 0.2; done
  kill -KILL -- "-$portal" 2>/dev/null || true
  if [ "$mode" = external ]; then ext_stop "$work/db"; fi
}
trap cleanup EXIT
for _ in $(seq 1 900); do
  grep -q "Demo brief 86/BC" "$work/portal.log" 2>/dev/null && break
  kill -0 "$portal" 2>/dev/null || { echo "the portal stopped; see $work/portal.log" >&2; exit 1; }
  sleep 0.5
done
export TRIAL_PORTAL_PID="$portal"
./mvnw -B -q -ntp -Ptrial test -Dtest=OutageTrial -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtrial.url="http://localhost:$port" -Dtrial.cycles="$cycles" -Dtrial.report="$work/report.txt"
cat "$work/report.txt"
