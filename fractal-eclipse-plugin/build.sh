#!/usr/bin/env bash
# Builds the Eclipse plugin's Tycho reactor (tycho/): the plugin, its p2 update site and a test IDE, and runs
# the plugin's UI test in a real workbench under Xvfb. Called by the main build (pom.xml here) as
#   build.sh offline=true|false skipTests=true|false
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/.." && pwd)"
# Tycho and the Eclipse platform (JavaSE-21 bundles) run on the build's JDK 22+
source "$root/tools/java-env.sh"
args=(-B -ntp -f "$here/tycho/pom.xml" -s "$here/tycho/settings.xml"
      "-Dfractal.target=$here/tycho/fractal.target" "-Dfractal.root=$root")
[[ "${1:-}" == "offline=true" ]] && args+=(-o)
if [[ "${2:-}" == "skipTests=true" ]]; then
  exec "$root/mvnw" "${args[@]}" -DskipTests verify
fi
# the UI test needs an X display (Xvfb) and GTK 3 for SWT
if ! command -v xvfb-run >/dev/null || ! ldconfig -p | grep -q 'libgtk-3\.so\.0'; then
  if [[ "$(id -u)" == "0" ]] && command -v apt-get >/dev/null; then
    echo "fractal-eclipse-plugin: installing xvfb and libgtk-3-0 for the UI test" >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb libgtk-3-0 >&2 \
      || { apt-get update -q >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -q xvfb libgtk-3-0 >&2; }
  else
    echo "fractal-eclipse-plugin: the UI test needs xvfb-run and GTK 3 (apt-get install xvfb libgtk-3-0)," \
         "or skip this module with -Dfractal.skipEclipse" >&2
    exit 1
  fi
fi
exec xvfb-run -a -s "-screen 0 1400x900x24" "$root/mvnw" "${args[@]}" verify
