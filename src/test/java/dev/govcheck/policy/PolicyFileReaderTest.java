package dev.govcheck.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.govcheck.decision.ProcessPath;
import dev.govcheck.drl.ApprovedTool;
import dev.govcheck.drl.Policy;
import dev.govcheck.proposal.ToolCategory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** policy.yaml and catalog.yaml: bound when their schemas accept them, every mistake located otherwise. */
class PolicyFileReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsTheDefaultPolicyAndCatalog() {
        PolicyFileReader reader = new PolicyFileReader();
        Policy policy = reader.readPolicy(Path.of("rules/policy.yaml"), "policy.yaml");
        List<ApprovedTool> tools = reader.readCatalog(Path.of("rules/catalog.yaml"), "catalog.yaml");
        assertEquals(List.of(), reader.errors());
        assertEquals("EUR", policy.currency());
        assertEquals(250, policy.threshold("largeUserCount"));
        assertEquals(10, policy.queue(ProcessPath.STANDARD).slaBusinessDays());
        assertEquals("martech-express", policy.queue(ProcessPath.FAST_TRACK).name());
        assertEquals(new ApprovedTool("Google Analytics 4", "Google", ToolCategory.ANALYTICS), tools.get(0));
    }

    @Test
    void mistakesInPolicyYamlAreLocatedWithWhatWasMeant() throws IOException {
        Path file = dir.resolve("policy.yaml");
        Files.writeString(file, """
                currency: EUR
                thresholds: {largeUserCount: many}
                queues:
                  FAST_TRACK: {queue: express, slaBusinessDays: 2}
                  STANDARD: {queue: standard}
                roles: {security: Information security}
                role: {legal: Legal}
                """);
        PolicyFileReader reader = new PolicyFileReader();
        assertNull(reader.readPolicy(file, "policy.yaml"));
        assertEquals(List.of(
                "policy.yaml:2:30: error: thresholds.largeUserCount: expected a number, got 'many'",
                "policy.yaml:3:1: error: queues.FULL_REVIEW: required key 'FULL_REVIEW' is missing in queues"
                        + " (expected a queue and its SLA (queue, slaBusinessDays))",
                "policy.yaml:5:3: error: queues.STANDARD.slaBusinessDays: required key 'slaBusinessDays' is missing"
                        + " in queues.STANDARD (expected a number)",
                "policy.yaml:7:1: error: role: unknown key 'role' at the top level (did you mean 'roles'?)"),
                reader.errors().stream().map(RuleSetError::format).toList());
    }

    @Test
    void catalogCategoriesAreTheProposalSchemas() throws IOException {
        Path file = dir.resolve("catalog.yaml");
        Files.writeString(file, """
                approved:
                  - {name: Matomo, category: analytic}
                  - {name: Tool without a category}
                """);
        PolicyFileReader reader = new PolicyFileReader();
        assertEquals(List.of(), reader.readCatalog(file, "catalog.yaml"));
        assertEquals(List.of(
                "catalog.yaml:2:30: error: approved[0].category: expected one of analytics, email, cms, crm, cdp,"
                        + " advertising, social, experimentation, consent, survey, collaboration, other, got 'analytic'"
                        + " (did you mean 'analytics'?)",
                "catalog.yaml:3:5: error: approved[1].category: required key 'category' is missing in approved[1]"
                        + " (expected one of analytics, email, cms, crm, cdp, advertising, social, experimentation,"
                        + " consent, survey, collaboration, other)"),
                reader.errors().stream().map(RuleSetError::format).toList());
    }

    /** An empty policy.yaml or catalog.yaml says what the file should hold, not that a proposal is expected. */
    @Test
    void anEmptyFileSaysWhatItShouldHold() throws IOException {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "# thresholds to come\n");
        Path catalog = dir.resolve("catalog.yaml");
        Files.writeString(catalog, "");
        PolicyFileReader reader = new PolicyFileReader();
        assertNull(reader.readPolicy(policy, "policy.yaml"));
        assertEquals(List.of(), reader.readCatalog(catalog, "catalog.yaml"));
        assertEquals(List.of(
                "policy.yaml:1:1: error: file holds only comments: expected the policy's settings (currency,"
                        + " thresholds, queues, roles)",
                "catalog.yaml:1:1: error: file is empty: expected the catalog of approved tools (an 'approved:'"
                        + " list)"),
                reader.errors().stream().map(RuleSetError::format).toList());
    }
}
