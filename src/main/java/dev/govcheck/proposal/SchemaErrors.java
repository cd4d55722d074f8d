package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.govcheck.jsonschema.Violation;
import dev.govcheck.jsonschema.Violation.Keyword;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns JSON Schema violations ({@link Violation}) into govcheck input errors: the JSON pointer becomes a field path
 * and the line and column of the YAML node, and the validator's wording becomes what a proposal author needs
 * ("spec.users: expected an integer, got 'eight'"), with a "did you mean" for unknown keys and enum values.
 * What the schema allows (the keys of a mapping, the expected type of a missing key) is read from the schema
 * itself, so the messages cannot drift from it. A subschema's {@code title}, where govcheck's own schemas give
 * one, is how errors name what it wants ("expected a list of waivers"); the document's root is named by the
 * reader ({@link DocumentSchema.Wording}). Each error names the file its value was written in, which for a
 * proposal built from a rule test case may be the case file.
 */
final class SchemaErrors {
    private static final String NOT_BLANK = "\\S";
    private static final Set<String> YAML_11_BOOLEANS = Set.of("yes", "no", "on", "off", "y", "n");

    private final JsonNode schema;
    private final LocatedTree tree;
    private final DocumentSchema.Wording wording;

    SchemaErrors(JsonNode schema, LocatedTree tree, DocumentSchema.Wording wording) {
        this.schema = schema;
        this.tree = tree;
        this.wording = wording;
    }

    /** One error per distinct problem, in file order. */
    List<InputError> translate(List<Violation> violations) {
        // A value of the wrong type also fails its enum, pattern or bounds: report the type only.
        Set<String> wrongType = new HashSet<>();
        for (Violation v : violations) {
            if (v.keyword() == Keyword.TYPE) {
                wrongType.add(v.pointer());
            }
        }
        Set<InputError> errors = new LinkedHashSet<>();
        for (Violation v : violations) {
            String at = v.pointer();
            if (v.keyword() != Keyword.TYPE && wrongType.contains(at)) {
                continue;
            }
            errors.add(translate(v, at));
        }
        List<InputError> sorted = new ArrayList<>(errors);
        sorted.sort(InputError.ORDER);
        return sorted;
    }

    private InputError translate(Violation v, String at) {
        String field = fieldPath(v.path());
        return switch (v.keyword()) {
            case REQUIRED -> missing(v, at, field);
            case ADDITIONAL_PROPERTIES -> unknownKey(v, at, field);
            case TYPE -> wrongType(v, at, field);
            case ENUM -> error(at, field, "expected one of " + join(v.value()) + ", got "
                    + tree.describe(at) + suggestion(at, values(v.value())));
            case CONST -> error(at, field, "must be " + v.value().asText() + ", got " + tree.describe(at));
            case PATTERN -> error(at, field, pattern(v.value().asText(), v.owner(), at));
            case MINIMUM -> error(at, field, "must be at least " + v.value().asText() + ", got " + scalarText(at));
            case MAXIMUM -> error(at, field, "must be at most " + v.value().asText() + ", got " + scalarText(at));
            case FORMAT -> error(at, field, "expected " + format(v.value().asText()) + ", got " + tree.describe(at));
            case MIN_PROPERTIES -> error(at, field, "expected " + expected(owner(v)) + ", got " + tree.describe(at));
        };
    }

    private InputError wrongType(Violation v, String at, String field) {
        String expected = at.isEmpty() ? wording.root() : expected(owner(v));
        String got = tree.unusableNumber(at)
                ? scalarText(at) + ", which is not a number govcheck can use"
                : tree.describe(at);
        return error(at, field, "expected " + expected + ", got " + got + yaml11Boolean(at, expected));
    }

    /**
     * YAML 1.1 read yes, no, on and off as booleans; YAML 1.2, which govcheck reads, as text. Someone who wrote
     * {@code sso: yes} meant true, so the error says what to write.
     */
    private String yaml11Boolean(String at, String expected) {
        JsonNode value = tree.at(at);
        if (!expected.equals(typeName("boolean")) || !value.isTextual()
                || !YAML_11_BOOLEANS.contains(value.asText().toLowerCase(Locale.ROOT))) {
            return "";
        }
        return " (write true or false: YAML 1.2 reads " + ValueText.clean(value.asText()) + " as text)";
    }

    /** A required key is missing: point at the mapping that should hold it (at its key, when it has one). */
    private InputError missing(Violation v, String at, String field) {
        String key = v.property();
        String where = field.isEmpty() ? "" : " in " + field;
        String expected = propertySchema(v, key).map(p -> " (expected " + expected(p) + ")").orElse("");
        Position keyAt = at.isEmpty() ? null : tree.keyPosition(at);
        return new InputError(tree.fileOf(at), keyAt != null ? keyAt : tree.position(at), child(field, key),
                "required key '" + key + "' is missing" + where + expected);
    }

    private InputError unknownKey(Violation v, String at, String field) {
        String key = v.property();
        List<String> allowed = fieldNames(v.owner().get("properties"));
        String hint = DidYouMean.suggest(key, allowed).map(s -> " (did you mean '" + s + "'?)")
                .orElse(wording.listKnownKeys() && !allowed.isEmpty() ? " (expected " + String.join(", ", allowed)
                        + ")" : "");
        String where = field.isEmpty() ? "at the top level" : "in " + field;
        String entry = at + "/" + LocatedTree.escape(key);
        Position keyAt = tree.keyPosition(entry);
        return new InputError(tree.fileOf(keyAt != null ? entry : at), keyAt != null ? keyAt : tree.position(at),
                child(field, key), "unknown key '" + ValueText.clean(key) + "' " + where + hint);
    }

