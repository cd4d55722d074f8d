package dev.govcheck.proposal;

/** The consent category a third-party script falls under. */
public enum ConsentCategory {
    NECESSARY, ANALYTICS, MARKETING;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
