package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.testing.TestTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every govcheck command README.md shows in a shell block is run, in README order, the way a reader would run it:
 * with bash, from a copy of the repository's folders, the packaged jar and the launcher (and `govcheck` on the PATH,
 * as the README's set-up puts it there). Folders the examples name that the repository has not (`proposals/`,
 * `my-policy/`) are copies of the samples and of the rules; the copy is a git repository with an `origin/main`, so
 * `--changed-since` and `--base-ref` have something to compare with. A command may pass, fail or find an invalid
 * input (the README shows all of those); it must never be a usage error (the README would show a command that
 * does not exist), an internal error or a stack trace. Section-specific tests compare outputs line by line.
 */
class ReadmeCommandsIT {
    private static final Path REPO = Path.of("").toAbsolutePath();

    /** The commands of README's sh, bash and console blocks, each once, in the order they appear. */
    static List<String> commands() throws IOException {
        Set<String> commands = new LinkedHashSet<>();
        boolean inShell = false;
        boolean inConsole = false;
        for (String line : Files.readAllLines(REPO.resolve("README.md"))) {
            if (line.startsWith("```")) {
                boolean opening = !inShell && !inConsole;
                inShell = opening && (line.equals("```sh") || line.equals("```bash"));
                inConsole = opening && line.equals("```console");
                continue;
            }
            String command = inShell ? line : inConsole && line.startsWith("$ ") ? line.substring(2) : null;
            if (command == null) {
                continue;
            }
            command = command.replaceFirst("\\s+#.*$", "").strip();
            for (String part : command.split("&&")) {
                String one = part.strip();
                if (one.matches("(java -jar target/govcheck\\.jar|govcheck|bin/govcheck) .*")) {
                    commands.add(one);
                }
            }
        }
        return List.copyOf(commands);
    }

    @Test
    void theReadmeShowsCommandsOfEveryKind() throws IOException {
        List<String> commands = commands();
        for (String command : List.of("check", "explain", "rules", "verify", "new", "schema", "diff")) {
            assertTrue(commands.stream().anyMatch(c -> c.matches("\\S+( -jar \\S+)? " + command + "( .*)?")),
                    "README shows a '" + command + "' command: " + commands);
        }
    }

    @Test
    void everyCommandRunsAsTheReadmeShowsIt(@TempDir Path sandbox) throws Exception {
        prepare(sandbox);
        List<String> failures = new ArrayList<>();
        for (String command : commands()) {
            Result result = run(sandbox, command);
            boolean usage = result.exitCode == 64;
            boolean crashed = result.exitCode > 3 || result.err.contains("\tat ") || result.err.contains("Exception");
            if (usage || crashed) {
                failures.add(command + "\n  exit " + result.exitCode + "\n  " + result.err.strip());
            }
        }
        assertEquals(List.of(), failures, "README commands that do not run as shown");
    }

    /** The folders README's commands use, as a git repository with an origin/main. */
    private static void prepare(Path sandbox) throws Exception {
        for (String folder : List.of("rules", "samples", "examples", "bin")) {
            copy(REPO.resolve(folder), sandbox.resolve(folder));
        }
        copy(REPO.resolve("samples"), sandbox.resolve("proposals"));
        copy(REPO.resolve("rules"), sandbox.resolve("my-policy"));
        copy(REPO.resolve("rules"), sandbox.resolve("changed-rules"));
        Files.createDirectories(sandbox.resolve("target"));
        Files.createSymbolicLink(sandbox.resolve("target/govcheck.jar"), REPO.resolve("target/govcheck.jar"));
        Files.createSymbolicLink(sandbox.resolve("target/lib"), REPO.resolve("target/lib"));
        for (String git : List.of("git init -q -b main", "git add -A", "git commit -q -m base",
                "git update-ref refs/remotes/origin/main HEAD")) {
            Result result = run(sandbox, git);
            assertEquals(0, result.exitCode, git + ": " + result.err);
        }
    }

    private record Result(int exitCode, String out, String err) {
    }

    private static Result run(Path sandbox, String command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "-c", command).directory(sandbox.toFile());
        Map<String, String> env = builder.environment();
        // govcheck on the PATH, as README's set-up puts it there; no class-data archive work; a cache in the sandbox
        env.put("PATH", sandbox.resolve("bin") + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("GOVCHECK_CDS", "off");
        env.put("CI", "true");
        env.put("XDG_CACHE_HOME", sandbox.resolve(".cache").toString());
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_AUTHOR_NAME", "README test");
        env.put("GIT_AUTHOR_EMAIL", "readme@example.com");
        env.put("GIT_COMMITTER_NAME", "README test");
        env.put("GIT_COMMITTER_EMAIL", "readme@example.com");
        Path out = Files.createTempFile(sandbox, "out", ".txt");
        Path err = Files.createTempFile(sandbox, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(124, "", "did not finish within 180 s");
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }

    private static void copy(Path from, Path to) throws IOException {
        TestTrees.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        assertFalse(Files.notExists(to));
    }
}
