package dev.govcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.govcheck.decision.Approval;
import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.InvalidFile;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import dev.govcheck.decision.Waiver;
import dev.govcheck.proposal.InputError;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The outcome model of DESIGN.md as JSON, keys in the documented order, two-space indentation, one trailing
 * newline: the same run gives the same bytes.
 */
public final class JsonReporter implements Reporter {
    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public void write(RunResult run, Appendable out) throws IOException {
        Writer writer = AppendableWriter.of(out);
        try (JsonGenerator json = FACTORY.createGenerator(writer)) {
            json.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            json.setPrettyPrinter(prettyPrinter());
            json.writeStartObject();
            json.writeArrayFieldStart("results");
            for (FileResult result : run.results()) {
                if (result instanceof Decision decision) {
                    writeDecision(json, decision);
                } else {
                    writeInvalid(json, (InvalidFile) result);
                }
            }
            json.writeEndArray();
            RunResult.Summary summary = run.summary();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", summary.files());
            json.writeNumberField("pass", summary.pass());
            json.writeNumberField("fail", summary.fail());
            json.writeNumberField("invalid", summary.invalid());
            json.writeEndObject();
            List<String> warnings = new ArrayList<>(run.warnings());
            run.notes(RunNote.Level.WARNING).forEach(note -> warnings.add(note.located()));
            writeStrings(json, "warnings", warnings);
            writeStrings(json, "notices", run.notes(RunNote.Level.NOTICE).stream().map(RunNote::located).toList());
            json.writeEndObject();
        }
        writer.write("\n");
        writer.flush();
    }

    /** Two-space indentation, {@code "key": value}, LF line ends on every platform, {@code []} for empty lists. */
    static DefaultPrettyPrinter prettyPrinter() {
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    /** A list of messages, left out when empty (most runs have none). */
    private static void writeStrings(JsonGenerator json, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart(name);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void writeDecision(JsonGenerator json, Decision d) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", d.file());
        json.writeStringField("id", d.id());
        json.writeStringField("kind", d.kind());
        json.writeStringField("status", d.status().name());
        json.writeStringField("tier", d.tier().name());
        json.writeStringField("path", d.path().name());
        json.writeStringField("queue", d.queue().name());
        json.writeNumberField("slaBusinessDays", d.queue().slaBusinessDays());
        json.writeArrayFieldStart("approvals");
        for (Approval approval : d.approvals()) {
            json.writeStartObject();
            json.writeStringField("role", approval.role());
            writeFindings(json, "reasons", approval.reasons());
            json.writeEndObject();
        }
        json.writeEndArray();
        writeFindings(json, "violations", d.violations());
        writeFindings(json, "obligations", d.obligations());
        writeFindings(json, "fastTrackBlockers", d.fastTrackBlockers());
        writeWaived(json, d.waived());
        json.writeArrayFieldStart("fired");
        for (String rule : d.fired()) {
            json.writeString(rule);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** The waivers applied to a decision: rule, proposal, reason, approvedBy, expires. */
    static void writeWaived(JsonGenerator json, List<Waiver> waived) throws IOException {
        json.writeArrayFieldStart("waived");
        for (Waiver waiver : waived) {
            json.writeStartObject();
            json.writeStringField("rule", waiver.rule());
            json.writeStringField("proposal", waiver.proposal());
            json.writeStringField("reason", waiver.reason());
            json.writeStringField("approvedBy", waiver.approvedBy());
            json.writeStringField("expires", waiver.expires().toString());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    static void writeFindings(JsonGenerator json, String name, List<Finding> findings) throws IOException {
        json.writeArrayFieldStart(name);
        for (Finding f : findings) {
            writeFinding(json, f);
        }
        json.writeEndArray();
    }

    static void writeFinding(JsonGenerator json, Finding f) throws IOException {
        json.writeStartObject();
        json.writeStringField("rule", f.rule());
        if (f.severity() != null) {
            json.writeStringField("severity", f.severity().toString());
        }
        json.writeStringField("message", f.message());
        json.writeStringField("field", f.field());
        json.writeNumberField("line", f.line());
        json.writeNumberField("column", f.column());
        json.writeEndObject();
    }

    /** One invalid file as a JSON object; the explain report writes the same shape. */
    static void writeInvalid(JsonGenerator json, InvalidFile invalid) throws IOException {
        json.writeStartObject();
        json.writeStringField("file", invalid.file());
        json.writeStringField("status", invalid.status().name());
        json.writeArrayFieldStart("errors");
        for (InputError error : invalid.errors()) {
            json.writeStartObject();
            json.writeStringField("message", error.message());
            json.writeStringField("field", error.field());
            json.writeNumberField("line", error.position().line());
            json.writeNumberField("column", error.position().column());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    /** Adapts an Appendable (a StringBuilder, a PrintStream) to the Writer Jackson wants. */
    static final class AppendableWriter extends Writer {
        private final Appendable out;

        private AppendableWriter(Appendable out) {
            this.out = out;
        }

        /** The Appendable itself when it is a Writer already. */
        static Writer of(Appendable out) {
            return out instanceof Writer w ? w : new AppendableWriter(out);
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            out.append(new String(buffer, offset, length));
        }

        @Override
        public void flush() {
            // the Appendable's owner flushes
        }

        @Override
        public void close() {
            // not ours to close
        }
    }
}
