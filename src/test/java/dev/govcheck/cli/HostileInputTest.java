package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.govcheck.decision.Decision;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.YamlLimits;
import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.TestRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole hostile corpus (src/test/resources/hostile, with its expected-errors.txt) plus the good samples,
 * run through the CLI as a user would: each bad file gets exactly its errors, one line each, each good file
 * its decision, the run ends with exit code 2 and no stack trace. The time bound is a hang guard (a billion
 * laughs that expands, a read that never ends), not a performance assertion.
 */
class HostileInputTest {
    private static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final Path SAMPLES = Path.of("samples");
    private static final Duration HANG_GUARD = Duration.ofSeconds(60);
    private static final Pattern ERROR_LINE = Pattern.compile("^([^:]+):(\\d+):(\\d+): error: (.*)$");

    private record Run(int exitCode, String out, String err) {
    }

    @TempDir
    Path temp;

    @Test
    void everyHostileFileGetsItsErrorAndEveryGoodFileItsDecision() throws IOException {
        Path huge = temp.resolve("huge.yaml");
        writeHugeFile(huge);
        Path loop = temp.resolve("loop");
        Files.createDirectories(loop.resolve("inner"));
        Files.createSymbolicLink(loop.resolve("inner/back"), loop);
        Files.writeString(loop.resolve("inner/ok-but-empty.yml"), "");
        // links among files that lead round in a circle, and one that leads nowhere
        Path links = temp.resolve("links");
        Files.createDirectories(links);
        Files.createSymbolicLink(links.resolve("a.yaml"), Path.of("b.yaml"));
        Files.createSymbolicLink(links.resolve("b.yaml"), Path.of("a.yaml"));
        Files.createSymbolicLink(links.resolve("self.yaml"), Path.of("self.yaml"));
        Files.createSymbolicLink(links.resolve("gone.yaml"), Path.of("deleted.yaml"));

        Map<String, List<String>> expected = expectations();
        String hugeName = DisplayPath.of(huge);
        expected.put(hugeName, List.of(hugeName + ":1:1: error: file is " + Files.size(huge)
                + " bytes, more than the limit of 1048576 bytes (--max-file-size)"));
        String loopName = DisplayPath.of(loop.resolve("inner/back"));
        expected.put(loopName, List.of(loopName + ":1:1: error: symbolic link loop: this folder links back to"
                + " one of its parents; skipped"));
        String emptyName = DisplayPath.of(loop.resolve("inner/ok-but-empty.yml"));
        expected.put(emptyName, List.of(emptyName
                + ":1:1: error: file is empty: expected a proposal (see 'govcheck new')"));

        for (String name : List.of("a.yaml", "b.yaml", "self.yaml")) {
            String shown = DisplayPath.of(links.resolve(name));
            expected.put(shown, List.of(shown + ":1:1: error: symbolic link loop: the link leads back to itself;"
                    + " skipped"));
        }
        String gone = DisplayPath.of(links.resolve("gone.yaml"));
        expected.put(gone, List.of(gone + ":1:1: error: broken symbolic link: skipped"));

        // self.yaml is also given directly: still one error
        String[] args = {"check", "--rules", "rules", "--no-color", CORPUS.toString(), SAMPLES.toString(),
            huge.toString(), loop.toString(), links.toString(), links.resolve("self.yaml").toString()};
        Run text = assertTimeoutPreemptively(HANG_GUARD, () -> run(args));
        Run json = assertTimeoutPreemptively(HANG_GUARD, () -> run(append(args, "--format", "json")));

        assertEquals(ExitCode.INVALID_INPUT, text.exitCode(), text.err());
        assertEquals(ExitCode.INVALID_INPUT, json.exitCode(), json.err());
        assertEquals("", text.err(), "nothing on standard error, least of all a stack trace");
        assertEquals("", json.err());

        Map<String, List<String>> actual = errorLinesByFile(text.out());
        assertAll(expected.entrySet().stream().map(e -> () ->
                assertEquals(e.getValue(), actual.get(e.getKey()), "errors of " + e.getKey())));
        assertEquals(new TreeMap<>(expected).keySet(), new TreeMap<>(actual).keySet(),
                "only the hostile files have errors");

        JsonNode results = new ObjectMapper().readTree(json.out()).get("results");
        Map<String, JsonNode> byFile = new LinkedHashMap<>();
        results.forEach(r -> byFile.put(r.get("file").asText(), r));
        for (Map.Entry<String, List<String>> e : expected.entrySet()) {
            JsonNode result = byFile.get(e.getKey());
            assertEquals("INVALID", result.get("status").asText(), e.getKey());
            List<String> fromJson = new ArrayList<>();
            result.get("errors").forEach(error -> fromJson.add(e.getKey() + ":" + error.get("line").asInt() + ":"
                    + error.get("column").asInt() + ": error: " + (error.get("field").asText().isEmpty() ? ""
                    : error.get("field").asText() + ": ") + error.get("message").asText()));
            assertEquals(e.getValue(), fromJson, "JSON errors of " + e.getKey());
        }
        List<Path> samples = yamlFiles(SAMPLES);
        assertFalse(samples.isEmpty());
        for (Path sample : samples) {
            Decision decision = TestRules.evaluate(sample);
            JsonNode result = byFile.get(DisplayPath.of(sample));
            assertEquals(decision.status().name(), result.get("status").asText(), sample.toString());
            assertEquals(decision.tier().name(), result.get("tier").asText(), sample.toString());
            assertEquals(decision.path().name(), result.get("path").asText(), sample.toString());
            assertTrue(text.out().contains(decision.id() + "  " + decision.title()), "text report of " + sample);
        }
        assertEquals(expected.size() + samples.size(), results.size());
    }

