package dev.govcheck.proposal;

import java.time.LocalDate;

/** A change to a web property. */
public record CodeChange(String id, String title, Requester requester, ItPartner itPartner,
                         LocalDate submitted, BusinessCase businessCase,
                         CodeChangeSpec spec) implements Proposal {
    @Override
    public Kind kind() {
        return Kind.CODE_CHANGE;
    }

    @Override
    public double cost() {
        return 0;
    }

    @Override
    public String costField() {
        return "businessCase.annualCost";
    }
}
