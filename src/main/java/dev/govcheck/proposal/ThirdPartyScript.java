package dev.govcheck.proposal;

/** A script from another domain that a code change adds to a page. */
public record ThirdPartyScript(String vendor, String domain, ConsentCategory consentCategory, boolean consentGated) {
}
