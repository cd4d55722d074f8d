package dev.govcheck.proposal;

import java.util.Locale;

/**
 * Proposal enums are written in YAML as lower-case words with dashes ({@code proof-of-concept}) and in Java
 * as constants ({@code PROOF_OF_CONCEPT}). Each model enum's {@code toString} returns its YAML name through
 * this, and Jackson reads and writes enums by {@code toString} ({@link TreeBinder}), so this is the one place
 * that converts between the two.
 */
public final class YamlEnum {
    private YamlEnum() {
    }

    public static String yamlName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
