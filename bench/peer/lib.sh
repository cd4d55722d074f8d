# Shared by bench/peer/agree.sh and bench/compare.sh (sourced, from the repository's root folder).

# Fails with a hint when the jar has not been built.
need_jar() {
  [ -f target/govcheck.jar ] || { echo "$0: build first: ./mvnw -q package -DskipTests" >&2; exit 1; }
}

# Installs the peer's locked dependencies when they are missing or older than package-lock.json.
peer_ready() {
  command -v node >/dev/null 2>&1 || { echo "$0: needs Node.js 18+ (node) for the peer" >&2; exit 1; }
  if [ ! -f bench/peer/node_modules/.package-lock.json ] \
      || [ bench/peer/package-lock.json -nt bench/peer/node_modules/.package-lock.json ]; then
    (cd bench/peer && npm ci --no-audit --no-fund --loglevel=error) >&2
  fi
}

# Writes the schema govcheck validates against to $1: the peer validates against the same contract, of this build.
peer_schema() {
  mkdir -p "$(dirname "$1")"
  java -jar target/govcheck.jar schema > "$1"
}
