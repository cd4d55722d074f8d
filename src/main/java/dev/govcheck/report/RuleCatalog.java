package dev.govcheck.report;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.RunResult;
import dev.govcheck.policy.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every rule a CI report may name, sorted by id: the rule set's rules, any rule a decision names that the rule
 * set list lacks (a caller that passed no rule metadata still gets the titles in the firing trace, or at least
 * the id), and govcheck's own two
 * checks that are not DRL rules: {@link #INPUT} (a file that is not a valid proposal) and {@link #FAIL_ON} (a
 * tier at or above {@code --fail-on}).
 */
final class RuleCatalog {
    static final String INPUT = "GOVCHECK-INPUT";
    static final String FAIL_ON = "GOVCHECK-FAIL-ON";

    private final List<RuleInfo> rules;
    private final Map<String, Integer> indexes = new TreeMap<>();

    private RuleCatalog(List<RuleInfo> rules) {
        this.rules = List.copyOf(rules);
        for (int i = 0; i < rules.size(); i++) {
            indexes.put(rules.get(i).id(), i);
        }
    }

    static RuleCatalog of(RunResult run, ReportOptions options) {
        Map<String, RuleInfo> byId = new TreeMap<>();
        byId.put(INPUT, new RuleInfo(INPUT, "Proposal files are readable and valid",
                "A file that cannot be read as a proposal cannot be checked, so nothing is known about its risk.",
                "", 0));
        byId.put(FAIL_ON, new RuleInfo(FAIL_ON, "Risk tier at or above the --fail-on level",
                "The run was asked to fail proposals of this risk tier or above, so that they get a person's"
                        + " attention before they merge.", "", 0));
        options.rules().forEach(rule -> byId.putIfAbsent(rule.id(), rule));
        for (FileResult result : run.results()) {
            if (result instanceof Decision decision) {
                for (FiredRule fired : decision.trace()) {
                    byId.putIfAbsent(fired.rule(),
                            new RuleInfo(fired.rule(), fired.title(), fired.rationale(), "", 0));
                }
                decision.fired().forEach(id -> byId.putIfAbsent(id, bare(id)));
            }
        }
        return new RuleCatalog(new ArrayList<>(byId.values()));
    }

    /** Whether {@code id} is one of govcheck's own checks rather than a rule of the rule set. */
    static boolean builtIn(String id) {
        return id.equals(INPUT) || id.equals(FAIL_ON);
    }

    /** The rules, sorted by id. */
    List<RuleInfo> all() {
        return rules;
    }

    /** The rule with this id; a bare entry (the id, no title) for an id nothing describes. */
    RuleInfo get(String id) {
        Integer index = indexes.get(id);
        return index == null ? bare(id) : rules.get(index);
    }

    private static RuleInfo bare(String id) {
        return new RuleInfo(id, "", "", "", 0);
    }

    /** Position in {@link #all()}, or -1. */
    int index(String id) {
        return indexes.getOrDefault(id, -1);
    }

    /** "ID: title", or the id alone when the rule has no title. */
    String heading(String id) {
        String title = get(id).title();
        return title.isEmpty() ? id : id + ": " + title;
    }
}
