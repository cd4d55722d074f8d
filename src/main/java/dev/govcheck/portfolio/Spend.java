package dev.govcheck.portfolio;

import java.math.BigDecimal;

/**
 * Money in the policy's currency: the annual cost of SaaS tools ({@code businessCase.annualCost}) and the cost of
 * evaluations ({@code spec.cost}, what the evaluation costs while it runs). Summed as decimals, so 0.1 + 0.2 is 0.3.
 * Code changes are not costed (the policy weighs no cost of theirs), as {@code Proposal.cost()} says.
 */
public record Spend(BigDecimal saas, BigDecimal evaluation) {
    public static final Spend NONE = new Spend(BigDecimal.ZERO, BigDecimal.ZERO);

    public BigDecimal total() {
        return saas.add(evaluation);
    }

    Spend plusSaas(double amount) {
        return new Spend(saas.add(BigDecimal.valueOf(amount)), evaluation);
    }

    Spend plusEvaluation(double amount) {
        return new Spend(saas, evaluation.add(BigDecimal.valueOf(amount)));
    }

    Spend plus(Spend other) {
        return new Spend(saas.add(other.saas), evaluation.add(other.evaluation));
    }
}
