package dev.govcheck.report;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.Ineligibility;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import dev.govcheck.decision.Status;
import dev.govcheck.decision.Waiver;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.Position;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * What an architect reads in a terminal: one block per proposal, tier and path first, then approvals with
 * their reasons, violations, obligations and fast-track blockers, each with {@code file:line:column} so
 * terminals and editors can jump there; a summary line last. Input errors are one line each in the
 * {@code file:line:column: error: message} form.
 */
public final class TextReporter implements Report<RunResult> {
    private final ReportOptions options;
    private final Ansi ansi;

    public TextReporter(ReportOptions options) {
        this.options = options;
        this.ansi = new Ansi(options.color());
    }

    @Override
    public void write(RunResult run, Writer out) throws IOException {
        for (FileResult result : run.results()) {
            if (result instanceof InvalidFile invalid) {
                for (InputError error : invalid.errors()) {
                    out.append(ansi.red(error.format())).append('\n');
                }
            } else if (result instanceof FailedEvaluation failed) {
                out.append(ansi.red(noDecision(failed).format())).append('\n');
            } else if (!options.quiet() || result.status() != Status.PASS) {
                writeDecision((Decision) result, out);
            }
        }
        for (String warning : run.warnings()) {
            out.append(ansi.yellow("warning: " + warning)).append('\n');
        }
        for (RunNote note : run.notes()) {
            if (note.level() == RunNote.Level.WARNING) {
                out.append(ansi.yellow(note.format())).append('\n');
            } else if (!options.quiet()) {
                out.append(note.format()).append('\n');
            }
        }
        RunResult.Summary s = run.summary();
        out.append(ansi.bold(s.files() + (s.files() == 1 ? " file: " : " files: ")))
                .append(ansi.green(s.pass() + " pass")).append(", ")
                .append(s.fail() > 0 ? ansi.red(s.fail() + " fail") : s.fail() + " fail").append(", ")
                .append(s.invalid() > 0 ? ansi.red(s.invalid() + " invalid") : s.invalid() + " invalid")
                .append(s.error() > 0 ? ", " + ansi.red(s.error() + " error") : "")
                .append(SummaryLine.known(run))
                .append('\n');
    }

    /**
     * A proposal the rules failed on, as one located line like an input error: it names the rule at fault, and it
     * is the rule set that needs fixing, not the file.
     */
    static InputError noDecision(FailedEvaluation failed) {
        return new InputError(failed.file(), Position.START, "", "no decision: " + failed.message()
                + " (the rule set needs fixing; run with --debug for details)");
    }

    /** One proposal's block, as the terminal shows it (the JUnit report reuses it as the test's output). */
    void writeDecision(Decision d, Writer out) throws IOException {
        out.append(ansi.bold(d.id())).append("  ").append(d.title()).append("  ")
                .append(ansi.dim("(" + d.kind() + ", " + d.file() + ")")).append('\n');
        String status = d.status() == Status.PASS ? ansi.green("PASS") : ansi.red("FAIL");
        out.append("  ").append(status)
                .append("  tier ").append(tier(d.tier()))
                .append("  path ").append(ansi.bold(d.path().name()))
                .append(" -> ").append(d.queue().name())
                .append(" (SLA ").append(d.queue().sla()).append(")")
                .append('\n');
        if (!d.approvals().isEmpty()) {
            out.append("  approvals:\n");
            int width = d.approvals().stream().mapToInt(a -> a.role().length()).max().orElse(0);
            for (Approval approval : d.approvals()) {
                boolean first = true;
                for (Finding reason : approval.reasons()) {
                    String role = first ? approval.role() : "";
                    out.append("    ").append(pad(role, width)).append("  ");
                    finding(reason, d.file(), out);
                    first = false;
                }
            }
        }
        section("violations", d.violations(), d.file(), out);
        section("obligations (before go-live)", d.obligations(), d.file(), out);
        section("known (in the baseline: fail nothing)", d.known(), d.file(), out);
        if (!d.waived().isEmpty()) {
            out.append("  waived:\n");
            for (Waiver w : d.waived()) {
                out.append("    ").append(w.rule()).append("  approved by ").append(w.approvedBy())
                        .append(", expires ").append(w.expires().toString()).append(": ").append(w.reason())
                        .append('\n');
            }
        }
        // An emergency change goes through the emergency authority: there is no fast track to qualify for.
        if (d.path() != ProcessPath.FAST_TRACK && d.path() != ProcessPath.EMERGENCY) {
            if (!d.fastTrackEligible()) {
                notEligible(d, out);
            } else {
                blockers(d, out);
            }
        }
        out.append('\n');
    }

    private void section(String title, List<Finding> findings, String file, Writer out) throws IOException {
        if (findings.isEmpty()) {
            return;
        }
        out.append("  ").append(title).append(":\n");
        for (Finding f : findings) {
            out.append("    ");
            if (f.severity() != null) {
                out.append(f.severity() == dev.govcheck.decision.Severity.ERROR ? ansi.red("error") : ansi.yellow("warning"))
                        .append(' ');
            }
            finding(f, file, out);
        }
    }

    /** Why no rule made the proposal eligible: the field and value that keep it off ({@code spec.changeType: feature}). */
    private void notEligible(Decision d, Writer out) throws IOException {
        if (d.notEligibleBecause().isEmpty()) {
            out.append(ansi.dim("  fast track: no rule makes " + d.kind() + " proposals eligible")).append('\n');
            return;
        }
        for (Ineligibility why : d.notEligibleBecause()) {
            out.append(ansi.dim("  fast track: not eligible with " + why.fieldValue() + " (" + why.rule() + ": "
                    + why.title() + ")  " + d.file() + ":" + why.line() + ":" + why.column())).append('\n');
        }
    }

    /** The blockers, each with the fix or threshold value that lifts it, and where to learn more. */
    private void blockers(Decision d, Writer out) throws IOException {
        out.append("  fast-track blockers (change these to qualify for the fast track):\n");
        for (Finding f : d.fastTrackBlockers()) {
            out.append("    ");
            finding(f, d.file(), out);
            String remedy = d.trace().stream().flatMap(rule -> rule.effects().stream())
                    .filter(e -> e.kind().equals("path") && e.finding().equals(f) && !e.remedy().isEmpty())
                    .map(FiredRule.Effect::remedy).findFirst().orElse("");
            if (!remedy.isEmpty()) {
                out.append("      -> ").append(remedy).append('\n');
            }
        }
        out.append(ansi.dim("    why each rule fired, and what-if runs: govcheck explain " + d.file())).append('\n');
    }

    private void finding(Finding f, String file, Writer out) throws IOException {
        out.append(ansi.bold(f.rule())).append("  ").append(f.message()).append("  ")
                .append(ansi.dim(file + ":" + f.line() + ":" + f.column())).append('\n');
    }

    private String tier(RiskTier tier) {
        return switch (tier) {
            case LOW -> ansi.green("LOW");
            case MEDIUM -> ansi.yellow("MEDIUM");
            case HIGH, CRITICAL -> ansi.red(tier.name());
        };
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
