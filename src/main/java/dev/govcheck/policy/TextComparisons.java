package dev.govcheck.policy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A condition that compares a yes/no, enum or number field with a string literal ({@code spec.access.scim ==
 * "yes"}) compiles, because MVEL converts the text, and then means something else than it says: "yes" becomes
 * false, so the condition matches {@code scim: false}. This says, in plain words, what to write instead.
 */
final class TextComparisons {
    private static final Set<String> YES = Set.of("yes", "y", "true", "on");
    private static final Set<String> NO = Set.of("no", "n", "false", "off");

    private TextComparisons() {
    }

    /** Whether comparing a value of {@code type} with text is a mistake. */
    static boolean mistaken(Class<?> type) {
        return isBoolean(type) || type.isEnum() || isNumber(type);
    }

    /** The error for comparing {@code field} (of {@code type}) with the text {@code text}. */
    static String message(String field, Class<?> type, String text) {
        String quoted = "\"" + text + "\"";
        if (isBoolean(type)) {
            String word = text.strip().toLowerCase(Locale.ROOT);
            String instead = YES.contains(word) ? "true" : NO.contains(word) ? "false" : "true or false";
            return field + " is true or false, not text: write " + instead + " instead of " + quoted;
        }
        if (type.isEnum()) {
            String wanted = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
            String simple = type.getSimpleName();
            String instead = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .filter(wanted::equals).map(c -> simple + "." + c).findFirst()
                    .orElse("one of " + Arrays.stream(type.getEnumConstants())
                            .map(c -> simple + "." + ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
            return field + " is a " + simple + ", not text: write " + instead + " instead of " + quoted;
        }
        String instead;
        try {
            instead = new BigDecimal(text.strip()).toPlainString();
        } catch (NumberFormatException e) {
            instead = "a number";
        }
        return field + " is a number, not text: write " + instead + " instead of " + quoted;
    }

    /** How a value of {@code type} reads, for a field that should have been a number. */
    static String kind(Class<?> type) {
        if (isBoolean(type)) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        return "a " + type.getSimpleName();
    }

    static boolean isBoolean(Class<?> type) {
        return type == boolean.class || type == Boolean.class;
    }

    static boolean isNumber(Class<?> type) {
        return (type.isPrimitive() && type != boolean.class && type != char.class && type != void.class)
                || Number.class.isAssignableFrom(type);
    }
}
