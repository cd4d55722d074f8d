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
 * compile decides, and every way an entry can be wrong (damaged, stale, written by two runs at once, in a folder
 * that cannot be written) ends in the right decisions.
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
        RuleBaseCache cache = RuleBaseCache.in(cacheDir);
        RuleSet first = RuleSet.load(Path.of("rules"), cache);
        RuleSet second = RuleSet.load(Path.of("rules"), cache);
        assertEquals(RuleBaseLoader.Origin.COMPILED, first.origin());
        assertEquals(RuleBaseLoader.Origin.CACHE, second.origin());
        assertEquals(uncached, decide(first));
        assertEquals(uncached, decide(second));
        assertEquals(first.rules(), second.rules(), "rule metadata (ids, titles, lines) survives the cache");
        assertEquals(List.of(), second.cacheWarnings());
    }

    @Test
    void aDamagedEntryIsRebuiltNotTrusted(@TempDir Path cacheDir) throws Exception {
        RuleBaseCache cache = RuleBaseCache.in(cacheDir);
        RuleSet.load(Path.of("rules"), cache);
        Path entry = onlyEntry(cacheDir);
        byte[] intact = Files.readAllBytes(entry);

        Files.write(entry, java.util.Arrays.copyOf(intact, intact.length - 100)); // truncated
        RuleSet afterTruncation = RuleSet.load(Path.of("rules"), cache);
        assertEquals(RuleBaseLoader.Origin.COMPILED, afterTruncation.origin());
        assertEquals(uncached, decide(afterTruncation));

        byte[] garbage = new byte[intact.length];
        new java.util.Random(9).nextBytes(garbage);
        Files.write(entry, garbage);
        RuleSet afterGarbage = RuleSet.load(Path.of("rules"), cache);
        assertEquals(RuleBaseLoader.Origin.COMPILED, afterGarbage.origin());
        assertEquals(uncached, decide(afterGarbage));

        assertEquals(RuleBaseLoader.Origin.CACHE, RuleSet.load(Path.of("rules"), cache).origin(),
                "the rebuilt entry is good again");
    }

    @Test
    void anIntactEntryWhosePackagesDoNotLoadIsRebuilt(@TempDir Path cacheDir) throws Exception {
        RuleBaseCache cache = RuleBaseCache.in(cacheDir);
        List<RuleCompiler.DrlSource> drls = drls(Path.of("rules"));
        RuleBaseKey key = RuleBaseKey.of(drls);
        // checksum and key are right, but the packages are not packages: as if written by a broken build
        cache.write(key, new RuleBaseArchive(new byte[] {(byte) 0xAC, (byte) 0xED, 0, 5, 1, 2, 3}));
        RuleSet rules = RuleSet.load(Path.of("rules"), cache);
        assertEquals(RuleBaseLoader.Origin.COMPILED, rules.origin());
        assertEquals(uncached, decide(rules));
        assertEquals(RuleBaseLoader.Origin.CACHE, RuleSet.load(Path.of("rules"), cache).origin());
    }

    @Test
    void changingARuleMakesANewEntryAndChangingAThresholdDoesNot(@TempDir Path tmp) throws Exception {
        Path rules = copyRules(tmp.resolve("rules"));
        RuleBaseCache cache = RuleBaseCache.in(tmp.resolve("cache"));
        RuleSet.load(rules, cache);
        Path firstEntry = onlyEntry(tmp.resolve("cache"));

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
        Decision hotjar = Govcheck.of(changed).evaluate(corpus.get(indexOf("hotjar.yaml")));
        assertTrue(hotjar.approvals().stream().flatMap(a -> a.reasons().stream())
                .anyMatch(r -> r.message().startsWith("the business owner signs off")), hotjar.approvals().toString());
        try (Stream<Path> entries = Files.list(firstEntry.getParent())) {
            assertEquals(2, entries.count(), "the old entry stays for the old rules");
        }
    }

    @Test
    void runsBuildingTheSameRulesAtOnceShareTheFolderSafely(@TempDir Path cacheDir) throws Exception {
        RuleBaseCache cache = RuleBaseCache.in(cacheDir);
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
        try (Stream<Path> files = Files.list(onlyEntry(cacheDir).getParent())) {
            assertEquals(1, files.count(), "one entry, no temporary files");
        }
    }

    @Test
    void aCacheFolderThatCannotBeWrittenCostsSpeedNotDecisions(@TempDir Path tmp) throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "");
        RuleSet rules = RuleSet.load(Path.of("rules"), RuleBaseCache.in(notAFolder.resolve("cache")));
        assertEquals(RuleBaseLoader.Origin.COMPILED, rules.origin());
        assertEquals(1, rules.cacheWarnings().size());
        assertTrue(rules.cacheWarnings().get(0).startsWith("cannot write the rule-base cache"), rules.cacheWarnings().get(0));
        assertEquals(uncached, decide(rules));
    }

    @Test
    void theSameRulesInAnotherFolderShareTheEntryButNameTheirOwnFiles(@TempDir Path tmp) throws Exception {
        Path copy = copyRules(tmp.resolve("copy"));
        RuleBaseCache cache = RuleBaseCache.in(tmp.resolve("cache"));
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

    private static Path onlyEntry(Path cacheDir) throws IOException {
        try (Stream<Path> files = Files.list(cacheDir.resolve("rule-bases"))) {
            List<Path> entries = files.toList();
            assertEquals(1, entries.size(), entries.toString());
            return entries.get(0);
        }
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
