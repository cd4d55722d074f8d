package dev.govcheck.explain;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.policy.RuleInfo;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.proposal.FieldOverride;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds an {@link Explanation} from a decision and the proposal it is about: each fired rule of the decision's
 * trace with its metadata and the facts it matched, the fast-track blockers with the threshold that makes each
 * one, and for a what-if run the difference to the decision on the unchanged file.
 */
public final class Explainer {
    private final RuleSet ruleSet;

    public Explainer(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    /** Explains {@code decision}, the evaluation of {@code file}. */
    public Explanation explain(ProposalFile file, Decision decision) {
        return new Explanation(decision, rules(file, decision, List.of()), blockers(decision), null);
    }

    /**
     * Explains {@code after}, the evaluation of {@code overridden} ({@code file} read with {@code overrides}),
     * and what changed from {@code before}, the evaluation of {@code file} as written.
     */
    public Explanation whatIf(ProposalFile file, Decision before, ProposalFile overridden, Decision after,
                              List<FieldOverride> overrides) {
        List<WhatIf.Change> changes = new ArrayList<>();
        for (FieldOverride override : overrides) {
            String path = override.path().toString();
            String now = value(overridden, path).orElse(override.value());
            String was = file.sourceMap().contains(path) ? value(file, path).orElse(null) : null;
            changes.add(new WhatIf.Change(path, now, was));
        }
        return new Explanation(after, rules(overridden, after, overrides), blockers(after),
                WhatIf.compare(changes, before, after));
    }

    private List<RuleExplanation> rules(ProposalFile file, Decision decision, List<FieldOverride> overrides) {
        List<RuleExplanation> rules = new ArrayList<>();
        for (FiredRule fired : decision.trace()) {
            RuleInfo info = ruleSet.rule(fired.rule());
            rules.add(new RuleExplanation(fired.rule(), fired.title(), fired.rationale(),
                    info == null ? "" : info.file(), info == null ? 0 : info.line(),
                    facts(file, fired, overrides), fired.effects()));
        }
        return rules;
    }

    /**
     * The fields a rule is about: those its findings name, the fields it compared with a threshold, and the
     * fields its conditions read; each with the value the rule saw. A whole list its conditions read is left
     * out when a finding names the item that matched.
     */
    private List<Fact> facts(ProposalFile file, FiredRule fired, List<FieldOverride> overrides) {
        Set<String> fields = new LinkedHashSet<>();
        for (FiredRule.Effect effect : fired.effects()) {
            fields.add(effect.finding().field());
            if (effect.crossed() != null) {
                fields.add(effect.crossed().field());
            }
        }
        for (String candidate : ruleSet.conditionFields(fired.rule())) {
            boolean itemNamed = fields.stream().anyMatch(f -> f.startsWith(candidate + "["));
            if (!itemNamed) {
                fields.add(candidate);
            }
        }
        List<Fact> facts = new ArrayList<>();
        for (String field : fields) {
            Optional<String> value = field.isEmpty() ? Optional.empty() : value(file, field);
            if (value.isEmpty()) {
                continue; // not a field of this proposal (a derived value, another kind's field)
            }
            Fact.Origin origin = overrides.stream().anyMatch(o -> o.touches(field)) ? Fact.Origin.SET
                    : file.sourceMap().contains(field) ? Fact.Origin.FILE : Fact.Origin.DEFAULT;
            Position at = file.sourceMap().locate(field);
            facts.add(new Fact(field, value.get(), origin, at.line(), at.column()));
        }
        facts.sort(Fact.ORDER);
        return facts;
    }

    private static Optional<String> value(ProposalFile file, String field) {
        return ProposalValues.text(file.proposal(), field);
    }

    /** The decision's fast-track blockers, each with the fixes and the threshold of the vote that made it, if any. */
    private static List<Blocker> blockers(Decision decision) {
        List<Blocker> blockers = new ArrayList<>();
        for (Finding finding : decision.fastTrackBlockers()) {
            Optional<FiredRule.Effect> vote = decision.trace().stream()
                    .filter(rule -> rule.rule().equals(finding.rule()))
                    .flatMap(rule -> rule.effects().stream())
                    .filter(e -> e.kind().equals("path") && e.finding().equals(finding))
                    .findFirst();
            blockers.add(new Blocker(finding, vote.map(FiredRule.Effect::crossed).orElse(null),
                    vote.map(FiredRule.Effect::fixes).orElse(List.of())));
        }
        return blockers;
    }
}
