package dev.govcheck.report;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.FieldFix;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.Ineligibility;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Severity;
import dev.govcheck.decision.Status;
import dev.govcheck.decision.ThresholdCrossed;
import dev.govcheck.decision.Waiver;
import dev.govcheck.explain.Blocker;
import dev.govcheck.explain.Explanation;
import dev.govcheck.explain.Fact;
import dev.govcheck.explain.RuleExplanation;
import dev.govcheck.explain.WhatIf;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.Position;
import dev.govcheck.run.ExplainResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code govcheck explain} for a person: the decision first, then what a what-if run changed, then every rule
 * that fired in firing order (id, title, why it exists, the facts it matched with {@code file:line:column}, what
 * it decided, where its DRL is), then what stands between the proposal and the fast track, with the value that
 * lifts each threshold and a ready-made {@code --set} command. {@code quiet} leaves out the rules.
 */
public final class ExplainTextReporter implements Report<ExplainResult> {
    /** The order rules/README.md states effects in: "tier ≥ MEDIUM, approve security, vote STANDARD". */
    private static final List<String> EFFECT_ORDER = List.of("tier", "approval", "path", "violation", "obligation");

    private final Ansi ansi;
    private final boolean quiet;

    public ExplainTextReporter(boolean color, boolean quiet) {
        this.ansi = new Ansi(color);
        this.quiet = quiet;
    }

    @Override
    public void write(ExplainResult result, Writer out) throws IOException {
        if (result.unexplained().isPresent()) {
            unexplained(result.unexplained().get(), out);
            return;
        }
        Explanation explanation = result.explanation().orElseThrow();
        Decision d = explanation.decision();
        decision(d, out);
        if (explanation.whatIf() != null) {
            whatIf(explanation.whatIf(), out);
        }
        if (!quiet) {
            rules(explanation, out);
        }
        fastTrack(explanation, out);
    }

    /** A file that is not a valid proposal (its errors), or that the rules failed on (what happened). */
    private void unexplained(FileResult result, Writer out) throws IOException {
        if (result instanceof InvalidFile invalid) {
            for (InputError error : invalid.errors()) {
                out.append(ansi.red(error.format())).append('\n');
            }
        } else if (result instanceof FailedEvaluation failed) {
            out.append(ansi.red(new InputError(failed.file(), Position.START, "", "no decision: " + failed.message())
                    .format())).append('\n');
        }
    }

    private void decision(Decision d, Writer out) throws IOException {
        out.append(ansi.bold(d.id())).append("  ").append(d.title()).append("  ")
                .append(ansi.dim("(" + d.kind() + ", " + d.file() + ")")).append('\n');
        out.append("  ").append(status(d.status()))
                .append("  tier ").append(tier(d.tier()))
                .append("  path ").append(ansi.bold(d.path().name())).append(" -> ").append(queue(d)).append('\n');
        out.append("  approvals:   ").append(d.approvals().isEmpty() ? "none"
                : String.join(", ", d.approvals().stream().map(Approval::role).toList())).append('\n');
        out.append("  violations:  ").append(count(d.violations())).append('\n');
        out.append("  obligations: ").append(count(d.obligations())).append('\n');
        for (Waiver w : d.waived()) {
            out.append("  waived:      ").append(w.rule()).append(", approved by ").append(w.approvedBy())
                    .append(", expires ").append(w.expires().toString()).append(": ").append(w.reason()).append('\n');
        }
    }

    private void whatIf(WhatIf w, Writer out) throws IOException {
        out.append('\n').append(ansi.bold("What if")).append(" (the file is not changed):\n");
        int width = w.changes().stream().mapToInt(c -> c.field().length()).max().orElse(0);
        for (WhatIf.Change change : w.changes()) {
            out.append("  ").append(pad(change.field(), width)).append(" = ").append(change.value())
                    .append(ansi.dim(change.was() == null ? "  (not in the file)" : "  (was " + change.was() + ")"))
                    .append('\n');
        }
        out.append("  status   ").append(transition(w.before().status().name(), w.after().status().name()))
                .append('\n');
        out.append("  tier     ").append(transition(w.before().tier().name(), w.after().tier().name()))
                .append('\n');
        out.append("  path     ").append(transition(w.before().path().name(), w.after().path().name()))
                .append('\n');
        roles("approvals added", w.approvalsAdded(), out);
        roles("approvals removed", w.approvalsRemoved(), out);
        findings("violations added", w.violationsAdded(), out);
        findings("violations removed", w.violationsRemoved(), out);
        findings("obligations added", w.obligationsAdded(), out);
        findings("obligations removed", w.obligationsRemoved(), out);
        ids("rules now firing", w.rulesAdded(), out);
        ids("rules no longer firing", w.rulesRemoved(), out);
    }

