package dev.govcheck.baseline;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes the baseline of a run: every error finding of every decision (the ones a baseline already knew included,
 * so writing again over the same file refreshes it), one line each, sorted by proposal, rule and field, so the same
 * findings give the same bytes and a pull request that changes the baseline shows one line per finding.
 */
public final class BaselineWriter {
    private static final String HEADER = """
            # govcheck baseline: the error findings that were already there when the policy was adopted.
            # A finding listed here (proposal id, rule id, field) is reported as known and fails nothing; a new one fails.
            # Written by govcheck check --write-baseline; work it off, and write it again to shrink it.
            """;

    /** The fingerprints a baseline of {@code results} holds: every error finding, sorted, each once. */
    public static List<Fingerprint> fingerprints(List<? extends FileResult> results) {
        TreeSet<Fingerprint> all = new TreeSet<>(Fingerprint.ORDER);
        for (FileResult result : results) {
            if (result instanceof Decision d) {
                for (Finding f : d.violations()) {
                    if (f.severity() == Severity.ERROR) {
                        all.add(Fingerprint.of(d.id(), f));
                    }
                }
                d.known().forEach(f -> all.add(Fingerprint.of(d.id(), f)));
            }
        }
        return new ArrayList<>(all);
    }

    /** The file's text for {@code fingerprints}. */
    public static String text(List<Fingerprint> fingerprints) {
        List<Map<String, String>> findings = new ArrayList<>();
        for (Fingerprint f : fingerprints) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("proposal", f.proposal());
            entry.put("rule", f.rule());
            entry.put("field", f.field());
            findings.add(entry);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("version", BaselineReader.VERSION);
        document.put("findings", findings);
        DumperOptions options = new DumperOptions();
        // a list of mappings of scalars: the list in block style, each finding on one line in flow style
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.AUTO);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        return HEADER + new Yaml(options).dump(document);
    }

    /**
     * Writes the baseline of {@code results} to {@code file}, whole or not at all (a temporary file beside it,
     * renamed), so a run that stops half-way never leaves a baseline that forgets findings. Returns how many
     * findings it holds.
     */
    public static int write(Path file, List<? extends FileResult> results) throws IOException {
        List<Fingerprint> fingerprints = fingerprints(results);
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            Files.writeString(temporary, text(fingerprints), StandardCharsets.UTF_8);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
        return fingerprints.size();
    }
}
