package dev.govcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.govcheck.Version;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import dev.govcheck.decision.Waiver;
import dev.govcheck.policy.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, for code scanning (GitHub's upload-sarif, GitLab, IDE viewers): one run whose
 * {@code tool.driver.rules} is the rule set (id, title, rationale, where the rule is written) plus govcheck's
 * own checks, and one result per violation, obligation, fast-track blocker, input error and tier at or above
 * {@code --fail-on}, located at the proposal's line and column. A violation a waiver excused is a result too,
 * suppressed by the waiver; the run's warnings and notes (an expired waiver, one about to expire) are
 * notifications of the invocation. No timestamps or machine names: the same run gives the same bytes.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String FINGERPRINT = "govcheckFinding/v1";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ReportOptions options;

    public SarifReporter(ReportOptions options) {
        this.options = options;
    }

    @Override
    public void write(RunResult run, Appendable out) throws IOException {
        RuleCatalog rules = RuleCatalog.of(run, options);
        ObjectNode log = NODES.objectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode sarifRun = log.putArray("runs").addObject();
        ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
        driver.put("name", "govcheck");
        driver.put("version", Version.govcheck());
        ArrayNode ruleArray = driver.putArray("rules");
        rules.all().forEach(rule -> ruleArray.add(descriptor(rule)));

        ObjectNode invocation = sarifRun.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        if (!run.warnings().isEmpty() || !run.notes().isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            run.warnings().forEach(w -> notifications.addObject().put("level", "warning")
                    .putObject("message").put("text", w));
            run.notes().forEach(note -> notifications.add(notification(note)));
        }
        sarifRun.put("columnKind", "unicodeCodePoints");
        ArrayNode results = sarifRun.putArray("results");
        Map<String, Integer> seen = new HashMap<>();
        for (FileResult fileResult : run.results()) {
            for (Annotation a : Annotations.of(fileResult, options)) {
                results.add(result(a, rules, seen));
            }
            for (WaivedViolation waived : WaivedViolation.of(fileResult)) {
                results.add(suppressed(waived, rules, seen));
            }
        }
        RunResult.Summary s = run.summary();
        ObjectNode summary = sarifRun.putObject("properties").putObject("summary");
        summary.put("files", s.files());
        summary.put("pass", s.pass());
        summary.put("fail", s.fail());
        summary.put("invalid", s.invalid());

        Writer writer = JsonReporter.AppendableWriter.of(out);
        MAPPER.writer(JsonReporter.prettyPrinter())
                .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .writeValue(writer, log);
        writer.write("\n");
        writer.flush();
    }

    private static ObjectNode descriptor(RuleInfo rule) {
        ObjectNode node = NODES.objectNode();
        node.put("id", rule.id());
        String title = rule.title().isEmpty() ? rule.id() : rule.title();
        String rationale = rule.rationale().isEmpty() ? title : rule.rationale();
        node.putObject("shortDescription").put("text", title);
        node.putObject("fullDescription").put("text", rationale);
        StringBuilder help = new StringBuilder(rationale);
        if (!rule.file().isEmpty()) {
            help.append("\nDefined in ").append(rule.file()).append(':').append(rule.line()).append('.');
        }
        if (RuleCatalog.builtIn(rule.id())) {
            help.append("\nSource: govcheck.");
        }
        node.putObject("help").put("text", help.toString());
        ObjectNode properties = node.putObject("properties");
        if (!rule.file().isEmpty()) {
            properties.put("definedIn", rule.file() + ":" + rule.line());
        }
        if (RuleCatalog.builtIn(rule.id())) {
            properties.put("source", "govcheck");
        }
        properties.putArray("tags").add("governance");
        return node;
    }

    /**
     * A run note (an expired waiver, one about to expire) as a notification about the run, located in the file it
     * concerns (the waivers file): it is about how the check was set up, not a finding in a proposal.
     */
    private static ObjectNode notification(RunNote note) {
        ObjectNode node = NODES.objectNode();
        node.put("level", note.level() == RunNote.Level.WARNING ? "warning" : "note");
        node.putObject("message").put("text", note.message());
        node.putArray("locations").addObject().set("physicalLocation", physicalLocation(note.file(),
                Annotations.atLeastOne(note.position().line()), Annotations.atLeastOne(note.position().column())));
        return node;
    }

    /**
     * A waived error violation as SARIF 2.1.0 (3.35) has it: the result as it would be without the waiver (same
     * level, same fingerprint, so code scanning sees the same alert) with an accepted external suppression whose
     * justification is the waiver's reason. Viewers show it as suppressed; it stays visible for audit.
     */
    private static ObjectNode suppressed(WaivedViolation waived, RuleCatalog rules, Map<String, Integer> seen) {
        ObjectNode node = result(waived.violation(), rules, seen);
        Waiver w = waived.waiver();
        ObjectNode suppression = node.putArray("suppressions").addObject();
        suppression.put("kind", "external");
        suppression.put("status", "accepted");
        suppression.put("justification", w.reason());
        ObjectNode properties = suppression.putObject("properties");
        properties.put("approvedBy", w.approvedBy());
        properties.put("expires", w.expires().toString());
        ((ObjectNode) node.get("properties")).put("waived", true);
        return node;
    }

    private static ObjectNode result(Annotation a, RuleCatalog rules, Map<String, Integer> seen) {
        ObjectNode node = NODES.objectNode();
        node.put("ruleId", a.rule());
        int index = rules.index(a.rule());
        if (index >= 0) {
            node.put("ruleIndex", index);
        }
        node.put("level", switch (a.level()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTICE -> "note";
        });
        node.putObject("message").put("text", (a.proposal().isEmpty() ? "" : a.proposal() + ": ") + a.text());
        node.putArray("locations").addObject().set("physicalLocation", physicalLocation(a.file(), a.line(),
                a.column()));
        node.putObject("partialFingerprints").put(FINGERPRINT, fingerprint(a, seen));
        ObjectNode properties = node.putObject("properties");
        if (!a.proposal().isEmpty()) {
            properties.put("proposal", a.proposal());
        }
        properties.put("category", a.kind().label());
        if (!a.field().isEmpty()) {
            properties.put("field", a.field());
        }
        return node;
    }

    /** A file (relative to the source root unless absolute) and a line and column in it. */
    private static ObjectNode physicalLocation(String file, int line, int column) {
        ObjectNode physical = NODES.objectNode();
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", SarifUri.of(file));
        if (!SarifUri.isAbsolute(file)) {
            artifact.put("uriBaseId", "%SRCROOT%");
        }
        ObjectNode region = physical.putObject("region");
        region.put("startLine", line);
        region.put("startColumn", column);
        return physical;
    }

    /**
     * Identifies a finding across runs without its line, so that code scanning keeps one alert when lines above
     * it move: file, proposal, kind, rule and field, and which occurrence of that combination it is.
     */
    private static String fingerprint(Annotation a, Map<String, Integer> seen) {
        String key = String.join("\u0000", a.file(), a.proposal(), a.kind().name().toLowerCase(Locale.ROOT),
                a.rule(), a.field());
        int occurrence = seen.merge(key, 1, Integer::sum);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16) + ":" + occurrence;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
