package dev.govcheck.report;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.Severity;
import dev.govcheck.decision.Waiver;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An error violation that a waiver in force excused, located where the rule found it. The decision's violations
 * no longer hold it (the waiver removed it, so it fails nothing), but its firing trace still does: the CI formats
 * that keep a waived finding visible, marked as waived (a SARIF suppression, a GitHub notice), find it there.
 * {@code violation} is the finding as an {@link Annotation} of kind {@link Annotation.Kind#VIOLATION}, so that it
 * reads, and fingerprints, as the violation it was before the waiver.
 */
record WaivedViolation(Waiver waiver, Annotation violation) {
    /** The waived violations of one result, in the order of its waivers, each waiver's by place in the file. */
    static List<WaivedViolation> of(FileResult result) {
        if (!(result instanceof Decision d)) {
            return List.of();
        }
        List<WaivedViolation> all = new ArrayList<>();
        for (Waiver waiver : d.waived()) {
            Set<Finding> excused = new TreeSet<>(Finding.ORDER);
            for (FiredRule fired : d.trace()) {
                for (FiredRule.Effect effect : fired.effects()) {
                    Finding f = effect.finding();
                    if (effect.kind().equals("violation") && f.severity() == Severity.ERROR
                            && f.rule().equals(waiver.rule())) {
                        excused.add(f);
                    }
                }
            }
            if (excused.isEmpty()) {
                // a decision built without its trace: the waiver is still shown, at the top of the file
                all.add(new WaivedViolation(waiver, new Annotation(d.file(), d.id(), Annotation.Kind.VIOLATION,
                        waiver.rule(), "", "an error violation of " + waiver.rule(), 1, 1)));
            }
            for (Finding f : excused) {
                all.add(new WaivedViolation(waiver, new Annotation(d.file(), d.id(), Annotation.Kind.VIOLATION,
                        f.rule(), f.field() == null ? "" : f.field(), f.message(), Annotations.atLeastOne(f.line()),
                        Annotations.atLeastOne(f.column()))));
            }
        }
        return all;
    }

    /** "SAAS-MFA-01 waived, approved by security (J. Novak), expires 2027-01-31: reason". */
    String waiverText() {
        return waiver.rule() + " waived, approved by " + waiver.approvedBy() + ", expires " + waiver.expires() + ": " + waiver.reason();
    }
}
