package dev.govcheck.yamlsuite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The pinned copy of the YAML test suite in {@code src/test/resources/yaml-test-suite} (see its README): one
 * folder per case, {@code in.yaml} the input, {@code ===} its title, {@code error} present when the YAML spec
 * calls the input invalid, {@code in.json} the data a conforming YAML 1.2 reader composes (absent where JSON
 * cannot say it, such as keys that are mappings). A case with variants is a folder of numbered folders.
 */
final class YamlTestSuite {
    static final Path FOLDER = Path.of("src/test/resources/yaml-test-suite");

    /**
     * One case.
     *
     * @param id      the suite's id, {@code 2JQS} or {@code 4MUZ/01} for a variant
     * @param title   the suite's title of the case
     * @param yaml    the input
     * @param invalid whether the YAML spec calls the input invalid
     * @param json    the expected data as a stream of JSON values, one per document, if the suite gives it
     */
    record Case(String id, String title, String yaml, boolean invalid, Optional<String> json) {
        /** The name a reader is given for the input, so that an error message names the case. */
        String fileName() {
            return id.replace('/', '-') + ".yaml";
        }

        @Override
        public String toString() {
            return id + " " + title;
        }
    }

    private YamlTestSuite() {
    }

    /** Every case, sorted by id. */
    static List<Case> cases() {
        try (Stream<Path> files = Files.walk(FOLDER)) {
            List<Case> cases = files.filter(file -> file.getFileName().toString().equals("in.yaml"))
                    .map(file -> read(file.getParent()))
                    .sorted(Comparator.comparing(Case::id))
                    .toList();
            if (cases.isEmpty()) {
                throw new IllegalStateException("no yaml-test-suite cases in " + FOLDER.toAbsolutePath());
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Case read(Path folder) {
        String id = FOLDER.relativize(folder).toString().replace('\\', '/');
        String title = text(folder.resolve("===")).orElse(id).strip();
        String yaml = text(folder.resolve("in.yaml")).orElseThrow();
        return new Case(id, title, yaml, Files.exists(folder.resolve("error")), text(folder.resolve("in.json")));
    }

    private static Optional<String> text(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
