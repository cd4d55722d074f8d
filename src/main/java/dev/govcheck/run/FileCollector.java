package dev.govcheck.run;

import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.InputError;
import dev.govcheck.proposal.Position;
import dev.govcheck.proposal.SymbolicLinks;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Turns the PATH arguments of {@code check} into proposal files: a file is taken as given, a folder is searched
 * recursively for *.yaml and *.yml. Hidden folders, build output (target, node_modules) and the rule set folder
 * in use are skipped: they hold YAML that is not proposals. Symbolic links are followed, loops are reported.
 */
public final class FileCollector {
    private static final java.util.Set<String> BUILD_OUTPUT = java.util.Set.of("target", "node_modules");

    private final List<Path> excluded;

    /** {@code excluded}: a folder never searched (the rule set's), or null. */
    public FileCollector(Path excluded) {
        this(excluded == null ? List.of() : List.of(excluded));
    }

    private FileCollector(List<Path> excluded) {
        this.excluded = excluded.stream().map(FileCollector::normalize).toList();
    }

    /** A collector that never searches {@code folders} (the rule sets' folders, for a run that uses several). */
    public static FileCollector excluding(List<Path> folders) {
        return new FileCollector(folders);
    }

    /** The files found, sorted, and the paths that could not be searched. */
    public record Collected(List<Path> files, List<InputError> errors) {
    }

    public Collected collect(List<Path> paths) {
        // keyed by the real path, not by how it is shown: two files are never one result
        TreeMap<Path, Path> files = new TreeMap<>();
        List<InputError> errors = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
                errors.add(error(path, "no such file or folder"));
            } else if (!Files.exists(path)) {
                errors.add(error(path, dangling(path)));
            } else if (Files.isDirectory(path)) {
                walk(path, files, errors);
            } else if (!Files.isRegularFile(path)) {
                errors.add(error(path, "not a regular file (a device, pipe or socket): skipped"));
            } else {
                files.put(normalize(path), path);
            }
        }
        // A path given twice (directly and inside a folder) is one file, and one error; files in report order.
        List<Path> sorted = files.values().stream().sorted(java.util.Comparator.comparing(DisplayPath::of)).toList();
        return new Collected(sorted, errors.stream().distinct().toList());
    }

    private void walk(Path root, TreeMap<Path, Path> files, List<InputError> errors) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(root) && (isSkipped(dir) || excluded.contains(normalize(dir)))) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            if (isYaml(file)) {
                                if (attrs.isRegularFile()) {
                                    files.put(normalize(file), file);
                                } else if (attrs.isSymbolicLink()) {
                                    errors.add(error(file, dangling(file)));
                                } else if (!attrs.isDirectory()) {
                                    // A pipe or device named like a proposal: reading it could block forever.
                                    errors.add(error(file, "not a regular file (a device, pipe or socket): skipped"));
                                }
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                errors.add(error(file, "symbolic link loop: this folder links back to one of its"
                                        + " parents; skipped"));
                            } else if (isYaml(file) || Files.isDirectory(file)) {
                                errors.add(error(file, "cannot read: " + reason(e)));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            errors.add(error(root, "cannot search folder: " + reason(e)));
        }
    }

    /** Whether a file's name makes it a candidate proposal (*.yaml, *.yml). */
    static boolean isProposalName(Path file) {
        return isYaml(file);
    }

    /** A link that leads to nothing, given or found, in the same words either way (so given twice, it is one error). */
    private static String dangling(Path link) {
        return SymbolicLinks.describeDangling(link) + (SymbolicLinks.isLoop(link) ? "; skipped" : ": skipped");
    }

    private static boolean isYaml(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }

    /**
     * Hidden folders (.git, .github) and build output (target, node_modules) hold YAML that is not proposals:
     * a copy of the rule set under target/classes, CI workflows, package manifests.
     */
    private static boolean isSkipped(Path dir) {
        Path name = dir.getFileName();
        if (name == null) {
            return false;
        }
        String text = name.toString();
        return text.startsWith(".") || BUILD_OUTPUT.contains(text);
    }

    private static Path normalize(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private static String reason(IOException e) {
        String kind = e.getClass().getSimpleName();
        return kind.equals("AccessDeniedException") ? "permission denied" : kind + ": " + e.getMessage();
    }

    private static InputError error(Path path, String message) {
        return new InputError(DisplayPath.of(path), Position.START, "", message);
    }
}
