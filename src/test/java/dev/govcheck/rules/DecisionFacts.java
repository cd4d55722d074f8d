package dev.govcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.testing.Fixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Short views of a {@link Decision} for the rule tests: which roles, which rules, which findings. */
final class DecisionFacts {
    private DecisionFacts() {
    }

    static Set<String> roles(Decision d) {
        return d.approvals().stream().map(Approval::role).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> rolesAskedBy(Decision d, String rule) {
        return d.approvals().stream()
                .filter(a -> a.reasons().stream().anyMatch(r -> r.rule().equals(rule)))
                .map(Approval::role).collect(Collectors.toCollection(TreeSet::new));
    }

    static List<String> violationRules(Decision d) {
        return d.violations().stream().map(Finding::rule).toList();
    }

    static List<String> obligationRules(Decision d) {
        return d.obligations().stream().map(Finding::rule).toList();
    }

    static List<String> blockerRules(Decision d) {
        return d.fastTrackBlockers().stream().map(Finding::rule).toList();
    }

    /** Every finding the rule produced (tier and path votes too, from the trace), without repeats. */
    static List<Finding> findings(Decision d, String rule) {
        List<Finding> all = new ArrayList<>();
        d.trace().stream().filter(f -> f.rule().equals(rule))
                .forEach(f -> f.effects().forEach(e -> all.add(e.finding())));
        return all.stream().distinct().toList();
    }

    /** The one message the rule gave (asserting it gave exactly one distinct message). */
    static String message(Decision d, String rule) {
        List<String> messages = findings(d, rule).stream().map(Finding::message).distinct().toList();
        assertEquals(1, messages.size(), () -> rule + " messages: " + messages);
        return messages.get(0);
    }

    /** The threshold comparisons the rule recorded, in words ("31 > 30 (evaluationMaxDays)"). */
    static Set<String> thresholds(Decision d, String rule) {
        Set<String> out = new TreeSet<>();
        for (FiredRule fired : d.trace()) {
            if (fired.rule().equals(rule)) {
                fired.effects().forEach(e -> out.add(e.threshold()));
            }
        }
        return out;
    }

    static void assertFired(Decision d, String rule) {
        assertTrue(d.fired().contains(rule), () -> rule + " should fire; fired: " + d.fired());
    }

    static void assertNotFired(Decision d, String rule) {
        assertFalse(d.fired().contains(rule), () -> rule + " should not fire; fired: " + d.fired());
    }

    static Map<String, Object> itPartner() {
        return Fixture.map("name", "Marta Nowak", "team", "Web Platform");
    }

    static Map<String, Object> script(String domain, String consentCategory, boolean consentGated) {
        return Fixture.map("vendor", "ExampleTags", "domain", domain, "consentCategory", consentCategory,
                "consentGated", consentGated);
    }
}
