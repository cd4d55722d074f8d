package dev.govcheck.proposal;

/** What happens to the data when the tool is dropped. */
public record ExitPlan(boolean dataExport) {
}
