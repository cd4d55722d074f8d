package dev.govcheck.proposal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Proposal enums are written in YAML as lower-case words with dashes ({@code proof-of-concept}) and in Java
 * as constants ({@code PROOF_OF_CONCEPT}). This is the one place that converts between the two.
 */
public final class YamlEnum {
    private YamlEnum() {
    }

    public static String yamlName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (yamlName(constant).equals(text)) {
                return constant;
            }
        }
        return null;
    }

    public static List<String> yamlNames(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(YamlEnum::yamlName).toList();
    }
}
