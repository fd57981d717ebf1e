# Sourced by the project's scripts: sets JAVA_HOME to a JDK >= 25 (JAVA_HOME first, then
# /usr/lib/jvm/*), or explains exactly what is missing and exits. It runs before every
# jracket start, so it forks no process when the JDK's release file answers.
java_major() {  # sets major to the major version of a java binary, or 0
  local v="" line release="${1%/bin/java}/release"
  # The JDK's release file answers without starting a JVM (which costs ~0.2 s per launch).
  if [ -f "$release" ]; then
    while IFS= read -r line; do
      case "$line" in JAVA_VERSION=*) v="${line#JAVA_VERSION=\"}"; v="${v%\"}" ;; esac
    done <"$release"
  fi
  [ -n "$v" ] || v="$("$1" -version 2>&1 | awk -F'"' '/version/ {print $2; exit}')" || true
  v="${v%%.*}"
  if [[ "$v" =~ ^[0-9]+$ ]]; then major="$v"; else major=0; fi
}

find_jdk() {  # sets found to the first JDK >= 25, or fails
  local cand major
  for cand in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    [ -n "$cand" ] && [ -x "$cand/bin/java" ] && [ -x "$cand/bin/javac" ] || continue
    java_major "$cand/bin/java"
    if [ "$major" -ge 25 ]; then found="$cand"; return 0; fi
  done
  return 1
}

if ! find_jdk; then
  echo "jracket: needs a JDK 25 or newer (java and javac)." >&2
  echo "  Set JAVA_HOME to one, or install one under /usr/lib/jvm (e.g. a Temurin 25 JDK)." >&2
  echo "  Checked: JAVA_HOME=${JAVA_HOME:-<unset>} and $(ls -d /usr/lib/jvm/* 2>/dev/null | tr '\n' ' ')" >&2
  exit 127
fi
JAVA_HOME="$found"
export JAVA_HOME
