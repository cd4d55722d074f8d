package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.testing.TestTrees;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release zip that {@code ./mvnw package} writes, as a user gets it: unpacked in a folder of its own, its
 * {@code bin/govcheck} checks proposals from another working directory with nothing but a JDK (no repository, no
 * Maven, no GOVCHECK_JAR), answering exactly as {@code java -jar target/govcheck.jar}. Runs in the
 * integration-test phase, after packaging.
 */
class ReleaseZipIT {
    private static final String JAVA_HOME = System.getProperty("java.home");

    private static Path zip() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            List<Path> zips = files.filter(f -> f.getFileName().toString().matches("govcheck-\\d+\\.\\d+\\.\\d+.*\\.zip"))
                    .toList();
            assertEquals(1, zips.size(), "one release zip in target/: " + zips);
            return zips.get(0).toAbsolutePath();
        }
    }

    /** Unpacks {@code zip} into {@code into}; returns the entries' names. */
    private static Set<String> unpack(Path zip, Path into) throws IOException {
        Set<String> names = new TreeSet<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                names.add(entry.getName());
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), "entry inside the folder: " + entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(entries, target);
                }
            }
        }
        return names;
    }

    @Test
    void theZipHoldsTheLaunchersTheJarItsDependenciesTheRulesAndTheLicence(@TempDir Path dir) throws IOException {
        Path zip = zip();
        String top = zip.getFileName().toString().replaceAll("\\.zip$", "") + "/";
        Set<String> names = unpack(zip, dir);
        for (String name : List.of("bin/govcheck", "bin/govcheck.cmd", "lib/govcheck.jar", "README.md", "LICENSE",
                "NOTICE", "rules/policy.yaml", "rules/catalog.yaml", "rules/common.drl", "rules/tests/saas-onboarding.yaml",
                "samples/saas/hotjar.yaml")) {
            assertTrue(names.contains(top + name), top + name + " in " + names);
        }
        try (Stream<Path> lib = Files.list(Path.of("target/lib"))) {
            lib.forEach(dependency -> assertTrue(names.contains(top + "lib/" + dependency.getFileName()),
                    dependency.getFileName() + " is in lib/"));
        }
        assertTrue(names.stream().allMatch(n -> n.startsWith(top)), "everything under " + top);
        assertTrue(Files.readString(dir.resolve(top + "LICENSE")).contains("Apache License"));
        assertTrue(Files.readString(dir.resolve(top + "bin/govcheck.cmd")).contains("\r\n"), "Windows line ends");
    }

    @Test
    void unpackedAnywhereItChecksTheSamplesFromAnotherWorkingDirectory(@TempDir Path dir) throws Exception {
        Path zip = zip();
        Path installed = Files.createDirectories(dir.resolve("opt"));
        unpack(zip, installed);
        Path home = installed.resolve(zip.getFileName().toString().replaceAll("\\.zip$", ""));
        Path work = Files.createDirectories(dir.resolve("work"));
        TestTrees.copy(Path.of("samples"), work.resolve("proposals"));
        Path cache = dir.resolve("cache");

        Result jar = run(work, cache, List.of(JAVA_HOME + "/bin/java", "-jar",
                Path.of("target/govcheck.jar").toAbsolutePath().toString()), "check", "proposals/");
        Result zipped = run(work, cache, List.of("sh", home.resolve("bin/govcheck").toString()), "check", "proposals/");
        assertEquals(1, jar.exitCode, jar.err);
        assertTrue(jar.out.contains("29 files: 19 pass, 10 fail, 0 invalid"), jar.out);
        assertEquals(jar, zipped);
        assertEquals("", zipped.err);
        assertFalse(Files.exists(cache.resolve("govcheck/cds")), "CI=true: no class-data work at all");

        Result version = run(work, cache, List.of("sh", home.resolve("bin/govcheck").toString()), "--version");
        assertEquals(0, version.exitCode, version.err);
        assertTrue(version.out.startsWith("govcheck " + home.getFileName().toString().substring("govcheck-".length())),
                version.out);
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(Path dir, Path cache, List<String> start, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(start);
        command.addAll(List.of(args));
        Path out = Files.createTempFile(cache.getParent(), "stdout", ".txt");
        Path err = Files.createTempFile(cache.getParent(), "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("GOVCHECK_") || k.equals("JAVA_OPTS"));
        builder.environment().put("JAVA_HOME", JAVA_HOME);
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().put("CI", "true");
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("govcheck did not finish");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

}
