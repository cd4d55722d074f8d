package dev.govcheck.proposal;

/** What data an evaluation uses, least to most sensitive. */
public enum DataUsed {
    NONE, SYNTHETIC, ANONYMISED, PRODUCTION_SAMPLE, PRODUCTION;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
