package dev.govcheck.verify;

import dev.govcheck.policy.RuleInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * Which rules of the set the cases exercise: per rule, how many cases fire it and how many check that it does
 * not fire ({@code notFired}). A rule no case fires is untested: changing it could go unnoticed.
 */
public record Coverage(List<RuleCoverage> rules) {
    /** One rule: its id, where it is written, the cases that fire it and those that show it not firing. */
    public record RuleCoverage(String id, String file, int line, int firedBy, int notFiredChecks) {
        public boolean covered() {
            return firedBy > 0;
        }
    }

    public Coverage {
        rules = List.copyOf(rules);
    }

    /** Counts over the cases that ran (a case that could not be built says nothing about the rules). */
    public static Coverage of(List<RuleInfo> ruleSet, List<CaseResult> results) {
        List<RuleCoverage> rules = new ArrayList<>();
        for (RuleInfo rule : ruleSet) {
            int fired = 0;
            int notFired = 0;
            for (CaseResult result : results) {
                if (result.error()) {
                    continue;
                }
                if (result.decision().fired().contains(rule.id())) {
                    fired++;
                }
                if (result.testCase().expect().notFired().contains(rule.id())) {
                    notFired++;
                }
            }
            rules.add(new RuleCoverage(rule.id(), rule.file(), rule.line(), fired, notFired));
        }
        return new Coverage(rules);
    }

    public int covered() {
        return (int) rules.stream().filter(RuleCoverage::covered).count();
    }

    public int total() {
        return rules.size();
    }

    /** The share of rules fired by at least one case, in percent (100 for an empty rule set). */
    public double percent() {
        return rules.isEmpty() ? 100.0 : covered() * 100.0 / total();
    }

    /** Whether at least {@code min} percent of the rules are covered (exact: 99.5 is below 100). */
    public boolean atLeast(double min) {
        return rules.isEmpty() || covered() * 100.0 >= min * total();
    }

    /** The percentage as shown: one decimal, rounded down so that 99.96 never shows as 100.0. */
    public String percentText() {
        double floor = Math.floor(percent() * 10) / 10;
        return floor == Math.rint(floor) ? Long.toString((long) floor) + "%" : String.format(java.util.Locale.ROOT,
                "%.1f%%", floor);
    }

    public List<RuleCoverage> uncovered() {
        return rules.stream().filter(r -> !r.covered()).toList();
    }
}
