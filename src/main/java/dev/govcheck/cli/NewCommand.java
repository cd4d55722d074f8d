package dev.govcheck.cli;

import dev.govcheck.proposal.DidYouMean;
import dev.govcheck.proposal.DisplayPath;
import dev.govcheck.proposal.Kind;
import dev.govcheck.proposal.Templates;
import dev.govcheck.run.ExitCode;
import dev.govcheck.run.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "new", sortOptions = false, mixinStandardHelpOptions = true,
        header = "Print a commented template proposal of a kind.",
        description = "The template has every field of the schema, each with a comment saying what it means and"
                + " which values it accepts. Replace the <...> placeholders, set each value to what is true, then run"
                + " 'govcheck check' on it.",
        footer = {"",
            "Kinds: saas-onboarding  a new SaaS tool",
            "       code-change      a change to a web property",
            "       evaluation       a trial, proof of concept or pilot",
            "",
            "Examples:",
            "  govcheck new saas-onboarding                       print the template",
            "  govcheck new code-change -o proposals/MT-2026-031.yaml",
            "  govcheck new evaluation -o eval.yaml --force       overwrite eval.yaml",
            "",
            "Exit codes: 0 written, 64 usage (an unknown kind, or FILE exists without",
            "--force)."})
public final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "KIND", completionCandidates = KindNames.class,
            description = "saas-onboarding, code-change or evaluation.")
    String kind;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the template to FILE instead of standard output.")
    Path output;

    @Option(names = "--force", description = "Overwrite FILE when it exists.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        Kind chosen = kindNamed(kind);
        String template = Templates.text(chosen);
        if (output == null) {
            spec.commandLine().getOut().print(template);
            spec.commandLine().getOut().flush();
            return ExitCode.PASS;
        }
        if (Files.exists(output) && !force) {
            throw new UsageException(DisplayPath.of(output) + " already exists: give --force to overwrite it");
        }
        if (Files.isDirectory(output)) {
            throw new UsageException(DisplayPath.of(output) + " is a folder: give a file name");
        }
        if (output.toAbsolutePath().getParent() != null) {
            Files.createDirectories(output.toAbsolutePath().getParent());
        }
        try {
            // CREATE_NEW: a file that appears between the check above and this write is not overwritten either
            Files.writeString(output, template, StandardCharsets.UTF_8, force
                    ? new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                        StandardOpenOption.WRITE}
                    : new OpenOption[] {StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE});
        } catch (FileAlreadyExistsException e) {
            throw new UsageException(DisplayPath.of(output) + " already exists: give --force to overwrite it");
        }
        if (!common.quiet) {
            spec.commandLine().getOut().println("wrote " + DisplayPath.of(output) + ": fill in the <...> placeholders,"
                    + " then run 'govcheck check " + DisplayPath.of(output) + "'");
        }
        return ExitCode.PASS;
    }

    /**
     * The kind {@code name} means: its command-line name ({@code saas-onboarding}) or its name in a proposal
     * ({@code SaasOnboarding}), in any letter case; anything else is a usage error with a "did you mean".
     */
    static Kind kindNamed(String name) {
        String wanted = letters(name);
        for (Kind k : Kind.values()) {
            if (letters(k.slug()).equals(wanted)) {
                return k;
            }
        }
        // A near miss ("evalution") or the start of one kind's name ("saas", "code"): both mean that kind.
        List<String> startingSo = KindNames.all().stream().filter(slug -> letters(slug).startsWith(wanted)).toList();
        String hint = DidYouMean.suggest(name.toLowerCase(Locale.ROOT), List.copyOf(KindNames.all()))
                .or(() -> !wanted.isEmpty() && startingSo.size() == 1 ? Optional.of(startingSo.get(0))
                        : Optional.empty())
                .map(s -> " (did you mean '" + s + "'?)").orElse("");
        throw new UsageException("unknown kind '" + name + "': expected one of " + String.join(", ", KindNames.all())
                + hint);
    }

    /** Only the letters, in lower case: saas-onboarding, SaasOnboarding and saas_onboarding are one kind. */
    private static String letters(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    /** The kinds' command-line names, for --help and shell completion. */
    static final class KindNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return all().iterator();
        }

        static List<String> all() {
            return Arrays.stream(Kind.values()).map(Kind::slug).toList();
        }
    }
}