    private void rules(Explanation explanation, Writer out) throws IOException {
        List<RuleExplanation> rules = explanation.rules();
        String file = explanation.decision().file();
        out.append('\n').append(ansi.bold("Rules that fired")).append(", in firing order (")
                .append(Integer.toString(rules.size())).append("):\n");
        int number = 1;
        for (RuleExplanation rule : rules) {
            out.append('\n').append(String.format(Locale.ROOT, "%3d. ", number++)).append(ansi.bold(rule.rule()));
            if (!rule.title().isEmpty()) {
                out.append("  ").append(rule.title());
            }
            out.append('\n');
            if (!rule.rationale().isEmpty()) {
                out.append("     why:       ").append(rule.rationale()).append('\n');
            }
            String label = "matched:";
            for (Fact fact : rule.facts()) {
                out.append("     ").append(pad(label, 11)).append(fact(fact)).append("  ")
                        .append(ansi.dim(file + ":" + fact.line() + ":" + fact.column())).append('\n');
                label = "";
            }
            for (Map.Entry<Finding, List<FiredRule.Effect>> group : byFinding(rule.effects()).entrySet()) {
                Finding finding = group.getKey();
                out.append("     decided:   ").append(effects(group.getValue())).append('\n');
                out.append("     because:   ").append(finding.message()).append("  ")
                        .append(ansi.dim(file + ":" + finding.line() + ":" + finding.column())).append('\n');
                List<FieldFix> fixes = group.getValue().stream().map(FiredRule.Effect::fixes)
                        .filter(f -> !f.isEmpty()).findFirst().orElse(List.of());
                if (!fixes.isEmpty()) {
                    out.append("     fix:       ").append(fixes(fixes)).append('\n');
                }
                ThresholdCrossed crossed = group.getValue().stream().map(FiredRule.Effect::crossed)
                        .filter(c -> c != null).findFirst().orElse(null);
                if (crossed != null) {
                    out.append("     threshold: ").append(crossed.comparison()).append(": to lift it, ")
                            .append(crossed.remedy()).append('\n');
                }
            }
            if (!rule.ruleFile().isEmpty()) {
                out.append("     rule:      ").append(ansi.dim(rule.ruleFile() + ":" + rule.ruleLine())).append('\n');
            }
        }
    }

    private void fastTrack(Explanation explanation, Writer out) throws IOException {
        Decision d = explanation.decision();
        out.append('\n');
        if (d.path() == ProcessPath.FAST_TRACK) {
            out.append(ansi.green("On the fast track")).append(": ").append(queue(d)).append('\n');
            return;
        }
        if (d.path() == ProcessPath.EMERGENCY) {
            out.append(ansi.bold("Emergency change")).append(": ").append(queue(d)).append(": the emergency"
                    + " authority approves it now and the review follows, so there is no fast track to qualify for.\n");
            return;
        }
        if (!d.fastTrackEligible()) {
            notEligible(d, out);
            return;
        }
        out.append(ansi.bold("To qualify for the fast track")).append(", change these (")
                .append(Integer.toString(explanation.blockers().size())).append("):\n");
        for (Blocker blocker : explanation.blockers()) {
            Finding f = blocker.finding();
            out.append("  ").append(ansi.bold(f.rule())).append("  ").append(f.field()).append("  ")
                    .append(ansi.dim(d.file() + ":" + f.line() + ":" + f.column())).append('\n');
            out.append("    ").append(f.message()).append('\n');
            if (!blocker.fixes().isEmpty()) {
                out.append("    ").append(ansi.yellow(fixes(blocker.fixes()))).append('\n');
            }
            if (blocker.crossed() != null) {
                out.append("    ").append(blocker.fixes().isEmpty() ? "" : "or: ")
                        .append(blocker.crossed().comparison()).append(": ")
                        .append(ansi.yellow(blocker.crossed().remedy())).append('\n');
            }
        }
        List<String> settings = explanation.suggestedSettings();
        if (!settings.isEmpty()) {
            StringBuilder command = new StringBuilder("govcheck explain ").append(shellWord(d.file()));
            settings.forEach(s -> command.append(" --set ").append(shellWord(s)));
            out.append("  try these changes: ").append(command).append('\n');
        }
    }

