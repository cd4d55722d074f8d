#!/usr/bin/env bash
# Counts the classes in a -Xlog:class+load log by library and by where they came from (the class-data archive,
# the JDK's modules, a jar, generated at run time), in total and, for a log of bench/profile/Phases.java, per
# phase (its Phases$MarkN classes are the boundaries).
#
# usage: bench/profile/classes.sh LOG
#   make LOG with: java -Xlog:class+load:file=LOG ... (any govcheck run)
set -euo pipefail
[ $# -eq 1 ] || { sed -n '2,6p' "$0" >&2; exit 64; }
awk '
function group(c) {
  if (c ~ /\$\$Lambda|LambdaForm\$|^jdk\.internal\.reflect\.Generated|\$Proxy/) return "generated: lambdas, proxies, reflection"
  if (c ~ /^(java|javax|jdk|sun|com\.sun)\./) return "JDK"
  if (c ~ /^picocli\./) return "picocli"
  if (c ~ /^org\.drools\./) return "Drools"
  if (c ~ /^org\.kie\./) return "KIE API"
  if (c ~ /^org\.mvel2\./) return "MVEL"
  if (c ~ /^org\.eclipse\.jdt\./) return "ECJ (Java compiler)"
  if (c ~ /^org\.antlr\./) return "ANTLR"
  if (c ~ /^com\.fasterxml\.jackson\./) return "Jackson"
  if (c ~ /^com\.networknt\./) return "networknt json-schema-validator"
  if (c ~ /^com\.ethlo\./) return "itu (networknt date-times)"
  if (c ~ /^dev\.harrel\./) return "dev.harrel json-schema"
  if (c ~ /^org\.yaml\.snakeyaml\./) return "SnakeYAML"
  if (c ~ /^dev\.govcheck\./) return "govcheck"
  if (c ~ /^govcheck\.rules\./) return "govcheck.rules (compiled DRL)"
  if (c ~ /^Phases/) return "(profile harness)"
  return "other"
}
function from(line) {
  if (line ~ /source: shared objects file/) return "archive"
  if (line ~ /source: jrt:\//) return "jdk"
  if (line ~ /source: (file:|jar:)/) return "jar"
  return "generated"
}
{
  c = $0; sub(/^\[[^]]*\]\[[^]]*\]\[[^]]*\] */, "", c); split(c, parts, " "); c = parts[1]
  if (c ~ /^Phases\$Mark[0-9]+$/) { phase++; next }
  g = group(c); s = from($0)
  total[g]++; src[g, s]++; all++; allsrc[s]++
  per[phase]++; perg[phase, g]++; groups[g] = 1
}
END {
  printf "%-42s %6s %8s %6s %6s %9s\n", "classes loaded", "all", "archive", "jdk", "jar", "generated"
  for (g in groups) printf "%-42s %6d %8d %6d %6d %9d\n", g, total[g], src[g, "archive"], src[g, "jdk"], src[g, "jar"], src[g, "generated"] | "sort -k1,1 -t\"|\""
  close("sort -k1,1 -t\"|\"")
  printf "%-42s %6d %8d %6d %6d %9d\n", "total", all, allsrc["archive"], allsrc["jdk"], allsrc["jar"], allsrc["generated"]
  if (phase > 0) {
    print ""
    print "per phase of Phases.java (0: JVM start and the harness until the first mark; the names are in its output):"
    for (p = 0; p <= phase; p++) {
      if (!per[p]) continue
      line = ""
      for (g in groups) if (perg[p, g]) line = line sprintf(" %s %d;", g, perg[p, g])
      printf "  phase %d: %d classes:%s\n", p, per[p], line
    }
  }
}' "$1"
