package dev.govcheck.decision;

import java.util.List;

/** A role that must sign the proposal, with every reason a rule gave for it. */
public record Approval(String role, List<Finding> reasons) {
    public Approval {
        reasons = List.copyOf(reasons);
    }
}
