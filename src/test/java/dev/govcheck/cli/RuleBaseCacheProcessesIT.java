package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.run.ExitCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two govcheck processes sharing one cache folder, as parallel CI jobs or two terminals do: both build the rule
 * base at the same moment and write it; neither fails, both print the same report, and the entries left behind
 * are whole (a third run loads it from the cache). The rules are the default set with one file changed, so that
 * something is compiled: that file's unit and the set are the entries written (the rest comes from the jar).
 */
class RuleBaseCacheProcessesIT {
    private static final Path JAR = Path.of("target/govcheck.jar").toAbsolutePath();

    @Test
    void twoProcessesBuildingAtOnceLeaveOneGoodEntry(@TempDir Path dir) throws Exception {
        Path cache = dir.resolve("cache");
        Path rules = DefaultRuleSetCopy.withDrl(dir, "approvals.drl", Files.readString(Path.of("rules/approvals.drl"))
                + "\n// changed\n");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            processes.add(start(dir, "run" + i, "check", "-f", "json", "--rules", rules.toString(), "--cache-dir",
                    cache.toString(), Path.of("samples").toAbsolutePath().toString()));
        }
        for (int i = 0; i < processes.size(); i++) {
            assertTrue(processes.get(i).waitFor(180, TimeUnit.SECONDS), "run " + i + " finished");
            assertEquals(ExitCode.FAIL, processes.get(i).exitValue(), read(dir, "run" + i + ".err"));
            assertEquals("", read(dir, "run" + i + ".err"));
        }
        assertEquals(read(dir, "run0.out"), read(dir, "run1.out"));
        try (Stream<Path> files = Files.list(cache.resolve("rule-bases"))) {
            assertEquals(2, files.count(), "the changed file's unit and the set, and no temporary file");
        }
        Process third = start(dir, "run2", "check", "--debug", "-f", "json", "--rules", rules.toString(),
                "--cache-dir", cache.toString(), Path.of("samples").toAbsolutePath().toString());
        assertTrue(third.waitFor(180, TimeUnit.SECONDS));
        assertTrue(read(dir, "run2.err").contains("loaded from the cache"), read(dir, "run2.err"));
        assertEquals(read(dir, "run0.out"), read(dir, "run2.out"));
    }

    private static Process start(Path dir, String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
    }

    private static String read(Path dir, String file) throws IOException {
        return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    }
}
