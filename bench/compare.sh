#!/usr/bin/env bash
# govcheck against its peer (bench/peer: Node.js, json-rules-engine, js-yaml, ajv; the SaaS rules of the same
# policy), measured side by side in one interleaved run, with the ratios issue 20 targets:
#   a  one SaaS proposal, rule-base cache warm: bin/govcheck and java -jar against the peer's single run
#   b  one SaaS proposal, first run after one DRL file changed (govcheck; the peer has no compile step: its
#      single run from a is its figure)
#   c  N SaaS files (default 10,000) in one run: wall time, cores busy ((user+sys)/wall), peak RSS
#   d  M SaaS files (default 50,000) under -Xmx512m: wall time, peak RSS, GC pauses and their total time
#      (from -Xlog:gc), full collections; the peer (no heap cap) for scale
# Interleaved: every round runs each command of a section once, starting each round at the next command, so a
# burst of load from elsewhere hits all of them alike. Medians over the rounds; the 1-minute load average is
# read before every run and its median and range printed beside each figure. Every govcheck run prints JSON
# (-f json), as the peer does. Outputs go to /dev/null; exit codes above 2 stop the script.
#
# usage: bench/compare.sh [--rounds N] [--batch-rounds N] [--big-rounds N] [--files N] [--big-files N]
#                         [--seed S] [--sections abcd] [--jvm-opts "OPTS"] [--java-home DIR] [--quick]
#                         [--before DIR] [--proposal FILE] [--report-only]
#   --sections   the sections to run (default abcd)
#   --jvm-opts   more JVM options for every govcheck run (e.g. -XX:+UseSerialGC), both ways of starting it
#   --java-home  the JDK govcheck runs on (default: java on the PATH); the jar is the one built
#   --before DIR an earlier build measured in the same rounds, for before/after figures of a change: DIR holds
#                that build's bin/govcheck and target/govcheck.jar with target/lib/ (a copy of a checkout after
#                ./mvnw package); its rows are "before ..." and their ratio is against this build's row; the single
#                proposal must exit the same way in both builds
#   --proposal   the single proposal of a and b (default samples/saas/hotjar.yaml)
#   --report-only  measure nothing: print the tables of the last run's samples (all rounds finished so far)
#   --quick      3 rounds, 2 batch rounds, 1 big round, 2,000 and 10,000 files: a smoke run
# From a clean checkout: ./mvnw -q package -DskipTests && bench/compare.sh
# Needs a JDK 17+, Node.js 18+ (npm ci runs in bench/peer when node_modules is missing), GNU time
# (/usr/bin/time) for CPU and memory; uses no hyperfine (its runs of one command are back to back).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/peer/lib.sh

rounds=10
batch_rounds=5
big_rounds=3
files=10000
big_files=50000
seed=42
sections=abcd
jvm_opts=""
java_home=""
before=""
proposal=samples/saas/hotjar.yaml
report_only=false
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds="$2"; shift 2 ;;
    --batch-rounds) batch_rounds="$2"; shift 2 ;;
    --big-rounds) big_rounds="$2"; shift 2 ;;
    --files) files="$2"; shift 2 ;;
    --big-files) big_files="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --sections) sections="$2"; shift 2 ;;
    --jvm-opts) jvm_opts="$2"; shift 2 ;;
    --java-home) java_home="$2"; shift 2 ;;
    --before) before="$(cd "$2" && pwd)"; shift 2 ;;
    --proposal) proposal="$2"; shift 2 ;;
    --report-only) report_only=true; shift ;;
    --quick) rounds=3; batch_rounds=2; big_rounds=1; files=2000; big_files=10000; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "$0: unknown argument $1" >&2; exit 64 ;;
  esac
done
[ -x /usr/bin/time ] || { echo "$0: needs GNU time (/usr/bin/time; Debian package time)" >&2; exit 1; }
need_jar
peer_ready
if [ -n "$before" ] && [ ! -f "$before/target/govcheck.jar" -o ! -x "$before/bin/govcheck" ]; then
  echo "$0: --before $before: needs bin/govcheck and target/govcheck.jar there" >&2
  exit 64
fi
if [ -n "$java_home" ]; then
  export JAVA_HOME="$java_home" PATH="$java_home/bin:$PATH"
fi
java=$(command -v java)

