package dev.govcheck.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.govcheck.Govcheck;
import dev.govcheck.decision.Decision;
import dev.govcheck.proposal.ProposalFile;
import dev.govcheck.proposal.ProposalReader;
import dev.govcheck.testing.ProposalGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rule-base cache end to end, with the real rules: what a cached load decides is exactly what a fresh
 * compile decides (the rule set built whole, without a cache, against its files compiled one by one and put
 * together, and read back from the cache or from the jar), one changed file is the only one compiled again, and
 * every way an entry can be wrong (damaged, stale, written by two runs at once, in a folder that cannot be
 * written) ends in the right decisions. The tests of the folder use it without the entries bundled in the jar,
 * which would otherwise answer for the default rules.
 */
class CachedRuleSetTest {
    /** The samples and a couple of hundred generated proposals of every kind. */
    private static List<ProposalFile> corpus;
    /** Their decisions by a rule set compiled without any cache. */
    private static List<Decision> uncached;

    @BeforeAll
    static void decideWithoutCache(@TempDir Path generated) throws Exception {
        List<ProposalFile> files = new ArrayList<>();
        ProposalReader reader = new ProposalReader();
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> samples = Files.walk(Path.of("samples"))) {
            samples.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(paths::add);
        }
        paths.addAll(new ProposalGenerator(2026).writeAll(generated, 200));
        for (Path path : paths) {
            files.add(reader.read(path));
        }
        corpus = List.copyOf(files);
        uncached = decide(RuleSet.load(Path.of("rules")));
    }

    @Test
    void aCachedLoadDecidesExactlyAsAFreshCompile(@TempDir Path cacheDir) throws Exception {
        RuleBaseCache cache = RuleBaseCache.folderOnly(cacheDir);
        RuleSet first = RuleSet.load(Path.of("rules"), cache);
        RuleSet second = RuleSet.load(Path.of("rules"), cache);
        assertEquals(RuleBaseLoader.Origin.COMPILED, first.origin());
        assertEquals(drlFiles(), first.compiledFiles(), "each file compiled on its own");
        assertEquals(RuleBaseLoader.Origin.CACHE, second.origin());
        assertEquals(List.of(), second.compiledFiles());
        assertEquals(uncached, decide(first), "the files compiled one by one decide as one build of all of them");
        assertEquals(uncached, decide(second));
        assertEquals(first.rules(), second.rules(), "rule metadata (ids, titles, lines) survives the cache");
        assertEquals(List.of(), second.cacheWarnings());
        assertEquals(drlFiles().size() + 1, entries(cacheDir).size(), "an entry per file and one for the set");
        Files.delete(entries(cacheDir).stream().max(java.util.Comparator.comparingLong(CachedRuleSetTest::size))
                .orElseThrow()); // the set's entry, the largest: the set is put together from the files' again
        RuleSet fromUnits = RuleSet.load(Path.of("rules"), cache);
        assertEquals(List.of(), fromUnits.compiledFiles());
        assertEquals(uncached, decide(fromUnits));
    }

    @Test
    void theDefaultRulesComeCompiledInTheJarAndWriteNothing(@TempDir Path tmp) throws Exception {
        Path cacheDir = tmp.resolve("cache");
        for (RuleSet rules : List.of(RuleSet.loadDefault(RuleBaseCache.in(cacheDir)),
                RuleSet.load(Path.of("rules"), RuleBaseCache.in(cacheDir)),
                RuleSet.load(copyRules(tmp.resolve("copy")), RuleBaseCache.in(cacheDir)))) {
            assertEquals(RuleBaseLoader.Origin.CACHE, rules.origin(), rules.source());
            assertEquals(uncached, decide(rules), rules.source());
        }
        assertFalse(Files.exists(cacheDir), "nothing to write: every entry came from the jar");
    }

    @Test
    void afterOneFileChangedOnlyThatFileIsCompiledAndTheRestComesFromTheJar(@TempDir Path tmp) throws Exception {
        Path rules = copyRules(tmp.resolve("rules"));
        Files.writeString(rules.resolve("approvals.drl"), "\n// changed\n", java.nio.file.StandardOpenOption.APPEND);
        Path cacheDir = tmp.resolve("cache");
        RuleSet changed = RuleSet.load(rules, RuleBaseCache.in(cacheDir));
        assertEquals(RuleBaseLoader.Origin.COMPILED, changed.origin());
        assertEquals(List.of("approvals.drl"), changed.compiledFiles());
        assertEquals(uncached, decide(changed), "a comment changes nothing");
        assertEquals(2, entries(cacheDir).size(), "the changed file's unit and the set");
        RuleSet again = RuleSet.load(rules, RuleBaseCache.in(cacheDir));
        assertEquals(RuleBaseLoader.Origin.CACHE, again.origin());
        assertEquals(uncached, decide(again));
    }

    @Test
    void aChangedImportOrGlobalCompilesEveryFileOfThePackageAgain(@TempDir Path tmp) throws Exception {
        Path rules = copyRules(tmp.resolve("rules"));
        RuleBaseCache cache = RuleBaseCache.folderOnly(tmp.resolve("cache"));
        RuleSet.load(rules, cache);
        // common.drl's declarations are part of every other file's unit: a new import there is new for all of them
        Path common = rules.resolve("common.drl");
        Files.writeString(common, Files.readString(common).replace("import dev.govcheck.decision.ProcessPath;",
                "import dev.govcheck.decision.ProcessPath;\nimport dev.govcheck.decision.Severity;"));
        RuleSet changed = RuleSet.load(rules, cache);
        assertEquals(drlFiles(), changed.compiledFiles());
        assertEquals(uncached, decide(changed));
    }

    @Test
    void aDamagedEntryIsRebuiltNotTrusted(@TempDir Path cacheDir) throws Exception {
        RuleBaseCache cache = RuleBaseCache.folderOnly(cacheDir);
        RuleSet.load(Path.of("rules"), cache);
        Path set = cache.entry(RuleBaseKey.ofSet(drls(Path.of("rules"))));
        for (Path entry : entries(cacheDir)) {
            byte[] intact = Files.readAllBytes(entry);
            byte[] garbage = new byte[intact.length];
            new java.util.Random(9).nextBytes(garbage);
            for (byte[] damaged : List.of(java.util.Arrays.copyOf(intact, intact.length - 100), garbage)) {
                Files.write(entry, damaged);
                // a file's unit is read only when the set is not in the cache as a whole
                Files.deleteIfExists(entry.equals(set) ? cacheDir.resolve("none") : set);
                RuleSet rebuilt = RuleSet.load(Path.of("rules"), cache);
                assertTrue(rebuilt.compiledFiles().size() <= 1, entry + ": " + rebuilt.compiledFiles());
                assertEquals(uncached, decide(rebuilt));
                assertEquals(RuleBaseLoader.Origin.CACHE, RuleSet.load(Path.of("rules"), cache).origin(),
                        "the rebuilt entry is good again");
                assertTrue(Files.isRegularFile(entry), "written again: " + entry);
            }
        }
    }

    @Test
    void anIntactEntryWhosePackagesDoNotLoadIsRebuilt(@TempDir Path cacheDir) throws Exception {
        RuleBaseCache cache = RuleBaseCache.folderOnly(cacheDir);
        List<RuleCompiler.DrlSource> drls = drls(Path.of("rules"));
        RuleBaseKey key = RuleBaseKey.ofSet(drls);
        // checksum and key are right, but the set is not a set: as if written by a broken build
        RuleBaseArchive broken = new RuleBaseArchive(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 1, 2, 3});
        cache.write(key, broken);
        RuleSet rules = RuleSet.load(Path.of("rules"), cache);
        assertEquals(RuleBaseLoader.Origin.COMPILED, rules.origin());
        assertEquals(uncached, decide(rules));
        assertEquals(RuleBaseLoader.Origin.CACHE, RuleSet.load(Path.of("rules"), cache).origin());

        // the same for one file's unit: that file alone is compiled again
        RuleSet hit = RuleSet.load(Path.of("rules"), cache);
        RuleBaseKey approvals = unitKey(drls, "approvals.drl");
        cache.write(approvals, broken);
        cache.discard(key); // the set as a whole too, so that the units are read
        RuleSet rebuilt = RuleSet.load(Path.of("rules"), cache);
        assertEquals(List.of("approvals.drl"), rebuilt.compiledFiles());
        assertEquals(uncached, decide(rebuilt));
        assertEquals(hit.rules(), rebuilt.rules());
    }

    @Test
    void changingARuleMakesANewEntryAndChangingAThresholdDoesNot(@TempDir Path tmp) throws Exception {
        Path rules = copyRules(tmp.resolve("rules"));
        RuleBaseCache cache = RuleBaseCache.folderOnly(tmp.resolve("cache"));
        RuleSet.load(rules, cache);
        int firstEntries = entries(tmp.resolve("cache")).size();

        // policy.yaml is read on every run, not compiled: a new threshold applies at once, from the same entry
        Path policy = rules.resolve("policy.yaml");
        Files.writeString(policy, Files.readString(policy).replace("largeUserCount: 250", "largeUserCount: 100000"));
        RuleSet newThreshold = RuleSet.load(rules, cache);
        assertEquals(RuleBaseLoader.Origin.CACHE, newThreshold.origin());
        assertNotEquals(uncached, decide(newThreshold), "SAAS-USERS-01 no longer fires on large roll-outs");

        // a DRL change is a different rule base: compiled again, under a new key
        Path drl = rules.resolve("approvals.drl");
        Files.writeString(drl, Files.readString(drl).replace("every proposal needs its business owner's sign-off",
                "the business owner signs off"));
        RuleSet changed = RuleSet.load(rules, cache);
        assertEquals(RuleBaseLoader.Origin.COMPILED, changed.origin());
        assertEquals(List.of("approvals.drl"), changed.compiledFiles(), "only the changed file is compiled");
        Decision hotjar = Govcheck.of(changed).evaluate(corpus.get(indexOf("hotjar.yaml")));
        assertTrue(hotjar.approvals().stream().flatMap(a -> a.reasons().stream())
                .anyMatch(r -> r.message().startsWith("the business owner signs off")), hotjar.approvals().toString());
        assertEquals(firstEntries + 2, entries(tmp.resolve("cache")).size(),
                "a new unit and a new set; the old entries stay for the old rules");
    }

    @Test
    void runsBuildingTheSameRulesAtOnceShareTheFolderSafely(@TempDir Path cacheDir) throws Exception {
        RuleBaseCache cache = RuleBaseCache.folderOnly(cacheDir);
        int runs = 3;
        ExecutorService pool = Executors.newFixedThreadPool(runs);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<RuleSet>> loads = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                Callable<RuleSet> load = () -> {
                    start.await();
                    return RuleSet.load(Path.of("rules"), cache);
                };
                loads.add(pool.submit(load));
            }
            start.countDown();
            for (Future<RuleSet> load : loads) {
                RuleSet rules = load.get();
                assertEquals(List.of(), rules.cacheWarnings());
                assertEquals(uncached, decide(rules));
            }
        } finally {
            pool.shutdownNow();
        }
        RuleSet after = RuleSet.load(Path.of("rules"), cache);
        assertEquals(RuleBaseLoader.Origin.CACHE, after.origin());
        assertEquals(uncached, decide(after));
        assertEquals(drlFiles().size() + 1, entries(cacheDir).size(), "one entry each, no temporary files");
    }

    @Test
    void aCacheFolderThatCannotBeWrittenCostsSpeedNotDecisions(@TempDir Path tmp) throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "");
        RuleSet rules = RuleSet.load(Path.of("rules"), RuleBaseCache.folderOnly(notAFolder.resolve("cache")));
        assertEquals(RuleBaseLoader.Origin.COMPILED, rules.origin());
        assertEquals(1, rules.cacheWarnings().size());
        assertTrue(rules.cacheWarnings().get(0).startsWith("cannot write the rule-base cache"), rules.cacheWarnings().get(0));
        assertEquals(uncached, decide(rules));
    }

    @Test
    void theSameRulesInAnotherFolderShareTheEntryButNameTheirOwnFiles(@TempDir Path tmp) throws Exception {
        Path copy = copyRules(tmp.resolve("copy"));
        RuleBaseCache cache = RuleBaseCache.folderOnly(tmp.resolve("cache"));
        RuleSet fromCopy = RuleSet.load(copy, cache);
        RuleSet fromRules = RuleSet.load(Path.of("rules"), cache);
        assertEquals(RuleBaseLoader.Origin.CACHE, fromRules.origin());
        assertEquals("rules/accountability.drl", fromRules.rule("ACC-01").file());
        assertEquals(fromCopy.rule("ACC-01").line(), fromRules.rule("ACC-01").line());
        assertTrue(fromCopy.rule("ACC-01").file().endsWith("copy/accountability.drl"), fromCopy.rule("ACC-01").file());

        Path threshold = tmp.resolve("threshold");
        copyRules(threshold);
        Files.writeString(threshold.resolve("policy.yaml"), Files.readString(threshold.resolve("policy.yaml"))
                .replace("largeUserCount", "largeUserCnt"));
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSet.load(threshold, cache));
        assertTrue(e.errors().stream().anyMatch(err -> err.file().endsWith("threshold/saas-onboarding.drl")
                && err.message().startsWith("unknown threshold 'largeUserCount'")), e.errors().toString());
    }

    @Test
    void drlErrorsAreReportedWithTheirLinesAndNothingIsCached(@TempDir Path tmp) throws Exception {
        Path rules = copyRules(tmp.resolve("rules"));
        Path drl = rules.resolve("approvals.drl");
        Files.writeString(drl, Files.readString(drl).replace("$p : Proposal()", "$p : Proposal( noSuchField > 1 )"));
        RuleBaseCache cache = RuleBaseCache.in(tmp.resolve("cache"));
        RuleSetException e = assertThrows(RuleSetException.class, () -> RuleSet.load(rules, cache));
        RuleSetError error = e.errors().get(0);
        assertTrue(error.file().endsWith("approvals.drl"), error.toString());
        assertTrue(error.line() > 0, "located: " + error);
        assertFalse(Files.exists(tmp.resolve("cache").resolve("rule-bases")));
    }

    private static List<Decision> decide(RuleSet rules) {
        Govcheck govcheck = Govcheck.of(rules);
        return corpus.stream().map(govcheck::evaluate).toList();
    }

    private static int indexOf(String fileName) {
        for (int i = 0; i < corpus.size(); i++) {
            if (corpus.get(i).file().endsWith(fileName)) {
                return i;
            }
        }
        throw new AssertionError(fileName + " not in the corpus");
    }

    /** Every file in the cache folder (entries, and temporary files if any were left). */
    private static List<Path> entries(Path cacheDir) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir.resolve("rule-bases"))) {
            return files.sorted().toList();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The default rules' DRL files, in order. */
    private static List<String> drlFiles() throws IOException {
        return drls(Path.of("rules")).stream().map(RuleCompiler.DrlSource::fileName).toList();
    }

    /** The key of the unit that holds {@code file}. */
    private static RuleBaseKey unitKey(List<RuleCompiler.DrlSource> drls, String file) {
        return CompileUnits.of(drls, DrlAnalysis.of(drls, CachedRuleSetTest.class.getClassLoader())).stream()
                .filter(u -> u.files().stream().anyMatch(f -> f.fileName().equals(file))).findFirst().orElseThrow()
                .key();
    }

    private static Path copyRules(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            files.filter(Files::isRegularFile).forEach(f -> {
                try {
                    Files.copy(f, target.resolve(f.getFileName()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return target;
    }

    private static List<RuleCompiler.DrlSource> drls(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<RuleCompiler.DrlSource> drls = new ArrayList<>();
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                drls.add(new RuleCompiler.DrlSource(f.getFileName().toString(), f.toString(), Files.readString(f)));
            }
            return drls;
        }
    }
}
