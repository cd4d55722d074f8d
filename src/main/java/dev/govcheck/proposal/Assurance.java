package dev.govcheck.proposal;

/** The security assurance a SaaS vendor offers. */
public record Assurance(boolean soc2Type2, boolean iso27001, boolean dpaSigned, boolean penTestWithin12Months) {
}
