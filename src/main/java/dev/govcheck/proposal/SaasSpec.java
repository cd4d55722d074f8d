package dev.govcheck.proposal;

import java.util.List;

/**
 * The {@code spec} of a SaaS onboarding. Absent lists are empty, absent blocks have their defaults; {@code product}
 * (the product's name as the catalog names it) is null when not stated.
 */
public record SaasSpec(Vendor vendor, String product, ToolCategory category, int users, DataProfile data,
                       Access access, Assurance assurance, List<Integration> integrations, Contract contract,
                       List<String> replaces, ExitPlan exitPlan, EmailSending email) {
    public SaasSpec {
        integrations = List.copyOf(integrations);
        replaces = List.copyOf(replaces);
        contract = contract == null ? new Contract(0, false, null) : contract;
        exitPlan = exitPlan == null ? new ExitPlan(false) : exitPlan;
        email = email == null ? EmailSending.NONE : email;
    }
}