    /** At the value; at its key when there is no value to point at ({@code title:}). */
    private InputError error(String at, String field, String message) {
        Position keyAt = tree.at(at).isNull() ? tree.keyPosition(at) : null;
        return new InputError(tree.fileOf(at), keyAt != null ? keyAt : tree.position(at), field, message);
    }

    /** A subschema and the document it is in ({@code iri} null: the document validated against). */
    private record Sub(JsonNode node, String iri) {
    }

    /** The schema of {@code key} in the schema object that holds the failing keyword. */
    private static Optional<Sub> propertySchema(Violation v, String key) {
        return Optional.ofNullable(v.owner().path("properties").get(key))
                .map(property -> new Sub(property, v.ownerIri()));
    }

    /** The schema object holding the keyword that failed ({@code #/$defs/saasSpec} for its "required"). */
    private static Sub owner(Violation v) {
        return new Sub(v.owner(), v.ownerIri());
    }

    /** The schema document at {@code iri}: this one, or another bundled schema it refers to. */
    private JsonNode document(String iri) {
        JsonNode other = iri == null ? null : DocumentSchema.bundled(iri);
        return other != null ? other : schema;
    }

    /** The target of {@code sub}'s {@code $ref}, in this document or another bundled one. */
    private Sub follow(Sub sub, String ref) {
        int hash = ref.indexOf('#');
        String target = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        String base = sub.iri() != null ? sub.iri() : schema.path("$id").asText(null);
        String iri = target.isEmpty() ? sub.iri() : base == null ? target : URI.create(base).resolve(target).toString();
        return new Sub(document(iri).at(fragment), iri);
    }

    /**
     * In words, what a schema wants: its title when it has one, else its constant, its enum, its format or its
     * type, following {@code $ref}s.
     */
    private String expected(Sub sub) {
        JsonNode node = sub.node();
        if (node == null || !node.isObject()) {
            return "a value";
        }
        if (node.has("title")) {
            return node.get("title").asText();
        }
        if (node.has("const")) {
            return node.get("const").asText();
        }
        if (node.has("enum")) {
            return "one of " + join(node.get("enum"));
        }
        if (node.has("format")) {
            return format(node.get("format").asText());
        }
        JsonNode type = node.get("type");
        if (type != null && type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(typeName(t.asText())));
            return String.join(" or ", names);
        }
        if (type != null) {
            return typeName(type.asText());
        }
        JsonNode ref = node.get("$ref");
        if (ref != null) {
            Sub target = follow(sub, ref.asText());
            return target.node().isMissingNode() ? "a value" : expected(target);
        }
        return "a value";
    }

    private static String typeName(String type) {
        return switch (type) {
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "string" -> "text";
            case "boolean" -> "true or false";
            case "object" -> "a mapping of keys";
            case "array" -> "a list";
            case "null" -> "nothing";
            default -> type;
        };
    }

    private static String format(String format) {
        return format.equals("date") ? "a date YYYY-MM-DD" : "a value of format " + format;
    }

    /** A pattern the value does not match, in the words of the schema where they are given. */
    private String pattern(String pattern, JsonNode owner, String at) {
        if (pattern.equals(NOT_BLANK)) {
            return "must not be empty";
        }
        if (pattern.equals("^[A-Z][A-Z0-9]*-[A-Z0-9-]+$")) {
            return tree.describe(at) + " must look like MT-2026-014 (capital letters and digits, a dash, then"
                    + " capital letters, digits and dashes)";
        }
        if (owner != null && owner.has("title")) {
            return "expected " + owner.get("title").asText() + ", got " + tree.describe(at);
        }
        return tree.describe(at) + " does not match the pattern " + pattern;
    }

    private String suggestion(String at, List<String> allowed) {
        JsonNode value = tree.at(at);
        if (value.isValueNode() && !value.isNull()) {
            return DidYouMean.suggest(tree.written(at), allowed).map(s -> " (did you mean '" + s + "'?)").orElse("");
        }
        return "";
    }

    /** A number as written in the file (the tree may hold a stand-in for a huge one). */
    private String scalarText(String at) {
        JsonNode value = tree.at(at);
        return value.isValueNode() && !value.isNull()
                ? ValueText.clean(ValueText.shorten(tree.written(at))) : tree.describe(at);
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String join(JsonNode array) {
        return String.join(", ", values(array));
    }

    private static List<String> fieldNames(JsonNode object) {
        if (object == null) {
            return List.of();
        }
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }

    /** {@code spec.integrations[0].direction}: the field the violation's path names, keys made printable. */
    private static String fieldPath(List<Object> path) {
        FieldPath field = FieldPath.ROOT;
        for (Object element : path) {
            field = element instanceof Integer index ? field.index(index)
                    : field.key(ValueText.clean(element.toString()));
        }
        return field.toString();
    }

    private static String child(String field, String key) {
        return field.isEmpty() ? ValueText.clean(key) : field + "." + ValueText.clean(key);
    }
}
