package dev.govcheck.proposal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.govcheck.testing.Fixture;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * Reading costs time in proportion to the file, however the file is shaped (issue 16: one 8 MB line took 27 s,
 * a 1 MB wrong enum value allocated about 1 GB in "did you mean"). Measured in bytes allocated by the reading
 * thread, which neither the machine's speed nor its load changes: a reader that copies what it has not consumed
 * on every refill, or fills a table of the value's length by each candidate's, allocates far more than the file
 * and grows with its square (before the fix, 128 GiB for an 8 MiB line). Each shape is read at 512 KiB and
 * 4 MiB: 4 MiB must allocate less than {@link #BYTES_PER_INPUT_BYTE} per byte, and less than {@link #GROWTH}
 * times what 512 KiB does (linear is 8, quadratic 64). The timeout only guards against a hang; the times are
 * in bench/read.sh long.
 */
class LongScalarsTest {
    private static final int KIB = 1024;
    private static final int MIB = 1024 * KIB;
    private static final int SMALL = 512 * KIB;
    /** The text, the parser's code points and the value itself take about ten bytes a byte; a copy per refill, thousands. */
    private static final long BYTES_PER_INPUT_BYTE = 40;
    private static final double GROWTH = 12;
    private static final Duration HANG_GUARD = Duration.ofSeconds(120);
    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private static final String BASE = Fixture.saas().yaml();

    @Test
    void aLongPlainLineIsReadInLinearTime() {
        assertLinear("a plain title", n -> with("title: Small survey tool", "title: " + "x".repeat(n)));
    }

    @Test
    void aLongQuotedValueIsReadInLinearTime() {
        assertLinear("a double-quoted title", n -> with("title: Small survey tool",
                "title: \"" + "ab\\t".repeat(n / 4) + "\""));
    }

    @Test
    void aLongBlockScalarIsReadInLinearTime() {
        assertLinear("a literal block of short lines", n -> with("title: Small survey tool",
                "title: |\n" + "  a line of text\n".repeat(n / 17)));
    }

    @Test
    void aLongWrongEnumValueGetsNoSuggestionAndLinearTime() {
        assertLinear("a category that is no category", n -> with("category: other",
                "category: " + "surveys".repeat(n / 7)));
    }

    @Test
    void aLongUnknownKeyGetsNoSuggestionAndLinearTime() {
        assertLinear("an unknown key", n -> BASE + "k".repeat(n) + ": 1\n");
    }

    @Test
    void aLongCommentIsReadInLinearTime() {
        assertLinear("a comment", n -> BASE + "# " + "c".repeat(n) + "\n");
    }

    /** The cap on suggestions changes no suggestion: a typo still gets one, a value far longer than any does not. */
    @Test
    void suggestionsStillComeForTyposOnly() {
        List<String> categories = List.of("analytics", "survey", "collaboration");
        assertEquals(Optional.of("analytics"), DidYouMean.suggest("analytic", categories));
        assertEquals(Optional.of("collaboration"), DidYouMean.suggest("Colaboraton", categories));
        assertEquals(Optional.of("survey"), DidYouMean.suggest("surevy", categories));
        assertEquals(Optional.empty(), DidYouMean.suggest("surveys-and-more", categories));
        assertEquals(Optional.empty(), DidYouMean.suggest("x".repeat(MIB), categories));
    }

    /** The base proposal with {@code line} replaced, which must be in it (else the test would read nothing long). */
    private static String with(String line, String replacement) {
        assertTrue(BASE.contains(line), "the base proposal has no " + line);
        return BASE.replace(line, replacement);
    }

    private static void assertLinear(String shape, IntFunction<String> yamlOfSize) {
        assumeTrue(THREADS != null && THREADS.isThreadAllocatedMemorySupported(), "no allocation counter");
        long small = allocatedReading(yamlOfSize.apply(SMALL));
        long large = allocatedReading(yamlOfSize.apply(8 * SMALL));
        assertTrue(large < BYTES_PER_INPUT_BYTE * 8 * SMALL, shape + ": reading " + 8 * SMALL / KIB
                + " KiB allocated " + large / KIB + " KiB");
        assertTrue(large < GROWTH * small, shape + ": " + SMALL / KIB + " KiB allocated " + small / KIB + " KiB, "
                + 8 * SMALL / KIB + " KiB " + large / KIB + " KiB: more than linear");
    }

    /** Bytes the reading allocates; the file is read with a limit that fits it, and may be refused by the schema. */
    private static long allocatedReading(String yaml) {
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        ProposalReader reader = new ProposalReader(YamlLimits.DEFAULT.withMaxFileBytes(bytes.length));
        return assertTimeoutPreemptively(HANG_GUARD, () -> {
            // the timeout runs this on a thread of its own: count that thread's allocations
            long thread = Thread.currentThread().getId();
            long before = THREADS.getThreadAllocatedBytes(thread);
            try {
                reader.readBytes(bytes, "long.yaml");
            } catch (InvalidInputException e) {
                assertTrue(e.errors().size() <= ProposalReader.MAX_ERRORS_PER_FILE + 1);
            }
            return THREADS.getThreadAllocatedBytes(thread) - before;
        });
    }

    private static com.sun.management.ThreadMXBean threads() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean bean ? bean : null;
    }

    /** The long values really are read, not cut: a long title comes back whole. */
    @Test
    void aLongValueIsKeptWhole() throws InvalidInputException {
        String title = "t".repeat(2 * MIB);
        String yaml = with("title: Small survey tool", "title: " + title);
        ProposalReader reader = new ProposalReader(YamlLimits.DEFAULT.withMaxFileBytes(yaml.length()));
        assertEquals(title, reader.readText(yaml, "long.yaml").proposal().title());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> reader.readText(
                with("category: other", "category: " + "s".repeat(MIB)), "long.yaml"));
        assertTrue(e.errors().get(0).message().endsWith("got 'sssssssssssssssssssssssssssssssssssss...'"),
                e.errors().get(0).message());
    }
}
