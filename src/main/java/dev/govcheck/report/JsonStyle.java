package dev.govcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Opens and closes the JSON documents of explain and rules in the layout of the check report. */
final class JsonStyle {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonStyle() {
    }

    /** A generator on {@code out} with {@link JsonReporter#prettyPrinter()}, leaving the target open. */
    static JsonGenerator open(Appendable out) throws IOException {
        JsonGenerator json = FACTORY.createGenerator(JsonReporter.AppendableWriter.of(out));
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        json.setPrettyPrinter(JsonReporter.prettyPrinter());
        return json;
    }

    /** Ends the document with one newline, so the same content gives the same bytes. */
    static void close(JsonGenerator json, Appendable out) throws IOException {
        json.close();
        out.append('\n');
        if (out instanceof java.io.Flushable f) {
            f.flush();
        }
    }
}
