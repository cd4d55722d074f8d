package dev.govcheck.proposal;

/** What the vendor of a product under evaluation can show about its security and data protection. */
public record VendorAssurance(boolean soc2Type2, boolean iso27001, boolean dpaSigned) {
}
