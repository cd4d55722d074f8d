package dev.govcheck.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless Chromium for tests that look at a page as a browser renders it: the DOM after the page's scripts ran,
 * what the page logged to its console (Chromium writes each console message, CSP violations and uncaught errors
 * among them, as a {@code :CONSOLE} line of its log), and a screenshot. Each run has a fresh profile and touches no
 * network: background networking, component updates and sync are off, and a page that follows govcheck's CSP loads
 * nothing anyway.
 */
public final class Chromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** The browser on the PATH, if there is one. */
    public static Optional<Chromium> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : NAMES) {
            for (String folder : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(new Chromium(candidate));
                }
            }
        }
        return Optional.empty();
    }

    /** What one run printed: the DOM (for --dump-dom) and the page's console messages. */
    public record Run(String dom, List<String> console, String log) {
    }

    /** The page's DOM after its scripts ran, and its console messages. */
    public Run dumpDom(Path page, Path profile) throws IOException, InterruptedException {
        return run(profile, "--dump-dom", page.toUri().toString());
    }

    /** A screenshot of the page's top {@code width} x {@code height} pixels as {@code png}. */
    public Run screenshot(Path page, Path png, int width, int height, Path profile)
            throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        return run(profile, "--hide-scrollbars", "--screenshot=" + png.toAbsolutePath(),
                "--window-size=" + width + "," + height, page.toUri().toString());
    }

    private Run run(Path profile, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--no-default-browser-check", "--user-data-dir=" + profile.toAbsolutePath(),
                "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
        }
        String log = Files.readString(err, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Chromium exited " + process.exitValue() + ": " + command + "\n" + log);
        }
        List<String> console;
        try (Stream<String> lines = log.lines()) {
            console = lines.filter(line -> line.contains(":CONSOLE")).toList();
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), console, log);
    }
}
