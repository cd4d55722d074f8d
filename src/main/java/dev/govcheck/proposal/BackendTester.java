package dev.govcheck.proposal;

/** Who tests the back end of a code change. */
public enum BackendTester {
    IT, NONE;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
