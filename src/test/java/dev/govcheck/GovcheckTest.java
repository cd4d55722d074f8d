package dev.govcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.decision.Decision;
import dev.govcheck.decision.ProcessPath;
import dev.govcheck.decision.Status;
import dev.govcheck.proposal.InvalidInputException;
import dev.govcheck.testing.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library facade as README's "Library use" shows it: load a rule set once, evaluate files with it. */
class GovcheckTest {
    @Test
    void evaluatesAProposalFileInOneCall() throws Exception {
        Govcheck govcheck = TestRules.defaults();
        Decision decision = govcheck.evaluate(Path.of("samples/saas/hotjar.yaml"));
        assertEquals("MT-2026-014", decision.id());
        assertEquals(Status.PASS, decision.status());
        assertEquals(ProcessPath.STANDARD, decision.path());
        assertEquals(govcheck.ruleSet().policy().queue(ProcessPath.STANDARD), decision.queue());
    }

    @Test
    void anInvalidFileIsAnInputErrorWithItsPosition(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "apiVersion: govcheck/v1\nkind: SaasOnboarding\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TestRules.defaults().evaluate(file));
        assertTrue(e.errors().stream().anyMatch(error -> error.message().contains("required key 'id'")),
                e.errors().toString());
    }
}
