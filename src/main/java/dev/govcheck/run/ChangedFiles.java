package dev.govcheck.run;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files of a git work tree that differ between a revision and the working tree, for {@code check
 * --changed-since REF}: added, modified, renamed (under the new name) and copied files, and untracked files that git
 * does not ignore (they count as added); deleted files separately. Read with the git command line, NUL-separated
 * ({@code -z}) so that any file name comes through whole, and with the options that user configuration could
 * otherwise change (relative paths, rename detection) given explicitly.
 *
 * <p>Outside a git work tree, without git, or with a revision git does not know, this is a {@link UsageException}
 * (exit 64): a changed-files run must never quietly become a full run or an empty one.
 */
final class ChangedFiles {
    /** Real paths of the files to check, and absolute paths of the files deleted since the revision. */
    record Changes(String ref, Set<Path> changed, List<Path> deleted) {
    }

    private ChangedFiles() {
    }

    /** The changes since {@code ref} in the work tree that holds {@code anchor} (a file or folder). */
    static Changes since(String ref, Path anchor) {
        if (ref.isBlank() || ref.startsWith("-")) {
            throw new UsageException("--changed-since: '" + ref + "' is not a git revision");
        }
        Path folder = Files.isDirectory(anchor) ? anchor : anchor.toAbsolutePath().getParent();
        Path top;
        try {
            top = Path.of(new Git(folder).text("rev-parse", "--show-toplevel")).toRealPath();
        } catch (Git.GitException | IOException | InvalidPathException e) {
            throw new UsageException("--changed-since needs a git work tree, and " + anchor + " is not in one ("
                    + e.getMessage() + ")");
        }
        Git git = new Git(top);
        String commit;
        try {
            commit = git.text("rev-parse", "--verify", "--quiet", "--end-of-options", ref + "^{commit}");
        } catch (Git.GitException e) {
            throw new UsageException("--changed-since " + ref + ": git knows no such commit in " + top
                    + " (a branch or tag of a shallow clone may need fetching first: git fetch origin " + ref + ")");
        }
        try {
            byte[] diff = git.bytes("-c", "diff.relative=false", "diff", "--name-status", "-z", "-M", "--no-color",
                    "--no-ext-diff", commit, "--");
            byte[] untracked = git.bytes("ls-files", "--others", "--exclude-standard", "-z", "--full-name");
            Set<Path> changed = new HashSet<>();
            List<Path> deleted = new ArrayList<>();
            List<String> fields = split(diff);
            for (int i = 0; i < fields.size(); i++) {
                String status = fields.get(i);
                char kind = status.isEmpty() ? '?' : status.charAt(0);
                if (kind == 'R' || kind == 'C') {
                    i++; // the old name: a renamed file is checked under its new name, and the old one is not gone
                    changed.add(top.resolve(fields.get(++i)));
                } else if (kind == 'D') {
                    deleted.add(top.resolve(fields.get(++i)));
                } else {
                    changed.add(top.resolve(fields.get(++i)));
                }
            }
            split(untracked).forEach(name -> changed.add(top.resolve(name)));
            Set<Path> real = new HashSet<>();
            for (Path path : changed) {
                try {
                    real.add(path.toRealPath());
                } catch (IOException e) {
                    // changed in the index but gone from the working tree: nothing to check
                }
            }
            return new Changes(ref, real, deleted);
        } catch (Git.GitException e) {
            throw new UsageException("--changed-since " + ref + ": git could not list the changes in " + top + " ("
                    + e.getMessage() + ")");
        } catch (IndexOutOfBoundsException | InvalidPathException e) {
            throw new UsageException("--changed-since " + ref + ": cannot read git's list of changes (" + e + ")");
        }
    }

    /**
     * NUL-separated names, decoded as Java decodes file names, so that a name with bytes that are not UTF-8 still
     * names the same file.
     */
    private static List<String> split(byte[] output) {
        Charset names = fileNameCharset();
        List<String> fields = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < output.length; i++) {
            if (output[i] == 0) {
                fields.add(new String(output, start, i - start, names));
                start = i + 1;
            }
        }
        return fields;
    }

    private static Charset fileNameCharset() {
        String name = System.getProperty("sun.jnu.encoding");
        try {
            return name == null ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }
}
