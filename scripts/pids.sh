# Sourced by the trial and benchmark scripts: ends the process group whose leader's pid the file holds (SIGTERM,
# then SIGKILL after 30 s) and removes the file. Only processes a script started and recorded are ever ended.
stop_pid_file() {
  local file="$1" pid
  pid=$(cat "$file" 2>/dev/null || true)
  [ -n "$pid" ] || return 0
  kill -CONT -- "-$pid" 2>/dev/null || true
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || { rm -f "$file"; return 0; }; sleep 0.1; done
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  rm -f "$file"
}
