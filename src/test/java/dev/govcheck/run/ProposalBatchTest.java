package dev.govcheck.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.FileResult;
import dev.govcheck.decision.Status;
import dev.govcheck.engine.Evaluator;
import dev.govcheck.policy.RuleBaseCache;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.proposal.YamlLimits;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check judging each file as it is read ({@link ProposalBatch#check}) gives exactly the results of reading every
 * file first and then evaluating ({@link ProposalBatch#read}, {@link ProposalBatch#evaluate}): whether the rule set
 * was ready for a file or not yet, with ids shared by several files, files that do not read, and case files.
 */
class ProposalBatchTest {
    @Test
    void judgingFileByFileGivesTheResultsOfReadingAllFirst(@TempDir Path tmp) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> samples = Files.walk(Path.of("samples"))) {
            samples.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        files.add(Files.copy(Path.of("samples/saas/hotjar.yaml"), tmp.resolve("hotjar-again.yaml")));
        files.add(Files.writeString(tmp.resolve("broken.yaml"), "kind: [\n"));
        files.add(Path.of("rules/tests/saas-onboarding.yaml"));
        RuleSet ruleSet = RuleSet.loadDefault(RuleBaseCache.in(tmp.resolve("cache")));
        Evaluator evaluator = new Evaluator(ruleSet);
        ProposalReader reader = new ProposalReader(YamlLimits.DEFAULT);
        Map<String, List<String>> otherIds = Map.of("MT-2026-017", List.of("elsewhere/cdp.yaml"));

        ProposalBatch all = ProposalBatch.read(reader, files, YamlLimits.DEFAULT);
        List<FileResult> expected = all.evaluate(evaluator, d -> d, otherIds);
        for (int notReadyFor : new int[] {0, 3, files.size() + 1}) {
            AtomicInteger asked = new AtomicInteger();
            Function<ProposalFile, FileResult> judging = f -> ProposalBatch.evaluate(evaluator, f, d -> d);
            ProposalBatch.Judge judge = new ProposalBatch.Judge() {
                @Override
                public Optional<Function<ProposalFile, FileResult>> ifReady() {
                    return asked.incrementAndGet() > notReadyFor ? Optional.of(judging) : Optional.empty();
                }

                @Override
                public Function<ProposalFile, FileResult> await() {
                    return judging;
                }
            };
            ProposalBatch.Checked checked = ProposalBatch.check(reader, files, YamlLimits.DEFAULT, judge, otherIds);
            assertEquals(expected, checked.results(), "rule set not ready for the first " + notReadyFor + " files");
            assertEquals(all.skippedCaseFiles(), checked.skippedCaseFiles());
        }
        assertEquals(List.of("rules/tests/saas-onboarding.yaml"), all.skippedCaseFiles());
        assertTrue(expected.stream().filter(r -> r.status() == Status.INVALID).count() >= 3,
                "the two files sharing hotjar's id and the broken file: " + expected);
    }

    @Test
    void aRuleSetThatDoesNotLoadIsThrownWhereTheBatchWaitsForIt() {
        ProposalBatch.Judge failing = new ProposalBatch.Judge() {
            @Override
            public Optional<Function<ProposalFile, FileResult>> ifReady() {
                return Optional.empty();
            }

            @Override
            public Function<ProposalFile, FileResult> await() throws RuleSetException {
                throw new RuleSetException("rules/policy.yaml", "policy.yaml is missing from the rule set folder");
            }
        };
        assertThrows(RuleSetException.class, () -> ProposalBatch.check(new ProposalReader(YamlLimits.DEFAULT),
                List.of(Path.of("samples/saas/hotjar.yaml")), YamlLimits.DEFAULT, failing, Map.of()));
    }
}
