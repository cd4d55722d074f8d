package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.testing.CliRun;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The top-level help lists every command with a summary that is one whole sentence, never cut off. */
class HelpTest {
    @Test
    void everyCommandHasAWholeSentenceAsItsSummary() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exitCode());
        List<String> lines = run.out().lines().toList();
        int start = lines.indexOf("Commands:") + 1;
        List<String> summaries = new ArrayList<>();
        for (int i = start; i < lines.size() && !lines.get(i).isBlank(); i++) {
            String line = lines.get(i);
            if (line.matches("  \\S.*")) {
                summaries.add(line.strip());
            } else {
                summaries.set(summaries.size() - 1, summaries.get(summaries.size() - 1) + " " + line.strip());
            }
        }
        assertTrue(summaries.size() >= 6, summaries.toString());
        for (String summary : summaries) {
            assertTrue(summary.endsWith("."), "a summary is a whole sentence: " + summary);
        }
        for (String line : lines) {
            assertTrue(line.length() <= 80, "fits 80 columns: " + line);
        }
    }
}
