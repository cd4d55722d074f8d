package dev.govcheck.drl;

import dev.govcheck.decision.RiskTier;

/** Result fact: a vote that the proposal's risk tier is at least {@code tier}. */
public record TierVote(String rule, RiskTier tier, String field, String message, Crossing threshold) implements RuleOutput {
}
