#!/usr/bin/env bash
# Compares Doppel's stopword language guess with Lingua (com.github.pemistahl:lingua 1.2.2) on HTML pages
# that declare their language. Lingua is fetched by Maven for this comparison only; it is not a dependency.
#   bin/compare/language-guess-vs-lingua.sh ../shared/data/extraction-meta/pages ../shared/data/extraction/html
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
. "$here/bin/find-java.sh"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat > "$work/pom.xml" <<'POM'
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>lingua-compare</artifactId><version>1</version>
  <dependencies><dependency><groupId>com.github.pemistahl</groupId><artifactId>lingua</artifactId><version>1.2.2</version></dependency></dependencies>
</project>
POM
"$here/mvnw" -B -q -f "$work/pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >&2
jar="$here/doppel-cli/target/doppel.jar"
[ -f "$jar" ] || (cd "$here" && ./doppel --help >/dev/null)
exec "$JAVA_HOME/bin/java" -Xmx3g -cp "$jar:$(cat "$work/cp.txt")" "$here/bin/compare/LanguageGuessVsLingua.java" "$@"
