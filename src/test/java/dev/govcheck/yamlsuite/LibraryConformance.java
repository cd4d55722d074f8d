package dev.govcheck.yamlsuite;

import dev.govcheck.proposal.YamlLimits;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Measures SnakeYAML and snakeyaml-engine (and, for what an author meets, govcheck's reader) on every case of
 * the pinned yaml-test-suite, and prints the tables behind the choice of govcheck's YAML parser (Markdown):
 * valid cases accepted, composed data equal to the suite's, invalid cases rejected, crashes, hangs, errors
 * without a position; then each case a library gets wrong; then how plain scalars resolve in YAML 1.1 and 1.2.
 * It measures conformance, not speed. Run from the project folder:
 *
 * <pre>
 * ./mvnw -q -B test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test.cp
 * java -cp target/test-classes:target/classes:$(cat target/test.cp) dev.govcheck.yamlsuite.LibraryConformance
 * </pre>
 */
public final class LibraryConformance {
    /** Each case takes milliseconds; a reader still busy after this is stuck. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);
    private static final int MESSAGE_WIDTH = 90;

    private final List<YamlTestSuite.Case> cases;
    private final List<YamlReaderUnderTest> readers;
    private final Map<YamlReaderUnderTest, Map<YamlTestSuite.Case, Outcome>> outcomes = new LinkedHashMap<>();

    LibraryConformance(List<YamlTestSuite.Case> cases, List<YamlReaderUnderTest> readers) {
        this.cases = cases;
        this.readers = readers;
    }

    public static void main(String[] args) {
        YamlLimits limits = YamlLimits.DEFAULT;
        LibraryConformance measurement = new LibraryConformance(YamlTestSuite.cases(),
                List.of(new SnakeYamlCompose(limits), new EngineCompose(limits), new GovcheckReader(limits)));
        measurement.run();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        measurement.print(out, limits);
    }

    void run() {
        try (TimedRun timed = new TimedRun(TIME_LIMIT)) {
            for (YamlReaderUnderTest reader : readers) {
                Map<YamlTestSuite.Case, Outcome> byCase = new LinkedHashMap<>();
                for (YamlTestSuite.Case c : cases) {
                    byCase.put(c, timed.run(reader, c.yaml(), c.fileName()));
                }
                outcomes.put(reader, byCase);
            }
        }
    }

    Outcome outcome(YamlReaderUnderTest reader, YamlTestSuite.Case c) {
        return outcomes.get(reader).get(c);
    }

    /** The figures of one reader over the suite. */
    record Tally(int valid, int validAccepted, int compared, int dataEqual, int invalid, int invalidRejected,
            int crashes, int hangs, int unpositionedErrors, int unmarkedNodes) {
    }

    Tally tally(YamlReaderUnderTest reader) {
        int valid = 0;
        int validAccepted = 0;
        int compared = 0;
        int dataEqual = 0;
        int invalid = 0;
        int invalidRejected = 0;
        int crashes = 0;
        int hangs = 0;
        int unpositioned = 0;
        int unmarked = 0;
        for (YamlTestSuite.Case c : cases) {
            Outcome outcome = outcome(reader, c);
            if (c.invalid()) {
                invalid++;
            } else {
                valid++;
            }
            if (outcome instanceof Outcome.Accepted accepted) {
                unmarked += accepted.unmarkedNodes();
                if (!c.invalid()) {
                    validAccepted++;
                    Optional<Boolean> equal = Verdict.dataEqual(c, accepted);
                    if (equal.isPresent()) {
                        compared++;
                        dataEqual += equal.get() ? 1 : 0;
                    }
                }
            } else if (outcome instanceof Outcome.Rejected rejected) {
                invalidRejected += c.invalid() ? 1 : 0;
                unpositioned += rejected.positioned() ? 0 : 1;
            } else if (outcome instanceof Outcome.Crashed) {
                crashes++;
            } else {
                hangs++;
            }
        }
        return new Tally(valid, validAccepted, compared, dataEqual, invalid, invalidRejected, crashes, hangs,
                unpositioned, unmarked);
    }

    void print(PrintStream out, YamlLimits limits) {
        long withJson = cases.stream().filter(c -> !c.invalid() && c.json().isPresent()).count();
        out.printf("# yaml-test-suite: %d cases (%d valid, %d of them with in.json; %d invalid)%n%n", cases.size(),
                cases.stream().filter(c -> !c.invalid()).count(), withJson,
                cases.stream().filter(YamlTestSuite.Case::invalid).count());
        out.printf("Limits: %s; time limit per case %d s.%n%n", limits, TIME_LIMIT.toSeconds());
        printSummary(out);
        printLibraryCases(out);
        printGovcheckReader(out);
        printScalars(out, limits);
    }

    private void printSummary(PrintStream out) {
        StringBuilder header = new StringBuilder("| |");
        StringBuilder rule = new StringBuilder("|---|");
        for (YamlReaderUnderTest reader : readers) {
            header.append(' ').append(reader.name()).append(" |");
            rule.append("---|");
        }
        out.println(header);
        out.println(rule);
        List<Tally> tallies = readers.stream().map(this::tally).toList();
        row(out, "valid cases accepted", tallies, t -> t.validAccepted() + " of " + t.valid());
        row(out, "composed data equal to in.json", tallies,
                t -> t.compared() == 0 ? "not compared" : t.dataEqual() + " of " + t.compared());
        row(out, "invalid cases rejected", tallies, t -> t.invalidRejected() + " of " + t.invalid());
        row(out, "crashes (not the library's own exception)", tallies, t -> String.valueOf(t.crashes()));
        row(out, "hangs", tallies, t -> String.valueOf(t.hangs()));
        row(out, "errors without a position", tallies, t -> String.valueOf(t.unpositionedErrors()));
        row(out, "accepted nodes without a start mark", tallies, t -> String.valueOf(t.unmarkedNodes()));
        out.println();
    }

    private interface Cell {
        String of(Tally tally);
    }

    private static void row(PrintStream out, String label, List<Tally> tallies, Cell cell) {
        StringBuilder line = new StringBuilder("| ").append(label).append(" |");
        tallies.forEach(t -> line.append(' ').append(cell.of(t)).append(" |"));
        out.println(line);
    }

    /** Every case where one of the two libraries does not conform, or errs without a position. */
    private void printLibraryCases(PrintStream out) {
        List<YamlReaderUnderTest> libraries = readers.stream().filter(r -> !(r instanceof GovcheckReader)).toList();
        out.println("## Cases a library gets wrong");
        out.println();
        StringBuilder header = new StringBuilder("| case | spec |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (YamlReaderUnderTest library : libraries) {
            header.append(' ').append(library.name()).append(" |");
            rule.append("---|");
        }
        out.println(header.append(" title |"));
        out.println(rule.append("---|"));
        Map<String, Integer> pattern = new TreeMap<>();
        for (YamlTestSuite.Case c : cases) {
            boolean wrong = libraries.stream().anyMatch(library -> {
                Outcome outcome = outcome(library, c);
                return Verdict.of(c, outcome) != Verdict.CONFORMS
                        || outcome instanceof Outcome.Rejected rejected && !rejected.positioned();
            });
            if (!wrong) {
                continue;
            }
            StringBuilder line = new StringBuilder("| ").append(c.id()).append(" | ")
                    .append(c.invalid() ? "invalid" : "valid").append(" |");
            StringBuilder key = new StringBuilder();
            for (YamlReaderUnderTest library : libraries) {
                Outcome outcome = outcome(library, c);
                Verdict verdict = Verdict.of(c, outcome);
                line.append(' ').append(cell(verdict, outcome)).append(" |");
                key.append(verdict == Verdict.CONFORMS ? "ok" : verdict.name()).append(" / ");
            }
            pattern.merge(key.substring(0, key.length() - 3), 1, Integer::sum);
            out.println(line.append(' ').append(escape(c.title())).append(" |"));
        }
        out.println();
        out.println("Verdicts (" + libraries.stream().map(YamlReaderUnderTest::name).reduce((a, b) -> a + " / " + b)
                .orElse("") + "): " + pattern);
        out.println();
    }

    private static String cell(Verdict verdict, Outcome outcome) {
        String detail;
        if (outcome instanceof Outcome.Rejected rejected) {
            detail = (rejected.positioned() ? "" : "NO POSITION: ") + rejected.message();
        } else if (outcome instanceof Outcome.Crashed crashed) {
            detail = crashed.error().getClass().getName() + ": " + Outcome.oneLine(crashed.error().getMessage());
        } else if (outcome instanceof Outcome.Accepted accepted) {
            detail = accepted.documents().map(documents -> documents.toString()).orElse("(data not JSON)");
        } else {
            detail = "";
        }
        String verdictText = verdict == Verdict.CONFORMS ? "ok" : verdict.name().toLowerCase().replace('_', ' ');
        return escape(verdictText + (detail.isEmpty() ? "" : ": " + shorten(detail)));
    }

    /** Why govcheck's reader refuses valid YAML, and which invalid YAML it accepts. */
    private void printGovcheckReader(PrintStream out) {
        for (YamlReaderUnderTest reader : readers) {
            if (!(reader instanceof GovcheckReader)) {
                continue;
            }
            out.println("## " + reader.name() + ": valid cases refused, by the first reason given");
            out.println();
            Map<Reason, List<String>> byReason = new EnumMap<>(Reason.class);
            List<String> invalidAccepted = new ArrayList<>();
            for (YamlTestSuite.Case c : cases) {
                Outcome outcome = outcome(reader, c);
                if (!c.invalid() && outcome instanceof Outcome.Rejected rejected) {
                    byReason.computeIfAbsent(Reason.of(rejected.message()), r -> new ArrayList<>()).add(c.id());
                } else if (c.invalid() && outcome instanceof Outcome.Accepted) {
                    invalidAccepted.add(c.id() + " (" + c.title() + ")");
                }
            }
            out.println("| reason | cases | ids |");
            out.println("|---|---|---|");
            byReason.forEach((reason, ids) -> out.println("| " + reason.label + " | " + ids.size() + " | "
                    + String.join(" ", ids) + " |"));
            out.println();
            out.println("Invalid cases it accepts (" + invalidAccepted.size() + "): "
                    + String.join(", ", invalidAccepted));
            out.println();
        }
    }

    /** govcheck's reasons for refusing YAML that the spec allows: most are its rules, not parse errors. */
    enum Reason {
        SYNTAX("the parser refused it (not valid YAML ...)", "not valid YAML"),
        SEVERAL_DOCUMENTS("several documents in one file", "a second YAML document"),
        TAG("a tag outside the core schema", "is not allowed: proposals are plain YAML data"),
        EMPTY("no document (empty, or comments only)", "expected a proposal"),
        COMPLEX_KEY("a list or mapping as a key", "keys must be plain words"),
        DUPLICATE_KEY("a duplicate key", "duplicate key"),
        MERGE_KEY("a merge key", "merge keys"),
        LIMIT("a nesting or alias limit", "nested deeper", "aliases to lists"),
        CHARACTER("a character YAML 1.1 does not allow", "control character", "NUL byte"),
        OTHER("something else");

        final String label;
        private final String[] markers;

        Reason(String label, String... markers) {
            this.label = label;
            this.markers = markers;
        }

        /** The reason of the first error in a rejection's message (errors come sorted by position). */
        static Reason of(String message) {
            String first = message.split(" \\| ", 2)[0];
            for (Reason reason : values()) {
                for (String marker : reason.markers) {
                    if (first.contains(marker)) {
                        return reason;
                    }
                }
            }
            return OTHER;
        }
    }

    private static void printScalars(PrintStream out, YamlLimits limits) {
        out.println("## Plain scalars: tag and value (`key: VALUE`)");
        out.println();
        out.println("| VALUE | SnakeYAML (YAML 1.1) | snakeyaml-engine, YAML 1.2 core schema | engine's CoreSchema"
                + " (tag) | engine's default JsonSchema (tag) |");
        out.println("|---|---|---|---|---|");
        for (ScalarResolution.Row row : new ScalarResolution(limits).rows()) {
            out.println("| `" + (row.scalar().isEmpty() ? " " : row.scalar()) + "` | " + escape(row.snakeYaml()) + " | "
                    + escape(row.engineCore()) + " | " + escape(row.engineCoreSchema()) + " | "
                    + escape(row.engineJsonSchema()) + " |");
        }
        out.println();
    }

    private static String shorten(String text) {
        return text.length() <= MESSAGE_WIDTH ? text : text.substring(0, MESSAGE_WIDTH - 3) + "...";
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\t", "\\t");
    }
}
