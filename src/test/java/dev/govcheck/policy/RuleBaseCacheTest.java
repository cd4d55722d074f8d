package dev.govcheck.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache folder itself, with stand-in entries (no Drools): reads, atomic writes, damage, pruning, failures. */
class RuleBaseCacheTest {
    private static final RuleBaseKey KEY = RuleBaseArchiveTest.KEY;

    @Test
    void aWrittenEntryIsReadBack(@TempDir Path dir) {
        RuleBaseCache cache = RuleBaseCache.in(dir);
        assertEquals(Optional.empty(), cache.read(KEY).archive());
        assertEquals(Optional.empty(), cache.write(KEY, RuleBaseArchiveTest.sample()));
        assertArrayEquals(RuleBaseArchiveTest.sample().toBytes(KEY), cache.read(KEY).archive().orElseThrow().toBytes(KEY));
        assertEquals(List.of(cache.entry(KEY)), files(cache.entry(KEY).getParent()), "no temporary file left");
    }

    @Test
    void aDamagedEntryReadsAsAbsentAndIsRemoved(@TempDir Path dir) throws Exception {
        RuleBaseCache cache = RuleBaseCache.in(dir);
        cache.write(KEY, RuleBaseArchiveTest.sample());
        byte[] bytes = Files.readAllBytes(cache.entry(KEY));
        Files.write(cache.entry(KEY), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertEquals(Optional.empty(), cache.read(KEY).archive());
        assertFalse(Files.exists(cache.entry(KEY)));
    }

    @Test
    void concurrentWritersAndReadersNeverSeeAPartialEntry(@TempDir Path dir) throws Exception {
        RuleBaseCache cache = RuleBaseCache.in(dir);
        // a big entry, so that a write takes long enough to overlap with the others
        byte[] big = new byte[2_000_000];
        new java.util.Random(3).nextBytes(big);
        RuleBaseArchive archive = new RuleBaseArchive(big);
        byte[] expected = archive.toBytes(KEY);
        int writers = 4;
        int readers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(writers + readers);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    for (int round = 0; round < 10; round++) {
                        assertEquals(Optional.empty(), cache.write(KEY, archive));
                    }
                    return 0;
                }));
            }
            for (int i = 0; i < readers; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    int seen = 0;
                    while (writing.get()) {
                        Optional<RuleBaseArchive> read = readWithoutDiscarding(cache);
                        if (read.isPresent()) {
                            assertArrayEquals(expected, read.get().toBytes(KEY));
                            seen++;
                        }
                    }
                    return seen;
                }));
            }
            start.countDown();
            for (int i = 0; i < writers; i++) {
                results.get(i).get();
            }
            writing.set(false);
            int seen = 0;
            for (Future<Integer> result : results) {
                seen += result.get();
            }
            assertTrue(seen > 0, "readers read the entry while it was being rewritten");
        } finally {
            pool.shutdownNow();
        }
        assertArrayEquals(expected, cache.read(KEY).archive().orElseThrow().toBytes(KEY));
        assertEquals(List.of(cache.entry(KEY)), files(cache.entry(KEY).getParent()), "no temporary file left");
    }

    /** Reads the entry's bytes as a reader would, but without deleting it when damaged (which would hide damage). */
    private static Optional<RuleBaseArchive> readWithoutDiscarding(RuleBaseCache cache) {
        try {
            return Optional.of(RuleBaseArchive.fromBytes(Files.readAllBytes(cache.entry(KEY)), KEY));
        } catch (java.nio.file.NoSuchFileException e) {
            return Optional.empty();
        } catch (Exception e) {
            throw new AssertionError("a reader saw a damaged entry: " + e, e);
        }
    }

    @Test
    void aFolderThatCannotBeWrittenGivesOneLineAndNoException(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        RuleBaseCache cache = RuleBaseCache.in(file.resolve("cache"));
        assertEquals(Optional.empty(), cache.read(KEY).archive());
        String warning = cache.write(KEY, RuleBaseArchiveTest.sample()).orElseThrow();
        assertTrue(warning.startsWith("cannot write the rule-base cache in " + file.resolve("cache")), warning);
        assertFalse(warning.contains("\n"));
    }

    @Test
    void writingPrunesLongUnusedEntriesAndAbandonedTemporaryFiles(@TempDir Path dir) throws Exception {
        RuleBaseCache cache = RuleBaseCache.in(dir);
        RuleBaseKey other = new RuleBaseKey("c".repeat(64));
        RuleBaseKey recent = new RuleBaseKey("d".repeat(64));
        cache.write(other, RuleBaseArchiveTest.sample());
        cache.write(recent, RuleBaseArchiveTest.sample());
        Path folder = cache.entry(KEY).getParent();
        Path abandoned = Files.writeString(folder.resolve(KEY.hex() + ".123.tmp"), "half");
        Path fresh = Files.writeString(folder.resolve(KEY.hex() + ".456.tmp"), "being written");
        age(cache.entry(other), RuleBaseCache.UNUSED_ENTRY_LIFETIME.plusDays(1));
        age(abandoned, RuleBaseCache.ABANDONED_TEMP_FILE_AGE.plusMinutes(1));
        cache.write(KEY, RuleBaseArchiveTest.sample());
        assertEquals(List.of(fresh, cache.entry(KEY), cache.entry(recent)).stream().sorted().toList(), files(folder));
    }

    @Test
    void readingAnOldEntryKeepsItFromBeingPruned(@TempDir Path dir) throws Exception {
        RuleBaseCache cache = RuleBaseCache.in(dir);
        cache.write(KEY, RuleBaseArchiveTest.sample());
        age(cache.entry(KEY), Duration.ofDays(20));
        cache.read(KEY).archive().orElseThrow();
        assertTrue(Files.getLastModifiedTime(cache.entry(KEY)).toInstant()
                .isAfter(Instant.now().minus(Duration.ofHours(1))));
    }

    @Test
    void aDisabledCacheStoresNothing() {
        RuleBaseCache cache = RuleBaseCache.disabled();
        assertFalse(cache.enabled());
        assertEquals(Optional.empty(), cache.write(KEY, RuleBaseArchiveTest.sample()));
        assertEquals(Optional.empty(), cache.read(KEY).archive());
    }

    /**
     * An entry that is not a regular file govcheck wrote is damaged: it is never read (a link to /dev/zero or a sparse
     * file of gigabytes would exhaust memory, a pipe would block the run forever), it is removed, the rules are
     * compiled again, and a warning says so once.
     */
    @Test
    void entriesThatAreNotRegularFilesOfSaneSizeAreDamaged(@TempDir Path dir) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.io.File.separatorChar == '/', "links, pipes, /dev/zero");
        RuleBaseCache cache = RuleBaseCache.in(dir);
        Path entry = cache.entry(KEY);
        Files.createDirectories(entry.getParent());

        Files.createSymbolicLink(entry, Path.of("/dev/zero"));
        assertDamaged(cache, "is a symbolic link");

        try (java.io.RandomAccessFile sparse = new java.io.RandomAccessFile(entry.toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024); // 3 GiB on disk in a few blocks
        }
        assertDamaged(cache, "more than a rule base can be");

        assertEquals(0, new ProcessBuilder("mkfifo", entry.toString()).start().waitFor());
        assertDamaged(cache, "not a regular file (a pipe, socket or device)");

        Files.createDirectories(entry);
        assertDamaged(cache, "is a folder");
    }

    private static void assertDamaged(RuleBaseCache cache, String why) {
        RuleBaseCache.Lookup lookup = cache.read(KEY);
        assertEquals(Optional.empty(), lookup.archive());
        assertTrue(lookup.warning().orElseThrow().contains(why), lookup.warning().toString());
        assertFalse(Files.exists(cache.entry(KEY), java.nio.file.LinkOption.NOFOLLOW_LINKS), "removed: " + why);
    }

    @Test
    void theDefaultFolderFollowsThePlatformConventions() {
        Path home = Path.of("/home/ann");
        assertEquals(Optional.of(Path.of("/xdg/cache/govcheck")), RuleBaseCache.defaultDirectory(
                Map.of("XDG_CACHE_HOME", "/xdg/cache"), "Linux", home.toString()));
        assertEquals(Optional.of(home.resolve(".cache/govcheck")), RuleBaseCache.defaultDirectory(
                Map.of(), "Linux", home.toString()));
        assertEquals(Optional.of(home.resolve(".cache/govcheck")), RuleBaseCache.defaultDirectory(
                Map.of("XDG_CACHE_HOME", "relative/cache"), "Mac OS X", home.toString()),
                "a relative XDG_CACHE_HOME is ignored, as the XDG spec says");
        assertEquals(Optional.of(Path.of("C:/Users/ann/AppData/Local", "govcheck")), RuleBaseCache.defaultDirectory(
                Map.of("LOCALAPPDATA", "C:/Users/ann/AppData/Local"), "Windows 11", "C:/Users/ann"));
        assertEquals(Optional.empty(), RuleBaseCache.defaultDirectory(Map.of(), "Linux", "?"));
    }

    private static void age(Path file, Duration age) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
