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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * samples/ documents the policy: each kind shows a passing proposal on every path it can take and one that fails,
 * each valid and with an id of its own range, and every rule of policy v2 fires on at least one sample.
 */
class PolicySamplesTest {
    /** Rules policy v2 adds: each has a sample that shows it. */
    private static final List<String> V2_RULES = List.of("SAAS-DPIA-01", "SAAS-DPIA-02", "SAAS-AI-01",
            "SAAS-EMAIL-01", "SAAS-EMAIL-02", "CHG-SCRIPT-04", "CHG-PCI-01", "CHG-PCI-02", "CHG-FREEZE-02",
            "CHG-EMERG-01", "CHG-EMERG-02", "EVAL-VENDOR-01", "EVAL-VENDOR-02", "EVAL-AI-01", "EVAL-DEL-01");

    @ParameterizedTest
    @ValueSource(strings = {"saas", "code-change", "evaluation"})
    void eachKindHasASampleOnEveryPathAndAFailingOne(String folder) throws IOException {
        List<Decision> decisions = samples(folder).stream().map(TestRules::evaluate).toList();
        assertTrue(decisions.size() >= 4, folder + " needs at least four samples");
        Set<ProcessPath> passingPaths = EnumSet.noneOf(ProcessPath.class);
        decisions.stream().filter(d -> d.status() == Status.PASS).forEach(d -> passingPaths.add(d.path()));
        // Only a code change can be an emergency (CHG-EMERG-01).
        Set<ProcessPath> reachable = folder.equals("code-change") ? EnumSet.allOf(ProcessPath.class)
                : EnumSet.complementOf(EnumSet.of(ProcessPath.EMERGENCY));
        assertEquals(reachable, passingPaths, folder + ": passing samples on each path");
        assertTrue(decisions.stream().anyMatch(d -> d.status() == Status.FAIL), folder + " needs a failing sample");
    }

    @Test
    void everyRuleThatPolicyV2AddsFiresOnASample() throws IOException {
        Set<String> fired = new HashSet<>();
        for (String folder : List.of("saas", "code-change", "evaluation")) {
            samples(folder).stream().map(TestRules::evaluate).forEach(d -> fired.addAll(d.fired()));
        }
        assertEquals(List.of(), V2_RULES.stream().filter(r -> !fired.contains(r)).toList(), "rules no sample shows");
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
