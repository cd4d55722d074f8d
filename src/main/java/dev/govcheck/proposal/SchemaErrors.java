package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns JSON Schema validator findings into govcheck input errors: the JSON pointer becomes a field path and
 * the line and column of the YAML node, and the validator's wording becomes what a proposal author needs
 * ("spec.users: expected an integer, got 'eight'"), with a "did you mean" for unknown keys and enum values.
 * What the schema allows (the keys of a mapping, the expected type of a missing key) is read from the schema
 * itself, so the messages cannot drift from it.
 */
final class SchemaErrors {
    private static final String NOT_BLANK = "\\S";

    private final JsonNode schema;
    private final JsonTree tree;
    private final String file;

    SchemaErrors(JsonNode schema, JsonTree tree, String file) {
        this.schema = schema;
        this.tree = tree;
        this.file = file;
    }

    /** One error per distinct problem, in file order. */
    List<InputError> translate(Set<ValidationMessage> messages) {
        // A value of the wrong type also fails its enum, pattern or bounds: report the type only.
        Set<String> wrongType = new HashSet<>();
        for (ValidationMessage m : messages) {
            if (m.getType().equals("type")) {
                wrongType.add(pointer(m.getInstanceLocation()));
            }
        }
        Set<InputError> errors = new LinkedHashSet<>();
        for (ValidationMessage m : messages) {
            String at = pointer(m.getInstanceLocation());
            if (!m.getType().equals("type") && wrongType.contains(at)) {
                continue;
            }
            errors.add(translate(m, at));
        }
        List<InputError> sorted = new ArrayList<>(errors);
        sorted.sort(InputError.ORDER);
        return sorted;
    }

    private InputError translate(ValidationMessage m, String at) {
        String field = fieldPath(m.getInstanceLocation());
        Node value = tree.value(at);
        return switch (m.getType()) {
            case "required" -> missing(m, at, field);
            case "additionalProperties" -> unknownKey(m, at, field);
            case "type" -> wrongType(m, at, field, value);
            case "enum" -> error(at, field, "expected one of " + join(m.getSchemaNode()) + ", got "
                    + NodeCursor.describe(value) + suggestion(value, values(m.getSchemaNode())));
            case "const" -> error(at, field, "must be " + m.getSchemaNode().asText() + ", got "
                    + NodeCursor.describe(value));
            case "pattern" -> error(at, field, pattern(m.getSchemaNode().asText(), value));
            case "minimum" -> error(at, field, "must be at least " + m.getSchemaNode().asText() + ", got "
                    + scalarText(value));
            case "maximum" -> error(at, field, "must be at most " + m.getSchemaNode().asText() + ", got "
                    + scalarText(value));
            case "format" -> error(at, field, "expected " + format(m.getSchemaNode().asText()) + ", got "
                    + NodeCursor.describe(value));
            default -> error(at, field, withoutPointer(m.getMessage()));
        };
    }

    private InputError wrongType(ValidationMessage m, String at, String field, Node value) {
        String expected = at.isEmpty() ? "a mapping of keys (apiVersion, kind, id, ...)"
                : expected(ownerSchema(m).orElse(null), m.getSchemaNode());
        String got = unusableNumber(value)
                ? scalarText(value) + ", which is not a number govcheck can use"
                : NodeCursor.describe(value);
        return error(at, field, "expected " + expected + ", got " + got);
    }

    /** A required key is missing: point at the mapping that should hold it (at its key, when it has one). */
    private InputError missing(ValidationMessage m, String at, String field) {
        String key = m.getProperty();
        String where = field.isEmpty() ? "" : " in " + field;
        String expected = propertySchema(m, key).map(s -> " (expected " + expected(s, s.get("type")) + ")")
                .orElse("");
        Node owner = tree.key(at) != null ? tree.key(at) : tree.value(at);
        return new InputError(file, SafeYaml.position(owner.getStartMark()), child(field, key),
                "required key '" + key + "' is missing" + where + expected);
    }

    private InputError unknownKey(ValidationMessage m, String at, String field) {
        String key = m.getProperty();
        List<String> allowed = ownerSchema(m).map(s -> fieldNames(s.get("properties"))).orElse(List.of());
        String hint = DidYouMean.suggest(key, allowed).map(s -> " (did you mean '" + s + "'?)").orElse("");
        String where = field.isEmpty() ? "at the top level" : "in " + field;
        Node keyNode = tree.key(at + "/" + JsonTree.escape(key));
        Node located = keyNode != null ? keyNode : tree.value(at);
        return new InputError(file, SafeYaml.position(located.getStartMark()), child(field, key),
                "unknown key '" + NodeCursor.clean(key) + "' " + where + hint);
    }

