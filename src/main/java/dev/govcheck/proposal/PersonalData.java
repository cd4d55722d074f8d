package dev.govcheck.proposal;

/** The kind of personal data a SaaS tool will hold, or the real data of an evaluation holds, least to most sensitive. */
public enum PersonalData {
    NONE, PSEUDONYMOUS, CONTACT, BEHAVIORAL, SENSITIVE;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
