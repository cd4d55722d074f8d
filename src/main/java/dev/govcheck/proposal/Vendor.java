package dev.govcheck.proposal;

/** The vendor of a SaaS tool. */
public record Vendor(String name, String website) {
}
