#!/usr/bin/env bash
# Measures how long the README's run command takes to serve the sign-in page.
# Usage: scripts/measure-startup.sh [port]   (stops the portal afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-8080}"
: "${JAVA_HOME:=/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
log=$(mktemp)
start=$(date +%s%N)
# its own process group, so that the portal's JVM (a child of Maven) is ended with it and nothing else is
setsid env PORT="$port" ./mvnw -B -q -ntp spring-boot:run -Dspring-boot.run.profiles=demo >"$log" 2>&1 &
runner=$!
stop() {
  kill -TERM -- "-$runner" >/dev/null 2>&1 || true
  for _ in $(seq 1 50); do kill -0 "$runner" 2>/dev/null || return 0; sleep 0.2; done
  kill -KILL -- "-$runner" >/dev/null 2>&1 || true
}
trap stop EXIT
for _ in $(seq 1 600); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$port/login" || true)" = "200" ]; then
    elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
    echo "sign-in page served ${elapsed} ms after the run command started"
    grep -o 'Started PortalApplication in [0-9.]* seconds' "$log" || true
    exit 0
  fi
  sleep 0.2
done
echo "sign-in page not served within 120 s; log: $log" >&2
exit 1
