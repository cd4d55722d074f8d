package dev.govcheck.report;

import dev.govcheck.decision.BuiltInCheck;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FailedEvaluation;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunResult;
import dev.govcheck.decision.Severity;
import dev.govcheck.proposal.InputError;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns results into {@link Annotation}s: every violation (the run's own {@code --fail-on} finding among them),
 * obligation and fast-track blocker, every input error, and the failure of the rules on a proposal. Approvals are
 * not annotated: needing a sign-off is not a problem in the file.
 */
final class Annotations {
    private Annotations() {
    }

    /** All annotations of a run: files in the run's order, each file's sorted by {@link Annotation#ORDER}. */
    static List<Annotation> of(RunResult run) {
        List<Annotation> all = new ArrayList<>();
        for (FileResult result : run.results()) {
            all.addAll(of(result));
        }
        return all;
    }

    static List<Annotation> of(FileResult result) {
        List<Annotation> found = new ArrayList<>();
        if (result instanceof InvalidFile invalid) {
            for (InputError error : invalid.errors()) {
                String message = error.field().isEmpty() ? error.message() : error.field() + ": " + error.message();
                found.add(new Annotation(invalid.file(), "", Annotation.Kind.INVALID_INPUT, BuiltInCheck.INPUT.id(),
                        error.field(), message, atLeastOne(error.position().line()),
                        atLeastOne(error.position().column())));
            }
        } else if (result instanceof FailedEvaluation failed) {
            String rule = failed.rule().isEmpty() ? BuiltInCheck.RULE_ERROR.id() : failed.rule();
            found.add(new Annotation(failed.file(), failed.id(), Annotation.Kind.RULE_ERROR, rule, "",
                    "no decision: " + failed.message(), 1, 1));
        } else {
            Decision d = (Decision) result;
            for (Finding f : d.violations()) {
                add(found, d, f.severity() == Severity.WARNING ? Annotation.Kind.WARNING : Annotation.Kind.VIOLATION,
                        f);
            }
            d.obligations().forEach(f -> add(found, d, Annotation.Kind.OBLIGATION, f));
            d.fastTrackBlockers().forEach(f -> add(found, d, Annotation.Kind.FAST_TRACK_BLOCKER, f));
        }
        found.sort(Annotation.ORDER);
        return found;
    }

    /**
     * The error violations a baseline knew on {@code result}, as the violations they are (same kind, same
     * fingerprint), in file order. They are not among {@link #of(FileResult)}: they fail nothing, and each format
     * marks them as known (SARIF {@code baselineState: unchanged}, a GitHub notice, a JUnit skip).
     */
    static List<Annotation> known(FileResult result) {
        List<Annotation> found = new ArrayList<>();
        if (result instanceof Decision d) {
            d.known().forEach(f -> add(found, d, Annotation.Kind.VIOLATION, f));
        }
        found.sort(Annotation.ORDER);
        return found;
    }

    private static void add(List<Annotation> found, Decision d, Annotation.Kind kind, Finding f) {
        found.add(new Annotation(d.file(), d.id(), kind, f.rule(), f.field() == null ? "" : f.field(), f.message(),
                atLeastOne(f.line()), atLeastOne(f.column())));
    }

    /** Lines and columns count from 1 in every CI format; a finding without a place points at the file's start. */
    static int atLeastOne(int n) {
        return Math.max(1, n);
    }
}
