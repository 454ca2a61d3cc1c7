# Sourced by the launcher and CI: selects a JDK of version 22 or later (the build targets Java 22),
# preferring JAVA_HOME, then a Temurin 25 installation, then any JDK found on the machine.
# the feature version from the JDK's release file (no JVM start), else from the JVM itself
java_major() {
  local v
  [[ -f "$1/release" ]] && v="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release")"
  [[ -n "${v:-}" ]] || v="$("$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/.*java.specification.version = //p')"
  echo "$v"
}
pick_jdk() {
  local c
  for c in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [[ -n "$c" && -x "$c/bin/java" && -x "$c/bin/javac" ]] || continue
    if [[ "$(java_major "$c")" -ge 22 ]] 2>/dev/null; then echo "$c"; return 0; fi
  done
  return 1
}
if ! JAVA_HOME="$(pick_jdk)"; then
  echo "fractal: a JDK 22 or later is needed (none found; set JAVA_HOME)" >&2
  exit 2
fi
export JAVA_HOME
