package dev.govcheck.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A JSON Schema document (draft 2020-12) compiled for validation. Immutable and thread-safe: one instance
 * serves a whole parallel run.
 */
public final class CompiledSchema {
    private final Subschema root;

    private CompiledSchema(Subschema root) {
        this.root = root;
    }

    /**
     * Compiles {@code document}.
     *
     * @param documents the other schema documents it refers to, by absolute IRI (null or a missing node when
     *                  there is none)
     * @param formats   the checks of the {@code format} values it may use, by name: a format is asserted, and
     *                  one without a check is refused
     * @throws UnsupportedSchemaException when the schema uses what this package does not implement
     */
    public static CompiledSchema compile(JsonNode document, Function<String, JsonNode> documents,
                                         Map<String, Predicate<String>> formats) {
        return new CompiledSchema(new SchemaCompiler(documents, Map.copyOf(formats)).compileDocument(document, null));
    }

    /** Every assertion {@code instance} fails, in no particular order; empty when it conforms. */
    public List<Violation> validate(JsonNode instance) {
        Evaluation evaluation = new Evaluation();
        root.validate(instance, evaluation);
        return evaluation.found();
    }
}
