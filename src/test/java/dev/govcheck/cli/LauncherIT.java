package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/govcheck} is only a faster way to start the jar: same output, same exit codes, with and without its
 * class-data archive, and no command waits for the archive (in CI and scripts none is prepared; on a terminal it is
 * prepared in the background after the command; GOVCHECK_CDS=build prepares it first, on purpose). Runs in the
 * integration-test phase, after the jar is built.
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
    void aFirstRunInCiOrAScriptPreparesNothingAndSaysNothing(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("samples/saas/hotjar.yaml"), dir.resolve("hotjar.yaml"));
        Path cache = dir.resolve("cache");
        Result jar = run(dir, Map.of("XDG_CACHE_HOME", cache.toString()),
                List.of(JAVA_HOME + "/bin/java", "-jar", JAR.toString()), "check", "hotjar.yaml");
        for (Map<String, String> env : List.of(Map.of("XDG_CACHE_HOME", cache.toString(), "CI", "true"),
                Map.of("XDG_CACHE_HOME", cache.toString()))) {
            assertEquals(jar, run(dir, env, List.of("sh", LAUNCHER.toString()), "check", "hotjar.yaml"), env.toString());
        }
        assertFalse(Files.exists(cache.resolve("govcheck/cds")), "no archive work without a terminal or a request");
    }

    @Test
    void anArchivePreparedOnRequestGivesTheSameAnswer(@TempDir Path dir) throws Exception {
        Files.copy(Path.of("samples/saas/hotjar.yaml"), dir.resolve("hotjar.yaml"));
        Map<String, String> env = Map.of("XDG_CACHE_HOME", dir.resolve("cache").toString(), "CI", "true");
        Result jar = run(dir, env, List.of(JAVA_HOME + "/bin/java", "-jar", JAR.toString()), "check", "hotjar.yaml");
        Map<String, String> build = new HashMap<>(env);
        build.put("GOVCHECK_CDS", "build");
        Result first = run(dir, build, List.of("sh", LAUNCHER.toString()), "check", "hotjar.yaml");
        assertEquals(0, jar.exitCode, jar.err);
        assertEquals(jar.out, first.out);
        assertEquals(jar.exitCode, first.exitCode);
        // said once, before the wait it announces (or that it could not, and runs without it)
        assertTrue(first.err.startsWith("govcheck: preparing the class-data archive now"), first.err);
        assertTrue(first.err.lines().allMatch(line -> line.startsWith("govcheck: ")), first.err);
        assertEquals(1, archives(dir.resolve("cache")).size(), "one archive");
        assertEquals(jar, run(dir, env, List.of("sh", LAUNCHER.toString()), "check", "hotjar.yaml"),
                "once prepared, it is used, and nothing more is said");
        assertEquals(jar, run(dir, build, List.of("sh", LAUNCHER.toString()), "check", "hotjar.yaml"),
                "GOVCHECK_CDS=build with an archive there prepares nothing");
    }

    /**
     * On a terminal the first run does not wait: it says in one line that the archive is prepared in the background,
     * answers as without it, and the archive appears after the command has finished.
     */
    @Test
    void onATerminalTheArchiveIsPreparedInTheBackgroundAfterTheCommand(@TempDir Path dir) throws Exception {
        Path script = Path.of("/usr/bin/script");
        assumeTrue(Files.isExecutable(script), "needs script(1) to give the launcher a terminal");
        Files.copy(Path.of("samples/saas/hotjar.yaml"), dir.resolve("hotjar.yaml"));
        Path cache = dir.resolve("cache");
        Map<String, String> env = Map.of("XDG_CACHE_HOME", cache.toString(), "CI", "false");
        Result jar = run(dir, env, List.of(JAVA_HOME + "/bin/java", "-jar", JAR.toString()), "check", "--no-color",
                "hotjar.yaml");
        // script(1) runs the command on a new terminal and copies what it prints (both streams) to standard output
        Result first = run(dir, env, List.of(script.toString(), "-qec", "sh " + LAUNCHER + " check --no-color"
                + " hotjar.yaml", "/dev/null"));
        assertEquals(0, first.exitCode, first.out);
        String said = "govcheck: preparing a class-data archive in the background once this command ends";
        assertTrue(first.out.startsWith(said), first.out);
        assertEquals(jar.out, first.out.substring(first.out.indexOf('\n') + 1).replace("\r\n", "\n"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (archives(cache).isEmpty() || Files.exists(cache.resolve("govcheck/cds/preparing.lock"))) {
            assertTrue(System.nanoTime() < deadline, "the archive was not prepared in time");
            Thread.sleep(500);
        }
        assertEquals(1, archives(cache).size());
        Result second = run(dir, env, List.of(script.toString(), "-qec", "sh " + LAUNCHER + " check --no-color"
                + " hotjar.yaml", "/dev/null"));
        assertEquals(jar.out, second.out.replace("\r\n", "\n"), "with the archive nothing more is said");
    }

    private static List<Path> archives(Path cache) throws IOException {
        Path cds = cache.resolve("govcheck/cds");
        if (!Files.isDirectory(cds)) {
            return List.of();
        }
        try (var files = Files.list(cds)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).toList();
        }
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
        builder.environment().remove("CI");
        builder.environment().remove("GOVCHECK_CDS");
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
