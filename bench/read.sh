#!/usr/bin/env bash
# CPU time of the proposal reader alone (YAML, JSON Schema, binding to records), on one thread, in one JVM:
#   batch  N generated proposals (all kinds) read R times; prints µs of CPU and KiB allocated per file per
#          round, and the median and minimum CPU of the warm rounds (the second half)
#   long   a proposal with one title line of S MiB, then one with a category (an enum) of S MiB, with the size
#          limit raised to fit; prints the CPU seconds of each read (the cost of long scalars must grow linearly)
# CPU time, not wall time: on a shared machine other processes slow the clock, far less the thread's own CPU.
#
# usage: bench/read.sh batch [--files N] [--rounds R] [--seed S]
#        bench/read.sh long [SIZE_MIB...]            (default: 1 8 64)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/govcheck.jar ] || { echo "bench/read.sh: build first: ./mvnw -q package -DskipTests" >&2; exit 1; }
classpath="target/classes:$(printf '%s:' target/lib/*.jar)"
mode="${1:-batch}"
shift || true
case "$mode" in
  batch)
    files=3000 rounds=10 seed=42
    while [ $# -gt 0 ]; do
      case "$1" in
        --files) files="$2"; shift 2 ;;
        --rounds) rounds="$2"; shift 2 ;;
        --seed) seed="$2"; shift 2 ;;
        *) echo "bench/read.sh: unknown argument $1" >&2; exit 64 ;;
      esac
    done
    corpus="target/bench/proposals-$files-seed$seed"
    if [ ! -f "$corpus/.complete" ]; then
      rm -rf "$corpus"
      java src/test/java/dev/govcheck/testing/ProposalGenerator.java "$corpus" "$files" "$seed" >/dev/null
      touch "$corpus/.complete"
    fi
    exec java -Xmx1g -cp "$classpath" bench/ReadProposals.java batch "$corpus" "$rounds" ;;
  long)
    [ $# -gt 0 ] || set -- 1 8 64
    exec java -Xmx4g -cp "$classpath" bench/ReadProposals.java long "$@" ;;
  -h|--help) sed -n '2,11p' "$0" ;;
  *) echo "bench/read.sh: mode batch or long, got $mode" >&2; exit 64 ;;
esac