    @Test
    void corpusHoldsAtLeastTwentyFiveHostileFilesAndEachHasExpectations() throws IOException {
        List<Path> files = yamlFiles(CORPUS);
        assertTrue(files.size() >= 25, "corpus has " + files.size() + " files");
        Map<String, List<String>> expected = expectations();
        for (Path file : files) {
            assertTrue(expected.containsKey(DisplayPath.of(file)), "no expected errors for " + file);
        }
        assertEquals(files.size(), expected.size(), "expectations for files that are not in the corpus");
    }

    @Test
    void maxFileSizeIsConfigurable() {
        Path sample = SAMPLES.resolve("saas/hotjar.yaml");
        Run run = assertTimeoutPreemptively(HANG_GUARD, () -> run(new String[] {"check", "--rules", "rules",
            "--no-color", "--max-file-size", "100", sample.toString()}));
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.out().startsWith(DisplayPath.of(sample) + ":1:1: error: file is "), run.out());
        assertTrue(run.out().contains("more than the limit of 100 bytes (--max-file-size)"), run.out());
    }

    /**
     * The largest limit that can be set is taken as it is; one byte more, or a limit whose "one byte more"
     * overflows a long, is a usage error, not a run that reads every file as empty (issue 16).
     */
    @Test
    void maxFileSizeHasAnUpperBound() {
        Path sample = SAMPLES.resolve("saas/hotjar.yaml");
        Run largest = assertTimeoutPreemptively(HANG_GUARD, () -> run(new String[] {"check", "--rules", "rules",
            "--no-color", "--max-file-size", "" + YamlLimits.MAX_FILE_BYTES_LIMIT, sample.toString()}));
        assertTrue(largest.exitCode() == ExitCode.PASS || largest.exitCode() == ExitCode.FAIL,
                largest.out() + largest.err());
        assertTrue(largest.out().contains("MT-2026-014"), largest.out());
        for (String tooLarge : List.of("" + (YamlLimits.MAX_FILE_BYTES_LIMIT + 1), "" + Long.MAX_VALUE)) {
            Run run = assertTimeoutPreemptively(HANG_GUARD, () -> run(new String[] {"check", "--rules", "rules",
                "--no-color", "--max-file-size", tooLarge, sample.toString()}));
            assertEquals(ExitCode.USAGE, run.exitCode(), run.out());
            assertEquals("", run.out());
            assertTrue(run.err().contains("--max-file-size must be 1 to 268435456 bytes (256 MiB), got " + tooLarge),
                    run.err());
        }
    }

    /** Root reads any file whatever its permissions, so this case can only be seen as another user. */
    @Test
    void unreadableFileIsReportedAndTheOthersAreStillChecked() throws IOException {
        Path file = temp.resolve("secret.yaml");
        Files.writeString(file, "apiVersion: govcheck/v1\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeTrue(!Files.isReadable(file), "running as root: an unreadable file cannot be made");
        Path sample = SAMPLES.resolve("saas/hotjar.yaml");
        Run run = assertTimeoutPreemptively(HANG_GUARD, () -> run(new String[] {"check", "--rules", "rules",
            "--no-color", file.toString(), sample.toString()}));
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode());
        assertTrue(run.out().contains(DisplayPath.of(file) + ":1:1: error: cannot read file: permission denied"),
                run.out());
        assertTrue(run.out().contains("MT-2026-014"), "the other file is still checked: " + run.out());
    }

    /** A named pipe called *.yaml would block a reader forever; it is reported and never opened. */
    @Test
    void pipeNamedLikeAProposalIsSkippedNotRead() throws Exception {
        Path pipe = temp.resolve("pipe.yaml");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            mkfifo = null;
        }
        assumeTrue(mkfifo != null && mkfifo.waitFor() == 0 && Files.exists(pipe), "mkfifo is not available");
        Run inFolder = assertTimeoutPreemptively(HANG_GUARD, () -> run(new String[] {"check", "--rules", "rules",
            "--no-color", temp.toString()}));
        Run direct = assertTimeoutPreemptively(HANG_GUARD, () -> run(new String[] {"check", "--rules", "rules",
            "--no-color", pipe.toString(), temp.toString()}));
        String expected = DisplayPath.of(pipe) + ":1:1: error: not a regular file (a device, pipe or socket): skipped";
        assertEquals(ExitCode.INVALID_INPUT, inFolder.exitCode());
        assertTrue(inFolder.out().contains(expected), inFolder.out());
        assertEquals(ExitCode.INVALID_INPUT, direct.exitCode());
        assertEquals(1, direct.out().lines().filter(expected::equals).count(), "given twice, reported once: "
                + direct.out());
    }

    /** A valid proposal padded with a comment to one byte over the default limit. */
    private static void writeHugeFile(Path file) throws IOException {
        String head = "apiVersion: govcheck/v1\n# ";
        int padding = (int) YamlLimits.DEFAULT_MAX_FILE_BYTES + 1 - head.length() - 1;
        Files.writeString(file, head + "x".repeat(padding) + "\n", StandardCharsets.UTF_8);
    }

    /** expected-errors.txt as display name of the file to its error lines. */
    private static Map<String, List<String>> expectations() throws IOException {
        String dir = DisplayPath.of(CORPUS);
        Map<String, List<String>> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CORPUS.resolve("expected-errors.txt"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String full = dir + "/" + line.replace("{dir}", dir);
            Matcher m = ERROR_LINE.matcher(full);
            assertTrue(m.matches(), "not an error line: " + line);
            expected.computeIfAbsent(m.group(1), f -> new ArrayList<>()).add(full);
        }
        return expected;
    }

    private static Map<String, List<String>> errorLinesByFile(String output) {
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        for (String line : output.split("\n")) {
            Matcher m = ERROR_LINE.matcher(line);
            if (m.matches()) {
                byFile.computeIfAbsent(m.group(1), f -> new ArrayList<>()).add(line);
            }
        }
        return byFile;
    }

    private static List<Path> yamlFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted().toList();
        }
    }

    private static String[] append(String[] args, String... more) {
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    private static Run run(String[] args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
