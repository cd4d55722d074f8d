package dev.govcheck.proposal;

import java.util.List;

/** The {@code spec} of a SaaS onboarding. Absent lists are empty, absent blocks have their defaults. */
public record SaasSpec(Vendor vendor, ToolCategory category, int users, DataProfile data, Access access,
                       Assurance assurance, List<Integration> integrations, Contract contract,
                       List<String> replaces, ExitPlan exitPlan) {
    public SaasSpec {
        integrations = List.copyOf(integrations);
        replaces = List.copyOf(replaces);
        contract = contract == null ? new Contract(0, false, null) : contract;
        exitPlan = exitPlan == null ? new ExitPlan(false) : exitPlan;
    }

    /** True when {@code replaces} names the tool, ignoring case and surrounding blanks. */
    public boolean replacesTool(String toolName) {
        return replaces.stream().anyMatch(r -> r.strip().equalsIgnoreCase(toolName.strip()));
    }
}
