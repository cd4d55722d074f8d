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
import dev.govcheck.proposal.LocatedTree;
import dev.govcheck.proposal.SafeYaml;
import dev.govcheck.proposal.YamlLimits;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every case of the yaml-test-suite (src/test/resources/yaml-test-suite) through govcheck's reader of untrusted
 * YAML, by its public entry point only, so that the test holds whatever parser the reader uses inside. A case
 * ends in a result or in an {@link InvalidInputException} whose every error has a line and column inside the
 * input and a one-line message; never another exception, never a hang, never nothing. The reader may refuse
 * YAML that the spec allows (a second document, a tag, a list as a key: proposals are plain data), but it must
 * refuse what the spec calls invalid, except the cases listed in {@link #INVALID_BUT_ACCEPTED}, and what it
 * accepts must be the data the suite gives.
 */
class ReaderConformanceTest {
    /** Each case takes milliseconds; far more than that is a hang, even on a loaded machine. */
    private static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    /**
     * Invalid YAML that snakeyaml-engine 3.2, the reader's parser, accepts: a comment or a tab where YAML forbids
     * it, or a line indented less than YAML requires. Each is a flaw of the parser, not of govcheck's checks; no
     * proposal is made more dangerous by them. The list is exact: a case on it that the reader starts to reject
     * (a newer parser) fails {@link #theInvalidCasesAcceptedAreExactlyTheKnownOnes} until it is taken off.
     */
    static final Set<String> INVALID_BUT_ACCEPTED = Set.of(
            "9C9N", // Wrong indented flow sequence
            "9JBA", // Invalid comment after end of flow sequence
            "CVW2", // Invalid comment after comma
            "DK95/01", // Tabs that look like indentation
            "QB6E", // Wrong indented multiline quoted scalar
            "SU5Z", // Comment without whitespace after doublequoted scalar
            "Y79Y/003"); // Tabs in various contexts (a tab before a flow sequence's item)

    /**
     * Valid cases whose data the reader gives otherwise than in.json, for the same reason as the parser:
     * JEF9/02, a kept block scalar of a line of spaces at the end of the stream, reads as empty text.
     */
    static final Set<String> DATA_DIFFERS = Set.of("JEF9/02");

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

    @Test
    void theInvalidCasesAcceptedAreExactlyTheKnownOnes() {
        Set<String> accepted = new TreeSet<>();
        for (YamlTestSuite.Case c : YamlTestSuite.cases()) {
            if (c.invalid()) {
                try {
                    read(c);
                    accepted.add(c.id());
                } catch (InvalidInputException e) {
                    // rejected, as it should be
                }
            }
        }
        assertEquals(new TreeSet<>(INVALID_BUT_ACCEPTED), accepted);
    }

    /**
     * The tree the reader builds, which the schema validates and the binder reads, is the data the suite says a
     * YAML 1.2 reader composes, for every valid case it accepts (apart from {@link #DATA_DIFFERS}): scalars get
     * the core schema's types, and the walk loses and adds nothing.
     */
    @TestFactory
    Stream<DynamicTest> acceptedDataIsTheSuites() {
        return YamlTestSuite.cases().stream()
                .filter(c -> !c.invalid() && c.json().isPresent())
                .map(c -> dynamicTest(c.toString(), () -> {
                    LocatedTree tree;
                    try {
                        tree = (LocatedTree) read(c);
                    } catch (InvalidInputException e) {
                        return; // refused on purpose (a tag, several documents, a list as a key): counted elsewhere
                    }
                    Optional<Boolean> equal = Verdict.dataEqual(c,
                            new Outcome.Accepted(Optional.of(List.of(tree.root())), 0));
                    assertEquals(Optional.of(!DATA_DIFFERS.contains(c.id())), equal,
                            () -> "the tree is " + tree.root() + ", in.json says " + c.json().get());
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
