package dev.govcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.policy.RuleInfo;
import dev.govcheck.report.FormatCheck;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.TestRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The default policy is documented inside the repository by a document made from the rules themselves:
 * {@code rules/README.md} is exactly what {@code govcheck rules --format markdown} writes for the default set, so it
 * cannot drift from the DRL, policy.yaml and catalog.yaml. After a rule change, regenerate it with
 * {@code java -jar target/govcheck.jar rules --rules rules -f markdown -o rules/README.md}.
 */
class PolicyDocumentTest {
    private static final Path DOCUMENT = Path.of("rules/README.md");

    @Test
    void rulesReadmeIsTheDocumentTheRulesGenerate() throws Exception {
        CliRun run = CliRun.of("rules", "--rules", "rules", "--format", "markdown");
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(run.out(), Files.readString(DOCUMENT, StandardCharsets.UTF_8), DOCUMENT + " is out of date:"
                + " regenerate it with java -jar target/govcheck.jar rules --rules rules -f markdown -o " + DOCUMENT);
    }

    @Test
    void theDocumentIsMarkdownNamingEveryRuleThresholdAndRole() throws Exception {
        String document = Files.readString(DOCUMENT, StandardCharsets.UTF_8);
        FormatCheck.markdown(document);
        for (RuleInfo rule : TestRules.ruleSet().rules()) {
            assertTrue(document.contains("| **" + rule.id() + "** (line " + rule.line() + ") | " + rule.title()),
                    rule.id());
        }
        TestRules.ruleSet().policy().thresholds().keySet()
                .forEach(name -> assertTrue(document.contains("| `" + name + "` |"), name));
        TestRules.ruleSet().policy().roles().keySet()
                .forEach(role -> assertTrue(document.contains("| `" + role + "` |"), role));
    }
}
