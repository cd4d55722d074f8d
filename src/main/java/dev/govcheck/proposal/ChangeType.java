package dev.govcheck.proposal;

/** What a code change does, lightest (content) to heaviest (infrastructure). */
public enum ChangeType {
    CONTENT, TAG, TEMPLATE, INTEGRATION, FEATURE, INFRASTRUCTURE;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
