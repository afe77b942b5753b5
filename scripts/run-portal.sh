#!/usr/bin/env bash
# Runs the portal as it runs in production: Vaadin's production mode, from the production jar.
#
#   scripts/run-portal.sh demo        embedded MariaDB in ./data, demo users and data (the README's command)
#   scripts/run-portal.sh [args...]   any Spring Boot arguments, e.g. --server.port=9090
#   scripts/run-portal.sh build       only builds the jar (if the sources changed)
#   scripts/run-portal.sh restore DIR puts a backup back (the portal stopped; see the README)
#
# The jar is built (./mvnw -Pproduction package) only when the sources changed since the last build; on JDK 25 a
# training run then records an AOT cache (JEP 514/515) that halves the start. Both live in target/portal/.
# Environment variables (PORT, PORTAL_DATA_DIR, PORTAL_DB_EMBEDDED, SPRING_DATASOURCE_URL, ...) pass through.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/jdk.sh

out=target/portal
jar="$out/app/cchc-portal.jar"
aot="$out/portal.aot"
java_feature=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
# The JVM's settings measured by the load benchmark (ADR 0022): on JDK 25 compact object headers (JEP 519). The
# training run uses the same ones, as the AOT cache requires. PORTAL_JVM_FLAGS replaces them.
jvm_flags=()
if [ -n "${PORTAL_JVM_FLAGS+set}" ]; then
  read -r -a jvm_flags <<< "$PORTAL_JVM_FLAGS"
elif [ "$java_feature" -ge 25 ]; then
  jvm_flags=(-XX:+UseCompactObjectHeaders)
fi

stale() {
  [ ! -f "$out/built" ] && return 0
  [ -n "$(find pom.xml src/main frontend/styles -newer "$out/built" -type f -print -quit)" ]
}

train() {
  # Starts the jar once on a scratch database, opens the sign-in page and stops: the JVM writes the AOT cache
  # of everything loaded on the way (Spring, Hibernate, Vaadin's first page).
  local log="$out/training.log"
  rm -rf "$out/training"
  PORTAL_DATA_DIR="$out/training" PORTAL_BACKUP_ENABLED=false java "${jvm_flags[@]}" -XX:AOTCacheOutput="$aot" -jar "$jar" \
      --server.port=0 --management.server.port=0 >"$log" 2>&1 &
  local pid=$! port=""
  for _ in $(seq 1 900); do
    port=$(sed -n 's/.*Tomcat started on port \([0-9]*\) (http) with context path.*/\1/p' "$log" | head -1)
    [ -n "$port" ] && break
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.2
  done
  [ -n "$port" ] && curl -s -o /dev/null "http://localhost:$port/login" || true
  kill -TERM "$pid" 2>/dev/null || true
  wait "$pid" || true
  rm -rf "$out/training"
  [ -f "$aot" ] && echo "AOT cache written: $aot" || echo "No AOT cache (see $log); the portal starts without it"
  echo "${jvm_flags[*]}" > "$out/aot-flags"
}

if stale; then
  echo "Building the production jar (sources changed since the last build)..."
  ./mvnw -B -q -ntp -Pproduction package -DskipTests
  rm -rf "$out/app" "$aot"
  mkdir -p "$out"
  java -Djarmode=tools -jar target/cchc-portal-*.jar extract --destination "$out/app" >/dev/null
  mv "$out"/app/cchc-portal-*.jar "$jar"
  if [ "$java_feature" -ge 25 ]; then
    train
  fi
  touch "$out/built"
fi

# an AOT cache serves only the JVM settings it was recorded with
if [ "$java_feature" -ge 25 ] && [ -f "$jar" ] && [ "$(cat "$out/aot-flags" 2>/dev/null)" != "${jvm_flags[*]}" ]; then
  rm -f "$aot"
  train
fi

if [ "${1:-}" = build ]; then
  exit 0
fi

args=()
for arg in "$@"; do
  if [ "$arg" = demo ]; then args+=("--spring.profiles.active=demo"); else args+=("$arg"); fi
done
opts=()
if [ -f "$aot" ] && [ "$java_feature" -ge 25 ]; then
  opts+=("-XX:AOTCache=$aot" "-Xlog:aot*=error")
fi
exec java "${jvm_flags[@]}" "${opts[@]}" -jar "$jar" "${args[@]}"
