# Sourced by bin/local-stack and bin/test: puts a JDK 25 or newer first on PATH and in JAVA_HOME, so Maven and java
# run on it even where the machine's default java is older. Looks at JAVA_HOME first, then /usr/lib/jvm/*25* (Debian
# and Temurin packages), then the java on PATH. Fails with a clear message when none is 25 or newer.
#
#   source bin/lib/find-jdk.sh; use_jdk25 <script name>

KLANTPUNTEN_JAVA_RELEASE=25

# The major version of the java binary $1 ("25"), or nothing when it does not run.
java_major_of() {
  local version
  version="$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')"
  version="${version%%.*}"
  [[ "$version" =~ ^[0-9]+$ ]] && echo "$version"
}

# Succeeds when the folder $1 holds a java of release 25 or newer (and javac, so Maven can compile with it).
is_jdk25() {
  local home="$1" major
  [[ -n "$home" && -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 1
  major="$(java_major_of "$home/bin/java")"
  [[ -n "$major" ]] && (( major >= KLANTPUNTEN_JAVA_RELEASE ))
}

use_jdk25() {
  local caller="$1" candidate found="" path_java=""
  local candidates=("${JAVA_HOME:-}")
  for candidate in /usr/lib/jvm/*25*; do
    [[ -d "$candidate" ]] && candidates+=("$candidate")
  done
  if path_java="$(command -v java 2>/dev/null)"; then
    candidates+=("$(dirname "$(dirname "$(readlink -f "$path_java")")")")
  fi
  for candidate in "${candidates[@]}"; do
    if is_jdk25 "$candidate"; then
      found="$candidate"
      break
    fi
  done
  if [[ -z "$found" ]]; then
    echo "$caller: no JDK $KLANTPUNTEN_JAVA_RELEASE or newer found (looked at JAVA_HOME='${JAVA_HOME:-}'," \
      "/usr/lib/jvm/*25* and the java on PATH${path_java:+ ($path_java)}). Install a JDK 25 (e.g. Temurin 25)" \
      "and set JAVA_HOME to it." >&2
    exit 1
  fi
  export JAVA_HOME="$found"
  export PATH="$found/bin:$PATH"
}
