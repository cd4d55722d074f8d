package dev.govcheck.proposal;

/**
 * How a third-party script's content is held to the authorised version: {@code sri} (loaded with a
 * subresource-integrity hash), {@code monitored} (compared with the authorised version, any change alerts) or
 * {@code none} (the default).
 */
public enum ScriptIntegrity {
    SRI, MONITORED, NONE;

    @Override
    public String toString() {
        return YamlEnum.yamlName(this);
    }
}
