package dev.govcheck.policy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The cache entries of the default rule set, compiled when govcheck's jar is built and shipped inside it: the
 * read-only layer beneath every cache folder ({@link RuleBaseCache#in}). A run on the default rules, or on a copy of
 * them (the same files, the same text), loads them without compiling or writing anything; a copy with one file
 * changed compiles that file alone and takes the rest from here.
 *
 * <p>The entries are resources under {@value #FOLDER}, named by their key, with the list of keys in
 * {@code entries}: only a listed key is looked up, so a miss costs no search through the class path. They are the
 * cache's own byte form and are checked the same way (checksum, format, key); the key holds govcheck's build id, so
 * they match only the build they were made with.
 *
 * <p>{@link #main} makes them, as a step of the build (see the pom): {@code BundledRuleBases RULES_DIR OUT_DIR}.
 */
final class BundledRuleBases {
    static final String FOLDER = "/govcheck-default-rules/compiled/";
    private static final String LIST = "entries";
    private static final String SUFFIX = ".rulebase";

    private BundledRuleBases() {
    }

    /** The keys listed, read once. */
    private static final class Listed {
        static final Set<String> KEYS = load();

        private static Set<String> load() {
            try (InputStream in = BundledRuleBases.class.getResourceAsStream(FOLDER + LIST)) {
                return in == null ? Set.of()
                        : Set.copyOf(new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList());
            } catch (IOException e) {
                return Set.of(); // no bundled entries: the default rules are compiled and cached like any other
            }
        }
    }

    /** The bundled entry for {@code key}, when there is an intact one. */
    static Optional<RuleBaseArchive> read(RuleBaseKey key) {
        if (!Listed.KEYS.contains(key.hex())) {
            return Optional.empty();
        }
        try (InputStream in = BundledRuleBases.class.getResourceAsStream(FOLDER + key.hex() + SUFFIX)) {
            return in == null ? Optional.empty() : Optional.of(RuleBaseArchive.fromBytes(in.readAllBytes(), key));
        } catch (IOException | RuleBaseArchive.CorruptArchiveException e) {
            return Optional.empty(); // a damaged jar: the rules are compiled (and cached) instead
        }
    }

    /**
     * Compiles the rule set in {@code args[0]} into {@code args[1]}: one entry per unit and one for the set, and the
     * list of their keys. Whatever the folder held before is replaced.
     */
    public static void main(String[] args) throws IOException, RuleSetException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BundledRuleBases RULES_DIR OUT_DIR");
        }
        Path out = Path.of(args[1]);
        Path work = Files.createTempDirectory("govcheck-bundled-rules");
        try {
            RuleSet.load(Path.of(args[0]), RuleBaseCache.folderOnly(work));
            deleteTree(out);
            Files.createDirectories(out);
            List<String> keys = new ArrayList<>();
            try (Stream<Path> entries = Files.list(work.resolve("rule-bases"))) {
                for (Path entry : entries.sorted().toList()) {
                    String name = entry.getFileName().toString();
                    Files.copy(entry, out.resolve(name));
                    keys.add(name.substring(0, name.length() - SUFFIX.length()));
                }
            }
            Files.write(out.resolve(LIST), keys, StandardCharsets.US_ASCII);
        } finally {
            deleteTree(work);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        }
    }
}
