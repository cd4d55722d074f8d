package dev.govcheck.yamlsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.proposal.YamlLimits;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The measurement behind the choice of YAML parser ({@link LibraryConformance}) reads the suite and the
 * libraries right: known cases come out as the suite and the libraries' documentation say, hangs and crashes
 * are caught as such, and neither library crashes or hangs on any case, which is what makes either usable.
 */
class LibraryConformanceTest {
    private static final YamlLimits LIMITS = YamlLimits.DEFAULT;
    private static final SnakeYamlCompose SNAKEYAML = new SnakeYamlCompose(LIMITS);
    private static final EngineCompose ENGINE = new EngineCompose(LIMITS);
    private static LibraryConformance measurement;
    private static Map<String, YamlTestSuite.Case> cases;

    @BeforeAll
    static void measure() {
        List<YamlTestSuite.Case> all = YamlTestSuite.cases();
        cases = all.stream().collect(Collectors.toMap(YamlTestSuite.Case::id, Function.identity()));
        measurement = new LibraryConformance(all, List.of(SNAKEYAML, ENGINE));
        measurement.run();
    }

    @Test
    void theSuiteIsComplete() {
        LibraryConformance.Tally tally = measurement.tally(SNAKEYAML);
        assertEquals(308, tally.valid());
        assertEquals(94, tally.invalid());
    }

    @Test
    void neitherLibraryCrashesHangsOrErrsWithoutAPosition() {
        for (YamlReaderUnderTest library : List.of(SNAKEYAML, ENGINE)) {
            LibraryConformance.Tally tally = measurement.tally(library);
            assertEquals(0, tally.crashes(), library.name());
            assertEquals(0, tally.hangs(), library.name());
            assertEquals(0, tally.unpositionedErrors(), library.name());
            assertEquals(0, tally.unmarkedNodes(), library.name());
        }
    }

    @Test
    void aDocumentThatIsOneListIsComparedAsOneDocument() {
        // Spec example 2.4: a list of mappings with integers and decimals, which both read as the suite does.
        YamlTestSuite.Case c = cases.get("229Q");
        for (YamlReaderUnderTest library : List.of(SNAKEYAML, ENGINE)) {
            Outcome outcome = measurement.outcome(library, c);
            assertEquals(Verdict.CONFORMS, Verdict.of(c, outcome), library.name());
            assertEquals(Optional.of(true), Verdict.dataEqual(c, (Outcome.Accepted) outcome), library.name());
        }
    }

    @Test
    void tabsSeparatingTokensAreYaml12WhichOnlyTheEngineReads() {
        YamlTestSuite.Case c = cases.get("6BCT"); // spec example 6.3, tabs after "-" and ":"
        Outcome snakeYaml = measurement.outcome(SNAKEYAML, c);
        assertEquals(Verdict.VALID_REJECTED, Verdict.of(c, snakeYaml));
        assertTrue(((Outcome.Rejected) snakeYaml).positioned());
        assertEquals(Verdict.CONFORMS, Verdict.of(c, measurement.outcome(ENGINE, c)));
    }

    @Test
    void sexagesimalNumbersAreYaml11Only() {
        YamlTestSuite.Case c = cases.get("U9NS"); // spec example 2.8: "time: 20:03:20" is text in YAML 1.2
        assertEquals(Verdict.DATA_DIFFERS, Verdict.of(c, measurement.outcome(SNAKEYAML, c)));
        assertEquals(Verdict.CONFORMS, Verdict.of(c, measurement.outcome(ENGINE, c)));
    }

    @Test
    void aDirectiveAfterADocumentWithoutEndMarkerIsInvalid() {
        YamlTestSuite.Case c = cases.get("9HCY");
        assertEquals(Verdict.INVALID_ACCEPTED, Verdict.of(c, measurement.outcome(SNAKEYAML, c)));
        assertEquals(Verdict.CONFORMS, Verdict.of(c, measurement.outcome(ENGINE, c)));
    }

    @Test
    void aStuckReaderIsAHangAndAStackOverflowACrash() {
        YamlReaderUnderTest stuck = reader(() -> {
            Thread.sleep(60_000);
            return null;
        });
        YamlReaderUnderTest overflowing = reader(() -> {
            throw new StackOverflowError();
        });
        try (TimedRun run = new TimedRun(Duration.ofMillis(200))) {
            assertInstanceOf(Outcome.Hung.class, run.run(stuck, "a: 1", "stuck.yaml"));
            assertInstanceOf(Outcome.Crashed.class, run.run(overflowing, "a: 1", "overflow.yaml"));
            // The thread left behind by the hang does not block the next input.
            assertInstanceOf(Outcome.Accepted.class, run.run(ENGINE, "a: 1", "next.yaml"));
        }
    }

    @Test
    void yaml12ReadsYesNoOnOffAsTextAndKeepsNullAndTrue() {
        ScalarResolution resolution = new ScalarResolution(LIMITS);
        assertEquals(new ScalarResolution.Row("no", "!!bool false", "!!str \"no\"", "!!str", "!!str"),
                resolution.row("no"));
        assertEquals(new ScalarResolution.Row("017", "!!int 15", "!!int 17", "!!int", "!!str"), resolution.row("017"));
        assertEquals("!!null null", resolution.row("~").engineCore());
        assertEquals("!!bool true", resolution.row("True").engineCore());
        // The engine's own CoreSchema would tag these; the core schema of the spec leaves them text.
        assertEquals(new ScalarResolution.Row("<<", "!!merge \"<<\"", "!!str \"<<\"", "!!merge", "!!str"),
                resolution.row("<<"));
        assertEquals("!ENV_VARIABLE", resolution.row("${HOME}").engineCoreSchema());
        assertEquals("!!str \"${HOME}\"", resolution.row("${HOME}").engineCore());
    }

    private interface Body {
        Outcome read() throws Exception;
    }

    private static YamlReaderUnderTest reader(Body body) {
        return new YamlReaderUnderTest() {
            @Override
            public String name() {
                return "test reader";
            }

            @Override
            public Outcome read(String yaml, String fileName) throws Exception {
                return body.read();
            }
        };
    }
}
