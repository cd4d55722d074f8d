package dev.govcheck.report;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.Queue;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.RunResult;
import dev.govcheck.decision.Severity;
import dev.govcheck.decision.Waiver;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.run.FailOn;
import dev.govcheck.run.Verdicts;
import dev.govcheck.testing.Fixture;
import dev.govcheck.testing.TestRules;
import dev.govcheck.waiver.WaiverEntry;
import dev.govcheck.waiver.WaiverFile;
import dev.govcheck.waiver.Waivers;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs for the reporter tests: real decisions from the default rules (one passing on the fast track, one
 * failing with violations and blockers), one hand-made decision whose file name and texts hold every character
 * a CI format must escape, and one invalid file; and a run with waivers applied and the notes about them.
 */
final class ReportRuns {
    static final String PASS_FILE = "proposals/pass.yaml";
    static final String FAIL_FILE = "proposals/fail.yaml";
    static final String ODD_FILE = "proposals/odd, name: 100% #1 ü.yaml";
    static final String BROKEN_FILE = "proposals/broken.yaml";
    static final String FAIL_TITLE = "Pipe | star * <b>bold</b> & 100%: a, b";
    /** Percent, CR LF, colon, comma, markup, Markdown, a C0 control character: all need care somewhere. */
    static final String HOSTILE = "50% of a,b: c\r\nnext <b>line</b> & | * _x_ `code` [link](x) \u0001 end";
    static final String WARNING = "waiver for ACC-01 on MT-2026-001 expired on 2026-01-31";

    private ReportRuns() {
    }

    static Decision evaluate(String file, Fixture fixture) {
        try {
            return TestRules.defaults().evaluate(new ProposalReader().readText(fixture.yaml(), file));
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException("fixture is not a valid proposal: " + e.errors(), e);
        }
    }

    /** SaaS baseline: LOW, FAST_TRACK, no findings. */
    static Decision passing() {
        return evaluate(PASS_FILE, Fixture.saas().set("id", "MT-PASS-1"));
    }

    /** No SSO, no MFA, many users: an error violation (SAAS-MFA-01) and fast-track blockers. */
    static Decision failing() {
        return evaluate(FAIL_FILE, Fixture.saas().set("id", "MT-FAIL-1").set("title", FAIL_TITLE)
                .set("spec.access.sso", false).set("spec.access.mfa", false).set("spec.users", 300));
    }

    /** Hand-made: PASS by status but HIGH (so --fail-on high fails it), with every kind of finding. */
    static Decision hostile() {
        Finding tierVote = new Finding("SAAS-PII-04", HOSTILE, "spec.data.records", 12, 5, null);
        Finding obligation = new Finding("SAAS-PII-03", HOSTILE, "spec.assurance.dpaSigned", 15, 7, null);
        Finding warning = new Finding("SAAS-SSO-01", HOSTILE, "spec.access.sso", 14, 3, Severity.WARNING);
        Finding blocker = new Finding("SAAS-PII-01", HOSTILE, "spec.data.personalData", 11, 9, null);
        return new Decision(ODD_FILE, "MT-ODD-1", "SaasOnboarding", "Odd \u0001 title <script>x</script> | *",
                RiskTier.HIGH, ProcessPath.FULL_REVIEW, new Queue("architecture-board", 20),
                List.of(new Approval("privacy-officer", List.of(blocker))), List.of(warning), List.of(obligation),
                true, List.of(blocker, tierVote), List.of(), List.of(), List.of("SAAS-PII-01", "SAAS-PII-03", "SAAS-PII-04",
                "SAAS-SSO-01"),
                List.of(new FiredRule("SAAS-PII-04", "Many personal-data records make a tool high risk", "why",
                        List.of(new FiredRule.Effect("tier", "HIGH", tierVote, null)))));
    }

    static InvalidFile invalid() {
        return new InvalidFile(BROKEN_FILE, List.of(
                new InputError(BROKEN_FILE, new Position(4, 10), "spec.users", "expected an integer, got 'eight'"),
                new InputError(BROKEN_FILE, new Position(9, 1), "", "unknown key 'colour' (did you mean 'color'?)")));
    }

    static final String WAIVED_FILE = "proposals/waived.yaml";
    /** A waivers file name with characters that need escaping in SARIF URIs and workflow command properties. */
    static final String WAIVERS_FILE = "policy/waivers, 2026: 100%.yaml";
    static final LocalDate TODAY = LocalDate.of(2027, 1, 20);
    /** Applied to MT-WAIVED-1, ends in 11 days: a notice. Its reason holds every character a format escapes. */
    static final Waiver MFA_WAIVER = new Waiver("SAAS-MFA-01", "MT-WAIVED-1", HOSTILE, "security (J. Novak)",
            LocalDate.of(2027, 1, 31));
    /** Ended before {@link #TODAY}: not applied, a warning. */
    static final Waiver EXPIRED_WAIVER = new Waiver("ACC-01", "MT-PASS-1", "budget approved later", "finance",
            LocalDate.of(2027, 1, 1));
    static final String NOTICE = "waiver for SAAS-MFA-01 on MT-WAIVED-1 expires on 2027-01-31, in 11 days: renew it"
            + " or fix the proposal";
    static final String EXPIRED = "waiver for ACC-01 on MT-PASS-1 expired on 2027-01-01: not applied (renew it or"
            + " fix the proposal)";

    /** No SSO, no MFA, few users: FAIL on SAAS-MFA-01 alone, before any waiver. */
    static Decision unwaived() {
        return evaluate(WAIVED_FILE, Fixture.saas().set("id", "MT-WAIVED-1")
                .set("spec.access.sso", false).set("spec.access.mfa", false));
    }

    /**
     * A run with waivers applied as the CLI applies them: {@link #unwaived()} passes thanks to {@link #MFA_WAIVER}
     * (a notice: it ends soon), {@link #EXPIRED_WAIVER} is a warning at its line of the waivers file, and the run
     * has a plain warning too.
     */
    static RunResult waived() {
        Waivers waivers = new Waivers(new WaiverFile(WAIVERS_FILE, List.of(
                new WaiverEntry(MFA_WAIVER, new Position(3, 5)),
                new WaiverEntry(EXPIRED_WAIVER, new Position(9, 5)))), TODAY);
        List<FileResult> results = List.of(waivers.apply(passing()), waivers.apply(unwaived()));
        return new RunResult(results, List.of(WARNING), waivers.review(results));
    }

    static RunResult mixed() {
        return new RunResult(List.of(passing(), failing(), hostile(), invalid()), List.of(WARNING));
    }

    /** With the default rule set's metadata, as the CLI passes it. */
    static ReportOptions options() {
        return new ReportOptions(false, false, TestRules.ruleSet().rules());
    }

    /** The run as {@code --fail-on} judges it: the run layer's verdicts, which every report then prints. */
    static RunResult failOn(RunResult run, FailOn failOn) {
        List<FileResult> judged = run.results().stream()
                .map(r -> r instanceof Decision d ? Verdicts.applyFailOn(d, failOn) : r).toList();
        return new RunResult(judged, run.warnings(), run.notes());
    }

    static String render(Report<RunResult> report, RunResult run) {
        StringWriter out = new StringWriter();
        try {
            report.write(run, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
