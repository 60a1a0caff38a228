# Sourced by ./doppel and ./run-tests: exports JAVA_HOME pointing at a JDK >= 21.
# Looks at $JAVA_HOME first, then the java on PATH, then the usual JVM folders,
# because the machine's default java may be older than the release Doppel needs.

doppel_java_major() {
  # prints the major version of the java binary given as $1, or nothing. The JDK's release file says
  # it without starting a JVM (each start costs a third of a CPU second, paid on every ./doppel run).
  local release
  release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\(1\.\)\{0,1\}\([0-9][0-9]*\).*/\2/p' "$release" | head -n 1
    return
  fi
  "$1" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java\.specification\.version = \([0-9][0-9]*\).*/\1/p' | head -n 1
}

doppel_home_ok() {
  [ -n "$1" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
  local major
  major=$(doppel_java_major "$1/bin/java")
  [ -n "$major" ] && [ "$major" -ge 21 ]
}

doppel_find_java_home() {
  if doppel_home_ok "${JAVA_HOME:-}"; then echo "$JAVA_HOME"; return 0; fi
  local on_path
  on_path=$(command -v java 2>/dev/null || true)
  if [ -n "$on_path" ]; then
    local home
    home=$(dirname "$(dirname "$(readlink -f "$on_path")")")
    if doppel_home_ok "$home"; then echo "$home"; return 0; fi
  fi
  local candidate best="" best_major=0 major
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /Library/Java/JavaVirtualMachines/*/Contents/Home "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/*; do
    [ -d "$candidate" ] || continue
    doppel_home_ok "$candidate" || continue
    major=$(doppel_java_major "$candidate/bin/java")
    if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major=$major; fi
  done
  if [ -n "$best" ]; then echo "$best"; return 0; fi
  return 1
}

if ! DOPPEL_JAVA_HOME=$(doppel_find_java_home); then
  echo "doppel: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm). Install one, or set JAVA_HOME." >&2
  exit 1
fi
export JAVA_HOME="$DOPPEL_JAVA_HOME"
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.9 still uses sun.misc.Unsafe through Guice; JDK 24+ warns on every build unless told.
if [ "$(doppel_java_major "$JAVA_HOME/bin/java")" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
