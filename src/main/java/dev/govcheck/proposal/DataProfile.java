package dev.govcheck.proposal;

/**
 * What data a SaaS tool will hold and what it does with it. {@code records} is 0 when not stated; every yes/no
 * fact is false when not stated.
 */
public record DataProfile(Classification classification, PersonalData personalData, long records,
                          boolean crossBorderTransfer, boolean profiling, boolean aiProcessing,
                          boolean vendorTrainsOnData, boolean combinesDatasets, boolean vulnerableSubjects,
                          boolean dpiaOnFile) {
    /**
     * Any personal data but none: what the default policy calls "personal data" (rules/README.md). Pseudonymous
     * data is personal data (GDPR recital 26): whoever holds the key can tell who it is about.
     */
    public boolean isPersonal() {
        return personalData != null && personalData != PersonalData.NONE;
    }
}
