package dev.govcheck.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A schema object compiled: its keywords as checks, and where it is (the JSON it was compiled from and the IRI
 * of its document), which every violation names. The checks are set once, after construction, because a
 * {@code $ref} may lead back to a subschema still being compiled.
 */
final class Subschema {
    private static final Check[] NONE = {};

    final JsonNode node;
    final String iri;
    private Check[] checks = NONE;

    Subschema(JsonNode node, String iri) {
        this.node = node;
        this.iri = iri;
    }

    void checks(Check[] compiled) {
        this.checks = compiled;
    }

    void validate(JsonNode value, Evaluation evaluation) {
        for (Check check : checks) {
            check.apply(value, evaluation);
        }
    }
}
