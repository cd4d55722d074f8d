package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.govcheck.proposal.FieldPath.FieldPathException;
import dev.govcheck.proposal.FieldType.Group;
import dev.govcheck.proposal.FieldType.ListOf;
import dev.govcheck.proposal.FieldType.Scalar;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Applies {@link FieldOverride}s to a proposal's located tree before it is validated, so an overridden proposal
 * goes through exactly the checks a file does. Each value is typed by what the schema says the field holds (an
 * integer, a number, a boolean, one of an enum's words, a date, text), so a value of the wrong type is a usage
 * error that names the field, before any rule runs. {@link FieldPath#set} places it: a replaced value keeps
 * the position of the one it replaces and a new one takes its parent's, so findings still point at the right
 * lines.
 */
final class FieldOverrides {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private FieldOverrides() {
    }

    /**
     * Applies {@code overrides} in order. A tree whose kind cannot be read is left alone: validation reports what
     * is wrong with it.
     */
    static void apply(LocatedTree tree, List<FieldOverride> overrides) throws OverrideException {
        Kind kind = Kind.fromYaml(tree.root().path("kind").asText());
        if (overrides.isEmpty() || kind == null) {
            return;
        }
        for (FieldOverride override : overrides) {
            try {
                override.path().set(tree, typed(kind, override));
            } catch (FieldPathException e) {
                throw new OverrideException(override.toString(), e.getMessage());
            }
        }
    }

    /** The value as the schema types the field; null when the override removes it. */
    static JsonNode typed(Kind kind, FieldOverride override) throws OverrideException {
        String path = override.path().toString();
        String arg = override.toString();
        FieldType type = ProposalSchema.get().fieldType(kind, path);
        if (type instanceof Scalar scalar && scalar.kind() == FieldType.ScalarKind.FIXED) {
            throw new OverrideException(arg, path + " names the document and cannot be changed; explain a proposal"
                    + " of that kind instead");
        }
        if (override.removes()) {
            return null;
        }
        if (type instanceof Group group) {
            throw new OverrideException(arg, path + " is a group of fields; set one of them: "
                    + String.join(", ", group.keys().stream().map(k -> path + "." + k).toList()));
        }
        if (type instanceof ListOf list) {
            String example = path + "[0]" + (list.item() instanceof Group g ? "." + g.keys().get(0) : "");
            throw new OverrideException(arg, path + " is a list; set one item, e.g. " + example);
        }
        Scalar scalar = (Scalar) type;
        String value = override.value();
        return switch (scalar.kind()) {
            case TEXT -> JSON.textNode(value);
            case INTEGER -> {
                try {
                    yield JSON.numberNode(Long.parseLong(value));
                } catch (NumberFormatException e) {
                    throw new OverrideException(arg, path + " is a whole number, got '" + value + "'");
                }
            }
            case NUMBER -> JSON.numberNode(number(value, path, arg));
            case BOOLEAN -> {
                String lower = value.toLowerCase(Locale.ROOT);
                if (!lower.equals("true") && !lower.equals("false")) {
                    throw new OverrideException(arg, path + " is true or false, got '" + value + "'");
                }
                yield JSON.booleanNode(lower.equals("true"));
            }
            case DATE -> JSON.textNode(IsoDate.parse(value).orElseThrow(() -> new OverrideException(arg,
                    path + " is a date YYYY-MM-DD, got '" + value + "'")).toString());
            case CHOICE -> {
                if (!scalar.choices().contains(value)) {
                    String hint = DidYouMean.suggest(value, scalar.choices()).map(s -> " (did you mean '" + s + "'?)")
                            .orElse("");
                    throw new OverrideException(arg, path + " is one of " + String.join(", ", scalar.choices())
                            + ", got '" + value + "'" + hint);
                }
                yield JSON.textNode(value);
            }
            case FIXED -> throw new IllegalStateException("handled above");
        };
    }

    /** A finite decimal number, written as people write one (8400.50 reads as 8400.5). */
    private static BigDecimal number(String value, String path, String arg) throws OverrideException {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            number = Double.NaN;
        }
        if (!Double.isFinite(number) || !value.matches("[-+]?[0-9.eE+-]+")) {
            throw new OverrideException(arg, path + " is a number, got '" + value + "'");
        }
        return new BigDecimal(NumberText.format(number));
    }
}
