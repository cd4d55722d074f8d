package dev.govcheck.proposal;

import java.util.List;

/**
 * Why the proposal is worth doing. Absent money is 0 (README's DRL reference: an absent number is 0), except
 * {@code expectedAnnualValue}, which is null when not stated because ACC-02 asks whether it was stated at all.
 */
public record BusinessCase(String objective, List<Kpi> kpis, double annualCost, Double expectedAnnualValue) {
    public BusinessCase {
        kpis = List.copyOf(kpis);
    }

    /** True when at least one KPI states a target (ACC-01). */
    public boolean hasKpiWithTarget() {
        return kpis.stream().anyMatch(k -> k.target() != null && !k.target().isBlank());
    }
}
