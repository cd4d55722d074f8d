package dev.govcheck.proposal;

/** What data a SaaS tool will hold. {@code records} is 0 when not stated. */
public record DataProfile(Classification classification, PersonalData personalData, long records,
                          boolean crossBorderTransfer) {
    /** Contact, behavioral or sensitive data: what POLICY.md calls "personal data". */
    public boolean isPersonal() {
        return personalData == PersonalData.CONTACT || personalData == PersonalData.BEHAVIORAL
                || personalData == PersonalData.SENSITIVE;
    }
}
