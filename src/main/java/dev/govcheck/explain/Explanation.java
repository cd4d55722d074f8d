package dev.govcheck.explain;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.ThresholdCrossed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@code govcheck explain} says about one proposal: the decision, every rule that fired (in firing
 * order) with the facts it matched, what stands between the proposal and the fast track, and, for a what-if run
 * ({@code --set}), what the overridden values changed. {@code whatIf} is null when nothing was overridden.
 */
public record Explanation(Decision decision, List<RuleExplanation> rules, List<Blocker> blockers, WhatIf whatIf) {
    public Explanation {
        rules = List.copyOf(rules);
        blockers = List.copyOf(blockers);
    }

    /**
     * The {@code --set} arguments that lift the blockers, one per field, in blocker order: a blocker's fixes where
     * its rule offers them (SSO for SAAS-SSO-01, rather than fewer users), else the value that lifts its
     * threshold. When two thresholds limit the same field (users below 250 for a broad roll-out, at most 10
     * without SSO), the stricter value is the one that lifts both; a fix of a field wins over a threshold on it.
     */
    public List<String> suggestedSettings() {
        Map<String, String> fixes = new LinkedHashMap<>();
        Map<String, ThresholdCrossed> thresholds = new LinkedHashMap<>();
        Set<String> order = new LinkedHashSet<>();
        for (Blocker blocker : blockers) {
            if (!blocker.fixes().isEmpty()) {
                blocker.fixes().forEach(f -> {
                    fixes.putIfAbsent(f.field(), f.setting());
                    order.add(f.field());
                });
                continue;
            }
            ThresholdCrossed c = blocker.crossed();
            if (c == null || c.setting().isEmpty()) {
                continue;
            }
            thresholds.merge(c.field(), c, Explanation::stricter);
            order.add(c.field());
        }
        List<String> settings = new ArrayList<>();
        for (String field : order) {
            settings.add(fixes.containsKey(field) ? fixes.get(field) : thresholds.get(field).setting());
        }
        return settings;
    }

    private static ThresholdCrossed stricter(ThresholdCrossed a, ThresholdCrossed b) {
        boolean upperA = a.operator().startsWith(">");
        boolean upperB = b.operator().startsWith(">");
        if (upperA != upperB) {
            return a; // bounds from both sides: keep the first, the other blocker stays listed
        }
        double va = value(a);
        double vb = value(b);
        return (upperA ? vb < va : vb > va) ? b : a;
    }

    private static double value(ThresholdCrossed c) {
        return Double.parseDouble(c.setting().substring(c.setting().indexOf('=') + 1));
    }
}
