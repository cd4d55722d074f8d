package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.govcheck.jsonschema.UnsupportedSchemaException;
import dev.govcheck.jsonschema.Violation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every bundled schema loads (the build fails otherwise); a schema that uses a keyword govcheck's validator lacks
 * does not load at all.
 */
class DocumentSchemaTest {
    private static final DocumentSchema.Wording WORDING = new DocumentSchema.Wording("a mapping", true);

    @ParameterizedTest
    @ValueSource(strings = {ProposalSchema.RESOURCE, "/dev/govcheck/waiver/waivers.schema.json",
        "/dev/govcheck/verify/case-file.schema.json", "/dev/govcheck/policy/policy.schema.json",
        "/dev/govcheck/policy/catalog.schema.json", "/dev/govcheck/baseline/baseline.schema.json"})
    void everyBundledSchemaLoadsAndValidates(String resource) {
        DocumentSchema schema = DocumentSchema.load(resource, WORDING);
        List<Violation> violations = schema.violations(JsonNodeFactory.instance.arrayNode());
        assertEquals(List.of(Violation.Keyword.TYPE), violations.stream().map(Violation::keyword).toList());
        assertEquals("", violations.get(0).pointer());
    }

    @Test
    void aSchemaWithAnUnsupportedKeywordFailsWhenLoadedNamingTheKeywordAndWhereItIs() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> DocumentSchema.load("/dev/govcheck/proposal/unsupported/unique-items.schema.json", WORDING));
        assertEquals(UnsupportedSchemaException.class, e.getCause().getClass());
        assertEquals("bundled schema /dev/govcheck/proposal/unsupported/unique-items.schema.json uses what govcheck's"
                + " validator does not implement: #/properties/roles/uniqueItems: keyword uniqueItems is not"
                + " supported (supported: $ref,"
                + " additionalProperties, allOf, const, else, enum, format, if, items, maximum, minProperties, minimum,"
                + " pattern, properties, required, then, type)", e.getMessage());
    }

    /** networknt let these pass (compared as a long, saturated at the bound); the binder then failed internally. */
    @ParameterizedTest
    @ValueSource(strings = {"9.3e18", "1.0e19", "9223372036854775808"})
    void aCountPastItsMaximumIsAnErrorAtItsLine(String records) throws IOException {
        String text = Files.readString(Path.of("samples/saas/hotjar.yaml")).replace("records: 40000",
                "records: " + records);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ProposalReader().readText(text, "hotjar.yaml"));
        assertEquals(List.of("hotjar.yaml:18:14: error: spec.data.records: must be at most 9223372036854775807, got "
                + records), e.errors().stream().map(InputError::format).toList());
    }
}
