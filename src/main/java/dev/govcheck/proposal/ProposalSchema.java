package dev.govcheck.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The JSON Schema (draft 2020-12) of the proposal format, as shipped in the jar and printed by
 * {@code govcheck schema}, and validation of a proposal's YAML tree against it. Editors that validate with the
 * same schema flag the same mistakes govcheck does; govcheck turns the validator's findings into its own
 * {@code file:line:column} errors in plain words ({@link SchemaErrors}). Thread-safe; loaded once.
 */
public final class ProposalSchema {
    /** Where the schema is in the jar. */
    public static final String RESOURCE = "/dev/govcheck/proposal/proposal.schema.json";

    private static final class Holder {
        static final ProposalSchema INSTANCE = new ProposalSchema();
    }

    private final String text;
    private final JsonNode document;
    private final JsonSchema schema;

    private ProposalSchema() {
        this.text = load();
        try {
            this.document = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bundled proposal schema is not JSON: " + e.getOriginalMessage(), e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                // Draft 2020-12 makes "format" an annotation only; decisionBy must really be a date.
                .formatAssertionsEnabled(true)
                .build();
        this.schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(document, config);
        // Resolve every $ref now, not on the first proposal of a parallel run.
        this.schema.initializeValidators();
    }

    public static ProposalSchema get() {
        return Holder.INSTANCE;
    }

    /** The schema as shipped: JSON text, for editors and other tools. */
    public String text() {
        return text;
    }

    /** Every way {@code root} breaks the schema, located in {@code file}; empty when it conforms. */
    List<InputError> validate(Node root, String file) {
        JsonTree tree = JsonTree.of(root);
        Set<ValidationMessage> messages = schema.validate(tree.root());
        return new SchemaErrors(document, tree, file).translate(messages);
    }

    private static String load() {
        try (InputStream in = ProposalSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("proposal schema missing from the jar: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
