#!/usr/bin/env bash
# The two-node trial (issue 18; not part of the test command, about 10 minutes on 2 cores):
#
#   scripts/cluster-trial.sh
#
# On this one machine, from Debian's packages (installed when missing: mariadb-server, galera-4, rsync, haproxy):
#   - a MariaDB Galera cluster of three nodes on loopback (SQL 3331-3333, replication 4571-4573);
#   - two portal nodes (8201, 8202) from the production jar, each with its own search index folder, sharing one
#     folder of uploaded files, connected to the cluster with Connector/J's sequential failover URL;
#   - HAProxy on 8200 in front of them, with a sticky cookie (Vaadin keeps each user's screen on one node).
# Then a real browser (ClusterTrial) signs in through the proxy as a province officer and saves a progress report;
# the portal node that served it is stopped: the officer signs in again on the other node and finds the report; a
# Galera node is stopped: the next save still succeeds and is on every remaining node. Both portal nodes run the
# morning reminders every 20 s meanwhile: ShedLock lets one node at a time run them, and no task is reminded twice.
# Report: target/cluster-trial/report.txt. Everything is started by this script and ended by its pid.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh
. scripts/pids.sh

work="$(pwd)/target/cluster-trial"
proxy_port=8200
packages=()
command -v mariadbd >/dev/null || packages+=(mariadb-server)
[ -f /usr/lib/galera/libgalera_smm.so ] || packages+=(galera-4)
command -v rsync >/dev/null || packages+=(rsync)
command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] || packages+=(haproxy)
if [ ${#packages[@]} -gt 0 ]; then
  echo "Installing from Debian's packages: ${packages[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO=sudo
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  # the packages start their own services; the trial runs its own servers on its own ports instead
  for service in mariadb haproxy; do $SUDO systemctl stop "$service" 2>/dev/null || true; done
fi
HAPROXY=$(command -v haproxy || echo /usr/sbin/haproxy)

rm -rf "$work"; mkdir -p "$work/shared-files"
scripts/run-portal.sh build

# --- the Galera cluster -------------------------------------------------------------------------------------------
galera_start() {
  local n="$1" first="${2:-}"
  local dir="$work/db$n"
  mkdir -p "$dir/data"
  local cluster="gcomm://127.0.0.1:4571,127.0.0.1:4572,127.0.0.1:4573"
  [ -n "$first" ] && cluster="gcomm://"
  # a joiner receives the data by rsync's daemon, which writes as 'nobody' when started by root
  [ -z "$first" ] && [ "$(id -u)" -eq 0 ] && chown nobody:nogroup "$dir/data"
  setsid mariadbd --no-defaults --user="$(id -un)" --datadir="$dir/data" --port="333$n" --bind-address=127.0.0.1 \
    --socket="$dir/mariadb.sock" --pid-file="$dir/mariadb.pid" --log-error="$dir/mariadb.err" \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_uca1400_vietnamese_ai_ci \
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 --innodb-buffer-pool-size=256M \
    --wsrep-on=ON --wsrep-provider=/usr/lib/galera/libgalera_smm.so --wsrep-cluster-name=cchc-trial \
    --wsrep-cluster-address="$cluster" --wsrep-node-name="db$n" --wsrep-node-address="127.0.0.1:457$n" \
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:457$n;ist.recv_addr=127.0.0.1:458$n;gcache.size=64M" \
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:459$n" \
    --wsrep-auto-increment-control=OFF >/dev/null 2>&1 &
  echo $! > "$dir/mariadbd.pid"
  for _ in $(seq 1 300); do
    [ "$(mariadb --no-defaults --socket="$dir/mariadb.sock" -uroot -N -e "SHOW STATUS LIKE 'wsrep_ready'" 2>/dev/null | awk '{print $2}')" = ON ] && return 0
    kill -0 "$(cat "$dir/mariadbd.pid")" 2>/dev/null || break
    sleep 0.5
  done
  echo "Galera node $n did not start (see $dir/mariadb.err)" >&2
  return 1
}

cleanup() {
  stop_pid_file "$work/haproxy.pid"
  for n in 2 1; do stop_pid_file "$work/portal$n/portal.pid"; done
  for n in 3 2 1; do stop_pid_file "$work/db$n/mariadbd.pid"; done
}
trap cleanup EXIT

echo "Starting the Galera cluster (3 nodes)..."
mkdir -p "$work/db1/data"
mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$work/db1/data" --auth-root-authentication-method=socket \
  >"$work/db1/install.log" 2>&1
galera_start 1 new
mariadb --no-defaults --socket="$work/db1/mariadb.sock" -uroot -e "
  CREATE DATABASE cchc CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_ai_ci;
  CREATE USER 'portal'@'127.0.0.1' IDENTIFIED BY 'portal-trial';
  GRANT ALL PRIVILEGES ON cchc.* TO 'portal'@'127.0.0.1';"
galera_start 2
galera_start 3
mariadb --no-defaults --socket="$work/db1/mariadb.sock" -uroot -N -e "SHOW STATUS LIKE 'wsrep_cluster_size'"

# --- two portal nodes ---------------------------------------------------------------------------------------------
portal_start() {
  local n="$1" dir="$work/portal$1"
  mkdir -p "$dir"
  setsid env PORT="820$n" PORTAL_MANAGEMENT_PORT="821$n" PORTAL_DATA_DIR="$dir/data" PORTAL_STORAGE_DIR="$work/shared-files" \
    PORTAL_DB_EMBEDDED=false PORTAL_BACKUP_ENABLED=false \
    SPRING_DATASOURCE_URL="jdbc:mariadb:sequential://127.0.0.1:3331,127.0.0.1:3332,127.0.0.1:3333/cchc" \
    SPRING_DATASOURCE_USERNAME=portal SPRING_DATASOURCE_PASSWORD=portal-trial \
    PORTAL_API_CURSOR_SECRET=cluster-trial-cursor-key PORTAL_NOTIFICATIONS_REMINDER_CRON="*/20 * * * * *" \
    scripts/run-portal.sh demo >"$dir/portal.log" 2>&1 &
  echo $! > "$dir/portal.pid"
  for _ in $(seq 1 1200); do
    curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:820$n/login" 2>/dev/null | grep -q 200 && return 0
    kill -0 "$(cat "$dir/portal.pid")" 2>/dev/null || break
    sleep 0.5
  done
  echo "Portal node $n did not start (see $dir/portal.log)" >&2
  return 1
}
echo "Starting portal node 1 (migrates the database and loads the demo data)..."
portal_start 1
echo "Starting portal node 2..."
portal_start 2

# --- HAProxy ------------------------------------------------------------------------------------------------------
cat > "$work/haproxy.cfg" <<EOF
defaults
    mode http
    timeout connect 5s
    timeout client 120s
    timeout server 120s
    option redispatch
    retries 2
frontend portal
    bind 127.0.0.1:$proxy_port
    default_backend portals
backend portals
    balance roundrobin
    cookie SERVERID insert indirect nocache httponly
    option httpchk GET /login
    http-check expect status 200
    server portal1 127.0.0.1:8201 check inter 1s fall 2 rise 2 cookie portal1
    server portal2 127.0.0.1:8202 check inter 1s fall 2 rise 2 cookie portal2
EOF
setsid "$HAPROXY" -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
echo $! > "$work/haproxy.pid"
for _ in $(seq 1 60); do curl -s -o /dev/null "http://127.0.0.1:$proxy_port/login" && break; sleep 0.5; done

task=$(mariadb --no-defaults --socket="$work/db2/mariadb.sock" -uroot -N cchc -e "
  SELECT t.id FROM task t JOIN agency a ON a.id = t.lead_agency_id WHERE a.code = 'ha-noi' AND t.state = 'OPEN'
  AND NOT EXISTS (SELECT 1 FROM task_report r WHERE r.task_id = t.id) ORDER BY t.id DESC LIMIT 1")
echo "Trial task: $task"

export CLUSTER_TRIAL_WORK="$work"
./mvnw -B -q -ntp -Ptrial test -Dtest=ClusterTrial -Dsurefire.failIfNoSpecifiedTests=false \
  -Dtrial.url="http://127.0.0.1:$proxy_port" -Dtrial.task="$task" -Dtrial.report="$work/report.txt"
cat "$work/report.txt"
