package dev.govcheck.proposal;

import java.time.LocalDate;
import java.util.List;

/**
 * The {@code spec} of a product evaluation. {@code cost} is 0, {@code decisionBy} null, {@code vendorAssurance}
 * all false and {@code personalData} null when not stated.
 */
public record EvaluationSpec(Product product, Approach approach, int durationDays, DataUsed dataUsed,
                             int participants, double cost, List<String> successCriteria, LocalDate decisionBy,
                             VendorAssurance vendorAssurance, boolean vendorTrainsOnData, PersonalData personalData) {
    public EvaluationSpec {
        successCriteria = List.copyOf(successCriteria);
        vendorAssurance = vendorAssurance == null ? new VendorAssurance(false, false, false) : vendorAssurance;
    }

    /**
     * Whether the evaluation uses personal data (README, "How the rules read a proposal"): real data (a production
     * sample or production) that holds people. Real data is assumed to hold people until the proposal says it does not,
     * so an absent {@code personalData} counts as personal.
     */
    public boolean isPersonalDataUsed() {
        boolean realData = dataUsed == DataUsed.PRODUCTION_SAMPLE || dataUsed == DataUsed.PRODUCTION;
        return realData && personalData != PersonalData.NONE;
    }
}
