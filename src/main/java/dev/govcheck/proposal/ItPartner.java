package dev.govcheck.proposal;

/** The IT contact involved from the start (optional; ACC-03 asks for one on HIGH and CRITICAL proposals). */
public record ItPartner(String name, String team) {
}
