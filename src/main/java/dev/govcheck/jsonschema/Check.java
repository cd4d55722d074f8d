package dev.govcheck.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;

/** One keyword of a subschema, compiled: applied to a value, it reports what fails to the evaluation. */
interface Check {
    void apply(JsonNode value, Evaluation evaluation);
}
