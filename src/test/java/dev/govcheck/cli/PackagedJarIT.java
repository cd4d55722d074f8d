package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged {@code target/govcheck.jar} as a user does, from a folder outside the repository: proves the
 * manifest class path, the bundled default rule set and a clean standard error (no logging noise). Runs in the
 * integration-test phase, after the jar is built.
 */
class PackagedJarIT {
    private static final Path JAR = Path.of("target/govcheck.jar").toAbsolutePath();

    @Test
    void theJarChecksAProposalFromAnyDirectoryWithTheBundledRules(@TempDir Path elsewhere) throws Exception {
        Files.copy(Path.of("samples/saas/hotjar.yaml"), elsewhere.resolve("hotjar.yaml"));
        Result result = run(elsewhere, "check", "--format", "json", "hotjar.yaml");
        assertEquals(0, result.exitCode, result.err);
        assertEquals("", result.err, "nothing on standard error");
        assertTrue(result.out.contains("\"file\": \"hotjar.yaml\""), result.out);
        assertTrue(result.out.contains("\"tier\": \"MEDIUM\""), result.out);
        assertTrue(result.out.contains("\"path\": \"STANDARD\""), result.out);
        assertTrue(result.out.contains("\"role\": \"privacy-officer\""), result.out);
    }

    @Test
    void theJarReportsItsVersion(@TempDir Path elsewhere) throws Exception {
        Result result = run(elsewhere, "--version");
        assertEquals(0, result.exitCode);
        assertTrue(result.out.matches("govcheck \\d+\\.\\d+\\.\\d+.*\\(Drools 10\\.2\\.0, Java .*\\)\\s*"), result.out);
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(Path workDir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("govcheck did not finish");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
