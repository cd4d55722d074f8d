package dev.govcheck.run;

import dev.govcheck.policy.RuleBaseCache;
import dev.govcheck.policy.RuleSet;
import dev.govcheck.policy.RuleSetException;
import dev.govcheck.proposal.DisplayPath;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code diff --base-ref REF}: the rule folder as it was at a git revision, read with git's read-only plumbing.
 * {@code rev-parse} finds the repository, the folder's path in it and the commit REF names; {@code ls-tree} lists
 * the folder at that commit and {@code cat-file} reads each file into a temporary folder, which is loaded as a rule
 * set named {@code REF:path} (as git names it) and deleted. Nothing is checked out, so the working tree, the index
 * and HEAD are untouched. Only what loading a rule set reads is exported: the *.drl files, policy.yaml and
 * catalog.yaml directly in the folder (not its tests).
 */
final class GitRuleFolder {
    private static final Set<String> DATA_FILES = Set.of("policy.yaml", "catalog.yaml");

    private final Git git;
    private final String ref;
    private final String prefix;
    private final String commit;

    private GitRuleFolder(Git git, String ref, String prefix, String commit) {
        this.git = git;
        this.ref = ref;
        this.prefix = prefix;
        this.commit = commit;
    }

    /**
     * The rule folder {@code ruleFolder} (in a git work tree) as it was at {@code ref}. A folder outside a work
     * tree, an unknown revision, or git that cannot be run are usage errors, found here before anything loads.
     */
    static GitRuleFolder at(Path ruleFolder, String ref) {
        if (ref.isEmpty() || ref.startsWith("-")) {
            throw new UsageException("--base-ref '" + ref + "' is not a git revision (a branch, tag or commit)");
        }
        String folderShown = DisplayPath.of(ruleFolder);
        if (!Files.isDirectory(ruleFolder)) {
            throw new UsageException("--base-ref " + ref + ": the rule folder " + folderShown + " does not exist");
        }
        List<String> location;
        try {
            location = new Git(ruleFolder).text("rev-parse", "--show-toplevel", "--show-prefix").lines().toList();
        } catch (Git.GitException e) {
            if (e.exitCode() < 0) {
                throw new UsageException("--base-ref needs git, which could not be run (" + e.getMessage() + ")");
            }
            throw new UsageException("--base-ref " + ref + ": the rule folder " + folderShown
                    + " is not in a git work tree (git: " + e.getMessage() + ")");
        }
        Git git = new Git(Path.of(location.get(0)));
        String prefix = location.size() > 1 ? location.get(1) : ""; // "rules/", or empty at the top
        prefix = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        try {
            return new GitRuleFolder(git, ref, prefix, git.text("rev-parse", "--verify", "--quiet", ref + "^{commit}"));
        } catch (Git.GitException e) {
            throw new UsageException("--base-ref " + ref + ": no such commit in the repository of " + folderShown
                    + " (a branch, tag or commit; in a shallow CI clone, fetch the base branch first, e.g. with"
                    + " fetch-depth: 0)");
        }
    }

    /** The name the rule set goes by in every message: {@code origin/main:rules}. */
    String shown() {
        return ref + ":" + (prefix.isEmpty() ? "." : prefix);
    }

    /** The full hash of the commit the revision names. */
    String commit() {
        return commit;
    }

    /**
     * Exports the folder at the commit into a temporary folder, loads it as a rule set and deletes the copy. A
     * commit at which the folder does not exist is a rule set that cannot be loaded.
     */
    RuleSet load(RuleBaseCache cache) throws RuleSetException {
        String tree = commit + ":" + prefix;
        try {
            if (!git.text("cat-file", "-t", tree).equals("tree")) {
                throw new RuleSetException(shown(), "is not a folder at " + ref);
            }
        } catch (Git.GitException e) {
            throw new RuleSetException(shown(), "the rule folder did not exist at " + ref + " (" + e.getMessage() + ")");
        }
        Path copy = null;
        try {
            copy = Files.createTempDirectory("govcheck-base-rules-");
            for (Entry entry : entries(tree)) {
                Files.write(copy.resolve(entry.name()), git.bytes("cat-file", "blob", entry.object()));
            }
            return RuleSet.load(copy, shown(), cache);
        } catch (IOException | Git.GitException e) {
            throw new RuleSetException(shown(), "cannot read the rule folder at " + ref + ": " + e.getMessage());
        } finally {
            delete(copy);
        }
    }

    /** One entry of {@code git ls-tree -z}: {@code <mode> SP <type> SP <object> TAB <name>}. */
    private record Entry(String mode, String type, String object, String name) {
        static Entry parse(String line) {
            int tab = line.indexOf('\t');
            String[] header = line.substring(0, Math.max(tab, 0)).split(" ");
            if (tab < 0 || header.length != 3) {
                return null;
            }
            return new Entry(header[0], header[1], header[2], line.substring(tab + 1));
        }

        /** A plain file (not a link or a submodule) that a rule set load reads, with a name safe to write. */
        boolean isRuleFile() {
            boolean plain = type.equals("blob") && (mode.equals("100644") || mode.equals("100755"));
            boolean safe = !name.isEmpty() && name.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || c < 32);
            return plain && safe && (name.endsWith(".drl") || DATA_FILES.contains(name));
        }
    }

    private List<Entry> entries(String tree) throws Git.GitException {
        List<Entry> entries = new ArrayList<>();
        for (String line : new String(git.bytes("ls-tree", "-z", tree), StandardCharsets.UTF_8).split("\0")) {
            Entry entry = line.isEmpty() ? null : Entry.parse(line);
            if (entry != null && entry.isRuleFile()) {
                entries.add(entry);
            }
        }
        return entries;
    }

    private static void delete(Path copy) {
        if (copy == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(copy)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary folder left behind costs some disk space, not the result of the run
        }
    }
}
