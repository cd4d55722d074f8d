#!/usr/bin/env bash
# Medians per phase over several runs of bench/profile/Phases.java whose outputs are concatenated in FILE
# (lines "NAME  VALUE ms"; other lines are skipped), in the order the phases first appear.
# usage: bench/profile/median-phases.sh FILE
set -euo pipefail
awk '/ ms/ { line = $0; sub(/ +[0-9.]+ ms.*$/, "", line); rest = $0; c = 0
       if (!(line in n)) order[++k] = line; n[line]++
       while (match(rest, /[0-9.]+ ms( [a-z]+)?/)) { c++; label[line, c] = substr(rest, RSTART, RLENGTH)
         sub(/^[0-9.]+ ms */, "", label[line, c]); vals[line, c, n[line]] = substr(rest, RSTART, RLENGTH) + 0
         rest = substr(rest, RSTART + RLENGTH) }
       cols[line] = c }
     /^load / { loads = loads " " $2 }
     END {
       for (i = 1; i <= k; i++) { name = order[i]; m = n[name]; out = sprintf("%-44s", name)
         for (c = 1; c <= cols[name]; c++) {
           for (a = 1; a <= m; a++) s[a] = vals[name, c, a]
           for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (s[b] < s[a]) { t = s[a]; s[a] = s[b]; s[b] = t }
           med = (m % 2) ? s[(m + 1) / 2] : (s[m / 2] + s[m / 2 + 1]) / 2
           out = out sprintf(" %8.1f ms %-4s (%.0f-%.0f)", med, label[name, c], s[1], s[m]) }
         print out " median of " m }
       if (loads != "") print "1-min load before each run:" loads }' "$1"
