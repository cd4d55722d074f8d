package dev.govcheck.proposal;

/** How people sign in to a SaaS tool. */
public record Access(boolean sso, boolean mfa, boolean scim) {
}
