package dev.govcheck.proposal;

import java.time.LocalDate;
import java.util.List;

/** The {@code spec} of a product evaluation. {@code cost} is 0 and {@code decisionBy} null when not stated. */
public record EvaluationSpec(Product product, Approach approach, int durationDays, DataUsed dataUsed,
                             int participants, double cost, List<String> successCriteria, LocalDate decisionBy) {
    public EvaluationSpec {
        successCriteria = List.copyOf(successCriteria);
    }
}
