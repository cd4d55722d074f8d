package dev.govcheck.baseline;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies a baseline to decisions and reviews it after the run. Immutable, so one instance serves a parallel run.
 * An error violation whose {@link Fingerprint} the baseline lists moves from the decision's violations to its
 * {@code known} findings, so it fails nothing (the status follows from the violations left); nothing else of the
 * decision changes.
 */
public final class Baseline {
    private final BaselineFile file;
    private final Set<Fingerprint> fingerprints = new HashSet<>();

    public Baseline(BaselineFile file) {
        this.file = file;
        file.entries().forEach(entry -> fingerprints.add(entry.fingerprint()));
    }

    /** No baseline: decisions pass through unchanged and the review is empty. */
    public static Baseline none() {
        return new Baseline(new BaselineFile("", List.of()));
    }

    /** The decision with each error violation the baseline lists moved to its known findings. */
    public Decision apply(Decision decision) {
        List<Finding> violations = new ArrayList<>();
        List<Finding> known = new ArrayList<>(decision.known());
        for (Finding violation : decision.violations()) {
            if (violation.severity() == Severity.ERROR
                    && fingerprints.contains(Fingerprint.of(decision.id(), violation))) {
                known.add(violation);
            } else {
                violations.add(violation);
            }
        }
        if (known.size() == decision.known().size()) {
            return decision;
        }
        known.sort(Finding.ORDER);
        return decision.withKnown(violations, known);
    }

    /**
     * A notice for each entry that no longer occurs, so the file can shrink: its proposal was checked and has no
     * such finding any more, or (when {@code everyProposalChecked}, a run over whole folders) no proposal with its
     * id was checked. In a run over some of the files, an entry of a proposal that was not checked says nothing.
     */
    public List<RunNote> review(List<? extends FileResult> results, boolean everyProposalChecked) {
        Map<String, Set<Fingerprint>> knownById = new HashMap<>();
        for (FileResult result : results) {
            if (result instanceof Decision decision) {
                Set<Fingerprint> known = knownById.computeIfAbsent(decision.id(), id -> new HashSet<>());
                decision.known().forEach(f -> known.add(Fingerprint.of(decision.id(), f)));
            }
        }
        List<RunNote> notes = new ArrayList<>();
        for (BaselineEntry entry : file.entries()) {
            Fingerprint f = entry.fingerprint();
            Set<Fingerprint> known = knownById.get(f.proposal());
            if (known != null && !known.contains(f)) {
                notes.add(note(entry, "baseline entry " + f.describe() + " no longer occurs: " + f.proposal()
                        + " has no such error any more (remove the entry, or write the baseline again)"));
            } else if (known == null && everyProposalChecked) {
                notes.add(note(entry, "baseline entry " + f.describe() + " no longer occurs: no proposal "
                        + f.proposal() + " was checked in this run (remove the entry, or write the baseline again)"));
            }
        }
        return notes;
    }

    private RunNote note(BaselineEntry entry, String message) {
        return new RunNote(RunNote.Level.NOTICE, file.file(), entry.position(), message);
    }
}
