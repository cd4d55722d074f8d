package dev.govcheck.proposal;

/** Who runs the usability test of a code change. */
public enum UsabilityTester {
    MARKETING, NONE;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
