package dev.govcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.Writer;

/** The JSON layout every govcheck report shares: two-space indentation, "key": value, empty [] and {}. */
final class JsonStyle {
    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonStyle() {
    }

    /** A generator on {@code out} (an Appendable is adapted) that leaves the target open. */
    static JsonGenerator open(Appendable out) throws IOException {
        Writer writer = out instanceof Writer w ? w : new JsonReporter.AppendableWriter(out);
        JsonGenerator json = FACTORY.createGenerator(writer);
        json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        json.setPrettyPrinter(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n")));
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
