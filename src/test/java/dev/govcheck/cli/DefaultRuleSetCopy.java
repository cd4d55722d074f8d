package dev.govcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the default rule set plus one extra DRL file, for tests of metadata warnings and duplicate ids. */
final class DefaultRuleSetCopy {
    private DefaultRuleSetCopy() {
    }

    /** A copy of rules/ in {@code dir}/rules with {@code drl} added as {@code name}. */
    static Path withDrl(Path dir, String name, String drl) throws IOException {
        Path rules = dir.resolve("rules");
        Files.createDirectories(rules);
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.copy(file, rules.resolve(file.getFileName()));
            }
        }
        Files.writeString(rules.resolve(name), drl);
        return rules;
    }

    /**
     * A DRL file with one rule named {@code name} whose header is on line 8, with {@code metadata} lines
     * (empty for none), matching every SaaS onboarding and adding an obligation about {@code field}. It declares
     * the default package, so it uses the imports of the default set's common.drl.
     */
    static String rule(String name, String metadata, String field) {
        return "package govcheck.rules;\n"
                + "\n"
                + "// a governance team's own rule: the imports of common.drl apply to every file of the package\n"
                + "\n"
                + "\n"
                + "\n"
                + "\n"
                + "rule \"" + name + "\"\n"
                + (metadata.isEmpty() ? "" : "    " + metadata)
                + "when\n"
                + "    SaasOnboarding()\n"
                + "then\n"
                + "    Outcome.of(kcontext).because(\"" + field + "\", \"a test rule\").obligation();\n"
                + "end\n";
    }
}
