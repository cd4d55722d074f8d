package dev.govcheck.explain;

import dev.govcheck.decision.Decision;
import java.util.List;

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

    /** The {@code --set} arguments that would lift every threshold blocker, in blocker order, without repeats. */
    public List<String> suggestedSettings() {
        return blockers.stream().filter(b -> b.crossed() != null && !b.crossed().setting().isEmpty())
                .map(b -> b.crossed().setting()).distinct().toList();
    }
}
