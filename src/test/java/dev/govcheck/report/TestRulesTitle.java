package dev.govcheck.report;

import dev.govcheck.testing.TestRules;

/** A default rule's title, for expectations that must follow the DRL rather than repeat it. */
final class TestRulesTitle {
    private TestRulesTitle() {
    }

    static String of(String id) {
        return TestRules.ruleSet().rule(id).title();
    }
}
