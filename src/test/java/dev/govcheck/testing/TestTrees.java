package dev.govcheck.testing;

import java.io.IOException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Copies of the project's folders (samples, rules) into a test's temporary folder, which a test may change freely. */
public final class TestTrees {
    private TestTrees() {
    }

    /** Copies the folder {@code from} with everything below it to {@code to} (created); {@code options} per file. */
    public static void copy(Path from, Path to, CopyOption... options) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, options);
                }
            }
        }
    }
}
