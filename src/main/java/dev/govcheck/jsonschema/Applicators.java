package dev.govcheck.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import dev.govcheck.jsonschema.Violation.Keyword;
import java.util.List;
import java.util.Map;

/**
 * The keywords that apply subschemas to a value or to parts of it. A part's subschema is applied with the
 * part's key or index on the evaluation's path, so its violations say where they are.
 */
final class Applicators {
    private Applicators() {
    }

    /**
     * {@code properties} and {@code additionalProperties} of one schema, applied in one pass over the object's
     * keys: a key that {@code properties} names against its subschema; any other key refused ({@code
     * additionalProperties: false}: one violation per key, on the object), against the {@code
     * additionalProperties} subschema, or let through (no {@code additionalProperties}, or {@code true}).
     *
     * @param others       the subschema of the other keys; null when they are refused or let through
     * @param refuseOthers whether the other keys are refused
     */
    record Properties(Map<String, Subschema> named, Subschema owner, JsonNode additionalProperties,
                      Subschema others, boolean refuseOthers) implements Check {
        @Override
        public void apply(JsonNode value, Evaluation evaluation) {
            if (!value.isObject()) {
                return;
            }
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                String key = entry.getKey();
                Subschema schema = named.get(key);
                if (schema == null && refuseOthers) {
                    evaluation.fail(Keyword.ADDITIONAL_PROPERTIES, owner, additionalProperties, key);
                    continue;
                }
                if (schema == null) {
                    schema = others;
                }
                if (schema != null) {
                    evaluation.enter(key);
                    schema.validate(entry.getValue(), evaluation);
                    evaluation.leave();
                }
            }
        }
    }

    /** {@code items} (2020-12: every item, there being no {@code prefixItems}). */
    record Items(Subschema items) implements Check {
        @Override
        public void apply(JsonNode value, Evaluation evaluation) {
            if (!value.isArray()) {
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                evaluation.enter(i);
                items.validate(value.get(i), evaluation);
                evaluation.leave();
            }
        }
    }

    /** {@code $ref}: the subschema it names, applied to the same value (beside this schema's other keywords). */
    record Ref(Subschema target) implements Check {
        @Override
        public void apply(JsonNode value, Evaluation evaluation) {
            target.validate(value, evaluation);
        }
    }

    /** {@code allOf}. */
    record AllOf(List<Subschema> schemas) implements Check {
        @Override
        public void apply(JsonNode value, Evaluation evaluation) {
            for (Subschema schema : schemas) {
                schema.validate(value, evaluation);
            }
        }
    }

    /** {@code if}, with {@code then} and {@code else} (either may be absent): what {@code if}'s own failures decide. */
    record IfThenElse(Subschema condition, Subschema then, Subschema otherwise) implements Check {
        @Override
        public void apply(JsonNode value, Evaluation evaluation) {
            Subschema branch = evaluation.conforms(condition, value) ? then : otherwise;
            if (branch != null) {
                branch.validate(value, evaluation);
            }
        }
    }
}
