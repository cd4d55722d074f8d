package dev.govcheck.run;

import dev.govcheck.proposal.DisplayPath;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The proposal files of a {@code --changed-since} run, split in two: those changed since the revision (checked)
 * and the others under the same folders (only their ids are read, so that a changed file cannot take an id another
 * file already has).
 */
record Selection(List<Path> changed, List<Path> unchanged, Set<String> changedNames) {
    static Selection of(List<Path> files, ChangedFiles.Changes changes) {
        List<Path> changed = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path file : files) {
            if (changes.changed().contains(real(file))) {
                changed.add(file);
                names.add(DisplayPath.of(file));
            } else {
                unchanged.add(file);
            }
        }
        return new Selection(List.copyOf(changed), List.copyOf(unchanged), Set.copyOf(names));
    }

    /** Whether the file reports name {@code shown} is one of the changed files. */
    boolean isChanged(String shown) {
        return changedNames.contains(shown);
    }

    /** Whether {@code file} (which may no longer exist) is one of {@code paths} or lies below one of them. */
    boolean isUnder(Path file, List<Path> paths) {
        Path absolute = file.toAbsolutePath().normalize();
        return paths.stream().map(Selection::real).anyMatch(absolute::startsWith);
    }

    private static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }
}
