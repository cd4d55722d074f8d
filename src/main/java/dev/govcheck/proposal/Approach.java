package dev.govcheck.proposal;

/** How a product is evaluated, lightest to heaviest. */
public enum Approach {
    DESK_RESEARCH, TRIAL, PROOF_OF_CONCEPT, PILOT;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
