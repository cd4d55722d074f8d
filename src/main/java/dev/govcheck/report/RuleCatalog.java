package dev.govcheck.report;

import dev.govcheck.decision.BuiltInCheck;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.RunResult;
import dev.govcheck.policy.RuleInfo;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every rule a CI report may name, sorted by id: the rule set's rules, any rule a decision names that the rule
 * set list lacks (a caller that passed no rule metadata still gets the titles in the firing trace, or at least
 * the id), and govcheck's own checks that are not DRL rules ({@link BuiltInCheck}).
 */
final class RuleCatalog {

    private final List<RuleInfo> rules;
    private final Map<String, Integer> indexes = new TreeMap<>();

    private RuleCatalog(List<RuleInfo> rules) {
        this.rules = List.copyOf(rules);
        for (int i = 0; i < rules.size(); i++) {
            indexes.put(rules.get(i).id(), i);
        }
    }

    static RuleCatalog of(RunResult run, List<RuleInfo> ruleSet) {
        Map<String, RuleInfo> byId = new TreeMap<>();
        for (BuiltInCheck check : BuiltInCheck.values()) {
            byId.put(check.id(), new RuleInfo(check.id(), check.title(), check.rationale(), "", 0));
        }
        ruleSet.forEach(rule -> byId.putIfAbsent(rule.id(), rule));
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
        return Arrays.stream(BuiltInCheck.values()).anyMatch(check -> check.id().equals(id));
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
