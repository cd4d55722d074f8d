package dev.govcheck.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Where compiled rule bases are kept between runs: one file per compiled unit (a DRL file, see
 * {@link CompileUnits}) and one per rule set (its units put together), each named by its {@link RuleBaseKey}.
 * Beneath the folder lies a read-only layer: the entries of the default rules, compiled when govcheck's jar was
 * built ({@link BundledRuleBases}), so that the default set, or a copy of it, never compiles.
 *
 * <p>Nothing read from here is trusted: an entry is loaded only when its checksum, format and key match, and
 * anything else is treated as absent and rebuilt. Entries are written to a temporary file in the same folder and
 * renamed into place atomically, so runs that share the folder (parallel CI jobs, two terminals) never see a
 * half-written entry; when two runs build the same rule set at once, both write a whole entry and the last rename
 * wins. A folder that cannot be written costs only speed: the run goes on without the cache.
 */
public final class RuleBaseCache {
    /** Entries unused for this long are deleted when a new one is written. */
    static final Duration UNUSED_ENTRY_LIFETIME = Duration.ofDays(30);
    /** A temporary file this old was left by a run that died before renaming it. */
    static final Duration ABANDONED_TEMP_FILE_AGE = Duration.ofHours(1);
    private static final String SUBFOLDER = "rule-bases";
    private static final String SUFFIX = ".rulebase";
    private static final String TEMP_SUFFIX = ".tmp";
    /** Far above a compiled rule base (the default set's is under 1 MiB), far below what hurts a run. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private final Path directory;
    private final boolean bundled;

    private RuleBaseCache(Path directory, boolean bundled) {
        this.directory = directory;
        this.bundled = bundled;
    }

    /** No cache: every load compiles the rules (the library's default; {@code --no-cache}). */
    public static RuleBaseCache disabled() {
        return new RuleBaseCache(null, false);
    }

    /** A cache in {@code directory} (created when first written), over the entries bundled in govcheck's jar. */
    public static RuleBaseCache in(Path directory) {
        return new RuleBaseCache(directory.toAbsolutePath().normalize(), true);
    }

    /** A cache in {@code directory} alone: for building the bundled entries, and for tests of the folder. */
    static RuleBaseCache folderOnly(Path directory) {
        return new RuleBaseCache(directory.toAbsolutePath().normalize(), false);
    }

    /**
     * The per-user cache folder: {@code $XDG_CACHE_HOME/govcheck}, else {@code ~/.cache/govcheck}; on Windows
     * {@code %LOCALAPPDATA%\govcheck}. Empty when none can be determined.
     */
    public static Optional<Path> defaultDirectory() {
        return defaultDirectory(System.getenv(), System.getProperty("os.name", ""),
                System.getProperty("user.home", ""));
    }

    static Optional<Path> defaultDirectory(Map<String, String> env, String osName, String userHome) {
        if (osName.toLowerCase(Locale.ROOT).startsWith("windows")) {
            String localAppData = env.get("LOCALAPPDATA");
            if (localAppData != null && !localAppData.isBlank()) {
                return Optional.of(Path.of(localAppData, "govcheck"));
            }
        }
        String xdg = env.get("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Optional.of(Path.of(xdg, "govcheck"));
        }
        if (userHome.isBlank() || userHome.equals("?")) {
            return Optional.empty();
        }
        return Optional.of(Path.of(userHome, ".cache", "govcheck"));
    }

    public boolean enabled() {
        return directory != null;
    }

    /** The cache folder, when enabled. */
    public Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    @Override
    public String toString() {
        return enabled() ? directory.toString() : "(no cache)";
    }

    /** The file holding the rule base for {@code key}. */
    Path entry(RuleBaseKey key) {
        if (!enabled()) {
            throw new IllegalStateException("the cache is disabled");
        }
        return directory.resolve(SUBFOLDER).resolve(key.hex() + SUFFIX);
    }

    /**
     * What a look-up found: the stored rule base, or nothing (there was none, or it was damaged and is removed);
     * {@code warning} says so when the entry was not a file govcheck wrote (a link, a pipe, a device, a file far
     * larger than any rule base).
     */
    record Lookup(Optional<RuleBaseArchive> archive, Optional<String> warning) {
        static final Lookup MISS = new Lookup(Optional.empty(), Optional.empty());
    }

