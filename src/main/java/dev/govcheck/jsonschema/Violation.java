package dev.govcheck.jsonschema;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One assertion of a schema that a value fails.
 *
 * @param keyword  the assertion
 * @param path     where the value is in the instance: object keys ({@link String}) and list indexes
 *                 ({@link Integer}) from the root; for {@code required} and {@code additionalProperties}, the
 *                 object that lacks or has the key
 * @param owner    the schema object holding the keyword (the {@code $defs} entry a {@code $ref} led to, say)
 * @param ownerIri the IRI of the schema document {@code owner} is in; null for the document that was compiled
 * @param value    the keyword's value in the schema (the enum's list, the minimum, the pattern)
 * @param property the key that is missing or not allowed, for {@code required} and {@code additionalProperties};
 *                 null otherwise
 */
public record Violation(Keyword keyword, List<Object> path, JsonNode owner, String ownerIri, JsonNode value,
                        String property) {
    /** The assertions this package implements, by their names in a schema. */
    public enum Keyword {
        TYPE("type"),
        ENUM("enum"),
        CONST("const"),
        PATTERN("pattern"),
        FORMAT("format"),
        MINIMUM("minimum"),
        MAXIMUM("maximum"),
        REQUIRED("required"),
        ADDITIONAL_PROPERTIES("additionalProperties"),
        MIN_PROPERTIES("minProperties");

        private final String name;

        Keyword(String name) {
            this.name = name;
        }

        /** As a schema writes it. */
        public String schemaName() {
            return name;
        }
    }

    public Violation {
        path = List.copyOf(path);
    }

    /** {@link #path()} as a JSON pointer (RFC 6901): {@code /spec/integrations/0/direction}; "" for the root. */
    public String pointer() {
        StringBuilder pointer = new StringBuilder();
        for (Object element : path) {
            String token = element.toString();
            pointer.append('/').append(token.indexOf('~') < 0 && token.indexOf('/') < 0 ? token
                    : token.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
