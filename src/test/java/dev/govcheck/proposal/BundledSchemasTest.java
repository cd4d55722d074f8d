package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The JSON Schemas of govcheck's other YAML inputs (the proposal's: ProposalSchemaTest) are valid draft 2020-12
 * schemas, and only the safe YAML layer sees the YAML library: everything else reads located trees.
 */
class BundledSchemasTest {
    @ParameterizedTest
    @ValueSource(strings = {"/dev/govcheck/waiver/waivers.schema.json",
        "/dev/govcheck/verify/case-file.schema.json", "/dev/govcheck/policy/policy.schema.json",
        "/dev/govcheck/policy/catalog.schema.json"})
    void isAValidDraft202012Schema(String resource) throws IOException {
        // The validator ships the draft 2020-12 meta-schemas: no network is used.
        JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        try (InputStream in = BundledSchemasTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            assertEquals(Set.of(), meta.validate(new ObjectMapper().readTree(in)), resource);
        }
    }

    @Test
    void onlySafeYamlSeesTheYamlLibrary() throws IOException {
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            sources = files.filter(p -> p.toString().endsWith(".java")).toList();
        }
        // SnakeYAML (org.yaml.snakeyaml) is a test dependency only; snakeyaml-engine is the parser
        List<String> users = sources.stream()
                .filter(p -> read(p).contains("org.snakeyaml.engine") || read(p).contains("org.yaml.snakeyaml"))
                .map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("SafeYaml.java"), users);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
