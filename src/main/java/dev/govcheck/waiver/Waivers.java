package dev.govcheck.waiver;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.Severity;
import dev.govcheck.decision.Status;
import dev.govcheck.decision.Waiver;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a waivers file to decisions as of one day, and reviews the file after the run. Immutable and
 * stateless, so one instance serves a parallel run.
 * <p>
 * A waiver is in force up to and including its {@code expires} day. In force, it removes its rule's error
 * violations from its proposal's decision and the status is recomputed. It never touches the tier, the path,
 * the approvals, the obligations or the fast-track blockers: an exception excuses a violation, it does not make
 * a proposal less risky.
 */
public final class Waivers {
    /** How close to its end a waiver in force must be for a notice. */
    public static final int NOTICE_DAYS = 14;

    private static final Comparator<Waiver> ORDER = Comparator.comparing(Waiver::rule)
            .thenComparing(Waiver::proposal);

    private final WaiverFile file;
    private final LocalDate today;

    public Waivers(WaiverFile file, LocalDate today) {
        this.file = file;
        this.today = today;
    }

    /** No waivers at all: decisions pass through unchanged and the review is empty. */
    public static Waivers none() {
        return new Waivers(new WaiverFile("", List.of()), LocalDate.MIN);
    }

    public LocalDate today() {
        return today;
    }

    /** Whether {@code waiver} is in force on {@link #today()}: its last day is the day it expires. */
    public boolean inForce(Waiver waiver) {
        return !today.isAfter(waiver.expires());
    }

    /** The decision with every error violation that a waiver in force excuses removed, and those waivers listed. */
    public Decision apply(Decision decision) {
        List<Finding> violations = new ArrayList<>(decision.violations());
        List<Waiver> waived = new ArrayList<>(decision.waived());
        for (WaiverEntry entry : file.entries()) {
            Waiver waiver = entry.waiver();
            if (waiver.proposal().equals(decision.id()) && inForce(waiver)
                    && violations.removeIf(v -> excuses(waiver, v))) {
                waived.add(waiver);
            }
        }
        if (waived.size() == decision.waived().size()) {
            return decision;
        }
        waived.sort(ORDER);
        return decision.withViolations(violations, waived);
    }

    private static boolean excuses(Waiver waiver, Finding violation) {
        return violation.severity() == Severity.ERROR && violation.rule().equals(waiver.rule());
    }

    /**
     * What needs attention in the waivers file after a run whose results (waivers applied) are {@code results}:
     * a warning for each expired waiver and each waiver in force that excused nothing, a notice for each that was
     * applied but ends within {@value #NOTICE_DAYS} days. At most one note per waiver, the most pressing.
     */
    public List<RunNote> review(List<? extends FileResult> results) {
        return review(results, true);
    }

    /**
     * {@link #review(List)} for a run that checked every proposal of its folders ({@code everyProposalChecked}) or
     * only some of them (the files changed since a git revision, the files named on the command line). In the
     * latter a waiver whose proposal was not checked is not stale: it was not looked at, and a notice says so.
     */
    public List<RunNote> review(List<? extends FileResult> results, boolean everyProposalChecked) {
        Set<String> checkedIds = new HashSet<>();
        Set<Waiver> applied = new HashSet<>();
        for (FileResult result : results) {
            if (result instanceof Decision decision) {
                checkedIds.add(decision.id());
                applied.addAll(decision.waived());
            }
        }
        List<RunNote> notes = new ArrayList<>();
        for (WaiverEntry entry : file.entries()) {
            Waiver w = entry.waiver();
            String about = "waiver for " + w.rule() + " on " + w.proposal();
            if (!inForce(w)) {
                notes.add(note(RunNote.Level.WARNING, entry, about + " expired on " + w.expires()
                        + ": not applied (renew it or fix the proposal)"));
            } else if (!checkedIds.contains(w.proposal()) && everyProposalChecked) {
                notes.add(note(RunNote.Level.WARNING, entry, about + " matches nothing: no proposal "
                        + w.proposal() + " was checked in this run"));
            } else if (!checkedIds.contains(w.proposal())) {
                notes.add(note(RunNote.Level.NOTICE, entry, about + " not checked in this run: it checks only some"
                        + " of the proposals, and " + w.proposal() + " is not among them"));
            } else if (!applied.contains(w)) {
                notes.add(note(RunNote.Level.WARNING, entry, about + " matches nothing: " + w.proposal()
                        + " has no error violation of " + w.rule() + " (remove the waiver)"));
            } else {
                long days = ChronoUnit.DAYS.between(today, w.expires());
                if (days <= NOTICE_DAYS) {
                    notes.add(note(RunNote.Level.NOTICE, entry, about + " expires on " + w.expires() + ", "
                            + (days == 0 ? "today is its last day" : days == 1 ? "in 1 day" : "in " + days + " days")
                            + ": renew it or fix the proposal"));
                }
            }
        }
        return notes;
    }

    private RunNote note(RunNote.Level level, WaiverEntry entry, String message) {
        return new RunNote(level, file.file(), entry.position(), message);
    }
}
