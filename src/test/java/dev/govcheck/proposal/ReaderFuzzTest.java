package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the proposal reader with arbitrary bytes. Whatever the bytes, reading either gives a proposal or an
 * {@link InvalidInputException} whose every error is one clean line with a real position; no other exception,
 * no hang. And the schema and the model agree: a tree the schema accepts, the binder binds without error.
 *
 * <p>In a normal build this replays the seed corpus in {@code ReaderFuzzTestInputs/} (Jazzer's regression
 * mode); {@code JAZZER_FUZZ=1} makes it fuzz, adding the inputs that fail to that folder (see README).
 */
class ReaderFuzzTest {
    private static final String NAME = "fuzz.yaml";
    /** Small limits keep each run fast; the limits themselves are what the hostile corpus tests. */
    private static final YamlLimits LIMITS = new YamlLimits(64 * 1024, 20, 32, 10_000);

    @FuzzTest(maxDuration = "10m")
    void readerAcceptsOrRejectsButNeverFails(byte[] input) {
        ProposalReader reader = new ProposalReader(LIMITS);
        try {
            ProposalFile file = reader.readBytes(input, NAME);
            assertNotNull(file.proposal());
            assertTrue(file.proposal().id().matches("[A-Z][A-Z0-9]*-[A-Z0-9-]+"), file.proposal().id());
        } catch (InvalidInputException e) {
            assertFalse(e.errors().isEmpty(), "rejected without a reason");
            assertTrue(e.errors().size() <= ProposalReader.MAX_ERRORS_PER_FILE + 1, "errors are capped");
            for (InputError error : e.errors()) {
                assertEquals(NAME, error.file());
                assertTrue(error.position().line() >= 1 && error.position().column() >= 1, error.format());
                String line = error.format();
                assertTrue(line.codePoints().noneMatch(Character::isISOControl), "one clean line: " + line);
            }
        }
        stagesAgree(input);
    }

    /** When the schema finds nothing wrong, binding must not fail: the schema is the model's one contract. */
    private static void stagesAgree(byte[] input) {
        SafeYaml yaml = new SafeYaml(LIMITS);
        LocatedTree tree;
        try {
            tree = yaml.parse(yaml.decode(input, NAME), NAME);
        } catch (InvalidInputException e) {
            return;
        }
        if (ProposalSchema.get().validate(tree).isEmpty()) {
            assertNotNull(ProposalBinder.bind(tree), "the schema accepted what the binder cannot bind");
        }
    }
}
