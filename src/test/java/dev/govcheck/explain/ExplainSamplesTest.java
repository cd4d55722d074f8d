package dev.govcheck.explain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.Finding;
import dev.govcheck.decision.FiredRule;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.policy.RuleInfo;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.proposal.SourceMap;
import dev.govcheck.testing.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@code explain} on every sample proposal (the folder is walked, so samples added later are covered): every
 * rule that fired is explained, with its metadata, and every line it gives points at the field it names.
 */
class ExplainSamplesTest {
    @TestFactory
    Stream<DynamicTest> everyFiredRuleIsExplainedWithLinesThatPointAtItsFields() throws Exception {
        List<Path> samples;
        try (Stream<Path> files = Files.walk(Path.of("samples"))) {
            samples = files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted()
                    .toList();
        }
        assertFalse(samples.isEmpty(), "samples/ holds proposals");
        return samples.stream().map(sample -> DynamicTest.dynamicTest(sample.toString(), () -> explainAndCheck(sample)));
    }

    private static void explainAndCheck(Path sample) throws Exception {
        ProposalFile file = new ProposalReader().read(sample);
        Decision decision = TestRules.defaults().evaluate(file);
        Explanation explanation = new Explainer(TestRules.ruleSet()).explain(file, decision);
        List<String> lines = Files.readAllLines(sample);

        List<String> explained = explanation.rules().stream().map(RuleExplanation::rule).sorted().toList();
        assertEquals(decision.fired(), explained, sample + ": every fired rule is explained, and only those");
        for (RuleExplanation rule : explanation.rules()) {
            RuleInfo info = TestRules.ruleSet().rule(rule.rule());
            assertEquals(info.title(), rule.title());
            assertFalse(rule.rationale().isBlank(), rule.rule() + " has a rationale");
            assertRuleSourceLine(rule);
            assertFalse(rule.facts().isEmpty(), sample + ": " + rule.rule() + " shows the facts it matched");
            for (Fact fact : rule.facts()) {
                assertPointsAt(sample, lines, file.sourceMap(), fact.field(), fact.line(), rule.rule());
                assertFalse(fact.value().isEmpty(), fact.field() + " has a value");
            }
            for (FiredRule.Effect effect : rule.effects()) {
                Finding f = effect.finding();
                assertPointsAt(sample, lines, file.sourceMap(), f.field(), f.line(), rule.rule());
                assertTrue(rule.facts().stream().anyMatch(fact -> fact.field().equals(f.field())),
                        sample + ": " + rule.rule() + " shows the value of " + f.field());
            }
        }
        if (decision.path() != ProcessPath.FAST_TRACK && decision.fastTrackEligible()) {
            assertEquals(decision.fastTrackBlockers(), explanation.blockers().stream().map(Blocker::finding).toList());
            for (Blocker blocker : explanation.blockers()) {
                assertPointsAt(sample, lines, file.sourceMap(), blocker.finding().field(), blocker.finding().line(),
                        blocker.finding().rule());
            }
        } else {
            assertTrue(explanation.blockers().isEmpty());
        }
    }

    /** The rule's DRL location is its {@code rule "..."} header. */
    private static void assertRuleSourceLine(RuleExplanation rule) throws Exception {
        List<String> drl = Files.readAllLines(Path.of(rule.ruleFile()));
        assertTrue(rule.ruleLine() >= 1 && drl.get(rule.ruleLine() - 1).trim().startsWith("rule "),
                rule.rule() + " at " + rule.ruleFile() + ":" + rule.ruleLine());
    }

    /**
     * The line of a field is where the file states it: the line of its key, or for a field the file does not
     * state, of its nearest stated ancestor (or the document's first key); a list item's line starts the item ("- ") or holds its list.
     */
    static void assertPointsAt(Path sample, List<String> lines, SourceMap map, String field, int line, String rule) {
        String stated = field;
        while (!stated.isEmpty() && !map.contains(stated)) {
            stated = parent(stated);
        }
        String where = sample + ":" + line + " for " + field + " (" + rule + ")";
        assertTrue(line >= 1 && line <= lines.size(), where);
        String text = lines.get(line - 1);
        if (stated.isEmpty()) {
            assertEquals(map.locate("").line(), line, where + ": a field nothing of is stated points at the document");
            return;
        }
        String last = stated.substring(Math.max(stated.lastIndexOf('.'), -1) + 1);
        if (last.endsWith("]")) {
            String list = last.substring(0, last.indexOf('['));
            assertTrue(text.trim().startsWith("- ") || text.contains(list + ":"), where + ": " + text);
        } else {
            assertTrue(text.contains(last + ":"), where + ": " + text);
        }
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
