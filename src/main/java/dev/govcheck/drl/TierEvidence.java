package dev.govcheck.drl;

import dev.govcheck.decision.RiskTier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Why a proposal has the tier it has, for the rules that read the other rules' tier votes (TIER-PATH-*, ACC-03):
 * the highest tier among the votes, the rules that voted it and the fields they were about. Those rules
 * {@code collect} the votes, so this sees every vote so far and words them the same whatever order they came
 * in.
 */
public final class TierEvidence {
    private static final Comparator<TierVote> ORDER = Comparator.comparing(TierVote::rule)
            .thenComparing(TierVote::field);

    private final RiskTier tier;
    private final List<TierVote> top;

    private TierEvidence(RiskTier tier, List<TierVote> top) {
        this.tier = tier;
        this.top = top;
    }

    /** The evidence in {@code facts} (the result of a DRL {@code collect}; anything but a TierVote is ignored). */
    public static TierEvidence of(Collection<?> facts) {
        List<TierVote> votes = new ArrayList<>();
        for (Object fact : facts) {
            if (fact instanceof TierVote vote) {
                votes.add(vote);
            }
        }
        RiskTier highest = votes.stream().map(TierVote::tier).max(Comparator.naturalOrder()).orElse(RiskTier.LOW);
        List<TierVote> top = votes.stream().filter(v -> v.tier() == highest).sorted(ORDER).toList();
        return new TierEvidence(highest, top);
    }

    /** The highest tier voted, LOW when there is no vote. */
    public RiskTier tier() {
        return tier;
    }

    /** The field of the first vote for the highest tier (by rule id, then field), so a finding points at a cause. */
    public String field() {
        return top.isEmpty() ? "" : top.get(0).field();
    }

    /**
     * The votes for the highest tier in words, one entry per rule with the fields it was about:
     * {@code CHG-PROP-01 (spec.property.type) and CHG-TOUCH-02 (spec.touches[0], spec.touches[1])}.
     */
    public String raisedBy() {
        Map<String, Set<String>> fieldsByRule = new LinkedHashMap<>();
        top.forEach(v -> fieldsByRule.computeIfAbsent(v.rule(), r -> new LinkedHashSet<>()).add(v.field()));
        List<String> causes = new ArrayList<>();
        fieldsByRule.forEach((rule, fields) -> causes.add(rule + " (" + String.join(", ", fields) + ")"));
        if (causes.size() <= 1) {
            return causes.isEmpty() ? "no rule" : causes.get(0);
        }
        return String.join(", ", causes.subList(0, causes.size() - 1)) + " and " + causes.get(causes.size() - 1);
    }
}
