#!/usr/bin/env bash
# Splits the execution samples of a JFR recording of a govcheck check into phases (rule load, find files, read,
# evaluate, report, ...) and the parts of reading and evaluating, by the frames on each sampled stack. Only
# threads running Java code are sampled: GC and JIT compiler threads are not in these shares (see -Xlog:gc and
# -XX:+CITime for those).
#
# usage: bench/profile/jfr-phases.sh RECORDING.jfr
#   record with: java -XX:StartFlightRecording=filename=RECORDING.jfr,settings=profile \
#                     -XX:FlightRecorderOptions=stackdepth=256 -jar target/govcheck.jar check ...
set -euo pipefail
[ $# -eq 1 ] || { sed -n '2,9p' "$0" >&2; exit 64; }
jfr print --events jdk.ExecutionSample --stack-depth 256 "$1" | awk '
function has(p) { return index(stack, p) > 0 }
function classify() {
  if (has("dev.govcheck.engine.Evaluator.evaluate")) {
    if (has("dev.govcheck.engine.Fold.trace")) return "evaluate: fold, firing trace (Fold.trace)"
    if (has("dev.govcheck.engine.Fold.")) return "evaluate: fold, the rest"
    if (has(".fireAllRules(")) return "evaluate: fireAllRules"
    if (has(".newKieSession(")) return "evaluate: new session"
    return "evaluate: insert, collect outputs, dispose"
  }
  if (has("dev.govcheck.proposal.ProposalReader.read")) {
    if (has("com.networknt.") || has("dev.harrel.") || has("dev.govcheck.jsonschema.")) return "read: JSON Schema validation"
    if (has("dev.govcheck.proposal.JsonTree")) return "read: YAML nodes to a JSON tree (JsonTree)"
    if (has("dev.govcheck.proposal.SchemaErrors")) return "read: schema errors"
    if (has("dev.govcheck.proposal.SafeYaml$Walk")) return "read: YAML safety walk (SafeYaml.Walk)"
    if (has("dev.govcheck.proposal.ProposalBinder") || has("dev.govcheck.proposal.NodeCursor")) return "read: binding to records"
    if (has("org.snakeyaml.engine.") || has("org.yaml.snakeyaml.")) return "read: YAML parse and compose (snakeyaml-engine)"
    if (has("dev.govcheck.proposal.SourceMap")) return "read: source map"
    return "read: file, encoding, other"
  }
  if (has("dev.govcheck.report.")) return "report"
  if (has("dev.govcheck.cli.FileCollector")) return "find the files"
  if (has("ProposalSchema.<init>")) return "schema validator init"
  if (has("RuleSetLocator.load") || has("dev.govcheck.policy.RuleSet.load")) return "rule set load"
  if (has("picocli.")) return "picocli"
  return "other (JVM start, class loading outside the above, ...)"
}
/^jdk.ExecutionSample/ { stack = ""; inside = 1; next }
inside && /^}/ { n++; count[classify()]++; inside = 0; next }
inside { stack = stack "\n" $0 }
END {
  printf "%d execution samples\n", n
  for (k in count) printf "%6d %5.1f %%  %s\n", count[k], 100 * count[k] / n, k | "sort -t\"%\" -k2"
}'
