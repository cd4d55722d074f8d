package dev.govcheck.report;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes one command's result in one output format: {@code Report<RunResult>} for check's formats,
 * {@code Report<ExplainResult>} for explain's, and so on ({@link Reports} chooses). Reports only format what the
 * run layer decided; they never compute a verdict or an exit code.
 */
public interface Report<T> {
    void write(T result, Writer out) throws IOException;
}
