package dev.govcheck.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.govcheck.jsonschema.Violation.Keyword;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles schema objects into {@link Subschema}s, refusing whatever it does not implement exactly: a keyword
 * outside {@link #KEYWORDS} and {@link #ANNOTATIONS}, a keyword value of the wrong shape, a {@code format} it
 * has no check for, a {@code $ref} it cannot resolve. Every {@code $defs} entry is compiled, used or not, so a
 * schema is checked whole. A {@code $ref} is resolved against its document's {@code $id} and compiled once per
 * target, so recursive schemas compile.
 */
final class SchemaCompiler {
    static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";

    /** The keywords that validate. */
    static final Set<String> KEYWORDS = Set.of("type", "enum", "const", "pattern", "format", "minimum", "maximum",
            "required", "minProperties", "properties", "additionalProperties", "items", "$ref", "allOf", "if",
            "then", "else");
    /** The keywords that only say something (or, for {@code $defs}, hold subschemas {@code $ref} names). */
    static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "$comment", "title", "description",
            "default", "examples", "deprecated", "readOnly", "writeOnly");

    private final Function<String, JsonNode> documents;
    private final Map<String, Predicate<String>> formats;
    private final Map<String, Subschema> compiled = new HashMap<>();

    SchemaCompiler(Function<String, JsonNode> documents, Map<String, Predicate<String>> formats) {
        this.documents = documents;
        this.formats = formats;
    }

    /** The root of {@code document}, whose subschemas report {@code iri} (null: the document being compiled). */
    Subschema compileDocument(JsonNode document, String iri) {
        Document doc = new Document(document, iri, document.path("$id").asText(iri));
        JsonNode schema = document.get("$schema");
        if (schema != null && !schema.asText().equals(DRAFT_2020_12)) {
            throw unsupported(doc, "", "$schema " + schema + " (only draft 2020-12 is implemented)");
        }
        return subschema(doc, "");
    }

    /** The schema of {@code document} at JSON pointer {@code pointer}, compiled once. */
    private Subschema subschema(Document doc, String pointer) {
        String key = doc.iri + "#" + pointer;
        Subschema done = compiled.get(key);
        if (done != null) {
            return done;
        }
        JsonNode node = pointer.isEmpty() ? doc.json : doc.json.at(pointer);
        if (!node.isObject()) {
            throw unsupported(doc, pointer,
                    node.isMissingNode() ? "no schema there" : "a schema that is not an object");
        }
        Subschema schema = new Subschema(node, doc.iri);
        compiled.put(key, schema);
        schema.checks(checks(doc, pointer, schema));
        return schema;
    }

    private Check[] checks(Document doc, String pointer, Subschema schema) {
        JsonNode node = schema.node;
        List<Check> checks = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String keyword = entry.getKey();
            JsonNode value = entry.getValue();
            String at = pointer + "/" + escape(keyword);
            if (keyword.equals("$id") && !pointer.isEmpty()) {
                throw unsupported(doc, at, "$id inside a schema (only a document's own $id is implemented)");
            }
            if (keyword.equals("$defs")) {
                value.properties().forEach(def -> subschema(doc, at + "/" + escape(def.getKey())));
            } else if (!ANNOTATIONS.contains(keyword)) {
                Check check = check(doc, at, schema, keyword, value);
                if (check != null) {
                    checks.add(check);
                }
            }
        }
        return checks.toArray(Check[]::new);
    }

    /**
     * The check of {@code keyword}; null for a keyword whose check another one makes (then and else: see if;
     * additionalProperties: see properties).
     */
    private Check check(Document doc, String at, Subschema schema, String keyword, JsonNode value) {
        return switch (keyword) {
            case "type" -> Assertions.Type.of(schema, value, types(doc, at, value));
            case "enum" -> {
                if (!value.isArray() || value.isEmpty()) {
                    throw unsupported(doc, at, "enum that is not a list of values");
                }
                value.forEach(v -> {
                    if (v.isContainerNode()) {
                        throw unsupported(doc, at, "enum value that is a list or mapping (only scalars are supported)");
                    }
                });
                yield Assertions.Enum.of(schema, value);
            }
            case "const" -> new Assertions.Const(schema, value);
            case "pattern" -> new Assertions.PatternCheck(schema, value, pattern(doc, at, value));
            case "format" -> {
                Predicate<String> format = value.isTextual() ? formats.get(value.textValue()) : null;
                if (format == null) {
                    throw unsupported(doc, at, "format " + value + " (govcheck checks only: "
                            + String.join(", ", formats.keySet()) + ")");
                }
                yield new Assertions.Format(schema, value, format);
            }
            case "minimum" -> Assertions.Bound.of(schema, number(doc, at, value), Keyword.MINIMUM);
            case "maximum" -> Assertions.Bound.of(schema, number(doc, at, value), Keyword.MAXIMUM);
            case "required" -> new Assertions.Required(schema, value, strings(doc, at, value));
            case "minProperties" -> {
                if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 0) {
                    throw unsupported(doc, at, "minProperties that is not a whole number");
                }
                yield new Assertions.MinProperties(schema, value, value.intValue());
            }
            case "properties" -> properties(doc, parent(at), schema);
            case "additionalProperties" -> schema.node.has("properties") ? null : properties(doc, parent(at), schema);
            case "items" -> new Applicators.Items(subschema(doc, at));
            case "$ref" -> new Applicators.Ref(reference(doc, at, value));
            case "allOf" -> {
                if (!value.isArray() || value.isEmpty()) {
                    throw unsupported(doc, at, "allOf that is not a list of schemas");
                }
                List<Subschema> all = new ArrayList<>();
                for (int i = 0; i < value.size(); i++) {
                    all.add(subschema(doc, at + "/" + i));
                }
                yield new Applicators.AllOf(List.copyOf(all));
            }
            case "if" -> {
                String base = parent(at);
                yield new Applicators.IfThenElse(subschema(doc, at),
                        schema.node.has("then") ? subschema(doc, base + "/then") : null,
                        schema.node.has("else") ? subschema(doc, base + "/else") : null);
            }
            case "then", "else" -> {
                if (!schema.node.has("if")) {
                    throw unsupported(doc, at, keyword + " without if");
                }
                yield null;
            }
            default -> throw unsupported(doc, at, "keyword " + keyword + " is not supported (supported: "
                    + String.join(", ", KEYWORDS.stream().sorted().toList()) + ")");
        };
    }

    /** {@code properties} and {@code additionalProperties} of the schema at {@code pointer}, either or both. */
    private Check properties(Document doc, String pointer, Subschema schema) {
        JsonNode properties = schema.node.path("properties");
        if (!properties.isObject() && !properties.isMissingNode()) {
            throw unsupported(doc, pointer + "/properties", "properties that is not a mapping of schemas");
        }
        Map<String, Subschema> named = new HashMap<>();
        properties.properties().forEach(p -> named.put(p.getKey(),
                subschema(doc, pointer + "/properties/" + escape(p.getKey()))));
        JsonNode additional = schema.node.get("additionalProperties");
        if (additional != null && !additional.isObject() && !additional.isBoolean()) {
            throw unsupported(doc, pointer + "/additionalProperties",
                    "additionalProperties that is neither a schema nor true or false");
        }
        Subschema others = additional != null && additional.isObject()
                ? subschema(doc, pointer + "/additionalProperties") : null;
        boolean refuse = additional != null && additional.isBoolean() && !additional.booleanValue();
        return new Applicators.Properties(Map.copyOf(named), schema, additional, others, refuse);
    }

    /** The pointer of the schema holding the keyword at {@code keywordPointer}. */
    private static String parent(String keywordPointer) {
        return keywordPointer.substring(0, keywordPointer.lastIndexOf('/'));
    }

    /** The target of a {@code $ref}: a JSON pointer in this document or, by a relative or absolute IRI, another. */
    private Subschema reference(Document doc, String at, JsonNode value) {
        if (!value.isTextual()) {
            throw unsupported(doc, at, "$ref that is not text");
        }
        String ref = value.textValue();
        int hash = ref.indexOf('#');
        String target = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        if (!fragment.isEmpty() && !fragment.startsWith("/")) {
            throw unsupported(doc, at, "$ref to an anchor (" + ref + "): only JSON pointers are implemented");
        }
        Document into = doc;
        if (!target.isEmpty()) {
            String iri = doc.base == null ? target : URI.create(doc.base).resolve(target).toString();
            into = iri.equals(doc.base) ? doc : other(doc, at, iri);
        }
        return subschema(into, fragment);
    }

    private Document other(Document from, String at, String iri) {
        JsonNode json = documents.apply(iri);
        if (json == null || json.isMissingNode()) {
            throw unsupported(from, at, "$ref to " + iri + ", which is not a schema govcheck has");
        }
        return new Document(json, iri, json.path("$id").asText(iri));
    }

    private List<String> types(Document doc, String at, JsonNode value) {
        List<String> types = value.isArray() ? strings(doc, at, value) : value.isTextual()
                ? List.of(value.textValue()) : null;
        if (types == null || types.isEmpty() || !Assertions.Type.NAMES.containsAll(types)) {
            throw unsupported(doc, at, "type " + value + " (expected one or more of "
                    + String.join(", ", Assertions.Type.NAMES.stream().sorted().toList()) + ")");
        }
        return types;
    }

    private static List<String> strings(Document doc, String at, JsonNode value) {
        List<String> strings = new ArrayList<>();
        if (value.isArray()) {
            value.forEach(v -> strings.add(v.isTextual() ? v.textValue() : null));
        }
        if (!value.isArray() || strings.contains(null)) {
            throw unsupported(doc, at, "expected a list of text, got " + value);
        }
        return List.copyOf(strings);
    }

    private static JsonNode number(Document doc, String at, JsonNode value) {
        if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
            throw unsupported(doc, at, "expected a number, got " + value);
        }
        return value;
    }

    private static Pattern pattern(Document doc, String at, JsonNode value) {
        if (!value.isTextual()) {
            throw unsupported(doc, at, "pattern that is not text");
        }
        try {
            return Pattern.compile(value.textValue());
        } catch (PatternSyntaxException e) {
            throw unsupported(doc, at, "pattern that is not a regular expression: " + e.getDescription());
        }
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static UnsupportedSchemaException unsupported(Document doc, String pointer, String problem) {
        return new UnsupportedSchemaException((doc.iri == null ? "" : doc.iri) + "#" + pointer, problem);
    }

    /**
     * A schema document: its JSON, the IRI its violations report (null for the one compiled), and the base its
     * relative references resolve against (its {@code $id}, else where it was loaded from).
     */
    private record Document(JsonNode json, String iri, String base) {
    }
}
