package dev.govcheck.verify;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.Status;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares a decision with a case's expectation and says, in one short phrase per point, what differs:
 * "tier expected HIGH, got MEDIUM", "approvals missing [security], unexpected [legal]". The phrases name
 * both sides so a governance engineer who changed a threshold sees exactly how each affected case moved.
 */
public final class Differences {
    private Differences() {
    }

    public static List<Difference> between(Expectation expect, Decision actual) {
        List<Difference> out = new ArrayList<>();
        if (expect.status() != null && expect.status() != actual.status()) {
            String why = actual.status() == Status.FAIL ? " (violations: "
                    + String.join(", ", ruleIds(actual.violations())) + ")" : "";
            out.add(new Difference("status", "status expected " + expect.status() + ", got " + actual.status() + why));
        }
        if (expect.tier() != null && expect.tier() != actual.tier()) {
            out.add(new Difference("tier", "tier expected " + expect.tier() + ", got " + actual.tier()));
        }
        if (expect.path() != null && expect.path() != actual.path()) {
            out.add(new Difference("path", "path expected " + expect.path() + ", got " + actual.path()));
        }
        exactSet(out, "approvals", expect.approvals(), actual.approvals().stream().map(Approval::role).toList());
        exactSet(out, "violations", expect.violations(), ruleIds(actual.violations()));
        exactSet(out, "obligations", expect.obligations(), ruleIds(actual.obligations()));
        exactSet(out, "blockers", expect.blockers(), ruleIds(actual.fastTrackBlockers()));
        SortedSet<String> notFiring = new TreeSet<>(expect.fired());
        notFiring.removeAll(actual.fired());
        if (!notFiring.isEmpty()) {
            out.add(new Difference("fired", "expected to fire " + notFiring + ", did not"));
        }
        SortedSet<String> firing = new TreeSet<>(expect.notFired());
        firing.retainAll(actual.fired());
        if (!firing.isEmpty()) {
            out.add(new Difference("notFired", "expected not to fire " + firing + ", did"));
        }
        return out;
    }

    private static void exactSet(List<Difference> out, String what, SortedSet<String> expected,
                                 Collection<String> got) {
        if (expected == null) {
            return;
        }
        SortedSet<String> actual = new TreeSet<>(got);
        SortedSet<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        SortedSet<String> unexpected = new TreeSet<>(actual);
        unexpected.removeAll(expected);
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add("missing " + missing);
        }
        if (!unexpected.isEmpty()) {
            parts.add("unexpected " + unexpected);
        }
        if (!parts.isEmpty()) {
            out.add(new Difference(what, what + " " + String.join(", ", parts)));
        }
    }

    private static List<String> ruleIds(List<Finding> findings) {
        return findings.stream().map(Finding::rule).filter(Objects::nonNull).distinct().sorted().toList();
    }
}
