package dev.govcheck.explain;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.ThresholdCrossed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
     * The {@code --set} arguments that lift every threshold blocker, one per field, in blocker order. When two
     * thresholds limit the same field (users below 250 for a broad roll-out, at most 10 without SSO), the
     * stricter value is the one that lifts both.
     */
    public List<String> suggestedSettings() {
        Map<String, ThresholdCrossed> byField = new LinkedHashMap<>();
        for (Blocker blocker : blockers) {
            ThresholdCrossed c = blocker.crossed();
            if (c == null || c.setting().isEmpty()) {
                continue;
            }
            byField.merge(c.field(), c, Explanation::stricter);
        }
        return byField.values().stream().map(ThresholdCrossed::setting).toList();
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
