package dev.govcheck.drl;

/**
 * A change to one proposal field that lifts a rule's finding, offered as advice beside any threshold: SAAS-SSO-01
 * fires for many users without SSO, and {@code Fix("spec.access.sso", "true")} says that connecting SSO lifts it,
 * before "fewer users" does. {@code value} is written as {@code explain --set} takes it ({@code true}, {@code it},
 * {@code 12}).
 */
public record Fix(String field, String value) {
}
