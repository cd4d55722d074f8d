package dev.govcheck.report;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunResult;
import dev.govcheck.decision.Severity;
import dev.govcheck.proposal.InputError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns results into {@link Annotation}s: every violation, obligation and fast-track blocker, every input
 * error, and, when {@code --fail-on} names a tier the proposal reaches, one annotation saying so at the line of
 * the rule that set the tier. Approvals are not annotated: needing a sign-off is not a problem in the file.
 */
final class Annotations {
    private Annotations() {
    }

    /** All annotations of a run: files in the run's order, each file's sorted by {@link Annotation#ORDER}. */
    static List<Annotation> of(RunResult run, ReportOptions options) {
        List<Annotation> all = new ArrayList<>();
        for (FileResult result : run.results()) {
            all.addAll(of(result, options));
        }
        return all;
    }

    static List<Annotation> of(FileResult result, ReportOptions options) {
        List<Annotation> found = new ArrayList<>();
        if (result instanceof InvalidFile invalid) {
            for (InputError error : invalid.errors()) {
                String message = error.field().isEmpty() ? error.message() : error.field() + ": " + error.message();
                found.add(new Annotation(invalid.file(), "", Annotation.Kind.INVALID_INPUT, RuleCatalog.INPUT,
                        error.field(), message, atLeastOne(error.position().line()),
                        atLeastOne(error.position().column())));
            }
        } else {
            Decision d = (Decision) result;
            for (Finding f : d.violations()) {
                add(found, d, f.severity() == Severity.WARNING ? Annotation.Kind.WARNING : Annotation.Kind.VIOLATION,
                        f, f.rule(), f.message());
            }
            d.obligations().forEach(f -> add(found, d, Annotation.Kind.OBLIGATION, f, f.rule(), f.message()));
            d.fastTrackBlockers().forEach(f -> add(found, d, Annotation.Kind.FAST_TRACK_BLOCKER, f, f.rule(),
                    f.message()));
            if (options.tierFails(d)) {
                String message = "risk tier " + d.tier() + " is at or above " + options.failOnFlag();
                Optional<Finding> origin = tierOrigin(d);
                if (origin.isPresent()) {
                    Finding f = origin.get();
                    add(found, d, Annotation.Kind.FAIL_ON_TIER, f, RuleCatalog.FAIL_ON,
                            message + " (" + f.rule() + ": " + f.message() + ")");
                } else {
                    found.add(new Annotation(d.file(), d.id(), Annotation.Kind.FAIL_ON_TIER, RuleCatalog.FAIL_ON, "",
                            message, 1, 1));
                }
            }
        }
        found.sort(Annotation.ORDER);
        return found;
    }

    /** The first place (in the file) where a rule voted for the tier the proposal ended with. */
    private static Optional<Finding> tierOrigin(Decision d) {
        return d.trace().stream()
                .flatMap(fired -> fired.effects().stream())
                .filter(effect -> effect.kind().equals("tier") && effect.value().equals(d.tier().name()))
                .map(FiredRule.Effect::finding)
                .min(Finding.ORDER);
    }

    private static void add(List<Annotation> found, Decision d, Annotation.Kind kind, Finding f, String rule,
                            String message) {
        found.add(new Annotation(d.file(), d.id(), kind, rule, f.field() == null ? "" : f.field(), message,
                atLeastOne(f.line()), atLeastOne(f.column())));
    }

    /** Lines and columns count from 1 in every CI format; a finding without a place points at the file's start. */
    static int atLeastOne(int n) {
        return Math.max(1, n);
    }
}
