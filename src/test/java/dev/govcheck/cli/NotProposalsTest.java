package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import dev.govcheck.testing.TestTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checked folder may hold YAML that is not proposals: the rule set in use (--rules DIR inside it, with its tests),
 * rule test case files elsewhere, the waivers file in use. None is checked as a proposal, and none is an error; a
 * case file is mentioned once, in a notice.
 */
class NotProposalsTest {

    @Test
    void theRuleSetInUseCaseFilesAndTheWaiversFileAreNotCheckedAsProposals(@TempDir Path dir) throws Exception {
        Path repo = Files.createDirectories(dir.resolve("governance"));
        Files.copy(Path.of("examples/proposals/webinar-platform.yaml"), repo.resolve("webinar-platform.yaml"));
        TestTrees.copy(Path.of("rules"), repo.resolve("policy"));
        Path cases = Files.createDirectories(repo.resolve("more-tests")).resolve("saas-cases.yaml");
        Files.copy(Path.of("rules/tests/saas-onboarding.yaml"), cases);
        Path waivers = repo.resolve("waivers.yaml");
        Files.copy(Path.of("examples/waivers.yaml"), waivers);

        CliRun run = CliRun.of("check", "--rules", repo.resolve("policy").toString(), "--waivers", waivers.toString(),
                "--today", "2026-11-02", repo.toString());
        assertEquals(ExitCode.PASS, run.exitCode(), run.out());
        assertEquals("1 file: 1 pass, 0 fail, 0 invalid", run.lastLine());
        assertTrue(run.out().contains(cases + ":1:1: notice: skipped: a rule test case file (a top-level 'cases:'"
                + " list), not a proposal\n"), run.out());
        assertFalse(run.out().contains("error"), run.out());
        assertFalse(run.out().contains("policy/"), "nothing of the rule set is read as a proposal: " + run.out());
        assertEquals(1, run.out().split("skipped: a rule test case file", -1).length - 1, "mentioned once");

        CliRun quiet = CliRun.of("check", "-q", "--rules", repo.resolve("policy").toString(), "--waivers",
                waivers.toString(), "--today", "2026-11-02", repo.toString());
        assertEquals("1 file: 1 pass, 0 fail, 0 invalid\n", quiet.out(), "notices are not for --quiet");
    }

    @Test
    void aCaseFileNamedOnTheCommandLineIsSkippedTooButABrokenProposalIsStillInvalid(@TempDir Path dir)
            throws Exception {
        Path cases = dir.resolve("cases.yaml");
        Files.copy(Path.of("rules/tests/saas-onboarding.yaml"), cases);
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "apiVersion: govcheck/v1\nkind: SaasOnboarding\ncases: []\n");
        CliRun run = CliRun.of("check", cases.toString(), broken.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.exitCode(), run.out());
        assertTrue(run.out().contains(cases + ":1:1: notice: skipped: a rule test case file"), run.out());
        assertTrue(run.out().contains(broken + ":"), "a file with an apiVersion is a proposal: " + run.out());
    }
}
