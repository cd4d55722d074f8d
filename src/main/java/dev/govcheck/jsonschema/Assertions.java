package dev.govcheck.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.govcheck.jsonschema.Violation.Keyword;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The assertion keywords, as draft 2020-12 defines them: each applies to the types it names and passes any other
 * value (a {@code pattern} passes a number; {@code type} is what rejects it).
 */
final class Assertions {
    private Assertions() {
    }

    /** {@code type}: one name or a list of names; an integer is any number with no fractional part (1.0 too). */
    record Type(Subschema owner, JsonNode keywordValue, Set<JsonNodeType> types, boolean integer) implements Check {
        static final Set<String> NAMES = Set.of("null", "boolean", "object", "array", "number", "string", "integer");

        static Type of(Subschema owner, JsonNode keywordValue, List<String> names) {
            Set<JsonNodeType> types = EnumSet.noneOf(JsonNodeType.class);
            for (String name : names) {
                switch (name) {
                    case "null" -> types.add(JsonNodeType.NULL);
                    case "boolean" -> types.add(JsonNodeType.BOOLEAN);
                    case "object" -> types.add(JsonNodeType.OBJECT);
                    case "array" -> types.add(JsonNodeType.ARRAY);
                    case "string" -> types.add(JsonNodeType.STRING);
                    case "number" -> types.add(JsonNodeType.NUMBER);
                    case "integer" -> {
                    }
                    default -> throw new IllegalArgumentException(name); // refused when compiled
                }
            }
            return new Type(owner, keywordValue, types, names.contains("integer"));
        }

        @Override
        public void apply(JsonNode value, Evaluation evaluation) {
            if (!types.contains(value.getNodeType()) && !(integer && isInteger(value))) {
                evaluation.fail(Keyword.TYPE, owner, keywordValue, null);
            }
        }

        private static boolean isInteger(JsonNode value) {
            return value.isIntegralNumber() || value.isNumber() && value.canConvertToExactIntegral();
        }
    }

    /** {@code enum} of text, numbers, booleans and null: numbers equal by value (1 is 1.0), the rest exactly. */
    record Enum(Subschema owner, JsonNode keywordValue, Set<String> texts, List<JsonNode> others) implements Check {
        static Enum of(Subschema owner, JsonNode keywordValue) {
            Set<String> texts = new HashSet<>();
            List<JsonNode> others = new java.util.ArrayList<>();
            keywordValue.forEach(v -> {
                if (v.isTextual()) {
                    texts.add(v.textValue());
                } else {
                    others.add(v);
                }
            });
            return new Enum(owner, keywordValue, Set.copyOf(texts), List.copyOf(others));
        }

        @Override
        public void apply(JsonNode value, Evaluation evaluation) {
            if (value.isTextual() ? !texts.contains(value.textValue())
                    : others.stream().noneMatch(v -> Assertions.equal(v, value))) {
                evaluation.fail(Keyword.ENUM, owner, keywordValue, null);
            }
        }
    }

    /** {@code const}: numbers equal by value, anything else exactly. */
    record Const(Subschema owner, JsonNode keywordValue) implements Check {
        @Override
        public void apply(JsonNode value, Evaluation evaluation) {
            if (!equal(keywordValue, value)) {
                evaluation.fail(Keyword.CONST, owner, keywordValue, null);
            }
        }
    }

    /** {@code pattern}: a regular expression found anywhere in the text (JSON Schema does not anchor it). */
    record PatternCheck(Subschema owner, JsonNode keywordValue, Pattern pattern) implements Check {
        @Override
        public void apply(JsonNode value, Evaluation evaluation) {
            if (value.isTextual() && !pattern.matcher(value.textValue()).find()) {
                evaluation.fail(Keyword.PATTERN, owner, keywordValue, null);
            }
        }
    }

    /** {@code format}, asserted (2020-12 makes it an annotation by default; govcheck's dates must be dates). */
    record Format(Subschema owner, JsonNode keywordValue, Predicate<String> matches) implements Check {
        @Override
        public void apply(JsonNode value, Evaluation evaluation) {
            if (value.isTextual() && !matches.test(value.textValue())) {
                evaluation.fail(Keyword.FORMAT, owner, keywordValue, null);
            }
        }
    }

    /**
     * {@code minimum} (fails below the bound: -1) or {@code maximum} (above: 1). A huge integer is compared with
     * the bound exactly, never rounded to a long. A double is compared with the double nearest the bound: it
     * holds no more than its nearest value ({@code 9223372036854775807.0} is 2^63), and binding rounds it to a
     * whole number the same way, so a double equal to the bound in double precision binds to the bound.
     */
    record Bound(Subschema owner, JsonNode keywordValue, Keyword keyword, int fails, BigDecimal bound,
                 BigInteger integerBound, double doubleBound) implements Check {
        static Bound of(Subschema owner, JsonNode keywordValue, Keyword keyword) {
            BigDecimal bound = keywordValue.decimalValue();
            BigInteger integer = bound.signum() == 0 || bound.stripTrailingZeros().scale() <= 0
                    ? bound.toBigIntegerExact() : null;
            return new Bound(owner, keywordValue, keyword, keyword == Keyword.MINIMUM ? -1 : 1, bound, integer,
                    bound.doubleValue());
        }

        @Override
        public void apply(JsonNode value, Evaluation evaluation) {
            if (value.isNumber() && Integer.signum(compare(value)) == fails) {
                evaluation.fail(keyword, owner, keywordValue, null);
            }
        }

        private int compare(JsonNode value) {
            if (value.isDouble() || value.isFloat()) {
                return Double.compare(value.doubleValue() + 0.0, doubleBound + 0.0); // + 0.0: -0.0 is 0
            }
            if (value.isBigInteger() && integerBound != null) {
                return value.bigIntegerValue().compareTo(integerBound);
            }
            return value.decimalValue().compareTo(bound);
        }
    }

    /** {@code required}: each key missing from an object is one violation. */
    record Required(Subschema owner, JsonNode keywordValue, List<String> keys) implements Check {
        @Override
        public void apply(JsonNode value, Evaluation evaluation) {
            if (value.isObject()) {
                for (String key : keys) {
                    if (!value.has(key)) {
                        evaluation.fail(Keyword.REQUIRED, owner, keywordValue, key);
                    }
                }
            }
        }
    }

    /** {@code minProperties}. */
    record MinProperties(Subschema owner, JsonNode keywordValue, int min) implements Check {
        @Override
        public void apply(JsonNode value, Evaluation evaluation) {
            if (value.isObject() && value.size() < min) {
                evaluation.fail(Keyword.MIN_PROPERTIES, owner, keywordValue, null);
            }
        }
    }

    /** JSON equality as {@code enum} and {@code const} mean it: numbers by value (1 equals 1.0), the rest exactly. */
    static boolean equal(JsonNode expected, JsonNode value) {
        if (expected.isNumber() && value.isNumber()) {
            if (nonFinite(expected) || nonFinite(value)) {
                return expected.doubleValue() == value.doubleValue() && nonFinite(expected) && nonFinite(value);
            }
            return expected.decimalValue().compareTo(value.decimalValue()) == 0;
        }
        return expected.equals(value);
    }

    private static boolean nonFinite(JsonNode number) {
        return (number.isDouble() || number.isFloat()) && !Double.isFinite(number.doubleValue());
    }
}
