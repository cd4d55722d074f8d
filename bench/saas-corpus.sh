#!/usr/bin/env bash
# Writes N generated SaaS onboarding proposals into DIR: the seeded ProposalGenerator (all kinds, about half of
# them SaaS) writes enough files, and all but the first N SaaS ones (in file-name order) are removed. The same N
# and seed give the same files, byte for byte. A DIR holding a complete corpus is kept as it is.
#
# usage: bench/saas-corpus.sh DIR N [SEED]     (SEED defaults to 42; run from anywhere)
set -euo pipefail
[ $# -ge 2 ] || { sed -n '2,6p' "$0" >&2; exit 64; }
dir=$1 count=$2 seed=${3:-42}
root=$(cd "$(dirname "$0")/.." && pwd)
[ -f "$dir/.complete" ] && [ "$(cat "$dir/.complete")" = "$count $seed" ] && exit 0
rm -rf "$dir"
generate=$(( count * 2 + 200 ))
while :; do
  rm -rf "$dir" && mkdir -p "$dir"
  java "$root/src/test/java/dev/govcheck/testing/ProposalGenerator.java" "$dir" "$generate" "$seed" >/dev/null
  find "$dir" -type f ! -name '*-saasonboarding.yaml' -delete
  found=$(find "$dir" -type f -name '*.yaml' | wc -l)
  [ "$found" -ge "$count" ] && break
  generate=$(( generate * 2 ))
done
find "$dir" -type f -name '*.yaml' | LC_ALL=C sort | tail -n +$(( count + 1 )) | xargs -r rm -f
find "$dir" -mindepth 1 -type d -empty -delete
echo "$count $seed" > "$dir/.complete"
