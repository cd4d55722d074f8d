package dev.govcheck.proposal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Why a symbolic link leads to nothing: to a path that does not exist (broken), or round in a loop
 * ({@code a.yaml -> b.yaml -> a.yaml}). The file system answers both with "no such file" when the link is
 * followed; telling them apart means following the chain link by link.
 */
public final class SymbolicLinks {
    /** As many links as Linux follows before it gives up with ELOOP. */
    private static final int MAX_HOPS = 40;

    private SymbolicLinks() {
    }

    /** Whether following {@code path} goes round in a loop of links (or through more links than any system follows). */
    public static boolean isLoop(Path path) {
        Set<Path> seen = new HashSet<>();
        Path current = path.toAbsolutePath().normalize();
        for (int hop = 0; hop <= MAX_HOPS; hop++) {
            if (!Files.isSymbolicLink(current)) {
                return false;
            }
            if (!seen.add(current)) {
                return true;
            }
            try {
                Path target = Files.readSymbolicLink(current);
                Path parent = current.getParent();
                current = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
            } catch (IOException | UnsupportedOperationException e) {
                return false;
            }
        }
        return true;
    }

    /** How an error names a link that leads to nothing: "symbolic link loop" or "broken symbolic link". */
    public static String describeDangling(Path path) {
        return isLoop(path) ? "symbolic link loop: the link leads back to itself" : "broken symbolic link";
    }
}
