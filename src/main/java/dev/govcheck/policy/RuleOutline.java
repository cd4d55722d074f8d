package dev.govcheck.policy;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What a rule set's DRL files say, read once from Drools' descriptors when the rules are compiled and kept in the
 * rule-base cache with them, so a cached run needs no DRL parsing: where each rule is written, which proposal
 * fields its conditions read (explain shows their values), and the thresholds and roles it names (checked
 * against policy.yaml on every load, because policy.yaml is not part of the cache key). Files are named as in the
 * rule folder ({@code saas-onboarding.drl}): the same rules in another folder share the cache entry, so
 * {@link #shownAs} puts in the names this load shows.
 */
record RuleOutline(List<RulePlace> rules, List<NameUse> names) implements Serializable {
    private static final long serialVersionUID = 1L;

    RuleOutline {
        rules = List.copyOf(rules);
        names = List.copyOf(names);
    }

    /** The outline with each file named as {@code shown} maps it (file name in the folder to shown name). */
    RuleOutline shownAs(Map<String, String> shown) {
        return new RuleOutline(
                rules.stream().map(r -> new RulePlace(r.pkg(), r.name(), shown.getOrDefault(r.file(), r.file()),
                        r.line(), r.conditionFields(), r.effects(), r.proposalTypes())).toList(),
                names.stream().map(n -> new NameUse(n.kind(), n.name(), shown.getOrDefault(n.file(), n.file()),
                        n.line(), n.column())).toList());
    }

    /**
     * A rule: its package and name (as the compiled rule knows them), file, header line, the fields its conditions
     * read, what its consequence decides in the policy's words ("tier HIGH", "approve security", "vote
     * STANDARD", "error"), in the order it states them, and the proposal types its patterns match (so that a
     * report can name the field that keeps a proposal of that kind off the fast track).
     */
    record RulePlace(String pkg, String name, String file, int line, List<String> conditionFields,
                     List<String> effects, List<String> proposalTypes) implements Serializable {
        private static final long serialVersionUID = 3L;

        RulePlace {
            conditionFields = List.copyOf(conditionFields);
            effects = List.copyOf(effects);
            proposalTypes = List.copyOf(proposalTypes);
        }

        /** Whether the consequence votes FAST_TRACK: a fast-track eligibility rule, whose conditions say who is. */
        boolean grantsFastTrack() {
            return effects.contains("vote " + "FAST_TRACK");
        }
    }

    /** A name the rules take from policy.yaml, where it is written. */
    record NameUse(Kind kind, String name, String file, int line, int column) implements Serializable {
        private static final long serialVersionUID = 1L;

        enum Kind { THRESHOLD, ROLE }
    }
}
