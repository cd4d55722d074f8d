#!/usr/bin/env bash
# Several builds of govcheck side by side: the cached single check one phase after the other
# (bench/profile/Phases.java) and the JSON Schema validator alone (bench/profile/SchemaInit.java), interleaved:
# every round runs each build once with a class-data archive (as bin/govcheck does) and once without, starting at
# the next build each round. Prints the medians per phase and build (CPU time of the thread is the figure load
# disturbs least), the classes SchemaInit saw loaded per phase, and, from one -Xlog:class+load run of Phases per
# build, the classes loaded per phase by library (bench/profile/classes.sh).
#
# usage: bench/profile/compare-builds.sh [--rounds N] NAME=CHECKOUT ...
#   CHECKOUT is a source tree of govcheck built with `./mvnw -q package -DskipTests` (target/govcheck.jar and
#   target/lib), e.g. an export of another commit: git archive COMMIT | tar x -C /tmp/old
# Output under target/bench/builds/ of this checkout. The proposal is samples/saas/hotjar.yaml.
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=7
if [ "${1:-}" = "--rounds" ]; then rounds="$2"; shift 2; fi
[ $# -gt 0 ] || { sed -n '2,10p' "$0" >&2; exit 64; }
work="$PWD/target/bench/builds"
rm -rf "$work" && mkdir -p "$work"
proposal="$PWD/samples/saas/hotjar.yaml"
names=()
for arg in "$@"; do
  name="${arg%%=*}" dir="$(cd "${arg#*=}" && pwd)"
  [ -f "$dir/target/govcheck.jar" ] || { echo "$0: $dir/target/govcheck.jar missing: build it first" >&2; exit 1; }
  names+=("$name")
  echo "$dir" > "$work/$name.dir"
  mkdir -p "$work/$name/classes"
  javac -d "$work/$name/classes" -cp "$dir/target/govcheck.jar" bench/profile/Phases.java \
    bench/profile/SchemaInit.java
  jar cf "$work/$name/phases.jar" -C "$work/$name/classes" .
  cp="$work/$name/phases.jar:$dir/target/govcheck.jar"
  # the rule-base cache entry Phases needs, made by the build itself
  java -jar "$dir/target/govcheck.jar" check -f json --rules rules --cache-dir "$work/$name/cache" "$proposal" \
    >/dev/null || [ $? -le 2 ]
  java -XX:TieredStopAtLevel=1 -XX:ArchiveClassesAtExit="$work/$name/phases.jsa" -Xlog:cds=off -cp "$cp" \
    Phases single rules "$work/$name/cache" "$proposal" >/dev/null
  # one archive for both harnesses: SchemaInit's own classes are few, govcheck's are all in Phases' run
  java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile="$work/$name/phases.jsa" -Xlog:cds=off \
    -Xlog:class+load:file="$work/$name/class-load.log" -cp "$cp" Phases single rules "$work/$name/cache" \
    "$proposal" >/dev/null
done
for ((round = 0; round < rounds; round++)); do
  for ((i = 0; i < ${#names[@]}; i++)); do
    name="${names[$(((i + round) % ${#names[@]}))]}"
    dir="$(cat "$work/$name.dir")"
    cp="$work/$name/phases.jar:$dir/target/govcheck.jar"
    for mode in cds nocds; do
      flags=(-XX:TieredStopAtLevel=1)
      [ "$mode" = cds ] && flags+=(-XX:SharedArchiveFile="$work/$name/phases.jsa" -Xlog:cds=off)
      read -r load _ < /proc/loadavg
      echo "load $load" >> "$work/$name.$mode.txt"
      java "${flags[@]}" -cp "$cp" Phases single rules "$work/$name/cache" "$proposal" >> "$work/$name.$mode.txt"
      read -r load _ < /proc/loadavg
      echo "load $load" >> "$work/$name.schema-$mode.txt"
      java "${flags[@]}" -cp "$cp" SchemaInit "$proposal" >> "$work/$name.schema-$mode.txt"
    done
  done
done
for name in "${names[@]}"; do
  for mode in cds nocds; do
    echo "== $name, C1 only, $([ "$mode" = cds ] && echo "with a class-data archive" || echo "no archive")"
    bench/profile/median-phases.sh "$work/$name.$mode.txt"
    echo "-- the validator alone (SchemaInit)"
    bench/profile/median-phases.sh "$work/$name.schema-$mode.txt"
    echo "-- classes loaded per phase (SchemaInit, last run)"
    tail -4 "$work/$name.schema-$mode.txt" | sed -E 's/ {2,}[0-9.]+ ms wall +[0-9.]+ ms cpu +([0-9]+) classes/: \1 classes/'
  done
  echo "== $name, classes loaded (with the archive)"
  bench/profile/classes.sh "$work/$name/class-load.log" | sed -n '/per phase/,$p'
done
