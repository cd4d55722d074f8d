package dev.govcheck.proposal;

import java.time.LocalDate;

/** A time-boxed evaluation of a product (desk research to pilot). */
public record Evaluation(String id, String title, Requester requester, ItPartner itPartner,
                         LocalDate submitted, BusinessCase businessCase,
                         EvaluationSpec spec) implements Proposal {
    @Override
    public Kind kind() {
        return Kind.EVALUATION;
    }

    @Override
    public double cost() {
        return spec.cost();
    }

    @Override
    public String costField() {
        return "spec.cost";
    }
}