work=target/bench/compare
[ "$report_only" = true ] || rm -rf "$work/samples" "$work/gc"
mkdir -p "$work/samples" "$work/gc"
schema="$work/schema.json"
peer_schema "$schema"
cache="$work/cache"            # the warm rule-base cache of a, c and d
miss_rules="$work/rules-miss"  # a private copy of rules/: each b run first changes one DRL file in it
miss_cache="$work/cache-miss"
rm -rf "$miss_rules" && mkdir -p "$miss_rules" && cp rules/*.drl rules/*.yaml "$miss_rules/"
# The launcher's class-data archive lives under XDG_CACHE_HOME: a private one, prepared below, untimed.
export XDG_CACHE_HOME="$PWD/$work/xdg"
export JAVA_OPTS="$jvm_opts"

launcher="bin/govcheck"
jar="$java $jvm_opts -jar target/govcheck.jar"
peer="node bench/peer/check.js --schema $schema"
check="check -f json --rules rules --cache-dir $cache"
# The earlier build of --before: its own launcher (with its own archive folder: a launcher removes the archives of
# other jars in its folder) and its own rule-base cache.
before_launcher="env XDG_CACHE_HOME=$PWD/$work/xdg-before GOVCHECK_JAR=$before/target/govcheck.jar $before/bin/govcheck"
before_jar="$java $jvm_opts -jar $before/target/govcheck.jar"
before_check="check -f json --rules rules --cache-dir $work/cache-before"

# sample NAME COMMAND...: one timed run; appends "wall cpu rss_kib load1" to the samples of NAME.
sample() {
  local name=$1 load start end rc user sys rss
  shift
  read -r load _ < /proc/loadavg
  start=$EPOCHREALTIME
  rc=0
  /usr/bin/time -f '%U %S %M' -o "$work/time.txt" "$@" >/dev/null 2>"$work/stderr.txt" || rc=$?
  end=$EPOCHREALTIME
  if [ "$rc" -gt 2 ]; then
    echo "$0: '$*' exited with $rc:" >&2
    head -20 "$work/stderr.txt" >&2
    exit 1
  fi
  read -r user sys rss < <(tail -1 "$work/time.txt")
  awk -v s="$start" -v e="$end" -v u="$user" -v y="$sys" -v m="$rss" -v l="$load" \
    'BEGIN { printf "%.4f %.2f %d %s\n", e - s, u + y, m, l }' >> "$work/samples/$name"
}

# interleave ROUNDS NAME... : runs the function run_NAME of each NAME once per round, rotating the start.
interleave() {
  local rounds=$1 r i n
  shift
  local names=("$@")
  n=${#names[@]}
  for ((r = 0; r < rounds; r++)); do
    for ((i = 0; i < n; i++)); do
      "run_${names[$(((r + i) % n))]}"
    done
    printf '.' >&2
  done
  echo >&2
}

# median of column C (1-based) of a samples file
median() {
  awk -v c="$2" '{ print $c }' "$1" | sort -g | awk '{ v[NR] = $1 }
    END { if (NR == 0) exit 1; printf "%s", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# row NAME LABEL [PEER_NAME]: one line of the table, with the ratio of the medians against PEER_NAME
row() {
  local f="$work/samples/$1" label=$2 ratio="-"
  [ -s "$f" ] || return 0
  if [ -n "${3:-}" ] && [ -s "$work/samples/$3" ]; then
    ratio=$(awk -v a="$(median "$f" 1)" -v b="$(median "$work/samples/$3" 1)" 'BEGIN { printf "%.2f", a / b }')
  fi
  awk -v label="$label" -v wall="$(median "$f" 1)" -v cpu="$(median "$f" 2)" -v rss="$(median "$f" 3)" \
      -v load="$(median "$f" 4)" -v ratio="$ratio" '
    NR == 1 { lo = hi = $1; llo = lhi = $4 }
    { if ($1 < lo) lo = $1; if ($1 > hi) hi = $1; if ($4 < llo) llo = $4; if ($4 > lhi) lhi = $4 }
    END { printf "| %-36s | %4d | %8.3f s | %6.3f-%6.3f s | %7.2f s | %5.2f | %5d MiB | %-21s | %6s |\n",
      label, NR, wall, lo, hi, cpu, cpu / wall, rss / 1024, sprintf("%.2f (%.2f-%.2f)", load, llo, lhi), ratio }' "$f"
}

header() {
  echo
  echo "$1"
  printf '| %-36s | %4s | %10s | %15s | %9s | %5s | %9s | %-21s | %6s |\n' command runs "wall" "wall min-max" \
    "cpu u+s" cores "peak RSS" "load 1 min (range)" "÷ peer"
  echo "|--------------------------------------|------|------------|-----------------|-----------|-------|-----------|-----------------------|--------|"
}

# the header of a table of the earlier build's rows: their ratio is against this build's row
before_header() {
  header "$1"
  echo "(last column: before ÷ this build)"
}

if [ "$report_only" = false ]; then
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'),"\
  "$(free -m | awk '/Mem:/ { print $2 " MiB" }') RAM; $(date -u +%Y-%m-%dT%H:%MZ)"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start"
echo "java:    $("$java" -version 2>&1 | sed -n 2p)${jvm_opts:+; more JVM options: $jvm_opts}"
echo "node:    $(node --version); peer: $(cd bench/peer && node -p 'Object.entries(require("./package.json").dependencies).map(e => e.join(" ")).join(", ")')"
echo "govcheck: $(git rev-parse --short HEAD 2>/dev/null || echo '?') $("$java" -jar target/govcheck.jar --version 2>/dev/null)"

# Untimed preparation: the launcher's archive (GOVCHECK_CDS=build: from a script the launcher prepares none by
# itself), the warm cache, the page cache of the files.
GOVCHECK_CDS=build bin/govcheck --version >/dev/null 2>&1 || true
$launcher $check "$proposal" >/dev/null 2>&1 || true
$jar $check "$proposal" >/dev/null 2>&1 || true
$peer "$proposal" >/dev/null 2>&1 || true
if [ -n "$before" ]; then
  echo "before:  $before ($("$java" -jar "$before/target/govcheck.jar" --version 2>/dev/null))"
  GOVCHECK_CDS=build $before_launcher --version >/dev/null 2>&1 || true
  # the same work or no comparison: an earlier build that rejects the proposal (say a field it does not know yet)
  # would be timed on reading alone
  rc_now=0; $launcher $check "$proposal" >/dev/null 2>&1 || rc_now=$?
  rc_before=0; $before_launcher $before_check "$proposal" >/dev/null 2>&1 || rc_before=$?
  if [ "$rc_now" != "$rc_before" ]; then
    echo "$0: --before: $proposal exits $rc_before there and $rc_now here: give both builds a proposal they read alike" >&2
    exit 1
  fi
  $before_jar $before_check "$proposal" >/dev/null 2>&1 || true
fi

if [[ $sections == *a* || $sections == *b* ]]; then
  run_hit_launcher() { sample hit_launcher $launcher $check "$proposal"; }
  run_hit_jar() { sample hit_jar $jar $check "$proposal"; }
  run_peer_single() { sample peer_single $peer "$proposal"; }
  change_rules() { rm -rf "$miss_cache"; echo "// changed $EPOCHREALTIME" >> "$miss_rules/approvals.drl"; }
  miss="check -f json --rules $miss_rules --cache-dir $miss_cache"
  run_miss_launcher() { change_rules; sample miss_launcher $launcher $miss "$proposal"; }
  run_miss_jar() { change_rules; sample miss_jar $jar $miss "$proposal"; }
  run_before_hit_launcher() { sample before_hit_launcher $before_launcher $before_check "$proposal"; }
  run_before_hit_jar() { sample before_hit_jar $before_jar $before_check "$proposal"; }
  before_miss="check -f json --rules $miss_rules --cache-dir $work/cache-miss-before"
  run_before_miss_launcher() {
    rm -rf "$work/cache-miss-before"; change_rules; sample before_miss_launcher $before_launcher $before_miss "$proposal"
  }
  run_before_miss_jar() {
    rm -rf "$work/cache-miss-before"; change_rules; sample before_miss_jar $before_jar $before_miss "$proposal"
  }
  names=(hit_launcher peer_single hit_jar)
  [[ $sections == *b* ]] && names+=(miss_launcher miss_jar)
  if [ -n "$before" ]; then
    names+=(before_hit_launcher before_hit_jar)
    [[ $sections == *b* ]] && names+=(before_miss_launcher before_miss_jar)
  fi
  echo "a/b: $rounds rounds of ${names[*]}" >&2
  interleave "$rounds" "${names[@]}"
fi

if [[ $sections == *c* ]]; then
  corpus="target/bench/saas-$files-seed$seed"
  bench/saas-corpus.sh "$corpus" "$files" "$seed"
  $peer "$corpus" >/dev/null 2>&1 || true # page cache
  run_batch_launcher() { sample batch_launcher $launcher $check "$corpus"; }
  run_batch_jar() { sample batch_jar $jar $check "$corpus"; }
  run_batch_peer() { sample batch_peer $peer "$corpus"; }
  run_before_batch_launcher() { sample before_batch_launcher $before_launcher $before_check "$corpus"; }
  run_before_batch_jar() { sample before_batch_jar $before_jar $before_check "$corpus"; }
  names=(batch_launcher batch_peer batch_jar)
  [ -n "$before" ] && names+=(before_batch_launcher before_batch_jar)
  echo "c: $batch_rounds rounds of $files files" >&2
  interleave "$batch_rounds" "${names[@]}"
fi

if [[ $sections == *d* ]]; then
  big="target/bench/saas-$big_files-seed$seed"
  bench/saas-corpus.sh "$big" "$big_files" "$seed"
  $peer "$big" >/dev/null 2>&1 || true # page cache
  gc_run=0
  # the GC log of each run, for the pause counts below
  gc_log() { gc_run=$((gc_run + 1)); echo "$work/gc/$1-$gc_run.log"; }
  run_big_launcher() {
    local log; log=$(gc_log launcher)
    sample big_launcher env "JAVA_OPTS=$jvm_opts -Xmx512m -Xlog:gc:file=$log" $launcher $check "$big"
  }
  run_big_jar() {
    local log; log=$(gc_log jar)
    sample big_jar "$java" $jvm_opts -Xmx512m "-Xlog:gc:file=$log" -jar target/govcheck.jar $check "$big"
  }
  run_big_peer() { sample big_peer $peer "$big"; }
  run_before_big_launcher() {
    local log; log=$(gc_log before_launcher)
    sample before_big_launcher env "JAVA_OPTS=$jvm_opts -Xmx512m -Xlog:gc:file=$log" $before_launcher $before_check "$big"
  }
  run_before_big_jar() {
    local log; log=$(gc_log before_jar)
    sample before_big_jar "$java" $jvm_opts -Xmx512m "-Xlog:gc:file=$log" -jar "$before/target/govcheck.jar" \
      $before_check "$big"
  }
  names=(big_launcher big_peer big_jar)
  [ -n "$before" ] && names+=(before_big_launcher before_big_jar)
  echo "d: $big_rounds rounds of $big_files files" >&2
  interleave "$big_rounds" "${names[@]}"
fi

fi # measuring

has() { [ -s "$work/samples/$1" ]; }
if has hit_launcher || has hit_jar; then
  header "a/b. one SaaS proposal ($proposal)"
  row hit_launcher "a bin/govcheck, cache warm" peer_single
  row hit_jar "a java -jar, cache warm" peer_single
  row peer_single "a/b peer (node), single run"
  if has miss_launcher || has miss_jar; then
    row miss_launcher "b bin/govcheck, a DRL file changed" peer_single
    row miss_jar "b java -jar, a DRL file changed" peer_single
  fi
  if has before_hit_launcher; then
    before_header "a/b. the same, the earlier build ($before)"
    row before_hit_launcher "a before bin/govcheck" hit_launcher
    row before_hit_jar "a before java -jar" hit_jar
    row before_miss_launcher "b before bin/govcheck" miss_launcher
    row before_miss_jar "b before java -jar" miss_jar
  fi
fi
if has batch_launcher || has batch_jar; then
  header "c. $files SaaS files in one run"
  row batch_launcher "c bin/govcheck" batch_peer
  row batch_jar "c java -jar" batch_peer
  row batch_peer "c peer (node)"
  if has before_batch_launcher; then
    before_header "c. the same, the earlier build"
    row before_batch_launcher "c before bin/govcheck" batch_launcher
    row before_batch_jar "c before java -jar" batch_jar
  fi
fi
if has big_launcher || has big_jar; then
  header "d. $big_files SaaS files in one run, govcheck under -Xmx512m"
  row big_launcher "d bin/govcheck -Xmx512m" big_peer
  row big_jar "d java -jar -Xmx512m" big_peer
  row big_peer "d peer (node, no heap cap)"
  if has before_big_launcher; then
    before_header "d. the same, the earlier build"
    row before_big_launcher "d before bin/govcheck -Xmx512m" big_launcher
    row before_big_jar "d before java -jar -Xmx512m" big_jar
  fi
  echo
  echo "GC in d, per run (-Xlog:gc): pauses, their total and share of that way's median wall time, full collections,"
  echo "the longest pause, the heap after the last pause"
  for log in "$work"/gc/*.log; do
    name=$(basename "$log" .log)
    way=${name%-*}
    samples="$work/samples/big_$way"
    [[ $way == before_* ]] && samples="$work/samples/before_big_${way#before_}"
    awk -v name="$name" -v wall="$(median "$samples" 1)" '
      / Pause / { n++; ms = $NF; sub(/ms$/, "", ms); total += ms; if (ms + 0 > max) max = ms + 0;
        for (i = 1; i <= NF; i++) if ($i ~ /->/) heap = $i }
      / Pause Full / { full++ }
      END { printf "  %-19s %4d pauses, %8.1f ms (%4.1f %%), %d full, longest %6.1f ms, heap %s\n",
        name, n, total, total / 10 / wall, full, max, heap }' "$log"
  done
fi
echo
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the end"
echo "targets (issue 20): a launcher <= 0.4 s and <= 1.6x the peer; b <= 1.0 s; c <= 0.67x the peer, both cores busy;"
echo "                    d without a collection storm; no figure of java -jar worse than before"
