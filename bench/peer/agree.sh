#!/usr/bin/env bash
# Agreement check: govcheck and the peer (bench/peer/check.js) must decide the same on the same files, or the
# benchmark compares two different jobs. Generates N SaaS proposals (seeded), runs `govcheck check -f json` and
# the peer on them, and compares status, tier, path, the set of approval roles and the rules that fired, file by
# file; then the same on the SaaS samples and the hostile corpus. Exits 1 on any difference.
#
# usage: bench/peer/agree.sh [--files N] [--seed S]      (defaults: 3000 files, seed 42)
# Needs the jar (./mvnw -q package -DskipTests), a JDK 17+ and Node.js 18+; installs the peer's locked
# dependencies (npm ci) when they are missing.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/peer/lib.sh

files=3000
seed=42
while [ $# -gt 0 ]; do
  case "$1" in
    --files) files="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "$0: unknown argument $1" >&2; exit 64 ;;
  esac
done
need_jar
peer_ready
work=target/bench/agree
mkdir -p "$work"
peer_schema "$work/schema.json"
corpus="target/bench/saas-$files-seed$seed"
bench/saas-corpus.sh "$corpus" "$files" "$seed"

status=0
compare() { # NAME PATH...
  local name=$1; shift
  # exit codes 1 (a proposal fails) and 2 (an input is invalid) are expected here; 3 and up are not
  java -jar target/govcheck.jar check --cache-dir target/bench/cache -f json "$@" > "$work/govcheck.json" || [ $? -le 2 ]
  node bench/peer/check.js --schema "$work/schema.json" "$@" > "$work/peer.json" || [ $? -le 2 ]
  echo "== $name"
  node bench/peer/agree.js "$work/govcheck.json" "$work/peer.json" || status=1
}
compare "$files generated SaaS proposals (seed $seed)" "$corpus"
compare "SaaS samples and the hostile corpus" samples/saas src/test/resources/hostile
exit $status
