package dev.govcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.Status;
import dev.govcheck.testing.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * samples/ documents the policy: for code changes and evaluations it shows a proposal on each path and one that
 * fails, each valid and with an id of its own range.
 */
class PolicySamplesTest {
    @ParameterizedTest
    @ValueSource(strings = {"code-change", "evaluation"})
    void eachKindHasASampleOnEveryPathAndAFailingOne(String folder) throws IOException {
        List<Decision> decisions = samples(folder).stream().map(TestRules::evaluate).toList();
        assertTrue(decisions.size() >= 4, folder + " needs at least four samples");
        Set<ProcessPath> passingPaths = EnumSet.noneOf(ProcessPath.class);
        decisions.stream().filter(d -> d.status() == Status.PASS).forEach(d -> passingPaths.add(d.path()));
        // No rule of the default set votes EMERGENCY yet, so no kind can take that path.
        assertEquals(EnumSet.complementOf(EnumSet.of(ProcessPath.EMERGENCY)), passingPaths,
                folder + ": passing samples on each path");
        assertTrue(decisions.stream().anyMatch(d -> d.status() == Status.FAIL), folder + " needs a failing sample");
    }

    @ParameterizedTest
    @ValueSource(strings = {"code-change:MT-2026-1", "evaluation:MT-2026-2"})
    void sampleIdsAreUniqueAndInTheirKindsRange(String folderAndPrefix) throws IOException {
        String folder = folderAndPrefix.substring(0, folderAndPrefix.indexOf(':'));
        String prefix = folderAndPrefix.substring(folderAndPrefix.indexOf(':') + 1);
        Set<String> ids = new HashSet<>();
        for (Path sample : samples(folder)) {
            String id = TestRules.read(Files.readString(sample)).proposal().id();
            assertTrue(id.startsWith(prefix) && id.length() == prefix.length() + 2, sample + ": " + id);
            assertTrue(ids.add(id), sample + " repeats " + id);
        }
    }

    private static List<Path> samples(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of("samples", folder))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
