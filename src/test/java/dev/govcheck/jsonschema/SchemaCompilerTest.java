package dev.govcheck.jsonschema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The validator refuses, when a schema is compiled, everything it does not implement exactly, wherever in a
 * bundled schema it is written: a keyword outside its set, a format it has no check for, a boolean or list where
 * a schema belongs, a reference it cannot follow, another draft. What it does implement is proven equal to
 * networknt's validation by dev.govcheck.proposal.SchemaEquivalenceTest.
 */
class SchemaCompilerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROPOSAL = "/dev/govcheck/proposal/proposal.schema.json";
    private static final List<String> BUNDLED = List.of(PROPOSAL, "/dev/govcheck/waiver/waivers.schema.json",
            "/dev/govcheck/verify/case-file.schema.json", "/dev/govcheck/policy/policy.schema.json",
            "/dev/govcheck/policy/catalog.schema.json", "/dev/govcheck/baseline/baseline.schema.json");
    private static final Map<String, Predicate<String>> FORMATS = Map.of("date", text -> true);
    /** Keywords of draft 2020-12 that the validator does not implement, with a value each could have. */
    private static final Map<String, String> UNSUPPORTED = Map.ofEntries(
            Map.entry("oneOf", "[{\"type\": \"string\"}]"), Map.entry("anyOf", "[{\"type\": \"string\"}]"),
            Map.entry("not", "{\"type\": \"null\"}"), Map.entry("uniqueItems", "true"),
            Map.entry("minItems", "1"), Map.entry("maxItems", "3"), Map.entry("minLength", "1"),
            Map.entry("maxLength", "80"), Map.entry("exclusiveMinimum", "0"), Map.entry("exclusiveMaximum", "9"),
            Map.entry("multipleOf", "2"), Map.entry("maxProperties", "4"),
            Map.entry("patternProperties", "{\"^x-\": {}}"), Map.entry("propertyNames", "{\"pattern\": \"^a\"}"),
            Map.entry("dependentRequired", "{\"a\": [\"b\"]}"), Map.entry("dependentSchemas", "{\"a\": {}}"),
            Map.entry("unevaluatedProperties", "false"), Map.entry("unevaluatedItems", "false"),
            Map.entry("prefixItems", "[{}]"), Map.entry("contains", "{}"), Map.entry("$anchor", "\"here\""),
            Map.entry("$dynamicRef", "\"#meta\""), Map.entry("$dynamicAnchor", "\"meta\""),
            Map.entry("contentMediaType", "\"text/html\""), Map.entry("additionalItems", "false"),
            Map.entry("dependencies", "{}"), Map.entry("definitions", "{}"), Map.entry("typo", "1"));

    @Test
    void everyBundledSchemaCompiles() {
        for (String resource : BUNDLED) {
            CompiledSchema schema = compile(read(resource));
            assertEquals(List.of(Violation.Keyword.TYPE), schema.validate(JSON.createArrayNode()).stream()
                    .map(Violation::keyword).toList(), resource);
        }
    }

    static Stream<Arguments> unsupportedKeywordsInEveryBundledSchema() {
        List<Arguments> cases = new ArrayList<>();
        for (String resource : BUNDLED) {
            UNSUPPORTED.forEach((keyword, value) -> cases.add(Arguments.of(resource, keyword, value)));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} in {0}")
    @MethodSource("unsupportedKeywordsInEveryBundledSchema")
    void anUnsupportedKeywordAnywhereInABundledSchemaIsRefusedWhenCompiled(String resource, String keyword,
                                                                           String value) throws IOException {
        JsonNode schema = read(resource);
        String at = deepestSubschema(schema, "");
        ((ObjectNode) schema.at(at)).set(keyword, JSON.readTree(value));
        UnsupportedSchemaException e = assertThrows(UnsupportedSchemaException.class, () -> compile(schema));
        assertTrue(e.getMessage().startsWith("#" + at + "/" + keyword.replace("~", "~0").replace("/", "~1") + ": "),
                e.getMessage());
    }

    @Test
    void whatASchemaMustNotBeIsRefusedWithWhereItIs() {
        assertRefused("{\"properties\": {\"a\": true}}", "#/properties/a: a schema that is not an object");
        assertRefused("{\"items\": [{}]}", "#/items: a schema that is not an object");
        assertRefused("{\"format\": \"email\"}", "#/format: format \"email\" (govcheck checks only: date)");
        assertRefused("{\"$ref\": \"#here\"}", "#/$ref: $ref to an anchor (#here): only JSON pointers are implemented");
        assertRefused("{\"$ref\": \"#/$defs/missing\"}", "#/$defs/missing: no schema there");
        assertRefused("{\"$ref\": \"other.json\"}", "#/$ref: $ref to other.json, which is not a schema govcheck has");
        assertRefused("{\"$schema\": \"http://json-schema.org/draft-07/schema#\"}",
                "#: $schema \"http://json-schema.org/draft-07/schema#\" (only draft 2020-12 is implemented)");
        assertRefused("{\"type\": \"text\"}",
                "#/type: type \"text\" (expected one or more of array, boolean, integer, null, number, object,"
                        + " string)");
        assertRefused("{\"then\": {}}", "#/then: then without if");
        assertRefused("{\"pattern\": \"(\"}", "#/pattern: pattern that is not a regular expression: Unclosed group");
    }

    private static void assertRefused(String schema, String message) {
        UnsupportedSchemaException e = assertThrows(UnsupportedSchemaException.class,
                () -> compile(JSON.readTree(schema)));
        assertEquals(message, e.getMessage());
    }

    /** The JSON pointer of a subschema as deep as the schema goes under properties, items and $defs. */
    private static String deepestSubschema(JsonNode schema, String at) {
        String deepest = at;
        for (String applicator : List.of("properties", "$defs")) {
            JsonNode children = schema.path(applicator);
            for (var entry : (Iterable<Map.Entry<String, JsonNode>>) children::fields) {
                String candidate = deepestSubschema(entry.getValue(), at + "/" + applicator + "/"
                        + entry.getKey().replace("~", "~0").replace("/", "~1"));
                if (candidate.split("/").length > deepest.split("/").length) {
                    deepest = candidate;
                }
            }
        }
        if (schema.path("items").isObject()) {
            String candidate = deepestSubschema(schema.get("items"), at + "/items");
            if (candidate.split("/").length > deepest.split("/").length) {
                deepest = candidate;
            }
        }
        return deepest;
    }

    private static CompiledSchema compile(JsonNode schema) {
        return CompiledSchema.compile(schema, iri -> iri.startsWith("classpath:")
                ? read(iri.substring("classpath:".length())) : null, FORMATS);
    }

    private static JsonNode read(String resource) {
        try (InputStream in = SchemaCompilerTest.class.getResourceAsStream(resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