    /** Why no rule made the proposal eligible, by the field and value its eligibility rule reads. */
    private void notEligible(Decision d, Writer out) throws IOException {
        if (d.notEligibleBecause().isEmpty()) {
            out.append(ansi.bold("Fast track")).append(": no rule makes ").append(d.kind()).append(" proposals"
                    + " eligible, so there is nothing to change to qualify.\n");
            return;
        }
        for (Ineligibility why : d.notEligibleBecause()) {
            out.append(ansi.bold("Fast track")).append(": not eligible with ").append(why.fieldValue()).append("  ")
                    .append(ansi.dim(d.file() + ":" + why.line() + ":" + why.column())).append('\n');
            out.append("  ").append(why.rule()).append(": ").append(why.title()).append('\n');
        }
    }

    /** The fixes a rule offers, in words: "set spec.email.dmarc to true and set spec.email.spf to true". */
    private static String fixes(List<FieldFix> fixes) {
        return String.join(" and ", fixes.stream().map(FieldFix::remedy).toList());
    }

    /** The effects of one rule grouped by the finding they share (a rule usually has one). */
    private static Map<Finding, List<FiredRule.Effect>> byFinding(List<FiredRule.Effect> effects) {
        Map<Finding, List<FiredRule.Effect>> groups = new LinkedHashMap<>();
        for (FiredRule.Effect effect : effects) {
            Finding f = effect.finding();
            Finding key = new Finding(f.rule(), f.message(), f.field(), f.line(), f.column(), null);
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(effect);
        }
        return groups;
    }

    private String effects(List<FiredRule.Effect> effects) {
        List<String> words = new ArrayList<>();
        List<FiredRule.Effect> ordered = effects.stream()
                .sorted(java.util.Comparator.comparingInt(e -> EFFECT_ORDER.indexOf(e.kind()))).toList();
        for (FiredRule.Effect effect : ordered) {
            words.add(switch (effect.kind()) {
                case "tier" -> "tier " + effect.value();
                case "path" -> effect.value().equals(ProcessPath.FAST_TRACK.name()) ? "fast-track eligible"
                        : "path " + effect.value();
                case "approval" -> "approval by " + effect.value();
                case "violation" -> effect.finding().severity() == Severity.ERROR ? ansi.red("error") : "warning";
                case "obligation" -> "obligation before go-live";
                default -> effect.kind() + " " + effect.value();
            });
        }
        return String.join(", ", words);
    }

    private String fact(Fact fact) {
        return switch (fact.origin()) {
            case FILE -> fact.field() + " = " + fact.value();
            case SET -> fact.field() + " = " + fact.value() + " " + ansi.yellow("(--set)");
            case DEFAULT -> fact.field() + " not set" + (fact.value().equals("null") ? "" : " (counts as "
                    + fact.value() + ")");
        };
    }

    private void roles(String title, List<Approval> approvals, Writer out) throws IOException {
        if (!approvals.isEmpty()) {
            out.append("  ").append(title).append(": ")
                    .append(String.join(", ", approvals.stream().map(Approval::role).toList())).append('\n');
        }
    }

    private void findings(String title, List<Finding> findings, Writer out) throws IOException {
        if (!findings.isEmpty()) {
            out.append("  ").append(title).append(":\n");
            for (Finding f : findings) {
                out.append("    ").append(ansi.bold(f.rule())).append("  ").append(f.message()).append('\n');
            }
        }
    }

    private void ids(String title, List<String> ids, Writer out) throws IOException {
        if (!ids.isEmpty()) {
            out.append("  ").append(title).append(": ").append(String.join(", ", ids)).append('\n');
        }
    }

    private String transition(String before, String after) {
        return before.equals(after) ? after + ansi.dim(" (unchanged)") : before + " -> " + ansi.bold(after);
    }

    private String queue(Decision d) {
        return d.queue().name() + " (SLA " + d.queue().sla() + ")";
    }

    private String status(Status status) {
        return status == Status.PASS ? ansi.green("PASS") : ansi.red(status.name());
    }

    private String tier(RiskTier tier) {
        return switch (tier) {
            case LOW -> ansi.green("LOW");
            case MEDIUM -> ansi.yellow("MEDIUM");
            case HIGH, CRITICAL -> ansi.red(tier.name());
        };
    }

    private static String count(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "none";
        }
        List<String> rules = findings.stream().map(Finding::rule).distinct().toList();
        return findings.size() + " (" + String.join(", ", rules) + ")";
    }

    /** The word as a shell reads it: quoted when it holds anything but safe characters. */
    private static String shellWord(String word) {
        return word.matches("[\\w./@%+=:,-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