    /** At the value; at its key when there is no value to point at ({@code title:}). */
    private InputError error(String at, String field, String message) {
        Node value = tree.value(at);
        Node located = value.getTag().equals(Tag.NULL) && tree.key(at) != null ? tree.key(at) : value;
        return new InputError(file, SafeYaml.position(located.getStartMark()), field, message);
    }

    /** The schema of {@code key} in the schema object that holds the failing keyword. */
    private Optional<JsonNode> propertySchema(ValidationMessage m, String key) {
        return ownerSchema(m).map(s -> s.path("properties").get(key)).map(this::resolve);
    }

    /** The schema object holding the keyword that failed ({@code #/$defs/saasSpec} for its "required"). */
    private Optional<JsonNode> ownerSchema(ValidationMessage m) {
        JsonNodePath fragment = m.getSchemaLocation().getFragment();
        JsonNode node = schema;
        for (int i = 0; i < fragment.getNameCount() - 1 && node != null; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.get(index) : node.get(element.toString());
        }
        return Optional.ofNullable(node);
    }

    /** Follows a local {@code $ref} ("#/$defs/text"); the schema has no other kind. */
    private JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        if (ref == null || !ref.asText().startsWith("#/")) {
            return node;
        }
        JsonNode target = schema.at(ref.asText().substring(1));
        return target.isMissingNode() ? node : resolve(target);
    }

    /** In words, what a schema wants; {@code type} is its "type" keyword (a name or a list of names). */
    private String expected(JsonNode schemaOrType, JsonNode type) {
        if (schemaOrType != null && schemaOrType.isObject()) {
            if (schemaOrType.has("const")) {
                return schemaOrType.get("const").asText();
            }
            if (schemaOrType.has("enum")) {
                return "one of " + join(schemaOrType.get("enum"));
            }
            if (schemaOrType.has("format")) {
                return format(schemaOrType.get("format").asText());
            }
        }
        if (type == null) {
            return "a value";
        }
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(typeName(t.asText())));
            return String.join(" or ", names);
        }
        return typeName(type.asText());
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

    private static String pattern(String pattern, Node value) {
        if (pattern.equals(NOT_BLANK)) {
            return "must not be empty";
        }
        if (pattern.equals("^[A-Z][A-Z0-9]*-[A-Z0-9-]+$")) {
            return NodeCursor.describe(value) + " must look like MT-2026-014 (capital letters and digits, a"
                    + " dash, then capital letters, digits and dashes)";
        }
        return NodeCursor.describe(value) + " does not match the pattern " + pattern;
    }

    /** A YAML number the JSON tree kept as text: .inf, .nan, 0x1F, 1:30 (see {@link JsonTree}). */
    private static boolean unusableNumber(Node value) {
        return value instanceof ScalarNode scalar
                && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT));
    }

    private static String suggestion(Node value, List<String> allowed) {
        if (value instanceof ScalarNode scalar) {
            return DidYouMean.suggest(scalar.getValue(), allowed).map(s -> " (did you mean '" + s + "'?)")
                    .orElse("");
        }
        return "";
    }

    /** A number as written in the file (the JSON tree may hold a stand-in for a huge one). */
    private static String scalarText(Node value) {
        return value instanceof ScalarNode scalar
                ? NodeCursor.clean(NodeCursor.shorten(scalar.getValue())) : NodeCursor.describe(value);
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
        Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
        Iterable<Map.Entry<String, JsonNode>> iterable = () -> fields;
        return StreamSupport.stream(iterable.spliterator(), false).map(Map.Entry::getKey).toList();
    }

    /** The validator's message without its leading "/json/pointer: ", for findings not translated above. */
    private static String withoutPointer(String message) {
        int colon = message.indexOf(": ");
        return SafeYaml.oneLine(colon >= 0 ? message.substring(colon + 2) : message);
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/').append(JsonTree.escape(String.valueOf(path.getElement(i))));
        }
        return pointer.toString();
    }

    /** {@code spec.integrations[0].direction}, as the binder and the source map name fields. */
    private static String fieldPath(JsonNodePath path) {
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append(field.length() == 0 ? "" : ".").append(NodeCursor.clean(element.toString()));
            }
        }
        return field.toString();
    }

    private static String child(String field, String key) {
        return field.isEmpty() ? NodeCursor.clean(key) : field + "." + NodeCursor.clean(key);
    }
}
