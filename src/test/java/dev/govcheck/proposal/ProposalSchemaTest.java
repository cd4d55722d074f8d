package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.govcheck.cli.Cli;
import dev.govcheck.testing.Fixture;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The schema printed by {@code govcheck schema}, used as another tool would use it (plain YAML loading, a
 * validator of its own, YAML 1.2's reading of dates as text), accepts every sample and fixture; it is a valid
 * draft 2020-12 schema; and it stays in step with the Java model.
 */
class ProposalSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void schemaCommandPrintsTheBundledSchema() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"schema"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        assertEquals(ProposalSchema.get().text(), out.toString(StandardCharsets.UTF_8));
        assertEquals("https://json-schema.org/draft/2020-12/schema", JSON.readTree(printedSchema()).get("$schema")
                .asText());
    }

    @Test
    void schemaCommandWritesToAFile() throws IOException {
        Path file = temp.resolve("out/proposal.schema.json");
        int code = Cli.run(new String[] {"schema", "-o", file.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertEquals(0, code);
        assertEquals(ProposalSchema.get().text(), Files.readString(file));
    }

    @Test
    void schemaCommandThatCannotWriteSaysSoAndExits64() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(new String[] {"schema", "-o", temp.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(64, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("govcheck: cannot write " + temp), err.toString());
    }

    @Test
    void printedSchemaValidatesEverySample() throws IOException {
        JsonSchema schema = independentValidator();
        List<Path> samples;
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        }
        assertFalse(samples.isEmpty());
        for (Path sample : samples) {
            Set<ValidationMessage> errors = schema.validate(asJson(Files.readString(sample)));
            assertEquals(Set.of(), errors, sample.toString());
        }
    }

    @Test
    void printedSchemaValidatesTheFixtureBaselines() throws IOException {
        JsonSchema schema = independentValidator();
        for (Fixture fixture : List.of(Fixture.saas(), Fixture.codeChange(), Fixture.evaluation())) {
            assertEquals(Set.of(), schema.validate(asJson(fixture.yaml())), fixture.yaml());
        }
    }

    @Test
    void printedSchemaRejectsWhatGovcheckRejects() throws IOException {
        JsonSchema schema = independentValidator();
        String typo = Fixture.saas().set("spec.usres", 5).yaml();
        assertFalse(schema.validate(asJson(typo)).isEmpty());
        String wrongKindSpec = Fixture.saas().set("kind", "Evaluation").yaml();
        assertFalse(schema.validate(asJson(wrongKindSpec)).isEmpty());
    }

    @Test
    void schemaIsAValidDraft202012Schema() throws IOException {
        // The validator ships the draft 2020-12 meta-schemas: no network is used.
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        assertEquals(Set.of(), meta.validate(JSON.readTree(printedSchema())));
    }

    @Test
    void everyObjectForbidsUnknownKeysAndEveryKeyIsDescribedForEditors() throws IOException {
        JsonNode schema = JSON.readTree(ProposalSchema.get().text());
        List<String> problems = new ArrayList<>();
        walk(schema, "#", schema, problems);
        assertEquals(List.of(), problems);
    }

    /** Each enum of the schema lists exactly the YAML names of its Java enum. */
    @Test
    void enumsMatchTheJavaModel() throws IOException {
        JsonNode schema = JSON.readTree(ProposalSchema.get().text());
        Map<String, Class<? extends Enum<?>>> enums = Map.ofEntries(
                Map.entry("/$defs/category", ToolCategory.class),
                Map.entry("/$defs/saasSpec/properties/data/properties/classification", Classification.class),
                Map.entry("/$defs/personalData", PersonalData.class),
                Map.entry("/$defs/saasSpec/properties/integrations/items/properties/direction", Direction.class),
                Map.entry("/$defs/codeChangeSpec/properties/property/properties/type", PropertyType.class),
                Map.entry("/$defs/codeChangeSpec/properties/changeType", ChangeType.class),
                Map.entry("/$defs/codeChangeSpec/properties/size", ChangeSize.class),
                Map.entry("/$defs/codeChangeSpec/properties/thirdPartyScripts/items/properties/consentCategory",
                        ConsentCategory.class),
                Map.entry("/$defs/codeChangeSpec/properties/thirdPartyScripts/items/properties/integrity",
                        ScriptIntegrity.class),
                Map.entry("/$defs/codeChangeSpec/properties/touches/items", Touch.class),
                Map.entry("/$defs/codeChangeSpec/properties/testing/properties/usability", UsabilityTester.class),
                Map.entry("/$defs/codeChangeSpec/properties/testing/properties/backend", BackendTester.class),
                Map.entry("/$defs/evaluationSpec/properties/approach", Approach.class),
                Map.entry("/$defs/evaluationSpec/properties/dataUsed", DataUsed.class));
        for (Map.Entry<String, Class<? extends Enum<?>>> e : enums.entrySet()) {
            List<String> inSchema = new ArrayList<>();
            schema.at(e.getKey()).get("enum").forEach(v -> inSchema.add(v.asText()));
            assertEquals(Stream.of(e.getValue().getEnumConstants()).map(Object::toString).toList(), inSchema,
                    e.getKey() + ": the enum's YAML names, which Jackson reads by toString");
        }
        List<String> kinds = new ArrayList<>();
        schema.at("/properties/kind/enum").forEach(v -> kinds.add(v.asText()));
        assertEquals(Stream.of(Kind.values()).map(Kind::toString).toList(), kinds);
    }

    private static void walk(JsonNode node, String path, JsonNode root, List<String> problems) {
        if (node.isObject()) {
            boolean object = node.path("type").asText().equals("object");
            // spec's keys are given per kind by the if/then branches, each a $defs entry checked here.
            if (object && !path.equals("#/properties/spec") && !node.path("additionalProperties").isBoolean()) {
                problems.add(path + ": object without additionalProperties: false");
            }
            JsonNode properties = node.get("properties");
            if (properties != null && !path.contains("/if")) {
                Iterator<Map.Entry<String, JsonNode>> it = properties.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> property = it.next();
                    if (!described(property.getValue(), root) && !path.contains("/then")) {
                        problems.add(path + "/properties/" + property.getKey() + ": no description");
                    }
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                walk(field.getValue(), path + "/" + field.getKey(), root, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, root, problems);
            }
        }
    }

    private static boolean described(JsonNode property, JsonNode root) {
        if (property.has("description")) {
            return true;
        }
        JsonNode ref = property.get("$ref");
        return ref != null && root.at(ref.asText().substring(1)).has("description");
    }

    private static String printedSchema() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli.run(new String[] {"schema"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    /** A validator built from the printed text, with format assertions on as a strict editor has them. */
    private static JsonSchema independentValidator() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(printedSchema(), InputFormat.JSON, config);
    }

    /**
     * YAML as a generic tool reads it: plain SnakeYAML loading into maps and lists, with dates left as text as
     * YAML 1.2 (and so yaml-language-server) reads them.
     */
    private static JsonNode asJson(String yaml) {
        Resolver noTimestamps = new Resolver() {
            @Override
            public void addImplicitResolver(Tag tag, java.util.regex.Pattern regexp, String first, int limit) {
                if (!tag.equals(Tag.TIMESTAMP)) {
                    super.addImplicitResolver(tag, regexp, first, limit);
                }
            }
        };
        Yaml loader = new Yaml(new SafeConstructor(new LoaderOptions()), new Representer(new DumperOptions()),
                new DumperOptions(), noTimestamps);
        return JSON.valueToTree(loader.load(yaml));
    }
}
