package dev.govcheck.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Writes the baseline of a run: every error finding of every decision (the ones a baseline already knew included,
 * so writing again over the same file refreshes it), one line each, sorted by proposal, rule and field, so the same
 * findings give the same bytes and a pull request that changes the baseline shows one line per finding.
 */
public final class BaselineWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
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

    /**
     * The file's text for {@code fingerprints}: YAML, the list in block style and each finding on one line in flow
     * style. Each value is written as a JSON string (Jackson quotes and escapes it), which YAML reads as the same
     * double-quoted text: no id, rule or field can break the file, whatever it holds.
     */
    public static String text(List<Fingerprint> fingerprints) {
        StringBuilder text = new StringBuilder(HEADER).append("version: ").append(BaselineReader.VERSION)
                .append('\n');
        if (fingerprints.isEmpty()) {
            return text.append("findings: []\n").toString();
        }
        text.append("findings:\n");
        for (Fingerprint f : fingerprints) {
            text.append("  - {proposal: ").append(quoted(f.proposal())).append(", rule: ").append(quoted(f.rule()))
                    .append(", field: ").append(quoted(f.field())).append("}\n");
        }
        return text.toString();
    }

    private static String quoted(String value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a string is always JSON", e);
        }
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
