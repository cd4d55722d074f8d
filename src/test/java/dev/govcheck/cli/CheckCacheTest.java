package dev.govcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.run.ExitCode;
import dev.govcheck.testing.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --cache-dir / --no-cache}: the cache changes how long a run takes, never what it prints. The default
 * rules come compiled in the jar; a rule set of one's own is compiled file by file, and a changed file alone again.
 */
class CheckCacheTest {
    private static final String SAMPLES = "samples";

    @Test
    void theDefaultRulesComeFromTheJarAndPrintWhatACompilePrints(@TempDir Path cache) {
        CliRun first = CliRun.of("check", "--debug", "-f", "json", "--cache-dir", cache.toString(), SAMPLES);
        CliRun uncached = CliRun.of("check", "-f", "json", "--no-cache", SAMPLES);
        assertEquals(ExitCode.FAIL, first.exitCode(), first.err());
        assertTrue(first.err().contains("rule set rules loaded from the cache in " + cache.toAbsolutePath()),
                first.err());
        assertEquals(uncached.out(), first.out());
        assertEquals(uncached.exitCode(), first.exitCode());
        assertEquals("", uncached.err());
        assertFalse(Files.exists(cache.resolve("rule-bases")), "nothing compiled, nothing written");
    }

    @Test
    void aRuleSetOfOnesOwnCompilesTheNewFileOnlyAndThenLoadsFromTheCache(@TempDir Path dir) throws Exception {
        Path rules = DefaultRuleSetCopy.withDrl(dir, "team.drl", DefaultRuleSetCopy.rule("TEAM-1",
                "@id(\"TEAM-1\") @title(\"A team rule\") @rationale(\"A test.\")\n", "spec.users"));
        Path cache = dir.resolve("cache");
        String[] check = {"check", "--debug", "-f", "json", "--rules", rules.toString(), "--cache-dir",
            cache.toString(), SAMPLES};
        CliRun first = CliRun.of(check);
        CliRun second = CliRun.of(check);
        CliRun uncached = CliRun.of("check", "-f", "json", "--no-cache", "--rules", rules.toString(), SAMPLES);
        assertEquals(ExitCode.FAIL, first.exitCode(), first.err());
        assertTrue(first.err().contains("rule set " + rules + " compiled (team.drl; the other 7 of 8 files from the"
                + " cache in " + cache.toAbsolutePath() + ")"), first.err());
        assertTrue(second.err().contains("rule set " + rules + " loaded from the cache in " + cache.toAbsolutePath()),
                second.err());
        assertTrue(first.out().contains("TEAM-1"), "the new rule is in force");
        assertEquals(first.out(), second.out());
        assertEquals(uncached.out(), second.out());
        assertEquals(first.exitCode(), second.exitCode());
        assertEquals(uncached.exitCode(), second.exitCode());
        assertEquals("", uncached.err());
    }

    @Test
    void noCacheCompilesOnEveryRun() {
        for (int run = 0; run < 2; run++) {
            CliRun noCache = CliRun.of("check", "--debug", "--no-cache", "samples/saas/hotjar.yaml");
            assertEquals(ExitCode.PASS, noCache.exitCode(), noCache.err());
            assertTrue(noCache.err().contains("rule set rules compiled"), noCache.err());
        }
    }

    @Test
    void anUnwritableCacheFolderGivesOneWarningLineAndTheUsualReport(@TempDir Path dir) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "");
        // a rule set that has to be compiled, so that there is something to write
        Path rules = DefaultRuleSetCopy.withDrl(dir, "team.drl", DefaultRuleSetCopy.rule("TEAM-1",
                "@id(\"TEAM-1\") @title(\"A team rule\") @rationale(\"A test.\")\n", "spec.users"));
        CliRun run = CliRun.of("check", "--rules", rules.toString(), "--cache-dir",
                notAFolder.resolve("cache").toString(), "samples/saas/hotjar.yaml");
        CliRun uncached = CliRun.of("check", "--rules", rules.toString(), "--no-cache", "samples/saas/hotjar.yaml");
        assertEquals(ExitCode.PASS, run.exitCode());
        List<String> lines = run.err().lines().toList();
        assertEquals(1, lines.size(), run.err());
        assertTrue(lines.get(0).startsWith("govcheck: warning: cannot write the rule-base cache in "), lines.get(0));
        assertEquals(uncached.out(), run.out());
    }

    @Test
    void cacheDirAndNoCacheTogetherAreAUsageError(@TempDir Path cache) {
        CliRun run = CliRun.of("check", "--no-cache", "--cache-dir", cache.toString(), "samples/saas/hotjar.yaml");
        assertEquals(ExitCode.USAGE, run.exitCode());
        assertTrue(run.err().contains("--cache-dir and --no-cache cannot be used together"), run.err());
        assertFalse(Files.exists(cache.resolve("rule-bases")));
    }

    @Test
    void helpNamesTheCacheOptions() {
        String help = CliRun.of("check", "--help").out();
        assertTrue(help.contains("--cache-dir=DIR"), help);
        assertTrue(help.contains("--no-cache"), help);
        assertTrue(help.contains("%LOCALAPPDATA%"), help);
    }
}
