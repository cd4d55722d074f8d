package dev.govcheck.proposal;

/** Data classification of what a SaaS tool will hold, least to most protected. */
public enum Classification {
    PUBLIC, INTERNAL, CONFIDENTIAL, RESTRICTED;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