    /**
     * The stored rule base for {@code key}. Only a regular file no larger than {@link #MAX_ENTRY_BYTES} is read,
     * without following a link: a link to /dev/zero, a sparse file of gigabytes or a pipe would otherwise exhaust
     * memory or block the run forever. Anything else is damaged: removed, rebuilt, and said once.
     */
    Lookup read(RuleBaseKey key) {
        if (!enabled()) {
            return Lookup.MISS;
        }
        if (bundled) {
            Optional<RuleBaseArchive> inJar = BundledRuleBases.read(key);
            if (inJar.isPresent()) {
                return new Lookup(inJar, Optional.empty());
            }
        }
        Path entry = entry(key);
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() > MAX_ENTRY_BYTES) {
                String what = attributes.isSymbolicLink() ? "a symbolic link"
                        : attributes.isRegularFile() ? attributes.size() + " bytes, more than a rule base can be"
                        : attributes.isDirectory() ? "a folder" : "not a regular file (a pipe, socket or device)";
                discard(key);
                return new Lookup(Optional.empty(), Optional.of("rule-base cache entry " + entry + " is " + what
                        + ": ignored, the rules are compiled again"));
            }
            bytes = readAtMost(entry, MAX_ENTRY_BYTES);
        } catch (NoSuchFileException e) {
            return Lookup.MISS;
        } catch (IOException e) {
            return Lookup.MISS; // unreadable: rebuild, and let the write report a folder we cannot use
        }
        try {
            RuleBaseArchive archive = RuleBaseArchive.fromBytes(bytes, key);
            markUsed(entry);
            return new Lookup(Optional.of(archive), Optional.empty());
        } catch (RuleBaseArchive.CorruptArchiveException e) {
            discard(key);
            return Lookup.MISS;
        }
    }

    /** The file's bytes, opened without following a link, reading no more than {@code limit} whatever its size says. */
    private static byte[] readAtMost(Path entry, long limit) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(entry, StandardOpenOption.READ,
                LinkOption.NOFOLLOW_LINKS); InputStream in = Channels.newInputStream(channel)) {
            byte[] bytes = in.readNBytes((int) limit + 1);
            if (bytes.length > limit) {
                throw new IOException("grew past " + limit + " bytes while being read");
            }
            return bytes;
        }
    }

    /**
     * Stores the rule base for {@code key}. Never throws: returns a one-line warning when the folder cannot be
     * written (the run then goes on without the cache).
     */
    Optional<String> write(RuleBaseKey key, RuleBaseArchive archive) {
        if (!enabled()) {
            return Optional.empty();
        }
        Path entry = entry(key);
        Path temp = null;
        try {
            Files.createDirectories(entry.getParent());
            temp = Files.createTempFile(entry.getParent(), key.hex() + ".", TEMP_SUFFIX);
            Files.write(temp, archive.toBytes(key));
            Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            pruneOldEntries(entry);
            return Optional.empty();
        } catch (IOException | SecurityException e) {
            return Optional.of("cannot write the rule-base cache in " + directory + " (" + reason(e)
                    + "); running without it (use --cache-dir DIR or --no-cache)");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover temporary file is removed by a later write's pruning
                }
            }
        }
    }

    /** Removes the entry for {@code key} (it failed to load). Best effort. */
    void discard(RuleBaseKey key) {
        if (!enabled()) {
            return;
        }
        try {
            Files.deleteIfExists(entry(key));
        } catch (IOException | SecurityException ignored) {
            // it is rewritten after the rebuild anyway, or stays unused
        }
    }

    /** Entries not used for a month go: rule sets change, and each old version would otherwise stay forever. */
    private static void pruneOldEntries(Path keep) {
        Instant now = Instant.now();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(keep.getParent())) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                Duration maxAge = name.endsWith(SUFFIX) ? UNUSED_ENTRY_LIFETIME
                        : name.endsWith(TEMP_SUFFIX) ? ABANDONED_TEMP_FILE_AGE : null;
                if (maxAge != null && !file.equals(keep)
                        && Files.getLastModifiedTime(file).toInstant().isBefore(now.minus(maxAge))) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException | SecurityException ignored) {
            // pruning is housekeeping; the entry itself was written
        }
    }

    /** Keeps a used entry from being pruned; touched at most once a day to save writes. */
    private static void markUsed(Path entry) {
        try {
            FileTime now = FileTime.from(Instant.now());
            if (Files.getLastModifiedTime(entry).toInstant().isBefore(now.toInstant().minus(Duration.ofDays(1)))) {
                Files.setLastModifiedTime(entry, now);
            }
        } catch (IOException | SecurityException ignored) {
            // a read-only cache still serves its entries
        }
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
