package dev.govcheck.proposal;

/** Which way data flows in an integration, seen from the new tool. */
public enum Direction {
    READ, WRITE, BIDIRECTIONAL;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
