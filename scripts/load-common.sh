# Sourced by load-benchmark.sh and memory-benchmark.sh: the portal's production jar on 8300 against a MariaDB server
# from Debian's packages on 3340, with the demo data and accounts made for the run. Every process is ended by its pid.
#   load_prepare MEMBERS  installs what is missing, builds the jar, loads the demo data once, makes the accounts and
#                         the Gatling feeders: $work/officers.csv (one officer per open task of its agency, password
#                         CaiCach-2026-CV), $work/members.csv (MEMBERS committee members, CaiCach-2026-UV),
#                         $work/secretariat.csv (MEMBERS secretariat users, CaiCach-2026-VP); $briefs: issued briefs
#   portal_start TAG      starts the portal afresh (log $work/portal-TAG.log, pid in $work/portal.pid); extra
#                         environment for the portal in the array portal_env, JVM options in PORTAL_JAVA_OPTS
#   heap_after_gc NAME    a full GC of the portal, then its heap into $work/heap-NAME.txt, classes into .histo
# The caller sets $work and traps load_cleanup on exit.
. scripts/external-mariadb.sh
. scripts/pids.sh

port=8300
management_port=8310
db_port=3340
portal_env=()

load_cleanup() {
  stop_pid_file "$work/sampler.pid"
  stop_pid_file "$work/gatling.pid"
  stop_pid_file "$work/portal.pid"
  ext_stop "$work/db"
}

sql() { mariadb --no-defaults --socket="$work/db/mariadb.sock" -uroot -N -B cchc "$@"; }

portal_start() {
  local tag="$1" tool_options="${PORTAL_JAVA_OPTS:-}"
  if [ "${LOAD_JFR:-0}" = 1 ]; then
    tool_options="$tool_options -XX:StartFlightRecording=filename=$work/portal-$tag.jfr,settings=profile,dumponexit=true"
  fi
  setsid env PORT="$port" PORTAL_MANAGEMENT_PORT="$management_port" PORTAL_DATA_DIR="$work/portal-data" \
    PORTAL_DB_EMBEDDED=false PORTAL_BACKUP_ENABLED=false JAVA_TOOL_OPTIONS="$tool_options" \
    SPRING_DATASOURCE_URL="jdbc:mariadb://127.0.0.1:$db_port/cchc" \
    SPRING_DATASOURCE_USERNAME=portal SPRING_DATASOURCE_PASSWORD=portal-trial \
    PORTAL_API_CURSOR_SECRET=load-benchmark-cursor-key "${portal_env[@]}" \
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

heap_after_gc() {
  local pid
  pid=$(cat "$work/portal.pid")
  jcmd "$pid" GC.run >/dev/null
  jcmd "$pid" GC.heap_info > "$work/heap-$1.txt"
  jcmd "$pid" GC.class_histogram > "$work/heap-$1.histo"
}

load_prepare() {
  local members="$1"
  if ! command -v mariadbd >/dev/null; then
    echo "Installing mariadb-server from Debian's packages"
    local SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
    $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends mariadb-server >/dev/null
    $SUDO systemctl stop mariadb 2>/dev/null || true
  fi
  rm -rf "$work"; mkdir -p "$work"
  scripts/run-portal.sh build
  echo "Starting MariaDB (port $db_port) and the portal once to load the demo data..."
  ext_init "$work/db" "$db_port"
  portal_start setup
  echo "Making the accounts of the run..."
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
INSERT INTO user_account (username, full_name, email, password_hash, agency_id, created_at, updated_at, enabled, version)
SELECT CONCAT('taithu.vp', LPAD(seq, 4, '0')), CONCAT('Chuyên viên Văn phòng thử tải số ', seq), NULL,
       (SELECT password_hash FROM user_account WHERE username = 'vanphong'), NULL, NOW(6), NOW(6), TRUE, 0
FROM seq_1_to_${members};
INSERT INTO user_account_role (user_id, role) SELECT id, 'SECRETARIAT' FROM user_account WHERE username LIKE 'taithu.vp%';
SQL
  {
    echo "username,password,taskId"
    sql -e "SELECT CONCAT('taithu.cv', LPAD(t.rn, 4, '0')), 'CaiCach-2026-CV', t.id
            FROM (SELECT id, ROW_NUMBER() OVER (ORDER BY id) AS rn FROM task WHERE state = 'OPEN' AND lead_agency_id IS NOT NULL) t" | tr '\t' ','
  } > "$work/officers.csv"
  { echo "username,password"; sql -e "SELECT username, 'CaiCach-2026-UV' FROM user_account WHERE username LIKE 'taithu.uv%'" | tr '\t' ','; } > "$work/members.csv"
  { echo "username,password"; sql -e "SELECT username, 'CaiCach-2026-VP' FROM user_account WHERE username LIKE 'taithu.vp%'" | tr '\t' ','; } > "$work/secretariat.csv"
  briefs=$(sql -e "SELECT GROUP_CONCAT(id) FROM brief WHERE status = 'ISSUED'")
  officers=$(( $(wc -l < "$work/officers.csv") - 1 ))
  echo "Officers with a task of their own: $officers; committee members and secretariat users: $members each; issued briefs: $briefs"
  stop_pid_file "$work/portal.pid"
}
