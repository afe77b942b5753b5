# Sourced by the trial scripts: a MariaDB server from Debian's packages (apt-get install mariadb-server), run by
# the project itself on its own data folder and port, ended by its pid only.
#   ext_init DIR PORT    creates the data folder, the database cchc and the user portal/portal-trial
#   ext_start DIR PORT   starts mariadbd and waits until it answers
#   ext_stop DIR         stops it (SIGTERM, a clean shutdown) and waits until it is gone
ext_start() {
  local dir="$1" port="$2"
  mariadbd --no-defaults --user="$(id -un)" --datadir="$dir/data" --port="$port" --bind-address=127.0.0.1 \
    --socket="$dir/mariadb.sock" --pid-file="$dir/mariadb.pid" --skip-log-bin \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_uca1400_vietnamese_ai_ci \
    --log-error="$dir/mariadb.err" >/dev/null 2>&1 &
  echo $! > "$dir/mariadbd.pid"
  for _ in $(seq 1 150); do
    mariadb --no-defaults --socket="$dir/mariadb.sock" -uroot -e 'SELECT 1' >/dev/null 2>&1 && return 0
    sleep 0.2
  done
  echo "mariadbd did not start (see $dir/mariadb.err)" >&2
  return 1
}

ext_stop() {
  local dir="$1" pid
  pid=$(cat "$dir/mariadbd.pid" 2>/dev/null || true)
  [ -n "$pid" ] || return 0
  kill -CONT "$pid" 2>/dev/null || true
  kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.1; done
  kill -KILL "$pid" 2>/dev/null || true
}

ext_init() {
  local dir="$1" port="$2"
  rm -rf "$dir"; mkdir -p "$dir/data"
  mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$dir/data" --auth-root-authentication-method=socket \
    >"$dir/install.log" 2>&1
  ext_start "$dir" "$port"
  mariadb --no-defaults --socket="$dir/mariadb.sock" -uroot -e "
    CREATE DATABASE cchc CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_vietnamese_ai_ci;
    CREATE USER 'portal'@'127.0.0.1' IDENTIFIED BY 'portal-trial';
    GRANT ALL PRIVILEGES ON cchc.* TO 'portal'@'127.0.0.1';"
}
