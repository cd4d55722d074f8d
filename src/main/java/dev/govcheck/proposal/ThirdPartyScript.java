package dev.govcheck.proposal;

/**
 * A script from another domain that a code change adds to a page: who provides it, where it loads from, its
 * consent category, why it is needed ({@code justification}, null when not stated) and how its content is held to
 * the authorised version ({@code integrity}, none when not stated).
 */
public record ThirdPartyScript(String vendor, String domain, ConsentCategory consentCategory, boolean consentGated,
                               String justification, ScriptIntegrity integrity) {
    public ThirdPartyScript {
        integrity = integrity == null ? ScriptIntegrity.NONE : integrity;
    }

    /** Whether the script states why it is needed (a blank justification states nothing). */
    public boolean isJustified() {
        return TextValues.given(justification);
    }
}
