package dev.govcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.policy.RuleInfo;
import dev.govcheck.testing.TestRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The default rule set is exactly the default policy (rules/README.md): every id once, each with its title and
 * rationale, and thresholds read from policy.yaml rather than written into the rules.
 */
class RuleIdsTest {
    /** A comparison with a number written into a condition, e.g. {@code users >= 250}. */
    private static final Pattern NUMBER_LITERAL = Pattern.compile("(?:[<>]=?|==|!=)\\s*-?\\d");

    private static List<String> policyIds() throws IOException {
        try (InputStream in = RuleIdsTest.class.getResourceAsStream("/policy-rule-ids.txt")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }

    @Test
    void theDefaultRuleIdsAreExactlyThoseOfThePolicy() throws IOException {
        List<String> policy = policyIds();
        assertEquals(policy.size(), new TreeSet<>(policy).size(), "the policy list names an id twice");
        Set<String> defaults = new TreeSet<>(TestRules.ruleSet().rules().stream().map(RuleInfo::id).toList());
        assertEquals(new TreeSet<>(policy), defaults);
    }

    @Test
    void everyIdExistsOnce() {
        List<String> ids = TestRules.ruleSet().rules().stream().map(RuleInfo::id).toList();
        assertEquals(ids.size(), new TreeSet<>(ids).size(), () -> "duplicate ids in " + ids);
    }

    @Test
    void everyRuleHasATitleARationaleAndAPlace() {
        for (RuleInfo rule : TestRules.ruleSet().rules()) {
            assertFalse(rule.title().isBlank(), rule.id() + " has no @title");
            assertFalse(rule.rationale().isBlank(), rule.id() + " has no @rationale");
            assertTrue(rule.rationale().endsWith("."), rule.id() + ": a rationale is a sentence");
            assertTrue(rule.file().endsWith(".drl") && rule.line() > 0, rule.id() + " has no file:line");
        }
    }

    @Test
    void eachKindsRulesLiveInTheFileOfItsConcern() {
        for (RuleInfo rule : TestRules.ruleSet().rules()) {
            String file = Path.of(rule.file()).getFileName().toString();
            String expected = rule.id().startsWith("CHG-") ? "code-change.drl"
                    : rule.id().startsWith("EVAL-") ? "evaluation.drl"
                    : rule.id().startsWith("SAAS-") ? "saas-onboarding.drl"
                    : rule.id().startsWith("ACC-") ? "accountability.drl"
                    : rule.id().startsWith("APP-") ? "approvals.drl"
                    : "process-path.drl";
            assertEquals(expected, file, rule.id());
        }
    }

    @Test
    void everyRuleFileOpensWithACommentNamingItsConcern() throws IOException {
        for (Path drl : drlFiles()) {
            String text = Files.readString(drl, StandardCharsets.UTF_8);
            String name = drl.getFileName().toString();
            assertTrue(text.startsWith("/*\n * " + name + ": "), name + " should open with a comment block '" + name + ": ...'");
        }
    }

    @Test
    void noConditionComparesWithANumberWrittenIntoTheRule() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path drl : drlFiles()) {
            boolean inCondition = false;
            List<String> lines = Files.readAllLines(drl, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (line.equals("when")) {
                    inCondition = true;
                } else if (line.equals("then")) {
                    inCondition = false;
                } else if (inCondition && !line.startsWith("//")) {
                    Matcher m = NUMBER_LITERAL.matcher(line.replaceAll("\"[^\"]*\"", "\"\""));
                    if (m.find()) {
                        literals.add(drl.getFileName() + ":" + (i + 1) + ": " + line);
                    }
                }
            }
        }
        assertEquals(List.of(), literals, "thresholds belong in policy.yaml, read with policy.threshold(...)");
    }

    private static List<Path> drlFiles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            List<Path> drls = files.filter(f -> f.toString().endsWith(".drl")).sorted().toList();
            assertFalse(drls.isEmpty());
            return drls;
        }
    }
}
