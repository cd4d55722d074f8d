package dev.govcheck.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.govcheck.proposal.FieldPath.FieldPathException;
import dev.govcheck.proposal.FieldType.ScalarKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads from the proposal schema what a field path holds in a proposal of one kind: the schema is the one
 * statement of the format, so {@code explain --set} types its values and the fold knows a whole-number field by
 * asking it. At each step, every subschema that applies is consulted: the property's own, those it refers to
 * ({@code $ref}), and those of the {@code allOf} branches whose {@code if} holds for the kind.
 */
final class FieldTypes {
    private final JsonNode schema;

    FieldTypes(JsonNode schema) {
        this.schema = schema;
    }

    /**
     * What {@code path} holds in a proposal of {@code kind}; a path that leads nowhere is a
     * {@link FieldPathException} with a "did you mean" when a key of that place is close.
     */
    FieldType typeOf(Kind kind, FieldPath path) {
        Map<String, String> known = Map.of("kind", kind.toString());
        List<JsonNode> here = expand(schema, known);
        FieldPath walked = FieldPath.ROOT;
        List<Object> steps = path.steps();
        for (int i = 0; i < steps.size(); i++) {
            Object step = steps.get(i);
            String at = walked.toString();
            if (step instanceof Integer index) {
                if (!isList(here)) {
                    throw new FieldPathException(at + " is not a list, so it has no item [" + index + "]");
                }
                here = items(here, known);
            } else {
                String key = (String) step;
                if (isList(here)) {
                    throw new FieldPathException(at + " is a list: name an item first, e.g. " + at + "[0]." + key);
                }
                if (!isGroup(here)) {
                    throw new FieldPathException(at + " is a single value, it has no field '" + key + "'");
                }
                List<JsonNode> next = property(here, key, known);
                if (next.isEmpty()) {
                    throw notAField(kind, at, key, keys(here));
                }
                if (walked.isRoot() && i == steps.size() - 1 && documentKeys(known).contains(key)) {
                    return new FieldType.Scalar(ScalarKind.FIXED, List.of());
                }
                here = next;
            }
            walked = step instanceof Integer index ? walked.index(index) : walked.key((String) step);
        }
        return type(here, known);
    }

    private static FieldPathException notAField(Kind kind, String at, String key, List<String> keys) {
        String prefix = at.isEmpty() ? "" : at + ".";
        String hint = DidYouMean.suggest(key, keys).map(s -> " (did you mean " + prefix + s + "?)")
                .orElse(" (" + (at.isEmpty() ? "top-level keys" : "keys of " + at) + ": " + String.join(", ", keys)
                        + ")");
        return new FieldPathException(prefix + key + " is not a field of " + kind + " proposals" + hint);
    }

    private FieldType type(List<JsonNode> here, Map<String, String> known) {
        if (isGroup(here)) {
            return new FieldType.Group(keys(here));
        }
        if (isList(here)) {
            return new FieldType.ListOf(type(items(here, known), known));
        }
        for (JsonNode node : here) {
            if (node.has("const")) {
                return new FieldType.Scalar(ScalarKind.FIXED, List.of());
            }
            if (node.has("enum")) {
                List<String> choices = new ArrayList<>();
                node.get("enum").forEach(v -> choices.add(v.asText()));
                return new FieldType.Scalar(ScalarKind.CHOICE, choices);
            }
            if (node.path("format").asText().equals("date")) {
                return new FieldType.Scalar(ScalarKind.DATE, List.of());
            }
        }
        Set<String> types = types(here);
        ScalarKind kind = types.contains("string") ? ScalarKind.TEXT
                : types.contains("integer") ? ScalarKind.INTEGER
                : types.contains("number") ? ScalarKind.NUMBER
                : types.contains("boolean") ? ScalarKind.BOOLEAN
                : ScalarKind.TEXT;
        return new FieldType.Scalar(kind, List.of());
    }

    /**
     * Root keys that name the document rather than describe the proposal: a constant (apiVersion), or a key the
     * schema's conditions read to choose what the rest holds (kind).
     */
    private Set<String> documentKeys(Map<String, String> known) {
        Set<String> keys = new LinkedHashSet<>(known.keySet());
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            if (property.getValue().has("const")) {
                keys.add(property.getKey());
            }
        }
        return keys;
    }

    /** {@code node} and every subschema that applies with it, {@code $ref}s followed. */
    private List<JsonNode> expand(JsonNode node, Map<String, String> known) {
        List<JsonNode> all = new ArrayList<>();
        JsonNode ref = node.get("$ref");
        if (ref != null && ref.asText().startsWith("#/")) {
            all.addAll(expand(schema.at(ref.asText().substring(1)), known));
        }
        all.add(node);
        for (JsonNode branch : node.path("allOf")) {
            if (!branch.has("if")) {
                all.addAll(expand(branch, known));
            } else if (holds(branch.get("if"), known) && branch.has("then")) {
                all.addAll(expand(branch.get("then"), known));
            }
        }
        return all;
    }

    /** A condition on constant values of the document, e.g. {@code kind: {const: SaasOnboarding}}. */
    private static boolean holds(JsonNode condition, Map<String, String> known) {
        for (Map.Entry<String, JsonNode> property : condition.path("properties").properties()) {
            JsonNode constant = property.getValue().get("const");
            if (constant == null || !constant.asText().equals(known.get(property.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private List<JsonNode> property(List<JsonNode> here, String key, Map<String, String> known) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode node : here) {
            JsonNode property = node.path("properties").get(key);
            if (property != null) {
                found.addAll(expand(property, known));
            }
        }
        return found;
    }

    private List<JsonNode> items(List<JsonNode> here, Map<String, String> known) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode node : here) {
            if (node.has("items")) {
                found.addAll(expand(node.get("items"), known));
            }
        }
        return found;
    }

    private static List<String> keys(List<JsonNode> here) {
        Set<String> keys = new LinkedHashSet<>();
        for (JsonNode node : here) {
            node.path("properties").fieldNames().forEachRemaining(keys::add);
        }
        return List.copyOf(keys);
    }

    private static boolean isGroup(List<JsonNode> here) {
        return types(here).contains("object") || here.stream().anyMatch(n -> n.has("properties"));
    }

    private static boolean isList(List<JsonNode> here) {
        return types(here).contains("array") || here.stream().anyMatch(n -> n.has("items"));
    }

    private static Set<String> types(List<JsonNode> here) {
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode node : here) {
            JsonNode type = node.get("type");
            if (type != null && type.isArray()) {
                type.forEach(t -> types.add(t.asText()));
            } else if (type != null) {
                types.add(type.asText());
            }
        }
        return types;
    }
}
