package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.Ineligibility;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code check} shows, for every proposal off the fast track, what stands between it and the fast track: the
 * blockers with the fix or threshold that lifts each, or the field that keeps an ineligible proposal off it.
 */
class CheckFastTrackBlockersTest {
    @Test
    void everySampleOffTheFastTrackListsItsBlockersWithThresholdRemedies() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
        String out = CliRun.of("check", "samples").out();
        int offTheFastTrack = 0;
        for (Path sample : samples) {
            Decision d = TestRules.evaluate(sample);
            String block = block(out, d.id());
            if (d.path() == ProcessPath.FAST_TRACK) {
                assertFalse(block.contains("fast-track blockers"), block);
                continue;
            }
            offTheFastTrack++;
            if (d.path() == ProcessPath.EMERGENCY) {
                assertFalse(block.contains("fast track"), "no fast-track advice on an emergency: " + block);
                continue;
            }
            if (!d.fastTrackEligible()) {
                assertFalse(d.notEligibleBecause().isEmpty(), sample + " names why it is not eligible");
                for (Ineligibility why : d.notEligibleBecause()) {
                    assertTrue(block.contains("  fast track: not eligible with " + why.field() + ": " + why.value()
                            + " (" + why.rule() + ": "), block);
                }
                assertFalse(block.contains("kind of proposal"), block);
                continue;
            }
            assertFalse(d.fastTrackBlockers().isEmpty(), sample + ": off the fast track though eligible");
            assertTrue(block.contains("  fast-track blockers (change these to qualify for the fast track):\n"), block);
            for (Finding blocker : d.fastTrackBlockers()) {
                String line = "    " + blocker.rule() + "  " + blocker.message() + "  " + d.file() + ":"
                        + blocker.line() + ":" + blocker.column() + "\n";
                assertTrue(block.contains(line), line + " in " + block);
                String remedy = remedy(d, blocker);
                if (!remedy.isEmpty()) {
                    assertTrue(block.contains(line + "      -> " + remedy + "\n"), remedy + " in " + block);
                }
            }
            assertTrue(block.contains("govcheck explain " + d.file()), block);
        }
        assertTrue(offTheFastTrack > 0, "the samples include proposals off the fast track");
    }

    private static String remedy(Decision d, Finding blocker) {
        return d.trace().stream().flatMap(r -> r.effects().stream())
                .filter(e -> e.kind().equals("path") && e.finding().equals(blocker))
                .map(FiredRule.Effect::remedy).filter(r -> !r.isEmpty()).findFirst().orElse("");
    }

    /** The text block of the proposal with this id (blocks are separated by blank lines). */
    private static String block(String out, String id) {
        for (String block : out.split("\n\n")) {
            if (block.startsWith(id + "  ") || block.contains("\n" + id + "  ")) {
                return block + "\n";
            }
        }
        throw new AssertionError(id + " not in " + out);
    }
}
