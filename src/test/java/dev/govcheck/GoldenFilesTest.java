package dev.govcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.testing.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact bytes every command prints on the bundled samples: one golden file per format of {@code check} and of
 * {@code portfolio}, and for {@code explain}, {@code rules} and {@code verify}. A change to any output shows up here
 * as a diff, so a refactoring proves it changed nothing, and an intended change is reviewed line by line.
 *
 * <p>To accept an intended change, regenerate the files and read the diff before committing it:
 * <pre>./mvnw test -Dtest=GoldenFilesTest -Dgolden.update=true &amp;&amp; git diff src/test/resources/golden</pre>
 */
class GoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final boolean UPDATE = Boolean.getBoolean("golden.update");
    /** Waiver expiry depends on the day; the golden runs pin it. */
    private static final String TODAY = "2026-11-02";
    /** The portfolio's day: its SLA ageing, renewals and waivers depend on it. */
    static final String PORTFOLIO_DAY = "2027-01-11";

    /** A command, the golden file of what it prints, and the exit code it must give. */
    private record Golden(String file, int exitCode, List<String> args, String outputFormat) {
    }

    private static List<Golden> goldens() {
        List<Golden> goldens = new ArrayList<>();
        List<String> check = List.of("check", "--rules", "rules", "--today", TODAY, "--waivers",
                "examples/waivers.yaml", "samples", "examples/proposals");
        for (String format : List.of("text", "json", "junit", "sarif", "github", "markdown", "html")) {
            goldens.add(new Golden("check." + extension(format), 1, check, format));
        }
        List<String> failOnHigh = List.of("check", "--rules", "rules", "--fail-on", "high", "-f", "json",
                "samples/code-change/cdn-migration.yaml");
        goldens.add(new Golden("check-fail-on-high.json", 1, failOnHigh, null));
        goldens.add(new Golden("explain-hotjar.txt", 0, List.of("explain", "--rules", "rules",
                "samples/saas/hotjar.yaml", "--set", "spec.users=249"), null));
        goldens.add(new Golden("explain-hotjar.json", 0, List.of("explain", "--rules", "rules", "-f", "json",
                "samples/saas/hotjar.yaml", "--set", "spec.users=249"), null));
        goldens.add(new Golden("explain-chat-widget.txt", 1, List.of("explain", "--rules", "rules",
                "samples/code-change/chat-widget.yaml"), null));
        // the portfolio on the day README's screenshot shows (the waiver of examples/ then ends within 30 days)
        List<String> portfolio = List.of("portfolio", "--rules", "rules", "--today", PORTFOLIO_DAY, "--waivers",
                "examples/waivers.yaml", "samples", "examples/proposals");
        goldens.add(new Golden("portfolio.json", 0, portfolio, "json"));
        goldens.add(new Golden("portfolio.html", 0, portfolio, "html"));
        goldens.add(new Golden("rules.txt", 0, List.of("rules", "--rules", "rules"), null));
        goldens.add(new Golden("rules.json", 0, List.of("rules", "--rules", "rules", "-f", "json"), null));
        goldens.add(new Golden("verify.txt", 0, List.of("verify", "--rules", "rules", "--coverage"), null));
        goldens.add(new Golden("verify.junit.xml", 0, List.of("verify", "--rules", "rules", "-f", "junit"), null));
        return goldens;
    }

    private static String extension(String format) {
        return switch (format) {
            case "text", "github" -> format + ".txt";
            case "junit" -> "junit.xml";
            case "markdown" -> "md";
            default -> format;
        };
    }

    @TestFactory
    Stream<DynamicTest> everyCommandPrintsExactlyItsGoldenFile(@TempDir Path dir) {
        return goldens().stream().map(golden -> DynamicTest.dynamicTest(golden.file(), () -> check(golden, dir)));
    }

    private static void check(Golden golden, Path dir) throws IOException {
        List<String> args = new ArrayList<>(golden.args());
        Path written = null;
        if (golden.outputFormat() != null) {
            written = dir.resolve(golden.file());
            args.addAll(1, List.of("-f", golden.outputFormat(), "-o", written.toString()));
        }
        CliRun run = CliRun.of(args.toArray(String[]::new));
        String actual = written == null ? run.out() : Files.readString(written, StandardCharsets.UTF_8);
        Path expected = GOLDEN.resolve(golden.file());
        // standard error is golden too (warnings and notices), in a file of its own when there is any
        Path expectedErr = GOLDEN.resolve(golden.file() + ".stderr");
        if (UPDATE) {
            Files.createDirectories(GOLDEN);
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
            if (run.err().isEmpty()) {
                Files.deleteIfExists(expectedErr);
            } else {
                Files.writeString(expectedErr, run.err(), StandardCharsets.UTF_8);
            }
        }
        assertTrue(Files.exists(expected), "no golden file " + expected + ": regenerate with -Dgolden.update=true");
        assertEquals(golden.exitCode(), run.exitCode(), String.join(" ", args) + "\n" + run.err());
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                golden.file() + " differs from its golden file (see the class comment to regenerate)");
        assertEquals(Files.exists(expectedErr) ? Files.readString(expectedErr, StandardCharsets.UTF_8) : "",
                run.err(), golden.file() + ": standard error differs from its golden file");
    }
}
