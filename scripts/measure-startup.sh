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
PORT="$port" ./mvnw -B -q -ntp spring-boot:run -Dspring-boot.run.profiles=demo >"$log" 2>&1 &
runner=$!
trap 'pkill -P $runner >/dev/null 2>&1 || true; kill $runner >/dev/null 2>&1 || true; pkill -f "PortalApplication" >/dev/null 2>&1 || true' EXIT
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
