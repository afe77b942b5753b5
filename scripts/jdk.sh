# Sourced by the scripts: picks a JDK >= 21, preferring 25 (the machine's default java may be 17).
for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/java-25-openjdk-amd64 "${JAVA_HOME:-}" \
    /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
  if [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] \
      && "$candidate/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
    export JAVA_HOME="$candidate"; break
  fi
  unset JAVA_HOME
done
if [ -z "${JAVA_HOME:-}" ]; then
  echo "No JDK 21 or newer found under /usr/lib/jvm (set JAVA_HOME)" >&2
  exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"
