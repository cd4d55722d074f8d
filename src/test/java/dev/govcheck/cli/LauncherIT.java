package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/govcheck} is only a faster way to start the jar: same output, same exit codes, with and without its
 * class-data archive. Runs in the integration-test phase, after the jar is built.
 */
class LauncherIT {
    private static final Path LAUNCHER = Path.of("bin/govcheck").toAbsolutePath();
    private static final Path JAR = Path.of("target/govcheck.jar").toAbsolutePath();
    private static final String JAVA_HOME = System.getProperty("java.home");

    @Test
    void withoutTheArchiveItAnswersExactlyAsJavaJar(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("samples/saas/hotjar.yaml"), dir.resolve("hotjar.yaml"));
        Files.copy(Path.of("samples/saas/ai-copywriter.yaml"), dir.resolve("ai-copywriter.yaml"));
        Map<String, String> env = Map.of("GOVCHECK_CDS", "off", "XDG_CACHE_HOME", dir.resolve("cache").toString());
        Result jar = run(dir, env, List.of(JAVA_HOME + "/bin/java", "-jar", JAR.toString()), "check", ".");
        Result launched = run(dir, env, List.of("sh", LAUNCHER.toString()), "check", ".");
        assertEquals(1, jar.exitCode, jar.err);
        assertEquals(jar, launched);
        assertEquals(64, run(dir, env, List.of("sh", LAUNCHER.toString()), "check", "--no-such-option").exitCode);
    }

    @Test
    void withTheArchivePreparedOnItsFirstRunTheAnswerIsTheSame(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("samples/saas/hotjar.yaml"), dir.resolve("hotjar.yaml"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString());
        Result jar = run(dir, env, List.of(JAVA_HOME + "/bin/java", "-jar", JAR.toString()), "check", "hotjar.yaml");
        Result first = run(dir, env, List.of("sh", LAUNCHER.toString()), "check", "hotjar.yaml");
        Result second = run(dir, env, List.of("sh", LAUNCHER.toString()), "check", "hotjar.yaml");
        assertEquals(0, jar.exitCode, jar.err);
        assertEquals(jar.out, first.out);
        assertEquals(jar.exitCode, first.exitCode);
        // the first run says once that it prepares the archive (or that it could not, and runs without it)
        assertTrue(first.err.lines().allMatch(line -> line.startsWith("govcheck: ")), first.err);
        assertEquals(jar, second, "once prepared, nothing more is said");
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(Path dir, Map<String, String> env, List<String> start, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(start);
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        builder.environment().put("JAVA_HOME", JAVA_HOME);
        builder.environment().put("GOVCHECK_JAR", JAR.toString());
        builder.environment().remove("JAVA_OPTS");
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("govcheck did not finish");
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
