package dev.govcheck.report;

import dev.govcheck.decision.InvalidFile;
import dev.govcheck.explain.Explanation;
import java.io.IOException;

/** Writes what {@code govcheck explain} found, in one output format. */
public interface ExplainReporter {
    void write(Explanation explanation, Appendable out) throws IOException;

    /** The file could not be explained because it is not a valid proposal. */
    void writeInvalid(InvalidFile invalid, Appendable out) throws IOException;

    /** The reporter for {@code format}: text or json (explain has no other formats). */
    static ExplainReporter forFormat(Format format, boolean color, boolean quiet) {
        // by name, not by constant: formats added for check (junit, sarif, ...) need no case here
        return switch (format.toString()) {
            case "text" -> new ExplainTextReporter(color, quiet);
            case "json" -> new ExplainJsonReporter();
            default -> throw new IllegalArgumentException("explain writes text or json, not " + format);
        };
    }
}
