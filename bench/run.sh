#!/usr/bin/env bash
# Measures govcheck against its performance targets (README.md, "## Performance"):
#   hit    one proposal, default rules, rule-base cache already built      goal <= 0.6 s
#   miss   one proposal, first run after the rules changed                 goal <= 2.0 s
#   batch  N generated proposals (all kinds) in one run, -Xmx512m          goal <= 5 s, both cores busy, < 512 MiB
# for each way of starting govcheck: "java -jar target/govcheck.jar" and the bin/govcheck launcher (JVM flags and
# a class-data archive, prepared before timing). Each is run several times; the median wall time of the whole
# process is printed (min and max too). With /usr/bin/time present, one more run of each gives the cores kept busy
# (CPU time / wall time) and the peak memory (resident set).
# Needs bash and a JDK 17+ only; uses hyperfine for the timing when it is installed, else a loop of date +%s%N.
#
# usage: bench/run.sh [--runs N] [--batch-runs N] [--files N] [--seed S] [--only jar|launcher] [--skip-batch]
#                     [--no-hyperfine]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=7
batch_runs=3
files=10000
seed=42
only=""
skip_batch=false
use_hyperfine=true
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --batch-runs) batch_runs="$2"; shift 2 ;;
    --files) files="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --skip-batch) skip_batch=true; shift ;;
    --no-hyperfine) use_hyperfine=false; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "bench/run.sh: unknown argument $1" >&2; exit 64 ;;
  esac
done
command -v hyperfine >/dev/null 2>&1 || use_hyperfine=false
[ -f target/govcheck.jar ] || { echo "bench/run.sh: build first: ./mvnw -q package -DskipTests" >&2; exit 1; }

work=target/bench
mkdir -p "$work"
proposal=samples/saas/hotjar.yaml
# A private copy of the default rules: the "miss" runs change it, the repository's rules/ stay untouched.
rules="$work/rules"
rm -rf "$rules" && mkdir -p "$rules" && cp rules/*.drl rules/*.yaml "$rules/"
cache="$work/cache"
corpus="$work/proposals-$files-seed$seed"
if [ "$skip_batch" = false ] && [ ! -f "$corpus/.complete" ]; then
  rm -rf "$corpus"
  java src/test/java/dev/govcheck/testing/ProposalGenerator.java "$corpus" "$files" "$seed" >/dev/null
  touch "$corpus/.complete"
fi

# Prints "median X s  min X s  max X s  (N runs)" for the seconds given one per line on standard input.
stats() {
  sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
    printf "median %.3f s  min %.3f s  max %.3f s  (%d runs)", m, v[1], v[NR], NR }'
}

# measure NAME RUNS PREPARE COMMAND: runs the shell command PREPARE (untimed), then times COMMAND; RUNS times.
measure() {
  local name="$1" runs="$2" prepare="$3" command="$4" line
  if [ "$use_hyperfine" = true ]; then
    hyperfine --style none --runs "$runs" --prepare "$prepare" --export-json "$work/hyperfine.json" \
      --ignore-failure "$command" >/dev/null 2>&1
    line=$(tr -d ' \n' < "$work/hyperfine.json" | grep -o '"times":\[[^]]*\]' | sed 's/.*\[//; s/\]//' | tr ',' '\n' \
      | stats)
  else
    local i start end
    line=$(for i in $(seq "$runs"); do
      sh -c "$prepare"
      start=$(date +%s%N)
      sh -c "$command" >/dev/null 2>&1 || true
      end=$(date +%s%N)
      awk -v ns="$((end - start))" 'BEGIN { printf "%.3f\n", ns / 1e9 }'
    done | stats)
  fi
  printf '%-6s %s' "$name" "$line"
  if [ -x /usr/bin/time ]; then
    sh -c "$prepare"
    /usr/bin/time -o "$work/time.txt" -f "%e %U %S %M" sh -c "$command" >/dev/null 2>"$work/stderr.txt" || true
    read -r wall user sys rss < <(tail -1 "$work/time.txt")
    awk -v w="$wall" -v u="$user" -v s="$sys" -v m="$rss" \
      'BEGIN { printf "  | cores busy %.2f, peak RSS %d MiB", (w > 0 ? (u + s) / w : 0), m / 1024 }'
  fi
  echo
}

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ //'),"\
  "$(free -m 2>/dev/null | awk '/Mem:/ { print $2 " MiB" }') RAM; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java:    $(java -version 2>&1 | sed -n 2p)"
echo "timing:  $([ "$use_hyperfine" = true ] && hyperfine --version || echo 'date +%s%N loop')"
echo "files:   $files generated proposals, seed $seed ($corpus)"
echo

# The launcher keeps its class-data archive under XDG_CACHE_HOME: a private one, prepared here, untimed
# (GOVCHECK_CDS=build: from a script the launcher prepares none by itself).
export XDG_CACHE_HOME="$PWD/$work/xdg"
GOVCHECK_CDS=build bin/govcheck --version >/dev/null 2>&1 || true

for way in jar launcher; do
  [ -n "$only" ] && [ "$only" != "$way" ] && continue
  if [ "$way" = jar ]; then
    start="java -jar target/govcheck.jar"; batch_start="java -Xmx512m -jar target/govcheck.jar"
  else
    start="bin/govcheck"; batch_start="env JAVA_OPTS=-Xmx512m bin/govcheck"
  fi
  echo "== $start"
  check="$start check --rules $rules --cache-dir $cache"
  rm -rf "$cache" "$rules" && mkdir -p "$rules" && cp rules/*.drl rules/*.yaml "$rules/"
  sh -c "$check $proposal" >/dev/null 2>&1 || true # builds the cache entry for "hit"
  measure hit "$runs" "true" "$check $proposal"
  # Each "miss" run follows a change to a rule file, so its rule base is not in the cache (the run then writes it).
  measure miss "$runs" "echo '// changed' \$(date +%s%N) >> $rules/approvals.drl" "$check $proposal"
  if [ "$skip_batch" = false ]; then
    batch="$batch_start check --rules $rules --cache-dir $cache -q $corpus"
    sh -c "$batch" >/dev/null 2>&1 || true # builds the cache entry for the changed rules
    measure batch "$batch_runs" "true" "$batch"
    echo "       $(sh -c "$batch" 2>&1 | tail -1)"
  fi
  echo
done
echo "goals: hit <= 0.6 s; miss <= 2.0 s; batch of 10000 <= 5 s, both cores busy, peak memory < 512 MiB"
