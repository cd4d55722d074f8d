package dev.govcheck.proposal;

/** The size of a code change. */
public enum ChangeSize {
    SMALL, MEDIUM, LARGE;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
