package dev.govcheck.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.jsonschema.CompiledSchema;
import dev.govcheck.jsonschema.UnsupportedSchemaException;
import dev.govcheck.jsonschema.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A JSON Schema (draft 2020-12) bundled in the jar, compiled once, and validation of a {@link LocatedTree}
 * against it, every finding an {@link InputError} at its line and column in govcheck's words
 * ({@link SchemaErrors}). Each kind of YAML input govcheck reads (proposals, waivers, rule test cases,
 * policy.yaml, catalog.yaml) has its schema, and the schema is the one statement of that input's shape: the
 * readers bind what it accepts and check only what no schema can know (that a rule id exists, say).
 * Thread-safe: one instance serves a whole parallel run.
 */
public final class DocumentSchema {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The formats the schemas use, asserted (draft 2020-12 makes "format" an annotation only; dates must really
     * be dates): {@code date} as RFC 3339's full-date, a four-digit year, where java.time alone would also read
     * {@code +999999999-12-31}.
     */
    private static final Map<String, Predicate<String>> FORMATS =
            Map.of("date", text -> IsoDate.parse(text).isPresent());

    /**
     * How the errors of one kind of document read where the schema cannot say.
     *
     * @param root          what the document as a whole must be ("a mapping with a 'waivers:' list")
     * @param listKnownKeys whether an unknown key with no close match lists the keys allowed there (small
     *                      documents, where the list is short enough to help)
     */
    public record Wording(String root, boolean listKnownKeys) {
    }

    private static final String CLASSPATH = "classpath:/";
    private static final Map<String, JsonNode> BUNDLED = new ConcurrentHashMap<>();

    private final String text;
    private final JsonNode document;
    private final CompiledSchema schema;
    private final Wording wording;

    private DocumentSchema(String resource, Wording wording) {
        this.text = load(resource);
        this.wording = wording;
        try {
            this.document = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bundled schema " + resource + " is not JSON: " + e.getOriginalMessage(),
                    e);
        }
        try {
            this.schema = CompiledSchema.compile(document, DocumentSchema::bundled, FORMATS);
        } catch (UnsupportedSchemaException e) {
            // A schema is validated exactly or not at all: the tests load every bundled one, so this stops the build.
            throw new IllegalStateException("bundled schema " + resource + " uses what govcheck's validator does not"
                    + " implement: " + e.getMessage(), e);
        }
    }

    /** The schema at {@code resource} (a class path resource, e.g. "/dev/govcheck/waiver/waivers.schema.json"). */
    public static DocumentSchema load(String resource, Wording wording) {
        return new DocumentSchema(resource, wording);
    }

    /** The schema as shipped: JSON text. */
    public String text() {
        return text;
    }

    /** The schema as a tree, to read what it allows. */
    public JsonNode document() {
        return document;
    }

    /**
     * The JSON of the bundled schema at {@code iri} ({@code classpath:/dev/govcheck/...}), which a schema refers
     * to for what another one states (catalog.yaml's tool categories are the proposal's); null for any other IRI.
     */
    static JsonNode bundled(String iri) {
        if (!iri.startsWith(CLASSPATH)) {
            return null;
        }
        return BUNDLED.computeIfAbsent(iri, i -> {
            try {
                return JSON.readTree(load(i.substring(CLASSPATH.length() - 1)));
            } catch (JsonProcessingException | RuntimeException e) {
                return JSON.missingNode();
            }
        });
    }

    /** Every way {@code tree} breaks the schema, in file order; empty when it conforms. */
    public List<InputError> validate(LocatedTree tree) {
        return errors(tree, violations(tree.root()));
    }

    /** The assertions {@code instance} fails, before they are put into words. */
    List<Violation> violations(JsonNode instance) {
        return schema.validate(instance);
    }

    /** {@code violations}, found in {@code tree}, in govcheck's words: one error per problem, in file order. */
    List<InputError> errors(LocatedTree tree, List<Violation> violations) {
        return violations.isEmpty() ? List.of() : new SchemaErrors(document, tree, wording).translate(violations);
    }

    private static String load(String resource) {
        try (InputStream in = DocumentSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema missing from the jar: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
