package dev.govcheck.verify;

import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.RiskTier;
import dev.govcheck.decision.Status;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What a rule test case expects of the decision. A null value (or an empty {@code fired} / {@code notFired})
 * is not checked, so a case states only what it is about. {@code approvals}, {@code violations},
 * {@code obligations} and {@code blockers} are exact sets (roles, rule ids): an empty set means "none".
 */
public record Expectation(RiskTier tier, ProcessPath path, Status status, SortedSet<String> approvals,
                          SortedSet<String> violations, SortedSet<String> obligations, SortedSet<String> blockers,
                          SortedSet<String> fired, SortedSet<String> notFired) {
    public Expectation {
        approvals = copy(approvals);
        violations = copy(violations);
        obligations = copy(obligations);
        blockers = copy(blockers);
        fired = fired == null ? new TreeSet<>() : copy(fired);
        notFired = notFired == null ? new TreeSet<>() : copy(notFired);
    }

    /** Names are compared without the blanks a case file may write around them. */
    private static SortedSet<String> copy(Set<String> set) {
        if (set == null) {
            return null;
        }
        SortedSet<String> names = new TreeSet<>();
        set.forEach(name -> names.add(name.strip()));
        return java.util.Collections.unmodifiableSortedSet(names);
    }
}
