package dev.govcheck.proposal;

import java.time.LocalDate;

/** A request to adopt a SaaS tool. */
public record SaasOnboarding(String id, String title, Requester requester, ItPartner itPartner,
                             LocalDate submitted, BusinessCase businessCase,
                             SaasSpec spec) implements Proposal {
    @Override
    public Kind kind() {
        return Kind.SAAS_ONBOARDING;
    }

    @Override
    public double cost() {
        return businessCase.annualCost();
    }

    @Override
    public String costField() {
        return "businessCase.annualCost";
    }
}
