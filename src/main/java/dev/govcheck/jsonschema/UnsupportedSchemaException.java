package dev.govcheck.jsonschema;

/**
 * A schema that this package cannot validate exactly: a keyword it does not implement, a keyword value of the
 * wrong shape, a reference it cannot resolve. Thrown when the schema is compiled, never while validating.
 */
public final class UnsupportedSchemaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnsupportedSchemaException(String location, String problem) {
        super(location + ": " + problem);
    }
}
