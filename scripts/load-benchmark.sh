#!/usr/bin/env bash
# The load benchmark (issue 18, ADR 0022; not part of the test command, about 6 minutes per level on 2 cores):
#
#   scripts/load-benchmark.sh              250, 500 and 1.000 concurrent users, one after the other
#   scripts/load-benchmark.sh 100 300      other levels
#
# On this machine: a MariaDB server from Debian's packages (installed when missing) on port 3340, the portal's
# production jar on 8300 with the demo data, and load accounts made for the run (one officer per open task of its
# agency, password CaiCach-2026-CV; committee members, CaiCach-2026-UV). For each level the portal starts afresh, then
# Gatling (load/, its own Maven project) speaks Vaadin's UIDL protocol as that many browsers: users arrive over
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
. scripts/external-mariadb.sh

work="$(pwd)/target/load-benchmark"
port=8300
management_port=8310
db_port=3340
ramp="${LOAD_RAMP:-120}"
hold="${LOAD_HOLD:-180}"
levels=("$@")
[ ${#levels[@]} -gt 0 ] || levels=(250 500 1000)
most=0
for level in "${levels[@]}"; do [ "$level" -gt "$most" ] && most="$level"; done

if ! command -v mariadbd >/dev/null; then
  echo "Installing mariadb-server from Debian's packages"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends mariadb-server >/dev/null
  $SUDO systemctl stop mariadb 2>/dev/null || true
fi

rm -rf "$work"; mkdir -p "$work"
scripts/run-portal.sh build

stop_pid_file() {
  local file="$1" pid
  pid=$(cat "$file" 2>/dev/null || true)
  [ -n "$pid" ] || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || { rm -f "$file"; return 0; }; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  rm -f "$file"
}
cleanup() {
  stop_pid_file "$work/sampler.pid"
  stop_pid_file "$work/portal.pid"
  ext_stop "$work/db"
}
trap cleanup EXIT

sql() { mariadb --no-defaults --socket="$work/db/mariadb.sock" -uroot -N -B cchc "$@"; }

# The portal's JVM: its pid (the java process run-portal.sh execs into) is the session leader setsid started.
portal_start() {
  local tag="$1" tool_options="${PORTAL_JAVA_OPTS:-}"
  if [ "${LOAD_JFR:-0}" = 1 ]; then
    tool_options="$tool_options -XX:StartFlightRecording=filename=$work/portal-$tag.jfr,settings=profile,dumponexit=true"
  fi
  setsid env PORT="$port" PORTAL_MANAGEMENT_PORT="$management_port" PORTAL_DATA_DIR="$work/portal-data" \
    PORTAL_DB_EMBEDDED=false PORTAL_BACKUP_ENABLED=false JAVA_TOOL_OPTIONS="$tool_options" \
    SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$db_port/cchc" \
    SPRING_DATASOURCE_USERNAME=portal SPRING_DATASOURCE_PASSWORD=portal-trial \
    PORTAL_API_CURSOR_SECRET=load-benchmark-cursor-key \
    scripts/run-portal.sh demo >"$work/portal-$tag.log" 2>&1 &
  echo $! > "$work/portal.pid"
  # ready = the demo data loaded too (the readiness probe turns UP after the start-up runners)
  for _ in $(seq 1 1200); do
    curl -s "http://127.0.0.1:$management_port/actuator/health/readiness" 2>/dev/null | grep -q '"status":"UP"}$' && return 0
    kill -0 "$(cat "$work/portal.pid")" 2>/dev/null || break
    sleep 0.5
  done
  echo "The portal did not start (see $work/portal-$tag.log)" >&2
  return 1
}

# Every 5 s: CPU used by the portal and by the whole machine since the last sample (% of one core; the machine has
# 2 cores, so 200 % is all of it) and the portal's heap in use (MB).
sampler_start() {
  local pid="$1" out="$2"
  setsid bash -c '
    pid=$1; out=$2; hz=$(getconf CLK_TCK); last=""; echo "seconds,portal_cpu_percent,machine_cpu_percent,heap_used_mb" > "$out"
    start=$(date +%s)
    while kill -0 "$pid" 2>/dev/null; do
      ticks=$(awk "{print \$14 + \$15}" "/proc/$pid/stat" 2>/dev/null || echo "")
      busy=$(awk "/^cpu / {print \$2 + \$3 + \$4 + \$7 + \$8}" /proc/stat)
      heap=$(jstat -gc "$pid" 2>/dev/null | awk "NR==2 {printf \"%.0f\", (\$3 + \$4 + \$6 + \$8) / 1024}")
      now=$(date +%s)
      if [ -n "$last" ] && [ -n "$ticks" ]; then
        echo "$((now - start)),$(( (ticks - last) * 100 / hz / 5 )),$(( (busy - last_busy) * 100 / hz / 5 )),$heap" >> "$out"
      fi
      last=$ticks; last_busy=$busy
      sleep 5
    done' sampler "$pid" "$out" >/dev/null 2>&1 &
  echo $! > "$work/sampler.pid"
}

echo "Starting MariaDB (port $db_port) and the portal once to load the demo data..."
ext_init "$work/db" "$db_port"
portal_start setup

echo "Making the load accounts: one officer per open task, committee members..."
members=$(( (most + 4) / 5 ))
sql <<SQL
INSERT INTO user_account (username, full_name, email, password_hash, agency_id, created_at, updated_at, enabled, version)
SELECT CONCAT('taithu.cv', LPAD(t.rn, 4, '0')), CONCAT('Chuyên viên thử tải số ', t.rn), NULL,
       (SELECT password_hash FROM user_account WHERE username = 'chuyenvien.hanoi'), t.lead_agency_id, NOW(6), NOW(6), TRUE, 0
FROM (SELECT id, lead_agency_id, ROW_NUMBER() OVER (ORDER BY id) AS rn
      FROM task WHERE state = 'OPEN' AND lead_agency_id IS NOT NULL) t;
INSERT INTO user_account_role (user_id, role) SELECT id, 'AGENCY_OFFICER' FROM user_account WHERE username LIKE 'taithu.cv%';
INSERT INTO user_account (username, full_name, email, password_hash, agency_id, created_at, updated_at, enabled, version)
SELECT CONCAT('taithu.uv', LPAD(seq, 4, '0')), CONCAT('Ủy viên thử tải số ', seq), NULL,
       (SELECT password_hash FROM user_account WHERE username = 'uyvien'), NULL, NOW(6), NOW(6), TRUE, 0
FROM seq_1_to_${members};
INSERT INTO user_account_role (user_id, role) SELECT id, 'COMMITTEE_MEMBER' FROM user_account WHERE username LIKE 'taithu.uv%';
SQL
{
  echo "username,password,taskId"
  sql -e "SELECT CONCAT('taithu.cv', LPAD(t.rn, 4, '0')), 'CaiCach-2026-CV', t.id
          FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM task WHERE state = 'OPEN' AND lead_agency_id IS NOT NULL) t" | tr '\t' ','
} > "$work/officers.csv"
{
  echo "username,password"
  sql -e "SELECT username, 'CaiCach-2026-UV' FROM user_account WHERE username LIKE 'taithu.uv%'" | tr '\t' ','
} > "$work/members.csv"
briefs=$(sql -e "SELECT GROUP_CONCAT(id) FROM brief WHERE status = 'ISSUED'")
officers=$(( $(wc -l < "$work/officers.csv") - 1 ))
echo "Officers with a task of their own: $officers; committee members: $members; issued briefs: $briefs"
if [ "$officers" -lt $(( most * 4 / 5 )) ]; then
  echo "Not enough open tasks for $most users (80 % officers need $(( most * 4 / 5 )))" >&2
  exit 1
fi
stop_pid_file "$work/portal.pid"

for level in "${levels[@]}"; do
  echo "=== $level users: starting the portal afresh..."
  portal_start "$level"
  pid=$(cat "$work/portal.pid")
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info > "$work/heap-before-$level.txt"
  sampler_start "$pid" "$work/resources-$level.csv"
  echo "=== $level users: Gatling, ramp $ramp s, hold $hold s"
  ./mvnw -B -q -ntp -f load/pom.xml gatling:test -Dload.base="http://127.0.0.1:$port" -Dload.users="$level" \
    -Dload.ramp="$ramp" -Dload.hold="$hold" -Dload.officers="$work/officers.csv" -Dload.members="$work/members.csv" \
    -Dload.briefs="$briefs" -Dgatling.failOnError=false > "$work/gatling-$level.log" 2>&1 || true
  # every user is still signed in (sessions last 30 min): the heap they hold after a full GC
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info > "$work/heap-after-gc-$level.txt"
  stop_pid_file "$work/sampler.pid"
  stop_pid_file "$work/portal.pid"
  report_dir=$(ls -dt load/target/gatling/portalloadsimulation-* 2>/dev/null | head -1)
  echo "$level $report_dir" >> "$work/runs.txt"
  echo "=== $level users done: $report_dir"
done

python3 scripts/load-report.py "$work" "$ramp" > "$work/report.md"
cat "$work/report.md"
