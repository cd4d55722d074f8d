package dev.govcheck.proposal;

/**
 * The web property a code change is made to; {@code monthlyVisitors} is 0 when not stated. {@code tamperDetection}:
 * the page's scripts and security headers are checked for unauthorised change at least weekly (PCI DSS 11.6.1).
 */
public record WebProperty(String name, PropertyType type, long monthlyVisitors, boolean tamperDetection) {
}
