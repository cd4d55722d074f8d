package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Write a new rule" example is run: its rule, added to a copy of the default rule set as a file of
 * its own (with no imports: common.drl's serve), loads, and its two cases pass with {@code govcheck verify}.
 */
class ReadmeNewRuleTest {
    @Test
    void theExampleRuleLoadsAndItsCasesPass(@TempDir Path dir) throws IOException {
        List<String> blocks = blocks(Files.readAllLines(Path.of("README.md")), "### Write a new rule");
        String drl = blocks.get(0);
        String cases = blocks.get(1);
        assertTrue(drl.startsWith("rule \"SAAS-SCIM-01\""), drl);
        Path rules = DefaultRuleSetCopy.withDrl(dir, "team-scim.drl", "package govcheck.rules;\n\n" + drl);
        Path tests = Files.createDirectories(dir.resolve("cases"));
        Files.copy(Path.of("rules/tests/proposals/saas.yaml"), tests.resolve("saas.yaml"));
        Files.writeString(tests.resolve("scim.yaml"), "base: saas.yaml\ncases:\n" + cases);
        CliRun run = CliRun.of("verify", "--no-cache", "--rules", rules.toString(), tests.toString());
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("PASS a broad roll-out without SCIM needs security\n"), run.out());
        assertTrue(run.out().contains("PASS with SCIM provisioning no extra approval is needed\n"), run.out());
        assertEquals("2 passed, 0 failed", run.lastLine());
    }

    /** The fenced blocks of a section, without their indentation of the list they are in. */
    private static List<String> blocks(List<String> lines, String heading) {
        List<String> blocks = new ArrayList<>();
        boolean in = false;
        StringBuilder block = null;
        String indent = "";
        for (String line : lines) {
            if (line.startsWith("#")) {
                in = line.equals(heading);
            } else if (in && line.strip().startsWith("```")) {
                if (block == null) {
                    block = new StringBuilder();
                    indent = line.substring(0, line.indexOf('`'));
                } else {
                    blocks.add(block.toString());
                    block = null;
                }
            } else if (in && block != null) {
                block.append(line.startsWith(indent) ? line.substring(indent.length()) : line).append('\n');
            }
        }
        return blocks;
    }
}
