package dev.govcheck.yamlsuite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.YamlLimits;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the yaml-test-suite (src/test/resources/yaml-test-suite) through govcheck's reader of untrusted
 * YAML, by its public entry point only, so that the test holds whatever parser the reader uses inside. A case
 * ends in a result or in an {@link InvalidInputException} whose every error has a line and column inside the
 * input and a one-line message; never another exception, never a hang, never nothing. The reader may refuse
 * YAML that the spec allows (a second document, a tag, a list as a key: proposals are plain data), but it must
 * refuse what the spec calls invalid, except the cases listed in {@link #INVALID_BUT_ACCEPTED}.
 */
class ReaderConformanceTest {
    /** Each case takes milliseconds; far more than that is a hang, even on a loaded machine. */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    /**
     * Invalid YAML that a parser accepts: SnakeYAML 2.5, the reader's parser today, accepts the first nine;
     * snakeyaml-engine 3.2, the candidate to replace it, accepts all but G5U8, S98Z and YJV2, plus Y79Y/003
     * (which SnakeYAML rejects). The list is the union so that switching parsers needs no change here; a case
     * on it may be accepted or rejected, any other invalid case must be rejected. Each is a flaw of the parser,
     * not of govcheck's checks: a comment or a tab where YAML forbids it, or a line indented less than YAML
     * requires.
     */
    static final Set<String> INVALID_BUT_ACCEPTED = Set.of(
            "9C9N", // Wrong indented flow sequence
            "9JBA", // Invalid comment after end of flow sequence
            "CVW2", // Invalid comment after comma
            "DK95/01", // Tabs that look like indentation
            "G5U8", // Plain dashes in flow sequence
            "QB6E", // Wrong indented multiline quoted scalar
            "S98Z", // Block scalar with more spaces than first content line
            "SU5Z", // Comment without whitespace after doublequoted scalar
            "YJV2", // Dash in flow sequence
            "Y79Y/003"); // Tabs in various contexts (a tab before a flow sequence's item)

    @TestFactory
    Stream<DynamicTest> everyCaseEndsInAResultOrAPositionedError() {
        return YamlTestSuite.cases().stream().map(c -> dynamicTest(c.toString(), () -> readOrReject(c)));
    }

    @TestFactory
    Stream<DynamicTest> invalidYamlIsRejected() {
        return YamlTestSuite.cases().stream()
                .filter(c -> c.invalid() && !INVALID_BUT_ACCEPTED.contains(c.id()))
                .map(c -> dynamicTest(c.toString(), () -> {
                    InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(c),
                            "the YAML spec calls this invalid");
                    assertFalse(e.errors().isEmpty(), "rejected without a reason");
                }));
    }

    private static void readOrReject(YamlTestSuite.Case c) {
        try {
            assertNotNull(read(c), "neither a result nor an error");
        } catch (InvalidInputException e) {
            assertFalse(e.errors().isEmpty(), "rejected without a reason");
            for (InputError error : e.errors()) {
                assertEquals(c.fileName(), error.file(), error.format());
                assertInside(c.yaml(), error);
                assertFalse(error.message().isBlank(), error.format());
                assertTrue(error.format().codePoints().noneMatch(Character::isISOControl),
                        "one clean line: " + error.format());
            }
        }
    }

    /** What the reader gave: a result of whatever type it returns, or its error. */
    private record Read(Object result, InvalidInputException error) {
    }

    /**
     * The reader's result; its error is rethrown. A hang fails the case, and so does any other exception,
     * since refusing input is the reader's job and crashing on it is not.
     */
    private static Object read(YamlTestSuite.Case c) throws InvalidInputException {
        Read read = assertTimeoutPreemptively(TIME_LIMIT, () -> {
            try {
                return new Read(new SafeYaml(YamlLimits.DEFAULT).parse(c.yaml(), c.fileName()), null);
            } catch (InvalidInputException e) {
                return new Read(null, e);
            } catch (RuntimeException | StackOverflowError e) {
                return fail("crashed with " + e, e);
            }
        }, () -> "no answer within " + TIME_LIMIT.toSeconds() + " s: the reader hangs");
        if (read.error() != null) {
            throw read.error();
        }
        return read.result();
    }

    /**
     * The error's line and column exist in the input: at most one past the last line or past a line's end
     * (where YAML reports an unexpected end). Every line break YAML 1.1 knows ends a line, so the bound holds
     * however the parser counts.
     */
    private static void assertInside(String yaml, InputError error) {
        String[] lines = yaml.split("\r\n|\r|\n|\u0085|\u2028|\u2029", -1);
        int line = error.position().line();
        int column = error.position().column();
        assertTrue(line >= 1 && line <= lines.length + 1, "line outside the input: " + error.format());
        int width = line <= lines.length ? lines[line - 1].codePointCount(0, lines[line - 1].length()) : 0;
        assertTrue(column >= 1 && column <= width + 1, "column outside the line: " + error.format());
    }
}
