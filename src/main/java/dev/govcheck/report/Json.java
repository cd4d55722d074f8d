package dev.govcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * The one way govcheck writes JSON: a report builds a view of its result out of records (their components in
 * the order the document shows them) and this writes it with one shared mapper, in one layout: two-space
 * indentation, {@code "key": value}, LF line ends on every platform, {@code []} and {@code {}} for empty lists
 * and objects, one trailing newline. The same result gives the same bytes.
 */
final class Json {
    private static final ObjectWriter WRITER = new ObjectMapper()
            .writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n")))
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {
    }

    /** Writes {@code view} (records, lists, maps, strings, numbers) as a JSON document. */
    static void write(Object view, Writer out) throws IOException {
        WRITER.writeValue(out, view);
        out.write('\n');
        out.flush();
    }

    /** A whole number as a JSON integer (12000, not 12000.0), any other number as it is. */
    static Number number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Number) (long) value : (Number) value;
    }
}
