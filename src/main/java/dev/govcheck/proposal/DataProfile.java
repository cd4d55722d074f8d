package dev.govcheck.proposal;

/**
 * What data a SaaS tool will hold and what it does with it. {@code records} is 0 when not stated; every yes/no
 * fact is false when not stated.
 */
public record DataProfile(Classification classification, PersonalData personalData, long records,
                          boolean crossBorderTransfer, boolean profiling, boolean aiProcessing,
                          boolean vendorTrainsOnData, boolean combinesDatasets, boolean vulnerableSubjects,
                          boolean dpiaOnFile) {
    /** Contact, behavioral or sensitive data: what POLICY.md calls "personal data". */
    public boolean isPersonal() {
        return personalData == PersonalData.CONTACT || personalData == PersonalData.BEHAVIORAL
                || personalData == PersonalData.SENSITIVE;
    }
}
