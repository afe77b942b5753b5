#!/usr/bin/env bash
# Measures how long the README's run command takes to serve the sign-in page, then stops the portal.
#
#   scripts/measure-startup.sh            the run command as a user types it again (jar and AOT cache built)
#   scripts/measure-startup.sh --rebuild  after a source change: the production build and training run included
#   scripts/measure-startup.sh --dev      the developer's command (./mvnw spring-boot:run, Vaadin development mode)
#
# PORT (default 8080) chooses the port. Ends only the processes it started (its own process group).
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8080}"
command=(scripts/run-portal.sh demo)
case "${1:-}" in
  --rebuild) rm -f target/portal/built ;;
  --dev) . scripts/jdk.sh; command=(./mvnw -B -q -ntp spring-boot:run -Dspring-boot.run.profiles=demo) ;;
esac
log=${LOG:-$(mktemp)}
start=$(date +%s%N)
# its own process group, so that the portal's JVM and its embedded MariaDB are ended with it and nothing else is
setsid env PORT="$port" "${command[@]}" >"$log" 2>&1 &
runner=$!
stop() {
  kill -TERM -- "-$runner" >/dev/null 2>&1 || true
  for _ in $(seq 1 100); do kill -0 -- "-$runner" 2>/dev/null || return 0; sleep 0.2; done
  kill -KILL -- "-$runner" >/dev/null 2>&1 || true
}
trap stop EXIT
for _ in $(seq 1 1500); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" || true)" = "200" ]; then
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "sign-in page served ${elapsed} ms after '${command[*]}' started"
    grep -o 'Started PortalApplication in [0-9.]* seconds' "$log" || true
    grep -o 'Vaadin is running in [a-z]* mode' "$log" || true
    exit 0
  fi
  sleep 0.2
done
echo "sign-in page not served within 300 s; log: $log" >&2
exit 1
