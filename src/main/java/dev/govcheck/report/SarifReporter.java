package dev.govcheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.RunNote;
import dev.govcheck.decision.RunResult;
import dev.govcheck.decision.Waiver;
import dev.govcheck.policy.RuleInfo;
import dev.govcheck.policy.Version;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SARIF 2.1.0, for code scanning (GitHub's upload-sarif, GitLab, IDE viewers): one run whose
 * {@code tool.driver.rules} is the rule set (id, title, rationale, where the rule is written) plus govcheck's
 * own checks, and one result per violation (the run's {@code --fail-on} finding among them), obligation,
 * fast-track blocker and input error, located at the proposal's line and column. A violation a waiver excused is a
 * result too, suppressed by the waiver. When the run compared with a baseline, every result has a
 * {@code baselineState}: a violation the baseline knew is a result as it would be without the baseline, marked
 * {@code unchanged}; every other result is {@code new}. The run's warnings and notes (an expired waiver, one about
 * to expire) are notifications of the invocation. No timestamps or machine names: the same run gives the same
 * bytes.
 */
public final class SarifReporter implements Report<RunResult> {
    static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String FINGERPRINT = "govcheckFinding/v1";

    private final ReportOptions options;

    public SarifReporter(ReportOptions options) {
        this.options = options;
    }

    // The SARIF objects govcheck writes, keys in the order the document shows them (SARIF 2.1.0 section numbers
    // in the names' comments where the shape is not obvious).
    record Log(@JsonProperty("$schema") String schema, String version, List<Run> runs) {
    }

    record Run(Tool tool, List<Invocation> invocations, String columnKind, List<Result> results,
               RunProperties properties) {
    }

    record Tool(Driver driver) {
    }

    record Driver(String name, String version, List<Descriptor> rules) {
    }

    /** 3.49 reportingDescriptor: one rule. */
    record Descriptor(String id, Text shortDescription, Text fullDescription, Text help,
                      DescriptorProperties properties) {
    }

    record DescriptorProperties(@JsonInclude(JsonInclude.Include.NON_NULL) String definedIn,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String source, List<String> tags) {
    }

    record Text(String text) {
    }

    record Invocation(boolean executionSuccessful,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<Notification> toolExecutionNotifications) {
    }

    record Notification(String level, Text message,
                        @JsonInclude(JsonInclude.Include.NON_NULL) List<Location> locations) {
    }

    record Result(String ruleId, @JsonInclude(JsonInclude.Include.NON_NULL) Integer ruleIndex, String level,
                  Text message, List<Location> locations, Map<String, String> partialFingerprints,
                  ResultProperties properties,
                  @JsonInclude(JsonInclude.Include.NON_NULL) List<Suppression> suppressions,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String baselineState) {
    }

    record ResultProperties(@JsonInclude(JsonInclude.Include.NON_NULL) String proposal, String category,
                            @JsonInclude(JsonInclude.Include.NON_NULL) String field,
                            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean waived) {
    }

    /** 3.35 suppression: a waiver, as an accepted external suppression. */
    record Suppression(String kind, String status, String justification, SuppressionProperties properties) {
    }

    record SuppressionProperties(String approvedBy, String expires) {
    }

    record Location(PhysicalLocation physicalLocation) {
    }

    record PhysicalLocation(ArtifactLocation artifactLocation, Region region) {
    }

    record ArtifactLocation(String uri, @JsonInclude(JsonInclude.Include.NON_NULL) String uriBaseId) {
    }

    record Region(int startLine, int startColumn) {
    }

    record RunProperties(Summary summary) {
    }

    record Summary(int files, int pass, int fail, int invalid, int error) {
    }

    @Override
    public void write(RunResult run, Writer out) throws IOException {
        RuleCatalog rules = RuleCatalog.of(run, options.rules());
        List<Notification> notifications = new ArrayList<>();
        run.warnings().forEach(w -> notifications.add(new Notification("warning", new Text(w), null)));
        run.notes().forEach(note -> notifications.add(notification(note)));
        List<Result> results = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        String isNew = run.hasBaseline() ? "new" : null;
        for (FileResult fileResult : run.results()) {
            for (Annotation a : Annotations.of(fileResult)) {
                results.add(result(a, rules, seen, null, isNew));
            }
            for (WaivedViolation waived : WaivedViolation.of(fileResult)) {
                results.add(result(waived.violation(), rules, seen, waived.waiver(), isNew));
            }
            for (Annotation known : Annotations.known(fileResult)) {
                results.add(result(known, rules, seen, null, "unchanged"));
            }
        }
        RunResult.Summary s = run.summary();
        Run sarifRun = new Run(new Tool(new Driver("govcheck", Version.govcheck(),
                rules.all().stream().map(SarifReporter::descriptor).toList())),
                List.of(new Invocation(true, notifications.isEmpty() ? null : notifications)),
                "unicodeCodePoints", results, new RunProperties(new Summary(s.files(), s.pass(), s.fail(),
                s.invalid(), s.error())));
        Json.write(new Log(SCHEMA, "2.1.0", List.of(sarifRun)), out);
    }

    private static Descriptor descriptor(RuleInfo rule) {
        String title = rule.title().isEmpty() ? rule.id() : rule.title();
        String rationale = rule.rationale().isEmpty() ? title : rule.rationale();
        StringBuilder help = new StringBuilder(rationale);
        if (!rule.file().isEmpty()) {
            help.append("\nDefined in ").append(rule.file()).append(':').append(rule.line()).append('.');
        }
        if (RuleCatalog.builtIn(rule.id())) {
            help.append("\nSource: govcheck.");
        }
        return new Descriptor(rule.id(), new Text(title), new Text(rationale), new Text(help.toString()),
                new DescriptorProperties(rule.file().isEmpty() ? null : rule.file() + ":" + rule.line(),
                        RuleCatalog.builtIn(rule.id()) ? "govcheck" : null, List.of("governance")));
    }

    /**
     * A run note (an expired waiver, one about to expire) as a notification about the run, located in the file it
     * concerns (the waivers file): it is about how the check was set up, not a finding in a proposal.
     */
    private static Notification notification(RunNote note) {
        return new Notification(note.level() == RunNote.Level.WARNING ? "warning" : "note", new Text(note.message()),
                !note.isLocated() ? null : List.of(location(note.file(), Annotations.atLeastOne(note.position().line()),
                        Annotations.atLeastOne(note.position().column()))));
    }

    /**
     * One result. A violation a waiver excused (SARIF 2.1.0, 3.35) is the result as it would be without the waiver
     * (same level, same fingerprint, so code scanning sees the same alert) with an accepted external suppression
     * whose justification is the waiver's reason: viewers show it as suppressed, and it stays visible for audit.
     */
    private static Result result(Annotation a, RuleCatalog rules, Map<String, Integer> seen, Waiver waiver,
                                 String baselineState) {
        int index = rules.index(a.rule());
        String level = switch (a.level()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case NOTICE -> "note";
        };
        ResultProperties properties = new ResultProperties(a.proposal().isEmpty() ? null : a.proposal(),
                a.kind().label(), a.field().isEmpty() ? null : a.field(), waiver == null ? null : true);
        List<Suppression> suppressions = waiver == null ? null : List.of(new Suppression("external", "accepted",
                waiver.reason(), new SuppressionProperties(waiver.approvedBy(), waiver.expires().toString())));
        return new Result(a.rule(), index >= 0 ? index : null, level,
                new Text((a.proposal().isEmpty() ? "" : a.proposal() + ": ") + a.text()),
                List.of(location(a.file(), a.line(), a.column())), Map.of(FINGERPRINT, fingerprint(a, seen)),
                properties, suppressions, baselineState);
    }

    /** A file (relative to the source root unless absolute) and a line and column in it. */
    private static Location location(String file, int line, int column) {
        return new Location(new PhysicalLocation(new ArtifactLocation(SarifUri.of(file),
                SarifUri.isAbsolute(file) ? null : "%SRCROOT%"), new Region(line, column)));
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
