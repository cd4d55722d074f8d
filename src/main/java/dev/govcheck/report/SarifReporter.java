package dev.govcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.govcheck.Version;
import dev.govcheck.decision.RunResult;
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
 * {@code --fail-on}, located at the proposal's line and column. No timestamps or machine names: the same run
 * gives the same bytes.
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
        if (!run.warnings().isEmpty()) {
            ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
            run.warnings().forEach(w -> notifications.addObject().put("level", "warning")
                    .putObject("message").put("text", w));
        }
        sarifRun.put("columnKind", "unicodeCodePoints");
        ArrayNode results = sarifRun.putArray("results");
        Map<String, Integer> seen = new HashMap<>();
        for (Annotation a : Annotations.of(run, options)) {
            results.add(result(a, rules, seen));
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
        if (!rule.source().isEmpty()) {
            help.append("\nSource: ").append(rule.source()).append('.');
        }
        node.putObject("help").put("text", help.toString());
        ObjectNode properties = node.putObject("properties");
        if (!rule.file().isEmpty()) {
            properties.put("definedIn", rule.file() + ":" + rule.line());
        }
        if (!rule.source().isEmpty()) {
            properties.put("source", rule.source());
        }
        properties.putArray("tags").add("governance");
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
        ObjectNode physical = node.putArray("locations").addObject().putObject("physicalLocation");
        ObjectNode artifact = physical.putObject("artifactLocation");
        artifact.put("uri", SarifUri.of(a.file()));
        if (!SarifUri.isAbsolute(a.file())) {
            artifact.put("uriBaseId", "%SRCROOT%");
        }
        ObjectNode region = physical.putObject("region");
        region.put("startLine", a.line());
        region.put("startColumn", a.column());
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
